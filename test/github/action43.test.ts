/**
 * QA stop 43 (action12):
 * - D1: a check run create that failed with a 5xx was retried even when the lookup for the run it may have made failed
 *   too, so a second run was left on the commit. Nothing is created again until a lookup has said "not made"; when
 *   none can say, the run is not confirmed (Unconfirmed) and the action falls back to workflow commands. The sticky
 *   comment's create follows the same rule.
 * - D2: a 2xx create answer that is JSON but not a check run (no `id`) counted as written, and the annotation batches
 *   went to `PATCH /check-runs` with no id. It is not confirmed either.
 * - D3: the SARIF file's cap of 25,000 results is known to the caller (sarifResultsLeftOut), so a summary does not
 *   name the SARIF file as holding every finding when it does not.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { createClient, describeError, Unconfirmed } from '../../src/github/client.js';
import { CommentError, commentMarker, upsertComment } from '../../src/github/comment.js';
import type { CheckAnnotation } from '../../src/github/sanitize.js';
import { SARIF_MAX_RESULTS, sarifResultsLeftOut, toSarif } from '../../src/report/sarif.js';
import { silentLogger } from '../../src/types.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';
import { sampleReport } from '../report/sample-report.js';

const TOKEN = 'ghs_unit_token_stop43';
const repo = { owner: 'acme', repo: 'shop' };
let gh: FakeGitHub;
beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
afterAll(async () => { await gh.close(); });
beforeEach(() => { gh.reset(); });

const client = () => createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 });
const annotations = (n: number): CheckAnnotation[] => Array.from({ length: n }, (_, i) => ({
  path: `svc-${i}/Dockerfile`, start_line: 1, end_line: 1, annotation_level: 'failure', message: `finding ${i}`, title: `t${i}`,
}));
const input = (n: number) => ({ ...repo, name: 'Preflight', headSha: 'a'.repeat(40), conclusion: 'failure' as const, title: 'Failed', summary: 'summary', annotations: annotations(n) });
const calls = () => gh.state.requests.map((r) => `${r.method} ${r.template}`);
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
const CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const LOOKUP = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const PATCH = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';

describe('a check run create that fails with 5xx while the lookup fails too (stop 43, D1)', () => {
  it('GitHub made the run and answered 502, and no lookup answers: not created again, said not confirmed', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 502, applied: true, message: 'Bad Gateway' });
    gh.state.faults.push({ method: 'GET', path: /commits\/a+\/check-runs$/, status: 502, times: 100, message: 'Bad Gateway' });
    const err = await failure(publishCheckRun(client(), input(70)));
    expect(err).toBeInstanceOf(Unconfirmed);
    expect(describeError(err)).toMatch(/^the create failed \(HTTP 502: Bad Gateway\), and whether GitHub made it after all could not be looked up \(HTTP 502: Bad Gateway\b.*\), so it was not sent again$/);
    // One run (GitHub's), no second create: the lookup is tried again after each wait (1 + 3 attempts in all).
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(calls()).toEqual([CREATE, LOOKUP, LOOKUP, LOOKUP]);
    expect(gh.violations()).toEqual([]);
  });

  it('a lookup that fails once is tried again: the run GitHub made is found and used, not made twice', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 502, applied: true, message: 'Bad Gateway' });
    gh.state.faults.push({ method: 'GET', path: /commits\/a+\/check-runs$/, status: 503, times: 1, message: 'Unavailable' });
    const res = await publishCheckRun(client(), input(70));
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(res).toMatchObject({ id: gh.state.checkRuns[0]!.id, annotated: 70, failed: 0 });
    expect(calls()).toEqual([CREATE, LOOKUP, LOOKUP, PATCH]);
    expect(gh.state.checkRuns[0]!.annotations).toHaveLength(70);
  });

  it('once a lookup says the failed attempt made nothing, the run is created again, once', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 500, message: 'Server Error' });
    gh.state.faults.push({ method: 'GET', path: /commits\/a+\/check-runs$/, status: 502, times: 1, message: 'Bad Gateway' });
    const res = await publishCheckRun(client(), input(3));
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(res.id).toBe(gh.state.checkRuns[0]!.id);
    expect(calls()).toEqual([CREATE, LOOKUP, LOOKUP, CREATE]);
  });

  it('a lookup answer that is not a list of runs cannot say "not made": the run is not created again', async () => {
    // (A 200 whose JSON is not the API's: the fake's fault body, `{message, documentation_url}`.)
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 502, applied: true, message: 'Bad Gateway' });
    gh.state.faults.push({ method: 'GET', path: /commits\/a+\/check-runs$/, status: 200, times: 100, message: 'ok' });
    expect(await failure(publishCheckRun(client(), input(0)))).toBeInstanceOf(Unconfirmed);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(calls().filter((c) => c === CREATE)).toHaveLength(1);
  });
});

describe('a 2xx create answer that is not a check run (stop 43, D2)', () => {
  it('JSON without an id: not confirmed, and no PATCH to a check-runs URL without an id', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 201, message: 'accepted' });
    const err = await failure(publishCheckRun(client(), input(130)));
    expect(err).toBeInstanceOf(Unconfirmed);
    expect(describeError(err)).toBe("GitHub's answer to the create (HTTP 201) is not a check run: it has no id — a proxy in front of the API?");
    expect(calls()).toEqual([CREATE]);
    expect(gh.violations()).toEqual([]);
  });

  it('an id that is not a positive integer is no id either', async () => {
    const c = client();
    c.hook.after('request', (response, options) => {
      if (options.method === 'POST') (response.data as Record<string, unknown>).id = '1000';
    });
    expect(await failure(publishCheckRun(c, input(60)))).toBeInstanceOf(Unconfirmed);
    expect(gh.state.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });
});

describe('a sticky comment create that fails with 5xx while the comments cannot be read (stop 43, D1)', () => {
  it('GitHub stored the comment and answered 502, and the comments cannot be read again: not posted a second time', async () => {
    const marker = commentMarker('Preflight');
    const c = client();
    // The read before the create works; every read after the failed create fails.
    c.hook.error('request', (err, options) => {
      if (options.method === 'POST') gh.state.faults.push({ method: 'GET', path: /issues\/7\/comments$/, status: 502, times: 100, message: 'Bad Gateway' });
      throw err;
    });
    gh.state.faults.push({ method: 'POST', path: /issues\/7\/comments$/, status: 502, applied: true, message: 'Bad Gateway' });
    const err = await failure(upsertComment(c, repo, 7, marker, 'report', 'github-actions[bot]'));
    expect(err).toBeInstanceOf(CommentError);
    expect((err as CommentError).step).toBe('write');
    expect((err as CommentError).error).toBeInstanceOf(Unconfirmed);
    expect(gh.state.comments.get(7)!.map((x) => x.body)).toEqual([`${marker}\nreport`]);
    expect(gh.state.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('SARIF results left out for code scanning\'s cap (stop 43, D3)', () => {
  it('sarifResultsLeftOut counts the results toSarif dropped: 0 under the cap, and for a log it did not make', () => {
    const report = sampleReport();
    expect(sarifResultsLeftOut(toSarif(report, { checklistFile: 'PRODUCTION_CHECKLIST.md' }))).toBe(0);
    const low = (i: number) => ({ check: 'restart-policy', item: null, severity: 'low' as const, message: `compose service 'svc${i}' has no restart policy`, file: `vendor/c${i}/docker-compose.yml`, line: 2, column: 3, url: null, fingerprint: `fp${i}` });
    report.findings = Array.from({ length: SARIF_MAX_RESULTS + 7 }, (_, i) => low(i));
    const log = toSarif(report, { checklistFile: 'PRODUCTION_CHECKLIST.md' });
    // The sample report's error item is a result too (anchored at the checklist).
    expect(log.runs[0]!.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(sarifResultsLeftOut(log)).toBe(8);
    expect(sarifResultsLeftOut(JSON.parse(JSON.stringify(log)))).toBe(0);
  });
});
