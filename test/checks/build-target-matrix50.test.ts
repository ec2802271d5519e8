import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { jobMatrixRows } from '../../src/repo/platform-files.js';
import { runCase } from '../helpers/check-tester.js';

// Review of stop 49, S2 and S3: each combination of a GitHub job's matrix is a job of its own, however it builds (a `run:`
// script or docker/build-push-action); combinations are made as GitHub makes them (include entries whole, literal include
// values beside a fromJSON list); the unresolved-target note advises in the workflow's terms.

/** `base` runs as root; `app`, built on it, sets a non-root USER. */
const DOCKERFILE = 'FROM node:20 AS base\nWORKDIR /app\nCMD ["node","server.js"]\n\nFROM base AS app\nUSER 10001\nCMD ["node","server.js"]\n';
const wf = (matrix: string, steps: string) => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n${matrix}    steps:\n      - uses: actions/checkout@v4\n${steps}`;
const script = '      - run: |\n          docker build --target ${{ matrix.target }} -t ghcr.io/acme/${{ matrix.target }} .\n          docker push ghcr.io/acme/${{ matrix.target }}\n';
const action = '      - uses: docker/build-push-action@v5\n        with:\n          push: true\n          target: ${{ matrix.target }}\n          tags: ghcr.io/acme/${{ matrix.target }}\n';
const run = async (files: Record<string, string>) => (await runCase(dockerfileNonRoot, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
const baseFails = /^Dockerfile:1 fail build target 'base' \(workflow \.github\/workflows\/build\.yml\) has no USER/;

describe('a matrix target in a run: script', () => {
  it('every matrix value is its own job: base is built and deployed, not a cache of app (as with build-push-action)', async () => {
    for (const steps of [script, action]) {
      const out = await run({ Dockerfile: DOCKERFILE, '.github/workflows/build.yml': wf('        target: [base, app]\n', steps) });
      expect(out).toEqual([expect.stringMatching(baseFails)]);
    }
  });
  it('one job that builds base then app and pushes app: base is still the cache of app (the lookalike passes)', async () => {
    const steps = '      - run: |\n          docker build --target base -t cache .\n          docker build --target app -t ghcr.io/acme/app .\n          docker push ghcr.io/acme/app\n';
    expect(await run({ Dockerfile: DOCKERFILE, '.github/workflows/build.yml': wf('        os: [ubuntu]\n', steps) })).toEqual([]);
    // The same with a matrix key the scripts never name: one job per combination, each building base as app's cache.
    expect(await run({ Dockerfile: DOCKERFILE, '.github/workflows/build.yml': wf('        node: [18, 20]\n', steps) })).toEqual([]);
  });
  it('a matrix that only builds app passes', async () => {
    expect(await run({ Dockerfile: DOCKERFILE, '.github/workflows/build.yml': wf('        target: [app]\n', script) })).toEqual([]);
  });
  it('a matrix value given by job env (`TARGET: ${{ matrix.target }}`, `--target $TARGET`) is read too', async () => {
    const steps = '      - run: |\n          docker build --target $TARGET -t ghcr.io/acme/x .\n          docker push ghcr.io/acme/x\n';
    const out = await run({ Dockerfile: DOCKERFILE, '.github/workflows/build.yml': wf('        target: [base, app]\n', steps).replace('    steps:', '    env:\n      TARGET: ${{ matrix.target }}\n    steps:') });
    expect(out).toEqual([expect.stringMatching(baseFails)]);
  });
});

describe('matrix combinations as GitHub makes them', () => {
  it('include entries that set keys together are never crossed (no -f Dockerfile.api --target worker)', async () => {
    // Dockerfile.api's `worker` stage runs as root, but only Dockerfile.worker's `worker` is built.
    const files = {
      'Dockerfile.api': 'FROM node:20 AS worker\nCMD ["node","w.js"]\n\nFROM node:20 AS api\nUSER 10001\nCMD ["node","api.js"]\n',
      'Dockerfile.worker': 'FROM node:20 AS worker\nUSER 10001\nCMD ["node","w.js"]\n',
      '.github/workflows/build.yml': wf('        include:\n          - { dockerfile: Dockerfile.api, target: api }\n          - { dockerfile: Dockerfile.worker, target: worker }\n',
        '      - run: |\n          docker build -f ${{ matrix.dockerfile }} --target ${{ matrix.target }} -t ghcr.io/acme/${{ matrix.target }} .\n          docker push ghcr.io/acme/${{ matrix.target }}\n'),
    };
    expect(await run(files)).toEqual([]);
    // The same pairs through build-push-action's `file:` and `target:`.
    files['.github/workflows/build.yml'] = wf('        include:\n          - { dockerfile: Dockerfile.api, target: api }\n          - { dockerfile: Dockerfile.worker, target: worker }\n',
      '      - uses: docker/build-push-action@v5\n        with:\n          push: true\n          file: ${{ matrix.dockerfile }}\n          target: ${{ matrix.target }}\n          tags: ghcr.io/acme/x\n');
    expect(await run(files)).toEqual([]);
    // Whereas a pair that does build the root stage fails.
    files['.github/workflows/build.yml'] = files['.github/workflows/build.yml'].replace('{ dockerfile: Dockerfile.worker, target: worker }', '{ dockerfile: Dockerfile.api, target: worker }');
    expect(await run(files)).toEqual([expect.stringMatching(/^Dockerfile\.api:1 fail build target 'worker'/)]);
  });

  it('a fromJSON list with a literal include value: the literal value is built, the rest is a note', async () => {
    const files = { Dockerfile: DOCKERFILE, '.github/workflows/build.yml': wf('        target: ${{ fromJSON(needs.setup.outputs.m) }}\n        include:\n          - target: base\n', action) };
    const out = await run(files);
    expect(out[0]).toMatch(baseFails);
    expect(out[1]).toMatch(/^\.github\/workflows\/build\.yml:\d+ note build target \$\{\{ matrix\.target \}\} .*does not resolve here: the job's matrix gives no literal value for matrix\.target/);
    // The advice is the workflow's, not a compose variable default.
    expect(out[1]).toMatch(/list the stages in the matrix \(strategy\.matrix\.target: \[runtime\]\)/);
    expect(out[1]).not.toMatch(/BUILD_TARGET/);
    expect(out).toHaveLength(2);
  });

  it('jobMatrixRows: the GitHub documentation example (include added to fitting combinations, or a combination of its own)', () => {
    const job = { strategy: { matrix: {
      fruit: ['apple', 'pear'], animal: ['cat', 'dog'],
      include: [{ color: 'green' }, { color: 'pink', animal: 'cat' }, { fruit: 'apple', shape: 'circle' }, { fruit: 'banana' }, { fruit: 'banana', animal: 'cat' }],
    } } };
    const rows = jobMatrixRows(job).map((r) => Object.fromEntries(r));
    expect(rows).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
    // exclude, and bounds.
    expect(jobMatrixRows({ strategy: { matrix: { os: ['a', 'b'], v: [1, 2], exclude: [{ os: 'a', v: 2 }] } } }).map((r) => Object.fromEntries(r))).toEqual([{ os: 'a', v: '1' }, { os: 'b', v: '1' }, { os: 'b', v: '2' }]);
    expect(jobMatrixRows({ strategy: { matrix: { a: [...Array(10).keys()], b: [...Array(10).keys()] } } }).length).toBe(32);
    expect(jobMatrixRows({})).toEqual([]);
  });
});

describe('the unresolved-target note advises in the terms of the file that writes the target', () => {
  it('a workflow input: write the stage name, no compose variable advice', async () => {
    const steps = '      - uses: docker/build-push-action@v5\n        with:\n          push: true\n          target: ${{ inputs.stage }}\n          tags: ghcr.io/acme/x\n';
    const out = await run({ Dockerfile: DOCKERFILE.replace('USER 10001', 'USER 10001\nHEALTHCHECK CMD true'), '.github/workflows/build.yml': wf('        os: [ubuntu]\n', steps) });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/does not resolve here: it is a GitHub expression with no literal value here.*Write the target literally \(the stage name\)$/);
  });
  it('a bake variable without a default: a bake variable default', async () => {
    const bake = 'variable "STAGE" {}\ntarget "api" {\n  context = "."\n  dockerfile = "Dockerfile"\n  target = "${STAGE}"\n  tags = ["ghcr.io/acme/api:1.0.0"]\n}\n';
    const out = await run({ Dockerfile: DOCKERFILE, 'docker-bake.hcl': bake });
    expect(out).toEqual([expect.stringMatching(/its variable has no literal default.*give the variable a default \(variable "STAGE" \{ default = "runtime" \}\)$/)]);
  });
  it('a GitLab job variable: the job\'s variables', async () => {
    const gitlab = 'build:\n  script:\n    - docker build --target $STAGE -t registry.example.com/app .\n    - docker push registry.example.com/app\n';
    const out = await run({ Dockerfile: DOCKERFILE, '.gitlab-ci.yml': gitlab });
    expect(out).toEqual([expect.stringMatching(/no literal value for its variable here.*give STAGE a literal value in the job's variables$/)]);
  });
});
