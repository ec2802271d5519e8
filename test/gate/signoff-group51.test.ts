import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { toText } from '../../src/report/text.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 teams D3: a sign-off by id (`- [x] name-2`, the line the summary offered for the Security Officer's `Name: ____`)
// moved to the Technical Lead's item when a commit inserted that role above it: ids are positional. An item whose title
// other items share is now signed off by its group and title (`- [x] Security Officer › Name: ____`; `/`, `:` and `>` may
// stand for `›`), which stays with the role, and the summaries offer that line instead of the id. Roles written as plain
// parent bullets (`- Security` / `  - [ ] Name: ____`, as Confluence and Google Docs export them) are part of the group.

const ROLES_A = '# Production checklist\n\n- [ ] Backups restored in a drill\n\n## Sign-off\n\n### Deployment Lead\n- [ ] Name: ________________\n\n### Security Officer\n- [ ] Name: ________________\n';
const ROLES_B = ROLES_A.replace('### Security Officer', '### Technical Lead\n- [ ] Name: ________________\n\n### Security Officer');

const pipeline = async (checklist: string, body: string) => {
  const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': checklist });
  const warnings: string[] = [];
  const logger = { debug: () => {}, info: () => {}, warn: (m: string) => { warnings.push(m); }, notice: () => {} };
  const result = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body, by: 'alice' } });
  return { ...result, warnings, md: renderMarkdown(result.report, { signoffHints: result.signoffHints }), text: toText(result.report, { color: false }) };
};
const states = (r: { report: { items: { id: string; status: string; group?: string[] }[] } }) => r.report.items.map((i) => [i.group?.at(-1) ?? '', i.id, i.status]);

describe('a sign-off by group and title', () => {
  it('stays with the Security Officer when a Technical Lead is inserted above it', async () => {
    const body = '- [x] Security Officer › Name: ________________\n';
    const a = await pipeline(ROLES_A, body);
    expect(states(a)).toEqual([['', 'backups-restored-in-a-drill', 'pending'], ['Deployment Lead', 'name', 'pending'], ['Security Officer', 'name-2', 'attested']]);
    const b = await pipeline(ROLES_B, body);
    expect(states(b)).toEqual([['', 'backups-restored-in-a-drill', 'pending'], ['Deployment Lead', 'name', 'pending'], ['Technical Lead', 'name-2', 'pending'], ['Security Officer', 'name-3', 'attested']]);
    expect(b.warnings.filter((w) => w.includes('signs nothing off'))).toEqual([]);
  });

  it('accepts `/`, `:` and `>` for `›`, more of the group, a filled-in blank, and any case or markup', async () => {
    for (const tick of ['Security Officer / Name: ________________', 'security officer: Name: ________________', 'Security Officer > **Name**: ________________', 'Sign-off › Security Officer › Name: ________________', 'Security Officer › Name: Maria Schmidt']) {
      const r = await pipeline(ROLES_B, `- [x] ${tick}\n`);
      expect(states(r).map(([, id, s]) => `${id}:${s}`), tick).toEqual(['backups-restored-in-a-drill:pending', 'name:pending', 'name-2:pending', 'name-3:attested']);
    }
  });

  it('signs nothing off with the blank left empty, another role\'s name, or no separator', async () => {
    for (const tick of ['Security Officer › Name:', 'Security › Name: ________________', 'Security Officer Name: ________________']) {
      const r = await pipeline(ROLES_B, `- [x] ${tick}\n`);
      expect(r.report.items.filter((i) => i.status === 'attested'), tick).toEqual([]);
    }
  });

  it('a positional id still signs off the item that has it', async () => {
    const r = await pipeline(ROLES_B, '- [x] name-3\n');
    expect(states(r).filter(([, , s]) => s === 'attested')).toEqual([['Security Officer', 'name-3', 'attested']]);
  });

  it('the summaries offer the group and title for items that share a title, the title for the others', async () => {
    const r = await pipeline(ROLES_B, '- [x] unrelated\n');
    const block = /```markdown\n([\s\S]*?)```/.exec(r.md)![1]!;
    expect(block.split('\n').filter(Boolean)).toEqual(['- [ ] Backups restored in a drill', '- [ ] Deployment Lead › Name: ________________', '- [ ] Technical Lead › Name: ________________', '- [ ] Security Officer › Name: ________________']);
    expect(r.md).toContain('each is listed by its group and title');
    expect(r.text).toContain('    - [ ] Security Officer › Name: ________________');
    // The lines offered, ticked as they are, sign each item off alone.
    const ticked = await pipeline(ROLES_B, block.replace('- [ ] Technical Lead', '- [x] Technical Lead'));
    expect(states(ticked).filter(([, , s]) => s === 'attested')).toEqual([['Technical Lead', 'name-2', 'attested']]);
  });

  it('two items of one title in the same group are still listed by id', async () => {
    const r = await pipeline('# C\n## Sign-off\n- [ ] Name: ____\n- [ ] Name: ____\n## Ops\n- [ ] Name: ____\n', '- [x] unrelated\n');
    const block = /```markdown\n([\s\S]*?)```/.exec(r.md)![1]!;
    expect(block.split('\n').filter(Boolean)).toEqual(['- [ ] name', '- [ ] name-2', '- [ ] Ops › Name: ____']);
  });
});

