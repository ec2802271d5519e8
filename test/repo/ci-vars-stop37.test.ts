/**
 * QA stop 37 (fphunt8 D2, D4).
 * D2: a build target held in a CI variable is resolved as the CI resolves it: GitLab `variables:` (global, job, through
 * `extends` and `include: local`; the job's overriding the global ones) used as `--target $X` / `${X}`; GitHub `env:` (workflow,
 * job, step) used as build-push-action `target: ${{ env.X }}` or in a `run:` script. A computed value, one a script or `rules:`
 * may set, or one set only for another job stays unresolved (the build is left out, as before).
 * D4: CircleCI's docker orb (`docker/publish`, `docker/build` + `docker/push`) and Bitbucket pipes that push images count as
 * pushing, with the orb's target/dockerfile/path parameters.
 */
import { describe, expect, it } from 'vitest';
import { ciBuilds } from '../../src/repo/platform-files.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { productionServer } from '../../src/checks/production-server.js';
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

const builds = (files: Record<string, string>) => ciBuilds(snapshotOf({ Dockerfile: DF, ...files })).map((b) => `${b.dockerfile}@${b.target ?? 'final'}`);
const PUSH = '    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"\n';
const gitlabJob = (vars: string, target = '${BUILD_TARGET}') => `build:\n  image: docker:27\n${vars}  script:\n    - docker build --target ${target} -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .\n${PUSH}`;
const gh = (top: string, job: string, step: string, withs: string) =>
  `on: { push: { branches: [main] } }\n${top}jobs:\n  image:\n    runs-on: ubuntu-latest\n${job}    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n${step}        with:\n          context: .\n          push: true\n${withs}          tags: ghcr.io/acme/x:\${{ github.sha }}\n`;

