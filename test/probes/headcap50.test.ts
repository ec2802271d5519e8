import net from 'node:net';
import tls from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { makePki } from '../servers/certs.js';
import { failuresOf, probeLive } from './helpers.js';

// Robustness D6 of stop 50: the 256 KiB cap on a response head was undici's `maxHeaderSize`, which counts header names
// and values only, so a 352 KB head of 50,000 empty headers (`a1:`) was read whole, for every request of the run (600 MB
// of memory). The head is counted by its bytes now (status line, header lines, line ends), and a head of more than 2,000
// header fields (Node's own client keeps no more) is refused as it arrives too, so memory stays bounded.

const servers: net.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => s.close(r)))); });

/** A raw TCP server answering every request on a connection with `text` (latin1, kept alive). */
async function raw(text: string): Promise<string> {
  const s = net.createServer((c) => { c.on('error', () => {}); c.on('data', () => { c.write(Buffer.from(text, 'latin1')); }); });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(s.address() as net.AddressInfo).port}/`;
}

const health = async (text: string) => {
  const url = await raw(text);
  const { get } = await probeLive({ url, timeoutMs: 3000 }, ['health-endpoint']);
  return { messages: failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message), host: new URL(url).host };
};

/** A head of `n` header lines `X-Pad-NNNN: vvv…` with `len`-byte values, line ends `eol`, and a 2-byte body. */
const padded = (n: number, len: number, eol = '\r\n') =>
  `HTTP/1.1 200 OK${eol}${Array.from({ length: n }, (_, i) => `X-Pad-${String(i).padStart(4, '0')}: ${'v'.repeat(len)}${eol}`).join('')}Content-Length: 2${eol}${eol}ok`;
/** 50,000 empty headers with distinct names (a 352 KB head, as the examiner's `manytiny`). */
const tiny = (n: number, eol = '\r\n') =>
  `HTTP/1.1 200 OK${eol}${Array.from({ length: n }, (_, i) => `${(i % 26 + 10).toString(36)}${i.toString(36)}:${eol}`).join('')}Content-Length: 2${eol}${eol}ok`;

describe('the response head is capped by its bytes and its fields', () => {
  it('a head over 256 KiB whose names and values alone stay under it is refused as too large', async () => {
    // 1,900 lines: names and values 258,400 bytes (under 262,144), with ": " and CRLF 266,000.
    const text = padded(1900, 126);
    expect(text.indexOf('\r\n\r\n')).toBeGreaterThan(256 * 1024);
    const { messages, host } = await health(text);
    expect(messages).toEqual([`health endpoint / did not answer: ${host} sent response headers larger than 256 KiB (more than browsers accept)`]);
  });

  it('the same with bare-LF line ends (read by Node\'s lenient parser) is refused too', async () => {
    const { messages, host } = await health(padded(1900, 126, '\n'));
    expect(messages).toEqual([`health endpoint / did not answer: ${host} sent response headers larger than 256 KiB (more than browsers accept)`]);
  });

  it.each([['CRLF', '\r\n'], ['bare LF', '\n']])('a flood of 50,000 tiny headers (%s) is refused as it arrives', async (_name, eol) => {
    const { messages, host } = await health(tiny(50_000, eol));
    expect(messages).toEqual([`health endpoint / did not answer: ${host} sent more than 2000 response header fields (more than Node's HTTP client keeps): send fewer headers`]);
  });

  it('over TLS as well (the head counted as it is decrypted)', async () => {
    const pki = makePki();
    const srv = tls.createServer({ key: pki.valid.key, cert: pki.valid.cert }, (c) => { c.on('error', () => {}); c.on('data', () => { c.write(Buffer.from(padded(1900, 126), 'latin1')); }); });
    servers.push(srv);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const host = `127.0.0.1:${(srv.address() as net.AddressInfo).port}`;
    const { get } = await probeLive({ url: `https://${host}/`, ca: pki.ca, timeoutMs: 3000 }, ['health-endpoint']);
    expect(failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([`health endpoint / did not answer: ${host} sent response headers larger than 256 KiB (more than browsers accept)`]);
  });

  it('heads under both caps are read: a 250 KB header, 2,000 fields, and a 103 Early Hints before the final head', async () => {
    const big = `HTTP/1.1 200 OK\r\nContent-Security-Policy: default-src 'self'; img-src ${'x'.repeat(250_000)}\r\nContent-Length: 2\r\n\r\nok`;
    expect((await health(big)).messages).toEqual([]);
    // 1,999 padding fields and Content-Length: 2,000 fields, about 96 KB.
    expect((await health(padded(1999, 32))).messages).toEqual([]);
    const hints = `HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n${padded(1999, 32)}`;
    expect((await health(hints)).messages).toEqual([]);
  });

  it('each response on a kept-alive connection is counted from its own start', async () => {
    // Fifteen requests of the run on a few connections, each head about 200 KB: together far over the cap.
    const text = padded(1500, 120);
    const url = await raw(text);
    const { get } = await probeLive({ url, timeoutMs: 3000 }, ['health-endpoint', 'sensitive-paths']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('sensitive-paths').error ?? '').not.toMatch(/larger than|header fields/);
  });
});
