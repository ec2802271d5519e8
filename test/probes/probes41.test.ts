import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { toAnnotations } from '../../src/report/annotations.js';
import { toSarif } from '../../src/report/sarif.js';
import { untrustedReason } from '../../src/probes/util.js';
import type { CertInfo } from '../../src/probes/observation.js';
import { makeRepo } from '../helpers/repo.js';
import { makeIntermediateLeaf, makePki, makeWeakLeaves, type ChainedLeaf, type Pem, type Pki } from '../servers/certs.js';
import { startHttp, startHttp2, startHttps, STRONG_HEADERS, type Handler, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

// QA stop 41, live probes round 15 (probes15 D1–D5): allow-self-signed under an item's or an override's severity, HSTS
// on a redirect chain cut at the hop limit, two HSTS fields over HTTP/2, a health path's redirect to plain HTTP, and the
// trust advice of an untrusted chain whose leaf is expired or weak. Real servers on 127.0.0.1 (port 0).

let pki: Pki;
let chained: ChainedLeaf;
const servers: Running[] = [];
const repos: string[] = [];
const up = async (p: Promise<Running>) => { const s = await p; servers.push(s); return s; };

beforeAll(() => { pki = makePki(); chained = makeIntermediateLeaf(pki); });
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fs.rmSync(pki.dir, { recursive: true, force: true });
  for (const r of repos) fs.rmSync(r, { recursive: true, force: true });
});

const ok: Handler = (_q, r) => { r.writeHead(200, STRONG_HEADERS); r.end('ok'); };

/** A repository whose preflight.yml is `checklist`, run against `url` with allow-self-signed and no CA. */
async function runAllowed(checklist: string, url: string, severity?: Record<string, 'critical' | 'high' | 'medium' | 'low' | 'info'>) {
  const dir = makeRepo({ 'preflight.yml': checklist });
  repos.push(dir);
  return run({ dir, cwd: dir, checklist: 'preflight.yml', url, allowSelfSigned: true, timeout: 3, env: {}, ...(severity ? { severity } : {}) });
}

const CERT_ITEM = (severity: string) => `version: 1
fail-on: critical
items:
  - id: tls-cert
    title: TLS certificate is valid
    check: certificate
    severity: ${severity}
`;

describe('allow-self-signed keeps what it allows at low, whatever severity the item or an override sets (probes15 D1)', () => {
  it('an item written `severity: critical`: the allowed self-signed finding is low everywhere, and the gate passes', async () => {
    const srv = await up(startHttps(pki.selfSigned, ok));
    const url = `${srv.url}/`;
    const { report } = await runAllowed(CERT_ITEM('critical'), url);
    const cert = report.findings.filter((f) => f.check === 'certificate');
    expect(cert.map((f) => [f.severity, f.message])).toEqual([['low', `the certificate of ${url} is self-signed (allowed by allow-self-signed)`]]);
    expect(report.result).toBe('pass');
    expect(report.counts).toMatchObject({ critical: 0, low: 1 });
    expect(toAnnotations(report).filter((a) => a.check === 'certificate').map((a) => [a.level, a.severity])).toEqual([['notice', 'low']]);
    const results = toSarif(report, { checklistFile: 'preflight.yml' }).runs[0]!.results!.filter((r) => r.ruleId === 'certificate');
    expect(results.map((r) => [r.level, (r.properties as { severity: string }).severity])).toEqual([['note', 'low']]);
  });

  it('an override `certificate=high` does not raise it either; one lower than low lowers it', async () => {
    const srv = await up(startHttps(pki.selfSigned, ok));
    const url = `${srv.url}/`;
    const high = await runAllowed(CERT_ITEM('critical'), url, { certificate: 'high' });
    expect(high.report.findings.filter((f) => f.check === 'certificate').map((f) => f.severity)).toEqual(['low']);
    expect(high.report.result).toBe('pass');
    const info = await runAllowed(CERT_ITEM('critical'), url, { 'tls-cert': 'info' });
    expect(info.report.findings.filter((f) => f.check === 'certificate').map((f) => f.severity)).toEqual(['info']);
  });

  it('what allow-self-signed does not allow keeps the item\'s severity: a certificate for another host', async () => {
    // Issued by the test CA (not given): untrusted, which is allowed, and for another host, which is not.
    const srv = await up(startHttps(pki.wrongHost, ok));
    const url = `${srv.url}/`;
    const { report } = await runAllowed(CERT_ITEM('high'), url);
    const cert = report.findings.filter((f) => f.check === 'certificate').map((f) => [f.severity, f.message.includes('allowed by allow-self-signed')]);
    expect(cert).toEqual([['high', false], ['low', true]]);
    expect(report.counts).toMatchObject({ high: 1, low: 1 });
  });
});

