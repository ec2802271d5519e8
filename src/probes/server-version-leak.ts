import { z } from 'zod';
import { defineProbe } from './define.js';
import { clip, headerValues } from './util.js';

const HEADERS = ['server', 'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version', 'x-generator', 'x-jenkins'] as const;
/** How the headers are written in messages (HTTP/2 and Node give them lower case). */
const DISPLAY: Record<string, string> = { server: 'Server', 'x-powered-by': 'X-Powered-By', 'x-aspnet-version': 'X-AspNet-Version', 'x-aspnetmvc-version': 'X-AspNetMvc-Version', 'x-generator': 'X-Generator', 'x-jenkins': 'X-Jenkins' };
// "nginx/1.25.3", "PHP/8.2", "Werkzeug/3.0.1 Python/3.11", "Microsoft-IIS/10.0", "4.0.30319".
const VERSION = /\/\s*v?\d|\bv?\d+\.\d+/i;
/** A CMS names its major version after a space: `X-Generator: Drupal 10 (https://www.drupal.org)`. */
const GENERATOR_VERSION = /^[A-Za-z][\w!.-]*\s+v?\d+\b/;
/**
 * An item that promises `X-Powered-By` is not sent at all ("`X-Powered-By` header removed", "Express
 * `app.disable('x-powered-by')`", "Responses don't expose `X-Powered-By: Express`", "No X-Powered-By header"): it binds
 * with `absent: [x-powered-by]`, so the probe fails the header whatever its value. Removal refused ("We don't remove
 * X-Powered-By", "X-Powered-By is not removed") is no promise.
 */
export const X_POWERED_BY_ABSENT = /\bx-powered-by\b(?: headers?)?[^;]*?\b(?<!\b(?:not|never|n't) (?:be |been )?)(?:removed|disabled|hidden|suppressed|stripped|dropped|absent|turned off)\b|\bx-powered-by\b(?: headers?)?(?: is| are)? (?:not|never) (?:sent|set|exposed|present|returned|shown|included|emitted)\b|(?<!\b(?:not|never|n't|don't|do not|won't) )\b(?:remove|removes|disable|disables|hide|hides|suppress|suppresses|strip|strips|drop|drops)\b[^;]*?\bx-powered-by\b|\b(?:no|never|doesn't|don't|do not|does not|not|without)\b (?:(?:send|sends|expose|exposes|return|returns|reveal|reveals|include|includes|emit|emits|set|sets|show|shows|leak|leaks) )?(?:an? |the |any )?x-powered-by\b/;
/** What makes an X-Powered-By item about its version (the first rule) or an upgrade, not the header's absence. */
export const X_POWERED_BY_VERSION_ONLY = /\b(?:versions?|older|newer|below|above|at least|minimum|upgrad\w*|outdated)\b/;

/**
 * Server banners of a CDN or load balancer in front of the site, which the site cannot hide and which
 * name no product version of its own: Edgecast's node id (`ECS (dcb/7F84)`; `ECAcc`, `ECD`, `EOS` for its
 * cache, dynamic and origin-storage nodes), AWS ELB's own pages (`awselb/2.0`), Azure Application Gateway's
 * SKU (`Microsoft-Azure-Application-Gateway/v2`: its tier, not a software version), Fly.io's edge proxy (`Fly/6f5b2b8e2
 * (2024-05-01)`: the build of Fly's proxy, which every app it hosts sends and none can remove). Banners of platforms
 * that name no version at all (`Vercel`, `Netlify`, `cloudflare`, `Google Frontend`, `AmazonS3`) pass anyway.
 */
const PLATFORM_BANNERS = [/^(?:ECS|ECAcc|ECD|EOS) \([a-z]{3}\/[0-9a-f]{1,6}\)$/i, /^awselb\/\d+(?:\.\d+)?$/i, /^Microsoft-Azure-Application-Gateway\/v\d$/i,
  /^Fly\/[0-9a-f]{6,40} \(\d{4}-\d{2}-\d{2}\)$/i];

