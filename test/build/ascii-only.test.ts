import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { asciiOnly } from '../../scripts/ascii-only.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const rewrite = asciiOnly as (text: string, file?: string) => string;

/** Evaluates a module's text and returns its exports. */
async function load(text: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript,${encodeURIComponent(text)}`) as Promise<Record<string, unknown>>;
}

/** A regular expression's behaviour on probe strings (the same source written two ways must match alike). */
function behaviour(re: RegExp, samples: string[]): boolean[] {
  return samples.map((s) => new RegExp(re.source, re.flags).test(s));
}

describe('the bundle is ASCII only, with the same meaning (scripts/ascii-only.mjs)', () => {
  const samples = ['—', 'x—y', 'à', 'é', 'ÿ', 'ü', '😀', '🙂', '🚀', 'x', '保留', 'ожидает', 'в процессе', '\\—', '\\'];

  it('escapes strings, regular expressions, templates, identifiers and comments to the same values', async () => {
    const source = [
      "export const s = 'x—y', d = \"é\", t = `t—${1}—`, e = '\\—';",
      'export const re = /[à-ÿ—]+/u, emoji = /😀|[😀-🙏]/u, plain = /[😀]/, words = /(?:保留|ожидает)$/;',
      'export const ré = 1; // a comment — with a dash',
      '/* and → a block comment */',
    ].join('\n');
    const out = rewrite(source);
    expect(out).not.toMatch(/[^\x00-\x7f]/);
    const [a, b] = [await load(source), await load(out)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const k of Object.keys(a)) {
      const x = a[k];
      const y = b[k];
      if (x instanceof RegExp) {
        expect(y).toBeInstanceOf(RegExp);
        expect((y as RegExp).flags).toBe(x.flags);
        expect(behaviour(y as RegExp, samples), k).toEqual(behaviour(x, samples));
      } else expect(y, k).toBe(x);
    }
  });

  it('keeps String.raw text exactly, backslashes before non-ASCII characters included', async () => {
    const source = "export const r = String.raw`a—b\\—c${'é'}ü\\\\ö`, rx = new RegExp(String.raw`[^\\wà-ÿ]—`, 'u'), w = String.raw`(?:保留|ожидает)(?![\\wà-ÿ-])`;";
    const out = rewrite(source);
    expect(out).not.toMatch(/[^\x00-\x7f]/);
    const [a, b] = [await load(source), await load(out)];
    expect(b['r']).toBe(a['r']);
    expect(b['w']).toBe(a['w']);
    expect(behaviour(b['rx'] as RegExp, samples)).toEqual(behaviour(a['rx'] as RegExp, samples));
    expect(a['r']).toBe('a—b\\—céü\\\\ö');
  });

  it('refuses non-ASCII raw text under another tag (its meaning could change)', () => {
    expect(() => rewrite('const tag = (s) => s.raw[0]; export const v = tag`—`;', 'x.js')).toThrow(/tagged tag/);
  });

  it('refuses a rewrite whose escapes would not mean the same: spaces and BOMs between tokens, astral names, line separators', () => {
    expect(() => rewrite('const a\u00a0= 1;', 'nbsp.js')).toThrow(/nbsp\.js: the ASCII rewrite does not parse/);
    expect(() => rewrite('const\ufeffa = 1;', 'bom.js')).toThrow(/does not parse/);
    expect(() => rewrite('const \u{1D49C} = 1;', 'astral.js')).toThrow(/does not parse/);
    // U+2028 ends a `//` comment: escaped, it would turn the code after it into comment.
    expect(() => rewrite('// note\u2028const a = 1;\nexport const b = 2;', 'ls.js')).toThrow(/changed the program/);
    // A backslash before U+2028 continues a string's line (the string is "ab"): escaped, the string would hold it.
    expect(() => rewrite("const s = 'a\\\u2028b';", 'cont.js')).toThrow(/changed the program/);
  });

  it('leaves ASCII text alone', () => {
    const text = 'export const a = "plain";\n';
    expect(rewrite(text)).toBe(text);
  });

  it('every committed bundle chunk is ASCII (V8 keeps a Latin-1 source one byte per character)', () => {
    const files = ['dist', 'dist/cli'].flatMap((d) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.js')).map((f) => path.join(d, f)));
    expect(files.length).toBeGreaterThan(1);
    const offending = files.filter((f) => /[^\x00-\x7f]/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offending).toEqual([]);
  });
});
