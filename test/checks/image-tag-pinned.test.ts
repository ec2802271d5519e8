import { describe, expect, it } from 'vitest';
import { imageTagPinned, judgeImage } from '../../src/checks/image-tag-pinned.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

testCheck(imageTagPinned, {
  valid: [
    { name: 'QA stop 18: a Dockerfile under a test or example folder builds no production image', files: { 'tests/integration/Dockerfile': 'FROM python:latest\n', 'examples/demo/Dockerfile': 'FROM node\n', Dockerfile: 'FROM python:3.12-slim\n' } },
    { name: 'pinned multi-stage with stage references', files: { Dockerfile: 'FROM golang:1.22-alpine AS build\nRUN go build\nFROM build AS test\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n' } },
    { name: 'platform flag and ARG-resolved tag', files: { Dockerfile: 'ARG GO_VERSION=1.22\nFROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build\nFROM --platform=linux/amd64 alpine:3.20\n' } },
    { name: 'digest passes even with latest', files: { Dockerfile: `FROM python:latest@${DIGEST}\nFROM nginx@${DIGEST}\n` } },
    { name: 'scratch and lowercase from/as', files: { Dockerfile: 'from rust:1.79 as builder\nfrom scratch\ncopy --from=builder /x /x\n' } },
    { name: 'registry port with tag', files: { Dockerfile: 'FROM registry.internal:5000/team/app:1.4.2\n' } },
    { name: 'CRLF and BOM', files: { Dockerfile: '\uFEFFFROM node:20-slim\r\nRUN npm ci\r\n' } },
    { name: 'compose short and extends', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16.3\n  cache:\n    image: "redis:7-alpine"\n  web:\n    build: .\n    image: myorg/web\n' } },
    { name: 'compose image named for its build is not pulled', files: { 'compose.yaml': 'services:\n  api:\n    build:\n      context: ./api\n    image: ghcr.io/acme/api:latest\n' } },
    { name: 'compose interpolation from .env beside it', files: { 'docker-compose.yml': 'services:\n  app:\n    image: acme/app:${APP_TAG}\n  db:\n    image: postgres:${PG:-16}\n', '.env': 'APP_TAG=2.3.1\n' } },
    { name: 'k8s pinned containers and initContainers', files: { 'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          image: acme/api:1.2.3\n      containers:\n        - name: api\n          image: acme/api:1.2.3\n' } },
    { name: 'allow option', files: { Dockerfile: 'FROM internal.example.com/base\n' }, options: { allow: ['internal.example.com/**'] } },
    { name: 'QA28: a fully qualified allow glob matches the short name (and the other way round)', files: { Dockerfile: 'FROM ubuntu\nFROM bitnami/redis\nFROM index.docker.io/library/debian\nFROM docker.io/library/alpine\n' }, options: { allow: ['docker.io/library/ubuntu', 'index.docker.io/bitnami/*', 'library/debian', 'alpine'] } },
    { name: 'heredoc with FROM inside RUN is not a FROM', files: { Dockerfile: 'FROM alpine:3.20\nRUN <<EOF\nFROM ubuntu\nEOF\n' } },
    { name: 'kustomize sets the tag at deploy time', files: { 'base/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api\n', 'overlays/prod/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: ghcr.io/acme/api\n    newTag: 1.8.2\n' } },
    { name: 'QA29: a kustomization file named Kustomization (a name kustomize accepts) sets the tag too', files: { 'base/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api\n', 'base/Kustomization': 'resources: [deploy.yaml]\n', 'overlays/prod/Kustomization': 'resources: [../../base]\nimages:\n  - name: ghcr.io/acme/api\n    newTag: 1.8.2\n' } },
    { name: 'skaffold builds the image', files: { 'k8s/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n    - name: web\n      image: web-app\n', 'skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: web-app\n' } },
    { name: 'workflow YAML is not Kubernetes', files: { '.github/workflows/ci.yml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: x\n      image: node\n' } },
  ],
  invalid: [
    { name: 'compose include: files are compose files', files: { 'compose.yaml': 'include:\n  - infra/db.yaml\n  - path: infra/cache.yaml\nservices:\n  api:\n    image: myorg/api:2.0\n', 'infra/db.yaml': 'services:\n  db:\n    image: postgres\n', 'infra/cache.yaml': 'services:\n  cache:\n    image: redis:7\n' }, errors: [{ file: 'infra/db.yaml', line: 3, message: /service 'db' image postgres has no tag/ }] },
    { name: 'latest tag', files: { Dockerfile: 'FROM python:latest\n' }, errors: [{ file: 'Dockerfile', line: 1, message: "FROM python:latest uses the moving tag 'latest'" }] },
    { name: 'QA20: a FROM continued onto the next line is reported where the image is written', files: { Dockerfile: 'FROM \\\n   redis \\\n   AS cache\nFROM python:3.12-slim\n' }, errors: [{ file: 'Dockerfile', line: 2, column: 4, message: /FROM redis has no tag/ }] },
    { name: 'untagged builder in multi-stage', files: { Dockerfile: 'FROM node AS build\nRUN npm ci\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n' }, errors: [{ file: 'Dockerfile', line: 1, message: /has no tag/ }] },
    { name: 'ARG default resolving to latest', files: { Dockerfile: 'ARG TAG=latest\nFROM node:${TAG}\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'resolves to node:latest' }] },
    { name: 'registry port is not a tag', files: { Dockerfile: 'FROM localhost:5000/app\n' }, errors: [{ file: 'Dockerfile', line: 1, message: /no tag/ }] },
    { name: 'stage referenced before it exists is an image', files: { Dockerfile: 'FROM base\nFROM alpine:3.20 AS base\n' }, errors: [{ file: 'Dockerfile', line: 1 }] },
    { name: 'platform flag with untagged image', files: { 'api/Dockerfile': 'FROM --platform=$BUILDPLATFORM golang AS build\n' }, errors: [{ file: 'api/Dockerfile', line: 1 }] },
    { name: 'every unpinned FROM is reported', files: { 'Containerfile': 'FROM ubuntu\nFROM debian:latest\n' }, errors: [{ file: 'Containerfile', line: 1 }, { file: 'Containerfile', line: 2 }] },
    { name: 'compose image untagged and latest', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres\n  cache:\n    image: redis:latest\n' }, errors: [{ file: 'docker-compose.yml', line: 3, message: "service 'db' image postgres" }, { file: 'docker-compose.yml', line: 5 }] },
    { name: 'compose extends inherits the image', files: { 'docker-compose.yml': 'services:\n  base:\n    image: acme/worker:1.0\n  worker:\n    extends: base\n    image: acme/worker\n' }, errors: [{ file: 'docker-compose.yml', line: 6 }] },
    { name: 'compose default value resolves to latest', files: { 'docker-compose.yml': 'services:\n  app:\n    image: acme/app:${TAG:-latest}\n' }, errors: [{ file: 'docker-compose.yml', line: 3 }] },
    { name: 'k8s multi-doc with initContainers', files: { 'deploy/app.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: wait\n          image: busybox\n      containers:\n        - name: app\n          image: acme/app:latest\n' }, errors: [{ file: 'deploy/app.yaml', line: 13, message: "init container 'wait' image busybox" }, { file: 'deploy/app.yaml', line: 16 }] },
    { name: 'k8s CronJob', files: { 'cron.yml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: c\n              image: alpine\n' }, errors: [{ file: 'cron.yml', line: 11 }] },
    { name: 'kustomize entry without a tag does not pin', files: { 'deploy.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: redis\n', 'kustomization.yaml': 'images:\n  - name: redis\n    newName: mirror.example.com/redis\n' }, errors: [{ file: 'deploy.yaml', line: 7 }] },
    { name: 'COPY --from an image', files: { Dockerfile: 'FROM php:8.3-fpm AS base\nCOPY --from=composer /usr/bin/composer /usr/bin/composer\nCOPY --from=mlocati/php-extension-installer:2.2 /usr/bin/install-php-extensions /usr/bin/\nFROM base\nCOPY --from=base /x /x\nCOPY --from=0 /y /y\n' }, errors: [{ file: 'Dockerfile', line: 2, column: 13, message: 'COPY --from composer has no tag' }] },
    { name: 'Helm values with latest', files: { 'chart/Chart.yaml': 'apiVersion: v2\nname: app\nappVersion: "1.2.0"\n', 'chart/values.yaml': 'replicaCount: 2\nimage:\n  repository: ghcr.io/acme/app\n  tag: ""\nredis:\n  image:\n    repository: bitnami/redis\n    tag: latest\n' }, errors: [{ file: 'chart/values.yaml', line: 8, message: "Helm value redis.image bitnami/redis:latest uses the moving tag 'latest'" }] },
    { name: 'QA28: a Docker Hub allow glob does not allow another registry\'s image', files: { Dockerfile: 'FROM ghcr.io/acme/ubuntu\nFROM localhost/app\nFROM ${REGISTRY}/app\n' }, options: { allow: ['docker.io/**', 'docker.io/library/*'] }, errors: [{ file: 'Dockerfile', line: 1, message: 'no tag' }, { file: 'Dockerfile', line: 2, message: 'no tag' }, { file: 'Dockerfile', line: 3, message: 'no tag' }] },
    { name: 'moving-tags option', files: { Dockerfile: 'FROM node:lts\n' }, options: { 'moving-tags': ['latest', 'lts'] }, errors: [{ file: 'Dockerfile', line: 1, message: "'lts'" }] },
    { name: 'QA28: moving-tags adds to latest, which always moves', files: { Dockerfile: 'FROM node:latest\nFROM nginx:edge\nFROM redis:7.4\n' }, options: { 'moving-tags': ['stable', 'edge'] }, errors: [{ file: 'Dockerfile', line: 1, message: "'latest'" }, { file: 'Dockerfile', line: 2, message: "'edge'" }] },
    { name: 'QA28: an empty moving-tags still judges latest', files: { Dockerfile: 'FROM node:latest\nFROM node\n' }, options: { 'moving-tags': [] }, errors: [{ file: 'Dockerfile', line: 1, message: "'latest'" }, { file: 'Dockerfile', line: 2, message: 'has no tag' }] },
  ],
  notes: [
    { name: 'unresolved ARG is unverifiable', files: { Dockerfile: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n' }, notes: [{ file: 'Dockerfile', line: 2, message: /unverifiable/ }] },
    { name: 'unresolved tag variable', files: { Dockerfile: 'ARG TAG\nFROM python:${TAG}\n' }, notes: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'dev-only compose gives notes', files: { 'docker-compose.override.yml': 'services:\n  db:\n    image: postgres\n' }, notes: [{ file: 'docker-compose.override.yml', line: 3, message: /development-only/ }] },
    { name: 'dev-only Dockerfile gives notes', files: { 'Dockerfile.dev': 'FROM node\n' }, notes: [{ file: 'Dockerfile.dev', line: 1 }] },
    { name: 'helm template value', files: { 'chart/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n' }, notes: [{ file: 'chart/templates/deploy.yaml', line: 10, message: /templated/ }] },
    { name: 'compose variable without default', files: { 'docker-compose.yml': 'services:\n  app:\n    image: ghcr.io/acme/app:${VERSION}\n' }, notes: [{ file: 'docker-compose.yml', line: 3 }] },
  ],
});

it('an unresolved registry does not hide a visible tag', () => {
  const never = () => false;
  expect(judgeImage('${REGISTRY}/app:1.4', new Map(), ['latest'], never)).toEqual({ verdict: 'ok' });
  expect(judgeImage('${REGISTRY}/app:latest', new Map(), ['latest'], never)).toMatchObject({ verdict: 'moving' });
  expect(judgeImage('${REGISTRY}/app', new Map(), ['latest'], never)).toMatchObject({ verdict: 'untagged' });
  expect(judgeImage('app@${DIGEST}', new Map(), ['latest'], never)).toEqual({ verdict: 'unverifiable', part: 'digest' });
  expect(judgeImage('${IMAGE?Variable not set}:${TAG:?tag required}', new Map(), ['latest'], never)).toEqual({ verdict: 'unverifiable', part: 'image' });
  expect(judgeImage('${REGISTRY:?no registry}/app', new Map(), ['latest'], never)).toMatchObject({ verdict: 'untagged' });
});

it('QA22 docker: an unresolved digest does not hide a visible pinned tag (FROM node:20@${DIGEST})', () => {
  const never = () => false;
  expect(judgeImage('node:20-alpine@${NODE_DIGEST}', new Map(), ['latest'], never)).toEqual({ verdict: 'ok' });
  expect(judgeImage('${REGISTRY}/app:1.4@${DIGEST}', new Map(), ['latest'], never)).toEqual({ verdict: 'ok' });
  // Only the digest can pin a moving or unknown tag: still unverifiable.
  expect(judgeImage('node:latest@${NODE_DIGEST}', new Map(), ['latest'], never)).toEqual({ verdict: 'unverifiable', part: 'digest' });
  expect(judgeImage('node:${TAG}@${NODE_DIGEST}', new Map(), ['latest'], never)).toEqual({ verdict: 'unverifiable', part: 'tag and digest' });
  expect(judgeImage('node@${NODE_DIGEST}', new Map(), ['latest'], never)).toEqual({ verdict: 'unverifiable', part: 'digest' });
});

it('judges an image inherited through a YAML merge key', async () => {
  const out = await runCase(imageTagPinned, { name: 'x', files: { 'compose.yml': 'x-base: &base\n  image: nginx\nservices:\n  web:\n    <<: *base\n' } });
  expect(out.findings).toHaveLength(1);
  // Line 2 once yaml.ts locates merged keys (yaml 2.9 resolves `<<` to a Symbol); the service key until then.
  expect([2, 4]).toContain(out.findings[0]!.line);
});

it('reports an image written once in a YAML anchor once, naming every service that uses it', async () => {
  const out = await runCase(imageTagPinned, { name: 'x', files: {
    'compose.yaml': 'x-app: &app\n  image: ghcr.io/acme/app:${APP_VERSION:-latest}\n  restart: unless-stopped\n\nservices:\n  web:\n    <<: *app\n    command: gunicorn proj.wsgi\n  worker:\n    <<: *app\n    command: celery -A proj worker\n  beat:\n    extends:\n      service: worker\n    command: celery -A proj beat\n  tools:\n    <<: *app\n    profiles: [tools]\n',
  } });
  expect(out.findings).toHaveLength(1);
  expect(out.findings[0]).toMatchObject({ file: 'compose.yaml', line: 2, column: 10 });
  expect(out.findings[0]!.note).toBeFalsy();
  expect(out.findings[0]!.message).toMatch(/^services 'web', 'worker', 'beat', 'tools' image ghcr\.io\/acme\/app:\$\{APP_VERSION:-latest\} \(resolves to ghcr\.io\/acme\/app:latest\) uses the moving tag 'latest'/);
});

it('QA compose D5: an image given through a scalar anchor is reported once, where the anchor\'s value is written, and a suppression there holds', async () => {
  const compose = (pre: string) => `x-images:\n${pre}  app: &app_image ghcr.io/acme/app:latest\nservices:\n  web:\n    image: *app_image\n    restart: always\n  worker:\n    image: *app_image\n`;
  const out = await runCase(imageTagPinned, { name: 'x', files: { 'docker-compose.yml': compose('') } });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual([
    "docker-compose.yml:2:19 services 'web', 'worker' image ghcr.io/acme/app:latest uses the moving tag 'latest'",
  ]);
  const { main } = await import('../../src/cli.js');
  const { makeRepo } = await import('../helpers/repo.js');
  let stdout = '';
  const repo = makeRepo({ 'docker-compose.yml': compose('  # preflight-ignore image-tag-pinned: rolling internal image\n') });
  const code = await main(['--format', 'json', '--no-probes', '--fail-on', 'high', '--severity', 'resource-limits=off', '--severity', 'restart-policy=off'], { stdout: (t) => { stdout += t; }, stderr: () => {}, isTTY: false, env: {}, cwd: repo });
  const pinned = JSON.parse(stdout).findings.filter((f: { check: string }) => f.check === 'image-tag-pinned');
  expect(pinned).toEqual([expect.objectContaining({ file: 'docker-compose.yml', line: 3, suppressed: true })]);
  expect(code).toBe(0);
});

it('points at the image column', async () => {
  const out = await runCase(imageTagPinned, { name: 'x', files: { Dockerfile: 'FROM --platform=linux/amd64 node\n' } });
  expect(out.findings[0]).toMatchObject({ line: 1, column: 29 });
});

it('skips a repository without images', async () => {
  expect((await runCase(imageTagPinned, { name: 'x', files: { 'app.py': 'print(1)\n' } })).skipped).toBeTruthy();
});

it('judges Helm override files (values-production.yaml) that set the tag alone', async () => {
  const files = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\nappVersion: "2.4.1"\n',
    'chart/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: ""\n',
    'chart/values-production.yaml': 'image:\n  tag: latest\n',
    'chart/values-staging.yaml': 'image:\n  tag: "2.4.1"\n',
    // Not a chart's values: no Chart.yaml beside it.
    'other/values-production.yaml': 'image:\n  tag: latest\n',
  };
  const out = await runCase(imageTagPinned, { name: 'helm-override', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(' uses')[0]}`)).toEqual(['chart/values-production.yaml:2:8 Helm value image ghcr.io/acme/web:latest']);
});

it('a development Helm values file (values-dev.yaml, values.local.yaml, values-kind.yaml) gives notes', async () => {
  const files = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'chart/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: "2.4.1"\n',
    'chart/values-dev.yaml': 'image:\n  tag: latest\n',
    'chart/values.local.yaml': 'image:\n  tag: latest\n',
    'chart/values-prod.yaml': 'image:\n  tag: latest\n',
  };
  const out = await runCase(imageTagPinned, { name: 'helm-dev', files });
  expect(out.findings.map((f) => `${f.file}${f.note ? ' note' : ''}`).sort()).toEqual(['chart/values-dev.yaml note', 'chart/values-prod.yaml', 'chart/values.local.yaml note']);
});

describe('image-tag-pinned: the tags a kustomization sets', () => {
  it('a moving newTag fails where it is written; a version or a digest passes; a development overlay gives a note', async () => {
    const base = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: envoy }\nspec:\n  template:\n    spec:\n      containers:\n        - name: envoy\n          image: envoyproxy/envoy\n';
    const out = await runCase(imageTagPinned, {
      files: {
        'base/deployment.yaml': base,
        'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
        'overlays/prod/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: envoyproxy/envoy\n    newTag: latest\n  - name: other\n    newName: ghcr.io/acme/other\n    newTag: "1.4.2"\n  - name: pinned\n    newTag: latest\n    digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
        'overlays/dev/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: envoyproxy/envoy\n    newTag: latest\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, !!f.note, f.message.split(';')[0]])).toEqual([
      ['overlays/dev/kustomization.yaml', 4, true, "kustomize image 'envoyproxy/envoy' newTag: envoyproxy/envoy:latest uses the moving tag 'latest'"],
      ['overlays/prod/kustomization.yaml', 4, false, "kustomize image 'envoyproxy/envoy' newTag: envoyproxy/envoy:latest uses the moving tag 'latest'"],
    ]);
  });
});

describe('QA kz4: a kustomization pins only the images of what it renders', () => {
  const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api\n';
  const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n';
  const pin = 'images:\n  - name: acme/api\n    newTag: 1.0.0\n';
  it('an images: entry in an unrelated folder does not pin another app', async () => {
    const out = await runCase(imageTagPinned, { name: 'kz4', files: { 'app/deploy.yaml': deploy, 'app/kustomization.yaml': 'resources:\n  - deploy.yaml\n', 'other/kustomization.yaml': `resources:\n  - svc.yaml\n${pin}`, 'other/svc.yaml': svc } });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['app/deploy.yaml:9:18']);
  });
  it('it pins its own resources, those of the kustomizations it names (transitively) and its patches', async () => {
    const own = await runCase(imageTagPinned, { name: 'own', files: { 'app/deploy.yaml': deploy, 'app/kustomization.yaml': `resources:\n  - deploy.yaml\n${pin}` } });
    expect(own.findings).toEqual([]);
    const layered = await runCase(imageTagPinned, { name: 'layered', files: {
      'base/app/deploy.yaml': deploy, 'base/app/kustomization.yaml': 'resources: [deploy.yaml]\n', 'base/kustomization.yaml': 'resources: [./app]\n',
      'overlays/prod/kustomization.yaml': `resources: [../../base]\npatches:\n  - path: patch.yaml\n${pin}`,
      'overlays/prod/patch.yaml': deploy.replace('acme/api\n', 'acme/api\n          env: [{name: A, value: "1"}]\n'),
    } });
    expect(layered.findings).toEqual([]);
  });
});

describe('QA27 D8: a base image is pinned at deploy time only when every production overlay deploying it pins it', () => {
  const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: worker}\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: ghcr.io/acme/worker\n';
  const pin = 'images:\n  - name: ghcr.io/acme/worker\n    newTag: 2.1.0\n';
  const layout = (over: Record<string, string>) => ({ 'deploy/base/deployment.yaml': deploy, 'deploy/base/kustomization.yaml': 'resources: [deployment.yaml]\n', 'deploy/overlays/prod/kustomization.yaml': `resources: [../../base]\n${pin}`, ...over });
  const judged = async (files: Record<string, string>) => (await runCase(imageTagPinned, { name: 'd8', files })).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`);
  it('a staging overlay that lists only the base deploys its untagged image: fails at the base image, naming the overlay', async () => {
    expect(await judged(layout({ 'deploy/overlays/staging/kustomization.yaml': 'resources: [../../base]\n' }))).toEqual([
      "deploy/base/deployment.yaml:9:18 container 'worker' image ghcr.io/acme/worker has no tag, so it pulls 'latest' in kustomize overlay deploy/overlays/staging (which sets no newTag or digest for it, unlike deploy/overlays/prod)",
    ]);
  });
  it('QA31 fullrepos4 D3: the contrast names only overlays that pin it, not a dev overlay\'s newTag: latest', async () => {
    const latest = 'images:\n  - name: ghcr.io/acme/worker\n    newTag: latest\n';
    expect(await judged(layout({ 'deploy/overlays/staging/kustomization.yaml': 'resources: [../../base]\n', 'deploy/overlays/dev/kustomization.yaml': `resources: [../../base]\n${latest}`, 'deploy/overlays/qa/kustomization.yaml': `resources: [../../base]\n${pin.replace('newTag: 2.1.0', 'digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')}` }))).toEqual([
      "deploy/overlays/dev/kustomization.yaml:4:13 kustomize image 'ghcr.io/acme/worker' newTag: ghcr.io/acme/worker:latest uses the moving tag 'latest'",
      "deploy/base/deployment.yaml:9:18 container 'worker' image ghcr.io/acme/worker has no tag, so it pulls 'latest' in kustomize overlay deploy/overlays/staging (which sets no newTag or digest for it, unlike deploy/overlays/prod, deploy/overlays/qa)",
    ]);
    // No overlay pins it (only a moving tag elsewhere): no contrast at all.
    expect((await judged({ ...layout({ 'deploy/overlays/staging/kustomization.yaml': 'resources: [../../base]\n' }), 'deploy/overlays/prod/kustomization.yaml': `resources: [../../base]\n${latest}` })).find((l) => l.startsWith('deploy/base/'))).toBe(
      "deploy/base/deployment.yaml:9:18 container 'worker' image ghcr.io/acme/worker has no tag, so it pulls 'latest' in kustomize overlay deploy/overlays/staging (which sets no newTag or digest for it)",
    );
  });
  it('every production overlay pins it (or a kustomization on the way does), or only a development overlay does not: passes', async () => {
    expect(await judged(layout({}))).toEqual([]);
    expect(await judged(layout({ 'deploy/overlays/staging/kustomization.yaml': `resources: [../../base]\n${pin.replace('2.1.0', '2.2.0-rc1')}` }))).toEqual([]);
    expect(await judged(layout({ 'deploy/overlays/dev/kustomization.yaml': 'resources: [../../base]\n' }))).toEqual([]);
    // An overlay of the pinning overlay inherits its images.
    expect(await judged(layout({ 'deploy/overlays/prod-eu/kustomization.yaml': 'resources: [../prod]\n' }))).toEqual([]);
    // The base's own kustomization pins it for every overlay.
    expect(await judged({ 'deploy/base/deployment.yaml': deploy, 'deploy/base/kustomization.yaml': `resources: [deployment.yaml]\n${pin}`, 'deploy/overlays/staging/kustomization.yaml': 'resources: [../../base]\n', 'deploy/overlays/prod/kustomization.yaml': 'resources: [../../base]\n' })).toEqual([]);
  });
});

describe('image-tag-pinned: a moving tag as a word of the tag', () => {
  it('umami:postgresql-latest and node:latest-alpine move; latestversion-1.2 and 1.2-slim do not', async () => {
    const { imageTagPinned } = await import('../../src/checks/image-tag-pinned.js');
    const out = await runCase(imageTagPinned, { files: { 'docker-compose.yml': 'services:\n  a:\n    image: ghcr.io/umami-software/umami:postgresql-latest\n  b:\n    image: node:latest-alpine\n  c:\n    image: acme/x:latestversion-1.2\n  d:\n    image: python:3.12-slim\n' } });
    expect(out.findings.map((f) => f.line)).toEqual([3, 5]);
  });
});

it('Helm values that give an image as one string (image: repo:tag) are judged; a sibling tag key keeps it apart', async () => {
  const files = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "2.1.0"\n',
    // In-house charts often write the whole reference; old stable/* charts split it (`image` + `imageTag`).
    'chart/values.yaml': `image: ghcr.io/acme/app:latest\nsidecar:\n  image: "busybox"\nexporter:\n  image: quay.io/prometheus/node-exporter:v1.8.1\nbackup:\n  image: postgres:16@${DIGEST}\njenkins:\n  image: jenkins/jenkins\n  imageTag: "2.452.2-lts"\nempty:\n  image: ""\ntemplated:\n  image: "{{ .Values.global.registry }}/app"\n`,
    'chart/values-dev.yaml': 'image: ghcr.io/acme/app:latest\n',
  };
  const out = await runCase(imageTagPinned, { name: 'helm-string', files });
  expect(out.error).toBeUndefined();
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(/ uses| has no/)[0]}`)).toEqual([
    'chart/values-dev.yaml:1:8 note Helm value image ghcr.io/acme/app:latest',
    'chart/values.yaml:1:8 Helm value image ghcr.io/acme/app:latest',
    'chart/values.yaml:3:11 Helm value sidecar.image busybox',
  ]);
});

describe('QA21 parity: a Dockerfile whose FROMs are all scratch or earlier stages', () => {
  // Checkov example_SpecifyImageVersion/success/Dockerfile.scratch and example_ReferenceLatestTag/success_multi_stage_scratch
  // are labelled PASSED, hadolint DL3006 "scratch" ruleCatchesNot: the item applies and passes (skipped means no image at all).
  it('passes, not skipped', async () => {
    for (const text of ['# syntax=docker/dockerfile:1\nFROM scratch\nADD hello /\nCMD ["/hello"]', 'FROM scratch as base\nCOPY test.sh /test.sh\n\nFROM base\nLABEL maintainer=checkov\n']) {
      const out = await runCase(imageTagPinned, { name: 'scratch-only', files: { Dockerfile: text } });
      expect(out.skipped).toBeFalsy();
      expect(out.findings).toEqual([]);
    }
  });
});

describe('QA21: RUN --mount=from=<image> pulls an image, like COPY --from', () => {
  it('judges every --mount flag before the command, at the image; stage names, indexes and pinned images pass', async () => {
    const text = [
      'FROM python:3.12-slim AS deps',
      'FROM python:3.12-slim',
      'RUN --mount=type=cache,target=/root/.cache \\',
      '    # uv from its image',
      '    --mount=from=ghcr.io/astral-sh/uv,source=/uv,target=/bin/uv \\',
      '    uv pip install --system -r requirements.txt',
      'RUN --mount=type=bind,from=deps,source=/x,target=/y --mount=type=bind,from=0,target=/z true',
      'run --mount=type=bind,from=composer:latest,source=/usr/bin/composer,target=/c cp /c /usr/local/bin/',
      'RUN --mount=from=ghcr.io/astral-sh/uv:0.5.11,source=/uv,target=/bin/uv uv --version',
      'RUN echo --mount=from=busybox',
    ].join('\n');
    const out = await runCase(imageTagPinned, { name: 'run-mount', files: { Dockerfile: `${text}\n` } });
    expect(out.findings.map((f) => `${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual([
      "5:18 RUN --mount from ghcr.io/astral-sh/uv has no tag, so it pulls 'latest'",
      "8:28 RUN --mount from composer:latest uses the moving tag 'latest'",
    ]);
  });
});

describe('QA21: a global ARG default built from an earlier one', () => {
  it('is expanded as Docker does at the declaration', async () => {
    const bad = await runCase(imageTagPinned, { name: 'arg-chain', files: { Dockerfile: 'ARG PYTHON_TAG=latest\nARG BASE_IMAGE=python:${PYTHON_TAG}\nFROM ${BASE_IMAGE}\n' } });
    expect(bad.findings.map((f) => `${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual(["3:6 FROM ${BASE_IMAGE} (resolves to python:latest) uses the moving tag 'latest'"]);
    const good = await runCase(imageTagPinned, { name: 'arg-chain-ok', files: { Dockerfile: 'ARG PY=3.12\nARG BASE=python:${PY}-slim\nFROM ${BASE}\n' } });
    expect(good.findings).toEqual([]);
    // A registry without a value does not hide the visible tag (as before).
    const reg = await runCase(imageTagPinned, { name: 'arg-chain-reg', files: { Dockerfile: 'ARG REGISTRY\nARG BASE=${REGISTRY}/acme/app:latest\nFROM ${BASE}\n' } });
    expect(reg.findings.map((f) => f.message.split(';')[0])).toEqual(["FROM ${BASE} (resolves to ${REGISTRY}/acme/app:latest) uses the moving tag 'latest'"]);
  });
});

describe('QA round 26 D5: an OpenShift DeploymentConfig image set by its ImageChange trigger', () => {
  const dc = (triggerContainer: string, image = '" "') => `apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata:\n  name: web\nspec:\n  triggers:\n  - type: ImageChange\n    imageChangeParams:\n      automatic: true\n      containerNames: [${triggerContainer}]\n      from:\n        kind: ImageStreamTag\n        name: web:latest\n  template:\n    spec:\n      containers:\n      - name: web\n        image: ${image}\n`;
  it('is a note naming the trigger, never a variable; a container the trigger does not name is judged as written', async () => {
    const out = await runCase(imageTagPinned, { name: 'dc', files: { 'openshift/dc.yaml': dc('web') } });
    expect(out.findings.map((f) => `${f.note ? 'note ' : ''}${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual(["note 18:17 container 'web' image is set by the DeploymentConfig's ImageChange trigger (ImageStreamTag web:latest), which this check cannot verify"]);
    const other = await runCase(imageTagPinned, { name: 'dc-other', files: { 'openshift/dc.yaml': dc('worker', 'nginx:latest') } });
    expect(other.findings.map((f) => f.message.split(';')[0])).toEqual(["container 'web' image nginx:latest uses the moving tag 'latest'"]);
    const blank = await runCase(imageTagPinned, { name: 'blank', files: { 'openshift/dc.yaml': dc('worker') } });
    expect(blank.findings.map((f) => `${f.note ? 'note ' : ''}${f.message.split(':')[0]}`)).toEqual(["note container 'web' image is empty"]);
  });
});

// QA k8s2 D3: a placeholder a deploy step replaces is no image reference (the kubelet would refuse it: InvalidImageName), as in ECS.
describe('image-tag-pinned: placeholder images in Kubernetes manifests', () => {
  const deploy = (images: string[]) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n${images.map((img, i) => `        - name: c${i}\n          image: ${img}\n`).join('')}`;
  it('IMAGE_PLACEHOLDER, <IMAGE> and IMAGE are not judged; ${IMAGE} is a note; a real untagged name still fails', async () => {
    const out = await runCase(imageTagPinned, { name: 'ph', files: { 'k8s/d.yaml': deploy(['IMAGE_PLACEHOLDER', '<IMAGE>', 'IMAGE', '${IMAGE}', 'nginx', 'ghcr.io/acme/web', 'registry.local:5000/team/api:latest']) } });
    expect(out.findings.map((f) => `${f.note ? 'note ' : ''}${f.line} ${f.message.split(';')[0]}`)).toEqual([
      "note 15 container 'c3' image ${IMAGE} is unverifiable: its image reference comes from a variable without a default",
      "17 container 'c4' image nginx has no tag, so it pulls 'latest'",
      "19 container 'c5' image ghcr.io/acme/web has no tag, so it pulls 'latest'",
      "21 container 'c6' image registry.local:5000/team/api:latest uses the moving tag 'latest'",
    ]);
    expect(out.skipped).toBeFalsy();
    // envsubst's unbraced `$VAR` is a variable as `${VAR}` is, not a placeholder: a variable tag is a note, a visible `latest` fails.
    const unbraced = await runCase(imageTagPinned, { name: 'ph-unbraced', files: { 'k8s/d.yaml': deploy(['registry.gitlab.com/acme/app:$CI_COMMIT_SHA', '$CI_REGISTRY_IMAGE:latest']) } });
    expect(unbraced.findings.map((f) => `${f.note ? 'note ' : ''}${f.line} ${f.message.split(';')[0]}`)).toEqual([
      "note 9 container 'c0' image registry.gitlab.com/acme/app:$CI_COMMIT_SHA is unverifiable: its tag comes from a variable without a default",
      "11 container 'c1' image $CI_REGISTRY_IMAGE:latest (resolves to …:latest) uses the moving tag 'latest'",
    ]);
    // Only placeholders: the item still applies (pass, not skipped).
    const only = await runCase(imageTagPinned, { name: 'ph-only', files: { 'k8s/d.yaml': deploy(['IMAGE_PLACEHOLDER']) } });
    expect(only.findings).toEqual([]);
    expect(only.skipped).toBeFalsy();
  });
});

// QA28 envimages D4: Argo Workflows' templates run images too; they were "skipped: no … Kubernetes container image".
it('judges the images of Argo Workflows templates (container, script, containerSet, initContainers, sidecars; CronWorkflow too)', async () => {
  const workflow = [
    'apiVersion: argoproj.io/v1alpha1', 'kind: Workflow', 'metadata:', '  generateName: hello-', 'spec:', '  entrypoint: main', '  templates:',
    '    - name: whalesay', '      container:', '        image: docker/whalesay:latest', '        command: [cowsay]',
    '    - name: gen', '      script:', '        image: python', '        source: print(1)',
    '    - name: set', '      containerSet:', '        containers:', '          - name: a', '            image: alpine:3.20', '          - name: b', '            image: alpine',
    '      initContainers:', '        - name: init', '          image: busybox:latest',
    '      sidecars:', '        - name: db', '          image: postgres:16.3', '        - name: cache', '          image: redis',
    '    - name: param', '      inputs:', '        parameters: [{name: image}]', '      container:', '        image: "{{inputs.parameters.image}}"',
    '    - name: steps', '      steps: [[{name: a, template: whalesay}]]',
  ].join('\n');
  const cron = 'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 0 * * *"\n  workflowSpec:\n    entrypoint: run\n    templates:\n      - name: run\n        container:\n          image: ghcr.io/acme/job\n';
  const template = 'apiVersion: argoproj.io/v1alpha1\nkind: ClusterWorkflowTemplate\nmetadata:\n  name: t\nspec:\n  templates:\n    - name: ok\n      container:\n        image: ghcr.io/acme/job:1.4.2@sha256:' + 'a'.repeat(64) + '\n';
  const out = await runCase(imageTagPinned, { name: 'x', files: { 'argo/workflow.yaml': workflow, 'argo/cron.yaml': cron, 'argo/template.yaml': template } });
  expect(out.skipped).toBeUndefined();
  expect(out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message.split(';')[0]])).toEqual([
    ['argo/cron.yaml', 12, false, "Argo CronWorkflow template 'run' container image ghcr.io/acme/job has no tag, so it pulls 'latest'"],
    ['argo/workflow.yaml', 10, false, "Argo Workflow template 'whalesay' container image docker/whalesay:latest uses the moving tag 'latest'"],
    ['argo/workflow.yaml', 14, false, "Argo Workflow template 'gen' script image python has no tag, so it pulls 'latest'"],
    ['argo/workflow.yaml', 22, false, "Argo Workflow template 'set' containerSet container 'b' image alpine has no tag, so it pulls 'latest'"],
    ['argo/workflow.yaml', 25, false, "Argo Workflow template 'set' init container 'init' image busybox:latest uses the moving tag 'latest'"],
    ['argo/workflow.yaml', 30, false, "Argo Workflow template 'set' sidecar 'cache' image redis has no tag, so it pulls 'latest'"],
    ['argo/workflow.yaml', 35, true, "Argo Workflow template 'param' container image {{inputs.parameters.image}} is templated and unverifiable"],
  ].sort((a, b) => `${a[0]}:${String(a[1]).padStart(3)}`.localeCompare(`${b[0]}:${String(b[1]).padStart(3)}`)));
  // Pinned everywhere: a pass, not skipped; another group's `Workflow` kind is no Argo workflow.
  const pinned = await runCase(imageTagPinned, { name: 'x', files: { 'argo/template.yaml': template, 'other.yaml': 'apiVersion: example.com/v1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  templates:\n    - container: {image: alpine}\n' } });
  expect(pinned.skipped).toBeUndefined();
  expect(pinned.findings).toEqual([]);
});

// QA30 compose2 D4: an image a production overlay sets again is not what production pulls, as for the other compose checks.
it('QA30 D4: a base image a production overlay sets again is an info note; the overlay\'s own image is judged', async () => {
  const rows = async (files: Record<string, string>) => (await runCase(imageTagPinned, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split('; ')[1]?.replace(/^pin a version tag or a digest \(\x60image:tag@sha256:…\x60\)\s*/, '') ?? ''}`.trim());
  const base = 'services:\n  app:\n    image: ghcr.io/acme/app:latest\n  worker:\n    image: ghcr.io/acme/worker:latest\n';
  expect(await rows({ 'docker-compose.yml': base, 'docker-compose.prod.yml': 'services:\n  app:\n    image: ghcr.io/acme/app:1.4.2\n' })).toEqual([
    'docker-compose.yml:3 note (overridden by docker-compose.prod.yml for production)',
    'docker-compose.yml:5',
  ]);
  // The overlay's own moving tag fails at the overlay; the base it replaces is a note.
  expect(await rows({ 'docker-compose.yml': base, 'compose.production.yaml': 'services:\n  app:\n    image: ghcr.io/acme/app:latest\n' })).toEqual([
    'compose.production.yaml:3',
    'docker-compose.yml:3 note (overridden by compose.production.yaml for production)',
    'docker-compose.yml:5',
  ]);
  // Counter-cases: a development overlay, an overlay that sets something else, and one in another folder do not count.
  expect(await rows({ 'docker-compose.yml': base, 'docker-compose.override.yml': 'services:\n  app:\n    image: ghcr.io/acme/app:1.4.2\n' })).toEqual(['docker-compose.yml:3', 'docker-compose.yml:5']);
  expect(await rows({ 'docker-compose.yml': base, 'docker-compose.prod.yml': 'services:\n  app:\n    restart: always\n' })).toEqual(['docker-compose.yml:3', 'docker-compose.yml:5']);
  expect(await rows({ 'docker-compose.yml': base, 'deploy/docker-compose.prod.yml': 'services:\n  app:\n    image: ghcr.io/acme/app:1.4.2\n' })).toEqual(['docker-compose.yml:3', 'docker-compose.yml:5']);
});

it('qa30 dockerfile3 D5: the unverifiable note names what is unresolved: the digest of node@${DIGEST}, the tag, or the whole image', async () => {
  const out = await runCase(imageTagPinned, { name: 'x', files: { Dockerfile: 'ARG DIGEST\nARG TAG\nARG BASE\nFROM node@${DIGEST} AS a\nFROM node:${TAG} AS b\nFROM ${BASE} AS c\nFROM node:${TAG}@${DIGEST}\n' } });
  expect(out.findings.map((f) => [f.line, f.note, f.message.split(';')[0]])).toEqual([
    [4, true, 'FROM node@${DIGEST} is unverifiable: its digest comes from a variable without a default'],
    [5, true, 'FROM node:${TAG} is unverifiable: its tag comes from a variable without a default'],
    [6, true, 'FROM ${BASE} is unverifiable: its image reference comes from a variable without a default'],
    [7, true, 'FROM node:${TAG}@${DIGEST} is unverifiable: its tag and digest come from variables without a default'],
  ]);
});

describe('QA30 newrules D4: a development-folder manifest a production kustomization deploys is production\'s', () => {
  const redis = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: redis}\nspec:\n  template:\n    spec:\n      containers:\n        - name: redis\n          image: redis\n';
  const rows = async (files: Record<string, string>) => (await runCase(imageTagPinned, { name: 'd4', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  it('overlays/production listing ../dev fails at the dev manifest, naming the overlay, as the other Kubernetes checks do', async () => {
    expect(await rows({
      'k8s/overlays/dev/kustomization.yaml': 'resources:\n  - redis.yaml\n',
      'k8s/overlays/dev/redis.yaml': redis,
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../dev\n',
    })).toEqual(["k8s/overlays/dev/redis.yaml:9 container 'redis' image redis has no tag, so it pulls 'latest' in kustomize overlay k8s/overlays/production"]);
  });
  it('a dev manifest no production kustomization deploys stays a note; one the production overlay pins passes', async () => {
    expect(await rows({
      'k8s/overlays/dev/kustomization.yaml': 'resources:\n  - redis.yaml\n',
      'k8s/overlays/dev/redis.yaml': redis,
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\n',
      'k8s/base/kustomization.yaml': 'resources: []\n',
      'k8s/dev/redis.yaml': redis,
    })).toEqual([
      "k8s/dev/redis.yaml:9 note container 'redis' image redis has no tag, so it pulls 'latest'",
      "k8s/overlays/dev/redis.yaml:9 note container 'redis' image redis has no tag, so it pulls 'latest'",
    ]);
    expect(await rows({
      'k8s/overlays/dev/kustomization.yaml': 'resources:\n  - redis.yaml\n',
      'k8s/overlays/dev/redis.yaml': redis,
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../dev\nimages:\n  - name: redis\n    newTag: 7.2.4\n',
    })).toEqual([]);
  });
});

// QA (qa32 helm D5, D7, D9, D10, D12): Helm values read like the rest of the check.
describe('image-tag-pinned: Helm values (qa32 helm)', () => {
  const chart = 'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "1.16.0"\n';
  const show = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);

  it('D5: a chart under examples/ or test/fixtures/ is no deployment; the same chart elsewhere is judged', async () => {
    const values = 'image:\n  repository: ghcr.io/acme/demo\n  tag: latest\n';
    const out = await runCase(imageTagPinned, { files: {
      'examples/helm/demo/Chart.yaml': chart, 'examples/helm/demo/values.yaml': values,
      'test/fixtures/charts/app/Chart.yaml': chart, 'test/fixtures/charts/app/values.yaml': values,
      'deploy/helm/app/Chart.yaml': chart, 'deploy/helm/app/values.yaml': values,
    } });
    expect(show(out)).toEqual(["deploy/helm/app/values.yaml:3:8 Helm value image ghcr.io/acme/demo:latest uses the moving tag 'latest'"]);
  });

  it('D7: a registry port in a values image string is no tag; a tag after the port is', async () => {
    const out = await runCase(imageTagPinned, { files: {
      'chart/Chart.yaml': chart,
      'chart/values.yaml': 'worker:\n  image: registry.example.com:5000/team/worker\nlocal:\n  image: localhost:5000/app\npinned:\n  image: registry.example.com:5000/team/api:1.4.2\nmoving:\n  image: "localhost:5000/app:latest"\n',
    } });
    expect(show(out)).toEqual([
      "chart/values.yaml:2:10 Helm value worker.image registry.example.com:5000/team/worker has no tag, so it pulls 'latest'",
      "chart/values.yaml:4:10 Helm value local.image localhost:5000/app has no tag, so it pulls 'latest'",
      "chart/values.yaml:8:11 Helm value moving.image localhost:5000/app:latest uses the moving tag 'latest'",
    ]);
  });

  it('D9: an image behind a YAML anchor is reported once, at the anchor, naming the values that use it', async () => {
    const out = await runCase(imageTagPinned, { files: {
      'chart/Chart.yaml': chart,
      'chart/values.yaml': 'defaults:\n  image: &img\n    repository: ghcr.io/acme/app\n    tag: latest\napi:\n  image: *img\nworker:\n  image: *img\nother:\n  image:\n    repository: ghcr.io/acme/other\n    tag: latest\n',
    } });
    expect(show(out)).toEqual([
      "chart/values.yaml:4:10 Helm values defaults.image, api.image, worker.image ghcr.io/acme/app:latest uses the moving tag 'latest'",
      "chart/values.yaml:12:10 Helm value other.image ghcr.io/acme/other:latest uses the moving tag 'latest'",
    ]);
  });

  it('D10: an empty tag rendered as appVersion: latest fails; a pinned appVersion, or a template that does not render it, passes', async () => {
    const tpl = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n';
    const values = 'image:\n  repository: nginx\n  tag: ""\nredis:\n  image:\n    repository: bitnami/redis\n    tag: ""\n';
    const files = (appVersion: string, template = tpl) => ({ 'chart/Chart.yaml': `apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "${appVersion}"\n`, 'chart/values.yaml': values, 'chart/templates/deployment.yaml': template });
    const notes = (out: Awaited<ReturnType<typeof runCase>>) => show(out).filter((m) => !m.includes(' note '));
    expect(notes(await runCase(imageTagPinned, { files: files('latest') }))).toEqual([
      "chart/values.yaml:3:8 Helm value image nginx:latest (its empty tag renders Chart.yaml's appVersion) uses the moving tag 'latest'",
    ]);
    expect(notes(await runCase(imageTagPinned, { files: files('1.16.0') }))).toEqual([]);
    expect(notes(await runCase(imageTagPinned, { files: files('latest', tpl.replace(' | default .Chart.AppVersion', '')) }))).toEqual([]);
    // Another value whose name begins with the tag's (`tagSuffix`) is not the tag.
    expect(notes(await runCase(imageTagPinned, { files: files('latest', tpl.replace('{{ .Values.image.tag | default .Chart.AppVersion }}', '{{ .Chart.AppVersion }}{{ .Values.image.tagSuffix }}')) }))).toEqual([]);
  });

  it('D12: a tag-only override names the subchart whose image it tags', async () => {
    const out = await runCase(imageTagPinned, { files: {
      'chart/Chart.yaml': `${chart}dependencies:\n  - name: postgresql\n    version: 12.x.x\n    repository: oci://registry-1.docker.io/bitnamicharts\n`,
      'chart/values.yaml': 'image:\n  repository: ghcr.io/acme/app\n  tag: "1.0.0"\n',
      'chart/values-production.yaml': 'postgresql:\n  image:\n    tag: latest\ncache:\n  image:\n    tag: latest\n',
    } });
    expect(show(out)).toEqual([
      "chart/values-production.yaml:3:10 Helm value postgresql.image (the image subchart 'postgresql' names) uses the moving tag 'latest'",
      "chart/values-production.yaml:6:10 Helm value cache.image (an image whose repository the chart sets elsewhere) uses the moving tag 'latest'",
    ]);
  });
});

// QA33 fullrepos7 D1: dunglas/symfony-docker — compose.yaml `php: image: ${IMAGES_PREFIX:-}app-php`, compose.prod.yaml adds `build:`.
describe('QA33 fullrepos7 D1: a base image that a production overlay builds', () => {
  const rows = async (files: Record<string, string>) => (await runCase(imageTagPinned, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`);
  const base = 'services:\n  php:\n    image: ${IMAGES_PREFIX:-}app-php\n    restart: unless-stopped\n  database:\n    image: postgres\n';
  it('is the image being built, not one pulled: skipped like a service with build:', async () => {
    expect(await rows({ 'compose.yaml': base, 'compose.prod.yaml': 'services:\n  php:\n    build:\n      context: .\n      target: frankenphp_prod\n' })).toEqual(['compose.yaml:6']);
    expect(await rows({ 'docker-compose.yml': base, 'docker-compose.production.yml': 'services:\n  php:\n    build: .\n' })).toEqual(['docker-compose.yml:6']);
  });
  it('counter-cases: a development overlay\'s build, an overlay in another folder, an overlay without build still fail', async () => {
    const dev = 'services:\n  php:\n    build:\n      context: .\n      target: frankenphp_dev\n';
    expect(await rows({ 'compose.yaml': base, 'compose.override.yaml': dev })).toEqual(['compose.yaml:3', 'compose.yaml:6']);
    expect(await rows({ 'compose.yaml': base, 'deploy/compose.prod.yaml': dev })).toEqual(['compose.yaml:3', 'compose.yaml:6']);
    expect(await rows({ 'compose.yaml': base, 'compose.prod.yaml': 'services:\n  php:\n    restart: always\n' })).toEqual(['compose.yaml:3', 'compose.yaml:6']);
    // The overlay building another service does not hide this one.
    expect(await rows({ 'compose.yaml': base, 'compose.prod.yaml': 'services:\n  database:\n    build: ./db\n' })).toEqual(['compose.yaml:3']);
  });
  it('the reverse — the base builds, the production overlay sets a tagged image — stays as it was', async () => {
    const built = 'services:\n  app:\n    build: .\n    image: ghcr.io/acme/app\n';
    expect(await rows({ 'compose.yaml': built, 'compose.prod.yaml': 'services:\n  app:\n    image: ghcr.io/acme/app:1.4.2\n' })).toEqual([]);
    expect(await rows({ 'compose.yaml': built })).toEqual([]);
  });
});

it('an ARG declared inside a stage is not visible to a later FROM, and the note says so (QA33 dockerfile4 D2)', async () => {
  const show = async (dockerfile: string) => (await runCase(imageTagPinned, { name: 'stage arg', files: { Dockerfile: dockerfile } })).findings.map((f) => `${f.note ? 'note ' : ''}${f.line}:${f.column} ${f.message.split('; make sure')[0]}`);
  expect(await show('FROM python:3.12 AS a\nARG IMG=node\nFROM ${IMG}\n')).toEqual([
    'note 3:6 FROM ${IMG} is unverifiable: its image reference comes from a variable without a default (the ARG IMG declared inside a stage is not visible to FROM: declare it before the first FROM)',
  ]);
  // Declared before the first FROM (no default): the plain note; with a default, judged as that value.
  expect(await show('ARG IMG\nFROM python:3.12 AS a\nARG IMG=node\nFROM ${IMG}\n')).toEqual(['note 4:6 FROM ${IMG} is unverifiable: its image reference comes from a variable without a default']);
  expect(await show('ARG IMG=node:20.11.1\nFROM python:3.12 AS a\nFROM ${IMG}\n')).toEqual([]);
});

it('a compose service running the image another service of the project builds is not judged as pulled (QA33 fppy D2)', async () => {
  const show = async (files: Record<string, string>) => (await runCase(imageTagPinned, { name: 'built', files })).findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]}`);
  const web = 'services:\n  web:\n    build: .\n    image: shop-web\n';
  expect(await show({ 'docker-compose.yml': `${web}  worker:\n    image: shop-web\n    command: celery -A shop worker\n` })).toEqual([]);
  // Built in the base file, reused in the production overlay beside it.
  expect(await show({ 'docker-compose.yml': web, 'docker-compose.prod.yml': 'services:\n  beat:\n    image: shop-web\n' })).toEqual([]);
  // Another image, or a compose project in another folder: still judged.
  expect(await show({ 'docker-compose.yml': `${web}  worker:\n    image: shop-worker\n` })).toEqual(["docker-compose.yml:6 service 'worker' image shop-worker has no tag, so it pulls 'latest'"]);
  expect(await show({ 'docker-compose.yml': web, 'ops/docker-compose.yml': 'services:\n  worker:\n    image: shop-web\n' })).toEqual(["ops/docker-compose.yml:3 service 'worker' image shop-web has no tag, so it pulls 'latest'"]);
});

// qa34 dockerfile5 D1: `ARG REGISTRY TAG=latest` declares TAG with its default (BuildKit reads each word of an ARG).
it('resolves a FROM tag from a default after a bare name on one ARG line', async () => {
  const show = async (dockerfile: string) => (await runCase(imageTagPinned, { name: 'x', files: { Dockerfile: dockerfile } })).findings.map((f) => `${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`);
  expect(await show('ARG REGISTRY TAG=latest\nFROM python:${TAG}\n')).toEqual([expect.stringMatching(/^2:6 FROM python:\$\{TAG\} \(resolves to python:latest\)/)]);
  expect(await show('ARG REGISTRY TAG=3.12-slim\nFROM python:${TAG}\n')).toEqual([]);
  // Bare names only: TAG has no default (not REGISTRY="TAG").
  expect(await show('ARG TAG REGISTRY\nFROM python:${TAG}\n')).toEqual([expect.stringMatching(/^2:6 note .*unverifiable/)]);
});

describe('an included file is interpolated with its include entry\'s env_file, else the .env of its project_directory (QA34 compose4 D2)', () => {
  const run = async (files: Record<string, string>) => {
    const { databasePortExposed } = await import('../../src/checks/database-port-exposed.js');
    const { defaultCredentials } = await import('../../src/checks/default-credentials.js');
    const out: string[] = [];
    for (const check of [imageTagPinned, databasePortExposed, defaultCredentials]) {
      for (const f of (await runCase(check, { name: 'x', files })).findings) out.push(`${check.id} ${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.replace(/;.*$/, '')}`);
    }
    return out;
  };
  const db = 'services:\n  postgres:\n    image: postgres:${PG_TAG:-latest}\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n    ports:\n      - "${DB_PORT:-5432}:5432"\n';
  const vars = 'PG_TAG=16.3\nDB_PASSWORD=postgres\nDB_PORT=127.0.0.1:5432\n';
  const loopback = "compose service 'postgres' publishes database port 5432 (PostgreSQL) on host port 5432, bound to loopback 127.0.0.1 only";
  it('reads the env_file the entry names (relative to the including file), not a .env beside the included file', async () => {
    expect(await run({ 'compose.yaml': 'include:\n  - path: ./db/compose.db.yaml\n    env_file: ./db/db.env\n', 'db/compose.db.yaml': db, 'db/db.env': vars, 'db/.env': 'PG_TAG=latest\n' })).toEqual([
      `database-port-exposed db/compose.db.yaml:7 note ${loopback}`,
      "default-credentials db/db.env:2 DB_PASSWORD (interpolated into POSTGRES_PASSWORD of service 'postgres') is set to a well-known default value",
    ]);
    // A list: a later file wins.
    expect(await run({ 'compose.yaml': 'include:\n  - path: db/compose.db.yaml\n    env_file: [db/a.env, db/b.env]\n', 'db/compose.db.yaml': db, 'db/a.env': 'PG_TAG=latest\nDB_PORT=5432\n', 'db/b.env': 'PG_TAG=16.3\nDB_PORT=127.0.0.1:5432\n' })).toEqual([
      `database-port-exposed db/compose.db.yaml:7 note ${loopback}`,
    ]);
  });
  it('reads the .env of the entry\'s project_directory, by default the included file\'s folder', async () => {
    expect(await run({ 'compose.yaml': 'include:\n  - path: ./stacks/db/compose.db.yaml\n    project_directory: ./stacks\n', 'stacks/db/compose.db.yaml': db, 'stacks/.env': vars })).toEqual([
      `database-port-exposed stacks/db/compose.db.yaml:7 note ${loopback}`,
      "default-credentials stacks/.env:2 DB_PASSWORD (interpolated into POSTGRES_PASSWORD of service 'postgres') is set to a well-known default value",
    ]);
    // Without project_directory, the .env beside the included file (not the including file's) gives the variables.
    expect(await run({ 'compose.yaml': 'include:\n  - ./stacks/db/compose.db.yaml\n', 'stacks/db/compose.db.yaml': db, 'stacks/.env': vars })).toEqual([
      "image-tag-pinned stacks/db/compose.db.yaml:3 service 'postgres' image postgres:${PG_TAG:-latest} (resolves to postgres:latest) uses the moving tag 'latest'",
      "database-port-exposed stacks/db/compose.db.yaml:7 compose service 'postgres' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces",
    ]);
    expect(await run({ 'compose.yaml': 'include:\n  - ./stacks/db/compose.db.yaml\n', 'stacks/db/compose.db.yaml': db, 'stacks/db/.env': 'PG_TAG=16.3\nDB_PORT=127.0.0.1:5432\n' })).toEqual([
      `database-port-exposed stacks/db/compose.db.yaml:7 note ${loopback}`,
    ]);
  });
});
