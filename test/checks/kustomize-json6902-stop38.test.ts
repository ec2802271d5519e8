import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of a check as `file:line:column note? message`. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop38', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}

/** A base Deployment: pod securityContext non-root, container `web` with probes and a memory limit, and `sidecar` (image only) when asked. */
const DEPLOYMENT = (sidecar = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2.0
          readinessProbe:
            httpGet: { path: /ready, port: 8080 }
          livenessProbe:
            exec: { command: [/bin/health] }
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 256Mi }
${sidecar}`;
const SIDECAR = '        - name: sidecar\n          image: ghcr.io/acme/sidecar:2.0.1\n          resources:\n            limits: { memory: 64Mi }\n';
const UNLIMITED_SIDECAR = '        - name: sidecar\n          image: ghcr.io/acme/sidecar:2.0.1\n';

/** A repository with the base and a production overlay whose inline JSON 6902 patch is `ops` (YAML, indented by 6). */
const repo = (ops: string, sidecar = '') => ({
  'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'deploy/base/deployment.yaml': DEPLOYMENT(sidecar),
  'deploy/overlays/production/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - target:\n      kind: Deployment\n      name: web\n    patch: |-\n${ops}`,
});
/** A production overlay with a strategic-merge patch file. */
const smpRepo = (patch: string) => ({
  'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'deploy/base/deployment.yaml': DEPLOYMENT(),
  'deploy/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n',
  'deploy/overlays/production/patch.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${patch}`,
});
const KZ = 'deploy/overlays/production/kustomization.yaml';