describe('hsts on a same-host redirect chain cut at the hop limit (probes15 D2)', () => {
  /** `/` → `/a1` → … → `/a<n>`, which answers 200; only that page sends `hsts` (none: no header anywhere). */
  const deep = (n: number, hsts?: string): Handler => (q, r) => {
    const at = q.url === '/' ? 0 : Number(/^\/a(\d+)$/.exec(q.url ?? '')?.[1] ?? -1);
    if (at >= 0 && at < n) { r.writeHead(302, { location: `/a${at + 1}` }); r.end(); return; }
    r.writeHead(200, { 'content-type': 'text/html', ...(hsts ? { 'strict-transport-security': hsts } : {}) });
    r.end('deep');
  };

  it('six hops to a page that sends HSTS: an error saying the final page was not reached, not a missing header on a redirect', async () => {
    const srv = await up(startHttps(pki.valid, deep(6, 'max-age=31536000')));
    const url = `${srv.url}/`;
    const out = (await probeLive({ url, ca: pki.ca }, ['hsts'])).get('hsts');
    expect(out).toEqual({ findings: [], error: `${url} redirects more than 5 times (last to ${srv.url}/a6), so the final page, whose Strict-Transport-Security is judged, was not reached; fix the redirects so the page answers in fewer hops` });
  });

  it('within the limit the final page is judged as before: its header passes, its absence fails on that page', async () => {
    const good = await up(startHttps(pki.valid, deep(4, 'max-age=31536000')));
    expect((await probeLive({ url: `${good.url}/`, ca: pki.ca }, ['hsts'])).get('hsts')).toEqual({ findings: [] });
    const none = await up(startHttps(pki.valid, deep(4)));
    expect(failuresOf((await probeLive({ url: `${none.url}/`, ca: pki.ca }, ['hsts'])).get('hsts'), 'hsts').map((f) => f.message))
      .toEqual([`${none.url}/a4 sends no Strict-Transport-Security header; add max-age=31536000`]);
  });

  it('a redirect loop has no other page: a header its responses send is judged (HSTS on every one passes); none is an error, the page not reached (stop 47 probes21 D2)', async () => {
    const loop = (hsts?: string): Handler => (q, r) => { r.writeHead(302, { location: q.url === '/' ? '/loop' : '/', ...(hsts ? { 'strict-transport-security': hsts } : {}) }); r.end(); };
    const withHsts = await up(startHttps(pki.valid, loop('max-age=31536000')));
    expect((await probeLive({ url: `${withHsts.url}/`, ca: pki.ca }, ['hsts'])).get('hsts')).toEqual({ findings: [] });
    const without = await up(startHttps(pki.valid, loop()));
    const out = (await probeLive({ url: `${without.url}/`, ca: pki.ca }, ['hsts'])).get('hsts');
    expect(out.findings).toEqual([]);
    expect(out.error).toMatch(/ is in a redirect loop \(last to .*\), so the page, whose Strict-Transport-Security is judged, was not reached/);
  });
});

