import fs from 'node:fs';
import path from 'node:path';
import { listFiles, MAX_WALK, notScannedWarnings, symlinkOutOfRepository, trackedFiles } from './repo/files.js';
import { safeRealpath } from './repo/read.js';
import { runOnEngineThread, wantsEngineThread } from './engine/engine-thread.js';
import { ConfigError, silentLogger, type FailOn, type Location, type Logger, type Report, type SeveritySetting } from './types.js';
import type { NearMiss } from './gate/attest.js';
import type { ReviewNotCounted } from './gate/attesters.js';
import { andList } from './words.js';

export interface RunOptions {
  /** Directory to scan (absolute, or relative to cwd). */
  dir: string;
  /** Base for relative `checklist`, `baseline` and `ca` paths (default: process.cwd()). */
  cwd?: string;
  /** Explicit checklist path (relative to cwd). */
  checklist?: string;
  /**
   * Checklist content read elsewhere (the base commit on pull_request_target); `file` is
   * repo-relative. `null`: there is none there — use the `recommended` preset, never discover one.
   */
  checklistSource?: { file: string; text: string } | null;
  /** With `checklist: '-'`: the checklist's text, read by the caller from standard input (shown as STDIN_NAME). */
  checklistText?: string;
  failOn?: FailOn;
  /** Severity overrides by check id or item id. */
  severity?: Record<string, SeveritySetting>;
  /** Where `severity` came from, as errors name it (default `--severity`; the action: its input). */
  severityFrom?: string;
  /** false: no probes even with a URL. */
  probes?: boolean;
  url?: string;
  /** Where `url` came from, as messages name it (default `--url`; the action: its input, or the deployment's environment_url). */
  urlFrom?: string;
  httpUrl?: string;
  headers?: Record<string, string>;
  /** Seconds per request. */
  timeout?: number;
  /** Seconds to wait for health before probing. */
  wait?: number;
  /** Extra trusted CA (PEM file path, relative to cwd). */
  ca?: string;
  allowSelfSigned?: boolean;
  /** Baseline file path (relative to cwd). */
  baseline?: string;
  /** `preflight baseline`: the checklist's `baseline:` is what is being recorded, so it is neither read nor required to exist. */
  recordingBaseline?: boolean;
  /**
   * Reads a repository file from elsewhere than the working tree — the base commit on
   * pull_request_target — for the baseline (`baseline` or the checklist's own) and the CA file
   * (`ca` inside the repository, or `probes.ca`): null when it is not there. Without it they are read from the working tree.
   */
  readBase?: (file: string, what?: string) => Promise<string | null>;
  /**
   * Why `readBase` reads the base commit, as a not-found error says it for a file of role `what` (default: `on
   * pull_request_target the baseline is read from the base branch`).
   */
  readBaseWhy?: (what: string) => string;
  /**
   * PR description and author: ticked boxes attest manual items. `before`: the description before an edit by someone
   * who may not sign off (the action's `attesters`): only the ticks it had too attest, the ones the edit added do not.
   */
  attestation?: { body: string; by: string; before?: string } | null;
  /**
   * Bodies of reviews approving the pull request, each with its reviewer, latest first (the action's `attesters`): their
   * ticks attest manual items as the description's do, signed by the reviewer; the description's tick signs first.
   */
  reviewAttestations?: readonly { body: string; by: string }[];
  /**
   * Reviews whose ticks sign nothing off, latest first, each with why (the action's `attesters`: a comment review, a
   * reviewer who is no attester…): one that ticks a pending item is said (a notice, and `reviewNotices`).
   */
  reviewsNotCounted?: readonly ReviewNotCounted[];
  /** Pending manual items count against the gate (default true; the action sets false outside PRs). */
  gatesManual?: boolean;
  event?: string;
  pullRequest?: number | null;
  /** Environment for `${PREFLIGHT_*}` substitution (default: process.env). */
  env?: Record<string, string | undefined>;
  now?: Date;
  logger?: Logger;
}

