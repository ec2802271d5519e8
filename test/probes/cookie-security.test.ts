import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { cookieSecurity, parseSetCookie } from '../../src/probes/cookie-security.js';
import { evaluate, failures, failuresOf, mainOf, obsOf, probeLive, res } from './helpers.js';
import { parseOptions } from '../../src/engine/execute.js';

const run = (cookies: string[], url = 'https://app.example/', options = {}) =>
  evaluate(cookieSecurity, { ...obsOf(mainOf(res(200, { 'set-cookie': cookies }, '', url))), url }, options);
const msgs = (cookies: string[], url?: string, options?: object) => failures(run(cookies, url, options), cookieSecurity).map((f) => f.message);

describe('cookie-security', () => {
  it('passes well-flagged cookies and deletions', () => {
    expect(msgs(['session=s3cr3tvalue; Path=/; Secure; HttpOnly; SameSite=Lax', 'theme=dark; Secure; SameSite=Strict', 'csrftoken=abc; Secure; SameSite=Lax'])).toEqual([]);
    expect(msgs(['session=; Max-Age=0', 'sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])).toEqual([]);
  });
  it('a response whose Set-Cookie only deletes cookies sets none: skipped, as with no Set-Cookie (QA round 27)', () => {
    expect(run(['sessionid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/'])).toEqual({ findings: [], skipped: expect.stringMatching(/sets no cookie on GET, it only deletes one \(Max-Age ≤ 0 or an Expires in the past\)/) });
    expect(run(['session=; Max-Age=0', 'sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT']).skipped).toMatch(/it only deletes 2 /);
    // A deletion beside a cookie that is set: the set one is judged, and a well-flagged one passes.
    expect(run(['old=; Max-Age=0', 'session=v; Path=/; Secure; HttpOnly; SameSite=Lax'])).toEqual({ findings: [] });
    expect(msgs(['old=; Max-Age=0', 'sessionid=v; Path=/'])).toHaveLength(1);
  });
  it('reports each cookie once, listing what is missing, never the value', () => {
    const m = msgs(['session=s3cr3tvalue; Path=/']);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/'session' is set without Secure, without HttpOnly and without a valid SameSite/);
    expect(m[0]).not.toContain('s3cr3tvalue');
  });
  it('HttpOnly only for session-like names, never demanded of CSRF tokens', () => {
    expect(msgs(['theme=dark; Secure; SameSite=Lax', 'XSRF-TOKEN=x; Secure; SameSite=Lax'])).toEqual([]);
    expect(msgs(['connect.sid=x; Secure; SameSite=Lax'])).toEqual([expect.stringMatching(/HttpOnly/)]);
    expect(msgs(['theme=dark; Secure; SameSite=Lax'], undefined, { 'session-patterns': ['^theme$'] })).toEqual([expect.stringMatching(/HttpOnly/)]);
  });
  it('the login cookies of ASP.NET Core Identity, oauth2-proxy, WordPress, Keycloak, Cloudflare Access… need HttpOnly (QA round 28)', () => {
    const hash = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    // Before: all of these passed without HttpOnly (none holds sess, sid, auth as a word, token…).
    for (const name of ['.AspNetCore.Identity.Application', '.AspNetCore.Cookies', '.ASPXAUTH', '_oauth2_proxy', '_oauth2_proxy_0', '_pomerium',
      `wordpress_${hash}`, `wordpress_sec_${hash}`, `wordpress_logged_in_${hash}`, 'KEYCLOAK_IDENTITY', '_identity', 'CF_Authorization']) {
      expect({ name, m: msgs([`${name}=v; Path=/; Secure; SameSite=Lax`]) }).toEqual({ name, m: [expect.stringMatching(/without HttpOnly; add HttpOnly$/)] });
    }
    // Readable by design or not a credential: analytics, consent, WordPress's test and settings cookies, a CSRF token,
    // an antiforgery cookie, an author filter.
    for (const name of ['_ga', '_gid', '_ga_ABC123', 'CookieConsent', 'OptanonConsent', 'cookieyes-consent', 'wordpress_test_cookie', 'wp-settings-1', 'wp-settings-time-1',
      '_oauth2_proxy_csrf', '.AspNetCore.Antiforgery.x1y2', 'author_filter', 'identitytheme_x', '__cf_bm']) {
      expect({ name, m: msgs([`${name}=v; Path=/; Secure; SameSite=Lax`]) }).toEqual({ name, m: [] });
    }
  });
  it("Heroku's router affinity cookie names a backend: no HttpOnly demanded, Secure and SameSite still are", () => {
    expect(msgs(['heroku-session-affinity=ACDBAA; Version=1; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Max-Age=86400; Domain=app.example; Path=/; Secure; SameSite=None'])).toEqual([]);
    expect(msgs(['heroku-session-affinity=ACDBAA; Path=/'])).toEqual([expect.stringMatching(/without Secure and without a valid SameSite; add Secure; SameSite$/)]);
    expect(msgs(['heroku-session=x; Path=/; Secure; SameSite=Lax'])).toEqual([expect.stringMatching(/HttpOnly/)]);
  });
  it('SameSite must be valid; None needs Secure', () => {
    expect(msgs(['a=1; Secure; SameSite=Relaxed'])).toEqual([expect.stringMatching(/valid SameSite/)]);
    expect(msgs(['a=1; SameSite=None'], 'http://app.example/')).toEqual([expect.stringMatching(/required by SameSite=None/)]);
  });
  it('Secure is not demanded over plain HTTP', () => {
    expect(msgs(['a=1; SameSite=Lax'], 'http://app.example/')).toEqual([]);
  });
  it('a login wall is error: protected (DESIGN.md); the cookies one sets are named in the error (stop 53)', () => {
    expect(evaluate(cookieSecurity, obsOf(mainOf(res(401, {})))).error).toMatch(/protected/);
    const walled = evaluate(cookieSecurity, obsOf(mainOf(res(401, { 'set-cookie': 'session=x' }))));
    expect(failures(walled, cookieSecurity)).toHaveLength(0);
    expect(walled.error).toMatch(/protected.*; on the way there cookie 'session' is set without/);
  });
  it('parses names and attributes, not values', () => {
    const c = parseSetCookie('id=a=b; Secure; SameSite=Lax; Path=/')!;
    expect(c.name).toBe('id');
    expect([...c.attrs.keys()]).toEqual(['secure', 'samesite', 'path']);
    // No `=`: a nameless cookie (RFC 6265bis), which browsers store; nothing at all is ignored.
    expect(parseSetCookie('novalue')).toEqual({ name: '', attrs: new Map() });
    expect(parseSetCookie(' ; Path=/')).toBeUndefined();
    expect(parseSetCookie('=; Path=/')).toBeUndefined();
  });
  it('judges a nameless cookie like any other', () => {
    expect(msgs(['a3f9c2e1d4b5sessionvalue; Path=/'])).toEqual(['a nameless cookie (no name=value: browsers store its value) is set without Secure and without a valid SameSite; add Secure; SameSite']);
    expect(msgs(['a3f9c2e1d4b5sessionvalue; Secure; SameSite=Lax'])).toEqual([]);
  });
});

describe('cookie-security: deletions', () => {
  it('Max-Age wins over a past Expires (RFC 6265 §5.3): such a cookie lives and is judged', () => {
    expect(msgs(['sessionid=abc; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])).toHaveLength(1);
    expect(msgs(['sessionid=; Max-Age=0; Expires=Thu, 01 Jan 2099 00:00:00 GMT'])).toEqual([]);
    expect(msgs(['sessionid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])).toEqual([]);
  });
  it('a Max-Age that is not an integer is ignored (RFC 6265 §5.2.2): the past Expires deletes the cookie', () => {
    // ZAP's deletion cases (hyphenated dates) with a malformed Max-Age beside them, as browsers read it.
    expect(msgs(['sessionid=""; Max-Age=; expires=Thu, 01-Jan-1970 00:00:00 GMT; Path=/', 'sid=x; Max-Age=0s; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])).toEqual([]);
    // Ignored, it leaves a cookie without Expires alive (a session cookie): judged.
    expect(msgs(['sessionid=abc; Max-Age=-1x; Path=/'])).toHaveLength(1);
  });
});

describe('cookie-security with no cookie to judge', () => {
  it('is skipped (not passed) when the target sets no cookie on GET; a page that sets one is judged', () => {
    const none = run([]);
    expect(none.findings).toEqual([]);
    expect(none.skipped).toMatch(/sets no cookie on GET \(cookies set only after a login/);
    expect(run(['theme=dark; Secure; SameSite=Lax']).skipped).toBeUndefined();
  });
});

describe('cookie-security: every Set-Cookie is judged', () => {
  it('a cookie set again later in the chain, later in the response or on another path is judged again', () => {
    const first = res(302, { location: '/home', 'set-cookie': 'sessionid=a; Path=/; Secure; HttpOnly; SameSite=Lax' }, '', 'https://app.example/');
    const last = res(200, { 'set-cookie': ['sessionid=b; Path=/', 'sessionid=c; Path=/app'] }, '', 'https://app.example/home');
    const f = failures(evaluate(cookieSecurity, obsOf({ main: { start: first.url, hops: [first, last] } })), cookieSecurity);
    expect(f.map((x) => [x.url, x.message])).toEqual([
      ['https://app.example/home', "cookie 'sessionid' is set without Secure, without HttpOnly and without a valid SameSite; add Secure; HttpOnly; SameSite"],
      ['https://app.example/home', "cookie 'sessionid' (Path=/app) is set without Secure, without HttpOnly and without a valid SameSite; add Secure; HttpOnly; SameSite"],
    ]);
  });
  it('a deletion followed by an insecure cookie of the same name (session regeneration) fails', () => {
    expect(msgs(['sessionid=; Max-Age=0; Path=/', 'sessionid=new; Path=/'])).toEqual([expect.stringMatching(/'sessionid' is set without Secure, without HttpOnly/)]);
  });
  it('the same insecure cookie set twice is one finding', () => {
    const a = res(302, { location: '/home', 'set-cookie': 'theme=a; Path=/' }, '', 'https://app.example/');
    const b = res(200, { 'set-cookie': ['theme=b; Path=/', 'theme=c; Path=/'] }, '', 'https://app.example/home');
    expect(failures(evaluate(cookieSecurity, obsOf({ main: { start: a.url, hops: [a, b] } })), cookieSecurity)).toHaveLength(1);
  });
  it('an https:// target whose chain drops to plain http:// still needs Secure on the cookies set there', () => {
    const a = res(301, { location: 'http://app.example/home' }, '', 'https://app.example/');
    const b = res(200, { 'set-cookie': 'sessionid=abc; HttpOnly; SameSite=Lax; Path=/' }, '', 'http://app.example/home');
    const f = failures(evaluate(cookieSecurity, obsOf({ main: { start: a.url, hops: [a, b] } })), cookieSecurity);
    expect(f.map((x) => x.message)).toEqual(["cookie 'sessionid' is set over plain HTTP (by http://app.example/home, after the https:// target redirected there) without Secure; add Secure"]);
  });
});

describe('cookie-security: option attributes (an item that promises some of them)', () => {
  const bare = ['session=s3cr3tvalue; Path=/'];
  it('judges only the attributes named', () => {
    expect(msgs(bare, undefined, { attributes: ['httponly'] })).toEqual([expect.stringMatching(/without HttpOnly; add HttpOnly$/)]);
    expect(msgs(bare, undefined, { attributes: ['secure'] })).toEqual([expect.stringMatching(/without Secure; add Secure$/)]);
    expect(msgs(bare, undefined, { attributes: ['samesite'] })).toEqual([expect.stringMatching(/without a valid SameSite; add SameSite$/)]);
    expect(msgs(['session=x; Secure; HttpOnly'], undefined, { attributes: ['secure', 'httponly'] })).toEqual([]);
    expect(msgs(['session=x; Secure; HttpOnly'])).toEqual([expect.stringMatching(/SameSite/)]);
  });
  it('SameSite=None without Secure breaks a SameSite promise, even over plain HTTP', () => {
    expect(msgs(['a=1; SameSite=None'], 'http://app.example/', { attributes: ['samesite'] })).toEqual([expect.stringMatching(/required by SameSite=None/)]);
    expect(msgs(['a=1; SameSite=None'], 'http://app.example/', { attributes: ['secure'] })).toEqual([]);
  });
  it('rejects unknown or empty attribute lists', () => {
    expect(cookieSecurity.options.safeParse({ attributes: [] }).success).toBe(false);
    expect(cookieSecurity.options.safeParse({ attributes: ['partitioned'] }).success).toBe(false);
  });
});

describe('cookie-security options (QA28)', () => {
  it('an empty session-patterns would demand HttpOnly of no cookie: a configuration error', () => {
    expect(() => parseOptions(cookieSecurity, { 'session-patterns': [] })).toThrow(/^options\.session-patterns for check 'cookie-security': expected at least 1 entry$/);
    expect(() => parseOptions(cookieSecurity, { 'session-patterns': ['^theme$'] })).not.toThrow();
    expect(() => parseOptions(cookieSecurity, {})).not.toThrow();
  });
});

describe('cookie-security with a Cookie header given (QA round 33: masking happens on output, never before judging)', () => {
  const SID = 'SeSsIoNsEcReT77';
  const CSRF = 'CsRfToKeNvAlUe42';
  const JID = 'JsEsSiOnVaLuE0123456789';
  // A server that sends back the session cookie it was given (express-session `rolling`, Django's SESSION_SAVE_EVERY_REQUEST).
  const serve = (cookies: (given: string) => string[]) => http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': cookies(String(req.headers.cookie ?? '')) });
    res.end('<html>ok</html>');
  });
  const withServer = async (server: http.Server, fn: (url: string) => Promise<void>) => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try { await fn(`http://127.0.0.1:${(server.address() as { port: number }).port}/`); } finally { server.closeAllConnections(); server.close(); }
  };
  const judged = async (url: string, headers: Record<string, string>) => {
    const { get } = await probeLive({ url, headers }, ['cookie-security']);
    const out = get('cookie-security');
    return { messages: failuresOf(out, 'cookie-security').map((f) => f.message), shown: JSON.stringify(out) };
  };

  it('a Set-Cookie that echoes the Cookie pair given is judged as sent, and its value is never shown', async () => {
    await withServer(serve(() => [`sessionid=${SID}; Path=/`]), async (url) => {
      const control = await judged(url, {});
      expect(control.messages).toEqual(["cookie 'sessionid' is set without HttpOnly and without a valid SameSite; add HttpOnly; SameSite"]);
      // Before: "a nameless cookie (no name=value: browsers store its value) is set without a valid SameSite" (HttpOnly lost).
      const one = await judged(url, { Cookie: `sessionid=${SID}` });
      expect(one.messages).toEqual(control.messages);
      // Before: "cookie '***Path' is set without a valid SameSite".
      const two = await judged(url, { Cookie: `sessionid=${SID}; csrftoken=${CSRF}` });
      expect(two.messages).toEqual(control.messages);
      for (const shown of [one.shown, two.shown]) for (const secret of [SID, CSRF, SID.toLowerCase(), SID.slice(0, 10)]) expect(shown).not.toContain(secret);
    });
  }, 30_000);

  it('with SameSite=Lax the missing HttpOnly still fails (before: no finding, the gate passed)', async () => {
    await withServer(serve(() => [`sessionid=${SID}; Path=/; SameSite=Lax`]), async (url) => {
      const out = await judged(url, { Cookie: `sessionid=${SID}` });
      expect(out.messages).toEqual(["cookie 'sessionid' is set without HttpOnly; add HttpOnly"]);
      expect(out.shown).not.toContain(SID);
    });
  }, 30_000);

  it('a cookie name of ten characters or more is not masked as a fragment of the Cookie header (JSESSIONID)', async () => {
    await withServer(serve(() => [`JSESSIONID=${JID}; Path=/app`, 'theme=dark; Path=/; HttpOnly; SameSite=Lax']), async (url) => {
      const out = await judged(url, { Cookie: `JSESSIONID=${JID}` });
      expect(out.messages).toEqual(["cookie 'JSESSIONID' (Path=/app) is set without HttpOnly and without a valid SameSite; add HttpOnly; SameSite"]);
      for (const secret of [JID, JID.toLowerCase(), JID.slice(0, 10), JID.slice(-10)]) expect(out.shown).not.toContain(secret);
    });
  }, 30_000);

  it('a well-flagged echoed cookie passes, and a cookie value echoed into a quoted attribute is masked', async () => {
    await withServer(serve(() => [`sessionid=${SID}; Path=/; HttpOnly; SameSite=Lax`]), async (url) => {
      expect((await judged(url, { Cookie: `sessionid=${SID}` })).messages).toEqual([]);
    });
    // The session value echoed into the Path (quoted cut to 60 characters): masked before the cut.
    const long = `/${'p'.repeat(50)}/${JID}`;
    await withServer(serve(() => [`sessionid=x; Path=${long}`]), async (url) => {
      const out = await judged(url, { Cookie: `JSESSIONID=${JID}` });
      expect(out.messages).toEqual([`cookie 'sessionid' (Path=/${'p'.repeat(50)}/***) is set without HttpOnly and without a valid SameSite; add HttpOnly; SameSite`]);
      // Cut first, then masked, it would read `/ppp…/JsEsSiOn…`: too short a run for the fragments' mask.
      expect(out.shown).not.toContain(JID.slice(0, 6));
    });
  }, 30_000);
});
