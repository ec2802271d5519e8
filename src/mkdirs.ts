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
