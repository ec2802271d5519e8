import fs from 'node:fs';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 45 (probes19): D1 an http:// target whose chain reaches HTTPS and comes back to plain HTTP; D2 a health path that
// must not redirect; D6 a target answering 404 judged as the site's page; D7 a <meta> CSP past the body cap. Real servers
// on 127.0.0.1 (port 0), HTTPS with a throwaway CA.

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

describe('D1: an http:// target whose chain goes to https:// and back to plain http://', () => {
  /** A plain-HTTP front redirecting every path to the HTTPS side (nginx `return 301 https://$host:…$request_uri`), and that side. */
  async function pair(https: (req: http.IncomingMessage, res: http.ServerResponse, plain: string) => void) {
    let tls = '';
    const plain = await up(startHttp((q, r) => send(r, 301, { location: `${tls}${q.url}` }, '')));
    const srv = await up(startHttps(pki.valid, (q, r) => https(q, r, plain.url)));
    tls = srv.url;
    return { plain, srv };
  }

  it('fails high naming the https:// → http:// hop, as it does for an https:// target', async () => {
    const { plain, srv } = await pair((q, r, p) => {
      if (pathOf(q) === '/') return send(r, 302, { location: `${p}/home` }, '');
      send(r, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
    });
    const { get } = await probeLive({ url: `${plain.url}/`, ca: pki.ca }, ['https-redirect']);
    expect(get('https-redirect').error).toBeUndefined();
    expect(failuresOf(get('https-redirect'), 'https-redirect').map((f) => [f.severity, f.url, f.message])).toEqual([
      ['high', `${srv.url}/`, `${srv.url}/ redirects to ${plain.url}/home, leaving HTTPS for plain HTTP; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)`],
    ]);
  });

  it('the same hop on a health path of an http:// target fails too', async () => {
    const { plain, srv } = await pair((q, r, p) => {
      if (pathOf(q) === '/health') return send(r, 301, { location: `${p}/health/` }, '');
      send(r, 200, { ...STRONG_HEADERS, 'content-type': 'application/json' }, '{"status":"ok"}');
    });
    const { get } = await probeLive({ url: `${plain.url}/`, ca: pki.ca, health: ['/health'] }, ['https-redirect', 'health-endpoint']);
    expect(failuresOf(get('https-redirect'), 'https-redirect').map((f) => f.message)).toEqual([
      `${srv.url}/health redirects to ${plain.url}/health/, leaving HTTPS for plain HTTP; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)`,
    ]);
  });

  it('lookalike: an http:// target redirected to https:// that stays there (redirects within https:// included) passes', async () => {
    let tls = '';
    const { plain } = await pair((q, r) => {
      if (pathOf(q) === '/') return send(r, 302, { location: `${tls}/home` }, '');
      send(r, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
    });
    tls = servers.at(-1)!.url;
    const { get } = await probeLive({ url: `${plain.url}/`, ca: pki.ca, health: ['/'] }, ['https-redirect', 'health-endpoint']);
    expect(get('https-redirect').error).toBeUndefined();
    expect(failuresOf(get('https-redirect'), 'https-redirect')).toEqual([]);
  });
});

describe('D2: health-endpoint with follow-redirects: false', () => {
  /** nginx's `location = /health { return 301 /health/; }` beside `/health/` and `/up` answering 200 itself. */
  const site = () => up(startHttps(pki.valid, (q, r) => {
    const p = pathOf(q);
    if (p === '/health') return send(r, 301, { location: '/health/' }, '');
    if (p === '/health/' || p === '/up') return send(r, 200, { 'content-type': 'application/json' }, '{"status":"ok"}');
    send(r, 404, {}, 'not found');
  }));

  it('fails a path that answers 2xx only after a redirect, naming the status and where it leads', async () => {
    const srv = await site();
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint'], { 'health-endpoint': { paths: ['/health'], 'follow-redirects': false } });
    expect(failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => [f.severity, f.url, f.message])).toEqual([
      ['critical', `${srv.url}/health`, `health endpoint /health answered HTTP 301 (a redirect to ${srv.url}/health/) instead of 2xx itself, and it must not redirect (follow-redirects: false; load balancers' health checks count a redirect as unhealthy): serve /health itself with 2xx, or name the path it redirects to`],
    ]);
  });

  it('lookalikes pass: the same redirect followed by default, and a path answering 200 itself with follow-redirects: false', async () => {
    const srv = await site();
    const byDefault = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint'], { 'health-endpoint': { paths: ['/health'] } });
    expect(byDefault.get('health-endpoint')).toEqual({ findings: [] });
    const direct = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint'], { 'health-endpoint': { paths: ['/up'], 'follow-redirects': false } });
    expect(direct.get('health-endpoint')).toEqual({ findings: [] });
  });
});

describe('D5: health-endpoint with a body expectation', () => {
  /** `/down` answers 200 with `{"status":"down"}` (a health route that reports its state in the body), `/ok` a compact healthy one. */
  const site = () => up(startHttps(pki.valid, (q, r) => {
    const p = pathOf(q);
    if (p === '/down') return send(r, 200, { 'content-type': 'application/json' }, '{"status":"down","checks":{"db":"fail"}}');
    if (p === '/ok') return send(r, 200, { 'content-type': 'application/json' }, '{"checks":{"db":"pass"},"status":"ok"}');
    if (p === '/text') return send(r, 200, { 'content-type': 'text/plain' }, 'OK');
    send(r, 404, {}, 'not found');
  }));

  it('fails a 2xx whose JSON body says otherwise, naming the member', async () => {
    const srv = await site();
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint'], { 'health-endpoint': { paths: ['/down'], body: '{"status": "ok"}' } });
    expect(failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => [f.severity, f.url, f.message])).toEqual([
      ['critical', `${srv.url}/down`, 'health endpoint /down answered HTTP 200, but its body has status = "down", not "ok" (expected {"status": "ok"}): make it answer {"status": "ok"} when healthy, or change the expected body (option body)'],
    ]);
  });

  it('lookalikes pass: the same members with other spacing, order and members beside; text found as written; no body option', async () => {
    const srv = await site();
    const opts = (paths: string[], body?: string) => ({ 'health-endpoint': { paths, ...(body ? { body } : {}) } });
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint'], opts(['/ok'], '{"status": "ok", "checks": {"db": "pass"}}'))).get('health-endpoint')).toEqual({ findings: [] });
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint'], opts(['/text'], 'OK'))).get('health-endpoint')).toEqual({ findings: [] });
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint'], opts(['/down']))).get('health-endpoint')).toEqual({ findings: [] });
  });
});

