import { getOctokit } from '@actions/github';
import { VERSION } from '../version.js';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../types.js';
import { printable } from '../checks/util/text.js';

/** The octokit instance the action uses (REST methods, pagination, retry, throttling). */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  token: string;
  baseUrl: string;
  logger: Logger;
  /** Base delay of retries in ms (GitHub's guidance: 1000). Tests pass a few ms. */
  retryMs?: number;
  /** Retries of 5xx and of rate limits (primary and secondary), per request. */
  retries?: number;
  /** How long one attempt may wait for an answer (default 30 s). Tests pass less. */
  timeoutMs?: number;
}

// Passes every job straight through: used instead of the 1 s spacing between writes when tests
// shrink the timing (our writes are already serial).
const immediate = { key: () => ({ schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(fn(...args)) }) };

/**
 * An octokit client with @octokit/plugin-retry (5xx) and @octokit/plugin-throttling (primary and
 * secondary rate limits, writes spaced out). Never logs the token.
 */
export function createClient(opts: ClientOptions): GitHubClient {
  const retryMs = opts.retryMs ?? 1000;
  const retries = opts.retries ?? 3;
  const fast = retryMs < 1000;
  let waited = 0;
  const waitFor = (what: string, after: number, options: { method: string; url: string }, count: number): boolean => {
    const why = count >= retries ? `retried ${count} time${count === 1 ? '' : 's'} already`
      : after > RATE_WAIT_MAX_S ? `it lifts in ${after} s, and Preflight waits only for limits that lift within ${RATE_WAIT_MAX_S} s`
      : waited + after > RATE_WAIT_TOTAL_S ? `Preflight has waited ${waited} s for rate limits in this run and waits ${RATE_WAIT_TOTAL_S} s at most`
      : null;
    if (!why) waited += after;
    opts.logger.info(`GitHub API ${what} on ${options.method} ${options.url}; ${why ? `giving up (${why})` : `retrying in ${after} s`}`);
    return !why;
  };
  const octokit = getOctokit(opts.token, {
    baseUrl: opts.baseUrl,
    // Named in GitHub's logs and an Enterprise Server's audit log (octokit adds its own name after it).
    userAgent: `preflight/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: (m: string) => opts.logger.debug(m), error: (m: string) => opts.logger.debug(m) },
    // Rate limits are the throttling plugin's alone (403 and 429: it waits as GitHub says, Retry-After or
    // x-ratelimit-reset, under the policy above): plugin-retry would also retry a 429, on its own fixed back-off of
    // 1, 4, 9 s — blind to Retry-After, and after the throttling plugin had given up.
    retry: { retryAfterBaseValue: retryMs, retries, doNotRetry: [...NOT_RETRIED] },
    throttle: {
      retryAfterBaseValue: retryMs,
      fallbackSecondaryRateRetryAfter: 60,
      ...(fast ? { write: immediate as never, notifications: immediate as never } : {}),
      // A limit is waited for only when it lifts within RATE_WAIT_MAX_S, at most `retries` times per request and
      // RATE_WAIT_TOTAL_S in all: the verdict is known before anything is posted, and a job held for minutes by a
      // reporting call is worse than a report that says what could not be posted. Said in the log, retry or not:
      // when the client gives up, the request fails with the rate-limit error and its caller says what could not be
      // done and why, in one warning (GitHub shows 10 warnings per step, and the fallback annotations share them).
      onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => waitFor('rate limit reached', after, options, count),
      onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => waitFor('secondary rate limit', after, options, count),
    },
  }, retry, limitNamed, throttling);
  policies.set(octokit, { retries, retryMs });
  // Both plugins count retries in `options.request.retryCount`, and that object is shared with the
  // client's defaults: after one retried request every later one would start counting where it
  // stopped (retry waits of 25 s, then 36 s… for a request that failed once). Each request gets
  // its own copy. Every hook sees the same options object, so it is replaced in place; this wrap
  // is registered last, so it runs before the plugins' wraps.
  //
  // Each attempt is bounded (an API that accepts connections and never answers would otherwise
  // hold the job until the runner's 6-hour limit), through the fetch the client already uses (the
  // runner's proxy settings). A timed-out attempt is retried like any other failure (one hung
  // request must not cost the check run), but after SILENT_AFTER timed-out attempts in a row, with
  // no answer in between, the API is taken for gone and later attempts fail at once: the run
  // completes, says what could not be posted, and sets its exit status.
  const timeoutMs = opts.timeoutMs ?? 30_000;
  let timeouts = 0;
  // Once the API is taken for gone (SILENT_AFTER timed-out attempts in a row) the error says so (`apiGone`): neither the
  // retry plugin nor createOnce waits to retry it, as every later attempt fails at once (QA45 action14 D4: 56 s of
  // back-off waits with no request made). `sent`: whether this attempt reached the API (timed out) or was never made.
  const gone = (sent: boolean) => Object.assign(new Error(`the GitHub API did not answer within ${Math.round(timeoutMs / 1000)} s (timed out${timeouts > 1 ? ` ${timeouts} times in a row` : ''})`), timeouts >= SILENT_AFTER ? { apiGone: sent ? 'sent' : 'unsent' } : {});
  //
  // A connection that fails for a reason a retry cannot change (the API's certificate is not trusted, the proxy
  // refuses the tunnel) is not retried: the request's `retries` (read by the retry plugin when the attempt fails) is
  // set to 0 before the failure goes on.
  octokit.hook.wrap('request', (request, options) => {
    const inner = (options.request?.fetch as typeof fetch | undefined) ?? fetch;
    const req: NonNullable<typeof options.request> & { retries?: number } = { ...options.request };
    const bounded: typeof fetch = async (url, init) => {
      if (timeouts >= SILENT_AFTER) { req.retries = 0; throw gone(false); }
      const timer = AbortSignal.timeout(timeoutMs);
      try {
        const res = await inner(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timer]) : timer });
        timeouts = 0;
        return res;
      } catch (err) {
        if (timer.aborted) {
          timeouts++;
          if (timeouts >= SILENT_AFTER) req.retries = 0;
          throw gone(true);
        }
        if (isLastingNetworkError(err)) req.retries = 0;
        throw err;
      }
    };
    req.fetch = bounded;
    options.request = req;
    return request(options);
  });
  // Every endpoint the action calls answers JSON. A 2xx whose body is not (a proxy's or captive portal's HTML page
  // served as 200: octokit then hands over the text as `data`) would read as an empty answer: a pull request with no
  // description, a check run taken as written. It is a failure instead, which each caller says as it says an HTTP 500.
  octokit.hook.after('request', (response) => {
    const data: unknown = response.data;
    if (response.status === 204 || response.status === 205 || (data !== null && typeof data === 'object' && !(data instanceof ArrayBuffer))) return;
    throw new UnreadableAnswer(response.status, data, String(response.headers['content-type'] ?? ''));
  });
  return octokit;
}

/**
 * A 2xx answer of the GitHub API whose body is not JSON (an HTML page from a proxy in front of it, an empty body): what
 * was asked cannot be read from it, and a write cannot be confirmed. Its `status` is the answer's own.
 */
export class UnreadableAnswer extends Error {
  readonly status: number;
  constructor(status: number, data: unknown, contentType: string) {
    const text = typeof data === 'string' ? data : '';
    const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
    const what = /^\s*<(?:!doctype\s+html|html)\b/i.test(text) ? `an HTML page${title ? ` ("${printable(title)}")` : ''}`
      : text.trim() || (data instanceof ArrayBuffer && data.byteLength) ? `${typeof data === 'string' ? data.length : (data as ArrayBuffer).byteLength} bytes that are not JSON`
      : 'an empty body';
    super(`${what}${contentType ? ` (content-type ${printable(contentType.slice(0, 100))})` : ''} instead of the API's JSON: a proxy in front of the API?`);
    this.name = 'UnreadableAnswer';
    this.status = status;
  }
}

/**
 * A write whose outcome is not known: its answer did not say (a 2xx that is not what the write makes), or it failed with
 * a server error (GitHub may have carried it out all the same) and whether it took effect could not be looked up. It is
 * not sent again (that could leave a second check run or comment): the caller says it is not confirmed.
 */
export class Unconfirmed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Unconfirmed';
  }
}

