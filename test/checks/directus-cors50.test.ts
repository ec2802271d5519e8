import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA50 fullrepos28 D10: Directus reads CORS_ORIGIN=true (with CORS_ENABLED=true) as "echo the request's origin", with
// credentials on by default (CORS_CREDENTIALS defaults to true).
const compose = (env: string, image = 'directus/directus:11.1') => `services:\n  directus:\n    image: ${image}\n    environment:\n${env}\n`;
const vars = (pairs: Record<string, string>) => Object.entries(pairs).map(([k, v]) => `      ${k}: "${v}"`).join('\n');

async function run(files: Record<string, string>) {
  const out = await runCase(corsWildcard, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : f.severity ?? 'default'} ${f.message}`);
}

describe('cors-wildcard: Directus CORS_ORIGIN=true (QA50 fullrepos28 D10)', () => {
  it('CORS_ENABLED true with CORS_ORIGIN true echoes any origin with credentials: critical at CORS_ORIGIN', async () => {
    expect(await run({ 'docker-compose.yml': compose(vars({ KEY: 'k', CORS_ENABLED: 'true', CORS_ORIGIN: 'true' })) })).toEqual([
      'docker-compose.yml:7 critical Directus CORS_ORIGIN: true (with CORS_ENABLED: true, service \'directus\') reflects any origin (CORS_CREDENTIALS defaults to true) with credentials: the library reflects the caller\'s origin, so any site can make authenticated requests; set CORS_ORIGIN to the allowed origins (CORS_ORIGIN: "https://app.example.com", a comma-separated list)',
    ]);
  });

  it('without credentials it is a finding at the default severity; an env_file value counts too', async () => {
    expect(await run({ 'docker-compose.yml': compose(vars({ CORS_ENABLED: 'true', CORS_ORIGIN: 'true', CORS_CREDENTIALS: 'false' })) })).toEqual([expect.stringMatching(/^docker-compose\.yml:6 default Directus CORS_ORIGIN: true .*reflects any origin; set CORS_ORIGIN/)]);
    expect(await run({ 'docker-compose.yml': 'services:\n  cms:\n    image: directus/directus:10\n    env_file: directus.env\n    environment:\n      CORS_ENABLED: "true"\n', 'directus.env': 'CORS_ORIGIN=true\n' })).toEqual([expect.stringMatching(/^directus\.env:1 critical Directus CORS_ORIGIN: true/)]);
  });

  it('a development-only compose file gives a note', async () => {
    expect(await run({ 'docker-compose.override.yml': compose(vars({ CORS_ENABLED: 'true', CORS_ORIGIN: 'true' })) })).toEqual([expect.stringMatching(/^docker-compose\.override\.yml:6 note Directus .*\(development-only; make sure production lists its origins\)$/)]);
  });

  it('lookalikes pass: listed origins, CORS off, another image reading CORS_ORIGIN', async () => {
    expect(await run({ 'docker-compose.yml': compose(vars({ CORS_ENABLED: 'true', CORS_ORIGIN: 'https://app.example.com' })) })).toEqual([]);
    expect(await run({ 'docker-compose.yml': compose(vars({ CORS_ENABLED: 'false', CORS_ORIGIN: 'true' })) })).toEqual([]);
    expect(await run({ 'docker-compose.yml': compose(vars({ CORS_ENABLED: 'true', CORS_ORIGIN: 'true' }), 'node:20-alpine') })).toEqual([]);
  });

  it('CORS_ORIGIN "*" stays the literal-* env finding', async () => {
    expect(await run({ 'docker-compose.yml': compose(vars({ CORS_ENABLED: 'true', CORS_ORIGIN: '*' })) })).toEqual([expect.stringMatching(/^docker-compose\.yml:6 default CORS_ORIGIN=\* allows any origin/)]);
  });
});
