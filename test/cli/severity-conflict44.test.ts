import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { parseInputs } from '../../src/action/inputs.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA44 contract2 D4: one id given two different levels (`--severity pin=critical --severity pin=off`, a wrapper
 * appending its own) is a usage error naming both (exit 2), never the last taken silently; the same level twice, and
 * an item id beside its check's id, are no conflict.
 */
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const repo = () => makeRepo({
  'Dockerfile': 'FROM python:latest\nUSER 10001\n',
  'preflight.yml': 'version: 1\nitems:\n  - id: pin\n    check: image-tag-pinned\n',
});

describe('conflicting --severity levels for one id (QA44 D4)', () => {
  it.each([
    [['--severity', 'pin=critical', '--severity', 'pin=off'], 'pin=critical', 'pin=off'],
    [['--severity', 'pin=off', '--severity', 'pin=critical'], 'pin=off', 'pin=critical'],
    [['--severity', 'pin=critical,pin=low'], 'pin=critical', 'pin=low'],
    [['--severity', 'image-tag-pinned=high', '--severity', 'image-tag-pinned=OFF'], 'image-tag-pinned=high', 'image-tag-pinned=OFF'],
  ])('%j exits 2 naming both', async (args, first, second) => {
    const r = await cli(args, repo());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const id = first.split('=')[0];
    expect(r.stderr).toBe(`preflight: --severity ${first} and --severity ${second} give '${id}' two different levels: expected one level per id (which one is meant is unknown, and none is taken silently); remove one (see 'preflight --help')\n`);
  });

  it('the same level twice (in any case), and an item id beside its check id, are taken', async () => {
    const same = await cli(['--severity', 'pin=critical', '--severity', 'pin=CRITICAL'], repo());
    expect(same.code, same.stderr).toBe(1);
    expect(same.stdout).toMatch(/Preflight FAILED: 1 critical/);
    // The item id wins over its check's id, whatever the order (documented): no conflict.
    const both = await cli(['--severity', 'pin=critical', '--severity', 'image-tag-pinned=off'], repo());
    expect(both.code, both.stderr).toBe(1);
    expect(both.stdout).toMatch(/Preflight FAILED: 1 critical/);
  });

  it("the action's severity-overrides input: two levels for one id on two lines name both lines; the same level is taken", () => {
    expect(() => parseInputs({ 'severity-overrides': 'pin=critical\nrestart-policy=off\npin=off\n' })).toThrow("input 'severity-overrides' line 1: pin=critical and input 'severity-overrides' line 3: pin=off give 'pin' two different levels");
    expect(() => parseInputs({ 'severity-overrides': 'pin=critical, pin=low' })).toThrow("give 'pin' two different levels");
    expect(parseInputs({ 'severity-overrides': 'pin=critical\npin=Critical\n' })['severity-overrides']).toEqual({ pin: 'critical' });
  });
});
