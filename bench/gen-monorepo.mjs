#!/usr/bin/env node
/**
 * Deterministic generator of a synthetic monorepo for `npm run bench`: ~40,000 tracked files
 * (Python/JS services, hundreds of Dockerfiles, compose files and Kubernetes manifests, nginx
 * configs, lockfiles, binaries), a few committed `.env` files and planted secrets, and an ignored
 * `node_modules/` full of secrets that must never be read. Same seed → same bytes → same commit.
 *
 *   node bench/gen-monorepo.mjs [--out DIR] [--files 40000] [--seed 7]
 *
 * Writes the planted secrets (the answer key) to `<out>.planted.json`, outside the repository.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: tiny, fast, good enough for fixtures, and identical on every platform. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chars = (alphabet, n) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[int(alphabet.length)]; return s; };
  return { next, int, pick, chars, chance: (p) => next() < p };
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const WORDS = ['user', 'order', 'invoice', 'cart', 'token', 'session', 'payment', 'report', 'item', 'account', 'event', 'queue', 'cache', 'price', 'stock', 'audit', 'email', 'search', 'profile', 'ledger'];
const LOREM = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(' ');

/** The secret formats planted in tracked files, built at run time so no literal lives here. */
const SECRET_KINDS = {
  'aws-access-key': (r) => `AKIA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  'github-token': (r) => `ghp_${r.chars(ALNUM, 36)}`,
  'stripe-live-key': (r) => `sk_live_${r.chars(ALNUM, 24)}`,
  'slack-bot-token': (r) => `xoxb-${r.chars('0123456789', 11)}-${r.chars('0123456789', 12)}-${r.chars(ALNUM, 24)}`,
  'private-key': (r) => `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 8 }, () => r.chars(`${ALNUM}+/`, 64)).join('\n')}\n-----END RSA PRIVATE KEY-----`,
};

function words(r, n) { return Array.from({ length: n }, () => r.pick(LOREM)).join(' '); }

function pythonModule(r, name) {
  const out = [`"""${name}: ${words(r, 8)}."""`, 'import logging', 'import os', `from dataclasses import dataclass`, '', 'log = logging.getLogger(__name__)', ''];
  const n = 3 + r.int(8);
  for (let i = 0; i < n; i++) {
    const w = r.pick(WORDS);
    out.push('@dataclass', `class ${w[0].toUpperCase()}${w.slice(1)}${i}:`, `    """${words(r, 6)}."""`, `    id: int`, `    name: str = "${w}"`, '');
    out.push(`def load_${w}_${i}(store, key: str):`, `    # ${words(r, 10)}`, `    value = store.get(key)`, `    if value is None:`, `        log.warning("missing ${w} %s", key)`, `        return None`, `    return ${w[0].toUpperCase()}${w.slice(1)}${i}(id=int(value["id"]), name=value.get("name", "${w}"))`, '');
  }
  return out.join('\n');
}

function jsModule(r, name) {
  const out = [`// ${name}: ${words(r, 8)}`, `import { createLogger } from '../lib/log.js';`, '', `const log = createLogger('${name}');`, ''];
  const n = 3 + r.int(8);
  for (let i = 0; i < n; i++) {
    const w = r.pick(WORDS);
    out.push(`/** ${words(r, 7)} */`, `export async function get${w[0].toUpperCase()}${w.slice(1)}${i}(db, id) {`, `  const row = await db.query('SELECT * FROM ${w} WHERE id = $1', [id]);`, `  if (!row) { log.warn('no ${w}', { id }); return null; }`, `  return { id: row.id, name: row.name ?? '${w}', total: Number(row.total ?? ${r.int(1000)}) };`, '}', '');
  }
  return out.join('\n');
}

