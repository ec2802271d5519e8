import { it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
it('deep', () => {
  for (const [name, text] of [
    ['quotes', '>'.repeat(100000) + ' - [ ] x\n'],
    ['lists', Array.from({ length: 1200 }, (_, i) => ' '.repeat(i * 2) + '- [ ] x' + i).join('\n')],
    ['emph', '- [ ] ' + '*a '.repeat(50000) + '\n'],
    ['links', '- [ ] ' + '['.repeat(50000) + '\n'],
  ]) {
    const t = performance.now();
    try { const c = parseMarkdownChecklist('x.md', text); console.log(name, 'ok', c.items.length, performance.now() - t); } catch (e) { console.log(name, 'ERR', String(e).slice(0, 200), performance.now() - t); }
  }
}, 600000);
