import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { saysNoAnswer } from '../../src/gate/baseline.js';
import { unanswered } from '../../src/probes/run.js';
import type { Observation } from '../../src/probes/observation.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, type Running } from '../servers/node.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

type Entry = { check: string; file: string | null; fingerprint: string; message?: string };
type Doc = { result: string; findings: (Entry & { baseline?: boolean })[] };

/** A URL on 127.0.0.1 where nothing listens (a server started and closed: its port is free again). */
async function closedUrl(): Promise<string> {
  const s = await startHttp((_req, res) => res.end());
  await s.close();
  return `${s.url}/`;
}

const DOCKERFILE = 'FROM python:3.12\nHEALTHCHECK CMD true\n';

// Review A B1 (stop 36): `preflight baseline` runs the probes; with the URL down, health-endpoint's "did not answer"
// finding was recorded like any other, and from then on the outage was a known finding: the gate passed with the
// deployment down.
describe('a baseline never records an outage', () => {
  let up: Running;
  beforeAll(async () => {
    // The page answers (no security headers); /healthz answers 503; /dead drops the connection without an answer.
    up = await startHttp((req, res) => {
      if (req.url === '/dead') { req.socket.destroy(); return; }
      res.writeHead(req.url === '/healthz' ? 503 : 200, { 'content-type': 'text/html' });
      res.end('<p>hi</p>');
    });
  });
  afterAll(async () => { await up.close(); });

  it('exits 2 and writes nothing when the URL does not answer (a closed port)', async () => {
    const url = await closedUrl();
    const repo = makeRepo({ Dockerfile: 'FROM python:latest\n', 'c.yml': 'version: 1\nitems:\n  - { id: health, check: health-endpoint }\n  - { id: pin, check: image-tag-pinned }\n' });
    const b = await cli(['baseline', '--checklist', 'c.yml', '--url', url, '--timeout', '2', '--output', 'bl.json'], repo);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^preflight: the URL did not answer: connection refused by 127\.0\.0\.1:\d+ — a baseline recorded now would hide an outage; run it when the deployment is up, or with --no-probes \(bl\.json was not written\)\n$/);
    expect(fs.existsSync(path.join(repo, 'bl.json'))).toBe(false);
    // To standard output: nothing either.
    const out = await cli(['baseline', '--checklist', 'c.yml', '--url', url, '--timeout', '2'], repo);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    // With every probe item of the preset (the plain-HTTP findings of certificate, hsts and tls-version need no answer).
    const preset = await cli(['baseline', '--url', url, '--timeout', '2'], repo);
    expect(preset.code).toBe(2);
    expect(preset.stdout).toBe('');
    // --no-probes: the static findings, as before.
    const statics = await cli(['baseline', '--checklist', 'c.yml', '--url', url, '--no-probes', '--output', 'bl.json'], repo);
    expect(statics.code).toBe(0);
    expect((JSON.parse(fs.readFileSync(path.join(repo, 'bl.json'), 'utf8')) as { findings: Entry[] }).findings.map((e) => e.check)).toEqual(['image-tag-pinned']);
  });

  it('records the probe findings of a URL that answers, a 503 health endpoint included, but not a path that did not answer', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, 'c.yml': 'version: 1\nitems:\n  - { id: health, check: health-endpoint, options: { paths: [/healthz] } }\n  - { id: sh, check: security-headers }\n' });
    const b = await cli(['baseline', '--checklist', 'c.yml', '--url', `${up.url}/`, '--timeout', '2'], repo);
    expect(b.code).toBe(0);
    const recorded = (JSON.parse(b.stdout) as { findings: Entry[] }).findings;
    expect(recorded.filter((e) => e.check === 'health-endpoint').map((e) => e.message)).toEqual(['health endpoint /healthz answered HTTP 503 instead of 2xx']);
    expect(recorded.filter((e) => e.check === 'security-headers')).toHaveLength(4);

    // A health path that drops the connection while the page answers: the target answers, so the baseline is written,
    // without that path's "did not answer" finding.
    fs.writeFileSync(path.join(repo, 'c.yml'), 'version: 1\nitems:\n  - { id: health, check: health-endpoint, options: { paths: [/dead] } }\n  - { id: sh, check: security-headers }\n');
    const scan = await cli(['--checklist', 'c.yml', '--url', `${up.url}/`, '--timeout', '2', '--format', 'json'], repo);
    expect((JSON.parse(scan.stdout) as Doc).findings.filter((f) => f.check === 'health-endpoint').map((f) => f.message)).toEqual([expect.stringMatching(/^health endpoint \/dead did not answer: /)]);
    const dead = await cli(['baseline', '--checklist', 'c.yml', '--url', `${up.url}/`, '--timeout', '2'], repo);
    expect(dead.code).toBe(0);
    expect((JSON.parse(dead.stdout) as { findings: Entry[] }).findings.map((e) => e.check)).toEqual(['security-headers', 'security-headers', 'security-headers', 'security-headers']);
  });

  it('an old baseline that recorded the outage does not make a later run against the dead URL pass', async () => {
    const url = await closedUrl();
    const repo = makeRepo({ Dockerfile: DOCKERFILE, 'c.yml': 'version: 1\nitems:\n  - { id: health, check: health-endpoint }\n' });
    const scan = await cli(['--checklist', 'c.yml', '--url', url, '--timeout', '2', '--format', 'json'], repo);
    expect(scan.code).toBe(1);
    const outage = (JSON.parse(scan.stdout) as Doc).findings.find((f) => f.check === 'health-endpoint')!;
    expect(outage.message).toMatch(/did not answer: connection refused/);
    // As the earlier release wrote it (with its message), and by fingerprint alone.
    for (const entry of [{ check: outage.check, file: null, fingerprint: outage.fingerprint, message: outage.message }, { check: outage.check, file: null, fingerprint: outage.fingerprint }]) {
      fs.writeFileSync(path.join(repo, 'bl.json'), JSON.stringify({ version: 2, tool: 'preflight', findings: [entry] }));
      const run = await cli(['--checklist', 'c.yml', '--url', url, '--timeout', '2', '--baseline', 'bl.json', '--fail-on', 'info', '--format', 'json'], repo);
      const doc = JSON.parse(run.stdout) as Doc;
      expect(doc.result).toBe('fail');
      expect(doc.findings.filter((f) => f.check === 'health-endpoint' && !f.baseline)).toHaveLength(1);
      expect(run.code).toBe(1);
    }
  });
});

