import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { notDoneReading } from '../../src/checklist/matcher.js';

// QA stop 48 (carried over from 47): a not-done status after a ticket or an owner ("— [OPS-1] pending", "(JIRA-42: in
// progress)", "— OPS-12 WIP", "- see #123, pending") was not read by notDoneReading (it read the item as written, the
// reference in the way), so a ticked item that names a check was a manual item the tick signed off and its check never ran.
// The reference is a remark, as where the deferrals read; a reference alone is no status.

const state = (md: string) => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md).items.map((i) => ({ checks: i.checks, signedOff: !!i.signedOff, ticked: !!i.ticked, notDone: i.notDoneChecks ?? [] }));
const one = (box: 'x' | ' ', title: string) => state(`# Go-live\n- [${box}] ${title}\n`)[0]!;

describe('a not-done status after a ticket reference (QA48 notdone 2)', () => {
  it.each<[string, string]>([
    ['Debug mode disabled — [OPS-1] pending', 'Debug mode disabled'],
    ['HSTS enabled (JIRA-42: in progress)', 'HSTS enabled'],
    ['Security headers — OPS-12 WIP', 'Security headers'],
    ['Debug mode disabled - see #123, pending', 'Debug mode disabled'],
    ['HSTS enabled (cf. OPS-7: on hold)', 'HSTS enabled'],
    ['HSTS enabled — @bob in progress', 'HSTS enabled'],
    ['HSTS enabled — OPS-1 в работе', 'HSTS enabled'],
    // The examiner's manual items: read as not done too (a tick on a purely manual item is still its sign-off, see below).
    ['Backups restored in staging — [OPS-1] pending', 'Backups restored in staging'],
    ['TLS renewed (JIRA-42: in progress)', 'TLS renewed'],
    ['Runbook — OPS-12 WIP', 'Runbook'],
    ['Pen test - see #123, pending', 'Pen test'],
  ])('"%s" reads as not done: "%s"', (title, rest) => {
    expect(notDoneReading(title)).toBe(rest);
  });

  it.each<[string, string]>([
    ['Debug mode disabled — [OPS-1] pending', 'debug-mode'],
    ['HSTS enabled (JIRA-42: in progress)', 'hsts'],
    ['Security headers — OPS-12 WIP', 'security-headers'],
    ['Debug mode disabled - see #123, pending', 'debug-mode'],
  ])('ticked "%s" binds %s (the check decides); unticked it is a pending manual item naming it', (title, check) => {
    const ticked = one('x', title);
    expect(ticked.checks).toContain(check);
    expect(ticked.signedOff).toBe(false);
    expect(ticked.ticked).toBe(true);
    const open = one(' ', title);
    expect(open.checks).toEqual([]);
    expect(open.signedOff).toBe(false);
    expect(open.notDone).toContain(check);
  });

  it.each([
    // A reference alone, or a word that only starts like a status: no status.
    'Rotated keys (OPS-1)',
    'Pending-request queue monitored',
    'Debug mode disabled (OPS-1)',
    'Debug mode disabled — see #123',
    'Debug mode disabled — see OPS-1 for details',
    'Readiness probe: OPS-1 pending requests drained before shutdown',
  ])('"%s" has no not-done reading', (title) => {
    expect(notDoneReading(title)).toBeUndefined();
  });

  it('ticked lookalikes stay done: a manual item signed off, a bound item bound', () => {
    expect(one('x', 'Rotated keys (OPS-1)')).toMatchObject({ checks: [], signedOff: true, notDone: [] });
    expect(one('x', 'Pending-request queue monitored')).toMatchObject({ checks: [], signedOff: true, notDone: [] });
    expect(one('x', 'Debug mode disabled (OPS-1)')).toMatchObject({ checks: ['debug-mode'], notDone: [] });
    expect(one(' ', 'Debug mode disabled — see #123')).toMatchObject({ checks: ['debug-mode'], notDone: [] });
  });
});
