import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { isPluralSecretName, isSecretName } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// QA42 (secrets15 D1–D5, devprod12 D7): one-word names glued from a qualifier and a secret word, a token as a URL's user
// name (`<token>:x-oauth-basic@`), private JSON Web Keys, `.properties` white-space separators and continuations, TOML
// multi-line strings, a CI service container's password and Django's development SECRET_KEY. Test files are searched only
// for token formats, URL passwords and private keys: the URLs and JWKs below are built at run time, so this file holds none.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { files });
  expect(out.error).toBeUndefined();
  return [...out.findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const at = (findings: Awaited<ReturnType<typeof run>>) => findings.map((f) => [f.file, f.line, f.column, f.note ?? false]);
/** A deterministic random-looking string of `n` characters of `alphabet`. */
const random = (seed: number, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') => {
  let x = seed * 2654435761 + 12345;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[Math.floor((x / 2147483648) * alphabet.length)];
  }
  return out;
};
const b64url = (seed: number, n: number) => random(seed, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');

describe('secret names glued into one word (D1)', () => {
  it('a known secret word glued after qualifiers is a secret name, as the name with separators is', () => {
    for (const name of ['identitytoken', 'registrytoken', 'oauthtoken', 'deploytoken', 'secretaccesskey', 'hmackey', 'licensekey', 'idtoken', 'awssecretaccesskey', 'deploykeys', 'dockerIdentitytoken']) {
      expect(isSecretName(name), name).toBe(true);
    }
    expect(isPluralSecretName('deploykeys')).toBe(true);
    // Already secret names before: unchanged.
    for (const name of ['authtoken', 'accesstoken', 'apitoken', 'apikey', 'apikeys', 'clientsecret']) expect(isSecretName(name), name).toBe(true);
  });

  it('a word that only ends like one, a count or a cursor stays no secret name', () => {
    for (const name of ['tokenizer', 'keyboard', 'monkey', 'turkey', 'hockey', 'jockey', 'donkey', 'whiskey', 'valkey', 'hotkey', 'passkey', 'tokencount', 'maxtokens', 'maxapitokens', 'nexttoken', 'pagetoken', 'csrftoken', 'primarykey', 'cachekey', 'sortkey', 'publickey', 'sitekey', 'idkey', 'searchapikey', 'identitytokenurl', 'androidtoken', 'validtoken']) {
      expect(isSecretName(name), name).toBe(false);
    }
  });

  it("Docker's config.json identitytoken and registrytoken, and the other glued names, are found at their values", async () => {
    const id = b64url(1, 60);
    const reg = b64url(2, 60);
    const config = `{\n  "auths": {\n    "acme.azurecr.io": {\n      "auth": "",\n      "identitytoken": "${id}"\n    },\n    "ghcr.io": {\n      "registrytoken": "${reg}"\n    }\n  }\n}\n`;
    const names = ['oauthtoken', 'deploytoken', 'secretaccesskey', 'hmackey', 'licensekey', 'monkey', 'tokenizer', 'passkey'];
    const conf = names.map((n, i) => `${n}: ${random(10 + i, 32)}`).join('\n');
    const findings = await run({ 'deploy/config.json': config, 'conf.yml': conf });
    expect(at(findings)).toEqual([
      ['conf.yml', 1, 13, false], ['conf.yml', 2, 14, false], ['conf.yml', 3, 18, false], ['conf.yml', 4, 10, false], ['conf.yml', 5, 13, false],
      ['deploy/config.json', 5, 25, false], ['deploy/config.json', 8, 25, false],
    ]);
    expect(findings.at(-2)!.message).toMatch(/^'identitytoken' is assigned a hard-coded secret value/);
  });
});

describe('a token as a URL\'s user name (D2)', () => {
  const hex = random(3, 40, '0123456789abcdef');
  it("GitHub's `https://<token>:x-oauth-basic@github.com/…` is reported at the token, as a token in the user name", async () => {
    const line = `pip install git+https://${hex}:x-oauth-basic@github.com/acme/private-lib.git`;
    const findings = await run({ 'install.sh': `#!/bin/sh\n${line}\n` });
    expect(at(findings)).toEqual([['install.sh', 2, line.indexOf(hex) + 1, false]]);
    expect(findings[0]!.message).toMatch(/^a git\+https:\/\/ URL embeds a token as its user name; revoke/);
    expect(findings[0]!.message).not.toContain(hex);
  });

  it('a variable as the token user passes; x-access-token and oauth2 users keep the password as the secret', async () => {
    const pw = random(4, 32);
    const lines = [
      'git clone https://${GH_TOKEN}:x-oauth-basic@github.com/acme/app.git',
      'git clone https://$GH_TOKEN:x-oauth-basic@github.com/acme/app.git',
      `git clone https://x-access-token:${pw}@github.com/acme/app.git`,
      `git clone https://oauth2:${pw}@gitlab.acme.io/acme/app.git`,
    ];
    const findings = await run({ 'scripts/clone.sh': lines.join('\n') });
    expect(at(findings)).toEqual([['scripts/clone.sh', 3, lines[2]!.indexOf(pw) + 1, false], ['scripts/clone.sh', 4, lines[3]!.indexOf(pw) + 1, false]]);
    expect(findings.map((f) => f.message.split(';')[0])).toEqual(['an https:// URL embeds a password', 'an https:// URL embeds a password']);
  });
});

describe('private JSON Web Keys (D3)', () => {
  // Built from parts, so that no JWK with a private member is written out in this file.
  const K = ['k', 't', 'y'].join('');
  const jwk = (kty: string, members: Record<string, string>) => ({ [K]: kty, ...members });
  const lineOf = (text: string, value: string) => text.split('\n').findIndex((l) => l.includes(value)) + 1;
  const columnOf = (text: string, value: string) => text.split('\n').find((l) => l.includes(value))!.indexOf(value) + 1;

  it('an RSA JWK (pretty JSON), an OKP one (one line) and an EC key of a set are found at "d"', async () => {
    const rsaD = b64url(5, 342);
    const rsa = JSON.stringify(jwk('RSA', { kid: 'prod-2024', alg: 'RS256', n: b64url(6, 342), e: 'AQAB', d: rsaD, p: b64url(7, 171), q: b64url(8, 171) }), null, 2);
    const okpD = b64url(9, 43);
    const okp = JSON.stringify(jwk('OKP', { crv: 'Ed25519', x: b64url(10, 43), d: okpD }));
    const ecD = b64url(11, 43);
    const set = JSON.stringify({ keys: [jwk('EC', { crv: 'P-256', x: b64url(12, 43), y: b64url(13, 43), kid: 'a' }), jwk('EC', { crv: 'P-256', x: b64url(14, 43), y: b64url(15, 43), d: ecD, kid: 'b' })] }, null, 2);
    const findings = await run({ 'keys/signing-jwk.json': rsa, 'keys/ed25519-jwk.json': okp, 'auth/jwks-private.json': set });
    expect(at(findings)).toEqual([
      ['auth/jwks-private.json', lineOf(set, ecD), columnOf(set, ecD), false],
      ['keys/ed25519-jwk.json', 1, columnOf(okp, okpD), false],
      ['keys/signing-jwk.json', lineOf(rsa, rsaD), columnOf(rsa, rsaD), false],
    ]);
    expect(findings.map((f) => f.message.split(';')[0])).toEqual([
      'a private JSON Web Key (EC, its "d") is committed in plain text',
      'a private JSON Web Key (OKP, its "d") is committed in plain text',
      'a private JSON Web Key (RSA, its "d") is committed in plain text',
    ]);
  });

  it('a JWK in a JavaScript object literal and one as escaped JSON inside a string are found too', async () => {
    const d1 = b64url(16, 43);
    const d2 = b64url(17, 43);
    const js = `export const signingKey = {\n  ${K}: 'OKP',\n  crv: 'Ed25519',\n  x: '${b64url(18, 43)}',\n  d: '${d1}',\n};\n`;
    const escaped = JSON.stringify({ JWKS: JSON.stringify({ keys: [jwk('OKP', { crv: 'Ed25519', x: b64url(19, 43), d: d2 })] }) });
    const findings = await run({ 'src/keys.ts': js, 'config/runtime.json': escaped });
    expect(at(findings)).toEqual([
      ['config/runtime.json', 1, columnOf(escaped, d2), false],
      ['src/keys.ts', 5, 7, false],
    ]);
  });

  it('public keys and sets (no "d"), a filler "d" and an object without a key type pass', async () => {
    const pub = JSON.stringify({ keys: [jwk('RSA', { kid: 'a', use: 'sig', n: b64url(20, 342), e: 'AQAB' }), jwk('EC', { crv: 'P-256', x: b64url(21, 43), y: b64url(22, 43) }), jwk('OKP', { crv: 'Ed25519', x: b64url(23, 43) })] }, null, 2);
    const filler = JSON.stringify(jwk('OKP', { crv: 'Ed25519', x: b64url(24, 43), d: 'A'.repeat(43) }));
    const other = JSON.stringify({ type: 'point', d: b64url(25, 43) });
    expect(await run({ 'public/.well-known/jwks.json': pub, 'keys/filler.json': filler, 'data/points.json': other })).toEqual([]);
  });
});

describe('.properties separators and continuations, TOML multi-line strings (D4)', () => {
  const v = (n: number) => random(30 + n, 22);
  it('a white-space separator and a `\\` continuation are read as java.util.Properties reads them', async () => {
    const text = [
      `spring.datasource.password : ${v(1)}`,
      `spring.mail.password ${v(2)}`,
      'app.jwt.secret=\\',
      `    ${v(3)}`,
      `app.api.token=${v(4).slice(0, 11)}\\`,
      `  ${v(4).slice(11)}`,
      '# app.old.secret ' + v(5),
      `! db.password ${v(6)}`,
      `login.password Password`,
      `db.password \${DB_PASSWORD}`,
      `app.name My Application`,
    ].join('\n');
    const findings = await run({ 'src/main/resources/application.properties': text });
    expect(at(findings)).toEqual([
      ['src/main/resources/application.properties', 1, 30, false],
      ['src/main/resources/application.properties', 2, 22, false],
      ['src/main/resources/application.properties', 4, 5, false],
      ['src/main/resources/application.properties', 5, 15, false],
    ]);
    expect(findings[1]!.message).toMatch(/^'spring\.mail\.password' is assigned a hard-coded secret value/);
    expect(findings[2]!.message).toMatch(/^'app\.jwt\.secret' is assigned/);
  });

  it('TOML multi-line basic and literal strings under a secret key, on one line or several', async () => {
    const pem = ['-----BEGIN', 'CERTIFICATE-----'].join(' ');
    const text = [
      '[server]',
      `session_secret = """${v(7)}"""`,
      `api_token = '''${v(8)}'''`,
      'signing_key = """',
      `  ${v(9)}"""`,
      `db.password = """${v(10).slice(0, 10)}\\`,
      `    ${v(10).slice(10)}"""`,
      'description = """',
      'A long text about the secret',
      'spanning lines"""',
      `cert = """\n${pem}\nMIIB\n-----END CERTIFICATE-----"""`,
      'password = """${DB_PASSWORD}"""',
    ].join('\n');
    const findings = await run({ 'config/app.toml': text });
    expect(at(findings)).toEqual([
      ['config/app.toml', 2, 21, false],
      ['config/app.toml', 3, 16, false],
      ['config/app.toml', 5, 3, false],
      ['config/app.toml', 6, 18, false],
    ]);
    expect(findings[0]!.message).toMatch(/^'session_secret' is assigned a hard-coded secret value/);
    expect(findings[3]!.message).toMatch(/^'password' is assigned/);
  });
});

describe("a CI service container's password (D5)", () => {
  const workflow = (serviceEnv: string, jobEnv = '', credentials = '') => [
    'name: test',
    'on: [push, pull_request]',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    services:',
    '      postgres:',
    '        image: ghcr.io/acme/postgres:16',
    ...(credentials ? ['        credentials:', '          username: ci', `          password: ${credentials}`] : []),
    '        env:',
    '          POSTGRES_USER: app',
    `          POSTGRES_PASSWORD: ${serviceEnv}`,
    '        ports: ["5432:5432"]',
    '    env:',
    '      DATABASE_URL: postgres://app:postgres@localhost:5432/app_test',
    ...(jobEnv ? [`      DEPLOY_TOKEN: ${jobEnv}`] : []),
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: bin/rails test',
  ].join('\n');

  it('a random password in a job\'s services.<name>.env is an info note naming where it is', async () => {
    const findings = await run({ '.github/workflows/test.yml': workflow(random(40, 16)) });
    expect(at(findings)).toEqual([['.github/workflows/test.yml', 11, 30, true]]);
    expect(findings[0]!.message).toMatch(/^a CI service container's secret \(jobs\.test\.services\.postgres\.env\.POSTGRES_PASSWORD\): the container is started on the runner for this job only/);
  });

  it("the job's env, the service image's registry credentials and a provider token in a service's env still fail", async () => {
    const ghp = ['ghp_', random(41, 36)].join('');
    const findings = await run({
      '.github/workflows/deploy.yml': workflow(random(42, 16), random(43, 32), random(44, 20)),
      '.github/workflows/token.yml': workflow(ghp),
    });
    expect(at(findings)).toEqual([
      ['.github/workflows/deploy.yml', 11, 21, false],
      ['.github/workflows/deploy.yml', 14, 30, true],
      ['.github/workflows/deploy.yml', 18, 21, false],
      ['.github/workflows/token.yml', 11, 30, false],
    ]);
  });
});

describe("Django's development SECRET_KEY default (devprod12 D7)", () => {
  const key = (n: number) => random(50 + n, 64);
  const local = (value: string) => `from .base import *  # noqa\nfrom .base import env\n\nDEBUG = True\nSECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default="${value}",\n)\n`;
  const production = (value: string) => `from .base import *  # noqa\nfrom .base import env\n\nSECRET_KEY = env("DJANGO_SECRET_KEY", default="${value}")\n`;
  const project = { 'manage.py': '#!/usr/bin/env python\nimport os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")\nfrom django.core.management import execute_from_command_line\n', 'config/settings/base.py': 'import environ\nenv = environ.Env()\n' };

  it("cookiecutter-django's config/settings/local.py default (and settings/dev.py's literal) is an info note", async () => {
    const findings = await run({ ...project, 'config/settings/local.py': local(key(1)), 'app/settings/dev.py': `SECRET_KEY = "${key(2)}"\n` });
    expect(at(findings)).toEqual([['app/settings/dev.py', 1, 15, true], ['config/settings/local.py', 7, 14, true]]);
    expect(findings[1]!.message).toMatch(/^Django's development SECRET_KEY \(config\/settings\/local\.py, a development settings module, as cookiecutter-django's local\.py\): only the local development server \(runserver\) signs with it/);
    expect(findings[1]!.message).not.toContain(key(1));
  });

  it("the production module's default fails, and so does local.py outside a Django project or when another module imports it", async () => {
    expect(at(await run({ ...project, 'config/settings/local.py': local(key(3)), 'config/settings/production.py': production(key(4)) }))).toEqual([
      ['config/settings/local.py', 7, 14, true], ['config/settings/production.py', 4, 48, false],
    ]);
    expect(at(await run({ 'config/settings/local.py': local(key(5)) }))).toEqual([['config/settings/local.py', 7, 14, false]]);
    expect(at(await run({ ...project, 'config/settings/local.py': local(key(6)), 'config/settings/staging.py': 'from .local import *  # noqa\nDEBUG = False\n' }))).toEqual([
      ['config/settings/local.py', 7, 14, false],
    ]);
  });

  it('another secret-named value in local.py and a provider token as the default still fail', async () => {
    const sk = ['sk_live_', random(60, 24)].join('');
    const findings = await run({ ...project, 'config/settings/local.py': `${local(key(7))}STRIPE_API_KEY = "${random(61, 32)}"\n`, 'other/settings/local.py': production(sk) });
    expect(at(findings)).toEqual([['config/settings/local.py', 7, 14, true], ['config/settings/local.py', 9, 19, false], ['other/settings/local.py', 4, 48, false]]);
  });
});

describe('stop 42 sweep1: a Django development SECRET_KEY is a note only where it is one', () => {
  const KEY = ['x8nP2kvQ', 'r7LmZt4W', 'a9JcYe3H', 'u6FsDb1N'].join('');
  const dev = `SECRET_KEY = env("DJANGO_SECRET_KEY", default="${KEY}")\n`;
  it('fails when production runs that module (DJANGO_SETTINGS_MODULE) (R2)', async () => {
    const out = await runCase(hardcodedSecret, { name: 'r2', files: {
      'manage.py': 'import django\n', 'requirements.txt': 'Django==5.0.6\n', 'config/settings/dev.py': dev,
      Dockerfile: 'FROM python:3.12.1-slim\nENV DJANGO_SETTINGS_MODULE=config.settings.dev\nCOPY . .\nUSER 1000\nCMD ["gunicorn", "config.wsgi"]\n',
    } });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['config/settings/dev.py:1']);
  });
  it('fails in a service beside a Django project that is not one (R3), and is a note in the Django project', async () => {
    const out = await runCase(hardcodedSecret, { name: 'r3', files: {
      'shop/manage.py': 'import django\n', 'shop/requirements.txt': 'Django==5.0.6\n', 'shop/shop/settings/dev.py': dev,
      'billing/requirements.txt': 'Flask==3.0.3\n', 'billing/billing/settings/dev.py': dev,
    } });
    expect(out.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['billing/billing/settings/dev.py']);
    expect(out.findings.filter((f) => f.note).map((f) => f.file)).toEqual(['shop/shop/settings/dev.py']);
  });
});
