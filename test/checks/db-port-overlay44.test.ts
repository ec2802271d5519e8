import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 oss15 D2: a port that is a database's only by its image (ClickHouse 8123, InfluxDB 8086, Neo4j 7474) published from a
// compose overlay whose service takes its image from the main file was never judged: the overlay was read without the image.
const at = async (files: Record<string, string>) => (await runCase(databasePortExposed, { name: 'overlay44', files })).findings
  .map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();

const BASE = 'services:\n  events_db:\n    image: clickhouse/clickhouse-server:24.3.3.102-alpine\n    restart: always\n  web:\n    image: ghcr.io/plausible/community-edition:v2.1.4\n';
const OVERLAY = 'services:\n  web:\n    ports:\n      - 80:80\n  events_db:\n    ports:\n      - 8123:8123\n';

describe('database-port-exposed: a compose overlay runs the image the main file names (QA44 oss15 D2)', () => {
  it('a production overlay publishing ClickHouse\'s 8123 fails at its mapping', async () => {
    expect(await at({ 'compose.yml': BASE, 'compose.prod.yml': OVERLAY }))
      .toEqual(["compose.prod.yml:7:9 compose service 'events_db' publishes database port 8123 (ClickHouse) on host port 8123 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1"]);
  });

  it('the development override gives the note a 5432 mapping there gets', async () => {
    expect(await at({ 'compose.yml': BASE, 'compose.override.yml': OVERLAY })).toEqual([expect.stringMatching(/^NOTE compose\.override\.yml:7:9 compose service 'events_db' publishes database port 8123 \(ClickHouse\).*\(development-only file\)$/)]);
  });

  it('InfluxDB\'s 8086 from docker-compose.production.yml over docker-compose.yml', async () => {
    expect(await at({ 'docker-compose.yml': 'services:\n  metrics:\n    image: influxdb:2.7.10\n', 'docker-compose.production.yml': 'services:\n  metrics:\n    ports: ["8086:8086"]\n' }))
      .toEqual([expect.stringMatching(/^docker-compose\.production\.yml:3:14 compose service 'metrics' publishes database port 8086 \(InfluxDB\)/)]);
  });

  it('a main file\'s service that builds, run from the image a production overlay names', async () => {
    expect(await at({ 'compose.yml': 'services:\n  events_db:\n    build: ./clickhouse\n    ports: ["8123:8123"]\n', 'compose.prod.yml': 'services:\n  events_db:\n    image: clickhouse/clickhouse-server:24.3\n' }))
      .toEqual([expect.stringMatching(/^compose\.yml:4:14 compose service 'events_db' publishes database port 8123 \(ClickHouse\)/)]);
  });

  it('an overlay putting the main file\'s database on the host network', async () => {
    expect(await at({ 'compose.yml': 'services:\n  cache:\n    image: redis:7.4\n', 'compose.prod.yml': 'services:\n  cache:\n    network_mode: host\n' }))
      .toEqual([expect.stringMatching(/^compose\.prod\.yml:3:5 compose service 'cache' uses network_mode: host, so database port 6379 \(Redis\)/)]);
  });

  it('lookalikes pass: the main image is no ClickHouse, the overlay names its own image, another project\'s service of the same name', async () => {
    expect(await at({ 'compose.yml': BASE.replace('clickhouse/clickhouse-server:24.3.3.102-alpine', 'ghcr.io/acme/events-api:1.4'), 'compose.prod.yml': OVERLAY })).toEqual([]);
    expect(await at({ 'compose.yml': BASE, 'compose.prod.yml': OVERLAY.replace('  events_db:\n', '  events_db:\n    image: ghcr.io/acme/events-api:1.4\n') })).toEqual([]);
    expect(await at({ 'compose.yml': BASE, 'other/compose.prod.yml': OVERLAY })).toEqual([]);
  });
});
