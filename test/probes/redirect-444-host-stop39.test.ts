import type http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsRedirect } from '../../src/probes/https-redirect.js';
import { hostOverride } from '../../src/probes/util.js';
import { masksValue, namedSecrets } from '../../src/report/redact.js';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { freePort, NGINX, startNginx } from '../servers/procs.js';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { evaluate, failuresOf, obsOf, probeLive, res } from './helpers.js';

// QA stop 39, live probes round 12 (probes12 D1, D2).

let pki: Pki;
const closers: (() => Promise<unknown>)[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => { await Promise.all(closers.map((c) => c())); });

/** A raw TCP listener on 127.0.0.1: `onConnection` gets each socket (the nth, from 1). */
async function rawServer(onConnection: (socket: net.Socket, n: number) => void): Promise<string> {
  let n = 0;
  const sockets = new Set<net.Socket>();
  const srv = net.createServer((s) => { sockets.add(s); s.once('close', () => sockets.delete(s)); s.on('error', () => {}); onConnection(s, ++n); });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => { for (const s of sockets) s.destroy(); srv.close(r); }));
  return `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}/`;
}

/** Reads the request, then closes the connection without a byte of answer (nginx `return 444`). */
const drop = (s: net.Socket) => { s.once('data', () => s.destroy()); };

async function site(handler: http.RequestListener, opts: { sni?: Record<string, { key: string; cert: string }> } = {}): Promise<Running> {
  // `sni`: the certificate served to a client asking for that name (as nginx's server blocks do); the address's otherwise.
  const sni = opts.sni ? (name: string, cb: (e: Error | null, ctx?: tls.SecureContext) => void) => {
    const pem = opts.sni![name];
    cb(null, pem ? tls.createSecureContext(pem) : undefined);
  } : undefined;
  const r = await startHttps({ key: pki.valid.key, cert: pki.valid.cert, ...(sni ? { SNICallback: sni } : {}) }, handler);
  closers.push(() => r.close());
  return r;
}
async function plain(handler: http.RequestListener): Promise<Running> {
  const r = await startHttp(handler);
  closers.push(() => r.close());
  return r;
}

const ok = (_req: http.IncomingMessage, res: http.ServerResponse) => { res.writeHead(200, STRONG_HEADERS); res.end('<!doctype html><title>ok</title>'); };

