import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA50 fullrepos28 D2: Strapi merges config/env/<NODE_ENV>/middlewares.* over config/middlewares.*, so a production file that
// sets the strapi::cors origin itself overrides the base `origin: ['*']` for production: an `info` note, not a critical.
const list = (entry: string) => `module.exports = [\n  'strapi::errors',\n  ${entry},\n  'strapi::public',\n];\n`;
const cors = (config: string) => list(`{ name: 'strapi::cors', config: ${config} }`);
const STAR = cors("{ origin: ['*'] }");

async function run(files: Record<string, string>) {
  const out = await runCase(corsWildcard, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : f.severity} ${f.message}`);
}

describe('cors-wildcard: a Strapi base origin overridden by config/env/production (QA50 fullrepos28 D2)', () => {
  it('a restricted production origin makes the base * a note that names the production file', async () => {
    const out = await run({
      'config/middlewares.js': STAR,
      'config/env/production/middlewares.js': cors("{ origin: ['https://www.example.com'] }"),
      Dockerfile: 'FROM node:20-alpine\nENV NODE_ENV=production\nCMD ["npm", "start"]\n',
    });
    expect(out).toEqual([expect.stringMatching(/^config\/middlewares\.js:3 note strapi::cors origin \['\*'\] .*overridden by config\/env\/production\/middlewares\.js:3 for production/)]);
  });

  it('the same in a monorepo folder, with TypeScript config', async () => {
    const out = await run({
      'apps/cms/config/middlewares.ts': `export default [\n  { name: 'strapi::cors', config: { origin: '*', credentials: true } },\n];\n`,
      'apps/cms/config/env/production/middlewares.ts': `export default [\n  { name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS') } },\n];\n`,
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^apps\/cms\/config\/middlewares\.ts:2 note .*overridden by apps\/cms\/config\/env\/production\/middlewares\.ts:2/);
  });

  it('a production file that keeps * is judged where it is written (the base line stays a note)', async () => {
    const out = await run({
      'config/middlewares.js': STAR,
      'config/env/production/middlewares.js': cors("{ origin: '*' }"),
    });
    expect(out.filter((l) => !l.includes(' note '))).toEqual([expect.stringMatching(/^config\/env\/production\/middlewares\.js:3 critical /)]);
  });

  it.each([
    ['a production strapi::cors entry without origin (the base origin is merged in)', { 'config/env/production/middlewares.js': cors("{ headers: '*' }") }],
    ['a production list with the bare strapi::cors string', { 'config/env/production/middlewares.js': list("'strapi::cors'") }],
    ['only a staging override', { 'config/env/staging/middlewares.js': cors("{ origin: ['https://www.example.com'] }") }],
    ['only a development override', { 'config/env/development/middlewares.js': cors("{ origin: ['https://www.example.com'] }") }],
    ["another project's production override", { 'other/config/env/production/middlewares.js': cors("{ origin: ['https://www.example.com'] }") }],
  ])('lookalike: %s leaves the base * critical', async (_name, extra) => {
    const out = await run({ 'config/middlewares.js': STAR, ...extra });
    expect(out).toEqual([expect.stringMatching(/^config\/middlewares\.js:3 critical strapi::cors origin \['\*'\]/)]);
  });
});
