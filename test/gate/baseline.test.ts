import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { stableSubject } from '../../src/gate/gate.js';
import { lineHash } from '../../src/gate/baseline.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const CHECKLIST = 'version: 1\nfail-on: low\nitems:\n  - { id: debug, check: debug-mode }\n  - { id: envc, check: env-file-committed }\n  - { id: envi, check: env-file-not-ignored }\n  - { id: secrets, check: hardcoded-secret }\n';
const TOKEN = 'ghp_wJBkpM82NZyTKfmMUTtsBUWOXO2ZJp9vidsb';
const BEFORE = {
  '.env': 'DB_HOST=db\nDB_PASSWORD=Zk8pQ2vLw9xR4tYb\nPORT=8000\n',
  '.gitignore': 'node_modules/\n',
  'app/settings/production.py': 'import os\n\nDEBUG = True\nALLOWED_HOSTS = ["example.com"]\n',
  'Dockerfile': 'FROM python:3.12-slim\nUSER app\nENV DJANGO_SETTINGS_MODULE=app.settings.production\nCMD ["gunicorn", "app.wsgi"]\n',
  'web/config.js': `module.exports = {\n  githubToken: "${TOKEN}",\n};\n`,
  'c.yml': CHECKLIST,
};
/** What the previous release (version 2 fingerprints, line text for a committed .env, a .gitignore, Django's DEBUG) wrote on BEFORE. */
const PREVIOUS = {
  version: 2, tool: 'preflight',
  findings: ([
    ['env-file-committed', '.env', '3ba2af943446748cbbaaa5d601f008c6'],
    ['hardcoded-secret', '.env', '841b57ea183d99225f9444c2bfc8ce41'],
    ['debug-mode', 'app/settings/production.py', '9c2e6dc7e4804ed7d99ee5278fe48f58'],
    ['debug-mode', 'Dockerfile', '8a7cf2e35dc3405a0bc6bc10bf65680a'],
    ['hardcoded-secret', 'web/config.js', 'b78b5a7ada1db1616b5b0fd7049fad5f'],
    ['env-file-not-ignored', '.gitignore', '8ed420721adc13805859306ac558eae5'],
  ] as const).map(([check, file, fingerprint]) => ({ check, file, fingerprint, message: '…' })),
};

/** Writes files and adds them to git (what a check sees as committed). */
const write = (repo: string, files: Record<string, string>) => {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    fs.writeFileSync(path.join(repo, rel), text);
  }
  execFileSync('git', ['add', '-A', '-f'], { cwd: repo, stdio: 'pipe' });
};
/** The findings a run with the baseline does not know (`check file:line`), its exit code and report. */
async function fresh(repo: string, baseline: string, args: string[] = ['--checklist', 'c.yml']) {
  const r = await cli([...args, '--baseline', baseline, '--format', 'json'], repo);
  const doc = JSON.parse(r.stdout) as { baselineFixed?: number; findings: { check: string; file: string | null; line: number | null; message: string; baseline?: boolean; note?: boolean }[] };
  return { code: r.code, fixed: doc.baselineFixed, doc, fresh: doc.findings.filter((f) => !f.note && !f.baseline).map((f) => `${f.check} ${f.file}:${f.line}`) };
}
async function recorded(files: Record<string, string> = BEFORE) {
  const repo = makeRepo(files);
  expect((await cli(['baseline', '--checklist', 'c.yml', '--output', 'b.json'], repo)).code).toBe(0);
  return repo;
}

