import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { notDoneReading } from '../../src/checklist/matcher.js';

// QA stop 47 (sweep R4): a ticked item whose title carries a not-done status ("— not done", "(Status: To Do)", "(status:
// pending)") was a manual item the tick signed off, so its check never ran (a false pass). A tick claims the work done: the
// check the item names decides it (DESIGN: on a bound item the check still runs); unticked, it stays a pending manual item.

const items = (md: string) => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md).items;
const state = (md: string) => items(md).map((i) => ({ checks: i.checks, signedOff: !!i.signedOff, ticked: !!i.ticked, notDone: i.notDoneChecks ?? [] }));

describe('sweep R4: a tick beside a not-done status does not sign the item off', () => {
  it.each<[string, string]>([
    ['Debug mode disabled — not done', 'debug-mode'],
    ['Containers run as a non-root user (Status: To Do)', 'dockerfile-non-root'],
    ['Database port not exposed publicly (status: pending)', 'database-port-exposed'],
    ['Memory limits on all containers (Status: In Progress)', 'resource-limits'],
    ['HSTS enabled — WIP', 'hsts'],
    ['Image tags pinned — IN PROGRESS', 'image-tag-pinned'],
    ['Security headers: pending', 'security-headers'],
  ])('ticked "%s" binds %s, the tick shown', (title, check) => {
    const [it0] = state(`# Go-live\n- [x] ${title}\n`);
    expect(it0!.checks).toContain(check);
    expect(it0!.signedOff).toBe(false);
    expect(it0!.ticked).toBe(true);
  });

  it.each<[string, string]>([
    ['Debug mode disabled — not done', 'debug-mode'],
    ['Containers run as a non-root user (Status: To Do)', 'dockerfile-non-root'],
    ['Database port not exposed publicly (status: pending)', 'database-port-exposed'],
  ])('unticked "%s" stays a pending manual item that names %s', (title, check) => {
    const [it0] = state(`# Go-live\n- [ ] ${title}\n`);
    expect(it0!.checks).toEqual([]);
    expect(it0!.signedOff).toBe(false);
    expect(it0!.notDone).toContain(check);
  });

  it.each<[string, string]>([
    // A verification aside or a positive status: bound as before, the tick shown.
    ['Debug mode disabled (verified on staging)', 'debug-mode'],
    ['Debug mode disabled — done', 'debug-mode'],
    ['Containers run as a non-root user (Status: Done)', 'dockerfile-non-root'],
  ])('ticked lookalike "%s" still binds %s', (title, check) => {
    const [it0] = state(`# Go-live\n- [x] ${title}\n`);
    expect(it0!.checks).toContain(check);
    expect(it0!.ticked).toBe(true);
    expect(it0!.notDone).toEqual([]);
  });

  it.each([
    // A purely manual item, and a decision the tick signs off (a waiver, not applicable, won't fix): standing sign-offs.
    'Backups restored in a drill',
    'Backups restored in a drill (Status: To Do)',
    'HSTS — waived for launch (SEC-1234)',
    'Containers run as a non-root user — not applicable',
    'Memory limits on all containers — won\'t fix',
    // Another veto beside the status still holds: staging only promises nothing about production.
    'Debug mode disabled on staging only — pending',
  ])('ticked "%s" stays a signed-off manual item', (title) => {
    const [it0] = state(`# Go-live\n- [x] ${title}\n`);
    expect(it0!.checks).toEqual([]);
    expect(it0!.signedOff).toBe(true);
  });

  it('reads the item without the status that stands as its state', () => {
    expect(notDoneReading('Debug mode disabled — not done')).toBe('Debug mode disabled');
    expect(notDoneReading('Containers run as a non-root user (Status: To Do)')).toBe('Containers run as a non-root user');
    expect(notDoneReading('Security headers: pending')).toBe('Security headers');
    expect(notDoneReading('Readiness probe: pending requests drained before shutdown')).toBeUndefined();
    expect(notDoneReading('HSTS enabled, 1 year (preload pending)')).toBeUndefined();
    expect(notDoneReading('Postgres port not exposed (Status: Open)')).toBeUndefined();
  });
});
