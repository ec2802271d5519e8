import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { productionServer } from '../../src/checks/production-server.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';

/** Findings as `[NOTE ]file:line:column message` (the message up to its advice), sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split('; ')[0]}`).sort();
};
const skipped = async (check: CheckDef, files: Record<string, string>) => (await runCase(check, { name: 'x', files })).skipped;

const CHART = 'apiVersion: v2\nname: api\nversion: 1.0.0\nappVersion: "2.0.0"\n';
const chart = (template: string, values: string, extra: Record<string, string> = {}) => ({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': values, 'chart/templates/deployment.yaml': template, ...extra });

/** The examiner's k3b template: `command` and `env` rendered from the values with toYaml below their keys. */
const TOYAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-api
spec:
  template:
    spec:
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          command:
            {{- toYaml .Values.command | nindent 12 }}
          env:
            {{- toYaml .Values.env | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
const K3B = 'image:\n  repository: ghcr.io/acme/api\n  tag: "2.0.0"\nenv:\n  - name: FLASK_DEBUG\n    value: "1"\n  - name: SECRET_KEY\n    value: changeme\ncommand: ["flask", "run", "--host=0.0.0.0"]\nresources:\n  limits:\n    memory: 256Mi\n';

/** `helm create`'s shape: `with` around command/args, extraEnv appended to literal env entries; the container named after the chart. */
const WITH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          {{- with .Values.command }}
          command:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- with .Values.args }}
          args:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          env:
            - name: PORT
              value: "8000"
            {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
`;
const WITH_ENV = WITH.replace(/ {10}env:\n[^]*$/, '          {{- with .Values.env }}\n          env:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n');

describe('QA39 fnhunt5 D2: debug-mode and production-server read the env and command a Helm chart renders from its values', () => {
  it('the examiner\'s k3b: FLASK_DEBUG "1" in values env and flask run as values command fail at the values lines', async () => {
    expect(await shown(debugMode, chart(TOYAML, K3B))).toEqual([
      "chart/values.yaml:6:13 Helm value env[0] (env of container 'api' in chart/templates/deployment.yaml) sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)",
    ]);
    expect(await shown(productionServer, chart(TOYAML, K3B))).toEqual([
      "chart/values.yaml:9:1 container 'api' command (Helm value command, rendered by chart/templates/deployment.yaml) starts a development server: flask run",
    ]);
  });

  it('extraEnv appended to literal entries and `with .Values.env`: DJANGO_DEBUG and NODE_ENV=development fail at their values', async () => {
    const values = 'extraEnv:\n  - name: DJANGO_DEBUG\n    value: "True"\n  - name: NODE_ENV\n    value: development\n';
    expect(await shown(debugMode, chart(WITH, values))).toEqual([
      "chart/values.yaml:3:13 Helm value extraEnv[0] (env of container 'api' in chart/templates/deployment.yaml) sets DJANGO_DEBUG=True, which turns on debug mode (stack traces and settings shown to visitors)",
      "chart/values.yaml:5:12 Helm value extraEnv[1] (env of container 'api' in chart/templates/deployment.yaml) sets NODE_ENV=development, which turns on Node development mode (verbose errors, no view caching)",
    ]);
    expect(await shown(debugMode, chart(WITH_ENV, 'env:\n  - name: DEBUG\n    value: "true"\n'))).toEqual([
      "chart/values.yaml:3:13 Helm value env[0] (env of container 'api' in chart/templates/deployment.yaml) sets DEBUG=true, which turns on debug mode (stack traces and settings shown to visitors)",
    ]);
  });

  it('values command/args: npm run dev as args, python with manage.py runserver as args, gunicorn --reload through a values env', async () => {
    expect(await shown(productionServer, chart(WITH, 'args: ["npm", "run", "dev"]\n', { 'package.json': '{"scripts":{"dev":"next dev","start":"next start"}}' }))).toEqual([
      "chart/values.yaml:1:1 container 'api' args (Helm value args, rendered by chart/templates/deployment.yaml) starts a development server: npm run dev → next dev",
    ]);
    expect(await shown(productionServer, chart(WITH, 'command: ["python"]\nargs: ["manage.py", "runserver", "0.0.0.0:8000"]\n'))).toEqual([
      "chart/values.yaml:1:1 container 'api' command (Helm value command, rendered by chart/templates/deployment.yaml) starts a development server: manage.py runserver",
    ]);
    expect(await shown(productionServer, chart(WITH, 'command: ["gunicorn", "app:app"]\nextraEnv:\n  - name: GUNICORN_CMD_ARGS\n    value: "--reload"\n'))).toEqual([
      "chart/values.yaml:1:1 container 'api' command (Helm value command, rendered by chart/templates/deployment.yaml) starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload\", set by Helm value extraEnv[0] in chart/values.yaml:4)",
    ]);
  });

  it('a values map a range writes entry by entry (`range $k, $v := .Values.env`), merged key by key with values-production.yaml', async () => {
    const ranged = TOYAML.replace('{{- toYaml .Values.env | nindent 12 }}', '{{- range $k, $v := .Values.env }}\n            - name: {{ $k }}\n              value: {{ $v | quote }}\n            {{- end }}');
    const off = 'command: ["gunicorn", "app:app"]\nenv:\n  DEBUG: "false"\n  LOG_LEVEL: info\n';
    expect(await shown(debugMode, chart(ranged, off, { 'chart/values-production.yaml': 'env:\n  DEBUG: "true"\n' }))).toEqual([
      "chart/values-production.yaml:2:11 Helm value env.DEBUG (env of container 'api' in chart/templates/deployment.yaml) sets DEBUG=true, which turns on debug mode (stack traces and settings shown to visitors)",
    ]);
    expect(await shown(debugMode, chart(ranged, off.replace('"false"', '"true"'), { 'chart/values-production.yaml': 'env:\n  DEBUG: "false"\n' }))).toEqual([
      "NOTE chart/values.yaml:3:11 Helm value env.DEBUG (env of container 'api' in chart/templates/deployment.yaml) sets DEBUG=true, which turns on debug mode (stack traces and settings shown to visitors)",
    ]);
    expect(await shown(debugMode, chart(ranged, off))).toEqual([]);
  });

  it('a literal env entry of a chart template names the container as the Kubernetes checks do (`{{ .Chart.Name }}` → the chart\'s name)', async () => {
    const literal = WITH_ENV.replace('          {{- with .Values.env }}', '          env:\n            - name: FLASK_ENV\n              value: development\n          {{- with .Values.env }}').replace(/\n {10}env:\n {12}\{\{- toYaml/, '\n            {{- toYaml');
    expect(await shown(debugMode, chart(literal, 'env: []\n'))).toEqual([
      "chart/templates/deployment.yaml:21:22 container 'api' sets FLASK_ENV=development, which turns on Flask development mode (debugger on)",
    ]);
  });

  it('a subchart rendered with the parent chart\'s values (Bitnami\'s tplvalues.render for extraEnvVars): judged where the parent writes them', async () => {
    const template = TOYAML.replace('{{- toYaml .Values.env | nindent 12 }}', '{{- include "common.tplvalues.render" (dict "value" .Values.extraEnvVars "context" $) | nindent 12 }}');
    const files = {
      'Chart.yaml': 'apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n  - name: api\n    version: 1.0.0\n',
      'values.yaml': 'api:\n  command: ["flask", "run"]\n  extraEnvVars:\n    - name: FLASK_DEBUG\n      value: "true"\n',
      'charts/api/Chart.yaml': CHART, 'charts/api/values.yaml': 'command: ["gunicorn", "app:app"]\nextraEnvVars: []\n', 'charts/api/templates/deployment.yaml': template,
    };
    expect(await shown(debugMode, files)).toEqual(["values.yaml:5:15 Helm value api.extraEnvVars[0] (env of container 'api' in charts/api/templates/deployment.yaml) sets FLASK_DEBUG=true, which turns on Flask debug mode (Werkzeug debugger: remote code execution)"]);
    expect(await shown(productionServer, files)).toEqual(["values.yaml:2:3 container 'api' command (Helm value api.command, rendered by charts/api/templates/deployment.yaml) starts a development server: flask run"]);
  });

  it('a value only values.yaml alone gives, while values-production.yaml sets another, is a note; one production keeps from values.yaml fails', async () => {
    const debug = 'env:\n  - name: FLASK_DEBUG\n    value: "1"\n';
    expect(await shown(debugMode, chart(WITH_ENV, debug, { 'chart/values-production.yaml': 'env:\n  - name: FLASK_DEBUG\n    value: "0"\n' }))).toEqual([
      "NOTE chart/values.yaml:3:13 Helm value env[0] (env of container 'api' in chart/templates/deployment.yaml) sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)",
    ]);
    expect(await shown(debugMode, chart(WITH_ENV, debug, { 'chart/values-production.yaml': 'replicaCount: 3\n' }))).toEqual([
      "chart/values.yaml:3:13 Helm value env[0] (env of container 'api' in chart/templates/deployment.yaml) sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)",
    ]);
    const prod = await shown(productionServer, chart(WITH, 'command: ["flask", "run"]\n', { 'chart/values-production.yaml': 'command: ["gunicorn", "app:app"]\n' }));
    expect(prod).toEqual(["NOTE chart/values.yaml:1:1 container 'api' command (Helm value command, rendered by chart/templates/deployment.yaml) starts a development server: flask run"]);
  });

  it('keeps precision: production values pass, development values files (values-dev.yaml, values-local.yaml) do not fail, a literal template is read once', async () => {
    expect(await shown(debugMode, chart(WITH_ENV, 'env:\n  - name: FLASK_DEBUG\n    value: "0"\n  - name: NODE_ENV\n    value: production\n  - name: DEBUG\n    valueFrom:\n      secretKeyRef: {name: x, key: y}\n'))).toEqual([]);
    expect(await shown(productionServer, chart(WITH, 'command: ["gunicorn", "app:app"]\n'))).toEqual([]);
    const dev = { 'chart/values-dev.yaml': 'env:\n  - name: FLASK_DEBUG\n    value: "1"\ncommand: ["flask", "run"]\n', 'chart/values-local.yaml': 'env:\n  - name: NODE_ENV\n    value: development\n' };
    expect((await shown(debugMode, chart(WITH_ENV, 'env: []\n', dev))).filter((f) => !f.startsWith('NOTE'))).toEqual([]);
    expect((await shown(productionServer, chart(WITH, 'command: ["gunicorn", "app:app"]\n', dev))).filter((f) => !f.startsWith('NOTE'))).toEqual([]);
    // The examiner's control k4: the same command and env written in the template, reported there once.
    const k4 = TOYAML.replace('command:\n            {{- toYaml .Values.command | nindent 12 }}', 'command: ["flask", "run", "--host=0.0.0.0"]').replace('{{- toYaml .Values.env | nindent 12 }}', '- name: FLASK_DEBUG\n              value: "1"');
    expect(await shown(productionServer, chart(k4, K3B))).toEqual(["chart/templates/deployment.yaml:11:11 container 'api' command starts a development server: flask run"]);
    expect(await shown(debugMode, chart(k4, K3B))).toEqual(["chart/templates/deployment.yaml:14:23 container 'api' sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)"]);
  });
});

/** A chart template's Deployment whose container is `body` below its name and image; `pre`/`post` around the document. */
const dep = (body: string, pre = '', post = '') => `${pre}apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}-worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: "{{ .Values.worker.image.repository }}:{{ .Values.worker.image.tag }}"
${body}${post}`;
const probes = (template: string, values = 'worker:\n  image: {repository: ghcr.io/acme/worker, tag: "1.0"}\n', extra: Record<string, string> = {}) => ({ 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n', 'charts/web/values.yaml': values, 'charts/web/templates/worker.yaml': template, ...extra });
const WORKER = "container 'worker' of Deployment '<fullname>-worker' (templates/worker.yaml) has no readinessProbe and no livenessProbe";

describe('QA39 fnhunt5 D3: k8s-probes judges a chart template\'s container that nothing in the template could give probes', () => {
  it('the examiner\'s h1 worker (no probes, no action in the container) fails at its name; actions nested under its keys do not spare it', async () => {
    expect(await shown(k8sProbes, probes(dep('          args: ["celery", "-A", "proj", "worker"]\n')))).toEqual([`charts/web/templates/worker.yaml:9:11 ${WORKER}`]);
    const nested = dep('          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n          resources: {{- toYaml .Values.resources | nindent 12 }}\n        {{- with .Values.sidecars }}\n        {{- toYaml . | nindent 8 }}\n        {{- end }}\n      {{- with .Values.nodeSelector }}\n      nodeSelector:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n');
    expect(await shown(k8sProbes, probes(nested))).toEqual([`charts/web/templates/worker.yaml:9:11 ${WORKER}`]);
  });

  // Stop 42: a probe key rendered from values is read in them (k8s-probes-helm42.test.ts), as resource-limits reads `resources`.
  it('a probe key the template renders from values is read in them, the other probe judged as written', async () => {
    expect(await shown(k8sProbes, probes(dep('          livenessProbe: {{- toYaml .Values.livenessProbe | nindent 12 }}\n')))).toEqual([
      "charts/web/templates/worker.yaml:11:11 container 'worker' of Deployment '<fullname>-worker' (templates/worker.yaml) has no livenessProbe (Helm value livenessProbe is not set in the chart's values)",
      "charts/web/templates/worker.yaml:9:11 container 'worker' of Deployment '<fullname>-worker' (templates/worker.yaml) has no readinessProbe",
    ]);
  });

  it('keeps skipping where a template action could write the probes: an include, a range, a template outside a chart', async () => {
    const reason = /^long-running workloads only in Helm chart templates, which are not judged where a template action may write the probes/;
    // Stop 42: helm create's with-blocks, a with or if at the container's level holding literal keys, and probes rendered from
    // values are judged now (k8s-probes-helm42.test.ts): with these values, which set no probes, they fail.
    const helmCreate = dep('          {{- with .Values.livenessProbe }}\n          livenessProbe:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n          {{- with .Values.readinessProbe }}\n          readinessProbe:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n');
    for (const t of [
      helmCreate,
      dep('          {{- with .Values.volumeMounts }}\n          volumeMounts:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n'),
      dep('          {{- if .Values.probes.enabled }}\n          ports:\n            - containerPort: 80\n          {{- end }}\n'),
      dep('          livenessProbe: {{- toYaml .Values.livenessProbe | nindent 12 }}\n          readinessProbe: {{- toYaml .Values.readinessProbe | nindent 12 }}\n'),
    ]) expect((await shown(k8sProbes, probes(t))).length, t).toBeGreaterThan(0);
    for (const t of [
      dep('          {{- include "web.probes" . | nindent 10 }}\n'),
      dep('          ports:\n            - containerPort: 80\n', '{{- range .Values.workers }}\n---\n', '{{- end }}\n'),
    ]) {
      expect(await shown(k8sProbes, probes(t)), t).toEqual([]);
      expect(await skipped(k8sProbes, probes(t)), t).toMatch(reason);
    }
    expect(await skipped(k8sProbes, { 'deploy/templates/worker.yaml': dep('          ports:\n            - containerPort: 80\n') })).toMatch(reason);
  });

  it('a workload only values.yaml alone renders, or a repository that installs its charts with values not read, gives notes; literal probes pass', async () => {
    const gated = dep('          ports:\n            - containerPort: 80\n', '{{- if .Values.worker.enabled }}\n', '{{- end }}\n');
    expect(await shown(k8sProbes, probes(gated, 'worker:\n  enabled: true\n', { 'charts/web/values-production.yaml': 'worker:\n  enabled: false\n' }))).toEqual([
      `NOTE charts/web/templates/worker.yaml:10:11 ${WORKER}`,
    ]);
    expect(await shown(k8sProbes, probes(gated, 'worker:\n  enabled: false\n', { 'charts/web/values-production.yaml': 'worker:\n  enabled: true\n' }))).toEqual([`charts/web/templates/worker.yaml:10:11 ${WORKER}`]);
    // An install of the chart that passes only what is read changes nothing; one that patches what the chart renders in a way
    // that is not read (a Flux HelmRelease's postRenderers) makes it a note naming that install.
    expect(await shown(k8sProbes, probes(dep(''), undefined, { 'helmfile.yaml': 'releases:\n  - name: web\n    chart: ./charts/web\n' }))).toEqual([`charts/web/templates/worker.yaml:9:11 ${WORKER}`]);
    const flux = 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\nspec:\n  chart:\n    spec:\n      chart: ./charts/web\n      sourceRef:\n        kind: GitRepository\n        name: app\n  postRenderers:\n    - kustomize:\n        patches:\n          - target: {kind: Deployment}\n            patch: |\n              - op: add\n                path: /spec/template/spec/containers/0/livenessProbe\n                value: {tcpSocket: {port: 80}}\n';
    expect(await shown(k8sProbes, probes(dep(''), undefined, { 'clusters/prod/web.yaml': flux }))).toEqual([`NOTE charts/web/templates/worker.yaml:9:11 ${WORKER}`]);
    const literal = dep('          livenessProbe:\n            httpGet: {path: /healthz, port: http}\n          readinessProbe:\n            tcpSocket:\n              port: {{ .Values.port }}\n');
    expect(await shown(k8sProbes, probes(literal))).toEqual([]);
  });
});
