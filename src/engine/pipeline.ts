import { isUtf8 } from 'node:buffer';
import { execFile, spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { indexBlob, type FileList } from '../repo/files.js';
import { gitEnv } from '../repo/git-env.js';
import { NOTED_SKIPS, Snapshot, type SnapshotView } from '../repo/snapshot.js';
import { dirname, isComposeFile, isDockerfile, isTemplate } from '../repo/classify.js';
import { isIllustrationDockerfile } from '../checks/util/groups.js';
import { startScan, threadCount, type ScanJob, type WorkerPool } from './scan.js';
import { CHECKS } from '../checks/index.js';
import { getDef } from '../catalogue.js';
import { assertChecklistText, parseYamlChecklist, loadPreset, presetHint, resolveExtends } from '../checklist/load.js';
import { globOutside, locatedGlobs, unmatchedGlobs } from '../checklist/scope.js';
import type { Checklist } from '../checklist/types.js';
import { failureSeverity, globMatcher, plan, type PlannedItem } from '../gate/plan.js';
import { gate, lineFormPrint, type Attested, type ItemOutcome } from '../gate/gate.js';
import { executeCheck, type Outcome } from './execute.js';
import { crLineBreaks, entryExists, MAX_FILE_BYTES, TOO_LARGE_SKIP, GIT_DIR_SKIP, GIT_FOLDER_NAMED, inGitFolder, isWithin, quoteName, safeRealpath, SCAN_LIMIT_SKIPS, textLinkTarget, unquoteName } from '../repo/read.js';
import { runProbes, splitUserinfo, type ProbeConfig, type ProbeTask } from '../probes/run.js';
import type { CheckDef, RawFinding } from '../checks/define.js';
import { describeEntry, fixedEntriesList, lineHash, parseBaseline, readBaseline, type Baseline } from '../gate/baseline.js';
import { printablePath } from '../checks/util/text.js';
import { VERSION } from '../version.js';
import { checklistFormatOf, DISCOVERY, type RunOptions, type RunResult } from '../run.js';
import { isHostHeader, masksUrlValue, masksValue, namedSecrets, redactingLogger, redactReport, redactText, urlSecretParts } from '../report/redact.js';
import { headerNameProblem, headerValueProblem, httpUrlReason, plainUrlReason, setHeader, unsubstitutedProblem } from '../settings.js';
import { pemBlocks } from '../probes/util.js';
import { ConfigError, readProblem, SEVERITIES, severityRank, silentLogger, type FailOn, type Finding, type Logger, type Report } from '../types.js';
import { readUserFile, readUserInput, STDIN_NAME } from '../user-file.js';

/** Most near-miss hints of approving reviews' ticks in one run (the description's have their own bound). */
const MAX_REVIEW_HINTS = 5;
/** Most reviews said to tick pending items and sign nothing off in one run (one notice each), then one line for the rest. */
const MAX_REVIEW_NOTICES = 3;

/** Checklist warnings printed one by one at most (the rest are counted in one more warning). */
export const WARNINGS_PRINTED = 100;

/**
 * The pipeline after listing: checklist → plan → snapshot → checks and probes → gate → report.
 * Called by `run()` (src/run.ts), on the calling thread or on an engine thread.
 */
export async function runListed(opts: RunOptions, listing: FileList, pool: WorkerPool | null = null): Promise<RunResult> {
  const cwd = opts.cwd ?? process.cwd();
  const logger = opts.logger ?? silentLogger;
  const env = opts.env ?? process.env;
  const now = opts.now ?? new Date();
  const dir = path.resolve(cwd, opts.dir);
  const snapshot = new Snapshot(listing.root, listing.files, listing.base, listing.git, listing.textLinks, { untracked: listing.untrackedIgnoreAndEnv, links: listing.links, untrackedLinks: listing.untrackedLinks });
  const rel = (abs: string) => {
    const r = path.relative(listing.root, abs);
    return r.startsWith('..') || path.isAbsolute(r) ? abs : r.split(path.sep).join('/');
  };

  // Checklist: explicit path (relative to cwd), content given by the caller, discovery (relative to dir), preset.
  let checklist: Checklist;
  let checklistAbs: string | null = null;
  // Whether a path the checklist names (relative to it) leaves the repository: the parser says so with its other mistakes.
  const outside = (value: string) => outsideRepository(value, checklistAbs, snapshot);
  const parseChecklist = (file: string, text: string, stream = false) => parseChecklistText(file, text, outside, stream);
  if (opts.checklistSource === null) {
    checklist = loadPreset('recommended');
  } else if (opts.checklistSource) {
    checklistAbs = path.join(listing.root, opts.checklistSource.file);
    checklist = await parseChecklist(opts.checklistSource.file, opts.checklistSource.text);
  } else if (opts.checklist === '-') {
    // Read from standard input by the caller (`--checklist -`): named `<stdin>` in messages, its paths relative to the
    // current directory, its format told from its text.
    if (opts.checklistText === undefined) throw new ConfigError(`checklist ${STDIN_NAME} could not be read: nothing was passed in`, { file: STDIN_NAME });
    checklistAbs = path.resolve(cwd, STDIN_NAME);
    checklist = await parseChecklist(STDIN_NAME, opts.checklistText, true);
  } else if (opts.checklist) {
    const abs = path.resolve(cwd, opts.checklist);
    // A path in the repository is repository content (a pull request can make it a link): refused when it resolves out of
    // the repository or into a .git folder, as a discovered checklist is. A path outside the repository is the user's choice.
    const leaves = leavingRepository(abs, listing.root, snapshot.reader.realRoot);
    if (leaves) throw new ConfigError(`checklist ${opts.checklist} cannot be read: ${leaves}`, { file: opts.checklist });
    let text: string;
    let stream: boolean;
    try { ({ text, stream } = readUserInput(abs)); } catch (e) {
      const problem = readProblem(e, 'a YAML or Markdown checklist file');
      throw new ConfigError(`checklist ${opts.checklist} ${problem}${problem === 'not found' ? presetHint(opts.checklist) : ''}`, { file: opts.checklist });
    }
    checklistAbs = abs;
    checklist = await parseChecklist(rel(abs), text, stream);
  } else {
    // Any entry counts (a symlink whose target is missing too): what is there is read, or refused with the reason.
    // A tracked one a sparse checkout leaves out of the working tree is still the team's checklist: read from git.
    const omitted = new Set(listing.sparseOmitted ?? []);
    const found = DISCOVERY.map((p) => path.join(dir, p)).find((abs) => entryExists(abs) || omitted.has(rel(abs)));
    if (found && !entryExists(found)) {
      const file = rel(found);
      checklistAbs = found;
      checklist = await parseChecklist(file, await sparseChecklist(listing.root, file));
      logger.info(`checklist: ${file} read from git (a sparse checkout leaves it out of the working tree)`);
    } else if (found) {
      // Repository content (a pull request can change it): read like any repository file, so a
      // directory, a link out of the repository or a huge file is a clear error, never a crash.
      const file = rel(found);
      const got = snapshot.reader.readNamed(file);
      if (!('text' in got)) {
        // Read like any repository file, so at most MAX_FILE_BYTES: said in words, with the limit (README, "The checklist").
        const reason = 'tooLarge' in got ? `${got.reason} (1 MiB, the most a discovered checklist may be)` : got.reason;
        throw new ConfigError(`the checklist cannot be read: ${reason}`, got.content ? { file, line: 1, column: 1 } : { file });
      }
      checklistAbs = found;
      checklist = await parseChecklist(file, got.text);
    } else {
      checklist = loadPreset('recommended');
    }
  }
  checklist = resolveExtends(checklist);
  // Each warning is printed (an annotation in the action) up to a bound: a generated or pasted document can hold thousands
  // of look-alike boxes, and a log of thousands of the same warning hides the report (the summary counts them all).
  const listWarnings = checklist.warnings ?? [];
  for (const w of listWarnings.slice(0, WARNINGS_PRINTED)) logger.warn(w, warningWhere(checklist.file, w));
  if (listWarnings.length > WARNINGS_PRINTED) logger.warn(`${checklist.file ?? 'the checklist'}: ${listWarnings.length - WARNINGS_PRINTED} more checklist warnings not printed (${listWarnings.length} in all): fix the ones above and run again`);
  if (!checklist.items.length) logger.warn(`${checklist.file ?? 'the checklist'} has no items and extends no preset: nothing is checked (add items, or \`extends: [recommended]\`)`);
  logger.debug(`checklist: ${checklist.file ?? 'recommended preset'} (${checklist.items.length} items)`);

  const failOn: FailOn = opts.failOn ?? checklist.failOn ?? 'critical';
  const planned = plan(checklist, opts.severity ?? {}, opts.severityFrom);
  // A `paths` glob that matches no file is most likely a typo that silently narrows the item (to nothing: `skipped`); an
  // `ignore` glob that matches none leaves in what it was meant to exclude.
  if (!listing.truncated) for (const w of unmatchedGlobs(checklist, listing.files, listing.base, await globsMatchedOutside(locatedGlobs(checklist), listing), (p) => snapshot.gitignored(p))) logger.warn(w, warningWhere(checklist.file, w));
  // An override of a real check that no item runs changes nothing: say so (`off` asks for exactly that).
  for (const [id, level] of Object.entries(opts.severity ?? {})) {
    if (level === 'off' || planned.some((p) => p.item.id === id || p.checks.some((c) => c.def.id === id))) continue;
    logger.warn(`${(opts.severityFrom ?? '--severity').replace(/:$/, '')} ${id}=${level}: no item of ${checklist.file ?? 'the recommended preset'} runs check '${id}', so the override changes nothing (add an item with \`check: ${id}\` to run it)`);
  }

  // Probe settings: a non-empty input/flag, then the checklist, then the defaults.
  const masks: string[] = [];
  // Of them, the values of the URLs' credential parameters (`?code=…`, `?token=…`): not masked in the team's own item titles.
  const urlParams: string[] = [];
  const extra: Finding[] = [];
  // On pull_request_target the CA file, like the checklist and the baseline, comes from the base
  // commit: a pull request must not choose which certificates the probes trust.
  const baseCa = opts.readBase ? await readBaseCa(opts, checklist, checklistAbs, snapshot, rel, cwd) : undefined;
  const probeConfig = resolveProbeConfig(opts, checklist, checklistAbs, snapshot, cwd, env, masks, urlParams, logger, baseCa);
  // From here on no message, log line or report value may carry a secret value (header values,
  // substituted ${PREFLIGHT_*} values, a URL password): the report is redacted once, below.
  const log = redactingLogger(logger, masks);
  // A fresh `git init` (nothing added yet): every check would say "no Dockerfile" while one sits in the folder. Said once
  // the configuration is known to be good (a configuration error is the one thing said then).
  if (listing.untracked) log.warn(`git tracks no file in ${opts.dir === '.' ? 'the scanned folder' : opts.dir} (nothing committed or staged yet), though files are there: Preflight checks the files git tracks (git ls-files), so nothing was checked. Run \`git add\` first (staged files are checked).`);

  const staticOutcomes = await runStatic(planned, snapshot, now, env, log, pool);
  if (listing.links?.length) dropLinkTwins(staticOutcomes, linkTargets(listing.links, snapshot), planned);
  let unanswered: string | undefined;
  const probeOutcomes = await runProbeItems(planned, probeConfig, opts.probes !== false, log, (why) => { unanswered = why; });

  const items: ItemOutcome[] = planned.map((p, i) => ({
    planned: p,
    outcomes: p.checks.map((c, j) => (c.off ? null : c.def.kind === 'static' ? staticOutcomes.get(`${i}:${j}`)! : probeOutcomes.get(`${i}:${j}`)!)),
  }));

  // Templated manifests and Dockerfiles, and ones too large to parse, are skipped, not failed: an info note says they were not judged.
  const noted = new Set<string>();
  for (const sk of snapshot.skipped) {
    if (!NOTED_SKIPS.has(sk.reason) || noted.has(`${sk.file}\0${sk.reason}`)) continue;
    noted.add(`${sk.file}\0${sk.reason}`);
    extra.push({ check: 'parse-error', item: null, severity: 'info', note: true, message: `${sk.file} was ${SCAN_LIMIT_SKIPS.has(sk.reason) ? 'not wholly checked' : 'not checked'}: ${sk.reason}${sk.detail ? ` (line ${sk.line ?? 1}: ${sk.detail})` : ''}`, file: sk.file, line: sk.line ?? 1, column: sk.column ?? 1, url: null });
  }
  // One parse error per file: the first is where it breaks (a parser's later complaints follow from it). A file that
  // parses but has blocks its tool refuses (compose services) has one per block: each is independently not judged.
  const wholeFileProblem = new Set(snapshot.problems.filter((pr) => !pr.scope).map((pr) => pr.file));
  const reported = new Set<string>();
  for (const pr of snapshot.problems) {
    if (pr.scope && wholeFileProblem.has(pr.file)) continue;
    const key = pr.scope ? `${pr.file}\0${pr.scope}` : pr.file;
    if (reported.has(key)) continue;
    reported.add(key);
    extra.push({ check: 'parse-error', item: null, severity: 'low', message: `could not parse ${pr.file}: ${pr.message}`, file: pr.file, line: pr.line, column: pr.column, url: null });
  }
  // The checklist's top-level `ignore:` applies to every item: files it leaves out (deliberately broken fixtures)
  // are not reported as unparsable or unchecked either.
  if (checklist.ignore?.length) {
    const ignored = globMatcher(checklist.ignore);
    for (let k = extra.length - 1; k >= 0; k--) if (extra[k]!.file && ignored(extra[k]!.file!)) extra.splice(k, 1);
  }

  let baseline: Baseline | null = null;
  // The checklist's `baseline:` file as read (repository-relative), which `--output` must not overwrite.
  let baselineFile: string | undefined;
  if (opts.baseline && opts.readBase) {
    // From the base commit: the flag or input names a repository file.
    const file = rel(path.resolve(cwd, opts.baseline));
    if (path.isAbsolute(file)) throw new ConfigError(`baseline ${opts.baseline} is outside the repository`);
    const text = await opts.readBase(file, 'baseline');
    if (text === null) throw new ConfigError(`baseline ${file} not found in the base commit (${baseWhy(opts, 'baseline')})`, { file });
    baseline = parseBaseline(text, file);
  } else if (opts.baseline) baseline = readBaseline(path.resolve(cwd, opts.baseline), opts.baseline);
  else if (checklist.baseline && !opts.recordingBaseline) {
    const b = checklist.baseline;
    if (opts.readBase) {
      const file = checklistPath('baseline', b.path, b.where, checklistAbs, snapshot);
      const text = await opts.readBase(file, 'baseline');
      if (text === null) throw new ConfigError(`baseline '${b.path}' not found in the base commit (${baseWhy(opts, 'baseline')})`, b.where);
      baseline = parseBaseline(text, file);
    } else {
      const { file, text } = readChecklistFile('baseline', b.path, b.where, checklistAbs, snapshot);
      baseline = parseBaseline(text, file);
      baselineFile = file;
    }
  }

  let attested: Attested | null = null;
  // The ticks that signed an item off by its group and title (see signsOffInContext).
  const signedInContext = new Set<string>();
  const reviews = (opts.reviewAttestations ?? []).filter((r) => r.body);
  const notCounting = opts.reviewsNotCounted ?? [];
  let signers: Attested[] = [];
  // The approving reviews' sign-offs, each with its reviewer and the ticks that signed an item off by its group and title.
  let reviewSigners: { signer: Attested; by: string; signed: Set<string> }[] = [];
  // How a text's ticks are read: for the reviews that sign nothing off, to say which pending items they tick.
  let signerOf: ((body: string, by: string, signed?: Set<string>) => Attested) | undefined;
  if (opts.attestation?.body || reviews.length || notCounting.length) {
    const { contextTicks, parseAttestations, signsOffInContext, withFilledTemplates } = await import('../gate/attest.js');
    const { signoffText } = await import('../checklist/title.js');
    const manualTitles = planned.filter((p) => p.kind === 'manual').map((p) => p.title);
    const signer = (body: string, by: string, signed?: Set<string>, before?: string): Attested => {
      const ticks = parseAttestations(body, signoffText);
      // Ticks an edit by someone who may not sign off added (not in the description before it) sign nothing off.
      if (before !== undefined) {
        const had = parseAttestations(before, signoffText);
        for (const tick of ticks) if (!had.has(tick)) ticks.delete(tick);
      }
      // A tick of an item's group and title (`Security Officer › Name: ____`) signs that item off: those ticks get no near-miss hint.
      const inGroups = contextTicks(ticks);
      return {
        // A sign-off template line ("Reviewed by: ____") is signed off by a tick with its blank filled in.
        keys: withFilledTemplates(ticks, manualTitles, signoffText),
        by,
        normalise: signoffText,
        inContext: (path, title) => {
          const ticked = signsOffInContext(inGroups, path, title, signoffText);
          for (const tick of ticked) signed?.add(tick);
          return ticked.length > 0;
        },
      };
    };
    if (opts.attestation?.body) attested = signer(opts.attestation.body, opts.attestation.by, signedInContext, opts.attestation.before);
    // The description first, then approving reviews, latest first.
    reviewSigners = reviews.map((r) => { const signed = new Set<string>(); return { signer: signer(r.body, r.by, signed), by: r.by, signed }; });
    signers = [...(attested ? [attested] : []), ...reviewSigners.map((r) => r.signer)];
    signerOf = signer;
  }

  // A baseline file none of whose files is here: which of them this repository had (git history), so one whose files were
  // all deleted here is not taken for another repository's.
  const history = baseline ? await baselineFilesWereHere(baseline, snapshot, listing) : null;

  // Fingerprints read the line of every finding: split each file once, for this call only.
  const lineCache = new Map<string, string[] | undefined>();
  const lineText = (file: string, line: number): string | undefined => { if (!lineCache.has(file)) lineCache.set(file, snapshot.lines(file)); return lineCache.get(file)?.[line - 1]; };
  // The baseline entries counted as fixed, as the note names them.
  let baselineFixed: string[] | undefined;
  const core = gate({
    version: VERSION,
    items,
    extra,
    failOn,
    gatesManual: opts.gatesManual ?? true,
    attested: signers,
    suppressions: [...snapshot.suppressions.values()].flat(),
    baseline,
    lineText,
    // A file outside the scanned folder (a compose `extends.file` in `../../deploy/`) is read only for what the folder
    // uses of it: a suppression there may well be for another folder's scan, so none is called unused.
    base: snapshot.base,
    onFixed: (entries) => { baselineFixed = entries.map(describeEntry); },
    // Not called fixed: the check found something new in the entry's file, perhaps the same problem on a changed line.
    // A secret's finding is known by the value: another value on its line is a new secret (rotate it), not a moved line.
    onMoved: (all) => {
      const secrets = all.filter((m) => m.secret);
      const moved = all.filter((m) => !m.secret);
      const noLonger = (n: number) => (n === 1 ? 'a baseline entry no longer matches' : `${n} baseline entries no longer match`);
      if (moved.length) {
        const one = moved.length === 1;
        const list = fixedEntriesList(moved.map(({ entry, line }) => `${describeEntry(entry)}: a new ${printablePath(entry.check)} finding is on line ${line ?? '?'}`));
        log.warn(`${noLonger(moved.length)} (${list}), so ${one ? 'it is' : 'they are'} not counted as fixed: if ${one ? 'that finding is the same problem' : 'those findings are the same problems'} (${one ? 'its' : 'their'} line changed), record the baseline again ('preflight baseline')`);
      }
      if (secrets.length) {
        const one = secrets.length === 1;
        const list = fixedEntriesList(secrets.map(({ entry, line }) => `${describeEntry(entry)}: a different secret value is on line ${line ?? '?'}`));
        log.warn(`${noLonger(secrets.length)} (${list}), so ${one ? 'it is' : 'they are'} not counted as fixed: a secret is known by its value, so a different value is a new secret, not the known one on a changed line — revoke or rotate ${one ? 'it' : 'them'} and remove ${one ? 'it' : 'them'} from the repository (load ${one ? 'it' : 'them'} at run time); do not record ${one ? 'it' : 'them'} in the baseline`);
      }
    },
    exists: (file) => snapshot.has(file),
    // A file outside a sub-folder's run (the root compose file a baseline entry's message names): not read by this run.
    outside: (file) => snapshot.outsideFile(file),
    ...(history ? { wasHere: history.wasHere, shallowHistory: history.shallow } : {}),
    judges: (check, file) => {
      if (snapshot.base && !file.startsWith(`${snapshot.base}/`)) return false;
      const def = getDef(check);
      return def?.kind !== 'static' || (def.judges?.(snapshot, file) ?? true);
    },
    now,
  });
  let signoffHints: RunResult['signoffHints'];
  if (attested) {
    const { nearMisses } = await import('../gate/attest.js');
    signoffHints = nearMisses(attested.keys, core.items, attested.normalise, signedInContext);
    // A tick of an item a check decides changes nothing and the check's verdict is shown anyway: a notice, not a warning.
    for (const hint of signoffHints) if (hint.kind === 'bound' && log.notice) log.notice(hint.message); else log.warn(hint.message);
  }
  // The action's `attesters`: ticks in approving reviews get the description's hints, naming the reviewer, and a review that
  // signs nothing off (a comment review, a reviewer who is no attester…) but ticks a pending item is said, once. A few at most.
  let reviewNotices: string[] | undefined;
  if (reviewSigners.length || (notCounting.length && signerOf)) {
    const { nearMisses } = await import('../gate/attest.js');
    const said = new Set((signoffHints ?? []).map((h) => `${h.kind}\0${h.tick}\0${h.items.join('\0')}`));
    const fromReviews: NonNullable<RunResult['signoffHints']> = [];
    let more = 0;
    for (const { signer, by, signed } of reviewSigners) {
      for (const hint of nearMisses(signer.keys, core.items, signer.normalise, signed, `the review approving the pull request by @${by}`)) {
        const key = `${hint.kind}\0${hint.tick}\0${hint.items.join('\0')}`;
        if (said.has(key)) continue;
        said.add(key);
        if (fromReviews.length < MAX_REVIEW_HINTS) fromReviews.push({ ...hint, by }); else more++;
      }
    }
    for (const hint of fromReviews) if (hint.kind === 'bound' && log.notice) log.notice(hint.message); else log.warn(hint.message);
    if (more) log.warn(`${more} more tick${more === 1 ? '' : 's'} in approving reviews sign${more === 1 ? 's' : ''} nothing off though ${more === 1 ? 'it nearly names' : 'they nearly name'} a pending item (not listed: at most ${MAX_REVIEW_HINTS} are)`);
    if (fromReviews.length) signoffHints = [...(signoffHints ?? []), ...fromReviews];
    // The manual items still pending that a review signing nothing off ticks (or nearly does).
    const pending = core.items.filter((i) => i.status === 'pending' && i.kind === 'manual' && !i.notDone);
    const notices: string[] = [];
    let unsaid = 0;
    for (const r of signerOf ? notCounting : []) {
      const s = signerOf!(r.body, r.by);
      const named = new Set(pending.filter((i) => s.keys.has(s.normalise(i.title)) || s.keys.has(s.normalise(i.id)) || s.inContext?.(i.group ?? [], i.title)).map((i) => i.id));
      for (const hint of nearMisses(s.keys, core.items, s.normalise)) if (hint.kind !== 'bound') for (const id of hint.items) named.add(id);
      if (!named.size) continue;
      if (notices.length >= MAX_REVIEW_NOTICES) { unsaid++; continue; }
      const ids = [...named];
      const listed = `${ids.slice(0, 3).map((id) => `'${id}'`).join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}`;
      notices.push(`${r.review} ticks the pending item${ids.length === 1 ? '' : 's'} ${listed} but signs nothing off: ${r.why}`);
    }
    const say = (text: string) => { const line = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`; if (log.notice) log.notice(line); else log.warn(line); };
    for (const notice of notices) say(notice);
    if (unsaid) say(`${unsaid} more review${unsaid === 1 ? '' : 's'} tick${unsaid === 1 ? 's' : ''} pending items and sign${unsaid === 1 ? 's' : ''} nothing off (not listed: at most ${MAX_REVIEW_NOTICES} are)`);
    if (notices.length) reviewNotices = notices;
  }
  const report: Report = redactReport({
    ...core,
    checklist: {
      file: checklist.file,
      format: checklist.format,
      ...(checklist.format === 'markdown' ? { uncovered: (await import('../checklist/matcher.js')).uncoveredChecks(checklist) } : {}),
    },
    // Credentials in the URL are sent as a header, never shown.
    target: { url: probeConfig.config ? splitUserinfo(probeConfig.config.url).url : null },
    context: { event: opts.event, pullRequest: opts.pullRequest ?? null, gatesManual: opts.gatesManual ?? true },
  }, masks, withoutUrlParams(masks, urlParams));
  // A baseline being recorded: each entry's line hash, from the lines its fingerprint read (never read again from disk).
  let lineHashes: Record<string, string> | undefined;
  let lineForms: Record<string, string> | undefined;
  if (opts.recordingBaseline) {
    lineHashes = {};
    lineForms = {};
    // Once per check and line, the line's fingerprints by its text and by its key: a one-line file holds many findings (each
    // of a secret its own fingerprint), and hashing the whole line again for each made recording a baseline quadratic.
    const prints = new Map<string, ReturnType<typeof lineFormPrint> | null>();
    for (const f of core.findings) {
      if (f.file && f.line && f.fingerprint && !f.note) {
        const lineKeyOf = `${f.check}\0${f.file}\0${f.line}`;
        let print = prints.get(lineKeyOf);
        if (print === undefined) {
          const text = lineText(f.file, f.line);
          prints.set(lineKeyOf, (print = text !== undefined ? lineFormPrint(f.check, f.file, text) : null));
        }
        // Only a finding known by its line's text has a form (one known by its secret or subject has none).
        if (print && print.byText === f.fingerprint && print.byKey !== undefined) lineForms[`${f.fingerprint}\0${f.file}\0${f.line}`] = print.byKey;
      }
      // Once per line: a one-line file is the line of every finding in it.
      const key = `${f.file}\0${f.line}`;
      if (key in lineHashes) continue;
      const text = f.file && f.line ? lineText(f.file, f.line) : undefined;
      if (text !== undefined) lineHashes[key] = lineHash(text);
    }
  }
  const inherited = checklist.items.filter((it) => it.inheritedAt);
  const inheritedAt = inherited.length ? Object.fromEntries(inherited.map((it) => [it.id, it.inheritedAt!])) : undefined;
  return { report, root: listing.root, masks, ...(baselineFile ? { baselineFile } : {}), ...(baselineFixed ? { baselineFixed } : {}), ...(inheritedAt ? { inheritedAt } : {}), ...(lineHashes ? { lineHashes } : {}), ...(lineForms ? { lineForms } : {}), ...(signoffHints?.length ? { signoffHints } : {}), ...(reviewNotices ? { reviewNotices } : {}), ...(unanswered !== undefined ? { unanswered: redactText(unanswered, masks) } : {}) };
}

/**
 * The `paths` and `ignore` globs that name a folder outside the scanned one ({@link globOutside}: a root checklist's item for another
 * service of a monorepo, `services/api/**` in the run of `services/web`) and match a file git tracks there: no typo, so
 * not warned about. All such folders are listed by one `git ls-files` at the repository root (a monorepo's root
 * checklist names every service: one git run per job, not one per service); only in a sub-folder's run of a repository.
 */
async function globsMatchedOutside(globs: readonly string[], listing: FileList): Promise<Set<string>> {
  const out = new Set<string>();
  if (!listing.base || !listing.git) return out;
  const byFolder = new Map<string, string[]>();
  for (const glob of globs) {
    const lit = globOutside(glob, listing.base);
    if (lit === null || out.has(glob)) continue;
    const st = fs.statSync(path.join(listing.root, lit), { throwIfNoEntry: false });
    // Nothing there: nothing tracked. A file the glob names itself: there, so no misspelling.
    if (!st) continue;
    if (!st.isDirectory()) { if (globMatcher([glob])(lit)) out.add(glob); continue; }
    byFolder.set(lit, [...(byFolder.get(lit) ?? []), glob]);
  }
  if (!byFolder.size) return out;
  const files = await trackedUnder(listing.root, [...byFolder.keys()]);
  if (!files) return out;
  for (const globs of byFolder.values()) {
    for (const glob of globs) if (files.some(globMatcher([glob]))) out.add(glob);
  }
  return out;
}

const runGit = promisify(execFile);

/** The most folders named to one `git ls-files` as pathspecs; beyond it the whole repository is listed (still one run). */
const MAX_PATHSPECS = 256;

/**
 * The files git tracks (or has staged) in `folders` (repository paths) of the repository at `root`, by one `git ls-files`;
 * null when git cannot say. A submodule (mode 160000) is another repository: neither it nor anything in it is listed.
 */
async function trackedUnder(root: string, folders: readonly string[]): Promise<string[] | null> {
  const specs = folders.length <= MAX_PATHSPECS ? folders.map((f) => `:(literal)${f}`) : [];
  let out: string;
  try {
    ({ stdout: out } = await runGit('git', ['-c', 'safe.directory=*', 'ls-files', '-z', '-s', '--full-name', '--', ...specs], { cwd: root, env: gitEnv(root), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }));
  } catch { return null; }
  const files: string[] = [];
  // `<mode> <object> <stage>\t<path>`: a file in a merge conflict has an entry per stage (a repeat matches the same).
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab !== -1 && !entry.startsWith('160000 ')) files.push(entry.slice(tab + 1));
  }
  return files;
}

/** The limits of the one `git log` that asks history for a baseline's files: time, and bytes of names read. */
const HISTORY_TIMEOUT_MS = 10_000;
const HISTORY_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Whether a file of the scanned folder a baseline names, not there now, was this repository's. In a git checkout only
 * its history is evidence (deleted or renamed here, on any branch): a folder that holds files says nothing, as nearly
 * every repository has a `src/` or `.github/workflows/` (another repository's baseline would be counted as fixed). A
 * shallow clone's history may not reach the deletion: its files are then not known to have been here, and the gate
 * says so (`shallow`). Outside git (no history to ask) a file counts when another file of its folder is there.
 * Asked only when no file the baseline names is here (else the baseline is this repository's anyway, and every answer is
 * false: the gate does not need one).
 */
async function baselineFilesWereHere(baseline: Baseline, snapshot: Snapshot, listing: FileList): Promise<{ wasHere: (file: string) => boolean; shallow: boolean }> {
  const none = { wasHere: () => false, shallow: false };
  const files = [...new Set((baseline.entries ?? []).flatMap((e) => (e.file ? [e.file] : [])))];
  if (!files.length || files.some((f) => snapshot.has(f))) return none;
  const missing = files.filter((f) => !snapshot.base || f.startsWith(`${snapshot.base}/`));
  if (!missing.length) return none;
  if (!listing.git) {
    const folders = new Set<string>();
    for (const f of snapshot.files) for (let d = dirname(f); d && d !== snapshot.base; d = dirname(d)) { if (folders.has(d)) break; folders.add(d); }
    return { wasHere: (file) => folders.has(dirname(file)), shallow: false };
  }
  const known = await namesInHistory(listing.root, missing.slice(0, MAX_PATHSPECS));
  const shallow = !known.size && await isShallow(listing.root);
  return { wasHere: (file) => known.has(file), shallow };
}

/**
 * Which of `files` (repository paths, named as the listing names them: quoteName's form when not UTF-8) git history has
 * in any commit of any ref, by one `git log` that stops once it has seen them all, and is bounded in time and in bytes
 * read (what it saw before a limit counts). A name that is not UTF-8 cannot be given to git as an argument: it is asked
 * by a glob whose `?` stands for each byte that is not, and the names git gives back (`-z`: as bytes, any character,
 * a newline too) are compared in the listing's form.
 */
async function namesInHistory(root: string, files: readonly string[]): Promise<Set<string>> {
  const wanted = new Set(files);
  const known = new Set<string>();
  const specs = files.flatMap((f) => {
    const bytes = unquoteName(f);
    return bytes ? [`:(top,literal)${f}`, `:(top,glob)${globOfBytes(bytes)}`] : [`:(top,literal)${f}`];
  });
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', ['-c', 'safe.directory=*', 'log', '--all', '--no-renames', '--format=', '--name-only', '-z', '--', ...specs], { cwd: root, env: gitEnv(root), stdio: ['ignore', 'pipe', 'ignore'] });
    } catch { resolve(known); return; }
    let read = 0;
    let rest = Buffer.alloc(0);
    let over = false;
    const done = () => { if (over) return; over = true; clearTimeout(timer); child.kill(); resolve(known); };
    const timer = setTimeout(done, HISTORY_TIMEOUT_MS);
    child.on('error', done);
    child.on('close', done);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (over) return;
      read += chunk.length;
      let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      for (let end = buf.indexOf(0); end !== -1; end = buf.indexOf(0)) {
        const entry = buf.subarray(0, end);
        const name = isUtf8(entry) ? entry.toString('utf8') : quoteName(entry);
        if (wanted.has(name)) known.add(name);
        buf = buf.subarray(end + 1);
      }
      rest = Buffer.from(buf);
      if (known.size === wanted.size || read > HISTORY_MAX_BYTES) done();
    });
  });
}

