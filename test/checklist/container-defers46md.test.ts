import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 46 (markdown21 D3): a deferral written as a callout's, an admonition's, a `<summary>`'s or a bold line's title
// ("Later", "Not in scope for this release") was ignored: the items in it bound and gated, unlike under such a heading.

const bound = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks]);
const ITEM = 'Memory limits on all containers';

describe('markdown21 D3: a deferring box keeps its items manual, as a heading does', () => {
  it.each([
    ['an Obsidian callout', `> [!todo] Later\n> - [ ] ${ITEM}\n`],
    ['a folded callout', `> [!note]- Not in scope for this release\n> - [ ] ${ITEM}\n`],
    ['an MkDocs admonition', `!!! note "Not in scope for this release"\n\n    - [ ] ${ITEM}\n`],
    ['a collapsible admonition', `??? tip "Post-launch"\n    - [ ] ${ITEM}\n`],
    ['a content tab', `=== "Later"\n\n    - [ ] ${ITEM}\n`],
    ['a <details> block', `<details>\n<summary>Later</summary>\n\n- [ ] ${ITEM}\n\n</details>\n`],
    ['a bold <summary>', `<details><summary><b>Waivers</b></summary>\n\n- [ ] ${ITEM}\n\n</details>\n`],
    ['a bold line', `**Later:**\n\n- [ ] ${ITEM}\n`],
    ['a bold line with its colon outside', `**Post-launch**:\n\nSome words about it.\n\n- [ ] ${ITEM}\n`],
  ])('%s', (_what, md) => {
    expect(bound(`# Release\n\n${md}`)).toEqual([[ITEM, []]]);
  });

  it('a box that does not defer leaves its items bound, and a deferring one ends where its box ends', () => {
    const md = [
      '# Release', '',
      '> [!warning] Important', `> - [ ] ${ITEM}`, '',
      '!!! note "Containers"', '', `    - [ ] ${ITEM}`, '',
      '<details>', '<summary>Later</summary>', '', '- [ ] HSTS enabled', '', '</details>', '',
      `- [ ] ${ITEM}`, '',
      '**Later stages of the pipeline**', '', `- [ ] ${ITEM}`, '',
      '**Later:**', '', '- [ ] HSTS enabled', '',
      '## Containers', '', `- [ ] ${ITEM}`, '',
      '**Note:** later we add more.', '', `- [ ] ${ITEM}`, '',
    ].join('\n');
    expect(bound(md).map(([, c]) => c)).toEqual([['resource-limits'], ['resource-limits'], [], ['resource-limits'], ['resource-limits'], [], ['resource-limits'], ['resource-limits']]);
  });

  it('an explicit binding in a deferring box still counts', () => {
    expect(bound(`# Release\n\n> [!todo] Later\n> - [ ] Memory limits <!-- preflight: resource-limits -->\n`)).toEqual([['Memory limits', ['resource-limits']]]);
  });

  it('the item keeps its group (a box is no heading)', () => {
    const list = parseMarkdownChecklist('c.md', `# Release\n\n## Ops\n\n> [!todo] Later\n> - [ ] ${ITEM}\n`);
    expect(list.items[0]!.group).toEqual(['Ops']);
  });
});
