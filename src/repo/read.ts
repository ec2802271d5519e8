import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { basename, dirname } from './classify.js';

export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * How much of a larger file the secret scan reads, in chunks of whole lines (a committed
 * `terraform.tfstate` or a data dump can hold keys): files are parsed only up to MAX_FILE_BYTES.
 */
const MAX_SCAN_BYTES = 64 * 1024 * 1024;
/** What all large files of one run (per reading thread) may add together. */
const MAX_SCAN_TOTAL = 256 * 1024 * 1024;

/**
 * A piece of a large file: whole lines, with the number of its first line. A line longer than a chunk
 * goes on in the next chunks, each of which starts again up to LINE_OVERLAP bytes before the previous
 * one ended, so a token across the cut is read whole by the next one:
 * - `lineOffset`: how many UTF-16 code units of its first line come before the chunk (absent when it
 *   starts at a line start): a column on the chunk's first line is that many further on in the file;
 * - `rereadFrom`: on a chunk that is one piece of such a line, where (a UTF-16 index into `text`) the
 *   next chunk starts again: what starts from there is read (whole) by the next chunk, so readers
 *   leave it to that one (no duplicates, no token cut short).
 */
export interface TextChunk { text: string; firstLine: number; lineOffset?: number; rereadFrom?: number }

/**
 * Where a position inside a chunk is in the whole file, or null when it lies in the part of a cut line the next chunk
 * reads again (left to that chunk, which reads it whole).
 */
export function chunkPosition(c: TextChunk, line: number, column: number): { line: number; column: number } | null {
  if (c.rereadFrom !== undefined && line === 1 && column - 1 >= c.rereadFrom) return null;
  return { line: line + c.firstLine - 1, column: line === 1 && c.lineOffset ? column + c.lineOffset : column };
}

/**
 * How far back (in bytes) the next chunk of a line longer than a chunk starts, so a token the cut goes
 * through is read whole by that chunk (tokens and secret assignments are far shorter).
 */
export const LINE_OVERLAP = 64 * 1024;

export interface Skip {
  file: string;
  reason: string;
  /** Where reading the file stopped and why, when known (a templated manifest: the line it does not parse at). */
  line?: number;
  column?: number;
  detail?: string;
}

/** The reason recorded for a file over MAX_FILE_BYTES whose secret scan stopped at MAX_SCAN_BYTES (the rest was not read). */
export const PARTIAL_SCAN_SKIP = `scanned for secrets only in its first ${MAX_SCAN_BYTES / (1024 * 1024)} MiB (the rest of the file was not read)`;
/** The reason recorded for a large file the run's budget for large files (MAX_SCAN_TOTAL) left unread, wholly or in part. */
export const SCAN_BUDGET_SKIP = `not scanned for secrets (or only in part): files over 1 MiB already took the ${MAX_SCAN_TOTAL / (1024 * 1024)} MiB a run reads of such files`;
/** Reasons that say a secret scan did not read a whole file: noted in the report, whichever thread read it. */
export const SCAN_LIMIT_SKIPS: ReadonlySet<string> = new Set([PARTIAL_SCAN_SKIP, SCAN_BUDGET_SKIP]);

/** The reason recorded for a text file over MAX_FILE_BYTES, which `read` refuses (its chunks may still be read). */
export const TOO_LARGE_SKIP = `larger than ${MAX_FILE_BYTES} bytes`;

/** The reason recorded for a file the process may not read (noted in the report: its checks did not see it). */
export const UNREADABLE_SKIP = 'permission denied: the file cannot be read';
/** The reason recorded for a file with NUL bytes that is not UTF-16 text. */
export const BINARY_SKIP = 'binary';

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
/** Open flags that refuse a symlink as the last component (ELOOP) and never block on a FIFO. */
const OPEN_FLAGS = O_NOFOLLOW !== undefined ? O_RDONLY | O_NOFOLLOW | (O_NONBLOCK ?? 0) : null;
const DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const UTF16LE = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const UTF16BE = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });

/**
 * Reads repository files as text, safely: never outside the root (no `..` or absolute paths, every
 * symlinked component resolved), never binary files or files over 1 MiB (recorded in `skipped`).
 * One shared buffer per thread serves every read, so tens of thousands of files allocate one
 * Buffer, and a regular file costs one open, usually one read and one close (no stat).
 */
export class RepoReader {
  readonly skipped: Skip[] = [];
  /** Files read (for benchmarks and the "read once" test). */
  reads = 0;
  private readonly realDirs = new Map<string, string | null | false>();

