import { z } from 'zod';
import { defineProbe } from './define.js';
import type { Chain, Fetched, HttpResponse } from './observation.js';
import { botChallenge, CHALLENGE_ADVICE, describeStop, failedHopOf, GATEWAY_DOWN, gatewayDown, header, keepsPath, protectedReason, shownUrl } from './util.js';

/**
 * A chain that ends on a redirect not followed because it leads to another host (or a metadata address): what it leads
 * to was not seen. A login wall there (an SSO portal, an identity provider) is what the public gets: that is judged.
 */
const leadsElsewhere = (chain: Chain) => (chain.stopped?.reason === 'off-host' || chain.stopped?.reason === 'metadata') && !protectedReason(chain);
/** A fetch with the same-host redirects it followed, as a chain. */
const chainOf = (f: Fetched): Chain => ({ start: f.redirectedFrom ?? f.url, hops: [...(f.hops ?? []), ...(f.response ? [f.response] : [])], ...(f.stopped ? { stopped: f.stopped } : {}) });
/**
 * A not-found fetch that ends on a redirect to another host keeping its random path (`/preflight-probe-x` →
 * `https://www.example.com/preflight-probe-x`): the not-found page is there, unseen. One to a fixed URL that drops the
 * path (every unknown path → `https://www.example.com/`) is the application's answer to that path, and it shows no debug page.
 */
const notFoundElsewhere = (f: Fetched) => {
  const chain = chainOf(f);
  return leadsElsewhere(chain) && keepsPath(chain.stopped!.location, `/${new URL(f.url).pathname.split('/').pop() ?? ''}`);
};

/**
 * A response as findings name it: its URL, or, reached through redirects (`from`: the URL first asked), the URL reached,
 * printed as a redirect's URL (no password, no query), and the one asked.
 */
const named = (a: { res: HttpResponse; from?: string | undefined }): { url: string; where: string } =>
  (a.from ? { url: shownUrl(a.res.url, '', true), where: `${shownUrl(a.res.url)} (redirected from ${a.from})` } : { url: a.res.url, where: a.res.url });

/** `inResponse`: a stack trace found in a response, said to be in "the error response" (a status of 400 or more) or in "its 200 response". */
/**
 * `advice`: what to change, closing the message (else "run a production server with debug off"); `fix`: the finding's
 * fix, for a debug page the framework's own setting shows (Django's DEBUG, Flask's debug mode, NODE_ENV), whatever server
 * serves it (gunicorn serves a DEBUG = True project as readily as runserver).
 */
interface Signal { what: string; advice?: string; fix?: string; inResponse?: true; header?: [string, RegExp]; body?: RegExp | ((body: string) => boolean); response?: (res: HttpResponse) => boolean }

/** A script element of a page: its open tag (its first 4 KiB) and its text. */
interface ScriptElement { tag: string; text: string; start: number; end: number }
/** At most this many script elements of a page are looked at (a page has tens). */
const MAX_SCRIPTS = 10_000;
/**
 * The script elements of an HTML page (`<script …>` to `</script>`, or to the end of a page cut short), in one pass:
 * text HTML-escaped (`&lt;script&gt;`) or quoted in a `<pre><code>` is none. Linear in the body.
 */
let lastScripts: { body: string; scripts: ScriptElement[] } | undefined;
function scriptsOf(body: string): ScriptElement[] {
  // The signals of one response ask for the same body's scripts in turn: found once.
  if (lastScripts?.body === body) return lastScripts.scripts;
  const scripts = findScripts(body);
  lastScripts = { body, scripts };
  return scripts;
}
function findScripts(body: string): ScriptElement[] {
  const lower = body.toLowerCase();
  const out: ScriptElement[] = [];
  let at = 0;
  while (out.length < MAX_SCRIPTS) {
    const open = lower.indexOf('<script', at);
    if (open < 0) break;
    // `<scripts>`, `<script-x>`: another element.
    if (!/[\s>/]/.test(lower[open + 7] ?? '')) { at = open + 7; continue; }
    const gt = lower.indexOf('>', open);
    if (gt < 0) break;
    const close = lower.indexOf('</script', gt + 1);
    const end = close < 0 ? body.length : close;
    out.push({ tag: body.slice(open, Math.min(gt + 1, open + 4096)), text: body.slice(gt + 1, end), start: gt + 1, end });
    if (close < 0) break;
    at = close + 8;
  }
  return out;
}
/** A script element that runs JavaScript: no `type`, or a JavaScript one (not `text/plain`, `text/template`, JSON…). */
const runsJs = (tag: string) => {
  const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(tag)?.[1];
  return type === undefined || /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|module)?$/i.test(type);
};

/**
 * Whether a match of `re` (global) in `body` is markup, not text: inside a tag (an attribute: `src="/@vite/client"`) or
 * inside a script element (`self.__next_f.push(…)`, `__NEXT_DATA__`). Text quoting it (prose, `<pre><code>`, HTML-escaped
 * `&lt;script src=…&gt;`) is neither. The first 1000 matches are looked at, each over a bounded window.
 */
function inMarkup(body: string, re: RegExp): boolean {
  let n = 0;
  for (const m of body.matchAll(re)) {
    if (++n > 1000) return false;
    const i = m.index;
    // Inside a tag: the nearest `<` before it opens one (`<x`) and no `>` closes it in between.
    const from = Math.max(0, i - 4096);
    const before = body.slice(from, i);
    const lt = before.lastIndexOf('<');
    if (lt >= 0 && lt > before.lastIndexOf('>') && /^<[a-z]/i.test(before.slice(lt, lt + 2))) return true;
    if (scriptsOf(body).some((s) => i >= s.start && i < s.end)) return true;
  }
  return false;
}

/**
 * The Werkzeug debugger page's own markers (traceback or console), never text about it: its script's settings
 * (`var … CONSOLE_MODE = false, EVALEX = true`) inside a script element, its resources loaded by a real `<script src>`
 * or `<link href>` (`?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js`), or its title (`… // Werkzeug Debugger`).
 * A post quoting the settings line in a `<pre><code>` or HTML-escaped (`&lt;script&gt;`) shows none of them.
 * Undefined when it is not the debugger's page; else whether its console runs code (`EVALEX = true`) or not
 * (`use_evalex=False`: the traceback and source only).
 */
