import { describe, expect, it } from 'vitest';
import { parseYamlChecklist, resolveExtends } from '../../src/checklist/load.js';
import { plan } from '../../src/gate/plan.js';
import { parseBaseline } from '../../src/gate/baseline.js';
import { ConfigError } from '../../src/types.js';

/**
 * QA44 contract2 D5: configuration errors say what was expected in the checklist's words, at the place written, never
 * the validation library's own text (`Invalid key in record`, `expected int to be <=9007199254740991`).
 */
const errors = (text: string): string[] => {
  try { plan(resolveExtends(parseYamlChecklist('p.yml', text)), {}); } catch (e) { if (e instanceof ConfigError) return e.all().map((x) => x.format()); throw e; }
  return [];
};
const RAW = /Invalid (?:key|input|string|number|element)|expected (?:int|number|string|array|object) to|Too (?:small|big)|received /;

describe('configuration errors in plain words (QA44 D5)', () => {
  it.each([
    ['version: 1\nprobes:\n  url: https://x.example\n  headers: { "Bad Name": v }\n', "p.yml:4:14: probes.headers.Bad Name: expected the key to be an HTTP header name (letters, digits and !#$%&'*+-.^_`|~: no spaces, no colon)"],
    ['version: 1\nitems:\n  - id: a\n    check: hsts\n    options: { min-max-age: 1e30 }\n', "p.yml:5:29: options.min-max-age for check 'hsts': expected a whole number of at most 9007199254740991 (2^53 - 1, the largest kept exact), got 1e+30"],
    ['version: 1\nitems:\n  - id: a\n    check: hsts\n    options: { min-max-age: -1 }\n', "p.yml:5:29: options.min-max-age for check 'hsts': expected a number of at least 0, got -1"],
    ['version: 1\nitems:\n  - id: a\n    check: response-time\n    options: { samples: 0 }\n', "p.yml:5:25: options.samples for check 'response-time': expected a number of at least 1, got 0"],
    ['version: 1\nitems:\n  - id: a\n    check: response-time\n    options: { samples: 51 }\n', "p.yml:5:25: options.samples for check 'response-time': expected a number of at most 50, got 51"],
    ['version: 1\nitems:\n  - id: a\n    check: response-time\n    options: { max-ms: 0 }\n', "p.yml:5:24: options.max-ms for check 'response-time': expected a number greater than 0, got 0"],
    [`version: 1\nitems:\n  - id: a\n    check: env-file-not-ignored\n    options: { names: [${Array.from({ length: 21 }, (_, i) => `.env.e${i}`).join(', ')}] }\n`, "p.yml:5:23: options.names for check 'env-file-not-ignored': expected at most 20 entries"],
  ])('%j', (text, message) => {
    const got = errors(text);
    expect(got).toEqual([message]);
    expect(got[0]).not.toMatch(RAW);
  });

  it('a value that is right passes (the lookalike)', () => {
    expect(errors('version: 1\nprobes:\n  url: https://x.example\n  headers: { X-Bypass: v }\nitems:\n  - id: a\n    check: hsts\n    options: { min-max-age: 31536000 }\n  - id: b\n    check: response-time\n    options: { samples: 50, max-ms: 0.5 }\n')).toEqual([]);
  });

  it('a file that is no baseline says what was expected, in the words of JSON', () => {
    const err = (text: string) => { try { parseBaseline(text, 'b.json'); } catch (e) { return (e as ConfigError).format(); } return ''; };
    const tail = ': expected the file `preflight baseline --output FILE` writes ({"version": 2, "findings": [{"check", "fingerprint", …}]})';
    expect(err('[]')).toBe(`b.json:1:1: not a Preflight baseline (the file: expected an object ({…}), got an array)${tail}`);
    expect(err('{"version": "2", "findings": []}')).toBe(`b.json:1:13: not a Preflight baseline (version: expected 1 or 2, got the string "2")${tail}`);
    expect(err('{"version": 2, "findings": {}}')).toBe(`b.json:1:28: not a Preflight baseline (findings: expected an array ([…]), got an object)${tail}`);
    for (const t of ['[]', '{"version": "2", "findings": []}', '{"version": 2, "findings": {}}', '{"version": 2, "findings": [{"check": "x", "fingerprint": "f", "line": 0}]}']) expect(err(t)).not.toMatch(RAW);
    expect(parseBaseline('{"version": 2, "findings": [{"check": "x", "fingerprint": "f", "line": 3}]}', 'b.json').counts.get('f')).toBe(1);
  });
});
