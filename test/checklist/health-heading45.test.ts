import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// Stop 45: the veto that keeps a container's or an orchestrator's health checks off the deployment's health probe
// (NOT_THE_DEPLOYMENTS_HEALTH) held literal backspace characters where `\b` was meant, so it never matched: a bare path
// under "## Kubernetes" › "### Health endpoint" bound the live health probe.

const items = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);

describe('health paths under a container or orchestrator heading', () => {
  it('stay manual under Kubernetes, Docker, Helm, pods and compose headings', () => {
    for (const h of ['Kubernetes', 'Docker', 'Containers', 'Helm chart', 'Pods', 'Compose', 'K8s']) {
      expect(items(`## ${h}\n### Health endpoint\n- [ ] /healthz\n`), h).toEqual([['/healthz', [], null]]);
      expect(items(`## ${h}\n- [ ] Health checks\n  - [ ] \`/healthz\`\n`).map((i) => i[1]).flat(), h).not.toContain('health-endpoint');
    }
  });
  it('still bind the health probe under the deployment\'s own headings, and a word that only contains "pod" does not veto', () => {
    for (const h of ['Ops', 'Deployment', 'Podcast API', 'Release']) {
      expect(items(`## ${h}\n### Health endpoint\n- [ ] /healthz\n`), h).toEqual([['/healthz', ['health-endpoint'], { paths: ['/healthz'] }]]);
    }
  });
});
