import { describe, expect, it } from 'vitest';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 49 containers14 D4: a pod-level root setting that fails several containers for different reasons (`runAsNonRoot:
// true` contradicted for some, nothing valid set for another) is one finding at that setting, naming every container.

const job = (containers: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: j1 }
spec:
  template:
    spec:
      restartPolicy: Never
      securityContext: { runAsUser: 0 }
      containers:
${containers}`;
const container = (name: string, sc: string) => `        - name: ${name}\n          image: alpine:3.20\n          securityContext: ${sc}\n`;

const run = async (yaml: string) => (await runCase(k8sRunAsNonRoot, { name: 'x', files: { 'k8s/job.yaml': yaml } })).findings;

describe('one pod-level root setting, several reasons', () => {
  it('is reported once at the pod runAsUser, naming every failing container and each reason', async () => {
    const f = await run(job(container('a', '{ runAsNonRoot: true }') + container('b', '{ runAsNonRoot: True }') + container('c', '{ runAsNonRoot: "true" }') + container('d', '{ runAsUser: 1000 }')));
    expect(f.map((x) => `${x.line}:${x.column} ${x.note ? 'note' : 'fail'}`)).toEqual(['8:26 fail']);
    expect(f[0]!.message).toMatch(/^containers 'a', 'b', 'c' of Job 'j1' are not guaranteed to run as non-root: 'a', 'b': runs as root \(pod securityContext\.runAsUser: 0\), which contradicts runAsNonRoot: true.*; 'c': runs as root \(pod securityContext\.runAsUser: 0\); /);
    expect(f[0]!.message).not.toMatch(/'d'/);
  });

  it('one reason keeps the single-reason message (no per-container list)', async () => {
    const f = await run(job(container('a', '{ runAsNonRoot: true }') + container('b', '{ runAsNonRoot: true }')));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^containers 'a', 'b' of Job 'j1' are not guaranteed to run as non-root: runs as root \(pod securityContext\.runAsUser: 0\), which contradicts/);
  });

  it('a container failing at its own setting stays a finding of its own', async () => {
    const f = await run(job(container('a', '{ runAsNonRoot: true }') + container('e', '{ runAsUser: 0 }')));
    expect(f.map((x) => x.line).sort((a, b) => a - b)).toEqual([8, 15]);
  });
});
