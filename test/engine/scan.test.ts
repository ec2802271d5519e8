import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import type { CheckDef } from '../../src/checks/define.js';
import { chunkSize, scanChunks, startScan, threadCount, type ScanJob } from '../../src/engine/scan.js';
import { setWorkerEntry } from '../../src/engine/workers.js';
import { RepoReader } from '../../src/repo/read.js';
// @ts-expect-error: plain ESM script without types
import { generate } from '../../bench/gen-monorepo.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const CLI = path.join(ROOT, 'dist/cli/index.js');
const DEFS = new Map(CHECKS.map((c) => [c.id, c as CheckDef]));
const SCANNING = CHECKS.filter((c) => c.scan).map((c) => c.id);

/** A generated monorepo of ~3,000 files: a dozen chunks, so every thread gets some. */
let mono: { dir: string; files: string[] } | null = null;
function monorepo() {
  if (!mono) {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-scan-')), 'repo');
    generate({ out: dir, files: 3000, seed: 11, nodeModulesFiles: 50 });
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 }).split('\0').filter(Boolean);
    mono = { dir, files };
  }
  return mono;
}

function checklistOfAllStatic(dir: string): string {
  const file = path.join(dir, '..', 'all-static.yml');
  fs.writeFileSync(file, `version: 1\nitems:\n${CHECKS.map((c) => `  - id: ${c.id}\n    check: ${c.id}\n`).join('')}`);
  return file;
}

afterEach(() => setWorkerEntry(null));

