import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { parseAttestations, tameEmphasis } from '../../src/gate/attest.js';
import { normaliseTitle } from '../../src/checklist/title.js';

describe('normaliseTitle', () => {
  it.each([
    ['  Backups   Tested ', 'backups tested'],
    ['**Backups** _tested_', 'backups tested'],
    ['Set `SESSION_COOKIE_SECURE=True`', 'set session_cookie_secure=true'],
    ['See [the runbook](https://x.test/run_book) now', 'see the runbook now'],
    ['~~Old~~ *new* __bold__', 'old new bold'],
    ['Item <!-- preflight: manual -->', 'item'],
    ['Line\r\nbreak\tand\u00a0nbsp', 'line break and nbsp'],
    ['\\*escaped\\* star', 'escaped star'],
    ['Ｆｕｌｌ width', 'full width'],
    ['Backups &amp; restores &#8212; tested', 'backups & restores — tested'],
    ['Use &lt;b&gt;bold&lt;/b&gt; &#x27;quotes&#39; and &unknown; &#0;', "use bold 'quotes' and &unknown; &#0;"],
  ])('%j → %j', (input, expected) => {
    expect(normaliseTitle(input)).toBe(expected);
  });

  it('keeps meaningful symbols (a lone `*`, snake_case, paths)', () => {
    expect(normaliseTitle('Remove * from CORS_ALLOWED_ORIGINS in /etc/app_conf')).toBe('remove * from cors_allowed_origins in /etc/app_conf');
  });
});

describe('sign-off of a title with characters Markdown escapes', () => {
  it('a PR box written with character references attests the item the checklist names with the characters', () => {
    const list = parseMarkdownChecklist('c.md', '- [ ] Backups &amp; restores tested\n- [ ] Rollback <= 5 min documented\n');
    expect(list.items.map((i) => i.title)).toEqual(['Backups & restores tested', 'Rollback <= 5 min documented']);
    const ticked = parseAttestations('- [x] Backups &amp; restores tested\n- [x] Rollback &lt;= 5 min documented\n');
    expect(list.items.map((i) => ticked.has(normaliseTitle(i.title)))).toEqual([true, true]);
  });
});

describe('parseAttestations', () => {
  it('collects ticked boxes with any bullet and either x, ignoring unticked ones', () => {
    const body = ['## Sign-off', '- [x] Backups tested', '* [X] Restore drill done', '+ [x] **On-call** rotation', '- [ ] Not ticked', '-[x] no space', '- [x]', '', 'x Backups'].join('\n');
    expect([...parseAttestations(body)]).toEqual(['backups tested', 'restore drill done', 'on-call rotation']);
  });

  it('attests only boxes GitHub shows as ticked: not in HTML comments, indented code or raw HTML', () => {
    const body = [
      '<!-- template:', '- [x] Rollback plan is documented', '-->',
      '', '    - [x] Load test run against staging', '',
      '<details>', '- [x] Inside raw HTML', '</details>',
      '', 'Intro', '', '- [x] Visible tick',
    ].join('\r\n');
    expect([...parseAttestations(body)]).toEqual(['visible tick']);
  });

  it('handles CRLF, indentation, nesting, block quotes and surrounding space', () => {
    const body = 'Intro\r\n  - [x]   Padded title   \r\n    - [x] Nested\r\n> - [x] Quoted\r\n';
    expect(parseAttestations(body)).toEqual(new Set(['padded title', 'nested', 'quoted']));
  });

  it('ignores boxes inside fenced code blocks, and picks them up again after the fence', () => {
    const body = ['```md', '- [x] Example only', '```js', '- [x] Still code', '```', '- [x] Real', '~~~~', '- [x] Tilde code', '~~~~'].join('\n');
    expect([...parseAttestations(body)]).toEqual(['real']);
  });

  it('returns an empty set for empty or hostile bodies without throwing', () => {
    expect(parseAttestations('').size).toBe(0);
    expect(parseAttestations('\u0000\uD800- [x]').size).toBe(0);
    const t = performance.now();
    expect(parseAttestations(`- [x] ${'a'.repeat(40_000)}\n`.repeat(20)).size).toBe(1);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('a ticked copy of every seed item (as written in Markdown) attests exactly that item title', () => {
    for (const name of ['checklist-a.md', 'checklist-b.md', 'checklist-c.md']) {
      const text = fs.readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
      const lines = text.split('\n');
      const list = parseMarkdownChecklist(name, text, { match: false });
      for (const item of list.items) {
        const raw = lines[item.source.line - 1]!.replace(/^\s*[-*+] \[[ xX]\] /, '');
        const ticks = parseAttestations(`Done:\r\n- [x] ${raw}\r\n`);
        expect(ticks.has(normaliseTitle(item.title!)), `${name}:${item.source.line} ${raw}`).toBe(true);
      }
    }
  });
});

describe('a description crafted to slow the Markdown parse', () => {
  it('has its emphasis delimiters neutralised before the parse (quadratic in them), and its sign-offs still count', () => {
    const body = `- [x] backup_restore tested\n* [x] **Backups** verified\n${'*_'.repeat(40_000)}\n`;
    const tamed = tameEmphasis(body);
    // The list markers and the underscore inside a word stay; no other delimiter is left for the parser.
    expect(tamed.split('\n').slice(0, 2)).toEqual(['- [x] backup_restore tested', '* [x]   Backups   verified']);
    expect(tamed.slice(60)).not.toMatch(/[*_]/);
    expect([...parseAttestations(body)].sort()).toEqual(['backup_restore tested', 'backups verified']);
    // An ordinary description is parsed as it is.
    expect(tameEmphasis('- [x] a_b *c*\n')).toBe('- [x] a_b *c*\n');
  });
});
