import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { isRenderedEnvTemplate } from '../../src/repo/classify.js';
import { isPublicKeyValue, looksLikeSecretValue } from '../../src/checks/util/secrets.js';
import { valueColumns } from '../../src/checks/util/text.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole.
const k1 = ['Hq7W', 'n3Lm', '5Xc9', 'Vb2R', 't8Yz'].join('');
const k2 = ['Jq7W', 'n3Lm', '5Xc9', 'Vb2R', 't8Yz4'].join('');
const k3 = ['Pq9W', 'n3Lm', '5Xc7', 'Vb2R', 't8Ya4'].join('');
const k4 = ['Nq7W', 'n3Lm', '5Xc9', 'Vb2R', 't8Yk'].join('');
const k5 = ['Kq7W', 'n3Lm', '5Xc9', 'Vb2R', 't8Yb'].join('');

/** The text at each finding's file:line:column, and the finding's first words. */
const located = (files: Record<string, string>, findings: { file?: string | null; line?: number | null; column?: number | null; message: string }[]) =>
  findings.map((f) => {
    const line = files[f.file!]!.replace(/^\uFEFF/, '').split('\n')[f.line! - 1]!;
    return `${f.file}:${f.line} ${line.slice(f.column! - 1, f.column! + 5)} ${f.message.split(' ')[0]}`;
  }).sort();