function dockerfile(r, lang, svc) {
  const py = lang === 'py';
  const tag = r.chance(0.15) ? 'latest' : py ? `3.${10 + r.int(3)}-slim` : `${18 + 2 * r.int(3)}-alpine`;
  const base = py ? 'python' : 'node';
  const lines = [];
  if (r.chance(0.3)) lines.push(`ARG BASE_TAG=${tag}`, `FROM ${base}:\${BASE_TAG} AS builder`);
  else lines.push(`FROM ${base}:${tag} AS builder`);
  lines.push('WORKDIR /app', py ? 'COPY requirements.txt .' : 'COPY package*.json ./', py ? 'RUN pip install --no-cache-dir -r requirements.txt' : 'RUN npm ci --omit=dev', 'COPY . .');
  lines.push('', r.chance(0.5) ? `FROM ${base}:${py ? '3.12-slim' : '20-alpine'}` : 'FROM builder AS runtime');
  lines.push('WORKDIR /app', 'COPY --from=builder /app /app', `ENV SERVICE_NAME=${svc} PORT=8080`);
  if (r.chance(0.1)) lines.push(`ENV API_TOKEN=${r.chars(ALNUM, 20)}`);
  if (r.chance(0.6)) lines.push(`USER ${r.pick(['app', '10001', 'node', 'root'])}`);
  if (r.chance(0.5)) lines.push('HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health || exit 1');
  lines.push('EXPOSE 8080');
  lines.push(py ? (r.chance(0.1) ? 'CMD ["flask", "run", "--host=0.0.0.0"]' : 'CMD ["gunicorn", "-b", "0.0.0.0:8080", "app:app"]') : (r.chance(0.1) ? 'CMD ["npm", "run", "dev"]' : 'CMD ["node", "server.js"]'));
  return `${lines.join('\n')}\n`;
}

function compose(r, svc, hasBase) {
  const pw = r.chance(0.2) ? 'changeme' : '${POSTGRES_PASSWORD}';
  const web = [`  web:`, hasBase ? `    extends:\n      file: ../../deploy/compose.base.yml\n      service: app` : `    build: .`, `    image: registry.local:5000/${svc}:${r.chance(0.2) ? 'latest' : `1.${r.int(20)}.${r.int(10)}`}`, `    ports:\n      - "8080:8080"`, `    environment:\n      - SERVICE_NAME=${svc}\n      - DEBUG=${r.chance(0.1) ? 'True' : 'False'}`];
  if (r.chance(0.6)) web.push(`    restart: unless-stopped`);
  if (r.chance(0.5)) web.push(`    deploy:\n      resources:\n        limits:\n          memory: 512M`);
  const db = [`  db:`, `    image: postgres:16`, `    environment:\n      POSTGRES_PASSWORD: "${pw}"`, r.chance(0.3) ? `    ports:\n      - "5432:5432"` : `    expose:\n      - "5432"`, `    restart: always`];
  return `x-common: &common\n  logging:\n    driver: json-file\nservices:\n${web.join('\n')}\n    <<: *common\n${db.join('\n')}\n`;
}