/**
 * Sends a create that GitHub may carry out and still answer with a server error (its front end's 502), or whose answer may
 * be lost, so that a retry never makes a second one. The client's own retries must be off for `create` (`request: {
 * retries: 0 }`): it is retried here, on the client's policy (retryPolicy: up to `retries` more times, waits of 1, 4, 9…
 * times `retryMs`). Before each retry, `made` looks whether the failed attempt made it after all (what it made, or null:
 * not made); a lookup that fails (it throws) is tried again after the next wait, and nothing is created again until a
 * lookup has said "not made". When no lookup could say, by the last wait, {@link Unconfirmed} is thrown. A 4xx (a
 * refusal, a rate limit the client already waited for) is final, as is a connection no retry can make (an untrusted
 * certificate, a proxy that refuses the tunnel); so is a server error on the last attempt (its error is thrown). `what` and
 * `doneWhat` name the write and its effect in that message (an annotation batch appended to a check run, too).
 */
export async function createOnce<T>(client: GitHubClient, create: () => Promise<T>, made: () => Promise<T | null>, what = 'the create', doneWhat = 'GitHub made it'): Promise<T> {
  const { retries, retryMs } = retryPolicy(client);
  let attempt = 0;
  for (;;) {
    let failure: unknown;
    try {
      return await create();
    } catch (err) {
      const status = statusOf(err);
      // The API taken for gone: a lookup would fail at once, as would a retry. A write that reached it (timed out) may
      // have been carried out: not confirmed; one never made failed.
      const gone = apiGone(err);
      if (gone === 'sent') throw new Unconfirmed(`${what} failed (${describeError(err)}), and whether ${doneWhat} after all cannot be looked up (the API is taken for gone after ${SILENT_AFTER} timed-out attempts in a row), so it was not sent again`);
      if (status === null || status < 500 || attempt >= retries || isLastingNetworkError(err) || gone) throw err;
      failure = err;
    }
    for (;;) {
      let lookup: unknown;
      attempt++;
      await new Promise((resolve) => setTimeout(resolve, attempt ** 2 * retryMs));
      try {
        const found = await made();
        if (found !== null) return found;
        break;
      } catch (err) {
        lookup = err;
      }
      if (attempt >= retries || apiGone(lookup)) {
        throw new Unconfirmed(`${what} failed (${describeError(failure)}), and whether ${doneWhat} after all could not be looked up (${describeError(lookup)}), so it was not sent again`);
      }
    }
  }
}

