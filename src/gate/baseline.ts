import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Report } from '../types.js';
import { ConfigError, readProblem } from '../types.js';
import { parseYamlPrecise } from '../repo/yaml.js';
import { jsonParseProblem } from '../repo/json.js';
import { readUserFile, textEncodingProblem } from '../user-file.js';
import { printablePath } from '../checks/util/text.js';
import { andList } from '../words.js';
import { issueWording, valueAt } from '../checklist/issue.js';

/**
 * Version 2 fingerprints a finding by what its check judged when the check names it (the Dockerfile stage, the image
 * repository, the compose service and port: `RawFinding.subject`, without the line numbers it may name), version 1 by
 * its line's text. A version 1 file (written before) keeps working: its entries are matched by the line form, as they
 * were written; so does a version 2 file an earlier release wrote (a subject with its line numbers, the line form of a
 * committed .env or Django's DEBUG before they had a subject: `aliases` in src/gate/gate.ts). Entries also say where
 * their finding was (`line`, `lineHash`), a tie-breaker only, and (`form`) what its line's text is reformatted, for a
 finding known by that text; earlier releases read such files and ignore all three.
 */
export const BASELINE_VERSION = 2;

const baselineSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  tool: z.literal('preflight').optional(),
  findings: z.array(z.object({ check: z.string(), file: z.string().nullable().optional(), fingerprint: z.string(), message: z.string().optional(), line: z.number().int().positive().optional(), lineHash: z.string().optional(), form: z.string().optional() })),
});

/** One entry of a baseline file: what it is about (for counting fixed entries) and, when recorded, its line then. */
export interface BaselineEntry {
  fingerprint: string;
  check: string;
  file: string | null;
  /** The line the finding was on when recorded: only a tie-breaker among findings sharing a fingerprint (never part of it). */
  line?: number;
  /** A hash of that line's text (whitespace collapsed), the other tie-breaker: the recorded line itself, unchanged, beats a copy. */
  lineHash?: string;
  /**
   * For a finding known by its line's text: its fingerprint by the line's key (`lineKey` in src/gate/gate.ts: spacing
   * around `,` `[` `=` `:` … and a trailing Python/YAML/JS comment left out), when that is another text. A finding whose
   * line is that one reformatted (`CMD ["flask","run"]`, `CORS(app)  # legacy`) is known by it. Never its identity:
   * earlier releases read such files and ignore it.
   */
  form?: string;
  /**
   * What the finding said when recorded: for an entry without a file (a repository-wide finding, no `.gitignore` at all)
   * the paths it names say which folder it is about, so a sub-folder's run counts it as fixed only when it is about that folder.
   */
  message?: string;
}

/**
 * A baseline file read: fingerprint → count (a multiset), and the version that says how they were computed. A version 1
 * file also lists its entries by check, file and message (`legacy`), for findings whose identity moved from the line's
 * text to their subject (see `Baseline` use in src/gate/gate.ts).
 */
export interface Baseline {
  version: 1 | 2;
  counts: Map<string, number>;
  /** Version 1: `check\0file\0message` → the fingerprints of the entries that say so. */
  legacy?: Map<string, string[]>;
  /** `form` → the fingerprints of the entries recorded with it (their lines reformatted keep them known). */
  forms?: Map<string, string[]>;
  /** The entries as written: which of them this run checked (its check ran over its file) decides what counts as fixed. */
  entries?: BaselineEntry[];
  /** The file as the user named it, for messages about the baseline as a whole. */
  file?: string;
}

/**
 * image-tag-pinned's digest hint as its messages now end (`` (`image:tag@sha256:…`) ``, no mention in Markdown) and as
 * earlier releases wrote it into baselines (`(@sha256:…)`): read as the same words, so a version 1 entry still knows
 * its finding.
 */
const DIGEST_HINT_NOW = /(?<=; pin a version tag or a digest )\(`image:tag@sha256:…`\)/g;
const LEGACY_DIGEST_HINT = '(@sha256:…)';

/**
 * The key under which a version 1 entry is found by what it says (`Baseline.legacy`): check, file and message, with
 * the tags and digests of image references left out (`base image python:3.11` and `python:3.11.9` after a Renovate
 * bump say the same about the stage; the subject fingerprints of version 2 leave out the whole line).
 */
export const legacyKey = (check: string, file: string | null | undefined, message: string): string =>
  `${check}\0${file ?? ''}\0${message.replace(DIGEST_HINT_NOW, LEGACY_DIGEST_HINT).replace(/(?<=[\w./-]):\w[\w.-]{0,127}(?:@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64}/g, '')}`;

/** A path-like token starting with `base/` (not the tail of a longer path): where a message names a path below the folder. */
const pathsBelow = (base: string) => new RegExp(`(?<![\\w./-])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?=[^\\s'"\`,;)])`, 'g');

