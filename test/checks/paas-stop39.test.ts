import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { productionServer } from '../../src/checks/production-server.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { nonProductionEnvironment } from '../../src/repo/classify.js';
import { isCloudRun } from '../../src/repo/k8s.js';
import { runCase } from '../helpers/check-tester.js';

/** Findings as `[NOTE ]file:line message`, sorted, and the skip reason. */
async function run(check: CheckDef, files: Record<string, string>): Promise<{ findings: string[]; skipped: string | undefined }> {
  const out = await runCase(check, { name: 'stop39', files });
  expect(out.error).toBeUndefined();
  return { findings: out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message}`).sort(), skipped: out.skipped };
}

// D1: a Cloud Run (fully managed) service.yaml is a Knative Service that Cloud Run runs, not a pod on a cluster.
describe('QA39 fphunt10 D1: Cloud Run service.yaml is not judged as a Kubernetes pod', () => {
  // The examiner's r15-cloudrun-minimal (`gcloud run services describe --format export`).
  const CLOUD_RUN = [
    'apiVersion: serving.knative.dev/v1',
    'kind: Service',
    'metadata:',
    '  name: hello',
    '  annotations:',
    '    run.googleapis.com/ingress: all',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    "        autoscaling.knative.dev/maxScale: '10'",
    '    spec:',
    '      containerConcurrency: 80',
    '      containers:',
    '      - image: us-docker.pkg.dev/my-project/containers/hello:v1.4.0',
    '        ports:',
    '        - name: http1',
    '          containerPort: 8080',
    '        env:',
    '        - name: FLASK_DEBUG',
    '          value: "1"',
    '',
  ].join('\n');
  // The same Service with no Cloud Run mark: Knative on a cluster.
  const KNATIVE = CLOUD_RUN.replace('  annotations:\n    run.googleapis.com/ingress: all\n', '');
  const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.0.0\n';

  it('the predicate: run.googleapis.com annotations or labels on the Service or its template, or the location label; a plain Knative Service is no Cloud Run service', () => {
    const obj = (value: Record<string, unknown>) => ({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', value });
    expect(isCloudRun(obj({ metadata: { annotations: { 'run.googleapis.com/ingress': 'all' } } }))).toBe(true);
    expect(isCloudRun(obj({ metadata: { labels: { 'cloud.googleapis.com/location': 'europe-west1' } } }))).toBe(true);
    expect(isCloudRun(obj({ metadata: { name: 'x' }, spec: { template: { metadata: { annotations: { 'run.googleapis.com/cpu-throttling': 'false' } } } } }))).toBe(true);
    expect(isCloudRun(obj({ metadata: { annotations: { 'autoscaling.knative.dev/maxScale': '10' }, labels: { 'cloud.googleapis.com/other': 'x' } } }))).toBe(false);
    expect(isCloudRun({ apiVersion: 'apps/v1', kind: 'Deployment', value: { metadata: { annotations: { 'run.googleapis.com/ingress': 'all' } } } })).toBe(false);
  });

  it('k8s-run-as-non-root, resource-limits and k8s-probes leave the examiner\'s service.yaml alone and say why', async () => {
    const files = { 'service.yaml': CLOUD_RUN };
    const nonRoot = await run(k8sRunAsNonRoot, files);
    expect(nonRoot.findings).toEqual([]);
    expect(nonRoot.skipped).toMatch(/^only Cloud Run services \(.*Knative Service 'hello' in service\.yaml\): not judged, as Cloud Run does not support securityContext/);
    const limits = await run(resourceLimits, files);
    expect(limits.findings).toEqual([]);
    expect(limits.skipped).toMatch(/Kubernetes containers only in Cloud Run services .*Cloud Run always enforces a memory limit/);
    expect((await run(k8sProbes, files)).findings).toEqual([]);
  });

  it('the fuller r06 shape: the location label and template annotations alone mark it too', async () => {
    const labelled = CLOUD_RUN.replace('  annotations:\n    run.googleapis.com/ingress: all\n', '  labels:\n    cloud.googleapis.com/location: europe-west1\n');
    const template = CLOUD_RUN.replace('  annotations:\n    run.googleapis.com/ingress: all\n', '').replace("        autoscaling.knative.dev/maxScale: '10'\n", "        autoscaling.knative.dev/maxScale: '10'\n        run.googleapis.com/startup-cpu-boost: 'true'\n");
    for (const text of [labelled, template]) {
      expect((await run(k8sRunAsNonRoot, { 'service.yaml': text })).findings).toEqual([]);
      expect((await run(resourceLimits, { 'service.yaml': text })).findings).toEqual([]);
      expect((await run(k8sProbes, { 'service.yaml': text })).findings).toEqual([]);
    }
  });

  it('keeps precision: a Knative Service without Cloud Run marks, and Deployments beside a Cloud Run service, are judged as before', async () => {
    const knative = { 'ksvc.yaml': KNATIVE };
    expect((await run(k8sRunAsNonRoot, knative)).findings).toEqual([expect.stringMatching(/^ksvc\.yaml:13 container 'user-container' of Knative Service 'hello' is not guaranteed to run as non-root/)]);
    expect((await run(resourceLimits, knative)).findings).toEqual([expect.stringMatching(/^ksvc\.yaml:13 container 'user-container' of Knative Service 'hello' has no memory limit/)]);
    expect((await run(k8sProbes, knative)).findings).toEqual([expect.stringMatching(/^ksvc\.yaml:13 container 'user-container' of Knative Service 'hello' has no livenessProbe/)]);
    const mixed = { 'service.yaml': CLOUD_RUN, 'k8s/deployment.yaml': DEPLOYMENT };
    expect((await run(k8sRunAsNonRoot, mixed)).findings).toEqual([expect.stringMatching(/^k8s\/deployment\.yaml:9 container 'api' of Deployment 'api' is not guaranteed/)]);
    expect((await run(resourceLimits, mixed)).findings).toEqual([expect.stringMatching(/^k8s\/deployment\.yaml:9 container 'api' of Deployment 'api' has no memory limit/)]);
    expect((await run(k8sProbes, mixed)).findings).toEqual([expect.stringMatching(/^k8s\/deployment\.yaml:9 container 'api' of Deployment 'api' has no readinessProbe and no livenessProbe/)]);
  });

  it('the other checks still read the Cloud Run file: a debug flag, an unpinned image and a hard-coded secret in it are reported', async () => {
    expect((await run(debugMode, { 'service.yaml': CLOUD_RUN })).findings).toEqual([expect.stringMatching(/^service\.yaml:21 .*FLASK_DEBUG/)]);
    const latest = CLOUD_RUN.replace('hello:v1.4.0', 'hello:latest');
    expect((await run(imageTagPinned, { 'service.yaml': latest })).findings).toEqual([expect.stringMatching(/^service\.yaml:15 /)]);
    const secret = CLOUD_RUN.replace('name: FLASK_DEBUG\n          value: "1"', 'name: STRIPE_SECRET_KEY\n          value: sk_live_51HqLyjWDarjtT1zdp7dcXpOQwErtYuIoPaSdFgHjKlZxCvBnM');
    expect((await run(hardcodedSecret, { 'service.yaml': secret })).findings).toEqual([expect.stringMatching(/^service\.yaml:21 /)]);
  });
});

// D2: Railway's `pr` environment (the override its PR environments take) and preview names are not production.
describe('QA39 fphunt10 D2: Railway pr/preview environments give notes, as dev does', () => {
  const railway = (env: string) => JSON.stringify({
    $schema: 'https://railway.com/railway.schema.json',
    deploy: { startCommand: 'gunicorn config.wsgi --bind 0.0.0.0:$PORT --workers 3', healthcheckPath: '/health/' },
    environments: { [env]: { deploy: { startCommand: 'python manage.py runserver 0.0.0.0:$PORT' } } },
  }, null, 2);
  const django = { 'manage.py': 'import os\nimport sys\n\nif __name__ == "__main__":\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n' };

  it('the vocabulary: development and preview names, by name part; production and staging are neither', () => {
    expect(['pr', 'PR', 'preview', 'review', 'pr-42', 'review-app', 'previews'].map(nonProductionEnvironment)).toEqual(Array(7).fill('preview'));
    expect(['dev', 'development', 'local', 'test'].map(nonProductionEnvironment)).toEqual(Array(4).fill('development'));
    expect(['production', 'staging', 'prod', 'prime', 'api', 'reviewer'].map(nonProductionEnvironment)).toEqual(Array(6).fill(null));
  });

  it('the examiner\'s api/railway.json: `pr` and `preview` overrides running runserver are notes naming the preview environment', async () => {
    for (const env of ['pr', 'preview', 'review-apps']) {
      const { findings } = await run(productionServer, { 'api/railway.json': railway(env), ...django });
      expect(findings).toEqual([expect.stringMatching(new RegExp(`^NOTE api/railway\\.json:\\d+ Railway environment '${env}' startCommand starts a development server: manage\\.py runserver; .*\\(PR/preview environment\\)$`))]);
    }
    // `dev` keeps its wording.
    expect((await run(productionServer, { 'api/railway.json': railway('dev'), ...django })).findings).toEqual([expect.stringMatching(/^NOTE api\/railway\.json:\d+ Railway environment 'dev' .*\(development environment\)$/)]);
  });

  it('keeps precision: a `staging` or `production` override running runserver still fails', async () => {
    for (const env of ['staging', 'production']) {
      const { findings } = await run(productionServer, { 'api/railway.json': railway(env), ...django });
      expect(findings).toEqual([expect.stringMatching(new RegExp(`^api/railway\\.json:\\d+ Railway environment '${env}' startCommand starts a development server: manage\\.py runserver`))]);
    }
  });

  it('railway.toml: an `[environments.<name>.deploy]` override is named and judged by its environment', async () => {
    const toml = (env: string) => `[deploy]\nstartCommand = "gunicorn config.wsgi --bind 0.0.0.0:$PORT"\n\n[environments.${env}.deploy]\nstartCommand = "python manage.py runserver 0.0.0.0:$PORT"\n`;
    expect((await run(productionServer, { 'railway.toml': toml('pr'), ...django })).findings).toEqual([expect.stringMatching(/^NOTE railway\.toml:5 Railway environment 'pr' startCommand starts a development server: manage\.py runserver; .*\(PR\/preview environment\)$/)]);
    expect((await run(productionServer, { 'railway.toml': toml('staging'), ...django })).findings).toEqual([expect.stringMatching(/^railway\.toml:5 Railway environment 'staging' startCommand starts a development server/)]);
    // The production `[deploy]` command is judged as production.
    expect((await run(productionServer, { 'railway.toml': '[deploy]\nstartCommand = "python manage.py runserver 0.0.0.0:$PORT"\n', ...django })).findings).toEqual([expect.stringMatching(/^railway\.toml:2 Railway startCommand starts a development server/)]);
  });
});

// D3: a Kamal env that sets RAILS_ENV=development gives the image's `rails server` Rails' development environment.
describe('QA39 fphunt10 D3: production-server reads a Kamal env RAILS_ENV=development over the image\'s ENV', () => {
  const dockerfile = (cmd: string) => `FROM ruby:3.3.5-slim\nWORKDIR /rails\nENV RAILS_ENV="production" \\\n    BUNDLE_DEPLOYMENT="1"\nCOPY . .\nUSER 1000:1000\nEXPOSE 80\nCMD ${cmd}\n`;
  const deploy = (env: string, roleEnv = '') => `service: myapp\nimage: acme/myapp\nservers:\n  web:\n    hosts:\n      - 192.168.0.1\n${roleEnv}  job:\n    hosts:\n      - 192.168.0.1\n    cmd: bin/jobs\nregistry:\n  username: acme\n  password:\n    - KAMAL_REGISTRY_PASSWORD\nenv:\n  secret:\n    - RAILS_MASTER_KEY\n  clear:\n    DB_HOST: myapp-db\n${env}`;
  const thrust = { 'bin/thrust': '#!/usr/bin/env ruby\nrequire "rubygems"\nrequire "bundler/setup"\nload Gem.bin_path("thruster", "thrust")\n' };

  it('the examiner\'s r09c and r09d: `bin/rails server` (also through thrust) fails at the role key, naming the env value', async () => {
    for (const cmd of ['["./bin/rails", "server"]', '["./bin/thrust", "./bin/rails", "server"]']) {
      const { findings } = await run(productionServer, { Dockerfile: dockerfile(cmd), 'config/deploy.yml': deploy('    RAILS_ENV: development\n'), ...thrust });
      expect(findings).toEqual([expect.stringMatching(/^config\/deploy\.yml:4 Kamal role 'web' \(deploy\.yml\) runs Dockerfile's CMD \(Dockerfile:8\), which starts a development server: rails server .*and the role sets RAILS_ENV=development \(env\.clear in config\/deploy\.yml:\d+\), which the process gets over the image's \(ENV in Dockerfile:3\); set RAILS_ENV=production/)]);
    }
  });

  it('a role\'s own env.clear setting it fails that role only', async () => {
    const roleEnv = '    env:\n      clear:\n        RAILS_ENV: development\n';
    const { findings } = await run(productionServer, { Dockerfile: dockerfile('["./bin/rails", "server"]'), 'config/deploy.yml': deploy('', roleEnv) });
    expect(findings).toEqual([expect.stringMatching(/^config\/deploy\.yml:4 Kamal role 'web' \(deploy\.yml\) runs Dockerfile's CMD .*and the role sets RAILS_ENV=development/)]);
  });

  it('keeps precision: the Kamal env setting production or staging, or nothing, passes on the image\'s ENV; a destination named for development is not judged', async () => {
    for (const env of ['    RAILS_ENV: production\n', '    RAILS_ENV: staging\n', '']) {
      expect((await run(productionServer, { Dockerfile: dockerfile('["./bin/rails", "server"]'), 'config/deploy.yml': deploy(env) })).findings).toEqual([]);
    }
    const devDestination = { Dockerfile: dockerfile('["./bin/rails", "server"]'), 'config/deploy.yml': deploy(''), 'config/deploy.development.yml': 'env:\n  clear:\n    RAILS_ENV: development\n' };
    expect((await run(productionServer, devDestination)).findings).toEqual([]);
  });
});
