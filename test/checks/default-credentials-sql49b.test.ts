import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { sqlPasswordStatements } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 49 review 1 (B1, B2, S1) on the SQL password reader: a shell script's command-line options and globs are no SQL comments,
// and a one-line dump of many statements is read in linear time.
const compose = 'services:\n  db:\n    image: postgres:16.2\n    volumes:\n      - ./initdb:/docker-entrypoint-initdb.d:ro\n';
const run = async (files: Record<string, string>) => {
  const out = await runCase(defaultCredentials, { name: 'dc-sql49b', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}`).sort();
};

describe('SQL passwords in init shell scripts (review 1 B2, S1)', () => {
  it('a --username / --user= option before psql -c or mysql -e is no SQL comment: the default password fails', async () => {
    const sh = [
      '#!/bin/bash',
      'set -e',
      `psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -c "CREATE USER grafana WITH PASSWORD 'changeme';"`,
      `mysql --user=root -e "CREATE USER 'wp'@'%' IDENTIFIED BY 'password';"`,
      `# psql -c "CREATE USER old WITH PASSWORD 'changeme';"`,
    ].join('\n') + '\n';
    expect(await run({ 'docker-compose.yml': compose, 'initdb/init.sh': sh })).toEqual(['initdb/init.sh:3', 'initdb/init.sh:4']);
  });
  it('a /* glob earlier in a shell script does not comment out the statements after it', async () => {
    const sh = [
      '#!/bin/bash',
      'for f in /docker-entrypoint-initdb.d/*.sql.gz; do gunzip -c "$f" | psql; done',
      'psql -v ON_ERROR_STOP=1 <<-EOSQL',
      "  CREATE USER grafana WITH PASSWORD 'changeme';",
      '  -- CREATE USER legacy WITH PASSWORD \'changeme\';',
      'EOSQL',
    ].join('\n') + '\n';
    expect(await run({ 'docker-compose.yml': compose, 'initdb/01-users.sh': sh })).toEqual(['initdb/01-users.sh:4']);
  });
  it('in a .sql file, -- and /* */ comments still hide a statement, a -- inside a quoted name does not', () => {
    const sql = "-- CREATE USER a PASSWORD 'changeme';\n/* CREATE USER b PASSWORD 'changeme'; */\nCREATE USER \"c--x\" PASSWORD 'changeme';\n";
    expect(sqlPasswordStatements(sql).map((s) => [s.user, s.commented])).toEqual([['a', true], ['b', true], ['c--x', false]]);
  });
});

describe('a one-line SQL dump of many statements (review 1 B1)', () => {
  it('is read whole: every statement found (a quadratic comment test hangs here)', () => {
    const n = 30_000;
    const line = "CREATE USER a PASSWORD 'changeme'; ".repeat(n);
    const st = sqlPasswordStatements(line);
    expect(st.length).toBe(n);
    expect(st.every((s) => !s.commented)).toBe(true);
  });
});
