#!/usr/bin/env node
/**
 * `npm run bench`: Preflight against the floor and against other tools, measured as ratios in the
 * same run on the same machine. Prints a table with PASS/MISS per target and writes
 * `bench/results.json`. Not a test: numbers depend on the machine.
 *
 *   node bench/run.mjs [--files 40000] [--seed 7] [--runs 5] [--fresh] [--profile] [--secretlint-files 1250]
 *                      [--checklist-items 3000] [--only scan,secretlint,dockerfilelint,cold,probes,checklist]
 *
 * Rows: floor (git ls-files | xargs cat), scan (every static check), secretlint, dockerfilelint,
 * cold start (`list` vs `node -e 0`), probes (loopback https target) vs testssl.sh, a large Markdown checklist.
 * A row whose tool is missing is skipped with the reason.
 */
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-monorepo.mjs';
import { summarize } from './profile.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const flag = (name) => process.argv.includes(`--${name}`);
const FILES = Number(arg('files', 40_000));
const SEED = Number(arg('seed', 7));
const RUNS = Math.max(1, Number(arg('runs', 5)));
const SECRETLINT_FILES = Number(arg('secretlint-files', 1_250));
const CHECKLIST_ITEMS = Number(arg('checklist-items', 3_000));
const ONLY = arg('only', '') ? new Set(arg('only', '').split(',')) : null;
const want = (row) => !ONLY || ONLY.has(row);
const TIMEOUT_MS = 10 * 60_000;

/** Node 24 from the `node` devDependency (the project's runtime), not whatever is on PATH. */
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const CLI_SOURCE = [path.join(ROOT, 'dist/cli/index.js'), path.join(ROOT, 'lib/cli-bin.js')].find((p) => fs.existsSync(p)) ?? null;
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const which = (cmd) => { try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null; } catch { return null; } };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
/** A private copy of the CLI, so a rebuild of dist/ during the run cannot pull it away mid-way. */
const CLI = CLI_SOURCE && CLI_SOURCE.includes(`${path.sep}dist${path.sep}`) ? copyCli(path.dirname(CLI_SOURCE)) : CLI_SOURCE;
function copyCli(dir) {
  // The bin imports the bundle beside it (../index.js): copy the whole dist/.
  const to = path.join(work, 'dist');
  fs.cpSync(path.dirname(dir), to, { recursive: true });
  return path.join(to, 'cli', 'index.js');
}

/**
 * Runs a command to completion (bounded by TIMEOUT_MS), timing it from spawn to exit. Peak RSS
 * comes from `/usr/bin/time` (maximum resident set size of the child) when installed.
 */