describe('D2: a build target held in a CI variable', () => {
  it('GitLab: global, job and `extends` variables, `$X`, `${X}` and "$X"', () => {
    expect(builds({ '.gitlab-ci.yml': `variables:\n  DOCKER_TARGET: production\n${gitlabJob('', '$DOCKER_TARGET')}` })).toEqual(['Dockerfile@production']);
    expect(builds({ '.gitlab-ci.yml': gitlabJob('  variables:\n    BUILD_TARGET: production\n', '"$BUILD_TARGET"') })).toEqual(['Dockerfile@production']);
    expect(builds({ '.gitlab-ci.yml': gitlabJob('  variables:\n    BUILD_TARGET: { value: production, description: stage }\n') })).toEqual(['Dockerfile@production']);
    // The examiner's rv9: the template in an included file, the variable on the job that extends it.
    expect(builds({
      '.gitlab-ci.yml': 'include:\n  - local: ci/docker.yml\nbuild-image:\n  extends: .docker-build\n  variables:\n    BUILD_TARGET: production\n',
      'ci/docker.yml': `.docker-build:\n  image: docker:27\n  script:\n    - docker build --target \${BUILD_TARGET} -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .\n${PUSH}`,
    })).toEqual(['Dockerfile@production']);
    // Variables of a template merge with the job's own (GitLab merges `variables:` key by key).
    expect(builds({ '.gitlab-ci.yml': `.base:\n  variables:\n    BUILD_TARGET: production\n${gitlabJob('  extends: .base\n  variables:\n    OTHER: x\n')}` })).toEqual(['Dockerfile@production']);
  });

  it('GitLab: a job variable overrides the global one', () => {
    expect(builds({ '.gitlab-ci.yml': `variables:\n  BUILD_TARGET: development\n${gitlabJob('  variables:\n    BUILD_TARGET: production\n')}` })).toEqual(['Dockerfile@production']);
    expect(builds({ '.gitlab-ci.yml': `variables:\n  BUILD_TARGET: production\n${gitlabJob('  variables:\n    BUILD_TARGET: development\n')}` })).toEqual(['Dockerfile@development']);
  });

  it('GitLab: a variable not known here leaves the build out, as before', () => {
    for (const ci of [
      gitlabJob(''), // not set at all (a project CI/CD variable)
      gitlabJob('  variables:\n    BUILD_TARGET: $CI_ENVIRONMENT_NAME\n'), // computed
      `variables:\n  BUILD_TARGET: production\n${gitlabJob('  inherit:\n    variables: false\n')}`,
      gitlabJob('  variables:\n    BUILD_TARGET: production\n  rules:\n    - if: $CI_COMMIT_TAG\n      variables:\n        BUILD_TARGET: development\n'),
      gitlabJob('  parallel:\n    matrix:\n      - BUILD_TARGET: [production, development]\n'),
      // The script sets it itself.
      `variables:\n  BUILD_TARGET: production\nbuild:\n  script:\n    - export BUILD_TARGET=$(cat .target)\n    - docker build --target $BUILD_TARGET -t x .\n${PUSH}`,
    ]) expect(builds({ '.gitlab-ci.yml': ci }), ci).toEqual([]);
  });

  it('GitLab: a variable set only for a test job, or only in a job that does not push, makes no production target', () => {
    const ci = 'test:\n  variables:\n    BUILD_TARGET: production\n  script:\n    - docker build --target $BUILD_TARGET -t x:test .\n    - docker run --rm x:test npm test\n'
      + `release:\n  script:\n    - docker build --target $BUILD_TARGET -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .\n${PUSH}`;
    expect(builds({ '.gitlab-ci.yml': ci })).toEqual([]);
  });

  it('GitHub: `${{ env.X }}` from the workflow, job or step `env:`, the innermost winning', () => {
    const withs = '          target: ${{ env.BUILD_TARGET }}\n';
    expect(builds({ '.github/workflows/r.yml': gh('env:\n  BUILD_TARGET: production\n', '', '', withs) })).toEqual(['Dockerfile@production']);
    expect(builds({ '.github/workflows/r.yml': gh('env:\n  BUILD_TARGET: development\n', '    env:\n      BUILD_TARGET: production\n', '', withs) })).toEqual(['Dockerfile@production']);
    expect(builds({ '.github/workflows/r.yml': gh('', '    env:\n      BUILD_TARGET: development\n', '        env:\n          BUILD_TARGET: production\n', withs) })).toEqual(['Dockerfile@production']);
    // Not set, computed, or written to $GITHUB_ENV by a step: left out.
    expect(builds({ '.github/workflows/r.yml': gh('', '', '', withs) })).toEqual([]);
    expect(builds({ '.github/workflows/r.yml': gh('env:\n  BUILD_TARGET: ${{ vars.TARGET }}\n', '', '', withs) })).toEqual([]);
    const written = gh('env:\n  BUILD_TARGET: production\n', '', '', withs).replace('      - uses: docker/build-push-action', '      - run: echo "BUILD_TARGET=development" >> "$GITHUB_ENV"\n      - uses: docker/build-push-action');
    expect(builds({ '.github/workflows/r.yml': written })).toEqual([]);
    // `with:` inputs are not shell words: `$BUILD_TARGET` there is not expanded.
    expect(builds({ '.github/workflows/r.yml': gh('env:\n  BUILD_TARGET: production\n', '', '', '          target: $BUILD_TARGET\n') })).toEqual([]);
  });

  it('GitHub: `--target ${{ env.X }}` and `$X` in a run script with that env', () => {
    const wf = (script: string, env: string) => `on: push\n${env}jobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          ${script}\n          docker push x\n`;
    for (const script of ['docker build --target ${{ env.BUILD_TARGET }} -t x .', 'docker build --target "$BUILD_TARGET" -t x .']) {
      expect(builds({ '.github/workflows/r.yml': wf(script, 'env:\n  BUILD_TARGET: production\n') }), script).toEqual(['Dockerfile@production']);
      expect(builds({ '.github/workflows/r.yml': wf(script, '') }), script).toEqual([]);
    }
  });

  it('the development stage last gets notes when the variable names production (the examiner\'s rv10, rv11)', async () => {
    for (const files of [
      { '.gitlab-ci.yml': `variables:\n  DOCKER_TARGET: production\n${gitlabJob('', '$DOCKER_TARGET')}` },
      { '.github/workflows/r.yml': gh('env:\n  BUILD_TARGET: production\n', '', '', '          target: ${{ env.BUILD_TARGET }}\n') },
    ]) {
      for (const check of [debugMode, productionServer]) {
        const out = await runCase(check, { name: 'x', files: { Dockerfile: DF, 'package.json': PKG, ...files } });
        expect(out.error).toBeUndefined();
        expect(out.findings.filter((f) => !f.note), check.id).toEqual([]);
        expect(out.findings.filter((f) => f.note).length, check.id).toBeGreaterThan(0);
      }
    }
    // …and the development stage is judged when the variable names it.
    const out = await runCase(debugMode, { name: 'x', files: { Dockerfile: DF, 'package.json': PKG, '.gitlab-ci.yml': `variables:\n  DOCKER_TARGET: development\n${gitlabJob('', '$DOCKER_TARGET')}` } });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:13']);
  });
});

