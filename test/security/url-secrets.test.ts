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

describe('header values a server echoes back', () => {
  it('are masked before any probe quotes them, even cut short or in another case', async () => {
    const SECRET = 'AbCdEf-SeCrEt-9876-LongerValueHere-XyZ';
    const echo = http.createServer((req, res) => {
      const key = String(req.headers['x-api-key'] ?? '');
      res.writeHead(200, { 'content-type': 'text/html', 'x-frame-options': key.toLowerCase(), 'access-control-allow-origin': String(req.headers.origin ?? '*'), 'access-control-allow-credentials': key.toUpperCase() });
      res.end('<html>ok</html>');
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    try {
      const at = (echo.address() as { port: number }).port;
      const repo = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: http://127.0.0.1:${at}/\n  timeout: 5\n  headers:\n    X-Api-Key: \${PREFLIGHT_KEY}\nitems:\n  - id: headers\n    check: security-headers\n  - id: cors\n    check: cors-policy\n` });
      let out = '';
      const code = await main(['--format', 'json', '--fail-on', 'none'], { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, isTTY: false, env: { PREFLIGHT_KEY: SECRET }, cwd: repo });
      expect(code, out).toBe(0);
      const messages = (JSON.parse(out) as { findings: { check: string; message: string }[] }).findings.map((f) => `${f.check}: ${f.message}`).join('\n');
      // The probes judged the echoed values (or the test proves nothing), and quoted them masked.
      expect(messages).toMatch(/security-headers: framing is not blocked \(X-Frame-Options '\*\*\*'/);
      expect(messages).toMatch(/cors-policy: .*Access-Control-Allow-Credentials '\*\*\*'/);
      for (const part of [SECRET.slice(0, 12), SECRET.toLowerCase().slice(0, 12), SECRET.toUpperCase().slice(0, 12)]) expect(out).not.toContain(part);
    } finally { echo.closeAllConnections(); echo.close(); }
  }, 60_000);
});

describe('credentials a server echoes cut short or in another case', () => {
  it('are masked by their fragments in messages and URLs (10 characters or more)', async () => {
    const TOKEN = 'Zq7Kx9Wm4PtR2vLs';
    const echo = http.createServer((req, res) => {
      const auth = String(req.headers.authorization ?? '');
      if (req.url === '/') { res.writeHead(302, { location: `/next/${encodeURIComponent(auth.toLowerCase())}` }); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html', server: `nginx/1.25.3 (${auth.slice(7, 19)})`, 'x-powered-by': `PHP/8.2 ${auth.slice(-10).toUpperCase()}` });
      res.end('<html>ok</html>');
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    try {
      const at = (echo.address() as { port: number }).port;
      const repo = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: http://127.0.0.1:${at}/\n  timeout: 5\n  headers:\n    Authorization: Bearer \${PREFLIGHT_TOKEN}\nitems:\n  - id: leak\n    check: server-version-leak\n  - id: up\n    check: health-endpoint\n` });
      let out = '';
      await main(['--format', 'json', '--fail-on', 'none', '--debug'], { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, isTTY: false, env: { PREFLIGHT_TOKEN: TOKEN }, cwd: repo });
      const report = JSON.parse(out.slice(out.indexOf('{'))) as { findings: { check: string; message: string; url: string | null }[] };
      // The probe judged the echoed banner (or the test proves nothing), and quoted it masked.
      expect(report.findings.map((f) => f.message).join('\n')).toMatch(/reveals its version in Server: 'nginx\/1\.25\.3 \(\*\*\*\)'/);
      for (const part of [TOKEN.slice(0, 12), TOKEN.slice(-10), TOKEN.toLowerCase().slice(0, 10), TOKEN.toUpperCase().slice(-10)]) expect(out).not.toContain(part);
    } finally { echo.closeAllConnections(); echo.close(); }
  }, 60_000);
});

describe('credentials in the target URL (https://user:pass@host/)', () => {
  it('are sent as Basic auth to the target, shown nowhere, and the URL shown has no userinfo', async () => {
    const USER = 'admin';
    const PASS = 'Sup3rS3cretPassw0rd-canary';
    const basic = `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}`;
    const seen: (string | undefined)[] = [];
    const srv = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      if (req.headers.authorization !== basic) { res.writeHead(401, { 'www-authenticate': 'Basic realm="staging"' }); res.end(); return; }
      // A server that echoes the credentials (decoded, cut short, base64) must not leak them.
      res.writeHead(200, { 'content-type': 'text/html', server: `nginx/1.25.3 (${PASS.slice(0, 12)})`, 'x-powered-by': basic });
      res.end(`<html>hello ${PASS}</html>`);
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    try {
      const at = (srv.address() as { port: number }).port;
      const repo = makeRepo({ '.github/preflight.yml': 'version: 1\nitems:\n  - id: up\n    check: health-endpoint\n  - id: leak\n    check: server-version-leak\n' });
      let out = '';
      const code = await main(['--format', 'json', '--fail-on', 'critical', '--url', `http://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${at}/`, '--timeout', '5'], { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, isTTY: false, env: {}, cwd: repo });
      expect(code, out).toBe(0);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((a) => a === basic)).toBe(true);
      const report = JSON.parse(out) as { target: { url: string }; findings: { check: string; message: string; url: string | null }[] };
      expect(report.target.url).toBe(`http://127.0.0.1:${at}/`);
      // The probes judged the echoed banner (or the test proves nothing), with the URL shown without userinfo.
      expect(report.findings.map((f) => f.message).join('\n')).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${at}/ reveals its version in Server: 'nginx/1\\.25\\.3 \\(\\*\\*\\*\\)'`));
      for (const part of [PASS, PASS.slice(0, 12), basic.slice(6), `${USER}:`]) expect(out).not.toContain(part);
    } finally { srv.closeAllConnections(); srv.close(); }
  }, 60_000);
});
