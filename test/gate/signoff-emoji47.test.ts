import { describe, expect, it } from 'vitest';
import { nearMisses, parseAttestations, withFilledTemplates } from '../../src/gate/attest.js';
import type { SignoffItem } from '../../src/gate/attest.js';
import { normaliseTitle } from '../../src/checklist/title.js';

// Stop 47, action15 D2: `- [x] Notify #ops channel :rocket:` did not sign off "Notify #ops channel 🚀", though GitHub
// renders the two the same.

/** The keys a description signs off, as the pipeline reads them (src/engine/pipeline.ts), against the manual titles. */
function keysOf(body: string, items: readonly SignoffItem[]) {
  return withFilledTemplates(parseAttestations(body), items.map((i) => i.title), normaliseTitle);
}
const signs = (body: string, items: readonly SignoffItem[], title: string) => keysOf(body, items).has(normaliseTitle(title));

describe('a tick with an emoji written as its GitHub shortcode signs the item off', () => {
  const items: SignoffItem[] = [
    { id: 'notify-ops-channel', title: 'Notify #ops channel 🚀', status: 'pending' },
    { id: 'pager', title: '🚨 Pager escalation tested', status: 'pending' },
    { id: 'changelog', title: 'Changelog written :memo:', status: 'pending' },
    { id: 'warn', title: '⚠️ Alerts routed', status: 'pending' },
    { id: 'rollback', title: 'Rollback plan documented', status: 'pending' },
  ];

  it('the shortcode for the title\'s emoji, before or after the words, in any case, CRLF', () => {
    expect(signs('- [x] Notify #ops channel :rocket:\r\n', items, 'Notify #ops channel 🚀')).toBe(true);
    expect(signs('* [X] :ROTATING_LIGHT: **Pager** escalation tested\n', items, '🚨 Pager escalation tested')).toBe(true);
    expect(signs('- [x] :warning: Alerts routed\n', items, '⚠️ Alerts routed')).toBe(true);
  });

  it('the emoji for a title written with a shortcode', () => {
    expect(signs('- [x] Changelog written 📝\n', items, 'Changelog written :memo:')).toBe(true);
  });

  it('gives no near-miss warning for a tick that signed its item off', () => {
    const keys = keysOf('- [x] Notify #ops channel :rocket:\n', items);
    const report = items.map((i) => ({ ...i, status: keys.has(normaliseTitle(i.title)) ? 'attested' : 'pending' }));
    expect(nearMisses(keys, report, normaliseTitle)).toEqual([]);
  });

  it('not another emoji, a shortcode moved or left out, other words, or a shortcode where the title has none', () => {
    expect(signs('- [x] Notify #ops channel ✅\n', items, 'Notify #ops channel 🚀')).toBe(false);
    expect(signs('- [x] :rocket: Notify #ops channel\n', items, 'Notify #ops channel 🚀')).toBe(false);
    expect(signs('- [x] Notify #ops channel\n', items, 'Notify #ops channel 🚀')).toBe(false);
    expect(signs('- [x] Notify #ops channels :rocket:\n', items, 'Notify #ops channel 🚀')).toBe(false);
    expect(signs('- [x] Changelog written :pencil:\n', items, 'Changelog written :memo:')).toBe(false);
    expect(signs('- [x] Rollback plan documented :rocket:\n', items, 'Rollback plan documented')).toBe(false);
    // In a block quote it is someone else's words, shortcode or not.
    expect(signs('> - [x] Notify #ops channel :rocket:\n', items, 'Notify #ops channel 🚀')).toBe(false);
  });

  it('two titles differing only by their emoji: GitHub\'s name signs its own emoji\'s off; a name it does not know signs neither, and the warning still names one', () => {
    const twins: SignoffItem[] = [
      { id: 'deploy-rocket', title: 'Notify the ops channel 🚀', status: 'pending' },
      { id: 'deploy-bug', title: 'Notify the ops channel 🐛', status: 'pending' },
    ];
    const rocket = keysOf('- [x] Notify the ops channel :rocket:\n', twins);
    expect(rocket.has(normaliseTitle('Notify the ops channel 🚀'))).toBe(true);
    expect(rocket.has(normaliseTitle('Notify the ops channel 🐛'))).toBe(false);
    const keys = keysOf('- [x] Notify the ops channel :unicorn_face:\n', twins);
    expect(keys.has(normaliseTitle('Notify the ops channel 🚀'))).toBe(false);
    expect(keys.has(normaliseTitle('Notify the ops channel 🐛'))).toBe(false);
    const hints = nearMisses(keys, twins, normaliseTitle);
    expect(hints).toHaveLength(1);
    expect(hints[0]!.message).toContain('which signs nothing off');
    expect(hints[0]!.message).toContain('reads a `:shortcode:` as the title\'s emoji in its place when only one title fits');
    expect(hints[0]!.message).not.toContain('not emoji');
    // The emoji itself still signs its own item off.
    expect(signs('- [x] Notify the ops channel 🐛\n', twins, 'Notify the ops channel 🐛')).toBe(true);
  });

  // Review 47 S2: a shortcode stood for whatever emoji was in its place, so `:x:` signed off a ✅ title.
  it('a shortcode stands only for the emoji GitHub names so: not the opposite one, in either direction', () => {
    const marks: SignoffItem[] = [
      { id: 'smoke', title: 'Staging smoke test ✅ passed', status: 'pending' },
      { id: 'load', title: 'Load test :white_check_mark: signed off by SRE', status: 'pending' },
    ];
    expect(signs('- [x] Staging smoke test :x: passed\n', marks, 'Staging smoke test ✅ passed')).toBe(false);
    expect(signs('- [x] Staging smoke test :red_circle: passed\n', marks, 'Staging smoke test ✅ passed')).toBe(false);
    expect(signs('- [x] Load test ❌ signed off by SRE\n', marks, 'Load test :white_check_mark: signed off by SRE')).toBe(false);
    expect(signs('- [x] Staging smoke test :white_check_mark: passed\n', marks, 'Staging smoke test ✅ passed')).toBe(true);
    expect(signs('- [x] Load test ✅ signed off by SRE\n', marks, 'Load test :white_check_mark: signed off by SRE')).toBe(true);
  });

  it('a time or a ratio is no shortcode', () => {
    const timed: SignoffItem[] = [{ id: 'window', title: 'Release window 12🚀30 agreed', status: 'pending' }];
    expect(signs('- [x] Release window 12:30:45 agreed\n', timed, 'Release window 12🚀30 agreed')).toBe(false);
  });
});
