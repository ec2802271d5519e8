import { SEVERITIES, type ItemReport, type Report, type Severity } from '../types.js';
import { signoffText } from '../checklist/title.js';
import { saysNotRun } from '../gate/baseline.js';

/**
 * The report's counts per severity with notes taken out of them, and the notes apart: a note is a pass, not a problem,
 * though the report's `counts` (every finding neither suppressed nor in the baseline) include it.
 */
export function countsWithoutNotes(report: Report): { counts: Record<Severity, number>; notes: number } {
  const counts = { ...report.counts };
  let notes = 0;
  for (const f of report.findings) if (f.note && !f.suppressed && !f.baseline) { counts[f.severity]--; notes++; }
  return { counts, notes };
}

/** `3 notes`, or '' for none. */
export const notesWord = (notes: number): string => (notes ? `${notes} note${notes === 1 ? '' : 's'}` : '');

/**
 * The counts of a headline: findings (and pending or failed items) per severity, notes left out of them and said apart
 * (`2 high; 1 note`; see countsWithoutNotes).
 */
export function headlineCounts(report: Report): string {
  const { counts: by, notes } = countsWithoutNotes(report);
  const counts = SEVERITIES.filter((s) => by[s] > 0).map((s) => `${by[s]} ${s}`);
  const noted = notesWord(notes);
  return counts.length ? `${counts.join(', ')}${noted ? `; ${noted}` : ''}` : noted ? `no failures; ${noted}` : 'no findings';
}

/** One line: verdict, counts, threshold. Used by the CLI with --output and by the action log. */
export function summaryLine(report: Report): string {
  const pending = report.items.filter((i) => i.status === 'pending').length;
  const errors = report.items.filter((i) => i.status === 'error').length;
  // Failing items a part of which could not run (a probe of `check: [tls-protocols-config, tls-version]`): said too.
  const inPart = new Set(report.findings.filter((f) => f.item !== null && !f.suppressed && saysNotRun(f)).map((f) => f.item)).size;
  const suppressed = report.findings.filter((f) => f.suppressed).length;
  const known = report.findings.filter((f) => f.baseline).length;
  const extra = [
    errors ? `${errors} item${errors > 1 ? 's' : ''} could not run` : '',
    inPart ? `${inPart} item${inPart > 1 ? 's' : ''} could not run in full` : '',
    pending ? `${pending} manual pending` : '',
    suppressed ? `${suppressed} suppressed` : '',
    known ? `${known} in baseline` : '',
  ].filter(Boolean);
  return `Preflight ${report.result === 'pass' ? 'passed' : 'FAILED'}: ${headlineCounts(report)}${extra.length ? ` (${extra.join(', ')})` : ''} — fail-on: ${report.failOn}`;
}

/**
 * The items whose title another manual item shares (`Name: ____` under each of three sign-off roles): ticking that title
 * signs all of them off, so the reports list such items by id, which signs off one. Titles compare as a tick is matched
 * to them (signoffText: markup, case, spacing and typographic punctuation do not count); only manual items count, since a tick never attests
 * a bound item.
 */
export function sharedTitleItems(report: Report, items: readonly ItemReport[]): Set<ItemReport> {
  const sharing = new Map<string, number>();
  for (const i of report.items) if (i.kind === 'manual') { const key = signoffText(i.title); sharing.set(key, (sharing.get(key) ?? 0) + 1); }
  return new Set(items.filter((i) => (sharing.get(signoffText(i.title)) ?? 0) > 1));
}

/** The separator the reports write between an item's group and its title in a sign-off line (`Security Officer › Name: ____`). */
export const GROUP_SEPARATOR = ' › ';

/**
 * What the reports list for a pending item whose title another manual item shares (see sharedTitleItems): the end of its
 * group and its title (`Security Officer › Name: ____`), a sign-off that stays with the item when items of that title are
 * added above it, when that names no other manual item of the title; else the fewest parts of its group that do
 * (`Prod › Security › Name: ____`); else (no group, or the same group) null, and the reports list its id, which is positional.
 * The group's parts as written: headings and the plain bullets the item is nested under.
 */
export function groupSignoff(report: Report, item: ItemReport): string[] | null {
  const group = item.group ?? [];
  if (!group.length) return null;
  const title = signoffText(item.title);
  const others = report.items.filter((i) => i !== item && i.kind === 'manual' && signoffText(i.title) === title).map((i) => (i.group ?? []).map(signoffText));
  const own = group.map(signoffText);
  for (let k = own.length - 1; k >= 0; k--) {
    const end = own.slice(k);
    // Another item of the title whose group ends so: that many parts do not tell them apart.
    if (!others.some((g) => g.length >= end.length && g.slice(g.length - end.length).every((p, j) => p === end[j]))) return group.slice(k);
  }
  return null;
}

/**
 * The line that signs each of `items` (pending manual items) off, as both reports list them: its title; for an item whose title
 * others share, its group and title where that names it alone (`Security Officer › Name: ____`, see groupSignoff), else its id.
 * `clean` writes a title or a group's part as the report shows it (on one line, control characters as `\xNN`).
 */
export function signoffLines(report: Report, items: readonly ItemReport[], clean: (text: string) => string): { shared: Set<ItemReport>; lineOf: (item: ItemReport) => string; byGroup: boolean } {
  const shared = sharedTitleItems(report, items);
  const groups = new Map([...shared].map((i) => [i, groupSignoff(report, i)] as const));
  const lineOf = (i: ItemReport) => {
    const group = groups.get(i);
    return group ? [...group, i.title].map(clean).join(GROUP_SEPARATOR) : shared.has(i) ? i.id : clean(i.title);
  };
  return { shared, lineOf, byGroup: [...groups.values()].some(Boolean) };
}

/**
 * What the reports say under the pending items when some share a title (`quote` formats each title). `byGroup`: some are
 * listed by their group and title (see groupSignoff), not all by id.
 */
export function sharedTitlesNote(titles: readonly string[], quote: (title: string) => string, byGroup = false): string {
  const how = byGroup
    ? `each is listed by its group and title (\`Role${GROUP_SEPARATOR}Title\`; \`/\` or \`:\` may stand for \`›\`), or by its id where its group does not tell it apart, which signs that one item off`
    : 'each is listed by its id, which signs that one item off';
  return `${titles.slice(0, 5).map(quote).join(', ')}${titles.length > 5 ? ` and ${titles.length - 5} more` : ''} ${titles.length > 1 ? 'are titles' : 'is the title'} of several items: ${how}; ticking the shared title signs all of them off.`;
}