/** A `:(glob)` pathspec matching the bytes of a name that is not UTF-8: its UTF-8 parts literally, each other byte as `?`. */
function globOfBytes(bytes: Buffer): string {
  return quoteName(bytes).replace(/\\\\|\\[0-7]{3}|[*?[\]\\]/g, (m) => (m === '\\\\' ? '\\\\' : m.length === 4 ? '?' : `\\${m}`));
}

/** Whether the repository at `root` is a shallow clone (its history cut off); false when git cannot say. */
async function isShallow(root: string): Promise<boolean> {
  try {
    const { stdout } = await runGit('git', ['-c', 'safe.directory=*', 'rev-parse', '--is-shallow-repository'], { cwd: root, env: gitEnv(root), timeout: HISTORY_TIMEOUT_MS, encoding: 'utf8' });
    return stdout.trim() === 'true';
  } catch { return false; }
}

/** Each tracked symlink that resolves to another tracked file of the scan: link → target (repository paths). */
function linkTargets(links: readonly string[], snapshot: Snapshot): Map<string, string> {
  const out = new Map<string, string>();
  const realRoot = snapshot.reader.realRoot;
  for (const link of links) {
    // A link checked out as a plain file (core.symlinks=false): where its text leads.
    if (Object.hasOwn(snapshot.reader.textLinks, link)) {
      const to = textLinkTarget(snapshot.reader.textLinks, link);
      if ('target' in to && to.target !== link && snapshot.has(to.target)) out.set(link, to.target);
      continue;
    }
    const real = safeRealpath(path.join(snapshot.root, link));
    if (!isWithin(realRoot, real)) continue;
    const target = path.relative(realRoot, real).split(path.sep).join('/');
    if (target !== link && snapshot.has(target)) out.set(link, target);
  }
  return out;
}

