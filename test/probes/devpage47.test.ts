import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 47 (probes21 D5, D6): a debug page a framework setting turns on carries that setting as its fix, whatever
// server serves it (Django DEBUG under gunicorn → DEBUG = False; Flask's Werkzeug debugger → debug mode off; Express →
// NODE_ENV=production); a Werkzeug traceback page with EVALEX = false is not "the interactive debugger". Real servers
// on 127.0.0.1 (port 0): `/` answers `page`, every other path `notFound`.

const servers: http.Server[] = [];
afterAll(() => { for (const s of servers) { s.closeAllConnections(); s.close(); } });

type Answer = [number, Record<string, string>, string];
async function findings(page: Answer, notFound: Answer = [404, { 'content-type': 'text/plain' }, 'Not Found']) {
  const server = http.createServer((req, res) => {
    const [status, headers, body] = req.url === '/' ? page : notFound;
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const { get } = await probeLive({ url }, ['dev-server-exposed']);
  return failuresOf(get('dev-server-exposed'), 'dev-server-exposed').map((f) => ({ severity: f.severity, message: f.message.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), fix: f.fix }));
}

/** Django 3.2's technical 404 page (DEBUG = True), as gunicorn serves it. */
const django404 = (path: string) => `<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta http-equiv="content-type" content="text/html; charset=utf-8">\n  <title>Page not found at ${path}</title>\n  <meta name="robots" content="NONE,NOARCHIVE">\n</head>\n<body>\n  <div id="summary">\n    <h1>Page not found <span>(404)</span></h1>\n  </div>\n  <div id="info">\n    <p>Using the URLconf defined in <code>mysite.urls</code>, Django tried these URL patterns, in this order:</p>\n  </div>\n  <div id="explanation">\n    <p>\n      You’re seeing this error because you have <code>DEBUG = True</code> in\n      your Django settings file. Change that to <code>False</code>, and Django\n      will display a standard 404 page.\n    </p>\n  </div>\n</body>\n</html>\n`;

/** Werkzeug 2.2's traceback page, `app.run(debug=True, use_evalex=…)`. */
const werkzeugTraceback = (evalex: boolean) => `<!doctype html>\n<html lang=en>\n  <head>\n    <title>ZeroDivisionError: division by zero\n // Werkzeug Debugger</title>\n    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">\n    <script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script>\n    <script>\n      var CONSOLE_MODE = false,\n          EVALEX = ${evalex},\n          EVALEX_TRUSTED = false,\n          SECRET = "Zb4dxK1q2u";\n    </script>\n  </head>\n  <body style="background-color: #fff">\n    <div class="debugger">\n<h1>ZeroDivisionError</h1>\n<div class="traceback">\n<h3>Traceback <em>(most recent call last)</em></h3>\n</div>\n</div>\n  </body>\n</html>\n`;

/** Express's finalhandler page (NODE_ENV unset). */
const expressStack = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Error: boom<br> &nbsp; &nbsp;at /app/app.js:9:41<br> &nbsp; &nbsp;at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)</pre>\n</body>\n</html>\n';

describe("dev-server-exposed: the fix names the framework's own setting (probes21 D6)", () => {
  it("Django's DEBUG page served by gunicorn: DEBUG = False (e.g. DJANGO_DEBUG), not 'run a production server'", async () => {
    const [f, ...rest] = await findings([200, { server: 'gunicorn' }, '<!doctype html><title>Shop</title>'], [404, { server: 'gunicorn' }, django404('/preflight-probe-x')]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'critical', message: expect.stringMatching(/^\/preflight-probe-\w+ exposes Django's DEBUG page; set DEBUG = False in the production settings \(e\.g\. read from a DJANGO_DEBUG environment variable that production leaves unset\)$/) });
    expect(f!.fix).toMatch(/^Set `DEBUG = False` in Django's production settings .*DJANGO_DEBUG.*ALLOWED_HOSTS/);
    expect(`${f!.message} ${f!.fix}`).not.toMatch(/production server|gunicorn/);
  }, 30_000);

  it('an Express stack trace: NODE_ENV=production', async () => {
    const [f, ...rest] = await findings([500, { 'x-powered-by': 'Express' }, expressStack]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'critical', message: '/ exposes an Express stack trace (NODE_ENV is not production); set NODE_ENV=production where the app runs', fix: expect.stringMatching(/^Set `NODE_ENV=production`/) });
  }, 30_000);

  it("the Werkzeug debugger: Flask's debug mode off (debug=True, FLASK_DEBUG), with its fix", async () => {
    const [f] = await findings([500, { server: 'nginx' }, werkzeugTraceback(true)]);
    expect(f).toMatchObject({ severity: 'critical', message: "/ exposes the Werkzeug interactive debugger; turn Flask's debug mode off (no app.run(debug=True), FLASK_DEBUG or flask run --debug) and serve the app with a WSGI server such as gunicorn" });
    expect(f!.fix).toMatch(/`debug=True`.*`FLASK_DEBUG`/);
  }, 30_000);

  it("lookalike: a development server's banner alone keeps 'run a production server' and the item's own fix", async () => {
    const f = await findings([200, { server: 'Werkzeug/2.2.2 Python/3.11.2' }, '<!doctype html><title>Shop</title>']);
    expect(f).toEqual([{ severity: 'critical', message: '/ exposes the Werkzeug development server (flask run or app.run()); run a production server with debug off', fix: undefined }]);
  }, 30_000);
});

describe('dev-server-exposed: a Werkzeug traceback page with EVALEX = false (probes21 D5)', () => {
  it("is the debugger's traceback page (debug mode on, console off), still critical, not the interactive debugger", async () => {
    const f = await findings([500, { server: 'nginx' }, werkzeugTraceback(false)]);
    expect(f.map((x) => [x.severity, x.message.replace(/;.*/, '')])).toEqual([['critical', "/ exposes the Werkzeug debugger's traceback page (debug mode on, console off: the source and traceback are shown)"]]);
    expect(f[0]!.message).not.toContain('interactive');
  }, 30_000);
});
