import { describe, expect, it } from 'vitest';
import { healthEndpoint } from '../../src/probes/health-endpoint.js';
import type { Chain } from '../../src/probes/observation.js';
import { evaluate, failures, obsOf, res } from './helpers.js';
import { responseTime } from '../../src/probes/response-time.js';
import { parseOptions } from '../../src/engine/execute.js';

const h = (path: string, chain: Partial<Chain>, attempts = 1) => ({ [path]: { chain: { start: `https://app.example${path}`, hops: [], ...chain }, attempts, waitedMs: (attempts - 1) * 2000 } });

describe('health-endpoint', () => {
  it('passes 2xx on every path, defaulting to the checklist paths', () => {
    const obs = obsOf({ defaultHealthPaths: ['/health', '/ready'], health: { ...h('/health', { hops: [res(200)] }), ...h('/ready', { hops: [res(204)] }) } });
    expect(evaluate(healthEndpoint, obs)).toEqual({ findings: [] });
  });
  it('fails 4xx and 5xx, critical, with the URL and attempts', () => {
    const obs = obsOf({ health: { ...h('/', { hops: [res(404)] }), ...h('/up', { hops: [res(503)] }, 4) } });
    const f = failures(evaluate(healthEndpoint, obs, { paths: ['/', '/up'] }), healthEndpoint);
    expect(f.map((x) => [x.severity, x.url])).toEqual([['critical', 'https://app.example/'], ['critical', 'https://app.example/up']]);
    expect(f[0]!.message).toMatch(/HTTP 404/);
    expect(f[1]!.message).toMatch(/HTTP 503.*after 4 attempts over 6 s/);
  });
  it('names the redirect whose target did not answer (http:// on the TLS port, built behind a proxy)', () => {
    const chain = { hops: [res(307, { location: 'http://app.example:443/health' }, '', 'https://app.example/health/')], error: 'app.example:443 closed the connection before a complete response' };
    const f = failures(evaluate(healthEndpoint, obsOf({ health: h('/health/', chain) }), { paths: ['/health/'] }), healthEndpoint);
    expect(f.map((x) => x.message)).toEqual(['health endpoint /health/ redirects to http://app.example:443/health, which did not answer: app.example:443 closed the connection before a complete response']);
  });
  it('fails with the reason when nothing answered', () => {
    const f = failures(evaluate(healthEndpoint, obsOf({ health: h('/', { error: 'connection refused by app.example:443' }) })), healthEndpoint);
    expect(f[0]!.message).toMatch(/did not answer: connection refused/);
  });
  it('names the redirect whose target did not answer, not the path itself', () => {
    // HAProxy (TLS) → Apache: `GET /app` answers 301 to http://app.example/app/, where nothing listens.
    const obs = obsOf({ health: h('/app', { hops: [res(301, { location: 'http://app.example/app/' }, '', 'https://app.example/app')], error: 'connection refused by app.example:80' }) });
    const f = failures(evaluate(healthEndpoint, obs, { paths: ['/app'] }), healthEndpoint);
    expect(f.map((x) => x.message)).toEqual(['health endpoint /app redirects to http://app.example/app/, which did not answer: connection refused by app.example:80']);
  });
  it('reports 401 and SSO redirects as protected, not down', () => {
    expect(evaluate(healthEndpoint, obsOf({ health: h('/', { hops: [res(401)] }) })).error).toMatch(/^protected — give headers/);
    const sso = h('/', { hops: [res(302, { location: 'https://corp.okta.com/app/sso/saml' })], stopped: { location: 'https://corp.okta.com/app/sso/saml', reason: 'off-host' } });
    expect(evaluate(healthEndpoint, obsOf({ health: sso })).error).toMatch(/protected/);
  });
  it('fails an off-host (non-login) redirect', () => {
    const off = h('/', { hops: [res(302, { location: 'https://elsewhere.example/' })], stopped: { location: 'https://elsewhere.example/', reason: 'off-host' } });
    expect(failures(evaluate(healthEndpoint, obsOf({ health: off })), healthEndpoint)[0]!.message).toMatch(/off-host/);
  });
  it("names nginx's 400 for a missing client certificate (ssl_verify_client on): mutual TLS, not a broken app", () => {
    const page = '<html>\r\n<head><title>400 No required SSL certificate was sent</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>No required SSL certificate was sent</center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n';
    const f = failures(evaluate(healthEndpoint, obsOf({ health: h('/', { hops: [res(400, { 'content-type': 'text/html' }, page)] }) })), healthEndpoint);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['critical', 'health endpoint / answered HTTP 400 instead of 2xx (its page says "No required SSL certificate was sent": the server requires a client certificate (mutual TLS), which Preflight does not present; probe a URL that does not require one)']]);
    // Another 400 stays plain.
    expect(failures(evaluate(healthEndpoint, obsOf({ health: h('/', { hops: [res(400, {}, '<h1>Bad Request</h1>')] }) })), healthEndpoint)[0]!.message).toBe('health endpoint / answered HTTP 400 instead of 2xx');
  });
  it('needs the option paths, else the defaults', () => {
    expect(healthEndpoint.needs({ paths: ['/a'] }, { health: ['/h'] })).toEqual({ health: ['/a'] });
    expect(healthEndpoint.needs({}, { health: ['/h'] })).toEqual({ health: ['/h'] });
  });
  it('require: any passes when one of the paths answers 2xx, whatever the others answer (QA-C A4)', () => {
    const obs = obsOf({ health: { ...h('/health', { hops: [res(404, {}, '', `https://app.example/health`)] }), ...h('/api/health', { hops: [res(200, {}, '', `https://app.example/api/health`)] }) } });
    expect(evaluate(healthEndpoint, obs, { paths: ['/health', '/api/health'], require: 'any' })).toEqual({ findings: [] });
    // The default, and `all`, need every path.
    for (const options of [{ paths: ['/health', '/api/health'] }, { paths: ['/health', '/api/health'], require: 'all' }]) {
      expect(failures(evaluate(healthEndpoint, obs, options), healthEndpoint).map((f) => f.message)).toEqual(['health endpoint /health answered HTTP 404 instead of 2xx']);
    }
    const refused = obsOf({ health: { ...h('/health', { error: 'connection refused' }), ...h('/api/health', { hops: [res(204, {}, '', `https://app.example/api/health`)] }) } });
    expect(evaluate(healthEndpoint, refused, { paths: ['/health', '/api/health'], require: 'any' })).toEqual({ findings: [] });
  });
  it('require: any fails with every path when none answers; a protected or unasked path is an error, not a failure', () => {
    const none = obsOf({ health: { ...h('/health', { hops: [res(404, {}, '', `https://app.example/health`)] }), ...h('/api/health', { hops: [res(503, {}, '', `https://app.example/api/health`)] }) } });
    expect(failures(evaluate(healthEndpoint, none, { paths: ['/health', '/api/health'], require: 'any' }), healthEndpoint).map((f) => [f.severity, f.message])).toEqual([
      ['critical', 'health endpoint /health answered HTTP 404 instead of 2xx (none of the 2 alternatives answered 2xx)'],
      ['critical', 'health endpoint /api/health answered HTTP 503 instead of 2xx (none of the 2 alternatives answered 2xx)'],
    ]);
    const guarded = obsOf({ health: { ...h('/health', { hops: [res(404, {}, '', `https://app.example/health`)] }), ...h('/api/health', { hops: [res(401, {}, '', `https://app.example/api/health`)] }) } });
    expect(evaluate(healthEndpoint, guarded, { paths: ['/health', '/api/health'], require: 'any' })).toMatchObject({ findings: [], error: expect.stringMatching(/^protected/) });
    const unasked = obsOf({ health: h('/health', { hops: [res(404, {}, '', `https://app.example/health`)] }) });
    expect(evaluate(healthEndpoint, unasked, { paths: ['/health', '/api/health'], require: 'any' })).toMatchObject({ findings: [], error: '/api/health was not polled' });
    // One path: `any` is `all`.
    expect(failures(evaluate(healthEndpoint, obsOf({ health: h('/health', { hops: [res(404, {}, '', `https://app.example/health`)] }) }), { paths: ['/health'], require: 'any' }), healthEndpoint)).toHaveLength(1);
  });
  it('refuses an unknown require', () => {
    expect(() => evaluate(healthEndpoint, obsOf(), { paths: ['/a'], require: 'some' })).toThrow(/require/);
  });
  it.each(['//other.example/x', '/\\other.example/y'])('refuses the path %j (it names another host)', (path) => {
    expect(() => evaluate(healthEndpoint, obsOf(), { paths: ['/ok', path] })).toThrow(/options\.paths\.1 .*a path on the target's host/);
  });
});

describe('health-endpoint and response-time path options (QA28)', () => {
  it('a path without its leading "/" says what is expected, not zod\'s "Invalid string"', () => {
    expect(() => parseOptions(healthEndpoint, { paths: ['/healthz', 'ready'] })).toThrow(/^options\.paths\.1 for check 'health-endpoint': expected a URL path starting with "\/" \(e\.g\. \/healthz\)$/);
    expect(() => parseOptions(responseTime, { path: 'api/orders' })).toThrow(/^options\.path for check 'response-time': expected a URL path starting with "\/" \(e\.g\. \/api\/orders\)$/);
    // A path naming another host keeps its own message.
    expect(() => parseOptions(healthEndpoint, { paths: ['//evil.example/x'] })).toThrow(/^options\.paths\.0 for check 'health-endpoint': expected a path on the target's host: one leading "\/", not "\/\/"/);
    expect(parseOptions(healthEndpoint, { paths: ['/healthz'] })).toEqual({ paths: ['/healthz'] });
  });
});
