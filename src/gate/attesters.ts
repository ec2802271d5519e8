/**
 * Who may sign off manual items in a pull request (the action's `attesters` input): GitHub logins and author associations.
 * Pure: the action reads the pull request and its reviews (src/github/pulls.ts) and asks these functions which of them
 * count. Without attesters anyone who can edit the description signs off (DESIGN: the description's ticks attest).
 */
import { ConfigError } from '../types.js';

/** GitHub's `author_association` values, as the API spells them. */
export const AUTHOR_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'] as const;
export type AuthorAssociation = (typeof AUTHOR_ASSOCIATIONS)[number];

/**
 * What to write for a role word that is no author association (`members`, `owners`, `maintainers`, `admin`, `write`): the
 * association it most likely means, said as advice; undefined for any other word. A plural of an association
 * (`members`, `COLLABORATORS`) means that association.
 */
function roleWord(entry: string): string | undefined {
  const word = entry.toUpperCase().replace(/[\s-]+/g, '_');
  const plural = AUTHOR_ASSOCIATIONS.find((a) => `${a}S` === word);
  if (plural) return `write ${plural} for the association`;
  if (/^(?:ADMINS?|ADMINISTRATORS?|MAINTAINERS?|MAINTAIN|WRITE|WRITERS?|PUSH|COMMITTERS?|REVIEWERS?|TEAM|STAFF|CORE)$/.test(word)) {
    return `GitHub's author associations are ${AUTHOR_ASSOCIATIONS.join(', ')} (OWNER for the repository's owner, MEMBER for the organisation's members, COLLABORATOR for invited collaborators), or list the logins`;
  }
  return undefined;
}


/** The attesters: logins (lower case: GitHub logins are case-insensitive) and associations, each as written (for messages). */
export interface Attesters {
  logins: ReadonlySet<string>;
  associations: ReadonlySet<AuthorAssociation>;
  /** The entries as the input gave them (`@alice`, `MEMBER`), for messages. */
  written: readonly string[];
}

/** A GitHub login: letters, digits and single inner hyphens, at most 39 characters; an app's bot account ends in `[bot]`. */
const LOGIN = /^(?=.{1,39}(?:\[bot\])?$)[a-z\d](?:-?[a-z\d])*(?:\[bot\])?$/i;

const EXPECTED = `expected a GitHub login (\`alice\`, \`@alice\`) or an author association as GitHub spells it (${AUTHOR_ASSOCIATIONS.join(', ')})`;

/**
 * Parses the entries of the `attesters` input, given line by line with the label an error names (`input 'attesters' line 2`);
 * a line may hold several entries separated by commas. An entry in capitals that GitHub uses as an `author_association`
 * (`MEMBER`) is that association; any other is a login, with an optional leading `@` (`@member` is the user `member`).
 * An association spelt otherwise without the `@` (`owner`, `Member`, `first-timer`) is a configuration error: it may be
 * meant either way, and read as a login it would hand the sign-off to whoever owns that account.
 * A team (`@org/team`) is a configuration error: its members can be listed only with an organisation token.
 */