// QA stop 38 (iac6 D4): RFC 6902 `replace` (and `add` over an existing member) sets the value whole; a strategic merge merges.
describe('QA38 D4: kustomize JSON 6902 ops replace whole values', () => {
  it('a replace of the pod securityContext without runAsNonRoot/runAsUser fails k8s-run-as-non-root at the op', async () => {
    const out = await findings(k8sRunAsNonRoot, repo('      - op: replace\n        path: /spec/template/spec/securityContext\n        value:\n          fsGroup: 2000\n          seccompProfile:\n            type: RuntimeDefault\n'));
    expect(out).toEqual([`${KZ}:8:9 container 'web' of Deployment 'web' in kustomize overlay deploy/overlays/production is not guaranteed to run as non-root: neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0 (the patch ${KZ} removes it); set runAsNonRoot: true and a numeric runAsUser`]);
    // `add` over the existing member is the same replace.
    expect(await findings(k8sRunAsNonRoot, repo('      - op: add\n        path: /spec/template/spec/securityContext\n        value: { fsGroup: 2000 }\n'))).toHaveLength(1);
    // A value that keeps the setting, or an op on one member, passes.
    expect(await findings(k8sRunAsNonRoot, repo('      - op: replace\n        path: /spec/template/spec/securityContext\n        value: { fsGroup: 2000, runAsNonRoot: true }\n'))).toEqual([]);
    expect(await findings(k8sRunAsNonRoot, repo('      - op: add\n        path: /spec/template/spec/securityContext/fsGroup\n        value: 2000\n'))).toEqual([]);
  });

  it('a strategic-merge patch of the same securityContext still merges (unchanged)', async () => {
    expect(await findings(k8sRunAsNonRoot, smpRepo('      securityContext:\n        fsGroup: 2000\n'))).toEqual([]);
    // `$patch: replace` there replaces, as kustomize's strategic merge does.
    expect(await findings(k8sRunAsNonRoot, smpRepo('      securityContext:\n        $patch: replace\n        fsGroup: 2000\n'))).toHaveLength(1);
  });

  it('runAsUser: 0 written by a replace is root with no runAsNonRoot left (no "the kubelet refuses to start it")', async () => {
    const replaced = await findings(k8sRunAsNonRoot, repo('      - op: replace\n        path: /spec/template/spec/securityContext\n        value:\n          runAsUser: 0\n'));
    expect(replaced).toEqual([`${KZ}:8:9 container 'web' of Deployment 'web' in kustomize overlay deploy/overlays/production is not guaranteed to run as non-root: runs as root (pod securityContext.runAsUser: 0, set by a patch over deploy/base/deployment.yaml); set runAsNonRoot: true and a numeric runAsUser`]);
    // Over one member only, runAsNonRoot: true stays: the kubelet refuses to start it.
    const member = await findings(k8sRunAsNonRoot, repo('      - op: replace\n        path: /spec/template/spec/securityContext/runAsUser\n        value: 0\n'));
    expect(member).toEqual([expect.stringContaining('which contradicts runAsNonRoot: true: the kubelet refuses to start it')]);
  });

  it('a replace of a container\'s resources without limits.memory fails resource-limits at the op', async () => {
    const replace = '      - op: replace\n        path: /spec/template/spec/containers/0/resources\n        value:\n          requests:\n            cpu: 500m\n            memory: 512Mi\n';
    expect(await findings(resourceLimits, repo(replace))).toEqual([`${KZ}:8:9 container 'web' of Deployment 'web' has no memory limit in kustomize overlay deploy/overlays/production (the patch ${KZ} removes it); set resources.limits.memory`]);
    expect(await findings(resourceLimits, repo(replace.replace('op: replace', 'op: add')))).toHaveLength(1);
    // Replacing the limits mapping with a memory limit, or the memory value, passes; so does a strategic-merge patch of resources.
    expect(await findings(resourceLimits, repo('      - op: replace\n        path: /spec/template/spec/containers/0/resources/limits\n        value: { memory: 1Gi }\n'))).toEqual([]);
    expect(await findings(resourceLimits, repo('      - op: replace\n        path: /spec/template/spec/containers/0/resources/limits/memory\n        value: 1Gi\n'))).toEqual([]);
    expect(await findings(resourceLimits, smpRepo('      containers:\n        - name: web\n          resources:\n            requests: { cpu: 500m }\n'))).toEqual([]);
  });

  it('a later op over a replaced value, and a replace over an earlier op, apply in order', async () => {
    // Replace, then add the limit back: passes.
    expect(await findings(resourceLimits, repo('      - op: replace\n        path: /spec/template/spec/containers/0/resources\n        value: { requests: { cpu: 1 } }\n      - op: add\n        path: /spec/template/spec/containers/0/resources/limits\n        value: { memory: 1Gi }\n'))).toEqual([]);
    // Set the limit, then replace resources without it: fails, at the replace.
    expect(await findings(resourceLimits, repo('      - op: add\n        path: /spec/template/spec/containers/0/resources/limits/memory\n        value: 1Gi\n      - op: replace\n        path: /spec/template/spec/containers/0/resources\n        value: { requests: { cpu: 1 } }\n')))
      .toEqual([expect.stringMatching(new RegExp(`^${KZ}:11:9 container 'web' .* has no memory limit`))]);
  });

  it('a replaced probe loses the base\'s handler (k8s-probes)', async () => {
    expect(await findings(k8sProbes, repo('      - op: replace\n        path: /spec/template/spec/containers/0/livenessProbe\n        value: { initialDelaySeconds: 10 }\n')))
      .toEqual([expect.stringContaining('has no livenessProbe in kustomize overlay deploy/overlays/production (livenessProbe has no handler')]);
    expect(await findings(k8sProbes, repo('      - op: replace\n        path: /spec/template/spec/containers/0/livenessProbe\n        value: { httpGet: { path: /live, port: 8080 } }\n'))).toEqual([]);
  });

  it('a whole container replaced, inserted, appended or removed by index', async () => {
    // Replaced by one without limits: the base's limit is gone; the finding points at the op.
    expect(await findings(resourceLimits, repo('      - op: replace\n        path: /spec/template/spec/containers/0\n        value:\n          name: web\n          image: ghcr.io/acme/web:1.3.0\n')))
      .toEqual([`${KZ}:8:9 container 'web' of Deployment 'web' has no memory limit in kustomize overlay deploy/overlays/production; set resources.limits.memory`]);
    expect(await findings(resourceLimits, repo('      - op: replace\n        path: /spec/template/spec/containers/0\n        value: { name: web, image: "ghcr.io/acme/web:1.3.0", resources: { limits: { memory: 1Gi } } }\n'))).toEqual([]);
    // Appended (`-`) or inserted without a limit: that container fails at the op.
    const appended = await findings(resourceLimits, repo('      - op: add\n        path: /spec/template/spec/containers/-\n        value: { name: proxy, image: "envoyproxy/envoy:v1.31.0" }\n'));
    expect(appended).toEqual([`${KZ}:8:9 container 'proxy' of Deployment 'web' has no memory limit in kustomize overlay deploy/overlays/production; set resources.limits.memory`]);
    expect(await findings(resourceLimits, repo('      - op: add\n        path: /spec/template/spec/containers/0\n        value: { name: proxy, image: "envoyproxy/envoy:v1.31.0", resources: { limits: { memory: 64Mi } } }\n'))).toEqual([]);
    // After an insert at 0, index 1 is the base's `web`.
    expect(await findings(resourceLimits, repo('      - op: add\n        path: /spec/template/spec/containers/0\n        value: { name: proxy, image: "envoyproxy/envoy:v1.31.0", resources: { limits: { memory: 64Mi } } }\n      - op: remove\n        path: /spec/template/spec/containers/1/resources/limits\n')))
      .toEqual([expect.stringMatching(new RegExp(`^${KZ}:11:9 container 'web' .* has no memory limit .*\\(the patch ${KZ} removes it\\)`))]);
    // A base container without a limit that the overlay removes is not deployed.
    expect(await findings(resourceLimits, repo('      - op: remove\n        path: /spec/template/spec/containers/1\n', UNLIMITED_SIDECAR))).toEqual([]);
    expect(await findings(resourceLimits, repo('      - op: add\n        path: /spec/template/spec/containers/0/env\n        value: []\n', UNLIMITED_SIDECAR))).toHaveLength(1);
  });

  it('the container list or the pod spec replaced as a whole', async () => {
    expect(await findings(resourceLimits, repo('      - op: replace\n        path: /spec/template/spec/containers\n        value:\n          - name: web\n            image: ghcr.io/acme/web:1.3.0\n', SIDECAR)))
      .toEqual([`${KZ}:8:9 container 'web' of Deployment 'web' has no memory limit in kustomize overlay deploy/overlays/production; set resources.limits.memory`]);
    const spec = '      - op: replace\n        path: /spec/template/spec\n        value:\n          containers:\n            - name: web\n              image: ghcr.io/acme/web:1.3.0\n              resources: { limits: { memory: 1Gi } }\n';
    expect(await findings(resourceLimits, repo(spec, UNLIMITED_SIDECAR))).toEqual([]);
    // The new pod spec sets no securityContext: the base's is gone.
    expect(await findings(k8sRunAsNonRoot, repo(spec))).toEqual([expect.stringMatching(/^deploy\/overlays\/production\/kustomization\.yaml:8:9 container 'web' .*neither the pod nor the container securityContext sets/)]);
  });

  it('move and copy take the value at `from`; test changes nothing', async () => {
    // The sidecar gets web's resources (with its limit).
    expect(await findings(resourceLimits, repo('      - op: copy\n        from: /spec/template/spec/containers/0/resources\n        path: /spec/template/spec/containers/1/resources\n', UNLIMITED_SIDECAR))).toEqual([]);
    // Moved off web: web has none left.
    expect(await findings(resourceLimits, repo('      - op: move\n        from: /spec/template/spec/containers/0/resources\n        path: /spec/template/spec/containers/1/resources\n', UNLIMITED_SIDECAR)))
      .toEqual([expect.stringMatching(/container 'web' .* has no memory limit .*removes it/)]);
    // The pod's securityContext moved into `web` only: the sidecar has none.
    const moved = await findings(k8sRunAsNonRoot, repo('      - op: move\n        from: /spec/template/spec/securityContext\n        path: /spec/template/spec/containers/0/securityContext\n', SIDECAR));
    expect(moved).toEqual([expect.stringMatching(/container 'sidecar' of Deployment 'web' .* is not guaranteed to run as non-root: neither/)]);
    expect(await findings(resourceLimits, repo('      - op: test\n        path: /spec/template/spec/containers/0/resources\n        value: {}\n'))).toEqual([]);
  });
});

