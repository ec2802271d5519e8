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
 * The environment every git command Preflight runs gets: this process's, without REPOSITORY_GIT_VARS, so git finds the
 * repository from the folder it runs in (the scanned one), as `git -C DIR` from a shell without them would.
 */
export function gitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!REPOSITORY_GIT_VARS.some((name) => env[name] !== undefined)) return env;
  const out = { ...env };
  for (const name of REPOSITORY_GIT_VARS) delete out[name];
  return out;
}