const WERKZEUG_SETTINGS = /\bCONSOLE_MODE\s*=\s*(true|false)\s*,\s*EVALEX\s*=\s*(\w*)/;
const WERKZEUG_TITLE = /<title>[^<]*\/\/\s*Werkzeug Debugger\s*<\/title>/;
/** The debugger's resource URL as the page's `<script src>`/`<link href>` loads it (a path before the query allowed). */
const WERKZEUG_RESOURCE = /^<(?:script|link)\b[^>]*\s(?:src|href)\s*=\s*["']?[^"'\s>]{0,300}$/i;
function werkzeugResource(body: string): boolean {
  let from = 0;
  for (let n = 0; n < 1000; n++) {
    const i = body.indexOf('?__debugger__=yes&', from);
    if (i < 0) return false;
    from = i + 1;
    if (!/^\?__debugger__=yes&(?:amp;)?cmd=resource/.test(body.slice(i, i + 40))) continue;
    // The open tag it is an attribute of: the last `<` before it, with no `>` in between.
    const before = body.slice(Math.max(0, i - 2000), i);
    const head = before.slice(before.lastIndexOf('<'));
    if (head.startsWith('<') && !head.includes('>') && WERKZEUG_RESOURCE.test(head)) return true;
  }
  return false;
}
function werkzeugDebugger(body: string): { evalex: boolean } | undefined {
  if (!body.includes('Werkzeug Debugger') && !body.includes('CONSOLE_MODE') && !body.includes('__debugger__')) return undefined;
  const settings = body.includes('CONSOLE_MODE')
    ? scriptsOf(body).filter((s) => runsJs(s.tag)).map((s) => WERKZEUG_SETTINGS.exec(s.text)).find((m) => m)
    : undefined;
  if (settings) return { evalex: settings[2] !== 'false' };
  return WERKZEUG_TITLE.test(body) || werkzeugResource(body) ? { evalex: !EVALEX_OFF.test(body) } : undefined;
}

/** The Werkzeug debugger page's settings with code execution off (`app.run(debug=True, use_evalex=False)`). */
const EVALEX_OFF = /\bEVALEX\s*=\s*false\b/;

/**
 * ASP.NET Core's developer exception page, which `app.UseDeveloperExceptionPage()` or the Development environment (the
 * default of `dotnet run` through launchSettings.json, `ASPNETCORE_ENVIRONMENT=Development`) turns on.
 */
const ASPNETCORE_FIX = {
  advice: 'run the app with ASPNETCORE_ENVIRONMENT=Production (the default when unset) and UseDeveloperExceptionPage() only in Development',
  fix: 'Run the app with `ASPNETCORE_ENVIRONMENT=Production` (the default when unset; `dotnet run` takes Development from launchSettings.json), call `app.UseDeveloperExceptionPage()` only under `app.Environment.IsDevelopment()`, and use `app.UseExceptionHandler(…)` in production.',
};

/** Flask's debug mode, which the Werkzeug debugger (its traceback page and `/console`) comes with. */
const WERKZEUG_DEBUG_FIX = {
  advice: "turn Flask's debug mode off (no app.run(debug=True), FLASK_DEBUG or flask run --debug) and serve the app with a WSGI server such as gunicorn",
  fix: 'Turn debug mode off: remove `debug=True` (and `use_debugger=True`) from `app.run()`, unset `FLASK_DEBUG` and drop `flask run --debug`, and serve the app with a WSGI server such as gunicorn.',
};

/**
 * Where a Node.js frame points on the server: a script position (`/app/app.js:9:41`, `C:\app\x.js:1:2`, `file:///app/x.mjs:3:7`)
 * or a built-in module's (`node:internal/…`, `node:net:1607:16`, `node:dns:81:26`, `node:events:519:28`: a database or cache
 * that cannot be reached shows only these). A bare `node:` in prose has no line and column.
 */
const NODE_POSITION = String.raw`(?:\.[cm]?[jt]sx?:\d+:\d+|\bnode:(?:internal\/|[\w/.-]{1,100}:\d+:\d+))`;
/**
 * A stack frame's server position, in parentheses (`at fn (/app/x.js:1:2)`) or bare (`at /app/x.js:1:2`,
 * `at async /app/x.js:1:2`); a browser's frame names a URL (`https://shop.example/assets/index.js:12:3`), never a server.
 */
const NODE_SERVER_FRAME = String.raw`(?:[^<\n(]{0,300}\((?!https?:\/\/)[^()<\n]{0,300}?|(?:async )?(?!https?:\/\/)[^\s<]{0,300}?)${NODE_POSITION}`;
/** A Node.js stack in a `<pre>` (`Error: …` then frames `<br> &nbsp; &nbsp;at …` or `\n    at …`), up to a frame with a server position. */
const NODE_PRE_STACK = String.raw`<pre>\s*\w*Error\b(?::(?:[^<]|<br>){0,2000}?)?(?:<br> &nbsp; &nbsp;|\r?\n {4})at ${NODE_SERVER_FRAME}`;
/**
 * A Node.js stack trace as Express shows it outside production, on its page's own structure: finalhandler's default
 * page, whose body is the `<pre>` alone (`<body>\n<pre>NotFoundError: Not Found<br> &nbsp; &nbsp;at …</pre>\n</body>`,
 * `Error<br> &nbsp; &nbsp;at …` for an error without a message), and express-generator's error view, the message and
 * status (empty for a thrown error) right before the stack (`<h1>Not Found</h1><h2>404</h2><pre>NotFoundError: …\n    at …`,
 * in any layout). A page quoting a stack in a `<pre>` among its own content (a post, a status page) is neither.
 * (A body cut at the collector's cap inside the `<pre>` still counts as the whole body.)
 */
const EXPRESS_STACK = new RegExp(String.raw`<h1>[^<]{0,2000}<\/h1>\s*<h2>(?:\d{3})?<\/h2>\s*${NODE_PRE_STACK}|(?:^|<body\b[^>]*>)\s*${NODE_PRE_STACK}(?:[^<]|<br>)*(?:<\/pre>\s*(?:<\/body>|$)|$)`);

/**
 * Django's technical 404/500 pages (DEBUG = True): the "You're seeing this error because you have
 * <code>DEBUG = True</code>" paragraph opening the page's `#explanation` element (`<div id="explanation">`,
 * `<footer id="explanation">` since Django 4), with the apostrophe straight, typographic (Django ≥ 3) or escaped…
 */
const DJANGO_EXPLANATION = /\bid=["']?explanation\b["']?[^>]*>\s*<p>\s*You(?:'|’|&#x27;|&#39;|&rsquo;|&#8217;|&#x2019;)re seeing this error because you have <code>DEBUG = True<\/code>/i;
/** …on a page with the template's own structure: its `Page not found at /…` title, its `#summary` header or its `#traceback`. */
const DJANGO_PAGE = /<title>Page not found at \/|\bid=["']?(?:summary|traceback)\b/;

/** A Java stack frame as `Throwable.printStackTrace` writes it (`at com.acme.Foo.bar(Foo.java:42)`, `at java.base/…`, `&lt;init&gt;` escaped). */
const JAVA_FRAME = String.raw`[\w$/.@-]+\.(?:[\w$]+|&lt;c?init&gt;|<c?init>)\((?:[\w$-]+\.(?:java|kt|scala|groovy):\d+|Native Method|Unknown Source)\)`;

/**
 * Spring Boot's Whitelabel error page with its stack trace (`server.error.include-stacktrace`): the trace in the
 * page's `white-space:pre-wrap` div, frames `\tat …(File.java:N)`. Without the trace the page is only a banner.
 */
const SPRING_WHITELABEL_TRACE = new RegExp(String.raw`<h1>Whitelabel Error Page<\/h1>[\s\S]{0,20000}?<div style='white-space:pre-wrap;'>[^<]{0,20000}?\r?\n\tat ${JAVA_FRAME}`);
/** Spring Boot's JSON error body with its `trace` field (`"trace":"java.lang.…Exception…\n\tat …(File.java:N)`). */
const SPRING_JSON_TRACE = new RegExp(String.raw`"trace"\s*:\s*"(?:[^"\\]|\\.){0,20000}?(?:\\r)?\\n\\tat ${JAVA_FRAME}`);
/**
 * Tomcat's default error report (ErrorReportValve, `showReport` on by default) with a stack trace: its
 * `HTTP Status 500 – …` heading, then a `<pre>` whose frames are `\tcom.acme.Foo.bar(Foo.java:42)` (Tomcat ≥ 7) or `\tat …`.
 */
const TOMCAT_TRACE = new RegExp(String.raw`<h1>HTTP Status \d{3} [–-][\s\S]{0,20000}?<pre>[^<]{0,20000}?\r?\n\t(?:at )?${JAVA_FRAME}`);

/**
 * A Python traceback as the whole response (`Traceback (most recent call last):` first, then `File "…", line N`):
 * what Starlette/FastAPI's debug mode answers a client that does not ask for HTML, and Tornado's `serve_traceback`.
 * A page that quotes a traceback (in a `<pre>`, an article) does not start with it.
 */
const PYTHON_TRACEBACK_BODY = /^\s*(?:\+ Exception Group )?Traceback \(most recent call last\):\r?\n[ \t|]*File "[^"\r\n]+", line \d+/;

/**
 * A Node.js stack in a JSON error body (a NestJS exception filter or Express error handler that returns
 * `err.stack`): `"stack":"TypeError: …\n    at OrdersService.find (/usr/src/app/dist/orders.service.js:21:27)"`;
 * or a plain body that is the stack itself.
 */
const NODE_STACK_JSON = new RegExp(String.raw`"stack"\s*:\s*"(?:[^"\\]|\\.){0,20000}?\\n {4}at (?:[^"\\\n]|\\.){0,300}?${NODE_POSITION}`);
const NODE_STACK_BODY = new RegExp(String.raw`^\s*[\w$.]*Error\b[^\n]{0,2000}\r?\n {4}at [^\n]{0,300}?${NODE_POSITION}`);

/**
 * The `errorhandler` middleware's development page (expressjs/errorhandler, Connect's errorHandler before it), as it
 * answers a client accepting HTML or any type: the stack's frames as a list, `<ul id="stacktrace"><li> &nbsp; &nbsp;at …</li>…`,
 * up to a frame that names a script position (`account.js:14:31`) or Node's internals. A frame list, never a word;
 * and the page's own, not one shown inside a post's `<article>`, a `<figure>` or a `<blockquote>`.
 */
const ERRORHANDLER_STACK = new RegExp(String.raw`<ul id=["']?stacktrace["']?>(?:\s*<li>[^<]{0,2000}<\/li>){0,50}?\s*<li>(?:\s|&nbsp;)*at [^<]{0,300}?${NODE_POSITION}`);
/** Elements that quote or illustrate (a post's `<article>`, a `<figure>`, a `<blockquote>`): the errorhandler page has none around its list. */
const QUOTING = ['article', 'figure', 'blockquote'];
const openIn = (html: string, tag: string) => (html.match(new RegExp(`<${tag}[\\s>]`, 'gi'))?.length ?? 0) > (html.match(new RegExp(`</${tag}\\s*>`, 'gi'))?.length ?? 0);
const errorhandlerPage = (body: string) => {
  const m = ERRORHANDLER_STACK.exec(body);
  return m !== null && !QUOTING.some((t) => openIn(body.slice(0, m.index), t));
};

/**
 * Plug.Debugger's page (Phoenix's `debug_errors: true`, `use Plug.Debugger`): its exception header
 * (`<header class="exception-info"><h5 class="struct">Phoenix.Router.NoRouteError <small>at GET</small>`, the struct
 * and the request's method), on a page that lists Elixir frames (`lib/phoenix/router.ex:491`, or the file with its
 * `<span class="line">:491</span>`).
 */
const PLUG_DEBUGGER_HEADER = /<header class=["']?exception-info["']?>\s*<h5 class=["']?struct["']?>[^<]{1,300}<small>at [A-Z]{3,10}<\/small>/;
const ELIXIR_FRAME = /[\w./-]+\.exs?(?:<span class=["']?line["']?>)?:\d+/;

/**
 * A .NET stack frame as `Exception.ToString()` writes it: three spaces, `at`, the method with its type's namespace and its
 * parameters, then the file and line when symbols are deployed (`   at Api.Program.<>c.<<Main>$>b__0_1() in
 * /src/Api/Program.cs:line 31`, `   at lambda_method3(Closure, IServiceProvider, Object[])`). Java writes `\tat`, Node four spaces.
 */
const DOTNET_METHOD = String.raw`[\w$.<>\x60|+\[\],]{1,500}`;
const DOTNET_FRAME = String.raw` {3}at ${DOTNET_METHOD}\([^()\r\n]{0,1000}\)`;
/**
 * A .NET exception as the whole body (`System.InvalidOperationException: …`, its inner exceptions' ` ---> …` lines, then
 * frames): what ASP.NET Core's developer exception page answers a client that does not ask for HTML (one accepting any type), and
 * an error handler that writes `exception.ToString()`. A page quoting one does not start with it.
 */
const DOTNET_TRACE = String.raw`^\s*(?:[\w\x60]+\.)*[\w\x60]*Exception\b[^\r\n]{0,2000}(?:\r?\n(?! {3}at )[^\r\n]{0,2000}){0,50}?\r?\n${DOTNET_FRAME}`;
const DOTNET_TRACE_BODY = new RegExp(DOTNET_TRACE);
/** …followed by the request's headers, as the developer exception page's plain-text form lists them (`HEADERS` / `=======`). */
const ASPNETCORE_DEV_PAGE_TEXT = new RegExp(String.raw`${DOTNET_TRACE}[\s\S]{0,200000}?\r?\n\r?\nHEADERS\r?\n=======\r?\n`);
/**
 * ASP.NET Core's developer exception page (its `ErrorPage.cshtml`), by its heading, or by its exception title
 * (`<div class="titleerror">`) with the page's own stack: its Stack/Query/Cookies/Headers tabs (`<ul id="header"> <li
 * id="stack"`), its `#stackpage` or its frames (`<li class="frame" id="frame1">`).
 */
const ASPNETCORE_DEV_PAGE_HTML = /<h1>An unhandled exception occurred while processing the request\.<\/h1>|<div class=["']?titleerror["']?>[\s\S]{0,200000}?(?:<ul id=["']?header["']?>\s*<li id=["']?stack["']?|<div id=["']?stackpage["']?|<li class=["']?frame["']? id=["']?frame\d)/;
/** Classic ASP.NET's "Server Error in '/App' Application." page with its details, or the comment of its verbose form. */
const ASPNET_CLASSIC_DETAILS = /Server Error in '[^'<]{0,200}' Application\.?[\s\S]{0,4000}?<b>\s*(?:Exception Details|Stack Trace|Source Error|Version Information):\s*<\/b>|This error page might contain sensitive information because ASP\.NET is configured to show verbose error messages/;
/**
 * A .NET stack in a JSON error's string (an error handler returning `exception.ToString()` or `exception.StackTrace`,
 * ASP.NET Core 8's developer problem details `"exception":{"details":"System.…Exception: …\r\n   at …"}`): a value that is the
 * stack, from its exception's name then a frame, or from its first frame when a second one follows (System.Text.Json writes
 * `<` and `>` as `\u003C`, `\u003E`). A single "   at x(y)" in a string is prose, not a stack.
 */
const DOTNET_JSON_METHOD = String.raw`(?:[\w$.<>\x60|+\[\],]|\\u00[\da-fA-F]{2}){1,500}`;
const DOTNET_JSON_FRAME = String.raw` {3}at ${DOTNET_JSON_METHOD}\((?:[^()"\\]|\\.){0,1000}\)`;
const DOTNET_STACK_JSON = new RegExp(String.raw`:\s*"(?:(?:[\w\x60]+\.)*[\w\x60]*Exception\b(?:[^"\\]|\\.){0,20000}?(?:\\r)?\\n${DOTNET_JSON_FRAME}|${DOTNET_JSON_FRAME}(?: in (?:[^"\\]|\\[^rn]){0,1000}?)?(?:\\r)?\\n${DOTNET_JSON_FRAME})`);
/**
 * A JSON response: its `Content-Type` (`application/json`, `application/problem+json`, any `+json`), or a body that is a
 * JSON object or array. An HTML page (API docs quoting a sample error, a Next.js `__NEXT_DATA__` blob) is none.
 */
const JSON_TYPE = /^[\w.+-]+\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const isJson = (res: HttpResponse) => JSON_TYPE.test(header(res, 'content-type') ?? '') || /^\s*[{[]/.test(res.body);

/** A script tag whose `src` is exactly the file named (after an optional path prefix). */
const scriptSrc = (file: string) => new RegExp(String.raw`<script\b[^>]*\bsrc=["']?(?:[^"'\s>]*\/)?${file}["'\s>]`, 'i');
/**
 * Create React App's dev server (`react-scripts start`, webpack-dev-server): its page loads the unhashed
 * `/static/js/bundle.js` (a production build loads `/static/js/main.<hash>.js`). The name alone could be any site's
 * own bundle under a `/static/` root (Django's static files, an Express app's own webpack output), so it counts only
 * on CRA's `public/index.html` shell (its empty `<div id="root"></div>` or its "You need to enable JavaScript to run
 * this app." noscript) and with the dev server's Express (`X-Powered-By: Express`) or, before CRA 5, the unhashed
 * `main.chunk.js` it loads alongside.
 */
const CRA_BUNDLE = scriptSrc(String.raw`static\/js\/bundle\.js`);
const CRA4_CHUNK = scriptSrc(String.raw`static\/js\/(?:vendors~)?main\.chunk\.js`);
const CRA_SHELL = /<div id=["']?root["']?\s*>\s*<\/div>|<noscript>\s*You need to enable JavaScript to run this app\.\s*<\/noscript>/i;
const expressHeader = (res: HttpResponse) => /^Express$/i.test(header(res, 'x-powered-by') ?? '');
const craDev = (res: HttpResponse) => CRA_BUNDLE.test(res.body) && CRA_SHELL.test(res.body) && (expressHeader(res) || CRA4_CHUNK.test(res.body));
/**
 * Angular CLI's webpack dev server (`ng serve` before v17's Vite server, which `/@vite/client` already shows): the
 * unhashed `runtime.js`, `polyfills.js` and `main.js` (`-es2015`/`-es5` with v8–10's differential loading) in one
 * folder (the page's own, `/`, or a `--deploy-url` such as `/app/`) with the development build's unextracted
 * `styles.js`, or with its `vendor.js` chunk from the dev server's Express (`X-Powered-By: Express`). A production build
 * hashes them (`main.<hash>.js`); one built with `--output-hashing none` has no styles.js (and is served by
 * something other than the dev server) and passes, with or without a vendor chunk.
 */
const NG_SCRIPT = /^(runtime|polyfills|main|vendor|styles)(?:-es2015|-es5)?\.js$/;
const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi;
const angularDev = (res: HttpResponse) => {
  const byFolder = new Map<string, Set<string>>();
  for (const [, src] of res.body.matchAll(SCRIPT_SRC)) {
    const cut = src!.lastIndexOf('/') + 1;
    const name = NG_SCRIPT.exec(src!.slice(cut))?.[1];
    if (!name) continue;
    const folder = src!.slice(0, cut).replace(/^\.\//, '');
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(name));
  }
  return [...byFolder.values()].some((n) => n.has('runtime') && n.has('polyfills') && n.has('main') && (n.has('styles') || (n.has('vendor') && expressHeader(res))));
};

/**
 * Rails' development error page (`consider_all_requests_local`): its layout's title (`<title>Action Controller: Exception
 * caught</title>`), or the routing error's heading followed by the trace's `<code>Rails.root: …</code>`. The phrase in a
 * post (prose, an escaped `&lt;title&gt;`) is no page. Linear: one search each.
 */
const RAILS_TITLE = /<title>\s*Action Controller: Exception caught\s*<\/title>/;
const railsErrorPage = (body: string) => {
  if (RAILS_TITLE.test(body)) return true;
  const h1 = body.indexOf('<h1>Routing Error</h1>');
  return h1 >= 0 && body.indexOf('<code>Rails.root: ', h1) > h1;
};

/**
 * Laravel's debug pages (APP_DEBUG=true), by their own markup or by the framework's stack in an error response, never the
 * framework's namespace in text: a post or a docs page about `Illuminate\Foundation` (or quoting a trace) is no page.
 * - Whoops (Laravel 4, 5.5–5.8): its `<title>Whoops! There was an error.</title>`;
 * - Ignition (Laravel 6–10): `window.ignite(` inside a (JavaScript) script element, which starts its page;
 * - any other renderer (Laravel 11+'s own exception page, 5.0–5.4's Symfony debug page, the JSON `trace` an API request
 *   gets): an error response (status 400 or more: the debug page answers an exception, a post answers 200) listing two
 *   frames or more of the framework: an `Illuminate\…` class called (`Illuminate\Foundation\Http\Kernel->handle`, `::`, the Symfony page's `<abbr title="Illuminate\…">Kernel</abbr>->handle`)
 *   or with its line (`…\Kernel:175`), or a file of `laravel/framework/src/Illuminate/…` with its line (`…/Kernel.php:175`,
 *   `(175)`, ` line 175`, JSON's `"line": 175`), in the page's text (tags taken out, entities decoded) or its markup
 *   (an attribute such as `title="…/Kernel.php line 116"`).
 */
const WHOOPS_TITLE = /<title>Whoops! There was an error\.<\/title>/;
const IGNITION_START = /\bwindow\.ignite\s*\(/;
/**
 * A frame of the framework: a class called or with its line, or its file with its line. Backslashes single or
 * JSON-escaped. No word boundary before it: the page's text with its tags taken out runs one element's text into the next.
 */
const ILLUMINATE_FRAME = /Illuminate(?:\\{1,2}[A-Za-z_]\w{0,100}){1,12}(?:["']>\w{1,100}<\/abbr>)?\s{0,20}(?:->|-&gt;|::)\s{0,20}[A-Za-z_]\w{0,100}|Illuminate(?:\\{1,2}[A-Za-z_]\w{0,100}){1,12}\s{0,20}:\d+|laravel\\?\/framework\\?\/src\\?\/Illuminate(?:\\?\/\w{1,100}){1,12}\.php(?::\d+|\(\d+\)|\s{1,20}(?:on\s+)?line\s+\d+|"\s{0,20},\s{0,20}"line"\s{0,20}:\s{0,20}\d+)/g;
const ENTITIES: Record<string, string> = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#039;': "'", '&#x27;': "'", '&#92;': '\\', '&#x5c;': '\\', '&#x5C;': '\\' };
/** The distinct framework frames `text` lists (at most `max`: only whether there are two matters). */
function illuminateFrames(text: string, into: Set<string>, max: number): void {
  for (const m of text.matchAll(ILLUMINATE_FRAME)) {
    into.add(m[0].replace(/\\\\/g, '\\').replace(/-&gt;/g, '->').replace(/\s+/g, ''));
    if (into.size >= max) return;
  }
}
const laravelDebugPage = (res: HttpResponse): boolean => {
  const body = res.body;
  if (WHOOPS_TITLE.test(body)) return true;
  if (body.includes('ignite') && scriptsOf(body).some((s) => runsJs(s.tag) && IGNITION_START.test(s.text))) return true;
  if (res.status < 400 || !body.includes('Illuminate')) return false;
  const frames = new Set<string>();
  illuminateFrames(body, frames, 2);
  if (frames.size < 2) illuminateFrames(body.replace(/<[^<>]{0,4096}>/g, '').replace(/&(?:gt|lt|amp|quot|#0?39|#x27|#92|#x5[cC]);/g, (e) => ENTITIES[e] ?? e), frames, 2);
  return frames.size >= 2;
};

/** Banners of development servers and debug pages, by header or body. */
export const DEV_SIGNALS: Signal[] = [
  // The header names the server, not how it was started (`flask run`, `app.run()`, `python app.py`).
  { what: 'the Werkzeug development server (flask run or app.run())', header: ['server', /werkzeug/i] },
  // The debugger page's own markers (its resources, its script's settings, its title), never a phrase:
  // a page may well write about "the Werkzeug Debugger".
  // Its traceback page says whether the console runs code (`EVALEX = true`); `use_evalex=False` shows the traceback and
  // source only: still debug mode, not code execution.
  { what: 'the Werkzeug interactive debugger', ...WERKZEUG_DEBUG_FIX, body: (b) => werkzeugDebugger(b)?.evalex === true },
  { what: "the Werkzeug debugger's traceback page (debug mode on, console off: the source and traceback are shown)", ...WERKZEUG_DEBUG_FIX, body: (b) => werkzeugDebugger(b)?.evalex === false },
  // Django's runserver is built on wsgiref, whose simple_server sends the same header.
  { what: "a wsgiref development server (Django's runserver or wsgiref.simple_server)", header: ['server', /WSGIServer\/[\d.]+ CPython/i] },
  // Django ≥ 3 writes a typographic apostrophe (U+2019) in its 404 and 500 templates.
  // By the template's structure, never the sentence alone: a blog or tutorial may quote it (`DEBUG = True` in backticks).
  { what: "Django's DEBUG page", advice: 'set DEBUG = False in the production settings (e.g. read from a DJANGO_DEBUG environment variable that production leaves unset)', fix: "Set `DEBUG = False` in Django's production settings (for example `DEBUG = os.environ.get('DJANGO_DEBUG') == '1'`, unset in production), whatever server runs it, and list the site's host names in `ALLOWED_HOSTS`, which Django then enforces.", body: (b) => DJANGO_EXPLANATION.test(b) && DJANGO_PAGE.test(b) },
  { what: "Python's http.server", header: ['server', /^(SimpleHTTP|BaseHTTP)\//i] },
  // Ruby's standard-library server (`ruby -run -e httpd`, `rails s` before Puma): the analogue of http.server.
  { what: "Ruby's WEBrick (a development server)", header: ['server', /^WEBrick\//i] },
  { what: "Rails' development error page", advice: 'run the app with RAILS_ENV=production, where config.consider_all_requests_local = false', fix: 'Run the app with `RAILS_ENV=production` and keep `config.consider_all_requests_local = false` in `config/environments/production.rb`: the development error page shows the source, the request, the routes and the backtrace.', body: railsErrorPage },
  { what: "Phoenix/Plug's debug error page (Plug.Debugger, debug_errors: true)", advice: 'run a release built with MIX_ENV=prod, whose endpoint has debug_errors: false', fix: 'Run a release built with `MIX_ENV=prod`: the endpoint\'s `debug_errors: true` belongs in `config/dev.exs` only, and `use Plug.Debugger` stays out of production (`if Mix.env() == :dev`).', body: (b) => PLUG_DEBUGGER_HEADER.test(b) && ELIXIR_FRAME.test(b) },
  { what: "Laravel's debug page (Whoops/Ignition)", advice: 'set APP_DEBUG=false (and APP_ENV=production) in the production .env', fix: 'Set `APP_DEBUG=false` and `APP_ENV=production` in the production `.env` (then `php artisan config:cache`): with debug on, Laravel answers errors with Ignition/Whoops, showing the source, the environment and the request.', response: laravelDebugPage },
  { what: "the Symfony profiler", advice: 'run the app with APP_ENV=prod and APP_DEBUG=0, without the dev dependencies', fix: 'Run the app with `APP_ENV=prod` and `APP_DEBUG=0`, installed with `composer install --no-dev`: the web profiler (`X-Debug-Token-Link`) records every request with its headers, session, queries and configuration.', header: ['x-debug-token-link', /./] },
  // Pages Router dev pages; App Router dev pages load unhashed chunks with a cache-busting `?v=` timestamp
  // (`/_next/static/chunks/webpack.js?v=…`, a production build serves `webpack-<hash>.js`) and name their modules.
  { what: 'the Next.js development server', body: (b) => inMarkup(b, /\/_next\/static\/development\/|\/_next\/webpack-hmr|"buildId":"development"|\/_next\/static\/chunks\/(?:webpack|main-app|main|app-pages-internals|polyfills)\.js\?v=\d|\(app-pages-browser\)\/\.\/node_modules\/next\//g) },
  { what: 'the Vite development server', body: (b) => inMarkup(b, /\/@vite\/client/g) },
  { what: 'webpack-dev-server', body: (b) => inMarkup(b, /webpack-dev-server\/client|__webpack_dev_server_client__/g) },
  { what: "Create React App's development server (react-scripts start)", response: craDev },
  { what: "Angular CLI's development server (ng serve)", response: angularDev },
  { what: 'an Express stack trace (NODE_ENV is not production)', advice: 'set NODE_ENV=production where the app runs', fix: "Set `NODE_ENV=production` in the environment the app runs in (Express's default error handler sends the stack trace unless it is), and keep custom error handlers from sending `err.stack`.", body: EXPRESS_STACK },
  { what: "the errorhandler middleware's stack trace (Express/Connect's development error handler)", advice: 'mount errorhandler() in development only and set NODE_ENV=production where the app runs', fix: "Mount `errorhandler()` in development only (`if (process.env.NODE_ENV === 'development') app.use(errorhandler())`), set `NODE_ENV=production` where the app runs, and answer errors in production with a handler that never sends `err.stack`.", body: errorhandlerPage },
  { what: 'a Node.js stack trace', inResponse: true, advice: 'stop sending err.stack to clients and set NODE_ENV=production where the app runs', fix: 'Answer errors without the stack: an error handler (Express\'s, a NestJS exception filter) must send a message, never `err.stack`; one that sends the stack in development only needs `NODE_ENV=production` set where the app runs.', body: (b) => NODE_STACK_JSON.test(b) || NODE_STACK_BODY.test(b) },
  { what: "Starlette/FastAPI's debug page (debug=True)", advice: 'create the app with debug=False (the default) in production', fix: 'Create the app with `debug=False`, the default (`FastAPI(debug=False)`, `Starlette(debug=False)`), and do not turn it on from a production setting or environment variable: debug mode answers errors with the traceback and source.', body: /<title>Starlette Debugger<\/title>[\s\S]{0,20000}?class=["']traceback-container["']/ },
  { what: 'a Python traceback (a debug mode such as FastAPI/Starlette debug=True or Tornado serve_traceback)', advice: "turn the framework's debug mode off (FastAPI/Starlette debug=False; Tornado debug=False and serve_traceback=False)", fix: "Turn the framework's debug mode off in production: `FastAPI(debug=False)`/`Starlette(debug=False)` (the default), Tornado's `Application(debug=False, serve_traceback=False)`; and keep error handlers from returning `traceback.format_exc()`.", body: PYTHON_TRACEBACK_BODY },
  { what: "Spring Boot's error page with a stack trace (server.error.include-stacktrace)", advice: 'set server.error.include-stacktrace=never (the default) and keep spring-boot-devtools out of the production build', fix: 'Set `server.error.include-stacktrace=never` (the default; not `always` or `on-param`) in the production configuration, and keep `spring-boot-devtools`, which turns it on, out of the production artifact (`<optional>true</optional>` in Maven, `developmentOnly` in Gradle).', body: (b) => SPRING_WHITELABEL_TRACE.test(b) || SPRING_JSON_TRACE.test(b) },
  { what: "Tomcat's error report with a stack trace (ErrorReportValve showReport)", advice: 'set showReport="false" and showServerInfo="false" on Tomcat\'s ErrorReportValve', fix: 'In Tomcat\'s `server.xml`, add `<Valve className="org.apache.catalina.valves.ErrorReportValve" showReport="false" showServerInfo="false"/>` to the `<Host>` (or map an `<error-page>` for `java.lang.Throwable` in `web.xml`), so an exception is answered without its stack trace.', body: TOMCAT_TRACE },
  // Puma in development (`-e development`, RACK_ENV=development) answers an application error with its backtrace;
  // in production it says only "An unhandled lowlevel error occurred".
  { what: "Puma's development error page with a backtrace (RACK_ENV=development)", advice: 'run Puma with RACK_ENV=production (RAILS_ENV=production for Rails)', fix: 'Run Puma with `RACK_ENV=production` (`puma -e production`; for Rails also `RAILS_ENV=production`): in development Puma answers an unhandled error with its backtrace.', body: /^Puma caught this error: [^\n]*\n\S[^\n]*:\d+:in / },
  // ASP.NET Core's developer exception page; classic ASP.NET's "Server Error in '/App' Application." page only with
  // details (customErrors Off): its exception, stack, source or version lines. The same heading over "Runtime Error"
  // ("The current custom error settings … prevent the details … from being viewed remotely") is the safe production page.
  // The detailed page also carries a comment saying it is verbose (ZAP's debug-error marker).
  // ASP.NET Core's page in HTML (a browser) or as plain text with the request's headers (any other client).
  // The same name for both, each with its own setting: ASP.NET Core's environment, classic ASP.NET's customErrors.
  { what: "ASP.NET's developer exception page", ...ASPNETCORE_FIX, body: (b) => ASPNETCORE_DEV_PAGE_HTML.test(b) || ASPNETCORE_DEV_PAGE_TEXT.test(b) },
  { what: "ASP.NET's developer exception page", advice: 'set customErrors mode="RemoteOnly" (or "On") in web.config', fix: 'In `web.config` set `<customErrors mode="RemoteOnly"/>` (or `"On"`, with a `defaultRedirect` page) under `<system.web>`, never `"Off"`: the detailed page shows the exception, the stack, the source and the framework version.', body: (b) => ASPNET_CLASSIC_DETAILS.test(b) && !ASPNETCORE_DEV_PAGE_HTML.test(b) && !ASPNETCORE_DEV_PAGE_TEXT.test(b) },
  // Stack traces by their frames: a .NET exception as the whole body (not the developer page's text form, said above) or in a JSON error.
  { what: 'a .NET stack trace', inResponse: true, advice: 'stop sending the exception to clients and set ASPNETCORE_ENVIRONMENT=Production where the app runs', fix: 'Answer errors without the exception: error handlers must not send `exception.ToString()` or `StackTrace` (ASP.NET Core: `app.UseExceptionHandler(…)` with `AddProblemDetails()`, and `ASPNETCORE_ENVIRONMENT=Production`, under which the developer page and its problem details are off).', response: (r) => (DOTNET_TRACE_BODY.test(r.body) && !ASPNETCORE_DEV_PAGE_TEXT.test(r.body)) || (isJson(r) && DOTNET_STACK_JSON.test(r.body)) },
];

/**
 * The Werkzeug debugger's console page (`/console`), PIN-locked or not: its title, or its console-mode script
 * (`CONSOLE_MODE = true` inside a script element: a page quoting it in a code block is none).
 */
const WERKZEUG_CONSOLE_TITLE = /<title>Console \/\/ Werkzeug Debugger<\/title>/;
const werkzeugConsole = (body: string) => WERKZEUG_CONSOLE_TITLE.test(body)
  || (body.includes('CONSOLE_MODE') && scriptsOf(body).some((s) => runsJs(s.tag) && /\bCONSOLE_MODE\s*=\s*true\b/.test(s.text)));

/** Which dev-server/debug signals a response shows. */
function signalsOf(res: HttpResponse): Signal[] {
  const byHeader = (s: Signal) => {
    if (!s.header) return false;
    const v = header(res, s.header[0]);
    return v !== undefined && s.header[1].test(v);
  };
  const byBody = (s: Signal) => (s.body === undefined ? false : typeof s.body === 'function' ? s.body(res.body) : s.body.test(res.body));
  return DEV_SIGNALS.filter((s) => byHeader(s) || byBody(s) || (s.response?.(res) ?? false));
}
/** A signal as a response showed it: a stack trace in an error response, or in a page of another status (a 200 JSON body). */
const said = (s: Signal, res: HttpResponse) => (s.inResponse ? `${s.what} ${res.status >= 400 ? 'in the error response' : `in its ${res.status} response`}` : s.what);
/** Which dev-server/debug signals a response shows, as said in findings. */
export function devSignals(res: HttpResponse): string[] {
  return signalsOf(res).map((s) => said(s, res));
}

/** No development server or debug page is exposed. */
export const devServerExposed = defineProbe({
  id: 'dev-server-exposed',
  title: 'No development server or debug page is exposed',
  severity: 'critical',
  description: 'No Werkzeug/runserver banner, interactive debugger, Django DEBUG page, stack trace or other debug banner.',
  match: [
    {
      // Werkzeug named alone ("Upgrade Werkzeug to 3.0.3") is no promise; its debugger or server negated is.
      // Debug pages ("The Django debug 404 page is not shown") are what the probe looks for; a debug toolbar
      // or custom debug endpoints/routes are not (it knows no Django Debug Toolbar, no /debug routes).
      pattern: /\bno werkzeug (?:dev(?:elopment)? )?server\b|\b(?:debugger|debug console|debug (?:404 |500 |error )?page)s?\b[^;]*\b(?:not|never|disabled|off|removed)\b|\b(?:no|not|never)\b[^;]*\b(?:debugger|debug console|debug (?:404 |500 |error )?page)s?\b/,
      // `debugger;` statements in a bundle are code hygiene, not a reachable debugger.
      unless: /\binstall\w*|\btoolbar\b|\bremote debugg|\bstatements?\b|\bbundles?\b/,
      note: 'a promise that no debugger or dev server is reachable: the probe looks for their banners',
    },
    // Not "No developer exception page in production" nor "Stack traces are never returned to clients" (debug-mode's): a
    // developer exception page or a stack trace shows only on an unhandled exception, which the probe cannot cause (it
    // fetches the target's page and a not-found page), so a pass here would stand for a promise it never saw tested.
  ],
  docs: {
    why: "Development servers are single-threaded and unhardened, and debug pages leak settings and source; Werkzeug's debugger is remote code execution.",
    fix: 'Run a production server (gunicorn, uvicorn workers, node server.js behind a proxy) with debug off.',
    details: [
      'A debug page a framework setting shows carries that setting as its fix, whatever server serves it: Django\'s DEBUG page `DEBUG = False`',
      '(e.g. from a `DJANGO_DEBUG` variable), the Werkzeug debugger (its console too) Flask\'s debug mode off (no `app.run(debug=True)`, `FLASK_DEBUG` or',
      '`flask run --debug`), an Express stack trace `NODE_ENV=production`, the `errorhandler` page `errorhandler()` in development only and `NODE_ENV=production`,',
      'a Node.js stack in a JSON error no `err.stack` in responses (and `NODE_ENV=production`), Rails\' error page `RAILS_ENV=production` (`config.consider_all_requests_local = false`),',
      'Puma\'s `RACK_ENV=production`, Laravel\'s `APP_DEBUG=false`, the Symfony profiler `APP_ENV=prod`/`APP_DEBUG=0`, Phoenix\'s a `MIX_ENV=prod` release (`debug_errors` in dev only),',
      'Starlette/FastAPI\'s `debug=False`, a Python traceback the framework\'s debug mode off (Tornado `serve_traceback=False` too), Spring Boot\'s `server.error.include-stacktrace=never`',
      '(and no `spring-boot-devtools` in the artifact), Tomcat\'s `ErrorReportValve` `showReport="false"`, ASP.NET Core\'s developer exception page `ASPNETCORE_ENVIRONMENT=Production`',
      '(`UseDeveloperExceptionPage()` in Development only), classic ASP.NET\'s detailed page `<customErrors mode="RemoteOnly"/>`, a .NET stack no exception text in responses;',
      'a development server\'s banner or bundle keeps "run a production server with debug off".',
      'Looks at the target\'s responses (redirect chain included) and at a GET of a random path that cannot exist',
      "(where Django's DEBUG 404 page and Rails' routing error appear): `Server: Werkzeug…`, `WSGIServer/… CPython`",
      "(wsgiref: Django runserver or wsgiref.simple_server; the header names the server, not the command that started it), Python's http.server, Ruby's WEBrick, the Werkzeug debugger (by its page's own markup: its",
      '`?__debugger__=yes&cmd=resource` resources loaded by a `<script src>` or `<link href>`, its `CONSOLE_MODE`/`EVALEX` settings inside a (JavaScript) `<script>` element, its `… // Werkzeug Debugger`',
      'title; a page that merely names it, or quotes those markers in a `<pre><code>` block or HTML-escaped (`&lt;script&gt;`), is no finding; its traceback page with `EVALEX = false`, `use_evalex=False`, is named the debugger\'s traceback page (debug mode on, console off), still `critical`), Django\'s DEBUG 404/500 pages by their template\'s structure: the',
      '"You\'re seeing this error because you have `DEBUG = True`" paragraph opening its `#explanation` element (apostrophe straight, typographic or escaped) on a page with its `Page not found at /…` title, `#summary` or `#traceback`',
      '(a blog or tutorial quoting the sentence is no finding), Rails\' development error page (its `Action Controller: Exception caught` `<title>`, or the routing error\'s `<h1>Routing Error</h1>` with the trace\'s `<code>Rails.root: …`; the phrase in prose is no page), Laravel\'s debug pages by their own markup or the framework\'s stack, never its namespace in text (Whoops\' `<title>Whoops! There was an error.</title>`, Ignition\'s `window.ignite(` inside a script element, or, for Laravel 11+\'s own exception page, the older Symfony debug page and the JSON `trace` an API request gets, an error response of status 400 or more listing two frames or more of the framework: `Illuminate\\Foundation\\Http\\Kernel->handle`, `…\\Kernel:175`, `laravel/framework/src/Illuminate/…/Kernel.php:175`; a post or docs page naming `Illuminate\\Foundation`, or quoting a trace in a 200 page, passes), ASP.NET debug pages (classic ASP.NET\'s "Server Error in … Application" page only with its exception, stack, source or version details: the "Runtime Error" page of `customErrors` hides them and passes), Puma\'s development error page (`Puma caught this error: …` and its backtrace),',
      'ASP.NET Core\'s developer exception page in both its forms: the HTML page a browser gets (its `<h1>An unhandled exception occurred while processing the request.</h1>`, or its `<div class="titleerror">` with the page\'s Stack/Query/Cookies/Headers tabs, `#stackpage` or `<li class="frame">` frames) and the plain-text form any other client gets (the probe asks for any type): the exception and its .NET frames, then the request\'s `HEADERS` / `=======` section;',
      'a .NET stack trace by its frames (`   at Ns.Type.Method(…)`, ` in /src/Api/Program.cs:line 31` when symbols are deployed) as the whole body, from the exception\'s name (`System.InvalidOperationException: …`), or, in a JSON response (a JSON `Content-Type` such as `application/problem+json`, or a body that is a JSON object or array), as a string value that is the stack: from the exception\'s name, or two frames (`exception.ToString()`, `exception.StackTrace`, ASP.NET Core 8\'s developer problem details `"exception":{"details":…}`); an exception named without frames, a lone `   at x(y)` in a string, the production Error view ("An error occurred while processing your request.") and a page quoting a stack (an HTML page showing a sample error, a Next.js `__NEXT_DATA__` blob) pass;',
      'Phoenix\'s development error page (Plug.Debugger with `debug_errors: true`: its `exception-info` header naming the exception `at GET` on a page of Elixir frames such as `lib/phoenix/router.ex:491`; a production "Not Found" passes),',
      'Symfony\'s profiler header, Next.js/Vite/webpack dev bundles by their URLs in the page\'s markup, a tag\'s attribute or a script element (`<script src="/@vite/client">`, `/_next/static/development/`, `"buildId":"development"` in `__NEXT_DATA__`; named in prose or a code block, as a post about them does, they are no finding) (webpack-dev-server\'s client; Create React App\'s `react-scripts start` by its unhashed `/static/js/bundle.js` on CRA\'s page shell (the empty `<div id="root"></div>` or its "You need to enable JavaScript to run this app." noscript) together with the dev server\'s `X-Powered-By: Express` or CRA 4\'s unhashed `main.chunk.js`, so a site\'s own `bundle.js` under `/static/` from another server, or on a page of its own, passes;',
      'Angular\'s webpack `ng serve` before v17 by its unhashed `runtime.js`, `polyfills.js` and `main.js` in one folder (the page\'s own, `/` or a `--deploy-url` prefix such as `/app/`) with the dev build\'s `styles.js`, or with its `vendor.js` from the dev server\'s `X-Powered-By: Express`, so a production build, hashed or built with `--output-hashing none` (with or without a vendor chunk), passes), Express stack traces on their page\'s own structure (finalhandler\'s default page, the stack\'s `<pre>` as its whole body, and express-generator\'s error view, `<h1>` message and `<h2>` status right before the stack\'s `<pre>`, which shows the stack on every 404 unless NODE_ENV=production; frames at server paths such as `/app/x.js:10:5` (`at async /app/x.js:10:5` too) or in Node\'s built-in modules (`node:internal/…`, `node:net:1607:16`, `node:dns:81:26`: the ECONNREFUSED/ENOTFOUND page of an unreachable database), not a browser\'s `https://…` URLs nor a bare `node:` in prose; a post or status page quoting a stack in a `<pre>` passes;',
      'the `errorhandler` middleware\'s page by its `<ul id="stacktrace">` of frames such as `at fn (/app/x.js:10:5)`, not inside a post\'s `<article>`, a `<figure>` or a `<blockquote>`),',
      'and stack traces by their frames, never a keyword: a Node.js stack (`\\n    at … (/app/x.js:N:N)`) in a JSON error\'s `"stack"` field or as the whole body; Starlette/FastAPI\'s debug page (`<title>Starlette Debugger</title>` and its traceback container) and a body that is a Python traceback',
      '(`Traceback (most recent call last):` first, then `File "…", line N`: what `debug=True` answers a client not asking for HTML; an article quoting one passes); Spring Boot\'s Whitelabel page or JSON error with its stack trace (`server.error.include-stacktrace`: `\\tat …(X.java:N)` frames; the Whitelabel page without a trace is only a banner and passes);',
      'Tomcat\'s default error report (`HTTP Status 500 – …` with a `<pre>` of `…(X.java:N)` frames; its status report without one passes). A GET of `/console`',
      'finds the Werkzeug debugger console by its page (title, console-mode script inside a `<script>` element), not by',
      'its status (also when the page breaks off after its markers arrived); a target with a path (`https://host/app/`) gets the random path and `/console` under it too (`/app/console`: an application mounted there). Found',
      'even behind a proxy that hides `Server: Werkzeug`. The not-found path and `/console` follow same-host redirects as the page does (an `http://` target sending every path to its `https://` side is judged there, each hop looked at; a finding there names the URL asked too, and a URL a redirect named is printed without its password or query). `error` when neither the target nor the not-found path answered, or only a gateway\'s 502/503/504 error pages or a CDN\'s bot challenge (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action`) did (the answers the redirects led to, not the redirects), or both answered only with a redirect to another host (not followed; a login wall there aside; the not-found path\'s only when it keeps that path: a fixed URL that drops it, every unknown path → `https://www.example.com/`, is the application\'s answer) or led to an `https://` side that did not answer, or when the page is in a redirect loop (every path redirecting to itself: Django\'s `SECURE_SSL_REDIRECT` behind a proxy that does not pass `X-Forwarded-Proto`) or still redirects after 5 hops and the not-found path shows no page either: only redirects were seen (unless a signal or `/console` already showed the debugger).',
    ].join(' '),
  },
  options: z.object({}),
  needs: () => ({ main: true, notFound: true, console: true }),
  evaluate(obs, ctx) {
    // The not-found paths with the same-host redirects followed to them (`http://` → `https://`): each hop is looked at.
    const notFounds = [obs.notFound, obs.notFoundUnder].flatMap((f) => (f ? [f] : []));
    // Each with the URL first asked when redirects led to it: a finding there names both (the one reached printed as a
    // redirect's URL: no password, no query), as sensitive-paths does.
    const answers = [obs.main, ...notFounds.map(chainOf)].flatMap((c) => (c ? c.hops.map((res, i) => ({ res, from: i ? c.start : undefined })) : []));
    const responses = answers.map((a) => a.res);
    // The answers the chains ended on (the page's, unless it failed after its redirects; the not-found paths'): whether only a
    // gateway or a bot challenge answered is judged on them, not on the redirects followed there (an `http://` target's 301s).
    const finals = [...(obs.main && !obs.main.error ? [obs.main.hops.at(-1)] : []), ...notFounds.map((f) => f.response)].filter((r): r is HttpResponse => r !== undefined);
    // Judged on the page, never the status: an app may answer 200 (its shell) or 404 on /console.
    // A console page cut short after its markers arrived (`partial`) was served all the same.
    const consoles = [obs.console, obs.consoleUnder].flatMap((f) => { const r = f?.response ?? f?.partial; return r && werkzeugConsole(r.body) ? [{ res: r, from: f!.redirectedFrom }] : []; });
    const consoleFound = consoles.length > 0;
    for (const c of consoles) {
      const { url, where } = named(c);
      ctx.report({ url, message: `${where} serves the Werkzeug debugger console (Python code execution, guarded at most by the PIN); ${WERKZEUG_DEBUG_FIX.advice}`, fix: WERKZEUG_DEBUG_FIX.fix });
    }
    // Without the target's page or the not-found page nothing clears the deployment: an error,
    // unless /console alone already showed the worst.
    if (!responses.length) { if (!consoleFound) ctx.error(obs.main?.error ?? obs.notFound?.error ?? obs.console?.error ?? `no response from ${obs.url}`); return; }
    const seen = new Set<Signal>();
    for (const a of answers) {
      for (const s of signalsOf(a.res)) {
        if (seen.has(s)) continue;
        seen.add(s);
        const { url, where } = named(a);
        ctx.report({ url, message: `${where} exposes ${said(s, a.res)}; ${s.advice ?? 'run a production server with debug off'}`, ...(s.fix ? { fix: s.fix } : {}) });
      }
    }
    // Only a gateway's error pages (502/503/504) answered: the application was never seen, so nothing clears it.
    const down = finals.length && finals.every((r) => GATEWAY_DOWN.has(r.status)) ? gatewayDown(finals.at(-1)!) : undefined;
    if (down && !seen.size && !consoleFound) { ctx.error(`${down}; probe again when it is up`); return; }
    // Only a CDN's bot challenge (or gateways) answered: neither the page nor the not-found page was the application's.
    const challenged = finals.find((r) => botChallenge(r));
    if (challenged && finals.every((r) => GATEWAY_DOWN.has(r.status) || botChallenge(r)) && !seen.size && !consoleFound) { ctx.error(`${botChallenge(challenged)}; ${CHALLENGE_ADVICE}`); return; }
    if (seen.size || consoleFound) return;
    // Nothing of the application was seen when the page and the not-found path answered only with a redirect to another
    // host (not followed: an `http://` target sending every path elsewhere; for the not-found path one keeping its path,
    // as a fixed URL dropping it is the application's answer) or failed on the way (the `https://` side of a same-host
    // redirect did not answer): never a pass, as security-headers says of such a target.
    // A chain cut at the hop limit (a redirect loop: Django's SECURE_SSL_REDIRECT behind a proxy that does not pass
    // X-Forwarded-Proto answers every path with a redirect to itself) showed redirects only, never a page: not seen.
    const main = obs.main;
    const reached = (c: Chain) => c.stopped?.reason !== 'limit';
    const pageSeen = main !== undefined && main.hops.length > 0 && main.error === undefined && !leadsElsewhere(main) && reached(main);
    if (pageSeen || notFounds.some((f) => f.response && !notFoundElsewhere(f) && reached(chainOf(f)))) return;
    if (main && !reached(main)) {
      ctx.error(`${main.start} ${describeStop(main)}, so neither the page nor a not-found page of the application was reached, where a development server or debug page would show; fix the redirects so the page answers`);
      return;
    }
    const away = [...(main && leadsElsewhere(main) ? [main] : []), ...notFounds.filter(notFoundElsewhere).map(chainOf)].map((c) => ({ from: c.start, ...c.stopped! }))[0];
    if (!away) {
      const hop = main && failedHopOf(main);
      ctx.error(hop ? `${main!.hops.length > 1 ? shownUrl(main!.hops.at(-1)!.url) : main!.hops.at(-1)!.url} redirects to ${shownUrl(hop)}, which did not answer: ${main!.error}` : main?.error ?? notFounds.find((f) => f.error)?.error ?? `no page of ${obs.url} was seen`);
      return;
    }
    const advice = away.reason === 'metadata' ? 'a redirect to a cloud metadata address is never followed: fix the redirect' : 'probe that URL directly';
    ctx.error(`${away.from} redirects to ${shownUrl(away.location)} (${away.reason}), which is not followed, and neither the page nor a not-found page of the application answered on ${new URL(obs.url).host}; ${advice}`);
  },
});
