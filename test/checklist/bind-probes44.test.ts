import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 44 (containers13 D1): "Readiness probes only (liveness probes caused restart storms)" bound k8s-probes requiring
// both probes; "Liveness probes (no readiness probes: the mesh handles it)" stayed manual.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const bound = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);

describe('containers13 D1: a probes item that promises one probe and waives the other binds that one alone', () => {
  it.each<[string, string]>([
    ['Readiness probes only (liveness probes caused restart storms)', 'readiness'],
    ['Liveness probes only — readiness handled by the mesh', 'liveness'],
    ['Liveness probes only (readiness is handled by the service mesh)', 'liveness'],
    ['Liveness probes (no readiness probes: the mesh handles it)', 'liveness'],
    ['Every Deployment has a liveness probe; readiness probes are not used', 'liveness'],
    ['Liveness probes without readiness', 'liveness'],
    ['Liveness probes (readiness probes later)', 'liveness'],
  ])('%s → probes [%s]', (text, probe) => {
    expect(bound(`# C\n## Kubernetes\n- [ ] ${text}\n`)).toEqual([[text, ['k8s-probes'], { probes: [probe] }]]);
  });
  it.each([
    'Readiness and liveness probes',
    'Readiness probe configured (liveness too)',
  ])('both probes stay required: %s', (text) => {
    expect(bound(`- [ ] ${text}\n`)).toEqual([[text, ['k8s-probes'], null]]);
  });
  it.each(['Liveness probes (probes disabled for now)', 'No liveness probes (they caused restart storms)'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
