/**
 * QA stop 38 (review C S2, N4): whether the files of a baseline that matches nothing were this repository's. A folder
 * that holds files (`src/`, `.github/workflows/`, which nearly every repository has) is no evidence in a git checkout:
 * git history is (deleted or renamed here), asked by one bounded `git log` whose names are compared in the listing's
 * form (a name with a newline, one that is not UTF-8). Outside git the folder is still the evidence; a shallow clone whose
 * history has none of the files gets the "another repository" finding, which says the clone is shallow.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}
type Doc = { baselineFixed?: number; findings: { check: string; message: string }[] };
async function compared(repo: string, baseline: string) {
  const r = await cli(['--baseline', baseline, '--format', 'json', '--fail-on', 'low', '--no-probes'], repo);
  const doc = JSON.parse(r.stdout) as Doc;
  return { code: r.code, fixed: doc.baselineFixed, config: doc.findings.filter((f) => f.check === 'config').map((f) => f.message) };
}
/** A baseline file beside the repository (never one of its files). */
const blOf = (repo: string) => path.join(repo, '..', `${path.basename(repo)}.bl.json`);
async function record(repo: string): Promise<string[]> {
  expect((await cli(['baseline', '--output', blOf(repo)], repo)).code).toBe(0);
  return (JSON.parse(fs.readFileSync(blOf(repo), 'utf8')) as { findings: { file?: string }[] }).findings.map((f) => f.file ?? '');
}
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
const CHECKLIST = 'version: 1\nitems:\n  - { id: debug, check: debug-mode }\n  - { id: server, check: production-server }\n  - { id: root, check: dockerfile-non-root }\n';
const DJANGO = 'FROM python:3.12\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n';
const FLASK = 'FROM python:3.12-slim\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n';
const NOTHING = /matches nothing here: none of its \d+ entr(y|ies) .*recorded in another repository/;

