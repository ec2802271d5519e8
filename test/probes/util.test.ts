import { describe, expect, it } from 'vitest';
import { defaultHealthPaths, isMetadataHost, protectedReason, targetPath } from '../../src/probes/util.js';
import { mergeNeeds } from '../../src/probes/run.js';
import { redactText } from '../../src/report/redact.js';
import { res } from './helpers.js';

describe('isMetadataHost', () => {
  it.each(['169.254.169.254', '[fd00:ec2::254]', '100.100.100.200', 'metadata.google.internal', '[fe80::1]',
    new URL('http://[::ffff:169.254.169.254]/').hostname, new URL('http://2852039166/').hostname])('blocks %s', (h) => {
    expect(isMetadataHost(h)).toBe(true);
  });
  it.each(['127.0.0.1', 'app.example', '[::1]', '10.0.0.1', '169.255.0.1'])('allows %s', (h) => {
    expect(isMetadataHost(h)).toBe(false);
  });
});

describe('protectedReason', () => {
  it('spots 401, login paths and IdP hosts, not ordinary redirects', () => {
    expect(protectedReason({ start: 'https://a/', hops: [res(401)] })).toMatch(/401/);
    expect(protectedReason({ start: 'https://a/', hops: [res(302), res(200, {}, '', 'https://a/users/sign_in')] })).toMatch(/login page/);
    expect(protectedReason({ start: 'https://a/', hops: [res(302)], stopped: { location: 'https://accounts.google.com/o/oauth2/auth', reason: 'off-host' } })).toMatch(/login/);
    expect(protectedReason({ start: 'https://a/', hops: [res(302), res(200, {}, '', 'https://a/home')] })).toBeUndefined();
    expect(protectedReason({ start: 'https://a/', hops: [res(403)] })).toBeUndefined();
  });
  it.each(['/login', '/wp-login.php', '/session/new', '/users/sessions/new', '/signin', '/auth/login', '/user/login', '/admin/login/', '/Account/LogOn', '/users/sign_in'])('spots the login wall %s', (p) => {
    expect(protectedReason({ start: 'https://a/h', hops: [res(302), res(200, {}, '', `https://a${p}?next=%2Fh`)] })).toMatch(/redirects to a login page/);
  });
  it.each(['/blog/login-tips-and-tricks', '/sessions', '/newsletter', '/catalog'])('does not take %s for a login wall', (p) => {
    expect(protectedReason({ start: 'https://a/h', hops: [res(302), res(200, {}, '', `https://a${p}`)] })).toBeUndefined();
  });
  it('spots a forward-auth portal on another host by the return URL it carries (Authelia, authentik)', () => {
    const start = 'https://app.example.com/';
    const portal = (location: string) => protectedReason({ start, hops: [res(302, { location }, '', start)], stopped: { location, reason: 'off-host' } });
    expect(portal('https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F&rm=GET')).toBe('https://app.example.com/ redirects to a login page (https://auth.example.com/)');
    expect(portal('https://authentik.example.com/application/o/authorize/?client_id=x&redirect_uri=https%3A%2F%2Fapp.example.com%2Foutpost.goauthentik.io%2Fcallback')).toMatch(/redirects to a login page \(https:\/\/authentik\.example\.com\/application\/o\/authorize\/\)/);
    // Another host that does not send the visitor back is an ordinary redirect (judged as off-host elsewhere).
    expect(portal('https://www.example.com/?utm_source=app')).toBeUndefined();
    expect(portal('https://www.example.com/?next=https%3A%2F%2Fwww.example.com%2Fhome')).toBeUndefined();
  });
  it('spots a 403 sign-in page (oauth2-proxy, Jenkins), not any 403', () => {
    // oauth2-proxy without --skip-provider-button answers 403 with its sign-in page.
    const oauth2proxy = '<!DOCTYPE html>\n<html lang="en" charset="utf-8">\n  <head>\n    <title>Sign In</title>\n  </head>\n  <body class="has-background-light">\n  <section class="section">\n      <form method="GET" action="/oauth2/start">\n        <input type="hidden" name="rd" value="/">\n          <button type="submit" class="button block is-primary">Sign in with Keycloak OIDC</button>\n      </form>\n  </section>\n  </body>\n</html>\n';
    expect(protectedReason({ start: 'https://a/', hops: [res(403, { 'content-type': 'text/html; charset=utf-8' }, oauth2proxy, 'https://a/')] })).toBe('https://a/ answers 403 with a sign-in page (to /oauth2/start)');
    const jenkins = "<html><head><meta http-equiv='refresh' content='1;url=/login?from=%2F'/><script>window.location.replace('/login?from=%2F');</script></head><body style='background-color:white; color:white;'>\n\nAuthentication required\n</body></html>";
    expect(protectedReason({ start: 'https://a/', hops: [res(403, {}, jenkins, 'https://a/')] })).toBe('https://a/ answers 403 with a sign-in page (to /login)');
    // A 403 without a way to sign in (nginx deny, a WAF challenge posting back to the page) is the answer to judge.
    expect(protectedReason({ start: 'https://a/', hops: [res(403, {}, '<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center></body></html>', 'https://a/')] })).toBeUndefined();
    expect(protectedReason({ start: 'https://a/', hops: [res(403, {}, '<form id="challenge-form" action="/?__cf_chl_f_tk=abc" method="POST"></form>', 'https://a/')] })).toBeUndefined();
    expect(protectedReason({ start: 'https://a/', hops: [res(200, {}, oauth2proxy, 'https://a/')] })).toBeUndefined();
  });
});

