import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { makePki } from '../servers/certs.js';
import { NGINX, startNginx } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * QA round 25: a healthy server with one worker (gunicorn's default sync worker) answers requests one after
 * another. Every probe at once used to queue two dozen requests with their timeouts already running, so the
 * last ones timed out though each took a fraction of a second, and sensitive-paths became a critical `error`.
 */
const servers: http.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => s.close(r)))); });

/** One request at a time, `ms` each, like a single sync worker; records the most requests it ever had waiting. */
async function oneWorker(ms: number): Promise<{ url: string; stats: { handled: number; maxQueued: number } }> {
  const stats = { handled: 0, maxQueued: 0 };
  const queue: (() => void)[] = [];
  let busy = false;
  const next = () => {
    const job = queue.shift();
    if (!job) { busy = false; return; }
    busy = true;
    setTimeout(() => { job(); next(); }, ms);
  };
  const srv = http.createServer((req, res) => {
    queue.push(() => {
      stats.handled++;
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/' || path === '/health') {
        res.writeHead(200, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
        res.end('<!doctype html><title>shop</title>');
      } else { res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>Not Found</h1>'); }
    });
    stats.maxQueued = Math.max(stats.maxQueued, queue.length);
    if (!busy) next();
  });
  servers.push(srv);
  srv.keepAliveTimeout = 10_000;
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(srv.address() as import('node:net').AddressInfo).port}`, stats };
}

describe('a server with one worker, 300 ms per request, every probe at once (timeout 2.5 s)', () => {
  it('no probe times out: each request waits for at most a few others, and its timeout starts when it is sent', async () => {
    const { url, stats } = await oneWorker(300);
    const { out } = await probeLive({ url: `${url}/`, timeoutMs: 2500 });
    const errors = [...out].filter(([, o]) => o.error).map(([id, o]) => `${id}: ${o.error}`);
    // On plain HTTP the TLS probes fail, and the rest judge what the server answered; none could not run.
    expect(errors.filter((e) => /timeout|no answer/.test(e))).toEqual([]);
    expect(out.get('sensitive-paths')!.error).toBeUndefined();
    expect(out.get('sensitive-paths')!.findings).toEqual([]);
    expect(stats.handled).toBeGreaterThan(15);
    // Never more than six requests in flight: five waiting behind the one being served.
    expect(stats.maxQueued).toBeLessThanOrEqual(6);
  }, 60_000);
});

describe('a tarpit that holds scanners\' paths (/.env, /.git/…) open forever while the app answers (timeout 1 s)', () => {
  it('only sensitive-paths cannot run; the page\'s probes judge it, and the run stays bounded', async () => {
    const held: http.ServerResponse[] = [];
    const srv = http.createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      if (/^\/\.|^\/(?:wp-config|phpinfo|server-status|config|backup|actuator)/.test(path)) { held.push(res); return; }
      res.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'self'", 'referrer-policy': 'no-referrer' });
      res.end('<!doctype html><title>shop</title>');
    });
    servers.push(srv);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(srv.address() as import('node:net').AddressInfo).port}/`;
    const t0 = performance.now();
    const { out } = await probeLive({ url, timeoutMs: 1000 });
    const ms = performance.now() - t0;
    for (const r of held) r.destroy();
    expect(out.get('sensitive-paths')!.error).toMatch(/could not be fetched|no answer/);
    for (const id of ['security-headers', 'cors-policy', 'cookie-security', 'health-endpoint', 'dev-server-exposed', 'response-time']) expect(out.get(id)!.error, id).toBeUndefined();
    expect(out.get('security-headers')!.findings).toEqual([]);
    expect(ms).toBeLessThan(5000);
  }, 30_000);
});

