import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toBaseline } from '../../src/gate/baseline.js';
import { makePki } from '../servers/certs.js';
import { respond, startHttps } from '../servers/node.js';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { BUNDLE, bigRepo, ROOT, commands, makeRepo, runAction } from './run-action.js';
import type { ActionRun } from './run-action.js';
import { APP, HEADER_SECRET, TOKEN, deploymentStatusPayload, mergeGroupPayload, pullRequestPayload, pushPayload } from './fixtures.js';

/** A job summary path no process can write, root included: its parent is a regular file (a missing folder could be created by anyone). */
const UNWRITABLE_SUMMARY = `${process.execPath}/summary.md`;

let gh: FakeGitHub;
let app: { dir: string; sha: string };
const BASE = 'b'.repeat(40);

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`);
  gh = await startFakeGitHub({ token: TOKEN });
  app = makeRepo(APP);
});
afterAll(async () => { await gh?.close(); });
beforeEach(() => { gh.reset(); });

const run = (o: Partial<Parameters<typeof runAction>[0]> & { event: string; payload: Record<string, unknown> }) =>
  runAction({ workspace: app.dir, sha: app.sha, apiUrl: gh.url, token: TOKEN, ...o });

/** Nothing GitHub would reject, and no canary secret anywhere but the `::add-mask::` lines. */
function assertClean(r: ActionRun, secrets: string[] = [TOKEN]): void {
  expect(gh.violations()).toEqual([]);
  for (const s of secrets) {
    expect(r.visibleStdout).not.toContain(s);
    expect(r.stderr).not.toContain(s);
    expect(r.summary).not.toContain(s);
    expect(JSON.stringify(r.outputs)).not.toContain(s);
    expect(JSON.stringify(r.report)).not.toContain(s);
    for (const c of gh.state.checkRuns) expect(JSON.stringify(c)).not.toContain(s);
  }
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}


function addPull(number: number, o: { body?: string; files?: string[]; headSha?: string } = {}) {
  gh.state.pulls.set(number, { number, body: o.body ?? '', author: 'alice', headSha: o.headSha ?? app.sha, files: o.files ?? ['Dockerfile'] });
}

describe('the bundled action on pull_request', () => {
  it('writes a failing check run on the head sha with every annotation, summary and outputs', async () => {
    addPull(7, { body: 'Checklist:\n- [x] Backup restore procedure has been tested\n' });
    const r = await run({ event: 'pull_request', sha: 'f'.repeat(40), payload: pullRequestPayload({ number: 7, headSha: app.sha, baseSha: BASE, body: 'stale body' }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns).toHaveLength(1);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.head_sha).toBe(app.sha);
    expect(cr.name).toBe('Preflight');
    expect(cr.conclusion).toBe('failure');
    expect(cr.output.title).toMatch(/^Failed: .*critical/);
    // Every unsuppressed finding with a file is annotated, most severe first.
    const located = r.report!.findings.filter((f: { file: string | null; suppressed?: boolean }) => f.file && !f.suppressed);
    expect(located.length).toBeGreaterThanOrEqual(3);
    expect(cr.annotations).toHaveLength(located.length);
    const env = cr.annotations.find((a) => a.path === '.env')!;
    expect(env.annotation_level).toBe('failure');
    const pinned = cr.annotations.find((a) => a.path === 'Dockerfile' && String(a.title).includes('image-tag-pinned'))!;
    expect(pinned.start_line).toBe(1);
    expect(pinned.annotation_level).toBe('failure');
    const health = cr.annotations.find((a) => String(a.title).includes('dockerfile-healthcheck'))!;
    expect(health.annotation_level).toBe('warning');
    const levels = cr.annotations.map((a) => a.annotation_level);
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('failure'));
    // The PR body is read fresh: its tick attests the manual item; the other stays pending.
    const items = Object.fromEntries(r.report!.items.map((i: { id: string }) => [i.id, i]));
    expect(items['backups-tested'].status).toBe('attested');
    expect(items['backups-tested'].attestedBy).toBe('alice');
    expect(items.runbook.status).toBe('pending');
    expect(cr.output.summary).toContain('- [ ] Runbook is written');
    expect(r.summary).toContain('- [ ] Runbook is written');
    expect(r.outputs.result).toBe('fail');
    expect(Number(r.outputs.critical)).toBe(r.report!.counts.critical);
    expect(Number(r.outputs.high)).toBe(r.report!.counts.high);
    expect(r.outputs.sarif).toBe('');
    expect(commands(r.stdout, 'error').some((c) => c.message.includes('Preflight FAILED'))).toBe(true);
  });

  it('passes with fail-on none and keeps red annotations off a green check', async () => {
    addPull(7);
    const r = await run({ event: 'pull_request', inputs: { 'fail-on': 'none' }, payload: pullRequestPayload({ number: 7, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(r.code).toBe(0);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.conclusion).toBe('success');
    expect(cr.annotations.length).toBeGreaterThan(0);
    expect(cr.annotations.every((a) => a.annotation_level !== 'failure')).toBe(true);
    expect(r.outputs.result).toBe('pass');
  });

  it('writes SARIF when asked and annotates only changed files with annotations: changed', async () => {
    addPull(8, { files: [...Array.from({ length: 230 }, (_, i) => `docs/page-${i}.md`), 'Dockerfile'] });
    const r = await run({ event: 'pull_request', inputs: { annotations: 'changed', sarif: 'out/preflight.sarif' }, payload: pullRequestPayload({ number: 8, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    // 231 files at 100 per page: three pages were read.
    expect(gh.state.requests.filter((q) => q.template === '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(3);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.annotations.length).toBeGreaterThan(0);
    expect(cr.annotations.every((a) => a.path === 'Dockerfile')).toBe(true);
    expect(cr.output.summary).toMatch(/not change/);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(fs.readFileSync(r.outputs.sarif!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(r.report!.findings.filter((f) => !f.note && !f.suppressed).length);
  });

  it('annotations: changed on a pull request of 3,000 files or more annotates every finding (GitHub lists only 3,000)', async () => {
    addPull(18, { files: [...Array.from({ length: 3050 }, (_, i) => `docs/page-${i}.md`), 'Dockerfile'] });
    const r = await run({ event: 'pull_request', inputs: { annotations: 'changed' }, payload: pullRequestPayload({ number: 18, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(commands(r.stdout, 'warning').some((c) => /annotations: changed — could not list the pull request's files \(the pull request changes 3000 files or more, and GitHub lists only the first 3000\); annotating every finding/.test(c.message))).toBe(true);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.annotations.some((a) => a.path === 'Dockerfile')).toBe(true);
    expect(cr.output.summary).not.toMatch(/not change/);
  }, 60_000);

  it('keeps one sticky comment: created, then left alone when unchanged', async () => {
    addPull(9);
    const payload = pullRequestPayload({ number: 9, headSha: app.sha, baseSha: BASE });
    const first = await run({ event: 'pull_request', inputs: { comment: 'true' }, payload });
    assertClean(first);
    expect(gh.state.comments.get(9)).toHaveLength(1);
    expect(gh.state.comments.get(9)![0]!.body).toMatch(/^<!-- preflight:sticky-comment Preflight -->/);
    const second = await run({ event: 'pull_request', inputs: { comment: 'true' }, payload });
    assertClean(second);
    expect(gh.state.comments.get(9)).toHaveLength(1);
    expect(gh.state.requests.filter((q) => q.method !== 'GET' && q.path.includes('/comments'))).toHaveLength(1);
    gh.state.comments.get(9)![0]!.body = '<!-- preflight:sticky-comment Preflight -->\nold';
    const third = await run({ event: 'pull_request', inputs: { comment: 'true' }, payload });
    assertClean(third);
    expect(gh.state.comments.get(9)).toHaveLength(1);
    expect(gh.state.comments.get(9)![0]!.body).not.toContain('\nold');
  });
});

describe('read-only tokens and API failures', () => {
  it('on a fork PR writes no check run, falls back to workflow-command annotations and still gates', async () => {
    addPull(11);
    const r = await run({ event: 'pull_request', inputs: { comment: 'true' }, payload: pullRequestPayload({ number: 11, headSha: app.sha, baseSha: BASE, headRepo: 'mallory/shop' }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(gh.state.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    const errors = commands(r.stdout, 'error').filter((c) => c.props.includes('file='));
    expect(errors.some((c) => c.props.includes('file=.env'))).toBe(true);
    // GitHub shows 10 error annotations per step: the findings plus the failed-step line fit.
    expect(commands(r.stdout, 'error').length).toBeLessThanOrEqual(10);
    expect(commands(r.stdout, 'warning').length).toBeLessThanOrEqual(10);
    expect(r.summary).toMatch(/fork/i);
  });

  it('on a fork PR with many findings shows the most severe first and a notice counting the rest', async () => {
    const big = bigRepo();
    addPull(15, { headSha: big.sha });
    // The token cannot read the pull request or its files either: two more warnings of Preflight's own.
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/15$/, status: 403, message: 'Resource not accessible by integration' });
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/15\/files$/, status: 403, message: 'Resource not accessible by integration' });
    const r = await run({ event: 'pull_request', workspace: big.dir, sha: big.sha, inputs: { annotations: 'changed' }, payload: pullRequestPayload({ number: 15, headSha: big.sha, baseSha: BASE, headRepo: 'mallory/shop' }), timeoutMs: 120_000 });
    assertClean(r);
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(10);
    // GitHub shows 10 warnings per step: the fallback annotations get what Preflight's own warnings leave.
    const warnings = commands(r.stdout, 'warning');
    expect(warnings.filter((c) => !c.props.includes('file=')).length).toBeGreaterThanOrEqual(3);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(errors.filter((c) => c.props.includes('file=')).every((c) => c.props.includes('image-tag-pinned'))).toBe(true);
    expect(commands(r.stdout, 'notice').some((c) => /^\d+ more findings are not annotated here/.test(c.message))).toBe(true);
    expect(commands(r.stdout, 'notice').length).toBeLessThanOrEqual(10);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
  }, 150_000);

  it('degrades on 403 "Resource not accessible by integration" without crashing', async () => {
    addPull(12);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, message: 'Resource not accessible by integration' });
    const r = await run({ event: 'pull_request', payload: pullRequestPayload({ number: 12, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(gh.state.checkRuns).toHaveLength(0);
    expect(commands(r.stdout, 'warning').some((c) => /checks: write/.test(c.message))).toBe(true);
    expect(commands(r.stdout, 'error').some((c) => c.props.includes('file=.env'))).toBe(true);
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).toContain('Preflight failed');
  });

  it('retries 500s and secondary rate limits, then writes the check run', async () => {
    addPull(13);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 500, times: 2, message: 'Server Error' });
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 403, times: 1, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '1' } });
    const r = await run({ event: 'pull_request', payload: pullRequestPayload({ number: 13, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs')).length).toBe(4);
    expect(r.code).toBe(1);
  });

  it('survives a 422 and persistent 500s: annotations in the log, gate still decided', async () => {
    addPull(14);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 422, message: 'Validation Failed' });
    const r = await run({ event: 'pull_request', inputs: { 'fail-on': 'critical' }, payload: pullRequestPayload({ number: 14, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'warning').some((c) => /HTTP 422/.test(c.message))).toBe(true);
    gh.reset();
    addPull(14);
    gh.state.faults.push({ method: 'POST', path: /check-runs$/, status: 502, times: 10 });
    const r2 = await run({ event: 'pull_request', inputs: { 'fail-on': 'none' }, payload: pullRequestPayload({ number: 14, headSha: app.sha, baseSha: BASE }) });
    assertClean(r2);
    expect(r2.code).toBe(0);
    expect(commands(r2.stdout, 'warning').some((c) => /HTTP 502/.test(c.message))).toBe(true);
  });
});

describe('other events', () => {
  it('merge_group: check run on merge_group.head_sha, PR number from head_ref, body read for sign-offs', async () => {
    addPull(21, { body: '- [X] Backup restore procedure has been tested\r\n- [x] runbook\r\n' });
    const head = 'c'.repeat(40);
    const r = await run({ event: 'merge_group', payload: mergeGroupPayload({ number: 21, headSha: head, baseSha: BASE }) });
    assertClean(r);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(head);
    expect(gh.state.requests.some((q) => q.path === '/repos/acme/shop/pulls/21')).toBe(true);
    const items = Object.fromEntries(r.report!.items.map((i: { id: string }) => [i.id, i]));
    expect(items['backups-tested'].status).toBe('attested');
    expect(items.runbook.status).toBe('attested');
  });

  it('a tick that nearly names a pending item (a period added) leaves it pending and says which line to tick (QA round 30)', async () => {
    addPull(22, { body: '- [x] Backup restore procedure has been tested.\n- [x] I ran the unit tests\n' });
    const r = await run({ event: 'pull_request', inputs: { 'fail-on': 'none' }, payload: pullRequestPayload({ number: 22, headSha: app.sha, baseSha: BASE }) });
    assertClean(r);
    const items = Object.fromEntries(r.report!.items.map((i: { id: string }) => [i.id, i]));
    expect(items['backups-tested'].status).toBe('pending');
    const hints = r.stdout.split('\n').filter((l) => l.startsWith('::warning') && l.includes('signs nothing off'));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain("pending item 'backups-tested'");
  });

  it('push without a known PR: check run on GITHUB_SHA, pending manual items do not gate', async () => {
    const r = await run({ event: 'push', inputs: { 'fail-on': 'critical', 'severity-overrides': 'no-env=off' }, payload: pushPayload({ after: app.sha }) });
    assertClean(r);
    expect(gh.state.requests.some((q) => q.template === '/repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toBe(true);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(app.sha);
    const items = Object.fromEntries(r.report!.items.map((i: { id: string }) => [i.id, i]));
    expect(items['backups-tested'].status).toBe('pending');
    expect(r.outputs.result).toBe('pass');
    expect(r.code).toBe(0);
  });

  it('deployment_status: probes environment_url, check run named "Preflight (deployment)" on the deployment sha, header values masked', async () => {
    const target = http.createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/`;
    try {
      const r = await run({
        event: 'deployment_status',
        inputs: { 'fail-on': 'none', headers: `X-Preview-Token: ${HEADER_SECRET}` },
        payload: deploymentStatusPayload({ sha: app.sha, state: 'success', environmentUrl: url }),
      });
      assertClean(r, [TOKEN, HEADER_SECRET]);
      expect(r.stdout).toContain(`::add-mask::${HEADER_SECRET}`);
      // Once per value: the input's registration and the run's masks are the same values.
      const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
      expect(masks.length).toBe(new Set(masks).size);
      expect(r.report!.target.url).toBe(url);
      expect(gh.state.checkRuns[0]!.name).toBe('Preflight (deployment)');
      expect(gh.state.checkRuns[0]!.head_sha).toBe(app.sha);
    } finally {
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });

  it('working-directory: scans the sub-folder, annotation paths stay repository-relative, sarif lands there', async () => {
    const files = Object.fromEntries(Object.entries(APP).map(([k, v]) => [`services/api/${k}`, v]));
    const mono = makeRepo({ ...files, 'README.md': '# mono\n' });
    const r = await run({ event: 'push', workspace: mono.dir, sha: mono.sha, inputs: { 'working-directory': 'services/api', sarif: 'preflight.sarif' }, payload: pushPayload({ after: mono.sha }) });
    assertClean(r);
    const paths = gh.state.checkRuns[0]!.annotations.map((a) => a.path);
    expect(paths).toContain('services/api/Dockerfile');
    expect(paths.every((p) => String(p).startsWith('services/api/'))).toBe(true);
    expect(r.outputs.sarif).toBe(`${mono.dir}/services/api/preflight.sarif`);
    expect(r.report!.checklist.file).toBe('services/api/.github/preflight.yml');
  });

  it('substitutes ${PREFLIGHT_*} in the checklist URL and keeps the value out of every output', async () => {
    const canary = 'CANARY-path-secret-77aa';
    const target = http.createServer((_req, res) => { res.writeHead(200); res.end('ok'); });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const port = (target.address() as AddressInfo).port;
    try {
      const probed = makeRepo({
        ...APP,
        '.github/preflight.yml': `version: 1\nprobes:\n  url: http://127.0.0.1:${port}/\${PREFLIGHT_PATH}/\n  headers: { X-Key: "\${PREFLIGHT_PATH}" }\nitems:\n  - { id: up, check: health-endpoint }\n  - { id: pinned, check: image-tag-pinned }\n`,
      });
      const r = await run({ event: 'push', workspace: probed.dir, sha: probed.sha, inputs: { sarif: 'p.sarif', 'fail-on': 'critical' }, env: { PREFLIGHT_PATH: canary }, payload: pushPayload({ after: probed.sha }) });
      assertClean(r, [TOKEN, canary]);
      expect(fs.readFileSync(r.outputs.sarif!, 'utf8')).not.toContain(canary);
      expect(r.stdout).toContain(`::add-mask::${canary}`);
      expect(r.report!.target.url).toBe(`http://127.0.0.1:${port}/***/`);
      expect(r.report!.items.find((i: { id: string }) => i.id === 'up').status).toBe('pass');
    } finally {
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });

  it('an unknown event still runs the gate and skips PR-only features', async () => {
    const r = await run({ event: 'schedule', inputs: { comment: 'true', annotations: 'changed' }, payload: {} });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(gh.state.requests.some((q) => q.path.includes('/comments'))).toBe(false);
  });
});

