import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { parseOptions } from '../../src/engine/execute.js';
import { devServerExposed } from '../../src/probes/dev-server-exposed.js';
import { httpsRedirect } from '../../src/probes/https-redirect.js';
import { PROBES } from '../../src/probes/index.js';
import { runProbes, type ProbeConfig } from '../../src/probes/run.js';
import { FOREIGN_ORIGIN, untrustedReason } from '../../src/probes/util.js';
import type { Logger } from '../../src/types.js';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { evaluate, failures, failuresOf, mainOf, obsOf, probeLive, res } from './helpers.js';

// QA stop 39, review C (S1–S5, N2).

const devRun = (body: string, type: string, status: number) => evaluate(devServerExposed, obsOf(mainOf(res(status, { 'content-type': type }, body))));
const devMsgs = (o: ReturnType<typeof devRun>) => failures(o, devServerExposed).map((f) => f.message);
const TRACE = 'System.InvalidOperationException: boom\r\n   at Api.Program.Main(String[] args) in /src/Program.cs:line 3\r\n   at lambda_method3(Closure, Object, HttpContext)';

// S1: the ".NET stack in a JSON error" rule matched JSON-looking text anywhere (an HTML page quoting a sample error failed
// `critical`, "in the error response", on a 200), and a lone "   at x(y)" in any string value matched.
describe('dev-server-exposed: a .NET stack in JSON counts only in a JSON response, as a stack (review C S1)', () => {
  it('an HTML docs page quoting a sample problem-details error (200) passes', () => {
    const page = `<!doctype html><html><head><title>API errors</title></head><body><h1>Error responses</h1><p>In development the API returns:</p><pre><code>{
  "status": 500,
  "exception": { "details": "System.InvalidOperationException: boom\\r\\n   at Api.Program.Main(String[] args) in /src/Program.cs:line 3" }
}</code></pre></body></html>`;
    expect(devRun(page, 'text/html', 200)).toEqual({ findings: [] });
  });

  it("a Next.js page whose __NEXT_DATA__ holds a snippet passes", () => {
    const next = '<html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"snippet":"System.NullReferenceException: Object reference not set\\n   at Shop.Cart.Add(Item item)"}}}</script></body></html>';
    expect(devRun(next, 'text/html; charset=utf-8', 200)).toEqual({ findings: [] });
  });

  it('a lone "   at x(y)" in a JSON string is prose, not a stack', () => {
    expect(devRun('{"message":"Login failed. Please look at Settings(Account) page","hint":"   at home(you)"}', 'application/json', 400)).toEqual({ findings: [] });
    expect(devRun('{"hint":"   at home(you)"}', 'application/json', 500)).toEqual({ findings: [] });
  });

  it('a JSON response with the stack still fails: by Content-Type (+json too) or by a body that is JSON, from the exception or two frames', () => {
    const err = 'https://app.example/ exposes a .NET stack trace in the error response; stop sending the exception to clients and set ASPNETCORE_ENVIRONMENT=Production where the app runs';
    expect(devMsgs(devRun(JSON.stringify({ error: TRACE }), 'application/json; charset=utf-8', 500))).toEqual([err]);
    expect(devMsgs(devRun(JSON.stringify({ errors: [{ detail: TRACE }] }), 'application/vnd.api+json', 500))).toEqual([err]);
    // A JSON body under another type (text/plain), and one frame after the exception's name.
    expect(devMsgs(devRun(JSON.stringify({ error: 'System.Exception: x\n   at A.B.C()' }), 'text/plain', 500))).toEqual([err]);
    // Two frames without the exception's name (`exception.StackTrace`).
    expect(devMsgs(devRun(JSON.stringify({ stackTrace: '   at Api.Orders.Get(Int32 id) in C:\\src\\Orders.cs:line 12\r\n   at lambda_method3(Closure, Object, Object[])' }), 'application/json', 500))).toEqual([err]);
  });

  it('said by status: a 200 JSON answer with a stack (a GraphQL error) is "in its 200 response", not "the error response"', () => {
    const body = JSON.stringify({ errors: [{ message: 'boom', extensions: { exception: { stacktrace: TRACE } } }], data: null });
    expect(devMsgs(devRun(body, 'application/json', 200))).toEqual(['https://app.example/ exposes a .NET stack trace in its 200 response; stop sending the exception to clients and set ASPNETCORE_ENVIRONMENT=Production where the app runs']);
    expect(devMsgs(devRun(JSON.stringify({ stack: 'TypeError: x\n    at f (/app/x.js:1:2)' }), 'application/json', 200))).toEqual(['https://app.example/ exposes a Node.js stack trace in its 200 response; stop sending err.stack to clients and set NODE_ENV=production where the app runs']);
  });

  it('one finding per signal, however many responses show it', () => {
    const a = res(200, { 'content-type': 'application/json' }, JSON.stringify({ error: TRACE }));
    const nf = res(404, { 'content-type': 'application/json' }, JSON.stringify({ error: TRACE }), 'https://app.example/preflight-probe-x');
    const o = evaluate(devServerExposed, obsOf({ ...mainOf(a), notFound: { url: nf.url, response: nf } }));
    expect(failures(o, devServerExposed).map((f) => f.message)).toEqual(['https://app.example/ exposes a .NET stack trace in its 200 response; stop sending the exception to clients and set ASPNETCORE_ENVIRONMENT=Production where the app runs']);
  });
});

