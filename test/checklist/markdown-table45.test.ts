import { describe, expect, it } from 'vitest';
import { defuseInline, parseMarkdownChecklist } from '../../src/checklist/markdown.js';

const table = (rows: number, cell = (i: number) => `| [ ] Row ${i} | x |`) => `# T\n| a | b |\n|---|---|\n${Array.from({ length: rows }, (_, i) => cell(i)).join('\n')}\n\n- [ ] Images use pinned tags\n`;
const tableWarnings = (text: string) => (parseMarkdownChecklist('c.md', text).warnings ?? []).filter((w) => /a checkbox in a table row/.test(w));

describe('a Markdown table of checkboxes is warned about whatever its size (robust1 D4)', () => {
  it('501 and 3,000 rows give one warning per row, as 500 do', () => {
    expect(tableWarnings(table(500))).toHaveLength(500);
    expect(tableWarnings(table(501))).toHaveLength(501);
    const big = tableWarnings(table(3000));
    expect(big).toHaveLength(3000);
    expect(big[2999]).toMatch(/^c\.md:3003:3: .*'Row 2999'/);
    // The items below the table are still read.
    expect(parseMarkdownChecklist('c.md', table(3000)).items.map((i) => i.title)).toEqual(['Images use pinned tags']);
  });

  it('boxes after a list marker in a cell, and in later cells, are kept too', () => {
    expect(tableWarnings(table(600, (i) => `| - [x] Row ${i} | note |`))).toHaveLength(600);
    expect(tableWarnings(table(600, (i) => `| Row ${i} | [ ] |`))).toHaveLength(600);
  });

  it('still defuses the other brackets of a heavy paragraph (lines and columns kept)', () => {
    const text = `| [ ] a [b] *c* |\n`.repeat(600);
    const out = defuseInline(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n')[0]).toBe('| [ ] a ［b］ ∗c∗ |');
  });
});
