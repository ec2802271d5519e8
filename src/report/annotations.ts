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
  /** A baseline-known finding or a note: after the new findings of its level. */
  known?: boolean;
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
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const item = f.item ? titles.get(f.item) : undefined;
    const tag = f.baseline ? ' (known, in baseline)' : f.note ? ' (note)' : '';
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
      known: Boolean(f.baseline || f.note),
    });
  }
  return out
    .map((a, i) => ({ a, i }))
    .sort((x, y) =>
      LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level]
      || Number(Boolean(x.a.known)) - Number(Boolean(y.a.known))
      || severityRank(x.a.severity) - severityRank(y.a.severity)
      || (x.a.file ?? '\uffff').localeCompare(y.a.file ?? '\uffff')
      || (x.a.line ?? 0) - (y.a.line ?? 0)
      || x.i - y.i)
    .map(({ a }) => a);
}


/**
 * At most `cap` of `list` (ordered by toAnnotations), most severe first, as GitHub keeps only the first 1,000 of a check
 * run: whole tiers (level, new before known, severity) while they fit; of the tier the cap cuts, each check's in turn
 * (its first, then every check's second…), so 1,000 compose findings of one check do not hide another check's four high
 * ones in a Dockerfile. The kept annotations stay in their order.
 */
export function capAnnotations<T extends Annotation>(list: readonly T[], cap: number): T[] {
  if (list.length <= cap) return [...list];
  const keep = new Set<T>();
  const tierOf = (a: Annotation) => `${a.level}|${Boolean(a.known)}|${a.severity}`;
  let i = 0;
  while (i < list.length && keep.size < cap) {
    let j = i;
    const tier = tierOf(list[i]!);
    while (j < list.length && tierOf(list[j]!) === tier) j++;
    if (keep.size + (j - i) <= cap) {
      for (let k = i; k < j; k++) keep.add(list[k]!);
    } else {
      // The tier the cap cuts: round robin over its checks, in the order they first appear.
      const byCheck = new Map<string, T[]>();
      for (let k = i; k < j; k++) {
        const a = list[k]!;
        const group = byCheck.get(a.check);
        if (group) group.push(a); else byCheck.set(a.check, [a]);
      }
      const groups = [...byCheck.values()];
      for (let round = 0; keep.size < cap; round++) {
        let took = false;
        for (const g of groups) {
          if (keep.size >= cap) break;
          const a = g[round];
          if (a !== undefined) { keep.add(a); took = true; }
        }
        if (!took) break;
      }
    }
    i = j;
  }
  return list.filter((a) => keep.has(a));
}