  /**
   * `textLinks`: tracked symlinks the working tree holds as plain files of their target's path (FileList.textLinks:
   * `core.symlinks=false`), read as the links they are: their target, by the rules of a real link.
   */
  constructor(readonly root: string, readonly realRoot = safeRealpath(root), readonly textLinks: Readonly<Record<string, string>> = {}) {
    this.anyTextLinks = Object.keys(textLinks).length > 0;
  }

  /**
   * Whether there are text links at all (almost never): `Object.hasOwn` on a path the engine has not seen as a key looks it up
   * in V8's string table, ~0.2 µs a file for nothing (~8 ms over the bench monorepo's 39,013 files).
   */
  private readonly anyTextLinks: boolean;

  /** The text of `file` (a repository path), or null when it cannot or must not be read. */
  read(file: string): string | null {
    const fd = this.openFile(file);
    if (fd === null) return null;
    let n: number;
    try {
      n = readInto(fd);
      // Nothing read: an empty file, or a FIFO/device that O_NONBLOCK let open; only a file is text.
      if (n === 0 && !fs.fstatSync(fd).isFile()) return null;
    } catch { return null; } finally { fs.closeSync(fd); }
    // UTF-16 with a byte-order mark (what Windows PowerShell's `>` writes): text, whose NUL bytes are no sign of binary.
    // (A BOM, an even length and a NUL byte, as every UTF-16 text with ASCII in it has: `FF FE` alone also starts invalid UTF-8.)
    const bom = n >= 4 && n % 2 === 0 ? (SHARED[0] === 0xff && SHARED[1] === 0xfe ? 'utf-16le' : SHARED[0] === 0xfe && SHARED[1] === 0xff ? 'utf-16be' : null) : null;
    let utf16 = bom !== null && SHARED.subarray(2, Math.min(n, 8000)).includes(0) ? bom : null;
    // A NUL byte where git looks (the first 8000 bytes) makes a file binary, unless the bytes there say it is text all the
    // same (textWithNuls): UTF-16 without a byte-order mark, or UTF-8 text with a stray NUL. Git's own files stay bytes.
    let binary = utf16 === null && SHARED.subarray(0, Math.min(n, 8000)).includes(0);
    if (binary && readsLoneCr(file)) {
      const kind = textWithNuls(SHARED, n);
      if (kind !== 'binary') {
        binary = false;
        if (kind !== 'utf-8') { utf16 = kind; this.utf16NoBom.add(file); }
      }
    }
    if (n > MAX_FILE_BYTES && !binary) { this.skip(file, TOO_LARGE_SKIP); this.lastTooLarge = file; return null; }
    this.reads++;
    if (binary) { this.skip(file, BINARY_SKIP); return null; }
    const buf = SHARED.subarray(0, n);
    if (utf16) this.utf16.add(file);
    const text = (utf16 === 'utf-16le' ? UTF16LE : utf16 === 'utf-16be' ? UTF16BE : DECODER).decode(buf);
    return readsLoneCr(file) ? crLineBreaks(text) : text;
  }

  /** Files `read` decoded from UTF-16 (a byte-order mark): Docker and the checklist loader refuse such files, YAML and secret scans read them. */
  readonly utf16 = new Set<string>();
  /** The files of `utf16` that have no byte-order mark (a NUL every other byte): no YAML reader docker compose uses decodes them. */
  readonly utf16NoBom = new Set<string>();

  /** The last file `read` refused for its size (a text file: binaries are refused as binary). */
  private lastTooLarge: string | null = null;
  /** What is left of MAX_SCAN_TOTAL for this reader's large files. */
  private largeBudget = MAX_SCAN_TOTAL;
  /** What is left of MAX_SCAN_TOTAL for peeks (`readChunks` with `peek`): reads that only classify a large file. */
  private peekBudget = MAX_SCAN_TOTAL;

