// QA stop 35 (payloads round 3): GitHub's size limits count UTF-8 bytes (D1), and a 429 is a rate limit that is
// waited for as GitHub says, never retried blindly (D2).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { createClient } from '../../src/github/client.js';
import { COMMENT_LIMIT, upsertComment } from '../../src/github/comment.js';
import { cutBytes, cutTitle, toCheckAnnotation } from '../../src/github/sanitize.js';
import type { CheckAnnotation } from '../../src/github/sanitize.js';
import { cutText, renderFindingList, renderMarkdown } from '../../src/report/markdown.js';
import { silentLogger } from '../../src/types.js';
import type { Finding, Report } from '../../src/types.js';
import { sampleReport } from '../report/sample-report.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';

const TOKEN = 'ghs_limits_stop35_token';
const repo = { owner: 'acme', repo: 'shop' };
let gh: FakeGitHub;
beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
afterAll(async () => { await gh.close(); });
beforeEach(() => { gh.reset(); });

const lines: string[] = [];
const logger = { ...silentLogger, info: (m: string) => { lines.push(m); } };
const client = () => createClient({ token: TOKEN, baseUrl: gh.url, logger, retryMs: 1 });
const annotations = (n: number): CheckAnnotation[] => Array.from({ length: n }, (_, i) => ({
  path: `svc-${i}/Dockerfile`, start_line: 1, end_line: 1, annotation_level: 'failure', message: `finding ${i}`, title: `t${i}`,
}));
const input = (n: number) => ({ ...repo, name: 'Preflight', headSha: 'a'.repeat(40), conclusion: 'failure' as const, title: 'Failed', summary: 'summary', annotations: annotations(n) });

const bytes = (s: string) => Buffer.byteLength(s);
/** Well-formed: no lone surrogate, no U+FFFD from a character cut in two. */
const wellFormed = (s: string) => s.isWellFormed() && !s.includes('\uFFFD');

/** A report of `n` findings with Preflight's own punctuation (`—`, `…`) and non-ASCII messages and titles. */
function report(n: number): Report {
  const base = sampleReport();
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: `Größe ü 🚀 svc-${i} nutzt das Tag „latest“ — bitte anheften`,
    file: `k8s/svc-${i}.yaml`, line: 3, column: 1, fix: 'Pin a version — e.g. `image: app:1.2.3`…', url: null, fingerprint: `fp-${i}`,
  }));
  return { ...base, items: base.items.map((i) => (i.id === 'pinned' ? { ...i, title: 'Container-Images sind gepinnt ✅' } : i)), findings: [...base.findings, ...findings] };
}

