import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 47 (platform15 D5): "## AWS ECS" › "ECS task definitions do not run containers as root" (and the same under an ECS
// heading without the word) bound k8s-run-as-non-root, which then failed on an unrelated DaemonSet. An item about ECS,
// Fargate, Swarm or Nomad — in its text or its headings, with no Kubernetes word — binds no k8s-* check (one shared rule).

const checksOf = (text: string, headings: string[] = ['Go-live']) => matchItem(text, { headings }).checks;

describe('platform15 D5: another orchestrator named, in the item or its headings, binds no k8s-* check', () => {
  it('the repro: the ECS item binds dockerfile-non-root only', () => {
    const items = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', '# Go-live\n\n## AWS ECS\n- [ ] ECS task definitions do not run containers as root\n').items;
    expect(items[0]!.checks).toEqual(['dockerfile-non-root']);
  });

  it.each<[string, string[]]>([
    ['Containers do not run as root', ['Go-live', 'AWS ECS']],
    ['Containers run as non-root', ['Go-live', 'ECS (Fargate)']],
    ['Containers do not run as root', ['Go-live', 'Nomad jobs']],
    ['Containers run as non-root', ['Docker Swarm']],
  ])('"%s" under %j binds dockerfile-non-root, not k8s-run-as-non-root', (text, headings) => {
    const checks = checksOf(text, headings);
    expect(checks).toContain('dockerfile-non-root');
    expect(checks).not.toContain('k8s-run-as-non-root');
  });

  it.each<[string, string[]]>([
    ['Health checks configured', ['Go-live', 'AWS ECS']],
    ['ECS tasks have health checks', ['Go-live']],
  ])('"%s" under %j does not bind k8s-probes', (text, headings) => {
    expect(checksOf(text, headings)).not.toContain('k8s-probes');
  });

  // Review 47 B1: liveness, readiness and startup probes, manifests, workloads are Kubernetes' own words (ECS has health
  // checks): an item naming them is Kubernetes' under any heading, or a PR tick signs off a promise k8s-probes can check.
  it.each<[string, string[]]>([
    ['Every Deployment has liveness and readiness probes configured', ['Production checklist', 'Runtime on Fargate']],
    ['Liveness and readiness probes set on each workload in the manifests', ['Production checklist', 'Migration from ECS to our cluster']],
    ['Liveness and readiness probes configured', ['Go-live', 'AWS ECS']],
    ['Readiness probes defined in the Helm chart and ECS task definitions', ['Go-live', 'Deployment']],
  ])('"%s" under %j binds k8s-probes (Kubernetes-only words)', (text, headings) => {
    expect(checksOf(text, headings)).toContain('k8s-probes');
  });

  it.each<[string, string[], string[]]>([
    // Lookalikes: Kubernetes named beside the other orchestrator, in the item or its headings, still binds the k8s checks.
    ['Pods and ECS tasks run as non-root', ['Go-live'], ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Containers do not run as root', ['Go-live', 'EKS and ECS'], ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Kubernetes pods run as non-root', ['Go-live', 'AWS ECS'], ['k8s-run-as-non-root']],
    ['Containers do not run as root', ['Go-live', 'Kubernetes'], ['k8s-run-as-non-root']],
    ['Containers do not run as root', ['Go-live'], ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Liveness and readiness probes configured', ['Go-live', 'Kubernetes'], ['k8s-probes']],
    ['Liveness and readiness probes configured', ['Go-live'], ['k8s-probes']],
    ['Memory limits on all containers', ['Go-live', 'AWS ECS'], ['resource-limits']],
  ])('"%s" under %j still binds %j', (text, headings, checks) => {
    expect(checksOf(text, headings)).toEqual(checks);
  });
});
