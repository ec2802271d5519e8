import { execFileSync } from 'node:child_process';
import { constants, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { handshake, legacyHandshake, localTlsFailure } from '../../src/probes/collect.js';
import type { CertInfo } from '../../src/probes/observation.js';
import { runProbes } from '../../src/probes/run.js';
import { PROBES } from '../../src/probes/index.js';
import { untrustedReason } from '../../src/probes/util.js';
import { parseOptions } from '../../src/engine/execute.js';
import { makeIntermediateLeaf, makePki, type Pem, type Pki } from '../servers/certs.js';
import { startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { NGINX, startNginx } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 39, live probes round 13 (probes13 D1, D2, D3): tls-version when this machine cannot offer TLS 1.0/1.1,
// a server holding an ECDSA and an RSA certificate, and an untrusted chain sent whole.

let pki: Pki;
const closers: (() => Promise<unknown>)[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

const ok = (_q: unknown, r: { writeHead(s: number, h: Record<string, string>): void; end(b: string): void }) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); };
async function up(options: Parameters<typeof startHttps>[0]): Promise<Running> {
  const s = await startHttps(options, ok as never);
  closers.push(() => s.close());
  return s;
}

/**
 * As a Node built against an OpenSSL without TLS 1.0/1.1 (or under a crypto policy that removes them): every client
 * context made from now on refuses them, so an offer of only those versions fails on this machine with OpenSSL's
 * "no protocols available" before the server answers (the examiner's `-r nooldclient.cjs` preload, in process).
 * Servers must be started before.
 */
function withoutLegacyTls(): void {
  const make = tls.createSecureContext;
  const no = constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1;
  vi.spyOn(tls, 'createSecureContext').mockImplementation((o = {}) => make({ ...o, secureOptions: (o.secureOptions ?? 0) | no }));
}

describe('tls-version: this machine cannot offer TLS 1.0/1.1 (probes13 D1)', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('is an error, not a pass, against a server that accepts TLS 1.0 (it fails when they can be offered)', async () => {
    const srv = await up({ ...pki.valid, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    const url = `${srv.url}/`;
    const before = (await probeLive({ url, ca: pki.ca }, ['tls-version'])).get('tls-version');
    expect(failuresOf(before, 'tls-version').map((f) => f.message)).toEqual([`${url} accepts TLSv1 (TLS 1.0) and TLSv1.1; allow only TLS 1.2 and 1.3`]);
    withoutLegacyTls();
    const out = (await probeLive({ url, ca: pki.ca }, ['tls-version', 'certificate']));
    expect(out.get('tls-version')).toEqual({ findings: [], error: 'this machine\'s TLS library could not offer TLS 1.0/1.1 (no protocols available), so whether the server accepts them is unknown' });
    // The certificate is judged from the normal handshake as before.
    expect(out.get('certificate')).toEqual({ findings: [] });
  });

  it('is an error against a server that refuses them too: nothing was asked of it', async () => {
    const srv = await up({ ...pki.valid, minVersion: 'TLSv1.2' });
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['tls-version'])).get('tls-version')).toEqual({ findings: [] });
    withoutLegacyTls();
    const legacy = await legacyHandshake(new URL(`${srv.url}/`), { ca: pki.ca, timeoutMs: 3000 });
    expect(legacy).toEqual({ accepted: false, local: true, error: expect.stringMatching(/^this machine's TLS library could not offer TLS 1\.0\/1\.1 \(no protocols available\)/) });
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['tls-version'])).get('tls-version').error).toMatch(/could not offer TLS 1\.0\/1\.1/);
  });

  it('a server that speaks only TLS 1.0: both probes say the legacy offer could not be made, not that it failed', async () => {
    const srv = await up({ ...pki.valid, minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    withoutLegacyTls();
    const out = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['tls-version', 'certificate']);
    expect(out.get('certificate').error).toMatch(/; a handshake offering TLS 1\.0\/1\.1 could not be made: this machine's TLS library could not offer TLS 1\.0\/1\.1 \(no protocols available\)/);
    expect(out.get('tls-version').error).toMatch(/^TLS handshake with .* failed \(.*\); this machine's TLS library could not offer TLS 1\.0\/1\.1/);
  });

  it('a legacy context this machine cannot make at all (a cipher string its TLS library refuses) is that error too', async () => {
    const srv = await up({ ...pki.valid, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    const make = tls.createSecureContext;
    vi.spyOn(tls, 'createSecureContext').mockImplementation((o = {}) => {
      if (o.ciphers === 'DEFAULT@SECLEVEL=0') throw Object.assign(new Error('no cipher match'), { code: 'ERR_SSL_NO_CIPHER_MATCH' });
      return make(o);
    });
    expect(await legacyHandshake(new URL(`${srv.url}/`), { ca: pki.ca, timeoutMs: 3000 })).toEqual({
      accepted: false, local: true, error: 'this machine\'s TLS library could not offer TLS 1.0/1.1 (no cipher match), so whether the server accepts them is unknown',
    });
  });

  it('tells a local failure from the server\'s refusal', async () => {
    const refusing = await up({ ...pki.valid, minVersion: 'TLSv1.2' });
    const refusal = await legacyHandshake(new URL(`${refusing.url}/`), { ca: pki.ca, timeoutMs: 3000 });
    expect(refusal).toEqual({ accepted: false, refusal: expect.stringMatching(/alert protocol version/) });
    expect(localTlsFailure(Object.assign(new Error('x'), { code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', reason: 'tlsv1 alert protocol version' }))).toBeUndefined();
    expect(localTlsFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(localTlsFailure(Object.assign(new Error('C0:error:0A0000BF:SSL routines:tls_setup_handshake:no protocols available:ssl/statem/statem_lib.c:155:\n'), { code: 'ERR_SSL_NO_PROTOCOLS_AVAILABLE', reason: 'no protocols available' }))).toBe('no protocols available');
  });

  it('the legacy handshake\'s outcome is in the debug log, so a pass can be audited', async () => {
    const srv = await up({ ...pki.valid, minVersion: 'TLSv1.2' });
    const lines: string[] = [];
    const probe = PROBES.find((p) => p.id === 'tls-version')!;
    await runProbes([{ key: 'tls-version', probe, options: parseOptions(probe, {}) }], { url: `${srv.url}/`, ca: pki.ca, timeoutMs: 3000, waitMs: 0, headers: {}, allowSelfSigned: false },
      { info() {}, warn() {}, debug: (m) => lines.push(m) });
    expect(lines).toContainEqual(expect.stringMatching(/^probes: the handshake offering only TLS 1\.0\/1\.1 \(SECLEVEL=0\) to 127\.0\.0\.1:\d+ was refused: TLS handshake with .* failed \(tlsv1 alert protocol version\)/));
  });
});

/** A certificate's notAfter as the probe prints it (YYYY-MM-DD). */
const until = (pem: Pem) => new Date(new X509Certificate(pem.cert).validTo).toISOString().slice(0, 10);

/** An RSA 2048 leaf for localhost/127.0.0.1 signed by `pki`'s CA with `openssl ca`, valid from `fromDays` to `toDays` (from now). */
function rsaLeaf(name: string, fromDays: number, toDays: number): Pem {
  const stamp = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: pki.dir, env: { ...process.env, SAN: 'DNS:localhost,IP:127.0.0.1,IP:::1' }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=localhost']);
  run(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${name}.csr`, '-out', `${name}.pem`,
    '-startdate', stamp(fromDays), '-enddate', stamp(toDays), '-extensions', 'v3_leaf', '-notext']);
  return { key: fs.readFileSync(path.join(pki.dir, `${name}.key`), 'utf8'), cert: fs.readFileSync(path.join(pki.dir, `${name}.pem`), 'utf8') };
}

describe.skipIf(!NGINX)(`certificate: nginx with an ECDSA and an RSA certificate (probes13 D2)${NGINX ? '' : ' — skipped: /usr/sbin/nginx not installed'}`, () => {
  let rsaValid: Pem;
  let rsaExpired: Pem;
  beforeAll(() => { rsaValid = rsaLeaf('rsa-valid', -1, 365); rsaExpired = rsaLeaf('rsa-expired', -400, -10); });

  /** nginx serving `ec` (the makePki leaves are P-256) and `rsa` side by side (`ssl_certificate` twice), `protocols`, `extra` in its server block. */
  async function dual(ec: Pem, rsa: Pem, protocols = 'TLSv1.2', extra = ''): Promise<string> {
    const dir = fs.mkdtempSync(path.join(pki.dir, 'dual-'));
    fs.writeFileSync(path.join(dir, 'rsa.pem'), rsa.cert);
    fs.writeFileSync(path.join(dir, 'rsa.key'), rsa.key);
    const nginx = await startNginx(ec, `ssl_certificate ${dir}/rsa.pem; ssl_certificate_key ${dir}/rsa.key; ${extra}`, { protocols });
    closers.push(() => nginx.stop());
    return `${nginx.urls.https}/`;
  }
  const certificateOf = async (url: string) => failuresOf((await probeLive({ url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate').map((f) => [f.severity, f.message]);

  it('judges the ECDSA certificate browsers get over TLS 1.2 (before: the valid RSA one Node\'s cipher order gets, a pass)', async () => {
    const url = await dual(pki.expired, rsaValid);
    // Node's default offer (RSA suites first) gets the RSA certificate from this server.
    const t = await handshake(new URL(url), { ca: pki.ca, timeoutMs: 3000 });
    expect([t.protocol, t.chain?.[0]?.keyType, t.otherKey?.session.chain?.[0]?.keyType, t.otherKey?.nodeDefault]).toEqual(['TLSv1.2', 'ec', 'rsa', true]);
    expect(await certificateOf(url)).toEqual([
      ['critical', `the ECDSA certificate of ${url} (the one browsers get) expired on ${until(pki.expired)}; renew it`],
    ]);
  });

  it('an expired RSA certificate next to a valid ECDSA one is critical too, named, saying which clients get it', async () => {
    const url = await dual(pki.valid, rsaExpired);
    expect(await certificateOf(url)).toEqual([
      ['critical', `the RSA certificate of ${url} (served to clients that prefer RSA cipher suites, Node.js's https among them; browsers get the ECDSA one) expired on ${until(rsaExpired)}; renew it`],
    ]);
  });

  it('a server preferring its own order with RSA first serves browsers the RSA one: the ECDSA one, which only clients offering no RSA suite get, is high', async () => {
    const url = await dual(pki.expired, rsaValid, 'TLSv1.2', 'ssl_prefer_server_ciphers on; ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256;');
    expect(await certificateOf(url)).toEqual([
      ['high', `the ECDSA certificate of ${url} (served only to clients that offer no RSA cipher suite; browsers get the RSA one) expired on ${until(pki.expired)}; renew it`],
    ]);
  });

  it('two valid certificates pass; one certificate over TLS 1.2 passes with nothing added; TLS 1.3 is judged as before', async () => {
    expect(await certificateOf(await dual(pki.valid, rsaValid))).toEqual([]);
    const nginx = await startNginx(rsaValid, '', { protocols: 'TLSv1.2' });
    closers.push(() => nginx.stop());
    const single = await handshake(new URL(`${nginx.urls.https}/`), { ca: pki.ca, timeoutMs: 3000 });
    expect([single.protocol, single.chain?.[0]?.keyType, single.otherKey]).toEqual(['TLSv1.2', 'rsa', undefined]);
    expect(await certificateOf(`${nginx.urls.https}/`)).toEqual([]);
    // TLS 1.3 picks the certificate by signature algorithm, ECDSA first in Node's order as in browsers': no second look.
    const url13 = await dual(pki.expired, rsaValid, 'TLSv1.2 TLSv1.3');
    expect(await certificateOf(url13)).toEqual([['critical', `the certificate of ${url13} expired on ${until(pki.expired)}; renew it`]]);
  });
});

describe('certificate: an untrusted chain the server sends whole names the CA at its end (probes13 D3)', () => {
  it('leaf + intermediate of a private root, no --ca: the root is named as the CA to pass', async () => {
    const chained = makeIntermediateLeaf(pki);
    const srv = await up({ key: chained.key, cert: chained.cert + chained.intermediate });
    const url = `${srv.url}/`;
    const f = failuresOf((await probeLive({ url }, ['certificate'])).get('certificate'), 'certificate').map((x) => [x.severity, x.message]);
    expect(f).toEqual([
      ['critical', `the certificate of ${url} is not trusted (UNABLE_TO_GET_ISSUER_CERT_LOCALLY): the chain the server sends ends at Preflight Test Intermediate, whose issuer CN=Preflight Test CA is not a trusted CA; use a certificate from a trusted CA, or, if CN=Preflight Test CA is a private CA, pass it with --ca (the action input ca, or probes.ca)`],
    ]);
    // With that CA given, it passes.
    expect(failuresOf((await probeLive({ url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate')).toEqual([]);
  });

  it('the warning that custom headers are withheld names it too', () => {
    const cert = (subject: string, issuer: string): CertInfo => ({ subject, issuer, validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z', selfIssued: false });
    const chain = [cert('CN=localhost', 'CN=QA Intermediate'), cert('CN=QA Intermediate', 'CN=QA Root CA')];
    expect(untrustedReason({ authorized: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', chain }, 'localhost', false, Date.parse('2026-06-01')))
      .toBe('the chain it is sent with ends at CN=QA Intermediate, whose issuer CN=QA Root CA is not a trusted CA (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)');
  });
});
