import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { runCase } from '../helpers/check-tester.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
async function shown(check: CheckDef, files: Record<string, string>, options: Record<string, unknown> = {}): Promise<string[]> {
  const out = await runCase(check, { name: 'containers43', files, options });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
}

/** A Dockerfile without USER on `base`, as the examiner wrote them (config copied over a server image). */
const noUser = (base: string) => `FROM ${base}\nCOPY config /etc/app/config\nHEALTHCHECK NONE\n`;
const nonRootOf = (base: string, options: Record<string, unknown> = {}) => shown(dockerfileNonRoot, { Dockerfile: noUser(base) }, options);

// D1: the same Bitnami image from its Amazon ECR Public registry (or another host of Docker Hub) is the image on the list.
describe('QA43 containers12 D1: dockerfile-non-root knows mirrors of a listed non-root image', () => {
  it("Bitnami's ECR Public images and other copies of listed images pass without USER", async () => {
    for (const base of [
      'public.ecr.aws/bitnami/redis:7.2.4', 'public.ecr.aws/bitnami/nginx:1.25.4', 'registry-1.docker.io/bitnami/postgresql:16.2.0',
      'docker.io/bitnamilegacy/redis:7.2.4', 'registry.hub.docker.com/bitnami/mariadb:11.3', 'mirror.gcr.io/grafana/grafana:10.4.2',
      'public.ecr.aws/docker/library/sonarqube:10.5-community', 'public.ecr.aws/nginx/nginx-unprivileged:1.27-alpine',
    ]) expect(await nonRootOf(base), base).toEqual([]);
  });

  it('a mirrored image that is not on the list still fails, and a team glob naming the mirror still matches', async () => {
    expect(await nonRootOf('public.ecr.aws/bitnami/node:20.12.2')).toEqual([expect.stringMatching(/^Dockerfile:1:1 the final stage has no USER, so it runs as /)]);
    expect(await nonRootOf('public.ecr.aws/docker/library/python:3.12-slim')).toEqual(['Dockerfile:1:1 the final stage has no USER, so it runs as root (base image public.ecr.aws/docker/library/python:3.12-slim); add an unprivileged user and end with USER 10001:10001']);
    expect(await nonRootOf('public.ecr.aws/acme/base:1.0', { 'non-root-images': ['public.ecr.aws/acme/**'] })).toEqual([]);
  });
});