describe('roles written as plain parent bullets', () => {
  const ROLES = '# T\n## Sign-off\n- Security\n  - [ ] Name: ______\n  - [ ] Date: __/__/____\n- SRE:\n  - [ ] Name: ______\n  - [ ] Date: __/__/____\n\n**Product owner**\n- [ ] Name: ______\n';

  it('are part of the group (a trailing colon left out); ids stay as they were', () => {
    const c = parseMarkdownChecklist('C.md', ROLES);
    expect(c.items.map((i) => [i.id, i.group])).toEqual([
      ['name', ['Sign-off', 'Security']], ['date', ['Sign-off', 'Security']],
      ['name-2', ['Sign-off', 'SRE']], ['date-2', ['Sign-off', 'SRE']],
      ['name-3', ['Sign-off']],
    ]);
  });

  it('a tick of the role and the title signs that role\'s item off', async () => {
    const r = await pipeline(ROLES, '- [x] SRE › Name: ______\n- [x] Security: Date: 01/02/2025\n');
    expect(states(r).map(([, id, s]) => `${id}:${s}`)).toEqual(['name:pending', 'date:attested', 'name-2:attested', 'date-2:pending', 'name-3:pending']);
    const block = /```markdown\n([\s\S]*?)```/.exec(r.md)![1]!;
    expect(block.split('\n').filter(Boolean)).toEqual(['- [ ] Security › Name: ______', '- [ ] SRE › Date: __/__/____', '- [ ] Sign-off › Name: ______']);
  });

  it('a task item\'s children are signed off by its title and theirs', async () => {
    const r = await pipeline('# T\n- [ ] Security review\n  - [ ] Name: ____\n- [ ] SRE review\n  - [ ] Name: ____\n', '- [x] SRE review › Name: ____\n');
    expect(r.report.items.map((i) => `${i.id}:${i.status}`)).toEqual(['security-review:pending', 'name:pending', 'sre-review:pending', 'name-2:attested']);
  });
});

// Review of stop 51: for items that share a title under a parent task item, the summaries offered the heading's line
// (`Security › Name: ____`), which the gate matched only with the parent task item in the path: ticking the offered line
// left every item pending, and nothing said why.
describe('the offered line of an item nested under a task item signs it off', () => {
  it('ticking exactly the line the summary offers attests that item, and only it', async () => {
    const list = '# T\n\n## Security\n- [ ] Review done\n  - [ ] Name: ____\n\n## Database\n- [ ] Review done\n  - [ ] Name: ____\n';
    const before = await pipeline(list, '');
    const block = /```markdown\n([\s\S]*?)```/.exec(before.md)![1]!;
    const offered = block.split('\n').filter((l) => /Name/.test(l));
    expect(offered).toEqual(['- [ ] Security › Name: ____', '- [ ] Database › Name: ____']);
    const r = await pipeline(list, offered[0]!.replace('- [ ]', '- [x]'));
    expect(r.report.items.map((i) => `${i.id}:${i.status}`)).toEqual(['review-done:pending', 'name:attested', 'review-done-2:pending', 'name-2:pending']);
  });
});
