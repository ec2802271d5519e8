import type { GitHubClient } from './client.js';
import { cutText } from '../report/markdown.js';

/** GitHub's limit on an issue comment body. */
export const COMMENT_LIMIT = 65_536;

/** The hidden marker that identifies the sticky comment of one check name. */
export function commentMarker(checkName: string): string {
  return `<!-- preflight:sticky-comment ${checkName.replace(/-->/g, '')} -->`;
}

/**
 * Keeps one sticky comment per check name on a pull request: finds it by its hidden marker,
 * updates it in place, does nothing when the body is unchanged, creates it otherwise.
 */
export async function upsertComment(
  client: GitHubClient,
  r: { owner: string; repo: string },
  pull: number,
  marker: string,
  body: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const text = cutText(body.startsWith(marker) ? body : `${marker}\n${body}`, COMMENT_LIMIT - 1);
  let existing: { id: number; body?: string | null } | undefined;
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...r, issue_number: pull, per_page: 100 })) {
    existing = page.data.find((c) => c.body?.includes(marker));
    if (existing) break;
  }
  // GitHub may normalise line endings and trailing space of a stored body.
  if (existing?.body != null && existing.body.replace(/\r\n/g, '\n').trim() === text.trim()) return 'unchanged';
  if (existing) {
    await client.rest.issues.updateComment({ ...r, comment_id: existing.id, body: text });
    return 'updated';
  }
  await client.rest.issues.createComment({ ...r, issue_number: pull, body: text });
  return 'created';
}
