import { atLeast, severityRank } from '../types.js';
import type { FailOn, Finding, Report, Severity } from '../types.js';

export type AnnotationLevel = 'failure' | 'warning' | 'notice';

/** One annotation, before GitHub-specific sanitisation. `file` is null for findings without a place. */
export interface Annotation {
  file: string | null;
  line: number | null;
  endLine: number | null;
  column: number | null;
  level: AnnotationLevel;
  severity: Severity;
  check: string;
  title: string;
  message: string;
}

const LEVEL_RANK: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };

/**
 * The level of a finding per DESIGN.md "Severities": at or above the threshold → `failure`; below
 * it, critical/high/medium → `warning`, low/info → `notice`. Notes and baseline-known findings
 * never gate, so they never show as `failure` (a green check never shows red annotations).
 */
export function annotationLevel(f: Pick<Finding, 'severity' | 'note' | 'baseline'>, failOn: FailOn): AnnotationLevel {
  if (!f.note && !f.baseline && atLeast(f.severity, failOn)) return 'failure';
  return severityRank(f.severity) <= severityRank('medium') && !f.note ? 'warning' : 'notice';
}

/**
 * Findings → annotations, most severe first (level, new before baseline-known and notes, then severity, then file and line);
 * suppressed findings are excluded. Probe findings have no file: callers decide where they go.
 */
export function toAnnotations(report: Pick<Report, 'findings' | 'failOn' | 'items'>): Annotation[] {
  const titles = new Map(report.items.map((i) => [i.id, i.title]));
  const out: Annotation[] = [];
  // Within a level, what the run found new comes before what a baseline already knows and notes: the
  // first annotations GitHub shows (10 per level on forks) are the ones the pull request is about.
  const known: boolean[] = [];
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const item = f.item ? titles.get(f.item) : undefined;
    const tag = f.baseline ? ' (known, in baseline)' : f.note ? ' (note)' : '';
    known.push(Boolean(f.baseline || f.note));
    out.push({
      file: f.file,
      line: f.line,
      endLine: f.endLine ?? null,
      column: f.column,
      level: annotationLevel(f, report.failOn),
      severity: f.severity,
      check: f.check,
      title: `${f.severity} · ${item ?? f.check} [${f.check}]${tag}`,
      message: [f.message, f.url ? `URL: ${f.url}` : '', f.fix ? `Fix: ${f.fix}` : ''].filter(Boolean).join('\n'),
    });
  }
  return out
    .map((a, i) => ({ a, i }))
    .sort((x, y) =>
      LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level]
      || Number(known[x.i]) - Number(known[y.i])
      || severityRank(x.a.severity) - severityRank(y.a.severity)
      || (x.a.file ?? '\uffff').localeCompare(y.a.file ?? '\uffff')
      || (x.a.line ?? 0) - (y.a.line ?? 0)
      || x.i - y.i)
    .map(({ a }) => a);
}
