import { describe, expect, it } from 'vitest';
import { prFromMergeQueueRef, resolveEvent, unsupportedEventNotice } from '../../src/action/context.js';
import { deploymentStatusPayload, mergeGroupPayload, pullRequestPayload, pushPayload } from './fixtures.js';

const SHA = 'e'.repeat(40);
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

describe('resolveEvent', () => {
  it('pull_request: head sha (never the merge commit), number, author, body, same-repo', () => {
    const ctx = resolveEvent('pull_request', pullRequestPayload({ number: 4, headSha: HEAD, baseSha: BASE, body: 'b' }), SHA);
    expect(ctx).toMatchObject({ headSha: HEAD, pullRequest: 4, author: 'alice', body: 'b', fork: false, baseSha: BASE });
  });
  it('detects forks, including deleted ones', () => {
    expect(resolveEvent('pull_request', pullRequestPayload({ number: 4, headSha: HEAD, baseSha: BASE, headRepo: 'mallory/shop' }), SHA).fork).toBe(true);
    expect(resolveEvent('pull_request_target', pullRequestPayload({ number: 4, headSha: HEAD, baseSha: BASE, headRepo: null }), SHA).fork).toBe(true);
    // A trimmed payload without head.repo says nothing about forks: the check run is attempted (a 403 degrades).
    const trimmed = { number: 4, pull_request: { number: 4, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, user: { login: 'bob' } } };
    expect(resolveEvent('pull_request', trimmed, SHA).fork).toBe(false);
  });
  it('a fork whose payload leaves base.repo out is still a fork: the base is the workflow\'s repository', () => {
    // A distilled fork payload: the head names the fork, the base only its sha (real webhooks carry `repository`).
    const forkHead = { sha: HEAD, ref: 'patch-1', repo: { full_name: 'mallory/shop', fork: true } };
    const noBaseRepo = { action: 'opened', number: 4, pull_request: { number: 4, head: forkHead, base: { sha: BASE, ref: 'main' } }, repository: { full_name: 'acme/shop' } };
    expect(resolveEvent('pull_request', noBaseRepo, SHA)).toMatchObject({ fork: true, readOnly: true });
    const bare = { pull_request: { number: 4, head: forkHead, base: { sha: BASE } } };
    expect(resolveEvent('pull_request', bare, SHA, '', 'acme/shop')).toMatchObject({ fork: true, readOnly: true });
    // The same repository (any case) is no fork, even when that repository is itself a fork of another.
    const own = { pull_request: { number: 4, head: { sha: HEAD, repo: { full_name: 'Acme/Shop', fork: true } }, base: { sha: BASE } } };
    expect(resolveEvent('pull_request', own, SHA, '', 'acme/shop').fork).toBe(false);
    // Nothing to compare with: unknown, so not treated as a fork (a read-only token's 403 degrades).
    expect(resolveEvent('pull_request', bare, SHA).fork).toBe(false);
  });
  it('merge_group: head sha and PR number from the queue ref', () => {
    expect(resolveEvent('merge_group', mergeGroupPayload({ number: 77, headSha: HEAD, baseSha: BASE }), SHA)).toMatchObject({ headSha: HEAD, pullRequest: 77 });
    expect(prFromMergeQueueRef('refs/heads/gh-readonly-queue/release/v2/pr-1234-0123abcd')).toBe(1234);
    expect(prFromMergeQueueRef('refs/heads/feature/pr-12')).toBeNull();
  });
  it('deployment_status: deployment sha; environment_url only on success', () => {
    expect(resolveEvent('deployment_status', deploymentStatusPayload({ sha: HEAD, state: 'success', environmentUrl: 'https://pr-4.example.dev' }), SHA))
      .toMatchObject({ headSha: HEAD, environmentUrl: 'https://pr-4.example.dev', pullRequest: null });
    expect(resolveEvent('deployment_status', deploymentStatusPayload({ sha: HEAD, state: 'failure', environmentUrl: 'https://x' }), SHA).environmentUrl).toBeNull();
  });
  it('push uses GITHUB_SHA (an annotated tag\'s `after` is the tag object), else `after`; unknown events and junk payloads never throw', () => {
    expect(resolveEvent('push', pushPayload({ after: HEAD }), SHA).headSha).toBe(SHA);
    expect(resolveEvent('push', pushPayload({ after: HEAD }), '').headSha).toBe(HEAD);
    expect(resolveEvent('push', pushPayload({ after: '0'.repeat(40) }), SHA).headSha).toBe(SHA);
    expect(resolveEvent('schedule', {}, SHA)).toMatchObject({ headSha: SHA, pullRequest: null, fork: false });
    expect(resolveEvent('pull_request', { pull_request: 'junk' } as never, SHA)).toMatchObject({ headSha: SHA, pullRequest: null });
    expect(resolveEvent('merge_group', { merge_group: { head_ref: 5 } } as never, SHA)).toMatchObject({ headSha: SHA, pullRequest: null });
  });
  it('a fork\'s pull request is read-only on pull_request and the review events, not on pull_request_target', () => {
    const fork = () => pullRequestPayload({ number: 4, headSha: HEAD, baseSha: BASE, headRepo: 'mallory/shop' });
    // GitHub runs pull_request_review(_comment) of a fork's pull request with a read-only token, as pull_request.
    const review = { ...fork(), action: 'submitted', review: { id: 1, state: 'approved', commit_id: HEAD, user: { login: 'bob' } } };
    expect(resolveEvent('pull_request', fork(), SHA).readOnly).toBe(true);
    expect(resolveEvent('pull_request_review', review, SHA)).toMatchObject({ fork: true, readOnly: true, headSha: HEAD, pullRequest: 4 });
    expect(resolveEvent('pull_request_review_comment', { ...fork(), action: 'created', comment: { id: 2, body: 'nit' } }, SHA).readOnly).toBe(true);
    expect(resolveEvent('pull_request_target', fork(), SHA)).toMatchObject({ fork: true, readOnly: false });
    expect(resolveEvent('pull_request_review', pullRequestPayload({ number: 4, headSha: HEAD, baseSha: BASE }), SHA).readOnly).toBe(false);
  });
});

