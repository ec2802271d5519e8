import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { lenientHead } from '../../src/probes/collect.js';
import { failuresOf, probeLive } from './helpers.js';

// Review S3 of stop 44: undici reports any parse error of the header lines after a Content-Length as a Content-Length
// mismatch, and every such response was read again with Node's lenient parser, which reads more than the bare LF and
// control characters it is asked again for (both Content-Length and Transfer-Encoding, a folded header). Those stay
// refused now; the bare-LF and control-character responses are still read, and a body that does not match its
// Content-Length ends as before.

const servers: net.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => s.close(r)))); });

/** A raw TCP server answering every request with `text` (latin1) and closing; `hits` counts the requests. */
async function raw(text: string): Promise<{ url: string; hits: { n: number } }> {
  const hits = { n: 0 };
  const s = net.createServer((c) => { c.on('error', () => {}); c.once('data', () => { hits.n++; c.end(Buffer.from(text, 'latin1')); }); });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(s.address() as net.AddressInfo).port}/`, hits };
}

const PAGE = '<!doctype html><p>x';
const health = async (text: string) => {
  const { url, hits } = await raw(text);
  const { get } = await probeLive({ url, timeoutMs: 2000 }, ['health-endpoint']);
  return { messages: failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message), host: new URL(url).host, hits };
};

describe('after a Content-Length mismatch before the status, only what the lenient read is for is read', () => {
  it.each([
    ['a bare LF before the body', `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${PAGE.length}\r\n\n${PAGE}`],
    ['a bare LF after the Content-Length line', `HTTP/1.1 200 OK\r\nContent-Length: ${PAGE.length}\nServer: x\r\n\r\n${PAGE}`],
    ['an ESC in a header value after the Content-Length', `HTTP/1.1 200 OK\r\nContent-Length: ${PAGE.length}\r\nServer: a\x1bb\r\n\r\n${PAGE}`],
  ])('%s: read (health passes)', async (_name, text) => {
    expect((await health(text)).messages).toEqual([]);
  });

  it('both Content-Length and Transfer-Encoding (CRLF lines): not valid HTTP, as llhttp names it', async () => {
    const { messages, host } = await health('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n');
    expect(messages).toEqual([`health endpoint / did not answer: ${host} answered something that is not valid HTTP (Content-Length can't be present with Transfer-Encoding)`]);
  });

  it('both Content-Length and Transfer-Encoding with bare-LF lines: not valid HTTP either', async () => {
    const { messages, host } = await health('HTTP/1.1 200 OK\nContent-Length: 5\nTransfer-Encoding: chunked\n\n5\r\nhello\r\n0\r\n\r\n');
    expect(messages).toEqual([`health endpoint / did not answer: ${host} answered something that is not valid HTTP (Content-Length can't be present with Transfer-Encoding)`]);
  });

  it('a folded header after the Content-Length: refused and named as folding', async () => {
    const { messages } = await health('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n  2\r\n\r\nhello');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/not valid HTTP \(Unexpected whitespace after header value: a header value continued on the next line \(obsolete line folding/);
  });

  it('two different Content-Length values: refused as before, asked at most twice', async () => {
    const { messages, host, hits } = await health('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!');
    expect(messages).toEqual([`health endpoint / did not answer: ${host} answered something that is not valid HTTP (malformed response headers, such as a line without a colon or two different Content-Length values)`]);
    expect(hits.n).toBeLessThanOrEqual(2);
  });
});

describe('a body that does not match its Content-Length ends as before (no lenient read)', () => {
  it('a body shorter than its Content-Length: closed in the middle of the body, asked once', async () => {
    const { messages, host, hits } = await health(`HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n${PAGE}`);
    expect(messages).toEqual([`health endpoint / did not answer: ${host} closed the connection in the middle of the body of its HTTP 200 response`]);
    expect(hits.n).toBe(1);
  });

  it('a body longer than its Content-Length: read up to it, asked once', async () => {
    const { messages, hits } = await health(`HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n${PAGE}`);
    expect(messages).toEqual([]);
    expect(hits.n).toBe(1);
  });
});

describe('lenientHead', () => {
  it.each([
    ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\nok', true, false],
    ['HTTP/1.1 200 OK\nContent-Length: 2\n\nok', true, false],
    ['HTTP/1.1 200 OK\r\nServer: a\x07b\r\nContent-Length: 2\r\n\r\nok', true, false],
    ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok', false, false],
    // Only the head counts: a bare LF or a control character in the body is no reason.
    ['HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\na\nb\x07', false, false],
    ['HTTP/1.1 200 OK\r\nX-A: 1\r\n\t2\r\nContent-Length: 2\r\n\r\nok', false, true],
    ['HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n\n ok', false, false],
  ])('%j', (bytes, shown, folded) => {
    expect(lenientHead(bytes)).toEqual({ shown, folded });
  });
});
