import fs from 'node:fs';

/**
 * Reads a file named on the command line or in the action's inputs (a checklist, a baseline, a CA file, a Markdown
 * file to import) as UTF-8. Only a regular file is read: a device or FIFO (`--checklist /dev/zero`) would never end,
 * so it fails with the code `ENOTREG`, which readProblem words. Other errors are Node's (ENOENT, EISDIR, EACCES).
 */
export function readUserFile(abs: string): string {
  const st = fs.statSync(abs);
  if (!st.isFile() && !st.isDirectory()) throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
  return fs.readFileSync(abs, 'utf8');
}
