import { catalogue, type RESERVED_IDS } from '../catalogue.js';
import { SEVERITIES, maxSeverity, severityRank, urlNotInMessage } from '../types.js';
import type { Finding, Location, Report, Severity } from '../types.js';
import { escHtmlMarkdown } from './markdown.js';
import { fingerprint } from '../gate/gate.js';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unquoteName } from '../repo/read.js';
import { STDIN_NAME } from '../user-file.js';
import { REPOSITORY_URL } from '../version.js';
import type { WorkflowAnchor } from './workflow-anchor.js';
// Types only (@types/sarif, SARIF 2.1.0): the compiler checks the document's shape.
import type { Log, ReportingDescriptor, Result } from 'sarif';

/**
 * GitHub reads `security-severity` as a CVSS-like score: > 9.0 critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5',
};
const LEVEL: Record<Severity, Result.level> = {
  critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note',
};
/**
 * Rules for the reserved ids of the catalogue (typed by RESERVED_IDS: the two lists cannot drift). They are about
 * Preflight's inputs, not vulnerabilities: no `security` tag and no `security-severity` (code scanning shows them by level).
 */
const RESERVED: Record<(typeof RESERVED_IDS)[number], { title: string; description: string; fix: string; doc: string }> = {
  'parse-error': {
    title: 'File could not be parsed',
    description: 'A file that a check needs could not be parsed; the checks skipped it.',
    fix: 'Fix the syntax error at the reported location.',
    // What is a parse error: the Files paragraph at the top of the catalogue.
    doc: 'docs/checks.md',
  },
  'config': {
    title: 'Preflight configuration problem',
    description: 'A problem with Preflight’s own inputs, such as a suppression naming an unknown check id.',
    fix: 'Correct the named suppression or checklist entry.',
    // Suppressions and baselines are described under the checklist.
    doc: 'README.md#the-checklist',
  },
};

/** GitHub's limit: an upload with a run of more results is rejected whole (only the 5,000 most severe are shown). */
export const SARIF_MAX_RESULTS = 25_000;
const MAX_RESULTS = SARIF_MAX_RESULTS;
/** Results each log {@link toSarif} made left out for {@link SARIF_MAX_RESULTS}. */
const leftOut = new WeakMap<Log, number>();

/**
 * How many results {@link toSarif} left out of `log` (the least severe) because code scanning takes at most
 * {@link SARIF_MAX_RESULTS} per run: a text that says where every finding is names the SARIF file only when this is 0.
 * 0 for a log it did not make.
 */
export function sarifResultsLeftOut(log: Log): number {
  return leftOut.get(log) ?? 0;
}
const INFO_URI = REPOSITORY_URL;
const ruleName = (id: string): string => id.split(/[^a-z0-9]+/i).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/**
 * toSarif's `exists` for a checkout at `root` (the CLI's repository, the action's superproject): whether a
 * repository-relative path is a regular file there. One helper, so the CLI and the action anchor alike.
 */
export function checkoutFiles(root: string): (file: string) => boolean {
  return (file) => { try { return fs.statSync(path.join(root, file)).isFile(); } catch { return false; } };
}

/**
 * The report's checklist as toSarif's `checklistFile`: the file when results can be anchored at it, else null (and a
 * finding without a file goes to its fix file, the workflow or a run notification). Null for a checklist outside the
 * repository (`--checklist ../team.yml`, an absolute path), one read from standard input (`--checklist -`, named
 * `<stdin>`: no file of the checkout), and, given the checkout's `root`, one whose path there is no regular file (a FIFO
 * it was read from as a stream). A tracked checklist a sparse checkout leaves out is still the repository's file.
 */
export function sarifChecklistFile(file: string | null | undefined, root?: string | null): string | null {
  if (!file || outsideRepository(file) || file === STDIN_NAME) return null;
  if (root) {
    try {
      const st = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
      if (st && !st.isFile()) return null;
    } catch { /* unreadable: kept, as before */ }
  }
  return file;
}

