/**
 * QA stop 41 (fphunt12): vendored folders, template Dockerfiles, rule fixtures.
 * D1: Dockerfiles, compose files, manifests, Procfiles, settings and `.env` files inside vendored dependency folders (`vendor/` of
 *     `go mod vendor`, a committed `node_modules/`, `third_party/`, `bower_components/`) were judged as the repository's deployment,
 *     while hardcoded-secret skipped them.
 * D2: Dockerfile templates with ERB/EJS tags (`Dockerfile.tt`, a Yeoman `templates/Dockerfile` with `<%= … %>`) were parse errors.
 * D3: Semgrep rule test targets (`missing-user.dockerfile` beside `missing-user.yaml`, `# ruleid:` comments) were judged as production.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note) };
};

/** A package's own deployment files, full of what the checks fail: written under `dir`. */
function deployFiles(dir: string): Record<string, string> {
  return {
    [`${dir}/Dockerfile`]: 'FROM node:latest\nENV POSTGRES_PASSWORD=postgres\nENV API_TOKEN=Zr8x4eUgQ2mVtL9wKp3s\nEXPOSE 3000\nCMD ["npm", "run", "dev"]\n',
    [`${dir}/docker-compose.yml`]: 'services:\n  web:\n    image: nginx\n    environment:\n      - NODE_ENV=development\n      - DEBUG=true\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n    environment:\n      POSTGRES_PASSWORD: postgres\n',
    [`${dir}/k8s/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n          env:\n            - name: NODE_ENV\n              value: development\n            - name: DB_PASSWORD\n              value: changeme\n          securityContext:\n            runAsUser: 0\n',
    [`${dir}/k8s/service.yaml`]: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 5432\n',
    [`${dir}/Procfile`]: 'web: npm run dev\n',
    [`${dir}/nginx/site.conf`]: 'server {\n  listen 443 ssl;\n  ssl_protocols TLSv1 TLSv1.1;\n  add_header Access-Control-Allow-Origin *;\n}\n',
    [`${dir}/.env.example`]: 'FOO=bar\n',
    [`${dir}/config/settings.py`]: 'DEBUG = True\nSECRET_KEY = "changeme"\nALLOWED_HOSTS = ["*"]\n',
    [`${dir}/application.properties`]: 'spring.datasource.password=admin\n',
    [`${dir}/chart/Chart.yaml`]: 'apiVersion: v2\nname: x\nversion: 0.1.0\n',
    [`${dir}/chart/values.yaml`]: 'image:\n  repository: nginx\n  tag: latest\npassword: changeme\n',
    [`${dir}/chart/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          env:\n            - name: DB_PASSWORD\n              value: {{ .Values.password }}\n',
    [`${dir}/ecs/task-definition.json`]: '{"family":"x","containerDefinitions":[{"name":"x","image":"nginx:latest","environment":[{"name":"DB_PASSWORD","value":"changeme"}]}]}\n',
    [`${dir}/kust/kustomization.yaml`]: 'resources:\n  - ../k8s/deployment.yaml\nimages:\n  - name: nginx\n    newTag: latest\nconfigMapGenerator:\n  - name: app\n    literals:\n      - DEBUG=true\nsecretGenerator:\n  - name: s\n    literals:\n      - DB_PASSWORD=changeme\n',
    [`${dir}/cfn/template.json`]: '{\n "AWSTemplateFormatVersion": "2010-09-09",\n "Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUserPassword": "changeme"}}}\n}\n',
    [`${dir}/tf/main.tf`]: 'resource "aws_db_instance" "db" {\n  password = "changeme"\n}\n',
    [`${dir}/package.json`]: '{"name": "badpkg", "scripts": {"start": "node --tls-max-v1.1 server.js"}}\n',
    [`${dir}/systemd/app.service`]: '[Service]\nExecStart=/usr/bin/node --inspect=0.0.0.0:9229 server.js\nEnvironment=NODE_ENV=development\n',
  };
}

/** The repository's own deployment, clean: the app's Dockerfile and a .gitignore that ignores .env. */
const OWN: Record<string, string> = {
  '.gitignore': '.env\n.env.*\n!.env.example\n',
  'Dockerfile': 'FROM gcr.io/distroless/static-debian12:nonroot@sha256:6ec5aa99dc335666e79dc64e4a6c8b89c33a543a1967f20d360922a80dd21f02\nCOPY app /app\nHEALTHCHECK CMD ["/app", "health"]\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
  'cmd/api/main.go': 'package main\n\nfunc main() {}\n',
};

describe('D1: files in vendored dependency folders are not the repository\'s deployment', () => {
  // The same files outside a vendored folder fail these checks: the vendored copies must fail none.
  const control = { ...OWN, ...deployFiles('pkg/badpkg') };
  for (const folder of ['node_modules/badpkg', 'vendor/github.com/acme/lib', 'third_party/libx', 'bower_components/thing', 'services/api/vendor/acme/lib']) {
    it(`every check leaves ${folder}/ alone (the same files under pkg/ fail)`, async () => {
      const vendored = { ...OWN, ...deployFiles(folder) };
      const failedInControl: string[] = [];
      for (const check of CHECKS) {
        const own = await run(check, control);
        if (own.failures.some((f) => f.file?.startsWith('pkg/badpkg/'))) failedInControl.push(check.id);
        const out = await run(check, vendored);
        expect(out.failures.filter((f) => f.file?.startsWith(`${folder}/`)), `${check.id} in ${folder}`).toEqual([]);
        expect(out.notes.filter((f) => f.file?.startsWith(`${folder}/`)), `${check.id} notes in ${folder}`).toEqual([]);
      }
      // The control shows the files are what these checks judge (the test would pass vacuously otherwise).
      expect(failedInControl).toEqual(expect.arrayContaining(['cors-wildcard', 'database-port-exposed', 'debug-mode', 'default-credentials', 'dockerfile-healthcheck',
        'dockerfile-non-root', 'dockerfile-secrets-in-env', 'image-tag-pinned', 'k8s-probes', 'k8s-run-as-non-root', 'production-server', 'resource-limits', 'restart-policy', 'tls-protocols-config']));
    });
  }

  it('a vendored Dockerfile or compose file the repository\'s own compose file builds or includes is judged (it is what deploys)', async () => {
    const files = {
      ...OWN,
      'third_party/worker/Dockerfile': 'FROM python:latest\nCMD ["python", "-m", "worker"]\n',
      'vendor/acme/stack/compose.yaml': 'services:\n  cache:\n    image: redis:7.2\n    ports: ["6379:6379"]\n',
      'docker-compose.yml': 'include:\n  - vendor/acme/stack/compose.yaml\nservices:\n  worker:\n    build:\n      context: third_party/worker\n',
    };
    expect((await run(dockerfileNonRoot, files)).failures.map((f) => f.file)).toEqual(['third_party/worker/Dockerfile']);
    expect((await run(imageTagPinned, files)).failures.map((f) => `${f.file}:${f.line}`)).toEqual(['third_party/worker/Dockerfile:1']);
    expect((await run(databasePortExposed, files)).failures.map((f) => `${f.file}:${f.line}`)).toEqual(['vendor/acme/stack/compose.yaml:4']);
  });

  it('a folder named like a vendored one but not one is judged (`vendors/`, `vendor-api/`)', async () => {
    for (const dir of ['vendors/api', 'vendor-api']) {
      const files = { ...OWN, [`${dir}/Dockerfile`]: 'FROM node:latest\nUSER node\nCMD ["node", "a.js"]\n' };
      expect((await run(imageTagPinned, files)).failures.map((f) => f.file), dir).toEqual([`${dir}/Dockerfile`]);
    }
  });

  it('env-file-committed: a vendored package\'s env file is a note, unless it holds a secret in the clear', async () => {
    const files = {
      ...OWN,
      // dotenv-expand shipped its test env file in the npm package.
      'node_modules/dotenv-expand/.env': 'BASIC=basic\nMACHINE=machine_env\n',
      'vendor/github.com/acme/lib/.env': 'FOO=bar\n',
      // Whoever wrote it, a real secret committed here is in this repository's history.
      'vendor/github.com/acme/internal/.env': 'DATABASE_URL=postgres://app:Zr8x4eUgQ2mVtL9w@db.prod.internal/app\nAPI_SECRET=Kp3sZr8x4eUgQ2mVtL9w\n',
    };
    const out = await run(envFileCommitted, files);
    expect(out.failures.map((f) => f.file)).toEqual(['vendor/github.com/acme/internal/.env']);
    expect(out.failures[0]!.message).toMatch(/vendored dependency's, under vendor\/.*API_SECRET holding a value in the clear/);
    expect(out.failures[0]!.message).not.toMatch(/Kp3sZr8x|Zr8x4eUg/);
    expect(out.notes.map((f) => f.file).sort()).toEqual(['node_modules/dotenv-expand/.env', 'vendor/github.com/acme/lib/.env']);
    expect(out.notes[0]!.message).toMatch(/none of them a secret in the clear/);
    // The same file outside a vendored folder stays a critical committed env file.
    expect((await run(envFileCommitted, { ...OWN, 'lib/dotenv-expand/.env': 'BASIC=basic\n' })).failures.map((f) => f.file)).toEqual(['lib/dotenv-expand/.env']);
  });

  it('a vendored env file a compose service of the repository loads is judged as the deployment\'s', async () => {
    const files = { ...OWN, 'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.2.3\n    env_file: vendor/acme/app.env\n', 'vendor/acme/app.env': 'LOG_LEVEL=info\nSECRET_KEY=Kp3sZr8x4eUgQ2mVtL9w\n' };
    expect((await run(envFileCommitted, files)).failures.map((f) => f.file)).toEqual(['vendor/acme/app.env']);
  });

  it('env-file-not-ignored: a vendored env template names no env file of the repository\'s', async () => {
    const files = { 'README.md': '# app\n', '.gitignore': 'dist/\n', 'node_modules/pkg/.env.example': 'FOO=bar\n', 'vendor/acme/lib/.env.production.sample': 'FOO=bar\n' };
    const out = await run(envFileNotIgnored, files);
    expect(out.failures.map((f) => f.message)).toEqual([expect.stringMatching(/^\.gitignore does not ignore '\.env';/)]);
    // Outside a vendored folder the template's real name is judged too.
    const own = await run(envFileNotIgnored, { ...files, 'lib/pkg/.env.example': 'FOO=bar\n' });
    expect(own.failures.map((f) => f.message)).toEqual([expect.stringMatching(/'\.env', 'lib\/pkg\/\.env'/)]);
  });

  it('default-credentials: a vendored gem\'s Rails database.yml and a package\'s Spring config are not read', async () => {
    const files = {
      ...OWN,
      'vendor/bundle/ruby/3.3.0/gems/acme-1.0/config/database.yml': 'production:\n  adapter: postgresql\n  password: postgres\n',
      'node_modules/pkg/application.yml': 'spring:\n  datasource:\n    password: admin\n',
    };
    expect((await run(defaultCredentials, files)).failures).toEqual([]);
    const own = await run(defaultCredentials, { ...OWN, 'config/database.yml': files['vendor/bundle/ruby/3.3.0/gems/acme-1.0/config/database.yml'], 'src/main/resources/application.yml': files['node_modules/pkg/application.yml'] });
    expect(own.failures.map((f) => f.file).sort()).toEqual(['config/database.yml', 'src/main/resources/application.yml']);
  });
});

describe('D2: Dockerfile templates with ERB/EJS tags are noted as templated, not parse errors', () => {
  it('Rails generator `.tt`, Yeoman EJS, `.erb`/`.ejs`/`.hbs` names and an EJS tag in USER are not judged', async () => {
    const files = {
      ...OWN,
      'lib/generators/templates/Dockerfile.tt': 'ARG RUBY_VERSION=<%= gem_ruby_version %>\nFROM ruby:$RUBY_VERSION-slim\n<% if using_node? -%>\nRUN apt-get install -y nodejs\n<% end -%>\nCMD ["./bin/rails", "server"]\n',
      'generators/app/templates/Dockerfile': 'FROM node:<%= nodeVersion %>-alpine AS build\nRUN npm ci\nFROM build\nCMD ["node", "server.js"]\n',
      'x/Dockerfile.ejs': 'FROM node:20\nCMD ["node", "a.js"]\n',
      'x/Dockerfile.erb': 'FROM node:20\nCMD ["node", "a.js"]\n',
      'x/Dockerfile.hbs': 'FROM node:20\nCMD ["node", "a.js"]\n',
      't6/Dockerfile': 'FROM python:3.12-slim\nRUN pip install {{ cookiecutter.extra_packages }}\nUSER <%= user %>\nCMD ["gunicorn", "a:app"]\n',
      't7/Dockerfile': 'FROM python:3.12-slim\nUSER {{ app_user }}\nCMD ["gunicorn", "a:app"]\n',
    };
    expect((await run(dockerfileNonRoot, files)).failures).toEqual([]);
    expect((await run(imageTagPinned, files)).failures).toEqual([]);
  });
});

describe('D3: linter rule test targets are fixtures', () => {
  it('a Semgrep rule\'s test target (beside the rule, `# ruleid:` comments, `.semgrep/`) is not judged; a real `# ok:` comment is', async () => {
    const rule = (id: string, lang: string) => `rules:\n  - id: ${id}\n    languages: [${lang}]\n    severity: ERROR\n    message: m\n    pattern: X\n`;
    const files = {
      ...OWN,
      'rules/dockerfile/security/missing-user.yaml': rule('missing-user', 'dockerfile'),
      'rules/dockerfile/security/missing-user.dockerfile': 'FROM busybox\n\nCMD ["/bin/sh"]\n',
      'lint/user.Dockerfile': 'FROM debian\n# ruleid: acme-missing-user\nCMD ["/bin/sh"]\n',
      '.semgrep/Dockerfile': 'FROM debian\nCMD ["/bin/sh"]\n',
      'generic/nginx/security/insecure-ssl-version.yaml': rule('insecure-ssl-version', 'generic'),
      'generic/nginx/security/insecure-ssl-version.conf': 'server {\n  listen 443 ssl;\n  # ruleid: insecure-ssl-version\n  ssl_protocols TLSv1 TLSv1.1;\n  add_header Access-Control-Allow-Origin *;\n}\n',
      // A real Dockerfile whose comment happens to start with `ok:`, with no Semgrep rule beside it: judged.
      'app/Dockerfile': 'FROM node:latest\n# ok: root is needed for the port bind\nCMD ["node", "a.js"]\n',
    };
    expect((await run(dockerfileNonRoot, files)).failures.map((f) => f.file)).toEqual(['app/Dockerfile']);
    expect((await run(imageTagPinned, files)).failures.map((f) => f.file)).toEqual(['app/Dockerfile']);
    expect((await run(tlsProtocolsConfig, files)).failures).toEqual([]);
    expect((await run(corsWildcard, files)).failures).toEqual([]);
  });
});
