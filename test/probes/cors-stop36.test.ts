import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsPolicy } from '../../src/probes/cors-policy.js';
import { craftedOrigins, FOREIGN_ORIGIN } from '../../src/probes/util.js';
import { makePki, type Pki } from '../servers/certs.js';
import { NGINX, startNginx, type Proc } from '../servers/procs.js';
import { evaluate, failures, failuresOf, obsOf, probeLive, res } from './helpers.js';

// QA stop 36 (probes9 D2): cors-policy sent one fixed foreign origin only, so an allow-list matched by prefix,
// suffix or substring (an unanchored regex, startsWith, endsWith, includes) passed while it reflected
// `https://localhost.attacker.example` with credentials.

describe('craftedOrigins', () => {
  it("makes the host followed by a foreign domain, and a foreign name ending in the site's domain", () => {
    expect(craftedOrigins(new URL('https://app.example.com/x'))).toEqual([
      { origin: 'https://app.example.com.preflight-probe.invalid', trick: 'suffix' },
      { origin: 'https://preflight-probe-example.com', trick: 'prefix' },
    ]);
    expect(craftedOrigins(new URL('http://localhost:8080/')).map((c) => c.origin)).toEqual(['http://localhost.preflight-probe.invalid', 'http://preflight-probe-localhost']);
    expect(craftedOrigins(new URL('https://Example.COM./')).map((c) => c.origin)).toEqual(['https://example.com.preflight-probe.invalid', 'https://preflight-probe-example.com']);
  });
  it("never makes one of the site's own sub-domains (an allow-list of them rightly trusts those)", () => {
    expect(craftedOrigins(new URL('https://shop.example.co.uk/'))[1]!.origin).toBe('https://preflight-probe-example.co.uk');
    expect(craftedOrigins(new URL('https://api.shop.com.au/'))[1]!.origin).toBe('https://preflight-probe-shop.com.au');
    // A short second-level name is not a registry's suffix: `x.io` is the site's domain.
    expect(craftedOrigins(new URL('https://app.x.io/'))[1]!.origin).toBe('https://preflight-probe-x.io');
    for (const [u, site] of [['https://a.b.example.com/', 'example.com'], ['https://example.co.uk/', 'example.co.uk'], ['https://deep.app.x.io/', 'x.io']] as const) {
      const host = new URL(u).hostname;
      for (const { origin } of craftedOrigins(new URL(u))) {
        const h = new URL(origin).hostname;
        expect(h.endsWith(`.${site}`) || h === host, `${origin} for ${u}`).toBe(false);
      }
    }
  });
  it('an IPv4 address gets the suffix origin only; an IPv6 address none', () => {
    expect(craftedOrigins(new URL('http://127.0.0.1:3000/'))).toEqual([{ origin: 'http://127.0.0.1.preflight-probe.invalid', trick: 'suffix' }]);
    expect(craftedOrigins(new URL('http://[::1]:3000/'))).toEqual([]);
  });
});

const SUFFIX = 'https://app.example.preflight-probe.invalid';
const PREFIX = 'https://preflight-probe-app.example';
const f = (h: Record<string, string> = {}) => ({ url: 'https://app.example/', response: res(200, h) });
const grant = (origin: string, creds = true) => ({ 'access-control-allow-origin': origin, ...(creds ? { 'access-control-allow-credentials': 'true' } : {}) });
const run = (get: Record<string, string>, suffix: Record<string, string>, prefix: Record<string, string> = {}) => evaluate(corsPolicy, obsOf({ cors: {
  origin: FOREIGN_ORIGIN, get: f(get), preflight: f(), nullOrigin: f(),
  crafted: [{ origin: SUFFIX, trick: 'suffix', get: f(suffix) }, { origin: PREFIX, trick: 'prefix', get: f(prefix) }],
} }));
const sevMsg = (o: ReturnType<typeof run>) => failures(o, corsPolicy).map((x) => [x.severity, x.message]);

