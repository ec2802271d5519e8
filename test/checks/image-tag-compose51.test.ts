import { describe, expect, it } from 'vitest';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { composeInterpolate } from '../../src/repo/compose.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of image-tag-pinned as `file:line:column note? message`, sorted. */
async function findings(files: Record<string, string>): Promise<string[]> {
  const out = await runCase(imageTagPinned, { name: 'img51', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}
/** A compose file whose service `app` pulls `image` (line 3, column 12), with a `.env` beside it when `env` is given. */
const repo = (image: string, env?: string): Record<string, string> => ({ 'docker-compose.yml': `services:\n  app:\n    image: ${image}\n`, ...(env === undefined ? {} : { '.env': env }) });

// Second read 51 (left open, 2): image-tag-pinned read a compose `image:` with the Dockerfile substitution, not compose's interpolation.
describe('image-tag-pinned: a compose image interpolated as compose does', () => {
  it('a nested default resolves as compose resolves it, with and without .env values', async () => {
    const img = '"${IMG:-${BASE:-nginx:latest}}"';
    expect(await findings(repo(img))).toEqual([
      "docker-compose.yml:3:13 service 'app' image ${IMG:-${BASE:-nginx:latest}} (resolves to nginx:latest) uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    expect(await findings(repo(img, 'BASE=nginx:1.27\n'))).toEqual([]);
    expect(await findings(repo(img, 'IMG=redis:7.2\n'))).toEqual([]);
    expect(await findings(repo('"${IMG:-${BASE:-nginx:1.27}}"', 'BASE=nginx\n'))).toEqual([
      "docker-compose.yml:3:13 service 'app' image ${IMG:-${BASE:-nginx:1.27}} (resolves to nginx) has no tag, so it pulls 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    expect(await findings(repo('"${IMG:-${BASE:-nginx:1.27}}"'))).toEqual([]);
  });

  it('`$$` is a literal `$`, no variable: the value is no image reference Docker accepts (a note, not a pass or an unverifiable tag)', async () => {
    const note = (shown: string, resolved: string) => `docker-compose.yml:3:13 note service 'app' image ${shown} is not judged: it is no image reference Docker accepts (compose reads \`$$\` as a literal \`$\`, and it resolves to ${resolved})`;
    expect(await findings(repo('"$${REGISTRY}/app:1.2"'))).toEqual([note('$${REGISTRY}/app:1.2', '${REGISTRY}/app:1.2')]);
    // A `.env` value of the name does not replace an escaped reference.
    expect(await findings(repo('"$${REGISTRY}/app:1.2"', 'REGISTRY=ghcr.io/acme\n'))).toEqual([note('$${REGISTRY}/app:1.2', '${REGISTRY}/app:1.2')]);
    expect(await findings(repo('"acme/app:$${TAG}"'))).toEqual([note('acme/app:$${TAG}', 'acme/app:${TAG}')]);
  });

  it('`${VAR:?message}` takes the .env value, and is unverifiable without one; a variable registry before a pinned tag passes', async () => {
    expect(await findings(repo('"acme/app:${TAG:?set TAG}"', 'TAG=latest\n'))).toEqual([
      "docker-compose.yml:3:13 service 'app' image acme/app:${TAG:?set TAG} (resolves to acme/app:latest) uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    expect(await findings(repo('"acme/app:${TAG:?set TAG}"'))).toEqual([
      "docker-compose.yml:3:13 note service 'app' image acme/app:${TAG:?set TAG} is unverifiable: its tag comes from a variable without a default; make sure the value passed is a pinned version or digest",
    ]);
    expect(await findings(repo('"${REG}/app:${TAG:-1.0}"'))).toEqual([]);
    expect(await findings(repo('"${REG}/app:${TAG:-latest}"'))).toEqual([
      "docker-compose.yml:3:13 service 'app' image ${REG}/app:${TAG:-latest} (resolves to …/app:latest) uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('composeInterpolate writes a marker for a variable with no value when asked, and stays null without one', () => {
    expect(composeInterpolate('${A}/x:${B:?m}', new Map(), '?')).toBe('?/x:?');
    expect(composeInterpolate('${A}/x', new Map())).toBeNull();
    expect(composeInterpolate('${A:-${B:-d}}', new Map(), '?')).toBe('d');
    expect(composeInterpolate('x:${B:?m}', new Map([['B', '']]), '?')).toBeNull();
  });
});