  /**
   * The first MAX_SCAN_BYTES of a text file larger than MAX_FILE_BYTES (which `read` refuses), in
   * chunks of whole lines of at most ~1 MiB, read lazily (one chunk in memory at a time); null for
   * any other file. By default only for the file `read` just refused for its size (a file pass asks
   * after every refusal; a binary or missing file costs nothing more); `checkSize` looks itself.
   * All large files of a reader share MAX_SCAN_TOTAL bytes, so committed data dumps cannot make
   * a run arbitrarily long.
   * With `peek` (a read that only classifies the file: a manifest's kinds, nginx directives, a large `.gitignore`), the
   * bytes come from a budget of their own, and a read cut short records no skip: the secret scan's budget and notes
   * stay the secret scan's.
   */
  readChunks(file: string, checkSize = false, opts: { peek?: boolean } = {}): Iterable<TextChunk> | null {
    if (!checkSize && this.lastTooLarge !== file) return null;
    if (checkSize) {
      const probe = this.openFile(file);
      if (probe === null) return null;
      let large = false;
      try { const st = fs.fstatSync(probe); large = st.isFile() && st.size > MAX_FILE_BYTES; } catch { /* not readable */ } finally { fs.closeSync(probe); }
      if (!large) return null;
    }
    const peek = opts.peek === true;
    if (peek ? this.peekBudget <= 0 : this.largeBudget <= 0) { if (!peek) this.skip(file, SCAN_BUDGET_SKIP); return null; }
    const self = this;
    const budget = () => (peek ? self.peekBudget : self.largeBudget);
    return {
      *[Symbol.iterator]() {
        const fd = self.openFile(file);
        if (fd === null) return;
        const buf = Buffer.allocUnsafe(MAX_FILE_BYTES);
        try {
          let kept = 0;
          let total = 0;
          let line = 1;
          let lineOffset = 0;
          let eol = 0x0a;
          for (let guard = 0; guard < MAX_SCAN_BYTES / 1024 + 2; guard++) {
            const limit = Math.min(MAX_SCAN_BYTES, total + budget());
            const got = total < limit ? fs.readSync(fd, buf, kept, Math.min(buf.length - kept, limit - total), null) : 0;
            total += got;
            if (peek) self.peekBudget -= got;
            else self.largeBudget -= got;
            const n = kept + got;
            if (n === 0) return;
            // Binary (as `read` decides): no chunks. UTF-16 too (large UTF-16 files are not read).
            if (guard === 0 && buf.subarray(0, Math.min(n, 8000)).includes(0) && (!readsLoneCr(file) || textWithNuls(buf, n) !== 'utf-8')) return;
            // A first window with lone CRs and no LF: a CR-only file (classic Mac), its lines read as LF lines (crLineBreaks).
            if (guard === 0) eol = readsLoneCr(file) && !buf.subarray(0, n).includes(0x0a) && buf.subarray(0, n).includes(0x0d) ? 0x0d : 0x0a;
            // Cut after the last newline; a window without one (a huge minified line) is cut at a
            // UTF-8 character boundary, and the next chunk goes on with that line from up to
            // LINE_OVERLAP bytes before the cut. At the end of the file (or of the budget) all of it goes.
            let cut = got === 0 ? n : buf.lastIndexOf(eol, n - 1) + 1;
            const midLine = cut === 0;
            if (midLine) cut = utf8Boundary(buf, n);
            else if (got !== 0) cut = beforeOpenPemBlock(buf, cut, eol);
            const decoded = DECODER.decode(buf.subarray(0, cut));
            const text = eol === 0x0d ? decoded.replace(LONE_CR_ALL, '\n') : decoded;
            // A chunk that is all one piece of a line: the next one starts again before the cut (after a
            // delimiter when there is one near, not inside a word), its first column that far on.
            const overlap = got !== 0 && midLine && !text.includes('\n');
            const next = overlap ? lineRestart(buf, cut) : cut;
            const rereadFrom = overlap ? text.length - DECODER.decode(buf.subarray(next, cut)).length : 0;
            yield { text, firstLine: line, ...(lineOffset ? { lineOffset } : {}), ...(overlap ? { rereadFrom } : {}) };
            if (got === 0) {
              // Stopped at a limit with more of the file left: said (a note), never a silent pass.
              if (!peek && total >= limit && fs.fstatSync(fd).size > total) self.skip(file, limit >= MAX_SCAN_BYTES ? PARTIAL_SCAN_SKIP : SCAN_BUDGET_SKIP);
              return;
            }
            if (overlap) lineOffset += rereadFrom;
            else {
              let last = -1;
              for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) { line++; last = i; }
              // Cut after a line break, as a rule; else (a CR-only file's stray LF) the next chunk goes on with the line.
              lineOffset = text.endsWith('\n') ? 0 : last === -1 ? lineOffset + text.length : text.length - last - 1;
            }
            kept = n - next;
            buf.copyWithin(0, next, n);
          }
        } finally { fs.closeSync(fd); }
      },
    };
  }

  /**
   * Opens a repository file for reading, safely: never outside the root (every directory on the
   * way resolved once, a symlinked file followed only when it stays inside). Null when it cannot
   * or must not be opened (the reason recorded when it is not simply missing).
   */
  private openFile(file: string): number | null {
    if (!isInside(file)) { this.skip(file, 'path outside the repository'); return null; }
    if (this.anyTextLinks && Object.hasOwn(this.textLinks, file)) return this.openTextLink(file);
    const dir = this.realDir(dirname(file));
    // Not there under this name: a name that is not UTF-8, listed as git quotes it, is opened by its bytes.
    if (dir === false) return this.openQuoted(file);
    if (dir === null) { this.skip(file, 'symlink pointing outside the repository'); return null; }
    let real = `${dir}${path.sep}${basename(file)}`;
    try {
      return this.open(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A tracked file this user may not read: said, never silently passed over.
      if (code === 'EACCES' || code === 'EPERM') { this.skip(file, UNREADABLE_SKIP); return null; }
      if (code === 'ENOENT' && file.includes('\\')) return this.openQuoted(file);
      if (code !== 'ELOOP' && OPEN_FLAGS !== null) return null;
      // The last component is a symlink: follow it only when it stays inside the repository.
      try {
        real = fs.realpathSync.native(real);
        if (!isWithin(this.realRoot, real)) { this.skip(file, 'symlink pointing outside the repository'); return null; }
        if (this.inGitDir(real)) { this.skip(file, GIT_DIR_SKIP); return null; }
        return fs.openSync(real, OPEN_FLAGS === null ? 'r' : O_RDONLY | (O_NONBLOCK ?? 0));
      } catch {
        // A link that leads nowhere (its target missing, a loop): said, so a check does not take it for a file a sparse
        // checkout left out.
        const broken = this.brokenLink(file);
        if (broken) this.skip(file, broken);
        return null;
      }
    }
  }

  /**
   * Opens the target of a tracked symlink checked out as a plain file (textLinks), as openFile follows a real one: a
   * target out of the repository or into `.git` refused, a missing one said; what is recorded about the target is
   * recorded for the link, as for a real link.
   */
  private openTextLink(file: string): number | null {
    const to = textLinkTarget(this.textLinks, file);
    if ('reason' in to) { this.skip(file, to.reason); return null; }
    const before = this.skipped.length;
    const fd = this.openFile(to.target);
    for (let k = before; k < this.skipped.length; k++) if (this.skipped[k]!.file === to.target) this.skipped[k] = { ...this.skipped[k]!, file };
    if (fd === null && this.skipped.length === before) this.skip(file, `symlink target missing (it points to ${this.textLinks[file]})`);
    return fd;
  }

  /**
   * Opens a file listed under git's quoting of a name that is not UTF-8 (`caf\351.env`: see quoteName) by the name's
   * bytes, as safely as openFile: its folder resolved inside the root (and outside `.git`), a symlinked file followed
   * only when it stays inside. Null when `file` is no such name, or no such file is there.
   */
  private openQuoted(file: string): number | null {
    const bytes = unquoteName(file);
    if (bytes === null) return null;
    const sep = Buffer.from(path.sep);
    const slash = bytes.lastIndexOf(0x2f);
    const root = Buffer.from(this.realRoot);
    let dir: Buffer;
    try { dir = fs.realpathSync.native(slash === -1 ? root : Buffer.concat([root, sep, bytes.subarray(0, slash)]), { encoding: 'buffer' }); } catch { return null; }
    if (!this.insideBytes(dir)) { this.skip(file, 'symlink pointing outside the repository'); return null; }
    const real = Buffer.concat([dir, sep, bytes.subarray(slash + 1)]);
    try {
      return this.open(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') { this.skip(file, UNREADABLE_SKIP); return null; }
      if (code !== 'ELOOP' && OPEN_FLAGS !== null) return null;
      try {
        const target = fs.realpathSync.native(real, { encoding: 'buffer' });
        if (!this.insideBytes(target)) { this.skip(file, 'symlink pointing outside the repository'); return null; }
        if (this.inGitDir(target.toString('latin1'), 'latin1')) { this.skip(file, GIT_DIR_SKIP); return null; }
        return fs.openSync(target, OPEN_FLAGS === null ? 'r' : O_RDONLY | (O_NONBLOCK ?? 0));
      } catch { return null; }
    }
  }

  /** Whether a real path (bytes) is inside the root and not in its `.git` folder (compared byte for byte, as Latin-1 text). */
  private insideBytes(real: Buffer): boolean {
    const p = real.toString('latin1');
    return isWithin(Buffer.from(this.realRoot).toString('latin1'), p) && !this.inGitDir(p, 'latin1');
  }

  /** Like `read`, for a file a user named (a checklist, a CA): the text, or why it cannot be read. */
  readNamed(file: string): { text: string } | { reason: string; content?: true; tooLarge?: true } {
    // Named, so not a listed file: a path into `.git` is refused here, the links into it in openFile.
    if (inGitFolder(file)) return { reason: GIT_FOLDER_NAMED };
    const before = this.skipped.length;
    const text = this.read(file);
    // Like a checklist named on the command line: UTF-16 is refused with a clear reason.
    if (text !== null && this.utf16.has(file)) return { reason: `UTF-16 text (${this.utf16NoBom.has(file) ? 'without' : 'with'} a byte-order mark): save it as UTF-8`, content: true };
    if (text !== null) return { text };
    const reason = this.skipped.slice(before).find((s) => s.file === file)?.reason ?? this.brokenLink(file) ?? 'not found (or not a file)';
    // What is wrong is in the file's bytes (binary), not where it is: said at 1:1 like a parse problem.
    if (reason === BINARY_SKIP) return { reason: 'binary (not text)', content: true };
    return this.lastTooLarge === file ? { reason, tooLarge: true } : { reason };
  }

  /**
   * Why `file` cannot be opened when it is a symlink that leads nowhere: its target is missing (a rename broke it) or
   * it is a loop. Undefined for anything else (a missing file, a link whose folders do not exist).
   */
  private brokenLink(file: string): string | undefined {
    if (!isInside(file)) return undefined;
    const dir = this.realDir(dirname(file));
    if (typeof dir !== 'string') return undefined;
    const abs = `${dir}${path.sep}${basename(file)}`;
    let link = false;
    try { link = fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink() ?? false; } catch { /* not looked into */ }
    if (!link) return undefined;
    try {
      fs.statSync(abs);
      return undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      let to = '';
      try { to = ` (it points to ${fs.readlinkSync(abs)})`; } catch { /* gone meanwhile */ }
      if (code === 'ELOOP') return `symlink loop${to}`;
      if (code === 'ENOENT' || code === 'ENOTDIR') return `symlink target missing${to}`;
      return undefined;
    }
  }

  private open(real: string | Buffer): number {
    if (OPEN_FLAGS !== null) return fs.openSync(real, OPEN_FLAGS);
    // No O_NOFOLLOW (Windows): look before opening.
    if (fs.lstatSync(real).isSymbolicLink()) throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
    return fs.openSync(real, 'r');
  }

  /**
   * The real path of a repository directory; null when it resolves outside the root, false when it
   * does not exist. Built from the parent's real path, so only a link needs resolving: one lstat per
   * directory instead of a realpath (a readlink per component).
   */
  private realDir(dir: string): string | null | false {
    const hit = this.realDirs.get(dir);
    if (hit !== undefined) return hit;
    let real: string | null | false;
    if (dir === '') real = this.realRoot;
    else {
      const parent = this.realDir(dirname(dir));
      if (parent === false || parent === null) real = parent;
      else {
        const here = `${parent}${path.sep}${basename(dir)}`;
        try {
          const st = fs.lstatSync(here, { throwIfNoEntry: false });
          if (!st) real = false;
          else if (st.isSymbolicLink()) {
            real = fs.realpathSync.native(here);
            if (!isWithin(this.realRoot, real) || this.inGitDir(real)) real = null;
            else if (!fs.statSync(real).isDirectory()) real = false;
          } else real = st.isDirectory() ? here : false;
        } catch { real = false; }
      }
    }
    this.realDirs.set(dir, real);
    return real;
  }

  private skip(file: string, reason: string) { this.skipped.push({ file, reason }); }

  /**
   * Whether a resolved path lies in a `.git` folder of the repository (its own, a nested clone's): git's metadata (a checkout's credentials in
   * `.git/config`, hooks), never repository content — a tracked link there is refused like one out of the repository.
   */
  private inGitDir(real: string, encoding?: 'latin1'): boolean {
    const root = encoding ? Buffer.from(this.realRoot).toString(encoding) : this.realRoot;
    // Any `.git` folder of the repository (a nested clone's, a submodule's), as a text link's target is judged (inGitFolder).
    return isWithin(root, real) && inGitFolder(path.relative(root, real).split(path.sep).join('/'));
  }
}

/**
 * A file name that is not valid UTF-8 (a Latin-1 `caf\xe9.env` from an old repository), as text the way git quotes it
 * (`core.quotePath`): each byte that is not part of a UTF-8 character as a backslash and three octal digits
 * (`caf\351.env`), a backslash as two; the rest (UTF-8 characters) as it is. Its folders and extension stay what
 * they are, so it is classified as the file it is (`d\351p/Dockerfile` is a Dockerfile); unquoteName gives the bytes back.
 */
export function quoteName(bytes: Uint8Array): string {
  let out = '';
  let from = 0;
  const flush = (to: number) => { out += Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8'); };
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x5c) { flush(i); out += '\\\\'; from = i + 1; }
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len && i + len <= bytes.length && isUtf8(bytes.subarray(i, i + len))) { i += len; continue; }
    flush(i);
    out += `\\${b.toString(8).padStart(3, '0')}`;
    from = ++i;
  }
  flush(bytes.length);
  return out;
}

