import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { signoffText } from '../../src/checklist/title.js';

// Second read 52: the phrase rules and the sign-off comparison read typographic apostrophes through one set. The phrase
// rules had their own shorter one (’ ‘ ʼ), so a reversed (‛) or low (‚) apostrophe or a prime (′), which exports from
// Word and Google Docs and some keyboards produce and a sign-off already read as `'`, hid a contraction from the matcher.
describe('phrase rules read every apostrophe a sign-off reads', () => {
  it.each(['\u201b', '\u201a', '\u2032', '\u2035', '\u2019', '\u02bc'])('Production doesn%st run `next dev` binds production-server', (mark) => {
    const text = `Production doesn${mark}t run \`next dev\``;
    expect(signoffText(text)).toBe(signoffText("Production doesn't run `next dev`"));
    expect(matchItem(text, { headings: [] }).checks).toEqual(['production-server']);
  });
});
