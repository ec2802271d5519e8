import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = ['Launch']) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const byTitle = (text: string) => new Map(parse(text).items.map((i) => [i.title, i]));

// Review A S1 (stop 36): an item that opts out of security headers as a whole and also names a header that is off bound
// security-headers on the other three headers.
describe('an opt-out of security headers as a whole stays manual, whatever header it also names', () => {
  it.each([
    'No security headers; CSP disabled',
    'Security headers disabled, CSP off too',
    "We don't send security headers (CSP relaxed)",
    'No security headers',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['Security headers: CSP disabled', { headers: ['x-content-type-options', 'x-frame-options', 'referrer-policy'] }],
    ['Security headers set (no CSP for now)', { headers: ['x-content-type-options', 'x-frame-options', 'referrer-policy'] }],
  ])('%s still judges the other headers', (text, options) => {
    const item = parse(`- [ ] ${text}`).items[0]!;
    expect(item.checks).toEqual(['security-headers']);
    expect(item.options).toEqual(options);
  });
});

// Review A S2: "pending"/"blocked" qualifying another noun read as the item's deferral.
describe('a status followed by another noun qualifies that noun: no deferral', () => {
  it.each<[string, string[]]>([
    ['Health endpoint returns 503 (pending migrations)', ['health-endpoint']],
    ['Readiness probe: pending requests drained before shutdown', ['k8s-probes']],
    // runAsNonRoot names the Kubernetes setting (as at the base commit).
    ['Containers run as non-root (blocked: runAsNonRoot enforced by admission)', ['k8s-run-as-non-root']],
    ['Containers run as non-root (root blocked by PSA)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });

  it.each([
    // The status as the whole state, with what it waits for.
    'HSTS enabled (pending the CDN migration)',
    'Security headers: pending until Q3',
    'Containers run as non-root (blocked: waiting for admission controller rollout)',
    'Non-root user — blocked (MOB-233)',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

// Review A S3: a nested sub-task or scope note that starts with a status word unbound its whole parent topic.
describe('a parent topic is deferred by a nested item only when that item is just a status', () => {
  it('a sub-task or a scope note keeps the parent bound', () => {
    const items = byTitle([
      '- [ ] Health endpoint', '  - [ ] /healthz returns 200', '  - [ ] TODO: add DB check to it',
      '- [ ] HSTS', '  - [ ] max-age 1 year', '  - [ ] N/A for the internal admin host',
      '- [ ] HTTPS redirect', '  - [ ] Later: redirect the legacy domain too',
    ].join('\n'));
    expect(items.get('Health endpoint')!.checks).toEqual(['health-endpoint']);
    expect(items.get('HSTS')!.checks).toEqual(['hsts']);
    expect(items.get('HTTPS redirect')!.checks).toEqual(['https-redirect']);
  });

  it('a status alone, with a ticket or a bracketed reason, defers it', () => {
    const items = byTitle([
      '- [ ] HSTS', '  - [ ] WIP — SEC-12',
      '- [ ] Security headers', '  - [ ] Not yet (SEC-88)',
      '- [ ] HTTPS redirect', '  - [ ] Blocked on the CDN migration',
      '- [ ] Health endpoint', '  - [ ] pending',
    ].join('\n'));
    for (const t of ['HSTS', 'Security headers', 'HTTPS redirect', 'Health endpoint']) expect(items.get(t)!.checks).toEqual([]);
  });
});

// Review A N1/N2.
describe('options the item states are kept', () => {
  it('a label before the promise does not put off its subdomains', () => {
    const item = parse('- [ ] Before go-live: HSTS with max-age 1 year on all subdomains').items[0]!;
    expect(item.checks).toEqual(['hsts']);
    expect(item.options).toEqual({ 'min-max-age': 31536000, 'include-subdomains': true });
  });

  it('a header name that modifies another noun does not leave the header out', () => {
    for (const text of ['No CSP nonce needed; security headers set', 'Security headers set (not CSP-report-only)']) {
      const item = parse(`- [ ] ${text}`).items[0]!;
      expect((item.options as { headers?: string[] } | undefined)?.headers ?? ['content-security-policy']).toContain('content-security-policy');
    }
  });
});
