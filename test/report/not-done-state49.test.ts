import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reportSchema } from '../../src/report/schema.js';
import { toText } from '../../src/report/text.js';
import { run } from '../../src/run.js';
import { awaitsSignOff, type ItemReport } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';
import { sampleReport } from './sample-report.js';

// QA stop 49 (second read 48, "state that could be derived"): the text and Markdown reports told a not-done pending item
// (no tick signs it off) from a sign-off to tick by its having a `reason`. The gate now marks it (ItemReport.notDone, set with
// the status), the reporters ask awaitsSignOff, and the JSON report is as before: no such field.

const manual = (over: Partial<ItemReport>): ItemReport => ({ id: 'backups', title: 'Backups restored in a drill', kind: 'manual', check: null, severity: 'high', status: 'pending', ...over });
const signOffLines = (text: string) => text.split('\n').filter((l) => /^\s*- \[ \] /.test(l));

describe('a not-done pending item is marked, not inferred from its reason (QA49 second read)', () => {
  it('awaitsSignOff: pending and not marked not-done', () => {
    expect(awaitsSignOff(manual({}))).toBe(true);
    expect(awaitsSignOff(manual({ reason: 'any words' }))).toBe(true);
    expect(awaitsSignOff(manual({ notDone: true, reason: 'its status says the work is not done' }))).toBe(false);
    expect(awaitsSignOff(manual({ status: 'attested' }))).toBe(false);
  });

  it('the text and Markdown reports list a pending item to tick by the mark, whatever its reason says', () => {
    const report = sampleReport({ items: [manual({ reason: 'owner: ops' }), manual({ id: 'debug', title: 'Debug mode is off — pending', notDone: true, reason: 'its status says the work is not done' })] });
    const text = toText(report, { color: false });
    expect(signOffLines(text)).toEqual(['    - [ ] Backups restored in a drill']);
    const md = renderMarkdown(report);
    expect(md).toContain('- [ ] Backups restored in a drill');
    expect(md).not.toContain('- [ ] Debug mode is off — pending');
  });

  it('the gate marks a not-done item; the JSON report has no such field and keeps its schema', async () => {
    const md = '# R\n\n## App\n- [ ] Debug mode is off in production — pending\n- [ ] Backups restored in a drill\n';
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': md, 'app.py': 'print(1)\n' });
    const { report } = await run({ dir, cwd: dir, checklist: path.join(dir, 'PRODUCTION_CHECKLIST.md'), probes: false, env: {}, failOn: 'info' });
    const [debug, backups] = report.items;
    expect(debug).toMatchObject({ status: 'pending', notDone: true });
    expect(backups!.status).toBe('pending');
    expect(backups!.notDone).toBeUndefined();
    const json = JSON.parse(toJson(report)) as { items: Record<string, unknown>[] };
    expect(json.items.some((i) => 'notDone' in i)).toBe(false);
    expect(Object.keys(json.items[0]!)).toEqual(Object.keys(debug!).filter((k) => k !== 'notDone'));
    expect(reportSchema.strict().safeParse(json).success).toBe(true);
    expect(signOffLines(toText(report, { color: false }))).toEqual(['    - [ ] Backups restored in a drill']);
  }, 60_000);
});
