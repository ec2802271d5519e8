import { describe, expect, it } from 'vitest';
import { signoffText } from '../../src/checklist/title.js';
import { differingCharacters } from '../../src/gate/attest.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 teams D4: a checklist exported with `’` (Notion, Google Docs, Word) ticked with a typed `'` — or the reverse, as macOS
// smart punctuation types `’` — signed nothing off, and the warning quoted two titles that look the same. Sign-off matching
// now folds typographic punctuation as it folds case and markup, on both sides; a tick that still differs only in characters
// a reader cannot tell apart is told which.

const pipeline = async (checklist: string, body: string) => {
  const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': checklist });
  const warnings: string[] = [];
  const logger = { debug: () => {}, info: () => {}, warn: (m: string) => { warnings.push(m); }, notice: () => {} };
  const result = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body, by: 'alice' } });
  return { ...result, warnings, md: renderMarkdown(result.report, { signoffHints: result.signoffHints }) };
};
const statuses = (r: { report: { items: { id: string; status: string }[] } }) => r.report.items.map((i) => [i.id, i.status]);

describe('typographic punctuation in a sign-off', () => {
  it('a typed apostrophe signs off a title exported with ’, and ’ one written with \'', async () => {
    const r = await pipeline('# C\n\n- [ ] Plan de reprise validé par l’équipe\n- [ ] Team\'s on-call rota published\n', '- [x] Plan de reprise validé par l\'équipe\n- [x] Team’s on-call rota published\n');
    expect(statuses(r)).toEqual([['plan-de-reprise-valide-par-l-equipe', 'attested'], ['team-s-on-call-rota-published', 'attested']]);
    expect(r.warnings.filter((w) => w.includes('signs nothing off'))).toEqual([]);
  });

  it('‘ ʼ ′, curly and low double quotes, non-breaking and thin spaces, en and em dashes read as typed', async () => {
    const r = await pipeline(
      '# C\n\n- [ ] Rollback “drill” done — on staging\n- [ ] Runbook „Failover“ read by the team\n- [ ] On\u00a0call\u202fbriefed – SRE\n- [ ] Owner\u02bcs sign-off ′final′\n',
      '- [x] Rollback "drill" done - on staging\n- [x] Runbook "Failover" read by the team\n- [x] On call briefed -- SRE\n- [x] Owner\'s sign\u2011off \'final\'\n',
    );
    expect(r.report.items.map((i) => i.status)).toEqual(['attested', 'attested', 'attested', 'attested']);
  });

  it('one folding for both sides: signoffText reads what ids already read alike', () => {
    expect(signoffText('L’équipe “OK” — done')).toBe(signoffText('l\'équipe "ok" - done'));
    expect(signoffText('Team\u200b\'s rota')).toBe(signoffText('Team\'s rota'));
    // `--reload` is no dash between words: kept as written.
    expect(signoffText('Granian runs without --reload')).toBe('granian runs without --reload');
  });

  it('the summary no longer lists both items as titles several items share when they differ only by ’', async () => {
    const r = await pipeline('# C\n## A\n- [ ] Team’s rota published\n## B\n- [ ] Team\'s rota published\n', '- [x] unrelated\n');
    // Ticking the title signs both off, so each is listed by its group and title (see sharedTitleItems, groupSignoff).
    expect(r.md).toContain('- [ ] A › Team’s rota published\n- [ ] B › Team\'s rota published');
  });

  it('a tick that still differs only in a look-alike letter is told which characters differ', async () => {
    // A Cyrillic `е` (U+0435) in the tick, where the title has the Latin `e`.
    const r = await pipeline('# C\n\n- [ ] Backups restored in a drill\n', '- [x] Backups r\u0435stored in a drill\n');
    expect(statuses(r)).toEqual([['backups-restored-in-a-drill', 'pending']]);
    expect(r.warnings).toEqual([expect.stringContaining("(the tick has 'е' (U+0435) where the title has 'e' (U+0065))")]);
    expect(r.md).toContain("(the tick has 'е' (U+0435) where the title has 'e' (U+0065))");
  });

  it('differingCharacters says nothing of a plain typo or a missing word', () => {
    expect(differingCharacters('backups restord in a drill', 'backups restored in a drill')).toBeNull();
    expect(differingCharacters('backups restored in drill', 'backups restored in a drill')).toBeNull();
    expect(differingCharacters('a\u00b4b', 'a\'b')).toBe("the tick has '´' (U+00B4) where the title has ''' (U+0027)");
    expect(differingCharacters('ab', 'a\u200cb')).toBe('the tick has nothing where the title has an invisible U+200C');
  });
});
