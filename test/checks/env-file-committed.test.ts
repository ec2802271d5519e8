import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { envFileCommitted, shellQuote } from '../../src/checks/env-file-committed.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const VAULT_HEADER = '#/-------------------.env.vault---------------------/\n#/         cloud-agnostic vaulting standard         /\n#/   [how it works](https://dotenv.org/env-vault)   /\n#/--------------------------------------------------/\n\n';
const VAULT_CIPHER = 'AtEC33a2D3a9rJ3Mv2UBW4Zzfh7N1uEH6LdrJv2X7sMzHCMc0dHvbR5jIGEe1OKLDzgbQ2Wr8tWUO0yixE8LnVkn';
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 187\n';
const SECRETS = 'DATABASE_URL=postgres://app:s3cr3t-Pa55@db:5432/app\nSECRET_KEY=9f8e7d6c5b4a3f2e1d0c\n';

testCheck(envFileCommitted, {
  valid: [
    { name: 'templates only', files: { '.env.example': SECRETS, 'config/.env.sample': SECRETS, 'example.env': SECRETS, '.env.production.template': SECRETS, '.env.dist': SECRETS } },
    // django-on-docker's samples, dash and underscore spellings.
    { name: 'templates with dash or underscore suffixes', files: { '.env.dev-sample': SECRETS, '.env.prod-sample': SECRETS, '.env_sample': SECRETS, '.env-example': SECRETS } },
    { name: 'lookalike names are not env files', files: { '.envrc': 'export FOO=1\n', 'environment.ts': 'export const env = {}\n', 'src/env.py': 'X=1\n', 'docs/dotenv.md': '# .env\n' } },
    { name: 'upper-case lookalikes and templates are not env files', files: { '.ENVRC': 'export FOO=1\n', '.ENV.EXAMPLE': SECRETS, 'Example.ENV': SECRETS, '.Env.Production.Sample': SECRETS } },
    { name: 'allowed by option', files: { 'test/fixtures/app/.env': SECRETS }, options: { allow: ['test/fixtures/app/.env'] } },
  ],
  invalid: [
    { name: 'root .env', files: { '.env': SECRETS, '.env.example': 'SECRET_KEY=\n' }, errors: [{ file: '.env', line: 1, severity: 'critical', message: /2 variables/ }] },
    { name: '.env.production in a sub-folder', files: { 'services/api/.env.production': SECRETS }, errors: [{ file: 'services/api/.env.production', line: 1, message: 'git rm --cached services/api/.env.production' }] },
    { name: 'named env file and dev-only env still fail', files: { 'docker/postgres.env': 'POSTGRES_PASSWORD=hunter2\n', '.env.development': 'API_TOKEN=abc\n' }, errors: [{ file: 'docker/postgres.env', line: 1 }, { file: '.env.development', line: 1 }] },
    // QA33 crlf D1: `.ENV` is `.env` to dotenv on Windows and macOS, and git on Linux does not ignore it with a `.env` rule.
    { name: 'env files named in another case', files: { '.ENV': SECRETS, 'config/.Env.Production': SECRETS, 'deploy/DB.ENV': SECRETS, '.ENV-PROD': SECRETS, '.gitignore': '.env\n' }, errors: [{ file: '.ENV', line: 1, severity: 'critical', message: /2 variables/ }, { file: '.ENV-PROD', line: 1, severity: 'critical' }, { file: 'config/.Env.Production', line: 1, severity: 'critical' }, { file: 'deploy/DB.ENV', line: 1, severity: 'critical' }] },
    { name: 'CRLF and BOM', files: { '.env.local': '\uFEFFA=1\r\nB=2\r\n' }, errors: [{ file: '.env.local', line: 1, message: /2 variables/ }] },
    { name: 'public-only variables are low', files: { 'web/.env.production': 'NEXT_PUBLIC_API_URL=https://api.example.com\nVITE_SENTRY_DSN=https://x@sentry.io/1\n' }, errors: [{ file: 'web/.env.production', line: 1, severity: 'low', message: /client-public/ }] },
    { name: 'empty env file is low', files: { '.env': '# nothing yet\n' }, errors: [{ file: '.env', line: 1, severity: 'low', message: /no variables/ }] },
    // One plaintext value beside the ciphertext (or ENC[ values without sops' metadata) is no sops file.
    { name: 'sops file with a plaintext value is critical', files: { '.env.prod': 'DB_PASSWORD=ENC[AES256_GCM,data:abc,iv:d,tag:e,type:str]\nAPI_TOKEN=9f8e7d6c5b4a3f2e1d0c\nsops_version=3.8.1\n', '.env.staging': 'DB_PASSWORD=ENC[not really]\n' }, errors: [{ file: '.env.prod', line: 1, severity: 'critical' }, { file: '.env.staging', line: 1, severity: 'critical' }] },
    // One plain value beside the references is a committed secret file again (QA round 19).
    { name: '1Password references beside a plain value is critical', files: { '.env': 'DB_PASSWORD="op://prod/db/password"\nSTRIPE_SECRET_KEY=sk_live_51abcdefghij\n' }, errors: [{ file: '.env', line: 1, severity: 'critical' }] },
    // An encrypting tool's extension on a plain-text file is no encryption.
    { name: 'a plain-text .env.enc is critical', files: { '.env.enc': SECRETS }, errors: [{ file: '.env.enc', line: 1, severity: 'critical', message: /2 variables/ }] },
    // dotenv-defaults / dotenv-extended ask to commit `.env.defaults` and `.env.schema` (QA parity round): low, not critical.
    { name: '.env.defaults and .env.schema are committed by design: low', files: { '.env.defaults': 'PORT=3000\nLOG_LEVEL=info\n', 'api/.env.schema': 'DATABASE_URL=\nAPI_KEY=\n', '.env.defaults.local': SECRETS }, errors: [{ file: '.env.defaults', line: 1, severity: 'low', message: /by design .*2 variables/ }, { file: 'api/.env.schema', line: 1, severity: 'low' }, { file: '.env.defaults.local', line: 1, severity: 'critical' }] },
    // QA28 envimages D1: `.env.vault` was trusted by its name; HashiCorp Vault's CLI settings are often kept in a file so named.
    { name: 'a plain-text .env.vault is critical (HashiCorp Vault settings, a plain password)', files: {
      '.env.vault': '# HashiCorp Vault CLI settings\nVAULT_ADDR=https://vault.acme-internal.io:8200\nVAULT_TOKEN=hvs.CAESIJ4n7Xq2Lm9pRt5Vw8Yz1Ab3Cd6Ef0Gh2Ij4Kl7Mn9Op\n',
      'api/.env.vault': 'DB_PASSWORD=Pl41nT3xtPassw0rd\nAPI_KEY=sk_live_abcdefghijklmnop\n',
    }, errors: [{ file: '.env.vault', line: 1, severity: 'critical', message: /committed with 2 variables/ }, { file: 'api/.env.vault', line: 1, severity: 'critical' }] },
    // One plain variable beside the ciphertexts, a short "ciphertext" (no nonce and tag) or a plain project value: no vault.
    { name: 'a dotenv-vault file with plain text in it is critical', files: {
      '.env.vault': `DOTENV_VAULT_PRODUCTION="${VAULT_CIPHER}"\nDOTENV_VAULT_PRODUCTION_VERSION=1\nSTRIPE_SECRET_KEY=sk_live_51abcdefghij\n`,
      'a/.env.vault': 'DOTENV_VAULT_PRODUCTION="hunter2hunter2"\n',
      'b/.env.project': 'DOTENV_PROJECT=vlt_7d170552878bb5bc8e269b2e12eeaa02447efaf98b88ce01bd19af505b7207c0\nDB_PASSWORD=hunter2\n',
    }, errors: [{ file: '.env.vault', line: 1, severity: 'critical' }, { file: 'a/.env.vault', line: 1, severity: 'critical' }, { file: 'b/.env.project', line: 1, severity: 'critical' }] },
    // QA28 robust2 D1: what actions/checkout leaves of an LFS-stored `.env` by default was "no variables" (low).
    { name: 'a .env stored in Git LFS (a pointer in the checkout) is critical', files: { '.env': LFS_POINTER, 'deploy/.env.vault': LFS_POINTER.replace(/\n/g, '\r\n') }, errors: [
      { file: '.env', line: 1, severity: 'critical', message: /^\.env is tracked by git as a Git LFS pointer: its content is not checked out here \(actions\/checkout fetches LFS files only with `lfs: true`\).*git rm --cached \.env/ },
      { file: 'deploy/.env.vault', line: 1, severity: 'critical', message: /Git LFS pointer/ },
    ] },
    { name: 'mixed public and secret is critical', files: { '.env': 'NEXT_PUBLIC_X=1\nSTRIPE_SECRET=sk_live_1\n' }, errors: [{ file: '.env', line: 1, severity: 'critical' }] },
  ],
  notes: [
    // QA (real-world inputs): env files encrypted whole were told to "commit a .env.example before a secret lands in it" (low).
    { name: 'QA: env files encrypted whole (gpg binary, armoured PGP, openssl -a, age, git-crypt)', files: {
      '.env.gpg': '\u008c\r\u0004\t\u0003\u0002\u0000\u00a1\u0017binary',
      'deploy/.env.production.asc': '-----BEGIN PGP MESSAGE-----\n\njA0ECQMC3kz0Q5v2nXX/0kcB1yJ2mWq1\n=Ab3d\n-----END PGP MESSAGE-----\n',
      '.env.staging': 'U2FsdGVkX1+q3bX0m2m8g9c7K1vQ2mT9pLw4Nz7aB3cD5eF7gH9iJ1kL3mN5oP7q\n1Uv+2C5LyUah3l66ARGMX+RWBOSEEgzNIIuSmuNH6dY=\n',
      '.env.age': '-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBq\n-----END AGE ENCRYPTED FILE-----\n',
      'services/api/.env': '\u0000GITCRYPT\u0000\u0012\u0034binary',
    }, notes: [{ file: '.env.gpg', line: 1, message: /encrypted whole/ }, { file: 'deploy/.env.production.asc', line: 1 }, { file: '.env.staging', line: 1 }, { file: '.env.age', line: 1 }, { file: 'services/api/.env', line: 1 }] },
    // What `npx dotenv-vault build` writes (an older one also carries the project's `DOTENV_VAULT=vlt_…`).
    { name: 'dotenv-vault file', files: {
      '.env.vault': `${VAULT_HEADER}# development\nDOTENV_VAULT_DEVELOPMENT="${VAULT_CIPHER}"\nDOTENV_VAULT_DEVELOPMENT_VERSION=2\n\n# production\nDOTENV_VAULT_PRODUCTION="${VAULT_CIPHER.slice(4)}=="\nDOTENV_VAULT_PRODUCTION_VERSION=2\n`,
      'legacy/.env.vault': `DOTENV_VAULT=vlt_7d170552878bb5bc8e269b2e12eeaa02447efaf98b88ce01bd19af505b7207c0\nDOTENV_API_URL=https://vault.dotenv.org\n# ci\nDOTENV_VAULT_CI="${VAULT_CIPHER}"\nDOTENV_VAULT_CI_VERSION=3\n`,
    }, notes: [{ file: '.env.vault', line: 1, message: /encrypted \(dotenv-vault/ }, { file: 'legacy/.env.vault', line: 1, message: /encrypted \(dotenv-vault/ }] },
    // `npx dotenv-vault new` writes `.env.project` and asks to commit it: the project identifier only.
    { name: "dotenv-vault's .env.project identifier", files: { '.env.project': 'DOTENV_PROJECT=vlt_7d170552878bb5bc8e269b2e12eeaa02447efaf98b88ce01bd19af505b7207c0' }, notes: [{ file: '.env.project', line: 1, message: /project identifier/ }] },
    // Git LFS: the name of an encrypted file is taken as for a binary ciphertext, the pointer said.
    { name: 'an .env.gpg stored in Git LFS', files: { 'secrets/.env.gpg': LFS_POINTER }, notes: [{ file: 'secrets/.env.gpg', line: 1, message: /Git LFS pointer.*encrypted whole/ }] },
    { name: 'dotenvx encrypted file', files: { '.env.production': 'DOTENV_PUBLIC_KEY_PRODUCTION="03ab"\nDB_PASSWORD="encrypted:BDb7t"\n' }, notes: [{ file: '.env.production', line: 1 }] },
    // `op run --env-file .env -- node server.js`: 1Password's documented pattern commits the references (QA round 19).
    { name: '1Password secret references', files: { '.env': 'AWS_ACCESS_KEY_ID="op://development/aws/Access Key ID"\nAWS_SECRET_ACCESS_KEY="op://development/aws/Secret Access Key"\nDB_PASSWORD=op://prod/postgres/password\n' }, notes: [{ file: '.env', line: 1, message: /1Password secret references/ }] },
    // `sops --encrypt --input-type dotenv`: the values are ciphertext, sops' metadata keys stay plaintext.
    {
      name: 'sops-encrypted dotenv file',
      files: {
        'deploy/.env.production.enc': 'DB_PASSWORD=ENC[AES256_GCM,data:Tr7o1ZiGvDqWKQ==,iv:1Ffn8OQrLWq2DuQdv1V3lzJH2+7Fx7lbTXUBAWsVq0Y=,tag:fUq3uZ0hW8m+E5Zq0b7jEw==,type:str]\n'
          + 'STRIPE_SECRET_KEY=ENC[AES256_GCM,data:9cWoJ2s9yH2S4p0=,iv:R0u7s3w4v5Jp4WmR9b2Y5d6Y8wS1xHk3gJ7n2q9s8Lk=,tag:QmVbK1n2o3p4q5r6s7t8uw==,type:str]\n'
          + 'sops_age__list_0__map_recipient=age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n'
          + 'sops_lastmodified=2024-05-01T10:00:00Z\nsops_mac=ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]\nsops_version=3.8.1\n',
      },
      notes: [{ file: 'deploy/.env.production.enc', line: 1, message: /encrypted \(sops\)/ }],
    },
  ],
});

it('never echoes a value', async () => {
  const out = await runCase(envFileCommitted, { name: 'x', files: { '.env': SECRETS, 'a/.env.prod': 'TOKEN=ghp_abcdefghijklmnop1234\n' } });
  const text = JSON.stringify(out.findings);
  for (const v of ['s3cr3t-Pa55', '9f8e7d6c5b4a3f2e1d0c', 'ghp_abcdefghijklmnop1234']) expect(text).not.toContain(v);
});

it('passes when no env file is tracked (the promise holds); skips only an empty scan', async () => {
  const out = await runCase(envFileCommitted, { name: 'x', files: { 'README.md': '# hi\n', '.env.example': 'A=\n' } });
  expect(out.skipped).toBeUndefined();
  expect(out.findings).toEqual([]);
  expect((await runCase(envFileCommitted, { name: 'x', files: {} })).skipped).toBeTruthy();
});

it('never echoes a value (property)', async () => {
  await fc.assert(fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9+/_-]{12,40}$/), fc.constantFrom('.env', 'api/.env.prod', 'db.env'), async (value, file) => {
    const out = await runCase(envFileCommitted, { name: 'x', files: { [file]: `SECRET=${value}\nexport TOKEN="${value}"\n` } });
    expect(out.findings).toHaveLength(1);
    expect(JSON.stringify(out.findings)).not.toContain(value);
  }), { numRuns: 25 });
});

