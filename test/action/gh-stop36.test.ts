// QA stop 36 (GitHub Action payloads, round 4): the workspace commit, sign-off ticks in quotes or struck through,
// "did you mean" suggestions, baselines from a newer release, and the sticky comment's failures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { APP, TOKEN, pullRequestPayload, pushPayload } from './fixtures.js';
import { didYouMean, suggestIds } from '../../src/catalogue.js';
import { nearMisses, parseAttestations, withFilledTemplates } from '../../src/gate/attest.js';
import { BASELINE_VERSION, parseBaseline } from '../../src/gate/baseline.js';
import { normaliseTitle } from '../../src/checklist/title.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { ConfigError } from '../../src/types.js';
import type { Report } from '../../src/types.js';

let gh: FakeGitHub;
const BASE = 'b'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const addPull = (number: number, headSha: string, body = '') => gh.state.pulls.set(number, { number, body, author: 'alice', headSha, files: ['Dockerfile'] });
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: gitEnv }).trim();
const CONFIG = { '.github/preflight.yml': 'version: 1\nfail-on: critical\nitems:\n  - { id: env, check: env-file-committed }\n', 'app.py': 'print(1)\n' };

describe('D1: a commit on top of the pull request\'s head is not a merge commit of it', () => {
  /** base ← head (the pull request's head) ← child (one more commit, single parent). */
  function layout() {
    const base = makeRepo(CONFIG);
    const head = makeRepo({ 'README.md': '# docs\n' }, base.dir);
    fs.writeFileSync(path.join(base.dir, '.env.production'), 'DATABASE_URL=postgres://app@db/app\n');
    git(base.dir, 'add', '-f', '.env.production');
    git(base.dir, 'commit', '-qm', 'child');
    return { dir: base.dir, base: base.sha, head: head.sha, child: git(base.dir, 'rev-parse', 'HEAD') };
  }

  it('a single-parent child of the head fails the step, naming the commit checked out and what to check out', async () => {
    const l = layout();
    addPull(7, l.head);
    // GITHUB_SHA names a commit the clone has (the base): before, the child passed as a merge commit of the head.
    const r = await runAction({ workspace: l.dir, sha: l.base, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: l.head, baseSha: l.base }) });
    expect(r.code).toBe(1);
    const error = commands(r.stdout, 'error').map((c) => c.message).join('\n');
    expect(error).toContain(`the workspace is at ${l.child.slice(0, 12)}, a commit on top of the pull request's head ${l.head.slice(0, 12)} (its only parent is the head), not the head nor a merge commit of it`);
    expect(error).toContain('ref: ${{ github.event.pull_request.head.sha }}');
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
    expect(r.outputs).toEqual({ result: 'fail' });
  });

  it('so does it when GITHUB_SHA is not in the clone (a `ref: github.head_ref` checkout): its parent proves it is another commit', async () => {
    const l = layout();
    addPull(8, l.head);
    const r = await runAction({ workspace: l.dir, sha: 'c0ffee'.repeat(6) + 'c0ff', apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 8, headSha: l.head, baseSha: l.base }) });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).toMatch(/a commit on top of the pull request's head/);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
  });

  it('a green variant (the child removes the head\'s .env file) posts no success on the head either', async () => {
    const base = makeRepo(CONFIG);
    fs.writeFileSync(path.join(base.dir, '.env.production'), 'DATABASE_URL=postgres://app@db/app\n');
    git(base.dir, 'checkout', '-q', '-b', 'feature');
    git(base.dir, 'add', '-f', '.env.production');
    git(base.dir, 'commit', '-qm', 'head');
    const head = git(base.dir, 'rev-parse', 'HEAD');
    git(base.dir, 'rm', '-q', '.env.production');
    git(base.dir, 'commit', '-qm', 'child');
    addPull(9, head);
    const r = await runAction({ workspace: base.dir, sha: base.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request_target', payload: pullRequestPayload({ number: 9, headSha: head, baseSha: base.sha }) });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).toMatch(/a commit on top of the pull request's head/);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
  });

  it('on pull_request_target a workspace at the base branch that already holds the head (after the merge) says the base was checked out', async () => {
    const l = layout();
    addPull(11, l.head);
    // The base branch moved on past the merged head: GITHUB_SHA and the payload's base are the workspace's commit.
    const r = await runAction({ workspace: l.dir, sha: l.child, apiUrl: gh.url, token: TOKEN, event: 'pull_request_target', payload: pullRequestPayload({ number: 11, headSha: l.head, baseSha: l.child }) });
    expect(r.code).toBe(1);
    const error = commands(r.stdout, 'error').map((c) => c.message).join('\n');
    expect(error).toContain(`the workspace is at ${l.child.slice(0, 12)}, not the pull request's head ${l.head.slice(0, 12)} (nor a merge commit of it): on pull_request_target actions/checkout checks out the base branch`);
    expect(error).not.toMatch(/a commit on top of/);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
  });

  it('a true merge commit (two parents, one the head) is still scanned, its check run on the head', async () => {
    const base = makeRepo(CONFIG);
    const head = makeRepo({ 'README.md': '# docs\n' }, base.dir);
    git(base.dir, 'checkout', '-q', '-b', 'main2', base.sha);
    fs.writeFileSync(path.join(base.dir, 'NOTES.md'), 'base moves on\n');
    git(base.dir, 'add', '-A');
    git(base.dir, 'commit', '-qm', 'base moves on');
    git(base.dir, 'merge', '-q', '--no-ff', '-m', 'merge', head.sha);
    addPull(10, head.sha);
    // GITHUB_SHA names the base (not the workspace): the merge is accepted as a merge commit of the head, not as GITHUB_SHA.
    const r = await runAction({ workspace: base.dir, sha: base.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 10, headSha: head.sha, baseSha: base.sha }) });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(gh.state.checkRuns.map((c) => c.head_sha)).toEqual([head.sha]);
  });
});

