import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devServerExposed } from '../../src/probes/dev-server-exposed.js';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, type Running } from '../servers/node.js';
import { evaluate, failures, failuresOf, mainOf, obsOf, probeLive, res } from './helpers.js';

// QA stop 39 (fullrepos18 D2): ASP.NET Core's developer exception page was not recognised in the form a probe gets
// (the plain-text form, for a client that does not ask for HTML), nor by its page structure, nor were .NET stack frames.

const run = (body: string, type = 'text/html; charset=utf-8', status = 500) =>
  evaluate(devServerExposed, obsOf(mainOf(res(status, { 'content-type': type }, body))));
const msgs = (o: ReturnType<typeof run>) => failures(o, devServerExposed).map((f) => f.message);
const PAGE_MSG = "https://app.example/ exposes ASP.NET's developer exception page; run the app with ASPNETCORE_ENVIRONMENT=Production (the default when unset) and UseDeveloperExceptionPage() only in Development";
const STACK_MSG = 'https://app.example/ exposes a .NET stack trace in the error response; stop sending the exception to clients and set ASPNETCORE_ENVIRONMENT=Production where the app runs';

/** The page's structure as ASP.NET Core's ErrorPage.cshtml writes it (`heading`: its `<h1>`, left out to test the rest). */
const devPage = (heading = '<h1>An unhandled exception occurred while processing the request.</h1>') => `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml">
    <head>
        <meta charset="utf-8" />
        <title>Internal Server Error</title>
    </head>
    <body>
        ${heading}
            <div class="titleerror">InvalidOperationException: Unable to resolve service for type &#x27;Api.Data.AppDbContext&#x27;.</div>
            <p class="location">Microsoft.Extensions.DependencyInjection.ActivatorUtilities.ThrowHelperUnableToResolveService(Type type, Type requiredBy)</p>
        <ul id="header">
            <li id="stack" tabindex="1" class="selected">Stack</li>
            <li id="query" tabindex="2">Query</li>
            <li id="cookies" tabindex="3">Cookies</li>
            <li id="headers" tabindex="4">Headers</li>
            <li id="routing" tabindex="5">Routing</li>
        </ul>
        <div id="stackpage" class="page">
            <ul>
                <li>
                    <h2 class="stackerror">InvalidOperationException: Unable to resolve service for type &#x27;Api.Data.AppDbContext&#x27;.</h2>
                    <ul>
                        <li class="frame" id="frame1">
                            <div class="source"><span class="function">Api.Program+&lt;&gt;c.&lt;&lt;Main&gt;$&gt;b__0_1()</span><span class="filename">/src/Api/Program.cs</span></div>
                        </li>
                    </ul>
                </li>
            </ul>
        </div>
    </body>
</html>
`;

/** `Exception.ToString()` of .NET 8 on Linux: type and message, an inner exception, frames with and without file and line. */
const TRACE = [
  "System.InvalidOperationException: Unable to resolve service for type 'Api.Data.AppDbContext' while attempting to activate 'Api.Controllers.OrdersController'.",
  ' ---> System.ArgumentNullException: Value cannot be null. (Parameter \'connectionString\')',
  '   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.ThrowHelperUnableToResolveService(Type type, Type requiredBy)',
  '   at lambda_method3(Closure, IServiceProvider, Object[])',
  '   at Microsoft.AspNetCore.Mvc.Controllers.ControllerFactoryProvider.<>c__DisplayClass6_0.<CreateControllerFactory>g__CreateController|0(ControllerContext controllerContext)',
  '   at Api.Program.<>c.<<Main>$>b__0_1() in /src/Api/Program.cs:line 31',
  '--- End of stack trace from previous location ---',
  '   at Microsoft.AspNetCore.Diagnostics.DeveloperExceptionPageMiddlewareImpl.Invoke(HttpContext context)',
].join('\n');
/** The developer exception page's plain-text form: the exception, a blank line, the request's headers. */
const textForm = (nl = '\n') => `${TRACE}\n\nHEADERS\n=======\nAccept: */*\nHost: localhost:5000\nUser-Agent: preflight\n`.replace(/\n/g, nl);