export interface RunResult {
  report: Report;
  root: string;
  /** Values to mask in logs (probe header values, substituted variables). */
  masks: string[];
  /** The baseline file the checklist's `baseline:` named, as read (repository-relative). */
  baselineFile?: string;
  /**
   * `recordingBaseline`: the `lineHash` of each located finding's line (`FILE\0LINE` → hash), read from the scan's
   * snapshot as fingerprints are, for the baseline's entries. Hashes only: no line text leaves the run.
   */
  lineHashes?: Record<string, string>;
  /**
   * `recordingBaseline`: for a located finding known by its line's text, its fingerprint by the line's key
   * (`lineFormPrint`: `FINGERPRINT\0FILE\0LINE` → fingerprint), when that is another text: the entry's `form`.
   */
  lineForms?: Record<string, string>;
  /**
   * Ticks of the pull request description that sign nothing off but nearly name a pending item (each also logged as
   * a warning): the action shows them next to the pending items in its summaries.
   */
  signoffHints?: NearMiss[];
  /** Reviews that tick pending items and sign nothing off, as the notices say it (see RunOptions.reviewsNotCounted), a few at most. */
  reviewNotices?: string[];
  /**
   * The baseline entries counted as fixed (`report.baselineFixed` of them), as the note names them: check and
   * `file:line`, else the start of the fingerprint (`describeEntry`). Not in the JSON report.
   */
  baselineFixed?: string[];
  /**
   * The items a preset brought in (`extends`), by id: the line of the checklist file's `extends` entry that names the
   * preset, where SARIF anchors their results without a file (a probe's). Not in the JSON report.
   */
  inheritedAt?: Record<string, Location>;
  /**
   * The probes ran and nothing at the target's origin answered (refused, reset, timed out, DNS, TLS handshake): why.
   * `preflight baseline` records nothing then (a baseline taken during an outage would hide it).
   */
  unanswered?: string;
  /**
   * Warnings about tracked files of the scanned folder that were not scanned (left out by a sparse checkout, in a
   * submodule not checked out), as logged: the action's summaries repeat them. Not in the JSON report.
   */
  notScanned?: string[];
}

/** Where the checklist is looked for when none is named (relative to the scanned directory). */
export const DISCOVERY = ['.github/preflight.yml', '.github/preflight.yaml', 'preflight.yml', 'PRODUCTION_CHECKLIST.md', 'docs/PRODUCTION_CHECKLIST.md'];

/**
 * The checklist at the repository `root` (the first of DISCOVERY there) when the scanned folder `dir` is a sub-folder of
 * it, so discovery (in the scanned folder only) did not see it: a run that fell back to the preset says it was not used.
 * Null when `dir` is the root, or the root has none either.
 */
export function rootChecklistUnused(dir: string, root: string): string | null {
  if (safeRealpath(dir) === safeRealpath(root)) return null;
  return DISCOVERY.find((p) => fs.statSync(path.join(root, p), { throwIfNoEntry: false })?.isFile()) ?? null;
}

/** Folders of the scanned folder where a checklist named otherwise than DISCOVERY has it is looked for (see checklistsNotDiscovered). */
const NEAR_MISS_FOLDERS = ['', '.github', 'docs', 'doc'];
/** The words a file name uses for a production or launch checklist (`production`, `launch`, `go-live`, `preflight`…). */
const CHECKLIST_WORD = '(?:production|prod|launch|deploy(?:ment)?|release|go-?live|production-?readiness|readiness|pre-?flight)';
/**
 * A file name that looks like the team's checklist, written otherwise than DISCOVERY has it: DISCOVERY's stems
 * (`preflight`, `PRODUCTION_CHECKLIST`) and other words for such a checklist (`launch-checklist`, `deploy_checklist`,
 * `go-live-checklist`, `preflight-checklist`), in any case, with any separator or none, with or without a leading dot
 * (dot-file configuration, as `.hadolint.yaml`: `.preflight.yml`), in either format and with either extension
 * (`.md`/`.markdown`, `.yml`/`.yaml`). Whether it is one is then read from its text (looksLikeChecklist).
 */
