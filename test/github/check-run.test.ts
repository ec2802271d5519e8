import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { createClient, describeError } from '../../src/github/client.js';
import { commentAuthor, commentMarker, upsertComment } from '../../src/github/comment.js';
import { changedFiles, fetchPull, pullForCommit } from '../../src/github/pulls.js';
import type { CheckAnnotation } from '../../src/github/sanitize.js';
import { silentLogger } from '../../src/types.js';
import { makePki } from '../servers/certs.js';
import { startHttps } from '../servers/node.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';

const TOKEN = 'ghs_unit_token_123';
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

describe('publishCheckRun', () => {
  it('creates the run with 50 annotations and appends the rest in PATCH batches of 50, serially', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const c = client();
    c.hook.wrap('request', async (request, options) => {
      inFlight++; maxInFlight = Math.max(maxInFlight, inFlight);
      try { return await request(options); } finally { inFlight--; }
    });
    const res = await publishCheckRun(c, input(137));
    expect(gh.violations()).toEqual([]);
    expect(res).toMatchObject({ annotated: 137, omitted: 0 });
    const writes = gh.state.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((w) => w.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    expect(writes.map((w) => (w.body as { output: { annotations: unknown[] } }).output.annotations.length)).toEqual([50, 50, 37]);
    expect(gh.state.checkRuns[0]!.annotations.map((a) => a.message)).toEqual(annotations(137).map((a) => a.message));
    expect(maxInFlight).toBe(1);
  });

  it('stops at 1,000 annotations per run, most severe (first) kept', async () => {
    const res = await publishCheckRun(client(), input(1234));
    expect(gh.violations()).toEqual([]);
    expect(res).toMatchObject({ annotated: 1000, omitted: 234 });
    expect(gh.state.checkRuns[0]!.annotations).toHaveLength(1000);
    expect(gh.state.checkRuns[0]!.annotations.at(-1)!.message).toBe('finding 999');
    expect(gh.state.requests.filter((r) => r.method === 'PATCH')).toHaveLength(19);
  });

  it('cuts an oversized summary at 65,535 characters with a note', async () => {
    await publishCheckRun(client(), { ...input(0), summary: 'x'.repeat(70_000) });
    expect(gh.violations()).toEqual([]);
    const summary = gh.state.checkRuns[0]!.output.summary!;
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary).toMatch(/cut: the report is longer/);
  });

  it('keeps a written run when an annotation batch fails: counts what was not posted, rewrites the summary once', async () => {
    // Persistent 500s on PATCH: the first batch is retried (1 + 3), the rest are not tried, and the
    // summary rewrite is one attempt without retries.
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 500, times: 100 });
    const seen: number[] = [];
    const res = await publishCheckRun(client(), { ...input(1234), summary: (n) => { seen.push(n); return `not posted: ${n}`; } });
    expect(gh.violations()).toEqual([]);
    expect(res).toMatchObject({ annotated: 50, omitted: 234, failed: 950, batches: 20, failedBatches: 19, summaryUpdated: false, app: 'github-actions' });
    expect(res.error).toMatchObject({ status: 500 });
    expect(gh.state.requests.filter((r) => r.method === 'PATCH')).toHaveLength(5);
    expect(gh.state.checkRuns[0]!.conclusion).toBe('failure');
    expect(seen).toContain(950);

    // One batch rejected (422): the others are posted and the summary is corrected.
    gh.reset();
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 422, times: 1, message: 'Validation Failed' });
    const again = await publishCheckRun(client(), { ...input(1234), summary: (n) => `not posted: ${n}` });
    expect(again).toMatchObject({ annotated: 950, failed: 50, failedBatches: 1, summaryUpdated: true });
    const run = gh.state.checkRuns[0]!;
    expect(run.annotations).toHaveLength(950);
    expect(run.output.summary).toBe('not posted: 50');
    expect(run.conclusion).toBe('failure');
    const last = gh.state.requests.at(-1)!;
    expect(last.method).toBe('PATCH');
    expect((last.body as { output: { annotations?: unknown[] } }).output.annotations).toBeUndefined();
  });

  it('a 422 on the create request (its first batch rejected) creates the run without that batch and posts the rest', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 422, times: 1, message: 'Validation Failed' });
    const res = await publishCheckRun(client(), { ...input(120), summary: (n) => `not posted: ${n}` });
    expect(gh.violations()).toEqual([]);
    expect(res).toMatchObject({ annotated: 70, failed: 50, failedBatches: 1, summaryUpdated: true });
    expect(res.error).toMatchObject({ status: 422 });
    const run = gh.state.checkRuns[0]!;
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(run.annotations).toHaveLength(70);
    expect(run.output.summary).toBe('not posted: 50');
    expect(run.conclusion).toBe('failure');
    // A 422 on a run without annotations is not about annotations: it is the caller's to report.
    gh.reset();
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 422, times: 1, message: 'Validation Failed' });
    await expect(publishCheckRun(client(), input(0))).rejects.toMatchObject({ status: 422 });
  });

  it('retries 5xx and propagates a 403', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 503, times: 2 });
    await publishCheckRun(client(), input(1));
    expect(gh.state.checkRuns).toHaveLength(1);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, message: 'Resource not accessible by integration' });
    await expect(publishCheckRun(client(), input(1))).rejects.toMatchObject({ status: 403 });
  });
});

