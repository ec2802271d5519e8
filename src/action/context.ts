import { andList } from '../words.js';

/** What the action needs to know about the event that triggered it (pure: payload in, facts out). */
export interface EventContext {
  event: string;
  /** The commit the check run belongs to (never a PR's merge commit). */
  headSha: string;
  /** The pull request number when the event belongs to one. */
  pullRequest: number | null;
  /** Whether the payload named the pull request's head (else `headSha` is GITHUB_SHA: look the head up). */
  headFromPayload?: boolean;
  /** A pull request from another repository (its token is read-only on `pull_request`). */
  fork: boolean;
  /** A fork's pull request on an event GitHub runs with a read-only token: no check run or comment can be written. */
  readOnly: boolean;
  /** PR author and the body as the payload carries it (possibly stale: refetch when possible). */
  author: string | null;
  body: string | null;
  /** The PR author's `author_association` as the payload carries it (OWNER, MEMBER, FIRST_TIME_CONTRIBUTOR…), when it does. */
  association?: string | null;
  /** Base commit of a `pull_request_target` event: the checklist is read from it. */
  baseSha: string | null;
  /** `deployment_status` with state `success`: the deployed environment's URL. */
  environmentUrl: string | null;
  /** `deployment_status`: the deployment's state (`success`, `failure`, `in_progress`…). */
  deploymentState?: string | null;
}

/** Events whose payload carries `pull_request`: the check run goes on its head, the workspace must hold it. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Pull request events GitHub runs with a read-only GITHUB_TOKEN (and no secrets) when the pull
 * request comes from a fork: all of them but pull_request_target, which runs in the base repository.
 */
export const FORK_READ_ONLY_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Events whose run belongs to the code it checks: the workflow itself comes from that code (the pull request's merge
 * commit, the pushed or queued commit, the deployed commit), so whoever could change its checklist could change the
 * workflow as well, and a fork's pull request events run with a read-only token and no secrets. On every other event
 * (issue_comment, workflow_run, workflow_dispatch, schedule…) GitHub runs the workflow of GITHUB_SHA (the default
 * branch, or the ref dispatched) with the repository's secrets and a write token, whoever triggered it (anyone may
 * comment on a pull request): a checked-out commit outside GITHUB_SHA's history (a pull request's head) is code the
 * workflow does not vouch for, and its checklist, baseline and CA file are read from GITHUB_SHA instead, as
 * pull_request_target reads them from its base commit.
 */
export const OWN_CODE_EVENTS: ReadonlySet<string> = new Set([...FORK_READ_ONLY_EVENTS, 'push', 'merge_group', 'deployment_status']);

/**
 * Whether the event is one whose workflow runs from GITHUB_SHA for code it may not vouch for (see OWN_CODE_EVENTS):
 * any named event but those and pull_request_target (whose base commit is the payload's). An empty name is no
 * runner's event (a hand-made run).
 */
export function runsFromGithubSha(event: string): boolean {
  return event !== '' && event !== 'pull_request_target' && !OWN_CODE_EVENTS.has(event);
}

/** The events Preflight is built for (DESIGN), as the notice for any other names them. */
const BUILT_FOR = ['pull_request', 'pull_request_target', 'push', 'merge_group', 'workflow_dispatch', 'deployment_status'];
/** Those, the review events of a pull request, and the runs outside a pull request docs/action.md describes. */
export const KNOWN_EVENTS: ReadonlySet<string> = new Set([...BUILT_FOR, ...PULL_REQUEST_EVENTS, 'schedule', 'workflow_run']);

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);

/** The PR number in a merge queue ref: `refs/heads/gh-readonly-queue/main/pr-123-<sha>`. */
export function prFromMergeQueueRef(ref: string | null): number | null {
  const m = ref ? /\/pr-(\d+)-[0-9a-f]+$/i.exec(ref) : null;
  return m ? Number(m[1]) : null;
}