describe('D1: summary, text and comment are cut by UTF-8 bytes', () => {
  it('a summary and text under 65,535 characters but over 65,535 bytes are cut to the bytes, with a note, and GitHub takes them', async () => {
    // 52,000 characters, 76,000 bytes.
    const long = `${'✅ ok — fine…\n'.repeat(4_000)}`;
    expect(long.length).toBeLessThan(65_535);
    expect(bytes(long)).toBeGreaterThan(65_535);
    const res = await publishCheckRun(client(), { ...input(0), summary: long, text: long });
    expect(gh.violations()).toEqual([]);
    expect(res.id).toBeGreaterThan(0);
    const out = gh.state.checkRuns[0]!.output;
    for (const t of [out.summary!, out.text!]) {
      expect(bytes(t)).toBeLessThanOrEqual(65_535);
      expect(t).toMatch(/…\(cut: the report is longer than GitHub accepts here/);
      expect(wellFormed(t)).toBe(true);
    }
  });

  it('the rendered summary and finding list of a large report fit GitHub\'s bytes (the action\'s options)', () => {
    const r = report(3_000);
    const summary = renderMarkdown(r, { maxBytes: 65_535 });
    const text = renderFindingList(r, { maxChars: 65_535, maxBytes: 65_535 });
    for (const t of [summary, text]) {
      expect(bytes(t)).toBeLessThanOrEqual(65_535);
      expect(wellFormed(t)).toBe(true);
    }
    expect(text).toMatch(/cut: the report is longer than GitHub accepts here/);
  });

  it('cutText never leaves half a character or half a surrogate pair, at any cut', () => {
    const text = `${'a😀é€\n'.repeat(50)}`;
    for (let max = 200; max < 600; max += 7) {
      const cut = cutText(text, 10_000, max);
      expect(bytes(cut)).toBeLessThanOrEqual(max);
      expect(wellFormed(cut)).toBe(true);
    }
  });

  it('the pull request comment is cut to GitHub\'s limit in bytes', async () => {
    gh.state.pulls.set(3, { number: 3, body: '', author: 'alice', headSha: 'a'.repeat(40), files: [] });
    const marker = '<!-- preflight:sticky-comment Preflight -->';
    const body = `${marker}\n${'ü — 🚀 …\n'.repeat(6_000)}`;
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(bytes(body)).toBeGreaterThan(COMMENT_LIMIT);
    await upsertComment(client(), repo, 3, marker, body, 'github-actions[bot]');
    const posted = gh.state.comments.get(3)![0]!.body;
    expect(bytes(posted)).toBeLessThan(COMMENT_LIMIT);
    expect(posted.startsWith(marker)).toBe(true);
    expect(posted).toMatch(/cut: the report is longer/);
    expect(wellFormed(posted)).toBe(true);
  });

  it('titles are cut to 255 bytes with a marker, messages to 64 KB, never inside a character', () => {
    const title = `${'ä'.repeat(126)}🚀 and more`;
    expect(title.length).toBeLessThanOrEqual(255);
    const cut = cutTitle(title);
    expect(bytes(cut)).toBeLessThanOrEqual(255);
    expect(cut.endsWith('…')).toBe(true);
    expect(wellFormed(cut)).toBe(true);
    for (let max = 4; max < 40; max++) expect(wellFormed(cutBytes('x😀'.repeat(20), max))).toBe(true);
    const a = toCheckAnnotation({ file: 'Dockerfile', line: 1, endLine: null, column: null, level: 'failure', severity: 'high', check: 'c', title, message: '€'.repeat(30_000) });
    expect(bytes(a!.title!)).toBeLessThanOrEqual(255);
    expect(bytes(a!.message)).toBeLessThanOrEqual(64 * 1024);
    expect(a!.message.endsWith('…')).toBe(true);
  });

  it('the check run title is cut to 255 bytes', async () => {
    await publishCheckRun(client(), { ...input(0), title: `Failed: ${'ö'.repeat(200)}` });
    const t = gh.state.checkRuns[0]!.output.title!;
    expect(bytes(t)).toBeLessThanOrEqual(255);
    expect(t.endsWith('…')).toBe(true);
  });
});

describe('D2: an HTTP 429 is a rate limit, waited for as GitHub says (never retried blindly)', () => {
  beforeEach(() => {
    lines.length = 0;
    gh.state.pulls.set(1, { number: 1, body: '', author: 'a', headSha: 'a'.repeat(40), files: [] });
  });
  const get = (c: ReturnType<typeof createClient>) => c.rest.pulls.get({ ...repo, pull_number: 1 });
  const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  const limit429 = (headers: Record<string, string>, times = 100, message = SECONDARY) => gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status: 429, times, message, headers });

  it('a 429 secondary limit that lifts in two hours: one request, given up at once, said once', async () => {
    limit429({ 'retry-after': '7200' });
    await expect(get(client())).rejects.toMatchObject({ status: 429 });
    expect(gh.state.requests).toHaveLength(1);
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; giving up (it lifts in 7200 s, and Preflight waits only for limits that lift within 60 s)']);
  });

  it('a 429 whose Retry-After is within a minute is waited for (said in the log), at most three times', async () => {
    limit429({ 'retry-after': '20' }, 1);
    await expect(get(client())).resolves.toMatchObject({ status: 200 });
    expect(gh.state.requests).toHaveLength(2);
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 20 s']);
    gh.state.requests.length = 0;
    lines.length = 0;
    limit429({ 'retry-after': '1' });
    await expect(get(client())).rejects.toMatchObject({ status: 429 });
    expect(gh.state.requests).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/giving up \(retried 3 times already\)$/);
    // Nothing retried after "giving up".
    expect(lines.filter((l) => /giving up/.test(l))).toHaveLength(1);
  });

  it('a 429 that names no limit is waited for as a secondary one (its Retry-After, else 60 s)', async () => {
    limit429({ 'retry-after': '3' }, 1, 'Too Many Requests');
    await expect(get(client())).resolves.toMatchObject({ status: 200 });
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 3 s']);
    lines.length = 0;
    limit429({}, 1, 'Too Many Requests');
    await expect(get(client())).resolves.toMatchObject({ status: 200 });
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 60 s']);
  });

  it('a 429 primary limit (x-ratelimit-remaining: 0) waits for x-ratelimit-reset, or gives up at once', async () => {
    const reset = (s: number) => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + s) });
    limit429(reset(3600), 100, 'API rate limit exceeded for installation ID 1.');
    await expect(get(client())).rejects.toMatchObject({ status: 429 });
    expect(gh.state.requests).toHaveLength(1);
    expect(lines).toEqual([expect.stringMatching(/^GitHub API rate limit reached on GET .*; giving up \(it lifts in \d+ s, and Preflight waits only for limits that lift within 60 s\)$/)]);
  });

  it('5xx is still retried by the retry plugin', async () => {
    gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status: 502, times: 2 });
    await expect(get(client())).resolves.toMatchObject({ status: 200 });
    expect(gh.state.requests).toHaveLength(3);
  });

  it('annotation batches stopped by a long 429: one PATCH, no summary rewrite under the limit, the run is kept', async () => {
    gh.state.faults.push({ method: 'PATCH', path: /check-runs\/\d+$/, status: 429, times: 100, message: SECONDARY, headers: { 'retry-after': '7200' } });
    const res = await publishCheckRun(client(), { ...input(1000), summary: (unposted: number) => `summary, ${unposted} not posted` });
    expect(gh.state.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(res).toMatchObject({ annotated: 50, failed: 950, failedBatches: 19, batches: 20, summaryUpdated: false });
    expect(gh.state.checkRuns).toHaveLength(1);
  });
});

