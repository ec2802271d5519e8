import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { restartPolicy } from '../../src/checks/restart-policy.js';
import type { CheckDef } from '../../src/checks/define.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 42 devprod12: what is deployed and what is development-only — compose overlays (D1), dev-named Dockerfiles that
// production ships (D2), Gitpod's workspace image (D3), and the development words shared by every file kind (D6).

/** The bracketed reason that ends a note's message (`… (development-only file)`), nested brackets kept. */
function reason(message: string): string {
  if (!message.endsWith(')')) return '';
  let depth = 0;
  for (let i = message.length - 1; i >= 0; i--) {
    if (message[i] === ')') depth++;
    else if (message[i] === '(' && --depth === 0) return ` (${message.slice(i + 1, -1)})`;
  }
  return '';
}
/** `file:line fail|note (reason)` for each finding of `check`, sorted. */
const found = async (check: CheckDef, files: Record<string, string>): Promise<string[]> =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? `note${reason(f.message)}` : 'fail'}`).sort();
const failures = async (check: CheckDef, files: Record<string, string>): Promise<string[]> => (await found(check, files)).filter((f) => f.endsWith(' fail'));

const BASE = `services:
  web:
    image: ghcr.io/acme/web:latest
    command: flask run --host=0.0.0.0
    ports: ["8000:8000"]
    restart: always
  db:
    image: postgres:16.3
    ports: ["5432:5432"]
    restart: always
`;
/** A development overlay as a dev container, a sandbox or a test tool writes it: another image, a debug switch, no db port. */
const DEV_OVERLAY = `services:
  web:
    image: mcr.microsoft.com/devcontainers/python:1-3.12-bookworm
    command: sleep infinity
    environment:
      FLASK_DEBUG: "1"
    mem_limit: 4g
  db:
    ports: !reset []
    mem_limit: 2g
