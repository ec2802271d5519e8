// QA stop 43 (action12), through the bundled action: a check run whose create failed with a 5xx while the lookup for
// it failed too is not created a second time (D1), and a 2xx create answer that is not a check run is not taken as
// written (D2): both say the run is not confirmed and annotate through workflow commands. With more findings than the
// SARIF file may hold (25,000 results), the summaries name the JSON report as the one with every finding and say how
// many the SARIF file leaves out (D3).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { TOKEN, pushPayload } from './fixtures.js';

let gh: FakeGitHub;
beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const CHECKLIST = 'version: 1\nfail-on: high\nitems:\n  - { id: pinned, check: image-tag-pinned }\n';
let small: { dir: string; sha: string } | null = null;
/** 3 Dockerfiles with an unpinned base image: 3 high findings. */
const smallRepo = () => (small ??= makeRepo({
  '.github/preflight.yml': CHECKLIST,
  ...Object.fromEntries([1, 2, 3].map((i) => [`svc-${i}/Dockerfile`, 'FROM python:latest\nUSER app\n'])),
}));
const run = (inputs: Record<string, string> = {}, repo = smallRepo()) => runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'push', payload: pushPayload({ after: repo.sha }), inputs, timeoutMs: 120_000 });
const notWritten = (stdout: string) => commands(stdout, 'warning').filter((c) => /check run not written/.test(c.props));

describe('D1: a check run create answered 5xx, and the lookup for it failing too', () => {
  it('leaves one run (the one GitHub made), says it is not confirmed and annotates through workflow commands', async () => {
    gh.state.faults.push({ method: 'POST', path: /\/check-runs$/, status: 502, applied: true, message: 'Bad Gateway' });
    gh.state.faults.push({ method: 'GET', path: /\/commits\/[0-9a-f]{40}\/check-runs$/, status: 502, times: 100, message: 'Bad Gateway' });
    const r = await run();
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs'))).toHaveLength(1);
    const [warning] = notWritten(r.stdout);
    expect(warning?.message).toMatch(/^The check run could not be confirmed written: the create failed \(HTTP 502: Bad Gateway\), and whether GitHub made it after all could not be looked up \(HTTP 502: Bad Gateway\b.*\), so it was not sent again\. Findings are annotated in the workflow run instead\.$/);
    // The findings, as workflow-command annotations on their files.
    expect(commands(r.stdout, 'error').filter((c) => /file=svc-\d\/Dockerfile/.test(c.props))).toHaveLength(3);
    expect(r.summary).toContain('could not be confirmed written');
  }, 150_000);
});

describe('D2: a 2xx create answer that is JSON but not a check run', () => {
  it('is not confirmed: no PATCH without an id, findings annotated through workflow commands', async () => {
    gh.state.faults.push({ method: 'POST', path: /\/check-runs$/, status: 201, message: 'accepted' });
    const r = await run();
    expect(r.code).toBe(1);
    expect(gh.state.requests.filter((q) => q.method === 'PATCH')).toEqual([]);
    expect(r.visibleStdout).not.toMatch(/Check run 'Preflight' written/);
    expect(notWritten(r.stdout).map((c) => c.message)).toEqual(["The check run could not be confirmed written: GitHub's answer to the create (HTTP 201) is not a check run: it has no id — a proxy in front of the API?. Findings are annotated in the workflow run instead."]);
    expect(commands(r.stdout, 'error').filter((c) => /file=svc-\d\/Dockerfile/.test(c.props))).toHaveLength(3);
  }, 150_000);
});

describe('D3: more findings than the SARIF file may hold', () => {
  it('the summaries say how many the SARIF file leaves out, and never that it has every finding', async () => {
    // 25 Dockerfiles of 1,001 stages on an unpinned image: 25,025 findings, 25 over code scanning's cap.
    const stages = `${Array.from({ length: 1_001 }, (_, i) => `FROM python:latest AS s${i}`).join('\n')}\nUSER app\n`;
    const big = makeRepo({ '.github/preflight.yml': CHECKLIST, ...Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`svc-${i}/Dockerfile`, stages])) });
    const r = await run({ sarif: 'out.sarif' }, big);
    expect(r.code).toBe(1);
    expect(r.report!.findings).toHaveLength(25_025);
    const sarif = JSON.parse(fs.readFileSync(path.join(big.dir, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(25_000);
    const note = "the JSON report at the step's `report` output (the SARIF file at its `sarif` output has all but the 25 least severe findings: code scanning takes 25,000 results at most)";
    const run0 = gh.state.checkRuns[0]!;
    for (const text of [r.summary, run0.output.summary!]) {
      expect(text).toContain(`all are in ${note}`);
      expect(text).not.toContain('and the SARIF file at its `sarif` output');
    }
  }, 150_000);

  it('under the cap, the SARIF file is named with the JSON report as before', async () => {
    // 1,001 findings: more than the check run's 1,000 annotations, so the summaries say where the rest are.
    const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, Dockerfile: `${Array.from({ length: 1_001 }, (_, i) => `FROM python:latest AS s${i}`).join('\n')}\nUSER app\n` });
    const r = await run({ sarif: 'out.sarif' }, repo);
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns[0]!.output.summary).toContain("the JSON report at the step's `report` output and the SARIF file at its `sarif` output");
    expect(r.summary).not.toContain('least severe');
  }, 150_000);
});
