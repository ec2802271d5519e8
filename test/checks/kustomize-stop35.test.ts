import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of a check as `file:line note? message`, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop35', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`).sort();
}

const DEPLOYMENT = (envFrom: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2.0
          envFrom:
${envFrom}${extra}`;
const CM_REF = '            - configMapRef:\n                name: web-config\n';
const SECRET_REF = '            - secretRef:\n                name: web-secrets\n';

// QA stop 35 (fullrepos12 D1): a kustomize overlay that overrides a ConfigMap/Secret key is what production renders.
describe('QA35 D1: debug-mode and kustomize overlays that override a ConfigMap', () => {
  const base = {
    'k8s/base/deployment.yaml': DEPLOYMENT(CM_REF),
    'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: web-config\n    literals:\n      - DJANGO_DEBUG=True\n      - DJANGO_LOG_LEVEL=DEBUG\n',
  };
  const merge = (value: string) => `resources:\n  - ../../base\nconfigMapGenerator:\n  - name: web-config\n    behavior: merge\n    literals:\n      - DJANGO_DEBUG=${value}\n`;

  it('a configMapGenerator `behavior: merge` in the only production overlay setting it to False makes the base value a note', async () => {
    const out = await findings(debugMode, { ...base, 'k8s/overlays/production/kustomization.yaml': merge('False') });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^k8s\/base\/kustomization\.yaml:6 note kustomize configMapGenerator 'web-config' sets DJANGO_DEBUG=True, .* \(overridden in kustomize overlay k8s\/overlays\/production\)$/);
  });

  it('a staging overlay that keeps the base value still fails, as written (the message a baseline knows; QA35 sweep1b R2)', async () => {
    const out = await findings(debugMode, { ...base, 'k8s/overlays/production/kustomization.yaml': merge('False'), 'k8s/overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\n' });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^k8s\/base\/kustomization\.yaml:6 kustomize configMapGenerator 'web-config' sets DJANGO_DEBUG=True, /);
  });

  it('an overlay that merges other keys only, or sets the key to another debug value, does not make the base a note', async () => {
    const other = await findings(debugMode, { ...base, 'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: web-config\n    behavior: merge\n    literals:\n      - DJANGO_LOG_LEVEL=INFO\n' });
    expect(other).toHaveLength(1);
    expect(other[0]).toMatch(/^k8s\/base\/kustomization\.yaml:6 kustomize configMapGenerator 'web-config' sets DJANGO_DEBUG=True/);
    // The overlay's own `DJANGO_DEBUG=1` fails where it is written; the base value it replaces is a note.
    const unsafe = await findings(debugMode, { ...base, 'k8s/overlays/production/kustomization.yaml': merge('1') });
    expect(unsafe.map((l) => l.replace(/ sets .*/, ''))).toEqual([
      "k8s/base/kustomization.yaml:6 note kustomize configMapGenerator 'web-config'",
      "k8s/overlays/production/kustomization.yaml:7 kustomize configMapGenerator 'web-config'",
    ]);
    // A generator of another name replaces nothing.
    const named = await findings(debugMode, { ...base, 'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: other-config\n    behavior: merge\n    literals:\n      - DJANGO_DEBUG=False\n' });
    expect(named.filter((l) => !l.includes(' note '))).toHaveLength(1);
  });

  it('a strategic-merge patch of the written ConfigMap (v5), a JSON 6902 op and a Component count as the overlay overriding it', async () => {
    const written = {
      'k8s/base/deployment.yaml': DEPLOYMENT(CM_REF),
      'k8s/base/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  DJANGO_DEBUG: "True"\n',
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - configmap.yaml\n',
    };
    const smp = await findings(debugMode, { ...written,
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: configmap-patch.yaml\n',
      'k8s/overlays/production/configmap-patch.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  DJANGO_DEBUG: "False"\n' });
    expect(smp).toHaveLength(1);
    expect(smp[0]).toMatch(/^k8s\/base\/configmap\.yaml:6 note ConfigMap 'web-config' sets DJANGO_DEBUG=True, .*\(overridden in kustomize overlay k8s\/overlays\/production\)$/);
    const op = (value: string) => `resources:\n  - ../../base\npatches:\n  - target:\n      kind: ConfigMap\n      name: web-config\n    patch: |-\n      - op: replace\n        path: /data/DJANGO_DEBUG\n        value: "${value}"\n`;
    expect((await findings(debugMode, { ...written, 'k8s/overlays/production/kustomization.yaml': op('False') }))[0]).toMatch(/ note .*overridden in kustomize overlay k8s\/overlays\/production/);
    // An op that writes a debug value (judged nowhere else) leaves the base failing.
    expect((await findings(debugMode, { ...written, 'k8s/overlays/production/kustomization.yaml': op('true') }))[0]).toMatch(/^k8s\/base\/configmap\.yaml:6 ConfigMap 'web-config' sets/);
    // A Component the overlay lists, with a `behavior: merge` generator of the same ConfigMap.
    const component = await findings(debugMode, { ...base,
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/prod-config\n',
      'k8s/components/prod-config/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nconfigMapGenerator:\n  - name: web-config\n    behavior: merge\n    literals:\n      - DJANGO_DEBUG=False\n' });
    expect(component).toHaveLength(1);
    expect(component[0]).toMatch(/ note .*\(overridden in kustomize overlay k8s\/overlays\/production\)$/);
  });

  it('a ConfigMap judged on its own (no kustomization deploys it) fails as before', async () => {
    const out = await findings(debugMode, { 'k8s/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  DJANGO_DEBUG: "True"\n' });
    expect(out).toEqual([expect.stringMatching(/^k8s\/configmap\.yaml:6 ConfigMap 'web-config' sets DJANGO_DEBUG=True/)]);
  });
});

describe('QA35 D1: default-credentials and kustomize overlays that replace a Secret', () => {
  const base = {
    'k8s/base/deployment.yaml': DEPLOYMENT(SECRET_REF),
    'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nsecretGenerator:\n  - name: web-secrets\n    literals:\n      - DATABASE_PASSWORD=postgres\n      - DJANGO_SECRET_KEY=changeme\n',
  };
  const replace = 'resources:\n  - ../../base\nsecretGenerator:\n  - name: web-secrets\n    behavior: replace\n    envs:\n      - secrets.env\n';

  it('a `behavior: replace` secretGenerator reading a gitignored env file (v5) makes the base literals notes', async () => {
    const out = await findings(defaultCredentials, { ...base, '.gitignore': 'secrets.env\n', 'k8s/overlays/production/kustomization.yaml': replace });
    expect(out).toHaveLength(2);
    for (const l of out) expect(l).toMatch(/^k8s\/base\/kustomization\.yaml:\d+ note .*\(kustomize secretGenerator 'web-secrets'\) .*\(overridden in kustomize overlay k8s\/overlays\/production\)$/);
  });

  it('the replacing file\'s own default value fails where it is written; a staging overlay keeping the base fails as written', async () => {
    const out = await findings(defaultCredentials, { ...base, 'k8s/overlays/production/kustomization.yaml': replace, 'k8s/overlays/production/secrets.env': 'DATABASE_PASSWORD=changeme\nDJANGO_SECRET_KEY=k3-9f8a7sd6f5a4sdf7a6sd5f\n' });
    expect(out.map((l) => l.replace(/ is set to .*?;.*?(\(overridden.*\))?$/, ' $1').trim())).toEqual([
      "k8s/base/kustomization.yaml:6 note DATABASE_PASSWORD (kustomize secretGenerator 'web-secrets') (overridden in kustomize overlay k8s/overlays/production)",
      "k8s/base/kustomization.yaml:7 note DJANGO_SECRET_KEY (kustomize secretGenerator 'web-secrets') (overridden in kustomize overlay k8s/overlays/production)",
      "k8s/overlays/production/secrets.env:1 DATABASE_PASSWORD (kustomize secretGenerator 'web-secrets' envs)",
    ]);
    const staging = await findings(defaultCredentials, { ...base, '.gitignore': 'secrets.env\n', 'k8s/overlays/production/kustomization.yaml': replace, 'k8s/overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\n' });
    expect(staging).toHaveLength(2);
    for (const l of staging) expect(l).toMatch(/^k8s\/base\/kustomization\.yaml:\d+ \w+ \(kustomize secretGenerator 'web-secrets'\) is set to/);
  });

  it('a base generator env file is judged per key as production renders it', async () => {
    const out = await findings(defaultCredentials, {
      'k8s/base/deployment.yaml': DEPLOYMENT(SECRET_REF),
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nsecretGenerator:\n  - name: web-secrets\n    envs:\n      - defaults.env\n',
      'k8s/base/defaults.env': 'DATABASE_PASSWORD=postgres\nREDIS_PASSWORD=changeme\n',
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\nsecretGenerator:\n  - name: web-secrets\n    behavior: merge\n    literals:\n      - DATABASE_PASSWORD=Zx8-fq2Lw9-aa71Pq\n',
    });
    expect(out.map((l) => l.replace(/ is set to .*?;.*?(\(overridden.*\))?$/, ' $1').trim())).toEqual([
      "k8s/base/defaults.env:1 note DATABASE_PASSWORD (kustomize secretGenerator 'web-secrets' envs) (overridden in kustomize overlay k8s/overlays/production)",
      "k8s/base/defaults.env:2 REDIS_PASSWORD (kustomize secretGenerator 'web-secrets' envs)",
    ]);
  });

  it('a written Secret that an overlay\'s inline patch deletes (`$patch: delete`), or whose stringData a patch file sets, is a note', async () => {
    const out = await findings(defaultCredentials, {
      'k8s/base/deployment.yaml': DEPLOYMENT(SECRET_REF),
      'k8s/base/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-secrets\nstringData:\n  DATABASE_PASSWORD: postgres\n',
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - secret.yaml\n',
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - patch: |-\n      apiVersion: v1\n      kind: Secret\n      metadata:\n        name: web-secrets\n      $patch: delete\n',
    });
    expect(out).toEqual([expect.stringMatching(/^k8s\/base\/secret\.yaml:6 note DATABASE_PASSWORD \(Secret 'web-secrets'\) .*\(overridden in kustomize overlay k8s\/overlays\/production\)$/)]);
    const files = {
      'k8s/base/deployment.yaml': DEPLOYMENT(SECRET_REF),
      'k8s/base/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-secrets\nstringData:\n  DATABASE_PASSWORD: postgres\n',
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - secret.yaml\n',
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\npatchesStrategicMerge:\n  - secret-patch.yaml\n',
    };
    // `data` is base64: `Zk84LXF3LTJ6eC05cG0=` is a strong value; `YWRtaW4=` is `admin`, which fails where it is written.
    const patch = (data: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-secrets\ndata:\n  DATABASE_PASSWORD: ${data}\n`;
    expect(await findings(defaultCredentials, { ...files, 'k8s/overlays/production/secret-patch.yaml': patch('Zk84LXF3LTJ6eC05cG0=') })).toEqual([expect.stringMatching(/^k8s\/base\/secret\.yaml:6 note .*\(overridden in kustomize overlay k8s\/overlays\/production\)$/)]);
    expect((await findings(defaultCredentials, { ...files, 'k8s/overlays/production/secret-patch.yaml': patch('YWRtaW4=') })).map((l) => l.split(' (')[0])).toEqual([
      'k8s/base/secret.yaml:6 note DATABASE_PASSWORD',
      'k8s/overlays/production/secret-patch.yaml:6 DATABASE_PASSWORD',
    ]);
  });
});