/** A production 500 page: ASP.NET Core's template Error view, which names the Development environment and no exception. */
const PRODUCTION_ERROR_VIEW = `<!DOCTYPE html><html><head><title>Error - Api</title></head><body><main role="main" class="pb-3">
<h1 class="text-danger">Error.</h1>
<h2 class="text-danger">An error occurred while processing your request.</h2>
<p><strong>Request ID:</strong> <code>00-8f3c1b6e0d2a4c1e9b7a5d3f2e1c0b9a-1a2b3c4d5e6f7a8b-00</code></p>
<h3>Development Mode</h3>
<p>Swapping to <strong>Development</strong> environment will display more detailed information about the error that occurred.</p>
<p><strong>The Development environment shouldn't be enabled for deployed applications.</strong> It can result in displaying sensitive information from exceptions to end users. For local debugging, enable the <strong>Development</strong> environment by setting the <strong>ASPNETCORE_ENVIRONMENT</strong> environment variable to <strong>Development</strong> and restarting the app.</p>
</main></body></html>`;

describe('dev-server-exposed: the ASP.NET Core developer exception page (stop 39)', () => {
  it('the HTML page, by its heading or by its own structure (exception title and stack tabs or frames)', () => {
    expect(msgs(run(devPage()))).toEqual([PAGE_MSG]);
    expect(msgs(run(devPage('')))).toEqual([PAGE_MSG]);
    // The title with its frames only, or with the stack page only.
    expect(msgs(run('<html><body><div class="titleerror">NullReferenceException: Object reference not set.</div><ul><li class="frame" id="frame1">Api.Orders.Get()</li></ul></body></html>'))).toEqual([PAGE_MSG]);
    expect(msgs(run('<html><body><div class="titleerror">NullReferenceException: x</div><div id="stackpage" class="page"></div></body></html>'))).toEqual([PAGE_MSG]);
  });

  it('the plain-text form (a client not asking for HTML), with \\n or \\r\\n line ends', () => {
    expect(msgs(run(textForm(), 'text/plain; charset=utf-8'))).toEqual([PAGE_MSG]);
    expect(msgs(run(textForm('\r\n'), 'text/plain; charset=utf-8'))).toEqual([PAGE_MSG]);
  });

  it('a .NET stack trace by its frames: the whole body, or a JSON error value that is the stack', () => {
    expect(msgs(run(`${TRACE}\n`, 'text/plain'))).toEqual([STACK_MSG]);
    // A frame without file and line is a frame too (framework code, or no symbols deployed).
    expect(msgs(run('System.Exception: boom\n   at Api.Orders.OrdersController.Get(Int32 id)\n', 'text/plain'))).toEqual([STACK_MSG]);
    // An error handler returning exception.ToString() or exception.StackTrace.
    expect(msgs(run(JSON.stringify({ error: 'Internal error', details: TRACE }), 'application/json'))).toEqual([STACK_MSG]);
    expect(msgs(run(JSON.stringify({ message: 'boom', stackTrace: '   at Api.Orders.OrdersController.Get(Int32 id) in /src/Api/Orders.cs:line 12\n   at lambda_method3(Closure, Object, Object[])' }), 'application/json'))).toEqual([STACK_MSG]);
    // ASP.NET Core 8's developer problem details, as System.Text.Json escapes `<` and `>` (`\u003C`, `\u003E`), with \r\n.
    const problem = `{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"System.InvalidOperationException","status":500,"detail":"boom","exception":{"details":"System.InvalidOperationException: boom\\r\\n   at Api.Program.\\u003C\\u003Ec.\\u003C\\u003CMain\\u003E$\\u003Eb__0_1() in /src/Api/Program.cs:line 31\\r\\n","headers":{"Accept":["*/*"]},"path":"/","endpoint":"HTTP: GET /","routeValues":{}}}`;
    expect(msgs(run(problem, 'application/problem+json'))).toEqual([STACK_MSG]);
  });

  it('a normal 500 page, an exception named without frames, and a page about exceptions pass', () => {
    const pages: [string, string][] = [
      [PRODUCTION_ERROR_VIEW, 'text/html; charset=utf-8'],
      ['Internal Server Error', 'text/plain'],
      ['<html><body><h1>500</h1><p>An unhandled exception occurred. Our team has been notified.</p></body></html>', 'text/html'],
      // Problem details without the exception's stack (the production form).
      [JSON.stringify({ type: 'https://tools.ietf.org/html/rfc9110#section-15.6.1', title: 'An error occurred while processing your request.', status: 500, traceId: '00-abc-def-00' }), 'application/problem+json'],
      [JSON.stringify({ error: 'System.InvalidOperationException: Sequence contains no elements' }), 'application/json'],
      ['System.InvalidOperationException: Sequence contains no elements\n', 'text/plain'],
      // A blog post quoting the page's heading in prose and a stack trace in a <pre>.
      [`<html><body><article><h1>Debugging ASP.NET Core</h1><p>In Development you see "An unhandled exception occurred while processing the request." and a titleerror box.</p><pre>${TRACE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre></article></body></html>`, 'text/html'],
      // Markdown docs in a JSON API, a stack quoted inside prose.
      [JSON.stringify({ body: `When it fails you will see:\n\n${TRACE}` }), 'application/json'],
      // Java and Node stacks are not .NET's (their own signals judge them by their own shapes).
      ['java.lang.IllegalStateException: boom\n\tat com.acme.Orders.get(Orders.java:42)\n', 'text/plain'],
    ];
    for (const [body, type] of pages) expect(msgs(run(body, type)), body.slice(0, 80)).toEqual([]);
  });
});

