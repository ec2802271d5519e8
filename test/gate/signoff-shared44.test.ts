import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA44 markdown19 D8: a title shared by a manual item and a bound one (`- [ ] HSTS enabled <!-- preflight: manual -->` under
// Staging, `- [ ] HSTS enabled` under Prod): the tick attests the manual item (DESIGN: a shared title attests all the manual
// items of it), but the notice and the summary said the tick "signs nothing off".
describe('markdown19 D8: a tick of a title a manual and a bound item share says what it signed off', () => {
  const pipeline = async (checklist: string, body: string) => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': checklist });
    const notices: string[] = [];
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => { warnings.push(m); }, notice: (m: string) => { notices.push(m); } };
    const result = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body, by: 'dev' } });
    return { ...result, notices, warnings, md: renderMarkdown(result.report, { signoffHints: result.signoffHints }) };
  };

  it('notice and summary name the manual item signed off and the bound one a check decides', async () => {
    const { report, notices, warnings, md } = await pipeline('# C\n## Staging\n- [ ] HSTS enabled <!-- preflight: manual -->\n## Prod\n- [ ] HSTS enabled\n', '- [x] HSTS enabled\n');
    expect(report.items.map((i) => [i.id, i.kind, i.status])).toEqual([['hsts-enabled', 'manual', 'attested'], ['hsts-enabled-2', 'probe', 'skipped']]);
    expect(notices).toEqual(['the pull request description ticks "hsts enabled", which signs off the manual item \'hsts-enabled\' but not the item \'hsts-enabled-2\' ("HSTS enabled"), which is decided by the check hsts, a tick does not change it (status: skipped); only manual items are signed off in the description']);
    expect(notices.join('\n')).not.toContain('signs nothing off');
    expect(warnings.filter((w) => w.includes('signs nothing off'))).toEqual([]);
    expect(md).not.toContain('signing nothing off');
    expect(md).toContain('### Ticked in the description, signing off only the manual items of a title shared with items a check decides\n\n- "hsts enabled" (for `hsts-enabled-2`): decided by the check `hsts`, a tick does not change it; the same tick signs off the manual item `hsts-enabled`, which shares the title');
  });

  it('with sign-offs still pending, the shared tick is listed apart from the ticks that sign nothing off', async () => {
    const { md } = await pipeline('# C\n## Staging\n- [ ] HSTS enabled <!-- preflight: manual -->\n- [ ] Rollback plan reviewed by the team\n## Prod\n- [ ] HSTS enabled\n- [ ] HSTS header configured\n', '- [x] HSTS enabled\n- [x] HSTS header configured\n');
    const list = md.slice(md.indexOf('### ⏳ Sign-offs pending'));
    expect(list).toContain('Ticked in the description, but signing nothing off:\n\n- "hsts header configured" (for `hsts-header-configured`): decided by the check `hsts`, a tick does not change it; only manual items are signed off in the description');
    expect(list).toContain('Ticked in the description, signing off only the manual items of a title shared with items a check decides:\n\n- "hsts enabled" (for `hsts-enabled-2`): decided by the check `hsts`');
  });

  it('a tick of a title only bound items have still signs nothing off', async () => {
    const { notices, md } = await pipeline('# C\n## Prod\n- [ ] HSTS enabled\n- [ ] Backups tested\n', '- [x] HSTS enabled\n- [x] Backups tested\n');
    expect(notices).toEqual([expect.stringMatching(/^the pull request description ticks "hsts enabled", which signs nothing off: the item 'hsts-enabled' \("HSTS enabled"\) is decided by the check hsts/)]);
    expect(md).toContain('### Ticked in the description, but signing nothing off\n\n- "hsts enabled" (for `hsts-enabled`)');
    expect(md).not.toContain('signing off only the manual items');
  });
});
