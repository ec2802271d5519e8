import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { apiUrlProblem, backslashHint, inputSecrets, maskOnce, parseRunnerContext, readRawInputs, readSettings } from './inputs.js';
import type { RunnerContext, Settings } from './inputs.js';
import { readClaims, recordClaim, renamedWarning, supersededNotice, uniqueName } from './check-names.js';
import type { Verdict } from './check-names.js';
import { PULL_REQUEST_EVENTS, commentedPullOf, descriptionEdit, resolveEvent, runsFromGithubSha, unsupportedEventNotice } from './context.js';
import { namedSecrets, redactingLogger, redactor, redactReport, secretsOf } from '../report/redact.js';
import type { EventContext } from './context.js';
import type { NestedCheckout } from './base-checklist.js';
import type { BaseRule } from './base-checklist.js';
import { BaseChecklistError, PULL_REQUEST_TARGET_RULE, baseReader, baseRuleText, checkoutsBelow, gitRoot, hasCommit, isAncestor, readBaseChecklist, rootRelative, superprojectOf, workspaceCommit } from './base-checklist.js';
import { compareLineMap, lineMapper } from './lines.js';
import type { LineMap } from './lines.js';
import { createClient, describeError, isForbidden, isRateLimited, statusOf, Unconfirmed, UnreadableAnswer } from '../github/client.js';
import type { GitHubClient } from '../github/client.js';
import { publishCheckRun } from '../github/check-run.js';
import { CommentError, commentAuthor, commentMarker, upsertComment } from '../github/comment.js';
import { emitFallbackAnnotations } from '../github/fallback.js';
import { MAX_COMPARE_FILES, changedFiles, comparedFiles, fetchPull, pullForCommit, pullReviews } from '../github/pulls.js';
import { commandSafe, cutBytes, LIMITS, repoPath, toCheckAnnotation } from '../github/sanitize.js';
import type { CheckAnnotation } from '../github/sanitize.js';
import { capAnnotations, toAnnotations } from '../report/annotations.js';
import { JOB_SUMMARY_BYTES, renderFindingList, renderMarkdown, renderMarkdownFit, renderTitle } from '../report/markdown.js';
import { SARIF_MAX_RESULTS, checkoutFiles, sarifChecklistFile, sarifResultsLeftOut, toSarif } from '../report/sarif.js';
import { workflowAnchor } from '../report/workflow-anchor.js';
import { toJson } from '../report/json.js';
import { summaryLine } from '../report/summary.js';
import { checklistsNotDiscovered, DISCOVERY, lookalikeNotice, rootChecklistUnused, run } from '../run.js';
import { presetHint } from '../checklist/load.js';
import { MAX_BODY, descriptionCut, parseAttestations } from '../gate/attest.js';
import { associationOf, describeUser, isAttester, reviewsNotCounted, standingApprovals, type Attesters, type PullReview, type ReviewNotCounted } from '../gate/attesters.js';
import type { RunResult } from '../run.js';
import { ConfigError, SEVERITIES, writeProblem } from '../types.js';
import type { Logger, Report } from '../types.js';
import { makeDirs, writeBlocker } from '../mkdirs.js';
import { isWithin, safeRealpath } from '../repo/read.js';
import { andList } from '../words.js';
import { currentDirectory } from '../user-file.js';
import { printable, withArticle } from '../checks/util/text.js';

/** A full commit id (SHA-1, or SHA-256 repositories). */
const COMMIT_SHA = /^[0-9a-f]{40,64}$/i;

const ISSUES_URL = 'https://github.com/preflight-gate/preflight/issues';
/** Job-summary room kept for the notes added once the check run is written (degrade, counts). */
const NOTE_ROOM = 8 * 1024;

/**
 * Workflow-command annotations this step has printed, per type: GitHub shows 10 of each per step,
 * and the fallback annotations get what is left (every `::error`/`::warning` goes through `say`).
 */
const printed = { error: 0, warning: 0, notice: 0 };
// No control character of a file name or a message reaches the log raw (commandSafe).
const say = {
  error: (message: string, props?: core.AnnotationProperties) => { printed.error++; const c = commandSafe(message, props); core.error(c.message, c.props); },
  warning: (message: string, props?: core.AnnotationProperties) => { printed.warning++; const c = commandSafe(message, props); core.warning(c.message, c.props); },
  notice: (message: string, props?: core.AnnotationProperties) => { printed.notice++; const c = commandSafe(message, props); core.notice(c.message, c.props); },
};

/**
 * A folder that holds no file — nothing at all, empty folders, or a `.git` of a repository with nothing checked out (`git init`
 * only): what GITHUB_WORKSPACE is when no step checked anything out. Bounded: it stops at the first file, and a folder with more
 * than MAX_PEEK entries in all is taken to hold one.
 */
function holdsNoFile(dir: string): boolean {
  const MAX_PEEK = 1_000;
  const queue = [dir];
  let seen = 0;
  while (queue.length) {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(queue.shift()!, { withFileTypes: true }); } catch { return false; }
    for (const e of entries) {
      if (++seen > MAX_PEEK) return false;
      if (e.isDirectory()) { if (e.name !== '.git') queue.push(path.join(e.parentPath, e.name)); } else if (e.name !== '.git') return false;
    }
  }
  return true;
}

/**
 * A logger over `core` that also scrubs known secret values itself: the runner masks them in the
 * log, but the raw stream (and anyone reading it outside a runner) should not carry them either.
 */
function makeLogger(secrets: string[], onChecklistWarning?: (message: string) => void): Logger {
  return redactingLogger({
    // Plain log lines too: no control character of a file name or a message reaches the log raw (printable, as say's commandSafe).
    info: (m) => core.info(printable(m)),
    // Only a warning located in a checklist file (`where`: a checklist warning) is titled and annotated as one; any
    // other (the file walk, probes) is a plain `::warning` with its own wording.
    warn: (m, where) => {
      if (!where) { say.warning(m); return; }
      say.warning(m, whereProps(where, 'Preflight checklist warning'));
      onChecklistWarning?.(m);
    },
    debug: (m) => core.debug(printable(m)),
    notice: (m) => say.notice(m),
  }, secrets);
}

/**
 * Annotation properties for a file:line:column (a configuration error, a checklist warning): annotation paths are
 * repository-relative (act() hands run() root-relative paths); a file outside the repository is named in the
 * message only.
 */
function whereProps(w: ConfigError['where'], title: string): core.AnnotationProperties {
  const file = w?.file && !path.isAbsolute(w.file) && !w.file.startsWith('../') ? w.file.split(path.sep).join('/') : null;
  return {
    title,
    ...(file ? { file } : {}),
    ...(file && w?.line ? { startLine: w.line } : {}),
    ...(file && w?.column ? { startColumn: w.column } : {}),
  };
}

/**
 * The action: read inputs, run the pipeline on the workspace, publish the check run (or fall back
 * to workflow-command annotations), job summary, SARIF, sticky comment and outputs, and fail the
 * step when the gate fails. Never throws: errors become `::error` lines and a failed step.
 */
export async function main(): Promise<void> {
  let debug = false;
  let settings: Settings | undefined;
  const reached: Reached = {};
  try {
    createRunnerFiles();
    // The workspace is GITHUB_WORKSPACE, else the current directory (a run outside the runner): one that no longer exists
    // (deleted by an earlier step) is the environment's problem, said as such, not an internal error.
    if (!process.env.GITHUB_WORKSPACE && currentDirectory() === null) throw new ConfigError('GITHUB_WORKSPACE is not set and the current directory no longer exists (deleted or moved after the step started in it): set GITHUB_WORKSPACE to the checked-out repository, or run the step from it');
    settings = withBomTolerantPayload(readSettings());
    debug = settings.runner.debug;
    await act(settings, reached);
  } catch (err) {
    // Preflight could not judge: the gate did not pass (a workflow that reads `result` must not see it empty).
    try { core.setOutput('result', 'fail'); } catch { /* GITHUB_OUTPUT unwritable: the failed step still says it */ }
    if (err instanceof ConfigError) {
      // One ::error line: the annotation carries file and line, the log line reads file:line: message.
      // A `\` in a path input on a POSIX runner: the path was looked for as written, and the error says to use `/`.
      // The runner masks the secrets it was told of; the raw stream (and any reader outside a runner) gets none either:
      // an error may quote an input's line.
      const hide = redactor(errorSecrets(settings));
      // Each error as the log, the check run and the summary say it (with its backslash hint), worded once.
      const errors = err.all().map((one) => {
        const hint = backslashHint(settings?.inputs, one.format());
        return { text: `${one.format()}${hint}`, message: `${one.message}${hint}`, where: one.where };
      });
      for (const e of errors) say.error(hide(e.text), whereProps(e.where, 'Preflight configuration error'));
      if (err.omitted) say.error(`… and ${err.omitted} more configuration error${err.omitted === 1 ? '' : 's'} (fix these first)`, { title: 'Preflight configuration error' });
      process.exitCode = 1;
      // The pull request shows why its check is red (or why a required `Preflight` is not green), not only the log.
      await reportCouldNotRun({
        heading: 'configuration error',
        title: 'Configuration error',
        errors,
        omitted: err.omitted,
      }, settings, reached);
      return;
    }
    if (err instanceof BaseChecklistError) {
      say.error(redactor(errorSecrets(settings))(err.message), { title: `Preflight: the base ${err.what} could not be read` });
      process.exitCode = 1;
      await reportCouldNotRun({ heading: `the base ${err.what} could not be read`, title: `The base ${err.what} could not be read`, errors: [{ text: err.message, message: err.message }], omitted: 0 }, settings, reached);
      return;
    }
    const msg = (err as Error)?.message ?? String(err);
    say.error(`Preflight failed unexpectedly: ${msg.split('\n')[0]}\nThis is a bug in Preflight: please report it at ${ISSUES_URL} (re-run with debug logging for details).`, { title: 'Preflight internal error' });
    if (debug && err instanceof Error && err.stack) core.info(err.stack);
    process.exitCode = 1;
  }
}

/**
 * The settings with an event payload written behind a UTF-8 byte-order mark read after all (an editor's or a
 * tool's payload file: JSON.parse refuses the mark, and the payload names the pull request whose sign-offs gate).
 */
function withBomTolerantPayload(settings: Settings): Settings {
  if (!settings.runner.eventProblem) return settings;
  const runner = parseRunnerContext(process.env, (p) => fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, ''));
  return runner.eventProblem ? settings : { ...settings, runner };
}

