import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();

const CHART = 'apiVersion: v2\nname: gateway\nversion: 0.3.0\nappVersion: "1.4.0"\n';

/** The examiner's r22 template: initContainers and sidecars rendered from values lists with toYaml. */
const SIDECARS_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  template:
    spec:
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.initContainers }}
      initContainers:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: gateway
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
        {{- with .Values.sidecars }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
`;
const MAIN = 'image:\n  repository: ghcr.io/acme/gateway\n  tag: "1.4.0"\nsecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 256Mi\n';
const SIDECARS = 'sidecars:\n  - name: envoy\n    image: envoyproxy/envoy:v1.31.0\n    ports:\n      - containerPort: 9901\ninitContainers:\n  - name: init-perms\n    image: busybox:1.36\n    command: ["sh", "-c", "chown -R 10001 /data"]\n    securityContext:\n      runAsUser: 0\n';
const chart = (values: string, extra: Record<string, string> = {}) => ({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': values, 'chart/templates/deployment.yaml': SIDECARS_TEMPLATE, ...extra });

describe('QA37 containers8 D1: containers a Helm chart takes from values lists are judged by k8s-run-as-non-root and resource-limits', () => {
  it('a sidecar that neither the pod nor itself makes non-root, and a root init container, fail in the values file', async () => {
    expect(await shown(k8sRunAsNonRoot, chart(MAIN + SIDECARS))).toEqual([
      "chart/values.yaml:11:5 container 'envoy' of Deployment '<release>' (templates/deployment.yaml) is not guaranteed to run as non-root: neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0 (Helm values sidecars[0].securityContext and podSecurityContext set neither); set runAsNonRoot: true and a numeric runAsUser in the chart's values (sidecars[0].securityContext or podSecurityContext)",
      "chart/values.yaml:20:7 init container 'init-perms' of Deployment '<release>' (templates/deployment.yaml) is not guaranteed to run as non-root: runs as root (container securityContext.runAsUser: 0, Helm value initContainers[0].securityContext.runAsUser); set runAsNonRoot: true and a numeric runAsUser",
    ]);
  });

  it('a sidecar without a memory limit fails at its entry; an init container is not judged for limits', async () => {
    expect(await shown(resourceLimits, chart(MAIN + SIDECARS))).toEqual([
      "chart/values.yaml:11:5 container 'envoy' of Deployment '<release>' (templates/deployment.yaml) has no memory limit; set sidecars[0].resources.limits.memory in the chart's values",
    ]);
  });

  it('keeps precision: a non-root pod securityContext from the values, a sidecar limit, empty lists and a native sidecar with a limit pass', async () => {
    const values = `${MAIN}podSecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nsidecars:\n  - name: envoy\n    image: envoyproxy/envoy:v1.31.0\n    resources:\n      limits:\n        memory: 128Mi\ninitContainers:\n  - name: log-shipper\n    image: fluent/fluent-bit:3.1.4\n    restartPolicy: Always\n    resources:\n      limits:\n        memory: 64Mi\n`;
    expect(await shown(k8sRunAsNonRoot, chart(values))).toEqual([]);
    expect(await shown(resourceLimits, chart(values))).toEqual([]);
    const empty = `${MAIN}sidecars: []\ninitContainers: []\n`;
    expect(await shown(k8sRunAsNonRoot, chart(empty))).toEqual([]);
    expect(await shown(resourceLimits, chart(empty))).toEqual([]);
  });

  it('a native sidecar from the values without a limit fails, as in a manifest', async () => {
    const values = `${MAIN}podSecurityContext:\n  runAsNonRoot: true\ninitContainers:\n  - name: log-shipper\n    image: fluent/fluent-bit:3.1.4\n    restartPolicy: Always\n`;
    expect(await shown(resourceLimits, chart(values))).toEqual([
      "chart/values.yaml:13:5 init container 'log-shipper' of Deployment '<release>' (templates/deployment.yaml) has no memory limit; set initContainers[0].resources.limits.memory in the chart's values",
    ]);
  });

  it('an extra container only a production values file adds is judged there (r17)', async () => {
    const files = chart(`${MAIN}extraContainers: []\n`, {
      'chart/values-prod.yaml': 'podSecurityContext:\n  runAsNonRoot: true\nsidecars:\n  - name: cloud-sql-proxy\n    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.4\n',
    });
    expect(await shown(resourceLimits, files)).toEqual([
      "chart/values-prod.yaml:4:5 container 'cloud-sql-proxy' of Deployment '<release>' (templates/deployment.yaml) has no memory limit; set sidecars[0].resources.limits.memory in the chart's values",
    ]);
    expect(await shown(k8sRunAsNonRoot, files)).toEqual([]);
  });

  it('a values list rendered by a range is not read as containers', async () => {
    const files = {
      'chart/Chart.yaml': CHART,
      'chart/values.yaml': MAIN + SIDECARS,
      'chart/templates/deployment.yaml': SIDECARS_TEMPLATE.replace('        {{- with .Values.sidecars }}\n        {{- toYaml . | nindent 8 }}\n        {{- end }}\n', '        {{- range .Values.sidecars }}\n        - name: {{ .name }}\n          image: {{ .image }}\n        {{- end }}\n'),
    };
    expect((await shown(resourceLimits, files)).filter((f) => f.includes('envoy'))).toEqual([]);
  });
});

/** The examiner's r26 chart: a worker Deployment only rendered when `worker.enabled`. */
const WORKER = `{{- if .Values.worker.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: "{{ .Values.worker.image.repository }}:{{ .Values.worker.image.tag }}"
{{- end }}
`;
const WORKER_VALUES = 'image:\n  repository: ghcr.io/acme/api\n  tag: "2.3.1"\nworker:\n  enabled: false\n  image:\n    repository: ghcr.io/acme/worker\n    tag: latest\n';

describe('QA37 containers8 D2: image-tag-pinned judges Helm values images as the chart renders them', () => {
  const failures = async (files: Record<string, string>) => (await shown(imageTagPinned, files)).filter((f) => f.includes('Helm value'));

  it('an image only a template no values file renders is not judged', async () => {
    expect(await failures({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': WORKER_VALUES, 'chart/templates/worker.yaml': WORKER })).toEqual([]);
    // Through a helper that only the disabled template includes, too.
    expect(await failures({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': WORKER_VALUES, 'chart/templates/_helpers.tpl': `{{- define "app.workerImage" -}}\n{{ .Values.worker.image.repository }}:{{ .Values.worker.image.tag }}\n{{- end }}\n`, 'chart/templates/worker.yaml': WORKER.replace(/image: .*/, 'image: {{ include "app.workerImage" . | quote }}') })).toEqual([]);
  });

  it('still fails when a values file enables it, or when a template renders it unconditionally', async () => {
    expect(await failures({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': WORKER_VALUES, 'chart/values-production.yaml': 'worker:\n  enabled: true\n', 'chart/templates/worker.yaml': WORKER })).toEqual([
      "chart/values.yaml:8:10 Helm value worker.image ghcr.io/acme/worker:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    expect(await failures({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': WORKER_VALUES, 'chart/templates/worker.yaml': WORKER.replace('{{- if .Values.worker.enabled }}\n', '').replace('{{- end }}\n', '') })).toEqual([
      "chart/values.yaml:8:10 Helm value worker.image ghcr.io/acme/worker:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    // A helper that a rendered template includes.
    expect(await failures({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': WORKER_VALUES, 'chart/templates/_helpers.tpl': `{{- define "app.workerImage" -}}\n{{ .Values.worker.image.repository }}:{{ .Values.worker.image.tag }}\n{{- end }}\n`, 'chart/templates/worker.yaml': WORKER.replace(/image: .*/, 'image: {{ include "app.workerImage" . | quote }}').replace('{{- if .Values.worker.enabled }}\n', '').replace('{{- end }}\n', '') })).toHaveLength(1);
    // A block inside a disabled `with` of a disabled branch is as disabled; the enabled one is judged.
    const nested = WORKER.replace('        - name: worker\n          image: "{{ .Values.worker.image.repository }}:{{ .Values.worker.image.tag }}"\n', '        {{- with .Values.worker.image }}\n        - name: worker\n          image: "{{ .repository }}:{{ .tag }}"\n        {{- end }}\n');
    expect(await failures({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': WORKER_VALUES, 'chart/templates/worker.yaml': nested })).toEqual([]);
  });

  it('a values.yaml tag that a production values file overrides is a note naming it, as the sibling checks judge it', async () => {
    const base = { 'chart/Chart.yaml': CHART, 'chart/values.yaml': WORKER_VALUES.replace('enabled: false', 'enabled: true'), 'chart/templates/worker.yaml': WORKER };
    expect(await failures({ ...base, 'chart/values-production.yaml': 'worker:\n  image:\n    tag: "3.1.0"\n' })).toEqual([
      "NOTE chart/values.yaml:8:10 Helm value worker.image ghcr.io/acme/worker:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`) (with the chart's values.yaml alone: chart/values-production.yaml overrides it for production)",
    ]);
    // A production values file that leaves the tag alone deploys it: a failure.
    expect(await failures({ ...base, 'chart/values-production.yaml': 'replicaCount: 3\n' })).toEqual([
      "chart/values.yaml:8:10 Helm value worker.image ghcr.io/acme/worker:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    // A non-production values file's override (staging) leaves values.yaml alone as production's: a failure.
    expect(await failures({ ...base, 'chart/values-staging.yaml': 'worker:\n  image:\n    tag: "3.1.0"\n' })).toEqual([
      "chart/values.yaml:8:10 Helm value worker.image ghcr.io/acme/worker:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });
});

describe('QA37 containers8 D3: Helm workloads and containers are named readably, not by their template text', () => {
  it('names the release, the chart, helpers and the template file', async () => {
    const files = {
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'charts/web/values.yaml': 'securityContext: {}\nresources: {}\n',
      'charts/web/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "web.fullname" . }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: "nginx:1.27"\n          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
      'charts/web/templates/worker.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: "nginx:1.27"\n',
    };
    expect((await shown(resourceLimits, files)).map((f) => f.split(' has ')[0])).toEqual([
      "charts/web/templates/worker.yaml:9:11 container 'worker' of Deployment '<release>-worker' (templates/worker.yaml)",
      "charts/web/values.yaml:2:1 container 'web' of Deployment '<fullname>' (templates/deployment.yaml)",
    ]);
  });
});
