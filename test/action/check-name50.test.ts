// QA stop 50 (misc S1): check-name de-duplication gave the name to the first step of the job. With an advisory step
// (`fail-on: none`) first and the gate second, the required `Preflight` showed the advisory's success while the gate's
// failure sat under `Preflight (2)`, a name nobody requires. A later step keeps the name when its run is the one the name
// should show (a gate after an advisory step, a failure after a success), and is renamed only when it would hide an
// earlier verdict. The steps of one job share RUNNER_TEMP, as on the runner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, runAction } from './run-action.js';
import { APP, TOKEN, pushPayload } from './fixtures.js';
import { supersedes, uniqueName } from '../../src/action/check-names.js';

let gh: FakeGitHub;
let app: { dir: string; sha: string };

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  // APP fails its checklist's gate (fail-on: high); the lenient checklist passes; `fail-on: none` never fails.
  app = makeRepo({ ...APP, 'lenient.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: runbook, title: Runbook is written, severity: low }\n' });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

/** A gate that passes on the same commit. */
const LENIENT = { checklist: 'lenient.yml' };
const jobTemp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pf-job50-'));
const JOB = { GITHUB_RUN_ID: '5050', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'preflight' };
const nameCommands = (stdout: string, type: string) => commands(stdout, type).filter((c) => c.props.includes('check-name already used'));
const runs = () => gh.state.checkRuns.map((r) => [r.name, r.conclusion]);
/** What GitHub shows under a name: its latest check run's conclusion. */
const shownAs = (name: string) => gh.state.checkRuns.filter((r) => r.name === name).at(-1)?.conclusion;

function step(temp: string, stepId: string, inputs: Record<string, string> = {}) {
  return runAction({ workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, event: 'push', payload: pushPayload({ after: app.sha }), inputs, env: { ...JOB, RUNNER_TEMP: temp, GITHUB_ACTION: stepId } });
}