// D2: well-known images that set a non-root USER themselves; what the message says about an unknown base; Lambda's base images.
describe('QA43 containers12 D2: dockerfile-non-root says what it knows of the base image', () => {
  it('the examiner\'s non-root application images pass without USER', async () => {
    for (const base of [
      'otel/opentelemetry-collector-contrib:0.100.0', 'ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-contrib:0.100.0',
      'otel/opentelemetry-collector:0.100.0', 'apache/kafka:3.7.0', 'confluentinc/cp-kafka:7.6.1', 'confluentinc/cp-schema-registry:7.6.1',
      'opensearchproject/opensearch:2.13.0', 'quay.io/jupyter/scipy-notebook:2024-04-29', 'jupyter/base-notebook:latest',
      'nodered/node-red:3.1.9', 'mcr.microsoft.com/mssql/server:2022-CU12-ubuntu-22.04',
    ]) expect(await nonRootOf(base), base).toEqual([]);
  });

  it('the tags of those images that run as root still fail (Confluent 5.x, SQL Server 2017, the collector\'s Windows tags)', async () => {
    for (const base of ['confluentinc/cp-kafka:5.5.0', 'mcr.microsoft.com/mssql/server:2017-latest', 'otel/opentelemetry-collector-contrib:0.100.0-windows-2019-amd64']) {
      expect(await nonRootOf(base), base).toEqual([expect.stringMatching(/^Dockerfile:1:1 the final stage has no USER/)]);
    }
  });

  it('a base known to run as root is said to; an unknown base is said to run as its own user, root unless it sets one, and still fails', async () => {
    expect(await nonRootOf('python:3.12-slim')).toEqual(['Dockerfile:1:1 the final stage has no USER, so it runs as root (base image python:3.12-slim); add an unprivileged user and end with USER 10001:10001']);
    expect(await nonRootOf('scratch')).toEqual([expect.stringMatching(/so it runs as root \(base image scratch\)/)]);
    expect(await nonRootOf('registry.access.redhat.com/ubi9/ubi-minimal:9.4')).toEqual([expect.stringMatching(/so it runs as root \(base image/)]);
    const out = await runCase(dockerfileNonRoot, { name: 'internal', files: { Dockerfile: noUser('registry.acme.io/platform/python-base:3.12-2024.05') } });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.note).toBeFalsy();
    expect(out.findings[0]!.message).toBe("the final stage has no USER, so it runs as the base image's user: root unless registry.acme.io/platform/python-base:3.12-2024.05 sets a non-root USER, which Preflight cannot tell; add an unprivileged user and end with USER 10001:10001 (or add the image to option non-root-images if it sets one)");
    expect(out.findings[0]!.message).not.toMatch(/so it runs as root/);
  });

  it('an AWS Lambda base image gives a note (Lambda runs the container as its own user); a production compose service running it fails', async () => {
    for (const base of ['public.ecr.aws/lambda/python:3.12', 'amazon/aws-lambda-nodejs:20']) {
      expect(await nonRootOf(base), base).toEqual([expect.stringMatching(/^NOTE Dockerfile:1:1 the final stage has no USER, and its base image \S+ is an AWS Lambda base image: Lambda runs the function's container as its own least-privileged user whatever the image's USER/)]);
    }
    const compose = 'services:\n  api:\n    build: .\n    ports: ["127.0.0.1:9000:8080"]\n';
    expect(await shown(dockerfileNonRoot, { Dockerfile: noUser('public.ecr.aws/lambda/python:3.12'), 'docker-compose.yml': compose })).toEqual([
      expect.stringMatching(/^Dockerfile:1:1 the final stage has no USER, so it runs as root \(base image public\.ecr\.aws\/lambda\/python:3\.12\)/),
    ]);
  });
});

/** A Bitnami-style chart (the examiner's helm3/helm4): custom…Probe / …Probe.enabled chains and renderSecurityContext switches. */
function bitnamiChart(liveness: 'literal' | 'include', production: string | null): Record<string, string> {
  const elseBranch = liveness === 'literal'
    ? '          livenessProbe:\n            initialDelaySeconds: {{ .Values.livenessProbe.initialDelaySeconds }}\n'
    : '          livenessProbe: {{- include "common.tplvalues.render" (dict "value" (omit .Values.livenessProbe "enabled") "context" $) | nindent 12 }}\n';
  const deployment = [
    'apiVersion: {{ include "common.capabilities.deployment.apiVersion" . }}',
    'kind: Deployment',
    'metadata:',
    '  name: {{ template "common.names.fullname" . }}',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  template:',
    '    spec:',
    '      {{- if .Values.podSecurityContext.enabled }}',
    '      securityContext: {{- include "common.compatibility.renderSecurityContext" (dict "secContext" .Values.podSecurityContext "context" $) | nindent 8 }}',
    '      {{- end }}',
    '      containers:',
    '        - name: myapp',
    '          image: {{ template "myapp.image" . }}',
    '          {{- if .Values.containerSecurityContext.enabled }}',
    '          securityContext: {{- include "common.compatibility.renderSecurityContext" (dict "secContext" .Values.containerSecurityContext "context" $) | nindent 12 }}',
    '          {{- end }}',
    '          ports:',
    '            - name: http',
    '              containerPort: 8080',
    '          {{- if .Values.customLivenessProbe }}',
    '          livenessProbe: {{- include "common.tplvalues.render" (dict "value" .Values.customLivenessProbe "context" $) | nindent 12 }}',
    '          {{- else if .Values.livenessProbe.enabled }}',
    `${elseBranch}            httpGet:\n              path: /healthz\n              port: http`,
    '          {{- end }}',
    '          {{- if .Values.customReadinessProbe }}',
    '          readinessProbe: {{- include "common.tplvalues.render" (dict "value" .Values.customReadinessProbe "context" $) | nindent 12 }}',
    '          {{- else if .Values.readinessProbe.enabled }}',
    '          readinessProbe:',
    '            httpGet:',
    '              path: /ready',
    '              port: http',
    '          {{- end }}',
    '',
  ].join('\n');
  const values = [
    'replicaCount: 2',
    'podSecurityContext:',
    '  enabled: true',
    '  fsGroup: 1001',
    'containerSecurityContext:',
    '  enabled: true',
    '  runAsUser: 1001',
    '  runAsNonRoot: true',
    'livenessProbe:',
    '  enabled: true',
    '  initialDelaySeconds: 30',
    'readinessProbe:',
    '  enabled: true',
    'customLivenessProbe: {}',
    'customReadinessProbe: {}',
    '',
  ].join('\n');
  return {
    'chart/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\n',
    'chart/values.yaml': values,
    'chart/templates/deployment.yaml': deployment,
    ...(production !== null ? { 'chart/values-production.yaml': production } : {}),
  };
}

