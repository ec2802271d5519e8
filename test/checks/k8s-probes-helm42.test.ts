import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';

/**
 * Stop 42 (containers11, doc'd limitation 1): k8s-probes skipped every chart `helm create` makes, because the container holds
 * `{{- with .Values.volumeMounts }}` … `{{- end }}` at its level. A block that writes only a literal key cannot write the
 * probes, and the probes the template renders from the values (`livenessProbe:` / `{{- toYaml .Values.livenessProbe | nindent 12 }}`)
 * are read in the values sets the chart is installed with, as resource-limits and k8s-run-as-non-root read `resources` and
 * `securityContext`.
 */

/** Findings as `[NOTE ]file:line:column message` (the message up to its advice), sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split('; ')[0]}`).sort();
};
const skipped = async (check: CheckDef, files: Record<string, string>) => (await runCase(check, { name: 'x', files })).skipped;

// `helm create web` (Helm 3.14+), as it writes the chart.
const CHART_YAML = `apiVersion: v2
name: web
description: A Helm chart for Kubernetes

# A chart can be either an 'application' or a 'library' chart.
#
# Application charts are a collection of templates that can be packaged into versioned archives
# to be deployed.
#
# Library charts provide useful utilities or functions for the chart developer. They're included as
# a dependency of application charts to inject those utilities and functions into the rendering
# pipeline. Library charts do not define any templates and therefore cannot be deployed.
type: application

# This is the chart version. This version number should be incremented each time you make changes
# to the chart and its templates, including the app version.
# Versions are expected to follow Semantic Versioning (https://semver.org/)
version: 0.1.0

# This is the version number of the application being deployed. This version number should be
# incremented each time you make changes to the application. Versions are not expected to
# follow Semantic Versioning. They should reflect the version the application is using.
# It is recommended to use it with quotes.
appVersion: "1.16.0"
`;

const VALUES = `# Default values for web.
# This is a YAML-formatted file.
# Declare variables to be passed into your templates.

replicaCount: 1

image:
  repository: nginx
  pullPolicy: IfNotPresent
  # Overrides the image tag whose default is the chart appVersion.
  tag: ""

imagePullSecrets: []
nameOverride: ""
fullnameOverride: ""

serviceAccount:
  # Specifies whether a service account should be created
  create: true
  # Automatically mount a ServiceAccount's API credentials?
  automount: true
  # Annotations to add to the service account
  annotations: {}
  # The name of the service account to use.
  # If not set and create is true, a name is generated using the fullname template
  name: ""

podAnnotations: {}
podLabels: {}

podSecurityContext: {}
  # fsGroup: 2000

securityContext: {}
  # capabilities:
  #   drop:
  #   - ALL
  # readOnlyRootFilesystem: true
  # runAsNonRoot: true
  # runAsUser: 1000

service:
  type: ClusterIP
  port: 80

ingress:
  enabled: false
  className: ""
  annotations: {}
    # kubernetes.io/ingress.class: nginx
    # kubernetes.io/tls-acme: "true"
  hosts:
    - host: chart-example.local
      paths:
        - path: /
          pathType: ImplementationSpecific
  tls: []
  #  - secretName: chart-example-tls
  #    hosts:
  #      - chart-example.local

resources: {}
  # We usually recommend not to specify default resources and to leave this as a conscious
  # choice for the user. This also increases chances charts run on environments with little
  # resources, such as Minikube. If you do want to specify resources, uncomment the following
  # lines, adjust them as necessary, and remove the curly braces after 'resources:'.
  # limits:
  #   cpu: 100m
  #   memory: 128Mi
  # requests:
  #   cpu: 100m
  #   memory: 128Mi

livenessProbe:
  httpGet:
    path: /
    port: http
readinessProbe:
  httpGet:
    path: /
    port: http

autoscaling:
  enabled: false
  minReplicas: 1
  maxReplicas: 100
  targetCPUUtilizationPercentage: 80
  # targetMemoryUtilizationPercentage: 80

# Additional volumes on the output Deployment definition.
volumes: []
# - name: foo
#   secret:
#     secretName: mysecret
#     optional: false

# Additional volumeMounts on the output Deployment definition.
volumeMounts: []
# - name: foo
#   mountPath: "/etc/foo"
#   readOnly: true

nodeSelector: {}

tolerations: []

affinity: {}
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "web.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      labels:
        {{- include "web.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      serviceAccountName: {{ include "web.serviceAccountName" . }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
              protocol: TCP
          livenessProbe:
            {{- toYaml .Values.livenessProbe | nindent 12 }}
          readinessProbe:
            {{- toYaml .Values.readinessProbe | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          {{- with .Values.volumeMounts }}
          volumeMounts:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      {{- with .Values.volumes }}
      volumes:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
`;

const HELPERS = `{{/*
Expand the name of the chart.
*/}}
{{- define "web.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Create a default fully qualified app name.
We truncate at 63 chars because some Kubernetes name fields are limited to this (by the DNS naming spec).
If release name contains chart name it will be used as a full name.
*/}}
{{- define "web.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Create chart name and version as used by the chart label.
*/}}
{{- define "web.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels
*/}}
{{- define "web.labels" -}}
helm.sh/chart: {{ include "web.chart" . }}
{{ include "web.selectorLabels" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels
*/}}
{{- define "web.selectorLabels" -}}
app.kubernetes.io/name: {{ include "web.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Create the name of the service account to use
*/}}
{{- define "web.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "web.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
      name: http
  selector:
    {{- include "web.selectorLabels" . | nindent 4 }}
`;

const SERVICE_ACCOUNT = `{{- if .Values.serviceAccount.create -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "web.serviceAccountName" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
  {{- with .Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
{{- end }}
`;

const HPA = `{{- if .Values.autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "web.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    {{- if .Values.autoscaling.targetCPUUtilizationPercentage }}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage }}
    {{- end }}
    {{- if .Values.autoscaling.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetMemoryUtilizationPercentage }}
    {{- end }}
{{- end }}
`;

const TEST_CONNECTION = `apiVersion: v1
kind: Pod
metadata:
  name: "{{ include "web.fullname" . }}-test-connection"
  labels:
    {{- include "web.labels" . | nindent 4 }}
  annotations:
    "helm.sh/hook": test
spec:
  containers:
    - name: wget
      image: busybox
      command: ['wget']
      args: ['{{ include "web.fullname" . }}:{{ .Values.service.port }}']
  restartPolicy: Never
`;

/** The chart `helm create web` writes under `charts/web/`, with `extra` files added or replaced (`values.yaml`, `templates/…`). */
const helmCreate = (extra: Record<string, string | null> = {}): Record<string, string> => {
  const files: Record<string, string | null> = {
    'Chart.yaml': CHART_YAML,
    'values.yaml': VALUES,
    '.helmignore': '.DS_Store\n.git/\n*.swp\n',
    'templates/_helpers.tpl': HELPERS,
    'templates/deployment.yaml': DEPLOYMENT,
    'templates/service.yaml': SERVICE,
    'templates/serviceaccount.yaml': SERVICE_ACCOUNT,
    'templates/hpa.yaml': HPA,
    'templates/NOTES.txt': '1. Get the application URL by running these commands:\n',
    'templates/tests/test-connection.yaml': TEST_CONNECTION,
    ...extra,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== null).map(([k, v]) => [`charts/web/${k}`, v]));
};

/** values.yaml with both probes left out (a chart that dropped helm create's defaults). */
const NO_PROBES = VALUES.replace(/^livenessProbe:\n(?: {2}.*\n)+readinessProbe:\n(?: {2}.*\n)+/m, '');
/** The container as `helm create` writes it: its `name:` at line 34, its probe keys at 43 and 45. */
const CONTAINER = "container 'web' of Deployment '<fullname>' (templates/deployment.yaml)";

/** The deployment of later `helm create` versions: every optional block in a `with`, the probes too. */
const WITH_PROBES = DEPLOYMENT.replace(
  '          livenessProbe:\n            {{- toYaml .Values.livenessProbe | nindent 12 }}\n          readinessProbe:\n            {{- toYaml .Values.readinessProbe | nindent 12 }}\n',
  '          {{- with .Values.livenessProbe }}\n          livenessProbe:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n          {{- with .Values.readinessProbe }}\n          readinessProbe:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n',
);

describe('stop 42: k8s-probes judges the charts helm create makes', () => {
  it('the chart as helm create writes it is judged and passes: its probes come from values.yaml; the volumeMounts with-block cannot write them', async () => {
    expect(NO_PROBES).not.toMatch(/Probe/);
    expect(WITH_PROBES).toMatch(/with \.Values\.livenessProbe/);
    const out = await runCase(k8sProbes, { name: 'x', files: helmCreate() });
    expect(out.error).toBeUndefined();
    expect(out.skipped).toBeUndefined();
    expect(out.findings).toEqual([]);
    // A values-prod.yaml as production installs it (the examiner's h1) changes nothing.
    const prod = 'replicaCount: 3\npodSecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 512Mi\n';
    expect(await skipped(k8sProbes, helmCreate({ 'values-prod.yaml': prod }))).toBeUndefined();
    expect(await shown(k8sProbes, helmCreate({ 'values-prod.yaml': prod }))).toEqual([]);
  });

  it('resource-limits and k8s-run-as-non-root judge the same chart (no such skip): helm create\'s empty blocks in values.yaml', async () => {
    expect(await skipped(resourceLimits, helmCreate())).toBeUndefined();
    expect(await skipped(k8sRunAsNonRoot, helmCreate())).toBeUndefined();
    expect(await shown(resourceLimits, helmCreate())).toEqual([`charts/web/values.yaml:62:1 ${CONTAINER} has no memory limit (Helm value resources is empty, \`resources: {}\` as helm create writes it)`]);
    expect((await shown(k8sRunAsNonRoot, helmCreate())).map((f) => f.split(' ')[0])).toEqual(['charts/web/values.yaml:34:1']);
  });

  it('a production values file that removes a probe (`livenessProbe: null`) fails at that line, naming the file', async () => {
    const prod = 'replicaCount: 3\nlivenessProbe: null\n';
    expect(await shown(k8sProbes, helmCreate({ 'values-prod.yaml': prod }))).toEqual([
      `charts/web/values-prod.yaml:2:1 ${CONTAINER} has no livenessProbe (Helm value livenessProbe: null in charts/web/values-prod.yaml removes it)`,
    ]);
    // Both: one finding, at the first null.
    expect(await shown(k8sProbes, helmCreate({ 'values-production.yaml': 'readinessProbe: null\nlivenessProbe: null\n' }))).toEqual([
      `charts/web/values-production.yaml:1:1 ${CONTAINER} has no readinessProbe (Helm value readinessProbe: null in charts/web/values-production.yaml removes it)`,
      `charts/web/values-production.yaml:2:1 ${CONTAINER} has no livenessProbe (Helm value livenessProbe: null in charts/web/values-production.yaml removes it)`,
    ]);
    // A development values file is no production install.
    expect(await shown(k8sProbes, helmCreate({ 'values-dev.yaml': 'livenessProbe: null\n' }))).toEqual([]);
  });

  it('`livenessProbe: {}` empties a probe only where nothing under it gives one: Helm merges a map over values.yaml\'s, keeping its httpGet', async () => {
    // helm install -f values-prod.yaml merges `{}` over `{httpGet: …}`: the probe keeps its handler.
    expect(await shown(k8sProbes, helmCreate({ 'values-prod.yaml': 'livenessProbe: {}\n' }))).toEqual([]);
    // values.yaml without probes: values-prod.yaml's `{}` renders `livenessProbe: {}`, which has no handler (the API server rejects
    // it); what values.yaml alone renders, which production does not install, is a note.
    expect(await shown(k8sProbes, helmCreate({ 'values.yaml': NO_PROBES, 'values-prod.yaml': 'livenessProbe: {}\nreadinessProbe:\n  tcpSocket:\n    port: http\n' }))).toEqual([
      `NOTE charts/web/templates/deployment.yaml:45:11 ${CONTAINER} has no readinessProbe (Helm value readinessProbe is not set in the chart's values)`,
      `NOTE charts/web/templates/deployment.yaml:43:11 ${CONTAINER} has no livenessProbe (Helm value livenessProbe is not set in the chart's values)`,
      `charts/web/values-prod.yaml:1:1 ${CONTAINER} has no livenessProbe (Helm value livenessProbe is empty in charts/web/values-prod.yaml)`,
    ].sort());
    // values.yaml's own `readinessProbe: {}` fails there; one a production values file replaces is a note naming that file.
    const empty = VALUES.replace('readinessProbe:\n  httpGet:\n    path: /\n    port: http\n', 'readinessProbe: {}\n');
    expect(await shown(k8sProbes, helmCreate({ 'values.yaml': empty }))).toEqual([`charts/web/values.yaml:78:1 ${CONTAINER} has no readinessProbe (Helm value readinessProbe is empty in charts/web/values.yaml)`]);
    const out = await runCase(k8sProbes, { name: 'x', files: helmCreate({ 'values.yaml': empty, 'values-production.yaml': 'readinessProbe:\n  httpGet:\n    path: /ready\n    port: http\n' }) });
    expect(out.findings.map((f) => [f.file, f.line, f.note])).toEqual([['charts/web/values.yaml', 78, true]]);
    expect(out.findings[0]!.message).toMatch(/only with the chart's values\.yaml alone: charts\/web\/values-production\.yaml, which production installs, overrides it\)$/);
  });

  it('a probe the values leave with timings only has no handler, at the values that decide', async () => {
    expect(await shown(k8sProbes, helmCreate({ 'values-prod.yaml': 'readinessProbe:\n  httpGet: null\n  periodSeconds: 5\n' }))).toEqual([
      `charts/web/values-prod.yaml:1:1 ${CONTAINER} has no readinessProbe (Helm value readinessProbe in charts/web/values-prod.yaml has no handler: httpGet, tcpSocket, exec or grpc)`,
    ]);
    // Another handler in its place is a probe.
    expect(await shown(k8sProbes, helmCreate({ 'values-prod.yaml': 'readinessProbe:\n  httpGet: null\n  tcpSocket:\n    port: http\n' }))).toEqual([]);
  });

  it('values that set no probe fail at the template\'s keys; an install that gives the probe in values not read makes it a note', async () => {
    expect(await shown(k8sProbes, helmCreate({ 'values.yaml': NO_PROBES }))).toEqual([
      `charts/web/templates/deployment.yaml:43:11 ${CONTAINER} has no livenessProbe (Helm value livenessProbe is not set in the chart's values)`,
      `charts/web/templates/deployment.yaml:45:11 ${CONTAINER} has no readinessProbe (Helm value readinessProbe is not set in the chart's values)`,
    ]);
    const helmfile = 'releases:\n  - name: web\n    chart: ./charts/web\n    values:\n      - livenessProbe:\n          tcpSocket: {port: http}\n        readinessProbe:\n          tcpSocket: {port: http}\n';
    expect(await shown(k8sProbes, { ...helmCreate({ 'values.yaml': NO_PROBES }), 'helmfile.yaml': helmfile })).toEqual([
      `NOTE charts/web/templates/deployment.yaml:43:11 ${CONTAINER} has no livenessProbe (Helm value livenessProbe is not set in the chart's values)`,
      `NOTE charts/web/templates/deployment.yaml:45:11 ${CONTAINER} has no readinessProbe (Helm value readinessProbe is not set in the chart's values)`,
    ]);
  });

  it('later helm create versions: the probes in with-blocks are read the same way', async () => {
    expect(await shown(k8sProbes, helmCreate({ 'templates/deployment.yaml': WITH_PROBES }))).toEqual([]);
    expect(await skipped(k8sProbes, helmCreate({ 'templates/deployment.yaml': WITH_PROBES }))).toBeUndefined();
    expect(await shown(k8sProbes, helmCreate({ 'templates/deployment.yaml': WITH_PROBES, 'values-prod.yaml': 'livenessProbe: null\n' }))).toEqual([
      `charts/web/values-prod.yaml:1:1 ${CONTAINER} has no livenessProbe (Helm value livenessProbe: null in charts/web/values-prod.yaml removes it)`,
    ]);
    // No probe in the values: the with-blocks render none, reported at the container's name.
    expect(await shown(k8sProbes, helmCreate({ 'templates/deployment.yaml': WITH_PROBES, 'values.yaml': NO_PROBES }))).toEqual([
      `charts/web/templates/deployment.yaml:34:11 ${CONTAINER} has no readinessProbe and no livenessProbe (Helm values readinessProbe and livenessProbe are not set in the chart's values)`,
    ]);
    // `livenessProbe: {}` in values.yaml: the with-block renders nothing, reported at that value.
    expect(await shown(k8sProbes, helmCreate({ 'templates/deployment.yaml': WITH_PROBES, 'values.yaml': VALUES.replace('livenessProbe:\n  httpGet:\n    path: /\n    port: http\n', 'livenessProbe: {}\n') }))).toEqual([
      `charts/web/values.yaml:74:1 ${CONTAINER} has no livenessProbe (Helm value livenessProbe is empty in charts/web/values.yaml)`,
    ]);
  });

  it('literal probes in a branch a production values file leaves out fail, naming that file', async () => {
    const gated = DEPLOYMENT.replace(
      '          livenessProbe:\n            {{- toYaml .Values.livenessProbe | nindent 12 }}\n          readinessProbe:\n            {{- toYaml .Values.readinessProbe | nindent 12 }}\n',
      '          {{- if .Values.probes.enabled }}\n          livenessProbe:\n            httpGet:\n              path: {{ .Values.probes.path }}\n              port: http\n          readinessProbe:\n            tcpSocket:\n              port: http\n          {{- end }}\n',
    );
    const values = `${NO_PROBES}probes:\n  enabled: true\n  path: /healthz\n`;
    expect(await shown(k8sProbes, helmCreate({ 'templates/deployment.yaml': gated, 'values.yaml': values }))).toEqual([]);
    expect(await shown(k8sProbes, helmCreate({ 'templates/deployment.yaml': gated, 'values.yaml': values, 'values-production.yaml': 'probes:\n  enabled: false\n' }))).toEqual([
      `charts/web/templates/deployment.yaml:34:11 ${CONTAINER} has no readinessProbe and no livenessProbe (charts/web/values-production.yaml leaves out the branch of the template that writes them)`,
    ]);
  });

  it('keeps precision: a block at the container\'s level that may write keys, a helper\'s probes, a range are still not judged', async () => {
    const reason = /^long-running workloads only in Helm chart templates, which are not judged where a template action may write the probes/;
    const swap = (to: string) => helmCreate({ 'values.yaml': NO_PROBES, 'templates/deployment.yaml': DEPLOYMENT.replace('          {{- with .Values.volumeMounts }}\n          volumeMounts:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n', to) });
    for (const block of [
      // A with-block that renders values straight into the container (`extraContainerConfig: {livenessProbe: …}`).
      '          {{- with .Values.extraContainerConfig }}\n          {{- toYaml . | nindent 10 }}\n          {{- end }}\n',
      // An if/else whose else includes a helper at the container's level.
      '          {{- if .Values.volumeMounts }}\n          volumeMounts:\n            {{- toYaml .Values.volumeMounts | nindent 12 }}\n          {{- else }}\n          {{- include "web.probes" . | nindent 10 }}\n          {{- end }}\n',
      // A range at the container's level (its body written once per item).
      '          {{- range .Values.lifecycleHooks }}\n          lifecycle:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n',
    ]) {
      expect(await shown(k8sProbes, swap(block)), block).toEqual([]);
      expect(await skipped(k8sProbes, swap(block)), block).toMatch(reason);
    }
    // A probe a helper writes is not judged; the other, from the values, is.
    const helper = helmCreate({ 'values.yaml': NO_PROBES, 'templates/deployment.yaml': DEPLOYMENT.replace('{{- toYaml .Values.livenessProbe | nindent 12 }}', '{{- include "web.livenessProbe" . | nindent 12 }}') });
    expect(await shown(k8sProbes, helper)).toEqual([`charts/web/templates/deployment.yaml:45:11 ${CONTAINER} has no readinessProbe (Helm value readinessProbe is not set in the chart's values)`]);
    // A literal handler beside a helper (Bitnami's `livenessProbe: {{- include … | nindent 12 }}` over `tcpSocket:`) is a probe.
    const bitnami = DEPLOYMENT.replace('          livenessProbe:\n            {{- toYaml .Values.livenessProbe | nindent 12 }}\n', '          livenessProbe: {{- include "web.probeTimings" . | nindent 12 }}\n            tcpSocket:\n              port: http\n')
      .replace('{{- toYaml .Values.readinessProbe | nindent 12 }}', '{{- include "web.readinessProbe" . | nindent 12 }}');
    expect(await skipped(k8sProbes, helmCreate({ 'values.yaml': NO_PROBES, 'templates/deployment.yaml': bitnami }))).toBeUndefined();
    expect(await shown(k8sProbes, helmCreate({ 'values.yaml': NO_PROBES, 'templates/deployment.yaml': bitnami }))).toEqual([]);
  });
});
