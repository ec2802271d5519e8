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
