import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA41 (secrets14 D1–D3): passwords given as a separate command-line argument to tools whose password option always takes
// a value (`argocd login --password X`, `helm repo add --password X`, `az login -p X`, `sqlcmd -P X`, `crane auth login -p X`…),
// a literal piped into `--password-stdin`, and a pull secret whose `.dockerconfigjson` holds no login. Test files are not
// searched for these (only token formats), so the literals below cannot fail Preflight's own run.
const found = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { files });
  expect(out.error).toBeUndefined();
  return [...out.findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
const at = (findings: Awaited<ReturnType<typeof found>>) => findings.map((f) => [f.file, f.line, f.column, f.message.split(';')[0]]);
/** The line and column of `value` in `text` (its first line holding it). */
const pos = (text: string, value: string) => {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(value));
  return [i + 1, lines[i]!.indexOf(value) + 1];
};

describe('hardcoded-secret: a password as the separate argument of a tool whose option takes a value (D1)', () => {
  it('argocd, helm repo add, az login, sqlcmd, crane/oras/nerdctl login, oc, cf, kubectl, twine, poetry, wget and ldapsearch are found at the value', async () => {
    const pw = (n: number) => `Kq${n}vN2xLr7Wp4Kd`;
    const lines = [
      `helm repo add acme https://charts.acme.io --username ci --password ${pw(1)}`,
      `argocd login argocd.acme.io --username admin --password ${pw(2)} --grpc-web`,
      `az login --service-principal -u 6f1c2b3a-9d8e-4f7a-b6c5-d4e3f2a1b0c9 -p ${pw(3)} --tenant 72f988bf`,
      `sqlcmd -S sql.prod.acme.io -U sa -P '${pw(4)}' -i migrate.sql`,
      `crane auth login registry.acme.io -u ci -p ${pw(5)}`,
      `oras login registry.acme.io -u ci -p ${pw(6)}`,
      `oc login https://api.ocp.acme.io:6443 -u admin -p ${pw(7)}`,
      `cf login -a https://api.cf.acme.io -u deploy -p ${pw(8)} -o acme -s prod`,
      `kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username=ci --docker-password ${pw(9)}`,
      `twine upload -u deploy -p ${pw(10)} dist/*`,
      `poetry publish --build -u deploy --password "${pw(11)}"`,
      `wget --http-user=ci --http-password ${pw(12)} https://artifacts.acme.io/app.tgz`,
      `ldapsearch -x -H ldaps://ldap.acme.io -D cn=admin,dc=acme,dc=io -w ${pw(13)} -b dc=acme,dc=io`,
      `az acr login --name acme --username ci --password ${pw(14)}`,
      `nerdctl login -u ci -p ${pw(15)} registry.acme.io`,
      `helm install app acme/app --repo https://charts.acme.io --username ci --password ${pw(16)}`,
    ];
    const findings = await found({ '.github/workflows/deploy.yml': `on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n${lines.map((l) => `      - run: ${l}\n`).join('')}` });
    expect(findings.map((f) => [f.line, f.column])).toEqual(lines.map((l, i) => [6 + i, 14 + l.indexOf(pw(i + 1))]));
    expect(findings.map((f) => f.message.split(';')[0])).toEqual([
      'helm --password (a chart repository login) carries a hard-coded password',
      'argocd --password carries a hard-coded password',
      'az login -p carries a hard-coded password',
      'a SQL Server client (sqlcmd/bcp -P) carries a hard-coded password',
      'a registry login (login -p) carries a hard-coded password',
      'a registry login (login -p) carries a hard-coded password',
      'oc login -p/--token carries a hard-coded password',
      'cf login -p carries a hard-coded password',
      'kubectl --password/--token carries a hard-coded password',
      'a package upload (twine/poetry -p) carries a hard-coded password',
      'a package upload (twine/poetry -p) carries a hard-coded password',
      'wget --password/--http-password carries a hard-coded password',
      'an LDAP client (-w) carries a hard-coded password',
      'az login -p carries a hard-coded password',
      'a registry login (login -p) carries a hard-coded password',
      'helm --password (a chart repository login) carries a hard-coded password',
    ]);
    const text = JSON.stringify(findings.map((f) => f.message));
    for (let i = 1; i <= lines.length; i++) expect(text).not.toContain(pw(i));
  });

  it('a user and password in one argument: skopeo --dest-creds, sqlplus user/password@db, smbclient -U user%password; rabbitmqctl add_user', async () => {
    const ci = [
        '#!/usr/bin/env bash',
        'skopeo copy --dest-creds ci:Lp9Zx4Kq7Vm2Rw8TgF docker://a docker://b',
        'sqlplus -s app/Zt6Wq9Lm3Kx8Rv2NkJ@//db.prod.acme.io:1521/ORCL @migrate.sql',
        'smbclient //files.acme.io/share -U deploy%Vb8nQ3mZx7Kr2LlK -c "put app.tgz"',
        'rabbitmqctl add_user app Nq7Lx2Zm9Kv4Rw8TjI',
        'expdp userid=app/Hy5Wq9Lm3Kx8Rv2NkP@db.prod directory=dump dumpfile=app.dmp',
        '',
      ].join('\n');
    const findings = await found({ 'scripts/ci.sh': ci });
    expect(at(findings)).toEqual([
      ['scripts/ci.sh', ...pos(ci, 'Lp9Zx4Kq7Vm2Rw8TgF'), 'a registry login (--creds user:password) carries a hard-coded password'],
      ['scripts/ci.sh', ...pos(ci, 'Zt6Wq9Lm3Kx8Rv2NkJ'), 'an Oracle client (user/password) carries a hard-coded password'],
      ['scripts/ci.sh', ...pos(ci, 'Vb8nQ3mZx7Kr2LlK'), 'a Samba client (-U user%password) carries a hard-coded password'],
      ['scripts/ci.sh', ...pos(ci, 'Nq7Lx2Zm9Kv4Rw8TjI'), 'rabbitmqctl add_user carries a hard-coded password'],
      ['scripts/ci.sh', ...pos(ci, 'Hy5Wq9Lm3Kx8Rv2NkP'), 'an Oracle client (user/password) carries a hard-coded password'],
    ]);
  });

  it('a compose healthcheck in exec form and a Kubernetes args line', async () => {
    const compose = 'services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    healthcheck:\n      test: ["CMD", "/opt/mssql-tools18/bin/sqlcmd", "-S", "localhost", "-U", "sa", "-P", "Sq7vN2xLr7Wp4Kd", "-C", "-Q", "SELECT 1"]\n';
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: sync\nspec:\n  template:\n    spec:\n      containers:\n        - name: sync\n          image: quay.io/argoproj/argocd:v2.11.0\n          command: ["sh", "-c", "argocd login argocd-server --username admin --password Ar5vN2xLr7Wp4Kd --plaintext && argocd app sync web"]\n';
    const findings = await found({ 'compose.yaml': compose, 'k8s/job.yaml': job });
    expect(at(findings)).toEqual([
      ['compose.yaml', ...pos(compose, 'Sq7vN2xLr7Wp4Kd'), 'a SQL Server client (sqlcmd/bcp -P) carries a hard-coded password'],
      ['k8s/job.yaml', ...pos(job, 'Ar5vN2xLr7Wp4Kd'), 'argocd --password carries a hard-coded password'],
    ]);
  });

  it('variables, secrets, prompts, certificate files, options that take no value and another command\'s flags are no literal', async () => {
    const findings = await found({
      'scripts/deploy.sh': [
        '#!/usr/bin/env bash',
        'helm repo add x https://charts.acme.io --username ci --password "$HELM_PASSWORD"',
        'helm repo add x https://charts.acme.io --username ci --password-stdin',
        'argocd login argocd.acme.io --username admin --password "$(kubectl -n argocd get secret x -o jsonpath=\'{.data.password}\' | base64 -d)"',
        'az login --service-principal -u "$APP_ID" -p cert.pem --tenant "$TENANT"',
        'az login --service-principal -u "$APP_ID" -p ~/certs/sp.pem --tenant "$TENANT"',
        'sqlcmd -S db.prod.acme.io -U sa -P "$SA_PASSWORD" -Q "SELECT 1"',
        'sqlcmd -S db.prod.acme.io -U sa -p -Q "SELECT 1"',
        'kubectl exec -it db -- psql -U app --password appdatabase',
        'mysql -h db.prod.acme.io --password appdatabase',
        'rabbitmqctl add_user app "$RABBIT_PW"',
        'rabbitmqctl add_user app kI7bN3aWqX9vLm2ZcR8tYpEe --pre-hashed-password',
        'sqlplus / as sysdba',
        'sqlplus -s /nolog @script.sql',
        'sqlplus "$DB_USER/$DB_PASS@db"',
        'sqlplus app/${DB_PASS}@db',
        'smbclient //files.acme.io/share -U deploy%$SMB_PASS',
        'smbclient -U deploy //files.acme.io/share',
        'skopeo copy --dest-creds "$USER:$PASS" docker://a docker://b',
        'ldapsearch -x -W -D cn=admin,dc=acme,dc=io',
        'ldapsearch -x -w "$LDAP_PW" -D cn=admin,dc=acme,dc=io',
        'twine upload -u __token__ -p "$PYPI_TOKEN" dist/*',
        'oc login --token="$(cat /var/run/token)"',
        'helm install app chart --set auth.password=x',
        'helm repo add x https://charts.acme.io --username ci --password changeme',
        'cf login -a https://api.cf.io -u user -p "$CF_PASSWORD"',
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': [
        'on: push',
        'jobs:',
        '  d:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: helm repo add x https://c.io --username ci --password ${{ secrets.HELM_PW }}',
        '      - run: argocd login a.io --username admin --password ${{ secrets.ARGO_PW }} --grpc-web',
        '      - run: az login --service-principal -u ${{ secrets.ID }} -p ${{ secrets.SECRET }} --tenant ${{ secrets.T }}',
        "      - run: sqlcmd -S db -U sa -P '${{ secrets.SA }}'",
        '',
      ].join('\n'),
      'backup.bat': 'sqlcmd -S db -U sa -P %SA_PASSWORD% -Q "BACKUP DATABASE app TO DISK=\'app.bak\'"\n',
    });
    expect(findings).toEqual([]);
  });
});