describe('baseline', () => {
  it('known findings report but do not gate; a new one does', async () => {
    const repo = makeRepo(APP);
    execFileSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'dist/cli/index.js'), 'baseline', '--dir', repo.dir, '--output', path.join(repo.dir, '.github/baseline.json')], { stdio: 'ignore' });
    const known = makeRepo({}, repo.dir);
    const r = await run({ event: 'push', workspace: repo.dir, sha: known.sha, inputs: { baseline: '.github/baseline.json' }, payload: pushPayload({ after: known.sha }) });
    assertClean(r);
    expect(r.outputs.result).toBe('pass');
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/known from the baseline/);
    expect(gh.state.checkRuns[0]!.annotations.every((a) => a.annotation_level !== 'failure')).toBe(true);
    gh.reset();
    const added = makeRepo({ 'worker/Dockerfile': 'FROM node:latest\nUSER node\n' }, repo.dir);
    const r2 = await run({ event: 'push', workspace: repo.dir, sha: added.sha, inputs: { baseline: '.github/baseline.json' }, payload: pushPayload({ after: added.sha }) });
    assertClean(r2);
    expect(r2.code).toBe(1);
    const failures = gh.state.checkRuns[0]!.annotations.filter((a) => a.annotation_level === 'failure');
    expect(failures.map((a) => a.path)).toEqual(['worker/Dockerfile']);
  });
});

