import { describe, expect, it } from 'vitest';
import { cutText, renderMarkdown, renderTitle } from '../../src/report/markdown.js';
import type { Finding } from '../../src/types.js';
import { sampleReport } from './sample-report.js';

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

  it('puts the marker first when asked', () => {
    expect(renderMarkdown(sampleReport(), { marker: '<!-- m -->' }).startsWith('<!-- m -->\n')).toBe(true);
  });
});

describe('renderTitle', () => {
  it('names the verdict, counts and threshold within 255 characters', () => {
    expect(renderTitle(sampleReport())).toBe('Failed: 1 critical, 2 high, 1 medium, 1 info (fail-on: high)');
    expect(renderTitle(sampleReport({ result: 'pass', counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } }))).toBe('Passed: no findings (fail-on: high)');
  });
});
