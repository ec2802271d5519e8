/**
 * QA stop 40 (robust3 D3): a GitHub API (or a proxy in front of it) answering 200 with a body that is not JSON (an HTML
 * page) was read as an empty answer: the pull request's description as empty (its sign-off lost, no warning), the check
 * run as written. Such an answer is now a failure, described, which the callers say as they say an HTTP 500.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { createClient, describeError, UnreadableAnswer } from '../../src/github/client.js';
import { fetchPull } from '../../src/github/pulls.js';
import { silentLogger } from '../../src/types.js';

let server: http.Server;
let url = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const at = req.url ?? '';
      if (at.startsWith('/repos/acme/shop/pulls/1')) { res.writeHead(200, { 'content-type': 'application/json' }); res.end('<html>oops'); return; }
      if (at.startsWith('/repos/acme/shop/pulls/2')) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end('<!DOCTYPE html><html><head><title>Sign in \x1b[31m to the proxy</title></head></html>'); return; }
      if (at.startsWith('/repos/acme/shop/pulls/3')) { res.writeHead(200, { 'content-type': 'application/json' }); res.end(''); return; }
      if (at.startsWith('/repos/acme/shop/pulls/4')) { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ number: 4, body: '- [x] Backups tested', user: { login: 'u' }, head: { sha: 'a'.repeat(40) } })); return; }
      if (at.startsWith('/repos/acme/shop/check-runs')) { res.writeHead(201, { 'content-type': 'application/json' }); res.end('<html><body>captive portal</body></html>'); return; }
      if (at === '/gone') { res.writeHead(204); res.end(); return; }
      res.writeHead(404, { 'content-type': 'application/json' }); res.end('{"message":"Not Found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => createClient({ token: 'ghs_x', baseUrl: url, logger: silentLogger, retryMs: 1, retries: 1 });
const repo = { owner: 'acme', repo: 'shop' };
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe('GitHub API answering 2xx with a body that is not JSON (stop 40)', () => {
  it('reading the pull request fails, described, instead of giving an empty description', async () => {
    const err = await failure(fetchPull(client(), repo, 1));
    expect(err).toBeInstanceOf(UnreadableAnswer);
    expect(describeError(err)).toBe("HTTP 200: an HTML page (content-type application/json) instead of the API's JSON: a proxy in front of the API?");
    // An HTML page's title (control characters written out), and an empty body, are said as such.
    expect(describeError(await failure(fetchPull(client(), repo, 2)))).toBe('HTTP 200: an HTML page ("Sign in \\x1b[31m to the proxy") (content-type text/html; charset=utf-8) instead of the API\'s JSON: a proxy in front of the API?');
    expect(describeError(await failure(fetchPull(client(), repo, 3)))).toBe("HTTP 200: an empty body (content-type application/json) instead of the API's JSON: a proxy in front of the API?");
  });

  it('the API\'s own JSON, and a 204 with no body, are read as before', async () => {
    expect(await fetchPull(client(), repo, 4)).toEqual({ body: '- [x] Backups tested', author: 'u', association: null, headSha: 'a'.repeat(40) });
    expect((await client().request('DELETE /gone')).status).toBe(204);
  });

  it('creating the check run is not taken as done when its answer cannot be read', async () => {
    const err = await failure(publishCheckRun(client(), { ...repo, name: 'Preflight', headSha: 'a'.repeat(40), conclusion: 'success', title: 'Passed', summary: 's', annotations: [] }));
    expect(err).toBeInstanceOf(UnreadableAnswer);
    expect(describeError(err)).toMatch(/^HTTP 201: an HTML page \(content-type application\/json\) instead of the API's JSON/);
  });
});
