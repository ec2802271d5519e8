import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { respond, startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { cookieSecurity } from '../../src/probes/cookie-security.js';
import { certificate } from '../../src/probes/certificate.js';
import { hsts } from '../../src/probes/hsts.js';
import { tlsVersion } from '../../src/probes/tls-version.js';
import { protectedAdvice, redirectedOrigins } from '../../src/probes/util.js';
import { evaluate, failures, failuresOf, mainOf, obsOf, probeLive, res } from './helpers.js';

/**
 * Stop 35, live probes round 8: redirects that cross to another origin of the same host (another port, http→https).
 * D1 the TLS endpoint users land on is judged; D2 headers withheld at such a redirect are said to be withheld;
 * D3 load balancers' sticky-session cookies; D4 an http:// target's TLS findings say why and what to give.
 */
let pki: Pki;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});
const host = (s: Running) => s.url.replace('127.0.0.1', 'localhost');
const https = async (tls: Parameters<typeof startHttps>[0], handler: Handler) => { const s = await startHttps(tls, handler); servers.push(s); return s; };
const http = async (handler: Handler) => { const s = await startHttp(handler); servers.push(s); return s; };
const page: Handler = respond(200, STRONG_HEADERS, '<html>app</html>');
/** An https:// origin with a valid certificate that redirects every request to `to` (same path). */
const redirector = (to: () => string) => https(pki.valid, (req, r) => { r.writeHead(301, { ...STRONG_HEADERS, location: `${to()}${req.url}` }); r.end(); });

