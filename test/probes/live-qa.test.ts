import https from 'node:https';
import fs from 'node:fs';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeConfig } from '../../src/probes/run.js';
import { makePki, type Pki } from '../servers/certs.js';
import { respond, startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { freePort } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * Regressions found by a QA pass against real servers: each test runs the probes against a Node
 * server on 127.0.0.1 (port 0) that reproduces the defect.
 */
let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };
const tlsUp = (pem: keyof Pki, h: Handler) => up(startHttps(pki[pem] as { key: string; cert: string }, h));
const page = (headers: Record<string, string | string[]>): Handler => respond(200, { ...STRONG_HEADERS, ...headers }, '<!doctype html><p>hi');

beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

describe('probes against servers reproducing the QA findings', () => {
  it('wait: a server that starts listening late is judged by handshakes made after the wait', async () => {
    const port = await freePort();
    let listening = 0;
    const seen: (string | undefined)[] = [];
    const server = https.createServer(pki.valid, (req, res) => {
      seen.push(req.headers.authorization);
      if (req.headers.authorization !== 'Bearer t0ken-qa') { res.writeHead(401); res.end(); return; }
      // Up, but not ready at first: 503 on the health path for a while.
      if (req.url === '/healthz' && Date.now() - listening < 600) { res.writeHead(503, STRONG_HEADERS); res.end('starting'); return; }
      res.writeHead(200, STRONG_HEADERS);
      res.end('ok');
    });
    const timer = setTimeout(() => { listening = Date.now(); server.listen(port, '127.0.0.1'); }, 800);
    try {
      const config = { url: `https://127.0.0.1:${port}`, ca: pki.ca, health: ['/healthz'], headers: { Authorization: 'Bearer t0ken-qa' }, waitMs: 8000, pollMs: 150 };
      const { get } = await probeLive(config as ProbeConfig, ['health-endpoint', 'certificate', 'tls-version', 'security-headers']);
      // Before the fix: certificate and tls-version were `error: connection refused` (handshake before the wait),
      // and custom headers were withheld for the whole run (that failed handshake counted as "untrusted").
      for (const id of ['health-endpoint', 'certificate', 'tls-version', 'security-headers']) expect({ id, ...get(id) }).toEqual({ id, findings: [] });
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.every((a) => a === 'Bearer t0ken-qa')).toBe(true);
    } finally {
      clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((r) => server.close(() => r(undefined)));
    }
  });

  it('https-redirect: an http:// target is itself the plain-HTTP origin (not port 80)', async () => {
    const plain = await up(startHttp(page({})));
    const { get } = await probeLive({ url: `${plain.url}/` }, ['https-redirect']);
    const f = failuresOf(get('https-redirect'), 'https-redirect');
    expect(f.map((x) => [x.severity, x.url])).toEqual([['high', `${plain.url}/`]]);
    expect(f[0]!.message).toMatch(/answered HTTP 200 over plain HTTP instead of redirecting to https:\/\//);
    // An http:// target that redirects to https on the same host passes.
    const redirector = await up(startHttp((req, res) => { res.writeHead(301, { location: `https://127.0.0.1:1${req.url}` }); res.end(); }));
    expect((await probeLive({ url: `${redirector.url}/` }, ['https-redirect'])).get('https-redirect')).toEqual({ findings: [] });
  });

  it('an invalid plain-HTTP URL given to the library errors https-redirect alone, not every probe', async () => {
    const srv = await up(startHttp(page({})));
    const { out, get } = await probeLive({ url: `${srv.url}/`, httpUrl: 'notaurl' }, ['https-redirect', 'security-headers', 'health-endpoint']);
    expect(get('https-redirect').error).toMatch(/not an http:\/\/ URL/);
    expect([...out].filter(([, o]) => o.error).map(([id]) => id)).toEqual(['https-redirect']);
  });

  it('security-headers: a duplicated nosniff (proxy + app) passes with a note; DENY twice blocks framing', async () => {
    const joined = await tlsUp('valid', page({ 'x-content-type-options': 'nosniff, nosniff', 'x-frame-options': 'DENY, DENY' }));
    const twice = await tlsUp('valid', (_q, res) => {
      res.setHeader('x-content-type-options', ['nosniff', 'nosniff']);
      res.setHeader('x-frame-options', ['DENY', 'DENY']);
      // Two header lines each (not comma-joined); the CSP sets no frame-ancestors, so X-Frame-Options counts.
      const { 'content-security-policy': _csp, 'x-content-type-options': _xcto, 'x-frame-options': _xfo, ...rest } = STRONG_HEADERS;
      res.writeHead(200, { ...rest, 'content-security-policy': "script-src 'self'" });
      res.end('<!doctype html><p>hi');
    });
    for (const url of [joined.url, twice.url]) {
      const out = (await probeLive({ url, ca: pki.ca }, ['security-headers'])).get('security-headers');
      expect(failuresOf(out, 'security-headers'), url).toEqual([]);
      expect(out.findings.filter((f) => f.note).map((f) => f.message)).toEqual([expect.stringMatching(/^X-Content-Type-Options is 'nosniff, nosniff' .*browsers use the first value, nosniff; send it once$/)]);
    }
  });

  it("security-headers: a CSP with '*' and 'unsafe-inline' names both", async () => {
    const srv = await tlsUp('valid', page({ 'content-security-policy': "default-src * 'unsafe-inline'; frame-ancestors 'none'" }));
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['security-headers'])).get('security-headers'), 'security-headers');
    expect(f.map((x) => x.message)).toEqual(["Content-Security-Policy does not restrict scripts: script sources allow 'unsafe-inline' and any origin (*)"]);
  });

  it('certificate: expired and from an untrusted CA is two findings', async () => {
    const srv = await tlsUp('expired', page({}));
    const untrusted = failuresOf((await probeLive({ url: srv.url }, ['certificate'])).get('certificate'), 'certificate');
    expect(untrusted.map((f) => f.severity)).toEqual(['critical', 'critical']);
    expect(untrusted[0]!.message).toMatch(/expired on/);
    expect(untrusted[1]!.message).toMatch(/is not trusted \(its issuer CN=Preflight Test CA is not a trusted CA\); use a certificate from a trusted CA/);
    // Trusted through --ca, the same certificate is one finding: the expiry.
    const trusted = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate');
    expect(trusted.map((f) => f.message)).toEqual([expect.stringMatching(/expired on/)]);
  });

  it('certificate: a CA-issued leaf served with its untrusted root (a fullchain.pem with the root) is untrusted, not self-signed', async () => {
    const srv = await up(startHttps({ key: pki.valid.key, cert: `${pki.valid.cert.trim()}\n${pki.ca.trim()}\n` }, page({})));
    const f = failuresOf((await probeLive({ url: srv.url }, ['certificate'])).get('certificate'), 'certificate');
    expect(f.map((x) => [x.severity, x.message])).toEqual([['critical', expect.stringMatching(/is not trusted: it chains to a root the server sends itself \(issuer CN=Preflight Test CA\), which is not a trusted CA; use a certificate from a trusted CA, or pass the private CA/)]]);
    // Trusted through --ca, it passes.
    expect(failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate')).toEqual([]);
  });

  it('certificate: a wrong-host message lists the names the certificate covers', async () => {
    const srv = await tlsUp('wrongHost', page({}));
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate');
    expect(f.map((x) => x.message)).toEqual([`the certificate of ${srv.url} is not valid for 127.0.0.1: it covers other.example; serve a certificate for 127.0.0.1`]);
  });

  it('cors-policy: Origin: null reflected without credentials is high, like a reflected foreign origin', async () => {
    const srv = await tlsUp('valid', (req, res) => {
      res.writeHead(200, { ...STRONG_HEADERS, ...(req.headers.origin === 'null' ? { 'access-control-allow-origin': 'null' } : {}) });
      res.end('{}');
    });
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['cors-policy'])).get('cors-policy'), 'cors-policy');
    expect(f.map((x) => x.severity)).toEqual(['high']);
    expect(f[0]!.message).toMatch(/allows Origin: null \(GET with Origin: null\)/);
  });

  it('cors-policy: a same-host redirect that grants nothing is followed, and the URL that answered is judged and named', async () => {
    const seen: [string | undefined, string | undefined, string | undefined][] = [];
    // `/` redirects to the API (no CORS headers on the redirect); the API reflects any origin with credentials.
    const srv = await tlsUp('valid', (req, res) => {
      seen.push([req.method, req.url, req.headers.origin]);
      if (!req.url?.startsWith('/api/')) { res.writeHead(302, { ...STRONG_HEADERS, location: '/api/v1/' }); res.end(); return; }
      res.writeHead(req.method === 'OPTIONS' ? 204 : 200, { ...STRONG_HEADERS, 'access-control-allow-origin': req.headers.origin ?? '', 'access-control-allow-credentials': 'true' });
      res.end('{}');
    });
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['cors-policy'])).get('cors-policy'), 'cors-policy');
    expect(f.map((x) => x.severity).sort()).toEqual(['critical', 'critical']);
    expect(f.map((x) => x.message)).toContain(`${srv.url}/api/v1/ (redirected from ${srv.url}/) reflects any Origin with Access-Control-Allow-Credentials: true (GET); any website can read users' data`);
    // The redirected requests kept their method and Origin.
    expect(seen).toEqual(expect.arrayContaining([['OPTIONS', '/api/v1/', 'https://preflight-probe.invalid'], ['GET', '/api/v1/', 'null']]));
  });

  it('cors-policy: a redirect that answers with Access-Control-Allow-Origin is judged itself, and another host is never followed', async () => {
    let followed = 0;
    const other = await startHttp((req, res) => { followed++; res.writeHead(200, { 'access-control-allow-origin': req.headers.origin ?? '', 'access-control-allow-credentials': 'true' }); res.end(); }, 'localhost');
    servers.push(other);
    const offHost = await tlsUp('valid', (_req, res) => { res.writeHead(302, { ...STRONG_HEADERS, location: `${other.url}/api/` }); res.end(); });
    expect(failuresOf((await probeLive({ url: offHost.url, ca: pki.ca }, ['cors-policy'])).get('cors-policy'), 'cors-policy')).toEqual([]);
    expect(followed).toBe(0);
    const granting = await tlsUp('valid', (req, res) => {
      if (req.url === '/') { res.writeHead(301, { ...STRONG_HEADERS, location: '/next', 'access-control-allow-origin': '*' }); res.end(); return; }
      res.writeHead(200, { ...STRONG_HEADERS, 'access-control-allow-origin': req.headers.origin ?? '', 'access-control-allow-credentials': 'true' });
      res.end();
    });
    const f = failuresOf((await probeLive({ url: granting.url, ca: pki.ca }, ['cors-policy'])).get('cors-policy'), 'cors-policy');
    expect(f.map((x) => [x.severity, x.message.startsWith(`${granting.url} sends Access-Control-Allow-Origin: *`)])).toEqual([['low', true]]);
  });

  it('dev-server-exposed: an application mounted under the target path has its console and debug 404 page looked for under it', async () => {
    const asked: string[] = [];
    const consolePage = '<!doctype html><title>Console // Werkzeug Debugger</title><script>var CONSOLE_MODE = true, EVALEX = true;</script>';
    const debug404 = "<title>Page not found at /app/x</title><div id=\"summary\"><h1>Page not found <span>(404)</span></h1></div><div id=\"explanation\"><p>You're seeing this error because you have <code>DEBUG = True</code> in your Django settings file.</p></div>";
    // A proxy serves the app under /app/ (the root's own 404 says nothing about the application).
    const srv = await tlsUp('valid', (req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/app/' || req.url === '/app') return page({})(req, res);
      if (req.url === '/app/console') return respond(200, STRONG_HEADERS, consolePage)(req, res);
      if (req.url?.startsWith('/app/')) return respond(404, { ...STRONG_HEADERS, 'content-type': 'text/html' }, debug404)(req, res);
      respond(404, STRONG_HEADERS, 'not found')(req, res);
    });
    const f = failuresOf((await probeLive({ url: `${srv.url}/app/`, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed'), 'dev-server-exposed');
    expect(f.map((x) => x.message)).toEqual(expect.arrayContaining([
      `${srv.url}/app/console serves the Werkzeug debugger console (Python code execution, guarded at most by the PIN); turn Flask's debug mode off (no app.run(debug=True), FLASK_DEBUG or flask run --debug) and serve the app with a WSGI server such as gunicorn`,
      expect.stringMatching(new RegExp(`^${srv.url}/app/preflight-probe-\\w+ exposes Django's DEBUG`)),
    ]));
    expect(asked).toEqual(expect.arrayContaining(['/console', '/app/console']));
    // A target at the root asks the root only.
    asked.length = 0;
    await probeLive({ url: srv.url, ca: pki.ca }, ['dev-server-exposed']);
    expect(asked.filter((u) => u.startsWith('/app'))).toEqual([]);
  });

  it('an application down behind its proxy (502 everywhere but the proxy\'s own health answer) is never a pass', async () => {
    const srv = await tlsUp('valid', (req, res) => {
      if (req.url === '/healthz') return respond(200, STRONG_HEADERS, 'ok')(req, res);
      respond(502, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<html><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></html>')(req, res);
    });
    const ids = ['health-endpoint', 'sensitive-paths', 'response-time', 'security-headers', 'cookie-security', 'cors-policy', 'dev-server-exposed'];
    const { get } = await probeLive({ url: srv.url, ca: pki.ca }, ids, { 'health-endpoint': { paths: ['/healthz'] } });
    expect(get('health-endpoint')).toEqual({ findings: [] });
    for (const id of ids.slice(1)) expect(get(id).error, id).toMatch(/answer(?:s|ed) 502\b/);
    expect(get('response-time').error).toMatch(/the application behind it did not answer, so its response time was not measured/);
  });

  it('sensitive-paths: an application mounted under the target path has its files asked for under it', async () => {
    const asked: string[] = [];
    const srv = await tlsUp('valid', (req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/app/.env') return respond(200, { ...STRONG_HEADERS, 'content-type': 'text/plain' }, 'APP_ENV=production\nDATABASE_URL=postgres://app:s3cr3t-pw@db/app\n')(req, res);
      if (req.url === '/app/' || req.url === '/app/index.html') return page({})(req, res);
      respond(404, STRONG_HEADERS, 'not found')(req, res);
    });
    const f = failuresOf((await probeLive({ url: `${srv.url}/app/`, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths'), 'sensitive-paths');
    expect(f.map((x) => [x.severity, x.message.split(';')[0]])).toEqual([['critical', `${srv.url}/app/.env serves a .env file (KEY=VALUE lines)`]]);
    expect(asked).toEqual(expect.arrayContaining(['/.env', '/app/.env', '/app/.git/config']));
  });

  it('an http:// target that redirects to its https:// side fails the TLS probes with a message that names the URL to give', async () => {
    const tls = await tlsUp('valid', page({}));
    const plain = await up(startHttp((req, res) => { res.writeHead(301, { location: `${tls.url}${req.url}` }); res.end(); }));
    const { get } = await probeLive({ url: `${plain.url}/`, ca: pki.ca }, ['certificate', 'hsts', 'tls-version']);
    for (const [id, none, what] of [['certificate', 'no certificate is served', 'certificate'], ['hsts', 'HSTS is only honoured over HTTPS', 'Strict-Transport-Security header'], ['tls-version', 'nothing is served over TLS', 'TLS version support']] as const) {
      expect(failuresOf(get(id), id).map((f) => f.message), id).toEqual([`${plain.url}/ is plain HTTP (${none}), so this item fails for the target given. It redirects to ${tls.url}/, but the TLS probes judge the URL given, not where it redirects: give ${tls.url}/ as the target to have its ${what} judged`]);
      expect(failuresOf(get(id), id).map((f) => f.fix), id).toEqual([`Give ${tls.url}/ as the target (--url, the action input url or probes.url): the TLS probes judge the URL given, and ${plain.url}/ is plain HTTP.`]);
    }
  });

  it("cookie-security: SameSite=None without Secure over HTTPS is said once", async () => {
    const srv = await tlsUp('valid', page({ 'set-cookie': ['x=1; SameSite=None; HttpOnly'] }));
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['cookie-security'])).get('cookie-security'), 'cookie-security');
    expect(f.map((x) => x.message)).toEqual(["cookie 'x' is set without Secure (required by SameSite=None); add Secure"]);
  });

  it('health-endpoint: a 401 behind an untrusted certificate says the custom headers were withheld', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const srv = await tlsUp('selfSigned', (req, res) => { seen.push(req.headers); respond(401, { 'www-authenticate': 'Bearer' }, 'no')(req, res); });
    const { get } = await probeLive({ url: srv.url, headers: { Authorization: 'Bearer t0ken-qa' } }, ['health-endpoint']);
    expect(get('health-endpoint').error).toMatch(/^protected — give headers \(.*\) so the probe can see the application \(custom headers were withheld: the certificate is not trusted\): .*answers 401/);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((h) => h.authorization === undefined)).toBe(true);
  });

  it('a 401 to headers that were sent says they were not accepted, not "give headers"', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const srv = await up(startHttp((req, res) => { seen.push(req.headers); respond(401, { 'www-authenticate': 'Bearer' }, 'no')(req, res); }));
    const { get } = await probeLive({ url: srv.url, headers: { Authorization: 'Bearer wrong-t0ken' } }, ['health-endpoint', 'security-headers']);
    expect(get('health-endpoint').error).toMatch(/^protected — the headers given were sent and not accepted: check their values \(--header, .*\): .*answers 401/);
    expect(get('security-headers').error).toMatch(/^protected: .*answers 401.*; the headers given were sent and not accepted/);
    expect(seen.some((h) => h.authorization === 'Bearer wrong-t0ken')).toBe(true);
  });
});
