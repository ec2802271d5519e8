import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, type Running } from '../servers/node.js';

/**
 * QA 52 cliux D2: an `--output` that cannot be written (a directory, a path under a file) was found only after the whole
 * run (a `--wait` of up to an hour), and the verdict was lost. It is now found before any work, with the same message.
 */
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

let requests = 0;
let server: Running;
afterAll(async () => { await server?.close(); });

describe('an unwritable --output is found before the run (QA 52 cliux D2)', () => {
  it('a directory: exit 2 with the write message, and the URL is never asked', async () => {
    server = await startHttp((_q, res) => { requests++; res.writeHead(503); res.end('starting'); });
    const repo = makeRepo({ 'c.yml': 'version: 1\nprobes:\n  health: [/health]\nitems:\n  - id: h\n    check: health-endpoint\n', 'out/keep': '' });
    const t0 = Date.now();
    const r = await cli(['--checklist', 'c.yml', '--url', server.url, '--wait', '30', '--format', 'json', '--output', 'out'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("preflight: cannot write out: it is a directory (see 'preflight --help')\n");
    expect(requests).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('a path under a file, for a scan, a baseline and an import', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: pin\n    check: image-tag-pinned\n', 'f': 'x', 'CHECKLIST.md': '# C\n\n- [ ] Backups tested\n' });
    const msg = "preflight: cannot write f/r.json: a parent of f/r.json is a file, not a directory (see 'preflight --help')\n";
    for (const args of [['--checklist', 'c.yml', '--output', 'f/r.json'], ['baseline', '--checklist', 'c.yml', '--output', 'f/r.json'], ['import', 'CHECKLIST.md', '--output', 'f/r.json']]) {
      const r = await cli(args, repo);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(msg);
      expect(r.stdout).toBe('');
    }
    expect(fs.existsSync(path.join(repo, 'f/r.json'))).toBe(false);
  });

  it('a writable --output in a folder still to be made is no problem', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: pin\n    check: image-tag-pinned\n' });
    const r = await cli(['--checklist', 'c.yml', '--output', 'reports/new/r.json', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'reports/new/r.json'), 'utf8')).result).toBe('pass');
  });
});
