import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBES } from '../../src/probes/index.js';
import { runProbes } from '../../src/probes/run.js';
import { parseOptions } from '../../src/engine/execute.js';
import { makePki, type Pki } from '../servers/certs.js';
import { freePort, LIGHTTPD, startLighttpd, type Proc } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

// CI installs lighttpd; skip only when the binary is truly missing.
describe.skipIf(!LIGHTTPD)(`Debian lighttpd (HTTP/2 on, as by default)${LIGHTTPD ? '' : ' — skipped: lighttpd not installed'}`, () => {
  let pki: Pki;
  let legacy: Proc;
  let legacyOnly: Proc;
  let modern: Proc;
  beforeAll(async () => {
    pki = makePki();
    // lighttpd aborts a TLS 1.0/1.1 handshake whose ALPN offer lets it pick h2 ("ALPN h2 requires TLSv1.2 or
    // later"): real TLS 1.0/1.1 clients never offer h2 and connect.
    legacy = await startLighttpd(pki.valid, { MinProtocol: 'TLSv1', CipherString: 'DEFAULT@SECLEVEL=0' });
    legacyOnly = await startLighttpd(pki.valid, { MinProtocol: 'TLSv1', MaxProtocol: 'TLSv1.1', CipherString: 'DEFAULT@SECLEVEL=0' });
    modern = await startLighttpd(pki.valid, { MinProtocol: 'TLSv1.2' });
  });
  afterAll(async () => { await legacy?.stop(); await legacyOnly?.stop(); await modern?.stop(); });

  it('tls-version fails a lighttpd that accepts TLS 1.0 and 1.1', async () => {
    const f = failuresOf((await probeLive({ url: legacy.urls.https!, ca: pki.ca }, ['tls-version'])).get('tls-version'), 'tls-version');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/accepts TLSv1 \(TLS 1\.0\) and TLSv1\.1/)]);
  });

  it('a lighttpd that speaks only TLS 1.0/1.1 fails tls-version and certificate, not error', async () => {
    const { get } = await probeLive({ url: legacyOnly.urls.https!, ca: pki.ca }, ['tls-version', 'certificate']);
    expect(get('tls-version').error).toBeUndefined();
    expect(failuresOf(get('tls-version'), 'tls-version').map((x) => x.message)).toEqual([expect.stringMatching(/accepts TLSv1 \(TLS 1\.0\) and TLSv1\.1/)]);
    expect(get('certificate').error).toBeUndefined();
    expect(failuresOf(get('certificate'), 'certificate').map((x) => x.severity)).toContain('critical');
  });

  it('tls-version passes a lighttpd that requires TLS 1.2', async () => {
    const { get } = await probeLive({ url: modern.urls.https!, ca: pki.ca }, ['tls-version']);
    expect(get('tls-version')).toEqual({ findings: [] });
  });
});

describe('custom headers withheld: the warning names the cause', () => {
  const warnings = async (url: string, ca?: string) => {
    const warned: string[] = [];
    const logger = { info: () => {}, debug: () => {}, warn: (m: string) => { warned.push(m); } };
    const probe = PROBES.find((p) => p.id === 'security-headers')!;
    await runProbes([{ key: 'h', probe, options: parseOptions(probe, {}) }], { url, timeoutMs: 2000, waitMs: 0, headers: { Authorization: 'Bearer pf-withheld-0f3a9c' }, allowSelfSigned: false, ...(ca ? { ca } : {}) }, logger);
    return warned;
  };
  it('no certificate seen (nothing listens): no trust advice', async () => {
    expect(await warnings(`https://127.0.0.1:${await freePort()}/`, makePki().ca)).toEqual([]);
  });
  it.skipIf(!LIGHTTPD)('an untrusted certificate: the advice, and it says when the CA given does not sign it', async () => {
    const pki = makePki();
    const srv = await startLighttpd(pki.selfSigned, { MinProtocol: 'TLSv1.2' });
    try {
      expect(await warnings(srv.urls.https!)).toEqual([expect.stringMatching(/not trusted \(it is self-signed\): custom headers are withheld \(trust a private CA/)]);
      expect(await warnings(srv.urls.https!, pki.ca)).toEqual([expect.stringMatching(/not trusted \(it is self-signed and the CA given does not sign it\)/)]);
    } finally { await srv.stop(); }
  });
});
