import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { containers, podSpec } from '../../src/repo/k8s.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

// Workload kinds beyond the built-in controllers (Argo Rollouts, OpenShift DeploymentConfig,
// Knative Service, any CRD with a pod template) must be read by every check that reads workloads.

const secretValue = ['Qz8', 'vL2m', 'Xk9p', 'Rt4w', 'Hn6c'].join('');
/** A Deployment that gives findings for every check reading workload containers. */
const deployment = (apiVersion: string, kind: string) => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: nginx:latest
          command: ["flask", "run", "--host=0.0.0.0"]
          env:
            - name: FLASK_DEBUG
              value: "1"
            - name: API_TOKEN
              value: ${secretValue}
            - name: DB_PASSWORD
              value: changeme
            - name: CORS_ORIGINS
              value: "*"
            - name: SESSION_COOKIE_SECURE
              value: "False"
`;

const run = async (text: string) => {
  const out: Record<string, string[]> = {};
  for (const check of CHECKS) {
    const { findings } = await runCase(check, { name: check.id, files: { 'k8s/api.yaml': text } });
    // Messages name the kind; the rest must be the same.
    out[check.id] = findings.map((f) => `${f.line}:${f.note ?? false}:${f.message.replace(/of (?:Knative )?\w+ 'api'/, "of WORKLOAD 'api'")}`).sort();
  }
  return out;
};

describe('Kubernetes workload kinds', () => {
  it('QA: an Argo Rollout and an OpenShift DeploymentConfig are judged like a Deployment, by every check, at the same lines', async () => {
    const reference = await run(deployment('apps/v1', 'Deployment'));
    const judged = Object.values(reference).filter((f) => f.length).length;
    // image-tag-pinned, k8s-probes, k8s-run-as-non-root, resource-limits, production-server, debug-mode,
    // hardcoded-secret, default-credentials, cors-wildcard, cookie-flags.
    expect(judged).toBeGreaterThanOrEqual(10);
    expect(await run(deployment('argoproj.io/v1alpha1', 'Rollout'))).toEqual(reference);
    expect(await run(deployment('apps.openshift.io/v1', 'DeploymentConfig'))).toEqual(reference);
    expect(await run(deployment('v1', 'DeploymentConfig'))).toEqual(reference);
    // The general rule: any object whose spec.template.spec lists containers (OpenKruise CloneSet).
    const cloneSet = await run(deployment('apps.kruise.io/v1alpha1', 'CloneSet'));
    // …but probes are required only of the long-running kinds Preflight knows.
    expect({ ...cloneSet, 'k8s-probes': reference['k8s-probes'] }).toEqual(reference);
    expect(cloneSet['k8s-probes']).toEqual([]);
  });

  it('QA: a Knative Service is judged too; Knative gives it a default readiness probe, so only liveness is required', async () => {
    const reference = await run(deployment('apps/v1', 'Deployment'));
    const knative = await run(deployment('serving.knative.dev/v1', 'Service'));
    expect({ ...knative, 'k8s-probes': reference['k8s-probes'] }).toEqual(reference);
    expect(knative['k8s-probes']).toEqual(["9:false:container 'api' of WORKLOAD 'api' has no livenessProbe; add it so Kubernetes restarts hung pods"]);
  });

  it('the QA Knative Service: a lone unnamed container is Knative\'s user-container, located at its first key', async () => {
    const text = 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: hello\nspec:\n  template:\n    spec:\n      containers:\n        - image: gcr.io/knative-samples/helloworld-go\n          env:\n            - name: FLASK_DEBUG\n              value: "1"\n';
    for (const [check, what] of [[k8sRunAsNonRoot, 'non-root'], [resourceLimits, 'memory limit'], [k8sProbes, 'livenessProbe']] as const) {
      const { findings } = await runCase(check, { name: check.id, files: { 'hello.yaml': text } });
      expect(findings.map((f) => [f.file, f.line, f.column]), check.id).toEqual([['hello.yaml', 9, 11]]);
      expect(findings[0]!.message).toContain("container 'user-container' of Knative Service 'hello'");
      expect(findings[0]!.message).toContain(what);
    }
  });

  it('recognises pod templates by kind and group, patches included; policies and core Services are not workloads', () => {
    const doc = (apiVersion: string, kind: string, spec: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\nspec:\n${spec}`;
    const withContainers = '  template:\n    spec:\n      containers:\n        - name: x\n          image: x:1\n';
    const podOnly = '  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n';
    const objects = snapshotOf({
      'k.yaml': [
        doc('argoproj.io/v1alpha1', 'Rollout', podOnly),
        doc('apps.openshift.io/v1', 'DeploymentConfig', podOnly),
        doc('serving.knative.dev/v1', 'Service', podOnly),
        doc('v1', 'Service', '  ports:\n    - port: 80\n'),
        doc('argoproj.io/v1alpha1', 'Rollout', '  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: x\n'),
        doc('apps.kruise.io/v1alpha1', 'CloneSet', withContainers),
        doc('example.com/v1', 'Widget', podOnly),
        doc('kyverno.io/v1', 'ClusterPolicy', withContainers),
        doc('v1', 'PodTemplate', withContainers),
      ].join('---\n'),
    }).k8sObjects();
    expect(objects.map((o) => [o.kind, podSpec(o)?.path.join('.') ?? null])).toEqual([
      ['Rollout', 'spec.template.spec'],
      ['DeploymentConfig', 'spec.template.spec'],
      ['Service', 'spec.template.spec'],
      ['Service', null],
      // A Rollout with a workloadRef borrows the Deployment's template: that Deployment is judged.
      ['Rollout', null],
      ['CloneSet', 'spec.template.spec'],
      // An unknown kind is a workload only when its template lists containers (a patch cannot be told from config).
      ['Widget', null],
      ['ClusterPolicy', null],
      ['PodTemplate', null],
    ]);
    expect(containers(objects[5]!).map((c) => [c.name, c.line])).toEqual([['x', 57]]);
  });
});

describe('kustomizeDocs', () => {
  it('is the one Kustomize paragraph of the workload checks, with each check\'s own sentence inside it', async () => {
    const { kustomizeDocs } = await import('../../src/checks/util/groups.js');
    const text = kustomizeDocs('So a patch does X.');
    expect(text).toMatch(/^Kustomize: objects of the same kind and name across files are one workload,/);
    expect(text).toContain('it is never judged as a workload of its own. So a patch does X. A finding that holds only as overlays render the workload names them (`in kustomize overlay overlays/staging`).');
    for (const check of [k8sProbes, k8sRunAsNonRoot, resourceLimits]) {
      const paragraph = check.docs.details?.split('\n').find((d) => d.startsWith('Kustomize:'));
      expect(paragraph, check.id).toBeDefined();
      const effect = paragraph!.slice(text.indexOf('So a patch does X.'), paragraph!.indexOf(' A finding that holds only'));
      expect(effect, check.id).toMatch(/^So .*\.$/);
      expect(paragraph, check.id).toBe(kustomizeDocs(effect));
    }
  });
});
