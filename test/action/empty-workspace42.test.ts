// QA stop 42 (action11 D1): a workflow without actions/checkout leaves GITHUB_WORKSPACE empty; a green check run for files
// nobody scanned would let the pull request through.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, commands, runAction } from './run-action.js';
import { TOKEN, pullRequestPayload } from './fixtures.js';

let gh: FakeGitHub;
const HEAD = 'a'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

describe('stop 42: an empty workspace (no actions/checkout)', () => {
  it('is a configuration error, with no check run but the configuration error\'s, when nothing is probed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-empty-'));
    gh.state.pulls.set(7, { number: 7, body: '', author: 'alice', headSha: HEAD, files: [] });
    const r = await runAction({ workspace: dir, sha: HEAD, apiUrl: gh.url, token: TOKEN, event: 'pull_request', payload: pullRequestPayload({ number: 7, headSha: HEAD, baseSha: 'b'.repeat(40) }) });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).toMatch(/is empty: nothing is checked out, so Preflight would scan nothing and pass\. Add an actions\/checkout step/);
    expect(r.outputs.result).toBe('fail');
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('a workspace of empty folders, or a `git init` with nothing checked out, is empty too (sweep2)', async () => {
    for (const make of [
      (d: string) => { fs.mkdirSync(path.join(d, 'src', 'app'), { recursive: true }); },
      (d: string) => { execFileSync('git', ['init', '-q', d]); },
    ]) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-empty-'));
      make(dir);
      const r = await runAction({ workspace: dir, sha: HEAD, apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: HEAD } });
      expect(r.code).toBe(1);
      expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).toMatch(/is empty: nothing is checked out/);
    }
  }, 60_000);

  it('a checklist given from outside the workspace may hold the URL to probe: a warning, not an error (reviews A S5, C S4)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-empty-'));
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-list-')), 'preflight.yml');
    fs.writeFileSync(outside, 'version: 1\nprobes:\n  url: http://127.0.0.1:9/\nitems:\n  - id: health\n    check: health-endpoint\n');
    const r = await runAction({ workspace: dir, sha: HEAD, apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: HEAD }, inputs: { checklist: outside, timeout: '2' } });
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).not.toMatch(/nothing is checked out/);
    expect(commands(r.stdout, 'warning').map((c) => c.message).join('\n')).toMatch(/The workspace \(.*\) is empty: nothing is checked out, so no static check runs/);
  }, 60_000);

  it('only warns in a probes-only run (the url input), and a workspace with files is scanned as before', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-empty-'));
    // A URL nothing listens on: the probes error, which is what the gate then reports; the point is that the run goes on.
    const r = await runAction({ workspace: dir, sha: HEAD, apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: HEAD }, inputs: { url: 'http://127.0.0.1:9/', timeout: '2' } });
    expect(commands(r.stdout, 'warning').map((c) => c.message).join('\n')).toMatch(/is empty: nothing is checked out, so no static check runs/);
    expect(r.report).not.toBeNull();
    const full = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-files-'));
    fs.writeFileSync(path.join(full, 'Dockerfile'), 'FROM python:3.12-slim\nUSER 1000\nCMD ["gunicorn", "app:app"]\n');
    const s = await runAction({ workspace: full, sha: HEAD, apiUrl: gh.url, token: TOKEN, event: 'push', payload: { after: HEAD } });
    expect(commands(s.stdout, 'warning').map((c) => c.message).join('\n')).not.toMatch(/nothing is checked out/);
    expect(s.report).not.toBeNull();
  }, 60_000);
});
