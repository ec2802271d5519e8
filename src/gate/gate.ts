import { createHash } from 'node:crypto';
import type { Outcome } from '../engine/execute.js';
import type { RawFinding } from '../checks/define.js';
import { dockerEscape, inertTrailingHint, inertTrailingIds, instructionEnd, placementAdvice, type Suppression } from '../repo/suppress.js';
import { isDockerfile } from '../repo/classify.js';
import { didYouMean, getDef, suggestIds } from '../catalogue.js';
import { RESERVED_IDS } from '../catalogue.js';
import { SEVERITIES, atLeast, severityRank, type FailOn, type Finding, type ItemReport, type ItemStatus, type Report, type Severity } from '../types.js';
import type { PlannedCheck, PlannedItem } from './plan.js';
import { legacyKey, type Baseline } from './baseline.js';

/** The order `localeCompare` gives (same default locale and options), without building it per comparison. */
const COLLATOR = new Intl.Collator();

export interface ItemOutcome {
  planned: PlannedItem;
  /** One outcome per planned check, null for a check switched `off`. */
  outcomes: (Outcome | null)[];
}

export interface GateInput {
  version: string;
  items: ItemOutcome[];
  /** Findings outside the catalogue (`parse-error`, `config`). */
  extra: Finding[];
  failOn: FailOn;
  /** Pending manual items count against the gate (a pull request is known). */
  gatesManual: boolean;
  /** Normalised texts of ticked boxes in the PR description, and who ticked them. */
  attested: { keys: Set<string>; by: string; normalise: (s: string) => string } | null;
  suppressions: Suppression[];
  /** Fingerprints of known findings (a multiset: fingerprint → count), and how they were computed. */
  baseline: Baseline | null;
  /** Text of a line, for fingerprints. */
  lineText(file: string, line: number): string | undefined;
  /**
   * Whether a check judges a file at all (CheckDef.judges: not a Dockerfile of a test folder, …): an unused suppression is
   * reported only where its check judges the file. Absent: every file in an item's scope.
   */
  judges?(check: string, file: string): boolean;
  now: Date;
}

/**
 * Stable fingerprint: check, file and what identifies the finding there, never the line number: the secret's hash, else
 * the subject its check judged (`RawFinding.subject`), else the normalised content of its line.
 */
export function fingerprint(check: string, file: string | null, content: string): string {
  return createHash('sha256').update(`${check}\0${file ?? ''}\0${content}`).digest('hex').slice(0, 32);
}

/**
 * What a finding without a line is fingerprinted by: its URL and message. A probe's message carries what it
 * measured ("expires in 12 days", "took 2345 ms"): its numbers are left out, so tomorrow's run (11 days) is the
 * same finding — one code-scanning alert, not one a day. (Static findings keep theirs: baselines hold them.)
 */
export function filelessContent(url: string | null, message: string): string {
  return `${url ?? ''}\0${url ? message.replace(/\d+/g, '0') : message}`;
}

