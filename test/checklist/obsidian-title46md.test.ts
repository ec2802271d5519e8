import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { normaliseTitle } from '../../src/checklist/title.js';
import { parseAttestations } from '../../src/gate/attest.js';

// QA stop 46 (markdown21 D5): Obsidian markup stayed in titles (`[[target|alias]]`, `%%comment%%`, `==highlight==`, a
// trailing `^block-id`), so a PR tick of the text Obsidian shows signed nothing off.

const titles = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.id]);

describe('markdown21 D5: Obsidian markup is titled as Obsidian shows it', () => {
  const md = [
    '# Go-live',
    '- [ ] Backups restored in [[DR drill 2024-Q2|last drill]]',
    '- [ ] Status page updated %%ask comms%%',
    '- [ ] ==Load test== signed off ^blk1',
    '- [ ] Rollback steps in [[Runbook]]',
    '- [ ] Pager rota set ![[rota.png]]',
    '',
  ].join('\n');

  it('titles and ids', () => {
    expect(titles(md)).toEqual([
      ['Backups restored in last drill', 'backups-restored-in-last-drill'],
      ['Status page updated', 'status-page-updated'],
      ['Load test signed off', 'load-test-signed-off'],
      ['Rollback steps in Runbook', 'rollback-steps-in-runbook'],
      ['Pager rota set rota.png', 'pager-rota-set-rota-png'],
    ]);
  });

  it('a PR tick of the shown text, or of the same markup, signs the item off', () => {
    const items = parseMarkdownChecklist('c.md', md).items.map((i) => normaliseTitle(i.title!));
    const shown = parseAttestations('- [x] Backups restored in last drill\n- [x] Status page updated\n- [x] Load test signed off\n');
    expect(items.slice(0, 3).every((t) => shown.has(t))).toBe(true);
    const copied = parseAttestations('- [x] Backups restored in [[DR drill 2024-Q2|last drill]]\n- [x] ==Load test== signed off ^blk1\n');
    expect([items[0], items[2]].every((t) => copied.has(t!))).toBe(true);
  });

  it('lookalikes are kept: code, comparisons, a caret that is no block id', () => {
    expect(titles('# X\n- [ ] `a == b` holds and `[[1]]` parses\n- [ ] Retries when x == 3 ^ y\n- [ ] Python ^3.11 pinned\n- [ ] Version ^2 pinned here\n- [ ] Node pinned to ^20\n').map(([t]) => t)).toEqual([
      'a == b holds and [[1]] parses',
      'Retries when x == 3 ^ y',
      'Python ^3.11 pinned',
      'Version ^2 pinned here',
      'Node pinned to ^20',
    ]);
  });
});
