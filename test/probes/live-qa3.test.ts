import fs from 'node:fs';
import type http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/probes/collect.js';
import { silentLogger } from '../../src/types.js';
import { makeIntermediateLeaf, makePki, type ChainedLeaf, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * Regressions of QA round 3, each against a Node server on 127.0.0.1 (port 0) reproducing it:
 * compressed bodies, HTML-only sensitive pages, the `wait` deadline, a missing intermediate.
 */
let pki: Pki;
let chained: ChainedLeaf;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); chained = makeIntermediateLeaf(pki); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

const ENV = 'DATABASE_URL=postgres://app:pw@db/app\nSECRET_KEY=x\n';
const CONSOLE = '<!doctype html><html><head><title>Console // Werkzeug Debugger</title><script>var CONSOLE_MODE = true, EVALEX = true;</script></head><body></body></html>';
const STATUS = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html><head>\n<title>Apache Status</title>\n</head><body>\n<h1>Apache Server Status for localhost (via 127.0.0.1)</h1>\n</body></html>\n';
const PHPINFO = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<title>PHP 8.2.7 - phpinfo()</title></head>\n<body><h1 class="p">PHP Version 8.2.7</h1></body></html>';

/** Compresses every answer whatever the request's Accept-Encoding (nginx `gzip_static always`, an app that always compresses). */
function alwaysCompressed(seen: http.IncomingHttpHeaders[]): Handler {
  const bodies: Record<string, [string, Buffer]> = {
    '/': ['gzip', zlib.gzipSync('<!doctype html><p>hi')],
    '/.env': ['gzip', zlib.gzipSync(ENV)],
    '/console': ['x-gzip', zlib.gzipSync(CONSOLE)],
    '/.git/config': ['deflate', zlib.deflateSync('[core]\n\tbare = false\n')],
    // Raw deflate (no zlib header), as some servers send it and browsers accept.
    '/.git/HEAD': ['deflate', zlib.deflateRawSync('ref: refs/heads/main\n')],
    '/.npmrc': ['br', zlib.brotliCompressSync('//registry.npmjs.org/:_authToken=npm_x\n')],
    // Two codings, applied in the order listed.
    '/.env.production': ['gzip, br', zlib.brotliCompressSync(zlib.gzipSync(ENV))],
    // Declared gzip, but not gzip: no crash, and judged as the bytes came (what curl shows).
    '/.aws/credentials': ['gzip', Buffer.from('[default]\naws_access_key_id = AKIA... this is not gzip')],
  };
  return (req, res) => {
    seen.push(req.headers);
    const b = bodies[req.url ?? ''];
    if (!b) { res.writeHead(404, { ...STRONG_HEADERS, 'content-encoding': 'gzip' }); res.end(zlib.gzipSync('not found')); return; }
    res.writeHead(200, { ...STRONG_HEADERS, 'content-type': 'text/plain', 'content-encoding': b[0] });
    res.end(b[1]);
  };
}

describe('compressed bodies are judged decoded', () => {
  it('sensitive-paths and dev-server-exposed see through gzip, x-gzip, deflate (zlib and raw), br and gzip+br', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const srv = await up(startHttps(pki.valid, alwaysCompressed(seen)));
    const { get } = await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed', 'security-headers', 'health-endpoint']);
    // Before the fix both passed: the compressed bytes matched nothing.
    const sens = failuresOf(get('sensitive-paths'), 'sensitive-paths');
    expect(sens.map((f) => new URL(f.url!).pathname).sort()).toEqual(['/.aws/credentials', '/.env', '/.env.production', '/.git/HEAD', '/.git/config', '/.npmrc']);
    expect(sens.every((f) => f.severity === 'critical')).toBe(true);
    const dev = failuresOf(get('dev-server-exposed'), 'dev-server-exposed');
    expect(dev.map((f) => f.message)).toEqual([expect.stringMatching(/\/console serves the Werkzeug debugger console/)]);
    // The mislabelled body on /.aws/credentials crashed nothing; the headers are still judged.
    expect(get('security-headers')).toEqual({ findings: [] });
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(seen.length).toBeGreaterThan(5);
  });

  it('a corrupt stream is an unreadable body; a decompression bomb inflates no more than the body cap', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 'A'));
    const brBomb = zlib.brotliCompressSync(Buffer.alloc(20 * 1024 * 1024, 'B'));
    const srv = await up(startHttp((req, res) => {
      const [enc, body] = req.url === '/.env' ? ['gzip', bomb] : req.url === '/.git/config' ? ['br', brBomb] : ['gzip', Buffer.from('\x1f\x8b garbage')];
      res.writeHead(200, { 'content-encoding': enc });
      res.end(body);
    }));
    const cap = 4096;
    const obs = await collect({ url: srv.url, headers: {}, timeoutMs: 3000, waitMs: 0, allowSelfSigned: false, bodyCap: cap }, { sensitive: ['/.env', '/.git/config', '/.git/HEAD'] }, silentLogger);
    for (const p of ['/.env', '/.git/config']) {
      const r = obs.sensitive![p]!.response!;
      expect(bomb.length).toBeGreaterThan(cap);
      expect(r.body.length, p).toBe(cap);
      expect(r.body, p).toMatch(p === '/.env' ? /^A+$/ : /^B+$/);
      expect(r.truncated, p).toBe(true);
      expect(r.bodyError, p).toBeUndefined();
    }
    const corrupt = obs.sensitive!['/.git/HEAD']!.response!;
    expect(corrupt.status).toBe(200);
    // Nothing decoded: the bytes as they came, with the reason.
    expect(corrupt.body).toBe('\x1f\x8b garbage');
    expect(corrupt.bodyError).toMatch(/^the gzip-encoded body could not be decoded \(.+\)$/);
  });
});