async function act({ inputs, runner }: Settings, reached: Reached): Promise<void> {
  // Values a checklist may substitute into probe headers: masked before anything runs.
  for (const v of secretsOf(namedSecrets(runner.preflightEnv))) maskOnce(v);
  // The checklist's warnings, for the summaries too (the `::warning` annotations are not the whole report's place).
  const checklistWarnings: string[] = [];
  const logger = makeLogger([inputs['github-token'], ...namedSecrets(inputs.headers), ...namedSecrets(runner.preflightEnv)], (m) => checklistWarnings.push(m));

  // `Name: ${{ secrets.X }}` where the secret is not available (a fork's pull request, Dependabot): the probes would
  // meet the protection the header was meant to pass, with no hint why. The value is empty, so the name is all there is to say.
  if (inputs.emptyHeaders.length) {
    const names = inputs.emptyHeaders.join(', ');
    // Values that are only an auth scheme (`Bearer ` with the secret missing) are named with it ("only 'Bearer', no credential"), not called empty.
    const what = inputs.emptyHeaders.every((h) => h.endsWith(', no credential)')) ? ['is', 'are'] : ['has an empty value, so it is', 'have empty values, so they are'];
    say.warning(`input 'headers': ${names} ${inputs.emptyHeaders.length === 1 ? what[0] : what[1]} not sent — a secret not available to this run (e.g. on a pull request from a fork, or a Dependabot run)?`, { title: 'Preflight: empty header value' });
  }
  // A header on two lines with different values (`X-Api-Key` twice, in any case): the last line's is sent, said by name only.
  if (inputs.repeatedHeaders.length) {
    const n = inputs.repeatedHeaders.length;
    say.warning(`input 'headers': ${inputs.repeatedHeaders.join(', ')} ${n === 1 ? 'is' : 'are'} given on two lines with different values: only the last line's value is sent (the values are not shown)`, { title: 'Preflight: header given twice' });
  }
  if (runner.repositoryProblem) say.warning(`${runner.repositoryProblem}.`, { title: 'Preflight: GITHUB_REPOSITORY not usable' });
  const ev = resolveEvent(runner.eventName, runner.payload, runner.sha, runner.ref, runner.repository ? `${runner.repository.owner}/${runner.repository.repo}` : '');
  reached.ev = ev;
  const prEvent = PULL_REQUEST_EVENTS.has(ev.event);
  // A pull request event whose payload has no `pull_request` (unusable, or trimmed): its description, and so its
  // sign-offs, can only come from the API. The gate fails closed: pending manual items still gate.
  const payloadPull = runner.payload['pull_request'];
  const noPullInPayload = prEvent && (typeof payloadPull !== 'object' || payloadPull === null);
  const hasToken = Boolean(inputs['github-token'] && runner.repository);
  if (runner.eventProblem) {
    const effect = !prEvent ? 'running without the event\'s details (no pull request, sign-offs or deployment URL from it)'
      : ev.pullRequest === null ? 'running without the event\'s details'
      : hasToken ? `running without the event's details: pull request #${ev.pullRequest} is named by GITHUB_REF (${runner.ref}), and its head commit and description are read through the API`
      : `running without the event's details: pull request #${ev.pullRequest} is named by GITHUB_REF (${runner.ref}), but without a github-token its description cannot be read, so no sign-off counts and pending manual items stay pending (they gate)`;
    say.warning(`${runner.eventProblem}: ${effect}.`, { title: 'Preflight: event payload unusable' });
  } else if (noPullInPayload && ev.pullRequest !== null && !hasToken) {
    say.warning(`The ${ev.event} event's payload has no pull_request: pull request #${ev.pullRequest} is named by GITHUB_REF (${runner.ref}), but without a github-token its description cannot be read, so no sign-off counts and pending manual items stay pending (they gate).`, { title: 'Preflight: no pull request in the event' });
  }
  // A deployment that did not succeed has nothing to probe, and a check run from it would stand beside (or
  // replace) the one of the successful deployment of the same commit: say so and stop.
  if (ev.event === 'deployment_status' && ev.deploymentState && ev.deploymentState !== 'success') {
    core.notice(`deployment_status '${ev.deploymentState}': Preflight gates successful deployments only (it probes their environment_url); nothing was run. Add \`if: github.event.deployment_status.state == 'success'\` to the job to skip it.`, { title: 'Preflight: deployment not successful' });
    return;
  }
  if (ev.event === 'merge_group' && ev.pullRequest === null) {
    // The queue gates a merge, as a pull request does (fail closed): its sign-offs cannot be read, so its pending
    // manual items gate, as when the pull request named by the queue ref cannot be read.
    const headRef = (runner.payload['merge_group'] as Record<string, unknown> | undefined)?.['head_ref'];
    const named = typeof headRef === 'string' && headRef ? `head_ref ${JSON.stringify(headRef)}` : runner.ref ? `no head_ref, and GITHUB_REF is ${JSON.stringify(runner.ref)}` : 'no head_ref, and GITHUB_REF is not set';
    say.warning(`The merge_group event names no pull request (${named}; a merge queue ref ends in \`pr-<N>-<sha>\`): its sign-offs cannot be read, so pending manual items stay pending and gate the queue as on the pull request.`, { title: 'Preflight: no pull request in the merge group' });
  }
  if (prEvent && ev.pullRequest === null) {
    // Still a pull request's run (fail closed): its sign-offs cannot be read, so its pending manual items gate.
    say.warning(`The ${ev.event} event's payload names no pull request${runner.ref ? `, nor does GITHUB_REF (${runner.ref})` : ' and GITHUB_REF is not set'}: no sign-off can be read, so pending manual items stay pending and gate as on any pull request (the check run goes on ${ev.headSha ? ev.headSha.slice(0, 12) : 'GITHUB_SHA'}).`, { title: 'Preflight: no pull request in the event' });
  }
  // pull_request_target runs with a write token on a checkout that may hold the pull request's
  // files: without the base commit the checklist cannot be read from the base branch, and the
  // workspace's is never trusted.
  if (ev.event === 'pull_request_target' && !ev.baseSha) {
    throw new BaseChecklistError('The pull_request_target payload has no base commit (pull_request.base.sha), so the checklist cannot be read from the base branch; Preflight does not fall back to the workspace\'s checklist, which the pull request may have changed.');
  }
  const repo = runner.repository;
  // The API is used only with a token and a repository: then a GITHUB_API_URL that is no URL is a configuration error
  // (said before the scan, as every other), not a crash or a request to a guessed host.
  const badApiUrl = inputs['github-token'] && repo ? apiUrlProblem(runner.apiUrl) : null;
  if (badApiUrl) throw new ConfigError(badApiUrl);
  const client: GitHubClient | null = inputs['github-token'] && repo
    ? createClient({ token: inputs['github-token'], baseUrl: runner.apiUrl, logger, retryMs: runner.retryMs, timeoutMs: runner.apiTimeoutMs })
    : null;
  reached.client = client;
  // A payload without the pull request's head (the PR named by GITHUB_REF only): GITHUB_SHA is the merge
  // commit, never where the check run goes; ask the API for the head.
  if (PULL_REQUEST_EVENTS.has(ev.event) && ev.pullRequest && ev.headFromPayload === false && client && repo) {
    try {
      const fresh = await fetchPull(client, repo, ev.pullRequest);
      if (fresh.headSha) ev.headSha = fresh.headSha;
    } catch (err) {
      say.warning(`Could not read pull request #${ev.pullRequest} for its head commit (${describeError(err)}); the check run goes on ${ev.headSha ? ev.headSha.slice(0, 12) : 'GITHUB_SHA'}.`);
    }
  }
  let dir = path.resolve(runner.workspace, inputs['working-directory']);
  // actions/checkout puts repositories under GITHUB_WORKSPACE: a folder outside it is no repository of this run.
  let inside = path.relative(runner.workspace, dir);
  // A workspace that is itself a symlink (self-hosted runners) may be named by its real path (`$(pwd -P)`).
  if ((inside.startsWith('..') || path.isAbsolute(inside)) && fs.existsSync(dir)) {
    const viaReal = path.relative(safeRealpath(runner.workspace), fs.realpathSync.native(dir));
    if (!viaReal.startsWith('..') && !path.isAbsolute(viaReal)) inside = viaReal;
  }
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new ConfigError(`input 'working-directory' (${inputs['working-directory']}) points outside the workspace (${runner.workspace}): expected a folder of the checked-out repository, relative to GITHUB_WORKSPACE`);
  // The same with real paths: a working-directory that is (or goes through) a symlink out of the workspace.
  if (fs.existsSync(dir)) {
    const real = fs.realpathSync.native(dir);
    if (!isWithin(safeRealpath(runner.workspace), real)) throw new ConfigError(`input 'working-directory' (${inputs['working-directory']}) goes through a symlink to ${real}, outside the workspace (${runner.workspace}): expected a folder of the checked-out repository, relative to GITHUB_WORKSPACE`);
    // From here on real paths, as git gives its top level: a symlinked workspace then reads as a plain one.
    dir = real;
  }
  // An output path that cannot be written (a directory, a file in the way) is a configuration error found before the
  // scan: the step then fails as any configuration error does (`result: fail`, no other output, no check run).
  if (inputs.sarif) {
    const blocker = writeBlocker(path.resolve(dir, inputs.sarif));
    if (blocker) throw new ConfigError(sarifWriteProblem(inputs.sarif, blocker));
  }
  const root = await gitRoot(dir, safeRealpath(runner.workspace));
  reached.root = root;
  // Input paths are relative to working-directory; run() gets them relative to the repository root
  // (with the root as its cwd), so every error names a file as annotations do: from the root.
  const fromRoot = rootRelative(root, dir);

  // The check run goes on the pull request's head: the workspace must hold it (or be a merge commit of it,
  // refs/pull/N/merge, what actions/checkout gives on pull_request). On pull_request_target actions/checkout
  // checks out the base branch unless told otherwise: scanning it would post a green check on the head for
  // files nobody scanned. Outside pull requests the check run goes on the commit the workspace holds.
  // A working-directory in a submodule: the run is about the superproject GITHUB_WORKSPACE checks out (its commit
  // is GITHUB_SHA or the pull request's), and annotations take its paths (`vendor/lib/Dockerfile`).
  const superproject = await superprojectOf(root, runner.workspace);
  const repoRoot = superproject ?? root;
  const submodulePath = superproject ? path.relative(safeRealpath(superproject), safeRealpath(root)).split(path.sep).join('/') : '';
  // The folder scanned, from the root of the repository the run is about ('' for the root): a monorepo's matrix runs one
  // job per folder. The sticky comment's marker and the reports name it, so the jobs of one pull request neither
  // overwrite each other's comment nor read alike. The check run keeps its name (DESIGN.md's default `Preflight`; each
  // job creates a run of its own, never updating one by name): a matrix sets `check-name` per folder, said below.
  const folder = scannedFolder(repoRoot, dir);
  let checkName = defaultCheckName(inputs['check-name'], ev.event, folder);
  Object.assign(reached, { checkName, folder, submodulePath });
  const at = await workspaceCommit(repoRoot);
  // The repository checked out into a sub-folder (actions/checkout with `path: app`) and the working-directory left at the
  // workspace, which is then no git checkout: scanned as a plain folder, every annotation and link would take the folder as
  // a prefix (`app/Dockerfile`, a path the repository does not have), the repository's `.gitignore` and checklist would not
  // be read as its own, and no commit could be verified. A configuration error naming the folder (QA45 action14 D1).
  if (at === null) {
    const repoName = repo ? `${repo.owner}/${repo.repo}` : null;
    const nested = await checkoutsBelow(dir, repoName, [ev.headSha, runner.sha ?? '']);
    if (nested.length) {
      const ws = safeRealpath(runner.workspace);
      const rel = (d: string) => path.relative(ws, d).split(path.sep).join('/');
      const first = rel(nested[0]!.dir);
      const why = (n: NestedCheckout) => n.why === 'origin' ? `its origin is ${repoName}` : n.why === 'commit' ? `it holds ${n.head!.slice(0, 12)}, the commit this run is about` : 'it is all the working-directory holds';
      const named = nested.length === 1
        ? `\`${first}\` holds the repository's checkout (${why(nested[0]!)})`
        : `${andList(nested.map((n) => `\`${rel(n.dir)}\``))} hold checkouts of the repository`;
      const where = dir === ws ? 'the workspace' : `the working-directory ${inputs['working-directory']}`;
      const set = nested.length === 1 ? `Set \`working-directory: ${first}\` (or a folder inside it) on the Preflight step, or leave \`path:\` out of actions/checkout.` : `Set \`working-directory:\` on the Preflight step to the checkout of the commit to gate (or a folder inside it).`;
      throw new ConfigError(`${where} is not a git checkout, but ${named}; actions/checkout was given \`path: ${first}\`${nested.length > 1 ? ' (or the like)' : ''}. Scanned from ${where}, findings would be annotated under \`${first}/…\`, paths the repository does not have, and the repository's .gitignore and checklist would not be read as its own. ${set}`);
    }
  }
  // No checkout at all (a workflow without actions/checkout): a workspace without a file (a `.git` with nothing checked out at
  // most). A green check for files nobody scanned would let the pull request through, so it is a configuration error, unless a
  // URL is probed (a probes-only job).
  if (at === null && holdsNoFile(dir)) {
    const where = dir === path.resolve(runner.workspace) || dir === safeRealpath(runner.workspace) ? `The workspace (${runner.workspace})` : `The working-directory ${inputs['working-directory']} (${dir})`;
    // A probes-only run: a URL from the inputs or the deployment, or a checklist given from outside the workspace (its probes.url).
    if (!inputs.url && !ev.environmentUrl && !inputs.checklist) throw new ConfigError(`${where} is empty: nothing is checked out, so Preflight would scan nothing and pass. Add an actions/checkout step before Preflight (or give the url input for a probes-only run).`);
    say.warning(`${where} is empty: nothing is checked out, so no static check runs (they are skipped) and only the probes gate, if any. Add an actions/checkout step before Preflight to scan the repository.`, { title: 'Preflight: nothing checked out' });
  }
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  // refs/pull/N/merge: the workspace is a merge commit of the head (annotations are mapped to the head's lines below):
  // two parents or more, one of them the head. A single-parent child of the head is no merge commit: a commit on top
  // of it (a `ref: ${{ github.head_ref }}` checkout after a later push, a commit a step before Preflight made).
  const mergeOfHead = at !== null && !same(at.head, ev.headSha) && at.parents.length >= 2 && at.parents.some((p) => same(p, ev.headSha));
  if (PULL_REQUEST_EVENTS.has(ev.event) && ev.pullRequest && COMMIT_SHA.test(ev.headSha)) {
    const target = ev.event === 'pull_request_target' ? 'on pull_request_target actions/checkout checks out the base branch' : 'the workflow checked out another commit';
    if (at === null) say.warning(`The workspace is not a git checkout, so Preflight cannot verify it holds the pull request's head ${ev.headSha.slice(0, 12)}: check out \`ref: \${{ github.event.pull_request.head.sha }}\`.`, { title: 'Preflight: workspace not verified' });
    // On pull_request the runner hands over GITHUB_SHA (refs/pull/N/merge): a workspace at it is what the run was given to scan.
    else if (!same(at.head, ev.headSha) && !mergeOfHead && !(ev.event === 'pull_request' && runner.sha && same(at.head, runner.sha))) {
      // A commit on top of the head (its only parent is the head, or the head is among its ancestors) holds changes
      // the pull request does not: provably not what the head's check run may report, whatever GITHUB_SHA says.
      // On pull_request_target a workspace at the base branch (GITHUB_SHA or the payload's base) is the checkout's
      // default, even when the base already holds the head (after a merge): "checks out the base branch" says why.
      const atBase = ev.event === 'pull_request_target' && [runner.sha, ev.baseSha].some((sha) => !!sha && same(at.head, sha));
      const onTop = !atBase && (at.parents.some((p) => same(p, ev.headSha)) || await isAncestor(repoRoot, ev.headSha, at.head));
      // On pull_request a workspace that provably holds another commit (GITHUB_SHA is in the repository and is not
      // the workspace, or a commit on top of the head) is refused; one that cannot be checked (GITHUB_SHA unset or
      // unknown here) is reported with a warning.
      if (onTop) {
        const how = at.parents.length === 1 && same(at.parents[0]!, ev.headSha) ? 'its only parent is the head' : 'the head is among its ancestors';
        const instead = ev.event === 'pull_request' ? ', or leave `ref:` out: actions/checkout\'s default on pull_request is the merge commit' : '';
        throw new ConfigError(`the workspace is at ${at.head.slice(0, 12)}, a commit on top of the pull request's head ${ev.headSha.slice(0, 12)} (${how}), not the head nor a merge commit of it: it holds changes the pull request's head does not, and its results would go on the head's check run. A \`ref:\` naming the branch (\`github.head_ref\`) checks out commits pushed after this event, and a step before Preflight may have committed. Check out the head in the step before Preflight (\`ref: \${{ github.event.pull_request.head.sha }}\`${instead}).`);
      }
      // A commit below the head (the base branch checked out with `ref: main` and `fetch-depth: 0`, the head fetched with it):
      // git shows how the workspace relates to the head, so it is refused as a commit on top is: it misses the pull
      // request's changes, and a green check on the head would let them through unscanned (QA44 action13 D1).
      if (!atBase && await isAncestor(repoRoot, at.head, ev.headSha)) {
        throw new ConfigError(`the workspace is at ${at.head.slice(0, 12)}, an ancestor of the pull request's head ${ev.headSha.slice(0, 12)} (the base branch or an older commit of the pull request), not the head nor a merge commit of it: it misses changes the pull request makes, and its results would go on the head's check run. Check out the head in the step before Preflight (\`ref: \${{ github.event.pull_request.head.sha }}\`${ev.event === 'pull_request' ? ', or leave `ref:` out: actions/checkout\'s default on pull_request is the merge commit' : '; Preflight only reads its files, and the checklist still comes from the base branch'}).`);
      }
      if (ev.event === 'pull_request' && !(runner.sha && await hasCommit(repoRoot, runner.sha))) {
        say.warning(`The workspace is at ${at.head.slice(0, 12)}, which is neither the pull request's head ${ev.headSha.slice(0, 12)} nor a merge commit of it, and GITHUB_SHA ${runner.sha ? `(${runner.sha.slice(0, 12)}) is not in the repository` : 'is not set'}: Preflight reports what the workspace holds on the head's check run. Check out the pull request (actions/checkout's default, or \`ref: \${{ github.event.pull_request.head.sha }}\`).`, { title: 'Preflight: workspace not verified' });
      } else throw new ConfigError(`the workspace is at ${at.head.slice(0, 12)}, not the pull request's head ${ev.headSha.slice(0, 12)} (nor a merge commit of it): ${target}, so the pull request's files would not be scanned. Check out the head in the step before Preflight (\`ref: \${{ github.event.pull_request.head.sha }}\`${ev.event === 'pull_request_target' ? '; Preflight only reads its files, and the checklist still comes from the base branch' : ''}).`);
    }
  } else if (ev.event === 'merge_group' && COMMIT_SHA.test(ev.headSha)) {
    // The queue gates the merge as a pull request does: the check run goes on merge_group.head_sha, and a workspace
    // at another commit (a checkout with a fixed `ref:`) would post a green check on the queue commit for files nobody
    // scanned. Refused when the queue commit is in the repository (provably another commit); reported otherwise.
    const fix = 'Check out the queue commit in the step before Preflight (actions/checkout\'s default on merge_group, or `ref: ${{ github.event.merge_group.head_sha }}`).';
    if (at === null) say.warning(`The workspace is not a git checkout, so Preflight cannot verify it holds the merge queue commit ${ev.headSha.slice(0, 12)}: ${fix}`, { title: 'Preflight: workspace not verified' });
    else if (!same(at.head, ev.headSha)) {
      if (!await hasCommit(repoRoot, ev.headSha)) {
        say.warning(`The workspace is at ${at.head.slice(0, 12)}, not the merge queue commit ${ev.headSha.slice(0, 12)} (merge_group.head_sha), which is not in the repository: Preflight reports what the workspace holds on the queue commit's check run. ${fix}`, { title: 'Preflight: workspace not verified' });
      } else throw new ConfigError(`the workspace is at ${at.head.slice(0, 12)}, not the merge queue commit ${ev.headSha.slice(0, 12)} (merge_group.head_sha): the workflow checked out another commit, so the files the queue would merge would not be scanned. ${fix}`);
    }
  } else if (at !== null && ev.event === 'push' && ev.headSha && !same(at.head, ev.headSha)) {
    // DESIGN: on push the check run goes on GITHUB_SHA, the commit that was pushed.
    say.warning(`The workspace holds ${at.head.slice(0, 12)}, not the pushed commit ${ev.headSha.slice(0, 12)} (GITHUB_SHA): the check run goes on the pushed commit but reports what the workspace holds.`, { title: 'Preflight: workspace is not GITHUB_SHA' });
  } else if (at !== null && ev.event === 'deployment_status' && ev.headSha && !same(at.head, ev.headSha)) {
    // The check run goes on the deployed commit (the probes judge its deployment), as on push: say when the
    // static checks read another one (e.g. `ref: ${{ github.event.deployment.ref }}`, a branch that moved on).
    say.warning(`The workspace holds ${at.head.slice(0, 12)}, not the deployed commit ${ev.headSha.slice(0, 12)} (deployment.sha): the check run goes on the deployed commit but its static findings are what the workspace holds. Check out \`ref: \${{ github.event.deployment.sha }}\` in the step before Preflight.`, { title: 'Preflight: workspace is not the deployed commit' });
  } else if (at !== null && !['merge_group', 'deployment_status'].includes(ev.event) && !same(at.head, ev.headSha)) {
    // workflow_run after checking out workflow_run.head_sha, a dispatch on another ref: report on what was scanned.
    ev.headSha = at.head;
  }

  // The checklist, the baseline and the CA file come from a base commit, never from the checked-out code, when a pull
  // request's code may be checked out on a run with the repository's secrets and a write token: pull_request_target's
  // base commit, and GITHUB_SHA on an event whose workflow runs from it (issue_comment, workflow_run…: see
  // OWN_CODE_EVENTS) when the workspace holds a commit outside its history — `ref: refs/pull/N/head`,
  // workflow_run.head_sha. One rule: the code under check must not choose what gates it, nor where the probes send
  // PREFLIGHT_* secrets (QA50 action17 D1).
  let base: { sha: string; rule: BaseRule } | null = null;
  if (ev.event === 'pull_request_target' && ev.baseSha) base = { sha: ev.baseSha, rule: PULL_REQUEST_TARGET_RULE };
  else if (await outsideGithubSha(ev.event, runner.sha, at, repoRoot, dir)) {
    const sha = runner.sha.slice(0, 12);
    base = { sha: runner.sha, rule: { when: `on ${ev.event}, with a commit outside GITHUB_SHA's history checked out,`, from: `GITHUB_SHA ${sha}, the commit this workflow runs from` } };
    const held = at ? `${at.head.slice(0, 12)}, which is neither GITHUB_SHA ${sha} nor in its history` : `files that are no git checkout, so Preflight cannot tell whether they are GITHUB_SHA ${sha}'s`;
    say.notice(`The workspace holds ${held} (a pull request's head?). On '${ev.event}' GitHub runs this workflow from GITHUB_SHA with the repository's secrets and a write token, whoever triggered it, so the checked-out code does not choose what gates it: the checklist, the baseline and the CA file are read from GITHUB_SHA ${sha}, as pull_request_target reads them from the base branch (the scanned files are still the workspace's).`, { title: 'Preflight: checklist read from GITHUB_SHA' });
  } else if (at !== null && runsFromGithubSha(ev.event) && COMMIT_SHA.test(runner.sha) && ![inputs.checklist, inputs.baseline].some((p) => p && path.isAbsolute(fromRoot(p)!))) {
    // GITHUB_SHA (or a commit merged into it) checked out: that commit vouches for its checklist, not the files a later step
    // added or changed in the working tree (a fork's build artifact downloaded into `pr/` and scanned with working-directory:
    // pr, a patch applied over `.github/preflight.yml`): they are read from the commit too (QA50 review B1). A checklist or
    // baseline the workflow itself names outside the repository (`checklist: ${{ runner.temp }}/org-checklist.yml`) keeps the
    // working tree's files its choice; a CA file outside it is read from disk either way (readBaseCa).
    base = { sha: at.head, rule: { when: `on ${ev.event},`, from: `the checked-out commit ${at.head.slice(0, 12)}, not files added or changed in the working tree after the checkout` } };
    core.debug(`${ev.event}: the checklist, the baseline and the CA file are read from the checked-out commit ${at.head.slice(0, 12)}, not the working tree`);
  }

  if (ev.event === 'deployment_status' && !ev.environmentUrl && !inputs.url) {
    // Through `say`: counted, so the fallback annotations leave room for it (GitHub shows 10 notices per step).
    say.notice('The successful deployment names no environment_url and the url input is empty: the probes run only if the checklist sets probes.url (otherwise they are skipped and only the static checks gate).', { title: 'Preflight: no deployment URL' });
  }
  let pr = await pullRequestOf(ev, client, repo);
  // A comment on a pull request (ChatOps on issue_comment) that the commit's lookup did not name: the workspace may still be
  // its head (`ref: refs/pull/N/head`, a head GitHub's commit→pull request association does not list). Its head is read
  // before the notice says it was not scanned; when the workspace holds it, the run is that pull request's, as when the
  // lookup names it (QA44 action13 D2).
  const commented = commentedPullOf(ev.event, runner.payload);
  let commentedHead: string | { problem: string } | undefined;
  let commentedFresh: Awaited<ReturnType<typeof fetchPull>> | undefined;
  if (commented !== null && commented !== pr.number) {
    if (!client || !repo) commentedHead = { problem: 'the GitHub API is not available to this run: no token or no repository' };
    else {
      try {
        commentedFresh = await fetchPull(client, repo, commented);
        commentedHead = commentedFresh.headSha ?? { problem: 'GitHub named no head commit' };
      } catch (err) {
        commentedHead = { problem: describeError(err) };
      }
    }
    if (typeof commentedHead === 'string' && at !== null && same(commentedHead, at.head)) pr = { number: commented };
  }
  const unsupported = unsupportedEventNotice(ev.event, runner.payload, ev.headSha, pr.number, commentedHead);
  if (unsupported) say.notice(unsupported, { title: `Preflight: event '${ev.event}'` });
  const described = pr.number ? await attestationOf(ev, pr.number, client, repo, pr.number === commented ? commentedFresh : undefined) : null;
  let attestation: { body: string; by: string; before?: string } | null = described ? { body: described.body, by: described.by } : null;
  // With `attesters`, the description signs off only when its author is one of them, and approving reviews by them sign off
  // too (read only then: no other API call, no other permission). Why the description's ticks count for nothing is said.
  let reviewAttestations: { body: string; by: string }[] | undefined;
  let reviewsSigningNothing: ReviewNotCounted[] | undefined;
  let notCounted: string | undefined;
  const authorAttests = Boolean(described && inputs.attesters && isAttester(inputs.attesters, described.author, described.association));
  if (inputs.attesters && pr.number) {
    // The reviews first: besides their sign-offs they give reviewers' author associations, an editor's among them (below).
    let reviews: readonly PullReview[] | null;
    ({ approvals: reviewAttestations, notCounted: reviewsSigningNothing, reviews } = await reviewAttestationsOf(pr.number, client, repo, inputs.attesters));
    if (described && !authorAttests) {
      if (parseAttestations(described.body).size) {
        notCounted = `sign-offs in the description of #${pr.number} are not counted: its author ${describeUser(described.author, described.association)} is not among the attesters (input 'attesters')`;
        say.warning(`${notCounted.charAt(0).toUpperCase()}${notCounted.slice(1)}: an attester signs manual items off by approving the pull request with a review whose body ticks them.`, { title: 'Preflight: sign-offs not counted' });
      }
      attestation = null;
    }
    // An edit of an attester's description by someone else who is no attester (anyone with write access may edit it):
    // the ticks it added sign nothing off. Only this event says who edited; later runs count the description as its author's.
    const edit = described && authorAttests && attestation ? descriptionEdit(ev.event, runner.payload) : null;
    // The event names the editor's login, not their author association: the pull request gives its author's, and a review
    // of theirs gives theirs (a member who reviewed, then ticked the description of another member's pull request).
    const editorAssociation = edit ? associationOf(edit.by, described!, reviews ?? []) : null;
    if (edit && attestation && edit.by.toLowerCase() !== described!.author?.toLowerCase() && !isAttester(inputs.attesters, edit.by, editorAssociation)) {
      const before = parseAttestations(edit.from);
      const added = [...parseAttestations(attestation.body)].filter((tick) => !before.has(tick));
      if (added.length) {
        attestation = { ...attestation, before: edit.from };
        // With no association known, only an attester named by login counts: said, with why none is known.
        const byLogin = !inputs.attesters.associations.size || editorAssociation ? ''
          : ` by login (their author association is unknown: this event does not give it, and ${reviews ? `@${edit.by} has no review on #${pr.number}, which would` : `the reviews of #${pr.number}, which would, could not be read`})`;
        notCounted = `ticks added to the description of #${pr.number} by @${edit.by} are not counted: ${describeUser(edit.by, editorAssociation)} edited it, and is neither its author ${describeUser(described!.author, described!.association)} nor among the attesters${byLogin} (input 'attesters')`;
        const shown = added.slice(0, 3).map((tick) => `"${tick}"`).join(', ');
        say.warning(`${notCounted.charAt(0).toUpperCase()}${notCounted.slice(1)}: ${shown}${added.length > 3 ? ` and ${added.length - 3} more` : ''}. An attester signs them off by approving the pull request with a review whose body ticks them. GitHub's API does not say who last edited a description, so later runs read it as its author's again: its author should untick what they do not sign off.`, { title: 'Preflight: sign-offs not counted' });
      }
    }
  }
  // A description past the bound is read in part: ticks in the rest sign nothing off, and the log says so.
  const cut = attestation ? descriptionCut(attestation.body) : null;
  if (cut) {
    // Reading stops at the last line end within MAX_BODY: what is read is whole lines (none when the first line alone is longer).
    const n = (v: number) => v.toLocaleString('en-US');
    const length = attestation!.body.length;
    const read = length - cut.unread;
    const what = cut.lines
      ? `only its first ${n(cut.lines)} line${cut.lines === 1 ? '' : 's'} (${n(read)} characters, up to the last line end within ${n(MAX_BODY)}) ${cut.lines === 1 ? 'is' : 'are'} read for sign-offs, so a tick in the ${n(cut.unread)} characters after line ${n(cut.lines)} signs nothing off`
      : `its first line alone is longer than the ${n(MAX_BODY)} characters read for sign-offs, so none of it is read and no tick in it signs anything off`;
    say.warning(`The description of pull request #${pr.number} is ${n(length)} characters: ${what} (GitHub allows 65,536 characters: put the sign-off lines near the top).`, { title: 'Preflight: pull request description read in part' });
  }

  // From the base commit (pull_request_target, or GITHUB_SHA: `base` above) the checklist comes from there; with none
  // there, the preset — never a checklist the pull request adds (null tells run() exactly that). The baseline and the
  // files the checklist names are read from there too (run() asks `readBase`): a pull request must not be able to
  // baseline its own new findings away.
  let checklistSource: { file: string; text: string } | null | undefined;
  let readBase: ((file: string, what?: string) => Promise<string | null>) | undefined;
  if (base) {
    readBase = baseReader({ root, baseSha: base.sha, client, repo, rule: base.rule });
    checklistSource = await readBaseChecklist(readBase, fromRoot(inputs.checklist), (p) => fromRoot(p)!, base.sha, base.rule) ?? null;
  }

  // A `checklist` input resolved against a working-directory (a monorepo's `services/web`) that names no file there.
  if (inputs.checklist && checklistSource === undefined) {
    const missing = checklistInputMissing(inputs.checklist, inputs['working-directory'], dir, root, fromRoot(inputs.checklist)!);
    if (missing) throw missing;
  }

  const result: RunResult = await run({
    dir,
    cwd: root,
    checklist: checklistSource === undefined ? fromRoot(inputs.checklist) : undefined,
    checklistSource,
    failOn: inputs['fail-on'],
    severity: inputs['severity-overrides'],
    severityFrom: "input 'severity-overrides':",
    url: inputs.url ?? ev.environmentUrl ?? undefined,
    ...(!inputs.url && ev.environmentUrl ? { urlFrom: "the deployment's environment_url" } : {}),
    httpUrl: inputs['http-url'],
    headers: inputs.headers,
    timeout: inputs.timeout,
    wait: inputs.wait,
    ca: fromRoot(inputs.ca),
    allowSelfSigned: inputs['allow-self-signed'],
    baseline: fromRoot(inputs.baseline),
    ...(readBase && base ? { readBase, readBaseWhy: (what: string) => baseRuleText(base.rule, what) } : {}),
    attestation,
    ...(reviewAttestations ? { reviewAttestations } : {}),
    ...(reviewsSigningNothing?.length ? { reviewsNotCounted: reviewsSigningNothing } : {}),
    // A pull request event, or a merge queue, gates its manual items even when the pull request cannot be named (fail closed).
    gatesManual: pr.number !== null || prEvent || ev.event === 'merge_group',
    event: ev.event,
    pullRequest: pr.number,
    env: runner.preflightEnv,
    logger,
  });
  // The preset ran because working-directory has no checklist: say so when the repository root has one (it is not used).
  if (!inputs.checklist && !result.report.checklist?.file) {
    const unused = rootChecklistNotice(inputs['working-directory'], dir, root, result.report.failOn);
    if (unused) say.notice(unused, { title: 'Preflight: repository checklist not used' });
    else {
      // The team's checklist under a name discovery does not look for (`.github/PRODUCTION_CHECKLIST.md`): said, not dropped silently.
      const near = checklistNotDiscoveredNotice(inputs['working-directory'], dir, result.report.failOn, root);
      if (near) say.notice(near, { title: 'Preflight: checklist not discovered' });
    }
  }
  // The same values the report was redacted with (run() redacts it), under the same rule.
  for (const m of secretsOf(result.masks)) maskOnce(m);
  // The runner masks logs, not files or API bodies: every output is built from the redacted
  // report; the token never reaches run(), so it is the one value left to take out.
  const report = redactReport(result.report, [inputs['github-token']]);
  // SARIF anchors probe findings to the checklist, else (the preset, a checklist outside the repository) to the workflow
  // that configured the URL when it is a file of the repository. Its paths are the superproject's in a submodule, as the
  // annotations' (upload-sarif resolves them against the checkout).
  const ownChecklist = sarifChecklistFile(report.checklist?.file, result.root);
  const checklistFile = ownChecklist && submodulePath ? path.posix.normalize(`${submodulePath}/${ownChecklist}`) : ownChecklist;
  const sarifRoot = superproject ?? result.root;

  const reportDir = reportFolder(runner.runnerTemp);
  const reportPath = path.join(reportDir, 'report.json');
  fs.writeFileSync(reportPath, toJson(report));
  let sarifPath = '';
  // Findings the SARIF file leaves out (code scanning's cap on results): then it is not named as holding every finding.
  let sarifLeftOut = 0;
  // A `sarif` path that could not be written although nothing was seen in its way before the scan (a full disk, a
  // device): said as a configuration error, the step fails with `result: fail`, and every other report is still written.
  let sarifProblem: string | null = null;
  if (inputs.sarif) {
    const target = path.resolve(dir, inputs.sarif);
    try {
      makeDirs(path.dirname(target));
      const workflow = checklistFile ? null : workflowAnchor(sarifRoot, runner.workflowFile, { job: runner.job, step: runner.step });
      const sarif = toSarif(report, { checklistFile, workflow, pathPrefix: submodulePath, root: sarifRoot, exists: checkoutFiles(sarifRoot), ...(result.inheritedAt ? { inheritedAt: result.inheritedAt } : {}) });
      fs.writeFileSync(target, `${JSON.stringify(sarif, null, 2)}\n`);
      sarifPath = target;
      sarifLeftOut = sarifResultsLeftOut(sarif);
    } catch (err) {
      sarifProblem = sarifWriteProblem(inputs.sarif, err);
      say.error(sarifProblem, { title: 'Preflight configuration error' });
    }
  }

  const linkBase = repo && /^[0-9a-f]{40}$/i.test(ev.headSha) ? `${runner.serverUrl}/${repo.owner}/${repo.repo}/blob/${ev.headSha}` : undefined;

  // On pull_request the workspace is the merge commit (refs/pull/N/merge) while annotations, links and
  // summaries speak of the head: their lines are mapped from the one to the other (a base-branch change
  // above a finding would shift it). The JSON report and SARIF keep the scanned commit's lines.
  // In a submodule the report's paths (from its top level) are given the submodule's path in the superproject.
  let shown: Report = submodulePath ? { ...report, findings: report.findings.map((f) => (f.file ? { ...f, file: `${submodulePath}/${f.file}` } : f)) } : report;
  // Files the head does not have (added or renamed on the base branch only): not annotated on the head.
  const notAtHead = new Set<string>();
  // Findings on lines the head does not have (the base branch's changes in the merge commit): listed, not annotated or linked.
  const unmapped = new Set<Report['findings'][number]>();
  // The merge commit's lines could not be mapped to the head's: the summaries say their lines are the merge commit's.
  let mergeLines = false;
  // (A submodule's files are not in the superproject's diff: its lines stay as they are.)
  if (at && mergeOfHead && PULL_REQUEST_EVENTS.has(ev.event) && !submodulePath) {
    const rel = (f: Report['findings'][number]) => (f.file && f.line ? repoPath(f.file, result.root) : null);
    const files = [...new Set(report.findings.flatMap((f) => rel(f) ?? []))];
    // A shallow clone (actions/checkout's default depth 1) whose origin does not serve the head: GitHub's compare API
    // gives the same changes (head...merge commit: the merge commit's changes from the head, its parent).
    const map = await lineMapper(root, at.head, ev.headSha, files) ?? await compareMapper(client, repo, ev.headSha, at.head, files);
    if (!map) {
      core.info(`Annotation lines are the merge commit's: the pull request's head ${ev.headSha.slice(0, 12)} could not be compared with it, neither by git nor by GitHub's compare API (fetch it, or use fetch-depth: 0).`);
      mergeLines = true;
    } else {
      shown = {
        ...report,
        findings: report.findings.map((f) => {
          const file = rel(f);
          if (!file) return f;
          if (map.gone(file)) { notAtHead.add(file); return f; }
          const line = map.line(file, f.line!);
          if (line === null) { unmapped.add(f); return f; }
          const endLine = f.endLine ? Math.max(line, map.line(file, f.endLine) ?? line) : f.endLine;
          return line === f.line && endLine === f.endLine ? f : { ...f, line, endLine };
        }),
      };
    }
  }

  // Findings from the base branch (their line or file is not in the head): listed with the merge commit's lines, unlinked
  // and unannotated, and the summaries say why (GitHub's code scanning and reviewdog's default leave them out altogether).
  const fromBase = (f: Report['findings'][number]) => unmapped.has(f) || (f.file !== null && notAtHead.has(repoPath(f.file, result.root) ?? ''));
  // Ticks of the description that nearly name a pending item: shown next to it (the log has each as a warning).
  const hide = redactor([inputs['github-token'], ...namedSecrets(inputs.headers), ...namedSecrets(runner.preflightEnv), ...result.masks]);
  const signoffHints = (result.signoffHints ?? []).map((h) => ({ ...h, tick: hide(h.tick) }));
  // Annotations: all of them, or only those on files the pull request changes.
  let annotations = toAnnotations(unmapped.size ? { ...shown, findings: shown.findings.filter((f) => !unmapped.has(f)) } : shown).filter((a) => !a.file || !notAtHead.has(repoPath(a.file, result.root) ?? ''));
  let notAnnotated = 0;
  if (inputs.annotations === 'changed' && pr.number && client && repo) {
    try {
      const changed = await changedFiles(client, repo, pr.number);
      const keep = annotations.filter((a) => !a.file || changed.has(repoPath(a.file, result.root) ?? ''));
      notAnnotated = annotations.length - keep.length;
      annotations = keep;
    } catch (err) {
      say.warning(`annotations: changed — could not list the pull request's files (${describeError(err)}); annotating every finding.`);
    }
  }
  // GitHub keeps 1,000 annotations a run: which ones, chosen fairly across checks (capAnnotations); the rest are counted as omitted.
  const placed = annotations.map((a) => ({ ...a, placed: toCheckAnnotation(a, result.root) })).filter((a): a is typeof a & { placed: CheckAnnotation } => a.placed !== null);
  const checkAnnotations = capAnnotations(placed, LIMITS.annotationsPerRun).map((a) => a.placed);
  const omitted = placed.length - checkAnnotations.length;

  // Where a reader finds every finding when a text lists fewer. The JSON report always has them;
  // the job summary only when it fits whole (measured with room for the notes added later).
  const jsonAt = `the JSON report at the step's \`report\` output${!sarifPath ? ''
    : sarifLeftOut ? ` (the SARIF file at its \`sarif\` output has all but the ${sarifLeftOut} least severe finding${sarifLeftOut === 1 ? '' : 's'}: code scanning takes ${SARIF_MAX_RESULTS.toLocaleString('en-US')} results at most)`
    : ' and the SARIF file at its `sarif` output'}`;
  const baselineFixed = result.baselineFixed;
  // Who may sign off, for the pending sign-offs' instructions (and why the description's ticks did not count).
  const signoffNote = inputs.attesters ? { written: inputs.attesters.written, descriptionCounts: authorAttests, ...(notCounted ? { notCounted } : {}), ...(result.reviewNotices ? { reviews: result.reviewNotices } : {}) } : undefined;
  const jobOptions = { folder, baselineFixed, maxBytes: JOB_SUMMARY_BYTES, notAnnotated, linkBase, fromBase, mergeLines, signoffHints, fullReportAt: jsonAt, checklistWarnings, notScanned: result.notScanned, attesters: signoffNote };
  const jobComplete = renderMarkdownFit(shown, { ...jobOptions, maxBytes: JOB_SUMMARY_BYTES - NOTE_ROOM, annotationsOmitted: omitted }).complete;
  const elsewhere = jobComplete ? `the workflow run's job summary and ${jsonAt}` : jsonAt;

  // The check run is the rich report; the job's own status is the gate.
  // pull_request and the review events of a fork's pull request run with a read-only token (pull_request_target does not).
  const readOnly = ev.readOnly;
  let degraded: string | undefined;
  let annotationsFailed = 0;
  let app: string | null = null;
  if (!client || !repo) {
    // Say what is missing: the token (the input set to '' or no GITHUB_TOKEN), the repository, or both.
    const missing = !inputs['github-token'] && !repo ? 'No GitHub token and no repository (GITHUB_REPOSITORY, or the event payload\'s `repository`)'
      : !inputs['github-token'] ? 'No GitHub token (the github-token input is empty)'
      : runner.repositoryProblem ? 'No repository (GITHUB_REPOSITORY is not `owner/name`, and the event payload names none)'
      : 'No repository (GITHUB_REPOSITORY is not set, and the event payload names none)';
    degraded = `${missing}: the check run was not written; findings are annotated in the workflow run.`;
  } else if (readOnly) {
    degraded = 'Pull request from a fork: its token is read-only, so the check run was not written; findings are annotated in the workflow run and listed here.';
  } else {
    // An earlier Preflight step of this job wrote a check run of this name on this commit: GitHub shows the latest one
    // only, so this step's would hide it (QA49 action16 D1). It gets another name, unless its run is the one the name
    // should show: a gate after an advisory step, a failure after a success (QA50 misc S1).
    const claim = claimCheckName(checkName, folder, runner, ev.headSha, repo, { conclusion: shown.result === 'fail' ? 'failure' : 'success', gates: shown.failOn !== 'none' });
    checkName = claim.name;
    // Every job of a matrix that keeps the default name publishes a check run named `Preflight` on the same commit: the
    // merge box and branch protection show the latest one, so one folder's passing run can hide another's failure.
    if (folder && checkName === 'Preflight') {
      say.notice(`working-directory ${folder}: the check run is named \`Preflight\`, the check-name default, as is the run of every other folder scanned on this commit; set check-name per folder (e.g. \`Preflight (\${{ matrix.dir }})\`) so a matrix's check runs stand apart.`, { title: 'Preflight: check-name' });
    }
    const out = await writeCheckRun(client, {
      ...repo, name: checkName, folder, headSha: ev.headSha, report: shown, annotations: checkAnnotations,
      // GitHub's prefixes of a user's tokens: classic and fine-grained personal access tokens, OAuth and user-to-server tokens.
      userToken: /^(?:ghp_|github_pat_|gho_|ghu_)/.test(inputs['github-token'] ?? ''),
      // GitHub's limit on a check run's summary and text counts UTF-8 bytes.
      summary: (unposted) => renderMarkdown(shown, { folder, baselineFixed, maxBytes: LIMITS.text, annotationsOmitted: omitted, annotationsFailed: unposted, notAnnotated, linkBase, fromBase, mergeLines, signoffHints, fullReportAt: elsewhere, checklistWarnings, notScanned: result.notScanned, attesters: signoffNote }),
      text: renderFindingList(shown, { maxChars: LIMITS.text, maxBytes: LIMITS.text, linkBase, fromBase, fullReportAt: elsewhere }),
    });
    if (out.written) {
      claim.record();
      reached.checkRunWritten = true;
      annotationsFailed = out.failed;
      app = out.app;
      if (out.warning) say.warning(out.warning, { title: 'Preflight: annotations missing from the check run' });
    } else {
      degraded = out.warning;
    }
  }
  // The sticky comment before the job summary, which says when it could not be written (as it says of the check run).
  const commentProblem = inputs.comment
    ? await writeComment({ ev, readOnly, number: pr.number, client, repo, app, folder, body: (marker) => renderMarkdown(shown, { folder, baselineFixed, maxBytes: 65_000, marker, quietMentions: true, notAnnotated, linkBase, fromBase, mergeLines, signoffHints, fullReportAt: elsewhere, checklistWarnings, notScanned: result.notScanned, attesters: signoffNote }), checkName })
    : undefined;
  // The job summary first: where the fallback annotations send their readers depends on whether it was written.
  const summaryWritten = await writeJobSummary(renderMarkdown(shown, { ...jobOptions, annotationsOmitted: degraded ? 0 : omitted, annotationsFailed, degraded, commentProblem }), !degraded);
  if (degraded) {
    say.warning(degraded, { title: 'Preflight: check run not written' });
    // Keep room for every warning and error already printed (the degrade warning above, rate-limit retries, a
    // pull request that could not be read…) and the failed-step error at the end.
    emitFallbackAnnotations(annotations, say, {
      workspace: result.root,
      // (A pull request comment that could not be written was said before them: counted in `printed`.)
      reserved: { warning: printed.warning, failure: printed.error + (report.result === 'fail' || sarifProblem ? 1 : 0), notice: printed.notice },
      listedIn: !summaryWritten ? `${jsonAt}, which has all of them` : jobComplete ? 'the job summary, which lists every finding' : `the job summary (not every finding fits there) and ${jsonAt}, which has all of them`,
    });
  }

  setOutputs(report, reportPath, sarifPath, sarifProblem !== null);
  const line = summaryLine(report);
  if (report.result === 'fail') core.setFailed(line);
  else if (sarifProblem) core.setFailed(`${line} — but the SARIF file was not written`);
  else core.info(line);
}

