import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 50 robust2 D3: a team that copies Preflight's own preset titles into its Markdown checklist gets the check
// each title names. Every item of every shipped preset (checklists/*.yml) with a `check:` is written as a task-list
// item under a neutral heading and under its preset's own topic, and must bind to that check.

const dir = path.join(import.meta.dirname, '../../checklists');
const presetItems = fs.readdirSync(dir).filter((f) => f.endsWith('.yml')).flatMap((f) => {
  const doc = parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { items?: { title?: string; check?: string }[] };
  return (doc.items ?? []).filter((i) => i.title && i.check).map((i) => [f, i.title!, i.check!] as const);
});

describe('stop 50: the presets\' own titles bind their checks as Markdown items', () => {
  it('reads the presets', () => { expect(presetItems.length).toBeGreaterThan(40); });
  it.each(presetItems)('%s: %s → %s', (_file, title, check) => {
    expect(matchItem(title, { headings: ['Deploy'] }).checks).toContain(check);
    expect(matchItem(title, { headings: [] }).checks).toContain(check);
  });
});

describe('stop 50: an own title with a veto, or another system\'s, stays manual', () => {
  it.each([
    'Certificate is valid and not expiring — deferred until launch',
    'Is the certificate valid and not expiring?',
    'Services have a restart policy (later)',
  ])('%s', (text) => {
    expect(matchItem(text, { headings: ['Deploy'] }).checks).toEqual([]);
  });
  it('a preset title binds under a heading that is not its topic, and says why', () => {
    const m = matchItem('Services have a restart policy', { headings: ['Release'] });
    expect(m.checks).toEqual(['restart-policy']);
    expect(m.matchedBy).toContain("Preflight's own title for restart-policy");
  });
});

