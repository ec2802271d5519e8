import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { code, cutText, esc, renderFindingList, renderMarkdown, renderMarkdownFit, renderTitle } from '../../src/report/markdown.js';
import type { Finding } from '../../src/types.js';
import { sampleReport } from './sample-report.js';
import { toText } from '../../src/report/text.js';
import { summaryLine } from '../../src/report/summary.js';

describe('renderMarkdown', () => {
  it('renders the sample report', () => {
    expect(renderMarkdown(sampleReport())).toMatchSnapshot();
  });

  it('groups items by the checklist groups and lists pending items as copy-paste lines', () => {
    const md = renderMarkdown(sampleReport());
    expect(md.indexOf('### Secrets')).toBeLessThan(md.indexOf('### Containers'));
    expect(md).toContain('```markdown\n- [ ] Backup restore procedure has been tested\n```');
    expect(md).toContain('attested by @alice');
    expect(md).toContain('`cors-policy`, `debug-mode`');
    expect(md).toContain('1 finding suppressed');
    expect(md).toContain('1 known from the baseline');
    expect(md).toContain('2 baseline entries are fixed');
    expect(md).toContain('error: connection refused — **blocks the merge**');
    // The suppressed finding is counted, not listed; HTML in messages is escaped.
    expect(md).not.toContain('redis');
    expect(md).toContain('&lt;here&gt;');
  });

  it('says a suppressed count once: a passing item\'s reason already gives it (QA stop 27, D7)', () => {
    const base = sampleReport();
    const pinned = base.items.find((i) => i.id === 'pinned')!;
    const only = base.findings.filter((f) => f.item !== 'pinned' || f.suppressed);
    const pass = renderMarkdown({ ...base, items: base.items.map((i) => (i === pinned ? { ...i, status: 'pass' as const, reason: '1 finding suppressed by preflight-ignore' } : i)), findings: only });
    const line = pass.split('\n').find((l) => l.includes('`pinned`'))!;
    expect(line).toMatch(/ — pass: 1 finding suppressed by preflight-ignore$/);
    // A failing item says nothing of it in its reason: the count stays.
    const fail = renderMarkdown({ ...base, items: base.items.map((i) => (i === pinned ? { ...i, status: 'fail' as const, reason: undefined } : i)) });
    expect(fail.split('\n').find((l) => l.includes('`pinned`'))).toMatch(/\(1 suppressed\)$/);
  });

  it('says pending items do not gate outside pull requests', () => {
    const md = renderMarkdown(sampleReport({ context: { event: 'push', pullRequest: null, gatesManual: false } }));
    expect(md).toContain('do not gate outside pull requests');
    expect(md).not.toContain('pending — **blocks the merge**');
  });

  it('stays within the byte budget by listing fewer findings, and within a char budget', () => {
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: `image svc-${i} uses 'latest' ${'é'.repeat(40)}`, file: `svc-${i}/Dockerfile`, line: 1, column: 6, url: null,
    }));
    const report = sampleReport({ findings: many });
    const full = renderMarkdown(report, { maxBytes: Infinity });
    expect(Buffer.byteLength(full)).toBeGreaterThan(300_000);
    const small = renderMarkdown(report, { maxBytes: 100_000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(100_000);
    expect(small).toMatch(/…and \d+ more/);
    expect(small).toContain('- [ ] Backup restore procedure has been tested');
    const chars = renderMarkdown(report, { maxChars: 65_535 });
    expect(chars.length).toBeLessThanOrEqual(65_535);
  });

  it('when even the item list is too long, cuts it and keeps the copy-paste sign-off lines', () => {
    const base = sampleReport();
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...base.items.find((x) => x.status === 'pass')!, id: `item-${i}`, title: `Item number ${i} with a long enough title to take room` }));
    const report = sampleReport({ items: [...many, ...base.items] });
    const { text, complete } = renderMarkdownFit(report, { maxChars: 65_535 });
    expect(complete).toBe(false);
    expect(text.length).toBeLessThanOrEqual(65_535);
    expect(text).toMatch(/…\(cut: the report is longer than GitHub accepts here/);
    expect(text).toContain('```markdown\n- [ ] Backup restore procedure has been tested\n```');
  });

  it('keeps the sign-off block when it is most of the budget, and cuts it at a line when it is more (QA round 25)', () => {
    const base = sampleReport();
    const manual = base.items.find((x) => x.status === 'pending')!;
    // 450 pending manual items with long titles: their copy-paste block alone is about 50,000 characters.
    const pending = Array.from({ length: 450 }, (_, i) => ({ ...manual, id: `m-${i}`, title: `Manual item ${i}: the on-call runbook for this subsystem was reviewed and signed off by its owner` }));
    const { text } = renderMarkdownFit(sampleReport({ items: [...pending, ...base.items] }), { maxChars: 65_535 });
    expect(text.length).toBeLessThanOrEqual(65_535);
    expect(text).toContain('### ⏳ Sign-offs pending');
    expect(text).toContain('- [ ] Manual item 449: the on-call runbook');
    // Twice as many: the block is cut at a line, its fence closed, and the note says where the rest is.
    const more = Array.from({ length: 900 }, (_, i) => ({ ...manual, id: `n-${i}`, title: `Manual item ${i}: the on-call runbook for this subsystem was reviewed and signed off by its owner` }));
    const cut = renderMarkdownFit(sampleReport({ items: [...more, ...base.items] }), { maxChars: 65_535 }).text;
    expect(cut.length).toBeLessThanOrEqual(65_535);
    expect(cut).toContain('### ⏳ Sign-offs pending');
    expect(cut).toMatch(/- \[ \] Manual item \d+: the on-call runbook[^\n]*\n```\n\n…\(cut:/);
  });

  it('lists pending items that share a title by id, and says that ticking the shared title signs all of them off (QA round 30)', () => {
    const base = sampleReport();
    const manual = base.items.find((x) => x.status === 'pending')!;
    const roles = ['Deployment Lead', 'Security Officer'].flatMap((role, r) => [
      { ...manual, id: r ? 'name-2' : 'name', title: 'Name: ________________', group: ['Sign-off', role] },
      { ...manual, id: r ? 'date-2' : 'date', title: 'Date: ________________', group: ['Sign-off', role] },
    ]);
    const text = renderMarkdown(sampleReport({ items: [...roles, ...base.items] }));
    const block = /```markdown\n([\s\S]*?)```/.exec(text)![1]!;
    // (QA51 teams D3: by the role and the title, which stays with the role when another is inserted above it; an id is positional.)
    expect(block.split('\n').filter(Boolean)).toEqual(['- [ ] Deployment Lead › Name: ________________', '- [ ] Deployment Lead › Date: ________________', '- [ ] Security Officer › Name: ________________', '- [ ] Security Officer › Date: ________________', `- [ ] ${manual.title}`]);
    expect(text).toContain('`Name: ________________`, `Date: ________________` are titles of several items: each is listed by its group and title');
    // A title only one item has keeps its line (the copy-paste round trip by title).
    expect(block).toContain(`- [ ] ${manual.title}`);
    // A bound item with the same title as a manual one does not make it "shared": ticks never attest bound items.
    const bound = base.items.find((x) => x.kind === 'static')!;
    const alone = renderMarkdown(sampleReport({ items: [...base.items, { ...bound, id: 'twin', title: manual.title }] }));
    expect(/```markdown\n([\s\S]*?)```/.exec(alone)![1]).toContain(`- [ ] ${manual.title}`);
    expect(alone).not.toContain('titles of several items');
    // Titles that differ only in markup or spacing are one title to a tick (normaliseTitle), so they are shared too.
    const marked = renderMarkdown(sampleReport({ items: [{ ...manual, id: 'sig', title: '**Signature**:  ____' }, { ...manual, id: 'sig-2', title: 'Signature: ____' }, ...base.items] }));
    expect(/```markdown\n([\s\S]*?)```/.exec(marked)![1]!.split('\n').filter(Boolean).slice(0, 2)).toEqual(['- [ ] sig', '- [ ] sig-2']);
  });

  it('cuts text that cannot fit with a note, never splitting a character', () => {
    const text = '😀'.repeat(50_000);
    const cut = cutText(text, 65_535);
    expect(cut.length).toBeLessThanOrEqual(65_535);
    expect(cut).toMatch(/cut: the report is longer/);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(cutText('short', 100)).toBe('short');
    expect(Buffer.byteLength(cutText('é'.repeat(1000), 1000, 500))).toBeLessThanOrEqual(500);
  });

  it('links file:line to the blob at the commit when given a base', () => {
    const md = renderMarkdown(sampleReport(), { linkBase: 'https://github.com/acme/shop/blob/abc' });
    expect(md).toContain('[`deploy/k8s.yaml:20`](https://github.com/acme/shop/blob/abc/deploy/k8s.yaml#L20)');
    expect(md).not.toContain('](https://staging.example.com');
  });

  it('shows a probe finding\'s URL once: not again before a message that names it (QA round 28)', () => {
    const url = 'https://127.0.0.1:18420/';
    const report = sampleReport({ findings: [
      { check: 'hsts', item: 'hsts', severity: 'high', message: `${url} sends no Strict-Transport-Security header`, file: null, line: null, column: null, url },
      { check: 'security-headers', item: 'hsts', severity: 'medium', message: 'Referrer-Policy is missing', file: null, line: null, column: null, url },
    ] });
    for (const out of [renderMarkdown(report), toText(report, { color: false })]) {
      const lines = out.split('\n');
      const times = (needle: string) => lines.find((l) => l.includes(needle))!.split(url).length - 1;
      // Before: `https://127.0.0.1:18420/ **high** https://127.0.0.1:18420/ sends no…`.
      expect(times('sends no Strict-Transport-Security')).toBe(1);
      // A message that does not name its URL still gets it in front.
      expect(times('Referrer-Policy is missing')).toBe(1);
    }
  });

  it('puts the marker first when asked', () => {
    expect(renderMarkdown(sampleReport(), { marker: '<!-- m -->' }).startsWith('<!-- m -->\n')).toBe(true);
  });
});

