import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { restartPolicy } from '../../src/checks/restart-policy.js';
import { runCase } from '../helpers/check-tester.js';

/** Findings as `[NOTE ]file:line message`, sorted. */
async function shown(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop38', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message}`).sort();
}

// D1: `docker stack deploy` ignores `mem_limit`; in a file Preflight takes for a Swarm stack only deploy.resources.limits counts.
describe('QA38 containers9 D1: resource-limits in a Swarm stack file does not credit mem_limit', () => {
  const STACK = 'version: "3.8"\nservices:\n  web:\n    image: ghcr.io/acme/web:1.4.2\n    mem_limit: 512m\n    deploy:\n      replicas: 3\n      update_config:\n        parallelism: 1\n';

  it('the examiner\'s stack.yml: mem_limit alone fails, saying Swarm ignores it, and the fix does not suggest mem_limit', async () => {
    const f = await shown(resourceLimits, { 'stack.yml': STACK });
    expect(f).toEqual(["stack.yml:3 compose service 'web' has no memory limit that Swarm applies: stack.yml is a Swarm stack, and docker stack deploy ignores mem_limit; set deploy.resources.limits.memory"]);
  });

  it('a Swarm stack by its deploy keys, another service\'s, an overlay network or a stack name; without any limit the fix names deploy.resources only', async () => {
    const swarmKeys = 'services:\n  api:\n    image: api:1\n    mem_limit: 256m\n  proxy:\n    image: traefik:v3.1\n    deploy:\n      mode: global\n      resources:\n        limits:\n          memory: 128M\n';
    expect(await shown(resourceLimits, { 'deploy/prod.yml': swarmKeys })).toEqual([expect.stringMatching(/^deploy\/prod\.yml:2 compose service 'api' has no memory limit that Swarm applies: deploy\/prod\.yml is a Swarm stack, and docker stack deploy ignores mem_limit/)]);
    const overlay = 'services:\n  api:\n    image: api:1\n    mem_limit: 256m\nnetworks:\n  backend:\n    driver: overlay\n';
    expect(await shown(resourceLimits, { 'docker-compose.yml': overlay })).toHaveLength(1);
    const bare = await shown(resourceLimits, { 'docker-stack.prod.yml': 'services:\n  api:\n    image: api:1\n' });
    expect(bare).toEqual(["docker-stack.prod.yml:2 compose service 'api' has no memory limit; set deploy.resources.limits.memory (docker-stack.prod.yml is a Swarm stack: docker stack deploy ignores mem_limit)"]);
    expect(bare[0]).not.toMatch(/or mem_limit/);
  });

  it('keeps precision: deploy.resources.limits in a stack, mem_limit in a plain compose file (also with deploy.replicas and mode: replicated) pass', async () => {
    expect(await shown(resourceLimits, { 'stack.yml': 'services:\n  web:\n    image: web:1\n    deploy:\n      update_config:\n        parallelism: 1\n      resources:\n        limits:\n          memory: 512M\n' })).toEqual([]);
    expect(await shown(resourceLimits, { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    mem_limit: 512m\n    deploy:\n      mode: replicated\n      replicas: 2\n' })).toEqual([]);
    expect(await shown(resourceLimits, { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    mem_limit: 512m\n' })).toEqual([]);
    // A plain compose file without a limit still suggests mem_limit as an alternative.
    expect(await shown(resourceLimits, { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n' })).toEqual(["docker-compose.yml:2 compose service 'web' has no memory limit; set deploy.resources.limits.memory (or mem_limit)"]);
  });

  it('restart-policy: mode: replicated (compose\'s default, honoured by docker compose) no longer makes a file a Swarm stack; mode: global does', async () => {
    const c11 = 'services:\n  web:\n    image: ghcr.io/acme/web:1.0\n    deploy:\n      mode: replicated\n      replicas: 2\n  api:\n    image: ghcr.io/acme/api:1.0\n    deploy:\n      replicas: 2\n';
    expect(await shown(restartPolicy, { 'docker-compose.yml': c11 })).toEqual([
      "docker-compose.yml:2 compose service 'web' has no restart policy; add restart: unless-stopped (or deploy.restart_policy)",
      "docker-compose.yml:7 compose service 'api' has no restart policy; add restart: unless-stopped (or deploy.restart_policy)",
    ]);
    expect(await shown(restartPolicy, { 'docker-compose.yml': c11.replace('mode: replicated', 'mode: global') })).toEqual([]);
    expect(await shown(restartPolicy, { 'stack.yml': STACK })).toEqual([]);
  });
});

// D2: one-shot names are whole words of the name, and a name whose last word says it serves is long-running.
describe('QA38 containers9 D2: restart-policy exempts services named like one-shot tasks by whole words', () => {
  const compose = (names: string[]) => `services:\n${names.map((n) => `  ${n}:\n    image: ghcr.io/acme/a:1.0\n`).join('')}`;
  const flagged = async (names: string[]) => (await runCase(restartPolicy, { name: 'x', files: { 'docker-compose.yml': compose(names) } })).findings.map((f) => /'([^']+)'/.exec(f.message)![1]).sort();

  it('the examiner\'s long-running names that merely contain a one-shot word are judged', async () => {
    const longRunning = ['provisioning', 'user-provisioning', 'initializr', 'migration-dashboard', 'data-migration-api', 'bootstrap-ui', 'setup-wizard', 'initiatives', 'provisioning-api', 'init-worker', 'web'];
    expect(await flagged(longRunning)).toEqual([...longRunning].sort());
  });

  it('real one-shot names stay quiet', async () => {
    const oneShot = ['seeder', 'web-init', 'setup', 'init-db', 'db-migrate', 'migrate', 'migrations', 'migration', 'kafka-setup', 'init-kafka-topics', 'minio-createbuckets', 'collectstatic', 'dbMigrate', 'initdb', 'vault_init', 'run-once', 'one-shot-import', 'bootstrap', 'provision-users', 'load-fixtures'];
    expect(await flagged([...oneShot, 'web'])).toEqual(['web']);
  });

  it('a service whose command runs a one-shot task and starts nothing that runs on is one-shot whatever its name', async () => {
    const svc = (name: string, command: string) => `  ${name}:\n    image: ghcr.io/acme/api:1.0\n    command: ${command}\n`;
    const files = { 'docker-compose.yml': `services:\n${svc('migrate-api', 'alembic upgrade head')}${svc('schema', '["npx", "prisma", "migrate", "deploy"]')}${svc('api', 'sh -c "alembic upgrade head && gunicorn app:app"')}${svc('data-migration-api', 'node dist/main.js')}` };
    expect((await runCase(restartPolicy, { name: 'x', files })).findings.map((f) => /'([^']+)'/.exec(f.message)![1]).sort()).toEqual(['api', 'data-migration-api']);
    // A production overlay's command replaces the base's.
    const overlay = { 'docker-compose.yml': `services:\n${svc('api', 'alembic upgrade head')}`, 'docker-compose.prod.yml': 'services:\n  api:\n    command: gunicorn app:app\n' };
    expect((await runCase(restartPolicy, { name: 'x', files: overlay })).findings).toHaveLength(1);
  });
});

// D3: templated Helm names are printed readably by every check, and a values image already judged is not also "unverifiable".
describe('QA38 containers9 D3: Helm template names and values images', () => {
  const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.16.0"\n';
  const HELPERS = '{{- define "web.fullname" -}}\n{{- .Release.Name | trunc 63 | trimSuffix "-" }}\n{{- end }}\n';
  const deployment = (image: string, extra = '') => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "web.fullname" . }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: "${image}"\n${extra}`;
  const CREATE_IMAGE = '{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}';
  const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "web.fullname" . }}\nspec:\n  type: {{ .Values.service.type }}\n  ports:\n    - port: {{ .Values.service.port }}\n      targetPort: http\n';
  const chart = (values: string, files: Record<string, string> = {}) => ({ 'charts/web/Chart.yaml': CHART, 'charts/web/templates/_helpers.tpl': HELPERS, 'charts/web/values.yaml': values, ...files });

  it('database-port-exposed names a templated Service readably, with its template file', async () => {
    const f = await shown(databasePortExposed, chart('service:\n  type: LoadBalancer\n  port: 5432\n', { 'charts/web/templates/service.yaml': SERVICE }));
    expect(f).toEqual(["charts/web/templates/service.yaml:8 Service '<fullname>' (templates/service.yaml) of type LoadBalancer (service.type: LoadBalancer in charts/web/values.yaml) exposes database port 5432 (PostgreSQL) outside the cluster; use a ClusterIP Service (reach it from inside the cluster or through a bastion)"]);
  });

  it('database-port-exposed names a templated workload and container readably (hostPort)', async () => {
    const tpl = deployment('postgres:16.4', '          ports:\n            - containerPort: 5432\n              hostPort: 5432\n');
    const f = await shown(databasePortExposed, chart('{}\n', { 'charts/web/templates/deployment.yaml': tpl }));
    expect(f).toHaveLength(1);
    expect(f[0]).toContain("container 'web' of Deployment '<fullname>' (templates/deployment.yaml) maps database port 5432 (PostgreSQL) to hostPort 5432");
    expect(f[0]).not.toContain('{{');
  });

  it('image-tag-pinned: an image helm create writes from values is judged in the values only, with no template note', async () => {
    const files = { 'charts/web/templates/deployment.yaml': deployment(CREATE_IMAGE) };
    // Pinned through appVersion (the examiner's h01): nothing at all.
    expect(await shown(imageTagPinned, chart('image:\n  repository: nginx\n  tag: ""\n', files))).toEqual([]);
    // `tag: latest`: one failure, in the values.
    expect(await shown(imageTagPinned, chart('image:\n  repository: nginx\n  tag: latest\n', files))).toEqual([
      "charts/web/values.yaml:3 Helm value image nginx:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('image-tag-pinned keeps the template note, naming the container readably, when the values do not give the image', async () => {
    // A helper writes the image.
    const helper = await shown(imageTagPinned, chart('image:\n  repository: nginx\n  tag: "1.27.0"\n', { 'charts/web/templates/deployment.yaml': deployment('{{ include "web.image" . }}') }));
    expect(helper).toEqual(["NOTE charts/web/templates/deployment.yaml:10 container 'web' image {{ include \"web.image\" . }} is templated and unverifiable; make sure the rendered value is a pinned version or digest"]);
    // The tag comes from another value than the block's.
    const other = await shown(imageTagPinned, chart('image:\n  repository: nginx\n  tag: "1.27.0"\nappTag: main\n', { 'charts/web/templates/deployment.yaml': deployment('{{ .Values.image.repository }}:{{ .Values.appTag }}') }));
    expect(other.filter((f) => /templated and unverifiable/.test(f))).toHaveLength(1);
    // An empty tag and no appVersion: the values judge nothing, so the template says it cannot tell.
    const noVersion = await shown(imageTagPinned, { ...chart('image:\n  repository: nginx\n  tag: ""\n', { 'charts/web/templates/deployment.yaml': deployment(CREATE_IMAGE) }), 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n' });
    expect(noVersion).toEqual([expect.stringMatching(/^NOTE charts\/web\/templates\/deployment\.yaml:10 container 'web' image .* is templated and unverifiable/)]);
  });
});

// D4: credential variables tools read whatever their words say.
describe('QA38 containers9 D4: dockerfile-secrets-in-env reads REDISCLI_AUTH and DOCKER_AUTH_CONFIG', () => {
  const df = (lines: string) => ({ Dockerfile: `FROM python:3.12-slim\n${lines}USER 10001\nCMD ["gunicorn", "app:app"]\n` });

  it('literal values fail', async () => {
    const f = await shown(dockerfileSecretsInEnv, df('ENV REDISCLI_AUTH=Xk29fjQ0pLm\nENV DOCKER_AUTH_CONFIG={"auths":{"r":{"auth":"dXNlcjpwYXNz"}}}\nENV DOCKER_AUTH_CONFIG=\'{"auths":{"registry.example.com":{"auth":"dXNlcjpwYXNz"}}}\'\n'));
    expect(f).toEqual([
      'Dockerfile:2 ENV REDISCLI_AUTH bakes a literal value into the image (readable with docker inspect); inject it at run time instead',
      'Dockerfile:3 ENV DOCKER_AUTH_CONFIG bakes a literal value into the image (readable with docker inspect); inject it at run time instead',
      'Dockerfile:4 ENV DOCKER_AUTH_CONFIG bakes a literal value into the image (readable with docker inspect); inject it at run time instead',
    ]);
  });

  it('keeps precision: a credential helper, variables only and empty values pass', async () => {
    expect(await shown(dockerfileSecretsInEnv, df('ENV DOCKER_AUTH_CONFIG=\'{"credHelpers":{"123456789012.dkr.ecr.eu-west-1.amazonaws.com":"ecr-login"}}\'\nENV DOCKER_AUTH_CONFIG2=\'{"credsStore":"ecr-login"}\'\nENV REDISCLI_AUTH=${REDIS_PASSWORD}\nENV REDISCLI_AUTH=""\nENV DOCKER_AUTH_CONFIG=\'{"auths":{"r":{"auth":"${REGISTRY_AUTH}"}}}\'\n'))).toEqual([]);
  });
});
