import { git } from './base-checklist.js';

/** One `git diff -U0` hunk: `@@ -oldStart,oldCount +newStart,newCount @@`. */
interface Hunk { oldStart: number; oldCount: number; newStart: number; newCount: number }

/** A hunk header, `@@ -a[,b] +c[,d] @@` (a count left out is 1), as `git diff` and the compare API's patches write it. */
function hunkHeader(line: string): Hunk | null {
  const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  return h ? { oldStart: Number(h[1]), oldCount: h[2] === undefined ? 1 : Number(h[2]), newStart: Number(h[3]), newCount: h[4] === undefined ? 1 : Number(h[4]) } : null;
}

/** What a `git diff --unified=0` output says per old path: its hunks, or null when the file is gone at the new commit. */
export function parseHunks(diff: string): Map<string, Hunk[] | null> {
  const out = new Map<string, Hunk[] | null>();
  let current: Hunk[] | null = null;
  let oldPath: string | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) { current = null; oldPath = null; continue; }
    if (line.startsWith('--- ')) {
      // The old side names the file whose lines are mapped.
      const p = path(line.slice(4));
      oldPath = p === null ? null : p.replace(/^a\//, '');
      current = null;
      continue;
    }
    if (line.startsWith('+++ ')) {
      if (oldPath === null) continue;
      // Gone at the new commit (deleted, or renamed: renames are off): nothing there to annotate.
      if (path(line.slice(4)) === null) { out.set(oldPath, null); continue; }
      current = [];
      out.set(oldPath, current);
      continue;
    }
    const h = hunkHeader(line);
    if (h && current) current.push(h);
  }
  return out;
}

/**
 * A path of a `---`/`+++` line: a trailing tab (git adds one after a path with a space) dropped,
 * C-style quoting (`"a/r\303\251glages.py"`) undone; null for /dev/null.
 */
