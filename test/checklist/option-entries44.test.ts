import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlChecklist, resolveExtends } from '../../src/checklist/load.js';
import { plan } from '../../src/gate/plan.js';
import { main } from '../../src/cli.js';
import { ConfigError } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA44 contract2 D1: an empty string (or only spaces) in a check's string option — an entry of a glob, name or pattern
 * list, a pattern, a key naming images — is a configuration error where it is written (exit 2), and the published
 * schema refuses it too; never a check that fails at run time (`Expected pattern to be a non-empty string`, the item
 * `error`, the check not run) nor a pattern that silently matches every name.
 */
const loadErrors = (text: string): string[] => {
  try { plan(resolveExtends(parseYamlChecklist('p.yml', text)), {}); } catch (e) { if (e instanceof ConfigError) return e.all().map((x) => x.format()); throw e; }
  return [];
};
const item = (check: string, options: string) => `version: 1\nitems:\n  - id: a\n    check: ${check}\n    options: ${options}\n`;

// [check, options with an empty entry, column of the entry on line 5, the option's path, options with a real entry]
const CASES: [string, string, number, string, string][] = [
  ['image-tag-pinned', '{ allow: [""] }', 24, 'allow.0', '{ allow: ["ghcr.io/acme/*"] }'],
  ['image-tag-pinned', '{ allow: [scratch, "  "] }', 33, 'allow.1', '{ allow: [scratch, "node"] }'],
  ['image-tag-pinned', '{ moving-tags: [""] }', 30, 'moving-tags.0', '{ moving-tags: [stable] }'],
  ['hardcoded-secret', '{ allow: [""] }', 24, 'allow.0', '{ allow: ["test/certs/**"] }'],
  ['env-file-committed', '{ allow: [""] }', 24, 'allow.0', '{ allow: [".env.ci"] }'],
  ['env-file-not-ignored', '{ names: [""] }', 24, 'names.0', '{ names: [".env.local"] }'],
  ['dockerfile-non-root', '{ non-root-images: [""] }', 34, 'non-root-images.0', '{ non-root-images: ["ghcr.io/acme/base:*"] }'],
  ['cookie-flags', '{ sessionNames: "" }', 30, 'sessionNames', '{ sessionNames: "^sid$" }'],
  ['cookie-security', '{ session-patterns: [""] }', 35, 'session-patterns.0', '{ session-patterns: ["^sid$"] }'],
  ['database-port-exposed', '{ imagePorts: { "": [5432] } }', 30, 'imagePorts.""', '{ imagePorts: { mypg: [5432] } }'],
];

describe('an empty string in a check option is a configuration error at the entry (QA44 D1)', () => {
  it.each(CASES)('%s %s', (check, bad, column, at, good) => {
    const errors = loadErrors(item(check, bad));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^p\\.yml:5:${column}: options\\.${at.replace(/\./g, '\\.')} for check '${check}': expected .*, not an empty string: `));
    // The lookalike: a real entry loads.
    expect(loadErrors(item(check, good))).toEqual([]);
  });

  it('the published checklist schema refuses what the loader refuses, and takes the real entries', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { parse } = await import('yaml');
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(new URL('../../schemas/checklist.schema.json', import.meta.url), 'utf8')) as object);
    for (const [check, bad, , , good] of CASES) {
      expect(validate(parse(item(check, bad))), `${check} ${bad}`).toBe(false);
      expect(validate(parse(item(check, good))), `${check} ${good}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the CLI exits 2 naming the entry, instead of passing with the check not run; a real glob still runs the check', async () => {
    const run = async (options: string) => {
      const repo = makeRepo({ 'Dockerfile': 'FROM node:latest\nUSER 10001\nCMD ["node", "server.js"]\n', '.gitignore': '.env\n', 'preflight.yml': item('image-tag-pinned', options) });
      let stdout = '';
      let stderr = '';
      const code = await main(['--fail-on', 'high'], { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: repo });
      return { code, stdout, stderr };
    };
    const bad = await run('{ allow: [""] }');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("preflight: preflight.yml:5:24: options.allow.0 for check 'image-tag-pinned': expected an image-name glob (`ghcr.io/acme/*`), not an empty string: write one, or remove the entry\n");
    // `node:latest` is judged: the allow-list of another image leaves it failing.
    const good = await run('{ allow: ["ghcr.io/acme/*"] }');
    expect(good.code, good.stderr).toBe(1);
    expect(good.stdout).toContain("FROM node:latest uses the moving tag 'latest'");
  });
});