/** Statuses plugin-retry leaves alone: its defaults (400, 401, 403, 404, 410, 422, 451) and 429, a rate limit. */
const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451] as const;

/**
 * GitHub answers a rate limit with 403 or 429: a primary one with `x-ratelimit-remaining: 0`, a secondary one with a
 * message naming it (and `Retry-After`, or else "wait at least a minute"). plugin-throttling waits only for those two
 * shapes; a 429 that names neither (a proxy's, an Enterprise Server's) would be neither waited for nor retried, so its
 * message is given the words the plugin reads: it is then waited for as a secondary limit (`Retry-After`, else 60 s),
 * under the same policy. A `Retry-After` that is an HTTP date is given as its seconds (retryAfterSeconds). Registered
 * between the retry and throttling plugins, so the throttling plugin sees the named error.
 */
function limitNamed(octokit: { hook: { error: (name: 'request', fn: (err: unknown) => never) => void } }): void {
  octokit.hook.error('request', (err) => {
    const e = err as { status?: unknown; message?: unknown; response?: { headers?: Record<string, unknown> } };
    // `Retry-After` may be an HTTP date (RFC 9110), as a proxy or gateway in front of the API sends it: the plugin reads
    // only seconds (a date would count as none: 60 s). Given as the seconds it stands for, waited for under the policy.
    const headers = e?.response?.headers;
    if (headers && (e.status === 403 || e.status === 429)) {
      const seconds = retryAfterSeconds(headers['retry-after'], headers['date']);
      if (seconds !== null) headers['retry-after'] = String(seconds);
    }
    if (e && e.status === 429 && !SECONDARY.test(String(e.message ?? '')) && String(e.response?.headers?.['x-ratelimit-remaining'] ?? '') !== '0') {
      try { (e as { message: string }).message = `${String(e.message ?? '')} (a secondary rate limit)`; } catch { /* a read-only message: said as it is */ }
    }
    throw err;
  });
}
const SECONDARY = /\bsecondary rate\b/i;

