import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { main } from '../../src/cli.js';
import { collect } from '../../src/probes/collect.js';
import { credentialParam, secretLikeName, urlPassword } from '../../src/report/redact.js';
import { headerNameProblem, parseHeaders } from '../../src/settings.js';
import { untrustedReason } from '../../src/probes/util.js';
import type { Logger } from '../../src/types.js';
import { silentLogger } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';
import { makePki, makeWeakLeaves, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Running } from '../servers/node.js';
import { probeLive } from './helpers.js';

// QA stop 37, live probes round 10 (probes10 D1–D4).

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stdout, stderr };
}

let pki: Pki;
const servers: Running[] = [];
const up = async (s: Promise<Running>) => { const r = await s; servers.push(r); return r; };
beforeAll(() => { pki = makePki(); });
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

// D1: Vercel's protection-bypass secret (`?x-vercel-protection-bypass=`) and `*Token`/`sessionId` query credentials were
// printed in clear in every output; the bypass header, echoed cut short, leaked its first characters.
describe('credential query parameters: every secret-like name, by whole words', () => {
  const CREDENTIAL = ['token', 'accessToken', 'authToken', 'idToken', 'id_token', 'refreshToken', 'previewToken', 'sessionId', 'session_id', 'sessionid', 'sid',
    'JSESSIONID', 'bypass', 'x-vercel-protection-bypass', 'X-Amz-Signature', 'X-Amz-Credential', 'X-Amz-Security-Token', 'sig', 'signature', 'pw', 'pwd', 'passwd',
    'password', 'otp', 'hmac', 'pat', 'ticket', 'sharedKey', 'api_key', 'apiKey', 'client_secret', 'jwt', '_vercel_share', 'oauth_signature', 'auth'];
  const HARMLESS = ['page', 'lang', 'utm_source', 'keyword', 'q', 'sort', 'share', 'author', 'token_type', 'key_id', 'auth_mode', 'session_expires', 'redirect_uri',
    'state', 'expires', 'site_key', 'sort_key', 'id'];

  it.each(CREDENTIAL)('?%s= is a credential', (name) => {
    expect(credentialParam(name)).toBe(true);
    expect(urlPassword(`https://app.example/?page=2&${name}=Zq9xK2mP7vL4nR8sT1wY`)).toEqual(['Zq9xK2mP7vL4nR8sT1wY']);
  });

  it.each(HARMLESS)('?%s= is not', (name) => {
    expect(credentialParam(name)).toBe(false);
    expect(urlPassword(`https://app.example/?${name}=Zq9xK2mP7vL4nR8sT1wY`)).toEqual([]);
  });

  it("a flag's value is no credential: masking `true` would blank the word in every message", () => {
    expect(urlPassword('https://app.example/?x-vercel-protection-bypass=Zq9xK2mP7vL4nR8sT1wY&x-vercel-set-bypass-cookie=true')).toEqual(['Zq9xK2mP7vL4nR8sT1wY']);
    expect(urlPassword('https://app.example/?private=false&token_type=Bearer')).toEqual([]);
  });

  it('header names: the bypass secrets are secret-like (masked by their fragments too); `X-Author` is not', () => {
    for (const n of ['x-vercel-protection-bypass', 'X-Netlify-Bypass', 'Authorization', 'X-Api-Key', 'X-Session-Id']) expect(secretLikeName(n)).toBe(true);
    for (const n of ['X-Author', 'X-Env', 'Accept-Language']) expect(secretLikeName(n)).toBe(false);
  });

  it('a run never shows the bypass secret or an authToken, in any report format (the server echoes the URL in a redirect)', async () => {
    const BYPASS = 'Zq9xK2mP7vL4nR8sT1wY';
    const TOKEN = 'Tk7pQ2wE9rT4yU1iO3pA';
    const echo = await up(startHttps({ key: pki.valid.key, cert: pki.valid.cert }, (req, res) => {
      if (req.url!.startsWith('/next')) { res.writeHead(401, { 'www-authenticate': 'Bearer' }); res.end('login'); return; }
      res.writeHead(302, { location: `/next?r=${encodeURIComponent(req.url!)}&s=${encodeURIComponent(req.url!).slice(3, 30)}` });
      res.end();
    }));
    const repo = makeRepo({ 'ca.pem': pki.ca, 'c.yml': 'version: 1\nitems:\n  - { id: hsts, check: hsts }\n  - { id: health, check: health-endpoint }\n  - { id: leak, check: server-version-leak }\n' });
    const url = `${echo.url}/app?x-vercel-protection-bypass=${BYPASS}&x-vercel-set-bypass-cookie=true&authToken=${TOKEN}`;
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const r = await cli(['--checklist', 'c.yml', '--url', url, '--ca', 'ca.pem', '--timeout', '3', '--format', format], repo);
      const all = r.stdout + r.stderr;
      expect(all).toMatch(/x-vercel-protection-bypass(?:=|%3D)(?:\\?\*){3}/);
      for (const secret of [BYPASS, TOKEN, BYPASS.slice(0, 12), TOKEN.slice(0, 12)]) expect({ format, leaked: all.includes(secret) }).toEqual({ format, leaked: false });
    }
  });

  it('the bypass header echoed cut short is masked as X-Api-Key is', async () => {
    const echo = await up(startHttps({ key: pki.valid.key, cert: pki.valid.cert }, (req, res) => {
      const u = new URL(req.url!, 'https://x');
      const v = String(req.headers[u.searchParams.get('h')!.toLowerCase()] ?? '').slice(0, 14);
      res.writeHead(301, { location: `http://127.0.0.1:1/landing?v=${v}` });
      res.end();
    }));
    for (const name of ['X-Api-Key', 'x-vercel-protection-bypass', 'X-Netlify-Bypass']) {
      const { out } = await probeLive({ url: `${echo.url}/?h=${name}`, ca: pki.ca, headers: { [name]: 'Zq9xK2mP7vL4nR8sT1wY' } }, ['health-endpoint', 'hsts']);
      const text = JSON.stringify([...out]);
      expect(text).toContain('landing?v=***');
      expect({ name, leaked: text.includes('Zq9xK2mP7v') }).toEqual({ name, leaked: false });
    }
  });
});

