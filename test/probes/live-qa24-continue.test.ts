import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/probes/collect.js';
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

describe('a server that sends 100 Continue to a GET without Expect (RFC 9110 §15.2: clients read past it)', () => {
  it('health-endpoint and the header probes judge the final response, as curl and browsers see it', async () => {
    const url = await start(() => true);
    const { get } = await probeLive({ url: `${url}/health` }, ['health-endpoint', 'security-headers']);
    expect(get('health-endpoint').findings).toEqual([]);
    expect(get('health-endpoint').error).toBeUndefined();
    expect(get('security-headers').error).toBeUndefined();
    expect(get('security-headers').findings.length).toBeGreaterThan(0);
  });

  it('sensitive-paths fails a /.env served after a 100 Continue, never "refused, not served"', async () => {
    const url = await start((path) => path === '/.env');
    const o = (await probeLive({ url: `${url}/` }, ['sensitive-paths'])).get('sensitive-paths');
    expect(o.error).toBeUndefined();
    expect(o.findings.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/\.env serves a \.env file/)]);
    expect(JSON.stringify(o)).not.toContain('hunter22');
  });

  it('through a proxy (where undici cannot be bypassed) the failure is named, not "was reset"', () => {
    const e = Object.assign(new Error('bad response'), { code: 'UND_ERR_SOCKET' });
    expect(describeError(e, new URL('https://app.example/health'), 10000)).toMatch(/^app\.example:443 answered with an interim 100 Continue the request did not ask for/);
  });
});
