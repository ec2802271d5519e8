import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadIssuerLeaves, makeEdLeaves, makeIntermediateLeaf, makePki, makeWeakLeaves, type BadIssuerLeaves, type ChainedLeaf, type EdLeaves, type Pki } from '../servers/certs.js';
import { startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/** QA round 29 (certificates, black-box against nginx and Node): each against a Node https server on 127.0.0.1. */
let pki: Pki;
let other: Pki;
let ed: EdLeaves;
let bad: BadIssuerLeaves;
let chained: ChainedLeaf;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); other = makePki(); ed = makeEdLeaves(pki); bad = makeBadIssuerLeaves(pki); chained = makeIntermediateLeaf(pki); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const p of [pki, other]) fs.rmSync(p.dir, { recursive: true, force: true });
});
const up = async (tls: Parameters<typeof startHttps>[0]) => {
  const s = await startHttps(tls, (_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); });
  servers.push(s);
  return `${s.url.replace('127.0.0.1', 'localhost')}/`;
};
const certificateOf = async (url: string, config: { ca?: string; allowSelfSigned?: boolean } = {}) =>
  failuresOf((await probeLive({ url, ...config }, ['certificate'])).get('certificate'), 'certificate').map((f) => [f.severity, f.message]);

describe('certificate: an EdDSA certificate, which Node accepts and browsers do not support (certs D1)', () => {
  it('an Ed25519 or Ed448 leaf of a trusted CA is critical, named as EdDSA, even with allow-self-signed', async () => {
    for (const [pem, name] of [[ed.ed25519, 'Ed25519'], [ed.ed448, 'Ed448']] as const) {
      const url = await up(pem);
      for (const allowSelfSigned of [false, true]) {
        expect(await certificateOf(url, { ca: pki.ca, allowSelfSigned })).toEqual([
          ['critical', `the certificate of ${url} has an ${name} (EdDSA) key, which browsers (Chrome, Firefox, Safari) do not support: they end the handshake; reissue it with an ECDSA P-256 or an RSA (2048 bits or more) key`],
        ]);
      }
    }
  });
  it('a server holding an ECDSA certificate next to the Ed25519 one serves browsers the ECDSA one: it passes', async () => {
    const url = await up({ key: [ed.ed25519.key, ed.ec.key], cert: [ed.ed25519.cert, ed.ec.cert] });
    expect(await certificateOf(url, { ca: pki.ca })).toEqual([]);
    // One that prefers Ed25519 (its own order honoured): Node, which offers it, gets the Ed25519 certificate; browsers the ECDSA one.
    const prefersEd = { key: [ed.ed25519.key, ed.ec.key], cert: [ed.ed25519.cert, ed.ec.cert], sigalgs: 'ed25519:ecdsa_secp256r1_sha256', honorCipherOrder: true };
    const edFirst = await up(prefersEd);
    const { handshake } = await import('../../src/probes/collect.js');
    const tls = await import('node:tls');
    const seen = await new Promise<string | undefined>((resolve, reject) => {
      const s = tls.connect({ host: '127.0.0.1', port: Number(new URL(edFirst).port), servername: 'localhost', rejectUnauthorized: false }, () => { resolve(s.getPeerX509Certificate()?.publicKey.asymmetricKeyType); s.destroy(); });
      s.on('error', reject);
    });
    expect(seen).toBe('ed25519');
    expect((await handshake(new URL(edFirst), { ca: pki.ca, timeoutMs: 3000 })).chain?.[0]?.keyType).toBe('ec');
    expect(await certificateOf(edFirst, { ca: pki.ca })).toEqual([]);
  });
});

