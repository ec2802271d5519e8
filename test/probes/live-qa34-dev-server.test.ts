import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { failuresOf, probeLive } from './helpers.js';

/**
 * QA round 34 (probes7 D1–D3): other stacks' development pages, each served by a Node server on 127.0.0.1 (port 0)
 * as the framework emits it, judged through the whole pipeline (the target, the random not-found path, /console).
 */
const servers: http.Server[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); }))); });
const start = async (handler: http.RequestListener) => {
  const srv = http.createServer(handler);
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(srv.address() as import('node:net').AddressInfo).port}/`;
};
/** A server answering every path with one page (a dev server's historyApiFallback, an SPA's production fallback). */
const everywhere = (body: string, headers: Record<string, string> = {}, status = 200) =>
  start((req, res) => { res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }); res.end(body); });
const messages = async (url: string) => failuresOf((await probeLive({ url }, ['dev-server-exposed'])).get('dev-server-exposed'), 'dev-server-exposed').map((f: { message: string; severity: string }) => `${f.severity} ${f.message}`);
const HOME = '<!doctype html><title>Shop</title><h1>Shop</h1>';

describe("dev-server-exposed: the errorhandler middleware's development page (QA round 34, D1)", () => {
  /** expressjs/errorhandler's HTML page: the title and h2 are the error, the frames an `<li>` each (`  ` → ` &nbsp;`). */
  const page = (frames: string[]) => `<!doctype html>\n<html>\n  <head>\n    <meta charset='utf-8'>\n    <title>TypeError: Cannot read properties of undefined (reading &#39;user&#39;)</title>\n    <style>* { margin: 0; padding: 0; outline: 0; }</style>\n  </head>\n  <body>\n    <div id="wrapper">\n      <h1>Connect</h1>\n      <h2><em>500</em> TypeError: Cannot read properties of undefined (reading &#39;user&#39;)</h2>\n      <ul id="stacktrace">${frames.map((f) => `<li> &nbsp; &nbsp;${f}</li>`).join('')}</ul>\n    </div>\n  </body>\n</html>\n`;
  const frames = ['at /usr/src/app/routes/account.js:14:31', 'at Layer.handle [as handle_request] (/usr/src/app/node_modules/express/lib/router/layer.js:95:5)', 'at next (/usr/src/app/node_modules/express/lib/router/route.js:149:13)'];

  it('fails the page by its frame list, on the target (a 500) and on the not-found path', async () => {
    const url = await start((req, res) => {
      if (req.url === '/') { res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'x-powered-by': 'Express' }); res.end(page(frames)); return; }
      res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>Not Found</h1>');
    });
    expect(await messages(url)).toEqual([`critical ${url} exposes the errorhandler middleware's stack trace (Express/Connect's development error handler); mount errorhandler() in development only and set NODE_ENV=production where the app runs`]);
    // A 404 raised by http-errors, its first frames without a script position (`new Promise (&lt;anonymous&gt;)`).
    const nf = await start((req, res) => {
      if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(HOME); return; }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(['at new Promise (&lt;anonymous&gt;)', 'at processTicksAndRejections (node:internal/process/task_queues:95:5)']));
    });
    expect(await messages(nf)).toEqual([expect.stringMatching(/^critical http:\/\/127\.0\.0\.1:\d+\/preflight-probe-\w+ exposes the errorhandler middleware's stack trace/)]);
  }, 20_000);

  it('passes the same page without frames, a list that is not its stack trace, and Express\'s production answer', async () => {
    expect(await messages(await everywhere(page([]), { 'x-powered-by': 'Express' }, 500))).toEqual([]);
    expect(await messages(await everywhere('<!doctype html><title>Where we are</title><ul id="stacktrace"><li>at the office on Mondays</li><li>at home (see /about.js for the map)</li></ul>'))).toEqual([]);
    expect(await messages(await everywhere('<!doctype html><ul><li> &nbsp; &nbsp;at /srv/app/app.js:9:41</li></ul>'))).toEqual([]);
    expect(await messages(await everywhere('Internal Server Error', { 'x-powered-by': 'Express', 'content-type': 'text/plain' }, 500))).toEqual([]);
  }, 20_000);
});

