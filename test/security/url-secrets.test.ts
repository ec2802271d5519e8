import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * Secrets in the probe URL itself: a `${PREFLIGHT_*}` value substituted into `probes.url` and a
 * password in the URL must not reach the CLI's output in any format, nor its log lines.
 */
let server: http.Server;
let port = 0;
beforeAll(async () => {
  server = http.createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>ok</html>'); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

const KEY = 'subst-canary-4b8f2e91';
const PASSWORD = 'pw-canary-7d3a';

describe('secrets in the probe URL', () => {
  it('never appear in any report format or log line', async () => {
    const repo = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: http://user:${PASSWORD}@127.0.0.1:${port}/?key=\${PREFLIGHT_KEY}\n  timeout: 5\nitems:\n  - id: hsts\n    check: hsts\n  - id: headers\n    check: security-headers\n` });
    let all = '';
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      let out = '';
      const code = await main(['--format', format, '--debug', '--fail-on', 'low'], { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, isTTY: false, env: { PREFLIGHT_KEY: KEY }, cwd: repo });
      expect(code, out).toBe(1);
      all += out;
    }
    // The probes ran against the URL (or the test proves nothing), and said so with the URL masked.
    expect(all).toContain('127.0.0.1');
    expect(all).toContain('***');
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(PASSWORD);
  }, 60_000);

  it('an invalid URL is reported without the substituted value', async () => {
    const repo = makeRepo({ '.github/preflight.yml': 'version: 1\nprobes:\n  url: ftp://host/${PREFLIGHT_KEY}\nitems:\n  - id: hsts\n    check: hsts\n' });
    let err = '';
    const code = await main([], { stdout: () => {}, stderr: (s) => { err += s; }, isTTY: false, env: { PREFLIGHT_KEY: KEY }, cwd: repo });
    expect(code).toBe(2);
    expect(err).toMatch(/preflight\.yml:3:8: invalid URL 'ftp:\/\/host\/\*\*\*'/);
  });
});
