import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 49 containers14 D2: a build target given by a variable (compose `${BUILD_TARGET:-runtime}`, a workflow's
// `${{ matrix.stage }}`, a bake `"${STAGE}"` with a variable default) is resolved as the tool builds it; one that does not
// resolve is said in an info note at the target, the final stage judged in its place.

/** `runtime` runs as root without a HEALTHCHECK; the final stage `test` is non-root and inherits nothing wrong but HEALTHCHECK. */
const DOCKERFILE = 'FROM python:3.12-slim AS runtime\nCMD ["gunicorn", "app:app"]\n\nFROM runtime AS test\nUSER 1000\nHEALTHCHECK CMD true\nRUN pip install pytest\n';
const compose = (target: string) => `services:\n  app:\n    build:\n      context: .\n      target: ${target}\n    restart: always\n`;
const workflow = (target: string, matrix = '    strategy:\n      matrix:\n        stage: [runtime]\n') =>
  `name: release\non: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n${matrix}    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: ${target}\n          push: true\n          tags: ghcr.io/acme/app:1.0.0\n`;
const bake = (variable: string, target = '${STAGE}') => `${variable}\ntarget "api" {\n  context = "."\n  dockerfile = "Dockerfile"\n  target = "${target}"\n  tags = ["ghcr.io/acme/api:1.0.0"]\n}\n`;

const run = async (check: CheckDef, files: Record<string, string>) => (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);

describe('a build target written with a variable that resolves is judged as that stage', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['compose ${VAR:-default}', { Dockerfile: DOCKERFILE, 'compose.yaml': compose('${BUILD_TARGET:-runtime}') }, "service 'app' in compose.yaml"],
    ['compose ${VAR-default}', { Dockerfile: DOCKERFILE, 'compose.yaml': compose('${BUILD_TARGET-runtime}') }, "service 'app' in compose.yaml"],
    ['compose ${VAR} set in the committed .env', { Dockerfile: DOCKERFILE, 'compose.yaml': compose('${BUILD_TARGET}'), '.env': 'BUILD_TARGET=runtime\n' }, "service 'app' in compose.yaml"],
    ['a workflow matrix value', { Dockerfile: DOCKERFILE, '.github/workflows/release.yml': workflow('${{ matrix.stage }}') }, 'workflow .github/workflows/release.yml'],
    ['a workflow matrix include entry', { Dockerfile: DOCKERFILE, '.github/workflows/release.yml': workflow('${{ matrix.stage }}', '    strategy:\n      matrix:\n        include:\n          - stage: runtime\n') }, 'workflow .github/workflows/release.yml'],
    ['a bake variable default', { Dockerfile: DOCKERFILE, 'docker-bake.hcl': bake('variable "STAGE" { default = "runtime" }') }, "bake file docker-bake.hcl target 'api'"],
    ['a bake JSON variable default', { Dockerfile: DOCKERFILE, 'docker-bake.json': JSON.stringify({ variable: { STAGE: { default: 'runtime' } }, target: { api: { context: '.', target: '${STAGE}', tags: ['ghcr.io/acme/api:1.0.0'] } } }) }, "bake file docker-bake.json target 'api'"],
  ];
  for (const [name, files, by] of cases) {
    it(`${name}: the runtime stage fails both checks`, async () => {
      const nonRoot = await run(dockerfileNonRoot, files);
      expect(nonRoot).toContainEqual(expect.stringMatching(new RegExp(`^Dockerfile:1 fail build target 'runtime' \\(${by.replace(/[.()]/g, '\\$&')}\\) has no USER`)));
      expect(nonRoot.filter((l) => l.includes(' note '))).toEqual([]);
      const health = await run(dockerfileHealthcheck, files);
      expect(health).toContainEqual(expect.stringMatching(/^Dockerfile:1 fail build target 'runtime'.* declares no HEALTHCHECK/));
    });
  }

  it('a .env value wins over the default (the non-root stage is built: a pass)', async () => {
    const files = { Dockerfile: DOCKERFILE, 'compose.yaml': compose('${BUILD_TARGET:-runtime}'), '.env': 'BUILD_TARGET=test\n' };
    expect(await run(dockerfileNonRoot, files)).toEqual([]);
  });

  it('every value of a matrix list is a target that is built', async () => {
    const files = { Dockerfile: `${DOCKERFILE}\nFROM runtime AS worker\nUSER 0\n\nFROM runtime AS last\nUSER 1000\nHEALTHCHECK CMD true\n`, '.github/workflows/release.yml': workflow('${{ matrix.stage }}', '    strategy:\n      matrix:\n        stage: [runtime, worker]\n') };
    const out = await run(dockerfileNonRoot, files);
    expect(out.some((l) => /fail build target 'runtime'/.test(l))).toBe(true);
    expect(out.some((l) => /fail build target 'worker'/.test(l))).toBe(true);
  });
});

describe('a build target that does not resolve: an info note at the target, the final stage judged in its place', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['compose ${VAR} with no default nor .env', { Dockerfile: DOCKERFILE, 'compose.yaml': compose('${BUILD_TARGET}') }, 'compose.yaml:5'],
    ['a workflow input', { Dockerfile: DOCKERFILE, '.github/workflows/release.yml': workflow('${{ inputs.stage }}', '') }, '.github/workflows/release.yml:10'],
    ['a matrix key the matrix does not list', { Dockerfile: DOCKERFILE, '.github/workflows/release.yml': workflow('${{ matrix.target }}') }, '.github/workflows/release.yml:13'],
    ['a bake variable without a default', { Dockerfile: DOCKERFILE, 'docker-bake.hcl': bake('variable "STAGE" {}') }, 'docker-bake.hcl:5'],
  ];
  for (const [name, files, at] of cases) {
    it(`${name}`, async () => {
      for (const check of [dockerfileNonRoot, dockerfileHealthcheck]) {
        const out = await run(check, files);
        // The final stage `test` passes (non-root, HEALTHCHECK): only the note.
        expect(out).toHaveLength(1);
        expect(out[0]).toMatch(new RegExp(`^${at.replace(/[.]/g, '\\.')} note build target \\$\\{.*does not resolve here.*the final stage is judged in its place`));
      }
    });
  }

  it('the final stage is still judged: a root final stage fails beside the note', async () => {
    const files = { Dockerfile: 'FROM python:3.12-slim AS runtime\nUSER 1000\n\nFROM runtime AS debug\nUSER root\n', 'compose.yaml': compose('${BUILD_TARGET}') };
    const out = await run(dockerfileNonRoot, files);
    expect(out.filter((l) => l.includes(' fail '))).toHaveLength(1);
    expect(out.filter((l) => l.startsWith('compose.yaml:5 note'))).toHaveLength(1);
  });

  it('a literal target gives no note (the lookalike)', async () => {
    const out = await run(dockerfileNonRoot, { Dockerfile: DOCKERFILE, 'compose.yaml': compose('runtime') });
    expect(out.filter((l) => l.includes('does not resolve'))).toEqual([]);
  });
});
