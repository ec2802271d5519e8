import net from 'node:net';
import tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { respond, startHttp, STRONG_HEADERS } from '../servers/node.js';
import { startProxy } from '../servers/proxy.js';
import { failuresOf, probeLive } from './helpers.js';

// Robustness D2 and D4 of stop 50: through HTTP_PROXY a plain-HTTP request is not tunnelled, it is sent to the proxy
// itself. A 407 it answered was reported as "request to example.test:80 failed (UND_ERR_INVALID_ARG)" and failed
// health-endpoint as a dead target; a proxy that closed the connection or answered no HTTP was blamed on the target (or
// named with undici's UND_ERR_PRX_CONN). The proxy's failure is named as such now, and the probes report `error`.

const servers: net.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => s.close(r)))); });
const KEYS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
afterEach(() => { for (const k of KEYS) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k]; });
const viaProxy = (url: string) => { for (const k of KEYS) delete process.env[k]; process.env.HTTP_PROXY = url; process.env.HTTPS_PROXY = url; };

/** A raw TCP "proxy" on 127.0.0.1 that treats every connection with `fn`. */
async function rawProxy(fn: (c: net.Socket) => void): Promise<{ url: string; host: string }> {
  const s = net.createServer((c) => { c.on('error', () => {}); fn(c); });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const host = `127.0.0.1:${(s.address() as net.AddressInfo).port}`;
  return { url: `http://${host}`, host };
}
const PROXY_407 = 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';
const FAULTS: [string, (c: net.Socket) => void, (asked: string) => string][] = [
  ['answers 407', (c) => c.once('data', () => c.end(PROXY_407)), (asked) => `answered 407 to ${asked} (proxy authentication required: give credentials in the proxy URL)`],
  ['closes the connection at once', (c) => c.destroy(), (asked) => `dropped the connection before answering ${asked}`],
  ['answers no HTTP', (c) => c.once('data', () => c.end('<html>garbage no status line at all</html>\n')), (asked) => `answered ${asked} with something that is not valid HTTP (Expected HTTP/, RTSP/ or ICE/)`],
];
const PAGE_PROBES = ['health-endpoint', 'https-redirect', 'security-headers', 'sensitive-paths', 'server-version-leak'];

describe('an HTTP_PROXY that fails a plain-HTTP request is named, never a dead target', () => {
  it.each(FAULTS)('a proxy that %s: the http:// target\'s probes are errors naming it', async (_name, fault, said) => {
    const proxy = await rawProxy(fault);
    viaProxy(proxy.url);
    const { out, get } = await probeLive({ url: 'http://example.test/', timeoutMs: 3000 }, PAGE_PROBES);
    const reason = `the proxy ${proxy.host} (HTTP_PROXY) ${said('the request for example.test:80')}`;
    expect(get('health-endpoint')).toEqual({ findings: [], error: `health endpoint / could not be asked: ${reason}` });
    for (const id of PAGE_PROBES.slice(1)) expect(get(id).error, id).toBe(reason);
    for (const o of out.values()) expect(JSON.stringify(o)).not.toMatch(/UND_ERR|example\.test:80 (?:failed|closed|answered)/);
  });

  it.each(FAULTS)('a proxy that %s: an https:// target\'s tunnels, handshakes and plain-HTTP side name it too', async (_name, fault, said) => {
    const proxy = await rawProxy(fault);
    viaProxy(proxy.url);
    const { out, get } = await probeLive({ url: 'https://example.test/', timeoutMs: 3000 }, ['health-endpoint', 'hsts', 'tls-version', 'certificate', 'https-redirect']);
    const tunnel = `the proxy ${proxy.host} (HTTPS_PROXY) ${said('CONNECT example.test:443')}`;
    expect(get('health-endpoint')).toEqual({ findings: [], error: `health endpoint / could not be asked: ${tunnel}` });
    for (const id of ['hsts', 'tls-version', 'certificate']) expect(get(id).error, id).toBe(tunnel);
    expect(get('https-redirect').error).toBe(`the proxy ${proxy.host} (HTTP_PROXY) ${said('the request for example.test:80')}`);
    for (const o of out.values()) expect(JSON.stringify(o)).not.toMatch(/UND_ERR|example\.test:(?:80|443) (?:failed|closed|answered)|connection to example/);
  });
});

describe('what is the target\'s stays the target\'s', () => {
  let pki: Pki;
  beforeAll(() => { pki = makePki(); });

  it('a working forward proxy relays the target\'s page, and its own 502 for a target that is down', async () => {
    const proxy = await startProxy();
    const site = await startHttp(respond(200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>ok'));
    try {
      viaProxy(proxy.url);
      const { get } = await probeLive({ url: `${site.url}/` }, ['health-endpoint', 'security-headers']);
      expect(get('health-endpoint')).toEqual({ findings: [] });
      expect(get('security-headers')).toEqual({ findings: [] });
      expect(proxy.seen).toContain(`GET ${site.url}/`);
      // The target gone: the proxy answers 502 for it, which fails health (the target is down, as the proxy says).
      const url = `${site.url}/`;
      await site.close();
      const { get: down } = await probeLive({ url }, ['health-endpoint']);
      expect(failuresOf(down('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual(['health endpoint / answered HTTP 502 instead of 2xx']);
    } finally { await proxy.close(); }
  });

  it('a page relayed through HTTP_PROXY with a 20 KiB CSP is read, as without a proxy (not refused at 16 KiB)', async () => {
    const hosts = Array.from({ length: 700 }, (_, i) => `https://cdn${i}.example.com`).join(' ');
    const page = '<!doctype html><p>ok';
    const head = Object.entries({ ...STRONG_HEADERS, 'content-type': 'text/html', 'content-security-policy': `default-src 'self'; script-src 'self' ${hosts}` }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    const proxy = await rawProxy((c) => c.on('data', () => c.write(`HTTP/1.1 200 OK\r\n${head}Content-Length: ${page.length}\r\n\r\n${page}`)));
    viaProxy(proxy.url);
    const { get } = await probeLive({ url: 'http://example.test/' }, ['health-endpoint', 'security-headers']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('security-headers')).toEqual({ findings: [] });
  });

  it('through a working tunnel, a TLS target that closes every connection is the target\'s failure', async () => {
    const proxy = await startProxy();
    const srv = tls.createServer({ key: pki.valid.key, cert: pki.valid.cert }, (s) => { s.on('error', () => {}); s.once('data', () => s.destroy()); });
    servers.push(srv);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const target = `https://127.0.0.1:${(srv.address() as net.AddressInfo).port}/`;
    try {
      viaProxy(proxy.url);
      const { get } = await probeLive({ url: target, ca: pki.ca, timeoutMs: 3000 }, ['health-endpoint', 'tls-version']);
      expect(get('tls-version')).toEqual({ findings: [] });
      const health = failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message);
      expect(health).toHaveLength(1);
      expect(health[0]).not.toMatch(/proxy/);
      expect(health[0]).toMatch(new RegExp(`did not answer: .*127\\.0\\.0\\.1:${new URL(target).port}`));
    } finally { await proxy.close(); }
  });
});
