import { describe, expect, it } from 'vitest';
import { toText, wantsColor } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { sampleReport } from './sample-report.js';

/** Blocking marks are bold red (the critical colour); non-blocking failures yellow. */
const BLOCKING = '\x1b[1;31m';
const NOT_BLOCKING = '\x1b[33m';

describe('toText', () => {
  it('marks an item as blocking exactly when the markdown summary says it blocks the merge', () => {
    // A critical item whose only finding is high, under fail-on critical: the gate passes.
    const report = sampleReport({
      failOn: 'critical',
      result: 'pass',
      items: [{ id: 'cert', title: 'Certificate is valid', kind: 'probe', check: 'certificate', severity: 'critical', status: 'fail' }],
      findings: [{ check: 'certificate', item: 'cert', severity: 'high', message: 'expires in 12 days', file: null, line: null, column: null, url: 'https://x.example/' }],
    });
    const line = toText(report, { color: true }).split('\n').find((l) => l.includes('Certificate is valid'))!;
    expect(line.startsWith(NOT_BLOCKING)).toBe(true);
    expect(renderMarkdown(report)).not.toContain('blocks the merge');
    // The same item with a critical finding blocks, in both.
    const blocking = { ...report, failOn: 'high' as const, result: 'fail' as const };
    expect(toText(blocking, { color: true }).split('\n').find((l) => l.includes('Certificate is valid'))!.startsWith(BLOCKING)).toBe(true);
    expect(renderMarkdown(blocking)).toContain('blocks the merge');
  });
});

describe('a tick on a bound item (QA25 D7)', () => {
  it('is shown on the item line in the text and Markdown reports; an unticked item says nothing', () => {
    const report = sampleReport({
      failOn: 'high',
      result: 'fail',
      items: [
        { id: 'pinned', title: 'Docker images are pinned', kind: 'static', check: 'image-tag-pinned', severity: 'high', status: 'fail', ticked: true },
        { id: 'root', title: 'Containers run as non-root', kind: 'static', check: 'dockerfile-non-root', severity: 'high', status: 'pass' },
      ],
      findings: [{ check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: "FROM python:latest uses the moving tag 'latest'", file: 'Dockerfile', line: 1, column: 6, url: null }],
    });
    const text = toText(report, { color: false }).split('\n');
    expect(text.find((l) => l.includes('Docker images are pinned'))).toBe('✗ Docker images are pinned [pinned] high fail (ticked in the checklist)');
    expect(text.find((l) => l.includes('Containers run as non-root'))).not.toContain('ticked');
    const md = renderMarkdown(report).split('\n');
    expect(md.find((l) => l.includes('Docker images are pinned'))).toContain('— fail _(ticked in the checklist)_ — **blocks the merge**');
    expect(md.find((l) => l.includes('Containers run as non-root'))).not.toContain('ticked');
  });
});

describe('toText: groups', () => {
  it('an item without a group after grouped ones is not shown under the last group', () => {
    const item = (id: string, group?: string[]) => ({ id, title: `Item ${id}`, kind: 'manual' as const, check: null, severity: 'info' as const, status: 'pending' as const, ...(group ? { group } : {}) });
    const lines = toText(sampleReport({ items: [item('a'), item('b', ['Security']), item('c')], findings: [] }), { color: false }).split('\n');
    const at = (t: string) => lines.findIndex((l) => l.includes(t));
    // No heading before the first ungrouped item; the Security heading; then a heading again before the ungrouped one.
    expect(at('Item a')).toBeLessThan(at('Security'));
    expect(lines.slice(at('Item b') + 1, at('Item c'))).toContain('Checklist');
  });
});

describe('toText: pending sign-offs', () => {
  const pending = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, title: `Manual item ${i}`, kind: 'manual' as const, check: null, severity: 'info' as const, status: 'pending' as const }));

  it('lists at most 100 and says how many more there are and where to see them all', () => {
    const text = toText(sampleReport({ items: pending(216), findings: [] }), { color: false });
    const listed = text.split('\n').filter((l) => l.startsWith('    - [ ] '));
    expect(listed).toHaveLength(100);
    expect(text).toContain('    … and 116 more (all of them: --format markdown, the job summary, or --format json)');
    // The Markdown report lists every one.
    expect(renderMarkdown(sampleReport({ items: pending(216), findings: [] }))).toContain('- [ ] Manual item 215');
  });

  it('lists pending items that share a title by id, as the Markdown report does (QA round 32, markdown6 D13)', () => {
    const manual = pending(1)[0]!;
    const items = [
      { ...manual, id: 'name', title: 'Name: ________' }, { ...manual, id: 'date', title: 'Date: ________' },
      { ...manual, id: 'name-2', title: 'Name: ________' }, { ...manual, id: 'date-2', title: '**Date**:  ________' },
      { ...manual, id: 'restore', title: 'Backup restore tested' },
    ];
    const text = toText(sampleReport({ items, findings: [] }), { color: false });
    expect(text.split('\n').filter((l) => l.startsWith('    - [ ] '))).toEqual(['    - [ ] name', '    - [ ] date', '    - [ ] name-2', '    - [ ] date-2', '    - [ ] Backup restore tested']);
    expect(text).toContain("'Name: ________', 'Date: ________', '**Date**:  ________' are titles of several items: each is listed by its id");
    // A title only one item has keeps its line, and no note.
    const alone = toText(sampleReport({ items: [items[0]!, items[4]!], findings: [] }), { color: false });
    expect(alone).toContain('    - [ ] Name: ________');
    expect(alone).not.toContain('titles of several items');
  });

  it('adds no note when all are listed', () => {
    const text = toText(sampleReport({ items: pending(100), findings: [] }), { color: false });
    expect(text.split('\n').filter((l) => l.startsWith('    - [ ] '))).toHaveLength(100);
    expect(text).not.toContain('more (all of them');
  });
});

