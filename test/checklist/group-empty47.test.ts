import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { ConfigError } from '../../src/types.js';

/**
 * QA47 yaml22 D4: `group: ""` is refused as `group: [""]` is (an empty-named group would reach the report), at the value,
 * by the loader and by the published schema; a real group in either spelling, and an empty list, still load.
 */
const errors = (text: string): string[] => {
  try { parseYamlChecklist('p.yml', text); } catch (e) { if (e instanceof ConfigError) return e.all().map((x) => x.format()); throw e; }
  return [];
};
const item = (group: string) => `version: 1\nitems:\n  - id: a\n    check: image-tag-pinned\n    group: ${group}\n`;

describe('an empty group name (QA47 D4)', () => {
  it('is a configuration error at the value, in both spellings', () => {
    expect(errors(item('""'))).toEqual(['p.yml:5:12: items.0.group: expected a non-empty string']);
    expect(errors(item('[""]'))).toEqual(['p.yml:5:13: items.0.group.0: expected a non-empty string']);
  });

  it('a real group loads, as a string or a list', () => {
    expect(errors(item('Containers'))).toEqual([]);
    expect(errors(item('[Containers, Images]'))).toEqual([]);
    expect(parseYamlChecklist('p.yml', item('Containers')).items[0]!.group).toEqual(['Containers']);
  });

  it('the published schema refuses it too', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { parse } = await import('yaml');
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(new URL('../../schemas/checklist.schema.json', import.meta.url), 'utf8')) as object);
    expect(validate(parse(item('""')))).toBe(false);
    expect(validate(parse(item('[""]')))).toBe(false);
    expect(validate(parse(item('Containers')))).toBe(true);
  });
});
