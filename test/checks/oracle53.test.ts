import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { oracleConnectPasswords } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// QA53 small 3: Oracle's `user/password@connect_identifier` connect strings were not read — `sqlplus system/manager@//db…`
// in a script, `jdbc:oracle:thin:scott/tiger@db:1521:ORCL`, `ORACLE_URL=system/manager@db:1521/XE`, `exp system/…@prod`.
// They are now read where the other connection strings are (connectionStringPassword, a line's connection strings, the
// Oracle clients' rule): a default or Oracle's published default account is default-credentials', a real-looking password
// hardcoded-secret's, never shown. Placeholders pass, and so do paths, packages, actions and refs that hold `a/b@c`.
const run = async (check: typeof defaultCredentials, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'oracle53', files });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`).sort();
};
const col = (text: string, line: number, needle: string) => text.split('\n')[line - 1]!.indexOf(needle) + 1;
const COMPOSE = 'services:\n  app:\n    image: acme/app:1.2.3\n    env_file: .env.production\n';
const SECRETS = ['manager', 'tiger', 'change_on_install', 'S3cr3tPass', 'Xk9mQ2vLp7wR', 'Qw7Rt5Yu3Io1Pz'];
const showsNoSecret = (lines: string[]) => { for (const l of lines) for (const s of SECRETS) expect(l.replace(/^\S+ /, '')).not.toContain(s); };

describe('Oracle connect strings: default credentials (QA53 small 3)', () => {
  // At the value, as other connection strings are; on a command line at the password.
  it('in a value, a JDBC URL, a Dockerfile and a production script', async () => {
    const env = 'ORACLE_URL=system/manager@db:1521/XE\nREPORTS_DSN=scott/tiger@//db.prod.internal:1521/ORCLPDB1\nSYS_CONN=sys/change_on_install@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1521))(CONNECT_DATA=(SID=XE)))\n';
    const props = 'spring.datasource.url=jdbc:oracle:thin:scott/tiger@db:1521:ORCL\n';
    const docker = 'FROM acme/base:1.2.3\nRUN sqlplus scott/tiger@//db:1521/ORCL @init.sql\nUSER app\n';
    const sh = '#!/bin/sh\nsqlplus -s system/manager@//db.prod.internal:1521/ORCL @backup.sql\n';
    const f = await run(defaultCredentials, { 'docker-compose.yml': COMPOSE, '.env.production': env, 'src/main/resources/application.properties': props, Dockerfile: docker, 'scripts/backup.sh': sh });
    expect(f).toEqual([
      `.env.production:1:${col(env, 1, 'system/')} ORACLE_URL (env_file of service 'app') holds a connection string whose password is a well-known default value; set a strong generated secret from a secret store instead`,
      `.env.production:2:${col(env, 2, 'scott/')} REPORTS_DSN (env_file of service 'app') holds a connection string whose password is a well-known default value; set a strong generated secret from a secret store instead`,
      `.env.production:3:${col(env, 3, 'sys/')} SYS_CONN (env_file of service 'app') holds a connection string whose password is a well-known default value; set a strong generated secret from a secret store instead`,
      `Dockerfile:2:${col(docker, 2, 'tiger')} the password given to an Oracle client (user/password) is set to a well-known default value; set a strong generated secret from a secret store instead`,
      `scripts/backup.sh:2:${col(sh, 2, 'manager')} the password given to an Oracle client (user/password) is set to a well-known default value; set a strong generated secret from a secret store instead`,
      `src/main/resources/application.properties:1:${col(props, 1, 'jdbc:')} spring.datasource.url holds a connection string whose password is a well-known default value; set a strong generated secret from a secret store instead`,
    ]);
    showsNoSecret(f);
    // None of them is also hardcoded-secret's.
    expect(await run(hardcodedSecret, { 'docker-compose.yml': COMPOSE, '.env.production': env, 'src/main/resources/application.properties': props, Dockerfile: docker, 'scripts/backup.sh': sh })).toEqual([]);
  });
});

describe('Oracle connect strings: hard-coded passwords (QA53 small 3)', () => {
  it('exp/imp in a workflow, a dotenv value, a properties JDBC URL (also to a net service name) and a Java literal', async () => {
    const ci = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: exp system/S3cr3tPass@prod file=x.dmp\n      - run: imp app/Qw7Rt5Yu3Io1Pz@prod.acme.io:1521/XE file=x.dmp\n';
    const env = 'APP_DSN=app/Xk9mQ2vLp7wR@db.prod:1521/XE\n';
    const props = 'reports.url=jdbc:oracle:thin:app/Xk9mQ2vLp7wR@PRODDB\n';
    const java = 'class Db { String u = "jdbc:oracle:thin:app/Xk9mQ2vLp7wR@db.prod:1521:ORCL"; }\n';
    const f = await run(hardcodedSecret, { '.github/workflows/ci.yml': ci, '.env': env, 'src/main/resources/application.properties': props, 'src/Db.java': java });
    expect(f).toEqual([
      `.env:1:${col(env, 1, 'Xk9')} an Oracle connect string (\`user/password@db\`) embeds a hard-coded password; revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment`,
      `.github/workflows/ci.yml:7:${col(ci, 7, 'S3cr3tPass')} an Oracle client (user/password) carries a hard-coded password; revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment`,
      `.github/workflows/ci.yml:8:${col(ci, 8, 'Qw7')} an Oracle client (user/password) carries a hard-coded password; revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment`,
      `src/Db.java:1:${col(java, 1, 'Xk9')} 'u' holds a connection string with a hard-coded password; revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment`,
      `src/main/resources/application.properties:1:${col(props, 1, 'Xk9')} an Oracle connect string (\`user/password@db\`) embeds a hard-coded password; revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment`,
    ]);
    showsNoSecret(f);
    expect(await run(defaultCredentials, { '.github/workflows/ci.yml': ci, '.env': env, 'src/main/resources/application.properties': props, 'src/Db.java': java })).toEqual([]);
  });
});

