import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defuseInline, parseMarkdownChecklist, slug, splitBlocks, tickedTexts } from '../../src/checklist/markdown.js';
import { ConfigError } from '../../src/types.js';
import { SLACK } from '../helpers/slack.js';

const known = ['hsts', 'https-redirect', 'certificate', 'debug-mode', 'image-tag-pinned'];
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text, { known, match: false });
const seed = (name: string) => fs.readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

function configError(fn: () => unknown): ConfigError {
  try { fn(); } catch (e) { if (e instanceof ConfigError) return e; throw e; }
  throw new Error('expected a ConfigError');
}

describe('parseMarkdownChecklist: structure', () => {
  it('returns a markdown checklist with info manual severity and no extends/probes/ignore', () => {
    const c = parse('- [ ] One');
    expect(c).toMatchObject({ file: 'CHECKLIST.md', format: 'markdown', extends: [], probes: {}, ignore: [], manualSeverity: 'info' });
    expect(c.items).toEqual([{ id: 'one', title: 'One', checks: [], group: [], source: { file: 'CHECKLIST.md', line: 1, column: 1 } }]);
  });

  it('makes nested items separate items titled by their own first paragraph only', () => {
    const c = parse(['- [ ] Parent item', '  spanning two lines', '', '  More text of the parent.', '  - [x] Child one', '  - [ ] Child two', '    - [ ] Grandchild'].join('\n'));
    expect(c.items.map((i) => i.title)).toEqual(['Parent item spanning two lines', 'Child one', 'Child two', 'Grandchild']);
    expect(c.items.map((i) => [i.source.line, i.source.column])).toEqual([[1, 1], [5, 3], [6, 3], [7, 5]]);
  });

  it('strips emphasis, code, links, images, strikethrough and HTML from titles', () => {
    const c = parse('- [ ] **Set** `SESSION_COOKIE_SECURE=True` in [config](https://x.test/a_b) ~~now~~ ![shield](x.png) <b>ok</b> _really_');
    expect(c.items[0]!.title).toBe('Set SESSION_COOKIE_SECURE=True in config now shield ok really');
  });

  it('inline HTML tags add no space to a title (as GitHub renders them); `<br>` and comments part words', () => {
    const c = parse('- [ ] Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to stop\n- [ ] Set <code>SECURE_SSL_REDIRECT</code>=True\n- [ ] H<sub>2</sub>O and x<sup>2</sup>\n- [ ] Line one<br>line two\n- [ ] HSTS<!-- note -->enabled\n');
    expect(c.items.map((i) => i.title)).toEqual(['Press Ctrl+C to stop', 'Set SECURE_SSL_REDIRECT=True', 'H2O and x2', 'Line one line two', 'HSTS enabled']);
  });

  it('a checkbox with no text is no item, and said (`- [ ] ` draws an empty box on GitHub)', () => {
    const c = parse('## Sign-off\n\n- [ ] Backups restored\n- [ ] \n- [x]\n- [ ] Approved\n');
    expect(c.items.map((i) => [i.title, i.source.line])).toEqual([['Backups restored', 3], ['Approved', 6]]);
    expect(c.warnings).toEqual([4, 5].map((l) => `CHECKLIST.md:${l}:1: a checkbox with no text is not an item: write what it checks after it (\`- [ ] Backups restored\`)`));
    expect(configError(() => parse('## Sign-off\n\n- [ ] \n- [ ] \n')).message).toBe('no task-list items (`- [ ] …`) found: a Markdown checklist is a list of `- [ ] item` lines (checkboxes with no text after them are not items)');
    // A bare `*` line, then a checkbox holding a checkbox (found by fuzzing): the parser as shipped reads it (the
    // Markdown libraries' development builds assert on it: the tests load the builds the bundle ships).
    expect(configError(() => parse('*\n[x]    - [x] ')).message).toMatch(/^no task-list items/);
  });

  it('struck-through words stay in the title but promise nothing: the matcher reads the item without them', () => {
    const c = parseMarkdownChecklist('c.md', '- [ ] HSTS enabled on ~~staging~~ prod\n- [ ] ~~HSTS enabled~~ (dropped)\n- [ ] ~~Deploy to Heroku~~\n');
    expect(c.items.map((i) => [i.title, i.checks])).toEqual([['HSTS enabled on staging prod', ['hsts']], ['HSTS enabled (dropped)', []], ['Deploy to Heroku', []]]);
  });

  it('the document title is not a group, but it is context for binding ("# Docker checklist")', () => {
    const c = parseMarkdownChecklist('c.md', '# Docker checklist\n- [ ] Health checks\n- [ ] Non-root\n');
    expect(c.items.map((i) => i.group)).toEqual([[], []]);
    // Under a Docker heading health checks are the Dockerfile's HEALTHCHECK, not Kubernetes probes.
    expect(c.items.map((i) => i.checks)).toEqual([['dockerfile-healthcheck'], ['dockerfile-non-root']]);
  });

  it('a max-age item under an HSTS heading or an HSTS parent binds hsts with its threshold (QA24)', () => {
    const c = parseMarkdownChecklist('c.md', '# Launch\n## 3.2 HSTS\n- [ ] Max-age ≥ 1 year\n- [ ] HSTS enabled\n  - [ ] max-age of 2 years\n');
    expect(c.items.map((i) => [i.checks, i.options])).toEqual([[['hsts'], { 'min-max-age': 31536000 }], [['hsts'], undefined], [['hsts'], { 'min-max-age': 63072000 }]]);
  });

  it('plain bullets that are URL paths under a health item are the paths it probes', () => {
    const c = parseMarkdownChecklist('c.md', '- [ ] Health endpoints answer\n  - /healthz\n  - /readyz\n  - not a path\n');
    expect(c.items).toHaveLength(1);
    expect(c.items[0]).toMatchObject({ checks: ['health-endpoint'], options: { paths: ['/healthz', '/readyz'] } });
    // Under an item that is not about health, a path is just text.
    expect(parseMarkdownChecklist('d.md', '- [ ] HSTS enabled\n  - /healthz\n').items[0]!.options).toBeUndefined();
  });

  it('a list between two rules at the top is content, not front matter', () => {
    const c = parse('---\n- [ ] Images use pinned tags\n- [ ] Containers run as non-root user\n---\n## More\n- [ ] HSTS enabled\n');
    expect(c.items.map((i) => i.title)).toEqual(['Images use pinned tags', 'Containers run as non-root user', 'HSTS enabled']);
  });

  it('a task-like line indented under a front matter key is YAML, not an item (QA34 markdown8 D7)', () => {
    const c = parse('---\nlayout: page\ntitle: "Production checklist"\nitems:\n  - [ ] this is YAML, not a task\n---\n\n# Production checklist\n\n- [ ] No wildcard CORS\n');
    expect(c.items.map((i) => [i.title, i.source.line])).toEqual([['No wildcard CORS', 10]]);
    // A task item at the margin after a key is still checklist content.
    expect(parse('---\ntitle: x\n- [ ] Pinned tags\n---\n').items.map((i) => i.title)).toEqual(['Pinned tags']);
  });

  it('front matter is metadata: it neither becomes a heading nor hides the document title', () => {
    const body = '# Docker checklist\n## Images\n- [ ] Pinned tags\n';
    const plain = parse(body);
    for (const fm of ['---\ntitle: Release\nowner: ops\n---\n', '+++\ntitle = "Release"\n+++\n', '---\r\ntitle: x\r\n---\r\n']) {
      const c = parse(`${fm}${body}`);
      expect(c.items.map((i) => i.group), fm).toEqual(plain.items.map((i) => i.group));
      // Lines still count from the top of the file.
      expect(c.items[0]!.source.line).toBe(plain.items[0]!.source.line + fm.split('\n').length - 1);
    }
  });

  it('finds task lists inside block quotes, with their source line', () => {
    const c = parse('Intro\n\n> Note:\n> - [ ] Quoted item\n>   - [x] Nested quoted');
    expect(c.items.map((i) => [i.title, i.source.line])).toEqual([['Quoted item', 4], ['Nested quoted', 5]]);
  });

  it('ignores fenced and indented code blocks, raw HTML and tables that merely look like task lists', () => {
    const text = [
      '- [ ] Real item',
      '',
      '```',
      '- [ ] in a fence',
      '```',
      '',
      '~~~md',
      '- [x] in a tilde fence',
      '~~~',
      '',
      '    - [ ] indented code',
      '',
      '<div>',
      '- [ ] inside raw HTML',
      '</div>',
      '',
      '| a | b |',
      '|---|---|',
      '| - [ ] cell | x |',
      '',
      'Not a list: [ ] text',
    ].join('\n');
    expect(parse(text).items.map((i) => i.title)).toEqual(['Real item']);
  });

  it('keeps sign-off template lines as items with unique ids', () => {
    const c = parse('## Lead\n- [ ] Name: ____\n- [ ] Date: ____\n## Officer\n- [ ] Name: ____\n- [ ] Date: ____');
    expect(c.items.map((i) => [i.id, i.title])).toEqual([['name', 'Name: ____'], ['date', 'Date: ____'], ['name-2', 'Name: ____'], ['date-2', 'Date: ____']]);
  });

  it('only treats bullets with a checkbox as items, but nests items under plain bullets', () => {
    const c = parse('- plain bullet\n  - [ ] under plain\n- [] not a box\n1. [x] ordered task');
    expect(c.items.map((i) => [i.title, i.signedOff ?? false])).toEqual([['under plain', false], ['ordered task', true]]);
  });
});