const BOT = 'github-actions[bot]';

describe('sticky comment', () => {
  it('creates, skips when unchanged, updates in place', async () => {
    const marker = commentMarker('Preflight');
    gh.state.comments.set(5, [{ id: 1, body: 'unrelated', user: 'bob' }]);
    expect(await upsertComment(client(), repo, 5, marker, 'report v1', BOT)).toBe('created');
    expect(await upsertComment(client(), repo, 5, marker, 'report v1', BOT)).toBe('unchanged');
    expect(await upsertComment(client(), repo, 5, marker, 'report v2', BOT)).toBe('updated');
    expect(gh.state.comments.get(5)!.map((c) => c.body)).toEqual(['unrelated', `${marker}\nreport v2`]);
    expect(gh.violations()).toEqual([]);
  });
  it('finds its comment beyond the first page', async () => {
    const marker = commentMarker('Preflight');
    gh.state.comments.set(6, [...Array.from({ length: 150 }, (_, i) => ({ id: 10 + i, body: `c${i}`, user: 'bob' })), { id: 999, body: `${marker}\nold`, user: 'github-actions[bot]' }]);
    expect(await upsertComment(client(), repo, 6, marker, 'new', BOT)).toBe('updated');
    expect(gh.state.comments.get(6)).toHaveLength(151);
  });
  it('never takes over a comment somebody else planted the marker in', async () => {
    const marker = commentMarker('Preflight');
    const planted = `${marker}\nAll clear, merge away`;
    gh.state.comments.set(7, [{ id: 77, body: planted, user: 'mallory' }, { id: 78, body: `${marker}\nreport v1`, user: 'github-actions' }]);
    expect(await upsertComment(client(), repo, 7, marker, 'report v1', BOT)).toBe('created');
    expect(await upsertComment(client(), repo, 7, marker, 'report v2', BOT)).toBe('updated');
    const comments = gh.state.comments.get(7)!;
    expect(comments.map((c) => [c.user, c.body])).toEqual([['mallory', planted], ['github-actions', `${marker}\nreport v1`], [BOT, `${marker}\nreport v2`]]);
    expect(gh.state.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/acme/shop/issues/comments/${comments[2]!.id}`]);
  });
  it('with an unknown App identity, updates a bot\'s marked comment (an App token\'s own), never a user\'s', async () => {
    const marker = commentMarker('Preflight');
    gh.state.comments.set(8, [{ id: 80, body: `${marker}\nplanted`, user: 'mallory' }, { id: 81, body: `${marker}\nreport v1`, user: 'my-deploy-app[bot]' }]);
    expect(await upsertComment(client(), repo, 8, marker, 'report v2', null)).toBe('updated');
    expect(gh.state.comments.get(8)!.map((c) => [c.user, c.body])).toEqual([['mallory', `${marker}\nplanted`], ['my-deploy-app[bot]', `${marker}\nreport v2`]]);
  });
  it('with an unknown identity, a marked comment of another bot it may not edit gives way to a new comment of its own', async () => {
    const marker = commentMarker('Preflight');
    gh.state.comments.set(9, [{ id: 90, body: `Renovate quotes: ${marker}`, user: 'renovate[bot]' }]);
    gh.state.faults.push({ method: 'PATCH', path: /\/issues\/comments\/90$/, status: 403, message: 'Resource not accessible by integration' });
    expect(await upsertComment(client(), repo, 9, marker, 'report v1', null)).toBe('created');
    expect(gh.state.comments.get(9)!.map((c) => c.body)).toEqual([`Renovate quotes: ${marker}`, `${marker}\nreport v1`]);
  });
  it('with an unknown identity, the next run edits its own comment past the other bot\'s: one comment, not one more per run', async () => {
    const marker = commentMarker('Preflight');
    gh.state.comments.set(10, [{ id: 100, body: `Renovate quotes: ${marker}`, user: 'renovate[bot]' }, { id: 101, body: `${marker}\nreport v1`, user: 'my-deploy-app[bot]' }]);
    gh.state.faults.push({ method: 'PATCH', path: /\/issues\/comments\/100$/, status: 403, message: 'Resource not accessible by integration' });
    expect(await upsertComment(client(), repo, 10, marker, 'report v2', null)).toBe('updated');
    expect(gh.state.comments.get(10)!.map((c) => c.body)).toEqual([`Renovate quotes: ${marker}`, `${marker}\nreport v2`]);
  });
  it('only a comment that starts with the marker is its own: another bot quoting it is left alone even when it may be edited (QA27 D3)', async () => {
    const marker = commentMarker('Preflight');
    const quoted = `Renovate: the dashboard keeps ${marker} for Preflight's comment`;
    // GitHub lets the token edit the other bot's comment: nothing stops a wrong PATCH but the match itself.
    gh.state.comments.set(11, [{ id: 110, body: quoted, user: 'renovate[bot]' }, { id: 111, body: `Still quoting\n${marker}\nold`, user: BOT }]);
    expect(await upsertComment(client(), repo, 11, marker, 'report v1', null)).toBe('created');
    expect(await upsertComment(client(), repo, 11, marker, 'report v1', BOT)).toBe('unchanged');
    expect(gh.state.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(gh.state.comments.get(11)!.map((c) => c.body)).toEqual([quoted, `Still quoting\n${marker}\nold`, `${marker}\nreport v1`]);
    // Its own comment, marker first (leading blank lines aside), is still found and updated, by a known or an unknown identity.
    gh.state.comments.set(12, [{ id: 120, body: `\n${marker}\nold`, user: 'my-deploy-app[bot]' }]);
    expect(await upsertComment(client(), repo, 12, marker, 'report v2', null)).toBe('updated');
    expect(await upsertComment(client(), repo, 12, marker, 'report v3', 'my-deploy-app[bot]')).toBe('updated');
    expect(gh.state.comments.get(12)!.map((c) => c.body)).toEqual([`${marker}\nreport v3`]);
  });
  it('knows whom the token writes as: the check run\'s App, a PAT\'s user, else github-actions[bot]', async () => {
    expect(await commentAuthor(client(), 'my-deploy-app')).toBe('my-deploy-app[bot]');
    expect(gh.state.requests).toHaveLength(0);
    // An installation token cannot read /user (403): some App's bot, not known which.
    expect(await commentAuthor(client(), null)).toBeNull();
    gh.state.viewer = 'release-manager';
    expect(await commentAuthor(client(), null)).toBe('release-manager');
    expect(gh.violations()).toEqual([]);
  });
});

describe('a check run create that fails with 5xx (QA27 D5)', () => {
  it('is not created twice when GitHub made it and still answered 502: the run it made is found and used', async () => {
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 502, applied: true, message: 'Bad Gateway' });
    const res = await publishCheckRun(client(), input(70));
    expect(gh.violations()).toEqual([]);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(res).toMatchObject({ id: gh.state.checkRuns[0]!.id, annotated: 70, failed: 0 });
    expect(gh.state.requests.map((r) => `${r.method} ${r.template}`)).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ]);
    expect(gh.state.checkRuns[0]!.annotations).toHaveLength(70);
  });
  it('is created again when the failed attempt made nothing, and never takes an earlier run of the same name for its own', async () => {
    await publishCheckRun(client(), input(0));
    gh.state.requests.length = 0;
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 500, times: 2, message: 'Server Error' });
    const res = await publishCheckRun(client(), input(3));
    expect(gh.violations()).toEqual([]);
    expect(gh.state.checkRuns).toHaveLength(2);
    expect(res.id).toBe(gh.state.checkRuns[1]!.id);
    expect(gh.state.checkRuns[1]!.annotations).toHaveLength(3);
    expect(gh.state.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    // A 4xx is final: no lookup, no retry.
    gh.state.requests.length = 0;
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, message: 'Resource not accessible by integration' });
    await expect(publishCheckRun(client(), input(0))).rejects.toMatchObject({ status: 403 });
    expect(gh.state.requests).toHaveLength(1);
  });
});