describe('D3/D4 wording in the summaries (renderMarkdown)', () => {
  it('one finding from the base branch is said in the singular; the merge commit\'s lines are said when not mapped', () => {
    const r = sampleReport();
    const env = r.findings.find((f) => f.check === 'env-file-committed')!;
    const md = renderMarkdown(r, { linkBase: 'https://github.com/acme/shop/blob/abc', fromBase: (f) => f === env });
    expect(md).toContain('1 finding comes from the base branch, not from this pull request: its line is in the merge commit (`refs/pull/42/merge`)');
    expect(md).toContain('  - `.env:1` _(from the base branch: merge-commit line)_ **critical**');
    expect(md).toContain('[`Dockerfile:1`](https://github.com/acme/shop/blob/abc/Dockerfile#L1)');
    expect(renderMarkdown(r, { mergeLines: true })).toContain('Line numbers are those of the merge commit (`refs/pull/42/merge`): the pull request\'s head could not be compared with it');
    expect(renderMarkdown(r)).not.toMatch(/base branch|Line numbers are those/);
  });

  it('a tick leaving a template\'s blank empty says to fill it in; hints for items no longer pending are not shown', () => {
    const r = sampleReport();
    const md = renderMarkdown(r, { signoffHints: [{ tick: 'backup restore procedure has been tested:', items: ['backups-tested'], kind: 'blank' }, { tick: 'runbook written', items: ['runbook'], kind: 'title' }] });
    expect(md).toContain('- "backup restore procedure has been tested:" (for `backups-tested`): leaves its blank empty; fill the blank in, or tick the item\'s id');
    // `runbook` is attested: nothing to say on it.
    expect(md).not.toContain('runbook written');
  });
});
