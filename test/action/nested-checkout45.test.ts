// QA stop 45 (action14 D1): the repository checked out into a sub-folder (actions/checkout `path: app`) with the
// working-directory left at the workspace. Scanned as a plain folder, annotations took `app/…` paths the repository does
// not have, its .gitignore was not read as its own, and the warning advised checking out another commit.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';

let gh: FakeGitHub;
const BASE = 'b'.repeat(40);
const FILES = { '.gitignore': '.env\n', 'services/web/Dockerfile': 'FROM python:latest\nUSER app\n' };

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

/** A workspace that is no git repository, with a repository made from FILES in `sub`. */
function nestedWorkspace(sub: string, origin?: string): { ws: string; sha: string } {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-nest-'));
  const { sha } = makeRepo(FILES, path.join(ws, sub));
  if (origin) execFileSync('git', ['-C', path.join(ws, sub), 'remote', 'add', 'origin', origin]);
  return { ws, sha };
}

const errors = (stdout: string) => commands(stdout, 'error').map((c) => c.message).join('\n');

describe('stop 45: the repository checked out in a sub-folder, working-directory at the workspace', () => {
  it('is a configuration error naming `working-directory: app`, with no check run on wrong paths (only the configuration error\'s)', async () => {
    const { ws, sha } = nestedWorkspace('app');
    gh.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: sha, files: [] });
    const r = await runAction({ workspace: ws, sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: sha, baseSha: BASE }) });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    const e = errors(r.stdout);
    expect(e).toMatch(/the workspace is not a git checkout, but `app` holds the repository's checkout/);
    expect(e).toMatch(/Set `working-directory: app`/);
    expect(e).not.toMatch(/ref: \$\{\{ github\.event\.pull_request\.head\.sha \}\}/);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('finds it deeper (`path: checkouts/app`) by its origin on a push to another commit, beside a second repository', async () => {
    const { ws } = nestedWorkspace('checkouts/app', 'https://github.com/acme/shop');
    makeRepo({ 'README.md': 'tools\n' }, path.join(ws, 'tools'));
    const r = await runAction({ workspace: ws, sha: 'c'.repeat(40), apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: 'c'.repeat(40) } });
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toMatch(/`checkouts\/app` holds the repository's checkout \(its origin is acme\/shop\).*Set `working-directory: checkouts\/app`/);
  }, 60_000);

  it('a workspace of plain files that holds another repository (a tool cloned by an earlier step) is scanned as before', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-nest-'));
    fs.writeFileSync(path.join(ws, 'Dockerfile'), 'FROM python:3.12-slim\nUSER 1000\n');
    makeRepo({ 'README.md': 'tool\n' }, path.join(ws, 'tools', 'lint'));
    execFileSync('git', ['-C', path.join(ws, 'tools', 'lint'), 'remote', 'add', 'origin', 'https://github.com/other/lint.git']);
    const head = 'd'.repeat(40);
    const r = await runAction({ workspace: ws, sha: head, apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: head } });
    expect(errors(r.stdout)).not.toMatch(/holds the repository's checkout/);
    expect(r.report).not.toBeNull();
  }, 60_000);

  it('with `working-directory: app` the repository is scanned from its root: paths without the prefix, its .gitignore read', async () => {
    const { ws, sha } = nestedWorkspace('app');
    gh.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: sha, files: [] });
    const r = await runAction({ workspace: ws, sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: sha, baseSha: BASE }), inputs: { 'working-directory': 'app', 'fail-on': 'none' } });
    expect(r.code).toBe(0);
    const paths = gh.state.checkRuns.flatMap((c) => c.annotations.map((a) => a.path));
    expect(paths).toContain('services/web/Dockerfile');
    expect(paths.some((p) => String(p).startsWith('app/'))).toBe(false);
    expect(r.report!.findings.map((f: { check: string }) => f.check)).not.toContain('env-file-not-ignored');
  }, 60_000);
});
