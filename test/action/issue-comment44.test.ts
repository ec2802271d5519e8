// QA stop 44 (action13 D2): on issue_comment, when GitHub's commit→pull request lookup came back empty, the notice said
// the commented pull request "was not scanned" and told the user to check out refs/pull/N/head, although the workspace
// held that head. The pull request's head is now read (GET pulls/N) and compared with the workspace first.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { APP, TOKEN, pushPayload } from './fixtures.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';

let gh: FakeGitHub;
let app: { dir: string; sha: string };
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  app = makeRepo(APP);
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const comment = (pull: number) => ({
  action: 'created',
  issue: { number: pull, title: 'Add feature', pull_request: { url: `https://api.github.com/repos/acme/shop/pulls/${pull}`, merged_at: null } },
  comment: { id: 5, body: '/preflight', user: { login: 'carol', id: 9, type: 'User' } },
  repository: pushPayload({ after: 'a'.repeat(40) }).repository,
  sender: { login: 'carol', id: 9, type: 'User' },
});
const run = (pull: number) => runAction({ event: 'issue_comment', payload: comment(pull), workspace: app.dir, sha: 'd'.repeat(40), apiUrl: gh.url, token: TOKEN, env: { GITHUB_REF: 'refs/heads/main' } });
const eventNotice = (stdout: string) => commands(stdout, 'notice').find((c) => c.props.includes("event 'issue_comment'"))?.message ?? '';

describe('issue_comment on a pull request whose head the commit lookup does not list', () => {
  it('the workspace is its head (ref: refs/pull/N/head): the run is that pull request\'s, no "not scanned" advice', async () => {
    // The ticked sign-off in the description counts: the run reads the pull request it scanned.
    gh.state.pulls.set(7, { number: 7, body: '- [x] Backup restore procedure has been tested', author: 'alice', headSha: app.sha, files: ['Dockerfile'] });
    // The workspace is not GITHUB_SHA (the default branch): its checklist is read from GITHUB_SHA, never from the
    // pull request's head (QA50 action17 D1); the default branch has the same checklist.
    gh.state.contents.set(`${'d'.repeat(40)}:.github/preflight.yml`, APP['.github/preflight.yml']!);
    const r = await run(7);
    expect(gh.violations()).toEqual([]);
    expect(gh.state.requests.filter((q) => q.method === 'GET' && q.path === '/repos/acme/shop/pulls/7')).toHaveLength(1);
    const notice = eventNotice(r.stdout);
    expect(notice).toContain('as part of pull request #7');
    expect(notice).not.toContain('not scanned');
    expect(notice).not.toContain('refs/pull/7/head');
    expect(r.report?.context).toMatchObject({ pullRequest: 7, gatesManual: true });
    expect(r.report?.items.find((i: { id: string }) => i.id === 'backups-tested')).toMatchObject({ status: 'attested', attestedBy: 'alice' });
    expect(gh.state.checkRuns[0]!.head_sha).toBe(app.sha);
  });

  it('the workspace is another commit (the default branch): the notice says it was not scanned, naming the head', async () => {
    gh.state.pulls.set(8, { number: 8, body: '', author: 'alice', headSha: 'c'.repeat(40), files: ['Dockerfile'] });
    const r = await run(8);
    const notice = eventNotice(r.stdout);
    expect(notice).toContain(`The comment is on pull request #8, which was not scanned (its head is ${'c'.repeat(12)})`);
    expect(notice).toContain('refs/pull/8/head');
    expect(r.report?.context).toMatchObject({ pullRequest: null, gatesManual: false });
  });

  it('the head cannot be read: the notice says it could not be compared instead of asserting it was not scanned', async () => {
    const r = await run(9); // the fake has no pull request #9: 404
    const notice = eventNotice(r.stdout);
    expect(notice).toMatch(/pull request #9, whose head could not be read \(.+\), so Preflight cannot tell whether the workspace holds it: if it does not, check out its head/);
    expect(notice).not.toContain('which was not scanned');
    expect(r.report?.context).toMatchObject({ pullRequest: null });
  });
});
