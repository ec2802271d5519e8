// Stop 51 (teams observation): GitHub's runner creates the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name before a step
// starts; @actions/core refuses a missing one ("Missing file at path"), which ended the run as an internal error. A runner
// that only names them gets them created; one that names a file that cannot be written gets a warning, not a crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, makeRepo, parseOutputs, runAction } from './run-action.js';
import { TOKEN } from './fixtures.js';

let gh: FakeGitHub;

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const repo = () => makeRepo({
  '.github/preflight.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: pinned, check: image-tag-pinned }\n',
  'Dockerfile': 'FROM python:latest\nUSER app\n',
});

describe('stop 51: the runner files named but not created', () => {
  it('GITHUB_OUTPUT and GITHUB_STEP_SUMMARY that do not exist yet are created and written, as on the runner', async () => {
    const { dir, sha } = repo();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-files-'));
    const output = path.join(out, 'output');
    const summary = path.join(out, 'summary.md');
    const r = await runAction({ workspace: dir, sha, apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: sha }, env: { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout).not.toMatch(/failed unexpectedly|Missing file/);
    expect(r.code).toBe(1);
    const outputs = parseOutputs(fs.readFileSync(output, 'utf8'));
    expect(outputs.result).toBe('fail');
    expect(outputs.high).toBe('1');
    expect(fs.readFileSync(summary, 'utf8')).toMatch(/python:latest/);
  }, 60_000);

  it('a GITHUB_OUTPUT that cannot be written (a folder) is a warning; the verdict and the job summary stand', async () => {
    const { dir, sha } = repo();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-files-'));
    const summary = path.join(out, 'summary.md');
    const r = await runAction({ workspace: dir, sha, apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: sha }, env: { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout).not.toMatch(/failed unexpectedly/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'warning').map((c) => c.message).join('\n')).toMatch(/The step outputs could not be written/);
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).toMatch(/1 high/);
    expect(fs.readFileSync(summary, 'utf8')).toMatch(/python:latest/);
  }, 60_000);
});
