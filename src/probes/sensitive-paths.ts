import { z } from 'zod';
import { escapeRegExp } from '../checks/util/text.js';
import { defineProbe } from './define.js';
import type { Severity } from '../types.js';
import type { Fetched, HttpResponse } from './observation.js';
import { botChallenge, GATEWAY_DOWN, decodeSafe, keepsPath, mountPath, protectedReason, shownUrl } from './util.js';

/**
 * `html`: the real thing is an HTML page, judged by its markers (other files are never HTML: an HTML body is a soft 404).
 * `severity`: lower than the probe's own (a status page of counters only); `advice`: what the message says to do, when it is not
 * a secret file to block and rotate; `fix`: the finding's fix, when the probe's (deny dot-files at the proxy) does not remedy it.
 * Several entries may share a path (`/server-status` is Apache's, lighttpd's or nginx's): it is requested once.
 */
interface Sensitive { path: string; what: string; content: RegExp | ((body: string) => boolean); html?: boolean; severity?: Severity; advice?: string; fix?: string }

/** A `.env` line: `KEY=value` (`export KEY=value`), the key a shell name (dotted only written tight, `spring.profile=x`). */
const ENV_LINE = /^(?:export\s+)?(?:[A-Za-z_][A-Za-z0-9_]*\s*=|[A-Za-z_][A-Za-z0-9_.-]*=)(?!=)/;

/**
 * A .env file: its first meaningful line (blank lines and `#` comments aside) and at least half of
 * them are KEY=VALUE lines (a quoted value may span lines: a PEM key). One `KEY = value`-looking line
 * among others (`window.dataLayer = window.dataLayer || [];` in an HTML shell) is not one.
 */
export function looksEnv(body: string): boolean {
  let first: boolean | undefined;
  let env = 0;
  let other = 0;
  let open: string | undefined;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (open) { if (line.includes(open)) open = undefined; continue; }
    if (!line || line.startsWith('#')) continue;
    const isEnv = ENV_LINE.test(line);
    first ??= isEnv;
    if (!isEnv) { other++; continue; }
    env++;
    const value = line.slice(line.indexOf('=') + 1).trim();
    const q = value[0];
    if ((q === '"' || q === "'") && !value.slice(1).includes(q)) open = q;
  }
  return first === true && env >= other;
}

/** A body with the path (and query) it was requested at blanked out, trimmed: a catch-all may echo it. */
function withoutPath(body: string, url: string): string {
  let path: string;
  try { const u = new URL(url); path = u.pathname + u.search; } catch { return body.trim(); }
  const spellings = new Set([path, decodeSafe(path)].filter((p) => p.length > 1));
  let out = body;
  for (const p of spellings) out = out.split(p).join('\u0000');
  return out.trim();
}

/** PHP's phpinfo() page: its title (`PHP 8.1.2 - phpinfo()`). */
const PHPINFO = /<title>(PHP \d[^<]*- )?phpinfo\(\)<\/title>/;
/** nginx's `stub_status` (plain text): `Active connections: 2`, then `server accepts handled requests` and the counters. */
const STUB_STATUS_RE = /^\s*Active connections: \d+\s*\r?\nserver accepts handled requests\s*\r?\n\s*\d+ \d+ \d+/;
const STUB_STATUS_FIX = 'restrict it to the monitoring host (nginx: `allow 127.0.0.1; deny all;` in its location)';
/** The advice for a status or configuration page (no file that held a secret): restrict it, nothing to rotate. */
const STATUS_PAGE_FIX = 'allow it only from localhost or the monitoring network at the web server (Apache `Require local`/`Require ip`, lighttpd `$HTTP["remoteip"]`, HAProxy `stats` on an internal bind), or switch it off';
/** The fixes of the paths that are no dot-files (the probe's own fix, deny dot-files at the proxy, blocks none of them). */
const STUB_STATUS = { advice: STUB_STATUS_FIX, fix: 'Restrict nginx\'s stub_status location to the monitoring host (`allow 127.0.0.1; deny all;`).' };
const STATUS_PAGE = { advice: STATUS_PAGE_FIX, fix: 'Allow the status page only from localhost or the monitoring network (Apache `Require local`, lighttpd `$HTTP["remoteip"]`, HAProxy `stats` on an internal bind), or switch it off.' };
const ACTUATOR_FIX = 'Expose only the health endpoint over HTTP (Spring Boot `management.endpoints.web.exposure.include=health`), or serve the actuator on a management port that is not routed publicly (`management.server.port`).';
const ASPNET_FIX = 'Turn it off for remote clients (ELMAH `allowRemoteAccess="false"`, `<trace enabled="false" />` or `localOnly="true"` in web.config), or require authentication for it.';
const PHPINFO_FIX = 'Delete the phpinfo() file from the document root.';
/**
 * Spring Boot's `/actuator/env` with every value masked (`"value": "******"`, Spring Boot 3's default `show-values: never`): it still
 * names every property, profile and property source, but holds no secret to rotate.
 */
