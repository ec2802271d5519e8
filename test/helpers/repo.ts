import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Creates a git repository in a temp dir with `files` (and symlinks `links`: path → target) committed (`untracked` are written only). */
export function makeRepo(files: Record<string, string>, untracked: Record<string, string> = {}, links: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-repo-'));
  const write = (rel: string, content: string) => {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  };
  for (const [rel, c] of Object.entries(files)) write(rel, c);
  for (const [rel, to] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.symlinkSync(to, path.join(root, rel));
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  if (Object.keys(files).length) { git('add', '-A', '-f'); git('commit', '-q', '-m', 'init'); }
  for (const [rel, c] of Object.entries(untracked)) write(rel, c);
  return root;
}

/** Copies a fixture folder into a fresh git repository. */
export function repoFromFolder(folder: string): string {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(folder, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else files[rel] = fs.readFileSync(path.join(folder, rel), 'utf8');
    }
  };
  walk('');
  return makeRepo(files);
}
