import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';

// Review 47 sweep R4: a JSON 6902 op that sets one env entry's value (`path: …/env/0/value`, `value: "true"`), inline or in a
// patch file, was reported at its `- op:` line; an op adding a whole entry already pointed at the entry's `value:`. The
// finding belongs on the value the op writes, where the user changes it.
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
            - name: DEBUG
              value: "false"
            - name: POSTGRES_PASSWORD
              valueFrom: { secretKeyRef: { name: db, key: password } }
`;
const KZ_BASE = 'resources:\n  - deployment.yaml\n';
const INLINE = `resources:
  - ../../base
patches:
  - target:
      kind: Deployment
      name: api
    patch: |-
      - op: replace
        path: /spec/template/spec/containers/0/env/0/value
        value: "true"
`;
const FILE_KZ = `resources:
  - ../../base
patches:
  - path: p.yaml
    target: { kind: Deployment, name: api }
`;
const FILE_OPS = `- op: add
  path: /spec/template/spec/containers/0/env/0/value
  value: "true"
- op: replace
  path: /spec/template/spec/containers/0/env/1
  value: { name: POSTGRES_PASSWORD, value: postgres }
`;

const at = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`).sort();

describe('a JSON 6902 op setting one env value is reported at its value: line (review 47 R4)', () => {
  it('inline in the kustomization and in a patch file', async () => {
    const out = await runCase(debugMode, { name: 'value-op', files: {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/production/kustomization.yaml': INLINE,
      'k8s/overlays/prod2/kustomization.yaml': FILE_KZ,
      'k8s/overlays/prod2/p.yaml': FILE_OPS,
    } });
    expect(at(out)).toEqual(['k8s/overlays/prod2/p.yaml:3', 'k8s/overlays/production/kustomization.yaml:10']);
  });

  it('a whole entry replaced by index still points at the entry\'s own value:', async () => {
    const out = await runCase(defaultCredentials, { name: 'entry-op', files: {
      'k8s/base/deployment.yaml': BASE, 'k8s/base/kustomization.yaml': KZ_BASE,
      'k8s/overlays/prod2/kustomization.yaml': FILE_KZ,
      'k8s/overlays/prod2/p.yaml': FILE_OPS,
    } });
    expect(at(out)).toEqual(['k8s/overlays/prod2/p.yaml:6']);
  });
});
