/**
 * QA stop 40 (robust3 D2): `--dir` (the action's `working-directory`) on a git submodule that is not checked out (what
 * actions/checkout gives without `submodules: true`: an empty folder whose path is a gitlink of the superproject)
 * passed green with nothing scanned, the gitlink itself listed as a file (so env-file-not-ignored judged a scan that had
 * no file). It is now a configuration error; such a submodule inside the scanned folder is named in a warning; a
 * gitlink is never listed as a file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/repo/files.js';
import { run } from '../../src/run.js';
import { ConfigError } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' }).trim();

/**
 * A superproject with `vendor/sub` a submodule that is not checked out (a gitlink, its folder empty) and `vendor/lib` one
 * that is (a repository of its own, with a Dockerfile).
 */
function superproject(gitignore = true): string {
  const root = makeRepo({ 'Dockerfile': 'FROM node:22.11-slim\nUSER 10001:10001\n', ...(gitignore ? { '.gitignore': '.env\n' } : {}) });
  const lib = path.join(root, 'vendor/lib');
  fs.mkdirSync(lib, { recursive: true });
  fs.writeFileSync(path.join(lib, 'Dockerfile'), 'FROM node\n');
  git(lib, 'init', '-q', '-b', 'main');
  git(lib, 'add', '-A');
  git(lib, 'commit', '-q', '-m', 'lib');
  const sha = git(lib, 'rev-parse', 'HEAD');
  git(root, 'update-index', '--add', '--cacheinfo', `160000,${sha},vendor/lib`);
  git(root, 'update-index', '--add', '--cacheinfo', `160000,${sha},vendor/sub`);
  fs.mkdirSync(path.join(root, 'vendor/sub'));
  fs.writeFileSync(path.join(root, '.gitmodules'), '[submodule "vendor/lib"]\n\tpath = vendor/lib\n\turl = ../lib\n[submodule "vendor/sub"]\n\tpath = vendor/sub\n\turl = ../lib\n');
  git(root, 'add', '.gitmodules');
  git(root, 'commit', '-q', '-m', 'submodules');
  return root;
}

const quiet = { info: () => {}, debug: () => {}, warn: () => {} };

describe('git submodules that are not checked out (stop 40)', () => {
  it('a --dir that is one, or is inside one, is a configuration error naming it', async () => {
    const root = superproject();
    const err = await run({ dir: 'vendor/sub', cwd: root, probes: false, env: {}, logger: quiet }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe('vendor/sub is a git submodule that is not checked out (actions/checkout: `submodules: true`; locally `git submodule update --init`): its files are not in the working tree, so nothing would be scanned');
    fs.mkdirSync(path.join(root, 'vendor/sub/app'));
    await expect(run({ dir: 'vendor/sub/app', cwd: root, probes: false, env: {}, logger: quiet })).rejects.toThrow(/^vendor\/sub\/app is inside the git submodule vendor\/sub, which is not checked out \(actions\/checkout: `submodules: true`/);
    // One that is checked out is a repository of its own: scanned as before.
    const { report } = await run({ dir: 'vendor/lib', cwd: root, probes: false, env: {}, logger: quiet });
    expect(report.findings.filter((f) => f.check === 'image-tag-pinned').map((f) => f.file)).toEqual(['Dockerfile']);
  });

  it('inside the scanned folder: named in a warning (its files are not scanned); a gitlink is never listed as a file', async () => {
    const root = superproject();
    const listing = await listFiles(root);
    expect(listing.files).toEqual(['.gitignore', '.gitmodules', 'Dockerfile']);
    expect(listing.uncheckedSubmodules).toEqual(['vendor/sub']);
    const warnings: string[] = [];
    await run({ dir: root, cwd: root, probes: false, env: {}, logger: { ...quiet, warn: (m) => { warnings.push(m); } } });
    expect(warnings).toEqual([expect.stringMatching(/^a git submodule is not checked out \(vendor\/sub\): its files are not scanned \(/)]);
  });

  it('a folder holding only submodules scans no file: env-file-not-ignored is skipped as for an empty folder', async () => {
    // (No .gitignore anywhere: before, the gitlinks listed as files made it fail "no .gitignore ignores 'vendor/.env'".)
    const root = superproject(false);
    fs.mkdirSync(path.join(root, 'empty'));
    for (const dir of ['vendor', 'empty']) {
      const { report } = await run({ dir, cwd: root, probes: false, env: {}, logger: quiet });
      expect(report.items.find((i) => i.check === 'env-file-not-ignored'), dir).toMatchObject({ status: 'skipped', reason: 'no files' });
      expect(report.findings.filter((f) => f.check === 'env-file-not-ignored'), dir).toEqual([]);
    }
  });
});
