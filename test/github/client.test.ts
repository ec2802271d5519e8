import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { createClient, describeError, isForbidden, isRateLimited } from '../../src/github/client.js';
import { silentLogger } from '../../src/types.js';
import { startFakeGitHub } from '../action/fake-github.js';
import type { FakeGitHub } from '../action/fake-github.js';
import { makePki } from '../servers/certs.js';
import { startHttps } from '../servers/node.js';
import type { Running } from '../servers/node.js';
import { startProxy } from '../servers/proxy.js';

const TOKEN = 'ghs_client_token_123';
let gh: FakeGitHub;
beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
afterAll(async () => { await gh.close(); });
beforeEach(() => { gh.reset(); });

const get = (c: ReturnType<typeof createClient>) => c.rest.pulls.get({ owner: 'acme', repo: 'shop', pull_number: 1 });

describe('createClient', () => {
  it('keeps one request\'s retry count out of the next (no growing waits after a retried request)', async () => {
    const c = createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 });
    gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status: 500, times: 10 });
    await expect(get(c)).rejects.toMatchObject({ status: 500 });
    // 1 + 3 retries, and the count stayed with that request.
    expect(gh.state.requests).toHaveLength(4);
    const defaults = (c.request.endpoint as unknown as { DEFAULTS: { request?: Record<string, unknown> } }).DEFAULTS;
    expect(defaults.request?.retryCount).toBeUndefined();
    // The next request gets its own three retries again.
    gh.reset();
    gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status: 502, times: 3 });
    gh.state.pulls.set(1, { number: 1, body: '', author: 'a', headSha: 'a'.repeat(40), files: [] });
    await expect(get(c)).resolves.toMatchObject({ status: 200 });
    expect(gh.state.requests).toHaveLength(4);
  });
});

describe('rate limits (QA27 D2)', () => {
  const lines: string[] = [];
  const logger = { ...silentLogger, info: (m: string) => { lines.push(m); } };
  const secondary = (after: string, times = 100) => gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status: 403, times, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': after } });
  beforeEach(() => {
    lines.length = 0;
    gh.state.pulls.set(1, { number: 1, body: '', author: 'a', headSha: 'a'.repeat(40), files: [] });
  });
  it('gives up at once on a limit that lifts in more than a minute', async () => {
    const c = createClient({ token: TOKEN, baseUrl: gh.url, logger, retryMs: 1 });
    secondary('70');
    await expect(get(c)).rejects.toMatchObject({ status: 403 });
    expect(gh.state.requests).toHaveLength(1);
    expect(lines).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; giving up (it lifts in 70 s, and Preflight waits only for limits that lift within 60 s)']);
  });
  it('waits for one that lifts within a minute, at most `retries` times per request', async () => {
    const c = createClient({ token: TOKEN, baseUrl: gh.url, logger, retryMs: 1 });
    secondary('1', 2);
    await expect(get(c)).resolves.toMatchObject({ status: 200 });
    expect(gh.state.requests).toHaveLength(3);
    gh.state.requests.length = 0;
    secondary('1');
    await expect(get(c)).rejects.toMatchObject({ status: 403 });
    expect(gh.state.requests).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/giving up \(retried 3 times already\)$/);
  });
  it('waits two minutes at most in all, across requests', async () => {
    const c = createClient({ token: TOKEN, baseUrl: gh.url, logger, retryMs: 1 });
    secondary('60', 1);
    await expect(get(c)).resolves.toMatchObject({ status: 200 });
    secondary('50', 1);
    await expect(get(c)).resolves.toMatchObject({ status: 200 });
    // 60 + 50 s waited: another 50 s would pass the 120 s bound.
    secondary('50', 1);
    await expect(get(c)).rejects.toMatchObject({ status: 403 });
    expect(lines.at(-1)).toMatch(/giving up \(Preflight has waited 110 s for rate limits in this run and waits 120 s at most\)$/);
  });
  it('a primary limit is retried like a secondary one when it lifts within a minute', async () => {
    const c = createClient({ token: TOKEN, baseUrl: gh.url, logger, retryMs: 1 });
    const primary = (reset: number) => gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status: 403, times: 1, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + reset) } });
    primary(5);
    await expect(get(c)).resolves.toMatchObject({ status: 200 });
    primary(3600);
    await expect(get(c)).rejects.toMatchObject({ status: 403 });
    expect(lines.at(-1)).toMatch(/^GitHub API rate limit reached on GET .*; giving up \(it lifts in \d+ s, and Preflight waits only for limits that lift within 60 s\)$/);
  });
});

