import { describe, expect, it } from 'vitest';
import { parseAttesters, standingApprovals, type PullReview } from '../../src/gate/attesters.js';

const att = parseAttesters([{ text: 'alice', label: "input 'attesters'" }]);
const r = (state: string, body: string, at: string): PullReview => ({ login: 'alice', association: 'MEMBER', state, body, submittedAt: at });

describe('standingApprovals: the reviewer\'s latest state decides (as GitHub\'s required reviews count it)', () => {
  it('an earlier approval does not stand once the reviewer\'s latest approval is dismissed', () => {
    // alice approves with ticks, later approves again (new commits), and a maintainer dismisses that latest approval:
    // GitHub shows alice as "dismissed", the older review object still reads APPROVED in the API.
    const reviews = [r('APPROVED', '- [x] Backups restored in a drill', '2024-01-01T00:00:00Z'), r('DISMISSED', 'LGTM', '2024-01-02T00:00:00Z')];
    expect(standingApprovals(reviews, att)).toEqual([]);
  });
  it('an approval followed by a changes request that was then dismissed does not stand again', () => {
    const reviews = [r('APPROVED', '- [x] Backups restored in a drill', '2024-01-01T00:00:00Z'), r('DISMISSED', 'this breaks backups', '2024-01-02T00:00:00Z')];
    expect(standingApprovals(reviews, att)).toEqual([]);
  });
  it('R1b: the reviewer\'s later approval that unticks the item withdraws the earlier tick', () => {
    const reviews = [r('APPROVED', '- [x] Backups restored in a drill', '2024-01-01T00:00:00Z'), r('APPROVED', '- [ ] Backups restored in a drill (not done after all)', '2024-01-02T00:00:00Z')];
    expect(standingApprovals(reviews, att).filter((a) => a.body.includes('[x]'))).toEqual([]);
  });
});

// Second code review of stop 52, N3: ticks made before a change request do not come back with a plain re-approval, and the
// notice says why (it said a later approval "with its own checklist" replaced them, which none did).
describe('reviewsNotCounted: why an approval made before a change request signs nothing off', () => {
  it('names the change request, not a replacing checklist', async () => {
    const { reviewsNotCounted } = await import('../../src/gate/attesters.js');
    const reviews = [r('APPROVED', '- [x] Backups restored in a drill', '2024-01-01T00:00:00Z'), r('CHANGES_REQUESTED', 'wait', '2024-01-02T00:00:00Z'), r('APPROVED', 'LGTM', '2024-01-03T00:00:00Z')];
    expect(standingApprovals(reviews, att)).toEqual([]);
    const not = reviewsNotCounted(reviews, att).filter((n) => n.body.includes('[x]'));
    expect(not.map((n) => n.why)).toEqual(['@alice requested changes after it, so its ticks no longer count: an approval since then signs off with the ticks it holds']);
  });
});