/**
 * The bytes of a name quoteName made from a name that is not UTF-8 (so `caf\351.env` gives `caf\xe9.env`); null for
 * any other name (no backslash, an escape quoteName does not write, or bytes that quoteName would write otherwise).
 */
export function unquoteName(name: string): Buffer | null {
  if (!name.includes('\\')) return null;
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = name.indexOf('\\'); i !== -1; i = name.indexOf('\\', from)) {
    parts.push(Buffer.from(name.slice(from, i), 'utf8'));
    if (name[i + 1] === '\\') { parts.push(Buffer.of(0x5c)); from = i + 2; continue; }
    const oct = /^[23][0-7]{2}/.exec(name.slice(i + 1, i + 4));
    if (!oct) return null;
    parts.push(Buffer.of(parseInt(oct[0], 8)));
    from = i + 4;
  }
  parts.push(Buffer.from(name.slice(from), 'utf8'));
  const bytes = Buffer.concat(parts);
  return !isUtf8(bytes) && quoteName(bytes) === name ? bytes : null;
}

/** The reason recorded for a tracked symlink into the repository's `.git` folder. */
export const GIT_DIR_SKIP = "symlink pointing into the repository's .git folder: git's metadata, not repository content";
/** Why a named file in a `.git` folder (`baseline: .git/config`) is not read. */
export const GIT_FOLDER_NAMED = "in a .git folder: git's metadata, not repository content";

