import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { filelessContent, fingerprint } from '../../src/gate/gate.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const CHECKLIST = 'version: 1\nfail-on: low\nitems:\n  - { id: envi, check: env-file-not-ignored }\n  - { id: root, check: dockerfile-non-root }\n';
/** A monorepo of two services and no .gitignore at all: the missing `.env` rule is a repository-wide finding (no file). */
const MONO = {
  'c.yml': CHECKLIST,
  'services/web/Dockerfile': 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n',
  'services/web/app.py': 'print("hi")\n',
  'services/api/Dockerfile': 'FROM node:22\nCMD ["node", "server.js"]\n',
};

type Doc = { baselineFixed?: number; findings: { check: string; file: string | null; line: number | null; message: string; fingerprint?: string; baseline?: boolean; note?: boolean }[] };
async function fresh(repo: string, baseline: string, args: string[]) {
  const r = await cli(['--checklist', 'c.yml', ...args, '--baseline', baseline, '--format', 'json'], repo);
  const doc = JSON.parse(r.stdout) as Doc;
  return { code: r.code, fixed: doc.baselineFixed, doc, fresh: doc.findings.filter((f) => !f.note && !f.baseline).map((f) => `${f.check} ${f.file}:${f.line}`) };
}
const write = (repo: string, files: Record<string, string>) => {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    fs.writeFileSync(path.join(repo, rel), text);
  }
  execFileSync('git', ['add', '-A', '-f'], { cwd: repo, stdio: 'pipe' });
};
async function recorded(files: Record<string, string>, args: string[] = []) {
  const repo = makeRepo(files);
  expect((await cli(['baseline', '--checklist', 'c.yml', ...args, '--output', 'b.json'], repo)).code).toBe(0);
  return repo;
}
const entries = (repo: string) => (JSON.parse(fs.readFileSync(path.join(repo, 'b.json'), 'utf8')) as { findings: { check: string; file: string | null; message: string; fingerprint: string }[] }).findings;

describe('a baseline recorded at the root, a run on one folder (stop 37 D1)', () => {
  it('knows the repository-wide missing .gitignore rule, counts nothing as fixed and passes', async () => {
    const repo = await recorded(MONO);
    const wide = entries(repo).find((e) => e.check === 'env-file-not-ignored')!;
    expect(wide).toMatchObject({ file: null, message: expect.stringContaining("no .gitignore ignores '.env'") });
    const r = await fresh(repo, 'b.json', ['--dir', 'services/web']);
    expect(r).toMatchObject({ code: 0, fresh: [], fixed: 0 });
    // The same problem, worded for the folder: known, and its own fingerprint (JSON, SARIF) is what it was.
    const f = r.doc.findings.find((x) => x.check === 'env-file-not-ignored')!;
    expect(f).toMatchObject({ file: null, baseline: true, message: expect.stringContaining("'services/web/.env'") });
    expect(f.fingerprint).toBe(fingerprint('env-file-not-ignored', null, filelessContent(null, f.message)));
    expect(f.fingerprint).not.toBe(wide.fingerprint);
    // The text report says nothing is fixed.
    expect((await cli(['--checklist', 'c.yml', '--dir', 'services/web', '--baseline', 'b.json'], repo)).stdout).not.toMatch(/baseline entr(y is|ies are) fixed/);
  });

  it("a root entry about the root's .env is another folder's: not fixed by a folder's run that finds no such problem", async () => {
    // The web folder's own template: its finding is located (the template), the root's `.env` one repository-wide.
    const repo = await recorded({ ...MONO, 'services/web/.env.example': 'DB_URL=\n' });
    expect(entries(repo).filter((e) => e.check === 'env-file-not-ignored').map((e) => e.file)).toEqual([null, 'services/web/.env.example']);
    expect(await fresh(repo, 'b.json', ['--dir', 'services/web'])).toMatchObject({ code: 0, fresh: [], fixed: 0 });
    // services/web gets its own .gitignore: its located entry is fixed; the root's `.env` entry is still not this run's.
    write(repo, { 'services/web/.gitignore': '.env\n.env.*\n!.env.example\n' });
    expect(await fresh(repo, 'b.json', ['--dir', 'services/web'])).toMatchObject({ code: 0, fresh: [], fixed: 1 });
    // At the root both ran: the root's `.env` is still not ignored, so only the web entry is fixed.
    expect(await fresh(repo, 'b.json', [])).toMatchObject({ code: 0, fresh: [], fixed: 1 });
  });

  it("a folder's repository-wide entry counts as fixed in that folder's run once the rule is added", async () => {
    const repo = await recorded(MONO, ['--dir', 'services/web']);
    expect(entries(repo).find((e) => e.check === 'env-file-not-ignored')).toMatchObject({ file: null, message: expect.stringContaining("'services/web/.env'") });
    expect(await fresh(repo, 'b.json', ['--dir', 'services/web'])).toMatchObject({ code: 0, fresh: [], fixed: 0 });
    write(repo, { '.gitignore': '.env\n' });
    expect(await fresh(repo, 'b.json', ['--dir', 'services/web'])).toMatchObject({ code: 0, fresh: [], fixed: 1 });
  });

  it('a new missing rule in another folder is still new (a real misconfiguration fires)', async () => {
    // Recorded at the root with a .gitignore that ignores `.env` everywhere: no entry for the rule.
    const repo = await recorded({ ...MONO, '.gitignore': '.env\n' });
    expect(entries(repo).some((e) => e.check === 'env-file-not-ignored')).toBe(false);
    // The rule is dropped: the folder's run reports it as new and fails.
    write(repo, { '.gitignore': 'node_modules/\n' });
    const r = await fresh(repo, 'b.json', ['--dir', 'services/web']);
    expect(r.code).toBe(1);
    expect(r.fresh).toEqual(['env-file-not-ignored .gitignore:1']);
  });
});

describe('the note on fixed baseline entries names them (stop 37, minor)', () => {
  it('by check and file:line, or by the start of the fingerprint for a repository-wide entry; not in the JSON report', async () => {
    const repo = await recorded(MONO);
    const wide = entries(repo).find((e) => e.check === 'env-file-not-ignored')!;
    write(repo, { 'services/api/Dockerfile': 'FROM node:22\nUSER node\nCMD ["node", "server.js"]\n', '.gitignore': '.env\n.env.*\n' });
    const text = await cli(['--checklist', 'c.yml', '--baseline', 'b.json'], repo);
    expect(text.stdout).toContain(`2 baseline entries are fixed (dockerfile-non-root at services/api/Dockerfile:1; env-file-not-ignored with fingerprint ${wide.fingerprint.slice(0, 8)}) — the baseline can shrink`);
    const md = await cli(['--checklist', 'c.yml', '--baseline', 'b.json', '--format', 'markdown'], repo);
    expect(md.stdout).toContain('2 baseline entries are fixed (dockerfile-non-root at services/api/Dockerfile:1; env-file-not-ignored with fingerprint');
    const json = await fresh(repo, 'b.json', []);
    expect(json.fixed).toBe(2);
    expect(Object.keys(json.doc).sort()).toEqual(['baselineFixed', 'checklist', 'context', 'counts', 'failOn', 'findings', 'items', 'result', 'target', 'tool', 'version']);
  });
});
