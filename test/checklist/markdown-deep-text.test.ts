import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { ConfigError } from '../../src/types.js';

const known = ['production-server', 'hsts'];
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text, { known });

function configError(fn: () => unknown): ConfigError {
  try { fn(); } catch (e) { if (e instanceof ConfigError) return e; throw e; }
  throw new Error('no ConfigError');
}

const pad = ' '.repeat(79);

describe('lines indented past the nesting limit that are not task items are text (robust9 D1)', () => {
  it('a fenced shell command with aligned `--bind` continuation lines does not refuse the checklist', () => {
    const text = ['# Production', '', '- [ ] Production runs gunicorn', '', '```sh', 'exec gunicorn app:app \\', `${pad}--bind 0.0.0.0:8000 \\`, `${pad}--workers 4`, '```', '', '- [ ] Backups tested', ''].join('\n');
    expect(parse(text).items.map((i) => i.title)).toEqual(['Production runs gunicorn', 'Backups tested']);
  });

  it('an ASCII diagram and an indented IP address inside a fence, and bullets of a deep code block, are text', () => {
    for (const line of [`${pad}- client -> nginx -> app`, `${pad}10.0.0.1`, `${pad}* worker`, `${pad}1. step`]) {
      const text = `- [ ] HSTS enabled\n\n\`\`\`\n${line}\n\`\`\`\n\n- [x] Backups tested\n`;
      const list = parse(text);
      expect(list.items.map((i) => [i.title, i.signedOff ?? false])).toEqual([['HSTS enabled', false], ['Backups tested', true]]);
    }
  });

  it('a deep non-task line in a list continues the item\'s paragraph as text; the items around it stay', () => {
    const text = `- [ ] HSTS enabled\n${pad}- a note written far to the right\n- [ ] Backups tested\n`;
    expect(parse(text).items.map((i) => i.title)).toEqual(['HSTS enabled - a note written far to the right', 'Backups tested']);
  });

  it('a task item nested that deep is still refused at its line, also behind other markers or quotes', () => {
    expect(configError(() => parse(`- [ ] ok\n${pad}- [ ] deep\n`)).format()).toMatch(/^CHECKLIST\.md:2:1: nested too deeply \(a task item/);
    expect(configError(() => parse(`- [ ] ok\n${'- '.repeat(40)}> - [x] deep\n`)).where?.line).toBe(2);
    expect(configError(() => parse(`- [ ] ok\n${'> '.repeat(17)}1. [ ] deep\n`)).where?.line).toBe(2);
  });
});
