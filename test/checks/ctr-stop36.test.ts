/**
 * QA stop 36 (containers7 D1–D3).
 * D1: the build target a deploy config outside compose selects (a workflow's `docker/build-push-action` `target:` or
 * `docker build --target` in a job that pushes, fly.toml `[build] build-target`, heroku.yml `target`, Kamal `builder.target`)
 * is the stage production runs, as a compose `build.target` is: a later development/test stage gets notes; a deploy config
 * building the Dockerfile without a target keeps the final stage judged.
 * D2: compose `build.args` resolve the ARGs `FROM` and `USER` use, for the build that compose service makes.
 * D3: "No database Service of type LoadBalancer or NodePort" binds database-port-exposed.
 */
import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note) };
};
const at = (fs: { file?: string; line?: number }[]) => fs.map((f) => `${f.file}:${f.line}`);

// D1 ------------------------------------------------------------------------------------------------------------------

// A clean `production` stage (line 11), then a `development` stage last (line 19).
const NEST = [
  'FROM node:22.11-bookworm-slim AS base',
  'WORKDIR /app',
  'COPY package*.json ./',
  '',
  'FROM base AS build',
  'RUN npm ci',
  'COPY . .',
  'RUN npm run build',
  '',
  '# the image production runs',
  'FROM base AS production',
  'ENV NODE_ENV=production',
  'RUN npm ci --omit=dev',
  'COPY --from=build /app/dist ./dist',
  'USER 1000:1000',
  'HEALTHCHECK CMD node dist/healthcheck.js',
  'CMD ["node", "dist/main.js"]',
  '',
  'FROM base AS development',
  'ENV NODE_ENV=development',
  'RUN npm install',
  'COPY . .',
  'CMD ["npm", "run", "start:dev"]',
  '',
].join('\n');
const PKG = JSON.stringify({ name: 'api', scripts: { 'start:dev': 'nest start --watch', start: 'node dist/main' } });

