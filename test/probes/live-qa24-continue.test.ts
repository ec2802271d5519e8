import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { probeLive } from './helpers.js';

/** Regressions of QA round 24 (production-shaped servers): an unsolicited interim `100 Continue`. */
const servers: net.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => s.close(r)))); });

const ENV = 'APP_ENV=production\nDB_PASSWORD=hunter22hunter22\nSECRET_KEY=s3cr3ts3cr3ts3cr3t\n';

/** A raw HTTP/1.1 server (an old servlet container or a hand-rolled gateway) that sends `100 Continue` before the paths `continued` names. */
async function start(continued: (path: string) => boolean): Promise<string> {
  const srv = net.createServer((s) => {
    s.on('error', () => {});
    let buf = '';
    s.on('data', (d) => {
      buf += d;
      for (let end = buf.indexOf('\r\n\r\n'); end >= 0; end = buf.indexOf('\r\n\r\n')) {
        const path = buf.slice(0, end).split(' ')[1] ?? '/';
        buf = buf.slice(end + 4);
        const [status, type, body] = path === '/.env' ? ['200 OK', 'text/plain', ENV]
          : path === '/' || path === '/health' ? ['200 OK', 'text/html', '<!doctype html><html><body>shop</body></html>']
          : ['404 Not Found', 'text/html', '<h1>Not Found</h1>'];
        s.write(`${continued(path) ? 'HTTP/1.1 100 Continue\r\n\r\n' : ''}HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      }
    });
  });
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}`;
}

describe('a server that sends 100 Continue to a GET without Expect', () => {
  it('health-endpoint names the interim response, not a reset connection', async () => {
    const url = await start(() => true);
    const o = (await probeLive({ url: `${url}/health` }, ['health-endpoint'])).get('health-endpoint');
    expect(o.findings.map((f: { message: string }) => f.message)).toEqual([
      expect.stringMatching(/^health endpoint \/health did not answer: 127\.0\.0\.1:\d+ answered with an interim 100 Continue the request did not ask for/),
    ]);
  });

  it('sensitive-paths leaves such a /.env unjudged (error), never "refused, not served"', async () => {
    const url = await start((path) => path === '/.env');
    const o = (await probeLive({ url: `${url}/` }, ['sensitive-paths'])).get('sensitive-paths');
    expect(o.findings.filter((f: { note?: boolean }) => f.note)).toEqual([]);
    expect(o.error).toMatch(/^\/\.env could not be fetched \(127\.0\.0\.1:\d+ answered with an interim 100 Continue/);
    expect(JSON.stringify(o)).not.toContain('hunter22');
  });
});
