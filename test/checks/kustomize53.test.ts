import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { productionServer } from '../../src/checks/production-server.js';
import { isDevOnly } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

// QA53 kubernetes D6: `ci` is CI's environment in a manifest's name whatever the separator and position, as `dev` is.
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: c\n      image: ghcr.io/acme/a:1.0\n      env:\n        - name: FLASK_DEBUG\n          value: "1"\n';

describe('manifests named for CI are development-only, any separator (QA53 kubernetes D6)', () => {
  it('isDevOnly: `ci` a whole part of the name, last or followed by manifest words', () => {
    for (const f of ['k8s/deployment-ci.yaml', 'k8s/configmap-ci.yaml', 'k8s/ci-deployment.yaml', 'k8s/deployment_ci.yaml', 'k8s/deployment.ci.yaml', 'k8s/api-ci-deployment.yml', 'k8s/ci.deployment.yaml']) expect(isDevOnly(f), f).toBe(true);
    for (const f of ['k8s/civic-deployment.yaml', 'k8s/circleci.yaml', 'k8s/gitlab-ci-runner.yaml', 'k8s/ci-cd.yaml', 'k8s/deployment-cicd.yaml', '.gitlab-ci.yml', 'k8s/docs-ci-tools.yaml']) expect(isDevOnly(f), f).toBe(false);
  });
  it('debug-mode: the same Pod under CI names gives notes, under a production name a failure', async () => {
    const names = ['deployment.ci', 'deployment-ci', 'configmap-ci', 'ci-deployment', 'deployment_ci', 'api-test', 'configmap-dev', 'deployment'];
    const out = await runCase(debugMode, { files: Object.fromEntries(names.map((n) => [`k8s/${n}.yaml`, POD])) });
    const at = (note: boolean) => out.findings.filter((f) => !!f.note === note).map((f) => f.file).sort();
    expect(at(false)).toEqual(['k8s/deployment.yaml']);
    expect(at(true)).toEqual(['k8s/api-test.yaml', 'k8s/ci-deployment.yaml', 'k8s/configmap-ci.yaml', 'k8s/configmap-dev.yaml', 'k8s/deployment-ci.yaml', 'k8s/deployment.ci.yaml', 'k8s/deployment_ci.yaml']);
  });
});

// QA53 kubernetes D2: production-server reads a container's command/args as kustomize renders it, through the same merge as
// the Kubernetes workload checks (k8sWorkloads): a base command the production overlay replaces no longer fails, a JSON 6902 op
// that adds a dev server is caught at the op.
const BASE = (command: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api
${command}          resources:
            limits: {memory: 256Mi}
`;
const FLASK = '          command: ["flask", "run", "--host=0.0.0.0"]\n';
const KZ = (extra = '') => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\n${extra}`;
const GUNICORN_PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: api
          command: ["gunicorn", "-b", "0.0.0.0:8080", "app:app"]
`;
const RUNSERVER_OP = `patches:
  - target:
      kind: Deployment
      name: api
    patch: |-
      - op: add
        path: /spec/template/spec/containers/0/args
        value: ["python", "manage.py", "runserver", "0.0.0.0:8000"]
`;

async function judged(check: typeof productionServer, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { status: out.findings.some((f) => !f.note) ? 'fail' : out.skipped ? 'skipped' : 'pass', findings: out.findings.map((f) => `${f.note ? 'NOTE' : 'FAIL'} ${f.file}:${f.line}:${f.column} ${f.message}`) };
}

describe('production-server renders kustomize overlays as the Kubernetes checks do (QA53 kubernetes D2)', () => {
  const base = { 'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n' };

  it('a base `flask run` that the only production overlay replaces with gunicorn passes, the base command an info note naming the overlay', async () => {
    const files = { ...base, 'k8s/base/deployment.yaml': BASE(FLASK), 'k8s/overlays/prod/kustomization.yaml': KZ('patches:\n  - path: command-patch.yaml\n'), 'k8s/overlays/prod/command-patch.yaml': GUNICORN_PATCH };
    const out = await judged(productionServer, files);
    expect(out.status).toBe('pass');
    expect(out.findings).toEqual([expect.stringMatching(/^NOTE k8s\/base\/deployment\.yaml:13:11 container 'api' command starts a development server: flask run; .*\(overridden in kustomize overlay k8s\/overlays\/prod\)$/)]);
    // The same patch satisfies k8s-run-as-non-root: both read the container through one merge.
    expect((await judged(k8sRunAsNonRoot, files)).status).toBe('pass');
  });

  it('a JSON 6902 op adding `python manage.py runserver` as args fails at the op, naming the overlay', async () => {
    const out = await judged(productionServer, { ...base, 'k8s/base/deployment.yaml': BASE(''), 'k8s/overlays/prod/kustomization.yaml': KZ(RUNSERVER_OP) });
    expect(out.findings).toEqual([expect.stringMatching(/^FAIL k8s\/overlays\/prod\/kustomization\.yaml:10:9 container 'api' args in kustomize overlay k8s\/overlays\/prod starts a development server: manage\.py runserver/)]);
  });

  it('the same op in a patch file (patchesJson6902), at its line', async () => {
    const out = await judged(productionServer, {
      ...base, 'k8s/base/deployment.yaml': BASE(''),
      'k8s/overlays/prod/kustomization.yaml': KZ('patchesJson6902:\n  - target: {group: apps, version: v1, kind: Deployment, name: api}\n    path: cmd.yaml\n'),
      'k8s/overlays/prod/cmd.yaml': '- op: add\n  path: /spec/template/spec/containers/0/command\n  value: ["npx", "nodemon", "server.js"]\n',
    });
    expect(out.findings).toEqual([expect.stringMatching(/^FAIL k8s\/overlays\/prod\/cmd\.yaml:1:3 container 'api' command in kustomize overlay k8s\/overlays\/prod starts a development server: nodemon/)]);
  });

  it('a base command another production overlay keeps still fails, naming that overlay; a development overlay\'s patch stays a note', async () => {
    const out = await judged(productionServer, {
      ...base, 'k8s/base/deployment.yaml': BASE(FLASK),
      'k8s/overlays/prod/kustomization.yaml': KZ('patches:\n  - path: command-patch.yaml\n'), 'k8s/overlays/prod/command-patch.yaml': GUNICORN_PATCH,
      'k8s/overlays/staging/kustomization.yaml': KZ(),
      'k8s/overlays/dev/kustomization.yaml': KZ('patches:\n  - path: dev-patch.yaml\n'),
      'k8s/overlays/dev/dev-patch.yaml': GUNICORN_PATCH.replace('["gunicorn", "-b", "0.0.0.0:8080", "app:app"]', '["npm", "run", "dev"]'),
    });
    expect(out.findings.sort()).toEqual([
      expect.stringMatching(/^FAIL k8s\/base\/deployment\.yaml:13:11 container 'api' command in kustomize overlay k8s\/overlays\/staging starts a development server: flask run/),
      expect.stringMatching(/^NOTE k8s\/overlays\/dev\/dev-patch\.yaml:12:11 container 'api' command starts a development server: npm run dev; .*\(development-only file\)$/),
    ]);
  });

  it('a plain manifest deployed as written is judged as before: no overlay named', async () => {
    const out = await judged(productionServer, { 'k8s/deployment.yaml': BASE(FLASK) });
    expect(out.findings).toEqual([expect.stringMatching(/^FAIL k8s\/deployment\.yaml:13:11 container 'api' command starts a development server: flask run; /)]);
  });
});