const workflow = (steps: string) => `name: release\non: { push: { tags: ["v*"] } }\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;

const DEPLOYS: Record<string, Record<string, string>> = {
  'build-push-action target': {
    '.github/workflows/release.yml': workflow('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: production\n          push: true\n          tags: ghcr.io/acme/api:${{ github.ref_name }}\n'),
  },
  'docker build --target + docker push': {
    '.github/workflows/release.yml': workflow('      - run: |\n          docker build \\\n            --target production \\\n            -t ghcr.io/acme/api:${{ github.sha }} .\n      - run: docker push ghcr.io/acme/api:${{ github.sha }}\n'),
  },
  'fly.toml build-target': { 'fly.toml': 'app = "acme-api"\n\n[build]\n  build-target = "production"\n' },
  'heroku.yml target': { 'heroku.yml': 'build:\n  docker:\n    web:\n      dockerfile: Dockerfile\n      target: production\n' },
  'Kamal builder.target': { 'config/deploy.yml': 'service: api\nimage: acme/api\nservers:\n  web:\n    - 192.0.2.10\nbuilder:\n  arch: amd64\n  target: production\n' },
};

describe('D1: a deploy config\'s build target is the stage production runs', () => {
  for (const [name, deploy] of Object.entries(DEPLOYS)) {
    it(`${name}: the development stage last gets notes`, async () => {
      const files = { Dockerfile: NEST, 'package.json': PKG, ...deploy };
      for (const check of [dockerfileNonRoot, dockerfileHealthcheck, productionServer, debugMode]) {
        const r = await run(check, files);
        expect(r.failures, `${name} ${check.id}`).toEqual([]);
        expect(r.notes.some((f) => f.file === 'Dockerfile' && (f.line ?? 0) >= 19 && /not the stage production builds/.test(f.message)), `${name} ${check.id}`).toBe(true);
      }
    });
  }

  it('judges the stage the deploy config builds, naming the config', async () => {
    const bad = NEST.replace('USER 1000:1000\n', '');
    const r = await run(dockerfileNonRoot, { Dockerfile: bad, 'package.json': PKG, ...DEPLOYS['fly.toml build-target'] });
    expect(at(r.failures)).toEqual(['Dockerfile:11']);
    expect(r.failures[0]!.message).toMatch(/build target 'production' \(fly\.toml\)/);
  });

  it('keeps the final stage judged when a deploy config builds the Dockerfile without a target', async () => {
    const files = {
      Dockerfile: NEST, 'package.json': PKG, ...DEPLOYS['build-push-action target'],
      // A second job pushes the final stage too.
      '.github/workflows/nightly.yml': workflow('      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: ghcr.io/acme/api:nightly\n'),
    };
    const r = await run(dockerfileNonRoot, files);
    expect(at(r.failures)).toEqual(['Dockerfile:19']);
  });

  it('a workflow that builds a target without pushing it (a CI test stage) is no deploy', async () => {
    const r = await run(dockerfileNonRoot, {
      Dockerfile: NEST,
      '.github/workflows/ci.yml': workflow('      - uses: docker/build-push-action@v6\n        with: { context: ., target: production, push: false }\n'),
    });
    expect(at(r.failures)).toEqual(['Dockerfile:19']);
  });

  it('a test stage last: the pushed runtime stage is judged, the test stage gets notes', async () => {
    const df = 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\n\nFROM base AS runtime\nUSER 10001\nHEALTHCHECK CMD python healthcheck.py\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n\nFROM base AS test\nRUN pytest -q\n';
    const files = {
      Dockerfile: df,
      '.github/workflows/ci.yml': 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with: { context: ., target: test, push: false }\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: runtime\n          push: ${{ github.ref == \'refs/heads/main\' }}\n',
    };
    for (const check of [dockerfileNonRoot, dockerfileHealthcheck]) {
      const r = await run(check, files);
      expect(r.failures, check.id).toEqual([]);
      expect(at(r.notes), check.id).toEqual(['Dockerfile:10']);
    }
  });

  it('a docker build in a sub-folder context finds that folder\'s Dockerfile', async () => {
    const r = await run(dockerfileNonRoot, {
      'api/Dockerfile': NEST,
      '.github/workflows/release.yml': workflow('      - run: docker buildx build --push --target=production -t ghcr.io/acme/api:1 ./api\n'),
    });
    expect(r.failures).toEqual([]);
    expect(at(r.notes)).toEqual(['api/Dockerfile:19']);
  });
});

// D2 ------------------------------------------------------------------------------------------------------------------

describe('D2: compose build.args resolve FROM and USER', () => {
  const DF = 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nARG APP_UID\nWORKDIR /app\nCOPY . .\nUSER ${APP_UID}\nCMD ["python", "app.py"]\n';

  it('fails a latest base image and a root UID that compose passes (mapping form)', async () => {
    const files = { Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      args:\n        BASE_IMAGE: python:latest\n        APP_UID: "0"\n' };
    const pin = await run(imageTagPinned, files);
    expect(at(pin.failures)).toEqual(['Dockerfile:2']);
    expect(pin.failures[0]!.message).toMatch(/resolves to python:latest.*service 'web' in compose\.yaml/);
    const nr = await run(dockerfileNonRoot, files);
    expect(at(nr.failures)).toEqual(['Dockerfile:6']);
    expect(nr.failures[0]!.message).toMatch(/resolves to 0.*APP_UID=0/);
  });

  it('reads the list form and interpolates ${VAR:-default} and the .env', async () => {
    const files = {
      Dockerfile: DF,
      '.env': 'RUN_UID=0\n',
      'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      args:\n        - BASE_IMAGE=${BASE:-python:latest}\n        - APP_UID=${RUN_UID}\n',
    };
    expect(at((await run(imageTagPinned, files)).failures)).toEqual(['Dockerfile:2']);
    expect(at((await run(dockerfileNonRoot, files)).failures)).toEqual(['Dockerfile:6']);
  });

  it('passes pinned values compose passes over moving defaults', async () => {
    const df = 'ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}-alpine\nARG APP_UID=0\nUSER ${APP_UID}\nCMD ["node", "server.js"]\n';
    const files = { Dockerfile: df, 'compose.yaml': 'services:\n  a:\n    build:\n      context: .\n      args:\n        NODE_VERSION: "22.11"\n        APP_UID: 10001\n' };
    expect((await run(imageTagPinned, files)).failures).toEqual([]);
    expect((await run(dockerfileNonRoot, files)).failures).toEqual([]);
  });

  it('keeps judging the defaults when another builder uses them', async () => {
    const df = 'ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}-alpine\nARG APP_UID=0\nUSER ${APP_UID}\nCMD ["node", "server.js"]\n';
    const compose = 'services:\n  a:\n    build:\n      context: .\n      args:\n        NODE_VERSION: "22.11"\n        APP_UID: 10001\n';
    // A second compose service building it without args, or a workflow pushing it.
    for (const extra of [
      { 'compose.yaml': `${compose}  b:\n    build: .\n` },
      { 'compose.yaml': compose, '.github/workflows/release.yml': workflow('      - uses: docker/build-push-action@v6\n        with: { push: true, tags: "ghcr.io/a/b:1" }\n') },
    ]) {
      const files = { Dockerfile: df, ...extra };
      expect(at((await run(imageTagPinned, files)).failures)).toEqual(['Dockerfile:2']);
      expect(at((await run(dockerfileNonRoot, files)).failures)).toEqual(['Dockerfile:4']);
    }
  });

  it('applies the args only to the stage the service builds', async () => {
    // The service builds `tools` (an unrelated stage): the final stage keeps its defaults.
    const df = 'ARG BASE=python:3.12-slim\nFROM alpine:3.20 AS tools\nARG APP_UID=10001\nUSER ${APP_UID}\n\nFROM ${BASE}\nARG APP_UID=10001\nUSER ${APP_UID}\nCMD ["python", "app.py"]\n';
    const files = { Dockerfile: df, 'compose.yaml': 'services:\n  t:\n    build:\n      context: .\n      target: tools\n      args:\n        BASE: python:latest\n        APP_UID: "0"\n' };
    expect((await run(imageTagPinned, files)).failures).toEqual([]);
    expect(at((await run(dockerfileNonRoot, files)).failures)).toEqual(['Dockerfile:4']);
  });
});

// D3 ------------------------------------------------------------------------------------------------------------------

describe('D3: the database Service phrase', () => {
  it('binds database-port-exposed', () => {
    for (const t of ['No database Service of type LoadBalancer or NodePort', 'No Postgres Service of type NodePort', 'No Redis services are LoadBalancer']) {
      expect(matchItem(t, { headings: ['Kubernetes'] }).checks, t).toContain('database-port-exposed');
    }
  });

});
