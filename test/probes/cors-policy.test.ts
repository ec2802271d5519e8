import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { corsPolicy } from '../../src/probes/cors-policy.js';
import { FOREIGN_ORIGIN } from '../../src/probes/util.js';
import { evaluate, failures, failuresOf, obsOf, probeLive, res } from './helpers.js';

const f = (h: Record<string, string> = {}) => ({ url: 'https://app.example/', response: res(200, h) });
const run = (get: Record<string, string>, pre: Record<string, string> = {}, nul: Record<string, string> = {}) =>
  evaluate(corsPolicy, obsOf({ cors: { origin: FOREIGN_ORIGIN, get: f(get), preflight: f(pre), nullOrigin: f(nul) } }));
const sev = (o: ReturnType<typeof run>) => failures(o, corsPolicy).map((x) => x.severity).sort();

describe('cors-policy', () => {
  it('passes no CORS and an allow-list', () => {
    expect(run({})).toEqual({ findings: [] });
    expect(run({ 'access-control-allow-origin': 'https://app.example', 'access-control-allow-credentials': 'true' })).toEqual({ findings: [] });
  });
  it('reflected origin with credentials is critical (GET or preflight)', () => {
    const creds = { 'access-control-allow-origin': FOREIGN_ORIGIN, 'access-control-allow-credentials': 'true' };
    expect(sev(run(creds))).toEqual(['critical']);
    expect(sev(run({}, creds))).toEqual(['critical']);
    expect(sev(run(creds, creds))).toEqual(['critical']);
  });
  it('null with credentials is critical, alone high (like a reflected foreign origin)', () => {
    expect(sev(run({}, {}, { 'access-control-allow-origin': 'null', 'access-control-allow-credentials': 'true' }))).toEqual(['critical']);
    expect(sev(run({}, {}, { 'access-control-allow-origin': 'null' }))).toEqual(['high']);
  });
  it("credentials other than exactly 'true' are not honoured by browsers: reflected is high, not critical", () => {
    for (const acac of ['True', 'TRUE', 'true, true', '1']) {
      const out = run({ 'access-control-allow-origin': FOREIGN_ORIGIN, 'access-control-allow-credentials': acac });
      expect(sev(out), acac).toEqual(['high']);
      expect(out.findings[0]!.message).toContain(`Access-Control-Allow-Credentials '${acac}' is not honoured by browsers (only exactly 'true' is), so responses to requests made with cookies stay unreadable`);
    }
    const nul = run({}, {}, { 'access-control-allow-origin': 'null', 'access-control-allow-credentials': 'True' });
    expect(sev(nul)).toEqual(['high']);
    expect(nul.findings[0]!.message).toMatch(/allows Origin: null .*'True' is not honoured/);
  });
  it('reflected without credentials is high; * alone is low', () => {
    expect(sev(run({ 'access-control-allow-origin': FOREIGN_ORIGIN }))).toEqual(['high']);
    const star = run({ 'access-control-allow-origin': '*' });
    expect(sev(star)).toEqual(['low']);
    expect(star.findings[0]!.url).toBe('https://app.example/');
  });
  it('errors when nothing answered', () => {
    const out = evaluate(corsPolicy, obsOf({ cors: { origin: FOREIGN_ORIGIN, get: { url: 'x', error: 'connection refused by app.example:443' } } }));
    expect(out.error).toMatch(/refused/);
  });
  it('a preflight that does not answer 2xx opens nothing, whatever it reflects', () => {
    const reflect = { 'access-control-allow-origin': FOREIGN_ORIGIN, 'access-control-allow-credentials': 'true' };
    const pre = (status: number) => evaluate(corsPolicy, obsOf({ cors: { origin: FOREIGN_ORIGIN, get: f({}), preflight: { url: 'https://app.example/', response: res(status, reflect) }, nullOrigin: f({}) } }));
    expect(sev(pre(405))).toEqual([]);
    expect(sev(pre(204))).toEqual(['critical']);
  });
  it('says which request got no answer when the others pass', () => {
    const out = evaluate(corsPolicy, obsOf({ cors: { origin: FOREIGN_ORIGIN, get: f({}), preflight: { url: 'https://app.example/', error: 'no answer from app.example:443 within 10 s (timeout)' }, nullOrigin: f({}) } }));
    expect(out.findings.map((x) => [x.note, x.message])).toEqual([[true, 'https://app.example/: the CORS preflight request got no answer (no answer from app.example:443 within 10 s (timeout)): judged on the other answers only']]);
  });
});

describe('cors-policy: what a reflected preflight alone opens', () => {
  it('says sending credentialed requests, not reading: the GET response grants nothing', () => {
    const creds = { 'access-control-allow-origin': FOREIGN_ORIGIN, 'access-control-allow-credentials': 'true' };
    const pre = failures(run({}, creds), corsPolicy);
    expect(pre.map((f) => [f.severity, f.message])).toEqual([['critical', "https://app.example/ reflects any Origin with Access-Control-Allow-Credentials: true (preflight); any website can send credentialed requests of any method (PUT, DELETE, JSON POST) with its users' cookies, whatever the responses say"]]);
    expect(failures(run(creds, creds), corsPolicy).map((f) => f.message)).toEqual([expect.stringContaining("(GET); any website can read users' data")]);
  });
});

describe('cors-policy judges what the server sent, masking only what it shows (QA round 33)', () => {
  it('a header value that reads `true` does not hide Access-Control-Allow-Credentials: true', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': String(req.headers.origin ?? '*'), 'access-control-allow-credentials': 'true', vary: 'Origin' });
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
      const { get } = await probeLive({ url, headers: { 'X-Preview-Auth': 'true' } }, ['cors-policy']);
      // Before: the response was masked before judging (`Access-Control-Allow-Credentials: ***`): high, "not honoured by browsers".
      expect(failuresOf(get('cors-policy'), 'cors-policy').map((f) => f.severity)).toEqual(['critical', 'critical']);
    } finally { server.closeAllConnections(); server.close(); }
  }, 30_000);
});
