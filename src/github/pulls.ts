import type { PullReview } from '../gate/attesters.js';
import type { GitHubClient } from './client.js';

interface Repo { owner: string; repo: string }

/** Most files the PR files API lists for one pull request. */
export const MAX_PR_FILES = 3000;

/** Paths a pull request changes (PR files API, paginated; GitHub lists at most 3,000). */
export async function changedFiles(client: GitHubClient, r: Repo, pull: number): Promise<Set<string>> {
  const files = new Set<string>();
  for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, { ...r, pull_number: pull, per_page: 100 })) {
    for (const f of page.data) files.add(f.filename);
    // GitHub lists at most 3,000 files of a pull request: past that the list says nothing about the rest.
    if (files.size >= MAX_PR_FILES) throw new Error(`the pull request changes ${MAX_PR_FILES} files or more, and GitHub lists only the first ${MAX_PR_FILES}`);
  }
  return files;
}

/** The pull request's current description and author, with the author's `author_association` (the event payload may be stale). */
export async function fetchPull(client: GitHubClient, r: Repo, pull: number): Promise<{ body: string; author: string | null; association: string | null; headSha: string | null }> {
  const { data } = await client.rest.pulls.get({ ...r, pull_number: pull });
  return { body: data.body ?? '', author: data.user?.login ?? null, association: typeof data.author_association === 'string' ? data.author_association : null, headSha: data.head?.sha ?? null };
}

/** Most reviews read of one pull request (10 pages of 100). */
export const MAX_REVIEWS = 1000;

/**
 * The reviews of a pull request, oldest first (`GET /repos/{owner}/{repo}/pulls/{n}/reviews`, paginated). A pull request
 * with more than {@link MAX_REVIEWS} is an error: GitHub lists the oldest first, so the ones left unread are the latest.
 */
export async function pullReviews(client: GitHubClient, r: Repo, pull: number): Promise<PullReview[]> {
  const reviews: PullReview[] = [];
  for await (const page of client.paginate.iterator(client.rest.pulls.listReviews, { ...r, pull_number: pull, per_page: 100 })) {
    for (const v of page.data) {
      reviews.push({ login: v.user?.login ?? null, association: typeof v.author_association === 'string' ? v.author_association : null, state: v.state, body: v.body ?? '', submittedAt: v.submitted_at ?? null });
    }
    if (reviews.length > MAX_REVIEWS) throw new Error(`the pull request has more than ${MAX_REVIEWS.toLocaleString('en-US')} reviews, and the latest would be left unread`);
  }
  return reviews;
}

/**
 * The pull request a commit belongs to (push, deployment, dispatch): the PR that merged it (its merge or squash commit
 * is this commit: the push is that merge), else an open PR whose head is the commit, else null. A merge commit can
 * also be the head of an open PR opened from the target branch (a `develop → main` release PR): the sign-offs of the
 * change are on the merged PR, not on that one.
 */
export async function pullForCommit(client: GitHubClient, r: Repo, sha: string): Promise<number | null> {
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...r, commit_sha: sha, per_page: 30 });
  // An open PR's merge_commit_sha is GitHub's test merge (refs/pull/N/merge), never a pushed commit; only a merged one counts.
  const merged = data.find((p) => p.merge_commit_sha === sha && p.merged_at);
  const open = data.find((p) => p.state === 'open' && p.head.sha === sha);
  return (merged ?? open)?.number ?? null;
}

/**
 * What the contents API has at `path` of a commit, without following a symlink it does not follow itself: a file's text
 * (GitHub serves a symlink to a file of the repository as that file), a symlink's `target` (to a folder, to nothing, out
 * of the repository, or to another symlink), a folder, or something else (a submodule). Null when nothing is there.
 */
export type RefEntry = { type: 'file'; text: string } | { type: 'symlink'; target: string } | { type: 'dir' } | { type: 'other'; what: string };

/** The entry at `path` of the commit `ref` via the contents API (see {@link RefEntry}); null when it does not exist there. */
export async function entryAtRef(client: GitHubClient, r: Repo, path: string, ref: string): Promise<RefEntry | null> {
  try {
    const { data } = await client.rest.repos.getContent({ ...r, path, ref });
    if (Array.isArray(data)) return { type: 'dir' };
    if (data.type === 'symlink' && 'target' in data && typeof data.target === 'string') return { type: 'symlink', target: data.target };
    if (data.type !== 'file' || !('content' in data)) return { type: 'other', what: data.type };
    return { type: 'file', text: Buffer.from(data.content, (data.encoding as BufferEncoding) || 'base64').toString('utf8') };
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

/** A file's text at a commit via the contents API, or null when no file is there (a symlink it does not follow, a folder: null too). */
export async function fileAtRef(client: GitHubClient, r: Repo, path: string, ref: string): Promise<string | null> {
  const entry = await entryAtRef(client, r, path, ref);
  return entry?.type === 'file' ? entry.text : null;
}

/** Most files the compare API lists for one comparison: past that its list says nothing about the rest. */
export const MAX_COMPARE_FILES = 300;

/** A file of a comparison as the compare API lists it. */
export interface ComparedFile {
  filename: string;
  status: string;
  /** The unified diff of the file (3 lines of context); GitHub leaves it out for a binary file or a diff too large. */
  patch?: string;
  /** The number of changed lines (a file listed with none changes its mode only). */
  changes: number;
}

/**
 * The files changed from commit `from` to commit `to` (`GET /repos/{owner}/{repo}/compare/{from}...{to}`: the changes
 * from their merge base, which is `from` itself when `from` is an ancestor of `to`, as a pull request's head is of its
 * merge commit). Null when the list may be incomplete (GitHub lists at most {@link MAX_COMPARE_FILES} files).
 */
export async function comparedFiles(client: GitHubClient, r: Repo, from: string, to: string): Promise<ComparedFile[] | null> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${from}...${to}` });
  const files = data.files;
  if (!Array.isArray(files) || files.length >= MAX_COMPARE_FILES) return null;
  return files.map((f) => ({ filename: f.filename, status: f.status, changes: f.changes, ...(typeof f.patch === 'string' ? { patch: f.patch } : {}) }));
}