describe('response-time follows same-host redirects (QA round 25)', () => {
  const start = async (handler: http.RequestListener) => {
    const srv = http.createServer(handler);
    servers.push(srv);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(srv.address() as import('node:net').AddressInfo).port}/`;
  };
  it('times the page a redirect leads to, not the redirect alone', async () => {
    const url = await start((req, res) => {
      if (req.url === '/') { res.writeHead(302, { location: '/en/' }); res.end(); return; }
      setTimeout(() => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>home</p>'); }, 400);
    });
    const o = (await probeLive({ url }, ['response-time'], { 'response-time': { 'max-ms': 250, samples: 2 } })).get('response-time');
    expect(o.error).toBeUndefined();
    expect(o.findings.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/ took 4\d\d ms \(median of 2\), over 250 ms$/)]);
  }, 20_000);
  it('a redirect loop is an error, not a fast answer', async () => {
    const url = await start((req, res) => { res.writeHead(302, { location: req.url === '/a' ? '/' : '/a' }); res.end(); });
    const o = (await probeLive({ url }, ['response-time'])).get('response-time');
    expect(o.error).toMatch(/is in a redirect loop \(last to http:\/\/127\.0\.0\.1:\d+\/(?:a)?\), so its response time cannot be measured/);
  }, 20_000);
});

describe.skipIf(!NGINX)('nginx with http2 on: headers repeated by the app and nginx are judged as browsers see them (QA round 25)', () => {
  it('a doubled Access-Control-Allow-Credentials is "true, true" (not honoured), the same over an http2 listener as without', async () => {
    const pki = makePki();
    const extra = 'location = /api { add_header Access-Control-Allow-Origin $http_origin always; add_header Access-Control-Allow-Credentials true always; add_header Access-Control-Allow-Credentials true always; add_header X-Content-Type-Options nosniff always; return 200 "{}"; }';
    const verdicts: string[][] = [];
    for (const http2 of [false, true]) {
      const ngx = await startNginx(pki.valid, extra, { http2 });
      try {
        const o = (await probeLive({ url: `${ngx.urls.https}/api`, ca: pki.ca }, ['cors-policy'])).get('cors-policy');
        verdicts.push(failuresOf(o, 'cors-policy').map((f: { severity: string; message: string }) => `${f.severity} ${/true, true/.test(f.message)}`));
      } finally { await ngx.stop(); }
    }
    expect(verdicts[0]!.length).toBeGreaterThan(0);
    expect(verdicts[1]).toEqual(verdicts[0]);
    expect(verdicts[1]!.every((v) => !v.startsWith('critical'))).toBe(true);
  }, 30_000);
});

describe('response-time does not time a login wall or a redirect to another host (QA round 25)', () => {
  const start = async (handler: http.RequestListener) => {
    const srv = http.createServer(handler);
    servers.push(srv);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(srv.address() as import('node:net').AddressInfo).port}/`;
  };
  it('a 401 is error: protected; with the credentials the page is timed', async () => {
    const url = await start((req, res) => {
      if (req.headers.authorization !== 'Basic dTpw') { res.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }); res.end(); return; }
      setTimeout(() => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>app</p>'); }, 300);
    });
    const wall = (await probeLive({ url }, ['response-time'], { 'response-time': { 'max-ms': 100, samples: 1 } })).get('response-time');
    expect(wall.error).toMatch(/^protected: http:\/\/127\.0\.0\.1:\d+\/ answers 401 \(authentication required\), so the application's response time was not measured/);
    const open = (await probeLive({ url, headers: { authorization: 'Basic dTpw' } }, ['response-time'], { 'response-time': { 'max-ms': 100, samples: 1 } })).get('response-time');
    expect(open.error).toBeUndefined();
    expect(open.findings).toHaveLength(1);
  }, 20_000);
  it('a redirect to another host is an error, not a fast answer', async () => {
    const url = await start((_req, res) => { res.writeHead(302, { location: 'http://localhost:9/elsewhere' }); res.end(); });
    const o = (await probeLive({ url }, ['response-time'])).get('response-time');
    expect(o.error).toMatch(/redirects to http:\/\/localhost:9\/elsewhere \(off-host\), which is not followed, so its response time was not measured/);
  }, 20_000);
});

describe('wait with a health path slower than the timeout (QA round 27)', () => {
  it('the wait only delays the probes: every sensitive path is requested and judged, each with its own timeout', async () => {
    const asked = new Set<string>();
    const held: http.ServerResponse[] = [];
    const site = http.createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      asked.add(path);
      // A health route that checks a database and hangs; every other path answers in 30 ms.
      if (path === '/slow') { held.push(res); return; }
      setTimeout(() => {
        res.writeHead(path === '/' || path === '/healthz' ? 200 : 404, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
        res.end('<!doctype html><title>shop</title>');
      }, 30);
    });
    // The plain-HTTP origin on another port (as `--http-url`): its answer must not let a queued request run while the
    // wait's timeout is taken for the site's silence.
    const plain = http.createServer((req, res) => { res.writeHead(301, { location: 'https://127.0.0.1/' }); res.end(); });
    servers.push(site, plain);
    await Promise.all([site, plain].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
    const port = (s: http.Server) => (s.address() as import('node:net').AddressInfo).port;
    const url = `http://127.0.0.1:${port(site)}/`;
    const t0 = performance.now();
    const { get } = await probeLive(
      { url, httpUrl: `http://127.0.0.1:${port(plain)}/`, health: ['/healthz', '/slow'], timeoutMs: 1000, waitMs: 1500, pollMs: 500 } as never,
      undefined, { 'health-endpoint': { require: 'any' } });
    const ms = performance.now() - t0;
    for (const r of held) r.destroy();
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('sensitive-paths').error).toBeUndefined();
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('dev-server-exposed').error).toBeUndefined();
    for (const p of ['/.env', '/.git/config', '/.git/HEAD', '/console']) expect(asked.has(p), p).toBe(true);
    // The wait (1.5 s, plus the last attempt's timeout) and then the probes, answered in milliseconds.
    expect(ms).toBeLessThan(1500 + 1000 + 2000);
  }, 30_000);
});