// D1: a plain-HTTP listener that takes the request and closes the connection without answering made https-redirect an
// `error` ("closed the connection before a complete response"), blocking the gate, though it got a definite answer.
describe('https-redirect: a plain-HTTP listener that closes connections without answering', () => {
  it('passes with a note that names the behaviour (a raw listener dropping every request)', async () => {
    const target = await site(ok);
    const dropping = await rawServer(drop);
    const out = (await probeLive({ url: target.url, httpUrl: dropping, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    expect(out.error).toBeUndefined();
    expect(failuresOf(out, 'https-redirect')).toEqual([]);
    expect(out.findings).toEqual([{
      url: dropping, note: true,
      message: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/ closes connections without answering \(as nginx `return 444` does; asked twice, the second time on a new connection\): nothing is served over plain HTTP, so there is nothing to redirect \(if that port is the HTTPS listener, which drops plain HTTP too, name the plain-HTTP one with --http-url or probes\.http-url\)$/),
    }]);
  });

  // Review C S2: the target's own TLS port drops the plain bytes too; it is the HTTPS listener, as nginx's 400 there says.
  it('a --http-url naming the https:// target\'s own host and port (a Node TLS listener drops the plain bytes) is an error', async () => {
    const target = await site(ok);
    const httpUrl = `${target.url.replace('https:', 'http:')}/`;
    const out = (await probeLive({ url: target.url, httpUrl, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    expect(out).toEqual({
      findings: [],
      error: `${httpUrl} is the HTTPS listener (the https:// target's own host and port: it drops plain HTTP), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP one with --http-url (probes.http-url)`,
    });
  });

  it('a listener that drops only the first connection is judged on its answer to the second (a one-off drop never passes)', async () => {
    const target = await site(ok);
    const flaky = await rawServer((s, n) => {
      if (n === 1) { drop(s); return; }
      // The second connection: plain HTTP answered with a 200 page instead of a redirect.
      s.once('data', () => s.end('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 2\r\nconnection: close\r\n\r\nhi'));
    });
    const out = (await probeLive({ url: target.url, httpUrl: flaky, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    expect(failuresOf(out, 'https-redirect').map((f) => f.message)).toEqual([`${flaky} answered HTTP 200 over plain HTTP instead of redirecting to https://`]);
  });

  it('keeps judging a partial answer cut off, and a timeout stays an error', async () => {
    const target = await site(ok);
    const partial = await rawServer((s) => s.once('data', () => { s.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nabc'); setTimeout(() => s.destroy(), 50); }));
    const cut = (await probeLive({ url: target.url, httpUrl: partial, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    expect(failuresOf(cut, 'https-redirect').map((f) => f.message)).toEqual([`${partial} answered HTTP 200 over plain HTTP instead of redirecting to https://`]);
    const silent = await rawServer(() => {});
    const hung = (await probeLive({ url: target.url, httpUrl: silent, ca: pki.ca, timeoutMs: 700 }, ['https-redirect'])).get('https-redirect');
    expect(hung).toEqual({ findings: [], error: expect.stringMatching(/^no answer from 127\.0\.0\.1:\d+ within 0\.7 s \(timeout\)$/) });
  });

  it('recorded: dropped passes on the default port 80 without the TLS hint; an http:// target dropping its own page, or a target that is down too, is an error', () => {
    const dropped = { url: 'http://app.example/', error: 'app.example:80 closed the connection before a complete response', dropped: true };
    const up = { main: { start: 'https://app.example/', hops: [res(200)] } };
    expect(evaluate(httpsRedirect, obsOf({ ...up, plainHttp: dropped })).findings).toEqual([{
      url: 'http://app.example/', note: true,
      message: 'http://app.example/ closes connections without answering (as nginx `return 444` does; asked twice, the second time on a new connection): nothing is served over plain HTTP, so there is nothing to redirect',
    }]);
    const down = { main: { start: 'https://app.example/', hops: [], error: 'connection refused by app.example:443' } };
    expect(evaluate(httpsRedirect, obsOf({ ...down, plainHttp: dropped })).error).toMatch(/^app\.example:80 closed the connection before a complete response, and the target did not answer either/);
    const itself = obsOf({ url: 'http://app.example/', main: { start: 'http://app.example/', hops: [], error: dropped.error }, plainHttp: dropped });
    expect(evaluate(httpsRedirect, itself)).toEqual({ findings: [], error: dropped.error });
  });
});

describe.skipIf(!NGINX)(`https-redirect: nginx \`return 444\` on the plain-HTTP listener${NGINX ? '' : ' — skipped: /usr/sbin/nginx not installed'}`, () => {
  it('passes with the note (before: error "closed the connection before a complete response")', async () => {
    const port = await freePort();
    const nginx = await startNginx(pki.valid, '', { httpBlock: `server { listen 127.0.0.1:${port}; location / { return 444; } }` });
    closers.push(() => nginx.stop());
    const out = (await probeLive({ url: nginx.urls.https!, httpUrl: `http://127.0.0.1:${port}/`, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    expect(out.error).toBeUndefined();
    expect(out.findings).toEqual([expect.objectContaining({ note: true, message: expect.stringContaining('closes connections without answering (as nginx `return 444` does') })]);
  });
});

/**
 * An nginx-like TLS server with a default server and a virtual host `other.example` (with its own certificate, served to a
 * client asking for that name): the vhost redirects `/` to its own absolute URL (`https://other.example:PORT/home`, as nginx
 * writes it), the default server answers 404. Records the Host of every request.
 */
async function vhostSite(pages: (path: string, self: string) => [number, Record<string, string>, string?]): Promise<{ site: Running; hosts: string[] }> {
  const hosts: string[] = [];
  let self = '';
  const s = await site((req, res) => {
    hosts.push(String(req.headers.host));
    if (req.headers.host !== 'other.example') { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('default server'); return; }
    const [status, headers, body] = pages((req.url ?? '/').split('?')[0]!, self);
    res.writeHead(status, headers);
    res.end(body ?? '');
  }, { sni: { 'other.example': pki.wrongHost } });
  self = `https://other.example:${s.port}`;
  return { site: s, hosts };
}

const appPages = (path: string, self: string): [number, Record<string, string>, string?] =>
  (path === '/' ? [302, { location: `${self}/home`, ...STRONG_HEADERS }] : path === '/home' ? [200, STRONG_HEADERS, '<!doctype html><title>app</title>'] : [404, STRONG_HEADERS, 'nope']);

// D2: `--header "Host: other.example"` (an address probed before the DNS cut-over) was sent, but the vhost's own absolute
// redirects were judged off-host (health `critical`, three `error`s), and the name was masked as `***` everywhere.
describe('--header "Host: <site name>": the site name is the target\'s host', () => {
  it('follows the vhost\'s own absolute redirects at the target\'s address, with that Host: every probe judges the page', async () => {
    const { site: s, hosts } = await vhostSite(appPages);
    const { get } = await probeLive({ url: `${s.url}/`, headers: { Host: 'other.example' }, ca: pki.ca, health: ['/'] },
      ['health-endpoint', 'security-headers', 'cookie-security', 'response-time', 'hsts']);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('security-headers')).toEqual({ findings: [] });
    expect(get('hsts')).toEqual({ findings: [] });
    expect(get('response-time')).toEqual({ findings: [] });
    expect(get('cookie-security').error).toBeUndefined();
    // Every request reached the vhost (the default server was never asked: it would have answered 404).
    expect(new Set(hosts)).toEqual(new Set(['other.example']));
  });

  it('a redirect to another name is still off-host (not followed, nothing sent there)', async () => {
    const { site: s } = await vhostSite((path) => (path === '/' ? [302, { location: 'https://other.local/home', ...STRONG_HEADERS }] : [404, {}]));
    const out = (await probeLive({ url: `${s.url}/`, headers: { Host: 'other.example' }, ca: pki.ca, health: ['/'] }, ['health-endpoint'])).get('health-endpoint');
    expect(failuresOf(out, 'health-endpoint').map((f) => f.message)).toEqual(['health endpoint / redirects to https://other.local/home (off-host), which is not followed; it must answer 2xx on the same host']);
  });

  it('reads the Host header\'s name and port (case, trailing dot and spaces aside); the URL\'s own host or no host[:port] is no override', () => {
    expect(hostOverride({ host: ' App.Local.:443 ' }, new URL('https://10.0.0.5/'))).toEqual({ hostname: 'app.local', port: '443' });
    expect(hostOverride({ Host: 'other.example' }, new URL('https://10.0.0.5:8443/'))).toEqual({ hostname: 'other.example' });
    expect(hostOverride({ Host: '10.0.0.5' }, new URL('https://10.0.0.5/'))).toBeUndefined();
    expect(hostOverride({ Host: 'a b' }, new URL('https://10.0.0.5/'))).toBeUndefined();
    expect(hostOverride({ 'X-Host': 'other.example' }, new URL('https://10.0.0.5/'))).toBeUndefined();
  });

  it('the plain-HTTP listener is asked with the site name too, and its redirect to https://<name> passes', async () => {
    const { site: s } = await vhostSite(appPages);
    const plainHosts: string[] = [];
    const p = await plain((req, res) => {
      plainHosts.push(String(req.headers.host));
      res.writeHead(301, { location: `https://${String(req.headers.host).split(':')[0]}:${s.port}${req.url}` });
      res.end();
    });
    const out = (await probeLive({ url: `${s.url}/`, httpUrl: `${p.url}/`, headers: { Host: 'other.example', 'X-Team-Token': 'team-secret-123' }, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    // Before: "first redirects to another host (other.example:PORT)", `low`.
    expect(out).toEqual({ findings: [] });
    // Only the Host goes to the other origin of the address, never the other custom headers.
    expect(plainHosts).toEqual([`other.example:${p.port}`]);
  });

  it('an https:// vhost redirecting to http://<name> is a downgrade; the name is shown, another header\'s value stays masked', async () => {
    const p = await plain((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('plain page'); });
    const { site: s } = await vhostSite((path) => (path === '/' ? [302, { location: `http://other.example:${p.port}/login?k=abcdefgh-secret`, ...STRONG_HEADERS }] : [404, {}]));
    const out = (await probeLive({ url: `${s.url}/`, httpUrl: `${p.url}/`, headers: { Host: 'other.example', 'X-Key-Thing': 'abcdefgh-secret' }, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    const messages = failuresOf(out, 'https-redirect').map((f) => f.message);
    expect(messages).toHaveLength(2);
    // The hop followed at the address (its request carried Host: other.example:PORT), a plain-HTTP page: a downgrade.
    expect(messages[0]).toMatch(new RegExp(`^${s.url}/ redirects to http://127\\.0\\.0\\.1:${p.port}/login\\?k=\\*\\*\\*, leaving HTTPS for plain HTTP`));
    expect(messages[1]).toBe(`${p.url}/ answered HTTP 200 over plain HTTP instead of redirecting to https://`);
  });

  it('the host name is never masked in messages; values of other headers still are', async () => {
    // The plain-HTTP listener redirects to http://other.example:PORT/ (stays on plain HTTP): the message names the host.
    const { site: s } = await vhostSite(appPages);
    const p = await plain((req, res) => { res.writeHead(301, { location: `http://${String(req.headers.host)}/next?t=${String(req.headers['x-team-token'] ?? 'none')}` }); res.end(); });
    const out = (await probeLive({ url: `${s.url}/`, httpUrl: `${p.url}/`, headers: { Host: 'other.example', 'X-Team-Token': 'team-secret-123' }, ca: pki.ca }, ['https-redirect'])).get('https-redirect');
    expect(failuresOf(out, 'https-redirect').map((f) => f.message)).toEqual([`${p.url}/ redirects to http://other.example:${p.port}/next, not to https://; redirect to https://127.0.0.1`]);
    expect(masksValue('Host', 'app.example.com')).toBe(false);
    expect(masksValue('host', 'app.example.com')).toBe(false);
    expect(masksValue('X-Host-Name', 'app.example.com')).toBe(true);
    expect(namedSecrets({ Host: 'app.example.com', 'X-Env': 'production' })).toEqual(['production']);
  });
});

describe('the CLI: a Host header\'s value is shown, from --header or from ${PREFLIGHT_*} in probes.headers', () => {
  async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: (x) => { stdout += x; }, stderr: (x) => { stderr += x; }, isTTY: false, env, cwd });
    return { code, stdout, stderr };
  }

  it('names the host in the report (before: `***` in every message); a secret-like header is still masked', async () => {
    // The vhost sends its health path to another host, naming itself in the query.
    const p = await plain((req, res) => { res.writeHead(302, { location: `https://cdn.example.test/next?rd=https://${String(req.headers.host)}/&k=${String(req.headers['x-api-key'] ?? '')}` }); res.end(); });
    const items = 'items:\n  - id: up\n    check: health-endpoint\n';
    const fromFlag = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: ${p.url}/\n${items}` });
    const r1 = await cli(['--format', 'json', '--header', 'Host: app.example.test', '--header', 'X-Api-Key: k3y-s3cr3t-value'], fromFlag);
    const m1 = JSON.parse(r1.stdout).findings.map((f: { message: string }) => f.message).join('\n');
    expect(m1).toContain('rd=https://app.example.test/');
    expect(m1).not.toContain('k3y-s3cr3t-value');
    expect(m1).toContain('k=***');
    const fromVar = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: ${p.url}/\n  headers:\n    Host: \${PREFLIGHT_HOST}\n${items}` });
    const r2 = await cli(['--format', 'json'], fromVar, { PREFLIGHT_HOST: 'app.example.test' });
    expect(JSON.parse(r2.stdout).findings.map((f: { message: string }) => f.message).join('\n')).toContain('rd=https://app.example.test/');
  });
});