describe('escaping: HTML outside code spans only (QA 26 action3 D3)', () => {
  it('keeps `<name>.env` as typed inside a code span (GitHub does not decode entities there) and escapes outside', () => {
    expect(esc('for `<name>.env` files (`docker.env`), `*.env` & <b>')).toBe('for `<name>.env` files (`docker.env`), `*.env` &amp; &lt;b&gt;');
    // Spans of N backticks close at the next run of exactly N; a shorter or longer run inside is content.
    expect(esc('``a ` <b>`` <c>')).toBe('``a ` <b>`` &lt;c&gt;');
    // A backtick with no partner is escaped: it cannot open a span with a backtick of the text around it.
    expect(esc("it's ` <img src=x>")).toBe("it's \\` &lt;img src=x&gt;");
    // A backslash is a character of the text, not an escape: it is escaped itself, and the backticks after it pair.
    expect(esc('a \\`<b>` c')).toBe('a \\\\`<b>` c');
    expect(esc('x\n  y')).toBe('x y');
    // A lone CR is a line ending to CommonMark too: it would end the list item mid-text.
    expect([esc('x\ry'), code('a\r\rb')]).toEqual(['x y', '`a b`']);
  });

  it('the job summary, check-run text and comment show the fix text with `<name>.env` in its span', () => {
    const fix = 'Add `.env` and `.env.*` to .gitignore; for `<name>.env` files (`docker.env`), `*.env`.';
    const report = sampleReport({ findings: [{ check: 'env-file-not-ignored', item: null, severity: 'medium', message: "no .gitignore ignores '.env' <here>", file: null, line: null, column: null, url: null, fix }] });
    for (const md of [renderMarkdown(report), renderFindingList(report, { maxChars: 65_000 })]) {
      expect(md).toContain('for `<name>.env` files');
      expect(md).not.toContain('&lt;name&gt;');
      expect(md).toContain('&lt;here&gt;');
    }
  });

  it('a code span holds text with backticks whole (a longer fence, padded at a backtick edge)', () => {
    expect(code('deploy/a.yaml:3')).toBe('`deploy/a.yaml:3`');
    expect(code('we`ird')).toBe('``we`ird``');
    expect(code('`x`` y')).toBe('``` `x`` y ```');
    expect(code(' a ')).toBe('`  a  `');
  });
});

