import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { proxyFor } from '../../src/probes/collect.js';
import { makePki, type Pki } from '../servers/certs.js';
import { respond, startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { startProxy } from '../servers/proxy.js';
import { probeLive } from './helpers.js';

describe('proxyFor', () => {
  const t = new URL('https://app.example.com:8443/');
  it('uses HTTPS_PROXY for https targets unless NO_PROXY matches', () => {
    expect(proxyFor(t, { HTTPS_PROXY: 'http://proxy:3128' })?.href).toBe('http://proxy:3128/');
    expect(proxyFor(t, { https_proxy: 'proxy:3128' })?.host).toBe('proxy:3128');
    expect(proxyFor(t, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined();
    for (const no of ['example.com', '.example.com', '*.example.com', 'app.example.com:8443', '*', 'other, app.example.com']) {
      expect(proxyFor(t, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: no }), no).toBeUndefined();
    }
    expect(proxyFor(t, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'app.example.com:443' })).toBeDefined();
    expect(proxyFor(t, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'ample.com' })).toBeDefined();
  });
});

describe('HTTPS_PROXY / NO_PROXY against a live proxy', () => {
  let pki: Pki;
  let target: Running;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  const saved = { ...process.env };
  beforeAll(async () => {
    pki = makePki();
    target = await startHttps(pki.valid, respond(200, STRONG_HEADERS));
    proxy = await startProxy();
  });
  afterEach(() => {
    for (const k of ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
  });
  afterAll(async () => { await target?.close(); await proxy?.close(); });

  it('requests and TLS handshakes go through the proxy', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    delete process.env.NO_PROXY; delete process.env.no_proxy;
    proxy.seen.length = 0;
    const { get } = await probeLive({ url: target.url, ca: pki.ca }, ['certificate', 'tls-version', 'hsts']);
    expect(get('certificate')).toEqual({ findings: [] });
    expect(get('tls-version')).toEqual({ findings: [] });
    expect(get('hsts')).toEqual({ findings: [] });
    const authority = new URL(target.url).host;
    // Handshake, legacy handshake and undici's request tunnel: at least three CONNECTs.
    expect(proxy.seen.filter((s) => s === `CONNECT ${authority}`).length).toBeGreaterThanOrEqual(3);
  });

  it('NO_PROXY bypasses it', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    process.env.NO_PROXY = '127.0.0.1';
    proxy.seen.length = 0;
    const { get } = await probeLive({ url: target.url, ca: pki.ca }, ['certificate', 'hsts']);
    expect(get('hsts')).toEqual({ findings: [] });
    expect(proxy.seen).toEqual([]);
  });

  it('a proxy that refuses the tunnel or is down is named, and the probes report error, not a dead target', async () => {
    const denying = await startProxy({ deny: 407 });
    try {
      process.env.HTTPS_PROXY = denying.url;
      delete process.env.NO_PROXY; delete process.env.no_proxy;
      const { get } = await probeLive({ url: target.url, ca: pki.ca }, ['health-endpoint', 'hsts']);
      const at = new URL(denying.url).host;
      expect(get('health-endpoint').error).toBe(`health endpoint / could not be asked: the proxy ${at} (HTTPS_PROXY) answered 407 to CONNECT ${new URL(target.url).host} (proxy authentication required: give credentials in the proxy URL)`);
      expect(get('hsts').error).toMatch(new RegExp(`^the proxy ${at} \\(HTTPS_PROXY\\) answered 407`));
    } finally { await denying.close(); }
    // A proxy that is not there: its refusal, not the target's.
    const gone = await startProxy();
    const url = gone.url;
    await gone.close();
    process.env.HTTPS_PROXY = url;
    const { get } = await probeLive({ url: target.url, ca: pki.ca }, ['health-endpoint', 'certificate']);
    expect(get('health-endpoint').error).toMatch(new RegExp(`connection refused by the proxy ${new URL(url).host} \\(HTTPS_PROXY\\)$`));
    expect(get('certificate').error).toMatch(/connection refused by the proxy/);
  });

  it('https-redirect through a proxy that is down is an error, not "no plain-HTTP listener"', async () => {
    const { startHttp } = await import('../servers/node.js');
    const plain = await startHttp(respond(200, STRONG_HEADERS));
    const gone = await startProxy();
    const url = gone.url;
    await gone.close();
    const saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = url;
    try {
      const { get } = await probeLive({ url: target.url, ca: pki.ca, httpUrl: plain.url }, ['https-redirect']);
      expect(get('https-redirect').error).toMatch(new RegExp(`connection refused by the proxy ${new URL(url).host} \\(HTTP_PROXY\\)`));
    } finally {
      if (saved === undefined) delete process.env.HTTP_PROXY; else process.env.HTTP_PROXY = saved;
      await plain.close();
    }
  });
});
