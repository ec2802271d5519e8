// QA stop 46 (probes20 D1): a credential in a URL a redirect named reaches no output of the action: the check run, its
// annotations, the job summary, the sticky PR comment, the outputs, the report and the log.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, type Running } from '../servers/node.js';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, makeRepo, runAction } from './run-action.js';
import { pullRequestPayload, TOKEN } from './fixtures.js';

const SESSION = 'Zx9Qw8Er7Ty6Ui5Op4action';
const ACCESS = 'Qm4Qm4Qm4Qm4Qm4Qm4action';
const JSESSION = '9F8E7D6C5B4A39281706F5E4D3C2B1A0';
let gh: FakeGitHub;
let site: Running;

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  site = await startHttp((req, res) => {
    const url = req.url ?? '/';
    if (url === '/') { res.writeHead(302, { location: `/home?session_token=${SESSION}&lang=en` }); return res.end(); }
    if (url === '/health') { res.writeHead(302, { location: `https://app.example.net/start?access_token=${ACCESS}` }); return res.end(); }
    if (url === '/ready') { res.writeHead(302, { location: `/app/ready;jsessionid=${JSESSION}` }); return res.end(); }
    if (url.startsWith('/app/ready')) { res.writeHead(503, { 'content-type': 'text/plain' }); return res.end('starting'); }
    if (url.startsWith('/home')) { res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'sessionid=1; Path=/' }); return res.end('<html>home</html>'); }
    res.writeHead(404); res.end('not found');
  });
});
afterAll(async () => { await gh?.close(); await site?.close(); });

describe('stop 46: credentials in redirected URLs through the action', () => {
  it('are masked in the check run, summary, PR comment, outputs and log', async () => {
    const checklist = 'version: 1\nfail-on: critical\nprobes:\n  health: [/health, /ready]\nitems:\n  - { id: up, check: health-endpoint }\n  - { id: headers, check: security-headers }\n  - { id: cookies, check: cookie-security }\n';
    const repo = makeRepo({ '.github/preflight.yml': checklist, 'README.md': '# app\n' });
    gh.state.pulls.set(5, { number: 5, body: '', author: 'alice', headSha: repo.sha, files: ['README.md'] });
    const r = await runAction({
      workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'pull_request',
      inputs: { url: `${site.url}/`, comment: 'true' },
      payload: pullRequestPayload({ number: 5, headSha: repo.sha, baseSha: 'b'.repeat(40) }),
    });
    const comment = gh.state.comments.get(5)?.[0]?.body ?? '';
    const checkRun = JSON.stringify(gh.state.checkRuns);
    // The findings reached every output (or the test proves nothing), their URLs masked.
    expect(r.summary).toContain('session_token=');
    expect(comment).toContain('session_token=');
    expect(checkRun).toContain('access_token=');
    expect(JSON.stringify(r.report)).toContain(`${site.url}/home?session_token=***&lang=en`);
    expect(JSON.stringify(r.report)).toContain('jsessionid=***');
    for (const canary of [SESSION, ACCESS, JSESSION]) {
      for (const [where, text] of [['stdout', r.visibleStdout], ['stderr', r.stderr], ['summary', r.summary], ['comment', comment], ['check run', checkRun], ['outputs', JSON.stringify(r.outputs)], ['report', JSON.stringify(r.report)]]) {
        expect(text, `${where}: ${canary}`).not.toContain(canary);
      }
    }
  }, 60_000);
});
