import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA 52 cliux D4: a manual item switched off was shown at the manual default (`high`; `info` in Markdown), not at "the
 * severity it would otherwise have" (README) as a check item is, and its reason lacked the `(--severity ID=off)` a check
 * item's gives.
 */
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const CHECKLIST = 'version: 1\nitems:\n  - id: crit\n    title: Crit thing\n    severity: critical\n  - id: m2\n    title: Manual two\n    severity: low\n  - id: gone\n    title: Gone\n    severity: off\n';

describe('a switched-off manual item keeps its own severity (QA 52 cliux D4)', () => {
  it('--severity ID=off: text and JSON show the item\'s severity and why it is off', async () => {
    const repo = makeRepo({ 'c.yml': CHECKLIST });
    const text = await cli(['--checklist', 'c.yml', '--severity', 'crit=off', '--severity', 'm2=off'], repo);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Crit thing [crit] critical skipped — item switched off (--severity crit=off)');
    expect(text.stdout).toContain('Manual two [m2] low skipped — item switched off (--severity m2=off)');
    const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--severity', 'crit=off', '--severity', 'm2=off', '--format', 'json'], repo)).stdout);
    expect(doc.items.map((i: { id: string; severity: string; status: string; reason: string }) => [i.id, i.severity, i.status, i.reason])).toEqual([
      ['crit', 'critical', 'skipped', 'item switched off (--severity crit=off)'],
      ['m2', 'low', 'skipped', 'item switched off (--severity m2=off)'],
      // `severity: off` in the checklist: no other level is set, so the manual default.
      ['gone', 'high', 'skipped', 'item switched off (severity: off)'],
    ]);
    expect(doc.counts.critical).toBe(0);
  });

  it('an override level other than off still wins over the item\'s', async () => {
    const repo = makeRepo({ 'c.yml': CHECKLIST });
    const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--severity', 'crit=medium', '--format', 'json', '--fail-on', 'none'], repo)).stdout);
    expect(doc.items[0]).toMatchObject({ id: 'crit', severity: 'medium', status: 'pending' });
  });
});