describe('dev-server-exposed: webpack dev servers without webpack-dev-server markers (QA round 34, D2)', () => {
  /** Create React App 5's development index.html (`react-scripts start`), served for every path. */
  const cra5 = '<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <link rel="icon" href="/favicon.ico" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n    <title>React App</title>\n  <script defer src="/static/js/bundle.js"></script></head>\n  <body>\n    <noscript>You need to enable JavaScript to run this app.</noscript>\n    <div id="root"></div>\n  </body>\n</html>\n';
  const CRA = /^critical http:\/\/127\.0\.0\.1:\d+\/ exposes Create React App's development server \(react-scripts start\)/;

  it("fails Create React App's dev server: CRA 5's unhashed bundle.js from its Express, CRA 4's unhashed chunks also behind a proxy", async () => {
    expect(await messages(await everywhere(cra5, { 'x-powered-by': 'Express', 'accept-ranges': 'bytes', etag: 'W/"2a3-abc"' }))).toEqual([expect.stringMatching(CRA)]);
    // CRA 4 (webpack 4): bundle.js with the unhashed vendors~main and main chunks; a proxy dropped X-Powered-By.
    const cra4 = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>React App</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script src="/static/js/bundle.js"></script><script src="/static/js/vendors~main.chunk.js"></script><script src="/static/js/main.chunk.js"></script></body></html>';
    expect(await messages(await everywhere(cra4, { server: 'nginx' }))).toEqual([expect.stringMatching(CRA)]);
  }, 20_000);

  it("passes a production CRA build, a site's own /js/bundle.js, and a bundle.js under /static/ from a server that is no dev server", async () => {
    const prod = '<!doctype html><html lang="en"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/><title>React App</title><script defer="defer" src="/static/js/main.3f2a1b9c.js"></script><link href="/static/css/main.073c9b0a.css" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>';
    expect(await messages(await everywhere(prod, { 'x-powered-by': 'Express' }))).toEqual([]);
    expect(await messages(await everywhere('<!doctype html><title>Acme</title><div id="root"></div><script src="/js/bundle.js"></script>', { 'x-powered-by': 'Express' }))).toEqual([]);
    // Django's static files: `{% static 'js/bundle.js' %}` is the site's own build, served by gunicorn.
    expect(await messages(await everywhere('<!doctype html><title>Acme</title><div id="root"></div><script defer src="/static/js/bundle.js"></script>', { server: 'gunicorn' }))).toEqual([]);
  }, 20_000);

  /** Angular CLI's webpack `ng serve` (v12–16): the unhashed scripts, styles.js and the vendor chunk. */
  const ngDev = '<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>ShopAdmin</title>\n  <base href="/">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n  <link rel="icon" type="image/x-icon" href="favicon.ico">\n</head>\n<body>\n  <app-root></app-root>\n<script src="runtime.js" type="module"></script><script src="polyfills.js" type="module"></script><script src="styles.js" defer></script><script src="vendor.js" type="module"></script><script src="main.js" type="module"></script></body>\n</html>\n';
  const NG = /^critical http:\/\/127\.0\.0\.1:\d+\/ exposes Angular CLI's development server \(ng serve\)/;

  it("fails Angular's webpack ng serve (v12–16 and v6/7's text/javascript tags); passes its production builds", async () => {
    expect(await messages(await everywhere(ngDev, { 'x-powered-by': 'Express' }))).toEqual([expect.stringMatching(NG)]);
    const ng7 = '<!doctype html><html><head><base href="/"></head><body><app-root></app-root><script type="text/javascript" src="runtime.js"></script><script type="text/javascript" src="polyfills.js"></script><script type="text/javascript" src="styles.js"></script><script type="text/javascript" src="vendor.js"></script><script type="text/javascript" src="main.js"></script></body></html>';
    expect(await messages(await everywhere(ng7))).toEqual([expect.stringMatching(NG)]);
    // Production (hashed), and production built with --output-hashing none (no vendor chunk, styles extracted to CSS).
    const prod = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ShopAdmin</title><base href="/"><link rel="stylesheet" href="styles.ef46db3751d8e999.css"></head><body><app-root></app-root><script src="runtime.a1b2c3d4e5f60718.js" type="module"></script><script src="polyfills.0f1e2d3c4b5a6978.js" type="module"></script><script src="main.3f2a1b9c8d7e6f50.js" type="module"></script></body></html>';
    expect(await messages(await everywhere(prod, { server: 'nginx' }))).toEqual([]);
    const unhashed = '<!doctype html><html lang="en"><head><base href="/"><link rel="stylesheet" href="styles.css"></head><body><app-root></app-root><script src="runtime.js" type="module"></script><script src="polyfills.js" type="module"></script><script src="main.js" type="module"></script></body></html>';
    expect(await messages(await everywhere(unhashed, { server: 'nginx' }))).toEqual([]);
  }, 20_000);
});

