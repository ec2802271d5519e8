import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { httpsRedirect } from '../../src/probes/https-redirect.js';
import { evaluate, failures, obsOf, probeLive, res } from './helpers.js';

const plain = (status: number, location?: string) => obsOf({ plainHttp: { url: 'http://app.example/', response: res(status, location ? { location } : {}, '', 'http://app.example/') } });

describe('https-redirect', () => {
  it.each([[301, 'https://app.example/'], [308, 'https://app.example:8443/path?q=1'], [302, 'https://app.example/']])('passes %i to %s', (s, l) => {
    expect(evaluate(httpsRedirect, plain(s, l))).toEqual({ findings: [] });
  });
  it('fails a 200 over plain HTTP', () => {
    const f = failures(evaluate(httpsRedirect, plain(200)), httpsRedirect);
    expect(f).toEqual([expect.objectContaining({ severity: 'high', url: 'http://app.example/' })]);
    expect(f[0]!.message).toMatch(/HTTP 200/);
  });
  it("says when the plain-HTTP URL is the HTTPS port (the 400 pages of Apache, nginx, Caddy): another port than 80 is an error, port 80 a failure", () => {
    const at = (body: string, url = 'http://app.example:8443/') => obsOf({ plainHttp: { url, response: res(400, { 'content-type': 'text/html' }, body, url) } });
    const apache = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>400 Bad Request</title>\n</head><body>\n<h1>Bad Request</h1>\n<p>Your browser sent a request that this server could not understand.<br />\nReason: You\'re speaking plain HTTP to an SSL-enabled server port.<br />\n Instead use the HTTPS scheme to access this URL, please.<br />\n</p>\n</body></html>\n';
    for (const body of [apache, '<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n', 'Client sent an HTTP request to an HTTPS server.\n']) {
      // `--http-url http://host:8443/` names the HTTPS listener: the plain-HTTP one was not reached, nothing was judged.
      const got = evaluate(httpsRedirect, at(body));
      expect(got.findings).toEqual([]);
      expect(got.error).toBe('http://app.example:8443/ speaks TLS (its page says so: plain HTTP was sent to an HTTPS port), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP listener with --http-url (probes.http-url)');
      // Port 80 itself speaking TLS is what users typing the bare name get.
      const f = failures(evaluate(httpsRedirect, at(body, 'http://app.example/')), httpsRedirect);
      expect(f.map((x) => [x.severity, x.message])).toEqual([['high', 'http://app.example/ answered HTTP 400 over plain HTTP instead of redirecting to https:// (its page says this port speaks TLS: name the plain-HTTP listener with --http-url (probes.http-url))']]);
    }
    expect(failures(evaluate(httpsRedirect, at('Bad Request')), httpsRedirect)[0]!.message).toBe('http://app.example:8443/ answered HTTP 400 over plain HTTP instead of redirecting to https://');
  });
  it('fails a redirect that stays on http://', () => {
    expect(failures(evaluate(httpsRedirect, plain(301, '/login')), httpsRedirect)[0]!.message).toMatch(/not to https/);
  });
  it('an off-host first hop is low', () => {
    const f = failures(evaluate(httpsRedirect, plain(301, 'https://www.app.example/')), httpsRedirect);
    expect(f.map((x) => x.severity)).toEqual(['low']);
    expect(f[0]!.message).toBe('http://app.example/ first redirects to another host (www.app.example); redirect to https://app.example first');
  });
  it('an off-host first hop over plain http:// (Observatory: redirection-not-to-https) says it stays on plain HTTP', () => {
    const f = failures(evaluate(httpsRedirect, plain(301, 'http://www.app.example/')), httpsRedirect);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['low', 'http://app.example/ first redirects to another host (www.app.example, still over plain HTTP: http://www.app.example); redirect to https://app.example first']]);
  });
  it('a refused plain-HTTP port while the https:// target does not answer either is an error: the host is down', () => {
    const refused = { url: 'http://app.example/', error: 'connection refused by app.example:80' };
    const down = evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: { start: 'https://app.example/', hops: [], error: 'connection refused by app.example:443' } }));
    expect(down.findings).toEqual([]);
    expect(down.error).toBe('connection refused by app.example:80, and the target did not answer either (connection refused by app.example:443): whether plain HTTP redirects to https:// could not be judged');
    // The target answering: a refused port 80 is no plain-HTTP listener (an info note).
    const up = evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: { start: 'https://app.example/', hops: [res(200, {}, 'ok', 'https://app.example/')] } }));
    expect(up.findings).toEqual([expect.objectContaining({ note: true })]);
  });
  it('a target that answered something unreadable (not valid HTTP: a folded header) did answer: a refused port 80 is no listener', () => {
    const refused = { url: 'http://app.example/', error: 'connection refused by app.example:80' };
    const folded = 'app.example:443 answered something that is not valid HTTP (Unexpected whitespace after header value)';
    const out = evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: { start: 'https://app.example/', hops: [], error: folded } }));
    // Before: an error saying "the target did not answer either", which it did.
    expect(out.error).toBeUndefined();
    expect(out.findings).toEqual([expect.objectContaining({ note: true, message: expect.stringMatching(/^no plain-HTTP listener at http:\/\/app\.example\//) })]);
    for (const cut of ['app.example:443 closed the connection in the middle of the body of its HTTP 200 response', 'app.example:443 sent response headers larger than 256 KiB (more than browsers accept)']) {
      expect(evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: { start: 'https://app.example/', hops: [], error: cut } })).error, cut).toBeUndefined();
    }
    // A reset or a timeout is no answer: still an error.
    for (const none of ['connection to app.example:443 was reset', 'no answer from app.example:443 within 10 s (timeout)']) {
      expect(evaluate(httpsRedirect, obsOf({ plainHttp: refused, main: { start: 'https://app.example/', hops: [], error: none } })).error, none).toMatch(/did not answer either/);
    }
  });
  it('no listener is an info note; a timeout is an error', () => {
    const refused = evaluate(httpsRedirect, obsOf({ plainHttp: { url: 'http://app.example/', error: 'connection refused by app.example:80' } }));
    expect(refused.findings).toEqual([expect.objectContaining({ note: true })]);
    expect(evaluate(httpsRedirect, obsOf({ plainHttp: { url: 'http://app.example/', error: 'no answer from app.example:80 within 10 s (timeout)' } })).error).toMatch(/timeout/);
  });
  it('an http:// target that refuses connections is down: an error, not "no plain-HTTP listener"', () => {
    const down = evaluate(httpsRedirect, obsOf({ url: 'http://app.example:8080/', plainHttp: { url: 'http://app.example:8080/', error: 'connection refused by app.example:8080' } }));
    expect(down.findings).toEqual([]);
    expect(down.error).toMatch(/connection refused/);
  });
  it('a 502, 503 or 504 on the plain-HTTP side (a gateway or proxy with nothing behind it) is an error, not a failure', () => {
    for (const status of [502, 503, 504]) {
      const out = evaluate(httpsRedirect, plain(status));
      expect(out.findings, String(status)).toEqual([]);
      expect(out.error).toMatch(new RegExp(`http://app\\.example/ answers ${status} .*could not be judged`));
    }
  });
});

