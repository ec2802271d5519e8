// QA stop 44 (contract2 D3): with the built-in preset (no checklist file) or a checklist outside the repository, the SARIF
// file listed probe findings as tool notifications only: code scanning got no alert while the gate failed. The action
// anchors them at its workflow file (GITHUB_WORKFLOW_REF), at the line of the step's `url:` input, when the file is in the
// repository; otherwise they stay notifications.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { TOKEN, pushPayload } from './fixtures.js';
import { BUNDLE, makeRepo, runAction } from './run-action.js';
import { startHttp, type Running } from '../servers/node.js';

type Sarif = { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]; invocations: { toolExecutionNotifications?: { associatedRule?: { id: string } }[] }[] }[] };

const WORKFLOW = [
  'name: gate', //                                   1
  'on: [push, pull_request]', //                     2
  'jobs:', //                                        3
  '  preflight:', //                                 4
  '    runs-on: ubuntu-latest', //                   5
  '    steps:', //                                   6
  '      - uses: actions/checkout@v4', //            7
  '      - id: preflight', //                        8
  '        uses: preflight-gate/preflight@v1', //    9
  '        with:', //                                10
  '          sarif: preflight.sarif', //             11
  '          url: ${{ vars.STAGING_URL }}', //       12
  '',
].join('\n');
const FILES = { 'Dockerfile': 'FROM python:3.12.3-slim\nUSER 1000\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n', 'app.py': 'print("hi")\n' };
const ENV = { GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/gate.yml@refs/heads/main', GITHUB_JOB: 'preflight', GITHUB_ACTION: 'preflight' };

let gh: FakeGitHub;
let site: Running;
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  site = await startHttp((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<h1>ok</h1>'); });
});
afterAll(async () => { await gh?.close(); await site?.close(); });
beforeEach(() => { gh.reset(); });

async function sarifOf(repo: { dir: string; sha: string }, inputs: Record<string, string> = {}): Promise<{ code: number | null; sarif: Sarif }> {
  const r = await runAction({ event: 'push', payload: pushPayload({ after: repo.sha }), workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, env: ENV, inputs: { url: site.url, sarif: 'preflight.sarif', ...inputs } });
  expect(gh.violations()).toEqual([]);
  return { code: r.code, sarif: JSON.parse(fs.readFileSync(r.outputs.sarif!, 'utf8')) as Sarif };
}
const probeAt = (s: Sarif) => [...new Set(s.runs[0]!.results.filter((r) => ['hsts', 'https-redirect', 'security-headers'].includes(r.ruleId)).map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`))];

describe('the action\'s SARIF with no checklist file in the repository', () => {
  it('anchors probe findings at the workflow file, on the step\'s url: line', async () => {
    const repo = makeRepo({ ...FILES, '.github/workflows/gate.yml': WORKFLOW });
    const { code, sarif } = await sarifOf(repo);
    expect(code).toBe(1);
    expect(probeAt(sarif)).toEqual(['.github/workflows/gate.yml:12']);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications ?? []).toEqual([]);
  });

  it('a checklist outside the repository: at the workflow file too', async () => {
    const repo = makeRepo({ ...FILES, '.github/workflows/gate.yml': WORKFLOW });
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-team44-')), 'probes.yml');
    fs.writeFileSync(outside, 'version: 1\nitems:\n  - { id: hsts, check: hsts }\n');
    const { sarif } = await sarifOf(repo, { checklist: outside });
    expect(probeAt(sarif)).toEqual(['.github/workflows/gate.yml:12']);
  });

  it('keeps them as notifications when the workflow file is not in the repository (another repository checked out)', async () => {
    const repo = makeRepo(FILES);
    const { code, sarif } = await sarifOf(repo);
    expect(code).toBe(1);
    expect(probeAt(sarif)).toEqual([]);
    expect((sarif.runs[0]!.invocations[0]!.toolExecutionNotifications ?? []).map((n) => n.associatedRule?.id)).toContain('hsts');
  });

  it('a checklist file in the repository keeps them at its item', async () => {
    const repo = makeRepo({ ...FILES, '.github/workflows/gate.yml': WORKFLOW, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: hsts, check: hsts }\n' });
    const { sarif } = await sarifOf(repo);
    expect(probeAt(sarif)).toEqual(['.github/preflight.yml:3']);
  });
});
