import { z } from 'zod';
import { defineProbe } from './define.js';
import { botChallenge, CHALLENGE_ADVICE, clientCertPage, describeStop, failedHopOf, originPath, protectedAdvice, protectedReason, REDIRECTS, shownUrl } from './util.js';
import type { Chain } from './observation.js';

/**
 * A stated path said not to answer, or an endpoint removed or moved ("`/ping` no longer returns 200 — moved to `/up`",
 * "`/status` does not return 200 as the health check any more", "`/legacy/status` returns 200 — decommissioned health
 * check") or said not to be the health check ("`/up` returns 200, but it is not our health check", "Sidekiq `/sidekiq`
 * returns 200 behind basic auth — not a health check", "`/healthz` returns 200; `/ping` no longer does"): the paths it names are no promise, and every path an item names
 * becomes the probe's `paths`. An error refused is the promise ("`/healthz` never returns 500").
 */
const NOT_THE_HEALTH_PATH = /(?:\b(?:no longer|not|never|stopped|ceased to)|n't)(?: (?:be|been|always|actually|really|yet))? (?:returns?|answers?|responds?|gives?|serves?)\b(?! (?:with )?(?:an? )?(?:http )?(?:[45]\d\d|[45]xx|errors?)\b)|\b(?:no longer|decommission\w*|deprecated|retired|obsolete|defunct|sunset|moved (?:to|from)|replaced (?:by|with))\b|(?:\bnot|n't) (?:(?:used|meant|intended) as |(?:a|the|our|any) )(?:\w+ )?health ?-?checks?\b|(?<!\b(?:not|never|isn't|aren't) )\bbehind (?:basic |http )?auth\w*/;

/**
 * Where an answer's body breaks a `body` expectation, as the rest of a sentence; undefined when it keeps it. A JSON object
 * expected (`{"status": "ok"}`) must be in a JSON body: each of its members present with the same value (other members,
 * spacing and key order free); any other text must be in the body as written.
 */
export function bodyMismatch(expected: string, body: string): string | undefined {
  let want: unknown;
  try { want = JSON.parse(expected); } catch { want = undefined; }
  if (want === null || typeof want !== 'object' || Array.isArray(want)) return body.includes(expected) ? undefined : `does not contain ${expected}`;
  let got: unknown;
  try { got = JSON.parse(body); } catch { return 'is not JSON'; }
  const shown = (v: unknown) => { const t = JSON.stringify(v); return t !== undefined && t.length <= 40 ? t : typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'an array' : 'an object') : 'another value'; };
  // Depth-first over what is expected (bounded by its own size); the first member that differs is named.
  const walk = (w: unknown, g: unknown, at: string[]): string | undefined => {
    if (w !== null && typeof w === 'object' && !Array.isArray(w)) {
      if (g === null || typeof g !== 'object' || Array.isArray(g)) return at.length ? `has ${at.join('.')} = ${shown(g)}, not an object` : 'is not a JSON object';
      for (const [k, v] of Object.entries(w)) {
        if (!Object.hasOwn(g, k)) return `has no ${[...at, k].join('.')}`;
        const why = walk(v, (g as Record<string, unknown>)[k], [...at, k]);
        if (why) return why;
      }
      return undefined;
    }
    return JSON.stringify(w) === JSON.stringify(g) ? undefined : `has ${at.join('.')} = ${shown(g)}, not ${shown(w)}`;
  };
  return walk(want, got, []);
}