/**
 * Whether a repository path (`/`-separated, relative) goes through a `.git` folder: a component `.git` in any case, which
 * git refuses to track (its verify_path), so such a path is never repository content but git's metadata — the
 * repository's own (`.git/config` holds the token actions/checkout persists), a submodule's or a nested clone's. A file
 * a checklist names there is refused, as a tracked symlink into `.git` is.
 */
/** The most links followed from one path (Linux's limit): a longer chain is a loop. */
const MAX_LINK_HOPS = 40;

/**
 * Where the tracked symlink `file` (a repository path) leads when the working tree holds it, and maybe links among the
 * folders on the way, as plain files of their targets' paths (`links`: link → target as written, FileList.textLinks):
 * the repository path it resolves to, by the rules of a real link (relative to the link's folder); or why it is not
 * followed, in the words the reader uses for a real link (out of the repository, into `.git`, a loop).
 */
export function textLinkTarget(links: Readonly<Record<string, string>>, file: string): { target: string } | { reason: string } {
  const outside = { reason: 'symlink pointing outside the repository' };
  let parts = file.split('/');
  let hops = 0;
  // Component by component: a folder link checked out as text on the way is followed too (from the start again).
  for (let k = 0; k < parts.length;) {
    const here = parts.slice(0, k + 1).join('/');
    const to = Object.hasOwn(links, here) ? links[here]! : undefined;
    if (to === undefined) { k++; continue; }
    if (++hops > MAX_LINK_HOPS) return { reason: `symlink loop (it points to ${links[file] ?? to})` };
    if (to.startsWith('/') || to.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(to)) return outside;
    const joined = path.posix.normalize([...parts.slice(0, k), to, ...parts.slice(k + 1)].join('/'));
    if (joined === '..' || joined.startsWith('../')) return outside;
    parts = joined.split('/').filter((c) => c !== '' && c !== '.');
    k = 0;
  }
  const target = parts.join('/');
  if (!target) return { reason: `symlink to the repository's root folder (it points to ${links[file]}), not a file` };
  if (inGitFolder(target)) return { reason: GIT_DIR_SKIP };
  return { target };
}

