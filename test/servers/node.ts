import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SecureContextOptions, TlsOptions } from 'node:tls';

/** A running test server. */
export interface Running { url: string; port: number; close(): Promise<void> }

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function listen(server: http.Server | https.Server, scheme: 'http' | 'https', host: string): Promise<Running> {
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, host, () => resolve()); });
  const { port } = server.address() as AddressInfo;
  const h = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${scheme}://${h}:${port}`,
    port,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

/** A plain HTTP server on 127.0.0.1 (or `host`), port 0. */
export function startHttp(handler: Handler, host = '127.0.0.1'): Promise<Running> {
  return listen(http.createServer(handler), 'http', host);
}

/** An HTTPS server on 127.0.0.1, port 0, with the given key/cert and TLS options. */
export function startHttps(tls: SecureContextOptions & TlsOptions, handler: Handler, host = '127.0.0.1'): Promise<Running> {
  return listen(https.createServer(tls, handler), 'https', host);
}

/**
 * An HTTP/2-only TLS server on 127.0.0.1, port 0, as `http2.createSecureServer` makes it by
 * default: ALPN `h2` alone (no HTTP/1.1 fallback), so a client offering only `http/1.1` is refused.
 */
export async function startHttp2(tls: SecureContextOptions & TlsOptions, onStream: (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => void): Promise<Running> {
  const server = http2.createSecureServer(tls);
  server.on('stream', onStream);
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (s) => { sessions.add(s); s.once('close', () => sessions.delete(s)); });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', () => resolve()); });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    close: () => new Promise((r) => { for (const s of sessions) s.destroy(); server.close(() => r()); }),
  };
}

/** Sends `headers` and a small body; `set-cookie` may be a list. */
export function respond(status: number, headers: Record<string, string | string[]>, body = 'ok'): Handler {
  return (_req, res) => { res.writeHead(status, headers); res.end(body); };
}

/** Strong security headers that pass hsts, security-headers and server-version-leak. */
export const STRONG_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-type': 'text/html; charset=utf-8',
};
