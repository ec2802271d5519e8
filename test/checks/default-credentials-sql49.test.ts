import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA48 secrets19 D5: default passwords, and passwords equal to (or made from) the user name, given to database users in SQL
// init scripts, migrations and seeds fell between the two checks: hardcoded-secret leaves them to default-credentials, which
// read no SQL. Now default-credentials reads the statements hardcoded-secret does (one shared reader); lookalikes pass.
const run = async (files: Record<string, string>) => {
  const out = await runCase(defaultCredentials, { name: 'dc-sql49', files });
  expect(out.error).toBeUndefined();
  return out.findings.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
const compose = 'services:\n  db:\n    image: postgres:16.2\n    volumes:\n      - ./initdb:/docker-entrypoint-initdb.d:ro\n';

describe('default passwords in SQL scripts (secrets19 D5)', () => {
  it('CREATE/ALTER USER, MySQL IDENTIFIED BY, SET PASSWORD and GRANT … IDENTIFIED BY with a default or the user name fail, at the password', async () => {
    const sql = [
      "CREATE USER grafana WITH PASSWORD 'changeme';",
      "CREATE USER metabase WITH PASSWORD 'metabase';",
      "ALTER USER postgres PASSWORD 'postgres';",
      "CREATE USER 'app'@'%' IDENTIFIED BY 'password';",
      "SET PASSWORD FOR 'app'@'%' = 'admin';",
      "GRANT ALL PRIVILEGES ON app.* TO 'report'@'%' IDENTIFIED BY 'report_password';",
      "CREATE ROLE etl LOGIN PASSWORD 'Hq3Nv8Wc5Ry2Ub7EzK4m';",
    ].join('\n') + '\n';
    const f = await run({ 'docker-compose.yml': compose, 'initdb/01-users.sql': sql });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([
      'initdb/01-users.sql:1:36', 'initdb/01-users.sql:2:37', 'initdb/01-users.sql:3:31',
      'initdb/01-users.sql:4:38', 'initdb/01-users.sql:5:31', 'initdb/01-users.sql:6:62',
    ]);
    expect(f[0]!.message).toBe("the password of the database user 'grafana' is set to a placeholder value; set a strong generated secret from a secret store instead");
    expect(f[1]!.message).toContain("the password of the database user 'metabase' is equal to its user name");
    expect(f[5]!.message).toContain('followed by a password word');
    for (const x of f) expect(x.note).toBeFalsy();
    // The random one is hardcoded-secret's, the defaults are not: one check per value.
    const hs = await runCase(hardcodedSecret, { name: 'hs-sql49', files: { 'initdb/01-users.sql': sql } });
    expect(hs.findings.map((x) => x.line)).toEqual([7]);
  });

  it('a migration is judged; a seed script and a development-named script give notes; an init shell script mounted by compose is read', async () => {
    const f = await run({
      'db/migrations/20240101_create_admin.sql': "CREATE ROLE readonly LOGIN PASSWORD 'changeme';\n",
      'db/seeds/001_admin.sql': "ALTER USER postgres WITH PASSWORD 'postgres';\n",
      'supabase/seed.sql': "CREATE USER app PASSWORD 'app';\n",
      'sql/local-users.sql': "CREATE USER dev PASSWORD 'secret';\n",
      'docker-compose.yml': compose,
      'initdb/init-user-db.sh': '#!/bin/bash\nset -e\npsql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<-EOSQL\n\tCREATE USER docker WITH PASSWORD \'docker\';\nEOSQL\n',
      'scripts/ci-setup.sh': "psql -c \"CREATE USER app WITH PASSWORD 'postgres'\"\n",
    });
    expect(f.map((x) => `${x.file}:${x.line}:${x.note ? 'note' : 'fail'}`)).toEqual([
      'db/migrations/20240101_create_admin.sql:1:fail', 'db/seeds/001_admin.sql:1:note', 'initdb/init-user-db.sh:4:fail',
      'sql/local-users.sql:1:note', 'supabase/seed.sql:1:note',
    ]);
  });

  it('lookalikes pass: psql variables, references, dollar quoting, NULL, comments, stored verifiers, random passwords, tests and docs', async () => {
    const sql = [
      "CREATE USER app WITH PASSWORD :'pw';",
      "CREATE USER app2 WITH PASSWORD '${DB_PASSWORD}';",
      "ALTER ROLE app3 PASSWORD $$changeme$$;",
      'ALTER ROLE app4 PASSWORD NULL;',
      "-- CREATE USER old WITH PASSWORD 'changeme';",
      "/* ALTER USER postgres PASSWORD 'postgres';",
      "   CREATE USER x PASSWORD 'admin'; */",
      "# CREATE USER 'app'@'%' IDENTIFIED BY 'password';",
      "CREATE USER scram WITH PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy';",
      "CREATE USER md WITH PASSWORD 'md5f3b0a9c2e1d4b5a6c7d8e9f0a1b2c3d4';",
      "CREATE USER 'legacy'@'%' IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9';",
      "CREATE USER rnd WITH PASSWORD 'Hq3Nv8Wc5Ry2Ub7EzK4m';",
      "SELECT 'changeme' AS password;",
      "CREATE USER empty PASSWORD '';",
    ].join('\n') + '\n';
    const bad = "CREATE USER app WITH PASSWORD 'changeme';\n";
    const f = await run({
      'initdb/01.sql': sql, 'tests/fixtures/init.sql': bad, 'docs/examples/setup.sql': bad, 'examples/db/init.sql': bad,
      'init.sql.example': bad, 'scripts/backup.sh': "psql -c \"ALTER USER app PASSWORD 'changeme'\"\n",
    });
    expect(f).toEqual([]);
  });

  it('a 1 MB SQL dump with many statements and long lines is read without stalling', async () => {
    const row = "INSERT INTO t VALUES (1, 'CREATE USER x', 'PASSWORD', 'GRANT ALL TO y IDENTIFIED', 'SET PASSWORD FOR');\n";
    const long = 'CREATE USER a ' + "'b' ".repeat(5000) + '\n' + 'GRANT ' + 'x'.repeat(200_000) + '\n' + 'SET PASSWORD FOR ' + "'".repeat(100_000) + '\n';
    let dump = long;
    while (dump.length < 1_000_000) dump += row;
    dump += "CREATE USER last WITH PASSWORD 'changeme';\n";
    const lines = dump.split('\n').length - 1;
    const f = await run({ 'db/dump.sql': dump });
    expect(f.map((x) => `${x.file}:${x.line}`)).toEqual([`db/dump.sql:${lines}`]);
  });
});
