import fs from 'node:fs';
import path from 'node:path';

/**
 * The variables that tie every git command to one repository whatever folder it runs in: git exports `GIT_INDEX_FILE`
 * (and `GIT_DIR` in a linked worktree, `GIT_WORK_TREE` with `--work-tree`) to its hooks, and a user may export them. A
 * hook that runs Preflight with `--dir` on a submodule or another repository would otherwise list that repository's
 * working tree against the hook's repository's index. This is git's own list of repository-local variables (`git
 * rev-parse --local-env-vars`, what git clears when it moves into a submodule) but for the configuration ones.
 */
export const REPOSITORY_GIT_VARS: readonly string[] = [
  'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_IMPLICIT_WORK_TREE', 'GIT_GRAFT_FILE', 'GIT_SHALLOW_FILE', 'GIT_NO_REPLACE_OBJECTS', 'GIT_REPLACE_REF_BASE', 'GIT_PREFIX',
];

/**
 * The environment a git command Preflight runs in `cwd` (a folder of the scanned repository) gets: this process's,
 * without REPOSITORY_GIT_VARS, so git finds the repository from the folder it runs in, as `git -C DIR` from a shell
 * without them would. One is kept: a `GIT_INDEX_FILE` in the git folder of that very repository, which a commit hook
 * of the scanned repository gets (`git commit -a` stages into `.git/index.lock`, `git commit <paths>` into a temporary
 * `next-index-*.lock`): that index is what is being committed, so the hook judges it, not the `.git/index` the commit
 * replaces. It is kept as an absolute path (git reads a relative one from the folder it runs in).
 */
export function gitEnv(cwd: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!REPOSITORY_GIT_VARS.some((name) => env[name] !== undefined)) return env;
  const out = { ...env };
  for (const name of REPOSITORY_GIT_VARS) delete out[name];
  const index = ownIndex(cwd, env['GIT_INDEX_FILE']);
  if (index) out['GIT_INDEX_FILE'] = index;
  return out;
}

/** `index` (GIT_INDEX_FILE, relative to this process's folder as git reads it) as a real path when it lies in the git folder of the repository holding `cwd`; else null. */
function ownIndex(cwd: string, index: string | undefined): string | null {
  if (!index) return null;
  try {
    const folder = fs.realpathSync(path.dirname(path.resolve(index)));
    const own = gitFolder(cwd);
    return own !== null && folder === own ? path.join(folder, path.basename(index)) : null;
  } catch { return null; }
}

/**
 * The git folder (real path) of the repository holding `dir`, found as git finds it: the nearest `.git` up from `dir`, a
 * folder, or a file `gitdir: <path>` (a linked worktree's `.git/worktrees/<name>`, a submodule's `.git/modules/<name>`).
 * Null when there is none.
 */
function gitFolder(dir: string): string | null {
  let at = fs.realpathSync(dir);
  for (let guard = 0; guard < 256; guard++) {
    const dotGit = path.join(at, '.git');
    const st = fs.statSync(dotGit, { throwIfNoEntry: false });
    if (st?.isDirectory()) return fs.realpathSync(dotGit);
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8').slice(0, 4096));
      return m ? fs.realpathSync(path.resolve(at, m[1]!)) : null;
    }
    const up = path.dirname(at);
    if (up === at) return null;
    at = up;
  }
  return null;
}
