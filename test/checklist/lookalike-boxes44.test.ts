import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const warnings = (text: string) => parse(text).warnings ?? [];
/** Where each warning points (`LINE:COLUMN`). */
const at = (text: string) => warnings(text).map((w) => /^CHECKLIST\.md:(\d+:\d+):/.exec(w)![1]);

// QA44 markdown19 D6: look-alike checkboxes that were dropped with no warning: a ballot box at the start of a paragraph
// (`☐ …`, a Word or Confluence export), a box run into its text (`- [ ]Text`), a box run into its marker (`-[ ] Text`), a
// box with no marker (`[ ] Text`) and `- [v] …`. GitHub shows each as text, so it is no item and is never checked.
describe('markdown19 D6: look-alike boxes outside a list item\'s box are named', () => {
  const text = [
    '# Checklist', //                                       1
    '', //                                                  2
    '☐ Security headers set (CSP, X-Frame-Options)', //    3
    '', //                                                  4
    '☒ Backups verified', //                                5
    '', //                                                  6
    '- [ ]Missing space HSTS', //                           7
    '- [v] HSTS v-tick', //                                 8
    '- [~] Cookie banner', //                               9
    '- [ ] Real item: rollback plan', //                    10
    '', //                                                  11
    '-[ ] Glued to its marker', //                          12
    '[x] No marker at all', //                              13
    '', //                                                  14
    '> ☐ Quoted ballot box', //                             15
    '', //                                                  16
  ].join('\n');

  it('warns for each, on its line and column, and reads the real item', () => {
    const list = parse(text);
    expect(list.items.map((i) => i.title)).toEqual(['Real item: rollback plan']);
    expect(at(text)).toEqual(['3:1', '5:1', '7:3', '8:3', '9:3', '12:1', '13:1', '15:3']);
    const w = list.warnings!;
    expect(w[0]).toBe("CHECKLIST.md:3:1: `☐` is no checkbox (only `[ ]` and `[x]` are), so 'Security headers set (CSP, X-Frame-Options)' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)");
    expect(w[1]).toBe("CHECKLIST.md:5:1: `☒` is no checkbox (only `[ ]` and `[x]` are), so 'Backups verified' is not a task-list item and is not checked: write it as `- [x] …`");
    expect(w[2]).toBe("CHECKLIST.md:7:3: `[ ]` has no space after it, so Markdown reads it as text, no checkbox: 'Missing space HSTS' is not a task-list item and is not checked: write it as `- [ ] Missing space HSTS` (a space after the box)");
    expect(w[3]).toMatch(/^CHECKLIST\.md:8:3: `\[v\]` is no checkbox .*'HSTS v-tick' is not a task-list item/);
    expect(w[5]).toBe("CHECKLIST.md:12:1: `-[ ]` is text to Markdown, no checkbox (a list marker needs a space after it: `- [ ]`), so 'Glued to its marker' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)");
    expect(w[6]).toMatch(/^CHECKLIST\.md:13:1: `\[x\]` with no list marker before it is text to Markdown, no checkbox, so 'No marker at all' is not a task-list item and is not checked: write it as `- \[x\] …`$/);
  });

  it('names each line of a paragraph of ballot boxes (an export with no blank lines between them)', () => {
    expect(at('- [ ] Real\n\n☐ One\n☐ Two\n☒ Three\n')).toEqual(['3:1', '4:1', '5:1']);
  });

  it('names a look-alike line run on under an item (lazy continuation), not the item itself', () => {
    const list = parse('- [ ] Real item\n[ ] Swallowed as text\n');
    expect(list.items).toHaveLength(1);
    expect(at('- [ ] Real item\n[ ] Swallowed as text\n')).toEqual(['2:1']);
  });

  it('names the reason when such lines are all the file has', () => {
    expect(() => parse('☐ One\n\n☐ Two\n')).toThrow(/only `\[ \]` and `\[x\]` are checkboxes/);
    expect(() => parse('- [ ]One\n- [x]Two\n')).toThrow(/not `- \[ \]Text` or `-\[ \] Text`/);
  });

  it('leaves what is no checklist line alone', () => {
    // Real items, with a box-like text or an emoji in their titles.
    expect(warnings('- [ ] [x] marks done items in the legend\n- [ ] ☐ Backups verified\n')).toEqual([]);
    // A legend of the boxes, in a paragraph or a list.
    expect(warnings('- [ ] Real\n\n☐ = open, ☒ = done\n\n[ ] means not started, [x] means done\n\n☐ means open\n')).toEqual([]);
    // A box in a code span, a fenced example, a sentence that mentions a box.
    expect(warnings('- [ ] Real\n\n`[ ]Text` is no checkbox\n\n```\n☐ Example\n[ ]Example\n```\n\nTick [ ] boxes as you go.\n')).toEqual([]);
    // A link whose text is `x`, a footnote-like label, a plain bullet with a bracketed label.
    expect(warnings('- [ ] Real\n\n[x](https://example.com) marks the spot\n\n- [A]Alpha\n- [1]First\n')).toEqual([]);
    // A list labelled with roman numerals in brackets: `[v]` is its fifth label.
    expect(warnings('- [ ] Real\n\n- [iv] Fourth reason\n- [v] Fifth reason\n- [vi] Sixth reason\n')).toEqual([]);
    // A hyphenated word, a bullet with a space.
    expect(warnings('- [ ] Real\n\n-[x]-axis labels are text\n')).toEqual([]);
  });
});
