// QA stop 43, fault tolerance (robust): a dot-file checklist (`.preflight.yml`) was dropped without a word (D1); a
// deleted current directory crashed every command with Node's stack trace and exit 1 (D2); a Dockerfile just under the
// 1 MiB read limit cost ~330 MB to parse (D3); a checklist's `baseline:`/`probes.ca` could name a file in `.git/` (D4).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checklistNotDiscoveredNotice, main as actionMain } from '../src/action/main.js';
import { main, type CliIO } from '../src/cli.js';
import { parseYamlChecklist } from '../src/checklist/load.js';
import { MAX_DOCKERFILE_BYTES } from '../src/repo/dockerfile.js';
import { inGitFolder, RepoReader } from '../src/repo/read.js';
import { checklistsNotDiscovered, run } from '../src/run.js';
import { ConfigError } from '../src/types.js';
import { currentDirectory } from '../src/user-file.js';
import { makeRepo } from './helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;

async function cli(args: string[], cwd: string | null) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The messages of the ConfigError `fn` throws (file:line:column: message each). */
async function configErrors(fn: () => Promise<unknown>): Promise<string[]> {
  try { await fn(); } catch (e) { if (e instanceof ConfigError) return e.all().map((x) => x.format()); throw e; }
  return [];
}

const CODE = { 'Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n' };
const YAML_CHECKLIST = 'version: 1\nfail-on: high\nitems:\n  - id: only-this\n    check: image-tag-pinned\n';

describe('D1: a file named like a checklist but not discovered is named in a notice, whatever its spelling', () => {
  const write = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-near43-'));
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  };

  it.each(['.preflight.yml', '.preflight.yaml', '.github/preflight-checklist.yml', 'preflight.yaml', 'docs/preflight.yml', '.github/.preflight.yml', 'Preflight.YML', 'release-checklist.yaml'])('%s', (name) => {
    expect(checklistsNotDiscovered(write({ [name]: YAML_CHECKLIST }))).toEqual([name]);
  });

  it('a YAML look-alike is one when it has a checklist\'s keys (items, extends); a Markdown one when it has a task list', () => {
    const dir = write({
      '.preflight.yml': 'version: 1\nextends: [recommended]\n',
      // Replicated troubleshoot's preflight spec: another tool's file of that name.
      'preflight.yaml': 'apiVersion: troubleshoot.sh/v1beta2\nkind: Preflight\nmetadata:\n  name: app\nspec:\n  analyzers: []\n',
      'production-checklist.md': '# Production checklist\n\nSee the wiki.\n',
      'docs/preflight.md': '# Checklist\n- [ ] Backups tested\n',
      '.github/workflows/preflight.yml': 'on: push\njobs: {}\n',
    });
    expect(checklistsNotDiscovered(dir)).toEqual(['.preflight.yml', 'docs/preflight.md']);
    // An ordered task list, and a file saved as UTF-16 (the loader says to save it as UTF-8 once it is named).
    const more = write({ 'launch-checklist.md': '# Launch\n1. [ ] Backups tested\n', 'deploy_checklist.md': `\uFEFF# Deploy\n- [ ] HSTS\n` });
    fs.writeFileSync(path.join(more, 'deploy_checklist.md'), Buffer.from('\uFEFF# Deploy\n- [ ] HSTS\n', 'utf16le'));
    expect(checklistsNotDiscovered(more)).toEqual(['deploy_checklist.md', 'launch-checklist.md']);
  });

  it('the CLI says it on stderr (the examiner\'s m3), and the action\'s notice names it', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:latest\nUSER 10001\n', '.preflight.yml': YAML_CHECKLIST });
    const r = await cli(['--no-probes', '--format', 'json'], repo);
    expect(JSON.parse(r.stdout)).toMatchObject({ failOn: 'critical', result: 'pass' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('preflight: no checklist discovered in the current directory (discovery looks for .github/preflight.yml, .github/preflight.yaml, preflight.yml, PRODUCTION_CHECKLIST.md, docs/PRODUCTION_CHECKLIST.md), so the built-in recommended preset ran (fail-on: critical); .preflight.yml looks like a checklist but is not read under that name: to use it, add --checklist .preflight.yml (or rename it to one of those names)\n');
    expect(checklistNotDiscoveredNotice('.', repo, 'critical')).toContain('. .preflight.yml looks like a checklist but is not read under that name: to use it, set the checklist input to `.preflight.yml`, or rename it to one of those names.');
    // Named, it is the gate: its fail-on applies.
    const named = await cli(['--no-probes', '--format', 'json', '--checklist', '.preflight.yml'], repo);
    expect(named.stderr).toBe('');
    expect(JSON.parse(named.stdout).failOn).toBe('high');
    expect(named.code).toBe(1);
  });
});

