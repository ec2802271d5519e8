import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { helmInstalls } from '../../src/repo/helm-installs.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
/** Only where and whether a note: `[NOTE ]file:line`. */
const places = async (check: CheckDef, files: Record<string, string>) => (await shown(check, files)).map((f) => f.replace(/^((?:NOTE )?\S+?:\d+):\d+ .*$/, '$1'));

/** QA53 kubernetes r12: a `helm create`-shaped chart in `chart/`, its production values at the root, a workflow installing it. */
const R12 = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  'chart/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: latest\nreplicaCount: 1\npodSecurityContext: {}\nsecurityContext: {}\nresources: {}\nservice:\n  type: ClusterIP\n  port: 5432\n',
  'chart/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      securityContext:\n        {{- toYaml .Values.podSecurityContext | nindent 8 }}\n      containers:\n        - name: web\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
  'chart/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  type: {{ .Values.service.type }}\n  selector:\n    app: web\n  ports:\n    - port: {{ .Values.service.port }}\n',
  'values-prod.yaml': 'image:\n  tag: "1.4.2"\npodSecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 512Mi\nservice:\n  type: LoadBalancer\n',
};
const deploy = (chart: string, file = '.github/workflows/deploy.yml', values = 'values-prod.yaml') => ({
  ...R12,
  [file]: file.startsWith('.github/')
    ? `on: {push: {branches: [main]}}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: helm upgrade --install web ${chart} -f values-prod.yaml\n`
    : `#!/bin/sh\nset -e\nhelm upgrade --install web ${chart} -f ${values}\n`,
});

describe('QA53 kubernetes D1: every spelling of a local chart folder is an install of that chart', () => {
  for (const chart of ['./chart', 'chart', './chart/', 'chart/', 'chart/.', './chart/.']) {
    it(`\`helm upgrade --install web ${chart} -f values-prod.yaml\` installs chart/ with values-prod.yaml`, async () => {
      const files = deploy(chart);
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] }).map((i) => [i.chart, i.valueFiles])).toEqual([['chart', ['values-prod.yaml']]]);
      // values.yaml alone is what no install deploys: its failures are notes naming values-prod.yaml.
      expect(await places(imageTagPinned, files)).toEqual(['NOTE chart/values.yaml:3']);
      expect(await places(k8sRunAsNonRoot, files)).toEqual(['NOTE chart/values.yaml:6']);
      expect(await places(resourceLimits, files)).toEqual(['NOTE chart/values.yaml:7']);
      // The LoadBalancer values-prod.yaml turns on for port 5432 is caught.
      expect(await shown(databasePortExposed, files)).toEqual([expect.stringMatching(/^chart\/templates\/service\.yaml:10:\d+ .*type LoadBalancer \(service\.type: LoadBalancer in values-prod\.yaml\) exposes .*5432/)]);
    });
  }

  it('a chart two folders deep: `./charts/web`, `charts/web`, `./charts/web/`, `charts/web/.` alike', async () => {
    for (const chart of ['./charts/web', 'charts/web', './charts/web/', 'charts/web/.']) {
      const files: Record<string, string> = Object.fromEntries(Object.entries(deploy(chart)).map(([f, t]) => [f.replace(/^chart\//, 'charts/web/'), t]));
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f] }).map((i) => [i.chart, i.valueFiles])).toEqual([['charts/web', ['values-prod.yaml']]]);
      expect(await places(resourceLimits, files)).toEqual(['NOTE charts/web/values.yaml:7']);
    }
  });

  it('a path naming no chart of the repository is no chart of a chart repository, however many parts it has', () => {
    for (const chart of ['./build', './build/chart', '../build']) {
      const files = { ...deploy(chart, 'scripts/deploy.sh'), 'scripts/values-prod.yaml': 'resources: {}\n' };
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] })).toEqual([]);
    }
    // `repo/name` that is no folder of the repository is a chart of a repository: its values files are still Helm values.
    const files = deploy('bitnami/postgresql');
    expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] }).map((i) => [i.chart, i.valueFiles])).toEqual([[null, ['values-prod.yaml']]]);
  });

  it('a script in a folder: `./chart` from the repository root, and `../chart` from the script\'s folder', async () => {
    for (const chart of ['./chart', '../chart']) {
      const files = deploy(chart, 'scripts/deploy.sh', chart === './chart' ? 'values-prod.yaml' : '../values-prod.yaml');
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] }).map((i) => [i.chart, i.valueFiles])).toEqual([['chart', ['values-prod.yaml']]]);
      expect(await places(resourceLimits, files)).toEqual(['NOTE chart/values.yaml:7']);
    }
  });
});

/** QA53 kubernetes r31: a chart whose template writes securityContext and the memory limit as scalar values. */
const R31_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      securityContext:
        runAsNonRoot: {{ .Values.nonRoot }}
      containers:
        - name: web
          image: {{ .Values.image | quote }}
          securityContext:
            runAsUser: {{ .Values.uid }}
          resources:
            limits:
              memory: {{ .Values.memory }}
          readinessProbe: {tcpSocket: {port: 80}}
          livenessProbe: {tcpSocket: {port: 80}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}
spec:
  type: {{ .Values.svcType }}
  selector: {app: web}
  ports:
    - port: {{ .Values.port }}
