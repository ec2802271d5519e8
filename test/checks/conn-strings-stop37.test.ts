import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { connectionStringPassword, libpqPasswords, mysqlDsnPasswords } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking passwords, assembled so no line of this file holds one whole.
const p1 = ['Rk4m', 'Zq8v', 'Lx2T', 'p9Wn'].join('');
const p2 = ['Hq7z', 'Lm2v', 'Xk9R', 't4Wn'].join('');
const p3 = ['Tz9q', 'Lm4v', 'Xk2R', 'p8Wn'].join('');
const p4 = ['Xr7p', 'Lq2m', 'Z9vW', 't4Kn'].join('');

/** Each finding as `file:line text-at-its-column message-head`. */
const at = (files: Record<string, string>, findings: { file?: string | null; line?: number | null; column?: number | null; message: string; note?: boolean }[]) =>
  findings.map((f) => {
    const line = files[f.file!]!.split('\n')[f.line! - 1]!;
    return `${f.file}:${f.line} ${line.slice(f.column! - 1, f.column! + 3)}${f.note ? ' (note)' : ''} ${f.message.split(';')[0]}`;
  }).sort();

describe('connection-string parsers (QA37 fnhunt3 D1, D2)', () => {
  it('libpq keyword/value strings: the password, unquoted, with its user; runs need another libpq keyword', () => {
    expect(connectionStringPassword(`host=db user=api password=${p1} dbname=api sslmode=require`)).toMatchObject({ password: p1, kind: 'libpq', user: 'api' });
    expect(connectionStringPassword(`host=db password='a ${p1}' dbname=x`)).toMatchObject({ password: `a ${p1}`, kind: 'libpq', index: 18 });
    // libpq before `Password=` up to a `;`: a leading password is one pair among others.
    expect(connectionStringPassword(`password=${p1} host=db user=app`)).toMatchObject({ password: p1, kind: 'libpq' });
    expect(connectionStringPassword(`password=${p1}`)).toBeNull();
    expect(connectionStringPassword(`host=db user=api password='' dbname=api`)).toBeNull();
    expect(connectionStringPassword(`the host=db password=${p1}`)).toBeNull(); // not the whole value
    expect(libpqPasswords(`psql "host=db user=app password=${p1}" && echo user=x`)).toEqual([expect.objectContaining({ password: p1 })]);
    expect(libpqPasswords(`"host=db " + "password=${p1}"`)).toEqual([]); // pieces of a concatenation: no run
    // ADO.NET and Redis as before.
    expect(connectionStringPassword(`Server=db;User Id=sa;Password=${p1};`)).toMatchObject({ password: p1, kind: 'semicolon' });
  });

  it('go-sql-driver MySQL DSNs: user, password and host (null for a socket); no password, no DSN', () => {
    expect(connectionStringPassword(`api:${p3}@tcp(prod-mysql.acme.internal:3306)/api?parseTime=true`)).toMatchObject({ password: p3, kind: 'mysql-dsn', user: 'api', host: 'prod-mysql.acme.internal', index: 4 });
    expect(connectionStringPassword(`api:${p3}@unix(/cloudsql/acme:eu:db)/api`)).toMatchObject({ password: p3, host: null });
    expect(connectionStringPassword('api:@tcp(db:3306)/api')).toBeNull();
    expect(mysqlDsnPasswords('%s:%s@tcp(%s)/%s?parseTime=true')).toEqual([]);
    expect(mysqlDsnPasswords(`mysql://api:${p3}@tcp(db:3306)/api`)).toEqual([]); // a URL: the URL rule's
  });
});