describe('QA38 D4: JSON 6902 whole-value ops on a base Service (database-port-exposed)', () => {
  const svc = (meta: string, spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: redis\n${meta}spec:\n${spec}  selector: {app: redis}\n  ports:\n    - name: redis\n      port: 6379\n      targetPort: 6379\n`;
  const layout = (base: string, ops: string) => ({
    'k8s/base/kustomization.yaml': 'resources:\n  - redis.yaml\n',
    'k8s/base/redis.yaml': base,
    'k8s/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - target:\n      kind: Service\n      name: redis\n    patch: |-\n${ops}`,
  });
  const show = async (files: Record<string, string>) => (await runCase(databasePortExposed, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column}${/in kustomize overlay/.test(f.message) ? ' overlay' : ''}`);
  const TYPE_LB = '      - op: add\n        path: /spec/type\n        value: LoadBalancer\n';
  it('a replace of the annotations drops the internal load-balancer annotation; adding one keeps it', async () => {
    const internal = svc('  annotations:\n    networking.gke.io/load-balancer-type: Internal\n', '  type: LoadBalancer\n');
    expect(await show(layout(internal, '      - op: replace\n        path: /metadata/annotations\n        value: { team: cache }\n'))).toEqual(['k8s/base/redis.yaml:11:7 overlay']);
    expect(await show(layout(internal, '      - op: remove\n        path: /metadata/annotations\n'))).toEqual(['k8s/base/redis.yaml:11:7 overlay']);
    expect(await show(layout(internal, '      - op: add\n        path: /metadata/annotations/team\n        value: cache\n'))).toEqual(['NOTE k8s/base/redis.yaml:11:7']);
  });
  it('a replace of the spec or of its ports replaces them whole; `/spec/ports/-` appends', async () => {
    // The new spec makes it a load balancer on the database port, without the base's source ranges.
    const ranged = svc('', '  type: ClusterIP\n  loadBalancerSourceRanges: [10.0.0.0/8]\n');
    expect(await show(layout(ranged, '      - op: replace\n        path: /spec\n        value:\n          type: LoadBalancer\n          selector: {app: redis}\n          ports:\n            - port: 6379\n'))).toEqual(['k8s/overlays/prod/kustomization.yaml:8:9 overlay']);
    // The same as a strategic merge keeps the ranges: a note.
    expect(await show(layout(ranged, TYPE_LB))).toEqual(['NOTE k8s/overlays/prod/kustomization.yaml:8:9 overlay']);
    // The database port replaced by an application port: nothing exposed; appended, the new port is.
    const plain = svc('', '  type: ClusterIP\n');
    expect(await show(layout(plain, `${TYPE_LB}      - op: replace\n        path: /spec/ports\n        value:\n          - port: 8080\n`))).toEqual([]);
    expect(await show(layout(plain.replace(/6379/g, '8080'), `${TYPE_LB}      - op: add\n        path: /spec/ports/-\n        value: { name: pg, port: 5432 }\n`))).toEqual(['k8s/overlays/prod/kustomization.yaml:11:9 overlay']);
  });
});
