import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { cookieSecurity } from '../../src/probes/cookie-security.js';
import { evaluate, failures, mainOf, obsOf, res } from '../probes/helpers.js';

// QA stop 41 (markdown16): how teams write common promises — "Container runs unprivileged", "HTTP→HTTPS", "No plaintext
// secrets in the repo", "/healthz returns 200 (no DB query)" — stayed manual, and a Rails cookie spelling (`same_site:`)
// narrowed cookie-security to the attributes it did not drop, so a cookie without SameSite passed an item that promised it.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const bound = (title: string, headings: string[] = []) => {
  const c = parseMarkdownChecklist('c.md', `${headings.map((h) => `## ${h}\n`).join('')}- [ ] ${title}\n`);
  const i = c.items[0]!;
  return [i.checks, i.options ?? null];
};

describe('D1: the cookie attributes as the frameworks spell them narrow cookie-security', () => {
  it('`same_site: :lax` (Rails) is SameSite: all three attributes are judged, so a cookie without SameSite fails', () => {
    const [checks, options] = bound('Session cookie: `secure: true, httponly: true, same_site: :lax`', ['App config']);
    expect(checks).toEqual(['cookie-flags', 'cookie-security']);
    // No narrowing: the item names all three (before: `attributes: [secure, httponly]`, and the cookie below passed).
    expect(options).toBeNull();
    const perCheck = (options as Record<string, Record<string, unknown>> | null)?.['cookie-security'] ?? {};
    const result = evaluate(cookieSecurity, { ...obsOf(mainOf(res(200, { 'set-cookie': ['_storefront_session=abc123; path=/; Secure; HttpOnly'] }, '', 'https://shop.example/'))), url: 'https://shop.example/' }, perCheck);
    expect(failures(result, cookieSecurity).map((f) => f.message)).toEqual([expect.stringMatching(/without a valid SameSite/)]);
  });
  it.each<[string, string[]]>([
    // Laravel's `config/session.php` keys, Spring's relaxed name, Express's camel case.
    ["Session cookie: `'http_only' => true`, `'same_site' => 'lax'`", ['httponly', 'samesite']],
    ['Session cookie `secure: true, http_only: true`', ['secure', 'httponly']],
    ['`server.servlet.session.cookie.same-site=strict` and `http-only=true`', ['httponly', 'samesite']],
    ['Session cookie `sameSite: "lax"`, `httpOnly: true`', ['httponly', 'samesite']],
  ])('%s → attributes %j', (title, attributes) => {
    const [checks, options] = bound(title);
    expect(checks).toContain('cookie-security');
    const o = options as Record<string, unknown>;
    expect((checks as string[]).length === 1 ? o : o['cookie-security']).toEqual({ attributes });
  });
  it('SameSite switched off in the Rails spelling opts out, as "SameSite: none" does', () => {
    expect(checksOf('Session cookie `secure: true`, `samesite: none` for the embedded widget')).toEqual([]);
    expect(checksOf('Session cookie `secure: true`, `same_site: none` for the embedded widget')).toEqual([]);
  });
});

