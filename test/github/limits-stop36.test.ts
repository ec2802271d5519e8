// Review C (stop 35): a first batch GitHub rejected (422) and later batches stopped by a rate limit were logged as the
// 422 alone, so the warning said the summary "could not be corrected" instead of naming the rate limit that stopped it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { createClient, isRateLimited } from '../../src/github/client.js';
import type { CheckAnnotation } from '../../src/github/sanitize.js';
import { silentLogger } from '../../src/types.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';

const TOKEN = 'ghs_limits_stop36_token';
let gh: FakeGitHub;
beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
afterAll(async () => { await gh.close(); });
beforeEach(() => { gh.reset(); });

const annotations = (n: number): CheckAnnotation[] => Array.from({ length: n }, (_, i) => ({
  path: `svc-${i}/Dockerfile`, start_line: 1, end_line: 1, annotation_level: 'failure', message: `finding ${i}`, title: `t${i}`,
}));

describe('the error said for annotation batches not posted', () => {
  it('names the rate limit that stopped the batches, not the 422 of the first one', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 422, times: 1, message: 'Validation Failed' });
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 429, times: 100, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '7200' } });
    const client = createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 });
    const res = await publishCheckRun(client, {
      owner: 'acme', repo: 'shop', name: 'Preflight', headSha: 'a'.repeat(40), conclusion: 'failure', title: 'Failed',
      summary: (unposted: number) => `summary, ${unposted} not posted`, annotations: annotations(200),
    });
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(res).toMatchObject({ annotated: 0, failed: 200, failedBatches: 4, summaryUpdated: false });
    expect(isRateLimited(res.error)).toBe(true);
  });

  it('a 422 alone is still the error said', async () => {
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 422, times: 1, message: 'Validation Failed' });
    const client = createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 });
    const res = await publishCheckRun(client, {
      owner: 'acme', repo: 'shop', name: 'Preflight', headSha: 'a'.repeat(40), conclusion: 'failure', title: 'Failed',
      summary: (unposted: number) => `summary, ${unposted} not posted`, annotations: annotations(120),
    });
    expect(res).toMatchObject({ annotated: 70, failed: 50, failedBatches: 1, summaryUpdated: true });
    expect(res.error).toMatchObject({ status: 422 });
  });
});