/** The PR number in a pull request's ref: `refs/pull/123/merge` (or `/head`). */
export function prFromPullRef(ref: string | null): number | null {
  const m = ref ? /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Resolves head sha, PR number, fork status and deployment URL for any event; never throws. `envRef`
 * (GITHUB_REF) names the pull request when the payload does not (a missing or truncated event file);
 * `envRepository` (GITHUB_REPOSITORY, `owner/name`) is the base repository when the payload omits it.
 */
export function resolveEvent(event: string, payload: Record<string, unknown>, envSha: string, envRef = '', envRepository = ''): EventContext {
  const ctx: EventContext = {
    event, headSha: envSha, pullRequest: null, fork: false, readOnly: false, author: null, body: null, baseSha: null, environmentUrl: null,
  };
  if (PULL_REQUEST_EVENTS.has(event)) {
    const pr = obj(payload.pull_request);
    const head = obj(pr.head);
    const base = obj(pr.base);
    ctx.headSha = str(head.sha) ?? envSha;
    ctx.headFromPayload = str(head.sha) !== null;
    ctx.pullRequest = int(pr.number) ?? int(payload.number) ?? prFromPullRef(envRef);
    ctx.author = str(obj(pr.user).login);
    const association = str(pr.author_association);
    if (association) ctx.association = association;
    ctx.body = typeof pr.body === 'string' ? pr.body : null;
    ctx.baseSha = str(base.sha);
    const headRepo = str(obj(head.repo).full_name);
    // A pull request event always runs in its base repository: the workflow's own (`repository`,
    // GITHUB_REPOSITORY) names it when a trimmed payload leaves `base.repo` out.
    const baseRepo = str(obj(base.repo).full_name) ?? str(obj(payload.repository).full_name) ?? str(envRepository);
    // A deleted fork has `head.repo: null`: still a fork. A payload without `head.repo` at all (trimmed)
    // says nothing: the check run is attempted, and a read-only token's 403 degrades like a fork's.
    // (`head.repo.fork` says only that the head repository is some fork, maybe the base itself: not used.)
    ctx.fork = Object.keys(pr).length > 0 && (head.repo === null || (headRepo !== null && baseRepo !== null && headRepo.toLowerCase() !== baseRepo.toLowerCase()));
    ctx.readOnly = ctx.fork && FORK_READ_ONLY_EVENTS.has(event);
  } else if (event === 'merge_group') {
    const group = obj(payload.merge_group);
    ctx.headSha = str(group.head_sha) ?? envSha;
    ctx.pullRequest = prFromMergeQueueRef(str(group.head_ref)) ?? prFromMergeQueueRef(envRef);
  } else if (event === 'deployment_status') {
    const deployment = obj(payload.deployment);
    const status = obj(payload.deployment_status);
    ctx.headSha = str(deployment.sha) ?? envSha;
    ctx.deploymentState = str(status.state);
    if (status.state === 'success') ctx.environmentUrl = str(status.environment_url);
  } else if (event === 'push') {
    // GITHUB_SHA is the commit the run checked out (DESIGN); `after` can name an annotated tag's
    // object rather than its commit. Without GITHUB_SHA, `after` (never a deletion's zeros).
    ctx.headSha = envSha || (str(payload.after) && !/^0+$/.test(String(payload.after)) ? String(payload.after) : '');
  }
  return ctx;
}

/**
 * The description edit a `pull_request` (or `pull_request_target`) `edited` event reports: who made it (`sender`) and the
 * description before it (`changes.body.from`). Null for any other event, or an edit of the title or base alone. The REST
 * API says nowhere else who last edited a description: this event is the one run that knows.
 */
export function descriptionEdit(event: string, payload: Record<string, unknown>): { by: string; from: string } | null {
  if ((event !== 'pull_request' && event !== 'pull_request_target') || payload.action !== 'edited') return null;
  const from = obj(obj(obj(payload.changes).body)).from;
  const by = str(obj(payload.sender).login);
  return typeof from === 'string' && by ? { by, from } : null;
}

/** The pull request an `issue_comment` event's comment is on (`issue.pull_request` set), else null. */
export function commentedPullOf(event: string, payload: Record<string, unknown>): number | null {
  const issue = obj(payload.issue);
  return event === 'issue_comment' && Object.keys(obj(issue.pull_request)).length > 0 ? int(issue.number) : null;
}

/**
 * What to say when the run comes from an event Preflight is not built for (`issue_comment`, `release`,
 * `check_suite`…): it still gates the commit the workspace holds (`scanned`), and the log says so. A
 * comment on a pull request whose head was not checked out gets the hint to check it out: `commentedHead` is that pull
 * request's head as the API gives it (then the hint only when it is not `scanned`), or `{ problem }` when it could not be
 * read (then the hint says the head could not be compared). Null for a known event (or none, outside a runner).
 */
export function unsupportedEventNotice(event: string, payload: Record<string, unknown>, scanned: string, pullRequest: number | null, commentedHead?: string | { problem: string }): string | null {
  if (!event || KNOWN_EVENTS.has(event)) return null;
  const at = /^[0-9a-f]{40,64}$/i.test(scanned) ? `commit ${scanned.slice(0, 12)}` : 'commit';
  const as = pullRequest ? `as part of pull request #${pullRequest}, the pull request of that commit` : 'as outside a pull request (pending manual items do not gate)';
  let text = `Preflight is not built for the '${event}' event (it runs on ${andList(BUILT_FOR)}): it scanned the checked-out ${at} and reports on it ${as}; the check run goes on that commit.`;
  const commentedPull = commentedPullOf(event, payload);
  if (commentedPull !== null && commentedPull !== pullRequest) {
    const fix = `check out its head (\`ref: refs/pull/${commentedPull}/head\`) in the step before Preflight, or run Preflight on pull_request.`;
    if (typeof commentedHead === 'object') {
      text += ` The comment is on pull request #${commentedPull}, whose head could not be read (${commentedHead.problem}), so Preflight cannot tell whether the workspace holds it: if it does not, ${fix}`;
    } else if (commentedHead === undefined || commentedHead.toLowerCase() !== scanned.toLowerCase()) {
      const head = commentedHead ? ` (its head is ${commentedHead.slice(0, 12)})` : '';
      text += ` The comment is on pull request #${commentedPull}, which was not scanned${head}: ${fix}`;
    }
  }
  return text;
}
