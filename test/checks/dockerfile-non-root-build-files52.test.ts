import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 review 2, N1 and N7: `ARG APP_UID=""` + `USER ${APP_UID}` is judged with what the repository's builds pass. N1: a
// `--build-arg` behind a Makefile or script variable, in a folded `run: >` block or a bake target's `args` passes it too, and a
// `--build-arg APP_UID` written where no build is read is an info note, never "no build passes it". N7: a build counts only for
// the Dockerfile it builds (its -f from where it runs, else its context's Dockerfile), and a production build of that Dockerfile
// passing nothing keeps the empty default judged, naming that build.
const DOCKERFILE = 'FROM node:20.11-alpine\nARG APP_USER\nARG APP_UID=""\nWORKDIR /app\nCOPY . .\nUSER ${APP_UID}\nCMD ["node", "server.js"]\n';
const WORKFLOW = (steps: string) => `name: build\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;
const run = async (files: Record<string, string>) =>
  (await runCase(dockerfileNonRoot, { name: 'build files', files: { 'server.js': '', ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ' fail'} ${f.message}`);

describe('dockerfile-non-root: the builds that pass an empty ARG default (QA52 review 2 N1, N7)', () => {
  it('reads --build-arg in a Makefile variable, a script variable, a folded run: > block and bake args (N1 repros b-e)', async () => {
    expect(await run({ Dockerfile: DOCKERFILE, Makefile: 'BUILD_ARGS = --build-arg APP_UID=10001\n\nimage:\n\tdocker build $(BUILD_ARGS) -t ghcr.io/acme/web .\n' })).toEqual([]);
    expect(await run({ Dockerfile: DOCKERFILE, 'build.sh': '#!/bin/sh\nset -e\nARGS="--build-arg APP_UID=10001"\ndocker build $ARGS -t ghcr.io/acme/web .\n' })).toEqual([]);
    expect(await run({ Dockerfile: DOCKERFILE, '.github/workflows/build.yml': WORKFLOW('      - run: >\n          docker build\n          --build-arg APP_UID=10001\n          -t ghcr.io/acme/web:${{ github.sha }} .\n') })).toEqual([]);
    expect(await run({
      Dockerfile: DOCKERFILE,
      '.github/workflows/build.yml': WORKFLOW('      - uses: docker/bake-action@v5\n        with:\n          push: true\n          targets: web\n'),
      'docker-bake.hcl': 'target "web" {\n  context = "."\n  dockerfile = "Dockerfile"\n  args = {\n    APP_UID = "10001"\n  }\n  tags = ["ghcr.io/acme/web:latest"]\n}\n',
    })).toEqual([]);
    // The value a bake target passes is judged: 0 is root.
    expect(await run({ Dockerfile: DOCKERFILE, 'docker-bake.json': '{"target": {"web": {"args": {"APP_UID": "0"}, "tags": ["acme/web"]}}}' })).toEqual([
      expect.stringMatching(/^Dockerfile:6 fail the final stage runs as root \(USER \$\{APP_UID\} \(resolves to 0\)\);.*\(as docker-bake\.json:1 builds it, with --build-arg APP_UID=0\)$/),
    ]);
  });

  it('takes a --build-arg written where no build is read as a note, not "no build passes it"', async () => {
    const found = await run({ Dockerfile: DOCKERFILE, Makefile: 'image:\n\t$(DOCKER) build $(EXTRA) -t ghcr.io/acme/web .\n', 'ci/env.mk': '', 'scripts/build.sh': 'EXTRA_FLAGS="--build-arg APP_UID=10001"\nexport EXTRA_FLAGS\n' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Dockerfile:6 note .*USER \$\{APP_UID\} is unverifiable: ARG APP_UID defaults to "" \(root\), and scripts\/build\.sh:1 \(--build-arg APP_UID\) may set APP_UID/);
    expect(found[0]).not.toMatch(/no build of the repository passes/);
  });

  it('matches a build to its Dockerfile by path, and a build passing nothing keeps the default judged (N7 repro g)', async () => {
    const g = (api: boolean) => ({
      'web/Dockerfile': DOCKERFILE, 'api/Dockerfile': DOCKERFILE, 'web/server.js': '', 'api/server.js': '',
      '.github/workflows/build.yml': WORKFLOW(`${api ? '      - run: docker build -f api/Dockerfile --build-arg APP_UID=10001 -t ghcr.io/acme/api:${{ github.sha }} api\n' : ''}      - run: docker build -f web/Dockerfile -t ghcr.io/acme/web:\${{ github.sha }} web\n      - run: docker push ghcr.io/acme/api:\${{ github.sha }} && docker push ghcr.io/acme/web:\${{ github.sha }}\n`),
    });
    const web = await run(g(true));
    expect(web).toEqual([
      'web/Dockerfile:6 fail the final stage runs as root: USER ${APP_UID} resolves to an empty user name (ARG APP_UID defaults to "", and the build at .github/workflows/build.yml:9 builds it without --build-arg APP_UID), and Docker takes an empty USER as the default user, root; end with an unprivileged numeric user (USER 10001:10001), or give the ARG a non-root default',
    ]);
    // A build in another folder's context (cd api && docker build .) builds api/Dockerfile, not web's.
    expect(await run({ 'web/Dockerfile': DOCKERFILE, 'api/Dockerfile': DOCKERFILE, Makefile: 'image:\n\tcd api && docker build --build-arg APP_UID=10001 -t acme/api .\n\tdocker build -t acme/web web\n' })).toEqual([
      expect.stringMatching(/^web\/Dockerfile:6 fail .*\(ARG APP_UID defaults to "", and the build at Makefile:3 builds it without --build-arg APP_UID\)/),
    ]);
  });

  it('fails naming the production build that passes nothing, beside one that passes the ARG', async () => {
    expect(await run({ Dockerfile: DOCKERFILE, Makefile: 'image:\n\tdocker build --build-arg APP_UID=10001 -t acme/web .\nplain:\n\tdocker build -t acme/web:plain .\n' })).toEqual([
      expect.stringMatching(/^Dockerfile:6 fail .*\(ARG APP_UID defaults to "", and the build at Makefile:4 builds it without --build-arg APP_UID\)/),
    ]);
  });
});