/** Applies policy in one place: severities, suppressions, baseline, attestations, the verdict. */
/** How many words (4+ letters) of an item's title a finding's message shares: which item a shared finding is about. */
function relevance(title: string, message: string): number {
  const said = message.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const words = new Set(title.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return [...words].filter((w) => said.some((m) => m.startsWith(w) || w.startsWith(m))).length;
}

export function gate(input: GateInput): Omit<Report, 'checklist' | 'target' | 'context'> {
  const today = input.now.toISOString().slice(0, 10);
  const findings: Finding[] = [];
  const located = new Map<string, Finding>();
  const titles = new Map(input.items.map(({ planned }) => [planned.item.id, planned.title]));
  const itemKeys = new Map<ItemReport, Set<string>>();
  const items: ItemReport[] = [];
  const supByFile = new Map<string, Suppression[]>();
  for (const s of input.suppressions) supByFile.set(s.file, [...(supByFile.get(s.file) ?? []), s]);
  const expiredReported = new Set<Suppression>();

  // Where a finding derives from, elsewhere (RawFinding.cause): kept out of the report.
  const causes = new WeakMap<Finding, { file: string; line: number }>();
  const suppressionFor = (f: Finding): Suppression | null => {
    if (!f.file || !f.line) return null;
    const cause = causes.get(f);
    return suppressionAt(f, f.file, f.line) ?? (cause ? suppressionAt(f, cause.file, cause.line) : null);
  };
  /** The ids of each suppression that some finding fell under (expired or not): the others matched nothing. */
  const matched = new Map<Suppression, Set<string>>();
  // A whole-line comment also covers a finding on its own line: a whole-file finding sits at line 1
  // (a committed .env), where the suppression the user writes at the top of the file is.
  const covers = (s: Suppression, check: string, line: number): boolean =>
    ((s.wholeLine && line === s.line) || (line >= s.appliesTo && line <= (s.appliesToEnd ?? s.appliesTo))) && s.ids.includes(check) && validUntil(s);
  const suppressionAt = (f: Finding, file: string, line: number): Suppression | null => {
    const covering = (supByFile.get(file) ?? []).filter((s) => covers(s, f.check, line));
    for (const s of covering) matched.set(s, (matched.get(s) ?? new Set()).add(f.check));
    // The comment right above the line first, then one above the whole instruction the line continues.
    for (const s of [...covering.filter((x) => x.appliesTo === line), ...covering.filter((x) => x.appliesTo !== line)]) {
      if (s.until && s.until < today) {
        if (!expiredReported.has(s)) {
          expiredReported.add(s);
          findings.push(configFinding(`suppression of '${f.check}' expired on ${s.until}; the finding is reported again — fix it or extend the date`, s.file, s.line, s.column));
        }
        continue;
      }
      return s;
    }
    return null;
  };

  const baseline = input.baseline ? new Map(input.baseline.counts) : null;
  /** Takes one entry of `fp` from the baseline (a multiset): whether one was left. */
  const takeBaseline = (fp: string): boolean => {
    const n = baseline?.get(fp) ?? 0;
    if (n <= 0) return false;
    baseline!.set(fp, n - 1);
    return true;
  };
  /**
   * Whether a finding is known. A version 1 baseline holds line-text fingerprints: a finding its check now identifies by
   * subject is found by the line form it was recorded with (`legacy`), or, when that line has changed since (the base
   * image bumped), by an entry of the same check and file that says the same (a message names its subject: the stage
   * and its base image, the service and port). Re-recording the baseline writes subject fingerprints (version 2).
   */
  const isKnown = (f: Finding, legacy: string | null): boolean => {
    if (!f.fingerprint) return false;
    if (takeBaseline(f.fingerprint)) return true;
    if (input.baseline?.version !== 1 || legacy === null) return false;
    if (takeBaseline(legacy)) return true;
    return (input.baseline.legacy?.get(legacyKey(f.check, f.file, f.message)) ?? []).some(takeBaseline);
  };
  // Where each static check ran cleanly (not switched off, not failed, not skipped for want of anything to judge):
  // the scopes of the items that ran it. A suppression of a check that judged its file and matched no finding is
  // reported (as ESLint reports an unused disable comment): it sits where it binds nothing, or its problem is gone.
  const ranIn = new Map<string, (((file: string) => boolean) | null)[]>();
  for (const { planned, outcomes } of input.items) {
    const report: ItemReport = {
      id: planned.item.id,
      title: planned.title,
      kind: planned.kind,
      check: planned.item.checks.length === 0 ? null : planned.item.checks.length === 1 ? planned.item.checks[0]! : planned.item.checks,
      severity: planned.severity,
      status: 'pass',
      ...(planned.item.group?.length ? { group: planned.item.group } : {}),
      ...(planned.item.ticked ? { ticked: true } : {}),
      source: planned.item.source,
    };
    if (planned.kind === 'manual') {
      if (planned.off || planned.item.severity === 'off') { report.status = 'skipped'; report.reason = 'switched off'; }
      else if (planned.item.signedOff) { report.status = 'attested'; report.attestedBy = 'checklist'; }
      else if (input.attested && (input.attested.keys.has(input.attested.normalise(planned.title)) || input.attested.keys.has(input.attested.normalise(planned.item.id)))) {
        report.status = 'attested'; report.attestedBy = input.attested.by;
      } else report.status = 'pending';
      items.push(report);
      continue;
    }
    let failures = 0;
    // The located findings this item fails on (some may end up reported under another item).
    const keys = new Set<string>();
    itemKeys.set(report, keys);
    let errors: string[] = [];
    let skipped: string[] = [];
    // The checks that ran (found something or judged cleanly) and those skipped, by id: an item with several checks
    // says which part was verified.
    const passedIds: string[] = [];
    const skippedParts: string[] = [];
    const vacuous: string[] = [];
    // Failures the baseline knows or a suppression mutes: the item passes, and says why (a ✅ on a committed .env must not read as fixed).
    let known = 0;
    let muted = 0;
    planned.checks.forEach((pc, i) => {
      const out = outcomes[i];
      if (!out || pc.off) {
        skipped.push(pc.offReason ?? `${pc.def.id} switched off`);
        skippedParts.push(pc.offReason ?? `${pc.def.id} switched off`);
        return;
      }
      if (out.error) errors.push(out.error);
      // A static check with nothing of its kind to judge (no Kubernetes manifests for an item that also names the
      // Dockerfile check) holds vacuously: it does not keep the item from passing. A probe that did not run does.
      else if (out.skipped && !out.findings.length && pc.def.kind === 'static') { vacuous.push(`${pc.def.id} skipped: ${out.skipped}`); if (planned.checks.length === 1) skipped.push(out.skipped); }
      else if (out.skipped && !out.findings.length) { skipped.push(out.skipped); skippedParts.push(`${pc.def.id} skipped: ${out.skipped}`); }
      else {
        passedIds.push(pc.def.id);
        if (pc.def.kind === 'static') ranIn.set(pc.def.id, [...(ranIn.get(pc.def.id) ?? []), planned.scope]);
      }
      for (const raw of out.findings) {
        const { finding: f, legacy } = toFinding(raw, pc, planned, input);
        if (raw.cause) causes.set(f, raw.cause);
        // Items that promise the same check (a Markdown list often words one promise twice) share its
        // findings: one located problem is reported and counted once, at the most severe item's severity.
        const key = `${f.check}\0${f.file ?? ''}\0${f.line ?? ''}\0${f.column ?? ''}\0${f.url ?? ''}\0${f.message}`;
        const prior = located.get(key);
        if (prior) {
          if (!prior.note && !prior.suppressed && !prior.baseline) failures++;
          // Under the most severe item; at equal severity, under the item whose title speaks of it
          // ("Replace default PostgreSQL credentials" for a POSTGRES_PASSWORD finding).
          const rank = severityRank(f.severity) - severityRank(prior.severity);
          if (rank < 0 || (rank === 0 && relevance(planned.title, f.message) > relevance(titles.get(prior.item ?? '') ?? '', f.message))) { prior.severity = f.severity; prior.item = f.item; }
          keys.add(key);
          continue;
        }
        keys.add(key);
        located.set(key, f);
        const sup = suppressionFor(f);
        if (sup) { f.suppressed = true; f.suppressedBy = sup.reason || 'preflight-ignore'; }
        else {
          explainInert(f, input);
          if (!f.note && isKnown(f, legacy)) f.baseline = true;
        }
        if (!f.note && !f.suppressed && !f.baseline) failures++;
        else if (f.baseline) known++;
        else if (f.suppressed && !f.note) muted++;
        findings.push(f);
      }
    });
    // An item passes only when all of its checks pass (DESIGN): one whose checks found nothing to fail on while some
    // were skipped (a probe without a URL, a check switched off) is `skipped`, saying which part passed and which did not run.
    const status: ItemStatus = errors.length ? 'error' : failures ? 'fail' : skipped.length || (!passedIds.length && vacuous.length) ? 'skipped' : 'pass';
    report.status = status;
    const baselineOrMuted = [
      known ? `${known} known finding${known === 1 ? '' : 's'} from the baseline (reported, not gating)` : '',
      muted ? `${muted} finding${muted === 1 ? '' : 's'} suppressed by preflight-ignore` : '',
    ].filter(Boolean);
    // Probes of one item fail for the same reason (DNS, a refused connection): said once.
    if (status === 'error') report.reason = [...new Set(errors)].join('; ');
    else if (status === 'skipped' && !passedIds.length) report.reason = [...new Set([...skipped, ...(planned.checks.length > 1 ? vacuous : [])])].join('; ');
    else if (status === 'skipped') report.reason = [`${passedIds.join(', ')} passed`, ...new Set(skippedParts), ...vacuous, ...baselineOrMuted].join('; ');
    else if (status === 'pass' && (vacuous.length || baselineOrMuted.length)) report.reason = [...vacuous, ...baselineOrMuted].join('; ');
    items.push(report);
  }

  // An item that fails on findings reported under another item (items promising the same check) says so.
  for (const [report, keys] of itemKeys) {
    if (report.status !== 'fail' || report.reason) continue;
    const owners = new Set<string>();
    let own = false;
    for (const k of keys) {
      const f = located.get(k)!;
      if (f.note || f.suppressed || f.baseline) continue;
      if (f.item === report.id) own = true;
      else if (f.item) owners.add(f.item);
    }
    if (owners.size) report.reason = `${own ? 'also fails on' : 'fails on'} the findings reported under ${[...owners].map((id) => `'${id}'`).join(', ')} (a problem is reported once)`;
  }

  // Findings outside items (parse errors, notes) honour `preflight-ignore parse-error` too.
  // A file that cannot be parsed today can be recorded in a baseline like any finding (adoption on a repository with
  // a template Preflight cannot read); `config` findings are the checklist's and suppressions' own mistakes and are not.
  for (const f of input.extra) {
    const sup = suppressionFor(f);
    if (sup) { findings.push({ ...f, suppressed: true, suppressedBy: sup.reason || 'preflight-ignore' }); continue; }
    if (f.check !== 'parse-error' || f.note) { findings.push(f); continue; }
    // Like any finding's, never by line number: the offending line's text and the message without its numbers
    // ("line 2 is not a Dockerfile instruction" stays known when a line is added above it).
    const text = f.file && f.line ? lineContent(input, f.file, f.line) : '';
    const fp = fingerprint('parse-error', f.file, `${text}\0${f.message.replace(/\d+/g, '0')}`);
    findings.push({ ...f, fingerprint: fp, ...(takeBaseline(fp) ? { baseline: true } : {}) });
  }

  const judged = (check: string, file: string) => (ranIn.get(check) ?? []).some((scope) => !scope || scope(file)) && (input.judges?.(check, file) ?? true);
  // Files no check could read (templated, too large, unparsable): a suppression there may be right.
  const unread = new Set(input.extra.filter((f) => f.check === 'parse-error' && f.file).map((f) => f.file!));

  // Suppressions naming ids that do not exist, or an `until` that is not a date, are reported,
  // never silently ignored (an unparsable date would never expire).
  for (const s of input.suppressions) {
    if (s.malformed) { findings.push(configFinding('preflight-ignore comment not understood, so nothing is suppressed: expected `preflight-ignore CHECK-ID: reason` (check ids with hyphens, e.g. image-tag-pinned; several separated by commas; optionally `until YYYY-MM-DD` before the colon)', s.file, s.line, s.column)); continue; }
    if (!validUntil(s)) findings.push(configFinding(`preflight-ignore until '${s.until}': expected a date (YYYY-MM-DD); the suppression is not applied`, s.file, s.line, s.column));
    for (const id of s.ids) {
      if (getDef(id) || (RESERVED_IDS as readonly string[]).includes(id)) {
        if (validUntil(s) && !matched.get(s)?.has(id) && !unread.has(s.file) && judged(id, s.file)) {
          findings.push(configFinding(`preflight-ignore ${id} matched no finding on the next line or this line, so it suppresses nothing: put it ${placementAdvice(s, id)}, or remove it if the problem is gone`, s.file, s.line, s.column));
        }
        continue;
      }
      // In a Markdown code block, an id no check has is text showing the syntax (`# preflight-ignore CHECK-ID: reason`).
      if (s.code) continue;
      findings.push(configFinding(`preflight-ignore names unknown check '${id}'${didYouMean(suggestIds(id))}`, s.file, s.line, s.column));
    }
  }

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let fail = false;
  for (const f of findings) {
    if (f.suppressed || f.baseline) continue;
    counts[f.severity]++;
    if (!f.note && atLeast(f.severity, input.failOn)) fail = true;
  }
  for (const it of items) {
    if (it.status === 'error' || it.status === 'pending') {
      counts[it.severity]++;
      if (atLeast(it.severity, input.failOn) && (it.status === 'error' || input.gatesManual)) fail = true;
    }
  }
  findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || COLLATOR.compare(a.file ?? '~', b.file ?? '~') || (a.line ?? 0) - (b.line ?? 0) || COLLATOR.compare(a.check, b.check));
  const fixed = baseline ? [...baseline.values()].reduce((a, b) => a + b, 0) : undefined;
  return {
    version: 1,
    tool: { name: 'preflight', version: input.version },
    result: fail ? 'fail' : 'pass',
    failOn: input.failOn,
    counts,
    items,
    findings,
    ...(fixed !== undefined ? { baselineFixed: fixed } : {}),
  };
}

