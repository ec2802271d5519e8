import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 48 (probes21 D6 leftover): each debug page dev-server-exposed recognises carries its framework's own setting as
// the message's advice and the finding's fix (Rails RAILS_ENV, Laravel APP_DEBUG, Spring Boot include-stacktrace,
// ASP.NET Core ASPNETCORE_ENVIRONMENT, classic ASP.NET customErrors, errorhandler/NODE_ENV…), not the generic "run a
// production server (gunicorn, uvicorn workers, node server.js…)". One real server on 127.0.0.1: `/<name>/` answers that
// signature, every other path a plain 404.

interface Page { status: number; headers?: Record<string, string>; body: string }
const PAGES: Record<string, Page> = {
  rails: { status: 404, body: '<!DOCTYPE html><html><head><title>Action Controller: Exception caught</title></head><body><h1>Routing Error</h1><p>No route matches [GET] "/x"</p><p>Rails.root: /app</p></body></html>' },
  laravel: { status: 500, body: '<!DOCTYPE html><html><head><title>Whoops! There was an error.</title></head><body><div class="Whoops container">ErrorException</div></body></html>' },
  symfony: { status: 200, headers: { 'x-debug-token': 'a1b2c3', 'x-debug-token-link': 'http://127.0.0.1/_profiler/a1b2c3' }, body: '<!doctype html><title>Shop</title>' },
  phoenix: { status: 404, body: '<html><body><header class="exception-info"><h5 class="struct">Phoenix.Router.NoRouteError <small>at GET</small></h5></header><div class="stack">lib/phoenix/router.ex:491</div></body></html>' },
  errorhandler: { status: 500, body: '<!DOCTYPE html><html><head><title>Error: boom</title></head><body><div id="wrapper"><h1>Connect</h1><h2><em>500</em> Error: boom</h2><ul id="stacktrace"><li> &nbsp; &nbsp;at /app/app.js:9:11</li><li> &nbsp; &nbsp;at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)</li></ul></div></body></html>' },
  nodejson: { status: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'boom', stack: 'TypeError: boom\n    at OrdersService.find (/usr/src/app/dist/orders.service.js:21:27)' }) },
  starlette: { status: 500, body: '<html><head><title>Starlette Debugger</title></head><body><h1>500 Server Error</h1><h2>ZeroDivisionError: division by zero</h2><div class="traceback-container"><p class="traceback-title">Traceback</p></div></body></html>' },
  pytrace: { status: 500, headers: { 'content-type': 'text/plain' }, body: 'Traceback (most recent call last):\n  File "/app/main.py", line 3, in handler\n    return 1 / 0\nZeroDivisionError: division by zero\n' },
  spring: { status: 500, body: "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Mon Dec 07 09:00:00 UTC 2026</div><div>There was an unexpected error (type=Internal Server Error, status=500).</div><div style='white-space:pre-wrap;'>java.lang.IllegalStateException: boom\n\tat com.acme.shop.OrderController.get(OrderController.java:42)\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n</div></body></html>" },
  tomcat: { status: 500, body: '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p><p><b>Exception</b></p><pre>java.lang.NullPointerException\n\tcom.acme.shop.OrderServlet.doGet(OrderServlet.java:42)\n\tjakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)\n</pre></body></html>' },
  puma: { status: 500, headers: { 'content-type': 'text/plain' }, body: "Puma caught this error: db down (RuntimeError)\nconfig.ru:1:in `block (2 levels) in <main>'\n/usr/lib/ruby/gems/3.1.0/gems/puma-5.6.5/lib/puma/configuration.rb:252:in `call'\n" },
  aspnetcore: { status: 500, body: '<!DOCTYPE html><html lang="en"><head><title>Internal Server Error</title></head><body><h1>An unhandled exception occurred while processing the request.</h1><div class="titleerror">InvalidOperationException: boom</div></body></html>' },
  aspnet: { status: 500, body: "<html><head><title>Object reference not set to an instance of an object.</title></head><body bgcolor=\"white\"><span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1><h2> <i>Object reference not set to an instance of an object.</i> </h2></span><b> Exception Details: </b>System.NullReferenceException: Object reference not set to an instance of an object.<br><br><b>Stack Trace:</b> <br><br></body></html>" },
  dotnet: { status: 500, headers: { 'content-type': 'text/plain' }, body: 'System.InvalidOperationException: boom\n   at Api.Program.<>c.<<Main>$>b__0_1() in /src/Api/Program.cs:line 31\n   at lambda_method3(Closure, Object, HttpContext)\n' },
};

