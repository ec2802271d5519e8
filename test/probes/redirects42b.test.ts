import fs from 'node:fs';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/probes/collect.js';
import { SENSITIVE_PATHS } from '../../src/probes/sensitive-paths.js';
import { keepsPath } from '../../src/probes/util.js';
import { silentLogger } from '../../src/types.js';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 42, sweep 2 (R1, R2) of the redirect-following sensitive-paths and dev-server-exposed. R1: a redirect to
// another host that drops the path asked (a catch-all to a marketing site's root) cannot be serving that file, so it is
// "not served", not unjudged; only one keeping the path is unjudged. R2: the rule that stops asking a silent server after
// one timeout holds per origin, so an `http://` target's `https://` side that never answers is asked once (a batch),
// not every path for a whole timeout each. Real servers on 127.0.0.1 (port 0), HTTPS with a throwaway CA.

let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

const send = (res: http.ServerResponse, status: number, headers: Record<string, string>, body: string) => { res.writeHead(status, headers); res.end(body); };
const pathOf = (req: http.IncomingMessage) => new URL(req.url ?? '/', 'http://x').pathname;
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A site that serves `/.env` and shows Django's DEBUG 404 everywhere else: what a redirect must not be taken for. */
const leaky: Handler = (req, res) => {
  const path = pathOf(req);
  if (path === '/') return send(res, 200, { 'content-type': 'text/html' }, '<!doctype html><p>other site');
  if (path === '/.env') return send(res, 200, { 'content-type': 'text/plain' }, 'DB_PASSWORD=abcdef123\nSECRET_KEY=zzz\n');
  send(res, 404, { 'content-type': 'text/html' }, `<!DOCTYPE html><html><head><title>Page not found at ${path}</title></head><body><div id="summary"><h1>Page not found</h1></div><div id="explanation"><p>You're seeing this error because you have <code>DEBUG = True</code> in your Django settings file.</p></div></body></html>`);
};

describe('keepsPath: whether an off-host redirect carries the path asked', () => {
  it('the path kept, under a prefix, with a trailing slash, in another case or encoding, with a query of its own', () => {
    expect(keepsPath('https://www.example.com/.env', '/.env')).toBe(true);
    expect(keepsPath('https://www.example.com/site/.env', '/.env')).toBe(true);
    expect(keepsPath('https://www.example.com/app/.git/config/', '/.git/config')).toBe(true);
    expect(keepsPath('https://www.example.com/.ENV?utm=x', '/.env')).toBe(true);
    expect(keepsPath('https://www.example.com/%2Eenv', '/.env')).toBe(true);
    expect(keepsPath('https://www.example.com/haproxy?stats', '/haproxy?stats')).toBe(true);
  });
  it('a fixed URL that drops it, a path that only ends like it, the path moved into the query, a query dropped', () => {
    expect(keepsPath('https://www.example.com/', '/.env')).toBe(false);
    expect(keepsPath('https://www.example.com/home', '/.env')).toBe(false);
    expect(keepsPath('https://www.example.com/prod.env', '/.env')).toBe(false);
    expect(keepsPath('https://www.example.com/?from=%2F.env', '/.env')).toBe(false);
    expect(keepsPath('https://www.example.com/haproxy', '/haproxy?stats')).toBe(false);
  });
});

