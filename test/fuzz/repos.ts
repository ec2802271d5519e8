import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { isDockerfile, isEnvFile, isYamlFile } from '../../src/repo/classify.js';
import { anyText, dockerfileText, envText, tokenText, yamlText } from './arbitraries.js';

/** Fuzzed repositories: a few interesting paths, each with content shaped for its kind. */
const SOURCE_TOKENS = [
  'app.run(debug=True)', 'app.run(', 'debug=True', 'if __name__ == "__main__":\n    ', 'CORS(app)', 'CORS(app, origins="*")', "app.use(cors())", "cors({ origin: '*' })",
  'CORS_ALLOW_ALL_ORIGINS = True', 'allow_origins=["*"]', 'SESSION_COOKIE_SECURE = False', 'secure: false', 'DEBUG = True', 'minVersion: "TLSv1"',
  'ssl_protocols TLSv1 TLSv1.1;', 'add_header Access-Control-Allow-Origin *;', 'server {', 'location / {', '}', 'listen 443 ssl;',
  'ghp_', 'AKIA', 'sk_live_', 'xoxb-', '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', 'ABCDEFGHIJKLMNOP0123456789abcdefghij', 'password = "', 'SECRET_KEY = "', 'token: ',
  'web: flask run', 'web: gunicorn app:app', 'python app.py', 'node server.js', 'npm run dev', 'import ', 'from flask import Flask', 'app = Flask(__name__)',
  'preflight-ignore hardcoded-secret: test', '# preflight-ignore image-tag-pinned until 2020-01-01: x', '\n', '\n', '  ', '"', "'", '=', ':', '.', '/', '../', '/app/',
];
const secretLike = fc.oneof(fc.stringMatching(/^ghp_[A-Za-z0-9]{36}$/), fc.stringMatching(/^AKIA[A-Z2-7]{16}$/), fc.stringMatching(/^sk_live_[A-Za-z0-9]{24}$/), fc.stringMatching(/^[A-Za-z0-9+/]{20,40}$/));
const sourceLine = fc.oneof(tokenText(SOURCE_TOKENS, 6), secretLike.map((v) => `API_TOKEN = "${v}"`), secretLike.map((v) => `const key = '${v}';`));
const sourceText = fc.oneof({ weight: 4, arbitrary: fc.array(sourceLine, { maxLength: 12 }).map((l) => l.join('\n')) }, { weight: 1, arbitrary: anyText });

