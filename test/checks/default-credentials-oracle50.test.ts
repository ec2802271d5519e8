import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 50 (misc M3): Oracle's passwords are normally unquoted identifiers (`CREATE USER app IDENTIFIED BY changeme;`), which
// the SQL reader (single-quoted strings, MySQL's form) did not read, so a default given that way passed. The unquoted (and
// Oracle's double-quoted) password is judged as the quoted one is; a stored hash (`IDENTIFIED BY VALUES '…'`), `IDENTIFIED
// EXTERNALLY|GLOBALLY`, bind variables and substitutions (`:pw`, `&pw`, `${PW}`) pass.
const run = async (files: Record<string, string>) => {
  const out = await runCase(defaultCredentials, { name: 'dc-oracle50', files });
  expect(out.error).toBeUndefined();
  return out.findings.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
const compose = 'services:\n  db:\n    image: gvenzl/oracle-free:23.4-slim\n    volumes:\n      - ./initdb:/container-entrypoint-initdb.d:ro\n';

describe("Oracle's unquoted IDENTIFIED BY (stop 50)", () => {
  it('a default or the user name, unquoted or double-quoted, in a .sql file fails at the password', async () => {
    const sql = [
      'CREATE USER app IDENTIFIED BY changeme;',
      'ALTER USER system IDENTIFIED BY oracle;',
      'CREATE USER reporting',
      '  IDENTIFIED BY reporting',
      '  DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;',
      'GRANT CONNECT, RESOURCE TO etl IDENTIFIED BY "password";',
      'ALTER USER hrapp IDENTIFIED BY hrapp_password ACCOUNT UNLOCK;',
    ].join('\n') + '\n';
    const f = await run({ 'db/oracle/01-users.sql': sql });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([
      'db/oracle/01-users.sql:1:31', 'db/oracle/01-users.sql:2:33', 'db/oracle/01-users.sql:4:17',
      'db/oracle/01-users.sql:6:47', 'db/oracle/01-users.sql:7:32',
    ]);
    expect(f[0]!.message).toBe("the password of the database user 'app' is set to a placeholder value; set a strong generated secret from a secret store instead");
    expect(f[1]!.message).toContain("the password of the database user 'system' is set to");
    expect(f[2]!.message).toContain("the password of the database user 'reporting' is equal to its user name");
    expect(f[3]!.message).toContain("the database user 'etl'");
    expect(f[4]!.message).toContain('followed by a password word');
    for (const x of f) expect(x.note).toBeFalsy();
  });

  it('an init shell script running sqlplus with a heredoc is read too', async () => {
    const sh = '#!/bin/bash\nsqlplus -s / as sysdba <<EOF\nALTER SESSION SET CONTAINER=FREEPDB1;\nCREATE USER shop IDENTIFIED BY changeme;\nEOF\n';
    const f = await run({ 'docker-compose.yml': compose, 'initdb/01-users.sh': sh });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['initdb/01-users.sh:4:32']);
  });

  it('lookalikes pass: a stored hash, EXTERNALLY/GLOBALLY, bind variables and substitutions, RANDOM PASSWORD, comments, a strong password', async () => {
    const sql = [
      "CREATE USER legacy IDENTIFIED BY VALUES 'S:8F2D65FB5547B71C8DA3760F10960428CD307B1C6271691FC55C1F56554A;H:DC9894A01797D91D92ECA1DA66242209';",
      'CREATE USER ops IDENTIFIED EXTERNALLY;',
      "CREATE USER ldap IDENTIFIED GLOBALLY AS 'CN=ldap,OU=users,DC=acme,DC=com';",
      'ALTER USER app IDENTIFIED BY :new_password;',
      'ALTER USER app IDENTIFIED BY &app_password;',
      'ALTER USER app IDENTIFIED BY &&app_password.;',
      'ALTER USER app IDENTIFIED BY ${APP_PASSWORD};',
      'ALTER USER app IDENTIFIED BY "${APP_PASSWORD}";',
      'ALTER USER app IDENTIFIED BY "&pw";',
      'CREATE USER rnd IDENTIFIED BY RANDOM PASSWORD;',
      '-- ALTER USER system IDENTIFIED BY oracle;',
      '/* CREATE USER app IDENTIFIED BY changeme; */',
      'CREATE USER strong IDENTIFIED BY Hq3Nv8Wc5Ry2Ub7EzK4m;',
    ].join('\n') + '\n';
    expect(await run({ 'db/oracle/02-users.sql': sql })).toEqual([]);
    // The IDENTIFIED EXTERNALLY user never lends its name to the next statement's password.
    const f = await run({ 'db/oracle/03.sql': 'CREATE USER ops IDENTIFIED EXTERNALLY\nALTER USER ops2 IDENTIFIED BY ops2\n' });
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining("the database user 'ops2' is equal to its user name")]);
  });

  it('hardcoded-secret reads the unquoted strong password, and leaves the defaults to default-credentials', async () => {
    const sql = 'CREATE USER app IDENTIFIED BY changeme;\nCREATE USER strong IDENTIFIED BY Hq3Nv8Wc5Ry2Ub7EzK4m;\n';
    const hs = await runCase(hardcodedSecret, { name: 'hs-oracle50', files: { 'db/oracle/01-users.sql': sql } });
    expect(hs.findings.map((x) => `${x.line}:${x.column}`)).toEqual(['2:34']);
    expect(hs.findings[0]!.message).toContain("the database user 'strong' is given a hard-coded password");
  });
});