describe('a check run create whose connection no retry can make (QA32 ghes D3)', () => {
  it('an API certificate the runner does not trust: one attempt, no lookups, the TLS error said', async () => {
    const api = await startHttps(makePki().valid, (_req, res) => { res.end('{}'); });
    try {
      const c = createClient({ token: TOKEN, baseUrl: api.url, logger: silentLogger, retryMs: 1 });
      const calls: string[] = [];
      c.hook.wrap('request', (request, options) => { calls.push(`${options.method} ${options.url}`); return request(options); });
      const err = await publishCheckRun(c, input(3)).then(() => null, (e: unknown) => e);
      expect(describeError(err)).toMatch(/^the GitHub API's TLS certificate was not accepted: /);
      expect(calls).toEqual(['POST /repos/{owner}/{repo}/check-runs']);
    } finally { await api.close(); }
  }, 60_000);
});

describe('pull request lookups', () => {
  it('lists changed files across pages, reads the body fresh, finds a commit\'s PR', async () => {
    gh.state.pulls.set(3, { number: 3, body: '- [x] Done', author: 'carol', headSha: 'c'.repeat(40), files: Array.from({ length: 205 }, (_, i) => `f${i}`) });
    gh.state.commitPulls.set('c'.repeat(40), [3]);
    const files = await changedFiles(client(), repo, 3);
    expect(files.size).toBe(205);
    expect(await fetchPull(client(), repo, 3)).toEqual({ body: '- [x] Done', author: 'carol', association: null, headSha: 'c'.repeat(40) });
    // The author's association, which the attesters input judges, is read with the body.
    gh.state.pulls.set(4, { number: 4, body: '', author: 'dave', association: 'FIRST_TIME_CONTRIBUTOR', headSha: 'c'.repeat(40), files: [] });
    expect((await fetchPull(client(), repo, 4)).association).toBe('FIRST_TIME_CONTRIBUTOR');
    expect(await pullForCommit(client(), repo, 'c'.repeat(40))).toBe(3);
    expect(await pullForCommit(client(), repo, 'd'.repeat(40))).toBeNull();
    // A merge or squash commit: the merged pull request's merge_commit_sha (its head is another commit).
    gh.state.commitPulls.set('e'.repeat(40), [3]);
    expect(await pullForCommit(client(), repo, 'e'.repeat(40))).toBe(3);
    // The merge commit of #3 is also the head of an open release PR (develop → main, #9): the push is #3's merge,
    // whose sign-offs count, whichever order GitHub lists them in.
    gh.state.pulls.set(9, { number: 9, body: '', author: 'dave', headSha: 'e'.repeat(40), files: [] });
    for (const order of [[9, 3], [3, 9]]) {
      gh.state.commitPulls.set('e'.repeat(40), order);
      expect(await pullForCommit(client(), repo, 'e'.repeat(40))).toBe(3);
    }
    // Only the open PR: it is the commit's.
    gh.state.commitPulls.set('e'.repeat(40), [9]);
    expect(await pullForCommit(client(), repo, 'e'.repeat(40))).toBe(9);
    expect(gh.violations()).toEqual([]);
  });
});