describe('hardcoded-secret: notebook %env magics and printed NAME=value outputs (QA35 secrets9 D1)', () => {
  const cell = (source: string[], text: string[] = []) => ({
    cell_type: 'code', execution_count: 1, metadata: {},
    outputs: text.length ? [{ name: 'stdout', output_type: 'stream', text }] : [], source,
  });
  const notebook = (...cells: object[]) => JSON.stringify({ cells, metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1);

  it('reports %env magics in code cells and NAME=value lines printed in their outputs, at the value', async () => {
    const nb = notebook(
      cell([`%env SNOWFLAKE_PASSWORD=${k1}\n`, `%env OPENAI_API_KEY ${k2}\n`]),
      cell(['!cat ../.env'], [`DB_PASSWORD="${k4}"\n`, `STRIPE_WEBHOOK_SECRET=${k3}\n`]),
      cell(['%env DB_PASSWORD'], [`env: DB_PASSWORD=${k5}\n`]),
      cell(['import os\n', `os.environ["JWT_SECRET"] = "${k1}"\n`]),
    );
    const files = { 'notebooks/analysis.ipynb': nb };
    const out = await runCase(hardcodedSecret, { name: 'nb', files });
    expect(located(files, out.findings)).toEqual([
      `notebooks/analysis.ipynb:10 ${k2.slice(0, 6)} 'OPENAI_API_KEY'`,
      `notebooks/analysis.ipynb:22 ${k4.slice(0, 6)} 'DB_PASSWORD'`,
      `notebooks/analysis.ipynb:23 ${k3.slice(0, 6)} 'STRIPE_WEBHOOK_SECRET'`,
      `notebooks/analysis.ipynb:40 ${k5.slice(0, 6)} 'DB_PASSWORD'`,
      `notebooks/analysis.ipynb:55 ${k1.slice(0, 6)} 'JWT_SECRET'`,
      `notebooks/analysis.ipynb:9 ${k1.slice(0, 6)} 'SNOWFLAKE_PASSWORD'`,
    ]);
  });

  it('passes references, expressions, code, placeholders, settings and markdown cells', async () => {
    const nb = notebook(
      cell(['%env OPENAI_API_KEY=$OPENAI_KEY\n', '%env HF_TOKEN={userdata.get("HF_TOKEN")}\n', `API_TOKEN=load_token("${'x'.repeat(3)}")\n`, '%env MAX_TOKENS=4096\n']),
      // Hugging Face's TrainingArguments repr, `!env` lines that name no secret, a placeholder.
      cell(['print(args)'], ['TrainingArguments(\n', 'hub_token=<HUB_TOKEN>,\n', 'push_to_hub_token=<PUSH_TO_HUB_TOKEN>,\n', 'PWD=/content\n', 'CLOUDSDK_CONFIG=/content/.config\n', 'SECRET_KEY=your-secret-key-here\n']),
      { cell_type: 'markdown', metadata: {}, source: ['Set your key first:\n', `%env OPENAI_API_KEY=${k2}\n`] },
    );
    const out = await runCase(hardcodedSecret, { name: 'nb-clean', files: { 'nb/clean.ipynb': nb } });
    expect(out.findings).toEqual([]);
  });
});

describe('env templates rendered at deploy time are templates (QA35 secrets9 D2)', () => {
  it('names the rendered env templates, not example templates or other files', () => {
    for (const f of ['roles/app/templates/.env.j2', 'deploy/.env.tmpl', '.env.jinja', '.env.jinja2', '.env.erb', '.env.in', '.env.hbs', '.env.mustache', '.env.production.j2', 'app.env.j2', '.env-prod.tmpl', '.ENV.J2']) expect(isRenderedEnvTemplate(f), f).toBe(true);
    for (const f of ['.env', '.env.production', '.env.example', '.env.tpl', 'requirements.in', 'nginx.conf.j2', 'Dockerfile.j2', 'config.h.in', '.envrc.tmpl']) expect(isRenderedEnvTemplate(f), f).toBe(false);
  });

  it('a placeholder-only .env.j2/.env.tmpl/.env.erb is no committed env file; a real .env beside it still is', async () => {
    const files = {
      'roles/app/templates/.env.j2': 'SECRET_KEY={{ app_secret_key }}\nDATABASE_URL=postgres://{{ db_user }}:{{ db_password }}@{{ db_host }}/app\nDEBUG=false\n',
      'deploy/.env.tmpl': 'SECRET_KEY=${SECRET_KEY}\nDATABASE_URL=${DATABASE_URL}\n',
      'chef/.env.erb': 'DB_PASSWORD=<%= @db_password %>\n',
      'build/.env.in': 'API_TOKEN=@API_TOKEN@\n',
      '.env.production': `SECRET_KEY=${k1}\n`,
    };
    const out = await runCase(envFileCommitted, { name: 'rendered', files });
    expect(out.findings.map((f) => `${f.file} ${f.severity ?? 'critical'}`)).toEqual(['.env.production critical']);
    // Their placeholders are references to hardcoded-secret too.
    expect((await runCase(hardcodedSecret, { name: 'rendered-hs', files })).findings.map((f) => f.file)).toEqual(['.env.production']);
  });

  it('hardcoded-secret still reports a literal secret a rendered template deploys, and a token in an example template', async () => {
    const files = {
      'roles/app/templates/.env.j2': `SECRET_KEY=${k1}\nDB_PASSWORD={{ db_password }}\n`,
      'deploy/.env.tmpl': `API_TOKEN=${k2}\n`,
      // An example template's values are illustrations (`.env.tpl` as `.env.example`), its provider tokens are not.
      'onepassword/.env.tpl': `SECRET_KEY=${k3}\nGITHUB_TOKEN=ghp_${'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6'}\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'literal', files });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' ')[0]}`).sort()).toEqual([
      'deploy/.env.tmpl:1 \'API_TOKEN\'', 'onepassword/.env.tpl:2 GitHub', 'roles/app/templates/.env.j2:1 \'SECRET_KEY\'',
    ]);
    expect((await runCase(envFileCommitted, { name: 'literal-efc', files })).findings).toEqual([]);
  });

  it('env-file-not-ignored asks for the real name behind a rendered template', async () => {
    const out = await runCase(envFileNotIgnored, { name: 'real-name', files: { '.gitignore': '.env\n', 'deploy/.env.production.j2': 'SECRET_KEY={{ key }}\n' } });
    expect(out.findings.map((f) => f.message.split(';')[0])).toEqual([".gitignore does not ignore 'deploy/.env.production'"]);
  });
});

