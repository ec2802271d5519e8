// QA stop 50 (action17 D2): with actions/checkout's default depth-1 clone of a pull request's merge commit, when git could
// not fetch the head to compare it with the merge commit, the check run's annotations and the summary's head-SHA links
// gave the merge commit's line numbers. The compare API (GET /repos/{owner}/{repo}/compare/{head}...{merge}: the merge
// commit's changes from the head) now maps them; when it cannot answer, the documented note stays.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';
import { BUNDLE, makeRepo, runAction } from './run-action.js';

const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();

let gh: FakeGitHub;
/** The pull request's head, the merge commit, a depth-1 clone of the merge commit whose origin is gone, and the full repository. */
let fx: { head: string; merge: string; base: string; shallow: string; full: string };

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  // A 7-line Dockerfile; the pull request changes its CMD to a development server; the base branch then adds three
  // comment lines at its top (and a file of its own): the merge commit's Dockerfile has 10 lines.
  const dockerfile = ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements.txt', 'USER app', 'EXPOSE 8000', 'CMD ["gunicorn", "app:app"]', ''].join('\n');
  const base = makeRepo({ '.github/preflight.yml': 'version: 1\nfail-on: critical\nitems:\n  - { id: server, check: production-server }\n  - { id: pinned, check: image-tag-pinned }\n', Dockerfile: dockerfile, 'requirements.txt': 'flask\n' });
  git(base.dir, 'checkout', '-q', '-b', 'feature');
  fs.writeFileSync(path.join(base.dir, 'Dockerfile'), dockerfile.replace('CMD ["gunicorn", "app:app"]', 'CMD ["flask", "run", "--host=0.0.0.0"]'));
  git(base.dir, 'commit', '-qam', 'dev server');
  const head = git(base.dir, 'rev-parse', 'HEAD');
  git(base.dir, 'checkout', '-q', 'main');
  fs.writeFileSync(path.join(base.dir, 'Dockerfile'), `# built by CI\n# see docs/deploy.md\n# do not edit by hand\n${dockerfile}`);
  fs.writeFileSync(path.join(base.dir, 'base.Dockerfile'), 'FROM node:latest\n');
  git(base.dir, 'add', '-A');
  git(base.dir, 'commit', '-qm', 'base moves on');
  git(base.dir, 'merge', '-q', '--no-ff', '-m', 'merge', head);
  const merge = git(base.dir, 'rev-parse', 'HEAD');
  git(base.dir, 'branch', 'pr-merge', merge);
  // actions/checkout's default: depth 1. The origin cannot serve the head (gone, or no credentials left behind).
  const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-shallow50-'));
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr-merge', `file://${base.dir}`, shallow], { env });
  git(shallow, 'remote', 'set-url', 'origin', `file://${path.join(os.tmpdir(), 'pf-no-such-origin-50')}`);
  fx = { head, merge, base: git(base.dir, 'rev-parse', 'main^1'), shallow, full: base.dir };
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

/** What GitHub's compare API lists for head...merge: every changed file, its patch as git writes it (3 lines of context, from the first `@@`). */
function serveCompare(): void {
  const files = git(fx.full, 'diff', '--name-status', '--no-renames', fx.head, fx.merge).split('\n').filter(Boolean).map((l) => {
    const [st, filename] = l.split('\t') as [string, string];
    const diff = git(fx.full, 'diff', '--no-color', '--no-renames', fx.head, fx.merge, '--', filename);
    const patch = diff.slice(diff.indexOf('@@'));
    const counts = git(fx.full, 'diff', '--numstat', '--no-renames', fx.head, fx.merge, '--', filename).split('\t');
    return { filename, status: st === 'A' ? 'added' : st === 'D' ? 'removed' : 'modified', patch, additions: Number(counts[0]), deletions: Number(counts[1]) };
  });
  gh.state.compares.set(`${fx.head}...${fx.merge}`, files);
}

const runPr = () => {
  gh.state.pulls.set(8, { number: 8, body: '', author: 'alice', headSha: fx.head, files: ['Dockerfile'] });
  return runAction({ event: 'pull_request', workspace: fx.shallow, sha: fx.merge, apiUrl: gh.url, token: TOKEN, payload: pullRequestPayload({ number: 8, headSha: fx.head, baseSha: fx.base }) });
};

describe('a depth-1 clone of the merge commit whose head git cannot fetch', () => {
  it('maps the merge commit\'s lines to the head\'s through the compare API: annotations and links at the head\'s lines', async () => {
    serveCompare();
    const r = await runPr();
    expect(gh.violations()).toEqual([]);
    expect(gh.state.requests.some((q) => q.template === '/repos/{owner}/{repo}/compare/{basehead}' && q.path.endsWith(`/compare/${fx.head}...${fx.merge}`))).toBe(true);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.head_sha).toBe(fx.head);
    // The head's CMD is its line 7 (the merge commit's 10).
    const server = cr.annotations.filter((a) => String(a.message).includes('flask'));
    expect(server.map((a) => `${a.path}:${a.start_line}`)).toEqual(['Dockerfile:7']);
    expect(r.summary).toContain(`blob/${fx.head}/Dockerfile#L7`);
    expect(r.summary).not.toMatch(new RegExp(`blob/${fx.head}/Dockerfile#L10`));
    // A file only the base branch has is not annotated on the head.
    expect(cr.annotations.some((a) => a.path === 'base.Dockerfile')).toBe(false);
    expect(r.stdout).not.toContain('Annotation lines are the merge commit\'s');
    expect(r.summary).not.toContain('could not be compared');
    // The JSON report keeps the scanned commit's lines.
    expect(r.report!.findings.filter((f: { check: string }) => f.check === 'production-server').map((f: { line: number }) => f.line)).toEqual([10]);
  });

  it('the compare API cannot answer (404, as for a token without contents: read): the merge commit\'s lines, with the note', async () => {
    const r = await runPr();
    expect(gh.violations()).toEqual([]);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.annotations.filter((a) => String(a.message).includes('flask')).map((a) => a.start_line)).toEqual([10]);
    expect(r.stdout).toContain('Annotation lines are the merge commit\'s');
    expect(r.summary).toContain('could not be compared');
  });

  it('a changed file the compare API gives no patch for (too large a diff): not mapped from a guess, the note instead', async () => {
    serveCompare();
    const files = gh.state.compares.get(`${fx.head}...${fx.merge}`)!;
    gh.state.compares.set(`${fx.head}...${fx.merge}`, files.map((f) => (f.filename === 'Dockerfile' ? { ...f, patch: undefined } : f)));
    const r = await runPr();
    expect(gh.state.checkRuns[0]!.annotations.filter((a) => String(a.message).includes('flask')).map((a) => a.start_line)).toEqual([10]);
    expect(r.summary).toContain('could not be compared');
  });
});
