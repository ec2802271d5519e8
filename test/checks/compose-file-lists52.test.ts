import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { composeCommandLists, composeFileEnvList } from '../../src/repo/compose-lists.js';
import { parseEnv } from '../../src/repo/env.js';

const run = async (check: typeof databasePortExposed, files: Record<string, string>) => (await runCase(check, { name: 'lists', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`);
const base = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';
const reset = 'services:\n  db:\n    ports: !reset []\n';
const fails = "compose.yaml:5 compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1";

describe('QA52 compose D3: overlays named by COMPOSE_FILE in .env or docker compose -f in a Makefile/script are merged', () => {
  it('reads COMPOSE_FILE (":" or COMPOSE_PATH_SEPARATOR) and -f/--file lists, resolving paths and keeping only existing files', () => {
    const has = (p: string) => ['compose.yaml', 'deploy/production.yaml', 'ops/compose.yaml', 'ops/prod.yml'].includes(p);
    expect(composeFileEnvList(parseEnv('.env', 'COMPOSE_FILE=compose.yaml:deploy/production.yaml\n'), has)).toMatchObject({ files: ['compose.yaml', 'deploy/production.yaml'], file: '.env', line: 1, by: 'COMPOSE_FILE in .env', dev: false });
    expect(composeFileEnvList(parseEnv('.env', 'COMPOSE_PATH_SEPARATOR=;\nCOMPOSE_FILE=compose.yaml;deploy/production.yaml\n'), has)?.files).toEqual(['compose.yaml', 'deploy/production.yaml']);
    expect(composeFileEnvList(parseEnv('ops/.env', 'COMPOSE_FILE=compose.yaml:prod.yml\n'), has)?.files).toEqual(['ops/compose.yaml', 'ops/prod.yml']);
    // One file is a list of one (it names the file compose loads: regress D4); a missing file, a variable: no list.
    expect(composeFileEnvList(parseEnv('.env', 'COMPOSE_FILE=compose.yaml\n'), has)?.files).toEqual(['compose.yaml']);
    expect(composeFileEnvList(parseEnv('.env', 'COMPOSE_FILE=compose.yaml:missing.yaml\n'), has)).toBeNull();
    expect(composeCommandLists('Makefile', 'deploy:\n\tdocker compose -p app -f compose.yaml \\\n\t  --file=deploy/production.yaml up -d\n', has)).toMatchObject([{ files: ['compose.yaml', 'deploy/production.yaml'], line: 2, by: 'docker compose -f in Makefile (target deploy)', dev: false }]);
    expect(composeCommandLists('scripts/deploy.sh', '#!/bin/sh\n# docker compose -f x -f y\ndocker-compose -f ./compose.yaml -f deploy/production.yaml up -d\n', has)).toMatchObject([{ files: ['compose.yaml', 'deploy/production.yaml'], line: 3, dev: false }]);
    expect(composeCommandLists('Makefile', 'dev:\n\tdocker compose -f compose.yaml -f deploy/production.yaml up\n', has)).toMatchObject([{ dev: true }]);
    expect(composeCommandLists('Makefile', 'up:\n\tdocker compose -f compose.yaml -f deploy/$(ENV).yaml up\n', has)).toEqual([]);
    // `-f` after the subcommand is no compose file (`docker compose logs -f`).
    expect(composeCommandLists('Makefile', 'logs:\n\tdocker compose logs -f compose.yaml -f deploy/production.yaml\n', has)).toEqual([]);
  });

  it('COMPOSE_FILE in the committed .env: the overlay\'s ports: !reset [] replaces the base mapping (a note naming the list)', async () => {
    expect(await run(databasePortExposed, { 'compose.yaml': base, 'deploy/production.yaml': reset, '.env': 'COMPOSE_FILE=compose.yaml:deploy/production.yaml\n' })).toEqual([
      "compose.yaml:5 note compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1 (replaced by ports: !reset/!override in deploy/production.yaml, which COMPOSE_FILE in .env merges over it)",
    ]);
  });

  it('docker compose -f … -f … in a Makefile or shell script: the same', async () => {
    expect(await run(databasePortExposed, { 'compose.yaml': base, 'deploy/production.yaml': reset, Makefile: 'deploy:\n\tdocker compose -f compose.yaml -f deploy/production.yaml up -d\n' })).toEqual([
      expect.stringMatching(/^compose\.yaml:5 note .*\(replaced by ports: !reset\/!override in deploy\/production\.yaml, which docker compose -f in Makefile \(target deploy\) merges over it\)$/),
    ]);
    expect(await run(databasePortExposed, { 'compose.yaml': base, 'deploy/production.yaml': reset, 'scripts/release.sh': '#!/bin/sh\nset -e\ndocker-compose -f compose.yaml -f deploy/production.yaml up -d\n' })).toEqual([
      expect.stringMatching(/^compose\.yaml:5 note .*which docker compose -f in scripts\/release\.sh merges over it\)$/),
    ]);
  });

  it('a development list (dev: target, dev script) or a development overlay does not excuse the base; without a list the base fails', async () => {
    expect(await run(databasePortExposed, { 'compose.yaml': base, 'deploy/production.yaml': reset })).toEqual([fails]);
    expect(await run(databasePortExposed, { 'compose.yaml': base, 'deploy/production.yaml': reset, Makefile: 'dev:\n\tdocker compose -f compose.yaml -f deploy/production.yaml up\n' })).toEqual([fails]);
    expect(await run(databasePortExposed, { 'compose.yaml': base, 'compose.dev.yaml': reset, '.env': 'COMPOSE_FILE=compose.yaml:compose.dev.yaml\n' })).toEqual([fails]);
    // An overlay that appends (no !reset) leaves the base's mapping published.
    expect(await run(databasePortExposed, { 'compose.yaml': base, 'deploy/production.yaml': 'services:\n  db:\n    ports: []\n', '.env': 'COMPOSE_FILE=compose.yaml:deploy/production.yaml\n' })).toEqual([fails]);
  });

  it('every check reading the merged compose model sees the listed overlay: its user: replaces the image\'s USER', async () => {
    const files = {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["gunicorn", "app:app"]\n',
      'compose.yaml': 'services:\n  web:\n    build: .\n',
      'ops/hardening.yaml': 'services:\n  web:\n    user: "10001:10001"\n',
    };
    const without = await run(dockerfileNonRoot, files);
    expect(without).toEqual([expect.stringMatching(/^Dockerfile:1 the final stage has no USER/)]);
    const withList = await run(dockerfileNonRoot, { ...files, '.env': 'COMPOSE_FILE=compose.yaml:ops/hardening.yaml\n' });
    expect(withList).toEqual([expect.stringMatching(/^Dockerfile:1 note .*compose service 'web' sets user: 10001:10001 at ops\/hardening\.yaml:3/)]);
  });
});
