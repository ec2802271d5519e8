import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/** Regressions of QA round 19 (live probes against real nginx/lighttpd/Flask/Express configs), each against a Node server on 127.0.0.1. */
let pki: Pki;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});
const tlsUp = async (handler: Handler) => { const s = await startHttps(pki.valid, handler); servers.push(s); return s; };
/** The bytes a server sends for `text` (UTF-8), as Node's `setHeader` takes them: one latin1 character per byte. */
const wire = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('header values a server writes in UTF-8 or with control bytes', () => {
  it('are quoted as UTF-8 (what curl shows), never as mojibake, and carry no raw control character', async () => {
    // `add_header X-Frame-Options “DENY”;` (typographic quotes pasted from a blog, in a public hardening script):
    // nginx sends the UTF-8 bytes. A Server banner with a raw 0x9B byte (C1 CSI) must not reach a terminal.
    const srv = await tlsUp((_q, r) => {
      r.writeHead(200, { ...STRONG_HEADERS, 'content-security-policy': "default-src 'self'", 'x-frame-options': wire('“DENY”'), server: 'nginx/1.22.1 \x9b31m' });
      r.end('<!doctype html><p>home');
    });
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['security-headers', 'server-version-leak']);
    const headers = failuresOf(get('security-headers'), 'security-headers').map((f) => f.message);
    expect(headers).toEqual(["framing is not blocked (X-Frame-Options '“DENY”', no CSP frame-ancestors); send frame-ancestors 'none' or X-Frame-Options: DENY"]);
    const banner = failuresOf(get('server-version-leak'), 'server-version-leak').map((f) => f.message);
    expect(banner).toEqual([`${srv.url}/ reveals its version in Server: 'nginx/1.22.1 \\x9b31m'; hide it`]);
    for (const m of [...headers, ...banner]) expect(m).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });
});

describe('an https:// URL for a port that speaks plain HTTP', () => {
  it('says the port does not answer TLS, not only OpenSSL\'s "wrong version number"', async () => {
    // Django's SECURE_SSL_REDIRECT under runserver: http://host:8000/ → https://host:8000/, which speaks HTTP.
    const srv = await startHttp((_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('<!doctype html><p>home'); });
    servers.push(srv);
    const url = srv.url.replace('http:', 'https:');
    const { get } = await probeLive({ url: `${url}/`, ca: pki.ca }, ['security-headers']);
    expect(get('security-headers').error).toMatch(/^TLS handshake with 127\.0\.0\.1:\d+ failed \(wrong version number\); 127\.0\.0\.1:\d+ does not answer TLS \(plain HTTP on that port\?\)$/);
  });
});
