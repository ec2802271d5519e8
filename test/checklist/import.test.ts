import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importMarkdown } from '../../src/checklist/import.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import type { Checklist } from '../../src/checklist/types.js';
import { ConfigError } from '../../src/types.js';

const read = (name: string) => fs.readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

/** What the gate sees of an item: everything but where it was written and how it was bound. */
function gateView(list: Checklist) {
  return list.items.map((i) => ({
    id: i.id,
    title: i.title,
    checks: i.checks,
    severity: i.severity ?? (i.checks.length ? null : list.manualSeverity),
    options: i.options ?? null,
    group: i.group ?? [],
    signedOff: i.signedOff ?? false,
  }));
}

describe('importMarkdown', () => {
  it.each(['checklist-a.md', 'checklist-b.md', 'checklist-c.md'])('%s round-trips through the YAML loader to the same items', (name) => {
    const text = read(name);
    const { yaml } = importMarkdown(name, text);
    const fromMd = parseMarkdownChecklist(name, text);
    const fromYaml = parseYamlChecklist('preflight.yml', yaml);
    expect(gateView(fromYaml)).toEqual(gateView(fromMd));
    expect(fromYaml.extends).toEqual([]);
  });

  it('writes version 1, one or several checks, severity info on manual items, groups, options and sign-offs', () => {
    const md = [
      '# Checklist',
      '## Web',
      '- [ ] HTTPS enforced and HSTS enabled',
      '- [x] Backups tested',
      '- [x] Enable HSTS',
      '- [ ] Health endpoints accessible',
      '  - [ ] /healthz',
      '- [ ] Our own <!-- preflight: certificate -->',
    ].join('\n');
    const { yaml } = importMarkdown('PRODUCTION_CHECKLIST.md', md, { known: ['certificate'] });
    expect(parseYaml(yaml)).toEqual({
      version: 1,
      items: [
        { id: 'https-enforced-and-hsts-enabled', title: 'HTTPS enforced and HSTS enabled', check: ['hsts', 'https-redirect'], group: ['Web'] },
        { id: 'backups-tested', title: 'Backups tested', severity: 'info', group: ['Web'], 'signed-off': true },
        { id: 'enable-hsts', title: 'Enable HSTS', check: 'hsts', group: ['Web'] },
        { id: 'health-endpoints-accessible', title: 'Health endpoints accessible', check: 'health-endpoint', options: { paths: ['/healthz'] }, group: ['Web'] },
        { id: 'healthz', title: '/healthz', check: 'health-endpoint', options: { paths: ['/healthz'] }, group: ['Web'] },
        { id: 'our-own', title: 'Our own', check: 'certificate', group: ['Web'] },
      ],
    });
    expect(yaml).toMatch(/# \[x\] in PRODUCTION_CHECKLIST\.md: shown only, the check decides\n\s+- id: enable-hsts/);
    expect(yaml.startsWith('# Imported from PRODUCTION_CHECKLIST.md')).toBe(true);
  });

  it('quotes titles that YAML would misread', () => {
    const md = '- [ ] yes\n- [ ] 1.0\n- [ ] Key: value # not a comment\n- [ ] "quoted" & *star* @at\n- [ ] - dash';
    const { yaml } = importMarkdown('x.md', md);
    expect((parseYaml(yaml) as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(['yes', '1.0', 'Key: value # not a comment', '"quoted" & star @at', '- dash']);
  });

  it('reports N items, M bound automatically with the phrase, K manual', () => {
    const { report } = importMarkdown('checklist-c.md', read('checklist-c.md'));
    const lines = report.split('\n');
    expect(lines[0]).toBe('checklist-c.md: 112 items, 7 bound automatically, 0 bound explicitly, 105 manual (7 signed off with [x])');
    expect(report).toContain('  use-production-ready-images-no-latest-tags → image-tag-pinned    "no :latest tags" → image-tag-pinned');
    expect(lines.filter((l) => / → /.test(l) && l.startsWith('  '))).toHaveLength(7);
    expect(report).toMatch(/Manual items \(105\) need a sign-off/);
  });

  it('says nothing about manual items when none is left manual (QA33 sweep4)', () => {
    const { report } = importMarkdown('x.md', '- [ ] HSTS is enabled\n- [ ] No .env files are committed\n');
    expect(report).toContain('0 manual');
    expect(report).not.toMatch(/Manual items/);
  });

  it('passes parse errors through as ConfigErrors', () => {
    expect(() => importMarkdown('x.md', 'no items here')).toThrow(ConfigError);
  });

  it('passes every unknown id of the file through, not only the first', () => {
    let err: unknown;
    try { importMarkdown('x.md', '- [ ] A <!-- preflight: non-root -->\n- [ ] B <!-- preflight: image-tag-pined -->\n'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).all().map((e) => e.format().replace(/ in <!--.*| \(did you mean.*/, ''))).toEqual(["x.md:1:9: unknown check 'non-root'", "x.md:2:9: unknown check 'image-tag-pined'"]);
  });

  it('says "1 item" for one item', () => {
    expect(importMarkdown('x.md', '- [ ] Backups tested\n').report.split('\n')[0]).toBe('x.md: 1 item, 0 bound automatically, 0 bound explicitly, 1 manual');
  });
});