describe('dev-server-exposed: a live ASP.NET-like server (stop 39)', () => {
  let pki: Pki;
  const servers: Running[] = [];
  let seenAccept: (string | undefined)[] = [];
  /** ASP.NET Core's developer exception page: HTML for a client asking for it, the plain-text form for any other. */
  const devExceptionPage = (req: http.IncomingMessage, res: http.ServerResponse) => {
    seenAccept.push(req.headers.accept);
    if (req.url === '/healthz') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('Healthy'); return; }
    if ((req.headers.accept ?? '').includes('text/html')) { res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', server: 'Kestrel' }); res.end(devPage()); return; }
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', server: 'Kestrel' });
    res.end(textForm());
  };
  beforeAll(async () => {
    pki = makePki();
    servers.push(await startHttps({ ...pki.valid }, devExceptionPage));
    // The HTML page whatever the client asks for.
    servers.push(await startHttp((_req, res) => { res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', server: 'Kestrel' }); res.end(devPage('')); }));
    // A production app: its 500 page and a 404.
    servers.push(await startHttp((req, res) => {
      if (req.url === '/') { res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', server: 'Kestrel' }); res.end(PRODUCTION_ERROR_VIEW); return; }
      res.writeHead(404, { server: 'Kestrel' }); res.end();
    }));
  }, 60_000);
  afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

  it('the plain-text form over HTTPS fails critical', async () => {
    seenAccept = [];
    const url = `${servers[0]!.url}/`;
    const { get } = await probeLive({ url, ca: pki.ca }, ['dev-server-exposed']);
    expect(failuresOf(get('dev-server-exposed'), 'dev-server-exposed').map((f) => [f.severity, f.message])).toEqual([
      ['critical', `${url} exposes ASP.NET's developer exception page; run the app with ASPNETCORE_ENVIRONMENT=Production (the default when unset) and UseDeveloperExceptionPage() only in Development`],
    ]);
    // The probe did not ask for HTML: the form it judged is the plain-text one.
    expect(seenAccept.some((a) => (a ?? '').includes('text/html'))).toBe(false);
  }, 30_000);

  it('the HTML page by its structure fails critical', async () => {
    const url = `${servers[1]!.url}/`;
    const { get } = await probeLive({ url }, ['dev-server-exposed']);
    expect(failuresOf(get('dev-server-exposed'), 'dev-server-exposed').map((f) => f.severity)).toEqual(['critical']);
  }, 30_000);

  it("a production app's 500 page passes", async () => {
    const { get } = await probeLive({ url: `${servers[2]!.url}/` }, ['dev-server-exposed']);
    const o = get('dev-server-exposed');
    expect(o.error).toBeUndefined();
    expect(failuresOf(o, 'dev-server-exposed')).toEqual([]);
  }, 30_000);
});
