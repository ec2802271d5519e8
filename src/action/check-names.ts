/**
 * Check run names this job has already used (QA49 action16 D1). GitHub's checks list, the merge box and branch protection
 * show only the latest check run of a name on a commit: a second Preflight step of the job writing the same name (an
 * advisory `fail-on: none` step after the gate, a probes-only step) would hide the first one's run, a failure under a
 * green check.
 *
 * Each step that writes a check run records its name, its conclusion and whether it gated (`fail-on` other than `none`)
 * in a small file under RUNNER_TEMP, keyed by repository, commit, workflow run, attempt and job. A later step of the same
 * job that finds the name taken picks another when its run would hide the earlier one's verdict (QA50 misc S1): a green
 * run over a failure, or an advisory run over a gate. A gating step after an advisory one, or a failing run after a
 * passing one, keeps the name: its run is the one the name should show (branch protection requires the name, and a gate
 * that ran second must not have its failure under a name nobody requires). RUNNER_TEMP is the
 * right scope: the runner gives every job one temporary folder, shared by its steps and emptied when the job starts, so
 * the steps of one job see each other's records and nothing else does (not a matrix's other jobs, which run with the
 * same GITHUB_JOB and step ids but their own RUNNER_TEMP, not an earlier job on a self-hosted runner). It costs no API
 * request and no permission (a lookup of the commit's check runs could not tell one job's steps from a matrix's jobs).
 */
import fs from 'node:fs';
import path from 'node:path';

/** The record's file under RUNNER_TEMP. */
export const CLAIMS_FILE = 'preflight-check-runs.json';
/** At most this many records are kept (a job with more Preflight steps than that is not a real one). */
const MAX_CLAIMS = 200;
/** At most this many numbered names are tried (`Preflight (2)` … ). */
const MAX_ORDINAL = MAX_CLAIMS + 2;

/** Which job of which workflow run, on which commit of which repository, a name was used in. */
export interface ClaimScope {
  repo: string;
  sha: string;
  run: string;
  attempt: string;
  job: string;
}

/** A check run name a step of the job used. */
export interface Claim extends ClaimScope {
  name: string;
  /** GITHUB_ACTION of the step that used it. */
  step: string;
  /** The folder it scanned, from the repository root ('' for the root). */
  folder: string;
  /** The run's conclusion; a record without one (an older Preflight's) is taken for a failing gate. */
  conclusion?: Conclusion;
  /** Whether the step gated (its `fail-on` was not `none`, or it could not run, which fails the step). */
  gates?: boolean;
}

/** A check run's conclusion as Preflight writes it. */
export type Conclusion = 'success' | 'failure';

/** What a step's check run says: its conclusion, and whether the step gated. */
export interface Verdict {
  conclusion: Conclusion;
  gates: boolean;
}

const sameScope = (a: ClaimScope, b: ClaimScope) =>
  a.repo.toLowerCase() === b.repo.toLowerCase() && a.sha.toLowerCase() === b.sha.toLowerCase() && a.run === b.run && a.attempt === b.attempt && a.job === b.job;

const isClaim = (v: unknown): v is Claim => {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return ['repo', 'sha', 'run', 'attempt', 'job', 'name', 'step', 'folder'].every((k) => typeof c[k] === 'string')
    && (c.conclusion === undefined || c.conclusion === 'success' || c.conclusion === 'failure')
    && (c.gates === undefined || typeof c.gates === 'boolean');
};

/** An earlier record's verdict: one without it (written by an older Preflight) is taken for a failing gate, which nothing replaces. */
const verdictOf = (c: Claim): Verdict => ({ conclusion: c.conclusion ?? 'failure', gates: c.gates ?? true });
const rank = (c: Conclusion) => (c === 'failure' ? 1 : 0);

/**
 * Whether a later run (`later`) may be the latest of a name an earlier run (`earlier`) holds: GitHub then shows only it
 * (the checks list, the merge box, branch protection), so it may only when that hides no verdict that gates — its
 * conclusion is worse (a failure after a success), or as bad and it gates where the earlier run did not (a gate after an
 * advisory `fail-on: none` step). A run as bad as a gate's, or better, gets a name of its own, so both stay in view.
 */
export function supersedes(later: Verdict, earlier: Verdict): boolean {
  const d = rank(later.conclusion) - rank(earlier.conclusion);
  return d > 0 || (d === 0 && later.gates && !earlier.gates);
}

/** The records under `runnerTemp` (none when there is no file, or it cannot be read). */
export function readClaims(runnerTemp: string): Claim[] {
  if (!runnerTemp) return [];
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(runnerTemp, CLAIMS_FILE), 'utf8'));
    return Array.isArray(parsed) ? parsed.filter(isClaim).slice(-MAX_CLAIMS) : [];
  } catch {
    return [];
  }
}

