import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { composeInterpolate, composeTarget } from '../../src/repo/compose.js';
import { runCase } from '../helpers/check-tester.js';

// Review of stop 49, S1: a compose `build.target` with a nested default (`${BUILD_TARGET:-${FALLBACK:-runtime}}`) or the
// "required variable" idiom (`${BUILD_TARGET:?set it}` with a .env value) resolves as compose resolves it.

/** `runtime` runs as root; the final stage `development` is non-root. */
const DOCKERFILE = 'FROM node:20 AS runtime\nWORKDIR /app\nCMD ["node","server.js"]\n\nFROM runtime AS development\nUSER 1000\n';
const compose = (target: string) => `services:\n  web:\n    build:\n      context: .\n      target: ${target}\n    restart: always\n`;
const run = async (files: Record<string, string>) => (await runCase(dockerfileNonRoot, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);

describe('composeInterpolate', () => {
  const vars = new Map<string, string | null>([['SET', 'api'], ['EMPTY', '']]);
  it('reads nested defaults, required and alternative forms as compose does', () => {
    expect(composeInterpolate('${UNSET:-${OTHER:-runtime}}', vars)).toBe('runtime');
    expect(composeInterpolate('${UNSET:-${SET:-runtime}}', vars)).toBe('api');
    expect(composeInterpolate('${SET:-${OTHER:-runtime}}', vars)).toBe('api');
    expect(composeInterpolate('${UNSET:-${A:-${B:-${C:-deep}}}}', vars)).toBe('deep');
    expect(composeInterpolate('${SET:?set it}', vars)).toBe('api');
    expect(composeInterpolate('${SET?set it}', vars)).toBe('api');
    expect(composeInterpolate('${UNSET:?set it}', vars)).toBeNull();
    expect(composeInterpolate('${EMPTY:?set it}', vars)).toBeNull();
    expect(composeInterpolate('${EMPTY?set it}', vars)).toBe('');
    expect(composeInterpolate('${EMPTY:-x}-${EMPTY-y}', vars)).toBe('x-');
    expect(composeInterpolate('${SET:+alt}${UNSET:+alt}', vars)).toBe('alt');
    expect(composeInterpolate('$$SET', vars)).toBe('$SET');
    expect(composeInterpolate('${UNSET:-${OTHER}}', vars)).toBeNull();
    expect(composeInterpolate('${UNSET:-runtime', vars)).toBeNull();
  });
  it('bounds the nesting', () => {
    expect(composeInterpolate(`${'${U:-'.repeat(12)}x${'}'.repeat(12)}`, vars)).toBeNull();
  });
  it('composeTarget: the stage a nested default or a required variable names', () => {
    expect(composeTarget('${BUILD_TARGET:-${FALLBACK:-runtime}}')).toEqual({ target: 'runtime' });
    expect(composeTarget('${BUILD_TARGET:?set BUILD_TARGET}', new Map([['BUILD_TARGET', 'runtime']]))).toEqual({ target: 'runtime' });
    expect(composeTarget('${BUILD_TARGET:?set BUILD_TARGET}')).toEqual({ target: null, unresolved: '${BUILD_TARGET:?set BUILD_TARGET}' });
  });
});

describe('the stage compose builds is judged', () => {
  it('a nested default: the root runtime stage fails, no note', async () => {
    const out = await run({ Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('${BUILD_TARGET:-${FALLBACK:-runtime}}') });
    expect(out).toEqual([expect.stringMatching(/^Dockerfile:1 fail build target 'runtime' \(service 'web' in docker-compose\.yml\) has no USER/)]);
  });
  it('a nested default that the .env overrides: the non-root stage is built (the lookalike passes)', async () => {
    expect(await run({ Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('${BUILD_TARGET:-${FALLBACK:-runtime}}'), '.env': 'FALLBACK=development\n' })).toEqual([]);
  });
  it('${VAR:?message} with the .env setting it: the runtime stage fails', async () => {
    const out = await run({ Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('${BUILD_TARGET:?set BUILD_TARGET}'), '.env': 'BUILD_TARGET="runtime"\n' });
    expect(out).toEqual([expect.stringMatching(/^Dockerfile:1 fail build target 'runtime'/)]);
    const bare = await run({ Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('${BUILD_TARGET?set BUILD_TARGET}'), '.env': 'BUILD_TARGET=runtime\n' });
    expect(bare).toEqual([expect.stringMatching(/^Dockerfile:1 fail build target 'runtime'/)]);
  });
  it('${VAR:?message} with no value here: a note that says the variable is required, not that no default is written', async () => {
    const out = await run({ Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('${BUILD_TARGET:?set BUILD_TARGET}') });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^docker-compose\.yml:5 note build target \$\{BUILD_TARGET:\?set BUILD_TARGET\} .*does not resolve here: its variable is required .*not set here/);
    expect(out[0]).not.toMatch(/nor a default/);
  });
  it('a default written that does not resolve: the note says the variable is not set, not "(nor a default)"', async () => {
    const out = await run({ Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('${BUILD_TARGET:-${FALLBACK}}') });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/does not resolve here: its variable is not set here, and the default written does not resolve to a stage name/);
    expect(out[0]).not.toMatch(/nor a default/);
    // No default at all: as before, naming the variable in the advice.
    const plain = await run({ Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('${STAGE}') });
    expect(plain[0]).toMatch(/no literal value for its variable \(nor a default\).*give the variable a default \(\$\{STAGE:-runtime\}\)/);
  });
});
