import { describe, expect, it } from 'vitest';
import { isDevOnly, isTestDockerfile, isTestFile } from '../../src/repo/classify.js';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { runCase } from '../helpers/check-tester.js';

const DEPLOYMENT = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:latest
          command: ["python", "manage.py", "runserver", "0.0.0.0:8000"]
          env:
            - name: DJANGO_DEBUG
              value: "True"
`;
const NODEPORT = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: postgres\nspec:\n  type: NodePort\n  selector:\n    app: db\n  ports:\n    - port: 5432\n';

// QA stop 40 fphunt11 D3: Procfiles named for development (foreman, overmind, honcho, `heroku local -f Procfile.windows`) were
// judged as the production Procfile; Heroku reads only `Procfile`.
describe('Procfiles named for development (fphunt11 D3)', () => {
  it('Procfile.<development name> and Procfile.windows are development-only; Procfile and Procfile.prod are not', () => {
    for (const f of ['Procfile.dev', 'Procfile.local', 'Procfile.development', 'Procfile.devel', 'Procfile.develop', 'Procfile.test', 'Procfile.e2e', 'Procfile.ci', 'Procfile.windows', 'web/Procfile.dev.windows']) {
      expect(isDevOnly(f), f).toBe(true);
    }
    for (const f of ['Procfile', 'Procfile.prod', 'Procfile.production', 'Procfile.staging', 'Procfile.worker', 'Procfile.devops']) expect(isDevOnly(f), f).toBe(false);
  });

  it('a dev server in them is a note; the production Procfile still fails', async () => {
    const run = 'web: python manage.py runserver 0.0.0.0:$PORT\n';
    const out = await runCase(productionServer, { name: 'procfiles', files: { 'Procfile.local': run, 'Procfile.windows': run, 'Procfile.e2e': run, Procfile: run, 'manage.py': 'import sys\n' } });
    const failures = out.findings.filter((f) => !f.note).map((f) => f.file);
    expect(failures).toEqual(['Procfile']);
    expect(out.findings.filter((f) => f.note).map((f) => f.file).sort()).toEqual(['Procfile.e2e', 'Procfile.local', 'Procfile.windows']);
    const debug = await runCase(debugMode, { name: 'flask debug', files: { 'Procfile.development': 'web: flask run --debug\n', 'app.py': 'from flask import Flask\napp = Flask(__name__)\n' } });
    expect(debug.findings.length).toBeGreaterThan(0);
    expect(debug.findings.every((f) => f.note)).toBe(true);
  });
});

// QA stop 40 fphunt11 D4: local clusters' folders and folders named for development with another word; illustration folders.
describe('development and illustration folders (fphunt11 D4)', () => {
  it('local clusters\' folders, sandbox/ and names made of development words are development folders', () => {
    for (const f of ['kind/deployment.yaml', 'deploy/minikube/deployment.yaml', 'k3d/app.yaml', 'manifests/kind-dev/deployment.yaml', 'sandbox/docker-compose.yml',
      'local-dev/Dockerfile', 'k8s/dev-env/deploy.yaml', 'infra/dev-cluster/app.yaml', 'integration-tests/k8s/deploy.yaml', 'test-e2e/deploy.yaml', 'hack/kind/deploy.yaml', 'Devel/x.yaml']) {
      expect(isDevOnly(f), f).toBe(true);
    }
    // A folder whose name has another word names something else: a production component, a service, CI/CD's deploy pipeline.
    for (const f of ['infra/local-path-provisioner/deployment.yaml', 'services/dev-portal/Dockerfile', 'ci-cd/k8s/deployment.yaml', 'ci-deploy/deploy.yaml', 'integration/deploy.yaml',
      'ci/Dockerfile', 'debug/app.yaml', 'devices/app.py', 'kinder/app.yaml', 'overlays/dev-eu/deploy.yaml', 'k8s/prod/deployment.yaml', 'kind-of-blue/app.py']) {
      expect(isDevOnly(f), f).toBe(false);
    }
  });

  it('playground/ and demos/ are illustration folders like examples/; singular demo/ is judged as example/ is', () => {
    for (const f of ['playground/nuxt.config.ts', 'playground/Dockerfile', 'packages/ui/demos/basic/app.py', 'demos/compose.yaml']) expect(isTestFile(f), f).toBe(true);
    expect(isTestDockerfile('playground/Dockerfile')).toBe(true);
    expect(isTestDockerfile('demos/app/Dockerfile')).toBe(true);
    // `demo/` is often the application itself (Spring Initializr's `demo/` project, `django-admin startproject demo`).
    for (const f of ['demo/flask-demo/app.py', 'demo/src/main/resources/application.yml', 'demo/Dockerfile', 'src/playgrounds.ts', 'myplayground/app.py']) expect(isTestFile(f), f).toBe(false);
    expect(isTestDockerfile('demo/Dockerfile')).toBe(false);
  });

  it('a dev Deployment under kind/ or minikube/ gives notes; the same under k8s/ fails', async () => {
    const out = await runCase(productionServer, { name: 'kind', files: { 'kind/deployment.yaml': DEPLOYMENT('a'), 'deploy/minikube/deployment.yaml': DEPLOYMENT('b'), 'k8s/deployment.yaml': DEPLOYMENT('c'), 'manage.py': 'import sys\n' } });
    expect(out.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['k8s/deployment.yaml']);
    expect(out.findings.filter((f) => f.note).map((f) => f.file).sort()).toEqual(['deploy/minikube/deployment.yaml', 'kind/deployment.yaml']);
  });
});

// QA stop 40 k8s3 D2: Kubernetes manifests named for development were judged as production.
describe('Kubernetes manifests named for development (k8s3 D2)', () => {
  it('a development word as a separate part, last or followed by manifest words only, or a local cluster\'s name, is development-only', () => {
    for (const f of ['k8s/deployment.dev.yaml', 'k8s/configmap-dev.yaml', 'k8s/configmap.dev.yaml', 'k8s/service.dev.yaml', 'k8s/dev-deployment.yaml', 'k8s/dev-configmap.yaml',
      'k8s/api-dev-deployment.yaml', 'k8s/deployment_local.yml', 'k8s/minikube.yaml', 'kind-config.yaml', 'k8s/deployment.ci.yaml', 'k8s/api.debug.yaml', 'k8s/web-test.yaml', 'k8s/e2e-job.yaml']) {
      expect(isDevOnly(f), f).toBe(true);
    }
    for (const f of ['k8s/devices.yaml', 'k8s/developer-portal.yaml', 'k8s/deployment.prod.yaml', 'k8s/deployment.yaml', 'k8s/local-path-storage.yaml', 'k8s/node-local-dns.yaml',
      'k8s/gitlab-ci-runner.yaml', 'k8s/slack-integration.yaml', 'k8s/dev-portal.yaml', 'dev-tools.yml', 'k8s/test-connection.yaml', 'k8s/latest.yaml', '.gitlab-ci.yml',
      // Read by their own rules: Helm values files (a development install's), Spring profiles, workflows, compose files.
      'chart/values-dev.yaml', 'chart/values.local.yaml', 'src/main/resources/application-dev.yml', '.github/workflows/deploy-dev.yml', 'docker-compose.prod-dev-tools.yml']) {
      expect(isDevOnly(f), f).toBe(false);
    }
  });

  it('findings in them are notes, the production manifest beside them still fails', async () => {
    const files = { 'k8s/deployment.dev.yaml': DEPLOYMENT('api-dev'), 'k8s/deployment.prod.yaml': DEPLOYMENT('api'), 'k8s/service.dev.yaml': NODEPORT, 'k8s/service.prod.yaml': NODEPORT };
    const tags = await runCase(imageTagPinned, { name: 'tags', files });
    expect(tags.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['k8s/deployment.prod.yaml']);
    expect(tags.findings.filter((f) => f.note).map((f) => f.file)).toEqual(['k8s/deployment.dev.yaml']);
    const ports = await runCase(databasePortExposed, { name: 'ports', files });
    expect(ports.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['k8s/service.prod.yaml']);
    expect(ports.findings.filter((f) => f.note).map((f) => f.file)).toEqual(['k8s/service.dev.yaml']);
  });
});
