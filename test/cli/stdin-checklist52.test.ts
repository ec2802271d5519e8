import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA 52 cliux D5: `--checklist -` and `import -` were "not found", and a checklist from a pipe or `<(…)` was refused as
 * "not a regular file". `-` now reads standard input (named `<stdin>` in messages), a FIFO is read as a stream (at most
 * 1 MiB), and the format of either is told from its text (YAML keys, else a Markdown task list).
 */
async function cli(args: string[], cwd: string, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd, ...(stdin === undefined ? {} : { stdin: () => stdin }) });
  return { code, stdout, stderr };
}

const YAML = 'version: 1\nitems:\n  - id: pin\n    check: image-tag-pinned\n';
const MD = '# Launch\n\n- [ ] Backups tested\n- [ ] Images use pinned tags\n';

describe('a checklist from standard input or a FIFO (QA 52 cliux D5)', () => {
  const repo = makeRepo({ 'Dockerfile': 'FROM python:latest\nUSER app\n' });

  it('--checklist -: YAML and Markdown told from the text', async () => {
    const y = await cli(['--checklist', '-', '--format', 'json', '--no-probes', '--fail-on', 'high'], repo, YAML);
    expect(y.code).toBe(1);
    const doc = JSON.parse(y.stdout);
    expect(doc.checklist.file).toBe('<stdin>');
    expect(doc.items.map((i: { id: string }) => i.id)).toEqual(['pin']);
    const m = await cli(['--checklist', '-', '--format', 'json', '--no-probes', '--fail-on', 'none'], repo, MD);
    expect(m.code).toBe(0);
    expect(JSON.parse(m.stdout).items.map((i: { title: string }) => i.title)).toEqual(['Backups tested', 'Images use pinned tags']);
  });

  it('errors are located at <stdin>:line:col; a terminal on stdin is said', async () => {
    const bad = await cli(['--checklist', '-', '--no-probes'], repo, 'version: 1\nitems:\n  - id: x\n    check: nope\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^preflight: <stdin>:4:12: unknown check 'nope'/);
    let stderr = '';
    const code = await main(['--checklist', '-', '--no-probes'], { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: true, env: {}, cwd: repo, stdin: () => { throw Object.assign(new Error('tty'), { code: 'ETTY' }); } });
    expect(code).toBe(2);
    expect(stderr).toBe('preflight: <stdin> is a terminal: nothing was piped in (pipe a YAML or Markdown checklist in, or name the file)\n');
  });

  it('import -', async () => {
    const r = await cli(['import', '-'], repo, MD);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Imported from <stdin> by `preflight import`/);
    expect(r.stdout).toMatch(/^version: 1$/m);
    expect(r.stdout).toContain('Backups tested');
  });

  it('a FIFO with a writer is read as a stream; one nobody writes to is an error after a bounded wait', async () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:latest\nUSER app\n' });
    const fifo = path.join(dir, 'gen');
    execFileSync('mkfifo', [fifo]);
    // The writer holds the FIFO open (read-write: opens without waiting) before the run reads it, then writes and closes.
    const writer = spawn('sh', ['-c', `exec 3<>gen; echo ready; sleep 0.3; printf '%s' "$0" >&3; exec 3>&-`, YAML], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => writer.stdout!.once('data', () => resolve()));
    const r = await cli(['--checklist', 'gen', '--format', 'json', '--no-probes'], dir);
    writer.kill();
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).items.map((i: { id: string }) => i.id)).toEqual(['pin']);
    const t0 = Date.now();
    const none = await cli(['--checklist', 'gen', '--no-probes'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('checklist gen is a FIFO with nothing written to it in 10 s');
    // Waited on for a writer (QA52 review R6: one may open it a moment later), 10 s at most.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(9_900);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
  it.runIf(fs.existsSync(CLI))('the bundled CLI: `-` from a pipe, and process substitution', () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:latest\nUSER app\n', 'c.yml': YAML, 'm.md': MD });
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const run = (script: string) => spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const node = q(process.execPath);
    const piped = run(`cat c.yml | ${node} ${q(CLI)} --checklist - --format json --no-probes`);
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout).checklist.file).toBe('<stdin>');
    const sub = run(`${node} ${q(CLI)} --checklist <(cat c.yml) --format json --no-probes`);
    expect(sub.stderr).toBe('');
    expect(JSON.parse(sub.stdout).items.map((i: { id: string }) => i.id)).toEqual(['pin']);
    const imp = run(`${node} ${q(CLI)} import - < m.md`);
    expect(imp.status).toBe(0);
    expect(imp.stdout).toContain('Backups tested');
  });
});
