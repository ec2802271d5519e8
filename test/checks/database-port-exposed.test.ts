import { describe, expect, it } from 'vitest';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { restartPolicy } from '../../src/checks/restart-policy.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { IMAGE_PORTS, databaseOptionsNamed, databasePortExposed, parsePort } from '../../src/checks/database-port-exposed.js';
import { parseOptions } from '../../src/engine/execute.js';

const compose = (ports: string, image = 'postgres:16') => ({ 'docker-compose.yml': `services:\n  db:\n    image: ${image}\n    ports:\n${ports}` });
const svc = (type: string, extra = '', port = 5432) => ({ 'k8s/svc.yaml': `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n${extra}spec:\n  type: ${type}\n  ports:\n    - port: ${port}\n      targetPort: ${port}\n` });

testCheck(databasePortExposed, {
  valid: [
    { name: 'expose only', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    expose:\n      - "5432"\n' } },
    { name: 'app port', files: compose('      - "8000:8000"\n', 'web:1') },
    { name: 'database host port mapped to app container port', files: compose('      - "5432:8080"\n', 'web:1') },
    { name: 'ClusterIP service', files: svc('ClusterIP') },
    { name: 'LoadBalancer on 443', files: svc('LoadBalancer', '', 443) },
    { name: 'port 8086 on a non-influx image', files: compose('      - "8086:8086"\n', 'myapp:1') },
    { name: 'template compose is ignored', files: { 'docker-compose.yml.example': 'services:\n  db:\n    ports: ["5432:5432"]\n' } },
    { name: 'host network for an application image', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: acme/web:1.0\n    network_mode: host\n    ports: ["8000:8000"]\n' } },
    { name: 'host network for a database UI or exporter is not a database', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: rediscommander/redis-commander:latest\n    network_mode: host\n' } },
    { name: 'host network for an exporter or UI named after an image-ports product', files: { 'docker-compose.yml': 'services:\n  exp:\n    image: criteord/cassandra_exporter:2.3.8\n    network_mode: host\n  ui:\n    image: acme/influxdb-ui:1.0\n    network_mode: host\n' } },
    { name: 'host network for an exporter named like its database', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: oliver006/redis_exporter:v1.62.0\n    network_mode: host\n' } },
  ],
  invalid: [
    { name: 'short syntax host:container', files: compose('      - "5432:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 5, severity: 'high', message: /port 5432 \(PostgreSQL\) on host port 5432 of all interfaces/ }] },
    { name: 'host port from a variable without a value', files: compose('      - "${DB_PORT}:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 5, message: /port 5432 \(PostgreSQL\) on an unknown host port \(a variable without a value\) of all interfaces/ }] },
    { name: 'container port only (random host port)', files: compose('      - "6379"\n', 'redis:7'), errors: [{ file: 'docker-compose.yml', line: 5, message: /random host port/ }] },
    { name: 'unquoted number', files: compose('      - 27017\n', 'mongo:7'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'explicit 0.0.0.0', files: compose('      - "0.0.0.0:3306:3306"\n', 'mysql:8'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'different published port judged by the container port', files: compose('      - "15432:5432/tcp"\n'), errors: [{ file: 'docker-compose.yml', line: 5, message: /host port 15432/ }] },
    { name: 'range', files: compose('      - "9200-9300:9200-9300"\n', 'elasticsearch:8.15.0'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'variable with default', files: compose('      - "${DB_PORT:-5432}:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'long syntax', files: compose('      - target: 5432\n        published: "5432"\n        protocol: tcp\n'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'second entry of several', files: compose('      - "127.0.0.1:8080:80"\n      - "5432:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 6 }] },
    { name: 'image-specific port', files: compose('      - "8086:8086"\n', 'influxdb:2.7'), errors: [{ file: 'docker-compose.yml', line: 5, message: 'publishes database port 8086 (InfluxDB) on host port 8086' }] },
    { name: 'image-specific ports name the product', files: {
      'docker-compose.yml': 'services:\n  ch:\n    image: clickhouse/clickhouse-server:24.8\n    ports:\n      - "8123:8123"\n      - "9000:9000"\n  graph:\n    image: neo4j:5\n    ports:\n      - "7474:7474"\n      - "7687:7687"\n  cass:\n    image: cassandra:5\n    ports:\n      - "7000:7000"\n',
    }, errors: [
      { file: 'docker-compose.yml', line: 5, message: 'database port 8123 (ClickHouse) on host port 8123' }, { file: 'docker-compose.yml', line: 6, message: 'database port 9000 (ClickHouse)' },
      { file: 'docker-compose.yml', line: 10, message: 'database port 7474 (Neo4j)' }, { file: 'docker-compose.yml', line: 11, message: 'database port 7687 (Neo4j Bolt)' },
      { file: 'docker-compose.yml', line: 15, message: 'database port 7000 (Cassandra)' },
    ] },
    { name: 'public host address', files: compose('      - "203.0.113.5:5432:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 5, message: /address 203\.0\.113\.5/ }] },
    { name: 'k8s LoadBalancer', files: svc('LoadBalancer'), errors: [{ file: 'k8s/svc.yaml', line: 8, message: /type LoadBalancer exposes database port 5432/ }] },
    { name: 'k8s NodePort', files: svc('NodePort', '', 6379), errors: [{ file: 'k8s/svc.yaml', line: 8 }] },
    { name: 'ClusterIP with public externalIPs', files: { 'k8s/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  externalIPs: [203.0.113.7]\n  ports:\n    - port: 5432\n' }, errors: [{ file: 'k8s/svc.yaml', line: 8, message: /exposes database port 5432 \(PostgreSQL\) on its externalIPs \(203\.0\.113\.7\)/ }] },
    { name: 'extends in the same file: reported once, at the base', files: { 'docker-compose.yml': 'services:\n  base:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n  db:\n    extends: base\n    ports:\n      - "127.0.0.1:8080:8080"\n' }, errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'port inherited from a non-compose file: where it is written', files: { 'docker-compose.yml': 'services:\n  db:\n    extends:\n      file: common.yml\n      service: pg\n', 'common.yml': 'services:\n  pg:\n    image: postgres:16\n    ports: ["5432:5432"]\n' }, errors: [{ file: 'common.yml', line: 4 }] },
    { name: 'extra port via option', files: compose('      - "5672:5672"\n', 'rabbitmq:3'), options: { ports: [5672] }, errors: [{ file: 'docker-compose.yml', line: 5 }] },
    // QA28: a port only the option lists is the item's, not "database port 5672"; the documented list keeps the defaults.
    { name: 'QA28: a broker port from the option is named as the item\'s, the defaults listed with it still judged', files: { 'docker-compose.yml': 'services:\n  mq:\n    image: rabbitmq:3\n    ports: ["5672:5672"]\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n' }, options: { ports: [...databasePortExposed.options.parse({}).ports, 5672, 9092] }, errors: [
      { file: 'docker-compose.yml', line: 4, message: "compose service 'mq' publishes port 5672 (listed in the item's ports option) on host port 5672 of all interfaces" },
      { file: 'docker-compose.yml', line: 7, message: "compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432" },
    ] },
    { name: 'QA28: a listed port on a Kubernetes LoadBalancer is the item\'s', files: svc('LoadBalancer', '', 5672), options: { ports: [5672] }, errors: [{ file: 'k8s/svc.yaml', line: 8, message: "exposes port 5672 (listed in the item's ports option) outside the cluster" }] },
    { name: 'QA28: ports: [] with imagePorts judges the image ports only (what import writes for "ClickHouse is not exposed")', files: { 'docker-compose.yml': 'services:\n  ch:\n    image: clickhouse/clickhouse-server:24.3\n    ports: ["8123:8123"]\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n' }, options: { ports: [], imagePorts: { clickhouse: [8123, 9000] } }, errors: [{ file: 'docker-compose.yml', line: 4, message: 'database port 8123 (ClickHouse)' }] },
    { name: 'database image on the host network', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: redis:7.2\n    network_mode: host\n' }, errors: [{ file: 'docker-compose.yml', line: 4, column: 5, severity: 'high', message: "compose service 'cache' uses network_mode: host, so database port 6379 (Redis) listens on every host interface" }] },
    { name: 'database on the host network: ports do not apply, reported once at network_mode', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: bitnami/postgresql:16\n    network_mode: host\n    ports: ["127.0.0.1:5432:5432"]\n' }, errors: [{ file: 'docker-compose.yml', line: 4, message: 'database port 5432 (PostgreSQL)' }] },
    { name: 'database ports on the host network with an unknown image', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: acme/db:1\n    network_mode: host\n    expose: ["3306"]\n' }, errors: [{ file: 'docker-compose.yml', line: 4, message: 'database port 3306 (MySQL/MariaDB)' }] },
    { name: 'registry-qualified database image on the host network', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    network_mode: host\n' }, errors: [{ file: 'docker-compose.yml', line: 4, message: '1433 (SQL Server)' }] },
    { name: 'host network inherited through extends: at the base, once', files: { 'docker-compose.yml': 'services:\n  cache:\n    extends: {file: common.yml, service: redis}\n  cache2:\n    extends: {file: common.yml, service: redis}\n', 'common.yml': 'services:\n  redis:\n    image: redis:7\n    network_mode: host\n' }, errors: [{ file: 'common.yml', line: 4 }] },
  ],
  notes: [
    { name: 'loopback bind', files: compose('      - "127.0.0.1:5432:5432"\n'), notes: [{ file: 'docker-compose.yml', line: 5, message: /loopback 127\.0\.0\.1/ }] },
    { name: 'IPv6 loopback bind', files: compose('      - "[::1]:5432:5432"\n'), notes: [{ file: 'docker-compose.yml', line: 5, message: /loopback ::1/ }] },
    { name: 'long syntax loopback', files: compose('      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n'), notes: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'dev override', files: { 'docker-compose.override.yml': 'services:\n  db:\n    ports:\n      - "5432:5432"\n' }, notes: [{ file: 'docker-compose.override.yml', line: 4, message: /development-only/ }] },
    { name: 'host network in a dev compose file', files: { 'docker-compose.dev.yml': 'services:\n  cache:\n    image: redis:7\n    network_mode: host\n' }, notes: [{ file: 'docker-compose.dev.yml', line: 4, message: /network_mode: host.*\(development-only file\)/ }] },
    { name: 'host network for a service only in a dev profile', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: redis:7\n    network_mode: host\n    profiles: [dev]\n' }, notes: [{ file: 'docker-compose.yml', line: 4, message: /\(only in compose profile 'dev'\)/ }] },
    { name: 'host network with the database bound to loopback by its command', files: { 'docker-compose.yml': 'services:\n  cache:\n    image: redis:7\n    network_mode: host\n    command: redis-server --bind 127.0.0.1 --protected-mode yes\n' }, notes: [{ file: 'docker-compose.yml', line: 4, message: /binds it to loopback/ }] },
    { name: 'ClusterIP with private externalIPs', files: { 'k8s/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ClusterIP\n  externalIPs: [10.0.0.5]\n  ports:\n    - port: 6379\n' }, notes: [{ file: 'k8s/svc.yaml', line: 9, message: /private addresses only/ }] },
    { name: 'internal load balancer', files: svc('LoadBalancer', '  annotations:\n    networking.gke.io/load-balancer-type: "Internal"\n'), notes: [{ file: 'k8s/svc.yaml', line: 10, message: /internal load balancer/ }] },
  ],
});

describe('parsePort', () => {
  it('reads short and long syntax', () => {
    expect(parsePort('127.0.0.1:5432:5432/tcp')).toEqual({ hostIp: '127.0.0.1', published: '5432', target: [5432, 5432] });
    expect(parsePort('[::1]:6379:6379')).toEqual({ hostIp: '::1', published: '6379', target: [6379, 6379] });
    expect(parsePort('${PORT:-15432}:5432')).toEqual({ hostIp: null, published: '15432', target: [5432, 5432] });
    expect(parsePort({ target: 3306, host_ip: '0.0.0.0' })).toEqual({ hostIp: '0.0.0.0', published: null, target: [3306, 3306] });
    expect(parsePort('${BIND}:5432:5432')?.hostIp).toBe('?');
    expect(parsePort('not a port')).toBeNull();
    expect(parsePort(null)).toBeNull();
  });

  it('a UDP mapping of a database port reaches nothing (databases listen on TCP), except memcached 11211/udp', () => {
    expect(parsePort('5432:5432/udp')).toBeNull();
    expect(parsePort({ target: 6379, published: 6379, protocol: 'udp' })).toBeNull();
    expect(parsePort('11211:11211/udp')).toEqual({ hostIp: null, published: '11211', target: [11211, 11211] });
    expect(parsePort('5432:5432/TCP')?.target).toEqual([5432, 5432]);
  });
});

describe('malformed input', () => {
  it('no check of this family errors on malformed files', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  a: [1, 2]\n  b:\n    ports: "5432:5432"\n    deploy: 3\n    depends_on: [a]\n  c:\n    ports: [null, {target: x}, "::::", 5432.5]\n    restart: null\n',
      'compose.yaml': 'services: 7\n',
      'docker-compose.prod.yml': ': : :\n\t- [\n',
      'k8s/bad.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      securityContext: 5\n      containers: [null, 3, {name: 7, securityContext: [], resources: {limits: 1}}]\n---\napiVersion: v1\nkind: Service\nspec:\n  type: LoadBalancer\n  ports: [7, {port: "5432"}]\n',
      Dockerfile: 'HEALTHCHECK\nFROM\n',
      'nginx.conf': 'server { ssl_protocols ; add_header ; }}} {{ "',
      'app.py': 'CORS(app, origins=\nSESSION_COOKIE_SECURE = \napp.config[""] = \n',
      'server.js': "const cors = require('cors'); cors({origin: ; res.cookie('sid', 1, {secure: false\n",
      '.env': 'CORS_ORIGINS\n=*\n',
    };
    for (const check of [cookieFlags, corsWildcard, databasePortExposed, dockerfileHealthcheck, k8sProbes, k8sRunAsNonRoot, resourceLimits, restartPolicy, tlsProtocolsConfig]) {
      const out = await runCase(check, { name: 'malformed', files });
      expect(out.error, check.id).toBeUndefined();
    }
  });
});

it('reads the compose files a compose file includes (`include:`), whatever their names', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const files = {
    'compose.yaml': 'include:\n  - infra/db.yaml\n  - path: infra/cache.yaml\nservices:\n  web:\n    image: app:1.0\n',
    'infra/db.yaml': 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n',
    'infra/cache.yaml': 'services:\n  cache:\n    image: redis:7\n    ports: ["6379:6379"]\n',
  };
  const out = await runCase(databasePortExposed, { name: 'include', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['infra/cache.yaml:4', 'infra/db.yaml:4']);
});

it('is skipped, like the other compose checks, when the only compose file cannot be parsed', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const out = await runCase(databasePortExposed, { name: 'broken', files: { 'docker-compose.yml': 'services:\n\tdb:\n\t\timage: postgres\n' } });
  // The reason names the file that could not be read (QA30 compose2 D3), not `no compose services`.
  expect(out.skipped).toBe('no Kubernetes Services or pods, Bitnami database charts a Helm chart depends on, Kamal accessories, fly.toml services, Nomad job files, AWS security group rules or RDS instances, and no compose file could be read: docker-compose.yml: parse-error (see that finding)');
  expect(out.findings).toEqual([]);
});

describe('database-port-exposed: Kubernetes pods on the node network and hostPorts', () => {
  it('a database on hostNetwork or behind a hostPort fails; an application on hostNetwork and a plain containerPort pass', async () => {
    const pod = (name: string, image: string, extra: string, ports: string) => [
      'apiVersion: apps/v1', 'kind: Deployment', `metadata: { name: ${name} }`, 'spec:', '  template:', '    spec:', extra,
      '      containers:', `        - name: ${name}`, `          image: ${image}`, ports,
    ].filter(Boolean).join('\n');
    const out = await runCase(databasePortExposed, {
      files: {
        'k8s/redis.yaml': pod('redis', 'redis:7.2', '      hostNetwork: true', ''),
        'k8s/pg.yaml': pod('pg', 'postgres:16', '', '          ports:\n            - containerPort: 5432\n              hostPort: 5432'),
        'k8s/app.yaml': pod('app', 'acme/app:1.0', '      hostNetwork: true', '          ports:\n            - containerPort: 8080'),
        'k8s/mysql.yaml': pod('mysql', 'mysql:8.4', '', '          ports:\n            - containerPort: 3306'),
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]]).sort()).toEqual([
      ['k8s/pg.yaml', 12, "container 'pg' of Deployment 'pg' maps database port 5432 (PostgreSQL) to hostPort 5432 on every address of its node"],
      ['k8s/redis.yaml', 7, "Deployment 'redis' runs on the node's network (hostNetwork: true), so database port 6379 (Redis) of container 'redis' listens on every address of its node"],
    ]);
  });
});

// QA k8s2 D2: Kubernetes decodes manifests as YAML 1.1 (sigs.k8s.io/yaml, go-yaml v2): a plain `hostNetwork: yes` is true.
describe('database-port-exposed: hostNetwork read as Kubernetes reads it', () => {
  it('a plain yes or On is true; a quoted "yes", no and false are not', async () => {
    const pg = (name: string, value: string) => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: ${name} }\nspec:\n  template:\n    spec:\n      hostNetwork: ${value}\n      containers:\n        - name: pg\n          image: postgres:16.3\n`;
    const out = await runCase(databasePortExposed, {
      files: { 'k8s/a.yaml': pg('a', 'yes'), 'k8s/b.yaml': pg('b', 'On'), 'k8s/c.yaml': pg('c', '"yes"'), 'k8s/d.yaml': pg('d', 'no'), 'k8s/e.yaml': pg('e', 'false') },
    });
    expect(out.findings.map((f) => [f.file, f.line, !!f.note, f.message.split(', so')[0]])).toEqual([
      ['k8s/a.yaml', 7, false, "StatefulSet 'a' runs on the node's network (hostNetwork: yes)"],
      ['k8s/b.yaml', 7, false, "StatefulSet 'b' runs on the node's network (hostNetwork: On)"],
    ]);
  });
});

describe('database-port-exposed: a host-network database bound to loopback', () => {
  it('is a note, as in compose', async () => {
    const out = await runCase(databasePortExposed, {
      files: { 'k8s/redis.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: redis }\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: redis\n          image: redis:7.2\n          command: ["redis-server", "--bind", "127.0.0.1"]\n' },
    });
    expect(out.findings.map((f) => [f.line, !!f.note, f.message.endsWith('but its command binds it to loopback')])).toEqual([[7, true, true]]);
  });
  it('a pod whose first database container binds to loopback and whose second does not fails (a failure replaces the note at hostNetwork)', async () => {
    const out = await runCase(databasePortExposed, {
      files: { 'k8s/db.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: db }\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: redis\n          image: redis:7.2\n          command: ["redis-server", "--bind", "127.0.0.1"]\n        - name: pg\n          image: postgres:16.3\n' },
    });
    expect(out.findings.map((f) => [f.line, !!f.note, f.message.split(', so ')[1]?.split(' listens')[0]])).toEqual([[7, false, "database port 5432 (PostgreSQL) of container 'pg'"]]);
  });
});

describe('database-port-exposed: a production overlay that resets ports', () => {
  it('ports: !reset [] (or !override) in docker-compose.prod.yml makes the base mapping a note; an appended list does not', async () => {
    const base = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';
    const reset = await runCase(databasePortExposed, { files: { 'docker-compose.yml': base, 'docker-compose.prod.yml': 'services:\n  db:\n    ports: !reset []\n' } });
    expect(reset.findings.map((f) => [f.file, f.line, f.note ?? false, /replaced by ports: !reset\/!override in docker-compose\.prod\.yml/.test(f.message)])).toEqual([['docker-compose.yml', 5, true, true]]);
    const override = await runCase(databasePortExposed, { files: { 'docker-compose.yml': base, 'docker-compose.prod.yml': 'services:\n  db:\n    ports: !override\n      - "127.0.0.1:5432:5432"\n' } });
    expect(override.findings.map((f) => [f.file, f.note ?? false])).toEqual([['docker-compose.prod.yml', true], ['docker-compose.yml', true]]);
    const appended = await runCase(databasePortExposed, { files: { 'docker-compose.yml': base, 'docker-compose.prod.yml': 'services:\n  db:\n    ports:\n      - "127.0.0.1:6432:6432"\n' } });
    expect(appended.findings.filter((f) => !f.note).map((f) => [f.file, f.line])).toEqual([['docker-compose.yml', 5]]);
  });
  it('an overlay beside the including file merges over a service an include:d file defines (limits, restart, !reset)', async () => {
    const files = {
      'docker-compose.yml': 'include:\n  - infra/db.yml\nservices:\n  web:\n    image: web:1\n    restart: always\n    mem_limit: 256m\n',
      'infra/db.yml': 'services:\n  db:\n    image: postgres:16.2\n    restart: always\n    mem_limit: 1g\n    ports:\n      - 5432:5432\n',
      'docker-compose.prod.yml': 'services:\n  db:\n    ports: !reset []\n',
    };
    const ports = await runCase(databasePortExposed, { files });
    expect(ports.findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([['infra/db.yml', 7, true]]);
    expect((await runCase(resourceLimits, { files })).findings).toEqual([]);
    expect((await runCase(restartPolicy, { files })).findings).toEqual([]);
    // Without the overlay the included service's mapping fails where it is written.
    const { 'docker-compose.prod.yml': _, ...alone } = files;
    expect((await runCase(databasePortExposed, { files: alone })).findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([['infra/db.yml', 7, false]]);
    // An included file named like a compose file (`infra/compose.yaml`, as Docker's docs name them) joins the project too.
    const named = { 'docker-compose.yml': files['docker-compose.yml'].replace('infra/db.yml', 'infra/compose.yaml'), 'infra/compose.yaml': files['infra/db.yml'], 'docker-compose.prod.yml': files['docker-compose.prod.yml'] };
    expect((await runCase(databasePortExposed, { files: named })).findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([['infra/compose.yaml', 7, true]]);
  });
});

describe('QA p5/c2: compose ports are interpolated with the .env beside the compose file', () => {
  const ports = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "${BIND_ADDR:-127.0.0.1}:${PG_PORT:-5432}:5432"\n';
  it('a .env that binds all interfaces fails, naming the resolved host port', async () => {
    const out = await runCase(databasePortExposed, { name: 'p5', files: { '.env': 'BIND_ADDR=0.0.0.0\nPG_PORT=15432\n', 'docker-compose.yml': ports } });
    expect(out.findings.map((f) => [f.line, f.note ?? false, f.message])).toEqual([[5, false, "compose service 'db' publishes database port 5432 (PostgreSQL) on host port 15432 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1"]]);
  });
  it('without a .env (or with one elsewhere) the defaults apply; a long-syntax entry and an app/.env beside app/compose.yaml are read too', async () => {
    const none = await runCase(databasePortExposed, { name: 'no env', files: { 'other/.env': 'BIND_ADDR=0.0.0.0\n', 'docker-compose.yml': ports } });
    expect(none.findings.map((f) => [f.note, f.message.replace(/.* on /, '')])).toEqual([[true, 'host port 5432, bound to loopback 127.0.0.1 only']]);
    const long = await runCase(databasePortExposed, { name: 'long', files: { 'app/.env': 'IP=0.0.0.0\nREDIS_PORT=6380\n', 'app/compose.yaml': 'services:\n  cache:\n    image: redis:7\n    ports:\n      - target: 6379\n        published: ${REDIS_PORT-6379}\n        host_ip: ${IP:-127.0.0.1}\n' } });
    expect(long.findings.map((f) => [f.note ?? false, f.message.replace(/.* on /, '')])).toEqual([[false, 'host port 6380 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1']]);
  });
  it('parsePort interpolates compose-style with the variables given', () => {
    const vars = new Map<string, string | null>([['PORT', '6379'], ['EMPTY', ''], ['IP', '10.0.0.5']]);
    expect(parsePort('${PORT:-5432}:5432', vars)?.published).toBe('6379');
    expect(parsePort('${EMPTY:-5432}:5432', vars)?.published).toBe('5432');
    expect(parsePort('${IP}:${PORT}:5432', vars)).toEqual({ hostIp: '10.0.0.5', published: '6379', target: [5432, 5432] });
    expect(parsePort('${UNSET}:5432:5432', vars)?.hostIp).toBe('?');
  });
});

describe('illustration folders are judged like test folders (QA-P A5)', () => {
  const compose = 'services:\n  postgres:\n    image: postgres:16.2\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: postgres\n    ports:\n      - "5432:5432"\n  redis:\n    image: redis:7.2\n    ports:\n      - "6379:6379"\n';
  it('a compose file under docs/examples/, examples/ or samples/ is an illustration, as under tests/; one under docs-site/, myexamples/ or a singular example/ (often the app itself) is still judged', async () => {
    const out = await runCase(databasePortExposed, {
      files: {
        'tests/integration/docker-compose.yml': compose, 'docs/examples/docker-compose.yml': compose, 'examples/auth/docker-compose.yml': compose,
        'example/compose.yaml': compose, 'samples/db/docker-compose.yml': compose,
        'docs-site/docker-compose.yml': compose, 'myexamples/docker-compose.yml': compose,
      },
    });
    expect([...new Set(out.findings.filter((f) => !f.note).map((f) => f.file))]).toEqual(['docs-site/docker-compose.yml', 'example/compose.yaml', 'myexamples/docker-compose.yml']);
  });
});

it('QA parity: a Compose file in the v1 format (services at the top level) is a visible parse problem, not a silent skip', async () => {
  const { snapshotOf } = await import('../helpers/check-tester.js');
  // A legacy file from a public repository: postgres publishes 5432 on every interface, docker compose v2 refuses the file.
  const v1 = 'web:\n  restart: always\n  build: .\n  ports:\n    - "5000:5000"\n  links:\n    - postgres:postgres\n\npostgres:\n  restart: always\n  image: postgres:9.4.4\n  ports:\n    - "5432:5432"\n';
  const snap = snapshotOf({ 'docker-compose.yml': v1, 'other/docker-compose.yml': 'version: "3.8"\nvolumes:\n  data: {}\n' });
  expect(snap.composeFiles().flatMap((f) => f.services)).toEqual([]);
  expect(snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
    "docker-compose.yml:1:1 'web' is a service at the top level (the Compose file format v1, without `services:`): docker compose refuses the file; move the services under `services:`",
  ]);
});

describe('database-port-exposed: one table of database products', () => {
  const host = (image: string) => ({ 'docker-compose.yml': `services:\n  db:\n    image: ${image}\n    network_mode: host\n` });
  it('gives the default options, the ports an item names, and the port on the host network from the same rows', async () => {
    const defaults = databasePortExposed.options.parse({});
    expect(defaults.ports).toEqual([1433, 1521, 2379, 3306, 5432, 5984, 6379, 6432, 7687, 8529, 9042, 9200, 9300, 11211, 26257, 27017, 27018, 27019, 28015, 33060]);
    expect(defaults.imagePorts).toBeUndefined();
    expect(IMAGE_PORTS).toEqual({ cassandra: [7000, 7001, 7199], scylla: [7000, 7001], influxdb: [8086], clickhouse: [8123, 9000], neo4j: [7474] });
    // The matcher hands it lower-cased text.
    expect(databaseOptionsNamed('redis is not exposed to the internet')).toEqual({ ports: [6379], imagePorts: {} });
    expect(databaseOptionsNamed('mysql and neo4j ports are not published')).toEqual({ ports: [3306, 33060, 7687], imagePorts: { neo4j: [7474] } });
    expect(databaseOptionsNamed('clickhouse is not exposed')).toEqual({ ports: [], imagePorts: { clickhouse: [8123, 9000] } });
    expect(databaseOptionsNamed('redis and other databases are not exposed')).toBeUndefined();
    const message = async (image: string) => (await runCase(databasePortExposed, { name: image, files: host(image) })).findings.map((f) => f.message.replace(/^.*database port /, '').replace(/;.*$/, ''));
    expect(await message('mongo:7')).toEqual(['27017 (MongoDB) listens on every host interface']);
    expect(await message('elasticsearch:8.13.0')).toEqual(['9200 (Elasticsearch) listens on every host interface']);
    expect(await message('scylladb/scylla:5.4')).toEqual(['9042 (Cassandra CQL) listens on every host interface']);
    expect(await message('neo4j:5')).toEqual(['7687 (Neo4j Bolt) listens on every host interface']);
    expect(await message('influxdb:2.7')).toEqual(['8086 (InfluxDB) listens on every host interface']);
    expect(await message('clickhouse/clickhouse-server:24.3')).toEqual(['8123 (ClickHouse) listens on every host interface']);
  });
});

describe('Kamal config/deploy.yml: accessories and env (stop 28)', () => {
  const DEPLOY = [
    'service: acme',
    'image: acme/web',
    'servers:',
    '  web:',
    '    - 192.168.0.1',
    '  job:',
    '    hosts:',
    '      - 192.168.0.1',
    '    cmd: bin/jobs',
    '    env:',
    '      clear:',
    '        DEBUG: "true"',
    'proxy:',
    '  ssl: true',
    '  host: app.example.com',
    'registry:',
    '  username: acme',
    '  password:',
    '    - KAMAL_REGISTRY_PASSWORD',
    'env:',
    '  secret:',
    '    - RAILS_MASTER_KEY',
    '  clear:',
    '    SOLID_QUEUE_IN_PUMA: true',
    'accessories:',
    '  db:',
    '    image: postgres:16',
    '    host: 192.168.0.2',
    '    port: 5432',
    '    env:',
    '      clear:',
    '        POSTGRES_USER: acme',
    '        POSTGRES_PASSWORD: postgres',
    '  redis:',
    '    image: redis',
    '    host: 192.168.0.2',
    '    port: "127.0.0.1:6379:6379"',
    '  mysql:',
    '    image: mysql:8.0@sha256:' + 'a'.repeat(64),
    '    host: 192.168.0.2',
    '    port: "10.0.0.2:3306:3306"',
    '  search:',
    '    image: getmeili/meilisearch:latest',
    '    port: "7700:7700"',
    '',
  ].join('\n');
  const at = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(/;|, which/)[0]}`);
  it('database-port-exposed: a bare port publishes on every interface of the host; loopback and private addresses are notes', async () => {
    const { databasePortExposed } = await import('../../src/checks/database-port-exposed.js');
    expect(at(await runCase(databasePortExposed, { files: { 'config/deploy.yml': DEPLOY } }))).toEqual([
      "config/deploy.yml:29:11 Kamal accessory 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces of its host",
      "NOTE config/deploy.yml:37:12 Kamal accessory 'redis' publishes database port 6379 (Redis) on host port 6379, bound to loopback 127.0.0.1 only",
      "NOTE config/deploy.yml:41:12 Kamal accessory 'mysql' publishes database port 3306 (MySQL/MariaDB) on host port 3306, bound to private address 10.0.0.2",
    ]);
    // A development destination gives notes; a deploy.yml that is not Kamal's (no `service`) is not read; no accessories: skipped.
    expect(at(await runCase(databasePortExposed, { files: { 'config/deploy.dev.yml': DEPLOY } }))[0]).toMatch(/^NOTE config\/deploy\.dev\.yml:29:11 /);
    expect((await runCase(databasePortExposed, { files: { 'config/deploy.yml': 'accessories:\n  db:\n    image: postgres:16\n    port: 5432\n' } })).skipped).toBeTruthy();
  });
  it('image-tag-pinned judges accessory images, not the image Kamal builds', async () => {
    const { imageTagPinned } = await import('../../src/checks/image-tag-pinned.js');
    expect(at(await runCase(imageTagPinned, { files: { 'config/deploy.yml': DEPLOY } }))).toEqual([
      "config/deploy.yml:35:12 Kamal accessory 'redis' image redis has no tag, so it pulls 'latest'",
      "config/deploy.yml:43:12 Kamal accessory 'search' image getmeili/meilisearch:latest uses the moving tag 'latest'",
    ]);
  });
  it('env.clear values (the app\'s, a role\'s, an accessory\'s) reach debug-mode and default-credentials; secrets are names only', async () => {
    const { debugMode } = await import('../../src/checks/debug-mode.js');
    const { defaultCredentials } = await import('../../src/checks/default-credentials.js');
    expect(at(await runCase(debugMode, { files: { 'config/deploy.yml': DEPLOY } }))).toEqual(["config/deploy.yml:12:17 deploy.yml role 'job' env sets DEBUG=true"]);
    expect(at(await runCase(defaultCredentials, { files: { 'config/deploy.yml': DEPLOY } }))).toEqual([
      "config/deploy.yml:33:28 POSTGRES_PASSWORD (deploy.yml accessory 'db' env) is set to a well-known default value",
    ]);
  });
});

describe('database-port-exposed options (QA28)', () => {
  const parse = (raw: unknown) => parseOptions(databasePortExposed, raw);
  it('an empty ports list judges nothing: a configuration error unless imagePorts names ports', () => {
    expect(() => parse({ ports: [] })).toThrow(/^options\.ports for check 'database-port-exposed': expected at least 1 entry/);
    expect(() => parse({ ports: [], imagePorts: {} })).toThrow(/options\.ports .*expected at least 1 entry/);
    expect(() => parse({ imagePorts: { influxdb: [] } })).toThrow(/options\.imagePorts\.influxdb for check 'database-port-exposed': expected at least 1 entry/);
    expect(parse({ ports: [], imagePorts: { clickhouse: [8123, 9000] } })).toEqual({ ports: [], imagePorts: { clickhouse: [8123, 9000] } });
    expect(parse({ ports: [5672] })).toEqual({ ports: [5672] });
    // What the matcher (and `preflight import`) writes for an item naming products is accepted.
    for (const text of ['redis is not exposed to the internet', 'clickhouse is not exposed', 'influxdb is not published']) expect(() => parse(databaseOptionsNamed(text))).not.toThrow();
  });
});

describe('QA31 infra D1: a mapping shared by several compose services is judged for each of them', () => {
  const show = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`);
  const run = (files: Record<string, string>) => runCase(databasePortExposed, { files }).then(show);
  it('a merge key used first by a debug-profile service and then by a production one fails, naming both (either order)', async () => {
    const anchor = 'x-redis: &redis\n  image: redis:7.2\n  ports:\n    - "6379:6379"\nservices:\n';
    const debug = '  redis-debug:\n    <<: *redis\n    profiles: ["debug"]\n';
    const prod = '  redis:\n    <<: *redis\n';
    expect(await run({ 'docker-compose.yml': anchor + debug + prod })).toEqual(["docker-compose.yml:4:8 compose services 'redis-debug', 'redis' publish database port 6379 (Redis) on host port 6379 of all interfaces"]);
    expect(await run({ 'docker-compose.yml': anchor + prod + debug })).toEqual(["docker-compose.yml:4:8 compose services 'redis', 'redis-debug' publish database port 6379 (Redis) on host port 6379 of all interfaces"]);
    // Only development services using it: still a note, naming them.
    expect(await run({ 'docker-compose.yml': `${anchor + debug}  redis-tools:\n    <<: *redis\n    profiles: ["tools"]\n` })).toEqual(["NOTE docker-compose.yml:4:8 compose services 'redis-debug', 'redis-tools' publish database port 6379 (Redis) on host port 6379 of all interfaces"]);
    // …saying why for each of them (two profiles), not only the first's.
    const notes = await runCase(databasePortExposed, { files: { 'docker-compose.yml': `${anchor + debug}  redis-tools:\n    <<: *redis\n    profiles: ["tools"]\n` } });
    expect(notes.findings.map((f) => f.message.replace(/^.*\(only/, '(only'))).toEqual(["(only in compose profile 'debug'; only in compose profile 'tools')"]);
  });
  it('a sequence anchor (ports: *mysql_ports) defined on a debug service', async () => {
    expect(await run({ 'docker-compose.yml': 'services:\n  mysql-debug:\n    image: mysql:8.0.36\n    profiles: ["debug"]\n    ports: &mysql_ports\n      - "3306:3306"\n  mysql:\n    image: mysql:8.0.36\n    ports: *mysql_ports\n' }))
      .toEqual(["docker-compose.yml:6:10 compose services 'mysql-debug', 'mysql' publish database port 3306 (MySQL/MariaDB) on host port 3306 of all interfaces"]);
  });
  it('an extends.file base extended by a debug service first, then by production', async () => {
    const ext = (name: string, extra: string) => `  ${name}:\n    extends:\n      file: common.yml\n      service: postgres\n${extra}`;
    expect(await run({ 'docker-compose.yml': `services:\n${ext('db-debug', '    profiles: ["debug"]\n')}${ext('db', '')}`, 'common.yml': 'services:\n  postgres:\n    image: postgres:16.2\n    ports:\n      - "5432:5432"\n' }))
      .toEqual(["common.yml:5:10 compose services 'db-debug', 'db' publish database port 5432 (PostgreSQL) on host port 5432 of all interfaces"]);
  });
  it('a same-file extends of a debug-profile service by a production one', async () => {
    expect(await run({ 'docker-compose.yml': 'services:\n  pg-debug:\n    image: postgres:16\n    profiles: [debug]\n    ports: ["5432:5432"]\n  db:\n    extends: pg-debug\n    profiles: !reset []\n' }))
      .toEqual(["docker-compose.yml:5:14 compose services 'pg-debug', 'db' publish database port 5432 (PostgreSQL) on host port 5432 of all interfaces"]);
  });
  it('network_mode: host from a merge key used by a tools service first, then by the app', async () => {
    expect(await run({ 'docker-compose.yml': 'x-common: &common\n  image: ghcr.io/acme/app:1.0.0\n  network_mode: host\n  expose: ["6379"]\nservices:\n  console:\n    <<: *common\n    profiles: ["tools"]\n  app:\n    <<: *common\n' }))
      .toEqual(["docker-compose.yml:3:3 compose services 'console', 'app' use network_mode: host, so database port 6379 (Redis) listens on every host interface"]);
  });
  it('network_mode: host shared by services of different databases: one finding per port', async () => {
    expect(await run({ 'docker-compose.yml': 'x-host: &host\n  network_mode: host\nservices:\n  cache:\n    <<: *host\n    image: redis:7\n  db:\n    <<: *host\n    image: postgres:16\n' })).toEqual([
      "docker-compose.yml:2:3 compose service 'cache' uses network_mode: host, so database port 6379 (Redis) listens on every host interface",
      "docker-compose.yml:2:3 compose service 'db' uses network_mode: host, so database port 5432 (PostgreSQL) listens on every host interface",
    ]);
  });
  it('two production services sharing an anchor are both named; a loopback-bound shared mapping stays one note', async () => {
    const out = await runCase(databasePortExposed, { files: { 'docker-compose.yml': 'x-db: &db\n  image: postgres:16\n  ports:\n    - "5432:5432"\nx-cache: &cache\n  image: redis:7\n  ports: ["127.0.0.1:6379:6379"]\nservices:\n  primary:\n    <<: *db\n  replica:\n    <<: *db\n  c1:\n    <<: *cache\n  c2:\n    <<: *cache\n' } });
    expect(show(out)).toEqual([
      "docker-compose.yml:4:8 compose services 'primary', 'replica' publish database port 5432 (PostgreSQL) on host port 5432 of all interfaces",
      "NOTE docker-compose.yml:7:12 compose services 'c1', 'c2' publish database port 6379 (Redis) on host port 6379, bound to loopback 127.0.0.1 only",
    ]);
    expect(out.findings[0]!.subject).toBe('service primary,replica port 5432');
  });
});

describe('QA31 infra: the fix names the finding\'s own port', () => {
  it('compose, Kamal and Kubernetes findings carry a fix of their own', async () => {
    const fixes = async (files: Record<string, string>) => (await runCase(databasePortExposed, { files })).findings.map((f) => f.fix);
    expect(await fixes(compose('      - "6379:6379"\n      - "15432:5432"\n      - "${P}:5432"\n', 'redis:7'))).toEqual([
      'Drop the `ports:` mapping (services reach the database over the compose network), use `expose:`, or bind it to loopback: `"127.0.0.1:6379:6379"`.',
      'Drop the `ports:` mapping (services reach the database over the compose network), use `expose:`, or bind it to loopback: `"127.0.0.1:15432:5432"`.',
      'Drop the `ports:` mapping (services reach the database over the compose network), use `expose:`, or bind it to loopback: `"127.0.0.1:5432:5432"`.',
    ]);
    expect((await fixes({ 'docker-compose.yml': 'services:\n  cache:\n    image: redis:7\n    network_mode: host\n' }))[0]).toMatch(/^Drop `network_mode: host` .*"127\.0\.0\.1:6379:6379"/);
    expect((await fixes({ 'config/deploy.yml': 'service: app\nimage: acme/app\naccessories:\n  cache:\n    image: redis:7.2\n    host: 10.0.0.2\n    port: 6379\n' }))[0]).toMatch(/port: "127\.0\.0\.1:6379:6379"/);
    expect((await fixes(svc('LoadBalancer', '', 6379)))[0]).toMatch(/^Reach the database through a ClusterIP Service/);
  });
});

describe('QA31 infra D3: a hostPort bound by hostIP is judged by that address', () => {
  const pod = (hostIP: string | null) => ({ 'k8s/pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: cache\nspec:\n  containers:\n    - name: redis\n      image: redis:7.2.4\n      ports:\n        - containerPort: 6379\n          hostPort: 6379\n${hostIP === null ? '' : `          hostIP: ${hostIP}\n`}` });
  const show = async (hostIP: string | null) => (await runCase(databasePortExposed, { files: pod(hostIP) })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.line}:${f.column} ${f.message}`);
  it('loopback and private addresses are notes; a public or unspecified address fails and says which', async () => {
    expect(await show('127.0.0.1')).toEqual(["NOTE 11:11 container 'redis' of Pod 'cache' maps database port 6379 (Redis) to hostPort 6379, bound to loopback 127.0.0.1 only"]);
    expect(await show('"::1"')).toEqual(["NOTE 11:11 container 'redis' of Pod 'cache' maps database port 6379 (Redis) to hostPort 6379, bound to loopback ::1 only"]);
    expect(await show('10.0.0.5')).toEqual(["NOTE 11:11 container 'redis' of Pod 'cache' maps database port 6379 (Redis) to hostPort 6379, bound to private address 10.0.0.5"]);
    expect(await show('203.0.113.9')).toEqual(["11:11 container 'redis' of Pod 'cache' maps database port 6379 (Redis) to hostPort 6379 on address 203.0.113.9 of its node; drop hostPort and reach it through a ClusterIP Service"]);
    expect(await show('0.0.0.0')).toEqual(["11:11 container 'redis' of Pod 'cache' maps database port 6379 (Redis) to hostPort 6379 on every address of its node; drop hostPort and reach it through a ClusterIP Service"]);
    expect(await show(null)).toEqual(["11:11 container 'redis' of Pod 'cache' maps database port 6379 (Redis) to hostPort 6379 on every address of its node; drop hostPort and reach it through a ClusterIP Service"]);
  });
});

describe('QA31 infra D4: a named targetPort is resolved through the pods the Service selects', () => {
  const sts = (ns = '', image = 'postgres:16.2', port = 5432, labels = '{app: pg}') => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: pg\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n  selector: {matchLabels: ${labels}}\n  template:\n    metadata: {labels: ${labels}}\n    spec:\n      containers:\n        - name: postgres\n          image: ${image}\n          ports:\n            - name: postgresql\n              containerPort: ${port}\n`;
  const service = (ns = '', selector = '  selector: {app: pg}\n', extra = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: pg-public\n${ns ? `  namespace: ${ns}\n` : ''}${extra}spec:\n  type: LoadBalancer\n${selector}  ports:\n    - name: pg\n      port: 15432\n      targetPort: postgresql\n`;
  const show = async (files: Record<string, string>) => (await runCase(databasePortExposed, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(' outside')[0]}`);
  it('a LoadBalancer whose targetPort names the database container\'s port fails', async () => {
    expect(await show({ 'k8s/pg.yaml': `${sts()}---\n${service()}` })).toEqual(["k8s/pg.yaml:25 Service 'pg-public' of type LoadBalancer exposes database port 5432 (PostgreSQL) of container 'postgres' in StatefulSet 'pg' (targetPort 'postgresql') on port 15432"]);
    // In another file of the same namespace; an internal load balancer stays a note.
    expect(await show({ 'k8s/sts.yaml': sts('data'), 'k8s/svc.yaml': service('data', undefined, '  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-internal: "true"\n') })).toEqual([
      "NOTE k8s/svc.yaml:12 Service 'pg-public' of type LoadBalancer exposes database port 5432 (PostgreSQL) of container 'postgres' in StatefulSet 'pg' (targetPort 'postgresql') on port 15432 through an internal load balancer",
    ]);
  });
  it('a name that does not resolve to a database port is not judged', async () => {
    // No workload declares it; another namespace; a selector that does not match; no selector; an application port.
    expect(await show({ 'k8s/svc.yaml': service() })).toEqual([]);
    expect(await show({ 'k8s/pg.yaml': `${sts('data')}---\n${service('web')}` })).toEqual([]);
    expect(await show({ 'k8s/pg.yaml': `${sts('', undefined, undefined, '{app: pg, tier: db}')}---\n${service('', '  selector: {app: pg, tier: cache}\n')}` })).toEqual([]);
    expect(await show({ 'k8s/pg.yaml': `${sts()}---\n${service('', '')}` })).toEqual([]);
    expect(await show({ 'k8s/pg.yaml': `${sts('', 'ghcr.io/acme/api:1.0', 8080)}---\n${service()}` })).toEqual([]);
  });
});

describe('a Helm Service whose type and ports come from the chart\'s values', () => {
  const chart = (values: string, extra: Record<string, string> = {}, type = '{{ .Values.service.type }}') => ({
    'chart/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n',
    'chart/values.yaml': values,
    'chart/templates/service.yaml': `apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-db\nspec:\n  type: ${type}\n  ports:\n    - port: {{ .Values.service.port }}\n      targetPort: db\n  selector:\n    app: db\n`,
    ...extra,
  });
  const show = async (files: Record<string, string>) => (await runCase(databasePortExposed, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(' outside')[0]}`);
  it('fails when a values file the chart deploys with makes it a LoadBalancer or NodePort on a database port', async () => {
    expect(await show(chart('service:\n  type: LoadBalancer\n  port: 5432\n'))).toEqual(["chart/templates/service.yaml:8 Service '<release>-db' (templates/service.yaml) of type LoadBalancer (service.type: LoadBalancer in chart/values.yaml) exposes database port 5432 (PostgreSQL)"]);
    // values.yaml keeps it inside the cluster; the production values file publishes it.
    expect(await show(chart('service:\n  type: ClusterIP\n  port: 6379\n', { 'chart/values-production.yaml': 'service:\n  type: NodePort\n' }))).toEqual(["chart/templates/service.yaml:8 Service '<release>-db' (templates/service.yaml) of type NodePort (service.type: NodePort in chart/values-production.yaml) exposes database port 6379 (Redis)"]);
    // `default` when values leave it empty; quoted ports.
    expect(await show(chart('service:\n  type: ""\n  port: "3306"\n', {}, '{{ .Values.service.type | default "LoadBalancer" | quote }}'))).toEqual(["chart/templates/service.yaml:8 Service '<release>-db' (templates/service.yaml) of type LoadBalancer (service.type: LoadBalancer in chart/values.yaml) exposes database port 3306 (MySQL/MariaDB)"]);
  });
  it('reads a template that also parses as plain YAML (a literal name, unquoted actions) as Helm renders it (QA33 fppy D3)', async () => {
    const files = { ...chart('service:\n  type: LoadBalancer\n  port: 5432\n'), 'chart/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: postgresql\nspec:\n  type: {{ .Values.service.type }}\n  ports:\n    - port: {{ .Values.service.port }}\n  selector:\n    app: postgresql\n' };
    expect(await show(files)).toEqual(["chart/templates/service.yaml:8 Service 'postgresql' of type LoadBalancer (service.type: LoadBalancer in chart/values.yaml) exposes database port 5432 (PostgreSQL)"]);
  });
  it('reads hostNetwork written as one values path (QA33 k8s3 D6)', async () => {
    const ds = (values: string) => ({
      'chart/Chart.yaml': 'apiVersion: v2\nname: r\nversion: 0.1.0\n', 'chart/values.yaml': values,
      'chart/templates/ds.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}-redis\nspec:\n  template:\n    spec:\n      hostNetwork: {{ .Values.hostNetwork }}\n      containers:\n        - name: redis\n          image: "redis:{{ .Values.image.tag }}"\n          ports:\n            - containerPort: 6379\n',
    });
    expect(await show(ds('hostNetwork: true\nimage:\n  tag: 7.2.4\n'))).toEqual([expect.stringMatching(/^chart\/templates\/ds\.yaml:8 DaemonSet '<release>-redis' \(templates\/ds\.yaml\) runs on the node's network \(hostNetwork: true, hostNetwork in chart\/values\.yaml\), so database port 6379 \(Redis\)/)]);
    expect(await show(ds('hostNetwork: false\nimage:\n  tag: 7.2.4\n'))).toEqual([]);
    // A subchart's own default that the parent chart's values leave alone: named in the subchart's values file.
    const sub = Object.fromEntries(Object.entries(ds('hostNetwork: true\nimage:\n  tag: 7.2.4\n')).map(([f, t]) => [f.replace(/^chart\//, 'charts/redis/'), t]));
    expect(await show({ 'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n', 'values.yaml': 'redis:\n  enabled: true\n', ...sub }))
      .toEqual([expect.stringContaining('(hostNetwork: true, hostNetwork in charts/redis/values.yaml)')]);
  });
  it('names the values file that sets the type, not a values file over it that leaves it alone', async () => {
    expect(await show(chart('service:\n  type: LoadBalancer\n  port: 5432\n', { 'chart/values-production.yaml': 'replicaCount: 3\n' })))
      .toEqual(["chart/templates/service.yaml:8 Service '<release>-db' (templates/service.yaml) of type LoadBalancer (service.type: LoadBalancer in chart/values.yaml) exposes database port 5432 (PostgreSQL)"]);
  });
  it('passes a ClusterIP or an application port, and notes a load balancer the values restrict', async () => {
    expect(await show(chart('service:\n  type: ClusterIP\n  port: 5432\n'))).toEqual([]);
    expect(await show(chart('service:\n  type: LoadBalancer\n  port: 8080\n'))).toEqual([]);
    // A development install's values file is no deployment.
    expect(await show(chart('service:\n  type: ClusterIP\n  port: 5432\n', { 'chart/values-dev.yaml': 'service:\n  type: NodePort\n' }))).toEqual([]);
    // Outside a chart, nothing to read the values from.
    expect(await show({ 'k8s/svc.yaml': chart('')['chart/templates/service.yaml'] })).toEqual([]);
    expect(await show(chart('service:\n  type: LoadBalancer\n  port: 5432\n  loadBalancerSourceRanges: [10.0.0.0/8]\n'))).toEqual(["NOTE chart/templates/service.yaml:8 Service '<release>-db' (templates/service.yaml) of type LoadBalancer (service.type: LoadBalancer in chart/values.yaml) exposes database port 5432 (PostgreSQL) through an address-restricted load balancer"]);
    expect(await show(chart('service:\n  type: LoadBalancer\n  port: 5432\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-internal: "true"\n'))).toEqual(["NOTE chart/templates/service.yaml:8 Service '<release>-db' (templates/service.yaml) of type LoadBalancer (service.type: LoadBalancer in chart/values.yaml) exposes database port 5432 (PostgreSQL) through an internal load balancer"]);
  });
});

describe('a kustomize overlay that patches a base Service', () => {
  const baseSvc = (port = 6379, type = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: redis\nspec:\n${type}  selector: {app: redis}\n  ports:\n    - name: redis\n      port: ${port}\n      targetPort: ${port}\n`;
  const layout = (overlay: string, patch: Record<string, string>, base = baseSvc(), overlayKz = '') => ({
    'k8s/base/kustomization.yaml': 'resources:\n  - redis.yaml\n',
    'k8s/base/redis.yaml': base,
    [`k8s/overlays/${overlay}/kustomization.yaml`]: `resources:\n  - ../../base\n${overlayKz}`,
    ...patch,
  });
  const typePatch = (type = 'LoadBalancer', extra = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: redis\n${extra}spec:\n  type: ${type}\n`;
  const show = async (files: Record<string, string>) => (await runCase(databasePortExposed, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.replace(/ outside the cluster.*?(?= in kustomize|$)/, '')}`);
  it('fails a patch that only sets type LoadBalancer/NodePort over a ClusterIP database Service, at the patch\'s type', async () => {
    expect(await show(layout('prod', { 'k8s/overlays/prod/lb.yaml': typePatch() }, undefined, 'patches:\n  - path: lb.yaml\n'))).toEqual(["k8s/overlays/prod/lb.yaml:6:3 Service 'redis' of type LoadBalancer exposes database port 6379 (Redis) in kustomize overlay k8s/overlays/prod"]);
    expect(await show(layout('prod', { 'k8s/overlays/prod/np.yaml': typePatch('NodePort') }, baseSvc(5432), 'patchesStrategicMerge:\n  - np.yaml\n'))).toEqual(["k8s/overlays/prod/np.yaml:6:3 Service 'redis' of type NodePort exposes database port 5432 (PostgreSQL) in kustomize overlay k8s/overlays/prod"]);
    // Inline strategic-merge and JSON 6902 patches.
    expect(await show(layout('prod', {}, undefined, 'patches:\n  - patch: |-\n      apiVersion: v1\n      kind: Service\n      metadata:\n        name: redis\n      spec:\n        type: LoadBalancer\n'))).toEqual(["k8s/overlays/prod/kustomization.yaml:10:9 Service 'redis' of type LoadBalancer exposes database port 6379 (Redis) in kustomize overlay k8s/overlays/prod"]);
    expect(await show(layout('prod', {}, undefined, 'patches:\n  - target:\n      kind: Service\n      name: redis\n    patch: |-\n      - op: replace\n        path: /spec/type\n        value: LoadBalancer\n'))).toEqual(["k8s/overlays/prod/kustomization.yaml:8:9 Service 'redis' of type LoadBalancer exposes database port 6379 (Redis) in kustomize overlay k8s/overlays/prod"]);
  });
  it('judges the merged Service once, with what the overlay and the base set', async () => {
    // A patch that repeats the ports: one finding, at the patch's port entry.
    const withPorts = `${typePatch()}  ports:\n    - name: redis\n      port: 6379\n      targetPort: 6379\n`;
    expect(await show(layout('prod', { 'k8s/overlays/prod/lb.yaml': withPorts }, undefined, 'patches:\n  - path: lb.yaml\n'))).toEqual(["k8s/overlays/prod/lb.yaml:8:7 Service 'redis' of type LoadBalancer exposes database port 6379 (Redis)"]);
    // The overlay makes it an internal load balancer: a note.
    expect(await show(layout('prod', { 'k8s/overlays/prod/lb.yaml': typePatch('LoadBalancer', '  annotations:\n    networking.gke.io/load-balancer-type: Internal\n') }, undefined, 'patches:\n  - path: lb.yaml\n'))).toEqual(["NOTE k8s/overlays/prod/lb.yaml:8:3 Service 'redis' of type LoadBalancer exposes database port 6379 (Redis) through an internal load balancer in kustomize overlay k8s/overlays/prod"]);
  });
  it('passes an application port, a patch for another Service, a ClusterIP patch and a development overlay', async () => {
    expect(await show(layout('prod', { 'k8s/overlays/prod/lb.yaml': typePatch() }, baseSvc(8080), 'patches:\n  - path: lb.yaml\n'))).toEqual([]);
    expect(await show(layout('prod', { 'k8s/overlays/prod/lb.yaml': typePatch().replace('name: redis', 'name: web') }, undefined, 'patches:\n  - path: lb.yaml\n'))).toEqual([]);
    expect(await show(layout('prod', { 'k8s/overlays/prod/lb.yaml': typePatch('ClusterIP') }, undefined, 'patches:\n  - path: lb.yaml\n'))).toEqual([]);
    expect(await show(layout('dev', { 'k8s/overlays/dev/lb.yaml': typePatch() }, undefined, 'patches:\n  - path: lb.yaml\n'))).toEqual([]);
    // Removing the type again in an outer overlay (JSON 6902 remove) leaves a ClusterIP Service.
    expect(await show(layout('prod', {}, baseSvc(6379, '  type: ClusterIP\n'), 'patches:\n  - target:\n      kind: Service\n      name: redis\n    patch: |-\n      - op: replace\n        path: /spec/type\n        value: ClusterIP\n'))).toEqual([]);
  });
  it('writes no JSON 6902 op through __proto__ (a path that would set Object.prototype for the whole run; review of QA34)', async () => {
    const polluting = 'patches:\n  - target:\n      kind: Service\n      name: redis\n    patch: |-\n      - op: add\n        path: /spec/__proto__/polluted\n        value: LoadBalancer\n';
    try {
      await show(layout('prod', {}, undefined, polluting));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
  });
});

describe('Kubernetes manifests in development-only files', () => {
  const pg = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: pg\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: pg\n          image: postgres:16.4\n          ports:\n            - containerPort: 5432\n              hostPort: 5432\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: pg\nspec:\n  type: NodePort\n  ports:\n    - port: 5432\n`;
  const show = async (files: Record<string, string>) => (await runCase(databasePortExposed, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.endsWith('(development-only file)') ? 'dev' : 'prod'}`);
  it('notes Services, hostPorts and hostNetwork in k8s/dev/, overlays/dev/ and local.yaml', async () => {
    expect(await show({ 'k8s/dev/pg.yaml': pg })).toEqual(['NOTE k8s/dev/pg.yaml:8 dev', 'NOTE k8s/dev/pg.yaml:23 dev']);
    expect(await show({ 'deploy/local.yaml': pg.replace('hostNetwork: true', 'hostNetwork: false') })).toEqual(['NOTE deploy/local.yaml:14 dev', 'NOTE deploy/local.yaml:23 dev']);
    expect(await show({ 'k8s/overlays/dev/kustomization.yaml': 'resources:\n  - pg.yaml\n', 'k8s/overlays/dev/pg.yaml': pg })).toEqual(['NOTE k8s/overlays/dev/pg.yaml:8 dev', 'NOTE k8s/overlays/dev/pg.yaml:23 dev']);
  });
  it('fails them in production files, and in a development-named file a production kustomization deploys', async () => {
    expect(await show({ 'k8s/pg.yaml': pg })).toEqual(['k8s/pg.yaml:8 prod', 'k8s/pg.yaml:23 prod']);
    expect(await show({ 'k8s/overlays/prod/kustomization.yaml': 'resources:\n  - ../../local/pg.yaml\n', 'k8s/local/pg.yaml': pg })).toEqual(['k8s/local/pg.yaml:8 prod', 'k8s/local/pg.yaml:23 prod']);
  });
});

it('QA33 k8s D3: a Bitnami Service template whose labels/selector are `{{- include … | nindent 4 }}` followed by more keys is read', async () => {
  const files = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: postgresql\nversion: 1.0.0\n',
    'chart/values.yaml': 'primary:\n  service:\n    type: LoadBalancer\n    ports:\n      postgresql: 5432\n',
    'chart/templates/primary/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "pg.primary.fullname" . }}\n  labels: {{- include "common.labels.standard" ( dict "customLabels" .Values.commonLabels "context" $ ) | nindent 4 }}\n    app.kubernetes.io/component: primary\nspec:\n  type: {{ .Values.primary.service.type }}\n  ports:\n    - name: tcp-postgresql\n      port: {{ .Values.primary.service.ports.postgresql }}\n      targetPort: tcp-postgresql\n  selector: {{- include "common.labels.matchLabels" . | nindent 4 }}\n    app.kubernetes.io/component: primary\n',
  };
  const out = await runCase(databasePortExposed, { files });
  expect(out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(' outside')[0]}`)).toEqual(["chart/templates/primary/svc.yaml:10 Service '<fullname>' (templates/primary/svc.yaml) of type LoadBalancer (primary.service.type: LoadBalancer in chart/values.yaml) exposes database port 5432 (PostgreSQL)"]);
});

it('QA33 k8s D5: a subchart Service made a LoadBalancer by the parent chart\'s values names the key as the parent writes it', async () => {
  const files = (parent: string, sub: string) => ({
    'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: postgresql\n    version: 1.0.0\n',
    'values.yaml': parent,
    'charts/postgresql/Chart.yaml': 'apiVersion: v2\nname: postgresql\nversion: 1.0.0\n',
    'charts/postgresql/values.yaml': sub,
    'charts/postgresql/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-pg\nspec:\n  type: {{ .Values.primary.service.type }}\n  ports:\n    - port: 5432\n',
  });
  const why = async (f: Record<string, string>) => (await runCase(databasePortExposed, { files: f })).findings.map((x) => /\(([^()]*in [^()]*)\)/.exec(x.message)?.[1]);
  expect(await why(files('postgresql:\n  primary:\n    service:\n      type: LoadBalancer\n', 'primary:\n  service:\n    type: ClusterIP\n'))).toEqual(['postgresql.primary.service.type: LoadBalancer in values.yaml']);
  // The subchart's own default, which the parent leaves alone: named where it is written.
  expect(await why(files('postgresql:\n  enabled: true\n', 'primary:\n  service:\n    type: NodePort\n'))).toEqual(['primary.service.type: NodePort in charts/postgresql/values.yaml']);
});
