import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { databasePortExposed, parsePort } from '../../src/checks/database-port-exposed.js';

const run = async (files: Record<string, string>) => (await runCase(databasePortExposed, { name: 'nested', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`);
const compose = (port: string) => `services:\n  db:\n    image: postgres:16\n    ports:\n      - "${port}"\n`;

describe('QA52 compose D5: a port\'s host address is interpolated as compose does, nested defaults included', () => {
  it('parsePort resolves a nested default in the host address and the ports', () => {
    expect(parsePort('${DB_BIND:-${DEFAULT_BIND:-127.0.0.1}}:5432:5432')).toEqual({ hostIp: '127.0.0.1', published: '5432', target: [5432, 5432] });
    expect(parsePort('${DB_BIND:-${DEFAULT_BIND:-127.0.0.1}}:5432:5432', new Map([['DEFAULT_BIND', '0.0.0.0']]))).toEqual({ hostIp: '0.0.0.0', published: '5432', target: [5432, 5432] });
    expect(parsePort('${BIND:-127.0.0.1}:${PG:-${PG_DEFAULT:-15432}}:5432')).toEqual({ hostIp: '127.0.0.1', published: '15432', target: [5432, 5432] });
    expect(parsePort({ target: 5432, published: '${P:-${Q:-5432}}', host_ip: '${H:-${I:-::1}}' })).toEqual({ hostIp: '::1', published: '5432', target: [5432, 5432] });
    // A variable without a value or default stays unknown.
    expect(parsePort('${DB_BIND:-${DEFAULT_BIND}}:5432:5432')?.hostIp).toBe('?');
  });

  it('a nested loopback default is an info note naming the resolved address, not a failure showing ${…}', async () => {
    expect(await run({ 'compose.yaml': compose('${DB_BIND:-${DEFAULT_BIND:-127.0.0.1}}:5432:5432') })).toEqual([
      "compose.yaml:5 note compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432, bound to loopback 127.0.0.1 only",
    ]);
  });

  it('a nested default of 0.0.0.0 (or an empty one) fails, naming all interfaces', async () => {
    const all = "compose.yaml:5 compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1";
    expect(await run({ 'compose.yaml': compose('${DB_BIND:-${DEFAULT_BIND:-0.0.0.0}}:5432:5432') })).toEqual([all]);
    expect(await run({ 'compose.yaml': compose('${DB_BIND:-${DEFAULT_BIND-}}:5432:5432') })).toEqual([all]);
    // The committed .env beside the file decides the inner variable.
    expect(await run({ 'compose.yaml': compose('${DB_BIND:-${DEFAULT_BIND:-127.0.0.1}}:5432:5432'), '.env': 'DEFAULT_BIND=0.0.0.0\n' })).toEqual([all]);
    expect(await run({ 'compose.yaml': compose('${DB_BIND:-${DEFAULT_BIND:-127.0.0.1}}:5432:5432'), '.env': 'DEFAULT_BIND=203.0.113.7\n' })).toEqual([
      "compose.yaml:5 compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of address 203.0.113.7; remove the mapping, use expose:, or bind to 127.0.0.1",
    ]);
  });
});