/** What a located finding is fingerprinted by: its line's text, whitespace collapsed (not its line number). */
function lineContent(input: GateInput, file: string, line: number): string {
  return (input.lineText(file, line) ?? '').trim().replace(/\s+/g, ' ');
}

/**
 * A check's finding as the report has it, and its line-text fingerprint when its identity is its subject instead
 * (`legacy`: what a version 1 baseline recorded it by), else null.
 */
function toFinding(raw: RawFinding, pc: PlannedCheck, planned: PlannedItem, input: GateInput): { finding: Finding; legacy: string | null } {
  const note = raw.note === true;
  const severity: Severity = note ? 'info' : (pc.forced ?? raw.severity ?? pc.def.severity);
  const file = raw.file ?? null;
  const line = raw.line ?? null;
  const lineForm = () => (file && line ? lineContent(input, file, line) : filelessContent(raw.url ?? null, raw.message));
  const bySubject = raw.secret === undefined && raw.subject !== undefined;
  // The subject is told apart from any line's text by its prefix (a line cannot hold a NUL).
  const content = raw.secret !== undefined
    ? createHash('sha256').update(raw.secret).digest('hex')
    : bySubject ? `\0subject\0${raw.subject}` : lineForm();
  // Only a version 1 baseline knows findings by their line's text.
  const legacy = bySubject && input.baseline?.version === 1 ? fingerprint(pc.def.id, file, `${lineForm()}${note ? '\0note' : ''}`) : null;
  const finding: Finding = {
    check: pc.def.id,
    item: planned.item.id,
    severity,
    message: raw.message,
    file,
    line,
    column: raw.column ?? null,
    ...(raw.endLine ? { endLine: raw.endLine } : {}),
    url: raw.url ?? null,
    ...(note ? { note: true } : {}),
    fingerprint: fingerprint(pc.def.id, file, `${content}${note ? '\0note' : ''}`),
    fix: raw.fix ?? pc.def.docs.fix,
  };
  return { finding, legacy };
}

