import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * Review C, stop 37 (S1): a root checklist with one `paths` item per service, scanned in one service's folder, asks git
 * about the other services' folders once, not once per folder (a matrix job per service paid for every other service).
 */
describe('paths globs naming folders outside the scanned one', () => {
  const savedPath = process.env.PATH;
  afterEach(() => { process.env.PATH = savedPath; });

  /** Puts a `git` that logs each call (its arguments, one line) before the real one on PATH; returns the log's path. */
  function countingGit(): string {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-gitlog-'));
    const log = path.join(bin, 'calls.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    fs.writeFileSync(log, '');
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    return log;
  }

  const SERVICES = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];
  function monorepo(extra: Record<string, string> = {}, globs = SERVICES.map((s) => `services/${s}/**`)): string {
    const files: Record<string, string> = { ...extra };
    for (const s of SERVICES) files[`services/${s}/Dockerfile`] = 'FROM node:22.11.0\nUSER node\n';
    files['preflight.yml'] = `version: 1\nitems:\n${globs.map((g, i) => `  - id: pinned-${i}\n    check: image-tag-pinned\n    paths: ["${g}"]\n`).join('')}`;
    return makeRepo(files);
  }

  async function warnings(dir: string, sub: string): Promise<string[]> {
    const warned: string[] = [];
    const logger = { debug() {}, info() {}, warn(m: string) { warned.push(m); }, error() {} };
    await run({ dir: path.join(dir, sub), cwd: dir, checklist: path.join(dir, 'preflight.yml'), probes: false, env: {}, logger, now: new Date('2026-12-01T00:00:00Z') });
    return warned;
  }

  it('lists the outside folders with one git run, however many the checklist names', async () => {
    const dir = monorepo();
    const log = countingGit();
    const warned = await warnings(dir, 'services/s0');
    const calls = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
    // One listing of the scanned folder, one of the seven outside ones (before: a rev-parse and an ls-files per folder).
    // (And one `ls-files -t` of the scanned folder, alongside its listing: the files a sparse checkout left out, stop 40.)
    expect(calls.filter((c) => /\bls-files\b/.test(c) && !/--others/.test(c) && !/\bls-files -z -t\b/.test(c))).toHaveLength(2);
    expect(calls.filter((c) => /\bls-files -z -t\b/.test(c))).toHaveLength(1);
    expect(calls.filter((c) => /\brev-parse\b/.test(c)).length).toBeLessThanOrEqual(2);
    expect(warned.filter((w) => /matches no tracked file/.test(w))).toEqual([]);
  });

  it('still warns about a misspelt folder, an untracked one and one inside a submodule', async () => {
    const sub = makeRepo({ 'src/index.js': 'x\n' });
    const dir = monorepo({}, ['services/s1/**', 'servces/s2/**', 'scratch/**', 'vendor/lib/**', 'vendor/lib/src/**']);
    fs.mkdirSync(path.join(dir, 'scratch'));
    fs.writeFileSync(path.join(dir, 'scratch', 'notes.txt'), 'not tracked\n');
    execFileSync('git', ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor/lib'], { cwd: dir, stdio: 'pipe' });
    const warned = (await warnings(dir, 'services/s0')).filter((w) => /matches no tracked file/.test(w));
    expect(warned.map((w) => /paths glob '([^']+)'/.exec(w)?.[1]).sort()).toEqual(['scratch/**', 'servces/s2/**', 'vendor/lib/**', 'vendor/lib/src/**']);
  });
});
