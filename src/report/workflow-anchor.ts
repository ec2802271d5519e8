/**
 * Where SARIF places findings that have no file when no checklist file of the repository can hold them (the built-in
 * preset, a checklist outside the repository): the workflow file that runs Preflight, at the line of the step's URL
 * (the action's `url:` input, the CLI's `--url`), else line 1. Code scanning rejects a result without a location, so
 * without such a file these findings stay the run's tool notifications.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isWithin, safeRealpath } from '../repo/read.js';
import { isObject, parseYaml, type YamlDoc } from '../repo/yaml.js';

/** The workflow file (repository-relative) and the line of the step's URL in it, when found. */
export interface WorkflowAnchor { file: string; line: number | null }

/** Most bytes of a workflow file read to find the step's line (GitHub's own limit on a workflow is far lower). */
const MAX_WORKFLOW_BYTES = 1 << 20;
/** Most steps looked at per job (GitHub allows 1,000 steps in a job). */
const MAX_STEPS = 1000;

/**
 * `acme/shop/.github/workflows/ci.yml@refs/heads/main` (GITHUB_WORKFLOW_REF) → `.github/workflows/ci.yml`, only when the
 * workflow is `repository`'s own (a workflow required by an organisation ruleset lives in another repository).
 */
export function workflowFileOf(ref: string | undefined, repository: string | undefined): string | null {
  const m = ref ? /^([^/]+\/[^/]+)\/(.+?)@/.exec(ref) : null;
  return m && repository && m[1]!.toLowerCase() === repository.toLowerCase() ? m[2]! : null;
}

/**
 * The SARIF anchor for the workflow file `file` (repository-relative, from {@link workflowFileOf}) when it is a file of
 * the repository at `root`; null otherwise (then findings without a file stay notifications). `job` and `step` are
 * GITHUB_JOB and GITHUB_ACTION: the running step when its `id:` is that, else the first step that runs Preflight with a
 * URL (in that job when it is in the file).
 */
export function workflowAnchor(root: string, file: string | null, where: { job?: string | undefined; step?: string | undefined } = {}): WorkflowAnchor | null {
  if (!file || path.isAbsolute(file) || file.split(/[\\/]/).some((s) => s === '..' || s === '')) return null;
  let st: fs.Stats;
  try {
    st = fs.lstatSync(path.join(root, file));
  } catch {
    return null;
  }
  // A symlink is anchored (it is the repository's path) but not followed out of the repository to find a line; nor is
  // a file reached through a symlinked folder (`.github` → elsewhere) that leaves it.
  if (st.isSymbolicLink() || !isWithin(safeRealpath(root), safeRealpath(path.join(root, file)))) return { file, line: null };
  if (!st.isFile()) return null;
  let line: number | null = null;
  if (st.size <= MAX_WORKFLOW_BYTES) {
    try {
      line = stepUrlLine(fs.readFileSync(path.join(root, file), 'utf8'), where);
    } catch {
      line = null;
    }
  }
  return { file, line };
}

/**
 * The 1-based line of the URL given to the step that runs Preflight in a workflow's text: the `url:` key of the
 * action's `with:` (a step whose `uses:` names preflight), or the line of `--url` in a `run:` that runs preflight.
 * The step whose `id:` is `where.step` wins (null when it gives no URL: its URL comes from elsewhere); else the first
 * such step, in `where.job` when the file has that job. Null when none is found or the file is not a workflow.
 */
export function stepUrlLine(text: string, where: { job?: string | undefined; step?: string | undefined } = {}): number | null {
  const doc = parseYaml('workflow', text).docs[0];
  if (!doc || !isObject(doc.value) || !isObject(doc.value.jobs)) return null;
  const jobs = doc.value.jobs;
  const lines = text.split(/\r?\n/);
  const jobIds = where.job && isObject(jobs[where.job]) ? [where.job] : Object.keys(jobs);
  let first: number | null = null;
  for (const job of jobIds) {
    const spec = jobs[job];
    const steps = isObject(spec) ? spec.steps : undefined;
    if (!Array.isArray(steps)) continue;
    for (let i = 0; i < steps.length && i < MAX_STEPS; i++) {
      const step: unknown = steps[i];
      if (!isObject(step)) continue;
      const own = !!where.step && step.id === where.step;
      const line = urlLineOfStep(doc, lines, ['jobs', job, 'steps', i], step, own);
      if (own) return line;
      if (first === null && line !== null) first = line;
    }
  }
  return first;
}

/** The line of the URL a step gives Preflight (see {@link stepUrlLine}); `own`: the step is known to be the running one. */
function urlLineOfStep(doc: YamlDoc, lines: string[], at: (string | number)[], step: Record<string, unknown>, own: boolean): number | null {
  const names = (v: unknown) => typeof v === 'string' && /preflight/i.test(v);
  if (typeof step.uses === 'string' && (own || names(step.uses))) {
    return isObject(step.with) && 'url' in step.with ? doc.loc([...at, 'with', 'url'], true)?.line ?? null : null;
  }
  if (typeof step.run === 'string' && (own || names(step.run)) && /--url\b/.test(step.run)) {
    const key = doc.loc([...at, 'run'], true);
    if (!key) return null;
    // The run's lines: from its key to the next line (not blank) indented no deeper than the key.
    for (let k = key.line - 1; k < lines.length; k++) {
      const l = lines[k]!;
      if (k > key.line - 1 && l.trim() && l.length - l.trimStart().length < key.column) break;
      if (/(?:^|[\s"'])--url(?:[=\s"']|$)/.test(k === key.line - 1 ? l.slice(key.column - 1) : l)) return k + 1;
    }
  }
  return null;
}
