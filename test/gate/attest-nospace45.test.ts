import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '../../src/checklist/title.js';
import { nearMissTicks, parseAttestations } from '../../src/gate/attest.js';

// Stop 45: `- [x]Backups restored` (no space after the box) is text to GitHub, no checkbox: it signed nothing off, as it
// should, but said nothing either, so the author believed the item signed off. It gets the near-miss hint now.

const items = [{ id: 'backups', title: 'Backups restored', status: 'pending' }, { id: 'pager', title: 'Pager set', status: 'pending' }];

describe('a ticked box with no space after it', () => {
  it('signs nothing off and says why, naming the pending item', () => {
    const ticks = parseAttestations('## Sign-off\n- [x]Backups restored\n- [x] Pager set\n');
    expect([...ticks]).toEqual(['pager set']);
    const hints = nearMissTicks(ticks, items, normaliseTitle);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain('"backups restored" with no space after `[x]`');
    expect(hints[0]).toContain("pending item 'backups'");
  });
  it('says nothing of such a line that names no pending item, nor of a ticked box with its space', () => {
    expect(nearMissTicks(parseAttestations('- [X]Something else entirely\n- [x] Backups restored\n'), items, normaliseTitle)).toEqual([]);
  });
  it('is no tick in a code block', () => {
    expect(nearMissTicks(parseAttestations('```\n- [x]Backups restored\n```\n'), items, normaliseTitle)).toEqual([]);
  });
});
