// QA stop 44 (contract2 D3): `--format sarif` with the built-in preset (no checklist file) listed every probe finding as a
// tool notification: code scanning got no alert while the gate failed. Inside GitHub Actions (GITHUB_WORKFLOW_REF) they
// are anchored at the workflow file at the step's `--url`; elsewhere they stay notifications.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, type Running } from '../servers/node.js';

type Sarif = { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]; invocations: { toolExecutionNotifications?: unknown[] }[] }[] };

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stderr, sarif: JSON.parse(stdout) as Sarif };
}

const WORKFLOW = [
  'on: [push]',
  'jobs:',
  '  gate:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - run: |',
  '          npx @preflight-gate/preflight --format sarif \\',
  '            --url "$STAGING_URL" > preflight.sarif',
  '',
].join('\n');
const ACTIONS = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main', GITHUB_JOB: 'gate' };
const DOCKERFILE = 'FROM python:3.12.3-slim\nUSER 1000\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n';

let server: Running;
beforeAll(async () => { server = await startHttp((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<h1>ok</h1>'); }); });
afterAll(async () => { await server.close(); });

const probeUris = (s: Sarif) => [...new Set(s.runs[0]!.results.filter((r) => ['hsts', 'https-redirect', 'security-headers'].includes(r.ruleId)).map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`))];

describe('SARIF of probe findings with the built-in preset', () => {
  it('inside Actions: results at the workflow file, on the line of the step\'s --url', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, '.github/workflows/ci.yml': WORKFLOW });
    const run = await cli(['--url', server.url, '--format', 'sarif'], repo, ACTIONS);
    expect(run.code).toBe(1);
    expect(probeUris(run.sarif)).toEqual(['.github/workflows/ci.yml:9']);
  });

  it('a checklist outside the repository: the workflow file as well', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, '.github/workflows/ci.yml': WORKFLOW });
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-ck44-')), 'probes.yml');
    fs.writeFileSync(outside, 'version: 1\nitems:\n  - { id: hsts, check: hsts }\n');
    const run = await cli(['--checklist', outside, '--url', server.url, '--format', 'sarif'], repo, ACTIONS);
    expect(probeUris(run.sarif)).toEqual(['.github/workflows/ci.yml:9']);
  });

  it('stays notifications outside Actions, for another repository\'s workflow, or a workflow file not in the repository', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, '.github/workflows/ci.yml': WORKFLOW });
    const bare = makeRepo({ Dockerfile: DOCKERFILE });
    for (const [dir, env] of [[repo, {}], [repo, { ...ACTIONS, GITHUB_WORKFLOW_REF: 'acme/org-rules/.github/workflows/ci.yml@refs/heads/main' }], [bare, ACTIONS]] as const) {
      const run = await cli(['--url', server.url, '--format', 'sarif'], dir, env);
      expect(run.code).toBe(1);
      expect(probeUris(run.sarif)).toEqual([]);
      expect(run.sarif.runs[0]!.invocations[0]!.toolExecutionNotifications?.length).toBeGreaterThan(0);
    }
  });

  it('a checklist file in the repository keeps them at its items, inside Actions too', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, '.github/workflows/ci.yml': WORKFLOW, 'preflight.yml': 'version: 1\nitems:\n  - { id: tls, check: hsts }\n' });
    const run = await cli(['--url', server.url, '--format', 'sarif'], repo, ACTIONS);
    expect(probeUris(run.sarif)).toEqual(['preflight.yml:3']);
  });
});