it('an env file that cannot be read (a symlink out of the repository) is not called encrypted: it stays a finding (QA round 20 regression)', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { Snapshot } = await import('../../src/repo/snapshot.js');
  const { executeCheck } = await import('../../src/engine/execute.js');
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-outside-'));
  fs.writeFileSync(path.join(outside, 'secrets'), 'SECRET_KEY=9f8e7d6c5b4a3f2e1d0c\n');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-case-'));
  fs.symlinkSync(path.join(outside, 'secrets'), path.join(root, '.env'));
  fs.symlinkSync(path.join(outside, 'secrets'), path.join(root, '.env.gpg'));
  fs.writeFileSync(path.join(root, 'locked.env'), '\u0000GITCRYPT\u0000\u0012\u0034binary');
  const out = await executeCheck(envFileCommitted, new Snapshot(root, ['.env', 'locked.env', '.env.gpg']), envFileCommitted.options.parse({}), new Date('2026-12-01T00:00:00Z'));
  expect(out.error).toBeUndefined();
  const byFile = Object.fromEntries(out.findings.map((f) => [f.file, f]));
  // Unreadable: a committed env file all the same (what it holds cannot be told), never "encrypted whole".
  for (const f of ['.env', '.env.gpg']) {
    expect(byFile[f]?.note, f).toBeFalsy();
    expect(byFile[f]?.message, f).not.toMatch(/encrypted/);
  }
  // A binary env file (git-crypt's locked checkout) is still ciphertext.
  expect(byFile['locked.env']).toMatchObject({ note: true, message: expect.stringMatching(/encrypted whole/) });
});