/**
 * A file read through a tracked symlink to another tracked file (`docker-compose.yml -> deploy/compose.prod.yml`) is
 * the same text: a finding at the link that its target has too (same check, line and column) is told once, at the
 * target. What only the link's name brings (a `.env` link to `config/production`) stays. When the two were judged
 * differently — the name makes one production and the other not (`Dockerfile -> Dockerfile.dev`, `compose.yml ->
 * docker-compose.yml`, which compose reads first) — the stronger verdict is kept (a failure over a note, the higher
 * severity), located at the target, where the text is written.
 */
function dropLinkTwins(outcomes: Map<string, Outcome>, targets: ReadonlyMap<string, string>, planned: readonly PlannedItem[]): void {
  if (!targets.size) return;
  const at = (file: string, f: RawFinding) => `${file}\0${f.line ?? ''}\0${f.column ?? ''}`;
  for (const [key, o] of outcomes) {
    if (!o.findings.some((f) => f.file && targets.has(f.file))) continue;
    // A note is weakest; a failure by the severity the gate gives it (forced, else its sub-case's, else its check's).
    const [i, j] = key.split(':').map(Number);
    const pc = planned[i!]!.checks[j!]!;
    const strength = (f: RawFinding) => (f.note ? 0 : 1 + SEVERITIES.length - severityRank(failureSeverity(pc, f)));
    // The first finding at each place that is not a link's.
    const own = new Map<string, number>();
    o.findings.forEach((f, i) => { if (f.file && !targets.has(f.file) && !own.has(at(f.file, f))) own.set(at(f.file, f), i); });
    const findings = [...o.findings];
    const drop = new Set<number>();
    o.findings.forEach((f, i) => {
      const target = f.file ? targets.get(f.file) : undefined;
      const twin = target === undefined ? undefined : own.get(at(target, f));
      if (target === undefined || twin === undefined) return;
      drop.add(i);
      if (strength(f) > strength(findings[twin]!)) findings[twin] = { ...f, file: target };
    });
    outcomes.set(key, { ...o, findings: findings.filter((_, i) => !drop.has(i)) });
  }
}