/**
 * A repository-wide finding's message (one without a file: no `.gitignore` at all) as a run over the whole repository
 * words it: the paths below the scanned folder `base` named relative to that folder (`'services/web/.env'` → `'.env'`).
 * A sub-folder's run knows such a finding by this form too, so a baseline recorded at the root knows the same problem.
 */
export function folderRelativeMessage(message: string, base: string): string {
  return base ? message.replace(pathsBelow(base), '') : message;
}

/** Whether a message names a path below the folder `base` (a repository-wide finding recorded for that folder's paths). */
export function namesPathBelow(message: string, base: string): boolean {
  return !!base && pathsBelow(base).test(message);
}

/**
 * A baseline entry as a note names it: its check and where its finding was (`file:line`), else the start of its
 * fingerprint (a repository-wide or probe finding has no file).
 */
export function describeEntry(e: BaselineEntry): string {
  // As the baseline file has them (it is the repository's): control characters written as `\xNN`, as report paths are.
  const check = printablePath(e.check);
  return e.file ? `${check} at ${printablePath(e.file)}${e.line ? `:${e.line}` : ''}` : `${check} with fingerprint ${printablePath(e.fingerprint.slice(0, 8))}`;
}

/** The fixed entries a note names at most; the rest are counted. */
const FIXED_NAMED = 5;

/** The fixed entries as the "baseline entries are fixed" note lists them (`describeEntry`), the first few named. */
export function fixedEntriesList(names: readonly string[]): string {
  const shown = names.slice(0, FIXED_NAMED).join('; ');
  return names.length > FIXED_NAMED ? `${shown}; and ${names.length - FIXED_NAMED} more` : shown;
}

/** What a baseline entry's `lineHash` holds: a hash of the line's text, whitespace collapsed (as fingerprints read lines). */
export const lineHash = (text: string): string => createHash('sha256').update(`line\0${text.trim().replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16);

/**
 * A finding that says the deployment did not answer (health-endpoint's "health endpoint /healthz did not answer:
 * connection refused by …", "… redirects to …, which did not answer: timed out …"): an outage, not a finding to adopt.
 * A baseline never records one, and one an earlier release recorded is never known by it: an unreachable production
 * URL blocks the merge (DESIGN). A finding that only mentions a hop that did not answer, in passing, about another
 * problem ("redirects to http://…, leaving HTTPS for plain HTTP (which did not answer: …)") is that problem. So is the
 * finding of a failing item's part that could not run (`notRunMessage`).
 */
export function saysNoAnswer(f: { file?: string | null; message?: string }): boolean {
  return !f.file && f.message !== undefined && (NO_ANSWER.test(f.message) || saysNotRun(f));
}
const NO_ANSWER = /(?<!\(which )\bdid not answer: /;

/**
 * What the finding of a failing item's part that could not run says (`tls-version could not run: connection refused by
 * …`): an outage or a probe's error, not a finding to adopt either (`saysNoAnswer`).
 */
export const notRunMessage = (ids: readonly string[], reason: string): string => `${andList(ids)} could not run: ${reason}`;
/** Whether a finding is the part of a failing item that could not run (`notRunMessage`). */
export const saysNotRun = (f: { file?: string | null; message?: string }): boolean => !f.file && f.message !== undefined && NOT_RUN.test(f.message);
const NOT_RUN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:(?:, | and )[a-z0-9]+(?:-[a-z0-9]+)*)* could not run: /;

/**
 * A baseline: today's findings by fingerprint, so adoption can start without fixing everything. Each entry also says
 * where its finding was (`line`, and `lineHash` when `hashOf` knows the line's: `RunResult.lineHashes`): never part of its identity, only which
 * of several findings sharing a fingerprint is the one recorded (a known secret pasted again above its line). A finding
 * known by its line's text also records `form` when `formOf` knows it (`RunResult.lineForms`): that line reformatted keeps it known.
 */
export function toBaseline(report: Report, hashOf?: (file: string, line: number) => string | undefined, formOf?: (fingerprint: string, file: string, line: number) => string | undefined): string {
  const findings = report.findings
    .filter((f) => !f.note && !f.suppressed && f.fingerprint && (f.item !== null || f.check === 'parse-error') && !saysNoAnswer(f))
    .map((f) => {
      const hash = f.file && f.line ? hashOf?.(f.file, f.line) : undefined;
      const form = f.file && f.line && f.check !== 'parse-error' ? formOf?.(f.fingerprint!, f.file, f.line) : undefined;
      return { check: f.check, file: f.file, fingerprint: f.fingerprint!, message: f.message, ...(f.line ? { line: f.line } : {}), ...(hash !== undefined ? { lineHash: hash } : {}), ...(form !== undefined ? { form } : {}) };
    });
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: 'preflight', findings }, null, 2)}\n`;
}

