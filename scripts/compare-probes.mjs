#!/usr/bin/env node
// Side by side: Preflight's live probes vs MDN HTTP Observatory and testssl.sh on the same local
// targets. Not part of the test run. Needs `npm run build` (imports lib/probes/*), openssl, and
// optionally testssl.sh (Debian: testssl.sh + dnsutils) and @mdn/mdn-http-observatory (dev dep).
// Usage: npm run compare:probes [-- --no-testssl] [-- --json]
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const lib = path.join(root, 'lib/probes');
if (!fs.existsSync(path.join(lib, 'run.js'))) {
  console.error('lib/probes/run.js is missing: run `npm run build` first');
  process.exit(2);
}
const { runProbes } = await import(pathToFileURL(path.join(lib, 'run.js')).href);
const { PROBES } = await import(pathToFileURL(path.join(lib, 'index.js')).href);
const silent = { info() {}, warn() {}, debug() {} };
const DAY = 86_400_000;

// --- certificates: a throwaway CA (openssl ca can back-date; x509 -req cannot on OpenSSL 3.0) ---
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-compare-'));
const sh = (a, env = {}) => execFileSync('openssl', a, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
fs.mkdirSync(path.join(dir, 'newcerts'));
fs.writeFileSync(path.join(dir, 'index.txt'), '');
fs.writeFileSync(path.join(dir, 'serial'), '1000\n');
fs.writeFileSync(path.join(dir, 'ca.cnf'), `[ca]\ndefault_ca=d\n[d]\ndir=${dir}\ndatabase=$dir/index.txt\nnew_certs_dir=$dir/newcerts\nserial=$dir/serial\ndefault_md=sha256\npolicy=p\nunique_subject=no\n[p]\ncommonName=supplied\n[leaf]\nbasicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n`);
const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
sh(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', '/CN=Preflight Compare CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
const stamp = (t) => new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
const leaf = (name, from, to) => {
  sh(['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=localhost']);
  sh(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${name}.csr`, '-out', `${name}.pem`, '-startdate', stamp(from), '-enddate', stamp(to), '-extensions', 'leaf', '-notext']);
  return { key: fs.readFileSync(path.join(dir, `${name}.key`)), cert: fs.readFileSync(path.join(dir, `${name}.pem`)) };
};
const now = Date.now();
const valid = leaf('valid', now - DAY, now + 365 * DAY);
const expired = leaf('expired', now - 400 * DAY, now - 10 * DAY);
const caFile = path.join(dir, 'ca.pem');
const ca = fs.readFileSync(caFile, 'utf8');

// --- targets ---
const STRONG = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'", 'content-type': 'text/html',
};
const strong = (req, res) => { res.writeHead(req.url === '/' || req.url === '/health' ? 200 : 404, { ...STRONG, 'set-cookie': 'session=x; Secure; HttpOnly; SameSite=Lax' }); res.end('<!doctype html><title>ok</title>'); };
const weak = (req, res) => {
  if (req.url === '/.env') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('SECRET_KEY=abc\n'); return; }
  const o = req.headers.origin;
  res.writeHead(200, {
    'content-type': 'text/html', server: 'nginx/1.18.0', 'x-powered-by': 'PHP/7.4.3',
    'strict-transport-security': 'max-age=abc', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY',
    'content-security-policy': "script-src 'self' 'unsafe-inline'", 'set-cookie': 'sessionid=x; Path=/',
    ...(o ? { 'access-control-allow-origin': o, 'access-control-allow-credentials': 'true' } : {}),
  });
  res.end('<!doctype html><title>weak</title>');
};
const servers = [];
const listen = (srv) => new Promise((r) => srv.listen(0, '127.0.0.1', () => { servers.push(srv); r(srv.address().port); }));
const targets = [
  { name: 'strong (valid cert, strong headers)', port: await listen(https.createServer(valid, strong)) },
  { name: 'weak headers (max-age=abc, CORS reflect+creds, .env)', port: await listen(https.createServer(valid, weak)) },
  { name: 'accepts TLS 1.0', port: await listen(https.createServer({ ...valid, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }, strong)) },
  { name: 'expired certificate', port: await listen(https.createServer(expired, strong)) },
  { name: 'plain HTTP (Werkzeug dev server)', port: await listen(http.createServer((q, s) => { s.writeHead(200, { server: 'Werkzeug/2.2.2 Python/3.11.2', 'content-type': 'text/html' }); s.end('<!doctype html>hi'); })), plain: true },
];

// Debian's nginx, the most common real front end: TLS listener + plain-HTTP redirect listener.
const NGINX = ['/usr/sbin/nginx'].find((p) => fs.existsSync(p));
let nginx;
if (NGINX) {
  const free = () => new Promise((r) => { const s = http.createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => r(port)); }); });
  const [tlsPort, plainPort] = [await free(), await free()];
  fs.writeFileSync(path.join(dir, 'leaf.pem'), valid.cert);
  fs.writeFileSync(path.join(dir, 'leaf.key'), valid.key);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `worker_processes 1;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/b; proxy_temp_path ${dir}/p; fastcgi_temp_path ${dir}/f; uwsgi_temp_path ${dir}/u; scgi_temp_path ${dir}/s;
  server { listen 127.0.0.1:${plainPort}; return 301 https://$host:${tlsPort}$request_uri; }
  server {
    listen 127.0.0.1:${tlsPort} ssl;
    ssl_certificate ${dir}/leaf.pem; ssl_certificate_key ${dir}/leaf.key;
    add_header Strict-Transport-Security "max-age=31536000" always;
    default_type text/html;
    location / { return 200 "<!doctype html><title>nginx</title>"; }
  }
}
`);
  const child = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-e', path.join(dir, 'error.log'), '-g', `daemon off; pid ${dir}/nginx.pid;`], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    ready = await new Promise((r) => { const q = https.get({ host: '127.0.0.1', port: tlsPort, rejectUnauthorized: false }, (res) => { res.resume(); r(true); }); q.on('error', () => r(false)); });
    if (!ready) await new Promise((r) => setTimeout(r, 100));
  }
  if (ready) {
    nginx = child;
    targets.push({ name: 'Debian nginx defaults (TLS + redirect)', port: tlsPort, httpPort: plainPort });
  } else child.kill('SIGTERM');
}

// --- the three tools ---
const timed = async (fn) => { const t = performance.now(); const v = await fn(); return [v, Math.round(performance.now() - t)]; };
const run = (cmd, argv, env, timeoutMs) => new Promise((resolve) => {
  const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', () => {});
  const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  child.on('close', (code) => { clearTimeout(t); resolve({ code, out }); });
  child.on('error', () => { clearTimeout(t); resolve({ code: -1, out: '' }); });
});

async function preflight(t) {
  const url = `${t.plain ? 'http' : 'https'}://127.0.0.1:${t.port}/`;
  const tasks = PROBES.map((p) => ({ key: p.id, probe: p, options: p.options.parse({}) }));
  const out = await runProbes(tasks, { url, ca, timeoutMs: 5000, waitMs: 0, headers: {}, allowSelfSigned: false, ...(t.plain ? { httpUrl: url } : t.httpPort ? { httpUrl: `http://127.0.0.1:${t.httpPort}/` } : {}) }, silent);
  const verdict = {};
  for (const [id, o] of out) {
    const fails = o.findings.filter((f) => !f.note);
    verdict[id] = o.error ? `error: ${o.error.slice(0, 40)}` : !fails.length && o.findings.length ? 'pass (note)' : fails.length ? `FAIL(${[...new Set(fails.map((f) => f.severity ?? PROBES.find((p) => p.id === id).severity))].join('/')})` : 'pass';
  }
  return verdict;
}

let observatoryScript;
try {
  const pkg = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
  observatoryScript = path.join(pkg, 'src/scan.js');
  // Installed with --ignore-scripts, the package lacks the HSTS preload list its postinstall downloads.
  // An empty list changes nothing for 127.0.0.1 (never preloaded).
  const preload = path.join(pkg, 'conf/hsts-preload.json');
  if (!fs.existsSync(preload)) fs.writeFileSync(preload, '{}\n');
} catch { /* not installed */ }
const OBS_MAP = {
  hsts: ['strict-transport-security'],
  'security-headers': ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'referrer-policy'],
  'cors-policy': ['cross-origin-resource-sharing'],
  'cookie-security': ['cookies'],
  'https-redirect': ['redirection'],
};
async function observatory(t) {
  if (!observatoryScript || Number(process.versions.node.split('.')[0]) < 24) return null;
  // Observatory rejects `localhost`; it scans host[:port] over http and https. Trust our CA only.
  const { out } = await run(process.execPath, [observatoryScript, `127.0.0.1:${t.port}`], { NODE_EXTRA_CA_CERTS: caFile }, 120_000);
  let json;
  try { json = JSON.parse(out); } catch { return { error: 'no JSON' }; }
  if (json.error) return { error: json.error.slice(0, 40) };
  const verdict = { grade: json.scan?.grade ?? '?' };
  for (const [probe, tests] of Object.entries(OBS_MAP)) {
    const got = tests.map((k) => json.tests?.[k]).filter(Boolean);
    verdict[probe] = !got.length ? '—' : got.every((x) => x.pass) ? 'pass' : `FAIL(${got.filter((x) => !x.pass).map((x) => x.result).join(',').slice(0, 48)})`;
  }
  return verdict;
}

const TESTSSL = ['/usr/bin/testssl', '/usr/bin/testssl.sh'].find((p) => fs.existsSync(p));
async function testssl(t) {
  if (!TESTSSL || args.has('--no-testssl') || t.plain) return null;
  const jf = path.join(dir, `testssl-${t.port}.json`);
  fs.rmSync(jf, { force: true });
  const { code } = await run(TESTSSL, ['--quiet', '--color', '0', '--warnings', 'off', '-p', '-S', '-h', '--add-ca', caFile,
    '--connect-timeout', '5', '--openssl-timeout', '5', '--jsonfile', jf, `127.0.0.1:${t.port}`], {}, 300_000);
  let items;
  try { items = JSON.parse(fs.readFileSync(jf, 'utf8')); } catch { return { error: `exit ${code}, no JSON` }; }
  const by = (id) => items.find((i) => i.id === id);
  const bad = (i) => i && !['OK', 'INFO'].includes(i.severity);
  const verdict = { exit: String(code) };
  const tls = ['SSLv2', 'SSLv3', 'TLS1', 'TLS1_1'].map(by).filter((i) => i && /^offered/.test(i.finding));
  verdict['tls-version'] = tls.length ? `FAIL(${tls.map((i) => i.id).join(',')})` : 'pass';
  const certIds = items.filter((i) => /^cert_(expirationStatus|chain_of_trust|trust|notAfter)/.test(i.id));
  verdict.certificate = certIds.length ? (certIds.some(bad) ? `FAIL(${certIds.filter(bad).map((i) => i.finding).join(',').slice(0, 40)})` : 'pass') : '—';
  const hsts = by('HSTS') ?? by('HSTS_time');
  verdict.hsts = hsts ? (bad(hsts) ? `FAIL(${hsts.finding.slice(0, 30)})` : 'pass') : '—';
  const banner = by('banner_server') ?? by('banner_application');
  verdict['server-version-leak'] = banner ? (/\d/.test(banner.finding) ? `info(${banner.finding.slice(0, 30)})` : 'pass') : '—';
  return verdict;
}

// --- compare ---
const rows = [];
for (const t of targets) {
  const [pf, pfMs] = await timed(() => preflight(t));
  const [ob, obMs] = await timed(() => observatory(t));
  const [ts, tsMs] = await timed(() => testssl(t));
  for (const id of PROBES.map((p) => p.id)) {
    rows.push([t.name, id, pf[id] ?? '—', ob ? (ob.error ? `error: ${ob.error}` : ob[id] ?? '—') : 'n/a', ts ? (ts.error ? `error: ${ts.error}` : ts[id] ?? '—') : 'n/a']);
  }
  rows.push([t.name, '(time)', `${pfMs} ms`, ob ? `${obMs} ms (grade ${ob.grade ?? '-'})` : 'n/a', ts ? `${tsMs} ms (exit ${ts.exit ?? '?'})` : 'n/a']);
}
for (const s of servers) { s.closeAllConnections?.(); s.close(); }
if (nginx?.pid) process.kill(nginx.pid, 'SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });

if (args.has('--json')) {
  console.log(JSON.stringify(rows.map(([target, probe, preflightV, obsV, testsslV]) => ({ target, probe, preflight: preflightV, observatory: obsV, testssl: testsslV })), null, 2));
} else {
  const head = ['target', 'probe', 'Preflight', 'Observatory', 'testssl'];
  const w = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => String(r[i]).length))));
  const line = (r) => r.map((c, i) => String(c).slice(0, w[i]).padEnd(w[i])).join(' | ');
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('-|-'));
  let last = '';
  for (const r of rows) { console.log(line([r[0] === last ? '' : r[0], ...r.slice(1)])); last = r[0]; }
}
