// QA stop 37 (monorepos): one job per folder (a `working-directory` matrix) keeps its own check run and sticky
// comment and says which folder it covers; a root checklist's per-service `paths` are no typo in another service's
// job; a whole-repository baseline serves a folder's job; a `\` in a path input says to use `/`.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';
import { backslashHint } from '../../src/action/inputs.js';
import { defaultCheckName, stickyKey } from '../../src/action/main.js';
import { main as cliMain } from '../../src/cli.js';

let gh: FakeGitHub;
const BASE = 'b'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

/** Two services and a root checklist whose items are scoped to one service each. */
const MONO = {
  '.github/preflight.yml': [
    'version: 1',
    'fail-on: high',
    'items:',
    '  - id: web-non-root',
    '    check: dockerfile-non-root',
    '    paths: ["services/web/**"]',
    '  - id: api-pinned',
    '    check: image-tag-pinned',
    '    paths: ["services/api/**"]',
    '  - id: any-root',
    '    check: dockerfile-non-root',
    '',
  ].join('\n'),
  'services/web/Dockerfile': 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n',
  'services/api/Dockerfile': 'FROM node:latest\nCMD ["node", "server.js"]\n',
};
const CHECKLIST = '../../.github/preflight.yml';

describe('D2: one pull request, one job per folder (a working-directory matrix)', () => {
  it('each folder gets its own check run and sticky comment, and each says which folder it covers', async () => {
    const repo = makeRepo(MONO);
    gh.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: repo.sha, files: ['services/web/Dockerfile'] });
    const payload = pullRequestPayload({ number: 7, headSha: repo.sha, baseSha: BASE });
    for (const folder of ['services/web', 'services/api']) {
      const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload, inputs: { 'working-directory': folder, checklist: CHECKLIST, comment: 'true' } });
      expect(r.code).toBe(1);
      expect(r.summary).toContain(`## ❌ Preflight failed in \`${folder}\` (fail-on: high)`);
    }
    // The check runs keep DESIGN.md's default name (a matrix sets `check-name` per folder); each is a run of its own.
    expect(gh.state.checkRuns.map((c) => c.name)).toEqual(['Preflight', 'Preflight']);
    expect(gh.state.checkRuns.map((c) => c.output.title)).toEqual([expect.stringMatching(/ — services\/web$/), expect.stringMatching(/ — services\/api$/)]);
    expect(gh.state.checkRuns[1]!.output.summary).toContain('## ❌ Preflight failed in `services/api`');
    // Two comments, neither overwritten by the other's run.
    const comments = gh.state.comments.get(7)!;
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- preflight:sticky-comment Preflight (services/web) -->',
      '<!-- preflight:sticky-comment Preflight (services/api) -->',
    ]);
    expect(comments[0]!.body).toContain('Preflight failed in `services/web`');
    expect(comments[1]!.body).toContain('Preflight failed in `services/api`');
    expect(gh.state.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/issues/comments/'))).toEqual([]);
    // The web job again: it updates its own comment, not the api job's.
    const again = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload, inputs: { 'working-directory': 'services/web', checklist: CHECKLIST, comment: 'true' } });
    expect(again.code).toBe(1);
    expect(gh.state.comments.get(7)).toHaveLength(2);
  }, 120_000);

  it('the repository root keeps the name `Preflight`, its marker and heading', async () => {
    const repo = makeRepo(MONO);
    gh.state.pulls.set(8, { number: 8, body: '', author: 'alice', headSha: repo.sha, files: [] });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 8, headSha: repo.sha, baseSha: BASE }), inputs: { comment: 'true' } });
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns.map((c) => c.name)).toEqual(['Preflight']);
    expect(gh.state.comments.get(8)![0]!.body).toMatch(/^<!-- preflight:sticky-comment Preflight -->\n## ❌ Preflight failed \(fail-on: high\)/);
  }, 60_000);

  it('the check name is the input (DESIGN.md: `Preflight`, `Preflight (deployment)` on deployment_status); the comment marker adds the folder', () => {
    expect(defaultCheckName('Preflight', 'pull_request', 'services/web')).toBe('Preflight');
    expect(defaultCheckName('Preflight', 'deployment_status', 'services/web')).toBe('Preflight (deployment)');
    expect(stickyKey('Preflight', 'services/web')).toBe('Preflight (services/web)');
    expect(defaultCheckName('Preflight', 'deployment_status', '')).toBe('Preflight (deployment)');
    expect(defaultCheckName('Preflight', 'push', '')).toBe('Preflight');
    expect(defaultCheckName('Gate', 'pull_request', 'services/web')).toBe('Gate');
    expect(stickyKey('Gate', 'services/web')).toBe('Gate (services/web)');
    expect(stickyKey('Preflight (services/web)', 'services/web')).toBe('Preflight (services/web)');
    expect(stickyKey('Gate', '')).toBe('Gate');
  });
});

