import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA 52 cliux D7: the check options `sessionNames` (cookie-flags) and `imagePorts` (database-port-exposed) were the only
 * camelCase keys of a checklist, so `session-names` / `image-ports`, the spelling of every other key, was an unknown
 * option. Both spellings are now accepted (the camelCase one keeps existing checklists working); both at once is an error.
 */
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const COMPOSE = 'services:\n  ch:\n    image: clickhouse/clickhouse-server:24.3\n    ports: ["8123:8123"]\n';

describe('kebab-case check options (QA 52 cliux D7)', () => {
  it('session-names and image-ports are read as sessionNames and imagePorts', async () => {
    const kebab = 'version: 1\nitems:\n  - id: c\n    check: cookie-flags\n    options: { session-names: "^sess$" }\n  - id: d\n    check: database-port-exposed\n    options: { ports: [], image-ports: { clickhouse: [8123] } }\n';
    const camel = kebab.replace('session-names', 'sessionNames').replace('image-ports', 'imagePorts');
    const repo = makeRepo({ 'docker-compose.yml': COMPOSE, 'k.yml': kebab, 'c.yml': camel });
    const k = await cli(['--checklist', 'k.yml', '--format', 'json', '--no-probes'], repo);
    expect(k.stderr).toBe('');
    const c = await cli(['--checklist', 'c.yml', '--format', 'json', '--no-probes'], repo);
    const strip = (s: string) => JSON.parse(s).findings.map((f: { item: string; message: string; line: number }) => [f.item, f.message, f.line]);
    expect(strip(k.stdout)).toEqual(strip(c.stdout));
    expect(strip(k.stdout)).toContainEqual(['d', expect.stringContaining('database port 8123 (ClickHouse)'), 4]);
  });

  it('a mistake is named and located as written; both spellings at once is an error', async () => {
    const repo = makeRepo({
      'bad.yml': 'version: 1\nitems:\n  - id: c\n    check: cookie-flags\n    options:\n      session-names: "sess("\n',
      'both.yml': 'version: 1\nitems:\n  - id: c\n    check: cookie-flags\n    options:\n      session-names: "a"\n      sessionNames: "b"\n',
    });
    const bad = await cli(['--checklist', 'bad.yml', '--no-probes'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^preflight: bad\.yml:6:22: options\.session-names for check 'cookie-flags': expected a valid regular expression/);
    const both = await cli(['--checklist', 'both.yml', '--no-probes'], repo);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^preflight: both\.yml:6:7: options 'session-names' and 'sessionNames' for check 'cookie-flags' are one option written two ways: give it once, as 'session-names'/);
  });
});

describe('the checklist JSON Schema knows both spellings (second read 52)', () => {
  it('an editor validating against schemas/checklist.schema.json accepts session-names and image-ports as it does sessionNames and imagePorts', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const fs = await import('node:fs');
    const { parse } = await import('yaml');
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(new URL('../../schemas/checklist.schema.json', import.meta.url), 'utf8')) as object);
    const kebab = 'version: 1\nitems:\n  - id: c\n    check: cookie-flags\n    options: { session-names: "^sess$" }\n  - id: d\n    check: database-port-exposed\n    options: { image-ports: { clickhouse: [8123] } }\n';
    expect(validate(parse(kebab)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(parse(kebab.replace('session-names', 'sessionNames').replace('image-ports', 'imagePorts')))).toBe(true);
    expect(validate(parse(kebab.replace('session-names', 'session-nams')))).toBe(false);
  });
});