`;

describe('D1: only a compose overlay named for production stands for production', () => {
  for (const overlay of ['docker-compose.devcontainer.yml', 'docker-compose.sandbox.yml', 'docker-compose.dev.local.yml', 'docker-compose.localdev.yml',
    'docker-compose.codespaces.yml', 'docker-compose.gitpod.yml', 'docker-compose.tilt.yml', 'docker-compose.cypress.yml', 'docker-compose.dev-tools.yml']) {
    it(`${overlay} is development-only: the base's failures stay, the overlay's own are notes`, async () => {
      const files = { 'docker-compose.yml': BASE, [overlay]: DEV_OVERLAY };
      expect(await failures(imageTagPinned, files)).toEqual(['docker-compose.yml:3 fail']);
      expect(await failures(databasePortExposed, files)).toEqual(['docker-compose.yml:9 fail']);
      expect(await failures(productionServer, files)).toEqual(['docker-compose.yml:4 fail']);
      expect(await found(debugMode, files)).toEqual([`${overlay}:6 note (development-only file)`]);
      // The limits set only in the overlay are no limits of what `docker compose up` runs.
      expect(await failures(resourceLimits, files)).toEqual(['docker-compose.yml:2 fail', 'docker-compose.yml:7 fail']);
    });
  }

  for (const overlay of ['docker-compose.mac.yml', 'docker-compose.arm64.yml', 'docker-compose.monitoring.yml']) {
    it(`${overlay} (purpose unknown) is judged as its own file and excuses nothing in the base`, async () => {
      const files = { 'docker-compose.yml': BASE, [overlay]: DEV_OVERLAY };
      expect(await failures(imageTagPinned, files)).toEqual(['docker-compose.yml:3 fail']);
      expect(await failures(databasePortExposed, files)).toEqual(['docker-compose.yml:9 fail']);
      expect(await failures(productionServer, files)).toEqual(['docker-compose.yml:4 fail']);
      expect(await failures(debugMode, files)).toEqual([`${overlay}:6 fail`]);
      expect(await failures(resourceLimits, files)).toEqual(['docker-compose.yml:2 fail', 'docker-compose.yml:7 fail']);
    });
  }

  for (const overlay of ['docker-compose.prod.yml', 'compose.production.yaml', 'docker-compose.staging.yml', 'docker-compose-live.yml']) {
    it(`${overlay} still replaces the base's values for production and provides what it lacks`, async () => {
      const files = { 'docker-compose.yml': BASE, [overlay]: DEV_OVERLAY };
      expect(await found(imageTagPinned, files)).toEqual([`docker-compose.yml:3 note (overridden by ${overlay} for production)`]);
      expect(await failures(databasePortExposed, files)).toEqual([]);
      expect(await failures(productionServer, files)).toEqual([]);
      expect(await failures(debugMode, files)).toEqual([`${overlay}:6 fail`]);
      expect(await failures(resourceLimits, files)).toEqual([]);
    });
  }

  it('docker-compose.override.yml (merged by `docker compose up` for development) keeps its notes and masks nothing', async () => {
    const files = { 'docker-compose.yml': BASE, 'docker-compose.override.yml': DEV_OVERLAY };
    expect(await failures(productionServer, files)).toEqual(['docker-compose.yml:4 fail']);
    expect(await found(debugMode, files)).toEqual(['docker-compose.override.yml:6 note (development-only file)']);
  });

  it('a health check only an overlay of unknown purpose declares covers nothing production builds', async () => {
    const files = {
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "app:app"]\n',
      'docker-compose.yml': 'services:\n  web:\n    build: .\n',
      'docker-compose.mac.yml': 'services:\n  web:\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/"]\n',
    };
    expect(await failures(dockerfileHealthcheck, files)).toEqual(['Dockerfile:1 fail']);
    const prod = { ...files, 'docker-compose.prod.yml': files['docker-compose.mac.yml'] };
    expect(await failures(dockerfileHealthcheck, prod)).toEqual([]);
  });

  it('a restart policy only an overlay of unknown purpose sets is none of the base\'s', async () => {
    const files = { 'compose.yaml': 'services:\n  worker:\n    image: acme/worker:1.2\n', 'compose.mac.yaml': 'services:\n  worker:\n    restart: always\n' };
    expect(await failures(restartPolicy, files)).toEqual(['compose.yaml:2 fail']);
    expect(await failures(restartPolicy, { ...files, 'compose.prod.yaml': 'services:\n  worker:\n    restart: always\n' })).toEqual([]);
  });
});

/** A development image: root, `NODE_ENV=development`, a watcher as its command. */
const DEV_DOCKERFILE = 'FROM node:20.14\nWORKDIR /app\nCOPY . .\nRUN npm ci\nENV NODE_ENV=development\nCMD ["npm", "run", "dev"]\n';
const PKG = '{"name":"web","version":"1.0.0","scripts":{"dev":"nodemon server.js","start":"node server.js"}}';
const PUSH_WORKFLOW = (file: string) => `on:
  push:
    branches: [main]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          file: ${file}
          push: true
          tags: ghcr.io/acme/web:\${{ github.sha }}
`;
const BUILD = (dockerfile: string) => `services:\n  web:\n    build:\n      context: .\n      dockerfile: ${dockerfile}\n    restart: always\n`;

