import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// Review 48 B2: reading what a split-and-trim chain of a deployed `*` gives backtracked exponentially on a chain of many
// `.map(x => x.trim())` links ending in anything else (~350 bytes hung the scan). The links are read in linear time now.
const express = (origin: string) =>
  `const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: ${origin}, credentials: true }));\napp.listen(3000);\n`;
const compose = 'services:\n  api:\n    build: .\n    environment:\n      CORS_ORIGINS: "*"\n';
const links = (n: number) => '.map(x => x.trim())'.repeat(n);

async function judged(origin: string) {
  const out = await runCase(corsWildcard, { name: 'x', files: { 'server.js': express(origin), 'compose.yaml': compose } });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => ({ at: `${f.file}:${f.line}`, note: Boolean(f.note), message: f.message }));
}

describe('cors-wildcard reads a split-and-trim chain of a deployed * in linear time (review 48 B2)', () => {
  it('a chain of 24 map links ending in another call completes, judged as a read that is no split-and-trim', async () => {
    const found = await judged(`process.env.CORS_ORIGINS?.split(',')${links(24)}.at(0) || true`);
    expect(found.map((f) => f.at).sort()).toEqual(['compose.yaml:5', 'server.js:4']);
    expect(found.find((f) => f.at === 'server.js:4')!.message).not.toMatch(/\['\*'\]/);
  }, 20_000);

  it('a chain of 12 links, both arrow forms and a filter still give [\'*\'] (a note at the code)', async () => {
    for (const chain of [links(12), ".map((s) => s.trim()).map(o => o?.trim()).filter(Boolean)"]) {
      const found = await judged(`process.env.CORS_ORIGINS?.split(',')${chain} ?? true`);
      expect(found.filter((f) => !f.note).map((f) => f.at)).toEqual(['compose.yaml:5']);
      expect(found.find((f) => f.at === 'server.js:4')).toEqual(expect.objectContaining({ note: true, message: expect.stringMatching(/gives \['\*'\] with CORS_ORIGINS=\* in compose\.yaml:5/) }));
    }
  });
});
