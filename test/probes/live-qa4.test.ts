import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/probes/collect.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../../src/run.js';
import { ConfigError, silentLogger } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';
import { makePki, makeWeakLeaves, type Pki, type WeakLeaves } from '../servers/certs.js';
import { startHttp, startHttp2, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * Regressions of QA round 4 (probes, black-box), each against a Node server on 127.0.0.1 (port 0)
 * reproducing it: HTTP/2-only servers, Django ≥ 3 debug pages, a target under a path prefix, dropped
 * connections, SPA shells and catch-alls, scheme-relative paths, weak certificates, encoded secrets,
 * login walls, credentials in the URL's query.
 */
let pki: Pki;
let weak: WeakLeaves;
const servers: Running[] = [];
const repos: string[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };
const https = (handler: Handler) => up(startHttps(pki.valid, handler));
const page = (status: number, body: string, headers: Record<string, string> = {}): Handler => (_q, r) => { r.writeHead(status, { ...STRONG_HEADERS, ...headers }); r.end(body); };

beforeAll(() => { pki = makePki(); weak = makeWeakLeaves(pki); fs.writeFileSync(path.join(pki.dir, 'ca.pem'), pki.ca); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
  for (const r of repos) fs.rmSync(r, { recursive: true, force: true });
});

/** A repository whose preflight.yml is `checklist`, run against `url` (probes on, our CA trusted). */
async function runWith(checklist: string, url: string, headers: Record<string, string> = {}) {
  const dir = makeRepo({ 'preflight.yml': checklist });
  repos.push(dir);
  return run({ dir, cwd: dir, checklist: 'preflight.yml', url, headers, ca: path.join(pki.dir, 'ca.pem'), timeout: 3, env: {} });
}

describe('an HTTP/2-only server (ALPN h2 alone, Node http2 defaults)', () => {
  it('is judged: the handshakes offer h2 too, so certificate and tls-version pass instead of "no application protocol"', async () => {
    const srv = await up(startHttp2(pki.valid, (stream) => { stream.respond({ ':status': 200, ...STRONG_HEADERS }); stream.end('<!doctype html><p>ok'); }));
    const { get } = await probeLive({ url: srv.url, ca: pki.ca }, ['certificate', 'tls-version', 'health-endpoint']);
    expect(get('certificate')).toEqual({ findings: [] });
    expect(get('tls-version')).toEqual({ findings: [] });
    expect(get('health-endpoint')).toEqual({ findings: [] });
  });
});

describe("dev-server-exposed: Django ≥ 3's DEBUG pages", () => {
  it('finds the 404 page with its typographic apostrophe (You’re seeing this error…)', async () => {
    const debug404 = (p: string) => `<!DOCTYPE html>\n<html lang="en">\n<head><title>Page not found at ${p}</title></head>\n<body>\n  <main id="info"><p>The current path, <code>${p.slice(1)}</code>, didn’t match any of these.</p></main>\n  <footer id="explanation">\n    <p>\n      You’re seeing this error because you have <code>DEBUG = True</code> in\n      your Django settings file. Change that to <code>False</code>, and Django\n      will display a standard 404 page.\n    </p>\n  </footer>\n</body>\n</html>\n`;
    const srv = await https((req, res) => (req.url === '/' ? page(200, '<!doctype html><p>home')(req, res) : page(404, debug404(req.url!))(req, res)));
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed'), 'dev-server-exposed');
    expect(f).toEqual([expect.objectContaining({ severity: 'critical', message: expect.stringMatching(/\/preflight-probe-\w+ exposes Django's DEBUG page/) })]);
  });
});

describe('a target URL under a path prefix (https://host/app/)', () => {
  it('health-endpoint and response-time request the target itself by default; configured paths stay origin-absolute', async () => {
    const seen: string[] = [];
    const srv = await https((req, res) => {
      seen.push(req.url!);
      const ok = req.url === '/app/' || req.url === '/healthz';
      page(ok ? 200 : 404, ok ? '<!doctype html><p>app' : 'not found')(req, res);
    });
    const { get } = await probeLive({ url: `${srv.url}/app/`, ca: pki.ca }, ['health-endpoint', 'response-time']);
    // Before the fix both requested / at the host root: health failed with 404, response-time timed the 404.
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(get('response-time')).toEqual({ findings: [] });
    expect(seen).not.toContain('/');
    expect(seen.filter((u) => u === '/app/').length).toBeGreaterThan(3);
    // probes.health and the path option are written on the origin: /healthz, not /app/healthz.
    seen.length = 0;
    const given = await probeLive({ url: `${srv.url}/app/`, ca: pki.ca, health: ['/healthz'] }, ['health-endpoint', 'response-time'], { 'response-time': { path: '/healthz', samples: 1 } });
    expect(given.get('health-endpoint')).toEqual({ findings: [] });
    expect(given.get('response-time')).toEqual({ findings: [] });
    expect([...new Set(seen)]).toEqual(['/healthz']);
  });
});

describe('sensitive-paths: paths the server refuses by dropping the connection (nginx `return 444`)', () => {
  it('passes, with a note naming them, when the target itself answers', async () => {
    // A FIN over TLS; an RST over plain HTTP (a TLS socket cannot be reset from Node): both refuse the path.
    const fin = await https((req, res) => { if (req.url === '/') page(200, '<!doctype html><p>home')(req, res); else req.socket.destroy(); });
    const rst = await up(startHttp((req, res) => { if (req.url === '/') page(200, '<!doctype html><p>home')(req, res); else req.socket.resetAndDestroy(); }));
    for (const srv of [fin, rst]) {
      const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths');
      expect(out.error, srv.url).toBeUndefined();
      expect(out.findings).toEqual([expect.objectContaining({ note: true, message: expect.stringMatching(/closed the connection without an answer for \/\.env, .*\/phpinfo\.php, \/info\.php .*not served/) })]);
    }
  });
  it('over HTTP/2 a reset stream is the refusal (RST_STREAM), asked again like a dropped connection', async () => {
    const h2 = await import('node:http2');
    const resets = new Map<string, number>();
    const srv = await up(startHttp2(pki.valid, (stream, headers) => {
      const p = String(headers[':path']);
      if (p === '/') { stream.respond({ ':status': 200, ...STRONG_HEADERS }); stream.end('<!doctype html><p>home'); return; }
      resets.set(p, (resets.get(p) ?? 0) + 1);
      if (p === '/.env' && resets.get(p)! > 1) { stream.respond({ ':status': 200, 'content-type': 'text/plain' }); stream.end('DB_PASSWORD=hunter2hunter2\nSECRET_KEY=abcdef0123456789\n'); return; }
      // The server's own stream reports the reset it sent as an error: expected here.
      stream.on('error', () => {});
      stream.close(h2.constants.NGHTTP2_INTERNAL_ERROR);
    }));
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths');
    expect(out.error).toBeUndefined();
    expect(failuresOf(out, 'sensitive-paths').map((f: { message: string }) => f.message).join('\n')).toMatch(/\/\.env serves/);
    expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ note: true, message: expect.stringMatching(/not served/) })]));
    expect(resets.get('/.git/config')).toBe(2);
  });

  it('asks again before concluding: a file served after one dropped connection fails', async () => {
    let first = true;
    const srv = await https((req, res) => {
      if (req.url === '/') return page(200, '<!doctype html><p>home')(req, res);
      if (req.url === '/.env' && first) { first = false; req.socket.destroy(); return; }
      if (req.url === '/.env') return page(200, 'DB_PASSWORD=hunter2hunter2\nSECRET_KEY=abcdef0123456789\n', { 'content-type': 'text/plain' })(req, res);
      req.socket.destroy();
    });
    const out = (await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths');
    expect(failuresOf(out, 'sensitive-paths').some((f: { message: string }) => /\/\.env\b/.test(f.message))).toBe(true);
  });
  it('is an error when the target drops everything (nothing could be judged)', async () => {
    const srv = await https((req) => { req.socket.destroy(); });
    expect((await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths').error).toMatch(/closed the connection|reset/);
  });
});

describe('sensitive-paths: single-page apps and catch-alls', () => {
  it('an SPA shell that starts with a comment and sets window.dataLayer is not a .env', async () => {
    const shell = '<!-- build 2026.12.01 -->\n<meta charset="utf-8">\n<title>Shop</title>\n<script>\n  window.dataLayer = window.dataLayer || [];\n</script>\n<div id="app"></div>\n<script src="/main.js"></script>\n';
    const srv = await https(page(200, shell));
    expect((await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths')).toEqual({ findings: [] });
  });
  it('an HTML shell behind a BOM and comments is a soft 404 for every file, whatever it quotes', async () => {
    // Server-rendered: each path's page differs (its canonical link), so no catch-all comparison hides it.
    const docs = (p: string) => `\uFEFF\n<!-- build 2026.12.01 -->\n<!-- cdn: edge-7 -->\n<html><head><title>Docs</title><link rel="canonical" href="${p}"></head><body><pre>\n[core]\naws_access_key_id = AKIAEXAMPLE\n//registry.npmjs.org/:_authToken=npm_example\n</pre></body></html>\n`;
    const srv = await https((req, res) => page(200, docs(req.url!))(req, res));
    expect((await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths')).toEqual({ findings: [] });
  });
  it('a script answering at /.env (`window.ENV = …;` lines) is not a .env file', async () => {
    const js = 'window.ENV = window.ENV || {};\nwindow.ENV.API_URL = "https://api.example";\nconsole.log(window.ENV);\n';
    const srv = await https((req, res) => (req.url === '/.env' ? page(200, js, { 'content-type': 'application/javascript' }) : page(404, 'not found'))(req, res));
    expect((await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths')).toEqual({ findings: [] });
  });
  it('a text/plain catch-all (`status=ok` everywhere) is not a .env: a random path answers the same', async () => {
    const srv = await https((req, res) => (req.url === '/' ? page(200, '<!doctype html><p>home') : page(200, 'status=ok\n', { 'content-type': 'text/plain' }))(req, res));
    expect((await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths')).toEqual({ findings: [] });
  });
  it('a real .env next to a 404 elsewhere still fails', async () => {
    const srv = await https((req, res) => (req.url === '/.env' ? page(200, '# prod\nexport DATABASE_URL=postgres://u:p@db/app\nSECRET_KEY="abc"\n', { 'content-type': 'text/plain' }) : page(404, 'not found'))(req, res));
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths'), 'sensitive-paths');
    expect(f.map((x) => [x.url, x.severity])).toEqual([[`${srv.url}/.env`, 'critical']]);
  });
});

describe('dev-server-exposed: a page that writes about the Werkzeug Debugger', () => {
  it('is not the debugger: only the debugger page\'s own markers count', async () => {
    const blog = '<!doctype html><html><head><title>Never ship the Werkzeug Debugger to production</title></head><body><article>Flask\'s Werkzeug Debugger runs arbitrary Python; the debugger caught an exception page is a shell. Grep your logs for ?__debugger__=yes&amp;cmd=resource requests.</article></body></html>';
    const srv = await https(page(200, blog));
    expect((await probeLive({ url: srv.url, ca: pki.ca }, ['dev-server-exposed'])).get('dev-server-exposed')).toEqual({ findings: [] });
  });
});

describe('paths that name another host (`//host:port/x`, `/\\host/y`)', () => {
  it('are configuration errors at their line and column: probes.health and the response-time path option', async () => {
    const config = async (yml: string) => {
      const e = await runWith(yml, 'https://127.0.0.1:9/').then(() => undefined, (err: unknown) => err);
      expect(e).toBeInstanceOf(ConfigError);
      return (e as ConfigError).format();
    };
    expect(await config("version: 1\nprobes:\n  health: ['/ok', '//127.0.0.1:9/x']\nitems:\n  - { id: h, check: health-endpoint }\n"))
      .toMatch(/^preflight\.yml:3:\d+: probes\.health\.1: expected a path on the target's host: one leading "\/", not "\/\/"/);
    expect(await config("version: 1\nprobes:\n  health: '/\\127.0.0.1:9/y'\nitems:\n  - { id: h, check: health-endpoint }\n")).toMatch(/^preflight\.yml:3:\d+: probes\.health: expected a path on the target's host/);
    expect(await config("version: 1\nitems:\n  - { id: rt, check: response-time, options: { path: '//127.0.0.1:9/z' } }\n")).toMatch(/^preflight\.yml:3:\d+: options\.path for check 'response-time': expected a path on the target's host/);
    expect(await config('version: 1\nitems:\n  - { id: h, check: health-endpoint, options: { paths: ["/\\t/127.0.0.1:9/z"] } }\n')).toMatch(/^preflight\.yml:3:\d+: options\.paths\.0 for check 'health-endpoint'/);
  });
  it('never take a request off the target\'s origin in the collector either', async () => {
    const other: string[] = [];
    const target: string[] = [];
    const elsewhere = await https((req, res) => { other.push(req.url!); page(200, 'ok')(req, res); });
    const srv = await https((req, res) => { target.push(req.url!); page(404, 'not found')(req, res); });
    const host = `127.0.0.1:${elsewhere.port}`;
    await collect({ url: `${srv.url}/`, ca: pki.ca, headers: {}, timeoutMs: 3000, waitMs: 0, allowSelfSigned: false },
      { health: [`//${host}/x`, `/\\${host}/y`], timing: [{ path: `/\t/${host}/z`, samples: 1 }] }, silentLogger);
    expect(other).toEqual([]);
    expect(target.sort()).toEqual([`//${host}/x`, `//${host}/y`, `//${host}/z`, `//${host}/z`]);
  });
});

describe('certificate: keys and signatures clients refuse', () => {
  it('names the 1024-bit RSA key and the SHA-1 signature (critical), not an untrusted CA', async () => {
    const srv = (pem: { key: string; cert: string }) => up(startHttps({ ...pem, ciphers: 'DEFAULT@SECLEVEL=0' }, page(200, 'ok')));
    const small = await srv(weak.rsa1024);
    const sha1 = await srv(weak.sha1);
    const msgs = async (url: string) => failuresOf((await probeLive({ url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate');
    const a = await msgs(small.url);
    expect(a).toEqual([expect.objectContaining({ severity: 'critical', message: `the certificate of ${small.url} uses a 1024-bit RSA key, which clients refuse (at least 2048 bits); reissue it with a stronger key` })]);
    const b = await msgs(sha1.url);
    expect(b).toEqual([expect.objectContaining({ severity: 'critical', message: expect.stringMatching(/^the certificate of \S+ is signed with SHA-1 \(ecdsa-with-SHA1\), which clients refuse; reissue it signed with SHA-256 or stronger$/) })]);
    // allow-self-signed is about who issued it, not its strength.
    const allowed = failuresOf((await probeLive({ url: small.url, ca: pki.ca, allowSelfSigned: true }, ['certificate'])).get('certificate'), 'certificate');
    expect(allowed.map((f) => f.severity)).toEqual(['critical']);
    // Untrusted and weak: two problems, two findings — allow-self-signed lowers the trust one only.
    for (const url of [small.url, sha1.url]) {
      const both = failuresOf((await probeLive({ url, allowSelfSigned: true }, ['certificate'])).get('certificate'), 'certificate');
      expect(both.map((f) => [f.severity, /clients refuse/.test(f.message) ? 'weak' : /not trusted/.test(f.message) ? 'untrusted' : f.message]).sort(), url).toEqual([['critical', 'weak'], ['low', 'untrusted']]);
    }
  });
});

describe('secrets echoed percent-encoded', () => {
  /** Redirects off-host (localhost ≠ 127.0.0.1) with the Authorization credential in the query, URL-encoded. */
  const echo = (): Handler => (req, res) => {
    const port = (req.socket.localPort ?? 0);
    res.writeHead(302, { ...STRONG_HEADERS, location: `https://localhost:${port}/cb?token=${encodeURIComponent(String(req.headers.authorization ?? '').replace(/^Bearer /, ''))}` });
    res.end();
  };
  it('are masked in probe outcomes and in the report (JSON and Markdown)', async () => {
    const srv = await https(echo());
    const headers = { Authorization: 'Bearer abc+SEC/RET== x' };
    const { out } = await probeLive({ url: srv.url, ca: pki.ca, headers }, ['security-headers', 'health-endpoint']);
    const text = JSON.stringify([...out.values()]);
    expect(text).toContain('token=***');
    expect(text).not.toMatch(/SEC%2FRET|SEC\/RET/);
    const { report } = await runWith('version: 1\nitems:\n  - { id: sh, check: security-headers }\n  - { id: h, check: health-endpoint }\n', srv.url, headers);
    // Markdown shows the mask as typed: its asterisks are escaped so they cannot make emphasis.
    for (const [shown, mask] of [[JSON.stringify(report), 'token=***'], [renderMarkdown(report), 'token=\\*\\*\\*']] as const) {
      expect(shown).toContain(mask);
      expect(shown).not.toMatch(/SEC%2FRET|SEC\/RET|sec%2fret/i);
    }
  });
});

describe('login walls at common paths', () => {
  it('/wp-login.php, /session/new, /signin, /auth/login, /user/login, /admin/login make health-endpoint "protected", not healthy', async () => {
    const walls: Record<string, string> = {
      '/h1': '/wp-login.php?redirect_to=%2Fh1', '/h2': '/session/new', '/h3': '/signin', '/h4': '/auth/login', '/h5': '/user/login', '/h6': '/admin/login/?next=/h6',
    };
    const srv = await https((req, res) => {
      const to = walls[req.url!];
      if (to) { res.writeHead(302, { location: to }); res.end(); return; }
      page(200, '<!doctype html><title>Log In</title><form><input type=password name=pwd></form>')(req, res);
    });
    for (const h of Object.keys(walls)) {
      const out = (await probeLive({ url: srv.url, ca: pki.ca, health: [h] }, ['health-endpoint'])).get('health-endpoint');
      expect(out.error, h).toMatch(new RegExp(`^protected — give headers .*redirects to a login page \\(${srv.url}${walls[h]!.replace(/[?].*/, '').replace(/[./]/g, '\\$&')}\\)`));
    }
  });
});

describe('credentials in the target URL\'s query', () => {
  it('?token=…, ?api_key=… are masked in target.url, Markdown\'s Target line and every message', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const srv = await https((req, res) => { seen.push(req.headers); page(200, '<!doctype html><p>ok', { server: 'nginx/1.22.1' })(req, res); });
    const url = `${srv.url}/?token=QUERYTOKEN55&api_key=KEY%2BVALUE99&page=2`;
    const { report } = await runWith('version: 1\nitems:\n  - { id: v, check: server-version-leak }\n  - { id: h, check: hsts }\n', url);
    expect(report.target!.url).toBe(`${srv.url}/?token=***&api_key=***&page=2`);
    const md = renderMarkdown(report);
    expect(md).toContain(`Target: ${srv.url}/?token=\\*\\*\\*&amp;api\\_key=\\*\\*\\*&amp;page=2`);
    for (const shown of [JSON.stringify(report), md]) expect(shown).not.toMatch(/QUERYTOKEN55|KEY%2BVALUE99|KEY\+VALUE99/);
    // The probes still request the URL as given.
    expect(seen.length).toBeGreaterThan(0);
  });
});