export function inGitFolder(file: string): boolean {
  return file.split(WINDOWS ? /[\\/]/ : '/').some((c) => c.toLowerCase() === '.git');
}


/**
 * Files whose readers split lines on LF only, so a lone CR is part of a line: git's own (`.gitignore`,
 * `.gitattributes`, `.gitmodules`), which git reads as bytes. Every other file is read as YAML, dotenv and
 * editors read it, a lone CR being a line break.
 */
const readsLoneCr = (file: string) => !/(?:^|\/)\.git(?:ignore|attributes|modules)$/.test(file);

/**
 * `text` with LF line breaks when its line breaks are lone CRs (classic Mac OS, some generators: more lone CRs than
 * LFs), so a CR-only file reads like its LF twin, line for line and column for column (one character for one). YAML
 * (`b-break`), dotenv and editors take a lone CR as a line break; the `yaml` parser and the line splitting here
 * (`\r?\n`) would read the whole file as one line. CRLF is left as it is (every reader drops the CR before LF), and so
 * is a stray CR in an LF file: the lines reported stay git's (and GitHub's), which count LFs only.
 */
export function crLineBreaks(text: string): string {
  if (!text.includes('\r') || !LONE_CR.test(text)) return text;
  let lone = 0;
  let lf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lf++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) lone++;
  }
  return lone > lf ? text.replace(LONE_CR_ALL, '\n') : text;
}
const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