describe('hardcoded-secret: EVM addresses are public (QA35 secrets9 D3)', () => {
  const addr = ['0xA0b8', '6991c6218b36c1d1', '9D4a2e9Eb0cE3606eB48'].join('');
  const privateKey = ['0x4c08', '83a69102937d6231471b5dbb6204fe51', '2961708279f2c3e4a8c6d0b1e2f3a4b5'].join('');

  it('passes 0x + 40 hex digits under token and address names; a 64-hex-digit private key still counts', async () => {
    expect(isPublicKeyValue(addr)).toBe(true);
    expect(looksLikeSecretValue(privateKey)).toBe(true);
    const files = {
      'src/contracts.ts': `export const USDC_TOKEN_ADDRESS = '${addr}';\nexport const tokenAddress = "${addr.toLowerCase()}";\nexport const WETH_TOKEN = '${addr}';\n`,
      'app/settings.py': `TOKEN_CONTRACT_ADDRESS = "${addr}"\nDEPLOYER_PRIVATE_KEY = "${privateKey}"\n`,
      '.env.production': `TOKEN_ADDRESS=${addr}\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'evm', files });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' ')[0]}`)).toEqual(["app/settings.py:2 'DEPLOYER_PRIVATE_KEY'"]);
  });
});

describe('quoted values of structured files are reported at the value (QA35 secrets9 D4)', () => {
  it('hardcoded-secret: Kubernetes env, appsettings sections, render envVars, ECS, Spring YAML, Ansible lists', async () => {
    const files = {
      'k8s/deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.2.3\n          env:\n            - name: API_TOKEN\n              value: "${k1}"\n            - name: JWT_SECRET\n              value: ${k2}\n`,
      'api/appsettings.json': `{\n  "Jwt": { "Key": "${k3}" },\n  "SecretKey": "${k4}"\n}\n`,
      'render.yaml': `services:\n  - type: web\n    name: api\n    envVars:\n      - key: STRIPE_SECRET\n        value: "${k5}"\n`,
      'task-definition.json': `{\n  "family": "api",\n  "containerDefinitions": [\n    { "name": "api", "image": "acme/api:1.0.0",\n      "environment": [ { "name": "API_KEY", "value": "${k1}" } ] }\n  ]\n}\n`,
      'src/main/resources/application.yml': `stripe:\n  key: "${k2}"\n`,
      'ansible/vars.yml': `app_env:\n  - name: SECRET_TOKEN\n    value: '${k3}'\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'cols', files });
    const at = located(files, out.findings);
    expect(at.length).toBe(8);
    // Every finding stands on its value's first character (none on a quote), on the value's line.
    for (const a of at) expect(a).toMatch(/^\S+:\d+ [A-Z][a-z]\d/);
    expect(at.map((a) => a.split(' ')[0])).toEqual(['ansible/vars.yml:3', 'api/appsettings.json:2', 'api/appsettings.json:3', 'k8s/deploy.yaml:13', 'k8s/deploy.yaml:15', 'render.yaml:6', 'src/main/resources/application.yml:2', 'task-definition.json:5']);
  });

  it('default-credentials: a quoted compose map value and a Kubernetes env value', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16.2\n    environment:\n      POSTGRES_PASSWORD: "postgres"\n      POSTGRES_HOST_AUTH_METHOD: \'trust\'\n',
      'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.2.3\n          env:\n            - name: DB_PASSWORD\n              value: "changeme"\n',
    };
    const out = await runCase(defaultCredentials, { name: 'dc-cols', files });
    expect(located(files, out.findings).map((a) => a.split(' ').slice(0, 2).join(' '))).toEqual([
      'docker-compose.yml:5 postgr', 'docker-compose.yml:6 trust\'', 'k8s/deploy.yaml:13 change',
    ]);
  });

  it('moves only a quote that opens the value: not a key\'s quote, an empty string or a value already at its first character', () => {
    const text = '\uFEFF{ "password": "s3cr3tvalue", "e": "" }\nkey: \'v4lue\'\n';
    const at = valueColumns(() => text);
    // `"password"` (a key: reported at the key) stays; the value's quote moves on; `""` stays.
    expect(at({ file: 'f', line: 1, column: 3, secret: 's3cr3tvalue' }).column).toBe(3);
    expect(at({ file: 'f', line: 1, column: 15, secret: 's3cr3tvalue' }).column).toBe(16);
    expect(at({ file: 'f', line: 1, column: 35 }).column).toBe(35);
    expect(at({ file: 'f', line: 2, column: 6 }).column).toBe(7);
    expect(at({ file: 'f', line: 2, column: 7 }).column).toBe(7);
  });
});
