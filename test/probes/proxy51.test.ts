import net from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startProxy } from '../servers/proxy.js';
import { failuresOf, probeLive } from './helpers.js';

// QA 51 (left open, item 4): a proxy that accepts the connection and never answers was reported as "no answer from
// example.test:443 through the proxy 127.0.0.1:P": the target blamed, the proxy a footnote. Nothing came from the proxy
// itself (no answer to CONNECT, no response head to a request it forwards), so the proxy is named as the one that did not
// answer, by host and port, never with its credentials. Once a tunnel is up, a silent target stays the target's.

const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
afterAll(async () => {
  for (const c of sockets) c.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});
const KEYS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
afterEach(() => { for (const k of KEYS) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k]; });
const viaProxy = (url: string) => { for (const k of KEYS) delete process.env[k]; process.env.HTTP_PROXY = url; process.env.HTTPS_PROXY = url; };

/** A TCP server on 127.0.0.1 that accepts every connection and never writes a byte (closed after the tests). */
async function silent(): Promise<string> {
  const s = net.createServer((c) => { c.on('error', () => {}); sockets.add(c); });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return `127.0.0.1:${(s.address() as net.AddressInfo).port}`;
}

describe('a proxy that never answers is named as such (QA 51)', () => {
  it('an http:// target: the proxy did not answer the request it was to forward', async () => {
    const host = await silent();
    viaProxy(`http://ops:hunter2secret@${host}`);
    const { out, get } = await probeLive({ url: 'http://example.test/', timeoutMs: 1000 }, ['health-endpoint', 'security-headers', 'https-redirect']);
    const said = `the proxy ${host} (HTTP_PROXY) did not answer the request for example.test:80 within 1 s (timeout: the proxy, or example.test:80 it forwards to, is not answering)`;
    expect(failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([`health endpoint / did not answer: ${said}`]);
    expect(get('security-headers').error).toBe(said);
    expect(get('https-redirect').error).toBe(said);
    const all = JSON.stringify([...out.values()]);
    expect(all).not.toMatch(/no answer from example\.test/);
    expect(all).not.toMatch(/hunter2secret|ops:/);
  }, 20_000);

  it('an https:// target: the proxy did not answer CONNECT, for undici\'s requests and the handshakes\' own tunnels', async () => {
    const host = await silent();
    viaProxy(`http://ops:hunter2secret@${host}`);
    const { out, get } = await probeLive({ url: 'https://example.test/', timeoutMs: 1000 }, ['health-endpoint', 'hsts', 'tls-version', 'certificate']);
    const said = `the proxy ${host} (HTTPS_PROXY) did not answer CONNECT example.test:443 within 1 s (timeout: the proxy, or example.test:443 it connects to, is not answering)`;
    expect(failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([`health endpoint / did not answer: ${said}`]);
    for (const id of ['hsts', 'tls-version', 'certificate']) expect(get(id).error, id).toBe(said);
    const all = JSON.stringify([...out.values()]);
    expect(all).not.toMatch(/no answer from example\.test/);
    expect(all).not.toMatch(/hunter2secret|ops:/);
  }, 20_000);

  it('a proxy that opened the tunnel: a silent target is still the target\'s', async () => {
    const target = await silent();
    const proxy = await startProxy();
    try {
      viaProxy(proxy.url);
      const { get } = await probeLive({ url: `https://${target}/`, timeoutMs: 1000 }, ['tls-version', 'hsts']);
      expect(proxy.seen).toContain(`CONNECT ${target}`);
      for (const id of ['tls-version', 'hsts']) expect(get(id).error, id).toBe(`no answer from ${target} through the proxy 127.0.0.1:${proxy.port} within 1 s (timeout)`);
    } finally { await proxy.close(); }
  }, 20_000);
});
