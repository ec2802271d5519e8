import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 41 review A S1–S4: the binding-recall rules of this stop (unprivileged as non-root, the user the app runs as, cookie
// attributes listed on cookies, the HTTP→HTTPS shorthand, the CORS allow-list) bound items to checks they do not promise:
// app permissions and other jobs' users, an attribute put off or said impossible, plain HTTP on a path, port or environment,
// allow-lists of headers or of one API. The good bindings (binding-recall41.test.ts) still hold.

const bound = (line: string): [string[], unknown] => {
  const [heads, title] = line.includes(' >> ') ? [line.split(' >> ')[0]!.split(' / '), line.split(' >> ')[1]!] : [[], line];
  const c = parseMarkdownChecklist('c.md', `${heads.map((h) => `## ${h}\n`).join('')}- [ ] ${title}\n`);
  const i = c.items[0]!;
  return [i.checks, i.options ?? null];
};
const checksOf = (line: string) => bound(line)[0];

describe('S1: "unprivileged" is non-root only where it says how a container runs; "runs as" only for the app', () => {
  it.each([
    // Review items: app authorisation, another subject, a negation.
    'Docker >> Unprivileged users cannot access the admin panel',
    'Docker >> Unprivileged API tokens only for the mobile app',
    'Docker >> The unprivileged user cannot read the secrets file',
    'Docker >> Unprivileged containers (LXC) are not used',
    // Variants.
    'Containers >> Unprivileged accounts have no SSH access',
    'Docker >> Unprivileged roles cannot delete orders',
    "Containers >> Unprivileged containers aren't used on this host",
    'Docker >> Unprivileged staff see only their own records',
  ])('stays manual: %s', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
  it.each([
    // Review items: CI, a backup job, a third-party image.
    'Security >> Image is pulled by CI which runs as a dedicated user',
    'Containers >> The backup job runs as the postgres user',
    'Containers >> Grafana runs as user grafana',
    'Docker >> Nginx runs as user www-data',
    // Variants: a cron, a CI runner, a provisioning tool.
    'Docker >> Cron runs as the deploy user on the bastion',
    'Containers >> The GitHub runner runs as a dedicated user',
    'Docker >> Ansible runs as the deploy user',
    'Containers >> The worker runs as a separate user from the web process',
  ])('another job or machine is not the Dockerfile: %s', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
  it.each<[string, string[]]>([
    ['Containers >> Container runs unprivileged', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Containers run as an unprivileged user', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Unprivileged containers', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['The container runs unprivileged (UID 10001)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Containers >> App runs as the `rails` user', ['dockerfile-non-root']],
    ['Containers >> Runs as `nobody`', ['dockerfile-non-root']],
    ['Containers >> Process runs as UID 1000', ['dockerfile-non-root']],
    ['Docker >> Runs as a dedicated user', ['dockerfile-non-root']],
    ['The image runs as the `www-data` user', ['dockerfile-non-root']],
    ['run as `node` user in the Dockerfile', ['dockerfile-non-root']],
    ['Security >> The container runs as UID 10001', ['dockerfile-non-root']],
    ['Containers >> The app must run as the `app` user', ['dockerfile-non-root']],
  ])('still binds: %s', (line, want) => {
    expect(checksOf(line)).toEqual(want);
  });
});

describe('S2: a cookie attribute put off or said impossible is not judged; "same site" as prose is no attribute', () => {
  it.each([
    'HttpOnly on session cookies; Secure later',
    'HttpOnly on session cookies; Secure in Q3',
    'HttpOnly on session cookies; Secure soon',
    'HttpOnly on session cookies; Secure eventually',
  ])('the deferred attribute is dropped: %s', (line) => {
    expect(bound(line)).toEqual([['cookie-flags', 'cookie-security'], { 'cookie-flags': { flags: ['httponly'] }, 'cookie-security': { attributes: ['httponly'] } }]);
  });
  it.each([
    'Secure and HttpOnly flags on cookies are not possible on the legacy app',
    'Secure flag on cookies is not supported by the old proxy',
    'HttpOnly on the session cookie; Secure not possible on the legacy app',
    'Same site for cookies and API',
    'Same site for cookies and the API gateway',
    'HTTP only for cookies from the intranet tool',
  ])('stays manual: %s', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
  it.each<[string, string[], unknown]>([
    ['Secure + HttpOnly + SameSite on session cookies', ['cookie-flags', 'cookie-security'], null],
    ['Secure and HttpOnly flags on all cookies', ['cookie-flags', 'cookie-security'], { 'cookie-security': { attributes: ['secure', 'httponly'] } }],
    ['same site=lax on session cookies', ['cookie-security'], { attributes: ['samesite'] }],
    ['Secure and HttpOnly flags on all cookies; SameSite later', ['cookie-flags', 'cookie-security'], { 'cookie-security': { attributes: ['secure', 'httponly'] } }],
    ['Secure, same site on session cookies', ['cookie-flags', 'cookie-security'], { 'cookie-flags': { flags: ['secure'] }, 'cookie-security': { attributes: ['secure', 'samesite'] } }],
  ])('still binds: %s', (line, want, options) => {
    expect(bound(line)).toEqual([want, options]);
  });
});

describe('S3: the HTTP→HTTPS shorthand limited to a path, port, API or environment stays manual', () => {
  it.each([
    'Plain HTTP disabled in dev only',
    'HTTP disabled for the health check port',
    'HTTP disabled on the admin API',
    'HTTP requests blocked by the WAF for /admin',
    'HTTP → HTTPS on staging',
    'HTTP → HTTPS for the /api path',
    'HTTP disabled on port 8080',
    'HTTP→HTTPS locally only',
    'HTTP → HTTPS on the metrics endpoint',
  ])('stays manual: %s', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
  it.each([
    'HTTP→HTTPS',
    'HTTP → HTTPS on every public hostname',
    'Plain HTTP disabled (redirect only)',
    'HTTP (port 80) disabled',
    'HTTP → HTTPS for all endpoints',
    'HTTP→HTTPS handled by Cloudflare',
  ])('still binds: %s', (line) => {
    expect(checksOf(line)).toEqual(['https-redirect']);
  });
});

describe('S4: the CORS allow-list shorthand is of origins, for the whole site', () => {
  it.each([
    'CORS uses an allowlist of request headers',
    'CORS uses an allow-list for headers',
    'CORS uses an allowlist of exposed headers',
    'CORS uses an allowlist for allowed methods',
    'CORS allowlist only on the admin API',
    'CORS is allowlist-based except for the public API',
    'CORS is allowlist-based, except for the partner API',
    'CORS allowlist for the admin API only',
    'CORS restricted to `https://app.example.com` only for the v2 API',
  ])('stays manual: %s', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
  it.each([
    'CORS allowlist only',
    'CORS: allow-list only',
    'CORS uses an allowlist',
    'CORS uses an allowlist of trusted origins',
    'CORS restricted to our domains (except localhost in dev)',
    'CORS only allows our domains',
  ])('still binds: %s', (line) => {
    expect(checksOf(line)).toEqual(['cors-policy', 'cors-wildcard']);
  });
});
