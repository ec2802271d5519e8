import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA 52 cliux D3: one value written two ways is one value (README), but `--dir app --dir "$PWD/app"` (a wrapper appending
 * its own absolute `--dir`) was "given twice". Paths are compared as the run resolves them, against the current directory.
 */
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

describe('a path given relative and absolute is one value (QA 52 cliux D3)', () => {
  const repo = makeRepo({ 'app/Dockerfile': 'FROM python:3.12.1\nUSER app\n', 'c.yml': 'version: 1\nitems:\n  - id: pin\n    check: image-tag-pinned\n' });

  it('--dir and --checklist, relative then absolute', async () => {
    const r = await cli(['--dir', 'app', '--dir', path.join(repo, 'app'), '--checklist', 'c.yml', '--checklist', path.join(repo, 'c.yml'), '--no-probes'], repo);
    expect(r.stderr).not.toMatch(/given twice/);
    expect(r.code).toBe(0);
  });

  it('--output absolute then relative through ..', async () => {
    const r = await cli(['--checklist', 'c.yml', '--output', path.join(repo, 'r.json'), '--output', 'app/../r.json', '--format', 'json', '--no-probes'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('two different folders are still two values', async () => {
    const r = await cli(['--dir', 'app', '--dir', repo, '--no-probes'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`preflight: --dir is given twice ('app' and '${repo}'); give it once (see 'preflight --help')\n`);
  });
});
