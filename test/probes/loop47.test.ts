import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 47 (probes21 D2): a self-redirect loop (Django's SECURE_SSL_REDIRECT behind a proxy that does not pass
// X-Forwarded-Proto: every path → 301 to itself) never reaches the page. hsts and cors-policy say so (`error`, the loop
// named), as security-headers and cookie-security do, instead of judging a redirect as the page. Real servers on 127.0.0.1.

let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

/** Every path answers 301 to itself (absolute, as Django writes it), with `headers` on the redirect. */
const selfLoop = (headers: Record<string, string> = {}): Handler => (q, r) => {
  const host = q.headers.host ?? '';
  r.writeHead(301, { location: `https://${host}${q.url ?? '/'}`, ...headers });
  r.end();
};

describe('a self-redirect loop is not the page (probes21 D2)', () => {
  it('hsts: redirects without the header are an error naming the loop, not "sends no Strict-Transport-Security header"', async () => {
    const srv = await up(startHttps(pki.valid, selfLoop()));
    const url = `${srv.url}/`;
    const out = (await probeLive({ url, ca: pki.ca }, ['hsts'])).get('hsts');
    expect(out).toEqual({ findings: [], error: `${url} is in a redirect loop (last to ${url}), so the page, whose Strict-Transport-Security is judged, was not reached (its redirects send none); fix the redirects so the page answers` });
  });

  it('hsts: a loop whose redirects send a header is judged on it (browsers take it from them): valid passes, short fails', async () => {
    const good = await up(startHttps(pki.valid, selfLoop({ 'strict-transport-security': 'max-age=31536000' })));
    expect((await probeLive({ url: `${good.url}/`, ca: pki.ca }, ['hsts'])).get('hsts')).toEqual({ findings: [] });
    const short = await up(startHttps(pki.valid, selfLoop({ 'strict-transport-security': 'max-age=600' })));
    const f = failuresOf((await probeLive({ url: `${short.url}/`, ca: pki.ca }, ['hsts'])).get('hsts'), 'hsts');
    expect(f.map((x) => x.message)).toEqual([`${short.url}/ sends Strict-Transport-Security max-age=600, below 15552000 s; raise it`]);
  });

  it('hsts: a page without the header reached in a few redirects still fails on that page', async () => {
    const srv = await up(startHttps(pki.valid, (q, r) => {
      if (q.url === '/') { r.writeHead(301, { location: '/home' }); r.end(); return; }
      r.writeHead(200, { 'content-type': 'text/html' }); r.end('home');
    }));
    const f = failuresOf((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['hsts'])).get('hsts'), 'hsts');
    expect(f.map((x) => x.message)).toEqual([`${srv.url}/home sends no Strict-Transport-Security header; add max-age=31536000`]);
  });

  it('cors-policy: every CORS request looping is an error naming the loop, not a pass', async () => {
    const srv = await up(startHttps(pki.valid, selfLoop()));
    const url = `${srv.url}/`;
    const out = (await probeLive({ url, ca: pki.ca }, ['cors-policy'])).get('cors-policy');
    expect(out).toEqual({ findings: [], error: `${url} is in a redirect loop (last to ${url}), so the page whose CORS policy is judged was not reached; fix the redirects so the page answers` });
  });

  it('cors-policy: a loop that reflects the Origin with credentials is still judged (the headers are the finding)', async () => {
    const srv = await up(startHttps(pki.valid, (q, r) => {
      const origin = q.headers.origin;
      r.writeHead(301, { location: `https://${q.headers.host}${q.url}`, ...(origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {}) });
      r.end();
    }));
    const f = failuresOf((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['cors-policy'])).get('cors-policy'), 'cors-policy');
    expect(f.map((x) => x.severity)).toContain('critical');
  });

  it('cors-policy: a same-host redirect to a page that grants nothing still passes', async () => {
    const srv = await up(startHttps(pki.valid, (q, r) => {
      if (q.url === '/') { r.writeHead(302, { location: '/app' }); r.end(); return; }
      r.writeHead(200, STRONG_HEADERS); r.end('app');
    }));
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['cors-policy'])).get('cors-policy')).toEqual({ findings: [] });
  });
});
