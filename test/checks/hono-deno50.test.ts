import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA50 fullrepos28 D1: Hono's cors middleware imported the Deno way (JSR, `npm:`, deno.land/x, an import-map alias) is the
// same middleware with the same options: judged as `hono/cors` is.
const main = (spec: string, opts = '{ origin: "*" }') =>
  `import { Hono } from "@hono/hono";\nimport { cors } from "${spec}";\nconst app = new Hono();\napp.use("/api/*", cors(${opts}));\nDeno.serve(app.fetch);\n`;

async function run(files: Record<string, string>) {
  const out = await runCase(corsWildcard, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : f.severity ?? 'default'} ${f.message}`);
}

describe('cors-wildcard: Hono under Deno (QA50 fullrepos28 D1)', () => {
  it.each([
    ['jsr:@hono/hono/cors'],
    ['jsr:@hono/hono@^4.5.0/cors'],
    ['@hono/hono/cors'],
    ['npm:hono/cors'],
    ['npm:hono@4.6.1/cors'],
    ['https://deno.land/x/hono@v3.12.0/middleware.ts'],
    ['https://deno.land/x/hono/middleware/cors/index.ts'],
    ['https://esm.sh/hono@4/cors'],
  ])('cors({ origin: "*" }) from %s is any origin', async (spec) => {
    expect(await run({ 'main.ts': main(spec) })).toEqual(['main.ts:4 default Hono cors() origin "*" allows any origin; list the allowed origins explicitly']);
  });

  it('without options, and an origin function that echoes the origin with credentials', async () => {
    expect(await run({ 'main.ts': main('jsr:@hono/hono/cors', '') })).toEqual([expect.stringMatching(/^main\.ts:4 default Hono cors\(\) without options allows any origin/)]);
    expect(await run({ 'main.ts': main('npm:hono/cors', '{ origin: (origin) => origin, credentials: true }') })).toEqual([expect.stringMatching(/^main\.ts:4 critical Hono cors\(\) origin function that returns the request's origin/)]);
  });

  it('an import-map alias of deno.json (prefix key) or deno.jsonc (jsr package key), nearest config up, or the importMap file it names', async () => {
    expect(await run({ 'api/main.ts': main('$hono/middleware.ts'), 'api/deno.json': '{ "imports": { "$hono/": "https://deno.land/x/hono@v4.3.11/" } }\n' })).toEqual([expect.stringMatching(/^api\/main\.ts:4 default Hono cors\(\) origin "\*"/)]);
    expect(await run({ 'apps/api/main.ts': main('hono4/cors'), 'deno.jsonc': '{\n  // workspace root\n  "imports": { "hono4": "jsr:@hono/hono@^4.5.0", },\n}\n' })).toEqual([expect.stringMatching(/^apps\/api\/main\.ts:4 default/)]);
    expect(await run({ 'main.ts': main('web/cors'), 'deno.json': '{ "importMap": "./import_map.json" }\n', 'import_map.json': '{ "imports": { "web/": "npm:/hono@4/" } }\n' })).toEqual([expect.stringMatching(/^main\.ts:4 default/)]);
  });

  it('lookalikes pass: a restricted origin, an alias mapped elsewhere, an unmapped bare specifier, a local cors helper', async () => {
    expect(await run({ 'main.ts': main('jsr:@hono/hono/cors', '{ origin: ["https://app.example.com"], credentials: true }') })).toEqual([]);
    expect(await run({ 'main.ts': main('$lib/cors.ts'), 'deno.json': '{ "imports": { "$lib/": "./lib/" } }\n' })).toEqual([]);
    expect(await run({ 'main.ts': main('my-cors') })).toEqual([]);
    expect(await run({ 'main.ts': main('./cors.ts') })).toEqual([]);
    expect(await run({ 'main.ts': main('jsr:@std/http/cors') })).toEqual([]);
  });
});