describe('D3: a root checklist with per-service paths, used by one service\'s job', () => {
  it('warns about no glob that names another folder\'s tracked files; a glob matching nothing anywhere still is', async () => {
    const repo = makeRepo(MONO);
    gh.state.pulls.set(9, { number: 9, body: '', author: 'alice', headSha: repo.sha, files: [] });
    const payload = pullRequestPayload({ number: 9, headSha: repo.sha, baseSha: BASE });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload, inputs: { 'working-directory': 'services/web', checklist: CHECKLIST } });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'warning').filter((c) => /paths glob/.test(c.message))).toEqual([]);
    expect(r.report!.items.find((i: { id: string }) => i.id === 'api-pinned').status).toBe('skipped');
    // A misspelt folder outside the scanned one.
    const typo = makeRepo({ '.github/preflight.yml': MONO['.github/preflight.yml'].replace('services/api/**', 'servces/api/**') }, repo.dir);
    gh.state.pulls.set(9, { number: 9, body: '', author: 'alice', headSha: typo.sha, files: [] });
    const t = await runAction({ workspace: repo.dir, sha: typo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 9, headSha: typo.sha, baseSha: BASE }), inputs: { 'working-directory': 'services/web', checklist: CHECKLIST } });
    expect(commands(t.stdout, 'warning').filter((c) => /paths glob/.test(c.message)).map((c) => c.message)).toEqual([
      expect.stringContaining("item 'api-pinned': paths glob 'servces/api/**' matches no tracked file in the repository, so it adds nothing to the item's scope (a misspelt folder?"),
    ]);
  }, 120_000);
});

describe('D1: a baseline recorded at the repository root, used by a folder\'s job', () => {
  it('knows the folder\'s findings, counts no other folder\'s entry as fixed, and passes', async () => {
    const repo = makeRepo({ ...MONO, '.github/preflight.yml': 'version: 1\nextends: recommended\n', 'services/web/app.py': 'print(1)\n' });
    // Recorded from the root, as the docs say.
    const quiet = { stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd: repo.dir };
    expect(await cliMain(['baseline', '--output', '.github/preflight-baseline.json'], quiet)).toBe(0);
    const recorded = makeRepo({}, repo.dir);
    gh.state.pulls.set(10, { number: 10, body: '', author: 'alice', headSha: recorded.sha, files: [] });
    const r = await runAction({ workspace: repo.dir, sha: recorded.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 10, headSha: recorded.sha, baseSha: BASE }), inputs: { 'working-directory': 'services/web', checklist: CHECKLIST, baseline: '../../.github/preflight-baseline.json', 'fail-on': 'medium' } });
    expect(r.outputs.result).toBe('pass');
    expect(r.code).toBe(0);
    expect(r.report!.baselineFixed).toBe(0);
    expect(r.report!.findings.filter((f: { baseline?: boolean; note?: boolean }) => !f.baseline && !f.note)).toEqual([]);
    expect(r.summary).not.toMatch(/baseline entr(y is|ies are) fixed/);
  }, 120_000);
});

describe('a backslash in a path input on a POSIX runner', () => {
  it('the configuration error says to use / (working-directory, checklist, baseline)', async () => {
    const repo = makeRepo(MONO);
    const payload = pullRequestPayload({ number: 11, headSha: repo.sha, baseSha: BASE });
    gh.state.pulls.set(11, { number: 11, body: '', author: 'alice', headSha: repo.sha, files: [] });
    const cases: [Record<string, string>, string][] = [
      [{ 'working-directory': 'services\\web' }, "input 'working-directory' holds a `\\`, which is part of a file name on this runner, not a separator: use / in paths — `services/web`"],
      [{ checklist: '.github\\preflight.yml' }, "input 'checklist' holds a `\\`, which is part of a file name on this runner, not a separator: use / in paths — `.github/preflight.yml`"],
      [{ baseline: '.github\\baseline.json' }, "use / in paths — `.github/baseline.json`"],
    ];
    for (const [inputs, hint] of cases) {
      const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload, inputs });
      expect(r.code).toBe(1);
      const errors = commands(r.stdout, 'error').map((c) => c.message);
      expect(errors).toEqual([expect.stringContaining(hint)]);
    }
  }, 120_000);

  it('says nothing for a path without one, an error naming another input, or on Windows', () => {
    expect(backslashHint({ checklist: 'a\\b.yml' }, 'checklist a\\b.yml not found', 'linux')).toMatch(/use \/ in paths — `a\/b\.yml`/);
    expect(backslashHint({ checklist: 'a\\b.yml' }, 'checklist a\\b.yml not found', 'win32')).toBe('');
    expect(backslashHint({ checklist: 'a/b.yml' }, 'checklist a/b.yml not found', 'linux')).toBe('');
    expect(backslashHint({ checklist: 'a\\b.yml', baseline: 'x.json' }, 'baseline x.json not found', 'linux')).toBe('');
    expect(backslashHint(undefined, 'anything', 'linux')).toBe('');
  });
});
