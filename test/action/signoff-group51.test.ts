// QA51 teams D3 and D4, through the bundle and a fake GitHub API: a role's sign-off ticked as the check run offered it
// (`- [x] Security Officer › Name: ____`) stays with the Security Officer when a commit inserts a Technical Lead above it
// (a positional id, `name-2`, moved to the Technical Lead); the check run and the job summary offer that line, not the id;
// and a typed `'` signs off a title exported with `’`.
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';

const CHECKLIST_A = '# Production checklist\n\n- [ ] Backups restored in a drill\n- [ ] Plan de reprise validé par l’équipe\n\n## Sign-off\n\n### Deployment Lead\n- [ ] Name: ________________\n\n### Security Officer\n- [ ] Name: ________________\n';
const CHECKLIST_B = CHECKLIST_A.replace('### Security Officer', '### Technical Lead\n- [ ] Name: ________________\n\n### Security Officer');

let gh: FakeGitHub;
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const runAt = async (checklist: string, body: string) => {
  const repo = makeRepo({ 'app.py': 'x = 1\n', 'PRODUCTION_CHECKLIST.md': checklist });
  gh.state.pulls.set(7, { number: 7, body, author: 'alice', headSha: repo.sha, files: ['app.py'] });
  const r = await runAction({ event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: repo.sha, baseSha: repo.sha, body }), workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, inputs: { 'fail-on': 'info' } });
  return { ...r, checkRun: gh.state.checkRuns.at(-1) };
};
const states = (report: { items: { id: string; status: string; group?: string[]; attestedBy?: string }[] }) => report.items.map((i) => `${i.group?.at(-1) ?? '-'}/${i.id}:${i.status}${i.attestedBy ? `@${i.attestedBy}` : ''}`);

describe('a role sign-off through the action', () => {
  it('offered by role and title, it stays with the Security Officer when a Technical Lead is inserted above', async () => {
    const a = await runAt(CHECKLIST_A, '- [x] Backups restored in a drill\n');
    const offered = [a.summary, `${a.checkRun?.output.summary ?? ''}\n${a.checkRun?.output.text ?? ''}`];
    for (const text of offered) {
      expect(text).toContain('- [ ] Security Officer › Name: ________________');
      expect(text).not.toMatch(/^- \[ \] name-2$/m);
    }
    // The PR description ticks the line the run of commit A offered; commit B inserts the Technical Lead.
    const body = '- [x] Backups restored in a drill\n- [x] Security Officer › Name: ________________\n';
    const b = await runAt(CHECKLIST_B, body);
    expect(b.code).toBe(1); // the other roles and the French item are still pending (fail-on: info)
    expect(states(b.report as never)).toEqual([
      '-/backups-restored-in-a-drill:attested@alice', '-/plan-de-reprise-valide-par-l-equipe:pending',
      'Deployment Lead/name:pending', 'Technical Lead/name-2:pending', 'Security Officer/name-3:attested@alice',
    ]);
    expect(commands(b.stdout, 'warning').filter((w) => w.message.includes('signs nothing off'))).toEqual([]);
    expect(b.summary).toContain('- [ ] Technical Lead › Name: ________________');
  });

  it('a positional id keeps working as before', async () => {
    const r = await runAt(CHECKLIST_B, '- [x] name-3\n');
    expect(states(r.report as never).filter((s) => s.includes('attested'))).toEqual(['Security Officer/name-3:attested@alice']);
  });

  it('a typed apostrophe signs off the title exported with ’', async () => {
    const r = await runAt(CHECKLIST_A, '- [x] Plan de reprise validé par l\'équipe\n');
    expect(states(r.report as never)).toContain('-/plan-de-reprise-valide-par-l-equipe:attested@alice');
    expect(commands(r.stdout, 'warning').filter((w) => w.message.includes('signs nothing off'))).toEqual([]);
  });
});
