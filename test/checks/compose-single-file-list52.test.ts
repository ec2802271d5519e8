import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { productionServer } from '../../src/checks/production-server.js';
import { composeCommandLists, composeFileEnvList } from '../../src/repo/compose-lists.js';
import { parseEnv } from '../../src/repo/env.js';

const run = async (check: typeof databasePortExposed, files: Record<string, string>) => (await runCase(check, { name: 'single -f', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`);
const canonical = 'services:\n  db:\n    image: postgres:16\n    expose: ["5432"]\n';
const legacy = 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n';
const fails = "docker-compose.yml:4 compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1";

describe('regress D4: a single -f (or a one-file COMPOSE_FILE) names the file compose loads, as a list of several does', () => {
  it('reads a one-file -f/--file list and a one-file COMPOSE_FILE', () => {
    const has = (p: string) => ['compose.yaml', 'docker-compose.yml', 'deploy/docker-compose.yml'].includes(p);
    expect(composeCommandLists('scripts/deploy.sh', '#!/bin/sh\nset -e\ndocker compose -f docker-compose.yml pull\ndocker compose -f docker-compose.yml up -d\n', has)).toMatchObject([
      { files: ['docker-compose.yml'], line: 3, by: 'docker compose -f in scripts/deploy.sh', dev: false },
      { files: ['docker-compose.yml'], line: 4 },
    ]);
    expect(composeCommandLists('Makefile', 'deploy:\n\tdocker-compose --file=docker-compose.yml up -d\n', has)).toMatchObject([{ files: ['docker-compose.yml'], by: 'docker compose -f in Makefile (target deploy)', dev: false }]);
    expect(composeCommandLists('deploy/Makefile', 'up:\n\tdocker compose -f docker-compose.yml up -d\n', has)).toMatchObject([{ files: ['deploy/docker-compose.yml'] }]);
    expect(composeFileEnvList(parseEnv('.env', 'COMPOSE_FILE=docker-compose.yml\n'), has)).toMatchObject({ files: ['docker-compose.yml'], by: 'COMPOSE_FILE in .env' });
    // No -f, a -f after the subcommand, a missing file, a variable: no list.
    expect(composeCommandLists('Makefile', 'up:\n\tdocker compose up -d\nlogs:\n\tdocker compose logs -f web\n', has)).toEqual([]);
    expect(composeCommandLists('Makefile', 'up:\n\tdocker compose -f missing.yml up -d\n', has)).toEqual([]);
    expect(composeCommandLists('Makefile', 'up:\n\tdocker compose -f docker-compose.$(ENV).yml up -d\n', has)).toEqual([]);
  });

  it('a legacy docker-compose.yml beside compose.yaml that a deploy script or Makefile runs with one -f is judged as the production file', async () => {
    const files = { 'compose.yaml': canonical, 'docker-compose.yml': legacy };
    expect(await run(databasePortExposed, { ...files, 'scripts/deploy.sh': '#!/bin/sh\nset -e\ndocker compose -f docker-compose.yml pull\ndocker compose -f docker-compose.yml up -d\n' })).toEqual([fails]);
    expect(await run(databasePortExposed, { ...files, Makefile: 'deploy:\n\tdocker compose -f docker-compose.yml up -d\n' })).toEqual([fails]);
    expect(await run(databasePortExposed, { ...files, '.env': 'COMPOSE_FILE=docker-compose.yml\n' })).toEqual([fails]);
    // Still a note when nothing names it, and when only a development command does (said so).
    expect(await run(databasePortExposed, files)).toEqual([`${fails.replace(':4 ', ':4 note ')} (not loaded by docker compose up: compose.yaml beside it is the file compose reads, and nothing names docker-compose.yml with -f or COMPOSE_FILE)`]);
    expect(await run(databasePortExposed, { ...files, Makefile: 'dev:\n\tdocker compose -f docker-compose.yml up\n' })).toEqual([
      `${fails.replace(':4 ', ':4 note ')} (not loaded by docker compose up: compose.yaml beside it is the file compose reads, and only docker compose -f in Makefile (target dev), a development command, names docker-compose.yml)`,
    ]);
  });

  it('the file one -f names is no overlay of the canonical file: its dev server fails, and does not excuse the canonical file', async () => {
    const files = {
      'compose.yaml': 'services:\n  web:\n    image: ghcr.io/acme/web:1.4.2\n    command: flask run --host 0.0.0.0\n',
      'docker-compose.yml': 'services:\n  web:\n    image: ghcr.io/acme/web:1.4.2\n    command: flask run --host 0.0.0.0 --debug\n',
      'scripts/deploy.sh': '#!/bin/sh\ndocker compose -f docker-compose.yml up -d\n',
    };
    const out = await run(productionServer, files);
    expect(out).toHaveLength(2);
    expect(out.every((l) => !l.includes(' note '))).toBe(true);
    expect(out.map((l) => l.split(' ')[0])).toEqual(['compose.yaml:4', 'docker-compose.yml:4']);
  });
});
