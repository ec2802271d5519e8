/**
 * QA stop 40 (action9 D2): creating the sticky pull request comment was retried blindly by the client after a 5xx. When
 * GitHub had stored the comment and still answered 502 (its front end does), the retry posted a second one; later runs
 * update only the first, so the second kept a stale report for good. The create is now retried by upsertComment itself,
 * after looking whether the failed attempt made the comment, as a check run's create is.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { CommentError, commentMarker, upsertComment } from '../../src/github/comment.js';
import { silentLogger } from '../../src/types.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';

const TOKEN = 'ghs_unit_token_stop40';
const repo = { owner: 'acme', repo: 'shop' };
const BOT = 'github-actions[bot]';
const marker = commentMarker('Preflight');
let gh: FakeGitHub;
beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
afterAll(async () => { await gh.close(); });
beforeEach(() => { gh.reset(); });

const client = () => createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 });
const calls = () => gh.state.requests.map((r) => `${r.method} ${r.template}`);
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

describe('a sticky comment create that fails with 5xx (stop 40)', () => {
  it('GitHub made it and answered 502: the comment is found, not posted again', async () => {
    gh.state.comments.set(7, [{ id: 1, body: 'LGTM', user: 'bob' }]);
    gh.state.faults.push({ method: 'POST', path: /issues\/7\/comments$/, status: 502, applied: true, message: 'Bad Gateway' });
    expect(await upsertComment(client(), repo, 7, marker, 'report v1', BOT)).toBe('created');
    expect(gh.state.comments.get(7)!.map((c) => c.body)).toEqual(['LGTM', `${marker}\nreport v1`]);
    expect(calls()).toEqual([LIST, CREATE, LIST]);
    expect(gh.violations()).toEqual([]);
    // The next run finds the one comment and updates it in place.
    expect(await upsertComment(client(), repo, 7, marker, 'report v2', BOT)).toBe('updated');
    expect(gh.state.comments.get(7)!.map((c) => c.body)).toEqual(['LGTM', `${marker}\nreport v2`]);
  });

  it('the failed attempt made nothing: created again, once', async () => {
    gh.state.faults.push({ method: 'POST', path: /issues\/8\/comments$/, status: 500, times: 2, message: 'Server Error' });
    expect(await upsertComment(client(), repo, 8, marker, 'report', BOT)).toBe('created');
    expect(gh.state.comments.get(8)!.map((c) => c.body)).toEqual([`${marker}\nreport`]);
    expect(calls()).toEqual([LIST, CREATE, LIST, CREATE, LIST, CREATE]);
  });

  it('another run\'s comment with an older report is not taken for the one this create made', async () => {
    // (With the token's identity unknown, another bot's marker comment is refused for edits: then a create follows.)
    gh.state.comments.set(9, [{ id: 5, body: `${marker}\nquoted by renovate`, user: 'renovate[bot]' }]);
    gh.state.faults.push({ method: 'PATCH', path: /issues\/comments\/5$/, status: 403, message: 'Resource not accessible by integration' });
    gh.state.faults.push({ method: 'POST', path: /issues\/9\/comments$/, status: 502, message: 'Bad Gateway' });
    expect(await upsertComment(client(), repo, 9, marker, 'report', null)).toBe('created');
    expect(gh.state.comments.get(9)!.map((c) => [c.user, c.body])).toEqual([['renovate[bot]', `${marker}\nquoted by renovate`], [BOT, `${marker}\nreport`]]);
  });

  it('a 4xx is final (no look, no retry); a 5xx on every attempt gives up with a write error', async () => {
    gh.state.faults.push({ method: 'POST', path: /issues\/10\/comments$/, status: 403, message: 'Resource not accessible by integration' });
    await expect(upsertComment(client(), repo, 10, marker, 'report', BOT)).rejects.toMatchObject({ step: 'write' });
    expect(calls()).toEqual([LIST, CREATE]);
    gh.state.requests.length = 0;
    gh.state.faults.push({ method: 'POST', path: /issues\/11\/comments$/, status: 503, times: 10, message: 'Unavailable' });
    const err = await upsertComment(client(), repo, 11, marker, 'report', BOT).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(CommentError);
    expect((err as CommentError).step).toBe('write');
    // The client's own retries are off for the create: 1 + 3 attempts, a look before each retry.
    expect(calls()).toEqual([LIST, CREATE, LIST, CREATE, LIST, CREATE, LIST, CREATE]);
    expect(gh.state.comments.get(11) ?? []).toEqual([]);
  });
});
