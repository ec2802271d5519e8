import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// Sweep 4 R1 (stop 36): a status followed by its owner ("— WIP @carol") bound its check again once a status had to be the
// whole state; an owner is part of a status line, as a ticket is.
const bound = (title: string) => matchItem(title, { headings: ['Launch'] }).checks;

describe('a status with its owner keeps the item manual', () => {
  for (const t of ['`DEBUG=False` in prod — WIP @carol', 'HSTS enabled — on hold @dave', 'Security headers — WIP @carol @dave', 'Non-root containers — in progress @carol', 'Containers run as non-root (blocked @ops-team)']) {
    it(t, () => { expect(bound(t)).toEqual([]); });
  }
  it('the same items without a status bind', () => {
    expect(bound('`DEBUG=False` in prod @carol')).not.toEqual([]);
    expect(bound('HSTS enabled @dave')).not.toEqual([]);
  });
});