describe('R1: an off-host redirect that drops the path asked is the file not served', () => {
  it('every unknown path sent to one fixed URL on another host (a marketing site): both probes pass, no error', async () => {
    // The other site is leaky: were it judged, both probes would fail; the target itself serves none of it.
    const other = await up(startHttp(leaky));
    const tls = await up(startHttps(pki.valid, (req, res) => {
      if (pathOf(req) === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
      send(res, 301, { location: `http://localhost:${other.port}/` }, '');
    }));
    const { get } = await probeLive({ url: `${tls.url}/`, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
  });

  it('an http:// target sending every path, its page too, to a fixed URL elsewhere: the not-found path was answered (no debug page)', async () => {
    const other = await up(startHttp(leaky));
    const front = await up(startHttp((_req, res) => send(res, 301, { location: `http://localhost:${other.port}/welcome` }, '')));
    const { get } = await probeLive({ url: `${front.url}/` }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
  });

  it('the path carried into a query only (`/?from=/.env`) is not the file either', async () => {
    const other = await up(startHttp(leaky));
    const tls = await up(startHttps(pki.valid, (req, res) => {
      if (pathOf(req) === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
      send(res, 302, { location: `http://localhost:${other.port}/?from=${encodeURIComponent(req.url ?? '/')}` }, '');
    }));
    const { get } = await probeLive({ url: `${tls.url}/`, ca: pki.ca }, ['sensitive-paths']);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
  });

  it('still unjudged when the redirect keeps the path, under a prefix too: an error naming the URL to probe, for both probes', async () => {
    const other = await up(startHttp(leaky));
    const front = await up(startHttp((req, res) => send(res, 301, { location: `http://localhost:${other.port}/site${req.url}` }, '')));
    const { get } = await probeLive({ url: `${front.url}/` }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('sensitive-paths').error).toMatch(new RegExp(`^${re(front.url)}/ redirects every path asked \\(\\d+\\) to another host, which is not followed \\(/\\.env to http://localhost:${other.port}/site/\\.env, …\\), so whether the files are served there is unknown; probe http://localhost:${other.port}/site/ directly$`));
    expect(get('dev-server-exposed').findings).toEqual([]);
    expect(get('dev-server-exposed').error).toBe(`${front.url}/ redirects to http://localhost:${other.port}/site/ (off-host), which is not followed, and neither the page nor a not-found page of the application answered on ${new URL(front.url).host}; probe that URL directly`);
  });

  it('only the paths kept elsewhere are unjudged: `/.env` carried to another host while the rest go to its root', async () => {
    const other = await up(startHttp(leaky));
    const tls = await up(startHttps(pki.valid, (req, res) => {
      const path = pathOf(req);
      if (path === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
      send(res, 301, { location: `http://localhost:${other.port}${path === '/.env' ? '/.env' : '/'}` }, '');
    }));
    const { get } = await probeLive({ url: `${tls.url}/`, ca: pki.ca }, ['sensitive-paths']);
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('sensitive-paths').error).toBe(`/.env could not be judged (it redirects to http://localhost:${other.port}/.env (off-host), which is not followed), so whether it is served is unknown; probe http://localhost:${other.port}/ directly`);
  });
});

describe('R2: a silent origin reached by a same-host redirect is asked once, then skipped', () => {
  /**
   * What a silent origin may be sent at most: six requests are in flight at once, and the ones sent before its page
   * answered time out on their own timers just before its one-timeout deadline passes, freeing slots for six more; once
   * that deadline passes nothing more is sent there. The 17 sensitive paths, the not-found path and `/console` are 19.
   */
  const BATCHES = 12;
  /** An https:// side that answers `/` (unless `all`) and never answers any other path, counting what it left hanging. */
  const silentSide = async (all = false) => {
    const hung: string[] = [];
    const tls = await up(startHttps(pki.valid, (req, res) => {
      if (!all && pathOf(req) === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
      hung.push(req.url ?? '');
    }));
    const front = await up(startHttp((req, res) => send(res, 301, { location: `${tls.url}${req.url}` }, '')));
    return { tls, front, hung };
  };

  it('every path that did not answer names the https:// origin that went silent, and it got one batch of requests at most', async () => {
    const { tls, front, hung } = await silentSide();
    const obs = await collect({ url: `${front.url}/`, ca: pki.ca, headers: {}, timeoutMs: 1500, waitMs: 0, allowSelfSigned: false },
      { main: true, notFound: true, console: true, sensitive: SENSITIVE_PATHS }, silentLogger);
    expect(obs.main?.error).toBeUndefined();
    for (const p of SENSITIVE_PATHS) {
      expect(obs.sensitive?.[p], p).toMatchObject({ url: `${tls.url}${p}`, redirectedFrom: `${front.url}${p}`, error: `no answer from 127.0.0.1:${tls.port} within 1.5 s (timeout)` });
    }
    expect(obs.notFound?.error).toBe(`no answer from 127.0.0.1:${tls.port} within 1.5 s (timeout)`);
    // Once the origin went a whole timeout unanswered, the rest were not sent there (before, all 19 paths were, each
    // waiting out its own timeout, six at a time).
    expect(hung.length).toBeGreaterThan(0);
    expect(hung.length).toBeLessThanOrEqual(BATCHES);
  });

  it('the probes: sensitive-paths is an error naming the silent origin; the page having answered, dev-server-exposed passes', async () => {
    const { tls, front, hung } = await silentSide();
    const { get } = await probeLive({ url: `${front.url}/`, ca: pki.ca, timeoutMs: 1500 }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths').error).toBe(`${front.url}/.env redirects to ${tls.url}/.env, which did not answer: no answer from 127.0.0.1:${tls.port} within 1.5 s (timeout)`);
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
    expect(hung.length).toBeLessThanOrEqual(BATCHES);
  });

  it('an https:// side silent on every path, its page too: the response-time samples do not ask it again', async () => {
    const { tls, front, hung } = await silentSide(true);
    const { get } = await probeLive({ url: `${front.url}/`, ca: pki.ca, timeoutMs: 1500 }, ['sensitive-paths', 'dev-server-exposed', 'response-time']);
    expect(get('sensitive-paths').error).toContain(`which did not answer: no answer from 127.0.0.1:${tls.port} within 1.5 s (timeout)`);
    expect(get('dev-server-exposed').error).toBe(`${front.url}/ redirects to ${tls.url}/, which did not answer: no answer from 127.0.0.1:${tls.port} within 1.5 s (timeout)`);
    expect(get('response-time').error).toContain(`no answer from 127.0.0.1:${tls.port}`);
    expect(hung.length).toBeLessThanOrEqual(BATCHES);
  });

  it('an https:// target given directly still stalls as one origin (unchanged)', async () => {
    const { tls, hung } = await silentSide();
    const { get } = await probeLive({ url: `${tls.url}/`, ca: pki.ca, timeoutMs: 1500 }, ['sensitive-paths']);
    expect(get('sensitive-paths').error).toMatch(new RegExp(`no answer from 127\\.0\\.0\\.1:${tls.port} within 1\\.5 s \\(timeout\\)`));
    expect(failuresOf(get('sensitive-paths'), 'sensitive-paths')).toEqual([]);
    expect(hung.length).toBeLessThanOrEqual(BATCHES);
  });
});