const NEAR_MISS = new RegExp(`^\\.?(?:${CHECKLIST_WORD}[-_ .]?check-?list|pre-?flight)\\.(?:md|markdown|ya?ml)$`, 'i');
/**
 * A YAML checklist's own top-level keys (`items:`, `extends:`), also quoted (`"items":`), as a complex key (`? items`) or in
 * a flow mapping or JSON (`{"version": 1, "items": [...]}`): another tool's `preflight.yaml` (a Kubernetes `kind: Preflight`
 * spec) has neither.
 */
const YAML_CHECKLIST_KEY = /^(?:["']?(?:items|extends)["']?[ \t]*:|\?[ \t]+["']?(?:items|extends)["']?[ \t]*$)|^[ \t]*\{[^]*?["']?\b(?:items|extends)\b["']?[ \t]*:/m;
/** A Markdown task-list item (`- [ ] …`, `* [x] …`, `1. [ ] …`): what a Markdown checklist is read from. */
const MARKDOWN_TASK = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t]/m;

/**
 * The format of checklist text that has no file name to tell it by (standard input, a FIFO): YAML when it has a YAML
 * checklist's top-level keys, else Markdown when it holds a task list, else YAML (whose errors then say what is wrong).
 */
export function checklistFormatOf(text: string): 'yaml' | 'markdown' {
  const t = text.replace(/^\uFEFF/, '');
  return !YAML_CHECKLIST_KEY.test(t) && !/^["']?version["']?[ \t]*:/m.test(t) && MARKDOWN_TASK.test(t) ? 'markdown' : 'yaml';
}

/** How much of a look-alike is read to tell whether it is a checklist. */
const NEAR_MISS_HEAD = 64 * 1024;

/**
 * Whether the file `abs`, named like a checklist, reads as one in its format: a YAML file with a checklist's top-level
 * keys, a Markdown file with a task list (its first NEAR_MISS_HEAD bytes). A symlink is taken by its name (its target is
 * not read: it may leave the repository).
 */
function looksLikeChecklist(abs: string): boolean {
  const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
  let fd: number;
  try { fd = fs.openSync(abs, O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0)); } catch (e) { return (e as NodeJS.ErrnoException).code === 'ELOOP'; }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return false;
    const buf = Buffer.alloc(Math.min(st.size, NEAR_MISS_HEAD));
    // NULs out: a UTF-16 file's ASCII reads as text (the loader then says to save it as UTF-8).
    const text = buf.toString('utf8', 0, fs.readSync(fd, buf, 0, buf.length, 0)).replace(/\0/g, '').replace(/^\uFEFF/, '');
    return (/\.ya?ml$/i.test(abs) ? YAML_CHECKLIST_KEY : MARKDOWN_TASK).test(text);
  } catch { return false; } finally { fs.closeSync(fd); }
}

/**
 * The files of the scanned folder `dir` (at its top, in `.github/`, `docs/` or `doc/`) that look like the team's checklist
 * but are none of DISCOVERY's names (`.github/PRODUCTION_CHECKLIST.md`, `production_checklist.md`,
 * `docs/production-checklist.md`, `.preflight.yml`, `.github/preflight-checklist.yml`), so discovery left them unused: a
 * run that fell back to the preset says so, naming them. Paths relative to `dir`, at most 3.
 */