// S2: a --http-url naming the https:// target's own port (a TLS listener that drops plain bytes) passed as nginx's `return 444`.
describe('https-redirect: a plain-HTTP URL on a known TLS listener that drops the connection is an error (review C S2)', () => {
  const dropped = (url: string) => ({ url, error: `${new URL(url).host} closed the connection before a complete response`, dropped: true });
  const up = { main: { start: 'https://app.example:8443/', hops: [res(200, {}, '', 'https://app.example:8443/')] } };

  it("the https:// target's own host and port", () => {
    const o = evaluate(httpsRedirect, obsOf({ url: 'https://app.example:8443/', ...up, plainHttp: dropped('http://app.example:8443/') }));
    expect(o).toEqual({ findings: [], error: "http://app.example:8443/ is the HTTPS listener (the https:// target's own host and port: it drops plain HTTP), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP one with --http-url (probes.http-url)" });
    // The default port written out: http://app.example:443/ is https://app.example/'s listener.
    const def = evaluate(httpsRedirect, obsOf({ main: { start: 'https://app.example/', hops: [res(200)] }, plainHttp: dropped('http://app.example:443/') }));
    expect(def.error).toMatch(/^http:\/\/app\.example:443\/ is the HTTPS listener/);
  });

  it('an https:// origin the redirects reached, where a handshake completed', () => {
    const redirectTls = [{ url: 'https://app.example:9443/home', from: 'https://app.example:8443/', tls: { protocol: 'TLSv1.3', authorized: true } }];
    const o = evaluate(httpsRedirect, obsOf({ url: 'https://app.example:8443/', ...up, redirectTls, plainHttp: dropped('http://app.example:9443/') }));
    expect(o.error).toBe('http://app.example:9443/ is the HTTPS listener (the host and port of https://app.example:9443, where the target redirects: it drops plain HTTP), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP one with --http-url (probes.http-url)');
    // A handshake that failed there says nothing of a TLS listener.
    const failed = [{ ...redirectTls[0]!, tls: { error: 'connection refused by app.example:9443' } }];
    expect(evaluate(httpsRedirect, obsOf({ url: 'https://app.example:8443/', ...up, redirectTls: failed, plainHttp: dropped('http://app.example:9443/') })).error).toBeUndefined();
  });

  it('another port, and port 80, still pass with the note (nginx `return 444`)', () => {
    for (const url of ['http://app.example:8080/', 'http://app.example/']) {
      const o = evaluate(httpsRedirect, obsOf({ url: 'https://app.example:8443/', ...up, plainHttp: dropped(url) }));
      expect(o.error, url).toBeUndefined();
      expect(o.findings, url).toEqual([expect.objectContaining({ url, note: true, message: expect.stringContaining('closes connections without answering') })]);
    }
    // Another host on the target's port is not the target's listener.
    const other = evaluate(httpsRedirect, obsOf({ url: 'https://app.example:8443/', ...up, plainHttp: dropped('http://www.app.example:8443/') }));
    expect(other.error).toBeUndefined();
  });
});

