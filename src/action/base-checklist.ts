import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeError } from '../github/client.js';
import type { GitHubClient } from '../github/client.js';
import { entryAtRef } from '../github/pulls.js';
import { ConfigError } from '../types.js';
import { DISCOVERY } from '../run.js';
import { isWithin, safeRealpath } from '../repo/read.js';
import { gitEnv } from '../repo/git-env.js';

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
  const { stdout } = await run('git', [...trust, '-C', cwd, ...args], { env: gitEnv(cwd), timeout: 15_000, maxBuffer: 8 * 1024 * 1024 });
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

/** A git repository found below a folder that is itself in none (actions/checkout with `path:`). */
export interface NestedCheckout {
  /** Its folder, absolute. */
  dir: string;
  /** Why it is taken for the run's repository: its origin names it, or it holds the commit the run is about. */
  why: 'origin' | 'commit' | 'only';
  head: string | null;
}

/** `owner/repo` named by a remote URL (`https://github.com/o/r(.git)`, `git@github.com:o/r.git`), lower-cased; null otherwise. */
function remoteRepository(url: string): string | null {
  const m = /[/:]([^/:\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}

/**
 * The checkouts of the run's repository below `dir`, a folder that is in no git work tree: actions/checkout's `path: app`
 * with Preflight's working-directory left at the workspace. Folders holding a `.git` (a folder, or a gitdir file) are looked
 * for three levels down at most (not inside `node_modules` or through symlinks; at most 2,000 folders read, 16 repositories
 * asked). One is the run's repository when its `origin` remote names `repository` (actions/checkout sets it) or its HEAD
 * is one of `shas` (the pull request's head, GITHUB_SHA); when none is, a single repository that is all `dir` holds is.
 * Another repository in the workspace (a tool cloned by an earlier step) is none of these.
 */
export async function checkoutsBelow(dir: string, repository: string | null, shas: string[]): Promise<NestedCheckout[]> {
  const MAX_DEPTH = 3;
  const MAX_DIRS = 2_000;
  const MAX_REPOS = 16;
  const found: string[] = [];
  const queue: { at: string; depth: number }[] = [{ at: dir, depth: 0 }];
  let read = 0;
  while (queue.length && read < MAX_DIRS && found.length < MAX_REPOS) {
    const { at, depth } = queue.shift()!;
    read++;
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(at, { withFileTypes: true }); } catch { continue; }
    if (depth > 0 && entries.some((e) => e.name === '.git' && (e.isDirectory() || e.isFile()))) { found.push(at); continue; }
    if (depth >= MAX_DEPTH) continue;
    for (const e of entries) {
      if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules') queue.push({ at: path.join(at, e.name), depth: depth + 1 });
    }
  }
  const wanted = repository ? repository.toLowerCase() : null;
  const expected = shas.filter((s) => /^[0-9a-f]{40,64}$/i.test(s)).map((s) => s.toLowerCase());
  const out: NestedCheckout[] = [];
  const heads = new Map<string, string | null>();
  for (const repo of found) {
    const head = (await workspaceCommit(repo))?.head.toLowerCase() ?? null;
    heads.set(repo, head);
    let origin: string | null = null;
    try { origin = remoteRepository(await git(repo, ['config', '--get', 'remote.origin.url'])); } catch { origin = null; }
    if (wanted && origin === wanted) out.push({ dir: repo, why: 'origin', head });
    else if (head && expected.includes(head)) out.push({ dir: repo, why: 'commit', head });
  }
  if (!out.length && found.length === 1) {
    // Nothing but that repository in `dir` (its folder, or the folders leading to it): it is what was checked out.
    const only = found[0]!;
    const rel = path.relative(dir, only).split(path.sep);
    let alone = true;
    for (let i = 0, cur = dir; i < rel.length && alone; cur = path.join(cur, rel[i]!), i++) {
      try { alone = fs.readdirSync(cur).every((n) => n === rel[i]); } catch { alone = false; }
    }
    if (alone) out.push({ dir: only, why: 'only', head: heads.get(only) ?? null });
  }
  return out;
}

/** Whether the repository at `root` has the commit `sha` (false for a malformed or unknown one). */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/i.test(sha)) return false;
  try { await git(root, ['cat-file', '-e', `${sha}^{commit}`]); return true; } catch { return false; }
}