describe('hardcoded-secret: libpq keyword/value connection strings (QA37 fnhunt3 D1)', () => {
  const files = {
    'cmd/api/db.go': [
      'package main',
      '',
      `const connStr = "host=prod-db.acme.internal port=5432 user=api password=${p1} dbname=api sslmode=require"`,
      '',
      'func open() (*sql.DB, error) {',
      `\treturn sql.Open("postgres", "user=api password=${p2} host=10.0.3.12 dbname=api sslmode=disable")`,
      '}',
    ].join('\n'),
    'worker/db.py': ['import psycopg2', '', `conn = psycopg2.connect("dbname=app user=app password=${p4} host=prod-db.acme.internal")`].join('\n'),
    'config/app.yaml': ['database:', `  dsn: "host=prod-db.acme.internal user=app password=${p3} dbname=app sslmode=require"`, `  args: ["psql", "host=db user=app password='${p2}' dbname=app"]`].join('\n'),
    '.env.production': [`PG_CONN="host=prod-db.acme.internal user=api password=${p1} dbname=api"`].join('\n'),
    'src/Db.cs': [`class Db { void Open() { var c = new SqlConnection("Server=prod-sql;User Id=api;Password=${p2};"); } }`].join('\n'),
  };

  it('reports each password, at the password, in code literals (call arguments too), YAML and dotenv values', async () => {
    const { findings } = await runCase(hardcodedSecret, { name: 'libpq', files });
    expect(at(files, findings)).toEqual([
      `.env.production:1 ${p1.slice(0, 4)} 'PG_CONN' holds a connection string with a hard-coded password`,
      `cmd/api/db.go:3 ${p1.slice(0, 4)} 'connStr' holds a connection string with a hard-coded password`,
      `cmd/api/db.go:6 ${p2.slice(0, 4)} a libpq connection string (\`host=… password=…\`) holds a hard-coded password`,
      `config/app.yaml:2 ${p3.slice(0, 4)} 'dsn' holds a connection string with a hard-coded password`,
      // A quoted `password='…'` in configuration is also an assignment, whose finding is made first.
      `config/app.yaml:3 ${p2.slice(0, 4)} 'password' is assigned a hard-coded secret value`,
      `src/Db.cs:1 ${p2.slice(0, 4)} a connection string holds a hard-coded password`,
      `worker/db.py:3 ${p4.slice(0, 4)} a libpq connection string (\`host=… password=…\`) holds a hard-coded password`,
    ]);
  });

  it('format fields, references, empty and default passwords, comments, docstrings, tests and docs stay quiet', async () => {
    const quiet = {
      'cmd/main.go': [
        'package main',
        'func open(host, user, pw, db string) {',
        '\tdsn := fmt.Sprintf("host=%s port=%d user=%s password=%s dbname=%s sslmode=disable", host, 5432, user, pw, db)',
        '\tpq := "host=" + host + " user=app password=" + os.Getenv("PW")',
        '\tpq2 := "host=db user=app password=\'\' dbname=app"',
        '\tpq3 := "host=db user=app password=%v dbname=app"',
        '\tsql.Open("postgres", "user=app password=changeme host=db dbname=app")',
        `\t// sql.Open("postgres", "user=app password=${p1} host=db dbname=app")`,
        '\tt := `host={{.Host}} user={{.User}} password={{.Password}} dbname={{.DB}}`',
        '}',
      ].join('\n'),
      'app/db.py': [
        'a = psycopg2.connect(f"host={host} user={user} password={password} dbname={db}")',
        'b = psycopg2.connect("host=%s password=%s" % (h, p))',
        'c = psycopg2.connect("host={} password={}".format(h, p))',
        'e = psycopg2.connect("dbname=app user=app password=%(pw)s" % cfg)',
        'def f():',
        `    """Example: psycopg2.connect("host=db user=app password=${p1} dbname=app")"""`,
      ].join('\n'),
      'app/config.yaml': [
        'database:',
        '  dsn: "host=db user=app password=${DB_PASSWORD} dbname=app"',
        '  dsn2: "host=db user=app password={{ .Values.pw }} dbname=app"',
        '  args: ["psql", "host=db user=app password=$PGPASSWORD dbname=app"]',
      ].join('\n'),
      '.env.production': 'PG_CONN="host=db user=app password= dbname=app"',
      'test/db_test.go': `package test\nconst conn = "host=db user=app password=${p1} dbname=app"\n`,
      'docs/setup.md': `Use \`host=db user=app password=${p1} dbname=app\`.\n`,
    };
    const { findings } = await runCase(hardcodedSecret, { name: 'libpq-quiet', files: quiet });
    expect(at(quiet, findings)).toEqual([]);
  });
});

