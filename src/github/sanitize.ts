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
