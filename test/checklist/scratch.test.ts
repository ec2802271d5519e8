import { it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
it('worst', () => {
  const head = Array.from({ length: 127 }, (_, i) => ' '.repeat(i * 2) + '- [ ] x' + i).join('\n') + '\n';
  const deepLine = ' '.repeat(127 * 2) + '- [ ] leaf\n';
  const text = head + deepLine.repeat(Math.floor((2_000_000 - head.length) / deepLine.length));
  const t = performance.now();
  try { const c = parseMarkdownChecklist('x.md', text); console.log('worst ok', text.length, c.items.length, performance.now() - t); } catch (e) { console.log('ERR', String(e).slice(0, 200), performance.now() - t); }
  const q = '> '.repeat(64) + '- [ ] q\n';
  const qt = q.repeat(Math.floor(2_000_000 / q.length));
  const t2 = performance.now();
  try { const c = parseMarkdownChecklist('x.md', qt); console.log('quotes ok', qt.length, c.items.length, performance.now() - t2); } catch (e) { console.log('ERR', String(e).slice(0, 200), performance.now() - t2); }
}, 600000);