/** Adds a record; false when it could not be written (no RUNNER_TEMP, or an unwritable one). */
export function recordClaim(runnerTemp: string, claim: Claim): boolean {
  if (!runnerTemp) return false;
  try {
    const all = [...readClaims(runnerTemp), claim].slice(-MAX_CLAIMS);
    const file = path.join(runnerTemp, CLAIMS_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(all)}\n`);
    fs.renameSync(tmp, file);
    return true;
  } catch {
    return false;
  }
}

/** What uniqueName decided when the name was taken. */
export interface Renamed {
  /** The name this step's check run gets: another one, or the same when this step's run supersedes the earlier one. */
  name: string;
  /** The earlier step's record of the name (the latest run of it). */
  earlier: Claim;
  /** True when this step keeps the name: its run is shown in place of the earlier one, which hid no verdict that gates. */
  kept?: boolean;
}

/** A step id the workflow gave (`id: advisory`), not one the runner made up (`__preflight-gate_preflight`, `__run_2`). */
const ownStepId = (step: string) => /^[A-Za-z_][\w-]*$/.test(step) && !step.startsWith('__');

/**
 * Null when no earlier step of this job (`scope`) used `name`. Else, when this step's run (`verdict`, a failing gate when
 * not given) supersedes the latest run of the name (see supersedes), the name itself with `kept`; else the name this
 * step's check run gets instead, the first one not used yet of: the folder it scans when the earlier run's was another
 * (`Preflight (services/api)`), the step's own id (`Preflight (advisory)`), a number (`Preflight (2)`).
 */
export function uniqueName(name: string, scope: ClaimScope, claims: readonly Claim[], step: string, folder: string, verdict: Verdict = { conclusion: 'failure', gates: true }): Renamed | null {
  const here = claims.filter((c) => sameScope(c, scope));
  // The latest run of the name: the one GitHub shows.
  const earlier = here.findLast((c) => c.name === name);
  if (!earlier) return null;
  if (supersedes(verdict, verdictOf(earlier))) return { name, earlier, kept: true };
  const taken = new Set(here.map((c) => c.name));
  const candidates = [
    ...(folder && folder !== earlier.folder ? [`${name} (${folder})`] : []),
    ...(ownStepId(step) ? [`${name} (${step})`] : []),
  ];
  // Numbered as the runs of the job are: the second `(2)`, the third `(3)`.
  for (let n = here.length + 1; n <= here.length + MAX_ORDINAL; n++) candidates.push(`${name} (${n})`);
  return { name: candidates.find((c) => !taken.has(c)) ?? `${name} (${here.length + 1})`, earlier };
}

/** The notice for a step that keeps a name an earlier step of the job used: its run is now the one shown. */
export function supersededNotice(original: string, r: Renamed, sha: string, verdict: Verdict): string {
  const by = ownStepId(r.earlier.step) ? `step \`${r.earlier.step}\`` : 'an earlier Preflight step';
  const was = verdictOf(r.earlier);
  const why = verdict.gates && !was.gates
    ? `that step did not gate (\`fail-on: none\`) and this one does, so its ${verdict.conclusion}`
    : `this step's run failed where that one succeeded, so its failure`;
  return `${by[0]!.toUpperCase()}${by.slice(1)} of this job already wrote a check run named \`${original}\` on ${sha.slice(0, 12)} (${was.conclusion}). GitHub shows only the latest check run of a name (the checks list, the merge box and branch protection), and ${why} is what \`${original}\` shows from now on: the earlier run is still on the commit but no longer in view. To keep both in view, set \`check-name\` on the earlier step (e.g. \`check-name: ${original} (${ownStepId(r.earlier.step) ? r.earlier.step : 'advisory'})\`).`;
}

/** The warning for a renamed check run. */
export function renamedWarning(original: string, r: Renamed, sha: string): string {
  const by = ownStepId(r.earlier.step) ? `step \`${r.earlier.step}\`` : 'an earlier Preflight step';
  return `${by[0]!.toUpperCase()}${by.slice(1)} of this job already wrote a check run named \`${original}\` on ${sha.slice(0, 12)}: GitHub shows only the latest check run of a name (the checks list, the merge box and branch protection), so this step's run would have hidden that one. This step's check run is named \`${r.name}\` instead; set \`check-name\` on one of the steps (e.g. \`check-name: ${r.name}\`) so each keeps a name of its own, and name the one that gates in branch protection.`;
}