it('an env file that cannot be read says why: permission denied, a symlink out of the repository, or not in the working tree (QA31 robust4 D7)', async () => {
  const fs = (await import('node:fs')).default;
  const os = await import('node:os');
  const path = await import('node:path');
  const { vi } = await import('vitest');
  const { Snapshot } = await import('../../src/repo/snapshot.js');
  const { executeCheck } = await import('../../src/engine/execute.js');
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-outside-'));
  fs.writeFileSync(path.join(outside, 'secrets'), 'SECRET_KEY=9f8e7d6c5b4a3f2e1d0c\n');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-case-'));
  fs.writeFileSync(path.join(root, '.env'), 'SECRET_KEY=9f8e7d6c5b4a3f2e1d0c\n');
  fs.symlinkSync(path.join(outside, 'secrets'), path.join(root, 'prod.env'));
  // Mode 000 under a user other than its owner (root reads it anyway: the refusal is simulated).
  const open = fs.openSync;
  const spy = vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    if (String(p).endsWith(`${path.sep}.env`)) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return (open as (...a: unknown[]) => number)(p, ...rest);
  }) as typeof fs.openSync);
  try {
    const out = await executeCheck(envFileCommitted, new Snapshot(root, ['.env', 'prod.env', 'gone/.env.production']), envFileCommitted.options.parse({}), new Date('2026-12-01T00:00:00Z'));
    const byFile = Object.fromEntries(out.findings.map((f) => [f.file, f.message]));
    expect(byFile['.env']).toMatch(/^\.env is tracked by git, though its content could not be read here \(permission denied\); remove it from git/);
    expect(byFile['prod.env']).toMatch(/could not be read here \(a symlink pointing outside the repository\);/);
    expect(byFile['gone/.env.production']).toMatch(/could not be read here \(not in the working tree, or not a regular file\);/);
  } finally { spy.mockRestore(); }
});

