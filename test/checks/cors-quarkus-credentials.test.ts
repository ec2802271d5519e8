import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';

const found = async (files: Record<string, string>) => {
  const out = await runCase(corsWildcard, { name: 'quarkus-credentials', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? corsWildcard.severity)}`).sort();
};

// QA39 fullrepos18 D3: Quarkus answers an allowed origin with that origin, so any origin with credentials allowed is the
// reflected-with-credentials case (`critical`), as for Micronaut, Ktor and actix.
describe('cors-wildcard: Quarkus any origin with access-control-allow-credentials', () => {
  it('is critical when the same profile allows credentials, high without them', async () => {
    expect(await found({
      'a/src/main/resources/application.properties': 'quarkus.http.cors.enabled=true\nquarkus.http.cors.origins=*\nquarkus.http.cors.access-control-allow-credentials=true\n',
      'b/src/main/resources/application.properties': '%prod.quarkus.http.cors=true\n%prod.quarkus.http.cors.origins=/.*/\n%prod.quarkus.http.cors.access-control-allow-credentials=true\n',
      'c/src/main/resources/application.properties': 'quarkus.http.cors.enabled=true\nquarkus.http.cors.origins=*\nquarkus.http.cors.access-control-allow-credentials=false\n',
      // Credentials only for dev: the prod profile's any origin has none.
      'd/src/main/resources/application.properties': 'quarkus.http.cors.enabled=true\nquarkus.http.cors.origins=*\n%dev.quarkus.http.cors.access-control-allow-credentials=true\n',
      'e/src/main/resources/application.yaml': 'quarkus:\n  http:\n    cors:\n      enabled: true\n      origins: "*"\n      access-control-allow-credentials: true\n',
    })).toEqual([
      'a/src/main/resources/application.properties:2 critical',
      'b/src/main/resources/application.properties:2 critical',
      'c/src/main/resources/application.properties:2 high',
      'd/src/main/resources/application.properties:2 high',
      'e/src/main/resources/application.yaml:5 critical',
    ]);
  });
});
