import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOddLeaves, makePki, type OddLeaves, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/** Regressions of QA round 16 (live probes, black-box), each against a Node server on 127.0.0.1. */
let pki: Pki;
let odd: OddLeaves;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); odd = makeOddLeaves(pki); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});
const up = async (handler: Handler) => { const s = await startHttp(handler); servers.push(s); return s; };
const tlsUp = async (handler: Handler, pem = pki.valid) => { const s = await startHttps(pem, handler); servers.push(s); return s; };

describe('cookie-security judges every Set-Cookie', () => {
  it('a session cookie set again without flags after a redirect, and on another path, fails', async () => {
    const srv = await tlsUp((q, r) => {
      if (q.url === '/') { r.writeHead(302, { location: '/home', 'set-cookie': 'sessionid=a; Path=/; Secure; HttpOnly; SameSite=Lax' }); r.end(); return; }
      r.writeHead(200, { ...STRONG_HEADERS, 'set-cookie': ['sessionid=b; Path=/', 'sessionid=c; Path=/app'] }); r.end('<!doctype html><p>home');
    });
    const f = failuresOf((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['cookie-security'])).get('cookie-security'), 'cookie-security');
    expect(f.map((x) => x.message)).toEqual([
      "cookie 'sessionid' is set without Secure, without HttpOnly and without a valid SameSite; add Secure; HttpOnly; SameSite",
      "cookie 'sessionid' (Path=/app) is set without Secure, without HttpOnly and without a valid SameSite; add Secure; HttpOnly; SameSite",
    ]);
  });
});

describe('certificate: browsers ignore the CN', () => {
  it('a certificate with no subjectAltName (the host only in its CN) is critical, and custom headers are withheld', async () => {
    let auth: string | undefined;
    const srv = await tlsUp((q, r) => { auth = q.headers['x-api-key'] as string | undefined; r.writeHead(200, STRONG_HEADERS); r.end('ok'); }, odd.cnOnly);
    const url = srv.url.replace('127.0.0.1', 'localhost');
    const { get } = await probeLive({ url, ca: pki.ca, headers: { 'X-Api-Key': 'k3y-abcdefghij' } }, ['certificate', 'health-endpoint']);
    expect(failuresOf(get('certificate'), 'certificate').map((x) => [x.severity, x.message])).toEqual([
      ['critical', `the certificate of ${url} is not valid for localhost: it has no subjectAltName, only CN=localhost, which browsers and current clients (Go) ignore; serve a certificate whose subjectAltName names localhost`],
    ]);
    expect(auth).toBeUndefined();
  });
  it('the valid leaf (subjectAltName DNS:localhost) still passes for localhost', async () => {
    const srv = await tlsUp((_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); });
    const { get } = await probeLive({ url: srv.url.replace('127.0.0.1', 'localhost'), ca: pki.ca }, ['certificate']);
    expect(get('certificate')).toEqual({ findings: [] });
  });
});

describe('credentials in the target URL', () => {
  const PASS = 'Sup3rS3cretPassw0rd';
  const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  it('go to the target origin as Basic auth, never across a redirect to another origin', async () => {
    const other: (string | undefined)[] = [];
    const elsewhere = await tlsUp((q, r) => { other.push(q.headers.authorization); r.writeHead(200, STRONG_HEADERS); r.end('ok'); });
    const target: (string | undefined)[] = [];
    const srv = await tlsUp((q, r) => {
      target.push(q.headers.authorization);
      if (q.headers.authorization !== basic('admin', PASS)) { r.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }); r.end(); return; }
      if (q.url === '/') { r.writeHead(302, { location: `${elsewhere.url}/home` }); r.end(); return; }
      r.writeHead(200, STRONG_HEADERS); r.end('ok');
    });
    const { get } = await probeLive({ url: `https://admin:${PASS}@127.0.0.1:${srv.port}/`, ca: pki.ca }, ['health-endpoint', 'security-headers'], { 'health-endpoint': { paths: ['/health'] } });
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(target.length).toBeGreaterThan(0);
    expect(target.every((a) => a === basic('admin', PASS))).toBe(true);
    // security-headers follows / to the other origin (another port): the credentials stay behind.
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((a) => a === undefined)).toBe(true);
  });
  it('an Authorization header given wins; an untrusted certificate withholds them; percent-encoded parts are decoded', async () => {
    const got: (string | undefined)[] = [];
    const srv = await tlsUp((q, r) => { got.push(q.headers.authorization); r.writeHead(200, STRONG_HEADERS); r.end('ok'); });
    await probeLive({ url: `https://admin:${PASS}@127.0.0.1:${srv.port}/`, ca: pki.ca, headers: { Authorization: 'Bearer given-token-123' } }, ['health-endpoint']);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((a) => a === 'Bearer given-token-123')).toBe(true);
    got.length = 0;
    const { get } = await probeLive({ url: `https://admin:${PASS}@127.0.0.1:${srv.port}/` }, ['health-endpoint']);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((a) => a === undefined)).toBe(true);
    expect(JSON.stringify(get('health-endpoint'))).not.toContain(PASS);
    got.length = 0;
    await probeLive({ url: `https://us%40er:p%3Ass@127.0.0.1:${srv.port}/`, ca: pki.ca }, ['health-endpoint']);
    expect(got.every((a) => a === basic('us@er', 'p:ss'))).toBe(true);
  });
});

