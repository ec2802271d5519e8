import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * One full run of every front door (CLI in every format, to stdout and to a file, `baseline`, and
 * the bundled action's summary, outputs, annotations and SARIF) over a repository full of planted
 * secrets, probing a server that reflects request headers back. No canary may appear anywhere.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const CLI = path.join(ROOT, 'dist/cli/index.js');
const ACTION = path.join(ROOT, 'dist/index.js');

// Built from fragments so that this file itself never holds a complete token.
const CANARIES = {
  github: `ghp_${'Cnry7Qw2Ex9Rt4Yu1Io8Pa3Sd6Fg0Hj5Kl2Zx'.slice(0, 36)}`,
  stripe: `sk_live_${'51CnryQwErTyUiOpAsDfGhJk'}`,
  aws: `AKIA${'CNRYQWERTYUIOP23'}`,
  env: `K8s${'p9Xq2Lm7Vb4Nc8Zr1Ts6Wy3Ua5Ed0Gh'}`,
  compose: `Pg${'Qz7Wx2Ec9Rv4Tb1Yn8Um3Ik6Ol0Pa5Sd'}`,
  privateKey: `MIIEow${'IBAAKCAQEAcnryCANARYprivKEYbody0123456789abcdef'}`,
  header: `hdr-${'canary-7f3e9a1c5b2d8e4f6a0b'}`,
  token: `tok-${'canary-2c8e4a6f0b1d3e5a7c9b'}`,
};
/** A value leaks if it appears whole, or if a distinctive 12-character slice of it does. */
function leaks(output: string, value: string): string | null {
  if (output.includes(value)) return value;
  for (let i = Math.min(8, value.length - 12); i + 12 <= value.length; i += 6) if (output.includes(value.slice(i, i + 12))) return value.slice(i, i + 12);
  return null;
}

let tmp: string;
let repo: string;
let server: http.Server;
let api: http.Server;
let port = 0;
let apiPort = 0;
const seenAuth: string[] = [];

function runNode(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, args, { cwd: opts.cwd, env: { PATH: process.env['PATH'], HOME: tmp, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = []; const err: Buffer[] = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }); });
  });
}