// S3: "Stack traces are never returned to clients" and "No developer exception page in production" bound the probe, which
// cannot cause the unhandled exception they are about: a pass stood in for a sign-off nothing tested.
describe('dev-server-exposed binds neither stack-trace nor developer-exception-page promises (review C S3)', () => {
  it.each([
    'Stack traces are never returned to clients',
    'No stack traces in error responses',
    'No developer exception page in production',
    'Developer exception page is not enabled in production',
  ])('debug-mode alone: %s', (text) => {
    expect(matchItem(text, { headings: [] }).checks).toEqual(['debug-mode']);
  });

  it("the reviewer's checklist: both items bind debug-mode only; the probe's own promises still bind it", () => {
    const md = '# Release checklist\n\n## Errors\n\n- [ ] Stack traces are never returned to clients\n- [ ] No developer exception page in production\n';
    expect(parseMarkdownChecklist('CHECKLIST.md', md).items.map((i) => i.checks)).toEqual([['debug-mode'], ['debug-mode']]);
    expect(matchItem('Werkzeug debugger not exposed', { headings: [] }).checks).toEqual(['dev-server-exposed']);
    expect(matchItem('No debug pages are exposed in production', { headings: [] }).checks).toEqual(['dev-server-exposed']);
  });
});

let pki: Pki;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

/** Runs probes live with a logger that keeps the warnings. */
async function probeWarned(config: Partial<ProbeConfig> & { url: string }, ids: string[]) {
  const warnings: string[] = [];
  const logger: Logger = { info() {}, debug() {}, warn(m) { warnings.push(m); } };
  const tasks = PROBES.filter((p) => ids.includes(p.id)).map((p) => ({ key: p.id, probe: p, options: parseOptions(p, {}) }));
  const out = await runProbes(tasks, { timeoutMs: 3000, waitMs: 0, headers: {}, allowSelfSigned: false, ...config }, logger);
  return { out, warnings };
}