/**
 * Keeps the sticky pull request comment (`comment: true`): what went wrong when it could not be written (also a
 * warning; the job summary says it too), else undefined. A run with no pull request to comment on (a push, a
 * schedule…) gets one notice saying so; a fork's read-only token, an info line (the check-run warning said why).
 */
async function writeComment(x: {
  ev: EventContext; readOnly: boolean; number: number | null; client: GitHubClient | null; repo: Settings['runner']['repository'];
  app: string | null; checkName: string; folder: string; body: (marker: string) => string;
}): Promise<string | undefined> {
  if (x.readOnly) { core.info('No pull request comment: a fork pull request\'s token is read-only.'); return undefined; }
  if (!PULL_REQUEST_EVENTS.has(x.ev.event)) {
    say.notice(`No pull request comment: \`comment: true\` comments on pull request events (pull_request, pull_request_target and the review events), and this run is ${withArticle(x.ev.event || 'non-pull-request')} event.`, { title: 'Preflight: no pull request comment' });
    return undefined;
  }
  if (!x.number) {
    say.notice('No pull request comment: the pull request\'s number could not be read from the event.', { title: 'Preflight: no pull request comment' });
    return undefined;
  }
  // No token or repository: the check-run warning said what is missing.
  if (!x.client || !x.repo) { core.info('No pull request comment: no GitHub token or repository.'); return undefined; }
  try {
    const marker = commentMarker(stickyKey(x.checkName, x.folder));
    const author = await commentAuthor(x.client, x.app);
    const outcome = await upsertComment(x.client, x.repo, x.number, marker, x.body(marker), author);
    core.info(`Pull request comment ${outcome}.`);
    return undefined;
  } catch (thrown) {
    const reading = thrown instanceof CommentError && thrown.step === 'read';
    const err = thrown instanceof CommentError ? thrown.error : thrown;
    const hint = isRateLimited(err) ? ': a GitHub rate limit, not a permission problem — re-run the job later'
      // `pull-requests: write` includes the read: naming the read alone would fail again on the write.
      : reading && (isForbidden(err) || statusOf(err) === 404) ? ': the token needs `pull-requests: write` (it includes the read of the comments, which failed)'
      : isForbidden(err) ? ': the token needs `pull-requests: write` (fork pull requests never have it)' : '';
    const problem = reading
      ? `Could not read pull request #${x.number}'s comments, so the sticky comment was not written (${describeError(err)})${hint}.`
      : `Could not write the pull request comment (${describeError(err)})${hint}.`;
    say.warning(problem);
    return problem;
  }
}