/**
 * A file a checklist names (`baseline:`, `probes.ca`), relative to the checklist file: its
 * repository path, or a ConfigError at `where` when it leaves the repository.
 */
function checklistPath(label: string, value: string, where: ConfigError['where'], checklistAbs: string | null, snapshot: Snapshot): string {
  const file = repositoryPath(value, checklistAbs, snapshot);
  if (file === null) throw new ConfigError(`${label} '${value}' points outside the repository`, where);
  return file;
}

/**
 * Why a file named by path (`--checklist`, the action's `checklist` input) must not be read: it lies in the repository
 * (`root`, or its real path `realRoot`) but is in a `.git` folder, or resolves (a symlinked file or folder on the way) out
 * of the repository or into its `.git` folder; undefined for any other path (outside the repository, or staying inside).
 */
function leavingRepository(abs: string, root: string, realRoot: string): string | undefined {
  const base = isWithin(root, abs) ? root : isWithin(realRoot, abs) ? realRoot : null;
  if (base === null) return undefined;
  if (inGitFolder(path.relative(base, abs).split(path.sep).join('/'))) return GIT_FOLDER_NAMED;
  const real = safeRealpath(abs);
  if (!isWithin(realRoot, real)) return 'symlink pointing outside the repository (a checklist in the repository must stay in it)';
  if (isWithin(path.join(realRoot, '.git'), real)) return GIT_DIR_SKIP;
  return undefined;
}