describe('run helpers', () => {
  it('masks header values, and the credential after an auth scheme', () => {
    expect(redactText('got Bearer abc123def and abc123def', Object.values({ Authorization: 'Bearer abc123def' }))).toBe('got *** and ***');
    expect(redactText('nothing here', Object.values({ 'X-Key': '' }))).toBe('nothing here');
    expect(redactText('max-age=1 from a key', Object.values({ 'X-Debug': '1', 'X-Key': 'key' }))).toBe('max-age=1 from a ***');
  });
  it('merges needs so each request is made once', () => {
    expect(mergeNeeds([{ main: true, health: ['/a'] }, { health: ['/a', '/b'], timing: [{ path: '/', samples: 3 }] }, { timing: [{ path: '/', samples: 5 }] }]))
      .toEqual({ main: true, health: ['/a', '/b'], timing: [{ path: '/', samples: 5 }] });
  });
});

describe('runProbes never leaks a URL password and never throws', () => {
  it('masks the password in errors and finding URLs', async () => {
    const { probeLive } = await import('./helpers.js');
    const { freePort } = await import('../servers/procs.js');
    const { out } = await probeLive({ url: `http://ops:pw-s3cret-99@127.0.0.1:${await freePort()}/` }, ['hsts', 'health-endpoint', 'security-headers']);
    const text = JSON.stringify([...out.values()]);
    expect(text).toMatch(/refused/);
    expect(text).not.toContain('pw-s3cret-99');
  });
  it('turns a bad URL into an error outcome for every task', async () => {
    const { probeLive } = await import('./helpers.js');
    const { out } = await probeLive({ url: 'ftp://app.example/' }, ['hsts', 'certificate']);
    expect([...out.values()].map((o) => o.error)).toEqual([expect.stringMatching(/http:\/\/ or https:\/\//), expect.stringMatching(/http:\/\/ or https:\/\//)]);
    const bad = await probeLive({ url: 'not a url' }, ['hsts']);
    expect(bad.get('hsts').error).toMatch(/probing not a url failed/);
  });
});

describe('defaultHealthPaths', () => {
  it('defaults the health paths to the target URL itself (its path and query), else probes.health as written', () => {
    expect(targetPath('https://a.example/app/?x=1#f')).toBe('/app/?x=1');
    expect(targetPath('https://a.example')).toBe('/');
    expect(targetPath('not a url')).toBe('/');
    expect(defaultHealthPaths({ url: 'https://a.example/app/' })).toEqual(['/app/']);
    expect(defaultHealthPaths({ url: 'https://a.example/app/', health: ['/healthz'] })).toEqual(['/healthz']);
  });
});

describe('protectedReason: identity-provider words name a login wall only where a login lives', () => {
  const at = (path: string) => protectedReason({ start: 'https://a/', hops: [res(302), res(200, {}, '', `https://a${path}`)] });
  it('first segment or under an account/auth segment', () => {
    for (const p of ['/sso/login', '/sso', '/oauth2/start', '/oauth2/default/v1/authorize', '/saml/SSO', '/auth/realms/x/protocol/openid-connect/auth', '/.auth/login/aad', '/Account/Login', '/users/sign_in', '/api/auth/signin', '/idp/profile/SAML2/Redirect/SSO']) expect(at(p), p).toMatch(/login page/);
  });
  it('pages about them are ordinary pages', () => {
    for (const p of ['/features/sso', '/docs/oauth2-integration', '/products/saml-connector', '/blog/login-best-practices', '/pricing/sso', '/integrations/okta/saml']) expect(at(p), p).toBeUndefined();
  });
});