export function checklistsNotDiscovered(dir: string): string[] {
  const out: string[] = [];
  for (const folder of NEAR_MISS_FOLDERS) {
    let names: string[];
    try { names = fs.readdirSync(path.join(dir, folder)).sort(); } catch { continue; }
    for (const name of names) {
      const rel = folder ? `${folder}/${name}` : name;
      if (!NEAR_MISS.test(name) || DISCOVERY.includes(rel) || !fs.statSync(path.join(dir, rel), { throwIfNoEntry: false })?.isFile() || !looksLikeChecklist(path.join(dir, rel))) continue;
      out.push(rel);
      if (out.length === 3) return out;
    }
  }
  return out;
}

/**
 * The start of the notice the CLI and the action give about files checklistsNotDiscovered found: "`a.md` and `b.md` at the
 * repository root look like a checklist but are not read there: to use one" (`where`: after the names, with its space;
 * `there`: not read in that folder at all, else not read under those names). Each caller says how to use it next.
 */
export function lookalikeNotice(names: readonly string[], where: string, there = false): string {
  const one = names.length === 1;
  return `${andList(names)}${where} ${one ? 'looks' : 'look'} like a checklist but ${one ? 'is' : 'are'} not read ${there ? 'there' : `under ${one ? 'that name' : 'those names'}`}: to use ${one ? 'it' : 'one'}`;
}

/**
 * Runs the whole pipeline: checklist → plan → snapshot → checks and probes → gate → report.
 * Lists the files first: a large scan continues on an engine thread (src/engine/engine-thread.ts).
 * This module stays light so deciding that loads none of the checks.
 */
