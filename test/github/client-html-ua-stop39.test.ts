import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, describeError } from '../../src/github/client.js';
import { silentLogger } from '../../src/types.js';
import { VERSION } from '../../src/version.js';

// QA39 action8 N2/N4: an HTML error page from a front end was described by its first line (`<!DOCTYPE html>`), and the
// requests named only octokit.
let server: http.Server;
let url = '';
const agents: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    agents.push(String(req.headers['user-agent']));
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\n</html>\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('GitHub client: HTML error pages and the user agent', () => {
  it('names Preflight in the user agent and describes an HTML 502 page by its title', async () => {
    const c = createClient({ token: 'ghs_x', baseUrl: url, logger: silentLogger, retryMs: 1, retries: 0 });
    const err = await c.rest.pulls.get({ owner: 'acme', repo: 'shop', pull_number: 1 }).then(() => null, (e: unknown) => e);
    expect(err).not.toBeNull();
    expect(describeError(err)).toBe('HTTP 502: an HTML error page ("502 Bad Gateway") instead of the API\'s JSON');
    expect(agents.length).toBeGreaterThan(0);
    expect(agents[0]).toMatch(new RegExp(`^preflight/${VERSION.replace(/\./g, '\\.')} octokit`));
  });
  it('says an HTML page without a title is one, and leaves JSON messages alone', () => {
    expect(describeError(Object.assign(new Error('<html><body>Service Unavailable</body></html>'), { status: 503 }))).toBe('HTTP 503: an HTML error page instead of the API\'s JSON');
    expect(describeError(Object.assign(new Error('Validation Failed: {"resource":"CheckRun"}'), { status: 422 }))).toBe('HTTP 422: Validation Failed: {"resource":"CheckRun"}');
  });
});
