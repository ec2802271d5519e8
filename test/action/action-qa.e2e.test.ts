/**
 * End-to-end regressions from the action's QA pass: the bundled action against the fake
 * api.github.com, one test per defect (sticky-comment hijack, base checklist on API failure,
 * partial annotation failures, rate limits, merge_group sign-offs, repository-relative paths).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, bigRepo, commands, makeRepo, runAction } from './run-action.js';
import type { ActionRun } from './run-action.js';
import { APP, TOKEN, deploymentStatusPayload, mergeGroupPayload, pullRequestPayload, pushPayload } from './fixtures.js';

/** A job summary path no process can write, root included: its parent is a regular file (a missing folder could be created by anyone). */
const UNWRITABLE_SUMMARY = `${process.execPath}/summary.md`;

let gh: FakeGitHub;
let app: { dir: string; sha: string };
const BASE = 'b'.repeat(40);
const MARKER = '<!-- preflight:sticky-comment Preflight -->';

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  app = makeRepo(APP);
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const run = (o: Partial<Parameters<typeof runAction>[0]> & { event: string; payload: Record<string, unknown> }) =>
  runAction({ workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, ...o });

function addPull(number: number, o: { body?: string; headSha?: string } = {}) {
  gh.state.pulls.set(number, { number, body: o.body ?? '', author: 'alice', headSha: o.headSha ?? app.sha, files: ['Dockerfile'] });
}

function assertClean(r: ActionRun): void {
  expect(gh.violations()).toEqual([]);
  expect(r.visibleStdout).not.toContain(TOKEN);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}


