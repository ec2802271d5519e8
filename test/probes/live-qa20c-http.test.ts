import { afterAll, describe, expect, it } from 'vitest';
import { startHttp, type Handler, type Running } from '../servers/node.js';
import { probeLive } from './helpers.js';

/** Regressions of QA round 20 (live probes against misbehaving HTTP), each against a Node server on 127.0.0.1. */
const servers: Running[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });
const up = async (handler: Handler) => { const s = await startHttp(handler); servers.push(s); return s; };

const ENV = 'APP_NAME=Laravel\nAPP_ENV=production\nAPP_KEY=base64:c2VjcmV0c2VjcmV0c2VjcmV0\nDB_PASSWORD=hunter22\n';
const CONSOLE = '<!doctype html>\n<html lang=en>\n  <head>\n    <title>Console // Werkzeug Debugger</title>\n    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">\n    <script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script>\n    <script>\n      var CONSOLE_MODE = true,\n          EVALEX = true,\n          EVALEX_TRUSTED = false,\n          SECRET = "Nn6zbnfkQ3dF3zQz1mM7";\n    </script>\n  </head>\n  <body style="background-color: #fff">\n';

/** A backend killed mid-response behind a proxy: the first chunk goes out, then the connection drops without the last chunk. */
const cutAfter = (status: number, type: string, body: string): Handler => (_q, r) => {
  r.writeHead(status, { 'content-type': type });
  r.write(body, () => setTimeout(() => r.socket?.destroy(), 20));
};

describe('a response that breaks off after the file was sent', () => {
  it('sensitive-paths fails a .env whose chunked body was cut short (curl shows it, then error 18), and names the unjudged paths otherwise', async () => {
    const srv = await up((q, r) => {
      if (q.url === '/.env') return cutAfter(200, 'text/plain', ENV)(q, r);
      if (q.url === '/') return cutAfter(200, 'text/html', '<!doctype html><html><body>')(q, r);
      r.writeHead(404, { 'content-type': 'text/html' }); r.end('<h1>Not Found</h1>');
    });
    const { get } = await probeLive({ url: `${srv.url}/` }, ['sensitive-paths']);
    const o = get('sensitive-paths');
    expect(o.error).toBeUndefined();
    expect(o.findings.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/\.env serves a \.env file \(KEY=VALUE lines\)/)]);
    expect(JSON.stringify(o)).not.toContain('hunter22');

    // Cut short before anything that reads as the file: unjudged, never a pass, and the path is named.
    const early = await up((q, r) => {
      if (q.url === '/.env') return cutAfter(200, 'text/plain', 'APP')(q, r);
      r.writeHead(404, { 'content-type': 'text/html' }); r.end('<h1>Not Found</h1>');
    });
    const e = (await probeLive({ url: `${early.url}/` }, ['sensitive-paths'])).get('sensitive-paths');
    expect(e.findings).toEqual([]);
    expect(e.error).toMatch(/^\/\.env could not be fetched \(127\.0\.0\.1:\d+ closed the connection in the middle of the body of its HTTP 200 response\), so whether it is served is unknown$/);
  });

  it('dev-server-exposed fails the Werkzeug console whose page was cut short after its markers', async () => {
    const srv = await up((q, r) => {
      if (q.url === '/console') return cutAfter(200, 'text/html; charset=utf-8', CONSOLE)(q, r);
      r.writeHead(q.url === '/' ? 200 : 404, { 'content-type': 'text/html' }); r.end('<!doctype html><html><body>app</body></html>');
    });
    const o = (await probeLive({ url: `${srv.url}/` }, ['dev-server-exposed'])).get('dev-server-exposed');
    expect(o.findings.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/console serves the Werkzeug debugger console/)]);
  });

  it('health-endpoint names a 200 whose body broke off, not "did not answer … before a complete response"', async () => {
    // Kubernetes fails such a probe too (the body read errors), so it still fails: the message says what happened.
    const srv = await up(cutAfter(200, 'application/json', '{"status":"UP","components":{'));
    const o = (await probeLive({ url: `${srv.url}/health` }, ['health-endpoint'])).get('health-endpoint');
    expect(o.findings.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^health endpoint \/health did not answer: 127\.0\.0\.1:\d+ closed the connection in the middle of the body of its HTTP 200 response$/)]);
  });
});
