// QA53 small 1: a checklist given as a pipe whose writer wrote nothing and already exited (`--checklist <(true)`, an empty
// `gen | preflight --checklist /dev/stdin`) waited the full 10 s writer deadline, then said "nothing written to it in
// 10 s (no process wrote to it …)" — also when the writer was seen and closed at once — while `--checklist -` with the
// same empty pipe said "empty checklist" at once. An anonymous pipe has its writer from the start and a named FIFO's
// writer, once seen, is there: either read empty is now "empty checklist" at once, as `-` is. Only a named FIFO no writer
// was seen on is waited on (a writer 0.3 s late is read), and only that is the "nothing written in 10 s" error.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProblem } from '../../src/types.js';
import { readStream } from '../../src/user-file.js';
import { makeRepo } from '../helpers/repo.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const YAML = 'version: 1\nitems:\n  - id: pin\n    check: image-tag-pinned\n';

/** Runs `script` in bash in `dir` with `$PF` the bundled CLI; how long it took, its stderr and the exit it echoes. */
function bash(dir: string, script: string) {
  const t0 = Date.now();
  const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, PF: `${q(process.execPath)} ${q(CLI)}` } });
  return { took: Date.now() - t0, stdout: r.stdout, stderr: r.stderr };
}

describe('an empty pipe whose writer closed (QA53 small 1)', () => {
  it.runIf(fs.existsSync(CLI))('<(true), an empty pipe into /dev/stdin and `-`: the same "empty checklist", at once', () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12.3-slim\nUSER app\n' });
    const dash = bash(dir, 'true | eval "$PF --no-probes --checklist -"; echo "exit $?"');
    const subst = bash(dir, 'eval "$PF --no-probes --checklist <(true)"; echo "exit $?"');
    const devStdin = bash(dir, 'true | eval "$PF --no-probes --checklist /dev/stdin"; echo "exit $?"');
    // A writer that exits at once after writing nothing, as a generator with no items might.
    const late = bash(dir, 'eval "$PF --no-probes --checklist <(sleep 0.2; printf \'\')"; echo "exit $?"');
    expect(dash.stderr).toMatch(/^preflight: <stdin>:1:1: empty checklist/);
    for (const r of [subst, devStdin, late]) {
      expect(r.stderr).toMatch(/^preflight: \S+:1:1: empty checklist/);
      expect(r.stderr).not.toMatch(/FIFO|nothing written|no process/);
      expect(r.stdout).toBe(dash.stdout);
      // At once: well under the 10 s writer wait (Node's start and loading included, on a busy machine).
      expect(r.took).toBeLessThan(6_000);
    }
    expect(dash.stdout).toBe('exit 2\n');
  });

  it.runIf(fs.existsSync(CLI))('a pipe with a checklist in it is still read', () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12.3-slim\nUSER app\n', 'c.yml': YAML });
    const r = bash(dir, 'eval "$PF --no-probes --format json --checklist <(sleep 0.3; cat c.yml)" | head -c 100000 | grep -c \'"id": "pin"\'');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\n');
  });

  it('a named FIFO whose writer opens it, writes nothing and closes: empty at once, not the writer wait', async () => {
    const dir = makeRepo({ 'a.txt': 'x\n' });
    const fifo = path.join(dir, 'p');
    execFileSync('mkfifo', [fifo]);
    // Opens the FIFO for writing 0.2 s after the read starts, holds it 0.3 s with nothing written, then closes it. Bounded.
    const writer = spawn('sh', ['-c', 'sleep 0.2; timeout 5 sh -c "exec 3>p; sleep 0.3"'], { cwd: dir, stdio: 'ignore' });
    const t0 = Date.now();
    let text: string | undefined;
    let err: unknown;
    try { text = readStream(fifo, 8_000); } catch (e) { err = e; }
    const took = Date.now() - t0;
    await new Promise((resolve) => writer.once('exit', resolve));
    expect(err).toBeUndefined();
    expect(text).toBe('');
    expect(took).toBeLessThan(4_000);
  });

  it('a named FIFO with a writer 0.3 s late is read; one with no writer is the bounded wait, said as it happened', async () => {
    const dir = makeRepo({ 'a.txt': 'x\n' });
    const fifo = path.join(dir, 'p');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'sleep 0.3; timeout 5 sh -c "printf \'a: 1\\n\' > p"'], { cwd: dir, stdio: 'ignore' });
    expect(readStream(fifo, 5_000)).toBe('a: 1\n');
    await new Promise((resolve) => writer.once('exit', resolve));

    const t0 = Date.now();
    let err: unknown;
    try { readStream(fifo, 600); } catch (e) { err = e; }
    expect(Date.now() - t0).toBeGreaterThanOrEqual(580);
    expect((err as NodeJS.ErrnoException).code).toBe('ENOWRITER');
    expect(readProblem(err)).toBe('is a FIFO with nothing written to it in 1 s (no process wrote to it: start the writer first, or along with preflight)');
  });
});