function k8sDeployment(r, svc) {
  const probes = r.chance(0.6) ? `          readinessProbe:\n            httpGet: { path: /health, port: 8080 }\n          livenessProbe:\n            httpGet: { path: /health, port: 8080 }\n` : '';
  const sec = r.chance(0.5) ? `      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n` : '';
  const limits = r.chance(0.7) ? `          resources:\n            limits:\n              memory: 256Mi\n              cpu: 500m\n` : '';
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${svc}
  labels: { app: ${svc} }
spec:
  replicas: ${1 + r.int(4)}
  selector:
    matchLabels: { app: ${svc} }
  template:
    metadata:
      labels: { app: ${svc} }
    spec:
${sec}      containers:
        - name: ${svc}
          image: registry.local:5000/${svc}:${r.chance(0.15) ? 'latest' : `1.${r.int(20)}.0`}
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
${limits}${probes}---
apiVersion: v1
kind: Service
metadata:
  name: ${svc}
spec:
  type: ${r.chance(0.1) ? 'LoadBalancer' : 'ClusterIP'}
  selector: { app: ${svc} }
  ports:
    - port: 80
      targetPort: 8080
`;
}

function nginxConf(r, svc) {
  return `server {\n    listen 443 ssl;\n    server_name ${svc}.example.internal;\n    ssl_protocols ${r.chance(0.2) ? 'TLSv1 TLSv1.1 TLSv1.2' : 'TLSv1.2 TLSv1.3'};\n    ssl_certificate /etc/nginx/tls.crt;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n        add_header X-Content-Type-Options nosniff;\n    }\n}\n`;
}

function lockfile(r, n) {
  const pk = {};
  for (let i = 0; i < n; i++) { const name = `pkg-${r.chars('abcdefghij', 6)}`; pk[`node_modules/${name}`] = { version: `1.${r.int(9)}.${r.int(9)}`, resolved: `https://registry.npmjs.org/${name}/-/${name}.tgz`, integrity: `sha512-${r.chars(`${ALNUM}+/`, 86)}==` }; }
  return `${JSON.stringify({ name: 'svc', lockfileVersion: 3, packages: pk }, null, 2)}\n`;
}

function binary(r, n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.int(256);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], 0);
  return b;
}

/**
 * Generates the monorepo in `out` (created; must not exist) and commits it with a fixed author
 * and date. Returns counts, the commit id and the planted secrets.
 */
