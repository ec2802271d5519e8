import fs from 'node:fs';
import { it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { importMarkdown } from '../../src/checklist/import.js';
it('perf', () => {
  const ten = Array.from({ length: 10000 }, (_, i) => `- [ ] Enable HSTS on host ${i % 100} and check **health** endpoints`).join('\n');
  let t = performance.now(); const a = parseMarkdownChecklist('x.md', ten); console.log('10k items', a.items.length, performance.now() - t);
  const seed = fs.readFileSync('test/fixtures/seeds/checklist-a.md', 'utf8');
  const big = seed.repeat(Math.ceil(5e6 / seed.length));
  t = performance.now(); const b = parseMarkdownChecklist('x.md', big); console.log('5MB', big.length, b.items.length, performance.now() - t);
  t = performance.now(); const r = importMarkdown('x.md', seed); console.log('import', performance.now() - t); console.log(r.report.slice(0, 1500)); console.log(r.yaml.slice(0, 1200));
});