// S4: with `--header "Host: <name>"` on an https:// address, the trust handshake checked the certificate against the
// address (a certificate for the name only withheld every header, Host included), and sent no SNI for the name.
describe('--header "Host: <name>" on an https:// address: TLS asks for the name and checks the certificate against it (review C S4)', () => {
  /** A TLS server whose only certificate names `other.example` (not the address); records each request's Host and SNI. */
  async function nameOnly(): Promise<{ s: Running; seen: [string, string][] }> {
    const seen: [string, string][] = [];
    const s = await startHttps({ key: pki.wrongHost.key, cert: pki.wrongHost.cert }, (req: http.IncomingMessage, r: http.ServerResponse) => {
      seen.push([String(req.headers.host), String((req.socket as TLSSocket).servername)]);
      if (req.headers.host !== 'other.example') { r.writeHead(404, { 'content-type': 'text/plain' }); r.end('default server'); return; }
      r.writeHead(200, { ...STRONG_HEADERS, 'x-team': String(req.headers['x-team-token'] ?? '') });
      r.end('<!doctype html><title>app</title>');
    });
    servers.push(s);
    return { s, seen };
  }

  it('a certificate valid for the name only: trusted, every header sent (Host included), the page judged is the site\'s', async () => {
    const { s, seen } = await nameOnly();
    const { out, warnings } = await probeWarned({ url: `${s.url}/`, headers: { Host: 'other.example', 'X-Team-Token': 'team-secret-123' }, ca: pki.ca, health: ['/'] }, ['certificate', 'health-endpoint', 'security-headers']);
    expect(warnings).toEqual([]);
    // Before: "it is not valid for 127.0.0.1": headers withheld, the default server's 404 judged.
    expect(out.get('health-endpoint')).toEqual({ findings: [] });
    expect(out.get('security-headers')).toEqual({ findings: [] });
    expect(failuresOf(out.get('certificate')!, 'certificate')).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    for (const [host, sni] of seen) expect([host, sni]).toEqual(['other.example', 'other.example']);
  });

  it('a certificate not valid for the name: withheld, and the warning and the certificate probe name the name', async () => {
    const { s } = await nameOnly();
    const { out, warnings } = await probeWarned({ url: `${s.url}/`, headers: { Host: 'app.example' }, ca: pki.ca }, ['certificate']);
    expect(warnings).toEqual(['the certificate is not trusted (it is not valid for app.example): custom headers are withheld']);
    expect(failuresOf(out.get('certificate')!, 'certificate').map((f) => f.message)).toEqual([
      `the certificate of ${s.url}/ is not valid for app.example: it covers other.example; serve a certificate for app.example`,
    ]);
  });

  it('without a Host header the address is what the certificate is checked against, as before', async () => {
    const { s } = await nameOnly();
    const { out } = await probeWarned({ url: `${s.url}/`, ca: pki.ca }, ['certificate']);
    expect(failuresOf(out.get('certificate')!, 'certificate').map((f) => f.message)).toEqual([
      `the certificate of ${s.url}/ is not valid for 127.0.0.1: it covers other.example; serve a certificate for 127.0.0.1`,
    ]);
  });

  // N2: a self-issued certificate the CA given signs (it is that CA), wrong only on its name, is not "self-signed and the CA given does not sign it".
  it('untrustedReason: a wrong name on a certificate the CA given signs says the name only', () => {
    const leaf = { subject: 'CN=app', issuer: 'CN=app', selfIssued: true, validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z' };
    expect(untrustedReason({ authorized: false, authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID', hostnameError: 'x', chain: [leaf] }, '127.0.0.1', true, Date.parse('2026-06-01'))).toBe('it is not valid for 127.0.0.1');
    expect(untrustedReason({ authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT', chain: [leaf] }, '127.0.0.1', true, Date.parse('2026-06-01'))).toBe('it is self-signed and the CA given does not sign it');
  });
});

// S5: with a Host override, the CORS allow-list tricks were made from the address (`https://10.0.0.5.preflight-probe.invalid`).
describe('cors-policy: crafted origins are made from the Host header\'s name (review C S5)', () => {
  it("an allow-list written for the name (endsWith('example.com')) behind an address fails", async () => {
    const origins: string[] = [];
    const s = await startHttp((req, r) => {
      const origin = String(req.headers.origin ?? '');
      if (origin) origins.push(origin);
      const allowed = req.headers.host === 'app.example.com' && origin.endsWith('example.com');
      r.writeHead(200, { 'content-type': 'text/html', ...(allowed ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}) });
      r.end('<!doctype html><title>app</title>');
    });
    servers.push(s);
    const out = (await probeLive({ url: `${s.url}/`, headers: { Host: 'app.example.com' } }, ['cors-policy'])).get('cors-policy');
    expect(origins).toContain('http://app.example.com.preflight-probe.invalid');
    expect(origins).toContain('http://preflight-probe-example.com');
    expect(origins.some((o) => o.includes('127.0.0.1'))).toBe(false);
    expect(failuresOf(out, 'cors-policy').map((f) => [f.severity, f.message])).toEqual([
      ['critical', expect.stringContaining('trusts the crafted Origin http://preflight-probe-example.com with Access-Control-Allow-Credentials: true')],
    ]);
  });

  it('without a Host header the address still gives the suffix origin only', async () => {
    const origins: string[] = [];
    const s = await startHttp((req, r) => { if (req.headers.origin) origins.push(String(req.headers.origin)); r.writeHead(200, { 'content-type': 'text/html' }); r.end('ok'); });
    servers.push(s);
    await probeLive({ url: `${s.url}/` }, ['cors-policy']);
    expect(origins.filter((o) => o !== FOREIGN_ORIGIN && o !== 'null')).toEqual(['http://127.0.0.1.preflight-probe.invalid']);
  });
});