/** The repository path of a path a checklist names (relative to the checklist file), or null when it leaves the repository. */
function repositoryPath(value: string, checklistAbs: string | null, snapshot: Snapshot): string | null {
  const abs = path.resolve(checklistAbs ? path.dirname(checklistAbs) : snapshot.root, value);
  const file = path.relative(snapshot.root, abs).split(path.sep).join('/');
  return file.startsWith('..') || path.isAbsolute(file) ? null : file;
}

function outsideRepository(value: string, checklistAbs: string | null, snapshot: Snapshot): boolean {
  return repositoryPath(value, checklistAbs, snapshot) === null;
}

/**
 * The text of the discovered checklist `file` (a repository path) that git tracks but a sparse checkout leaves out of the
 * working tree, read from git's index (what a checkout would write), with the rules of a checklist read from disk (at
 * most 1 MiB, UTF-8 text). A symlink's target is not followed (where it points may be left out too): a ConfigError,
 * as is one git cannot read; both say to add the file's folder to the sparse checkout.
 */
async function sparseChecklist(root: string, file: string): Promise<string> {
  const folder = dirname(file);
  const fix = `add it to the sparse checkout (actions/checkout: \`sparse-checkout: ${folder || file}\` beside the folders it checks out; locally \`git sparse-checkout add ${folder || `/${file}`}\`), or name a checklist with --checklist (the checklist input)`;
  const blob = await indexBlob(root, file);
  const where = { file };
  if (blob === null) throw new ConfigError(`the checklist ${file} is tracked, but a sparse checkout leaves it out of the working tree and git cannot read it: ${fix}`, where);
  if (blob.mode === '120000') throw new ConfigError(`the checklist ${file} is a symlink that a sparse checkout leaves out of the working tree, so what it points to is not read: ${fix}`, where);
  if (blob.bytes.length > MAX_FILE_BYTES) throw new ConfigError(`the checklist cannot be read: ${TOO_LARGE_SKIP} (1 MiB, the most a discovered checklist may be)`, { file, line: 1, column: 1 });
  if (blob.bytes.includes(0)) throw new ConfigError('the checklist cannot be read: binary or UTF-16 text (not UTF-8): save it as UTF-8', { file, line: 1, column: 1 });
  return new TextDecoder('utf-8').decode(blob.bytes);
}

/** The text of a file a checklist names, read like any repository file (never outside it, links included). */
function readChecklistFile(label: string, value: string, where: ConfigError['where'], checklistAbs: string | null, snapshot: Snapshot): { file: string; text: string } {
  const file = checklistPath(label, value, where, checklistAbs, snapshot);
  const got = snapshot.reader.readNamed(file);
  if ('text' in got) return { file, text: got.text };
  if (/outside the repository/.test(got.reason)) throw new ConfigError(`${label} '${value}' points outside the repository`, where);
  throw new ConfigError(`${label} '${value}' ${got.reason.startsWith('not found') ? got.reason : `cannot be read: ${got.reason}`} (paths are relative to the checklist file)`, where);
}

async function parseChecklistText(file: string, raw: string, outside: (value: string) => boolean, stream = false): Promise<Checklist> {
  // Lone-CR line breaks (classic Mac OS) read as LF, one character for one, whatever the source (a file named on the
  // command line, the base commit's): as the repository reader reads every file.
  const text = crLineBreaks(raw);
  assertChecklistText(file, text);
  // A stream (`-`, `<(…)`: `/dev/fd/63`) has no name to tell its format by, unless it ends in one: told from its text.
  const markdown = stream && !/\.(md|markdown|ya?ml|json)$/i.test(file) ? checklistFormatOf(text) === 'markdown' : /\.(md|markdown)$/i.test(file);
  if (markdown) {
    // The parser binds items (explicit comments, then the matcher) itself.
    const { parseMarkdownChecklist } = await import('../checklist/markdown.js');
    return parseMarkdownChecklist(file, text);
  }
  return parseYamlChecklist(file, text, { outside });
}

