import { z } from 'zod';
import type { RawFinding } from '../checks/define.js';
import { defineProbe } from './define.js';
import { CORS_ALLOW_LIST, CORS_ALLOW_LIST_UNDER_HEADING, CORS_ANY_ORIGIN, CORS_CONFIGURED_PROPERLY, CORS_NOT_PERMISSIVE, CORS_NOT_REFLECTED, CORS_SAFEGUARD, CORS_WAIVER, CORS_WILDCARD_UNDER_HEADING } from '../checklist/phrases.js';
import type { Fetched } from './observation.js';
import { botChallenge, CHALLENGE_ADVICE, CLIENT_CERT_ADVICE, clientCertWall, clip, describeStop, FOREIGN_ORIGIN, GATEWAY_DOWN, gatewayDown, header } from './util.js';

type Trick = 'suffix' | 'prefix';
/** What a reflected crafted origin says of the allow-list. */
const TRICKS: Record<Trick, string> = {
  suffix: "the site's host followed by a foreign domain: the allow-list matches the start of the origin (a regex without its `$`, a startsWith or substring test)",
  prefix: "a foreign name ending in the site's domain: the allow-list matches the end of the origin with no dot before the domain (endsWith, a regex without `^` or `\\.`, a substring test)",
};

/** A foreign Origin must not be granted credentialed access. */
export const corsPolicy = defineProbe({
  id: 'cors-policy',
  title: 'CORS does not trust arbitrary origins',
  // The allow-list, and a grant of any origin: "CORS allows all origins (public API, no cookies)" ("No wildcard CORS" is the promise).
  safeguard: CORS_SAFEGUARD,
  waiver: CORS_WAIVER,
  severity: 'high',
  description: 'A foreign Origin (GET and preflight) is not reflected; `null`/reflected with credentials is critical.',
  match: [
    {
      ...CORS_ANY_ORIGIN,
      note: 'a promise that CORS does not allow any origin: the probe sends a foreign Origin',
    },
    { ...CORS_WILDCARD_UNDER_HEADING, note: 'wildcard under a CORS heading' },
    { ...CORS_ALLOW_LIST, note: 'a promise that CORS allows only the origins it names: the probe sends a foreign Origin' },
    { ...CORS_ALLOW_LIST_UNDER_HEADING, note: 'allowed origins named under a CORS heading' },
    { ...CORS_CONFIGURED_PROPERLY, note: 'CORS said to be properly configured or locked down: the probe sends a foreign Origin' },
    { ...CORS_NOT_REFLECTED, note: 'a promise that a foreign origin is not echoed: the probe sends one' },
    { ...CORS_NOT_PERMISSIVE, note: 'a promise that CORS is not permissive or wide open: the probe sends a foreign Origin' },
  ],
  docs: {
    why: 'A server that reflects any Origin with credentials lets every website read its users\' data with their cookies.',
    fix: 'Allow-list the exact origins that need access; never echo the request Origin, never allow `null`.',
    details: [
      `Five requests to the target (four for an IPv4 address, three for IPv6): GET and an OPTIONS preflight with \`Origin: ${FOREIGN_ORIGIN}\`, GET with`,
      '`Origin: null` (sandboxed iframes and local files send it), and two GETs with origins made from the target\'s host (the site\'s name when a `Host` header names it for the address), for allow-lists',
      'that match by prefix, suffix or substring (CORS scanners\' bypass origins): the host followed by a foreign domain',
      '(`https://app.example.com.preflight-probe.invalid`: a regex without its `$`, `startsWith`) and a foreign name ending in the',
      'site\'s domain (`https://preflight-probe-example.com`: `endsWith(\'example.com\')`, a regex without `^` or a dot before the domain; the domain is',
      'the host\'s last two labels, three under `co.uk`-style suffixes (a heuristic, not the Public Suffix List), so not one of the site\'s own sub-domains; an IPv4 address gets the first only, an IPv6 address neither).',
      'A crafted origin reflected is judged like the foreign one (`critical` with credentials, else `high`) and named in the message; when the',
      'foreign origin is reflected too (by the GET, or by a 2xx preflight when the GET got no answer), "reflects any Origin" says it all, unless only the crafted one gets credentials. A 502/503/504 answer (a gateway whose application did not answer) counts as no answer, and so does a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`). A preflight that does not answer 2xx is not judged',
      '(browsers act on none other); a request that got no answer is named in a note when the others pass. A same-host redirect',
      'that grants nothing itself (no `Access-Control-Allow-Origin`) is followed, up to 5 hops, with the same request: another site can call the',
      'URL it points to directly, so that answer is judged and named. The foreign origin or `null` reflected in',
      '`Access-Control-Allow-Origin` with `Access-Control-Allow-Credentials: true` is `critical`; either reflected without',
      'credentials (or with another value such as `True`: browsers honour exactly `true` only) is `high` (any site reads the responses — any site can give a sandboxed iframe the `null` origin —',
      'and one flag away from critical; a `null` or echoed origin is never an intended allow-list); `*` is `low` (public',
      'data only: browsers never send credentials to `*`). Judged even behind a login wall: the headers are the finding.',
      'When every answer is a same-host redirect still redirecting after 5 hops (a redirect loop) that granted nothing, the page was never reached: an `error`, not a pass.',
      'When every answer is a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present) granting nothing, the application was never reached: `error: protected`, not a pass.',
    ].join(' '),
  },
  options: z.object({}),
  needs: () => ({ cors: true }),
  evaluate(obs, ctx) {
    const cors = obs.cors;
    if (!cors) { ctx.error('the CORS requests were not made'); return; }
    // Last, the GETs with origins made from the target's host (an allow-list matching by prefix, suffix or substring).
    const all: [string, Fetched | undefined, string, Trick?][] = [
      ['GET', cors.get, cors.origin], ['preflight', cors.preflight, cors.origin], ['GET with Origin: null', cors.nullOrigin, 'null'],
      ...(cors.crafted ?? []).map((c): [string, Fetched | undefined, string, Trick] => [`GET with Origin: ${c.origin}`, c.get, c.origin, c.trick]),
    ];
    // A gateway's error page (502/503/504) is not the application's answer: judged as no answer.
    // …nor is a CDN's bot challenge.
    const answered = all.filter(([, f]) => f?.response && !GATEWAY_DOWN.has(f.response.status) && !botChallenge(f.response));
    const down = all.map(([, f]) => f?.response).find((r) => r && GATEWAY_DOWN.has(r.status));
    const challenged = all.map(([, f]) => f?.response).find((r) => r && botChallenge(r));
    if (!answered.length && challenged) { ctx.error(`${botChallenge(challenged)}; ${CHALLENGE_ADVICE}`); return; }
    if (!answered.length && down) { ctx.error(`${gatewayDown(down)}; probe again when it is up`); return; }
    if (!answered.length) { ctx.error(all.find(([, f]) => f?.error)?.[1]?.error ?? `no response from ${obs.url}`); return; }
    const found = new Map<string, RawFinding>();
    // A server that reflects the unrelated origin reflects the crafted ones too: "reflects any Origin" says it all,
    // unless a crafted origin is also granted credentials the foreign one was not. The GET tells; when it got no
    // answer (a gateway error, a challenge), a 2xx preflight does.
    const foreign = answered.find(([kind]) => kind === 'GET')
      ?? answered.find(([kind, f]) => kind === 'preflight' && f!.response!.status >= 200 && f!.response!.status < 300);
    const reflectsAny = !!foreign && header(foreign[1]!.response!, 'access-control-allow-origin')?.trim() === foreign[2];
    const anyCreds = reflectsAny && header(foreign![1]!.response!, 'access-control-allow-credentials') === 'true';
    for (const [kind, f, origin, trick] of answered) {
      const res = f!.response!;
      // Reached through same-host redirects that granted nothing: the URL that answered is named.
      const where = f!.redirectedFrom ? `${f!.url} (redirected from ${f!.redirectedFrom})` : obs.url;
      // Browsers act on a preflight only when it answers 2xx: a 405 that reflects the origin opens nothing.
      if (kind === 'preflight' && (res.status < 200 || res.status >= 300)) continue;
      const acao = header(res, 'access-control-allow-origin')?.trim();
      if (!acao) continue;
      // Fetch honours credentials only for the exact value `true` (not `True`, not `true, true`).
      const acac = header(res, 'access-control-allow-credentials');
      const creds = acac === 'true';
      const ignored = acac !== undefined && !creds ? `; Access-Control-Allow-Credentials '${clip(acac, 20)}' is not honoured by browsers (only exactly 'true' is), so responses to requests made with cookies stay unreadable` : '';
      let key: string;
      let finding: RawFinding;
      if (trick) {
        // Only a reflection of the crafted origin tells of a loose allow-list (`*` and a fixed origin are judged above);
        // skipped when "reflects any Origin" already says as much (its credentials, or none here).
        if (acao !== origin || (reflectsAny && (anyCreds || !creds))) continue;
        key = `crafted:${origin}:${creds}`;
        const how = TRICKS[trick];
        finding = creds
          ? { severity: 'critical', message: `${where} trusts the crafted Origin ${origin} with Access-Control-Allow-Credentials: true (GET), ${how}; any site that registers such a name can read users' data — compare the Origin with exact origins` }
          : { severity: 'high', message: `${where} reflects the crafted Origin ${origin} in Access-Control-Allow-Origin (GET)${ignored}, ${how}; compare the Origin with exact origins` };
      } else if (acao === origin && origin === 'null') {
        key = `null:${creds}`;
        finding = creds
          ? { severity: 'critical', message: `${where} allows Origin: null with credentials (${kind}); any sandboxed page can read users' data` }
          // Any site can give its page the `null` origin (a sandboxed iframe): as wide as a reflected foreign origin.
          : { severity: 'high', message: `${where} allows Origin: null (${kind})${ignored}; any site can read responses from a sandboxed iframe — never allow null` };
      } else if (acao === origin) {
        key = `reflect:${creds}`;
        finding = creds
          ? { severity: 'critical', message: kind === 'preflight'
            // A preflight grants sending, not reading: the actual response needs its own header to be readable.
            ? `${where} reflects any Origin with Access-Control-Allow-Credentials: true (preflight); any website can send credentialed requests of any method (PUT, DELETE, JSON POST) with its users' cookies, whatever the responses say`
            : `${where} reflects any Origin with Access-Control-Allow-Credentials: true (${kind}); any website can read users' data` }
          : { severity: 'high', message: `${where} reflects any Origin in Access-Control-Allow-Origin (${kind})${ignored}; allow-list the origins that need access` };
      } else if (acao === '*') {
        key = 'star';
        finding = { severity: 'low', message: `${where} sends Access-Control-Allow-Origin: * (${kind}); fine for public data only — allow-list origins otherwise` };
      } else continue;
      if (!found.has(key)) found.set(key, finding);
    }
    // Every answer was a client-certificate wall (nginx's `ssl_verify_client on` 400 page, served before the application
    // runs) that granted nothing: the application's CORS policy was never reached, so no pass. A wall that reflects the
    // Origin is judged above: the headers are the finding, as behind a login wall.
    // Every answer a same-host redirect still redirecting at the hop limit (a loop: Django's SECURE_SSL_REDIRECT behind a
    // proxy that does not pass X-Forwarded-Proto), granting nothing: the page whose CORS policy is judged was never reached.
    const cut = answered.map(([, f]) => f!).filter((f) => f.stopped?.reason === 'limit');
    if (!found.size && cut.length === answered.length) {
      const f = cut[0]!;
      const chain = { start: f.redirectedFrom ?? f.url, hops: [...(f.hops ?? []), f.response!], stopped: f.stopped! };
      ctx.error(`${chain.start} ${describeStop(chain)}, so the page whose CORS policy is judged was not reached; fix the redirects so the page answers`);
      return;
    }
    const walled = answered.map(([, f]) => clientCertWall(f!.response!));
    if (!found.size && walled.every((w) => w !== undefined)) { ctx.error(`protected: ${walled[0]}, so the application's CORS policy was not reached; ${CLIENT_CERT_ADVICE}`); return; }
    for (const f of found.values()) ctx.report(f);
    // A request that got no answer was not judged: said, so a pass is not read as covering it.
    const unanswered = all.filter(([, f]) => f && !f.response && f.error);
    if (unanswered.length && !found.size) {
      ctx.report({ note: true, message: `${obs.url}: the CORS ${unanswered.map(([kind]) => kind).join(' and ')} request${unanswered.length > 1 ? 's' : ''} got no answer (${unanswered[0]![1]!.error}): judged on the other answers only` });
    }
  },
});
