// QA stop 35 (GitHub Action payloads, round 3), run through the bundled action against the fake api.github.com.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, bigRepo, commands, makeRepo, runAction } from './run-action.js';
import { APP, TOKEN, pullRequestPayload } from './fixtures.js';

let gh: FakeGitHub;
const BASE = 'b'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const bytes = (s: string | undefined) => Buffer.byteLength(s ?? '');
const addPull = (number: number, headSha: string, body = '') => gh.state.pulls.set(number, { number, body, author: 'alice', headSha, files: ['Dockerfile'] });

describe('D1: a large report\'s check run is cut to GitHub\'s limit in bytes, and written', () => {
  it('1,200 findings: summary and text within 65,535 bytes (GitHub refuses more with 422), each with the cut note', async () => {
    const big = bigRepo();
    addPull(7, big.sha);
    const r = await runAction({ workspace: big.dir, sha: big.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: big.sha, baseSha: BASE }), timeoutMs: 120_000 });
    expect(gh.violations()).toEqual([]);
    expect(commands(r.stdout, 'warning').filter((c) => /check run not written/.test(c.props))).toEqual([]);
    expect(gh.state.checkRuns).toHaveLength(1);
    const out = gh.state.checkRuns[0]!.output;
    // Cut to the bytes, yet close to them: not cut by a needless margin.
    for (const t of [out.summary, out.text]) expect(bytes(t)).toBeLessThanOrEqual(65_535);
    expect(bytes(out.text)).toBeGreaterThan(60_000);
    expect(out.text).toMatch(/…\(cut: the report is longer than GitHub accepts here/);
    expect(gh.state.checkRuns[0]!.annotations).toHaveLength(1000);
  }, 150_000);
});

describe('D2: a 429 secondary limit on the annotation batches', () => {
  it('lifting in two hours: one PATCH, given up once and said once; the run completes and says what was not posted', async () => {
    const big = bigRepo();
    addPull(7, big.sha);
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 429, times: 1000, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '7200' } });
    const r = await runAction({ workspace: big.dir, sha: big.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: big.sha, baseSha: BASE }), timeoutMs: 120_000 });
    expect(r.code).toBe(1);
    expect(gh.state.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    expect(r.stdout.split('\n').filter((l) => /giving up/.test(l))).toHaveLength(1);
    const warning = commands(r.stdout, 'warning').find((c) => /annotations missing/.test(c.props))!;
    expect(warning.message).toMatch(/50 of 1000 annotations: 19 of 20 annotation batches \(950 annotations\) could not be posted \(HTTP 429: .*a GitHub rate limit, not a missing permission\)\. Its summary was not corrected \(GitHub asks for no requests until its rate limit lifts\)/);
    expect(r.outputs.result).toBe('fail');
  }, 150_000);
});

