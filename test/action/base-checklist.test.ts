import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BaseChecklistError, baseReader, gitRoot, readBaseChecklist as readFromBase, rootRelative } from '../../src/action/base-checklist.js';
import { createClient } from '../../src/github/client.js';
import { ConfigError, silentLogger } from '../../src/types.js';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { makeRepo } from './run-action.js';

/** The action's call: the input and the discovery paths relative to `dir`, read through one base reader. */
function readBaseChecklist(o: { root: string; dir: string; checklist?: string; baseSha: string; client: ReturnType<typeof createClient> | null; repo: { owner: string; repo: string } | null }) {
  const fromRoot = rootRelative(o.root, o.dir);
  return readFromBase(baseReader(o), fromRoot(o.checklist), (p) => fromRoot(p)!, o.baseSha);
}

describe('readBaseChecklist (pull_request_target)', () => {
  const base = makeRepo({ 'svc/.github/preflight.yml': 'version: 1\nfail-on: high\n', 'svc/app.py': '' });
  const head = makeRepo({ 'svc/.github/preflight.yml': 'version: 1\nfail-on: none\n', 'svc/preflight.yml': 'version: 1\n' }, base.dir);
  const opts = { root: base.dir, dir: path.join(base.dir, 'svc'), baseSha: base.sha, client: null, repo: null, logger: silentLogger };

  it('reads the discovered checklist as the base commit has it, with a repository-relative name', async () => {
    expect(await readBaseChecklist(opts)).toEqual({ file: 'svc/.github/preflight.yml', text: 'version: 1\nfail-on: high\n' });
    // The head's version differs: the working tree is never consulted.
    expect(head.sha).not.toBe(base.sha);
  });
  it('does not pick up a checklist that only the pull request adds', async () => {
    expect(await readBaseChecklist({ ...opts, checklist: 'preflight.yml' }).catch((e: unknown) => e)).toBeInstanceOf(ConfigError);
    const other = makeRepo({ 'README.md': '' });
    makeRepo({ '.github/preflight.yml': 'version: 1\n' }, other.dir);
    expect(await readBaseChecklist({ ...opts, root: other.dir, dir: other.dir, baseSha: other.sha })).toBeNull();
  });
  it('refuses a checklist outside the repository', async () => {
    await expect(readBaseChecklist({ ...opts, checklist: '../../etc/passwd' })).rejects.toThrow(/outside the repository/);
  });
  it('finds the git top level from a sub-folder', async () => {
    expect(await gitRoot(path.join(base.dir, 'svc'), '/fallback')).toBe(base.dir);
    expect(await gitRoot('/', '/fallback')).toBe('/fallback');
  });
});

describe('readBaseChecklist through the contents API (base commit not in the clone)', () => {
  const TOKEN = 'ghs_base_checklist_1';
  const shallow = makeRepo({ 'app.py': '' });
  const baseSha = 'a'.repeat(40);
  let gh: FakeGitHub;
  beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
  afterAll(async () => { await gh.close(); });
  beforeEach(() => { gh.reset(); });
  const opts = () => ({
    root: shallow.dir, dir: shallow.dir, baseSha, repo: { owner: 'acme', repo: 'shop' }, logger: silentLogger,
    client: createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 }),
  });
  const contentRequests = () => gh.state.requests.filter((r) => r.template === '/repos/{owner}/{repo}/contents/{path}').map((r) => decodeURIComponent(r.path.split('/contents/')[1]!));

  it('reads the first discovered checklist, and finds none when every path is "not found"', async () => {
    gh.state.contents.set(`${baseSha}:preflight.yml`, 'version: 1\n');
    expect(await readBaseChecklist(opts())).toEqual({ file: 'preflight.yml', text: 'version: 1\n' });
    gh.reset();
    expect(await readBaseChecklist(opts())).toBeNull();
    // Each folder on the way is asked for once (it could be a symlink the API does not follow).
    expect(contentRequests()).toEqual(['.github/preflight.yml', '.github', '.github/preflight.yaml', 'preflight.yml', 'PRODUCTION_CHECKLIST.md', 'docs/PRODUCTION_CHECKLIST.md', 'docs']);
  });

  it('fails on a 5xx instead of falling back to the preset, without trying the other paths', async () => {
    gh.state.faults.push({ method: 'GET', path: /\/contents\//, status: 500, times: 100, message: 'Server Error' });
    const err = await readBaseChecklist(opts()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BaseChecklistError);
    expect((err as Error).message).toMatch(/^The checklist could not be read from the base commit aaaaaaaaaaaa: the contents API failed for \.github\/preflight\.yml \(HTTP 500: Server Error.*\)\./);
    expect((err as Error).message).toMatch(/does not fall back to the built-in preset/);
    // One path, retried by the client (1 + 3), not once per discovery path.
    expect(contentRequests()).toEqual(Array(4).fill('.github/preflight.yml'));
  });

  it('fails on a 403 at once, and when there is no client to ask', async () => {
    gh.state.faults.push({ method: 'GET', path: /\/contents\//, status: 403, times: 100, message: 'Resource not accessible by integration' });
    await expect(readBaseChecklist(opts())).rejects.toThrow(/HTTP 403: Resource not accessible by integration/);
    expect(contentRequests()).toHaveLength(1);
    await expect(readBaseChecklist({ ...opts(), client: null })).rejects.toBeInstanceOf(BaseChecklistError);
  });
});
