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
        ['critical', `the certificate of ${srv.url} is not trusted (its issuer CN=Preflight Test Intermediate is not a trusted CA); use a certificate from a trusted CA, or pass the private CA with --ca (the action input ca, or probes.ca)`],
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
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/is not trusted .*the CA given with --ca does not verify it/)]);
  });
});
