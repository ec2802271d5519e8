/**
 * QA stop 36 (fphunt6): false positives and negatives on recent rules.
 * D1: env templates with a templating tool's extension (`.env.tftpl`, `.env.ctmpl`, `.env.gotmpl`, `.env.epp`…) were committed env files.
 * D2: kustomize generator sources (`configMapGenerator: envs: [config.env]`) were critical committed env files.
 * D3: `aws-load-balancer-internal: 0.0.0.0/0` (any value but "false" to AWS's cloud provider) was not an internal load balancer.
 * D5: `.env.production.j2` was not read by debug-mode and default-credentials as the `.env.production` it renders to.
 * D7: an umbrella chart's subchart image with an empty tag the parent's values set was an "unverifiable" note.
 */
import { describe, expect, it } from 'vitest';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { isRenderedEnvTemplate, renderedEnvName } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note), all: out.findings };
};

// D1 ------------------------------------------------------------------------------------------------------------------

describe('D1: env templates rendered by a templating tool are no committed env files', () => {
  const templates: Record<string, string> = {
    'terraform/templates/.env.tftpl': 'DB_PASSWORD=${db_password}\nDB_HOST=${db_host}\n',
    '.env.ctmpl': 'DB_PASSWORD={{ with secret "kv/data/app" }}{{ .Data.data.db_password }}{{ end }}\n',
    'helmfile/.env.gotmpl': 'API_KEY={{ requiredEnv "API_KEY" }}\n',
    'puppet/.env.epp': 'SECRET_KEY=<%= $secret_key %>\n',
    'web/.env.ejs': 'SECRET_KEY=<%= secretKey %>\n',
    'phx/.env.eex': 'SECRET_KEY_BASE=<%= @secret %>\n',
    'site/.env.liquid': 'TOKEN={{ token }}\n',
    'site/.env.njk': 'TOKEN={{ token }}\n',
    'php/.env.twig': 'APP_SECRET={{ app_secret }}\n',
    'deploy/.env.production.tftpl': 'DATABASE_URL=${database_url}\n',
  };
  for (const [file, text] of Object.entries(templates)) {
    it(`${file} passes env-file-committed`, async () => {
      const r = await run(envFileCommitted, { [file]: text, '.gitignore': '.env\n.env.*\n!.env.*.tftpl\n' });
      expect(r.all).toEqual([]);
    });
  }
  it('one list: the rendered name is the env file behind each template', () => {
    expect(renderedEnvName('terraform/templates/.env.tftpl')).toBe('terraform/templates/.env');
    expect(renderedEnvName('.env.production.ctmpl')).toBe('.env.production');
    expect(isRenderedEnvTemplate('.env.gotmpl')).toBe(true);
    expect(isRenderedEnvTemplate('.env.epp')).toBe(true);
    // No templating tool's extension: a real env file.
    expect(isRenderedEnvTemplate('.env.production')).toBe(false);
    expect(isRenderedEnvTemplate('.env.backup')).toBe(false);
    expect(renderedEnvName('.env.staging')).toBe('.env.staging');
  });
  it('env-file-not-ignored reads the real name behind a .ctmpl template as behind a .j2 one', async () => {
    // No .gitignore rule for the rendered `.env.production` beside the template.
    const r = await run(envFileNotIgnored, { '.env.production.ctmpl': 'A={{ key "a" }}\n', '.gitignore': 'node_modules/\n' });
    expect(r.failures.map((f) => f.message).join('\n')).toMatch(/\.env\.production/);
  });
  it('a real .env.production is still critical', async () => {
    const r = await run(envFileCommitted, { '.env.production': 'DJANGO_SECRET_KEY=k8Jd02nXq9LmZp4Rt7Vw\n', '.env.tftpl': 'A=${a}\n' });
    expect(r.failures.map((f) => [f.file, f.severity ?? 'critical'])).toEqual([['.env.production', 'critical']]);
  });
});

// D2 ------------------------------------------------------------------------------------------------------------------

