import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// Stop 49 review 3 B1: an emphasised status followed by an owner of more than one letter (`_todo_ @alice`, `@org/team`) ends the
// item's words as one followed by a ticket does: the item stays not done (it passed on its check for a moment in this stop).
const read = (line: string) => {
  const item = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', `# Go-live\n## App\n- [ ] ${line}\n`).items[0]!;
  return { checks: item.checks, notDone: item.notDoneChecks ?? [] };
};

describe('an emphasised status before an owner (review 3 B1)', () => {
  it.each(['HSTS enabled _pending_ @alice', 'HSTS enabled _todo_ @ops-team', 'HSTS enabled **WIP** @acme/platform', 'HSTS enabled _pending_ @a'])('"%s" is a not-done item naming hsts', (line) => {
    expect(read(line)).toMatchObject({ checks: [], notDone: ['hsts'] });
  });
  it('an address after emphasis is no owner: a mid-sentence emphasis before an owner still binds', () => {
    expect(read('HSTS enabled, **pending** review by @alice done').checks).toEqual(['hsts']);
  });
});
