import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 42, review A: the binding rules added for markdown17 (bind42.test.ts) reached too far. "API accepts HTTPS" bound
// https-redirect without "only"; "framed as individual blame" and "Customer data must not be displayed on third-party sites"
// bound the framing header; "npm: `latest` is never used" bound image-tag-pinned; a "## Push to production" heading unbound
// TLS items; "Ops / Monitoring" counted as a monitoring section; "for GET / POST" was read as the path `/`; "none
// hard-coded" was read of another noun than the secrets. The items markdown17 needed still bind (bind42.test.ts).

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const items = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);
const bound = (title: string, headings: string[] = []) => {
  const c = parseMarkdownChecklist('c.md', `${headings.map((h) => `## ${h}\n`).join('')}- [ ] ${title}\n`);
  return [c.items[0]!.checks, c.items[0]!.options ?? null];
};
const TLS = ['tls-protocols-config', 'tls-version'];

describe('B1: HTTPS accepted binds https-redirect only when plain HTTP is excluded', () => {
  it.each([
    'API accepts HTTPS',
    'Backend accepts HTTPS (port 443)',
    'Server accepts HTTPS connections',
    'The API accepts HTTPS; plain HTTP stays open for legacy clients',
    'App accepts HTTPS — HTTP also works',
    'API accepts HTTPS and HTTP',
    'API accepts HTTPS; plain HTTP is not rejected',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    'API only accepts HTTPS',
    'API accepts HTTPS only',
    'API accepts only HTTPS connections',
    'The site accepts HTTPS connections only',
    'Server accepts connections only over HTTPS',
    'API accepts requests over HTTPS only',
    'API accepts HTTPS and rejects plain HTTP',
    'Backend accepts HTTPS, refuses plain HTTP',
    'API accepts HTTPS; plain HTTP is refused',
    'API accepts HTTPS (HTTP refused)',
  ])('%s → https-redirect', (text) => {
    expect(checksOf(text)).toEqual(['https-redirect']);
  });
});

describe('S1: framing refused binds the framing header only for the site, app or pages framed', () => {
  it.each([
    'Incidents must never be framed as individual blame',
    "Outages are never framed as one person's fault",
    'Customer data must not be displayed on third-party sites',
    'Our logo must not be shown on other websites',
    'PII cannot be included in other pages or logs',
    'Pages must never be framed as ads',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    '**14.4.7** The content of a web application cannot be embedded in a third-party site by default.',
    'Pages cannot be framed by other sites',
    'The site must never be framed by other sites',
    'The app must not be loaded in an iframe on other origins',
    'Our pages are never framed',
    'Framing by other origins is blocked',
  ])('%s → security-headers (x-frame-options)', (text) => {
    expect(bound(text)).toEqual([['security-headers'], { headers: ['x-frame-options'] }]);
  });
});

describe('S2: `latest` used, pulled, run or released binds image-tag-pinned only about images', () => {
  it.each<[string, string[]]>([
    ['`latest` is never used', ['Dependencies']],
    ['npm: `latest` is never used', []],
    ['Terraform providers: latest is never used', []],
    ['Node.js version: latest is not used, we pin 20.x', []],
    ['Release notes: latest is not released', []],
    ['npm packages: `latest` is never deployed', []],
  ])('stays manual: %s (under %j)', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
  it.each<[string, string[]]>([
    ['`latest` is never deployed', []],
    ['Docker images are tagged with the git SHA; `latest` is never deployed', []],
    ['Docker images: `latest` is never pulled', []],
    ['Images are tagged with the git SHA; latest is never used', []],
    ['`:latest` is never used', []],
    ['Container images: latest is never run in production', []],
    ['`latest` is never used', ['Docker images']],
  ])('%s (under %j) → image-tag-pinned', (text, headings) => {
    expect(checksOf(text, headings)).toEqual(['image-tag-pinned']);
  });
});

describe('S3: a heading that starts with "Push" is mobile push only as notifications or their certificates', () => {
  it.each(['Push to production', 'Push & deploy checklist'])('under "%s" binds', (heading) => {
    expect(checksOf('TLS 1.2+ only', [heading])).toEqual(TLS);
    expect(checksOf('Valid TLS certificate', [heading])).toEqual(['certificate']);
  });
  it.each(['Push notifications', 'Push certificates', 'Push notification certs', 'APNs', 'FCM'])('under "%s" stays manual', (heading) => {
    expect(checksOf('TLS 1.2+ only', [heading])).toEqual([]);
    expect(checksOf('Valid TLS certificate', [heading])).toEqual([]);
  });
});

describe('S4: a heading with " / " is read whole for monitoring', () => {
  it.each(['Ops / Monitoring', 'Server management / monitoring', 'Ops/Monitoring', 'Ops & monitoring'])('"Health checks" with paths under "%s" binds', (h) => {
    expect(items(`## ${h}\n- [ ] Health checks\n  - [ ] \`/healthz\`\n`)).toEqual([
      ['Health checks', ['health-endpoint'], { paths: ['/healthz'] }],
      ['/healthz', ['health-endpoint'], { paths: ['/healthz'] }],
    ]);
  });
  it.each(['Monitoring / alerting', 'Logging / monitoring', 'Monitoring'])('under "%s" stays manual', (h) => {
    expect(items(`## ${h}\n- [ ] Health checks\n  - [ ] \`/healthz\`\n`).map((i) => i[1])).toEqual([[], []]);
  });
  it('a bare path under a health heading below "Ops / Monitoring" binds, below "Monitoring / alerting" not', () => {
    expect(items('## Ops / Monitoring\n### Health endpoint\n- [ ] /healthz\n').map((i) => i[1])).toEqual([['health-endpoint']]);
    expect(items('## Monitoring / alerting\n### Health endpoint\n- [ ] /healthz\n').map((i) => i[1])).toEqual([[]]);
  });
});

describe('N3: the root path timed is a path, not the slash between methods', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Response time under 500 ms for GET / POST requests', { 'max-ms': 500 }],
    ['Response time under 300 ms for GET / POST /api/orders', { 'max-ms': 300, path: '/api/orders' }],
    // Two pages named: no single path.
    ['Response time under 300 ms at / and /api/orders', { 'max-ms': 300 }],
    ['TTFB on GET / under 200 ms', { 'max-ms': 200, path: '/' }],
    ['Median response time for `/` stays under 300 ms', { 'max-ms': 300, path: '/' }],
  ])('%s → %j', (text, options) => {
    expect(bound(text)).toEqual([['response-time'], options]);
  });
});

describe('N5: "none hard-coded" is said of the secrets', () => {
  it.each([
    'Tokens rotate monthly, hostnames: none hard-coded',
    'Passwords in Vault, database URLs: none hard-coded',
    'Keys rotated, URLs none hard-coded',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    '🔑 All API keys live in Doppler, none hard-coded',
    'API keys: none of them hard-coded',
    'Secrets — none hard-coded',
    'Tokens rotate, keys: none hard-coded',
  ])('%s → hardcoded-secret', (text) => {
    expect(checksOf(text)).toEqual(['hardcoded-secret']);
  });
});
