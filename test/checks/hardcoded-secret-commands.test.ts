import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// Database and tool clients given a literal password on their command line (QA23): `mysql -p…`, `PGPASSWORD=… psql`,
// `sshpass -p`, `redis-cli -a`, `mongosh -p`, `htpasswd -b`, in shell scripts, Makefiles, CI files, Dockerfile RUN
// lines, compose healthchecks and Kubernetes args. Test files are not scanned for these (only token formats), so the
// literals below cannot fail Preflight's own run.
const found = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { files });
  expect(out.error).toBeUndefined();
  return [...out.findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};

describe('hardcoded-secret: database and tool clients with a password on the command line', () => {
  it('mysql/mysqldump/mysqladmin -p<password> and --password=, PGPASSWORD=… psql, sshpass -p, redis-cli -a, mongosh -p and htpasswd -b are found at the value', async () => {
    const pws = ['Kq8vN2xLr7Wp4Kd', 'S3cr3t!x', 'Hq8vN2xLr7Wp4', 'Sunflower42', 'Tr0ub4dor&3', 'Rd5vN2xLr7Wp4Kd', 'Mg4vN2xLr7Wp4Kd', 'Ht6vN2xLr7Wp4Kd', 'Bk3vN2xLr7Wp4Kd', 'Ht9vN2xLr7Wp4Kd'];
    const findings = await found({
      'scripts/backup.sh': [
        '#!/bin/sh',
        `mysql -uroot -p${pws[0]} appdb < dump.sql`,
        `mysqldump -u app -p'${pws[1]}' --single-transaction app > app.sql`,
        `mysqladmin --user=root --password=${pws[2]} status`,
        `PGPASSWORD=${pws[3]} pg_dump -h db -U app app > app.pgdump`,
        `sshpass -p '${pws[4]}' ssh deploy@10.0.0.5 'systemctl restart app'`,
        `redis-cli -h cache -a ${pws[5]} --no-auth-warning ping`,
        `mongosh "mongodb://db:27017/app" -u admin -p ${pws[6]} --authenticationDatabase admin`,
        `htpasswd -bc /etc/nginx/.htpasswd admin ${pws[7]}`,
        'mysqldump \\',
        '  --user=backup \\',
        `  --password=${pws[8]} \\`,
        '  app > app.sql',
        `docker run --rm httpd:2.4 htpasswd -nbB admin "${pws[9]}" > users.htpasswd`,
        '',
      ].join('\n'),
    });
    expect(findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['scripts/backup.sh', 2, 16], ['scripts/backup.sh', 3, 21], ['scripts/backup.sh', 4, 35], ['scripts/backup.sh', 5, 12],
      ['scripts/backup.sh', 6, 13], ['scripts/backup.sh', 7, 23], ['scripts/backup.sh', 8, 46], ['scripts/backup.sh', 9, 41],
      ['scripts/backup.sh', 12, 14], ['scripts/backup.sh', 14, 48],
    ]);
    const text = JSON.stringify(findings.map((f) => f.message));
    for (const pw of pws) expect(text).not.toContain(pw);
    expect(findings.map((f) => f.message.split(';')[0])).toEqual([
      'a mysql client (-p/--password=) carries a hard-coded password',
      'a mysql client (-p/--password=) carries a hard-coded password',
      'a mysql client (-p/--password=) carries a hard-coded password',
      'PGPASSWORD=… before a PostgreSQL client carries a hard-coded password',
      'sshpass -p carries a hard-coded password',
      'redis-cli -a carries a hard-coded password',
      'a MongoDB client (-p/--password) carries a hard-coded password',
      'htpasswd -b carries a hard-coded password',
      'a mysql client (-p/--password=) carries a hard-coded password',
      'htpasswd -b carries a hard-coded password',
    ]);
  });

  it('compose healthchecks in exec form, a Makefile, a Dockerfile RUN line, a CI step and Kubernetes args', async () => {
    const findings = await found({
      'compose.yaml': [
        'services:',
        '  db:',
        '    image: mysql:8.0',
        '    healthcheck:',
        '      test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-uroot", "-pMy5vN2xLr7Wp4Kd"]',
        '  cache:',
        '    image: redis:7',
        '    command: redis-server --requirepass ${REDIS_PASSWORD}',
        '    healthcheck:',
        '      test: ["CMD", "redis-cli", "-a", "Rc8vN2xLr7Wp4Kd", "ping"]',
        '',
      ].join('\n'),
      Makefile: 'db-shell:\n\tdocker compose exec db mysql -uroot -pMk2vN2xLr7Wp4Kd app\n',
      Dockerfile: 'FROM nginx:1.27\nRUN apt-get update && apt-get install -y apache2-utils \\\n && htpasswd -bc /etc/nginx/.htpasswd ops Df7vN2xLr7Wp4Kd\n',
      '.gitlab-ci.yml': 'restore:\n  script:\n    - PGPASSWORD=Ci4vN2xLr7Wp4Kd pg_restore -h $DB_HOST -U app -d app dump.pgdump\n',
      'scripts/deploy.py': 'import subprocess\nsubprocess.run(["sshpass", "-p", "Sp3vN2xLr7Wp4Kd", "ssh", "deploy@host", "uptime"])\nsubprocess.run(["redis-cli", "-a", "Rp6vN2xLr7Wp4Kd", "ping"])\n',
      'scripts/backup.mjs': "import { execSync } from 'node:child_process';\nexecSync('mysqldump -uroot -pNj5vN2xLr7Wp4Kd app > /backup/app.sql');\n",
      'k8s/backup.yaml': [
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata:',
        '  name: backup',
        'spec:',
        '  schedule: "0 3 * * *"',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        '          containers:',
        '            - name: dump',
        '              image: mysql:8.0',
        '              command: ["sh", "-c", "mysqldump -h db -uroot -pK8vN2xLr7Wp4Kd app | gzip > /backup/app.sql.gz"]',
        '',
      ].join('\n'),
    });
    expect(findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['.gitlab-ci.yml', 3, 18], ['compose.yaml', 5, 75], ['compose.yaml', 10, 41], ['Dockerfile', 3, 43], ['k8s/backup.yaml', 14, 63], ['Makefile', 2, 40], ['scripts/backup.mjs', 2, 30], ['scripts/deploy.py', 2, 35], ['scripts/deploy.py', 3, 37],
    ]);
  });

  it('prompts, variables, command substitutions, secrets files and placeholders are not literals', async () => {
    const findings = await found({
      'scripts/db.sh': [
        '#!/bin/sh',
        'mysql -u root -p appdb',
        'mysql -uroot -p$MYSQL_ROOT_PASSWORD appdb',
        'mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" appdb',
        'mysqldump -uroot --password=$(cat /run/secrets/db_root) app > app.sql',
        'mysql -uroot -p"$(cat /run/secrets/db_root)" app',
        'mysql -uroot -pchangeme',
        'mysql -uroot -ppassword',
        'mysql -uroot -p<password> app',
        'mysql -uroot -pxxxxxxxx app',
        'mysql -uroot --password=YOUR_PASSWORD app',
        'mysql -uroot -pDB_PASSWORD app',
        'mysql -uroot -p"$DB_PASS$SUFFIX" app',
        'PGPASSWORD=$DB_PASSWORD psql -h db -U app',
        'PGPASSWORD="${PGPASS}" pg_dump app > app.pgdump',
        'PGPASSWORD=postgres psql -h localhost -U postgres',
        'sshpass -e ssh deploy@host uptime',
        'sshpass -f ~/.deploy_pass ssh -p 2222 deploy@host uptime',
        'redis-cli -a "$REDIS_PASSWORD" ping',
        'redis-cli --askpass -h cache ping',
        'mongosh -u admin -p --authenticationDatabase admin',
        'mongosh -u admin -p example',
        'htpasswd -c /etc/nginx/.htpasswd admin',
        'htpasswd -bc /etc/nginx/.htpasswd admin "$ADMIN_PASSWORD"',
        'htpasswd -B -C 12 /etc/nginx/.htpasswd admin',
        '',
      ].join('\n'),
      'compose.yaml': 'services:\n  db:\n    image: mysql:8.0\n    healthcheck:\n      test: ["CMD-SHELL", "mysqladmin ping -h localhost -uroot -p$$MYSQL_ROOT_PASSWORD"]\n',
      'backup.bat': 'mysqldump -uroot -p%DB_PASSWORD% app > app.sql\n',
      'tools/dump.py': 'import subprocess\nsubprocess.run(f"mysqldump -uroot -p{password} {db}", shell=True)\nsubprocess.run("mysqldump -uroot -p%s app" % password, shell=True)\n',
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: mysql -h 127.0.0.1 -uroot -p${{ secrets.DB_PASSWORD }} -e "select 1"\n',
    });
    expect(findings).toEqual([]);
  });

  it('other tools\' -p and paths or container names that read like the clients are not passwords', async () => {
    const findings = await found({
      'scripts/setup.sh': [
        '#!/bin/sh',
        'mkdir -p /var/lib/mysql && chown -R mysql:mysql /var/lib/mysql',
        'find /var/lib/mysql -perm -permissions -print',
        'docker run -d --name mysql -p 127.0.0.1:3306:3306 -e MYSQL_ROOT_PASSWORD mysql:8',
        'docker run -d --name mongo -p localhost:27017:27017 mongo:7',
        'docker run -d --name redis -a stdout redis:7',
        'apt-get install -y mysql-client redis-tools && tar -pczf backup.tar.gz /srv/backups',
        'mysql -h db -P 3306 -uroot -p "$DB_NAME"',
        'psql -h db -p 5432 -U app app',
        'pg_dump -p 5433 -U app app > app.pgdump',
        'ssh -p 2222 deploy@host',
        'mysql_config_editor set --login-path=client --user=root --password',
        'sshpass -f ~/.deploy_pass ssh deploy@host "tar -pczf /tmp/site.tgz /srv/site"',
        'sshpass -e rsync -avz --progress dist/ deploy@host:/srv/site',
        'mysql -uroot -p"$MYSQL_PWD" -e "select 1" && openssl enc -aes-256-cbc -pbkdf2 -in dump.sql -out dump.enc',
        '',
      ].join('\n'),
      // Code that builds the command from a variable: no literal in it.
      'src/cache.py': 'import subprocess\nsubprocess.run(["redis-cli", "-a", redis_password, "ping"])\nsubprocess.run(["mongosh", "-u", user, "-p", mongo_password])\n',
      'src/db.ts': 'execSync(`mysqldump -uroot -p${password} app`);\nexecSync("mysql -uroot -p" + password + " app");\n',
      // Prose about the commands (Preflight's own messages once matched): lower-case words are no password.
      'src/messages.ts': "const HTPASSWD = 'htpasswd -b carries a hard-coded password';\nconst HINT = 'sshpass -p plain-text-password is visible in ps';\n",
      'backup.cmd': 'setlocal enabledelayedexpansion\nmysqldump -uroot -p!DB_PASSWORD! app > app.sql\n',
      '.github/workflows/test.yml': 'jobs:\n  test:\n    services:\n      mysql:\n        image: mysql:8.0\n        options: --health-cmd="mysqladmin ping -uroot -proot" --health-interval=10s\n',
    });
    expect(findings).toEqual([]);
  });

  it('documentation, templates and test files illustrate commands: not scanned for them', async () => {
    const cmd = 'mysql -uroot -pKq8vN2xLr7Wp4Kd appdb\nredis-cli -a Rd5vN2xLr7Wp4Kd ping\n';
    const findings = await found({
      'README.md': `## Restore\n\n\`\`\`sh\n${cmd}\`\`\`\n`,
      'docs/ops.rst': cmd,
      'scripts/backup.sh.example': cmd,
      'tests/e2e/setup.sh': cmd,
      'examples/local/seed.sh': cmd,
    });
    expect(findings).toEqual([]);
  });

  it('MariaDB clients (mariadb, mariadb-dump) are judged like mysql: the attached value, not `-p` alone', async () => {
    const findings = await found({
      'scripts/backup.sh': 'mariadb-dump -uroot -pMb4vN2xLr7Wp4Kd app > app.sql\nmariadb -uroot -p appdb\n',
    });
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual([
      ['scripts/backup.sh', 1, expect.stringContaining('a mysql client (-p/--password=) carries a hard-coded password')],
    ]);
  });
});

