/**
 * Core data types shared by every part of Preflight. The JSON report (version 1) is a
 * serialisation of `Report`; fields marked "contract" are relied on by external tooling.
 */

/** Severities, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A threshold: a severity or `none` (never fail). */
export type FailOn = Severity | 'none';
/** A severity setting: a severity, or `off` to disable a check. */
export type SeveritySetting = Severity | 'off';

export type ItemKind = 'static' | 'probe' | 'manual';
export type ItemStatus = 'pass' | 'fail' | 'error' | 'skipped' | 'pending' | 'attested';

/** A source location inside the repository (1-based lines and columns, `/` separators). */
export interface Location {
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** One located problem (contract: check, item, severity, message, file, line, column, url). */
export interface Finding {
  check: string;
  item: string | null;
  severity: Severity;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  endLine?: number | null;
  url: string | null;
  /** An informational note (always `info`): an opt-out, an unverifiable reference. */
  note?: boolean;
  suppressed?: boolean;
  /** Reason given by the `preflight-ignore` comment that suppressed it. */
  suppressedBy?: string;
  baseline?: boolean;
  /** Stable fingerprint: hash of check, file and what the finding is about: its subject, a secret's value, else its line's normalised text (never line numbers). */
  fingerprint?: string;
  /** A one-line fix hint: the finding's own when its check gives one (RawFinding.fix), else the check's docs. */
  fix?: string;
}

/** An item of the report (contract: id, title, kind, check, severity, status). */
export interface ItemReport {
  id: string;
  title: string;
  kind: ItemKind;
  /** One check id, or a list when the item promises several things; null for manual items. */
  check: string | string[] | null;
  severity: Severity;
  status: ItemStatus;
  /** Heading path (Markdown) or `group` (YAML), for display. */
  group?: string[];
  /** Why the item errored or was skipped. */
  reason?: string;
  /** Who attested a manual item (the PR author, or with the action's `attesters` the reviewer whose approving review ticked it) or `checklist` for a standing sign-off. */
  attestedBy?: string;
  /** The box was ticked in the team's Markdown file (shown only, for bound items). */
  ticked?: boolean;
  /** Where the item is declared. */
  source?: Location;
  /** The built-in preset the item comes from: `source.file` is then that preset's file in Preflight's package (`checklists/NAME.yml`), not a repository path. */
  preset?: string;
  /**
   * A pending manual item whose status says the work is not done (ChecklistItem.notDoneChecks): no tick in the pull request
   * signs it off, so it is no sign-off to tick (its `reason` says what to do instead). Set by the gate with the status; the
   * reporters ask awaitsSignOff. Internal: not written to the JSON report (see toJson), whose contract has no such field.
   */
  notDone?: true;
}

export interface Report {
  version: 1;
  tool: { name: 'preflight'; version: string };
  result: 'pass' | 'fail';
  failOn: FailOn;
  counts: Record<Severity, number>;
  items: ItemReport[];
  findings: Finding[];
  /** Extras (not part of the v1 contract's required fields). */
  checklist?: {
    file: string | null;
    format: 'yaml' | 'markdown' | 'preset';
    /** Catalogue checks the team's Markdown checklist does not cover. */
    uncovered?: string[];
  };
  target?: { url: string | null };
  /** Baseline entries that no longer match a finding (fixed): the baseline can shrink. */
  baselineFixed?: number;
  /** Pull-request context the gate ran with, when known. */
  context?: { event?: string; pullRequest?: number | null; gatesManual: boolean };
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);
/** True when `s` is at least as severe as the threshold. */
export function atLeast(s: Severity, threshold: FailOn): boolean {
  if (threshold === 'none') return false;
  return severityRank(s) <= severityRank(threshold);
}
export function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}
export function maxSeverity(list: Severity[], fallback: Severity = 'info'): Severity {
  let best = fallback;
  let seen = false;
  for (const s of list) if (!seen || severityRank(s) < severityRank(best)) { best = s; seen = true; }
  return best;
}

/** A user-facing configuration or usage problem (exit 2). `where` is file:line:column. */
export class ConfigError extends Error {
  constructor(message: string, readonly where?: { file: string; line?: number; column?: number }) {
    super(message);
    this.name = 'ConfigError';
  }
  /** Further errors found in the same pass (a checklist with several mistakes is reported whole, at most MAX_CONFIG_ERRORS). */
  more: ConfigError[] = [];
  /** Errors found beyond those. */
  omitted = 0;
  format(): string {
    if (!this.where) return this.message;
    const { file, line, column } = this.where;
    return `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${this.message}`;
  }
  /** This error and the ones found with it. */
  all(): ConfigError[] {
    return [this, ...this.more];
  }
}

/** At most this many configuration errors are reported from one pass over a checklist. */
export const MAX_CONFIG_ERRORS = 10;

/**
 * One ConfigError for several found in one pass (in file order when located): the first, carrying the next ones
 * (at most MAX_CONFIG_ERRORS in all) and how many more there were. Undefined for none.
 */
