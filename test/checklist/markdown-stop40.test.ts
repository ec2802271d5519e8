import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { normaliseTitle } from '../../src/checklist/title.js';
import { nearMissTicks, parseAttestations } from '../../src/gate/attest.js';

const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const titles = (text: string) => parse(text).items.map((i) => i.title);
const warnings = (text: string) => parse(text).warnings ?? [];
/** The checks of the one item of a one-line checklist (under `heading` when given). */
const checksOf = (line: string, heading = 'Production') => parse(`# Checklist\n## ${heading}\n- [ ] ${line}\n`).items[0]!.checks;

// QA stop 40, markdown15 D1: task items inside MkDocs admonitions and content tabs (indented 4 spaces under `!!! type`, `??? type`,
// `=== "Tab"`) were an indented code block or a paragraph's text to CommonMark, dropped with no warning; the gate passed a broken repo.
describe('markdown15 D1: MkDocs admonitions and content tabs hold items', () => {
  const mkdocs = [
    '# Production checklist',
    '',
    '!!! danger "Blocking — must hold before every release"',
    '    - [ ] No `.env` files are committed',
    '    - [ ] Debug mode is off in production',
    '',
    '??? note "Manual steps"',
    '',
    '    - [ ] Backup restore procedure has been tested',
    '',
    '???+ tip',
    '    1. [x] Runbook linked',
    '',
    '## Other',
    '',
    '=== "Web"',
    '',
    '    - [ ] Release notes published',
    '        - [ ] Changelog linked',
    '',
    '- [ ] On-call rota published',
    '',
  ].join('\n');

  it('reads the items of admonitions, collapsible blocks and tabs as MkDocs renders them, at their own line and column', () => {
    const list = parse(mkdocs);
    expect(list.items.map((i) => [i.title, i.source.line, i.source.column, i.group])).toEqual([
      ['No .env files are committed', 4, 5, []],
      ['Debug mode is off in production', 5, 5, []],
      ['Backup restore procedure has been tested', 9, 5, []],
      ['Runbook linked', 12, 5, []],
      ['Release notes published', 18, 5, ['Other']],
      ['Changelog linked', 19, 9, ['Other']],
      ['On-call rota published', 21, 1, ['Other']],
    ]);
    expect(list.items.map((i) => i.checks)).toEqual([['env-file-committed'], ['debug-mode'], [], [], [], [], []]);
    // A tick in a block is a standing sign-off as anywhere; a nested item keeps its parent.
    expect(list.items[3]!.signedOff).toBe(true);
    expect(list.warnings).toBeUndefined();
  });

  it('nests admonitions (a block inside a block, a block under an item)', () => {
    expect(titles('!!! note\n    !!! warning "Inner"\n        - [ ] Inner item\n    - [ ] Outer item\n')).toEqual(['Inner item', 'Outer item']);
    expect(titles('- [ ] Parent\n    !!! note\n        - [ ] Child in a note\n')).toEqual(['Parent', 'Child in a note']);
  });

  it('leaves an opener without indented content as text, and a fenced example of one as code', () => {
    // `!!! note` with nothing under it: a paragraph as before (no item is made of it).
    expect(titles('- [ ] Alpha\n\n!!! note\n\nText\n\n- [ ] Beta\n')).toEqual(['Alpha', 'Beta']);
    expect(titles('- [ ] Alpha\n\n```\n!!! note\n    - [ ] Example only\n```\n')).toEqual(['Alpha']);
    expect(warnings('- [ ] Alpha\n\n```\n!!! note\n    - [ ] Example only\n```\n')).toEqual([]);
  });
});

