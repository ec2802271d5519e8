import { describe, expect, it } from 'vitest';
import { testCheck } from '../helpers/check-tester.js';
import { databasePortExposed, parsePort } from '../../src/checks/database-port-exposed.js';

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
  ],
  invalid: [
    { name: 'short syntax host:container', files: compose('      - "5432:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 5, severity: 'high', message: /port 5432 \(PostgreSQL\) on host port 5432 of all interfaces/ }] },
    { name: 'container port only (random host port)', files: compose('      - "6379"\n', 'redis:7'), errors: [{ file: 'docker-compose.yml', line: 5, message: /random host port/ }] },
    { name: 'unquoted number', files: compose('      - 27017\n', 'mongo:7'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'explicit 0.0.0.0', files: compose('      - "0.0.0.0:3306:3306"\n', 'mysql:8'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'different published port judged by the container port', files: compose('      - "15432:5432/tcp"\n'), errors: [{ file: 'docker-compose.yml', line: 5, message: /host port 15432/ }] },
    { name: 'range', files: compose('      - "9200-9300:9200-9300"\n', 'elasticsearch:8.15.0'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'variable with default', files: compose('      - "${DB_PORT:-5432}:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'long syntax', files: compose('      - target: 5432\n        published: "5432"\n        protocol: tcp\n'), errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'second entry of several', files: compose('      - "127.0.0.1:8080:80"\n      - "5432:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 6 }] },
    { name: 'image-specific port', files: compose('      - "8086:8086"\n', 'influxdb:2.7'), errors: [{ file: 'docker-compose.yml', line: 5, message: /8086/ }] },
    { name: 'public host address', files: compose('      - "203.0.113.5:5432:5432"\n'), errors: [{ file: 'docker-compose.yml', line: 5, message: /address 203\.0\.113\.5/ }] },
    { name: 'k8s LoadBalancer', files: svc('LoadBalancer'), errors: [{ file: 'k8s/svc.yaml', line: 8, message: /type LoadBalancer exposes database port 5432/ }] },
    { name: 'k8s NodePort', files: svc('NodePort', '', 6379), errors: [{ file: 'k8s/svc.yaml', line: 8 }] },
    { name: 'extra port via option', files: compose('      - "5672:5672"\n', 'rabbitmq:3'), options: { ports: [5672] }, errors: [{ file: 'docker-compose.yml', line: 5 }] },
  ],
  notes: [
    { name: 'loopback bind', files: compose('      - "127.0.0.1:5432:5432"\n'), notes: [{ file: 'docker-compose.yml', line: 5, message: /loopback 127\.0\.0\.1/ }] },
    { name: 'IPv6 loopback bind', files: compose('      - "[::1]:5432:5432"\n'), notes: [{ file: 'docker-compose.yml', line: 5, message: /loopback ::1/ }] },
    { name: 'long syntax loopback', files: compose('      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n'), notes: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'dev override', files: { 'docker-compose.override.yml': 'services:\n  db:\n    ports:\n      - "5432:5432"\n' }, notes: [{ file: 'docker-compose.override.yml', line: 4, message: /development-only/ }] },
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
});
