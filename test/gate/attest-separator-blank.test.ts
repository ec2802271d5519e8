import { describe, expect, it } from 'vitest';
import { nearMisses, parseAttestations, withFilledTemplates } from '../../src/gate/attest.js';
import { normaliseTitle } from '../../src/checklist/title.js';

// Sweep 2 of stop 38: a date blank made of runs joined by separators (`Date: ____/____/______`) reads `date: //` once
// its `_` are dropped, so a tick of only the separators (`- [x] Date: //`, the date left out) matched the title as if
// written out and signed the item off.
describe('a tick of a date/time blank with only its separators', () => {
  const checklist = ['Date: ____/____/______', 'Release date: __/__/____', 'Time: __:__', 'Reviewed by: ____'];
  const items = checklist.map((title, i) => ({ id: `i${i}`, title, status: 'pending' }));
  const keys = (body: string) => withFilledTemplates(parseAttestations(body), checklist, normaliseTitle);

  it('signs nothing off and gets the blank hint', () => {
    const k = keys('- [x] Date: //\n- [x] Release date: //\n- [x] Time: :\n');
    for (const t of checklist) expect(k.has(normaliseTitle(t)), t).toBe(false);
    expect(nearMisses(k, items, normaliseTitle).map((h) => [h.kind, h.items])).toEqual([['blank', ['i0']], ['blank', ['i1']], ['blank', ['i2']]]);
  });

  it('a filled-in date still signs off, and the template ticked as written still does', () => {
    const k = keys('- [x] Date: 05/06/2024\n- [x] Release date: __/__/____\n- [x] Time: 14:00\n');
    expect(checklist.slice(0, 3).map((t) => k.has(normaliseTitle(t)))).toEqual([true, true, true]);
  });
});
