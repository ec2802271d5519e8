// QA51 teams D6, through the bundle and a fake GitHub API: with the `attesters` input, a first-time contributor's ticks in
// the pull request description sign nothing off (the manual items stay pending, and a warning, the job summary and the
// check run say why), a MEMBER author's do, and ticks in the body of an approving review by an attester sign off as that
// reviewer — not a review by someone else, nor an approval followed by a request for changes. Without the input the
// reviews are never read.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { standingApprovals, parseAttesters } from '../../src/gate/attesters.js';
import { startFakeGitHub, type FakeGitHub, type PullState } from './fake-github.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';

const CHECKLIST = '# Production checklist\n\n- [ ] Backups restored in a drill\n- [ ] Rollback plan agreed with the team\n';
const TICKS = '- [x] Backups restored in a drill\n- [x] Rollback plan agreed with the team\n';
const NOT_COUNTED = 'sign-offs in the description of #7 are not counted: its author @mallory (FIRST_TIME_CONTRIBUTOR) is not among the attesters';

let gh: FakeGitHub;
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const runPr = async (pull: Omit<PullState, 'number' | 'headSha' | 'files'>, inputs: Record<string, string>) => {
  const repo = makeRepo({ 'app.py': 'x = 1\n', 'PRODUCTION_CHECKLIST.md': CHECKLIST });
  gh.state.pulls.set(7, { number: 7, headSha: repo.sha, files: ['app.py'], ...pull });
  const payload = pullRequestPayload({ number: 7, headSha: repo.sha, baseSha: repo.sha, body: pull.body, author: pull.author });
  const r = await runAction({ event: 'pull_request', payload, workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, inputs: { 'fail-on': 'info', ...inputs } });
  const checkRun = gh.state.checkRuns.at(-1);
  return { ...r, checkRunText: `${checkRun?.output.summary ?? ''}\n${checkRun?.output.text ?? ''}`, reviewReads: gh.state.requests.filter((q) => q.path.endsWith('/reviews')).length };
};
const states = (report: { items: { id: string; status: string; attestedBy?: string }[] } | null) => (report?.items ?? []).map((i) => `${i.id}:${i.status}${i.attestedBy ? `@${i.attestedBy}` : ''}`);
// Markdown escapes `_` outside code: the text as GitHub shows it.
const shown = (markdown: string) => markdown.replace(/\\([_*~[\]])/g, '$1');

