// QA stop 49 (action16 note): a configuration error wrote only the `::error`; with branch protection requiring the check,
// the pull request showed it missing with no word why. Now a failed check run (title: configuration error, the error in
// its summary, an annotation at file:line:column when a repository file is named) and the job summary say it too.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { APP, HEADER_SECRET, TOKEN, pullRequestPayload, pushPayload } from './fixtures.js';

let gh: FakeGitHub;
let app: { dir: string; sha: string };
let mono: { dir: string; sha: string };
const BASE = 'b'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  app = makeRepo(APP);
  mono = makeRepo({
    'services/web/Dockerfile': 'FROM python:latest\nUSER app\n',
    // `optins` (line 6, column 5): an unknown key.
    'services/web/.github/preflight.yml': 'version: 1\nfail-on: high\nitems:\n  - id: pinned\n    check: image-tag-pinned\n    optins: { allow: [scratch] }\n',
  });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const errors = (stdout: string) => commands(stdout, 'error');
const everything = (r: { stdout: string; summary: string }) => [r.summary, r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), JSON.stringify(gh.state.requests.map((q) => q.body))].join('\n');

describe('stop 49: a configuration error writes a failed check run and the job summary', () => {
  it('a checklist mistake: a failure check run on the pull request head, titled as a configuration error, annotated at file:line:column', async () => {
    gh.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: mono.sha, files: [] });
    const r = await runAction({ workspace: mono.dir, sha: mono.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', inputs: { 'working-directory': 'services/web' }, payload: pullRequestPayload({ number: 7, headSha: mono.sha, baseSha: BASE }) });
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ result: 'fail' });
    // The ::error is as before.
    expect(errors(r.stdout).map((c) => c.props)).toEqual(['title=Preflight configuration error,file=services/web/.github/preflight.yml,line=6,col=5']);
    expect(gh.state.checkRuns).toHaveLength(1);
    const run = gh.state.checkRuns[0]!;
    expect(run.name).toBe('Preflight');
    expect(run.head_sha).toBe(mono.sha);
    expect(run.conclusion).toBe('failure');
    expect(run.output.title).toBe('Configuration error: Preflight did not run — services/web');
    expect(run.output.summary).toMatch(/^## ❌ Preflight: configuration error in `services\/web`/);
    expect(run.output.summary).toContain("services/web/.github/preflight.yml:6:5: unknown key 'optins'");
    expect(run.annotations).toEqual([expect.objectContaining({ path: 'services/web/.github/preflight.yml', start_line: 6, end_line: 6, start_column: 5, end_column: 5, annotation_level: 'failure', title: 'Preflight configuration error' })]);
    expect(String(run.annotations[0]!.message)).toMatch(/^unknown key 'optins'/);
    expect(r.summary).toMatch(/## ❌ Preflight: configuration error in `services\/web`/);
    expect(r.summary).toContain("services/web/.github/preflight.yml:6:5: unknown key 'optins'");
    expect(gh.violations()).toEqual([]);
  }, 60_000);

  it('an input the action cannot take: the check run goes on the payload\'s head (not GITHUB_SHA), with no annotation', async () => {
    gh.state.pulls.set(8, { number: 8, body: '', author: 'alice', headSha: app.sha, files: [] });
    const r = await runAction({ workspace: app.dir, sha: 'e'.repeat(40), apiUrl: gh.url, token: TOKEN, event: 'pull_request', inputs: { 'fail-on': 'warning' }, payload: pullRequestPayload({ number: 8, headSha: app.sha, baseSha: BASE }) });
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ result: 'fail' });
    expect(gh.state.checkRuns.map((c) => [c.name, c.head_sha, c.conclusion, c.output.title])).toEqual([['Preflight', app.sha, 'failure', 'Configuration error: Preflight did not run']]);
    expect(gh.state.checkRuns[0]!.annotations).toEqual([]);
    expect(gh.state.checkRuns[0]!.output.summary).toContain("input 'fail-on': warning: expected critical, high, medium, low, info, none");
    expect(r.summary).toContain("input 'fail-on': warning: expected critical");
    expect(gh.violations()).toEqual([]);
  }, 60_000);

  it('a checklist input that names no file: no annotation on a file that does not exist; the check-name input is kept', async () => {
    const r = await runAction({ workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, event: 'push', inputs: { checklist: 'nope.yml', 'check-name': 'Preflight gate' }, payload: pushPayload({ after: app.sha }) });
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns.map((c) => [c.name, c.conclusion, c.annotations.length])).toEqual([['Preflight gate', 'failure', 0]]);
    expect(gh.state.checkRuns[0]!.output.summary).toMatch(/nope\.yml/);
  }, 60_000);

  it('a secret an error quotes (a header value pasted into another input) is taken out of the check run and the job summary', async () => {
    const r = await runAction({
      workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, event: 'push', payload: pushPayload({ after: app.sha }),
      inputs: { headers: `X-Api-Key: ${HEADER_SECRET}`, 'severity-overrides': `debug-mode=${HEADER_SECRET}` },
    });
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.checkRuns[0]!.output.summary).toContain("input 'severity-overrides': debug-mode=***: expected ID=LEVEL");
    expect(r.summary).toContain('debug-mode=***');
    const all = everything(r);
    expect(all).not.toContain(HEADER_SECRET);
    expect(all).not.toContain(TOKEN);
  }, 60_000);

  it('no check run without a token or on a fork\'s read-only token (the job summary still has the error); a refused one is a warning only', async () => {
    const noToken = await runAction({ workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, event: 'push', inputs: { 'github-token': '', 'fail-on': 'warning' }, payload: pushPayload({ after: app.sha }) });
    expect(noToken.code).toBe(1);
    expect(noToken.outputs).toEqual({ result: 'fail' });
    expect(gh.state.requests).toEqual([]);
    expect(noToken.summary).toContain("input 'fail-on': warning");

    const fork = await runAction({ workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', inputs: { 'fail-on': 'warning' }, payload: pullRequestPayload({ number: 9, headSha: app.sha, baseSha: BASE, headRepo: 'mallory/shop' }) });
    expect(fork.code).toBe(1);
    expect(gh.state.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(fork.summary).toContain("input 'fail-on': warning");

    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, times: 5, message: 'Resource not accessible by integration' });
    const refused = await runAction({ workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, event: 'push', inputs: { 'fail-on': 'warning' }, payload: pushPayload({ after: app.sha }) });
    expect(refused.code).toBe(1);
    expect(refused.outputs).toEqual({ result: 'fail' });
    expect(gh.state.checkRuns).toEqual([]);
    expect(commands(refused.stdout, 'warning').map((c) => c.message)).toEqual([expect.stringMatching(/^The check run reporting the configuration error could not be written \(.*\): give the job `permissions: checks: write`/)]);
    expect(errors(refused.stdout).map((c) => c.message)).toEqual(["input 'fail-on': warning: expected critical, high, medium, low, info, none"]);
    expect(refused.summary).toContain("input 'fail-on': warning");
    for (const r of [noToken, fork, refused]) expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
