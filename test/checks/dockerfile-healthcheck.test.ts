import { expect, it } from 'vitest';
import { testCheck } from '../helpers/check-tester.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';

testCheck(dockerfileHealthcheck, {
  valid: [
    { name: 'final stage has HEALTHCHECK', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\nCMD ["gunicorn", "app:app"]\n' } },
    { name: 'inherited from an earlier stage', files: { Dockerfile: 'FROM python:3.12 AS base\nHEALTHCHECK CMD ["python", "-c", "print(1)"]\nFROM base AS final\nCMD ["gunicorn"]\n' } },
    { name: 'multi-line HEALTHCHECK', files: { Dockerfile: 'FROM node:22\nHEALTHCHECK --interval=10s \\\n  CMD node healthcheck.js\nCMD ["node", "server.js"]\n' } },
    { name: 'lowercase instruction', files: { 'Containerfile': 'from nginx:1.27\nhealthcheck cmd curl -f http://localhost/\n' } },
    { name: 'test fixture Dockerfile is not judged', files: { 'tests/fixtures/app/Dockerfile': 'FROM alpine:3.20\n', Dockerfile: 'FROM alpine:3.20\nHEALTHCHECK CMD true\n' } },
    { name: 'template Dockerfile is not judged', files: { 'Dockerfile.template': 'FROM python:3.12\n', Dockerfile: 'FROM python:3.12\nHEALTHCHECK CMD true\n' } },
    { name: 'QA B3: a build target that inherits HEALTHCHECK from an earlier stage passes', files: {
      'compose.yaml': 'services:\n  app:\n    build:\n      context: app\n      target: runner\n    restart: always\n',
      'app/Dockerfile': 'FROM python:3.12-slim AS base\nHEALTHCHECK CMD ["python", "-c", "print(1)"]\n\nFROM base AS runner\nCMD ["gunicorn", "app:app"]\n\nFROM base AS final\nCMD ["gunicorn", "app:app"]\n',
    } },
  ],
  invalid: [
    { name: 'no HEALTHCHECK', files: { Dockerfile: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n' }, errors: [{ file: 'Dockerfile', line: 1, severity: 'medium', message: /declares no HEALTHCHECK/ }] },
    { name: 'a compose healthcheck for a build outside the repository does not cover the root Dockerfile', files: { Dockerfile: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n', 'deploy/docker-compose.yml': 'services:\n  other:\n    build: ../../elsewhere\n    healthcheck:\n      test: ["CMD", "true"]\n  worker:\n    build:\n      context: ..\n      dockerfile: ../../Dockerfile\n    healthcheck:\n      test: ["CMD", "true"]\n' }, errors: [{ file: 'Dockerfile', line: 1, message: /declares no HEALTHCHECK/ }] },
    { name: 'HEALTHCHECK only in a builder stage', files: { Dockerfile: 'FROM node:22 AS build\nHEALTHCHECK CMD true\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app /app\n' }, errors: [{ file: 'Dockerfile', line: 4 }] },
    { name: 'scratch final stage still needs one', files: { 'svc/Dockerfile': 'FROM golang:1.23 AS b\nRUN go build -o /app\nFROM scratch\nCOPY --from=b /app /app\nENTRYPOINT ["/app"]\n' }, errors: [{ file: 'svc/Dockerfile', line: 3, message: /FROM scratch/ }] },
    { name: 'one finding per Dockerfile', files: { 'a/Dockerfile': 'FROM alpine:3.20\n', 'b.Dockerfile': '# comment\nFROM alpine:3.20\n' }, errors: [{ file: 'a/Dockerfile', line: 1 }, { file: 'b.Dockerfile', line: 2 }] },
    { name: 'compose healthcheck for another Dockerfile does not count', files: { Dockerfile: 'FROM alpine:3.20\n', 'docker-compose.yml': 'services:\n  api:\n    build: ./api\n    healthcheck:\n      test: ["CMD", "true"]\n' }, errors: [{ file: 'Dockerfile', line: 1 }] },
    { name: 'QA B3: the stage compose builds as its build.target has no HEALTHCHECK (the final stage has one)', files: {
      'compose.yaml': 'services:\n  app:\n    build:\n      context: app\n      target: builder\n    restart: always\n',
      'app/Dockerfile': 'FROM golang:1.22-alpine AS builder\nWORKDIR /code\nCOPY . .\nRUN go build -o bin/backend .\nUSER 10001\nCMD [\"/code/bin/backend\"]\n\nFROM scratch\nCOPY --from=builder /code/bin/backend /backend\nUSER 10001\nHEALTHCHECK CMD [\"/backend\", \"-health\"]\nCMD [\"/backend\"]\n',
    }, errors: [{ file: 'app/Dockerfile', line: 1, column: 1, message: "build target 'builder' (FROM golang:1.22-alpine), which service 'app' in compose.yaml builds, declares no HEALTHCHECK; add one so a hung server is detected and restarted" }] },
    { name: 'QA B3: a compose healthcheck of the service building one target does not cover another target', files: {
      'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      target: web\n    healthcheck:\n      test: ["CMD", "true"]\n  worker:\n    build:\n      context: .\n      target: worker\n',
      Dockerfile: 'FROM python:3.12-slim AS base\nRUN pip install app\n\nFROM base AS web\nCMD ["gunicorn", "app:app"]\n\nFROM base AS worker\nCMD ["celery", "-A", "app", "worker"]\n\nFROM base AS final\nHEALTHCHECK CMD true\n',
    }, errors: [{ file: 'Dockerfile', line: 7, message: /build target 'worker'.*service 'worker'/ }] },
  ],
  notes: [
    { name: 'a development stage last while production builds target production is a note', files: {
      'docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      target: production\n',
      Dockerfile: 'FROM node:22.11-slim AS base\nWORKDIR /app\n\nFROM base AS production\nHEALTHCHECK CMD node healthcheck.js\nCMD ["node", "dist/index.js"]\n\nFROM base AS development\nCMD ["npm", "run", "dev"]\n',
    }, notes: [{ file: 'Dockerfile', line: 8, message: "(not the stage production builds: service 'app' in docker-compose.yml builds target 'production')" }] },
    { name: 'devcontainer Dockerfile', files: { '.devcontainer/Dockerfile': 'FROM mcr.microsoft.com/devcontainers/python:3.12\n' }, notes: [{ file: '.devcontainer/Dockerfile', line: 1 }] },
    { name: 'HEALTHCHECK NONE is an explicit opt-out', files: { Dockerfile: 'FROM python:3.12\nHEALTHCHECK NONE\nCMD ["gunicorn"]\n' }, notes: [{ file: 'Dockerfile', line: 2, message: /NONE/ }] },
    { name: 'development Dockerfile gives a note', files: { 'Dockerfile.dev': 'FROM node:22\nCMD ["npm", "run", "dev"]\n' }, notes: [{ file: 'Dockerfile.dev', line: 1, message: /development-only/ }] },
    { name: 'compose service built from it declares a healthcheck', files: { 'api/Dockerfile': 'FROM python:3.12\n', 'docker-compose.yml': 'services:\n  api:\n    build:\n      context: ./api\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/"]\n' }, notes: [{ file: 'api/Dockerfile', line: 1, message: /compose service 'api'/ }] },
    { name: 'QA B3: a build target only a development profile builds is a note', files: {
      'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n  debug:\n    profiles: [dev]\n    build:\n      context: .\n      target: dev\n',
      Dockerfile: 'FROM node:22.11-slim AS dev\nCMD ["npm", "run", "dev"]\n\nFROM node:22.11-slim\nHEALTHCHECK CMD node healthcheck.js\nCMD ["node", "server.js"]\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /build target 'dev'.*declares no HEALTHCHECK.*\(only in compose profile 'dev'\)/ }] },
    { name: 'QA B3: a build target whose compose service declares a healthcheck', files: {
      'compose.yaml': 'services:\n  app:\n    build:\n      context: app\n      target: builder\n    healthcheck:\n      test: ["CMD", "/code/bin/backend", "-health"]\n',
      'app/Dockerfile': 'FROM golang:1.22-alpine AS builder\nWORKDIR /code\nCOPY . .\nRUN go build -o bin/backend .\nUSER 10001\nCMD [\"/code/bin/backend\"]\n\nFROM scratch\nCOPY --from=builder /code/bin/backend /backend\nUSER 10001\nHEALTHCHECK CMD [\"/backend\", \"-health\"]\nCMD [\"/backend\"]\n',
    }, notes: [{ file: 'app/Dockerfile', line: 1, message: "no HEALTHCHECK in build target 'builder', but compose service 'app' declares a healthcheck" }] },
  ],
});

it('QA uc: a bare HEALTHCHECK (no CMD, no NONE) does not satisfy the check: the Dockerfile is a parse problem, not judged', async () => {
  const { runCase, snapshotOf } = await import('../helpers/check-tester.js');
  const files = { Dockerfile: 'FROM alpine:3.19\nUSER 1000\nHEALTHCHECK\n' };
  const out = await runCase(dockerfileHealthcheck, { name: 'bare', files });
  expect(out.findings).toEqual([]);
  expect(out.skipped).toBe('no Dockerfile could be read: Dockerfile: parse-error (see that finding)');
  const snap = snapshotOf(files);
  snap.dockerfiles();
  expect(snap.problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['Dockerfile:3:1']);
});

it('QA21: a compose healthcheck without test only tunes the image HEALTHCHECK, so it does not stand in for a missing one', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const compose = 'x-health: &health\n  interval: 10s\n  retries: 5\nservices:\n  api:\n    build: ./api\n    healthcheck: *health\n  worker:\n    build: ./worker\n    healthcheck:\n      <<: *health\n      test: curl -fsS http://localhost:8000/health\n';
  const out = await runCase(dockerfileHealthcheck, { name: 'no-test', files: { 'api/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n', 'worker/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n', 'docker-compose.yml': compose } });
  expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
    'api/Dockerfile:1 the final stage (FROM python:3.12-slim) declares no HEALTHCHECK',
    "worker/Dockerfile:1 note no HEALTHCHECK in the final stage, but compose service 'worker' declares a healthcheck",
  ]);
});

it('QA26 D2: a compose service that turns the health check off (disable: true, test: ["NONE"]) is the compose form of HEALTHCHECK NONE', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const df = 'FROM python:3.12-slim\nUSER 10001\nCMD ["celery", "-A", "proj", "worker", "-l", "INFO"]\n';
  const run = async (compose: string, files: Record<string, string> = {}) => (await runCase(dockerfileHealthcheck, { name: 'opt-out', files: { Dockerfile: df, 'docker-compose.yml': compose, ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`);
  expect(await run('services:\n  worker:\n    build: .\n    restart: unless-stopped\n    healthcheck:\n      disable: true\n')).toEqual([
    "Dockerfile:1 note no HEALTHCHECK in the final stage, but compose service 'worker' explicitly disables the health check (healthcheck: disable: true at docker-compose.yml:6); make sure the orchestrator probes the service instead",
  ]);
  expect(await run('services:\n  worker:\n    build: .\n    healthcheck:\n      test: ["NONE"]\n')).toEqual([
    'Dockerfile:1 note no HEALTHCHECK in the final stage, but compose service \'worker\' explicitly disables the health check (healthcheck: test: ["NONE"] at docker-compose.yml:5); make sure the orchestrator probes the service instead',
  ]);
  // Two services both opting out (one through a shared anchor) pass.
  expect(await run('x-off: &off\n  disable: true\nservices:\n  worker:\n    build: .\n    healthcheck: *off\n  beat:\n    build:\n      context: .\n    healthcheck:\n      test: ["NONE"]\n')).toHaveLength(1);
  // Another service running the image without a health check or opt-out keeps the failure (and says so).
  expect(await run('services:\n  worker:\n    build: .\n    healthcheck:\n      disable: true\n  beat:\n    build: .\n    healthcheck:\n      interval: 30s\n')).toEqual([
    "Dockerfile:1 the final stage (FROM python:3.12-slim) declares no HEALTHCHECK (compose service 'worker' disables the health check, but service 'beat' builds it without opting out); add one so a hung server is detected and restarted",
  ]);
  // A string test "NONE" is CMD-SHELL NONE (a command), `disable: false` opts out of nothing.
  expect(await run('services:\n  worker:\n    build: .\n    healthcheck:\n      disable: false\n')).toEqual([
    'Dockerfile:1 the final stage (FROM python:3.12-slim) declares no HEALTHCHECK; add one so a hung server is detected and restarted',
  ]);
  // An opt-out for another build target, or another Dockerfile, does not opt the final stage out.
  const multi = 'FROM python:3.12-slim AS base\nUSER 10001\n\nFROM base AS worker\nCMD ["celery"]\n\nFROM base AS web\nCMD ["gunicorn", "app:app"]\n';
  expect(await run('services:\n  worker:\n    build:\n      context: .\n      target: worker\n    healthcheck:\n      disable: true\n  web:\n    build: .\n', { Dockerfile: multi })).toEqual([
    'Dockerfile:7 the final stage (FROM base) declares no HEALTHCHECK; add one so a hung server is detected and restarted',
    "Dockerfile:4 note no HEALTHCHECK in build target 'worker', but compose service 'worker' explicitly disables the health check (healthcheck: disable: true at docker-compose.yml:7); make sure the orchestrator probes the service instead",
  ]);
  expect(await run('services:\n  api:\n    build: ./api\n    healthcheck:\n      disable: true\n', { 'api/Dockerfile': df })).toEqual([
    'Dockerfile:1 the final stage (FROM python:3.12-slim) declares no HEALTHCHECK; add one so a hung server is detected and restarted',
    "api/Dockerfile:1 note no HEALTHCHECK in the final stage, but compose service 'api' explicitly disables the health check (healthcheck: disable: true at docker-compose.yml:5); make sure the orchestrator probes the service instead",
  ]);
});

it('QA compose D3: a compose healthcheck covers only its own service; a sibling running the image with none keeps the failure', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const df = 'FROM ruby:3.3-slim\nUSER 991\nCMD ["bundle", "exec", "puma"]\n';
  const run = async (files: Record<string, string>) => (await runCase(dockerfileHealthcheck, { name: 'mixed', files: { Dockerfile: df, ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  const web = '  web:\n    build: .\n    command: bundle exec puma -C config/puma.rb\n    healthcheck:\n      test: ["CMD-SHELL", "wget -q --spider localhost:3000/health || exit 1"]\n';
  // Mastodon: web checks its health, sidekiq builds the same image without a health check (streaming runs another image).
  expect(await run({ 'docker-compose.yml': `services:\n${web}  streaming:\n    image: ghcr.io/mastodon/mastodon-streaming:v4.2.8\n  sidekiq:\n    build: .\n    command: bundle exec sidekiq\n` })).toEqual([
    "Dockerfile:1 the final stage (FROM ruby:3.3-slim) declares no HEALTHCHECK (compose service 'web' declares its own healthcheck, but service 'sidekiq' runs it without one)",
  ]);
  // A sibling that only tunes the image HEALTHCHECK (no test) runs without one too.
  expect(await run({ 'docker-compose.yml': `services:\n${web}  worker:\n    build: .\n    healthcheck:\n      interval: 30s\n` })).toHaveLength(1);
  // Counter-cases, all covered: the sibling has its own test or opts out; the sibling without one is in a development
  // overlay only (docker-compose.override.yml) or a dev profile; a production overlay adds the test to the base's service;
  // an overlay that only tunes the interval keeps the base's test; an extends.file base without one, extended by a service with one.
  const covered = "Dockerfile:1 note no HEALTHCHECK in the final stage, but compose service 'web' declares a healthcheck";
  expect(await run({ 'docker-compose.yml': `services:\n${web}  worker:\n    build: .\n    healthcheck:\n      test: ["CMD", "true"]\n` })).toEqual([covered]);
  expect(await run({ 'docker-compose.yml': `services:\n${web}  worker:\n    build: .\n    healthcheck:\n      disable: true\n` })).toEqual([covered]);
  expect(await run({ 'docker-compose.yml': `services:\n${web}`, 'docker-compose.override.yml': 'services:\n  shell:\n    build: .\n    command: bash\n' })).toEqual([covered]);
  expect(await run({ 'docker-compose.yml': `services:\n${web}  console:\n    build: .\n    profiles: [tools]\n` })).toEqual([covered]);
  expect(await run({ 'docker-compose.yml': 'services:\n  web:\n    build: .\n', 'docker-compose.prod.yml': 'services:\n  web:\n    healthcheck:\n      test: ["CMD", "true"]\n' })).toEqual([covered]);
  expect(await run({ 'docker-compose.yml': `services:\n${web}`, 'docker-compose.prod.yml': 'services:\n  web:\n    healthcheck:\n      interval: 10s\n' })).toEqual([covered]);
  expect(await run({ 'docker-compose.yml': 'services:\n  web:\n    extends:\n      file: docker-compose.base.yml\n      service: app\n    healthcheck:\n      test: ["CMD", "true"]\n', 'docker-compose.base.yml': 'services:\n  app:\n    build: .\n' })).toEqual([covered]);
});

// QA27 contract D2: a Dockerfile Docker refuses is not judged; the items of the checks that then have nothing to judge say
// so, naming it, instead of claiming there is no Dockerfile.
it('QA27 D2: when every Dockerfile fails to parse, the skip reasons name it instead of saying "no Dockerfile"', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const { dockerfileNonRoot } = await import('../../src/checks/dockerfile-non-root.js');
  const { dockerfileSecretsInEnv } = await import('../../src/checks/dockerfile-secrets-in-env.js');
  const { imageTagPinned } = await import('../../src/checks/image-tag-pinned.js');
  const { productionServer } = await import('../../src/checks/production-server.js');
  const { debugMode } = await import('../../src/checks/debug-mode.js');
  const files = { Dockerfile: 'FROM python:latest\nENV API_TOKEN=abcdefgh12345678 # preflight-ignore dockerfile-secrets-in-env: x\nCMD ["flask","run","--host=0.0.0.0"]\n' };
  const read = 'no Dockerfile could be read: Dockerfile: parse-error (see that finding)';
  const skipped = async (c: Parameters<typeof runCase>[0], f: Record<string, string> = files) => (await runCase(c, { name: 'x', files: f })).skipped;
  expect(await skipped(dockerfileHealthcheck)).toBe(read);
  expect(await skipped(dockerfileNonRoot)).toBe(read);
  expect(await skipped(dockerfileSecretsInEnv)).toBe(read);
  expect(await skipped(imageTagPinned)).toBe(`no compose image or Kubernetes container image, and ${read}`);
  expect(await skipped(productionServer)).toBe(`no compose command, Procfile web, platform start command, systemd ExecStart or Kubernetes command, and ${read}`);
  expect(await skipped(debugMode)).toBe(`no other deploy config, production env file, settings module or framework configuration, and ${read}`);
  // Several, one of them templated (not checked, with a note): each is named.
  const two = { 'api/Dockerfile': 'FROM alpine:3.20\nRUNN true\n', 'web/Dockerfile': 'FROM {{ base_image }}\n' };
  expect(await skipped(dockerfileHealthcheck, two)).toBe('no Dockerfile could be read: api/Dockerfile: parse-error (see that finding), web/Dockerfile: not checked (see that note)');
  // Counter-cases: no Dockerfile at all, or a broken one only under a test folder or a template (never judged), still say "no Dockerfile".
  expect(await skipped(dockerfileHealthcheck, { 'app.py': 'print(1)\n' })).toBe('no Dockerfile');
  expect(await skipped(dockerfileHealthcheck, { 'tests/fixtures/Dockerfile': 'RUNN true\n' })).toBe('no Dockerfile');
  expect(await skipped(dockerfileSecretsInEnv, { 'Dockerfile.template': 'FROM alpine:3.20\nRUNN true\n' })).toBe('no Dockerfile');
  expect(await skipped(imageTagPinned, { 'app.py': 'print(1)\n' })).toBe('no Dockerfile FROM, compose image or Kubernetes container image');
  // One that parses beside a broken one is judged: no skip.
  expect(await skipped(dockerfileHealthcheck, { 'a/Dockerfile': 'RUNN true\n', 'b/Dockerfile': 'FROM alpine:3.20\nHEALTHCHECK CMD true\n' })).toBeUndefined();
});
