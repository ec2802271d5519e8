/**
 * Review 48 B1/B2: the status readings added this stop scanned a long title from each "blocked" or "root" on, and the
 * status-table detector split a long run of marks many ways: a 320 KB checklist item or a 90 KB table cell took minutes.
 * A title is read for its status in its first 2,000 characters, and a table cell over 60 characters is no status value.
 * (Stop 49: the cap sits where a title enters the reading, titleRead, no longer inside notDoneReading.)
 */
import { describe, expect, it } from 'vitest';
import { notDoneReading as readStatus, titleRead } from '../../src/checklist/matcher.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

const notDoneReading = (title: string) => readStatus(titleRead(title));

describe('status readings on long input (review 48 B1, B2)', () => {
  it('read a long title in its first 2,000 characters: a status there is read, one past it is not', () => {
    expect(notDoneReading(`Debug mode disabled — pending${' and more'.repeat(300)}`)).toBeUndefined();
    expect(notDoneReading('Debug mode disabled (pending)')).toBe('Debug mode disabled');
    for (const long of [`Debug mode ${'blocked '.repeat(40_000)}`, `Debug mode ${'root '.repeat(40_000)}`, `Debug port — blocked${' '.repeat(200_000)}x`]) {
      expect(notDoneReading(long)?.length ?? 0).toBeLessThanOrEqual(2000);
    }
    expect(notDoneReading(`${'x'.repeat(2100)} — pending`)).toBeUndefined();
  });

  it('a table cell of many marks is no status value (the table is no status table), and a short one is', () => {
    const table = (cell: string) => `# Checklist\n\n- [ ] Runbook updated\n\n| Item | Status |\n| --- | --- |\n| Debug mode is off | ${cell} |\n| Containers run as non-root | ${cell} |\n`;
    const long = parseMarkdownChecklist('c.md', table(`${'✅ '.repeat(30_000)}z`));
    expect((long.warnings ?? []).filter((w) => /status column/.test(w))).toEqual([]);
    const short = parseMarkdownChecklist('c.md', table('No ❌'));
    expect((short.warnings ?? []).filter((w) => /status column/.test(w))).toHaveLength(1);
  });
});