describe('hardcoded-secret: a literal piped into --password-stdin (D2)', () => {
  it('echo, echo -n, printf and a here-string into a registry login are found at the literal', async () => {
    const sh = [
        '#!/usr/bin/env bash',
        "echo 'Hv3Kq8Zm2Lx7Rt9W' | docker login registry.acme.io -u deploy --password-stdin",
        'echo -n "Pv3Kq8Zm2Lx7Rt9W" | helm registry login ghcr.io -u deploy --password-stdin',
        "printf '%s' 'Fv3Kq8Zm2Lx7Rt9W' | crane auth login registry.acme.io -u ci --password-stdin",
        "docker login registry.acme.io -u deploy --password-stdin <<< 'Dv3Kq8Zm2Lx7Rt9W'",
        '',
      ].join('\n');
    const findings = await found({ 'deploy/deploy.sh': sh });
    expect(at(findings)).toEqual(['Hv3Kq8Zm2Lx7Rt9W', 'Pv3Kq8Zm2Lx7Rt9W', 'Fv3Kq8Zm2Lx7Rt9W', 'Dv3Kq8Zm2Lx7Rt9W']
      .map((v) => ['deploy/deploy.sh', ...pos(sh, v), 'a registry login (--password-stdin) carries a hard-coded password']));
  });

  it('a variable, a secret, a file or a default piped in is no literal', async () => {
    const findings = await found({
      'deploy/deploy.sh': [
        '#!/usr/bin/env bash',
        'echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"',
        'docker login --password-stdin -u ci registry.acme.io <<< "$PW"',
        'cat ~/pw.txt | docker login --password-stdin -u ci registry.acme.io',
        'echo changeme | docker login --password-stdin -u ci registry.acme.io',
        "echo 'Hv3Kq8Zm2Lx7Rt9W' | tee /tmp/x && docker login -u ci --password-stdin registry.acme.io < /run/secrets/pw",
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': 'on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets.GITHUB_TOKEN }} | docker login ghcr.io -u ${{ github.actor }} --password-stdin\n',
    });
    expect(findings).toEqual([]);
  });
});