/** GitHub's parse of Markdown (CommonMark + GFM): the tree. */
const parse = (md: string) => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
/**
 * The node types in a tree, the text it shows and its links. A URL GitHub links as typed (GFM's autolink literal: its
 * text is its address, so it cannot pass for another) counts as text.
 */
function shown(md: string): { types: Set<string>; text: string; links: string[] } {
  const types = new Set<string>();
  const links: string[] = [];
  let text = '';
  const walk = (n: Nodes) => {
    if (n.type === 'link' || n.type === 'image') links.push(n.url);
    const literal = n.type === 'link' && n.children.length === 1 && n.children[0]!.type === 'text' && n.children[0]!.value === n.url;
    if (!literal) types.add(n.type);
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'html') text += n.value;
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(parse(md));
  return { types, text, links };
}

describe('escaping: repository text cannot make Markdown (QA 27 sarif D2)', () => {
  const hostile = [
    "service '[Click here to approve](https://evil.example/login)' image nginx has no tag",
    "service '![pixel](https://evil.example/p.png)' image redis has no tag",
    'service \'**bold** and _em_ and ~~gone~~ and ~x~\' uses latest',
    "key '[ref]' with [ref]: https://evil.example defined",
    'C:\\deploy\\[x]\\*.env and a\\_b',
    'a <https://evil.example> autolink & <img src=x> &amp; entity',
    "x [a](<https://evil.example>) and [b][] and [c]\\[d]",
  ];
  it('shows each as typed: plain text only (no link, image, emphasis, strikethrough or HTML)', () => {
    for (const s of hostile) {
      const md = esc(s);
      const r = shown(md);
      expect([...r.types].filter((t) => !['root', 'paragraph', 'text'].includes(t)), md).toEqual([]);
      expect(r.text, md).toBe(s);
    }
    // At the start of a list item (a checklist warning): no heading, nested list or rule.
    for (const s of ['# not a heading', '- nested', '+ nested', '1. ordered', '2) ordered', '---', '***', '> quote', '#tag']) {
      const r = shown(`- ${esc(s)}`);
      expect([...r.types].sort(), s).toEqual(['list', 'listItem', 'paragraph', 'root', 'text']);
      expect(r.text, s).toBe(s);
    }
  });

  it('leaves the product\'s code spans and URLs as they are (GitHub still links a URL; nothing doubly escaped)', () => {
    const fix = 'Remove the override: `SESSION_COOKIE_SECURE = True`, `cookie: { secure: true }`; for `<name>.env` files, `*.env`.';
    expect(esc(fix)).toBe('Remove the override: `SESSION_COOKIE_SECURE = True`, `cookie: { secure: true }`; for `<name>.env` files, `*.env`.');
    const url = 'https://staging.example.com/api_v1/~admin/.env serves the environment file';
    expect(esc(url)).toBe(url);
    expect(shown(esc(url)).links).toEqual(['https://staging.example.com/api_v1/~admin/.env']);
    // Repository backticks in quoted text are characters (QA stop 39): shown as typed, no code span; the rest is escaped.
    expect(esc("service '`tick`**bold**' image postgres:latest")).toBe("service '\\`tick\\`\\*\\*bold\\*\\*' image postgres:latest");
    expect([...shown(esc("service '`tick`**bold**'")).types].sort()).toEqual(['paragraph', 'root', 'text']);
    expect(shown(esc("service '`tick`**bold**'")).text).toBe("service '`tick`**bold**'");
  });

  it('in the job summary: a hostile service name, item title, group and file name make no link or image', () => {
    const findings: Finding[] = [
      { check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: "service '[Click here to approve](https://evil.example/login)' image nginx has no tag", file: 'docker-compose.yml', line: 3, column: 5, url: null },
      { check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: "service '![pixel](https://evil.example/p.png)' image redis has no tag", file: 'a)b [c](evil.html)/compose.yml', line: 6, column: 5, url: null },
    ];
    const base = sampleReport();
    const items = base.items.map((i) => (i.id === 'pinned' ? { ...i, title: '[Approve](https://evil.example/x) **now**', group: ['![g](https://evil.example/g.png)'] } : i));
    const md = renderMarkdown(sampleReport({ findings, items }), { linkBase: 'https://github.com/acme/shop/blob/abc' });
    const r = shown(md);
    expect(r.types.has('image')).toBe(false);
    // Links: the file links, and URLs as typed (GitHub links them by their own text).
    const md2 = md.replace(/\[(`[^`]+`)\]\(https:\/\/github\.com\/acme\/shop\/blob\/abc\/[^\s)]+\)/g, '$1');
    expect(shown(md2).types.has('link')).toBe(false);
    expect(r.links.filter((u) => !u.startsWith('https://github.com/acme/shop/blob/abc/')).sort()).toEqual(['https://evil.example/g.png', 'https://evil.example/login', 'https://evil.example/p.png', 'https://evil.example/x', 'https://staging.example.com/']);
    // The file link stays one link to the file: its `(`, `)`, `[`, `]` are percent-encoded.
    expect(md).toContain('(https://github.com/acme/shop/blob/abc/a%29b%20%5Bc%5D%28evil.html%29/compose.yml#L6)');
    expect(r.text).toContain("service '[Click here to approve](https://evil.example/login)' image nginx has no tag");
    expect(r.text).toContain('[Approve](https://evil.example/x) **now**');
    expect(r.text).toContain('![g](https://evil.example/g.png)');
  });
});

describe('checklist warnings in the report (QA 26 action3 D2)', () => {
  const warnings = [
    'PRODUCTION_CHECKLIST.md:21:1: a code fence opened here is never closed: the 1 checkbox after it (`- [ ] Rollback plan documented`) is not read',
    'PRODUCTION_CHECKLIST.md:8:3: a checkbox in a table row is not a checklist item <here>',
  ];
  it('lists them, file:line and message, near the top', () => {
    const md = renderMarkdown(sampleReport(), { checklistWarnings: warnings });
    expect(md).toContain('### ⚠️ Checklist warnings (2)\n\n- `PRODUCTION_CHECKLIST.md:21`: a code fence opened here is never closed: the 1 checkbox after it (`- [ ] Rollback plan documented`) is not read\n- `PRODUCTION_CHECKLIST.md:8`: a checkbox in a table row is not a checklist item &lt;here&gt;\n');
    expect(md.indexOf('Checklist warnings')).toBeLessThan(md.indexOf('### Secrets'));
    expect(renderMarkdown(sampleReport())).not.toContain('Checklist warnings');
    expect(renderMarkdown(sampleReport(), { checklistWarnings: ['a preset says something'] })).toContain('- a preset says something\n');
  });

  it('caps the list at 10 and says where the rest are', () => {
    const many = Array.from({ length: 14 }, (_, i) => `PRODUCTION_CHECKLIST.md:${i + 1}:1: stray binding comment ${i}`);
    const md = renderMarkdown(sampleReport(), { checklistWarnings: many });
    expect(md).toContain('### ⚠️ Checklist warnings (14)');
    expect(md.match(/^- `PRODUCTION_CHECKLIST\.md:\d+`: stray/gm)).toHaveLength(10);
    expect(md).toContain("- …and 4 more, each printed as a warning");
  });
});

describe('renderTitle', () => {
  it('names the verdict, counts and threshold within 255 characters', () => {
    // The sample's one info finding is a note: said apart, not among the counts (QA33 usage D4).
    expect(renderTitle(sampleReport())).toBe('Failed: 1 critical, 2 high, 1 medium; 1 note (fail-on: high)');
    expect(renderTitle(sampleReport({ result: 'pass', findings: [], counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } }))).toBe('Passed: no findings (fail-on: high)');
  });
  it('says notes apart from the counts: a note is a pass, an info finding that is no note is counted (QA33 usage D4)', () => {
    const note = (over: Partial<Finding> = {}): Finding => ({ check: 'dockerfile-non-root', item: 'nr', severity: 'info', message: 'USER node is a name', file: 'Dockerfile', line: 3, column: 1, url: null, note: true, ...over });
    const high: Finding = { check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: 'latest', file: 'Dockerfile', line: 1, column: 6, url: null };
    const counts = (high: number, info: number) => ({ critical: 0, high, medium: 0, low: 0, info });
    const two = sampleReport({ findings: [high, { ...high, line: 2 }, note()], items: [], counts: counts(2, 1), baselineFixed: undefined });
    expect(renderTitle(two)).toBe('Failed: 2 high; 1 note (fail-on: high)');
    expect(summaryLine(two)).toBe('Preflight FAILED: 2 high; 1 note — fail-on: high');
    // Notes only: no findings, and the notes said.
    const notes = sampleReport({ result: 'pass', findings: [note(), note({ line: 4 })], items: [], counts: counts(0, 2), baselineFixed: undefined });
    expect(renderTitle(notes)).toBe('Passed: no failures; 2 notes (fail-on: high)');
    expect(summaryLine(notes)).toBe('Preflight passed: no failures; 2 notes — fail-on: high');
    // An info finding that is no note (an override to info, under fail-on: info) is counted; a suppressed or baseline
    // note is in no count.
    const info = sampleReport({ failOn: 'info', findings: [{ ...high, severity: 'info' }, note(), note({ line: 5, suppressed: true }), note({ line: 6, baseline: true })], items: [], counts: counts(0, 2), baselineFixed: undefined });
    expect(renderTitle(info)).toBe('Failed: 1 info; 1 note (fail-on: info)');
    expect(summaryLine(info)).toBe('Preflight FAILED: 1 info; 1 note (1 suppressed, 1 in baseline) — fail-on: info');
  });
  it('outside a pull request, says that pending manual items were counted but did not gate', () => {
    const items = [{ id: 'b', title: 'Backups tested', kind: 'manual' as const, check: null, severity: 'high' as const, status: 'pending' as const }];
    const report = sampleReport({ result: 'pass', items, findings: [], counts: { critical: 0, high: 1, medium: 0, low: 0, info: 0 }, context: { event: 'push', pullRequest: null, gatesManual: false } });
    expect(renderTitle(report)).toBe('Passed: 1 high (fail-on: high; 1 pending manual item not gating outside a pull request)');
  });
});

describe('cutting a report that does not fit', () => {
  const title = (i: number) => `Manual verification step number ${i} — confirm that the production rollout procedure for subsystem ${i} has been rehearsed end to end with the owners`;
  const manyPending = () => {
    const items = Array.from({ length: 220 }, (_, i) => ({ id: `manual-${i}`, title: title(i), kind: 'manual' as const, check: null, severity: 'info' as const, status: 'pending' as const }));
    return sampleReport({ items, findings: [] });
  };
  /** The fences of a Markdown text: every one closed, and the lines inside them. */
  function fenced(md: string): { balanced: boolean; inside: string[] } {
    let open = false;
    const inside: string[] = [];
    for (const line of md.split('\n')) {
      if (/^```/.test(line)) { open = !open; continue; }
      if (open) inside.push(line);
    }
    return { balanced: !open, inside };
  }

  it('cuts at a line, closes the open sign-off block and puts the note after it (check run, 65,535 characters)', () => {
    const md = renderMarkdown(manyPending(), { maxChars: 65_535, fullReportAt: 'the job summary' });
    expect(md.length).toBeLessThanOrEqual(65_535);
    const { balanced, inside } = fenced(md);
    expect(balanced).toBe(true);
    // Every copy-paste line is whole: a ticked fragment would match no item.
    expect(inside.length).toBeGreaterThan(100);
    for (const line of inside) expect(line).toMatch(/^- \[ \] Manual verification step number (\d+) — .* with the owners$/);
    // The item list is cut (the note says where the rest is) and the sign-off block follows it, whole or cut at a line.
    expect(md).toMatch(/\n\n…\(cut: the report is longer than GitHub accepts here; the full report is in the job summary\)\n/);
    expect(md.slice(md.lastIndexOf('```'))).toMatch(/^```\n(?:\n…\(cut: the report is longer than GitHub accepts here; the full report is in the job summary\)\n)?$/);
  });

  it('in the job summary (bytes), never points at the job summary itself', () => {
    const md = renderMarkdown(manyPending(), { maxBytes: 60_000, fullReportAt: "the JSON report at the step's `report` output" });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(60_000);
    expect(fenced(md).balanced).toBe(true);
    expect(fenced(md).inside.length).toBeGreaterThan(0);
    expect(md).toMatch(/cut: .*the full report is in the JSON report at the step's `report` output\)\n/);
    expect(md).not.toMatch(/job summary/);
  });

  it('closes a fence by its own marker and length, and cuts a single long line by characters', () => {
    const text = `intro\n~~~~text\n${'line\n'.repeat(100)}~~~~\n`;
    const cut = cutText(text, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/\nline\n~~~~\n\n…\(cut/);
    expect(cutText('x'.repeat(500), 300).length).toBeLessThanOrEqual(300);
  });
});

describe('what the report says about findings it does not list', () => {
  const many: Finding[] = Array.from({ length: 1000 }, (_, i) => ({
    check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: `image svc-${i} uses 'latest' ${'x'.repeat(60)}`, file: `svc-${i}/Dockerfile`, line: 1, column: 6, url: null,
  }));
  it('says "all are listed below" only when they are, and names where they all are otherwise', () => {
    const report = sampleReport({ findings: many });
    const md = renderMarkdown(report, { maxChars: 65_535, annotationsOmitted: 207, annotationsFailed: 950, notAnnotated: 3, fullReportAt: 'the JSON report at the step\'s `report` output' });
    expect(md).not.toContain('all are listed below');
    expect(md).toMatch(/1157 findings were not annotated \(207 beyond the 1,000 annotations a check run gets, 950 could not be posted\); the list below shows up to \d+ findings per item; all are in the JSON report at the step's `report` output\./);
    expect(md).toMatch(/3 findings are on files this pull request does not change: not annotated; the list below shows up to/);
    expect(md).toMatch(/…and \d+ more, not listed here \(all are in the JSON report at the step's `report` output\)/);
    const whole = renderMarkdown(sampleReport(), { annotationsOmitted: 2 });
    expect(whole).toContain('2 findings were not annotated (2 beyond the 1,000 annotations a check run gets); all are listed below.');
  });
  it('tells whether a text is complete', () => {
    expect(renderMarkdownFit(sampleReport()).complete).toBe(true);
    expect(renderMarkdownFit(sampleReport({ findings: many }), { maxChars: 65_535 }).complete).toBe(false);
  });
});
