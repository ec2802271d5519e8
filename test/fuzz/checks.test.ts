import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import type { RawFinding } from '../../src/checks/define.js';
import { executeCheck, parseOptions } from '../../src/engine/execute.js';
import { PROBES } from '../../src/probes/index.js';
import type { Chain, Fetched, HttpResponse, Observation } from '../../src/probes/observation.js';
import { Snapshot } from '../../src/repo/snapshot.js';
import { anyText, fuzzOptions, fuzzTimeout, RUNS, tokenText } from './arbitraries.js';
import { repo, writeRepo } from './repos.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-fuzz-checks-'));
afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

function write(files: Record<string, string>): Snapshot {
  return new Snapshot(writeRepo(tmp, files), Object.keys(files).sort());
}

function assertFinding(f: RawFinding, files: Record<string, string>, where: string) {
  expect(typeof f.message, where).toBe('string');
  expect(f.message.trim().length, where).toBeGreaterThan(0);
  expect(f.message, where).not.toMatch(/undefined|\[object Object\]|NaN/);
  // The one finding about something no file lacks: no .gitignore and no env file anywhere near.
  if (!f.file && where === 'env-file-not-ignored' && /^no \.gitignore ignores /.test(f.message)) return;
  expect(f.file, `${where}: finding without a file: ${f.message}`).toBeTruthy();
  expect(files[f.file!] !== undefined || f.file === '.gitignore', `${where}: unknown file ${f.file}`).toBe(true);
  expect(Number.isInteger(f.line) && f.line! >= 1, `${where}: line ${f.line} for ${f.message}`).toBe(true);
  if (f.column !== undefined && f.column !== null) expect(f.column, where).toBeGreaterThanOrEqual(1);
}

describe('every registered check on fuzzed repositories', () => {
  const fired = new Set<string>();
  it('has checks to fuzz', () => { expect(CHECKS.length).toBeGreaterThan(0); });
  it('never errors or throws; every finding is located in a file of the repository', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    await fc.assert(fc.asyncProperty(repo, async (files) => {
      const snap = write(files);
      for (const check of CHECKS) {
        const out = await executeCheck(check, snap, parseOptions(check, {}), now);
        expect(out.error, `${check.id} on ${JSON.stringify(files)}`).toBeUndefined();
        for (const f of out.findings) assertFinding(f, files, check.id);
        if (out.findings.length) fired.add(check.id);
      }
    }), fuzzOptions(Math.max(20, Math.round(RUNS / 2))));
    if (process.env["FUZZ_DEBUG"]) console.log(`fired ${fired.size}/${CHECKS.length}: ${[...fired].sort().join(" ")}`);
    // The inputs must reach the checks' logic, not bounce off: most checks fire at least once.
    expect(fired.size, `fired: ${[...fired].join(', ')}`).toBeGreaterThanOrEqual(Math.ceil(CHECKS.length / 2));
  }, fuzzTimeout(200));
});

