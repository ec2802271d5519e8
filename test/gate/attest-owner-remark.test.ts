import { describe, expect, it } from 'vitest';
import { nearMissTicks, parseAttestations } from '../../src/gate/attest.js';
import { normaliseTitle } from '../../src/checklist/title.js';

// QA39 markdown14 D1: a tick that leaves off the item's "— @owner, due …" remark got no hint when the remark was
// longer than the title (the cut-short rule wants at least half the title's words).
describe('nearMissTicks: a title ticked without its owner or due-date remark', () => {
  const items = [
    { id: 'runbook', title: 'Runbook linked — @erin, due Friday', status: 'pending' },
    { id: 'oncall', title: 'On-call engineer notified – @dave, due 2025-03-01', status: 'pending' },
    { id: 'rota', title: 'Pager rota set -- owner: @sam, by end of sprint', status: 'pending' },
    { id: 'deps', title: 'Dependencies updated — see the Renovate dashboard for the list', status: 'pending' },
  ];
  const hints = (body: string) => nearMissTicks(parseAttestations(body), items, normaliseTitle);
  it('hints at the item whose title the tick names without the remark', () => {
    const got = hints('- [x] Runbook linked\n- [x] On-call engineer notified\n- [x] Pager rota set\n');
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/ticks "runbook linked", which signs nothing off: it is not the title of the pending item 'runbook' \("Runbook linked — @erin, due Friday"\)/);
    expect(got[1]).toMatch(/'oncall'/);
    expect(got[2]).toMatch(/'rota'/);
  });
  it('stays silent on a tick that drops a remark that is no owner or date, and on one word of the title', () => {
    expect(hints('- [x] Dependencies updated\n- [x] Runbook\n')).toEqual([]);
  });
});
