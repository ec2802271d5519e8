/**
 * QA stop 36 (fnhunt2, fphunt6 D4): false negatives.
 * D1: Dockerfiles named `Dockerfile-prod`/`Dockerfile_production`, and files a deploy config names as its Dockerfile
 * (fly.toml, render.yaml, heroku.yml, railway.json, a release workflow), whatever their names, are judged.
 * D4: nginx configuration templates a deploy tool renders (`site.conf.j2`, `nginx.conf.tmpl`, `default.conf.erb`) are read as
 * nginx configuration by tls-protocols-config and cors-wildcard; their tags are never values.
 * D2: default passwords given to database clients and JVM options on command lines are default-credentials findings.
 * D5: `Access-Control-Allow-Origin: *` in firebase.json hosting headers is a cors-wildcard finding, as in vercel.json.
 */
import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { isDockerfile, isDevOnly, isNginxCandidate } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note), skipped: out.skipped };
};

// D1 ------------------------------------------------------------------------------------------------------------------

const DEV_IMAGE = 'FROM node:latest\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["npx", "nodemon", "server.js"]\n';

describe('D1: Dockerfile names', () => {
  it('takes the dash and underscore spellings, not code or docs named after Dockerfiles', () => {
    for (const f of ['Dockerfile-prod', 'a/Dockerfile_production', 'dockerfile-prod', 'Containerfile-api', 'Dockerfile.prod', 'prod.Dockerfile', 'api.dockerfile']) expect(isDockerfile(f), f).toBe(true);
    for (const f of ['Dockerfile.md', '.dockerignore', 'Dockerfile-prod.md', 'dockerfile_parser.go', 'Dockerfile-lint.sh', 'dockerfile_test.go', 'Dockerfile-', 'Dockerfiles']) expect(isDockerfile(f), f).toBe(false);
  });

  it('reads Dockerfile-dev, Dockerfile_test as development-only, as Dockerfile.dev', () => {
    for (const f of ['Dockerfile.dev', 'Dockerfile-dev', 'Dockerfile_test', 'Dockerfile-local', 'Containerfile-ci']) expect(isDevOnly(f), f).toBe(true);
    for (const f of ['Dockerfile-prod', 'Dockerfile_production', 'Dockerfile-devops']) expect(isDevOnly(f), f).toBe(false);
  });

  it('judges Dockerfile-prod and Dockerfile_production', async () => {
    for (const name of ['Dockerfile-prod', 'b/Dockerfile_production']) {
      const ps = await run(productionServer, { [name]: DEV_IMAGE });
      expect(ps.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${name}:5`]);
      const nr = await run(dockerfileNonRoot, { [name]: DEV_IMAGE });
      expect(nr.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${name}:1`]);
    }
  });

  it('gives notes for Dockerfile-dev, as for Dockerfile.dev', async () => {
    for (const name of ['Dockerfile.dev', 'Dockerfile-dev']) {
      const ps = await run(productionServer, { [name]: DEV_IMAGE });
      expect(ps.failures, name).toEqual([]);
      expect(ps.notes.map((f) => f.file)).toEqual([name]);
    }
  });

  // A name no pattern takes: only the deploy config says it is a Dockerfile.
  const ODD = 'deploy/web.image';
  const named: Record<string, Record<string, string>> = {
    'fly.toml [build] dockerfile': { 'fly.toml': 'app = "x"\n[build]\n  dockerfile = "deploy/web.image"\n' },
    'render.yaml dockerfilePath': { 'render.yaml': 'services:\n  - type: web\n    name: api\n    runtime: docker\n    dockerfilePath: ./deploy/web.image\n' },
    'heroku.yml build.docker.web': { 'heroku.yml': 'build:\n  docker:\n    web: deploy/web.image\n' },
    'railway.json build.dockerfilePath': { 'railway.json': '{"build":{"builder":"DOCKERFILE","dockerfilePath":"deploy/web.image"}}\n' },
    'compose build.dockerfile': { 'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: deploy/web.image\n' },
    'a release workflow: docker/build-push-action file:': { '.github/workflows/release.yml': 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: deploy/web.image\n          push: ${{ github.event_name != \'pull_request\' }}\n          tags: ghcr.io/acme/web:${{ github.sha }}\n' },
    'a release workflow: docker build -f then docker push': { '.github/workflows/release.yml': 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f deploy/web.image -t ghcr.io/acme/web:1 .\n      - run: docker push ghcr.io/acme/web:1\n' },
  };
  for (const [name, files] of Object.entries(named)) {
    it(`judges the Dockerfile ${name} names`, async () => {
      const all = { ...files, [ODD]: DEV_IMAGE };
      const ps = await run(productionServer, all);
      expect(ps.failures.map((f) => `${f.file}:${f.line}`)).toContain(`${ODD}:5`);
      const tag = await run(imageTagPinned, all);
      expect(tag.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${ODD}:1`]);
    });
  }

  const notNamed: Record<string, Record<string, string>> = {
    'a fly config for development': { 'fly.dev.toml': 'app = "x"\n[build]\n  dockerfile = "deploy/web.image"\n' },
    'a workflow that builds without pushing (a CI test image)': { '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: deploy/web.image\n          push: false\n      - run: docker build -f deploy/web.image .\n' },
    'a path from a matrix': { '.github/workflows/release.yml': 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: ${{ matrix.dockerfile }}\n          push: true\n' },
  };
  for (const [name, files] of Object.entries(notNamed)) {
    it(`does not take a file as a Dockerfile for ${name}`, async () => {
      const tag = await run(imageTagPinned, { ...files, [ODD]: DEV_IMAGE });
      expect(tag.failures).toEqual([]);
    });
  }
});

// D4 ------------------------------------------------------------------------------------------------------------------

const J2_SITE = `server {
    listen 443 ssl http2;
    server_name {{ app_domain }};
    ssl_certificate     /etc/letsencrypt/live/{{ app_domain }}/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/{{ app_domain }}/privkey.pem;
{% if legacy_clients %}
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
{% endif %}
    location / {
        add_header Access-Control-Allow-Origin *;
        proxy_pass http://127.0.0.1:{{ app_port }};
    }
}
`;
const ERB_SITE = `server {
    listen 443 ssl;
    server_name <%= @server_name %>;
<% if @legacy -%>
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
<% end -%>
    location / {
        add_header Access-Control-Allow-Origin *;
        proxy_pass http://127.0.0.1:<%= @port %>;
    }
}
`;
const TASKS = '- name: site\n  ansible.builtin.template:\n    src: site.conf.j2\n    dest: /etc/nginx/sites-enabled/app.conf\n';

describe('D4: nginx configuration templates', () => {
  it('takes rendered configuration templates as nginx candidates, not example templates', () => {
    for (const f of ['roles/nginx/templates/site.conf.j2', 'templates/nginx.conf.jinja2', 'nginx.conf.tmpl', 'templates/default/default.conf.erb', 'templates/vhost.j2', 'templates/nginx.j2', 'app.conf', 'nginx/default.conf.template']) expect(isNginxCandidate(f), f).toBe(true);
    for (const f of ['roles/app/templates/env.j2', 'templates/local_settings.py.j2', 'templates/gunicorn.service.j2', 'README.md']) expect(isNginxCandidate(f), f).toBe(false);
  });

  const cases: Record<string, { files: Record<string, string>; file: string; tls: number; cors: number }> = {
    'an Ansible role template (Jinja)': { files: { 'roles/nginx/templates/site.conf.j2': J2_SITE, 'roles/nginx/tasks/main.yml': TASKS }, file: 'roles/nginx/templates/site.conf.j2', tls: 7, cors: 10 },
    'a Chef template (ERB)': { files: { 'cookbooks/web/templates/default/site.conf.erb': ERB_SITE }, file: 'cookbooks/web/templates/default/site.conf.erb', tls: 5, cors: 8 },
    'a consul-template file (.conf.tmpl)': { files: { 'deploy/nginx.conf.tmpl': J2_SITE.replace(/\{% (?:if legacy_clients|endif) %\}/g, '{{ if .Legacy }}') }, file: 'deploy/nginx.conf.tmpl', tls: 7, cors: 10 },
  };
  for (const [name, { files, file, tls, cors }] of Object.entries(cases)) {
    it(`judges ${name}`, async () => {
      const t = await run(tlsProtocolsConfig, files);
      expect(t.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${file}:${tls}`]);
      const c = await run(corsWildcard, files);
      expect(c.failures.map((f) => `${f.file}:${f.line}`)).toEqual([`${file}:${cors}`]);
    });
  }

  it('reads no value from a tag: ssl_protocols and the CORS origin from variables pass', async () => {
    const files = { 'roles/nginx/templates/site.conf.j2': 'server {\n    listen 443 ssl;\n    server_name {{ domain }};\n    ssl_protocols {{ nginx_ssl_protocols }};\n    location / {\n        add_header Access-Control-Allow-Origin {{ cors_origin }};\n        add_header Access-Control-Allow-Origin <%= @origin %>;\n        proxy_pass http://app;\n    }\n}\n' };
    expect((await run(tlsProtocolsConfig, files)).failures).toEqual([]);
    expect((await run(corsWildcard, files)).failures).toEqual([]);
  });

  it('a template whose tags break its braces is an info note, not a parse error', async () => {
    const files = { 'roles/nginx/templates/site.conf.j2': 'server {\n    listen 443 ssl;\n{% for loc in locations %}\n    location {{ loc.path }} {\n{% endfor %}\n        ssl_protocols TLSv1.2;\n    }\n}\n}\n' };
    const out = await runCase(tlsProtocolsConfig, { name: 'x', files });
    expect(out.error).toBeUndefined();
    expect(out.findings.filter((f) => !f.note)).toEqual([]);
    expect(out.findings.filter((f) => f.note).map((f) => f.message).join('\n')).toMatch(/nginx configuration template .*could not be read/);
  });

  it('a modern configuration template passes', async () => {
    const files = { 'roles/nginx/templates/site.conf.j2': J2_SITE.replace('TLSv1 TLSv1.1 TLSv1.2', 'TLSv1.2 TLSv1.3').replace('Origin *', 'Origin https://{{ app_domain }}') };
    expect((await run(tlsProtocolsConfig, files)).failures).toEqual([]);
    expect((await run(corsWildcard, files)).failures).toEqual([]);
  });
});

// D2 ------------------------------------------------------------------------------------------------------------------

describe('D2: default passwords on command lines (default-credentials)', () => {
  const BACKUP = '#!/bin/sh\nset -e\n# nightly backup\nmysqldump -h db.prod.internal -u root -pchangeme --single-transaction shop | gzip > /backup/shop.sql.gz\nPGPASSWORD=postgres pg_dump -h pg.prod.internal -U postgres orders | gzip > /backup/orders.sql.gz\nredis-cli -h cache.prod.internal -a password BGSAVE\n';
  const COMPOSE = 'services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/root\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-uroot", "-padmin"]\n';
  const CRON = 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: backup\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: backup\n              image: mysql:8.4\n              command: ["sh", "-c", "mysqldump -h mysql -uroot -proot --all-databases > /backup/all.sql"]\n';
  const JVM = 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nUSER 10001\nENV JAVA_OPTS="-Xmx512m -Dspring.datasource.password=postgres -Djavax.net.ssl.trustStorePassword=changeit"\nENTRYPOINT ["sh","-c","java $JAVA_OPTS -jar /app.jar --spring.datasource.username=admin --spring.datasource.password=admin"]\n';

  it('reports the defaults a backup script, a compose healthcheck, a CronJob and a JVM command line give', async () => {
    const out = await run(defaultCredentials, { 'scripts/backup.sh': BACKUP, 'docker-compose.yml': COMPOSE, 'k8s/backup.yaml': CRON, Dockerfile: JVM });
    expect(out.failures.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['Dockerfile:4:54', 'Dockerfile:5:118', 'docker-compose.yml:7:75', 'k8s/backup.yaml:15:66', 'scripts/backup.sh:4:41', 'scripts/backup.sh:5:12', 'scripts/backup.sh:6:37']);
    expect(out.failures.find((f) => f.file === 'scripts/backup.sh' && f.line === 5)!.message).toMatch(/^the password PGPASSWORD gives a PostgreSQL client is set to a well-known default value/);
  });

  it('a development compose file gives a note', async () => {
    const out = await run(defaultCredentials, { 'docker-compose.override.yml': COMPOSE });
    expect(out.failures).toEqual([]);
    expect(out.notes.map((f) => `${f.file}:${f.line}`)).toEqual(['docker-compose.override.yml:7']);
  });

  const quiet: Record<string, Record<string, string>> = {
    'variables, secrets files and command substitutions': { 'docker-compose.yml': COMPOSE.replace('"-padmin"', '"-p$$MYSQL_ROOT_PASSWORD"'), 'scripts/backup.sh': '#!/bin/sh\nmysqldump -h db.prod.internal -u root -p"$MYSQL_ROOT_PASSWORD" shop\nmysqldump -h db.prod.internal -u root -p$(cat /run/secrets/root) shop\nmysqldump -h db.prod.internal -u root -p${DB_PASSWORD} shop\nPGPASSWORD="$PGPASS" pg_dump -h pg.prod.internal orders\n' },
    'a port mapping and a database name after -p': { 'scripts/deploy.sh': '#!/bin/sh\ndocker run -d -p 3306:3306 --name mysql mysql:8.4\nmysql -h db.prod.internal -u app -p appdb < schema.sql\n' },
    'local tooling: a script with no host, a local host or a compose service name': { 'scripts/reset.sh': '#!/bin/sh\nmysql -uroot -proot -e "DROP DATABASE shop"\nmysql -h 127.0.0.1 -uroot -proot shop < seed.sql\nredis-cli -h localhost -a password FLUSHALL\nmysqldump -h db -uroot -proot shop > dump.sql\n' },
    'a script named for development': { 'scripts/dev-reset.sh': '#!/bin/sh\nmysqldump -h db.staging.internal -uroot -proot shop > dump.sql\n' },
    'docs and test fixtures': { 'README.md': '```sh\nmysqldump -h db.prod.internal -uroot -proot shop\n```\n', 'tests/fixtures/docker-compose.yml': COMPOSE, 'docs/backup.sh': BACKUP },
    'a commented-out command and a trust store password': { 'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.2.3\n    # command: mysqladmin ping -uroot -proot\n    command: ["java", "-Djavax.net.ssl.trustStorePassword=changeit", "-jar", "/app.jar"]\n' },
    'a real password (hardcoded-secret\'s)': { 'scripts/backup.sh': BACKUP.replace('-pchangeme', '-pV8q!zR2m#Lw9').replace('PGPASSWORD=postgres', 'PGPASSWORD=Qm7tX2pLz9Rk').replace('-a password', '-a Hn4wZ8rT2kPq') },
  };
  for (const [name, files] of Object.entries(quiet)) {
    it(`reports nothing for ${name}`, async () => {
      const out = await run(defaultCredentials, files);
      expect(out.failures).toEqual([]);
      expect(out.notes).toEqual([]);
    });
  }
});

// D5 ------------------------------------------------------------------------------------------------------------------

describe('D5: firebase.json hosting headers (cors-wildcard)', () => {
  const firebase = (source: string, key = 'source') => `{\n  "hosting": {\n    "public": "dist",\n    "rewrites": [ { "source": "/api/**", "function": "api" } ],\n    "headers": [\n      {\n        "${key}": ${JSON.stringify(source)},\n        "headers": [\n          { "key": "Access-Control-Allow-Origin", "value": "*" }\n        ]\n      }\n    ]\n  }\n}\n`;

  for (const source of ['/api/**', '**']) {
    it(`reports Access-Control-Allow-Origin: * for ${source}`, async () => {
      const out = await run(corsWildcard, { 'firebase.json': firebase(source) });
      expect(out.failures.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['firebase.json:9:13']);
      expect(out.failures[0]!.message).toMatch(/^firebase\.json hosting headers set Access-Control-Allow-Origin: \* \(any origin\)/);
    });
  }

  it('reads a multi-site hosting list', async () => {
    const text = firebase('/api/**').replace('"hosting": {', '"hosting": [{ "target": "app",').replace(/\n  }\n}\n$/, '\n  }]\n}\n');
    const out = await run(corsWildcard, { 'firebase.json': text });
    expect(out.failures.map((f) => `${f.file}:${f.line}`)).toEqual(['firebase.json:9']);
  });

  // Firebase's own docs set it for web fonts: public static assets, a note.
  for (const [source, key] of [['**/*.@(eot|otf|ttf|ttc|woff|font.css)', 'source'], ['/fonts/**', 'source'], ['**/*.@(jpg|jpeg|gif|png|svg|webp)', 'source'], ['^/assets/.*$', 'regex']] as const) {
    it(`gives a note for public static assets: ${key} ${source}`, async () => {
      const out = await run(corsWildcard, { 'firebase.json': firebase(source, key) });
      expect(out.failures).toEqual([]);
      expect(out.notes.map((f) => `${f.file}:${f.line}`)).toEqual(['firebase.json:9']);
    });
  }

  it('passes a listed origin', async () => {
    const out = await run(corsWildcard, { 'firebase.json': firebase('/api/**').replace('"value": "*"', '"value": "https://app.example.com"') });
    expect(out.failures).toEqual([]);
    expect(out.notes).toEqual([]);
  });
});
