import fs from 'node:fs';
import { createRequire } from 'node:module';
import { lineColumnAt } from './repo/json.js';
import { crLineBreaks, MAX_FILE_BYTES } from './repo/read.js';

/**
 * Reads a file named on the command line or in the action's inputs (a checklist, a baseline, a CA file, a Markdown
 * file to import) as UTF-8. A regular file is read, and a FIFO as a stream (readStream: to its end, at most 1 MiB); a
 * device or socket (`--checklist /dev/zero`) would never end, so it fails with the code `ENOTREG`, which readProblem words. Other errors are Node's (ENOENT, EISDIR, EACCES).
 * A file whose line breaks are lone CRs (classic Mac OS) reads with LF ones, as the repository reader reads every
 * file (crLineBreaks): the same checklist gives the same items, lines and columns whether it is named or discovered.
 */
export function readUserFile(abs: string): string {
  return readUserInput(abs).text;
}

/**
 * readUserFile, and whether the file was read as a stream (a FIFO: its format is told from its text, it has no name to
 * tell it by). One stat decides both, so the read and the format guess cannot disagree (a path replaced in between).
 */
export function readUserInput(abs: string): { text: string; stream: boolean } {
  const st = fs.statSync(abs);
  // A FIFO (`--checklist <(generate)`, `/dev/stdin` fed by a pipe) is read as a stream, to its end or the cap.
  if (st.isFIFO()) return { text: readStream(abs), stream: true };
  if (!st.isFile() && !st.isDirectory()) throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
  return { text: crLineBreaks(fs.readFileSync(abs, 'utf8')), stream: false };
}

/** What standard input is called in messages (`<stdin>:3:7: …`) and reports: a checklist read from it (`--checklist -`), `import -`. */
export const STDIN_NAME = '<stdin>';

/** The most read from a stream (`-`, a FIFO): as much as a discovered checklist may hold. */
export const MAX_STREAM_BYTES = MAX_FILE_BYTES;

/**
 * How long a named FIFO is waited on for a writer: `mkfifo p; generate > p & preflight --checklist p` may start the
 * writer a moment after the read, as `cat p` waits for it (bounded: a FIFO nobody writes to is an error after it).
 */
export const FIFO_WRITER_WAIT_MS = 10_000;

/** Sleeps `ms` on this thread: a read that would block waits as a blocking read would, without spinning. */
const pause = (ms: number) => { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); };

/**
 * Reads a stream to its end as UTF-8: standard input (`0`: `--checklist -`, `import -`) or a FIFO at a path. At most
 * MAX_STREAM_BYTES (more, `<(yes)`, is the code ETOOBIG, which readProblem words); a terminal on standard input is ETTY
 * at once (nothing was piped in: reading would wait for typing). A named FIFO is waited on for a writer up to `writerWaitMs`
 * (FIFO_WRITER_WAIT_MS), as `cat` waits in open(): one that gets none by then is ENOWRITER (its `waitedMs` says how
 * long). A pipe whose writer was there and wrote nothing (`<(true)`, an empty `gen | … /dev/stdin`) reads as empty at
 * once, as `-` does: the caller says "empty checklist". Line breaks as readUserFile reads them.
 */
export function readStream(source: string | 0, writerWaitMs = FIFO_WRITER_WAIT_MS): string {
  // Non-blocking: a named FIFO opens at once, without a writer, so the wait for one is bounded (a blocking open would
  // wait forever). While it is open for reading, a writer's open() does not block either.
  const fd = source === 0 ? 0 : fs.openSync(source, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    // (node:tty is loaded only here: at the top it would cost every start of the CLI some 3 ms of loading Node's stream modules.)
    if (source === 0 && (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(0)) throw Object.assign(new Error('standard input is a terminal'), { code: 'ETTY' });
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(64 * 1024);
    let total = 0;
    // A non-blocking read of a FIFO no process has opened for writing yet reads 0, as its end does: until a writer is
    // seen (data, or EAGAIN: a writer with nothing written yet), 0 means "not yet", up to the deadline. Standard input
    // has its writer (or is a file) from the start, and so has an anonymous pipe (`<(gen)`, `/dev/stdin` fed by a pipe):
    // both its ends are made at once, so its 0 is the end, the writer gone.
    let writer = source === 0 || anonymousPipe(fd);
    const deadline = Date.now() + writerWaitMs;
    for (;;) {
      let n: number;
      try { n = fs.readSync(fd, buf, 0, buf.length, null); } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A writer with nothing written yet (or a non-blocking pipe inherited from the parent): wait a little, as a blocking read would.
        if (code === 'EAGAIN') { writer = true; pause(10); continue; }
        if (code === 'EOF') break;
        throw e;
      }
      if (n === 0) {
        if (!writer && Date.now() < deadline) { pause(10); continue; }
        break;
      }
      writer = true;
      total += n;
      if (total > MAX_STREAM_BYTES) throw Object.assign(new Error('stream too large'), { code: 'ETOOBIG' });
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    // A named FIFO no writer was seen on by the deadline (`mkfifo pipe` alone): said so, rather than "an empty checklist".
    // One whose writer was seen, and closed with nothing written, is empty, as `-` is.
    if (!writer) throw Object.assign(new Error('FIFO with no writer'), { code: 'ENOWRITER', waitedMs: writerWaitMs });
    return crLineBreaks(Buffer.concat(chunks).toString('utf8'));
  } finally { if (source !== 0) fs.closeSync(fd); }
}

/**
 * Whether `fd` is an anonymous pipe (`<(gen)`, `/dev/stdin` fed by `gen |`) rather than a named FIFO (mkfifo): Linux
 * names it `pipe:[inode]` in /proc/self/fd. Elsewhere (no /proc) false: such a pipe is then waited on as a named FIFO is.
 */
function anonymousPipe(fd: number): boolean {
  try { return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith('pipe:'); } catch { return false; }
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
