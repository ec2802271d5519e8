import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 oss16 D3: the Odoo image's compose layout, `POSTGRES_PASSWORD_FILE=/run/secrets/x` reading a file-based secret that
// holds the `POSTGRES_USER` set beside it, passed: it is `POSTGRES_USER: odoo` with `POSTGRES_PASSWORD: odoo`, moved into a file.
const compose = (env: string[], grant = ['      - postgresql_password'], secrets = ['  postgresql_password:', '    file: odoo_pg_pass']) => [
  'services:', '  db:', '    image: postgres:15', '    restart: always', '    environment:', ...env.map((e) => `      - ${e}`),
  '    secrets:', ...grant, 'secrets:', ...secrets, ''].join('\n');
const odoo = compose(['POSTGRES_USER=odoo', 'POSTGRES_PASSWORD_FILE=/run/secrets/postgresql_password']);
const run = async (files: Record<string, string>) => ({
  defaults: (await runCase(defaultCredentials, { name: 'secret-user46', files })).findings,
  secrets: (await runCase(hardcodedSecret, { name: 'secret-user46', files })).findings,
});

describe('default-credentials: a compose secret file read by *_PASSWORD_FILE equal to the user name beside it (QA45 oss16 D3)', () => {
  it("Odoo's layout fails at the secret file's value, naming the user key and the variable, never the value", async () => {
    const { defaults, secrets } = await run({ 'docker-compose.yml': odoo, odoo_pg_pass: 'odoo\n' });
    expect(defaults.map((f) => `${f.file}:${f.line}:${f.column}:${f.note ?? false}`)).toEqual(['odoo_pg_pass:1:1:false']);
    expect(defaults[0]!.message).toMatch(/compose secret 'postgresql_password' \(docker-compose\.yml\) is set to the user name of POSTGRES_USER \(service 'db' reads it by POSTGRES_PASSWORD_FILE\)/);
    expect(defaults[0]!.message).not.toMatch(/\bodoo\b/);
    expect(secrets).toEqual([]);
  });

  it('a random-looking value equal to the user name is this check\'s, not hardcoded-secret\'s; a long-syntax target and a map environment are read', async () => {
    const user = 'q7VxL2mP9tRz4KwB';
    const text = ['services:', '  db:', '    image: postgres:15', '    environment:', `      POSTGRES_USER: ${user}`, '      POSTGRES_PASSWORD_FILE: /run/secrets/pg', '    secrets:',
      '      - source: db_password', '        target: pg', 'secrets:', '  db_password:', '    file: ./secrets/db_password.txt', ''].join('\n');
    const { defaults, secrets } = await run({ 'docker-compose.yml': text, 'secrets/db_password.txt': `${user}\n` });
    expect(defaults.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['secrets/db_password.txt:1:1']);
    expect(secrets).toEqual([]);
  });

  it('the lookalikes pass: another value, a path no granted secret provides, a secret the service is not granted, a user key read from no file', async () => {
    const strong = 'q7VxL2mP9tRz4KwB';
    // Another value: hardcoded-secret's committed secret, not a default.
    const other = await run({ 'docker-compose.yml': odoo, odoo_pg_pass: `${strong}\n` });
    expect(other.defaults).toEqual([]);
    expect(other.secrets.map((f) => `${f.file}:${f.line}`)).toEqual(['odoo_pg_pass:1']);
    // `*_FILE` at a path no compose secret provides (a mounted volume, Docker swarm's external secret).
    for (const env of [['POSTGRES_USER=odoo', 'POSTGRES_PASSWORD_FILE=/run/secrets/other'], ['POSTGRES_USER=odoo', 'POSTGRES_PASSWORD_FILE=/etc/pg/password']])
      expect((await run({ 'docker-compose.yml': compose(env), odoo_pg_pass: 'odoo\n' })).defaults, env.join(' ')).toEqual([]);
    // The secret is defined but not granted to the service: no file at /run/secrets/… in its container.
    expect((await run({ 'docker-compose.yml': compose(['POSTGRES_USER=odoo', 'POSTGRES_PASSWORD_FILE=/run/secrets/postgresql_password'], ['      - other']), odoo_pg_pass: 'odoo\n' })).defaults).toEqual([]);
    // An external secret (no committed file) and a user name that differs.
    expect((await run({ 'docker-compose.yml': compose(['POSTGRES_USER=odoo', 'POSTGRES_PASSWORD_FILE=/run/secrets/postgresql_password'], undefined, ['  postgresql_password:', '    external: true']) })).defaults).toEqual([]);
    expect((await run({ 'docker-compose.yml': compose(['POSTGRES_USER=admin1', 'POSTGRES_PASSWORD_FILE=/run/secrets/postgresql_password']), odoo_pg_pass: 'odoo\n' })).defaults).toEqual([]);
  });

  it('a secret file that is already a listed default is reported once, as that default', async () => {
    const { defaults } = await run({ 'docker-compose.yml': compose(['POSTGRES_USER=postgres', 'POSTGRES_PASSWORD_FILE=/run/secrets/postgresql_password']), odoo_pg_pass: 'postgres\n' });
    expect(defaults.map((f) => `${f.file}:${f.line}`)).toEqual(['odoo_pg_pass:1']);
  });
});