async function runStatic(planned: PlannedItem[], snapshot: Snapshot, now: Date, env: Record<string, string | undefined>, logger: Logger, pool: WorkerPool | null): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  // Checks with a file scanner: one job per (check, options); items with equal options share it.
  const jobs: ScanJob[] = [];
  const jobKeys = new Map<string, number>();
  type Scope = ((file: string) => boolean) | null;
  // What an item's `ignore` (and the checklist's) leaves out: a finding located there stays out though an overlay in the
  // scope deploys what it is about (a waived legacy base).
  type Excluded = ((file: string) => boolean) | null;
  const later: { key: string; def: CheckDef; view: SnapshotView; scope: Scope; excluded: Excluded; options: unknown; job: number }[] = [];
  const direct: { key: string; def: CheckDef; view: SnapshotView; scope: Scope; excluded: Excluded; options: unknown }[] = [];
  planned.forEach((p, i) => {
    const view = p.scope ? snapshot.view(p.scope) : snapshot;
    // As plan() composed the item's scope: the item's `ignore` and the checklist's, each with its own negations.
    const excluded = p.scope ? p.excluded ?? null : null;
    p.checks.forEach((c, j) => {
      if (c.off || c.def.kind !== 'static') return;
      const def = c.def as CheckDef;
      const key = `${i}:${j}`;
      if (!def.scan) { direct.push({ key, def, view, scope: p.scope, excluded, options: c.options }); return; }
      const jobKey = `${def.id}\0${JSON.stringify(c.options)}`;
      let job = jobKeys.get(jobKey);
      if (job === undefined) { job = jobs.push({ check: def.id, options: c.options }) - 1; jobKeys.set(jobKey, job); }
      later.push({ key, def, view, scope: p.scope, excluded, options: c.options, job });
    });
  });
  /**
   * A scoped item (`paths`, `ignore`) judges the files in its scope, but what those files lead to is read wherever
   * it is (the module a Dockerfile's `CMD python app.py` runs, the settings module DJANGO_SETTINGS_MODULE names):
   * when the scope holds something to judge, the check runs on the whole repository and keeps the findings located
   * in the scope. Nothing to judge in the scope stays `skipped`. A scope whose own run skipped for want of what leads
   * to its files (a scope of Python files only leaves out the Procfile that runs `app.run(debug=True)`) still keeps
   * the whole-repository findings located in it; when there are none, the item keeps its own reason. A finding that
   * holds as kustomize overlays render a base (`k8s/base/deployment.yaml:14 … in kustomize overlay k8s/overlays/prod`) is
   * located in those overlays too (RawFinding.overlays, their kustomization files): a scope of the overlay's folder keeps
   * it, as a scope of the base's does, unless the item's `ignore` leaves out the base's file (a waived legacy base).
   */
  /**
   * An item's findings without those that repeat another it keeps (RawFinding.repeatsCause): a finding at its cause's line
   * that fails (not a note) stands for both. Applied after the scope, so a finding whose cause the scope leaves out stays.
   */
  const withoutRepeats = (o: Outcome): Outcome => {
    if (!o.findings.some((f) => f.repeatsCause)) return o;
    const failing = new Set(o.findings.filter((f) => !f.note && !f.repeatsCause && f.file).map((f) => `${f.file}:${f.line}`));
    return { ...o, findings: o.findings.filter((f) => !(f.repeatsCause && f.cause && failing.has(`${f.cause.file}:${f.cause.line}`))) };
  };
  // The whole-repository run of a check is the same for every scoped item with the same options: run once
  // (a monorepo checklist with one scoped item per service ran it once per item).
  // Its findings' files are listed once too, so each item tests its globs per file, not per finding.
  const wholeRuns = new Map<string, Promise<{ all: Outcome; files: string[]; fileOf: Int32Array }>>();
  const scoped = async (def: CheckDef, scope: Scope, excluded: Excluded, view: SnapshotView, inView: () => Promise<Outcome>, whole: () => Promise<Outcome>, wholeKey: string): Promise<Outcome> => {
    const own = await inView();
    const judgesScope = def.judgesScope === true;
    // A scope that holds no tracked file at all is most likely a typo in `paths`: say so rather than the check's own
    // reason — and for every check alike, also one that never skips (default-credentials passed on an empty scope,
    // which made a mistyped glob look verified).
    // A check that judges the paths its scope names (env-file-not-ignored: the untracked `.env`) says itself whether
    // it judged any.
    if (scope && !own.findings.length && !own.error && !view.files.length && (!judgesScope || own.skipped !== undefined)) return { ...own, skipped: `no tracked file is in the item's scope (paths/ignore match nothing)` };
    if (!scope || judgesScope || own.error) return own.skipped !== undefined && scope ? leftOut(def, view, own) : own;
    const skipped = own.skipped !== undefined && !own.findings.length;
    let run = wholeRuns.get(wholeKey);
    if (!run) { run = whole().then(indexFiles); wholeRuns.set(wholeKey, run); }
    const { all, files, fileOf } = await run;
    if (all.error) return own;
    const inScope = files.map((f) => scope(f));
    // The overlays' kustomization files, each tested once per item.
    const overlayIn = new Map<string, boolean>();
    const inOverlay = (file: string) => { let v = overlayIn.get(file); if (v === undefined) overlayIn.set(file, v = scope(file)); return v; };
    const located = all.findings.map((f, k) => fileOf[k] !== -1 && (inScope[fileOf[k]!]! || (!!f.overlays?.some(inOverlay) && !excluded?.(f.file!))));
    // A skipped scope is taken over only by findings located in it (files lists the findings' files), never by a
    // repository-wide one alone.
    if (skipped && !located.some(Boolean)) return leftOut(def, view, own);
    return { findings: all.findings.filter((_, k) => fileOf[k] === -1 || located[k]) };
  };
  // The file pass runs on worker threads while this thread runs the checks that need no pass.
  const defs = new Map(later.map((c) => [c.def.id, c.def]));
  // Workers know the registered checks only; a check defined elsewhere (a test's) runs here.
  const registered = [...defs.values()].every((d) => CHECKS.includes(d));
  // Workers started early (an engine thread's pool) serve this pass when they can; else none or new ones.
  const usable = pool !== null && registered && jobs.length > 0;
  if (pool && !usable) pool.release();
  const threads = usable ? pool : registered ? threadCount(snapshot.files.length, env) : 0;
  const pass = jobs.length
    ? startScan({ root: snapshot.root, realRoot: snapshot.reader.realRoot, base: snapshot.base, files: snapshot.files, textLinks: snapshot.reader.textLinks, jobs }, defs, threads, (f) => snapshot.cachedText(f) ?? snapshot.reader.read(f), (f) => snapshot.reader.readChunks(f))
    : null;
  const spent = new Map<string, number>();
  const tDirect = performance.now();
  for (const c of direct) {
    const t = performance.now();
    out.set(c.key, withoutRepeats(await scoped(c.def, c.scope, c.excluded, c.view, () => executeCheck(c.def, c.view, c.options, now), () => executeCheck(c.def, snapshot, c.options, now), `${c.def.id}\0${JSON.stringify(c.options)}`)));
    spent.set(c.def.id, (spent.get(c.def.id) ?? 0) + performance.now() - t);
  }
  if (direct.length) logger.debug(`checks without a file pass: ${Math.round(performance.now() - tDirect)} ms (${[...spent].sort((a, b) => b[1] - a[1]).map(([id, ms]) => `${id} ${Math.round(ms)}`).join(', ')})`);
  if (pass) {
    // While worker threads scan, the judges' work that needs no scanner results (see CheckDef.prepare): done now, it
    // is not left for after the pass, when this thread judges alone. Without workers the judges do it themselves.
    if (pass.workers > 0) {
      const tPrep = performance.now();
      const prepared = new Set<CheckDef>();
      for (const c of later) if (c.view === snapshot && !prepared.has(c.def)) {
        prepared.add(c.def);
        // A helper that throws is not memoized: the check's run meets the error again, and reports it as its outcome.
        try { c.def.prepare?.(snapshot); } catch { /* reported by the run */ }
      }
      logger.debug(`file-pass checks prepared in ${Math.round(performance.now() - tPrep)} ms while ${pass.workers} worker thread${pass.workers === 1 ? '' : 's'} scanned`);
    }
    const t0 = performance.now();
    const scan = await pass.finish();
    snapshot.absorb(scan);
    logger.debug(`file pass: ${snapshot.files.length} files, ${jobs.length} scanner${jobs.length === 1 ? '' : 's'}, ${scan.threads} worker thread${scan.threads === 1 ? '' : 's'} delivered, ${scan.reads} files read by workers (${Math.round(performance.now() - t0)} ms after the other checks)`);
    const tLater = performance.now();
    const judged = new Map<string, number>();
    for (const c of later) {
      const error = scan.errors[c.job];
      if (error) { out.set(c.key, { findings: [], error }); continue; }
      const t = performance.now();
      const all = scan.results[c.job]!;
      const rows = c.view === snapshot ? all : all.filter((r) => c.view.has(r.file));
      out.set(c.key, withoutRepeats(await scoped(c.def, c.scope, c.excluded, c.view, () => executeCheck(c.def, c.view, c.options, now, rows), () => executeCheck(c.def, snapshot, c.options, now, all), `job\0${c.job}`)));
      judged.set(c.def.id, (judged.get(c.def.id) ?? 0) + performance.now() - t);
    }
    logger.debug(`file-pass checks judged in ${Math.round(performance.now() - tLater)} ms (${[...judged].sort((a, b) => b[1] - a[1]).map(([id, ms]) => `${id} ${Math.round(ms)}`).join(', ')})`);
  }
  return out;
}

