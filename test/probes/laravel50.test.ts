import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 50 (misc M2): dev-server-exposed took any page naming `Illuminate\Foundation` (a blog post, a docs page about
// Laravel) for Laravel's debug page. It now asks for the debug pages' own markup (Whoops' title, Ignition's
// `window.ignite(` in a script element) or the framework's stack — two frames or more — in an error response.
// One real server on 127.0.0.1: `/<name>/` answers that page, every other path a plain 404.

interface Page { status: number; type?: string; body: string }
const frame11 = (cls: string, line: number, fn: string) =>
  `<button class="w-full text-left"><div class="nowrap"><span class="inline-flex items-baseline"><span class="text-gray-900 dark:text-gray-300">${cls}</span>\n<span class="font-mono text-xs">:${line}</span></span></div><div class="text-gray-500">${fn}</div></button>`;
const ARTICLE_TRACE = [
  '#0 /var/www/vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php(175): Illuminate\\Pipeline\\Pipeline->then(Object(Closure))',
  '#1 /var/www/vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php(144): Illuminate\\Foundation\\Http\\Kernel->sendRequestThroughRouter(Object(Illuminate\\Http\\Request))',
].join('\n');

const PAGES: Record<string, Page> = {
  // Ignition (Laravel 6–10): the page is started by `window.ignite(window.data)`.
  ignition: { status: 500, body: '<!doctype html><html><head><title>Division by zero</title></head><body><div id="app"></div><script>window.data = {"report":{"exception_class":"DivisionByZeroError","message":"Division by zero"}};</script><script>window.ignite(window.data);</script></body></html>' },
  // Laravel 11's own exception page: each frame a class and its line in spans.
  renderer: { status: 500, body: `<!DOCTYPE html><html lang="en"><head><title>Laravel</title></head><body><main><div class="mb-12 space-y-2">${frame11('App\\Http\\Controllers\\OrderController', 21, 'index')}${frame11('Illuminate\\Routing\\Controller', 54, 'callAction')}${frame11('Illuminate\\Foundation\\Http\\Kernel', 175, 'handle')}</div></main></body></html>` },
  // Laravel 5.0–5.4 (Symfony's debug page): the frames' files in title attributes, the classes in <abbr>.
  symfony5: { status: 500, body: '<!DOCTYPE html><html><head><title>Whoops, looks like something went wrong.</title></head><body><div id="sf-resetcontent" class="sf-reset"><h1>Whoops, looks like something went wrong.</h1><ol class="traces list_exception"><li> at <abbr title="Illuminate\\Routing\\Router">Router</abbr>-&gt;dispatch(<em>object</em>(<abbr title="Illuminate\\Http\\Request">Request</abbr>))<br />in <a title="/var/www/vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php line 246">Kernel.php line 246</a></li><li> at <abbr title="Illuminate\\Foundation\\Http\\Kernel">Kernel</abbr>-&gt;handle()<br />in <a title="/var/www/public/index.php line 53">index.php line 53</a></li></ol></div></body></html>' },
  // The JSON an API request gets with APP_DEBUG=true.
  json: { status: 500, type: 'application/json', body: JSON.stringify({ message: 'Division by zero', exception: 'DivisionByZeroError', file: '/var/www/app/Http/Controllers/OrderController.php', line: 21, trace: [{ file: '/var/www/vendor/laravel/framework/src/Illuminate/Routing/Controller.php', line: 54, function: 'index', class: 'App\\Http\\Controllers\\OrderController', type: '->' }, { file: '/var/www/vendor/laravel/framework/src/Illuminate/Routing/ControllerDispatcher.php', line: 43, function: 'callAction', class: 'Illuminate\\Routing\\Controller', type: '->' }] }, null, 4) },

  // Lookalikes. A post about Laravel: the namespace in prose, a quoted trace and Ignition's start in <pre><code>.
  article: { status: 200, body: `<!doctype html><html><head><title>Bootstrapping Laravel</title></head><body><article><h1>How Illuminate\\Foundation boots</h1><p>The <code>Illuminate\\Foundation\\Application</code> class is the container; <code>Illuminate\\Foundation\\Http\\Kernel</code> handles the request.</p><p>With APP_DEBUG on you would see:</p><pre><code>${ARTICLE_TRACE}</code></pre><p>Ignition starts with</p><pre><code>&lt;script&gt;window.ignite(window.data);&lt;/script&gt;</code></pre></article></body></html>` },
  // A docs site's not-found page naming the namespace once, and its data blob in a script.
  docs404: { status: 404, body: '<!doctype html><html><head><title>Page not found</title></head><body><h1>404</h1><p>No page here. Looking for <a href="/docs/lifecycle">Illuminate\\Foundation\\Application</a>?</p><script>window.__DOCS__={"hint":"Illuminate\\\\Foundation\\\\Application::configure()"};</script></body></html>' },
};

let server: http.Server;
let base = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const name = /^\/(\w+)\/$/.exec(req.url ?? '')?.[1];
    const page = name ? PAGES[name] : undefined;
    if (!page) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not Found'); return; }
    res.writeHead(page.status, { 'content-type': page.type ?? 'text/html; charset=utf-8' });
    res.end(page.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

async function findingsAt(name: string) {
  const { get } = await probeLive({ url: `${base}/${name}/` }, ['dev-server-exposed']);
  return failuresOf(get('dev-server-exposed'), 'dev-server-exposed').map((f) => f.message.replace(base, ''));
}

const LARAVEL = "exposes Laravel's debug page (Whoops/Ignition); set APP_DEBUG=false (and APP_ENV=production) in the production .env";

describe("dev-server-exposed: Laravel's debug page by its markup or the framework's stack, not its namespace in text (stop 50)", () => {
  it.each(['ignition', 'renderer', 'symfony5', 'json'])('%s: a finding', async (name) => {
    expect(await findingsAt(name)).toEqual([`/${name}/ ${LARAVEL}`]);
  }, 30_000);

  it.each(['article', 'docs404'])('lookalike %s: no finding', async (name) => {
    expect(await findingsAt(name)).toEqual([]);
  }, 30_000);
});