describe('sensitive-paths: the HTML pages', () => {
  it('reports /server-status and /phpinfo.php as the servers emit them (doctype first)', async () => {
    const srv = await up(startHttps(pki.valid, (req, res) => {
      const body = req.url === '/server-status' ? STATUS : req.url === '/phpinfo.php' ? PHPINFO : '<!doctype html><html><body>app shell</body></html>';
      res.writeHead(200, { ...STRONG_HEADERS, 'content-type': 'text/html; charset=UTF-8' });
      res.end(body);
    }));
    const f = failuresOf((await probeLive({ url: srv.url, ca: pki.ca }, ['sensitive-paths'])).get('sensitive-paths'), 'sensitive-paths');
    // The other paths answer the 200 HTML shell: still no finding for them.
    expect(f.map((x) => x.url)).toEqual([`${srv.url}/server-status`, `${srv.url}/phpinfo.php`]);
    // A status page held no secret: the advice restricts it; phpinfo() prints the environment, whose secrets rotate (QA round 30).
    expect(f[0]!.message).toMatch(/serves Apache's server-status page; allow it only from localhost or the monitoring network/);
    expect(f[0]!.message).not.toMatch(/rotate/);
    expect(f[1]!.message).toMatch(/rotate/);
  });
});

describe('health-endpoint: wait polls up to the deadline', () => {
  /** 503 until `readyMs` after the first request, then 200. */
  const lateServer = (readyMs: number) => {
    let first = 0;
    return up(startHttp((_q, r) => {
      first ||= Date.now();
      r.writeHead(Date.now() - first < readyMs ? 503 : 200);
      r.end();
    }));
  };

  it('--wait 1 waits: a last attempt at the deadline finds a deployment ready after 0.5 s', async () => {
    const srv = await lateServer(500);
    const t0 = Date.now();
    // Default poll interval (2 s): before the fix the only attempt was the first one.
    const { get } = await probeLive({ url: `${srv.url}/`, waitMs: 1000, timeoutMs: 2000 }, ['health-endpoint']);
    const took = Date.now() - t0;
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(1000 + 2000);
  });

  it('a wait that is not a multiple of the interval polls until the deadline, not the last multiple before it', async () => {
    const srv = await lateServer(2200);
    const obs = await collect({ url: `${srv.url}/`, headers: {}, timeoutMs: 2000, waitMs: 2500, allowSelfSigned: false, pollMs: 1000 }, { health: ['/'] }, silentLogger);
    const h = obs.health!['/']!;
    // Attempts at 0, 1, 2 s and at the deadline (2.5 s); before the fix it stopped after the one at 2 s.
    expect(h.chain.hops[0]!.status).toBe(200);
    expect(h.attempts).toBe(4);
    expect(h.waitedMs).toBeGreaterThanOrEqual(2400);
    expect(h.waitedMs).toBeLessThan(2500 + 2000);
  });
});

describe('certificate: an untrusted private CA or a missing intermediate, no --ca given (QA round 27)', () => {
  it('a leaf signed by a private root (no AIA): the advice leads with --ca; a leaf naming its issuer (AIA): send the full chain first', async () => {
    const ok: Handler = (_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); };
    const direct = await up(startHttps(pki.valid, ok));
    const f = failuresOf((await probeLive({ url: direct.url }, ['certificate'])).get('certificate'), 'certificate');
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    expect(f[0]!.message).toMatch(/is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\): its issuer CN=Preflight Test CA is not a trusted CA .*as is usual for a private CA; if CN=Preflight Test CA is a private CA, pass it with --ca \(the action input ca, or probes\.ca\); if it is an intermediate CA, configure the server to send the full chain/);
    // With that CA given, the same server passes.
    expect((await probeLive({ url: direct.url, ca: pki.ca }, ['certificate'])).get('certificate')).toEqual({ findings: [] });
    const aia = makeIntermediateLeaf(pki, { aia: true });
    const alone = await up(startHttps({ key: aia.key, cert: aia.cert }, ok));
    const g = failuresOf((await probeLive({ url: alone.url }, ['certificate'])).get('certificate'), 'certificate');
    expect(g[0]!.message).toMatch(/the server sends it without the certificate of its issuer CN=Preflight Test Intermediate, which is not a trusted CA; configure the server to send the full chain \(the certificate followed by its intermediate certificates\), or, if CN=Preflight Test Intermediate is a private CA, pass it with --ca/);
  });
});

describe('certificate: a leaf served without its intermediate', () => {
  it('says the server must send the full chain, and does not suggest the --ca that was given', async () => {
    const alone = await up(startHttps({ key: chained.key, cert: chained.cert }, (_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); }));
    const f = failuresOf((await probeLive({ url: alone.url, ca: pki.ca }, ['certificate'])).get('certificate'), 'certificate');
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    // (UNABLE_TO_GET_ISSUER_CERT_LOCALLY since a CA given may be an intermediate: partial chains are allowed.)
    expect(f[0]!.message).toMatch(/not trusted \((?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\): its issuer CN=Preflight Test Intermediate is not a trusted CA \(the CA given with --ca, the action input ca or probes\.ca included\), and the server does not send its certificate; if CN=Preflight Test Intermediate is an intermediate CA under the CA given, configure the server to send the full chain \(the certificate followed by its intermediate certificates\);/);
    expect(f[0]!.message).not.toMatch(/pass .*--ca/);
    // With the intermediate sent, the same leaf passes.
    const full = await up(startHttps({ key: chained.key, cert: chained.cert + chained.intermediate }, (_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); }));
    expect((await probeLive({ url: full.url, ca: pki.ca }, ['certificate'])).get('certificate')).toEqual({ findings: [] });
  });
});
