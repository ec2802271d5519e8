import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../types.js';

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
    log: { debug: () => {}, info: () => {}, warn: (m: string) => opts.logger.debug(m), error: (m: string) => opts.logger.debug(m) },
    retry: { retryAfterBaseValue: retryMs, retries },
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
  }, retry, throttling);
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
  const gone = () => new Error(`the GitHub API did not answer within ${Math.round(timeoutMs / 1000)} s (timed out${timeouts > 1 ? ` ${timeouts} times in a row` : ''})`);
  octokit.hook.wrap('request', (request, options) => {
    const inner = (options.request?.fetch as typeof fetch | undefined) ?? fetch;
    const bounded: typeof fetch = async (url, init) => {
      if (timeouts >= SILENT_AFTER) throw gone();
      const timer = AbortSignal.timeout(timeoutMs);
      try {
        const res = await inner(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timer]) : timer });
        timeouts = 0;
        return res;
      } catch (err) {
        if (timer.aborted) { timeouts++; throw gone(); }
        throw err;
      }
    };
    options.request = { ...options.request, fetch: bounded };
    return request(options);
  });
  return octokit;
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
  const s = statusOf(err);
  const msg = String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 300);
  // Octokit reports a request that never got an answer as status 500: say what happened instead.
  if (s === 500 && NO_ANSWER.test(msg)) return `no answer from the GitHub API: ${msg}`;
  return s ? `HTTP ${s}: ${msg}` : msg;
}

// Failures of the connection itself (refused, DNS, reset, TLS, the request timeout).
const NO_ANSWER = /\b(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|EPIPE|CERT_|fetch failed|other side closed|aborted|timed? ?out)\b/i;