let server: http.Server;
let base = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const name = /^\/(\w+)\/$/.exec(req.url ?? '')?.[1];
    const page = name ? PAGES[name] : undefined;
    if (!page) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not Found'); return; }
    res.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
    res.end(page.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

async function findingsAt(name: string) {
  const { get } = await probeLive({ url: `${base}/${name}/` }, ['dev-server-exposed']);
  return failuresOf(get('dev-server-exposed'), 'dev-server-exposed').map((f) => ({ severity: f.severity, message: f.message.replace(base, ''), fix: f.fix }));
}

/** [page, the finding's message after the URL, what its fix must name]. */
const CASES: [string, string, RegExp][] = [
  ['rails', "exposes Rails' development error page; run the app with RAILS_ENV=production, where config.consider_all_requests_local = false", /`RAILS_ENV=production`.*`config\.consider_all_requests_local = false`/],
  ['laravel', "exposes Laravel's debug page (Whoops/Ignition); set APP_DEBUG=false (and APP_ENV=production) in the production .env", /`APP_DEBUG=false`.*`APP_ENV=production`/],
  ['symfony', 'exposes the Symfony profiler; run the app with APP_ENV=prod and APP_DEBUG=0, without the dev dependencies', /`APP_ENV=prod`.*`APP_DEBUG=0`.*--no-dev/],
  ['phoenix', "exposes Phoenix/Plug's debug error page (Plug.Debugger, debug_errors: true); run a release built with MIX_ENV=prod, whose endpoint has debug_errors: false", /`MIX_ENV=prod`.*`debug_errors: true`.*`config\/dev\.exs`/],
  ['errorhandler', "exposes the errorhandler middleware's stack trace (Express/Connect's development error handler); mount errorhandler() in development only and set NODE_ENV=production where the app runs", /`errorhandler\(\)` in development only.*`NODE_ENV=production`/],
  ['nodejson', 'exposes a Node.js stack trace in the error response; stop sending err.stack to clients and set NODE_ENV=production where the app runs', /never `err\.stack`.*`NODE_ENV=production`/],
  ['starlette', "exposes Starlette/FastAPI's debug page (debug=True); create the app with debug=False (the default) in production", /`debug=False`.*`FastAPI\(debug=False\)`/],
  ['pytrace', "exposes a Python traceback (a debug mode such as FastAPI/Starlette debug=True or Tornado serve_traceback); turn the framework's debug mode off (FastAPI/Starlette debug=False; Tornado debug=False and serve_traceback=False)", /`FastAPI\(debug=False\)`.*serve_traceback=False\)`/],
  ['spring', "exposes Spring Boot's error page with a stack trace (server.error.include-stacktrace); set server.error.include-stacktrace=never (the default) and keep spring-boot-devtools out of the production build", /`server\.error\.include-stacktrace=never`.*`spring-boot-devtools`/],
  ['tomcat', `exposes Tomcat's error report with a stack trace (ErrorReportValve showReport); set showReport="false" and showServerInfo="false" on Tomcat's ErrorReportValve`, /ErrorReportValve" showReport="false"/],
  ['puma', "exposes Puma's development error page with a backtrace (RACK_ENV=development); run Puma with RACK_ENV=production (RAILS_ENV=production for Rails)", /`RACK_ENV=production`/],
  ['aspnetcore', "exposes ASP.NET's developer exception page; run the app with ASPNETCORE_ENVIRONMENT=Production (the default when unset) and UseDeveloperExceptionPage() only in Development", /`ASPNETCORE_ENVIRONMENT=Production`.*`app\.UseDeveloperExceptionPage\(\)` only under `app\.Environment\.IsDevelopment\(\)`/],
  ['aspnet', `exposes ASP.NET's developer exception page; set customErrors mode="RemoteOnly" (or "On") in web.config`, /`<customErrors mode="RemoteOnly"\/>`.*never `"Off"`/],
  ['dotnet', 'exposes a .NET stack trace in the error response; stop sending the exception to clients and set ASPNETCORE_ENVIRONMENT=Production where the app runs', /`exception\.ToString\(\)`.*`ASPNETCORE_ENVIRONMENT=Production`/],
];

/** The settings each page's text may name (Puma's names Rails' too; Symfony's APP_DEBUG is its own). */
const OWN: Record<string, string[]> = {
  rails: ['RAILS_ENV'], laravel: ['APP_DEBUG'], symfony: ['APP_DEBUG'], phoenix: ['MIX_ENV'], errorhandler: ['NODE_ENV'], nodejson: ['NODE_ENV'],
  starlette: ['debug=False'], pytrace: ['debug=False'], spring: ['include-stacktrace'], tomcat: ['ErrorReportValve'], puma: ['RACK_ENV', 'RAILS_ENV'],
  aspnetcore: ['ASPNETCORE_ENVIRONMENT'], aspnet: ['customErrors'], dotnet: ['ASPNETCORE_ENVIRONMENT'],
};

describe("dev-server-exposed: every debug page's fix names its framework's setting (stop 48, probes21 D6)", () => {
  it.each(CASES)('%s', async (name, message, fix) => {
    const f = await findingsAt(name);
    // One finding (ASP.NET Core's page is not also called classic ASP.NET's, nor the other way round), critical.
    expect(f).toEqual([{ severity: 'critical', message: `/${name}/ ${message}`, fix: expect.stringMatching(fix) }]);
    // Never the generic advice for a page a setting turns on.
    expect(`${f[0]!.message} ${f[0]!.fix}`).not.toMatch(/run a production server|uvicorn workers|node server\.js/i);
    // …nor another stack's setting (a Rails page is not told about NODE_ENV, Laravel's about Spring).
    const named = new Set(`${f[0]!.message} ${f[0]!.fix}`.match(/NODE_ENV|RAILS_ENV|RACK_ENV|APP_DEBUG|MIX_ENV|include-stacktrace|ErrorReportValve|ASPNETCORE_ENVIRONMENT|customErrors|debug=False|DJANGO_DEBUG|FLASK_DEBUG/g));
    expect([...named].filter((n) => !OWN[name]!.includes(n))).toEqual([]);
  }, 30_000);

  it('lookalike: a plain 404 everywhere is no finding (the fix texts never make a finding of their own)', async () => {
    const { get } = await probeLive({ url: `${base}/nothing/` }, ['dev-server-exposed']);
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
  }, 30_000);
});
