import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, STRONG_HEADERS, type Running } from '../servers/node.js';

/**
 * QA44 contract2 D2: a bad --http-url or --ca is a usage error (exit 2) whether or not a URL is given, as a bad
 * --timeout is; a good one changes nothing when there is no URL.
 */
async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stdout, stderr };
}

let server: Running;
let pki: Pki;
const requests: http.IncomingHttpHeaders[] = [];
beforeAll(async () => {
  pki = makePki();
  server = await startHttp((req, res) => { requests.push(req.headers); res.writeHead(200, STRONG_HEADERS); res.end('ok'); });
});
afterAll(async () => { await server.close(); });

const CHECKLIST = 'version: 1\nitems:\n  - id: redir\n    check: https-redirect\n  - id: cert\n    check: certificate\n';
const files = () => ({
  'preflight.yml': CHECKLIST,
  'Dockerfile': 'FROM node:22.11-slim\nUSER 10001\n',
  'certs/ca.pem': pki.ca,
  'certs/notes.txt': 'not a certificate\n',
  'key.pem': '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
});

describe('--http-url and --ca are judged without --url too (QA44 D2)', () => {
  it.each([
    [['--http-url', 'staging.example.com'], /^preflight: --http-url 'staging\.example\.com': expected a plain http:\/\/ URL/],
    [['--http-url', 'https://127.0.0.1:1/'], /^preflight: --http-url 'https:\/\/127\.0\.0\.1:1\/': expected a plain http:\/\/ URL .*, not https:\/\//],
    [['--ca', 'missing.pem'], /^preflight: CA file missing\.pem \(--ca\) not found/],
    [['--ca', 'certs/notes.txt'], /^preflight: CA file certs\/notes\.txt \(--ca\) is not a PEM certificate/],
    [['--ca', 'key.pem'], /^preflight: CA file key\.pem \(--ca\) holds no certificate/],
    [['--ca', 'certs'], /^preflight: CA file certs \(--ca\) is a directory/],
  ])('%j exits 2 with no URL, as it does with one', async (flags, message) => {
    const repo = makeRepo(files());
    const without = await cli(flags, repo);
    expect(without.code, without.stderr).toBe(2);
    expect(without.stderr).toMatch(message);
    expect(without.stdout).toBe('');
    // `preflight baseline` takes the probe flags too.
    const baseline = await cli(['baseline', ...flags], repo);
    expect(baseline.code, baseline.stderr).toBe(2);
    expect(baseline.stderr).toMatch(message);
    // With a URL (and --no-probes), the same message as before.
    const before = requests.length;
    const withUrl = await cli([...flags, '--url', `${server.url}/`, '--no-probes'], repo);
    expect(withUrl.code).toBe(2);
    expect(withUrl.stderr).toMatch(message);
    expect(requests.length).toBe(before);
  });

  it('when the checklist URL names a variable that is not set (probes skipped), a bad --ca is still an error', async () => {
    const repo = makeRepo({ ...files(), 'preflight.yml': `version: 1\nprobes:\n  url: \${PREFLIGHT_URL}\n${CHECKLIST.replace('version: 1\n', '')}` });
    const r = await cli(['--ca', 'missing.pem'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^preflight: CA file missing\.pem \(--ca\) not found/);
  });

  it('a good --http-url and a PEM --ca pass without a URL (the probe items skipped), and are used with one', async () => {
    const repo = makeRepo(files());
    const r = await cli(['--http-url', 'http://127.0.0.1:1/', '--ca', 'certs/ca.pem', '--format', 'json'], repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { items: { id: string; status: string }[] };
    expect(doc.items.map((i) => i.status)).toEqual(['skipped', 'skipped']);
    // With the URL: probed, the --http-url the redirect probe's origin.
    const before = requests.length;
    const probed = await cli(['--url', `${server.url}/`, '--http-url', `${server.url}/`, '--ca', 'certs/ca.pem', '--format', 'json'], repo);
    expect([1, 0]).toContain(probed.code);
    expect(requests.length).toBeGreaterThan(before);
    const items = (JSON.parse(probed.stdout) as { items: { id: string; status: string }[] }).items;
    expect(items.every((i) => i.status !== 'skipped')).toBe(true);
  });
});
