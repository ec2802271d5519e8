import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlChecklist, resolveExtends } from '../../src/checklist/load.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { CHECKS } from '../../src/checks/index.js';
import { PROBES } from '../../src/probes/index.js';
import { ConfigError } from '../../src/types.js';
import { anyText, fuzzOptions, fuzzTimeout, tokenText, yamlText } from './arbitraries.js';

const IDS = [...CHECKS, ...PROBES].map((c) => c.id);
const lines = (t: string) => t.split(/\r\n|\r|\n/).length;

/** Runs `fn`; a ConfigError is an accepted outcome (exit 2) if it says where; anything else fails. */
function configErrorOr<T>(fn: () => T, text: string): T | null {
  try { return fn(); } catch (e) {
    expect(e, `not a ConfigError: ${(e as Error)?.stack}`).toBeInstanceOf(ConfigError);
    const ce = e as ConfigError;
    expect(ce.message.trim().length).toBeGreaterThan(0);
    expect(ce.message).not.toMatch(/\[object Object\]/);
    if (ce.where?.line !== undefined) { expect(ce.where.line).toBeGreaterThanOrEqual(1); expect(ce.where.line).toBeLessThanOrEqual(lines(text) + 1); }
    return null;
  }
}

const value = fc.oneof(fc.constantFrom('high', 'critical', 'off', 'none', 'bogus', 1, 0, -1, true, null, 'recommended', 'docker', 'nope', '/health', '${PREFLIGHT_TOKEN}', '${HOME}', '../../etc/passwd', '/etc/passwd'), fc.string({ maxLength: 12 }));
const item = fc.record({
  id: fc.oneof(fc.constantFrom('pinned', 'a', 'a', 'x.y', '-bad', ''), fc.string({ maxLength: 8 })),
  title: value, check: fc.oneof(fc.constantFrom(...IDS, 'nope'), fc.array(fc.constantFrom(...IDS, 'nope'), { maxLength: 3 }), value),
  severity: value, paths: fc.oneof(fc.array(fc.constantFrom('**', 'src/**', '../**', '/etc/**', '', '[', '!x'), { maxLength: 3 }), value),
  options: fc.oneof(fc.dictionary(fc.constantFrom('allow', 'paths', 'min-days', 'max-ms', 'nope'), value, { maxKeys: 2 }), value),
  group: value, 'signed-off': value, unknown: value,
}, { requiredKeys: [] });
const checklist = fc.record({
  version: fc.constantFrom(1, 1, 1, 2, '1'), extends: fc.oneof(fc.constantFrom('recommended', 'docker', 'kubernetes', 'nope'), fc.array(fc.constantFrom('recommended', 'flask', 'node', 'nope'), { maxLength: 2 })),
  'fail-on': value, ignore: fc.array(value, { maxLength: 2 }), items: fc.oneof(fc.array(item, { maxLength: 6 }), value),
  probes: fc.record({ url: value, health: fc.oneof(value, fc.array(value, { maxLength: 2 })), timeout: value, wait: value, headers: fc.dictionary(fc.constantFrom('Authorization', 'X-Token', 'bad header'), value, { maxKeys: 2 }), 'http-url': value, ca: value, 'allow-self-signed': value }, { requiredKeys: [] }),
  typo: value,
}, { requiredKeys: ['version'] });

describe('YAML checklist loader', () => {
  it('accepts or rejects with a located ConfigError; never throws anything else', () => {
    fc.assert(fc.property(fc.oneof(checklist.map((c) => stringify(c)), yamlText, anyText), (text) => {
      const list = configErrorOr(() => parseYamlChecklist('.github/preflight.yml', text), text);
      if (!list) return;
      const ids = new Set<string>();
      for (const it of list.items) {
        expect(it.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
        expect(ids.has(it.id), `duplicate id ${it.id}`).toBe(false);
        ids.add(it.id);
        for (const c of it.checks) expect(IDS).toContain(c);
        expect(it.source.line).toBeGreaterThanOrEqual(1);
      }
      const resolved = configErrorOr(() => resolveExtends(list), text);
      if (resolved) for (const it of resolved.items) for (const c of it.checks) expect(IDS).toContain(c);
    }), fuzzOptions());
  }, fuzzTimeout(30));
});

const MD_TOKENS = ['# Production checklist\n', '## Security\n', '### CORS Configuration\n', '- [ ] ', '- [x] ', '* [X] ', '+ [ ] ', '  - [ ] ', '    - [x] ', '1. [ ] ', '> - [ ] ', '- ', '[ ]', '[x]',
  'HSTS header is set', 'Images use pinned tags', 'Wildcard `*` is not used', 'Health check endpoint responds', 'Backups are tested', 'Name: ____', 'Date: ____', '**bold**', '_em_', '`code`', '[link](http://x)', '![img](x.png)',
  '<!-- preflight: hsts -->', '<!-- preflight: image-tag-pinned, hsts -->', '<!-- preflight: nope -->', '<!-- preflight: manual -->', '<!--', '-->', '```\n', '~~~\n', '<div>\n', '</div>\n', '|a|b|\n|-|-|\n', '---\n', '***\n',
  '🚀 ', '\\', '\n', '\n', '\n', '\r\n', '  ', '\t'];

describe('Markdown checklist parser', () => {
  it('accepts or rejects with a located ConfigError; items have unique ids and real lines', () => {
    fc.assert(fc.property(fc.oneof({ weight: 4, arbitrary: tokenText(MD_TOKENS, 80) }, { weight: 1, arbitrary: anyText }), (text) => {
      const list = configErrorOr(() => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', text), text);
      if (!list) return;
      const ids = new Set<string>();
      for (const it of list.items) {
        expect(it.id.length).toBeGreaterThan(0);
        expect(ids.has(it.id), `duplicate id ${it.id}`).toBe(false);
        ids.add(it.id);
        expect(it.source.line).toBeGreaterThanOrEqual(1);
        expect(it.source.line).toBeLessThanOrEqual(lines(text));
        for (const c of it.checks) expect(IDS).toContain(c);
      }
    }), fuzzOptions());
  }, fuzzTimeout(30));

  it('turns every generated task item into exactly one item, in order', () => {
    const title = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}[A-Za-z0-9]$/);
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('-', '*', '+'), fc.boolean(), title), { minLength: 1, maxLength: 10 }), (entries) => {
      const text = `# Checklist\n\n## Section\n\n${entries.map(([b, x, t]) => `${b} [${x ? 'x' : ' '}] ${t}`).join('\n')}\n`;
      const list = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', text, { match: false });
      // Titles are plain text: runs of spaces collapse as they do when Markdown is rendered.
      expect(list.items.map((i) => i.title)).toEqual(entries.map((e) => e[2].replace(/\s+/g, ' ').trim()));
      expect(list.items.map((i) => i.source.line)).toEqual(entries.map((_, i) => 5 + i));
    }), fuzzOptions());
  }, fuzzTimeout(30));
});