describe('D2: a dev-named Dockerfile that production builds and ships is judged', () => {
  const shipped: [string, Record<string, string>][] = [
    ['fly.toml [build] dockerfile', { 'fly.toml': 'app = "web"\n[build]\n  dockerfile = "Dockerfile.dev"\n[http_service]\n  internal_port = 3000\n  force_https = true\n' }],
    ['a release workflow pushing it (docker/build-push-action file:)', { '.github/workflows/release.yml': PUSH_WORKFLOW('Dockerfile.dev') }],
    ['docker-compose.prod.yml build.dockerfile', { 'docker-compose.prod.yml': BUILD('Dockerfile.dev') }],
    ['docker-compose.yml building it with a production overlay merged over it', { 'docker-compose.yml': BUILD('Dockerfile.dev'), 'docker-compose.prod.yml': 'services:\n  web:\n    mem_limit: 512m\n' }],
  ];
  for (const [name, deploy] of shipped) {
    it(`${name}: its root user, NODE_ENV and watcher fail`, async () => {
      const files = { 'Dockerfile.dev': DEV_DOCKERFILE, 'package.json': PKG, ...deploy };
      expect(await failures(dockerfileNonRoot, files)).toEqual(['Dockerfile.dev:1 fail']);
      expect(await failures(debugMode, files)).toEqual(['Dockerfile.dev:5 fail']);
      expect((await failures(productionServer, files)).filter((f) => f.startsWith('Dockerfile.dev'))).toEqual(['Dockerfile.dev:6 fail']);
    });
  }

  const dev: [string, Record<string, string>][] = [
    ['the main docker-compose.yml alone (also `docker compose up` on a laptop)', { 'docker-compose.yml': BUILD('Dockerfile.dev') }],
    ['docker-compose.dev.yml', { 'docker-compose.dev.yml': BUILD('Dockerfile.dev') }],
    ['docker-compose.yml with a production overlay that builds the production Dockerfile', { 'docker-compose.yml': BUILD('Dockerfile.dev'), 'docker-compose.prod.yml': BUILD('Dockerfile'), Dockerfile: 'FROM node:20.14\nUSER 10001\nCMD ["node", "server.js"]\n' }],
    ['a development overlay', { 'docker-compose.yml': 'services:\n  web:\n    image: ghcr.io/acme/web:1.2\n', 'docker-compose.override.yml': BUILD('Dockerfile.dev') }],
    ['skaffold, whose `skaffold dev` loop builds the same artifacts', { 'skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: web\n      docker:\n        dockerfile: Dockerfile.dev\n' }],
    ['a workflow named for development', { '.github/workflows/dev-image.yml': PUSH_WORKFLOW('Dockerfile.dev') }],
  ];
  for (const [name, deploy] of dev) {
    it(`built by ${name}: still development-only`, async () => {
      const files = { 'Dockerfile.dev': DEV_DOCKERFILE, 'package.json': PKG, ...deploy };
      expect(await found(dockerfileNonRoot, files)).toContain('Dockerfile.dev:1 note (development-only file)');
      expect((await failures(debugMode, files)).filter((f) => f.startsWith('Dockerfile.dev'))).toEqual([]);
    });
  }

  it('a dev container image that CI prebuilds and pushes stays development-only', async () => {
    const files = { '.devcontainer/Dockerfile': DEV_DOCKERFILE, '.github/workflows/release.yml': PUSH_WORKFLOW('.devcontainer/Dockerfile') };
    expect(await found(dockerfileNonRoot, files)).toEqual(['.devcontainer/Dockerfile:1 note (development-only file)']);
  });

  it('a CI image that CI pushes for its own jobs (Dockerfile.ci) stays development-only', async () => {
    const files = { 'Dockerfile.ci': DEV_DOCKERFILE, '.github/workflows/ci-image.yml': PUSH_WORKFLOW('Dockerfile.ci'), '.github/workflows/release.yml': PUSH_WORKFLOW('Dockerfile.ci') };
    expect(await found(dockerfileNonRoot, files)).toEqual(['Dockerfile.ci:1 note (development-only file)']);
  });
});

