import { afterAll, describe, expect, it } from 'vitest';
import { healthEndpoint } from '../../src/probes/health-endpoint.js';
import type { Chain } from '../../src/probes/observation.js';
import { startHttp, type Running } from '../servers/node.js';
import { evaluate, failures, obsOf, probeLive, res } from './helpers.js';

// QA44 probes18 D1: with `paths: [/h503, /hlogin]`, the failing /h503 was reported and the login-walled /hlogin vanished
// (no finding, no reason): the user learnt of it only after fixing /h503. Each path's outcome is reported now.

const h = (path: string, chain: Partial<Chain>) => ({ [path]: { chain: { start: `https://app.example${path}`, hops: [], ...chain }, attempts: 1, waitedMs: 0 } });
const login = (path: string) => h(path, { hops: [res(302, { location: `/login?next=${path}` }, '', `https://app.example${path}`), res(200, {}, 'login form', 'https://app.example/login?next=' + path)] });

describe('health-endpoint reports every path (require: all)', () => {
  it('a failing path and a login-walled one: the item fails, and the walled path is a note with the protected reason', () => {
    const obs = obsOf({ health: { ...h('/h503', { hops: [res(503, {}, '', 'https://app.example/h503')] }), ...login('/hlogin') } });
    const out = evaluate(healthEndpoint, obs, { paths: ['/h503', '/hlogin'] });
    expect(out.error).toBeUndefined();
    expect(failures(out, healthEndpoint).map((f) => [f.severity, f.message])).toEqual([['critical', 'health endpoint /h503 answered HTTP 503 instead of 2xx']]);
    expect(out.findings.filter((f) => f.note).map((f) => [f.url, f.message])).toEqual([[
      'https://app.example/hlogin',
      'health endpoint /hlogin could not be judged: protected — give headers (--header, the action input headers, or probes.headers) so the probe can see the application: https://app.example/hlogin redirects to a login page (https://app.example/login)',
    ]]);
  });

  it('a failing path and one behind a bot challenge: the failure is kept (it was an error that hid it)', () => {
    const challenge = h('/cf', { hops: [res(403, { 'cf-mitigated': 'challenge' }, '<title>Just a moment...</title>', 'https://app.example/cf')] });
    const obs = obsOf({ health: { ...challenge, ...h('/h503', { hops: [res(503, {}, '', 'https://app.example/h503')] }) } });
    const out = evaluate(healthEndpoint, obs, { paths: ['/cf', '/h503'] });
    expect(out.error).toBeUndefined();
    expect(failures(out, healthEndpoint).map((f) => f.message)).toEqual(['health endpoint /h503 answered HTTP 503 instead of 2xx']);
    expect(out.findings.filter((f) => f.note).map((f) => f.message)).toEqual([expect.stringMatching(/^health endpoint \/cf could not be judged: /)]);
  });

  it('lookalikes: a walled path next to one answering 2xx is still `error: protected`; alone it is too; a failing path alone has no note', () => {
    const ok = h('/health', { hops: [res(200, {}, 'ok', 'https://app.example/health')] });
    expect(evaluate(healthEndpoint, obsOf({ health: { ...ok, ...login('/hlogin') } }), { paths: ['/health', '/hlogin'] })).toEqual({
      findings: [], error: 'protected — give headers (--header, the action input headers, or probes.headers) so the probe can see the application: https://app.example/hlogin redirects to a login page (https://app.example/login)',
    });
    expect(evaluate(healthEndpoint, obsOf({ health: login('/hlogin') }), { paths: ['/hlogin'] }).error).toMatch(/^protected — give headers/);
    const alone = evaluate(healthEndpoint, obsOf({ health: h('/h503', { hops: [res(503, {}, '', 'https://app.example/h503')] }) }), { paths: ['/h503'] });
    expect(alone.findings.map((f) => [f.note ?? false, f.message])).toEqual([[false, 'health endpoint /h503 answered HTTP 503 instead of 2xx']]);
    // require: any is unchanged: a walled alternative may be the one that answers, so the probe cannot judge.
    const any = evaluate(healthEndpoint, obsOf({ health: { ...h('/h503', { hops: [res(503, {}, '', 'https://app.example/h503')] }), ...login('/hlogin') } }), { paths: ['/h503', '/hlogin'], require: 'any' });
    expect(any).toMatchObject({ findings: [], error: expect.stringMatching(/^protected — /) });
  });
});

describe('live: a server with a 503 health path and a login-walled one', () => {
  let srv: Running;
  afterAll(async () => { await srv?.close(); });
  it('reports both paths', async () => {
    srv = await startHttp((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/h503') { res.writeHead(503); res.end(); return; }
      if (path === '/hlogin') { res.writeHead(302, { location: '/login?next=/hlogin' }); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('login form');
    });
    const { get } = await probeLive({ url: `${srv.url}/` }, ['health-endpoint'], { 'health-endpoint': { paths: ['/h503', '/hlogin'] } });
    const o = get('health-endpoint');
    expect(o.error).toBeUndefined();
    expect(o.findings.map((f) => [f.note ?? false, f.url, f.message])).toEqual([
      [false, `${srv.url}/h503`, 'health endpoint /h503 answered HTTP 503 instead of 2xx'],
      [true, `${srv.url}/hlogin`, `health endpoint /hlogin could not be judged: protected — give headers (--header, the action input headers, or probes.headers) so the probe can see the application: ${srv.url}/hlogin redirects to a login page (${srv.url}/login)`],
    ]);
  });
});
