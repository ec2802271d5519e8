import fs from 'node:fs';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttp, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { freePort } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 42, live probes round 16 (probes16 D1): sensitive-paths and dev-server-exposed across redirects. An http://
// target that redirects every path to its https:// side on the same host (nginx `return 301 https://$host$request_uri;`)
// is judged there, as the other probes judge it; a path answered only by a redirect to another host is unjudged (never
// a pass). Real servers on 127.0.0.1 (port 0), HTTPS with a certificate of a throwaway CA.

let pki: Pki;
const servers: Running[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

const ENV = 'DB_PASSWORD=abcdef123\nSECRET_KEY=zzz\n';
/** Django's technical 404 page (DEBUG = True), as Django 4 writes it. */
const django404 = (path: string) => `<!DOCTYPE html>
<html lang="en">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>Page not found at ${path}</title></head>
<body>
  <div id="summary"><h1>Page not found <span>(404)</span></h1></div>
  <div id="info"><p>The current path, <code>${path.slice(1)}</code>, didn’t match any of these.</p></div>
  <div id="explanation">
    <p>
      You’re seeing this error because you have <code>DEBUG = True</code> in
      your Django settings file. Change that to <code>False</code>, and Django
      will display a standard 404 page.
    </p>
  </div>
</body>
</html>
`;

const send = (res: http.ServerResponse, status: number, headers: Record<string, string>, body: string) => { res.writeHead(status, headers); res.end(body); };

/** A Django site in DEBUG whose web server serves `/.env` (and, `console`, the Werkzeug console at `/console`). */
const exposed = (console = false): Handler => (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
  if (path === '/.env') return send(res, 200, { 'content-type': 'text/plain' }, ENV);
  if (console && path === '/console') return send(res, 200, { 'content-type': 'text/html' }, '<!doctype html><html><head><title>Console // Werkzeug Debugger</title></head><body></body></html>');
  send(res, 404, { 'content-type': 'text/html' }, django404(path));
};

/** A production site: a 404 for every other path. */
const clean: Handler = (req, res) => {
  if (req.url === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, '<!doctype html><p>home');
  send(res, 404, { 'content-type': 'text/html' }, '<!doctype html><h1>Not Found</h1>');
};

/**
 * A production single-page app behind redirects a probe must not take for the files: `/.env` sends to the login page,
 * `/.git/config` to `/.git/config/` (a 404), and every other unknown path to `/`, its HTML shell.
 */
const spa: Handler = (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const shell = '<!doctype html><html><head><title>App</title></head><body><div id="root"></div></body></html>';
  if (path === '/') return send(res, 200, { ...STRONG_HEADERS, 'content-type': 'text/html' }, shell);
  if (path.startsWith('/login')) return send(res, 200, { 'content-type': 'text/html' }, '<!doctype html><form method="post"><input name="password" type="password"></form>');
  if (path === '/.env') return send(res, 302, { location: '/login?next=%2F.env' }, '');
  if (path === '/.git/config') return send(res, 301, { location: '/.git/config/' }, '');
  if (path === '/.git/config/') return send(res, 404, { 'content-type': 'text/plain' }, 'Not Found');
  send(res, 302, { location: '/' }, '');
};

/** An http:// server that redirects every request to `to` + the path asked (nginx `return 301 https://$host$request_uri;`). */
const redirector = (to: string) => up(startHttp((req, res) => send(res, 301, { location: `${to}${req.url}`, 'content-type': 'text/html' }, '<html><body>Moved</body></html>')));

describe('an http:// target that redirects every path to its https:// side on the same host (probes16 D1)', () => {
  it('sensitive-paths and dev-server-exposed judge the https:// answers, naming the URL judged', async () => {
    const tls = await up(startHttps(pki.valid, exposed()));
    const http = await redirector(tls.url);
    const { get } = await probeLive({ url: `${http.url}/`, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed']);
    const files = failuresOf(get('sensitive-paths'), 'sensitive-paths');
    expect(files.map((f) => f.message)).toEqual([`${tls.url}/.env (redirected from ${http.url}/.env) serves a .env file (KEY=VALUE lines); block it at the web server and rotate any secret it held`]);
    expect(files[0]).toMatchObject({ severity: 'critical', url: `${tls.url}/.env` });
    const dev = failuresOf(get('dev-server-exposed'), 'dev-server-exposed');
    expect(dev).toHaveLength(1);
    expect(dev[0]!.message).toMatch(new RegExp(`^${tls.url.replace(/[.]/g, '\\.')}/preflight-probe-\\w+ \\(redirected from ${http.url.replace(/[.]/g, '\\.')}/preflight-probe-\\w+\\) exposes Django's DEBUG page; set DEBUG = False in the production settings \\(e\\.g\\. read from a DJANGO_DEBUG environment variable that production leaves unset\\)$`));
  });

  it('the Werkzeug console on the https:// side is found too', async () => {
    const tls = await up(startHttps(pki.valid, exposed(true)));
    const http = await redirector(tls.url);
    const { get } = await probeLive({ url: `${http.url}/`, ca: pki.ca }, ['dev-server-exposed']);
    expect(failuresOf(get('dev-server-exposed'), 'dev-server-exposed').map((f) => f.message)).toContain(`${tls.url}/console (redirected from ${http.url}/console) serves the Werkzeug debugger console (Python code execution, guarded at most by the PIN); turn Flask's debug mode off (no app.run(debug=True), FLASK_DEBUG or flask run --debug) and serve the app with a WSGI server such as gunicorn`);
  });

  it('a production site behind the redirect passes both (no error)', async () => {
    const tls = await up(startHttps(pki.valid, clean));
    const http = await redirector(tls.url);
    const { get } = await probeLive({ url: `${http.url}/`, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
  });

  it('a same-host redirect to the login page, to a trailing slash or to the SPA shell is not a file, behind the http:// redirect or not', async () => {
    const tls = await up(startHttps(pki.valid, spa));
    const http = await redirector(tls.url);
    for (const url of [`${tls.url}/`, `${http.url}/`]) {
      const { get } = await probeLive({ url, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed']);
      expect(get('sensitive-paths'), url).toEqual({ findings: [] });
      expect(get('dev-server-exposed'), url).toEqual({ findings: [] });
    }
  });

  it('the https:// side not answering is an error, never a pass', async () => {
    const http = await redirector(`https://127.0.0.1:${await freePort()}`);
    const { get } = await probeLive({ url: `${http.url}/`, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths').error).toMatch(new RegExp(`^${http.url.replace(/[.]/g, '\\.')}/\\.env redirects to https://127\\.0\\.0\\.1:\\d+/\\.env, which did not answer: connection refused by 127\\.0\\.0\\.1:\\d+$`));
    expect(get('dev-server-exposed').error).toMatch(new RegExp(`^${http.url.replace(/[.]/g, '\\.')}/ redirects to https://127\\.0\\.0\\.1:\\d+/, which did not answer: connection refused by 127\\.0\\.0\\.1:\\d+$`));
  });
});

describe('a path answered only by a redirect to another host is unjudged (probes16 D1)', () => {
  it('every path sent to another host: both probes are an error naming the URL to probe instead', async () => {
    const other = await up(startHttp(exposed()));
    // localhost and 127.0.0.1 are different hosts.
    const front = await up(startHttp((req, res) => send(res, 301, { location: `${other.url}${req.url}` }, '')));
    const url = `http://localhost:${front.port}/`;
    const { get } = await probeLive({ url }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('sensitive-paths').error).toMatch(new RegExp(`^http://localhost:${front.port}/ redirects every path asked \\(\\d+\\) to another host, which is not followed \\(/\\.env to ${other.url.replace(/[.]/g, '\\.')}/\\.env, …\\), so whether the files are served there is unknown; probe ${other.url.replace(/[.]/g, '\\.')}/ directly$`));
    expect(get('dev-server-exposed').findings).toEqual([]);
    expect(get('dev-server-exposed').error).toBe(`${url} redirects to ${other.url}/ (off-host), which is not followed, and neither the page nor a not-found page of the application answered on localhost:${front.port}; probe that URL directly`);
    // The site it sends them to, probed directly, fails both.
    const direct = await probeLive({ url: `${other.url}/` }, ['sensitive-paths', 'dev-server-exposed']);
    expect(failuresOf(direct.get('sensitive-paths'), 'sensitive-paths')).toHaveLength(1);
    expect(failuresOf(direct.get('dev-server-exposed'), 'dev-server-exposed')).toHaveLength(1);
  });

  it('one path sent to another host while the others are not served: that path is named, not passed', async () => {
    const other = await up(startHttp(exposed()));
    const tls = await up(startHttps(pki.valid, (req, res) => {
      // Another host (localhost is not 127.0.0.1): not followed. (Another port of 127.0.0.1 would be.)
      if (req.url === '/.env') return send(res, 302, { location: `http://localhost:${other.port}/.env` }, '');
      clean(req, res);
    }));
    const { get } = await probeLive({ url: `${tls.url}/`, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths').findings).toEqual([]);
    expect(get('sensitive-paths').error).toBe(`/.env could not be judged (it redirects to http://localhost:${other.port}/.env (off-host), which is not followed), so whether it is served is unknown; probe http://localhost:${other.port}/ directly`);
    // The page and the not-found path answered on the target: dev-server-exposed judged them.
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
  });

  it('a redirect of every path to a sign-in portal on another host is a wall, not an unjudged path', async () => {
    const portal = await up(startHttp((_req, res) => send(res, 200, { 'content-type': 'text/html' }, '<!doctype html><form>sign in</form>')));
    const tls = await up(startHttps(pki.valid, (req, res) => send(res, 302, { location: `http://localhost:${portal.port}/?rd=${encodeURIComponent(`${tls.url}${req.url}`)}` }, '')));
    const { get } = await probeLive({ url: `${tls.url}/`, ca: pki.ca }, ['sensitive-paths', 'dev-server-exposed']);
    expect(get('sensitive-paths')).toEqual({ findings: [] });
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
  });
});
