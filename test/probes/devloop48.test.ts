import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 48 (probes21 D2 leftover): dev-server-exposed on a site where every path answers a redirect to itself (Django's
// SECURE_SSL_REDIRECT behind a proxy that does not pass X-Forwarded-Proto) saw redirects only, never a page: "no
// development server found" is not established, so it is an `error` naming the loop, as hsts and cors-policy say.
// Lookalikes that still pass: http → https once then pages; a not-found path that 404s after a redirect. Real servers
// on 127.0.0.1.

let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

/** Every path answers 301 to itself (absolute, as Django writes it). */
const selfLoop: Handler = (q, r) => { r.writeHead(301, { location: `https://${q.headers.host ?? ''}${q.url ?? '/'}` }); r.end(); };

const LOOP_ERROR = (url: string, last: string) => `${url} is in a redirect loop (last to ${last}), so neither the page nor a not-found page of the application was reached, where a development server or debug page would show; fix the redirects so the page answers`;

/** Django 3.2's technical 404 page (DEBUG = True). */
const django404 = '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <title>Page not found at /x</title>\n</head>\n<body>\n  <div id="summary">\n    <h1>Page not found <span>(404)</span></h1>\n  </div>\n  <div id="explanation">\n    <p>\n      You’re seeing this error because you have <code>DEBUG = True</code> in\n      your Django settings file.\n    </p>\n  </div>\n</body>\n</html>\n';

describe('dev-server-exposed: a redirect loop is no page seen (stop 48, probes21 D2)', () => {
  it('every path redirecting to itself is an error naming the loop, not a pass', async () => {
    const srv = await up(startHttps(pki.valid, selfLoop));
    const url = `${srv.url}/`;
    const out = (await probeLive({ url, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed');
    expect(out).toEqual({ findings: [], error: LOOP_ERROR(url, url) });
  }, 30_000);

  it('a target under a path whose every path loops names the loop at the target', async () => {
    const srv = await up(startHttps(pki.valid, selfLoop));
    const url = `${srv.url}/app/`;
    const out = (await probeLive({ url, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed');
    expect(out).toEqual({ findings: [], error: LOOP_ERROR(url, url) });
  }, 30_000);

  it('a chain still redirecting after 5 hops on every path is an error too (the page was not reached)', async () => {
    // /x → /x/1 → /x/1/1 → …: never the same URL twice, never a page.
    const srv = await up(startHttps(pki.valid, (q, r) => { r.writeHead(302, { location: `${(q.url ?? '/').replace(/\/$/, '')}/1` }); r.end(); }));
    const url = `${srv.url}/`;
    const out = (await probeLive({ url, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed');
    expect(out.findings).toEqual([]);
    expect(out.error).toMatch(new RegExp(`^${url.replace(/[.]/g, '\\.')} redirects more than 5 times \\(last to ${srv.url.replace(/[.]/g, '\\.')}/1/1/1/1/1/1\\), so neither the page nor a not-found page of the application was reached`));
  }, 30_000);

  it('a loop on the page does not hide a debug page the not-found path shows (finding, not error)', async () => {
    const srv = await up(startHttps(pki.valid, (q, r) => {
      if (q.url === '/') { selfLoop(q, r); return; }
      r.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }); r.end(django404);
    }));
    const out = (await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed');
    expect(out.error).toBeUndefined();
    expect(failuresOf(out, 'dev-server-exposed').map((f) => f.message)).toEqual([expect.stringMatching(/\/preflight-probe-[\w-]+ exposes Django's DEBUG page; set DEBUG = False/)]);
  }, 30_000);

  it('lookalike: a loop on the page with a not-found path that 404s after a redirect passes (a page of the application was seen)', async () => {
    const srv = await up(startHttps(pki.valid, (q, r) => {
      if (q.url === '/') { selfLoop(q, r); return; }
      if (!q.url?.endsWith('/')) { r.writeHead(301, { location: `${q.url}/` }); r.end(); return; }
      r.writeHead(404, { 'content-type': 'text/html' }); r.end('<h1>Not Found</h1>');
    }));
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed')).toEqual({ findings: [] });
  }, 30_000);

  it('lookalike: http:// redirecting once to https://, which serves pages and 404s, passes', async () => {
    const tls = await up(startHttps(pki.valid, (q, r) => {
      if (q.url === '/') { r.writeHead(200, { 'content-type': 'text/html' }); r.end('<!doctype html><title>Shop</title>'); return; }
      r.writeHead(404, { 'content-type': 'text/html' }); r.end('<h1>Not Found</h1>');
    }));
    const plain = await up(startHttp((q, r) => { r.writeHead(301, { location: `${tls.url}${q.url ?? '/'}` }); r.end(); }));
    expect((await probeLive({ url: `${plain.url}/`, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed')).toEqual({ findings: [] });
  }, 30_000);
});
