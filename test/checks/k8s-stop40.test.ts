import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { runCase } from '../helpers/check-tester.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
async function shown(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop40', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
}

/** A Deployment whose container `web` sets no memory limit (its `name:` at line 11, column 11; 12 with a namespace). */
const deployment = (name: string, namespace?: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
${namespace !== undefined ? `  namespace: ${namespace}\n` : ''}spec:
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/${name}:1.0.0
`;
const limitRange = (namespace?: string) => `apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
${namespace !== undefined ? `  namespace: ${namespace}\n` : ''}spec:
  limits:
    - type: Container
      default: { memory: 256Mi }
`;
const kustomization = (resources: string[], namespace?: string) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
${namespace !== undefined ? `namespace: ${namespace}\n` : ''}resources:
${resources.map((r) => `  - ${r}\n`).join('')}`;

const base = { 'k8s/base/kustomization.yaml': kustomization(['deployment.yaml']), 'k8s/base/deployment.yaml': deployment('api') };

// D1: a LimitRange gives default limits only in its own namespace, as it is deployed.
describe('QA40 k8s3 D1: a LimitRange satisfies only the workloads of the namespace it is applied to', () => {
  it('the examiner\'s kustomize layout: a LimitRange only overlays/dev lists does not satisfy overlays/prod', async () => {
    const files = { ...base, 'k8s/overlays/dev/kustomization.yaml': kustomization(['../../base', 'limitrange.yaml'], 'api-dev'), 'k8s/overlays/dev/limitrange.yaml': limitRange(), 'k8s/overlays/prod/kustomization.yaml': kustomization(['../../base'], 'api-prod') };
    expect(await shown(resourceLimits, files)).toEqual(["k8s/base/deployment.yaml:11:11 container 'web' of Deployment 'api' has no memory limit in kustomize overlay k8s/overlays/prod; set resources.limits.memory"]);
    // Also when the dev LimitRange states the dev namespace itself.
    expect(await shown(resourceLimits, { ...files, 'k8s/overlays/dev/limitrange.yaml': limitRange('api-dev') })).toHaveLength(1);
  });

  it('a LimitRange of a production overlay satisfies that overlay only; the others are named', async () => {
    const files = { ...base, 'k8s/overlays/staging/kustomization.yaml': kustomization(['../../base', 'limitrange.yaml']), 'k8s/overlays/staging/limitrange.yaml': limitRange(), 'k8s/overlays/prod/kustomization.yaml': kustomization(['../../base']) };
    expect(await shown(resourceLimits, files)).toEqual(["k8s/base/deployment.yaml:11:11 container 'web' of Deployment 'api' has no memory limit in kustomize overlay k8s/overlays/prod; set resources.limits.memory"]);
  });

  it('keeps a LimitRange beside the workloads: listed by the same overlay, by the base, or in the same namespace elsewhere', async () => {
    // The prod overlay lists it: kustomize puts both in api-prod.
    expect(await shown(resourceLimits, { ...base, 'k8s/overlays/prod/kustomization.yaml': kustomization(['../../base', 'limitrange.yaml'], 'api-prod'), 'k8s/overlays/prod/limitrange.yaml': limitRange() })).toEqual([]);
    // The base lists it: every overlay renders it into its own namespace.
    expect(await shown(resourceLimits, { ...base, 'k8s/base/kustomization.yaml': kustomization(['deployment.yaml', 'limitrange.yaml']), 'k8s/base/limitrange.yaml': limitRange(), 'k8s/overlays/prod/kustomization.yaml': kustomization(['../../base'], 'api-prod'), 'k8s/overlays/staging/kustomization.yaml': kustomization(['../../base'], 'api-staging') })).toEqual([]);
    // A platform kustomization puts a LimitRange into the namespace the app's overlay deploys to.
    expect(await shown(resourceLimits, { ...base, 'k8s/overlays/prod/kustomization.yaml': kustomization(['../../base'], 'api-prod'), 'platform/kustomization.yaml': kustomization(['limitrange.yaml'], 'api-prod') , 'platform/limitrange.yaml': limitRange() })).toEqual([]);
    // Raw manifests: both without a namespace, the LimitRange in the workloads' folder or one above; both in the same namespace.
    expect(await shown(resourceLimits, { 'k8s/limitrange.yaml': limitRange(), 'k8s/apps/api.yaml': deployment('api'), 'k8s/web.yaml': deployment('web') })).toEqual([]);
    expect(await shown(resourceLimits, { 'k8s/limitrange.yaml': limitRange('team-a'), 'k8s/api.yaml': deployment('api', 'team-a'), 'other/web.yaml': deployment('web', 'team-a') })).toEqual([]);
  });

  it('a LimitRange of a kustomization with a namespace does not satisfy raw workloads of other namespaces', async () => {
    const files = { 'apps/shop/kustomization.yaml': kustomization(['deployment.yaml', 'limitrange.yaml'], 'shop'), 'apps/shop/deployment.yaml': deployment('shop'), 'apps/shop/limitrange.yaml': limitRange(), 'k8s/a.yaml': deployment('a', 'default'), 'k8s/b.yaml': deployment('b', 'team-b') };
    expect(await shown(resourceLimits, files)).toEqual([
      "k8s/a.yaml:12:11 container 'web' of Deployment 'a' has no memory limit; set resources.limits.memory",
      "k8s/b.yaml:12:11 container 'web' of Deployment 'b' has no memory limit; set resources.limits.memory",
    ]);
  });

  it('a LimitRange without a namespace does not satisfy workloads that state one', async () => {
    const files = { 'k8s/limitrange.yaml': limitRange(), 'k8s/a.yaml': deployment('a', 'team-b'), 'k8s/b.yaml': deployment('b') };
    expect(await shown(resourceLimits, files)).toEqual(["k8s/a.yaml:12:11 container 'web' of Deployment 'a' has no memory limit; set resources.limits.memory"]);
  });

  it('a LimitRange without a namespace in another folder does not satisfy raw workloads without one', async () => {
    const files = { 'infra/limitrange.yaml': limitRange(), 'k8s/a.yaml': deployment('a') };
    expect(await shown(resourceLimits, files)).toEqual(["k8s/a.yaml:11:11 container 'web' of Deployment 'a' has no memory limit; set resources.limits.memory"]);
  });

  it('a LimitRange in a test fixture or a development-only folder does not satisfy production workloads of its namespace', async () => {
    const files = { 'test/fixtures/lr.yaml': limitRange('ns3'), 'k8s/j3.yaml': deployment('j3', 'ns3'), 'k8s/overlays/dev/lr.yaml': limitRange('ns4'), 'k8s/j4.yaml': deployment('j4', 'ns4') };
    expect(await shown(resourceLimits, files)).toEqual([
      "k8s/j3.yaml:12:11 container 'web' of Deployment 'j3' has no memory limit; set resources.limits.memory",
      "k8s/j4.yaml:12:11 container 'web' of Deployment 'j4' has no memory limit; set resources.limits.memory",
    ]);
    // A development LimitRange still satisfies the development-only workload beside it (no note).
    expect(await shown(resourceLimits, { 'k8s/dev/lr.yaml': limitRange(), 'k8s/dev/api.yaml': deployment('api') })).toEqual([]);
  });
});

// D3: a pod-level root setting names its init containers as init containers.
describe('QA40 k8s3 D3: a pod-level runAsNonRoot: false names init containers as such', () => {
  const pod = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: o1
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: false
      initContainers:
        - name: wait-db
          image: busybox:1.36
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0
          securityContext: { runAsUser: 1000 }
        - name: nginx
          image: nginx:1.27
        - name: metrics
          image: ghcr.io/acme/metrics:1.0.0
`;
  it('the examiner\'s Deployment', async () => {
    expect(await shown(k8sRunAsNonRoot, { 'k8s/o1.yaml': pod })).toEqual(["k8s/o1.yaml:9:9 init container 'wait-db' and containers 'nginx', 'metrics' of Deployment 'o1' are not guaranteed to run as non-root: pod securityContext sets runAsNonRoot: false; set runAsNonRoot: true and a numeric runAsUser"]);
  });

  it('several init containers, and app containers only, are named as before', async () => {
    const two = pod.replace('          image: busybox:1.36\n', '          image: busybox:1.36\n        - name: chown\n          image: busybox:1.36\n');
    expect((await shown(k8sRunAsNonRoot, { 'k8s/o1.yaml': two }))[0]).toMatch(/ init containers 'wait-db', 'chown' and containers 'nginx', 'metrics' of Deployment 'o1' are /);
    const apps = pod.replace(/ {6}initContainers:\n.*\n.*\n/, '');
    expect((await shown(k8sRunAsNonRoot, { 'k8s/o1.yaml': apps }))[0]).toMatch(/ containers 'nginx', 'metrics' of Deployment 'o1' are /);
  });
});