// Structured deploy config: valid compose and Kubernetes shapes with hostile values, then maybe mangled.
const scalar = fc.oneof(fc.constantFrom('nginx', 'nginx:latest', 'postgres:16', 'app@sha256:abc', 'registry:5000/app', '${IMG}', 'changeme', 'admin', 'True', '1', 'development', '*', '0', 'root', '5432:5432', '127.0.0.1:6379:6379', '512M', ''), fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 10 }));
const envBlock = fc.oneof(fc.array(fc.tuple(fc.constantFrom('DEBUG', 'FLASK_DEBUG', 'NODE_ENV', 'POSTGRES_PASSWORD', 'SECRET_KEY', 'CORS_ORIGINS', 'X'), scalar).map(([k, v]) => `${k}=${v}`), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('DEBUG', 'FLASK_ENV', 'DB_PASSWORD', 'API_TOKEN', 'X'), scalar, { maxKeys: 4 }));
const composeService = fc.record({
  image: scalar, command: fc.oneof(scalar, fc.array(fc.constantFrom('flask', 'run', 'gunicorn', 'python', 'app.py', 'npm', 'dev', 'manage.py', 'runserver'), { maxLength: 4 })),
  ports: fc.array(fc.oneof(scalar, fc.record({ target: fc.integer({ min: 0, max: 70000 }), published: scalar, host_ip: fc.constantFrom('0.0.0.0', '127.0.0.1') })), { maxLength: 3 }),
  environment: envBlock, restart: scalar, deploy: fc.oneof(scalar, fc.record({ resources: fc.record({ limits: fc.record({ memory: scalar }) }) })),
  extends: fc.oneof(scalar, fc.record({ service: fc.constantFrom('web', 'db', 'nope'), file: fc.constantFrom('base.yml', '../../etc/passwd', 'docker-compose.yml') })),
}, { requiredKeys: [] });
const composeDoc = fc.dictionary(fc.constantFrom('web', 'db', 'worker'), fc.oneof(composeService, scalar), { maxKeys: 3 }).map((services) => stringify({ services }));
const container = fc.record({
  name: scalar, image: scalar, command: fc.array(scalar, { maxLength: 3 }), args: fc.array(scalar, { maxLength: 3 }),
  env: fc.array(fc.record({ name: fc.constantFrom('DEBUG', 'NODE_ENV', 'PASSWORD', 'X'), value: scalar }), { maxLength: 3 }),
  resources: fc.oneof(scalar, fc.record({ limits: fc.record({ memory: scalar }, { requiredKeys: [] }) })),
  securityContext: fc.oneof(scalar, fc.record({ runAsNonRoot: scalar, runAsUser: scalar }, { requiredKeys: [] })),
  readinessProbe: fc.oneof(scalar, fc.record({ httpGet: fc.record({ path: scalar }) })), livenessProbe: scalar,
}, { requiredKeys: [] });
const podSpecArb = fc.record({ containers: fc.oneof(fc.array(fc.oneof(container, scalar), { maxLength: 3 }), scalar), initContainers: fc.array(container, { maxLength: 2 }), securityContext: fc.oneof(scalar, fc.record({ runAsNonRoot: scalar })) }, { requiredKeys: [] });
const k8sDoc = fc.record({
  apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1'), kind: fc.constantFrom('Deployment', 'Pod', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Service', 'Secret', 'ConfigMap'),
  metadata: fc.record({ name: scalar }, { requiredKeys: [] }),
  spec: fc.oneof(scalar, podSpecArb, fc.record({ template: fc.record({ spec: podSpecArb }) }), fc.record({ jobTemplate: fc.record({ spec: fc.record({ template: fc.record({ spec: podSpecArb }) }) }) }),
    fc.record({ type: fc.constantFrom('LoadBalancer', 'NodePort', 'ClusterIP'), ports: fc.array(fc.record({ port: fc.constantFrom(5432, 6379, 80, 'x') }), { maxLength: 2 }) })),
  data: fc.dictionary(fc.constantFrom('password', 'token', 'x'), scalar, { maxKeys: 2 }),
}, { requiredKeys: ['apiVersion', 'kind'] });
const k8sText = fc.array(k8sDoc, { minLength: 1, maxLength: 3 }).map((docs) => docs.map((d) => stringify(d)).join('---\n'));
/** Mangles a valid document a little: a cut, a stray token, a bad indent. */
const mangle = (a: fc.Arbitrary<string>) => fc.tuple(a, fc.nat(), fc.constantFrom('', ':', '- ', '  ', '&a ', '*a', '{{ x }}', '\t', '"')).map(([t, at, tok]) => { const i = at % (t.length + 1); return t.slice(0, i) + tok + t.slice(i); });
const deployYaml = fc.oneof({ weight: 3, arbitrary: composeDoc }, { weight: 3, arbitrary: k8sText }, { weight: 2, arbitrary: mangle(fc.oneof(composeDoc, k8sText)) }, { weight: 1, arbitrary: yamlText });

const PATHS = ['Dockerfile', 'Dockerfile.dev', 'svc/api.Dockerfile', 'Containerfile', 'docker-compose.yml', 'compose.prod.yaml', 'docker-compose.override.yml', 'base.yml',
  'k8s/deploy.yaml', 'k8s/all.yml', '.github/workflows/ci.yml', '.env', '.env.production', 'prod.env', '.env.example', 'app.py', 'app/__init__.py', 'settings/prod.py', 'settings/local.py',
  'server.js', 'src/index.ts', 'nginx.conf', 'conf.d/site.conf.template', 'Procfile', 'Procfile.dev', '.gitignore', 'README.md', 'package-lock.json', 'dist/app.min.js', 'start.sh'];

function contentFor(p: string): fc.Arbitrary<string> {
  if (isDockerfile(p)) return dockerfileText;
  if (isYamlFile(p)) return deployYaml;
  if (isEnvFile(p)) return envText;
  return sourceText;
}

/** A small repository: some of the interesting paths, each with content shaped for its kind. */
export const repo = fc.uniqueArray(fc.constantFrom(...PATHS), { minLength: 1, maxLength: 8 }).chain((paths) =>
  fc.tuple(...paths.map((p) => contentFor(p).map((c) => [p, c] as const))).map((entries) => Object.fromEntries(entries) as Record<string, string>));

/** Writes `files` into a fresh folder under `base` and returns its path. */
export function writeRepo(base: string, files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(base, 'r-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}
