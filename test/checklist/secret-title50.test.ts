import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { redactSecretsInText } from '../../src/checks/util/secrets.js';
import { run } from '../../src/run.js';
import { ConfigError } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 50 (robust2 D1): a secret written in a checklist item's title (a provider token, a URL's password) was copied
// verbatim into every output — text, JSON, Markdown, `import`, the id slug, the sign-off lines — while hardcoded-secret
// redacts the same value. Titles, headings and a pull request's ticks are read with the secret hidden as hardcoded-secret
// shows it (`ghp_…`), so every output inherits it and a tick of the line as written still signs the item off.

const GHP = 'ghp_LEAKcanaryAAbbCCddEEffGGhhIIjjKKll01';
const STRIPE = 'sk_live_LEAKcanary51HxYzAbCdEfGhIjKlMnOp';
const AWS = 'AKIAQ7LEAKCANARY2ZX4';
const URL_PW = 'Vq7LeakCanaryPw9x';
const CANARIES = [GHP, STRIPE, AWS, URL_PW, 'leakcanary'];

const expectNoCanary = (text: string, where: string) => {
  for (const c of CANARIES) expect(text.toLowerCase(), `${where}: ${c}`).not.toContain(c.toLowerCase());
};

const MD = `# Production checklist

## Access ${AWS}

- [ ] Deploy bot token ${GHP} is stored in the vault
- [ ] Stripe live key \`${STRIPE}\` is rotated quarterly
- [ ] Replica URL postgres://app:${URL_PW}@db.prod.acme.io/app is only in the vault
- [ ] Backups restored in a drill
`;

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

describe('redactSecretsInText', () => {
  it('hides provider tokens and URL passwords as hardcoded-secret shows them, keeping the words around them', () => {
    expect(redactSecretsInText(`Deploy bot token ${GHP} is stored`)).toBe('Deploy bot token ghp_… is stored');
    expect(redactSecretsInText(`key ${STRIPE}, rotated`)).toBe('key sk_live_…, rotated');
    expect(redactSecretsInText(`Old key ${AWS} disabled`)).toBe('Old key AKIA… disabled');
    expect(redactSecretsInText(`postgres://app:${URL_PW}@db.prod.acme.io/app`)).toBe('postgres://app:…@db.prod.acme.io/app');
  });

  it('leaves text that only names a token kind, a URL without a password or with a variable, alone', () => {
    for (const text of [
      'No ghp_ or sk_live_ keys are committed',
      'AKIA keys are rotated every 90 days',
      'Health check https://app.example.com/healthz answers 200',
      'DATABASE_URL is postgres://app:${DB_PASSWORD}@db/app',
      'Redis URL redis://:password@redis:6379 is not used in production',
      'Backups restored in a drill',
    ]) expect(redactSecretsInText(text)).toBe(text);
  });
});

