import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * Stop 39 D1: an item scoped to a kustomize overlay's folder (`paths: ["k8s/overlays/prod/**"]`) keeps the findings
 * about what that overlay deploys from its base (`k8s/base/deployment.yaml:14 … in kustomize overlay k8s/overlays/prod`),
 * as the same item unscoped in a `--dir k8s/overlays/prod` run does; the finding still points at the base's line.
 */
const deployment = (name: string, image: string, extra = '') => [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  `  name: ${name}`,
  'spec:',
  '  selector:',
  `    matchLabels: { app: ${name} }`,
  '  template:',
  '    metadata:',
  `      labels: { app: ${name} }`,
  '    spec:',
  '      containers:',
  `        - name: ${name}`,
  `          image: ${image}`,
  extra,
].join('\n');

const probesPatch = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  template:',
  '    spec:',
  '      securityContext: { runAsNonRoot: true, runAsUser: 10001 }',
  '      containers:',
  '        - name: api',
  '          readinessProbe: { httpGet: { path: /health, port: 8000 } }',
  '          livenessProbe: { httpGet: { path: /health, port: 8000 } }',
  '          resources: { limits: { memory: 256Mi } }',
  '',
].join('\n');

const layout: Record<string, string> = {
  // The base: no probes, no securityContext, no memory limit, an untagged image.
  'k8s/base/deployment.yaml': deployment('api', 'ghcr.io/acme/api'),
  'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  // prod renders the base unchanged (and pins the image); it also has a workload of its own.
  'k8s/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - worker.yaml\nimages:\n  - name: ghcr.io/acme/api\n    newTag: 1.4.2\n',
  'k8s/overlays/prod/worker.yaml': deployment('worker', 'ghcr.io/acme/worker:2.0.1', [
    '          readinessProbe: { tcpSocket: { port: 9000 } }',
    '          livenessProbe: { tcpSocket: { port: 9000 } }',
    '          resources: { limits: { memory: 128Mi } }',
    '          securityContext: { runAsNonRoot: true, runAsUser: 10001 }',
    '',
  ].join('\n')),
  // staging patches in everything the base lacks, but sets no tag for the image.
  'k8s/overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: api.yaml\n',
  'k8s/overlays/staging/api.yaml': probesPatch,
};

const checklist = (items: [string, string, string][]) => [
  'version: 1',
  'items:',
  ...items.map(([id, check, glob]) => `  - { id: ${id}, check: ${check}, paths: ["${glob}"] }`),
  '',
].join('\n');