const KUSTOMIZATION = (gen: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n${gen}`;
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.2.3\n          envFrom:\n            - configMapRef:\n                name: web-config\n';

describe('D2: kustomize generator sources are judged by what they hold', () => {
  it('a configMapGenerator envs source without secrets is low, not critical', async () => {
    const r = await run(envFileCommitted, {
      'k8s/base/kustomization.yaml': KUSTOMIZATION('configMapGenerator:\n  - name: web-config\n    envs:\n      - config.env\n'),
      'k8s/base/deployment.yaml': DEPLOYMENT,
      'k8s/base/config.env': 'LOG_LEVEL=info\nFEATURE_FLAGS=a,b\nPORT=8080\n',
      'k8s/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: web-config\n    behavior: merge\n    envs:\n      - production.env\n',
      'k8s/overlays/production/production.env': 'LOG_LEVEL=warn\n',
    });
    expect(r.failures.map((f) => [f.file, f.severity])).toEqual([['k8s/base/config.env', 'low'], ['k8s/overlays/production/production.env', 'low']]);
    expect(r.failures[0]!.message).toMatch(/configMapGenerator 'web-config'/);
  });
  it('a .env named by configMapGenerator (the Kubernetes docs\' example) is judged the same way', async () => {
    const r = await run(envFileCommitted, { 'kustomization.yaml': KUSTOMIZATION('configMapGenerator:\n  - name: web-config\n    envs: [.env]\n'), 'deployment.yaml': DEPLOYMENT, '.env': 'LOG_LEVEL=info\n' });
    expect(r.failures.map((f) => f.severity)).toEqual(['low']);
  });
  it('a secret-named value in a configMapGenerator source is still critical', async () => {
    const r = await run(envFileCommitted, { 'kustomization.yaml': KUSTOMIZATION('configMapGenerator:\n  - name: web-config\n    envs: [config.env]\n'), 'deployment.yaml': DEPLOYMENT, 'config.env': 'LOG_LEVEL=info\nSTRIPE_SECRET_KEY=Zq8mW2xT5vN9rB3kL7pD\n' });
    expect(r.failures.map((f) => f.severity ?? 'critical')).toEqual(['critical']);
    expect(r.failures[0]!.message).not.toMatch(/Zq8mW2/);
  });
  it('a secretGenerator source with a real value is critical whatever its key', async () => {
    const r = await run(envFileCommitted, { 'kustomization.yaml': KUSTOMIZATION('secretGenerator:\n  - name: web-secrets\n    envs: [secrets.env]\n'), 'deployment.yaml': DEPLOYMENT, 'secrets.env': 'DB_CREDS=Zq8mW2xT5vN9rB3kL7pD\n' });
    expect(r.failures.map((f) => f.severity ?? 'critical')).toEqual(['critical']);
    expect(r.failures[0]!.message).toMatch(/secretGenerator 'web-secrets'/);
  });
  it('a secretGenerator source holding only references is low', async () => {
    const r = await run(envFileCommitted, { 'kustomization.yaml': KUSTOMIZATION('secretGenerator:\n  - name: web-secrets\n    envs: [secrets.env]\n'), 'deployment.yaml': DEPLOYMENT, 'secrets.env': 'DB_PASSWORD=${DB_PASSWORD}\n' });
    expect(r.failures.map((f) => f.severity)).toEqual(['low']);
  });
  it('a development overlay\'s source is a note', async () => {
    const r = await run(envFileCommitted, { 'k8s/overlays/dev/kustomization.yaml': KUSTOMIZATION('secretGenerator:\n  - name: web-secrets\n    envs: [dev.env]\n'), 'k8s/overlays/dev/deployment.yaml': DEPLOYMENT, 'k8s/overlays/dev/dev.env': 'DB_PASSWORD=localdevpass\n' });
    expect(r.failures).toEqual([]);
    expect(r.notes).toHaveLength(1);
  });
  it('an env file no generator reads stays critical beside them', async () => {
    const r = await run(envFileCommitted, { 'kustomization.yaml': KUSTOMIZATION('configMapGenerator:\n  - name: web-config\n    envs: [config.env]\n'), 'deployment.yaml': DEPLOYMENT, 'config.env': 'LOG_LEVEL=info\n', 'app.env': 'LOG_LEVEL=info\n' });
    expect(r.failures.map((f) => [f.file, f.severity ?? 'critical'])).toEqual([['app.env', 'critical'], ['config.env', 'low']]);
  });
});

// D3 ------------------------------------------------------------------------------------------------------------------

const SERVICE = (annotations: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: postgres\n  annotations:\n${annotations}spec:\n  type: LoadBalancer\n  ports:\n    - port: 5432\n`;

describe('D3: aws-load-balancer-internal as AWS reads it', () => {
  for (const value of ['0.0.0.0/0', '"true"', 'internal']) {
    it(`${value} is an internal load balancer (a note)`, async () => {
      const r = await run(databasePortExposed, { 'k8s/pg.yaml': SERVICE(`    service.beta.kubernetes.io/aws-load-balancer-internal: ${value}\n`) });
      expect(r.failures).toEqual([]);
      expect(r.notes.map((n) => n.message).join('\n')).toMatch(/internal load balancer/);
    });
  }
  for (const value of ['"false"', '""']) {
    it(`${value} is an internet-facing one (fails)`, async () => {
      const r = await run(databasePortExposed, { 'k8s/pg.yaml': SERVICE(`    service.beta.kubernetes.io/aws-load-balancer-internal: ${value}\n`) });
      expect(r.failures).toHaveLength(1);
    });
  }
  it('the AWS Load Balancer Controller reads it as a boolean: 0.0.0.0/0 is no internal one there', async () => {
    const r = await run(databasePortExposed, { 'k8s/pg.yaml': SERVICE('    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-internal: 0.0.0.0/0\n') });
    expect(r.failures).toHaveLength(1);
    const ok = await run(databasePortExposed, { 'k8s/pg.yaml': SERVICE('    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-internal: "true"\n') });
    expect(ok.failures).toEqual([]);
  });
});

// D5 ------------------------------------------------------------------------------------------------------------------

describe('D5: a template rendered into a production env file is read as it', () => {
  const TEMPLATE = 'DJANGO_SETTINGS_MODULE=app.settings\nDJANGO_DEBUG=True\nDJANGO_SECRET_KEY=changeme\nDATABASE_URL=postgres://app:{{ vault_db_password }}@db.internal:5432/app\n';
  for (const file of ['.env.production.j2', 'roles/app/templates/.env.production.j2', 'deploy/.env.prod.tmpl', '.env.staging.tftpl']) {
    it(`${file}: debug-mode and default-credentials fail at its literal lines`, async () => {
      const dm = await run(debugMode, { [file]: TEMPLATE });
      expect(dm.failures.map((f) => [f.file, f.line])).toEqual([[file, 2]]);
      const dc = await run(defaultCredentials, { [file]: TEMPLATE });
      // The placeholder key fails; the template tag in the URL's password is no value.
      expect(dc.failures.map((f) => [f.file, f.line])).toEqual([[file, 3]]);
    });
  }
  it('template tags stay unknown', async () => {
    const files = { '.env.production.j2': 'DJANGO_DEBUG={{ django_debug }}\nDJANGO_SECRET_KEY={{ vault_secret_key }}\n' };
    expect((await run(debugMode, files)).all).toEqual([]);
    expect((await run(defaultCredentials, files)).all).toEqual([]);
  });
  it('a template of a non-production env file is not read as a production one', async () => {
    const files = { '.env.j2': 'DJANGO_DEBUG=True\n' };
    expect((await run(debugMode, files)).failures).toEqual([]);
  });
});

// D7 ------------------------------------------------------------------------------------------------------------------

const SUB_DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n';
const umbrella = (parentValues: string, subValues = 'image:\n  repository: ""\n  tag: ""\n', appVersion = '"0.1.0"') => ({
  'charts/platform/Chart.yaml': 'apiVersion: v2\nname: platform\nversion: 3.2.0\ndependencies:\n  - name: api\n    version: 0.1.0\n    repository: file://charts/api\n',
  'charts/platform/values.yaml': parentValues,
  'charts/platform/charts/api/Chart.yaml': `apiVersion: v2\nname: api\nversion: 0.1.0\nappVersion: ${appVersion}\n`,
  'charts/platform/charts/api/values.yaml': subValues,
  'charts/platform/charts/api/templates/deployment.yaml': SUB_DEPLOYMENT,
});

describe('D7: an umbrella chart\'s subchart image', () => {
  it('the parent\'s pinned tag overrides the subchart\'s empty one: no values note', async () => {
    const r = await run(imageTagPinned, umbrella('api:\n  image:\n    repository: acme/api\n    tag: "3.2.0"\n'));
    expect(r.failures).toEqual([]);
    expect(r.all.filter((f) => f.file.endsWith('values.yaml'))).toEqual([]);
    expect(r.all.map((f) => f.message).join('\n')).not.toMatch(/without a default|:0\.1\.0/);
  });
  it('the parent\'s moving tag fails where the parent writes it', async () => {
    const r = await run(imageTagPinned, umbrella('api:\n  image:\n    repository: acme/api\n    tag: latest\n'));
    expect(r.failures.map((f) => f.file)).toEqual(['charts/platform/values.yaml']);
  });
  it('a parent that leaves the tag alone: the subchart\'s moving appVersion still fails, its empty repository not shown as an empty reference', async () => {
    const r = await run(imageTagPinned, umbrella('api:\n  replicaCount: 2\n', 'image:\n  repository: ""\n  tag: ""\n', 'latest'));
    expect(r.failures.map((f) => f.file)).toEqual(['charts/platform/charts/api/values.yaml']);
    expect(r.failures[0]!.message).toMatch(/repository is set at install\):latest/);
  });
  it('an empty repository with a pinned appVersion gives no "variable without a default" note', async () => {
    const r = await run(imageTagPinned, umbrella('api:\n  replicaCount: 2\n'));
    expect(r.all.map((f) => f.message).join('\n')).not.toMatch(/without a default/);
  });
  it('an empty repository with tag latest fails', async () => {
    const r = await run(imageTagPinned, { 'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n', 'chart/values.yaml': 'image:\n  repository: ""\n  tag: latest\n', 'chart/templates/deployment.yaml': SUB_DEPLOYMENT });
    expect(r.failures.map((f) => f.file)).toEqual(['chart/values.yaml']);
  });
});

describe('D1: a Terraform templatefile() source writes no env file into the repository', () => {
  it('its real name is not judged by env-file-not-ignored', async () => {
    const r = await run(envFileNotIgnored, { 'infra/app.env.tftpl': 'A=${a}\n', '.gitignore': '.env\n' });
    expect(r.failures).toEqual([]);
  });
});