/**
 * A scoped item's skip, saying which files of its scope the check leaves alone as files of test or example folders
 * (`paths: ["examples/**"]`: `examples/demo/Dockerfile` builds no production image), rather than only that nothing was
 * found: the Dockerfiles a skip reason about Dockerfiles or their commands means, and the compose files and manifests
 * the check's `judges` leaves out.
 */
function leftOut(def: CheckDef, view: SnapshotView, own: Outcome): Outcome {
  if (own.skipped === undefined || own.findings.length) return own;
  const aboutDockerfiles = /Dockerfile|CMD/.test(own.skipped);
  // The files holding Kubernetes objects, gathered once (not a pass over every object per file of the scope).
  let manifests: Set<string> | undefined;
  const isManifest = (f: string) => (manifests ??= new Set(view.k8sObjects().map((o) => o.file))).has(f);
  const files = view.files.filter((f) => (isDockerfile(f)
    ? !isTemplate(f) && (def.judges ? !def.judges(view, f) : aboutDockerfiles && isIllustrationDockerfile(view, f))
    : def.judges !== undefined && !isTemplate(f) && (isComposeFile(f) || isManifest(f)) && !def.judges(view, f)));
  if (!files.length) return own;
  const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return { ...own, skipped: `${own.skipped}; ${named} ${files.length > 1 ? 'are left out as files of test or example folders, which deploy' : 'is left out as a file of a test or example folder, which deploys'} nothing to production` };
}

/** An outcome with the distinct files of its findings, and each finding's index in them (-1: no file). */
function indexFiles(all: Outcome): { all: Outcome; files: string[]; fileOf: Int32Array } {
  const files: string[] = [];
  const index = new Map<string, number>();
  const fileOf = Int32Array.from(all.findings, (f) => {
    if (!f.file) return -1;
    let i = index.get(f.file);
    if (i === undefined) { i = files.push(f.file) - 1; index.set(f.file, i); }
    return i;
  });
  return { all, files, fileOf };
}

interface ResolvedProbes { config: ProbeConfig | null; reason: string }

/** Why a CA file's text cannot be used as PEM certificates, or undefined when every block parses. */
function pemProblem(text: string): string | undefined {
  const blocks = pemBlocks(text);
  if (!blocks.length) {
    const other = /-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(text)?.[1];
    return other
      ? `holds no certificate (found -----BEGIN ${other}-----, expected -----BEGIN CERTIFICATE-----)`
      : 'is not a PEM certificate (no -----BEGIN CERTIFICATE----- block; a DER file converts with `openssl x509 -inform der -in FILE -out ca.pem`)';
  }
  for (const [i, block] of blocks.entries()) {
    try { new X509Certificate(block); } catch (e) {
      return `holds a certificate that cannot be parsed (${blocks.length > 1 ? `block ${i + 1}: ` : ''}${((e as Error).message ?? String(e)).split('\n')[0]})`;
    }
  }
  return undefined;
}

/** Why a file of role `what` is read from the base commit, as its not-found error says it. */
function baseWhy(opts: RunOptions, what: string): string {
  return opts.readBaseWhy?.(what) ?? `on pull_request_target the ${what} is read from the base branch`;
}

/**
 * The CA file's text from the base commit (`opts.readBase`), when probes would run and a CA is
 * named (the `ca` input inside the repository, else `probes.ca`); undefined otherwise. A file the
 * base commit does not have is a ConfigError.
 */
async function readBaseCa(opts: RunOptions, list: Checklist, checklistAbs: string | null, snapshot: Snapshot, rel: (abs: string) => string, cwd: string): Promise<string | undefined> {
  const p = list.probes;
  const url = opts.url === undefined || opts.url === '' ? p.url : opts.url;
  if (opts.probes === false || !url || !opts.readBase) return undefined;
  let file: string;
  let named: string;
  let where: ConfigError['where'];
  if (opts.ca) {
    file = rel(path.resolve(cwd, opts.ca));
    // Outside the repository (a file an earlier step wrote, e.g. from a secret into
    // $RUNNER_TEMP) no pull request wrote it: read from disk like any caller's file.
    if (path.isAbsolute(file)) return undefined;
    named = `CA file ${opts.ca}`;
  } else if (p.ca) {
    where = p.where?.ca ?? (list.file ? { file: list.file } : undefined);
    file = checklistPath('probes.ca', p.ca, where, checklistAbs, snapshot);
    named = `probes.ca '${p.ca}'`;
  } else return undefined;
  const text = await opts.readBase(file, 'CA file');
  if (text === null) throw new ConfigError(`${named} not found in the base commit (${baseWhy(opts, 'CA file')})`, where);
  return text;
}

/**
 * The masks that apply to the team's own checklist text (item titles and ids): all but what only a URL's credential parameter
 * put there (a value also pushed for another reason — a `${PREFLIGHT_TOKEN}` substituted into `?token=` — stays).
 */
function withoutUrlParams(masks: readonly string[], urlParams: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const v of urlParams) left.set(v, (left.get(v) ?? 0) + 1);
  return masks.filter((v) => {
    const n = left.get(v) ?? 0;
    if (n > 0) { left.set(v, n - 1); return false; }
    return true;
  });
}

