import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHECKS } from '../../src/checks/index.js';
import { fileGlobEntry, fileGlobOptions, globEntry, optionsObject } from '../../src/checks/util/option-entry.js';
import { unmatchedGlobs } from '../../src/checklist/scope.js';
import type { Checklist } from '../../src/checklist/types.js';

describe('file-glob options come from the options schema', () => {
  it('names the checks whose option lists repository files, and no image-glob option', () => {
    const found = CHECKS.flatMap((def) => fileGlobOptions(def.options).map((key) => `${def.id}.${key}`)).sort();
    expect(found).toEqual(['env-file-committed.allow', 'hardcoded-secret.allow']);
  });

  it('reads a file-glob list under defaults, descriptions and optionals, and not an image-glob list', () => {
    const schema = z.object({
      files: z.array(fileGlobEntry('a glob')).default([]).describe('files'),
      maybe: z.array(fileGlobEntry('a glob')).optional(),
      images: z.array(globEntry('an image glob')).default([]),
      one: fileGlobEntry('a glob'),
    }).refine(() => true);
    expect(fileGlobOptions(schema)).toEqual(['files', 'maybe']);
    expect(optionsObject(schema.default({ files: [], images: [], one: 'x' }))).not.toBeNull();
  });

  it('warns about an allow entry that matches no file in a several-check item, at the entry, naming the option', () => {
    const item = {
      id: 'secrets', checks: ['hardcoded-secret', 'env-file-committed'],
      options: { 'hardcoded-secret': { allow: ['test/fixture/**'] }, 'env-file-committed': { allow: ['.env.ci'] } },
      optionsAt: (path: (string | number)[]) => ({ file: 'preflight.yml', line: 10 + Number(path[2] ?? 0), column: path[0] === 'hardcoded-secret' ? 7 : 9 }),
    } as unknown as Checklist['items'][number];
    const warnings = unmatchedGlobs({ items: [item], ignore: [] }, ['test/fixtures/a.pem', '.env.ci']);
    expect(warnings).toEqual(["preflight.yml:10:7: item 'secrets': hardcoded-secret allow entry 'test/fixture/**' matches no tracked file, so it exempts nothing (a misspelt name or folder? an entry with / is a glob relative to the repository root, one without a file name at any depth)"]);
  });
});