describe("a baseline of another repository whose files share this one's folders (review C S2)", () => {
  it('is called another repository\'s: a tracked src/ or .github/workflows/ is no evidence that its files were here', async () => {
    const a = makeRepo({ '.github/preflight.yml': CHECKLIST, 'src/settings.py': 'DEBUG = True\n', 'src/Dockerfile': DJANGO, '.github/workflows/ci.yml': 'on: push\n' });
    expect((await record(a)).sort()).toEqual(['src/Dockerfile', 'src/Dockerfile', 'src/settings.py']);
    const b = makeRepo({ '.github/preflight.yml': CHECKLIST, 'src/app.py': 'print(1)\n', '.github/workflows/ci.yml': 'on: push\n' });
    expect(await compared(b, blOf(a))).toMatchObject({ code: 1, fixed: 0, config: [expect.stringMatching(NOTHING)] });
    // Not shallow: nothing said of the clone's history.
    expect((await compared(b, blOf(a))).config[0]).not.toContain('shallow');
  });

  it("counts this repository's entries as fixed when history has their files: deleted, renamed, or in another branch's history", async () => {
    const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, 'src/settings.py': 'DEBUG = True\n', 'src/Dockerfile': DJANGO, 'src/app.py': 'print(1)\n' });
    expect(await record(repo)).toHaveLength(3);
    git(repo, 'rm', '-q', 'src/Dockerfile');
    git(repo, 'mv', 'src/settings.py', 'src/old_settings.txt');
    git(repo, 'commit', '-q', '-m', 'clean up');
    expect(await compared(repo, blOf(repo))).toMatchObject({ code: 0, fixed: 3, config: [] });
    // History of another branch counts too (`--all`): a branch that never had the files, checked out here.
    git(repo, 'checkout', '-q', '--orphan', 'fresh');
    git(repo, 'rm', '-q', '-r', '--cached', 'src');
    fs.rmSync(path.join(repo, 'src'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'src'));
    fs.writeFileSync(path.join(repo, 'src', 'main.py'), 'print(2)\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'fresh');
    expect(await compared(repo, blOf(repo))).toMatchObject({ code: 0, fixed: 3, config: [] });
  });

  it('outside git keeps the folder as the evidence (no history to ask)', async () => {
    const a = makeRepo({ '.github/preflight.yml': CHECKLIST, 'deploy/Dockerfile': FLASK });
    await record(a);
    const plain = (files: Record<string, string>) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-plain-'));
      for (const [rel, text] of Object.entries(files)) { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text); }
      return dir;
    };
    expect(await compared(plain({ '.github/preflight.yml': CHECKLIST, 'deploy/README.md': 'notes\n' }), blOf(a))).toMatchObject({ code: 0, fixed: 3, config: [] });
    expect(await compared(plain({ '.github/preflight.yml': CHECKLIST, 'lib/README.md': 'notes\n' }), blOf(a))).toMatchObject({ code: 1, fixed: 0, config: [expect.stringMatching(NOTHING)] });
  });

  it('in a shallow clone whose history does not reach the deletion: the finding, which says the clone is shallow', async () => {
    const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, 'web/Dockerfile': FLASK, 'web/app.py': 'print(1)\n' });
    await record(repo);
    git(repo, 'rm', '-q', 'web/Dockerfile');
    git(repo, 'commit', '-q', '-m', 'rm');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'later');
    const clone = (depth: number) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-clone-'));
      execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${repo}`, dir], { stdio: 'pipe' });
      return dir;
    };
    const shallow = clone(1);
    fs.copyFileSync(blOf(repo), blOf(shallow));
    const r = await compared(shallow, blOf(shallow));
    expect(r).toMatchObject({ code: 1, fixed: 0, config: [expect.stringMatching(NOTHING)] });
    expect(r.config[0]).toContain("this clone's git history is shallow");
    // History deep enough to hold the deletion (the commit before it too): fixed.
    const deeper = clone(3);
    fs.copyFileSync(blOf(repo), blOf(deeper));
    expect(await compared(deeper, blOf(deeper))).toMatchObject({ code: 0, fixed: 3, config: [] });
  });
});

describe("the history asked for a baseline's files (review C N4)", () => {
  it('finds a deleted file whose name holds a newline, or is not UTF-8 (named as the listing quotes it)', async () => {
    for (const name of [Buffer.from('we\nb/Dockerfile'), Buffer.from('d\xe9p/Dockerfile', 'latin1')]) {
      const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, 'app.py': 'print(1)\n' });
      const abs = Buffer.concat([Buffer.from(`${repo}/`), name]);
      fs.mkdirSync(abs.subarray(0, abs.lastIndexOf(0x2f)), { recursive: true });
      fs.writeFileSync(abs, FLASK);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'image');
      const files = await record(repo);
      expect(files).toHaveLength(3);
      expect(new Set(files).size).toBe(1);
      git(repo, 'rm', '-q', '-r', '--cached', '.');
      fs.rmSync(abs);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'rm');
      expect(await compared(repo, blOf(repo))).toMatchObject({ code: 0, fixed: 3, config: [] });
    }
  });

  it('compares exactly: a name that only matches the pattern asked for a non-UTF-8 one is not taken for it', async () => {
    const a = makeRepo({ '.github/preflight.yml': CHECKLIST });
    const abs = Buffer.concat([Buffer.from(`${a}/`), Buffer.from('d\xe9p/Dockerfile', 'latin1')]);
    fs.mkdirSync(abs.subarray(0, abs.lastIndexOf(0x2f)), { recursive: true });
    fs.writeFileSync(abs, FLASK);
    git(a, 'add', '-A');
    git(a, 'commit', '-q', '-m', 'image');
    expect((await record(a))[0]).toBe('d\\351p/Dockerfile');
    // `dXp/Dockerfile` has one byte where the baseline's name has \351: the glob asked matches it, the name does not.
    const b = makeRepo({ '.github/preflight.yml': CHECKLIST, 'dXp/Dockerfile': FLASK, 'app.py': 'print(1)\n' });
    git(b, 'rm', '-q', 'dXp/Dockerfile');
    git(b, 'commit', '-q', '-m', 'rm');
    expect(await compared(b, blOf(a))).toMatchObject({ code: 1, fixed: 0, config: [expect.stringMatching(NOTHING)] });
  });
});
