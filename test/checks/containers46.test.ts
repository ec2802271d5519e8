import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 46 fullrepos26 D2: the testdriven.io layout — docker-compose.yml builds `./app` (its Dockerfile) for development,
// docker-compose.prod.yml merged over it builds `Dockerfile.prod` — production never builds the main file's Dockerfile: its
// findings are notes, as the same service's `command` already is ("overridden by docker-compose.prod.yml for production").

/** A development image: root, no HEALTHCHECK, a moving FROM tag, `manage.py runserver`, a baked secret. */
const DEV_DOCKERFILE = 'FROM python:latest\nENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY1\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n';
const PROD_DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nUSER 10001\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD ["gunicorn", "app.wsgi:application", "--bind", "0.0.0.0:8000"]\n';
const BASE = 'services:\n  web:\n    build: ./app\n    command: python manage.py runserver 0.0.0.0:8000\n';
const PROD_OVERLAY = 'services:\n  web:\n    build:\n      context: ./app\n      dockerfile: Dockerfile.prod\n    command: gunicorn app.wsgi:application --bind 0.0.0.0:8000\n';

const lines = async (check: CheckDef, files: Record<string, string>, file: string) =>
  (await runCase(check, { name: 'x', files })).findings.filter((f) => f.file === file).map((f) => `${f.line} ${f.note ? 'note' : 'fail'}${f.note ? ` ${/\(([^()]*)\)$/.exec(f.message)?.[1] ?? ''}` : ''}`);

describe('a main compose file\'s Dockerfile that the production overlay replaces with another Dockerfile', () => {
  const why = "built only by service 'web' in docker-compose.yml, overridden by docker-compose.prod.yml for production, which builds app/Dockerfile.prod instead";
  const cases: [string, Record<string, string>, string, string][] = [
    ['the testdriven.io layout', { 'docker-compose.yml': BASE, 'docker-compose.prod.yml': PROD_OVERLAY, 'app/Dockerfile': DEV_DOCKERFILE, 'app/Dockerfile.prod': PROD_DOCKERFILE }, 'app/Dockerfile', why],
    ['the overlay naming only the dockerfile (context merged from the main file)', {
      'docker-compose.yml': 'services:\n  web:\n    build:\n      context: ./app\n',
      'docker-compose.prod.yml': 'services:\n  web:\n    build:\n      dockerfile: Dockerfile.prod\n',
      'app/Dockerfile': DEV_DOCKERFILE, 'app/Dockerfile.prod': PROD_DOCKERFILE,
    }, 'app/Dockerfile', why],
    ['the root Dockerfile beside Dockerfile.prod, which the production overlay builds', {
      'docker-compose.yml': 'services:\n  web:\n    build: .\n',
      'docker-compose.prod.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.prod\n',
      Dockerfile: DEV_DOCKERFILE, 'Dockerfile.prod': PROD_DOCKERFILE,
    }, 'Dockerfile', "built only by service 'web' in docker-compose.yml, overridden by docker-compose.prod.yml for production, which builds Dockerfile.prod instead"],
  ];
  for (const [name, files, df, reason] of cases) {
    it(`${name}: non-root, healthcheck, FROM tag and start command are notes naming why`, async () => {
      expect(await lines(dockerfileNonRoot, files, df)).toEqual([`1 note ${reason}`]);
      expect(await lines(dockerfileHealthcheck, files, df)).toEqual([`1 note ${reason}`]);
      expect(await lines(imageTagPinned, files, df)).toEqual([`1 note ${reason}`]);
      expect(await lines(productionServer, files, df)).toEqual([`3 note ${reason}`]);
      // A secret baked into any image leaks, a development one's too: still a failure.
      const secrets = await lines(dockerfileSecretsInEnv, files, df);
      expect(secrets.length).toBeGreaterThan(0);
      expect(secrets.every((l) => !l.includes('note'))).toBe(true);
      // The Dockerfile production builds is judged as production (it passes here).
      expect(await lines(dockerfileNonRoot, files, df === 'Dockerfile' ? 'Dockerfile.prod' : 'app/Dockerfile.prod')).toEqual([]);
    });
  }
});

describe('a main compose file\'s Dockerfile that production still builds stays judged as production', () => {
  const cases: [string, Record<string, string>][] = [
    ['the production overlay builds the same Dockerfile with other build.args', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': 'services:\n  web:\n    build:\n      context: ./app\n      args:\n        MODE: prod\n', 'app/Dockerfile': DEV_DOCKERFILE,
    }],
    ['another production service builds it too (a worker the overlay leaves alone)', {
      'docker-compose.yml': `${BASE}  worker:\n    build: ./app\n    command: celery -A app worker\n`, 'docker-compose.prod.yml': PROD_OVERLAY,
      'app/Dockerfile': DEV_DOCKERFILE, 'app/Dockerfile.prod': PROD_DOCKERFILE,
    }],
    ['a workflow builds and pushes it', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': PROD_OVERLAY, 'app/Dockerfile': DEV_DOCKERFILE, 'app/Dockerfile.prod': PROD_DOCKERFILE,
      '.github/workflows/release.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: app\n          file: app/Dockerfile\n          push: true\n          tags: ghcr.io/acme/api:latest\n',
    }],
    ['only a development overlay builds another Dockerfile (docker-compose.override.yml)', {
      'docker-compose.yml': BASE, 'docker-compose.override.yml': 'services:\n  web:\n    build:\n      context: ./app\n      dockerfile: Dockerfile.dev\n',
      'app/Dockerfile': DEV_DOCKERFILE, 'app/Dockerfile.dev': PROD_DOCKERFILE,
    }],
    ['no overlay: the main file alone', { 'docker-compose.yml': BASE, 'app/Dockerfile': DEV_DOCKERFILE }],
  ];
  for (const [name, files] of cases) {
    it(`${name}: failures`, async () => {
      expect(await lines(dockerfileNonRoot, files, 'app/Dockerfile')).toEqual(['1 fail']);
      expect(await lines(imageTagPinned, files, 'app/Dockerfile')).toEqual(['1 fail']);
    });
  }
});
