import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { startHttp, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * Regressions of QA round 6 (probes, black-box; stop 13), each against a Node server on 127.0.0.1:
 * a sensitive path that is never judged must not pass.
 */
const servers: Running[] = [];
const up = async (handler: Handler) => { const s = await startHttp(handler); servers.push(s); return s; };
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });
const ENV = 'DB_PASSWORD=hunter2\nSECRET_KEY=abc123\n';

describe('sensitive-paths: answers that say nothing about the file', () => {
  it('a rate limit (429) or 503 on every path is an error, never a pass', async () => {
    for (const status of [429, 503]) {
      const srv = await up((q, r) => {
        if (q.url === '/') { r.writeHead(200, { ...STRONG_HEADERS, 'content-type': 'text/html' }); r.end('<!doctype html><p>ok'); return; }
        r.writeHead(status, { 'retry-after': '2' }); r.end('slow down');
      });
      const { get } = await probeLive({ url: srv.url }, ['sensitive-paths']);
      expect(get('sensitive-paths').error, String(status)).toMatch(new RegExp(`/\\.env, .* could not be judged \\(answered ${status}`));
    }
  });

  it('a .env mislabelled gzip is judged as the bytes came; one in zstd is decoded; an unknown coding is unjudged', async () => {
    const serve = (body: Buffer, encoding: string): Handler => (q, r) => {
      if (q.url === '/.env') { r.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': encoding }); r.end(body); return; }
      r.writeHead(404, STRONG_HEADERS); r.end('not found');
    };
    for (const [body, enc] of [[Buffer.from(ENV), 'gzip'], [zlib.zstdCompressSync(Buffer.from(ENV)), 'zstd']] as const) {
      const srv = await up(serve(body, enc));
      const { get } = await probeLive({ url: srv.url }, ['sensitive-paths']);
      expect(failuresOf(get('sensitive-paths'), 'sensitive-paths').map((f) => f.message), enc).toEqual([`${new URL('/.env', srv.url).href} serves a .env file (KEY=VALUE lines); block it at the web server and rotate any secret it held`]);
    }
    const odd = await up(serve(Buffer.from([0x1f, 0x9d, 0x90, 0x44]), 'compress'));
    expect((await probeLive({ url: odd.url }, ['sensitive-paths'])).get('sensitive-paths').error).toMatch(/\/\.env could not be judged \(the body's Content-Encoding compress cannot be decoded\)/);
  });
});

describe('response headers as large as browsers take', () => {
  it('a 20 KiB CSP is read (Node would refuse over 16 KiB), and a header flood is named as such', async () => {
    const hosts = Array.from({ length: 700 }, (_, i) => `https://cdn${i}.example.com`).join(' ');
    const big = await up((_q, r) => { r.writeHead(200, { ...STRONG_HEADERS, 'content-security-policy': `default-src 'self'; script-src 'self' ${hosts}` }); r.end('<!doctype html><p>ok'); });
    const { get } = await probeLive({ url: big.url }, ['health-endpoint', 'security-headers']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('security-headers')).toEqual({ findings: [] });
    const flood = await up((_q, r) => { r.writeHead(200, { ...STRONG_HEADERS, 'x-padding': 'a'.repeat(300 * 1024) }); r.end('ok'); });
    const { get: flooded } = await probeLive({ url: flood.url }, ['health-endpoint']);
    expect(failuresOf(flooded('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([expect.stringMatching(/did not answer: 127\.0\.0\.1:\d+ sent response headers larger than 256 KiB \(more than browsers accept\)$/)]);
  });
});

describe('certificate: an expired intermediate behind an untrusted root', () => {
  it('is critical with and without allow-self-signed, and named with the CA given too', async () => {
    const { makePki, makeIntermediateLeaf } = await import('../servers/certs.js');
    const { startHttps } = await import('../servers/node.js');
    const pki = makePki();
    try {
      const leaf = makeIntermediateLeaf(pki, { expiredIntermediate: true });
      const srv = await startHttps({ key: leaf.key, cert: `${leaf.cert}${leaf.intermediate}` }, (_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); });
      servers.push(srv);
      for (const allowSelfSigned of [false, true]) {
        const { get } = await probeLive({ url: srv.url, allowSelfSigned }, ['certificate']);
        const f = failuresOf(get('certificate'), 'certificate');
        expect(f.filter((x) => x.severity === 'critical').map((x) => x.message), String(allowSelfSigned)).toContainEqual(expect.stringMatching(/chain .* sends includes Preflight Test Expired Intermediate, which expired on \d{4}-\d\d-\d\d; update the intermediate certificates$/));
      }
      const { get } = await probeLive({ url: srv.url, ca: pki.ca }, ['certificate']);
      // With the CA given OpenSSL reports the expiry (CERT_HAS_EXPIRED): the intermediate is named all the same.
      expect(failuresOf(get('certificate'), 'certificate').map((x) => x.message)).toEqual([expect.stringMatching(/chain .* sends includes Preflight Test Expired Intermediate, which expired on \d{4}-\d\d-\d\d; update the intermediate certificates$/)]);
    } finally { (await import('node:fs')).rmSync(pki.dir, { recursive: true, force: true }); }
  });
});