describe('baseline encoding (crlf D2)', () => {
  it('a UTF-16 or Windows-1252 baseline is said to be one, as a checklist is, not a JSON syntax error', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:latest\n', 'c.yml': 'version: 1\nitems:\n  - { id: pin, check: image-tag-pinned }\n' });
    const json = '{"version": 2, "tool": "preflight", "findings": []}\r\n';
    fs.writeFileSync(path.join(repo, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    fs.writeFileSync(path.join(repo, 'nobom.json'), Buffer.from(json, 'utf16le'));
    fs.writeFileSync(path.join(repo, 'latin1.json'), Buffer.from('{"version": 2, "tool": "preflight", "findings": [{"check": "x", "fingerprint": "caf\xe9"}]}\n', 'latin1'));
    fs.writeFileSync(path.join(repo, 'bom.json'), `\uFEFF${json}`);
    const run = (file: string) => cli(['--no-probes', '--checklist', 'c.yml', '--baseline', file], repo);
    const u = await run('utf16.json');
    expect(u.code).toBe(2);
    expect(u.stderr).toBe('preflight: utf16.json:1:1: the baseline starts with a UTF-16 byte-order mark: save it as UTF-8\n');
    expect((await run('nobom.json')).stderr).toMatch(/^preflight: nobom\.json:1:2: the baseline is not UTF-8 text \(a NUL byte; it looks like UTF-16\): save it as UTF-8/);
    expect((await run('latin1.json')).stderr).toMatch(/^preflight: latin1\.json:1:\d+: the baseline is not UTF-8 text \(a byte that is no UTF-8 character/);
    // A UTF-8 byte-order mark and CRLF are fine.
    const bom = await run('bom.json');
    expect(bom.code, bom.stderr).toBe(0);
    expect(bom.stdout).toMatch(/Dockerfile:1:6  high/);
  });
});

describe('baseline keys (QA30 baseline)', () => {
  it('D1: a finding naming another file\'s line (DJANGO_SETTINGS_MODULE selecting DEBUG = True "at line 3") stays known when lines are added above it', async () => {
    // The image selects a development module, whose own DEBUG line is only a note: the selection is the finding (a module
    // whose DEBUG line fails on its own is that one finding, QA44 fullrepos24 D2).
    const repo = await recorded({ ...BEFORE, 'app/settings/dev.py': 'import os\n\nDEBUG = True\n', 'Dockerfile': BEFORE.Dockerfile.replace('production', 'dev') });
    expect(await fresh(repo, 'b.json')).toMatchObject({ code: 0, fresh: [] });
    write(repo, { 'app/settings/dev.py': '"""Development settings."""\nimport os\nimport sys\n\nDEBUG = True\n' });
    const r = await fresh(repo, 'b.json');
    expect(r.doc.findings.find((f) => f.file === 'Dockerfile')!.message).toContain('at line 5');
    expect(r).toMatchObject({ code: 0, fresh: [], fixed: 0 });
    // Another settings module selected is another finding.
    write(repo, { 'app/settings/local.py': 'DEBUG = True\n', 'Dockerfile': BEFORE.Dockerfile.replace('production', 'local') });
    expect((await fresh(repo, 'b.json')).fresh).toEqual(expect.arrayContaining(['debug-mode Dockerfile:3']));
  });

  it('D1: line references leave a subject (`line N`, a repository file\'s FILE:N), other numbers stay', () => {
    const isFile = (p: string) => p === 'Procfile' || p === 'app/main.py';
    expect(stableSubject('selects a.py (DEBUG = True at line 9)', isFile)).toBe(stableSubject('selects a.py (DEBUG = True at line 12)', isFile));
    expect(stableSubject('FLASK_DEBUG (run by web in Procfile:3)', isFile)).toBe(stableSubject('FLASK_DEBUG (run by web in Procfile:7)', isFile));
    expect(stableSubject('app.run() (app/main.py:40:5)', isFile)).toBe('app.run() (app/main.py:#)');
    // Not a file here: a port, an image tag, a time.
    expect(stableSubject('service db port 5432', isFile)).toBe('service db port 5432');
    expect(stableSubject('binds localhost:8000 and 0.0.0.0:5678', isFile)).toBe('binds localhost:8000 and 0.0.0.0:5678');
  });

  it('D2: a committed .env and a .gitignore that does not ignore it are known by file, not by their first line', async () => {
    const repo = await recorded();
    // A comment on top, reordered variables, a changed first value; rules added at the top of .gitignore.
    write(repo, { '.env': '# local settings\nPORT=8000\nDB_PASSWORD=Zk8pQ2vLw9xR4tYb\nDB_HOST=db.internal\n', '.gitignore': '__pycache__/\n*.pyc\nnode_modules/\n' });
    expect(await fresh(repo, 'b.json')).toMatchObject({ code: 0, fresh: [] });
    // Another committed env file is new (the .gitignore lacking the rules is the same finding, about that file).
    write(repo, { 'deploy/.env.production': 'SECRET_KEY=x\n' });
    expect((await fresh(repo, 'b.json')).fresh.sort()).toEqual(['env-file-committed deploy/.env.production:1']);
    // Another .gitignore lacking them is new.
    write(repo, { 'deploy/.gitignore': 'dist/\n' });
    expect((await fresh(repo, 'b.json')).fresh.sort()).toEqual(['env-file-committed deploy/.env.production:1', 'env-file-not-ignored deploy/.gitignore:1']);
  });

  it('D2: a committed .env of public variables only (low) that gets a secret one (critical) is a new finding', async () => {
    const repo = await recorded({ ...BEFORE, '.env': 'NEXT_PUBLIC_API_URL=https://api.example.com\n' });
    write(repo, { '.env': 'NEXT_PUBLIC_API_URL=https://api.example.com\nSTRIPE_KEY=x\n' });
    expect((await fresh(repo, 'b.json')).fresh).toContain('env-file-committed .env:1');
  });

  it('D3: Django settings DEBUG = True is known by its key and module: a formatter\'s DEBUG=True or a trailing comment keep it known', async () => {
    const repo = await recorded();
    write(repo, { 'app/settings/production.py': 'import os\n\nDEBUG=True  # TODO: read from env\nALLOWED_HOSTS = ["example.com"]\n' });
    expect(await fresh(repo, 'b.json')).toMatchObject({ code: 0, fresh: [] });
    // The same setting in another module is new.
    write(repo, { 'app/settings/staging.py': 'DEBUG = True\n' });
    expect((await fresh(repo, 'b.json')).fresh).toEqual(['debug-mode app/settings/staging.py:1']);
  });

  it('D4: only entries whose check ran over their file count as fixed; a baseline of another repository says it matches nothing', async () => {
    const repo = await recorded({ ...BEFORE, 'svc/Dockerfile': 'FROM node:20\nUSER node\nENV NODE_ENV=development\n' });
    // Scanning a subfolder: the entries of files outside it were not checked.
    expect(await fresh(repo, 'b.json', ['--checklist', 'c.yml', '--dir', 'svc'])).toMatchObject({ fresh: [], fixed: 0 });
    // A checklist running one check, another switching one off: the other checks' entries were not checked.
    write(repo, { 'one.yml': 'version: 1\nitems:\n  - { id: secrets, check: hardcoded-secret }\n' });
    expect(await fresh(repo, 'b.json', ['--checklist', 'one.yml'])).toMatchObject({ code: 0, fresh: [], fixed: 0 });
    expect(await fresh(repo, 'b.json', ['--checklist', 'c.yml', '--severity', 'debug-mode=off'])).toMatchObject({ code: 0, fresh: [], fixed: 0 });
    // Really fixed: counted.
    write(repo, { 'web/config.js': 'module.exports = { githubToken: process.env.GITHUB_TOKEN };\n' });
    expect(await fresh(repo, 'b.json')).toMatchObject({ code: 0, fresh: [], fixed: 1 });
    const text = await cli(['--checklist', 'c.yml', '--baseline', 'b.json'], repo);
    expect(text.stdout).toContain('1 baseline entry is fixed');
    // Another repository's baseline: nothing counted as fixed, and a config finding says why.
    const other = makeRepo({ 'api/Dockerfile': 'FROM node:20\nUSER node\nENV NODE_ENV=development\n', 'c.yml': CHECKLIST });
    const r = await fresh(other, path.join(repo, 'b.json'));
    expect(r.fixed).toBe(0);
    expect(r.doc.findings.find((f) => f.check === 'config')!.message).toMatch(/matches nothing here: none of its 6 entries is a finding of this run or names one of its files/);
  });

  it('D5: a known secret pasted again above its line: the pasted line is the new finding, the recorded one stays known', async () => {
    const repo = await recorded();
    const entry = (JSON.parse(fs.readFileSync(path.join(repo, 'b.json'), 'utf8')) as { findings: { file: string; line?: number; lineHash?: string }[] }).findings.find((f) => f.file === 'web/config.js')!;
    expect(entry).toMatchObject({ line: 2, lineHash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(entry)).not.toContain(TOKEN);
    write(repo, { 'web/config.js': `// legacy\nconst LEGACY_TOKEN = "${TOKEN}";\nmodule.exports = {\n  githubToken: "${TOKEN}",\n};\n` });
    expect((await fresh(repo, 'b.json')).fresh).toEqual(['hardcoded-secret web/config.js:2']);
    // Pasted right above, on the recorded line number: still the copy.
    write(repo, { 'web/config.js': `module.exports = {\n  legacyToken: "${TOKEN}",\n  githubToken: "${TOKEN}",\n};\n` });
    expect((await fresh(repo, 'b.json')).fresh).toEqual(['hardcoded-secret web/config.js:2']);
    // An identical line (nothing tells copy from original): the one on the recorded line stays known.
    write(repo, { 'web/config.js': `module.exports = {\n  githubToken: "${TOKEN}",\n  githubToken: "${TOKEN}",\n};\n` });
    expect((await fresh(repo, 'b.json')).fresh).toEqual(['hardcoded-secret web/config.js:3']);
    // Of two as near, the later one (a line pasted above pushed the original down).
    write(repo, { 'web/config.js': `module.exports = {\n  githubToken: "${TOKEN}",\n  x: 1,\n  githubToken: "${TOKEN}",\n};\n`.replace('module.exports = {\n', '') });
    expect((await fresh(repo, 'b.json')).fresh).toEqual(['hardcoded-secret web/config.js:1']);
    // Below it: the copy below.
    write(repo, { 'web/config.js': `module.exports = {\n  githubToken: "${TOKEN}",\n  other: 1,\n  legacyToken: "${TOKEN}",\n};\n` });
    expect((await fresh(repo, 'b.json')).fresh).toEqual(['hardcoded-secret web/config.js:4']);
  });

  it('an entry\'s lineHash is the hash of the line its finding was fingerprinted by, as the scan read it (a UTF-16 file too)', async () => {
    const repo = makeRepo({ 'c.yml': CHECKLIST });
    const line = `  githubToken: "${TOKEN}",`;
    fs.writeFileSync(path.join(repo, 'web.js'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`module.exports = {\n${line}\n};\n`, 'utf16le')]));
    execFileSync('git', ['add', '-A', '-f'], { cwd: repo, stdio: 'pipe' });
    expect((await cli(['baseline', '--checklist', 'c.yml', '--output', 'b.json'], repo)).code).toBe(0);
    const entry = (JSON.parse(fs.readFileSync(path.join(repo, 'b.json'), 'utf8')) as { findings: { file: string; line?: number; lineHash?: string }[] }).findings.find((f) => f.file === 'web.js');
    expect(entry).toMatchObject({ line: 2, lineHash: lineHash(line) });
  });

  it('a baseline the previous release wrote (version 2, no lines) still knows the same findings', async () => {
    const repo = makeRepo(BEFORE);
    write(repo, { 'prev.json': JSON.stringify(PREVIOUS, null, 2) });
    // Its Dockerfile entry (the ENV selecting production.py, whose own DEBUG line fails) is no finding any more: fixed (QA44 fullrepos24 D2).
    expect(await fresh(repo, 'prev.json')).toMatchObject({ code: 0, fresh: [], fixed: 1 });
    // The edits it tolerated: lines moved in the Dockerfile, variables appended to .env, the secret moved down.
    write(repo, {
      'Dockerfile': `# syntax=docker/dockerfile:1\n\n${BEFORE.Dockerfile}`,
      '.env': `${BEFORE['.env']}LOG_LEVEL=info\n`,
      'web/config.js': `// config\nmodule.exports = {\n  githubToken: "${TOKEN}",\n};\n`,
    });
    expect(await fresh(repo, 'prev.json')).toMatchObject({ code: 0, fresh: [], fixed: 1 });
    // Re-recorded: the same findings, keyed so that the edits above keep them known.
    expect((await cli(['baseline', '--checklist', 'c.yml', '--output', 'b.json'], repo)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'b.json'), 'utf8')).version).toBe(2);
    write(repo, { 'app/settings/production.py': '# prod\nimport os\n\nDEBUG=True\nALLOWED_HOSTS = ["example.com"]\n', '.env': '# top\nDB_HOST=db\nDB_PASSWORD=Zk8pQ2vLw9xR4tYb\nPORT=8000\n' });
    expect(await fresh(repo, 'b.json')).toMatchObject({ code: 0, fresh: [] });
  });
});