// D2: a header undici refuses (Keep-Alive, Expect, Upgrade, Transfer-Encoding) made every request fail before it left, reported
// as a target that "did not answer" (critical), exit 1.
describe('custom headers the HTTP client refuses are configuration errors naming the header', () => {
  const refused = ['Keep-Alive: timeout=5', 'Expect: 100-continue', 'Upgrade: h2c', 'Transfer-Encoding: chunked', 'TE: gzip', 'Proxy-Connection: keep-alive', 'HTTP2-Settings: AAMAAABkAAQAAP__', 'Content-Length: 5', 'Connection: a b'];

  it.each(refused)('--header "%s" is refused before anything is sent', (h) => {
    const name = h.slice(0, h.indexOf(':'));
    expect(() => parseHeaders([h], '--header', () => {})).toThrow(new RegExp(`^--header ${name}: `));
  });

  it('what curl and Postman send, and undici sends, is accepted: Connection: keep-alive, TE: trailers, Host, Content-Length: 0', () => {
    expect(parseHeaders(['Connection: keep-alive', 'TE: trailers', 'Host: app.example', 'Content-Length: 0', 'X-Api-Key: k'], '--header', () => {}))
      .toEqual({ Connection: 'keep-alive', TE: 'trailers', Host: 'app.example', 'Content-Length': '0', 'X-Api-Key': 'k' });
    expect(headerNameProblem('Connection', 'close')).toBeUndefined();
  });

  it('the CLI exits 2 naming the header (the server is never contacted); the accepted ones reach a live target', async () => {
    const seen: (string | undefined)[] = [];
    const server = await up(startHttp((req, res) => { seen.push(req.headers['x-probe'] as string | undefined); res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); }));
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - { id: health, check: health-endpoint }\n' });
    const bad = await cli(['--checklist', 'c.yml', '--url', `${server.url}/`, '--header', 'Keep-Alive: timeout=5', '--timeout', '3'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--header Keep-Alive: a connection-specific \(hop-by-hop\) header/);
    expect(bad.stdout).not.toMatch(/did not answer/);
    expect(seen).toEqual([]);
    const ok = await cli(['--checklist', 'c.yml', '--url', `${server.url}/`, '--header', 'Connection: keep-alive', '--header', 'X-Probe: yes', '--timeout', '3'], repo);
    expect(ok.code).toBe(0);
    expect(seen).toContain('yes');
  });

  it('in probes.headers: a configuration error at the header (exit 2)', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nprobes:\n  url: http://127.0.0.1:1/\n  headers:\n    Expect: 100-continue\nitems:\n  - { id: health, check: health-endpoint }\n' });
    const r = await cli(['--checklist', 'c.yml'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.yml:5:\d+: probes\.headers\.Expect: asks the server to accept a request body/);
  });
});

