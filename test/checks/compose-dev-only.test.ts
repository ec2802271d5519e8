import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { restartPolicy } from '../../src/checks/restart-policy.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';

const failures = async (check: CheckDef, files: Record<string, string>) => (await runCase(check, { name: check.id, files })).findings.filter((f) => !f.note);
const notes = async (check: CheckDef, files: Record<string, string>) => (await runCase(check, { name: check.id, files })).findings.filter((f) => f.note);

/** A service that starts only with `docker compose --profile <p> up`, with something every compose check judges. */
const profiled = (profiles: string) => ({
  'compose.yaml': [
    'services:',
    '  web:',
    '    image: acme/web:1.0.0',
    '    command: gunicorn app:app',
    '    restart: always',
    '    mem_limit: 256m',
    '  dev:',
    '    image: acme/web',
    `    profiles: ${profiles}`,
    '    command: python manage.py runserver 0.0.0.0:8000',
    '    environment:',
    '      DEBUG: "1"',
    '      POSTGRES_PASSWORD: changeme',
    '      SESSION_COOKIE_SECURE: "false"',
    '      CORS_ORIGINS: "*"',
    '    ports: ["5432:5432"]',
    '',
  ].join('\n'),
});

describe('compose services only in development/tooling profiles are development-only in every compose check', () => {
  const checks = [productionServer, debugMode, databasePortExposed, defaultCredentials, resourceLimits, imageTagPinned, cookieFlags, corsWildcard];
  for (const profiles of ['[dev]', '["debug"]', '[test, e2e]', '[tools]']) {
    for (const check of checks) {
      it(`${check.id}: profiles ${profiles} give notes naming the profile`, async () => {
        expect(await failures(check, profiled(profiles))).toEqual([]);
        const n = await notes(check, profiled(profiles));
        expect(n.length, check.id).toBeGreaterThan(0);
        // Checks that read deploy environment variables say `development-only`; the others name the profile.
        for (const f of n) expect(f.message).toMatch(check === cookieFlags || check === corsWildcard ? /development-only/ : /\(only in compose profiles? '/);
      });
    }
  }
  it('restart-policy does not judge them (tooling profiles are opt-in)', async () => {
    expect((await runCase(restartPolicy, { name: 'r', files: profiled('[dev]') })).findings).toEqual([]);
  });
  it('a production profile (or one of several) keeps the service judged', async () => {
    for (const profiles of ['[prod]', '[dev, prod]', '[worker]']) {
      for (const check of [productionServer, debugMode, databasePortExposed, defaultCredentials, resourceLimits, imageTagPinned]) {
        expect((await failures(check, profiled(profiles))).length, `${check.id} ${profiles}`).toBeGreaterThan(0);
      }
    }
  });
  it('an overlay that takes the service out of the dev profile makes it production again', async () => {
    const files = { ...profiled('[dev]'), 'compose.prod.yaml': 'services:\n  dev:\n    profiles: [prod]\n' };
    expect((await failures(resourceLimits, files)).map((f) => `${f.file}:${f.line}`)).toEqual(['compose.yaml:7']);
  });
});

describe('compose files named for CI, end-to-end tests or debugging are development-only', () => {
  const server = (name: string) => ({ [name]: 'services:\n  web:\n    image: acme/web:1.0.0\n    command: python manage.py runserver 0.0.0.0:8000\n' });
  for (const name of ['docker-compose.ci.yml', 'docker-compose.e2e.yml', 'compose.debug.yaml', 'docker-compose.testing.yml', 'docker-compose.integration.yml', 'docker-compose-dev.yml', 'dev.docker-compose.yml']) {
    it(`${name}: note`, async () => {
      expect(await failures(productionServer, server(name))).toEqual([]);
      expect((await notes(productionServer, server(name))).map((f) => f.message)).toEqual([expect.stringContaining('(development-only file)')]);
    });
  }
  for (const name of ['docker-compose.staging.yml', 'docker-compose.prod.yml', 'docker-compose-prod.yml', 'compose.yaml']) {
    it(`${name}: still judged as production`, async () => {
      expect((await failures(productionServer, server(name))).map((f) => f.file)).toEqual([name]);
    });
  }
});

describe('a value inherited through compose extends is reported once, where it is written', () => {
  const files = {
    'common.yml': 'services:\n  basesvc:\n    restart: on-failure\n    environment:\n      SECRET_KEY: changeme\n      DEBUG: "true"\n      SESSION_COOKIE_SECURE: "false"\n',
    'docker-compose.yml': 'services:\n  base-svc:\n    extends:\n      file: common.yml\n      service: basesvc\n    image: acme/api:2.0.0\n  other:\n    extends:\n      file: common.yml\n      service: basesvc\n    image: acme/api:2.0.0\n',
  };
  it('default-credentials', async () => {
    expect((await failures(defaultCredentials, files)).map((f) => `${f.file}:${f.line}`)).toEqual(['common.yml:5']);
  });
  it('debug-mode', async () => {
    expect((await failures(debugMode, files)).map((f) => `${f.file}:${f.line}`)).toEqual(['common.yml:6']);
  });
  it('cookie-flags', async () => {
    expect((await failures(cookieFlags, files)).map((f) => `${f.file}:${f.line}`)).toEqual(['common.yml:7']);
  });
  it('a list-syntax base entry is found by key', async () => {
    const list = { ...files, 'common.yml': 'services:\n  basesvc:\n    environment:\n      - LOG_LEVEL=info\n      - SECRET_KEY=changeme\n' };
    expect((await failures(defaultCredentials, list)).map((f) => `${f.file}:${f.line}`)).toEqual(['common.yml:5']);
  });
  it('a merge-key anchor shared by two services is reported once', async () => {
    const anchor = { 'docker-compose.yml': 'x-env: &env\n  SECRET_KEY: changeme\nservices:\n  a:\n    image: a:1\n    environment: *env\n  b:\n    image: b:1\n    environment:\n      <<: *env\n' };
    expect((await failures(defaultCredentials, anchor)).map((f) => `${f.file}:${f.line}`)).toEqual(['docker-compose.yml:2']);
  });
  it('a value reached by a production service and by a dev-profile service is a failure', async () => {
    const mixed = { ...files, 'docker-compose.yml': 'services:\n  dev:\n    extends: {file: common.yml, service: basesvc}\n    profiles: [dev]\n  prod:\n    extends: {file: common.yml, service: basesvc}\n' };
    expect((await failures(defaultCredentials, mixed)).map((f) => `${f.file}:${f.line}`)).toEqual(['common.yml:5']);
  });
});

describe("Laravel Sail's docker-compose.yml is a development environment", () => {
  const sail = (build: string) => ({
    'docker-compose.yml': [
      'services:',
      '  laravel.test:',
      '    build:',
      `      context: ${build}`,
      '      dockerfile: Dockerfile',
      "    image: 'sail-8.3/app'",
      '    ports:',
      "      - '${APP_PORT:-80}:80'",
      '    environment:',
      "      LARAVEL_SAIL: 1",
      '  mysql:',
      "    image: 'mysql/mysql-server:8.0'",
      '    ports:',
      "      - '${FORWARD_DB_PORT:-3306}:3306'",
      '    environment:',
      "      MYSQL_ROOT_PASSWORD: '${DB_PASSWORD}'",
      "      MYSQL_ALLOW_EMPTY_PASSWORD: 1",
    ].join('\n'),
  });
  it('every service of the file gives notes, not failures', async () => {
    const files = sail('./vendor/laravel/sail/runtimes/8.3');
    for (const check of [databasePortExposed, defaultCredentials, resourceLimits, restartPolicy]) {
      expect(await failures(check, files), check.id).toEqual([]);
      expect((await notes(check, files)).length, check.id).toBeGreaterThan(0);
      expect((await notes(check, files)).every((n) => n.message.endsWith("(Laravel Sail's development environment)")), check.id).toBe(true);
    }
  });
  it('the same services built from the application are judged', async () => {
    const files = sail('.');
    files['docker-compose.yml'] = files['docker-compose.yml'].replace("image: 'sail-8.3/app'", "image: 'acme/app:1.0'");
    expect((await failures(databasePortExposed, files)).length).toBe(1);
    expect((await failures(defaultCredentials, files)).length).toBe(1);
  });
});

describe('a production overlay replaces what the base compose file sets', () => {
  const base = ['services:', '  api:', '    build: .', '    command: npm run dev', '    environment:', '      NODE_ENV: development', '      LOG_LEVEL: debug'].join('\n');
  const files = (overlay: string | null) => ({
    'package.json': '{"name":"svc","scripts":{"dev":"nodemon src/index.js","start":"node src/index.js"}}',
    'Dockerfile': 'FROM node:20-alpine\nUSER node\nCMD ["node", "src/index.js"]\n',
    'docker-compose.yml': base,
    ...(overlay === null ? {} : { 'docker-compose.prod.yml': overlay }),
  });
  it("the base file's development command and NODE_ENV are notes when docker-compose.prod.yml sets them", async () => {
    const f = files('services:\n  api:\n    command: npm start\n    environment:\n      NODE_ENV: production\n');
    for (const check of [productionServer, debugMode]) {
      expect(await failures(check, f), check.id).toEqual([]);
      expect((await notes(check, f)).map((n) => n.message.endsWith('(overridden by docker-compose.prod.yml for production)')), check.id).toEqual([true]);
    }
  });
  it('without the overlay, or with one that sets something else, they fail', async () => {
    for (const f of [files(null), files('services:\n  api:\n    restart: always\n'), files('services:\n  api:\n    environment:\n      LOG_LEVEL: info\n')]) {
      expect((await failures(productionServer, f)).length).toBe(1);
      expect((await failures(debugMode, f)).length).toBe(1);
    }
  });
});

describe('stages named for what they are (the NestJS layout: development, build, production)', () => {
  const files = {
    'docker-compose.yml': 'services:\n  api:\n    build:\n      context: .\n      target: development\n    command: npm run start:dev\n',
    'package.json': '{"name":"api","scripts":{"start:dev":"nest start --watch","start:prod":"node dist/main"}}',
    'Dockerfile': 'FROM node:20-alpine AS development\nWORKDIR /usr/src/app\nCOPY . .\nUSER node\n\nFROM node:20-alpine AS build\nWORKDIR /usr/src/app\nCOPY . .\nRUN npm run build\nUSER node\n\nFROM node:20-alpine AS production\nWORKDIR /usr/src/app\nCOPY --from=build /usr/src/app/dist ./dist\nCMD ["node", "dist/main.js"]\n',
  };
  it("the final stage named 'production' is judged even though compose builds the 'development' target", async () => {
    const { dockerfileNonRoot } = await import('../../src/checks/dockerfile-non-root.js');
    expect((await failures(dockerfileNonRoot, files)).map((f) => f.line)).toEqual([12]);
    // docker-compose.yml is production's file: the development server it starts is still a failure.
    expect((await failures(productionServer, files)).map((f) => f.file)).toEqual(['docker-compose.yml']);
  });
});

describe('a compose service building a stage named for development (QA19 repos P2-1: hostedgpt, awesome-compose dev-envs)', () => {
  // The Rails layout: compose builds `target: development` for local work; Kamal builds the final stage `deployment`.
  const rails = {
    'docker-compose.yml': 'services:\n  base:\n    restart: on-failure:3\n    build:\n      context: .\n      target: development\n    ports: ["3000:3000"]\n',
    Dockerfile: [
      'FROM ruby:3.2.3-alpine AS base', 'WORKDIR /rails', 'ENV FLASK_DEBUG=1', 'CMD ["./bin/rails", "server", "-b", "0.0.0.0"]', '',
      'FROM base AS development', 'RUN apk add --no-cache postgresql-client', '',
      'FROM base AS deployment', 'ENV RAILS_ENV=production', 'COPY . .', 'RUN adduser rails -D', 'USER 1000:1000', '',
    ].join('\n'),
  };
  it('the final stage is still what production builds: judged, not demoted to a note', async () => {
    const { dockerfileHealthcheck } = await import('../../src/checks/dockerfile-healthcheck.js');
    const { dockerfileNonRoot } = await import('../../src/checks/dockerfile-non-root.js');
    expect((await failures(dockerfileHealthcheck, rails)).map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:9']);
    // The development target's root user is a note naming the stage, not a high failure.
    expect(await failures(dockerfileNonRoot, rails)).toEqual([]);
    expect((await notes(dockerfileNonRoot, rails)).map((n) => n.message)).toEqual([expect.stringMatching(/build target 'development'.*\(development stage 'development'\)$/)]);
    // An ENV the final stage inherits is still production's.
    expect((await failures(debugMode, rails)).map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:3']);
  });
  it("awesome-compose's dev-environment compose building `target: dev-envs` does not make that stage production's", async () => {
    const files = {
      'app/compose.yaml': 'services:\n  backend:\n    build:\n      context: backend\n      target: builder\n    restart: always\n',
      'app/.docker/docker-compose.yaml': 'services:\n  backend:\n    build:\n      context: ../backend\n      target: dev-envs\n    restart: always\n',
      'app/backend/Dockerfile': 'FROM python:3.10-alpine AS builder\nENV FLASK_ENV production\nCMD ["gunicorn", "hello:server"]\n\nFROM builder AS dev-envs\nENV FLASK_ENV development\nCMD ["flask", "run"]\n',
    };
    for (const check of [productionServer, debugMode]) {
      expect(await failures(check, files), check.id).toEqual([]);
      expect((await notes(check, files)).map((n) => n.line), check.id).toEqual([check === debugMode ? 6 : 7]);
    }
  });
});

describe('compose files and Kubernetes manifests under test and illustration folders are not the deployment (QA k8s P1-1)', () => {
  const compose = 'services:\n  db:\n    image: postgres\n    command: flask run --debug\n    environment:\n      POSTGRES_PASSWORD: changeme\n      DEBUG: "1"\n    ports: ["5432:5432"]\n';
  const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: t}\nspec:\n  template:\n    spec:\n      containers:\n        - name: t\n          image: t:latest\n          command: [flask, run, --debug]\n          env:\n            - {name: DEBUG, value: "true"}\n';
  const files: Record<string, string> = { 'docker-compose.yml': 'services:\n  web: { image: acme/web:1.0, restart: always, mem_limit: 1g }\n' };
  for (const dir of ['test', 'tests/fixtures', 'spec', 'e2e', 'fixtures', '__mocks__', 'src/__fixtures__', 'test-utils', 'examples', 'samples', 'docs']) {
    files[`${dir}/docker-compose.yml`] = compose;
    files[`${dir}/k8s/deploy.yaml`] = manifest;
  }
  it('debug-mode, image-tag-pinned and production-server judge none of them', async () => {
    for (const check of [debugMode, imageTagPinned, productionServer, defaultCredentials, databasePortExposed]) expect(await failures(check, files), check.id).toEqual([]);
  });
  it('the same files at the root are judged', async () => {
    const root = { 'docker-compose.yml': compose, 'k8s/deploy.yaml': manifest };
    expect((await failures(debugMode, root)).map((f) => `${f.file}:${f.line}`).sort()).toEqual(['docker-compose.yml:4', 'docker-compose.yml:7', 'k8s/deploy.yaml:10', 'k8s/deploy.yaml:12']);
    expect((await failures(imageTagPinned, root)).map((f) => `${f.file}:${f.line}`).sort()).toEqual(['docker-compose.yml:3', 'k8s/deploy.yaml:9']);
  });
});

describe('a compose-named file that another names in extends.file stays a base (QA k8s P2-1)', () => {
  const files = {
    'docker-compose.base.yml': 'services:\n  app:\n    image: acme/app\n    environment:\n      SECRET_KEY: changeme\n      DEBUG: "1"\n    ports: ["6379:6379"]\n',
    'docker-compose.yml': 'services:\n  web:\n    extends: { file: docker-compose.base.yml, service: app }\n    restart: always\n    mem_limit: 512m\n    ports: !override\n      - "8000:8000"\n',
  };
  it('its services are judged only through the services that extend them', async () => {
    expect(await failures(resourceLimits, files)).toEqual([]);
    expect(await failures(restartPolicy, files)).toEqual([]);
    expect(await failures(databasePortExposed, files)).toEqual([]);
    for (const check of [defaultCredentials, debugMode, imageTagPinned]) {
      const found = await failures(check, files);
      expect(found.map((f) => `${f.file}:${f.line}`), check.id).toHaveLength(1);
      expect(found[0]!.message, check.id).toMatch(/service 'web'/);
      expect(found[0]!.message, check.id).not.toMatch(/'app'/);
    }
  });
  it('an inherited database port is reported where the base writes it', async () => {
    const plain = { ...files, 'docker-compose.yml': files['docker-compose.yml'].replace(' !override', '') };
    expect((await failures(databasePortExposed, plain)).map((f) => `${f.file}:${f.line}:${f.message.slice(0, 21)}`)).toEqual(["docker-compose.base.yml:7:compose service 'web'"]);
  });
  it('the main compose file an overlay extends is still a project of its own', async () => {
    const main = { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n', 'docker-compose.prod.yml': 'services:\n  db:\n    extends: { file: docker-compose.yml, service: db }\n    restart: always\n' };
    expect((await failures(databasePortExposed, main)).map((f) => `${f.file}:${f.line}`)).toEqual(['docker-compose.yml:4']);
  });
});

describe('!override and !reset on a service that extends another replace what the base sets (QA k8s P2-2)', () => {
  const base = { 'common.yml': 'services:\n  app:\n    image: acme/app:1.0\n    environment:\n      SECRET_KEY: changeme\n      DEBUG: "1"\n    ports: ["6379:6379"]\n' };
  const web = (own: string) => ({ ...base, 'docker-compose.yml': `services:\n  web:\n    extends: { file: common.yml, service: app }\n    restart: always\n    mem_limit: 512m\n${own}` });
  it('ports: !override [...] and ports: !reset [] drop the base mappings', async () => {
    expect(await failures(databasePortExposed, web('    ports: !override\n      - "8000:8000"\n'))).toEqual([]);
    expect(await failures(databasePortExposed, web('    ports: !reset []\n'))).toEqual([]);
    expect((await failures(databasePortExposed, web('    ports: !override ["127.0.0.1:80:80", "5432:5432"]\n'))).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['docker-compose.yml:6:43']);
    // A plain list is appended, as compose does.
    expect((await failures(databasePortExposed, web('    ports:\n      - "8000:8000"\n'))).map((f) => `${f.file}:${f.line}`)).toEqual(['common.yml:7']);
  });
  it('environment: !override / !reset drop the base variables', async () => {
    for (const own of ['    environment: !override\n      OTHER: x\n', '    environment: !reset {}\n']) {
      expect(await failures(defaultCredentials, web(own)), own).toEqual([]);
      expect(await failures(debugMode, web(own)), own).toEqual([]);
    }
    expect((await failures(defaultCredentials, web('    environment:\n      OTHER: x\n'))).map((f) => `${f.file}:${f.line}`)).toEqual(['common.yml:5']);
  });
});

describe('a production overlay that sets a variable again makes the base value a note in default-credentials too (QA k8s P2-3)', () => {
  const files = (prodEnv: string) => ({
    'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.0\n    environment: { DEBUG: "1", SECRET_KEY: changeme }\n',
    'docker-compose.prod.yml': `services:\n  web:\n    restart: always\n    mem_limit: 1g\n    environment: ${prodEnv}\n`,
  });
  it('as debug-mode does', async () => {
    const f = files('{ DEBUG: "0", SECRET_KEY: "${SECRET_KEY:?required}" }');
    for (const check of [defaultCredentials, debugMode]) {
      expect(await failures(check, f), check.id).toEqual([]);
      expect((await notes(check, f)).map((n) => `${n.file}:${n.line}:${n.message.endsWith('(overridden by docker-compose.prod.yml for production)')}`), check.id).toEqual(['docker-compose.yml:4:true']);
    }
  });
  it('an overlay that sets other variables replaces nothing', async () => {
    expect((await failures(defaultCredentials, files('{ LOG_LEVEL: info }'))).map((f) => `${f.file}:${f.line}`)).toEqual(['docker-compose.yml:4']);
  });
});

describe("a service's environment: wins over its env_file: for the same variable (QA k8s P2-4)", () => {
  const files = (environment: string) => ({
    'app.env': 'NODE_ENV=development\nDEBUG=true\nDB_PASSWORD=changeme\n',
    'docker-compose.yml': `services:\n  app:\n    image: acme/app:1.0\n    env_file: app.env\n    environment:\n${environment}`,
  });
  it('a value environment: replaces never reaches the container', async () => {
    const f = files('      NODE_ENV: production\n      DEBUG: "false"\n      DB_PASSWORD: ${DB_PASSWORD}\n');
    for (const check of [debugMode, defaultCredentials]) {
      expect(await failures(check, f), check.id).toEqual([]);
      expect(await notes(check, f), check.id).toEqual([]);
    }
  });
  it('the variables it does not set (or only passes through, `- KEY`) are judged', async () => {
    const f = files('      - NODE_ENV=production\n      - DEBUG\n');
    expect((await failures(debugMode, f)).map((x) => `${x.file}:${x.line}`)).toEqual(['app.env:2']);
    expect((await failures(defaultCredentials, f)).map((x) => `${x.file}:${x.line}`)).toEqual(['app.env:3']);
  });
  it('a shared env_file is reported for the services that do not override it, and a later env_file wins over an earlier one', async () => {
    const shared = {
      'app.env': 'DEBUG=true\n',
      'off.env': 'DEBUG=false\n',
      'docker-compose.yml': 'services:\n  a:\n    image: acme/a:1.0\n    env_file: app.env\n    environment: { DEBUG: "0" }\n  b:\n    image: acme/b:1.0\n    env_file: app.env\n  c:\n    image: acme/c:1.0\n    env_file: [app.env, off.env]\n',
    };
    const found = await failures(debugMode, shared);
    expect(found.map((x) => `${x.file}:${x.line}`)).toEqual(['app.env:1']);
    expect(found[0]!.message).toMatch(/env_file of service 'b' in docker-compose\.yml\)/);
  });
  it('a production overlay that sets it makes the env_file value a note', async () => {
    const f = { ...files('      NODE_ENV: production\n'), 'docker-compose.prod.yml': 'services:\n  app:\n    environment:\n      DEBUG: "false"\n      DB_PASSWORD: ${DB_PASSWORD:?}\n' };
    for (const check of [debugMode, defaultCredentials]) {
      expect(await failures(check, f), check.id).toEqual([]);
      expect((await notes(check, f)).map((n) => n.message.endsWith('(overridden by docker-compose.prod.yml for production)')), check.id).toEqual([true]);
    }
  });
});
