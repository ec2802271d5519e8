import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 41 precision41 D3: a Dockerfile only development environments build (Laravel Sail's compose, docker-compose.dev.yml)
// is a development image: its Dockerfile findings are notes naming why, as the rest of that compose's findings are.

const SAIL_COMPOSE = (context: string) => `services:
  laravel.test:
    build:
      context: '${context}'
      dockerfile: Dockerfile
      args:
        WWWGROUP: '\${WWWGROUP}'
    image: 'sail-8.3/app'
    ports:
      - '\${APP_PORT:-80}:80'
  mysql:
    image: 'mysql/mysql-server:8.0'
`;
/** A development image: root, no HEALTHCHECK, a moving FROM tag, `artisan serve`, a baked secret. */
const DEV_DOCKERFILE = 'FROM ubuntu:latest\nENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY1\nCMD ["php", "artisan", "serve", "--host=0.0.0.0"]\n';

const lines = async (check: CheckDef, files: Record<string, string>, file: string) =>
  (await runCase(check, { name: 'x', files })).findings.filter((f) => f.file === file).map((f) => `${f.line} ${f.note ? 'note' : 'fail'}${f.note ? ` ${/\(([^()]*)\)$/.exec(f.message)?.[1] ?? ''}` : ''}`);

describe('Dockerfiles built only by development environments', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['a published Sail runtime (docker/8.3)', { 'docker-compose.yml': SAIL_COMPOSE('./docker/8.3'), 'docker/8.3/Dockerfile': DEV_DOCKERFILE }, 'docker/8.3/Dockerfile', "built only by Laravel Sail's development environment in docker-compose.yml"],
    ['the vendored Sail runtime', { 'docker-compose.yml': SAIL_COMPOSE('./vendor/laravel/sail/runtimes/8.3'), 'vendor/laravel/sail/runtimes/8.3/Dockerfile': DEV_DOCKERFILE }, 'vendor/laravel/sail/runtimes/8.3/Dockerfile', "built only by Laravel Sail's development environment in docker-compose.yml"],
    ['docker-compose.dev.yml', { 'docker-compose.dev.yml': 'services:\n  php:\n    build: ./tools/php\n', 'tools/php/Dockerfile': DEV_DOCKERFILE }, 'tools/php/Dockerfile', 'built only by docker-compose.dev.yml, a development-only file'],
    ['a service only in a dev profile', { 'compose.yml': 'services:\n  tools:\n    build: ./tools\n    profiles: [dev]\n  web:\n    image: nginx:1.27\n', 'tools/Dockerfile': DEV_DOCKERFILE }, 'tools/Dockerfile', "built only by service 'tools' in compose.yml, only in compose profile 'dev'"],
  ];
  for (const [name, files, df, why] of cases) {
    it(`${name}: non-root, healthcheck, FROM tag and start command are notes naming why`, async () => {
      expect(await lines(dockerfileNonRoot, files, df)).toEqual([`1 note ${why}`]);
      expect(await lines(dockerfileHealthcheck, files, df)).toEqual([`1 note ${why}`]);
      expect(await lines(imageTagPinned, files, df)).toEqual([`1 note ${why}`]);
      expect(await lines(productionServer, files, df)).toEqual([`3 note ${why}`]);
      // A secret baked into any image leaks, a development one's too: still a failure (as for Dockerfile.dev).
      expect((await lines(dockerfileSecretsInEnv, files, df)).every((l) => !l.includes('note'))).toBe(true);
      expect((await lines(dockerfileSecretsInEnv, files, df)).length).toBeGreaterThan(0);
    });
  }
});

describe('Dockerfiles production builds or runs stay judged as production', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['no known builder (a `docker build .` in CI not read)', { Dockerfile: DEV_DOCKERFILE }, 'Dockerfile'],
    ['no known builder, beside a development compose building another Dockerfile', { Dockerfile: DEV_DOCKERFILE, 'docker-compose.dev.yml': 'services:\n  php:\n    build: ./tools/php\n', 'tools/php/Dockerfile': 'FROM php:8.3-cli\nUSER 1000\n' }, 'Dockerfile'],
    ['the root Dockerfile, which hosting platforms build by default, built only by docker-compose.dev.yml', { Dockerfile: DEV_DOCKERFILE, 'docker-compose.dev.yml': 'services:\n  web:\n    build: .\n' }, 'Dockerfile'],
    ['built by a development and a production compose file', { 'app/Dockerfile': DEV_DOCKERFILE, 'docker-compose.dev.yml': 'services:\n  web:\n    build: ./app\n', 'docker-compose.prod.yml': 'services:\n  web:\n    build: ./app\n    restart: always\n' }, 'app/Dockerfile'],
    ['built by a development overlay of a production service that runs the image', { 'app/Dockerfile': DEV_DOCKERFILE, 'docker-compose.yml': 'services:\n  web:\n    image: ghcr.io/acme/web:1.4.2\n', 'docker-compose.override.yml': 'services:\n  web:\n    build: ./app\n' }, 'app/Dockerfile'],
    ['the image the development compose tags runs in Kubernetes', {
      'app/Dockerfile': DEV_DOCKERFILE, 'docker-compose.dev.yml': 'services:\n  api:\n    build: ./app\n    image: ghcr.io/acme/api\n',
      'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.4.2\n',
    }, 'app/Dockerfile'],
    ['a workflow builds and pushes it', {
      'app/Dockerfile': DEV_DOCKERFILE, 'docker-compose.dev.yml': 'services:\n  api:\n    build: ./app\n',
      '.github/workflows/release.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: app\n          file: app/Dockerfile\n          push: true\n          tags: ghcr.io/acme/api:latest\n',
    }, 'app/Dockerfile'],
  ];
  for (const [name, files, df] of cases) {
    it(`${name}: failures`, async () => {
      expect(await lines(dockerfileNonRoot, files, df)).toEqual(['1 fail']);
      expect((await lines(imageTagPinned, files, df)).every((l) => !l.includes('note'))).toBe(true);
      expect(await lines(imageTagPinned, files, df)).toHaveLength(1);
    });
  }
});
