import { describe, expect, it } from 'vitest';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';

const deploy = (podSc: string, containerSc: string, init = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
${podSc}${init}      containers:
        - name: api
          image: api:1.0.0
${containerSc}`;
const podNonRoot = '      securityContext:\n        runAsNonRoot: true\n';
/** A kustomize patch of Deployment 'api': pod fields, then the container `api` (lines 8– / 9–). */
const patch = (pod: string, container = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
${pod}${container ? `      containers:\n        - name: api\n${container}` : ''}`;
/** The QA base (kust2/): pod runAsNonRoot: true, runAsUser: 10001. */
const base = deploy('      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n', '');
const containerRoot = '          securityContext:\n            runAsUser: 0\n';
const kustomization = (patches: string) => `resources: [../../base]\npatches:\n${patches}`;
/** A Helm chart template that parses as YAML. */
const chart = (podSc: string, containerSc: string) => deploy(podSc, containerSc).replace('name: api\nspec', 'name: "{{ .Release.Name }}-api"\nspec');

testCheck(k8sRunAsNonRoot, {
  valid: [
    { name: 'pod runAsNonRoot true', files: { 'd.yaml': deploy(podNonRoot, '') } },
    { name: 'container runAsUser > 0', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsUser: 10001\n') } },
    { name: 'pod runAsUser > 0', files: { 'd.yaml': deploy('      securityContext:\n        runAsUser: 1000\n        fsGroup: 1000\n', '') } },
    { name: 'container runAsNonRoot false but runAsUser > 0', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsNonRoot: false\n            runAsUser: 1000\n') } },
    // Stop 50 D5: Windows pods are judged by their Windows settings (runAsNonRoot is documented for Windows).
    { name: 'windows pods with runAsNonRoot: true pass', files: { 'd.yaml': deploy('      os:\n        name: windows\n      securityContext:\n        runAsNonRoot: true\n', '') } },
    { name: 'templated securityContext is not judged', files: { 'd.yaml': deploy('', '          securityContext: "from-values"\n') } },
    { name: 'helm chart template is not judged', files: { 'chart/templates/d.yaml': deploy('', '') + '          # {{ .Values.x }}\n' } },
    { name: 'Service only', files: { 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec: {}\n' } },
    { name: 'kustomize: a pod-only overlay patch makes the base non-root', files: { 'base/d.yaml': deploy('', ''), 'overlays/prod/patch.yaml': patch(podNonRoot) } },
    { name: 'kustomize: an overlay runAsUser overrides the base root user (strategic merge)', files: { 'base/d.yaml': deploy('', containerRoot), 'overlays/prod/patch.yaml': patch('', '          securityContext:\n            runAsUser: 10001\n') } },
    { name: 'kustomize: a root setting in a development overlay is not production', files: { 'base/d.yaml': base, 'overlays/dev/root.yaml': patch('', containerRoot) } },
    // QA k8s2 D2: Kubernetes decodes manifests as YAML 1.1 (sigs.k8s.io/yaml, go-yaml v2): a plain yes/on/y is true.
    { name: 'QA k8s2: runAsNonRoot: yes, On and y are true to Kubernetes', files: { 'a.yaml': deploy('      securityContext:\n        runAsNonRoot: yes\n', ''), 'b.yaml': deploy('', '          securityContext:\n            runAsNonRoot: On\n').replace(/name: api/g, 'name: b'), 'c.yaml': deploy('      securityContext: { runAsNonRoot: y }\n', '').replace(/name: api/g, 'name: c') } },
    { name: 'QA k8s2: a placeholder runAsNonRoot is not judged', files: { 'd.yaml': deploy('      securityContext:\n        runAsNonRoot: ${RUN_AS_NON_ROOT}\n', '') } },
    { name: 'helm template: missing settings are left to values', files: { 'charts/web/templates/d.yaml': chart('', '') } },
    { name: 'helm template: a root pod user overridden by the container', files: { 'charts/web/templates/d.yaml': chart('      securityContext:\n        runAsUser: 0\n', '          securityContext:\n            runAsUser: 1000\n') } },
  ],
  invalid: [
    // QA22: `kubectl apply` of a file defining the same Deployment twice leaves the later definition whole:
    // the earlier one's pod runAsNonRoot is gone, so the later container (line 23) runs as root.
    { name: 'the same Deployment twice in one file: the later definition wins whole', files: { 'k8s/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: prod\nspec:\n  template:\n    spec:\n      securityContext: { runAsNonRoot: true }\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.0.0\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: prod\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.0.0\n' }, errors: [{ file: 'k8s/api.yaml', line: 23, message: /neither the pod nor the container/ }] },
    { name: 'QA k3d: a kustomize overlay naming only the base renders it without the other overlay\'s securityContext', files: { 'base/deployment.yaml': deploy('', ''), 'base/kustomization.yaml': 'resources: [deployment.yaml]\n', 'overlays/prod/kustomization.yaml': kustomization('  - path: nonroot.yaml\n'), 'overlays/prod/nonroot.yaml': patch(podNonRoot), 'overlays/eu/kustomization.yaml': 'resources: [../../base]\n' }, errors: [{ file: 'base/deployment.yaml', line: 9, message: /neither the pod nor the container/ }] },
    {
      // QA parity (Checkov example_RootContainers: rootContainersFAILED.yaml beside rootContainersPASSED.yaml define the same Pods):
      // per-environment files in one folder are alternatives, not layers; the hardened staging file must not hide production's.
      name: 'two full definitions of one workload in different files of a folder are judged apart, never merged',
      files: {
        'k8s/deployment.production.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web:1.4.2\n',
        'k8s/deployment.staging.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n      containers:\n        - name: web\n          image: acme/web:1.4.2\n',
      },
      errors: [{ file: 'k8s/deployment.production.yaml', line: 9, message: /of Deployment 'web' is not guaranteed to run as non-root: neither the pod nor the container/ }],
    },
    {
      name: 'two workloads of one name in different namespaces are judged apart, never merged',
      files: { 'web.yaml': [
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: staging\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: web\n          image: acme/web:1.0\n',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: production\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web:1.0\n',
      ].join('---\n') },
      errors: [{ file: 'web.yaml', line: 24, message: /neither the pod nor the container/ }],
    },
    { name: 'no securityContext', files: { 'd.yaml': deploy('', '') }, errors: [{ file: 'd.yaml', line: 9, severity: 'high', message: /neither the pod nor the container/ }] },
    { name: 'container runAsNonRoot false overrides the pod', files: { 'd.yaml': deploy(podNonRoot, '          securityContext:\n            runAsNonRoot: false\n') }, errors: [{ file: 'd.yaml', line: 14, message: /runAsNonRoot: false/ }] },
    // QA k8s2 D2: a plain no/off/n is false to Kubernetes (YAML 1.1), and the container's undoes the pod's true.
    { name: 'QA k8s2: container runAsNonRoot: no overrides the pod\'s true', files: { 'd.yaml': deploy(podNonRoot, '          securityContext:\n            runAsNonRoot: no\n') }, errors: [{ file: 'd.yaml', line: 14, message: /container securityContext sets runAsNonRoot: no \(false to Kubernetes, which reads YAML 1\.1 booleans\); set runAsNonRoot: true/ }] },
    { name: 'QA k8s2: pod runAsNonRoot: off, OFF or N fails', files: { 'a.yaml': deploy('      securityContext:\n        runAsNonRoot: off\n', ''), 'b.yaml': deploy('      securityContext:\n        runAsNonRoot: OFF\n', '').replace(/name: api/g, 'name: b'), 'c.yaml': deploy('      securityContext:\n        runAsNonRoot: N\n', '').replace(/name: api/g, 'name: c') }, errors: [{ file: 'a.yaml', line: 9, message: /pod securityContext sets runAsNonRoot: off \(false/ }, { file: 'b.yaml', line: 9, message: /runAsNonRoot: OFF/ }, { file: 'c.yaml', line: 9, message: /runAsNonRoot: N/ }] },
    { name: 'QA34 k8s4 D3: a quoted "0" still fails as root', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsUser: "0"\n') }, errors: [{ file: 'd.yaml', line: 12, message: /runs as root \(container securityContext\.runAsUser: 0\)/ }] },
    { name: 'QA k8s2: a quoted runAsNonRoot does not hide a root user', files: { 'd.yaml': deploy('      securityContext:\n        runAsNonRoot: "true"\n', '          securityContext:\n            runAsUser: 0\n') }, errors: [{ file: 'd.yaml', line: 14, message: /runs as root \(container securityContext\.runAsUser: 0\)/ }] },
    // QA k8s2 D1 counter-case: a production file beside a development one is still judged.
    { name: 'QA k8s2: a production manifest beside a k8s/dev/ one still fails', files: { 'k8s/dev/d.yaml': deploy('', ''), 'k8s/prod/d.yaml': deploy('', '') }, errors: [{ file: 'k8s/prod/d.yaml', line: 9, message: /neither the pod nor the container/ }] },
    { name: 'container runAsUser 0 fails even with pod runAsNonRoot', files: { 'd.yaml': deploy(podNonRoot, '          securityContext:\n            runAsUser: 0\n') }, errors: [{ file: 'd.yaml', line: 14, message: /runAsUser: 0\), which contradicts runAsNonRoot: true: the kubelet refuses to start it; set runAsUser to a non-zero UID$/ }] },
    { name: 'QA29: runAsUser 0 without runAsNonRoot is advised to set both', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsUser: 0\n') }, errors: [{ file: 'd.yaml', line: 12, message: /runAsUser: 0\); set runAsNonRoot: true and a numeric runAsUser$/ }] },
    { name: 'init container runs as root', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsUser: 1000\n', '      initContainers:\n        - name: chown\n          image: busybox:1.36\n          securityContext:\n            runAsUser: 0\n') }, errors: [{ file: 'd.yaml', line: 12, message: /init container 'chown'/ }] },
    { name: 'CronJob without securityContext', files: { 'c.yaml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: job:1\n' }, errors: [{ file: 'c.yaml', line: 11 }] },
    // QA kust2/: the overlay's container runAsUser: 0 overrides the base pod's non-root settings.
    { name: 'kustomize: overlay container runAsUser 0 over a non-root base', files: { 'base/deployment.yaml': base, 'base/kustomization.yaml': 'resources: [deployment.yaml]\n', 'overlays/prod/kustomization.yaml': kustomization('  - path: root.yaml\n'), 'overlays/prod/root.yaml': patch('', `          image: api:latest\n${containerRoot}`) }, errors: [{ file: 'overlays/prod/root.yaml', line: 12, message: /runs as root \(container securityContext\.runAsUser: 0, set by a patch over base\/deployment\.yaml\)/ }] },
    // QA kust3/: the base sets nothing; the finding is the overlay's root user, not "neither sets…" at the base.
    { name: 'kustomize: overlay runAsUser 0 over a base without securityContext', files: { 'base/deployment.yaml': deploy('', ''), 'overlays/prod/kustomization.yaml': kustomization('  - path: root.yaml\n'), 'overlays/prod/root.yaml': patch('', `          image: api:latest\n${containerRoot}`) }, errors: [{ file: 'overlays/prod/root.yaml', line: 12, message: /runAsUser: 0/ }] },
    // QA kust4/: a second file (no kustomization) patches the pod to runAsNonRoot: false.
    { name: 'kustomize: a pod patch sets runAsNonRoot false', files: { 'dep.yaml': deploy(podNonRoot, ''), 'patch.yaml': patch('      securityContext:\n        runAsNonRoot: false\n') }, errors: [{ file: 'patch.yaml', line: 9, message: /pod securityContext sets runAsNonRoot: false, set by a patch over dep\.yaml/ }] },
    { name: 'kustomize: patchesStrategicMerge, null removes the base setting', files: { 'base/d.yaml': deploy(podNonRoot, ''), 'prod/kustomization.yaml': 'resources: [../base]\npatchesStrategicMerge:\n  - nonroot.yaml\n', 'prod/nonroot.yaml': patch('      securityContext:\n        runAsNonRoot: null\n') }, errors: [{ file: 'prod/nonroot.yaml', line: 9, message: /of Deployment 'api' in kustomize overlay prod is not guaranteed to run as non-root: neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0 \(the patch prod\/nonroot\.yaml removes runAsNonRoot\)/ }] },
    { name: 'kustomize: each production overlay is judged on its own', files: { 'base/d.yaml': deploy('', ''), 'overlays/prod/p.yaml': patch(podNonRoot), 'overlays/staging/p.yaml': patch('      securityContext:\n        runAsUser: 0\n') }, errors: [{ file: 'overlays/staging/p.yaml', line: 9, message: /pod securityContext\.runAsUser: 0/ }] },
    // QA helm/: a template's explicit root settings fail (missing ones come from values).
    { name: 'helm template: literal pod runAsUser 0', files: { 'charts/web/templates/root.yaml': chart('      securityContext:\n        runAsUser: 0\n', ''), 'charts/web/templates/simple.yaml': chart('', '').replace(/api/g, 'worker') }, errors: [{ file: 'charts/web/templates/root.yaml', line: 9, message: /runAsUser: 0/ }] },
    { name: 'helm template: literal container runAsNonRoot false', files: { 'charts/web/templates/d.yaml': chart('', '          securityContext:\n            runAsNonRoot: false\n') }, errors: [{ file: 'charts/web/templates/d.yaml', line: 12, message: /runAsNonRoot: false/ }] },
    { name: 'bare Pod without securityContext', files: { 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: p\n      image: p:1\n' }, errors: [{ file: 'p.yaml', line: 7 }] },
  ],
  notes: [
    // QA k8s2 D2: a value that is no boolean to Kubernetes (quoted, a number) makes it reject the manifest: a note, not a silent pass.
    { name: 'QA k8s2: a quoted "true" or "yes" or a number is no boolean to Kubernetes', files: { 'a.yaml': deploy('      securityContext:\n        runAsNonRoot: "true"\n', ''), 'b.yaml': deploy('      securityContext:\n        runAsNonRoot: \'yes\'\n', '').replace(/name: api/g, 'name: b'), 'c.yaml': deploy('      securityContext:\n        runAsNonRoot: 1\n', '').replace(/name: api/g, 'name: c') }, notes: [{ file: 'a.yaml', line: 9, message: /pod securityContext\.runAsNonRoot: "true" is no boolean to Kubernetes, which rejects the manifest; write runAsNonRoot: true, unquoted$/ }, { file: 'b.yaml', line: 9, message: /runAsNonRoot: 'yes' is no boolean/ }, { file: 'c.yaml', line: 9, message: /runAsNonRoot: 1 is no boolean/ }] },
    { name: 'QA k8s2: a quoted "false" in a JSON manifest is no boolean either', files: { 'd.json': JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec: { template: { spec: { securityContext: { runAsNonRoot: 'false' }, containers: [{ name: 'api', image: 'api:1' }] } } } }, null, 2) }, notes: [{ file: 'd.json', line: 11, message: /runAsNonRoot: "false" is no boolean/ }] },
    // QA34 k8s4 D3: a quoted UID is a string where Kubernetes wants an int64: the manifest is rejected, a note (as a quoted runAsNonRoot), not a pass.
    { name: 'QA34 k8s4 D3: a quoted runAsUser is no integer to Kubernetes', files: { 'a.yaml': deploy('', '          securityContext:\n            runAsUser: "1000"\n'), 'b.yaml': deploy(podNonRoot.replace('runAsNonRoot: true', "runAsUser: '10001'"), '').replace(/name: api/g, 'name: b'), 'c.json': JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'c' }, spec: { template: { spec: { securityContext: { runAsNonRoot: true, runAsUser: '1000' }, containers: [{ name: 'c', image: 'c:1' }] } } } }, null, 2) }, notes: [{ file: 'a.yaml', line: 12, message: /container securityContext\.runAsUser: "1000" is no integer to Kubernetes, which rejects the manifest; write runAsUser: 1000, unquoted$/ }, { file: 'b.yaml', line: 9, message: /pod securityContext\.runAsUser: '10001' is no integer/ }, { file: 'c.json', line: 12, message: /runAsUser: "1000" is no integer/ }] },
    // QA k8s2 D1: a full manifest in a development overlay or folder is development-only, as debug-mode and image-tag-pinned read it.
    { name: 'QA k8s2: a full manifest in overlays/dev gives a note', files: { 'deploy/overlays/dev/d.yaml': deploy('', ''), 'deploy/overlays/dev/kustomization.yaml': 'resources: [d.yaml]\n' }, notes: [{ file: 'deploy/overlays/dev/d.yaml', line: 9, message: /neither the pod nor the container .* \(development-only file\)$/ }] },
  ],
});

it('QA helm/: skips with a true reason when the only workloads are Helm chart templates', async () => {
  const out = await runCase(k8sRunAsNonRoot, { name: 'x', files: { 'charts/web/templates/d.yaml': chart('', '') } });
  expect(out.findings).toEqual([]);
  expect(out.skipped).toMatch(/only in Helm chart templates: checked for a root setting they write .*not judged for missing settings/);
  expect((await runCase(k8sRunAsNonRoot, { name: 'y', files: { 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n' } })).skipped).toBe('no Kubernetes workloads');
});

// QA31 robust4 D4: the only workload manifest does not parse (an alias bomb, a tab): the reason names it, as compose's and
// Dockerfiles' do, not "no Kubernetes workloads"; so for a JSON manifest nested too deeply. A broken Service, or a broken
// manifest under tests/, is no workload the check would judge.
it('QA31 robust4 D4: skips naming the workload manifest that could not be read', async () => {
  const broken = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n\tspec: {}\n';
  const skipped = async (files: Record<string, string>) => (await runCase(k8sRunAsNonRoot, { name: 'b', files })).skipped;
  expect(await skipped({ 'k8s/deploy.yaml': broken })).toBe('Kubernetes workloads only in a manifest that could not be read: k8s/deploy.yaml: parse-error (see that finding)');
  const deep = `{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"}, "spec": ${'['.repeat(600)}${']'.repeat(600)}}`;
  expect(await skipped({ 'deploy.json': deep, 'k8s/a.yaml': broken.replace('Deployment', 'Job') })).toBe('Kubernetes workloads only in 2 manifests that could not be read: deploy.json: parse-error (see that finding), k8s/a.yaml: parse-error (see that finding)');
  expect(await skipped({ 'k8s/svc.yaml': broken.replace('apps/v1', 'v1').replace('Deployment', 'Service') })).toBe('no Kubernetes workloads');
  expect(await skipped({ 'tests/fixtures/deploy.yaml': broken })).toBe('no Kubernetes workloads');
});

it('QA28 D3, as stop 50 D5 changed it: Windows pods are judged (not skipped); a Linux pod beside them is judged as ever', async () => {
  const win = deploy('      os:\n        name: windows\n', '');
  const out = await runCase(k8sRunAsNonRoot, { name: 'w', files: { 'k8s/d.yaml': win } });
  expect(out.skipped).toBeUndefined();
  expect(out.findings.map((f) => f.message)).toEqual([expect.stringMatching(/a Windows pod whose securityContext sets neither runAsNonRoot: true nor windowsOptions\.runAsUserName/)]);
  const linux = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: p\n      image: p:1\n';
  const winOk = deploy('      os:\n        name: windows\n      securityContext:\n        windowsOptions:\n          runAsUserName: ContainerUser\n', '');
  const mixed = await runCase(k8sRunAsNonRoot, { name: 'm', files: { 'k8s/d.yaml': winOk, 'k8s/p.yaml': linux } });
  expect(mixed.skipped).toBeUndefined();
  expect(mixed.findings.map((f) => [f.file, f.line])).toEqual([['k8s/p.yaml', 7]]);
  const passing = await runCase(k8sRunAsNonRoot, { name: 'p', files: { 'k8s/d.yaml': winOk, 'k8s/p.yaml': linux.replace('spec:\n', 'spec:\n  securityContext:\n    runAsNonRoot: true\n') } });
  expect(passing.skipped).toBeUndefined();
  expect(passing.findings).toEqual([]);
});

it('a pod-level runAsUser: 0 is one finding naming every container it fails', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const { k8sRunAsNonRoot } = await import('../../src/checks/k8s-run-as-non-root.js');
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsUser: 0\n  containers:\n    - name: a\n      image: x:1\n    - name: b\n      image: x:1\n    - name: c\n      image: x:1\n';
  const out = await runCase(k8sRunAsNonRoot, { name: 'pod', files: { 'k8s/pod.yaml': pod } });
  expect(out.findings.map((f) => [f.line, f.message.split(' of ')[0]])).toEqual([[7, "containers 'a', 'b', 'c'"]]);
});

it('kustomize components: a Component\'s patch applies to the overlays that list it, and is no deployment of its own', async () => {
  // The layout kustomize's components docs describe: base, a reusable security component, a production overlay listing it.
  const files = {
    'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
    'base/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: web:1.4.2\n',
    'components/security/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: sec.yaml\n',
    'components/security/sec.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      securityContext: {runAsNonRoot: true, runAsUser: 10001}\n',
    'overlays/prod/kustomization.yaml': 'resources: [../../base]\ncomponents: [../../components/security]\n',
    'overlays/staging/kustomization.yaml': 'resources: [../../base]\n',
  };
  const out = await runCase(k8sRunAsNonRoot, { name: 'components', files });
  expect(out.error).toBeUndefined();
  expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' is not')[0]}`)).toEqual(["base/deploy.yaml:8 container 'web' of Deployment 'web' in kustomize overlay overlays/staging"]);
  // With a patch of its own beside the component, the production overlay still gets the component's.
  const own = await runCase(k8sRunAsNonRoot, { name: 'components+patch', files: { ...files, 'overlays/prod/kustomization.yaml': 'resources: [../../base]\ncomponents: [../../components/security]\npatches:\n  - path: replicas.yaml\n', 'overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n' } });
  expect(own.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' is not')[0]}`)).toEqual(["base/deploy.yaml:8 container 'web' of Deployment 'web' in kustomize overlay overlays/staging"]);
});

it('kustomize JSON 6902 patches (inline in patches:, or a file under patchesJson6902) are applied to the overlay they belong to', async () => {
  // kustomize v5 style: `patches:` with a target and inline ops, the way most overlays set a securityContext today.
  const files = {
    'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.4.2\n        - name: proxy\n          image: envoyproxy/envoy:v1.30.1\n',
    'overlays/production/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - target:\n      kind: Deployment\n      name: api\n    patch: |-\n      - op: add\n        path: /spec/template/spec/securityContext\n        value:\n          runAsNonRoot: true\n          runAsUser: 10001\n',
    'overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\npatchesJson6902:\n  - target: { group: apps, version: v1, kind: Deployment, name: api }\n    path: sc.yaml\n',
    'overlays/staging/sc.yaml': '- op: add\n  path: /spec/template/spec/containers/0/securityContext\n  value: { runAsNonRoot: true }\n- op: add\n  path: /spec/template/spec/containers/1/securityContext\n  value: { runAsUser: 0 }\n',
  };
  const out = await runCase(k8sRunAsNonRoot, { name: 'json6902', files });
  expect(out.error).toBeUndefined();
  // Production's pod-level patch covers both containers; staging's second op runs the proxy as root, reported at that op.
  expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' is not')[0]}`)).toEqual(["overlays/staging/sc.yaml:4 container 'proxy' of Deployment 'api' in kustomize overlay overlays/staging"]);
});

it('QA31 infra D2: inline JSON 6902 ops in a block scalar are located at each op, as ops in a file are', async () => {
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const files = {
    'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      securityContext: {runAsNonRoot: true, runAsUser: 10001}\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.0.0\n          resources:\n            limits: {memory: 512Mi}\n',
    'overlays/production/kustomization.yaml': 'resources: [../../base]\npatches:\n  - target:\n      kind: Deployment\n      name: web\n    patch: |-\n      - op: remove\n        path: /spec/template/spec/containers/0/resources\n      - op: replace\n        path: /spec/template/spec/securityContext/runAsUser\n        value: 0\n',
    // Flow-style ops in a quoted string: no lines of their own, at the `patch:` key.
    'overlays/staging/kustomization.yaml': 'resources: [../../base]\npatches:\n  - target: {kind: Deployment, name: web}\n    patch: \'[{"op": "replace", "path": "/spec/template/spec/securityContext/runAsUser", "value": 0}]\'\n',
  };
  const at = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.file}:${f.line}:${f.column}`);
  expect(at(await runCase(k8sRunAsNonRoot, { name: 'inline 6902', files }))).toEqual(['overlays/production/kustomization.yaml:9:9', 'overlays/staging/kustomization.yaml:4:5']);
  expect(at(await runCase(resourceLimits, { name: 'inline 6902', files }))).toEqual(['overlays/production/kustomization.yaml:7:9']);
});

it('kustomize inline strategic-merge patches (patches: [{patch: |- <manifest>}]) are applied, located in the kustomization', async () => {
  const files = {
    'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.4.2\n',
    'overlays/production/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata:\n        name: api\n      spec:\n        template:\n          spec:\n            securityContext:\n              runAsNonRoot: true\n',
    'overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - target: { kind: Deployment, name: api }\n    patch: |\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata:\n        name: ignored-by-target\n      spec:\n        template:\n          spec:\n            containers:\n              - name: api\n                securityContext:\n                  runAsUser: 0\n',
  };
  const out = await runCase(k8sRunAsNonRoot, { name: 'inline smp', files });
  expect(out.error).toBeUndefined();
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(' is not')[0]}`)).toEqual(["overlays/staging/kustomization.yaml:16:19 container 'api' of Deployment 'api' in kustomize overlay overlays/staging"]);
});

it('kustomize patches with a target apply to what the target selects, whatever their own name, and are no workload of their own (QA D1)', async () => {
  const { k8sProbes } = await import('../../src/checks/k8s-probes.js');
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const dep = (name: string, labels = '') => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${labels}spec:\n  template:\n    spec:\n      containers:\n      - name: server\n        image: acme/${name}:1.0.0\n        readinessProbe: {tcpSocket: {port: 80}}\n        livenessProbe: {tcpSocket: {port: 80}}\n`;
  // kustomize's multi-object patching example: the patch names `not-important`.
  const hardening = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: not-important\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n      containers:\n      - name: server\n        resources:\n          limits:\n            memory: 128Mi\n';
  const base = { 'base/kustomization.yaml': 'resources:\n- deployment.yaml\n', 'base/deployment.yaml': dep('cartservice', '  labels: {app: cart}\n') };
  const inline = `  patch: |-\n${hardening.replace(/^/gm, '    ')}`;
  const layouts: Record<string, Record<string, string>> = {
    component: { ...base, 'components/hardening/hardening.yaml': hardening, 'components/hardening/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: hardening.yaml\n  target:\n    kind: Deployment\n', 'overlays/prod/kustomization.yaml': 'resources:\n- ../../base\ncomponents:\n- ../../components/hardening\n' },
    'component, target named': { ...base, 'components/hardening/hardening.yaml': hardening, 'components/hardening/kustomization.yaml': 'kind: Component\npatches:\n- path: hardening.yaml\n  target: {kind: Deployment, name: cartservice}\n', 'overlays/prod/kustomization.yaml': 'resources: [../../base]\ncomponents: [../../components/hardening]\n' },
    'overlay path': { ...base, 'overlays/prod/hardening.yaml': hardening, 'overlays/prod/kustomization.yaml': 'resources:\n- ../../base\npatches:\n- path: hardening.yaml\n  target:\n    kind: Deployment\n' },
    'overlay inline': { ...base, 'overlays/prod/kustomization.yaml': `resources:\n- ../../base\npatches:\n- target:\n    kind: Deployment\n${inline}` },
    'name regex': { ...base, 'overlays/prod/hardening.yaml': hardening, 'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n- path: hardening.yaml\n  target: {kind: Deployment, name: "cart.*"}\n' },
    'label selector': { ...base, 'overlays/prod/hardening.yaml': hardening, 'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n- path: hardening.yaml\n  target: {kind: Deployment, labelSelector: "app in (cart, web)"}\n' },
    'name prefix of the base': { ...base, 'base/kustomization.yaml': 'namePrefix: prod-\nresources:\n- deployment.yaml\n', 'overlays/prod/hardening.yaml': hardening, 'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n- path: hardening.yaml\n  target: {kind: Deployment, name: prod-cartservice}\n' },
    'json 6902, kind only': { ...base, 'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n- target: {kind: Deployment}\n  patch: |-\n    - op: add\n      path: /spec/template/spec/securityContext\n      value: {runAsNonRoot: true}\n    - op: add\n      path: /spec/template/spec/containers/0/resources\n      value: {limits: {memory: 128Mi}}\n' },
  };
  for (const [name, files] of Object.entries(layouts)) {
    for (const check of [k8sRunAsNonRoot, k8sProbes, resourceLimits]) {
      const out = await runCase(check, { name, files });
      expect(out.error, name).toBeUndefined();
      expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message}`), `${name}: ${check.id}`).toEqual([]);
    }
  }
  // A target that does not select the Deployment (another name, label or kind) leaves it as the base has it.
  for (const target of ['{kind: Deployment, name: frontend}', '{kind: StatefulSet}', '{kind: Deployment, labelSelector: "app=web"}', '{kind: Deployment, namespace: other}']) {
    const out = await runCase(k8sRunAsNonRoot, { name: target, files: { ...base, 'overlays/prod/hardening.yaml': hardening, 'overlays/prod/kustomization.yaml': `resources: [../../base]\npatches:\n- path: hardening.yaml\n  target: ${target}\n` } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' is not')[0]}`), target).toEqual(["base/deployment.yaml:10 container 'server' of Deployment 'cartservice' in kustomize overlay overlays/prod"]);
  }
  // A kind-only target patches what its own kustomization renders, not another app's Deployment elsewhere in the repository.
  const other = await runCase(k8sRunAsNonRoot, { name: 'other app', files: { ...layouts['overlay path']!, 'apps/billing/deployment.yaml': dep('billing') } });
  expect(other.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' is not')[0]}`)).toEqual(["apps/billing/deployment.yaml:9 container 'server' of Deployment 'billing'"]);
});

it('QA k8s-kinds D1: an overlay of an overlay gets the inner overlay\'s patches first, then its own (kustomize build order)', async () => {
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const { imageTagPinned } = await import('../../src/checks/image-tag-pinned.js');
  const { k8sProbes } = await import('../../src/checks/k8s-probes.js');
  const probes = '          readinessProbe: {httpGet: {path: /ready, port: 8080}}\n          livenessProbe: {httpGet: {path: /live, port: 8080}}\n';
  const baseDeploy = (image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: ${image}\n${probes}`;
  const apiPatch = (body: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n${body}`;
  const hardening = apiPatch('      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n      containers:\n        - name: api\n          resources:\n            limits:\n              memory: 512Mi\n');
  const region = apiPatch('      containers:\n        - name: api\n          env:\n            - name: REGION\n              value: eu-west-1\n');
  // c26: prod-eu (a patch of its own) on prod (securityContext + limits) on base.
  const c26 = {
    'base/deployment.yaml': baseDeploy('ghcr.io/acme/api:1.4.0'),
    'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: limits.yaml\n',
    'overlays/prod/limits.yaml': hardening,
    'overlays/prod-eu/kustomization.yaml': 'resources:\n  - ../prod\npatches:\n  - path: region.yaml\n',
    'overlays/prod-eu/region.yaml': region,
  };
  // c51: the same with an untagged base image that prod's `images:` pins.
  const c51 = { ...c26, 'base/deployment.yaml': baseDeploy('ghcr.io/acme/api'), 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "1.4.0"\npatches:\n  - path: limits.yaml\n' };
  // c25: staging on production; production sets the pod UID (SMP) and the limit (inline JSON 6902), staging the container's runAsNonRoot: false.
  const production = {
    'base/deployment.yaml': baseDeploy('ghcr.io/acme/api'),
    'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
    'overlays/production/hardening.yaml': apiPatch('      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n'),
    'overlays/production/kustomization.yaml': 'namespace: prod\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "1.14.2"\npatches:\n  - path: hardening.yaml\n  - target:\n      kind: Deployment\n      name: api\n    patch: |-\n      - op: add\n        path: /spec/template/spec/containers/0/resources\n        value:\n          limits:\n            memory: 512Mi\n',
    'overlays/staging/legacy-root.yaml': apiPatch('      containers:\n        - name: api\n          securityContext:\n            runAsNonRoot: false\n'),
  };
  const c25 = { ...production, 'overlays/staging/kustomization.yaml': 'resources:\n  - ../production\npatches:\n  - path: legacy-root.yaml\n' };
  // c20: the same staging with patchesStrategicMerge, plus a file JSON 6902 patch that removes the limit production adds.
  const c20 = { ...production, 'overlays/staging/kustomization.yaml': 'resources:\n  - ../production\npatchesStrategicMerge:\n  - legacy-root.yaml\npatchesJson6902:\n  - target: {group: apps, version: v1, kind: Deployment, name: api}\n    path: drop-limits.yaml\n', 'overlays/staging/drop-limits.yaml': '- op: remove\n  path: /spec/template/spec/containers/0/resources\n' };
  const shown = async (files: Record<string, string>) => {
    const out: string[] = [];
    for (const check of [k8sRunAsNonRoot, resourceLimits, imageTagPinned, k8sProbes]) {
      const r = await runCase(check, { name: check.id, files });
      expect(r.error).toBeUndefined();
      out.push(...r.findings.map((f) => `${check.id} ${f.file}:${f.line} ${f.message.split(';')[0]}`));
    }
    return out;
  };
  for (const [name, files] of Object.entries({ c26, c51, c25 })) expect(await shown(files), name).toEqual([]);
  // c20: the UID production sets still holds; the limit it adds is gone in staging, removed by staging's JSON 6902 patch.
  expect(await shown(c20)).toEqual(["resource-limits overlays/staging/drop-limits.yaml:1 container 'api' of Deployment 'api' has no memory limit in kustomize overlay overlays/staging (the patch overlays/staging/drop-limits.yaml removes it)"]);
  // Three levels: a patch of each layer reaches the outermost overlay, innermost first (the outer root user wins).
  const three = { ...c26, 'overlays/prod-eu-1/kustomization.yaml': 'resources: [../prod-eu]\npatches:\n  - path: root.yaml\n', 'overlays/prod-eu-1/root.yaml': apiPatch('      containers:\n        - name: api\n          securityContext:\n            runAsUser: 0\n') };
  expect(await shown(three)).toEqual(["k8s-run-as-non-root overlays/prod-eu-1/root.yaml:11 container 'api' of Deployment 'api' in kustomize overlay overlays/prod-eu-1 is not guaranteed to run as non-root: runs as root (container securityContext.runAsUser: 0, set by a patch over base/deployment.yaml), which contradicts runAsNonRoot: true: the kubelet refuses to start it"]);
  // The outer overlay's own removal of what the inner one set is still seen.
  const dropped = { ...c26, 'overlays/prod-eu/region.yaml': apiPatch('      securityContext:\n        runAsNonRoot: null\n        runAsUser: null\n') };
  expect((await shown(dropped)).map((l) => l.split(' is not')[0])).toEqual(["k8s-run-as-non-root overlays/prod-eu/region.yaml:9 container 'api' of Deployment 'api' in kustomize overlay overlays/prod-eu"]);
  // A sibling overlay on the base itself does not get prod's patches.
  const sibling = { ...c26, 'overlays/eu/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: region.yaml\n', 'overlays/eu/region.yaml': region };
  expect((await shown(sibling)).map((l) => l.split(' is not')[0].split(' has no')[0])).toEqual(["k8s-run-as-non-root base/deployment.yaml:13 container 'api' of Deployment 'api' in kustomize overlay overlays/eu", "resource-limits base/deployment.yaml:13 container 'api' of Deployment 'api'"]);
  // Overlays that name each other (kustomize refuses the cycle) end; each keeps its own patches over the base.
  const cycle = { ...c26, 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - ../prod-eu\npatches:\n  - path: limits.yaml\n' };
  expect(await shown(cycle)).toEqual([]);
});

it('QA k8s-kinds D2: a KEDA ScaledJob is a workload like a Job, its pod template at spec.jobTargetRef.template', async () => {
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const { imageTagPinned } = await import('../../src/checks/image-tag-pinned.js');
  const { k8sProbes } = await import('../../src/checks/k8s-probes.js');
  const { debugMode } = await import('../../src/checks/debug-mode.js');
  const scaledJob = (apiVersion: string, container: string, pod = '') => `apiVersion: ${apiVersion}\nkind: ScaledJob\nmetadata:\n  name: queue-consumer\nspec:\n  jobTargetRef:\n    template:\n      spec:\n${pod}        containers:\n          - name: consumer\n${container}        restartPolicy: Never\n  triggers:\n    - type: rabbitmq\n      metadata: {queueName: jobs}\n`;
  const shown = async (files: Record<string, string>) => {
    const out: string[] = [];
    for (const check of [k8sRunAsNonRoot, resourceLimits, imageTagPinned, k8sProbes, debugMode]) {
      const r = await runCase(check, { name: check.id, files });
      expect(r.error).toBeUndefined();
      out.push(...r.findings.map((f) => `${check.id} ${f.file}:${f.line}:${f.column} ${f.message.split(/[;:] /)[0]}`));
    }
    return out;
  };
  // The QA case (c31): `:latest`, DEBUG=1, no securityContext, no limits; no probes asked of it (it runs to completion).
  const bad = scaledJob('keda.sh/v1alpha1', '            image: ghcr.io/acme/consumer:latest\n            env:\n              - name: DEBUG\n                value: "1"\n');
  expect(await shown({ 'k8s/scaledjob.yaml': bad })).toEqual([
    "k8s-run-as-non-root k8s/scaledjob.yaml:10:13 container 'consumer' of ScaledJob 'queue-consumer' is not guaranteed to run as non-root",
    "resource-limits k8s/scaledjob.yaml:10:13 container 'consumer' of ScaledJob 'queue-consumer' has no memory limit",
    "image-tag-pinned k8s/scaledjob.yaml:11:20 container 'consumer' image ghcr.io/acme/consumer:latest uses the moving tag 'latest'",
    "debug-mode k8s/scaledjob.yaml:14:25 container 'consumer' sets DEBUG=1, which turns on debug mode (stack traces and settings shown to visitors)",
  ]);
  // A hardened one passes, and so does one a kustomize JSON 6902 patch hardens at its own pod template path.
  const good = scaledJob('keda.sh/v1alpha1', '            image: ghcr.io/acme/consumer:2.1.0\n            resources:\n              limits: {memory: 256Mi}\n', '        securityContext: {runAsNonRoot: true, runAsUser: 10001}\n');
  expect(await shown({ 'k8s/scaledjob.yaml': good })).toEqual([]);
  const plain = scaledJob('keda.sh/v1alpha1', '            image: ghcr.io/acme/consumer:2.1.0\n');
  const patched = { 'base/scaledjob.yaml': plain, 'base/kustomization.yaml': 'resources: [scaledjob.yaml]\n', 'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - target: {kind: ScaledJob, name: queue-consumer}\n    patch: |-\n      - op: add\n        path: /spec/jobTargetRef/template/spec/securityContext\n        value: {runAsNonRoot: true, runAsUser: 10001}\n      - op: add\n        path: /spec/jobTargetRef/template/spec/containers/0/resources\n        value: {limits: {memory: 256Mi}}\n' };
  expect(await shown(patched)).toEqual([]);
  // A ScaledJob of another API group is not KEDA's; a ScaledObject scales a workload defined elsewhere and has no template.
  expect(await shown({ 'k8s/other.yaml': scaledJob('example.com/v1', '            image: ghcr.io/acme/consumer:latest\n') })).toEqual([]);
  expect(await shown({ 'k8s/so.yaml': 'apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: api\nspec:\n  scaleTargetRef:\n    name: api\n  triggers:\n    - type: cpu\n      metadata: {value: "60"}\n' })).toEqual([]);
});

describe('QA33 k8s D4: a Helm template value that is one action piped to nindent renders a block, not an unreadable template', () => {
  const sts = (init: string) => ({
    'chart/Chart.yaml': 'apiVersion: v2\nname: pg\nversion: 1.0.0\n',
    'chart/values.yaml': 'podSecurityContext:\n  enabled: true\n  fsGroup: 1001\ncontainerSecurityContext:\n  enabled: true\n  runAsUser: 1001\nresources:\n  limits:\n    memory: 512Mi\n',
    'chart/templates/statefulset.yaml': `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "pg.fullname" . }}\n  labels: {{- include "common.labels.standard" . | nindent 4 }}\n    app.kubernetes.io/component: primary\nspec:\n  template:\n    spec:\n      securityContext: {{- omit .Values.podSecurityContext "enabled" | toYaml | nindent 8 }}\n      initContainers:\n        - name: init-chmod-data\n          image: "bitnami/os-shell:12"\n          securityContext:\n${init}      containers:\n        - name: postgresql\n          image: "bitnami/postgresql:16.4.0"\n          securityContext: {{- omit .Values.containerSecurityContext "enabled" | toYaml | nindent 12 }}\n          resources: {{- toYaml .Values.resources | nindent 12 }}\n`,
  });
  const shown = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => (await runCase(check, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.slice(0, 60)}`);
  it('judges a literal root init container under a pod securityContext written as an inline action', async () => {
    expect(await shown(k8sRunAsNonRoot, sts('            runAsUser: 0\n'))).toEqual(["chart/templates/statefulset.yaml:15 init container 'init-chmod-data' of StatefulSet '<fullname>'"]);
    expect(await shown(k8sRunAsNonRoot, sts('            runAsUser: 1001\n'))).toEqual([]);
  });
  it('reads the settings such a value renders from the values (QA35: helm-stop35.test.ts)', async () => {
    // Nothing in the container could write probes (its actions render securityContext and resources only): since QA39 (helmv D3)
    // k8s-probes judges it, and it has none.
    const probes = await runCase(k8sProbes, { files: sts('            runAsUser: 1001\n') });
    expect(probes.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(';')[0]}`)).toEqual(["chart/templates/statefulset.yaml:17 container 'postgresql' of StatefulSet '<fullname>' (templates/statefulset.yaml) has no readinessProbe and no livenessProbe"]);
    const limits = await runCase(resourceLimits, { files: sts('            runAsUser: 1001\n') });
    expect(limits.findings.filter((f) => !f.note)).toEqual([]);
  });
});
