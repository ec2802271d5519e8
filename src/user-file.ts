import fs from 'node:fs';
import { lineColumnAt } from './repo/json.js';
import { crLineBreaks } from './repo/read.js';

/**
 * Reads a file named on the command line or in the action's inputs (a checklist, a baseline, a CA file, a Markdown
 * file to import) as UTF-8. Only a regular file is read: a device or FIFO (`--checklist /dev/zero`) would never end,
 * so it fails with the code `ENOTREG`, which readProblem words. Other errors are Node's (ENOENT, EISDIR, EACCES).
 * A file whose line breaks are lone CRs (classic Mac OS) reads with LF ones, as the repository reader reads every
 * file (crLineBreaks): the same checklist gives the same items, lines and columns whether it is named or discovered.
 */
export function readUserFile(abs: string): string {
  const st = fs.statSync(abs);
  if (!st.isFile() && !st.isDirectory()) throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
  return crLineBreaks(fs.readFileSync(abs, 'utf8'));
}

/**
 * The current directory, or null when it cannot be had: it no longer exists (deleted or moved after the shell entered
 * it, as a CI script that removes its temporary folder and goes on leaves it) or cannot be read — `process.cwd()` throws
 * then, even for a command that needs no directory.
 */
export function currentDirectory(): string | null {
  try { return process.cwd(); } catch { return null; }
}

/** UTF-16 text without a byte-order mark: a NUL every other byte from the start (LE `a\0b\0`, BE `\0a\0b`), not any binary. */
const UTF16_LIKE = /^(?:\uFFFD\uFFFD|\uFEFF)?(?:(?:[^\0]\0){2}|(?:\0[^\0]){2})/;

/**
 * Why text read as UTF-8 (bad bytes are U+FFFD) is not UTF-8 text, where, or undefined: UTF-16 (Windows editors'
 * "Unicode", PowerShell's `>`: a byte-order mark, a NUL every other byte), NUL bytes, or another encoding
 * (Windows-1252 `é`). `what` names the file in the message (`the checklist`, `the baseline`).
 */
export function textEncodingProblem(text: string, what: string): { message: string; line: number; column: number } | undefined {
  if (text.startsWith('\uFFFD\uFFFD')) return { message: `${what} starts with a UTF-16 byte-order mark: save it as UTF-8`, line: 1, column: 1 };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { message: `${what} is not UTF-8 text (a NUL byte${UTF16_LIKE.test(text) ? '; it looks like UTF-16' : ''}): save it as UTF-8`, ...lineColumnAt(text, nul) };
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) return { message: `${what} is not UTF-8 text (a byte that is no UTF-8 character, as Windows-1252 or Latin-1 files have): save it as UTF-8`, ...lineColumnAt(text, bad) };
  return undefined;
}
