import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 49 containers14 D1: compose merges an `include:` entry's path list as `-f a -f b`, so `ports: !override`/`!reset`
// in a later file of that list replaces the earlier file's mappings, whatever the files are named.

const MAIN = (include: string) => `include:\n${include}services:\n  api: { image: ghcr.io/acme/api:3.1.0, restart: always, mem_limit: 512m }\n`;
const CACHE = 'services:\n  cache:\n    image: redis:7.2\n    ports:\n      - "6379:6379"\n';
const hardening = (ports: string) => `services:\n  cache:\n    restart: always\n    mem_limit: 256m\n    ports: ${ports}\n`;

const findings = async (files: Record<string, string>) =>
  (await runCase(databasePortExposed, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'}`);

describe('ports replaced by a later file of an include: path list', () => {
  it('`!override` with a loopback mapping: the base mapping is a note naming the file, the loopback one a note', async () => {
    const files = { 'compose.yaml': MAIN('  - path:\n      - shared/cache.yaml\n      - shared/cache.hardening.yaml\n'), 'shared/cache.yaml': CACHE, 'shared/cache.hardening.yaml': hardening('!override\n      - "127.0.0.1:6379:6379"') };
    expect(await findings(files)).toEqual(['shared/cache.hardening.yaml:6 note', 'shared/cache.yaml:5 note']);
    const out = await runCase(databasePortExposed, { name: 'x', files });
    expect(out.findings.find((f) => f.file === 'shared/cache.yaml')!.message).toMatch(/replaced by ports: !reset\/!override in shared\/cache\.hardening\.yaml, which the include: path list merges over it/);
  });

  it('`!reset []`: the base mapping is a note', async () => {
    const files = { 'compose.yaml': MAIN('  - path: [shared/cache.yaml, shared/cache.hardening.yaml]\n'), 'shared/cache.yaml': CACHE, 'shared/cache.hardening.yaml': hardening('!reset []') };
    expect(await findings(files)).toEqual(['shared/cache.yaml:5 note']);
  });

  it('a plain list in the later file is appended: the base mapping still fails', async () => {
    const files = { 'compose.yaml': MAIN('  - path: [shared/cache.yaml, shared/cache.hardening.yaml]\n'), 'shared/cache.yaml': CACHE, 'shared/cache.hardening.yaml': hardening('\n      - "127.0.0.1:6380:6379"') };
    expect(await findings(files)).toContain('shared/cache.yaml:5 fail');
  });

  it('the earlier file of the list does not override the later one (order matters)', async () => {
    const files = { 'compose.yaml': MAIN('  - path: [shared/cache.hardening.yaml, shared/cache.yaml]\n'), 'shared/cache.yaml': CACHE, 'shared/cache.hardening.yaml': hardening('!override\n      - "127.0.0.1:6379:6379"') };
    expect(await findings(files)).toContain('shared/cache.yaml:5 fail');
  });
});
