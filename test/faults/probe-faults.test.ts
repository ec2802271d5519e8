import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/engine/execute.js';
import { collect } from '../../src/probes/collect.js';
import { PROBES } from '../../src/probes/index.js';
import { runProbes, type ProbeConfig, type ProbeOutcome } from '../../src/probes/run.js';
import { silentLogger } from '../../src/types.js';
import { makePki } from '../servers/certs.js';
import { startHttp, type Handler } from '../servers/node.js';
import { every, onRequest, startFault, streamBody, type OnConnection } from './servers.js';

const TIMEOUT = 1000;
// Generous: the slowest legitimate path is one timeout for the concurrent burst plus one for the
// first timing sample; a hang or a per-request timeout summed over ~20 requests blows through it.
const BOUND = 5 * TIMEOUT;

const tasks = PROBES.map((p) => ({ key: p.id, probe: p, options: parseOptions(p, {}) }));
const cleanup: (() => Promise<void> | void)[] = [];
const up = async (f: OnConnection, secure?: tls.TlsOptions) => { const s = await startFault(f, secure); cleanup.push(s.close); return s; };
afterAll(async () => { await Promise.all(cleanup.map((c) => c())); });

/** Runs every probe with its default options against `url` (the plain-HTTP origin too, unless given). */
async function runAll(url: string, extra: Partial<ProbeConfig> = {}) {
  const config: ProbeConfig = { url, httpUrl: url.replace(/^https:/, 'http:'), timeoutMs: TIMEOUT, waitMs: 0, headers: {}, allowSelfSigned: false, ...extra };
  const t0 = performance.now();
  const out = await runProbes(tasks, config, silentLogger);
  return { out, ms: Math.round(performance.now() - t0) };
}

const status = (o: ProbeOutcome) => o.error ? 'error' : o.findings.some((f) => !f.note) ? 'fail' : 'pass';
// Over plain HTTP these probes fail by design ("nothing is served over TLS"), whatever the server does.
const TLS_ONLY = new Set(['certificate', 'hsts', 'tls-version']);

/**
 * Asserts that no probe passed and that every reason names `cause`: errors directly; the health
 * probe's failure ("did not answer: …") too; TLS-only probes over plain HTTP fail for that reason.
 */
function expectUnreachable(out: Map<string, ProbeOutcome>, url: string, cause: RegExp, except: string[] = []) {
  expect([...out.keys()].sort()).toEqual(PROBES.map((p) => p.id).sort());
  for (const [id, o] of out) {
    if (except.includes(id)) continue;
    const why = `${id}: ${JSON.stringify(o)}`;
    expect(status(o), why).not.toBe('pass');
    if (o.error) { expect(o.error, why).toMatch(cause); continue; }
    const messages = o.findings.map((f) => f.message).join('\n');
    if (TLS_ONLY.has(id) && url.startsWith('http:')) expect(messages, why).toMatch(/plain HTTP/);
    else { expect(id, why).toBe('health-endpoint'); expect(messages, why).toMatch(cause); }
  }
}

const report: string[] = [];
afterAll(() => { if (report.length) console.log(`probe faults (timeout ${TIMEOUT} ms):\n${report.join('\n')}`); });
const note = (fault: string, ms: number, out: Map<string, ProbeOutcome>) => {
  const reason = out.get('security-headers')?.error ?? out.get('dev-server-exposed')?.error ?? '(judged)';
  report.push(`  ${fault.padEnd(34)} ${String(ms).padStart(5)} ms  ${reason}`);
};

/** A raw answer written once the request head has arrived, then the connection is ended. */
const answer = (raw: string): OnConnection => (s) => onRequest(s, () => { s.write(raw); s.end(); });

/** A valid status line, then one header value that grows by a byte every 20 ms and never ends. */
const slowloris: OnConnection = (s) => onRequest(s, () => {
  const head = 'HTTP/1.1 200 OK\r\nX-Slow: ';
  let i = 0;
  every(s, 20, () => { s.write(i < head.length ? head[i]! : 'a'); i++; });
});

