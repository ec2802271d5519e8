/**
 * QA stop 41 (fphunt12) D1–D3, the shared classification and the snapshot's readers: vendored dependency folders (isVendored),
 * Dockerfile templates with ERB/EJS tags or template names, and linter rule test targets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyUnder, isTestDockerfile, isTestFile, isVendored, isVendoredOrGenerated } from '../../src/repo/classify.js';
import { TEMPLATED_DOCKERFILE_SKIP } from '../../src/repo/snapshot.js';
import { snapshotOf } from '../helpers/check-tester.js';

afterEach(() => classifyUnder(''));

describe('isVendored', () => {
  it('is a file under a dependency manager\'s folder, at any depth', () => {
    for (const p of ['node_modules/bullmq/Dockerfile', 'vendor/github.com/segmentio/kafka-go/docker-compose.yml', 'third_party/grpc-gateway/Dockerfile',
      'bower_components/x/.env', 'services/api/vendor/github.com/lib/pq/Dockerfile', '_vendor/x/Procfile', 'lambda/node_modules/a/node_modules/b/.env',
      'vendor/bundle/ruby/3.3.0/gems/acme-1.0/config/database.yml', 'venv/lib/python3.12/site-packages/pkg/settings.py']) expect(isVendored(p), p).toBe(true);
    for (const p of ['Dockerfile', 'vendors/api/Dockerfile', 'vendor-api/Dockerfile', 'src/vendor.ts', 'app/vendored/Dockerfile', 'third-party/Dockerfile', 'docs/node_modules.md']) expect(isVendored(p), p).toBe(false);
  });

  it('is relative to the scanned folder: a vendored package the user points --dir at is judged as a project of its own', () => {
    classifyUnder('node_modules/pkg');
    expect(isVendored('node_modules/pkg/Dockerfile')).toBe(false);
    expect(isVendored('node_modules/pkg/node_modules/dep/Dockerfile')).toBe(true);
    expect(isVendoredOrGenerated('node_modules/pkg/index.js')).toBe(false);
    classifyUnder('');
    expect(isVendored('node_modules/pkg/Dockerfile')).toBe(true);
  });

  it('isVendoredOrGenerated still covers lockfiles and minified files', () => {
    for (const p of ['package-lock.json', 'web/yarn.lock', 'dist/app.min.js', 'node_modules/x/index.js']) expect(isVendoredOrGenerated(p), p).toBe(true);
    expect(isVendoredOrGenerated('src/app.js')).toBe(false);
  });
});

describe('Semgrep\'s .semgrep/ folder holds rule test targets: test files', () => {
  it('classifies .semgrep/ files as tests (Dockerfiles too)', () => {
    expect(isTestFile('.semgrep/rules/missing-user.dockerfile')).toBe(true);
    expect(isTestDockerfile('.semgrep/rules/missing-user.dockerfile')).toBe(true);
    expect(isTestDockerfile('semgrep/Dockerfile')).toBe(false);
  });
});

describe('the snapshot\'s readers leave vendored deployment files out', () => {
  const files = {
    'Dockerfile': 'FROM node:20\nUSER node\n',
    'node_modules/bullmq/Dockerfile': 'FROM node:latest\nCMD ["npm", "run", "dev"]\n',
    'node_modules/bullmq/docker-compose.yml': 'services:\n  redis:\n    image: redis\n    ports: ["6379:6379"]\n',
    'vendor/github.com/acme/lib/stack.yml': 'services:\n  db:\n    image: postgres\n',
    'vendor/github.com/acme/lib/k8s.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n',
    'third_party/libx/.env': 'FOO=bar\n',
    'third_party/libx/nginx.conf': 'server {\n  listen 80;\n}\n',
    // Broken or templated: no parse problem nor note either, as it is not read.
    'vendor/github.com/acme/lib/Dockerfile': 'FROM node:<%= v %>\nUSER\n',
    'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: own\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n',
    '.env': 'FOO=bar\n',
  };

  it('Dockerfiles, compose files, manifests, env files and nginx configurations of vendored folders are not read', () => {
    const snap = snapshotOf(files);
    expect(snap.dockerfiles().map((d) => d.path)).toEqual(['Dockerfile']);
    expect(snap.unreadDockerfiles()).toEqual([]);
    expect(snap.composeFiles().map((c) => c.path)).toEqual([]);
    expect(snap.k8sObjects().map((o) => o.file)).toEqual(['k8s/pod.yaml']);
    expect(snap.envFiles().map((e) => e.path)).toEqual(['.env']);
    expect(snap.nginxFiles()).toEqual([]);
    expect(snap.problems).toEqual([]);
    expect(snap.skipped).toEqual([]);
    // env-file-committed still reads a vendored env file, by its path.
    expect(snap.envFileAt('third_party/libx/.env')?.entries.map((e) => e.key)).toEqual(['FOO']);
  });

  it('what the repository\'s own compose file builds, includes or extends is read wherever it is', () => {
    const snap = snapshotOf({
      ...files,
      'docker-compose.yml': 'include:\n  - node_modules/bullmq/docker-compose.yml\nservices:\n  worker:\n    build:\n      context: node_modules/bullmq\n  db:\n    extends:\n      file: vendor/github.com/acme/lib/stack.yml\n      service: db\n',
    });
    expect(snap.dockerfiles().map((d) => d.path).sort()).toEqual(['Dockerfile', 'node_modules/bullmq/Dockerfile']);
    expect(snap.composeFiles().map((c) => c.path).sort()).toEqual(['docker-compose.yml', 'node_modules/bullmq/docker-compose.yml', 'vendor/github.com/acme/lib/stack.yml']);
  });
});

describe('Dockerfile templates', () => {
  const templated = {
    // Rails' generator template (Thor `.tt`, ERB tags).
    'lib/generators/templates/Dockerfile.tt': 'ARG RUBY_VERSION=<%= gem_ruby_version %>\nFROM ruby:$RUBY_VERSION-slim\n<% if using_node? -%>\nRUN apt-get install -y nodejs\n<% end -%>\n',
    // Yeoman's EJS template named as the file it renders.
    'generators/app/templates/Dockerfile': 'FROM node:<%= nodeVersion %>-alpine AS build\nRUN npm ci\n',
    'x/Dockerfile.erb': 'FROM node:20\nUSER node\n',
    'x/Dockerfile.ejs': 'FROM node:20\nUSER node\n',
    'x/Dockerfile.hbs': 'FROM node:20\nUSER node\n',
    'x/Dockerfile.jinja': 'FROM node:20\nUSER node\n',
    'x/Dockerfile.template': 'FROM balenalib/%%BALENA_MACHINE_NAME%%-node\n',
    // An ERB tag in an instruction that runs no command, continued or not.
    'user/Dockerfile': 'FROM python:3.12-slim\nUSER <%= user %>\n',
    'label/Dockerfile': 'FROM python:3.12-slim\nLABEL a=b \\\n  version="<%= version %>"\nUSER app\n',
    // A Jinja tag where Docker refuses the instruction: a template broken before rendering, not a broken Dockerfile.
    'jinja-user/Dockerfile': 'FROM python:3.12-slim\nUSER {{ app_user }}\n',
  };
  const real = {
    // Docker's own Go template in a command, ERB written by a RUN and by a here-document: real Dockerfiles.
    'hc/Dockerfile': 'FROM node:20\nUSER node\nHEALTHCHECK CMD docker inspect --format "{{.State.Health}}" x || exit 1\n',
    'run/Dockerfile': 'FROM ruby:3.3\nRUN echo "port: <%= ENV[\'PORT\'] %>" > /app/puma.yml.erb\nUSER app\n',
    'heredoc/Dockerfile': 'FROM ruby:3.3\nCOPY <<EOF /app/config/app.yml.erb\nport: <%= ENV["PORT"] %>\n<% if x %>\nEOF\nUSER app\n',
    'cont/Dockerfile': 'FROM ruby:3.3\nRUN set -e \\\n  && echo "<%= x %>" > /t.erb\nUSER app\n',
  };

  it('are noted as templated, not parse problems; real Dockerfiles holding tags in commands are read', () => {
    const snap = snapshotOf({ ...templated, ...real, 'broken/Dockerfile': 'FROM python:3.12-slim\nUSER a b\n' });
    expect(snap.dockerfiles().map((d) => d.path).sort()).toEqual(Object.keys(real).sort());
    expect(snap.skipped.filter((s) => s.reason === TEMPLATED_DOCKERFILE_SKIP).map((s) => s.file).sort()).toEqual(Object.keys(templated).sort());
    // A Dockerfile Docker refuses with no template tag in the instruction stays a parse problem.
    expect(snap.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['broken/Dockerfile:2']);
    expect(snap.unreadDockerfiles().filter((u) => u.why === 'not checked').map((u) => u.file).sort()).toEqual(Object.keys(templated).sort());
  });
});

describe('linter rule test targets (Semgrep) are not the repository\'s configuration', () => {
  const rule = (id: string, lang: string) => `rules:\n  - id: ${id}\n    languages: [${lang}]\n    severity: ERROR\n    message: m\n    pattern: X\n`;
  it('by a `ruleid:` annotation, a Semgrep rule beside it with the same name, or an `ok:` annotation beside a rule', () => {
    const snap = snapshotOf({
      'Dockerfile': 'FROM node:20\nUSER node\n',
      'rules/dockerfile/security/missing-user.yaml': rule('missing-user', 'dockerfile'),
      'rules/dockerfile/security/missing-user.dockerfile': 'FROM busybox\nCMD ["/bin/sh"]\n',
      'lint/Dockerfile': 'FROM debian\n# ruleid: acme-missing-user\nCMD ["/bin/sh"]\n',
      'lint2/user-set.Dockerfile': 'FROM debian\n# ok: user-set\nUSER 1000\n',
      'lint2/rules.yml': rule('user-set', 'dockerfile'),
      'k8s-rules/privileged.yaml': rule('privileged-container', 'yaml'),
      'k8s-rules/privileged.test.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        # ruleid: privileged-container\n        privileged: true\n',
      'compose-rules/docker-compose.yml': 'services:\n  db:\n    image: postgres\n    # ruleid: exposed-port\n    ports: ["5432:5432"]\n',
      'generic/nginx/security/insecure-ssl-version.conf': 'server {\n  # ruleid: insecure-ssl-version\n  ssl_protocols TLSv1;\n}\n',
      // Comments that merely start with `ok:`, with no Semgrep rule beside them; a rules file that is no Semgrep rule.
      'app/Dockerfile': 'FROM node:20\n# ok: root is needed for the port bind\nUSER node\n',
      'alerts/api.yaml': 'rules:\n  - alert: High\n    expr: up == 0\n',
      'alerts/api.dockerfile': 'FROM node:20\nUSER node\n',
      'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: own\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n',
      'site/nginx.conf': 'server {\n  ssl_protocols TLSv1.2;\n}\n',
    });
    expect(snap.dockerfiles().map((d) => d.path).sort()).toEqual(['Dockerfile', 'alerts/api.dockerfile', 'app/Dockerfile']);
    expect(snap.k8sObjects().map((o) => o.file)).toEqual(['k8s/pod.yaml']);
    expect(snap.composeFiles()).toEqual([]);
    expect(snap.nginxFiles()).toEqual(['site/nginx.conf']);
  });
});