describe('configuration errors', () => {
  it('a bad input fails the step with ::error and no stack trace', async () => {
    const r = await run({ event: 'push', inputs: { 'fail-on': 'hgh' }, payload: pushPayload({ after: app.sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').some((c) => c.message.includes("'fail-on'"))).toBe(true);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
  });

  it('a severity-overrides entry naming no check or item is an error that names the input', async () => {
    const r = await run({ event: 'push', inputs: { 'severity-overrides': 'image-tag-pined=off' }, payload: pushPayload({ after: app.sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').some((c) => /Preflight configuration error/.test(c.props) && c.message.startsWith("input 'severity-overrides': image-tag-pined=off: no check or checklist item has that id (did you mean 'image-tag-pinned'?)"))).toBe(true);
  });

  it('a checklist error names file and line', async () => {
    const bad = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: x, check: image-tag-pined }\n' });
    const r = await run({ event: 'push', workspace: bad.dir, sha: bad.sha, payload: pushPayload({ after: bad.sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').some((c) => /file=\.github\/preflight\.yml,line=3/.test(c.props))).toBe(true);
    // A workflow that gates on the `result` output (the SARIF recipe) sees the failure too.
    expect(r.outputs).toEqual({ result: 'fail' });
  });

  it('several checklist errors: one annotated ::error each (QA 26 D2)', async () => {
    const bad = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nfail-on: hihg\nitems:\n  - { id: x, check: image-tag-pined }\n' });
    const r = await run({ event: 'push', workspace: bad.dir, sha: bad.sha, payload: pushPayload({ after: bad.sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').map((c) => c.props)).toEqual(['title=Preflight configuration error,file=.github/preflight.yml,line=2,col=10', 'title=Preflight configuration error,file=.github/preflight.yml,line=4,col=21']);
  });

  it('a checklist warning is one ::warning annotated on its checklist line (QA 26 D6)', async () => {
    const repo = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nextends: [recommended]\nitems:\n  - { id: image-tag-pinned, severity: low }\n' });
    const r = await run({ event: 'push', workspace: repo.dir, sha: repo.sha, payload: pushPayload({ after: repo.sha }) });
    assertClean(r);
    const warned = commands(r.stdout, 'warning').filter((c) => c.message.includes("replaces the preset's item"));
    expect(warned).toEqual([{ props: 'title=Preflight checklist warning,file=.github/preflight.yml,line=4,col=5', message: expect.stringMatching(/^\.github\/preflight\.yml:4:5: item 'image-tag-pinned' replaces the preset's item/) }]);
  });

  it('Markdown checklist warnings are in the check-run summary and the job summary too, not only ::warning lines (QA 26 action3 D2)', async () => {
    const md = '# Checklist\n\n- [ ] Docker images use pinned version tags\n\n| Task | Done |\n| --- | --- |\n| - [ ] On-call rotation set up | |\n\n- [ ] Backup restore procedure has been tested\n\n```bash\ndocker build -t app .\n- [ ] Rollback plan documented\n';
    const repo = makeRepo({ ...APP, 'PRODUCTION_CHECKLIST.md': md });
    const r = await run({ event: 'push', workspace: repo.dir, sha: repo.sha, inputs: { checklist: 'PRODUCTION_CHECKLIST.md' }, payload: pushPayload({ after: repo.sha }) });
    assertClean(r);
    const warned = commands(r.stdout, 'warning').filter((c) => c.props.startsWith('title=Preflight checklist warning,file=PRODUCTION_CHECKLIST.md'));
    // In file order, each at its column (QA 29 markdown2 D5).
    expect(warned.map((c) => c.props)).toEqual(['title=Preflight checklist warning,file=PRODUCTION_CHECKLIST.md,line=7,col=3', 'title=Preflight checklist warning,file=PRODUCTION_CHECKLIST.md,line=11,col=1']);
    const summary = gh.state.checkRuns.at(-1)!.output.summary!;
    for (const text of [summary, r.summary]) {
      expect(text).toContain('### ⚠️ Checklist warnings (2)');
      expect(text).toMatch(/^- `PRODUCTION_CHECKLIST\.md:7`: .*table.*\n- `PRODUCTION_CHECKLIST\.md:11`: .*(fence|never closed)/m);
    }
    // The JSON report's v1 contract has no place for them: unchanged.
    expect(r.report!['warnings']).toBeUndefined();
  });

  it('an unset ${PREFLIGHT_*} variable skips the probes with a notice naming where it is written', async () => {
    const repo = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nprobes:\n  url: ${PREFLIGHT_STAGING_URL}\nitems:\n  - { id: hsts, check: hsts }\n' });
    const r = await run({ event: 'push', workspace: repo.dir, sha: repo.sha, payload: pushPayload({ after: repo.sha }) });
    assertClean(r);
    const notices = commands(r.stdout, 'notice').filter((c) => /probes skipped: probes\.url names \$\{PREFLIGHT_STAGING_URL\}, which is not set/.test(c.message));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^\.github\/preflight\.yml:3:8: /);
    expect(commands(r.stdout, 'warning').some((c) => /not set/.test(c.message))).toBe(false);
    expect(r.report.items[0]).toMatchObject({ id: 'hsts', status: 'skipped' });
  });
});

describe('limits and failures of the action itself', () => {
  it('sends at most 1,000 annotations, most severe first, and counts the rest in the summary', async () => {
    const big = bigRepo();
    const r = await run({ event: 'push', workspace: big.dir, sha: big.sha, payload: pushPayload({ after: big.sha }), timeoutMs: 120_000 });
    assertClean(r);
    expect(r.code).toBe(1);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.annotations).toHaveLength(1000);
    // The 600 high (failure) annotations come before the medium (warning) ones.
    expect(cr.annotations.slice(0, 600).every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(cr.output.summary).toMatch(/200 findings were not annotated/);
    expect(gh.state.requests.filter((q) => q.method === 'PATCH')).toHaveLength(19);
    // The output's text lists every finding, most severe first, cut to GitHub's 65,535 characters with a note.
    const text = cr.output.text!;
    expect(text.startsWith('## All 1200 findings')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(65_535);
    expect(text).toMatch(/…\(cut: the report is longer than GitHub accepts here; the full report is in /);
    expect(text.indexOf('**medium**') === -1 || text.indexOf('**high**') < text.indexOf('**medium**')).toBe(true);
  }, 150_000);

  it('an unexpected failure prints a short message with a hint, no stack trace, and fails the step', async () => {
    // (A RUNNER_TEMP that is missing is made, one that cannot be is replaced by the OS temp folder: neither can be used here.)
    const unusable = '/dev/null/preflight-runner-temp';
    const r = await run({ event: 'push', payload: pushPayload({ after: app.sha }), env: { RUNNER_TEMP: unusable, TMPDIR: unusable } });
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors.some((c) => /Preflight failed unexpectedly: .*%0AThis is a bug in Preflight: please report it/.test(c.message))).toBe(true);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('a broken runner environment', () => {
  it('an empty or malformed event file is warned about, never a crash: the gate still runs', async () => {
    for (const raw of ['', '{not json', '[1, 2]']) {
      const r = await run({ event: 'push', payload: {}, rawEvent: raw });
      assertClean(r);
      expect(r.code, raw).toBe(1);
      expect(r.report!.result).toBe('fail');
      expect(commands(r.stdout, 'warning').some((c) => /event payload .* (is not valid JSON|is not a JSON object)/.test(c.message)), raw).toBe(true);
      expect(r.summary).toContain('Preflight');
      expect(gh.state.checkRuns).toHaveLength(1);
      gh.reset();
    }
    // A missing one is said once (the Actions library printed its own note too).
    const missing = await run({ event: 'push', payload: {}, env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' } });
    expect(missing.stdout.match(/does not exist/g)).toHaveLength(1);
  });

  it('an API that accepts connections and never answers: each attempt times out, the run completes', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = http.createServer(() => { /* never answers */ });
    silent.on('connection', (s) => { sockets.add(s); });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const t0 = Date.now();
      const r = await run({ event: 'push', apiUrl: url, payload: pushPayload({ after: app.sha }), env: { PREFLIGHT_TEST_API_TIMEOUT_MS: '500' }, timeoutMs: 30_000 });
      expect(Date.now() - t0).toBeLessThan(25_000);
      expect(r.code).toBe(1);
      expect(r.report!.result).toBe('fail');
      expect(commands(r.stdout, 'warning').some((c) => /check run not written|could not/i.test(c.props + c.message) && /did not answer within/.test(c.message))).toBe(true);
      expect(r.summary).toContain('Preflight');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 40_000);

  it('one hung request is retried: the check run is still written', async () => {
    gh.state.faults.push({ method: 'POST', path: /\/check-runs$/, status: 0, hang: true, times: 1 });
    const r = await run({ event: 'push', payload: pushPayload({ after: app.sha }), env: { PREFLIGHT_TEST_API_TIMEOUT_MS: '500' }, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(gh.state.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs'))).toHaveLength(2);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.checkRuns[0]!.conclusion).toBe('failure');
    expect(commands(r.stdout, 'warning').filter((c) => /did not answer/.test(c.message))).toEqual([]);
  }, 40_000);

  it('a sarif path that cannot be written is a configuration error found before the scan: result fail, nothing else (QA 28 D1)', async () => {
    // fail-on: none — the gate would pass: the SARIF recipe (`continue-on-error`, then `if: result == 'fail'`) must still see the failure.
    for (const [sarif, why] of [['.github', 'it is a directory'], ['Dockerfile/preflight.sarif', 'a parent of Dockerfile/preflight.sarif is a file, not a directory']] as const) {
      gh.reset();
      const r = await run({ event: 'push', inputs: { sarif, 'fail-on': 'none' }, payload: pushPayload({ after: app.sha }) });
      assertClean(r);
      expect(r.code, sarif).toBe(1);
      expect(commands(r.stdout, 'error').map((c) => [c.props, c.message])).toEqual([['title=Preflight configuration error', `input 'sarif': ${sarif} could not be written (${why}); expected a file path relative to working-directory, such as \`preflight.sarif\``]]);
      expect(r.stdout).not.toMatch(/This is a bug in Preflight/);
      expect(r.outputs).toEqual({ result: 'fail' });
      expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
      expect(r.report).toBeNull();
    }
    // A folder still to be made, an existing file (overwritten): written, the gate's verdict stands.
    fs.writeFileSync(path.join(app.dir, 'old.sarif'), '{}');
    for (const sarif of ['reports/new/p.sarif', 'old.sarif']) {
      gh.reset();
      const r = await run({ event: 'push', inputs: { sarif, 'fail-on': 'none' }, payload: pushPayload({ after: app.sha }) });
      expect(r.code, sarif).toBe(0);
      expect(r.outputs.result).toBe('pass');
      expect(JSON.parse(fs.readFileSync(r.outputs.sarif!, 'utf8')).version).toBe('2.1.0');
    }
  });

  it('a SARIF write that fails after the scan fails the step with result fail; the other reports are still written (QA 28 D1)', async () => {
    // /dev/full: nothing is in the way beforehand, the write says ENOSPC.
    const r = await run({ event: 'push', inputs: { sarif: '/dev/full', 'fail-on': 'none' }, payload: pushPayload({ after: app.sha }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').some((c) => /Preflight configuration error/.test(c.props) && /input 'sarif': \/dev\/full could not be written \(no space left on the device\)/.test(c.message))).toBe(true);
    expect(r.stdout).not.toMatch(/This is a bug in Preflight/);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.outputs.sarif).toBe('');
    expect(Number(r.outputs.critical)).toBeGreaterThan(0);
    expect(r.report).not.toBeNull();
    expect(r.summary).toContain('Preflight');
  });

  it('a headers line with an empty value (a secret the run cannot read) is not sent, with a warning naming it (QA 28 D2)', async () => {
    const got: http.IncomingHttpHeaders[] = [];
    const target = http.createServer((req, res) => { got.push(req.headers); res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/`;
    const probed = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: up, check: health-endpoint }\n' });
    try {
      const r = await run({ event: 'push', workspace: probed.dir, sha: probed.sha, inputs: { url, 'fail-on': 'none', headers: `x-vercel-protection-bypass: \nX-Preview-Token: ${HEADER_SECRET}\n` }, payload: pushPayload({ after: probed.sha }) });
      assertClean(r, [TOKEN, HEADER_SECRET]);
      expect(r.code).toBe(0);
      const warned = commands(r.stdout, 'warning').filter((c) => /empty/.test(c.message));
      expect(warned).toHaveLength(1);
      expect(warned[0]!.props).toBe('title=Preflight%3A empty header value');
      expect(warned[0]!.message).toMatch(/^input 'headers': x-vercel-protection-bypass has an empty value, so it is not sent — a secret not available to this run \(e\.g\. on a pull request from a fork/);
      expect(got.length).toBeGreaterThan(0);
      expect(got.every((h) => !('x-vercel-protection-bypass' in h) && h['x-preview-token'] === HEADER_SECRET)).toBe(true);
      // Every header with a value: no such warning.
      const ok = await run({ event: 'push', workspace: probed.dir, sha: probed.sha, inputs: { url, 'fail-on': 'none', headers: `X-Preview-Token: ${HEADER_SECRET}` }, payload: pushPayload({ after: probed.sha }) });
      expect(commands(ok.stdout, 'warning').filter((c) => /empty/.test(c.message))).toEqual([]);
      // `Authorization: Bearer ${{ secrets.X }}` with the secret missing (QA 29 events D1): not sent, warned about, `Bearer` never masked.
      got.length = 0;
      const bare = await run({ event: 'push', workspace: probed.dir, sha: probed.sha, inputs: { url, 'fail-on': 'none', headers: 'x-vercel-protection-bypass: \nAuthorization: Bearer ' }, payload: pushPayload({ after: probed.sha }) });
      expect(bare.code).toBe(0);
      expect(bare.stdout).not.toMatch(/::add-mask::Bearer/i);
      expect(commands(bare.stdout, 'warning').filter((c) => /empty/.test(c.message)).map((c) => c.message)).toEqual([
        expect.stringMatching(/^input 'headers': x-vercel-protection-bypass, Authorization \(only 'Bearer', no credential\) have empty values, so they are not sent — a secret not available to this run/),
      ]);
      expect(got.length).toBeGreaterThan(0);
      expect(got.every((h) => !('authorization' in h))).toBe(true);
      // Only a scheme left: said so, not called an empty value.
      const scheme = await run({ event: 'push', workspace: probed.dir, sha: probed.sha, inputs: { url, 'fail-on': 'none', headers: 'Authorization: Bearer ' }, payload: pushPayload({ after: probed.sha }) });
      expect(commands(scheme.stdout, 'warning').filter((c) => c.props === 'title=Preflight%3A empty header value').map((c) => c.message)).toEqual([
        expect.stringMatching(/^input 'headers': Authorization \(only 'Bearer', no credential\) is not sent — a secret not available to this run/),
      ]);
    } finally {
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });

  it('pull_request_target without the base commit in its payload fails rather than read the workspace checklist', async () => {
    const r = await run({ event: 'pull_request_target', payload: {} });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').some((c) => /no base commit/.test(c.message))).toBe(true);
    expect(r.report).toBeNull();
  });
});

describe('the commit the check run goes on is the one scanned', () => {
  it('pull_request: a workspace at another commit than the head (or its merge) is refused', async () => {
    const repo = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n' });
    const head = makeRepo({ '.env': 'API_TOKEN=x\n' }, repo.dir);
    execFileSync('git', ['-C', repo.dir, 'checkout', '-q', repo.sha]);
    addPull(41, { headSha: head.sha });
    // GITHUB_SHA names a commit the repository has (here the head itself); the workflow checked out the base instead.
    const r = await run({ event: 'pull_request', workspace: repo.dir, sha: head.sha, payload: pullRequestPayload({ number: 41, headSha: head.sha, baseSha: repo.sha }) });
    expect(r.code).toBe(1);
    // The base is an ancestor of the head: named so (QA44 action13 D1).
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).toMatch(/the workspace is at .*, an ancestor of the pull request's head .*, not the head nor a merge commit of it/);
    expect(gh.state.checkRuns.map((c) => [c.conclusion, c.output.title?.startsWith('Configuration error: Preflight did not run')])).toEqual([['failure', true]]); // stop 49: only the configuration error's failed check run
  });

  it('pull_request: a workspace that cannot be checked (GITHUB_SHA unknown to the repository) is scanned with a warning', async () => {
    const repo = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n' });
    const headSha = 'abcdef0123456789abcdef0123456789abcdef02';
    addPull(44, { headSha });
    const r = await run({ event: 'pull_request', workspace: repo.dir, sha: 'c0ffee'.repeat(6) + 'c0ff', payload: pullRequestPayload({ number: 44, headSha, baseSha: '1'.repeat(40) }) });
    assertClean(r);
    expect(commands(r.stdout, 'warning').some((c) => /neither the pull request's head abcdef012345 nor a merge commit of it, and GITHUB_SHA \(c0ffeec0ffee\) is not in the repository/.test(c.message))).toBe(true);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(headSha);
  });

  it('pull_request: a workspace at GITHUB_SHA is what the runner handed over: scanned, the check run on the payload\'s head', async () => {
    // A checkout of refs/pull/N/merge whose parents are not in the clone, or a harness's one-commit repository.
    const repo = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n' });
    const headSha = 'abcdef0123456789abcdef0123456789abcdef01';
    addPull(43, { headSha });
    const r = await run({ event: 'pull_request', workspace: repo.dir, sha: repo.sha, payload: pullRequestPayload({ number: 43, headSha, baseSha: '1'.repeat(40) }) });
    assertClean(r);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(headSha);
    expect(r.report!.items[0]).toMatchObject({ id: 'env' });
  });

  it('push: the check run goes on GITHUB_SHA (DESIGN), with a warning when the workspace holds another commit', async () => {
    const repo = makeRepo({ ...APP });
    const pushed = 'fedcba9876543210fedcba9876543210fedcba98';
    const r = await run({ event: 'push', workspace: repo.dir, sha: pushed, payload: pushPayload({ after: pushed }) });
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(pushed);
    expect(commands(r.stdout, 'warning').some((c) => /not the pushed commit fedcba987654 \(GITHUB_SHA\)/.test(c.message))).toBe(true);
  });

  it('pull_request on the merge commit: annotations and links are at the head\'s lines, the JSON report at the merge commit\'s', async () => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
    const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();
    const base = makeRepo({ '.github/preflight.yml': 'version: 1\nitems:\n  - { id: pinned, check: image-tag-pinned }\n', Dockerfile: 'FROM python:latest\nUSER app\n' });
    // The pull request changes another file; meanwhile the base branch adds six lines above the FROM.
    const head = makeRepo({ 'app.py': 'print(1)\n' }, base.dir);
    git(base.dir, 'checkout', '-q', '-b', 'main2', base.sha);
    // (The sixth is a stage of its own with a moving tag: a finding on a line the head does not have.)
    fs.writeFileSync(path.join(base.dir, 'Dockerfile'), `${'# syntax note\n'.repeat(5)}FROM node:latest AS tools\nFROM python:latest\nUSER app\n`);
    git(base.dir, 'commit', '-qam', 'base moves on');
    git(base.dir, 'merge', '-q', '--no-ff', '-m', 'merge', head.sha);
    const merge = git(base.dir, 'rev-parse', 'HEAD');
    addPull(42, { headSha: head.sha });
    const r = await run({ event: 'pull_request', workspace: base.dir, sha: merge, payload: pullRequestPayload({ number: 42, headSha: head.sha, baseSha: base.sha }) });
    assertClean(r);
    const cr = gh.state.checkRuns[0]!;
    expect(cr.head_sha).toBe(head.sha);
    expect(cr.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['Dockerfile:1']);
    expect(r.summary).toContain(`blob/${head.sha}/Dockerfile#L1`);
    expect(r.report!.findings.filter((f: { check: string }) => f.check === 'image-tag-pinned').map((f: { line: number }) => f.line)).toEqual([6, 7]);
    // The base branch's line is listed (at the merge commit's line), neither annotated nor linked to a head line.
    expect(r.summary).toContain('`Dockerfile:6`');
    expect(r.summary).not.toMatch(/blob\/[0-9a-f]+\/Dockerfile#L6/);

    // As actions/checkout leaves it by default: a depth-1 clone of the merge commit (its parents not fetched;
    // the head is fetched from origin to map lines, as GitHub serves any reachable commit).
    git(base.dir, 'branch', 'pr-merge', merge);
    git(base.dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr-merge', `file://${base.dir}`, shallow]);
    gh.reset();
    addPull(42, { headSha: head.sha });
    const s2 = await run({ event: 'pull_request', workspace: shallow, sha: merge, payload: pullRequestPayload({ number: 42, headSha: head.sha, baseSha: base.sha }) });
    assertClean(s2);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(head.sha);
    expect(gh.state.checkRuns[0]!.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['Dockerfile:1']);
  });

  it('workflow_run after checking out another commit: the check run goes on the commit the workspace holds', async () => {
    const repo = makeRepo({ ...APP });
    const other = makeRepo({ 'extra.txt': 'x\n' }, repo.dir);
    const r = await run({ event: 'workflow_run', workspace: repo.dir, sha: repo.sha, payload: { action: 'completed', workflow_run: { head_sha: other.sha } } });
    assertClean(r);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(other.sha);
  });

  it('deployment_status: the check run goes on the deployed commit, with a warning when the workspace holds another (a branch that moved on)', async () => {
    const repo = makeRepo({ ...APP });
    const deployed = 'fedcba9876543210fedcba9876543210fedcba98';
    const r = await run({ event: 'deployment_status', workspace: repo.dir, sha: deployed, payload: deploymentStatusPayload({ sha: deployed, state: 'success', environmentUrl: '' }) });
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(gh.state.checkRuns[0]!.head_sha).toBe(deployed);
    expect(commands(r.stdout, 'warning').some((c) => /not the deployed commit fedcba987654 \(deployment\.sha\)/.test(c.message))).toBe(true);
    gh.reset();
    const same = await run({ event: 'deployment_status', workspace: repo.dir, sha: repo.sha, payload: deploymentStatusPayload({ sha: repo.sha, state: 'success', environmentUrl: '' }) });
    expect(commands(same.stdout, 'warning').filter((c) => /deployed commit/.test(c.message))).toEqual([]);
  });

  it('deployment_status that did not succeed: nothing runs, nothing is written, a notice says why', async () => {
    const r = await run({ event: 'deployment_status', payload: deploymentStatusPayload({ sha: app.sha, state: 'failure', environmentUrl: 'https://preview.example.com' }) });
    expect(r.code).toBe(0);
    expect(gh.state.checkRuns).toEqual([]);
    expect(commands(r.stdout, 'notice').some((c) => /deployment_status 'failure': Preflight gates successful deployments only/.test(c.message))).toBe(true);
  });

  it('a successful deployment without environment_url says the probes need a URL; an unwritable job summary is a warning', async () => {
    const r = await run({ event: 'deployment_status', payload: deploymentStatusPayload({ sha: app.sha, state: 'success', environmentUrl: '' }), env: { GITHUB_STEP_SUMMARY: UNWRITABLE_SUMMARY } });
    expect(commands(r.stdout, 'notice').some((c) => /names no environment_url and the url input is empty: the probes run only if the checklist sets probes\.url/.test(c.message))).toBe(true);
    expect(commands(r.stdout, 'warning').some((c) => /The job summary could not be written/.test(c.message))).toBe(true);
    expect(gh.state.checkRuns).toHaveLength(1);
  });
});

describe('pull_request_target', () => {
  it('refuses a workspace that is not the pull request head (actions/checkout checks out the base by default)', async () => {
    const repo = makeRepo({ ...APP, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n' });
    // The pull request commits a .env; the workspace stays on the base commit.
    const head = makeRepo({ '.env': 'API_TOKEN=x\n' }, repo.dir);
    execFileSync('git', ['-C', repo.dir, 'checkout', '-q', repo.sha]);
    addPull(39, { headSha: head.sha });
    const r = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, payload: pullRequestPayload({ number: 39, headSha: head.sha, baseSha: repo.sha, headRepo: 'mallory/shop' }) });
    assertClean(r);
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').map((c) => c.message).join('\n')).toMatch(new RegExp(`the workspace is at ${repo.sha.slice(0, 12)}, not the pull request's head ${head.sha.slice(0, 12)}.*ref: \\$\\{\\{ github\\.event\\.pull_request\\.head\\.sha \\}\\}`));
    // No green check on files nobody scanned.
    expect(gh.state.checkRuns.filter((c) => c.conclusion === 'success')).toEqual([]);
    // Checked out at the head, the .env is found.
    execFileSync('git', ['-C', repo.dir, 'checkout', '-q', head.sha]);
    const ok = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, payload: pullRequestPayload({ number: 39, headSha: head.sha, baseSha: repo.sha, headRepo: 'mallory/shop' }) });
    expect(ok.report!.findings.map((f: { check: string }) => f.check)).toContain('env-file-committed');
  });

  it('reads the checklist from the base commit, not from the pull request head', async () => {
    // Base: the strict checklist. Head: the PR relaxes it to fail-on none.
    const repo = makeRepo(APP);
    const head = makeRepo({ '.github/preflight.yml': APP['.github/preflight.yml']!.replace('fail-on: high', 'fail-on: none') }, repo.dir);
    addPull(31, { headSha: head.sha });
    const r = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, payload: pullRequestPayload({ number: 31, headSha: head.sha, baseSha: repo.sha, headRepo: 'mallory/shop' }) });
    assertClean(r);
    expect(r.report!.failOn).toBe('high');
    expect(r.code).toBe(1);
    // pull_request_target has a write token even for forks: the check run is written on the head.
    expect(gh.state.checkRuns[0]!.head_sha).toBe(head.sha);
  });

  it('reads the baseline from the base commit: a pull request cannot baseline its own findings away', async () => {
    const repo = makeRepo({ ...APP, 'preflight-baseline.json': '{"version":1,"tool":"preflight","findings":[]}\n' });
    addPull(34);
    const payload = () => pullRequestPayload({ number: 34, headSha: repo.sha, baseSha: repo.sha, headRepo: 'mallory/shop' });
    // What a fork would record: every finding of the head, as the `baseline` command writes it.
    const first = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, payload: payload() });
    expect(first.code).toBe(1);
    const recorded = toBaseline(first.report!);
    expect(JSON.parse(recorded).findings.length).toBeGreaterThan(0);
    const head = makeRepo({ 'preflight-baseline.json': recorded }, repo.dir);
    addPull(35, { headSha: head.sha });
    const r = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, inputs: { baseline: 'preflight-baseline.json' }, payload: pullRequestPayload({ number: 35, headSha: head.sha, baseSha: repo.sha, headRepo: 'mallory/shop' }) });
    assertClean(r);
    expect(r.report!.findings.some((f) => f.baseline)).toBe(false);
    expect(r.code).toBe(1);
    // The base checklist's own `baseline:` (relative to it) is read from the base commit too: the
    // base knows every finding, the head empties the file — the base's wins.
    const withKey = APP['.github/preflight.yml']!.replace('version: 1\n', 'version: 1\nbaseline: known.json\n');
    expect(withKey).toContain('baseline: known.json');
    const base2 = makeRepo({ ...APP, '.github/preflight.yml': withKey, '.github/known.json': recorded });
    const head2 = makeRepo({ '.github/known.json': '{"version":1,"tool":"preflight","findings":[]}\n' }, base2.dir);
    addPull(37, { headSha: head2.sha });
    const viaKey = await run({ event: 'pull_request_target', workspace: base2.dir, sha: base2.sha, payload: pullRequestPayload({ number: 37, headSha: head2.sha, baseSha: base2.sha, headRepo: 'mallory/shop' }) });
    assertClean(viaKey);
    expect(viaKey.report!.findings.filter((f) => !f.note).every((f) => f.baseline)).toBe(true);
    // On pull_request the workspace's baseline counts (the PR's own branch, its own risk).
    addPull(36, { headSha: head.sha });
    const own = await run({ event: 'pull_request', workspace: repo.dir, sha: head.sha, inputs: { baseline: 'preflight-baseline.json' }, payload: pullRequestPayload({ number: 36, headSha: head.sha, baseSha: repo.sha }) });
    expect(own.report!.findings.some((f) => f.baseline)).toBe(true);
  });

  it('reads the CA file from the base commit: a pull request cannot make the probes trust its own CA', async () => {
    const pki = makePki();
    const server = await startHttps({ key: pki.valid.key, cert: pki.valid.cert }, respond(200, {}, 'ok'));
    try {
      const os = await import('node:os');
      const checklist = `version: 1\nfail-on: high\nprobes:\n  url: ${server.url}/\n  ca: ca.pem\nitems:\n  - { id: cert, check: certificate }\n`;
      // Base: a CA that did not issue the server's certificate. Head: the issuing CA.
      const repo = makeRepo({ '.github/preflight.yml': checklist, '.github/ca.pem': pki.selfSigned.cert, 'trusted.pem': pki.selfSigned.cert });
      const head = makeRepo({ '.github/ca.pem': pki.ca, 'trusted.pem': pki.ca }, repo.dir);
      addPull(38, { headSha: head.sha });
      const payload = pullRequestPayload({ number: 38, headSha: head.sha, baseSha: repo.sha, headRepo: 'mallory/shop' });
      const cert = (r: ActionRun) => r.report!.items.find((i: { id: string }) => i.id === 'cert');
      const viaChecklist = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, payload });
      assertClean(viaChecklist);
      expect(cert(viaChecklist).status).toBe('fail');
      // The \`ca\` input naming a repository file: the base commit's too.
      const viaInput = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, inputs: { ca: 'trusted.pem' }, payload });
      expect(cert(viaInput).status).toBe('fail');
      // A file outside the repository (written by an earlier step) is read from disk.
      const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-runner-temp-')), 'ca.pem');
      fs.writeFileSync(outside, pki.ca);
      const fromDisk = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, inputs: { ca: outside }, payload });
      expect(cert(fromDisk).status).toBe('pass');
      // On pull_request the working tree's CA is the one the branch ships with.
      addPull(39, { headSha: head.sha });
      const own = await run({ event: 'pull_request', workspace: repo.dir, sha: head.sha, payload: pullRequestPayload({ number: 39, headSha: head.sha, baseSha: repo.sha }) });
      expect(cert(own).status).toBe('pass');
      // A CA the base commit does not have is a configuration error, not the head's file.
      const missing = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, inputs: { ca: 'nope.pem' }, payload });
      expect(missing.stdout).toMatch(/CA file nope\.pem not found in the base commit/);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('runs the built-in preset when the base commit has no checklist, ignoring one the PR adds', async () => {
    const { '.github/preflight.yml': _omit, ...withoutChecklist } = APP;
    const repo = makeRepo(withoutChecklist);
    const head = makeRepo({ '.github/preflight.yml': 'version: 1\nfail-on: none\nitems: []\n' }, repo.dir);
    addPull(33, { headSha: head.sha });
    const r = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, inputs: { sarif: 'p.sarif' }, payload: pullRequestPayload({ number: 33, headSha: head.sha, baseSha: repo.sha, headRepo: 'mallory/shop' }) });
    assertClean(r);
    expect(r.stdout).not.toContain('Preflight configuration error');
    expect(r.report!.checklist).toEqual({ file: null, format: 'preset' });
    expect(r.report!.failOn).toBe('critical');
    expect(r.report!.items.length).toBeGreaterThan(5);
    expect(r.code).toBe(1);
  });

  it('uses the contents API when the base commit is not in the clone', async () => {
    const repo = makeRepo({ ...APP, '.github/preflight.yml': APP['.github/preflight.yml']!.replace('fail-on: high', 'fail-on: none') });
    const base = 'a'.repeat(40);
    gh.state.contents.set(`${base}:.github/preflight.yml`, APP['.github/preflight.yml']!);
    addPull(32);
    const r = await run({ event: 'pull_request_target', workspace: repo.dir, sha: repo.sha, payload: pullRequestPayload({ number: 32, headSha: repo.sha, baseSha: base }) });
    assertClean(r);
    expect(r.report!.failOn).toBe('high');
    expect(gh.state.requests.some((q) => q.template === '/repos/{owner}/{repo}/contents/{path}')).toBe(true);
  });
});
