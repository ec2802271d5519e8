import { describe, expect, it } from 'vitest';
import { bindChecklist, matchItem } from '../../src/checklist/matcher.js';
import type { Checklist } from '../../src/checklist/types.js';

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const bound = (t: string, headings: string[] = []) => bindChecklist({ items: [{ id: 'x', title: t, checks: [], group: headings }] } as unknown as Checklist).items[0]!;

describe('QA34 fpmarkdown D1: health paths said not to answer, removed or not the health check', () => {
  it.each([
    '`/ping` no longer returns 200 — the health check moved to `/up`',
    '`/health` no longer returns 200 — moved to `/healthz`',
    '`/status` does not return 200 as the health check any more; use `/up`',
    "`/ready` doesn't return 200 until warm-up, so it is not used as a health check",
    'Sidekiq `/sidekiq` returns 200 behind basic auth — not a health check',
    '`/up` returns 200, but it is not our health check',
    '`/legacy/status` returns 200 — decommissioned health check',
    '`/healthz` returns 200; `/ping` no longer does',
    'Health endpoint moved from `/ping` to `/up`',
    '`/up` returns 200 (replaced `/ping`)',
    // D14: a load balancer's own health check (the second rule already vetoed it).
    'The load balancer health check hits `/healthz` and expects 200',
    'ALB health check hits `/healthz` and expects 200',
  ])('%s stays manual', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['`/healthz` returns 200', ['/healthz']],
    ['`/up` returns 200 as the Rails health check', ['/up']],
    ['`/healthz` returns 200, not 500, during deploys', ['/healthz']],
    ['`/healthz` returns 200 and never returns 500 during deploys', ['/healthz']],
    ['`/healthz` returns 200 through the load balancer', ['/healthz']],
    ['`/status` answers 200 — our healthcheck', ['/status']],
  ])('%s still binds with its paths', (t, paths) => {
    const item = bound(t);
    expect(item.checks).toEqual(['health-endpoint']);
    expect(item.options).toEqual({ paths });
  });

  it('health endpoint items without a path keep binding', () => {
    expect(checksOf('Health check endpoint responds')).toEqual(['health-endpoint']);
    expect(checksOf('Health checks pass')).toEqual(['health-endpoint']);
    expect(checksOf('Health endpoint decommissioned on the worker')).toEqual([]);
  });
});

