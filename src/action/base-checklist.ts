import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeError } from '../github/client.js';
import type { GitHubClient } from '../github/client.js';
import { fileAtRef } from '../github/pulls.js';
import { ConfigError } from '../types.js';
import { DISCOVERY } from '../run.js';
import { isWithin, safeRealpath } from '../repo/read.js';

const run = promisify(execFile);

/**
 * The base commit's checklist could not be read (the API failed with something other than "not
 * found"). Falling back to the built-in preset would quietly weaken the gate: the run fails.
 */
export class BaseChecklistError extends Error {
  /** What could not be read: `checklist` or `baseline`. */
  constructor(message: string, readonly what = 'checklist') {
    super(message);
    this.name = 'BaseChecklistError';
  }
}


// Runs git with the workspace marked safe for this command only: in container jobs git refuses a
// workspace owned by another user, and a silent fallback would hide it.
export async function git(cwd: string, args: string[], safe: string[] = [cwd]): Promise<string> {
  const trust = safe.flatMap((d) => ['-c', `safe.directory=${d}`]);
  const { stdout } = await run('git', [...trust, '-C', cwd, ...args], { timeout: 15_000, maxBuffer: 8 * 1024 * 1024 });
  return stdout;
}

/** The commit checked out in `root` and its parents, or null when it is not a git work tree. */
export async function workspaceCommit(root: string): Promise<{ head: string; parents: string[] } | null> {
  try {
    const head = (await git(root, ['rev-parse', 'HEAD'])).trim();
    if (!/^[0-9a-f]{40,64}$/i.test(head)) return null;
    // The commit object's own parent lines: a shallow clone (actions/checkout's default depth 1) grafts the
    // merge commit's parents away from `rev-list`, but the object still names them.
    const raw = await git(root, ['cat-file', '-p', head]);
    const parents = [...raw.split('\n\n')[0]!.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]!);
    return { head, parents };
  } catch {
    return null;
  }
}

/** Whether the repository at `root` has the commit `sha` (false for a malformed or unknown one). */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/i.test(sha)) return false;
  try { await git(root, ['cat-file', '-e', `${sha}^{commit}`]); return true; } catch { return false; }
}

/** The git top level of `dir`, or `fallback` when it is not a git work tree. */
export async function gitRoot(dir: string, fallback: string): Promise<string> {
  try {
    // safe.directory names the top level, which is the workspace when `dir` is a sub-folder.
    return (await git(dir, ['rev-parse', '--show-toplevel'], [dir, fallback])).trim() || fallback;
  } catch {
    return fallback;
  }
}

/**
 * The repository of the workspace when `root` (the git top level of the working-directory) is a submodule of it
 * (or a submodule of a submodule…): the superproject that GITHUB_WORKSPACE checks out, whose commit the run is
 * about and whose paths annotations take. Null when `root` is the workspace's repository itself, or not one of
 * its submodules (a second repository checked out in a sub-folder of a workspace that is none is its own).
 */
export async function superprojectOf(root: string, workspace: string): Promise<string | null> {
  let wsTop: string;
  try { wsTop = (await git(workspace, ['rev-parse', '--show-toplevel'], [workspace])).trim(); } catch { return null; }
  if (!wsTop) return null;
  const target = safeRealpath(wsTop);
  let cur = safeRealpath(root);
  if (cur === target || !isWithin(target, cur)) return null;
  for (let depth = 0; depth < 8; depth++) {
    let up: string;
    try { up = (await git(cur, ['rev-parse', '--show-superproject-working-tree'], [cur, workspace])).trim(); } catch { return null; }
    if (!up) return null;
    cur = safeRealpath(up);
    if (cur === target) return wsTop;
    if (!isWithin(target, cur)) return null;
  }
  return null;
}

/** Maps a path relative to `dir` to one relative to the repository `root` (absolute when outside it). */
export function rootRelative(root: string, dir: string): (p: string | undefined) => string | undefined {
  const realRoot = safeRealpath(root);
  const realDir = safeRealpath(dir);
  return (p) => {
    if (p === undefined) return undefined;
    const abs = path.resolve(realDir, p);
    if (!isWithin(realRoot, abs)) return abs;
    return path.relative(realRoot, abs).split(path.sep).join('/') || '.';
  };
}

/** Where the base commit is and how to ask for it. */
export interface BaseCommit {
  root: string;
  baseSha: string;
  client: GitHubClient | null;
  repo: { owner: string; repo: string } | null;
}

/**
 * Reads files of the base commit: `git show <base>:<path>` when the commit is in the clone (asked
 * once), else the contents API. Null when the file does not exist there; any other failure throws
 * {@link BaseChecklistError} (`what` names the file's role in the message).
 */
export function baseReader(base: BaseCommit): (file: string, what?: string) => Promise<string | null> {
  let local: Promise<boolean> | null = null;
  return async (file, what = 'checklist') => {
    local ??= git(base.root, ['cat-file', '-e', `${base.baseSha}^{commit}`]).then(() => true, () => false);
    // The base commit is in the clone: git answers, also for "no such file".
    if (await local) return git(base.root, ['show', `${base.baseSha}:${file}`]).catch(() => null);
    // A shallow checkout without the base commit: ask the contents API.
    if (!base.client || !base.repo) {
      throw new BaseChecklistError(`The ${what} could not be read from the base commit ${base.baseSha.slice(0, 12)} (${file}): the commit is not in the clone and there is no GitHub token to ask the contents API. Check out the base commit (actions/checkout with \`fetch-depth: 0\`) or pass \`github-token\`.`, what);
    }
    try {
      return await fileAtRef(base.client, base.repo, file, base.baseSha);
    } catch (err) {
      throw new BaseChecklistError(
        `The ${what} could not be read from the base commit ${base.baseSha.slice(0, 12)}: the contents API failed for ${file} (${describeError(err)}). `
        + (what === 'checklist'
          ? 'On pull_request_target the checklist comes from the base branch, and Preflight does not fall back to the built-in preset when it cannot tell whether one exists (that could weaken the gate). '
          : `On pull_request_target the ${what} comes from the base branch (a pull request must not be able to change what gates it). `)
        + 'Re-run the job; if it persists, give the job `contents: read` or check out the base commit (actions/checkout with `fetch-depth: 0`) so git can read it.',
        what,
      );
    }
  };
}

/**
 * On `pull_request_target` the checklist must come from the base commit, never from the pull
 * request's head (`read`: a {@link baseReader}). `checklist` is the input as a repository path
 * (undefined: discovery, `discovered` maps each DISCOVERY path). Returns null when no checklist
 * exists there (the built-in preset applies). A failure other than "not found" throws at once: the
 * next discovery path is not tried, and the preset never stands in for a checklist that could not
 * be read.
 */
export async function readBaseChecklist(read: ReturnType<typeof baseReader>, checklist: string | undefined, discovered: (p: string) => string, baseSha: string): Promise<{ file: string; text: string } | null> {
  const candidates = checklist !== undefined ? [checklist] : DISCOVERY.map(discovered);
  for (const file of candidates) {
    if (file.startsWith('..') || path.isAbsolute(file)) throw new ConfigError(`checklist ${file} is outside the repository`);
    const text = await read(file);
    if (text !== null) return { file, text };
  }
  if (checklist !== undefined) throw new ConfigError(`checklist ${checklist} not found in the base commit ${baseSha.slice(0, 12)} (on pull_request_target the checklist is read from the base branch)`, { file: checklist });
  return null;
}