describe('what counts as no answer', () => {
  it('a finding that says a request did not answer; not one that names such a hop about another problem', () => {
    expect(saysNoAnswer({ file: null, message: 'health endpoint /healthz did not answer: connection refused by 127.0.0.1:9' })).toBe(true);
    expect(saysNoAnswer({ file: null, message: 'health endpoint / redirects to http://h/up, which did not answer: timed out after 10 s' })).toBe(true);
    expect(saysNoAnswer({ file: null, message: 'https://h/ redirects to http://h/, leaving HTTPS for plain HTTP (which did not answer: connection refused by h:80); redirect to https:// only' })).toBe(false);
    expect(saysNoAnswer({ file: null, message: 'health endpoint /healthz answered HTTP 503 instead of 2xx' })).toBe(false);
  });

  const base: Observation = { url: 'https://app.example/', at: '2026-01-01T00:00:00Z', allowSelfSigned: false, defaultHealthPaths: ['/'] };
  it('nothing at the target answered: the first failure; any answer there (a 5xx, a handshake, a dropped request) is one', () => {
    expect(unanswered({ ...base, tls: { error: 'connection refused by app.example:443' }, main: { start: 'https://app.example/', hops: [], error: 'connection refused by app.example:443' } })).toBe('connection refused by app.example:443');
    expect(unanswered({ ...base, health: { '/': { chain: { start: 'https://app.example/', hops: [], error: 'timed out after 2 s' }, attempts: 1, waitedMs: 2000 } } })).toBe('timed out after 2 s');
    const answer = { url: 'https://app.example/', status: 503, headers: {}, body: '', ms: 3 };
    expect(unanswered({ ...base, main: { start: 'https://app.example/', hops: [answer] } })).toBeUndefined();
    expect(unanswered({ ...base, tls: { protocol: 'TLSv1.3', authorized: true } })).toBeUndefined();
    expect(unanswered({ ...base, sensitive: { '/.env': { url: 'https://app.example/.env', error: 'connection reset', dropped: true } } })).toBeUndefined();
    // Another origin answering (the plain-HTTP listener of an https:// target) is not the URL given answering.
    expect(unanswered({ ...base, tls: { error: 'connection refused by app.example:443' }, plainHttp: { url: 'http://app.example/', response: { ...answer, url: 'http://app.example/', status: 301 } } })).toBe('connection refused by app.example:443');
  });
});