/** Whether commit `ancestor` is an ancestor of commit `sha` in the repository at `root` (false when either is unknown here). */
export async function isAncestor(root: string, ancestor: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/i.test(ancestor) || !/^[0-9a-f]{40,64}$/i.test(sha)) return false;
  try { await git(root, ['merge-base', '--is-ancestor', ancestor, sha]); return true; } catch { return false; }
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

/**
 * Why files are read from a base commit rather than the workspace, as messages say it: "`when` the checklist is read
 * from `from`". One rule, two occasions: pull_request_target (the payload's base commit), and an event whose workflow
 * runs from GITHUB_SHA with another commit checked out (see OWN_CODE_EVENTS in context.ts).
 */
export interface BaseRule {
  /** `on pull_request_target` */
  when: string;
  /** `the base branch` */
  from: string;
}

export const PULL_REQUEST_TARGET_RULE: BaseRule = { when: 'on pull_request_target', from: 'the base branch' };

/** `on pull_request_target the baseline is read from the base branch`. */
export function baseRuleText(rule: BaseRule, what: string): string {
  return `${rule.when} the ${what} is read from ${rule.from}`;
}

/** Where the base commit is and how to ask for it. */
export interface BaseCommit {
  root: string;
  baseSha: string;
  client: GitHubClient | null;
  repo: { owner: string; repo: string } | null;
  /** Why it is read (default: pull_request_target's rule). */
  rule?: BaseRule;
}

/**
 * Reads files of the base commit: git (`ls-tree`, `cat-file`) when the commit is in the clone (asked once), else the
 * contents API. Symlinks are followed inside the commit as a checkout follows them ({@link resolveInCommit}). Null when
 * the file does not exist there. A symlink at the path that leads nowhere (its target missing, a loop, out of the
 * repository, a folder) is a {@link ConfigError} naming the link and its target, as in the working tree; any other
 * failure throws {@link BaseChecklistError} (`what` names the file's role in the message).
 */
export function baseReader(base: BaseCommit): (file: string, what?: string) => Promise<string | null> {
  let local: Promise<boolean> | null = null;
  // The commit never changes: each path is looked up once per run (discovery asks for the same folders again).
  const seen = new Map<string, Promise<TreeEntry | null>>();
  const short = base.baseSha.slice(0, 12);
  return async (file, what = 'checklist') => {
    local ??= git(base.root, ['cat-file', '-e', `${base.baseSha}^{commit}`]).then(() => true, () => false);
    const inClone = await local;
    // A shallow checkout without the base commit: ask the contents API.
    if (!inClone && (!base.client || !base.repo)) {
      throw new BaseChecklistError(`The ${what} could not be read from the base commit ${short} (${file}): the commit is not in the clone and there is no GitHub token to ask the contents API. Check out the base commit (actions/checkout with \`fetch-depth: 0\`) or pass \`github-token\`.`, what);
    }
    const lookup = (p: string): Promise<TreeEntry | null> => {
      let hit = seen.get(p);
      if (!hit) {
        hit = inClone ? gitEntry(base, p, what) : apiEntry(base, p, what);
        seen.set(p, hit);
      }
      return hit;
    };
    const got = await resolveInCommit(lookup, file);
    if (got && 'problem' in got) throw new ConfigError(`the ${what} cannot be read from the base commit ${short}: ${got.problem}`, { file });
    return got?.text ?? null;
  };
}

/** An entry of a commit's tree as it is stored (a symlink not followed); a file's text read only when asked for. */
export type TreeEntry = { type: 'file'; read: () => Promise<string> } | { type: 'symlink'; target: string } | { type: 'dir' } | { type: 'other'; what: string };