// The other 4-space-indented `- [ ]` lines CommonMark reads as code or as a paragraph's text: said, never dropped silently.
describe('markdown15 D1: task lines indented into code or a paragraph are warned about', () => {
  it('warns at an indented code block of task lines, naming the first and counting the rest', () => {
    const w = warnings('# Checklist\n\n- [ ] Alpha\n\nExample:\n\n    - [ ] Indented one\n    - [ ] Indented two\n');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^CHECKLIST\.md:7:5: 'Indented one' and 1 more task-list line after it are indented 4\+ spaces, so Markdown reads them as an indented code block, as GitHub shows them: not read as task-list items/);
  });

  it('warns at task lines that continue a paragraph (after text, too deep under an item, in a block quote)', () => {
    const w = warnings('Intro text\n    - [ ] Continued\n\n- [ ] Parent\n        - [ ] Too deep\n\n> Quoted text\n>     - [ ] Quoted continued\n');
    expect(w).toEqual([
      expect.stringMatching(/^CHECKLIST\.md:2:5: 'Continued' is indented too far \(4\+ spaces past where a list item may start\), so Markdown reads it as text of the paragraph above/),
      expect.stringMatching(/^CHECKLIST\.md:5:9: 'Too deep' is indented too far/),
      expect.stringMatching(/^CHECKLIST\.md:8:7: 'Quoted continued' is indented too far/),
    ]);
  });

  it('says why a numbered item after text is text: a list interrupting a paragraph must start at 1', () => {
    const w = warnings('- [ ] Alpha\n\nSteps:\n2. [ ] Second step\n');
    expect(w).toEqual([expect.stringMatching(/^CHECKLIST\.md:4:1: 'Second step' is read as text of the paragraph above, as GitHub shows it: a numbered list that interrupts a paragraph must start at 1/)]);
    // Starting at 1 it interrupts the paragraph and is an item.
    expect(titles('- [ ] Alpha\n\nSteps:\n1. [ ] First step\n')).toEqual(['Alpha', 'First step']);
  });

  it('stays silent on fenced examples, on properly nested items and on prose', () => {
    expect(warnings('- [ ] Alpha\n\n```md\n    - [ ] fenced\n```\n\n~~~\n- [ ] tilde fenced\n~~~\n')).toEqual([]);
    expect(warnings('- [ ] Parent\n    - [ ] Child\n      wrapped text\n\nSome text - [ ] inline\n')).toEqual([]);
  });

  it('names the reason when such lines are all the file has', () => {
    expect(() => parse('Intro\n\n    - [ ] Only indented\n')).toThrow(/no task-list items .*task-list lines indented 4\+ spaces past where a list item may start are code or text to Markdown/);
  });
});

// markdown15 D3: exporters' checkbox look-alikes were dropped with no warning in a mixed file.
describe('markdown15 D3: ballot boxes and escaped checkboxes are warned about like `[-]`', () => {
  const text = [
    '## Security (pandoc)',
    '- ☐ No .env files committed',
    '- ☒ Debug mode is off in production',
    '## Security (turndown)',
    '-   \\[ \\] Docker images use pinned tags',
    '-   \\[x\\] TLS 1.2+ only',
    '## Ops',
    '- [ ] Backup restore procedure has been tested',
    '- ✅ Runbook linked',
    '',
  ].join('\n');

  it('names each line that is no task-list item, and reads the rest', () => {
    const list = parse(text);
    expect(list.items.map((i) => i.title)).toEqual(['Backup restore procedure has been tested']);
    expect(list.warnings).toEqual([
      "CHECKLIST.md:2:3: `☐` is no checkbox (only `[ ]` and `[x]` are), so 'No .env files committed' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)",
      "CHECKLIST.md:3:3: `☒` is no checkbox (only `[ ]` and `[x]` are), so 'Debug mode is off in production' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)",
      "CHECKLIST.md:5:5: `\\[ \\]` is an escaped checkbox (the backslashes make it text), so 'Docker images use pinned tags' is not a task-list item and is not checked: write it as `- [ ] …` without the backslashes",
      "CHECKLIST.md:6:5: `\\[x\\]` is an escaped checkbox (the backslashes make it text), so 'TLS 1.2+ only' is not a task-list item and is not checked: write it as `- [x] …` without the backslashes",
      "CHECKLIST.md:9:3: `✅` is no checkbox (only `[ ]` and `[x]` are), so 'Runbook linked' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)",
    ]);
  });

  it('leaves status emoji alone in a list with no checkbox, and in an item\'s title', () => {
    expect(warnings('- [ ] Alpha\n\n## Status\n\n- ✅ HSTS on\n- ❌ CSP pending\n')).toEqual([]);
    expect(titles('- [ ] ✅ Backups verified\n- [x] ❌ Nothing left open\n')).toEqual(['✅ Backups verified', '❌ Nothing left open']);
    expect(warnings('- [ ] ✅ Backups verified\n')).toEqual([]);
  });

  it('names the reason when such lines are all the file has', () => {
    expect(() => parse('- ☐ One\n- ☒ Two\n')).toThrow(/only `\[ \]` and `\[x\]` are checkboxes \(`\[~\]`, `\[-\]`, `\[\]`, `☐`, an escaped `\\\[ \\\]` are text\)/);
  });
});

