import { createOnce, statusOf, type GitHubClient } from './client.js';
import { cutText } from '../report/markdown.js';

/**
 * GitHub's limit on an issue comment body ("maximum is 65536 characters"). The body is cut to as many UTF-8 bytes:
 * GitHub's other text limits count bytes, and a byte count is never below the characters', so the cut body is
 * within the limit whichever GitHub counts.
 */
export const COMMENT_LIMIT = 65_536;

/** Who writes with the default `GITHUB_TOKEN`. */
const ACTIONS_BOT = 'github-actions[bot]';

/** The hidden marker that identifies the sticky comment of one check name. */
export function commentMarker(checkName: string): string {
  return `<!-- preflight:sticky-comment ${checkName.replace(/-->/g, '')} -->`;
}

/**
 * The login that comments written with this token carry, so the sticky comment is looked for
 * among the token's own comments only (anyone can write the marker into a comment).
 *
 * - A check run created in this job names its GitHub App (only Apps can create check runs): the
 *   token writes as `<slug>[bot]` — `github-actions[bot]` for `GITHUB_TOKEN`.
 * - Otherwise `GET /user` answers for a personal access token with its user's login.
 * - An installation token cannot read `/user` (403): some App's bot — `GITHUB_TOKEN`'s
 *   `github-actions[bot]`, or the App of an `actions/create-github-app-token` token: null, which
 *   `upsertComment` reads as "any `[bot]` author" (preferring `github-actions[bot]`).
 *
 * A user login cannot contain `[` or `]`, so no user can pose as a `[bot]` author.
 */
export async function commentAuthor(client: GitHubClient, checkRunApp: string | null): Promise<string | null> {
  if (checkRunApp) return `${checkRunApp}[bot]`;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return data.login;
  } catch {
    // An installation token (403 "Resource not accessible by integration").
  }
  return null;
}

/**
 * A failure of upsertComment, with the request that failed: `read`, listing the pull request's comments (needs
 * `pull-requests: read` or `issues: read`), or `write`, editing or creating the comment (`pull-requests: write`, which
 * includes the read).
 * `error`: the API's error, as thrown.
 */
export class CommentError extends Error {
  constructor(readonly step: 'read' | 'write', readonly error: unknown) {
    super(String((error as Error | null)?.message ?? error));
    this.name = 'CommentError';
  }
}

/** Bot comments starting with the marker tried at most, with the token's identity unknown (each refused edit is one request). */
const MAX_CANDIDATES = 5;

/**
 * Keeps one sticky comment per check name on a pull request: finds it among the comments `author`
 * wrote that start with its hidden marker (as Preflight writes it: never one somebody else planted
 * the marker in, nor one that quotes it), updates it in place, does nothing when the body is
 * unchanged, creates it otherwise. `author` null (an App installation token whose App is unknown):
 * `github-actions[bot]`'s comment first, then other `[bot]` authors' — still only comments that
 * start with the marker. A failed request throws a {@link CommentError} saying which one.
 */
export async function upsertComment(
  client: GitHubClient,
  r: { owner: string; repo: string },
  pull: number,
  marker: string,
  body: string,
  author: string | null,
): Promise<'created' | 'updated' | 'unchanged'> {
  const text = cutText(body.startsWith(marker) ? body : `${marker}\n${body}`, COMMENT_LIMIT - 1, COMMENT_LIMIT - 1);
  // A known author: that login only. Unknown (an App's installation token): any bot, never a user.
  const ours = (login: string | undefined) => login !== undefined && (author === null ? login.endsWith('[bot]') : login.toLowerCase() === author.toLowerCase());
  // Candidates in order: the known author's comment; with the identity unknown, github-actions[bot]'s first,
  // then every other bot comment carrying the marker.
  type Found = { id: number; body?: string | null };
  // GitHub may normalise line endings and trailing space of a stored body.
  const same = (c: Found) => c.body != null && c.body.replace(/\r\n/g, '\n').trim() === text.trim();
  let first: Found | undefined;
  const others: Found[] = [];
  try {
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...r, issue_number: pull, per_page: 100 })) {
      for (const c of page.data) {
        // Preflight's comment starts with the marker: one quoting it further down (Renovate's, a person's own) is not it.
        if (!ours(c.user?.login) || !c.body?.trimStart().startsWith(marker)) continue;
        if (author !== null || c.user?.login === ACTIONS_BOT) { first = c; break; }
        if (others.length < MAX_CANDIDATES) others.push(c);
      }
      if (first) break;
    }
  } catch (err) {
    throw new CommentError('read', err);
  }
  for (const existing of (first ? [first, ...others] : others).slice(0, MAX_CANDIDATES)) {
    if (same(existing)) return 'unchanged';
    try {
      await client.rest.issues.updateComment({ ...r, comment_id: existing.id, body: text });
      return 'updated';
    } catch (err) {
      // With the token's identity unknown, a bot's comment with our marker may be another app's (Renovate quoting
      // it): GitHub refuses the edit, and the next candidate is tried — ours may come later. None editable: a new
      // comment, not a false "needs pull-requests: write" (and not one more on every run: ours is found next time).
      const status = statusOf(err);
      if (author !== null || (status !== 403 && status !== 404)) throw new CommentError('write', err);
    }
  }
  // GitHub may store the comment and still answer 5xx (its front end's 502), or the answer may be lost: a create retried
  // blindly would leave two sticky comments, the second never updated again. So the create is retried by createOnce, not
  // by the client, and before each retry the comments are looked through for the one it would make (ours, this very
  // body: none was there above, else it was left unchanged), as a check run's create is (src/github/check-run.ts); when
  // they cannot be read, the comment is not posted again but said not to be confirmed (Unconfirmed).
  try {
    await createOnce(client, async () => {
      await client.rest.issues.createComment({ ...r, issue_number: pull, body: text, request: { retries: 0 } });
      return true;
    }, async () => {
      // One attempt: createOnce spaces out the lookups as it does the creates.
      for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...r, issue_number: pull, per_page: 100, request: { retries: 0 } })) {
        if (page.data.some((c) => ours(c.user?.login) && same(c))) return true;
      }
      return null;
    });
    return 'created';
  } catch (err) {
    throw new CommentError('write', err);
  }
}
