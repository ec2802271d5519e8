import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { shadowingComposeFile } from '../../src/repo/compose.js';

const run = async (files: Record<string, string>) => (await runCase(databasePortExposed, { name: 'shadowed', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`);
const exposed = 'services:\n  db:\n    image: postgres:16\n    expose: ["5432"]\n';
const published = 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n';
const fails = (file: string) => `${file}:4 compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1`;

describe('QA52 compose D6: a legacy docker-compose.yml beside compose.yaml is not what docker compose up loads', () => {
  it('shadowingComposeFile follows Compose\'s preference: compose.yaml, then compose.yml, then the legacy names', () => {
    const has = (...files: string[]) => (p: string) => files.includes(p);
    expect(shadowingComposeFile('docker-compose.yml', has('compose.yaml', 'docker-compose.yml'))).toBe('compose.yaml');
    expect(shadowingComposeFile('app/docker-compose.yaml', has('app/compose.yml', 'app/docker-compose.yaml'))).toBe('app/compose.yml');
    expect(shadowingComposeFile('compose.yml', has('compose.yaml', 'compose.yml'))).toBe('compose.yaml');
    expect(shadowingComposeFile('compose.yaml', has('compose.yaml', 'docker-compose.yml'))).toBeNull();
    expect(shadowingComposeFile('docker-compose.yml', has('docker-compose.yml', 'other/compose.yaml'))).toBeNull();
    expect(shadowingComposeFile('docker-compose.prod.yml', has('compose.yaml'))).toBeNull();
  });

  it('the shadowed file\'s findings are info notes saying it is not loaded; the canonical file is judged', async () => {
    expect(await run({ 'compose.yaml': exposed, 'docker-compose.yml': published })).toEqual([
      `${fails('docker-compose.yml')} (not loaded by docker compose up: compose.yaml beside it is the file compose reads, and nothing names docker-compose.yml with -f or COMPOSE_FILE)`.replace('docker-compose.yml:4 ', 'docker-compose.yml:4 note '),
    ]);
    // The canonical file still fails on its own; the legacy file alone is loaded, and fails.
    expect(await run({ 'compose.yaml': published, 'docker-compose.yml': exposed })).toEqual([fails('compose.yaml')]);
    expect(await run({ 'docker-compose.yml': published })).toEqual([fails('docker-compose.yml')]);
  });

  it('a legacy file something names with -f or COMPOSE_FILE is loaded, and judged', async () => {
    expect(await run({ 'compose.yaml': exposed, 'docker-compose.yml': published, Makefile: 'up:\n\tdocker compose -f docker-compose.yml -f deploy/prod.yml up -d\n', 'deploy/prod.yml': 'services:\n  db:\n    restart: always\n' })).toEqual([fails('docker-compose.yml')]);
    expect(await run({ 'compose.yaml': exposed, 'docker-compose.yml': published, '.env': 'COMPOSE_FILE=docker-compose.yml:deploy/prod.yml\n', 'deploy/prod.yml': 'services:\n  db:\n    restart: always\n' })).toEqual([fails('docker-compose.yml')]);
  });
});
