import type http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 52, determinism D1: a server that drops one connection without an answer (a keep-alive connection closed as
// the request is written, an idle-timeout race, a load balancer reset) flipped the gate: health-endpoint failed, or the
// page's probes (hsts, security-headers, cookie-security, server-version-leak) were an `error`, depending on which
// request got the dropped connection. Every probe request dropped without an answer is now asked once more over a new
// connection; never after a timeout or any HTTP answer.

let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };
beforeAll(() => { pki = makePki(); });
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

const PAGE_PROBES = ['hsts', 'security-headers', 'cookie-security', 'server-version-leak'];
const HEALTH = { 'health-endpoint': { paths: ['/health'] } };
const page: Handler = (_q, r) => { r.writeHead(200, { ...STRONG_HEADERS, 'set-cookie': 'sessionid=abc; Secure; HttpOnly; SameSite=Lax' }); r.end('<!doctype html><p>home'); };

/** An HTTPS server that answers every request with `page`, except the first `drops` requests to `path`: closed without an answer. */
async function dropping(path: string, drops: number, over: 'https' | 'http' = 'https') {
  const asked = new Map<string, number>();
  const handler: Handler = (req, res) => {
    const n = (asked.get(req.url!) ?? 0) + 1;
    asked.set(req.url!, n);
    if (req.url === path && n <= drops) { req.socket.destroy(); return; }
    page(req, res);
  };
  const srv = await up(over === 'https' ? startHttps(pki.valid, handler) : startHttp(handler));
  return { srv, asked };
}

/** An HTTPS server answering `page` that ends its first `n` connections right after the TLS handshake, without a byte. */
async function firstConnectionsDropped(n: number): Promise<Running> {
  const server = https.createServer(pki.valid, page);
  let connections = 0;
  server.prependListener('secureConnection', (socket: tls.TLSSocket) => { if (connections++ < n) socket.destroy(); });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', () => resolve()); });
  const { port } = server.address() as AddressInfo;
  return { url: `https://127.0.0.1:${port}`, port, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

describe('a request dropped once without an answer is asked again over a new connection (QA52 D1)', () => {
  it('the main page dropped once: its probes judge the answer of the retry', async () => {
    const { srv, asked } = await dropping('/', 1);
    const { get } = await probeLive({ url: srv.url, ca: pki.ca }, PAGE_PROBES);
    for (const id of PAGE_PROBES) {
      expect(get(id).error, id).toBeUndefined();
      expect(failuresOf(get(id), id), id).toEqual([]);
    }
    expect(asked.get('/')).toBe(2);
  });

  it('a health path dropped once passes (critical gate not flipped by one dropped connection)', async () => {
    const { srv, asked } = await dropping('/health', 1);
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['health-endpoint'], HEALTH)).get('health-endpoint');
    expect(out.error).toBeUndefined();
    expect(failuresOf(out, 'health-endpoint')).toEqual([]);
    expect(asked.get('/health')).toBe(2);
  });

  it('over plain HTTP too (the connection reset or closed before the status line)', async () => {
    const { srv, asked } = await dropping('/health', 1, 'http');
    const out = (await probeLive({ url: srv.url }, ['health-endpoint'], HEALTH)).get('health-endpoint');
    expect(failuresOf(out, 'health-endpoint')).toEqual([]);
    expect(asked.get('/health')).toBe(2);
  });

  it('a hop of a redirect chain dropped once: the chain goes on from the retry', async () => {
    const asked = new Map<string, number>();
    const srv = await up(startHttps(pki.valid, (req, res) => {
      const n = (asked.get(req.url!) ?? 0) + 1;
      asked.set(req.url!, n);
      if (req.url === '/health') { res.writeHead(302, { location: '/health/' }); res.end(); return; }
      if (req.url === '/health/' && n === 1) { req.socket.destroy(); return; }
      page(req, res);
    }));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['health-endpoint'], HEALTH)).get('health-endpoint');
    expect(failuresOf(out, 'health-endpoint')).toEqual([]);
    expect([asked.get('/health'), asked.get('/health/')]).toEqual([1, 2]);
  });

  it('the CORS preflight (OPTIONS, a safe method) dropped once is asked again too', async () => {
    let options = 0;
    const server = await up(startHttps(pki.valid, (req, res) => {
      if (req.method === 'OPTIONS' && ++options === 1) { req.socket.destroy(); return; }
      page(req, res);
    }));
    const out = (await probeLive({ url: server.url, ca: pki.ca }, ['cors-policy'])).get('cors-policy');
    expect(out.error).toBeUndefined();
    expect(failuresOf(out, 'cors-policy')).toEqual([]);
    expect(options).toBe(2);
  });

  it('the first TLS connection closed right after the handshake, whichever request it carried: every probe passes, run after run', async () => {
    // What the QA repro did: the server ends ONE connection after the handshake, without a byte; which of the concurrent
    // requests (`GET /health` or the page's `GET /`) rides it is a race, and the verdict must not depend on it.
    for (let run = 0; run < 3; run++) {
      const srv = await up(firstConnectionsDropped(1));
      const { get } = await probeLive({ url: srv.url, ca: pki.ca }, ['health-endpoint', ...PAGE_PROBES], HEALTH);
      for (const id of ['health-endpoint', ...PAGE_PROBES]) {
        expect(get(id).error, `${id} (run ${run})`).toBeUndefined();
        expect(failuresOf(get(id), id), `${id} (run ${run})`).toEqual([]);
      }
    }
  });
});

