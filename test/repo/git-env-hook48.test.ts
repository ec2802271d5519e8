/**
 * Review 48 B1: dropping every inherited git variable made a commit hook of the scanned repository judge the stale
 * `.git/index` instead of the index being committed (`git commit -a` stages into `.git/index.lock` and points
 * GIT_INDEX_FILE at it): a `.env` the commit deletes was judged still tracked. The repository's own index is kept.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/repo/files.js';
import { gitEnv } from '../../src/repo/git-env.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const quiet = { info: () => {}, debug: () => {}, warn: () => {} };
const saved = new Map<string, string | undefined>();
function setEnv(vars: Record<string, string>): void {
  for (const [k, v] of Object.entries(vars)) { if (!saved.has(k)) saved.set(k, process.env[k]); process.env[k] = v; }
}
afterEach(() => {
  for (const [k, v] of saved) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  saved.clear();
});

/** A repository whose `.env` a commit in progress deletes: the commit's index (`.git/index.lock`) no longer has it. */
function commitDeletingEnv(): { dir: string; lock: string } {
  const dir = makeRepo({ '.env': 'SECRET_KEY=Zq8vN3kP7wR2mT5x\n', 'app.py': 'print(1)\n' });
  const lock = path.join(dir, '.git', 'index.lock');
  const git = (args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...gitEnv(dir), GIT_INDEX_FILE: lock }, stdio: 'ignore' });
  git(['read-tree', 'HEAD']);
  git(['rm', '-q', '--cached', '.env']);
  fs.rmSync(path.join(dir, '.env'));
  return { dir, lock };
}

describe('a commit hook of the scanned repository (review 48 B1)', () => {
  it('lists the index being committed (GIT_INDEX_FILE in its own git folder), not the stale .git/index', async () => {
    const { dir, lock } = commitDeletingEnv();
    setEnv({ GIT_INDEX_FILE: lock });
    expect((await listFiles(dir)).files).toEqual(['app.py']);
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger: quiet });
    expect(report.findings.filter((f) => f.file === '.env')).toEqual([]);
  });

  it('also from a sub-folder of the repository, and with a relative GIT_INDEX_FILE read from the hook\'s folder', async () => {
    const { dir } = commitDeletingEnv();
    fs.mkdirSync(path.join(dir, 'sub'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      setEnv({ GIT_INDEX_FILE: '.git/index.lock' });
      expect(gitEnv(path.join(dir, 'sub'))['GIT_INDEX_FILE']).toBe(path.join(fs.realpathSync(dir), '.git', 'index.lock'));
      expect((await listFiles(dir)).files).toEqual(['app.py']);
    } finally { process.chdir(cwd); }
  });

  it('drops an index of another repository and every other repository variable', () => {
    const { dir, lock } = commitDeletingEnv();
    const other = makeRepo({ 'a.txt': 'a\n' });
    const env = gitEnv(other, { PATH: '/bin', GIT_INDEX_FILE: lock, GIT_DIR: path.join(dir, '.git'), GIT_WORK_TREE: dir });
    expect(env).toEqual({ PATH: '/bin' });
    expect(gitEnv(dir, { PATH: '/bin', GIT_INDEX_FILE: lock, GIT_DIR: path.join(dir, '.git') })).toEqual({ PATH: '/bin', GIT_INDEX_FILE: path.join(fs.realpathSync(dir), '.git', 'index.lock') });
  });
});