describe('sticky comment', () => {
  it('never updates a comment somebody else planted the marker in', async () => {
    addPull(41);
    const planted = `${MARKER}\n## ✅ Preflight passed — merge away`;
    gh.state.comments.set(41, [{ id: 77, body: planted, user: 'mallory' }]);
    const payload = pullRequestPayload({ number: 41, headSha: app.sha, baseSha: BASE });
    const r = await run({ event: 'pull_request', inputs: { comment: 'true' }, payload });
    assertClean(r);
    expect(gh.state.requests.some((q) => q.method === 'PATCH' && q.path === '/repos/acme/shop/issues/comments/77')).toBe(false);
    const comments = gh.state.comments.get(41)!;
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual({ id: 77, body: planted, user: 'mallory' });
    expect(comments[1]!.user).toBe('github-actions[bot]');
    expect(comments[1]!.body).toMatch(/Preflight failed/);
    // The next run finds its own comment (the check run names the App: no GET /user needed).
    const again = await run({ event: 'pull_request', inputs: { comment: 'true' }, payload });
    assertClean(again);
    expect(again.stdout).toContain('Pull request comment unchanged.');
    expect(gh.state.comments.get(41)).toHaveLength(2);
    expect(gh.state.requests.some((q) => q.path === '/user')).toBe(false);
  });

  it('without a check run (no checks: write) still recognises github-actions[bot] as itself', async () => {
    addPull(42);
    gh.state.comments.set(42, [{ id: 5, body: `${MARKER}\nold`, user: 'github-actions[bot]' }, { id: 6, body: `${MARKER}\nplanted`, user: 'mallory' }]);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, times: 5, message: 'Resource not accessible by integration' });
    const r = await run({ event: 'pull_request', inputs: { comment: 'true' }, payload: pullRequestPayload({ number: 42, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(r.stdout).toContain('Pull request comment updated.');
    expect(gh.state.comments.get(42)!.map((c) => c.body.split('\n')[1])).toEqual([expect.stringMatching(/Preflight failed/), 'planted']);
  });
});

describe('pull_request_target', () => {
  it('fails with a clear error when the contents API fails, instead of running the weaker preset', async () => {
    const base = 'a'.repeat(40);
    addPull(44);
    gh.state.faults.push({ method: 'GET', path: /\/contents\//, status: 500, times: 100, message: 'Server Error' });
    const started = Date.now();
    const r = await run({ event: 'pull_request_target', payload: pullRequestPayload({ number: 44, headSha: app.sha, baseSha: base, headRepo: 'mallory/shop' }) });
    assertClean(r);
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.props).toBe('title=Preflight%3A the base checklist could not be read');
    expect(errors[0]!.message).toMatch(/^The checklist could not be read from the base commit aaaaaaaaaaaa: the contents API failed for \.github\/preflight\.yml \(HTTP 500: Server Error/);
    expect(r.stdout).not.toMatch(/recommended preset/);
    // No verdict was reached: the gate did not pass (a workflow reading `result` sees the failure; no counts).
    expect(r.outputs).toEqual({ result: 'fail' });
    // One discovery path, retried by the client; not five paths times four attempts.
    const contents = gh.state.requests.filter((q) => q.template === '/repos/{owner}/{repo}/contents/{path}');
    expect(contents).toHaveLength(4);
    expect(new Set(contents.map((q) => q.path)).size).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('annotation batches that fail after the check run exists', () => {
  it('persistent 500: says what was not posted, keeps the conclusion, counts correctly in the job summary', async () => {
    const repo = bigRepo();
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 500, times: 1000, message: 'Server Error' });
    const r = await run({ event: 'push', workspace: repo.dir, sha: repo.sha, payload: pushPayload({ after: repo.sha }), timeoutMs: 120_000 });
    assertClean(r);
    expect(r.code).toBe(1);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.conclusion).toBe('failure');
    expect(cr.annotations).toHaveLength(50);
    const warnings = commands(r.stdout, 'warning');
    expect(warnings.some((w) => /could not be written/.test(w.message))).toBe(false);
    const w = warnings.find((x) => x.props.includes('annotations missing'))!;
    expect(w.message).toMatch(/^The check run 'Preflight' was written with its conclusion \(failure\) and 50 of 1000 annotations: 19 of 20 annotation batches \(950 annotations\) could not be posted \(HTTP 500: Server Error/);
    expect(w.message).toMatch(/Its summary could not be corrected .*the job summary has the right count\./);
    // 1,200 findings: 200 over the cap, 950 not posted.
    expect(r.summary).toContain('1150 findings were not annotated (200 beyond the 1,000 annotations a check run gets, 950 could not be posted); all are listed below.');
    // No workflow-command copies of annotations the check run already has.
    expect(commands(r.stdout, 'error').filter((c) => c.props.includes('file='))).toEqual([]);
    // The first batch is retried (1 + 3), then one summary rewrite without retries.
    expect(gh.state.requests.filter((q) => q.method === 'PATCH')).toHaveLength(5);
  }, 150_000);

  it('one rejected batch (422): the rest are posted and the check run summary is corrected', async () => {
    const repo = bigRepo();
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 422, times: 1, message: 'Validation Failed' });
    const r = await run({ event: 'push', workspace: repo.dir, sha: repo.sha, payload: pushPayload({ after: repo.sha }), timeoutMs: 120_000 });
    assertClean(r);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.annotations).toHaveLength(950);
    expect(cr.conclusion).toBe('failure');
    expect(cr.output.summary).toContain('250 findings were not annotated (200 beyond the 1,000 annotations a check run gets, 50 could not be posted)');
    expect(commands(r.stdout, 'warning').find((x) => x.props.includes('annotations missing'))!.message).toMatch(/950 of 1000 annotations: 1 of 20 annotation batches \(50 annotations\) could not be posted \(HTTP 422.*Its summary counts the findings left without an annotation\.$/);
  }, 150_000);
});

describe('rate limits', () => {
  it('a persistent secondary rate limit is not reported as a missing permission', async () => {
    addPull(45);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, times: 100, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '1' } });
    const r = await run({ event: 'pull_request', payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(r.code).toBe(1);
    const w = commands(r.stdout, 'warning').find((x) => x.props.includes('check run not written'))!;
    expect(w.message).toMatch(/^GitHub's rate limit stopped the check run \(HTTP 403: You have exceeded a secondary rate limit/);
    expect(w.message).toMatch(/not a missing permission/);
    expect(w.message).not.toMatch(/checks: write/);
  });

  it('a primary rate limit on the check run is one warning, not also a "checklist warning" from the client (QA 26 action3 D4)', async () => {
    addPull(46);
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, times: 100, message: 'API rate limit exceeded for installation ID 123.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': reset } });
    const r = await run({ event: 'pull_request', payload: pullRequestPayload({ number: 46, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(r.code).toBe(1);
    const about = commands(r.stdout, 'warning').filter((x) => /rate limit/i.test(x.message));
    expect(about).toEqual([{ props: 'title=Preflight%3A check run not written', message: expect.stringMatching(/^GitHub's rate limit stopped the check run \(HTTP 403: API rate limit exceeded/) }]);
    expect(commands(r.stdout, 'warning').filter((x) => x.props.includes('checklist warning'))).toEqual([]);
    // The client's giving-up is still in the log, as a plain line.
    expect(r.stdout).toMatch(/^GitHub API rate limit reached on POST \/repos\/\{owner\}\/\{repo\}\/check-runs; giving up \(it lifts in \d+ s, and Preflight waits only for limits that lift within 60 s\)$/m);
  });

  it('a rate limit on looking up a push\'s pull request is one warning saying so (the client no longer warns itself)', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.state.faults.push({ method: 'GET', path: /\/commits\/[0-9a-f]{40}\/pulls$/, status: 403, times: 100, message: 'API rate limit exceeded for installation ID 123.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': reset } });
    const r = await run({ event: 'push', payload: pushPayload({ after: app.sha }) });
    assertClean(r);
    const about = commands(r.stdout, 'warning').filter((x) => /rate limit/i.test(x.message));
    expect(about).toEqual([{ props: '', message: expect.stringMatching(/^Could not look up the pull request of [0-9a-f]{12} \(HTTP 403: API rate limit exceeded.*\): a GitHub rate limit, so no sign-off is read and manual items do not gate/) }]);
  });
});

describe('merge_group', () => {
  it('when the pull request cannot be read, says sign-offs cannot be read (the event has no description)', async () => {
    addPull(21, { body: '- [x] Backup restore procedure has been tested\n' });
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/21$/, status: 403, message: 'Resource not accessible by integration' });
    const r = await run({ event: 'merge_group', payload: mergeGroupPayload({ number: 21, headSha: 'c'.repeat(40), baseSha: BASE }) });
    assertClean(r);
    const w = commands(r.stdout, 'warning').find((x) => x.message.startsWith('Could not read pull request #21'))!;
    expect(w.message).not.toMatch(/event's copy/);
    expect(w.message).toMatch(/its description cannot be read, so no sign-off counts and pending manual items stay pending \(a merge_group event carries no description\)\. Give the job `pull-requests: read`\./);
    const items = Object.fromEntries(r.report!.items.map((i: { id: string }) => [i.id, i]));
    expect(items['backups-tested'].status).toBe('pending');
  });
  it('a 404 on the pull request (what a private repository answers without pull-requests: read) names the permission', async () => {
    addPull(22, { body: '- [x] Backup restore procedure has been tested\n' });
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/22$/, status: 404, message: 'Not Found' });
    const r = await run({ event: 'merge_group', payload: mergeGroupPayload({ number: 22, headSha: 'd'.repeat(40), baseSha: BASE }) });
    assertClean(r);
    const w = commands(r.stdout, 'warning').find((x) => x.message.startsWith('Could not read pull request #22'))!;
    expect(w.message).toMatch(/In a private repository this means the job lacks `pull-requests: read`\./);
  });
});

describe('working-directory', () => {
  const files = Object.fromEntries(Object.entries(APP).map(([k, v]) => [`apps/api/${k}`, v]));
  it('names a missing checklist or baseline by its path from the repository root', async () => {
    const mono = makeRepo({ ...files, 'README.md': '# mono\n' });
    const r = await run({ event: 'push', workspace: mono.dir, sha: mono.sha, inputs: { 'working-directory': 'apps/api', checklist: 'nope.yml' }, payload: pushPayload({ after: mono.sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error')).toEqual([{ props: 'title=Preflight configuration error,file=apps/api/nope.yml', message: 'apps/api/nope.yml: checklist apps/api/nope.yml not found: the checklist input is relative to working-directory (apps/api), so nope.yml was looked for at apps/api/nope.yml' }]);
    const b = await run({ event: 'push', workspace: mono.dir, sha: mono.sha, inputs: { 'working-directory': 'apps/api', baseline: 'known.json' }, payload: pushPayload({ after: mono.sha }) });
    expect(commands(b.stdout, 'error')[0]!.props).toBe('title=Preflight configuration error,file=apps/api/known.json');
    // A checklist that exists under the working directory still loads (the path is mapped, not lost).
    const ok = await run({ event: 'push', workspace: mono.dir, sha: mono.sha, inputs: { 'working-directory': 'apps/api', checklist: '.github/preflight.yml' }, payload: pushPayload({ after: mono.sha }) });
    expect(ok.report!.checklist.file).toBe('apps/api/.github/preflight.yml');
  });

  it('a root checklist the working-directory does not use: a notice saying how to use it; a checklist input found only from the root: the path to write (QA33 usage D3)', async () => {
    const code = Object.fromEntries(Object.entries(files).filter(([k]) => !k.includes('.github/')));
    const mono = makeRepo({ ...code, '.github/preflight.yml': APP['.github/preflight.yml']! });
    const push = { event: 'push', workspace: mono.dir, sha: mono.sha, payload: pushPayload({ after: mono.sha }) };
    const r = await run({ ...push, inputs: { 'working-directory': 'apps/api' } });
    assertClean(r);
    // Still the documented discovery (relative to working-directory): the preset runs, and the log says what was not used.
    expect(r.report!.checklist.file).toBeNull();
    expect(commands(r.stdout, 'notice').filter((c) => !c.props.includes('check-name'))).toEqual([{ props: 'title=Preflight%3A repository checklist not used', message: 'No checklist in working-directory apps/api (a checklist is discovered there only), so the built-in recommended preset ran (fail-on: critical). .github/preflight.yml at the repository root was not used: to use it, set the checklist input to `../../.github/preflight.yml` (relative to working-directory).' }]);
    // Set as the notice says, it is used.
    const used = await run({ ...push, inputs: { 'working-directory': 'apps/api', checklist: '../../.github/preflight.yml' } });
    expect(used.report!.checklist.file).toBe('.github/preflight.yml');
    expect(used.report!.failOn).toBe('high');
    expect(commands(used.stdout, 'notice').filter((c) => !c.props.includes('check-name'))).toEqual([]);
    // At the root, or with a checklist of its own in working-directory: no notice.
    expect(commands((await run({ ...push, inputs: {} })).stdout, 'notice').filter((c) => !c.props.includes('check-name'))).toEqual([]);
    const own = makeRepo({ ...code, 'apps/api/preflight.yml': 'version: 1\nextends: [recommended]\n', '.github/preflight.yml': APP['.github/preflight.yml']! });
    const ownRun = await run({ event: 'push', workspace: own.dir, sha: own.sha, payload: pushPayload({ after: own.sha }), inputs: { 'working-directory': 'apps/api' } });
    expect(ownRun.report!.checklist.file).toBe('apps/api/preflight.yml');
    expect(commands(ownRun.stdout, 'notice').filter((c) => !c.props.includes('check-name'))).toEqual([]);
    // The checklist input written from the root: not found under working-directory, and the error says what to write.
    const rooted = await run({ ...push, inputs: { 'working-directory': 'apps/api', checklist: '.github/preflight.yml' } });
    expect(rooted.code).toBe(1);
    expect(commands(rooted.stdout, 'error').map((c) => c.message)).toEqual(['apps/api/.github/preflight.yml: checklist apps/api/.github/preflight.yml not found: the checklist input is relative to working-directory (apps/api), so .github/preflight.yml was looked for at apps/api/.github/preflight.yml; the repository root has .github/preflight.yml: to use it, write `checklist: ../../.github/preflight.yml`']);
  });

  it('a folder outside the workspace is a configuration error, not a scan of a sibling checkout', async () => {
    const mono = makeRepo({ ...files, 'README.md': '# mono\n' });
    const r = await run({ event: 'push', workspace: mono.dir, sha: mono.sha, inputs: { 'working-directory': '..' }, payload: pushPayload({ after: mono.sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^input 'working-directory' \(\.\.\) points outside the workspace/)]);
    expect(r.outputs['result']).toBe('fail');
  });

  it('a working-directory in a submodule: annotations take the superproject\'s paths, and its commit is the workspace\'s (QA30 paths D1)', async () => {
    const sub = makeRepo({ 'Dockerfile': 'FROM alpine\nCMD ["gunicorn", "app:app"]\n' });
    // The superproject's own root Dockerfile is clean: an annotation landing there would be on the wrong file.
    const sup = makeRepo({ 'Dockerfile': 'FROM python:3.12-slim\nUSER app\nHEALTHCHECK CMD true\nCMD ["gunicorn", "app:app"]\n' });
    execFileSync('git', ['-C', sup.dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/lib'], { stdio: 'ignore' });
    const sha = makeRepo({}, sup.dir).sha;
    for (const [event, payload] of [['push', pushPayload({ after: sha })], ['pull_request', pullRequestPayload({ number: 31, headSha: sha, baseSha: sha })]] as const) {
      gh.reset();
      if (event === 'pull_request') addPull(31, { headSha: sha });
      const r = await run({ event, workspace: sup.dir, sha, inputs: { 'working-directory': 'vendor/lib', 'fail-on': 'high', sarif: `${event}.sarif` }, payload });
      assertClean(r);
      expect(r.code, event).toBe(1);
      const paths = gh.state.checkRuns.flatMap((c) => (c.annotations ?? []).map((a: { path: string }) => a.path));
      expect(paths.length, event).toBeGreaterThan(0);
      expect(new Set(paths), event).toEqual(new Set(['vendor/lib/Dockerfile']));
      expect(commands(r.stdout, 'warning').map((w) => w.props), event).toEqual([]);
      expect(r.summary).toContain('vendor/lib/Dockerfile');
      // SARIF too (QA32 sarif2 D2): upload-sarif resolves URIs against the checkout, the superproject.
      const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif']!, 'utf8'));
      const uris = sarif.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri);
      expect(uris, event).toContain('vendor/lib/Dockerfile');
      // (`vendor/lib/.gitignore`: the file the env-file-not-ignored fix belongs in, the submodule's.)
      expect(uris.filter((u: string) => !u.startsWith('vendor/lib/')), event).toEqual([]);
      expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri, event).toBe(pathToFileURL(`${fs.realpathSync(sup.dir)}/`).href);
    }
  });

  it('a working-directory that is a symlink out of the workspace is a configuration error too (real paths compared, QA27 D1)', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-outside-'));
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM python:latest\nCMD ["flask", "run"]\n');
    const mono = makeRepo({ ...files, 'README.md': '# mono\n' });
    fs.mkdirSync(path.join(mono.dir, 'services'), { recursive: true });
    fs.symlinkSync(outside, path.join(mono.dir, 'services/shared'));
    fs.symlinkSync('../apps', path.join(mono.dir, 'services/apps-link'));
    const sha = makeRepo({}, mono.dir).sha;
    const r = await run({ event: 'push', workspace: mono.dir, sha, inputs: { 'working-directory': 'services/shared' }, payload: pushPayload({ after: sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^input 'working-directory' \(services\/shared\) goes through a symlink to .*pf-outside-.*, outside the workspace/)]);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
    // A symlink inside the repository to a folder of it is fine.
    const ok = await run({ event: 'push', workspace: mono.dir, sha, inputs: { 'working-directory': 'services/apps-link' }, payload: pushPayload({ after: sha }) });
    assertClean(ok);
    expect(commands(ok.stdout, 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^Preflight FAILED/)]);
    expect(ok.report!.findings.some((f: { file: string | null }) => f.file?.startsWith('apps/api/'))).toBe(true);
  });

  it('a workspace that is a symlink, named by its real path in working-directory, is inside (QA34 annopaths D1)', async () => {
    const mono = makeRepo({ ...files, 'README.md': '# mono\n' });
    const link = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-wslink-')), 'ws');
    fs.symlinkSync(mono.dir, link);
    const real = path.join(fs.realpathSync(mono.dir), 'apps/api');
    const rel = await run({ event: 'push', workspace: link, sha: mono.sha, inputs: { 'working-directory': 'apps/api' }, payload: pushPayload({ after: mono.sha }) });
    expect(commands(rel.stdout, 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^Preflight FAILED/)]);
    const r = await run({ event: 'push', workspace: link, sha: mono.sha, inputs: { 'working-directory': real }, payload: pushPayload({ after: mono.sha }) });
    assertClean(r);
    expect(commands(r.stdout, 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^Preflight FAILED/)]);
    const found = r.report!.findings.map((f: { file: string | null }) => f.file).filter(Boolean);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f: string) => f.startsWith('apps/api/'))).toBe(true);
    // A real path outside the (linked) workspace is still refused.
    const out = await run({ event: 'push', workspace: link, sha: mono.sha, inputs: { 'working-directory': os.tmpdir() }, payload: pushPayload({ after: mono.sha }) });
    expect(commands(out.stdout, 'error').map((c) => c.message)).toEqual([expect.stringMatching(/points outside the workspace/)]);
  });
});

describe('a pull_request event whose payload names no pull request', () => {
  it('finds it by GITHUB_REF (refs/pull/N/merge), puts the check run on its head from the API and reads its sign-offs', async () => {
    addPull(21, { body: '- [x] Backup restore procedure has been tested\n' });
    const r = await run({ event: 'pull_request', payload: {}, sha: 'd'.repeat(40), env: { GITHUB_REF: 'refs/pull/21/merge' } });
    assertClean(r);
    expect(gh.state.checkRuns.map((c) => c.head_sha)).toEqual([app.sha]);
    expect(r.report!.context.pullRequest).toBe(21);
    const items = Object.fromEntries(r.report!.items.map((i: { id: string }) => [i.id, i]));
    expect(items['backups-tested'].status).toBe('attested');
  });
  // QA31 robust4 D3: an unusable payload on a pull request event used to pass with pending high manual items.
  const manualOnly = () => makeRepo({ '.github/preflight.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: backups-tested, title: Backup restore procedure has been tested, severity: high }\n', 'README.md': '# app\n' });
  it('fails closed when neither the payload nor GITHUB_REF names the pull request: pending manual items still gate', async () => {
    const repo = manualOnly();
    for (const rawEvent of ['{"pull_request": {"number": 7, "bo', 'null', '[1,2]']) {
      const r = await run({ event: 'pull_request', payload: {}, rawEvent, workspace: repo.dir, sha: repo.sha });
      assertClean(r);
      expect(r.code, rawEvent).toBe(1);
      expect(r.outputs.result, rawEvent).toBe('fail');
      expect(r.report!.context.gatesManual, rawEvent).toBe(true);
      const warnings = commands(r.stdout, 'warning').map((w) => w.message);
      expect(warnings, rawEvent).toContainEqual(expect.stringMatching(/names no pull request and GITHUB_REF is not set: no sign-off can be read, so pending manual items stay pending and gate/));
      expect(warnings.join('\n'), rawEvent).not.toMatch(/do not gate/);
    }
  });
  it('an unusable payload with the pull request named by GITHUB_REF: its description comes from the API; without a token the items gate and the warning says why', async () => {
    const repo = manualOnly();
    addPull(21, { body: '- [x] Backup restore procedure has been tested\n', headSha: repo.sha });
    const ok = await run({ event: 'pull_request', payload: {}, rawEvent: 'null', workspace: repo.dir, sha: repo.sha, env: { GITHUB_REF: 'refs/pull/21/merge' } });
    assertClean(ok);
    expect(ok.code).toBe(0);
    expect(commands(ok.stdout, 'warning').map((w) => w.message)).toContainEqual(expect.stringMatching(/pull request #21 is named by GITHUB_REF \(refs\/pull\/21\/merge\), and its head commit and description are read through the API/));
    const noToken = await run({ event: 'pull_request', payload: {}, rawEvent: 'null', workspace: repo.dir, sha: repo.sha, inputs: { 'github-token': '' }, env: { GITHUB_REF: 'refs/pull/21/merge' } });
    expect(noToken.code).toBe(1);
    expect(commands(noToken.stdout, 'warning').map((w) => w.message)).toContainEqual(expect.stringMatching(/without a github-token its description cannot be read, so no sign-off counts and pending manual items stay pending \(they gate\)/));
  });
  it('reads a payload written behind a UTF-8 byte-order mark', async () => {
    const repo = manualOnly();
    const payload = pullRequestPayload({ number: 22, headSha: repo.sha, baseSha: BASE, body: '- [x] Backup restore procedure has been tested\n' });
    const r = await run({ event: 'pull_request', payload, rawEvent: `\uFEFF${JSON.stringify(payload)}`, workspace: repo.dir, sha: repo.sha, inputs: { 'github-token': '' } });
    expect(commands(r.stdout, 'warning').map((w) => w.message).join('\n')).not.toMatch(/event payload/);
    expect(r.report!.context.pullRequest).toBe(22);
    expect(r.code).toBe(0);
  });
  it('a description over 256 KiB is read in part, and a warning says ticks after the cut sign nothing off (QA31 robust4 D5)', async () => {
    const repo = manualOnly();
    addPull(23, { body: `${'- [x] unrelated template line\n'.repeat(10_000)}- [x] Backup restore procedure has been tested\n`, headSha: repo.sha });
    const r = await run({ event: 'pull_request', payload: pullRequestPayload({ number: 23, headSha: repo.sha, baseSha: BASE }), workspace: repo.dir, sha: repo.sha });
    assertClean(r);
    expect(r.code).toBe(1);
    // What is read is whole lines: 300,047 − 37,907 = 262,140 characters, the last line end within 262,144 (QA33 payloads2 D1).
    expect(commands(r.stdout, 'warning').map((w) => w.message)).toContainEqual(expect.stringMatching(/^The description of pull request #23 is 300,047 characters: only its first 8,738 lines \(262,140 characters, up to the last line end within 262,144\) are read for sign-offs, so a tick in the 37,907 characters after line 8,738 signs nothing off/));
  });
  it('a description whose first line alone is past the bound: the warning says none of it is read, not "its first 262,144 characters" (QA33 payloads2 D1)', async () => {
    const repo = manualOnly();
    addPull(24, { body: `${'x'.repeat(270_000)}\n- [x] Backup restore procedure has been tested\n`, headSha: repo.sha });
    const r = await run({ event: 'pull_request', payload: pullRequestPayload({ number: 24, headSha: repo.sha, baseSha: BASE }), workspace: repo.dir, sha: repo.sha });
    assertClean(r);
    expect(r.code).toBe(1);
    const w = commands(r.stdout, 'warning').map((c) => c.message).filter((m) => m.startsWith('The description of pull request #24'));
    expect(w).toEqual([expect.stringMatching(/^The description of pull request #24 is 270,048 characters: its first line alone is longer than the 262,144 characters read for sign-offs, so none of it is read and no tick in it signs anything off/)]);
    expect(w[0]).not.toMatch(/0 lines|first 262,144 characters/);
  });
  // QA33 payloads2 D3: a queue ref without `pr-<N>-<sha>` used to let pending manual items through, while a pull request
  // the queue cannot read failed closed. The queue gates a merge: unknown pull request, unread sign-offs, items gate.
  it('a merge_group naming no pull request fails closed: pending manual items gate the queue, and the warning says why', async () => {
    const repo = manualOnly();
    addPull(7, { body: '- [x] Backup restore procedure has been tested\n', headSha: repo.sha });
    const weird = await run({ event: 'merge_group', payload: { merge_group: { head_sha: repo.sha, head_ref: 'refs/heads/gh-readonly-queue/main/weird', base_sha: BASE } }, workspace: repo.dir, sha: repo.sha });
    assertClean(weird);
    expect(weird.code).toBe(1);
    expect(weird.outputs.result).toBe('fail');
    expect(weird.report!.context.gatesManual).toBe(true);
    const warnings = commands(weird.stdout, 'warning').map((w) => w.message);
    expect(warnings).toContainEqual(expect.stringMatching(/^The merge_group event names no pull request \(head_ref "refs\/heads\/gh-readonly-queue\/main\/weird"; a merge queue ref ends in `pr-<N>-<sha>`\): its sign-offs cannot be read, so pending manual items stay pending and gate the queue/));
    expect(warnings.join('\n')).not.toMatch(/do not gate/);
    // No head_ref at all, and a GITHUB_REF that names no pull request either: the same.
    const none = await run({ event: 'merge_group', payload: { merge_group: { head_sha: repo.sha } }, workspace: repo.dir, sha: repo.sha, env: { GITHUB_REF: 'refs/heads/main' } });
    expect(none.code).toBe(1);
    expect(commands(none.stdout, 'warning').map((w) => w.message)).toContainEqual(expect.stringMatching(/names no pull request \(no head_ref, and GITHUB_REF is "refs\/heads\/main"; .*gate the queue/));
    // A queue ref naming the pull request: its tick signs the item off and the queue passes.
    const named = await run({ event: 'merge_group', payload: mergeGroupPayload({ number: 7, headSha: repo.sha, baseSha: BASE }), workspace: repo.dir, sha: repo.sha });
    assertClean(named);
    expect(named.code).toBe(0);
    expect(commands(named.stdout, 'warning').map((w) => w.message).join('\n')).not.toMatch(/names no pull request/);
  });
});

describe('events from real webhook payloads (octokit/webhooks examples)', () => {
  it('pull_request_review of a fork\'s pull request: the token is read-only, so no write is tried and the fork is named', async () => {
    addPull(21);
    // GitHub answers a fork's review event token with 403 on every write.
    gh.state.faults.push({ method: 'POST', path: /check-runs|comments/, status: 403, times: 9, message: 'Resource not accessible by integration' });
    const payload = { ...pullRequestPayload({ number: 21, headSha: app.sha, baseSha: BASE, headRepo: 'octo-fork/shop' }), action: 'submitted', review: { id: 80, state: 'approved', commit_id: app.sha, user: { login: 'bob', id: 8, type: 'User' } } };
    const r = await run({ event: 'pull_request_review', inputs: { comment: 'true' }, payload });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(gh.state.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    const warnings = commands(r.stdout, 'warning').map((c) => c.message);
    expect(warnings.some((m) => /Pull request from a fork: its token is read-only/.test(m))).toBe(true);
    expect(warnings.some((m) => /checks: write/.test(m))).toBe(false);
    expect(r.summary).toMatch(/fork/i);
  });

  it('issue_comment on a pull request with the default checkout: a notice says the pull request was not scanned', async () => {
    // Its head is another commit than the default branch the workspace holds (the API is asked before saying so: QA44 action13 D2).
    addPull(2, { headSha: 'c'.repeat(40) });
    const payload = { action: 'created', issue: { number: 2, title: 'Update the README', pull_request: { url: 'https://api.github.com/repos/acme/shop/pulls/2', merged_at: null } }, comment: { id: 3, body: '/preflight' }, repository: pushPayload({ after: app.sha }).repository, sender: { login: 'alice', id: 7, type: 'User' } };
    const r = await run({ event: 'issue_comment', payload, env: { GITHUB_REF: 'refs/heads/main' } });
    assertClean(r);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(app.sha);
    const notice = commands(r.stdout, 'notice').find((c) => c.props.includes("event 'issue_comment'"));
    expect(notice?.message).toMatch(/not built for the 'issue_comment' event.*scanned the checked-out commit/);
    expect(notice?.message).toContain('The comment is on pull request #2, which was not scanned');
    // A known event says nothing of the kind.
    gh.reset();
    const push = await run({ event: 'push', payload: pushPayload({ after: app.sha }) });
    expect(commands(push.stdout, 'notice').some((c) => /not built for/.test(c.message))).toBe(false);
  });
});

describe('deployment_status without environment_url and without checks: write', () => {
  it('the "no deployment URL" notice counts against the 10 notices GitHub shows: the fallback keeps its closing notice', async () => {
    // A compose file shaped like getsentry/self-hosted's: a dozen services, none with a restart policy (low: notices).
    const services = ['kafka', 'zookeeper', 'snuba-api', 'snuba-errors-consumer', 'snuba-outcomes-consumer', 'snuba-replacer', 'cron', 'worker', 'events-consumer', 'attachments-consumer', 'relay', 'vroom'];
    const repo = makeRepo({
      '.github/preflight.yml': 'version: 1\nitems:\n  - { id: restart, check: restart-policy }\n',
      'docker-compose.yml': `services:\n${services.map((s) => `  ${s}:\n    image: "confluentinc/cp-kafka:7.6.1"\n`).join('')}`,
    });
    gh.state.faults.push({ method: 'POST', path: /\/check-runs$/, status: 403, message: 'Resource not accessible by integration', times: 5 });
    const payload = deploymentStatusPayload({ sha: repo.sha, state: 'success', environmentUrl: '' });
    delete (payload.deployment_status as { environment_url?: string }).environment_url;
    const r = await run({ event: 'deployment_status', workspace: repo.dir, sha: repo.sha, payload });
    assertClean(r);
    expect(r.code).toBe(0);
    const notices = commands(r.stdout, 'notice');
    expect(notices[0]!.props).toContain('no deployment URL');
    expect(notices.length).toBeLessThanOrEqual(10);
    expect(notices.at(-1)!.message).toMatch(/^\d+ more findings are not annotated here/);
  });
});

describe('fallback annotations when the job summary cannot be written', () => {
  it('do not send readers to a job summary that does not exist, and its warning counts against the 10 warnings', async () => {
    // A dependabot-style pull request (not a fork, read-only token: 403 on the check run) with a dozen findings per level.
    const services = ['kafka', 'zookeeper', 'snuba-api', 'snuba-errors-consumer', 'snuba-outcomes-consumer', 'snuba-replacer', 'cron', 'worker', 'events-consumer', 'attachments-consumer', 'relay', 'vroom'];
    const repo = makeRepo({
      '.github/preflight.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: restart, check: restart-policy }\n  - { id: limits, check: resource-limits }\n',
      'docker-compose.yml': `services:\n${services.map((s) => `  ${s}:\n    image: "confluentinc/cp-kafka:7.6.1"\n`).join('')}`,
    });
    gh.state.faults.push({ method: 'POST', path: /\/check-runs$/, status: 403, message: 'Resource not accessible by integration', times: 5 });
    addPull(31, { headSha: repo.sha });
    const r = await run({ event: 'pull_request', workspace: repo.dir, sha: repo.sha, env: { GITHUB_STEP_SUMMARY: UNWRITABLE_SUMMARY }, payload: pullRequestPayload({ number: 31, headSha: repo.sha, baseSha: BASE, author: 'dependabot[bot]' }) });
    assertClean(r);
    expect(r.code).toBe(0);
    const warnings = commands(r.stdout, 'warning');
    expect(warnings.length).toBeLessThanOrEqual(10);
    const unwritten = warnings.find((c) => /The job summary could not be written/.test(c.message))!;
    expect(unwritten.message).toMatch(/; the report output still has the findings\.$/);
    const more = commands(r.stdout, 'notice').at(-1)!;
    expect(more.message).toMatch(/more findings are not annotated here/);
    expect(more.message).not.toMatch(/job summary/);
    expect(more.message).toMatch(/JSON report at the step's `report` output/);
  });
});

describe('QA27', () => {
  it('D1: merge_group with the workspace at another commit than the queue commit fails the step, as on pull_request', async () => {
    const repo = makeRepo(APP);
    // The queue commit adds a critical finding; the workspace stays on its parent (a checkout with a fixed `ref:`).
    const queue = makeRepo({ Procfile: 'web: python manage.py runserver 0.0.0.0:$PORT\n', '.github/preflight.yml': `${APP['.github/preflight.yml']}  - { id: server, check: production-server }\n` }, repo.dir);
    execFileSync('git', ['-C', repo.dir, 'checkout', '-q', repo.sha]);
    addPull(12);
    const payload = mergeGroupPayload({ number: 12, headSha: queue.sha, baseSha: BASE });
    const r = await run({ event: 'merge_group', workspace: repo.dir, sha: queue.sha, inputs: { 'fail-on': 'critical' }, payload });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(r.outputs['result']).toBe('fail');
    expect(commands(r.stdout, 'error').map((c) => c.message)).toEqual([expect.stringMatching(new RegExp(`^the workspace is at ${repo.sha.slice(0, 12)}, not the merge queue commit ${queue.sha.slice(0, 12)} \\(merge_group\\.head_sha\\).*ref: \\$\\{\\{ github\\.event\\.merge_group\\.head_sha \\}\\}`))]);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
    // At the queue commit: scanned, and its critical finding fails the queue.
    execFileSync('git', ['-C', repo.dir, 'checkout', '-q', queue.sha]);
    gh.reset();
    addPull(12);
    const ok = await run({ event: 'merge_group', workspace: repo.dir, sha: queue.sha, inputs: { 'fail-on': 'critical' }, payload });
    assertClean(ok);
    expect(commands(ok.stdout, 'error').some((c) => /workspace/.test(c.message))).toBe(false);
    expect(ok.report!.findings.map((f: { check: string }) => f.check)).toContain('production-server');
    expect(gh.state.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([[queue.sha, 'failure']]);
  });

  it('D1: a queue commit that is not in the clone (nothing proves another commit was checked out) is scanned with a warning', async () => {
    addPull(12);
    const head = 'c'.repeat(40);
    const r = await run({ event: 'merge_group', sha: head, payload: mergeGroupPayload({ number: 12, headSha: head, baseSha: BASE }) });
    assertClean(r);
    expect(commands(r.stdout, 'warning').filter((w) => w.props.includes('workspace not verified')).map((w) => w.message)).toEqual([expect.stringMatching(new RegExp(`^The workspace is at ${app.sha.slice(0, 12)}, not the merge queue commit cccccccccccc \\(merge_group\\.head_sha\\), which is not in the repository`))]);
    expect(gh.state.checkRuns.map((c) => c.head_sha)).toEqual([head]);
  });

  it('D2: a secondary limit that lifts in more than a minute is not waited for: one request, then the warning', async () => {
    addPull(45);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, times: 100, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '70' } });
    const r = await run({ event: 'pull_request', payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(gh.state.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs'))).toHaveLength(1);
    expect(r.stdout).toMatch(/^GitHub API secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/check-runs; giving up \(it lifts in 70 s, and Preflight waits only for limits that lift within 60 s\)$/m);
    expect(commands(r.stdout, 'warning').find((x) => x.props.includes('check run not written'))!.message).toMatch(/Preflight waits only for limits that lift within a minute, and two minutes in all\): this is not a missing permission/);
  });

  it('D4: on push, the merged pull request of a merge or squash commit (merge_commit_sha) is found: its sign-offs count and pending items gate', async () => {
    addPull(12, { headSha: 'f'.repeat(40), body: '- [x] Backup restore procedure has been tested\n' });
    gh.state.commitPulls.set(app.sha, [12]);
    const r = await run({ event: 'push', payload: pushPayload({ after: app.sha }) });
    assertClean(r);
    expect(gh.state.requests.some((q) => q.path === '/repos/acme/shop/pulls/12')).toBe(true);
    expect(r.report!.context.pullRequest).toBe(12);
    const items = Object.fromEntries(r.report!.items.map((i: { id: string }) => [i.id, i]));
    expect(items['backups-tested'].status).toBe('attested');
    expect(gh.state.checkRuns[0]!.output.title).not.toMatch(/not gating outside a pull request/);
  });
});

describe('QA33 payloads2: the repository and the token', () => {
  it('D2: a GITHUB_REPOSITORY that is not owner/name falls back to the payload\'s repository with a warning: the check run is written and the description read', async () => {
    addPull(46, { body: '- [x] Backup restore procedure has been tested\n' });
    const r = await run({ event: 'pull_request', repository: 'acme', payload: pullRequestPayload({ number: 46, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    const warnings = commands(r.stdout, 'warning');
    expect(warnings.filter((c) => c.props.includes('GITHUB_REPOSITORY')).map((c) => c.message)).toEqual(['GITHUB_REPOSITORY ("acme") is not `owner/name`: the repository is the event payload\'s (acme/shop).']);
    expect(warnings.some((c) => c.props.includes('check run not written'))).toBe(false);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.requests.some((q) => q.method === 'GET' && q.path === '/repos/acme/shop/pulls/46')).toBe(true);
  });
  it('D2: without a usable repository or without a token, the warning names what is missing', async () => {
    const noRepo = await run({ event: 'push', repository: 'acme', payload: { after: app.sha } });
    assertClean(noRepo);
    const degraded = (r: ActionRun) => commands(r.stdout, 'warning').filter((c) => c.props.includes('check run not written')).map((c) => c.message);
    expect(degraded(noRepo)).toEqual(['No repository (GITHUB_REPOSITORY is not `owner/name`, and the event payload names none): the check run was not written; findings are annotated in the workflow run.']);
    expect(commands(noRepo.stdout, 'warning').map((c) => c.message)).toContainEqual(expect.stringMatching(/^GITHUB_REPOSITORY \("acme"\) is not `owner\/name`, and the event payload names no repository: the GitHub API is not used/));
    const noToken = await run({ event: 'push', payload: pushPayload({ after: app.sha }), inputs: { 'github-token': '' } });
    expect(degraded(noToken)).toEqual(['No GitHub token (the github-token input is empty): the check run was not written; findings are annotated in the workflow run.']);
    expect(gh.state.requests).toEqual([]);
  });
});

describe('QA32 ghes: the runner environment', () => {
  it('D1: a GITHUB_API_URL that is no URL is a configuration error naming it, with `result: fail`, not a stack trace from loading', async () => {
    for (const apiUrl of ['ghe.acme.internal/api/v3', '127.0.0.1:8080/api/v3', 'not a url']) {
      const r = await run({ event: 'pull_request', apiUrl, payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }) });
      expect(r.stderr).not.toMatch(/TypeError|Invalid URL|\n\s+at /);
      expect(r.code).toBe(1);
      expect(r.outputs).toEqual({ result: 'fail' });
      expect(commands(r.stdout, 'error')).toEqual([{ props: 'title=Preflight configuration error', message: expect.stringMatching(new RegExp(`^GITHUB_API_URL \\("${apiUrl.replace(/\./g, '\\.')}"\\) is not an http\\(s\\) URL: expected .*https://api\\.github\\.com`)) }]);
    }
    expect(gh.state.requests).toEqual([]);
  });

  it('D1: without a token the API URL is never used, so a malformed one does not stop the scan', async () => {
    const r = await run({ event: 'pull_request', apiUrl: 'not a url', inputs: { 'github-token': '' }, payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }) });
    expect(r.stderr).not.toMatch(/TypeError|\n\s+at /);
    expect(commands(r.stdout, 'error').some((c) => /GITHUB_API_URL/.test(c.message))).toBe(false);
    expect(r.outputs['report']).toBeTruthy();
    expect(r.report).not.toBeNull();
  });

  it('D2: a proxy that accepts the API\'s CONNECT and never answers does not keep the step alive after its verdict', async () => {
    const sockets = new Set<net.Socket>();
    const blackhole = net.createServer((s) => { sockets.add(s); s.on('error', () => {}); });
    await new Promise<void>((r) => blackhole.listen(0, '127.0.0.1', () => r()));
    const proxy = `http://127.0.0.1:${(blackhole.address() as net.AddressInfo).port}`;
    try {
      const t0 = Date.now();
      const r = await run({
        event: 'pull_request', apiUrl: 'http://ghe.acme.internal/api/v3', timeoutMs: 60_000,
        env: { HTTP_PROXY: proxy, HTTPS_PROXY: proxy, http_proxy: proxy, https_proxy: proxy, PREFLIGHT_TEST_API_TIMEOUT_MS: '300' },
        payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }),
      });
      // Without the bound the process lived on for minutes (undici's tunnel to the proxy) and was killed at 60 s.
      expect(r.code).toBe(1);
      expect(Date.now() - t0).toBeLessThan(30_000);
      expect(r.outputs['result']).toBe('fail');
      expect(commands(r.stdout, 'warning').some((c) => c.props.includes('check run not written') && /did not answer within/.test(c.message))).toBe(true);
      expect(sockets.size).toBeGreaterThan(0);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => blackhole.close(r));
    }
  }, 70_000);

  it('D4: a RUNNER_TEMP that does not exist is made: the report and the rest of the run are not lost', async () => {
    addPull(45);
    const temp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-rt-')), 'does', 'not', 'exist');
    const r = await run({ event: 'pull_request', env: { RUNNER_TEMP: temp }, payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(commands(r.stdout, 'error').some((c) => /internal error|bug in Preflight/.test(c.props + c.message))).toBe(false);
    expect(path.dirname(path.dirname(r.outputs['report']!))).toBe(temp);
    expect(r.report).not.toBeNull();
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(r.summary).toMatch(/Preflight/);
  });

  it('D4: RUNNER_TEMP unset (a hand-made environment) costs the same warning, and the report goes to the OS temp folder (QA33 payloads2 D4)', async () => {
    addPull(45);
    const tmpdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-tmpdir-'));
    // (An undefined value leaves the variable out of the child's environment.)
    const r = await run({ event: 'pull_request', env: { RUNNER_TEMP: undefined as unknown as string, TMPDIR: tmpdir }, payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(commands(r.stdout, 'warning').filter((c) => c.props.includes('RUNNER_TEMP')).map((c) => c.message)).toEqual([`RUNNER_TEMP is not set (GitHub's runner always sets it: a hand-made environment?): the JSON report is written under ${tmpdir} instead.`]);
    expect(path.dirname(path.dirname(r.outputs['report']!))).toBe(tmpdir);
    expect(r.report).not.toBeNull();
    expect(gh.state.checkRuns).toHaveLength(1);
  });

  it('D4: a RUNNER_TEMP that cannot be a folder (a file is in the way) costs a warning, and the report goes to the OS temp folder', async () => {
    addPull(45);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-rt-')), 'temp');
    fs.writeFileSync(file, 'not a folder');
    const r = await run({ event: 'pull_request', env: { RUNNER_TEMP: file, TMPDIR: os.tmpdir() }, payload: pullRequestPayload({ number: 45, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(commands(r.stdout, 'warning').filter((c) => c.props.includes('RUNNER_TEMP')).map((c) => c.message)).toEqual([expect.stringMatching(new RegExp(`^RUNNER_TEMP \\(${file.replace(/\./g, '\\.')}\\) cannot hold the JSON report \\(it is a file, not a folder\\): it is written under `))]);
    expect(r.outputs['report']!.startsWith(`${path.resolve(os.tmpdir())}${path.sep}preflight-`)).toBe(true);
    expect(r.report).not.toBeNull();
    expect(gh.state.checkRuns).toHaveLength(1);
  });
});
