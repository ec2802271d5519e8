import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA 51 (left open, item 1): Oracle's published default accounts (SYSTEM/MANAGER, SCOTT/TIGER, SYS/CHANGE_ON_INSTALL,
// DBSNMP/DBSNMP) were not defaults, and a `CREATE DATABASE LINK … CONNECT TO user IDENTIFIED BY password` was not read as a
// user and password at all. Both are reported as the other SQL passwords are, at the password, never printing it.
const run = async (files: Record<string, string>) => {
  const out = await runCase(defaultCredentials, { name: 'dc-oracle51', files });
  expect(out.error).toBeUndefined();
  return out.findings.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
// `dbsnmp` is its own user's name, which the message names as every SQL finding does.
const SECRETS = ['manager', 'MANAGER', 'tiger', 'change_on_install'];
const printsNoSecret = (f: Awaited<ReturnType<typeof run>>) => {
  for (const x of f) for (const s of SECRETS) expect(`${x.message} ${x.fix ?? ''} ${x.note ?? ''}`).not.toMatch(new RegExp(`\\b${s}\\b`));
};

describe("Oracle's default accounts and database links (QA 51)", () => {
  it("the default pairs fail in CREATE/ALTER USER, whatever the case", async () => {
    const sql = [
      'ALTER USER system IDENTIFIED BY manager;',
      'ALTER USER SYSTEM IDENTIFIED BY MANAGER ACCOUNT UNLOCK;',
      'CREATE USER scott IDENTIFIED BY tiger;',
      'ALTER USER sys IDENTIFIED BY change_on_install;',
      'ALTER USER dbsnmp IDENTIFIED BY dbsnmp;',
    ].join('\n') + '\n';
    const f = await run({ 'db/oracle/01-users.sql': sql });
    expect(f.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual([
      "1:33 the password of the database user 'system' is set to a well-known default value; set a strong generated secret from a secret store instead",
      "2:33 the password of the database user 'SYSTEM' is set to a well-known default value; set a strong generated secret from a secret store instead",
      "3:33 the password of the database user 'scott' is set to a well-known default value; set a strong generated secret from a secret store instead",
      "4:30 the password of the database user 'sys' is set to a well-known default value; set a strong generated secret from a secret store instead",
      "5:33 the password of the database user 'dbsnmp' is set to a well-known default value; set a strong generated secret from a secret store instead",
    ]);
    printsNoSecret(f);
  });

  it('`manager` is a default only beside SYSTEM; TIGER and CHANGE_ON_INSTALL are defaults anywhere', async () => {
    expect(await run({ 'db/01.sql': 'CREATE USER reports IDENTIFIED BY manager;\n' })).toEqual([]);
    const env = 'ORACLE_PASSWORD=tiger\nORACLE_SYS_PASSWORD=change_on_install\n';
    const compose = 'services:\n  app:\n    image: acme/app:1.2.3\n    env_file: .env.production\n';
    const f = await run({ 'docker-compose.yml': compose, '.env.production': env });
    expect(f.map((x) => `${x.file}:${x.line}`)).toEqual(['.env.production:1', '.env.production:2']);
    printsNoSecret(f);
  });

  it('a URL or an ODP.NET connection string with SYSTEM/MANAGER fails', async () => {
    const compose = [
      'services:',
      '  app:',
      '    image: acme/app:1.2.3',
      '    environment:',
      '      DATABASE_URL: oracle://system:manager@db:1521/XEPDB1',
      '      ConnectionStrings__Oracle: "User Id=system;Password=manager;Data Source=db:1521/XEPDB1"',
      '',
    ].join('\n');
    const f = await run({ 'docker-compose.yml': compose });
    expect(f.map((x) => `${x.line} ${x.message}`)).toEqual([
      expect.stringMatching(/^5 .*embeds a well-known default value in its oracle:\/\/ URL/),
      expect.stringMatching(/^6 .*holds a connection string whose password is a well-known default value/),
    ]);
    printsNoSecret(f);
  });

  it('a database link with a default, unquoted or double-quoted, or its user name as password fails at the password', async () => {
    const sql = [
      "CREATE DATABASE LINK hr_link CONNECT TO scott IDENTIFIED BY tiger USING 'hrdb';",
      'CREATE PUBLIC DATABASE LINK "SALES.ACME.COM"',
      '  CONNECT TO system IDENTIFIED BY "manager"',
      "  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=sales)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=sales)))';",
      "CREATE SHARED DATABASE LINK etl CONNECT TO etl IDENTIFIED BY etl AUTHENTICATED BY app IDENTIFIED BY Hq3Nv8Wc5Ry2Ub7EzK4m USING 'etl';",
      "create database link ops connect to ops identified by changeme using 'ops';",
    ].join('\n') + '\n';
    const f = await run({ 'db/oracle/02-links.sql': sql });
    expect(f.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual([
      "1:61 the password of the database link 'hr_link' (remote user 'scott') is set to a well-known default value; set a strong generated secret from a secret store instead",
      "3:36 the password of the database link 'SALES.ACME.COM' (remote user 'system') is set to a well-known default value; set a strong generated secret from a secret store instead",
      "5:62 the password of the database link 'etl' (remote user 'etl') is equal to its user name; set a strong generated secret from a secret store instead",
      "6:55 the password of the database link 'ops' (remote user 'ops') is set to a placeholder value; set a strong generated secret from a secret store instead",
    ]);
    printsNoSecret(f);
  });

  it('lookalike links pass: CURRENT_USER, a stored hash, bind variables and substitutions, comments, a strong password', async () => {
    const sql = [
      "CREATE DATABASE LINK cu CONNECT TO CURRENT_USER USING 'remote';",
      "CREATE DATABASE LINK h CONNECT TO scott IDENTIFIED BY VALUES '0553A3C2CD04F2DBC2C9A3D39C89B1F5' USING 'r';",
      "CREATE DATABASE LINK b CONNECT TO scott IDENTIFIED BY :pwd USING 'r';",
      "CREATE DATABASE LINK s CONNECT TO scott IDENTIFIED BY &pwd USING 'r';",
      "CREATE DATABASE LINK q CONNECT TO scott IDENTIFIED BY \"&&pwd\" USING 'r';",
      "CREATE DATABASE LINK e CONNECT TO scott IDENTIFIED BY ${LINK_PASSWORD} USING 'r';",
      "-- CREATE DATABASE LINK c CONNECT TO scott IDENTIFIED BY tiger USING 'r';",
      "/* CREATE DATABASE LINK c2 CONNECT TO system IDENTIFIED BY manager USING 'r'; */",
      "CREATE DATABASE LINK ok CONNECT TO app IDENTIFIED BY Hq3Nv8Wc5Ry2Ub7EzK4m USING 'r';",
      'CREATE USER ops IDENTIFIED EXTERNALLY;',
      "CREATE USER ldap IDENTIFIED GLOBALLY AS 'CN=ldap,OU=users,DC=acme,DC=com';",
    ].join('\n') + '\n';
    expect(await run({ 'db/oracle/03-links.sql': sql })).toEqual([]);
  });

  it('hardcoded-secret reads a strong database link password and leaves the defaults to default-credentials', async () => {
    const sql = "CREATE DATABASE LINK hr CONNECT TO scott IDENTIFIED BY tiger USING 'hr';\nCREATE DATABASE LINK ok CONNECT TO app IDENTIFIED BY Hq3Nv8Wc5Ry2Ub7EzK4m USING 'r';\n";
    const hs = await runCase(hardcodedSecret, { name: 'hs-oracle51', files: { 'db/oracle/04.sql': sql } });
    expect(hs.findings.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual([
      expect.stringMatching(/^2:54 the database link 'ok' \(remote user 'app'\) is given a hard-coded password/),
    ]);
    expect(`${hs.findings[0]!.message} ${hs.findings[0]!.fix ?? ''}`).not.toContain('Hq3Nv8Wc5Ry2Ub7EzK4m');
  });
});