describe("dev-server-exposed: Phoenix's development error page, Plug.Debugger (QA round 34, D3)", () => {
  /** Phoenix's NoRouteError on the random path as the examiner's capture shows it: header, route table, frames. */
  const noRoute = (path: string) => `<!DOCTYPE html>\n<html>\n<head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n    <title>Phoenix.Router.NoRouteError at GET ${path}</title>\n    <meta name="viewport" content="width=device-width">\n    <style>html, body, td, input { font-family: -apple-system, "Segoe UI", Roboto, sans-serif; }</style>\n</head>\n<body>\n    <div class="top">\n        <header class="exception-info">\n            <h5 class="struct">\n                Phoenix.Router.NoRouteError\n                <small>at GET</small>\n                <small class="path">${path}</small>\n            </h5>\n            <h1 class="title">no route found for GET ${path} (ShopWeb.Router)</h1>\n        </header>\n        <div class="banner"><h2>Available routes</h2>\n<pre>  GET  /  ShopWeb.PageController :home\n</pre></div>\n    </div>\n    <div class="stack-trace-heading">\n        <div class="stack-trace-heading-title">Stacktrace</div>\n    </div>\n    <ul class="stack-trace">\n        <li class="trace-frame">lib/phoenix/router.ex:491: Phoenix.Router.__call__/5</li>\n        <li class="trace-frame">lib/shop_web/endpoint.ex:1: ShopWeb.Endpoint.plug_builder_call/2</li>\n    </ul>\n</body>\n</html>\n`;
  /** Plug ≥ 1.14's debugger.html.eex: the message in `<code><pre>`, frames as buttons with the line in its own span. */
  const plug = '<!DOCTYPE html>\n<html>\n<head>\n    <meta charset="utf-8">\n    <title>ArithmeticError at GET /orders</title>\n</head>\n<body>\n    <div class="top-details">\n        <header class="exception-info">\n            <h5 class="struct">\n                ArithmeticError\n                <small>at GET</small>\n                <small class="path">/orders</small>\n            </h5>\n            <code><pre>bad argument in arithmetic expression</pre></code>\n        </header>\n        <div class="stack-trace">\n                <ul class="stack-trace-list -show-all" role="stack-trace-list">\n                    <li>\n                        <button class="stack-trace-item -app" role="stack-trace-item" data-index="0">\n                            <span class="left">\n                                <span class="app">shop</span>\n                                <span class="filename">\n                                    lib/shop_web/controllers/order_controller.ex<span class="line">:12</span>\n                                </span>\n                            </span>\n                            <span class="info">ShopWeb.OrderController.index/2</span>\n                        </button>\n                    </li>\n                </ul>\n        </div>\n    </div>\n</body>\n</html>\n';
  const PHX = /^critical http:\/\/127\.0\.0\.1:\d+\/\S* exposes Phoenix\/Plug's debug error page \(Plug\.Debugger, debug_errors: true\)/;

  it("fails Phoenix's NoRouteError page on the random path and Plug.Debugger's page on the target", async () => {
    const url = await start((req, res) => {
      if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(HOME); return; }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }); res.end(noRoute(req.url ?? '/'));
    });
    expect(await messages(url)).toEqual([expect.stringMatching(PHX)]);
    expect(await messages(await everywhere(plug, {}, 500))).toEqual([expect.stringMatching(PHX)]);
  }, 20_000);

  it("passes Phoenix's production 404 and a page that only shows the header's look", async () => {
    const url = await start((req, res) => {
      if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(HOME); return; }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }); res.end('Not Found');
    });
    expect(await messages(url)).toEqual([]);
    // No Elixir frames: a design page borrowing the class names is no debugger.
    expect(await messages(await everywhere('<header class="exception-info"><h5 class="struct">Styles <small>at GET</small></h5></header><p>Our error page design.</p>'))).toEqual([]);
  }, 20_000);
});