describe('D2: a current directory that no longer exists', () => {
  it('currentDirectory() says so (null) instead of throwing', () => {
    const before = process.cwd();
    const gone = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-gone-'));
    try {
      process.chdir(gone);
      fs.rmdirSync(gone);
      expect(() => process.cwd()).toThrow();
      expect(currentDirectory()).toBeNull();
    } finally { process.chdir(before); }
    expect(currentDirectory()).toBe(before);
  });

  it('--version, --help and list need none; an absolute --dir scans; a relative path is a usage error (exit 2) naming it', async () => {
    expect(await cli(['--version'], null)).toMatchObject({ code: 0, stderr: '' });
    expect((await cli(['--help'], null)).code).toBe(0);
    expect(await cli(['list', '--format', 'json'], null)).toMatchObject({ code: 0, stderr: '' });
    const repo = fs.realpathSync(makeRepo({ ...CODE, '.preflight.yml': YAML_CHECKLIST }));
    const scan = await cli(['--dir', repo, '--no-probes', '--format', 'json'], null);
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout).result).toBe('pass');
    // The --checklist it suggests is absolute: there is no directory to be relative to.
    expect(scan.stderr).toContain(`to use it, add --checklist ${repo}/.preflight.yml (or rename it`);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-out-')), 'base.json');
    expect((await cli(['baseline', '--dir', repo, '--output', out], null)).code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    const none = await cli(['--no-probes'], null);
    expect(none).toEqual({ code: 2, stdout: '', stderr: "preflight: the current directory no longer exists (it was deleted or moved after the shell entered it), and no --dir is given (its default is the current directory): cd into an existing folder, or give --dir as an absolute path (see 'preflight --help')\n" });
    expect((await cli(['--dir', 'svc'], null)).stderr).toContain('and --dir svc is relative to it: cd into an existing folder, or give --dir as an absolute path');
    expect((await cli(['--dir', repo, '--checklist', 'cl.yml'], null)).stderr).toContain('and --checklist cl.yml is relative to it');
    expect((await cli(['--dir', repo, '--output', 'r.json'], null)).code).toBe(2);
    expect((await cli(['import', 'CHECKLIST.md'], null)).stderr).toContain('and the Markdown file CHECKLIST.md is relative to it');
  });

  it('the action without GITHUB_WORKSPACE says so as a configuration error, not as a bug', async () => {
    const before = process.cwd();
    const saved = process.env['GITHUB_WORKSPACE'];
    const gone = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-gone-'));
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { written.push(String(s)); return true; });
    const exitCode = process.exitCode;
    try {
      delete process.env['GITHUB_WORKSPACE'];
      process.chdir(gone);
      fs.rmdirSync(gone);
      await actionMain();
      expect(process.exitCode).toBe(1);
    } finally {
      spy.mockRestore();
      process.chdir(before);
      if (saved === undefined) delete process.env['GITHUB_WORKSPACE']; else process.env['GITHUB_WORKSPACE'] = saved;
      process.exitCode = exitCode;
    }
    const errors = written.join('').split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual(['::error title=Preflight configuration error::GITHUB_WORKSPACE is not set and the current directory no longer exists (deleted or moved after the step started in it): set GITHUB_WORKSPACE to the checked-out repository, or run the step from it']);
  });

  // The process as users run it (the bundle, rebuilt by `npm run bundle`): nothing escapes as a stack trace.
  it.skipIf(!fs.existsSync(path.join(ROOT, 'dist/cli/index.js')))('the bundled CLI in a deleted directory: --version works, a scan is a usage error', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-gone-'));
    const inGone = (args: string) => spawnSync('/bin/sh', ['-c', `mkdir gone && cd gone && rmdir ../gone && exec "$0" "$1" ${args}`, NODE, path.join(ROOT, 'dist/cli/index.js')], { cwd: base, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' }, timeout: 60_000 });
    const version = inGone('--version');
    expect({ code: version.status, stderr: version.stderr.replace(/^.*getcwd.*\n/gm, '') }).toEqual({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const scan = inGone('--no-probes');
    expect(scan.status).toBe(2);
    expect(scan.stderr).toContain('preflight: the current directory no longer exists');
    expect(scan.stderr).not.toMatch(/\n\s+at |uv_cwd|Node\.js v/);
  });
});

describe('D3: a Dockerfile too large to parse is noted, not parsed', () => {
  const dockerfile = (bytes: number) => {
    let text = 'FROM python:3.12-slim\nUSER 10001\n';
    for (let i = 0; text.length < bytes; i++) text += `RUN echo ${i}\n`;
    return text;
  };

  it(`over ${MAX_DOCKERFILE_BYTES} bytes (under the 1 MiB read limit): an info note, and its checks skipped with the reason`, async () => {
    expect(MAX_DOCKERFILE_BYTES).toBeLessThan(1024 * 1024);
    const big = dockerfile(MAX_DOCKERFILE_BYTES + 100).replace('python:3.12-slim', 'python:latest');
    const repo = makeRepo({ 'Dockerfile': big });
    const { report } = await run({ dir: repo, cwd: repo, probes: false, env: {} });
    expect(report.findings.filter((f) => f.file === 'Dockerfile').map((f) => ({ check: f.check, severity: f.severity, note: f.note, message: f.message }))).toEqual([
      { check: 'parse-error', severity: 'info', note: true, message: `Dockerfile was not checked: it is larger than ${MAX_DOCKERFILE_BYTES} bytes (a Dockerfile: only the secret scan reads files that large)` },
    ]);
    const pinned = report.items.find((i) => i.check === 'image-tag-pinned')!;
    expect(pinned.status).toBe('skipped');
    // The secret scan still reads it.
    const leaked = makeRepo({ 'Dockerfile': `${big}ENV GITHUB_TOKEN=ghp_${'a1B2c3D4e5'.repeat(3)}abcdef\n` });
    const secrets = (await run({ dir: leaked, cwd: leaked, probes: false, env: {} })).report.findings.filter((f) => f.check === 'hardcoded-secret');
    expect(secrets.length).toBe(1);
  });

  it('one just under the bound is parsed and judged', async () => {
    const repo = makeRepo({ 'Dockerfile': dockerfile(MAX_DOCKERFILE_BYTES - 200).replace('python:3.12-slim', 'python:latest') });
    const { report } = await run({ dir: repo, cwd: repo, probes: false, env: {} });
    expect(report.findings.filter((f) => f.check === 'parse-error')).toEqual([]);
    expect(report.findings.filter((f) => f.check === 'image-tag-pinned').map((f) => [f.file, f.line])).toEqual([['Dockerfile', 1]]);
  });
});

describe('D4: a file the checklist names is never read from a .git folder', () => {
  it('baseline and probes.ca into .git are refused where they are written (exit 2), also through ../ and in any case', async () => {
    const repo = makeRepo({ ...CODE, 'preflight.yml': 'version: 1\nbaseline: .git/config\nprobes:\n  url: https://127.0.0.1:1/\n  ca: ./.git/config\nitems:\n  - id: a\n    check: image-tag-pinned\n' });
    expect(await configErrors(() => run({ dir: repo, cwd: repo, probes: false, env: {} }))).toEqual([
      "preflight.yml:2:11: baseline '.git/config' points into a .git folder, which holds git's metadata, not repository content: name a file of the repository (paths in the checklist are relative to the checklist file)",
      "preflight.yml:5:7: probes.ca './.git/config' points into a .git folder, which holds git's metadata, not repository content: name a file of the repository (paths in the checklist are relative to the checklist file)",
    ]);
    const nested = makeRepo({ ...CODE, '.github/preflight.yml': 'version: 1\nbaseline: ../.GIT/config\nitems:\n  - id: a\n    check: image-tag-pinned\n' });
    const r = await cli(['--no-probes'], nested);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^preflight: \.github\/preflight\.yml:2:11: baseline '\.\.\/\.GIT\/config' points into a \.git folder/);
    expect(r.stderr).not.toContain('[core]');
  });

  it('the shared reader refuses a named file in any .git folder; .github, .gitlab and .gitignore are repository files', () => {
    const repo = makeRepo({ ...CODE, 'base.json': '{}', '.github/base.json': '{}', '.gitlab/ca.pem': 'x' });
    const reader = new RepoReader(repo);
    expect(reader.readNamed('.git/config')).toEqual({ reason: "in a .git folder: git's metadata, not repository content" });
    expect(reader.readNamed('.git/HEAD')).toEqual({ reason: "in a .git folder: git's metadata, not repository content" });
    expect(reader.readNamed('.github/base.json')).toEqual({ text: '{}' });
    expect(reader.readNamed('.gitlab/ca.pem')).toEqual({ text: 'x' });
    expect(['.git/config', 'vendor/lib/.git/config', '.Git/HEAD', '.git'].map(inGitFolder)).toEqual([true, true, true, true]);
    expect(['.github/preflight.yml', '.gitignore', 'a.git/config', 'x/.gitkeep'].map(inGitFolder)).toEqual([false, false, false, false]);
  });

  it('paths inside the repository that only look alike are no error', () => {
    expect(() => parseYamlChecklist('p.yml', 'version: 1\nbaseline: .github/baseline.json\nprobes:\n  ca: certs/.gitkeep/../ca.pem\nitems: []\n', { outside: () => false })).not.toThrow();
  });
});