// QA35 D1 (v3): Kubernetes gives a container's own `env` precedence over what `envFrom` loads.
describe('QA35 D1: a container env entry over envFrom', () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  DJANGO_DEBUG: "True"\n';
  const env = '          env:\n            - name: DJANGO_DEBUG\n              value: "False"\n';

  it('a ConfigMap key that its only envFrom consumer sets in env is a note', async () => {
    const out = await findings(debugMode, { 'k8s/configmap.yaml': cm, 'k8s/deployment.yaml': DEPLOYMENT(CM_REF, env) });
    expect(out).toEqual([expect.stringMatching(/^k8s\/configmap\.yaml:6 note ConfigMap 'web-config' sets DJANGO_DEBUG=True, .*\(container 'web' loads it through envFrom but sets DJANGO_DEBUG in env, which wins\)$/)]);
  });

  it('still fails when another consumer does not set it, when the ConfigMap is mounted, or when envFrom adds a prefix', async () => {
    const worker = DEPLOYMENT(CM_REF).replace(/name: web$/m, 'name: worker').replace(/- name: web$/m, '- name: worker');
    const fail = /^k8s\/configmap\.yaml:6 ConfigMap 'web-config' sets DJANGO_DEBUG=True/;
    expect(await findings(debugMode, { 'k8s/configmap.yaml': cm, 'k8s/deployment.yaml': DEPLOYMENT(CM_REF, env), 'k8s/worker.yaml': worker })).toEqual([expect.stringMatching(fail)]);
    const mounted = DEPLOYMENT(CM_REF, env) + '      volumes:\n        - name: cfg\n          configMap:\n            name: web-config\n';
    expect(await findings(debugMode, { 'k8s/configmap.yaml': cm, 'k8s/deployment.yaml': mounted })).toEqual([expect.stringMatching(fail)]);
    const prefixed = DEPLOYMENT('            - prefix: APP_\n              configMapRef:\n                name: web-config\n', env);
    expect(await findings(debugMode, { 'k8s/configmap.yaml': cm, 'k8s/deployment.yaml': prefixed })).toEqual([expect.stringMatching(fail)]);
  });
});