describe('Oracle connect strings: what passes (QA53 small 3)', () => {
  it('placeholders, references, `/ as sysdba`, and paths, packages, actions and refs holding a/b@c', async () => {
    const env = [
      'ORACLE_URL=system/${ORACLE_PASSWORD}@db.prod:1521/XE',
      'ORA=$USER/$PASS@db.prod:1521/XE',
      'ORA2=<user>/<password>@db.prod:1521/ORCL',
      'JDBC=jdbc:oracle:thin:app/${DB_PASS}@db.prod:1521:ORCL',
      'AVATAR=users/alice@example.com',
      'ARCHIVE=archive/johnsmith2024@gmail.com',
      'PKG=@scope/pkg@1.2.3',
      'MODULE=github.com/org/repo@v1.2.3',
      'REF=user/repo@v1',
      'IMAGE=library/nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      '',
    ].join('\n');
    const sh = '#!/bin/sh\nsqlplus / as sysdba @x.sql\nsqlplus "$DB_USER/$DB_PASS@db.prod.internal:1521/ORCL"\nsqlplus app/${DB_PASS}@//db.prod.internal:1521/ORCL\nnpx @scope/pkg@1.2.3\n';
    const ci = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: acme/deploy-action@v2\n';
    const files = { 'docker-compose.yml': COMPOSE, '.env.production': env, 'scripts/backup.sh': sh, '.github/workflows/ci.yml': ci };
    expect(await run(defaultCredentials, files)).toEqual([]);
    expect(await run(hardcodedSecret, files)).toEqual([]);
  });

  it('oracleConnectPasswords reads the connect identifier forms, and no bare a/b@c', () => {
    const read = (s: string) => oracleConnectPasswords(s).map((c) => `${c.user}/${c.password}@${c.host}`);
    expect(read('sqlplus scott/tiger@//db:1521/ORCL')).toEqual(['scott/tiger@db']);
    expect(read('jdbc:oracle:thin:scott/tiger@db:1521:ORCL')).toEqual(['scott/tiger@db']);
    expect(read('jdbc:oracle:oci:app/pw@PROD')).toEqual(['app/pw@null']);
    expect(read('url=app/"p@ss/w0rd"@db.acme.io:1521/XE')).toEqual(['app/p@ss/w0rd@db.acme.io']);
    for (const s of ['exp system/x@prod', 'a/b/c@d:1521', '@scope/pkg@1.2.3', 'actions/checkout@v4', 'users/alice@example.com', 'https://h/x/y@z:80']) expect(read(s)).toEqual([]);
  });
});
