import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';

/** Findings as `[NOTE ]file:line:column message` (the message up to its advice), sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split('; ')[0]}`).sort();
};

const CHART = 'apiVersion: v2\nname: orders\nversion: 0.3.1\nappVersion: "1.8.2"\n';
const chart = (template: string, values: string, extra: Record<string, string> = {}) => ({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': values, 'chart/templates/deployment.yaml': template, ...extra });

/** The examiner's helm-scalar template (helm create's shape): env entries whose `value` is one values path. */
const env = (entries: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "orders.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          env:
${entries}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
const SCALAR = env(`            - name: ASPNETCORE_ENVIRONMENT
              value: {{ .Values.aspnetcoreEnvironment | quote }}
            - name: NODE_ENV
              value: {{ .Values.nodeEnv }}
            - name: FLASK_DEBUG
              value: {{ .Values.flaskDebug | quote }}
            - name: ConnectionStrings__Orders
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.database.existingSecret }}
                  key: conn`);
const VALUES = 'image:\n  repository: ghcr.io/acme/orders-api\n  tag: ""\nreplicaCount: 1\naspnetcoreEnvironment: Development\nnodeEnv: development\nflaskDebug: "1"\ndatabase:\n  existingSecret: orders-db\n';
const PROD = 'replicaCount: 3\nimage:\n  tag: "1.8.2"\n';
const via = "(env of container 'orders' in chart/templates/deployment.yaml)";

describe('QA43 fullrepos22 D2: a Helm env `value:` that is one values path is read as the values render it', () => {
  it('the examiner\'s helm-scalar: values.yaml (kept by values-production.yaml) sets the switches: each fails at its values line', async () => {
    expect(await shown(debugMode, chart(SCALAR, VALUES, { 'chart/values-production.yaml': PROD }))).toEqual([
      `chart/values.yaml:5:24 Helm value aspnetcoreEnvironment ${via} sets ASPNETCORE_ENVIRONMENT=Development, which turns on ASP.NET Core developer exception page`,
      `chart/values.yaml:6:10 Helm value nodeEnv ${via} sets NODE_ENV=development, which turns on Node development mode (verbose errors, no view caching)`,
      `chart/values.yaml:7:14 Helm value flaskDebug ${via} sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)`,
    ]);
  });

  it('the examiner\'s aspnet-tpl: only values-production.yaml sets Development: it fails there; values.yaml\'s Production passes', async () => {
    const values = 'image:\n  repository: ghcr.io/acme/orders-api\naspnetcoreEnvironment: Production\n';
    const template = env('            - name: ASPNETCORE_ENVIRONMENT\n              value: {{ .Values.aspnetcoreEnvironment | quote }}');
    expect(await shown(debugMode, chart(template, values, { 'chart/values-production.yaml': `${PROD}aspnetcoreEnvironment: Development\n` }))).toEqual([
      `chart/values-production.yaml:4:24 Helm value aspnetcoreEnvironment ${via} sets ASPNETCORE_ENVIRONMENT=Development, which turns on ASP.NET Core developer exception page`,
    ]);
    expect(await shown(debugMode, chart(template, values, { 'chart/values-production.yaml': PROD }))).toEqual([]);
  });

  it('values.yaml\'s Development that values-production.yaml overrides with Production is a note naming it', async () => {
    const template = env('            - name: ASPNETCORE_ENVIRONMENT\n              value: {{ .Values.aspnetcoreEnvironment | quote }}');
    expect(await shown(debugMode, chart(template, 'aspnetcoreEnvironment: Development\n', { 'chart/values-production.yaml': 'aspnetcoreEnvironment: Production\n' }))).toEqual([
      `NOTE chart/values.yaml:1:24 Helm value aspnetcoreEnvironment ${via} sets ASPNETCORE_ENVIRONMENT=Development, which turns on ASP.NET Core developer exception page`,
    ]);
  });

  it('a value not set, or set only in a development values file (values-dev.yaml, values-local.yaml), does not fail', async () => {
    const template = env('            - name: NODE_ENV\n              value: {{ .Values.nodeEnv | quote }}\n            - name: FLASK_DEBUG\n              value: {{ .Values.flaskDebug }}');
    expect(await shown(debugMode, chart(template, 'image:\n  repository: x\n'))).toEqual([]);
    for (const dev of ['values-dev.yaml', 'values-local.yaml']) {
      expect(await shown(debugMode, chart(template, 'nodeEnv: production\n', { [`chart/${dev}`]: 'nodeEnv: development\nflaskDebug: "1"\n' }))).toEqual([]);
    }
  });

  it('`default "…"`: the default when the values leave the path unset (at the template), the values\' own value otherwise', async () => {
    const line = (pipe: string) => env(`            - name: NODE_ENV\n              value: {{ .Values.nodeEnv${pipe} }}`);
    expect(await shown(debugMode, chart(line(' | default "production" | quote'), 'replicaCount: 1\n'))).toEqual([]);
    expect(await shown(debugMode, chart(line(' | default "development"'), 'replicaCount: 1\n'))).toEqual([
      `chart/templates/deployment.yaml:16:22 Helm value nodeEnv's default ${via} sets NODE_ENV=development, which turns on Node development mode (verbose errors, no view caching)`,
    ]);
    expect(await shown(debugMode, chart(line(' | default "development"'), 'nodeEnv: production\n'))).toEqual([]);
    expect(await shown(debugMode, chart(line(' | default "production" | squote'), 'nodeEnv: development\n'))).toEqual([
      `chart/values.yaml:1:10 Helm value nodeEnv ${via} sets NODE_ENV=development, which turns on Node development mode (verbose errors, no view caching)`,
    ]);
    expect(await shown(debugMode, chart(env('            - name: FLASK_DEBUG\n              value: {{ .Values.app.debug | toString | quote }}'), 'app:\n  debug: 1\n'))).toEqual([
      `chart/values.yaml:2:10 Helm value app.debug ${via} sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)`,
    ]);
  });

  it('an entry in a branch no values set renders, or written per item of a range, is not read', async () => {
    const branch = env('            {{- if .Values.debug.enabled }}\n            - name: FLASK_DEBUG\n              value: {{ .Values.debug.flag | quote }}\n            {{- end }}');
    expect(await shown(debugMode, chart(branch, 'debug:\n  enabled: false\n  flag: "1"\n'))).toEqual([]);
    expect(await shown(debugMode, chart(branch, 'debug:\n  enabled: true\n  flag: "1"\n'))).toEqual([
      `chart/values.yaml:3:10 Helm value debug.flag ${via} sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)`,
    ]);
    const ranged = env('            {{- range .Values.workers }}\n            - name: NODE_ENV\n              value: {{ $.Values.nodeEnv }}\n            {{- end }}');
    expect(await shown(debugMode, chart(ranged, 'workers: [a]\nnodeEnv: development\n'))).toEqual([]);
  });

  it('a subchart\'s value set by the parent chart\'s values file is judged where the parent writes it', async () => {
    const template = env('            - name: NODE_ENV\n              value: {{ .Values.nodeEnv | quote }}');
    const files = {
      'Chart.yaml': 'apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n  - name: orders\n    version: 0.3.1\n',
      'values.yaml': 'orders:\n  nodeEnv: development\n',
      'charts/orders/Chart.yaml': CHART, 'charts/orders/values.yaml': 'nodeEnv: production\n', 'charts/orders/templates/deployment.yaml': template,
    };
    expect(await shown(debugMode, files)).toEqual([
      "values.yaml:2:12 Helm value orders.nodeEnv (env of container 'orders' in charts/orders/templates/deployment.yaml) sets NODE_ENV=development, which turns on Node development mode (verbose errors, no view caching)",
    ]);
  });

  it('the deploy environment the CORS and cookie checks read holds it too (the shared configEnv reader)', async () => {
    const template = env('            - name: CORS_ALLOWED_ORIGINS\n              value: {{ .Values.cors.origins | quote }}\n            - name: SESSION_COOKIE_SECURE\n              value: {{ .Values.cookies.secure | quote }}');
    const values = 'cors:\n  origins: "*"\ncookies:\n  secure: false\n';
    expect(await shown(corsWildcard, chart(template, values))).toEqual(['chart/values.yaml:2:12 CORS_ALLOWED_ORIGINS=* allows any origin']);
    expect((await shown(cookieFlags, chart(template, values))).map((f) => f.replace(/ (?:sends|makes).*$/, ''))).toEqual(['chart/values.yaml:4:11 SESSION_COOKIE_SECURE=false']);
    // Only values.yaml alone gives it, values-production.yaml restricts it: a note.
    expect(await shown(corsWildcard, chart(template, values, { 'chart/values-production.yaml': 'cors:\n  origins: https://app.example.com\n' }))).toEqual(['NOTE chart/values.yaml:2:12 CORS_ALLOWED_ORIGINS=* allows any origin (development-only']);
  });
});