function measure(cmd, args, { cwd = ROOT, env = process.env, rss = true } = {}) {
  const timeFile = path.join(work, `time-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = rss && TIME ? [TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = []; const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(timer);
      let rssMB = null;
      try { rssMB = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024; } catch { /* no /usr/bin/time */ }
      const stderr = Buffer.concat(err).toString();
      resolve({ ms, rssMB, code: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString(), stderr: stderr.replace(/^Command exited with non-zero status \d+\n?/m, '') });
    });
  });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Runs `runs` times after one warm-up; median wall time, max peak RSS, the last result. */
async function repeat(runs, cmd, args, opts = {}) {
  if (opts.warmup !== false) await measure(cmd, args, { ...opts, rss: false });
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(cmd, args, opts));
  const rss = results.map((r) => r.rssMB).filter((x) => x !== null);
  return { ms: median(results.map((r) => r.ms)), min: Math.min(...results.map((r) => r.ms)), rssMB: rss.length ? Math.max(...rss) : null, runs, last: results.at(-1) };
}

const rows = [];
let profileTop = null;
const targets = [];
const row = (r) => { rows.push(r); const v = r.skipped ? `skipped: ${r.skipped}` : `${fmtMs(r.ms)}${r.rssMB ? `, ${r.rssMB.toFixed(0)} MB` : ''}`; console.error(`  ${r.name}: ${v}`); return r; };
const target = (name, goal, value, pass, note) => targets.push({ name, goal, value, result: value === null ? 'PENDING' : pass ? 'PASS' : 'MISS', ...(note ? { note } : {}) });
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const ratio = (a, b) => (a && b ? Number((a / b).toFixed(2)) : null);

/** A checklist with one item per catalogue entry of `kind` (from `preflight list --format json`). */
function checklistOf(kind, filter = () => true) {
  const list = JSON.parse(execFileSync(NODE, [CLI, 'list', '--format', 'json'], { encoding: 'utf8' }));
  const ids = list.filter((c) => c.kind === kind && filter(c.id)).map((c) => c.id);
  const file = path.join(work, `${kind}-${ids.length}.yml`);
  fs.writeFileSync(file, `version: 1\nitems:\n${ids.map((id) => `  - id: ${id}\n    check: ${id}\n`).join('')}`);
  return { file, ids };
}

async function ensureMonorepo(files = FILES) {
  const dir = path.join(os.tmpdir(), `preflight-monorepo-${SEED}-${files}`);
  const key = `${dir}.planted.json`;
  if (flag('fresh') || !fs.existsSync(key) || !fs.existsSync(path.join(dir, '.git'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    const t0 = performance.now();
    console.error(`generating ${files} files (seed ${SEED}) in ${dir} …`);
    generate({ out: dir, files, seed: SEED });
    console.error(`  generated in ${fmtMs(performance.now() - t0)}`);
  }
  const meta = JSON.parse(fs.readFileSync(key, 'utf8'));
  const bytes = Number(execFileSync('sh', ['-c', 'git ls-files -z | xargs -0 cat | wc -c'], { cwd: dir, encoding: 'utf8' }).trim());
  return { ...meta, dir, bytes };
}

/** Planted secrets whose file and line a report names (recall), and any value that leaked. */
function judgeSecrets(planted, located, outputs) {
  const hit = planted.filter((p) => located.some((f) => f.file === p.file && Math.abs((f.line ?? 0) - p.line) <= 1));
  const leaked = planted.filter((p) => outputs.some((o) => o.includes(p.value.split('\n')[1] ?? p.value)));
  return { found: hit.length, of: planted.length, leaked: leaked.length };
}

async function benchScan(repo) {
  const floor = row({ name: 'floor: git ls-files | xargs cat', ...(await repeat(RUNS, 'sh', ['-c', 'git ls-files -z | xargs -0 cat > /dev/null'], { cwd: repo.dir })) });
  if (!CLI) {
    row({ name: 'preflight scan', skipped: 'no CLI: run `npm run bundle` (or `npm run build`) first' });
    target('scan ≤ 1.5× floor', '≤ 1.5', null); target('peak RSS ≤ 200 MB', '≤ 200', null);
    return { floor, scan: null };
  }
  const { file, ids } = checklistOf('static');
  const args = [CLI, '--dir', repo.dir, '--checklist', file, '--format', 'json', '--no-probes'];
  const scan = row({ name: `preflight scan (${ids.length} static checks)`, command: `node ${path.relative(ROOT, CLI_SOURCE)} --dir <monorepo> --checklist <all static> --format json --no-probes`, ...(await repeat(RUNS, NODE, args)) });
  const res = scan.last;
  if (res.code !== 0 && res.code !== 1) { scan.error = `exit ${res.code}: ${res.stderr.slice(0, 400)}`; console.error(`  scan failed: ${scan.error}`); }
  else {
    const report = JSON.parse(res.stdout);
    const secrets = report.findings.filter((f) => f.check === 'hardcoded-secret');
    scan.report = {
      result: report.result, findings: report.findings.length, counts: report.counts,
      byCheck: Object.fromEntries(ids.map((id) => [id, report.findings.filter((f) => f.check === id).length])),
      statuses: Object.fromEntries(report.items.map((i) => [i.id, i.status])),
      ignoredRead: report.findings.filter((f) => f.file?.startsWith('node_modules/')).length,
      secrets: judgeSecrets(repo.planted, secrets.length ? secrets : [], [res.stdout, res.stderr]),
    };
  }
  scan.ratioToFloor = ratio(scan.ms, floor.ms);
  scan.threads = `auto (${await autoThreads(repo.tracked)} worker threads beside the engine thread on ${os.availableParallelism()} CPUs)`;
  // The same scan on one thread: what the worker threads buy on this machine.
  const single = row({ name: 'preflight scan, one thread (PREFLIGHT_THREADS=0)', ...(await repeat(Math.min(RUNS, 3), NODE, args, { env: { ...process.env, PREFLIGHT_THREADS: '0' } })) });
  single.ratioToFloor = ratio(single.ms, floor.ms);
  if (single.last.stdout !== res.stdout) single.error = 'report differs from the threaded run';
  target('scan ≤ 1.5× floor', '≤ 1.5', scan.ratioToFloor, scan.ratioToFloor <= 1.5, `${fmtMs(scan.ms)} vs ${fmtMs(floor.ms)}`);
  target('peak RSS ≤ 200 MB', '≤ 200', scan.rssMB === null ? null : Number(scan.rssMB.toFixed(0)), scan.rssMB <= 200, TIME ? undefined : '/usr/bin/time missing');
  target('ignored node_modules never reported', '0', scan.report?.ignoredRead ?? null, scan.report?.ignoredRead === 0);
  target('planted secret values never printed', '0', scan.report?.secrets.leaked ?? null, scan.report?.secrets.leaked === 0);
  if (flag('profile')) await profile(args);
  return { floor, scan };
}

/** The worker count the CLI chose (its own threadCount, from the compiled library; `?` without lib/). */
async function autoThreads(files) {
  try { return (await import(path.join(ROOT, 'lib/engine/scan.js'))).threadCount(files, process.env); } catch { return '?'; }
}

/**
 * secretlint spends 18–50 ms per file here (12 to 30 minutes on the full tree), so both tools scan
 * a smaller monorepo from the same generator, whole: ours after a warm-up, three runs; secretlint
 * once (`results.json` keeps its ms per file).
 */
async function benchSecretlint() {
  const bin = path.join(ROOT, 'node_modules/secretlint/bin/secretlint.js');
  if (!fs.existsSync(bin)) { row({ name: 'secretlint', skipped: 'not installed (npm i -D secretlint @secretlint/secretlint-rule-preset-recommend)' }); target('≥ 5× faster than secretlint', '≥ 5', null); return; }
  if (!CLI) { row({ name: 'secretlint', skipped: 'no CLI to compare with' }); target('≥ 5× faster than secretlint', '≥ 5', null); return; }
  const small = await ensureMonorepo(SECRETLINT_FILES);
  const rc = path.join(work, '.secretlintrc.json');
  fs.writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const { file } = checklistOf('static', (id) => id === 'hardcoded-secret' || id === 'env-file-committed');
  const ours = row({ name: `preflight secret checks, ${small.tracked}-file monorepo`, ...(await repeat(Math.min(RUNS, 3), NODE, [CLI, '--dir', small.dir, '--checklist', file, '--format', 'json', '--no-probes'])) });
  try { ours.report = { secrets: judgeSecrets(small.planted, JSON.parse(ours.last.stdout).findings.filter((f) => f.check === 'hardcoded-secret'), [ours.last.stdout, ours.last.stderr]) }; } catch { ours.error = `exit ${ours.last.code}: ${ours.last.stderr.slice(0, 300)}`; }
  // secretlint resolves rule packages from its working directory: run it from the project root.
  // --output: secretlint exits before a piped stdout is flushed, truncating large JSON.
  const slOut = path.join(work, 'secretlint.json');
  const r = row({ name: `secretlint (preset-recommend), ${small.tracked}-file monorepo`, ...(await repeat(1, NODE, [bin, `${small.dir}/**/*`, '--secretlintrc', rc, '--format', 'json', '--output', slOut], { cwd: ROOT, warmup: false })) });
  try {
    const out = JSON.parse(fs.readFileSync(slOut, 'utf8'));
    const located = out.flatMap((f) => f.messages.map((m) => ({ file: path.relative(small.dir, f.filePath), line: m.loc?.start?.line })));
    r.report = { exit: r.last.code, files: out.length, messages: located.length, secrets: judgeSecrets(small.planted, located, [r.last.stdout, r.last.stderr]), ignoredRead: located.filter((f) => f.file.startsWith('node_modules/')).length };
  } catch (e) { r.error = `${e.message}; exit ${r.last.code}: ${r.last.stderr.slice(0, 300)}`; }
  r.perFileMs = Number((r.ms / small.tracked).toFixed(1));
  const x = ratio(r.ms, ours.ms);
  r.ratioToPreflight = x;
  target('≥ 5× faster than secretlint', '≥ 5', x, x >= 5, `${fmtMs(r.ms)} vs ${fmtMs(ours.ms)} on ${small.tracked} files; secretlint ${r.perFileMs} ms/file`);
}

async function benchDockerfilelint(repo) {
  const bin = path.join(ROOT, 'node_modules/dockerfilelint/bin/dockerfilelint');
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo.dir, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\0').filter((f) => /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$|\.Dockerfile$/.test(f));
  if (!fs.existsSync(bin)) { row({ name: 'dockerfilelint', skipped: 'not installed' }); return; }
  const runs = Math.min(RUNS, 3);
  const d = row({ name: `dockerfilelint (${files.length} Dockerfiles)`, ...(await repeat(runs, NODE, [bin, '-j', ...files], { cwd: repo.dir })) });
  if (!CLI) return;
  const { file, ids } = checklistOf('static', (id) => id.startsWith('dockerfile-') || id === 'image-tag-pinned');
  // The same Dockerfiles and nothing else (a repository of just those files, same paths), so both
  // tools read and judge the same input; then the whole monorepo for scale.
  const only = path.join(work, 'dockerfiles-only');
  for (const f of files) { fs.mkdirSync(path.dirname(path.join(only, f)), { recursive: true }); fs.copyFileSync(path.join(repo.dir, f), path.join(only, f)); }
  execFileSync('sh', ['-c', 'git init -q && git add -A && git -c user.email=b@b -c user.name=b -c commit.gpgsign=false commit -qm d'], { cwd: only });
  const p = row({ name: `preflight, Dockerfile checks (${ids.length}), the same ${files.length} Dockerfiles`, ...(await repeat(runs, NODE, [CLI, '--dir', only, '--checklist', file, '--format', 'json', '--no-probes'])) });
  row({ name: `preflight, Dockerfile checks (${ids.length}), whole monorepo`, ...(await repeat(runs, NODE, [CLI, '--dir', repo.dir, '--checklist', file, '--format', 'json', '--no-probes'])) });
  p.ratioToDockerfilelint = ratio(d.ms, p.ms);
  target('faster than dockerfilelint on the same Dockerfiles (informational)', '> 1', p.ratioToDockerfilelint, p.ratioToDockerfilelint > 1, `${fmtMs(d.ms)} vs ${fmtMs(p.ms)}`);
}

/**
 * A team checklist grown large: the three seed checklists' task items (test/fixtures/seeds, real teams' wording), repeated
 * under numbered headings to `CHECKLIST_ITEMS` items, read and judged against the bundled example app (no probes). Every
 * item's text goes through the natural-language binder, and every bound item runs its check: this row is the cost of
 * the checklist itself, not of the repository. Informational (no target).
 */
async function benchChecklist() {
  if (!CLI) { row({ name: 'large checklist', skipped: 'no CLI' }); return; }
  const seeds = path.join(ROOT, 'test/fixtures/seeds');
  const tasks = fs.readdirSync(seeds).filter((f) => f.endsWith('.md')).sort()
    .flatMap((f) => fs.readFileSync(path.join(seeds, f), 'utf8').split('\n').filter((l) => /^\s*[-*] \[[ xX]\] /.test(l)).map((l) => l.trim()));
  if (!tasks.length) { row({ name: 'large checklist', skipped: 'no seed items' }); return; }
  const lines = ['# Production checklist', ''];
  for (let i = 0, copy = 0; i < CHECKLIST_ITEMS; copy++) {
    lines.push(`## Service ${copy + 1}`, '');
    for (const t of tasks) { if (i++ >= CHECKLIST_ITEMS) break; lines.push(t); }
    lines.push('');
  }
  const file = path.join(work, `checklist-${CHECKLIST_ITEMS}.md`);
  fs.writeFileSync(file, lines.join('\n'));
  const r = await repeat(RUNS, NODE, [CLI, '--dir', path.join(ROOT, 'examples/flask-app'), '--checklist', file, '--format', 'json', '--no-probes']);
  let items = null;
  try { items = JSON.parse(r.last.stdout).items.length; } catch { /* reported below */ }
  row({ name: `large checklist: ${CHECKLIST_ITEMS} seed items (${(fs.statSync(file).size / 1e3).toFixed(0)} kB Markdown) on examples/flask-app`, ...r, ...(items === null ? { error: r.last.stderr || `exit ${r.last.code}` } : { items }) });
}

