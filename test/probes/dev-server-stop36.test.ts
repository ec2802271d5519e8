import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { devServerExposed } from '../../src/probes/dev-server-exposed.js';
import { evaluate, failures, failuresOf, mainOf, obsOf, probeLive, res } from './helpers.js';

// QA stop 36 (probes9 D1): a Node.js stack whose frames are in built-in modules (`node:net`, `node:dns`,
// `node:events`) or a bare `at async /app/…` frame was not seen as a stack trace — the ECONNREFUSED/ENOTFOUND
// page a deployment whose database is unreachable shows first.

const run = (body: string, type = 'text/html; charset=utf-8', status = 500) =>
  evaluate(devServerExposed, obsOf(mainOf(res(status, { 'content-type': type }, body))));
const msgs = (o: ReturnType<typeof run>) => failures(o, devServerExposed).map((f) => f.message);

/** Express finalhandler's development error page (NODE_ENV unset): the escaped stack in a `<pre>`, the whole body. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>').replace(/ {2}/g, ' &nbsp;');
const finalhandler = (stack: string) => `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${esc(stack)}</pre>\n</body>\n</html>\n`;

const STACKS = {
  net: 'Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
  dns: 'Error: getaddrinfo ENOTFOUND db\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:81:26)',
  events: "Error: Connection lost: The server closed the connection.\n    at Socket.<anonymous> (node:events:519:28)",
  http: 'Error: socket hang up\n    at Socket.socketOnEnd (node:_http_client:524:23)',
  async: 'Error: boom\n    at async /app/src/routes/index.js:12:17',
  asyncFn: 'Error: boom\n    at async getUser (/app/src/routes/users.js:14:25)',
  bare: 'Error: boom\n    at node:internal/main/run_main_module:28:49',
};

describe('dev-server-exposed: Node.js stacks of built-in-module or async frames (stop 36)', () => {
  it.each(Object.entries(STACKS))("finalhandler's page with a %s frame is Express's stack trace", (_name, stack) => {
    expect(msgs(run(finalhandler(stack)))).toEqual(['https://app.example/ exposes an Express stack trace (NODE_ENV is not production); set NODE_ENV=production where the app runs']);
  });
  it.each(Object.entries(STACKS))('a JSON error whose "stack" has a %s frame is a Node.js stack trace', (_name, stack) => {
    const body = JSON.stringify({ statusCode: 500, message: 'e', stack });
    expect(msgs(run(body, 'application/json'))).toEqual(['https://app.example/ exposes a Node.js stack trace in the error response; stop sending err.stack to clients and set NODE_ENV=production where the app runs']);
  });
  it.each(Object.entries(STACKS))('a body that is a stack with a %s frame is a Node.js stack trace', (_name, stack) => {
    expect(msgs(run(`${stack}\n`, 'text/plain'))).toEqual(['https://app.example/ exposes a Node.js stack trace in the error response; stop sending err.stack to clients and set NODE_ENV=production where the app runs']);
  });
  it("the errorhandler middleware's frame list with a node:net frame", () => {
    const page = `<html><head><title>Error: connect ECONNREFUSED</title></head><body><div id="wrapper"><h1>Connect</h1><h2><em>500</em> Error: connect ECONNREFUSED 127.0.0.1:5432</h2><ul id="stacktrace"><li> &nbsp; &nbsp;at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)</li></ul></div></body></html>`;
    expect(msgs(run(page))).toEqual([expect.stringMatching(/errorhandler middleware's stack trace/)]);
  });

  it('a page that only mentions node: modules or a single "at" passes: no stack-trace shape', () => {
    const pages = [
      // Docs and prose naming built-in modules, with and without positions.
      '<html><body><h1>Networking</h1><p>Import it with <code>import net from "node:net"</code>; see node:dns and node:events.</p></body></html>',
      '<html><body><p>The error is thrown at node:net:1607:16 when the database is down.</p></body></html>',
      // A blog post quoting the ECONNREFUSED stack among its own content.
      `<html><body><article><h1>Fixing ECONNREFUSED</h1><p>You will see:</p><pre>${esc(STACKS.net)}</pre><p>Start Postgres first.</p></article></body></html>`,
      // A 404 page and an ordinary error page.
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /preflight-probe-x</pre>\n</body>\n</html>\n',
      '<html><body><pre>Error: the service is down, try again at 10:30</pre></body></html>',
      // An Error line and "at" in prose, with no frame.
      'Error: connect ECONNREFUSED at node:net\n',
      'Error: failed\nRetry at node:net:1607:16 later\n',
    ];
    for (const p of pages) expect(run(p), p).toEqual({ findings: [] });
    // JSON that names a module or a position outside a stack field, or a "stack" with no frame.
    expect(run(JSON.stringify({ message: 'connect ECONNREFUSED (node:net:1607:16)', hint: 'see node:dns' }), 'application/json')).toEqual({ findings: [] });
    expect(run(JSON.stringify({ stack: 'node:net is the TCP module' }), 'application/json')).toEqual({ findings: [] });
    // A browser's frame names a URL, never the server.
    expect(run(finalhandler('Error: boom\n    at async https://shop.example/assets/index.js:12:3'))).toEqual({ findings: [] });
  });

  it('a live Express-like server answering the ECONNREFUSED page on / fails critical', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'x-powered-by': 'Express' });
      res.end(finalhandler(`${STACKS.net}\n    at async /app/src/routes/index.js:12:17`));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
      const { get } = await probeLive({ url }, ['dev-server-exposed']);
      expect(failuresOf(get('dev-server-exposed'), 'dev-server-exposed').map((f) => [f.severity, f.message])).toEqual([
        ['critical', `${url} exposes an Express stack trace (NODE_ENV is not production); set NODE_ENV=production where the app runs`],
      ]);
    } finally { server.closeAllConnections(); server.close(); }
  }, 30_000);
});