/**
 * The merge commit → head line map from GitHub's compare API (`compare/{head}...{merge}`), for a clone git cannot compare
 * them in; null without a token, or when the API cannot say (an error, a list of files cut short, a changed file without a patch).
 */
async function compareMapper(client: GitHubClient | null, repo: Settings['runner']['repository'], head: string, merge: string, files: readonly string[]): Promise<LineMap | null> {
  if (!client || !repo) return null;
  try {
    const compared = await comparedFiles(client, repo, head, merge);
    if (!compared) core.debug(`compare ${head.slice(0, 12)}...${merge.slice(0, 12)}: GitHub lists ${MAX_COMPARE_FILES} files or more, so the list may be incomplete`);
    return compared ? compareLineMap(compared, files) : null;
  } catch (err) {
    core.debug(`compare ${head.slice(0, 12)}...${merge.slice(0, 12)}: ${describeError(err)}`);
    return null;
  }
}

/**
 * Whether the workspace holds code that the workflow does not vouch for: on an event whose workflow runs from GITHUB_SHA
 * (runsFromGithubSha), a checkout of a commit that is neither GITHUB_SHA nor in its history (an ancestor: merged code),
 * or a workspace of files that is no git checkout at all (an artifact a workflow_run downloaded?). Without GITHUB_SHA (a
 * hand-made run: GitHub's runner always sets it) there is nothing to compare with. A shallow clone that lacks GITHUB_SHA
 * cannot show the history: then the commit is taken as outside it (fail closed).
 */
