// QA stop 50 (robust2 D1): a secret written in a checklist item's title reached the job summary, the check run and the
// sticky PR comment verbatim. The title is read with the secret hidden (`ghp_…`), and a tick of the line as written in the
// pull request description still signs the item off.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, makeRepo, runAction } from './run-action.js';
import { pullRequestPayload, TOKEN } from './fixtures.js';

const GHP = 'ghp_LEAKcanaryAAbbCCddEEffGGhhIIjjKKll01';
const STRIPE = 'sk_live_LEAKcanary51HxYzAbCdEfGhIjKlMnOp';
let gh: FakeGitHub;

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });

describe('stop 50: a secret in a checklist title through the action', () => {
  it('is hidden in the check run, summary, PR comment, outputs and log; a tick of the line as written signs off', async () => {
    const md = `# Production checklist\n\n## Access\n\n- [ ] Deploy bot token ${GHP} is stored in the vault\n- [ ] Stripe live key ${STRIPE} is rotated quarterly\n`;
    const repo = makeRepo({ 'PRODUCTION_CHECKLIST.md': md, 'README.md': '# app\n' });
    const body = `Release.\n\n- [x] Deploy bot token ${GHP} is stored in the vault\n`;
    gh.state.pulls.set(7, { number: 7, body, author: 'alice', headSha: repo.sha, files: ['README.md'] });
    const r = await runAction({
      workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request',
      inputs: { comment: 'true', 'fail-on': 'info' },
      payload: pullRequestPayload({ number: 7, headSha: repo.sha, baseSha: 'b'.repeat(40), body }),
    });
    const comment = gh.state.comments.get(7)?.[0]?.body ?? '';
    const checkRun = JSON.stringify(gh.state.checkRuns);
    expect(r.report?.items.map((i: { status: string }) => i.status)).toEqual(['attested', 'pending']);
    // The titles reached every output (or the test proves nothing), their secrets hidden.
    for (const [where, text] of [['summary', r.summary], ['comment', comment], ['check run', checkRun]]) expect(text, where).toContain('sk_live_…');
    for (const canary of [GHP, STRIPE, 'leakcanary']) {
      for (const [where, text] of [['stdout', r.visibleStdout], ['stderr', r.stderr], ['summary', r.summary], ['comment', comment], ['check run', checkRun], ['outputs', JSON.stringify(r.outputs)], ['report', JSON.stringify(r.report)]]) {
        expect(text.toLowerCase(), `${where}: ${canary}`).not.toContain(canary.toLowerCase());
      }
    }
  }, 60_000);
});
