/**
 * QA stop 37 (fphunt7 D1, D3).
 * D1: the production build target other CI and build systems name is the stage production runs, as a GitHub workflow's is:
 * GitLab CI (`docker build --target`, kaniko, buildah), Bitbucket Pipelines, CircleCI scripts of a job that pushes; bake files
 * (HCL and JSON, with `inherits`), skaffold artifacts; in GitHub workflows also build-push-action's registry `outputs` and
 * redhat-actions/buildah-build with push-to-registry. A job that builds without pushing, a bake target writing files, a
 * development profile or target stay out.
 * D3: `cd DIR` earlier in a script (on its own line, `cd a &&`, `cd a;`) is where a later `docker build` runs; a subshell's
 * `cd` ends with it.
 */
import { describe, expect, it } from 'vitest';
import { ciBuilds } from '../../src/repo/platform-files.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { shippedStages } from '../../src/checks/util/commands.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

// A clean `production` stage, then a `development` stage last (line 10).
const DF = [
  'FROM node:20.14-alpine AS base',
  'WORKDIR /app',
  'COPY package*.json ./',
  'FROM base AS production',
  'RUN npm ci --omit=dev',
  'COPY . .',
  'USER node',
  'HEALTHCHECK CMD wget -qO- http://127.0.0.1:3000/health || exit 1',
  'CMD ["node", "server.js"]',
  'FROM base AS development',
  'RUN npm install',
  'COPY . .',
  'ENV NODE_ENV=development',
  'CMD ["npx", "nodemon", "server.js"]',
  '',
].join('\n');
const PKG = JSON.stringify({ name: 'x', scripts: { start: 'node server.js', dev: 'nodemon server.js' } });

