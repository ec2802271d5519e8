import { printablePath } from '../checks/util/text.js';
import { capAnnotations, type Annotation, type AnnotationLevel } from '../report/annotations.js';
import { commandSafe, cutTitle, repoPath } from './sanitize.js';

/** Where workflow-command annotations go (`@actions/core` error/warning/notice in the action). */
export interface CommandSink {
  error(message: string, props: CommandProps): void;
  warning(message: string, props: CommandProps): void;
  notice(message: string, props: CommandProps): void;
}
export interface CommandProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

/** GitHub shows at most this many workflow-command annotations of each type per step. */
export const PER_LEVEL = 10;

const METHOD: Record<AnnotationLevel, keyof CommandSink> = { failure: 'error', warning: 'warning', notice: 'notice' };

/**
 * Emits annotations as workflow commands when no check run can be written (fork PRs, read-only
 * tokens): most severe first (the list is already ordered), at most 10 per level (each check in turn in the severity the cap
 * cuts: capAnnotations), then one notice
 * saying how many more there are and where they are listed (`listedIn`: the job summary when it
 * holds every finding, by default). Returns how many were left out.
 */
export function emitFallbackAnnotations(
  annotations: Annotation[],
  sink: CommandSink,
  opts: { workspace?: string; reserved?: Partial<Record<AnnotationLevel, number>>; listedIn?: string } = {},
): number {
  const total: Record<AnnotationLevel, number> = { failure: 0, warning: 0, notice: 0 };
  for (const a of annotations) total[a.level]++;
  // Slots the caller needs for its own lines (the failed-step error, the degrade warning).
  const room = (l: AnnotationLevel) => PER_LEVEL - (opts.reserved?.[l] ?? 0);
  const overflow = (Object.keys(total) as AnnotationLevel[]).some((l) => total[l] > room(l));
  // The closing notice is itself a notice: keep a slot for it.
  const cap = (l: AnnotationLevel) => Math.max(0, room(l) - (l === 'notice' && overflow ? 1 : 0));
  // Which ones, per level: the most severe first and, of the severity the cap cuts, each check in turn (capAnnotations), so ten
  // findings of one check never hide another check's.
  const keep = new Set((Object.keys(total) as AnnotationLevel[]).flatMap((l) => capAnnotations(annotations.filter((a) => a.level === l), cap(l))));
  let omitted = 0;
  for (const a of annotations) {
    if (!keep.has(a)) { omitted++; continue; }
    const file = a.file ? repoPath(a.file, opts.workspace) : null;
    const props: CommandProps = { title: cutTitle(a.title) };
    if (file) {
      props.file = file;
      props.startLine = a.line && a.line >= 1 ? a.line : 1;
      if (a.endLine && a.endLine > props.startLine) props.endLine = a.endLine;
      else if (a.column && a.column >= 1) props.startColumn = a.column;
    }
    // A file GitHub cannot be pointed at (no repository path): the message names it, so the annotation still says where.
    // No control character reaches the log (commandSafe: a file name holding one is named in the message, escaped).
    const safe = commandSafe(a.file && !file ? `${printablePath(a.file)}: ${a.message}` : a.message, props);
    sink[METHOD[a.level]](safe.message, safe.props ?? {});
  }
  if (omitted) {
    sink.notice(`${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated here (GitHub shows ${PER_LEVEL} annotations per level): see ${opts.listedIn ?? 'the job summary for the full report'}.`, { title: 'Preflight: more findings in the summary' });
  }
  return omitted;
}