describe('certificate: INVALID_PURPOSE names the certificate at fault (certs D2)', () => {
  it('an intermediate whose extended key usage is clientAuth only, not the serverAuth leaf', async () => {
    const url = await up(bad.intClientAuth);
    expect(await certificateOf(url, { ca: pki.ca })).toEqual([
      ['critical', `the certificate of ${url} is not valid for server authentication (INVALID_PURPOSE): its issuer Preflight Client-only Intermediate has an extended key usage without serverAuth (clientAuth), which limits every certificate it issues; have it issued by a CA certificate whose extended key usage includes serverAuth (or that has none)`],
    ]);
  });
  it('an issuing certificate that is not a CA (basicConstraints CA:FALSE)', async () => {
    const url = await up(bad.intNotCa);
    expect(await certificateOf(url, { ca: pki.ca, allowSelfSigned: true })).toEqual([
      ['critical', `the certificate of ${url} is not valid for server authentication (INVALID_PURPOSE): its issuer Preflight Not-a-CA Intermediate is not a CA certificate (no basicConstraints CA:TRUE), so it cannot issue certificates; have it issued by a CA certificate, or reissue Preflight Not-a-CA Intermediate with basicConstraints CA:TRUE`],
    ]);
  });
  it('a good intermediate with a serverAuth leaf passes', async () => {
    expect(await certificateOf(await up({ key: chained.key, cert: chained.cert + chained.intermediate }), { ca: pki.ca })).toEqual([]);
  });
});

describe('certificate: a leaf sent alone with a CA given (certs D3, D5)', () => {
  it('from another CA than the one given: the message names the CA neutrally and says it may be another CA, not only "send the full chain"', async () => {
    const url = await up(other.valid);
    expect(await certificateOf(url, { ca: pki.ca })).toEqual([
      ['critical', `the certificate of ${url} is not trusted (UNABLE_TO_GET_ISSUER_CERT_LOCALLY): its issuer CN=Preflight Test CA is not a trusted CA (the CA given with --ca, the action input ca or probes.ca included), and the server does not send its certificate; if CN=Preflight Test CA is an intermediate CA under the CA given, configure the server to send the full chain (the certificate followed by its intermediate certificates); if not, the certificate is from another CA: use one the CA given issues, or add the CA that issued it to the CA given`],
    ]);
  });
  it('without its intermediate and allow-self-signed: low, and the "send the full chain" advice is kept', async () => {
    const url = await up({ key: chained.key, cert: chained.cert });
    const f = await certificateOf(url, { ca: pki.ca, allowSelfSigned: true });
    expect(f).toEqual([['low', expect.stringMatching(/^the certificate of .* is not trusted \(UNABLE_TO_GET_ISSUER_CERT_LOCALLY\): its issuer CN=Preflight Test Intermediate is not a trusted CA .* \(allowed by allow-self-signed\); if CN=Preflight Test Intermediate is an intermediate CA under the CA given, configure the server to send the full chain/)]]);
  });
});

describe('hsts over a certificate browsers refuse (certs D4)', () => {
  it('passes with a note (RFC 6797 §8.1: browsers ignore it); with the certificate trusted, no note', async () => {
    const url = await up(pki.selfSigned);
    const out = (await probeLive({ url }, ['hsts'])).get('hsts');
    expect(failuresOf(out, 'hsts')).toEqual([]);
    expect(out.findings.map((f) => [f.note, f.message])).toEqual([
      [true, `${url} sends a valid Strict-Transport-Security header, but over a certificate browsers refuse (self-signed): they ignore HSTS from such a connection (RFC 6797 §8.1), so it takes effect only once the certificate is valid (see the certificate item)`],
    ]);
    const good = await up(pki.valid);
    expect((await probeLive({ url: good, ca: pki.ca }, ['hsts'])).get('hsts')).toEqual({ findings: [] });
    // A weak signature OpenSSL reports as UNSPECIFIED is said in words (QA29 sweep).
    const weak = makeWeakLeaves(pki);
    const sha1 = await up({ ...weak.sha1, ciphers: 'DEFAULT@SECLEVEL=0' });
    expect((await probeLive({ url: sha1, ca: pki.ca }, ['hsts'])).get('hsts')!.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('over a certificate browsers refuse (a weak key or signature): they ignore HSTS'),
    ]);
  });
});
