import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { main } from '../../src/cli.js';
import { runCase } from '../helpers/check-tester.js';
import { makeRepo } from '../helpers/repo.js';

/** The findings of a check as `file:line note? message`, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'reg2', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`).sort();
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: () => {}, isTTY: false, env: {}, cwd });
  return { code, stdout };
}

// QA stop 35 sweep 1b R2 (repos/k1): only a staging overlay overrides the base keys; production keeps them.
const K1 = {
  'k8s/base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      securityContext: {runAsNonRoot: true, runAsUser: 10001}
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2.3
          envFrom:
            - configMapRef: {name: web-config}
            - secretRef: {name: web-secrets}

          resources: {limits: {cpu: 500m, memory: 256Mi}, requests: {cpu: 100m, memory: 128Mi}}
          readinessProbe: {httpGet: {path: /healthz, port: 8080}}
          livenessProbe: {httpGet: {path: /healthz, port: 8080}}
`,
  'k8s/base/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
configMapGenerator:
  - name: web-config
    literals:
      - DJANGO_DEBUG=True
      - LOG_LEVEL=debug
secretGenerator:
  - name: web-secrets
    literals:
      - DATABASE_PASSWORD=postgres
      - DJANGO_SECRET_KEY=changeme
`,
  'k8s/overlays/staging/kustomization.yaml': `resources: [../../base]
configMapGenerator:
  - name: web-config
    behavior: merge
    literals: [DJANGO_DEBUG=False]
secretGenerator:
  - name: web-secrets
    behavior: merge
    literals: [DATABASE_PASSWORD=Xk29fLq8ZpR3mW7t]
`,
  'k8s/overlays/production/kustomization.yaml': `resources: [../../base]
images:
  - name: ghcr.io/acme/web
    newTag: 1.2.4
`,
};

describe('QA35 sweep1b R2: a value a production overlay keeps fails as it did before overlays were read', () => {
  it('debug-mode: the message does not name an overlay (the generator is in the base)', async () => {
    expect(await findings(debugMode, K1)).toEqual([
      "k8s/base/kustomization.yaml:8 kustomize configMapGenerator 'web-config' sets DJANGO_DEBUG=True, which turns on debug mode (stack traces and settings shown to visitors); remove it from deploy config (debug must default to off)",
    ]);
  });

  it('default-credentials: the generator is named as before, for literals and an envs: file alike', async () => {
    expect(await findings(defaultCredentials, K1)).toEqual([
      "k8s/base/kustomization.yaml:13 DATABASE_PASSWORD (kustomize secretGenerator 'web-secrets') is set to a well-known default value; set a strong generated secret from a secret store instead",
      "k8s/base/kustomization.yaml:14 DJANGO_SECRET_KEY (kustomize secretGenerator 'web-secrets') is set to a placeholder value; set a strong generated secret from a secret store instead",
    ]);
    const envs = await findings(defaultCredentials, { ...K1,
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nsecretGenerator:\n  - name: web-secrets\n    envs: [defaults.env]\n',
      'k8s/base/defaults.env': 'DATABASE_PASSWORD=postgres\n' });
    expect(envs).toEqual([expect.stringMatching(/^k8s\/base\/defaults\.env:1 DATABASE_PASSWORD \(kustomize secretGenerator 'web-secrets' envs\) is set to /)]);
  });

  it('when every production overlay overrides it, the base value is still a note naming them', async () => {
    const out = await findings(debugMode, { ...K1, 'k8s/overlays/production/kustomization.yaml': K1['k8s/overlays/staging/kustomization.yaml'] });
    expect(out).toEqual([expect.stringMatching(/^k8s\/base\/kustomization\.yaml:8 note kustomize configMapGenerator 'web-config' sets DJANGO_DEBUG=True, .*\(overridden in kustomize overlays k8s\/overlays\/production, k8s\/overlays\/staging\)$/)]);
  });

  it('a baseline the previous release recorded still knows every finding (same fingerprints): the gate passes', async () => {
    const repo = makeRepo({ ...K1, 'c.yml': 'version: 1\nitems:\n  - { id: debug-mode, check: debug-mode }\n  - { id: default-credentials, check: default-credentials }\n' });
    // What the previous release wrote for K1 (`preflight baseline`, version 2).
    const previous = { version: 2, tool: 'preflight', findings: [
      { check: 'debug-mode', file: 'k8s/base/kustomization.yaml', fingerprint: '0c3fd98cbdf908ca8e1ccb5430356b0a', message: '…', line: 8, lineHash: 'ea2f70dd9d9a41a7' },
      { check: 'default-credentials', file: 'k8s/base/kustomization.yaml', fingerprint: '72c02d18d31fa9af1ee7e32644218251', message: '…', line: 13, lineHash: 'a0f6a5e6f8d912c7' },
      { check: 'default-credentials', file: 'k8s/base/kustomization.yaml', fingerprint: '8313feb50b67cafafe19ad60581705aa', message: '…', line: 14, lineHash: '65fc9da662afba82' },
    ] };
    fs.writeFileSync(path.join(repo, 'b.json'), JSON.stringify(previous));
    const r = await cli(['--checklist', 'c.yml', '--no-probes', '--baseline', 'b.json', '--fail-on', 'high', '--format', 'json'], repo);
    const doc = JSON.parse(r.stdout) as { baselineFixed?: number; findings: { check: string; baseline?: boolean; note?: boolean }[] };
    expect(doc.findings.filter((f) => !f.baseline && !f.note).map((f) => f.check)).toEqual([]);
    expect(doc.baselineFixed ?? 0).toBe(0);
    expect(r.code).toBe(0);
  });
});

// QA stop 35 sweep 1b R3 (repos/k11): `$(NAME)` in a container env value expands to what envFrom loaded.
describe('QA35 sweep1b R3: a container env value that refers to the envFrom variable is no override', () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web-config}\ndata:\n  DJANGO_DEBUG: "True"\n';
  const deployment = (env: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2.3
          envFrom:
            - configMapRef: {name: web-config}
          env:
${env}`;
  const run = (env: string) => findings(debugMode, { 'k8s/configmap.yaml': cm, 'k8s/deployment.yaml': deployment(env) });
  const fails = [expect.stringMatching(/^k8s\/configmap\.yaml:5 ConfigMap 'web-config' sets DJANGO_DEBUG=True/)];
  const noted = [expect.stringMatching(/^k8s\/configmap\.yaml:5 note ConfigMap 'web-config' sets DJANGO_DEBUG=True, .*sets DJANGO_DEBUG in env, which wins\)$/)];

  it('`value: "$(DJANGO_DEBUG)"` (alone or inside other text) keeps the ConfigMap value: it fails', async () => {
    expect(await run('            - {name: DJANGO_DEBUG, value: "$(DJANGO_DEBUG)"}\n')).toEqual(fails);
    expect(await run('            - {name: DJANGO_DEBUG, value: "$(DJANGO_DEBUG) "}\n')).toEqual(fails);
  });

  it('a reference to a name env does not set (envFrom may load it), or through an earlier entry that carries it, fails', async () => {
    expect(await run('            - {name: DJANGO_DEBUG, value: "$(APP_DEBUG)"}\n')).toEqual(fails);
    expect(await run('            - {name: D, value: "$(DJANGO_DEBUG)"}\n            - {name: DJANGO_DEBUG, value: "$(D)"}\n')).toEqual(fails);
  });

  it('an escaped `$$(DJANGO_DEBUG)`, a plain value, or a reference to an earlier plain entry replaces it: a note', async () => {
    expect(await run('            - {name: DJANGO_DEBUG, value: "$$(DJANGO_DEBUG)"}\n')).toEqual(noted);
    expect(await run('            - {name: DJANGO_DEBUG, value: "False"}\n')).toEqual(noted);
    expect(await run('            - {name: OFF, value: "False"}\n            - {name: DJANGO_DEBUG, value: "$(OFF)"}\n')).toEqual(noted);
    // The last entry of a name wins; a reference to the variable then expands to what the earlier entry set.
    expect(await run('            - {name: DJANGO_DEBUG, value: "False"}\n            - {name: DJANGO_DEBUG, value: "$(DJANGO_DEBUG)"}\n')).toEqual(noted);
    expect(await run('            - {name: DJANGO_DEBUG, value: "False"}\n            - {name: DJANGO_DEBUG, value: "$(APP_DEBUG)"}\n')).toEqual(fails);
  });

  it('default-credentials: a Secret key the container re-reads as `$(DATABASE_PASSWORD)` still fails', async () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata: {name: web-secrets}\nstringData:\n  DATABASE_PASSWORD: postgres\n';
    const dep = deployment('            - {name: DATABASE_PASSWORD, value: "$(DATABASE_PASSWORD)"}\n').replace('configMapRef: {name: web-config}', 'secretRef: {name: web-secrets}');
    expect(await findings(defaultCredentials, { 'k8s/secret.yaml': secret, 'k8s/deployment.yaml': dep })).toEqual([expect.stringMatching(/^k8s\/secret\.yaml:5 DATABASE_PASSWORD \(Secret 'web-secrets'\) is set to /)]);
    const literal = dep.replace('"$(DATABASE_PASSWORD)"', () => '"$$(DATABASE_PASSWORD)"');
    expect(await findings(defaultCredentials, { 'k8s/secret.yaml': secret, 'k8s/deployment.yaml': literal })).toEqual([expect.stringMatching(/^k8s\/secret\.yaml:5 note DATABASE_PASSWORD /)]);
  });
});
