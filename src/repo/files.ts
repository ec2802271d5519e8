import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ignore, { type Ignore } from 'ignore';
import { ConfigError } from '../types.js';

const run = promisify(execFile);

export interface FileList {
  /** Absolute repository root: the git top level, or the scanned directory outside git. */
  root: string;
  /** Scanned directory relative to root ('' when it is the root). */
  base: string;
  /** Files relative to root with `/` separators, under `base`. */
  files: string[];
  git: boolean;
  /** Outside git, the walk stopped at MAX_WALK files (a folder that is not a repository). */
  truncated?: boolean;
}

/** The most files a walk outside git lists. */
export const MAX_WALK = 200_000;

async function git(cwd: string, args: string[]): Promise<string> {
  // safe.directory per command: container jobs run as another user than the checkout's owner.
  const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
export async function listFiles(dir: string): Promise<FileList> {
  const abs = path.resolve(dir);
  let top: string | null = null;
  try {
    top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim() || null;
  } catch (e) {
    // Not a repository (or no git at all): walk the folder. A repository git cannot open (a `.git`
    // file naming a missing gitdir, a corrupt HEAD) must not silently become a walk.
    const why = gitMessage(e);
    // "not a git repository (or any of the parent directories)" / "(or any parent up to mount
    // point /x)": a plain folder. "not a git repository: /x/.git/…" (a `.git` file naming a missing
    // gitdir), a corrupt HEAD or config: a repository git cannot open.
    if (why !== null && !/not a git repository \(/i.test(why)) {
      throw new ConfigError(`${dir} looks like a git repository, but git cannot read it: ${why}`);
    }
    top = null;
  }
  if (top) {
    const root = await fs.realpath(top);
    const real = await fs.realpath(abs);
    const base = path.relative(root, real).split(path.sep).join('/');
    let out: string;
    try {
      out = await git(real, ['ls-files', '-z', '--full-name', '--', '.']);
    } catch (e) {
      // A broken repository (a truncated index) is the environment's problem, not a bug here.
      throw new ConfigError(`git cannot list the files of ${dir}: ${gitMessage(e) ?? (e as Error).message}`);
    }
    const files = out.split('\0').filter(Boolean);
    return { root, base, files, git: true };
  }
  const files = await walk(abs, MAX_WALK);
  return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}) };
}

/**
 * An empty rule set matching the way git does on the runners (Linux, `core.ignorecase=false`):
 * `.ENV` does not ignore `.env`.
 */
export function gitignore(): Ignore {
  return ignore({ ignorecase: false });
}

/** git's own message (its first `fatal:`/`error:` line) from a failed run; null when git did not run. */
function gitMessage(e: unknown): string | null {
  const err = e as { code?: unknown; stderr?: unknown };
  if (err?.code === 'ENOENT' || typeof err?.stderr !== 'string') return null;
  const line = err.stderr.split('\n').map((l) => l.trim()).find((l) => /^(?:fatal|error):/.test(l)) ?? err.stderr.trim().split('\n')[0] ?? '';
  return line.replace(/^(?:fatal|error):\s*/, '') || null;
}

/** The rules of one `.gitignore` file and the repository folder it sits in. */
export interface IgnoreRules { dir: string; ig: Ignore }

/**
 * Whether `.gitignore` rules ignore `rel` (a repository path; end it with `/` for a folder), the
 * way git does: files evaluated from the root down, a deeper file's rule overriding a shallower
 * one, `!pattern` re-including. `rules` must be ordered root first.
 */
export function gitIgnores(rules: readonly IgnoreRules[], rel: string): boolean {
  let ignored = false;
  for (const { dir, ig } of rules) {
    if (dir && !rel.startsWith(`${dir}/`)) continue;
    const sub = dir ? rel.slice(dir.length + 1) : rel;
    if (sub === '' || sub === '/') continue;
    const r = ig.test(sub);
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

async function walk(root: string, max: number): Promise<string[]> {
  const files: string[] = [];
  const stack: { dir: string; rules: IgnoreRules[] }[] = [{ dir: '', rules: [] }];
  while (stack.length && files.length < max) {
    const { dir, rules } = stack.pop()!;
    const absDir = path.join(root, dir);
    let entries: import('node:fs').Dirent[];
    try { entries = await fs.readdir(absDir, { withFileTypes: true }); } catch { continue; }
    const here = [...rules];
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try { here.push({ dir, ig: gitignore().add(await fs.readFile(path.join(absDir, '.gitignore'), 'utf8')) }); } catch { /* unreadable .gitignore: ignore it */ }
    }
    for (const e of entries) {
      if (e.name === '.git') continue;
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) { if (!gitIgnores(here, `${rel}/`)) stack.push({ dir: rel, rules: here }); }
      else if ((e.isFile() || e.isSymbolicLink()) && !gitIgnores(here, rel)) files.push(rel);
    }
  }
  return files.sort();
}