describe('attesters: who may sign off', () => {
  it('a first-time contributor\'s ticks in the description do not attest: pending, with the reason', async () => {
    const r = await runPr({ body: TICKS, author: 'mallory', association: 'FIRST_TIME_CONTRIBUTOR' }, { attesters: 'MEMBER, OWNER\n@alice' });
    expect(gh.violations()).toEqual([]);
    expect(r.code).toBe(1);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
    const warnings = commands(r.stdout, 'warning').map((w) => w.message);
    expect(warnings.some((w) => w.includes(`S${NOT_COUNTED.slice(1)} (input 'attesters')`))).toBe(true);
    for (const text of [r.summary, r.checkRunText]) {
      expect(shown(text)).toContain(`S${NOT_COUNTED.slice(1)}`);
      expect(text).toContain('Its author is not among the attesters (`MEMBER`, `OWNER`, `@alice`): tick these lines in the body of a review approving the pull request, by one of them, to sign the items off');
    }
    expect(r.reviewReads).toBe(1);
  });

  it('a MEMBER author\'s ticks attest, as that author', async () => {
    const r = await runPr({ body: TICKS, author: 'bob', association: 'MEMBER' }, { attesters: 'MEMBER' });
    expect(r.code).toBe(0);
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@bob', 'rollback-plan-agreed-with-the-team:attested@bob']);
    expect(commands(r.stdout, 'warning').filter((w) => w.message.includes('not counted'))).toEqual([]);
  });

  it('a login matches case-insensitively, with or without @', async () => {
    const r = await runPr({ body: TICKS, author: 'Carol', association: 'CONTRIBUTOR' }, { attesters: '@carol' });
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@Carol', 'rollback-plan-agreed-with-the-team:attested@Carol']);
  });

  it('an approving review by an attester that ticks an item attests it, as the reviewer', async () => {
    const r = await runPr({
      body: TICKS, author: 'mallory', association: 'FIRST_TIME_CONTRIBUTOR',
      reviews: [
        { user: 'dave', association: 'MEMBER', state: 'APPROVED', body: 'Checked with ops.\n\n- [x] Backups restored in a drill\n' },
        { user: 'erin', association: 'MEMBER', state: 'COMMENTED', body: '- [x] Rollback plan agreed with the team\n' },
        { user: 'frank', association: 'MEMBER', state: 'APPROVED', body: 'LGTM\n- [x] Backups restored in a drill\n' },
      ],
    }, { attesters: 'MEMBER' });
    expect(gh.violations()).toEqual([]);
    // The latest approving review that ticks the item signs it; a COMMENTED review signs nothing off.
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@frank', 'rollback-plan-agreed-with-the-team:pending']);
    expect(r.summary).toContain('attested by @frank');
  });

  it('a review by a non-attester does not attest', async () => {
    const r = await runPr({
      body: 'Typo fix\n', author: 'mallory', association: 'FIRST_TIME_CONTRIBUTOR',
      reviews: [{ user: 'mallory2', association: 'CONTRIBUTOR', state: 'APPROVED', body: TICKS }],
    }, { attesters: 'MEMBER\nalice' });
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
    // The description ticks nothing: no warning about it.
    expect(commands(r.stdout, 'warning').filter((w) => w.message.includes('not counted'))).toEqual([]);
  });

  it('an approval followed by CHANGES_REQUESTED from the same reviewer, or dismissed, does not attest', async () => {
    const r = await runPr({
      body: '', author: 'mallory', association: 'FIRST_TIME_CONTRIBUTOR',
      reviews: [
        { user: 'alice', association: 'MEMBER', state: 'APPROVED', body: '- [x] Backups restored in a drill\n' },
        { user: 'bob', association: 'MEMBER', state: 'DISMISSED', body: '- [x] Rollback plan agreed with the team\n' },
        { user: 'alice', association: 'MEMBER', state: 'CHANGES_REQUESTED', body: 'The drill log is missing.' },
      ],
    }, { attesters: 'MEMBER' });
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:pending', 'rollback-plan-agreed-with-the-team:pending']);
  });

  it('without attesters the description signs off as before and the reviews are not read', async () => {
    const r = await runPr({ body: TICKS, author: 'mallory', association: 'FIRST_TIME_CONTRIBUTOR', reviews: [{ user: 'dave', association: 'MEMBER', state: 'APPROVED', body: TICKS }] }, {});
    expect(states(r.report as never)).toEqual(['backups-restored-in-a-drill:attested@mallory', 'rollback-plan-agreed-with-the-team:attested@mallory']);
    expect(r.reviewReads).toBe(0);
  });

  it('a team is a configuration error naming the input', async () => {
    const r = await runPr({ body: TICKS, author: 'bob', association: 'MEMBER' }, { attesters: 'MEMBER\n@acme/sre' });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(commands(r.stdout, 'error').map((e) => e.message).join('\n')).toMatch(/input 'attesters' line 2: "@acme\/sre" is a team: teams are not supported/);
  });
});

describe('attesters: parsing and review rules', () => {
  it('reads logins and associations, commas and lines, comments', () => {
    const a = parseInputs({ attesters: '# who signs\nMEMBER, @Alice\nbob-smith,dependabot[bot]\n' }).attesters!;
    expect([...a.logins]).toEqual(['alice', 'bob-smith', 'dependabot[bot]']);
    expect([...a.associations]).toEqual(['MEMBER']);
    expect(parseInputs({}).attesters).toBeNull();
  });

  it('rejects what is neither, saying what was expected', () => {
    expect(() => parseInputs({ attesters: 'first time contributor' })).toThrow(/input 'attesters': "first time contributor" is neither a login nor an author association: expected a GitHub login .* — the association is written FIRST_TIME_CONTRIBUTOR/);
    expect(() => parseInputs({ attesters: '-bad-' })).toThrow(/input 'attesters'.*expected a GitHub login/);
    expect(() => parseInputs({ attesters: ',' })).toThrow(/input 'attesters': no entry/);
  });

  it('keeps the latest standing approvals first', () => {
    const a = parseAttesters([{ text: 'MEMBER', label: "input 'attesters'" }]);
    const at = (m: number) => `2026-01-01T00:0${m}:00Z`;
    expect(standingApprovals([
      { login: 'a', association: 'MEMBER', state: 'APPROVED', body: '- [x] x', submittedAt: at(1) },
      { login: 'a', association: 'MEMBER', state: 'CHANGES_REQUESTED', body: '', submittedAt: at(2) },
      { login: 'a', association: 'MEMBER', state: 'APPROVED', body: '- [x] y', submittedAt: at(3) },
      { login: 'b', association: 'MEMBER', state: 'APPROVED', body: '- [x] z', submittedAt: at(4) },
      { login: 'c', association: 'CONTRIBUTOR', state: 'APPROVED', body: '- [x] w', submittedAt: at(5) },
    ], a)).toEqual([{ body: '- [x] z', by: 'b' }, { body: '- [x] y', by: 'a' }]);
  });
});