/** `Server`/`X-Powered-By` and friends do not reveal product versions. */
export const serverVersionLeak = defineProbe({
  id: 'server-version-leak',
  title: 'Server banners hide versions',
  // Hiding the version: "We don't hide the server version" ("Server version is not exposed" is the promise).
  safeguard: /\bhid(?:e|es|den|ing)\b|\bsuppress(?:es|ed|ing)?\b|\bmask(?:s|ed|ing)?\b|\bconceal(?:s|ed|ing)?\b/,
  severity: 'low',
  description: 'Server/X-Powered-By (and X-AspNet-Version…) do not reveal product versions.',
  match: [
    {
      // Versions only: the probe passes `Server: nginx` and `X-Powered-By: Express` by default, so an item that removes or
      // hides the Server header itself ("Server banner hidden") stays manual; X-Powered-By removed is the next rule's.
      // Hidden versions: "Server version is not disclosed", "No version numbers in Server/X-Powered-By
      // headers", "Hide the nginx version", "Server header does not reveal version", "Web server does not expose
      // its version number" (not a `/version` endpoint it serves); nginx's `server_tokens off` sends the name without the version
      // ("server tokens" alone may be API tokens of a server: only with off/disabled/hidden); PHP's `expose_php = Off` leaves the
      // PHP version out of X-Powered-By.
      // "Server banners hide versions" (the check's title), "Nginx hides its version".
      pattern: /\b(?:server|nginx|apache|banners?)\b[^;]*\b(?:hide|hides|conceal|conceals|omit|omits|strip|strips|suppress(?:es)?) (?:the |their |its |all |any )?(?:(?:server|software|product) )?versions?\b|\bserver_tokens\b|\bserver tokens (?:off|disabled|hidden)\b|\bexpose_php ?(?:=|:)? ?["']?(?:off|0|false)\b|\b(?:server|nginx|apache|php|x-powered-by)\b[^;]*\bversions?\b[^;]*\b(?:not|never|hidden|removed|suppressed|off)\b|\b(?:hide|hides|remove|suppress|no|not|never|don't|do not|doesn't|does not|without)\b[^;]*\b(?<!\bapi )versions?\b[^;]*\b(?:server|headers?|banners?|x-powered-by)\b|\b(?:hide|hides|remove|suppress|no|not|never|don't|do not|doesn't|does not|without)\b[^;]*\b(?:server|nginx|apache|php) versions?\b|\b(?:server|nginx|apache|php|x-powered-by)\b[^;]*\b(?:not|never|doesn't|does not|don't|do not|won't)\b (?:reveal|disclose|expose|leak|show|advertise|display|include|contain|send)s? (?:the |its |their |any |a )?(?:(?:server|software|product|nginx|apache|php) )?versions?\b(?! ?(?:endpoints?|routes?|apis?|paths?|files?)\b)/,
      // A minimum version ("nginx version is not older than 1.25.3", "Postgres server version not below 14") is about upgrades.
      unless: /\b(?:older|newer|below|above|at least|minimum|upgrad\w*|outdated|latest|old)\b/,
      note: 'a promise that server versions are not disclosed: the probe reads Server/X-Powered-By',
    },
    {
      // OWASP ASVS V14.3.3: "HTTP headers or any part of the HTTP response do not expose detailed version information of
      // system components".
      pattern: /\b(?:http )?(?:response )?headers?\b[^;]*(?:\b(?:not|never)|n't) (?:expose|reveal|disclose|leak|contain|include)s? (?:any )?(?:detailed )?version (?:information|info|numbers?|details)\b/,
      unless: /\b(?:older|newer|below|above|at least|minimum|upgrad\w*|outdated|latest|old|review\w*|audit\w*|document\w*|monitor\w*)\b/,
      note: 'a promise that response headers disclose no versions: the probe reads Server/X-Powered-By',
    },
    {
      pattern: X_POWERED_BY_ABSENT,
      // An upgrade of the framework is not the header; a version hidden in it ("Hide the version in X-Powered-By") is the rule above's.
      unless: X_POWERED_BY_VERSION_ONLY,
      note: 'a promise that X-Powered-By is not sent: the probe fails the header (option `absent`)',
    },
  ],
  docs: {
    why: 'A version number tells an attacker which known vulnerabilities to try first.',
    fix: 'nginx: `server_tokens off;`; Express: `app.disable("x-powered-by")`; PHP: `expose_php = Off`; remove X-AspNet-Version.',
    details: 'Headers read: `Server`, `X-Powered-By`, `X-AspNet-Version`, `X-AspNetMvc-Version`, `X-Generator` and `X-Jenkins`, on every response of the target\'s redirect chain; a product name alone (`nginx`, `Express`) passes, a version (`nginx/1.25.3`, `PHP/8.2`, and in `X-Generator` a major version after the name: `Drupal 10 (https://www.drupal.org)`) fails. One finding per header value. Option `absent` (headers that must not be sent at all: a checklist item "`X-Powered-By` header removed", "Express `app.disable(\'x-powered-by\')`" or "Responses don\'t expose `X-Powered-By: Express`" binds with `absent: [x-powered-by]`) fails those headers whatever their value; such an item names no other header, so it binds with `headers: [x-powered-by]` too (option `headers`: the headers read, all by default), and a version in the `Server` banner is not its finding. The `Server` banners of a CDN or load balancer that the site cannot hide and that name no version of its software pass: Edgecast\'s node ids (`ECS (dcb/7F84)`, `ECAcc (nyb/1D13)`, `ECD …`, `EOS …`), AWS ELB\'s own pages (`awselb/2.0`), Azure Application Gateway\'s tier (`Microsoft-Azure-Application-Gateway/v2`) and Fly.io\'s edge proxy (`Fly/6f5b2b8e2 (2024-05-01)`: the build of Fly\'s proxy, not of the site\'s software); banners that name no version (`Vercel`, `Netlify`, `cloudflare`, `Google Frontend`, `gws`, `AmazonS3`) pass like any product name.',
  },
  options: z.object({
    absent: z.array(z.enum(HEADERS)).min(1).optional()
      .describe('Headers that must not be sent at all, whatever their value (a checklist item "X-Powered-By header removed" binds with [x-powered-by])'),
    headers: z.array(z.enum(HEADERS)).min(1).default([...HEADERS])
      .describe('The headers read for versions (the `absent` ones are read too): an item about X-Powered-By only binds with [x-powered-by], so the Server banner is not its finding'),
  }),
  needs: () => ({ main: true }),
  evaluate(obs, ctx) {
    const hops = obs.main?.hops ?? [];
    if (!hops.length) { ctx.error(obs.main?.error ?? `no response from ${obs.url}`); return; }
    const seen = new Set<string>();
    const absent = new Set<string>(ctx.options.absent ?? []);
    const read = new Set<string>([...ctx.options.headers, ...absent]);
    for (const res of hops) {
      for (const name of HEADERS) {
        if (!read.has(name)) continue;
        for (const v of headerValues(res, name)) {
          if (absent.has(name)) {
            if (seen.has(`${name}:${v}`)) continue;
            seen.add(`${name}:${v}`);
            ctx.report({ url: res.url, message: `${res.url} sends ${DISPLAY[name] ?? name}: '${clip(v, 80)}'; remove the header` });
            continue;
          }
          if (!(VERSION.test(v) || (name === 'x-generator' && GENERATOR_VERSION.test(v))) || seen.has(`${name}:${v}`) || (name === 'server' && PLATFORM_BANNERS.some((b) => b.test(v)))) continue;
          seen.add(`${name}:${v}`);
          ctx.report({ url: res.url, message: `${res.url} reveals its version in ${DISPLAY[name] ?? name}: '${clip(v, 80)}'; hide it` });
        }
      }
    }
  },
});
