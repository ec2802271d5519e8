/**
 * QA stop 36:
 * fnhunt2 D3: committed `.env-prod`, `.env_prod`, `.env-production`, `.env_production` were committed env files to
 * env-file-committed, but debug-mode and default-credentials did not read them as the production env files they are.
 * fphunt6 D6: an OpenShift Template's parameter defaults (`value: changeme`, `value: "True"`, a `django-insecure-` key),
 * which `oc process` substitutes for `${PARAM}` in its objects when no `-p` overrides them, were never judged.
 */
import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { isProductionEnvFile } from '../../src/checks/util/groups.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note) };
};
const at = (fs: { file?: string; line?: number }[]) => fs.map((f) => `${f.file}:${f.line}`);

// fnhunt2 D3 ----------------------------------------------------------------------------------------------------------

describe('fnhunt2 D3: production env files spelt with - or _ are read as production env files', () => {
  const ENV = 'DJANGO_DEBUG=True\nDJANGO_SECRET_KEY=changeme\n';
  for (const name of ['.env-prod', '.env_prod', '.env-production', '.env_production', '.env-staging', '.ENV_PRODUCTION']) {
    it(`${name}: debug-mode at line 1, default-credentials at line 2, as for .env.prod`, async () => {
      const files = { [`app/${name}`]: ENV };
      expect(at((await run(debugMode, files)).failures)).toEqual([`app/${name}:1`]);
      expect(at((await run(defaultCredentials, files)).failures)).toEqual([`app/${name}:2`]);
      // The same name rule as env-file-committed's.
      expect(at((await run(envFileCommitted, files)).failures)).toEqual([`app/${name}:1`]);
    });
  }

  it('a template rendered into one (.env-prod.j2) is read as it', async () => {
    const files = { 'deploy/.env-prod.j2': 'SECRET_KEY={{ secret_key }}\nFLASK_DEBUG=1\n' };
    expect(at((await run(debugMode, files)).failures)).toEqual(['deploy/.env-prod.j2:2']);
  });

  it('a password equal to the user name beside it in .env_prod', async () => {
    const files = { '.env_prod': 'POSTGRES_USER=app\nPOSTGRES_PASSWORD=app\n' };
    expect(at((await run(defaultCredentials, files)).failures)).toEqual(['.env_prod:2']);
  });

  it('precision: development, test and template spellings stay non-production', async () => {
    for (const name of ['.env-dev', '.env_test', '.env-example', '.env_sample', '.env-development', '.env_local', '.env-production-example', '.env-cmdrc', '.env-prodx']) {
      expect(isProductionEnvFile(`app/${name}`), name).toBe(false);
      const files = { [`app/${name}`]: ENV };
      expect((await run(debugMode, files)).failures, name).toEqual([]);
      expect((await run(defaultCredentials, files)).failures, name).toEqual([]);
    }
    for (const name of ['.env.prod', '.env-prod', '.env_production.local', 'prod.env', '.env-live']) expect(isProductionEnvFile(`x/${name}`), name).toBe(true);
  });
});

// fphunt6 D6 ----------------------------------------------------------------------------------------------------------