// D3: the warning that custom headers are withheld said "the CA given does not sign it, or the name does not match" for an
// expired, not-yet-valid or weak-key certificate the CA given signs for the right name.
describe('the withheld-headers warning names what is wrong with the certificate', () => {
  const warnings = async (tls: { key: string; cert: string; ciphers?: string }, url?: (r: Running) => string, ca: string | null = pki.ca) => {
    const server = await up(startHttps(tls, (_q, res) => { res.writeHead(200, STRONG_HEADERS); res.end('ok'); }));
    const warned: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (m) => { warned.push(m); } };
    await collect({ url: url ? url(server) : `${server.url}/`, ...(ca ? { ca } : {}), headers: { 'X-Api-Key': 'abcdefghijkl' }, timeoutMs: 3000, waitMs: 0, allowSelfSigned: false }, { tls: true, main: true }, logger);
    return warned.filter((w) => /custom headers are withheld/.test(w));
  };

  it('expired, not yet valid, a weak key, another name, an unknown CA', async () => {
    expect(await warnings(pki.expired)).toEqual([expect.stringMatching(/^the certificate is not trusted \(it expired on \d{4}-\d\d-\d\d\): custom headers are withheld$/)]);
    expect(await warnings(pki.notYetValid)).toEqual([expect.stringMatching(/^the certificate is not trusted \(it is not valid before \d{4}-\d\d-\d\d\): custom headers are withheld$/)]);
    const weak = makeWeakLeaves(pki);
    expect(await warnings({ ...weak.rsa1024, ciphers: 'DEFAULT@SECLEVEL=0' })).toEqual(['the certificate is not trusted (it has a 1024-bit RSA key, which clients refuse): custom headers are withheld']);
    expect(await warnings(pki.wrongHost)).toEqual(['the certificate is not trusted (it is not valid for 127.0.0.1): custom headers are withheld']);
    expect(await warnings(pki.valid, undefined, null)).toEqual([expect.stringMatching(/^the certificate is not trusted \(its issuer CN=Preflight Test CA is not a trusted CA\b.*\): custom headers are withheld \(trust a private CA with --ca/)]);
    // Trusted: nothing is withheld.
    expect(await warnings(pki.valid)).toEqual([]);
  });

  it('untrustedReason: the CA given does not sign it; self-signed; several problems at once', () => {
    const leaf = { subject: 'CN=localhost', issuer: 'CN=Other CA', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z', selfIssued: false };
    const now = Date.parse('2026-06-01T00:00:00.000Z');
    expect(untrustedReason({ authorized: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', chain: [leaf] }, 'app.example', true, now)).toBe('the CA given does not sign it (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)');
    expect(untrustedReason({ authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT', chain: [{ ...leaf, issuer: leaf.subject, selfIssued: true }] }, 'app.example', false, now)).toBe('it is self-signed');
    expect(untrustedReason({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chainTrusted: false, hostnameError: 'x', chain: [{ ...leaf, validTo: '2026-05-01T00:00:00.000Z' }] }, 'app.example', true, now))
      .toBe('it expired on 2026-05-01; it is not valid for app.example; the CA given does not sign it');
  });

  it('a health path answering 403 to the request the headers were withheld from says so', async () => {
    const server = await up(startHttps({ key: pki.valid.key, cert: pki.valid.cert }, (req, res) => {
      res.writeHead(req.headers['x-api-key'] ? 200 : 403, { 'content-type': 'text/plain' });
      res.end('no');
    }));
    const { get } = await probeLive({ url: `${server.url}/`, headers: { 'X-Api-Key': 'abcdefghijkl' }, allowSelfSigned: true }, ['health-endpoint']);
    expect(get('health-endpoint').findings.map((f) => f.message)).toEqual([expect.stringMatching(/answered HTTP 403 instead of 2xx \(the custom headers given were withheld: the certificate is not trusted\)/)]);
  });
});

// D4: a plain-HTTP `301 → https://` whose body broke off or kept trickling made https-redirect an `error` (blocking at
// fail-on: high), although the verdict is known from the status line and Location.
describe('https-redirect judges the first hop on its status and Location, whatever its body does', () => {
  const target = () => up(startHttps({ key: pki.valid.key, cert: pki.valid.cert }, (_q, res) => { res.writeHead(200, STRONG_HEADERS); res.end('ok'); }));
  const cut = (res: ServerResponse) => { res.write('<html>Moved'); setTimeout(() => res.socket?.destroy(), 30); };

  it('a 301 to https:// whose body is cut off passes', async () => {
    const t = await target();
    const plain = await up(startHttp((_q, res) => { res.writeHead(301, { location: `${t.url}/`, 'content-type': 'text/html', 'content-length': '5000' }); cut(res); }));
    const { get } = await probeLive({ url: `${t.url}/`, ca: pki.ca, httpUrl: `${plain.url}/`, timeoutMs: 2000 }, ['https-redirect']);
    expect(get('https-redirect')).toEqual({ findings: [] });
  });

  it('a 301 to https:// whose body keeps trickling passes (the body is not waited for)', async () => {
    const t = await target();
    const plain = await up(startHttp((_q, res) => {
      res.writeHead(301, { location: `${t.url}/`, 'content-type': 'text/html' });
      const timer = setInterval(() => { try { res.write('.'); } catch { /* closed */ } }, 200);
      res.on('close', () => clearInterval(timer));
    }));
    const { get } = await probeLive({ url: `${t.url}/`, ca: pki.ca, httpUrl: `${plain.url}/`, timeoutMs: 2000 }, ['https-redirect']);
    expect(get('https-redirect')).toEqual({ findings: [] });
  });

  it('a 200 whose body is cut off fails as not a redirect, not an error', async () => {
    const t = await target();
    const plain = await up(startHttp((_q, res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' }); cut(res); }));
    const { get } = await probeLive({ url: `${t.url}/`, ca: pki.ca, httpUrl: `${plain.url}/`, timeoutMs: 2000 }, ['https-redirect']);
    const o = get('https-redirect');
    expect(o.error).toBeUndefined();
    expect(o.findings.map((f) => f.message)).toEqual([`${plain.url}/ answered HTTP 200 over plain HTTP instead of redirecting to https://`]);
  });

  it('a same-origin redirect of the target with a trickling body is followed to its page', async () => {
    const t = await up(startHttps({ key: pki.valid.key, cert: pki.valid.cert }, (req, res) => {
      if (req.url === '/') {
        res.writeHead(302, { location: '/home', 'content-type': 'text/html' });
        const timer = setInterval(() => { try { res.write('.'); } catch { /* closed */ } }, 200);
        res.on('close', () => clearInterval(timer));
        return;
      }
      res.writeHead(200, STRONG_HEADERS);
      res.end('home');
    }));
    const obs = await collect({ url: `${t.url}/`, ca: pki.ca, headers: {}, timeoutMs: 2000, waitMs: 0, allowSelfSigned: false }, { main: true }, silentLogger);
    expect(obs.main!.error).toBeUndefined();
    expect(obs.main!.hops.map((h) => h.status)).toEqual([302, 200]);
  });
});
