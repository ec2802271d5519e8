import { describe, expect, it } from 'vitest';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { ConfigError } from '../../src/types.js';

// QA45 contract3 D1: a YAML alias used where its anchored value has the wrong type (`ignore: [*p]`, `&p` on a valid
// `paths:` list) was reported at the anchor's line, which is valid; the mistake is the alias.

function errorsOf(text: string): { message: string; line?: number; column?: number }[] {
  try { parseYamlChecklist('p.yml', text); } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return [e, ...e.more].map((x) => ({ message: x.message, line: x.where?.line, column: x.where?.column }));
  }
  return [];
}

describe('configuration errors at a YAML alias', () => {
  it('are located at the alias that uses the value', () => {
    const got = errorsOf('version: 1\nitems:\n  - id: a\n    check: image-tag-pinned\n    paths: &p ["a/**"]\n    ignore: [*p, *p]\n');
    expect(got.map((e) => [e.line, e.column])).toEqual([[6, 14], [6, 18]]);
    expect(got[0]!.message).toContain('expected a string, got a list');
  });
  it('a value that is wrong where it is anchored is named at each use too, and at the anchor for the item that holds it', () => {
    const got = errorsOf('version: 1\nitems:\n  - id: a\n    check: hsts\n    severity: &sev hihg\n  - id: b\n    check: hsts\n    severity: *sev\n');
    expect(got.map((e) => [e.line, e.column])).toEqual([[5, 20], [8, 15]]);
  });
  it('a value without an alias is located as before', () => {
    expect(errorsOf('version: 1\nitems:\n  - id: a\n    check: hsts\n    severity: hihg\n').map((e) => [e.line, e.column])).toEqual([[5, 15]]);
  });
});
