import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
async function shown(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop39', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
}

const service = (name: string, command: string) => `  ${name}:\n    image: python:3.12.4-slim\n    command: ${command}\n`;
const compose = (...services: string[]) => `services:\n${services.join('')}`;

// D1: Python's Reflex framework (`reflex run --env prod`) is not Go's reflex file watcher.
describe('QA39 containers10 D1: production-server tells Python Reflex from Go reflex', () => {
  it('the examiner\'s Dockerfile: reflex run --env prod (Reflex\'s documented production command) passes', async () => {
    const df = 'FROM python:3.12.4-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nRUN reflex export --frontend-only --no-zip\nUSER 10001\nCMD ["reflex", "run", "--env", "prod", "--backend-only"]\n';
    expect(await shown(productionServer, { Dockerfile: df, 'requirements.txt': 'reflex==0.5.9\n', 'rxconfig.py': 'import reflex as rx\nconfig = rx.Config(app_name="app")\n' })).toEqual([]);
  });

  it('--env=prod, a production value in either case, and the other Reflex sub-commands pass', async () => {
    const files = { 'compose.yaml': compose(service('a', 'reflex run --env=prod'), service('b', 'reflex run --backend-only --env PROD --backend-port 8000'), service('c', 'reflex export --frontend-only'), service('d', 'reflex db migrate')) };
    expect(await shown(productionServer, files)).toEqual([]);
  });

  it('reflex run without --env prod, or with --env dev, is Reflex\'s dev server, with Reflex\'s advice', async () => {
    const f = await shown(productionServer, { 'compose.yaml': compose(service('dev', 'reflex run --env dev'), service('bare', 'reflex run --backend-host 0.0.0.0')) });
    expect(f).toHaveLength(2);
    expect(f[0]).toMatch(/^compose\.yaml:4:14 service 'dev' command starts a development server: reflex run --env dev; run Reflex in production mode \(reflex run --env prod\)/);
    expect(f[1]).toMatch(/^compose\.yaml:7:14 service 'bare' command starts a development server: reflex run without --env prod .*; run Reflex in production mode \(reflex run --env prod\)/);
    for (const x of f) expect(x).not.toMatch(/Go binary/);
  });

  it('keeps Go\'s reflex file watcher (its own options first) with the Go advice', async () => {
    const f = await shown(productionServer, { 'compose.yaml': compose(service('w', "reflex -r '\\.go$' -s -- sh -c 'go build -o app . && ./app'"), service('c', 'reflex -c reflex.conf')) });
    expect(f).toHaveLength(2);
    for (const x of f) expect(x).toMatch(/starts a development server: reflex; build the Go binary \(go build\) and run it without the live-reload tool$/);
  });
});

// D2: a command written in an `extends.file` base is one finding there, naming every service that runs it.
describe('QA39 containers10 D2: production-server reports an extends base\'s command once, where it is written', () => {
  const BASE = 'services:\n  app:\n    image: ghcr.io/acme/web:1.2.0\n    command: python manage.py runserver 0.0.0.0:8000\n';
  const ext = (name: string) => `  ${name}:\n    extends: { file: common-services.yml, service: app }\n    restart: unless-stopped\n`;

  it('the examiner\'s two services extending one base: one finding at the base\'s command naming both, none for the base on its own', async () => {
    const f = await shown(productionServer, { 'compose.yaml': `services:\n${ext('web')}${ext('worker')}`, 'common-services.yml': BASE });
    expect(f).toEqual([expect.stringMatching(/^common-services\.yml:4:14 services 'web', 'worker' command starts a development server: manage\.py runserver; /)]);
  });

  it('one extending service: one finding at the base, naming it; a base file nobody runs on its own is not judged', async () => {
    expect(await shown(productionServer, { 'compose.yaml': `services:\n${ext('web')}`, 'common-services.yml': BASE })).toEqual([
      expect.stringMatching(/^common-services\.yml:4:14 service 'web' command starts a development server: manage\.py runserver; /),
    ]);
    // A subfolder layout (deploy/compose.yaml extending ../common/base.yaml).
    const sub = await shown(productionServer, { 'deploy/compose.yaml': 'services:\n  web:\n    extends:\n      file: ../common/base.yaml\n      service: app\n', 'common/base.yaml': BASE });
    expect(sub).toEqual([expect.stringMatching(/^common\/base\.yaml:4:14 service 'web' command /)]);
  });

  it('services whose environments differ still give one finding at the shared command, naming them all; a merge-key anchor too', async () => {
    const sameFile = 'services:\n  app:\n    image: ghcr.io/acme/web:1.0\n    command: flask run --host 0.0.0.0\n  web:\n    extends: app\n  other:\n    extends:\n      service: app\n    environment:\n      FLASK_APP: other\n';
    expect(await shown(productionServer, { 'compose.yaml': sameFile })).toEqual([expect.stringMatching(/^compose\.yaml:4:14 services 'app', 'web', 'other' command starts a development server: flask run; /)]);
    const anchor = 'x-app: &app\n  image: ghcr.io/acme/web:1.0\n  command: flask run --host 0.0.0.0\nservices:\n  web:\n    <<: *app\n  worker:\n    <<: *app\n';
    expect(await shown(productionServer, { 'compose.yaml': anchor })).toEqual([expect.stringMatching(/^compose\.yaml:3:12 services 'web', 'worker' command starts a development server: flask run; /)]);
  });

  it('keeps recall: a service\'s own command overriding the base is judged at its own line; a production base command passes', async () => {
    const own = `services:\n${ext('web')}  api:\n    extends: { file: common-services.yml, service: app }\n    command: flask run\n`;
    const f = await shown(productionServer, { 'compose.yaml': own, 'common-services.yml': BASE });
    expect(f).toEqual([
      expect.stringMatching(/^common-services\.yml:4:14 service 'web' command starts a development server: manage\.py runserver/),
      expect.stringMatching(/^compose\.yaml:7:14 service 'api' command starts a development server: flask run/),
    ]);
    expect(await shown(productionServer, { 'compose.yaml': `services:\n${ext('web')}`, 'common-services.yml': BASE.replace('python manage.py runserver 0.0.0.0:8000', 'gunicorn project.wsgi -b 0.0.0.0:8000') })).toEqual([]);
  });
});