async function outsideGithubSha(event: string, sha: string, at: { head: string } | null, repoRoot: string, dir: string): Promise<boolean> {
  if (!runsFromGithubSha(event) || !COMMIT_SHA.test(sha)) return false;
  if (at === null) return !holdsNoFile(dir);
  return at.head.toLowerCase() !== sha.toLowerCase() && !(await isAncestor(repoRoot, at.head, sha));
}

async function pullRequestOf(ev: EventContext, client: GitHubClient | null, repo: Settings['runner']['repository']): Promise<{ number: number | null }> {
  if (ev.pullRequest || PULL_REQUEST_EVENTS.has(ev.event) || ev.event === 'merge_group') return { number: ev.pullRequest };
  // push, dispatch, deployments: the commit's pull request, when the API knows one.
  if (!client || !repo || !/^[0-9a-f]{40}$/i.test(ev.headSha)) return { number: null };
  try {
    return { number: await pullForCommit(client, repo, ev.headSha) };
  } catch (err) {
    // Most failures mean "no pull request" (a 404, a token without pull-requests: read); a rate limit is said, as
    // the client leaves it to its callers.
    if (isRateLimited(err)) say.warning(`Could not look up the pull request of ${ev.headSha.slice(0, 12)} (${describeError(err)}): a GitHub rate limit, so no sign-off is read and manual items do not gate — re-run the job later.`);
    else core.debug(`no pull request for ${ev.headSha}: ${describeError(err)}`);
    return { number: null };
  }
}

