import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { probeLive } from './helpers.js';

// QA stop 38, regression sweep 2 (R2): a one-worker server (gunicorn's default sync worker) answering every request in a
// fixed time. Preflight's own burst (six requests at a time) makes the last of a batch wait past the timeout, and the
// requests it stops waiting for still cost the worker their time (it answers into a closed connection): the server is
// busy with Preflight's own queue, not stalled, and response-time must still time the page once the burst is over.

const servers: http.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); }))); });

/**
 * Listens on 127.0.0.1 at the first free port from `from` up to 48999 (this file's range): a port of the range may be
 * held by another socket of the machine (an ephemeral port of an outgoing connection).
 */
async function listen(srv: http.Server, from: number): Promise<number> {
  servers.push(srv);
  for (let port = from; ; port++) {
    const err = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const onError = (e: NodeJS.ErrnoException) => resolve(e);
      srv.once('error', onError);
      srv.listen(port, '127.0.0.1', () => { srv.off('error', onError); resolve(undefined); });
    });
    if (!err) return port;
    if (err.code !== 'EADDRINUSE' || port >= 48999) throw err;
  }
}

interface Seen { method: string; path: string; origin?: string; answered: boolean; abandoned: boolean }

/** One worker: requests are answered one at a time, each `delayMs` after the previous one, whether or not the client still waits. */
async function oneWorker(from: number, delayMs: number): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  let queue = Promise.resolve();
  const srv = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const entry: Seen = { method: req.method ?? 'GET', path, ...(req.headers.origin ? { origin: String(req.headers.origin) } : {}), answered: false, abandoned: false };
    seen.push(entry);
    res.once('close', () => { if (!res.writableFinished) entry.abandoned = true; });
    queue = queue.then(() => new Promise<void>((done) => setTimeout(() => {
      if (!entry.abandoned) {
        res.writeHead(path === '/' || path === '/api/orders' ? 200 : 404, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'self'", 'referrer-policy': 'no-referrer' });
        res.end('<!doctype html><title>shop</title>');
        entry.answered = true;
      }
      done();
    }, delayMs)));
  });
  return { url: `http://127.0.0.1:${await listen(srv, from)}/`, seen };
}

describe('a one-worker server busy with Preflight\'s own burst is timed once the burst is over', () => {
  it('the page\'s requests wait past the timeout behind the burst while the server keeps answering: none is given up on, response-time passes', async () => {
    // The page's own requests (the plain GET, the CORS requests) fill the first batch: the sixth waits 6 × 200 ms, past the
    // 1 s timeout, though the server answers one every 200 ms.
    const site = await oneWorker(48900, 200);
    const { get } = await probeLive({ url: site.url, timeoutMs: 1000 }, ['security-headers', 'cors-policy', 'sensitive-paths', 'response-time'], { 'response-time': { samples: 3 } });
    // QA44 (probes18 D2): a request's timeout counts from its turn, so the burst no longer gives up on a request the
    // worker answers in turn (before, it did, and the client's abandoned requests kept the worker busy).
    expect(site.seen.filter((s) => s.abandoned)).toEqual([]);
    expect(get('cors-policy')).toEqual({ findings: [] });
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('response-time')).toEqual({ findings: [] });
    expect(get('security-headers')).toEqual({ findings: [] });
    // The warm-up and the three samples were answered (a plain GET of the page, after the burst).
    const last = site.seen.filter((s) => s.method === 'GET' && s.path === '/' && s.origin === undefined).slice(-4);
    expect(last.map((s) => s.answered)).toEqual([true, true, true, true]);
  }, 60_000);

  it('the page answered early; the sensitive paths queue behind each other on the worker: none is given up on, response-time passes', async () => {
    // The shape of the sweep's repro (gunicorn -w 1, 0.4 s a request, --timeout 2), scaled down. Before QA44 the burst gave
    // up on the sensitive paths queued past the timeout, and the worker still served them when the burst ended.
    const site = await oneWorker(48920, 200);
    const { get } = await probeLive({ url: site.url, timeoutMs: 1000 }, ['sensitive-paths', 'response-time'], { 'response-time': { samples: 3 } });
    expect(site.seen.filter((s) => s.abandoned)).toEqual([]);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('response-time')).toEqual({ findings: [] });
    const last = site.seen.filter((s) => s.method === 'GET' && s.path === '/').slice(-3);
    expect(last.map((s) => s.answered)).toEqual([true, true, true]);
  }, 60_000);

  it('a path of its own (not asked in the burst) is timed too, the page having answered in the burst', async () => {
    const site = await oneWorker(48940, 200);
    const { get } = await probeLive({ url: site.url, timeoutMs: 1000 }, ['sensitive-paths', 'response-time'], { 'response-time': { samples: 3, path: '/api/orders' } });
    expect(site.seen.filter((s) => s.abandoned)).toEqual([]);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('response-time')).toEqual({ findings: [] });
    const last = site.seen.filter((s) => s.method === 'GET' && s.path === '/api/orders').slice(-3);
    expect(last.map((s) => s.answered)).toEqual([true, true, true]);
  }, 60_000);
});

describe('a target that hangs is still not asked again', () => {
  it('the health path answers, every page hangs: the warm-up of a path of its own is asked once, not again', async () => {
    const seen: string[] = [];
    const srv = http.createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      seen.push(`${req.method} ${path}`);
      if (path === '/health') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); }
    });
    const port = await listen(srv, 48960);
    const { get } = await probeLive({ url: `http://127.0.0.1:${port}/`, health: ['/health'], timeoutMs: 1000 }, ['health-endpoint', 'security-headers', 'sensitive-paths', 'response-time'], { 'response-time': { path: '/api/orders' } });
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('security-headers')).toEqual({ findings: [], error: expect.stringMatching(/^no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)$/) });
    expect(get('response-time')).toEqual({ findings: [], error: expect.stringMatching(/^no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)$/) });
    // The page never answered: the warm-up of /api/orders waits out one timeout, and is not asked again.
    expect(seen.filter((s) => s === 'GET /api/orders')).toHaveLength(1);
    expect(seen.filter((s) => s === 'GET /')).toHaveLength(1);
  }, 60_000);
});
