import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA 53 conformance D3: schemas/checklist.schema.json accepted checklists the CLI refuses (exit 2): a `probes.url` that is
 * no http(s) URL (`ftp://…`) and a check option written both ways (`session-names` beside `sessionNames`). The schema now
 * carries a pattern on the URL scheme and `not: { required: [kebab, camel] }`, and agrees with the CLI on these.
 */
const schema = JSON.parse(fs.readFileSync(new URL('../../schemas/checklist.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

async function cliCode(text: string): Promise<number> {
  const repo = makeRepo({ 'a.txt': 'x\n', 'c.yml': text });
  return main(['--checklist', 'c.yml', '--format', 'json', '--no-probes'], { stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd: repo });
}

const probes = (key: string, url: string) => `version: 1\nprobes:\n  ${key}: ${JSON.stringify(url)}\nitems:\n  - {id: h, check: health-endpoint}\n`;
const cookie = (options: string) => `version: 1\nitems:\n  - id: c\n    check: cookie-flags\n    options: { ${options} }\n`;

describe('the checklist JSON Schema refuses what the CLI refuses (QA 53 conformance D3)', () => {
  const refused = [
    probes('url', 'ftp://staging.example.com'),
    probes('url', 'staging.example.com'),
    probes('url', 'file:///etc/passwd'),
    probes('http-url', 'https://staging.example.com'),
    probes('http-url', 'ftp://staging.example.com'),
    cookie('session-names: "sess", sessionNames: "sid"'),
    'version: 1\nitems:\n  - id: d\n    check: database-port-exposed\n    options: { image-ports: { clickhouse: [8123] }, imagePorts: { clickhouse: [8124] } }\n',
    'version: 1\nitems:\n  - id: c\n    check: [cookie-flags, cors-wildcard]\n    options:\n      cookie-flags: { session-names: "a", sessionNames: "b" }\n',
  ];
  const accepted = [
    probes('url', 'https://staging.example.com'),
    probes('url', 'http://127.0.0.1:8080/'),
    probes('url', 'HTTPS://STAGING.example.com'),
    probes('url', '${PREFLIGHT_URL}'),
    probes('url', 'https://${PREFLIGHT_HOST}/'),
    probes('http-url', 'http://staging.example.com'),
    probes('http-url', '${PREFLIGHT_HTTP_URL}'),
    cookie('session-names: "sess"'),
    cookie('sessionNames: "sess"'),
  ];

  it('the schema refuses them, and the CLI exits 2 on each', async () => {
    for (const text of refused) {
      expect(validate(parse(text)), text).toBe(false);
      expect(await cliCode(text), text).toBe(2);
    }
  });

  it('the schema still accepts the valid spellings, and the CLI runs them', async () => {
    for (const text of accepted) {
      expect(validate(parse(text)), `${text}\n${JSON.stringify(validate.errors)}`).toBe(true);
      expect(await cliCode(text), text).not.toBe(2);
    }
  });
});
