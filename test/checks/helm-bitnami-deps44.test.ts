import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 oss15 D3: a chart that depends on Bitnami's postgresql/redis charts without vendoring them (the usual layout: `helm
// dependency build` fetches them) and switches their Services to LoadBalancer/NodePort in its values passed silently.
const CHART = (deps: string) => `apiVersion: v2\nname: outline\nversion: 0.3.1\nappVersion: "0.81.1"\ndependencies:\n${deps}`;
const PG = '  - name: postgresql\n    version: 15.5.38\n    repository: oci://registry-1.docker.io/bitnamicharts\n    condition: postgresql.enabled\n';
const REDIS = '  - name: redis\n    version: 20.1.7\n    repository: https://charts.bitnami.com/bitnami\n    condition: redis.enabled\n';
const VALUES = 'postgresql:\n  enabled: true\n  primary:\n    service:\n      type: LoadBalancer\nredis:\n  master:\n    service:\n      type: NodePort\n';
const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "outline.fullname" . }}\nspec:\n  type: ClusterIP\n  ports:\n    - port: 3000\n';

const run = (files: Record<string, string>, options?: Record<string, unknown>) => runCase(databasePortExposed, { name: 'bitnami44', files, ...(options ? { options } : {}) });
const at = async (files: Record<string, string>, options?: Record<string, unknown>) => (await run(files, options)).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column}`).sort();

describe('database-port-exposed: Bitnami database chart dependencies not vendored (QA44 oss15 D3)', () => {
  it('their Service types in the parent values fail at the value, naming the dependency and the values key', async () => {
    const out = await run({ 'charts/outline/Chart.yaml': CHART(PG + REDIS), 'charts/outline/values.yaml': VALUES, 'charts/outline/templates/service.yaml': SVC });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['charts/outline/values.yaml:5:13', 'charts/outline/values.yaml:9:13']);
    expect(out.findings.map((f) => f.message).sort()).toEqual([
      "the master Service of chart dependency 'redis' (Bitnami redis, not vendored in charts/outline/charts/) of type NodePort (redis.master.service.type: NodePort in charts/outline/values.yaml) exposes database port 6379 (Redis) outside the cluster; use a ClusterIP Service (reach it from inside the cluster or through a bastion)",
      "the primary Service of chart dependency 'postgresql' (Bitnami postgresql, not vendored in charts/outline/charts/) of type LoadBalancer (postgresql.primary.service.type: LoadBalancer in charts/outline/values.yaml) exposes database port 5432 (PostgreSQL) outside the cluster; use a ClusterIP Service (reach it from inside the cluster or through a bastion)",
    ]);
  });

  it('a chart with nothing else to judge is not skipped', async () => {
    expect(await at({ 'Chart.yaml': CHART(PG), 'values.yaml': VALUES })).toEqual(['values.yaml:5:13']);
  });

  it('a production values file, an alias, an item about Redis only, an internal load balancer', async () => {
    const clusterIp = VALUES.replace('LoadBalancer', 'ClusterIP').replace('NodePort', 'ClusterIP');
    expect(await at({ 'Chart.yaml': CHART(PG), 'values.yaml': clusterIp, 'values-production.yaml': 'postgresql:\n  primary:\n    service:\n      type: NodePort\n' })).toEqual(['values-production.yaml:4:13']);
    expect(await at({ 'Chart.yaml': CHART(`${PG}    alias: db\n`), 'values.yaml': 'db:\n  primary:\n    service:\n      type: LoadBalancer\n' })).toEqual(['values.yaml:4:13']);
    expect(await at({ 'Chart.yaml': CHART(PG + REDIS), 'values.yaml': VALUES }, { ports: [6379] })).toEqual(['values.yaml:9:13']);
    const internal = 'postgresql:\n  primary:\n    service:\n      type: LoadBalancer\n      annotations:\n        service.beta.kubernetes.io/azure-load-balancer-internal: "true"\n';
    expect(await at({ 'Chart.yaml': CHART(PG), 'values.yaml': internal })).toEqual(['NOTE values.yaml:4:13']);
  });

  it('lookalikes pass: disabled by its condition, ClusterIP, another vendor\'s chart, no such dependency, a path the chart does not read, a vendored subchart', async () => {
    expect(await at({ 'Chart.yaml': CHART(PG), 'values.yaml': VALUES.replace('enabled: true', 'enabled: false'), 'templates/service.yaml': SVC })).toEqual([]);
    expect(await at({ 'Chart.yaml': CHART(PG), 'values.yaml': VALUES.replace('LoadBalancer', 'ClusterIP'), 'templates/service.yaml': SVC })).toEqual([]);
    expect(await at({ 'Chart.yaml': CHART(PG.replace('oci://registry-1.docker.io/bitnamicharts', 'https://groundhog2k.github.io/helm-charts')), 'values.yaml': VALUES, 'templates/service.yaml': SVC })).toEqual([]);
    expect(await at({ 'Chart.yaml': 'apiVersion: v2\nname: outline\nversion: 0.3.1\n', 'values.yaml': VALUES, 'templates/service.yaml': SVC })).toEqual([]);
    expect(await at({ 'Chart.yaml': CHART(PG), 'values.yaml': 'postgresql:\n  service:\n    type: LoadBalancer\n', 'templates/service.yaml': SVC })).toEqual([]);
    // Vendored: its own templates are read (here its Service reads another values key, ClusterIP), not Bitnami's paths.
    const sub = { 'charts/postgresql/Chart.yaml': 'apiVersion: v2\nname: postgresql\nversion: 15.5.38\n', 'charts/postgresql/values.yaml': 'svcType: ClusterIP\n', 'charts/postgresql/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: pg\nspec:\n  type: {{ .Values.svcType }}\n  ports:\n    - port: 5432\n' };
    expect(await at({ 'Chart.yaml': CHART(PG), 'values.yaml': VALUES, 'templates/service.yaml': SVC, ...sub })).toEqual([]);
  });
});