// D3: an if/else chain none of whose branches a values set selects writes no probe, an unselected helper branch notwithstanding.
describe('QA43 containers12 D3: k8s-probes reads a Bitnami custom…Probe / …Probe.enabled chain', () => {
  const off = 'livenessProbe:\n  enabled: false\n';

  it('values-production.yaml with livenessProbe.enabled: false (customLivenessProbe: {}) fails at the container, naming that file', async () => {
    for (const liveness of ['literal', 'include'] as const) {
      expect(await shown(k8sProbes, bitnamiChart(liveness, off)), liveness).toEqual([
        "chart/templates/deployment.yaml:13:11 container 'myapp' of Deployment '<fullname>' (templates/deployment.yaml) has no livenessProbe (chart/values-production.yaml leaves out the branch of the template that writes it); add it so Kubernetes restarts hung pods",
      ]);
    }
  });

  it('passes when every values set selects a branch: the probe enabled, or a custom probe given (a helper writes it: not judged)', async () => {
    expect(await shown(k8sProbes, bitnamiChart('literal', null))).toEqual([]);
    expect(await shown(k8sProbes, bitnamiChart('literal', 'replicaCount: 3\n'))).toEqual([]);
    expect(await shown(k8sProbes, bitnamiChart('literal', `${off}customLivenessProbe:\n  tcpSocket:\n    port: http\n`))).toEqual([]);
  });
});

// D4: a securityContext left out by a production values file is reported where k8s-probes reports a probe so left out, naming it.
describe('QA43 containers12 D4: k8s-run-as-non-root names the values file that leaves out the securityContext', () => {
  it('containerSecurityContext.enabled: false in values-production.yaml fails at the container, naming that file, not at values.yaml', async () => {
    expect(await shown(k8sRunAsNonRoot, bitnamiChart('literal', 'containerSecurityContext:\n  enabled: false\n'))).toEqual([
      "chart/templates/deployment.yaml:13:11 container 'myapp' of Deployment '<fullname>' (templates/deployment.yaml) is not guaranteed to run as non-root: neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0 (chart/values-production.yaml leaves out the branch of the template that writes the container's securityContext; Helm value podSecurityContext sets neither); set runAsNonRoot: true and a numeric runAsUser in the chart's values (podSecurityContext), or let chart/values-production.yaml keep the branch that writes the container's securityContext",
    ]);
  });

  it('passes without that file, or when the pod sets runAsNonRoot in the production values; a root setting still points at its line', async () => {
    expect(await shown(k8sRunAsNonRoot, bitnamiChart('literal', null))).toEqual([]);
    expect(await shown(k8sRunAsNonRoot, bitnamiChart('literal', 'containerSecurityContext:\n  enabled: false\npodSecurityContext:\n  runAsNonRoot: true\n'))).toEqual([]);
    expect(await shown(k8sRunAsNonRoot, bitnamiChart('literal', 'containerSecurityContext:\n  runAsUser: 0\n  runAsNonRoot: false\n'))).toEqual([
      expect.stringMatching(/^chart\/values-production\.yaml:2:3 container 'myapp' .* runs as root \(container securityContext\.runAsUser: 0/),
    ]);
  });
});
