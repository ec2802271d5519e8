import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { parseAttestations } from '../../src/gate/attest.js';
import { tickedTexts } from '../../src/checklist/markdown.js';
import { makeRepo } from '../helpers/repo.js';
import type { Logger } from '../../src/types.js';

// QA stop 48 (markdown22 D7): look-alike ticks in the pull request description (`- [✓]`, `- [✔]`, `- [-]`, `- [~]`) that name a
// pending item signed nothing off, silently, while quoted, struck and table-row ticks got a warning naming the line to tick.

const CHECKLIST = `# Release
## Ops
- [ ] Backups restored in a drill
- [ ] Rollback plan written
- [ ] On-call rota updated
- [ ] Load test completed
- [ ] Runbook reviewed
- [ ] Status page configured
`;

async function signoff(body: string) {
  const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': CHECKLIST, 'app.py': 'print(1)\n' });
  const warnings: string[] = [];
  const logger: Logger = { info() {}, warn: (m: string) => warnings.push(m), error() {}, debug() {} } as unknown as Logger;
  const { report, signoffHints } = await run({ dir, cwd: dir, probes: false, env: {}, failOn: 'info', logger, attestation: { body, by: 'alice' } });
  return { report, signoffHints: signoffHints ?? [], warnings: warnings.filter((w) => w.includes('pull request description')) };
}

describe('look-alike ticks in the description are named in a warning (markdown22 D7)', () => {
  it('each names the pending item and the line to tick; nothing is signed off', async () => {
    const body = [
      '## Checklist',
      '- [-] Backups restored in a drill',
      '- [~] Rollback plan written',
      '- [✓] On-call rota updated',
      '* [✔] **Load test completed**',
      '- ✅ Runbook reviewed',
      '- [x] Status page configured',
    ].join('\n');
    const { report, signoffHints, warnings } = await signoff(body);
    expect(report.items.map((i) => i.status)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending', 'attested']);
    expect(signoffHints.map((h) => [h.kind, h.items])).toEqual([
      ['lookalike', ['backups-restored-in-a-drill']],
      ['lookalike', ['rollback-plan-written']],
      ['lookalike', ['on-call-rota-updated']],
      ['lookalike', ['load-test-completed']],
      ['lookalike', ['runbook-reviewed']],
    ]);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toBe('the pull request description ticks "backups restored in a drill" with `[-]`, which signs nothing off: `[-]` is no checkbox (only `[x]` ticks one), GitHub shows it as text; when the work is done, tick it as `- [x] Backups restored in a drill` to sign off the pending item \'backups-restored-in-a-drill\' ("Backups restored in a drill")');
    expect(warnings[2]).toContain('with `[✓]`');
    expect(warnings[3]).toContain('tick it as `- [x] Load test completed`');
    const md = renderMarkdown(report, { signoffHints });
    expect(md).toContain('- "on-call rota updated" (for `on-call-rota-updated`): a look-alike box');
  });

  it('stays silent where nothing pending is named, where the item is ticked too, and reads no look-alike as a tick', async () => {
    const body = [
      '- [~] Migrate the staging database',
      '- [-] Backups restored in a drill',
      '- [x] Backups restored in a drill',
      '- [v1.2] Rollback plan written',
      '- [✓]Load test completed',
    ].join('\n');
    const { report, signoffHints, warnings } = await signoff(body);
    expect(report.items.find((i) => i.id === 'backups-restored-in-a-drill')!.status).toBe('attested');
    expect(signoffHints.filter((h) => h.kind === 'lookalike')).toEqual([]);
    expect(warnings.filter((w) => /with `\[/.test(w))).toEqual([]);
    expect([...parseAttestations('- [✓] Load test completed\n- [-] Rollback plan written\n')]).toEqual([]);
    expect(tickedTexts('- [✓] Load test completed\n- [x] Runbook reviewed\n')).toEqual(['Runbook reviewed']);
  });
});