export async function run(opts: RunOptions): Promise<RunResult> {
  const cwd = opts.cwd ?? process.cwd();
  const logger = opts.logger ?? silentLogger;
  const env = opts.env ?? process.env;
  const dir = path.resolve(cwd, opts.dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigError(`${opts.dir} is not a directory (--dir, or the working-directory input)`);
  // A folder reached through a symlink that leaves its repository (a pull request can turn a service
  // folder into one) would be scanned as if it were the repository: refused, as `../elsewhere` is.
  // The check follows the path as named: from the shell's logical PWD when it is the cwd (`cd` into such
  // a link leaves process.cwd() already resolved).
  const pwd = env.PWD;
  const logical = pwd && path.isAbsolute(pwd) && !path.isAbsolute(opts.dir) && safeRealpath(pwd) === safeRealpath(cwd) ? pwd : cwd;
  const escape = await symlinkOutOfRepository(path.resolve(logical, opts.dir));
  if (escape) {
    throw new ConfigError(`${opts.dir} goes through the symlink ${escape.link}, which points outside the repository ${escape.repository} (to ${escape.target}): expected a folder of the repository (--dir, or the working-directory input). To scan that folder on purpose, name it by its real path.`);
  }

  const listing = await listFiles(dir);
  // Every file git tracks in the repository, asked of git once (the listing already is that list at the repository root).
  let tracked: Promise<string[] | null> | undefined;
  const allTracked = () => (tracked ??= listing.base ? trackedFiles(listing.root) : Promise.resolve(listing.files));
  // A tracked symlink to a file git does not track (`config/secrets.env -> ../.secrets/prod.env`, ignored): its content
  // is not in the repository (a checkout has no such file), so it is not judged as committed content.
  // (When git cannot list them now, every link is read as before rather than all of them being left out.)
  const known = listing.git && listing.links?.length ? await allTracked() : null;
  if (known && listing.links?.length) {
    const { linkedOutside, linkTarget } = await import('./repo/reach.js');
    const all = new Set(known);
    const realRoot = safeRealpath(listing.root);
    // A link checked out as a plain file (core.symlinks=false) by where its text leads, by the same rule. A link out of
    // the repository or into `.git` (no target here) stays: the reader refuses it and says why, whichever the checkout.
    const targets: Record<string, string> = {};
    const untracked = new Set(listing.links.filter((link) => {
      const target = linkTarget(listing, link, realRoot);
      const out = target !== null && !all.has(target) && fs.statSync(path.join(listing.root, target), { throwIfNoEntry: false })?.isFile() === true;
      if (out) targets[link] = target;
      return out;
    }));
    if (untracked.size) {
      // Still named (env-file-committed says what git holds of a tracked env file that is such a link: only the path).
      listing.untrackedLinks = targets;
      logger.debug(`not read: ${[...untracked].join(', ')} (symlinks to files git does not track)`);
      listing.files = listing.files.filter((f) => !untracked.has(f));
      listing.links = listing.links.filter((f) => !untracked.has(f));
    }
    // A sub-folder's links to tracked files outside it (`services/api/Dockerfile -> ../../docker/Dockerfile`): those files
    // are read too, so what a link gives is reported at the file it points to, as a run at the root reports it.
    const linked = linkedOutside(listing, all);
    if (linked.length) {
      logger.debug(`symlinks: ${linked.length} files outside ${opts.dir} that its tracked symlinks point to (${linked.slice(0, 5).join(', ')}${linked.length > 5 ? ', …' : ''})`);
      listing.files = [...listing.files, ...linked];
    }
  }
  // A sub-folder's kustomize overlays build on bases outside it: those are read too (`kustomize build` does).
  if (listing.git && listing.base) {
    const { kustomizeReach, MAX_KUSTOMIZATIONS } = await import('./repo/reach.js');
    const reached = await kustomizeReach(listing, allTracked);
    if (reached.truncated) logger.warn(`${opts.dir}: more than ${MAX_KUSTOMIZATIONS.toLocaleString('en')} kustomizations on the way to its bases; the rest were not followed (their manifests are not checked)`);
    if (reached.files.length) {
      logger.debug(`kustomize: ${reached.files.length} files outside ${opts.dir} that its kustomizations build on`);
      listing.files = [...listing.files, ...reached.files];
    }
  }
  if (listing.quoted?.length) {
    const shown = listing.quoted.slice(0, 5).join(', ') + (listing.quoted.length > 5 ? ` and ${listing.quoted.length - 5} more` : '');
    logger.warn(`${listing.quoted.length === 1 ? 'a file name is' : `${listing.quoted.length} file names are`} not UTF-8 (${shown}): checked, and named here as git quotes ${listing.quoted.length === 1 ? 'it' : 'them'} (\\ and three octal digits for each byte that is not UTF-8); rename ${listing.quoted.length === 1 ? 'it' : 'them'} to UTF-8${listing.git ? ' (git mv)' : ''}, as other tools and GitHub show such names garbled`);
  }
  // Tracked files nothing reads (a sparse checkout, a submodule not checked out): said here and in the action's summaries.
  const notScanned = notScannedWarnings(listing);
  for (const w of notScanned) logger.warn(w);
  for (const name of listing.quoteClashes ?? []) logger.warn(`${name}: two tracked files have this name as shown here (one of them not UTF-8, quoted as git quotes it): only one of them is checked; rename the one that is not UTF-8 (git mv)`);
  if (listing.truncated) logger.warn(`${opts.dir} is not a git repository and holds more than ${MAX_WALK.toLocaleString('en')} files: only the first ${MAX_WALK.toLocaleString('en')} are checked`);
  let result: RunResult;
  // The engine thread is handed data only: a reader of the base commit (`readBase`, a function of the caller's: on
  // pull_request_target, or GITHUB_SHA's on an event that runs from it) cannot cross to it, so such a run stays on this
  // thread (its scan workers still run), rather than fail to start the thread (QA50: a DataCloneError on 4,000 files).
  if (!opts.readBase && wantsEngineThread(listing.files.length, env)) {
    logger.debug(`engine thread: ${listing.files.length} files`);
    result = await runOnEngineThread(opts, listing, logger);
  } else {
    result = await (await import('./engine/pipeline.js')).runListed(opts, listing);
  }
  return notScanned.length ? { ...result, notScanned } : result;
}
