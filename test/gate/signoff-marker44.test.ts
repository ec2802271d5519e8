import { describe, expect, it } from 'vitest';
import { nearMisses, parseAttestations, withFilledTemplates } from '../../src/gate/attest.js';
import type { SignoffItem } from '../../src/gate/attest.js';
import { normaliseTitle } from '../../src/checklist/title.js';

/** The near misses of a description against items, as the pipeline reads them (templates filled in first). */
function hintsOf(body: string, items: readonly SignoffItem[]) {
  const manual = items.filter((i) => !i.kind || i.kind === 'manual').map((i) => i.title);
  return nearMisses(withFilledTemplates(parseAttestations(body), manual, normaliseTitle), items, normaliseTitle);
}

// QA44 markdown19 D7: a tick with the title's emoji moved to the other end ("Incident runbook reviewed 🧯" for
// "🧯 Incident runbook reviewed") signed nothing off and got no warning, while leaving the emoji out got one.
describe('markdown19 D7: a tick with the title\'s marker moved or swapped gets the near-miss warning', () => {
  const items: SignoffItem[] = [
    { id: 'incident-runbook-reviewed', title: '🧯 Incident runbook reviewed', status: 'pending' },
    { id: 'changelog-written', title: 'Changelog written :memo:', status: 'pending' },
    { id: 'oncall-rota-updated', title: '📟 On-call rota updated 📟', status: 'pending' },
  ];

  it('names the item and says the tick signs nothing off', () => {
    const body = '- [x] Incident runbook reviewed 🧯\n- [x] :memo: Changelog written\n- [x] ✅ On-call rota updated\n';
    // None of them signs its item off: the contract matches titles as written.
    expect(parseAttestations(body).has(normaliseTitle('🧯 Incident runbook reviewed'))).toBe(false);
    const got = hintsOf(body, items);
    expect(got.map((h) => [h.tick, h.kind, h.items])).toEqual([
      ['incident runbook reviewed 🧯', 'title', ['incident-runbook-reviewed']],
      [':memo: changelog written', 'title', ['changelog-written']],
      ['✅ on-call rota updated', 'title', ['oncall-rota-updated']],
    ]);
    expect(got[0]!.message).toBe('the pull request description ticks "incident runbook reviewed 🧯", which signs nothing off: it is not the title of the pending item \'incident-runbook-reviewed\' ("🧯 Incident runbook reviewed"); tick that title as the summary lists it (matching ignores case and markup, and reads a `:shortcode:` as the title\'s emoji in its place when only one title fits; not other emoji, spelling, extra or missing words or punctuation)');
  });

  it('says nothing of other words around the same emoji, a short title, or the title as written', () => {
    const others: SignoffItem[] = [
      { id: 'incident-runbook-reviewed', title: '🧯 Incident runbook reviewed', status: 'pending' },
      { id: 'deploy', title: '🚀 Deploy', status: 'pending' },
    ];
    // Other words (a negation, another runbook), a title too short to be evidence.
    expect(hintsOf('- [x] Incident runbook not reviewed 🧯\n- [x] Security runbook drafted 🧯\n- [x] Deploy 🚀\n', others)).toEqual([]);
    // The title as written signs it off: no hint.
    expect(hintsOf('- [x] 🧯 Incident runbook reviewed\n', others.map((i) => (i.id === 'incident-runbook-reviewed' ? { ...i, status: 'attested' } : i)))).toEqual([]);
  });
});