// Test timeouts well above BOUND, so a slow run fails on the `ms` assertion with the measured time.
describe('probe faults: each is bounded by the timeout and reported as error naming the cause', { timeout: 30_000 }, () => {
  it('slowloris: status line and headers dribbled byte by byte forever', async () => {
    const srv = await up(slowloris);
    const { out, ms } = await runAll(srv.url());
    note('slowloris (headers never finish)', ms, out);
    expect(ms).toBeLessThan(BOUND);
    expectUnreachable(out, srv.url(), /no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)/);
  });

  it('a server that accepts connections and never answers: about one timeout, not two (no response-time warm-up after the burst)', async () => {
    const srv = await up((s) => { s.on('data', () => {}); });
    const { out, ms } = await runAll(srv.url());
    note('accepts, never answers', ms, out);
    // One timeout for the burst; the response-time warm-up used to wait out a second one (~2 × TIMEOUT).
    expect(ms).toBeLessThan(1.7 * TIMEOUT);
    expectUnreachable(out, srv.url(), /no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)/);
  });

  it('slowloris inside a good TLS connection: the handshake probes judge, the rest error', async () => {
    const pki = makePki();
    cleanup.push(() => fs.rmSync(pki.dir, { recursive: true, force: true }));
    const srv = await up(slowloris, pki.valid);
    const { out, ms } = await runAll(srv.url('https'), { ca: pki.ca });
    note('slowloris over TLS (trusted cert)', ms, out);
    expect(ms).toBeLessThan(BOUND);
    // The handshake itself is fine: a valid certificate and TLS 1.3 are real passes.
    for (const id of ['certificate', 'tls-version']) expect(status(out.get(id)!), id).toBe('pass');
    // Plain HTTP to the TLS port (the https-redirect probe) is dropped by the TLS server, which the run's handshakes show to be
    // the HTTPS listener itself (stop 51: said so, with the input that names the plain-HTTP one).
    expect(out.get('https-redirect')!.error).toMatch(/http:\/\/127\.0\.0\.1:\d+\/ is the HTTPS listener .*could not be judged: name the plain-HTTP one with --http-url/);
    expectUnreachable(out, srv.url('https'), /no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)/, ['certificate', 'tls-version', 'https-redirect']);
  });

  it('slowloris while waiting for health (--wait): polling stops at the wait deadline', async () => {
    const srv = await up(slowloris);
    const waitMs = 2500;
    // pollMs is the collector's test knob (2 s in production), so several attempts fit in the wait.
    const { out, ms } = await runAll(srv.url(), { waitMs, pollMs: 200 } as Partial<ProbeConfig>);
    note('slowloris with wait 2.5 s', ms, out);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT);
    expect(ms).toBeLessThan(waitMs + BOUND);
    expectUnreachable(out, srv.url(), /no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)/);
    // Polling retried within the wait, and the last attempt may overrun it by at most one timeout.
    expect(out.get('health-endpoint')?.findings[0]?.message).toMatch(/after [2-9] attempts/);
  });

  it('connection closed right after accept', async () => {
    const srv = await up((s) => s.destroy());
    const { out, ms } = await runAll(srv.url());
    note('close after accept', ms, out);
    expect(ms).toBeLessThan(BOUND);
    expectUnreachable(out, srv.url(), /closed the connection|reset/);
  });

  it('a 0-byte response (request read, connection closed without a byte)', async () => {
    const srv = await up(answer(''));
    const { out, ms } = await runAll(srv.url());
    note('0-byte response', ms, out);
    expect(ms).toBeLessThan(BOUND);
    expectUnreachable(out, srv.url(), /closed the connection/);
  });

  it('non-HTTP garbage in answer to the request', async () => {
    const srv = await up(answer('SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001garbage\r\n\r\n'));
    const { out, ms } = await runAll(srv.url());
    note('non-HTTP garbage', ms, out);
    expect(ms).toBeLessThan(BOUND);
    expectUnreachable(out, srv.url(), /not valid HTTP/);
  });

  it('malformed header: invalid characters in a header name', async () => {
    const srv = await up(answer('HTTP/1.1 200 OK\r\nX-B\u0001d: v\r\nContent-Length: 2\r\n\r\nok'));
    const { out, ms } = await runAll(srv.url());
    note('invalid header characters', ms, out);
    expect(ms).toBeLessThan(BOUND);
    expectUnreachable(out, srv.url(), /not valid HTTP/);
  });

  it('malformed header: two different Content-Length values', async () => {
    const srv = await up(answer('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\nok'));
    const { out, ms } = await runAll(srv.url());
    note('duplicate Content-Length', ms, out);
    expect(ms).toBeLessThan(BOUND);
    expectUnreachable(out, srv.url(), /not valid HTTP \(malformed response headers/);
  });

  for (const [name, kill] of [['FIN', (s: net.Socket) => s.destroy()], ['RST', (s: net.Socket) => s.resetAndDestroy()]] as const) {
    it(`connection dropped mid-body (${name} after 1 KiB of 100 KiB)`, async () => {
      const srv = await up((s) => onRequest(s, () => {
        s.write(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 102400\r\n\r\n${'x'.repeat(1024)}`);
        setTimeout(() => kill(s), 20);
      }));
      const { out, ms } = await runAll(srv.url());
      note(`reset mid-body (${name})`, ms, out);
      expect(ms).toBeLessThan(BOUND);
      // https-redirect judges the plain-HTTP 200 on its status and headers, which arrived (QA stop 43 probes17 D1).
      expect(out.get('https-redirect')!.findings.map((f) => f.message)).toEqual([`${new URL(srv.url()).href} answered HTTP 200 over plain HTTP instead of redirecting to https://`]);
      expectUnreachable(out, srv.url(), /reset|closed the connection/, ['https-redirect']);
    });
  }

  it('TLS handshake that never completes (ClientHello never answered)', async () => {
    const srv = await up(() => {});
    const { out, ms } = await runAll(srv.url('https'));
    note('TLS: ClientHello never answered', ms, out);
    expect(ms).toBeLessThan(BOUND);
    expectUnreachable(out, srv.url('https'), /no answer from 127\.0\.0\.1:\d+ within 1 s \(timeout\)/);
  });

  it('TLS handshake answered with garbage', async () => {
    const srv = await up((s) => s.once('data', () => s.end('garbage, neither TLS nor HTTP\r\n\r\n')));
    const { out, ms } = await runAll(srv.url('https'));
    note('TLS: garbage answer', ms, out);
    expect(ms).toBeLessThan(BOUND);
    // The plain-HTTP origin is the same port: https-redirect gets the garbage as an HTTP answer.
    expect(out.get('https-redirect')!.error).toMatch(/127\.0\.0\.1:\d+ answered something that is not valid HTTP/);
    expectUnreachable(out, srv.url('https'), /TLS handshake with 127\.0\.0\.1:\d+ failed \(wrong version number\)/, ['https-redirect']);
  });

  it('DNS failure (.invalid never resolves)', async () => {
    for (const url of ['https://preflight-fault.invalid/', 'http://preflight-fault.invalid:8080/']) {
      const { out, ms } = await runAll(url);
      note(`DNS failure (${url.slice(0, url.indexOf(':'))})`, ms, out);
      expect(ms).toBeLessThan(BOUND);
      // No request waits out a timeout: the first DNS failure makes the target unreachable (an http:// target has no
      // handshake to find it; its 17th request to the origin used to wait in undici's pool for the whole timeout).
      expect(ms).toBeLessThan(TIMEOUT);
      expectUnreachable(out, url, /DNS lookup failed for preflight-fault\.invalid/);
    }
  });

  it('nothing listening on an http:// target: every request fails at once as refused', async () => {
    // A port that was listening a moment ago and is closed now: refused, not silent.
    const srv = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    const port = (srv.address() as net.AddressInfo).port;
    await new Promise((r) => srv.close(r));
    const url = `http://127.0.0.1:${port}/`;
    const { out, ms } = await runAll(url);
    note('connection refused (http)', ms, out);
    expect(ms).toBeLessThan(TIMEOUT);
    expectUnreachable(out, url, new RegExp(`connection refused by 127\\.0\\.0\\.1:${port}`));
  });

  it('a 100 MB body is capped: memory stays flat and the run is fast', async () => {
    const MB = 1024 * 1024;
    const srv = await up((s) => onRequest(s, () => streamBody(s, 100 * MB)));
    const obs = await collect({ url: srv.url(), timeoutMs: TIMEOUT, waitMs: 0, headers: {}, allowSelfSigned: false }, { main: true }, silentLogger);
    expect(obs.main?.hops[0]).toMatchObject({ status: 200, truncated: true });
    expect(obs.main!.hops[0]!.body.length).toBe(64 * 1024);

    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
    const { out, ms } = await runAll(srv.url()).finally(() => clearInterval(sampler));
    peak = Math.max(peak, process.memoryUsage().rss);
    note('100 MB body', ms, out);
    report.push(`  ${''.padEnd(34)} RSS +${((peak - before) / MB).toFixed(1)} MB peak; ${srv.accepted} responses, ${(srv.written / MB).toFixed(1)} MB written by the server in all`);
    expect(ms).toBeLessThan(BOUND);
    expect(peak - before).toBeLessThan(40 * MB);
    // Every response was abandoned at the cap: far less than one full body per connection left the server.
    expect(srv.accepted).toBeGreaterThan(5);
    expect(srv.written / srv.accepted).toBeLessThan(20 * MB);
    // A capped body is still a real answer: probes judge it instead of erroring.
    for (const [id, o] of out) expect(o.error, id).toBeUndefined();
    expect(status(out.get('security-headers')!)).toBe('fail');
  });

  it('a body that never ends (a byte every 20 ms) is cut at the timeout', async () => {
    const srv = await up((s) => onRequest(s, () => {
      s.write('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\n\r\n');
      every(s, 20, () => s.write('1\r\na\r\n'));
    }));
    const { out, ms } = await runAll(srv.url());
    note('body that never ends', ms, out);
    expect(ms).toBeLessThan(BOUND);
    // The status and headers came in time: the reason names the body, not "no answer".
    // sensitive-paths judges what arrived of each path and names the paths it could not judge; https-redirect judges the
    // plain-HTTP 200 on its status and headers (QA stop 43 probes17 D1).
    expect(out.get('https-redirect')!.findings.map((f) => f.message)).toEqual([`${new URL(srv.url()).href} answered HTTP 200 over plain HTTP instead of redirecting to https://`]);
    expectUnreachable(out, srv.url(), /^the body of 127\.0\.0\.1:\d+'s HTTP 200 response did not complete within 1 s \(timeout\)$|did not answer: the body of 127\.0\.0\.1:\d+'s HTTP 200 response did not complete within 1 s \(timeout\)|^\/\.env, .* could not be fetched \(the body of 127\.0\.0\.1:\d+'s HTTP 200 response did not complete within 1 s \(timeout\), …\), so whether they are served is unknown$/, ['https-redirect']);
  });
});

describe('probe faults: redirects', { timeout: 30_000 }, () => {
  const http = async (h: Handler) => { const s = await startHttp(h); cleanup.push(s.close); return s.url; };
  const redirect = (to: (path: string) => string): Handler => (req, res) => { res.writeHead(302, { location: to(req.url ?? '/') }); res.end(); };
  // The probes that need the application's page must say why they cannot see it.
  const PAGE = ['security-headers', 'cookie-security'];

  for (const [name, to] of [['to itself', (p: string) => p], ['ping-pong /a ↔ /b', (p: string) => (p === '/a' ? '/b' : '/a')]] as const) {
    it(`an endless same-host redirect loop (${name}) stops at the redirect limit`, async () => {
      const url = await http(redirect(to));
      const obs = await collect({ url, timeoutMs: TIMEOUT, waitMs: 0, headers: {}, allowSelfSigned: false }, { main: true }, silentLogger);
      expect(obs.main?.hops.length).toBe(6);
      expect(obs.main?.stopped?.reason).toBe('limit');

      const { out, ms } = await runAll(url);
      note(`redirect loop (${name})`, ms, out);
      expect(ms).toBeLessThan(BOUND);
      for (const id of PAGE) expect(out.get(id)?.error, id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ is in a redirect loop \(last to http:\/\/127\.0\.0\.1:\d+\/[ab]?\); fix the redirects/);
      expect(out.get('health-endpoint')?.findings[0]?.message).toMatch(/^health endpoint \/ is in a redirect loop \(last to http:\/\/127\.0\.0\.1:\d+\/[ab]?\); it must answer 2xx$/);
      // Probes that judge each response on its own (a 302 leaks no .env, no debugger) may pass; no other may.
      const judgedAlone = new Set(['cors-policy', 'dev-server-exposed', 'response-time', 'sensitive-paths', 'server-version-leak']);
      expect([...out.keys()].sort()).toEqual(PROBES.map((p) => p.id).sort());
      for (const [id, o] of out) if (!judgedAlone.has(id)) expect(status(o), id).not.toBe('pass');
    });
  }

  it('an endless chain of distinct redirects (/1 → /2 → …) stops at the limit', async () => {
    const url = await http(redirect((p) => `/${(Number(p.slice(1)) || 0) + 1}`));
    const { out, ms } = await runAll(url);
    note('endless distinct redirects', ms, out);
    expect(ms).toBeLessThan(BOUND);
    for (const id of PAGE) expect(out.get(id)?.error, id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ redirects more than 5 times \(last to http:\/\/127\.0\.0\.1:\d+\/6\); fix the redirects/);
  });

  it('a redirect to the cloud metadata address is never followed (no connection is attempted)', async () => {
    const targets = ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:169.254.169.254]/', 'http://metadata.google.internal/computeMetadata/v1/'];
    const url = await http((req, res) => {
      const i = Number(/^\/(\d)/.exec(req.url ?? '')?.[1] ?? 0);
      res.writeHead(302, { location: targets[i]! }); res.end();
    });
    const port = Number(new URL(url).port);
    const dialled: string[] = [];
    const spy = <T extends (...a: never[]) => unknown>(mod: { connect: T }) => {
      const real = mod.connect;
      mod.connect = ((...args: never[]) => {
        const o = args[0] as { host?: string; hostname?: string; port?: number } | number;
        dialled.push(typeof o === 'object' ? `${o.host ?? o.hostname}:${o.port}` : `${String(args[1])}:${o}`);
        return real.apply(mod, args);
      }) as T;
      return () => { mod.connect = real; };
    };
    const restore = [spy(net as never), spy(tls as never)];
    try {
      for (let i = 0; i < targets.length; i++) {
        const obs = await collect({ url: `${url}/${i}`, health: [`/${i}`], timeoutMs: TIMEOUT, waitMs: 0, headers: {}, allowSelfSigned: false }, { main: true, health: [`/${i}`] }, silentLogger);
        expect(obs.main?.stopped, targets[i]).toEqual({ location: new URL(targets[i]!).href, reason: 'metadata' });
        expect(obs.health?.[`/${i}`]?.chain.stopped?.reason).toBe('metadata');
      }
      const { out, ms } = await runAll(`${url}/0`);
      note('redirect to 169.254.169.254', ms, out);
      expect(ms).toBeLessThan(BOUND);
      expect(out.get('security-headers')?.error).toMatch(/redirects to http:\/\/169\.254\.169\.254\/latest\/meta-data\/ \(metadata\), which is not followed/);
    } finally { for (const r of restore) r(); }
    // Positive control: the spy did see the collector's connections to the local server.
    expect(dialled.filter((d) => d.endsWith(`:${port}`)).length).toBeGreaterThan(3);
    expect(dialled.filter((d) => !d.endsWith(`:${port}`))).toEqual([]);
  });
});