describe('a secret in a checklist title (robust2 D1)', () => {
  it('the Markdown reader hides it in titles, headings and id slugs', () => {
    const cl = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', MD);
    expect(cl.items.map((i) => [i.id, i.title])).toEqual([
      ['deploy-bot-token-ghp-is-stored-in-the-vault', 'Deploy bot token ghp_… is stored in the vault'],
      ['stripe-live-key-sk-live-is-rotated-quarterly', 'Stripe live key sk_live_… is rotated quarterly'],
      ['replica-url-postgres-app-db-prod-acme-io-app-is-only-in-the', 'Replica URL postgres://app:…@db.prod.acme.io/app is only in the vault'],
      ['backups-restored-in-a-drill', 'Backups restored in a drill'],
    ]);
    expect(cl.items[0]!.group).toEqual(['Access AKIA…']);
    expectNoCanary(JSON.stringify(cl, (k, v: unknown) => (typeof v === 'function' ? undefined : v)), 'checklist');
  });

  it('reaches no output format of the CLI, nor `import`', async () => {
    const repo = makeRepo({ 'PRODUCTION_CHECKLIST.md': MD, 'app.py': 'print(1)\n' });
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const r = await cli(['--no-probes', '--format', format], repo);
      expect(r.code, r.stderr).toBe(0);
      // SARIF lists findings only (a pending manual item is none): it is checked for the canaries all the same.
      if (format !== 'sarif') expect(r.stdout).toContain('ghp_…');
      expectNoCanary(r.stdout + r.stderr, format);
    }
    const text = await cli(['--no-probes'], repo);
    expect(text.stdout).toContain('- [ ] Deploy bot token ghp_… is stored in the vault');
    const imp = await cli(['import', 'PRODUCTION_CHECKLIST.md'], repo);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stdout + imp.stderr).toContain('title: Deploy bot token ghp_… is stored in the vault');
    expectNoCanary(imp.stdout + imp.stderr, 'import');
  });

  it('a pull request tick of the line as written, or as the summary lists it, still signs the item off; a near miss echoes no secret', async () => {
    const repo = makeRepo({ 'PRODUCTION_CHECKLIST.md': MD, 'app.py': 'print(1)\n' });
    const body = [
      `- [x] Deploy bot token ${GHP} is stored in the vault`,
      '- [x] Stripe live key sk_live_… is rotated quarterly',
      `- [x] Replica URL postgres://app:${URL_PW}@db.prod.acme.io/app is only in the vault`,
      '- [x] Backups restored in a drill',
    ].join('\n');
    const { report } = await run({ dir: repo, cwd: repo, probes: false, env: {}, failOn: 'info', attestation: { body, by: 'alice' } });
    expect(report.items.map((i) => i.status)).toEqual(['attested', 'attested', 'attested', 'attested']);
    expect(report.result).toBe('pass');

    const warnings: string[] = [];
    const logger = { info: () => {}, debug: () => {}, warn: (m: string) => { warnings.push(m); }, notice: (m: string) => { warnings.push(m); } };
    const quoted = await run({ dir: repo, cwd: repo, probes: false, env: {}, failOn: 'info', logger, attestation: { body: `> - [x] Deploy bot token ${GHP} is stored in the vault\n`, by: 'alice' } });
    expect(quoted.report.items[0]!.status).toBe('pending');
    expect(quoted.signoffHints?.length).toBeGreaterThan(0);
    expect(warnings.join('\n')).toContain('ghp_…');
    expectNoCanary(JSON.stringify(quoted.signoffHints) + warnings.join('\n'), 'hints');
  });

  it('the YAML loader hides it in titles and groups, and a tick of the title as written signs the item off', async () => {
    const yaml = `version: 1\nitems:\n  - id: deploy-token\n    title: "Deploy bot token ${GHP} is stored in the vault"\n    group: "Access ${AWS}"\n  - { id: env, check: env-file-committed }\n`;
    const cl = parseYamlChecklist('preflight.yml', yaml);
    expect(cl.items[0]!.title).toBe('Deploy bot token ghp_… is stored in the vault');
    expect(cl.items[0]!.group).toEqual(['Access AKIA…']);
    const repo = makeRepo({ 'preflight.yml': yaml, 'app.py': 'print(1)\n' });
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const r = await cli(['--no-probes', '--checklist', 'preflight.yml', '--format', format], repo);
      expectNoCanary(r.stdout + r.stderr, `yaml ${format}`);
    }
    const { report } = await run({ dir: repo, cwd: repo, checklist: path.join(repo, 'preflight.yml'), probes: false, env: {}, failOn: 'info', attestation: { body: `- [x] Deploy bot token ${GHP} is stored in the vault\n`, by: 'alice' } });
    expect(report.items[0]!.status).toBe('attested');
  });

  it('a YAML item id that holds a token is refused where it is written, without repeating it', () => {
    const yaml = `version: 1\nitems:\n  - { id: ok, title: Backups restored }\n  - { id: ${GHP}, title: Token rotated }\n`;
    let error: unknown;
    try { parseYamlChecklist('preflight.yml', yaml); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.where).toMatchObject({ file: 'preflight.yml', line: 4 });
    expect(e.message).toMatch(/item id 'ghp_…' holds a secret/);
    expectNoCanary(e.message, 'id error');
  });

  it('binding is unchanged for titles that hold no secret, and a title naming a secret by kind still binds', () => {
    const cl = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', '# C\n\n- [ ] No hardcoded secrets in the repository\n- [ ] No ghp_ tokens or sk_live_ keys committed\n');
    expect(cl.items.map((i) => i.title)).toEqual(['No hardcoded secrets in the repository', 'No ghp_ tokens or sk_live_ keys committed']);
    expect(cl.items[0]!.checks).toEqual(['hardcoded-secret']);
  });
});