describe('hardcoded-secret: secret-named JVM system properties and --name=value arguments (qa30 dockerfile3 D2)', () => {
  const pw = ['Zk81nQv3', 'pWmR7tY2'].join('');
  it('-Dspring.datasource.password=…, -Djavax.net.ssl.keyStorePassword=… and --spring.datasource.password=… are found at the value', async () => {
    const findings = await found({
      Dockerfile: [
        'FROM eclipse-temurin:21-jre',
        `ENV JAVA_OPTS="-Xmx512m -Dspring.profiles.active=prod -Dspring.datasource.password=${pw}"`,
        `ENV CATALINA_OPTS=-Djavax.net.ssl.keyStorePassword=${pw}`,
        `ENTRYPOINT ["java", "-Ddb.password=${pw}", "-jar", "/app.jar"]`,
        `CMD java -jar /app.jar --spring.datasource.password='${pw}'`,
        'USER 1000',
      ].join('\n'),
      'start.sh': `#!/bin/sh\nexec java -jar app.jar --spring.datasource.password=${pw}\n`,
      'k8s/deploy.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1.0\n      args: ["--app.jwt.secret=${pw}"]\n`,
    });
    expect(findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      ['Dockerfile', 2, 84, expect.stringContaining('the JVM system property -Dspring.datasource.password is given a hard-coded secret value')],
      ['Dockerfile', 3, 52, expect.stringContaining('-Djavax.net.ssl.keyStorePassword')],
      ['Dockerfile', 4, 36, expect.stringContaining('-Ddb.password')],
      ['Dockerfile', 5, 54, expect.stringContaining('the command-line argument --spring.datasource.password')],
      ['k8s/deploy.yaml', 9, 32, expect.stringContaining('--app.jwt.secret')],
      ['start.sh', 2, 53, expect.stringContaining('--spring.datasource.password')],
    ]);
  });

  it('references, placeholders, environment variable names, settings about a secret, paths and plain words pass', async () => {
    const findings = await found({
      Dockerfile: [
        'FROM eclipse-temurin:21-jre',
        'ENV JAVA_OPTS="-Dpassword.policy=strict -Dspring.datasource.password=${DB_PASSWORD} -Djavax.net.ssl.keyStorePassword=$KEYSTORE_PASS"',
        'ENTRYPOINT ["java", "-Djavax.net.ssl.keyStore=/etc/ssl/app.jks", "-Dspring.security.oauth2.client.registration.github.client-secret=GITHUB_CLIENT_SECRET", "-jar", "/app.jar"]',
        'CMD ["--password-file=/run/secrets/db_password", "--spring.datasource.password=%DB_PASS%", "--app.jwt.token-validity=3600", "--jwt.secret={{ jwt_secret }}"]',
        'USER 1000',
      ].join('\n'),
      'run.sh': '#!/bin/sh\njava -Dserver.ssl.key-store-password="$(cat /run/secrets/ks)" -Dkeystore.password=changeit -jar app.jar --token-file=./token.txt --api-key=<your-api-key>\n',
      'src/Main.java': `class Main { String[] args = { "-Ddb.password=${pw}" }; }\n`,
    });
    expect(findings).toEqual([]);
  });
});