const HEADER_NAMES = ['strict-transport-security', 'content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'set-cookie', 'server', 'x-powered-by',
  'access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'location', 'content-type', 'www-authenticate', 'x-debug-token'];
const HEADER_TOKENS = ['max-age=', '31536000', '0', '-1', '1e99', ';', ',', ' ', 'includeSubDomains', 'preload', "'self'", "'unsafe-inline'", "'unsafe-eval'", "'nonce-abc'", '*', 'https:', 'script-src ', 'default-src ',
  'frame-ancestors ', 'DENY', 'SAMEORIGIN', 'nosniff', 'no-referrer', 'unsafe-url', 'session=', 'sid=', 'Secure', 'HttpOnly', 'SameSite=', 'None', 'Lax', 'Werkzeug/3.0.1', 'nginx/1.25', 'Express', 'PHP/8',
  'null', 'true', 'https://evil.example', 'http://169.254.169.254/', '/login', 'https://sso.example/auth', '\t', '"', '='];
const headerValue = fc.oneof({ weight: 4, arbitrary: tokenText(HEADER_TOKENS, 12) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) });
// The collector records absolute URLs it requested; raw server input is fuzzed in headers (location) instead.
const url = fc.constantFrom('https://app.example.com/', 'http://app.example.com/', 'https://app.example.com/health', 'https://app.example.com:8443/x?y=1', 'https://other.example/', 'http://169.254.169.254/latest');
const response: fc.Arbitrary<HttpResponse> = fc.record({
  url,
  status: fc.oneof(fc.constantFrom(200, 204, 301, 302, 307, 308, 401, 403, 404, 500, 503), fc.integer({ min: 0, max: 999 })),
  headers: fc.dictionary(fc.constantFrom(...HEADER_NAMES), fc.array(headerValue, { maxLength: 3 }), { maxKeys: 8 }),
  body: fc.oneof(fc.constantFrom('', 'ok', 'DB_PASSWORD=x\nSECRET=y\n', '[core]\n\trepositoryformatversion = 0\n', 'ref: refs/heads/main\n', '<title>Werkzeug Debugger</title>', 'Using the URLconf defined in', '<html></html>'), anyText),
  truncated: fc.option(fc.boolean(), { nil: undefined }),
  ms: fc.oneof(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.constant(0)),
});
const fetched: fc.Arbitrary<Fetched> = fc.record({ url, response: fc.option(response, { nil: undefined }), error: fc.option(fc.constantFrom('ECONNREFUSED', 'timeout', 'ENOTFOUND'), { nil: undefined }) });
const chain: fc.Arbitrary<Chain> = fc.record({
  start: url, hops: fc.array(response, { maxLength: 4 }),
  error: fc.option(fc.constantFrom('ECONNRESET', 'timeout'), { nil: undefined }),
  stopped: fc.option(fc.record({ location: url, reason: fc.constantFrom('off-host', 'metadata', 'limit', 'bad-location') }), { nil: undefined }),
}, { requiredKeys: ['start', 'hops'] });
const isoDate = fc.oneof(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('garbage', ''));
const cert = fc.record({ subject: fc.string(), issuer: fc.string(), validFrom: isoDate, validTo: isoDate, selfIssued: fc.boolean(), subjectAltName: fc.option(fc.constantFrom('DNS:app.example.com', 'IP Address:127.0.0.1', 'DNS:*.example.com', ''), { nil: undefined }) });
const observation: fc.Arbitrary<Observation> = fc.record({
  url: fc.constantFrom('https://app.example.com', 'http://app.example.com', 'https://127.0.0.1:8443'),
  at: fc.constant('2026-12-01T00:00:00.000Z'),
  allowSelfSigned: fc.boolean(),
  headersWithheld: fc.option(fc.boolean(), { nil: undefined }),
  defaultHealthPaths: fc.array(fc.constantFrom('/', '/health', '/ready'), { maxLength: 2 }),
  tls: fc.option(fc.record({ error: fc.option(fc.constantFrom('ECONNREFUSED', 'handshake timeout'), { nil: undefined }), protocol: fc.option(fc.constantFrom('TLSv1.3', 'TLSv1.2', 'TLSv1', 'SSLv3', 'x'), { nil: undefined }), cipher: fc.option(fc.string(), { nil: undefined }), authorized: fc.option(fc.boolean(), { nil: undefined }), authorizationError: fc.option(fc.constantFrom('CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'), { nil: undefined }), hostnameError: fc.option(fc.string(), { nil: undefined }), chain: fc.option(fc.array(cert, { maxLength: 3 }), { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined }),
  legacyTls: fc.option(fc.record({ accepted: fc.boolean(), protocol: fc.option(fc.constantFrom('TLSv1', 'TLSv1.1'), { nil: undefined }), error: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['accepted'] }), { nil: undefined }),
  main: fc.option(chain, { nil: undefined }),
  plainHttp: fc.option(fetched, { nil: undefined }),
  health: fc.option(fc.dictionary(fc.constantFrom('/', '/health', '/ready'), fc.record({ chain, attempts: fc.nat(10), waitedMs: fc.nat(100000) })), { nil: undefined }),
  cors: fc.option(fc.record({ origin: fc.constant('https://evil.example'), get: fc.option(fetched, { nil: undefined }), preflight: fc.option(fetched, { nil: undefined }), nullOrigin: fc.option(fetched, { nil: undefined }) }, { requiredKeys: ['origin'] }), { nil: undefined }),
  notFound: fc.option(fetched, { nil: undefined }),
  sensitive: fc.option(fc.dictionary(fc.constantFrom('/.env', '/.git/config', '/.git/HEAD'), fetched), { nil: undefined }),
  timing: fc.option(fc.dictionary(fc.constantFrom('/', '/health'), fc.record({ samples: fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { maxLength: 6 }), error: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['samples'] })), { nil: undefined }),
}, { requiredKeys: ['url', 'at', 'allowSelfSigned', 'defaultHealthPaths'] });

describe('every registered probe over fuzzed observations', () => {
  it('has probes to fuzz', () => { expect(PROBES.length).toBeGreaterThan(0); });
  it('never throws; reports well-formed findings, or an error or skip reason', () => {
    fc.assert(fc.property(observation, (obs) => {
      for (const probe of PROBES) {
        const findings: RawFinding[] = [];
        const reasons: string[] = [];
        probe.evaluate(obs, { options: parseOptions(probe, {}), report: (f) => { findings.push(f); }, error: (r) => { reasons.push(r); }, skip: (r) => { reasons.push(r); } });
        for (const r of reasons) expect(typeof r === 'string' && r.length > 0, probe.id).toBe(true);
        for (const f of findings) {
          expect(f.message.trim().length, probe.id).toBeGreaterThan(0);
          expect(f.message, `${probe.id}: ${f.message}`).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
        }
      }
    }), fuzzOptions());
  }, fuzzTimeout(30));
});