/** A pull request's description, who signs its ticks (`by`), and its author's login and author association when known. */
interface Described { body: string; by: string; author: string | null; association: string | null }

async function attestationOf(ev: EventContext, pull: number, client: GitHubClient | null, repo: Settings['runner']['repository'], read?: { body: string; author: string | null; association: string | null }): Promise<Described | null> {
  const described = (body: string, author: string | null, association: string | null): Described => ({ body, by: author ?? 'unknown', author, association });
  // Already read this run (the head of a commented pull request): not asked twice.
  if (read) return read.author ? described(read.body, read.author, read.association) : described(read.body, ev.author, ev.association ?? null);
  // The payload's body may be stale (a re-run after an edit): read it fresh.
  if (client && repo) {
    try {
      const fresh = await fetchPull(client, repo, pull);
      return fresh.author ? described(fresh.body, fresh.author, fresh.association) : described(fresh.body, ev.author, ev.association ?? null);
    } catch (err) {
      // A merge_group (or push) event carries no description: then no sign-off can be read.
      const fallback = ev.body !== null
        ? 'using the event\'s copy of its description for sign-offs'
        : `its description cannot be read, so no sign-off counts and pending manual items stay pending${ev.event === 'merge_group' ? ' (a merge_group event carries no description)' : ''}`;
      const hint = isRateLimited(err) ? ' That is a GitHub rate limit, not a missing permission: re-run the job later.'
        : isForbidden(err) ? ' Give the job `pull-requests: read`.'
        // A private repository answers 404, not 403, to a token without read access to its pull requests.
        : statusOf(err) === 404 ? ' In a private repository this means the job lacks `pull-requests: read`.' : '';
      say.warning(`Could not read pull request #${pull} (${describeError(err)}); ${fallback}.${hint}`);
    }
  }
  return ev.body !== null ? described(ev.body, ev.author, ev.association ?? null) : null;
}

/**
 * The bodies of the reviews approving pull request `pull` whose ticks sign manual items off (attesters' standing
 * approvals, latest first: see standingApprovals), and the reviews read (their reviewers' author associations tell an
 * editor's: associationOf). None, with a warning, and `reviews` null, when the reviews cannot be read.
 */
async function reviewAttestationsOf(pull: number, client: GitHubClient | null, repo: Settings['runner']['repository'], attesters: Attesters): Promise<{ approvals: { body: string; by: string }[]; notCounted: ReviewNotCounted[]; reviews: PullReview[] | null }> {
  const none = { approvals: [], notCounted: [], reviews: null };
  if (!client || !repo) {
    say.warning(`Without a github-token the reviews of pull request #${pull} cannot be read, so no approving review signs anything off (input 'attesters').`);
    return none;
  }
  try {
    const reviews = await pullReviews(client, repo, pull);
    // The reviews that sign nothing off too: one that ticks a pending item is said (the reviewer meant to sign it off).
    return { approvals: standingApprovals(reviews, attesters), notCounted: reviewsNotCounted(reviews, attesters), reviews };
  } catch (err) {
    const hint = isRateLimited(err) ? ' That is a GitHub rate limit, not a missing permission: re-run the job later.'
      : isForbidden(err) || statusOf(err) === 404 ? ' Give the job `pull-requests: read`.' : '';
    say.warning(`Could not read the reviews of pull request #${pull} (${describeError(err)}), so no approving review signs anything off (input 'attesters').${hint}`);
    return none;
  }
}

