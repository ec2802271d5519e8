import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { devServerExposed } from '../../src/probes/dev-server-exposed.js';
import { startHttp, type Handler, type Running } from '../servers/node.js';
import { freePort, hasFlask, PYTHON, waitForPort } from '../servers/procs.js';
import { evaluate, failures, failuresOf, mainOf, obsOf, probeLive, res } from './helpers.js';

/**
 * Stop 49 (probes22 D1): dev-server-exposed recognises the Werkzeug debugger (and the other debug pages and dev bundles)
 * by the page's own markup, never by text quoting it: a post showing the debugger's script line in a `<pre><code>` or
 * HTML-escaped passes; the real debugger page (Flask's dev server with debug=True) is still found. Real servers on 127.0.0.1.
 */
const servers: Running[] = [];
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all([...servers.map((s) => s.close()), ...stops.map((s) => s())]); });
const up = async (handler: Handler) => { const s = await startHttp(handler); servers.push(s); return s; };
/** A site whose `/` is `page` (HTML, `Server: nginx`) and every other path a plain 404. */
const site = (page: string) => up((q, r) => {
  if (q.url === '/') { r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', server: 'nginx' }); r.end(page); return; }
  r.writeHead(404, { 'content-type': 'text/plain', server: 'nginx' }); r.end('not found');
});
const judged = async (page: string) => (await probeLive({ url: `${(await site(page)).url}/` }, ['dev-server-exposed'])).get('dev-server-exposed');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const post = (quoted: string) => `<!doctype html><html><head><title>Hardening Flask: why the debugger must stay off</title><script src="/assets/site.js"></script></head><body><article><h1>Why the Werkzeug debugger must stay off</h1><p>The debugger page embeds this:</p>${quoted}<p>Turn debug mode off.</p></article><script>window.analytics = 1;</script></body></html>`;
const SETTINGS = 'var CONSOLE_MODE = false, EVALEX = true, EVALEX_TRUSTED = false, SECRET = "abc";';

describe('dev-server-exposed: a page quoting the Werkzeug debugger is no finding (stop 49, D1)', () => {
  it('its script line in a <pre><code>, HTML-escaped, in a non-JavaScript script element, or its resource tags escaped', async () => {
    for (const quoted of [
      `<pre><code>${SETTINGS}</code></pre>`,
      `<pre><code>${escape(`<script>\n  ${SETTINGS}\n</script>`)}</code></pre>`,
      `<p>${escape(`<script>${SETTINGS}</script>`)}</p>`,
      `<script type="text/plain" class="language-js">${SETTINGS}</script>`,
      `<pre>${escape('<link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">')}</pre>`,
      // Escaping only < and > (quotes left as they are): the attribute is still text.
      `<pre>&lt;script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"&gt;&lt;/script&gt;</pre>`,
      `<pre><code>var CONSOLE_MODE = true, EVALEX = true;  // /console</code></pre>`,
    ]) {
      expect({ quoted, out: await judged(post(quoted)) }).toEqual({ quoted, out: { findings: [] } });
    }
  });

  it("the console's settings quoted at /console are no console either", async () => {
    const srv = await up((q, r) => {
      r.writeHead(q.url === '/console' || q.url === '/' ? 200 : 404, { 'content-type': 'text/html', server: 'nginx' });
      r.end(q.url === '/console' ? post(`<pre><code>${escape('<script src="?__debugger__=yes&cmd=resource&f=debugger.js"></script>\n<script>var CONSOLE_MODE = true, EVALEX = true;</script>')}</code></pre>`) : '<!doctype html><p>hi');
    });
    expect((await probeLive({ url: `${srv.url}/` }, ['dev-server-exposed'])).get('dev-server-exposed')).toEqual({ findings: [] });
  });

  it('the real markers in the page markup are still found: settings in a <script>, resources in <script src>/<link href>, its title', () => {
    const one = (body: string) => failures(evaluate(devServerExposed, obsOf(mainOf(res(500, { server: 'nginx' }, body)))), devServerExposed).map((f) => f.message);
    for (const body of [
      `<script>\n  ${SETTINGS}\n</script>`,
      `<script type="text/javascript">var TRACEBACK = 140, CONSOLE_MODE = false, EVALEX = true, EVALEX_TRUSTED = false, SECRET = "x";</script>`,
      '<link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">',
      '<script src="/app/?__debugger__=yes&cmd=resource&f=debugger.js"></script>',
      '<title>KeyError: \'x\' // Werkzeug Debugger</title>',
      // A page cut short inside its settings script.
      `<!doctype html><script>${SETTINGS}`,
    ]) expect({ body, m: one(body) }).toEqual({ body, m: [expect.stringMatching(/exposes the Werkzeug interactive debugger/)] });
    expect(one('<script>var CONSOLE_MODE = false, EVALEX = false, SECRET = "x";</script>')).toEqual([expect.stringMatching(/Werkzeug debugger's traceback page/)]);
    // A page merely titled after the debugger (no ` // ` of its template) is not it.
    expect(one('<title>Werkzeug Debugger</title><p>A tour of the Werkzeug Debugger.</p>')).toEqual([]);
  });
});

describe('dev-server-exposed: other debug pages and dev bundles named in text are no finding (stop 49)', () => {
  it("Rails' page title and the routing error quoted in a post; Vite, Next.js and webpack-dev-server URLs in prose", async () => {
    for (const quoted of [
      '<p>My app showed "Action Controller: Exception caught" in production until I set RAILS_ENV.</p>',
      `<pre>${escape('<title>Action Controller: Exception caught</title>')}</pre>`,
      '<h1>Routing Error</h1><p>Rails.root is printed below the routing error in development.</p>',
      '<p>Behind nginx, requests to <code>/_next/webpack-hmr</code> fail unless the proxy upgrades them.</p>',
      `<pre><code>${escape('<script id="__NEXT_DATA__" type="application/json">{"buildId":"development"}</script>')}</code></pre>`,
      '<p>In development the page loads <code>/@vite/client</code>, which connects back for HMR.</p>',
      '<p>Older setups added <code>webpack-dev-server/client?http://localhost:8080</code> to the entry.</p>',
    ]) expect({ quoted, out: await judged(post(quoted)) }).toEqual({ quoted, out: { findings: [] } });
  });

  it('the dev markers in markup are still found', () => {
    const one = (body: string) => failures(evaluate(devServerExposed, obsOf(mainOf(res(200, { server: 'nginx' }, body)))), devServerExposed).map((f) => f.message);
    expect(one('<script type="module" src="/@vite/client"></script>')).toEqual([expect.stringMatching(/Vite development server/)]);
    expect(one('<script type="module">import "/@vite/client";</script>')).toEqual([expect.stringMatching(/Vite development server/)]);
    expect(one('<script id="__NEXT_DATA__" type="application/json">{"props":{},"page":"/","buildId":"development"}</script>')).toEqual([expect.stringMatching(/Next\.js development server/)]);
    expect(one('<script src="/_next/static/development/_buildManifest.js?ts=1" defer=""></script>')).toEqual([expect.stringMatching(/Next\.js development server/)]);
    expect(one('<script>(function(){var c = "webpack-dev-server/client/index.js?protocol=ws";})()</script>')).toEqual([expect.stringMatching(/webpack-dev-server/)]);
    expect(one('<html><head><title>Action Controller: Exception caught</title></head><body><h1>Routing Error</h1>')).toEqual([expect.stringMatching(/Rails' development error page/)]);
    expect(one('<header role="banner"><h1>Routing Error</h1></header><main><h2>No route matches [GET] "/x"</h2><p><code>Rails.root: /app</code></p>')).toEqual([expect.stringMatching(/Rails' development error page/)]);
  });

  it('10 MB adversarial bodies are judged (no hang)', () => {
    const MB10 = 10 * 1024 * 1024;
    const fill = (unit: string) => unit.repeat(Math.ceil(MB10 / unit.length)).slice(0, MB10);
    for (const body of [
      fill('<script>'), fill('<script></script>'), fill('<script>CONSOLE_MODE = true, '), fill('?__debugger__=yes&cmd=resource'),
      fill('<link href=?__debugger__=yes&cmd=resource'), fill('<title>// Werkzeug '), fill('<h1>Routing Error</h1>'),
      fill('/@vite/client '), fill('<a /_next/webpack-hmr '), `<script src=${fill('a')}`, fill('CONSOLE_MODE'),
    ]) {
      const out = evaluate(devServerExposed, obsOf({ ...mainOf(res(200, { server: 'nginx' }, body)), notFound: { url: 'https://app.example/preflight-probe-x', response: res(404, {}, body, 'https://app.example/preflight-probe-x') } }));
      expect(out.error).toBeUndefined();
    }
  }, 120_000);
});

/** Flask's dev server with debug=True (`use_evalex` as given), a route that raises; stopped after the tests. */
async function flaskDebug(evalex: boolean): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-werkzeug49-'));
  fs.writeFileSync(path.join(dir, 'app.py'), `import sys\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    return "<!doctype html><p>hello</p>"\n\n@app.get("/boom")\ndef boom():\n    return str(1 / 0)\n\nif __name__ == "__main__":\n    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=True, use_reloader=False, use_evalex=${evalex ? 'True' : 'False'})\n`);
  const port = await freePort();
  const child = spawn(PYTHON!, ['app.py', String(port)], { cwd: dir, stdio: 'ignore', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  stops.push(async () => {
    if (child.exitCode === null && child.pid !== undefined) { const done = new Promise((r) => child.once('exit', r)); process.kill(child.pid, 'SIGTERM'); await done; }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  await waitForPort(port, child, 15_000);
  return `http://127.0.0.1:${port}`;
}
/** A reverse proxy in front of `upstream` that hides `Server: Werkzeug` and answers 404 at /console (as a proxy allow-listing paths would). */
const proxyOf = (upstream: string) => up((req, out) => {
  if (req.url?.startsWith('/console')) { out.writeHead(404, { server: 'proxy' }); out.end('not found'); return; }
  const u = new URL(upstream);
  const r = http.request({ host: u.hostname, port: u.port, path: req.url, method: req.method, headers: { ...req.headers, host: u.host } }, (up) => {
    const { server: _hidden, ...headers } = up.headers;
    out.writeHead(up.statusCode!, { ...headers, server: 'proxy' });
    up.pipe(out);
  });
  r.on('error', () => { out.writeHead(502); out.end(); });
  req.pipe(r);
});
const fetchText = (url: string) => new Promise<string>((resolve, reject) => {
  http.get(url, (r) => { let s = ''; r.setEncoding('utf8'); r.on('data', (c: string) => { s += c; }); r.on('end', () => resolve(s)); }).on('error', reject);
});

const flask = hasFlask();
describe.skipIf(!flask)(`the real Werkzeug debugger page (Flask debug=True)${flask ? '' : ' — skipped: python3-flask not installed'}`, () => {
  it('its traceback page is found by its page alone (no Server header, no /console), and quoting that page in a post is not', async () => {
    const app = await flaskDebug(true);
    const proxy = await proxyOf(app);
    const f = failuresOf((await probeLive({ url: `${proxy.url}/boom` }, ['dev-server-exposed'])).get('dev-server-exposed'), 'dev-server-exposed');
    expect(f.map((x) => [x.severity, x.url, x.message])).toEqual([['critical', `${proxy.url}/boom`, expect.stringMatching(/exposes the Werkzeug interactive debugger; turn Flask's debug mode off/)]]);
    // The very page, HTML-escaped in a post's code block, as a blog or CTF write-up shows it.
    const page = await fetchText(`${app}/boom`);
    expect(page).toMatch(/Werkzeug Debugger/);
    expect(await judged(post(`<pre><code>${escape(page)}</code></pre>`))).toEqual({ findings: [] });
  });

  it('with use_evalex=False it is the traceback page (console off), still found', async () => {
    const proxy = await proxyOf(await flaskDebug(false));
    const f = failuresOf((await probeLive({ url: `${proxy.url}/boom` }, ['dev-server-exposed'])).get('dev-server-exposed'), 'dev-server-exposed');
    expect(f.map((x) => [x.severity, x.message])).toEqual([['critical', expect.stringMatching(/the Werkzeug debugger's traceback page \(debug mode on, console off/)]]);
  });
});