describe('D6: a target answering 404 is named as an error page when headers are missing from it', () => {
  /** nginx `add_header` without `always`: the headers reach the 2xx pages only; `/nope` is a route the application lacks. */
  const site = () => up(startHttps(pki.valid, (q, r) => {
    if (pathOf(q) === '/') return send(r, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
    send(r, 404, { 'content-type': 'text/html' }, '<!doctype html><h1>404 Not Found</h1>');
  }));

  it('hsts and security-headers say the page judged answered HTTP 404', async () => {
    const srv = await site();
    const { get } = await probeLive({ url: `${srv.url}/nope`, ca: pki.ca }, ['hsts', 'security-headers']);
    // A Node server (no `Server: nginx`): the general wording, not nginx's `always` (stop 47 probes21 D3).
    const hint = ' (the page judged answered HTTP 404, an error page: the server or proxy may leave headers off error responses, so send the header on every response if it is configured, or probe a URL that answers 2xx)';
    expect(failuresOf(get('hsts'), 'hsts').map((f) => f.message)).toEqual([`${srv.url}/nope sends no Strict-Transport-Security header${hint}; add max-age=31536000`]);
    const messages = failuresOf(get('security-headers'), 'security-headers').map((f) => f.message);
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(m).toContain(hint);
  });

  it('lookalike: a 200 page missing the same headers is not called an error page', async () => {
    const srv = await up(startHttps(pki.valid, (_q, r) => send(r, 200, { 'content-type': 'text/html' }, '<!doctype html><p>home')));
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['hsts', 'security-headers']);
    const messages = [...failuresOf(get('hsts'), 'hsts'), ...failuresOf(get('security-headers'), 'security-headers')].map((f) => f.message);
    expect(messages).toHaveLength(5);
    for (const m of messages) expect(m).not.toMatch(/error page|answered HTTP/);
  });
});

describe('D7: a <meta> CSP past the 64 KiB read limit', () => {
  const css = `<style>${'.c{color:red}\n'.repeat(8000)}</style>`;
  const meta = '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">';
  const headers = { 'strict-transport-security': 'max-age=31536000', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'content-type': 'text/html' };

  it('says the page was cut before its <head> ended instead of asserting no CSP', async () => {
    const srv = await up(startHttps(pki.valid, (_q, r) => send(r, 200, headers, `<!doctype html><html><head>${css}${meta}</head><body>hi</body></html>`)));
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['security-headers']);
    expect(failuresOf(get('security-headers'), 'security-headers').map((f) => f.message)).toEqual([
      'no Content-Security-Policy header (the page was cut at the 64 KiB read limit before its <head> ended, so a <meta> policy after that was not read: send it as a header, or move the <meta> element to the top of the <head>); add one that restricts script-src',
    ]);
  });

  it('lookalike: a long page whose <head> ended within the limit is judged as before (no CSP asserted)', async () => {
    const srv = await up(startHttps(pki.valid, (_q, r) => send(r, 200, headers, `<!doctype html><html><head><title>x</title></head><body>${css}${meta}</body></html>`)));
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['security-headers']);
    expect(failuresOf(get('security-headers'), 'security-headers').map((f) => f.message)).toEqual(['no Content-Security-Policy header; add one that restricts script-src']);
  });
});