describe('file pass', () => {
  it('the CLI reports the same findings with worker threads as on one thread', () => {
    const { dir } = monorepo();
    const checklist = checklistOfAllStatic(dir);
    const runWith = (threads: string) => {
      const r = spawnSync(NODE, [CLI, '--dir', dir, '--checklist', checklist, '--format', 'json', '--no-probes', '--debug'], { env: { ...process.env, PREFLIGHT_THREADS: threads }, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toContain(`${threads} worker thread${threads === '1' ? '' : 's'} delivered`);
      return JSON.parse(r.stdout) as { findings: { check: string; file: string | null }[] };
    };
    const one = runWith('0');
    const three = runWith('3');
    expect(three).toEqual(one);
    // Not vacuous: the scanners found things in files spread over many chunks.
    const scanned = one.findings.filter((f) => SCANNING.includes(f.check)).map((f) => f.file);
    expect(new Set(scanned).size).toBeGreaterThan(5);
  }, 180_000);

  it('worker threads scan files over 1 MiB in chunks too (and see their suppressions)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-large-'));
    const key = 'Zq8Xw2Lm4Nv6Bc1Dt9Fy3Hk5Jr7Pa0Se2Ug4Wi';
    const filler = Array.from({ length: 40_000 }, (_, i) => `attr_${i}: value-${i}-padding`).join('\n');
    fs.writeFileSync(path.join(dir, 'dump.yaml'), `${filler}\napi_token: ${key}\n# preflight-ignore hardcoded-secret: rotated\nold_token: ${key.replace('Zq', 'Yq')}\n`);
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `f${i}.py`), 'print(1)\n');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const checklist = path.join(dir, '..', `${path.basename(dir)}.yml`);
    fs.writeFileSync(checklist, 'version: 1\nitems:\n  - id: s\n    check: hardcoded-secret\n');
    expect(fs.statSync(path.join(dir, 'dump.yaml')).size).toBeGreaterThan(1024 * 1024);
    for (const threads of ['0', '2']) {
      const r = spawnSync(NODE, [CLI, '--dir', dir, '--checklist', checklist, '--format', 'json', '--no-probes'], { env: { ...process.env, PREFLIGHT_THREADS: threads, PREFLIGHT_ENGINE_THREAD: '1' }, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 60_000 });
      expect(r.status, r.stderr).toBe(1);
      const doc = JSON.parse(r.stdout) as { findings: { file: string; line: number; suppressed?: unknown }[] };
      expect(doc.findings.map((f) => [f.file, f.line, Boolean(f.suppressed)]), threads).toEqual([['dump.yaml', 40_001, false], ['dump.yaml', 40_003, true]]);
      expect(r.stdout).not.toContain(key.slice(4));
    }
  }, 120_000);

  it('a line longer than a chunk: a suppression comment in it is collected once, at its true column (QA30 paths D3)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-longline-'));
    const pad = (n: number) => 'var a=1;'.repeat(Math.ceil(n / 8)).slice(0, n);
    // A comment in the stretch the second chunk reads again (its reason runs to the end of the line).
    const line = `${pad(2 * 1024 * 1024 - 90_000)}// preflight-ignore hardcoded-secret: bundled ${pad(1_500_000)}`;
    fs.writeFileSync(path.join(dir, 'app.js'), `${line}\n`);
    const reader = new RepoReader(dir);
    const jobs: ScanJob[] = [{ check: 'hardcoded-secret', options: CHECKS.find((c) => c.id === 'hardcoded-secret')!.options.parse({}) }];
    let next = 0;
    const part = scanChunks(['app.js'], 1, jobs, DEFS, (f) => reader.read(f), () => next++, (f) => reader.readChunks(f));
    const found = part.suppressions.flatMap(([, list]) => list.map((x) => [x.ids.join(','), x.line, x.column]));
    expect(found).toEqual([['hardcoded-secret', 1, line.indexOf('// preflight-ignore') + 1]]);
  });

  it('a scan of a folder under examples/ or test/ judges it as a project, on worker threads too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-under-'));
    const key = 'Zq8Xw2Lm4Nv6Bc1Dt9Fy3Hk5Jr7Pa0Se2Ug4Wi';
    fs.mkdirSync(path.join(dir, 'examples/app'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'examples/app/Dockerfile'), 'FROM python:latest\nCMD ["gunicorn", "app:app"]\n');
    fs.writeFileSync(path.join(dir, 'examples/app/settings.py'), `API_TOKEN = "${key}"\n`);
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `examples/app/m${i}.py`), 'print(1)\n');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const checklist = path.join(dir, '..', `${path.basename(dir)}.yml`);
    fs.writeFileSync(checklist, 'version: 1\nitems:\n  - { id: s, check: hardcoded-secret }\n  - { id: p, check: image-tag-pinned }\n');
    const found = (sub: string, threads: string) => {
      const r = spawnSync(NODE, [CLI, '--dir', path.join(dir, sub), '--checklist', checklist, '--format', 'json', '--no-probes'], { env: { ...process.env, PREFLIGHT_THREADS: threads, PREFLIGHT_ENGINE_THREAD: '1' }, encoding: 'utf8', timeout: 60_000 });
      return (JSON.parse(r.stdout) as { findings: { check: string; file: string }[] }).findings.map((f) => `${f.check} ${f.file}`).sort();
    };
    for (const threads of ['0', '2']) {
      expect(found('examples/app', threads), threads).toEqual(['hardcoded-secret examples/app/settings.py', 'image-tag-pinned examples/app/Dockerfile']);
      // From the repository root the same folder is an illustration.
      expect(found('.', threads), threads).toEqual([]);
    }
  }, 120_000);

  it('redoes on the calling thread the chunks of a worker that died', async () => {
    const { dir, files } = monorepo();
    const jobs: ScanJob[] = SCANNING.map((check) => ({ check, options: CHECKS.find((c) => c.id === check)!.options.parse({}) }));
    const reader = () => { const r = new RepoReader(dir); return (f: string) => r.read(f); };
    const alone = await startScan({ root: dir, files, jobs }, DEFS, 0, reader()).finish();
    setWorkerEntry(path.join(ROOT, 'test/helpers/crash-worker.mjs'));
    const crashed = await startScan({ root: dir, files, jobs }, DEFS, 2, reader()).finish();
    expect(crashed.threads).toBe(0); // no worker delivered
    expect(crashed.results).toEqual(alone.results);
    expect(crashed.suppressions).toEqual(alone.suppressions);
    expect(alone.results.flat().length).toBeGreaterThan(10);
    expect(files.length).toBeGreaterThan(4 * chunkSize(files.length, 2));
  }, 120_000);

  it('a scanner that throws fails its own check only', () => {
    const boom: CheckDef = { ...(DEFS.get('hardcoded-secret')!), id: 'boom', scan: () => ({ accepts: () => true, file: (f) => { if (f.endsWith('b.py')) throw new Error('kaput'); return 1; } }) };
    const defs = new Map([...DEFS, ['boom', boom]]);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-boom-'));
    for (const f of ['a.py', 'b.py', 'c.py']) fs.writeFileSync(path.join(root, f), 'DEBUG = True\nINSTALLED_APPS = []\n');
    const r = new RepoReader(root);
    let next = 0;
    const out = scanChunks(['a.py', 'b.py', 'c.py'], 16, [{ check: 'boom', options: {} }, { check: 'debug-mode', options: {} }], defs, (f) => r.read(f), () => next++);
    expect(out.errors[0]).toBe("check 'boom' failed: kaput");
    expect(out.results[0]).toEqual([[0, 1]]);
    expect(out.errors[1]).toBeNull();
    expect(out.results[1]!.map(([i]) => i)).toEqual([0, 1, 2]);
  });

  it('uses worker threads only for large repositories unless PREFLIGHT_THREADS says otherwise', () => {
    expect(threadCount(100, {})).toBe(0);
    expect(threadCount(100, { PREFLIGHT_THREADS: '2' })).toBe(2);
    expect(threadCount(100_000, { PREFLIGHT_THREADS: '0' })).toBe(0);
    expect(threadCount(100_000, {})).toBe(Math.max(0, Math.min(os.availableParallelism() - 1, 2)));
  });
});
