import { describe, expect, it } from 'vitest';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { MAX_TITLE_READ, notDoneChecksOfTitle, statusSpelled, titleRead } from '../../src/checklist/matcher.js';

// QA stop 49 (second read 48, "cap in two places"; review 48 S4.1): statusSpelled cut its own result at 4,000 characters
// (only when a spelling changed), notDoneReading its input at 2,000. One cap now sits where a title enters the reading
// (titleRead: a Markdown item's promise in bindChecklist, a YAML item's title in notDoneChecksOfTitle); the readings after it
// take the text as given. A 1 MB title still takes no more than linear work through either reader (a hang fails the test).

const md = (title: string) => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', `# Go-live\n## App\n- [ ] ${title}\n`).items[0]!;
const yml = (title: string) => parseYamlChecklist('preflight.yml', `version: 1\nitems:\n  - id: a\n    title: ${JSON.stringify(title)}\n    group: [App]\n`).items[0]!;

describe('one cap where a title enters the status reading (QA49 second read)', () => {
  it('statusSpelled spells the whole text it is given: no cut of its own', () => {
    const long = `Debug mode off -- pending ${'x'.repeat(5000)} end`;
    expect(statusSpelled(long)).toBe(long.replace(' -- ', ' — '));
  });

  it('titleRead is the cap: the first MAX_TITLE_READ characters, a short title as it is', () => {
    expect(MAX_TITLE_READ).toBe(2000);
    expect(titleRead('HSTS enabled')).toBe('HSTS enabled');
    expect(titleRead('y'.repeat(5000))).toHaveLength(MAX_TITLE_READ);
  });

  it('both readers read a status within the cap, and neither one past it', () => {
    const within = `Debug mode is off in production (pending)${' and more'.repeat(300)}`;
    const past = `Debug mode is off in production ${'word '.repeat(450)} — pending`;
    expect(past.indexOf('— pending')).toBeGreaterThan(MAX_TITLE_READ);
    expect(md(within).notDoneChecks).toEqual(['debug-mode']);
    expect(yml(within).notDoneChecks).toEqual(['debug-mode']);
    expect(notDoneChecksOfTitle(within)).toEqual(['debug-mode']);
    expect(md(past).notDoneChecks).toBeUndefined();
    expect(yml(past).notDoneChecks).toBeUndefined();
  });

  it.each([
    ['blocked', `Debug mode ${'blocked '.repeat(130_000)}`],
    ['root', `Debug mode ${'root '.repeat(200_000)}`],
    ['spaces after a status', `Debug port — blocked${' '.repeat(1_000_000)}x`],
    ['emphasised statuses', `Debug mode ${'_pending_ '.repeat(100_000)}`],
    ['an emphasised status before spaces', `Debug mode _pending_${' '.repeat(1_000_000)}x`],
    ['status emoji', `Debug mode ${':⏳,'.repeat(300_000)}`],
  ])('a 1 MB title (%s) is read through both readers', (_what, title) => {
    expect(title.length).toBeGreaterThan(800_000);
    expect(md(title).title).toMatch(/^Debug (?:mode|port) /);
    expect(yml(title).title).toBe(title);
  }, 300_000);
});