beforeAll(async () => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-canary-')));
  // A hostile deployment: it reflects whatever it is sent into headers and bodies that probes read.
  server = http.createServer((req, res) => {
    const auth = String(req.headers['authorization'] ?? '');
    const key = String(req.headers['x-api-key'] ?? '');
    seenAuth.push(auth, key);
    const reflect = `${auth} ${key}`;
    res.writeHead(200, {
      server: `Reflector/1.0 (${reflect})`, 'x-powered-by': `Echo ${reflect}`, 'set-cookie': `session=${key}; Path=/`,
      'access-control-allow-origin': String(req.headers['origin'] ?? '*'), 'access-control-allow-credentials': 'true',
      'strict-transport-security': `max-age=${reflect}`, 'content-security-policy': `script-src 'unsafe-inline' ${reflect}`, 'content-type': 'text/plain',
    });
    res.end(req.url === '/.env' ? `API_TOKEN=${reflect}\nSECRET=${reflect}\n` : `hello ${reflect}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as { port: number }).port;
  // A GitHub API that refuses every write, as for a fork's read-only token: the action degrades to
  // workflow-command annotations and the job summary.
  api = http.createServer((req, res) => {
    req.resume();
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }));
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', () => r()));
  apiPort = (api.address() as { port: number }).port;

  repo = path.join(tmp, 'repo');
  const files: Record<string, string> = {
    '.env': `DATABASE_URL=postgres://db/app\nSTRIPE_KEY=${CANARIES.stripe}\n`,
    'app/config.py': `import os\nGITHUB_TOKEN = "${CANARIES.github}"\nAWS_ACCESS_KEY_ID = "${CANARIES.aws}"\n`,
    'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  password: "${CANARIES.env}"\n`,
    'docker-compose.yml': `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "${CANARIES.compose}"\n`,
    'deploy/key.pem': `-----BEGIN RSA PRIVATE KEY-----\n${CANARIES.privateKey}\n${'q3Rk8Vw1Zp6Hs0Lc4Tn9Bd2Fg7Jm5Xa'.repeat(2)}\n-----END RSA PRIVATE KEY-----\n`,
    Dockerfile: `FROM python:3.12\nENV API_TOKEN=${CANARIES.env}\nCMD ["flask", "run"]\n`,
    // Enough files for several chunks of a file pass, so the forced runs start worker threads.
    ...Object.fromEntries(Array.from({ length: 48 }, (_, i) => [`aa/m${String(i).padStart(2, '0')}.py`, `import os\nVALUE = os.environ.get("V${i}")\n`])),
    '.github/preflight.yml': `version: 1\nextends: [recommended]\nfail-on: critical\nprobes:\n  url: http://127.0.0.1:${port}\n  http-url: http://127.0.0.1:${port}\n  timeout: 5\n  headers: { Authorization: "Bearer \${PREFLIGHT_TOKEN}" }\n`,
  };
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    fs.writeFileSync(path.join(repo, rel), content);
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q'); git('add', '-A'); git('commit', '-qm', 'init');
});
afterAll(() => {
  server?.closeAllConnections();
  server?.close();
  api?.closeAllConnections();
  api?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const env = { PREFLIGHT_TOKEN: CANARIES.token };
const headerArgs = ['--header', `X-Api-Key: ${CANARIES.header}`];

describe.skipIf(!fs.existsSync(CLI))('canary secrets never appear in any output', () => {
  it('CLI: text, json, sarif and markdown, on stdout and to files, and baseline', async () => {
    const outputs: Record<string, string> = {};
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const r = await runNode([CLI, '--dir', repo, '--format', format, ...headerArgs], { cwd: repo, env });
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      outputs[`${format} stdout`] = r.stdout; outputs[`${format} stderr`] = r.stderr;
      const file = path.join(tmp, `report.${format}`);
      // An engine thread and worker threads too (forced: the repository is small), with --debug saying so.
      const f = await runNode([CLI, '--dir', repo, '--format', format, '--output', file, '--debug', ...headerArgs], { cwd: repo, env: { ...env, PREFLIGHT_THREADS: '2', PREFLIGHT_ENGINE_THREAD: '1' } });
      expect(f.stderr).toMatch(/^debug: engine thread: /m);
      expect(f.stderr).toMatch(/[12] worker threads? delivered/);
      outputs[`${format} --output stdout`] = f.stdout; outputs[`${format} --output stderr`] = f.stderr;
      outputs[`${format} file`] = fs.readFileSync(file, 'utf8');
    }
    const b = await runNode([CLI, 'baseline', '--dir', repo, '--output', path.join(tmp, 'baseline.json')], { cwd: repo, env });
    outputs['baseline stdout'] = b.stdout + b.stderr;
    outputs['baseline file'] = fs.readFileSync(path.join(tmp, 'baseline.json'), 'utf8');

    // The run must really have found the secrets and sent the headers, or the test proves nothing.
    const report = JSON.parse(outputs['json stdout']!) as { findings: { check: string; file: string | null }[]; items: { kind: string; status: string }[] };
    const secretFiles = new Set(report.findings.filter((f) => f.check === 'hardcoded-secret').map((f) => f.file));
    expect([...secretFiles]).toEqual(expect.arrayContaining(['app/config.py', 'deploy/key.pem']));
    expect(report.findings.some((f) => f.check === 'env-file-committed')).toBe(true);
    expect(report.items.filter((i) => i.kind === 'probe' && i.status !== 'skipped').length).toBeGreaterThan(3);
    expect(seenAuth).toContain(`Bearer ${CANARIES.token}`);
    expect(seenAuth).toContain(CANARIES.header);

    const found: string[] = [];
    for (const [where, text] of Object.entries(outputs)) for (const [name, value] of Object.entries(CANARIES)) {
      const hit = leaks(text, value);
      if (hit) found.push(`${name} in ${where}: …${text.slice(Math.max(0, text.indexOf(hit) - 60), text.indexOf(hit) + hit.length + 20)}…`);
    }
    expect(found).toEqual([]);
  }, 180_000);

  it.skipIf(!fs.existsSync(ACTION))('action: log (minus ::add-mask::), annotations, job summary, outputs, JSON report and SARIF', async () => {
    const summary = path.join(tmp, 'summary.md');
    const output = path.join(tmp, 'output.txt');
    const eventPath = path.join(tmp, 'event.json');
    const sarif = path.join(tmp, 'action.sarif');
    fs.writeFileSync(summary, ''); fs.writeFileSync(output, ''); fs.writeFileSync(eventPath, '{}');
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const r = await runNode([ACTION], {
      cwd: repo,
      env: {
        ...env, PREFLIGHT_THREADS: '2', PREFLIGHT_ENGINE_THREAD: '1', GITHUB_WORKSPACE: repo, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'owner/repo', GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main', GITHUB_API_URL: `http://127.0.0.1:${apiPort}`, RUNNER_TEMP: tmp,
        'INPUT_HEADERS': `X-Api-Key: ${CANARIES.header}`, 'INPUT_GITHUB-TOKEN': `ghs_${'canaryActionTokenValue0123456789abcd'}`, 'INPUT_SARIF': sarif,
        'INPUT_FAIL-ON': 'critical', 'INPUT_CHECK-NAME': 'Preflight', 'INPUT_ANNOTATIONS': 'all', 'INPUT_COMMENT': 'false',
      },
    });
    const outputs: Record<string, string> = {
      stdout: r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'),
      stderr: r.stderr, summary: fs.readFileSync(summary, 'utf8'), outputs: fs.readFileSync(output, 'utf8'),
    };
    if (fs.existsSync(sarif)) outputs['sarif'] = fs.readFileSync(sarif, 'utf8');
    const reportPath = /report<<(\S+)\n(.*)\n/.exec(outputs['outputs']!)?.[2] ?? /^report=(.*)$/m.exec(outputs['outputs']!)?.[1];
    if (reportPath && fs.existsSync(reportPath)) outputs['report'] = fs.readFileSync(reportPath, 'utf8');
    expect(outputs['summary']!.length, `action produced no summary: ${r.stdout.slice(-2000)} ${r.stderr.slice(-2000)}`).toBeGreaterThan(0);
    expect(outputs['stdout']).toMatch(/::(error|warning|notice)/);
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['sarif', 'report']));
    expect(outputs['report']).toContain('hardcoded-secret');
    const tokens = { ...CANARIES, actionToken: `ghs_${'canaryActionTokenValue0123456789abcd'}` };
    const found: string[] = [];
    for (const [where, text] of Object.entries(outputs)) for (const [name, value] of Object.entries(tokens)) {
      const hit = leaks(text, value);
      if (hit) found.push(`${name} in ${where}: …${text.slice(Math.max(0, text.indexOf(hit) - 60), text.indexOf(hit) + hit.length + 20)}…`);
    }
    expect(found).toEqual([]);
  }, 120_000);
});