/**
 * What act() had worked out when an error stopped it: where the check run reporting the error goes (reportCouldNotRun),
 * and whether the run's own check run was written already.
 */
interface Reached {
  ev?: EventContext;
  client?: GitHubClient | null;
  checkName?: string;
  /** The folder scanned, from the root of the repository the run is about ('' for the root). */
  folder?: string;
  /** The git top level of working-directory (a configuration error's file is relative to it), and its path in the superproject. */
  root?: string;
  submodulePath?: string;
  checkRunWritten?: boolean;
}

/**
 * The name this step's check run gets (`name`, unless an earlier step of this job used it on this commit: see
 * check-names.ts, with a warning saying to set `check-name`), and `record`, to call once the run is written.
 */
function claimCheckName(name: string, folder: string, runner: RunnerContext, sha: string, repo: { owner: string; repo: string }, verdict: Verdict): { name: string; record: () => void } {
  const scope = { repo: `${repo.owner}/${repo.repo}`, sha, run: runner.runId ?? '', attempt: runner.runAttempt ?? '', job: runner.job ?? '' };
  const renamed = uniqueName(name, scope, readClaims(runner.runnerTemp), runner.step ?? '', folder, verdict);
  if (renamed?.kept) say.notice(supersededNotice(name, renamed, sha, verdict), { title: 'Preflight: check-name already used in this job' });
  else if (renamed) say.warning(renamedWarning(name, renamed, sha), { title: 'Preflight: check-name already used in this job' });
  const final = renamed?.name ?? name;
  return {
    name: final,
    record: () => {
      if (!recordClaim(runner.runnerTemp, { ...scope, name: final, step: runner.step ?? '', folder, ...verdict })) core.debug(`check run name '${final}' not recorded under RUNNER_TEMP (${runner.runnerTemp || 'unset'})`);
    },
  };
}

/** Why Preflight could not run (a configuration error, a base checklist that could not be read), for the check run and the job summary. */
interface CouldNotRun {
  /** The summaries' heading (`Preflight: configuration error`) and the check run's title (`Configuration error: …`). */
  heading: string;
  title: string;
  /** Each error: as the log line says it (`file:line:col: message`), its message alone, and where it is. */
  errors: { text: string; message: string; where?: ConfigError['where'] }[];
  omitted: number;
}

/** The secret values an error's text may quote: the inputs' (the token, header values, a URL's password) and the `PREFLIGHT_*` variables'. */
function errorSecrets(settings: Settings | undefined): string[] {
  try {
    const preflightEnv = settings?.runner.preflightEnv ?? parseRunnerContext(process.env).preflightEnv;
    return [...inputSecrets(readRawInputs()), ...(settings ? namedSecrets(settings.inputs.headers) : []), ...namedSecrets(preflightEnv)];
  } catch {
    return [];
  }
}

/** A fenced code block of `text`, its fence longer than any run of backticks in it. */
function fenced(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * When Preflight could not run: a completed check run with conclusion `failure` (when there is a token, a repository and a
 * commit, and the token can write), its title saying why, the errors in its summary and an annotation at each error's
 * file:line:column when it names a file of the repository; and the job summary with the errors. Without them a pull request
 * whose branch protection requires the check shows it missing, with no word why. Secrets are taken out of every text (an
 * error may quote an input). Never throws: an API failure is a warning.
 */
async function reportCouldNotRun(what: CouldNotRun, settings: Settings | undefined, reached: Reached): Promise<void> {
  try {
    const raw = readRawInputs();
    const runner = settings?.runner ?? parseRunnerContext(process.env);
    const secrets = errorSecrets(settings);
    const hide = redactor(secrets);
    const folder = reached.folder ?? '';
    const n = what.errors.length + what.omitted;
    const markdown = [
      `## ❌ Preflight: ${what.heading}${folder ? ` in \`${folder}\`` : ''}`,
      '',
      `Preflight could not run, so nothing was checked and the step fails (\`result: fail\`). Fix ${n === 1 ? 'this' : 'these'} and re-run the job:`,
      '',
      ...what.errors.flatMap((e) => [fenced(printable(hide(e.text))), '']),
      ...(what.omitted ? [`… and ${what.omitted} more configuration error${what.omitted === 1 ? '' : 's'} (fix these first).`, ''] : []),
    ].join('\n');

    const repo = runner.repository;
    const token = settings ? settings.inputs['github-token'] : (raw['github-token'] ?? '').trim();
    const ev = reached.ev ?? resolveEvent(runner.eventName, runner.payload, runner.sha, runner.ref, repo ? `${repo.owner}/${repo.repo}` : '');
    // A fork's read-only token cannot write one (said nowhere else: the log has the error), nor is there one for a
    // deployment that did not succeed (act() runs nothing then).
    const canWrite = !reached.checkRunWritten && token && repo && !ev.readOnly && !(ev.event === 'deployment_status' && ev.deploymentState !== 'success');
    let client = reached.client ?? null;
    if (canWrite && !client && !apiUrlProblem(runner.apiUrl)) {
      client = createClient({ token, baseUrl: runner.apiUrl, logger: makeLogger(secrets), retryMs: runner.retryMs, timeoutMs: runner.apiTimeoutMs });
    }
    if (canWrite && client) {
      let headSha = ev.headSha;
      // A pull request named only by GITHUB_REF: its head is asked for, as act() does (GITHUB_SHA is the merge commit).
      if (!reached.ev && PULL_REQUEST_EVENTS.has(ev.event) && ev.pullRequest && ev.headFromPayload === false) {
        try { headSha = (await fetchPull(client, repo, ev.pullRequest)).headSha ?? ''; } catch { headSha = ''; }
      }
      if (COMMIT_SHA.test(headSha)) {
        const rawName = raw['check-name']?.trim();
        const name = reached.checkName ?? defaultCheckName(settings?.inputs['check-name'] ?? (rawName && !/[\r\n]/.test(rawName) ? rawName : 'Preflight'), ev.event, folder);
        // Preflight did not run, and the step fails: a failing gate.
        const claim = claimCheckName(name, folder, runner, headSha, repo, { conclusion: 'failure', gates: true });
        const root = reached.root ?? runner.workspace;
        const annotations: CheckAnnotation[] = what.errors.flatMap((e) => {
          const file = e.where?.file ? repoPath(e.where.file) : null;
          // Only a file of the repository (a missing checklist names none).
          if (!file || !fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile()) return [];
          const line = e.where!.line && e.where!.line >= 1 ? e.where!.line : 1;
          const column = e.where!.line && e.where!.column && e.where!.column >= 1 ? e.where!.column : null;
          return [{
            path: reached.submodulePath ? `${reached.submodulePath}/${file}` : file,
            start_line: line,
            end_line: line,
            ...(column ? { start_column: column, end_column: column } : {}),
            annotation_level: 'failure' as const,
            title: 'Preflight configuration error',
            message: cutBytes(printable(hide(e.message)).trim(), LIMITS.messageBytes) || what.heading,
          }];
        }).slice(0, LIMITS.annotationsPerRequest);
        try {
          const res = await publishCheckRun(client, {
            owner: repo.owner,
            repo: repo.repo,
            name: claim.name,
            headSha,
            conclusion: 'failure',
            title: `${what.title}: Preflight did not run${folder ? ` — ${folder}` : ''}`,
            summary: markdown,
            annotations,
          });
          claim.record();
          core.info(`Check run '${claim.name}' written on ${headSha.slice(0, 12)} with the ${what.heading}${res.url ? `: ${res.url}` : ''}.`);
        } catch (err) {
          const hint = isRateLimited(err) ? ' (a GitHub rate limit, not a missing permission)'
            : isForbidden(err) ? ': give the job `permissions: checks: write` (only a GitHub App\'s token, such as the default `${{ github.token }}`, can write check runs)' : '';
          say.warning(`The check run reporting the ${what.heading} could not be written (${describeError(err)})${hint}; the error is in the log and the job summary.`, { title: 'Preflight: check run not written' });
        }
      }
    }
    await writeJobSummary(markdown, false);
  } catch (err) {
    core.debug(`the ${what.heading} could not be reported beyond the log: ${(err as Error)?.message ?? String(err)}`);
  }
}

/** What became of the check run: written (maybe with annotations missing) or not, and what to say. */
interface CheckRunOutcome {
  written: boolean;
  /** Annotations that could not be posted to a written run. */
  failed: number;
  /** The App the token belongs to, when the run says. */
  app: string | null;
  warning?: string;
}

async function writeCheckRun(
  client: GitHubClient,
  x: { owner: string; repo: string; name: string; folder: string; headSha: string; report: Report; annotations: CheckAnnotation[]; summary: (unposted: number) => string; text?: string; userToken: boolean },
): Promise<CheckRunOutcome> {
  const conclusion = x.report.result === 'fail' ? 'failure' : 'success';
  let res: Awaited<ReturnType<typeof publishCheckRun>>;
  try {
    res = await publishCheckRun(client, {
      owner: x.owner,
      repo: x.repo,
      name: x.name,
      headSha: x.headSha,
      conclusion,
      title: x.folder ? `${renderTitle(x.report)} — ${x.folder}` : renderTitle(x.report),
      summary: x.summary,
      ...(x.text ? { text: x.text } : {}),
      annotations: x.annotations,
    });
  } catch (err) {
    if (isRateLimited(err)) {
      return { written: false, failed: 0, app: null, warning: `GitHub's rate limit stopped the check run (${describeError(err)}; Preflight waits only for limits that lift within a minute, and two minutes in all): this is not a missing permission — re-run the job later. Findings are annotated in the workflow run instead.` };
    }
    if (isForbidden(err)) {
      // Only a GitHub App's installation token can write check runs: a user's token (a personal access token, classic or
      // fine-grained, an OAuth token) is refused whatever the job's `permissions:` say (QA45 action14 D2).
      if (x.userToken || /authenticate via a GitHub App|personal access token/i.test(describeError(err))) {
        return { written: false, failed: 0, app: null, warning: `GitHub refused the check run (${describeError(err)}): only a GitHub App's token can write check runs, and the github-token input is a user's token (a personal access token), which no \`permissions:\` setting changes. Leave github-token at its default (\`\${{ github.token }}\`, with \`checks: write\`) or pass a GitHub App's installation token (actions/create-github-app-token). Findings are annotated in the workflow run instead (workflow-command annotations and the job summary); the gate is unchanged.` };
      }
      return { written: false, failed: 0, app: null, warning: `The token cannot write check runs (${describeError(err)}): give the job \`permissions: checks: write\`. Findings are annotated in the workflow run instead.` };
    }
    // A 2xx whose body could not be read: GitHub may have made the run, but nothing says so (no id, no link).
    if (err instanceof UnreadableAnswer) {
      return { written: false, failed: 0, app: null, warning: `The check run could not be confirmed written: GitHub's answer could not be read (${describeError(err)}). Findings are annotated in the workflow run instead.` };
    }
    // GitHub may have made the run, but nothing says so: it is not created again (a second run), nor taken as written.
    if (err instanceof Unconfirmed) {
      return { written: false, failed: 0, app: null, warning: `The check run could not be confirmed written: ${err.message}. Findings are annotated in the workflow run instead.` };
    }
    return { written: false, failed: 0, app: null, warning: `The check run could not be written (${describeError(err)}). Findings are annotated in the workflow run instead.` };
  }
  const s = (n: number) => (n === 1 ? '' : 's');
  core.info(`Check run '${x.name}' written on ${x.headSha.slice(0, 12)} with ${res.annotated} annotation${s(res.annotated)}${res.url ? `: ${res.url}` : ''}.`);
  if (!res.failed) return { written: true, failed: 0, app: res.app };
  const sent = res.annotated + res.failed;
  const why = `${describeError(res.error)}${isRateLimited(res.error) ? ' — a GitHub rate limit, not a missing permission' : ''}`;
  const summary = res.summaryUpdated
    ? 'Its summary counts the findings left without an annotation.'
    : `Its summary ${isRateLimited(res.error) ? 'was not corrected (GitHub asks for no requests until its rate limit lifts)' : 'could not be corrected'} and undercounts the findings left without an annotation; the job summary has the right count.`;
  return {
    written: true,
    failed: res.failed,
    app: res.app,
    warning: `The check run '${x.name}' was written with its conclusion (${conclusion}) and ${res.annotated} of ${sent} annotations: ${res.failedBatches} of ${res.batches} annotation batches (${res.failed} annotation${s(res.failed)}) could not be posted (${why}). ${summary}`,
  };
}

/** Writes the job summary; false when it could not be (no GITHUB_STEP_SUMMARY, or an unwritable one). */
async function writeJobSummary(markdown: string, checkRunWritten: boolean): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (err) {
    // No GITHUB_STEP_SUMMARY (local runs): the log still has the verdict. One that is set but cannot be
    // written is worth a warning (through `say`: counted, so fallback annotations leave room for it).
    if (process.env['GITHUB_STEP_SUMMARY']) say.warning(`The job summary could not be written (${(err as Error).message}); ${checkRunWritten ? 'the check run and ' : ''}the report output still ${checkRunWritten ? 'have' : 'has'} the findings.`);
    else core.debug(`job summary not written: ${(err as Error).message}`);
    return false;
  }
}

