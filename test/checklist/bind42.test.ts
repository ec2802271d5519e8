import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 42 (markdown17): promises that should bind a check stayed manual. A document titled "Mobile Backend" (or "Mobile
// API", "iOS backend") lost every TLS-version and certificate binding; the Google SRE checklist's "Monitoring and server
// management" heading unbound "Health checks" with its paths; and "`latest` is never deployed", ASVS 14.4.7's anti-framing
// text, "Median response time for `/` …", "… none hard-coded", "Aucun secret en clair …" and "API only accepts HTTPS" were
// not read.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const items = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);
const bound = (title: string, headings: string[] = []) => {
  const c = parseMarkdownChecklist('c.md', `${headings.map((h) => `## ${h}\n`).join('')}- [ ] ${title}\n`);
  return [c.items[0]!.checks, c.items[0]!.options ?? null];
};
const TLS = ['tls-protocols-config', 'tls-version'];

describe('D1: a heading that names a mobile app\'s server side keeps its TLS items the server\'s', () => {
  it('binds TLS-version and certificate items under "Mobile Backend", "Mobile API", "iOS backend" titles', () => {
    const md = [
      'Mobile Backend — Go-Live Checklist', '==================================', '',
      'API (api.myapp.io)', '------------------', '',
      '- [ ] TLS 1.0 and 1.1 are disabled', '- [ ] TLS certificate is valid for at least 60 days',
      '# Mobile API — go-live', '## Server', '- [ ] TLS 1.0 and 1.1 are disabled',
      '# iOS backend', '## Server', '- [ ] Valid TLS certificate',
    ].join('\n');
    expect(items(md)).toEqual([
      ['TLS 1.0 and 1.1 are disabled', TLS, null],
      ['TLS certificate is valid for at least 60 days', ['certificate'], { 'min-days': 60 }],
      ['TLS 1.0 and 1.1 are disabled', TLS, null],
      ['Valid TLS certificate', ['certificate'], null],
    ]);
  });
  it.each(['Mobile App API — launch checklist', 'iOS & Android backend', 'Mobile app (iOS/Android) backend', 'Mobile BFF', 'Our mobile API', 'Android-API'])('under "%s" binds', (heading) => {
    expect(checksOf('TLS 1.2+ only', [heading])).toEqual(TLS);
  });
  it.each([
    // The app itself (its pinning, its App Transport Security), as before.
    'Mobile app (iOS/Android)', 'Mobile', 'Mobile apps', 'iOS', 'Android app', 'Mobile app release checklist',
    // The API's clients, keys or calls; an API named in another heading below the app's.
    'Mobile API clients', 'Mobile API keys', 'Mobile app — API calls',
    // Mobile push, the other systems as before.
    'Push notifications', 'Database', 'Email (SMTP)',
  ])('under "%s" stays manual', (heading) => {
    expect(checksOf('TLS 1.2+ only', [heading])).toEqual([]);
    expect(checksOf('Valid TLS certificate', [heading])).toEqual([]);
  });
  it('leaves the app\'s own certificates manual under a backend title', () => {
    expect(checksOf('Certificate pinning enabled in iOS and Android apps', ['Mobile Backend — Go-Live Checklist', 'Mobile apps'])).toEqual([]);
    expect(checksOf('Mobile app pins the certificate', ['Mobile Backend'])).toEqual([]);
    expect(checksOf('TLS 1.2+ only', ['Mobile app', 'Backend API'])).toEqual([]);
    // APNs/FCM push certificates are not the served certificate, whatever the heading.
    expect(checksOf('Push certificates expire > 6 months from now', ['Mobile Backend — Go-Live Checklist', 'Push notifications'])).toEqual([]);
    expect(checksOf('Push certificates expire > 6 months from now')).toEqual([]);
    expect(checksOf('APNs certificate is valid')).toEqual([]);
  });
});

describe('D2: "Health checks" with paths under a heading that names monitoring beside another subject', () => {
  it('binds under the SRE checklist\'s "Monitoring and server management" as under "## Ops"', () => {
    for (const h of ['Ops', 'Monitoring and server management', 'Ops & monitoring']) {
      expect(items(`## ${h}\n- [ ] Health checks\n  - \`/healthz\`\n  - \`/readyz\`\n`), h).toEqual([['Health checks', ['health-endpoint'], { paths: ['/healthz', '/readyz'] }]]);
    }
    expect(items('## Monitoring and server management\n- [ ] Health checks\n  - [ ] `/healthz`\n').map((i) => i[1])).toEqual([['health-endpoint'], ['health-endpoint']]);
    expect(items('## Monitoring and server management\n### Health endpoint\n- [ ] /healthz\n').map((i) => i[1])).toEqual([['health-endpoint']]);
  });
  it('stays manual under a heading about monitoring alone', () => {
    for (const h of ['Monitoring', 'Monitoring & alerting', 'Logging and monitoring', 'Monitoring with Datadog', '5. Observability (Datadog, PagerDuty)', 'Uptime monitoring', 'Health checks and monitoring']) {
      expect(items(`## ${h}\n- [ ] Health checks\n  - [ ] /healthz\n`).map((i) => i[1]), h).toEqual([[], []]);
    }
    expect(items('## Monitoring\n### Health endpoint\n- [ ] /healthz\n').map((i) => i[1])).toEqual([[]]);
    // Other vetoes still hold beside the heading.
    expect(items('## Monitoring and server management\n- [ ] Daily health checks\n  - /healthz\n').map((i) => i[1])).toEqual([[]]);
  });
});

describe('D3: `latest` never deployed binds image-tag-pinned', () => {
  it.each([
    'Docker images are tagged with the git SHA; `latest` is never deployed',
    '`latest` tag is never deployed',
    '`latest` is never deployed',
    'The `latest` tag is never deployed to production',
    '`:latest` is never deployed',
  ])('%s', (text) => {
    expect(checksOf(text)).toEqual(['image-tag-pinned']);
  });
  it.each([
    'Latest docs published',
    '`latest` is not deployed yet',
    'The latest release is never deployed on Fridays',
    'The latest tag is not deployed yet',
    'The latest tag is never deployed without a changelog',
    'The latest version is never deployed without QA',
    // A digest is the stronger promise; `latest` allowed is none.
    'Images pinned by digest; `latest` is never deployed',
    '`latest` is never deployed, except it is fine for internal tools',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D4: framing refused in words binds security-headers for framing', () => {
  it.each([
    '**14.4.7** The content of a web application cannot be embedded in a third-party site by default.',
    'Verify that the content of a web application cannot be embedded in a third-party site by default and that embedding of the exact resources is only allowed where necessary by using suitable Content-Security-Policy: frame-ancestors and X-Frame-Options response headers.',
    'Pages cannot be framed by other sites',
    'Framing by other origins is blocked',
    'Block cross-origin framing',
  ])('%s', (text) => {
    expect(bound(text)).toEqual([['security-headers'], { headers: ['x-frame-options'] }]);
  });
  it.each([
    'API keys must not be embedded in the frontend bundle',
    'Third-party scripts are not embedded in our pages',
    'The widget can be embedded in partner sites',
    'Content can be embedded in third-party sites',
    'YouTube videos are embedded in iframes',
    "We don't block framing",
    'Pages must not be embedded in iframes on other origins (later)',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D5: a response-time bound with the path before it', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Median response time for `/` stays under 300 ms', { 'max-ms': 300, path: '/' }],
    ['Latency of `/api/orders` below 200 ms', { 'max-ms': 200, path: '/api/orders' }],
    ['TTFB on GET / under 200 ms', { 'max-ms': 200, path: '/' }],
    ['Response time for the home page is under 1 s', { 'max-ms': 1000 }],
    // As before.
    ['Median response time stays under 300 ms', { 'max-ms': 300 }],
    ['Response time under 300 ms for `/api/orders`', { 'max-ms': 300, path: '/api/orders' }],
  ])('%s → %j', (text, options) => {
    expect(bound(text)).toEqual([['response-time'], options]);
  });
  it.each([
    'Response time for support tickets under 4 hours',
    'p95 response time for `/` under 300 ms',
    'Response time for `/a` and `/b` under 300 ms',
    'Response time for `/` is monitored, alert under 300 ms',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D6: secrets "none hard-coded" or "in plain text", and HTTPS only accepted', () => {
  it.each([
    '🔑 All API keys live in Doppler, none hard-coded',
    'API keys: none of them hard-coded',
    'No secrets in plaintext in the repo',
    'No passwords in clear text in git',
    'Aucun secret en clair dans le dépôt Git',
    'Keine Passwörter im Klartext im Repository',
    'Ningún secreto en texto plano en el repositorio',
    'Nenhum segredo em texto claro no repositório',
  ])('%s → hardcoded-secret', (text) => {
    expect(checksOf(text)).toEqual(['hardcoded-secret']);
  });
  it.each([
    'Hard-coded API keys: none found yet',
    'None of the API keys are in Doppler yet',
    'No secrets in plaintext in Slack',
    'Secrets are stored in plaintext in the repo',
    'Aucun secret en clair dans les logs',
    'Les secrets sont en clair dans le dépôt',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    'API only accepts HTTPS; `http://` requests are redirected with 301',
    'API only accepts HTTPS',
    'The site accepts HTTPS connections only',
    'HTTP requests are redirected with a 301 to the HTTPS site',
  ])('%s → https-redirect', (text) => {
    expect(checksOf(text)).toEqual(['https-redirect']);
  });
  it.each([
    'The API only accepts HTTPS URLs for callbacks',
    'Webhook receiver only accepts HTTPS callback URLs',
    '`http://` requests are redirected with 301',
    'HTTP requests are redirected with 301 to the new domain',
    'API only accepts HTTPS (not yet)',
    'API does not only accept HTTPS',
    'API accepts HTTP and HTTPS',
    'Database only accepts HTTPS',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
