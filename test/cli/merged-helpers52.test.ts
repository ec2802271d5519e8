// QA52 review R7: helpers written twice in one change, merged: the name of standard input (cli.ts's STDIN and run.ts's
// STDIN_NAME), the case-insensitive header merge (settings.ts's setHeader and the pipeline's own loop), SARIF's `exists`
// (a closure in the CLI and one in the action), and the FIFO test done by one stat and again by the read.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { checkoutFiles } from '../../src/report/sarif.js';
import { setHeader } from '../../src/settings.js';
import * as userFile from '../../src/user-file.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp } from '../servers/node.js';

afterEach(() => { vi.restoreAllMocks(); });

describe('merged helpers (QA52 review R7)', () => {
  it('one name for standard input, the same in import - and --checklist - messages', async () => {
    expect(userFile.STDIN_NAME).toBe('<stdin>');
    const repo = makeRepo({ 'app.py': 'print(1)\n' });
    const errs: string[] = [];
    for (const args of [['import', '-'], ['--checklist', '-', '--no-probes']]) {
      let stderr = '';
      const code = await main(args, { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: repo });
      expect(code).toBe(2);
      errs.push(stderr);
    }
    for (const e of errs) expect(e).toBe(`preflight: ${userFile.STDIN_NAME} cannot be read (no standard input)\n`);
  });

  it('setHeader replaces every header of the same name in any case, the last value kept under its spelling', () => {
    const out: Record<string, string> = { 'X-A': 'one', 'x-a': 'two', 'B': 'b' };
    const repeated: string[] = [];
    setHeader(out, 'X-a', 'three', (n) => repeated.push(n));
    expect(out).toEqual({ B: 'b', 'X-a': 'three' });
    expect(repeated).toEqual(['X-a']);
  });

  it('a --header replaces the checklist\'s probes.headers entry of the same name in any case', async () => {
    const got: (string | string[] | undefined)[] = [];
    const server = await startHttp((req, res) => { got.push(req.headers['x-token']); res.writeHead(200); res.end('ok'); });
    try {
      const repo = makeRepo({ 'c.yml': 'version: 1\nprobes:\n  headers:\n    X-Token: from-checklist\nitems:\n  - id: h\n    check: health-endpoint\n' });
      const code = await main(['--checklist', 'c.yml', '--url', server.url, '--header', 'x-token: from-flag'], { stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd: repo });
      expect(code).toBe(0);
      expect(got.length).toBeGreaterThan(0);
      expect(new Set(got)).toEqual(new Set(['from-flag']));
    } finally { await server.close(); }
  });

  it('checkoutFiles: a regular file of the checkout, not a folder, a FIFO or a missing path', () => {
    const root = makeRepo({ 'a/b.txt': 'x\n' });
    execFileSync('mkfifo', [path.join(root, 'p')]);
    const exists = checkoutFiles(root);
    expect([exists('a/b.txt'), exists('a'), exists('p'), exists('nope')]).toEqual([true, false, false, false]);
  });

  it('readUserInput stats once and says whether it read a stream', async () => {
    const root = makeRepo({ 'c.yml': 'version: 1\nitems: []\n' });
    const stat = vi.spyOn(fs, 'statSync');
    expect(userFile.readUserInput(path.join(root, 'c.yml'))).toEqual({ text: 'version: 1\nitems: []\n', stream: false });
    expect(stat).toHaveBeenCalledTimes(1);
    const fifo = path.join(root, 'gen');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'exec 3<>gen; echo ready; sleep 0.2; printf "a: 1\\n" >&3; exec 3>&-'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => writer.stdout!.once('data', () => resolve()));
    stat.mockClear();
    expect(userFile.readUserInput(fifo)).toEqual({ text: 'a: 1\n', stream: true });
    expect(stat).toHaveBeenCalledTimes(1);
    writer.kill();
  });
});
