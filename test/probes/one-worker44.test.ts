import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/probes/collect.js';
import { makePki } from '../servers/certs.js';
import { probeLive } from './helpers.js';

// QA44 probes18 D2: against a server that answers one request at a time (gunicorn's default single sync worker) with a
// slow page, Preflight's own concurrent requests to that page queued the fast ones (`/.env`, a not-found path) behind
// them, and those timed out with a false "no answer within N s": sensitive-paths (critical) and cors-policy became
// `error`. A request's timeout now counts from its turn: it starts again each time a request of the run to the same
// origin that was in flight when it was sent is answered.

const silentLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const servers: (http.Server | net.Server)[] = [];
const sockets: net.Socket[] = [];
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => { if (s instanceof http.Server) s.closeAllConnections(); s.close(r); })));
});

interface Seen { method: string; path: string; answered: boolean; abandoned: boolean }

/**
 * One worker: requests are served one at a time in the order they arrive, each for `msOf(path)` ms, whether or not the
 * client still waits (as gunicorn's sync worker answers into a closed connection). `Infinity`: the worker hangs there.
 */
async function oneWorker(msOf: (path: string) => number): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  let queue = Promise.resolve();
  const srv = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const entry: Seen = { method: req.method ?? 'GET', path, answered: false, abandoned: false };
    seen.push(entry);
    res.once('close', () => { if (!res.writableFinished) entry.abandoned = true; });
    queue = queue.then(() => new Promise<void>((done) => {
      const ms = msOf(path);
      if (ms === Infinity) return;
      setTimeout(() => {
        if (!entry.abandoned) {
          res.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'self'", 'referrer-policy': 'no-referrer' });
          res.end(path === '/' ? '<!doctype html><title>shop</title>' : '<h1>Not Found</h1>');
          entry.answered = true;
        }
        done();
      }, ms);
    }));
  });
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/`, seen };
}

describe('a one-worker server with a slow page (QA44 probes18 D2)', () => {
  it('the fast paths queued behind the page\'s requests are judged: sensitive-paths and cors-policy run, nothing is given up on', async () => {
    // Every request to the page takes 500 ms, the rest none, one at a time: the page's own requests (the GET, the plain-HTTP
    // one, four CORS requests) keep the worker busy for about 3 s, so a path sent behind five of them waits 2.5 s, past the
    // 1.2 s timeout, though the worker answers one every 500 ms.
    const site = await oneWorker((path) => (path === '/' ? 500 : 0));
    const { out, get } = await probeLive({ url: site.url, timeoutMs: 1200 });
    const errors = [...out].filter(([, o]) => o.error).map(([id, o]) => `${id}: ${o.error}`);
    expect(errors).toEqual([]);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('cors-policy')).toEqual({ findings: [] });
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
    // No request was abandoned: the worker never answered into a closed connection.
    expect(site.seen.filter((s) => s.abandoned)).toEqual([]);
    expect(site.seen.filter((s) => s.path === '/.env').map((s) => s.answered)).toEqual([true]);
  }, 60_000);

  it('a path the worker hangs on after serving the queue ahead of it times out, and the reason says it was queued behind the run\'s own requests', async () => {
    // The four CORS requests to the page (700 ms each) go first; /.env is sent behind them and hangs the worker.
    const site = await oneWorker((path) => (path === '/' ? 700 : path === '/.env' ? Infinity : 0));
    const obs = await collect({ url: site.url, headers: {}, timeoutMs: 1000, waitMs: 0, allowSelfSigned: false }, { cors: true, sensitive: ['/.env'] }, silentLogger);
    expect(obs.cors?.get?.response?.status).toBe(200);
    expect(obs.cors?.preflight?.response?.status).toBe(200);
    expect(obs.cors?.nullOrigin?.response?.status).toBe(200);
    expect(obs.sensitive?.['/.env']?.error).toMatch(new RegExp(`^no answer from 127\\.0\\.0\\.1:${new URL(site.url).port} within 1 s \\(timeout\\) of its turn: it waited \\d+(?:\\.\\d)? s in all, queued behind the 4 requests of this run to 127\\.0\\.0\\.1:\\d+ sent before it \\(answered one by one\\)$`));
  }, 30_000);
});

describe('a one-worker TLS server (gunicorn --certfile -w 1): the TLS handshake of a connection waits for the worker too', () => {
  it('the connections queued behind the page\'s are not cut at the connect timeout: cors-policy and sensitive-paths run', async () => {
    const pki = makePki();
    const seen: Seen[] = [];
    // The worker takes one connection at a time: only then is its TLS handshake made and its request read (one request
    // a connection, as gunicorn's sync worker closes each after its response).
    const app = https.createServer({ ...pki.valid }, (req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const entry: Seen = { method: req.method ?? 'GET', path, answered: false, abandoned: false };
      seen.push(entry);
      setTimeout(() => {
        res.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/html', connection: 'close' });
        res.end(path === '/' ? '<!doctype html><title>shop</title>' : '<h1>Not Found</h1>');
        entry.answered = true;
      }, path === '/' ? 500 : 0);
    });
    const backlog: net.Socket[] = [];
    let busy = false;
    const next = () => {
      const sock = backlog.shift();
      if (!sock) { busy = false; return; }
      busy = true;
      sock.once('close', next);
      if (sock.destroyed) { sock.off('close', next); next(); return; }
      app.emit('connection', sock);
    };
    const front = net.createServer((sock) => { sock.on('error', () => {}); sockets.push(sock); backlog.push(sock); if (!busy) next(); });
    servers.push(front);
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(front.address() as AddressInfo).port}/`;
    const { get } = await probeLive({ url, ca: pki.ca, timeoutMs: 1200 }, ['cors-policy', 'sensitive-paths', 'security-headers']);
    expect(get('cors-policy')).toEqual({ findings: [] });
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('security-headers').error).toBeUndefined();
    expect(seen.filter((s) => s.path === '/.env').map((s) => s.answered)).toEqual([true]);
  }, 60_000);
});

describe('lookalikes that still end as `error` within about one timeout', () => {
  it('a one-worker server whose page takes longer than the timeout: every request is given up within about one timeout, the reason unchanged', async () => {
    const site = await oneWorker((path) => (path === '/' ? 5000 : 0));
    const t0 = performance.now();
    const { get } = await probeLive({ url: site.url, timeoutMs: 1000 }, ['security-headers', 'cors-policy', 'sensitive-paths']);
    const ms = performance.now() - t0;
    for (const id of ['security-headers', 'cors-policy', 'sensitive-paths']) {
      expect(get(id).error, id).toMatch(/^no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)$/);
    }
    expect(ms).toBeLessThan(4000);
  }, 30_000);

  it('a concurrent server that answers the page and hangs /.env: the reason is the plain timeout (it was not queued behind anything)', async () => {
    const held: http.ServerResponse[] = [];
    const srv = http.createServer((req, res) => {
      if (req.url === '/.env') { held.push(res); return; }
      res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html' });
      res.end('<p>x');
    });
    servers.push(srv);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/`;
    const obs = await collect({ url, headers: {}, timeoutMs: 1000, waitMs: 0, allowSelfSigned: false }, { main: true, sensitive: ['/.env'] }, silentLogger);
    for (const r of held) r.destroy();
    expect(obs.main?.hops.at(-1)?.status).toBe(200);
    expect(obs.sensitive?.['/.env']?.error).toMatch(/^no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)$/);
  }, 30_000);
});
