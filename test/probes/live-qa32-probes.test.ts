import type http from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * Regressions of QA round 32 (probes), each against a Node server on 127.0.0.1 (port 0).
 */
let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); });
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

const AWS = '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLF\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ\n';
const ENV = 'DB_PASSWORD=hunter2hunter2\nSECRET_KEY=abcdef0123456789\n';

/**
 * A server (or load balancer) that silently drops kept-alive connections: it answers the first request of each
 * connection, without `Connection: close`, and closes the connection when a second request arrives on it.
 * Requests are counted per path and per "first on its connection".
 */
function dropsReused(handler: Handler) {
  const perSocket = new WeakMap<Socket, number>();
  const log: { path: string; fresh: boolean }[] = [];
  const serve: Handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const n = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, n);
    log.push({ path: req.url ?? '', fresh: n === 1 });
    if (n > 1) { req.socket.destroy(); return; }
    handler(req, res);
  };
  return { serve, log };
}

const leaky: Handler = (req, res) => {
  const body = req.url === '/.aws/credentials' ? AWS : req.url === '/.env' ? ENV : req.url === '/' ? '<!doctype html><p>home' : null;
  if (body === null) { res.writeHead(404, { ...STRONG_HEADERS, 'content-type': 'text/html' }); res.end('<h1>Not Found</h1>'); return; }
  res.writeHead(200, { ...STRONG_HEADERS, 'content-type': body.startsWith('<') ? 'text/html' : 'text/plain' });
  res.end(body);
};

describe('a server that drops a reused keep-alive connection without answering (no Connection: close)', () => {
  it('sensitive-paths asks a dropped path again over a new connection: files it serves there fail, none is "refused"', async () => {
    const { serve, log } = dropsReused(leaky);
    const srv = await up(startHttps(pki.valid, serve));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths');
    const messages = failuresOf(out, 'sensitive-paths').map((f: { message: string }) => f.message).join('\n');
    expect(messages).toMatch(/\/\.aws\/credentials serves/);
    expect(messages).toMatch(/\/\.env serves/);
    // Every path was answered in the end (its retry came on a new connection): nothing is taken as refused.
    expect(out.findings.filter((f) => f.note && /closed the connection/.test(f.message))).toEqual([]);
    // Each path asked twice had its second request first on a connection of its own.
    const byPath = new Map<string, { path: string; fresh: boolean }[]>();
    for (const r of log) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
    const retried = [...byPath.values()].filter((rs) => rs.length > 1);
    expect(retried.length).toBeGreaterThan(0);
    for (const rs of retried) expect(rs.at(-1)!.fresh, rs[0]!.path).toBe(true);
  }, 30_000);

  it('a path refused on every connection (nginx `return 444`) is still refused after the retry on a new connection', async () => {
    const { serve, log } = dropsReused((req, res) => { if (req.url === '/.aws/credentials') { req.socket.destroy(); return; } leaky(req, res); });
    const srv = await up(startHttps(pki.valid, serve));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths');
    expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ note: true, message: expect.stringMatching(/closed the connection without an answer for .*\/\.aws\/credentials.*not served/) })]));
    expect(failuresOf(out, 'sensitive-paths').map((f: { message: string }) => f.message).join('\n')).toMatch(/\/\.env serves/);
    // Asked twice, the second time on a new connection.
    const asked = log.filter((r) => r.path === '/.aws/credentials');
    expect(asked).toHaveLength(2);
    expect(asked[1]!.fresh).toBe(true);
  }, 30_000);

  it('response-time asks a sample dropped on the reused socket again over a new connection, and times it', async () => {
    const { serve } = dropsReused(leaky);
    const srv = await up(startHttps(pki.valid, serve));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['response-time'], { 'response-time': { samples: 3 } })).get('response-time');
    expect(out.error).toBeUndefined();
    expect(out.findings).toEqual([]);
  }, 30_000);

  it('response-time is still an error when the sample is dropped on a new connection too', async () => {
    let n = 0;
    const srv = await up(startHttps(pki.valid, (req, res) => { if (++n <= 2) { leaky(req, res); return; } req.socket.destroy(); }));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['response-time'], { 'response-time': { samples: 3 } })).get('response-time');
    expect(out.error).toMatch(/closed the connection|reset/);
  }, 30_000);
});

describe('a response header folded onto a continuation line (obs-fold)', () => {
  it('is named as such in the "not valid HTTP" reason', async () => {
    const net = await import('node:net');
    const srv = net.createServer((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nStrict-Transport-Security: max-age=31536000;\r\n includeSubDomains\r\nContent-Length: 2\r\n\r\nok')));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    servers.push({ url: '', port: 0, close: () => new Promise((r) => srv.close(() => r())) });
    const url = `http://127.0.0.1:${(srv.address() as import('node:net').AddressInfo).port}/`;
    const out = (await probeLive({ url }, ['health-endpoint'])).get('health-endpoint');
    expect(failuresOf(out, 'health-endpoint').map((f: { message: string }) => f.message)).toEqual([
      expect.stringMatching(/answered something that is not valid HTTP \(Unexpected whitespace after header value: a header value continued on the next line \(obsolete line folding/),
    ]);
  });
});