function resolveProbeConfig(opts: RunOptions, list: Checklist, checklistAbs: string | null, snapshot: Snapshot, cwd: string, env: Record<string, string | undefined>, masks: string[], urlParams: string[], logger: Logger, baseCa?: string): ResolvedProbes {
  const p = list.probes;
  // The caller's own settings are named as the caller spelled them: CLI flags, or the action's inputs.
  const flag = (name: string) => (opts.event === undefined ? `--${name}` : `input '${name}'`);
  // Where a `probes:` value is written (the parser records it).
  const at = (...keyPath: string[]): ConfigError['where'] => {
    if (!list.file) return undefined;
    const [key, name] = keyPath;
    const loc = key === 'url' ? p.where?.url : key === 'ca' ? p.where?.ca : key === 'http-url' ? p.where?.httpUrl : key === 'headers' && name !== undefined ? p.where?.headers?.[name] : undefined;
    return loc ?? { file: list.file };
  };
  // Only ${PREFLIGHT_*} variables are substituted (see unsubstitutedProblem; the checklist's parser reports these with
  // its other mistakes, this is the last guard before anything is sent).
  const foreign = (s: string, key: string[]) => {
    const problem = unsubstitutedProblem(s);
    if (problem) throw new ConfigError(`probes.${key.join('.')} ${problem}`, at(...key));
  };
  // An unset variable skips the probes with a notice (DESIGN: a fork's run may lack the secrets the checklist names),
  // naming where the setting is written (`file:line:column: …`, as a ConfigError would); with probes off
  // (`--no-probes`) nothing is skipped for it: no notice.
  const unsetNotice = (message: string, where?: ConfigError['where']) => { if (opts.probes !== false) (logger.notice ?? logger.warn)(new ConfigError(message, where).format()); };
  // A path that leaves the repository is wrong in the checklist itself, probes or not (the
  // checklist must fail where it is written, not at deploy time).
  if (p.ca) checklistPath('probes.ca', p.ca, at('ca'), checklistAbs, snapshot);
  if (p.url !== undefined) foreign(p.url, ['url']);
  if (p.httpUrl !== undefined) foreign(p.httpUrl, ['http-url']);
  for (const [k, v] of Object.entries(p.headers ?? {})) foreign(v, ['headers', k]);
  // The first unset variable `subst` met (named in the notice: the user must know which secret the run lacks).
  let unsetName = '';
  // Set to the empty string (a secret not available to the run) rather than not set at all: said as such.
  let unsetEmpty = false;
  const notSet = () => (unsetEmpty ? 'which is set to an empty value' : 'which is not set');
  const subst = (s: string, inUrl = false): string | null => {
    let missing = false;
    const out = s.replace(/\$\{(PREFLIGHT_[A-Za-z0-9_]*)\}/g, (_m, name: string) => {
      const v = env[name];
      if (v === undefined || v === '') { if (!missing) { unsetName = name; unsetEmpty = v === ''; } missing = true; return ''; }
      if (inUrl ? masksUrlValue(name, v) : masksValue(name, v)) masks.push(v);
      return v;
    });
    return missing ? null : out;
  };
  const nonEmpty = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  // Header values given by the caller are secrets whether or not probes run.
  masks.push(...namedSecrets(opts.headers ?? {}));
  // The plain-HTTP origin of the redirect probe: an http:// URL, or the probe would judge nothing real.
  const plainUrl = (value: string, label: string, where: ConfigError['where']) => {
    const parts = urlSecretParts(value);
    masks.push(...parts.password, ...parts.params);
    urlParams.push(...parts.params);
    const why = plainUrlReason(value);
    if (why) throw new ConfigError(redactText(`${label} '${value}': ${why}`, masks), where);
    return value;
  };
  // The caller's own plain-HTTP origin and CA file (--http-url, --ca; the action's inputs) are judged whether or not
  // the probes run (no URL at all, `--no-probes`), as a bad --timeout is: a typo in a wrapper's flag must not wait, unseen,
  // for the day a URL is added. On pull_request_target (`readBase`) the CA is judged only where a run with a URL reads it
  // (the base commit's copy when the probes run): a run without one does not read the pull request's copy for it.
  const callerHttpUrl = nonEmpty(opts.httpUrl) === undefined ? undefined : plainUrl(opts.httpUrl!, flag('http-url'), undefined);
  const readCallerCa = (file: string): string => {
    let text: string;
    try { text = readUserFile(path.resolve(cwd, file)); } catch (e) { throw new ConfigError(`CA file ${file} (${flag('ca')}) ${readProblem(e, 'a PEM file')}`); }
    const problem = pemProblem(text);
    if (problem) throw new ConfigError(`CA file ${file} (${flag('ca')}) ${problem}`);
    return text;
  };
  const callerCa = baseCa === undefined && opts.ca && !opts.readBase ? readCallerCa(opts.ca) : undefined;
  const rawUrl = nonEmpty(opts.url) ?? p.url;
  if (!rawUrl) return { config: null, reason: 'no URL given (--url, the `url` input or probes.url)' };
  const url = nonEmpty(opts.url) ?? subst(rawUrl, true);
  if (url === null) { unsetNotice(`probes skipped: probes.url names \${${unsetName}}, ${notSet()} (only \${PREFLIGHT_*} variables are substituted: set it in the step's env)`, at('url')); return { config: null, reason: `probes.url names \${${unsetName}}, ${notSet()}` }; }
  // A password in the URL is a secret wherever the URL is shown (report, logs, errors).
  const parts = urlSecretParts(url);
  masks.push(...parts.password, ...parts.params);
  urlParams.push(...parts.params);
  const urlWhy = httpUrlReason(url);
  if (urlWhy) {
    const given = nonEmpty(opts.url) ? ` (${opts.urlFrom ?? flag('url')})` : '';
    throw new ConfigError(redactText(`invalid URL '${url}'${given}: ${urlWhy}`, masks), given ? undefined : at('url'));
  }
  const headers: Record<string, string> = {};
  // A header the caller gives (--header, the `headers` input) wins per name: the checklist's value is never used, so an unset variable in it skips nothing.
  const given = new Set(Object.keys(opts.headers ?? {}).map((k) => k.toLowerCase()));
  for (const [k, v] of Object.entries(p.headers ?? {})) {
    if (given.has(k.toLowerCase())) continue;
    // A Host header's variables name the site, as the URL's do (`Host: ${PREFLIGHT_HOST}`): masked only under a secret-like name.
    const value = subst(v, isHostHeader(k));
    if (value === null) { unsetNotice(`probes skipped: header ${k} names \${${unsetName}}, ${notSet()} (only \${PREFLIGHT_*} variables are substituted: set it in the step's env)`, at('headers', k)); return { config: null, reason: `probes.headers.${k} names \${${unsetName}}, ${notSet()}` }; }
    // Like --header values, trimmed (a secret stored with a trailing newline); a CR/LF inside would
    // make every request fail.
    const trimmed = value.trim();
    const problem = headerValueProblem(trimmed);
    if (problem) throw new ConfigError(`probes.headers.${k}: ${problem}${v.includes('${PREFLIGHT_') ? ' after substituting its ${PREFLIGHT_*} variables' : ''}, which cannot be sent in an HTTP header (the value is not shown)`, at('headers', k));
    const nameProblem = headerNameProblem(k, trimmed);
    if (nameProblem) throw new ConfigError(`probes.headers.${k}: ${nameProblem}; remove it`, at('headers', k));
    headers[k] = trimmed;
  }
  for (const [k, v] of Object.entries(opts.headers ?? {})) setHeader(headers, k, v);
  masks.push(...namedSecrets(headers));
  let ca: string | undefined;
  if (baseCa !== undefined) {
    const problem = pemProblem(baseCa);
    if (problem) throw new ConfigError(`${opts.ca ? `CA file ${opts.ca} (${flag('ca')})` : `probes.ca '${p.ca}'`} ${problem}`, opts.ca ? undefined : at('ca'));
    ca = baseCa;
  } else if (opts.ca) {
    ca = callerCa ?? readCallerCa(opts.ca);
  } else if (p.ca) {
    // A pull request's checklist must not make Preflight read outside the repository, symlinks
    // included: the CA is read like any repository file.
    const where = at('ca');
    const { text } = readChecklistFile('probes.ca', p.ca, where, checklistAbs, snapshot);
    const problem = pemProblem(text);
    if (problem) throw new ConfigError(`probes.ca '${p.ca}' ${problem}`, where);
    ca = text;
  }
  let httpUrl: string | undefined;
  if (callerHttpUrl !== undefined) httpUrl = callerHttpUrl;
  else if (p.httpUrl) {
    const value = subst(p.httpUrl, true);
    if (value === null) unsetNotice(`probes.http-url names \${${unsetName}}, ${notSet()}: https-redirect probes the default plain-HTTP origin`, at('http-url'));
    else {
      httpUrl = plainUrl(value, 'probes.http-url', at('http-url'));
      // The checklist's http-url goes with its url (`https://staging…` and `http://staging…`): when the caller's URL
      // (a preview, a deployment_status URL) names another host, it would judge that other deployment.
      // Only when the caller's URL retargets the run (another host than the checklist's own probes.url): a checklist
      // pairing `https://www.example.com` with `http://example.com` keeps its pair when the same URL is passed again.
      const own = nonEmpty(opts.url) && p.url ? subst(p.url, true) : null;
      const retargeted = nonEmpty(opts.url) && (own === null || otherHost(own, url) !== null);
      const other = retargeted ? otherHost(httpUrl, url) : null;
      if (other !== null) {
        logger.warn(new ConfigError(redactText(`probes.http-url is for host ${other.plain}, but ${opts.urlFrom ?? flag('url')} names ${other.url}: https-redirect probes ${other.url}'s plain-HTTP origin instead (set ${flag('http-url')} to choose)`, masks), at('http-url')).format());
        httpUrl = undefined;
      }
    }
  }
  return {
    reason: '',
    config: {
      url,
      httpUrl,
      health: p.health,
      timeoutMs: Math.round((opts.timeout ?? p.timeout ?? 10) * 1000),
      waitMs: Math.round((opts.wait ?? p.wait ?? 0) * 1000),
      headers,
      ca,
      allowSelfSigned: opts.allowSelfSigned ?? p.allowSelfSigned ?? false,
    },
  };
}

/** The hosts of a plain-HTTP origin and the probed URL when they differ (case-insensitively), else null. */
function otherHost(plain: string, url: string): { plain: string; url: string } | null {
  try {
    // A fully qualified name's trailing dot (`app.example.com.`) names the same host.
    const a = new URL(plain).hostname.toLowerCase().replace(/\.$/, '');
    const b = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return a === b ? null : { plain: a, url: b };
  } catch { return null; }
}

async function runProbeItems(planned: PlannedItem[], resolved: ResolvedProbes, enabled: boolean, logger: Logger, onUnanswered?: (reason: string) => void): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  const tasks: ProbeTask[] = [];
  planned.forEach((p, i) => p.checks.forEach((c, j) => {
    if (c.off || c.def.kind !== 'probe') return;
    const key = `${i}:${j}`;
    if (!enabled) out.set(key, { findings: [], skipped: 'probes disabled (--no-probes)' });
    else if (!resolved.config) out.set(key, { findings: [], skipped: resolved.reason });
    else tasks.push({ key, probe: c.def as never, options: c.options });
  }));
  if (tasks.length && resolved.config) {
    const results = await runProbes(tasks, resolved.config, logger, onUnanswered);
    for (const t of tasks) {
      const r = results.get(t.key) ?? { error: 'probe did not run', findings: [] };
      out.set(t.key, r.error ? { findings: r.findings, error: r.error } : r.skipped && !r.findings.length ? { findings: [], skipped: r.skipped } : { findings: r.findings });
    }
  }
  return out;
}

/**
 * Where a checklist warning points: every one starts `FILE:LINE[:COLUMN]: ` with the checklist's own file (see
 * `Checklist.warnings`), read back here so the action can annotate that line. None for a preset's warnings.
 */
function warningWhere(file: string | null, warning: string): ConfigError['where'] {
  if (!file || !warning.startsWith(`${file}:`)) return undefined;
  const m = /^(\d+)(?::(\d+))?: /.exec(warning.slice(file.length + 1));
  if (!m) return { file };
  return { file, line: Number(m[1]), ...(m[2] ? { column: Number(m[2]) } : {}) };
}
