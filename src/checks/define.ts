import type { z } from 'zod';
import type { Severity } from '../types.js';
import type { SnapshotView } from '../repo/snapshot.js';
import type { TextChunk } from '../repo/read.js';

/**
 * A phrase rule binds a Markdown checklist item to a check. `pattern` runs over the item's text
 * (lower-cased, markup stripped); `context`, when given, must match the heading path or the parent
 * item's text; `unless` vetoes the binding. Precision beats recall: when in doubt, no rule.
 */
export interface PhraseRule {
  pattern: RegExp;
  context?: RegExp;
  unless?: RegExp;
  /**
   * Like `unless`, read only in the clause that holds the match (the item split at `,`, `;`, a dash):
   * "HSTS enabled, TLS 1.0 disabled" keeps the HSTS promise that "HSTS not enabled yet" withdraws.
   */
  clauseUnless?: RegExp;
  /**
   * Vetoes the binding when the nearest heading or the parent item matches: a topic that a `context` makes
   * the check's ("Health checks" under "Docker") is another one under a closer "Monitoring" heading or parent.
   */
  nearUnless?: RegExp;
  /**
   * Vetoes the binding when the item read with its heading path and parent item matches: a scope its headings set
   * ("Containers do not run as root" under "## AWS ECS" is about ECS tasks, not Kubernetes pods; see OTHER_ORCHESTRATOR).
   */
  scopeUnless?: RegExp;
  /** Why this phrase means the check verifies the promise (shown by `preflight import`). */
  note?: string;
}

export interface CheckDocs {
  /** Why it matters (one or two sentences). */
  why: string;
  /** How to fix it (one line, shown beside each finding). */
  fix: string;
  /** Exact semantics, edge cases and what other tools get wrong (Markdown). */
  details?: string;
  /** Short examples for the docs page. */
  examples?: { valid?: string[]; invalid?: string[] };
}

/** What a check or probe hands to `report`. The engine fills in id, item, resolved severity. */
export interface RawFinding {
  message: string;
  file?: string | null;
  line?: number | null;
  column?: number | null;
  endLine?: number | null;
  url?: string | null;
  /** A sub-case with its own severity (an expired certificate is `critical`). */
  severity?: Severity;
  /**
   * The most severe the finding may be, whatever the checklist item or an override sets: a documented sub-case the user
   * opted into (a self-signed certificate under allow-self-signed is `low`, even when the item says `critical`).
   */
  ceiling?: Severity;
  /** An informational note (always `info`): not a failure. */
  note?: boolean;
  /** The finding's own one-line fix, when the check's generic `docs.fix` does not fit it (another stack's advice). */
  fix?: string;
  /** A secret value: used only for the fingerprint (hashed), never printed. */
  secret?: string;
  /**
   * What the check judged, when the finding's line says more than that (`stage final` for a FROM line whose image a
   * Renovate bump changes, `image node`, `service db port 5432`): the finding's identity (baseline, SARIF) is then
   * check + file + subject, so an unrelated edit on the line keeps a known finding known. Without it the line's text
   * is; a `secret` (its hash) wins over both. Never printed.
   */
  subject?: string;
  /**
   * The line the finding derives from, elsewhere (the `DEBUG = True` a Dockerfile's DJANGO_SETTINGS_MODULE selects): a
   * `preflight-ignore` there mutes this finding too, so one suppression covers one problem. Not part of the report.
   */
  cause?: { file: string; line: number };
  /**
   * The finding is the one at `cause` reached another way (a DJANGO_SETTINGS_MODULE selecting a settings module whose own
   * `DEBUG = True` fails at its line): one leaked value is one finding, so it is dropped where the item's findings keep a
   * failure of the check at `cause`, and stands where they do not (an item scoped away from that file). See withoutRepeats.
   * Not part of the report.
   */
  repeatsCause?: boolean;
  /**
   * Where else the finding counts as located for an item's scope (`paths`/`ignore`): the files of the kustomize overlays
   * that deploy what it is about (their kustomization files, see overlayScope), when it holds as those overlays render a
   * base (`k8s/base/deployment.yaml:14 … in kustomize overlay k8s/overlays/prod`). An item scoped to the overlay's folder
   * keeps it; the finding still points at the base's line. Not part of the report.
   */
  overlays?: string[];
  /**
   * The program the finding is about, by the name programScope gives it (`granian`, `flask`, `next`): an item whose title is
   * about how named programs run ("Granian runs without `--reload`") is judged on the findings about them only (see the gate).
   * Unset, the finding counts for every item of its check. Not part of the report.
   */
  program?: string;
}

