import { describe, expect, it } from 'vitest';
import { prFromMergeQueueRef, resolveEvent } from '../../src/action/context.js';
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
});
