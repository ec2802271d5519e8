import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

testCheck(dockerfileNonRoot, {
  valid: [
    { name: 'QA stop 18: a Dockerfile under a test or example folder builds no production image', files: { 'e2e/Dockerfile': 'FROM python:3.12-slim\nCMD ["pytest"]\n', 'samples/api/Dockerfile': 'FROM node:22\nUSER root\n', Dockerfile: 'FROM python:3.12-slim\nUSER 1000\n' } },
    { name: 'numeric user', files: { Dockerfile: 'FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER 10001\nCMD ["gunicorn", "app:app"]\n' } },
    { name: 'uid:gid after switching back from root', files: { Dockerfile: 'FROM node:20\nUSER root\nRUN apt-get update\nUSER 1000:1000\n' } },
    { name: 'root only in the builder stage', files: { Dockerfile: 'FROM golang:1.22 AS build\nUSER root\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER 65532\n' } },
    { name: 'USER inherited from an earlier stage', files: { Dockerfile: 'FROM python:3.12 AS base\nUSER 10001\nFROM base AS final\nCOPY . /app\n' } },
    { name: 'distroless nonroot without USER', files: { Dockerfile: 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n' } },
    { name: 'distroless debug-nonroot and chainguard', files: { 'a/Dockerfile': 'FROM gcr.io/distroless/python3-debian12:debug-nonroot\n', 'b/Dockerfile': 'FROM cgr.dev/chainguard/node:latest\n' } },
    // QA28 D1: distroless publishes per-architecture tags of nonroot and debug-nonroot, which run as 65532 like their parents.
    { name: 'QA28 D1: distroless debug-nonroot-<arch> and nonroot-<arch> tags, with and without a digest', files: Object.fromEntries([
      'base-debian12:debug-nonroot-amd64', 'base-debian12:debug-nonroot-arm64', 'static-debian12:debug-nonroot-arm', 'cc-debian12:debug-nonroot-s390x',
      'python3-debian12:debug-nonroot-ppc64le', 'base-debian12:nonroot-amd64', 'static-debian12:nonroot-arm64', 'java17-debian12:debug-nonroot',
      `base-debian12:debug-nonroot-amd64@sha256:${'a'.repeat(64)}`, `static-debian12:nonroot-arm64@sha256:${'b'.repeat(64)}`, `static-debian12:nonroot@sha256:${'c'.repeat(64)}`,
    ].map((ref, i) => [`s${i}/Dockerfile`, `FROM gcr.io/distroless/${ref}\nCOPY app /app\nENTRYPOINT ["/app"]\n`])) },
    { name: 'nonroot base through a stage name', files: { Dockerfile: 'FROM gcr.io/distroless/base-debian12:nonroot AS runtime\nFROM runtime\n' } },
    { name: 'quoted numeric USER from ARG', files: { Dockerfile: 'FROM debian:12\nARG UID=10001\nUSER "${UID}:${UID}"\n' } },
    { name: 'USER from ARG default', files: { Dockerfile: 'FROM debian:12\nARG APP_UID=10001\nUSER ${APP_UID}:${APP_UID}\n' } },
    { name: 'USER from global ARG redeclared', files: { Dockerfile: 'ARG UID=1001\nFROM debian:12\nARG UID\nUSER $UID\n' } },
    { name: 'USER from ENV', files: { Dockerfile: 'FROM debian:12\nENV APP_USER=2000\nUSER ${APP_USER}\n' } },
    { name: 'lowercase, CRLF, BOM', files: { Dockerfile: '\uFEFFfrom debian:12\r\nuser 1000\r\n' } },
    { name: 'QA eb: Windows Nano Server runs as ContainerUser', files: { Dockerfile: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/\nHEALTHCHECK NONE\nCMD ["C:\\\\app\\\\app.exe"]\n', 'dotnet/Dockerfile': 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nCOPY . /app\n', 'jdk/Dockerfile': 'FROM eclipse-temurin:21-jre-nanoserver\n' } },
    // Extending an application image with config only: the image's own Dockerfile ends with USER 472 / USER 1000.
    { name: 'application images that run as non-root by default', files: { 'monitoring/grafana/Dockerfile': 'FROM grafana/grafana:10.4.2\nCOPY provisioning /etc/grafana/provisioning\nCOPY dashboards /var/lib/grafana/dashboards\n', 'auth/Dockerfile': 'FROM quay.io/keycloak/keycloak:24.0 AS builder\nENV KC_DB=postgres\nRUN /opt/keycloak/bin/kc.sh build\n\nFROM quay.io/keycloak/keycloak:24.0\nCOPY --from=builder /opt/keycloak/ /opt/keycloak/\nENTRYPOINT ["/opt/keycloak/bin/kc.sh"]\n', 'prometheus/Dockerfile': 'FROM prom/prometheus:v2.51.1\nCOPY prometheus.yml /etc/prometheus/prometheus.yml\n' } },
    // `docker.io/` is stripped before matching (normalizeImageName): the default list needs no `docker.io/` copies.
    { name: 'an application image named with its docker.io registry', files: { Dockerfile: 'FROM docker.io/grafana/grafana-oss:10.4.2\nCOPY provisioning /etc/grafana/provisioning\n' } },
    { name: 'qa30 dockerfile3 D3: Red Hat UBI S2I application images (also -minimal, ubi8, registry.redhat.io) and bitnami/nginx end with USER 1001', files: {
      'web/Dockerfile': 'FROM registry.access.redhat.com/ubi9/nodejs-20-minimal:1-63\nCOPY . /opt/app-root/src\nCMD ["node", "server.js"]\n',
      'api/Dockerfile': 'FROM registry.access.redhat.com/ubi8/python-311\nCOPY . .\nCMD ["gunicorn", "app:app"]\n',
      'php/Dockerfile': 'FROM registry.redhat.io/ubi9/php-82:latest\nCOPY . .\n',
      'static/Dockerfile': 'FROM registry.access.redhat.com/ubi9/nginx-124\nCOPY dist/ .\n',
      'proxy/Dockerfile': 'FROM docker.io/bitnami/nginx:1.27\nCOPY server.conf /opt/bitnami/nginx/conf/server_blocks/\n',
    } },
    { name: 'qa30 newrules D6: Red Hat UBI OpenJDK builder and runtime images run as USER 185', files: {
      'api/Dockerfile': 'FROM registry.access.redhat.com/ubi8/openjdk-17:1.20\nCOPY target/app.jar /deployments/\n',
      'svc/Dockerfile': 'FROM registry.access.redhat.com/ubi9/openjdk-21-runtime:1.20\nCOPY --chown=185 target/quarkus-app/ /deployments/\n',
    } },
    { name: 'option adds a hardened base', files: { Dockerfile: 'FROM registry.acme.io/hardened/python:3.12\n' }, options: { 'non-root-images': ['registry.acme.io/hardened/**'] } },
    { name: 'QA28: the option adds to the built-in list (distroless :nonroot still passes)', files: { Dockerfile: 'FROM gcr.io/distroless/python3-debian12:nonroot\n', 'Dockerfile.api': 'FROM mycorp/hardened-node:22\n' }, options: { 'non-root-images': ['mycorp/hardened-*:*'] } },
    { name: 'QA28: a fully qualified non-root glob matches the Docker Hub short name', files: { Dockerfile: 'FROM python:3.12-slim\n' }, options: { 'non-root-images': ['docker.io/library/python:*-slim'] } },
  ],
  invalid: [
    { name: 'qa30 dockerfile3 D3: the UBI base images and other Bitnami images run as root', files: {
      'a/Dockerfile': 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nCMD ["/app"]\n',
      'b/Dockerfile': 'FROM registry.access.redhat.com/ubi9:9.4\nCMD ["/app"]\n',
      'c/Dockerfile': 'FROM bitnami/node:20\nCMD ["node", "server.js"]\n',
      'd/Dockerfile': 'FROM bitnami/python:3.12\nCMD ["python", "app.py"]\n',
      'e/Dockerfile': 'FROM registry.access.redhat.com/ubi9/nodejs-20\nUSER 0\nCMD ["node", "server.js"]\n',
      'f/Dockerfile': 'FROM registry.access.redhat.com/ubi9/openjdk-21-runtime:1.20\nUSER root\n',
    }, errors: [{ file: 'a/Dockerfile', line: 1 }, { file: 'b/Dockerfile', line: 1 }, { file: 'c/Dockerfile', line: 1 }, { file: 'd/Dockerfile', line: 1 }, { file: 'e/Dockerfile', line: 2 }, { file: 'f/Dockerfile', line: 2 }] },
    { name: 'an application image switched back to root', files: { 'grafana/Dockerfile': 'FROM grafana/grafana:10.4.2\nUSER root\nRUN apk add --no-cache curl\n' }, errors: [{ file: 'grafana/Dockerfile', line: 2 }] },
    { name: 'a build target production runs as root', files: {
      'docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      target: production\n',
      Dockerfile: 'FROM node:22.11-slim AS base\nWORKDIR /app\n\nFROM base AS production\nCMD ["node", "dist/index.js"]\n\nFROM base AS test\nUSER 10001\nCMD ["npm", "test"]\n',
    }, errors: [{ file: 'Dockerfile', line: 4, message: "build target 'production' (service 'app' in docker-compose.yml) has no USER, so it runs as root" }] },
    { name: 'QA py/windows: Server Core without USER runs as ContainerAdministrator; the fix is USER ContainerUser', files: { Dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["python"]\n' }, errors: [{ file: 'Dockerfile', line: 1, severity: 'high', message: /runs as ContainerAdministrator.*end with USER ContainerUser/ }] },
    { name: 'QA t4g: USER ContainerAdministrator; the fix is USER ContainerUser, not a UID', files: { Dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n' }, errors: [{ file: 'Dockerfile', line: 2, severity: 'high', message: /runs as an administrator \(USER ContainerAdministrator\); switch to USER ContainerUser/ }] },
    { name: '.NET Framework images are Windows Server Core', files: { Dockerfile: 'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nCOPY . /inetpub/wwwroot\n' }, errors: [{ file: 'Dockerfile', line: 1, message: /end with USER ContainerUser/ }] },
    { name: 'Nano Server switched to ContainerAdministrator fails', files: { Dockerfile: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerAdministrator\n' }, errors: [{ file: 'Dockerfile', line: 2, severity: 'high' }] },
    { name: 'QA28: an added base does not make others non-root', files: { Dockerfile: 'FROM python:3.12-slim\n', 'Dockerfile.w': 'FROM cgr.dev/chainguard/wolfi-base\n' }, options: { 'non-root-images': ['mycorp/hardened-*:*', 'docker.io/library/python:*-alpine'] }, errors: [{ file: 'Dockerfile', line: 1, message: 'no USER' }, { file: 'Dockerfile.w', line: 1, message: 'no USER' }] },
    { name: 'no USER at all', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "app.py"]\n' }, errors: [{ file: 'Dockerfile', line: 1, severity: 'high', message: 'no USER' }] },
    { name: 'explicit USER root', files: { Dockerfile: 'FROM node:20\nUSER node\nRUN npm ci\nUSER root\nCMD ["node", "server.js"]\n' }, errors: [{ file: 'Dockerfile', line: 4, message: 'USER root' }] },
    { name: 'USER 0:0', files: { Dockerfile: 'FROM alpine:3.20\nUSER 0:0\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'QA qa: USER "root" (BuildKit strips the quotes)', files: { Dockerfile: 'FROM alpine:3.19\nHEALTHCHECK NONE\nUSER "root"\n' }, errors: [{ file: 'Dockerfile', line: 3, severity: 'high', message: /runs as root \(USER "root" \(resolves to root\)\)/ }] },
    { name: "QA qc: USER 'root'", files: { Dockerfile: "FROM alpine:3.19\nUSER 'root'\n" }, errors: [{ file: 'Dockerfile', line: 2, severity: 'high' }] },
    { name: 'QA qb: USER "${APP_UID}:${APP_UID}" with APP_UID=0', files: { Dockerfile: 'FROM alpine:3.19\nARG APP_UID=0\nUSER "${APP_UID}:${APP_UID}"\n' }, errors: [{ file: 'Dockerfile', line: 3, severity: 'high', message: /resolves to 0:0/ }] },
    { name: 'USER root:root', files: { Dockerfile: 'FROM alpine:3.20\nUSER root:root\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'non-root only in builder stage, final has none', files: { Dockerfile: 'FROM node:20 AS build\nUSER node\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\n' }, errors: [{ file: 'Dockerfile', line: 4 }] },
    { name: 'root inherited from a stage then nothing', files: { Dockerfile: 'FROM python:3.12 AS base\nUSER 1000\nUSER root\nFROM base\nRUN pip install x\n' }, errors: [{ file: 'Dockerfile', line: 3 }] },
    { name: 'distroless without nonroot tag', files: { Dockerfile: 'FROM gcr.io/distroless/static-debian12\n' }, errors: [{ file: 'Dockerfile', line: 1 }] },
    { name: 'QA28 D1: distroless root tags (debug, latest, their per-architecture tags, a digest alone) still fail', files: Object.fromEntries([
      'base-debian12:debug', 'base-debian12:debug-amd64', 'base-debian12:latest-amd64', 'static-debian12:latest', 'static-debian12:debug-arm64', `static-debian12@sha256:${'d'.repeat(64)}`,
    ].map((ref, i) => [`s${i}/Dockerfile`, `FROM gcr.io/distroless/${ref}\n`])), errors: [0, 1, 2, 3, 4, 5].map((i) => ({ file: `s${i}/Dockerfile`, line: 1, message: /no USER/ })) },
    { name: 'scratch without USER', files: { Dockerfile: 'FROM golang:1.22 AS b\nFROM scratch\nCOPY --from=b /app /app\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'ARG resolving to 0', files: { Dockerfile: 'FROM debian:12\nARG RUN_AS=0\nUSER $RUN_AS\n' }, errors: [{ file: 'Dockerfile', line: 3, message: 'resolves to 0' }] },
    { name: 'USER in a heredoc does not count', files: { Dockerfile: 'FROM debian:12\nRUN <<EOF\nUSER 1000\nEOF\n' }, errors: [{ file: 'Dockerfile', line: 1 }] },
    { name: 'platform flag on final FROM', files: { 'svc/Containerfile': 'FROM --platform=$TARGETPLATFORM python:3.12 AS final\n' }, errors: [{ file: 'svc/Containerfile', line: 1 }] },
    { name: 'each Dockerfile judged', files: { 'api/Dockerfile': 'FROM node:20\n', 'worker/Dockerfile': 'FROM node:20\nUSER 1000\n', 'web.Dockerfile': 'FROM nginx:1.27\nUSER 0\n' }, errors: [{ file: 'api/Dockerfile', line: 1 }, { file: 'web.Dockerfile', line: 2 }] },
    { name: 'Windows ContainerAdministrator', files: { Dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'line continuation in USER', files: { Dockerfile: 'FROM debian:12\nUSER \\\n  root\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
  ],
  notes: [
    { name: 'a development stage last while production builds target production is a note', files: {
      'docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      target: production\n',
      Dockerfile: 'FROM node:22.11-slim AS base\nWORKDIR /app\n\nFROM base AS production\nUSER 10001\nCMD ["node", "dist/index.js"]\n\nFROM base AS development\nCMD ["npm", "run", "dev"]\n',
    }, notes: [{ file: 'Dockerfile', line: 8, message: "the final stage has no USER, so it runs as root (base image node:22.11-slim); add an unprivileged user and end with USER 10001:10001 (not the stage production builds: service 'app' in docker-compose.yml builds target 'production')" }] },
    { name: 'named user is a note', files: { Dockerfile: 'FROM python:3.12\nRUN useradd app\nUSER app\n', 'k8s/kustomization.yaml': 'resources: [deploy.yaml]\n' }, notes: [{ file: 'Dockerfile', line: 3, message: 'runAsNonRoot' }] },
    { name: 'nobody is a note', files: { Dockerfile: 'FROM alpine:3.20\nUSER nobody:nogroup\n', 'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n' }, notes: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'unresolved USER variable', files: { Dockerfile: 'FROM debian:12\nARG APP_UID\nUSER ${APP_UID}\n' }, notes: [{ file: 'Dockerfile', line: 3, message: 'unverifiable' }] },
    { name: 'unresolved base image without USER', files: { Dockerfile: 'ARG BASE\nFROM $BASE\n' }, notes: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'dev-only Dockerfile is a note', files: { 'Dockerfile.dev': 'FROM node:20\nCMD ["npm", "run", "dev"]\n' }, notes: [{ file: 'Dockerfile.dev', line: 1, message: 'development-only' }] },
  ],
});

it('skips a repository without Dockerfiles', async () => {
  expect((await runCase(dockerfileNonRoot, { name: 'x', files: { 'compose.yml': 'services: {}\n' } })).skipped).toBeTruthy();
});

it('QA n2: a Dockerfile named by a compose build.dockerfile (relative to the context) is judged whatever its name', async () => {
  const files = {
    'docker-compose.yml': 'services:\n  web:\n    build:\n      context: ./app\n      dockerfile: ../docker/Dockerfile-prod\n    restart: always\n  api:\n    build: { context: ., dockerfile: missing/Dockerfile-x }\n',
    'docker/Dockerfile-prod': 'FROM node\nCMD ["node","s.js"]\n',
    'docker/notes-prod': 'FROM node\n',
    'app/index.js': '',
  };
  const out = await runCase(dockerfileNonRoot, { name: 'n2', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['docker/Dockerfile-prod:1']);
  const { snapshotOf } = await import('../helpers/check-tester.js');
  expect(snapshotOf(files).dockerfiles().map((d) => d.path)).toEqual(['docker/Dockerfile-prod']);
});

describe('dockerfile-non-root: USER ContainerUser on Windows', () => {
  it('no "prefer a numeric UID" note: the Windows account name is the fix this check asks for', async () => {
    // A Windows Server Core Dockerfile as Microsoft's samples write it (escape=` and backtick continuations).
    const win = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Invoke-WebRequest -Uri https://example.com/app.zip -OutFile app.zip; `\n    Expand-Archive app.zip -DestinationPath C:\\app\nUSER ContainerUser\nENTRYPOINT ["C:\\\\app\\\\app.exe"]\n';
    const out = await runCase(dockerfileNonRoot, { name: 'windows', files: { 'win/Dockerfile': win, 'dotnet/Dockerfile': 'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nUSER ContainerUser\n', 'linux/Dockerfile': 'FROM python:3.12\nUSER app\n', 'k8s/kustomization.yaml': 'resources: [deploy.yaml]\n' } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['linux/Dockerfile:2 note']);
  });
});

describe('QA21 parity: Chainguard wolfi-base runs as root', () => {
  // chainguard-images/images images/wolfi-base/config/main.tf sets `run-as = 0`; the runtime images run as nonroot (65532).
  it('fails without USER on wolfi-base (any org), passes on the runtime images and on wolfi-base with USER nonroot', async () => {
    const out = await runCase(dockerfileNonRoot, { name: 'wolfi', files: {
      'a/Dockerfile': 'FROM cgr.dev/chainguard/wolfi-base:latest\nRUN apk add --no-cache python-3.12\nCMD ["python3", "-m", "http.server"]\n',
      'b/Dockerfile': 'FROM cgr.dev/acme.com/wolfi-base\nRUN apk add nodejs\n',
      'c/Dockerfile': 'FROM cgr.dev/chainguard/wolfi-base:latest\nRUN apk add python-3.12\nUSER 65532\n',
      'd/Dockerfile': 'FROM cgr.dev/chainguard/python:latest-dev AS build\nFROM cgr.dev/chainguard/python:latest\nCOPY --from=build /app /app\n',
      'e/Dockerfile': 'FROM cgr.dev/chainguard-private/sub/static@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
      'a/Dockerfile:1 the final stage has no USER, so it runs as root (base image cgr.dev/chainguard/wolfi-base:latest)',
      'b/Dockerfile:1 the final stage has no USER, so it runs as root (base image cgr.dev/acme.com/wolfi-base)',
    ]);
  });
});

describe('QA26 D4: USER ${X} with a global ARG X (before the first FROM) the stage does not declare again', () => {
  const run = async (dockerfile: string) => (await runCase(dockerfileNonRoot, { name: 'scope', files: { Dockerfile: dockerfile, 'k8s/kustomization.yaml': 'resources: [deploy.yaml]\n' } })).findings.map((f) => `${f.line}${f.note ? ' note' : ''} ${f.message}`);
  it('is empty in the stage (Docker scoping), so the container runs as root: a failure that names the cause', async () => {
    expect(await run('ARG APP_UID=10001\nFROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER ${APP_UID}\nCMD ["gunicorn", "app:app"]\n')).toEqual([
      '4 the final stage runs as root: USER ${APP_UID} is empty, because ARG APP_UID is declared before the first FROM and not declared again in this stage, so it is out of scope here and empty; Docker takes an empty USER as the default user, root. Add ARG APP_UID after the FROM',
    ]);
    // An empty user with a group is still root.
    expect(await run('ARG APP_UID=10001\nFROM python:3.12-slim\nUSER "${APP_UID}:10001"\n')).toEqual([expect.stringMatching(/^3 the final stage runs as root: USER "\$\{APP_UID\}:10001" resolves to ':10001', an empty user name, because ARG APP_UID is declared before/)]);
  });
  it('declaring it again in the stage (bare ARG takes the global default), or in a stage it inherits from, passes', async () => {
    expect(await run('ARG APP_UID=10001\nFROM python:3.12-slim\nARG APP_UID\nUSER ${APP_UID}\n')).toEqual([]);
    expect(await run('ARG APP_UID=10001\nFROM python:3.12-slim AS base\nARG APP_UID\nFROM base\nUSER ${APP_UID}:${APP_UID}\n')).toEqual([]);
  });
  it('a default in the reference applies; a .NET base sets APP_UID itself; other unknowns stay notes naming their cause', async () => {
    expect(await run('ARG APP_UID=10001\nFROM python:3.12-slim\nUSER ${APP_UID:-10002}\n')).toEqual([]);
    expect(await run('ARG APP_UID=10001\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n')).toEqual([
      "3 note USER $APP_UID is unverifiable: ARG APP_UID before the first FROM is out of this stage's scope, so the base image's ENV APP_UID applies; make sure it is a non-zero numeric UID",
    ]);
    expect(await run('FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n')).toEqual([
      "2 note USER $APP_UID is unverifiable: APP_UID is not declared in the Dockerfile (the base image's ENV may set it); make sure it is a non-zero numeric UID",
    ]);
    // qa30 dockerfile3 D5: declared, but in a stage the final stage does not build on: out of scope, and said so.
    expect(await run('FROM alpine:3.20 AS tools\nARG UID=0\nFROM python:3.12-slim\nUSER ${UID}\n')).toEqual([
      "4 note USER ${UID} is unverifiable: ARG UID is declared only in stage 'tools' (line 2), which this stage does not build on, so it is out of scope here (the base image's ENV may set it); make sure it is a non-zero numeric UID",
    ]);
    expect(await run('FROM debian:12\nARG APP_UID\nUSER ${APP_UID}\n')).toEqual([
      '3 note USER ${APP_UID} is unverifiable: APP_UID has no default here (an ARG without one takes its value from --build-arg); make sure it is a non-zero numeric UID',
    ]);
  });
  it('a partly empty name is judged as what it expands to', async () => {
    expect(await run('ARG SUFFIX=x\nFROM python:3.12-slim\nUSER app${SUFFIX}\n')).toEqual([
      '3 note USER app${SUFFIX} (resolves to app) is a name: fine here, but Kubernetes runAsNonRoot cannot verify names — prefer a numeric UID (USER 10001)',
    ]);
  });
});

describe('QA compose D1: a compose service\'s user: replaces the image\'s USER for its container', () => {
  const out = async (files: Record<string, string>) => (await runCase(dockerfileNonRoot, { name: 'compose user', files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  const noUser = 'FROM python:3.12-slim AS builder\nRUN pip wheel -w /wheels gunicorn\n\nFROM python:3.12-slim AS runtime\nCOPY --from=builder /wheels /wheels\nCMD ["gunicorn", "app:app"]\n';
  const userNode = 'FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';

  it('user: root / "0" / "0:0" runs the container as root even when the Dockerfile ends with a non-root USER (also an image-only service)', async () => {
    expect(await out({ Dockerfile: userNode, 'docker-compose.yml': 'services:\n  app:\n    build: .\n    user: root\n  app2:\n    image: ghcr.io/acme/app2:1.0.0\n    user: "0:0"\n  app3:\n    image: ghcr.io/acme/app3:1.0.0\n    user: 0\n' })).toEqual([
      'Dockerfile:4:1 note USER node is a name: fine here, but Kubernetes runAsNonRoot cannot verify names — prefer a numeric UID (USER 10001)',
      "docker-compose.yml:4:11 compose service 'app' runs as root (user: root), whatever the image's USER",
      'docker-compose.yml:7:12 compose service \'app2\' runs as root (user: 0:0), whatever the image\'s USER',
      "docker-compose.yml:10:11 compose service 'app3' runs as root (user: 0), whatever the image's USER",
    ]);
    // Resolved from a default or the .env beside the compose file; written once in an anchor two services merge.
    expect(await out({ 'docker-compose.yml': 'x-run: &run\n  user: "${APP_UID:-0}:${APP_GID:-0}"\nservices:\n  web:\n    <<: *run\n    image: acme/web:1.0\n  worker:\n    <<: *run\n    image: acme/web:1.0\n', 'deploy/compose.yaml': 'services:\n  api:\n    image: acme/api:1.0\n    user: ${RUN_AS}\n', 'deploy/.env': 'RUN_AS=root\n' })).toEqual([
      'deploy/compose.yaml:4:11 compose service \'api\' runs as root (user: ${RUN_AS} (resolves to root)), whatever the image\'s USER',
      "docker-compose.yml:2:10 compose services 'web', 'worker' run as root (user: ${APP_UID:-0}:${APP_GID:-0} (resolves to 0:0)), whatever the image's USER",
    ]);
    // A development-only file gives a note; a production overlay replacing the base's root user clears it.
    expect(await out({ 'docker-compose.dev.yml': 'services:\n  app:\n    image: acme/app:1.0\n    user: root\n' })).toEqual(["docker-compose.dev.yml:4:11 note compose service 'app' runs as root (user: root), whatever the image's USER"]);
    expect(await out({ 'docker-compose.yml': 'services:\n  app:\n    image: acme/app:1.0\n    user: root\n', 'docker-compose.prod.yml': 'services:\n  app:\n    user: "1000"\n' })).toEqual([]);
  });

  it('QA28 D2: a development overlay\'s root user: over a production service is a note at its own line', async () => {
    const df = { Dockerfile: 'FROM python:3.12-slim\nUSER 10001\n' };
    const base = 'services:\n  web:\n    build: .\n';
    expect(await out({ ...df, 'docker-compose.yml': base, 'docker-compose.dev.yml': 'services:\n  web:\n    command: flask run\n    user: root\n' })).toEqual([
      "docker-compose.dev.yml:4:11 note compose service 'web' runs as root (user: root), whatever the image's USER",
    ]);
    expect(await out({ ...df, 'docker-compose.yml': base, 'docker-compose.override.yml': 'services:\n  web:\n    image: acme/web:dev\n    user: "0"\n' })).toEqual([
      "docker-compose.override.yml:4:12 note compose service 'web' runs as root (user: 0), whatever the image's USER",
    ]);
    // An anchor in the overlay two services merge: one note naming both.
    expect(await out({ ...df, 'docker-compose.yml': `${base}  worker:\n    build: .\n`, 'docker-compose.override.yml': 'x-dev: &dev\n  user: root\nservices:\n  web:\n    <<: *dev\n  worker:\n    <<: *dev\n' })).toEqual([
      "docker-compose.override.yml:2:9 note compose services 'web', 'worker' run as root (user: root), whatever the image's USER",
    ]);
    // The production verdict is unchanged: the base's root user still fails at its line, the overlay's own root is a note.
    expect(await out({ ...df, 'docker-compose.yml': `${base}    user: root\n`, 'docker-compose.dev.yml': 'services:\n  web:\n    user: "0:0"\n' })).toEqual([
      "docker-compose.yml:4:11 compose service 'web' runs as root (user: root), whatever the image's USER",
      "docker-compose.dev.yml:3:12 note compose service 'web' runs as root (user: 0:0), whatever the image's USER",
    ]);
    // An overlay that sets a non-root user, or none (the base's root user is production's finding, not repeated), gives nothing more.
    expect(await out({ ...df, 'docker-compose.yml': base, 'docker-compose.dev.yml': 'services:\n  web:\n    user: "1000"\n' })).toEqual([]);
    expect(await out({ ...df, 'docker-compose.yml': `${base}    user: root\n`, 'docker-compose.dev.yml': 'services:\n  web:\n    command: flask run\n' })).toEqual([
      "docker-compose.yml:4:11 compose service 'web' runs as root (user: root), whatever the image's USER",
    ]);
  });

  it('a non-root user: (numeric, a name, or a variable that does not resolve to 0) makes a root image a note for its service', async () => {
    const compose = (user: string) => `services:\n  app:\n    build:\n      context: .\n      target: runtime\n    image: acme/app\n${user}`;
    for (const user of ['    user: "1000:1000"\n', '    user: app\n', '    user: "${UID}:${GID}"\n', '    user: 10001\n']) {
      expect(await out({ Dockerfile: noUser, 'docker-compose.yml': compose(user) }), user).toEqual([
        'Dockerfile:4:1 note the final stage has no USER, so it runs as root (base image python:3.12-slim)',
      ]);
    }
    // Without a user:, or with one resolving to root or empty, the image's verdict stands.
    expect(await out({ Dockerfile: noUser, 'docker-compose.yml': compose('') })).toEqual(['Dockerfile:4:1 the final stage has no USER, so it runs as root (base image python:3.12-slim)']);
    expect(await out({ Dockerfile: noUser, 'docker-compose.yml': compose('    user: "${UID:-0}"\n') })).toEqual([
      'Dockerfile:4:1 the final stage has no USER, so it runs as root (base image python:3.12-slim)',
      "docker-compose.yml:7:12 compose service 'app' runs as root (user: ${UID:-0} (resolves to 0)), whatever the image's USER",
    ]);
    expect(await out({ Dockerfile: noUser, 'docker-compose.yml': compose('    user: ""\n') })).toHaveLength(1);
    // The examiner's c26: target 'runtime' (a dev stage after it) built only by a service with user: "1000:1000".
    expect((await out({ Dockerfile: `${noUser}\nFROM runtime AS dev\nCMD ["flask", "run"]\n`, 'docker-compose.yml': compose('    user: "1000:1000"\n') }))[0]).toBe(
      "Dockerfile:4:1 note build target 'runtime' (service 'app' in docker-compose.yml) has no USER, so it runs as root (base image python:3.12-slim); add an unprivileged user and end with USER 10001:10001 (compose service 'app' sets user: 1000:1000 at docker-compose.yml:7, so its container does not run as root; make the image non-root too if it runs anywhere else)".split(';')[0]);
    // The message names the setting.
    const [note] = await out({ Dockerfile: 'FROM python:3.12-slim\nUSER root\n', 'docker-compose.yml': 'services:\n  app:\n    build: .\n    user: "1000:1000"\n' });
    expect(note).toBe('Dockerfile:2:1 note the final stage runs as root (USER root)');
  });

  it('QA 27 newrules D3: a variable whose .env value is "uid:gid" is resolved whole, then judged by its user part', async () => {
    const compose = 'services:\n  web2:\n    build: .\n    user: "${RUN_AS}"\n  web4:\n    build: .\n    user: "${PUID}:${PGID}"\n';
    const noUserDf = 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n';
    expect(await out({ Dockerfile: noUserDf, 'docker-compose.yml': compose, '.env': 'RUN_AS=0:0\nPUID=0\nPGID=0\n' })).toEqual([
      'Dockerfile:1:1 the final stage has no USER, so it runs as root (base image python:3.12-slim)',
      "docker-compose.yml:4:12 compose service 'web2' runs as root (user: ${RUN_AS} (resolves to 0:0)), whatever the image's USER",
      "docker-compose.yml:7:12 compose service 'web4' runs as root (user: ${PUID}:${PGID} (resolves to 0:0)), whatever the image's USER",
    ]);
    // The examiner's compose-user-env: the only service with `${RUN_AS}` = 0:0 does not hide the image's finding.
    expect(await out({ Dockerfile: noUserDf, 'docker-compose.yml': 'services:\n  web2:\n    build: .\n    user: "${RUN_AS}"\n', '.env': 'RUN_AS=0:0\n' })).toEqual([
      'Dockerfile:1:1 the final stage has no USER, so it runs as root (base image python:3.12-slim)',
      "docker-compose.yml:4:12 compose service 'web2' runs as root (user: ${RUN_AS} (resolves to 0:0)), whatever the image's USER",
    ]);
    // Also `root:root`, a default holding a colon, and a user part resolved while the group stays unknown.
    for (const [user, env, shown] of [['${RUN_AS}', 'RUN_AS=root:root\n', '${RUN_AS} (resolves to root:root)'], ['${RUN_AS:-0:0}', '', '${RUN_AS:-0:0} (resolves to 0:0)'], ['${PUID}:${DEPLOY_GID}', 'PUID=0\n', '${PUID}:${DEPLOY_GID}']] as const) {
      expect((await out({ Dockerfile: noUserDf, 'docker-compose.yml': `services:\n  web2:\n    build: .\n    user: "${user}"\n`, '.env': env }))[1], user).toBe(`docker-compose.yml:4:12 compose service 'web2' runs as root (user: ${shown}), whatever the image's USER`);
    }
    // Counter-cases: a non-root uid with gid 0 (OpenShift's 1001:0), a .env 1000:1000, and a variable the deploy shell sets
    // (documented: non-root unless it resolves to 0 or root) make the image's finding a note.
    for (const [user, env] of [['${RUN_AS}', 'RUN_AS=1001:0\n'], ['${PUID}:${PGID}', 'PUID=1000\nPGID=1000\n'], ['${RUN_AS}', ''], ['${UID}:${GID}', '']] as const) {
      expect(await out({ Dockerfile: noUserDf, 'docker-compose.yml': `services:\n  web2:\n    build: .\n    user: "${user}"\n`, '.env': env }), `${user} ${env}`).toEqual([
        'Dockerfile:1:1 note the final stage has no USER, so it runs as root (base image python:3.12-slim)',
      ]);
    }
  });

  it('two services sharing a root image: the one without a non-root user: is reported at its service key', async () => {
    expect(await out({ Dockerfile: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n', 'docker-compose.yml': 'services:\n  web:\n    build: .\n    user: "1000:1000"\n  worker:\n    build: .\n    command: celery -A app worker\n  beat:\n    build: .\n    user: root\n' })).toEqual([
      "docker-compose.yml:5:3 compose service 'worker' runs the image of Dockerfile as root: it has no USER (base image python:3.12-slim), and the service sets no user: (compose service 'web' sets user: 1000:1000 at docker-compose.yml:4)",
      "docker-compose.yml:10:11 compose service 'beat' runs as root (user: root), whatever the image's USER",
    ]);
    // A development-only service without user: does not count beside a production one with it.
    expect(await out({ Dockerfile: 'FROM python:3.12-slim\n', 'docker-compose.yml': 'services:\n  web:\n    build: .\n    user: "1000"\n', 'docker-compose.override.yml': 'services:\n  shell:\n    build: .\n' })).toEqual([
      expect.stringMatching(/^Dockerfile:1:1 note the final stage has no USER/),
    ]);
  });
});

// qa34 dockerfile5 D1: every word of an ARG is a declaration (`ARG BUILD_DATE UID=0` declares UID with default 0).
describe('multi-name ARG lines', () => {
  const show = async (dockerfile: string) => (await runCase(dockerfileNonRoot, { name: 'x', files: { Dockerfile: dockerfile } })).findings.map((f) => `${f.line}${f.note ? ' note' : ''} ${f.message}`);
  it('resolves USER from a default after a bare name', async () => {
    expect(await show('FROM python:3.12-slim\nARG BUILD_DATE UID=0\nUSER ${UID}\n')).toEqual([expect.stringMatching(/^3 .*USER \$\{UID\} \(resolves to 0\)/)]);
    expect(await show('FROM python:3.12-slim\nARG BUILD_DATE UID=10001\nUSER ${UID}\n')).toEqual([]);
  });
  it('bare names only declare without a default (not UID="GID")', async () => {
    expect(await show('FROM python:3.12-slim\nARG UID GID\nUSER ${UID}:${GID}\n')).toEqual([expect.stringMatching(/^3 note .*unverifiable/)]);
  });
});
