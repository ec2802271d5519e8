import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ignore from 'ignore';

const run = promisify(execFile);

export interface FileList {
  /** Absolute repository root: the git top level, or the scanned directory outside git. */
  root: string;
  /** Scanned directory relative to root ('' when it is the root). */
  base: string;
  /** Files relative to root with `/` separators, under `base`. */
  files: string[];
  git: boolean;
}

async function git(cwd: string, args: string[]): Promise<string> {
  // safe.directory per command: container jobs run as another user than the checkout's owner.
  const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
export async function listFiles(dir: string, opts: { maxWalk?: number } = {}): Promise<FileList> {
  const abs = path.resolve(dir);
  let top: string | null = null;
  try {
    top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim() || null;
  } catch { top = null; }
  if (top) {
    const root = await fs.realpath(top);
    const real = await fs.realpath(abs);
    const base = path.relative(root, real).split(path.sep).join('/');
    const out = await git(real, ['ls-files', '-z', '--full-name', '--', '.']);
    const files = out.split('\0').filter(Boolean);
    return { root, base, files, git: true };
  }
  return { root: abs, base: '', files: await walk(abs, opts.maxWalk ?? 200_000), git: false };
}

async function walk(root: string, max: number): Promise<string[]> {
  const files: string[] = [];
  const stack: { dir: string; ig: ReturnType<typeof ignore>[] }[] = [{ dir: '', ig: [] }];
  while (stack.length && files.length < max) {
    const { dir, ig } = stack.pop()!;
    const absDir = path.join(root, dir);
    let entries: import('node:fs').Dirent[];
    try { entries = await fs.readdir(absDir, { withFileTypes: true }); } catch { continue; }
    const here = [...ig];
    const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gi) {
      try {
        const rules = ignore().add(await fs.readFile(path.join(absDir, '.gitignore'), 'utf8'));
        (rules as unknown as { __base: string }).__base = dir;
        here.push(rules);
      } catch { /* unreadable .gitignore: ignore it */ }
    }
    const ignored = (rel: string, isDir: boolean) => here.some((r) => {
      const b = (r as unknown as { __base: string }).__base;
      const sub = b ? rel.slice(b.length + 1) : rel;
      return sub !== '' && r.ignores(isDir ? `${sub}/` : sub);
    });
    for (const e of entries) {
      if (e.name === '.git') continue;
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) { if (!ignored(rel, true)) stack.push({ dir: rel, ig: here }); }
      else if ((e.isFile() || e.isSymbolicLink()) && !ignored(rel, false)) files.push(rel);
    }
  }
  return files.sort();
}