/**
 * A new folder for the JSON report under RUNNER_TEMP, made first when it is missing (a hand-made environment naming a
 * folder that does not exist yet). One that cannot be made or written to costs no report: the OS temp folder is used,
 * with a warning (through `say`: counted, so the fallback annotations leave room for it).
 */
function reportFolder(runnerTemp: string): string {
  if (!runnerTemp) {
    // GitHub's runner always sets RUNNER_TEMP: only a hand-made environment leaves it out.
    const fallback = os.tmpdir();
    say.warning(`RUNNER_TEMP is not set (GitHub's runner always sets it: a hand-made environment?): the JSON report is written under ${fallback} instead.`, { title: 'Preflight: RUNNER_TEMP not usable' });
    return fs.mkdtempSync(path.join(fallback, 'preflight-'));
  }
  try {
    makeDirs(runnerTemp);
    return fs.mkdtempSync(path.join(runnerTemp, 'preflight-'));
  } catch (err) {
    const fallback = os.tmpdir();
    if (path.resolve(fallback) === path.resolve(runnerTemp)) throw err;
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOTDIR' && e.path && path.resolve(e.path) === path.resolve(runnerTemp) ? 'it is a file, not a folder' : writeProblem(err, runnerTemp);
    say.warning(`RUNNER_TEMP (${runnerTemp}) cannot hold the JSON report (${why}): it is written under ${fallback} instead.`, { title: 'Preflight: RUNNER_TEMP not usable' });
    return fs.mkdtempSync(path.join(fallback, 'preflight-'));
  }
}

/** The scanned folder `dir` from the root of the repository the run is about, with `/` ('' for the root, or a folder outside it). */
function scannedFolder(repoRoot: string, dir: string): string {
  const rel = path.relative(safeRealpath(repoRoot), safeRealpath(dir));
  return !rel || rel.startsWith('..') || path.isAbsolute(rel) ? '' : rel.split(path.sep).join('/');
}

/**
 * The check run's name: the input, except its default (`Preflight`) on deployment_status, which is `Preflight (deployment)`
 * (DESIGN.md) so it does not overwrite the pull request's check run. The folder does not change it: a sub-folder's run keeps
 * the name (DESIGN.md's default, which branch protection names; a notice asks a matrix to set `check-name` per folder), and
 * the sticky comment's marker names the folder whatever the name (stickyKey), so the jobs never overwrite each other's comment.
 */
export function defaultCheckName(input: string, event: string, _folder: string): string {
  return input === 'Preflight' && event === 'deployment_status' ? 'Preflight (deployment)' : input;
}

/**
 * What the sticky comment's marker names: the check name, and the folder when the name does not say it already (a
 * `check-name` of the team's own, shared by a matrix's jobs), so each folder's run keeps its own comment.
 */
export function stickyKey(checkName: string, folder: string): string {
  return folder && !checkName.endsWith(`(${folder})`) ? `${checkName} (${folder})` : checkName;
}

/** `to` from working-directory `dir`, as a `checklist` input would name it (`../../.github/preflight.yml`). */
const fromDir = (dir: string, to: string) => path.relative(safeRealpath(dir), safeRealpath(to)).split(path.sep).join('/');

/**
 * When working-directory (`dir`, a sub-folder of the repository at `root`) has no checklist, so the built-in preset ran,
 * and the repository root has one (`.github/` is repository-level by convention): the notice saying it was not used
 * and how to use it, and naming a file in working-directory that looks like the team's checklist under another name (see
 * checklistsNotDiscovered) when there is one. Null when working-directory is the root, or the root has no checklist either.
 */
export function rootChecklistNotice(workingDirectory: string, dir: string, root: string, failOn: string): string | null {
  const found = rootChecklistUnused(dir, root);
  if (!found) return null;
  // A checklist of working-directory's own under another name is named too: it may be the one the team meant.
  const here = checklistsNotDiscovered(dir);
  const own = here.length ? ` ${lookalikeNotice(here, ' in working-directory')} instead, set the checklist input to \`${here[0]}\` (relative to working-directory), or rename it to one of the names discovery looks for (${DISCOVERY.join(', ')}).` : '';
  return `No checklist in working-directory ${workingDirectory} (a checklist is discovered there only), so the built-in recommended preset ran (fail-on: ${failOn}). ${found} at the repository root was not used: to use it, set the checklist input to \`${fromDir(dir, path.join(root, found))}\` (relative to working-directory).${own}`;
}

/**
 * When no checklist was discovered in working-directory (`dir`), so the built-in preset ran, and a file there looks like the
 * team's checklist under another name (see checklistsNotDiscovered), or, working-directory being a sub-folder with none, a
 * file at the repository `root` does (`.github/PRODUCTION_CHECKLIST.md`): the notice naming it and how to use it. Null when
 * there is none.
 */
export function checklistNotDiscoveredNotice(workingDirectory: string, dir: string, failOn: string, root: string = dir): string | null {
  const here = checklistsNotDiscovered(dir);
  const atRoot = !here.length && safeRealpath(dir) !== safeRealpath(root);
  const near = atRoot ? checklistsNotDiscovered(root) : here;
  if (!near.length) return null;
  const where = workingDirectory === '.' || workingDirectory === '' ? 'the repository' : `working-directory ${workingDirectory}`;
  if (atRoot) return `No checklist discovered in ${where} (discovery looks for ${DISCOVERY.join(', ')} there only), so the built-in recommended preset ran (fail-on: ${failOn}). ${lookalikeNotice(near, ' at the repository root', true)}, set the checklist input to \`${fromDir(dir, path.join(root, near[0]!))}\` (relative to working-directory).`;
  return `No checklist discovered in ${where} (discovery looks for ${DISCOVERY.join(', ')}), so the built-in recommended preset ran (fail-on: ${failOn}). ${lookalikeNotice(near, '')}, set the checklist input to \`${near[0]}\`${where === 'the repository' ? '' : ' (relative to working-directory)'}, or rename it to one of those names.`;
}

/**
 * The configuration error of a `checklist` input that names no file, when working-directory is a sub-folder: says the
 * path was resolved against it and, when the same path names a file from the repository root, what to write instead.
 * Null when the file exists or working-directory is the root (run() says "not found" then).
 */
function checklistInputMissing(checklist: string, workingDirectory: string, dir: string, root: string, shown: string): ConfigError | null {
  const abs = path.resolve(dir, checklist);
  if (fs.existsSync(abs) || safeRealpath(dir) === safeRealpath(root)) return null;
  const atRoot = path.resolve(root, checklist);
  const hint = !path.isAbsolute(checklist) && atRoot !== abs && fs.statSync(atRoot, { throwIfNoEntry: false })?.isFile()
    ? `; the repository root has ${checklist}: to use it, write \`checklist: ${fromDir(dir, atRoot)}\``
    : '';
  return new ConfigError(`checklist ${shown} not found: the checklist input is relative to working-directory (${workingDirectory}), so ${checklist} was looked for at ${shown}${hint || presetHint(checklist)}`, { file: shown });
}

/** The configuration error of a `sarif` path that cannot be written. */
function sarifWriteProblem(sarif: string, err: unknown): string {
  return `input 'sarif': ${sarif} could not be written (${writeProblem(err, sarif)}); expected a file path relative to working-directory, such as \`preflight.sarif\``;
}

/** The step's outputs; `result` is `fail` also when the step fails for a SARIF file that could not be written. */
function setOutputs(report: Report, reportPath: string, sarifPath: string, sarifFailed: boolean): void {
  try {
    core.setOutput('result', sarifFailed ? 'fail' : report.result);
    for (const s of SEVERITIES) if (s !== 'info') core.setOutput(s, String(report.counts[s]));
    core.setOutput('findings', String(report.findings.filter((f) => !f.suppressed && !f.baseline).length));
    core.setOutput('report', reportPath);
    core.setOutput('sarif', sarifPath);
  } catch (err) {
    // GITHUB_OUTPUT names a file that cannot be written (a folder, a read-only place): the verdict is still the step's.
    say.warning(`The step outputs could not be written (${(err as Error).message}); the step's result, the log and the report file still have the verdict.`);
  }
}

/**
 * The runner creates the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name before a step starts, and @actions/core refuses
 * one that does not exist. A runner that only names them (act-like runners, scripts) gets them created, as GitHub's runner
 * would; one that cannot be created is said where it is written (setOutputs, writeJobSummary).
 */
function createRunnerFiles(): void {
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    const file = process.env[name];
    if (!file || fs.existsSync(file)) continue;
    try { fs.closeSync(fs.openSync(file, 'a')); } catch { /* said where it is written */ }
  }
}