describe('an https:// target that redirects to plain http:// on the same host', () => {
  it('fails https-redirect (naming the hop), and the cookie set over plain HTTP must be Secure', async () => {
    const plain = await up((_q, r) => {
      r.writeHead(200, { ...STRONG_HEADERS, 'set-cookie': 'sessionid=abc; HttpOnly; SameSite=Lax; Path=/' });
      r.end('<!doctype html><p>app over plain http');
    });
    const srv = await tlsUp((_q, r) => { r.writeHead(301, { location: `${plain.url}/home`, 'strict-transport-security': 'max-age=31536000' }); r.end(); });
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca, httpUrl: `${plain.url}/` }, ['https-redirect', 'cookie-security']);
    expect(failuresOf(get('https-redirect'), 'https-redirect').map((f) => [f.severity, f.message])).toEqual([
      ['high', expect.stringMatching(new RegExp(`^${srv.url}/ redirects to ${plain.url}/home, leaving HTTPS for plain HTTP; redirect to https:// only`))],
      // The plain-HTTP origin given answers 200 itself: its own failure.
      ['high', `${plain.url}/ answered HTTP 200 over plain HTTP instead of redirecting to https://`],
    ]);
    expect(failuresOf(get('cookie-security'), 'cookie-security').map((f) => f.message)).toEqual([
      `cookie 'sessionid' is set over plain HTTP (by ${plain.url}/home, after the https:// target redirected there) without Secure; add Secure`,
    ]);
  });
});

describe('https-redirect: a gateway error on the plain-HTTP side', () => {
  it('502, 503 and 504 are errors (nothing behind the gateway answered), not failures', async () => {
    const gw = await up((q, r) => { r.writeHead(Number(q.url!.slice(1)) || 503); r.end('gateway error'); });
    const srv = await tlsUp((_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); });
    for (const status of [502, 503, 504]) {
      const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca, httpUrl: `${gw.url}/${status}` }, ['https-redirect']);
      expect(get('https-redirect'), String(status)).toEqual({ findings: [], error: expect.stringMatching(new RegExp(`answers ${status} .*whether plain HTTP redirects to https:// could not be judged`)) });
    }
  });
});

describe('messages that name the real cause', () => {
  /** A raw TCP server answering every request with `raw` (CRLF line ends) and closing. */
  const rawUp = async (raw: string) => {
    const s = net.createServer((c) => { c.on('error', () => {}); c.once('data', () => c.end(raw.replace(/\n/g, '\r\n'))); });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    const port = (s.address() as net.AddressInfo).port;
    servers.push({ url: `http://127.0.0.1:${port}`, port, close: () => new Promise((r) => s.close(() => r())) });
    return `http://127.0.0.1:${port}/`;
  };
  it('a header line without a colon is a malformed header, not a Content-Length mismatch; a short body still is one', async () => {
    const bad = await rawUp('HTTP/1.1 200 OK\nContent-Length: 2\nStrict-Transport-Security max-age=1\nConnection: close\n\nok');
    const { get } = await probeLive({ url: bad }, ['health-endpoint']);
    expect(failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([expect.stringMatching(/answered something that is not valid HTTP \(malformed response headers, such as a line without a colon or two different Content-Length values\)/)]);
    const short = await rawUp('HTTP/1.1 200 OK\nContent-Length: 10\nConnection: close\n\nok');
    const { get: got } = await probeLive({ url: short }, ['health-endpoint']);
    expect(failuresOf(got('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([expect.stringMatching(/answered something that is not valid HTTP \(the body does not match its Content-Length\)/)]);
  });
});

describe('certificate: an extended key usage without serverAuth', () => {
  it('is named as not valid for server authentication (the CA given does verify it), critical even with allow-self-signed', async () => {
    const srv = await tlsUp((_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); }, odd.clientAuthOnly);
    for (const allowSelfSigned of [false, true]) {
      const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca, allowSelfSigned }, ['certificate']);
      expect(failuresOf(get('certificate'), 'certificate').map((f) => [f.severity, f.message])).toEqual([
        ['critical', `the certificate of ${srv.url}/ is not valid for server authentication (INVALID_PURPOSE: its extended key usage does not include serverAuth); reissue it with extendedKeyUsage serverAuth`],
      ]);
    }
  });
});

describe('server-version-leak: CDN and load-balancer banners', () => {
  it("Edgecast's node id and AWS ELB's banner pass; a real version behind them still fails", async () => {
    const srv = await up((q, r) => {
      if (q.url === '/') { r.writeHead(302, { location: '/lb', server: 'ECS (dcb/7F84)' }); r.end(); return; }
      if (q.url === '/lb') { r.writeHead(302, { location: '/app', server: 'awselb/2.0' }); r.end(); return; }
      r.writeHead(200, { ...STRONG_HEADERS, 'x-powered-by': 'PHP/8.2.7' }); r.end('ok');
    });
    const f = failuresOf((await probeLive({ url: `${srv.url}/` }, ['server-version-leak'])).get('server-version-leak'), 'server-version-leak');
    expect(f.map((x) => x.message)).toEqual([`${srv.url}/app reveals its version in X-Powered-By: 'PHP/8.2.7'; hide it`]);
  });
});
