import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 47 (probes21 D1, D4): directory listings of Node's own static servers. `npx http-server` puts ~65 KB of inline
// icon CSS between its `Index of /…` title and its heading (past the 64 KiB read limit); Express/connect's serve-index is
// titled `listing directory /…` and lists its files in `<ul id="files">`. Real servers on 127.0.0.1 (port 0).

const servers: http.Server[] = [];
afterAll(() => { for (const s of servers) { s.closeAllConnections(); s.close(); } });

/** Serves `body` as HTML at every path but the probe's others (404), and returns the target's listing findings. */
async function listingAt(body: string) {
  const server = http.createServer((req, res) => {
    if (req.url !== '/uploads/') { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not Found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/uploads/`;
  const { get } = await probeLive({ url }, ['sensitive-paths']);
  return failuresOf(get('sensitive-paths'), 'sensitive-paths').filter((f) => f.url === url).map((f) => ({ severity: f.severity, message: f.message.replace(url, 'URL'), fix: f.fix }));
}

/** Base64-looking icon data, `n` icons of ~1 KB each (as http-server's icons.json inlines them). */
const icons = (n: number) => Array.from({ length: n }, (_, i) => `i.icon-t${i} {\n  background-image: url("data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8'.repeat(26)}");\n}\n\n`).join('');

/** http-server 14's show-dir page (lib/core/show-dir/index.js and styles.js), its icon CSS `n` icons long. */
const httpServer = (n: number) => [
  '<!doctype html>', '<html>', '  <head>', '    <meta charset="utf-8">', '    <meta name="viewport" content="width=device-width">',
  '    <title>Index of /uploads/</title>',
  `    <style type="text/css">i.icon { display: block; height: 16px; width: 16px; }\ntable tr { white-space: nowrap; }\ntd.perms {}\ntd.file-size { text-align: right; padding-left: 1em; }\ntd.display-name { padding-left: 1em; }\n${icons(n)}</style>`,
  '  </head>', '  <body>', '<h1>Index of /uploads/</h1>', '<table>',
  '<tr><td><i class="icon icon-_blank"></i></td><td class="perms"><code>(-rw-r--r--)</code></td><td class="last-modified">07-Dec-2026 10:00</td><td class="file-size"><code>12B</code></td><td class="display-name"><a href="./a.txt">a.txt</a></td></tr>',
  '</table>', '<br><address>Node.js v24 / <a href="https://github.com/http-party/http-server">http-server</a> server running @ 127.0.0.1</address>', '</body></html>',
].join('\n');

/** serve-index 1.9's page (public/directory.html), its default stylesheet abridged. */
const serveIndex = (files = '<ul id="files" class="view-tiles"><li><a href="/" class="icon icon-directory" title=".."><span class="name">..</span></a></li><li><a href="/uploads/a.txt" class="icon icon-txt" title="a.txt"><span class="name">a.txt</span></a></li></ul>') => `<!DOCTYPE html>
<html>
  <head>
    <meta charset='utf-8'>
    <title>listing directory /uploads/</title>
    <style>* { margin: 0; padding: 0; outline: 0; } body { padding: 80px 100px; } ul#files { margin: 0 auto; }</style>
    <script>function search() { var links = $('files').all('a'); }</script>
  </head>
  <body class="directory">
    <input id="search" type="text" placeholder="Search" autocomplete="off" />
    <div id="wrapper">
      <h1><a href="/">~</a> / <a href="/uploads">uploads</a> / </h1>
      ${files}
    </div>
  </body>
</html>`;

describe('sensitive-paths: npx http-server listings, their heading past the 64 KiB read limit (probes21 D1)', () => {
  it('the real page (its <h1> past 64 KiB) is a medium listing named for http-server, with its -d false fix', async () => {
    const body = httpServer(66);
    expect(body.indexOf('<h1>')).toBeGreaterThan(65536);
    expect(await listingAt(body)).toEqual([{ severity: 'medium', message: expect.stringMatching(/^URL is a directory listing \(http-server\): it names every file served there .*`http-server -d false`/), fix: expect.stringContaining('`-d false`') }]);
  }, 30_000);

  it('the same page with few icons (heading within reach) is found too', async () => {
    expect((await listingAt(httpServer(2))).map((f) => f.severity)).toEqual(['medium']);
  }, 30_000);

  it('any listing title on a page cut before its <head> ended counts; a page merely titled "Index of" with a normal body does not', async () => {
    const longHead = `<!doctype html><html><head><title>Index of /uploads/</title><style>${icons(70)}</style></head><body><h1>Index of /uploads/</h1></body></html>`;
    expect((await listingAt(longHead)).map((f) => [f.severity, f.message.replace(/:.*/, '')])).toEqual([['medium', 'URL is a directory listing']]);
    // Lookalikes: read whole, no listing heading; cut at the limit, but after its <head> ended (a long article).
    expect(await listingAt('<!doctype html><html><head><title>Index of /uploads/ — our docs</title></head><body><h1>Uploads</h1><p>How uploads work.</p></body></html>')).toEqual([]);
    expect(await listingAt(`<!doctype html><html><head><title>Index of /docs/</title></head><body><h1>Documentation</h1>${'<p>Some long article text.</p>\n'.repeat(3000)}</body></html>`)).toEqual([]);
    // http-server's style words in an ordinary page without the listing title.
    expect(await listingAt(`<!doctype html><html><head><title>Uploads</title><style type="text/css">i.icon { display: block; }\ntd.display-name { padding-left: 1em; }</style></head><body><h1>Uploads</h1></body></html>`)).toEqual([]);
  }, 60_000);
});

describe('sensitive-paths: Express/connect serve-index listings (probes21 D4)', () => {
  it('its `listing directory /…` title and <ul id="files"> list: a medium listing named for serve-index, with its own fix', async () => {
    expect(await listingAt(serveIndex())).toEqual([{ severity: 'medium', message: expect.stringMatching(/^URL is a directory listing \(serve-index\): .*remove the `serve-index` middleware/), fix: expect.stringMatching(/^Remove the `serve-index` middleware/) }]);
  }, 30_000);

  it('the same title without its file list (a page about the middleware) is none', async () => {
    expect(await listingAt(serveIndex('<p>serve-index lists a folder; we turned it off.</p>'))).toEqual([]);
  }, 30_000);
});