/** Most symlinks followed on the way to one file of the base commit. */
export const MAX_LINKS = 8;

/**
 * The text of `file` (a repository path) in a commit whose entries `lookup` gives, symlinks followed as a checkout
 * follows them: a symlink resolves relative to its own folder, links may chain (at most {@link MAX_LINKS}), and a
 * folder on the way may be a link (`.github -> ../ci/.github`). Null when no file is there: nothing at the path, or a
 * folder on the way that is missing, not a folder, or a link leading nowhere inside the repository (as discovery in a
 * checkout passes over it). When the path itself is a symlink, what it leads to must be a file of the repository: a
 * target missing, a loop, a target out of the repository (a pull request must not make Preflight read outside it) or a
 * folder is `problem`, worded as the working-tree reader words it (`symlink target missing (it points to …)`).
 */
export async function resolveInCommit(lookup: (p: string) => Promise<TreeEntry | null>, file: string): Promise<{ text: string } | { problem: string } | null> {
  let want = path.posix.normalize(file).replace(/\/+$/, '').replace(/^\.$/, '');
  if (want === '..' || want.startsWith('../') || want.startsWith('/')) return { problem: 'path outside the repository' };
  const named = want;
  const hops: { link: string; target: string }[] = [];
  // Whether a symlink at the path itself (not only a folder on the way) was followed: then nothing there is an error.
  let linked = false;
  const broken = (what: string) => ({
    problem: `${what} (${hops.map((h, k) => (k === 0 && h.link === named ? `it points to ${h.target}` : `${h.link} points to ${h.target}`)).join(', ')})`,
  });
  // The paths looked for so far: resolving is deterministic, so meeting one again is a loop.
  const visited = new Set<string>([want]);
  /** Where the link at `link` leads with `rest` below it (a repository path, '' for the root), or why it cannot be followed. */
  const follow = (link: string, target: string, rest = ''): string | { stop: string } => {
    hops.push({ link, target });
    if (hops.length > MAX_LINKS) return { stop: `more than ${MAX_LINKS} symlinks in a row` };
    if (target === '') return { stop: 'symlink target missing' };
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(link), target)).replace(/\/+$/, '');
    if (target.startsWith('/') || to === '..' || to.startsWith('../')) return { stop: 'symlink pointing outside the repository' };
    const next = [to === '.' ? '' : to, rest].filter(Boolean).join('/');
    if (visited.has(next)) return { stop: 'symlink loop' };
    visited.add(next);
    return next;
  };
  for (;;) {
    const entry: TreeEntry | null = want === '' ? { type: 'dir' } : await lookup(want);
    if (entry?.type === 'file') return { text: await entry.read() };
    if (entry?.type === 'symlink') {
      linked = true;
      const to = follow(want, entry.target);
      if (typeof to !== 'string') return broken(to.stop);
      want = to;
      continue;
    }
    if (entry) {
      const kind = entry.type === 'dir' ? 'folder' : entry.what;
      return linked ? broken(`symlink to a ${kind}, not a file`) : { problem: `a ${kind}, not a file` };
    }
    // Nothing at the path: a folder on the way may be a symlink.
    const parts = want.split('/');
    let next: string | null = null;
    for (let k = 1; k < parts.length && next === null; k++) {
      const folder = parts.slice(0, k).join('/');
      const at = await lookup(folder);
      if (at?.type === 'dir') continue;
      if (at?.type !== 'symlink') break;
      const to = follow(folder, at.target, parts.slice(k).join('/'));
      // A folder link out of the repository, or looping: nothing of this commit is there.
      if (typeof to !== 'string') return linked ? broken(to.stop) : null;
      next = to;
    }
    if (next === null) return linked ? broken('symlink target missing') : null;
    want = next;
  }
}

