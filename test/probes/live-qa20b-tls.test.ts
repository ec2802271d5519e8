import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIntermediateLeaf, makePki, makeWeakLeaves, type ChainedLeaf, type Pki, type WeakLeaves } from '../servers/certs.js';
import { respond, startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA round 20 (TLS and certificate edge cases): private root → intermediate → leaf chains, served by Node.

let pki: Pki;
let chained: ChainedLeaf;
let weak: WeakLeaves;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };
const ok = respond(200, STRONG_HEADERS, 'ok');

beforeAll(() => { pki = makePki(); chained = makeIntermediateLeaf(pki); weak = makeWeakLeaves(pki, { byIntermediate: true }); });
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

describe('certificate: a weak leaf issued by a private intermediate the server sends along', () => {
  it('is two findings without the root: the weak key or signature, and the untrusted issuer', async () => {
    // OpenSSL reports the weak key (Node: UNSPECIFIED) instead of the missing trust: the chain is checked apart.
    for (const pem of [weak.rsa1024, weak.sha1]) {
      const srv = await up(startHttps({ key: pem.key, cert: pem.cert + chained.intermediate, ciphers: 'DEFAULT@SECLEVEL=0' }, ok));
      const f = failuresOf((await probeLive({ url: srv.url }, ['certificate'])).get('certificate'), 'certificate');
      expect(f.map((x) => [x.severity, /clients refuse/.test(x.message) ? 'weak' : x.message]).sort(), srv.url).toEqual([
        ['critical', `the certificate of ${srv.url} is not trusted: the chain the server sends ends at Preflight Test Intermediate, whose issuer CN=Preflight Test CA is not a trusted CA; use a certificate from a trusted CA, or, if CN=Preflight Test CA is a private CA, pass it with --ca (the action input ca, or probes.ca)`],
        ['critical', 'weak'],
      ]);
      const allowed = failuresOf((await probeLive({ url: srv.url, allowSelfSigned: true }, ['certificate'])).get('certificate'), 'certificate');
      expect(allowed.map((x) => x.severity).sort()).toEqual(['critical', 'low']);
      // With the root given, only the weakness is left.
      const trusted = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate');
      expect(trusted.map((x) => x.message)).toEqual([expect.stringMatching(/clients refuse/)]);
    }
  });
});

describe('certificate: --ca naming the private intermediate CA, not its root', () => {
  it('is a trust anchor, as curl, Go and browsers take it (OpenSSL alone wants a self-signed root)', async () => {
    const srv = await up(startHttps({ key: chained.key, cert: chained.cert + chained.intermediate }, ok));
    const out = (await probeLive({ url: srv.url, ca: chained.intermediate }, ['certificate', 'tls-version'])).get('certificate');
    expect(out).toEqual({ findings: [] });
    // The root still works, and a CA that signed nothing here still does not.
    expect((await probeLive({ url: srv.url, ca: pki.ca }, ['certificate'])).get('certificate')).toEqual({ findings: [] });
    const other = makePki();
    const f = failuresOf((await probeLive({ url: srv.url, ca: other.ca }, ['certificate'])).get('certificate'), 'certificate');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/is not trusted .*the CA given with --ca, the action input ca or probes\.ca does not verify it/)]);
  });
});

describe('a server that requires a client certificate (mutual TLS)', () => {
  const mtls = (extra: Record<string, unknown> = {}) => up(startHttps({ key: chained.key, cert: chained.cert + chained.intermediate, requestCert: true, rejectUnauthorized: true, ca: pki.ca, ...extra }, ok));
  it('TLS 1.3 (alert "certificate required" after the handshake): named as such, not "closed the connection"', async () => {
    const srv = await mtls();
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['certificate', 'tls-version', 'hsts', 'health-endpoint']));
    // The server's certificate was seen and is fine.
    expect(out.get('certificate')).toEqual({ findings: [] });
    expect(out.get('tls-version')).toEqual({ findings: [] });
    const why = `${srv.url.replace('https://', '')} requires a client certificate (mutual TLS: it ends the connection with the TLS alert "certificate required"); Preflight presents none, so probe a URL that does not require one`;
    expect(out.get('hsts')).toEqual({ findings: [], error: why });
    expect(failuresOf(out.get('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([`health endpoint / did not answer: ${why}`]);
  });
  it('TLS 1.2 (the handshake fails with alert 40): the error says a client certificate may be required', async () => {
    const srv = await mtls({ maxVersion: 'TLSv1.2' });
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['certificate']));
    expect(out.get('certificate')?.error).toMatch(/^TLS handshake with \S+ failed \(.*alert handshake failure\); the server refused the versions and ciphers offered, or it requires a client certificate \(mutual TLS\), which Preflight does not present/);
  });
  it('a TLS 1.3 server that drops the request without asking for a certificate is still "closed the connection"', async () => {
    const srv = await up(startHttps({ key: chained.key, cert: chained.cert + chained.intermediate }, (req) => { req.socket.destroy(); }));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['hsts']));
    expect(out.get('hsts')?.error).toMatch(/closed the connection before a complete response|was reset/);
  });
});