export function configErrors(errors: readonly ConfigError[]): ConfigError | undefined {
  if (!errors.length) return undefined;
  const flat = errors.flatMap((e) => e.all());
  const first = flat[0]!;
  const extra = errors.reduce((n, e) => n + e.omitted, 0);
  first.more = flat.slice(1, MAX_CONFIG_ERRORS);
  first.omitted = flat.length - Math.min(flat.length, MAX_CONFIG_ERRORS) + extra;
  return first;
}

/** Errors sorted by where they are written (a stable sort: unlocated ones keep their order, first). */
export function inFileOrder(errors: readonly ConfigError[]): ConfigError[] {
  return [...errors].sort((a, b) => (a.where?.line ?? 0) - (b.where?.line ?? 0) || (a.where?.column ?? 0) - (b.where?.column ?? 0));
}

/** configErrors of every error given and the ones each carries, in file order (the counts of those left out kept). */
export function configErrorsInFileOrder(errors: readonly ConfigError[]): ConfigError | undefined {
  const omitted = errors.reduce((n, e) => n + e.omitted, 0);
  const flat = errors.flatMap((e) => e.all());
  for (const e of flat) { e.more = []; e.omitted = 0; }
  const err = configErrors(inFileOrder(flat));
  if (err) err.omitted += omitted;
  return err;
}

/** Logger passed into the pipeline (never `console` or `core` deep inside helpers). */
export interface Logger {
  info(msg: string): void;
  /**
   * `where`: the repository file (and line, column) the warning is about, which the message already names
   * (`file:line:column: …`): the action turns it into an annotation on that line.
   */
  warn(msg: string, where?: ConfigError['where']): void;
  debug(msg: string): void;
  /** Worth seeing, not a problem (a `::notice` in the action); loggers without it print a warning. */
  notice?(msg: string): void;
}
export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };

/** Whether an item is a pending manual item that a tick in the pull request signs off (not one whose work is not done). */
export const awaitsSignOff = (item: Pick<ItemReport, 'status' | 'notDone'>): boolean => item.status === 'pending' && !item.notDone;

/**
 * Whether an item holds the merge: an error, or a pending manual item when manual items gate, at
 * or above `fail-on`; otherwise one of its findings that gates (not a note, not suppressed, not
 * known from the baseline). The per-item view of the verdict the gate (src/gate/gate.ts)
 * computes; every reporter asks this.
 */
export function itemBlocks(item: Pick<ItemReport, 'status' | 'severity'>, findings: readonly Finding[], report: Pick<Report, 'failOn' | 'context'>): boolean {
  if (item.status === 'error') return atLeast(item.severity, report.failOn);
  if (item.status === 'pending') return report.context?.gatesManual !== false && atLeast(item.severity, report.failOn);
  return findings.some((f) => !f.note && !f.baseline && !f.suppressed && atLeast(f.severity, report.failOn));
}

/**
 * The URL a reporter shows beside a finding without a file, or null: a probe's message usually names its URL already
 * (`https://host/ sends no Strict-Transport-Security…`), and once is enough. Every reporter asks this.
 */
export function urlNotInMessage(f: Pick<Finding, 'file' | 'url' | 'message'>): string | null {
  return !f.file && f.url && !f.message.includes(f.url) ? f.url : null;
}

/** Why a file a user named could not be read, as the end of a sentence: `not found`, `is a directory (expected a file)`… */
export function readProblem(e: unknown, expected = 'a file'): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ETOOBIG') return 'holds more than 1 MiB, the most read from a stream (write it to a file and name that)';
  if (code === 'ENOWRITER') {
    const waited = (e as { waitedMs?: number }).waitedMs;
    // How long it was waited on for a writer (readStream): a writer started later than that is too late.
    return `is a FIFO with nothing written to it${waited ? ` in ${Math.ceil(waited / 1000)} s` : ''} (no process wrote to it: start the writer first, or along with preflight)`;
  }
  if (code === 'ETTY') return `is a terminal: nothing was piped in (pipe ${expected} in, or name the file)`;
  return code === 'EISDIR' ? `is a directory (expected ${expected})` : code === 'ENOTREG' ? `is not a regular file (a device or socket; expected ${expected})` : code === 'EACCES' || code === 'EPERM' ? 'cannot be read: permission denied' : 'not found';
}

/** Why `file` could not be written (the report, the SARIF file), in words rather than an errno code. */
export function writeProblem(e: unknown, file: string): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    // mkdir -p over a file says EEXIST: what is wrong is that a parent is a file.
    case 'EEXIST': case 'ENOTDIR': return `a parent of ${file} is a file, not a directory`;
    case 'EISDIR': return 'it is a directory';
    // A folder on the way that cannot be made although its parent exists (`/proc/nope`).
    case 'ENOENT': return err.syscall === 'mkdir' && err.path ? `the folder ${err.path} cannot be created` : 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'read-only file system';
    default: return (err?.message ?? err?.code ?? String(e)).split('\n')[0]!;
  }
}
