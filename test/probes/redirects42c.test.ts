import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { folderOf, signedLink } from '../../src/probes/sensitive-paths.js';
import { shownUrl } from '../../src/probes/util.js';
import { makeRepo } from '../helpers/repo.js';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 42, review C (S1–S3, N1, N4) of the redirect-following sensitive-paths and dev-server-exposed. S1: a request
// dropped on the side a redirect leads to is refused only when that origin answers at all; one that drops every connection
// is not there (unjudged: an error, never a pass). S2: "only a gateway / a bot challenge answered" is judged on the answers
// the chains ended on, not on the 301s of an `http://` target. S3: a Location's password and query (a CDN-signed link)
// never reach a message or the report, and the advice leads somewhere a probe can judge. Real servers on 127.0.0.1
// (port 0), HTTPS with a throwaway CA.

let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

const send = (res: http.ServerResponse, status: number, headers: Record<string, string>, body: string) => { res.writeHead(status, headers); res.end(body); };
const pathOf = (req: http.IncomingMessage) => new URL(req.url ?? '/', 'http://x').pathname;
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An http:// server that redirects every request to `to` + the path asked (nginx `return 301 https://$host$request_uri;`). */
const redirector = (to: string) => up(startHttp((req, res) => send(res, 301, { location: `${to}${req.url}` }, '')));

/** A TCP server that accepts connections and destroys each as soon as bytes arrive (a broken TLS listener, an LB dropping all). */
async function dropAll(): Promise<Running> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => { sockets.add(s); s.on('error', () => {}); s.once('data', () => s.destroy()); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return up(Promise.resolve({ url: `http://127.0.0.1:${port}`, port, close: () => new Promise<void>((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }) }));
}

/** A production site: its page, a 404 elsewhere. */
const clean: Handler = (req, res) => {
  if (pathOf(req) === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
  send(res, 404, { 'content-type': 'text/html' }, '<!doctype html><h1>Not Found</h1>');
};

describe('S1: a redirect to a side that drops every connection is unjudged, not refused', () => {
  it('an http:// target whose https:// side resets every connection: sensitive-paths is an error, no note', async () => {
    const drop = await dropAll();
    const front = await redirector(`https://127.0.0.1:${drop.port}`);
    const { get } = await probeLive({ url: `${front.url}/` }, ['sensitive-paths', 'dev-server-exposed']);
    // Before: a pass with a note saying the http:// origin refused every path (its 301 counted as "the target answered").
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('sensitive-paths').error).toMatch(new RegExp(`^${re(front.url)}/\\.env redirects to https://127\\.0\\.0\\.1:${drop.port}/\\.env, which did not answer: `));
    expect(get('dev-server-exposed').error).toMatch(new RegExp(`^${re(front.url)}/ redirects to https://127\\.0\\.0\\.1:${drop.port}/, which did not answer: `));
  });

  it('the same with an other-port http:// origin that drops every request', async () => {
    const drop = await dropAll();
    const front = await redirector(drop.url);
    const { get } = await probeLive({ url: `${front.url}/` }, ['sensitive-paths']);
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('sensitive-paths').error).toMatch(new RegExp(`^${re(front.url)}/\\.env redirects to ${re(drop.url)}/\\.env, which did not answer: `));
  });

  it('an https:// side that answers its page and drops the secret paths refuses them: a pass, the note naming that origin', async () => {
    const tls = await up(startHttps(pki.valid, (req, res) => {
      const path = pathOf(req);
      if (path === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
      if (path.startsWith('/preflight-probe-')) return send(res, 404, { 'content-type': 'text/html' }, '<!doctype html><h1>Not Found</h1>');
      req.socket.destroy();
    }));
    const front = await redirector(tls.url);
    const { get } = await probeLive({ url: `${front.url}/`, ca: pki.ca }, ['sensitive-paths']);
    const out = get('sensitive-paths');
    expect(out.error).toBeUndefined();
    expect(failuresOf(out, 'sensitive-paths')).toEqual([]);
    expect(out.findings).toEqual([expect.objectContaining({ note: true, url: `${tls.url}/`, message: expect.stringMatching(new RegExp(`^${re(tls.url)}/ closed the connection without an answer for /\\.env, .*/info\\.php \\(refused, like nginx \`return 444\`\\): not served$`)) })]);
  });
});