describe('D1: a same-host redirect to another port is judged where it lands', () => {
  it('an expired certificate on the port the target redirects to fails certificate (critical), naming that endpoint', async () => {
    const expired = await https(pki.expired, page);
    const front = await redirector(() => host(expired));
    const { get } = await probeLive({ url: `${host(front)}/`, ca: pki.ca }, ['certificate', 'hsts', 'security-headers', 'health-endpoint']);
    expect(failuresOf(get('certificate'), 'certificate').map((f) => [f.severity, f.url, f.message])).toEqual([
      ['critical', `${host(expired)}/`, expect.stringMatching(new RegExp(`^the certificate of ${host(expired)}/ \\(where ${host(front)}/ redirects\\) expired on \\d{4}-\\d\\d-\\d\\d; renew it$`))],
    ]);
    // HSTS from the final response is taken over that refused certificate: the note says so (it was missing).
    expect(get('hsts').findings.filter((f) => f.note).map((f) => f.message)).toEqual([expect.stringMatching(new RegExp(`^${host(expired)}/ sends a valid Strict-Transport-Security header, but over a certificate browsers refuse \\(expired\\)`))]);
  });

  it('an untrusted (self-signed) one fails critical, low with allow-self-signed', async () => {
    const self = await https(pki.selfSigned, page);
    const front = await redirector(() => host(self));
    const strict = await probeLive({ url: `${host(front)}/`, ca: pki.ca }, ['certificate']);
    expect(failuresOf(strict.get('certificate'), 'certificate').map((f) => [f.severity, f.message])).toEqual([
      ['critical', `the certificate of ${host(self)}/ (where ${host(front)}/ redirects) is self-signed; use a certificate from a trusted CA (the CA given with --ca, the action input ca or probes.ca does not verify it)`],
    ]);
    const allowed = await probeLive({ url: `${host(front)}/`, ca: pki.ca, allowSelfSigned: true }, ['certificate']);
    expect(failuresOf(allowed.get('certificate'), 'certificate').map((f) => f.severity)).toEqual(['low']);
  });

  it('precision: the same valid certificate on both ports, or another valid one, passes; nothing is judged twice', async () => {
    const app = await https(pki.valid, page);
    const front = await redirector(() => host(app));
    const { get } = await probeLive({ url: `${host(front)}/`, ca: pki.ca }, ['certificate', 'hsts', 'tls-version']);
    for (const id of ['certificate', 'hsts', 'tls-version']) expect(get(id), id).toEqual({ findings: [] });
    // The target's own bad certificate, served on both ports, is one finding, not two.
    const expiredApp = await https(pki.expired, page);
    const expiredFront = await https(pki.expired, (req, r) => { r.writeHead(301, { location: `${host(expiredApp)}${req.url}` }); r.end(); });
    const twice = await probeLive({ url: `${host(expiredFront)}/`, ca: pki.ca }, ['certificate']);
    expect(failuresOf(twice.get('certificate'), 'certificate').map((f) => f.message)).toEqual([expect.stringMatching(new RegExp(`^the certificate of ${host(expiredFront)}/ expired on`))]);
  });

  it('tls-version judges the port the target redirects to: one that accepts TLS 1.0/1.1 fails, named', async () => {
    const legacy = await https({ ...pki.valid, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }, page);
    const front = await redirector(() => host(legacy));
    const { get } = await probeLive({ url: `${host(front)}/`, ca: pki.ca }, ['tls-version', 'certificate']);
    expect(failuresOf(get('tls-version'), 'tls-version').map((f) => [f.url, f.message])).toEqual([
      [`${host(legacy)}/`, expect.stringMatching(new RegExp(`^${host(legacy)}/ \\(where ${host(front)}/ redirects\\) accepts TLSv1 \\(TLS 1\\.0\\) and TLSv1\\.1; allow only TLS 1\\.2 and 1\\.3$`))],
    ]);
    expect(get('certificate')).toEqual({ findings: [] });
  });

  it('a redirect to a port where no TLS handshake completes makes certificate an error naming it, never a pass', async () => {
    const plain = await http(page);
    const front = await redirector(() => `https://localhost:${plain.port}`);
    const { get } = await probeLive({ url: `${host(front)}/`, ca: pki.ca }, ['certificate']);
    expect(get('certificate').error).toMatch(new RegExp(`^${host(front)}/ redirects to https://localhost:${plain.port}/, whose certificate could not be judged: TLS handshake with localhost:${plain.port} failed`));
  });

  it('redirectedOrigins: other https:// origins reached, each once, with where they came from', () => {
    const chain = { start: 'https://h/', hops: [res(301, {}, '', 'https://h/'), res(301, {}, '', 'https://h:8443/a'), res(302, {}, '', 'https://h:8443/b'), res(301, {}, '', 'http://h:8080/'), res(200, {}, '', 'https://h/x')] };
    expect(redirectedOrigins([chain], 'https://h/')).toEqual([{ url: 'https://h:8443/a', from: 'https://h/' }]);
    // A hop whose request failed counts: users are sent there.
    const failed = { start: 'https://h/', hops: [res(301, { location: 'https://h:9443/' }, '', 'https://h/')], error: 'connection refused' };
    expect(redirectedOrigins([failed], 'https://h/')).toEqual([{ url: 'https://h:9443/', from: 'https://h/' }]);
  });

  it('the recorded judgement: the hop is skipped when its session is the target\'s', () => {
    const chain = [{ subject: 'CN=localhost', issuer: 'CN=CA', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-06-01T00:00:00.000Z', selfIssued: false, fingerprint256: 'AA' }];
    const good = { authorized: true, protocol: 'TLSv1.3', chain };
    const expired = { authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chainTrusted: true, protocol: 'TLSv1.3', chain: [{ ...chain[0]!, validTo: '2026-06-01T00:00:00.000Z', fingerprint256: 'BB' }] };
    const obs = (hop: typeof good | typeof expired) => obsOf({ tls: good, redirectTls: [{ url: 'https://app.example:8443/', from: 'https://app.example/', tls: hop }] });
    expect(evaluate(certificate, obs(good))).toEqual({ findings: [] });
    expect(failures(evaluate(certificate, obs(expired)), certificate).map((f) => [f.severity, f.message])).toEqual([
      ['critical', 'the certificate of https://app.example:8443/ (where https://app.example/ redirects) expired on 2026-06-01; renew it'],
    ]);
  });
});

// Review of stop 35: one server on two ports (the same certificate and TLS answers) is judged once by tls-version too.
describe('tls-version and a redirect to the same server on another port', () => {
  it('reports a legacy-TLS server once; a different server on the other port is judged on its own', () => {
    const chain = [{ subject: 'CN=localhost', issuer: 'CN=CA', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-06-01T00:00:00.000Z', selfIssued: false, fingerprint256: 'AA' }];
    const tls = { authorized: true, protocol: 'TLSv1.3', chain };
    const legacy = { accepted: true, protocol: 'TLSv1' };
    const modern = { accepted: false };
    const obs = (hopLegacy: typeof legacy | typeof modern) => obsOf({ tls, legacyTls: legacy, redirectTls: [{ url: 'https://app.example:8443/', from: 'https://app.example/', tls, legacyTls: hopLegacy }] });
    expect(failures(evaluate(tlsVersion, obs(legacy)), tlsVersion).map((f) => f.url)).toEqual(['https://app.example/']);
    expect(failures(evaluate(tlsVersion, obsOf({ tls, legacyTls: modern, redirectTls: [{ url: 'https://app.example:8443/', from: 'https://app.example/', tls, legacyTls: legacy }] })), tlsVersion).map((f) => f.url)).toEqual(['https://app.example:8443/']);
  });
});

describe('D2: custom headers withheld at a redirect to another origin are said to be withheld', () => {
  const TOKEN = 'Bearer valid-token-0123456789';
  const seen: string[] = [];
  const guarded = () => https(pki.valid, (req, r) => {
    seen.push(req.headers.authorization ? 'present' : 'absent');
    if (req.headers.authorization !== TOKEN) return respond(401, { ...STRONG_HEADERS, 'www-authenticate': 'Bearer' }, 'no')(req, r);
    page(req, r);
  });

  it('http:// → https:// on another port answering 401: withheld, with the https:// URL to give; never "sent and not accepted"', async () => {
    const app = await guarded();
    const plain = await http((req, r) => { r.writeHead(301, { location: `${host(app)}${req.url}` }); r.end(); });
    const { get } = await probeLive({ url: `${host(plain)}/`, ca: pki.ca, headers: { Authorization: TOKEN } }, ['health-endpoint', 'security-headers', 'response-time']);
    const said = `the headers given were withheld at the redirect to ${host(app)}, which answered: custom headers go only to the exact origin given (${host(plain)}); give ${host(app)}/ as the target so they are sent there`;
    expect(get('health-endpoint').error).toBe(`protected — ${said}: ${host(app)}/ answers 401 (authentication required)`);
    expect(get('security-headers').error).toBe(`protected: ${host(app)}/ answers 401 (authentication required); ${said}`);
    expect(get('response-time').error).toContain(said);
    for (const id of ['health-endpoint', 'security-headers', 'response-time']) expect(get(id).error, id).not.toMatch(/sent and not accepted/);
    // It was indeed never sent there.
    expect(seen).not.toContain('present');
    // Given as the target, the same headers get through.
    const direct = await probeLive({ url: `${host(app)}/`, ca: pki.ca, headers: { Authorization: TOKEN } }, ['health-endpoint']);
    expect(direct.get('health-endpoint')).toEqual({ findings: [] });
  });

  it('https:// → another port answering 401 without headers given: give that URL as the target, with headers', async () => {
    const app = await guarded();
    const front = await redirector(() => host(app));
    const { get } = await probeLive({ url: `${host(front)}/`, ca: pki.ca }, ['security-headers']);
    expect(get('security-headers').error).toBe(`protected: ${host(app)}/ answers 401 (authentication required); give ${host(app)}/ as the target, with headers (--header, the action input headers, or probes.headers), so the probe can see the application: custom headers go only to the exact origin given (${host(front)}), not to ${host(app)}, where it redirects`);
  });

  it('precision: a 401 from the origin given, which got the headers, still says they were sent and not accepted', async () => {
    const app = await guarded();
    const { get } = await probeLive({ url: `${host(app)}/`, ca: pki.ca, headers: { Authorization: 'Bearer wrong' } }, ['security-headers']);
    expect(get('security-headers').error).toBe(`protected: ${host(app)}/ answers 401 (authentication required); the headers given were sent and not accepted: check their values (--header, the action input headers, or probes.headers)`);
  });

  it('protectedAdvice: a login redirect issued by the origin given is judged there, one issued after another origin is not', () => {
    const obs = obsOf({ headersGiven: true });
    const sameOrigin = { start: 'https://app.example/', hops: [res(302, { location: 'https://app.example:8443/login' }, '', 'https://app.example/'), res(200, {}, '<form>', 'https://app.example:8443/login')] };
    expect(protectedAdvice(obs, [sameOrigin])).toMatch(/^the headers given were sent and not accepted/);
    const viaOther = { start: 'https://app.example/', hops: [res(301, {}, '', 'https://app.example/'), res(302, {}, '', 'https://app.example:8443/'), res(200, {}, '<form>', 'https://app.example:8443/login')] };
    expect(protectedAdvice(obs, [viaOther])).toBe('the headers given were withheld at the redirect to https://app.example:8443, which answered: custom headers go only to the exact origin given (https://app.example); give https://app.example:8443/ as the target so they are sent there');
  });
});

describe('D3: load balancers\' sticky-session cookies, whose attributes nobody can configure', () => {
  const judge = (cookies: string[]) => failures(evaluate(cookieSecurity, obsOf(mainOf(res(200, { 'set-cookie': cookies })))), cookieSecurity).map((f) => [f.severity, f.message, f.fix]);

  it('AWSALB (ALB stickiness) is low, said to be the load balancer\'s, with what to change there; its CORS twin passes', () => {
    expect(judge([
      'AWSALB=abc; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Path=/',
      'AWSALBCORS=abc; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Path=/; SameSite=None; Secure',
      'sessionid=abc; Path=/; Secure; HttpOnly; SameSite=Lax',
    ])).toEqual([[
      'low',
      "cookie 'AWSALB' is set without Secure and without a valid SameSite by the load balancer (the AWS Application Load Balancer's duration-based stickiness), which does not let its attributes be configured; it names a backend server, not a user: where the application keeps no per-instance state, turn stickiness off on the target group (stickiness.enabled=false)",
      'The load balancer sets this cookie with attributes nobody can configure: where the application keeps no per-instance state, turn stickiness off on the target group (stickiness.enabled=false).',
    ]]);
  });

  it('Google Cloud GCLB, Azure ARRAffinity, Classic ELB and Application Gateway are named likewise', () => {
    const got = judge(['GCLB=x; Path=/; HttpOnly', 'ARRAffinity=x; Path=/; HttpOnly; Domain=app.example', 'AWSELB=x; Path=/', 'ApplicationGatewayAffinity=x; Path=/', 'AWSALBAPP-0=x; Path=/']);
    expect(got.map(([s]) => s)).toEqual(['low', 'low', 'low', 'low', 'low']);
    expect(got.map(([, m]) => /by the load balancer \(([^)]*)\)/.exec(m!)?.[1])).toEqual([
      "Google Cloud Load Balancing's generated-cookie session affinity", "Azure App Service's ARR affinity", "the AWS Classic Load Balancer's stickiness",
      "Azure Application Gateway's cookie-based affinity", "the AWS Application Load Balancer's application-based stickiness",
    ]);
  });

  it('precision: the application\'s cookies, look-alike names and configurable load balancers stay medium with the usual advice', () => {
    expect(judge(['sessionid=abc; Path=/', 'AWSALBX=1; Path=/', 'myGCLB=1; Path=/', 'SERVERID=s1; Path=/', 'BIGipServerpool=1; Path=/']).map(([s, m]) => [s, m!.replace(/ is set .*; add /, ' … add ')])).toEqual([
      ['medium', "cookie 'sessionid' … add Secure; HttpOnly; SameSite"],
      ['medium', "cookie 'AWSALBX' … add Secure; SameSite"],
      ['medium', "cookie 'myGCLB' … add Secure; SameSite"],
      ['medium', "cookie 'SERVERID' … add Secure; SameSite"],
      ['medium', "cookie 'BIGipServerpool' … add Secure; SameSite"],
    ]);
    // The application's finding comes first (its fix is the one to read first), the load balancer's after.
    expect(judge(['AWSALB=abc; Path=/', 'sessionid=abc; Path=/']).map(([s]) => s)).toEqual(['medium', 'low']);
  });
});

describe('D4: an http:// target fails the TLS probes with a coherent message and fix', () => {
  const redirected = obsOf({ url: 'http://app.example/', main: { start: 'http://app.example/', hops: [res(301, { location: 'https://app.example:8443/' }, '', 'http://app.example/'), res(200, {}, '', 'https://app.example:8443/')] } });

  it('with an https:// side: says why it fails and gives that URL as the target, in the message and the fix; no "not judged" beside a fix to apply', () => {
    for (const [probe, none, what] of [[certificate, 'no certificate is served', 'its certificate'], [hsts, 'HSTS is only honoured over HTTPS', 'its Strict-Transport-Security header'], [tlsVersion, 'nothing is served over TLS', 'its TLS version support']] as const) {
      expect(failures(evaluate(probe, redirected), probe).map((f) => [f.message, f.fix]), probe.id).toEqual([[
        `http://app.example/ is plain HTTP (${none}), so this item fails for the target given. It redirects to https://app.example:8443/, but the TLS probes judge the URL given, not where it redirects: give https://app.example:8443/ as the target to have ${what} judged`,
        'Give https://app.example:8443/ as the target (--url, the action input url or probes.url): the TLS probes judge the URL given, and http://app.example/ is plain HTTP.',
      ]]);
    }
  });

  it('without one: the plain-HTTP advice, and the probe\'s own fix', () => {
    const plain = obsOf({ url: 'http://app.example/', main: { start: 'http://app.example/', hops: [res(200, {}, '', 'http://app.example/')] } });
    expect(failures(evaluate(certificate, plain), certificate).map((f) => [f.message, f.fix])).toEqual([['http://app.example/ is plain HTTP: no certificate is served; serve it over https://', undefined]]);
  });
});
