import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/checklist/import.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { run } from '../../src/run.js';
import { toText } from '../../src/report/text.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 48 (markdown22 D5): an item struck through in full (`- [ ] ~~Backups restored in a drill~~`) stayed a pending
// obligation, offered as a line to tick and gating at `fail-on: info`, though struck words promise nothing. It is withdrawn:
// reported skipped, never pending, no gate effect. A partly struck item stays an item.

const MD = `# R
## App
- [ ] ~~Backups restored in a drill~~
- [ ] <del>Load test completed</del>
- [ ] <s>On-call rota updated</s>
- [ ] **~~Status page announced~~**
- [ ] Backups ~~weekly~~ daily restored
- [x] ~~Container images use pinned tags~~
- [ ] Runbook updated
`;

describe('an item struck through in full is withdrawn (markdown22 D5)', () => {
  it('the parser marks the wholly struck unticked items withdrawn, not the partly struck or ticked ones', () => {
    const items = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', MD).items;
    expect(items.map((i) => [i.title, !!i.withdrawn])).toEqual([
      ['Backups restored in a drill', true],
      ['Load test completed', true],
      ['On-call rota updated', true],
      ['Status page announced', true],
      ['Backups weekly daily restored', false],
      ['Container images use pinned tags', false],
      ['Runbook updated', false],
    ]);
  });

  it('is skipped, not pending, not offered as a sign-off line, and does not gate; a tick in the PR changes nothing', async () => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': MD, 'app.py': 'print(1)\n' });
    const body = '- [x] Backups weekly daily restored\n- [x] Runbook updated\n- [x] Load test completed\n';
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, failOn: 'info', attestation: { body, by: 'alice' } });
    expect(report.items.map((i) => [i.title, i.status])).toEqual([
      ['Backups restored in a drill', 'skipped'],
      ['Load test completed', 'skipped'],
      ['On-call rota updated', 'skipped'],
      ['Status page announced', 'skipped'],
      ['Backups weekly daily restored', 'attested'],
      ['Container images use pinned tags', 'attested'],
      ['Runbook updated', 'attested'],
    ]);
    expect(report.items[0]!.reason).toMatch(/withdrawn: struck through in full/);
    expect(report.result).toBe('pass');

    const pending = await run({ dir, cwd: dir, probes: false, env: {}, failOn: 'info', attestation: { body: '', by: 'alice' } });
    const text = toText(pending.report, { color: false });
    const list = text.slice(text.indexOf('Manual items pending sign-off'));
    expect(list).toContain('- [ ] Backups weekly daily restored');
    expect(list).toContain('- [ ] Runbook updated');
    expect(list).not.toContain('Backups restored in a drill');
    expect(list).not.toContain('Load test completed');
    expect(pending.report.result).toBe('fail');
    expect(text).toMatch(/Preflight FAILED: 2 info \(2 manual pending\)/);
  });

  it('import writes a withdrawn item switched off, so the YAML reports it skipped too', async () => {
    const { yaml, report } = importMarkdown('PRODUCTION_CHECKLIST.md', MD);
    expect(yaml).toMatch(/# struck through in full in PRODUCTION_CHECKLIST.md: withdrawn \(severity off\)\n {2}- id: backups-restored-in-a-drill\n {4}title: Backups restored in a drill\n {4}severity: off/);
    expect(yaml).toMatch(/- id: runbook-updated\n {4}title: Runbook updated\n {4}severity: info/);
    expect(report).toContain('4 withdrawn: struck through in full');
    expect(report).toContain('Manual items (3) need a sign-off');
    const dir = makeRepo({ 'preflight.yml': yaml, 'app.py': 'print(1)\n' });
    const { report: r } = await run({ dir, cwd: dir, checklist: path.join(dir, 'preflight.yml'), probes: false, env: {}, failOn: 'info', attestation: { body: '- [x] Backups weekly daily restored\n- [x] Runbook updated\n', by: 'alice' } });
    expect(r.items.map((i) => i.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'attested', 'attested', 'attested']);
    expect(r.result).toBe('pass');
  });
});
