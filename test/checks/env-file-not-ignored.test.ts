import { expect, it } from 'vitest';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const VAULT = 'DOTENV_VAULT_PRODUCTION="t9van8k8pJhUnO6tJjmj4sGK7y3cUiKcXeJhC7vPCXNcZ+1t3nGhKb2B8TzI1sqv/Yk7UOLzKqkL0HZlzm+fDTk="\nDOTENV_VAULT_PRODUCTION_VERSION=1\n';
const DOTENVX = 'DOTENV_PUBLIC_KEY="03f8b376234c4f2f0445f392a12e80f3a84b4b0d1e0c3df85c494e45812653c22a"\nHELLO="encrypted:BNr24F4vW9CQ37LOXeRgOL6QlwtJfAoAVXtSdSfpicPDHtqo/Q2HekeCjAWrhxHy"\n';

testCheck(envFileNotIgnored, {
  valid: [
    { name: 'plain .env rule', files: { '.gitignore': 'node_modules/\n.env\n', 'app.py': '' } },
    { name: '.env* with template re-included', files: { '.gitignore': '.env*\n!.env.example\n', '.env.example': 'A=\n', 'api/.env.example': 'A=\n' } },
    { name: '*.env matches .env', files: { '.gitignore': '*.env\n', '.env.example': 'A=\n' } },
    { name: '.env.* plus .env with production template', files: { '.gitignore': '.env\n.env.*\n!*.example\n', '.env.production.example': 'A=\n' } },
    { name: 'nested .gitignore covers its folder', files: { '.gitignore': '/.env\n', 'services/api/.gitignore': '.env\n', 'services/api/.env.sample': 'A=\n' } },
    { name: 'CRLF gitignore', files: { '.gitignore': 'dist\r\n.env\r\n', '.env.example': 'A=\n' } },
    // git never descends into an excluded folder: a `.gitignore` inside it (force-added) re-includes nothing.
    { name: 'a negation in a folder a shallower rule excludes re-includes nothing', files: {
      '.gitignore': '/.env\nthird_party/\n', 'third_party/.gitignore': '!.env\n', 'third_party/acme/.env.example': 'A=\n',
      'tools/.gitignore': 'local/\n', 'tools/local/.gitignore': '!.env\n', 'tools/local/.env.sample': 'A=\n',
    } },
    { name: 'ignored with a later negation of another name', files: { '.gitignore': '**/.env\n!.env.example\n', 'web/.env.template': 'A=\n' } },
    // `names`: exactly the env files an item names. Next.js's `.env*.local` keeps `.env.local` out whether or not `.env` is.
    { name: 'names: a Next.js .env*.local rule ignores .env.local', files: { '.gitignore': '.env*.local\n', 'package.json': '{}' }, options: { names: ['.env.local'] } },
    { name: 'names: ignored in every env folder', files: { '.gitignore': '.env.local\n', 'web/.env.example': 'A=\n' }, options: { names: ['.env.local'] } },
    { name: 'names: a path is tested only there', files: { '.gitignore': 'backend/.env.production\n', 'web/.env.example': 'A=\n' }, options: { names: ['backend/.env.production'] } },
    // QA28 envimages D2: the .gitignore dotenv-vault generates, with the files it asks to commit (and before they exist).
    { name: "dotenv-vault's generated .gitignore and its committed .env.vault", files: { '.gitignore': '.env*\n!.env.vault\n.flaskenv*\n!.env.project\n', '.env.vault': VAULT, '.env.project': 'DOTENV_PROJECT=vlt_7d170552878bb5bc8e269b2e12eeaa02447efaf98b88ce01bd19af505b7207c0\n' } },
    { name: "dotenv-vault's generated .gitignore before its files exist", files: { '.gitignore': '.env*\n!.env.project\n!.env.vault\n', 'app.js': '' } },
    // dotenvx commits its encrypted `.env`: not ignoring it is the workflow; its `.env.keys` is ignored.
    // QA33 crlf D1: a `.ENV` the .gitignore names as spelled is ignored (git matches rules case-sensitively).
    { name: 'a committed .ENV its very name ignores', files: { '.gitignore': '.env\n.ENV\n', '.ENV': 'SECRET_KEY=abc\n' } },
    { name: 'a committed .env.Production beside an ignored .env (like .env.production: not itself judged)', files: { '.gitignore': '.env\n', 'api/.env.Production': 'A=1\n', 'api/.gitignore': '.env\n' } },
    { name: 'a committed dotenvx-encrypted .env with .env.keys ignored', files: { '.gitignore': '.env.keys\n', '.env': DOTENVX } },
    // A key file that is itself sealed names itself: judged once, as env-file-committed judges it (this used to loop forever).
    { name: 'a committed .env.keys whose values are all encrypted: ciphertexts', files: { '.gitignore': 'x\n', '.env': DOTENVX, '.env.keys': DOTENVX } },
  ],
  invalid: [
    // …but the private keys beside the encrypted file must be ignored, and a plain file re-included under a vault name is still one.
    { name: 'a committed dotenvx-encrypted .env without a rule for .env.keys', files: { '.gitignore': 'node_modules/\n', '.env': DOTENVX }, errors: [{ file: '.gitignore', line: 1, message: /^\.gitignore does not ignore '\.env\.keys'; add '\.env\.keys' to \.gitignore/ }] },
    { name: 'a plain-text .env.vault re-included', files: { '.gitignore': '.env*\n!.env.vault\n', '.env.vault': 'VAULT_TOKEN=hvs.CAESIJ4n7Xq2Lm9pRt5Vw8Yz1Ab3Cd6\n' }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore '.env.vault'" }] },
    { name: 'names: an encrypted .env the item names must be ignored all the same', files: { '.gitignore': 'x\n', '.env': DOTENVX }, options: { names: ['.env'] }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore '.env'" }] },
    { name: 'gitignore without env rule', files: { '.gitignore': 'node_modules/\n__pycache__/\n', 'app.py': '' }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore '.env'" }] },
    { name: 'a rule in another case (git on Linux is case-sensitive)', files: { '.gitignore': '.ENV\n', 'app.py': '' }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore '.env'" }] },
    // QA33 crlf D1: git on Linux does not ignore `.ENV` with a `.env` rule; the rule to add names it as spelled.
    { name: 'a .ENV the .env rule does not ignore', files: { '.gitignore': '.env\n', '.ENV': 'SECRET_KEY=abc\n' }, errors: [{ file: '.gitignore', line: 1, message: /^\.gitignore does not ignore '\.ENV'; add '\.ENV' \(git matches ignore rules case-sensitively\) to \.gitignore/ }] },
    { name: 'a .Env with no rule at all: both names, each with its rule', files: { '.gitignore': 'dist/\n', 'web/.Env': 'A=1\n' }, errors: [{ file: '.gitignore', line: 1, message: /does not ignore '\.env', 'web\/\.Env', 'web\/\.env'; add '\.env' and '\.env\.\*' \(with '!\.env\.example'\), and '\.Env' \(git matches ignore rules case-sensitively\) to \.gitignore/ }] },
    { name: 'negated .env', files: { '.gitignore': '.env*\n!.env\n', '.env.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1 }] },
    { name: 'root-anchored rule misses sub-folder', files: { '.gitignore': '/.env\n', 'api/.env.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1, message: "'api/.env'" }] },
    { name: 'template names an unignored real file', files: { '.gitignore': '.env\n', '.env.production.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1, message: "'.env.production'" }] },
    { name: 'no gitignore: points at the template', files: { '.env.example': 'A=\n', 'app.py': '' }, errors: [{ file: '.env.example', line: 1, message: 'no .gitignore' }] },
    { name: 'a negation re-includes a real env file', files: { '.gitignore': '.env*\n!.env.production\n', 'app.py': '' }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore '.env.production'" }] },
    { name: 'nested gitignore is the nearest', files: { '.gitignore': '/.env\n', 'svc/.gitignore': 'build/\n', 'svc/.env.sample': 'A=\n' }, errors: [{ file: 'svc/.gitignore', line: 1, message: "'svc/.env'" }] },
    { name: 'names: .env.local not ignored though .env is (QA-C A2)', files: { '.gitignore': '.env\n', 'app.py': '' }, options: { names: ['.env.local'] }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore '.env.local'" }] },
    { name: 'names: each name at the root and in each env folder', files: { '.gitignore': '/.env.local\n.env\n', 'api/.env.sample': 'A=\n' }, options: { names: ['.env', '.env.local'] }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore 'api/.env.local'" }] },
    { name: 'committed env file next to no rule', files: { '.gitignore': 'dist/\n', 'deploy/prod.env': 'A=1\n' }, errors: [{ file: '.gitignore', line: 1, message: "'.env', 'deploy/.env'" }] },
    // QA (oss-other minor): the rules suggested match the files listed (`.env`/`.env.*` do not match `docker.env`).
    { name: 'a <name>.env file gets a rule that matches it', files: { '.gitignore': '.env\n', 'docker.env.sample': 'A=\n' }, errors: [{ file: '.gitignore', line: 1, message: /does not ignore 'docker\.env'; add '\*\.env' \(it matches '\.env' too\) to \.gitignore/ }] },
    { name: 'dotenv and <name>.env files together', files: { '.gitignore': 'dist/\n', 'plausible-conf.env.example': 'A=\n', '.env.production.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1, message: /'\.env', '\.env\.production', 'plausible-conf\.env'; add '\*\.env' and '\.env\.\*' \(with '!\.env\.example'\)/ }] },
    { name: 'dotenv names keep the .env and .env.* advice', files: { '.gitignore': 'dist/\n', '.env.production.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1, message: /add '\.env' and '\.env\.\*' \(with '!\.env\.example'\) to \.gitignore/ }] },
  ],
});

it('lists every unignored path in one finding per .gitignore', async () => {
  const out = await runCase(envFileNotIgnored, { name: 'x', files: { '.gitignore': 'x\n', 'a/.env.example': '', 'b/.env.example': '' } });
  expect(out.findings).toHaveLength(1);
  expect(out.findings[0]!.message).toContain("'.env', 'a/.env', 'b/.env'");
});

it('scanning a sub-folder: the .gitignore files above it apply, and its own .env is the one judged', async () => {
  const { makeRepo } = await import('../helpers/repo.js');
  const { listFiles } = await import('../../src/repo/files.js');
  const { Snapshot } = await import('../../src/repo/snapshot.js');
  const { executeCheck, parseOptions } = await import('../../src/engine/execute.js');
  const path = await import('node:path');
  const judge = async (files: Record<string, string>) => {
    const repo = makeRepo(files);
    const l = await listFiles(path.join(repo, 'services', 'api'));
    const out = await executeCheck(envFileNotIgnored, new Snapshot(l.root, l.files, l.base), parseOptions(envFileNotIgnored, {}), new Date());
    return out.findings.filter((f) => !f.note).map((f) => `${f.file}: ${f.message.split(';')[0]}`);
  };
  // The root .gitignore ignores .env everywhere: nothing to report for services/api.
  expect(await judge({ '.gitignore': '.env*\n!.env.example\n', 'services/api/Dockerfile': 'FROM x\n' })).toEqual([]);
  // It does not: the finding names services/api/.env, at the .gitignore that should carry the rule.
  expect(await judge({ '.gitignore': 'node_modules/\n', 'services/api/Dockerfile': 'FROM x\n' })).toEqual(['.gitignore: .gitignore does not ignore \'services/api/.env\'']);
});

it('without a .gitignore or an env file the finding names no file (not an unrelated first file)', async () => {
  const out = await runCase(envFileNotIgnored, { name: 'x', files: { 'Dockerfile': 'FROM x\n', 'app.py': '' } });
  expect(out.findings.map((f) => [f.file ?? null, f.line ?? null, f.message.split(';')[0]])).toEqual([[null, null, "no .gitignore ignores '.env'"]]);
});

it('option names: refuses globs, templates, absolute paths, `..` and non-env names', async () => {
  const { parseOptions } = await import('../../src/engine/execute.js');
  for (const bad of ['.env*', '.env.*.local', '*.env', '.env.example', '/.env.local', '../.env', 'a/../.env', 'config.yml', '']) {
    expect(() => parseOptions(envFileNotIgnored, { names: [bad] }), bad).toThrow(/names\.0 .*env file name/);
  }
  expect(() => parseOptions(envFileNotIgnored, { names: [] })).toThrow();
  expect(parseOptions(envFileNotIgnored, { names: ['.env.local', 'api/.env.production', 'prod.env'] })).toEqual({ names: ['.env.local', 'api/.env.production', 'prod.env'] });
});

it('QA-C A2: "`.env.local` files are in `.gitignore`" fails on a repository that ignores only .env', async () => {
  const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
  const { parseOptions } = await import('../../src/engine/execute.js');
  const [local, production] = parseMarkdownChecklist('CHECKLIST.md', '## Secrets Management\n\n- [ ] `.env.local` files are in `.gitignore`\n- [ ] `.env.production` is in `.gitignore`').items;
  const repo = { '.gitignore': '.env\n', 'app.py': '' };
  for (const [item, name] of [[local!, '.env.local'], [production!, '.env.production']] as const) {
    expect(item.checks).toEqual(['env-file-not-ignored']);
    const out = await runCase(envFileNotIgnored, { name: item.id, files: repo, options: parseOptions(envFileNotIgnored, item.options ?? {}) as Record<string, unknown> });
    expect(out.findings.map((f) => f.message.split(';')[0])).toEqual([`.gitignore does not ignore '${name}'`]);
  }
});

it('a .gitignore negation re-includes env files: judged only inside the item\'s scope, the top-level ignore and the scanned folder (QA27 D3)', async () => {
  const { makeRepo } = await import('../helpers/repo.js');
  const { run } = await import('../../src/run.js');
  const path = await import('node:path');
  const files = {
    '.gitignore': '.env*\n!.env.example\n',
    'services/web/app.py': '',
    'services/api/.gitignore': '!.env.production\n',
    'services/api/app.py': '',
    'services/pay/.gitignore': '!.env\n',
    'services/pay/app.py': '',
  };
  const judge = async (checklist: string, dir = '.') => {
    const repo = makeRepo({ ...files, 'c.yml': checklist });
    const { report } = await run({ dir: path.join(repo, dir), cwd: repo, checklist: 'c.yml', probes: false, env: {} });
    return { items: report.items.map((i) => `${i.id}:${i.status}`), findings: report.findings.map((f) => `${f.item} ${f.file}: ${f.message.split(';')[0]}`) };
  };
  // One item on services/web: nothing of api or pay is its business.
  expect(await judge('version: 1\nitems:\n  - { id: web-env, check: env-file-not-ignored, paths: ["services/web/**"] }\n')).toEqual({ items: ['web-env:pass'], findings: [] });
  // The top-level ignore leaves api and pay out of every item.
  expect(await judge('version: 1\nignore: ["services/api/**", "services/pay/**"]\nitems:\n  - { id: env, check: env-file-not-ignored }\n')).toEqual({ items: ['env:pass'], findings: [] });
  // Two items: each keeps the findings of its own scope.
  expect(await judge('version: 1\nitems:\n  - { id: web-env, check: env-file-not-ignored, paths: ["services/web/**"] }\n  - { id: api-env, check: env-file-not-ignored, paths: ["services/api/"] }\n')).toEqual({
    items: ['web-env:pass', 'api-env:fail'],
    findings: ["api-env services/api/.gitignore: services/api/.gitignore does not ignore 'services/api/.env.production'"],
  });
  // Unscoped, both negations are still judged (the rule this check is for).
  expect((await judge('version: 1\nitems:\n  - { id: env, check: env-file-not-ignored }\n')).findings).toEqual([
    "env services/api/.gitignore: services/api/.gitignore does not ignore 'services/api/.env.production'",
    "env services/pay/.gitignore: services/pay/.gitignore does not ignore 'services/pay/.env'",
  ]);
  // A sub-folder scan judges what a root .gitignore negates below it only.
  const sub = makeRepo({ '.gitignore': '.env*\n!services/api/.env.production\n!services/web/.env.staging\n', 'services/web/app.py': '', 'services/api/app.py': '' });
  const { report } = await run({ dir: path.join(sub, 'services/web'), cwd: sub, probes: false, env: {} });
  expect(report.findings.filter((f) => f.check === 'env-file-not-ignored').map((f) => f.message.split(';')[0])).toEqual([".gitignore does not ignore 'services/web/.env.staging'"]);
});

// QA32 D5: the env files this check judges are rightly untracked, so a scope naming one (`paths: [".env"]`, the real
// name behind a tracked template) holds no tracked file: it still judges that path, and its glob is no mistyped folder.
it('an item scoped to an untracked env path judges it (the root .env, the real name behind a template), with no glob warning', async () => {
  const { makeRepo } = await import('../helpers/repo.js');
  const { run } = await import('../../src/run.js');
  const files = { '.gitignore': 'node_modules/\n', 'packages/ui/.env.example': 'API_URL=\n', 'packages/ui/index.js': '', 'test/fixtures/.env.example': 'A=\n', 'app.py': '' };
  const judge = async (checklist: string, extra: Record<string, string> = {}) => {
    const repo = makeRepo({ ...files, ...extra, 'c.yml': checklist });
    const said: string[] = [];
    const logger = { info() {}, debug() {}, warn(msg: string) { said.push(msg); } };
    const { report } = await run({ dir: repo, cwd: repo, checklist: 'c.yml', probes: false, env: {}, logger });
    return { items: report.items.map((i) => `${i.id}:${i.status}${i.reason ? ` (${i.reason})` : ''}`), findings: report.findings.map((f) => `${f.item} ${f.file}: ${f.message.split(';')[0]}`), warned: said.filter((m) => /paths glob/.test(m)).map((m) => m.replace(/^.*paths glob ('[^']*').*$/, '$1')) };
  };
  const items = 'version: 1\nitems:\n  - { id: root, check: env-file-not-ignored, paths: [".env"] }\n  - { id: ui, check: env-file-not-ignored, paths: ["packages/ui/.env"] }\n';
  expect(await judge(items)).toEqual({
    items: ['root:fail', 'ui:fail'],
    findings: [".gitignore does not ignore '.env'", ".gitignore does not ignore 'packages/ui/.env'"].map((m, i) => `${['root', 'ui'][i]} .gitignore: ${m}`),
    warned: [],
  });
  // Ignored: a pass, not a skip for an empty scope.
  expect((await judge(items, { '.gitignore': '.env\n' })).items).toEqual(['root:pass', 'ui:pass']);
  // A misspelt folder is still warned about and skipped; a glob naming no env file too.
  const typo = await judge('version: 1\nitems:\n  - { id: ui, check: env-file-not-ignored, paths: ["pakages/ui/.env", "packages/iu/**"] }\n');
  expect(typo).toEqual({ items: ["ui:skipped (no tracked file is in the item's scope (paths/ignore match nothing))"], findings: [], warned: ["'pakages/ui/.env'", "'packages/iu/**'"] });
  // Another check on an untracked .env path is warned about as before.
  expect((await judge('version: 1\nitems:\n  - { id: s, check: hardcoded-secret, paths: [".env"] }\n')).warned).toEqual(["'.env'"]);
  // A template outside the scope leads only to the paths the scope names: a scope on packages/ui/** judges packages/ui/.env, not the
  // root .env or test/fixtures/.env; the top-level ignore leaves a folder's real env file out with its template.
  expect((await judge('version: 1\nitems:\n  - { id: ui, check: env-file-not-ignored, paths: ["packages/ui/**"] }\n')).findings).toEqual(["ui .gitignore: .gitignore does not ignore 'packages/ui/.env'"]);
  expect((await judge('version: 1\nignore: ["test/fixtures/**"]\nitems:\n  - { id: env, check: env-file-not-ignored, paths: ["**/.env"] }\n')).findings).toEqual(["env .gitignore: .gitignore does not ignore '.env', 'packages/ui/.env'"]);
});

// QA28 robust2 D2: Windows PowerShell 5.1's `echo .env > .gitignore` writes UTF-16; git reads it as bytes and finds no rule
// (`git check-ignore .env` exits 1, `git status` lists `.env`), so it ignores nothing here either, and the finding says why.
it('a .gitignore saved as UTF-16 ignores nothing, as git reads it, and the finding says it is UTF-16', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { makeRepo } = await import('../helpers/repo.js');
  const { listFiles } = await import('../../src/repo/files.js');
  const { Snapshot } = await import('../../src/repo/snapshot.js');
  const { executeCheck, parseOptions } = await import('../../src/engine/execute.js');
  const { execFileSync } = await import('node:child_process');
  const judge = async (gitignores: Record<string, Buffer>) => {
    const repo = makeRepo({ 'app.py': '', 'api/.env.example': 'A=\n' });
    for (const [f, b] of Object.entries(gitignores)) fs.writeFileSync(path.join(repo, f), b);
    execFileSync('git', ['add', '-A'], { cwd: repo });
    const l = await listFiles(repo);
    const out = await executeCheck(envFileNotIgnored, new Snapshot(l.root, l.files, l.base), parseOptions(envFileNotIgnored, {}), new Date());
    return out.findings.map((f) => `${f.file}: ${f.message}`);
  };
  const utf16le = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
  const utf16be = (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]);
  expect(await judge({ '.gitignore': utf16le('.env\r\n') })).toEqual([
    ".gitignore: .gitignore does not ignore '.env', 'api/.env'; .gitignore is saved as UTF-16 (as Windows PowerShell's `>` writes it), which git reads as bytes: it finds no rule in it, so save it as UTF-8; add '.env' and '.env.*' (with '!.env.example') to .gitignore so real env files are never committed",
  ]);
  expect((await judge({ '.gitignore': utf16be('*.env\n') }))[0]).toMatch(/^\.gitignore: \.gitignore does not ignore '\.env', 'api\/\.env'; \.gitignore is saved as UTF-16/);
  // Without a byte-order mark (NUL bytes): the same to git.
  expect((await judge({ '.gitignore': Buffer.from('.env\n', 'utf16le') }))[0]).toMatch(/\.gitignore holds NUL bytes \(saved as UTF-16 without a byte-order mark\?\): git reads each line only up to its first NUL byte, so save it as UTF-8/);
  // A UTF-16 .gitignore in a sub-folder is named for the paths below it; the UTF-8 root one still works for the root.
  expect(await judge({ '.gitignore': Buffer.from('/.env\n'), 'api/.gitignore': utf16le('.env\n') })).toEqual([
    "api/.gitignore: api/.gitignore does not ignore 'api/.env'; api/.gitignore is saved as UTF-16 (as Windows PowerShell's `>` writes it), which git reads as bytes: it finds no rule in it, so save it as UTF-8; add '.env' and '.env.*' (with '!.env.example') to .gitignore so real env files are never committed",
  ]);
  // UTF-8, with a byte-order mark and CRLF: git reads it (a UTF-8 BOM it skips).
  expect(await judge({ '.gitignore': Buffer.from('\uFEFF.env\r\n') })).toEqual([]);
});

it('names the rule that un-ignores an env file — a negation, a folder-only pattern — instead of asking to add .env again (QA31 creds D1)', async () => {
  const messages = async (files: Record<string, string>) => (await runCase(envFileNotIgnored, { name: 'x', files })).findings.map((f) => `${f.file}: ${f.message}`);
  const add = "add '.env' and '.env.*' (with '!.env.example') to .gitignore so real env files are never committed";
  expect(await messages({ '.gitignore': '.env\n!.env\n', 'app.py': '' })).toEqual([".gitignore: .gitignore does not ignore '.env'; the negation '!.env' (.gitignore:2) re-includes it: remove that line so real env files are never committed"]);
  expect(await messages({ '.gitignore': '.env*\n!.env.production\n', 'app.py': '' })).toEqual([".gitignore: .gitignore does not ignore '.env.production'; the negation '!.env.production' (.gitignore:2) re-includes it: remove that line so real env files are never committed"]);
  expect(await messages({ '.gitignore': '.env/\nvenv/\n', 'app.py': '' })).toEqual([".gitignore: .gitignore does not ignore '.env'; the rule '.env/' (.gitignore:1) ignores only folders so named, not the file: write '.env' without the trailing slash so real env files are never committed"]);
  // In a nested .gitignore, with CRLF and trailing spaces.
  expect(await messages({ '.gitignore': '.env\r\n', 'api/.gitignore': 'dist\r\n!.env  \r\n', 'api/.env.example': 'A=\n' })).toEqual(["api/.gitignore: api/.gitignore does not ignore 'api/.env'; the negation '!.env' (api/.gitignore:2) re-includes it: remove that line so real env files are never committed"]);
  // One path explained, another missing its rule: both said.
  expect(await messages({ '.gitignore': '*.local\n!.env.local\n', '.env.local.example': 'A=\n' })).toEqual([`.gitignore: .gitignore does not ignore '.env', '.env.local'; the negation '!.env.local' (.gitignore:2) re-includes '.env.local': remove that line; ${add}`]);
  // Counter-cases: a negation with nothing before it to undo, a folder-only rule for another name, and a comment are no cause.
  expect(await messages({ '.gitignore': '!.env\n', 'app.py': '' })).toEqual([`.gitignore: .gitignore does not ignore '.env'; ${add}`]);
  expect(await messages({ '.gitignore': 'envs/\n# .env/\n', 'app.py': '' })).toEqual([`.gitignore: .gitignore does not ignore '.env'; ${add}`]);
  // Two negations: removing either one alone does not ignore the file, so neither is named.
  expect(await messages({ '.gitignore': '.env\n!.env\n!/.env\n', 'app.py': '' })).toEqual([`.gitignore: .gitignore does not ignore '.env'; ${add}`]);
  // Still passes when the file is ignored after all (a later rule ignores it again).
  expect(await messages({ '.gitignore': '.env/\n!.env\n.env\n', 'app.py': '' })).toEqual([]);
});
