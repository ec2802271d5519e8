import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { failuresOf, probeLive } from './helpers.js';

// QA44 probes18 D3: a response with bare-LF line endings, or a C0 control character or DEL in a header value, was "not
// valid HTTP" (health-endpoint failed critical with "did not answer") though curl, browsers and Python read it. It is
// read as they read it now; what they refuse too stays an error.

const servers: net.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => s.close(r)))); });

/** A raw TCP server answering every request with `raw` (bytes as written, latin1) and closing. */
async function raw(text: string): Promise<string> {
  const s = net.createServer((c) => { c.on('error', () => {}); c.once('data', () => c.end(Buffer.from(text, 'latin1'))); });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(s.address() as net.AddressInfo).port}/`;
}

const PAGE = '<!doctype html><p>x';
const IDS = ['health-endpoint', 'security-headers', 'server-version-leak'];

describe('responses curl, browsers and Python read are judged', () => {
  it('status and header lines ending in a bare LF: health passes, the headers sent are judged', async () => {
    const url = await raw(`HTTP/1.1 200 OK\nContent-Type: text/html\nX-Frame-Options: DENY\nX-Content-Type-Options: nosniff\nServer: nginx/1.22.1\nContent-Length: ${PAGE.length}\n\n${PAGE}`);
    const { get } = await probeLive({ url, timeoutMs: 2000 }, IDS);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    const headers = failuresOf(get('security-headers'), 'security-headers').map((f) => f.message);
    expect(headers.some((m) => /nosniff/.test(m) || /framing/.test(m))).toBe(false);
    expect(headers.some((m) => /Content-Security-Policy/.test(m))).toBe(true);
    expect(failuresOf(get('server-version-leak'), 'server-version-leak').map((f) => f.message)).toEqual([`${url} reveals its version in Server: 'nginx/1.22.1'; hide it`]);
  });

  it('a bare LF only before the body, after CRLF header lines (undici called it a Content-Length mismatch): judged', async () => {
    const url = await raw(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${PAGE.length}\r\n\n${PAGE}`);
    const { get } = await probeLive({ url, timeoutMs: 2000 }, ['health-endpoint']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
  });

  it.each([['ESC', '\x1b', '\\x1b'], ['BEL', '\x07', '\\x07'], ['SOH', '\x01', '\\x01'], ['DEL', '\x7f', '\\x7f']])('a %s in a header value: judged, and quoted as \\xNN', async (_name, ch, shown) => {
    const url = await raw(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nServer: Evil/1.2 ${ch}[31mRED\r\nContent-Length: ${PAGE.length}\r\n\r\n${PAGE}`);
    const { get } = await probeLive({ url, timeoutMs: 2000 }, IDS);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('security-headers').error).toBeUndefined();
    expect(failuresOf(get('server-version-leak'), 'server-version-leak').map((f) => f.message)).toEqual([`${url} reveals its version in Server: 'Evil/1.2 ${shown}[31mRED'; hide it`]);
  });
});

describe('lookalikes that stay "not valid HTTP"', () => {
  it.each([
    ['a NUL in a header value (curl refuses it too)', `HTTP/1.1 200 OK\r\nServer: a\x00b\r\nContent-Length: 2\r\n\r\nok`, 'a NUL byte in a header value, which curl refuses too'],
    // (Stop 45, review S2 of stop 44: the reason named the bare LF undici met first, which the lenient read accepts.)
    ['a NUL in a header value after bare-LF lines', `HTTP/1.1 200 OK\nContent-Length: 2\nServer: a\x00b\n\nok`, 'a NUL byte in a header value, which curl refuses too'],
    ['bytes that are no HTTP', 'SSH-2.0-OpenSSH_9.6\r\n\r\n', 'Expected HTTP/, RTSP/ or ICE/'],
    ['a status of four digits', 'HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\nok', 'Invalid response status'],
    ['an unknown HTTP version', 'HTTP/9.9 200 OK\r\nContent-Length: 2\r\n\r\nok', 'Invalid HTTP version'],
    ['bare LF line endings with a header line without a colon (the line is what is named)', 'HTTP/1.1 200 OK\nContent-Length: 2\nStrict-Transport-Security max-age=1\n\nok', 'Invalid header token'],
  ])('%s', async (_name, text, why) => {
    const url = await raw(text);
    const { get } = await probeLive({ url, timeoutMs: 2000 }, ['health-endpoint']);
    expect(failuresOf(get('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([`health endpoint / did not answer: ${new URL(url).host} answered something that is not valid HTTP (${why})`]);
  });

  it('a folded header is still refused and named as such', async () => {
    const url = await raw(`HTTP/1.1 200 OK\r\nX-A: 1\r\n  2\r\nContent-Length: 2\r\n\r\nok`);
    const { get } = await probeLive({ url, timeoutMs: 2000 }, ['health-endpoint']);
    expect(failuresOf(get('health-endpoint'), 'health-endpoint')[0]!.message).toMatch(/not valid HTTP \(Unexpected whitespace after header value: a header value continued on the next line \(obsolete line folding/);
  });
});