/** Each health path answers 2xx to GET within the timeout (polling until `wait` runs out). */
export const healthEndpoint = defineProbe({
  id: 'health-endpoint',
  title: 'Health endpoint answers',
  // The endpoint: "We don't expose a health endpoint on the worker", "No `/healthz` on the cron runner".
  safeguard: /\bhealth ?(?:check )?(?:endpoints?|routes?|urls?|paths?|pages?)\b|\/(?:[\w.-]+\/)*(?:health\w*|livez|readyz)\b/,
  severity: 'critical',
  description: 'Each health path answers 2xx to GET (polled until `wait` runs out).',
  match: [
    {
      // "`/healthz` returns 200", "/api/health answers 200 after deploy", "Hit /healthz and confirm 200": a stated
      // health path and the answer it must give (the path becomes the probe's `paths`).
      // Readiness and liveness paths too ("`/ready` returns 200", "`/live`", "`/ping`"). Green is healthy ("`/healthz` is green").
      // A segment after the health one counts too ("`/health/ready` returns 200", "`/health/detailed/` retorna 200").
      pattern: /(?:^|\s)\/(?:[\w.-]+\/)*(?:health\w*|livez|readyz|ready|readiness|live|liveness|alive|ping)(?:\/[\w.-]+)*\/?(?=$|[\s,;:])[^;]*\b(?:200|2xx|ok|healthy|(?:is|are|stays?|remains?) green)\b/,
      // A HEALTHCHECK in the Dockerfile ("Dockerfile HEALTHCHECK hits the /health endpoint") is the image's, not the deployment's answer.
      // A word inside a URL path (`/health/db`, `/health/redis`) names the endpoint, not what it does.
      // A load balancer's own health check ("The load balancer health check hits `/healthz` and expects 200") is another
      // system's request, inside the network, as in the rule below.
      unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:database|db|dependenc\w*|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b|\b(?:only (?:reachable|accessible|available|exposed|served|open) (?:from|within|inside|on|via|to|in)|(?<!\b(?:not|never|n't) )requires? (?:an? )?(?:auth\w*|tokens?|login|credentials?|api keys?)|(?<!\b(?:not|never|isn't|aren't) )behind (?:auth\w*|(?:the |a )?vpn|(?:the |a )?login)|remov\w*|public router|vpc|allow-?list\w*|ip (?:allow|white)list\w*)\b|\b(?:load ?balancers?|alb|elb|nlb|lb)(?:'s)? health ?-?checks?\b|\btarget groups?\b/.source}`),
      note: 'a stated health path that must answer: the probe GETs it',
    },
    {
      // The same promise with no status written: "`/health` or `/api/health` responds", "`/healthz` answers", "`/readyz`
      // replies", "`/up` is up" (the paths become the probe's `paths`; alternatives `require: any`). The verb ends what is
      // said of the path, or a remark follows it ("after deploy", "(no auth)"): an answer that is not 2xx ("responds with
      // 503 when the DB is down"), one of another kind ("answers with the build SHA") or a speed ("responds in under
      // 500 ms", the response-time rule's; "responds quickly") is another promise, and an item naming two kinds of path
      // ("`/healthz` is up and `/metrics` responds") is not only about its health path.
      pattern: /(?:^|\s)(?:\/(?:[\w.-]+\/)*(?:health\w*|livez|readyz|ready|readiness|live|liveness|alive|ping)(?:\/[\w.-]+)*|\/up)\/?(?=$|[\s,;:])[^;]*?\b(?:respond(?:s|ing)?|answer(?:s|ing)?|repl(?:y|ies|ying)|(?:is|are|stays?|remains?) up)\b(?! (?:with|by|slow\w*|fast\w*|quick\w*|too|in under|in less|within|under|below|to (?!(?:get|head|http|https|(?:every |all |any |unauthenticated |anonymous |plain )?(?:requests?|probes?|pings?|calls?))\b))\b)(?!-)/,
      unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:replac\w*|database|db|dependenc\w*|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b|\b(?:only (?:reachable|accessible|available|exposed|served|open) (?:from|within|inside|on|via|to|in)|(?<!\b(?:not|never|n't) )requires? (?:an? )?(?:auth\w*|tokens?|login|credentials?|api keys?)|(?<!\b(?:not|never|isn't|aren't) )behind (?:auth\w*|(?:the |a )?vpn|(?:the |a )?login)|remov\w*|public router|vpc|allow-?list\w*|ip (?:allow|white)list\w*)\b|\b(?:load ?balancers?|alb|elb|nlb|lb)(?:'s)? health ?-?checks?\b|\btarget groups?\b|\b(?:[1345]\d\d|[1345]xx|errors?|unhealthy|down|slow\w*|latency|p\d{2,3})\b|\d ?(?:ms|milliseconds?|s|secs?|seconds?)\b|(?:^|\s)\/(?!(?:[\w.-]+\/)*(?:health\w*|livez|readyz|ready|readiness|live|liveness|alive|ping|up)(?:\/[\w.-]+)*\/?(?=$|[\s,;:]))[\w.-]+/.source}`),
      note: 'a stated health path that must respond (responds, answers, replies, is up): the probe GETs it',
    },
    {
      // Rails' and Kamal's default health path `/up`, as the whole path only ("`/up` returns 200", "Health check `/up`
      // returns 200"; not "/scale/up"). A short word, so a remark that it replaced another path keeps the item manual too.
      pattern: /(?:^|\s)\/up\/?(?=$|[\s,;:])[^;]*\b(?:200|2xx|ok|healthy|(?:is|are|stays?|remains?) green)\b/,
      unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:replac\w*|database|db|dependenc\w*|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?|remov\w*|load ?balancers?|alb|elb|nlb|lb|target groups?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b/.source}`),
      note: "Rails' default health path `/up` that must answer: the probe GETs it",
    },
    {
      // Any stated path that must answer and that the item calls a health check: "`/up` returns 200 (Rails 7.1 health
      // check)", "`/status` answers 200 — our healthcheck" (the path becomes the probe's `paths`).
      pattern: /(?:^|\s)\/[\w.-]+(?:\/[\w.-]+)*\/?(?=$|[\s,;:)])[^;]*\b(?:returns?|answers?|responds?|gives?) (?:with )?(?:http )?(?:200|2xx|ok)\b[^;]*\bhealth ?-?checks?\b/,
      unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/\b(?:database|db|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?|documented|reviewed|load ?balancers?|alb|elb|target groups?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b/.source}`),
      note: 'a stated path that the item calls a health check and that must answer: the probe GETs it',
    },
    {
      // "Health check path `/up` returns 200" (Rails' default health route) names its path too.
      pattern: /\bhealth ?(?:check )?(?:endpoints?|routes?|urls?|paths?)\b/,
      // What the endpoint does ("verifies database and cache connectivity", "depends on…") or must not do
      // ("is not publicly exposed", "does not leak version info") is more than that it answers; a schedule
      // of checks is monitoring. How it is logged, rate-limited, cached or scraped for metrics ("Health endpoint
      // excluded from access logs", "Rate limit the health endpoint") is another promise about it.
      // "Health check endpoint configured in Dockerfile" is the Dockerfile's HEALTHCHECK (dockerfile-healthcheck).
      // A path segment (`/health/db` in "Health check endpoints (`/health`, `/health/db`)") is an endpoint to probe, not what it does.
      unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:dockerfiles?|healthcheck instructions?|regularly|daily|weekly|monthly|schedule|monitor(?:ing|ed)?|verif(?:ies|ied|ying)|connectivity|depend\w*|downstream|upstream|dependenc(?:y|ies)|database|db|cache[ds]?|caching|redis|leak\w*|reveal\w*|private|internal(?:ly)?|(?:access )?logs?|logg(?:ed|ing)|rate[- ]?limit\w*|throttl\w*|metrics|prometheus|scrap(?:e|ed|es|ing))\b|\b(?:endpoints?|routes?) (?:also )?(?:checks?|tests?|pings?|calls?|quer(?:y|ies))\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b|\b(?:only (?:reachable|accessible|available|exposed|served|open) (?:from|within|inside|on|via|to|in)|(?<!\b(?:not|never|n't) )requires? (?:an? )?(?:auth\w*|tokens?|login|credentials?|api keys?)|(?<!\b(?:not|never|isn't|aren't) )behind (?:auth\w*|(?:the |a )?vpn|(?:the |a )?login)|remov\w*|public router|vpc|allow-?list\w*|ip (?:allow|white)list\w*)\b/.source}`),
      note: 'a promise that health endpoints answer: the probe GETs them',
    },
    {
      pattern: /\bhealth ?checks? (?:pass|passes|passing|return|returns|respond|responds|succeed|succeeds|are green|ok)\b/,
      // Health checks passing in CI or for an image are not the deployment's endpoints.
      // A load balancer's target-group checks, or every service's, are other systems than the URL the probe reaches.
      unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/\b(?:script|\.sh|regularly|daily|weekly|ci|pipeline|builds?|images?|dockerfiles?|containers?|pods?|alb|elb|nlb|lb|load ?balancers?|target groups?|all services|every service)\b/.source}`),
      note: 'a promise that health checks pass: the probe GETs the health paths',
    },
  ],
  docs: {
    why: 'A deployment whose health endpoint does not answer is down or not ready; merging on top of it hides the outage.',
    fix: 'Make the health path answer 200 to GET without authentication, or name the right path in probes.health.',
    details: [
      'Each path gets a GET (never HEAD: many frameworks route HEAD differently) and may follow at most 5',
      'redirects on the same host. With `wait`, the collector polls about every 2 s like a Kubernetes readiness',
      'probe (attempts start 2 s apart) and makes a last attempt at the deadline itself, so a deployment ready',
      'just before it is found (the run takes at most `wait` plus that attempt): 5xx answers and refused',
      'connections are retried, a 4xx answer is final. A 401 or',
      'a redirect to a login/SSO page is reported as `error: protected` (give headers), never as "down"; a CDN\'s bot challenge (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action`) answering instead of the site is an `error` too.',
      'With the default `require: all`, every path\'s outcome is reported: when another path fails, the item fails and each',
      'path that could not be judged (protected, a bot challenge) is an info note with its reason; when none fails, the',
      '`error` names each such path.',
      'Option `paths` defaults to the checklist\'s `probes.health`, else the target URL itself (its path:',
      '`https://host/app/` checks `/app/`). Configured paths are on the target\'s origin as written (`/healthz`',
      'is `https://host/healthz` whatever the target\'s path) and must start with a single `/`: `//host/x` or',
      '`/\\host/x` would name another host and is a configuration error.',
      'Option `require` (default `all`: every path must answer 2xx) set to `any` passes when one of the paths answers 2xx;',
      'a Markdown item that names its paths as alternatives ("`/health` or `/api/health` responds with 200", "either',
      '`/healthz` or `/health`", "`/health` / `/healthz`") is bound with it. When none answers, each failing path is reported.',
      'With `wait`, every path is still polled until it answers or the deadline passes.',
      'Option `follow-redirects` (default `true`) set to `false` fails a path whose own answer is a redirect, wherever it leads (AWS ALB and GCP',
      'health checks count a 3xx as unhealthy); a Markdown item that says so ("`/health` returns 200, not 301", "… (no redirect)",',
      '"without redirecting") is bound with it. A redirect to a login page is still `error: protected`.',
      'Option `body` (default: none, the status alone is judged) names what a 2xx answer\'s body must hold: a JSON object',
      '(`{"status": "ok"}`) is compared member by member with a JSON body (a `{"status":"down"}` answer fails, naming the',
      'member), other text must appear as written; a Markdown item promising a JSON body ("`/health` returns 200 with `{"status": "ok"}`") is bound with it.',
    ].join(' '),
  },
  options: z.object({
    paths: z.array(originPath()).min(1).optional(),
    'follow-redirects': z.boolean().optional().describe('`true` (the default): same-host redirects are followed and the page they lead to must answer 2xx; `false`: a path answering with a redirect fails (an item that says "`/health` returns 200, not 301" or "(no redirect)": load balancers\' health checks count a redirect as unhealthy)'),
    body: z.string().min(1).max(1000).optional().describe('What a 2xx answer\'s body must hold: a JSON object (`{"status": "ok"}`: each member present with that value, in a JSON body; other members, spacing and order free), else text that must appear as written. An item that promises the body ("`/health` returns 200 with `{"status": "ok"}`") is bound with it'),
    require: z.enum(['all', 'any']).optional().describe('`all` (the default): every path must answer 2xx; `any`: one path answering 2xx is enough (an item that names alternatives: "`/health` or `/api/health` responds")'),
  }),
  needs: (o, d) => ({ health: o.paths ?? d.health }),
  evaluate(obs, ctx) {
    const paths = ctx.options.paths ?? obs.defaultHealthPaths;
    const any = ctx.options.require === 'any' && paths.length > 1;
    const guarded: string[] = [];
    const guardedChains: Chain[] = [];
    const problems: { url: string; message: string }[] = [];
    // Each path that could not be judged (not asked, a proxy's refusal, a bot challenge, a login wall), with why.
    const unjudged: { url?: string; message: string; wall?: true }[] = [];
    let answered = false;
    let cannot: string | undefined;
    for (const path of paths) {
      const h = obs.health?.[path];
      if (!h) { cannot ??= `${path} was not polled`; unjudged.push({ message: `${path} was not polled` }); continue; }
      const url = h.chain.start;
      const waited = h.attempts > 1 ? ` (after ${h.attempts} attempts over ${Math.round(h.waitedMs / 1000)} s)` : '';
      const last = h.chain.hops.at(-1);
      // A proxy that refuses the tunnel says nothing about the deployment: the probe could not run.
      if (h.chain.error && h.chain.proxyFailed) { const why = `health endpoint ${path} could not be asked: ${h.chain.error}`; cannot ??= why; unjudged.push({ url, message: why }); continue; }
      if (h.chain.error || !last) {
        const hop = failedHopOf(h.chain);
        problems.push({ url, message: hop ? `health endpoint ${path} redirects to ${hop}, which did not answer: ${h.chain.error}${waited}` : `health endpoint ${path} did not answer: ${h.chain.error ?? 'no response'}${waited}` });
        continue;
      }
      // A CDN's bot challenge answered, not the deployment: whether it is up is unknown.
      const challenge = botChallenge(last);
      if (challenge) { const why = `health endpoint ${path} could not be judged: ${challenge}; ${CHALLENGE_ADVICE}`; cannot ??= why; unjudged.push({ url, message: why }); continue; }
      const why = protectedReason(h.chain);
      if (why) {
        guarded.push(why);
        guardedChains.push(h.chain);
        unjudged.push({ url, message: `health endpoint ${path} could not be judged: protected — ${protectedAdvice(obs, [h.chain])}: ${why}`, wall: true });
        continue;
      }
      // `follow-redirects: false` (an item saying "not 301", "no redirect"): the path must answer 2xx itself. A load balancer's
      // health check (AWS ALB, GCP) counts a redirect as unhealthy, so reaching 2xx after one keeps no such promise.
      const first = h.chain.hops[0];
      if (ctx.options['follow-redirects'] === false && first && REDIRECTS.has(first.status)) {
        const to = h.chain.hops[1]?.url ?? h.chain.stopped?.location ?? failedHopOf(h.chain) ?? first.headers.location?.[0];
        problems.push({ url, message: `health endpoint ${path} answered HTTP ${first.status} (a redirect${to ? ` to ${shownUrl(to)}` : ''}) instead of 2xx itself, and it must not redirect (follow-redirects: false; load balancers' health checks count a redirect as unhealthy): serve ${path} itself with 2xx, or name the path it redirects to${waited}` });
        continue;
      }
      if (last.status >= 200 && last.status < 300) {
        // `body` (an item promising `{"status": "ok"}`): a 2xx whose body says otherwise (`{"status":"down"}`) is no healthy answer.
        const expected = ctx.options.body;
        const why = expected !== undefined ? bodyMismatch(expected, last.body) : undefined;
        if (why && expected !== undefined) {
          const cut = last.truncated ? ` (read up to the ${Math.round(last.body.length / 1024)} KiB cap)` : '';
          const json = expected.trimStart().startsWith('{') && !why.startsWith('does not contain');
          problems.push({ url, message: `health endpoint ${path} answered HTTP ${last.status}${last.url !== url ? ` at ${shownUrl(last.url)}` : ''}, but its body${cut} ${why}${json ? ` (expected ${expected})` : ''}: make it answer ${expected} when healthy, or change the expected body (option body)${waited}` });
          continue;
        }
        answered = true;
        continue;
      }
      if (h.chain.stopped) {
        problems.push({ url, message: `health endpoint ${path} ${describeStop(h.chain)}; it must answer 2xx${h.chain.stopped.reason === 'off-host' ? ' on the same host' : ''}` });
      } else {
        const mtls = clientCertPage(last);
        // A 4xx answered to a request the custom headers were withheld from (an untrusted certificate) may be what they were given to pass.
        const withheld = !mtls && obs.headersWithheld && last.status >= 400 && last.status < 500 ? ' (the custom headers given were withheld: the certificate is not trusted)' : '';
        const hint = mtls ? ` (its page says "${mtls}": the server requires a client certificate (mutual TLS), which Preflight does not present; probe a URL that does not require one)` : withheld;
        problems.push({ url, message: `health endpoint ${path} answered HTTP ${last.status}${last.url !== url ? ` at ${last.url}` : ''} instead of 2xx${hint}${waited}` });
      }
    }
    const protectedText = () => `protected — ${protectedAdvice(obs, guardedChains)}: ${guarded.join('; ')}`;
    if (any) {
      // One path answering 2xx keeps the promise, whatever the others answer. Without one, a path that could
      // not be asked or that is protected may be the one that answers: the probe could not judge.
      if (answered) return;
      if (cannot) { ctx.error(cannot); return; }
      if (guarded.length) { ctx.error(protectedText()); return; }
      for (const p of problems) ctx.report({ url: p.url, message: `${p.message} (none of the ${paths.length} alternatives answered 2xx)` });
      return;
    }
    // Every path must answer: one that fails fails the item, and each path that could not be judged is still reported
    // (a note), so it is not learnt of only once the failing one is fixed.
    if (problems.length) {
      for (const p of problems) ctx.report(p);
      for (const u of unjudged) ctx.report({ ...(u.url ? { url: u.url } : {}), note: true, message: u.message });
      return;
    }
    // Nothing failed, something could not be judged: the probe could not tell, and says why for each such path.
    const reasons = [...unjudged.filter((u) => !u.wall).map((u) => u.message), ...(guarded.length ? [protectedText()] : [])];
    if (reasons.length) ctx.error(reasons.join('; '));
  },
});