describe('dropped twice, the failure is reported as before', () => {
  it('the main page: its probes are an `error` naming the closed connection', async () => {
    const { srv, asked } = await dropping('/', 2);
    const { get } = await probeLive({ url: srv.url, ca: pki.ca }, PAGE_PROBES);
    for (const id of PAGE_PROBES) expect(get(id).error, id).toMatch(/closed the connection before a complete response/);
    expect(asked.get('/')).toBe(2);
  });

  it('a health path fails: it did not answer', async () => {
    const { srv, asked } = await dropping('/health', 2);
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['health-endpoint'], HEALTH)).get('health-endpoint');
    expect(failuresOf(out, 'health-endpoint').map((f) => f.message)).toEqual([expect.stringMatching(/\/health did not answer: .*closed the connection before a complete response/)]);
    expect(asked.get('/health')).toBe(2);
  });

  it('a server that drops every request (nginx `return 444`) is asked twice per request, not more', async () => {
    const { srv, asked } = await dropping('/health', Infinity);
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['health-endpoint'], HEALTH)).get('health-endpoint');
    expect(failuresOf(out, 'health-endpoint')).toHaveLength(1);
    expect(asked.get('/health')).toBe(2);
  });
});

describe('never asked again after a timeout or an HTTP answer', () => {
  it('a health path that never answers is asked once: the run stays within about one timeout', async () => {
    const asked = new Map<string, number>();
    const held: http.ServerResponse[] = [];
    const srv = await up(startHttps(pki.valid, (req, res) => {
      asked.set(req.url!, (asked.get(req.url!) ?? 0) + 1);
      if (req.url === '/health') { held.push(res); return; }
      page(req, res);
    }));
    const t0 = Date.now();
    const out = (await probeLive({ url: srv.url, ca: pki.ca, timeoutMs: 1000 }, ['health-endpoint'], HEALTH)).get('health-endpoint');
    const took = Date.now() - t0;
    for (const r of held) r.destroy();
    expect(failuresOf(out, 'health-endpoint').map((f) => f.message)).toEqual([expect.stringMatching(/within 1 s \(timeout\)/)]);
    expect(asked.get('/health')).toBe(1);
    expect(took).toBeLessThan(1900);
  });

  it('an HTTP error answer (503) is judged, not asked again', async () => {
    const asked: string[] = [];
    const srv = await up(startHttps(pki.valid, (req, res) => { asked.push(req.url!); res.writeHead(503); res.end('down'); }));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['health-endpoint'], HEALTH)).get('health-endpoint');
    expect(failuresOf(out, 'health-endpoint').map((f) => f.message)).toEqual([expect.stringMatching(/503/)]);
    expect(asked).toEqual(['/health']);
  });

  it('a response whose body breaks off after the status line is an answer: not asked again', async () => {
    const asked = new Map<string, number>();
    const srv = await up(startHttps(pki.valid, (req, res) => {
      asked.set(req.url!, (asked.get(req.url!) ?? 0) + 1);
      res.writeHead(200, { ...STRONG_HEADERS, 'content-length': '1000' });
      res.write('<!doctype html><p>home');
      setTimeout(() => res.socket?.destroy(), 20);
    }));
    await probeLive({ url: srv.url, ca: pki.ca }, ['hsts']);
    expect(asked.get('/')).toBe(1);
  });
});
