// QA stop 49 (action16 D1): two Preflight steps in one job, same check-name — GitHub shows only the latest check run of a
// name, so a later advisory step (`fail-on: none`) hid the failing gate. The first step keeps the name, a later one gets
// another and a warning. The steps of one job share RUNNER_TEMP, as on the runner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { APP, TOKEN, pushPayload } from './fixtures.js';
import { CLAIMS_FILE, uniqueName } from '../../src/action/check-names.js';

let gh: FakeGitHub;
let app: { dir: string; sha: string };

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  app = makeRepo({ ...APP, 'services/api/Dockerfile': 'FROM python:latest\nUSER app\n' });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

/** One job's temporary folder, shared by its steps. */
const jobTemp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pf-job49-'));
const JOB = { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'preflight' };
const renameWarnings = (stdout: string) => commands(stdout, 'warning').filter((c) => c.props.includes('check-name already used'));

/** A step of the job: the push event on the app's commit. */
function step(temp: string, stepId: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}, repo = app) {
  return runAction({ workspace: repo.dir, sha: repo.sha, apiUrl: gh.url, token: TOKEN, event: 'push', payload: pushPayload({ after: repo.sha }), inputs, env: { ...JOB, RUNNER_TEMP: temp, GITHUB_ACTION: stepId, ...env } });
}

describe('stop 49: two Preflight steps of one job with the same check-name', () => {
  it('the gate keeps `Preflight`; the later advisory step gets its step id and a warning saying to set check-name', async () => {
    const temp = jobTemp();
    const gate = await step(temp, 'gate');
    expect(gate.code).toBe(1);
    expect(renameWarnings(gate.stdout)).toEqual([]);
    const advisory = await step(temp, 'advisory', { 'fail-on': 'none' });
    expect(advisory.code).toBe(0);
    expect(gh.state.checkRuns.map((r) => [r.name, r.conclusion])).toEqual([['Preflight', 'failure'], ['Preflight (advisory)', 'success']]);
    const w = renameWarnings(advisory.stdout);
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/^Step `gate` of this job already wrote a check run named `Preflight` on [0-9a-f]{12}: GitHub shows only the latest check run of a name/);
    expect(w[0]!.message).toMatch(/This step's check run is named `Preflight \(advisory\)` instead; set `check-name` on one of the steps/);
    expect(gh.violations()).toEqual([]);
  }, 90_000);

  it('a step id the runner made up gives a number; a third step the next one; another folder gives the folder', async () => {
    const temp = jobTemp();
    await step(temp, '__preflight-gate_preflight');
    await step(temp, '__preflight-gate_preflight_2', { 'fail-on': 'none' });
    const third = await step(temp, '__preflight-gate_preflight_3', { 'fail-on': 'none', 'working-directory': 'services/api' });
    expect(gh.state.checkRuns.map((r) => r.name)).toEqual(['Preflight', 'Preflight (2)', 'Preflight (services/api)']);
    // The warning names no made-up step id.
    expect(renameWarnings(third.stdout).map((c) => c.message)).toEqual([expect.stringMatching(/^An earlier Preflight step of this job already wrote a check run named `Preflight`/)]);
  }, 120_000);

  it('the name is kept, with no warning, in a new job, attempt or commit, with a check-name of its own, or when the first run was not written', async () => {
    const temp = jobTemp();
    await step(temp, 'gate');
    // Another job's (or a re-run's) step: a RUNNER_TEMP left over is not this job's.
    const otherJob = await step(temp, 'advisory', {}, { GITHUB_JOB: 'other' });
    const rerun = await step(temp, 'advisory', {}, { GITHUB_RUN_ATTEMPT: '2' });
    const own = await step(temp, 'advisory', { 'check-name': 'Preflight advisory' });
    const next = makeRepo({ ...APP, 'NOTES.md': 'another commit\n' });
    const newCommit = await step(temp, 'advisory', {}, {}, next);
    for (const r of [otherJob, rerun, own, newCommit]) expect(renameWarnings(r.stdout)).toEqual([]);
    expect(gh.state.checkRuns.map((r) => r.name)).toEqual(['Preflight', 'Preflight', 'Preflight', 'Preflight advisory', 'Preflight']);

    // The first step's check run was refused (no `checks: write`): nothing on the commit to hide, so the next keeps the name.
    gh.reset();
    const temp2 = jobTemp();
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, times: 1, message: 'Resource not accessible by integration' });
    const refused = await step(temp2, 'gate', {}, {}, next);
    expect(gh.state.checkRuns).toEqual([]);
    expect(commands(refused.stdout, 'warning').some((c) => /checks: write/.test(c.message))).toBe(true);
    const second = await step(temp2, 'advisory', { 'fail-on': 'none' }, {}, next);
    expect(renameWarnings(second.stdout)).toEqual([]);
    expect(gh.state.checkRuns.map((r) => r.name)).toEqual(['Preflight']);
  }, 150_000);

  it('a RUNNER_TEMP that cannot hold the record costs nothing but the rename', async () => {
    const temp = jobTemp();
    fs.mkdirSync(path.join(temp, CLAIMS_FILE));
    const a = await step(temp, 'gate');
    const b = await step(temp, 'advisory', { 'fail-on': 'none' });
    expect([a.code, b.code]).toEqual([1, 0]);
    expect(gh.state.checkRuns.map((r) => r.name)).toEqual(['Preflight', 'Preflight']);
    expect(a.stderr + b.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});

describe('uniqueName', () => {
  const scope = { repo: 'acme/shop', sha: 'a'.repeat(40), run: '1', attempt: '1', job: 'j' };
  it('is null for a name no step of the job used, and picks the first free candidate otherwise', () => {
    expect(uniqueName('Preflight', scope, [], 'x', '')).toBeNull();
    const first = { ...scope, name: 'Preflight', step: 'gate', folder: '' };
    expect(uniqueName('Preflight', scope, [{ ...first, sha: 'b'.repeat(40) }], 'x', '')).toBeNull();
    expect(uniqueName('Preflight', { ...scope, sha: 'A'.repeat(40) }, [first], 'x', '')?.name).toBe('Preflight (x)');
    // The candidate already taken by another step: the next one.
    expect(uniqueName('Preflight', scope, [first, { ...first, name: 'Preflight (x)', step: 'y' }], 'x', '')?.name).toBe('Preflight (3)');
    expect(uniqueName('Preflight', scope, [first], 'x', 'services/web')?.name).toBe('Preflight (services/web)');
    expect(uniqueName('Preflight', scope, [{ ...first, folder: 'services/web' }], 'x', 'services/web')?.name).toBe('Preflight (x)');
  });
});