// D3: Neo4j's NEO4J_AUTH, MinIO's sample secret, the Cassandra superuser's and ArangoDB's documented passwords.
describe('QA39 containers10 D3: default-credentials knows Neo4j, MinIO, Cassandra and ArangoDB defaults', () => {
  const neo = (env: string) => `services:\n  neo4j:\n    image: neo4j:5.20.0\n    environment:\n${env}`;

  it('the examiner\'s NEO4J_AUTH=neo4j/password and NEO4J_AUTH: none fail, the password never shown', async () => {
    const f = await shown(defaultCredentials, { 'compose.yaml': `${neo('      - NEO4J_AUTH=neo4j/password\n')}  noauth:\n    image: neo4j:5.20.0\n    environment:\n      NEO4J_AUTH: none\n` });
    expect(f).toEqual([
      "compose.yaml:5:20 NEO4J_AUTH (service 'neo4j') holds a password (after the /) set to a well-known default value; set a strong generated secret from a secret store instead",
      "compose.yaml:9:19 NEO4J_AUTH (service 'noauth') is 'none', which turns authentication off: any client that reaches the database reads and writes every graph; remove it and require a strong password from a secret store",
    ]);
  });

  it('neo4j/test, neo4j/neo4j (the user name, the image default) and a compose default of ${NEO4J_AUTH:-neo4j/changeme} fail', async () => {
    expect(await shown(defaultCredentials, { 'compose.yaml': neo('      NEO4J_AUTH: neo4j/test\n') })).toHaveLength(1);
    expect(await shown(defaultCredentials, { 'compose.yaml': neo('      NEO4J_AUTH: neo4j/neo4j\n') })).toEqual([expect.stringMatching(/NEO4J_AUTH \(service 'neo4j'\) holds a password \(after the \/\) equal to its user name/)]);
    expect(await shown(defaultCredentials, { 'compose.yaml': neo('      NEO4J_AUTH: ${NEO4J_AUTH:-neo4j/changeme}\n') })).toEqual([expect.stringMatching(/holds a password \(after the \/\) set to a placeholder value when NEO4J_AUTH is unset/)]);
  });

  it('in a Kubernetes container env, a Dockerfile ENV and a production env file too', async () => {
    const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: graph\nspec:\n  template:\n    spec:\n      containers:\n        - name: neo4j\n          image: neo4j:5.20.0\n          env:\n            - name: NEO4J_AUTH\n              value: neo4j/password\n';
    expect(await shown(defaultCredentials, { 'k8s/graph.yaml': k8s })).toEqual([expect.stringMatching(/^k8s\/graph\.yaml:13:\d+ NEO4J_AUTH .*holds a password \(after the \/\) set to a well-known default value/)]);
    expect(await shown(defaultCredentials, { Dockerfile: 'FROM neo4j:5.20.0\nENV NEO4J_AUTH=none\n' })).toEqual([expect.stringMatching(/^Dockerfile:2:\d+ NEO4J_AUTH .*is 'none', which turns authentication off/)]);
    expect(await shown(defaultCredentials, { '.env.production': 'MINIO_ROOT_USER=minio\nMINIO_ROOT_PASSWORD=minio123\n' })).toEqual([expect.stringMatching(/^\.env\.production:2:\d+ MINIO_ROOT_PASSWORD .*is set to MinIO's documented sample password/)]);
  });

  it('MinIO\'s minio123, a standalone CASSANDRA_PASSWORD: cassandra and ArangoDB\'s openSesame fail', async () => {
    const c = 'services:\n  app:\n    image: ghcr.io/acme/app:1.0\n    environment:\n      MINIO_SECRET_KEY: minio123\n      CASSANDRA_PASSWORD: cassandra\n      ARANGO_ROOT_PASSWORD: openSesame\n      NEO4J_PASSWORD: neo4j\n';
    expect(await shown(defaultCredentials, { 'compose.yaml': c })).toEqual([
      "compose.yaml:5:25 MINIO_SECRET_KEY (service 'app') is set to MinIO's documented sample password; set a strong generated secret from a secret store instead",
      "compose.yaml:6:27 CASSANDRA_PASSWORD (service 'app') is set to the Cassandra superuser's default password; set a strong generated secret from a secret store instead",
      "compose.yaml:7:29 ARANGO_ROOT_PASSWORD (service 'app') is set to ArangoDB's documented sample password; set a strong generated secret from a secret store instead",
      "compose.yaml:8:23 NEO4J_PASSWORD (service 'app') is set to Neo4j's default password; set a strong generated secret from a secret store instead",
    ]);
  });

  it('keeps precision: strong values, a reference, and image defaults under another image\'s variable pass', async () => {
    expect(await shown(defaultCredentials, { 'compose.yaml': neo('      NEO4J_AUTH: neo4j/Xq7vL2pR9mWt4ZkB\n') })).toEqual([]);
    expect(await shown(defaultCredentials, { 'compose.yaml': neo('      NEO4J_AUTH: ${NEO4J_AUTH}\n      NEO4J_dbms_security_auth__enabled: "true"\n') })).toEqual([]);
    expect(await shown(defaultCredentials, { 'compose.yaml': neo('      NEO4J_AUTH: neo4j/${NEO4J_PASSWORD}\n') })).toEqual([]);
    const strong = 'services:\n  app:\n    image: ghcr.io/acme/app:1.0\n    environment:\n      MINIO_SECRET_KEY: Zr8pQ2vN6tLw3XkY9mB4\n      CASSANDRA_PASSWORD: Hd5sK9wQ2pVz7RnL\n      ARANGO_ROOT_PASSWORD: Lp3vX8qW2zN6kTs4\n      CASSANDRA_KEYSPACE: cassandra\n      MINIO_ROOT_USER: minio123\n';
    expect(await shown(defaultCredentials, { 'compose.yaml': strong })).toEqual([]);
  });
});

// D4: only the user part of USER decides root.
describe('QA39 containers10 D4: dockerfile-non-root judges USER <uid>:<group> by its user part', () => {
  it('the examiner\'s USER 10001:${GID} (GID never declared) passes silently', async () => {
    expect(await shown(dockerfileNonRoot, { 'u3/Dockerfile': 'FROM python:3.12.4-slim\nUSER 10001:${GID}\nHEALTHCHECK NONE\nCMD ["gunicorn","app:app"]\n' })).toEqual([]);
    expect(await shown(dockerfileNonRoot, { Dockerfile: 'FROM python:3.12.4-slim\nARG GID\nUSER "10001:${GID}"\n' })).toEqual([]);
  });

  it('a user part resolving to 0 fails whatever the group; an unresolved user part is still a note naming it, not the group', async () => {
    expect(await shown(dockerfileNonRoot, { Dockerfile: 'FROM python:3.12.4-slim\nARG UID=0\nUSER ${UID}:${GID}\n' })).toEqual([expect.stringMatching(/^Dockerfile:3:1 the final stage runs as root \(USER \$\{UID\}:\$\{GID\} \(resolves to 0:\$\{GID\}\)\)/)]);
    const f = await shown(dockerfileNonRoot, { Dockerfile: 'FROM python:3.12.4-slim\nUSER ${UID}:${GID}\n' });
    expect(f).toEqual([expect.stringMatching(/^NOTE Dockerfile:2:1 USER \$\{UID\}:\$\{GID\} is unverifiable: UID is not declared/)]);
    expect(f[0]).not.toMatch(/GID is not declared/);
    expect(await shown(dockerfileNonRoot, { Dockerfile: 'FROM python:3.12.4-slim\nUSER root:${GID}\n' })).toEqual([expect.stringMatching(/^Dockerfile:2:1 the final stage runs as root/)]);
  });
});
