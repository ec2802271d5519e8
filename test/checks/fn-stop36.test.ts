/**
 * QA stop 36 (fnhunt2, fphunt6 D4): false negatives.
 * D1: Dockerfiles named `Dockerfile-prod`/`Dockerfile_production`, and files a deploy config names as its Dockerfile
 * (fly.toml, render.yaml, heroku.yml, railway.json, a release workflow), whatever their names, are judged.
 */
import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { isDockerfile, isDevOnly } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note), skipped: out.skipped };
};

// D1 ------------------------------------------------------------------------------------------------------------------

const DEV_IMAGE = 'FROM node:latest\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["npx", "nodemon", "server.js"]\n';

describe('D1: Dockerfile names', () => {
  it('takes the dash and underscore spellings, not code or docs named after Dockerfiles', () => {
    for (const f of ['Dockerfile-prod', 'a/Dockerfile_production', 'dockerfile-prod', 'Containerfile-api', 'Dockerfile.prod', 'prod.Dockerfile', 'api.dockerfile']) expect(isDockerfile(f), f).toBe(true);
    for (const f of ['Dockerfile.md', '.dockerignore', 'Dockerfile-prod.md', 'dockerfile_parser.go', 'Dockerfile-lint.sh', 'dockerfile_test.go', 'Dockerfile-', 'Dockerfiles']) expect(isDockerfile(f), f).toBe(false);
  });

  it('reads Dockerfile-dev, Dockerfile_test as development-only, as Dockerfile.dev', () => {
    for (const f of ['Dockerfile.dev', 'Dockerfile-dev', 'Dockerfile_test', 'Dockerfile-local', 'Containerfile-ci']) expect(isDevOnly(f), f).toBe(true);
    for (const f of ['Dockerfile-prod', 'Dockerfile_production', 'Dockerfile-devops']) expect(isDevOnly(f), f).toBe(false);
  });

  it('judges Dockerfile-prod and Dockerfile_production', async () => {
    for (const name of ['Dockerfile-prod', 'b/Dockerfile_production']) {
      const ps = await run(productionServer, { [name]: DEV_IMAGE });
      expect(ps.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${name}:5`]);
      const nr = await run(dockerfileNonRoot, { [name]: DEV_IMAGE });
      expect(nr.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${name}:1`]);
    }
  });

  it('gives notes for Dockerfile-dev, as for Dockerfile.dev', async () => {
    for (const name of ['Dockerfile.dev', 'Dockerfile-dev']) {
      const ps = await run(productionServer, { [name]: DEV_IMAGE });
      expect(ps.failures, name).toEqual([]);
      expect(ps.notes.map((f) => f.file)).toEqual([name]);
    }
  });

  // A name no pattern takes: only the deploy config says it is a Dockerfile.
  const ODD = 'deploy/web.image';
  const named: Record<string, Record<string, string>> = {
    'fly.toml [build] dockerfile': { 'fly.toml': 'app = "x"\n[build]\n  dockerfile = "deploy/web.image"\n' },
    'render.yaml dockerfilePath': { 'render.yaml': 'services:\n  - type: web\n    name: api\n    runtime: docker\n    dockerfilePath: ./deploy/web.image\n' },
    'heroku.yml build.docker.web': { 'heroku.yml': 'build:\n  docker:\n    web: deploy/web.image\n' },
    'railway.json build.dockerfilePath': { 'railway.json': '{"build":{"builder":"DOCKERFILE","dockerfilePath":"deploy/web.image"}}\n' },
    'compose build.dockerfile': { 'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: deploy/web.image\n' },
    'a release workflow: docker/build-push-action file:': { '.github/workflows/release.yml': 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: deploy/web.image\n          push: ${{ github.event_name != \'pull_request\' }}\n          tags: ghcr.io/acme/web:${{ github.sha }}\n' },
    'a release workflow: docker build -f then docker push': { '.github/workflows/release.yml': 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f deploy/web.image -t ghcr.io/acme/web:1 .\n      - run: docker push ghcr.io/acme/web:1\n' },
  };
  for (const [name, files] of Object.entries(named)) {
    it(`judges the Dockerfile ${name} names`, async () => {
      const all = { ...files, [ODD]: DEV_IMAGE };
      const ps = await run(productionServer, all);
      expect(ps.failures.map((f) => `${f.file}:${f.line}`)).toContain(`${ODD}:5`);
      const tag = await run(imageTagPinned, all);
      expect(tag.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${ODD}:1`]);
    });
  }

  const notNamed: Record<string, Record<string, string>> = {
    'a fly config for development': { 'fly.dev.toml': 'app = "x"\n[build]\n  dockerfile = "deploy/web.image"\n' },
    'a workflow that builds without pushing (a CI test image)': { '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: deploy/web.image\n          push: false\n      - run: docker build -f deploy/web.image .\n' },
    'a path from a matrix': { '.github/workflows/release.yml': 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: ${{ matrix.dockerfile }}\n          push: true\n' },
  };
  for (const [name, files] of Object.entries(notNamed)) {
    it(`does not take a file as a Dockerfile for ${name}`, async () => {
      const tag = await run(imageTagPinned, { ...files, [ODD]: DEV_IMAGE });
      expect(tag.failures).toEqual([]);
    });
  }
});