describe('rate limits are not missing permissions', () => {
  const err = (status: number, message: string, headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } });
  it('tells a (secondary) rate limit 403 from a permission 403', () => {
    const secondary = err(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', { 'retry-after': '60' });
    const primary = err(403, 'API rate limit exceeded for installation ID 1.', { 'x-ratelimit-remaining': '0' });
    const denied = err(403, 'Resource not accessible by integration');
    expect([isRateLimited(secondary), isForbidden(secondary)]).toEqual([true, false]);
    expect([isRateLimited(primary), isForbidden(primary)]).toEqual([true, false]);
    expect([isRateLimited(err(429, 'Too many requests')), isForbidden(err(429, 'x'))]).toEqual([true, false]);
    expect([isRateLimited(denied), isForbidden(denied)]).toEqual([false, true]);
    expect(isRateLimited(err(500, 'rate limit'))).toBe(false);
  });
});

// QA32 ghes D3: octokit reports a request that got no answer as status 500 (no response): no server said 500.
describe('connections that fail are said as such, not as HTTP 500', () => {
  let api: Running;
  beforeAll(async () => { api = await startHttps(makePki().valid, (_req, res) => { res.end('{}'); }); }, 60_000);
  afterAll(async () => { await api?.close(); });
  // Counts the attempts (the client bounds and wraps the fetch a request is given).
  const counted = (via?: ProxyAgent) => {
    const calls = { n: 0 };
    const fetch = (url: string, init: RequestInit) => { calls.n++; return via ? undiciFetch(url, { ...(init as object), dispatcher: via } as never) : globalThis.fetch(url, init); };
    return { calls, fetch };
  };
  const getVia = (c: ReturnType<typeof createClient>, fetch: unknown) => c.rest.pulls.get({ owner: 'acme', repo: 'shop', pull_number: 1, request: { fetch } }).then(() => null, (e: unknown) => e);

  it('an API certificate from a private CA: a TLS problem with the NODE_EXTRA_CA_CERTS hint, tried once', async () => {
    const c = createClient({ token: TOKEN, baseUrl: `${api.url}/api/v3`, logger: silentLogger, retryMs: 1 });
    const { calls, fetch } = counted();
    const err = await getVia(c, fetch);
    expect(describeError(err)).toMatch(/^the GitHub API's TLS certificate was not accepted: unable to verify the first certificate.*NODE_EXTRA_CA_CERTS/);
    expect(describeError(err)).not.toMatch(/HTTP 500/);
    expect(calls.n).toBe(1);
  });

  it('a proxy that refuses the tunnel (403): said as the proxy\'s refusal, tried once', async () => {
    const proxy = await startProxy({ deny: 403 });
    try {
      const c = createClient({ token: TOKEN, baseUrl: 'https://ghe.acme.internal/api/v3', logger: silentLogger, retryMs: 1 });
      const { calls, fetch } = counted(new ProxyAgent(proxy.url));
      const err = await getVia(c, fetch);
      expect(describeError(err)).toBe('the proxy refused the connection to the GitHub API, answering its CONNECT with HTTP 403: check HTTPS_PROXY/HTTP_PROXY, or add the API\'s host to NO_PROXY if it is to be reached directly');
      expect(calls.n).toBe(1);
      expect(proxy.seen).toEqual(['CONNECT ghe.acme.internal:443']);
    } finally { await proxy.close(); }
  });

  it('a refused connection is still retried (it may be a restart) and said as no answer; a real 500 stays "HTTP 500"', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const c = createClient({ token: TOKEN, baseUrl: `http://127.0.0.1:${port}`, logger: silentLogger, retryMs: 1 });
    const { calls, fetch } = counted();
    const err = await getVia(c, fetch);
    expect(describeError(err)).toMatch(/^no answer from the GitHub API: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
    expect(calls.n).toBe(4);
    gh.state.faults.push({ method: 'GET', path: /pulls\/1$/, status: 500, times: 10, message: 'Server Error' });
    const real = await get(createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 })).then(() => null, (e: unknown) => e);
    expect(describeError(real)).toMatch(/^HTTP 500: /);
  });
});
