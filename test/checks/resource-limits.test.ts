import { describe, expect, it } from 'vitest';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';

const deployment = (resources: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
${extra}      containers:
        - name: web
          image: web:1.2.3
${resources}`;

const limited = '          resources:\n            limits:\n              memory: 256Mi\n';
const webPatch = (container: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n${container}`;

testCheck(resourceLimits, {
  valid: [
    { name: 'compose deploy.resources.limits.memory', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n' } },
    { name: 'compose mem_limit', files: { 'compose.yaml': 'services:\n  web:\n    image: web:1\n    mem_limit: 512m\n' } },
    { name: 'limit from a merge key', files: { 'docker-compose.yml': 'x-limits: &limits\n  mem_limit: 256m\nservices:\n  web:\n    <<: *limits\n    image: web:1\n' } },
    { name: 'limit from extends', files: { 'docker-compose.yml': 'services:\n  base:\n    image: web:1\n    mem_limit: 1g\n  web:\n    extends: base\n' } },
    { name: 'limit in the production overlay of the same folder', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n', 'docker-compose.prod.yml': 'services:\n  web:\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n' } },
    { name: 'k8s container with limits', files: { 'k8s/deploy.yaml': deployment('          resources:\n            limits:\n              memory: 256Mi\n') } },
    { name: 'k8s init container without limits is not judged', files: { 'k8s/deploy.yaml': deployment('          resources:\n            limits:\n              memory: 256Mi\n', '      initContainers:\n        - name: migrate\n          image: web:1.2.3\n') } },
    { name: 'kustomize overlay patch adds limits', files: { 'base/deploy.yaml': deployment(''), 'overlays/prod/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          resources:\n            limits:\n              memory: 1Gi\n' } },
    // QA parity: Kubernetes defaults a LimitRange Container item's `default` to its `max` (SetDefaults_LimitRangeItem).
    { name: 'LimitRange with only a max memory (the API server makes it the default limit)', files: { 'k8s/deploy.yaml': deployment(''), 'k8s/limits.yaml': 'apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: caps\nspec:\n  limits:\n    - type: Container\n      max:\n        memory: 1Gi\n      defaultRequest:\n        memory: 256Mi\n' } },
    { name: 'LimitRange default memory', files: { 'k8s/deploy.yaml': deployment(''), 'k8s/limits.yaml': 'apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\nspec:\n  limits:\n    - type: Container\n      default:\n        memory: 512Mi\n' } },
    { name: 'an overlay raising the limit keeps one', files: { 'base/deploy.yaml': deployment(limited), 'overlays/prod/patch.yaml': webPatch('          resources:\n            limits:\n              memory: 1Gi\n') } },
    { name: 'Helm chart templates are not judged', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    mem_limit: 1g\n', 'charts/web/templates/d.yaml': deployment('').replace('name: web\nspec', 'name: "{{ .Release.Name }}"\nspec') } },
    { name: 'templated resources value is not judged', files: { 'k8s/deploy.yaml': deployment('          resources: "templated"\n') } },
  ],
  invalid: [
    { name: 'QA k3d: a kustomize overlay naming only the base renders it without the limit another overlay adds', files: { 'base/deploy.yaml': deployment(''), 'base/kustomization.yaml': 'resources: [deploy.yaml]\n', 'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: patch.yaml\n', 'overlays/prod/patch.yaml': webPatch(limited), 'overlays/eu/kustomization.yaml': 'resources: [../../base]\n' }, errors: [{ file: 'base/deploy.yaml', line: 9 }] },
    { name: 'compose service without limit', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n  db:\n    image: postgres:16\n    mem_limit: 1g\n' }, errors: [{ file: 'docker-compose.yml', line: 2, severity: 'medium', message: /'web' has no memory limit/ }] },
    { name: 'cpus limit only', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n' }, errors: [{ file: 'docker-compose.yml', line: 2 }] },
    { name: 'limit only in a dev override does not count', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n', 'docker-compose.override.yml': 'services:\n  web:\n    mem_limit: 1g\n' }, errors: [{ file: 'docker-compose.yml', line: 2 }] },
    { name: 'one finding per service across base and overlay', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n', 'docker-compose.prod.yml': 'services:\n  web:\n    restart: always\n' }, errors: [{ file: 'docker-compose.yml', line: 2 }] },
    { name: 'k8s container without limits points at name', files: { 'k8s/deploy.yaml': deployment('          resources:\n            requests:\n              memory: 256Mi\n') }, errors: [{ file: 'k8s/deploy.yaml', line: 9, message: /container 'web' of Deployment 'web'/ }] },
    { name: 'CronJob container', files: { 'cron.yaml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - image: job:1\n              name: job\n' }, errors: [{ file: 'cron.yaml', line: 13 }] },
    { name: 'QA: Argo Rollout container', files: { 'rollout.yaml': deployment('').replace('apps/v1\nkind: Deployment', 'argoproj.io/v1alpha1\nkind: Rollout') }, errors: [{ file: 'rollout.yaml', line: 9, message: /container 'web' of Rollout 'web' has no memory limit/ }] },
    { name: 'QA: Knative Service container', files: { 'ksvc.yaml': deployment('').replace('apps/v1\nkind: Deployment', 'serving.knative.dev/v1\nkind: Service') }, errors: [{ file: 'ksvc.yaml', line: 9, message: /of Knative Service 'web' has no memory limit/ }] },
    { name: 'kustomize: an overlay that removes the memory limit (strategic merge null)', files: { 'base/deploy.yaml': deployment(limited), 'overlays/prod/patch.yaml': webPatch('          resources:\n            limits:\n              memory: null\n') }, errors: [{ file: 'overlays/prod/patch.yaml', line: 12, message: /has no memory limit in kustomize overlay overlays\/prod \(the patch overlays\/prod\/patch\.yaml removes it\);/ }] },
    { name: 'kustomize: resources: null in an overlay is reported there', files: { 'base/deploy.yaml': deployment(limited), 'overlays/prod/patch.yaml': webPatch('          resources: null\n') }, errors: [{ file: 'overlays/prod/patch.yaml', line: 10 }] },
    { name: 'kustomize: $patch: replace on resources drops the base limit', files: { 'base/deploy.yaml': deployment(limited), 'overlays/prod/patch.yaml': webPatch('          resources:\n            $patch: replace\n            requests:\n              memory: 64Mi\n') }, errors: [{ file: 'overlays/prod/patch.yaml', line: 11 }] },
    { name: 'LimitRange with only a defaultRequest sets no limit', files: { 'k8s/deploy.yaml': deployment(''), 'k8s/limits.yaml': 'apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: reqs\nspec:\n  limits:\n    - type: Container\n      defaultRequest:\n        memory: 256Mi\n' }, errors: [{ file: 'k8s/deploy.yaml', line: 9 }] },
    // QA parity (Checkov example_RootContainers side by side): per-environment files in one folder are not layers.
    { name: 'a limit in deployment.staging.yaml does not cover deployment.production.yaml of the same name', files: { 'k8s/deployment.production.yaml': deployment(''), 'k8s/deployment.staging.yaml': deployment(limited) }, errors: [{ file: 'k8s/deployment.production.yaml', line: 9, message: /container 'web' of Deployment 'web' has no memory limit/ }] },
    // QA k8s2 D1 counter-cases: a dev folder's manifest that a production kustomization deploys is production's.
    { name: 'QA k8s2: a manifest in a dev folder that a production overlay renders still fails', files: { 'k8s/dev/deployment.yaml': deployment(''), 'k8s/prod/kustomization.yaml': 'resources: [../dev/deployment.yaml]\n' }, errors: [{ file: 'k8s/dev/deployment.yaml', line: 9, message: /has no memory limit in kustomize overlay k8s\/prod; set/ }] },
    { name: 'QA k8s2: a production base is not excused by a development overlay beside it', files: { 'deploy/base/deployment.yaml': deployment(''), 'deploy/overlays/dev/patch.yaml': webPatch(limited) }, errors: [{ file: 'deploy/base/deployment.yaml', line: 9 }] },
    // QA k8s2 D4: an empty quantity sets no limit (the API server rejects it), like 0.
    { name: 'QA k8s2: limits.memory: "" sets no limit', files: { 'k8s/deploy.yaml': deployment('          resources:\n            limits:\n              memory: ""\n') }, errors: [{ file: 'k8s/deploy.yaml', line: 13, message: /\(resources\.limits\.memory: "" sets none\)/ }] },
    { name: 'LimitRange of another namespace does not count', files: { 'k8s/deploy.yaml': deployment('').replace('  name: web\n', '  name: web\n  namespace: prod\n'), 'k8s/limits.yaml': 'apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n  namespace: dev\nspec:\n  limits:\n    - type: Container\n      default:\n        memory: 512Mi\n' }, errors: [{ file: 'k8s/deploy.yaml', line: 10 }] },
  ],
  notes: [
    { name: 'dev-only compose file', files: { 'docker-compose.dev.yml': 'services:\n  web:\n    image: web:1\n' }, notes: [{ file: 'docker-compose.dev.yml', line: 2, message: /development-only/ }] },
    // QA k8s2 D1: a full manifest in a development overlay or folder is development-only, as debug-mode and image-tag-pinned read it.
    { name: 'QA k8s2: a full manifest in overlays/dev (beside a production overlay) gives a note', files: { 'deploy/overlays/dev/deployment.yaml': deployment(''), 'deploy/overlays/dev/kustomization.yaml': 'resources: [deployment.yaml]\n', 'deploy/overlays/prod/deployment.yaml': deployment(limited), 'deploy/overlays/prod/kustomization.yaml': 'resources: [deployment.yaml]\n' }, notes: [{ file: 'deploy/overlays/dev/deployment.yaml', line: 9, message: /container 'web' of Deployment 'web' has no memory limit; set resources\.limits\.memory \(development-only file\)$/ }] },
    { name: 'QA k8s2: a full manifest in k8s/dev/ gives a note', files: { 'k8s/dev/deployment.yaml': deployment('') }, notes: [{ file: 'k8s/dev/deployment.yaml', line: 9, message: /\(development-only file\)/ }] },
  ],
});

it('QA helm/: skips with a true reason when Kubernetes containers are only in Helm chart templates', async () => {
  const out = await runCase(resourceLimits, { name: 'x', files: { 'charts/web/templates/d.yaml': deployment('').replace('name: web\nspec', 'name: "{{ .Release.Name }}"\nspec') } });
  expect(out.findings).toEqual([]);
  expect(out.skipped).toMatch(/Kubernetes containers only in Helm chart templates, which are not judged/);
});

it('judges native sidecars (initContainers with restartPolicy: Always): they run beside the app', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          image: app:1\n        - name: proxy\n          image: envoy:1\n          restartPolicy: Always\n      containers:\n        - name: web\n          image: app:1\n          resources: { limits: { memory: 256Mi } }\n';
  const out = await runCase(resourceLimits, { name: 'sidecar', files: { 'k8s/deploy.yaml': deploy } });
  // Named as image-tag-pinned and k8s-run-as-non-root name it (QA k8s2 D6).
  expect(out.findings.map((f) => [f.line, f.message.split(' has ')[0]])).toEqual([[11, "init container 'proxy' of Deployment 'web'"]]);
});

describe('resource-limits: a limit of 0 is none', () => {
  it('mem_limit: 0, "0m" and deploy limits memory: 0 fail; 512m passes', async () => {
    const { resourceLimits } = await import('../../src/checks/resource-limits.js');
    const out = await runCase(resourceLimits, { files: { 'docker-compose.yml': 'services:\n  a:\n    image: x:1\n    mem_limit: 0\n  b:\n    image: x:1\n    mem_limit: "0m"\n  c:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          memory: 0\n  d:\n    image: x:1\n    mem_limit: 512m\n' } });
    expect(out.findings.map((f) => f.message.match(/service '(\w)'/)?.[1])).toEqual(['a', 'b', 'c']);
  });
});

it('QA zc/zb: a workload kubectl cannot decode is a parse problem, not judged, and the skip reason names no Helm chart', async () => {
  const { snapshotOf } = await import('../helpers/check-tester.js');
  const { k8sProbes } = await import('../../src/checks/k8s-probes.js');
  const { k8sRunAsNonRoot } = await import('../../src/checks/k8s-run-as-non-root.js');
  const mapping = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        name: web\n        image: nginx\n';
  const scalars = deployment('          securityContext: "runAsNonRoot"\n          resources:\n            limits: 512Mi\n');
  for (const [file, text] of [['zc/d.yaml', mapping], ['zb/d.yaml', scalars]] as const) {
    for (const check of [resourceLimits, k8sProbes, k8sRunAsNonRoot]) {
      const out = await runCase(check, { name: 'x', files: { [file]: text } });
      expect(out.findings).toEqual([]);
      expect(out.skipped, check.id).toBeTruthy();
      expect(out.skipped).not.toMatch(/Helm/);
    }
  }
  const snap = snapshotOf({ 'zc/d.yaml': mapping, 'zb/d.yaml': scalars, 'zd/d.yaml': deployment('          resources:\n            limits: 512Mi\n'), 'ok/d.yaml': deployment(limited) });
  expect(snap.k8sObjects().map((o) => o.file)).toEqual(['ok/d.yaml']);
  expect(snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
    "zb/d.yaml:11:11 spec.template.spec.containers[0].securityContext of Deployment 'web' is a scalar, not a mapping: kubectl refuses it",
    "zc/d.yaml:7:7 spec.template.spec.containers of Deployment 'web' is a mapping, not a list (is the `-` before the container missing?): kubectl refuses it",
    "zd/d.yaml:12:13 spec.template.spec.containers[0].resources.limits of Deployment 'web' is a scalar, not a mapping (names under it, such as `memory: 512Mi`): kubectl refuses it",
  ]);
});

it('QA yd/yb: compose values docker compose refuses are parse problems, and the service is not judged on them', async () => {
  const { snapshotOf } = await import('../helpers/check-tester.js');
  const yd = 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: [1]\n  db:\n    image: postgres:16\n    ports: 5432\n    restart: always\n  ok:\n    image: nginx:1.27\n    restart: no\n    mem_limit: 512m\n    ports:\n      - 80:80\n    environment:\n      - A=1\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n';
  // mem_limit: [1] was counted as a memory limit.
  const out = await runCase(resourceLimits, { name: 'x', files: { 'docker-compose.yml': yd } });
  expect(out.findings).toEqual([]);
  const snap = snapshotOf({ 'yd/docker-compose.yml': yd, 'yb/compose.yaml': 'services: []\n', 'ye/compose.yaml': 'services:\n  web:\n    image: 123\n    environment: "FOO=bar"\n  api: "nginx"\n' });
  expect(snap.composeFiles().flatMap((f) => f.services.map((s) => `${f.path}:${s.name}`))).toEqual(['yd/docker-compose.yml:ok']);
  expect(snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
    'yb/compose.yaml:1:1 services is a list, not a mapping: docker compose refuses the file',
    'yd/docker-compose.yml:4:5 services.web.mem_limit is a list, not a string or a number: docker compose refuses the file',
    'yd/docker-compose.yml:7:5 services.db.ports is a number, not a list: docker compose refuses the file',
    'ye/compose.yaml:3:5 services.web.image is a number, not a string: docker compose refuses the file',
    'ye/compose.yaml:5:3 services.api is a string, not a mapping: docker compose refuses the file',
  ]);
});

it('QA stop 17: a compose file whose top level is a list or a scalar is a parse problem; !!binary is named as such', async () => {
  const { snapshotOf } = await import('../helpers/check-tester.js');
  const snap = snapshotOf({
    'a/docker-compose.yml': '- web:\n    image: nginx:latest\n',
    'b/compose.yaml': 'hello\n',
    'c/compose.yaml': '# nothing yet\n',
    'd/compose.yaml': 'services:\n  web:\n    image: !!binary aGVsbG8=\n',
  });
  expect(snap.composeFiles().flatMap((f) => f.services.map((s) => `${f.path}:${s.name}`))).toEqual([]);
  expect(snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
    'a/docker-compose.yml:1:1 the top level is a list, not a mapping: docker compose refuses the file',
    'b/compose.yaml:1:1 the top level is a string, not a mapping: docker compose refuses the file',
    'd/compose.yaml:3:5 services.web.image is binary data, not a string: docker compose refuses the file',
  ]);
});

it('a Kubernetes memory limit of 0 is no limit (the kubelet sets none; kube-score reports it): reported at the value', async () => {
  const deploy = (name: string, memory: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.4.2\n          resources:\n            requests: {memory: 128Mi}\n            limits:\n              memory: ${memory}\n`;
  const out = await runCase(resourceLimits, { name: 'zero', files: { 'k8s/zero.yaml': deploy('api', '"0"'), 'k8s/zero-mi.yaml': deploy('worker', '0Mi'), 'k8s/ok.yaml': deploy('web', '512Mi') } });
  expect(out.error).toBeUndefined();
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`).sort()).toEqual([
    "k8s/zero-mi.yaml:14:23 container 'api' of Deployment 'worker' has no memory limit (resources.limits.memory: 0Mi sets none); set resources.limits.memory",
    "k8s/zero.yaml:14:23 container 'api' of Deployment 'api' has no memory limit (resources.limits.memory: 0 sets none); set resources.limits.memory",
  ]);
});

it('a kustomize JSON 6902 patch that adds resources.limits to a container by index satisfies that overlay', async () => {
  const files = {
    'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.4.2\n',
    'overlays/production/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: limits.yaml\n    target:\n      group: apps\n      version: v1\n      kind: Deployment\n      name: api\n',
    'overlays/production/limits.yaml': '- op: add\n  path: /spec/template/spec/containers/0/resources\n  value:\n    limits:\n      memory: 512Mi\n',
    'overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - target: { kind: Deployment, name: api }\n    patch: |-\n      - op: replace\n        path: /spec/replicas\n        value: 1\n',
  };
  const out = await runCase(resourceLimits, { name: 'json6902', files });
  expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual(["base/deployment.yaml:9 container 'api' of Deployment 'api' has no memory limit in kustomize overlay overlays/staging; set resources.limits.memory"]);
});
