import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.4.2
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`;
const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          resources:
            limits: { memory: 512Mi }
`;
const CHECKLIST = 'version: 1\nitems:\n  - id: probes\n    check: k8s-probes\n  - id: non-root\n    check: k8s-run-as-non-root\n';
const at = async (dir: string, sub: string) => {
  const { report } = await run({ dir: sub, cwd: dir, checklist: path.join(dir, 'checklist.yml'), probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
  return report;
};

describe('--dir on a kustomize overlay reads the bases it builds on (QA32 scoping D2)', () => {
  it('the overlay\'s patch is merged over ../../base: no false k8s-probes failure, the root user found where the base writes it', async () => {
    const dir = makeRepo({
      'checklist.yml': CHECKLIST,
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'k8s/base/deployment.yaml': BASE,
      'k8s/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: web-patch.yaml\n',
      'k8s/overlays/prod/web-patch.yaml': PATCH,
      // Another app's manifests elsewhere are not pulled in.
      'other/deployment.yaml': BASE.replace(/readinessProbe[\s\S]*$/, '').replace('name: web', 'name: other'),
    });
    const report = await at(dir, 'k8s/overlays/prod');
    expect(report.items.map((i) => [i.id, i.status])).toEqual([['probes', 'pass'], ['non-root', 'fail']]);
    expect(report.findings.filter((f) => !f.note).map((f) => `${f.check} ${f.file}:${f.line}`)).toEqual(['k8s-run-as-non-root k8s/base/deployment.yaml:9']);
  });

  it('remote bases and paths out of the repository are not followed; the overlay alone is judged as before', async () => {
    const dir = makeRepo({
      'checklist.yml': CHECKLIST,
      'k8s/overlays/prod/kustomization.yaml': 'resources:\n  - github.com/acme/k8s//base?ref=v1.2.0\n  - ../../../../etc\n  - deployment.yaml\n',
      'k8s/overlays/prod/deployment.yaml': BASE.replace(/ {10}readinessProbe:\n.*\n/, ''),
    });
    const report = await at(dir, 'k8s/overlays/prod');
    expect(report.findings.filter((f) => f.check === 'k8s-probes').map((f) => f.file)).toEqual(['k8s/overlays/prod/deployment.yaml']);
  });

  it('a base at the repository root (resources: [../../]) is read by its kustomization, and a base folder reads only what its kustomization names (QA32 robust5 D2, D12)', async () => {
    const dir = makeRepo({
      'checklist.yml': CHECKLIST + '  - id: pinned\n    check: image-tag-pinned\n',
      'kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'deployment.yaml': BASE,
      // Not named by the root kustomization: not what the overlay deploys.
      'unlisted.yaml': BASE.replace('name: web', 'name: stray').replace('ghcr.io/acme/web:1.4.2', 'ghcr.io/acme/stray'),
      'overlays/production/kustomization.yaml': 'resources:\n  - ../../\npatches:\n  - path: web-patch.yaml\n',
      'overlays/production/web-patch.yaml': PATCH,
    });
    const report = await at(dir, 'overlays/production');
    expect(report.items.map((i) => [i.id, i.status])).toEqual([['probes', 'pass'], ['non-root', 'fail'], ['pinned', 'pass']]);
    expect(report.findings.filter((f) => !f.note).map((f) => `${f.check} ${f.file}:${f.line}`)).toEqual(['k8s-run-as-non-root deployment.yaml:9']);
  });

  it('a base folder reached through a tracked symlink is read where it points', async () => {
    const dir = makeRepo({
      'checklist.yml': CHECKLIST,
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'k8s/base/deployment.yaml': BASE,
      'k8s/overlays/prod/kustomization.yaml': 'resources:\n  - base-link\npatches:\n  - path: web-patch.yaml\n',
      'k8s/overlays/prod/web-patch.yaml': PATCH,
    }, {}, { 'k8s/overlays/prod/base-link': '../../base' });
    const report = await at(dir, 'k8s/overlays/prod');
    expect(report.items.map((i) => [i.id, i.status])).toEqual([['probes', 'pass'], ['non-root', 'fail']]);
    expect(report.findings.filter((f) => !f.note).map((f) => `${f.check} ${f.file}:${f.line}`)).toEqual(['k8s-run-as-non-root k8s/base/deployment.yaml:9']);
  });
});
