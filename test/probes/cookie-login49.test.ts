import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * Stop 49 (probes22 D2): the cookies a target sets on its way to a login wall — on the same-host redirect to the login
 * page, on the login page, on a 401 — are the target's and are judged; `error: protected` is left for a wall that sets
 * none. Real HTTPS servers on 127.0.0.1.
 */
let pki: Pki;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});
const tlsUp = async (handler: Handler) => { const s = await startHttps(pki.valid, handler); servers.push(s); return s; };
const FORM = '<!doctype html><form method=post action=/accounts/login/><input name=username><input type=password name=password></form>';

/** A Django-like app: `/` redirects anonymous visitors to its login page, which sets `loginCookies`; the 302 sets `redirectCookies`. */
const djangoLike = (loginCookies: string[], redirectCookies: string[] = []) => tlsUp((q, r) => {
  if (q.url === '/') { r.writeHead(302, { ...STRONG_HEADERS, location: '/accounts/login/?next=/', ...(redirectCookies.length ? { 'set-cookie': redirectCookies } : {}) }); r.end(); return; }
  if (q.url?.startsWith('/accounts/login/')) { r.writeHead(200, { ...STRONG_HEADERS, ...(loginCookies.length ? { 'set-cookie': loginCookies } : {}) }); r.end(FORM); return; }
  r.writeHead(404, STRONG_HEADERS); r.end('not found');
});
const cookies = async (srv: Running) => (await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['cookie-security'])).get('cookie-security');

describe('cookie-security behind a login wall (stop 49, D2)', () => {
  // Stop 53: DESIGN.md makes the cookie probe `error: protected` behind a login wall; the cookies set on the way are still
  // read, and the error names what they showed.
  it('an insecure cookie the login page sets is named in the error: protected (the login page is not judged as the result)', async () => {
    const srv = await djangoLike(['csrftoken=abc; Path=/; SameSite=Lax', 'sessionid=abcd; Path=/; SameSite=Lax']);
    const out = await cookies(srv);
    expect(out.findings).toEqual([]);
    expect(out.error).toMatch(/^protected: https:\/\/127\.0\.0\.1:\d+\/ redirects to a login page \(.*\/accounts\/login\/\); give headers .*; on the way there cookie 'csrftoken' is set without Secure; cookie 'sessionid' is set without Secure and without HttpOnly$/);
  });

  it('a session cookie set on the login redirect itself is named too', async () => {
    const out = await cookies(await djangoLike([], ['sessionid=abc; Path=/; SameSite=Lax']));
    expect(out.error).toMatch(/^protected: .*; on the way there cookie 'sessionid' is set without Secure and without HttpOnly$/);
  });

  it('only well-flagged cookies before the wall: error: protected, saying they were well flagged', async () => {
    const srv = await djangoLike(['csrftoken=abc; Path=/; Secure; SameSite=Lax', 'sessionid=abcd; Path=/; Secure; HttpOnly; SameSite=Lax']);
    const out = await cookies(srv);
    expect(out.findings).toEqual([]);
    expect(out.error).toMatch(/^protected: .*; the 2 cookies set on the way there are well flagged, the application's behind it were not seen$/);
  });

  it('a login wall that sets no cookie, or only deletes one, stays error: protected with its advice', async () => {
    for (const set of [[], ['sessionid=; Path=/; Max-Age=0']]) {
      const out = await cookies(await djangoLike(set));
      expect(out).toEqual({ findings: [], error: expect.stringMatching(/^protected: https:\/\/127\.0\.0\.1:\d+\/ redirects to a login page \(.*\/accounts\/login\/\); give headers \(--header/) });
    }
  });

  it('a 401 that starts a session (Spring Security JSESSIONID) is protected, naming the cookie; a bare 401 is protected', async () => {
    const spring = await tlsUp((_q, r) => { r.writeHead(401, { ...STRONG_HEADERS, 'www-authenticate': 'Basic realm="Realm"', 'set-cookie': 'JSESSIONID=8A3F; Path=/' }); r.end(); });
    expect((await cookies(spring)).error).toMatch(/^protected: .* answers 401.*; on the way there cookie 'JSESSIONID' is set without Secure, without HttpOnly and without a valid SameSite$/);
    const bare = await tlsUp((_q, r) => { r.writeHead(401, { ...STRONG_HEADERS, 'www-authenticate': 'Basic realm="Realm"' }); r.end(); });
    expect((await cookies(bare)).error).toMatch(/^protected: .* answers 401/);
  });

  it("a CDN's bot challenge is not the target's page: its cookies are not judged, it stays an error", async () => {
    const srv = await tlsUp((_q, r) => { r.writeHead(403, { ...STRONG_HEADERS, 'cf-mitigated': 'challenge', 'set-cookie': '__cf_bm=x; Path=/' }); r.end('<form action="/login">'); });
    expect(await cookies(srv)).toEqual({ findings: [], error: expect.stringMatching(/bot challenge/) });
  });
});
