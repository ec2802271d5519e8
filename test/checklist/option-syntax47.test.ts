import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlChecklist, resolveExtends } from '../../src/checklist/load.js';
import { plan } from '../../src/gate/plan.js';
import { ConfigError } from '../../src/types.js';

/**
 * QA47 yaml22 D2: a glob option of a check (`allow`, `non-root-images`) with an unbalanced bracket or brace was accepted and
 * silently matched nothing, while the same glob in `paths` is refused at file:line:column; and the published schema
 * accepted a regular expression option that does not compile (`sessionNames: "(unclosed"`), which the loader refuses.
 */
const loadErrors = (text: string): string[] => {
  try { plan(resolveExtends(parseYamlChecklist('p.yml', text)), {}); } catch (e) { if (e instanceof ConfigError) return e.all().map((x) => x.format()); throw e; }
  return [];
};
const item = (check: string, options: string) => `version: 1\nitems:\n  - id: a\n    check: ${check}\n    options: ${options}\n`;

// [check, options with a bad glob, column of the entry on line 5, the option's path, a valid lookalike]
const GLOBS: [string, string, number, string, string][] = [
  ['image-tag-pinned', '{ allow: ["[invalid"] }', 24, 'allow.0', '{ allow: ["ghcr.io/acme/*"] }'],
  ['image-tag-pinned', '{ allow: [scratch, "ghcr.io/{a,b"] }', 33, 'allow.1', '{ allow: [scratch, "ghcr.io/{a,b}/*"] }'],
  ['hardcoded-secret', '{ allow: ["test/[fixtures/**"] }', 24, 'allow.0', '{ allow: ["test/\\\\[fixtures/**"] }'],
  ['dockerfile-non-root', '{ non-root-images: ["ghcr.io/acme/base:[1-"] }', 34, 'non-root-images.0', '{ non-root-images: ["ghcr.io/acme/base:[1-9]*"] }'],
];

describe('a glob option that is no valid glob is refused at the entry, as in paths (QA47 D2)', () => {
  it.each(GLOBS)('%s %s', (check, bad, column, at, good) => {
    const errors = loadErrors(item(check, bad));
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^p\\.yml:5:${column}: options\\.${at.replace(/\./g, '\\.')} for check '${check}': expected a valid glob: Missing closing: "[\\]}]" \\(to match a bracket, brace or parenthesis literally, escape it with \\\\\\)$`))]);
    expect(loadErrors(item(check, good))).toEqual([]);
  });

  it('the message is the one paths gives', () => {
    const paths = loadErrors('version: 1\nitems:\n  - id: a\n    check: image-tag-pinned\n    paths: ["[invalid"]\n');
    const option = loadErrors(item('image-tag-pinned', '{ allow: ["[invalid"] }'));
    expect(paths[0]!.replace(/^.*?: expected/, 'expected')).toBe(option[0]!.replace(/^.*?: expected/, 'expected'));
  });
});

describe('the published schema marks regular-expression options format: regex (QA47 D2)', () => {
  const schemaText = fs.readFileSync(new URL('../../schemas/checklist.schema.json', import.meta.url), 'utf8');

  it('a validator with formats refuses what the loader refuses, and takes a valid pattern', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default as unknown as (a: InstanceType<typeof Ajv2020>) => void;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const { parse } = await import('yaml');
    const validate = ajv.compile(JSON.parse(schemaText) as object);
    const cases: [string, string, string][] = [
      ['cookie-flags', '{ sessionNames: "(unclosed" }', '{ sessionNames: "^(sid|session)$" }'],
      ['cookie-security', '{ session-patterns: ["[a-"] }', '{ session-patterns: ["^sid$", "sess"] }'],
    ];
    for (const [check, bad, good] of cases) {
      expect(loadErrors(item(check, bad))).toEqual([expect.stringContaining('expected a valid regular expression')]);
      expect(validate(parse(item(check, bad))), `${check} ${bad}`).toBe(false);
      expect(validate(parse(item(check, good))), `${check} ${good}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(loadErrors(item(check, good))).toEqual([]);
    }
  });

  it('only regular-expression options carry the format', () => {
    // sessionNames (also written session-names, the same schema) and one other option.
    expect(schemaText.match(/"format": "regex"/g)).toHaveLength(3);
    const cookie = (JSON.parse(schemaText) as { $defs: Record<string, { properties: Record<string, { format?: string }> }> }).$defs['options-cookie-flags']!.properties;
    expect([cookie['sessionNames']!.format, cookie['session-names']!.format]).toEqual(['regex', 'regex']);
  });
});
