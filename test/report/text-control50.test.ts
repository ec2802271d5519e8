/**
 * QA stop 50 (robust2 D5): control characters from repository content reached the text report raw. A Dockerfile whose
 * FROM holds `\x1b[2J\x1b]0;pwned\x07` (or a NUL) is a parse-error finding quoting the line, and the console report wrote
 * the bytes as they were, so the terminal cleared itself and took a new title; a YAML item title's `\e` did too. The text
 * reporter writes every such text as `\xNN`, as the Markdown report and the probes' messages already do; its own colours
 * stay escape sequences.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/** C0 (tab and newline aside), DEL, C1. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stdout, stderr };
}

const CHECKLIST = [
  'version: 1',
  'fail-on: critical',
  'items:',
  '  - { id: pinned, check: image-tag-pinned }',
  '  - id: runbook',
  '    title: "Runbook \\e]0;owned\\a reviewed \\u009b2J"',
  '    group: "Ops \\e[5m"',
  '',
].join('\n');

describe('control characters in the text report (robust2 D5)', () => {
  it('a parse error quoting a Dockerfile line, an item title and a group are written \\xNN, with no raw control byte', async () => {
    const repo = makeRepo({
      'preflight.yml': CHECKLIST,
      'Dockerfile': 'FROM python:3.12\x1b[2J\x1b]0;pwned\x07\nUSER app\n',
      'nul/Dockerfile': 'FROM python:3.12\x00\nUSER app\n',
    });
    const r = await cli(['--checklist', 'preflight.yml', '--no-probes'], repo);
    expect(r.stdout).toContain("could not parse Dockerfile: FROM image 'python:3.12\\x1b[2J\\x1b]0;pwned\\x07' is not");
    expect(r.stdout).toContain("could not parse nul/Dockerfile: FROM image 'python:3.12\\x00' is not");
    expect(r.stdout).toContain('? Runbook \\x1b]0;owned\\x07 reviewed \\x9b2J [runbook] high pending');
    expect(r.stdout).toContain('- [ ] Runbook \\x1b]0;owned\\x07 reviewed \\x9b2J');
    expect(r.stdout).toContain('Ops \\x1b[5m');
    expect(r.stdout).not.toMatch(RAW);
  });

  it('keeps its own colours, and plain messages as they were', async () => {
    const repo = makeRepo({ 'preflight.yml': CHECKLIST, 'Dockerfile': 'FROM python:latest\nUSER app\n' });
    const r = await cli(['--checklist', 'preflight.yml', '--no-probes'], repo, { FORCE_COLOR: '1' });
    expect(r.stdout).toContain("\x1b[31mhigh\x1b[0m  FROM python:latest uses the moving tag 'latest'");
    // Only the report's own SGR colour sequences are raw escapes.
    expect(r.stdout.replace(/\x1b\[[\d;]*m/g, '')).not.toMatch(RAW);
  });
});
