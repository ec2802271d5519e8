import { describe, expect, it } from 'vitest';
import { devServerExposed } from '../../src/probes/dev-server-exposed.js';
import { evaluate, failures, mainOf, obsOf, res } from './helpers.js';

const run = (main: ReturnType<typeof res>, notFound?: ReturnType<typeof res>) =>
  evaluate(devServerExposed, obsOf({ ...mainOf(main), ...(notFound ? { notFound: { url: notFound.url, response: notFound } } : {}) }));
const msgs = (o: ReturnType<typeof run>) => failures(o, devServerExposed).map((f) => f.message);

describe('dev-server-exposed', () => {
  it('passes production servers', () => {
    expect(run(res(200, { server: 'gunicorn' }), res(404, { server: 'gunicorn' }, '<h1>Not Found</h1>'))).toEqual({ findings: [] });
    expect(run(res(200, { server: 'nginx/1.25.3', 'x-powered-by': 'Express' }))).toEqual({ findings: [] });
  });
  it('fails the Werkzeug server banner, critical', () => {
    const f = failures(run(res(200, { server: 'Werkzeug/2.2.2 Python/3.11.2' })), devServerExposed);
    expect(f).toEqual([expect.objectContaining({ severity: 'critical', url: 'https://app.example/' })]);
    expect(f[0]!.message).toMatch(/Werkzeug development server/);
  });
  it("fails Ruby's WEBrick banner (ruby -run -e httpd, an old rails s), critical; Puma's banner-less answer passes", () => {
    expect(msgs(run(res(200, { server: 'WEBrick/1.7.0 (Ruby/3.1.2/2022-04-12)' })))).toEqual([expect.stringMatching(/Ruby's WEBrick/)]);
    expect(run(res(200, { server: 'Puma 6.4' }))).toEqual({ findings: [] });
  });
  it("finds Django's DEBUG 404 page and runserver on the not-found request", () => {
    const page = "<p>You're seeing this error because you have <code>DEBUG = True</code> in your Django settings file.</p>";
    const m = msgs(run(res(200, { server: 'gunicorn' }), res(404, { server: 'WSGIServer/0.2 CPython/3.11.2' }, page, 'https://app.example/preflight-probe-x')));
    expect(m).toHaveLength(2);
    expect(m.join('\n')).toMatch(/DEBUG page/);
    expect(m.join('\n')).toMatch(/runserver/);
  });
  it("tells classic ASP.NET's detailed error page (customErrors Off) from its \"Runtime Error\" page, which hides the details", () => {
    const head = (app: string, title: string) => `<!DOCTYPE html>\n<html>\n    <head>\n        <title>${title}</title>\n    </head>\n    <body bgcolor="white">\n            <span><H1>Server Error in '${app}' Application.<hr width=100% size=1 color=silver></H1>\n            <h2> <i>${title}</i> </h2></span>\n`;
    // customErrors mode="RemoteOnly" (the default) as a remote client sees it: the production-safe page.
    const runtime = `${head('/', 'Runtime Error')}            <b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons). It could, however, be viewed by browsers running on the local server machine.\n            <br><br>\n            <b>Details:</b> To enable the details of this specific error message to be viewable on remote machines, please create a &lt;customErrors&gt; tag within a &quot;web.config&quot; configuration file located in the root directory of the current web application.<br><br>\n`;
    expect(run(res(200, { server: 'Microsoft-IIS/10.0' }, '<!doctype html><title>Shop</title>'), res(404, {}, runtime, 'https://app.example/preflight-probe-x'))).toEqual({ findings: [] });
    // customErrors mode="Off": the exception and stack (an application under /Shop), or the 404 with its version line.
    const detailed = `${head('/Shop', 'Object reference not set to an instance of an object.')}            <b> Exception Details: </b>System.NullReferenceException: Object reference not set to an instance of an object.<br><br>\n            <b>Stack Trace:</b> <br><br>\n`;
    expect(msgs(run(res(500, {}, detailed)))).toEqual([expect.stringMatching(/ASP\.NET's developer exception page/)]);
    const notFound = `${head('/', 'The resource cannot be found.')}            <b> Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been removed.\n            <br><br>\n            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4465.0\n`;
    expect(msgs(run(res(200, {}, '<!doctype html><title>Shop</title>'), res(404, {}, notFound, 'https://app.example/preflight-probe-x')))).toEqual([expect.stringMatching(/ASP\.NET's developer exception page/)]);
    // The verbose page's own comment, on a page cut before its detail sections.
    const verbose = `${head('/', 'Runtime Error')}<!--\n    [HttpException]: boom\n-->\n<!-- \nThis error page might contain sensitive information because ASP.NET is configured to show verbose error messages using &lt;customErrors mode="Off"/&gt;. Consider using &lt;customErrors mode="On"/&gt; or &lt;customErrors mode="RemoteOnly"/&gt; in production environments.-->`;
    expect(msgs(run(res(500, {}, verbose)))).toEqual([expect.stringMatching(/ASP\.NET's developer exception page/)]);
  });
  it('finds the Werkzeug debugger and dev bundles by body', () => {
    expect(msgs(run(res(500, {}, '<title>Werkzeug Debugger</title><script src="?__debugger__=yes&cmd=resource">')))).toEqual([expect.stringMatching(/debugger/)]);
    expect(msgs(run(res(200, {}, '<script type="module" src="/@vite/client"></script>')))).toEqual([expect.stringMatching(/Vite/)]);
  });
  it("finds Express stack traces: finalhandler's page and express-generator's error view on the not-found path", () => {
    const nf = (body: string) => msgs(run(res(200, { 'x-powered-by': 'Express' }), res(404, { 'x-powered-by': 'Express' }, body, 'https://app.example/preflight-probe-x')));
    const express = [expect.stringMatching(/^https:\/\/app\.example\/preflight-probe-x exposes an Express stack trace/)];
    // express-generator (pug), NODE_ENV unset: its 404 handler renders `pre #{error.stack}` with the stack's newlines.
    expect(nf('<!DOCTYPE html><html><head><title></title><link rel="stylesheet" href="/stylesheets/style.css"></head><body><h1>Not Found</h1><h2>404</h2><pre>NotFoundError: Not Found\n    at /srv/app/app.js:24:8\n    at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)\n    at trim_prefix (/srv/app/node_modules/express/lib/router/index.js:328:13)</pre></body></html>')).toEqual(express);
    // …its ejs view (`<pre><%= error.stack %></pre>`, no layout).
    expect(nf('<h1>Not Found</h1>\n<h2>404</h2>\n<pre>NotFoundError: Not Found\n    at /srv/app/app.js:24:8\n    at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)</pre>\n')).toEqual(express);
    // finalhandler (no error handler of the app's own): the stack with <br> and &nbsp;, also for an Error without a message.
    expect(nf('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>NotFoundError: Not Found<br> &nbsp; &nbsp;at /srv/app/app.js:9:41<br> &nbsp; &nbsp;at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)</pre>\n</body>\n</html>\n')).toEqual(express);
    expect(nf('<pre>Error<br> &nbsp; &nbsp;at /srv/app/app.js:8:40<br> &nbsp; &nbsp;at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)</pre>')).toEqual(express);
    // Production: the same view without the stack; Express's plain "Cannot GET"; a page quoting a Python traceback.
    expect(nf('<!DOCTYPE html><html><head><title></title></head><body><h1>Not Found</h1><h2></h2><pre></pre></body></html>')).toEqual([]);
    expect(nf('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /preflight-probe-x</pre>\n</body>\n</html>\n')).toEqual([]);
    expect(nf('<pre>Traceback (most recent call last):\n  File "app.py", line 3, in <module>\nKeyError: \'x\'</pre>')).toEqual([]);
  });
  it("finds Puma's development error page (an application error with its backtrace), not its production one", () => {
    const page = "Puma caught this error: db down (RuntimeError)\nconfig.ru:1:in `block (2 levels) in <main>'\n/usr/lib/x86_64-linux-gnu/rubygems-integration/3.1.0/gems/puma-5.6.5/lib/puma/configuration.rb:252:in `call'\n";
    expect(msgs(run(res(500, { 'content-length': String(page.length) }, page)))).toEqual(["https://app.example/ exposes Puma's development error page with a backtrace (RACK_ENV=development); run a production server with debug off"]);
    expect(msgs(run(res(500, {}, 'An unhandled lowlevel error occurred. The application logs may have details.\n')))).toEqual([]);
    expect(msgs(run(res(200, {}, '<p>Our blog: why Puma caught this error: a story</p>')))).toEqual([]);
  });
  it('finds the Werkzeug debugger console at /console by its page, not its status', () => {
    const consoleAt = (r: ReturnType<typeof res>) => evaluate(devServerExposed, obsOf({ ...mainOf(res(200, { server: 'nginx' })), console: { url: r.url, response: r } }));
    const page = '<title>Console // Werkzeug Debugger</title><script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script><script>var CONSOLE_MODE = true, EVALEX = true;</script>';
    const f = failures(consoleAt(res(200, { server: 'nginx' }, page, 'https://app.example/console')), devServerExposed);
    expect(f).toEqual([expect.objectContaining({ severity: 'critical', url: 'https://app.example/console', message: expect.stringMatching(/serves the Werkzeug debugger console/) })]);
    // A single-page app's shell (200) or a 404 at /console is no finding.
    expect(consoleAt(res(200, {}, '<!doctype html><div id="root"></div>', 'https://app.example/console'))).toEqual({ findings: [] });
    expect(consoleAt(res(404, {}, 'Not Found', 'https://app.example/console'))).toEqual({ findings: [] });
  });
  it('errors when nothing answered', () => {
    expect(evaluate(devServerExposed, obsOf({ main: { start: 'https://app.example/', hops: [], error: 'DNS lookup failed for app.example' }, notFound: { url: 'x', error: 'DNS lookup failed for app.example' } })).error).toMatch(/DNS/);
  });
  it('an answer at /console alone clears nothing (error), unless it is the debugger console', () => {
    const down = { main: { start: 'https://app.example/', hops: [], error: 'connection reset by app.example:443' }, notFound: { url: 'x', error: 'connection reset by app.example:443' } };
    const only = (body: string) => evaluate(devServerExposed, obsOf({ ...down, console: { url: 'https://app.example/console', response: res(404, {}, body, 'https://app.example/console') } }));
    expect(only('Not Found').error).toMatch(/connection reset/);
    const found = only('<title>Console // Werkzeug Debugger</title><script>var CONSOLE_MODE = true, EVALEX = true;</script>');
    expect(found.error).toBeUndefined();
    expect(failures(found, devServerExposed)).toEqual([expect.objectContaining({ message: expect.stringMatching(/Werkzeug debugger console/) })]);
  });
  it("finds Django's DEBUG page whatever its apostrophe (straight, U+2019 since Django 3, escaped)", () => {
    for (const a of ["'", '’', '&#x27;', '&#39;', '&rsquo;']) {
      const p = `<p>\n  You${a}re seeing this error because you have <code>DEBUG = True</code> in\n  your Django settings file.</p>`;
      expect(msgs(run(res(200), res(500, {}, p, 'https://app.example/preflight-probe-x'))), a).toEqual([expect.stringMatching(/Django's DEBUG page/)]);
    }
  });
  it('finds the Werkzeug debugger by its own markers only, not a page naming it', () => {
    // As Werkzeug 2/3 renders a traceback (title, resources, settings), and each marker alone.
    const tb = '<!doctype html>\n<html lang=en>\n  <head>\n    <title>ZeroDivisionError: division by zero // Werkzeug Debugger</title>\n    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">\n    <script>\n      var CONSOLE_MODE = false,\n          EVALEX = true,\n          EVALEX_TRUSTED = false,\n          SECRET = "x";\n    </script>';
    for (const body of [tb, '<script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script>', '<script>var TRACEBACK = 1, CONSOLE_MODE = false, EVALEX = true;</script>', '<title>KeyError // Werkzeug Debugger</title>']) {
      expect(msgs(run(res(500, {}, body))), body).toEqual([expect.stringMatching(/Werkzeug interactive debugger/)]);
    }
    for (const body of ['<title>Never ship the Werkzeug Debugger to production</title>', '<p>Werkzeug Debugger: the debugger caught an exception; see ?__debugger__ in the docs</p>']) {
      expect(run(res(200, {}, body)), body).toEqual({ findings: [] });
    }
  });
});

describe('dev-server-exposed: Next.js App Router development pages', () => {
  it("finds `next dev`'s unhashed chunks with a ?v= timestamp and its module names; a production build's hashed chunks pass", () => {
    const dev = '<!DOCTYPE html><html><head><script src="/_next/static/chunks/webpack.js?v=1796214061875" async=""></script><script src="/_next/static/chunks/main-app.js?v=1796214061875" async=""></script><script src="/_next/static/chunks/app-pages-internals.js" async=""></script></head><body></body></html>';
    expect(msgs(run(res(200, { 'x-powered-by': 'Next.js' }, dev)))).toEqual([expect.stringMatching(/Next\.js development server/)]);
    const flight = '<script>self.__next_f.push([1,"2:I[\\"(app-pages-browser)/./node_modules/next/dist/client/components/app-router.js\\""])</script>';
    expect(msgs(run(res(200, {}, flight)))).toEqual([expect.stringMatching(/Next\.js development server/)]);
    const prod = '<!DOCTYPE html><html><head><script src="/_next/static/chunks/webpack-100b9e646d9c912e.js" async=""></script><script src="/_next/static/chunks/main-app-1ae239d85f9b07e1.js" async=""></script></head></html>';
    expect(run(res(200, { 'x-powered-by': 'Next.js' }, prod))).toEqual({ findings: [] });
  });
});
