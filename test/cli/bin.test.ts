import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';

/**
 * The bundled CLI as users run it. Large scans run on an engine thread with a bounded young
 * generation (forced here with PREFLIGHT_ENGINE_THREAD=1): the report, logs, configuration errors
 * and exit codes must be the same as on the main thread.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const CLI = path.join(ROOT, 'dist/cli/index.js');

function bin(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bundled CLI', () => {
  const repo = makeRepo({
    'Dockerfile': 'FROM python:latest\nCMD ["flask", "run"]\n',
    '.env': 'A=1\n',
    ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`src/m${i}.py`, `import os\nVALUE_${i} = os.environ.get("V${i}")\n`])),
  });

  const ENGINE = { PREFLIGHT_ENGINE_THREAD: '1' };

  it('a failing scan exits 1 with its whole report on stdout, in order', () => {
    const text = bin(['--no-probes'], repo, ENGINE);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Dockerfile:1');
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Preflight FAILED/);
    const json = bin(['--format', 'json', '--no-probes'], repo, { ...ENGINE, PREFLIGHT_THREADS: '2' });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).result).toBe('fail');
    expect(json.stderr).toBe('');
    // The same report as on the main thread.
    const main = bin(['--format', 'json', '--no-probes'], repo, { PREFLIGHT_ENGINE_THREAD: '0' });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(main.stdout));
  });

  it('on the engine thread, logs come back and a checklist error still names file:line:column', () => {
    const debug = bin(['--no-probes', '--debug'], repo, ENGINE);
    expect(debug.stderr).toMatch(/^debug: engine thread: 302 files\ndebug: checklist: recommended preset/m);
    expect(debug.stderr).toMatch(/^debug: file pass: /m);
    // Where the time went: each check without a file pass, then the judging of the pass's data.
    expect(debug.stderr).toMatch(/^debug: checks without a file pass: \d+ ms \((?:[a-z0-9-]+ \d+, )*image-tag-pinned \d+/m);
    expect(debug.stderr).toMatch(/^debug: file-pass checks judged in \d+ ms \((?:[a-z-]+ \d+(?:, )?)+\)$/m);
    // Scan workers started by the engine thread before it planned get their jobs and deliver.
    const pooled = bin(['--no-probes', '--debug'], repo, { ...ENGINE, PREFLIGHT_THREADS: '2' });
    expect(pooled.stderr).toMatch(/^debug: file pass: 302 files, \d+ scanners?, 2 worker threads delivered/m);
    const bad = makeRepo({ 'Dockerfile': 'FROM x\n', '.github/preflight.yml': 'version: 1\nitems:\n  - id: a\n    check: image-tag-pined\n' });
    const r = bin(['--no-probes'], bad, ENGINE);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^preflight: \.github\/preflight\.yml:4:12: unknown check 'image-tag-pined' \(did you mean 'image-tag-pinned'\?\)/);
  });

  it('passes exit 0, usage errors exit 2 with one line, list runs without a scan', () => {
    expect(bin(['--fail-on', 'none', '--no-probes'], repo, ENGINE).code).toBe(0);
    const usage = bin(['--fail-on', 'sometimes'], repo);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
    const list = bin(['list', '--format', 'json'], repo);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).length).toBeGreaterThan(20);
    // Standard output that cannot be written (a full disk): one line naming it and exit 2 (the environment's, as a
    // failed --output write), no stack trace and not the "bug" exit 3 (QA stop 36 cli D5).
    if (fs.existsSync('/dev/full')) {
      const full = fs.openSync('/dev/full', 'w');
      try {
        const r = spawnSync(NODE, [CLI, 'list'], { cwd: repo, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
        expect(r.status).toBe(2);
        expect(r.stderr).toBe('preflight: cannot write to standard output: no space left on the device\n');
      } finally { fs.closeSync(full); }
    }
  });

  it('--output writes the report of a scan that ran on the engine thread', () => {
    const out = path.join(repo, '..', `report-${process.pid}.sarif`);
    const r = bin(['--format', 'sarif', '--output', out, '--no-probes'], repo, ENGINE);
    expect(r.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});