describe('D3: cloud IDE workspace images are development-only', () => {
  const WORKSPACE = 'FROM gitpod/workspace-full\n\n# Install custom tools, runtime, etc.\nRUN brew install fzf\n';
  const APP = 'FROM node:20.14-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "server.js"]\n';

  it('.gitpod.Dockerfile, by name: notes; the production Dockerfile is still judged', async () => {
    const files = { '.gitpod.Dockerfile': WORKSPACE, '.gitpod.yml': 'image:\n  file: .gitpod.Dockerfile\n', Dockerfile: 'FROM node\nCMD ["node", "server.js"]\n' };
    expect(await found(dockerfileNonRoot, files)).toEqual(['.gitpod.Dockerfile:1 note (development-only file)', 'Dockerfile:1 fail']);
    expect(await found(imageTagPinned, files)).toEqual(['.gitpod.Dockerfile:1 note (development-only file)', 'Dockerfile:1 fail']);
  });

  it('the image `.gitpod.yml` builds (image.file), whatever its name: notes naming Gitpod', async () => {
    const files = { 'docker/workspace.Dockerfile': WORKSPACE, '.gitpod.yml': 'image:\n  file: docker/workspace.Dockerfile\ntasks:\n  - init: npm ci\n', Dockerfile: APP };
    expect(await found(dockerfileNonRoot, files)).toEqual(["docker/workspace.Dockerfile:1 note (built only as Gitpod's workspace image (.gitpod.yml))"]);
    expect(await found(imageTagPinned, files)).toEqual(["docker/workspace.Dockerfile:1 note (built only as Gitpod's workspace image (.gitpod.yml))"]);
  });

  it('unless production builds it too', async () => {
    const files = { 'docker/workspace.Dockerfile': WORKSPACE, '.gitpod.yml': 'image:\n  file: docker/workspace.Dockerfile\n', 'fly.toml': 'app = "web"\n[build]\n  dockerfile = "docker/workspace.Dockerfile"\n' };
    expect(await failures(dockerfileNonRoot, files)).toEqual(['docker/workspace.Dockerfile:1 fail']);
  });
});

describe('D6: one development vocabulary for every file kind', () => {
  it('Dockerfiles named for dev containers, cloud IDEs, Tilt, local development, or dev with a platform qualifier: notes', async () => {
    const names = ['Dockerfile.devcontainer', 'Dockerfile.dev.arm64', 'Dockerfile.localdev', 'Dockerfile.tilt', 'Dockerfile.codespaces', 'Dockerfile.gitpod', 'Dockerfile.hotreload'];
    const files = Object.fromEntries([...names.map((n) => [n, DEV_DOCKERFILE]), ['Dockerfile.arm64', DEV_DOCKERFILE], ['package.json', PKG]]);
    const out = await found(dockerfileNonRoot, files);
    expect(out.filter((f) => f.endsWith(' fail'))).toEqual(['Dockerfile.arm64:1 fail']);
    for (const n of names) expect(out).toContain(`${n}:1 note (development-only file)`);
  });

  it('Procfile.devcontainer and Procfile.localdev are development Procfiles', async () => {
    const web = 'web: flask run --host=0.0.0.0\n';
    const out = await found(productionServer, { Procfile: 'web: gunicorn app:app\n', 'Procfile.devcontainer': web, 'Procfile.localdev': web, 'app.py': 'from flask import Flask\napp = Flask(__name__)\n' });
    expect(out.filter((f) => f.endsWith(' fail'))).toEqual([]);
    expect(out.filter((f) => /^Procfile\.(?:devcontainer|localdev):1 note/.test(f))).toHaveLength(2);
  });

  it('kustomize overlays for local clusters (docker-desktop, microk8s, rancher-desktop, orbstack, localdev) give notes; prod fails', async () => {
    const patch = (name: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:latest\n`;
    const dirs = ['docker-desktop', 'microk8s', 'rancher-desktop', 'orbstack', 'localdev', 'prod'];
    const files = Object.fromEntries(dirs.map((d) => [`k8s/overlays/${d}/deployment.yaml`, patch(`web-${d}`)]));
    const out = await found(imageTagPinned, files);
    expect(out.filter((f) => f.endsWith(' fail'))).toEqual(['k8s/overlays/prod/deployment.yaml:10 fail']);
    expect(out.filter((f) => / note/.test(f))).toHaveLength(5);
  });

  it('a manifest named for Tilt (tilt-deployment.yaml) is development-only', async () => {
    const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1.0\n          env:\n            - name: FLASK_DEBUG\n              value: "1"\n';
    expect(await found(debugMode, { 'k8s/tilt-deployment.yaml': manifest })).toEqual(['k8s/tilt-deployment.yaml:13 note (development-only file)']);
  });
});
