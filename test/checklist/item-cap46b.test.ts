import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { ConfigError } from '../../src/types.js';

// robust1 D6 bound: a Markdown checklist of 120,000 `- [ ] a` items took ~42 s and ~900 MB. A checklist may hold at most
// 10,000 items (both formats): the first item past the cap is a configuration error that says the cap and what to do.

const md = (n: number, line = (i: number) => `- [ ] item ${i}`) => ['# Launch', ...Array.from({ length: n }, (_, i) => line(i))].join('\n') + '\n';
const yaml = (n: number) => ['version: 1', 'items:', ...Array.from({ length: n }, (_, i) => `  - id: i${i}\n    title: Item ${i}`)].join('\n') + '\n';

function errorOf(run: () => unknown): ConfigError {
  try { run(); } catch (e) { if (e instanceof ConfigError) return e; throw e; }
  throw new Error('no error');
}

describe('robust1 D6: a checklist holds at most 10,000 items', () => {
  it('a Markdown list of 10,001 items is a configuration error at the 10,001st item', () => {
    const e = errorOf(() => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md(10_001)));
    expect(e.where).toMatchObject({ file: 'PRODUCTION_CHECKLIST.md', line: 10_002 });
    expect(e.message).toContain('at most 10,000');
    expect(e.message).toMatch(/split it into smaller checklists/);
    expect(e.message).toContain('`paths`');
  });

  it('counts nested, numbered and block-quoted task lines, ticked or not', () => {
    const lines = (i: number) => [`- [ ] a${i}`, `  - [x] b${i}`, `> 1. [ ] c${i}`, `* [X] d${i}`][i % 4]!;
    const e = errorOf(() => parseMarkdownChecklist('c.md', md(10_001, lines)));
    expect(e.where?.line).toBe(10_002);
  });

  it('a Markdown list of 10,000 items still loads, and lines that are no task lines do not count', () => {
    const list = md(10_000) + Array.from({ length: 2_000 }, (_, i) => `- item ${i} [ ] not a box\n\`[ ]\` text ${i}`).join('\n') + '\n';
    expect(parseMarkdownChecklist('c.md', list, { match: false }).items).toHaveLength(10_000);
  }, 60_000);

  it('a YAML checklist of 10,001 items is a configuration error at the 10,001st item; 10,000 load', () => {
    const e = errorOf(() => parseYamlChecklist('.github/preflight.yml', yaml(10_001)));
    expect(e.where).toMatchObject({ file: '.github/preflight.yml', line: 3 + 2 * 10_000 });
    expect(e.message).toContain('at most 10,000');
    expect(parseYamlChecklist('.github/preflight.yml', yaml(10_000)).items).toHaveLength(10_000);
  }, 60_000);
});
