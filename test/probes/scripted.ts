import net from 'node:net';

/** What a scripted server does with the n-th request (1-based) to its path: close the connection `drop` ms after reading it, never answer, or send bytes (latin1). */
export type Act = { drop: number } | { hold: true } | { send: string };

export const OK = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok';

export interface Scripted { url: string; asked: () => number; close: () => Promise<void> }

/**
 * A raw HTTP/1.1 server on 127.0.0.1 acting on each request to `path` as `act` says (any other path: 200 `ok`); `asked`
 * counts the requests to `path`. `close` ends its connections (held ones too) and pending drops.
 */
export async function scripted(path: string, act: (n: number) => Act): Promise<Scripted> {
  let n = 0;
  const sockets = new Set<net.Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const s = net.createServer((c) => {
    sockets.add(c);
    c.on('close', () => sockets.delete(c));
    c.on('error', () => {});
    c.on('data', (d) => {
      if (/^[A-Z]+ (\S+)/.exec(d.toString('latin1'))?.[1] !== path) { c.end(OK); return; }
      const a = act(++n);
      if ('drop' in a) { const t = setTimeout(() => { timers.delete(t); c.destroy(); }, a.drop); timers.add(t); }
      else if ('send' in a) c.end(Buffer.from(a.send, 'latin1'));
    });
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(s.address() as net.AddressInfo).port}/`,
    asked: () => n,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const c of sockets) c.destroy();
      await new Promise((r) => s.close(r));
    },
  };
}
