// QA52 payloads D1–D5, through the bundle and a fake GitHub API: the `attesters` input's entries that are easy to get
// wrong (an association in lower case, a profile's URL) are configuration errors that say what to write; ticks in reviews
// that sign nothing off are said; a non-attester's edit of the description does not sign off; notices use "an" before a
// vowel-initial event name.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { startFakeGitHub, type FakeGitHub, type PullState } from './fake-github.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';

const CHECKLIST = '# Production checklist\n\n- [ ] Backups restored in a drill\n- [ ] Rollback plan agreed with the team\n';
const TICKS = '- [x] Backups restored in a drill\n- [x] Rollback plan agreed with the team\n';

let gh: FakeGitHub;
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

type Payload = ReturnType<typeof pullRequestPayload> & Record<string, unknown>;
const runPr = async (pull: Omit<PullState, 'number' | 'headSha' | 'files'>, inputs: Record<string, string>, opts: { event?: string; payload?: (p: Payload) => Record<string, unknown> } = {}) => {
  const repo = makeRepo({ 'app.py': 'x = 1\n', 'PRODUCTION_CHECKLIST.md': CHECKLIST });
  gh.state.pulls.set(7, { number: 7, headSha: repo.sha, files: ['app.py'], ...pull });
  const base = pullRequestPayload({ number: 7, headSha: repo.sha, baseSha: repo.sha, body: pull.body, author: pull.author }) as Payload;
  const payload = opts.payload ? opts.payload(base) : base;
  const r = await runAction({ event: opts.event ?? 'pull_request', payload, workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, inputs: { 'fail-on': 'info', ...inputs } });
  const checkRun = gh.state.checkRuns.at(-1);
  return { ...r, checkRun, checkRunText: `${checkRun?.output.summary ?? ''}\n${checkRun?.output.text ?? ''}` };
};
const states = (report: { items: { id: string; status: string; attestedBy?: string }[] } | null) => (report?.items ?? []).map((i) => `${i.id}:${i.status}${i.attestedBy ? `@${i.attestedBy}` : ''}`);
const errors = (stdout: string) => commands(stdout, 'error').map((e) => e.message).join('\n');

describe('attesters: an association in other letters is no login (D2)', () => {
  it('`owner, member` is a configuration error saying what to write; an outsider named owner signs nothing off', async () => {
    const r = await runPr({
      body: '', author: 'mallory', association: 'CONTRIBUTOR',
      reviews: [{ user: 'owner', association: 'NONE', state: 'APPROVED', body: TICKS }],
    }, { attesters: 'owner, member' });
    expect(gh.violations()).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(errors(r.stdout)).toContain('input \'attesters\': "owner" spells the author association OWNER in other letters: write OWNER for the association, or @owner for the login');
    expect(r.checkRun?.conclusion).toBe('failure');
    expect(r.checkRun?.output.title).toMatch(/Configuration error/);
  });

  it('names the association for Member and first-timer too, per line', () => {
    expect(() => parseInputs({ attesters: 'OWNER\nMember' })).toThrow('input \'attesters\' line 2: "Member" spells the author association MEMBER in other letters: write MEMBER for the association, or @Member for the login');
    expect(() => parseInputs({ attesters: 'first-timer' })).toThrow(/write FIRST_TIMER for the association, or @first-timer for the login/);
  });

  it('keeps exact associations, @-logins (also @owner) and other logins', async () => {
    const a = parseInputs({ attesters: 'OWNER, MEMBER, @owner, @Member, ownerx, bob' }).attesters!;
    expect([...a.associations]).toEqual(['OWNER', 'MEMBER']);
    expect([...a.logins]).toEqual(['owner', 'member', 'ownerx', 'bob']);
    const r = await runPr({
      body: '', author: 'mallory', association: 'CONTRIBUTOR',
      reviews: [{ user: 'owner', association: 'NONE', state: 'APPROVED', body: TICKS }],
    }, { attesters: '@owner' });
    expect(r.code).toBe(0);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@owner', 'rollback-plan-agreed-with-the-team:attested@owner']);
  });
});

describe('attesters: a profile URL is no team (D4)', () => {
  it('an entry that is a URL gets an error suggesting the login', async () => {
    const r = await runPr({ body: TICKS, author: 'bob', association: 'MEMBER' }, { attesters: 'https://github.com/bob' });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    const said = errors(r.stdout);
    expect(said).toContain('input \'attesters\': "https://github.com/bob" is a URL: write the login alone (`bob`)');
    expect(said).not.toMatch(/is a team/);
  });

  it('reads the login of other spellings of an address; a team\'s page is still a team', () => {
    expect(() => parseInputs({ attesters: 'MEMBER\ngithub.com/Carol-X/' })).toThrow('input \'attesters\' line 2: "github.com/Carol-X/" is a URL: write the login alone (`Carol-X`)');
    expect(() => parseInputs({ attesters: 'https://github.com/acme/shop/pull/7' })).toThrow(/"https:\/\/github.com\/acme\/shop\/pull\/7" is a URL: expected a GitHub login/);
    expect(() => parseInputs({ attesters: 'https://github.com/orgs/acme/teams/sre' })).toThrow(/is a team: teams are not supported/);
    expect(() => parseInputs({ attesters: '@acme/sre' })).toThrow(/is a team: teams are not supported/);
  });
});