describe('S2: an http:// target whose redirected side answers only a gateway error or a bot challenge', () => {
  const gateway = (status: number): Handler => (_req, res) => send(res, status, { 'content-type': 'text/html', server: 'nginx' }, `<html><head><title>${status} Bad Gateway</title></head><body><h1>${status} Bad Gateway</h1></body></html>`);
  const challenge: Handler = (_req, res) => send(res, 403, { 'cf-mitigated': 'challenge', 'content-type': 'text/html', server: 'cloudflare' }, '<!doctype html><title>Just a moment...</title>');

  it('502 everywhere behind a 301: dev-server-exposed is an error, as when that side is given directly', async () => {
    const gw = await up(startHttp(gateway(502)));
    const front = await redirector(gw.url);
    const { get } = await probeLive({ url: `${front.url}/` }, ['dev-server-exposed']);
    // Before: a pass (the 301s broke "every response is a gateway's").
    expect(get('dev-server-exposed').findings).toEqual([]);
    expect(get('dev-server-exposed').error).toMatch(new RegExp(`^${re(gw.url)}/preflight-probe-\\w+ answers 502 \\(bad gateway\\).*; probe again when it is up$`));
  });

  it('a Cloudflare challenge everywhere behind a 301: an error naming the challenge', async () => {
    const cf = await up(startHttp(challenge));
    const front = await redirector(cf.url);
    const { get } = await probeLive({ url: `${front.url}/` }, ['dev-server-exposed']);
    expect(get('dev-server-exposed').findings).toEqual([]);
    expect(get('dev-server-exposed').error).toMatch(/answers 403 with Cloudflare's bot challenge \(cf-mitigated: challenge\) instead of the site; allow-list the runner/);
  });

  it('still a pass when the redirected side answers its page and only the not-found path gets a 502', async () => {
    const side = await up(startHttp((req, res) => (pathOf(req) === '/' ? clean(req, res) : gateway(502)(req, res))));
    const front = await redirector(side.url);
    const { get } = await probeLive({ url: `${front.url}/` }, ['dev-server-exposed']);
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
  });
});

describe('S3: a redirect\'s password and query never reach the report; the advice leads where a probe can judge', () => {
  const SIGNED = 'https://mybucket.s3.amazonaws.com/.env?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261201%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=deadbeefcafe0123456789&X-Amz-Expires=3600';

  it('shownUrl, signedLink, folderOf', () => {
    expect(shownUrl(SIGNED)).toBe('https://mybucket.s3.amazonaws.com/.env?…');
    expect(shownUrl(SIGNED, '', true)).toBe('https://mybucket.s3.amazonaws.com/.env');
    expect(shownUrl('https://user:pw@cdn.example.com/a/.env#x')).toBe('https://cdn.example.com/a/.env');
    expect(shownUrl('https://cdn.example.com/haproxy?stats', 'stats')).toBe('https://cdn.example.com/haproxy?stats');
    expect(shownUrl('https://cdn.example.com/haproxy?stats&token=abc', 'stats')).toBe('https://cdn.example.com/haproxy?…');
    expect(signedLink(SIGNED)).toBe(true);
    expect(signedLink('https://d111.cloudfront.net/.env?Expires=1&Signature=abc&Key-Pair-Id=K1')).toBe(true);
    expect(signedLink('https://acct.blob.core.windows.net/c/.env?sv=2022&sig=abc')).toBe(true);
    expect(signedLink('https://cdn.example.com/.env?md5=abc&expires=1')).toBe(true);
    expect(signedLink('https://cdn.example.com/.env?utm_source=x')).toBe(false);
    expect(signedLink('https://cdn.example.com/haproxy?stats')).toBe(false);
    expect(folderOf('https://static.example.com/assets/.env', '/.env')).toBe('https://static.example.com/assets/');
    expect(folderOf('https://static.example.com/.ENV/', '/.env')).toBe('https://static.example.com/');
    expect(folderOf('https://static.example.com/app/haproxy?stats', '/haproxy?stats')).toBe('https://static.example.com/app/');
  });

  it('a CDN-signed link for /.env: the error shows neither signature nor credential, and says to block the path', async () => {
    const site = await up(startHttp((req, res) => (pathOf(req) === '/.env' ? send(res, 302, { location: SIGNED }, '') : clean(req, res))));
    const { get } = await probeLive({ url: `${site.url}/` }, ['sensitive-paths']);
    const error = get('sensitive-paths').error ?? '';
    expect(error).toBe('/.env could not be judged (it redirects to https://mybucket.s3.amazonaws.com/.env?… (off-host), which is not followed), so whether it is served is unknown; that is a signed link (its query, left out here, carries a signature or token): whoever is sent there gets what it points to, and a probe of https://mybucket.s3.amazonaws.com/ without the signature cannot tell what that is, so block /.env at the web server');
    expect(error).not.toMatch(/deadbeef|AKIA|X-Amz/);
  });

  it('a redirect keeping the path under a prefix: probe that folder (not the host\'s root, which lacks the prefix)', async () => {
    const site = await up(startHttp((req, res) => (pathOf(req) === '/.env' ? send(res, 301, { location: 'https://static.example.invalid/assets/.env' }, '') : clean(req, res))));
    const { get } = await probeLive({ url: `${site.url}/` }, ['sensitive-paths']);
    expect(get('sensitive-paths').error).toBe('/.env could not be judged (it redirects to https://static.example.invalid/assets/.env (off-host), which is not followed), so whether it is served is unknown; probe https://static.example.invalid/assets/ directly');
  });

  it('N4: the advice is the first path\'s own, not another path\'s off-host redirect appended to a 502', async () => {
    const site = await up(startHttp((req, res) => {
      const path = pathOf(req);
      if (path === '/.env') return send(res, 502, { 'content-type': 'text/html' }, '<h1>502</h1>');
      if (path === '/.git/config') return send(res, 301, { location: `https://static.example.invalid${path}` }, '');
      clean(req, res);
    }));
    const { get } = await probeLive({ url: `${site.url}/` }, ['sensitive-paths']);
    expect(get('sensitive-paths').error).toBe('/.env, /.git/config could not be judged (answered 502, …), so whether they are served is unknown');
  });

  it('a same-host Location with a password: followed without it, and the finding names the URL without it', async () => {
    const auth: string[] = [];
    const files = await up(startHttp((req, res) => {
      if (req.headers.authorization) auth.push(req.headers.authorization);
      if (pathOf(req) === '/.env') return send(res, 200, { 'content-type': 'text/plain' }, 'DB_PASSWORD=abcdef123\nSECRET_KEY=zzz\n');
      clean(req, res);
    }));
    const site = await up(startHttp((req, res) => (pathOf(req) === '/.env' ? send(res, 302, { location: `http://admin:hunter2pass@127.0.0.1:${files.port}/.env?dl=tok3n` }, '') : clean(req, res))));
    const { get } = await probeLive({ url: `${site.url}/` }, ['sensitive-paths']);
    const found = failuresOf(get('sensitive-paths'), 'sensitive-paths');
    expect(found.map((f) => [f.url, f.message])).toEqual([[`${files.url}/.env`, `${files.url}/.env?… (redirected from ${site.url}/.env) serves a .env file (KEY=VALUE lines); block it at the web server and rotate any secret it held`]]);
    expect(auth).toEqual([]);
  });

  it('N1: a dev-server finding reached through a redirect names the URL asked too', async () => {
    const side = await up(startHttp((_req, res) => send(res, 200, { server: 'Werkzeug/3.0.1 Python/3.12.1', 'content-type': 'text/html' }, '<!doctype html><p>hi')));
    const front = await redirector(side.url);
    const { get } = await probeLive({ url: `${front.url}/` }, ['dev-server-exposed']);
    const found = failuresOf(get('dev-server-exposed'), 'dev-server-exposed');
    expect(found[0]).toMatchObject({ url: `${side.url}/` });
    expect(found[0]!.message).toMatch(new RegExp(`^${re(side.url)}/ \\(redirected from ${re(front.url)}/\\) exposes `));
  });

  it('canary: neither a signed link\'s query nor a Location\'s password appears anywhere in the JSON report', async () => {
    // One target hands out a signed link for /.env; the other sends every path, its page too, to a host named with a password.
    const signed = await up(startHttp((req, res) => (pathOf(req) === '/.env' ? send(res, 302, { location: SIGNED }, '') : clean(req, res))));
    const withPassword = await up(startHttp((req, res) => send(res, 301, { location: `https://deploy:pw-canary-4711@static.example.invalid${req.url}` }, '')));
    const items = 'items:\n  - id: no-files\n    check: sensitive-paths\n  - id: no-debug\n    check: dev-server-exposed\n';
    for (const [target, shown] of [[signed, 'https://mybucket.s3.amazonaws.com/.env?…'], [withPassword, 'https://static.example.invalid/']] as const) {
      const repo = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: ${target.url}/\n${items}` });
      let stdout = '';
      let stderr = '';
      await main(['--format', 'json', '--timeout', '3'], { stdout: (x) => { stdout += x; }, stderr: (x) => { stderr += x; }, isTTY: false, env: {}, cwd: repo });
      fs.rmSync(repo, { recursive: true, force: true });
      // The report does name the redirect (so the canary could leak), only without its secrets.
      expect(stdout).toContain(shown);
      for (const secret of ['X-Amz-Signature', 'X-Amz-Credential', 'deadbeefcafe0123456789', 'AKIAIOSFODNN7EXAMPLE', 'pw-canary-4711', 'deploy:']) {
        expect(stdout, secret).not.toContain(secret);
        expect(stderr, secret).not.toContain(secret);
      }
    }
  });
});