describe('https-redirect: an https:// target that drops to plain HTTP', () => {
  const down = (plainHttp: ReturnType<typeof plain>['plainHttp']) => obsOf({
    plainHttp,
    main: { start: 'https://app.example/', hops: [res(301, { location: 'http://app.example:8080/home' }), res(200, {}, 'ok', 'http://app.example:8080/home')] },
  });
  it('fails high, naming the hop, even when the plain-HTTP origin redirects well', () => {
    const f = failures(evaluate(httpsRedirect, down(plain(301, 'https://app.example/').plainHttp)), httpsRedirect);
    expect(f.map((x) => [x.severity, x.url, x.message])).toEqual([['high', 'https://app.example/', 'https://app.example/ redirects to http://app.example:8080/home, leaving HTTPS for plain HTTP; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)']]);
  });
  it('fails even when the plain-HTTP origin could not be judged', () => {
    const out = evaluate(httpsRedirect, down({ url: 'http://app.example/', error: 'no answer from app.example:80 within 10 s (timeout)' }));
    expect(out.error).toBeUndefined();
    expect(failures(out, httpsRedirect)).toHaveLength(1);
  });
  it('fails when the http:// hop does not answer (Apache behind a TLS-terminating HAProxy, no plain-HTTP listener)', () => {
    // Apache's mod_dir adds the slash with its own scheme: `GET /app` over HAProxy's TLS gets `Location: http://…/app/`,
    // and nothing listens for plain HTTP there: the users are still sent off HTTPS (and their browsers fail).
    const obs = obsOf({
      url: 'https://app.example/app',
      plainHttp: { url: 'http://app.example/', error: 'connection refused by app.example:80' },
      main: { start: 'https://app.example/app', hops: [res(301, { location: 'http://app.example/app/' }, '', 'https://app.example/app')], error: 'connection refused by app.example:80' },
    });
    const out = evaluate(httpsRedirect, obs);
    expect(out.error).toBeUndefined();
    expect(failures(out, httpsRedirect).map((x) => [x.severity, x.url, x.message])).toEqual([['high', 'https://app.example/app', 'https://app.example/app redirects to http://app.example/app/, leaving HTTPS for plain HTTP (which did not answer: connection refused by app.example:80); redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)']]);
    // A failed https:// hop is no downgrade.
    const https = obsOf({
      plainHttp: { url: 'http://app.example/', error: 'connection refused by app.example:80' },
      main: { start: 'https://app.example/', hops: [res(301, { location: '/app/' })], error: 'no answer from app.example:443 within 10 s (timeout)' },
    });
    expect(failures(evaluate(httpsRedirect, https), httpsRedirect)).toEqual([]);
  });
  it('an http:// target redirecting among http:// pages is judged by its plain-HTTP origin alone', () => {
    // (Stop 45 D1: this test used to record an http:// target whose chain went on to https:// and back to plain http://
    // and expected no finding; that hop now fails, as it does for an https:// target: see test/probes/probes45.test.ts.)
    const hops = [res(301, { location: 'http://app.example/home' }, '', 'http://app.example/'), res(200, {}, 'ok', 'http://app.example/home')];
    const obs = obsOf({ url: 'http://app.example/', plainHttp: { url: 'http://app.example/', response: hops[0] }, main: { start: 'http://app.example/', hops } });
    expect(failures(evaluate(httpsRedirect, obs), httpsRedirect).map((x) => x.message)).toEqual(['http://app.example/ redirects to http://app.example/home, not to https://; redirect to https://app.example']);
    // The chain going on to https:// and back to plain http://: that hop fails too.
    const back = obsOf({
      url: 'http://app.example/', plainHttp: plain(301, 'https://app.example/').plainHttp,
      main: { start: 'http://app.example/', hops: [res(301, { location: 'https://app.example/' }, '', 'http://app.example/'), ...down(plain(301, 'https://app.example/').plainHttp).main!.hops] },
    });
    expect(failures(evaluate(httpsRedirect, back), httpsRedirect).map((x) => x.message)).toEqual(['https://app.example/ redirects to http://app.example:8080/home, leaving HTTPS for plain HTTP; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)']);
  });
});

