// QA stop 45 (action14 D2): with a personal access token GitHub refuses the check run ("You must authenticate via a GitHub
// App.", or "Resource not accessible by personal access token"); the advice `permissions: checks: write` cannot fix that.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { APP, pullRequestPayload } from './fixtures.js';

const PAT = 'github_pat_11AAAAAAA0CANARYpat0123456789abcdefXYZ';
const GHS = 'ghs_CANARYinstallation0123456789abcdef';
let pat: FakeGitHub;
let ghs: FakeGitHub;
const BASE = 'b'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  pat = await startFakeGitHub({ token: PAT });
  ghs = await startFakeGitHub({ token: GHS });
});
afterAll(async () => { await pat?.close(); await ghs?.close(); });
beforeEach(() => { pat.reset(); ghs.reset(); });

const warnings = (stdout: string) => commands(stdout, 'warning').map((c) => c.message).join('\n');
const CREATE = /\/check-runs$/;

describe('stop 45: a check run refused to a user\'s token', () => {
  it('"You must authenticate via a GitHub App." names the token to use, not a permission', async () => {
    const { dir, sha } = makeRepo(APP);
    pat.state.viewer = 'alice';
    pat.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: sha, files: [] });
    pat.state.faults.push({ method: 'POST', path: CREATE, status: 403, times: 5, message: 'You must authenticate via a GitHub App.' });
    const r = await runAction({ workspace: dir, sha, apiUrl: pat.url, token: PAT, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: sha, baseSha: BASE }) });
    const w = warnings(r.stdout);
    expect(w).toMatch(/only a GitHub App's token can write check runs, and the github-token input is a user's token/);
    expect(w).toMatch(/Leave github-token at its default \(`\$\{\{ github\.token \}\}`, with `checks: write`\) or pass a GitHub App's installation token/);
    expect(w).toMatch(/Findings are annotated in the workflow run instead/);
    expect(w).not.toMatch(/give the job `permissions: checks: write`/);
    expect(r.outputs.result).toBe('fail');
  }, 60_000);

  it('"Resource not accessible by personal access token" gets the same advice, whatever the token looks like', async () => {
    const { dir, sha } = makeRepo(APP);
    ghs.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: sha, files: [] });
    ghs.state.faults.push({ method: 'POST', path: CREATE, status: 403, times: 5, message: 'Resource not accessible by personal access token' });
    const r = await runAction({ workspace: dir, sha, apiUrl: ghs.url, token: GHS, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: sha, baseSha: BASE }) });
    expect(warnings(r.stdout)).toMatch(/only a GitHub App's token can write check runs/);
  }, 60_000);

  it('the job\'s own token refused for want of the permission still gets `checks: write`', async () => {
    const { dir, sha } = makeRepo(APP);
    ghs.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: sha, files: [] });
    ghs.state.faults.push({ method: 'POST', path: CREATE, status: 403, times: 5, message: 'Resource not accessible by integration' });
    const r = await runAction({ workspace: dir, sha, apiUrl: ghs.url, token: GHS, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: sha, baseSha: BASE }) });
    const w = warnings(r.stdout);
    expect(w).toMatch(/give the job `permissions: checks: write`/);
    expect(w).not.toMatch(/user's token/);
  }, 60_000);
});