const maskedEnv = (body: string): boolean => {
  const values = body.match(/"value"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^,}\s]+)/g) ?? [];
  return values.length > 0 && values.every((v) => /:\s*"\*+"$/.test(v));
};

/** Files that must never be served, each with a test on the body that proves it is the real file. */
export const SENSITIVE: Sensitive[] = [
  { path: '/.env', what: 'a .env file (KEY=VALUE lines)', content: looksEnv },
  { path: '/.env.production', what: 'a .env file (KEY=VALUE lines)', content: looksEnv },
  { path: '/.git/config', what: 'the git configuration ([core] section)', content: /^\s*\[core\]/m },
  { path: '/.git/HEAD', what: 'the git HEAD (the repository can be downloaded)', content: /^(ref: refs\/|[0-9a-f]{40}\s*$)/ },
  { path: '/.aws/credentials', what: 'AWS credentials', content: /aws_access_key_id\s*=/i },
  { path: '/.npmrc', what: 'an .npmrc with a registry token', content: /_auth(Token)?\s*=/ },
  { path: '/.htpasswd', what: 'an htpasswd file', content: /^[^:\s<]+:(\$apr1\$|\$2[aby]\$|\{SHA\}|\$[156]\$)/m },
  { path: '/server-status', what: "Apache's server-status page", content: /<title>Apache Status<\/title>|<h1>Apache Server Status for /, html: true, ...STATUS_PAGE },
  // lighttpd's mod_status at the URL its docs use: like Apache's, it lists the current connections (client addresses, hosts, URLs).
  { path: '/server-status', what: "lighttpd's server-status page (current connections: client addresses and URLs)", content: /<h1>Server-Status \(lighttpd\//, html: true, ...STATUS_PAGE },
  // nginx's stub_status: connection counters only, so low.
  { path: '/server-status', what: "nginx's stub_status page (connection counters)", content: STUB_STATUS_RE, severity: 'low', ...STUB_STATUS },
  { path: '/nginx_status', what: "nginx's stub_status page (connection counters)", content: STUB_STATUS_RE, severity: 'low', ...STUB_STATUS },
  // mod_info prints the whole loaded configuration (`?config`), next to server-status in many Apache setups.
  { path: '/server-info', what: "Apache's server-info page (the server's configuration)", content: /<title>Server Information<\/title>[\s\S]*Apache Server Information|<h1[^>]*>Apache Server Information<\/h1>/, html: true, ...STATUS_PAGE },
  // HAProxy's statistics page at its default URI (`stats enable` without `stats uri`).
  { path: '/haproxy?stats', what: "HAProxy's statistics page", content: /<title>Statistics Report for HAProxy<\/title>/, html: true, ...STATUS_PAGE },
  // ASP.NET's error log (ELMAH) and trace viewer list recent requests with their cookies (session ids) and headers.
  { path: '/elmah.axd', what: 'the ELMAH error log (requests with their cookies and session ids)', content: /<h1\b[^>]*>\s*Error Log for\b|<title>Error log for [^<]*\(Page #\d+\)<\/title>/i, html: true, fix: ASPNET_FIX },
  { path: '/trace.axd', what: "ASP.NET's trace viewer (requests with their cookies and headers)", content: /<h1\b[^>]*>\s*(?:<span\b[^>]*>\s*)?Application Trace\b|<title>\s*Application Trace\s*<\/title>/i, html: true, fix: ASPNET_FIX },
  { path: '/actuator/env', what: "Spring Boot's environment endpoint", content: /"propertySources"\s*:/, fix: ACTUATOR_FIX },
  // A heap dump holds whatever the application has in memory (credentials, tokens, session data). Judged on its first
  // bytes, HotSpot's HPROF header (`JAVA PROFILE 1.0.2` and a NUL) or OpenJ9's PHD header (a 2-byte length, `portable
  // heap dump`): the body is read up to 64 KiB and dropped. Control bytes reach the probe written `\x00` (made printable).
  { path: '/actuator/heapdump', what: "Spring Boot's heap dump endpoint (the application's memory, with every secret in it)", content: /^(?:JAVA PROFILE 1\.0\.\d(?:\\x00|\0)|(?:\\x[0-9a-f]{2}|[\0-\x1f]){2}portable heap dump)/, fix: ACTUATOR_FIX },
  { path: '/phpinfo.php', what: 'phpinfo()', content: PHPINFO, html: true, fix: PHPINFO_FIX },
  { path: '/info.php', what: 'phpinfo()', content: PHPINFO, html: true, fix: PHPINFO_FIX },
];

/** The paths requested, each once (several entries may share one). */
export const SENSITIVE_PATHS = [...new Set(SENSITIVE.map((s) => s.path))];

/**
 * A directory listing (nginx `autoindex`, Apache `Options +Indexes`, lighttpd `dir-listing`, Python's `http.server`): its
 * `Index of /…` title and the same `Index of /…` heading (`<h1>`; lighttpd's `<h2>`), or Python's `Directory listing for /…`.
 */
const DIRECTORY_LISTING = /<title>(Index of|Directory listing for) (\/[^<]{0,1000})<\/title>[\s\S]{0,5000}?<h[12]>\1 \2<\/h[12]>/;

/** A listing's title: `Index of /…`, Python's `Directory listing for /…`, serve-index's `listing directory /…`. */
const LISTING_TITLE = /<title>\s*(?:Index of|Directory listing for|listing directory) \/[^<]{0,1000}<\/title>/;

/**
 * Which server made the directory listing the page is, or undefined when it is none. Besides the title and heading
 * above: `npx http-server` (ecstatic's `show-dir`), whose `Index of /…` title comes before some 65 KB of inline icon CSS
 * (its `i.icon` and `td.display-name` rules), so that its `<h1>` lies past the 64 KiB read limit; Express/connect's
 * `serve-index`, titled `listing directory /…`, its files in `<ul id="files">`. A page cut at the read limit before its
 * `<head>` ended that has a listing title is one too: nothing else was seen to say otherwise (a page merely titled
 * "Index of …" whose body was read shows no listing and passes).
 */
export function directoryListing(page: Pick<HttpResponse, 'body' | 'truncated'>): 'http-server' | 'serve-index' | 'listing' | undefined {
  const body = page.body;
  const title = LISTING_TITLE.exec(body);
  if (!title) return undefined;
  const after = body.slice(title.index);
  if (/^<title>\s*Index of /.test(title[0]) && /<style\b[^>]*>\s*i\.icon\s*\{[^}]*\}[\s\S]{0,2000}?\btd\.display-name\s*\{/.test(after)) return 'http-server';
  if (/^<title>\s*listing directory /.test(title[0]) && /<ul id="files" class="view-[a-z]+">/.test(after)) return 'serve-index';
  if (DIRECTORY_LISTING.test(body)) return 'listing';
  if (page.truncated === true && !/<\/head\s*>|<body\b/i.test(after)) return 'listing';
  return undefined;
}

const matches = (s: Sensitive, body: string) => (typeof s.content === 'function' ? s.content(body) : s.content.test(body));

/**
 * A single-page app answers 200 with its HTML shell everywhere: that is not the file (unless the
 * file is an HTML page itself: server-status, phpinfo() are then judged by their markers). A BOM,
 * whitespace and comments (`<!-- build 2026.12.01 -->`) may come first, and a shell may start with
 * any of its head's elements.
 */
export function looksHtml(body: string): boolean {
  let rest = body.replace(/^\uFEFF/, '');
  for (let i = 0; i < 100; i++) {
    rest = rest.trimStart();
    if (!rest.startsWith('<!--')) break;
    const end = rest.indexOf('-->', 4);
    // An unterminated comment is still HTML: no secrets file starts with `<!--`.
    if (end < 0) return true;
    rest = rest.slice(end + 3);
  }
  return /^<(?:!doctype html|html|head|body|meta|title|link|script|style|base|noscript|div)\b/i.test(rest);
}

/**
 * Where the answer `res` of `f` (asked for `path`) leads when it is a redirect to another host (or a cloud metadata address)
 * that was not followed and keeps the path: the file may be served there (`http://example.com/.env` →
 * `https://www.example.com/.env`), so the path is unjudged. One that drops the path (a catch-all to a fixed URL) is the file
 * not served; a redirect to a login wall there (an SSO portal, an identity provider) refuses the file like a 401: neither is this.
 */
function elsewhereOf(f: Fetched, res: HttpResponse, path: string): { location: string; reason: 'off-host' | 'metadata' } | undefined {
  const stopped = f.stopped;
  if (!stopped || res !== f.response || (stopped.reason !== 'off-host' && stopped.reason !== 'metadata')) return undefined;
  if (!keepsPath(stopped.location, path)) return undefined;
  if (protectedReason({ start: f.redirectedFrom ?? f.url, hops: [...(f.hops ?? []), res], stopped })) return undefined;
  return { location: stopped.location, reason: stopped.reason };
}

/** The origin of a URL (`https://www.example.com/`). */
const originOf = (url: string): string => { try { return `${new URL(url).origin}/`; } catch { return url; } };

/** Query parameters that sign a link or carry a token (`X-Amz-Signature`, `X-Goog-Credential`, `Signature`, `sig`, `token`, `hmac`…). */
const SIGNING_PARAM = /(?:^|[-_])(?:signature|sig|token|credential|hmac)$|^(?:key-pair-id|hdnts|__token__)$/;

/**
 * Whether a URL is a signed link, or one carrying a token in its query: an S3 or GCS presigned URL (`X-Amz-Signature`,
 * `X-Goog-Signature`), CloudFront's (`Signature`, `Key-Pair-Id`), an Azure SAS (`sig`), Akamai's (`hdnts`, `__token__`),
 * nginx's secure_link (`md5` with `expires`), a `token`. Whoever holds it gets what it points to; the same URL without
 * its query does not, so probing its host cannot judge the file.
 */
export function signedLink(url: string): boolean {
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  const names = [...u.searchParams.keys()].map((k) => k.toLowerCase());
  return names.some((k) => SIGNING_PARAM.test(k)) || (names.includes('md5') && names.includes('expires'));
}

/**
 * The folder a redirect keeping the path asked serves it under (`https://static.example.com/assets/` of `/.env` →
 * `https://static.example.com/assets/.env`): the URL to probe instead, under which the probe asks every path (a mount).
 */
export function folderOf(location: string, path: string): string {
  try {
    const u = new URL(location);
    const at = decodeSafe(u.pathname).replace(/\/+$/, '');
    const asked = decodeSafe(new URL(path, 'http://x').pathname).replace(/\/+$/, '');
    if (!at.toLowerCase().endsWith(asked.toLowerCase())) return originOf(location);
    const folder = new URL(u.origin);
    folder.pathname = `${at.slice(0, at.length - asked.length)}/`;
    return folder.href;
  } catch { return originOf(location); }
}

/**
 * What to do about a path answered only by a redirect to another host that keeps it (`base`: the path asked, at the root),
 * after the error's sentence: probe the folder it leads to; a signed link cannot be probed (the signature is needed), so
 * block the path; a metadata address is never followed.
 */
function elsewhereAdvice(to: { path: string; base: string; location: string; reason: 'off-host' | 'metadata' }): string {
  if (to.reason === 'metadata') return '; a redirect to a cloud metadata address is never followed: fix the redirect';
  if (signedLink(to.location)) return `; that is a signed link (its query, left out here, carries a signature or token): whoever is sent there gets what it points to, and a probe of ${originOf(to.location)} without the signature cannot tell what that is, so block ${to.path} at the web server`;
  return `; probe ${folderOf(to.location, to.base)} directly`;
}

/** The query a path asks (`stats` of `/haproxy?stats`; '' for most). */
const queryOf = (path: string) => new URL(path, 'http://x').search.slice(1);

/** Well-known secret files and debug endpoints are not served. */
export const sensitivePaths = defineProbe({
  id: 'sensitive-paths',
  title: 'Sensitive files are not served',
  severity: 'critical',
  description: '/.env, /.git/config, /.git/HEAD… are not served (judged on the body, not the status).',
  match: [
    {
      // "`.env` is not served", "Block dotfiles", "`/.git/` and `/.env` are blocked in nginx", "Access to `.git` is denied" (not
      // "… is not blocked"), "`/.env` returns 404" (a full URL reads as its path), "No sensitive
      // files (.env, .git) exposed over HTTP" (said of the site: not a bucket, an image or a repository), "No `.git` directory
      // served by nginx". Gaps bounded (200 characters): a long line is scanned in linear time.
      pattern: /(?:\.env|\.git|sensitive (?:files|paths)|dotfiles)\b[^;]{0,200}\bnot (?:be )?(?:served|accessible|reachable|exposed|downloadable|public(?:ly accessible)?)\b|\b(?:block\w*|den(?:y|ies|ied)|forbid\w*)\b[^;]{0,200}(?:\.env|\.git|dotfiles|hidden files)\b|(?:\.env|\.git|dotfiles|hidden files)\b[^;]{0,200}(?<!\b(?:not|never|not yet)|n't) (?:blocked|denied|forbidden)\b(?! (?:from|in|by|via) (?:being )?(?:the |a |our )?(?:docker\w*|builds?|commit\w*|git|repo(?:sitory)?|ci|pre-commit|push\w*)\b)|(?:^|\s)\/\.(?:env|git)\b[^;]{0,200}\b(?:returns?|answers?|gives?|responds? with) (?:an? )?(?:http )?(?:403|404|forbidden|not found)\b|\bno (?:\.env|\.git)(?: files?| director(?:y|ies)| folders?| repo(?:sitory)?)?\b[^;]{0,200}\b(?:served|accessible|reachable|exposed|downloadable)\b|\bno (?:sensitive|secrets?|private|hidden) (?:files?|paths?)\b[^;]{0,200}\b(?:exposed|served|accessible|reachable|downloadable)\b[^;]{0,200}\b(?:over|via|through|on|from) (?:the )?(?:https?|web|web ?server|site|website)\b/,
      // Keeping files out of git or out of an image (.dockerignore) is not what the site serves.
      unless: /gitignore|dockerignore|\bcommit|\bimages?\b/,
      note: 'a promise that secrets files are not served: the probe requests /.env, /.git/config…',
    },
    {
      // A path the probe requests, named as not reachable: "`/actuator/env` and `/actuator/heapdump` NOT reachable from
      // outside", "`/server-status` is not public", "'/actuator/env': not exposed" (not `/`, which every site serves).
      // The words follow in the same clause, within 60 characters (no `,;:?!` nor a sentence's full stop between):
      // "/.htpasswd users reviewed, admin panel is not public" is another promise, and the bound keeps the scan linear
      // on a long line. Said of CI, logs or builds ("The token in /.npmrc is not exposed in CI output"), not of the site.
      pattern: new RegExp(String.raw`(?:^|[\s("'“‘])(?:${SENSITIVE_PATHS.filter((p) => p.length > 1).map((p) => escapeRegExp(p.toLowerCase())).join('|')})(?![\w/.-])["'”’]?:?(?:[^;,:?!.]|\.(?=\w)){0,60}?\b(?:not|never) (?:be )?(?:served|accessible|reachable|exposed|public(?:ly accessible)?)\b`),
      unless: /gitignore|dockerignore|\bcommit|\bimages?\b|\b(?:ci|logs?|output|builds?)\b/,
      note: 'a promise that a path the probe requests is not served: the probe requests it',
    },
  ],
  docs: {
    why: 'A served .env or .git leaks credentials and source code to anyone who asks.',
    fix: 'Serve only the build output directory; deny dot-files at the proxy (nginx: `location ~ /\\. { deny all; }`).',
    details: [
      `Paths: ${SENSITIVE_PATHS.map((p) => `\`${p}\``).join(', ')}. A path fails only when it answers 2xx with a body`,
      'that matches the file (KEY=VALUE lines, a `[core]` section, a `ref:` line…), so a single-page app answering',
      '200 with its HTML shell everywhere passes: an HTML body never counts as one of the files. The HTML',
      "pages, Apache's or lighttpd's `/server-status` and Apache's `/server-info`, HAProxy's `/haproxy?stats` (its default stats URI), ASP.NET's `/elmah.axd` and `/trace.axd` and `/phpinfo.php` or `/info.php`, are judged by their own markers (the `Apache Status`",
      'title or `Apache Server Status for` heading, lighttpd\'s `Server-Status (lighttpd/…)` heading, the `Apache Server Information` heading, the `Statistics Report for HAProxy` title, ELMAH\'s `Error Log for` heading, the `Application Trace` heading, the `phpinfo()` title).',
      'nginx\'s `stub_status` at `/nginx_status` or `/server-status` (`Active connections: N` and its counters) is `low`: it shows counters only. Spring Boot\'s `/actuator/heapdump` is judged on its first bytes (the HPROF `JAVA PROFILE 1.0.x` header, OpenJ9\'s `portable heap dump`); like every body it is read up to 64 KiB and the connection dropped, never downloaded whole. Spring Boot\'s `/actuator/env` whose every value is masked (`"value": "******"`, Spring Boot 3\'s default) is `high`, not `critical`: it still names every property, profile and property source, but holds no secret to rotate. The status pages, the actuator endpoints, ELMAH/trace.axd and phpinfo() findings carry their own fix (restrict or switch off the page, expose only `health`, delete the file): denying dot-files blocks none of them.',
      'The target\'s own page is looked at too (no extra request): a directory listing there (nginx `autoindex`, Apache `Options +Indexes`, lighttpd `dir-listing`: its `Index of /…` title and the same heading; Python\'s `http.server`: `Directory listing for /…`; `npx http-server`: its `Index of /…` title and its icon style rules (`i.icon`, `td.display-name`), its heading lying past the 64 KiB read limit; Express/connect `serve-index`: its `listing directory /…` title and `<ul id="files">`; any page with such a title cut at the 64 KiB read limit before its `<head>` ended, nothing else seen) is `medium`, since it names every file served there (backups, uploads). A compressed body (`Content-Encoding`',
      'gzip, deflate, br, zstd) is decoded first; a body that does not decode is judged as the bytes came (a plain file',
      'labelled gzip is what curl shows), and one in an unknown coding that does not read as the file is unjudged.',
      'A 429 answer (rate limited), or a 503 with a `Retry-After` that fits the timeout, is asked again after a pause: the collector then paces its requests to the host, honours `Retry-After` (seconds or a date; any other value is as if absent) or backs off (0.5, 1, 2 s), at most three times a request and within one timeout in all.',
      'A 429 that remains, a 502, 503 or 504 answer (a gateway whose application did not answer), or a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`), judges nothing: with no path served the probe is `error`, never a pass. Each path follows same-host redirects (an `http://` target sending `/.env` to its `https://` side is judged there; the finding names the URL that served the file and the one asked; `/.env` → `/login` is judged on the login page, no file); a path answered only by a redirect to another host, not followed, that keeps the path (`/.env` → `https://www.example.com/.env`, `…/site/.env`) is unjudged (`error` naming the folder to probe instead when no file was found, `https://www.example.com/site/`; a signed link, whose query carries a signature or token such as S3\'s `X-Amz-Signature`, cannot be probed without it: the advice is to block the path), unless it leads to a login wall there (refused, like a 401); one to a fixed URL that drops the path (every unknown path → a marketing site\'s `/`) is the file not served, and so is a path still redirecting after five hops (a loop) or to an invalid location. A URL a redirect named is printed without its password, query (`?…`) or fragment. The body is never shown. Leading',
      'whitespace, a BOM and comments (`<!-- build … -->`) do not hide an HTML shell, and a .env must look like',
      'one (its first line and at least half of them `KEY=VALUE` with shell-style keys; a',
      '`window.dataLayer = …;` line is not). A body identical to what a random path that cannot exist answers',
      '(a catch-all; the path each echoes aside) is not the file. A path whose connection the server closes or resets without an answer (nginx `return 444`), twice (it is asked again, over a new connection: a server that silently drops reused keep-alive connections must not let a file pass),',
      'is refused, so not served (an `info` note lists them, naming the origin that refused them), when that origin was seen answering (the page, a redirect, another path); an `https://` side a redirect leads to that drops every connection (a broken TLS listener) is not there, and the paths are unjudged. A target with a path (`https://host/app/`) gets every path under it as well',
      '(`/app/.env`: an application mounted there), judged against the not-found answer under it. `error` when no path could be',
      'judged: nothing answered, or every path was dropped by an origin that answered nothing. A response that breaks off mid-body (the connection closed, a timeout) is judged on what arrived:',
      'a .env sent before the drop was served (curl shows it too); cut before it reads as the file, the path is unjudged.',
    ].join(' '),
  },
  options: z.object({}),
  // The target itself (a server that drops every request is down, not safe) and a path that cannot
  // exist (a catch-all answering the same body everywhere serves no file).
  needs: () => ({ sensitive: SENSITIVE_PATHS, main: true, notFound: true }),
  evaluate(obs, ctx) {
    const got = obs.sensitive ?? {};
    const under = obs.sensitiveUnder;
    // Each path at the origin's root, and under the target's path when it has one (an application mounted there).
    const mount = mountPath(obs.url);
    // Each path once, with the files it may be (`/server-status`: Apache's, lighttpd's or nginx's).
    const kindsAt = (path: string) => SENSITIVE.filter((s) => s.path === path);
    const fetched = [
      ...SENSITIVE_PATHS.map((p) => [kindsAt(p), got[p], p, obs.notFound] as const),
      ...(under ? SENSITIVE_PATHS.map((p) => [kindsAt(p), under[p], `${mount}${p}`, obs.notFoundUnder] as const) : []),
    ];
    // The target's own page a directory listing: found whatever the paths did.
    const page = obs.main?.hops.at(-1);
    const listed = page !== undefined && page.status >= 200 && page.status < 300 ? directoryListing(page) : undefined;
    if (listed) {
      // Reached through redirects: printed as a redirect's URL (no password, no query).
      const at = obs.main!.hops.length > 1 ? shownUrl(page!.url, '', true) : page!.url;
      // The server that made it, when its page says so: its own switch.
      const how = listed === 'http-server' ? 'turn them off in http-server (`http-server -d false`, or serve the build with a web server)'
        : listed === 'serve-index' ? 'remove the `serve-index` middleware (`app.use(serveIndex(…))`) or restrict it to trusted users'
          : 'turn listings off (nginx `autoindex off`, Apache `Options -Indexes`, lighttpd `dir-listing.activate = "disable"`; a `python -m http.server` lists every folder without an index.html: serve the site with a web server instead)';
      const fix = listed === 'http-server' ? 'Turn directory listings off: start http-server with `-d false`, or serve the folder with a web server.'
        : listed === 'serve-index' ? 'Remove the `serve-index` middleware (`app.use(serveIndex(…))`), or mount it only behind authentication.'
          : 'Turn directory listings off (nginx `autoindex off`, Apache `Options -Indexes`, lighttpd `dir-listing.activate = "disable"`), or serve the folder with a web server instead of `python -m http.server`.';
      ctx.report({ severity: 'medium', url: at, message: `${at} is a directory listing${listed === 'listing' ? '' : ` (${listed})`}: it names every file served there (backups, uploads); ${how}`, fix });
    }
    // A path whose request the server drops (nginx `return 444`) is refused: not served. Only by a server seen answering
    // (the origin that dropped it answered the page, a redirect or another path): one that drops every connection (an
    // `http://` target's `https://` side whose TLS listener is broken, a port that speaks something else) is not there.
    const originAt = (url: string) => { try { return originOf(new URL(url, obs.url).href); } catch { return url; } };
    const answeredBy = new Set<string>();
    const heard = (r: HttpResponse | undefined) => { if (r) answeredBy.add(originAt(r.url)); };
    obs.main?.hops.forEach(heard);
    for (const f of [obs.notFound, obs.notFoundUnder, ...fetched.map(([, f]) => f)]) { f?.hops?.forEach(heard); heard(f?.response ?? f?.partial); }
    const refused = (f: Fetched | undefined) => !!f?.dropped && answeredBy.has(originAt(f.url));
    // A fetch is answered, dropped (refused by closing the connection: only ever without a response) or unjudged.
    const dropped = fetched.filter(([, f]) => refused(f));
    const unjudged = fetched.filter(([, f]) => !f?.response && !refused(f));
    // A response that broke off mid-body (`partial`) is judged on what arrived: a file sent before the drop was served.
    if (!fetched.some(([, f]) => f?.response ?? f?.partial) && !dropped.length) {
      // A same-host redirect followed to a side that did not answer (an `http://` target's `https://` side) says so.
      const failed = fetched.find(([, f]) => f?.error)?.[1];
      const via = failed?.hops?.at(-1);
      if (!listed) ctx.error(failed?.error !== undefined && via ? `${shownUrl(via.url)} redirects to ${shownUrl(failed.url)}, which did not answer: ${failed.error}` : failed?.error ?? 'the sensitive paths were not fetched');
      return;
    }
    let served = 0;
    // Answered but not judged: rate limited or unavailable (429, 503: asked again later the file may come), or a
    // 2xx body that could not be decoded and does not read as the file either.
    const unanswered: [string, string][] = [];
    // Answered only by a redirect to another host, not followed: where each led (the file may be served there).
    const elsewhere: { path: string; base: string; location: string; reason: 'off-host' | 'metadata' }[] = [];
    for (const [kinds, f, path, notFound] of fetched) {
      const res = f?.response ?? f?.partial;
      if (!res) continue;
      // Which of the files that may be at this path the body is (none: not served).
      const s = res.status >= 200 && res.status < 300 ? kinds.find((k) => (k.html || !looksHtml(res.body)) && matches(k, res.body)) : undefined;
      // Cut short and not (yet) the file: unjudged (counted above), never a pass.
      if (!f?.response && !s) continue;
      // A same-host redirect was followed (`http://` → `https://`, `/.env` → `/login`): its answer is judged. One to
      // another host keeping the path was not: unjudged, never a pass (a redirect to another path, of the same host or
      // a fixed URL elsewhere, is the file not served).
      const base = kinds[0]!.path;
      const to = elsewhereOf(f!, res, base);
      if (to) { elsewhere.push({ path, base, ...to }); unanswered.push([path, `it redirects to ${shownUrl(to.location, queryOf(base))} (${to.reason}), which is not followed`]); continue; }
      // A CDN's bot challenge answered instead of the site: whether the file is served is unknown.
      if (botChallenge(res)) { unanswered.push([path, `answered ${res.status}: a CDN's bot challenge, not the site`]); continue; }
      // A 429 here was answered again after the collector's pauses (Retry-After or a back-off, within one timeout).
      if (res.status === 429) { unanswered.push([path, 'answered 429: rate limited, also when asked again after a pause']); continue; }
      if (GATEWAY_DOWN.has(res.status)) { unanswered.push([path, `answered ${res.status}`]); continue; }
      if (res.status < 200 || res.status >= 300) continue;
      if (!s) {
        if (res.bodyError) unanswered.push([path, res.bodyError]);
        continue;
      }
      const soft404 = notFound?.response ?? notFound?.partial;
      // What a path that cannot exist answers too is the server's catch-all, not the file (also when
      // it echoes the path it was asked for: `error=not_found` / `path=/.env`).
      if (soft404?.body.trim() && withoutPath(res.body, res.url) === withoutPath(soft404.body, soft404.url)) continue;
      // Spring Boot 3 masks every value by default: the names and profiles leak, there is no secret to rotate (high, not critical).
      // Judged on the whole body only: one cut at the 64 KiB cap may hide a plaintext value after masked ones.
      const masked = s.path === '/actuator/env' && !res.truncated && !res.bodyError && maskedEnv(res.body);
      const advice = s.advice ?? (masked ? 'its values are masked (`******`), but it names every property, profile and property source: block it at the web server' : 'block it at the web server and rotate any secret it held');
      const severity = s.severity ?? (masked ? 'high' : undefined);
      // Reached through same-host redirects (an `http://` target's `https://` side): the URL asked first is named too, and
      // the one reached as a redirect URL is printed (no password, no query but the path's own).
      const url = f?.redirectedFrom ? shownUrl(res.url, queryOf(kinds[0]!.path), true) : res.url;
      const where = f?.redirectedFrom ? `${shownUrl(res.url, queryOf(kinds[0]!.path))} (redirected from ${f.redirectedFrom})` : res.url;
      ctx.report({ url, message: `${where} serves ${s.what}; ${advice}`, ...(severity ? { severity } : {}), ...(s.fix ? { fix: s.fix } : {}) });
      served++;
    }
    // A path that could not be fetched (a timeout, a broken response) or was answered without the file being
    // judgeable was not judged: never a pass.
    const notJudged = [...unjudged.map(([, f, path]): [string, string] => [path, `could not be fetched: ${f?.error ?? 'not requested'}`]), ...unanswered.map(([path, why]): [string, string] => [path, `could not be judged: ${why}`])];
    if (notJudged.length && !served && !listed) {
      const several = notJudged.length > 1;
      // Redirected to another host: where it leads is what to probe (a metadata address never is: the redirect is wrong).
      if (elsewhere.length === notJudged.length && several) {
        // Every unjudged path only redirected elsewhere (an `http://` target sending each path to another host): said once.
        const to = elsewhere[0]!;
        const which = elsewhere.length === fetched.length ? `every path asked (${fetched.length})` : elsewhere.map((e) => e.path).join(', ');
        ctx.error(`${obs.url} redirects ${which} to another host, which is not followed (${to.path} to ${shownUrl(to.location, queryOf(to.base))}, …), so whether the files are served there is unknown${elsewhereAdvice(to)}`);
        return;
      }
      // The advice of the path whose reason is given (not another's, answered 429 or 502).
      const to = elsewhere.find((e) => e.path === notJudged[0]![0]);
      ctx.error(`${notJudged.map(([p]) => p).join(', ')} ${notJudged[0]![1].replace(/: /, ' (')}${several ? ', …' : ''}), so whether ${several ? 'they are' : 'it is'} served is unknown${to ? elsewhereAdvice(to) : ''}`);
      return;
    }
    // Each origin that refused paths is named: the target's URL, or the origin a redirect led to (its `https://` side).
    const refusers = new Map<string, string[]>();
    for (const [, f, path] of dropped) {
      const origin = originAt(f!.url);
      const at = origin === originAt(obs.url) ? obs.url : origin;
      refusers.set(at, [...(refusers.get(at) ?? []), path]);
    }
    for (const [at, paths] of refusers) {
      ctx.report({ note: true, url: at, message: `${at} closed the connection without an answer for ${paths.join(', ')} (refused, like nginx \`return 444\`): not served` });
    }
  },
});
