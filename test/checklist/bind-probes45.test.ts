import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 45 (markdown20 D7): under `## Kubernetes`, "Probes configured" and "Readiness"/"Liveness" nested under "- [ ] Probes"
// stayed manual while "Readiness probe" under the same heading bound k8s-probes.

const checksOf = (text: string, headings: string[], parent?: string) => matchItem(text, { headings, parent }).checks;

describe('stop 45: probes under a Kubernetes heading bind k8s-probes', () => {
  it.each([
    ['Probes configured', ['Kubernetes'], undefined],
    ['Probes', ['Kubernetes'], undefined],
    ['Probes on every Deployment', ['K8s'], undefined],
    ['Readiness', ['Kubernetes'], 'Probes'],
    ['Liveness', ['Kubernetes'], 'Probes'],
    ['Readiness configured', ['Kubernetes probes'], undefined],
  ] as const)('%s under %j / %s', (text, headings, parent) => {
    expect(checksOf(text, [...headings], parent)).toEqual(['k8s-probes']);
  });

  it.each([
    ['Probes configured', ['Go-live'], undefined],
    ['Blackbox probes configured', ['Kubernetes'], undefined],
    ['Synthetic probes configured', ['Kubernetes'], undefined],
    ['Startup probes configured', ['Kubernetes'], undefined],
    ['Probes', ['Kubernetes', 'Monitoring'], undefined],
    ['Readiness', ['Go-live'], undefined],
    ['Readiness', ['Monitoring'], 'Blackbox probes'],
    ['Readiness review', ['Kubernetes'], 'Probes'],
    ['Probe timeouts tuned', ['Kubernetes'], undefined],
  ] as const)('stays manual: %s under %j / %s', (text, headings, parent) => {
    expect(checksOf(text, [...headings], parent)).toEqual([]);
  });

  it('a "Probes" parent with "Readiness" and "Liveness" children: each binds, the children with their own probe', () => {
    const { items } = parseMarkdownChecklist('C.md', '# Go-live\n## Kubernetes\n- [ ] Probes\n  - [ ] Readiness\n  - [ ] Liveness\n');
    expect(items.map((i) => [i.title, i.checks, i.options ?? null])).toEqual([
      ['Probes', ['k8s-probes'], null],
      ['Readiness', ['k8s-probes'], { probes: ['readiness'] }],
      ['Liveness', ['k8s-probes'], { probes: ['liveness'] }],
    ]);
  });
});
