import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 46 review B1/B2: a main compose file's Dockerfile is development's only when every production deployment (each
// production overlay merged ALONE over the main file) builds another Dockerfile of the repository, named without a variable.

/** Root, a moving FROM tag, a development server. */
const DEV_DOCKERFILE = 'FROM python:latest\nCOPY . /app\nCMD ["flask", "run", "--debug", "--host=0.0.0.0"]\n';
const OTHER_DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nUSER 10001\nCMD ["gunicorn", "app:app"]\n';
const BASE = 'services:\n  web:\n    build: .\n    image: example/web:1.2.3\n';
const rebuild = (dockerfile: string, context = '.') => `services:\n  web:\n    build:\n      context: ${context}\n      dockerfile: ${dockerfile}\n`;
const ENV_ONLY = 'services:\n  web:\n    restart: always\n    environment:\n      - APP_ENV=production\n';

const lines = async (check: CheckDef, files: Record<string, string>, file: string) =>
  (await runCase(check, { name: 'x', files })).findings.filter((f) => f.file === file).map((f) => `${f.line} ${f.note ? 'note' : 'fail'}`);

describe('a main compose file\'s Dockerfile that a production deployment still builds is judged as production', () => {
  const cases: [string, Record<string, string>][] = [
    ['a staging overlay builds another Dockerfile, the prod overlay leaves the build alone (B1)', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': ENV_ONLY, 'docker-compose.staging.yml': rebuild('Dockerfile.staging'),
      Dockerfile: DEV_DOCKERFILE, 'Dockerfile.staging': OTHER_DOCKERFILE,
    }],
    ['a release overlay builds another Dockerfile, the production overlay does not define the service (B1)', {
      'docker-compose.yml': BASE, 'docker-compose.production.yml': 'services:\n  nginx:\n    image: nginx:1.27\n', 'docker-compose.release.yml': rebuild('Dockerfile.release'),
      Dockerfile: DEV_DOCKERFILE, 'Dockerfile.release': OTHER_DOCKERFILE,
    }],
    ['the prod overlay names its Dockerfile with a variable defaulting to the same one (B2)', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': rebuild('${DOCKERFILE:-Dockerfile}'), Dockerfile: DEV_DOCKERFILE,
    }],
    ['the prod overlay names it by an absolute path from $PWD (B2)', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': rebuild('$PWD/Dockerfile'), Dockerfile: DEV_DOCKERFILE,
    }],
    ['the prod overlay names a Dockerfile the repository does not hold (B2)', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': rebuild('Dockerfile.prod'), Dockerfile: DEV_DOCKERFILE,
    }],
    ['the prod overlay builds from a context holding a variable (B2)', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': rebuild('Dockerfile.prod', '${APP_DIR:-.}'), Dockerfile: DEV_DOCKERFILE, 'Dockerfile.prod': OTHER_DOCKERFILE,
    }],
  ];
  for (const [name, files] of cases) {
    it(`${name}: failures`, async () => {
      expect(await lines(dockerfileNonRoot, files, 'Dockerfile')).toEqual(['1 fail']);
      expect(await lines(imageTagPinned, files, 'Dockerfile')).toEqual(['1 fail']);
      expect(await lines(productionServer, files, 'Dockerfile')).toEqual(['3 fail']);
    });
  }
});

describe('a main compose file\'s Dockerfile that no production deployment builds stays development\'s (the lookalikes)', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['both the prod and the staging overlays build other Dockerfiles', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': rebuild('Dockerfile.prod'), 'docker-compose.staging.yml': rebuild('Dockerfile.staging'),
      Dockerfile: DEV_DOCKERFILE, 'Dockerfile.prod': OTHER_DOCKERFILE, 'Dockerfile.staging': OTHER_DOCKERFILE,
    }, 'docker-compose.prod.yml for production, which builds Dockerfile.prod instead'],
    ['the prod overlay builds another Dockerfile; a staging overlay adding only environment is no production-proper deployment', {
      'docker-compose.yml': BASE, 'docker-compose.prod.yml': rebuild('Dockerfile.prod'), 'docker-compose.staging.yml': ENV_ONLY,
      Dockerfile: DEV_DOCKERFILE, 'Dockerfile.prod': OTHER_DOCKERFILE,
    }, 'docker-compose.prod.yml for production, which builds Dockerfile.prod instead'],
    ['only a staging overlay, building another Dockerfile', {
      'docker-compose.yml': BASE, 'docker-compose.staging.yml': rebuild('Dockerfile.staging'), Dockerfile: DEV_DOCKERFILE, 'Dockerfile.staging': OTHER_DOCKERFILE,
    }, 'docker-compose.staging.yml for production, which builds Dockerfile.staging instead'],
  ];
  for (const [name, files, why] of cases) {
    it(`${name}: notes`, async () => {
      const res = (await runCase(dockerfileNonRoot, { name: 'x', files })).findings.filter((f) => f.file === 'Dockerfile');
      expect(res.map((f) => `${f.line} ${f.note ? 'note' : 'fail'}`)).toEqual(['1 note']);
      expect(res[0]!.message).toContain(`overridden by ${why}`);
      expect(await lines(productionServer, files, 'Dockerfile')).toEqual(['3 note']);
    });
  }
});

describe('a Dockerfile named for development that a staging deployment builds is built by production (productionBuilds, each overlay alone)', () => {
  it('the prod overlay leaves Dockerfile.dev, staging builds another: Dockerfile.dev is judged as production', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.dev\n',
      'docker-compose.prod.yml': ENV_ONLY, 'docker-compose.staging.yml': rebuild('Dockerfile.staging'),
      'Dockerfile.dev': DEV_DOCKERFILE, 'Dockerfile.staging': OTHER_DOCKERFILE,
    };
    expect(await lines(dockerfileNonRoot, files, 'Dockerfile.dev')).toEqual(['1 fail']);
  });
});