/** What a Dockerfile or compose file that is a Git LFS pointer is reported as (a parse-error: no tool can read its content). */
export const LFS_POINTER_PROBLEM = "a Git LFS pointer: the file's content is not checked out (actions/checkout needs `lfs: true`)";

/**
 * Whether `text` is a Git LFS pointer file (what a checkout without `git lfs pull` holds for a file stored in LFS:
 * `version https://git-lfs.github.com/spec/v1`, `oid sha256:…`, `size …`; under 1024 bytes by the specification).
 */
export function isLfsPointer(text: string): boolean {
  return text.length < 1024 && /^version https:\/\/(?:git-lfs|hawser)\.github\.com\/spec\/v1\r?\n/.test(text) && /^oid sha256:[0-9a-f]{64}\r?$/m.test(text);
}

/** How far back a chunk's end is searched for a PEM block it would cut in two (the key scanner reads up to 16,000 characters of body). */
const PEM_TAIL = 16_100;

/**
 * Moves a chunk's end (`cut`, just after a newline) back to the start of the line of a
 * `-----BEGIN` block that has no `-----END` before `cut`, so the block is read whole by the next
 * chunk; unchanged when there is none, or when the block starts on the chunk's first line.
 */
function beforeOpenPemBlock(buf: Buffer, cut: number, eol = 0x0a): number {
  const from = Math.max(0, cut - PEM_TAIL);
  const tail = buf.subarray(from, cut);
  const begin = tail.lastIndexOf('-----BEGIN');
  if (begin === -1 || tail.indexOf('-----END', begin) !== -1) return cut;
  const newline = tail.lastIndexOf(eol, begin);
  return newline === -1 ? cut : from + newline + 1;
}

/**
 * Where the chunk after `buf[0, cut)`, cut inside a line, starts: at most LINE_OVERLAP bytes before the cut, just
 * after the first delimiter (space, tab, `;`, `,`, brackets) there, so a word is not started in its middle; else at
 * the first UTF-8 character start from there. Always after the chunk's start, so chunks move on.
 */
function lineRestart(buf: Buffer, cut: number): number {
  let at = Math.max(1, cut - LINE_OVERLAP);
  for (let k = at; k < cut - 1; k++) {
    const b = buf[k]!;
    if (b === 0x20 || b === 0x09 || b === 0x3b || b === 0x2c || b === 0x28 || b === 0x29 || b === 0x7b || b === 0x7d || b === 0x5b || b === 0x5d) return k + 1;
  }
  while (at < cut && (buf[at]! & 0xc0) === 0x80) at++;
  return at;
}

/** Where to cut `buf[0, n)` so no UTF-8 character is split: before a trailing incomplete one. */
function utf8Boundary(buf: Buffer, n: number): number {
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
    const b = buf[k]!;
    if ((b & 0xc0) === 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return k + len > n && k > 0 ? k : n;
  }
  return n;
}

