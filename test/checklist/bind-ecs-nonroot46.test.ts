import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// Stop 46 platform D5: an item about another orchestrator's containers (ECS task definitions, Fargate, Swarm, Nomad) that do
// not run as root is about their `user` (dockerfile-non-root reads ECS `user`), not Kubernetes pods' securityContext.
const checksOf = (text: string, headings: string[] = ['Go-live']) => matchItem(text, { headings }).checks;

describe('stop 46: non-root promised for ECS/Fargate/Swarm/Nomad containers does not bind k8s-run-as-non-root', () => {
  it.each([
    ['ECS task definitions do not run containers as root', ['Go-live', 'AWS ECS']],
    ['Fargate tasks never run containers as root', ['Go-live']],
    ['Swarm services run containers as non-root', ['Go-live']],
  ])('%s', (text, headings) => {
    expect(checksOf(text, headings)).not.toContain('k8s-run-as-non-root');
  });

  it.each([
    'Containers do not run as root on Kubernetes and ECS',
    'Pods and ECS task definitions do not run containers as root',
    'Containers do not run as root',
    'Kubernetes pods run as non-root',
  ])('still binds k8s-run-as-non-root: %s', (text) => {
    expect(checksOf(text)).toContain('k8s-run-as-non-root');
  });
});