describe('reports: file names with control characters', () => {
  it('writes a newline, tab or escape in a committed file name as \\xNN, in the text and the Markdown report', () => {
    // Git allows any byte but NUL and / in a name: `git add $'we\nird.env'` commits a name that would break the line of a finding
    // (and ESC, one that a terminal would obey).
    const file = 'conf/we\nird\t\x1b[2J.env';
    const report = sampleReport({
      result: 'fail',
      items: [{ id: 'env', title: 'No .env files are committed', kind: 'static', check: 'env-file-committed', severity: 'critical', status: 'fail' }],
      findings: [{ check: 'env-file-committed', item: 'env', severity: 'critical', message: 'committed', file, line: 1, column: null }],
    });
    const text = toText(report, { color: false });
    expect(text).toContain('conf/we\\x0aird\\x09\\x1b[2J.env:1  critical  committed');
    expect(text).not.toContain('\x1b');
    const md = renderMarkdown(report);
    expect(md).toContain('`conf/we\\x0aird\\x09\\x1b[2J.env:1`');
    expect(md).not.toMatch(/we\n/);
  });
});

describe('an item bound to several checks (QA 26 D5)', () => {
  it('prints the fix of each failing check, once each; one failing check keeps the plain `fix:` line', () => {
    const url = 'https://x.example/';
    const report = sampleReport({
      failOn: 'high',
      result: 'fail',
      items: [
        { id: 'tls', title: 'TLS is sound', kind: 'probe', check: ['certificate', 'hsts', 'tls-version'], severity: 'critical', status: 'fail' },
        { id: 'pin', title: 'Images pinned', kind: 'static', check: 'image-tag-pinned', severity: 'high', status: 'fail' },
      ],
      findings: [
        { check: 'certificate', item: 'tls', severity: 'high', message: 'expires in 12 days', file: null, line: null, column: null, url, fix: 'Renew the certificate.' },
        { check: 'hsts', item: 'tls', severity: 'high', message: 'no Strict-Transport-Security header', file: null, line: null, column: null, url, fix: 'Send Strict-Transport-Security.' },
        { check: 'hsts', item: 'tls', severity: 'high', message: 'second hsts finding', file: null, line: null, column: null, url, fix: 'Send Strict-Transport-Security.' },
        { check: 'tls-version', item: 'tls', severity: 'info', note: true, message: 'a note', file: null, line: null, column: null, url, fix: 'Not for notes.' },
        { check: 'image-tag-pinned', item: 'pin', severity: 'high', message: "FROM python:latest uses the moving tag 'latest'", file: 'Dockerfile', line: 1, column: 6, url: null, fix: 'Pin the tag.' },
      ],
    });
    const fixes = toText(report, { color: false }).split('\n').filter((l) => l.trimStart().startsWith('fix'));
    expect(fixes).toEqual(['    fix (certificate): Renew the certificate.', '    fix (hsts): Send Strict-Transport-Security.', '    fix: Pin the tag.']);
    // The Markdown report gives each finding its own fix already.
    const md = renderMarkdown(report);
    expect(md).toContain('Renew the certificate.');
    expect(md).toContain('Send Strict-Transport-Security.');
  });
});

describe('wantsColor (QA 27 sarif D5)', () => {
  it('FORCE_COLOR turns colour on without a terminal, as Node and chalk read it', () => {
    for (const v of ['1', '2', '3', '', 'true']) expect(wantsColor({ FORCE_COLOR: v }, false), v).toBe(true);
    for (const v of ['0', 'false']) expect(wantsColor({ FORCE_COLOR: v }, true), v).toBe(false);
    // A value neither reads as a level is ignored: the terminal decides.
    expect([wantsColor({ FORCE_COLOR: 'yes' }, false), wantsColor({ FORCE_COLOR: 'yes' }, true)]).toEqual([false, true]);
  });
  it('FORCE_COLOR wins over NO_COLOR and TERM=dumb (Node: "The NO_COLOR env is ignored due to the FORCE_COLOR env being set")', () => {
    expect(wantsColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '0', NO_COLOR: '1' }, true)).toBe(false);
  });
  it('without FORCE_COLOR: colour on a terminal only, never with NO_COLOR or TERM=dumb', () => {
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({ NO_COLOR: '' }, true)).toBe(false);
    expect(wantsColor({ TERM: 'dumb' }, true)).toBe(false);
  });
});