// QA stop 35 (fullrepos12 D2): a Component's `images:` apply as part of each kustomization that lists it.
describe('QA35 D2: image-tag-pinned and images: set in a kustomize Component', () => {
  const DIGEST = 'sha256:0000000000000000000000000000000000000000000000000000000000000000';
  const files = {
    'base/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: app:latest\n        - name: sidecar\n          image: envoy\n',
    'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
    'components/pin/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: envoy\n    newName: envoyproxy/envoy\n    digest: ${DIGEST}\n`,
    'overlays/prod/kustomization.yaml': 'resources: [../../base]\ncomponents: [../../components/pin]\nimages:\n  - name: app\n    newName: ghcr.io/acme/app\n    newTag: "2.3.1"\n',
  };

  it('a Component listed by the overlay (v13) or by the base (v13c) pins the image', async () => {
    expect(await findings(imageTagPinned, files)).toEqual([]);
    expect(await findings(imageTagPinned, { ...files,
      'base/kustomization.yaml': 'resources: [deploy.yaml]\ncomponents: [../components/pin]\n',
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: app\n    newName: ghcr.io/acme/app\n    newTag: "2.3.1"\n' })).toEqual([]);
  });

  it('an overlay that does not list the Component still fails, naming it and the Component for contrast', async () => {
    const out = await findings(imageTagPinned, { ...files, 'overlays/staging/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: app\n    newTag: "2.3.1"\n' });
    expect(out).toEqual([
      "base/deploy.yaml:11 container 'sidecar' image envoy has no tag, so it pulls 'latest' in kustomize overlay overlays/staging (which sets no newTag or digest for it, unlike components/pin); pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });
});
