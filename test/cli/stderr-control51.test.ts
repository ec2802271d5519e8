/**
 * QA 51 (left open, item 2): the CLI's messages on stderr (configuration errors, warnings) were written raw, so a checklist
 * file name, an option's value or an item title holding ESC, BEL or another C0/C1 control reached the terminal as is (clear
 * the screen, retitle the window), while the text report on stdout already wrote them `\xNN` (printable). stderr goes through
 * the same escaper; line breaks stay.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/** C0 (tab and newline aside), DEL, C1. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

describe('control characters on stderr (QA 51)', () => {
  it("a configuration error naming a checklist whose path holds ESC is written \\xNN", async () => {
    const repo = makeRepo({ 'cl\x1b[2J\x1b]0;pwned\x07.yml': 'version: 1\nitems:\n  - { id: x, check: nope }\n' });
    const r = await cli(['--checklist', 'cl\x1b[2J\x1b]0;pwned\x07.yml', '--no-probes'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("preflight: cl\\x1b[2J\\x1b]0;pwned\\x07.yml:3:21: unknown check 'nope'; run `preflight list` for the catalogue\n");
    expect(r.stderr).not.toMatch(RAW);
  });

  it('a checklist that is not there, and an option value, with C0 and C1 controls', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:3.12.1\nUSER app\n' });
    const missing = await cli(['--checklist', 'missing\x1b[2J\r\x9b1m.yml', '--no-probes'], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('preflight: checklist missing\\x1b[2J\\x0d\\x9b1m.yml not found\n');
    const format = await cli(['--format', 'x\x1b]0;t\x07', '--no-probes'], repo);
    expect(format.code).toBe(2);
    expect(format.stderr).not.toMatch(RAW);
    expect(format.stderr).toContain('--format x\\x1b]0;t\\x07: expected');
  });

  it("a checklist warning quoting an item title with ESC and BEL is written \\xNN, the line break kept", async () => {
    const repo = makeRepo({
      'Dockerfile': 'FROM python:3.12.1\nUSER app\n',
      'PREFLIGHT.md': '# Release\n\n| Item | Done |\n| --- | --- |\n| Runbook \x1b]0;pwned\x07 reviewed | [ ] |\n\n- [ ] Images pinned <!-- preflight: image-tag-pinned -->\n',
    });
    const r = await cli(['--checklist', 'PREFLIGHT.md', '--no-probes'], repo);
    expect(r.stderr).toBe("preflight: PREFLIGHT.md:5:33: a checkbox in a table row is not a task-list item, so 'Runbook \\x1b]0;pwned\\x07 reviewed' is not checked: write it as a list line (`- [ ] …`)\n");
    expect(r.stderr).not.toMatch(RAW);
  });
});
