// QA53 small 2, through the bundle and a fake GitHub API: with `attesters: MEMBER` (association attesters, the docs'
// example), a member who ticked items in another member's pull request description had those ticks withheld on the
// `edited` run, and the run failed: the editor's author association was taken as unknown (the event's `sender` carries
// none). The run reads the pull request's reviews already, and each carries its reviewer's `author_association`: the
// editor's is taken from there (their latest review), the author's from the pull request. Only when nothing gives it
// are the ticks still withheld, and the warning says why it is unknown.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { associationOf } from '../../src/gate/attesters.js';
import { startFakeGitHub, type FakeGitHub, type PullState } from './fake-github.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';

const CHECKLIST = '# Production checklist\n\n- [ ] Backups restored in a drill\n- [ ] Rollback plan agreed with the team\n';
const TICKS = '- [x] Backups restored in a drill\n- [x] Rollback plan agreed with the team\n';
const UNTICKED = TICKS.replace(/\[x\]/g, '[ ]');

let gh: FakeGitHub;
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

/** A `pull_request` `edited` run of #7, whose description `sender` changed from UNTICKED to TICKS. */
const editedBy = async (sender: string, pull: Omit<PullState, 'number' | 'headSha' | 'files' | 'body'>, attesters = 'MEMBER') => {
  const repo = makeRepo({ 'app.py': 'x = 1\n', 'PRODUCTION_CHECKLIST.md': CHECKLIST });
  gh.state.pulls.set(7, { number: 7, headSha: repo.sha, files: ['app.py'], body: TICKS, ...pull });
  const base = pullRequestPayload({ number: 7, headSha: repo.sha, baseSha: repo.sha, body: TICKS, author: pull.author });
  const payload = { ...base, action: 'edited', changes: { body: { from: UNTICKED } }, sender: { login: sender, id: 9, type: 'User' } };
  const r = await runAction({ event: 'pull_request', payload, workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, inputs: { 'fail-on': 'info', attesters } });
  const warnings = commands(r.stdout, 'warning').map((w) => w.message).filter((w) => w.includes('not counted'));
  return { ...r, warnings };
};
const states = (report: { items: { id: string; status: string; attestedBy?: string }[] } | null) => (report?.items ?? []).map((i) => `${i.id}:${i.status}${i.attestedBy ? `@${i.attestedBy}` : ''}`);

describe('attesters: an edit of the description by a member, with MEMBER among the attesters (QA53 small 2)', () => {
  it('a member who reviewed the pull request ticks another member\'s description: the ticks sign off, the run passes', async () => {
    // bob's comment review (no sign-off of its own) gives his association: MEMBER.
    const r = await editedBy('bob', { author: 'alice', association: 'MEMBER', reviews: [{ user: 'Bob', association: 'MEMBER', state: 'COMMENTED', body: 'Looks fine; ticking the drill.' }] });
    expect(gh.violations()).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@alice', 'rollback-plan-agreed-with-the-team:attested@alice']);
    expect(r.code).toBe(0);
  });

  it('an editor whose review gives another association is no attester: withheld, the warning names it', async () => {
    const r = await editedBy('mallory', { author: 'alice', association: 'MEMBER', reviews: [{ user: 'mallory', association: 'CONTRIBUTOR', state: 'COMMENTED', body: 'nit' }] });
    expect(r.code).toBe(1);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('Ticks added to the description of #7 by @mallory are not counted: @mallory (CONTRIBUTOR) edited it, and is neither its author @alice (MEMBER) nor among the attesters (input \'attesters\'): "backups restored in a drill", "rollback plan agreed with the team".');
  });

  it('an editor nothing gives the association of is still withheld, and the warning says why it is unknown', async () => {
    const r = await editedBy('carol', { author: 'alice', association: 'MEMBER', reviews: [{ user: 'bob', association: 'MEMBER', state: 'COMMENTED', body: 'ok' }] });
    expect(r.code).toBe(1);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
    expect(r.warnings[0]).toContain('@carol edited it, and is neither its author @alice (MEMBER) nor among the attesters by login (their author association is unknown: this event does not give it, and @carol has no review on #7, which would) (input \'attesters\')');

    // The reviews cannot be read: said so, not "no review".
    gh.reset();
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/7\/reviews/, status: 500, times: 100, message: 'Server Error' });
    const failed = await editedBy('bob', { author: 'alice', association: 'MEMBER', reviews: [{ user: 'bob', association: 'MEMBER', state: 'COMMENTED', body: 'ok' }] });
    expect(failed.code).toBe(1);
    expect(failed.warnings[0]).toContain('nor among the attesters by login (their author association is unknown: this event does not give it, and the reviews of #7, which would, could not be read) (input \'attesters\')');
  });

  it('associationOf: the author\'s from the pull request, else the editor\'s latest review\'s, else null', () => {
    const pull = { author: 'Alice', association: 'OWNER' };
    const reviews = [
      { login: 'bob', association: 'CONTRIBUTOR', state: 'COMMENTED', body: '', submittedAt: '2026-01-01T00:00:00Z' },
      { login: 'bob', association: 'MEMBER', state: 'APPROVED', body: '', submittedAt: '2026-01-02T00:00:00Z' },
      { login: 'alice', association: 'MEMBER', state: 'COMMENTED', body: '', submittedAt: '2026-01-03T00:00:00Z' },
    ];
    expect(associationOf('alice', pull, reviews)).toBe('OWNER');
    expect(associationOf('BOB', pull, reviews)).toBe('MEMBER');
    expect(associationOf('carol', pull, reviews)).toBeNull();
    expect(associationOf('bob', pull, [])).toBeNull();
  });
});