/**
 * A finding in a `.env` file or a Dockerfile whose line ends in a `preflight-ignore` naming its check: that comment
 * suppresses nothing (a trailing `#` can be part of the value; a Dockerfile has only whole-line comments), and the message
 * says so. In a Dockerfile the instruction's continuation lines count too (`CMD flask run \` then `--host 0.0.0.0 # …`);
 * a message that already says it (a Dockerfile ENV value holding the comment) is left as it is.
 */
function explainInert(f: Finding, input: GateInput): void {
  if (!f.file || !f.line || f.message.includes('suppresses nothing')) return;
  const file = f.file;
  // A Dockerfile instruction runs on over its continuation lines (the escape character its `# escape=` directive sets),
  // as the suppression reader reads it.
  const last = isDockerfile(file)
    ? instructionEnd((i) => input.lineText(file, i + 1), f.line - 1, dockerEscape(Array.from({ length: 16 }, (_, i) => input.lineText(file, i + 1) ?? ''))) + 1
    : f.line;
  for (let n = f.line; n <= last; n++) {
    const text = input.lineText(file, n);
    if (text === undefined) return;
    if (inertTrailingIds(file, text).includes(f.check)) { f.message += inertTrailingHint(file); return; }
  }
}

/** A `config` finding (low): a problem with Preflight's own configuration in the repository. */
export function configFinding(message: string, file: string | null, line: number | null, column: number | null = null): Finding {
  return { check: 'config', item: null, severity: 'low', message, file, line, column, url: null, fingerprint: fingerprint('config', file, message) };
}

/** A suppression without `until`, or with a real calendar date written YYYY-MM-DD. */
function validUntil(s: Suppression): boolean {
  if (s.until === null) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.until)) return false;
  const d = new Date(`${s.until}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.until;
}