/** Where a schema issue is in the baseline's JSON (its nearest existing ancestor when the key is missing): file:line:column. */
function issueAt(text: string, path: PropertyKey[]): { line: number; column: number } {
  const doc = parseYamlPrecise('baseline', text).docs[0];
  let p = path.filter((k): k is string | number => typeof k !== 'symbol');
  let pos = doc?.loc(p) ?? null;
  while (!pos && p.length) { p = p.slice(0, -1); pos = doc?.loc(p) ?? null; }
  return pos ?? { line: 1, column: 1 };
}

/** Reads a baseline file: its version, fingerprint → count, and (version 1) the old line-text keys. */
export function readBaseline(abs: string, shown: string): Baseline {
  let text: string;
  try { text = readUserFile(abs); } catch (e) { throw new ConfigError(`baseline ${shown} ${readProblem(e)}`, { file: shown }); }
  return parseBaseline(text, shown);
}

/** A baseline's text (read from disk, or from the base commit on pull_request_target), as {@link readBaseline} reads it. */
export function parseBaseline(text: string, shown: string): Baseline {
  // UTF-16 (PowerShell's `>` writes it), NUL bytes, Windows-1252: said as for a checklist, not as a JSON syntax error.
  const encoding = textEncodingProblem(text, 'the baseline');
  if (encoding) throw new ConfigError(encoding.message, { file: shown, line: encoding.line, column: encoding.column });
  let data: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try { data = JSON.parse(body); } catch (e) {
    // Where, also for an unexpected token (whose V8 message names no place): the reading snapshot.json does.
    const { message, ...pos } = jsonParseProblem(body, e);
    throw new ConfigError(`baseline is not valid JSON: ${message}`, { file: shown, ...pos });
  }
  // A later format (a newer release wrote it): said as such, not as a file that is no baseline (a JSON report's
  // `tool` is an object, a baseline's the string `preflight`).
  const top = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const newer = top && typeof top['tool'] !== 'object' ? top['version'] : undefined;
  if (typeof newer === 'number' && Number.isInteger(newer) && newer > BASELINE_VERSION) {
    throw new ConfigError(`baseline written by a newer Preflight (format ${newer}); this one reads format ${BASELINE_VERSION} and earlier — upgrade Preflight (a pinned action: its version) to read it, or write the baseline again with this one (\`preflight baseline --output FILE\`)`, { file: shown, ...issueAt(text, ['version']) });
  }
  const res = baselineSchema.safeParse(data);
  if (!res.success) {
    // The files people pass by mistake: the JSON report and the SARIF log hold findings too.
    const o = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    const what = o && typeof o['tool'] === 'object' && 'result' in o ? 'a Preflight JSON report, not a baseline'
      : o && typeof o['$schema'] === 'string' && /sarif/i.test(o['$schema']) || (o && Array.isArray(o['runs'])) ? 'a SARIF log, not a baseline'
      : `not a Preflight baseline (${res.error.issues[0]!.path.join('.') || 'the file'}: ${issueWording(res.error.issues[0]!, valueAt(data, res.error.issues[0]!.path), true)})`;
    throw new ConfigError(`${what}: expected the file \`preflight baseline --output FILE\` writes ({"version": ${BASELINE_VERSION}, "findings": [{"check", "fingerprint", …}]})`, { file: shown, ...(what.startsWith('not a Preflight baseline') ? issueAt(text, res.error.issues[0]!.path) : { line: 1, column: 1 }) });
  }
  // An outage an earlier release recorded (`saysNoAnswer`) is read as no entry: never known, never counted as fixed.
  const kept = res.data.findings.filter((f) => !saysNoAnswer(f));
  const counts = new Map<string, number>();
  for (const f of kept) counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
  const entries = kept.map((f): BaselineEntry => ({ fingerprint: f.fingerprint, check: f.check, file: f.file ?? null, ...(f.line ? { line: f.line } : {}), ...(f.lineHash ? { lineHash: f.lineHash } : {}), ...(f.form ? { form: f.form } : {}), ...(f.message !== undefined ? { message: f.message } : {}) }));
  const forms = new Map<string, string[]>();
  for (const e of entries) if (e.form) forms.set(e.form, [...(forms.get(e.form) ?? []), e.fingerprint]);
  if (res.data.version === 2) return { version: 2, counts, entries, forms, file: shown };
  const legacy = new Map<string, string[]>();
  for (const f of kept) {
    if (f.message === undefined) continue;
    const k = legacyKey(f.check, f.file, f.message);
    legacy.set(k, [...(legacy.get(k) ?? []), f.fingerprint]);
  }
  return { version: 1, counts, legacy, entries, forms, file: shown };
}