describe('hardcoded-secret: each secret-named -D…=/--…= value on a line is a finding of its own (QA30 newrules D2)', () => {
  const a = ['Pr0dDbS3', 'cret2024x'].join('');
  const b = ['Kq7vR2pX', 'zM9wNb4t'].join('');
  it('two literals on one line (exec form, JAVA_OPTS, a start script) give two findings; a value given twice, or a client\'s, one', async () => {
    const findings = await found({
      Dockerfile: [
        'FROM eclipse-temurin:21-jre',
        `ENV JAVA_OPTS="-Djavax.net.ssl.keyStorePassword=${b} -Dspring.datasource.password=${a}"`,
        `ENTRYPOINT ["java", "-Djasypt.encryptor.password=${b}", "-jar", "app.jar", "--spring.datasource.password=${a}"]`,
        'USER 1000',
      ].join('\n'),
      'start.sh': `#!/bin/sh\nexec java -Da.password=${a} -Db.password=${a} -jar app.jar --server.ssl.key-store-password=\${KS_PASS} --token-ttl=3600\n`,
      'backup.sh': `#!/bin/sh\nmysqladmin --user=root --password=${a} status --app.api-key=${b}\n`,
    });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(/ is given|;/)[0]}`)).toEqual([
      'backup.sh:2:35 a mysql client (-p/--password=) carries a hard-coded password',
      'backup.sh:2:74 the command-line argument --app.api-key',
      'Dockerfile:2:49 the JVM system property -Djavax.net.ssl.keyStorePassword',
      'Dockerfile:2:95 the JVM system property -Dspring.datasource.password',
      'Dockerfile:3:50 the JVM system property -Djasypt.encryptor.password',
      'Dockerfile:3:118 the command-line argument --spring.datasource.password',
      'start.sh:2:24 the JVM system property -Da.password',
    ]);
  });
});
