import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeError } from '../github/client.js';
import type { GitHubClient } from '../github/client.js';
import { fileAtRef } from '../github/pulls.js';
import { ConfigError } from '../types.js';
import type { Logger } from '../types.js';
import { DISCOVERY } from '../run.js';

const run = promisify(execFile);

/**
 * The base commit's checklist could not be read (the API failed with something other than "not
 * found"). Falling back to the built-in preset would quietly weaken the gate: the run fails.
 */
export class BaseChecklistError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaseChecklistError';
  }
}


// Runs git with the workspace marked safe for this command only: in container jobs git refuses a
// workspace owned by another user, and a silent fallback would hide it.
async function git(cwd: string, args: string[], safe: string[] = [cwd]): Promise<string> {
  const trust = safe.flatMap((d) => ['-c', `safe.directory=${d}`]);
  const { stdout } = await run('git', [...trust, '-C', cwd, ...args], { timeout: 15_000, maxBuffer: 8 * 1024 * 1024 });
  return stdout;
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

/** Maps a path relative to `dir` to one relative to the repository `root` (absolute when outside it). */
export function rootRelative(root: string, dir: string): (p: string | undefined) => string | undefined {
  const real = (p: string) => { try { return fs.realpathSync(p); } catch { return p; } };
  const realRoot = real(root);
  const realDir = real(dir);
  return (p) => {
    if (p === undefined) return undefined;
    const abs = path.resolve(realDir, p);
    const rel = path.relative(realRoot, abs);
    return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
  };
}

/**
 * On `pull_request_target` the checklist must come from the base commit, never from the pull
 * request's head: `git show <base>:<path>` first (no API call), then the contents API. Returns
 * null when no checklist exists there (the built-in preset applies). Any answer of the contents
 * API but "not found" throws {@link BaseChecklistError} at once: the next discovery path is not
 * tried (one failing API is not retried once per path), and the preset never stands in for a
 * checklist that could not be read.
 */
export async function readBaseChecklist(opts: {
  root: string;
  dir: string;
  checklist?: string;
  baseSha: string;
  client: GitHubClient | null;
  repo: { owner: string; repo: string } | null;
  logger: Logger;
}): Promise<{ file: string; text: string } | null> {
  // Resolved like the other inputs (symlinked workspaces too): relative to the root, absolute when outside.
  const fromRoot = rootRelative(opts.root, opts.dir);
  const toRepo = (p: string) => fromRoot(p)!;
  const candidates = opts.checklist ? [opts.checklist] : DISCOVERY;
  const local = await git(opts.root, ['cat-file', '-e', `${opts.baseSha}^{commit}`]).then(() => true, () => false);
  for (const candidate of candidates) {
    const file = toRepo(candidate);
    if (file.startsWith('..') || path.isAbsolute(file)) throw new ConfigError(`checklist ${candidate} is outside the repository`);
    const text = await readAt(opts, file, local);
    if (text !== null) return { file, text };
  }
  if (opts.checklist) throw new ConfigError(`checklist ${opts.checklist} not found in the base commit ${opts.baseSha.slice(0, 12)} (on pull_request_target the checklist is read from the base branch)`);
  return null;
}

/**
 * A file of the base commit (the baseline on pull_request_target: a pull request must not be able
 * to baseline its own findings away), read like the checklist. Null when it does not exist there.
 */
export async function readBaseFile(opts: Omit<Parameters<typeof readBaseChecklist>[0], 'checklist' | 'dir'>, file: string): Promise<string | null> {
  const local = await git(opts.root, ['cat-file', '-e', `${opts.baseSha}^{commit}`]).then(() => true, () => false);
  return readAt({ ...opts, dir: opts.root }, file, local, 'baseline');
}

async function readAt(opts: Parameters<typeof readBaseChecklist>[0], file: string, local: boolean, what = 'checklist'): Promise<string | null> {
  // The base commit is in the clone: git answers, also for "no such file".
  if (local) return git(opts.root, ['show', `${opts.baseSha}:${file}`]).catch(() => null);
  // A shallow checkout without the base commit: ask the contents API.
  if (!opts.client || !opts.repo) {
    throw new BaseChecklistError(`The ${what} could not be read from the base commit ${opts.baseSha.slice(0, 12)}: the commit is not in the clone and there is no GitHub token to ask the contents API. Check out the base commit (actions/checkout with \`fetch-depth: 0\`) or pass \`github-token\`.`);
  }
  try {
    return await fileAtRef(opts.client, opts.repo, file, opts.baseSha);
  } catch (err) {
    throw new BaseChecklistError(
      `The ${what} could not be read from the base commit ${opts.baseSha.slice(0, 12)}: the contents API failed for ${file} (${describeError(err)}). `
      + (what === 'checklist'
        ? 'On pull_request_target the checklist comes from the base branch, and Preflight does not fall back to the built-in preset when it cannot tell whether one exists (that could weaken the gate). '
        : `On pull_request_target the ${what} comes from the base branch (a pull request must not be able to change what gates it). `)
      + 'Re-run the job; if it persists, give the job `contents: read` or check out the base commit (actions/checkout with `fetch-depth: 0`) so git can read it.',
    );
  }
}
