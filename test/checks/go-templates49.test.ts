import { describe, expect, it } from 'vitest';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { goTemplateStructure } from '../../src/checks/util/code.js';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 49 containers14 D3: a Go-templated manifest outside a Helm chart's templates/ folder (gomplate, consul-template:
// `{{- if .Env.PROBES }}` blocks standing as YAML structure) is a template wherever it is: not judged for what it leaves out,
// as a template outside a chart is not; a manifest whose only action sits inside a scalar value stays a plain manifest.

const GOMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: "ghcr.io/acme/api:{{ .Env.VERSION }}"
          {{- if .Env.PROBES }}
          readinessProbe:
            httpGet: { path: /ready, port: 8080 }
          livenessProbe:
            httpGet: { path: /live, port: 8080 }
          {{- end }}
          {{- template "resources" }}
`;
/** The same container with only a templated image string: valid YAML, a plain manifest. */
const PLAIN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: "ghcr.io/acme/api:{{ .Values.tag }}"
`;
/** A Deployment beside a ConfigMap whose block scalar holds Alertmanager's Go templates: a plain manifest. */
const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: alert-templates
data:
  slack.tmpl: |
    {{ define "slack.title" }}
    {{- if eq .Status "firing" }}FIRING{{ end }}
    {{ end }}
---
${PLAIN.replace('"ghcr.io/acme/api:{{ .Values.tag }}"', 'ghcr.io/acme/api:1.2.3')}`;

const failures = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  return { fails: out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`), skipped: out.skipReason ?? null };
};

describe('a Go-templated manifest outside a chart is judged as a template, whatever its folder', () => {
  for (const dir of ['deploy', 'k8s', 'manifests/prod']) {
    it(`${dir}/api.yaml: no failure for settings it leaves out or writes in a conditional branch`, async () => {
      const files = { [`${dir}/api.yaml`]: GOMPLATE };
      for (const check of [k8sProbes, resourceLimits, k8sRunAsNonRoot]) expect((await failures(check, files)).fails).toEqual([]);
    });
  }

  it('a root setting written literally still fails there', async () => {
    const files = { 'deploy/api.yaml': GOMPLATE.replace('          {{- if .Env.PROBES }}', '          securityContext:\n            runAsUser: 0\n          {{- if .Env.PROBES }}') };
    expect((await failures(k8sRunAsNonRoot, files)).fails).toEqual(['deploy/api.yaml:16']);
  });

  it('a value that is an unquoted action (YAML reads it as a flow mapping) makes it a template too', async () => {
    const files = { 'deploy/api.yaml': PLAIN.replace('"ghcr.io/acme/api:{{ .Values.tag }}"', '{{ .Env.IMAGE }}') };
    expect((await failures(k8sProbes, files)).fails).toEqual([]);
    expect((await failures(resourceLimits, files)).fails).toEqual([]);
  });
});

describe('lookalikes stay plain manifests, judged as today', () => {
  it('only a templated image string value: missing probes, limits and non-root fail', async () => {
    const files = { 'deploy/api.yaml': PLAIN };
    for (const check of [k8sProbes, resourceLimits, k8sRunAsNonRoot]) expect((await failures(check, files)).fails).toEqual(['deploy/api.yaml:9']);
  });

  it('Go templates inside a ConfigMap block scalar: the Deployment beside it is judged', async () => {
    const files = { 'k8s/app.yaml': CONFIGMAP };
    for (const check of [k8sProbes, resourceLimits, k8sRunAsNonRoot]) expect((await failures(check, files)).fails).toEqual(['k8s/app.yaml:19']);
  });

  it('goTemplateStructure reads structure, not scalars, comments or GitHub expressions', () => {
    expect(goTemplateStructure(GOMPLATE)).toBe(true);
    expect(goTemplateStructure('a:\n  b: {{ .X }}\n')).toBe(true);
    expect(goTemplateStructure('a:\n  - {{ .X }}\n')).toBe(true);
    expect(goTemplateStructure('image: {{ .Image }}:{{ .Tag }}\n')).toBe(true);
    expect(goTemplateStructure(PLAIN)).toBe(false);
    expect(goTemplateStructure(CONFIGMAP)).toBe(false);
    expect(goTemplateStructure('# {{- if .X }}\na: 1\n')).toBe(false);
    expect(goTemplateStructure('steps:\n  - run: echo ${{ github.sha }}\n    with: ${{ env.X }}\n')).toBe(false);
    expect(goTemplateStructure('image: app:{{ .Tag }}\n')).toBe(false);
  });
});
