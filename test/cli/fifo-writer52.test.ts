// QA52 review R6: a named FIFO whose writer opened it a moment after the run started (`mkfifo p; (sleep 0.3; generate > p) &
// preflight --checklist p`) was refused at once as "nothing written to it" — a non-blocking read of a FIFO no process has
// opened for writing yet reads 0 — and the writer, its reader gone, then hung in open(). The FIFO is now waited on for a
// writer, as `cat p` waits, up to FIFO_WRITER_WAIT_MS (10 s, said in the error); a terminal on stdin stays an error at once.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { readProblem } from '../../src/types.js';
import { FIFO_WRITER_WAIT_MS, readStream } from '../../src/user-file.js';
import { makeRepo } from '../helpers/repo.js';

const YAML = 'version: 1\nitems:\n  - id: pin\n    check: image-tag-pinned\n';

describe('a named FIFO whose writer comes a moment later (QA52 review R6)', () => {
  it('is read once the writer opens it, and the writer does not hang', async () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12.3-slim\nUSER app\n', 'c.yml': YAML });
    execFileSync('mkfifo', [path.join(dir, 'p')]);
    // The writer opens the FIFO only 1 s after the run starts (after the run opened it: loading the run takes less), as a
    // generator that takes a moment before it writes.
    const writer = spawn('sh', ['-c', 'sleep 1; cat c.yml > p'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => writer.once('exit', (code) => resolve(code)));
    let stdout = '';
    let stderr = '';
    const code = await main(['--checklist', 'p', '--format', 'json', '--no-probes'], { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: dir });
    const done = await Promise.race([exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000))]);
    if (done === 'hung') writer.kill();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items.map((i: { id: string }) => i.id)).toEqual(['pin']);
    expect(done).toBe(0);
  });

  it('one no process writes to: an error after the bounded wait, which the message gives', () => {
    expect(FIFO_WRITER_WAIT_MS).toBe(10_000);
    const dir = makeRepo({ 'a.txt': 'x\n' });
    const fifo = path.join(dir, 'p');
    execFileSync('mkfifo', [fifo]);
    const t0 = Date.now();
    let err: unknown;
    try { readStream(fifo, 400); } catch (e) { err = e; }
    const took = Date.now() - t0;
    expect((err as NodeJS.ErrnoException).code).toBe('ENOWRITER');
    expect(took).toBeGreaterThanOrEqual(380);
    expect(took).toBeLessThan(5_000);
    expect(readProblem(err)).toBe('is a FIFO with nothing written to it in 1 s (no process wrote to it: start the writer first, or along with preflight)');
    expect(readProblem(Object.assign(new Error('x'), { code: 'ENOWRITER', waitedMs: FIFO_WRITER_WAIT_MS }))).toMatch(/^is a FIFO with nothing written to it in 10 s /);
  });

  it('a writer that opens it within the wait and writes in pieces is read to its end', async () => {
    const dir = makeRepo({ 'a.txt': 'x\n' });
    const fifo = path.join(dir, 'p');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'sleep 0.5; { printf "a: 1\\n"; sleep 0.2; printf "b: 2\\n"; } > p'], { cwd: dir, stdio: 'ignore' });
    // readStream blocks this thread: the writer is another process, so it runs meanwhile.
    expect(readStream(fifo, 5_000)).toBe('a: 1\nb: 2\n');
    await new Promise((resolve) => writer.once('exit', resolve));
  });

  const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
  it.runIf(fs.existsSync(CLI))('the bundled CLI: the review\'s reproduction, a writer late, ends with the writer done', () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12.3-slim\nUSER app\n', 'c.yml': YAML });
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    // 2.5 s late: later than Node starts and the bundle opens the FIFO, also on a busy machine. The writer is bounded
    // (`timeout`): a build that refuses the FIFO leaves it blocked in open() (the defect), not running after the test.
    const r = spawnSync('bash', ['-c', `mkfifo p; (sleep 2.5; timeout 10 sh -c 'cat c.yml > p') & ${q(process.execPath)} ${q(CLI)} --no-probes --checklist p --format json; echo "exit $?"; wait; echo writer-done`], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/exit 0\nwriter-done\n$/);
  });
});
