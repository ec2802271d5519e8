import { git } from './base-checklist.js';

/** One `git diff -U0` hunk: `@@ -oldStart,oldCount +newStart,newCount @@`. */
interface Hunk { oldStart: number; oldCount: number; newStart: number; newCount: number }

/** The hunks of a `git diff --unified=0` output, by the new file's path (renames are off). */
export function parseHunks(diff: string): Map<string, Hunk[]> {
  const out = new Map<string, Hunk[]>();
  let current: Hunk[] | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) { current = null; continue; }
    if (line.startsWith('--- ')) {
      // The old side names the file whose lines are mapped (the new side may be /dev/null).
      const m = /^--- (?:a\/)?(.*)$/.exec(line);
      current = m && m[1] !== '/dev/null' ? [] : null;
      if (current && m) out.set(unquote(m[1]!), current);
      continue;
    }
    const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (h && current) current.push({ oldStart: Number(h[1]), oldCount: h[2] === undefined ? 1 : Number(h[2]), newStart: Number(h[3]), newCount: h[4] === undefined ? 1 : Number(h[4]) });
  }
  return out;
}

// git quotes paths with unusual characters ("a/p\303\251.txt"); those are left as written (no mapping).
const unquote = (p: string) => p.replace(/^"(.*)"$/, '$1');

/**
 * Where line `line` of the old file is in the new one: shifted by the hunks before it; a line inside a
 * changed region goes to the start of what replaced it (at least line 1).
 */
export function mapLine(hunks: readonly Hunk[], line: number): number {
  let offset = 0;
  for (const h of hunks) {
    if (h.oldCount === 0) {
      // Lines inserted after old line oldStart.
      if (line <= h.oldStart) break;
      offset += h.newCount;
      continue;
    }
    if (line < h.oldStart) break;
    if (line < h.oldStart + h.oldCount) return Math.max(1, h.newStart);
    offset += h.newCount - h.oldCount;
  }
  return Math.max(1, line + offset);
}

/**
 * Maps lines of the files at commit `from` (the workspace: a pull request's merge commit) to commit `to`
 * (the head the check run goes on): `git diff` between them, read once. Null when git cannot say.
 */
export async function lineMapper(root: string, from: string, to: string, files: readonly string[]): Promise<((file: string, line: number) => number) | null> {
  if (!files.length) return () => 0;
  try {
    const diff = await git(root, ['diff', '--no-color', '--no-renames', '--no-ext-diff', '--unified=0', from, to, '--', ...files.slice(0, 2000)]);
    const hunks = parseHunks(diff);
    return (file, line) => {
      const h = hunks.get(file);
      return h ? mapLine(h, line) : line;
    };
  } catch {
    return null;
  }
}
