import net from 'node:net';
import tls from 'node:tls';

/** A raw TCP server on 127.0.0.1 (port 0) that misbehaves on purpose. */
export interface FaultServer {
  port: number;
  /** `http://127.0.0.1:<port>` (or `https://` for TLS faults: the scheme is only what the client is told). */
  url(scheme?: 'http' | 'https'): string;
  /** Connections accepted so far. */
  accepted: number;
  /** Bytes written to clients so far. */
  written: number;
  close(): Promise<void>;
}

/** What to do with one accepted connection; `sock.written` counts are tracked by the server. */
export type OnConnection = (socket: net.Socket, server: FaultServer) => void;

/** Caps every timer loop a fault runs: it stops on close or after this long, whichever is first. */
export const LOOP_MS = 30_000;

/**
 * Starts a TCP server that hands every connection to `onConnection`; `close` destroys them all.
 * With `secure`, it is a TLS server that completes the handshake and misbehaves inside it.
 */
export async function startFault(onConnection: OnConnection, secure?: tls.TlsOptions): Promise<FaultServer> {
  const sockets = new Set<net.Socket>();
  const server = secure ? tls.createServer(secure) : net.createServer();
  const fault: FaultServer = {
    port: 0, accepted: 0, written: 0,
    url: (scheme = 'http') => `${scheme}://127.0.0.1:${fault.port}`,
    close: () => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }),
  };
  if (secure) server.on('tlsClientError', () => {});
  server.on(secure ? 'secureConnection' : 'connection', (socket: net.Socket) => {
    fault.accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const write = socket.write.bind(socket);
    socket.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      fault.written += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return write(chunk, ...rest);
    }) as typeof socket.write;
    onConnection(socket, fault);
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', () => resolve()); });
  fault.port = (server.address() as net.AddressInfo).port;
  return fault;
}

/** Calls `fn` once the client's request head has arrived (a blank line), at most once per connection. */
export function onRequest(socket: net.Socket, fn: () => void): void {
  let seen = '';
  let done = false;
  socket.on('data', (d) => {
    if (done) return;
    seen = (seen + d.toString('latin1')).slice(-4096);
    if (seen.includes('\r\n\r\n')) { done = true; fn(); }
  });
}

/** Repeats `tick` every `ms` until the socket closes or `LOOP_MS` passes (never an unbounded loop). */
export function every(socket: net.Socket, ms: number, tick: () => void): void {
  const started = Date.now();
  const timer = setInterval(() => {
    if (socket.destroyed || Date.now() - started > LOOP_MS) { clearInterval(timer); socket.destroy(); return; }
    tick();
  }, ms);
  socket.once('close', () => clearInterval(timer));
}

/**
 * Streams `total` bytes of body with back-pressure, stopping when the client goes away; the
 * headers announce the full length so only the client's cap can end it early.
 */
export function streamBody(socket: net.Socket, total: number, chunkSize = 64 * 1024): void {
  const chunk = Buffer.alloc(chunkSize, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < total && !socket.destroyed) {
      const n = Math.min(chunkSize, total - sent);
      sent += n;
      if (!socket.write(n === chunkSize ? chunk : chunk.subarray(0, n))) { socket.once('drain', pump); return; }
    }
    if (sent >= total) socket.end();
  };
  socket.write(`HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: ${total}\r\n\r\n`);
  pump();
}
