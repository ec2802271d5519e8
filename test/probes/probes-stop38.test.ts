import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serverVersionLeak } from '../../src/probes/server-version-leak.js';
import { evaluate, failures, mainOf, obsOf, probeLive, res } from './helpers.js';

// QA stop 38, live probes round 11 (probes11 D1–D2).

const servers: http.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); }))); });

interface Seen { method: string; path: string; origin?: string; closed: boolean }

/**
 * A deployment whose lightweight health route answers while every page that needs the database hangs: `answer`
 * says which requests are answered (and how), every other one is held open forever. Records each request and
 * whether the client closed its connection.
 */
async function hangingSite(answer: (path: string, res: http.ServerResponse) => boolean): Promise<{ url: string; seen: Seen[]; sockets: Set<Socket> }> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const srv = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const entry: Seen = { method: req.method ?? 'GET', path, ...(req.headers.origin ? { origin: String(req.headers.origin) } : {}), closed: false };
    seen.push(entry);
    req.socket.once('close', () => { entry.closed = true; });
    if (!answer(path, res)) return;
  });
  srv.on('connection', (s) => { sockets.add(s); s.once('close', () => sockets.delete(s)); });
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/`, seen, sockets };
}

const healthOnly = (path: string, res: http.ServerResponse) => {
  if (path !== '/health') return false;
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('ok');
  return true;
};

// D1: one fast answer from the health path let every later batch of queued requests (sensitive-paths' 17+ paths, six at
// a time) and the response-time warm-up wait out a fresh timeout each: a run took 3 × --timeout instead of about one.
describe('the health path answers, every page hangs: the probes share one deadline', () => {
  it('health passes, the rest are `error: no answer … (timeout)`, and the hanging page is not asked again for response-time', async () => {
    const site = await hangingSite(healthOnly);
    const { get } = await probeLive({ url: site.url, health: ['/health'], timeoutMs: 1000 },
      ['health-endpoint', 'security-headers', 'cors-policy', 'cookie-security', 'dev-server-exposed', 'sensitive-paths', 'response-time', 'server-version-leak']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    const noAnswer = /^no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)$/;
    for (const id of ['security-headers', 'cors-policy', 'cookie-security', 'dev-server-exposed', 'response-time', 'server-version-leak']) {
      expect(get(id), id).toEqual({ findings: [], error: expect.stringMatching(noAnswer) });
    }
    expect(get('sensitive-paths').error).toMatch(/no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)/);
    expect(get('sensitive-paths').findings).toEqual([]);
    // The page went unanswered within the timeout in the burst: the response-time warm-up does not wait out another.
    // (Before: a second plain GET of `/` after the burst.)
    const pageGets = site.seen.filter((s) => s.method === 'GET' && s.path === '/' && s.origin === undefined);
    expect(pageGets).toHaveLength(1);
    // Every hanging request was abandoned: the client closed each connection it opened (the server sees the close soon after).
    await vi.waitFor(() => {
      expect(site.seen.filter((s) => !s.closed).map((s) => s.path)).toEqual([]);
      expect(site.sockets.size).toBe(0);
    }, { timeout: 5000 });
    // No path was asked twice (a queued request never goes out once the target stalled, it fails at once).
    const keys = site.seen.filter((s) => s.method === 'GET' && s.origin === undefined).map((s) => s.path);
    expect(new Set(keys).size).toBe(keys.length);
  }, 30_000);

  it('a page that redirects to one that hangs: the hop that went unanswered is not asked again either', async () => {
    const site = await hangingSite((path, res) => {
      if (path === '/') { res.writeHead(302, { location: '/en/' }); res.end(); return true; }
      return healthOnly(path, res);
    });
    const { get } = await probeLive({ url: site.url, health: ['/health'], timeoutMs: 1000 }, ['health-endpoint', 'security-headers', 'response-time']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('security-headers').error).toMatch(/redirects to http:\/\/127\.0\.0\.1:\d+\/en\/, which did not answer: no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)$/);
    expect(get('response-time')).toEqual({ findings: [], error: expect.stringMatching(/no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)$/) });
    // `/` (it answers) is asked again by the warm-up; `/en/` (it went unanswered) only once, by the page's own request.
    expect(site.seen.filter((s) => s.method === 'GET' && s.path === '/en/' && s.origin === undefined)).toHaveLength(1);
    expect(site.seen.filter((s) => s.method === 'GET' && s.path === '/' && s.origin === undefined)).toHaveLength(2);
  }, 30_000);

  it('when the pages answer (only scanners\' paths hang), response-time still times the page and the page\'s probes judge it', async () => {
    const site = await hangingSite((path, res) => {
      if (path.startsWith('/.')) return false;
      res.writeHead(path === '/' || path === '/health' ? 200 : 404, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'self'", 'referrer-policy': 'no-referrer' });
      res.end('<!doctype html><title>shop</title>');
      return true;
    });
    const { get } = await probeLive({ url: site.url, health: ['/health'], timeoutMs: 1000 }, ['health-endpoint', 'security-headers', 'sensitive-paths', 'response-time'], { 'response-time': { samples: 2 } });
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('security-headers')).toEqual({ findings: [] });
    expect(get('response-time')).toEqual({ findings: [] });
    expect(get('sensitive-paths').error).toMatch(/no answer|could not be fetched/);
    // The warm-up and both samples were asked.
    expect(site.seen.filter((s) => s.method === 'GET' && s.path === '/' && s.origin === undefined)).toHaveLength(4);
  }, 30_000);

  it('a server that answers slowly but steadily (the pages after the health path, one after another) is never cut short', async () => {
    // One worker: each page takes 150 ms after the ones before it, so the ~30 requests take ~4.5 s, more than one timeout
    // (2 s) after the health path answered; each still answers within its own timeout (at most six wait at once), and
    // something answers every 150 ms: one deadline for the whole run (rather than for silence) would fail the last ones.
    let queue = Promise.resolve();
    const site = await hangingSite((path, res) => {
      if (path === '/health') return healthOnly(path, res);
      queue = queue.then(() => new Promise<void>((done) => setTimeout(() => {
        res.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'self'", 'referrer-policy': 'no-referrer' });
        res.end('<!doctype html><title>shop</title>');
        done();
      }, 150)));
      return true;
    });
    const { out } = await probeLive({ url: site.url, health: ['/health'], timeoutMs: 2000 }, ['health-endpoint', 'security-headers', 'cors-policy', 'sensitive-paths', 'dev-server-exposed', 'response-time']);
    for (const [id, o] of out) expect({ id, error: o.error }).toEqual({ id, error: undefined });
    expect(out.get('sensitive-paths')!.findings).toEqual([]);
  }, 60_000);
});

// D2: Fly.io's edge proxy adds `Server: Fly/<build> (<date>)` to every app it hosts; the app cannot remove it, as it
// cannot remove the Edgecast or awselb banners already exempt.
describe('server-version-leak: platform banners the site cannot remove', () => {
  const run = (h: Record<string, string>) => evaluate(serverVersionLeak, obsOf(mainOf(res(200, h))));

  it.each(['Fly/6f5b2b8e2 (2024-05-01)', 'Fly/a0b91024 (2021-07-19)', 'fly/6f5b2b8e2 (2024-05-01)'])('%s passes', (server) => {
    expect(run({ server })).toEqual({ findings: [] });
  });

  it.each(['Vercel', 'Netlify', 'cloudflare', 'Google Frontend', 'gws', 'AmazonS3', 'railway-edge', 'Railway', 'Render', 'AkamaiGHost', 'CloudFront', 'GitHub.com'])(
    '%s (no version) passes', (server) => { expect(run({ server })).toEqual({ findings: [] }); });

  it.each(['Fly/1.2.3', 'Fly/6f5b2b8e2 (2024-05-01) nginx/1.25.3', 'nginx/1.25.3 Fly/6f5b2b8e2 (2024-05-01)', 'Pepyaka/1.19.10', 'gunicorn/20.1.0'])('%s still fails', (server) => {
    expect(failures(run({ server }), serverVersionLeak)).toEqual([expect.objectContaining({ severity: 'low', message: expect.stringContaining(`reveals its version in Server: '${server}'; hide it`) })]);
  });

  it('the banner is exempt in Server only: an X-Powered-By saying the same is the site\'s own', () => {
    expect(failures(run({ 'x-powered-by': 'Fly/6f5b2b8e2 (2024-05-01)' }), serverVersionLeak)).toHaveLength(1);
  });
});