`;
const r31 = (values: string, template = R31_TEMPLATE, more: Record<string, string> = {}) => ({
  'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  'chart/values.yaml': values,
  'chart/templates/deployment.yaml': template,
  ...more,
});
const ROOT = 'uid: 0\nnonRoot: false\nimage: ghcr.io/acme/web:latest\nmemory: 0\nport: 6379\nsvcType: NodePort\n';

describe('QA53 kubernetes D5: a securityContext field or memory limit written as one values path is read in the values', () => {
  it('r31: `runAsUser: {{ .Values.uid }}` with uid: 0 and `memory: {{ .Values.memory }}` with memory: 0 fail at those values', async () => {
    const files = r31(ROOT);
    expect(await shown(k8sRunAsNonRoot, files)).toEqual([expect.stringMatching(/^chart\/values\.yaml:1:1 container 'web' of Deployment '<release>'.* runs as root \(container securityContext\.runAsUser: 0, Helm value uid\)/)]);
    expect(await shown(resourceLimits, files)).toEqual([expect.stringMatching(/^chart\/values\.yaml:4:9 .*container 'web'.*\(Helm value memory: 0 sets none\)/)]);
    // As the same chart's image and Service type are read.
    expect(await places(imageTagPinned, files)).toEqual(['chart/values.yaml:3']);
    expect(await places(databasePortExposed, files)).toEqual(['chart/templates/deployment.yaml:33']);
  });

  it('`runAsNonRoot: {{ .Values.nonRoot }}` false fails at the value; a non-root UID, runAsNonRoot true and a memory limit pass', async () => {
    expect(await places(k8sRunAsNonRoot, r31('uid: null\nnonRoot: false\nimage: a:1\nmemory: 256Mi\n'))).toEqual(['chart/values.yaml:2']);
    expect(await places(k8sRunAsNonRoot, r31('nonRoot: "no"\nimage: a:1\nmemory: 256Mi\n'))).toEqual(['chart/values.yaml:1']);
    for (const values of ['uid: 10001\nnonRoot: false\n', 'nonRoot: true\n', 'uid: "1000"\n']) {
      expect(await places(k8sRunAsNonRoot, r31(`${values}image: a:1\nmemory: 256Mi\n`))).toEqual([]);
      expect(await places(resourceLimits, r31(`${values}image: a:1\nmemory: 256Mi\n`))).toEqual([]);
    }
  });

  it('values that leave them unset: the container fails at the values block that lacks them, else at the template key', async () => {
    const template = R31_TEMPLATE.replace('{{ .Values.nonRoot }}', '{{ .Values.podSecurityContext.runAsNonRoot }}').replace('{{ .Values.uid }}', '{{ .Values.securityContext.runAsUser }}').replace('{{ .Values.memory }}', '{{ .Values.resources.limits.memory }}');
    const files = r31('image: a:1\npodSecurityContext: {}\nsecurityContext: {}\nresources: {}\n', template);
    expect(await shown(k8sRunAsNonRoot, files)).toEqual([expect.stringMatching(/^chart\/values\.yaml:[23]:1 .*neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0/)]);
    expect(await shown(resourceLimits, files)).toEqual([expect.stringMatching(/^chart\/values\.yaml:4:1 .*\(Helm value resources is empty.*set resources\.limits\.memory in the chart's values/)]);
    // Not in the values at all: at the template's key.
    expect(await shown(resourceLimits, r31('image: a:1\nuid: 1000\n'))).toEqual([expect.stringMatching(/^chart\/templates\/deployment\.yaml:21:\d+ .*\(Helm value memory is not set in the chart's values\).*set memory in the chart's values/)]);
  });

  it('a production values file that sets them makes values.yaml\'s failures notes naming it; one that sets root fails there', async () => {
    expect(await places(k8sRunAsNonRoot, r31(ROOT, R31_TEMPLATE, { 'chart/values-production.yaml': 'uid: 10001\nnonRoot: true\nmemory: 512Mi\n' }))).toEqual(['NOTE chart/values.yaml:1']);
    expect(await places(resourceLimits, r31(ROOT, R31_TEMPLATE, { 'chart/values-production.yaml': 'uid: 10001\nnonRoot: true\nmemory: 512Mi\n' }))).toEqual(['NOTE chart/values.yaml:4']);
    expect(await places(k8sRunAsNonRoot, r31('uid: 10001\nimage: a:1\nmemory: 1Gi\n', R31_TEMPLATE, { 'chart/values-production.yaml': 'uid: 0\n' }))).toEqual(['chart/values-production.yaml:1']);
  });

  it('what cannot be read as the value is not judged: a template `default`, a `with` around it, a mapping', async () => {
    const defaulted = R31_TEMPLATE.replace('{{ .Values.uid }}', '{{ .Values.uid | default 1000 }}').replace('{{ .Values.memory }}', '{{ .Values.memory | default "256Mi" }}');
    expect(await places(k8sRunAsNonRoot, r31('uid: 0\nimage: a:1\nmemory: 0\n', defaulted))).toEqual([]);
    expect(await places(resourceLimits, r31('uid: 0\nimage: a:1\nmemory: 0\n', defaulted))).toEqual([]);
    expect(await places(resourceLimits, r31('image: a:1\nmemory: {a: 1}\n'))).toEqual([]);
  });

  it('`memory: {{ .Values.memory | quote }}`: a quoted "0" or "" sets no limit and fails at the value, a quoted quantity passes', async () => {
    const quoted = R31_TEMPLATE.replace('{{ .Values.memory }}', '{{ .Values.memory | quote }}');
    expect(await places(resourceLimits, r31('uid: 1000\nimage: a:1\nmemory: 0\n', quoted))).toEqual(['chart/values.yaml:3']);
    expect(await places(resourceLimits, r31('uid: 1000\nimage: a:1\nmemory: ""\n', quoted))).toEqual(['chart/values.yaml:3']);
    expect(await places(resourceLimits, r31('uid: 1000\nimage: a:1\nmemory: 512Mi\n', quoted))).toEqual([]);
  });
});