it('a tracked .env missing from the working tree (sparse checkout, deleted) is still committed, at the default severity (QA round 25)', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { run } = await import('../../src/run.js');
  const { makeRepo } = await import('../helpers/repo.js');
  const dir = makeRepo({ 'svc-b/.env': 'SECRET=1\n', 'spaced name.env': 'A=1\n', '.github/preflight.yml': 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n' });
  fs.rmSync(path.join(dir, 'svc-b/.env'));
  const { report } = await run({ dir, cwd: dir, probes: false, env: {} });
  const byFile = new Map(report.findings.map((f) => [f.file, f]));
  expect(byFile.get('svc-b/.env')).toMatchObject({ severity: 'critical', message: expect.stringMatching(/^svc-b\/\.env is tracked by git, though its content could not be read here/) });
  // A file name to paste into a shell is quoted.
  expect(byFile.get('spaced name.env')!.message).toContain("git rm --cached 'spaced name.env'");
});

it('a name with a newline is quoted as $\'…\' (escapes a report cannot fold into a space), a word the shell reads back as the name (QA30 paths D6)', async () => {
  const out = await runCase(envFileCommitted, { files: { 'line\nbreak.env': 'SECRET_KEY=Zq8mLx2Vt7Rp4Kw9\n' } });
  expect(out.findings.map((f) => f.message)).toEqual([expect.stringContaining("git rm --cached $'line\\nbreak.env'")]);
  const { execFileSync } = await import('node:child_process');
  for (const name of ['line\nbreak.env', "it's\t\x01\\.env", '-\r.env', 'plain.env', "it's.env", '$(whoami).env']) {
    expect(execFileSync('bash', ['-c', `printf %s ${shellQuote(name)}`], { encoding: 'utf8' }), JSON.stringify(name)).toBe(name.startsWith('-') ? `./${name}` : name);
  }
});

it('a root file whose name starts with "-" is pasted as ./-name, which git cannot read as an option', async () => {
  const out = await runCase(envFileCommitted, { files: { '-prod.env': 'SECRET_KEY=Zq8mLx2Vt7Rp4Kw9\n' } });
  expect(out.findings.map((f) => f.message)).toEqual([expect.stringContaining('git rm --cached ./-prod.env')]);
});

// QA26 oss-python D5: Superset commits docker/.env-non-dev; `.env_prod` and `.env-production` are the same kind of file.
it('the dash and underscore spellings .env-<name>/.env_<name> are env files; their templates and env-cmd\'s .env-cmdrc are not', async () => {
  const out = await runCase(envFileCommitted, { name: 'separated env names', files: {
    'docker/.env-non-dev': 'POSTGRES_USER=superset\nPOSTGRES_PASSWORD=superset\nFLASK_DEBUG=true\n',
    '.env_prod': SECRETS,
    '.env-production': 'NEXT_PUBLIC_API_URL=https://api.example.com\n',
    '.env-example': SECRETS, '.env_sample': SECRETS, '.env-template': SECRETS, '.env-dist': SECRETS, '.env-example.local': SECRETS, '.env_prod-sample': SECRETS,
    '.env-cmdrc': '{ "production": { "API_KEY": "x" } }\n', '.env-cmdrc.json': '{}\n', '.envrc': 'export A=1\n', '.environment': 'A=1\n',
  } });
  expect(out.findings.map((f) => `${f.file}:${f.line} ${f.severity ?? 'critical'} ${f.message.split(';')[0]}`).sort()).toEqual([
    '.env-production:1 low .env-production is committed (1 client-public variable)',
    '.env_prod:1 critical .env_prod is committed with 2 variables',
    'docker/.env-non-dev:1 critical docker/.env-non-dev is committed with 3 variables',
  ]);
});

it('outside a git repository an env file is in the folder, not committed: no `git rm --cached` advice (QA27 D7)', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { run } = await import('../../src/run.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-nogit-'));
  fs.mkdirSync(path.join(dir, 'services/worker'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'web'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'services/worker/.env'), 'DATABASE_URL=postgres://u:p@db/x\n');
  fs.writeFileSync(path.join(dir, 'web/.env.production'), 'NEXT_PUBLIC_API=https://api.example\n');
  fs.writeFileSync(path.join(dir, 'c.yml'), 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n');
  const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
  const msgs = report.findings.filter((f) => f.check === 'env-file-committed').map((f) => [f.file, f.severity, f.message]);
  expect(msgs).toEqual([
    ['services/worker/.env', 'critical', 'services/worker/.env is in the folder (not a git repository), not ignored by .gitignore, with 1 variable; add it to .gitignore (or move it out of the folder) before the folder is committed, rotate any secret it held if it was shared, and keep a template such as .env.example instead'],
    ['web/.env.production', 'low', expect.stringMatching(/^web\/\.env\.production is in the folder \(not a git repository\), not ignored by \.gitignore \(1 client-public variable\); keep env files out of what gets committed/)],
  ]);
  expect(msgs.some(([, , m]) => /git rm|^\S+ is committed/.test(m!))).toBe(false);
  // In a repository the wording is unchanged.
  const { makeRepo } = await import('../helpers/repo.js');
  const repo = makeRepo({ '.env': 'A=1\n', 'c.yml': 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n' });
  const inRepo = (await run({ dir: repo, cwd: repo, checklist: 'c.yml', probes: false, env: {} })).report.findings.find((f) => f.check === 'env-file-committed')!;
  expect(inRepo.message).toMatch(/^\.env is committed with 1 variable; remove it from git \(git rm --cached \.env\)/);
});

describe('env files by use (QA33 fullrepos7 D4): a compose env_file, an .envs/ folder', () => {
  const judge = async (files: Record<string, string>) => (await runCase(envFileCommitted, { name: 'x', files })).findings
    .map((f) => `${f.file} ${f.note ? 'note' : f.severity ?? 'critical'}: ${f.message.split(';')[0]}`);
  const PROD_YML = 'services:\n  django: &django\n    build: .\n    env_file:\n      - ./.envs/.production/.django\n      - ./.envs/.production/.postgres\n    command: /start\n  postgres:\n    image: postgres:16\n    env_file:\n      - ./.envs/.production/.postgres\n  celeryworker:\n    <<: *django\n    command: /start-celeryworker\n';
  const LOCAL_YML = 'services:\n  django:\n    build: .\n    env_file:\n      - ./.envs/.local/.django\n      - ./.envs/.local/.postgres\n';

  it("cookiecutter-django's committed .envs/.production files are env files; .envs/.local, loaded only by local.yml, is a note", async () => {
    expect(await judge({
      'production.yml': PROD_YML, 'local.yml': LOCAL_YML,
      '.envs/.production/.django': 'DJANGO_SETTINGS_MODULE=config.settings.production\nDJANGO_SECRET_KEY=Qm7vR2pX9tK4wL8nB3yH6jF1sD5gA0zC\n',
      '.envs/.production/.postgres': 'POSTGRES_HOST=postgres\nPOSTGRES_USER=wZkQpLbHmNcJxRtV\nPOSTGRES_PASSWORD=Tq8vN3kWz7LpR2xY\n',
      '.envs/.local/.django': 'USE_DOCKER=yes\nDJANGO_SECRET_KEY=local-dev-key-123456\n',
      '.envs/.local/.postgres': 'POSTGRES_PASSWORD=debug\n',
      '.envs/.production/.django.example': 'DJANGO_SECRET_KEY=\n',
      '.envs/README.md': '# DJANGO_SECRET_KEY=... goes here\n',
    })).toEqual([
      ".envs/.local/.django note: .envs/.local/.django (the env_file of development compose service 'django' in local.yml) is committed with 2 variables, for development only",
      ".envs/.local/.postgres note: .envs/.local/.postgres (the env_file of development compose service 'django' in local.yml) is committed with 1 variable, for development only",
      ".envs/.production/.django critical: .envs/.production/.django (the env_file of compose services 'django', 'celeryworker' in production.yml) is committed with 2 variables",
      ".envs/.production/.postgres critical: .envs/.production/.postgres (the env_file of compose services 'django', 'postgres', 'celeryworker' in production.yml) is committed with 3 variables",
    ]);
  });

  it('secret-named variables holding placeholders, references or defaults leak nothing: low (QA33 sweep: compose3 c69)', async () => {
    expect(await judge({
      'production.yml': PROD_YML,
      '.envs/.production/.django': 'DJANGO_SECRET_KEY=!!!SET DJANGO_SECRET_KEY!!!\nDJANGO_ADMIN_URL=admin/\n',
      '.envs/.production/.postgres': 'POSTGRES_USER=app\nPOSTGRES_PASSWORD=${POSTGRES_PASSWORD}\n',
    })).toEqual([
      ".envs/.production/.django low: .envs/.production/.django (the env_file of compose services 'django', 'celeryworker' in production.yml) is committed with 2 variables, its secret-named ones holding only placeholders, references or well-known defaults (default-credentials judges those)",
      ".envs/.production/.postgres low: .envs/.production/.postgres (the env_file of compose services 'django', 'postgres', 'celeryworker' in production.yml) is committed with 2 variables, its secret-named ones holding only placeholders, references or well-known defaults (default-credentials judges those)",
    ]);
  });

  it('a reference with a real default holds that default (QA33 review)', async () => {
    expect(await judge({ 'production.yml': PROD_YML, '.envs/.production/.postgres': 'POSTGRES_PASSWORD=${PG_PASSWORD:-Tq8vN3kWz7LpR2xY}\n' })).toEqual([
      ".envs/.production/.postgres critical: .envs/.production/.postgres (the env_file of compose services 'django', 'postgres', 'celeryworker' in production.yml) is committed with 1 variable",
    ]);
  });

  it('a URL whose password is a reference or a well-known default holds no secret; a real one does (QA33 review)', async () => {
    expect(await judge({
      'production.yml': PROD_YML,
      '.envs/.production/.django': 'DATABASE_URL=postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/app\nCACHE_URL=redis://:changeme@redis:6379/0\n',
      '.envs/.production/.postgres': 'DATABASE_URL=postgres://app:${PG_PASSWORD:-Tq8vN3kWz7LpR2xY}@db/app\n',
    })).toEqual([
      ".envs/.production/.django low: .envs/.production/.django (the env_file of compose services 'django', 'celeryworker' in production.yml) is committed with 2 variables, none of them secret-named",
      ".envs/.production/.postgres critical: .envs/.production/.postgres (the env_file of compose services 'django', 'postgres', 'celeryworker' in production.yml) is committed with 1 variable",
    ]);
  });

  it('an .envs/ folder is an env file folder without compose; an .envs/.local one is for development', async () => {
    expect(await judge({ '.envs/.production/.django': 'DJANGO_SECRET_KEY=Qm7vR2pX9tK4wL8nB3yH6jF1sD5gA0zC\n', '.envs/.local/.django': 'DJANGO_SECRET_KEY=x\n', '.envs/.production/.empty': '# nothing\n' })).toEqual([
      '.envs/.local/.django note: .envs/.local/.django (an env file of the .envs/ folder) is committed with 1 variable, for development only',
      '.envs/.production/.django critical: .envs/.production/.django (an env file of the .envs/ folder) is committed with 1 variable',
    ]);
  });

  it('an env_file named otherwise is judged by what it holds; by name, the rules are as ever; what compose does not load is none', async () => {
    expect(await judge({
      'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.2\n    env_file: [config/app.defaults, config/app.defaults.env, config/db, config/missing, config/app.yml, ./web.conf.example]\n',
      'config/app.defaults': 'LOG_LEVEL=info\nTZ=UTC\n',
      'config/app.defaults.env': 'LOG_LEVEL=info\n',
      'config/db': 'DATABASE_URL=postgres://app:s3cr3t-Pa55@db:5432/app\n',
      'config/app.yml': 'log:\n  level: info\n',
      'web.conf.example': 'SECRET_KEY=abc\n',
      'config/unused': 'SECRET_KEY=9f8e7d6c5b4a3f2e1d0c\n',
      'tests/docker-compose.yml': 'services:\n  t:\n    image: x:1\n    env_file: fixture.cfg\n',
      'tests/fixture.cfg': 'SECRET_KEY=9f8e7d6c5b4a3f2e1d0c\n',
    })).toEqual([
      "config/app.defaults low: config/app.defaults (the env_file of compose service 'web' in docker-compose.yml) is committed with 2 variables, none of them secret-named",
      'config/app.defaults.env critical: config/app.defaults.env is committed with 1 variable',
      "config/db critical: config/db (the env_file of compose service 'web' in docker-compose.yml) is committed with 1 variable",
    ]);
  });

  it('a file production and development both load is a production env file; allow names it off', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.2\n    env_file: deploy/web.vars\n',
      'docker-compose.override.yml': 'services:\n  web:\n    env_file: [deploy/web.vars, deploy/dev.vars]\n',
      'deploy/web.vars': 'API_TOKEN=9f8e7d6c5b4a3f2e1d0c\n',
      'deploy/dev.vars': 'API_TOKEN=dev-token-1234\n',
    };
    expect(await judge(files)).toEqual([
      "deploy/dev.vars note: deploy/dev.vars (the env_file of development compose service 'web' in docker-compose.override.yml) is committed with 1 variable, for development only",
      "deploy/web.vars critical: deploy/web.vars (the env_file of compose services 'web' in docker-compose.override.yml and 'web' in docker-compose.yml) is committed with 1 variable",
    ]);
    expect((await runCase(envFileCommitted, { name: 'x', files, options: { allow: ['web.vars', 'deploy/dev.vars'] } })).findings).toEqual([]);
  });
});
