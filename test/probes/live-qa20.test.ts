import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttps, type Handler, type Running } from '../servers/node.js';
import { probeLive } from './helpers.js';

/** Regressions of QA round 20 (live probes against application servers and the auth proxies in front of them), each against a Node server on 127.0.0.1. */
let pki: Pki;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});
const tlsUp = async (handler: Handler) => { const s = await startHttps(pki.valid, handler); servers.push(s); return s; };

describe('an auth proxy in front of the application', () => {
  it("oauth2-proxy's default 403 sign-in page is protected, not a page to judge nor a down health endpoint", async () => {
    // oauth2-proxy without --skip-provider-button answers every unauthenticated browser request with 403 and its sign-in page.
    const srv = await tlsUp((_q, r) => {
      r.writeHead(403, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache, no-store, must-revalidate, max-age=0', 'set-cookie': '_oauth2_proxy_csrf=x; Path=/; Max-Age=900; HttpOnly' });
      r.end('<!DOCTYPE html>\n<html lang="en" charset="utf-8">\n  <head>\n    <title>Sign In</title>\n  </head>\n  <body>\n  <section class="section">\n    <div class="box block sign-in-box has-text-centered">\n      <form method="GET" action="/oauth2/start">\n        <input type="hidden" name="rd" value="/">\n          <button type="submit" class="button block is-primary">Sign in with Keycloak OIDC</button>\n      </form>\n    </div>\n  </section>\n  </body>\n</html>\n');
    });
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint', 'security-headers', 'cookie-security']);
    expect(get('health-endpoint')).toMatchObject({ findings: [], error: expect.stringMatching(/^protected — give headers .*: https:\/\/127\.0\.0\.1:\d+\/ answers 403 with a sign-in page \(to \/oauth2\/start\)$/) });
    for (const id of ['security-headers', 'cookie-security']) expect(get(id)).toMatchObject({ findings: [], error: expect.stringMatching(/^protected: .*answers 403 with a sign-in page/) });
  });

  it("Authelia's redirect to its portal on another host (?rd=<the target>) is protected", async () => {
    const srv: Running = await tlsUp((q, r) => {
      r.writeHead(302, { location: `https://auth.example.com/?rd=${encodeURIComponent(`${srv.url}${q.url}`)}&rm=GET` });
      r.end();
    });
    const { get } = await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['health-endpoint', 'security-headers']);
    expect(get('health-endpoint')).toMatchObject({ findings: [], error: expect.stringMatching(/^protected — .*redirects to a login page \(https:\/\/auth\.example\.com\/\)$/) });
    expect(get('security-headers').error).toMatch(/^protected: .*redirects to a login page \(https:\/\/auth\.example\.com\/\)/);
  });
});
