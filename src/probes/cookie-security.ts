import { z } from 'zod';
import { regexEntry } from '../checks/util/option-entry.js';
import { defineProbe } from './define.js';
import type { RawFinding } from '../checks/define.js';
import { SESSION_COOKIE_WORDS } from '../checks/util/text.js';
import { botChallenge, clientCertWall, clip, GATEWAY_DOWN, headerValues, protectedReason, shownUrl, targetResponse } from './util.js';
import type { Observation } from './observation.js';
import { COOKIE_IMPOSSIBLE, COOKIE_NAMED, COOKIE_SAFEGUARD, cookieAttributesOnCookies, cookieAttributesStated } from '../checklist/phrases.js';
import { andList } from '../words.js';

/** A Set-Cookie header's name and attributes (the value is deliberately dropped: it may be a secret). */
export interface CookieAttrs { name: string; attrs: Map<string, string> }

/** Parses a Set-Cookie header, keeping the name and lower-cased attributes, never the value. */
export function parseSetCookie(line: string): CookieAttrs | undefined {
  const [pair, ...rest] = line.split(';');
  const eq = pair!.indexOf('=');
  // No `=`: a nameless cookie whose value is the pair (RFC 6265bis §5.6; browsers store it). Nothing at all: ignored.
  const name = (eq < 0 ? '' : pair!.slice(0, eq)).trim();
  if (!name && !pair!.trim().replace(/^=/, '').trim()) return undefined;
  const attrs = new Map<string, string>();
  for (const a of rest) {
    const i = a.indexOf('=');
    const k = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    if (k) attrs.set(k, i < 0 ? '' : a.slice(i + 1).trim());
  }
  return { name, attrs };
}

/** Default session-like cookie names (case-insensitive regular expressions). */
// CSRF tokens are meant to be read by scripts (double-submit): never demand HttpOnly on them.
const CSRF = /csrf|xsrf/i;
/**
 * Load balancers' sticky-session cookies name a backend, not a user: `heroku-session-affinity` (Heroku's router) matches
 * "sess" but carries no credential, and scripts reading it learn nothing (MDN Observatory exempts it too). Secure and
 * SameSite are still judged.
 */
const AFFINITY = /^heroku-session-affinity$/i;

/**
 * Cookies a load balancer or platform router adds with attributes nobody can configure: sticky-session cookies that name
 * a backend server, not a user (the provider sends a `…CORS`/`…SameSite` twin with `SameSite=None; Secure` for
 * cross-site requests). "Add Secure" is advice the site cannot follow there: what is missing is reported at `low`, said to
 * be the load balancer's, with what can be done about it (turn the stickiness off where the application keeps no
 * per-instance state). Load balancers whose cookie attributes can be configured (HAProxy, F5 BIG-IP, ingress-nginx…)
 * are judged like any cookie.
 */
const LB_COOKIES: readonly { name: RegExp; by: string; fix: string }[] = [
  { name: /^AWSALB(?:CORS)?$/, by: "the AWS Application Load Balancer's duration-based stickiness", fix: 'turn stickiness off on the target group (stickiness.enabled=false)' },
  { name: /^AWSALBAPP(?:-\d+)?$/, by: "the AWS Application Load Balancer's application-based stickiness", fix: 'turn stickiness off on the target group (stickiness.enabled=false)' },
  { name: /^AWSALBTG(?:CORS)?$/, by: "the AWS Application Load Balancer's target group stickiness (weighted forwarding)", fix: "turn target group stickiness off in the listener rule's forward action" },
  { name: /^AWSELB(?:CORS)?$/, by: "the AWS Classic Load Balancer's stickiness", fix: "remove the stickiness policy from the load balancer's listener" },
  { name: /^GCLB$/, by: "Google Cloud Load Balancing's generated-cookie session affinity", fix: "set the backend service's session affinity to NONE" },
  { name: /^ARRAffinity(?:SameSite)?$/, by: "Azure App Service's ARR affinity", fix: "turn Session affinity off in the app's general settings (clientAffinityEnabled: false)" },
  { name: /^ApplicationGatewayAffinity(?:CORS)?$/, by: "Azure Application Gateway's cookie-based affinity", fix: 'turn cookie-based affinity off in its backend settings' },
];