export function parseAttesters(lines: readonly { text: string; label: string }[]): Attesters {
  const logins = new Set<string>();
  const associations = new Set<AuthorAssociation>();
  const written: string[] = [];
  for (const { text, label } of lines) {
    for (const raw of text.split(',')) {
      const entry = raw.trim();
      if (!entry) continue;
      const spelt = entry.startsWith('@') ? undefined : AUTHOR_ASSOCIATIONS.find((a) => a === entry.toUpperCase().replace(/[\s-]+/g, '_'));
      const role = entry.startsWith('@') || spelt ? undefined : roleWord(entry);
      if ((AUTHOR_ASSOCIATIONS as readonly string[]).includes(entry)) {
        associations.add(entry as AuthorAssociation);
      } else if (spelt && LOGIN.test(entry)) {
        // `owner`, `Member`, `first-timer`: a login to GitHub, but almost certainly meant as the association. Read as the
        // login, anyone who registered that account would sign off (anyone may approve a public repository's pull request).
        throw new ConfigError(`${label}: ${quote(entry)} spells the author association ${spelt} in other letters: write ${spelt} for the association, or @${entry} for the login`);
      } else if (role && LOGIN.test(entry)) {
        // `members`, `maintainers`, `admin`, `write`: a role or permission, which GitHub's author associations only approximate;
        // read as a login it would hand the sign-off to whoever owns that account, and no member or maintainer would count.
        throw new ConfigError(`${label}: ${quote(entry)} names a role, not a login: ${role}; or write @${entry} for the login`);
      } else if (URLISH.test(entry) && !/\/orgs\/[^/]+\/teams\//i.test(entry)) {
        // A profile's address (`https://github.com/bob`), no team (a team's page, `…/orgs/acme/teams/sre`, is told as a team
        // below): say to write the login it names.
        const login = profileLogin(entry);
        throw new ConfigError(`${label}: ${quote(entry)} is a URL: ${login ? `write the login alone (\`${login}\`)` : EXPECTED}`);
      } else if (entry.includes('/')) {
        throw new ConfigError(`${label}: ${quote(entry)} is a team: teams are not supported (reading a team's members needs an organisation token with read:org, which the job's GITHUB_TOKEN does not have); list its members' logins, or use an author association such as MEMBER (the organisation's members) or COLLABORATOR`);
      } else if (LOGIN.test(entry.replace(/^@/, ''))) {
        logins.add(entry.replace(/^@/, '').toLowerCase());
      } else {
        const association = AUTHOR_ASSOCIATIONS.find((a) => a === entry.toUpperCase().replace(/[\s-]+/g, '_'));
        throw new ConfigError(`${label}: ${quote(entry)} is neither a login nor an author association: ${EXPECTED}${association ? ` — the association is written ${association}` : ''}`);
      }
      written.push(entry);
    }
  }
  if (!written.length) throw new ConfigError(`${lines[0]?.label ?? "input 'attesters'"}: no entry: ${EXPECTED}, separated by commas or newlines`);
  return { logins, associations, written };
}

/** An entry written as an address: a scheme (`https://…`), or GitHub's host (`github.com/bob`, `www.github.com/bob`). */
const URLISH = /^(?:[a-z][a-z\d+.-]*:\/\/|(?:www\.)?github\.com(?:\/|$))/i;

/** The login a GitHub profile's address names (`https://github.com/bob/` → `bob`), or null when it names none. */
function profileLogin(entry: string): string | null {
  let url: URL;
  try { url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(entry) ? entry : `https://${entry}`); } catch { return null; }
  const segments = url.pathname.split('/').filter(Boolean);
  let login = '';
  try { if (segments.length === 1) login = decodeURIComponent(segments[0]!).replace(/^@/, ''); } catch { return null; }
  return LOGIN.test(login) ? login : null;
}

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Whether a user (login and the author association GitHub gives them on the pull request) is one of the attesters. */
export function isAttester(attesters: Attesters, login: string | null, association: string | null): boolean {
  if (login && attesters.logins.has(login.toLowerCase())) return true;
  return association !== null && (attesters.associations as ReadonlySet<string>).has(association);
}

/**
 * The author association GitHub gives `login` on a pull request, from what the run has read: the pull request's own when
 * `login` is its author, else the one its latest review by `login` carries (the reviews API gives one per review; an
 * `edited` event's `sender` gives none). Null when neither tells it.
 */
export function associationOf(login: string, pull: { author: string | null; association: string | null }, reviews: readonly PullReview[]): string | null {
  const lower = login.toLowerCase();
  if (pull.author?.toLowerCase() === lower) return pull.association;
  return chronological(reviews).reverse().find((r) => r.login?.toLowerCase() === lower && r.association)?.association ?? null;
}

/** A pull request review as the reviews API lists it (oldest first). */
export interface PullReview {
  login: string | null;
  association: string | null;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED (an approval or request dismissed later), PENDING. */
  state: string;
  body: string;
  submittedAt: string | null;
}

/** The review states that set where a reviewer stands (COMMENTED and PENDING change nothing, as on GitHub). */
const STANDING_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** A task-list line, ticked or not (`- [ ] Backups restored`, `* [x] …`). */
const TASK_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/m;

/**
 * The reviews whose ticks sign manual items off, latest first: the approvals of attesters who stand approving, as GitHub's
 * own required reviews count them, by each reviewer's latest review that sets a state. A reviewer whose latest such review
 * requests changes or was dismissed (a dismissed review reads DISMISSED: an approval, or a change request the author
 * dismissed, which does not bring an earlier approval back) signs nothing off; one who stands approving signs off with the
 * latest approval since their last change request or dismissal that holds a task list (a plain re-approval after new
 * commits keeps the earlier ticks; one that unticks an item withdraws it).
 * Each carries its reviewer, who is the item's attester.
 */
export function standingApprovals(reviews: readonly PullReview[], attesters: Attesters): { body: string; by: string }[] {
  const ordered = chronological(reviews);
  const counted = countedApprovals(ordered, attesters);
  return [...counted].sort((x, y) => y - x).map((i) => ({ body: ordered[i]!.body, by: ordered[i]!.login! }));
}

/**
 * The indexes (in `ordered`, chronological) of the approvals that sign off (see standingApprovals): per reviewer who is
 * an attester and whose latest state-setting review approves, their latest approval since their last change request or
 * dismissal that holds a task list.
 */
function countedApprovals(ordered: readonly PullReview[], attesters: Attesters): Set<number> {
  const byReviewer = new Map<string, number[]>();
  for (const [at, r] of ordered.entries()) {
    if (!r.login || !STANDING_STATES.has(r.state)) continue;
    const login = r.login.toLowerCase();
    byReviewer.set(login, [...(byReviewer.get(login) ?? []), at]);
  }
  const out = new Set<number>();
  for (const list of byReviewer.values()) {
    let since = list.length;
    while (since > 0 && ordered[list[since - 1]!]!.state === 'APPROVED') since--;
    // The latest of those approvals that holds a checklist (ticked or not) is the reviewer's word: one that unticks an
    // item withdraws the earlier tick, and a plain "LGTM" re-approval keeps it.
    const latest = list.slice(since).reverse().find((i) => TASK_LINE.test(ordered[i]!.body));
    if (latest !== undefined && isAttester(attesters, ordered[latest]!.login, ordered[latest]!.association)) out.add(latest);
  }
  return out;
}

/** Oldest first as GitHub lists them; a review's submission time orders them when given. */
const chronological = (reviews: readonly PullReview[]): PullReview[] => reviews.map((r, i) => ({ r, i })).sort((a, b) => (a.r.submittedAt && b.r.submittedAt && a.r.submittedAt !== b.r.submittedAt ? (a.r.submittedAt < b.r.submittedAt ? -1 : 1) : a.i - b.i)).map(({ r }) => r);

/** The latest state-setting review (APPROVED, CHANGES_REQUESTED, DISMISSED) of the reviewer of `ordered[i]`. */
const latestStateOf = (ordered: readonly PullReview[], i: number): string | undefined => {
  const login = ordered[i]!.login?.toLowerCase();
  return ordered.filter((r) => r.login?.toLowerCase() === login && STANDING_STATES.has(r.state)).at(-1)?.state;
};

/** The first change request or dismissed review of the reviewer of `ordered[i]` after it (its state), if any. */
const withdrawnAfter = (ordered: readonly PullReview[], i: number): string | undefined => {
  const login = ordered[i]!.login?.toLowerCase();
  return ordered.slice(i + 1).find((r) => r.login?.toLowerCase() === login && (r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED'))?.state;
};

/** A submitted review as a message names it, by its state. */
const REVIEW_KINDS: Record<string, string> = { APPROVED: 'approving review', COMMENTED: 'comment review', CHANGES_REQUESTED: 'review requesting changes', DISMISSED: 'dismissed review' };

/**
 * A submitted review whose body's ticks sign nothing off: its reviewer, the review as a message names it (`the comment
 * review by @bob (MEMBER)`), its body, and why (a clause).
 */
export interface ReviewNotCounted { by: string; review: string; body: string; why: string }

/**
 * The submitted reviews with a body that sign nothing off, latest first (the others are {@link standingApprovals}): by
 * someone who is no attester, a comment review, a review requesting changes, a dismissed one, an approval whose reviewer
 * no longer stands approving (their latest review requests changes or was dismissed), or one a later approval of theirs
 * with a task list replaced. The action says so of those that tick a pending item: the reviewer meant to sign it off.
 */
export function reviewsNotCounted(reviews: readonly PullReview[], attesters: Attesters): ReviewNotCounted[] {
  const ordered = chronological(reviews);
  const counted = countedApprovals(ordered, attesters);
  const out: ReviewNotCounted[] = [];
  const approving = 'only a review approving the pull request signs off';
  for (const [i, r] of ordered.entries()) {
    if (!r.login || !r.body.trim() || counted.has(i)) continue;
    const why = !isAttester(attesters, r.login, r.association) ? `@${r.login} is not among the attesters (input 'attesters')`
      : r.state === 'COMMENTED' || r.state === 'CHANGES_REQUESTED' ? approving
      : r.state === 'DISMISSED' ? 'it was dismissed, so it no longer counts'
      : r.state !== 'APPROVED' ? null
      : latestStateOf(ordered, i) !== 'APPROVED' ? `@${r.login}'s latest review ${latestStateOf(ordered, i) === 'DISMISSED' ? 'was dismissed' : 'requests changes'}, so the approval no longer stands`
      : withdrawnAfter(ordered, i) ? `@${r.login} ${withdrawnAfter(ordered, i) === 'DISMISSED' ? 'had a later review dismissed' : 'requested changes'} after it, so its ticks no longer count: an approval since then signs off with the ticks it holds`
      : TASK_LINE.test(r.body) ? `a later approval by @${r.login} with its own checklist replaces it`
      : null;
    const kind = REVIEW_KINDS[r.state];
    // (A PENDING review is not submitted: only its author sees it.)
    if (why && kind) out.push({ by: r.login, review: `the ${kind} by ${describeUser(r.login, r.association)}`, body: r.body, why });
  }
  return out.reverse();
}

/** How an author is named in a message: `@mallory (FIRST_TIME_CONTRIBUTOR)`. */
export function describeUser(login: string | null, association: string | null): string {
  return `${login ? `@${login}` : 'an unknown user'}${association ? ` (${association})` : ''}`;
}
