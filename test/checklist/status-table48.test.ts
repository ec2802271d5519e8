import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { ConfigError } from '../../src/types.js';

// QA stop 48 (markdown22 D6): a table with a Status/Done column (`| Debug mode is off | Yes |`, ✔/✘, Done/Pending) beside
// task items was dropped with no warning (the README: look-alikes "are named in a warning, never dropped silently"). One
// warning per such table, at its first line; alone, the "no task-list items" error says why.

const warningsOf = (md: string) => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md).warnings ?? [];

describe('a status table is a look-alike checklist, said once per table (markdown22 D6)', () => {
  it.each<[string, string]>([
    ['| Item | Status |\n|------|--------|\n| Debug mode is off in production | Yes |\n| Containers do not run as root | No |\n', 'Status'],
    ['| Check | Done |\n|---|---|\n| Container images use pinned tags | ✔ |\n| Backups restored in a drill | ✘ |\n', 'Done'],
    ['| Task | State |\n|---|---|\n| Rollback plan written | Done |\n| Load test completed | Pending |\n| Runbook reviewed | ✅ Done |\n', 'State'],
    ['| ✅ | Item |\n|---|---|\n| :white_check_mark: | Rollback plan written |\n| ❌ | Load test completed |\n', '✅'],
    ['| Item | **Status** |\n|---|---|\n| Rollback plan written | yes |\n| Load test completed | see OPS-12 |\n', 'Status'],
  ])('warns once at the table, beside task items: %j', (table, header) => {
    const md = `# Go-live\n\n## Status\n\n${table}\n## List\n- [ ] Runbook updated\n`;
    const w = warningsOf(md);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(new RegExp(`^PRODUCTION_CHECKLIST\\.md:5:1: this table has a status column \\('${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'\\), but a table is not read as a checklist: its \\d rows are not items and are not checked; write each as a list line \\(\`- \\[x\\] .+\` when done, \`- \\[ \\] …\` when not\\)$`, 'u'));
  });

  it.each([
    // Tables that are no status checklists: plain data, a legend of the marks, config values, a status column of prose.
    '| Service | Port |\n|---|---|\n| api | 8000 |\n| db | 5432 |\n',
    '| Symbol | Meaning |\n|---|---|\n| ✅ | Done |\n| ⏳ | Pending |\n',
    '| Status | Meaning |\n|---|---|\n| ✅ | Done and verified |\n| ❌ | Not done |\n',
    '| Variable | Value |\n|---|---|\n| DEBUG | false |\n| SECURE_SSL_REDIRECT | true |\n',
    '| Component | Status |\n|---|---|\n| API | Migrated to the new cluster last week |\n| Worker | Waiting on the platform team |\n',
    '| Environment | URL |\n|---|---|\n| staging | https://staging.example.com |\n',
  ])('stays silent on %j', (table) => {
    expect(warningsOf(`# Go-live\n\n${table}\n- [ ] Runbook updated\n`)).toEqual([]);
  });

  it('a table with checkbox cells gets its per-row warnings, not a second one for the table', () => {
    const w = warningsOf('| Done | Item |\n|---|---|\n| [x] | CORS does not allow any origin |\n| [ ] | Database ports are not published |\n\n- [ ] Runbook updated\n');
    expect(w).toHaveLength(2);
    expect(w.every((x) => x.includes('a checkbox in a table row'))).toBe(true);
  });

  it('a file that is only a status table: the error says why', () => {
    const md = '# Go-live\n\n| Item | Status |\n|---|---|\n| Debug mode is off in production | Yes |\n| Containers do not run as root | No |\n';
    expect(() => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md)).toThrow(ConfigError);
    expect(() => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md)).toThrow(/no task-list items .*\(a table with a status column is not a checklist: its rows are not items\)/);
  });
});
