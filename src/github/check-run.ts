import type { GitHubClient } from './client.js';
import { LIMITS } from './sanitize.js';
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
  summary: string;
  /** Already sanitised and ordered most severe first; capped at 1,000 here. */
  annotations: CheckAnnotation[];
}

/** What was published. */
export interface CheckRunResult {
  id: number;
  url: string | null;
  annotated: number;
  /** Annotations left out by the per-run cap. */
  omitted: number;
}

/**
 * Creates the completed check run with the first 50 annotations, then appends the rest in batches
 * of 50 with PATCH, one request at a time (concurrent writes trip GitHub's secondary limits).
 * Errors propagate: the caller decides whether a 403 means falling back to workflow commands.
 */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const annotations = input.annotations.slice(0, LIMITS.annotationsPerRun);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += LIMITS.annotationsPerRequest) {
    batches.push(annotations.slice(i, i + LIMITS.annotationsPerRequest));
  }
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: input.title.slice(0, LIMITS.title) || 'Preflight',
    summary: cutText(input.summary, LIMITS.text),
    ...(batch?.length ? { annotations: batch } : {}),
  });
  const { data } = await client.rest.checks.create({
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({ owner: input.owner, repo: input.repo, check_run_id: data.id, output: output(batch) });
  }
  return { id: data.id, url: data.html_url ?? null, annotated: annotations.length, omitted: input.annotations.length - annotations.length };
}