describe('cors-policy: crafted origins judged (stop 36)', () => {
  it('a reflected crafted origin with credentials is critical, and named', () => {
    expect(sevMsg(run({}, grant(SUFFIX)))).toEqual([['critical', `https://app.example/ trusts the crafted Origin ${SUFFIX} with Access-Control-Allow-Credentials: true (GET), the site's host followed by a foreign domain: the allow-list matches the start of the origin (a regex without its \`$\`, a startsWith or substring test); any site that registers such a name can read users' data — compare the Origin with exact origins`]]);
    expect(sevMsg(run({}, {}, grant(PREFIX)))).toEqual([['critical', expect.stringContaining(`trusts the crafted Origin ${PREFIX} with Access-Control-Allow-Credentials: true (GET), a foreign name ending in the site's domain`)]]);
    expect(sevMsg(run({}, grant(SUFFIX), grant(PREFIX))).map(([s, m]) => [s, m!.match(/crafted Origin (\S+)/)![1]])).toEqual([['critical', SUFFIX], ['critical', PREFIX]]);
  });
  it('reflected without credentials (or not exactly `true`) is high', () => {
    expect(sevMsg(run({}, grant(SUFFIX, false)))).toEqual([['high', expect.stringContaining(`reflects the crafted Origin ${SUFFIX} in Access-Control-Allow-Origin (GET), the site's host`)]]);
    expect(sevMsg(run({}, { 'access-control-allow-origin': PREFIX, 'access-control-allow-credentials': 'True' }))).toEqual([]);
    expect(sevMsg(run({}, {}, { 'access-control-allow-origin': PREFIX, 'access-control-allow-credentials': 'True' }))).toEqual([['high', expect.stringContaining("'True' is not honoured by browsers")]]);
  });
  it('the verdicts for the foreign origin stay; a server reflecting any origin gets the one "reflects any Origin" finding', () => {
    const any = sevMsg(run(grant(FOREIGN_ORIGIN), grant(SUFFIX), grant(PREFIX)));
    expect(any).toEqual([['critical', "https://app.example/ reflects any Origin with Access-Control-Allow-Credentials: true (GET); any website can read users' data"]]);
    expect(sevMsg(run({ 'access-control-allow-origin': '*' }, { 'access-control-allow-origin': '*' }, { 'access-control-allow-origin': '*' })).map(([s]) => s)).toEqual(['low']);
  });
  it('an exact allow-list answering the crafted origins with its own origin, or nothing, passes', () => {
    expect(run({}, grant('https://app.example'), grant('https://app.example'))).toEqual({ findings: [] });
    expect(run({}, {}, {})).toEqual({ findings: [] });
  });
  it('an observation without crafted requests is judged as before', () => {
    expect(evaluate(corsPolicy, obsOf({ cors: { origin: FOREIGN_ORIGIN, get: f(), preflight: f(), nullOrigin: f() } }))).toEqual({ findings: [] });
  });
});

/** Node servers whose allow-lists are written as apps write them; credentials granted with the echoed origin. */
const ALLOW: Record<string, (o: string) => boolean> = {
  startsWith: (o) => o.startsWith('http://localhost'),
  endsWith: (o) => o.endsWith('localhost'),
  includes: (o) => o.includes('localhost'),
  unanchoredEnd: (o) => /^https?:\/\/(.*\.)?localhost/.test(o),
  exact: (o) => ['http://localhost', 'http://localhost:3000', 'https://app.localhost'].includes(o),
  subdomains: (o) => /^https?:\/\/([a-z0-9-]+\.)*localhost(:\d+)?$/.test(o),
  any: () => true,
};