describe('hardcoded-secret: go-sql-driver MySQL DSNs (QA37 fnhunt3 D2)', () => {
  const files = {
    'k8s/secret.yaml': [
      'apiVersion: v1',
      'kind: Secret',
      'metadata: { name: api }',
      'type: Opaque',
      'stringData:',
      `  DATABASE_DSN: "api:${p3}@tcp(prod-mysql.acme.internal:3306)/api?parseTime=true"`,
      '  OTHER_DSN: "api:${DB_PASSWORD}@tcp(prod-mysql.acme.internal:3306)/api"',
      '  EMPTY_DSN: "api:@tcp(prod-mysql.acme.internal:3306)/api"',
    ].join('\n'),
    'config.go': [
      'package config',
      '',
      `var MySQLDSN = "api:${p3}@tcp(prod-mysql.acme.internal:3306)/api?parseTime=true"`,
      `var socketDSN = "api:${p1}@unix(/cloudsql/acme:europe-west1:db)/api"`,
      'var format = fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pw, host, db)',
      'var glued = "root:" + pw + "@tcp(db:3306)/app"',
      `var local = "root:${p2}@tcp(127.0.0.1:3306)/app"`,
      'func f() { db, _ := sql.Open("mysql", "app:@tcp(db:3306)/app") }',
    ].join('\n'),
    '.env.production': `DATABASE_DSN=api:${p4}@tcp(prod-mysql.acme.internal:3306)/api\nDSN2=root:\${PW}@tcp(db:3306)/app\n`,
    'internal/db_test.go': `package db\nconst dsn = "api:${p3}@tcp(db:3306)/api"\n`,
    'README.md': `\`\`\`go\nsql.Open("mysql", "api:${p3}@tcp(db:3306)/api")\n\`\`\`\n`,
  };

  it('a DSN password is judged as a URL userinfo password: the Secret key, the Go literal, the dotenv line', async () => {
    const { findings } = await runCase(hardcodedSecret, { name: 'dsn', files });
    expect(at(files, findings)).toEqual([
      `.env.production:1 ${p4.slice(0, 4)} a MySQL DSN (\`user:password@tcp(…)/db\`) embeds a hard-coded password`,
      `config.go:3 ${p3.slice(0, 4)} 'MySQLDSN' holds a connection string with a hard-coded password`,
      `config.go:4 ${p1.slice(0, 4)} 'socketDSN' holds a connection string with a hard-coded password`,
      "k8s/secret.yaml:6 DATA Secret 'api' commits a literal value for 'DATABASE_DSN' in stringData",
    ]);
  });
});

describe('default-credentials: default passwords in libpq strings and MySQL DSNs', () => {
  it('a default or the user name as the password is a default credential; a real one is not this check\'s', async () => {
    const compose = [
      'services:',
      '  api:',
      '    image: acme/api:1.2.3',
      '    environment:',
      '      PG_CONN: "host=db user=app password=postgres dbname=app"',
      '      DATABASE_DSN: "app:app@tcp(mysql:3306)/app"',
      '      PQ_SAME: "host=db user=orders password=orders dbname=app"',
      `      REAL: "host=db.prod user=app password=${p1} dbname=app"`,
      '      REF_DSN: "app:${DB_PASSWORD}@tcp(mysql:3306)/app"',
      '',
    ].join('\n');
    const files = { 'docker-compose.yml': compose };
    const { findings } = await runCase(defaultCredentials, { name: 'dc', files });
    expect(findings.map((f) => `${f.line} ${f.message.split(';')[0]}`).sort()).toEqual([
      "5 PG_CONN (service 'api') holds a connection string whose password is a well-known default value",
      "6 DATABASE_DSN (service 'api') holds a connection string whose password is equal to its user name",
      "7 PQ_SAME (service 'api') holds a connection string whose password is equal to its user name",
    ]);
  });
});
