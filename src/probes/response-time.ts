import { z } from 'zod';
import { defineProbe } from './define.js';
import { clientCertWall, GATEWAY_DOWN, gatewayDown, notThePage, originPath, protectedReason, targetPath } from './util.js';

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * What one median of one path does not verify: another percentile (p95, "for 95% of requests"; "p50", "p50." and "p50.0" are
 * the median), a bound under load or for a cold start, a monitor, alert or dashboard watching it (an SLO), or several paths.
 */
const NOT_ONE_MEDIAN = /\b(?:p(?!50(?!\d|\.0*[1-9]))\d{2,3}(?:\.\d+)?|percentile|under (?:peak |heavy )?load|monitor(?:s|ing)?|alert(?:s|ing)?|slos?|slis?)\b|\b(?:dashboards?|graphs?|charts?|panels?) (?:for|of|showing|shows|tracking|tracks|to (?:track|show|watch))\b|\b\d{1,2}(?:\.\d+)? ?% of\b|^[^;]*\bcold[- ]?starts?\b|(?:^|[\s'"(])\/[\w\-.~%]+[^;]*?[\s'"(]\/[\w\-.~%]+/;

/** The median of several GETs (after a warm-up) stays under a limit. */
export const responseTime = defineProbe({
  id: 'response-time',
  title: 'Responses are fast enough',
  severity: 'medium',
  description: 'The median of several GETs (after a warm-up) is ≤ max-ms (2000).',
  match: [
    {
      // Also "Homepage loads in under 2 seconds", "API responds within 300 ms", "Latency below 200 ms", "TTFB under 500 ms".
      pattern: /\b(?:response times?|latency|ttfb|time to first byte|(?:(?:home ?page|pages?|site|app|api|endpoints?|server|service|requests?)\b[^;]{0,40}\b(?:loads?|responds?|answers?|returns?|renders?)(?: in)?))(?: (?:for|of|on|at) (?:get )?(?:\/[\w\-./~%]*|(?:the |our )?(?:home ?page|landing page|front ?page|index page)))?(?: \(?(?:p50(?:\.0+)?|median)\)?:?)? (?:is |are |stays? )?(?:under|below|less than|within|<|≤) ?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(?:ms|milliseconds?|s|secs?|seconds?)\b/,
      // "Response time p50 < 1s" is the median the probe measures; another percentile promise (p95, p75, "for 95% of
      // requests") is not what one median measures ("p50." ending a sentence and "p50.0" are the median; "p50.5" is not).
      // …nor is a cold start (the first request while a model or a lambda loads).
      // A path the item names becomes the `path` option, before the bound too ("Median response time for `/` stays under
      // 300 ms", "Latency of `/api/orders` below 200 ms"); several ("for /api/orders and /api/search") are more than one
      // timing verifies.
      // Monitoring (a monitor, an alert, a dashboard, an SLO) watches a bound, it does not state the deployment meets it
      // ("… under 300 ms (monitored)" still does: the participle says it is watched, not that only a watch is set up).
      unless: NOT_ONE_MEDIAN,
      note: 'a stated response-time bound: the probe measures the median of several GETs against it',
    },
    {
      // A stated path that answers with a status within a bound: "`/health/deep` returns 200 in < 500 ms", "`/api/health`
      // returns 200 within 500ms", "`/healthz` answers 200 OK in under 300 ms", "`/ready` returns 200 (<500ms)", "`/health/deep`
      // responds in under 500ms" (no status). The status is
      // health-endpoint's (or another item's) promise; the bound is this probe's, on that path (its `path` option). Not a
      // bare duration without a bound word ("returns 200 in 500 ms" may be a measurement) nor a timeout ("times out after 5 s").
      pattern: /(?:^|\s)\/[\w\-./~%]*(?=$|[\s,;:])[^;]{0,40}?\b(?:returns?|answers?|responds?|replies)(?:(?: with)?(?: (?:http|status))? (?:200|2xx|ok)(?: ok)?)?,? ?(?:\(|[—–-] )?(?:in |(?:with)?in )?(?:(?:under|below|less than|within) ?|[<≤] ?)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(?:ms|milliseconds?|s|secs?|seconds?)\b/,
      unless: NOT_ONE_MEDIAN,
      note: 'a stated path that must answer within a bound: the probe measures the median of several GETs of that path against it',
    },
    {
      // The check's title, no bound stated: "Responses are fast enough" (the probe's default `max-ms`).
      pattern: /^(?:(?:all|http|api|server) )?(?:responses?|response times?) (?:are|is) (?:fast enough|acceptably fast)$/,
      note: 'responses fast enough, no bound stated: the probe measures the median of several GETs against its default max-ms',
    },
  ],
  docs: {
    why: 'A deployment that is already slow on an idle loopback of requests will be slower under real load.',
    fix: 'Profile the slow path (database queries, cold caches, synchronous calls) or raise max-ms if the endpoint is meant to be slow.',
    details: [
      'One warm-up GET (connection set-up, lazy initialisation), then `samples` (5) sequential GETs of `path`',
      '(default: the target URL itself, so `https://host/app/` times `/app/`; a configured `path` is on the',
      'target\'s origin as written and must start with a single `/`)',
      'over one keep-alive connection, each following same-host redirects as a browser does (`/` → `/en/`: the redirect and the page are timed together) and timed to the end of the (capped) body; the median must be ≤ `max-ms`',
      '(2000). Sequential on purpose: they run after the other probes so they measure the server, not our load.',
      'A request the server drops without an answer on the reused connection (a server or load balancer that silently closes idle keep-alive connections) is asked again once over a new connection, as browsers do, and that answer is timed; dropped there too, it is an `error`.',
      'A page that never answered in the burst, whose requests the target left unanswered as it stalled (every page hanging while `/health` answers), is not asked again (an `error`: each request would wait out another timeout); one that answered there is timed like any other, and the warm-up, when it goes unanswered within the timeout while the target may still be working through burst requests Preflight gave up on (a single worker answering them one after another) and the page or the timed path answered in the burst, is asked once more.',
      'A sample answered 429 (rate limited: the collector honours Retry-After or backs off and asks again, within one timeout) is not timed; when every sample was, the probe is an `error` (the limiter answered, not the application).',
      'A failed request is an `error`, and so are a redirect loop, a login wall (401, a redirect to a login page: `error: protected`, give headers), a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": `error: protected`, mutual TLS), a redirect to another host, a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`) and a 502, 503 or 504 answer (a gateway whose application did not answer: its error page answers fast whatever the application does).',
    ].join(' '),
  },
  options: z.object({
    'max-ms': z.number().positive().default(2000),
    samples: z.number().int().min(1).max(50).default(5),
    // No default here: without one the target URL itself is timed (its path may be a prefix, `/app/`).
    path: originPath('/api/orders').optional(),
  }),
  needs: (o, d) => ({ timing: [{ path: o.path ?? d.target ?? '/', samples: o.samples }] }),
  evaluate(obs, ctx) {
    const path = ctx.options.path ?? targetPath(obs.url);
    const t = obs.timing?.[path];
    if (!t) { ctx.error('the response time was not measured'); return; }
    if (t.error) { ctx.error(t.error); return; }
    if (t.unjudged) {
      const last = t.unjudged.hops.at(-1);
      const why = protectedReason(t.unjudged) || (last && clientCertWall(last)) ? ", so the application's response time was not measured" : t.unjudged.stopped?.reason === 'limit' ? ', so its response time cannot be measured' : ', so its response time was not measured';
      ctx.error(notThePage(t.unjudged, obs, why)!);
      return;
    }
    if (!t.samples.length) { ctx.error('no response-time sample'); return; }
    const url = new URL(path, new URL(obs.url).origin).href;
    // A gateway's error page (502/503/504) answers fast whatever the application does: nothing to time.
    const down = t.statuses?.find((s) => GATEWAY_DOWN.has(s));
    if (down !== undefined) { ctx.error(`${gatewayDown({ status: down, url })}, so its response time was not measured`); return; }
    // A 429 is the rate limiter's answer (after the collector waited and asked again), not the application's: untimed.
    const taken = t.samples.slice(0, ctx.options.samples).filter((_, i) => t.statuses?.[i] !== 429);
    if (!taken.length) {
      ctx.error(`${url} answered 429 (too many requests) to every sample, also when asked again after a pause: the target rate-limited the samples, so the application's response time was not measured; allow-list the runner in the rate limit or probe a path it does not limit`);
      return;
    }
    const med = median(taken);
    if (med > ctx.options['max-ms']) {
      ctx.report({ url, message: `${url} took ${Math.round(med)} ms (median of ${taken.length}), over ${ctx.options['max-ms']} ms` });
    }
  },
});
