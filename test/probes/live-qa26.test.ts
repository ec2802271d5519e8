import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { failuresOf, probeLive } from './helpers.js';

/** QA round 26: exposures judged through the whole pipeline (collector, masking of control bytes, judgement). */
const servers: http.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); }))); });
const start = async (handler: http.RequestListener) => {
  const srv = http.createServer(handler);
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(srv.address() as import('node:net').AddressInfo).port}/`;
};
const HOME = '<!doctype html><title>Orders</title><h1>Orders</h1>';

describe('sensitive-paths: a heap dump, status pages and a directory listing, live (QA round 26)', () => {
  it('finds /actuator/heapdump by its HPROF header (NUL and all) and reads only the start of a large dump', async () => {
    let sent = 0;
    let closedEarly = false;
    const url = await start((req, res) => {
      if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(HOME); return; }
      if (req.url !== '/actuator/heapdump') { res.writeHead(404, { 'content-type': 'application/json' }); res.end('{"status":404,"error":"Not Found"}'); return; }
      // 32 MiB, written as the client reads it: the probe drops the connection after 64 KiB.
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(32 * 1024 * 1024) });
      const chunk = Buffer.alloc(64 * 1024, 7);
      const write = () => {
        while (sent < 32 * 1024 * 1024) {
          const part = sent === 0 ? Buffer.concat([Buffer.from('JAVA PROFILE 1.0.2\0\0\0\0\u0008'), chunk]).subarray(0, chunk.length) : chunk;
          sent += part.length;
          if (!res.write(part)) { res.once('drain', write); return; }
        }
        res.end();
      };
      res.on('close', () => { closedEarly = sent < 32 * 1024 * 1024 || !res.writableFinished; });
      write();
    });
    const f = failuresOf((await probeLive({ url }, ['sensitive-paths'])).get('sensitive-paths'), 'sensitive-paths');
    expect(f.map((x: { url?: string; severity: string }) => [x.url, x.severity])).toEqual([[`${url}actuator/heapdump`, 'critical']]);
    await new Promise((r) => setTimeout(r, 100));
    expect(closedEarly).toBe(true);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  }, 20_000);

  it("nginx's stub_status is low; a directory listing at the target is medium", async () => {
    const url = await start((req, res) => {
      if (req.url === '/nginx_status') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('Active connections: 1 \nserver accepts handled requests\n 7 7 9 \nReading: 0 Writing: 1 Waiting: 0 \n'); return; }
      if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>\r\n<head><title>Index of /</title></head>\r\n<body>\r\n<h1>Index of /</h1><hr><pre><a href="../">../</a>\r\n<a href="backup.sql">backup.sql</a>    04-Dec-2026 18:00    1234\r\n</pre><hr></body>\r\n</html>\r\n'); return; }
      res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>404 Not Found</h1>');
    });
    const f = failuresOf((await probeLive({ url }, ['sensitive-paths'])).get('sensitive-paths'), 'sensitive-paths');
    expect(f.map((x: { url?: string; severity: string }) => [x.url, x.severity])).toEqual([[url, 'medium'], [`${url}nginx_status`, 'low']]);
  }, 20_000);
});

describe('dev-server-exposed, live (QA round 26)', () => {
  it("Spring Boot's Whitelabel 404 with a stack trace on the not-found path fails; a blog quoting Django's DEBUG sentence passes", async () => {
    const spring = await start((req, res) => {
      if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(HOME); return; }
      res.writeHead(404, { 'content-type': 'text/html;charset=UTF-8' });
      res.end(`<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Fri Dec 04 18:00:00 UTC 2026</div><div>There was an unexpected error (type=Not Found, status=404).</div><div style='white-space:pre-wrap;'>org.springframework.web.servlet.resource.NoResourceFoundException: No static resource x.\n\tat org.springframework.web.servlet.resource.ResourceHttpRequestHandler.handleRequest(ResourceHttpRequestHandler.java:585)\n\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)\n</div></body></html>`);
    });
    const f = failuresOf((await probeLive({ url: spring }, ['dev-server-exposed'])).get('dev-server-exposed'), 'dev-server-exposed');
    expect(f.map((x: { message: string }) => x.message)).toEqual([expect.stringMatching(/\/preflight-probe-\w+ exposes Spring Boot's error page with a stack trace/)]);
    const blog = await start((req, res) => {
      if (req.url !== '/') { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('nope'); return; }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end("<!doctype html><html><head><title>First deploy</title></head><body><article><p>After the first deploy I got a yellow page that said:</p>\n<blockquote><p>You're seeing this error because you have <code>DEBUG = True</code> in your Django settings file.</p></blockquote></article></body></html>");
    });
    expect((await probeLive({ url: blog }, ['dev-server-exposed'])).get('dev-server-exposed')).toEqual({ findings: [] });
  }, 20_000);
});

describe('QA round 27, live', () => {
  it('cookie-security: a page whose only Set-Cookie deletes the session cookie is skipped, as one that sets none', async () => {
    const url = await start((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'sessionid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/' });
      res.end(HOME);
    });
    const o = (await probeLive({ url }, ['cookie-security'])).get('cookie-security');
    expect(o.findings).toEqual([]);
    expect(o.skipped).toBe(`${url} sets no cookie on GET, it only deletes one (Max-Age ≤ 0 or an Expires in the past); cookies set only after a login or a form post are not seen: give headers that reach a page that sets them`);
    // The same page that sets the cookie is judged.
    const set = await start((req, res) => { res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'sessionid=abc; Path=/' }); res.end(HOME); });
    expect(failuresOf((await probeLive({ url: set }, ['cookie-security'])).get('cookie-security'), 'cookie-security')).toHaveLength(1);
  }, 20_000);

  it('dev-server-exposed: a Werkzeug banner names the server, not the command that started it', async () => {
    const url = await start((req, res) => {
      // What `python app.py` (app.run()) answers, the same as `flask run`.
      res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html', server: 'Werkzeug/2.2.2 Python/3.11.2' });
      res.end(HOME);
    });
    const f = failuresOf((await probeLive({ url }, ['dev-server-exposed'])).get('dev-server-exposed'), 'dev-server-exposed');
    expect(f.map((x: { message: string }) => x.message)).toEqual([`${url} exposes the Werkzeug development server (flask run or app.run()); run a production server with debug off`]);
  }, 20_000);
});