describe('stop 50: the step whose run the name should show keeps it', () => {
  it('advisory (`fail-on: none`) first, failing gate second: `Preflight` shows the gate\'s failure, with a notice and no rename', async () => {
    const temp = jobTemp();
    const advisory = await step(temp, 'advisory', { 'fail-on': 'none' });
    expect(advisory.code).toBe(0);
    const gate = await step(temp, 'gate');
    expect(gate.code).toBe(1);
    expect(runs()).toEqual([['Preflight', 'success'], ['Preflight', 'failure']]);
    expect(shownAs('Preflight')).toBe('failure');
    expect(nameCommands(gate.stdout, 'warning')).toEqual([]);
    const notes = nameCommands(gate.stdout, 'notice');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/^Step `advisory` of this job already wrote a check run named `Preflight` on [0-9a-f]{12} \(success\)/);
    expect(notes[0]!.message).toMatch(/that step did not gate \(`fail-on: none`\) and this one does, so its failure is what `Preflight` shows/);
    expect(notes[0]!.message).toMatch(/set `check-name` on the earlier step \(e\.g\. `check-name: Preflight \(advisory\)`\)/);
    // A third, advisory step after the gate is renamed: it would hide the gate's failure.
    const late = await step(temp, 'late', { 'fail-on': 'none' });
    expect(runs().at(-1)).toEqual(['Preflight (late)', 'success']);
    expect(shownAs('Preflight')).toBe('failure');
    expect(nameCommands(late.stdout, 'warning')).toHaveLength(1);
    expect(gh.violations()).toEqual([]);
  }, 120_000);

  it('a passing gate after an advisory step keeps the name too: `Preflight` shows the gate\'s verdict', async () => {
    const temp = jobTemp();
    await step(temp, 'advisory', { 'fail-on': 'none' });
    const gate = await step(temp, 'gate', LENIENT);
    expect(gate.code).toBe(0);
    expect(runs()).toEqual([['Preflight', 'success'], ['Preflight', 'success']]);
    expect(nameCommands(gate.stdout, 'warning')).toEqual([]);
    expect(nameCommands(gate.stdout, 'notice')).toHaveLength(1);
  }, 90_000);

  it('two gates: a failure after a success takes the name; a failure after a failure, or a success after one, is renamed', async () => {
    const temp = jobTemp();
    await step(temp, 'lenient', LENIENT);
    const strict = await step(temp, 'strict');
    expect(nameCommands(strict.stdout, 'notice').map((c) => c.message)).toEqual([expect.stringMatching(/this step's run failed where that one succeeded, so its failure is what `Preflight` shows/)]);
    const again = await step(temp, 'again');
    const lenient2 = await step(temp, 'lenient2', LENIENT);
    expect(runs()).toEqual([['Preflight', 'success'], ['Preflight', 'failure'], ['Preflight (again)', 'failure'], ['Preflight (lenient2)', 'success']]);
    expect(shownAs('Preflight')).toBe('failure');
    for (const r of [again, lenient2]) expect(nameCommands(r.stdout, 'warning')).toHaveLength(1);
  }, 150_000);

  it('a step that could not run (a configuration error) after an advisory step takes the name with its failure', async () => {
    const temp = jobTemp();
    await step(temp, 'advisory', { 'fail-on': 'none' });
    const broken = await step(temp, 'gate', { 'fail-on': 'warning' });
    expect(broken.code).toBe(1);
    expect(gh.state.checkRuns.map((r) => [r.name, r.conclusion, r.output.title])).toEqual([
      ['Preflight', 'success', expect.any(String)],
      ['Preflight', 'failure', 'Configuration error: Preflight did not run'],
    ]);
    expect(nameCommands(broken.stdout, 'warning')).toEqual([]);
  }, 90_000);
});

describe('supersedes / uniqueName with verdicts', () => {
  const scope = { repo: 'acme/shop', sha: 'a'.repeat(40), run: '1', attempt: '1', job: 'j' };
  const claim = { ...scope, name: 'Preflight', step: 'first', folder: '' };
  const gateFail = { conclusion: 'failure', gates: true } as const;
  const gatePass = { conclusion: 'success', gates: true } as const;
  const advisory = { conclusion: 'success', gates: false } as const;

  it('a later run supersedes only when it hides no gating verdict', () => {
    expect(supersedes(gateFail, advisory)).toBe(true);
    expect(supersedes(gatePass, advisory)).toBe(true);
    expect(supersedes(gateFail, gatePass)).toBe(true);
    expect(supersedes(advisory, gateFail)).toBe(false);
    expect(supersedes(advisory, gatePass)).toBe(false);
    expect(supersedes(advisory, advisory)).toBe(false);
    expect(supersedes(gatePass, gateFail)).toBe(false);
    expect(supersedes(gateFail, gateFail)).toBe(false);
    expect(supersedes(gatePass, gatePass)).toBe(false);
  });

  it('compares with the latest run of the name, and takes a record without a verdict for a failing gate', () => {
    expect(uniqueName('Preflight', scope, [{ ...claim, ...advisory }], 'gate', '', gateFail)).toEqual({ name: 'Preflight', earlier: { ...claim, ...advisory }, kept: true });
    // The gate took the name from the advisory step: a third, passing step is compared with the gate's failure.
    const after = [{ ...claim, ...advisory }, { ...claim, step: 'gate', ...gateFail }];
    expect(uniqueName('Preflight', scope, after, 'third', '', gatePass)).toMatchObject({ name: 'Preflight (third)', earlier: { step: 'gate' } });
    expect(uniqueName('Preflight', scope, after, 'third', '', gatePass)?.kept).toBeUndefined();
    // An older Preflight's record (no conclusion) is never superseded.
    expect(uniqueName('Preflight', scope, [claim], 'gate', '', gateFail)?.name).toBe('Preflight (gate)');
  });
});
