/**
 * QA stop 36, review B should-fixes:
 * S1/S5: command-line default credentials read the host of the command that holds the password (not the line's first
 *   command), and a `#` that starts a shell comment mid-line comments out what follows it.
 * S2: a kustomize `secretGenerator` env source's values are judged as a Secret manifest's keys are: hosts, users, ports and
 *   database names are no secrets.
 * S3: the lines inside a rendered production env template's conditional and loop blocks are not judged as always deployed.
 * S4: dash and underscore Dockerfile names that mark a backup or a tool (`Dockerfile-old`, `dockerfile_parser`) are no Dockerfiles.
 * S6: hclAttribute passes over heredocs, as blockEnd does.
 */
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { commandLineDefaults } from '../../src/checks/util/cmdline-credentials.js';
import { blankTemplateBlocks } from '../../src/checks/util/groups.js';
import { hclAttribute, hclBlocks } from '../../src/checks/util/hcl.js';
import { isDockerfile } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'stop36-rb', files });
  expect(out.error).toBeUndefined();
  return out.findings;
};
const failuresAt = async (check: CheckDef, files: Record<string, string>) => (await run(check, files)).filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);
/** The script findings of one text, as `value@line:column`. */
const script = (text: string) => commandLineDefaults('backup.sh', text, true).map((d) => `${d.value}@${d.line}:${d.column}`);

describe('S1: the host of the command that holds the password', () => {
  it('a remote host in the same command after an earlier command on the line', () => {
    expect(script('cd /srv; mysqldump -h db.prod.acme.io -uroot -proot app\n')).toEqual(['root@1:48']);
    expect(script('cd /srv && PGPASSWORD=postgres pg_dump -h db.prod.acme.io app\n')).toEqual(['postgres@1:23']);
  });

  it('the host of an earlier command does not count for a later one', () => {
    expect(script('mysql -h db.prod.acme.io -e "x"; mysqldump -h localhost -uroot -proot app\n')).toEqual([]);
    expect(script('mysql -h db.prod.acme.io -e "x" && mysqldump -uroot -proot app\n')).toEqual([]);
    expect(script('mysql -h db.prod.acme.io -e "x" | mysqldump -uroot -proot app\n')).toEqual([]);
  });

  it('separators inside quotes and a redirection do not split the command; continued lines are one command', () => {
    expect(script('ssh bastion "cd /srv; mysqldump -h db.prod.acme.io -uroot -proot app"\n')).toEqual(['root@1:61']);
    expect(script('mysqldump -h db.prod.acme.io -uroot -proot app 2>&1 | gzip > dump.gz\n')).toEqual(['root@1:39']);
    expect(script('mysqldump \\\n  -h db.prod.acme.io \\\n  -uroot -proot app\n')).toEqual(['root@3:12']);
  });
});

describe('S5: a mid-line shell comment', () => {
  it('a command after a `#` that starts a word is commented out', () => {
    expect(script('echo hi # mysql -h db.prod.acme.io -uroot -proot\n')).toEqual([]);
    const dockerfile = 'FROM mysql:8.0.36\nRUN echo start # then: mysqladmin -uroot -proot ping\n';
    expect(commandLineDefaults('Dockerfile', dockerfile, false)).toEqual([]);
  });

  it('a `#` inside a word or quotes, or after the command, comments nothing out', () => {
    expect(script('echo a#b; mysql -h db.prod.acme.io -uroot -proot # nightly\n')).toEqual(['root@1:45']);
    expect(script('echo "a # b" && mysql -h db.prod.acme.io -uroot -proot\n')).toEqual(['root@1:51']);
    expect(commandLineDefaults('compose.yml', 'services:\n  db:\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-padmin"] # probe\n', false).map((d) => d.value)).toEqual(['admin']);
  });
});

describe('S2: a secretGenerator env source judged by key name and value', () => {
  const KUSTOMIZATION = 'resources: [../../base]\nsecretGenerator:\n  - name: app-secrets\n    envs: [secrets.env]\n';
  // A finding without its own severity takes the check's (critical).
  const severities = async (env: string) => (await run(envFileCommitted, files(env))).map((f) => [f.file, f.severity ?? envFileCommitted.severity]);
  const files = (env: string) => ({ 'overlays/prod/kustomization.yaml': KUSTOMIZATION, 'overlays/prod/secrets.env': env, 'base/kustomization.yaml': 'resources: []\n' });

  it('hosts, users, ports and database names only: low, no secret', async () => {
    expect(await severities('REDIS_HOST=redis\nDB_USER=app\nDB_PORT=5432\nDB_NAME=app\nPGDATABASE=app\nDEBUG=false\n')).toEqual([['overlays/prod/secrets.env', 'low']]);
  });

  it('a real password, or any other literal value, stays critical', async () => {
    for (const env of ['DB_HOST=db\nDB_PASSWORD=pR7vK2mX9qL4nT8wZ3bY\n', 'DB_USER=app\nSTRIPE=Zq8Lw3Nv7Rt2Kp9Xs4HbQ6mD\n', 'REDIS_URL=redis://app:pR7vK2mX9qL4nT8w@cache:6379\n']) {
      expect(await severities(env), env).toEqual([['overlays/prod/secrets.env', 'critical']]);
    }
  });
});

