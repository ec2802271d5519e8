import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA40 oss2 D1, D2: OpenProject's stock `p4ssw0rd` and its `OVERWRITE_ME` placeholder are defaults, not secrets.
const compose = (env: string) => `services:\n  web:\n    image: openproject/openproject:15-slim\n    environment:\n${env}`;
const lines = async (files: Record<string, string>) => {
  const [d, h] = await Promise.all([runCase(defaultCredentials, { name: 'd', files }), runCase(hardcodedSecret, { name: 'h', files })]);
  return { defaults: d.findings.filter((f) => !f.note).map((f) => `${f.line}:${f.column} ${f.message}`), secrets: h.findings.filter((f) => !f.note).map((f) => `${f.line}`) };
};

describe('default-credentials: more stock values', () => {
  it('p4ssw0rd as a password and in a database URL is a default (high), not a critical hard-coded secret', async () => {
    const out = await lines({ 'docker-compose.yml': compose('      POSTGRES_PASSWORD: p4ssw0rd\n      DATABASE_URL: postgres://app:p4ssw0rd@db/openproject\n') });
    expect(out.defaults).toEqual([expect.stringMatching(/^5:26 POSTGRES_PASSWORD .* well-known default value/), expect.stringMatching(/^6:21 DATABASE_URL .* well-known default value in its postgres:\/\/ URL/)]);
    expect(out.secrets).toEqual([]);
  });

  it('OVERWRITE_ME, literal and as a fallback, is a placeholder; a real value is not', async () => {
    const out = await lines({ 'docker-compose.yml': compose('      SECRET_KEY_BASE: OVERWRITE_ME\n      OTHER_SECRET: ${OTHER_SECRET:-OVERWRITE_ME}\n') });
    expect(out.defaults.map((l) => l.split(' ')[0])).toEqual(['5:24', '6:21']);
    expect((await lines({ 'docker-compose.yml': compose('      SECRET_KEY_BASE: ${SECRET_KEY_BASE:?set it}\n      OVERWRITE_POLICY: merge\n') })).defaults).toEqual([]);
  });
});
