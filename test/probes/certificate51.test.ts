import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificate, weaknesses } from '../../src/probes/certificate.js';
import type { CertInfo } from '../../src/probes/observation.js';
import { certWeaknesses, untrustedReason } from '../../src/probes/util.js';
import { makePki, type Pem, type Pki } from '../servers/certs.js';
import { respond, startHttps, type Running } from '../servers/node.js';
import { evaluate, failures, failuresOf, obsOf, probeLive } from './helpers.js';

// QA 51 (observatory D2): a leaf with both a 1024-bit RSA key and a SHA-1 signature got one certificate finding (the key);
// docs/probes.md promises one finding per problem. Reissued "with a stronger key" from the same SHA-1 tooling, it would
// still fail, and the user would learn it only on the next run.

const NOW = Date.parse('2026-06-01T00:00:00.000Z');
const cert = (over: Partial<CertInfo> = {}): CertInfo => ({
  subject: 'CN=app.example', issuer: 'CN=Issuing CA', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-12-01T00:00:00.000Z',
  selfIssued: false, keyType: 'ec', keyBits: 256, signatureAlgorithm: 'ecdsa-with-SHA256', subjectAltName: 'DNS:app.example', ...over,
});
const weakLeaf = cert({ keyType: 'rsa', keyBits: 1024, signatureAlgorithm: 'sha1WithRSAEncryption' });
const KEY = 'the certificate of https://app.example/ uses a 1024-bit RSA key, which clients refuse (at least 2048 bits); reissue it with a stronger key';
const SHA1 = 'the certificate of https://app.example/ is signed with SHA-1 (sha1WithRSAEncryption), which clients refuse; reissue it signed with SHA-256 or stronger';

describe('certificate: each weakness of a certificate is its own finding', () => {
  it('a 1024-bit RSA key signed with SHA-1: two findings, the key first (recorded)', () => {
    const obs = obsOf({ tls: { protocol: 'TLSv1.3', authorized: false, authorizationError: 'UNSPECIFIED', chainTrusted: true, chain: [weakLeaf, cert({ subject: 'CN=Issuing CA', issuer: 'CN=Issuing CA', selfIssued: true })] } });
    const f = failures(evaluate(certificate, obs), certificate);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['critical', KEY], ['critical', SHA1]]);
    expect(weaknesses([weakLeaf], 'https://app.example/')).toEqual([KEY, SHA1]);
  });

  it('weaknesses of several certificates are each said; a self-signed EdDSA leaf is one problem (its key)', () => {
    const chain = [weakLeaf, cert({ subject: 'CN=Issuing CA', issuer: 'CN=Root CA', signatureAlgorithm: 'md5WithRSAEncryption' })];
    expect(certWeaknesses(chain).map((w) => [w.index, w.kind])).toEqual([[0, 'key'], [0, 'digest'], [1, 'digest']]);
    const ed = cert({ keyType: 'ed25519', keyBits: undefined, signatureAlgorithm: 'ED25519', subject: 'CN=app.example', issuer: 'CN=app.example', selfIssued: true });
    expect(certWeaknesses([ed]).map((w) => w.kind)).toEqual(['eddsa-key']);
    // An EdDSA leaf a CA signed with EdDSA: the leaf's key and its issuer's signature are two problems.
    expect(certWeaknesses([cert({ keyType: 'ed25519', keyBits: undefined, signatureAlgorithm: 'ED25519' })]).map((w) => w.kind)).toEqual(['eddsa-key', 'eddsa-signature']);
  });

  it('the withheld-headers warning states both, as the probe does', () => {
    expect(untrustedReason({ authorized: false, authorizationError: 'UNSPECIFIED', chainTrusted: true, chain: [weakLeaf] }, 'app.example', true, NOW))
      .toBe('it has a 1024-bit RSA key, which clients refuse; it is signed with SHA-1, which clients refuse');
  });
});

/** A leaf with a 1024-bit RSA key signed with SHA-1 by `pki`'s CA, made with `openssl ca` in `pki.dir` (its ca.cnf). */
function rsa1024Sha1(pki: Pki): Pem {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: pki.dir, env: { ...process.env, SAN: 'DNS:localhost,IP:127.0.0.1,IP:::1' }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
  run(['req', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'weak51.key', '-out', 'weak51.csr', '-subj', '/CN=localhost']);
  run(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', 'weak51.csr', '-out', 'weak51.pem', '-md', 'sha1', '-days', '365', '-extensions', 'v3_leaf', '-notext']);
  return { key: fs.readFileSync(path.join(pki.dir, 'weak51.key'), 'utf8'), cert: fs.readFileSync(path.join(pki.dir, 'weak51.pem'), 'utf8') };
}

describe('certificate live: a Node https server with a 1024-bit RSA key signed with SHA-1', () => {
  let pki: Pki;
  let srv: Running;
  beforeAll(async () => {
    pki = makePki();
    srv = await startHttps({ ...rsa1024Sha1(pki), ciphers: 'DEFAULT@SECLEVEL=0' }, respond(200, {}, 'weak'));
  }, 60_000);
  afterAll(async () => { await srv?.close(); });

  it('names the key and the SHA-1 signature, each critical (before: the key only)', async () => {
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate');
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['critical', `the certificate of ${srv.url} uses a 1024-bit RSA key, which clients refuse (at least 2048 bits); reissue it with a stronger key`],
      ['critical', `the certificate of ${srv.url} is signed with SHA-1 (ecdsa-with-SHA1), which clients refuse; reissue it signed with SHA-256 or stronger`],
    ]);
    // Untrusted too (no CA given): three problems, allow-self-signed lowers the trust one only.
    const both = failuresOf((await probeLive({ url: srv.url, allowSelfSigned: true }, ['certificate'])).get('certificate'), 'certificate');
    expect(both.map((x) => [x.severity, /RSA key/.test(x.message) ? 'key' : /SHA-1/.test(x.message) ? 'sha1' : /not trusted/.test(x.message) ? 'untrusted' : x.message]))
      .toEqual([['critical', 'key'], ['critical', 'sha1'], ['low', 'untrusted']]);
  }, 30_000);
});
