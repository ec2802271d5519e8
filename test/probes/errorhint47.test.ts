import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../servers/certs.js';
import { startHttps, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 47 (probes21 D3): the error-page hint on a missing header names nginx's `always` only when the response shows
// nginx answered (`Server: nginx…`, OpenResty); another server (Kestrel, an Express 500 with no Server) gets the general
// wording. Real servers on 127.0.0.1 (port 0).

let pki: Pki;
const servers: Running[] = [];
beforeAll(() => { pki = makePki(); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
});

const NGINX = (s: number) => ` (the page judged answered HTTP ${s}, an error page: nginx adds headers to error pages only with \`always\`, so add \`always\` if the header is configured, or probe a URL that answers 2xx)`;
const GENERAL = (s: number) => ` (the page judged answered HTTP ${s}, an error page: the server or proxy may leave headers off error responses, so send the header on every response if it is configured, or probe a URL that answers 2xx)`;

/** Every path answers `status` with `headers` and nothing else: no HSTS, no security headers. */
async function messages(status: number, headers: Record<string, string>) {
  const srv = await startHttps(pki.valid, (_q, r) => { r.writeHead(status, { 'content-type': 'text/html', ...headers }); r.end('<!doctype html><h1>error</h1>'); });
  servers.push(srv);
  const { get } = await probeLive({ url: `${srv.url}/missing`, ca: pki.ca }, ['hsts', 'security-headers']);
  return [...failuresOf(get('hsts'), 'hsts'), ...failuresOf(get('security-headers'), 'security-headers')].map((f) => f.message);
}

describe('the error-page hint names nginx only when nginx answered (probes21 D3)', () => {
  it('Server: Kestrel (404) and an Express 500 (no Server header) get the general wording, never nginx', async () => {
    for (const [status, headers] of [[404, { server: 'Kestrel' }], [500, { 'x-powered-by': 'Express' }]] as const) {
      const m = await messages(status, headers);
      expect(m).toHaveLength(5);
      for (const x of m) { expect(x).toContain(GENERAL(status)); expect(x).not.toMatch(/nginx|always/); }
    }
  });

  it('Server: nginx/1.22.1 and openresty keep the nginx `always` advice', async () => {
    for (const server of ['nginx/1.22.1', 'openresty']) {
      const m = await messages(404, { server });
      expect(m).toHaveLength(5);
      for (const x of m) expect(x).toContain(NGINX(404));
    }
  });
});