export function generate({ out, files = 40_000, seed = 7, nodeModulesFiles = 5_000 } = {}) {
  const r = prng(seed);
  if (fs.existsSync(out)) throw new Error(`${out} exists; remove it first`);
  const written = new Map();
  const write = (rel, content) => { written.set(rel, content); };
  const planted = [];
  const counts = { dockerfiles: 0, compose: 0, k8s: 0, env: 0, nginx: 0, python: 0, js: 0, binary: 0, lockfiles: 0, other: 0 };

  write('.gitignore', 'node_modules/\n*.pyc\n__pycache__/\ndist/\n');
  write('README.md', `# Synthetic monorepo (seed ${seed})\n\n${words(r, 60)}\n`);
  write('deploy/compose.base.yml', 'services:\n  app:\n    restart: unless-stopped\n    environment:\n      - LOG_LEVEL=info\n');
  write('.github/workflows/ci.yml', 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n');

  // ~125 files per service; the per-service fixed files are counted in.
  const services = Math.max(1, Math.round(files / 125));
  for (let s = 0; s < services && written.size < files; s++) {
    const svc = `svc-${String(s).padStart(3, '0')}`;
    const dir = `services/${svc}`;
    const lang = r.chance(0.55) ? 'py' : 'js';
    write(`${dir}/Dockerfile`, dockerfile(r, lang, svc)); counts.dockerfiles++;
    if (s % 3 === 0) { write(`${dir}/Dockerfile.prod`, dockerfile(r, lang, svc)); counts.dockerfiles++; }
    if (s % 2 === 0) { write(`${dir}/docker-compose.yml`, compose(r, svc, s % 6 === 0)); counts.compose++; }
    write(`${dir}/k8s/deployment.yaml`, k8sDeployment(r, svc)); counts.k8s++;
    if (s % 5 === 0) { write(`${dir}/k8s/configmap.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${svc}\ndata:\n  LOG_LEVEL: info\n`); counts.k8s++; }
    if (s % 4 === 0) { write(`${dir}/nginx/${svc}.conf`, nginxConf(r, svc)); counts.nginx++; }
    if (s % 40 === 0) {
      const secret = SECRET_KINDS['stripe-live-key'](r);
      write(`${dir}/.env`, `DATABASE_URL=postgres://app@db:5432/app\nSTRIPE_KEY=${secret}\nLOG_LEVEL=debug\n`); counts.env++;
      planted.push({ kind: 'stripe-live-key', file: `${dir}/.env`, line: 2, value: secret });
    }
    if (s % 7 === 0) { write(`${dir}/.env.example`, 'DATABASE_URL=\nSTRIPE_KEY=\n'); counts.other++; }
    write(`${dir}/README.md`, `# ${svc}\n\n${words(r, 80)}\n`); counts.other++;
    if (lang === 'js') { write(`${dir}/package.json`, `${JSON.stringify({ name: svc, version: '1.0.0', type: 'module', scripts: { start: 'node server.js' } }, null, 2)}\n`); write(`${dir}/package-lock.json`, lockfile(r, 40 + r.int(80))); counts.lockfiles++; counts.other++; }
    else { write(`${dir}/requirements.txt`, 'flask==3.0.3\ngunicorn==22.0.0\n'); counts.other++; }
    write(`${dir}/assets/logo.png`, binary(r, 2048 + r.int(4096))); counts.binary++;
    const budget = Math.min(Math.round(files / services) - 10, files - written.size);
    for (let i = 0; i < budget; i++) {
      const sub = r.pick(['src', 'src/api', 'src/models', 'src/util', 'tests']);
      const name = `${r.pick(WORDS)}_${i}`;
      if (lang === 'py') { write(`${dir}/${sub}/${name}.py`, pythonModule(r, name)); counts.python++; }
      else { write(`${dir}/${sub}/${name}.js`, jsModule(r, name)); counts.js++; }
    }
  }

  // Plant secrets in source files at known lines (the answer key for recall).
  const sources = [...written.keys()].filter((f) => /\.(py|js)$/.test(f)).sort();
  const kinds = Object.keys(SECRET_KINDS);
  for (let i = 0; i < 40; i++) {
    const file = sources[r.int(sources.length)];
    const kind = kinds[i % kinds.length];
    const value = SECRET_KINDS[kind](r);
    const text = written.get(file);
    const line = text.split('\n').length + 1;
    const decl = file.endsWith('.py') ? `LEGACY_${kind.replace(/-/g, '_').toUpperCase()} = """${value}"""` : `export const legacyKey${i} = \`${value}\`;`;
    written.set(file, `${text}\n${decl}\n`);
    planted.push({ kind, file, line, value });
  }

  // Ignored dependencies: full of secrets, must never be read.
  const ignored = [];
  for (let i = 0; i < nodeModulesFiles; i++) {
    const value = SECRET_KINDS['github-token'](r);
    ignored.push([`node_modules/dep-${i % 500}/lib/file-${i}.js`, `module.exports = { token: '${value}' };\nFROM_IGNORED_NODE_MODULES = 1;\n`]);
  }

  const dirs = new Set();
  for (const rel of [...written.keys(), ...ignored.map(([p]) => p)]) dirs.add(path.dirname(path.join(out, rel)));
  for (const d of [...dirs].sort()) fs.mkdirSync(d, { recursive: true });
  for (const [rel, content] of written) fs.writeFileSync(path.join(out, rel), content);
  for (const [rel, content] of ignored) fs.writeFileSync(path.join(out, rel), content);

  const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' };
  const git = (...args) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false', '-c', 'gc.auto=0', '-c', 'commit.gpgsign=false', ...args], { cwd: out, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }).toString().trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', `synthetic monorepo, seed ${seed}`);
  const commit = git('rev-parse', 'HEAD');
  const tracked = git('ls-files', '-z').split('\0').filter(Boolean).length;
  const result = { out, seed, commit, tracked, ignoredFiles: ignored.length, counts, planted };
  fs.writeFileSync(`${out}.planted.json`, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
  const files = Number(arg('files', 40_000));
  const seed = Number(arg('seed', 7));
  const out = path.resolve(arg('out', path.join(os.tmpdir(), `preflight-monorepo-${seed}-${files}`)));
  const t0 = performance.now();
  const res = generate({ out, files, seed });
  console.log(`${res.out}: ${res.tracked} tracked files, ${res.ignoredFiles} ignored, commit ${res.commit} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(JSON.stringify(res.counts));
}
