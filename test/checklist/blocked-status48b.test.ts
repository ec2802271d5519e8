import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { notDoneReading } from '../../src/checklist/matcher.js';

// QA stop 48 (markdown22 D8): "[x] Debug mode is off in production — blocked by OPS-12" (also "— Status: Blocked",
// "(blocked)") was a manual item the tick signed off, so the critical debug-mode check never ran. "Blocked" is a not-done
// state (Jira's Blocked), not a decision: ticked, the item binds and the check decides; unticked it is a pending manual item
// that a pull-request tick does not sign off. Something blocked as the promise (a port, the firewall) still binds as before.

const state = (box: 'x' | ' ', title: string) =>
  parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', `# Go-live\n## App\n- [${box}] ${title}\n`).items.map((i) => ({ checks: i.checks, signedOff: !!i.signedOff, notDone: i.notDoneChecks ?? [] }))[0]!;

describe('"blocked" is a not-done status (QA48 D8)', () => {
  it.each<[string, string]>([
    ['Debug mode is off in production — blocked by OPS-12', 'debug-mode'],
    ['Debug mode is off in production — Status: Blocked', 'debug-mode'],
    ['Debug mode is off in production (Status: Blocked)', 'debug-mode'],
    ['Debug mode is off in production (blocked)', 'debug-mode'],
    ['HSTS enabled — blocked (OPS-3)', 'hsts'],
    ['HSTS enabled — blockiert', 'hsts'],
    ['HSTS enabled — bloqué', 'hsts'],
    ['HSTS enabled (bloqueado)', 'hsts'],
    ['HSTS enabled — bloccato', 'hsts'],
    ['HSTS enabled — заблокировано', 'hsts'],
    // Blocked on a ticket is the status even where a thing blocked could be the promise (an origin).
    ['CORS does not allow any origin — blocked by OPS-12', 'cors-policy'],
    ['CORS does not allow any origin — blocked (OPS-12)', 'cors-policy'],
  ])('ticked "%s" binds %s (the check decides); unticked it is pending, no PR sign-off', (title, check) => {
    expect(state('x', title)).toMatchObject({ signedOff: false });
    expect(state('x', title).checks).toContain(check);
    expect(state(' ', title)).toMatchObject({ checks: [], signedOff: false });
    expect(state(' ', title).notDone).toContain(check);
  });

  it('notDoneReading drops the blocked status', () => {
    expect(notDoneReading('Debug mode is off in production — blocked by OPS-12')).toBe('Debug mode is off in production');
    expect(notDoneReading('HSTS enabled (blocked) on the API')).toBe('HSTS enabled on the API');
  });

  it('a purely manual item beside "blocked" is still signed off by its tick', () => {
    expect(state('x', 'Backups restored in a drill — blocked by OPS-12')).toEqual({ checks: [], signedOff: true, notDone: [] });
  });

  it.each<[string, string]>([
    // Blocked as the promise: the thing blocked is a port, a path, a risk; what enforces it is named.
    ['Postgres not exposed (blocked by the firewall)', 'database-port-exposed'],
    ['`/.env` — blocked', 'sensitive-paths'],
    ['Containers run as non-root (blocked: runAsNonRoot enforced by admission)', 'k8s-run-as-non-root'],
  ])('lookalike "%s" still binds %s, ticked or not', (title, check) => {
    expect(state('x', title)).toMatchObject({ checks: [check], notDone: [] });
    expect(state(' ', title)).toMatchObject({ checks: [check], notDone: [] });
  });

  it.each(['Port 5432 blocked from the internet', 'Blocked IPs list maintained', 'DB ports blocked by the firewall', 'Database port 5432 — blocked by the firewall', 'Debug toolbar routes (blocked)', 'Privileged containers: blocked'])(
    '"%s" has no not-done reading (blocked is what it promises)',
    (title) => {
      expect(notDoneReading(title)).toBeUndefined();
      expect(state('x', title).notDone).toEqual([]);
    },
  );
});
