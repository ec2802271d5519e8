import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeConfig } from '../../src/probes/run.js';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { probeLive } from './helpers.js';

/**
 * With `wait` and custom headers, the probe learns whether it may send the headers from a TLS handshake made before
 * each health request. A deployment that comes up between a failed handshake and the request answers a request sent
 * without them: a 401 there is no verdict on the headers, and the request is made again once trust is known.
 * The race is made deterministic by a TCP relay that drops the first connection (the trust handshake) and relays the rest.
 */
let pki: Pki;
let app: Running;
let relay: net.Server;
let port = 0;
const seen: (string | undefined)[] = [];
let connections = 0;

beforeAll(async () => {
  pki = makePki();
  app = await startHttps(pki.valid, (req, res) => {
    seen.push(req.headers.authorization);
    if (req.headers.authorization !== 'Bearer t0ken-52') { res.writeHead(401, STRONG_HEADERS); res.end(); return; }
    res.writeHead(200, STRONG_HEADERS);
    res.end('ok');
  });
  const appPort = Number(new URL(app.url).port);
  relay = net.createServer((client) => {
    connections++;
    if (connections === 1) { client.destroy(); return; }
    const upstream = net.connect(appPort, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    const end = () => { client.destroy(); upstream.destroy(); };
    client.on('error', end); upstream.on('error', end); client.on('close', end); upstream.on('close', end);
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
  port = (relay.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => relay.close(() => r(undefined)));
  await app.close();
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

describe('wait with custom headers: a deployment that comes up between the trust handshake and the request', () => {
  it('is judged by a request sent with the headers, not by the 401 the header-less one got', async () => {
    const config = { url: `https://127.0.0.1:${port}`, ca: pki.ca, health: ['/healthz'], headers: { Authorization: 'Bearer t0ken-52' }, waitMs: 5000, pollMs: 100 };
    const { get } = await probeLive(config as ProbeConfig, ['health-endpoint']);
    // Before the fix: `error: protected — the headers given were sent and not accepted …` from the header-less request's 401.
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(connections).toBeGreaterThan(1);
    // The request made before trust was known went without the header; the one that decided the verdict had it.
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe('Bearer t0ken-52');
  });
});
