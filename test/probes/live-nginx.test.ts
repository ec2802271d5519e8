import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { NGINX, startNginx, type Proc } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

// CI installs nginx-light; skip only when the binary is truly missing.
describe.skipIf(!NGINX)(`Debian nginx (TLS + plain-HTTP redirect)${NGINX ? '' : ' — skipped: /usr/sbin/nginx not installed'}`, () => {
  let pki: Pki;
  let good: Proc;
  let legacy: Proc;
  let holed: Proc;
  let gzipped: Proc;
  let www: string;
  beforeAll(async () => {
    pki = makePki();
    good = await startNginx(pki.valid);
    // A precompressed /.env.gz served with `gzip_static always` (gzip whatever the request accepts).
    www = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-www-'));
    // nginx's workers may run as another user (nobody, when the tests run as root).
    fs.chmodSync(www, 0o755);
    fs.writeFileSync(path.join(www, '.env.gz'), zlib.gzipSync('DATABASE_URL=postgres://app:pw@db/app\nSECRET_KEY=x\n'), { mode: 0o644 });
    gzipped = await startNginx(pki.valid, `location = /.env { root ${www}; default_type text/plain; gzip_static always; }`);
    // A second nginx that still speaks TLS 1.0/1.1 and shows its version (old, common defaults).
    legacy = await startNginx(pki.valid, '', { protocols: 'TLSv1 TLSv1.1 TLSv1.2', ciphers: 'DEFAULT@SECLEVEL=0', serverTokens: 'on' });
    // TLS 1.0 on, 1.1 off: a 1.0–1.1 offer fails against it, TLS 1.0 alone does not (QA stop 18).
    holed = await startNginx(pki.valid, '', { protocols: 'TLSv1 TLSv1.2', ciphers: 'DEFAULT@SECLEVEL=0' });
  });
  afterAll(async () => {
    await good?.stop(); await legacy?.stop(); await holed?.stop(); await gzipped?.stop();
    if (www) fs.rmSync(www, { recursive: true, force: true });
  });

  it.each([
    ['10r/s burst=20', 'rate=10r/s', 'burst=20'],
    ['5r/s burst=5', 'rate=5r/s', 'burst=5'],
  ])('an ordinary nginx rate limit (limit_req %s nodelay, 429) does not fail a hardened site', async (_name, rate, burst) => {
    // Preflight's own burst (~30 requests, six at a time) is what the limit refuses: before, sensitive-paths was
    // `error` (critical) on the 429s and response-time timed the limiter.
    const limited = await startNginx(pki.valid, `limit_req zone=one ${burst} nodelay; limit_req_status 429;`, { httpBlock: `limit_req_zone $binary_remote_addr zone=one:1m ${rate};` });
    try {
      const t0 = performance.now();
      const { out } = await probeLive({ url: limited.urls.https!, httpUrl: limited.urls.http, ca: pki.ca, health: ['/health'], timeoutMs: 10_000 });
      console.log(`nginx limit_req ${rate} ${burst}: whole probe set in ${Math.round(performance.now() - t0)} ms`);
      for (const [id, o] of out) expect({ id, ...o }).toEqual(id === 'cookie-security' ? { id, findings: [], skipped: expect.stringMatching(/sets no cookie on GET/) } : { id, findings: [] });
    } finally { await limited.stop(); }
  }, 30_000);

  it('a gzip_static always /.env is judged decoded', async () => {
    const f = failuresOf((await probeLive({ url: gzipped.urls.https!, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths'), 'sensitive-paths');
    // Before the fix the gzip bytes matched nothing and the probe passed.
    expect(f.map((x) => [x.url, x.severity])).toEqual([[`${gzipped.urls.https}/.env`, 'critical']]);
  });

  it('passes every probe behind nginx', async () => {
    const t0 = performance.now();
    const { out } = await probeLive({ url: good.urls.https!, httpUrl: good.urls.http, ca: pki.ca, health: ['/health'] });
    console.log(`nginx: whole probe set in ${Math.round(performance.now() - t0)} ms`);
    // The site sets no cookie: cookie-security has nothing to judge (skipped, not passed).
    for (const [id, o] of out) expect({ id, ...o }).toEqual(id === 'cookie-security' ? { id, findings: [], skipped: expect.stringMatching(/sets no cookie on GET/) } : { id, findings: [] });
  });

  it('dot-files are denied and the plain-HTTP listener redirects to https on the same host', async () => {
    const { get } = await probeLive({ url: good.urls.https!, httpUrl: good.urls.http, ca: pki.ca }, ['https-redirect', 'sensitive-paths', 'server-version-leak']);
    expect(get('https-redirect').findings).toEqual([]);
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('server-version-leak').findings).toEqual([]);
  });

  it('the http:// listener itself fails hsts, tls-version and certificate', async () => {
    const { get } = await probeLive({ url: good.urls.http! }, ['hsts', 'tls-version', 'certificate']);
    for (const id of ['hsts', 'tls-version', 'certificate']) expect(failuresOf(get(id), id)).toHaveLength(1);
  });

  it('a legacy-protocol nginx is caught', async () => {
    const { get } = await probeLive({ url: legacy.urls.https!, ca: pki.ca }, ['tls-version', 'server-version-leak']);
    // ssl_protocols TLSv1 TLSv1.1 TLSv1.2: both legacy versions are named, not only the one negotiated.
    expect(failuresOf(get('tls-version'), 'tls-version')[0]!.message).toMatch(/accepts TLSv1 \(TLS 1\.0\) and TLSv1\.1;/);
    expect(failuresOf(get('server-version-leak'), 'server-version-leak')[0]!.message).toMatch(/nginx\/\d/);
  });

  it('TLS 1.0 enabled with 1.1 disabled (ssl_protocols TLSv1 TLSv1.2) is caught', async () => {
    const { get } = await probeLive({ url: holed.urls.https!, ca: pki.ca }, ['tls-version']);
    expect(failuresOf(get('tls-version'), 'tls-version').map((f) => f.message)).toEqual([expect.stringMatching(/accepts TLSv1 \(TLS 1\.0\);/)]);
  });
});
