/**
 * QA stop 40 (action9 D3): a `Retry-After` given as an HTTP date (RFC 9110 allows `HTTP-date | delay-seconds`; a proxy
 * or gateway in front of a GitHub Enterprise Server sends one) was read as no `Retry-After`, so a secondary limit that
 * lifted in 5 s cost the 60 s fallback. The date is now read as the seconds it stands for, under the same policy (a
 * limit is waited for only when it lifts within a minute).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, retryAfterSeconds } from '../../src/github/client.js';
import { silentLogger } from '../../src/types.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';

const TOKEN = 'ghs_retry_after_stop40';
const repo = { owner: 'acme', repo: 'shop' };
let gh: FakeGitHub;
beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
afterAll(async () => { await gh.close(); });
const lines: string[] = [];
beforeEach(() => {
  gh.reset();
  lines.length = 0;
  gh.state.pulls.set(1, { number: 1, body: '', author: 'a', headSha: 'a'.repeat(40), files: [] });
});

const client = () => createClient({ token: TOKEN, baseUrl: gh.url, logger: { ...silentLogger, info: (m: string) => { lines.push(m); } }, retryMs: 1 });
const get = () => client().rest.pulls.get({ ...repo, pull_number: 1 });
const SECONDARY = 'You have exceeded a secondary rate limit.';
/** The server's clock in the answer's `Date`, and a `Retry-After` date `ahead` seconds after it. */
const SENT = Date.parse('Sun, 06 Dec 2026 11:38:38 GMT');
const at = (ms: number) => new Date(ms).toUTCString();
const limited = (status: number, ahead: number, times = 1) => gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status, times, message: SECONDARY, headers: { date: at(SENT), 'retry-after': at(SENT + ahead * 1000) } });

describe('Retry-After as an HTTP date (stop 40)', () => {
  it('a secondary limit (429) whose Retry-After is a date 5 s ahead is waited for 5 s, not 60', async () => {
    limited(429, 5);
    await expect(get()).resolves.toMatchObject({ status: 200 });
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 5 s']);
  });

  it('a 403 secondary limit likewise; a date past the one-minute policy is given up at once', async () => {
    limited(403, 12);
    await expect(get()).resolves.toMatchObject({ status: 200 });
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 12 s']);
    lines.length = 0;
    gh.state.requests.length = 0;
    limited(429, 3600, 100);
    await expect(get()).rejects.toMatchObject({ status: 429 });
    expect(gh.state.requests).toHaveLength(1);
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; giving up (it lifts in 3600 s, and Preflight waits only for limits that lift within 60 s)']);
  });

  it('the seconds a Retry-After stands for: from the answer\'s Date, else now; a past date is 1 s; seconds are left to the plugin', () => {
    expect(retryAfterSeconds('Sun, 06 Dec 2026 11:38:43 GMT', 'Sun, 06 Dec 2026 11:38:38 GMT')).toBe(5);
    expect(retryAfterSeconds('Sun, 06 Dec 2026 11:38:43 GMT', undefined, SENT)).toBe(5);
    expect(retryAfterSeconds('Sun, 06 Dec 2026 11:38:43 GMT', 'not a date', SENT + 2_500)).toBe(3);
    // RFC 850 and asctime forms, which RFC 9110 says recipients read too.
    expect(retryAfterSeconds('Sunday, 06-Dec-26 11:38:48 GMT', 'Sun, 06 Dec 2026 11:38:38 GMT')).toBe(10);
    expect(retryAfterSeconds('Sun, 06 Dec 2026 11:38:00 GMT', 'Sun, 06 Dec 2026 11:38:38 GMT')).toBe(1);
    expect(retryAfterSeconds('30', 'Sun, 06 Dec 2026 11:38:38 GMT')).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
    expect(retryAfterSeconds(undefined)).toBeNull();
  });
});