async function benchColdStart() {
  if (!CLI) { row({ name: 'cold start', skipped: 'no CLI' }); target('cold start ≤ 2× bare node', '≤ 2', null); return; }
  const hf = which('hyperfine');
  let cli; let bare; let how;
  if (hf) {
    const json = path.join(work, 'hyperfine.json');
    const r = await measure(hf, ['-N', '--warmup', '5', '--runs', String(Math.max(20, RUNS * 4)), '--export-json', json, `${NODE} ${CLI} list`, `${NODE} -e 0`], { rss: false });
    if (r.code === 0) {
      const res = JSON.parse(fs.readFileSync(json, 'utf8')).results;
      [cli, bare] = res.map((x) => ({ ms: x.median * 1000, min: x.min * 1000, runs: x.times.length, stddevMs: x.stddev * 1000 }));
      how = 'hyperfine';
    }
  }
  if (!cli) {
    const n = Math.max(15, RUNS * 3);
    cli = await repeat(n, NODE, [CLI, 'list']); bare = await repeat(n, NODE, ['-e', '0']);
    how = 'repeated runs, median';
  }
  row({ name: `cold start: node ${path.relative(ROOT, CLI_SOURCE)} list (${how})`, ...cli });
  row({ name: 'cold start: node -e 0', ...bare });
  const x = ratio(cli.ms, bare.ms);
  target('cold start ≤ 2× bare node', '≤ 2', x, x <= 2, `${fmtMs(cli.ms)} vs ${fmtMs(bare.ms)}`);
}

