import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import type { Check } from '../../src/types.js';
import { runCase } from '../helpers/check-tester.js';

async function at(check: Check, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'psm45', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`).sort();
}

const BASE = {
  'k/base/kustomization.yaml': 'resources: [deploy.yaml, svc.yaml]\n',
  'k/base/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.0.0
          securityContext: {runAsNonRoot: true, runAsUser: 10001}
          resources:
            limits:
              memory: 128Mi
          readinessProbe: {httpGet: {path: /, port: 80}}
          livenessProbe: {httpGet: {path: /, port: 80}}
`,
  'k/base/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: pg\nspec:\n  ports:\n    - port: 5432\n',
};

/** An overlay whose kustomization lists `entry` (indented by 2, starting `- `) under patchesStrategicMerge (line 4 on). */
const overlay = (dir: string, entry: string) => ({ [`k/overlays/${dir}/kustomization.yaml`]: `resources:\n  - ../../base\npatchesStrategicMerge:\n${entry}` });

const DEPLOY_PATCH = (container: string) => `  - |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          containers:
            - name: web
${container.replace(/^/gm, '              ')}
`;
const BAD = DEPLOY_PATCH('image: ghcr.io/acme/web:latest\nsecurityContext:\n  runAsUser: 0\nlivenessProbe: null\nresources:\n  $patch: replace\n  requests: {memory: 64Mi}');
const GOOD = DEPLOY_PATCH('image: ghcr.io/acme/web:1.2.0\nsecurityContext:\n  runAsUser: 10002');
const SVC_PATCH = '  - |-\n    apiVersion: v1\n    kind: Service\n    metadata:\n      name: pg\n    spec:\n      type: LoadBalancer\n';

// QA stop 45 (iac14 D1): a manifest written as a string entry of `patchesStrategicMerge` is a patch kustomize applies.
describe('inline patchesStrategicMerge strings', () => {
  it('are merged over the base for every Kubernetes check, located at the values they write', async () => {
    const files = { ...BASE, ...overlay('prod', BAD) };
    const k = 'k/overlays/prod/kustomization.yaml';
    expect(await at(imageTagPinned, files)).toEqual([`${k}:14:22`]);
    expect(await at(k8sRunAsNonRoot, files)).toEqual([`${k}:16:17`]);
    expect(await at(k8sProbes, files)).toEqual([`${k}:17:15`]);
    expect(await at(resourceLimits, files)).toEqual([`${k}:19:17`]);
  });

  it('a Service patched to LoadBalancer on a database port fails at the patch', async () => {
    expect(await at(databasePortExposed, { ...BASE, ...overlay('prod', SVC_PATCH) })).toEqual(['k/overlays/prod/kustomization.yaml:10:7']);
  });

  it('a one-line flow-style manifest entry is inline too', async () => {
    const entry = "  - '{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [{name: web, securityContext: {runAsUser: 0}}]}}}}'\n";
    expect(await at(k8sRunAsNonRoot, { ...BASE, ...overlay('prod', entry) })).toEqual(['k/overlays/prod/kustomization.yaml:4:5']);
  });

  it('lookalikes still pass: a safe inline patch, a bad one in a development overlay, a patch file named as a path', async () => {
    const files = {
      ...BASE,
      ...overlay('prod', GOOD),
      ...overlay('dev', BAD),
      ...overlay('staging', '  - patch.yaml\n'),
      'k/overlays/staging/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.3.0\n',
    };
    for (const check of [imageTagPinned, k8sRunAsNonRoot, k8sProbes, resourceLimits, databasePortExposed]) expect(await at(check, files)).toEqual([]);
  });
});
