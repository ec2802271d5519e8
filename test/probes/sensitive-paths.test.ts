import { describe, expect, it } from 'vitest';
import { looksEnv, looksHtml, sensitivePaths, SENSITIVE } from '../../src/probes/sensitive-paths.js';
import type { Fetched } from '../../src/probes/observation.js';
import { evaluate, failures, obsOf, res } from './helpers.js';

const SPA = '<!doctype html><html><head><title>app</title></head><body><div id="root"></div></body></html>';
function served(map: Record<string, [number, string]>, fallback: [number, string] = [404, 'Not Found']) {
  const sensitive: Record<string, Fetched> = {};
  for (const s of SENSITIVE) {
    const [status, body] = map[s.path] ?? fallback;
    sensitive[s.path] = { url: `https://app.example${s.path}`, response: res(status, {}, body, `https://app.example${s.path}`) };
  }
  return evaluate(sensitivePaths, obsOf({ sensitive }));
}

describe('sensitive-paths', () => {
  it('passes 404s and a single-page app answering 200 HTML everywhere', () => {
    expect(served({})).toEqual({ findings: [] });
    expect(served({}, [200, SPA])).toEqual({ findings: [] });
  });
  it('fails a served .env and .git, critical, without showing content', () => {
    const f = failures(served({ '/.env': [200, 'DATABASE_URL=postgres://u:hunter2@db/app\nSECRET_KEY=abc\n'], '/.git/config': [200, '[core]\n\trepositoryformatversion = 0\n'], '/.git/HEAD': [200, 'ref: refs/heads/main\n'] }), sensitivePaths);
    expect(f.map((x) => x.url).sort()).toEqual(['https://app.example/.env', 'https://app.example/.git/HEAD', 'https://app.example/.git/config']);
    expect(f.every((x) => x.severity === 'critical' && !x.message.includes('hunter2'))).toBe(true);
  });
  it('judges the body: 200 with unrelated text passes, 403 with the file passes', () => {
    expect(served({ '/.env': [200, 'Welcome to our site'], '/.git/config': [403, '[core]'] })).toEqual({ findings: [] });
  });
  it('judges the HTML pages (server-status, phpinfo) by their markers, HTML as they are', () => {
    // As Apache mod_status and PHP 8 emit them: doctype first (the HTML soft-404 skip used to hide them).
    const status = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html><head>\n<title>Apache Status</title>\n</head><body>\n<h1>Apache Server Status for localhost (via 127.0.0.1)</h1>\n<dl><dt>Server Version: Apache/2.4.57 (Debian)</dt></dl></body></html>\n';
    const phpinfo = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<style type="text/css">body {color: #222;}</style>\n<title>PHP 8.2.7 - phpinfo()</title></head>\n<body><h1 class="p">PHP Version 8.2.7</h1></body></html>';
    const f = failures(served({ '/server-status': [200, status], '/phpinfo.php': [200, phpinfo] }), sensitivePaths);
    expect(f.map((x) => [x.url, x.severity])).toEqual([['https://app.example/server-status', 'critical'], ['https://app.example/phpinfo.php', 'critical']]);
    expect(f[0]!.message).toMatch(/server-status page/);
    expect(f[1]!.message).toMatch(/phpinfo\(\)/);
    // Only the markers count: an SPA shell there passes, and a .env-like HTML body is still a soft 404.
    expect(served({ '/server-status': [200, SPA], '/phpinfo.php': [200, SPA] }, [200, SPA])).toEqual({ findings: [] });
    expect(served({ '/.env': [200, '<!doctype html>\nAPI_URL=https://api.example\n'] })).toEqual({ findings: [] });
  });
  it("judges Apache's /server-info and HAProxy's default /haproxy?stats by their markers, as the servers emit them", () => {
    // Apache 2.4 mod_info and HAProxy 2.6 `stats enable` (no `stats uri`), as served on Debian.
    const info = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n  <title>Server Information</title>\n</head>\n<body><h1 style="text-align: center">Apache Server Information</h1>\n<dl><dt><tt>Subpages:<br /><a href="?config">Configuration Files</a></tt></dt></dl></body></html>\n';
    const stats = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"\n"http://www.w3.org/TR/html4/loose.dtd">\n<html><head><title>Statistics Report for HAProxy</title>\n<link rel="icon" href="data:,">\n</head><body><h1><a href="http://www.haproxy.org/">HAProxy version 2.6.12</a></h1></body></html>\n';
    const f = failures(served({ '/server-info': [200, info], '/haproxy?stats': [200, stats] }), sensitivePaths);
    expect(f.map((x) => [x.url, x.severity])).toEqual([['https://app.example/server-info', 'critical'], ['https://app.example/haproxy?stats', 'critical']]);
    expect(f[0]!.message).toMatch(/Apache's server-info page/);
    expect(f[1]!.message).toMatch(/HAProxy's statistics page/);
    // An app's own page about server information, or an SPA shell, is not them.
    expect(served({ '/server-info': [200, '<!doctype html><title>Server Information</title><p>Our servers</p>'], '/haproxy?stats': [200, SPA] }, [200, SPA])).toEqual({ findings: [] });
  });
  it("judges ASP.NET's /elmah.axd and /trace.axd by their pages' markers (ZAP's ElmahScanRule, TraceAxdScanRule)", () => {
    // ELMAH 1.2's error log page and the ASP.NET 4 trace viewer (trace enabled, localOnly="false"), as served by IIS.
    const elmah = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Error log for /LM/W3SVC/1/ROOT on WEB01 (Page #1)</title><link rel="stylesheet" type="text/css" href="/elmah.axd/stylesheet" /></head><body><h1 id="PageTitle">Error Log for <span id="ApplicationName" title="/LM/W3SVC/1/ROOT">ROOT on WEB01</span></h1>';
    const trace = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Application Trace</title></head><body><h1><span class="tracecontent">Application Trace</span></h1><table><tr><td><h2>Requests to this Application</h2></td></tr></table></body></html>';
    const f = failures(served({ '/elmah.axd': [200, elmah], '/trace.axd': [200, trace] }), sensitivePaths);
    expect(f.map((x) => [x.url, x.severity])).toEqual([['https://app.example/elmah.axd', 'critical'], ['https://app.example/trace.axd', 'critical']]);
    expect(f[0]!.message).toMatch(/ELMAH error log/);
    expect(f[1]!.message).toMatch(/trace viewer/);
    // ZAP's negatives: an empty page, a page of another title, an SPA shell; and the pages behind a 403.
    expect(served({ '/elmah.axd': [200, '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head></head><body></body></html>'], '/trace.axd': [200, '<html><title>Some Page</title></html>'] }, [200, SPA])).toEqual({ findings: [] });
    expect(served({ '/elmah.axd': [403, elmah], '/trace.axd': [403, trace] })).toEqual({ findings: [] });
  });
  it('finds phpinfo() at /info.php, lighttpd\'s and nginx\'s status pages, and a Spring Boot heap dump (QA round 26)', () => {
    const phpinfo = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<title>PHP 8.1.2-1ubuntu2.14 - phpinfo()</title><meta name="ROBOTS" content="NOINDEX,NOFOLLOW,NOARCHIVE" /></head>\n<body><h1 class="p">PHP Version 8.1.2-1ubuntu2.14</h1></body></html>';
    const lighttpd = '<?xml version="1.0" encoding="iso-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n         "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n <head>\n  <title>Status</title>\n </head>\n<body>\n<h1>Server-Status (lighttpd/1.4.69)</h1><table summary="status" class="status"><tr><td>Hostname</td><td class="string">127.0.0.1:18710</td></tr>\n';
    const stub = 'Active connections: 3 \nserver accepts handled requests\n 1204 1204 5230 \nReading: 0 Writing: 1 Waiting: 2 \n';
    const hprof = `JAVA PROFILE 1.0.2\u0000\u0000\u0000\u0000\u0008\u0000\u0000\u0001\u0093${'\u0001'.repeat(200)}`;
    const f = failures(served({ '/info.php': [200, phpinfo], '/server-status': [200, lighttpd], '/nginx_status': [200, stub], '/actuator/heapdump': [200, hprof] }), sensitivePaths);
    expect(f.map((x) => [x.url, x.severity, x.message.replace(/^\S+ serves /, '').replace(/[;(].*/, '').trim()])).toEqual([
      ['https://app.example/server-status', 'critical', "lighttpd's server-status page"],
      ['https://app.example/nginx_status', 'low', "nginx's stub_status page"],
      ['https://app.example/actuator/heapdump', 'critical', "Spring Boot's heap dump endpoint"],
      ['https://app.example/info.php', 'critical', 'phpinfo'],
    ]);
    expect(f[1]!.message).toMatch(/restrict it to the monitoring host/);
    // nginx's stub_status at /server-status is low too; Apache's page there stays critical.
    expect(failures(served({ '/server-status': [200, stub] }), sensitivePaths).map((x) => [x.url, x.severity])).toEqual([['https://app.example/server-status', 'low']]);
    // Not them: a status page of an app's own, a JSON health answer, a download that is no heap dump, an SPA shell.
    expect(served({ '/nginx_status': [200, 'Active connections are shown on our dashboard'], '/server-status': [200, '{"status":"UP"}'], '/actuator/heapdump': [200, 'PK\u0003\u0004heapdump.zip'], '/info.php': [200, SPA] }, [200, SPA])).toEqual({ findings: [] });
  });
  it("finds a directory listing at the target (nginx autoindex, Apache Indexes, lighttpd dir-listing), medium, without another request", () => {
    const listing = (body: string) => failures(evaluate(sensitivePaths, obsOf({ main: { start: 'https://app.example/', hops: [res(200, {}, body)] }, sensitive: Object.fromEntries(SENSITIVE.map((s) => [s.path, { url: s.path, response: res(404, {}, 'Not Found', `https://app.example${s.path}`) }])) })), sensitivePaths);
    const nginx = '<html>\r\n<head><title>Index of /</title></head>\r\n<body>\r\n<h1>Index of /</h1><hr><pre><a href="../">../</a>\r\n<a href="uploads/">uploads/</a>                                           04-Dec-2026 18:00       -\r\n<a href="backup.sql">backup.sql</a>                                         04-Dec-2026 18:00    1234\r\n</pre><hr></body>\r\n</html>\r\n';
    const apache = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n  <title>Index of /app</title>\n </head>\n <body>\n<h1>Index of /app</h1>\n  <table>\n   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th></tr>\n</table>\n</body></html>\n';
    const lighttpd = `<!DOCTYPE html>\n<html>\n<head>\n<title>Index of /</title>\n<style type="text/css">\n${'a, a:active {text-decoration: none; color: blue;}\n'.repeat(20)}</style>\n</head>\n<body>\n<h2>Index of /</h2>\n<div class="list">\n<table summary="Directory Listing" cellpadding="0" cellspacing="0">`;
    // Python's `python -m http.server` (behind a proxy, or as the server): "Directory listing for /…".
    const python = '<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Directory listing for /</title>\n</head>\n<body>\n<h1>Directory listing for /</h1>\n<hr>\n<ul>\n<li><a href="backup.sql.gz">backup.sql.gz</a></li>\n</ul>\n<hr>\n</body>\n</html>\n';
    for (const body of [nginx, apache, lighttpd, python]) {
      expect(listing(body).map((x) => [x.severity, x.message.replace(/: .*/, '')]), body.slice(0, 60)).toEqual([['medium', 'https://app.example/ is a directory listing']]);
    }
    // A page titled "Index of /" about something else, and a 404 listing-like body, are not.
    expect(listing('<!doctype html><title>Index of /r/programming posts</title><h1>Top posts</h1>')).toEqual([]);
    expect(listing('<!doctype html><title>Index of /</title><h1>Index of our products</h1>')).toEqual([]);
    // Title and heading must say the same thing: not a mix of the two servers' words.
    expect(listing('<!doctype html><title>Directory listing for /</title><h1>Index of /</h1>')).toEqual([]);
  });
  it('errors when no path could be fetched', () => {
    const sensitive = Object.fromEntries(SENSITIVE.map((s) => [s.path, { url: s.path, error: 'connection refused by app.example:443' }]));
    expect(evaluate(sensitivePaths, obsOf({ sensitive })).error).toMatch(/refused/);
  });
  it('sees an HTML shell behind a BOM, whitespace and comments, and a .env only in KEY=VALUE lines', () => {
    for (const body of ['<!-- build 2026.12.01 -->\n<meta charset="utf-8">\n<title>Shop</title>', '\uFEFF  \n<!-- a --><!--\nb\n-->\n<!DOCTYPE html><p>x', '<!-- unterminated', '<script>window.x = 1;</script>']) {
      expect(looksHtml(body), body).toBe(true);
    }
    for (const body of ['API_URL=x\n', '# <b>\nKEY=1', '{"a":1}']) expect(looksHtml(body), body).toBe(false);
    expect(looksEnv('# prod\n\nexport DATABASE_URL=postgres://u:p@db/app\nSECRET_KEY = "abc"\nPRIVATE_KEY="-----BEGIN KEY-----\nMIIB\nAAAA\nBBBB\n-----END KEY-----"\n')).toBe(true);
    expect(looksEnv('spring.datasource.password=x\n')).toBe(true);
    for (const body of ['window.dataLayer = window.dataLayer || [];\n', '<!-- build -->\nA=1\n', 'Welcome\nA=1\n', 'A=1\nfoo();\nbar();\nbaz();\n', 'a == b']) {
      expect(looksEnv(body), body).toBe(false);
    }
    expect(served({ '/.env': [200, '<!-- build 1 -->\n<script>\n  window.dataLayer = window.dataLayer || [];\n</script>\n'] })).toEqual({ findings: [] });
  });
  it('a body identical to what a random path answers is the catch-all, not the file', () => {
    const sensitive: Record<string, Fetched> = {};
    for (const s of SENSITIVE) sensitive[s.path] = { url: `https://app.example${s.path}`, response: res(200, {}, 'status=ok\n', `https://app.example${s.path}`) };
    const notFound = { url: 'https://app.example/preflight-probe-x', response: res(200, {}, 'status=ok\n', 'https://app.example/preflight-probe-x') };
    expect(evaluate(sensitivePaths, obsOf({ sensitive, notFound }))).toEqual({ findings: [] });
    // Without that comparison it would look like a .env.
    expect(failures(evaluate(sensitivePaths, obsOf({ sensitive })), sensitivePaths).map((f) => f.url)).toEqual(['https://app.example/.env', 'https://app.example/.env.production']);
  });
  it('a catch-all that echoes the requested path is still the catch-all, not the file', () => {
    // A plain-text 200 for every path naming the path asked for: KEY=VALUE-looking, but what a random path gets too.
    const body = (path: string) => `error=not_found\npath=${path}\n`;
    const sensitive: Record<string, Fetched> = {};
    for (const s of SENSITIVE) sensitive[s.path] = { url: `https://app.example${s.path}`, response: res(200, {}, body(s.path), `https://app.example${s.path}`) };
    const notFound = { url: 'https://app.example/preflight-probe-x', response: res(200, {}, body('/preflight-probe-x'), 'https://app.example/preflight-probe-x') };
    expect(evaluate(sensitivePaths, obsOf({ sensitive, notFound }))).toEqual({ findings: [] });
    // A real .env next to that catch-all is still found.
    sensitive['/.env'] = { url: 'https://app.example/.env', response: res(200, {}, 'DATABASE_URL=postgres://u:p@db/app\nSECRET_KEY=abc\n', 'https://app.example/.env') };
    expect(failures(evaluate(sensitivePaths, obsOf({ sensitive, notFound })), sensitivePaths).map((f) => f.url)).toEqual(['https://app.example/.env']);
  });
  it('a dropped connection (closed or reset without an answer) is a refusal when the target answers, else an error', () => {
    const sensitive = Object.fromEntries(SENSITIVE.map((s) => [s.path, { url: s.path, error: 'app.example:443 closed the connection before a complete response', dropped: true }]));
    const main = { start: 'https://app.example/', hops: [res(200)] };
    const ok = evaluate(sensitivePaths, obsOf({ sensitive, main }));
    expect(ok.error).toBeUndefined();
    expect(ok.findings).toEqual([expect.objectContaining({ note: true, message: expect.stringMatching(/closed the connection without an answer for \/\.env, .*: not served$/) })]);
    expect(evaluate(sensitivePaths, obsOf({ sensitive, main: { start: 'https://app.example/', hops: [], error: 'connection to app.example:443 was reset' } })).error).toMatch(/closed the connection/);
    // A timeout is not a refusal.
    const slow = Object.fromEntries(SENSITIVE.map((s) => [s.path, { url: s.path, error: 'no answer from app.example:443 within 10 s (timeout)' }]));
    expect(evaluate(sensitivePaths, obsOf({ sensitive: slow, main })).error).toMatch(/timeout/);
  });
});