describe('D2: ticks in a block quote, or struck through, sign nothing off', () => {
  const items = [
    { id: 'backups-tested', title: 'Backup restore procedure has been tested', status: 'pending' },
    { id: 'runbook', title: 'On-call runbook updated', status: 'pending' },
  ];
  const read = (body: string) => withFilledTemplates(parseAttestations(body), items.map((i) => i.title), normaliseTitle);

  it('a quoted tick (at any depth) and a struck-through one count for nothing, and each gets a hint naming the item', () => {
    const keys = read('> - [x] Backup restore procedure has been tested\n\n- [x] ~~On-call runbook updated~~\n');
    expect([...keys]).toEqual([]);
    const hints = nearMisses(keys, items, normaliseTitle);
    expect(hints.map((h) => [h.kind, h.items])).toEqual([['quoted', ['backups-tested']], ['struck', ['runbook']]]);
    expect(hints[0]!.message).toMatch(/ticks "backup restore procedure has been tested" in a block quote, which signs nothing off: quoted text is someone else's words; tick it outside the quote/);
    expect(hints[1]!.message).toMatch(/ticks "on-call runbook updated" struck through, which signs nothing off/);
    expect([...read('- Review notes:\n  > > - [x] runbook\n')]).toEqual([]);
    expect([...read('- [x] <del>On-call runbook updated</del>\n')]).toEqual([]);
  });

  it('the same tick outside the quote signs off (and no hint); partly struck words and GitHub alerts still count', () => {
    const keys = read('> - [x] Backup restore procedure has been tested\n\n- [x] Backup restore procedure has been tested\n');
    expect(keys.has('backup restore procedure has been tested')).toBe(true);
    expect(nearMisses(keys, items.map((i) => (i.id === 'backups-tested' ? { ...i, status: 'attested' } : i)), normaliseTitle)).toEqual([]);
    // A title that keeps struck words is ticked by repeating them; an alert (`> [!IMPORTANT]`) is the author's own box.
    expect([...parseAttestations('- [x] HSTS on ~~staging~~ prod\n')]).toEqual(['hsts on staging prod']);
    expect([...parseAttestations('> [!IMPORTANT]\n> - [x] On-call runbook updated\n')]).toEqual(['on-call runbook updated']);
    // A quoted tick unlike any item says nothing.
    expect(nearMisses(read('> - [x] Tests pass\n'), items, normaliseTitle)).toEqual([]);
  });

  it('the summaries list the quoted tick under the pending sign-offs with what to do', () => {
    const report = {
      version: 1, tool: { name: 'preflight', version: '0' }, result: 'pass', failOn: 'high', counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      items: [{ id: 'runbook', title: 'On-call runbook updated', kind: 'manual', severity: 'low', status: 'pending', checks: [] }],
      findings: [], context: { event: 'pull_request', pullRequest: 7, gatesManual: true },
    } as unknown as Report;
    const text = renderMarkdown(report, { signoffHints: [{ tick: 'on-call runbook updated', items: ['runbook'], kind: 'quoted' }] });
    expect(text).toContain('- "on-call runbook updated" (for `runbook`): ticked in a block quote, and quoted words are someone else\'s; tick its line above outside the quote');
  });
});

describe('D3: "did you mean" names each suggestion once', () => {
  it('an item id that is also its check\'s id is suggested once', () => {
    expect(suggestIds('pinned-images', ['image-tag-pinned', 'hsts', 'image-tag-pinned'])).toEqual(['image-tag-pinned']);
    expect(didYouMean(suggestIds('pinned-images', ['image-tag-pinned', 'image-tag-pinned']))).toBe(" (did you mean 'image-tag-pinned'?)");
  });
});

describe('D4: a baseline written by a newer release', () => {
  it('says so, with both format versions and what to do, at its version', () => {
    let err: unknown;
    try { parseBaseline('{\n  "version": 3,\n  "tool": "preflight",\n  "findings": []\n}\n', 'preflight-baseline.json'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe(`baseline written by a newer Preflight (format 3); this one reads format ${BASELINE_VERSION} and earlier — upgrade Preflight (a pinned action: its version) to read it, or write the baseline again with this one (\`preflight baseline --output FILE\`)`);
    expect((err as ConfigError).where).toMatchObject({ file: 'preflight-baseline.json', line: 2 });
    // Not a baseline at all is still said as such.
    expect(() => parseBaseline('{"version": "3", "findings": []}', 'b.json')).toThrow(/not a Preflight baseline/);
  });
});

describe('D5: the sticky comment', () => {
  it('a 403 reading the comments names the permission the comment needs (write includes the read), and the job summary says the comment was not written', async () => {
    const repo = makeRepo({ ...APP });
    addPull(21, repo.sha);
    gh.state.faults.push({ method: 'GET', path: /\/issues\/21\/comments$/, status: 403, times: 10, message: 'Resource not accessible by integration' });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', inputs: { comment: 'true' }, payload: pullRequestPayload({ number: 21, headSha: repo.sha, baseSha: BASE }) });
    const warnings = commands(r.stdout, 'warning').map((c) => c.message);
    const said = warnings.find((w) => /comments/.test(w))!;
    // (`pull-requests: read` alone would fail again on the write: the documented requirement is named.)
    expect(said).toMatch(/^Could not read pull request #21's comments, so the sticky comment was not written \(HTTP 403.*\): the token needs `pull-requests: write` \(it includes the read of the comments, which failed\)/);
    expect(said).not.toMatch(/pull-requests: read/);
    expect(r.summary).toContain("Could not read pull request #21's comments, so the sticky comment was not written");
    expect(gh.state.checkRuns).toHaveLength(1);
  });

  it('a 404 reading the comments (a repository the token cannot see) gets the same hint', async () => {
    const repo = makeRepo({ ...APP });
    addPull(23, repo.sha);
    gh.state.faults.push({ method: 'GET', path: /\/issues\/23\/comments$/, status: 404, times: 10, message: 'Not Found' });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', inputs: { comment: 'true' }, payload: pullRequestPayload({ number: 23, headSha: repo.sha, baseSha: BASE }) });
    expect(commands(r.stdout, 'warning').map((c) => c.message)).toContainEqual(expect.stringMatching(/^Could not read pull request #23's comments, so the sticky comment was not written \(HTTP 404.*\): the token needs `pull-requests: write`/));
    expect(gh.state.requests.filter((q) => q.method === 'POST' && /comments/.test(q.path))).toEqual([]);
  });

  it('a rate limit reading the comments is said to be one, not a permission problem', async () => {
    const repo = makeRepo({ ...APP });
    addPull(24, repo.sha);
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.state.faults.push({ method: 'GET', path: /\/issues\/24\/comments$/, status: 403, times: 100, message: 'API rate limit exceeded for installation ID 123.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': reset } });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', inputs: { comment: 'true' }, payload: pullRequestPayload({ number: 24, headSha: repo.sha, baseSha: BASE }) });
    const said = commands(r.stdout, 'warning').map((c) => c.message).find((w) => /comments/.test(w))!;
    expect(said).toMatch(/^Could not read pull request #24's comments, so the sticky comment was not written \(HTTP 403: API rate limit exceeded.*\): a GitHub rate limit, not a permission problem/);
    expect(said).not.toMatch(/pull-requests:/);
  });

  it('a 403 writing it names the write permission, in the log and the job summary', async () => {
    const repo = makeRepo({ ...APP });
    addPull(22, repo.sha);
    gh.state.faults.push({ method: 'POST', path: /\/issues\/22\/comments$/, status: 403, times: 10, message: 'Resource not accessible by integration' });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', inputs: { comment: 'true' }, payload: pullRequestPayload({ number: 22, headSha: repo.sha, baseSha: BASE }) });
    expect(commands(r.stdout, 'warning').map((c) => c.message)).toContainEqual(expect.stringMatching(/^Could not write the pull request comment \(HTTP 403.*\): the token needs `pull-requests: write`/));
    expect(r.summary).toContain('Could not write the pull request comment');
  });

  it('`comment: true` on a push gets one notice saying why no comment is written', async () => {
    const repo = makeRepo({ ...APP });
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'push', inputs: { comment: 'true' }, payload: pushPayload({ after: repo.sha }) });
    const notices = commands(r.stdout, 'notice').filter((c) => /comment/i.test(c.message));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/No pull request comment: `comment: true` comments on pull request events .*this run is a push event/);
    expect(gh.state.requests.filter((q) => /comments/.test(q.path))).toEqual([]);
  });
});