describe('parseMarkdownChecklist: tables', () => {
  it('warnings are listed in file order, each at its line and column, whatever order they are found in', () => {
    const md = ['# Launch', '', '- [ ] Backups tested', '', '| Item | Done |', '|---|---|', '| HSTS on | [ ] |', '', '  ```', '- [ ] Hidden in code'].join('\n');
    const list = parseMarkdownChecklist('c.md', md);
    expect(list.warnings!.map((w) => /^c\.md:\d+:\d+/.exec(w)![0])).toEqual(['c.md:7:13', 'c.md:9:3']);
  });

  it('a checkbox in a table row is no task-list item, and each such row is named in a warning', () => {
    const md = [
      '# Launch', '', '- [ ] On-call rota set up', '',
      '| # | Item | Owner | Done |', '|---|------|-------|------|',
      "| 1 | Containers don't run as root | @ops | [ ] |",
      '| 2 | Backups restored | @dba | done |',
      '| 3 | - [x] No `.env` files committed | |', '',
    ].join('\n');
    const list = parseMarkdownChecklist('c.md', md);
    expect(list.items.map((i) => i.title)).toEqual(['On-call rota set up']);
    expect(list.warnings).toEqual([
      "c.md:7:45: a checkbox in a table row is not a task-list item, so 'Containers don't run as root' is not checked: write it as a list line (`- [ ] …`)",
      "c.md:9:7: a checkbox in a table row is not a task-list item, so 'No .env files committed' is not checked: write it as a list line (`- [ ] …`)",
    ]);
    expect(parseMarkdownChecklist('d.md', '- [ ] a\n').warnings).toBeUndefined();
  });

  // A launch-readiness checklist written as XML-like tags (`<item>` … `<verification>` then `- [ ]` lines, no blank
  // line between): GitHub shows those lines as HTML text, so they are no items; the error says why.
  it('task-list lines inside raw HTML are no items, and the reason is said', () => {
    const xml = ['<item id="SEC-1">', '  <requirement>HTTPS enforced with valid certificate</requirement>', '  <verification>',
      '  - [ ] SSL certificate installed and valid', '  - [ ] HTTP redirects to HTTPS', '  </verification>', '</item>', ''].join('\n');
    expect(() => parseMarkdownChecklist('l.md', xml)).toThrow(/no task-list items .*\(task-list lines inside raw HTML \(from line 1\) are HTML text: leave a blank line between the HTML tag and the list\)$/);
    const c = parseMarkdownChecklist('l.md', `${xml}\n- [ ] Backups tested\n`);
    expect(c.items.map((i) => i.title)).toEqual(['Backups tested']);
    expect(c.warnings).toEqual(['l.md:1:1: 2 task-list lines are inside raw HTML here, which GitHub shows as text: not read as items (leave a blank line between the HTML tag and the list)']);
    // Commented-out lines (a PR template's) are meant to be no items: nothing said.
    expect(parseMarkdownChecklist('p.md', '<!--\n- [ ] Example item\n-->\n- [ ] Tests pass\n').warnings).toBeUndefined();
    // With a blank line after the tag the list is Markdown.
    expect(parseMarkdownChecklist('d.md', '<details>\n<summary>Security</summary>\n\n- [ ] HSTS enabled\n\n</details>\n').items.map((i) => i.title)).toEqual(['HSTS enabled']);
  });

  it('a file whose only task-list lines follow an unclosed code fence says so, not that they are in a table', () => {
    expect(() => parseMarkdownChecklist('f.md', '# Checklist\n\n```bash\nnpm test\n\n- [ ] HSTS enabled\n')).toThrow(/no task-list items .*\(the code fence opened on line 3 is never closed, so the task-list lines after it are code \(close it with ```\)\)$/);
  });

  it('a file whose only checkboxes are in a table says so', () => {
    expect(() => parseMarkdownChecklist('t.md', '| Item | Done |\n|---|---|\n| HSTS enabled | [ ] |\n')).toThrow(/no task-list items .*\(checkboxes in table rows are not task-list items\)/);
  });
});

describe('parseMarkdownChecklist: groups', () => {
  it('uses the heading path, dropping a lone document title and emoji, stripping markup', () => {
    const c = parse(['# Production Checklist', '## 🔒 **Security**', '### ✅ `TLS` setup', '- [ ] A', '## Ops', '- [ ] B', '#### Deep', '- [ ] C', '### Mid', '- [ ] D'].join('\n'));
    expect(c.items.map((i) => i.group)).toEqual([['Security', 'TLS setup'], ['Ops'], ['Ops', 'Deep'], ['Ops', 'Mid']]);
  });

  // johanneslamers/the-developer-designer-collection: `## :sparkles: The Security Checklist :sparkles:`.
  it('drops GitHub emoji shortcodes from headings as it drops emoji, not colons in text', () => {
    const c = parse(['## :sparkles: The Security Checklist :sparkles:', '##### Server Security', '- [ ] A', '## Release at 12:30:00 :rocket:', '- [ ] B', '## Note: ratio 1:2', '- [ ] C'].join('\n'));
    expect(c.items.map((i) => i.group)).toEqual([['The Security Checklist', 'Server Security'], ['Release at 12:30:00'], ['Note: ratio 1:2']]);
  });

  it('keeps # headings when there are several of them', () => {
    const c = parse('# One\n- [ ] A\n# Two\n## Sub\n- [ ] B');
    expect(c.items.map((i) => i.group)).toEqual([['One'], ['Two', 'Sub']]);
  });

  it('gives items before any heading an empty group', () => {
    expect(parse('- [ ] A\n# Later\n- [ ] B').items.map((i) => i.group)).toEqual([[], ['Later']]);
  });
});

describe('parseMarkdownChecklist: ids', () => {
  it('slugs titles to YAML-safe ids and makes them unique with -2, -3', () => {
    const c = parse('- [ ] Enable HSTS (Strict-Transport-Security)\n- [ ] Enable HSTS\n- [ ] enable hsts\n- [ ] Enable HSTS-2\n- [ ] Crème brûlée\n- [ ] 🚀\n- [ ] ___');
    expect(c.items.map((i) => i.id).slice(0, 5)).toEqual(['enable-hsts-strict-transport-security', 'enable-hsts', 'enable-hsts-2', 'enable-hsts-2-2', 'creme-brulee']);
    // A title with no ASCII spelling gets `item-` and a hash of the title (QA35 markdown9 D7).
    expect(c.items[5]!.id).toMatch(/^item-[0-9a-f]{8}$/);
    expect(c.items[6]!.id).toMatch(/^item-[0-9a-f]{8}$/);
    expect(c.items[5]!.id).not.toBe(c.items[6]!.id);
    for (const i of c.items) expect(i.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
  });

  it('spells letters NFKD leaves whole in ASCII: ß → ss, æ → ae, ø → o, ł → l, Cyrillic romanised (checklists7 D6)', () => {
    expect(slug('Größenbeschränkung für Uploads geprüft')).toBe('grossenbeschrankung-fur-uploads-gepruft');
    expect(slug('Ærø Łódź Đakovo œuvre Þór')).toBe('aero-lodz-dakovo-oeuvre-thor');
    expect(slug('Проверено восстановление из резервной копии')).toBe('provereno-vosstanovlenie-iz-rezervnoy-kopii');
    expect(slug('Ключ йогурт Ёж ЩИТ')).toBe('klyuch-yogurt-ezh-shchit');
    expect(slug('Україна їжак')).toBe('ukrayina-yizhak');
    // Decomposed input reads as composed; scripts without a simple ASCII spelling get `item-` and a hash of the title.
    expect(slug('Gro\u0308ße cafe\u0301')).toBe('grosse-cafe');
    expect(slug('バックアップの復元をテスト済み')).toMatch(/^item-[0-9a-f]{8}$/);
    expect(slug('✅')).toMatch(/^item-[0-9a-f]{8}$/);
  });

  it('cuts long slugs at a word boundary', () => {
    const s = slug('Use strong database passwords with sixteen or more characters mixed case numbers and symbols');
    expect(s.length).toBeLessThanOrEqual(60);
    expect(s).toBe('use-strong-database-passwords-with-sixteen-or-more');
  });

  it('is stable: the same file gives the same ids', () => {
    const text = seed('checklist-a.md');
    expect(parse(text).items.map((i) => i.id)).toEqual(parse(text).items.map((i) => i.id));
  });
});

describe('parseMarkdownChecklist: ticks and explicit bindings', () => {
  it('a tick on a manual item is a standing sign-off', () => {
    const [a, b] = parse('- [x] Backups tested\n- [ ] Restore drill').items;
    expect(a).toMatchObject({ checks: [], signedOff: true });
    expect(a!.ticked).toBeUndefined();
    expect(b!.signedOff).toBeUndefined();
  });

  it('binds with <!-- preflight: ID --> and <!-- preflight: ID, ID -->; a tick on a bound item is only shown', () => {
    const c = parse('- [X] Our TLS item <!-- preflight: certificate -->\n- [ ] HTTPS everywhere <!-- preflight: hsts, https-redirect -->\n- [ ] Two lines\n  <!-- preflight: HSTS -->');
    expect(c.items.map((i) => [i.title, i.checks, i.ticked ?? false, i.signedOff ?? false])).toEqual([
      ['Our TLS item', ['certificate'], true, false],
      ['HTTPS everywhere', ['hsts', 'https-redirect'], false, false],
      ['Two lines', ['hsts'], false, false],
    ]);
  });

  it('a directive binds only its own item, not the parent or children; one in a code span is text', () => {
    const c = parse('- [ ] Parent\n  - [ ] Child <!-- preflight: hsts -->\n- [ ] Shown `<!-- preflight: hsts -->`');
    expect(c.items.map((i) => i.checks)).toEqual([[], ['hsts'], []]);
    expect(c.items[2]!.title).toBe('Shown <!-- preflight: hsts -->');
  });

  it('<!-- preflight: manual --> keeps an item manual even when the matcher would bind it', () => {
    const c = parseMarkdownChecklist('C.md', '- [x] Enable HSTS <!-- preflight: manual -->\n- [ ] Enable HSTS', { known });
    expect(c.items[0]).toMatchObject({ checks: [], signedOff: true });
    expect(c.items[0]!.matchedBy).toBeUndefined();
    expect(c.items[1]!.checks).toEqual(['hsts']);
  });

  it('an unknown id is a ConfigError at the directive, naming the nearest known id', () => {
    const e = configError(() => parse('# T\n\n- [ ] Item\n- [ ] HSTS on <!-- preflight: hstss -->'));
    expect(e.format()).toMatch(/^CHECKLIST\.md:4:15: unknown check 'hstss'.*did you mean 'hsts'/);
  });

  it('every binding mistake of the file is said in one run, in file order, each at its file:line:column', () => {
    const e = configError(() => parse('## Edge\n- [ ] Backups tested\n- [ ] Containers <!-- preflight: non-root -->\n- [ ] Images <!-- preflight: image-tag-pined -->\n- [ ] Edge <!-- preflight hsts -->\n- [ ] Both <!-- preflight: manual, hsts -->\n- [ ] Twice <!-- preflight: hsts, hsts, hstss -->\n- [ ] Empty <!-- preflight: -->\n'));
    expect(e.all().map((x) => x.format().replace(/ \(did you mean.*| in <!--.*|[:;] expected.*| to bind.*/, ''))).toEqual([
      "CHECKLIST.md:3:18: unknown check 'non-root'",
      "CHECKLIST.md:4:14: unknown check 'image-tag-pined'",
      'CHECKLIST.md:5:12',
      'CHECKLIST.md:6:12: `<!-- preflight: manual -->` cannot be combined with check ids on the same item',
      "CHECKLIST.md:7:13: check 'hsts' is listed twice",
      "CHECKLIST.md:7:13: unknown check 'hstss'",
      'CHECKLIST.md:8:13: empty `<!-- preflight: -->`',
    ]);
    expect(e.omitted).toBe(0);
    // Over ten: ten worded, the rest counted.
    const many = configError(() => parse(Array.from({ length: 13 }, (_, i) => `- [ ] Item ${i} <!-- preflight: nope${i} -->`).join('\n')));
    expect(many.all()).toHaveLength(10);
    expect(many.omitted).toBe(3);
    expect(many.all().map((x) => x.where?.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('an empty directive and manual mixed with ids are ConfigErrors', () => {
    expect(configError(() => parse('- [ ] A <!-- preflight: -->')).message).toMatch(/expected check ids/);
    expect(configError(() => parse('- [ ] A <!-- preflight: manual, hsts -->')).message).toMatch(/cannot be combined/);
  });

  it('`preflight=ID` is the same ConfigError as `preflight ID`: a binding without its colon', () => {
    for (const c of ['<!-- preflight=hsts -->', '<!-- preflight = hsts -->', '<!-- preflight hsts -->', '<!-- preflight hsts https-redirect -->']) {
      const e = configError(() => parse(`- [ ] Edge reviewed ${c}`));
      expect(e.format(), c).toMatch(/^CHECKLIST\.md:1:21: expected `<!-- preflight: ID -->` \(a colon after `preflight`\)/);
    }
    // Another comment is prose: `preflight-ignore` is the code suppression, and a long unclosed word list costs nothing.
    expect(parse('- [ ] A <!-- preflight-ignore hsts -->').items[0]!.checks).toEqual([]);
    expect(parse(`- [ ] A <!-- preflight ${'a'.repeat(5000)} (x) -->`).items[0]!.checks).toEqual([]);
  });

  it('a binding comment on a line of its own or on a plain bullet binds nothing, and says so', () => {
    const c = parse('# C\n\n<!-- preflight: hsts -->\n- [ ] Security contact published\n\n- Edge <!-- preflight: hsts -->\n  - [ ] HSTS on\n\n> <!-- preflight: certificate -->\n> - [ ] Quoted\n');
    expect(c.items.map((i) => [i.title, i.checks])).toEqual([['Security contact published', []], ['HSTS on', []], ['Quoted', []]]);
    expect(c.warnings).toEqual([
      "CHECKLIST.md:3:1: `<!-- preflight: … -->` on a line of its own binds nothing: put it on the task item's line (`- [ ] Title <!-- preflight: ID -->`) or on an indented line under it",
      "CHECKLIST.md:6:8: `<!-- preflight: … -->` on a plain bullet (not a `- [ ]` task item) binds nothing: put it on the task item's line (`- [ ] Title <!-- preflight: ID -->`) or on an indented line under it",
      "CHECKLIST.md:9:3: `<!-- preflight: … -->` on a line of its own binds nothing: put it on the task item's line (`- [ ] Title <!-- preflight: ID -->`) or on an indented line under it",
    ]);
    // On the item's line or an indented line under it, it binds; other comments are not warned about.
    const ok = parse('- [ ] A <!-- preflight: hsts -->\n- [ ] B\n  <!-- preflight: certificate -->\n\n<!-- a note -->\n<!-- preflight-ignore hsts: x -->\n');
    expect(ok.items.map((i) => i.checks)).toEqual([['hsts'], ['certificate']]);
    expect(ok.warnings).toBeUndefined();
  });
});

describe('parseMarkdownChecklist: bad input', () => {
  it.each([
    ['an empty file', ''],
    ['white space', ' \n\n\t\n'],
    ['prose and plain bullets', '# Title\n\nSome text.\n\n- plain\n- list\n'],
    ['boxes only in code', '```\n- [ ] not real\n```\n'],
  ])('%s is a ConfigError saying no task-list items were found', (_name, text) => {
    const e = configError(() => parse(text));
    expect(e.message).toMatch(/no task-list items \(`- \[ \] …`\) found/);
    expect(e.where).toEqual({ file: 'CHECKLIST.md', line: 1, column: 1 });
  });

  it('survives mojibake, control characters and lone surrogates', () => {
    const text = '## ðŸ”’ SÃ©curitÃ©\n- [ ] Force HTTPS redirect (HTTP â†’ HTTPS)\n- [ ] \u0000\u0007bad\uFFFD \uD800 chars\n- [ ] Ã¼Ã¶Ã¤';
    const c = parse(text);
    expect(c.items).toHaveLength(3);
    expect(c.items[0]!.group).toEqual(['ðŸ”’ SÃ©curitÃ©']);
    for (const i of c.items) expect(i.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('survives raw HTML around items: comments, details, unclosed tags', () => {
    const text = '<details><summary>More</summary>\n\n- [ ] Inside details\n\n</details>\n<!-- - [ ] commented out -->\n<span>\n\n- [ ] After <i>unclosed\n<script>\n- [ ] in script\n</script>\n';
    expect(parse(text).items.map((i) => i.title)).toEqual(['Inside details', 'After unclosed']);
  });

  it('refuses a 5 MB file with a ConfigError, quickly', () => {
    const big = '- [ ] item\n'.repeat(480_000);
    const t = performance.now();
    expect(configError(() => parse(big)).format()).toBe('CHECKLIST.md:1:1: the checklist is 5.0 MB: a Markdown checklist may be at most 1 MB (split it into smaller files)');
    expect(configError(() => parse('- [ ] x\n'.repeat(136_400))).message).toMatch(/^the checklist is 1\.04 MB: a Markdown checklist may be at most 1 MB/);
    // A directive without its `-->` is an error at the directive, not a title.
    expect(configError(() => parse('- [ ] Other\n- [ ] **Item** <!-- preflight: hsts\n')).format()).toBe('CHECKLIST.md:2:16: unterminated `<!-- preflight: … -->`: expected `-->` after the check ids');
    expect(performance.now() - t).toBeLessThan(1000 * SLACK);
  });

  it('refuses pathological nesting (parse time grows with depth) at the offending line', () => {
    const lists = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- [ ] level ${i}`).join('\n');
    expect(configError(() => parse(lists)).format()).toMatch(/^CHECKLIST\.md:34:1: nested too deeply/);
    expect(configError(() => parse(`- [ ] ok\n${'> '.repeat(17)}- [ ] deep`)).where?.line).toBe(2);
    expect(parse(Array.from({ length: 20 }, (_, i) => `${' '.repeat(i * 2)}- [ ] level ${i}`).join('\n')).items).toHaveLength(20);
  });

  it('parses 10,000 items in bounded time with unique ids', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `- [ ] Check **item** ${i % 50}`).join('\n');
    const t = performance.now();
    const c = parse(text);
    const ms = performance.now() - t;
    console.log(`10,000 items (${(text.length / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms`);
    expect(c.items).toHaveLength(10_000);
    expect(new Set(c.items.map((i) => i.id)).size).toBe(10_000);
    expect(c.items[9_999]!.source.line).toBe(10_000);
  }, 120_000);

  it('parses a large file in bounded time with the same items as its parts', () => {
    const one = seed('checklist-a.md');
    const per = parse(one).items.length;
    // As many copies as fit in 1 MB and in the 10,000-item cap (stop 46, robust1 D6: a checklist holds at most 10,000 items).
    const copies = Math.min(Math.floor(1e6 / one.length), Math.floor(10_000 / per));
    const text = one.repeat(copies);
    const t = performance.now();
    const c = parse(text);
    const ms = performance.now() - t;
    console.log(`${(text.length / 1e6).toFixed(2)} MB: ${c.items.length} items in ${ms.toFixed(0)} ms`);
    expect(c.items).toHaveLength(per * copies);
  }, 300_000);
});

describe('splitBlocks', () => {
  it('cuts only where a block boundary is certain, and the pieces parse to the same items', () => {
    const text = [
      '# H', '- [ ] a', '  lazy', 'continued', '- [ ] b', '', '```', '', '- [ ] fenced', '```', '', '<!--', '', '- [ ] commented', '-->', '', '> - [ ] quoted', '', 'para', '- [ ] c', '* * *', '- [ ] d',
    ].join('\n');
    const pieces = splitBlocks(text, 1);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => p.offset + 1)).toEqual([1, 2, 5, 7, 12, 19, 20, 22]);
    const whole = parse(text).items.map((i) => [i.title, i.source.line]);
    expect(whole).toEqual([['a lazy continued', 2], ['b', 5], ['quoted', 17], ['c', 20], ['d', 22]]);
    const itemsOf = (t: string) => { try { return parse(t).items; } catch { return []; } };
    expect(pieces.flatMap((p) => itemsOf(p.text).map((i) => [i.title, i.source.line + p.offset]))).toEqual(whole);
  });
});

describe('splitBlocks: raw HTML blocks', () => {
  it('never cuts inside a `<details>`/`<div>` block (it ends at a blank line) or a `<?php … ?>` block', () => {
    const text = '<details>\n<summary>Ops</summary>\n- [ ] inside\n</details>\n\n<?php\n\n- [ ] in php\n?>\n\n- [ ] after\n';
    expect(splitBlocks(text, 1).map((p) => p.offset + 1)).toEqual([1, 6, 11]);
  });

  it('a `<div>` holding `- [ ]` lines yields no item wherever the 4 KB cut of a long checklist falls', () => {
    for (let pad = 0; pad < 80; pad += 2) {
      const items = Array.from({ length: 108 }, (_, i) => `- [ ] Routine item number ${String(i).padStart(3, '0')} padded\n`).join('');
      const text = `# Checklist\n\n${items}- [ ] pad ${'x'.repeat(pad)}\n<div>\n- [ ] inside div one\n- [ ] inside div two\n</div>\n\n- [ ] Last\n`;
      const c = parse(text);
      expect(c.items.map((i) => i.title).filter((t) => t.startsWith('inside'))).toEqual([]);
      expect(c.items).toHaveLength(110);
    }
  });
});

describe('reference-style links in a long checklist', () => {
  it('read as their text in every item, with the definitions at the bottom of a file over 4 KB (checklist and PR body alike)', () => {
    const sections = Array.from({ length: 12 }, (_, s) => [
      `## Section ${s}`, '', `Some prose about section ${s} that is long enough to matter in the document.`, '',
      ...Array.from({ length: 8 }, (_, i) => `- [${i === 0 ? 'x' : ' '}] Review the [OWASP guide][owasp] and the [Runbook] for ${s}-${i}`), '',
    ].join('\n'));
    const text = `# Production checklist\n\n${sections.join('\n')}\n[owasp]: https://owasp.org/www-project-top-ten/\n[runbook]: <docs/run book.md> "Runbook"\n`;
    expect(text.length).toBeGreaterThan(4096);
    const c = parse(text);
    expect(c.items).toHaveLength(96);
    expect(c.items.filter((i) => i.title !== `Review the OWASP guide and the Runbook for ${i.group![0]!.slice(8)}-${i.id.split('-').at(-1)}`)).toEqual([]);
    expect(c.items[0]).toMatchObject({ id: 'review-the-owasp-guide-and-the-runbook-for-0-0', source: { line: 7 } });
    expect(c.items.at(-1)!.source.line).toBe(text.split('\n').indexOf('- [ ] Review the [OWASP guide][owasp] and the [Runbook] for 11-7') + 1);
    expect(tickedTexts(text)).toEqual(Array.from({ length: 12 }, (_, s) => `Review the OWASP guide and the Runbook for ${s}-0`));
  });
});

describe('the seeds', () => {
  it.each([
    ['checklist-a.md', 234],
    ['checklist-b.md', 144],
    ['checklist-c.md', 112],
  ])('%s parses into %i items with unique ids, each a real `- [ ]` line', (name, count) => {
    const text = seed(name);
    const lines = text.split('\n');
    const c = parse(text);
    expect(c.items).toHaveLength(count);
    expect(new Set(c.items.map((i) => i.id)).size).toBe(count);
    for (const i of c.items) expect(lines[i.source.line - 1]!.slice(i.source.column - 1)).toMatch(/^[-*+] \[[ xX]\] /);
  });

  it('checklist-a: sign-off lines are items; the notes code block is not', () => {
    const c = parse(seed('checklist-a.md'));
    expect(c.items.filter((i) => i.group?.[0] === 'Sign-off').map((i) => i.id)).toEqual(['name', 'date', 'signature', 'name-2', 'date-2', 'signature-2', 'name-3', 'date-3', 'signature-3']);
    expect(c.items.some((i) => i.title?.startsWith('Issue:'))).toBe(false);
    expect(c.items.find((i) => i.source.line === 42)).toMatchObject({ title: 'Enable HSTS (Strict-Transport-Security)', group: ['Pre-Deployment Security', 'SSL/TLS Configuration'] });
  });

  it('checklist-b: bold markup is stripped and nested health paths are items', () => {
    const c = parse(seed('checklist-b.md'));
    expect(c.items.find((i) => i.source.line === 23)!.title).toBe('SESSION_COOKIE_SECURE enabled (True for HTTPS)');
    expect(c.items.filter((i) => i.source.line >= 110 && i.source.line <= 114).map((i) => [i.title, i.source.column])).toEqual(
      ['/health/ping', '/health/live', '/health/ready', '/health/status', '/health/metrics'].map((p) => [p, 3]),
    );
  });

  it('checklist-c: ticked boxes are sign-offs on manual items', () => {
    const c = parse(seed('checklist-c.md'));
    expect(c.items.filter((i) => i.signedOff).map((i) => i.source.line)).toEqual([6, 14, 15, 16, 48, 49, 50, 56, 57]);
    expect(c.items.find((i) => i.source.line === 6)!.group).toEqual(['Security Hardening', 'Authentication']);
  });
});

describe('an unclosed code fence', () => {
  it('is a warning naming its line and how many task-list lines it swallows; a closed one or one without tasks after it is not', async () => {
    const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
    const open = parseMarkdownChecklist('c.md', '# Launch\n\n- [ ] Backups tested\n\n```yaml\nkey: value\n\n- [ ] HSTS enabled\n- [ ] Debug off\n');
    expect(open.warnings).toEqual(['c.md:5:1: the code fence opened here is never closed, so the rest of the file is code: 2 task-list lines after it are not read as items (close it with ```)']);
    expect(parseMarkdownChecklist('c.md', '- [ ] A\n\n```\n- [ ] in code\n```\n\n- [ ] B\n').warnings).toBeUndefined();
    expect(parseMarkdownChecklist('c.md', '- [ ] A\n\n~~~\nnotes\n').warnings).toBeUndefined();
  });

  it('inside a list item or a block quote it ends with that container, as GFM says: the next item is read, and only swallowed lines are warned about (QA32 D7)', async () => {
    const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
    // Indented 3 spaces after a blank line, the fence is the item's: "Monitoring aktiv" is the next item, not code.
    const inItem = parseMarkdownChecklist('c.md', '- [ ] Backup-Restore geprobt\n\n   ```\n- [ ] Monitoring aktiv\n');
    expect([inItem.items.map((i) => i.title), inItem.warnings]).toEqual([['Backup-Restore geprobt', 'Monitoring aktiv'], undefined]);
    const closed = parseMarkdownChecklist('c.md', '- [ ] A\n\n   ```\n- [ ] B\n   ```\n- [ ] C\n');
    expect([closed.items.map((i) => i.title), closed.warnings]).toEqual([['A', 'B', 'C'], undefined]);
    // Task lines inside the item's unclosed fence are swallowed: said, naming the item and the column of the fence.
    const swallowed = parseMarkdownChecklist('c.md', '- [ ] A\n  ```\n  - [ ] B\n- [ ] C\n');
    expect([swallowed.items.map((i) => i.title), swallowed.warnings]).toEqual([['A', 'C'], ['c.md:2:3: the code fence opened here is never closed, so the rest of the list item is code: 1 task-list line after it is not read as items (close it with ```)']]);
    expect(parseMarkdownChecklist('c.md', '> - [ ] A\n> ```\n> - [ ] B\n\n- [ ] C\n').warnings).toEqual(['c.md:2:3: the code fence opened here is never closed, so the rest of the block quote is code: 1 task-list line after it is not read as items (close it with ```)']);
    // At the top level, indented up to 3 spaces, it still runs to the end of the file.
    expect(parseMarkdownChecklist('c.md', '- [ ] A\n\nText\n\n   ```\n- [ ] B\n').warnings).toEqual(['c.md:5:4: the code fence opened here is never closed, so the rest of the file is code: 1 task-list line after it is not read as items (close it with ```)']);
  });
});

describe('an unclosed HTML comment', () => {
  // `<!-- TODO: move the items below ->` (a typo for `-->`): CommonMark runs the comment to the end of the file.
  it('is a warning naming its line and column and how many task-list lines it swallows', async () => {
    const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
    const open = parseMarkdownChecklist('c.md', '# Release\n\n## Security\n\n- [ ] HSTS enabled\n\n<!-- TODO(maria): move the items below to the runbook ->\n\n## Ops\n\n- [ ] Debug mode is off in production\n- [ ] No `.env` files committed to git\n');
    expect(open.items.map((i) => i.title)).toEqual(['HSTS enabled']);
    expect(open.warnings).toEqual(['c.md:7:1: the HTML comment opened here (`<!--`) is never closed, so the rest of the file is a comment: 2 task-list lines after it are not read as items (close it with `-->`)']);
    // In a list item or a block quote it ends with that container; the column is the `<!--`'s.
    expect(parseMarkdownChecklist('c.md', '- [ ] A\n  <!-- note\n  - [ ] B\n- [ ] C\n').warnings).toEqual(['c.md:2:3: the HTML comment opened here (`<!--`) is never closed, so the rest of the list item is a comment: 1 task-list line after it is not read as items (close it with `-->`)']);
    expect(parseMarkdownChecklist('c.md', '> - [ ] A\n> <!-- x\n> - [ ] B\n\n- [ ] C\n').warnings).toEqual(['c.md:2:3: the HTML comment opened here (`<!--`) is never closed, so the rest of the block quote is a comment: 1 task-list line after it is not read as items (close it with `-->`)']);
    // A long file is cut into pieces to parse: the comment still runs to its end, and is said once.
    const long = `${'- [ ] Item filler text\n'.repeat(400)}\n<!-- later\n\n${'- [ ] Hidden item\n'.repeat(300)}`;
    const big = parseMarkdownChecklist('c.md', long);
    expect([big.items.length, big.warnings]).toEqual([400, ['c.md:402:1: the HTML comment opened here (`<!--`) is never closed, so the rest of the file is a comment: 300 task-list lines after it are not read as items (close it with `-->`)']]);
  });

  it('a closed comment, or an unclosed one with no task-list lines after it, is not warned about', async () => {
    const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
    expect(parseMarkdownChecklist('c.md', '- [ ] A\n\n<!--\n- [ ] commented out\n-->\n\n- [ ] B\n<!-- a --> text\n').warnings).toBeUndefined();
    expect(parseMarkdownChecklist('c.md', '- [ ] A\n\n<!-- end of the list\nnotes\n').warnings).toBeUndefined();
  });

  it('when it hides every item, the error says so', async () => {
    const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
    expect(() => parseMarkdownChecklist('c.md', '# C\n\n<!-- draft\n- [ ] HSTS enabled\n')).toThrow(/no task-list items .*\(the HTML comment opened on line 3 is never closed, so the task-list lines after it are a comment \(close it with `-->`\)\)$/);
  });

  it('an unterminated binding on an indented line under an item is a ConfigError, never a silent manual item', async () => {
    const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
    expect(() => parseMarkdownChecklist('c.md', '- [ ] A\n  <!-- preflight: hsts\n- [ ] B\n')).toThrow(/unterminated `<!-- preflight: … -->`/);
    expect(parseMarkdownChecklist('c.md', '- [ ] A\n  <!-- preflight: hsts -->\n- [ ] B\n').items[0]!.checks).toEqual(['hsts']);
  });
});

describe('an item that introduces plain bullets', () => {
  it('binds what its bullets promise ("Add security headers in settings.py:" → SECURE_SSL_REDIRECT, SESSION_COOKIE_SECURE, SECURE_HSTS_SECONDS); other items keep their own binding', async () => {
    const { parseMarkdownChecklist } = await import('../../src/checklist/markdown.js');
    const list = parseMarkdownChecklist('b.md', '## Security\n\n- [ ] Disable DEBUG\n- [ ] Add security headers in `settings.py`:\n  - `SECURE_SSL_REDIRECT = True`\n  - `SESSION_COOKIE_SECURE = True`\n  - `SECURE_HSTS_SECONDS = 31536000`\n- [ ] Backups:\n  - nightly to S3\n- [ ] HSTS enabled\n  - on every response\n');
    expect(list.items.map((i) => [i.title, [...i.checks].sort()])).toEqual([
      ['Disable DEBUG', ['debug-mode']],
      ['Add security headers in settings.py:', ['cookie-flags', 'cookie-security', 'hsts', 'https-redirect']],
      ['Backups:', []],
      ['HSTS enabled', ['hsts']],
    ]);
  });
});

describe('paragraphs with thousands of emphasis delimiters, brackets or <!-- are made inert (QA round 25)', () => {
  it('keeps lines, columns, list markers and checkboxes; a normal long checklist is untouched', () => {
    const hostile = `# C\n- [ ] ${'*_'.repeat(5000)}\n- [ ] ${'<!--'.repeat(2000)}\n- [ ] ${']('.repeat(3000)}\n- [x] HSTS is enabled\n`;
    const inert = defuseInline(hostile);
    expect(inert.length).toBe(hostile.length);
    expect(inert.split('\n').map((l) => l.slice(0, 6))).toEqual(hostile.split('\n').map((l) => l.slice(0, 6)));
    expect(inert).not.toMatch(/\*_|<!--|\]\(/);
    expect(inert).toContain('- [x] HSTS is enabled');
    const c = parseMarkdownChecklist('c.md', hostile);
    expect(c.items).toHaveLength(4);
    expect(c.items[3]!.checks).toEqual(['hsts']);
    // 600 ordinary items (1,200 brackets and many snake_case words in all, a few per paragraph): not one character changes.
    const normal = Array.from({ length: 600 }, (_, i) => `- [ ] Set FLASK_DEBUG_${i} to 0 in *production* [docs](https://x.example/${i})`).join('\n');
    expect(defuseInline(normal)).toBe(normal);
  }, 20_000);
  it('a paragraph spread over many lines is bounded too', () => {
    const text = `- [ ] Item\n\n${Array.from({ length: 400 }, () => '*_*_*_*_*_').join('\n')}\n`;
    const inert = defuseInline(text);
    expect(inert.startsWith('- [ ] Item\n\n∗＿')).toBe(true);
    expect(parseMarkdownChecklist('c.md', text).items.map((i) => i.title)).toEqual(['Item']);
  }, 20_000);
});
