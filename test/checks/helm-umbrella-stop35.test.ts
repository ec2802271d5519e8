import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { helmValueOrigin, helmValueSets, type HelmRepo } from '../../src/repo/prerender.js';
import { parseYaml } from '../../src/repo/yaml.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
/** The failures only, as `file:line:column`. */
const failures = async (check: CheckDef, files: Record<string, string>) =>
  (await shown(check, files)).filter((f) => !f.startsWith('NOTE')).map((f) => f.split(' ')[0]);

const PARENT = 'apiVersion: v2\nname: platform\nversion: 1.0.0\ndependencies:\n  - name: api\n    version: 0.1.0\n    repository: file://charts/api\n';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-api
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:4.2.0
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
/** The examiner's repro (sweep2b r1): the subchart is hardened in the parent's values.yaml. */
const umbrella = (extra: Record<string, string> = {}, parentChart = PARENT): Record<string, string> => ({
  'chart/Chart.yaml': parentChart,
  'chart/values.yaml': 'api:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  resources:\n    limits:\n      memory: 512Mi\n',
  'chart/charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
  'chart/charts/api/values.yaml': 'replicaCount: 1\nsecurityContext: {}\nresources: {}\n',
  'chart/charts/api/templates/deployment.yaml': DEPLOYMENT,
  ...extra,
});

describe('QA35 sweep2b R1: a parent chart values file is merged over the parent values.yaml for a subchart', () => {
  it('repro: a production file that only sets replicas leaves the hardening of the parent values.yaml (no failure)', async () => {
    const files = umbrella({ 'chart/values-production.yaml': 'api:\n  replicaCount: 3\n' });
    expect(await failures(k8sRunAsNonRoot, files)).toEqual([]);
    expect(await failures(resourceLimits, files)).toEqual([]);
  });

  it('so does any other values file of the parent (values-staging.yaml)', async () => {
    const files = umbrella({ 'chart/values-staging.yaml': 'api:\n  replicaCount: 2\n' });
    expect(await failures(k8sRunAsNonRoot, files)).toEqual([]);
    expect(await failures(resourceLimits, files)).toEqual([]);
  });

  it('a production file that sets a root user for the subchart fails at that line (merged over runAsNonRoot of values.yaml)', async () => {
    const files = umbrella({ 'chart/values-production.yaml': 'api:\n  replicaCount: 3\n  securityContext:\n    runAsUser: 0\n' });
    expect(await failures(k8sRunAsNonRoot, files)).toEqual(['chart/values-production.yaml:4:5']);
    expect(await failures(resourceLimits, files)).toEqual([]);
  });

  it('null in the production file deletes the value of the parent values.yaml, as Helm does', async () => {
    const files = umbrella({ 'chart/values-production.yaml': 'api:\n  resources: null\n' });
    expect(await failures(resourceLimits, files)).toHaveLength(1);
    expect(await failures(k8sRunAsNonRoot, files)).toEqual([]);
  });

  it('a value that the parent values.yaml sets is named there, under the subchart key', () => {
    const files = umbrella({ 'chart/values-production.yaml': 'api:\n  replicaCount: 3\n' });
    const repo: HelmRepo = { files: Object.keys(files), has: (f) => f in files, values: (f) => (f in files ? parseYaml(f, files[f]!).docs[0]?.value : undefined) };
    const sets = helmValueSets('chart/charts/api/templates/deployment.yaml', repo)!;
    const prod = sets.find((s) => s.file === 'chart/values-production.yaml')!;
    expect(prod.values).toEqual({ replicaCount: 3, securityContext: { runAsNonRoot: true, runAsUser: 10001 }, resources: { limits: { memory: '512Mi' } } });
    expect(helmValueOrigin('{{ .Values.securityContext.runAsUser }}', prod)).toEqual({ key: 'api.securityContext.runAsUser', file: 'chart/values.yaml', path: ['securityContext', 'runAsUser'] });
    expect(helmValueOrigin('{{ .Values.replicaCount }}', prod)).toEqual({ key: 'api.replicaCount', file: 'chart/values-production.yaml', path: ['replicaCount'] });
  });

  it('a dependency alias is the key the parent values give the subchart under', async () => {
    const aliased = PARENT.replace('repository: file://charts/api', 'repository: file://charts/api\n    alias: backend');
    const files = umbrella({
      'chart/values.yaml': 'backend:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  resources:\n    limits:\n      memory: 512Mi\n',
      'chart/values-production.yaml': 'backend:\n  replicaCount: 3\n',
    }, aliased);
    expect(await failures(k8sRunAsNonRoot, files)).toEqual([]);
    expect(await failures(resourceLimits, files)).toEqual([]);
  });

  it('hardening only in the parent production file: the parent values.yaml render is a note naming that file', async () => {
    const files = umbrella({
      'chart/values.yaml': 'api:\n  replicaCount: 2\n',
      'chart/values-production.yaml': 'api:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 1000\n  resources:\n    limits:\n      memory: 1Gi\n',
    });
    const out = await shown(k8sRunAsNonRoot, files);
    expect(out.every((f) => f.startsWith('NOTE ') && f.includes('chart/values-production.yaml overrides it for production'))).toBe(true);
    expect(out.length).toBeGreaterThan(0);
    expect(await failures(resourceLimits, files)).toEqual([]);
  });

  it('keeps recall: no hardening anywhere still fails, with or without a production file', async () => {
    const bare = umbrella({ 'chart/values.yaml': 'api:\n  replicaCount: 2\n' });
    expect(await failures(k8sRunAsNonRoot, bare)).toEqual(['chart/charts/api/values.yaml:2:1']);
    const prod = umbrella({ 'chart/values.yaml': 'api:\n  replicaCount: 2\n', 'chart/values-production.yaml': 'api:\n  replicaCount: 3\n' });
    expect(await failures(k8sRunAsNonRoot, prod)).toEqual(['chart/charts/api/values.yaml:2:1']);
    expect(await failures(resourceLimits, prod)).toEqual(['chart/charts/api/values.yaml:3:1']);
  });
});
