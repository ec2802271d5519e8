import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { testCheck } from '../helpers/check-tester.js';

// QA48 selfhost28 D4: a fly.toml `[[services]]` block whose internal_port is a database port, with `[[services.ports]]`, has Fly's
// proxy take connections for the database on the app's IP addresses, as a Kamal accessory's bare `port` publishes it.
const pg = (image = 'flyio/postgres-flex:16.4') => `app = "acme-pg"\n\n[build]\n  image = "${image}"\n\n[[services]]\n  internal_port = 5432\n  protocol = "tcp"\n\n  [[services.ports]]\n    handlers = ["pg_tls"]\n    port = 5432\n`;
const web = '[[services]]\n  internal_port = 8080\n  protocol = "tcp"\n\n  [[services.ports]]\n    handlers = ["http"]\n    port = 80\n\n  [[services.ports]]\n    handlers = ["tls", "http"]\n    port = 443\n';

testCheck(databasePortExposed, {
  valid: [
    { name: 'a web service on 8080 published on 80 and 443', files: { 'fly.toml': `app = "web"\n\n${web}` } },
    // Block boundaries: the database block has no ports; the web block's ports are not its own.
    { name: 'a database service without [[services.ports]] beside a published web service', files: { 'fly.toml': `app = "web"\n\n${web}\n[[services]]\n  internal_port = 5432\n  protocol = "tcp"\n` } },
    { name: 'ClickHouse\'s 8123 on an image that is not ClickHouse', files: { 'fly.toml': 'app = "x"\n\n[build]\n  image = "acme/api:1.2.3"\n\n[[services]]\n  internal_port = 8123\n\n  [[services.ports]]\n    port = 443\n' } },
    { name: 'an http_service on an app port', files: { 'fly.toml': 'app = "web"\n\n[http_service]\n  internal_port = 8080\n  force_https = true\n' } },
  ],
  invalid: [
    { name: 'Fly Postgres published for outside access', files: { 'fly.toml': pg() }, errors: [{ file: 'fly.toml', line: 12, column: 12, severity: 'high', message: /^fly\.toml \[\[services\]\] with internal_port 5432 publishes database port 5432 \(PostgreSQL\) on port 5432 of the app's IP addresses.*remove the \[\[services\.ports\]\] entry/ }] },
    { name: 'a database block after a web block, published on another port', files: { 'fly.toml': `app = "x"\n\n${web}\n[[services]]\n  internal_port = 6379\n\n  [[services.ports]]\n    port = 10000\n` }, errors: [{ file: 'fly.toml', line: 19, message: /database port 6379 \(Redis\) on port 10000/ }] },
    { name: 'ClickHouse\'s 8123 on the ClickHouse image', files: { 'fly.production.toml': 'app = "ch"\n\n[build]\n  image = "clickhouse/clickhouse-server:24.8"\n\n[[services]]\n  internal_port = 8123\n\n  [[services.ports]]\n    port = 443\n' }, errors: [{ file: 'fly.production.toml', line: 10, message: /database port 8123 \(ClickHouse\)/ }] },
  ],
  notes: [
    { name: 'a development fly config', files: { 'fly.dev.toml': pg() }, notes: [{ file: 'fly.dev.toml', line: 12, message: /\(development-only file\)$/ }] },
  ],
});
