/**
 * QA stop 36, secrets round 10 (precision):
 * D1: a trust store's `changeit` (the JDK's public `cacerts` default) written as configuration passes, as on a command line;
 *   a key store's `changeit` stays a default credential.
 * D2: Spring Cloud Config `{cipher}…` values are ciphertext in YAML (quoted) as in `.properties`.
 * D3: argocd-vault-plugin placeholders are secret-store references: `<path:kv/data/app#key>` anywhere, `<key>` in an object
 *   annotated `avp.kubernetes.io/path`.
 * D4: plain settings kept in a Kubernetes Secret (`NODE_ENV: production`, `WEB_CONCURRENCY: "4"`) are no committed secrets,
 *   in a Secret manifest and in a kustomize secretGenerator source alike.
 */
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { hardcodedSecret, isSecretDataValue } from '../../src/checks/hardcoded-secret.js';
import { isDefaultCredential, isReference } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'stop36-sec', files });
  expect(out.error).toBeUndefined();
  return out.findings;
};
const failuresAt = async (check: CheckDef, files: Record<string, string>) => (await run(check, files)).filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);

const deployment = (env: string, annotations = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n${annotations}spec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.4.2\n          env:\n${env}`;

describe('D1: a trust store\'s changeit', () => {
  it('passes in Spring YAML, .properties and a container env', async () => {
    const files = {
      'src/main/resources/application.yml': 'spring:\n  ssl:\n    bundle:\n      jks:\n        client:\n          truststore:\n            location: classpath:truststore.jks\n            password: changeit\nserver:\n  ssl:\n    trust-store: classpath:truststore.jks\n    trust-store-password: changeit\n',
      'src/main/resources/application.properties': 'server.ssl.trust-store-password=changeit\njavax.net.ssl.trustStorePassword=changeit\nspring.kafka.ssl.trust-store-password=${KAFKA_TRUSTSTORE_PASSWORD:changeit}\n',
      'k8s/deploy.yaml': deployment('            - name: TRUSTSTORE_PASSWORD\n              value: changeit\n            - name: KAFKA_SSL_TRUSTSTORE_PASSWORD\n              value: "changeit"\n'),
    };
    expect(await failuresAt(defaultCredentials, files)).toEqual([]);
  });

  it('a key store\'s changeit, and another default for a trust store, stay flagged', async () => {
    const files = {
      'src/main/resources/application.properties': 'server.ssl.key-store-password=changeit\nserver.ssl.trust-store-password=changeme\n',
      'k8s/deploy.yaml': deployment('            - name: KEYSTORE_PASSWORD\n              value: changeit\n'),
    };
    const findings = (await run(defaultCredentials, files)).filter((f) => !f.note);
    expect(findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['k8s/deploy.yaml:13', 'src/main/resources/application.properties:1', 'src/main/resources/application.properties:2']);
  });
});

describe('D2: Spring Cloud Config {cipher} values', () => {
  const HEX = '6961ceb99aed6bc79e83320e9dff593a49368be0071c3de4045d2a713d9d77688ec121bea3e143ae021d7beeed13bba4';
  const RSA = 'AQ20YFDDb0JaUEQa0s3UoFU6JfHR1TszcXc+fPzHJGSMkijEHM93e6PqlPMydt9VLmElRefsMWeW1CAN35sjSeOfp85CmNyVZRKD2WFUWN3UK1V5HNjB9U7';

  it('pass in YAML, single- or double-quoted, with a {key:…} prefix too', async () => {
    const files = { 'application-prod.yml': `spring:\n  datasource:\n    password: '{cipher}${HEX}'\n  rabbitmq:\n    password: "{cipher}${RSA}"\n  mail:\n    password: '{cipher}{key:prod}${RSA}'\n` };
    expect(await failuresAt(hardcodedSecret, files)).toEqual([]);
  });

  it('a value that merely holds {cipher} after other text stays a secret', async () => {
    const files = { 'application-prod.yml': `spring:\n  datasource:\n    password: 'x{cipher}${HEX}'\n` };
    expect(await failuresAt(hardcodedSecret, files)).toEqual(['application-prod.yml:3']);
  });
});

describe('D3: argocd-vault-plugin placeholders', () => {
  it('<path:…#key> is a reference, not a placeholder credential', () => {
    for (const v of ['<path:kv/data/prod/db#password>', '<path:kv/data/prod/stripe#secret_key | base64encode>', '<path:secret/data/app#token#3>']) {
      expect(isReference(v), v).toBe(true);
      expect(isDefaultCredential(v), v).toBe(false);
    }
    // A URL whose password is a placeholder is judged as written (its literal parts are no secret): no default credential.
    expect(isDefaultCredential('postgres://app:<path:kv/data/db#password>@db:5432/app')).toBe(false);
    // A bracketed fill-in stays one.
    expect(isDefaultCredential('<your-password>')).toBe(true);
    expect(isReference('<password>')).toBe(false);
  });

  it('inline paths pass anywhere; <key> passes only in an object annotated with avp.kubernetes.io/path', async () => {
    const annotated = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\n  annotations:\n    avp.kubernetes.io/path: "kv/data/prod/db"\ntype: Opaque\nstringData:\n  DB_PASSWORD: <password>\n  API_TOKEN: <path:kv/data/prod/api#token>\n  STRIPE_KEY: <path:kv/data/prod/stripe#secret_key | base64encode>\n';
    const plain = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\nstringData:\n  DB_PASSWORD: <password>\n  API_TOKEN: <path:kv/data/prod/api#token>\n';
    const files = {
      'k8s/avp-secret.yaml': annotated,
      'k8s/plain-secret.yaml': plain,
      'k8s/deploy.yaml': deployment('            - name: DB_PASSWORD\n              value: <path:kv/data/prod/db#password>\n            - name: API_TOKEN\n              value: <token>\n', '  annotations:\n    avp.kubernetes.io/path: kv/data/prod/api\n'),
      'k8s/deploy-plain.yaml': deployment('            - name: API_TOKEN\n              value: <token>\n'),
    };
    // Without the annotation a bare <key> is still a fill-in.
    expect((await failuresAt(defaultCredentials, files)).sort()).toEqual(['k8s/deploy-plain.yaml:13', 'k8s/plain-secret.yaml:7']);
    expect(await failuresAt(hardcodedSecret, files)).toEqual([]);
  });
});

describe('D4: plain settings in a Kubernetes Secret', () => {
  const SETTINGS = 'NODE_ENV: production\n  RAILS_ENV: production\n  APP_ENV: production\n  TZ: Europe/Berlin\n  LOG_LEVEL: info\n  LOG_FORMAT: json\n  AWS_REGION: eu-west-1\n  SMTP_FROM: noreply@acme.io\n  MAIL_FROM: "Acme <noreply@acme.io>"\n  WEB_CONCURRENCY: "4"\n  RAILS_LOG_TO_STDOUT: enabled\n  SENTRY_ENVIRONMENT: production\n  LANG: en_US.UTF-8\n  PGDATABASE: app\n  DB_HOST: db.prod.internal\n';
  const secret = (data: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-env\ntype: Opaque\nstringData:\n  ${data}`;

  it('a Secret of settings only commits no secret', async () => {
    expect(await failuresAt(hardcodedSecret, { 'k8s/secret.yaml': secret(SETTINGS) })).toEqual([]);
  });

  it('a real secret beside them stays critical, also under a setting\'s name or as digits under a PIN\'s', async () => {
    const files = { 'k8s/secret.yaml': secret(`${SETTINGS}  DB_PASSWORD: pR7vK2mX9qL4nT8wZ3bY\n  APP_ENV_TOKEN: production\n  LOG_LEVEL_X: Zq8Lw3Nv7Rt2Kp9Xs4Hb\n  ADMIN_PIN: "482913"\n  DATABASE_URL: postgres://app:pR7vK2mX9qL4nT8w@db:5432/app\n`) };
    expect(await failuresAt(hardcodedSecret, files)).toEqual(['k8s/secret.yaml:22', 'k8s/secret.yaml:23', 'k8s/secret.yaml:24', 'k8s/secret.yaml:25', 'k8s/secret.yaml:26']);
  });

  it('the shared judgement: settings are no secret data, secrets are', () => {
    for (const [k, v] of [['NODE_ENV', 'production'], ['WEB_CONCURRENCY', '4'], ['TZ', 'Europe/Berlin'], ['SMTP_FROM', 'noreply@acme.io'], ['LOG_LEVEL', 'debug'], ['RAILS_LOG_TO_STDOUT', 'enabled']] as const) expect(isSecretDataValue(k, v), k).toBe(false);
    for (const [k, v] of [['APP_ENV', 'Zx8kQ2mN7pL4vT'], ['STRIPE', 'Zq8Lw3Nv7Rt2Kp9Xs4HbQ6mD'], ['ADMIN_PIN', '482913'], ['DB_PASSWORD', 'production']] as const) expect(isSecretDataValue(k, v), k).toBe(true);
  });

  it('a kustomize secretGenerator source of settings agrees with the manifest: no critical', async () => {
    const files = {
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\nsecretGenerator:\n  - name: api-env\n    envs: [app.env]\n',
      'overlays/prod/app.env': 'NODE_ENV=production\nLOG_LEVEL=info\nWEB_CONCURRENCY=4\nTZ=Europe/Berlin\nSMTP_FROM=noreply@acme.io\n',
      'base/kustomization.yaml': 'resources: []\n',
    };
    const sev = (await run(envFileCommitted, files)).map((f) => f.severity ?? envFileCommitted.severity);
    expect(sev).not.toContain('critical');
  });
});