/**
 * Whether the target answered and only a login wall (a 401/407, a redirect to a login/SSO page, a 403 sign-in page) kept
 * the probe from the application: the cookies set on the way are the target's and are judged. Not a bot challenge or a
 * client-certificate wall (the CDN's or the TLS terminator's page, not the target's), a gateway error or a failed request.
 */
function loginWallOnly(obs: Observation): boolean {
  const chain = obs.main;
  const last = chain?.hops.at(-1);
  if (!chain || !last || chain.error || GATEWAY_DOWN.has(last.status) || botChallenge(last) || clientCertWall(last)) return false;
  return protectedReason(chain) !== undefined;
}

/** The cookie attributes the probe judges (option `attributes`). */
export const COOKIE_ATTRIBUTES = ['secure', 'httponly', 'samesite'] as const;
type CookieAttribute = (typeof COOKIE_ATTRIBUTES)[number];

/** Cookies set by the target carry Secure, HttpOnly (session-like names) and a valid SameSite. */
export const cookieSecurity = defineProbe({
  id: 'cookie-security',
  title: 'Cookies are Secure, HttpOnly and SameSite',
  // The cookie attributes: "`SESSION_COOKIE_SECURE` is False for the HTTP-only intranet", "cookies without the Secure flag on the intranet".
  safeguard: COOKIE_SAFEGUARD,
  severity: 'medium',
  description: 'Cookies carry Secure (over HTTPS), HttpOnly (session-like names) and a valid SameSite.',
  match: [
    {
      // cookie-flags catches the setting written as False; only the live cookie shows it is really set.
      // Symfony's `framework.session` keys as written too (`cookie_secure: true`, `cookie_samesite: lax`).
      pattern: /\b(?:session|csrf)_cookie_(?:secure|httponly|samesite)\b|\bcookie_(?:secure|httponly|samesite)\b/,
      // One said impossible ("`SESSION_COOKIE_SECURE` can't be enabled on the intranet") is an opt-out.
      unless: COOKIE_IMPOSSIBLE,
      note: 'a promise about Flask/Django/Symfony cookie settings: the probe reads the session cookie the deployment sets',
    },
    {
      // Quoted as OWASP ASVS V3.4.1–V3.4.3 quote them: "cookie-based session tokens have the 'HttpOnly' attribute set".
      pattern: new RegExp(String.raw`\bsecure cookies?\b|\bcookies?\b[^;]*\b(?:secure|httponly|samesite)["']?(?:,? (?:and )?["']?(?:secure|httponly|samesite)["']?)* (?:flags?|attributes?)\b|\bcookies?${COOKIE_NAMED} (?:are |is )?(?:marked |set |set with |flagged |with (?:the )?(?:(?:attributes?|flags?) )?)?(?:secure|httponly|samesite)\b|\bcookies?${COOKIE_NAMED} (?:uses?|ha(?:ve|s)|carr(?:y|ies)|gets?) (?:the )?(?:secure|httponly|samesite)\b|\bcookies?\b[^;]*\bsamesite ?= ?(?:lax|strict)\b|\b(?:httponly|secure|samesite)(?:,? (?:and )?(?:httponly|secure|samesite)){1,2} (?:(?:session|auth(?:entication)?|login|csrf|remember-me) )?cookies?\b|\b(?:secure|httponly|samesite)(?:,? (?:and |& )?(?:secure|httponly|samesite))* (?:flags?|attributes?) (?:on|for|of|in) (?:all |every |the |our |session )*cookies?\b`),
      // Cookies of a mobile app's WebView are not the deployment's.
      unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b|_cookie_/.source}|${COOKIE_IMPOSSIBLE.source}`),
      note: 'a promise that cookies carry Secure/HttpOnly/SameSite: the probe reads Set-Cookie',
    },
    {
      // The attributes listed on cookies, however joined or labelled: "Cookies: Secure + HttpOnly + SameSite on session cookies".
      pattern: cookieAttributesOnCookies(String.raw`secure|http[ _-]?only|same[ _-]?site`),
      unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/.source}|${COOKIE_IMPOSSIBLE.source}`),
      note: 'Secure/HttpOnly/SameSite listed on cookies: the probe reads Set-Cookie',
    },
    {
      // The attributes stated of the cookie in any order, each with its verb: "Session cookie uses `same_site` and is `secure`".
      pattern: cookieAttributesStated(String.raw`secure|(?:[a-z\d]+_)*http[ _-]?only|(?:[a-z\d]+_)*same[ _-]?site`),
      unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/.source}|${COOKIE_IMPOSSIBLE.source}`),
      note: 'a promise that cookies carry Secure/HttpOnly/SameSite: the probe reads Set-Cookie',
    },
    {
      // express-session's options as written ("Session cookie has `secure: true` and `httpOnly: true`", Laravel's `'http_only' => true`).
      pattern: /\b(?:cookies?|session)\b[^;]*\b(?:secure|http[ _-]?only)["']? ?(?:[:=]|=>) ?true\b/,
      // A session store's TLS (`secure: true` to Redis) is not the cookie's.
      unless: /\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android|redis|memcached|database|db)\b|\bsession (?:stores?|storage|cache|tables?)\b|\b(?:not|never|no)\b/,
      note: 'a promise that cookies are configured Secure/HttpOnly: the probe reads Set-Cookie',
    },
  ],
  docs: {
    why: 'A session cookie without Secure leaks over plain HTTP, without HttpOnly it is readable by injected scripts, and without SameSite it rides along on cross-site requests.',
    fix: 'Set session cookies with `Secure; HttpOnly; SameSite=Lax` (or Strict).',
    details: [
      'Every Set-Cookie on the target\'s same-host redirect chain is judged (deletions — Max-Age ≤ 0 or an Expires',
      'in the past, a Max-Age that is not an integer being ignored as browsers do — are skipped). Over HTTPS each cookie needs `Secure`; session-like names (option',
      '`session-patterns`, case-insensitive regular expressions that replace the default — sess, sid, auth (also `CF_Authorization`), token, jwt, remember,',
      'login, user_id, identity, and the login cookies of ASP.NET (`.AspNetCore.Identity.Application`, `.AspNetCore.Cookies`, `.ASPXAUTH`),',
      'oauth2-proxy (`_oauth2_proxy`), Pomerium (`_pomerium`) and WordPress (`wordpress_<hash>`, `wordpress_sec_<hash>`, `wordpress_logged_in_<hash>`); at least one) need `HttpOnly`, except CSRF tokens, which scripts must read, and Heroku\'s router affinity cookie',
      '(`heroku-session-affinity`, which names a backend, not a user); every cookie needs',
      '`SameSite=Strict|Lax|None`, and `None` requires `Secure`. A cookie set again (a later hop, a later',
      'Set-Cookie of the same response, another `Path`) is judged again: one finding per offending Set-Cookie (the',
      'same finding once); values are never shown. An `https://` target whose chain drops to plain `http://` on',
      'the same host still needs `Secure` on the cookies set there.',
      'A load balancer\'s sticky-session cookie whose attributes cannot be configured (AWS ALB `AWSALB`, `AWSALBAPP-*`, `AWSALBTG`,',
      'Classic ELB `AWSELB`, their `…CORS` twins, Google Cloud `GCLB`, Azure App Service `ARRAffinity`/`ARRAffinitySameSite`,',
      'Azure Application Gateway `ApplicationGatewayAffinity`) is judged too, but what it lacks is `low` (it names a backend server, not a user;',
      'MDN Observatory judges it like any cookie) and the message names the load balancer and what can be done there:',
      'turn the stickiness off where the application keeps no per-instance state; load balancers whose cookie attributes can be set',
      '(HAProxy, F5 BIG-IP, ingress-nginx) are judged like the application\'s cookies.',
      'Option `attributes` (default `["secure", "httponly", "samesite"]`) limits the judgement to the attributes an item promises: a Markdown item that names only some of them ("Session cookies are HttpOnly", "Secure and HttpOnly flags on cookies", "Session cookies are Secure" with a capital S: in lower case "secure" may mean safe, every attribute) is bound with those.',
      'A login wall (a 401, a redirect to a login page, a 403 sign-in page) makes the item `error: protected` (DESIGN.md: the login page is not judged; give headers to reach the application): the cookies the target sets on its way there — on the same-host redirects and on the login page or 401 itself — are read all the same, and the error names the first two that lack an attribute (a pre-login session cookie without Secure or HttpOnly), or says they were well flagged. So is a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present); a 502, 503 or 504 answer (a gateway whose application did not answer) is an `error`, and so is a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`).',
      'A target that sets no cookie on GET (also one whose Set-Cookie headers only delete cookies) leaves nothing to judge: the item is `skipped` (cookies set only after a login or a form post are not seen; headers that reach a page that sets them let the probe judge them).',
    ].join(' '),
  },
  options: z.object({
    // At least one: an empty list would demand HttpOnly of no cookie (an item about HttpOnly alone would judge nothing).
    'session-patterns': z.array(regexEntry('a regular expression for session-like cookie names (`^sid$`)')).min(1).default([...SESSION_COOKIE_WORDS]),
    attributes: z.array(z.enum(COOKIE_ATTRIBUTES)).min(1).default([...COOKIE_ATTRIBUTES]),
  }),
  needs: () => ({ main: true }),
  evaluate(obs, ctx) {
    // A login wall (a 401, a redirect to a login page, a 403 sign-in page) is the outcome (`error: protected`, with its
    // advice); the cookies the target did set on the way (a pre-login session cookie, the login form's CSRF cookie) are
    // read so that the error can say what they showed.
    let wall: string | undefined;
    if (!targetResponse(obs, { ...ctx, error: (reason) => { wall = reason; } }, true) && (wall === undefined || !loginWallOnly(obs))) {
      ctx.error(wall ?? `no response from ${obs.url}`);
      return;
    }
    // Validated by the options schema: every pattern compiles.
    const patterns = ctx.options['session-patterns'].map((p) => new RegExp(p, 'i'));
    // The attributes the item promises (all three unless it names fewer: "Cookies are marked HttpOnly").
    const want = new Set<CookieAttribute>(ctx.options.attributes);
    const host = new URL(obs.url).hostname;
    // An https:// target whose chain drops to plain HTTP still sends its users' cookies there: Secure is required.
    const httpsTarget = obs.url.toLowerCase().startsWith('https:');
    const now = Date.parse(obs.at);
    let cookies = 0;
    // Set-Cookie lines that only delete a cookie: they set none.
    let deletions = 0;
    // Every Set-Cookie counts (a later one replaces an earlier one of the same name, and another Path is
    // another cookie); the same finding twice (the same cookie set again) is reported once.
    const reported = new Set<string>();
    // The load balancers' own cookies, reported after the application's (whose fix is the one to read first).
    const platform: RawFinding[] = [];
    for (const [i, hop] of obs.main!.hops.entries()) {
      const https = hop.url.startsWith('https:');
      if (new URL(hop.url).hostname !== host) continue;
      // A URL a redirect named is shown without its query (a login page's `?next=…`, a token).
      const at = i ? shownUrl(hop.url, '', true) : hop.url;
      for (const line of headerValues(hop, 'set-cookie')) {
        const c = parseSetCookie(line);
        if (!c) continue;
        // A Max-Age that is not an integer is ignored, as browsers do (RFC 6265 §5.2.2): Expires decides then.
        const maxAge = c.attrs.get('max-age');
        const validMaxAge = maxAge !== undefined && /^-?\d+$/.test(maxAge) ? maxAge : undefined;
        const expires = c.attrs.get('expires');
        // A deletion (RFC 6265 §5.3: Max-Age, when present, wins over Expires).
        if (validMaxAge !== undefined ? Number(validMaxAge) <= 0 : expires !== undefined && Date.parse(expires) < now) { deletions++; continue; }
        cookies++;
        const problems: string[] = [];
        const secure = c.attrs.has('secure');
        if (want.has('secure') && (https || httpsTarget) && !secure) problems.push('Secure');
        if (want.has('httponly') && !c.attrs.has('httponly') && !CSRF.test(c.name) && !AFFINITY.test(c.name) && patterns.some((p) => p.test(c.name))) problems.push('HttpOnly');
        const sameSite = c.attrs.get('samesite')?.toLowerCase();
        if (!want.has('samesite')) { /* not promised */ }
        else if (!sameSite || !['strict', 'lax', 'none'].includes(sameSite)) problems.push('a valid SameSite');
        else if (sameSite === 'none' && !secure) {
          // One problem, said once: over HTTPS Secure is already missing; SameSite=None requires it anyway.
          const i = problems.indexOf('Secure');
          if (i >= 0) problems[i] = 'Secure (required by SameSite=None)';
          else problems.push('Secure (required by SameSite=None)');
        }
        if (problems.length) {
          const add = [...new Set(problems.map((p) => p.replace(/^a valid /, '').replace(/ \(.*$/, '')))];
          // A cookie on another path is another cookie: its path tells the two apart.
          const path = c.attrs.get('path');
          const which = `${c.name ? `cookie '${c.name}'` : 'a nameless cookie (no name=value: browsers store its value)'}${path && path !== '/' ? ` (Path=${clip(path, 60)})` : ''}`;
          const where = !https && httpsTarget ? ` over plain HTTP (by ${at}, after the https:// target redirected there)` : '';
          // A list each item of which reads on its own: "without Secure and without a valid SameSite".
          const without = problems.map((p) => `without ${p}`);
          const list = andList(without);
          const lb = LB_COOKIES.find((l) => l.name.test(c.name));
          const message = lb
            ? `${which} is set${where} ${list} by the load balancer (${lb.by}), which does not let its attributes be configured; it names a backend server, not a user: where the application keeps no per-instance state, ${lb.fix}`
            : `${which} is set${where} ${list}; add ${add.join('; ')}`;
          if (reported.has(message)) continue;
          reported.add(message);
          if (lb) platform.push({ url: at, severity: 'low', message, fix: `The load balancer sets this cookie with attributes nobody can configure: where the application keeps no per-instance state, ${lb.fix}.` });
          else ctx.report({ url: at, message });
        }
      }
    }
    for (const f of platform) ctx.report(f);
    if (wall !== undefined) {
      // DESIGN.md: a login wall makes the cookie probe `error: protected` rather than judging the login page. The cookies
      // set on the way there were read all the same, and the error says what they showed, so that a wall's insecure
      // pre-login cookie is not lost (an error fails the gate at any threshold).
      const seen = [...reported];
      const shown = seen.slice(0, 2).map((m) => m.replace(/; add .*$/, '')).join('; ');
      ctx.error(!cookies ? wall : seen.length
        ? `${wall}; on the way there ${shown}${seen.length > 2 ? ` (and ${seen.length - 2} more)` : ''}`
        : `${wall}; the ${cookies === 1 ? 'cookie' : `${cookies} cookies`} set on the way there ${cookies === 1 ? 'is' : 'are'} well flagged, the application's behind it were not seen`);
      return;
    }
    // Nothing judged is no pass: cookies set only after a login or a POST are not seen by GETs.
    // A response that only deletes cookies (a logout, a cleared session) sets none either.
    if (!cookies && deletions) ctx.skip(`${obs.url} sets no cookie on GET, it only deletes ${deletions === 1 ? 'one' : deletions} (Max-Age ≤ 0 or an Expires in the past); cookies set only after a login or a form post are not seen: give headers that reach a page that sets them`);
    else if (!cookies) ctx.skip(`${obs.url} sets no cookie on GET (cookies set only after a login or a form post are not seen: give headers that reach a page that sets them)`);
  },
});
