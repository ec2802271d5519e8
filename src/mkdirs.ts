import fs from 'node:fs';
import path from 'node:path';

/**
 * `mkdir -p` for the parent folder of a file Preflight writes (`--output`, the action's `sarif`).
 * Node's own `fs.mkdirSync(dir, { recursive: true })` never returns when a parent cannot be
 * created although its own parent exists (`/proc/nope`: mkdir says ENOENT, the walk goes up,
 * finds `/proc`, comes back down, forever), so the walk is done here, bounded by the number of
 * path segments: find the nearest existing ancestor, then create each missing folder once, top
 * down. The first failure is thrown as is (ENOENT, EACCES, EROFS…); an ancestor that is a file is
 * ENOTDIR.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let cur = path.resolve(dir);
  // Each step goes one segment up, so the loop ends at the root at the latest.
  for (;;) {
    let st: fs.Stats | undefined;
    try { st = fs.statSync(cur); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw e;
    }
    if (st) {
      if (!st.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${cur}'`), { code: 'ENOTDIR', path: cur });
      break;
    }
    missing.push(cur);
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  for (const d of missing.reverse()) {
    try { fs.mkdirSync(d); } catch (e) {
      // Someone else made it meanwhile: fine if it is a folder.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && fs.statSync(d).isDirectory()) continue;
      throw e;
    }
  }
}

/**
 * Why a file could not be written at `file` (creating its missing folders as `makeDirs` does), found without writing
 * anything: an errno-style error (EISDIR, ENOTDIR, EACCES…) for `writeProblem`, or null when nothing stands in the
 * way that can be seen beforehand (the write itself may still fail: a full disk, a device).
 */
export function writeBlocker(file: string): NodeJS.ErrnoException | null {
  const err = (code: string, at: string) => Object.assign(new Error(`${code}: ${at}`), { code, path: at }) as NodeJS.ErrnoException;
  let cur = path.resolve(file);
  for (;;) {
    let st: fs.Stats | undefined;
    try { st = fs.statSync(cur); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // ENOTDIR: an ancestor is a file; the walk up finds it.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return e as NodeJS.ErrnoException;
    }
    if (st) {
      if (cur === path.resolve(file)) {
        if (st.isDirectory()) return err('EISDIR', cur);
      } else if (!st.isDirectory()) return err('ENOTDIR', cur);
      try { fs.accessSync(cur, fs.constants.W_OK); } catch (e) { return e as NodeJS.ErrnoException; }
      return null;
    }
    const up = path.dirname(cur);
    if (up === cur) return null;
    cur = up;
  }
}
