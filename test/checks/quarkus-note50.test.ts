import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA50 fullrepos28 D11: an unprefixed Quarkus value that `%prod.` overrides applies to every other profile (custom ones such as
// staging too): the note says it is overridden for production, naming the override, not that it is development-only.
const PROPS = 'src/main/resources/application.properties';

async function run(text: string) {
  const out = await runCase(corsWildcard, { name: 'x', files: { [PROPS]: text } });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.line} ${f.note ? 'note' : f.severity ?? 'default'} ${f.message}`);
}

describe('cors-wildcard: a Quarkus value %prod. overrides (QA50 fullrepos28 D11)', () => {
  it('is a note naming the %prod. override, not "development-only"', async () => {
    const out = await run('quarkus.http.cors=true\nquarkus.http.cors.origins=*\n%prod.quarkus.http.cors.origins=https://shop.example.com\n');
    expect(out).toEqual(['2 note Quarkus quarkus.http.cors.origins=* allows any origin in every profile but prod (overridden by src/main/resources/application.properties:3 for production; dev and any custom profile, such as staging, still use it: make sure those list their origins)']);
    expect(out[0]).not.toMatch(/development-only/);
  });

  it('lookalikes: a value only the dev profile enables stays development-only; a %prod. value that is * itself fails', async () => {
    expect(await run('%dev.quarkus.http.cors=true\nquarkus.http.cors.origins=*\n')).toEqual([expect.stringMatching(/^2 note .*\(development-only; make sure production lists its origins\)$/)]);
    const both = await run('quarkus.http.cors=true\nquarkus.http.cors.origins=*\n%prod.quarkus.http.cors.origins=/.*/\n');
    expect(both.filter((l) => !l.includes(' note '))).toEqual([expect.stringMatching(/^3 default Quarkus %prod\.quarkus\.http\.cors\.origins=\/\.\*\/ allows any origin/)]);
  });
});