describe('notices: the article of an event name (D5)', () => {
  it('"an issue_comment event", "a workflow_dispatch event"', async () => {
    const repo = makeRepo({ 'app.py': 'x = 1\n', 'PRODUCTION_CHECKLIST.md': CHECKLIST });
    const notice = async (event: string, payload: Record<string, unknown>) => {
      const r = await runAction({ event, payload, workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, inputs: { comment: 'true' }, env: { GITHUB_REF: 'refs/heads/main' } });
      return commands(r.stdout, 'notice').find((c) => c.message.startsWith('No pull request comment'))?.message ?? '';
    };
    const issue = { action: 'created', issue: { number: 9, title: 'A question', body: 'Hi', user: { login: 'carol', id: 3, type: 'User' } }, comment: { id: 77, body: 'ping', user: { login: 'carol', id: 3, type: 'User' } }, repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } }, sender: { login: 'carol', id: 3, type: 'User' } };
    expect(await notice('issue_comment', issue)).toContain('and this run is an issue_comment event.');
    expect(await notice('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', repository: issue.repository })).toContain('and this run is a workflow_dispatch event.');
  });
});

describe('attesters: an edit of the description by a non-attester (D3)', () => {
  const edited = (from: string, sender: string) => (p: Payload) => ({ ...p, action: 'edited', changes: { body: { from } }, sender: { login: sender, id: 9, type: 'User' } });
  const UNTICKED = TICKS.replace(/\[x\]/g, '[ ]');

  it('the ticks mallory added to alice\'s description do not attest, and a warning names mallory', async () => {
    const r = await runPr({ body: TICKS, author: 'alice', association: 'MEMBER' }, { attesters: 'alice' }, { payload: edited(UNTICKED, 'mallory') });
    expect(gh.violations()).toEqual([]);
    expect(r.code).toBe(1);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
    const warning = commands(r.stdout, 'warning').map((w) => w.message).find((w) => w.includes('@mallory')) ?? '';
    expect(warning).toContain('Ticks added to the description of #7 by @mallory are not counted: @mallory edited it, and is neither its author @alice (MEMBER) nor among the attesters (input \'attesters\'): "backups restored in a drill", "rollback plan agreed with the team".');
    expect(r.checkRunText).toContain('by @mallory are not counted');
  });

  it('ticks the description had before the edit still attest as its author; an association attester is told it counts by login', async () => {
    const from = '- [x] Backups restored in a drill\n- [ ] Rollback plan agreed with the team\n';
    const r = await runPr({ body: TICKS, author: 'alice', association: 'MEMBER' }, { attesters: 'MEMBER' }, { payload: edited(from, 'mallory') });
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@alice', 'rollback-plan-agreed-with-the-team:pending']);
    expect(commands(r.stdout, 'warning').map((w) => w.message).join('\n')).toMatch(/nor among the attesters by login \(their author association is unknown: this event does not give it, and @mallory has no review on #7, which would\).*: "rollback plan agreed with the team"\./);
  });

  it('an edit by the author or by an attester named by login, or another event, signs off as before', async () => {
    for (const sender of ['Alice', 'bob']) {
      const r = await runPr({ body: TICKS, author: 'alice', association: 'MEMBER' }, { attesters: 'alice, bob' }, { payload: edited(UNTICKED, sender) });
      expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@alice', 'rollback-plan-agreed-with-the-team:attested@alice']);
      expect(commands(r.stdout, 'warning').filter((w) => w.message.includes('not counted'))).toEqual([]);
    }
    // An edit of the title alone (no changes.body), or no attesters: nothing changes.
    const title = await runPr({ body: TICKS, author: 'alice', association: 'MEMBER' }, { attesters: 'alice' }, { payload: (p) => ({ ...p, action: 'edited', changes: { title: { from: 'Old' } }, sender: { login: 'mallory' } }) });
    expect(states(title.report as never)).toEqual(['backups-restored-in-a-drill:attested@alice', 'rollback-plan-agreed-with-the-team:attested@alice']);
    const none = await runPr({ body: TICKS, author: 'alice', association: 'MEMBER' }, {}, { payload: edited(UNTICKED, 'mallory') });
    expect(none.code).toBe(0);
  });
});

describe('attesters: ticks in reviews that sign nothing off are said (D1)', () => {
  // bob's approving review nearly ticks both items: a period, a remark, a block quote, a look-alike box, a Cyrillic `а`.
  const NEAR = '- [x] Backups restored in a drill.\n- [x] Rollback plan agreed with the team (done, see #88)\n> - [x] Rollback plan agreed with the team\n- [✓] Rollback plan agreed with the team\n- [x] Rollbаck plan agreed with the team\n';

  it('near-miss ticks in an attester\'s approving review get the description\'s hints, naming the reviewer', async () => {
    const r = await runPr({
      body: '', author: 'mallory', association: 'CONTRIBUTOR',
      reviews: [{ user: 'bob', association: 'MEMBER', state: 'APPROVED', body: NEAR }],
    }, { attesters: 'bob', comment: 'true' }, { event: 'pull_request_review', payload: (p) => ({ ...p, action: 'submitted', review: { id: 1201, user: { login: 'bob' }, state: 'approved', body: NEAR } }) });
    expect(gh.violations()).toEqual([]);
    expect(r.code).toBe(1);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
    const warnings = commands(r.stdout, 'warning').map((w) => w.message).filter((w) => w.startsWith('the review approving the pull request by @bob ticks'));
    // Four, as for the same lines in the description: the look-alike box ticks the quoted line's text, said once.
    expect(warnings).toHaveLength(4);
    const all = warnings.join('\n');
    expect(all).toContain('ticks "backups restored in a drill.", which signs nothing off: it is not the title of the pending item \'backups-restored-in-a-drill\'');
    expect(all).toContain('ticks "rollback plan agreed with the team (done, see #88)", which signs nothing off');
    expect(all).toMatch(/in a block quote, which signs nothing off/);
    expect(all).toMatch(/'а' \(U\+0430\) where the title has 'a'/);
    // The summaries show them on the pending items and under the copy-paste lines, naming the review.
    for (const text of [r.summary, r.checkRunText]) {
      expect(text).toContain('Ticked in an approving review, but signing nothing off:');
      expect(text).toMatch(/\(for `backups-restored-in-a-drill`, in the approving review by @bob\)/);
      expect(text).toMatch(/ticked as "[^"]+" in the approving review by @bob/);
    }
  });

  it('a comment review, an approval by a non-attester and a dismissed one that tick pending items each get one notice saying why', async () => {
    const r = await runPr({
      body: '', author: 'mallory', association: 'CONTRIBUTOR',
      reviews: [
        { user: 'bob', association: 'MEMBER', state: 'COMMENTED', body: TICKS },
        { user: 'mallory2', association: 'CONTRIBUTOR', state: 'APPROVED', body: '- [x] Backups restored in a drill\n' },
        { user: 'carol', association: 'MEMBER', state: 'DISMISSED', body: '- [x] Rollback plan agreed with the team.\n' },
        { user: 'dave', association: 'MEMBER', state: 'CHANGES_REQUESTED', body: '- [x] Our own todo: rename the module\n' },
      ],
    }, { attesters: 'MEMBER' });
    expect(r.code).toBe(1);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
    const notices = commands(r.stdout, 'notice').map((n) => n.message).filter((n) => / review(?: requesting changes)? by @/.test(n));
    expect(notices).toEqual([
      'The dismissed review by @carol (MEMBER) ticks the pending item \'rollback-plan-agreed-with-the-team\' but signs nothing off: it was dismissed, so it no longer counts.',
      'The approving review by @mallory2 (CONTRIBUTOR) ticks the pending item \'backups-restored-in-a-drill\' but signs nothing off: @mallory2 is not among the attesters (input \'attesters\').',
      'The comment review by @bob (MEMBER) ticks the pending items \'backups-restored-in-a-drill\', \'rollback-plan-agreed-with-the-team\' but signs nothing off: only a review approving the pull request signs off.',
    ]);
    expect(r.summary).toContain('⚠️ The comment review by @bob (MEMBER) ticks the pending items');
  });

  it('is bounded: many such reviews give a few notices and one line for the rest', async () => {
    const reviews = Array.from({ length: 12 }, (_, i) => ({ user: `user${i}`, association: 'CONTRIBUTOR', state: 'COMMENTED', body: TICKS }));
    const r = await runPr({ body: '', author: 'mallory', association: 'CONTRIBUTOR', reviews }, { attesters: 'OWNER' });
    const notices = commands(r.stdout, 'notice').map((n) => n.message).filter((n) => /^The \w+ review by|more reviews? tick/.test(n));
    expect(notices).toHaveLength(4);
    expect(notices.at(-1)).toBe('9 more reviews tick pending items and sign nothing off (not listed: at most 3 are).');
  });
});
