import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { repositoryBuilds } from '../../src/checks/util/build-args.js';

// The builds that pass `--build-arg`s.
const passedBuildArgs = (files: string[], text: (f: string) => string | undefined) => repositoryBuilds(files, text).builds.filter((b) => b.args.size);
import { runCase } from '../helpers/check-tester.js';

// QA52 review R8: `ARG APP_UID=""` + `USER ${APP_UID}` is a placeholder the build fills in. A build of the repository that passes
// `--build-arg APP_UID=…` (a workflow, a Makefile, a docker/build-push-action `build-args:`) is judged with that value; the empty
// default (root) fails only when no build sets it.
const DOCKERFILE = 'FROM node:20.11-alpine\nARG APP_USER\nARG APP_UID=""\nWORKDIR /app\nCOPY . .\nUSER ${APP_UID}\nCMD ["node", "server.js"]\n';
const WORKFLOW = (run: string) => `name: build\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`;
const run = async (files: Record<string, string>) =>
  (await runCase(dockerfileNonRoot, { name: 'build args', files: { Dockerfile: DOCKERFILE, 'server.js': '', ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`);

describe('dockerfile-non-root: an empty ARG default a build passes with --build-arg (QA52 review R8)', () => {
  it('passes when the workflow builds with --build-arg APP_UID=10001 (the review repro)', async () => {
    expect(await run({ '.github/workflows/build.yml': WORKFLOW('docker build --build-arg APP_UID=10001 -t ghcr.io/acme/web:${{ github.sha }} .') })).toEqual([]);
  });

  it('reads a Makefile (continued lines, --build-arg=), a build script and docker/build-push-action build-args', async () => {
    expect(await run({ Makefile: 'image:\n\tdocker build \\\n\t  --build-arg=APP_UID=10001 \\\n\t  -t acme/web .\n' })).toEqual([]);
    expect(await run({ 'scripts/build.sh': '#!/bin/sh\ndocker buildx build --push --build-arg "APP_UID=10001" .\n' })).toEqual([]);
    const action = 'name: release\non: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          build-args: |\n            NODE_ENV=production\n            APP_UID=10001\n          tags: acme/web:latest\n';
    expect(await run({ '.github/workflows/release.yml': action })).toEqual([]);
    expect(passedBuildArgs(['.github/workflows/release.yml'], () => action)).toEqual([
      { file: '.github/workflows/release.yml', line: 10, dockerfile: null, path: 'Dockerfile', args: new Map([['NODE_ENV', 'production'], ['APP_UID', '10001']]) },
    ]);
  });

  it('judges the value a build passes: 0 fails naming the build, a computed one is unverifiable', async () => {
    expect(await run({ '.github/workflows/build.yml': WORKFLOW('docker build --build-arg APP_UID=0 .') })).toEqual([
      expect.stringMatching(/^Dockerfile:6 the final stage runs as root \(USER \$\{APP_UID\} \(resolves to 0\)\);.* \(as \.github\/workflows\/build\.yml:8 builds it, with --build-arg APP_UID=0\)$/),
    ]);
    expect(await run({ '.github/workflows/build.yml': WORKFLOW('docker build --build-arg APP_UID=${{ vars.UID }} .') })).toEqual([
      'Dockerfile:6 note USER ${APP_UID} is unverifiable: the build passes --build-arg APP_UID a value not known here; make sure it is a non-zero numeric UID (as .github/workflows/build.yml:8 builds it, with --build-arg APP_UID)',
    ]);
  });

  it('still fails when no build sets the ARG, saying the default is empty; a build of another Dockerfile or another ARG does not count', async () => {
    const fails = ['Dockerfile:6 the final stage runs as root: USER ${APP_UID} resolves to an empty user name (ARG APP_UID defaults to "", and no build of the repository passes --build-arg APP_UID), and Docker takes an empty USER as the default user, root; end with an unprivileged numeric user (USER 10001:10001), or give the ARG a non-root default'];
    expect(await run({})).toEqual(fails);
    expect(await run({ '.github/workflows/build.yml': WORKFLOW('docker build -f Dockerfile.worker --build-arg APP_UID=10001 .') })).toEqual(fails);
    expect(await run({ '.github/workflows/build.yml': WORKFLOW('docker build --build-arg APP_USER=web .') })).toEqual(fails);
    // A development-only script's build is development's.
    expect(await run({ 'docker/dev/build.sh': 'docker build --build-arg APP_UID=$(id -u) .\n' })).toEqual(fails);
  });
});