/** The entry at `p` of the base commit in the clone (`git ls-tree`: its mode tells a symlink, 120000, from a file). */
async function gitEntry(base: BaseCommit, p: string, what: string): Promise<TreeEntry | null> {
  const fail = (err: unknown): never => {
    const msg = ((err as { stderr?: string }).stderr || (err as Error).message || String(err)).trim().split('\n')[0];
    throw new BaseChecklistError(`The ${what} could not be read from the base commit ${base.baseSha.slice(0, 12)}: git failed for ${p} (${msg}). Re-run the job; if it persists, check the checkout of the base commit.`, what);
  };
  // --full-tree: paths from the top level whatever folder git runs in; --literal-pathspecs: a path is taken as written (a leading `:` is no pathspec magic, no globs).
  const out = await git(base.root, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', base.baseSha, '--', p]).catch(fail);
  for (const record of out.split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]*)$/.exec(record);
    if (!m || m[4] !== p) continue;
    const [, mode, type, oid] = m;
    const blob = () => git(base.root, ['cat-file', 'blob', oid!]).catch(fail);
    if (type === 'tree') return { type: 'dir' };
    if (type === 'commit') return { type: 'other', what: 'submodule' };
    if (mode === '120000') return { type: 'symlink', target: await blob() };
    return { type: 'file', read: blob };
  }
  return null;
}

/** The entry at `p` of the base commit via the contents API; a failure other than "not found" is a {@link BaseChecklistError}. */
async function apiEntry(base: BaseCommit, p: string, what: string): Promise<TreeEntry | null> {
  let entry: Awaited<ReturnType<typeof entryAtRef>>;
  try {
    entry = await entryAtRef(base.client!, base.repo!, p, base.baseSha);
  } catch (err) {
    const rule = base.rule ?? PULL_REQUEST_TARGET_RULE;
    const when = rule.when.charAt(0).toUpperCase() + rule.when.slice(1);
    throw new BaseChecklistError(
      `The ${what} could not be read from the base commit ${base.baseSha.slice(0, 12)}: the contents API failed for ${p} (${describeError(err)}). `
      + (what === 'checklist'
        ? `${when} the checklist comes from ${rule.from}, and Preflight does not fall back to the built-in preset when it cannot tell whether one exists (that could weaken the gate). `
        : `${when} the ${what} comes from ${rule.from} (the code under check must not be able to change what gates it). `)
      + 'Re-run the job; if it persists, give the job `contents: read` or check out the base commit (actions/checkout with `fetch-depth: 0`) so git can read it.',
      what,
    );
  }
  if (entry?.type !== 'file') return entry;
  const { text } = entry;
  return { type: 'file', read: async () => text };
}

/**
 * On `pull_request_target` the checklist must come from the base commit, never from the pull
 * request's head (`read`: a {@link baseReader}); so must it, from GITHUB_SHA, on an event whose workflow runs from
 * GITHUB_SHA with another commit checked out (`rule` says which, for the messages). `checklist` is the input as a repository path
 * (undefined: discovery, `discovered` maps each DISCOVERY path). Returns null when no checklist
 * exists there (the built-in preset applies). A failure other than "not found" throws at once: the
 * next discovery path is not tried, and the preset never stands in for a checklist that could not
 * be read.
 */
export async function readBaseChecklist(read: ReturnType<typeof baseReader>, checklist: string | undefined, discovered: (p: string) => string, baseSha: string, rule: BaseRule = PULL_REQUEST_TARGET_RULE): Promise<{ file: string; text: string } | null> {
  const candidates = checklist !== undefined ? [checklist] : DISCOVERY.map(discovered);
  for (const file of candidates) {
    if (file.startsWith('..') || path.isAbsolute(file)) throw new ConfigError(`checklist ${file} is outside the repository`);
    const text = await read(file);
    if (text !== null) return { file, text };
  }
  if (checklist !== undefined) throw new ConfigError(`checklist ${checklist} not found in the base commit ${baseSha.slice(0, 12)} (${baseRuleText(rule, 'checklist')})`, { file: checklist });
  return null;
}
