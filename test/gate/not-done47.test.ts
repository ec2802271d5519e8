import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { normaliseTitle } from '../../src/checklist/title.js';
import { toText } from '../../src/report/text.js';

// QA stop 47 (sweep R4), the pull request's path: a tick in the description of an item whose status says the work is not
// done, though it names what a check verifies ("Debug mode disabled — not done"), signed it off. It stays pending, saying
// what to do instead; a purely manual item is signed off by its tick as before. (The action runs this gate: tested here,
// as its tests run the bundle, which a fixer does not rebuild.)

const MD = `# Go-live
- [ ] Debug mode disabled — not done
- [ ] Backups restored in a drill
- [ ] Backups restored in a drill again (Status: To Do)
`;

function run(ticks: string[]): ReturnType<typeof gate> {
  const planned = plan(parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', MD), {});
  const input: GateInput = {
    version: '0.0.0',
    items: planned.map((p) => ({ planned: p, outcomes: p.checks.map(() => ({ findings: [] })) })),
    extra: [],
    failOn: 'critical',
    gatesManual: true,
    attested: { keys: new Set(ticks.map(normaliseTitle)), by: 'octocat', normalise: normaliseTitle },
    suppressions: [],
    baseline: null,
    lineText: () => undefined,
    now: new Date('2026-12-07T00:00:00Z'),
  };
  return gate(input);
}

describe('sweep R4: a tick in the pull request beside a not-done status signs nothing off', () => {
  it('the item a check would decide stays pending, with what to do; purely manual items are signed off', () => {
    const r = run(['Debug mode disabled — not done', 'Backups restored in a drill', 'Backups restored in a drill again (Status: To Do)']);
    const [debug, backups, again] = r.items;
    expect(debug!.status).toBe('pending');
    expect(debug!.reason).toMatch(/not done.*tick its box in the checklist or remove the status.*debug-mode/);
    expect(backups!.status).toBe('attested');
    expect(again!.status).toBe('attested');
  });

  it('is not offered as a line to tick in the pull request', () => {
    const text = toText(run([]), { color: false });
    const list = text.slice(text.indexOf('Manual items pending sign-off'));
    expect(list).toContain('- [ ] Backups restored in a drill');
    expect(list).not.toContain('- [ ] Debug mode disabled');
    expect(text).toMatch(/Debug mode disabled — not done .*pending — its status says the work is not done/);
  });
});