describe('QA34 fpmarkdown D3: the helmet() rule reads deferrals and other environments', () => {
  it.each([
    '`helmet()` later',
    '`helmet()` soon',
    '`helmet()` in phase 2',
    '`helmet()` after go-live',
    '`helmet()` enabled later',
    '`helmet()` enabled soon',
    '`helmet()` enabled in phase 2',
    '`helmet()` enabled after go-live',
    '`helmet()` enabled in CI',
    '`helmet()` enabled in the test environment',
    '`helmet()` is enabled in the Storybook dev server only',
    '`app.use(helmet())` later',
  ])('%s stays manual', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it.each([
    '`helmet()` enabled',
    '`app.use(helmet())` in production',
    'Helmet is configured, later also for the admin app',
    '`helmet()` enabled on the API (checked in CI)',
    '`helmet()` enabled, see `server.ts`',
  ])('%s still binds', (t) => {
    expect(checksOf(t)).toEqual(['security-headers']);
  });
});

describe('QA34 fpmarkdown D5: a certificate still to come or a third party\'s', () => {
  it.each([
    'Certificate issued for `*.example.com` will be requested next week',
    'Certificate issued for the partner API by their own CA',
    'Certificate to be issued for `api.example.com` next sprint',
    "Certificate issued for the vendor's endpoint",
    'Valid TLS certificate on the partner API',
    'TLS certificate for the vendor API is valid',
  ])('%s under TLS stays manual', (t) => {
    expect(checksOf(t, ['TLS'])).toEqual([]);
  });

  it.each([
    'Certificate issued for api.example.com',
    "Certificate issued for acme.app and www.acme.app by Let's Encrypt",
    'Valid TLS certificate on the partner-facing API',
    'Certificate valid for at least 30 days',
  ])('%s under TLS still binds', (t) => {
    expect(checksOf(t, ['TLS'])).toEqual(['certificate']);
  });
});

describe('a third party\'s certificate, whatever its rule (validity window, state under a parent, HTTPS enabled)', () => {
  it.each([
    ['Partner API certificate valid for at least 30 days', undefined],
    ["The vendor's endpoint certificate does not expire within 30 days", undefined],
    ['Valid and trusted', 'Partner API certificate'],
    ['Enable HTTPS on the third-party webhook endpoint', undefined],
  ])('%s (under %s) stays manual', (t, parent) => {
    expect(checksOf(t, ['TLS'], parent)).toEqual([]);
  });

  it.each([
    ['Certificate valid for at least 30 days on the partner-facing API', undefined],
    ['Valid and trusted', 'TLS certificate'],
  ])('%s (under %s) still binds', (t, parent) => {
    expect(checksOf(t, ['TLS'], parent)).toEqual(['certificate']);
  });
});

describe('QA34 fpmarkdown D6: a cookie attribute said impossible is an opt-out', () => {
  it.each([
    '`REMEMBER_COOKIE_SECURE` cannot be True behind the HTTP-only intranet proxy',
    "`REMEMBER_COOKIE_SECURE` can't be enabled on the intranet",
    '`SESSION_COOKIE_SECURE` cannot be True behind the HTTP-only intranet proxy',
    "`SESSION_COOKIE_SECURE` can't be enabled on the intranet",
    "Secure cookies can't be enabled on the intranet",
  ])('%s binds nothing', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it.each([
    '`SESSION_COOKIE_SECURE` cannot be False',
    '`SESSION_COOKIE_SECURE` can never be disabled',
    '`SESSION_COOKIE_SECURE = True`',
  ])('%s still binds', (t) => {
    expect(checksOf(t)).toEqual(['cookie-flags', 'cookie-security']);
  });
});

describe('QA34 fpmarkdown D7, D11: switched off in the same item', () => {
  it.each([
    '`hsts-max-age: "0"`',
    '`nginx.ingress.kubernetes.io/hsts-max-age: "0"` on the legacy ingress',
    "`hsts-max-age: '0'` during the domain migration",
  ])('%s binds no hsts', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it('a quoted non-zero max-age still binds hsts with it', () => {
    const item = bound('`hsts-max-age: "31536000"`');
    expect(item.checks).toEqual(['hsts']);
    expect(item.options).toEqual({ 'min-max-age': 31536000 });
  });

  it('ssl-redirect true said to break something and set to false stays manual', () => {
    expect(checksOf('`ssl-redirect: "true"` breaks the ACME challenge, so it is set to false')).toEqual([]);
    expect(checksOf('`ssl-redirect: "true"` was switched back to false')).toEqual([]);
    expect(checksOf('`nginx.ingress.kubernetes.io/ssl-redirect: "true"` on the Ingress')).toEqual(['https-redirect']);
    expect(checksOf('`force-ssl-redirect: true` on every Ingress')).toEqual(['https-redirect']);
  });
});

describe('QA34 fpmarkdown D8, D12: ASVS texts and natural forms', () => {
  const v1453 = 'Verify that the Cross-Origin Resource Sharing (CORS) Access-Control-Allow-Origin header uses a strict allow list of trusted domains and subdomains to match against and does not support the "null" origin.';
  it.each([
    `V14.5.3 ${v1453}`,
    `**V14.5.3** ${v1453}`,
    v1453,
    v1453.replace('"null"', 'null'),
  ])('ASVS V14.5.3 binds the CORS checks: %s', (t) => {
    expect(checksOf(t)).toEqual(['cors-policy', 'cors-wildcard']);
  });

  it.each([
    'The CORS header does not use a strict allow list of trusted domains and does not support the null origin',
    'CORS uses a strict allow list of trusted domains and does not support the null origin yet',
  ])('a negated or deferred allow-list stays manual: %s', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it.each([
    'No `php artisan serve` in production',
    'No `rails server` in production',
    'No `dotnet watch` in production',
    '`php artisan serve` is never used in production',
    '`rails server` is not used in production',
    'Never `rails server` in production',
  ])('%s binds production-server', (t) => {
    expect(checksOf(t)).toEqual(['production-server']);
  });

  it.each([
    'No `rails server` restart needed after deploy',
    'No `php artisan serve` locally',
    '`php artisan serve` is never used in CI',
  ])('%s stays manual', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it.each([
    'Images referenced by digest or immutable semver tag',
    'Images are referenced by digest or immutable semver tag',
    'Every image uses a digest or an immutable semver tag',
    'Container images use a digest or immutable semver tag',
    'All images pinned by digest or immutable semver tag',
  ])('%s binds image-tag-pinned', (t) => {
    expect(checksOf(t)).toEqual(['image-tag-pinned']);
  });

  it.each([
    'Images referenced by digest',
    'Images are not referenced by digest or semver tag',
    'Images referenced by digest or immutable semver tag later',
  ])('%s stays manual', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it('ASVS V3.4.1–V3.4.3: the quoted cookie attributes', () => {
    const s = bound("V3.4.1 Verify that cookie-based session tokens have the 'Secure' attribute set.");
    expect(s.checks).toEqual(['cookie-flags', 'cookie-security']);
    expect(s.options).toEqual({ 'cookie-flags': { flags: ['secure'] }, 'cookie-security': { attributes: ['secure'] } });
    const h = bound("V3.4.2 Verify that cookie-based session tokens have the 'HttpOnly' attribute set.");
    expect(h.checks).toEqual(['cookie-flags', 'cookie-security']);
    const ss = bound("V3.4.3 Verify that cookie-based session tokens utilize the 'SameSite' attribute to limit exposure to cross-site request forgery attacks.");
    expect(ss.checks).toEqual(['cookie-security']);
    expect(ss.options).toEqual({ attributes: ['samesite'] });
    expect(checksOf("Cookie consent banner has the 'Secure' attribute text")).toEqual([]);
  });

  it('ASVS V9.1.1 binds https-redirect', () => {
    expect(checksOf('V9.1.1 Verify that TLS is used for all client connectivity, and does not fall back to insecure or unencrypted communications.')).toEqual(['https-redirect']);
    expect(checksOf('TLS is used for all client connectivity')).toEqual([]);
    expect(checksOf('TLS is used for all client connectivity, and does not fall back to insecure communications on staging only')).toEqual([]);
  });
});

describe('QA34 fpmarkdown D14: a development Dockerfile', () => {
  it.each([
    '`USER node` before `CMD` in `Dockerfile.dev` only',
    '`Dockerfile.dev` ends with `USER app`',
    '`dev.Dockerfile` runs as non-root',
  ])('%s stays manual', (t) => {
    expect(checksOf(t)).toEqual([]);
  });

  it('the deployed Dockerfile still binds', () => {
    expect(checksOf('`USER node` before `CMD`')).toEqual(['dockerfile-non-root']);
    expect(checksOf('`Dockerfile` ends with `USER app`')).toEqual(['dockerfile-non-root']);
    expect(checksOf('`Dockerfile.prod` ends with `USER app`')).toEqual(['dockerfile-non-root']);
  });
});