describe('Strict-Transport-Security over HTTP/2 is judged by the header fields received (probes15 D3)', () => {
  const h2 = (hsts: string | string[]) => up(startHttp2(pki.valid, (stream) => {
    stream.respond({ ':status': 200, 'content-type': 'text/html', 'strict-transport-security': hsts });
    stream.end('<p>h2</p>');
  }));

  it('two fields (the app and the proxy both add it) are "sent more than once", as over HTTP/1.1', async () => {
    const srv = await h2(['max-age=31536000', 'max-age=31536000']);
    const f = failuresOf((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['hsts'])).get('hsts'), 'hsts');
    expect(f.map((x) => x.message)).toEqual([`${srv.url}/ sends Strict-Transport-Security more than once; browsers may ignore it: send exactly one`]);
  });

  it('one field holding two policies is still named as one header with several values', async () => {
    const srv = await h2('max-age=31536000, max-age=31536000');
    const f = failuresOf((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['hsts'])).get('hsts'), 'hsts');
    expect(f.map((x) => x.message)).toEqual([`${srv.url}/ sends Strict-Transport-Security with several values in one header ('max-age=31536000, max-age=31536000', as a proxy joins two); browsers may ignore it: send exactly one`]);
  });

  it('one valid field passes', async () => {
    const srv = await h2('max-age=31536000; includeSubDomains');
    expect((await probeLive({ url: `${srv.url}/`, ca: pki.ca }, ['hsts'])).get('hsts')).toEqual({ findings: [] });
  });
});

describe('https-redirect: a health path of an https:// target that redirects to plain http:// (probes15 D4)', () => {
  /** A plain-HTTP origin redirecting to `to` (the target), so that only the downgrade can fail the item. */
  const plainRedirect = (to: () => string) => up(startHttp((_q, r) => { r.writeHead(301, { location: to() }); r.end(); }));

  it('fails naming the hop, as the same downgrade on the target page does', async () => {
    const plain = await up(startHttp((_q, r) => { r.writeHead(200, { 'content-type': 'application/json' }); r.end('{"status":"ok"}'); }));
    let target = '';
    const srv = await up(startHttps(pki.valid, (q, r) => {
      if (q.url === '/hhttp') { r.writeHead(302, { location: `${plain.url}/health` }); r.end(); return; }
      ok(q, r);
    }));
    target = `${srv.url}/`;
    const httpOrigin = await plainRedirect(() => target);
    const { get } = await probeLive({ url: target, ca: pki.ca, httpUrl: `${httpOrigin.url}/`, health: ['/hhttp'] }, ['https-redirect', 'health-endpoint']);
    expect(failuresOf(get('https-redirect'), 'https-redirect').map((f) => [f.severity, f.url, f.message])).toEqual([
      ['high', `${srv.url}/hhttp`, `${srv.url}/hhttp redirects to ${plain.url}/health, leaving HTTPS for plain HTTP; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)`],
    ]);
  });

  it('the target page and a health path sharing that hop: told once', async () => {
    const plain = await up(startHttp(ok));
    const srv = await up(startHttps(pki.valid, (_q, r) => { r.writeHead(302, { location: `${plain.url}/app` }); r.end(); }));
    const target = `${srv.url}/app`;
    const httpOrigin = await plainRedirect(() => target);
    const { get } = await probeLive({ url: target, ca: pki.ca, httpUrl: `${httpOrigin.url}/`, health: ['/app'] }, ['https-redirect', 'health-endpoint']);
    expect(failuresOf(get('https-redirect'), 'https-redirect').map((f) => f.message)).toEqual([
      `${target} redirects to ${plain.url}/app, leaving HTTPS for plain HTTP; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)`,
    ]);
  });

  it('a health path redirecting within https://, or to plain http:// on another host, is no downgrade of the target', async () => {
    let base = '';
    const srv = await up(startHttps(pki.valid, (q, r) => {
      if (q.url === '/health') { r.writeHead(301, { location: `${base}/health/` }); r.end(); return; }
      if (q.url === '/status') { r.writeHead(302, { location: 'http://status.example.invalid/' }); r.end(); return; }
      ok(q, r);
    }));
    base = srv.url;
    const httpOrigin = await plainRedirect(() => `${base}/`);
    const { get } = await probeLive({ url: `${base}/`, ca: pki.ca, httpUrl: `${httpOrigin.url}/`, health: ['/health', '/status'] }, ['https-redirect', 'health-endpoint']);
    expect(get('https-redirect')).toEqual({ findings: [] });
  });
});

