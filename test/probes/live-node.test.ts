import type http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, retryAfterMs } from '../../src/probes/collect.js';
import { silentLogger } from '../../src/types.js';
import { makePki, type Pki } from '../servers/certs.js';
import { respond, startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { freePort } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

const SECRET = 'Bearer pf-test-4f9c2e71d0';
let pki: Pki;
const servers: Running[] = [];
const seen: Record<string, http.IncomingHttpHeaders[]> = {};
const record = (name: string, h: Handler): Handler => (req, res) => { (seen[name] ??= []).push(req.headers); h(req, res); };
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

const good: Handler = (req, res) => {
  if (req.url === '/health') return respond(200, STRONG_HEADERS, 'ok')(req, res);
  if (req.url === '/') return respond(200, { ...STRONG_HEADERS, 'set-cookie': ['session=abc123; Path=/; Secure; HttpOnly; SameSite=Lax'] }, '<!doctype html><p>hi')(req, res);
  return respond(404, STRONG_HEADERS, 'not found')(req, res);
};
const weak: Handler = (req, res) => {
  if (req.url === '/.env') return respond(200, { 'content-type': 'text/plain' }, 'DATABASE_URL=postgres://app:pw@db/app\nSECRET_KEY=x\n')(req, res);
  if (req.url === '/.git/config') return respond(200, { 'content-type': 'text/plain' }, '[core]\n\tbare = false\n')(req, res);
  const origin = req.headers.origin;
  res.writeHead(200, {
    server: 'nginx/1.18.0', 'x-powered-by': 'PHP/7.4.3', 'strict-transport-security': 'max-age=abc',
    'set-cookie': ['sessionid=abc; Path=/'],
    ...(origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {}),
  });
  res.end('<!doctype html><p>weak');
};

let u: Record<string, string> = {};

beforeAll(async () => {
  pki = makePki();
  const https = (pem: keyof Pki, h: Handler = good, extra = {}) => up(startHttps({ ...(pki[pem] as { key: string; cert: string }), ...extra }, h));
  const goodSrv = await https('valid', record('good', good));
  const other = await up(startHttp(record('other', respond(200, {}, 'other'))));
  u = {
    good: goodSrv.url,
    redirector: (await up(startHttp(record('redirector', (req, res) => { res.writeHead(301, { location: `${goodSrv.url}${req.url}` }); res.end(); })))).url,
    expiring: (await https('expiring')).url,
    expired: (await https('expired')).url,
    notYet: (await https('notYetValid')).url,
    wrongHost: (await https('wrongHost')).url,
    selfSigned: (await https('selfSigned')).url,
    legacy: (await https('valid', good, { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' })).url,
    weak: (await https('valid', weak)).url,
    plain: (await up(startHttp(weak))).url,
    login: (await https('valid', (req, res) => {
      if (req.url?.startsWith('/login')) return respond(200, {}, '<form>login</form>')(req, res);
      res.writeHead(302, { location: '/login?next=/' }); res.end();
    })).url,
    authed: (await https('valid', record('authed', (req, res) => {
      if (req.headers.authorization !== SECRET) return respond(401, { 'www-authenticate': 'Bearer' }, 'no')(req, res);
      // Echoes the token the way a misbehaving app might: the report must mask it.
      respond(200, { ...STRONG_HEADERS, 'x-powered-by': `${req.headers.authorization}/1.0` }, 'ok')(req, res);
    }))).url,
    selfAuthed: (await https('selfSigned', record('selfAuthed', respond(200, STRONG_HEADERS)))).url,
    offHost: (await https('valid', record('offHost', (req, res) => {
      const to = req.url === '/meta' ? 'http://169.254.169.254/latest/meta-data/' : req.url === '/port' ? `${other.url}/` : `http://localhost:${new URL(other.url).port}/`;
      res.writeHead(302, { location: to }); res.end();
    }))).url,
    other: other.url,
    // A single-page app whose policies are in its HTML: CSP and referrer policy in <meta> elements.
    metaPolicies: (await https('valid', respond(200, { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-type': 'text/html; charset=utf-8' },
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"><meta name="referrer" content="same-origin"></head><body><div id="root"></div></body></html>`))).url,
  };
});
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

describe('against Node servers on 127.0.0.1', () => {
  it('a well-configured HTTPS target passes every probe, well under 2 s', async () => {
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      const { out } = await probeLive({ url: u.good!, ca: pki.ca, httpUrl: u.redirector, health: ['/health'] });
      times.push(Math.round(performance.now() - t0));
      expect(out.size).toBe(12);
      for (const [id, o] of out) expect({ id, ...o }).toEqual({ id, findings: [] });
    }
    console.log(`whole probe set against a loopback target: ${times[0]} ms cold, ${times[1]} ms warm`);
    // The first run pays for loading undici and JIT; the second is what each later run costs.
    expect(Math.min(...times)).toBeLessThan(2000);
  });

  it('certificate: expiring is high, expired and not-yet-valid critical, wrong host critical, self-signed critical/low', async () => {
    const sev = async (url: string, extra = {}) => failuresOf((await probeLive({ url, ca: pki.ca, ...extra }, ['certificate'])).get('certificate'), 'certificate').map((f) => f.severity);
    expect(await sev(u.expiring!)).toEqual(['high']);
    expect(await sev(u.expired!)).toEqual(['critical']);
    expect(await sev(u.notYet!)).toEqual(['critical']);
    expect(await sev(u.wrongHost!)).toEqual(['critical']);
    expect(await sev(u.selfSigned!)).toEqual(['critical']);
    expect(await sev(u.selfSigned!, { allowSelfSigned: true })).toEqual(['low']);
    // Without --ca the private CA is untrusted.
    const untrusted = failuresOf((await probeLive({ url: u.good! }, ['certificate'])).get('certificate'), 'certificate');
    expect(untrusted[0]!.message).toMatch(/not trusted/);
  });

  it('tls-version: a server accepting TLS 1.0 fails; defaults refuse it; every legacy version is named', async () => {
    const { get } = await probeLive({ url: u.legacy!, ca: pki.ca }, ['tls-version']);
    // The server picks TLS 1.1 when offered 1.0–1.1; it speaks 1.0 too, and the finding says so.
    expect(failuresOf(get('tls-version'), 'tls-version')[0]!.message).toMatch(/accepts TLSv1 \(TLS 1\.0\) and TLSv1\.1; allow only TLS 1\.2 and 1\.3$/);
  });

  it('the weak server fails hsts, cors (critical), cookies, versions, sensitive paths', async () => {
    const { get } = await probeLive({ url: u.weak!, ca: pki.ca });
    expect(failuresOf(get('hsts'), 'hsts')[0]!.message).toMatch(/not a number/);
    expect(failuresOf(get('cors-policy'), 'cors-policy').map((f) => f.severity)).toContain('critical');
    expect(failuresOf(get('cookie-security'), 'cookie-security')[0]!.message).toMatch(/'sessionid' is set without Secure, without HttpOnly and without a valid SameSite/);
    expect(failuresOf(get('server-version-leak'), 'server-version-leak')).toHaveLength(2);
    expect(failuresOf(get('sensitive-paths'), 'sensitive-paths').map((f) => f.url).sort()).toEqual([`${u.weak}/.env`, `${u.weak}/.git/config`]);
    expect(failuresOf(get('security-headers'), 'security-headers').length).toBe(4);
  });

  it('cookie-security judges only the attributes an item promises (option attributes)', async () => {
    const { get } = await probeLive({ url: u.weak!, ca: pki.ca }, ['cookie-security'], { 'cookie-security': { attributes: ['samesite'] } });
    expect(failuresOf(get('cookie-security'), 'cookie-security').map((f) => f.message)).toEqual([expect.stringMatching(/'sessionid' is set without a valid SameSite; add SameSite$/)]);
    const good = await probeLive({ url: u.good!, ca: pki.ca }, ['cookie-security'], { 'cookie-security': { attributes: ['secure', 'httponly'] } });
    expect(failuresOf(good.get('cookie-security'), 'cookie-security')).toEqual([]);
  });

  it('security-headers reads a CSP and a referrer policy from the page\'s <meta> elements', async () => {
    const { get } = await probeLive({ url: u.metaPolicies!, ca: pki.ca }, ['security-headers']);
    expect(failuresOf(get('security-headers'), 'security-headers')).toEqual([]);
  });

  it('an http:// target fails hsts, tls-version and certificate', async () => {
    const { get } = await probeLive({ url: u.plain! }, ['hsts', 'tls-version', 'certificate', 'cookie-security']);
    for (const id of ['hsts', 'tls-version', 'certificate']) expect(failuresOf(get(id), id)[0]!.message).toMatch(/plain HTTP/);
    expect(get('cookie-security').findings.some((f) => /Secure/.test(f.message))).toBe(false);
  });

  it('https-redirect: the redirector passes, a plain 200 fails, no listener is a note', async () => {
    expect((await probeLive({ url: u.good!, ca: pki.ca, httpUrl: u.redirector }, ['https-redirect'])).get('https-redirect')).toEqual({ findings: [] });
    expect(failuresOf((await probeLive({ url: u.good!, ca: pki.ca, httpUrl: u.plain }, ['https-redirect'])).get('https-redirect'), 'https-redirect')[0]!.severity).toBe('high');
    const none = (await probeLive({ url: u.good!, ca: pki.ca, httpUrl: `http://127.0.0.1:${await freePort()}/` }, ['https-redirect'])).get('https-redirect');
    expect(none.findings).toEqual([expect.objectContaining({ note: true })]);
  });

  it('a login redirect makes header and cookie probes error: protected, health too', async () => {
    const { get } = await probeLive({ url: u.login!, ca: pki.ca }, ['security-headers', 'cookie-security', 'health-endpoint']);
    for (const id of ['security-headers', 'cookie-security']) expect(get(id).error).toMatch(/^protected: .*login page/);
    expect(get('health-endpoint').error).toMatch(/^protected — give headers/);
  });

  it('custom headers reach the exact origin, are masked in output, and unlock a 401', async () => {
    const { get } = await probeLive({ url: u.authed!, ca: pki.ca, headers: { Authorization: SECRET } }, ['security-headers', 'server-version-leak']);
    expect(get('security-headers')).toEqual({ findings: [] });
    const leak = get('server-version-leak').findings;
    expect(leak).toHaveLength(1);
    expect(leak[0]!.message).not.toContain('pf-test-4f9c2e71d0');
    expect(leak[0]!.message).toContain('***');
    const withoutHeader = await probeLive({ url: u.authed!, ca: pki.ca }, ['security-headers']);
    expect(withoutHeader.get('security-headers').error).toMatch(/protected: .*401/);
  });

  it('custom headers are withheld when the certificate is untrusted', async () => {
    seen.selfAuthed = [];
    await probeLive({ url: u.selfAuthed!, headers: { Authorization: SECRET } }, ['security-headers']);
    expect(seen.selfAuthed.length).toBeGreaterThan(0);
    expect(seen.selfAuthed.every((h) => h.authorization === undefined)).toBe(true);
  });

  it('redirects to another host or a metadata address are not followed; headers stay on the origin', async () => {
    seen.other = [];
    const hdr = { Authorization: SECRET };
    const off = await collect({ url: u.offHost!, ca: pki.ca, headers: hdr, timeoutMs: 2000, waitMs: 0, allowSelfSigned: false }, { main: true }, silentLogger);
    expect(off.main!.stopped).toEqual({ location: expect.stringMatching(/^http:\/\/localhost:\d+\/$/), reason: 'off-host' });
    expect(off.main!.hops).toHaveLength(1);
    const meta = await collect({ url: `${u.offHost}/meta`, ca: pki.ca, headers: hdr, timeoutMs: 2000, waitMs: 0, allowSelfSigned: false }, { main: true }, silentLogger);
    expect(meta.main!.stopped?.reason).toBe('metadata');
    const port = await collect({ url: `${u.offHost}/port`, ca: pki.ca, headers: hdr, timeoutMs: 2000, waitMs: 0, allowSelfSigned: false }, { main: true }, silentLogger);
    expect(port.main!.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(seen.other).toHaveLength(1);
    expect(seen.other[0]!.authorization).toBeUndefined();
  });

  it('caps the body and records each header occurrence', async () => {
    const big = await up(startHttp((_q, r) => { r.writeHead(200, [['x-dup', 'a'], ['x-dup', 'b']] as never); r.end('x'.repeat(1_000_000)); }));
    const obs = await collect({ url: big.url, headers: {}, timeoutMs: 3000, waitMs: 0, allowSelfSigned: false }, { main: true }, silentLogger);
    const r = obs.main!.hops[0]!;
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(64 * 1024);
    expect(r.headers['x-dup']).toEqual(['a', 'b']);
  });
});

describe('when the target cannot be probed', () => {
  it('refused: probes error with the reason, health fails', async () => {
    const url = `https://127.0.0.1:${await freePort()}`;
    const { out, get } = await probeLive({ url });
    for (const [id, o] of out) {
      if (id === 'health-endpoint') expect(failuresOf(o, id)[0]!.message).toMatch(/connection refused/);
      else if (id === 'https-redirect') continue;
      else expect({ id, error: o.error }).toEqual({ id, error: expect.stringMatching(/refused/) });
    }
    expect(get('tls-version').findings).toEqual([]);
  });

  it('DNS failure and timeout are errors naming the cause', async () => {
    const dnsOut = await probeLive({ url: 'https://preflight-nonexistent.invalid/' }, ['certificate', 'hsts']);
    expect(dnsOut.get('certificate').error).toMatch(/DNS lookup failed/);
    expect(dnsOut.get('hsts').error).toMatch(/DNS lookup failed/);
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => { sockets.push(s); });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      const t0 = Date.now();
      const { get } = await probeLive({ url: `http://127.0.0.1:${port}/`, timeoutMs: 300 }, ['security-headers']);
      expect(get('security-headers').error).toMatch(/timeout/);
      expect(Date.now() - t0).toBeLessThan(3000);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => silent.close(r));
    }
  });

  it('TLS handshake failures are errors; a legacy-only server still fails tls-version', async () => {
    const plainHttp = await up(startHttp(respond(200, {}, 'ok')));
    const { get } = await probeLive({ url: `https://127.0.0.1:${plainHttp.port}/` }, ['certificate', 'security-headers']);
    expect(get('certificate').error).toMatch(/TLS handshake with 127\.0\.0\.1:\d+ failed/);
    expect(get('security-headers').error).toMatch(/TLS handshake|reset/);
    const old = await up(startHttps({ ...pki.valid, minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }, good));
    const legacyOnly = await probeLive({ url: old.url, ca: pki.ca }, ['tls-version', 'certificate']);
    expect(failuresOf(legacyOnly.get('tls-version'), 'tls-version')[0]!.message).toMatch(/accepts TLSv1 \(TLS 1\.0\) and TLSv1\.1;/);
    // The default handshake fails: nobody current can connect, so the item fails (critical) even without
    // a tls-version item; the legacy handshake's certificate is judged too (valid here).
    expect(failuresOf(legacyOnly.get('certificate'), 'certificate').map((f) => [f.severity, f.message])).toEqual([
      ['critical', expect.stringMatching(/completes a TLS handshake only with TLSv1\.1 \(the normal one failed: TLS handshake with 127\.0\.0\.1:\d+ failed.*current browsers and clients cannot connect/)],
    ]);
    const expiredOld = await up(startHttps({ ...pki.expired, minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }, good));
    const expiredLegacy = await probeLive({ url: expiredOld.url, ca: pki.ca }, ['certificate']);
    expect(failuresOf(expiredLegacy.get('certificate'), 'certificate').map((f) => f.message)).toEqual([expect.stringMatching(/only with TLSv1\.1/), expect.stringMatching(/expired on/)]);
  });

  it('an unreachable HTTPS origin is not retried request by request', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((sock) => { sockets.push(sock); });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      const { out } = await probeLive({ url: `https://127.0.0.1:${port}/`, timeoutMs: 300, httpUrl: `http://127.0.0.1:${await freePort()}/` });
      for (const id of ['certificate', 'hsts', 'security-headers', 'cors-policy', 'sensitive-paths', 'response-time']) {
        expect(out.get(id)!.error, id).toMatch(/within 0\.3 s \(timeout\)/);
      }
      // Only the two handshakes (default and legacy) reached the server.
      expect(sockets.length).toBe(2);
    } finally {
      sockets.forEach((x) => x.destroy());
      await new Promise((r) => silent.close(r));
    }
  });

  it('localhost tries IPv4 and IPv6', async () => {
    let v6: Running | undefined;
    // A port free on 127.0.0.1 too: another test's IPv4 server on the same number would answer `localhost` first.
    const freeOnV4 = (port: number) => new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    for (let attempt = 0; attempt < 5 && !v6; attempt++) {
      let s: Running;
      try { s = await startHttp(respond(200, {}, 'ok'), '::1'); } catch { console.log('skipped: no IPv6 loopback here'); return; }
      if (await freeOnV4(s.port)) v6 = await up(Promise.resolve(s)); else await s.close();
    }
    if (!v6) throw new Error('no port free on both loopbacks in 5 attempts');
    const { get } = await probeLive({ url: `http://localhost:${v6.port}/` }, ['health-endpoint']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
  });

  it('wait: polls until a 503 turns into 200; a 404 is final', async () => {
    let n = 0;
    const flaky = await up(startHttp((_q, r) => { n++; r.writeHead(n < 3 ? 503 : 200); r.end(); }));
    const cfg = { url: flaky.url, headers: {}, timeoutMs: 1000, waitMs: 5000, allowSelfSigned: false, pollMs: 50 };
    const obs = await collect(cfg, { health: ['/'] }, silentLogger);
    expect(obs.health!['/']!.attempts).toBe(3);
    expect(obs.health!['/']!.chain.hops[0]!.status).toBe(200);
    let m = 0;
    const missing = await up(startHttp((_q, r) => { m++; r.writeHead(404); r.end(); }));
    const gone = await collect({ ...cfg, url: missing.url }, { health: ['/'] }, silentLogger);
    expect(gone.health!['/']!.attempts).toBe(1);
    expect(m).toBe(1);
  });

  it('the main page and a health path at the same URL are fetched once', async () => {
    let n = 0;
    const one = await up(startHttp((_q, r) => { n++; r.writeHead(200, STRONG_HEADERS); r.end('ok'); }));
    const obs = await collect({ url: one.url, headers: {}, timeoutMs: 1000, waitMs: 0, allowSelfSigned: false }, { main: true, health: ['/'] }, silentLogger);
    expect(obs.main!.hops[0]!.status).toBe(200);
    expect(obs.health!['/']!.chain.hops[0]!.status).toBe(200);
    expect(n).toBe(1);
  });

  it('wait: polls the default health path before probing even without health-endpoint', async () => {
    let n = 0;
    const slow = await up(startHttp((_q, r) => { n++; r.writeHead(n < 2 ? 503 : 200, STRONG_HEADERS); r.end('ok'); }));
    const obs = await collect({ url: slow.url, headers: {}, timeoutMs: 1000, waitMs: 3000, allowSelfSigned: false, pollMs: 50 }, { main: true }, silentLogger);
    expect(obs.health!['/']!.attempts).toBe(2);
    expect(obs.main!.hops[0]!.status).toBe(200);
  });

  it('wait: gives up at the deadline with the last reason (about every 2 s)', async () => {
    const url = `http://127.0.0.1:${await freePort()}/`;
    const t0 = Date.now();
    const { get } = await probeLive({ url, waitMs: 2500 }, ['health-endpoint']);
    const took = Date.now() - t0;
    const f = failuresOf(get('health-endpoint'), 'health-endpoint');
    // Attempts at 0 and 2 s, and a last one at the deadline (2.5 s).
    expect(f[0]!.message).toMatch(/connection refused.*after 3 attempts/);
    expect(took).toBeGreaterThanOrEqual(2400);
    expect(took).toBeLessThan(4000);
  });
});

describe('rate limits (429): a polite client', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Tue, 01 Dec 2026 12:00:03 GMT', now)).toBe(3000);
    // A date already past: no wait.
    expect(retryAfterMs('Tue, 01 Dec 2026 11:00:00 GMT', now)).toBe(0);
    for (const bad of [undefined, '', '1.5', '-1', 'soon']) expect(retryAfterMs(bad, now)).toBeUndefined();
  });

  /** A server that refuses the first request to each path with 429 (`retryAfter` given per request), then answers. */
  const limited = (retryAfter: () => string | undefined, log: Map<string, number[]>): Handler => (req, res) => {
    const times = log.get(req.url!) ?? [];
    log.set(req.url!, [...times, Date.now()]);
    if (!times.length) {
      const ra = retryAfter();
      res.writeHead(429, { 'content-type': 'text/html', ...(ra !== undefined ? { 'retry-after': ra } : {}) });
      res.end('<html><title>429 Too Many Requests</title></html>');
      return;
    }
    if (req.url === '/.env') return respond(200, { 'content-type': 'text/plain' }, 'DATABASE_URL=postgres://app:pw@db/app\nSECRET_KEY=x\n')(req, res);
    return respond(req.url === '/' ? 200 : 404, STRONG_HEADERS, req.url === '/' ? '<!doctype html><p>hi' : 'not found')(req, res);
  };

  it.each([
    ['Retry-After in seconds', () => '1', 900],
    ['Retry-After as an HTTP date', () => new Date(Date.now() + 2000).toUTCString(), 900],
    ['no Retry-After (back-off)', () => undefined, 450],
  ])('a 429 answered once per path is asked again after a pause and judged (%s)', async (_name, retryAfter, minGap) => {
    const log = new Map<string, number[]>();
    const s = await up(startHttps({ ...pki.valid }, limited(retryAfter, log)));
    const { get } = await probeLive({ url: s.url, ca: pki.ca, timeoutMs: 5000 }, ['sensitive-paths', 'response-time', 'health-endpoint']);
    // Before: every path answered 429 once and was left unjudged; the served /.env went unseen (and `/` was timed as the limiter).
    expect(failuresOf(get('sensitive-paths'), 'sensitive-paths').map((f) => f.url)).toEqual([`${s.url}/.env`]);
    expect(get('response-time')).toEqual({ findings: [] });
    expect(get('health-endpoint')).toEqual({ findings: [] });
    const env = log.get('/.env')!;
    expect(env.length).toBe(2);
    expect(env[1]! - env[0]!).toBeGreaterThanOrEqual(minGap);
  });

  it('a target that answers 429 to everything: sensitive-paths and response-time are errors, and the run stays bounded by about one timeout', async () => {
    let n = 0;
    const s = await up(startHttps({ ...pki.valid }, (_q, r) => { n++; r.writeHead(429, { 'content-type': 'text/html', 'retry-after': '1' }); r.end('slow down'); }));
    const t0 = Date.now();
    const { get } = await probeLive({ url: s.url, ca: pki.ca, timeoutMs: 2000 }, ['sensitive-paths', 'response-time']);
    const took = Date.now() - t0;
    expect(get('sensitive-paths').error).toMatch(/^\/\.env, .* could not be judged \(answered 429.*so whether they are served is unknown$/);
    // Before: response-time passed, timing the limiter's instant 429s.
    expect(get('response-time').error).toMatch(/answered 429 \(too many requests\) to every sample.*rate-limited the samples/);
    expect(took).toBeLessThan(2000 + 2500);
    // Asked again, but not endlessly: at most three retries a request.
    expect(n).toBeLessThanOrEqual(4 * 30);
  });

  it('a maintenance 503 with a Retry-After beyond the timeout is not waited for', async () => {
    let n = 0;
    const s = await up(startHttps({ ...pki.valid }, (_q, r) => { n++; r.writeHead(503, { 'retry-after': '3600' }); r.end('maintenance'); }));
    const { get } = await probeLive({ url: s.url, ca: pki.ca, timeoutMs: 2000 }, ['response-time']);
    expect(get('response-time').error).toMatch(/answers 503 \(service unavailable\)/);
    // The warm-up and five samples, none asked again.
    expect(n).toBe(6);
  });

  it('a 503 with an unreadable Retry-After (`none`) is as if it had none: not asked again, nothing paced', async () => {
    let n = 0;
    const s = await up(startHttps({ ...pki.valid }, (_q, r) => { n++; r.writeHead(503, { 'retry-after': 'none' }); r.end('down'); }));
    const t0 = Date.now();
    const { get } = await probeLive({ url: s.url, ca: pki.ca, timeoutMs: 5000 }, ['health-endpoint']);
    expect(failuresOf(get('health-endpoint'), 'health-endpoint')[0]!.message).toMatch(/answered HTTP 503 instead of 2xx/);
    // Before: asked four times, 0.5, 1 and 2 s apart, like a 429.
    expect(n).toBe(1);
    expect(Date.now() - t0).toBeLessThan(450);
  });

  it('a 503 with a readable Retry-After within the timeout is asked again after it', async () => {
    const times: number[] = [];
    const s = await up(startHttps({ ...pki.valid }, (_q, r) => {
      times.push(Date.now());
      if (times.length === 1) { r.writeHead(503, { 'retry-after': '1' }); r.end('starting'); return; }
      respond(200, STRONG_HEADERS, 'ok')(_q, r);
    }));
    const { get } = await probeLive({ url: s.url, ca: pki.ca, timeoutMs: 5000 }, ['health-endpoint']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
  });
});

describe("a CDN's bot challenge answers instead of the site (QA round 28)", () => {
  // Cloudflare's managed challenge page as it answers a runner: 403, `cf-mitigated: challenge`, its own CSP and headers.
  const challenge: Handler = (_q, r) => {
    r.writeHead(403, {
      server: 'cloudflare', 'cf-mitigated': 'challenge', 'content-type': 'text/html; charset=UTF-8', 'cf-ray': '8a1b2c3d4e5f6782-AMS',
      'content-security-policy': "default-src 'none'; script-src 'nonce-AbC123' 'unsafe-eval' https://challenges.cloudflare.com; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'same-origin',
    });
    r.end('<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>');
  };

  it('the probes that would judge the challenge page are errors saying so, not findings about it', async () => {
    const s = await up(startHttps({ ...pki.valid }, challenge));
    const { out } = await probeLive({ url: s.url, ca: pki.ca });
    // Before: health-endpoint "answered HTTP 403" (critical), security-headers judged the challenge's 'unsafe-eval',
    // hsts "sends no Strict-Transport-Security header".
    for (const id of ['health-endpoint', 'security-headers', 'hsts', 'cookie-security', 'cors-policy', 'dev-server-exposed', 'sensitive-paths', 'response-time']) {
      expect({ id, ...out.get(id) }).toEqual({ id, findings: [], error: expect.stringMatching(/answers 403 with Cloudflare's bot challenge \(cf-mitigated: challenge\) instead of the site|a CDN's bot challenge, not the site/) });
      expect(out.get(id)!.error).toMatch(/allow-list the runner|bypass header|bot challenge, not the site/);
    }
    // What the TLS handshake and the banner show are still the host's.
    for (const id of ['certificate', 'tls-version', 'server-version-leak']) expect({ id, ...out.get(id) }).toEqual({ id, findings: [] });
  });

  it("AWS WAF's challenge and CAPTCHA are recognised by x-amzn-waf-action; an ordinary 403 is not a challenge", async () => {
    const waf = await up(startHttps({ ...pki.valid }, (_q, r) => { r.writeHead(405, { 'x-amzn-waf-action': 'captcha', 'content-type': 'text/html' }); r.end('<html>captcha</html>'); }));
    const forbidden = await up(startHttps({ ...pki.valid }, (_q, r) => { r.writeHead(403, { 'content-type': 'text/html' }); r.end('<html>Forbidden</html>'); }));
    expect((await probeLive({ url: waf.url, ca: pki.ca }, ['health-endpoint'])).get('health-endpoint').error).toMatch(/answers 405 with AWS WAF's CAPTCHA \(x-amzn-waf-action: captcha\) instead of the site/);
    // A plain 403 is the site's answer: the health endpoint fails as before.
    expect(failuresOf((await probeLive({ url: forbidden.url, ca: pki.ca }, ['health-endpoint'])).get('health-endpoint'), 'health-endpoint')[0]!.message).toMatch(/answered HTTP 403 instead of 2xx/);
  });
});
