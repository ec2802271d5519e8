import net from 'node:net';
import { z } from 'zod';
import type { ProbeContext } from './define.js';
import type { CertInfo, Chain, HttpResponse, LegacyTlsObservation, Observation, TlsObservation } from './observation.js';
import { isHostHeader } from '../report/redact.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A response header value as the server wrote it. undici reads header bytes as latin1, so UTF-8 text
 * (`X-Frame-Options: “DENY”`, pasted with typographic quotes) would read `âDENYâ` with C1 control
 * characters inside: bytes that form valid UTF-8 are read as UTF-8 (as curl and browsers' devtools show
 * them); any other value is kept as it came.
 */
export function headerText(value: string): string {
  if (!/[\x80-\xff]/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  try { return UTF8.decode(Buffer.from(value, 'latin1')); } catch { return value; }
}

/** The masking of secrets that `clip` applies before it cuts (set by `withQuoteMask` while a probe judges). */
let quoteMask: ((text: string) => string) | undefined;

/**
 * Runs `fn` (a probe's judgement) with `mask` applied by `clip` to every value before it is cut: probes judge what
 * the server sent as it came, and only the text they show is masked. A secret echoed into a header and then cut
 * short in a message (`X-Frame-Options 'AbCdEf-SeCr…'`) would escape a later replace of the whole value.
 */
export function withQuoteMask<T>(mask: ((text: string) => string) | undefined, fn: () => T): T {
  const outer = quoteMask;
  quoteMask = mask;
  try { return fn(); } finally { quoteMask = outer; }
}

/**
 * A value quoted in a message, cut to `max` characters with an ellipsis when longer (so a cut value never reads as
 * whole); secrets in it are masked first (see `withQuoteMask`).
 */
export function clip(value: string, max: number): string {
  const chars = [...(quoteMask ? quoteMask(value) : value)];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

/** Every value of a header (names are case-insensitive), trimmed. */
export function headerValues(res: HttpResponse, name: string): string[] {
  return (res.headers[name.toLowerCase()] ?? []).map((v) => v.trim());
}

/** The one value of a header, joined the way a browser would when it is repeated. */
export function header(res: HttpResponse, name: string): string | undefined {
  const all = headerValues(res, name);
  return all.length ? all.join(', ') : undefined;
}

// A path segment of a login page anywhere: `/login`, `/users/sign_in`, `/wp-login.php` (WordPress),
// `/session/new` (Rails, GitHub), `/Account/Logon` (ASP.NET), `/cas/login`…
const LOGIN_PATH = /\/(log[-_]?in|log[-_]?on|wp-login|sign[-_]?in|sign[-_]?on|sessions?\/new|cas\/login|login\.srf)(\/|\?|#|\.|$)/i;
// Identity-provider words (`/oauth2/authorize`, `/saml/SSO`, `/auth/realms/…`) are a login wall as the first
// segment or under an account/auth segment; elsewhere they name a page about them (`/features/sso`, `/docs/oauth2`).
const IDP_SEGMENT = /^(?:sso|saml2?|oauth2?|openid(?:-connect)?|auth(?:orize|enticate)?|adfs|idp)(?:\.\w+)?$/i;
const AUTH_PARENT = /^(?:\.?auth|account|accounts|user|users|identity|id|connect|protocol|api|v\d+|oauth2?|saml2?|sso|idp|adfs)$/i;
const isLoginPath = (pathname: string): boolean => {
  if (LOGIN_PATH.test(pathname)) return true;
  const segs = pathname.split('/').filter(Boolean);
  return segs.some((s, i) => IDP_SEGMENT.test(s) && (i === 0 || AUTH_PARENT.test(segs[i - 1]!)));
};
const IDP_HOST = /(^|\.)(accounts\.google\.com|login\.microsoftonline\.com|login\.live\.com|okta\.com|oktapreview\.com|auth0\.com|onelogin\.com|pingidentity\.com|github\.com\/login|cloudflareaccess\.com|amazoncognito\.com)$/i;

/**
 * A CDN's or WAF's bot challenge that answered instead of the site, by the marker its vendor documents: Cloudflare's
 * challenge pages (`cf-mitigated: challenge`, a 403 "Just a moment..."), AWS WAF's Challenge (202) and CAPTCHA (405)
 * (`x-amzn-waf-action: challenge|captcha`). Its headers, body and timing are the CDN's, not the application's.
 */
export function botChallenge(res: Pick<HttpResponse, 'status' | 'url' | 'headers'>): string | undefined {
  const values = (name: string) => (res.headers[name] ?? []).map((v) => v.trim().toLowerCase());
  const aws = values('x-amzn-waf-action').find((v) => v === 'challenge' || v === 'captcha');
  const who = values('cf-mitigated').includes('challenge') ? "Cloudflare's bot challenge (cf-mitigated: challenge)"
    : aws ? `AWS WAF's ${aws === 'captcha' ? 'CAPTCHA' : 'bot challenge'} (x-amzn-waf-action: ${aws})` : undefined;
  return who && `${res.url} answers ${res.status} with ${who} instead of the site`;
}

/** nginx's 400 pages for `ssl_verify_client on` without (or with a bad) client certificate. */
const CLIENT_CERT_PAGE = /No required SSL certificate was sent|The SSL certificate error/i;

/** CLIENT_CERT_PAGE in a page's title, as nginx's error page writes it. */
const CLIENT_CERT_TITLE = new RegExp(`<title>[^<]{0,40}?(${CLIENT_CERT_PAGE.source})`, 'i');
/** nginx's error page is ~0.2 KB (~0.8 KB with its padding for browsers' friendly error pages): a larger page is an application's. */
const CLIENT_CERT_PAGE_MAX = 4096;
/** What to do about a client-certificate wall (mutual TLS): Preflight presents no client certificate. */
export const CLIENT_CERT_ADVICE = 'probe a URL that does not require one';

/**
 * What nginx's 400 page for a missing or bad client certificate says ("No required SSL certificate was sent"), if `res` is
 * that page: short and saying it in its title (`<title>400 No required SSL certificate was sent</title>`). An application's
 * page that merely quotes the phrase (a FAQ) is not. The one test health-endpoint's hint and the page probes' wall share.
 */
export function clientCertPage(res: Pick<HttpResponse, 'status' | 'body'>): string | undefined {
  if (res.status !== 400 || res.body.length > CLIENT_CERT_PAGE_MAX) return undefined;
  return CLIENT_CERT_TITLE.exec(res.body)?.[1];
}

/**
 * A client-certificate wall that answered instead of the application, if the response is one: nginx's 400 page for
 * `ssl_verify_client on` ("No required SSL certificate was sent"), which the TLS terminator serves before any
 * application runs. Its headers, cookies and timing are the server's, not the application's (as a login wall's are not).
 */
export function clientCertWall(res: Pick<HttpResponse, 'status' | 'url' | 'body'>): string | undefined {
  const said = clientCertPage(res);
  return said && `${res.url} answers 400 with a page that says "${said}": the server requires a client certificate (mutual TLS), which Preflight does not present`;
}

/** What to do about a bot challenge. */
export const CHALLENGE_ADVICE = 'allow-list the runner in the CDN\'s bot rules, or pass the bypass header it accepts with --header (the action input headers, or probes.headers)';

/**
 * Gateway answers for an application that did not answer (502 bad gateway, 503 unavailable, 504 gateway
 * timeout): the proxy's error page, nothing of the application to judge.
 */
export const GATEWAY_DOWN: ReadonlyMap<number, string> = new Map([[502, 'bad gateway'], [503, 'service unavailable'], [504, 'gateway timeout']]);
/** Why a response is a gateway's error page rather than the application's, if it is. */
export function gatewayDown(res: Pick<HttpResponse, 'status' | 'url'>): string | undefined {
  const what = GATEWAY_DOWN.get(res.status);
  return what === undefined ? undefined : `${res.url} answers ${res.status} (${what}): the application behind it did not answer`;
}

/**
 * An off-host URL that carries the start's own URL in its query (`https://auth.example.com/?rd=https://app.example.com/`:
 * Authelia; `…/application/o/authorize/?redirect_uri=https://app…/outpost.goauthentik.io/callback`: authentik): a
 * forward-auth or SSO portal, which must know where to send the user back.
 */
function returnsTo(url: URL, start: URL): boolean {
  if (url.hostname === start.hostname) return false;
  for (const value of url.searchParams.values()) {
    if (!/^https?:\/\//i.test(value)) continue;
    try { if (new URL(value).hostname === start.hostname) return true; } catch { /* not a URL */ }
  }
  return false;
}

/**
 * The login path a 403 page sends its visitor to, if it is a sign-in page: a form whose `action` is a login/SSO
 * path (oauth2-proxy's default sign-in page: 403 with `<form method="GET" action="/oauth2/start">`) or a meta
 * refresh to one (Jenkins: 403 with `<meta http-equiv='refresh' content='1;url=/login?from=%2F'/>`).
 */
function signInTarget(res: HttpResponse): string | undefined {
  if (res.status !== 403) return undefined;
  const head = res.body.slice(0, 16384);
  const targets = [
    ...[...head.matchAll(/<form\b[^>]*?\saction\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]!),
    ...[...head.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*;?\s*url\s*=\s*([^"'\s>]+)/gi)].map((m) => m[1]!),
  ];
  for (const t of targets) {
    let url: URL;
    try { url = new URL(t.replace(/&amp;/g, '&'), res.url); } catch { continue; }
    if (isLoginPath(url.pathname)) return url.pathname;
  }
  return undefined;
}

/** Why a chain ends on a login wall (401, a redirect to a login/SSO page, a 403 sign-in page), if it does. */
export function protectedReason(chain: Chain): string | undefined {
  return loginWall(chain)?.reason;
}

/**
 * The login wall a chain ends on: why, and the URL of the response that put it up (the 401 or the 403 sign-in page
 * itself, or the hop that redirected to the login page): what decided whether the request may see the application.
 */
function loginWall(chain: Chain): { reason: string; by: string } | undefined {
  const last = chain.hops.at(-1);
  if (!last) return undefined;
  if (last.status === 401 || last.status === 407) return { reason: `${last.url} answers ${last.status} (authentication required)`, by: last.url };
  const signIn = signInTarget(last);
  if (signIn) return { reason: `${last.url} answers 403 with a sign-in page (to ${signIn})`, by: last.url };
  let start: URL | undefined;
  try { start = new URL(chain.start); } catch { /* judged by path and host only */ }
  // Each URL redirected to, with the response that redirected there.
  const urls: [string, string][] = [...chain.hops.slice(1).map((h, i): [string, string] => [h.url, chain.hops[i]!.url]), ...(chain.stopped ? [[chain.stopped.location, last.url] as [string, string]] : [])];
  for (const [u, by] of urls) {
    let url: URL;
    try { url = new URL(u); } catch { continue; }
    if (isLoginPath(url.pathname) || IDP_HOST.test(url.hostname) || (start && returnsTo(url, start))) return { reason: `${chain.start} redirects to a login page (${url.origin}${url.pathname})`, by };
  }
  return undefined;
}

/** The last response of a chain. */
export const finalOf = (chain: Chain): HttpResponse | undefined => chain.hops.at(-1);

/**
 * Where the chain's last redirect led when fetching that hop failed (`chain.error` is then that hop's, not the
 * start's): an https:// page redirecting to an http:// origin that does not answer (an application behind a
 * TLS-terminating proxy, no plain-HTTP listener) says so instead of blaming the page.
 */
export function failedHopOf(chain: Chain): string | undefined {
  const last = chain.hops.at(-1);
  const location = last?.headers.location?.[0];
  if (!chain.error || !last || !REDIRECTS.has(last.status) || location === undefined) return undefined;
  try { return new URL(location, last.url).href; } catch { return undefined; }
}

/**
 * The target's final response for header-judging probes, or `undefined` after reporting why it
 * cannot be judged (no answer → error; login wall or client-certificate wall → `error: protected` when `guarded`).
 */
export function targetResponse(obs: Observation, ctx: ProbeContext<unknown>, guarded: boolean): HttpResponse | undefined {
  const chain = obs.main;
  if (!chain) { ctx.error('the target was not fetched'); return undefined; }
  const last = finalOf(chain);
  if (!last || chain.error) {
    const hop = failedHopOf(chain);
    ctx.error(hop ? `${last!.url} redirects to ${hop}, which did not answer: ${chain.error}` : chain.error ?? `no response from ${obs.url}`);
    return undefined;
  }
  if (guarded) {
    const down = gatewayDown(last);
    if (down) { ctx.error(`${down}; probe again when it is up`); return undefined; }
    const why = notThePage(chain, obs);
    if (why) { ctx.error(why); return undefined; }
  }
  return last;
}

/**
 * Said of a header missing from the page judged when that page is an error page (4xx/5xx: a target URL the site has no
 * route for, an API without a `/` route): servers often leave headers off error pages, so the header may be configured
 * for the site's pages. nginx's `add_header` without `always` is named only when the response says nginx answered
 * (`Server: nginx…`, OpenResty's too); any other server (Express's own 500, Kestrel, a hidden `Server`) gets the general
 * rule. Empty for a 1xx–3xx answer.
 */
export function errorPageHint(res: Pick<HttpResponse, 'status'> & Partial<Pick<HttpResponse, 'headers'>>): string {
  if (res.status < 400) return '';
  const nginx = (res.headers?.server ?? []).some((v) => /^\s*(?:nginx|openresty)\b/i.test(v));
  return nginx
    ? ` (the page judged answered HTTP ${res.status}, an error page: nginx adds headers to error pages only with \`always\`, so add \`always\` if the header is configured, or probe a URL that answers 2xx)`
    : ` (the page judged answered HTTP ${res.status}, an error page: the server or proxy may leave headers off error responses, so send the header on every response if it is configured, or probe a URL that answers 2xx)`;
}

/**
 * Why a chain that answered did not end on the application's page, as an error: a login wall (`protected: …`, with
 * the advice to give headers), a client-certificate wall (`protected: …`, mutual TLS) or a redirect not followed (a loop, another host, a metadata address); undefined when
 * it did. A redirect's or a login page's headers and timing say nothing about the application.
 */
export function notThePage(chain: Chain, obs: Observation, what = ''): string | undefined {
  const last = chain.hops.at(-1);
  const challenge = last && botChallenge(last);
  if (challenge) return `${challenge}${what}; ${CHALLENGE_ADVICE}`;
  // A client-certificate wall (mutual TLS) is a wall no header given opens: its own advice.
  const certWall = last && clientCertWall(last);
  if (certWall) return `protected: ${certWall}${what}; ${CLIENT_CERT_ADVICE}`;
  const why = protectedReason(chain);
  if (why) return `protected: ${why}${what}; ${protectedAdvice(obs, [chain])}`;
  if (!chain.stopped) return undefined;
  const advice = chain.stopped.reason === 'limit' ? 'fix the redirects so the page answers' : chain.stopped.reason === 'metadata' ? 'a redirect to a cloud metadata address is never followed: fix the redirect' : 'probe that URL directly';
  return `${chain.start} ${describeStop(chain)}${what}; ${advice}`;
}

/** Whether a chain stopped at the hop limit by going round: its next location is one it already answered from. */
export function isRedirectLoop(chain: Chain): boolean {
  const location = chain.stopped?.location;
  return chain.stopped?.reason === 'limit' && chain.hops.some((h) => h.url === location);
}

/** Why a redirect chain stopped, as the rest of a sentence about its start ("… is in a redirect loop (last to …)"). */
export function describeStop(chain: Chain): string {
  if (!chain.stopped) return 'answered';
  const { location, reason } = chain.stopped;
  if (reason !== 'limit') return `redirects to ${location} (${reason}), which is not followed`;
  return `${isRedirectLoop(chain) ? 'is in a redirect loop' : `redirects more than ${chain.hops.length - 1} times`} (last to ${location})`;
}

/** True when the target URL is plain HTTP. */
/** The path an application is mounted under, from the target URL (`https://host/app/` → `/app`; '' at the root). */
/** `s` percent-decoded, or `s` itself when it is no valid encoding (`%zz`). */
export function decodeSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/**
 * Whether the redirect's `location` keeps the path asked (`/.env` → `https://www.example.com/.env`, `…/site/.env`,
 * `…/.env/`): what is there may be that file. A fixed URL that drops it (every unknown path → `https://www.example.com/`,
 * a marketing site's or an SSO portal's root) cannot be serving that file, as a same-host redirect to `/` or `/login` is
 * not. Compared decoded and case-insensitively at a segment boundary, a trailing slash aside; a query the path has
 * (`/haproxy?stats`) must be kept too. A location that cannot be read keeps it (unjudged, never a pass).
 */
export function keepsPath(location: string, path: string): boolean {
  let to: URL;
  let asked: URL;
  try { to = new URL(location); asked = new URL(path, 'http://x'); } catch { return true; }
  const norm = (p: string) => decodeSafe(p).toLowerCase().replace(/\/+$/, '');
  if (!norm(to.pathname).endsWith(norm(asked.pathname))) return false;
  const query = decodeSafe(asked.search.slice(1)).toLowerCase();
  return !query || decodeSafe(to.search.slice(1)).toLowerCase().includes(query);
}

/**
 * A URL that a redirect named (a `Location` the target sent, or a URL reached through one), as findings and errors print it:
 * its origin and path, never a password (`user:pw@`), a query or a fragment, which may hold a secret (a CDN-signed link's
 * `X-Amz-Signature`, a token): `?…` says a query was left out. `query`: the query the path asked carries (`stats` of
 * `/haproxy?stats`), printed when the URL's is exactly that. `bare`: without the `?…` (a finding's `url`).
 */
export function shownUrl(url: string, query = '', bare = false): string {
  let u: URL;
  try { u = new URL(url); } catch {
    const cut = url.replace(/^([a-z][\w+.-]*:\/\/)[^/?#]*@/i, '$1').replace(/[?#][\s\S]*$/, '');
    return cut === url || bare ? cut : `${cut}?…`;
  }
  const q = u.search.slice(1);
  const kept = !q ? '' : query && decodeSafe(q).toLowerCase() === decodeSafe(query).toLowerCase() ? u.search : bare ? '' : '?…';
  return `${u.origin}${u.pathname}${kept}`;
}

export const mountPath = (url: URL | string): string => new URL(url).pathname.replace(/\/+$/, '');

export const isPlainHttp = (obs: Observation) => obs.url.toLowerCase().startsWith('http:');

/**
 * Why an `http://` target fails a TLS probe, as a finding, in words that fit the deployment: `none` says what the target
 * lacks ("no certificate is served"), `what` what the probe judges ("its certificate"), `fix` what to do for a site
 * served over plain HTTP alone. When the target's own redirects lead to `https://` on the same host (seen when
 * another probe fetched the target: no request is made for this), the HTTPS side exists but is not the target the TLS
 * probes judge: the fix is the URL given.
 */
export function plainHttpFinding(obs: Observation, none: string, what: string, fix: string): { message: string; fix?: string } {
  const https = obs.main?.hops.map((h) => h.url).find((u) => u.toLowerCase().startsWith('https://'));
  if (!https) return { message: `${obs.url} is plain HTTP: ${none}; ${fix}` };
  return {
    message: `${obs.url} is plain HTTP (${none}), so this item fails for the target given. It redirects to ${https}, but the TLS probes judge the URL given, not where it redirects: give ${https} as the target to have ${what} judged`,
    fix: `Give ${https} as the target (--url, the action input url or probes.url): the TLS probes judge the URL given, and ${obs.url} is plain HTTP.`,
  };
}

/**
 * The `https://` origins other than the target's that chains reached (same-host redirects to another port), each once,
 * in the order reached: the first URL reached there and the URL that redirected to it. A hop whose request failed
 * (`failedHopOf`) counts: users are sent there.
 */
export function redirectedOrigins(chains: readonly (Chain | undefined)[], target: string): { url: string; from: string }[] {
  const out = new Map<string, { url: string; from: string }>();
  let origin: string;
  try { origin = new URL(target).origin; } catch { return []; }
  for (const chain of chains) {
    if (!chain) continue;
    const failed = failedHopOf(chain);
    const urls = [...chain.hops.map((h) => h.url), ...(failed ? [failed] : [])];
    for (const [i, u] of urls.entries()) {
      let url: URL;
      try { url = new URL(u); } catch { continue; }
      if (i === 0 || url.protocol !== 'https:' || url.origin === origin || out.has(url.origin)) continue;
      out.set(url.origin, { url: url.href, from: urls[i - 1]! });
    }
  }
  return [...out.values()];
}

/**
 * The handshake of the origin a URL is on: the target's, or that of another origin its redirects reached; undefined
 * when none was made there.
 */
export function tlsAt(obs: Observation, url: string): TlsObservation | undefined {
  let origin: string;
  try { origin = new URL(url).origin; } catch { return undefined; }
  if (origin === new URL(obs.url).origin) return obs.tls;
  return obs.redirectTls?.find((r) => new URL(r.url).origin === origin)?.tls;
}

/** The foreign origin sent by the CORS requests (a reserved, never-resolving name). */
export const FOREIGN_ORIGIN = 'https://preflight-probe.invalid';

/** Second-level labels under a country code that registries sell names under (`example.co.uk`, `shop.com.au`). */
const CC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org']);

/**
 * Foreign origins made from the target's host, for allow-lists that match by prefix, suffix or substring (an unanchored
 * regex, `startsWith`, `endsWith`, `includes`): `suffix`, the host followed by a foreign domain
 * (`https://app.example.com.preflight-probe.invalid`, let in by `^https://(.*\.)?example\.com` without its `$`); `prefix`,
 * a foreign name ending in the site's domain (`https://preflight-probe-example.com`, let in by `endsWith('example.com')`).
 * The domain is the host's last two labels (three under `co.uk`-style suffixes): never a sub-domain of the site itself,
 * which an allow-list of its sub-domains rightly trusts. A heuristic, not the Public Suffix List: registry suffixes such as
 * `ne.jp` or `me.uk` are missed (a prefix origin the site's allow-list may not be tested with). An IPv4 address gets the
 * first only, an IPv6 address neither.
 */
export function craftedOrigins(target: URL): { origin: string; trick: 'suffix' | 'prefix' }[] {
  const host = target.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || host.startsWith('[') || net.isIP(host)) return net.isIPv4(host) ? [{ origin: `${target.protocol}//${host}.preflight-probe.invalid`, trick: 'suffix' }] : [];
  const labels = host.split('.');
  const n = labels.length >= 3 && labels.at(-1)!.length === 2 && CC_SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  const domain = labels.slice(-n).join('.');
  return [
    { origin: `${target.protocol}//${host}.preflight-probe.invalid`, trick: 'suffix' },
    { origin: `${target.protocol}//preflight-probe-${domain}`, trick: 'prefix' },
  ];
}

/**
 * The site's name a `Host` header given for the target names when it is not the URL's own host (`--header "Host:
 * app.example.com"` with `--url https://10.0.0.5/`: a load balancer's or a server's address probed before DNS names it):
 * its hostname as URLs write it (lower-case, no trailing dot, IPv6 in brackets) and the port it names, if any. Undefined
 * without such a header, or when its value is no `host[:port]`.
 */
export function hostOverride(headers: Readonly<Record<string, string>>, target: URL): { hostname: string; port?: string } | undefined {
  const value = Object.entries(headers).find(([k]) => isHostHeader(k))?.[1]?.trim();
  if (!value || /[\s/\\?#@]/.test(value)) return undefined;
  let u: URL;
  try { u = new URL(`${target.protocol}//${value}/`); } catch { return undefined; }
  const hostname = u.hostname.replace(/\.$/, '');
  if (!hostname || hostname === target.hostname.replace(/\.$/, '')) return undefined;
  // `URL` drops a port that is its scheme's default (`app.example.com:443` on https): named all the same.
  const port = /:(\d+)$/.exec(value)?.[1];
  return { hostname, ...(port !== undefined ? { port: String(Number(port)) } : {}) };
}

/**
 * Whether `hostname` is the target's host: the target URL's own, or the site's name a `Host` header given for it
 * named (`obs.virtualHost`, see {@link hostOverride}).
 */
export function isTargetHost(obs: Pick<Observation, 'url' | 'virtualHost'>, hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === new URL(obs.url).hostname.replace(/\.$/, '') || (obs.virtualHost !== undefined && h === obs.virtualHost);
}

/** Link-local and cloud metadata hosts: redirects there are never followed. */
export function isMetadataHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
  if (['metadata.google.internal', 'metadata', 'instance-data', 'metadata.azure.internal'].includes(h)) return true;
  if (net.isIPv4(h)) {
    const [a, b] = h.split('.').map(Number);
    return (a === 169 && b === 254) || h === '100.100.100.200' || h === '192.0.0.192';
  }
  if (net.isIPv6(h)) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped) return isMetadataHost(mapped[1]!);
    // WHATWG URLs print IPv4-mapped addresses in hex (::ffff:a9fe:a9fe).
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
    if (hex) {
      const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
      return isMetadataHost(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
    return /^fe[89ab][0-9a-f]:/.test(h) || h === 'fd00:ec2::254';
  }
  return false;
}

/** HTTP statuses that redirect (with a Location). */
export const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * The target URL's own path and query (`https://host/app/?x=1` → `/app/?x=1`): what "the target"
 * means where a path is not configured, so a deployment under a path prefix is probed there.
 */
export function targetPath(url: string | undefined): string {
  try { const u = new URL(url ?? ''); return `${u.pathname || '/'}${u.search}`; } catch { return '/'; }
}

/**
 * The health paths probed when an item names none: the checklist's `probes.health` (paths on the
 * target's origin, as written), else the target URL itself.
 */
export function defaultHealthPaths(config: { health?: string[]; url?: string }): string[] {
  return config.health?.length ? config.health : [targetPath(config.url)];
}

/**
 * A configured path stays on the target's origin: it starts with one `/`. `//host/x` and `/\host/x`
 * (tabs and newlines between are dropped by URL parsers) name another host when resolved.
 */
const ORIGIN_PATH = /^\/(?![\t\n\r]*[/\\])/;

/** The option schema of a path on the target's origin (see `ORIGIN_PATH`); `example` shows one in the error. */
export const originPath = (example = '/healthz') => z.string()
  .regex(/^\//, { message: `expected a URL path starting with "/" (e.g. ${example})`, abort: true })
  .regex(ORIGIN_PATH, 'expected a path on the target\'s host: one leading "/", not "//" or "/\\" (which name another host)');

/** OpenSSL's verify errors about a certificate's dates: they say nothing of who issued it. */
export const CERT_DATE_ERRORS: ReadonlySet<string> = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/**
 * OpenSSL's codes for a key or a signature below its security level (Node has no names for some and
 * reports them as UNSPECIFIED): like a date error, reported instead of whether the issuer is trusted.
 */
export const CERT_WEAK_ERRORS: ReadonlySet<string> = new Set(['EE_KEY_TOO_SMALL', 'CA_KEY_TOO_SMALL', 'CA_MD_TOO_WEAK', 'UNSPECIFIED']);

/** Minimum key sizes clients accept (OpenSSL security level 2, browsers): RSA/DSA 2048 bits, EC 224. */
const MIN_BITS: Readonly<Record<string, number>> = { rsa: 2048, 'rsa-pss': 2048, dsa: 2048, ec: 224 };
const WEAK_DIGEST = /(?:sha-?1|md[245])(?!\d)/i;
/** EdDSA, which no browser supports in certificates (Chrome, Firefox and Safari offer no Ed25519/Ed448 signature algorithm). */
const EDDSA: Readonly<Record<string, string>> = { ed25519: 'Ed25519', ed448: 'Ed448' };
const EDDSA_SIGNATURE = /^ed(25519|448)$/i;

/** The first certificate of a chain that current clients refuse or browsers cannot use, and why (see {@link certWeakness}). */
export type CertWeakness = { index: number; cert: CertInfo } & (
  /** The leaf's key is EdDSA (`Ed25519`, `Ed448`): browsers end the handshake, which is signed with it. */
  | { kind: 'eddsa-key'; algorithm: string }
  /** Signed with EdDSA, which browsers cannot verify. */
  | { kind: 'eddsa-signature'; algorithm: string }
  /** A key under the minimum size (`type`: `RSA`, `EC`…). */
  | { kind: 'key'; bits: number; type: string; min: number }
  /** Signed with SHA-1 or MD5 (`digest`), `algorithm` as the certificate names it. */
  | { kind: 'digest'; digest: 'MD5' | 'SHA-1'; algorithm: string }
);

/**
 * The weakness rules of the `certificate` probe, in one place (the probe and {@link untrustedReason} say the same): the
 * leaf's EdDSA key, an EdDSA signature, a key under the minimum size, a SHA-1 or MD5 signature. A trust anchor's own
 * signature (a self-issued certificate above the leaf) is never checked: only the certificates it vouches for count.
 * Every problem is one entry, in chain order (a 1024-bit RSA leaf signed with SHA-1 is two: reissuing it with a stronger
 * key from the same SHA-1 tooling fixes one); a self-signed EdDSA leaf's own EdDSA signature is its key's problem, said once.
 */
export function certWeaknesses(chain: readonly CertInfo[]): CertWeakness[] {
  const out: CertWeakness[] = [];
  for (const [index, cert] of chain.entries()) {
    const anchor = index > 0 && cert.selfIssued;
    const ed = index === 0 && cert.keyType ? EDDSA[cert.keyType] : undefined;
    if (ed) out.push({ index, cert, kind: 'eddsa-key', algorithm: ed });
    const edSig = cert.signatureAlgorithm ? EDDSA_SIGNATURE.exec(cert.signatureAlgorithm) : null;
    if (edSig && !anchor && !(ed && cert.selfIssued)) out.push({ index, cert, kind: 'eddsa-signature', algorithm: `Ed${edSig[1]}` });
    const min = cert.keyType ? MIN_BITS[cert.keyType] : undefined;
    if (min && cert.keyBits && cert.keyBits < min) out.push({ index, cert, kind: 'key', bits: cert.keyBits, type: cert.keyType === 'ec' ? 'EC' : cert.keyType!.toUpperCase(), min });
    if (cert.signatureAlgorithm && WEAK_DIGEST.test(cert.signatureAlgorithm) && !anchor) {
      out.push({ index, cert, kind: 'digest', digest: /md[245]/i.test(cert.signatureAlgorithm) ? 'MD5' : 'SHA-1', algorithm: cert.signatureAlgorithm });
    }
  }
  return out;
}

/** The first of {@link certWeaknesses}: the first certificate's first problem, or undefined for a chain clients take. */
export function certWeakness(chain: readonly CertInfo[]): CertWeakness | undefined {
  return certWeaknesses(chain)[0];
}

/**
 * Why a completed handshake's certificate is not trusted, in words, for the warning that custom headers are withheld:
 * the same facts the `certificate` probe reports (expired, not yet valid, not valid for the host, a weak key or
 * signature, self-signed, an issuer that is not trusted), not a guess. `caGiven`: a CA was added (`--ca`…). `now`: ms.
 */
export function untrustedReason(t: TlsObservation, host: string, caGiven: boolean, now: number): string {
  const code = t.authorizationError;
  const chain = t.chain ?? [];
  const leaf = chain[0];
  const reasons: string[] = [];
  if (leaf && Date.parse(leaf.validTo) < now) reasons.push(`it expired on ${leaf.validTo.slice(0, 10)}`);
  else if (leaf && Date.parse(leaf.validFrom) > now) reasons.push(`it is not valid before ${leaf.validFrom.slice(0, 10)}`);
  else if (code && CERT_DATE_ERRORS.has(code)) reasons.push(`a certificate of its chain is outside its validity period (${code})`);
  if (t.hostnameError) reasons.push(`it is not valid for ${host.replace(/^\[|\]$/g, '')}`);
  // Each weakness, as the probe reports each.
  const weaks = certWeaknesses(chain);
  for (const weak of weaks) {
    const which = weak.index === 0 ? 'it' : `the certificate ${/CN=([^,\n]+)/.exec(weak.cert.subject)?.[1] ?? 'of an issuer'} in its chain`;
    reasons.push(weak.kind === 'eddsa-key' ? `${which} has an ${weak.algorithm} (EdDSA) key, which browsers do not support`
      : weak.kind === 'eddsa-signature' ? `${which} is signed with ${weak.algorithm} (EdDSA), which browsers do not support`
      : weak.kind === 'key' ? `${which} has a ${weak.bits}-bit ${weak.type} key, which clients refuse`
      : `${which} is signed with ${weak.digest}, which clients refuse`);
  }
  // OpenSSL's code for a weak key or signature, when no weakness found is that (none, or EdDSA, which it accepts).
  if (code && CERT_WEAK_ERRORS.has(code) && !weaks.some((w) => w.kind === 'key' || w.kind === 'digest')) reasons.push(`a key or signature of its chain is too weak for current clients (${code})`);
  const selfIssued = leaf?.selfIssued && chain.length === 1;
  // A self-issued certificate the CA given does sign (it is that CA), failing only on its name, is trusted: the name says it all.
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || (selfIssued && code && !CERT_DATE_ERRORS.has(code) && !CERT_WEAK_ERRORS.has(code) && code !== 'ERR_TLS_CERT_ALTNAME_INVALID')) reasons.push(`it is self-signed${caGiven ? ' and the CA given does not sign it' : ''}`);
  else if (code === 'INVALID_PURPOSE' || code === 'INVALID_CA') reasons.push(`it is not valid for server authentication (${code})`);
  else if (code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') reasons.push(`its issuer ${leaf?.issuer || '(unnamed)'} is not a trusted CA${caGiven ? ' (the CA given included)' : ''} and the server does not send its certificate`);
  else if ((code && !CERT_DATE_ERRORS.has(code) && !CERT_WEAK_ERRORS.has(code) && code !== 'ERR_TLS_CERT_ALTNAME_INVALID') || t.chainTrusted === false) {
    // A date or weak-key code hides the trust error (chainTrusted found no trusted CA): that code is no reason for it.
    const trustCode = t.chainTrusted === false && code && (CERT_DATE_ERRORS.has(code) || CERT_WEAK_ERRORS.has(code)) ? undefined : code;
    // A chain sent with its intermediates, whose last one's issuer is unknown: that is the CA to trust, whatever the leaf's dates or key.
    const top = (trustCode === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' || trustCode === 'UNABLE_TO_GET_ISSUER_CERT' || (t.chainTrusted === false && !trustCode)) && chain.length > 1 && !chain[chain.length - 1]!.selfIssued ? chain[chain.length - 1]! : undefined;
    const unknown = top ? `the chain it is sent with ends at ${top.subject || '(unnamed)'}, whose issuer ${top.issuer || '(unnamed)'} is not a trusted CA` : `its issuer ${leaf?.issuer || '(unnamed)'} is not a trusted CA`;
    reasons.push(caGiven ? `the CA given does not sign it${trustCode ? ` (${trustCode})` : ''}` : `${unknown}${trustCode ? ` (${trustCode})` : ''}`);
  }
  return reasons.length ? reasons.join('; ') : code ?? 'its chain could not be verified';
}

/** The certificates of a PEM text (every BEGIN CERTIFICATE block). */
export const pemBlocks = (pem: string): string[] => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];


/**
 * What to do about a login wall: give headers, or why the ones given did not get through. `chains`: the chains that
 * ended on it. Custom headers go only to the exact origin given: a wall put up by another origin (an http:// target
 * redirected to https://, another port) never received them, whatever was given.
 */
export function protectedAdvice(obs: Observation, chains: readonly Chain[] = []): string {
  const where = '--header, the action input headers, or probes.headers';
  let target: URL | undefined;
  try { target = new URL(obs.url); } catch { /* no origin to compare */ }
  for (const chain of chains) {
    const by = loginWall(chain)?.by;
    let at: URL;
    try { at = new URL(by ?? ''); } catch { continue; }
    if (!target || at.origin === target.origin) continue;
    // The first URL the chain reached on that origin is the one to give as the target.
    const landed = chain.hops.map((h) => h.url).find((u) => { try { return new URL(u).origin === at.origin; } catch { return false; } }) ?? at.href;
    const untrusted = obs.headersWithheld ? ' (the target itself got none either: its certificate is not trusted)' : '';
    return obs.headersGiven
      ? `the headers given were withheld at the redirect to ${at.origin}, which answered: custom headers go only to the exact origin given (${target.origin})${untrusted}; give ${landed} as the target so they are sent there`
      : `give ${landed} as the target, with headers (${where}), so the probe can see the application: custom headers go only to the exact origin given (${target.origin}), not to ${at.origin}, where it redirects`;
  }
  if (obs.headersWithheld) return `give headers (${where}) so the probe can see the application (custom headers were withheld: the certificate is not trusted)`;
  if (obs.headersGiven) return `the headers given were sent and not accepted: check their values (${where})`;
  return `give headers (${where}) so the probe can see the application`;
}

/** How TLS names a certificate's key type for the cipher suites it serves (`ECDSA`, `RSA`); undefined for others (EdDSA). */
export function keyKind(keyType: string | undefined): 'ECDSA' | 'RSA' | undefined {
  return keyType === 'ec' ? 'ECDSA' : keyType === 'rsa' || keyType === 'rsa-pss' ? 'RSA' : undefined;
}

/**
 * The same certificate chain with the same verdict and, when both are given, the same TLS 1.0/1.1 answer: one server on two
 * ports (the target and where it redirects), judged once by certificate and tls-version.
 */
export function sameSession(a: TlsObservation, b: TlsObservation, legacyA?: LegacyTlsObservation, legacyB?: LegacyTlsObservation): boolean {
  const one = (t: TlsObservation): unknown[] => [t.error ?? null, t.authorizationError ?? null, t.hostnameError ?? null, t.chainTrusted ?? null, (t.chain ?? []).map((c) => c.fingerprint256 ?? c.subject)];
  // A second certificate (ECDSA and RSA, over TLS 1.2) counts too.
  const key = (t: TlsObservation) => JSON.stringify([...one(t), t.otherKey ? [...one(t.otherKey.session), t.otherKey.nodeDefault] : null]);
  const legacy = (l: LegacyTlsObservation | undefined) => JSON.stringify(l ? [l.accepted ?? null, l.protocols ?? null, l.protocol ?? null, l.error ?? null] : null);
  return key(a) === key(b) && legacy(legacyA) === legacy(legacyB) && (!legacyA || a.protocol === b.protocol);
}