describe('D3: findings only the merge commit has (the base branch moved)', () => {
  it('are said to come from the base branch, with why they are not annotated, and their lines marked as the merge commit\'s', async () => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
    const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();
    const config = '.github/preflight.yml';
    const dockerfile = 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nUSER app\nCMD ["gunicorn", "app:app"]\n';
    const base = makeRepo({ [config]: 'version: 1\nfail-on: high\nitems:\n  - { id: pinned, check: image-tag-pinned }\n', Dockerfile: dockerfile });
    // The pull request adds a stage with a moving tag at the end of its Dockerfile (line 6); the base branch then adds
    // comments and a stage with a moving tag on top, and a whole new Dockerfile.
    const head = makeRepo({ Dockerfile: `${dockerfile}FROM alpine:latest\n` }, base.dir);
    git(base.dir, 'checkout', '-q', '-b', 'main2', base.sha);
    fs.writeFileSync(path.join(base.dir, 'Dockerfile'), `# one\n# two\nFROM node:latest AS tools\n${dockerfile}`);
    fs.mkdirSync(path.join(base.dir, 'worker'));
    fs.writeFileSync(path.join(base.dir, 'worker/Dockerfile'), 'FROM ruby:latest\nUSER app\n');
    git(base.dir, 'add', '-A');
    git(base.dir, 'commit', '-qm', 'base moves on');
    git(base.dir, 'merge', '-q', '--no-ff', '-m', 'merge', head.sha);
    const merge = git(base.dir, 'rev-parse', 'HEAD');
    addPull(61, head.sha);
    const r = await runAction({ workspace: base.dir, sha: merge, apiUrl: gh.url, token: TOKEN, event: 'pull_request', env: { GITHUB_REF: 'refs/pull/61/merge' }, payload: pullRequestPayload({ number: 61, headSha: head.sha, baseSha: base.sha }) });
    expect(gh.violations()).toEqual([]);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.head_sha).toBe(head.sha);
    // The pull request's own line is annotated at the head's line (6; the merge commit's 9); the base branch's two are not.
    expect(cr.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['Dockerfile:6']);
    for (const text of [cr.output.summary!, r.summary]) {
      expect(text).toContain('2 findings come from the base branch, not from this pull request: their lines are in the merge commit (`refs/pull/61/merge`), which Preflight scanned, but not in the pull request\'s head');
      expect(text).toMatch(/They are not annotated \(annotations go on the head's lines\)/);
      // Each is marked, unlinked, with the merge commit's line; the pull request's own finding links to the head.
      expect(text).toContain('`Dockerfile:3` _(from the base branch: merge-commit line)_ **high**');
      expect(text).toContain('`worker/Dockerfile:1` _(from the base branch: merge-commit line)_ **high**');
      expect(text).toContain(`[\`Dockerfile:6\`](https://github.com/acme/shop/blob/${head.sha}/Dockerfile#L6) **high**`);
    }
    expect(cr.output.text).toContain('`Dockerfile:3` _(from the base branch: merge-commit line)_');

    // A pull request whose head the merge commit adds nothing to: no such note.
    gh.reset();
    const plain = makeRepo({ ...APP });
    addPull(62, plain.sha);
    const p = await runAction({ workspace: plain.dir, sha: plain.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 62, headSha: plain.sha, baseSha: BASE }) });
    expect(p.summary).not.toMatch(/from the base branch/);
    expect(gh.state.checkRuns[0]!.output.summary).not.toMatch(/from the base branch/);
  }, 60_000);
});

describe('D4: near-miss sign-off ticks are shown with the pending items', () => {
  it('in the check run and the job summary, next to the item and under the copy-paste lines', async () => {
    const repo = makeRepo({ ...APP });
    const body = '- [x] Backup restore procedure has been tested.\n- [x] ✅ Runbook is written\n';
    addPull(9, repo.sha, body);
    const r = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 9, headSha: repo.sha, baseSha: BASE, body, action: 'edited' }) });
    expect(gh.violations()).toEqual([]);
    // The log's warnings stay.
    expect(commands(r.stdout, 'warning').filter((c) => /signs nothing off/.test(c.message))).toHaveLength(2);
    for (const text of [gh.state.checkRuns[0]!.output.summary!, r.summary]) {
      const itemLine = text.split('\n').find((l) => l.includes('`backups-tested`'))!;
      expect(itemLine).toMatch(/— pending .*— ticked as "backup restore procedure has been tested\.", which signs nothing off \(see the pending sign-offs\)$/);
      const pending = text.slice(text.indexOf('### ⏳ Sign-offs pending'));
      // The copy-paste block is unchanged; the hints follow it.
      expect(pending).toContain('```markdown\n- [ ] Backup restore procedure has been tested\n- [ ] Runbook is written\n```\n\nTicked in the description, but signing nothing off:\n');
      expect(pending).toContain('- "backup restore procedure has been tested." (for `backups-tested`): not its title as written; tick its line above as it is');
      expect(pending).toContain('- "✅ runbook is written" (for `runbook`): not its title as written');
    }
    // A description that signs off as written has no such hints.
    gh.reset();
    const good = '- [x] Backup restore procedure has been tested\n';
    addPull(9, repo.sha, good);
    const ok = await runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 9, headSha: repo.sha, baseSha: BASE, body: good, action: 'edited' }) });
    expect(ok.summary).not.toMatch(/signs? nothing off|signing nothing off/);
  }, 60_000);
});