// markdown15 D2: a tick leaving out the title's own emoji or `:shortcode:` signed nothing off with no warning (a tick adding one
// got the near-miss warning). Titles match as written (DESIGN: equal, ignoring case and markup), so it is a near miss too.
describe('markdown15 D2: a tick without the title\'s decoration is a near miss', () => {
  const items = [
    { id: 'pager', title: '🚨 Pager escalation tested', status: 'pending' },
    { id: 'rota', title: ':rotating_light: On-call rota published', status: 'pending' },
    { id: 'changelog', title: 'Changelog written :memo:', status: 'pending' },
    { id: 'shipped', title: 'Shipped ✅', status: 'pending' },
    { id: 'docs', title: 'Documentation updated', status: 'pending' },
  ];
  const hints = (body: string) => nearMissTicks(parseAttestations(body), items, normaliseTitle);

  it('warns, naming the item, whether the decoration stood before or after the words', () => {
    const h = hints('- [x] Pager escalation tested\n- [x] On-call rota published\n- [x] Changelog written\n');
    expect(h).toEqual([
      expect.stringMatching(/ticks "pager escalation tested", which signs nothing off: it is not the title of the pending item 'pager' \("🚨 Pager escalation tested"\); tick that title as the summary lists it \(matching ignores case and markup, and reads a `:shortcode:` as the title's emoji in its place when only one title fits; not other emoji/),
      expect.stringMatching(/ticks "on-call rota published", .* 'rota'/),
      expect.stringMatching(/ticks "changelog written", .* 'changelog'/),
    ]);
  });

  it('still signs off the title as written and the id; a short or unrelated tick gets no hint', () => {
    expect(parseAttestations('- [x] 🚨 Pager escalation tested\n').has(normaliseTitle('🚨 Pager escalation tested'))).toBe(true);
    expect(hints('- [x] 🚨 Pager escalation tested\n- [x] pager\n')).toEqual([]);
    // "Shipped" is under 8 characters: no evidence of the item (short words recur in other ticks).
    expect(hints('- [x] Shipped\n')).toEqual([]);
    // More words than a decoration: another item.
    expect(hints('- [x] Updated\n- [x] API documentation updated by the team\n')).toEqual([]);
  });
});

// fullrepos19 D4: promises the catalogue checks verify stayed manual, inconsistently ("… is not in git" bound, "… is never
// committed" did not; `fastapi dev`, `--reload`, `--watch`, watchmedo, live reload, the Django allow-all switch by name).
describe('fullrepos19 D4: the matcher binds what the checks verify, worded either way', () => {
  it.each<[string, string[]]>([
    ['`config/master.key` is never committed', ['hardcoded-secret']],
    ['`config/master.key` is not in git', ['hardcoded-secret']],
    ['Rails master key not committed', ['hardcoded-secret']],
    ['`APP_KEY` is never committed', ['hardcoded-secret']],
    ['`server.key` is never checked in', ['hardcoded-secret']],
    ['Runs `fastapi run`, not `fastapi dev`', ['production-server']],
    ['Production server: `fastapi run` (never `fastapi dev` or `uvicorn --reload`)', ['production-server']],
    ['Octane runs without `--watch` in production', ['production-server']],
    ['Celery workers run without autoreload (no `watchmedo`)', ['production-server']],
    ['No `air` live reload in the production image', ['production-server']],
    ['Served by `node build`, never `vite dev`', ['production-server']],
    ['Packaged jar, not `./mvnw spring-boot:run`', ['production-server']],
    ['CORS: only our frontends (no `CORS_ALLOW_ALL_ORIGINS`)', ['cors-wildcard']],
    ['`CORS_ALLOW_ALL_ORIGINS` is False', ['cors-wildcard']],
  ])('%s → %j', (line, checks) => {
    expect(checksOf(line)).toEqual(checks);
  });

  it.each<string>([
    // Another reload: a proxy's, a configuration's, a certificate's, a build watcher's, a mobile app's.
    'Nginx reloads config without downtime',
    'No hot reload of TLS certificates needed',
    'Tailwind runs without `--watch` in the image build',
    'No `tsc --watch` in the Dockerfile',
    'Flutter hot reload disabled in release builds',
    // Tests and CI; a plan, a grant, the risk stated.
    'Jest runs without `--watch` in CI',
    '`--reload` is used in production for now',
    'Uvicorn with `--reload` in production',
    // A reloader no server is named for: the check does not fail every one (Quart's, hupper) (review A B1).
    'No `--reload` in production',
    'Hot reload is disabled in production',
    // Withdrawn or deferred.
    '~~No `--reload` in production~~',
    'No `--reload` in production — later',
    // The switch set to what it should be is still bound by the rule that reads it; set to true with no refusal it is a grant.
    '`CORS_ALLOW_ALL_ORIGINS = True` for the public API',
    // A key that is not a secret's, not committed "yet".
    'Idempotency key is sent with every request',
  ])('%s stays manual', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
});