describe('unsupportedEventNotice', () => {
  // The shape of a comment on a pull request (octokit/webhooks examples: issue_comment.created with issue.pull_request).
  const onPull = { action: 'created', issue: { number: 2, title: 'Update the README', pull_request: { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2', merged_at: null } }, comment: { id: 3, body: '/preflight' } };
  it('is silent on the events Preflight is built for and on schedule/workflow_run', () => {
    for (const e of ['pull_request', 'pull_request_target', 'pull_request_review', 'push', 'merge_group', 'workflow_dispatch', 'deployment_status', 'schedule', 'workflow_run', '']) {
      expect(unsupportedEventNotice(e, {}, SHA, null), e).toBeNull();
    }
  });
  it('names the event and the commit scanned; a comment on a pull request that was not checked out gets the hint', () => {
    const text = unsupportedEventNotice('issue_comment', onPull, SHA, null)!;
    expect(text).toMatch(/not built for the 'issue_comment' event/);
    expect(text).toContain(`commit ${SHA.slice(0, 12)}`);
    expect(text).toMatch(/outside a pull request/);
    expect(text).toContain('The comment is on pull request #2, which was not scanned');
    expect(text).toContain('refs/pull/2/head');
    // The workflow checked the pull request out: its commit's pull request is the one commented on.
    const checkedOut = unsupportedEventNotice('issue_comment', onPull, HEAD, 2)!;
    expect(checkedOut).toContain('as part of pull request #2');
    expect(checkedOut).not.toContain('was not scanned');
    // A comment on an issue, a release: no pull request hint.
    expect(unsupportedEventNotice('issue_comment', { action: 'created', issue: { number: 1 } }, SHA, null)).not.toContain('comment is on');
    expect(unsupportedEventNotice('release', { action: 'published', release: { tag_name: 'v1.0.0' } }, SHA, null)).toMatch(/'release' event/);
  });
});