describe('https-redirect: an https:// target that redirects to plain HTTP nobody answers', () => {
  it("fails high on the redirect itself (FastAPI's redirect_slashes behind a proxy without X-Forwarded-Proto: http:// on the TLS port)", () => {
    const obs = obsOf({
      url: 'https://app.example/health/',
      plainHttp: { url: 'http://app.example/', error: 'connection refused by app.example:80' },
      main: { start: 'https://app.example/health/', hops: [res(307, { location: 'http://app.example:443/health', server: 'uvicorn' }, '', 'https://app.example/health/')], error: 'app.example:443 closed the connection before a complete response' },
    });
    const f = failures(evaluate(httpsRedirect, obs), httpsRedirect);
    expect(f.map((x) => [x.severity, x.url, x.message])).toEqual([['high', 'https://app.example/health/', 'https://app.example/health/ redirects to http://app.example:443/health, leaving HTTPS for plain HTTP (which did not answer: app.example:443 closed the connection before a complete response); redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)']]);
  });
  it('does not take a failed redirect to https:// or to another host for a downgrade', () => {
    const chain = (location: string) => obsOf({
      plainHttp: { url: 'http://app.example/', response: res(301, { location: 'https://app.example/' }, '', 'http://app.example/') },
      main: { start: 'https://app.example/', hops: [res(302, { location })], error: 'connection refused' },
    });
    expect(evaluate(httpsRedirect, chain('https://app.example:8443/'))).toEqual({ findings: [] });
    expect(evaluate(httpsRedirect, chain('/login'))).toEqual({ findings: [] });
  });
});

describe('https-redirect judges the Location as sent (QA round 33)', () => {
  it('a header value naming the host (X-Forwarded-Host) does not mangle the redirect before it is judged', async () => {
    const server = http.createServer((req, res) => { res.writeHead(301, { location: `https://localhost:8443${req.url}` }); res.end(); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const httpUrl = `http://localhost:${(server.address() as { port: number }).port}/`;
      const { get } = await probeLive({ url: 'https://localhost:8443/', httpUrl, headers: { 'X-Forwarded-Host': 'localhost' } }, ['https-redirect']);
      // Before: the Location read `https://***:8443/` (the header's value masked in the response): a redirect to another host.
      expect(get('https-redirect')).toEqual({ findings: [] });
    } finally { server.closeAllConnections(); server.close(); }
  }, 30_000);
});