describe('S3: conditional blocks of a rendered production env template', () => {
  it('lines inside {% if %}, ERB, Go, Handlebars and Terraform blocks are not judged; lines outside are, at their places', async () => {
    const templates: Record<string, string> = {
      'deploy/.env.production.j2': 'FLASK_DEBUG=1\n{% if env == "dev" %}\nDJANGO_DEBUG=True\n{% endif %}\n{% if dev %}DEBUG=True{% endif %}\n',
      'deploy/.env.production.erb': 'FLASK_DEBUG=1\n<% if dev? -%>\nDJANGO_DEBUG=True\n<% end -%>\n',
      'deploy/.env.production.tmpl': 'FLASK_DEBUG=1\n{{- if .Dev }}\nDJANGO_DEBUG=True\n{{- end }}\n',
      'deploy/.env.production.hbs': 'FLASK_DEBUG=1\n{{#if dev}}\nDJANGO_DEBUG=True\n{{/if}}\n',
      'deploy/.env.production.tftpl': 'FLASK_DEBUG=1\n%{ if dev ~}\nDJANGO_DEBUG=True\n%{ endif ~}\n',
    };
    for (const [file, text] of Object.entries(templates)) expect(await failuresAt(debugMode, { [file]: text }), file).toEqual([`${file}:1`]);
  });

  it('default-credentials: a default inside a {% for %} block is not judged, one outside is', async () => {
    const text = 'DB_PASSWORD=changeme\n{% for k, v in extra.items() %}\nADMIN_PASSWORD=admin\n{% endfor %}\n';
    expect(await failuresAt(defaultCredentials, { '.env.production.j2': text })).toEqual(['.env.production.j2:1']);
  });

  it('blanking keeps lines and columns; unpaired tags and plain env files are read as written', () => {
    expect(blankTemplateBlocks('A=1\n{% if x %}B=2{% endif %}\nC={{ c }}\n')).toBe(`A=1\n${' '.repeat('{% if x %}B=2{% endif %}'.length)}\nC={{ c }}\n`);
    expect(blankTemplateBlocks('{% if x %}\nB=2\n')).toBe('{% if x %}\nB=2\n');
    expect(blankTemplateBlocks('X=%%{ if }\nY=1\n')).toBe('X=%%{ if }\nY=1\n');
  });
});

describe('S4: dash and underscore Dockerfile names that are backups or tools', () => {
  it('backups and tools are no Dockerfiles; environment and role names are', () => {
    for (const name of ['Dockerfile-old', 'Dockerfile_backup', 'Dockerfile-bak', 'Dockerfile-orig', 'Dockerfile-lint', 'dockerfile_parser', 'Dockerfile-api-old', 'Containerfile_tmp']) expect(isDockerfile(`svc/${name}`), name).toBe(false);
    for (const name of ['Dockerfile-prod', 'Dockerfile_production', 'Dockerfile-api', 'Dockerfile-worker', 'Dockerfile-older', 'Containerfile-web']) expect(isDockerfile(`svc/${name}`), name).toBe(true);
  });

  it('a committed Dockerfile-old is not judged; Dockerfile-prod is', async () => {
    expect(await failuresAt(imageTagPinned, { 'Dockerfile-old': 'FROM node:latest\n', 'Dockerfile-prod': 'FROM node:latest\n' })).toEqual(['Dockerfile-prod:1']);
  });
});

describe('S6: hclAttribute passes over heredocs', () => {
  const TF = (body: string) => `module "alb" {\n  source = "x"\n${body}  listener_ssl_policy_default = "ELBSecurityPolicy-2016-08"\n}\n`;
  const attr = (text: string) => hclAttribute(text, hclBlocks(text, 'module')[0]!, 'listener_ssl_policy_default')?.value;

  it('an argument after a heredoc holding `{` is directly in the body', () => {
    expect(attr(TF('  user_data = <<EOT\n  if [ x ]; then {\nEOT\n'))).toBe('ELBSecurityPolicy-2016-08');
    expect(attr(TF('  user_data = <<-EOT\n    {\n    EOT\n'))).toBe('ELBSecurityPolicy-2016-08');
  });

  it('a line inside a heredoc is no argument of the block', () => {
    const text = 'module "alb" {\n  source = "x"\n  notes = <<EOT\nlistener_ssl_policy_default = "ELBSecurityPolicy-2016-08"\nEOT\n}\n';
    expect(hclAttribute(text, hclBlocks(text, 'module')[0]!, 'listener_ssl_policy_default')).toBeUndefined();
  });

  it('tls-protocols-config reports the module argument after such a heredoc', async () => {
    const out = await run(tlsProtocolsConfig, { 'infra/alb.tf': TF('  user_data = <<EOT\n  if [ x ]; then {\nEOT\n') });
    expect(out.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['infra/alb.tf:6']);
  });
});
