import { randomUUID } from 'node:crypto';
import type { GitHubClient } from './client.js';
import { Unconfirmed, createOnce, isRateLimited, statusOf } from './client.js';
import { LIMITS, cutTitle } from './sanitize.js';
import type { CheckAnnotation } from './sanitize.js';
import { cutText } from '../report/markdown.js';

/** A completed check run to publish. */
export interface CheckRunInput {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure';
  title: string;
  /**
   * The summary, or a function of how many annotations could not be posted (0 when creating the
   * run): after a failed batch the summary is rewritten once so its counts stay true.
   */
  summary: string | ((unposted: number) => string);
  /** The output's `text` (details below the summary), cut to GitHub's limit (65,535 UTF-8 bytes) here; none when empty. */
  text?: string;
  /** Already sanitised and ordered most severe first; capped at 1,000 here. */
  annotations: CheckAnnotation[];
}

/** What was published. */
export interface CheckRunResult {
  id: number;
  url: string | null;
  /** Annotations GitHub accepted. */
  annotated: number;
  /** Annotations left out by the per-run cap. */
  omitted: number;
  /** Annotations sent (or due) in batches that could not be posted. */
  failed: number;
  /** Batches of annotations (one per request) in all, and how many of them could not be posted. */
  batches: number;
  failedBatches: number;
  /** The error that stopped the remaining batches (a rate limit, a refusal), else the first error of a batch that could not be posted. */
  error: unknown;
  /**
   * After a failed batch: whether the summary could be rewritten with the true counts (false, not tried, when a rate
   * limit stopped the batches).
   */
  summaryUpdated: boolean | null;
  /** Slug of the GitHub App the token belongs to (`github-actions` for GITHUB_TOKEN), when GitHub says. */
  app: string | null;
}