/** The header git-crypt writes before a file's ciphertext (`\0GITCRYPT\0`, then a nonce). */
const GIT_CRYPT = Buffer.from('\0GITCRYPT\0', 'latin1');

/** Bytes that are no sign of text where they stand: C0 controls other than tab, LF, VT, FF, CR and ESC, and DEL. */
const isControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;

/**
 * What a file with a NUL byte in its first 8000 bytes (where git looks: binary to git) is, judged on those bytes (one pass):
 * - `utf-16le`/`utf-16be`: UTF-16 text without a byte-order mark (what some Windows tools write): an even length, and in
 *   at least 3 of 4 code units an ASCII character (tab, line break or printable) and a zero byte — a NUL every other byte;
 * - `utf-8`: UTF-8 text with a few stray NUL bytes (an editor's or a generator's slip): valid UTF-8 there, and NULs and
 *   other control bytes together at most 1% of those bytes (up to 4 in a small file, never more than a tenth of it);
 * - `binary`: anything else — images, archives, compiled files, ciphertext (gpg, age, `openssl enc`: random bytes are
 *   control bytes one time in ten, and seldom valid UTF-8), a git-crypt file (its `\0GITCRYPT\0` header).
 */
export function textWithNuls(buf: Uint8Array, n: number): 'utf-16le' | 'utf-16be' | 'utf-8' | 'binary' {
  const end = Math.min(n, 8000);
  if (end >= GIT_CRYPT.length && GIT_CRYPT.equals(buf.subarray(0, GIT_CRYPT.length))) return 'binary';
  if (n % 2 === 0 && end >= 4) {
    let le = 0;
    let be = 0;
    const units = end >> 1;
    for (let i = 0; i + 1 < end; i += 2) {
      const a = buf[i]!;
      const b = buf[i + 1]!;
      if (b === 0 && a !== 0 && a < 0x80 && !isControl(a)) le++;
      else if (a === 0 && b !== 0 && b < 0x80 && !isControl(b)) be++;
    }
    if (le * 4 >= units * 3) return 'utf-16le';
    if (be * 4 >= units * 3) return 'utf-16be';
  }
  let odd = 0;
  for (let i = 0; i < end; i++) if (buf[i] === 0 || isControl(buf[i]!)) odd++;
  if (odd > Math.max(4, Math.floor(end / 100)) || odd * 10 > end) return 'binary';
  // Valid UTF-8 up to the window's end (a character the 8000-byte cut goes through is not held against it).
  let cut = end;
  if (end < n) for (let k = end - 1; k >= Math.max(0, end - 3); k--) if ((buf[k]! & 0xc0) !== 0x80) { cut = k; break; }
  return isUtf8(buf.subarray(0, cut)) ? 'utf-8' : 'binary';
}

/** One buffer per thread, one byte longer than the limit: a full buffer means "too large". */
const SHARED = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

/** Reads a file into the shared buffer (at most MAX_FILE_BYTES + 1 bytes); returns the length. */
function readInto(fd: number): number {
  let n = 0;
  // A short read of a regular file means end of file: usually one read call per file.
  while (n < SHARED.length) {
    const want = SHARED.length - n;
    const got = fs.readSync(fd, SHARED, n, want, null);
    n += got;
    if (got === 0 || got < want) break;
  }
  return n;
}

const WINDOWS = process.platform === 'win32';

function isInside(p: string): boolean {
  // `c:notes.env` and `a\..\b` are ordinary names on POSIX; drive letters and backslashes count on Windows only.
  if (p === '' || path.isAbsolute(p) || (WINDOWS && /^[A-Za-z]:/.test(p))) return false;
  return !p.includes('..') || !p.split(WINDOWS ? /[\\/]/ : '/').includes('..');
}

/**
 * Whether a directory entry is at `abs`, whatever it is: a file, a folder, a FIFO, or a symlink even when its target is
 * missing (`fs.existsSync` follows links, so a broken one would look absent). Discovery uses it: a tracked checklist
 * path that holds something is the team's checklist, read (or refused with the reason), never passed over for the preset.
 */
export function entryExists(abs: string): boolean {
  try { return fs.lstatSync(abs, { throwIfNoEntry: false }) !== undefined; } catch { return false; }
}

export function safeRealpath(p: string): string {
  try { return fs.realpathSync.native(p); } catch { return p; }
}

export function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