/** A loopback HTTPS target that passes the probes (self-signed, trusted via --ca), plus a plain-HTTP redirector. */
async function startTarget() {
  const dir = path.join(work, 'tls');
  fs.mkdirSync(dir);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '365', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  const headers = {
    'strict-transport-security': 'max-age=31536000; includeSubDomains', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY',
    'content-security-policy': "default-src 'self'; frame-ancestors 'none'", 'referrer-policy': 'strict-origin-when-cross-origin', 'content-type': 'text/html; charset=utf-8',
  };
  const server = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')), minVersion: 'TLSv1.2' }, (req, res) => {
    if (req.url === '/' || req.url?.startsWith('/health')) { res.writeHead(200, headers); res.end('<!doctype html><title>ok</title>ok'); return; }
    res.writeHead(404, headers); res.end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const redirector = http.createServer((req, res) => { res.writeHead(301, { location: `https://127.0.0.1:${port}${req.url}` }); res.end(); });
  await new Promise((r) => redirector.listen(0, '127.0.0.1', r));
  return { url: `https://127.0.0.1:${port}`, httpUrl: `http://127.0.0.1:${redirector.address().port}`, ca: path.join(dir, 'cert.pem'), port, close: () => { server.closeAllConnections?.(); server.close(); redirector.close(); } };
}

