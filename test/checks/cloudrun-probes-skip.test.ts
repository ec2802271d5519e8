import { describe, expect, it } from 'vitest';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { runCase } from '../helpers/check-tester.js';

// QA39 fphunt10 D1 follow-up: with only Cloud Run services, k8s-probes said there was no Knative Service at all.
describe('k8s-probes: a repository whose only workloads are Cloud Run services', () => {
  it('is skipped naming the Cloud Run service and why', async () => {
    const out = await runCase(k8sProbes, { name: 'cloudrun', files: {
      'service.yaml': 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: hello\n  annotations:\n    run.googleapis.com/ingress: all\nspec:\n  template:\n    spec:\n      containers:\n      - image: us-docker.pkg.dev/p/c/hello:v1.4.0\n',
    } });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toMatch(/^only Cloud Run services \(.*Knative Service 'hello' in service\.yaml\): not judged/);
  });
});