describe('default-credentials: the new clients read a default password too', () => {
  it('sqlcmd -P with the SQL Server docs\' password in a compose healthcheck', async () => {
    const compose = 'services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    healthcheck:\n      test: ["CMD", "/opt/mssql-tools18/bin/sqlcmd", "-S", "localhost", "-U", "sa", "-P", "YourStrong@Passw0rd", "-C", "-Q", "SELECT 1"]\n';
    const out = await runCase(defaultCredentials, { files: { 'compose.yaml': compose } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, f.column])).toEqual([['compose.yaml', ...pos(compose, 'YourStrong@Passw0rd')]]);
    expect(out.findings[0]!.message).toContain('SQL Server client');
  });
});

describe('hardcoded-secret: a pull secret whose Docker configuration holds no login (D3)', () => {
  const secret = (value: string, field = 'data') => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\n${field}:\n  .dockerconfigjson: ${value}\n`;
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it('{}, {"auths":{}}, a credHelpers-only configuration, an entry without a password and a reference pass', async () => {
    const findings = await found({
      'k8s/a.yaml': secret('e30='),
      'k8s/b.yaml': secret(b64('{"auths":{}}')),
      'k8s/c.yaml': secret(b64('{"credHelpers":{"123456789012.dkr.ecr.eu-west-1.amazonaws.com":"ecr-login"}}')),
      'k8s/d.yaml': secret(b64(`{"auths":{"ghcr.io":{"auth":"${b64('ci:')}","email":"ci@acme.io"}}}`)),
      'k8s/e.yaml': secret("'{\"auths\":{\"ghcr.io\":{\"username\":\"ci\",\"password\":\"${REGISTRY_PASSWORD}\"}}}'", 'stringData'),
      'k8s/f.yaml': secret("'{}'", 'stringData'),
    });
    expect(findings).toEqual([]);
  });

  it('a login (auth, password, identitytoken) and a value that is no JSON are still reported', async () => {
    const findings = await found({
      'k8s/a.yaml': secret(b64(`{"auths":{"ghcr.io":{"auth":"${b64('ci:Hv3Kq8Zm2Lx7Rt9W')}"}}}`)),
      'k8s/b.yaml': secret(b64('{"auths":{"registry.acme.io":{"username":"ci","password":"Pv3Kq8Zm2Lx7Rt9W"}}}')),
      'k8s/c.yaml': secret(b64('{"auths":{"acme.azurecr.io":{"identitytoken":"It3Kq8Zm2Lx7Rt9WzQ"}}}')),
      'k8s/d.yaml': secret(b64('not json: Hv3Kq8Zm2Lx7Rt9W')),
    });
    expect(findings.map((f) => [f.file, f.line])).toEqual([['k8s/a.yaml', 7], ['k8s/b.yaml', 7], ['k8s/c.yaml', 7], ['k8s/d.yaml', 7]]);
    expect(findings.some((f) => f.note)).toBe(false);
  });
});
