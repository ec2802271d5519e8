import { z } from 'zod';
import { defineProbe } from './define.js';
import type { Observation } from './observation.js';
import { botChallenge, CHALLENGE_ADVICE, failedHopOf, gatewayDown, isMetadataHost, isPlainHttp, isTargetHost, REDIRECTS } from './util.js';
import { HTTP_SCOPE_NARROWER, HTTP_TO_HTTPS_SHORTHAND } from '../checklist/phrases.js';

// The 400 pages of nginx ("The plain HTTP request was sent to HTTPS port"), Apache ("You're speaking plain HTTP to an
// SSL-enabled server port") and Caddy ("Client sent an HTTP request to an HTTPS server").
const TLS_PORT_PAGE = /plain HTTP request was sent to HTTPS port|speaking plain HTTP to an SSL-enabled server port|sent an HTTP request to an HTTPS server/i;

/** A failure of the target's own request after the server answered (the collector's wording): the host is up. */
const TARGET_ANSWERED = /\banswered something that is not valid HTTP\b|\bsent response headers larger than\b|\bsent more than \d+ response header fields\b|\bin the middle of the body\b|\banswered with an interim 100 Continue\b|\bresponse did not complete within\b/;

/**
 * The target's own TLS handshake failing on what the server sent (an alert, such as the `protocol version` one of a server
 * that speaks only TLS 1.0/1.1, bytes that are no TLS record, a version the client will not take): the server answered.
 * A handshake through the proxy (`TLS handshake with the proxy …`) says nothing of the target.
 */