/**
 * Creates the completed check run with the first 50 annotations (a create that fails with 5xx is retried only after
 * looking whether it made the run after all, so a retry never leaves two), then appends the rest in batches
 * of 50 with PATCH, one request at a time (concurrent writes trip GitHub's secondary limits).
 * An error creating the run propagates (the caller decides whether a 403 means falling back to
 * workflow commands) — {@link Unconfirmed} when the run may exist but nothing confirms it (a 5xx whose outcome could not
 * be looked up, a 2xx answer that is not a check run) —, except a 422 on a request carrying annotations: GitHub rejected that first batch, so the
 * run is created without it and the batch counts as not posted. Once the run exists it is never lost: a batch GitHub rejects (422) is skipped,
 * any other failure stops the batches (retrying them would only prolong an outage or a rate
 * limit), and the summary is rewritten once — without retries, and not under a rate limit — to count what was not posted.
 */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const annotations = input.annotations.slice(0, LIMITS.annotationsPerRun);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += LIMITS.annotationsPerRequest) {
    batches.push(annotations.slice(i, i + LIMITS.annotationsPerRequest));
  }
  // GitHub limits `summary` and `text` in UTF-8 bytes (a text of 65,535 characters with `—`, `…` or `✅` in it is
  // over, and the whole request is refused): cut by bytes, with a note, at a line.
  const summary = (unposted: number) => cutText(typeof input.summary === 'function' ? input.summary(unposted) : input.summary, LIMITS.text, LIMITS.text);
  // Rendered once for every batch (a render lays out every finding); again only to correct a count.
  const posted = summary(0);
  const text = input.text ? cutText(input.text, LIMITS.text, LIMITS.text) : '';
  const output = (batch: CheckAnnotation[] | undefined, unposted = 0) => ({
    title: cutTitle(input.title) || 'Preflight',
    summary: unposted ? summary(unposted) : posted,
    ...(text ? { text } : {}),
    ...(batch?.length ? { annotations: batch } : {}),
  });
  // GitHub may create the run and still answer 5xx (or the answer may be lost): a create retried blindly could leave
  // two runs of this name on the commit. So the create is retried by createOnce, not by the client, and before each
  // retry the commit's runs of this name are searched for the one this call made (its `external_id`, unique per call);
  // when that search cannot answer, the run is not created again but said not to be confirmed (Unconfirmed).
  const externalId = `preflight-${randomUUID()}`;
  type Made = { id: number; html_url?: string | null; app?: { slug?: string } | null };
  const create = async (batch: CheckAnnotation[] | undefined): Promise<{ data: Made }> => {
    const made = await createOnce(client, async () => {
      const res = await client.rest.checks.create({
        owner: input.owner,
        repo: input.repo,
        name: input.name,
        head_sha: input.headSha,
        external_id: externalId,
        status: 'completed',
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
        output: output(batch),
        request: { retries: 0 },
      });
      return { data: res.data as Made, status: res.status };
    }, async () => {
      // One attempt: createOnce spaces out the lookups as it does the creates. An answer that is not a list of
      // runs cannot say the run is not there: it fails (TypeError), as an HTTP error does.
      const { data: found } = await client.rest.checks.listForRef({ owner: input.owner, repo: input.repo, ref: input.headSha, check_name: input.name, filter: 'all', per_page: 100, request: { retries: 0 } });
      const run = found.check_runs.find((r) => r.external_id === externalId);
      if (run && !isId(run.id)) throw new Error('the check run found has no id');
      return run ? { data: run as Made, status: 200 } : null;
    });
    // A 2xx whose JSON is not a check run (a proxy's `{"message": "accepted"}`): nothing says the run was made, and
    // without its id no annotation batch can be appended to it.
    if (!isId((made.data as Partial<Made> | null | undefined)?.id)) {
      throw new Unconfirmed(`GitHub's answer to the create (HTTP ${made.status}) is not a check run: it has no id — a proxy in front of the API?`);
    }
    return made;
  };
  let failed = 0;
  let failedBatches = 0;
  let error: unknown = null;
  let data: Awaited<ReturnType<typeof create>>['data'];
  try {
    ({ data } = await create(batches[0]));
  } catch (err) {
    // 422 with annotations: GitHub may have rejected the first batch's content (one malformed annotation rejects the
    // whole request). The run itself matters more than those 50: create it without them, as a later batch is lost.
    if (statusOf(err) !== 422 || !batches[0]?.length) throw err;
    ({ data } = await create(undefined));
    error = err;
    failed += batches[0].length;
    failedBatches++;
  }
  let stopped: unknown = null;
  // Annotations the run holds so far. GitHub may append a batch and still answer 5xx (its front end's 502): a batch
  // resent blindly would annotate each of its findings twice. So a batch is retried by createOnce, not by the client, and
  // before each retry the run's `output.annotations_count` says whether the batch landed (QA45 action14 D3); when that
  // cannot be read, the batch is not sent again and counts as not posted (Unconfirmed), and the batches stop.
  let held = batches[0]?.length && !failedBatches ? batches[0].length : 0;
  for (const batch of batches.slice(1)) {
    if (!stopped) {
      try {
        const before = held;
        await createOnce(client, async () => {
          await client.rest.checks.update({ owner: input.owner, repo: input.repo, check_run_id: data.id, output: output(batch), request: { retries: 0 } });
          return true;
        }, async () => {
          const { data: run } = await client.rest.checks.get({ owner: input.owner, repo: input.repo, check_run_id: data.id, request: { retries: 0 } });
          const count: unknown = (run as { output?: { annotations_count?: unknown } | null }).output?.annotations_count;
          if (typeof count !== 'number' || !Number.isSafeInteger(count)) throw new Error('the check run read has no annotations_count');
          if (count === before) return null;
          if (count === before + batch.length) return true;
          throw new Error(`the check run holds ${count} annotations, neither ${before} nor ${before + batch.length}`);
        }, `appending ${batch.length} annotations`, 'GitHub appended them');
        held += batch.length;
        continue;
      } catch (err) {
        error ??= err;
        // 422: GitHub rejected this batch's content; the next batches may well be fine.
        if (statusOf(err) !== 422) stopped = err;
      }
    }
    failed += batch.length;
    failedBatches++;
  }
  let summaryUpdated: boolean | null = null;
  // Stopped by a rate limit the client gave up waiting for: one more write now would only be refused (and GitHub
  // asks for no requests until the limit lifts), so the summary is left as it is.
  if (failed && isRateLimited(stopped)) summaryUpdated = false;
  else if (failed) {
    try {
      // The run keeps its conclusion: only the output changes. One attempt, no retries.
      await client.rest.checks.update({ owner: input.owner, repo: input.repo, check_run_id: data.id, output: output(undefined, failed), request: { retries: 0 } });
      summaryUpdated = true;
    } catch {
      summaryUpdated = false;
    }
  }
  return {
    id: data.id,
    url: data.html_url ?? null,
    annotated: annotations.length - failed,
    omitted: input.annotations.length - annotations.length,
    failed,
    batches: batches.length,
    failedBatches,
    error: stopped ?? error,
    summaryUpdated,
    app: data.app?.slug ?? null,
  };
}

/** A check run's id as the API gives it: a positive integer. */
function isId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}