const gitlab = (script: string) => `build:\n  image: docker:27\n  services: [docker:27-dind]\n  script:\n${script}`;
const BAKE_HCL = 'variable "TAG" { default = "dev" }\ngroup "default" { targets = ["app"] }\ntarget "docker-metadata-action" {}\ntarget "app" {\n  inherits   = ["docker-metadata-action"]\n  context    = "."\n  dockerfile = "Dockerfile"\n  target     = "production"\n  tags       = ["ghcr.io/acme/x:${TAG}"]\n}\n';
const gh = (steps: string) => `on: { push: { branches: [main] } }\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;

/** Build configs that push (or are) the production build, each naming `target production` of the root Dockerfile. */
const DEPLOYS: Record<string, Record<string, string>> = {
  'GitLab CI docker build + push': {
    '.gitlab-ci.yml': gitlab('    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"\n    - docker build --target production -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .\n    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"\n'),
  },
  'GitLab CI kaniko': {
    '.gitlab-ci.yml': 'build:\n  image: { name: gcr.io/kaniko-project/executor:debug, entrypoint: [""] }\n  script:\n    - /kaniko/executor --context "${CI_PROJECT_DIR}" --dockerfile "${CI_PROJECT_DIR}/Dockerfile" --target production --destination "${CI_REGISTRY_IMAGE}:${CI_COMMIT_TAG}"\n',
  },
  'GitLab CI buildah, from an included file': {
    '.gitlab-ci.yml': 'include:\n  - local: /ci/build.yml\n',
    'ci/build.yml': 'image-build:\n  script:\n    - buildah bud --layers --target production -t "$CI_REGISTRY_IMAGE" .\n    - buildah push "$CI_REGISTRY_IMAGE"\n',
  },
  'Bitbucket Pipelines': {
    'bitbucket-pipelines.yml': 'image: atlassian/default-image:4\npipelines:\n  branches:\n    main:\n      - step:\n          services: [docker]\n          script:\n            - docker build --target production -t acme/x:$BITBUCKET_COMMIT .\n            - docker push acme/x:$BITBUCKET_COMMIT\n',
  },
  'CircleCI': {
    '.circleci/config.yml': 'version: 2.1\njobs:\n  build:\n    docker: [{ image: cimg/base:2024.06 }]\n    steps:\n      - checkout\n      - setup_remote_docker\n      - run: docker build --target production -t acme/x:$CIRCLE_SHA1 . && docker push acme/x:$CIRCLE_SHA1\nworkflows:\n  main: { jobs: [build] }\n',
  },
  'docker-bake.hcl (inherits docker-metadata-action)': { 'docker-bake.hcl': BAKE_HCL },
  'docker-bake.json': { 'docker-bake.json': JSON.stringify({ target: { app: { context: '.', dockerfile: 'Dockerfile', target: 'production', tags: ['ghcr.io/acme/x:1'] } } }) },
  'docker/bake-action with the bake file': {
    'docker-bake.hcl': BAKE_HCL,
    '.github/workflows/release.yml': gh('      - uses: docker/bake-action@v5\n        with:\n          push: true\n'),
  },
  'skaffold': { 'skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: ghcr.io/acme/x\n      docker:\n        dockerfile: Dockerfile\n        target: production\n' },
  'build-push-action outputs type=registry': {
    '.github/workflows/release.yml': gh('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: production\n          outputs: type=registry\n          tags: ghcr.io/acme/x:${{ github.sha }}\n'),
  },
  'redhat-actions/buildah-build + push-to-registry': {
    '.github/workflows/release.yml': gh('      - uses: redhat-actions/buildah-build@v2\n        id: build\n        with:\n          image: x\n          tags: ${{ github.sha }}\n          containerfiles: ./Dockerfile\n          extra-args: --target production\n      - uses: redhat-actions/push-to-registry@v2\n        with:\n          image: ${{ steps.build.outputs.image }}\n          registry: quay.io/acme\n'),
  },
};

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note) };
};
const builds = (files: Record<string, string>) => ciBuilds(snapshotOf(files)).map((b) => `${b.dockerfile}@${b.target ?? 'final'}`);
/** The bake builds the checks see: the deploy builds of a snapshot without CI, platform or Kamal configs. */
const bakeBuilds = (files: Record<string, string>) => shippedStages(snapshotOf(files)).flatMap((s) => (s.target ? [`${s.df.path}@${s.stage.name} (${s.target.by})`] : []));

describe('D1: the build target other CI and build systems name is the stage production runs', () => {
  for (const [name, deploy] of Object.entries(DEPLOYS)) {
    it(`${name}: the development stage last gets notes, naming the config`, async () => {
      const files = { Dockerfile: DF, 'package.json': PKG, ...deploy };
      for (const check of [dockerfileNonRoot, dockerfileHealthcheck, productionServer, debugMode]) {
        const r = await run(check, files);
        expect(r.failures, `${name} ${check.id}`).toEqual([]);
      }
      const notes = (await run(debugMode, files)).notes;
      expect(notes.map((f) => `${f.file}:${f.line}`), name).toEqual(['Dockerfile:13']);
      expect(notes[0]!.message).toMatch(/not the stage production builds: .* builds target 'production'/);
    });
  }

  it('judges the production stage those configs build', async () => {
    const bad = DF.replace('USER node\n', '');
    for (const deploy of [DEPLOYS['GitLab CI docker build + push']!, DEPLOYS['docker-bake.hcl (inherits docker-metadata-action)']!]) {
      const r = await run(dockerfileNonRoot, { Dockerfile: bad, ...deploy });
      expect(r.failures.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:4']);
    }
  });

  it('a GitLab job that pushes a development target keeps the development stage judged', async () => {
    const r = await run(debugMode, { Dockerfile: DF, '.gitlab-ci.yml': gitlab('    - docker build --target development -t "$CI_REGISTRY_IMAGE:dev" .\n    - docker push "$CI_REGISTRY_IMAGE:dev"\n') });
    expect(r.failures.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:13']);
  });

  it('a CI job that builds without pushing builds no production image', () => {
    expect(builds({ Dockerfile: DF, '.gitlab-ci.yml': gitlab('    - docker build --target production -t app:test .\n    - docker run --rm app:test npm test\n') })).toEqual([]);
    expect(builds({ Dockerfile: DF, 'bitbucket-pipelines.yml': 'pipelines:\n  default:\n    - step:\n        script:\n          - docker build --target production -t x .\n' })).toEqual([]);
    // Kaniko pushes unless told not to.
    expect(builds({ Dockerfile: DF, '.gitlab-ci.yml': 'build:\n  script:\n    - /kaniko/executor --context $CI_PROJECT_DIR --target production --no-push\n' })).toEqual([]);
  });

  it('reads each GitLab job on its own, the default before_script included', () => {
    const files = {
      Dockerfile: DF,
      '.gitlab-ci.yml': 'default:\n  before_script:\n    - cd app\nstages: [test, release]\ntest:\n  script:\n    - docker build --target development -t x:test .\nrelease:\n  script:\n    - docker build --target production -t x:1 .\n    - docker push x:1\n',
      'app/Dockerfile': DF,
    };
    expect(builds(files)).toEqual(['app/Dockerfile@production']);
  });

  it('bake: a target writing files, a development target, a computed stage and a development bake file build no image', async () => {
    const hcl = 'variable "STAGE" { default = "production" }\ntarget "binaries" {\n  target = "production"\n  output = ["type=local,dest=./bin"]\n}\ntarget "dev" {\n  target = "production"\n}\ntarget "by-var" {\n  target = "${STAGE}"\n}\n';
    const r = await run(debugMode, { Dockerfile: DF, 'docker-bake.hcl': hcl, 'docker-bake.dev.hcl': BAKE_HCL });
    expect(r.failures.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:13']);
  });

  it('bake: a target that names no image (no tags, no metadata-action, no image output) checks the build only', () => {
    const hcl = 'target "lint" {\n  target = "production"\n}\ntarget "image" {\n  target = "production"\n  output = ["type=registry"]\n}\n';
    expect(bakeBuilds({ Dockerfile: DF, 'docker-bake.hcl': hcl })).toEqual(['Dockerfile@production (bake file docker-bake.hcl target \'image\')']);
  });

  it('a CI job that pushes an earlier stage as a build cache deploys the image built on it, not that stage', async () => {
    const df = 'FROM node:20.14 AS builder\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:20.14-alpine\nCOPY --from=builder /app/dist ./dist\nUSER node\nHEALTHCHECK CMD wget -qO- http://127.0.0.1:3000/health || exit 1\nCMD ["node", "dist/main.js"]\n';
    const ci = gitlab('    - docker build --target builder --cache-from "$CI_REGISTRY_IMAGE:builder" -t "$CI_REGISTRY_IMAGE:builder" .\n    - docker build --cache-from "$CI_REGISTRY_IMAGE:builder" -t "$CI_REGISTRY_IMAGE:latest" .\n    - docker push "$CI_REGISTRY_IMAGE:builder"\n    - docker push "$CI_REGISTRY_IMAGE:latest"\n');
    for (const check of [dockerfileNonRoot, dockerfileHealthcheck]) {
      const r = await run(check, { Dockerfile: df, '.gitlab-ci.yml': ci });
      expect(r.failures, check.id).toEqual([]);
    }
    // A development target built on the production stage does not make the production build a cache.
    const dev = 'FROM node:20.14-alpine AS production\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\nFROM production AS development\nUSER root\nCMD ["npx", "nodemon", "server.js"]\n';
    const both = gitlab('    - docker build --target production -t "$CI_REGISTRY_IMAGE:1" .\n    - docker build --target development -t "$CI_REGISTRY_IMAGE:dev" .\n    - docker push --all-tags "$CI_REGISTRY_IMAGE"\n');
    expect((await run(productionServer, { Dockerfile: dev, '.gitlab-ci.yml': both })).failures).toEqual([]);
    // Pushed on its own (another job), the stage is an image of its own: judged.
    const alone = gitlab('    - docker build --target builder -t "$CI_REGISTRY_IMAGE:builder" .\n    - docker push "$CI_REGISTRY_IMAGE:builder"\n');
    expect((await run(dockerfileNonRoot, { Dockerfile: df, '.gitlab-ci.yml': alone })).failures.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:1']);
  });

  it('bake: an override file replaces the target it names, attribute by attribute', async () => {
    const r = await run(debugMode, { Dockerfile: DF, 'docker-bake.hcl': BAKE_HCL, 'docker-bake.override.hcl': 'target "app" {\n  target = "development"\n}\n' });
    expect(r.failures.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:13']);
  });

  it('skaffold: a development profile and other builders are not production builds', () => {
    const yaml = 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: x\n      context: api\n      docker: { target: production }\n    - image: y\n      jib: {}\nprofiles:\n  - name: dev\n    build:\n      artifacts:\n        - image: x\n          context: api\n          docker: { target: development }\n';
    expect(builds({ 'api/Dockerfile': DF, 'skaffold.yaml': yaml, 'pom.xml': '<project/>' })).toEqual(['api/Dockerfile@production']);
  });

  it('CircleCI: a run step\'s working_directory is read from the job\'s', () => {
    const yaml = 'version: 2.1\njobs:\n  build:\n    working_directory: ~/repo\n    steps:\n      - checkout\n      - run:\n          working_directory: ~/repo/api\n          command: |\n            docker build --target production -t x .\n            docker push x\n';
    expect(builds({ 'api/Dockerfile': DF, '.circleci/config.yml': yaml })).toEqual(['api/Dockerfile@production']);
  });
});

describe('D3: `cd` earlier in a script is where a later docker build runs', () => {
  const job = (script: string) => ({
    'backend/Dockerfile': DF,
    Dockerfile: DF,
    '.github/workflows/deploy.yml': `on: push\njobs:\n  backend:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n${script.split('\n').map((l) => `          ${l}`).join('\n')}\n`,
  });

  it('follows `cd DIR` on its own line, with `&&` and with `;`', () => {
    for (const script of [
      'cd backend\ndocker build --target production -t ghcr.io/acme/backend:${{ github.sha }} .\ndocker push ghcr.io/acme/backend:${{ github.sha }}',
      'cd backend && docker build --target production -t x . && docker push x',
      'cd backend; docker build --target production -t x .; docker push x',
      'cd "${{ github.workspace }}/backend"\ndocker build --target production -t x:$(git rev-parse --short HEAD) .\ndocker push x',
    ]) expect(builds(job(script)), script).toEqual(['backend/Dockerfile@production']);
  });

  it('a subshell\'s `cd` ends with it; `pushd`/`popd` go back', () => {
    expect(builds(job('(cd backend && docker build --target production -t b .)\ndocker build --target production -t r .\ndocker push b r'))).toEqual(['backend/Dockerfile@production', 'Dockerfile@production']);
    expect(builds(job('pushd backend\ndocker build --target production -t b .\npopd\ndocker build -t r .\ndocker push b r'))).toEqual(['backend/Dockerfile@production', 'Dockerfile@final']);
  });

  it('a `cd` to a folder not known here leaves the build unread', () => {
    expect(builds(job('cd "$SERVICE_DIR"\ndocker build --target production -t x .\ndocker push x'))).toEqual([]);
  });

  it('the development stage of backend/Dockerfile gets notes (the examiner\'s repro)', async () => {
    const files = { 'backend/Dockerfile': DF, 'backend/package.json': PKG, '.github/workflows/deploy.yml': job('cd backend\ndocker build --target production -t x .\ndocker push x')['.github/workflows/deploy.yml'] };
    for (const check of [dockerfileNonRoot, productionServer, debugMode]) {
      const r = await run(check, files);
      expect(r.failures, check.id).toEqual([]);
    }
  });
});