const findingsOf = async (files: Record<string, string>, opts: { dir?: string } = {}) => {
  const root = makeRepo(files);
  const { report } = await run({ dir: opts.dir ?? root, cwd: root, checklist: '.github/preflight.yml', probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
  return { report, by: (item: string) => report.findings.filter((f) => f.item === item).map((f) => `${f.file}:${f.line} ${f.check}`) };
};

describe('an item scoped to a kustomize overlay folder (stop 39 D1)', () => {
  it('keeps the workload checks\' findings about what the overlay deploys from its base, located at the base', async () => {
    const { report, by } = await findingsOf({ ...layout, '.github/preflight.yml': checklist([
      ['prod-probes', 'k8s-probes', 'k8s/overlays/prod/**'],
      ['prod-nonroot', 'k8s-run-as-non-root', 'k8s/overlays/prod/**'],
      ['prod-limits', 'resource-limits', 'k8s/overlays/prod'],
    ]) });
    expect(by('prod-probes')).toEqual(['k8s/base/deployment.yaml:13 k8s-probes']);
    expect(by('prod-nonroot')).toEqual(['k8s/base/deployment.yaml:13 k8s-run-as-non-root']);
    expect(by('prod-limits')).toEqual(['k8s/base/deployment.yaml:13 resource-limits']);
    // The finding is the unscoped one: it names the overlay, and nothing internal reaches the report.
    expect(report.findings.find((f) => f.item === 'prod-probes')!.message).toContain('in kustomize overlay k8s/overlays/prod');
    expect(JSON.stringify(report)).not.toContain('"overlays"');
    expect(report.items.map((i) => [i.id, i.status])).toEqual([['prod-probes', 'fail'], ['prod-nonroot', 'fail'], ['prod-limits', 'fail']]);
  });

  it('does not keep them for an overlay whose patches fix the base, nor for another folder', async () => {
    const { report, by } = await findingsOf({ ...layout, '.github/preflight.yml': checklist([
      ['staging-probes', 'k8s-probes', 'k8s/overlays/staging/**'],
      ['staging-nonroot', 'k8s-run-as-non-root', 'k8s/overlays/staging/**'],
      ['staging-limits', 'resource-limits', 'k8s/overlays/staging/**'],
      ['helm-probes', 'k8s-probes', 'deploy/**'],
    ]) });
    expect(by('staging-probes')).toEqual([]);
    expect(by('staging-nonroot')).toEqual([]);
    expect(by('staging-limits')).toEqual([]);
    expect(report.items.map((i) => i.status)).toEqual(['pass', 'pass', 'pass', 'skipped']);
  });

  it('an item\'s ignore of the base\'s files (a waived legacy base) still leaves them out', async () => {
    const files = { ...layout, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: prod-probes, check: k8s-probes, paths: ["k8s/**"], ignore: ["k8s/base/**", "k8s/overlays/staging/**"] }\n' };
    const { by } = await findingsOf(files);
    expect(by('prod-probes')).toEqual([]);
    const top = await findingsOf({ ...files, '.github/preflight.yml': 'version: 1\nignore: ["k8s/base/**"]\nitems:\n  - { id: prod-probes, check: k8s-probes, paths: ["k8s/overlays/prod/**"] }\n' });
    expect(top.by('prod-probes')).toEqual([]);
  });

  it('a scope of the base folder keeps them too, as before', async () => {
    const { by } = await findingsOf({ ...layout, '.github/preflight.yml': checklist([['base-probes', 'k8s-probes', 'k8s/base/**']]) });
    expect(by('base-probes')).toEqual(['k8s/base/deployment.yaml:13 k8s-probes']);
  });

  it('an overlay folder holding only its kustomization fails for the base it deploys, rather than being skipped', async () => {
    const files = { ...layout, '.github/preflight.yml': checklist([['prod-probes', 'k8s-probes', 'k8s/overlays/prod/**']]) };
    files['k8s/overlays/prod/kustomization.yaml'] = 'resources:\n  - ../../base\n';
    delete files['k8s/overlays/prod/worker.yaml'];
    const { report, by } = await findingsOf(files);
    expect(report.items[0]!.status).toBe('fail');
    expect(by('prod-probes')).toEqual(['k8s/base/deployment.yaml:13 k8s-probes']);
  });

  it('image-tag-pinned: a base image an overlay sets no tag for is kept by that overlay\'s scope, not by the one that pins it', async () => {
    const { report, by } = await findingsOf({ ...layout, '.github/preflight.yml': checklist([
      ['prod-pinned', 'image-tag-pinned', 'k8s/overlays/prod/**'],
      ['staging-pinned', 'image-tag-pinned', 'k8s/overlays/staging/**'],
    ]) });
    expect(by('prod-pinned')).toEqual([]);
    expect(by('staging-pinned')).toEqual(['k8s/base/deployment.yaml:14 image-tag-pinned']);
    expect(report.findings.find((f) => f.item === 'staging-pinned')!.message).toContain('in kustomize overlay k8s/overlays/staging');
  });

  it('database-port-exposed: a Component\'s patch that makes a base Service a LoadBalancer is kept by the scope of the overlay that lists it', async () => {
    const files: Record<string, string> = {
      'k8s/base/db.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  selector: { app: db }\n  ports:\n    - port: 5432\n',
      'k8s/base/kustomization.yaml': 'resources:\n  - db.yaml\n',
      'k8s/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/lb\n',
      'k8s/overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\n',
      'k8s/components/lb/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: db-lb.yaml\n',
      'k8s/components/lb/db-lb.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: LoadBalancer\n',
      '.github/preflight.yml': checklist([
        ['prod-db', 'database-port-exposed', 'k8s/overlays/prod/**'],
        ['staging-db', 'database-port-exposed', 'k8s/overlays/staging/**'],
      ]),
    };
    const { report, by } = await findingsOf(files);
    expect(by('prod-db')).toEqual(['k8s/components/lb/db-lb.yaml:6 database-port-exposed']);
    expect(report.findings.find((f) => f.item === 'prod-db')!.message).toContain('in kustomize overlay k8s/overlays/prod');
    expect(report.items[0]!.status).toBe('fail');
    expect(by('staging-db')).toEqual([]);
  });

  it('in a --dir run of the overlay, the scoped item reports what the unscoped one does', async () => {
    const files = { ...layout, '.github/preflight.yml': checklist([['prod-probes', 'k8s-probes', 'k8s/overlays/prod/**']]) };
    const { by } = await findingsOf(files, { dir: 'k8s/overlays/prod' });
    expect(by('prod-probes')).toEqual(['k8s/base/deployment.yaml:13 k8s-probes']);
  });
});