export interface CheckContext<O, T = never> {
  snapshot: SnapshotView;
  options: O;
  /**
   * What the check's `scan` returned for each file of the view that it accepted (in file order;
   * files for which it returned undefined are left out). Empty for a check without `scan`.
   */
  scanned: readonly Scanned<T>[];
  report(f: RawFinding): void;
  /** Nothing applies (no Dockerfile for a Dockerfile check): the item is `skipped`. */
  skip(reason: string): void;
  /** The date used for time-dependent decisions (fixed in tests). */
  now: Date;
}

interface DefBase<S extends z.ZodType> {
  id: string;
  title: string;
  severity: Severity;
  /** One line for `preflight list` and the docs table. */
  description: string;
  docs: CheckDocs;
  options: S;
  match?: PhraseRule[];
  /**
   * The protection the check verifies, as a checklist item names it (probes, pinning, non-root, a HEALTHCHECK, security
   * headers, the HTTPS redirect, a health endpoint, the Secure flag…). An item that states it absent opts out of the check
   * and does not bind it (see `optOutOf` in src/checklist/matcher.ts): negated ("No liveness probes", "We don't pin image
   * tags", "Remove the HSTS header", "Deployments run without readiness probes") or switched off ("`SESSION_COOKIE_SECURE`
   * is False", "`runAsNonRoot: false`", "probes disabled on the batch jobs", "Health endpoint: disabled on the worker"). Only for a check whose promise is a thing
   * set up: a check whose promise is a risk's absence ("No .env in git", "No root containers", "No debug mode in prod")
   * has none, so negating the risk stays its promise.
   */
  safeguard?: RegExp;
  /** A statement that grants the risk the check guards against ("CORS allows all origins"): an opt-out too, unless negated. */
  waiver?: RegExp;
}

export interface Scanned<T> { file: string; data: T }

/**
 * The per-file half of a check that reads many files (secrets, code patterns). The engine reads
 * each file once for all scanners and, on large repositories, runs them on worker threads, so a
 * scanner must be pure and return plain structured-cloneable data (no functions, no class
 * instances). `run` then sees the results in `ctx.scanned` and does the cross-file part.
 */
export interface FileScanner<T> {
  /** Whether the scanner reads `path` (decided on the path alone). */
  accepts(path: string): boolean;
  /** What `run` needs from one file, or undefined when nothing. */
  file(path: string, text: string): T | undefined;
  /**
   * Optional: the same for a file too large to read whole (over 1 MiB): its first 64 MiB in chunks
   * of whole lines, each with the number of its first line (a line longer than a chunk comes in overlapping
   * pieces: see TextChunk's `lineOffset` and `rereadFrom`). Without it such files are skipped.
   */
  largeFile?(path: string, chunks: Iterable<TextChunk>): T | undefined;
}

export interface CheckDef<S extends z.ZodType = z.ZodType, T = unknown> extends DefBase<S> {
  kind: 'static';
  /**
   * For a check that may report a finding without a file (a rule missing from every `.gitignore`): the repository
   * file its fix belongs in, where SARIF anchors such a finding when the checklist item is not in a repository file.
   */
  fixFile?: string;
  /**
   * A scoped item (`paths`, `ignore`) takes this check's run on the scoped view as it is: its findings sit where the fix
   * goes (the `.gitignore` that lacks a rule), not at what they judge, so keeping the whole repository's findings by
   * their file would judge the wrong files (see `runStatic` in src/engine/pipeline.ts).
   */
  judgesScope?: boolean;
  /**
   * Whether the check judges `file` at all: false for a file it deliberately leaves alone (a Dockerfile under `tests/` or
   * `examples/`, a compose file or manifest of a test or illustration folder). A `preflight-ignore` of this check that
   * matched no finding is reported only in a file it judges. Absent: every file.
   */
  judges?(snapshot: SnapshotView, file: string): boolean;
  /** Builds the per-file scanner for the item's options (see FileScanner). */
  scan?(options: z.output<S>): FileScanner<T>;
  /**
   * For a check with `scan`: the part of `run` that needs no scanner results, as calls of helpers memoized per view
   * (`perView`, the snapshot's own caches) that `run` makes on the whole repository whatever the files hold. The
   * engine calls it while worker threads scan, so that work is not left for after the pass, when they sit idle. It
   * only fills caches: `run` finds the same values either way.
   */
  prepare?(snapshot: SnapshotView): void;
  run(ctx: CheckContext<z.output<S>, T>): void | Promise<void>;
}

/** Defines a static check: metadata plus a pure function from a snapshot to findings. */
export function defineCheck<S extends z.ZodType, T = never>(def: Omit<CheckDef<S, T>, 'kind'>): CheckDef<S, T> {
  return { ...def, kind: 'static' };
}

export type { DefBase };