describe('dev-server-exposed: pages that only look like a dev server (QA round 34, fpprobes D1–D5)', () => {
  const EXPRESS = /^critical http:\/\/127\.0\.0\.1:\d+\/\S* exposes an Express stack trace \(NODE_ENV is not production\)/;
  const stack = "TypeError: Cannot read properties of undefined (reading 'id')\n    at OrderService.load (/srv/api/src/orders.js:41:19)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)";
  const doc = (body: string, title = 'Acme') => `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

  it('D1: passes a Node stack quoted in a bare <pre> on a post, a status page, release notes or a client error report', async () => {
    // A WordPress post (classic editor: a bare <pre>) among its paragraphs, from Apache/PHP.
    const post = doc(`<div id="page" class="site"><main id="main"><article id="post-812" class="post"><header class="entry-header"><h1 class="entry-title">PM2 keeps restarting my app</h1></header><div class="entry-content"><p>The error log showed this:</p>\n<pre>Error: listen EADDRINUSE: address already in use :::3000\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)\n    at Object.&lt;anonymous&gt; (/home/deploy/app/server.js:18:8)</pre>\n<p>Another process was bound to port 3000.</p></div></article></main></div>`);
    expect(await messages(await everywhere(post, { server: 'Apache', 'x-powered-by': 'PHP/8.2.14' }))).toEqual([]);
    // A status page: headings, then an incident with the stack; release notes served by a production Express.
    expect(await messages(await everywhere(doc(`<h1>All systems operational</h1><h2>Past incidents</h2><div class="incident"><h3>Apr 2 — API errors</h3><pre>${stack}</pre></div>`)))).toEqual([]);
    expect(await messages(await everywhere(doc('<main><h1>Release notes</h1><h2>v2.3.1</h2><p>Fixed a crash when exporting invoices:</p><pre>RangeError: Invalid time value\n    at Date.toISOString (&lt;anonymous&gt;)\n    at exportInvoices (/app/src/export.js:77:31)</pre></main>'), { 'x-powered-by': 'Express' }))).toEqual([]);
    // A long page whose paragraphs surround the <pre>.
    expect(await messages(await everywhere(doc(`${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(200)}<pre>Error: x\n    at handler (/srv/app/index.js:1:2)</pre>${'<p>More text.</p>'.repeat(50)}`)))).toEqual([]);
    // A browser's stack (frames at https:// URLs) is no server's, even laid out as Express's pages.
    const browser = "TypeError: e.map is not a function\n    at Cart (https://shop.example.com/assets/index-B3x8kLmN.js:12:3456)\n    at renderWithHooks (https://shop.example.com/assets/vendor-abc.js:1:2)";
    expect(await messages(await everywhere(doc(`<h1>Client error report</h1><h2>500</h2><pre>${browser}</pre>`)))).toEqual([]);
    expect(await messages(await everywhere(doc(`<pre>${browser.replace(/\n {4}/g, '<br> &nbsp; &nbsp;')}</pre>`)))).toEqual([]);
  }, 30_000);

  it("D1: still fails finalhandler's page and express-generator's error view, also in an app's own layout", async () => {
    // finalhandler's page for a thrown error (ESM frames as file:// URLs, Windows paths).
    const fh = doc('<pre>TypeError: boom<br> &nbsp; &nbsp;at file:///app/server.mjs:10:5<br> &nbsp; &nbsp;at Layer.handle [as handle_request] (C:\\app\\node_modules\\express\\lib\\router\\layer.js:95:5)</pre>', 'Error');
    expect(await messages(await everywhere(fh, { 'x-powered-by': 'Express', 'content-security-policy': "default-src 'none'" }, 500))).toEqual([expect.stringMatching(EXPRESS)]);
    // express-generator's pug view in a customised layout (navbar, container, footer); its 500 has an empty <h2>.
    const layout = (content: string) => `<!DOCTYPE html><html><head><title>Shop</title><link rel="stylesheet" href="/stylesheets/style.css"></head><body><nav class="navbar"><a href="/">Shop</a> <a href="/cart">Cart</a></nav><div class="container">${content}</div><footer>© Shop</footer></body></html>`;
    const url = await start((req, res) => {
      if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(HOME); return; }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'x-powered-by': 'Express' });
      res.end(layout('<h1>Not Found</h1><h2>404</h2><pre>NotFoundError: Not Found\n    at /usr/src/app/app.js:24:8\n    at Layer.handle [as handle_request] (/usr/src/app/node_modules/express/lib/router/layer.js:95:5)</pre>'));
    });
    expect(await messages(url)).toEqual([expect.stringMatching(EXPRESS)]);
    expect(await messages(await everywhere(layout(`<h1>Cannot read properties of undefined (reading &#39;id&#39;)</h1>\n<h2></h2>\n<pre>${stack.replace(/'/g, '&#39;')}</pre>`), { 'x-powered-by': 'Express' }, 500))).toEqual([expect.stringMatching(EXPRESS)]);
  }, 30_000);

  const CRA = /^critical http:\/\/127\.0\.0\.1:\d+\/ exposes Create React App's development server/;
  it("D2: passes an Express site's own /static/js/bundle.js on its own page; fails it on CRA's shell", async () => {
    const ssr = '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Invoices · Ledgerly</title>\n  <link rel="stylesheet" href="/static/css/app.css">\n</head>\n<body class="app">\n  <nav class="navbar"><a href="/">Ledgerly</a></nav>\n  <main id="app" data-user-id="42">\n    <h1>Invoices</h1>\n    <table class="table"><tr><td>INV-0012</td><td>$1,200.00</td></tr></table>\n  </main>\n  <script src="/static/js/bundle.js"></script>\n</body>\n</html>\n';
    expect(await messages(await everywhere(ssr, { 'x-powered-by': 'Express' }))).toEqual([]);
    // CRA's shell: the root div alone (noscript removed), or the noscript alone (the root renamed).
    expect(await messages(await everywhere('<!DOCTYPE html><html><head><title>Admin</title><script defer src="/static/js/bundle.js"></script></head><body><div id="root"></div></body></html>', { 'x-powered-by': 'Express' }))).toEqual([expect.stringMatching(CRA)]);
    expect(await messages(await everywhere('<!DOCTYPE html><html><head><title>Admin</title><script defer src="/static/js/bundle.js"></script></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="app"></div></body></html>', { 'x-powered-by': 'Express' }))).toEqual([expect.stringMatching(CRA)]);
  }, 30_000);

  const NG = /^critical http:\/\/127\.0\.0\.1:\d+\/\S* exposes Angular CLI's development server \(ng serve\)/;
  const ng = (scripts: string, extra = '') => `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>FleetConsole</title>\n  <base href="/app/">\n${extra}</head>\n<body>\n  <app-root></app-root>\n${scripts}</body>\n</html>\n`;
  const tags = (prefix: string, names: string[]) => names.map((n) => `<script src="${prefix}${n}.js" type="module"></script>`).join('');
  it('D3: fails ng serve with a --deploy-url prefix (a path or a full URL); a prefix per file is no build', async () => {
    const all = ['runtime', 'polyfills', 'styles', 'vendor', 'main'];
    expect(await messages(await everywhere(ng(tags('/app/', all)), { 'x-powered-by': 'Express', 'access-control-allow-origin': '*' }))).toEqual([expect.stringMatching(NG)]);
    expect(await messages(await everywhere(ng(tags('http://localhost:4200/static/', all))))).toEqual([expect.stringMatching(NG)]);
    // The same names scattered over unrelated folders are some site's own scripts.
    expect(await messages(await everywhere(ng(`${tags('/js/', ['runtime', 'main'])}${tags('/vendor/', ['polyfills', 'styles'])}`)))).toEqual([]);
  }, 30_000);

  it("D4: passes unhashed production builds with a vendor chunk and no styles.js; fails ng serve's (styles.js, or vendor.js from its Express)", async () => {
    const css = '<link rel="stylesheet" href="styles.css">';
    // `ng build --output-hashing none` with vendorChunk, and a webpack build with the same names, from nginx.
    expect(await messages(await everywhere(ng(tags('', ['runtime', 'polyfills', 'vendor', 'main']), css), { server: 'nginx' }))).toEqual([]);
    expect(await messages(await everywhere(`<!DOCTYPE html><html><head><title>Metrics</title>${css}</head><body><div id="app"></div><script src="runtime.js"></script><script src="polyfills.js"></script><script src="vendor.js"></script><script src="main.js"></script></body></html>`, { server: 'nginx' }))).toEqual([]);
    // ng serve (v12–16: styles.css and styles.js) behind nginx; ng serve with extracted styles from its own Express.
    expect(await messages(await everywhere(ng(tags('', ['runtime', 'polyfills', 'styles', 'vendor', 'main']), css), { server: 'nginx' }))).toEqual([expect.stringMatching(NG)]);
    expect(await messages(await everywhere(ng(tags('', ['runtime', 'polyfills', 'vendor', 'main']), css), { 'x-powered-by': 'Express', 'access-control-allow-origin': '*' }))).toEqual([expect.stringMatching(NG)]);
  }, 30_000);

  it("D5: passes errorhandler's page shown inside a post (a <figure>, a <blockquote>); fails the page itself", async () => {
    const eh = '<div id="wrapper"><h1>Connect</h1><h2><em>500</em> Error: boom</h2><ul id="stacktrace"><li> &nbsp; &nbsp;at /app/routes/index.js:12:11</li><li> &nbsp; &nbsp;at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)</li></ul></div>';
    expect(await messages(await everywhere(doc(`<article><h1>Stop shipping errorhandler</h1><p>This is what a visitor sees:</p><figure class="demo">${eh}<figcaption>errorhandler's page</figcaption></figure></article>`), { server: 'GitHub.com' }))).toEqual([]);
    expect(await messages(await everywhere(doc(`<main><p>A reader sent this:</p><blockquote>${eh}</blockquote></main>`)))).toEqual([]);
    // The page itself, also after a closed article or figure (a layout's news box) and a custom element of that prefix.
    const EH = /^critical http:\/\/127\.0\.0\.1:\d+\/ exposes the errorhandler middleware's stack trace/;
    expect(await messages(await everywhere(`<html>\n  <head>\n    <title>Error: boom</title>\n  </head>\n  <body>\n    ${eh}\n  </body>\n</html>`, { 'x-powered-by': 'Express' }, 500))).toEqual([expect.stringMatching(EH)]);
    expect(await messages(await everywhere(doc(`<article-card>news</article-card><figure><img src="/logo.png"></figure>${eh}`), {}, 500))).toEqual([expect.stringMatching(EH)]);
  }, 30_000);
});
