import { describe, expect, it } from 'vitest';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';

const workload = (kind: string, container: string, extra = '') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: api
spec:
  template:
    spec:
${extra}      containers:
        - name: api
          image: api:1.0.0
${container}`;
const both = '          readinessProbe:\n            httpGet: { path: /ready, port: 8000 }\n          livenessProbe:\n            tcpSocket: { port: 8000 }\n';
const typed = (apiVersion: string, kind: string, container: string) => workload(kind, container).replace('apps/v1', apiVersion);
const liveness = '          livenessProbe:\n            tcpSocket: { port: 8000 }\n';
const overlay = (container: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n${container}`;

testCheck(k8sProbes, {
  valid: [
    { name: 'deployment with both probes', files: { 'k8s/api.yaml': workload('Deployment', both) } },
    { name: 'job is exempt', files: { 'job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n      containers:\n        - name: once\n          image: once:1\n' } },
    { name: 'bare pod is exempt', files: { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  containers:\n    - name: debug\n      image: busybox:1.36\n' } },
    { name: 'init containers are not judged', files: { 'k8s/api.yaml': workload('Deployment', both, '      initContainers:\n        - name: wait\n          image: busybox:1.36\n') } },
    { name: 'overlay patch adds probes', files: { 'base/api.yaml': workload('Deployment', ''), 'overlays/prod/probes.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n' + both } },
    { name: 'Knative Service: a default readiness probe, liveness given', files: { 'ksvc.yaml': typed('serving.knative.dev/v1', 'Service', liveness) } },
    { name: 'Argo Rollout with both probes', files: { 'rollout.yaml': typed('argoproj.io/v1alpha1', 'Rollout', both) } },
    { name: 'Argo Rollout with a workloadRef: the referenced Deployment is judged', files: { 'rollout.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: api\nspec:\n  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: api\n', 'deploy.yaml': workload('Deployment', both) } },
    { name: 'a CRD with a pod template (may run to completion) is not judged', files: { 'cs.yaml': typed('apps.kruise.io/v1alpha1', 'CloneSet', '') } },
    { name: 'a development overlay removing a probe is not production', files: { 'base/api.yaml': workload('Deployment', both), 'overlays/dev/p.yaml': overlay('          livenessProbe: null\n') } },
    // QA k8s2 D4 counter-cases: a patch that only tunes timings keeps the base's handler; every handler type counts.
    { name: 'QA k8s2: an overlay patch tuning probe timings keeps the base handler', files: { 'base/api.yaml': workload('Deployment', both), 'overlays/prod/p.yaml': overlay('          readinessProbe:\n            initialDelaySeconds: 10\n          livenessProbe: { periodSeconds: 20 }\n') } },
    { name: 'QA k8s2: grpc and exec handlers count', files: { 'k8s/api.yaml': workload('Deployment', '          readinessProbe: { grpc: { port: 9000 } }\n          livenessProbe: { exec: { command: [pgrep, api] } }\n') } },
    { name: 'a Service alone is not a workload', files: { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports:\n    - port: 80\n' } },
  ],
  invalid: [
    { name: 'deployment without probes', files: { 'k8s/api.yaml': workload('Deployment', '') }, errors: [{ file: 'k8s/api.yaml', line: 9, severity: 'medium', message: /no readinessProbe and no livenessProbe/ }] },
    { name: 'startupProbe does not replace readiness', files: { 'k8s/api.yaml': workload('StatefulSet', '          startupProbe:\n            tcpSocket: { port: 80 }\n          livenessProbe:\n            tcpSocket: { port: 80 }\n') }, errors: [{ file: 'k8s/api.yaml', line: 9, message: /no readinessProbe; add it so Kubernetes routes traffic only to ready pods$/ }] },
    { name: 'daemonset missing liveness', files: { 'ds.yaml': workload('DaemonSet', '          readinessProbe:\n            exec: { command: [true] }\n') }, errors: [{ file: 'ds.yaml', line: 9, message: /no livenessProbe; add it so Kubernetes restarts hung pods$/ }] },
    { name: 'QA: Argo Rollout without probes', files: { 'rollout.yaml': typed('argoproj.io/v1alpha1', 'Rollout', '') }, errors: [{ file: 'rollout.yaml', line: 9, message: /container 'api' of Rollout 'api' has no readinessProbe and no livenessProbe/ }] },
    { name: 'QA: OpenShift DeploymentConfig without probes', files: { 'dc.yaml': typed('apps.openshift.io/v1', 'DeploymentConfig', '') }, errors: [{ file: 'dc.yaml', line: 9, message: /of DeploymentConfig 'api' has no readinessProbe and no livenessProbe/ }] },
    { name: 'QA: Knative Service without a liveness probe', files: { 'ksvc.yaml': typed('serving.knative.dev/v1', 'Service', '') }, errors: [{ file: 'ksvc.yaml', line: 9, message: /of Knative Service 'api' has no livenessProbe;/ }] },
    { name: 'kustomize: an overlay that deletes a probe (strategic merge null)', files: { 'base/api.yaml': workload('Deployment', both), 'overlays/prod/p.yaml': overlay('          readinessProbe: null\n') }, errors: [{ file: 'overlays/prod/p.yaml', line: 10, column: 11, message: /has no readinessProbe in kustomize overlay overlays\/prod \(the patch overlays\/prod\/p\.yaml removes readinessProbe\);/ }] },
    { name: 'kustomize: $patch: delete on a probe', files: { 'base/api.yaml': workload('Deployment', both), 'overlays/prod/p.yaml': overlay('          livenessProbe:\n            $patch: delete\n') }, errors: [{ file: 'overlays/prod/p.yaml', line: 10, message: /has no livenessProbe in kustomize overlay overlays\/prod \(the patch overlays\/prod\/p\.yaml removes livenessProbe\);/ }] },
    { name: 'QA kz3: a patchesStrategicMerge patch that removes a probe is reported at its null, naming the overlay', files: {
      'base/deployment.yaml': workload('Deployment', both), 'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatchesStrategicMerge:\n  - remove-probe.yaml\n',
      'overlays/prod/remove-probe.yaml': overlay('          livenessProbe: null\n'),
    }, errors: [{ file: 'overlays/prod/remove-probe.yaml', line: 10, column: 11, message: /container 'api' of Deployment 'api' has no livenessProbe in kustomize overlay overlays\/prod/ }] },
    // QA k8s2 D4: a probe without a handler is rejected by the API server ("must specify a handler type"): no probe.
    { name: 'QA k8s2: readinessProbe: {} is no probe', files: { 'k8s/api.yaml': workload('Deployment', '          readinessProbe: {}\n' + liveness) }, errors: [{ file: 'k8s/api.yaml', line: 9, message: /has no readinessProbe \(readinessProbe has no handler: httpGet, tcpSocket, exec or grpc\); add it/ }] },
    { name: 'QA k8s2: a probe with only timings is no probe', files: { 'k8s/api.yaml': workload('Deployment', '          readinessProbe:\n            periodSeconds: 5\n          livenessProbe:\n            initialDelaySeconds: 5\n') }, errors: [{ file: 'k8s/api.yaml', line: 9, message: /has no readinessProbe and no livenessProbe \(readinessProbe and livenessProbe have no handler/ }] },
    // QA k8s2 D1 counter-case: a dev folder's manifest that a production kustomization deploys is production's.
    { name: 'QA k8s2: a manifest in overlays/dev rendered by a production overlay still fails', files: { 'deploy/overlays/dev/api.yaml': workload('Deployment', ''), 'deploy/overlays/prod/kustomization.yaml': 'resources: [../dev/api.yaml]\n' }, errors: [{ file: 'deploy/overlays/dev/api.yaml', line: 9, message: /no readinessProbe and no livenessProbe in kustomize overlay deploy\/overlays\/prod;/ }] },
    { name: 'second container of a multi-document file', files: { 'all.yaml': `${workload('Deployment', both)}---\n${workload('Deployment', '').replace(/name: api/g, 'name: worker')}` }, errors: [{ file: 'all.yaml', line: 24, message: /'worker'/ }] },
  ],
  notes: [
    // QA k8s2 D1: a full manifest in a development overlay or folder is development-only, as debug-mode and image-tag-pinned read it.
    { name: 'QA k8s2: a full manifest in overlays/dev gives a note', files: { 'deploy/overlays/dev/api.yaml': workload('Deployment', ''), 'deploy/overlays/dev/kustomization.yaml': 'resources: [api.yaml]\n' }, notes: [{ file: 'deploy/overlays/dev/api.yaml', line: 9, message: /has no readinessProbe and no livenessProbe; .* \(development-only file\)$/ }] },
    { name: 'QA k8s2: a full manifest in k8s/dev/ gives a note', files: { 'k8s/dev/api.yaml': workload('Deployment', '') }, notes: [{ file: 'k8s/dev/api.yaml', line: 9, message: /\(development-only file\)$/ }] },
  ],
});

// QA k3d/k3e/k3b: each production kustomization that renders the base is judged on its own.
const kz = (files: Record<string, string>) => ({
  'base/api.yaml': workload('Deployment', ''),
  'base/kustomization.yaml': 'resources: [api.yaml]\n',
  'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: probes.yaml\n',
  'overlays/prod/probes.yaml': overlay(both),
  ...files,
});
testCheck(k8sProbes, {
  valid: [
    { name: 'kustomize: only the fixed overlay renders the base', files: kz({}) },
    { name: 'kustomize: a development overlay rendering the bare base is not production', files: kz({ 'overlays/dev/kustomization.yaml': 'resources: [../../base]\n' }) },
    { name: 'kustomize: an overlay over the fixed overlay keeps its patches', files: kz({ 'overlays/prod-eu/kustomization.yaml': 'resources: [../prod]\n' }) },
  ],
  invalid: [
    { name: 'QA k3d: an overlay that only names the base renders it unmodified', files: kz({ 'overlays/eu/kustomization.yaml': 'resources:\n  - ../../base\n' }), errors: [{ file: 'base/api.yaml', line: 9, message: /no readinessProbe and no livenessProbe in kustomize overlay overlays\/eu;/ }] },
    { name: 'QA kz2: the overlays that render the unpatched base are named together', files: kz({ 'overlays/eu/kustomization.yaml': 'resources:\n  - ../../base\n', 'overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\n' }), errors: [{ file: 'base/api.yaml', line: 9, message: /in kustomize overlays overlays\/eu, overlays\/staging;/ }] },
    { name: 'QA k3e: an overlay whose patch does not touch the pod renders the base', files: kz({ 'overlays/eu/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: replicas.yaml\n', 'overlays/eu/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n' }), errors: [{ file: 'base/api.yaml', line: 9, message: /no readinessProbe and no livenessProbe/ }] },
    // QA20: a JSON 6902 patch is read (ops under the pod template, containers by index): staging's adds the readinessProbe.
    { name: 'QA k3b: a bare overlay is judged as the base; a JSON 6902 overlay with the probe it adds', files: kz({ 'overlays/qa/kustomization.yaml': 'resources: [../../base]\n', 'overlays/staging/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: p.json.yaml\n    target: { kind: Deployment, name: api }\n', 'overlays/staging/p.json.yaml': '- op: add\n  path: /spec/template/spec/containers/0/readinessProbe\n  value: { tcpSocket: { port: 80 } }\n' }), errors: [{ file: 'base/api.yaml', line: 9, message: /has no readinessProbe and no livenessProbe in kustomize overlay overlays\/qa;/ }, { file: 'base/api.yaml', line: 9, message: /has no livenessProbe in kustomize overlay overlays\/staging;/ }] },
  ],
});

it('QA helm/: Helm chart templates are not judged, and the skip reason says so', async () => {
  const template = workload('Deployment', '').replace('name: api\nspec', 'name: "{{ .Release.Name }}"\nspec');
  const out = await runCase(k8sProbes, { name: 'x', files: { 'charts/web/templates/d.yaml': template } });
  expect(out.findings).toEqual([]);
  expect(out.skipped).toMatch(/only in Helm chart templates, which are not judged/);
  expect((await runCase(k8sProbes, { name: 'y', files: { 'job.yaml': workload('Job', '') } })).skipped).toMatch(/^no Deployment, StatefulSet, DaemonSet, Rollout, DeploymentConfig or Knative Service$/);
});

it('QA bn: a chart template that does not parse is named in the skip reason, not "no Deployment"', async () => {
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const { k8sRunAsNonRoot } = await import('../../src/checks/k8s-run-as-non-root.js');
  // An action in a key: only rendering tells what it is. (Bitnami's `livenessProbe: {{- include … | nindent 12 }}` followed by
  // literal keys under it parses since QA33: the action's block is set aside, the key keeps its literal children.)
  const template = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ template "common.names.fullname" . }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: memcached\n          image: {{ template "memcached.image" . }}\n          {{ .Values.probeKind }}: {}\n            tcpSocket:\n              port: memcache\n';
  const files = { 'chart/Chart.yaml': 'apiVersion: v2\nname: memcached\nversion: 1.0.0\n', 'chart/templates/deployment.yaml': template };
  for (const check of [k8sProbes, resourceLimits, k8sRunAsNonRoot]) {
    const out = await runCase(check, { name: 'x', files });
    expect(out.findings).toEqual([]);
    expect(out.skipped, check.id).toMatch(/only in a Helm chart template \(chart\/templates\/deployment\.yaml\) that does not parse before rendering, which is not judged/);
  }
  // A template of another kind (a Service) is nothing these checks would judge.
  const svc = await runCase(k8sProbes, { name: 'x', files: { 'chart/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports: {{- include "x" . | nindent 4 }}\n    - port: 80\n' } });
  expect(svc.skipped).toMatch(/^no Deployment/);
});

describe('k8s-probes: the probes option (stop 16)', () => {
  it('probes: [readiness] passes a container with a readiness probe only and still fails one without', async () => {
    const dep = (probe: string, name = 'web') => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n${probe}`;
    const files = { 'k8s/a.yaml': dep('          readinessProbe:\n            httpGet: { path: /health, port: 8080 }\n'), 'k8s/b.yaml': dep('', 'api') };
    const both = await runCase(k8sProbes, { files });
    expect(both.findings.map((f) => [f.file, f.message.split(';')[0]])).toEqual([
      ['k8s/a.yaml', "container 'web' of Deployment 'web' has no livenessProbe"],
      ['k8s/b.yaml', "container 'web' of Deployment 'api' has no readinessProbe and no livenessProbe"],
    ]);
    const readiness = await runCase(k8sProbes, { files, options: { probes: ['readiness'] } });
    expect(readiness.findings.map((f) => [f.file, f.message.split(';')[0]])).toEqual([['k8s/b.yaml', "container 'web' of Deployment 'api' has no readinessProbe"]]);
  });
});