async function benchProbes() {
  if (!CLI) { row({ name: 'probes', skipped: 'no CLI' }); target('probes < 1.5 s', '< 1.5 s', null); return; }
  const t = await startTarget();
  try {
    const empty = path.join(work, 'empty-repo');
    fs.mkdirSync(empty);
    const { file, ids } = checklistOf('probe');
    const args = [CLI, '--dir', empty, '--checklist', file, '--url', t.url, '--http-url', t.httpUrl, '--ca', t.ca, '--format', 'json', '--timeout', '5'];
    const p = row({ name: `preflight probes (${ids.length}) vs loopback https`, ...(await repeat(RUNS, NODE, args)) });
    try {
      const rep = JSON.parse(p.last.stdout);
      p.report = { result: rep.result, statuses: Object.fromEntries(rep.items.map((i) => [i.id, i.status])), findings: rep.findings.map((f) => `${f.check}: ${f.message}`) };
    } catch { p.error = `exit ${p.last.code}: ${p.last.stderr.slice(0, 300)}`; }
    target('probes < 1.5 s', '< 1.5 s', Number((p.ms / 1000).toFixed(2)), p.ms < 1500);
    const testssl = which('testssl') ?? which('testssl.sh');
    if (!testssl) { row({ name: 'testssl.sh', skipped: 'not installed (apt-get install testssl.sh dnsutils)' }); return; }
    // Targeted: protocols and headers only, the closest testssl.sh gets to our probe set.
    const s = row({ name: 'testssl.sh -p -h (protocols + headers)', ...(await repeat(1, testssl, ['--quiet', '--color', '0', '--warnings', 'batch', '-p', '-h', `127.0.0.1:${t.port}`], { rss: false })) });
    s.ratioToProbes = ratio(s.ms, p.ms);
  } finally { t.close(); }
}

