import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CHECKS } from '../src/checks/index.js';
import { PROBES } from '../src/probes/index.js';
import { PRESET_NAMES, loadPreset, parseYamlChecklist, resolveExtends } from '../src/checklist/load.js';
import { plan } from '../src/gate/plan.js';
import { renderCatalogueDocs, renderSchemas } from '../src/docs.js';
import { VERSION } from '../src/version.js';
import { CATALOGUE } from '../src/generated/catalogue.js';

const root = path.resolve(import.meta.dirname, '..');

/** The catalogue ids of DESIGN.md: part of the contract, never renamed. */
const CONTRACT_IDS = {
  static: ['env-file-committed', 'env-file-not-ignored', 'hardcoded-secret', 'default-credentials', 'image-tag-pinned', 'dockerfile-non-root', 'dockerfile-healthcheck', 'dockerfile-secrets-in-env', 'production-server', 'debug-mode', 'cors-wildcard', 'database-port-exposed', 'resource-limits', 'restart-policy', 'k8s-probes', 'k8s-run-as-non-root', 'cookie-flags', 'tls-protocols-config'],
  probe: ['health-endpoint', 'https-redirect', 'hsts', 'tls-version', 'certificate', 'security-headers', 'cors-policy', 'cookie-security', 'dev-server-exposed', 'sensitive-paths', 'response-time', 'server-version-leak'],
};

describe('catalogue', () => {
  const defs = [...CHECKS, ...PROBES];

  it('has every contract id, each once, with the right kind', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...CONTRACT_IDS.static].sort());
    expect(PROBES.map((c) => c.id).sort()).toEqual([...CONTRACT_IDS.probe].sort());
    expect(new Set(defs.map((d) => d.id)).size).toBe(defs.length);
    for (const c of CHECKS) expect(c.kind).toBe('static');
    for (const p of PROBES) expect(p.kind).toBe('probe');
  });

  it('registers every check and probe file (no file outside the registry)', async () => {
    for (const [dir, list] of [['src/checks', CHECKS], ['src/probes', PROBES]] as const) {
      const files = fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts'));
      for (const f of files) {
        const mod = await import(path.join(root, dir, f));
        for (const v of Object.values(mod)) {
          if (v && typeof v === 'object' && 'id' in v && 'kind' in v && ((v as { kind: string }).kind === 'static' || (v as { kind: string }).kind === 'probe')) {
            expect(list, `${dir}/${f} exports ${(v as { id: string }).id} but the registry lacks it`).toContain(v);
          }
        }
      }
    }
  });

  it('documents and tests every check', () => {
    for (const d of defs) {
      expect(d.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.title.length, d.id).toBeGreaterThan(5);
      expect(d.description.length, d.id).toBeGreaterThan(10);
      expect(d.docs.why.length, d.id).toBeGreaterThan(10);
      expect(d.docs.fix.length, d.id).toBeGreaterThan(5);
      const test = path.join(root, 'test', d.kind === 'static' ? 'checks' : 'probes', `${d.id}.test.ts`);
      expect(fs.existsSync(test), `missing ${path.relative(root, test)}`).toBe(true);
    }
  });

  it('every id used in checklists/*.yml exists (presets load)', () => {
    for (const name of PRESET_NAMES) for (const it of loadPreset(name).items) for (const c of it.checks) expect(defs.map((d) => d.id)).toContain(c);
  });

  it('docs/checks.md and the JSON Schemas are current (npm run bundle regenerates them)', () => {
    expect(fs.readFileSync(path.join(root, 'docs/checks.md'), 'utf8')).toBe(renderCatalogueDocs(defs));
    for (const [rel, text] of Object.entries(renderSchemas(defs, PRESET_NAMES))) expect(fs.readFileSync(path.join(root, rel), 'utf8')).toBe(text);
  });

  it('docs/checks.md has no HTML from the docs texts: `<same host>`, `<name>` outside code are escaped, not tags GitHub drops (QA 27 sarif D7)', () => {
    const md = renderCatalogueDocs(defs);
    expect(md).toContain('**Fix:** Answer every plain-HTTP request with a 301/308 to https://&lt;same host&gt;&lt;same path&gt;.');
    expect(md).toContain('.env.&lt;anything&gt;');
    // In code spans they stay as typed.
    expect(md).toContain('`<name>.env`');
    // Outside code spans, the only tags are the anchors and comments the renderer writes itself.
    const outside = md.replace(/^```[\s\S]*?^```$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
    expect(outside.match(/<(?!a id="[a-z0-9-]+"><\/a>|\/a>|!--)[A-Za-z/!][^>\n]*>/g) ?? []).toEqual([]);
  });

  it('the static catalogue used by `preflight list` matches the registries', () => {
    expect(CATALOGUE).toEqual(defs.map((d) => ({ id: d.id, kind: d.kind, severity: d.severity, title: d.title, description: d.description })));
  });

  it('the README links every id to its doc', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const d of defs) expect(readme, d.id).toContain(`docs/checks.md#${d.id}`);
  });

  it('the README and docs/checks.md say that a several-check item keys its options by check id, with examples that run (QA28 D5)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const docs = renderCatalogueDocs(defs);
    for (const text of [readme, docs]) {
      expect(text).toMatch(/several checks keys\s+them\s+by\s+check\s+id/);
      // The example: `check: [a, b]` with `options: { a: {…}, b: {…} }`, planned as written.
      const m = /`check: (\[[^\]`]+\])` with\s+`options: (\{[^`]+\})`/.exec(text)!;
      expect(m).not.toBeNull();
      const list = parseYamlChecklist('p.yml', `version: 1\nitems:\n  - { id: x, check: ${m[1]}, options: ${m[2]} }\n`);
      expect(plan(list, {})[0]!.checks.map((c) => c.options)).toMatchObject([{ 'min-max-age': 31536000 }, { 'min-days': 21 }]);
    }
    // The README's example checklist (with its keyed options) validates too.
    const example = /```yaml\n(version: 1\n[\s\S]*?)```/.exec(readme)![1]!;
    expect(example).toMatch(/options: \{ hsts: \{/);
    expect(plan(resolveExtends(parseYamlChecklist('p.yml', example)), {}).length).toBeGreaterThan(3);
  });

  it('the version matches package.json', () => {
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});