const TLS_ANSWERED = /^TLS handshake with (?!the proxy\b)\S+ failed \((?!no (?:protocols|ciphers) available\b)/i;

/**
 * Whether the target answered, by what the run saw of it: its page (something came back, even unreadable), or its TLS
 * handshakes (the normal one, or the TLS 1.0/1.1 one other probes of the run made, completed; or a handshake failing on
 * what the server sent).
 */
function targetAnswered(obs: Pick<Observation, 'main' | 'tls' | 'legacyTls'>): boolean {
  const { main, tls, legacyTls } = obs;
  if (main === undefined || main.hops?.length || main.error === undefined) return true;
  if (TARGET_ANSWERED.test(main.error) || TLS_ANSWERED.test(main.error)) return true;
  return (tls !== undefined && (!tls.error || TLS_ANSWERED.test(tls.error))) || legacyTls?.accepted === true;
}

/** `host:port` of a URL, the scheme's default port written out (`app.example:443` for `https://app.example/`). */
const hostPort = (u: URL) => `${u.hostname.replace(/\.$/, '')}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`;

/**
 * What says `url`'s `host:port` is a TLS listener: the https:// target's own (`the target's host and port`), or an https://
 * origin the target's redirects reached where a handshake completed; undefined when none does.
 */
function knownTlsListener(obs: Pick<Observation, 'url' | 'redirectTls'>, url: string): string | undefined {
  if (!URL.canParse(url) || !URL.canParse(obs.url)) return undefined;
  const at = hostPort(new URL(url));
  const target = new URL(obs.url);
  if (target.protocol === 'https:' && hostPort(target) === at) return `the https:// target's own host and port`;
  const reached = obs.redirectTls?.find((r) => URL.canParse(r.url) && hostPort(new URL(r.url)) === at && ((r.tls && !r.tls.error) || r.legacyTls?.accepted));
  return reached ? `the host and port of ${new URL(reached.url).origin}, where the target redirects` : undefined;
}

/** The plain-HTTP origin's first hop redirects to https:// on the same host. */
export const httpsRedirect = defineProbe({
  id: 'https-redirect',
  title: 'Plain HTTP redirects to HTTPS',
  // The redirect: "We don't redirect HTTP to HTTPS on the status page", "No HTTPS redirect on the ACME challenge path".
  safeguard: /\bredirect(?:s|ed|ing|ion)?\b|\bsecure_ssl_redirect\b|\b(?:config\.|rails_)?force_ssl\b|\bforce_https\b|\bhttps[- ]only\b/,
  severity: 'high',
  description: 'The first hop from plain HTTP is a redirect to https:// on the same host.',
  match: [
    {
      // Django's `SECURE_SSL_REDIRECT = True` (a `check --deploy` topic), Rails' `config.force_ssl = true` (or
      // `RAILS_FORCE_SSL`), Flask-Talisman's `force_https=True`: the redirect the probe checks. Set to False or
      // removed, the switch promises no redirect.
      pattern: /\b(?:secure_ssl_redirect|(?:config\.|rails_)?force_ssl|force_https)\b(?! ?(?:(?:=|:|is|set|to) ?){0,3}["']?(?:false|0|no|off)\b)(?![^;]*\b(?:removed|unset|deleted|dropped|commented out|disabled)\b)/,
      note: 'Django SECURE_SSL_REDIRECT, Rails force_ssl, Flask-Talisman force_https: the probe checks that plain HTTP redirects to HTTPS',
    },
    {
      // The ingress-nginx annotations set true: "Ingress annotation `nginx.ingress.kubernetes.io/ssl-redirect: \"true\"`",
      // "`force-ssl-redirect: true` on the Ingress", the value quoted or not. Set false or refused, no redirect.
      pattern: /\b(?:force-)?ssl-redirect ?[:=] ?["']?(?:true|yes)\b/,
      clauseUnless: /\b(?:not|no|never|without|removed|unset|deleted|dropped|commented out|disabled)\b|n't\b/,
      // Set false after all in another clause ("`ssl-redirect: \"true\"` breaks the ACME challenge, so it is set to false").
      unless: /\b(?:set|changed|switched|turned|flipped|reverted|kept|left) (?:it |back )?(?:to |at )?["']?false\b|\bbr(?:eaks?|eaking|oke|oken)\b/,
      note: 'the ingress-nginx ssl-redirect annotation set: the probe checks that plain HTTP redirects to HTTPS',
    },
    {
      // OWASP ASVS 4.0.3 V9.1.1: "Verify that TLS is used for all client connectivity, and does not fall back to insecure or
      // unencrypted communications": a client that comes over plain HTTP is sent to HTTPS, which the probe checks.
      pattern: /\b(?:tls|https) is used for all (?:client )?(?:connectivity|connections|communications?)\b[^;]*?(?:\b(?:not|never)|n't) falls? ?back to (?:insecure|unencrypted|plain)/,
      note: 'OWASP ASVS V9.1.1 (TLS for all client connectivity, no fallback): the probe checks that plain HTTP redirects to HTTPS',
    },
    {
      // The redirect must be from HTTP to HTTPS ("to", "→", "->" alike): "Redirect (all) HTTP (traffic) to
      // HTTPS", "Redirect all traffic to HTTPS", "HTTP is redirected to HTTPS", "HTTP → HTTPS redirect",
      // "Redirect (HTTP → HTTPS)", "Redirect from HTTP to HTTPS", "Visiting `http` should redirect to `https`";
      // not "Redirect old URLs to the HTTPS domain".
      // Or plain HTTP answered with a redirect status: "Plain HTTP requests get a 301 to HTTPS", "Requests over plain HTTP receive a
      // 301 redirect to the same URL over HTTPS", "HTTP is redirected to the HTTPS version".
      pattern: /\bhttp(?: traffic| requests?)? (?:gets?|receives?|returns?|answers?(?: with)?|responds? with) (?:an? )?(?:30[1278]|(?:permanent )?redirect)(?: redirect)? to (?:https\b|(?:the |its )?(?:same (?:url|uri|path|page|location|address|host) (?:over|on|via|with|using) https\b|https (?:version|url|uri|site|equivalent|counterpart|location|address|host)\b))|\bredirect(?:s|ed|ing)? (?:all )?(?:plain )?(?:http|web|traffic|requests|http traffic|http requests|web traffic)(?: to | ?(?:→|->|=>) ?)https\b|\b(?:plain )?http(?: traffic| requests?)?,? (?:(?:is|are|always|must be|should be|should|must|will) )?(?:redirects?|redirected|redirecting)(?: to | ?(?:→|->|=>) ?)https\b|\b(?:plain )?http(?: traffic| requests?)?,? (?:(?:is|are|always|must be|should be|should|must|will) )?(?:redirects?|redirected|redirecting) to (?:the |its )?(?:same (?:url|uri|path|page|location|address|host) (?:over|on|via|with|using) https\b|https (?:version|url|uri|site|equivalent|counterpart|location|address|host)\b)|\bhttp(?: to | ?(?:→|->|=>) ?)https\b[^;]*\bredirect|\bredirect[^;]*\bhttp ?(?:→|->|=>) ?https\b|\bredirect(?:s|ion)? from http to https\b|\bhttps[- ]redirect(?:s|ion)?\b(?! (?:urls?|uris?|loops?))/,
      // …and another site's redirect ("HTTPS redirect for the old marketing domain").
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/,
      note: 'a promise that plain HTTP redirects to HTTPS: the probe follows the first hop',
    },
    {
      // Other words for the same redirect: "http:// goes to https:// automatically" (a URL reads as its scheme), "Port 80
      // redirects to 443", "HTTP 301 to HTTPS", "Port 80 only serves the ACME challenge and redirects everything else to
      // HTTPS", "Redirect all other requests to HTTPS".
      pattern: /\bhttp(?: traffic| requests?)? (?:goes|is sent|gets sent|is forwarded|is bounced|bounces) (?:straight )?to https\b|\bport 80\b(?: traffic| requests)?,? (?:(?:is|are|always|only|must be|should|must|will) )?(?:redirects?|redirected|redirecting|forwards?|forwarded)(?: to | ?(?:→|->|=>) ?)(?:port )?(?:443|https)\b|\bhttp (?:30[1278]|redirects?)(?: redirects?)?(?: to | ?(?:→|->|=>) ?)https\b|\bredirect(?:s|ed|ing)? (?:everything|all (?:other |remaining )?(?:traffic|requests)|the rest)(?: else)?(?: to | ?(?:→|->|=>) ?)https\b/,
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/,
      note: 'a promise that plain HTTP redirects to HTTPS: the probe follows the first hop',
    },
    {
      // The shorthand: "HTTP→HTTPS", "HTTP → HTTPS on every public hostname", "Plain HTTP disabled (redirect only)".
      pattern: HTTP_TO_HTTPS_SHORTHAND,
      // Nor one limited to less than the site: "Plain HTTP disabled in dev only", "HTTP disabled for the health check port",
      // "HTTP requests blocked by the WAF for /admin" (see HTTP_SCOPE_NARROWER).
      unless: new RegExp(`${/\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services|api clients?|outbound|webhooks?|callbacks?)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/.source}|${HTTP_SCOPE_NARROWER.source}`),
      note: 'a promise that plain HTTP goes to HTTPS, written as a shorthand: the probe follows the first hop',
    },
    {
      // HTTPS itself forced: "Force HTTPS (redirect)", "HTTPS enforced"; not "Enforce MFA … (https)". Or the
      // item is nothing but the redirect: "Redirect to HTTPS", "HTTPS redirect configured".
      // "Enforce SSL in Production" (Rails guides say SSL for HTTPS) too; not SSL pinning or certificate verification.
      pattern: /\b(?:force[ds]?|forcing|enforce[ds]?|enforcing|enforcement of) (?:the use of )?(?:https\b|ssl\b(?![- \/](?:\/?tls )?(?:pinning|certs?|certificates?|verif\w*|validation|checks?|mode)\b))|\bhttps (?:is |must be |should be )?(?:enforced|forced)\b|\bhttps enforcement\b|^(?:(?:set up|enable|configure|add) )?(?:(?:an |the )?https redirect(?:ion)?(?: (?:is )?(?:enabled|configured|in place|set up|working))?|redirects? to https)(?=$| ?[(.,;:!])/,
      // What HSTS does ("`Strict-Transport-Security` (HSTS) — enforces HTTPS") is the hsts item's explanation, not a redirect.
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:hsts|strict-transport-security)\b(?: header)?(?: \(hsts\))?(?: header)? ?(?:[—–:-] ?|, ?)?(?:which |that |to |it |so browsers )?(?:enforces?|forces?) https\b/,
      note: 'a promise that HTTPS is forced: the probe requires plain HTTP to redirect (or not to answer)',
    },
    {
      // The site over HTTPS only (the item says nothing else: "HTTPS only (no plain HTTP)", "Site served over
      // HTTPS only"), or all traffic over HTTPS ("Use HTTPS everywhere."); not logs, webhooks or URLs "over HTTPS only".
      pattern: /^(?:(?:the )?(?:site|website|web ?app|app|application|api|frontend) (?:is |must be |should be )?(?:served |reachable |available )?(?:over |via |on )?|serve (?:the (?:site|app) )?(?:over )?)?https[- ]only(?=$| ?[(.,;:!]| in production\b)|^(?:use |enforce |serve (?:the (?:site|app) )?(?:over )?)?https everywhere(?=$| ?[(.,;:!])|\b(?:all|public) (?:web |http |external |incoming )?traffic (?:is |goes |must go )?(?:served )?(?:over|via|through) https\b/,
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b/,
      note: 'a promise that the site answers over HTTPS only: the probe fails a plain-HTTP page',
    },
    {
      // The same in other words: "API only accepts HTTPS", "The site accepts HTTPS connections only", "The server accepts
      // connections only over HTTPS" (the clause ends there: "The API only accepts HTTPS URLs for callbacks" is about input),
      // or HTTPS accepted and plain HTTP refused: "Backend accepts HTTPS, refuses plain HTTP", "API accepts HTTPS; plain HTTP
      // is rejected". HTTPS accepted alone says only that HTTPS works ("API accepts HTTPS", "The API accepts HTTPS; plain
      // HTTP stays open for legacy clients"). And plain HTTP redirected with a status in an item that names HTTPS: "API only
      // accepts HTTPS; `http://` requests are redirected with 301", "HTTP requests are redirected with a 301 to the HTTPS site".
      pattern: /^(?:the |our )?(?:site|website|web ?app|app|application|api|server|frontend|backend|service)s? (?:only accepts? (?:only )?https(?: (?:connections?|requests?|traffic))?(?: only)?|accepts? (?:only https(?: (?:connections?|requests?|traffic))?|https(?: (?:connections?|requests?|traffic))? only|(?:connections?|requests?|traffic) (?:only (?:over|via) https|(?:over|via) https only))|accepts? https(?: (?:connections?|requests?|traffic))?(?: ?[,;—–-] (?:and )?| and | \()(?:(?:rejects?|refuses?|blocks?|denies|drops?) (?:all )?(?:plain(?:[- ]text)? |unencrypted |clear-?text |insecure )?http(?: traffic| requests?| connections?)?|(?:all )?(?:plain(?:[- ]text)? |unencrypted |clear-?text |insecure )?http(?: traffic| requests?| connections?)? (?:(?:is|are|gets?) )?(?:rejected|refused|blocked|denied|dropped|disabled|closed|not accepted)))(?=$| ?[().,;:!—–-])|\bhttp(?: traffic| requests?)? (?:(?:is|are|gets?) )?redirected (?:with|via|using|by) (?:an? )?(?:30[1278]|permanent redirect)\b(?=[^]*\bhttps\b)|(?<=\bhttps\b[^]*)\bhttp(?: traffic| requests?)? (?:(?:is|are|gets?) )?redirected (?:with|via|using|by) (?:an? )?(?:30[1278]|permanent redirect)\b/,
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/,
      note: 'a promise that plain HTTP is refused or redirected to HTTPS: the probe follows the first hop',
    },
  ],
  docs: {
    why: 'Users and links that arrive over plain HTTP must be moved to HTTPS before any cookie or page is sent in the clear.',
    fix: 'Answer every plain-HTTP request with a 301/308 to https://<same host><same path>.',
    details: [
      'Only the first hop from the plain-HTTP origin (`--http-url`; default: an `http://` target itself, else the',
      'target host on port 80) is judged,',
      'and it is never followed; it is judged on its status and `Location`, as browsers follow it once its headers are in (a body cut off or still arriving changes nothing, and a redirect\'s body is not read). A redirect to https:// on the same hostname passes (the site\'s name a `Host` header given for the target names is the target\'s hostname too); a redirect to another host first',
      '(then maybe to https) is `low`: the first request still leaves over plain HTTP to a third party. A 200, a',
      'redirect that stays on http://, or one to a location that is no web address (`file:`, `javascript:`, `data:`, `ftp:`, `ws:`: any scheme but http and https), fails. No plain-HTTP listener at all (connection refused) passes with an `info`',
      'note, and so does a listener that closes the connection without any answer, also when asked again on a new connection (nginx `return 444`; a port that speaks only TLS does the same): nothing is served over plain HTTP',
      '(unless the target does not answer either: the host is down, an `error`; a target that answers something that is not valid HTTP, or ends a TLS handshake with an alert of its own, as a server that speaks only TLS 1.0/1.1 does, did answer); a timeout is an `error` (it cannot be told apart from a slow server), and so is a 502, 503 or 504 (a',
      'gateway or proxy answering for an origin it could not reach), a plain-HTTP URL on another port than 80 that answers it speaks TLS (nginx\'s "plain HTTP request was sent to HTTPS port": the URL names the HTTPS listener), a plain-HTTP URL on the https:// target\'s own host and port (or on an https:// origin its redirects reached, where a handshake completed) that drops the connection (a Node, Go or Envoy TLS listener: it is the HTTPS listener, not a `return 444`), or a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`). A same-host redirect from',
      '`https://` back to plain `http://` fails too (`high`, naming the hop, also when that http:// hop does not answer): it sends its users back to plain HTTP;',
      'on an `https://` target\'s own redirects, or later in an `http://` target\'s chain (http:// → https:// → http://: the first hop passes, the chain does not end on HTTPS),',
      'and so do the redirects of the health paths the run fetched (for `health-endpoint` or `wait`), each hop named once.',
    ].join(' '),
  },
  options: z.object({}),
  needs: () => ({ plainHttp: true, main: true }),
  evaluate(obs, ctx) {
    // A redirect chain that reached HTTPS and then (same host) goes back to http:// sends its users, and their cookies, to
    // plain HTTP: on the target's page, or on a health path the run fetched (a framework's trailing-slash redirect behind a
    // proxy it does not trust). The same for an http:// target, whose chain first goes to https:// (the first hop judged
    // below) and may then come back: the scheme the user typed changes nothing of where the site sends its users.
    let downgraded = false;
    const chains = [obs.main, ...Object.values(obs.health ?? {}).map((h) => h.chain)];
    const steps: [string, string, string?][] = [];
    const seen = new Set<string>();
    for (const chain of chains) {
      if (!chain?.hops.length) continue;
      const { hops } = chain;
      // The hops fetched, and the one the chain could not fetch (an http:// origin with no listener still gets the redirect).
      const failedHop = failedHopOf(chain);
      for (const step of [
        ...hops.slice(1).map((hop, i): [string, string, string?] => [hops[i]!.url, hop.url]),
        ...(failedHop ? [[hops.at(-1)!.url, failedHop, chain.error] as [string, string, string?]] : []),
      ]) {
        // The same hop seen by the page's chain and a health path's (the target's path polled) is told once.
        const key = `${step[0]}\0${step[1]}`;
        if (!seen.has(key)) { seen.add(key); steps.push(step); }
      }
    }
    for (const [from, to, failed] of steps) {
      if (!to.startsWith('http:') || !isTargetHost(obs, new URL(to).hostname) || !from.startsWith('https:')) continue;
      downgraded = true;
      ctx.report({ url: from, message: `${from} redirects to ${to}, leaving HTTPS for plain HTTP${failed ? ` (which did not answer: ${failed})` : ''}; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)` });
    }
    // Could not judge the plain-HTTP origin: an error, unless the downgrade already fails the item.
    const fail = (reason: string) => { if (!downgraded) ctx.error(reason); };
    const p = obs.plainHttp;
    if (!p) { fail('the plain-HTTP origin was not fetched'); return; }
    const url = p.url;
    // An http:// target's own page (not another origin's first hop).
    const targetItself = isPlainHttp(obs) && URL.canParse(url) && new URL(obs.url).origin === new URL(url).origin;
    // A first hop whose answer broke off mid-body (or was still arriving at the timeout) is judged on its status and headers
    // (what arrived): whether it redirects, and where, is known before its body, as browsers know it. The same for an
    // http:// target's own page as for the plain-HTTP origin of an https:// target (`--http-url`): which flag named the
    // URL changes nothing of what it answered.
    const res = p.response ?? p.partial;
    if (!res) {
      // Refused by the proxy (HTTP_PROXY) says nothing about the listener: the probe could not run.
      // An http:// target refusing connections is the target down, not a site without plain HTTP.
      // The target itself not answering either (the host is down): a refused port 80 says nothing then. A target that
      // answered something unreadable (not valid HTTP, headers too large, a body cut off) is up: it did answer. So is one
      // whose TLS handshake failed on what it sent (a server that speaks only TLS 1.0/1.1 alerts `protocol version`), or
      // that completed a handshake other probes of the run made (the legacy one of tls-version and certificate).
      const targetDown = !targetAnswered(obs);
      // A listener that takes the request and closes (or resets) the connection without any answer, on a new connection
      // too (nginx `return 444`, a port that speaks only TLS): nothing is served over plain HTTP, as with no listener.
      const refused = p.error?.startsWith('connection refused') === true;
      const dropped = p.dropped === true && !refused;
      if (targetDown && (refused || dropped) && !targetItself) { fail(`${p.error}, and the target did not answer either (${obs.main!.error}): whether plain HTTP redirects to https:// could not be judged`); return; }
      // The URL names a listener known to speak TLS (the https:// target's own host and port, or an https:// origin its
      // redirects reached): a TLS server (Node, Go, Envoy) drops plain bytes as nginx's `return 444` does, so the
      // plain-HTTP listener was never reached. An error, as nginx's 400 on its TLS port is.
      const tlsListener = dropped && !p.proxyFailed && !targetItself ? knownTlsListener(obs, url) : undefined;
      if (tlsListener) { fail(`${url} is the HTTPS listener (${tlsListener}: it drops plain HTTP), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP one with --http-url (probes.http-url)`); return; }
      if ((refused || dropped) && !p.proxyFailed && !targetItself) {
        // A URL naming another port than 80 may name the HTTPS listener by mistake (a TLS server drops plain bytes).
        const tlsHint = URL.canParse(url) && new URL(url).port !== '' ? ` (if that port is the HTTPS listener, which drops plain HTTP too, name the plain-HTTP one with --http-url or probes.http-url)` : '';
        ctx.report({
          url, note: true,
          message: refused ? `no plain-HTTP listener at ${url} (${p.error}): nothing to redirect`
            : `${url} closes connections without answering (as nginx \`return 444\` does; asked twice, the second time on a new connection): nothing is served over plain HTTP, so there is nothing to redirect${tlsHint}`,
        });
      } else fail(p.error ?? `no response from ${url}`);
      return;
    }
    // A gateway's (or an HTTP proxy's) error page: the plain-HTTP origin itself did not answer.
    const down = gatewayDown(res);
    if (down) { fail(`${down}; whether plain HTTP redirects to https:// could not be judged`); return; }
    const challenge = botChallenge(res);
    if (challenge) { fail(`${challenge}; whether plain HTTP redirects to https:// could not be judged: ${CHALLENGE_ADVICE}`); return; }
    const location = res.headers.location?.[0];
    if (!REDIRECTS.has(res.status) || !location) {
      // nginx, Apache and Caddy answer plain HTTP on a TLS port with a 400 that says so: the URL names the HTTPS listener.
      const tlsPort = res.status === 400 && TLS_PORT_PAGE.test(res.body);
      // A URL naming another port than 80 (`--http-url http://host:8443/`, an http:// target on the TLS port) names the
      // HTTPS listener by mistake: the plain-HTTP listener was not reached, so nothing was judged. Port 80 itself
      // speaking TLS is what users typing the bare name get: a failure.
      if (tlsPort && URL.canParse(url) && new URL(url).port !== '') {
        fail(`${url} speaks TLS (its page says so: plain HTTP was sent to an HTTPS port), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP listener with ${obs.url.toLowerCase().startsWith('http:') ? 'an https:// target URL (the http:// one names the TLS port)' : '--http-url (probes.http-url)'}`);
        return;
      }
      ctx.report({ url, message: `${url} answered HTTP ${res.status} over plain HTTP instead of redirecting to https://${tlsPort ? ` (its page says this port speaks TLS: name the plain-HTTP listener with ${obs.url.toLowerCase().startsWith('http:') ? 'the target URL' : '--http-url (probes.http-url)'})` : ''}` });
      return;
    }
    let next: URL;
    try { next = new URL(location, url); } catch {
      ctx.report({ url, message: `${url} redirects to an unparsable location; redirect to https:// on the same host` });
      return;
    }
    const host = new URL(url).hostname;
    // A location that is no web address (`file:`, `javascript:`, `data:`, `ftp:`) names no host to redirect to: it is not a
    // detour through another host but no redirect to HTTPS at all, as an unparsable one is (its scheme only is named).
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      ctx.report({ url, message: `${url} redirects to a location with the ${next.protocol} scheme, which is not a web address; redirect to https://${host}` });
      return;
    }
    // The site's own name (a `Host` header given for the target's address) is the target's host too.
    const sameHost = next.hostname === host || (isTargetHost(obs, host) && isTargetHost(obs, next.hostname));
    if (!sameHost || isMetadataHost(next.hostname)) {
      // Still `low` (the first hop only is judged), but a hop to another host over http:// keeps the user on plain
      // HTTP (http://example.com → http://www.example.com): said, so it is not read as a detour through HTTPS.
      const plainHop = next.protocol === 'http:' ? `, still over plain HTTP: ${next.origin}` : '';
      ctx.report({ url, severity: 'low', message: `${url} first redirects to another host (${next.host}${plainHop}); redirect to https://${host} first` });
    } else if (next.protocol !== 'https:') {
      ctx.report({ url, message: `${url} redirects to ${next.protocol}//${next.host}${next.pathname}, not to https://; redirect to https://${host}` });
    }
  },
});