describe('certificate: the trust advice of an untrusted chain sent whole names its root, whatever the leaf (probes15 D5)', () => {
  /** A leaf for localhost signed by makeIntermediateLeaf's intermediate, valid from `from` to `to` days from now. */
  function intermediateLeaf(name: string, from: number, to: number): Pem {
    const day = 86_400_000;
    const stamp = (d: number) => new Date(Date.now() + d * day).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
    const run = (args: string[], env: Record<string, string> = {}) => execFileSync('openssl', args, { cwd: pki.dir, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
    run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=localhost']);
    run(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'int.pem', '-keyfile', 'int.key', '-in', `${name}.csr`, '-out', `${name}.pem`,
      '-startdate', stamp(from), '-enddate', stamp(to), '-extensions', 'v3_leaf', '-notext'], { SAN: 'DNS:localhost,IP:127.0.0.1,IP:::1' });
    return { key: fs.readFileSync(path.join(pki.dir, `${name}.key`), 'utf8'), cert: fs.readFileSync(path.join(pki.dir, `${name}.pem`), 'utf8') };
  }
  const ROOT_ADVICE = 'the chain the server sends ends at Preflight Test Intermediate, whose issuer CN=Preflight Test CA is not a trusted CA; use a certificate from a trusted CA, or, if CN=Preflight Test CA is a private CA, pass it with --ca (the action input ca, or probes.ca)';
  const trustFinding = async (srv: Running) => failuresOf((await probeLive({ url: `${srv.url}/` }, ['certificate'])).get('certificate'), 'certificate')
    .map((f) => f.message).filter((m) => m.includes('is not trusted'));

  it('an expired or not-yet-valid leaf sent with its intermediate: the root is named, as for a leaf in its dates', async () => {
    const valid = await up(startHttps({ key: chained.key, cert: chained.cert + chained.intermediate }, ok));
    expect(await trustFinding(valid)).toEqual([`the certificate of ${valid.url}/ is not trusted (UNABLE_TO_GET_ISSUER_CERT_LOCALLY): ${ROOT_ADVICE}`]);
    const expiredLeaf = intermediateLeaf('int-expired-leaf', -400, -5);
    const expired = await up(startHttps({ key: expiredLeaf.key, cert: expiredLeaf.cert + chained.intermediate }, ok));
    expect(await trustFinding(expired)).toEqual([`the certificate of ${expired.url}/ is not trusted: ${ROOT_ADVICE}`]);
    const futureLeaf = intermediateLeaf('int-future-leaf', 5, 400);
    const future = await up(startHttps({ key: futureLeaf.key, cert: futureLeaf.cert + chained.intermediate }, ok));
    expect(await trustFinding(future)).toEqual([`the certificate of ${future.url}/ is not trusted: ${ROOT_ADVICE}`]);
  });

  it('a weak (RSA-1024) leaf sent with its intermediate: the root is named too', async () => {
    const weak = makeWeakLeaves(pki, { byIntermediate: true });
    const srv = await up(startHttps({ key: weak.rsa1024.key, cert: weak.rsa1024.cert + chained.intermediate, ciphers: 'DEFAULT@SECLEVEL=0' }, ok));
    expect(await trustFinding(srv)).toEqual([`the certificate of ${srv.url}/ is not trusted: ${ROOT_ADVICE}`]);
  });

  it('the warning that custom headers are withheld names the root for an expired leaf too, without the date code', () => {
    const cert = (subject: string, issuer: string, validTo = '2027-01-01T00:00:00.000Z'): CertInfo => ({ subject, issuer, validFrom: '2025-01-01T00:00:00.000Z', validTo, selfIssued: false });
    const chain = [cert('CN=localhost', 'CN=QA Intermediate', '2026-01-01T00:00:00.000Z'), cert('CN=QA Intermediate', 'CN=QA Root CA')];
    expect(untrustedReason({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chainTrusted: false, chain }, 'localhost', false, Date.parse('2026-06-01')))
      .toBe('it expired on 2026-01-01; the chain it is sent with ends at CN=QA Intermediate, whose issuer CN=QA Root CA is not a trusted CA');
  });
});
