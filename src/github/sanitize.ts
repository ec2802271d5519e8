import { printable, printablePath } from '../checks/util/text.js';
import type { Annotation } from '../report/annotations.js';

/** A check-run annotation exactly as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
}

/**
 * GitHub's limits: one malformed annotation makes it reject the whole request (422). GitHub measures them in UTF-8
 * bytes (a check run's `text` over the limit gets "text exceeds a maximum bytesize of 65535"), not in the UTF-16 units
 * of a JS string's `length`: every cut here is by bytes (a byte count is never below the string's length, so a text
 * within the bytes is within the characters too). `title`: a check run's and an annotation's; `text`: a check run's
 * `summary` and `text`; `messageBytes`: an annotation's `message` (and `raw_details`).
 */
export const LIMITS = { title: 255, messageBytes: 64 * 1024, text: 65_535, annotationsPerRequest: 50, annotationsPerRun: 1000 } as const;

/**
 * A title within GitHub's limit (255 bytes), with `…` where it was cut, never inside a character (an emoji cut in
 * two prints U+FFFD).
 */
export const cutTitle = (title: string): string => cutBytes(title, LIMITS.title);

/** Cuts a string to at most `maxBytes` UTF-8 bytes, `suffix` marking the cut, never inside a character or a surrogate pair. */
export function cutBytes(s: string, maxBytes: number, suffix = '…'): string {
  if (Buffer.byteLength(s) <= maxBytes) return s;
  const budget = maxBytes - Buffer.byteLength(suffix);
  let out = Buffer.from(s).subarray(0, Math.max(0, budget)).toString('utf8');
  // A cut multi-byte character decodes to U+FFFD: drop it.
  out = out.replace(/\uFFFD$/, '');
  while (Buffer.byteLength(out) > budget) out = out.slice(0, -1);
  return out + suffix;
}

/**
 * A repository-relative `/` path, or null when the path cannot be one (absolute outside the
 * workspace, `..` segments, empty). A `\` is a separator on Windows only: elsewhere it is part of a
 * name git tracks (`\back/Dockerfile`), and GitHub takes the path as it is.
 */
export function repoPath(file: string, workspace?: string, platform: string = process.platform): string | null {
  const slashes = (s: string) => (platform === 'win32' ? s.replace(/\\/g, '/') : s);
  let p = slashes(file);
  const ws = workspace === undefined ? undefined : slashes(workspace).replace(/\/+$/, '');
  if (ws && (p === ws || p.startsWith(`${ws}/`))) p = p.slice(ws.length);
  else if (/^\//.test(p) || (platform === 'win32' && /^[a-z]:\//i.test(p))) return null;
  p = p.replace(/^(\.?\/)+/, '');
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  if (!parts.length || parts.includes('..')) return null;
  return parts.join('/');
}

const positiveInt = (n: number | null | undefined): number | null =>
  typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : null;

/** Turns an annotation into a valid Checks API annotation, or null when it has no repository file. */
export function toCheckAnnotation(a: Annotation, workspace?: string): CheckAnnotation | null {
  if (!a.file) return null;
  const path = repoPath(a.file, workspace);
  if (!path) return null;
  const start = positiveInt(a.line) ?? 1;
  const end = Math.max(start, positiveInt(a.endLine) ?? start);
  const out: CheckAnnotation = {
    path,
    start_line: start,
    end_line: end,
    annotation_level: a.level,
    message: cutBytes(a.message.trim() || a.title, LIMITS.messageBytes),
    title: cutTitle(a.title),
  };
  const col = positiveInt(a.column);
  if (col && start === end) { out.start_column = col; out.end_column = col; }
  return out;
}

/**
 * Control characters a job log would show raw from a workflow command: @actions/core escapes only `%`, CR and LF (and
 * `:` and `,` in properties), so an ESC or BEL of a file name (`Dockerfile.\x1b]0;pwned\x07`: a pull request names its
 * files) would reach the log and drive the terminal that shows it. A tab too: it drives nothing, but core writes it raw,
 * and in a name it reads as spaces (`tab<TAB>name.env` as `tab    name.env`), where the CLI's reports show `\x09`.
 */
const LOG_UNSAFE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/** A workflow command's message or title with its control characters, tab too, as `\xNN` (CR and LF are core's: `%0D`, `%0A`). */
const logText = (s: string): string => {
  const t = printable(s);
  return t.includes('\t') ? t.replace(/\t/g, '\\x09') : t;
};

/** The properties of a workflow-command annotation (`@actions/core`'s AnnotationProperties). */
export interface CommandProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * A workflow command's message and properties with no control character left for the log: in the message and title
 * written as `\xNN`, as the CLI's reports write them (printable; a tab too); a `file` holding one cannot be written so (GitHub
 * matches `file=` against the real path), so the annotation is not pointed at it: the file, its control characters
 * written out, and line lead the message instead, and the annotation stays in the log and the run's list. Idempotent.
 */
export function commandSafe<P extends CommandProperties>(message: string, props?: P): { message: string; props?: P } {
  let text = logText(message);
  if (!props) return { message: text };
  const out: P = { ...props };
  if (out.title !== undefined) out.title = logText(out.title);
  if (out.file !== undefined && LOG_UNSAFE.test(out.file)) {
    text = `${printablePath(out.file)}${out.startLine ? `:${out.startLine}` : ''}: ${text}`;
    delete out.file;
    delete out.startLine;
    delete out.endLine;
    delete out.startColumn;
    delete out.endColumn;
  }
  return { message: text, props: out };
}
