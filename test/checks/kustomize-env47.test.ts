import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';

// QA stop 47 monorepo27 D1: container `env` that a production kustomize overlay sets through an inline patch (strategic
// merge or JSON 6902 ops) or a JSON 6902 patch file was never read by debug-mode and default-credentials, which read
// manifests one by one; the Kubernetes workload checks already read the overlay's render.
const BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.4.2
          env:
            - name: LOG_LEVEL
              value: info
`;
const baseWith = (env: string) => BASE + env;
const KZ_BASE = 'resources:\n  - deployment.yaml\n';

const overlay = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
${body}`;

const INLINE_OPS = `patches:
  - target: { kind: Deployment, name: api }
    patch: |-
      - op: add
        path: /spec/template/spec/containers/0/env/-
        value: { name: DJANGO_DEBUG, value: "True" }
  - path: debug-ops.yaml
    target: { kind: Deployment, name: api }
`;
const OPS_FILE = `- op: add
  path: /spec/template/spec/containers/0/env/-
  value:
    name: NODE_ENV
    value: development
`;
const INLINE_SM = (name: string, value: string) => `patches:
  - patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      spec:
        template:
          spec:
            containers:
              - name: api
                env:
                  - name: ${name}
                    value: "${value}"
`;

const failures = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
const notes = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.filter((f) => f.note).map((f) => `${f.file}:${f.line} ${f.message}`);

describe('debug-mode reads env a production kustomize overlay patches in', () => {
  it('JSON 6902 ops inline and in a file, at the value they write, naming the overlay', async () => {
    const out = await runCase(debugMode, { name: 'ops', files: {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': overlay(INLINE_OPS),
      'k8s/overlays/production/debug-ops.yaml': OPS_FILE,
    } });
    const f = failures(out);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatch(/^k8s\/overlays\/production\/(?:kustomization\.yaml:10:46|debug-ops\.yaml:5:12) container 'api' in kustomize overlay k8s\/overlays\/production sets/);
    expect(f.join('\n')).toContain('k8s/overlays/production/kustomization.yaml:10:46');
    expect(f.join('\n')).toContain('k8s/overlays/production/debug-ops.yaml:5:12');
    expect(f.join('\n')).toContain('NODE_ENV=development');
  });

  it('an inline strategic-merge patch, at its value line', async () => {
    const out = await runCase(debugMode, { name: 'sm', files: {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': overlay(INLINE_SM('FLASK_DEBUG', '1')),
    } });
    expect(failures(out)).toEqual([expect.stringMatching(/^k8s\/overlays\/production\/kustomization\.yaml:18:29 container 'api' in kustomize overlay k8s\/overlays\/production sets FLASK_DEBUG=1/)]);
  });

  it('a value set by index (`…/env/0/value`) replaces the entry there', async () => {
    const ops = "patches:\n  - target: { kind: Deployment, name: api }\n    patch: |-\n      - op: replace\n        path: /spec/template/spec/containers/0/env/0/value\n        value: debug\n";
    const out = await runCase(debugMode, { name: 'idx', files: {
      'k8s/base/deployment.yaml': baseWith('            - name: NODE_ENV\n              value: production\n'), 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': overlay(ops.replace('env/0/value', 'env/1/value').replace('value: debug', 'value: development')),
    } });
    expect(failures(out)).toEqual([expect.stringMatching(/^k8s\/overlays\/production\/kustomization\.yaml:10:\d+ container 'api' in kustomize overlay k8s\/overlays\/production sets NODE_ENV=development/)]);
  });

  it('stays silent for a development overlay setting DEBUG', async () => {
    const out = await runCase(debugMode, { name: 'dev', files: {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/dev/kustomization.yaml': overlay(INLINE_SM('DJANGO_DEBUG', 'True')),
      'k8s/overlays/production/kustomization.yaml': overlay(''),
    } });
    expect(failures(out)).toEqual([]);
  });

  it("a production overlay setting the base's DEBUG to False makes the base value a note", async () => {
    const files = {
      'k8s/base/deployment.yaml': baseWith('            - name: DJANGO_DEBUG\n              value: "True"\n'), 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': overlay(INLINE_SM('DJANGO_DEBUG', 'False')),
    };
    const out = await runCase(debugMode, { name: 'override', files });
    expect(failures(out)).toEqual([]);
    expect(notes(out)).toEqual([expect.stringMatching(/^k8s\/base\/deployment\.yaml:15 .*DJANGO_DEBUG=True.*\(overridden in kustomize overlay k8s\/overlays\/production\)$/)]);
    // …but not when another production overlay (staging) deploys the base as it is.
    const kept = await runCase(debugMode, { name: 'kept', files: { ...files, 'k8s/overlays/staging/kustomization.yaml': overlay('') } });
    expect(failures(kept)).toEqual([expect.stringMatching(/^k8s\/base\/deployment\.yaml:15:23 container 'api' sets DJANGO_DEBUG=True/)]);
  });

  it('the base still fails when a production overlay sets another variable only', async () => {
    const out = await runCase(debugMode, { name: 'other', files: {
      'k8s/base/deployment.yaml': baseWith('            - name: DJANGO_DEBUG\n              value: "True"\n'), 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': overlay(INLINE_SM('LOG_LEVEL', 'warn')),
    } });
    expect(failures(out)).toEqual([expect.stringMatching(/^k8s\/base\/deployment\.yaml:15:23 /)]);
  });
});

describe('default-credentials reads env a production kustomize overlay patches in', () => {
  it('an inline strategic-merge patch setting POSTGRES_PASSWORD=postgres', async () => {
    const out = await runCase(defaultCredentials, { name: 'pg', files: {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': overlay(INLINE_SM('POSTGRES_PASSWORD', 'postgres')),
    } });
    expect(failures(out)).toEqual([expect.stringMatching(/^k8s\/overlays\/production\/kustomization\.yaml:18:29 POSTGRES_PASSWORD \(container 'api' in kustomize overlay k8s\/overlays\/production\)/)]);
  });

  it('a JSON 6902 op in a development overlay is not judged', async () => {
    const out = await runCase(defaultCredentials, { name: 'dev', files: {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/dev/kustomization.yaml': overlay("patches:\n  - target: { kind: Deployment, name: api }\n    patch: |-\n      - op: add\n        path: /spec/template/spec/containers/0/env/-\n        value: { name: POSTGRES_PASSWORD, value: postgres }\n"),
    } });
    expect(failures(out)).toEqual([]);
  });
});

describe('env ops leave the workload checks as they were', () => {
  it('an env-only JSON 6902 patch changes no non-root finding', async () => {
    const files = {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': overlay(INLINE_OPS),
      'k8s/overlays/production/debug-ops.yaml': OPS_FILE,
    };
    const out = await runCase(k8sRunAsNonRoot, { name: 'nr', files });
    expect(failures(out).map((f) => f.split(' ')[0])).toEqual(['k8s/base/deployment.yaml:9:11']);
  });
});