const secretValue = ['Qz8', 'vL2m', 'Xk9p', 'Rt4w', 'Hn6c', 'Wd3j'].join('');
const TEMPLATE = `apiVersion: template.openshift.io/v1
kind: Template
metadata:
  name: django-psql
objects:
  - apiVersion: v1
    kind: Secret
    metadata:
      name: \${NAME}
    stringData:
      database-password: \${DATABASE_PASSWORD}
      django-secret-key: \${DJANGO_SECRET_KEY}
  - apiVersion: apps.openshift.io/v1
    kind: DeploymentConfig
    metadata:
      name: \${NAME}
    spec:
      template:
        spec:
          containers:
            - name: \${NAME}
              image: quay.io/acme/app:1.4.2
              env:
                - name: DJANGO_DEBUG
                  value: \${DJANGO_DEBUG}
                - name: API_TOKEN
                  value: \${API_TOKEN}
                - name: DATABASE_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: \${NAME}
                      key: database-password
parameters:
  - name: NAME
    value: django
  - name: DATABASE_PASSWORD
    displayName: Database User Password
    value: changeme
  - name: DJANGO_DEBUG
    value: "True"
  - name: DJANGO_SECRET_KEY
    value: django-insecure-w8k2l3x9qzv7mt5r1p0a6b4n8c2d
  - name: API_TOKEN
    value: ${secretValue}
`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe("fphunt6 D6: an OpenShift Template's parameter defaults are the values its objects deploy", () => {
  const files = { 'openshift/django.yaml': TEMPLATE };

  it('default-credentials judges the Secret values the parameters give, at the parameters\' value lines', async () => {
    const { failures } = await run(defaultCredentials, files);
    expect(at(failures).sort()).toEqual([`openshift/django.yaml:${lineOf(TEMPLATE, 'value: changeme')}`, `openshift/django.yaml:${lineOf(TEMPLATE, 'value: django-insecure-')}`].sort());
    expect(failures.map((f) => f.message).join('\n')).toMatch(/django-secret-key \(Secret 'django'\) is set to a 'django-insecure-' development key/);
  });

  it('debug-mode judges DJANGO_DEBUG ${DJANGO_DEBUG} as "True", at the parameter\'s value', async () => {
    const { failures } = await run(debugMode, files);
    expect(at(failures)).toEqual([`openshift/django.yaml:${lineOf(TEMPLATE, 'value: "True"')}`]);
    expect(failures[0]!.message).toMatch(/container 'django' sets DJANGO_DEBUG=True/);
  });

  it('hardcoded-secret judges a secret-named env entry whose parameter default is a real-looking secret', async () => {
    const { failures } = await run(hardcodedSecret, files);
    expect(failures.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([expect.stringMatching(new RegExp(`^openshift/django\\.yaml:${lineOf(TEMPLATE, `value: ${secretValue}`)} container 'django' sets 'API_TOKEN' to a hard-coded secret`))]);
  });

  it('generate: expression parameters, parameters without a value or with an empty one are no values', async () => {
    const params = `parameters:
  - name: NAME
    value: django
  - name: DATABASE_PASSWORD
    generate: expression
    from: "[a-zA-Z0-9]{16}"
  - name: DJANGO_DEBUG
    value: ""
  - name: DJANGO_SECRET_KEY
    generate: expression
    from: "[a-zA-Z0-9]{50}"
  - name: API_TOKEN
    required: true
`;
    const text = `${TEMPLATE.slice(0, TEMPLATE.indexOf('parameters:'))}${params}`;
    for (const check of [defaultCredentials, debugMode, hardcodedSecret]) expect((await run(check, { 'openshift/django.yaml': text })).failures, check.id).toEqual([]);
  });

  it('${{PARAM}} values are substituted as JSON; a reference among literal text stays at its own line', async () => {
    const text = `apiVersion: template.openshift.io/v1
kind: Template
metadata:
  name: app
objects:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: app
    spec:
      template:
        spec:
          securityContext:
            runAsNonRoot: \${{NON_ROOT}}
            runAsUser: \${{RUN_AS}}
          containers:
            - name: app
              image: quay.io/acme/app:\${IMAGE_TAG}
  - apiVersion: v1
    kind: Service
    metadata:
      name: db
    spec:
      type: \${SERVICE_TYPE}
      ports:
        - port: \${{DB_PORT}}
parameters:
  - name: NON_ROOT
    value: "false"
  - name: RUN_AS
    value: "0"
  - name: IMAGE_TAG
    value: latest
  - name: SERVICE_TYPE
    value: LoadBalancer
  - name: DB_PORT
    value: "5432"
`;
    const files = { 'openshift/app.yaml': text };
    expect(at((await run(k8sRunAsNonRoot, files)).failures)).toEqual([`openshift/app.yaml:${lineOf(text, 'value: "0"')}`]);
    const exposed = (await run(databasePortExposed, files)).failures;
    expect(exposed.map((f) => f.message)).toEqual([expect.stringMatching(/^Service 'db' of type LoadBalancer exposes database port 5432 /)]);
    const images = (await run(imageTagPinned, files)).failures;
    expect(at(images)).toEqual([`openshift/app.yaml:${lineOf(text, 'image: quay.io')}`]);
    expect(images[0]!.message).toMatch(/quay\.io\/acme\/app:latest uses the moving tag 'latest'/);
  });

  it('a container named ${NAME} is still placed at its own name line', async () => {
    const text = TEMPLATE.replace('              image: quay.io/acme/app:1.4.2\n', '              image: quay.io/acme/app:latest\n');
    const { failures } = await run(imageTagPinned, { 'openshift/django.yaml': text });
    expect(at(failures)).toEqual([`openshift/django.yaml:${lineOf(text, 'image: quay.io')}`]);
    expect(failures[0]!.message).toMatch(/container 'django'/);
  });
});
