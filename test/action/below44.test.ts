import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';

// QA44 action13 D1: a workspace below the pull request's head (the base branch checked out with `ref: main` and
// `fetch-depth: 0`, so the head is in the clone; refs/pull/N/merge not fetched) posted a green check on the head.
let gh: FakeGitHub;
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: gitEnv }).trim();
const CONFIG = { '.github/preflight.yml': 'version: 1\nfail-on: critical\nitems:\n  - { id: env, check: env-file-committed }\n', 'app.py': 'print(1)\n' };

/** base ← head (the pull request commits .env.production), the workspace checked out back at base. */
function layout() {
  const base = makeRepo(CONFIG);
  fs.writeFileSync(path.join(base.dir, '.env.production'), 'DATABASE_URL=postgres://app@db/app\n');
  git(base.dir, 'add', '-f', '.env.production');
  git(base.dir, 'commit', '-qm', 'head');
  const head = git(base.dir, 'rev-parse', 'HEAD');
  git(base.dir, 'checkout', '-q', base.sha);
  return { dir: base.dir, base: base.sha, head };
}

describe('pull_request: a workspace at an ancestor of the head fails the step', () => {
  it('GITHUB_SHA not in the clone: refused (was: scanned with a warning, a green check on the head)', async () => {
    const l = layout();
    gh.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: l.head, files: ['.env.production'] });
    const r = await runAction({ workspace: l.dir, sha: 'c0ffee'.repeat(6) + 'c0ff', apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: l.head, baseSha: l.base }) });
    expect(r.code).toBe(1);
    const error = commands(r.stdout, 'error').map((c) => c.message).join('\n');
    expect(error).toContain(`the workspace is at ${l.base.slice(0, 12)}, an ancestor of the pull request's head ${l.head.slice(0, 12)}`);
    expect(error).toContain('ref: ${{ github.event.pull_request.head.sha }}');
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
    expect(r.outputs).toEqual({ result: 'fail' });
  });

  it('the head itself checked out still scans (the .env it commits fails the gate on the head\'s check run)', async () => {
    const l = layout();
    git(l.dir, 'checkout', '-q', l.head);
    gh.state.pulls.set(8, { number: 8, body: '', author: 'alice', headSha: l.head, files: ['.env.production'] });
    const r = await runAction({ workspace: l.dir, sha: 'c0ffee'.repeat(6) + 'c0ff', apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 8, headSha: l.head, baseSha: l.base }) });
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).not.toMatch(/ancestor of the pull request's head/);
    expect(gh.state.checkRuns.map((c) => c.head_sha)).toEqual([l.head]);
    expect(r.outputs['result']).toBe('fail');
  });
});