function path(raw: string): string | null {
  const p = raw.replace(/\t$/, '');
  if (p === '/dev/null') return null;
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const ESC: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') { for (const b of Buffer.from(c, 'utf8')) bytes.push(b); continue; }
    const o = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (o) { bytes.push(parseInt(o[0], 8)); i += 3; continue; }
    const e = ESC[body[i + 1] ?? ''];
    if (e !== undefined) { bytes.push(e); i++; }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Where line `line` of the old file is in the new one: shifted by the hunks before it; null for a line
 * inside a changed region, which the new file does not have (between a pull request's merge commit and
 * its head, those are the base branch's changes: a finding there is not the head's to annotate).
 */
export function mapLine(hunks: readonly Hunk[], line: number): number | null {
  let offset = 0;
  for (const h of hunks) {
    if (h.oldCount === 0) {
      // Lines inserted after old line oldStart.
      if (line <= h.oldStart) break;
      offset += h.newCount;
      continue;
    }
    if (line < h.oldStart) break;
    if (line < h.oldStart + h.oldCount) return null;
    offset += h.newCount - h.oldCount;
  }
  return Math.max(1, line + offset);
}

/**
 * Maps lines of the files at commit `from` (the workspace: a pull request's merge commit) to commit `to`
 * (the head the check run goes on): `git diff` between them, read once; a line the head does not have maps to
 * null, and `gone` says which files it does not have at all. Null when git cannot say (the head not fetched
 * and not fetchable).
 */
export interface LineMap { line(file: string, line: number): number | null; gone(file: string): boolean }
export async function lineMapper(root: string, from: string, to: string, files: readonly string[]): Promise<LineMap | null> {
  if (!files.length) return { line: (_f, line) => line, gone: () => false };
  // Prefixes set here: a user's `diff.noprefix`/`diff.mnemonicPrefix` must not change what parseHunks reads. Past
  // 2,000 paths (an argument list's limit) the whole diff is read instead: no file is left out and mapped as unchanged.
  const paths = files.length <= 2000 ? ['--', ...files] : [];
  const diff = async () => git(root, ['-c', 'core.quotepath=off', 'diff', '--no-color', '--no-renames', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', '--unified=0', from, to, ...paths]);
  let out: string;
  try {
    out = await diff();
  } catch {
    // A shallow clone (actions/checkout's default) has the merge commit but not the head: fetch it once.
    try {
      await git(root, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', to]);
      out = await diff();
    } catch {
      return null;
    }
  }
  return lineMapOf(parseHunks(out));
}

/**
 * The hunks of one file's unified diff with context (the compare API's `patch`: `@@ -a,b +c,d @@` then ` `, `-`, `+`
 * lines) as `git diff --unified=0` gives them: each run of changed lines is a hunk, and a side with no lines starts at
 * the line before (`-5,0`: inserted after old line 5). Bounded by the patch's lines.
 */
export function patchHunks(patch: string): Hunk[] {
  const out: Hunk[] = [];
  let oldLine = 0;
  let newLine = 0;
  let cur: Hunk | null = null;
  const flush = () => {
    if (cur) out.push({ ...cur, oldStart: cur.oldCount ? cur.oldStart : cur.oldStart - 1, newStart: cur.newCount ? cur.newStart : cur.newStart - 1 });
    cur = null;
  };
  for (const line of patch.split('\n')) {
    const h = hunkHeader(line);
    if (h) {
      flush();
      // A side of no lines names the line before it (`-0,0` for a new file): the next line is the one after.
      oldLine = h.oldStart + (h.oldCount === 0 ? 1 : 0);
      newLine = h.newStart + (h.newCount === 0 ? 1 : 0);
      continue;
    }
    if (line.startsWith('-')) { cur ??= { oldStart: oldLine, oldCount: 0, newStart: newLine, newCount: 0 }; cur.oldCount++; oldLine++; }
    else if (line.startsWith('+')) { cur ??= { oldStart: oldLine, oldCount: 0, newStart: newLine, newCount: 0 }; cur.newCount++; newLine++; }
    else if (line.startsWith(' ')) { flush(); oldLine++; newLine++; }
    // `\ No newline at end of file`, and the empty string after a final line end: no line of either side.
  }
  flush();
  return out;
}

/** A file of a comparison from the head to the merge commit (see comparedFiles in github/pulls.ts). */
export interface ComparedFileLike { filename: string; status: string; patch?: string; changes: number }

/**
 * The line map of {@link lineMapper} (merge commit → head) from the compare API's files of the comparison the other way
 * (head → merge commit: `compare/{head}...{merge}`), for the repository paths `files`: a file listed as added (or copied,
 * or renamed to it) is one the head does not have; a modified one maps through its patch's hunks, sides swapped; one not
 * listed is unchanged. Null when a file of `files` is changed but has no patch (binary, or a diff GitHub leaves out).
 */
export function compareLineMap(compared: readonly ComparedFileLike[], files: readonly string[]): LineMap | null {
  const byName = new Map(compared.map((f) => [f.filename, f]));
  const hunks = new Map<string, Hunk[] | null>();
  for (const file of files) {
    const f = byName.get(file);
    if (!f) continue;
    if (f.status === 'added' || f.status === 'copied' || f.status === 'renamed') { hunks.set(file, null); continue; }
    if (f.patch === undefined) {
      if (f.changes > 0) return null;
      continue;
    }
    hunks.set(file, patchHunks(f.patch).map((h) => ({ oldStart: h.newStart, oldCount: h.newCount, newStart: h.oldStart, newCount: h.oldCount })));
  }
  return lineMapOf(hunks);
}

/** The LineMap of hunks per old path (null: the file is gone at the new commit; a path not listed is unchanged). */
function lineMapOf(hunks: ReadonlyMap<string, readonly Hunk[] | null>): LineMap {
  return {
    line(file, line) {
      const h = hunks.get(file);
      return h === undefined ? line : h === null ? null : mapLine(h, line);
    },
    gone: (file) => hunks.get(file) === null,
  };
}
