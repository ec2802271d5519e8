import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsRedirect } from '../../src/probes/https-redirect.js';
import { makePki, type Pki } from '../servers/certs.js';
import { respond, startHttps, type Running } from '../servers/node.js';
import { freePort } from '../servers/procs.js';
import { evaluate, obsOf, probeLive } from './helpers.js';

// QA 51 (observatory D1): a target that speaks only TLS 1.0/1.1, with nothing on its plain-HTTP port, made https-redirect
// an `error` ("the target did not answer either") although the target answered (its TLS alert, and the legacy handshake
// the other probes of the run completed). A refused plain-HTTP port is then the documented pass with an `info` note.

const refused = { url: 'http://app.example/', error: 'connection refused by app.example:80' };
const mainFailed = (error: string) => ({ start: 'https://app.example/', hops: [], error });

describe('https-redirect: a target whose TLS handshake failed on what it sent did answer', () => {
  it("a TLS alert of the target's own (protocol version, handshake failure) or bytes that are no TLS: the info note", () => {
    for (const error of [
      'TLS handshake with app.example:443 failed (tlsv1 alert protocol version)',
      'TLS handshake with app.example:443 failed (sslv3 alert handshake failure); the server refused the versions and ciphers offered, or it requires a client certificate (mutual TLS), which Preflight does not present',
      'TLS handshake with app.example:443 failed (wrong version number); app.example:443 does not answer TLS (plain HTTP on that port?)',
    ]) {
      const out = evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: mainFailed(error) }));
      expect(out.error, error).toBeUndefined();
      expect(out.findings, error).toEqual([{ url: 'http://app.example/', note: true, message: 'no plain-HTTP listener at http://app.example/ (connection refused by app.example:80): nothing to redirect' }]);
    }
  });

  it('a legacy (TLS 1.0/1.1) or normal handshake another probe of the run completed says the target answered', () => {
    const timeout = mainFailed('no answer from app.example:443 within 10 s (timeout)');
    expect(evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: timeout, legacyTls: { accepted: true, protocol: 'TLSv1.1', protocols: ['TLSv1', 'TLSv1.1'] } })).error).toBeUndefined();
    expect(evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: timeout, tls: { protocol: 'TLSv1.3', authorized: true } })).error).toBeUndefined();
    // Neither completed (and no alert of the target's): still the host down.
    const none = evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: timeout, tls: { error: 'no answer from app.example:443 within 10 s (timeout)' }, legacyTls: { accepted: false, error: 'timeout' } }));
    expect(none.error).toMatch(/, and the target did not answer either \(no answer from app\.example:443/);
  });

  it("a proxy's TLS failure, or one raised on this machine, is no answer of the target: still an error", () => {
    for (const error of [
      'TLS handshake with the proxy proxy.example:3128 (HTTPS_PROXY) failed (wrong version number)',
      'TLS handshake with app.example:443 failed (no protocols available)',
    ]) {
      expect(evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: mainFailed(error) })).error, error).toMatch(/did not answer either/);
    }
  });
});

describe('https-redirect live: a Node https server speaking only TLS 1.0/1.1, its plain-HTTP port refused', () => {
  let pki: Pki;
  let legacy: Running;
  beforeAll(async () => {
    pki = makePki();
    legacy = await startHttps({ ...pki.valid, minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }, respond(200, {}, 'legacy'));
  }, 60_000);
  afterAll(async () => { await legacy?.close(); });

  it('passes with the info note (before: error "the target did not answer either"), alone or beside tls-version and certificate', async () => {
    const httpUrl = `http://127.0.0.1:${await freePort()}/`;
    const alone = (await probeLive({ url: legacy.url, httpUrl, ca: pki.ca, timeoutMs: 3000 }, ['https-redirect'])).get('https-redirect');
    expect(alone.error).toBeUndefined();
    expect(alone.findings).toEqual([expect.objectContaining({ note: true, message: expect.stringMatching(/^no plain-HTTP listener at http:\/\/127\.0\.0\.1:\d+\/ \(connection refused by 127\.0\.0\.1:\d+\): nothing to redirect$/) })]);
    const run = await probeLive({ url: legacy.url, httpUrl, ca: pki.ca, timeoutMs: 3000 }, ['https-redirect', 'tls-version', 'certificate']);
    expect(run.get('https-redirect').error).toBeUndefined();
    expect(run.get('https-redirect').findings).toEqual([expect.objectContaining({ note: true })]);
    // The other probes still fail the legacy-only server.
    expect(run.get('tls-version').findings.some((f) => !f.note)).toBe(true);
    expect(run.get('certificate').findings.map((f) => f.message)).toEqual([expect.stringMatching(/completes a TLS handshake only with TLSv1\.1/)]);
  }, 30_000);
});