/**
 * The report as SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per catalogue check
 * (and per reserved id used: `parse-error` and `config` have no `security-severity`), `security-severity` from the highest severity the
 * checklist's items give the check or a finding of it has (else its default: stable from run to run, as code scanning rates every alert of a rule by it), `partialFingerprints` from the finding fingerprints (an item that could not be checked: by its check and id), findings without a file
 * anchored to their checklist item's line in `checklistFile`; else a check's finding to the file its
 * fix belongs in (the check's `fixFile`: `.gitignore`, when `exists` says the repository has it), and a probe's (or a check's
 * whose fix file the repository lacks) to `checklistFile`; with no checklist file in the
 * repository (the built-in preset, a checklist outside it or read from standard input: sarifChecklistFile), to `workflow`, the workflow file that runs Preflight (a
 * probe's at the line of the step's URL); with none of these they become run notifications, as code scanning needs a
 * location per result.
 * Findings suppressed in code (`preflight-ignore`) are left out, as Checkov, Trivy and hadolint leave
 * theirs: code scanning does not honour a result's `suppressions` and would open an alert for each.
 * Baseline-known findings stay (known debt is reported, not gated) with an `external` suppression.
 * Notes (`info`: an explicit
 * opt-out, an unverifiable reference) are passes, not problems: code scanning ignores a result's
 * `kind` and would open each as an alert at its rule's `security-severity`, so they stay out (the
 * JSON, text and Markdown reports list them). Identical fingerprints (the same check on two
 * identical lines of a file) get an occurrence suffix, as upload-sarif does for its own, so code
 * scanning keeps them apart. No `automationDetails`: upload-sarif fills it only when absent, from
 * its `category` input or the job and matrix — a fixed id would override both.
 * One invocation, `executionSuccessful: true` (a run that could not complete, a configuration error, writes no
 * SARIF), whose `toolExecutionNotifications` also list the items that could not be checked (an unreachable URL).
 *
 * `checklistFile` and the URIs are relative to the repository (code scanning resolves URIs against the checkout);
 * `pathPrefix` is where the report's own paths are in it (the action in a submodule: `vendor/lib`); `root`, the
 * repository's folder, is `%SRCROOT%` in `originalUriBaseIds` (for viewers; code scanning ignores it). `exists`: whether a
 * repository-relative path is a file of the checkout (the caller's IO), so an anchor never names a file that is not there.
 */