describe('cors-policy against live Node allow-lists (stop 36)', () => {
  const servers = new Map<string, { server: http.Server; url: string; seen: string[] }>();
  beforeAll(async () => {
    for (const [name, ok] of Object.entries(ALLOW)) {
      const seen: string[] = [];
      const server = http.createServer((req, res) => {
        const origin = req.headers.origin;
        if (origin) seen.push(`${req.method} ${origin}`);
        const h: Record<string, string> = { 'content-type': 'application/json', vary: 'Origin' };
        if (origin && ok(origin)) Object.assign(h, { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' });
        res.writeHead(req.method === 'OPTIONS' ? 204 : 200, h);
        res.end(req.method === 'OPTIONS' ? '' : '{"user":"x"}');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      servers.set(name, { server, url: `http://localhost:${(server.address() as { port: number }).port}/`, seen });
    }
  });
  afterAll(() => { for (const { server } of servers.values()) { server.closeAllConnections(); server.close(); } });

  const judge = async (name: string) => {
    const { url } = servers.get(name)!;
    const { get } = await probeLive({ url }, ['cors-policy']);
    return failuresOf(get('cors-policy'), 'cors-policy').map((x) => [x.severity, x.message.match(/crafted Origin (\S+)|reflects any Origin/)?.[1] ?? x.message]);
  };
  it('startsWith and an unanchored-end regex let the host followed by a foreign domain in: critical, named', async () => {
    expect(await judge('startsWith')).toEqual([['critical', 'http://localhost.preflight-probe.invalid']]);
    expect(await judge('unanchoredEnd')).toEqual([['critical', 'http://localhost.preflight-probe.invalid']]);
  });
  it("endsWith lets a foreign name ending in the site's domain in; includes lets both", async () => {
    expect(await judge('endsWith')).toEqual([['critical', 'http://preflight-probe-localhost']]);
    expect(await judge('includes')).toEqual([['critical', 'http://localhost.preflight-probe.invalid'], ['critical', 'http://preflight-probe-localhost']]);
  });
  it('an exact list and a correctly anchored sub-domain regex pass; reflecting any origin is one finding', async () => {
    expect(await judge('exact')).toEqual([]);
    expect(await judge('subdomains')).toEqual([]);
    // (GET and preflight reflecting are one finding, as before.)
    expect(await judge('any')).toEqual([
      ['critical', `${servers.get('any')!.url} reflects any Origin with Access-Control-Allow-Credentials: true (GET); any website can read users' data`],
      ['critical', expect.stringContaining('allows Origin: null with credentials')],
    ]);
  });
  it('sends two extra GETs, no more', async () => {
    const { seen } = servers.get('exact')!;
    seen.length = 0;
    await judge('exact');
    expect(seen.sort()).toEqual(['GET http://localhost.preflight-probe.invalid', 'GET http://preflight-probe-localhost', `GET ${FOREIGN_ORIGIN}`, 'GET null', `OPTIONS ${FOREIGN_ORIGIN}`]);
  });
});

// The examiner's nginx: the common "allow our domain and its sub-domains" snippet, its regex unanchored.
describe.skipIf(!NGINX)(`cors-policy against nginx's $http_origin allow-lists (stop 36)${NGINX ? '' : ' — skipped: nginx not installed'}`, () => {
  let pki: Pki;
  let nginx: Proc;
  const api = (name: string, cond: string) => `
    location /${name}/ {
      set $cors "";
      if ($http_origin ~* "${cond}") { set $cors $http_origin; }
      add_header Access-Control-Allow-Origin $cors always;
      add_header Access-Control-Allow-Credentials true always;
      add_header Vary Origin always;
      if ($request_method = OPTIONS) { return 204; }
      return 200 '{"ok":true}';
    }`;
  beforeAll(async () => {
    pki = makePki();
    nginx = await startNginx(pki.valid, [
      api('unanchored', '^https?://(.*\\.)?localhost'),
      api('suffix', 'localhost$'),
      api('anchored', '^https://([a-z0-9-]+\\.)*localhost(:[0-9]+)?$'),
    ].join('\n'));
  });
  afterAll(async () => { await nginx?.stop(); });
  const judge = async (path: string) => {
    const url = `${nginx.urls.https!.replace('127.0.0.1', 'localhost')}/${path}/`;
    const { get } = await probeLive({ url, ca: pki.ca }, ['cors-policy']);
    return failuresOf(get('cors-policy'), 'cors-policy').map((x) => [x.severity, x.message]);
  };
  it('an unanchored regex reflects the host followed by a foreign domain with credentials: critical', async () => {
    expect(await judge('unanchored')).toEqual([['critical', expect.stringContaining('trusts the crafted Origin https://localhost.preflight-probe.invalid with Access-Control-Allow-Credentials: true (GET)')]]);
  });
  it("a regex anchored at its end only reflects a foreign name ending in the site's domain: critical", async () => {
    expect(await judge('suffix')).toEqual([['critical', expect.stringContaining('trusts the crafted Origin https://preflight-probe-localhost with Access-Control-Allow-Credentials: true (GET)')]]);
  });
  it('a regex anchored at both ends, sub-domains allowed, passes', async () => {
    expect(await judge('anchored')).toEqual([]);
  });
  it('on 127.0.0.1 an IP-prefix regex reflects the address followed by a foreign domain', async () => {
    const ip = await startNginx(pki.valid, api('ip', '^https://127\\.0\\.0\\.1'));
    try {
      const { get } = await probeLive({ url: `${ip.urls.https}/ip/`, ca: pki.ca }, ['cors-policy']);
      expect(failuresOf(get('cors-policy'), 'cors-policy').map((x) => [x.severity, x.message])).toEqual([['critical', expect.stringContaining('trusts the crafted Origin https://127.0.0.1.preflight-probe.invalid')]]);
    } finally { await ip.stop(); }
  }, 30_000);
});