describe('D2: unprivileged, and the user the app runs as, are non-root', () => {
  it.each<[string, string[], string[]?]>([
    ['Container runs unprivileged', ['dockerfile-non-root', 'k8s-run-as-non-root'], ['Containers']],
    ['Containers run as an unprivileged user', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['The container runs unprivileged (UID 10001)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['2.2 The container runs unprivileged (UID 10001).', ['dockerfile-non-root', 'k8s-run-as-non-root'], ['Platform']],
    ['Unprivileged containers', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    // A user named, under a Docker/containers heading or with the Dockerfile, a container or an image named.
    ['Runs as user `app`, not root', ['dockerfile-non-root'], ['Containers']],
    ['App runs as the `rails` user', ['dockerfile-non-root'], ['Containers']],
    ['App runs as the `rails` user (USER rails:rails)', ['dockerfile-non-root'], ['Docker']],
    ['run as `node` user in the Dockerfile', ['dockerfile-non-root']],
    ['`USER rails:rails`', ['dockerfile-non-root'], ['Docker']],
    ['Runs as `nobody`', ['dockerfile-non-root'], ['Containers']],
    ['Process runs as UID 1000', ['dockerfile-non-root'], ['Containers']],
    ['Runs as a dedicated user', ['dockerfile-non-root'], ['Docker']],
    ['The image runs as the `www-data` user', ['dockerfile-non-root']],
    // "Not as root" under a heading about containers (not Docker's) reads "containers do not run as root": both, as that binds.
    ['Do NOT run as root', ['dockerfile-non-root', 'k8s-run-as-non-root'], ['Containers']],
    ['Do NOT run as root', ['dockerfile-non-root'], ['Docker']],
  ])('binds: %s', (text, want, headings = []) => {
    expect(checksOf(text, headings)).toEqual(want);
  });
  it.each<[string, string[]?]>([
    // Not a user: a port, a kernel setting, a namespace; a user that is or may be root; prose after "runs as".
    ['Container listens on an unprivileged port (8080)', ['Containers']],
    ['Disable unprivileged user namespaces on the nodes', ['Containers']],
    ['Runs as a dedicated user namespace', ['Containers']],
    ['App runs as the default user', ['Containers']],
    ['Runs as the same user as the host', ['Containers']],
    ['Runs as the user defined in the base image', ['Containers']],
    ['Runs as root user (not non-root)', ['Containers']],
    ['USER root:root', ['Docker']],
    ['Runs as user 0', ['Containers']],
    ['Runs as admin', ['Containers']],
    ['Runs as expected', ['Containers']],
    ['Runs as a sidecar', ['Containers']],
    // Negated, another user, or no container named.
    ['App no longer runs as the rails user', ['Containers']],
    ["Doesn't run as the app user yet", ['Containers']],
    ['Database runs as the postgres user', ['Containers']],
    ['Runs as the app user', ['General']],
    ['Do NOT run as root', ['General']],
    ['App runs as the `rails` user', ['Kubernetes']],
    ['Runs as root because the legacy agent needs it (SECEX-12)', ['Docker']],
  ])('stays manual: %s', (text, headings = []) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
});

describe('D3: a dependency a health item names only to refuse it withdraws nothing', () => {
  it.each<[string, string[]?]>([
    ['/healthz/ returns 200 without hitting the DB'],
    ['/healthz returns 200 (no DB query)'],
    ['/healthz returns 200 without a database round-trip'],
    ['Health endpoint returns 200 (no DB check)', ['Health']],
    ['Health endpoint returns 200 without touching the DB'],
    ['Health endpoint returns 200 even if Redis is down'],
    ["`/health` responds OK and doesn't query the database"],
    ['/healthz is green'],
  ])('binds health-endpoint: %s', (text, headings = []) => {
    expect(checksOf(text, headings)).toEqual(['health-endpoint']);
  });
  it('keeps the path it states', () => {
    expect(bound('/healthz/ returns 200 without hitting the DB', ['Health'])).toEqual([['health-endpoint'], { paths: ['/healthz/'] }]);
  });
  it.each([
    // What the endpoint does, or how it fails, is more than that it answers; no answer stated, no promise the probe checks.
    'Health endpoint checks the database',
    'The health endpoint verifies database and cache connectivity',
    '/healthz verifies DB connectivity and returns 200',
    '/healthz returns 200 with a DB check',
    'Health endpoint returns 503 when the DB is down',
    'Health endpoint fails without the DB',
    "Health endpoint doesn't hit the DB",
    'Liveness probe does not depend on downstream services',
    '/health dashboard green in Datadog',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D4: HEALTHCHECK and probe items that name a path', () => {
  it('the HEALTHCHECK instruction written out without CMD binds, as with it', () => {
    expect(checksOf('HEALTHCHECK curl -f http://localhost:3000/up', ['Containers'])).toEqual(['dockerfile-healthcheck']);
    expect(checksOf('`HEALTHCHECK --interval=30s wget -qO- http://127.0.0.1:8080/healthz`')).toEqual(['dockerfile-healthcheck']);
  });
  it.each<[string, string[]?]>([
    // Neither check reads the path: bound, an item whose HEALTHCHECK or probe calls another path would pass (QA round 2, QA-C A3).
    ['HEALTHCHECK hits /up', ['Docker']],
    ['Dockerfile has a HEALTHCHECK that curls /health'],
    ['Readiness probe uses /ready'],
    ['Liveness and readiness probes point at /healthz', ['Kubernetes']],
  ])('stays manual: %s', (text, headings = []) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
});

describe('D5: secrets qualified or placed in configuration files', () => {
  it.each<[string, string[], string[]?]>([
    ['No plaintext secrets in the repo', ['hardcoded-secret']],
    ['No production secrets in the repo', ['hardcoded-secret']],
    ['No plaintext credentials in git', ['hardcoded-secret']],
    ['credentials.yml.enc only — no plaintext secrets in the repo', ['hardcoded-secret']],
    ['No real or live API keys committed', ['hardcoded-secret']],
    ['No credentials are stored in `application.yml`', ['hardcoded-secret']],
    ['1.5 No credentials are stored in `application.yml`; all secrets are injected from HashiCorp Vault.', ['hardcoded-secret']],
    ['No passwords in config files', ['hardcoded-secret']],
    ['`DATABASE_PASSWORD` is never written in `config/database.yml`', ['hardcoded-secret']],
    ['`RAILS_MASTER_KEY` comes from the secret store, never committed', ['hardcoded-secret']],
    // ENV and ARG: the Dockerfile's.
    ['No SECRET_KEY_BASE in ENV or ARG', ['dockerfile-secrets-in-env']],
    ['No secrets in ENV/ARG', ['dockerfile-secrets-in-env']],
    ['No secrets in ENV', ['dockerfile-secrets-in-env'], ['Docker']],
  ])('binds: %s', (text, want, headings = []) => {
    expect(checksOf(text, headings)).toEqual(want);
  });
  it.each<[string, string[]?]>([
    ['No secrets in Slack'],
    ['No passwords in config files on the servers'],
    ['No passwords in logs'],
    ['No production secrets in staging'],
    ['Secrets are stored in config files encrypted with sops'],
    ['API keys come from Vault'],
    ['No example passwords in `application.yml.example`'],
    ['No secrets in env files', ['Docker']],
    ['No secrets in ENV vars passed at runtime by compose', ['Docker']],
    ['No secrets in ENV'],
    ['No secrets in the GitHub Actions env or args'],
  ])('stays manual: %s', (text, headings = []) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
});

describe('D6: the HTTP → HTTPS shorthand', () => {
  it.each(['HTTP→HTTPS', 'HTTP → HTTPS on every public hostname', 'http:// -> https://', 'Plain HTTP disabled (redirect only)', 'HTTP (port 80) disabled'])('binds https-redirect: %s', (text) => {
    expect(checksOf(text)).toEqual(['https-redirect']);
  });
  it.each(['HTTP/1.1 disabled', 'HTTP TRACE disabled', 'HTTP basic auth disabled', 'Plain HTTP disabled for the database', 'HTTP → HTTPS later',
    'HTTP→HTTPS (not yet, SEC-12)', 'HTTP → HTTPS for the old marketing domain', 'HTTP → HTTPS migration for the API clients'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D7: CORS restricted, an allow-list, FastAPI `allow_origins` not the wildcard', () => {
  it.each<[string, string[]]>([
    ['CORS restricted', ['cors-policy', 'cors-wildcard']],
    ['CORS allowlist only', ['cors-policy', 'cors-wildcard']],
    ['CORS: allow-list only', ['cors-policy', 'cors-wildcard']],
    ['CORS uses an allowlist', ['cors-policy', 'cors-wildcard']],
    // The middleware's configuration: what cors-wildcard reads in the code (as "`CORSMiddleware` does not use `allow_origins=["*"]`").
    ['CORSMiddleware `allow_origins` is not `["*"]`', ['cors-wildcard']],
    ["`allow_origins` isn't `[\"*\"]`", ['cors-wildcard']],
    ['`allow_origins` in CORSMiddleware is the explicit list from `settings.cors_origins`, not `["*"]`', ['cors-wildcard']],
  ])('binds: %s', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
  it.each(['CORS restricted to the public API', 'CORS not restricted yet', 'CORS restricted for now, wildcard on /public', 'CORS allowlist reviewed',
    'CORS uses an allowlist of methods', '`allow_origins` is `["*"]` for the public API', "`allow_origins` isn't restricted"])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D8: certificate validity wordings', () => {
  it.each<[string, unknown, string[]?]>([
    ['Certificate valid for > 30 days', { 'min-days': 30 }, ['General']],
    ['Cert renewal automated and cert has 30+ days left', { 'min-days': 30 }],
    ['Certificate managed by cert-manager, > 30 days validity at deploy time', { 'min-days': 30 }],
    ['Certs from a public CA (no self-signed in prod)', null],
    ['Certificate issued by a publicly trusted CA', null],
    ["Let's Encrypt cert installed, auto-renew cron checked", null],
  ])('binds certificate: %s', (text, options, headings = []) => {
    expect(bound(text, headings)).toEqual([['certificate'], options]);
  });
  it.each(['Cert renewal automated', 'Certificates renewed when fewer than 30 days left', 'Certificate rotation: certs valid for 90 days',
    'Code signing certs from a public CA', 'Client certs from a public CA for mTLS', 'Renew the TLS certificate (valid until March)'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D9: FROM lines, default or example passwords, cookie attributes listed, and neighbours', () => {
  it.each<[string, string[], string[]?]>([
    ['All `FROM` lines pinned by tag or digest (`golang:1.22.5-bookworm@sha256:…`)', ['image-tag-pinned']],
    ['All FROM lines pinned', ['image-tag-pinned']],
    ['No default or example passwords (`changeme`, `admin`, `postgres`) in compose/k8s/Helm', ['default-credentials']],
    // Both cookie checks read the same list alike.
    ['Cookies: Secure + HttpOnly + SameSite on session cookies', ['cookie-flags', 'cookie-security']],
    ['Secure and HttpOnly flags on all cookies', ['cookie-flags', 'cookie-security']],
    ['Secure/HttpOnly on the session cookie', ['cookie-flags', 'cookie-security']],
    ['SameSite=Lax on session cookies', ['cookie-security']],
    ['Every service has CPU and memory limits', ['resource-limits']],
    ['Postgres only on the internal network', ['database-port-exposed']],
  ])('binds: %s', (text, want, headings = []) => {
    expect(checksOf(text, headings)).toEqual(want);
  });
  it.each(['FROM lines pinned by digest only', 'All FROM lines pinned by digest (`@sha256:…`)', 'Default or example passwords documented in the README', 'Example passwords in .env.example',
    'Cookie consent banner: Secure + HttpOnly on the consent cookie', 'Secure and HttpOnly flags on cookies cannot be enabled on the intranet',
    'Postgres is not only on the internal network', 'Postgres backups only on the internal network', 'Every service has CPU limits'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
