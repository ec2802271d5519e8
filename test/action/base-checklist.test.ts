import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRoot, readBaseChecklist } from '../../src/action/base-checklist.js';
import { ConfigError, silentLogger } from '../../src/types.js';
import { makeRepo } from './run-action.js';

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