/** One profiled scan: the top functions by self time, for the report (profile kept in the temp dir). */
async function profile(args) {
  const dir = path.join(os.tmpdir(), 'preflight-bench-profiles');
  fs.rmSync(dir, { recursive: true, force: true });
  await measure(NODE, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], { rss: false });
  const f = fs.readdirSync(dir).find((x) => x.endsWith('.cpuprofile'));
  if (!f) return;
  const { total, top } = summarize(path.join(dir, f), 15);
  console.error(`\nCPU profile of one scan (${fmtMs(total)} busy; ${path.join(dir, f)}), top self time:`);
  for (const t of top) console.error(`  ${fmtMs(t.ms).padStart(8)}  ${String(t.pct).padStart(5)}%  ${t.frame}`);
  profileTop = top;
}

async function main() {
  const repo = await ensureMonorepo();
  console.error(`monorepo: ${repo.tracked} tracked files (${(repo.bytes / 1e6).toFixed(0)} MB), ${repo.ignoredFiles} ignored, ${repo.planted.length} planted secrets, commit ${repo.commit.slice(0, 12)}`);
  console.error(`node: ${NODE} (${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}), CLI: ${CLI_SOURCE ? path.relative(ROOT, CLI_SOURCE) : 'missing'}`);
  const sections = { scan: () => benchScan(repo), secretlint: benchSecretlint, dockerfilelint: () => benchDockerfilelint(repo), cold: benchColdStart, probes: benchProbes, checklist: benchChecklist };
  for (const [name, fn] of Object.entries(sections)) {
    if (!want(name)) continue;
    // One broken row must not cost the others.
    try { await fn(); } catch (e) { row({ name, skipped: `failed: ${String(e?.message ?? e).split('\n')[0]}` }); }
  }

  const table = rows.map((r) => [r.name, r.skipped ? '—' : fmtMs(r.ms), r.rssMB ? `${r.rssMB.toFixed(0)} MB` : '—', r.skipped ? `skipped: ${r.skipped}` : r.error ? `error: ${r.error.split('\n')[0]}` : `${r.runs} run${r.runs > 1 ? 's' : ''}`]);
  const w = [0, 1, 2].map((i) => Math.max(...table.map((t) => t[i].length), 8));
  console.log(`\n${'measurement'.padEnd(w[0])}  ${'median'.padStart(w[1])}  ${'peak RSS'.padStart(w[2])}  note`);
  for (const t of table) console.log(`${t[0].padEnd(w[0])}  ${t[1].padStart(w[1])}  ${t[2].padStart(w[2])}  ${t[3]}`);
  console.log('');
  for (const t of targets) console.log(`${t.result.padEnd(7)} ${t.name}: ${t.value ?? 'pending'} (target ${t.goal})${t.note ? ` — ${t.note}` : ''}`);
  const scanReport = rows.find((r) => r.report?.secrets && r.name.startsWith('preflight scan'))?.report;
  if (scanReport) console.log(`\npreflight found ${scanReport.secrets.found}/${scanReport.secrets.of} planted secrets; ${scanReport.findings} findings; statuses ${JSON.stringify(scanReport.statuses)}`);
  const sl = rows.find((r) => r.name.startsWith('secretlint'))?.report;
  const ps = rows.find((r) => r.name.startsWith('preflight secret checks'))?.report;
  if (sl && ps) console.log(`on the small monorepo: preflight found ${ps.secrets.found}/${ps.secrets.of} planted secrets, secretlint ${sl.secrets.found}/${sl.secrets.of} (${sl.messages} messages)`);

  const results = {
    generatedAt: new Date().toISOString(),
    machine: { node: execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim(), cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
    monorepo: { seed: repo.seed, tracked: repo.tracked, bytes: repo.bytes, ignoredFiles: repo.ignoredFiles, commit: repo.commit, counts: repo.counts, planted: repo.planted.length },
    rows: rows.map(({ last, ...r }) => ({ ...r, ms: r.ms === undefined ? undefined : Math.round(r.ms), min: r.min === undefined ? undefined : Math.round(r.min), rssMB: r.rssMB ? Math.round(r.rssMB) : r.rssMB })),
    targets,
    ...(profileTop ? { profile: profileTop } : {}),
  };
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json`);
}

await main();
