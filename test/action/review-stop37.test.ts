// Review C, stop 37 (S2, N1): a sub-folder's job that keeps the default check-name (`Preflight`, DESIGN.md) is told that
// every job of its matrix publishes a check run of that name, and how to name them apart; a folder's sticky-comment key
// is told apart from a longer folder's that ends the same way.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';
import { stickyKey } from '../../src/action/main.js';

let gh: FakeGitHub;
const BASE = 'b'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const FILES = {
  '.github/preflight.yml': 'version: 1\nitems:\n  - id: pinned\n    check: image-tag-pinned\n',
  'services/web/Dockerfile': 'FROM python:3.12-slim\n',
};
const checkNameNotices = (stdout: string) => commands(stdout, 'notice').filter((c) => /check-name/.test(c.message));

describe('the default check-name in a sub-folder\'s run', () => {
  it('keeps the name `Preflight` and says to set check-name per folder', async () => {
    const repo = makeRepo(FILES);
    gh.state.pulls.set(3, { number: 3, body: '', author: 'alice', headSha: repo.sha, files: [] });
    const payload = pullRequestPayload({ number: 3, headSha: repo.sha, baseSha: BASE });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload, inputs: { 'working-directory': 'services/web', checklist: '../../.github/preflight.yml' } });
    expect(r.code).toBe(0);
    expect(gh.state.checkRuns.map((c) => c.name)).toEqual(['Preflight']);
    const notices = checkNameNotices(r.stdout);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('working-directory services/web: the check run is named `Preflight`');
    expect(notices[0]!.message).toContain('set check-name per folder (e.g. `Preflight (${{ matrix.dir }})`) so a matrix\'s check runs stand apart');
  }, 60_000);

  it('says nothing at the repository root, nor when check-name is set', async () => {
    const repo = makeRepo(FILES);
    gh.state.pulls.set(4, { number: 4, body: '', author: 'alice', headSha: repo.sha, files: [] });
    const payload = pullRequestPayload({ number: 4, headSha: repo.sha, baseSha: BASE });
    const root = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload, inputs: {} });
    expect(checkNameNotices(root.stdout)).toEqual([]);
    const named = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload, inputs: { 'working-directory': 'services/web', checklist: '../../.github/preflight.yml', 'check-name': 'Preflight (services/web)' } });
    expect(checkNameNotices(named.stdout)).toEqual([]);
    expect(gh.state.checkRuns.map((c) => c.name)).toEqual(['Preflight', 'Preflight (services/web)']);
  }, 60_000);
});

describe('the sticky comment\'s key', () => {
  it('adds the folder unless the check name ends with it in parentheses', () => {
    expect(stickyKey('Preflight (apps/web)', 'web')).toBe('Preflight (apps/web) (web)');
    expect(stickyKey('Preflight (apps/web)', 'apps/web')).toBe('Preflight (apps/web)');
    expect(stickyKey('Preflight', 'web')).toBe('Preflight (web)');
  });
});