/**
 * The seconds a `Retry-After` given as an HTTP date (`Sun, 06 Dec 2026 11:38:43 GMT`) stands for, counted from the
 * answer's own `Date` when it has one (the server's clock, as the date is), else from now; at least 1 (a date already
 * past: retry at once, never "no Retry-After"). Null for any other value (seconds, as GitHub sends them, are read as
 * they are; nothing readable is no `Retry-After`).
 */
export function retryAfterSeconds(value: unknown, date?: unknown, now = Date.now()): number | null {
  if (typeof value !== 'string' || !/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (!Number.isFinite(at)) return null;
  const sent = typeof date === 'string' ? Date.parse(date) : Number.NaN;
  return Math.max(1, Math.ceil((at - (Number.isFinite(sent) ? sent : now)) / 1000));
}

const policies = new WeakMap<object, { retries: number; retryMs: number }>();

/**
 * How often, and after what base delay, the client retries a failed request (5xx): for a caller that retries a
 * non-idempotent write itself, looking first whether the failed attempt took effect.
 */
export function retryPolicy(client: GitHubClient): { retries: number; retryMs: number } {
  return policies.get(client) ?? { retries: 3, retryMs: 1000 };
}

/** A rate limit (primary or secondary) is waited for only when it lifts within this many seconds. */
export const RATE_WAIT_MAX_S = 60;
/** The most time one run spends waiting for rate limits, all requests together (seconds). */
export const RATE_WAIT_TOTAL_S = 120;

/** Timed-out API attempts in a row after which the API is taken for gone. */
const SILENT_AFTER = 3;

/** HTTP status of an octokit error, if any. */
export function statusOf(err: unknown): number | null {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : null;
}

/**
 * True when GitHub refused because of a rate limit: 429, or a 403 whose message names a
 * (secondary) rate limit or whose `x-ratelimit-remaining` is 0. Not a permission problem.
 */
export function isRateLimited(err: unknown): boolean {
  const s = statusOf(err);
  if (s === 429) return true;
  if (s !== 403) return false;
  const e = err as { message?: unknown; response?: { headers?: Record<string, unknown> } };
  return /\brate limit/i.test(String(e.message ?? '')) || String(e.response?.headers?.['x-ratelimit-remaining'] ?? '') === '0';
}

/**
 * True when the token may not do this: 403 "Resource not accessible by integration" (fork PRs,
 * missing `permissions:`) — a rate-limit 403 is not one (see {@link isRateLimited}).
 */
export function isForbidden(err: unknown): boolean {
  return statusOf(err) === 403 && !isRateLimited(err);
}

/** A short, token-free description of an API error for logs. */
export function describeError(err: unknown): string {
  // Its message is made of described errors already, and says what is not known.
  if (err instanceof Unconfirmed) return err.message;
  const s = statusOf(err);
  const full = String((err as Error)?.message ?? err);
  // A proxy's or load balancer's HTML error page (a 502 from a GitHub Enterprise Server's front end): its title says what
  // happened, its first line (`<!DOCTYPE html>`) nothing.
  const page = /^\s*<(?:!doctype\s+html|html)\b/i.test(full) ? (/<title[^>]*>([^<]{1,200})<\/title>/i.exec(full)?.[1]?.replace(/\s+/g, ' ').trim() ?? '') : null;
  const msg = page !== null ? (page ? `an HTML error page ("${page}") instead of the API's JSON` : 'an HTML error page instead of the API\'s JSON') : full.split('\n')[0]!.slice(0, 300);
  // Octokit reports a request that never got an answer as status 500 without a response: no server said 500, so the
  // failure of the connection is said instead (what failed, and for a certificate or a proxy, what to look at).
  const cause = networkCause(err);
  if (cause) {
    const why = String(cause.message || cause.code || msg).split('\n')[0]!.slice(0, 300);
    const proxy = PROXY_REFUSED.exec(why);
    if (proxy) return `the proxy refused the connection to the GitHub API, answering its CONNECT with HTTP ${proxy[1]}: check HTTPS_PROXY/HTTP_PROXY, or add the API's host to NO_PROXY if it is to be reached directly`;
    if (isCertificateError(cause)) return `the GitHub API's TLS certificate was not accepted: ${why} — a GitHub Enterprise Server whose certificate comes from a private CA needs that CA on the runner (NODE_EXTRA_CA_CERTS)`;
    return /^the GitHub API\b/.test(why) ? why : `no answer from the GitHub API: ${why}`;
  }
  if (s === 500 && NO_ANSWER.test(msg)) return `no answer from the GitHub API: ${msg}`;
  return s ? `HTTP ${s}: ${msg}` : msg;
}

// Failures of the connection itself (refused, DNS, reset, TLS, the request timeout).
const NO_ANSWER = /\b(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|EPIPE|CERT_|fetch failed|other side closed|aborted|timed? ?out)\b/i;
// undici's error when a proxy answers a CONNECT with anything but 200.
const PROXY_REFUSED = /^Proxy response \((\d{3})\) !== 200\b/;

type ChainedError = Error & { code?: unknown; cause?: unknown };

/**
 * The innermost error of a request that got no HTTP answer: octokit wraps a failed fetch (a TypeError "fetch failed"
 * whose cause is the socket's, TLS's or the proxy's error) in a RequestError with status 500 and no response.
 * Null for an answer from the server (a real 500 has its response).
 */
function networkCause(err: unknown): ChainedError | null {
  if (statusOf(err) !== 500 || (err as { response?: unknown } | null)?.response) return null;
  return innermost(err);
}

function innermost(err: unknown): ChainedError | null {
  if (!(err instanceof Error)) return null;
  let cur = err as ChainedError;
  for (let i = 0; i < 8 && cur.cause instanceof Error; i++) cur = cur.cause as ChainedError;
  return cur;
}

/**
 * Whether a request failed because the API is taken for gone (timed-out attempts in a row): `sent` when this attempt
 * reached it and timed out, `unsent` when it was failed at once; null for any other failure.
 */
export function apiGone(err: unknown): 'sent' | 'unsent' | null {
  for (let cur: unknown = err, i = 0; cur instanceof Error && i < 8; cur = (cur as ChainedError).cause, i++) {
    const mark = (cur as { apiGone?: unknown }).apiGone;
    if (mark === 'sent' || mark === 'unsent') return mark;
  }
  return null;
}

/** A TLS certificate the runner does not trust (a private CA, self-signed, expired, another host's name). */
function isCertificateError(e: ChainedError): boolean {
  return /^(?:CERT_|UNABLE_TO_(?:VERIFY|GET_ISSUER)|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED|ERR_TLS_CERT)/.test(String(e.code ?? ''));
}

/**
 * A failed connection that a retry cannot mend: the API's certificate is not trusted, or the proxy refuses the tunnel
 * with a 4xx (forbidden, authentication required). Takes the raw fetch error or octokit's wrapping of it.
 */
export function isLastingNetworkError(err: unknown): boolean {
  if ((err as { response?: unknown } | null)?.response) return false;
  const cause = innermost(err);
  if (!cause) return false;
  return isCertificateError(cause) || /^4/.test(PROXY_REFUSED.exec(String(cause.message ?? ''))?.[1] ?? '');
}
