import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = ['Launch']) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const byTitle = (text: string) => new Map(parse(text).items.map((i) => [i.title, i]));

describe('QA36 markdown10 D1: a topic whose aside or nested item says it is off stays manual', () => {
  it.each([
    'HSTS (off for now)',
    'HSTS (off for now — enabling after we verify all subdomains, SEC-88)',
    'HSTS (off for now, SEC-88)',
    'HSTS (❌ off)',
    'HSTS (still off)',
    'HSTS (off)',
    'HTTPS redirect (off for now)',
    'Security headers (off for now)',
    'CSP (off)',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // "Off" is the promise of a risk, whose check has no safeguard to switch off.
    ['Debug mode (off)', ['debug-mode']],
    ['TLS 1.0 (off)', ['tls-protocols-config', 'tls-version']],
    // An aside about another thing, or a state that keeps the safeguard on.
    ['Non-root containers (curl removed)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['HSTS (on)', ['hsts']],
    ['HTTPS redirect (on)', ['https-redirect']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });

  it('a bare topic whose nested item is its state (off, pending, blocked) stays manual; other nested items keep it bound', () => {
    const items = byTitle([
      '## Edge',
      '- [ ] HSTS', '  - [ ] Off for now (SEC-88)',
      '- [ ] HTTPS redirect', '  - [ ] Blocked by MOB-1',
      '- [x] Security headers', '  - [ ] Pending',
      '- [ ] Debug mode', '  - [ ] Off',
      '- [ ] Restart policy', '  - [ ] Max-age 1 year',
    ].join('\n'));
    expect(items.get('HSTS')!.checks).toEqual([]);
    expect(items.get('HTTPS redirect')!.checks).toEqual([]);
    expect(items.get('Security headers')!.checks).toEqual([]);
    // The tick of a manual item stays a sign-off.
    expect(items.get('Security headers')!.signedOff).toBe(true);
    // "Off" under debug mode is the promise.
    expect(items.get('Off')!.checks).toEqual(['debug-mode']);
  });

  it('the subdomains an item puts off are no include-subdomains requirement', () => {
    const items = byTitle([
      '- [ ] HSTS (off for now — enabling after we verify all subdomains, SEC-88) <!-- preflight: hsts -->',
      '- [ ] HSTS enabled, subdomains later',
      '- [ ] HSTS enabled on all subdomains',
      '- [ ] HSTS with includeSubDomains',
      '- [ ] HSTS enabled, 1 year (preload pending)',
    ].join('\n'));
    expect(items.get('HSTS (off for now — enabling after we verify all subdomains, SEC-88)')!.options).toBeUndefined();
    expect(items.get('HSTS enabled, subdomains later')!.options).toBeUndefined();
    expect(items.get('HSTS enabled on all subdomains')!.options).toEqual({ 'include-subdomains': true });
    expect(items.get('HSTS with includeSubDomains')!.options).toEqual({ 'include-subdomains': true });
    // A deferred preload is no preload requirement; HSTS itself is promised.
    expect(items.get('HSTS enabled, 1 year (preload pending)')!.checks).toEqual(['hsts']);
    expect(items.get('HSTS enabled, 1 year (preload pending)')!.options).toBeUndefined();
  });
});

describe('QA36 markdown10 D2/D3: a status that opens an aside or a label\'s state defers the item', () => {
  it.each([
    // Blocked, in brackets, after a dash, after a label.
    'No container runs as root (blocked by MOB-233)',
    'No container runs as root (blocked: legacy image, see MOB-233)',
    'Non-root user — blocked (MOB-233)',
    'Containers run as non-root — blocked',
    'Containers run as non-root (blocked)',
    'Memory limits on all services (blocked: waiting for load test)',
    'HSTS enabled (blocked on CDN migration)',
    'Security headers: blocked',
    // Pending, WIP, on hold, not yet, after a label or opening an aside.
    'Memory limits: pending',
    'TLS 1.2+: pending',
    'Secure cookies: pending',
    'Security headers: pending',
    'Security headers: pending (SEC-12)',
    'CSP: pending',
    'X-Frame-Options: pending',
    'HTTPS redirect: pending',
    'Security headers: WIP',
    'HSTS (WIP)',
    '🚧 Redirect HTTP to HTTPS — WIP',
    'Docker images pinned - WIP',
    'HSTS enabled (pending SEC-12)',
    'HSTS enabled (on hold until the CDN migration)',
    'Resource limits: in progress',
    'HSTS (not yet, SEC-88)',
    // The same statuses in the languages the rules read.
    'Límites de memoria: pendiente',
    'HSTS : en attente',
    'Restart-Policy: ausstehend',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it('a status nested under a topic heading defers the item too', () => {
    expect(checksOf('CSP: pending', ['Hardening', 'Security headers'])).toEqual([]);
  });

  it.each<[string, string[]]>([
    // The status qualifies a sub-feature, not the topic: it does not open the aside or the label's state.
    ['HSTS enabled, 1 year (preload pending)', ['hsts']],
    ['HSTS max-age 1 year, preload pending', ['hsts']],
    // "Not yet" for another place names that place.
    ['HSTS enabled in production (not yet on staging)', ['hsts']],
    // Blocked is the promise of an exposure.
    ['Postgres not exposed (blocked by the security group)', ['database-port-exposed']],
    ['Clickjacking blocked (X-Frame-Options DENY)', ['security-headers']],
    // Done or reviewed asides are no status that defers.
    ['HSTS enabled — done ✅', ['hsts']],
    ['HSTS enabled (reviewed by security)', ['hsts']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
});

describe('QA36 markdown10 D4: a header the item leaves out is not judged', () => {
  const optionsOf = (line: string) => parse(`- [ ] ${line}`).items[0]!;
  const OTHERS = ['x-content-type-options', 'x-frame-options', 'referrer-policy'];

  it.each<[string, unknown]>([
    ['HSTS + security headers (CSP still off)', { 'security-headers': { headers: OTHERS } }],
    ['Security headers except CSP (off for now)', { headers: OTHERS }],
    ['Security headers without CSP', { headers: OTHERS }],
    ['Security headers set (no CSP for now)', { headers: OTHERS }],
    ['Security headers: CSP disabled', { headers: OTHERS }],
    ['X-Frame-Options DENY, X-Content-Type-Options nosniff — CSP pending', { headers: ['x-content-type-options', 'x-frame-options'] }],
    ['X-Frame-Options set, CSP off for now', { headers: ['x-frame-options'] }],
    ['Security headers (X-Frame-Options, X-Content-Type-Options, Referrer-Policy); CSP later', { headers: OTHERS }],
  ])('%s judges the others', (line, options) => {
    const item = optionsOf(line);
    expect(item.checks).toContain('security-headers');
    expect(item.options).toEqual(options);
  });

  it.each([
    'CSP relaxed for now (`unsafe-inline` needed by the widget)',
    'CSP: disabled',
    'CSP (disabled for now)',
    'No CSP for now (third-party widgets break)',
  ])('%s, which leaves out every header it names, stays manual', (line) => {
    expect(optionsOf(line).checks).toEqual([]);
  });

  it.each<[string, unknown]>([
    // A directive refused in the CSP is the CSP's promise, not the CSP left out.
    ['CSP without `unsafe-inline`', { headers: ['content-security-policy'] }],
    ['No `unsafe-inline` in the CSP', { headers: ['content-security-policy'] }],
    ['`helmet()` enabled', undefined],
  ])('%s keeps its headers', (line, options) => {
    const item = optionsOf(line);
    expect(item.checks).toEqual(['security-headers']);
    expect(item.options).toEqual(options);
  });
});

describe('QA36 markdown10 D5: Japanese "for now" before the state, and Polish opt-outs', () => {
  it.each([
    'CSP は一旦無効化', 'HSTS は一旦無効化', 'HSTS は当面無効', 'HSTS はまだ無効', 'HSTS は無効（当面）',
    'HSTS wyłączony na razie', 'CSP tymczasowo wyłączona', 'HSTS wyłączony', 'HSTS nie jest włączony', 'Bez HSTS na razie',
  ])('%s stays manual', (text) => {
    expect(checksOf(text, ['Security'])).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['HSTS は有効', ['hsts']],
    ['HSTS włączony', ['hsts']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text, ['Security'])).toEqual(want);
  });
});