export function toSarif(report: Report, opts: { checklistFile: string | null; workflow?: WorkflowAnchor | null; pathPrefix?: string; root?: string | null; inheritedAt?: Readonly<Record<string, Location>>; exists?: (file: string) => boolean }): Log {
  const prefix = opts.pathPrefix ? opts.pathPrefix.replace(/\/+$/, '') : '';
  const inRepo = (file: string): string => (prefix ? path.posix.normalize(`${prefix}/${file}`) : file);
  // A checklist outside the repository (`--checklist ../team.yml`, an absolute path) has no
  // repository-relative location to anchor results at, nor has standard input (`<stdin>`): see sarifChecklistFile.
  if (opts.checklistFile !== null && sarifChecklistFile(opts.checklistFile) === null) opts = { ...opts, checklistFile: null };
  // No checklist file in the repository: the workflow file (not under `pathPrefix`: it is the repository's own path).
  const workflow = opts.checklistFile === null && opts.workflow && !outsideRepository(opts.workflow.file) ? opts.workflow : null;
  if (prefix) report = { ...report, findings: report.findings.map((f) => (f.file ? { ...f, file: inRepo(f.file) } : f)) };
  const defs = [...catalogue().values()].sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set(defs.map((d) => d.id));
  const extra = [...new Set(report.findings.map((f) => f.check))].filter((id) => !ids.has(id)).sort();
  const bySeverity = new Map<string, Severity[]>();
  // The severity each item gives its checks counts whether or not it found anything this run: a rule's rating (which
  // code scanning shows every alert of the rule at) stays put from run to run instead of following the findings.
  for (const item of report.items) {
    for (const id of item.check === null ? [] : Array.isArray(item.check) ? item.check : [item.check]) {
      const list = bySeverity.get(id);
      if (list) list.push(item.severity); else bySeverity.set(id, [item.severity]);
    }
  }
  for (const f of report.findings) {
    if (f.suppressed || f.note) continue;
    const list = bySeverity.get(f.check);
    if (list) list.push(f.severity); else bySeverity.set(f.check, [f.severity]);
  }
  const sev = (id: string, fallback: Severity): Severity => maxSeverity(bySeverity.get(id) ?? [], fallback);

  const rules: ReportingDescriptor[] = [
    ...defs.map((d): ReportingDescriptor => {
      const s = sev(d.id, d.severity);
      const help = [d.docs.why, `Fix: ${d.docs.fix}`].join('\n\n');
      return {
        id: d.id,
        name: ruleName(d.id),
        shortDescription: { text: d.title },
        fullDescription: { text: d.description || d.title },
        // `markdown`: `&`, `<`, `>` escaped outside code spans (`https://<same host>` would be a tag GitHub drops).
        help: { text: help, markdown: escHtmlMarkdown([help, d.docs.details ?? ''].filter(Boolean).join('\n\n')) },
        helpUri: `${INFO_URI}/blob/main/docs/checks.md#${d.id}`,
        defaultConfiguration: { level: LEVEL[s] },
        properties: { tags: ['security', 'production-readiness', d.kind], precision: 'high', 'security-severity': SECURITY_SEVERITY[s] },
      };
    }),
    ...extra.map((id): ReportingDescriptor => {
      const r = RESERVED[id as (typeof RESERVED_IDS)[number]] ?? { title: id, description: `Findings of '${id}'.`, fix: 'See the message.' };
      const s = sev(id, 'low');
      return {
        id,
        name: ruleName(id),
        shortDescription: { text: r.title },
        fullDescription: { text: r.description },
        help: { text: `${r.description}\n\nFix: ${r.fix}`, markdown: escHtmlMarkdown(`${r.description}\n\nFix: ${r.fix}`) },
        helpUri: 'doc' in r ? `${INFO_URI}/blob/main/${r.doc}` : INFO_URI,
        defaultConfiguration: { level: LEVEL[s] },
        properties: { tags: ['production-readiness'], precision: 'high' },
      };
    }),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // An item's line counts only in the file the probe findings are anchored to; a preset's item (`extends: [recommended]`)
  // has the line of the `extends` entry that brought it in there.
  const lineIn = (at: Location | undefined) => (at && inRepo(at.file) === opts.checklistFile ? at.line : null);
  const itemLine = new Map(report.items.map((i) => [i.id, lineIn(i.source) ?? lineIn(opts.inheritedAt?.[i.id])]));

  // An item that could not run counts against the gate at its severity (an unreachable URL blocks the merge):
  // code scanning shows it as a result of its check, anchored like a probe finding, so SARIF says what blocks.
  const errors: Finding[] = report.items.filter((i) => i.status === 'error').map((i) => ({
    check: (Array.isArray(i.check) ? i.check[0] : i.check) ?? i.id,
    item: i.id,
    severity: i.severity,
    message: `'${i.title}' could not be checked: ${i.reason ?? 'the check or probe did not run'}`,
    file: null, line: null, column: null, url: null,
    // By what could not be checked, not why (refused today, a timeout tomorrow) nor where: one alert while it lasts.
    fingerprint: fingerprint((Array.isArray(i.check) ? i.check[0] : i.check) ?? i.id, null, `\0error\0${i.id}`),
  }));
  // A finding without a file whose item is not in a repository checklist: at the file its fix belongs in, when the check names one.
  // Only a file the repository has: no `.gitignore` at all (the finding's very cause) falls through to the next anchor, as code
  // scanning would show an alert at a file the checkout does not hold.
  const fixFile = (f: Finding) => {
    const d = catalogue().get(f.check);
    const file = d?.kind === 'static' && d.fixFile ? inRepo(d.fixFile) : null;
    return file !== null && (!opts.exists || opts.exists(file)) ? file : null;
  };
  const anchor = (f: Finding) => (f.file || (f.item && itemLine.get(f.item) != null) ? opts.checklistFile : fixFile(f) ?? opts.checklistFile ?? workflow?.file ?? null);
  // The line of a finding without a file: its item's in the checklist file, a probe's at the step's URL in the workflow file, else 1.
  const anchorLine = (f: Finding, file: string | null) => (f.item ? itemLine.get(f.item) : null)
    ?? (workflow && file === workflow.file && catalogue().get(f.check)?.kind === 'probe' ? workflow.line : null) ?? 1;
  const all = [...report.findings.filter((f) => !f.note && !f.suppressed), ...errors].map((f) => { const file = anchor(f); return result(f, index.get(f.check) ?? 0, file, anchorLine(f, file)); });
  const errorResults = new Set(all.slice(all.length - errors.length));
  // `preflight/v1` is check + file + the finding's subject or line content: identical lines (two compose services with
  // the same image line, two Deployments of one file), or one subject reported twice (one untagged image in two stages), would be one alert. The n-th repeat gets `:n` (stable in file order).
  const seen = new Map<string, number>();
  for (const r of all) {
    const fp = r.partialFingerprints?.['preflight/v1'];
    if (!fp) continue;
    const key = `${r.ruleId}\0${fp}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) r.partialFingerprints!['preflight/v1'] = `${fp}:${n}`;
  }
  // Code scanning rejects a result without a location: with no file to anchor to (a preset
  // checklist), such findings become notifications of the run instead.
  let results = all.filter((r) => r.locations?.length);
  // Code scanning rejects a whole upload whose run has more than 25,000 results: keep the most severe
  // (open before baseline-known, in report order) and say how many are left out.
  const dropped = Math.max(0, results.length - MAX_RESULTS);
  if (dropped) {
    const rank = (r: Result) => (r.suppressions ? SEVERITIES.length : 0) + severityRank((r.properties as { severity: Severity }).severity);
    const keep = new Set(results.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).slice(0, MAX_RESULTS).map(({ r }) => r));
    results = results.filter((r) => keep.has(r));
  }
  const notifications = [
    // Unplaced findings, and the items that could not be checked (also results when placed: they count against the gate).
    ...all.filter((r) => !r.locations?.length || errorResults.has(r)).map((r) => ({
      // The rule the notification is about: `descriptor` would name a notification descriptor (SARIF §3.58.4–5).
      level: r.level, message: r.message, associatedRule: { id: r.ruleId!, index: r.ruleIndex! },
    })),
    ...(dropped ? [{ level: 'warning' as const, message: { text: `${dropped} less severe results are left out: code scanning rejects a run with more than ${MAX_RESULTS.toLocaleString('en-US')} results. The JSON report lists every finding.` } }] : []),
  ];
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Preflight', semanticVersion: report.tool.version, version: report.tool.version, informationUri: INFO_URI, rules } },
      ...(opts.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(opts.root), description: { text: 'The repository\'s folder: result URIs are relative to it.' } } } } : {}),
      columnKind: 'utf16CodeUnits',
      invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
      results,
    }],
  };
  leftOut.set(log, dropped);
  return log;
}

/** A path that is not inside the repository (absolute, or starting with `..`): no SARIF location can name it. */
export function outsideRepository(file: string): boolean {
  return /^(?:\/|[A-Za-z]:[\\/]|\.\.(?:\/|\\|$))/.test(file);
}

/** A folder as a `file:` URI with a trailing slash, as SARIF wants a base URI (§3.14.14). */
function rootUri(root: string): string {
  const href = pathToFileURL(path.resolve(root)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `anchorFile`: where a finding without a file is placed, at `anchorLine` (its item's line when it is the checklist file). */
function result(f: Finding, ruleIndex: number, anchorFile: string | null, anchorLine: number): Result {
  const file = f.file ?? anchorFile;
  const line = f.file ? f.line : anchorLine;
  const region: Record<string, number> = { startLine: Math.max(1, line ?? 1) };
  if (f.file && f.column && f.column >= 1) region.startColumn = f.column;
  if (f.file && f.endLine && f.endLine > region.startLine!) region.endLine = f.endLine;
  const url = urlNotInMessage(f);
  const text = url ? `${f.message} (${url})` : f.message;
  const out: Result = {
    ruleId: f.check,
    ruleIndex,
    level: f.note ? 'note' : LEVEL[f.severity],
    message: { text },
    // A URI reference: each path segment percent-encoded (`p q`, `C#`, `100%`, `what?` are file names, not URI syntax).
    // Paths are POSIX already (the snapshot's and the checklist's): a backslash is a character of a name (`%5C`).
    locations: file ? [{ physicalLocation: { artifactLocation: { uri: uriPath(file), uriBaseId: '%SRCROOT%' }, region } }] : [],
    properties: { severity: f.severity, ...(f.item ? { item: f.item } : {}) },
  };
  if (f.fingerprint) out.partialFingerprints = { 'preflight/v1': f.fingerprint };
  if (f.baseline) out.suppressions = [{ kind: 'external', justification: 'known finding recorded in the baseline' }];
  return out;
}

/**
 * A repository path as a URI reference, each segment percent-encoded; a name that is not UTF-8 (shown as git quotes it:
 * `caf\351.env`) by its bytes (`caf%E9.env`), so the URI names the file on disk.
 */
function uriPath(file: string): string {
  const rel = file.replace(/^\.?\//, '');
  const bytes = unquoteName(rel);
  if (bytes === null) return rel.split('/').map(encodeURIComponent).join('/');
  let out = '';
  for (const b of bytes) out += b === 0x2f || (b < 0x80 && /[\w.!~*'()-]/.test(String.fromCharCode(b))) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

