/**
 * QA stop 45 (action14 D3, D4).
 * D3: an annotation batch GitHub appended and still answered 502 was resent blindly by the client: the run held every
 * finding of that batch twice, and the log counted them once. A batch is now resent only after the run's
 * `output.annotations_count` says it did not land; when that cannot be read, it is not resent and is said not confirmed.
 * D4: once the API was taken for gone (three timed-out attempts in a row), later requests failed at once but were still
 * retried after back-off waits (1, 4, 9 × the retry base): about a minute of waiting with no request made.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { createClient, Unconfirmed } from '../../src/github/client.js';
import type { CheckAnnotation } from '../../src/github/sanitize.js';
import { silentLogger } from '../../src/types.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';

const TOKEN = 'ghs_unit_token_stop45';
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
const PATCH = /check-runs\/\d+$/;
const messages = () => gh.state.checkRuns[0]!.annotations.map((a) => a.message);

describe('an annotation batch answered with a 5xx (stop 45, D3)', () => {
  it('applied and answered 502: the run is read, the batch is not sent again, and the count is the run\'s', async () => {
    gh.state.faults.push({ method: 'PATCH', path: PATCH, status: 502, applied: true, message: 'Bad Gateway' });
    const res = await publishCheckRun(client(), input(120));
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(messages()).toHaveLength(120);
    expect(new Set(messages()).size).toBe(120);
    expect(res).toMatchObject({ annotated: 120, failed: 0, failedBatches: 0 });
    expect(gh.state.requests.map((r) => `${r.method} ${r.template}`)).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ]);
    expect(gh.violations()).toEqual([]);
  });

  it('not applied (a plain 502): the run says it did not land, and the batch is sent again, once', async () => {
    gh.state.faults.push({ method: 'PATCH', path: PATCH, status: 502, message: 'Bad Gateway' });
    const res = await publishCheckRun(client(), input(120));
    expect(messages()).toHaveLength(120);
    expect(new Set(messages()).size).toBe(120);
    expect(res).toMatchObject({ annotated: 120, failed: 0 });
    expect(gh.state.requests.filter((r) => r.method === 'PATCH')).toHaveLength(3);
  });

  it('applied, and the run cannot be read: not sent again, counted as not posted, said not confirmed', async () => {
    gh.state.faults.push({ method: 'PATCH', path: PATCH, status: 502, applied: true, message: 'Bad Gateway' });
    gh.state.faults.push({ method: 'GET', path: PATCH, status: 500, times: 20, message: 'Server Error' });
    const res = await publishCheckRun(client(), input(120));
    // No duplicate: the batch that landed is not resent, and the batches stop (the next one is not sent either).
    expect(messages()).toHaveLength(100);
    expect(new Set(messages()).size).toBe(100);
    expect(res.failed).toBe(70);
    expect(res.error).toBeInstanceOf(Unconfirmed);
    expect(String((res.error as Error).message)).toMatch(/appending 50 annotations failed .*and whether GitHub appended them after all could not be looked up .*so it was not sent again/);
  });
});

describe('an API taken for gone (stop 45, D4)', () => {
  let hang: http.Server;
  let url: string;
  let seen = 0;
  beforeAll(async () => {
    hang = http.createServer(() => { seen++; });
    await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(hang.address() as AddressInfo).port}`;
  });
  afterAll(async () => { hang.closeAllConnections(); await new Promise<void>((resolve) => hang.close(() => resolve())); });

  it('later requests fail at once, without back-off waits to retry them (a 20 s retry base would hold each for minutes)', async () => {
    const c = createClient({ token: TOKEN, baseUrl: url, logger: silentLogger, retryMs: 20_000, timeoutMs: 100 });
    for (let i = 0; i < 3; i++) {
      await expect(c.rest.pulls.get({ ...repo, pull_number: 7, request: { retries: 0 } })).rejects.toThrow(/did not answer within/);
    }
    expect(seen).toBe(3);
    // With the client's own retries, and through createOnce (the check run's create): no request, no wait.
    await expect(c.rest.pulls.listFiles({ ...repo, pull_number: 7 })).rejects.toThrow(/timed out 3 times in a row/);
    await expect(publishCheckRun(c, input(60))).rejects.toThrow(/timed out 3 times in a row/);
    expect(seen).toBe(3);
  }, 15_000);
});