describe('D4: CircleCI docker orb and Bitbucket push pipes push their builds', () => {
  const circle = (body: string) => `version: 2.1\norbs:\n  docker: circleci/docker@2.6.0\n${body}`;

  it('CircleCI docker/publish: extra_build_args, path and dockerfile', () => {
    expect(builds({ '.circleci/config.yml': circle('workflows:\n  main:\n    jobs:\n      - docker/publish:\n          image: acme/api\n          extra_build_args: --target production\n') })).toEqual(['Dockerfile@production']);
    expect(builds({ 'api/Dockerfile.prod': DF, '.circleci/config.yml': circle('workflows:\n  main:\n    jobs:\n      - docker/publish:\n          image: acme/api\n          path: api\n          dockerfile: Dockerfile.prod\n          extra_build_args: "--pull --target=production"\n') })).toEqual(['api/Dockerfile.prod@production']);
    expect(builds({ '.circleci/config.yml': circle('workflows:\n  main:\n    jobs:\n      - docker/publish\n') })).toEqual(['Dockerfile@final']);
    // An orb under another alias.
    expect(builds({ '.circleci/config.yml': 'version: 2.1\norbs:\n  dkr: circleci/docker@2\nworkflows:\n  main:\n    jobs:\n      - dkr/publish: { image: a, extra_build_args: --target production }\n' })).toEqual(['Dockerfile@production']);
  });

  it('CircleCI: docker/publish with deploy: false, docker/build without a push, or another orb push nothing', () => {
    expect(builds({ '.circleci/config.yml': circle('workflows:\n  main:\n    jobs:\n      - docker/publish:\n          image: acme/api\n          deploy: false\n          extra_build_args: --target production\n') })).toEqual([]);
    expect(builds({ '.circleci/config.yml': circle('jobs:\n  b:\n    machine: true\n    steps:\n      - checkout\n      - docker/build: { image: acme/api, extra_build_args: --target production }\n') })).toEqual([]);
    expect(builds({ '.circleci/config.yml': 'version: 2.1\norbs:\n  docker: acme/docker@1\nworkflows:\n  main:\n    jobs:\n      - docker/publish: { image: a, extra_build_args: --target production }\n' })).toEqual([]);
  });

  it('CircleCI docker/build + docker/push steps in one job', () => {
    const job = 'jobs:\n  b:\n    machine: true\n    steps:\n      - checkout\n      - docker/check\n      - docker/build:\n          image: acme/api\n          extra_build_args: --target production\n      - docker/push:\n          image: acme/api\n';
    expect(builds({ '.circleci/config.yml': circle(job) })).toEqual(['Dockerfile@production']);
  });

  it('Bitbucket: a push pipe after docker build pushes it; another pipe does not', () => {
    const bb = (pipe: string) => `pipelines:\n  branches:\n    main:\n      - step:\n          services: [docker]\n          script:\n            - docker build --target production -t $IMAGE .\n            - pipe: ${pipe}\n              variables:\n                IMAGE_NAME: acme/api\n`;
    expect(builds({ 'bitbucket-pipelines.yml': bb('atlassian/aws-ecr-push-image:2.4.2') })).toEqual(['Dockerfile@production']);
    expect(builds({ 'bitbucket-pipelines.yml': bb('atlassian/slack-notify:2.2.0') })).toEqual([]);
  });

  it('the development stage last gets notes (the examiner\'s r25, r26)', async () => {
    for (const files of [
      { '.circleci/config.yml': circle('workflows:\n  main:\n    jobs:\n      - docker/publish:\n          image: acme/api\n          tag: ${CIRCLE_SHA1}\n          extra_build_args: --target production\n') },
      { 'bitbucket-pipelines.yml': 'pipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - docker build --target production -t $IMAGE .\n            - pipe: atlassian/aws-ecr-push-image:2.4.2\n' },
    ]) {
      const out = await runCase(productionServer, { name: 'x', files: { Dockerfile: DF, 'package.json': PKG, ...files } });
      expect(out.error).toBeUndefined();
      expect(out.findings.filter((f) => !f.note)).toEqual([]);
      expect(out.findings.filter((f) => f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:14']);
    }
  });
});
