import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import type { CheckDef } from '../../src/checks/define.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 secrets17: a password that names a setting is one default-credentials finding (D2), provider tokens in notebook
// markdown and raw cells (D1), default passwords on the command lines of the scripts production starts (D3), Google's
// example app password (D4) and YAML block scalars reported at their value (D6). Test files are searched for token
// formats: the tokens below are built at run time, so this file holds none.
const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'secrets44', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note)
    .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const at = (findings: Awaited<ReturnType<typeof run>>) => findings.map((f) => `${f.file}:${f.line}:${f.column}`);
/** A deterministic random-looking string of `n` characters of `alphabet`. */
const random = (seed: number, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') => {
  let x = seed * 2654435761 + 12345;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[Math.floor((x / 2147483648) * alphabet.length)];
  }
  return out;
};
/** Where `value` starts in `text`, as `file:line:column`. */
const where = (file: string, text: string, value: string, from = 0) => {
  const i = text.indexOf(value, from);
  expect(i, value).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return `${file}:${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
};

describe('a password setting that names a setting is one default-credentials finding, in every file kind (D2)', () => {
  const strong = `${random(1, 18)}7q`;
  const env = `REDIS_PASSWORD=redis_password\nRABBITMQ_PASSWORD=rabbitmq_pass\nDB_PASSWORD=production_db_password\nCACHE_PASSWORD=${strong}\nJWT_SECRET=jwt_secret_production\n`;
  const compose = 'services:\n  cache:\n    image: redis:7.2.4\n    command: redis-server --requirepass redis_password\n  c2:\n    image: redis:7.2.4\n    command: ["redis-server", "--requirepass", "cache_pass"]\n' +
    `  c3:\n    image: redis:7.2.4\n    command: redis-server --requirepass ${strong}\n`;

  it('a production env file: default-credentials alone reports the setting names; a real value and another name stay secrets', async () => {
    const files = { '.env.production': env };
    expect(at(await run(hardcodedSecret, files))).toEqual([where('.env.production', env, strong), where('.env.production', env, 'jwt_secret_production')]);
    const dc = await run(defaultCredentials, files);
    expect(at(dc)).toEqual([where('.env.production', env, 'redis_password'), where('.env.production', env, 'rabbitmq_pass'), where('.env.production', env, 'production_db_password')]);
    for (const f of dc) expect(f.message).toContain('a placeholder that names a setting');
  });

  it("Redis' requirepass in compose and redis.conf: the setting's name is default-credentials', a real value hardcoded-secret's", async () => {
    const conf = 'bind 0.0.0.0\nrequirepass redis_password\nmasterauth replica_password\n';
    const files = { 'docker-compose.yml': compose, 'redis/redis.conf': conf };
    expect(at(await run(hardcodedSecret, files))).toEqual([where('docker-compose.yml', compose, strong)]);
    const dc = await run(defaultCredentials, files);
    expect(at(dc)).toEqual([where('docker-compose.yml', compose, 'redis_password'), where('docker-compose.yml', compose, 'cache_pass'), where('redis/redis.conf', conf, 'redis_password'), where('redis/redis.conf', conf, 'replica_password')]);
    for (const f of dc) expect(f.message).toContain('the Redis password (requirepass) is set to a placeholder that names a setting');
  });

  it('lookalikes stay hardcoded-secret\'s: capitals, a random tail, a kebab-case value, a name whose last word is no password word', async () => {
    const e = 'ADMIN_PASSWORD=Production_Db_Password\nDB_PASSWORD=db_password_2024x\nAPI_SECRET=app_client_secret\nSMTP_PASSWORD=app-mail-password\n';
    expect(at(await run(hardcodedSecret, { '.env.production': e }))).toEqual([1, 2, 3, 4].map((l) => `.env.production:${l}:${e.split('\n')[l - 1]!.indexOf('=') + 2}`));
    expect(at(await run(defaultCredentials, { '.env.production': e }))).toEqual([]);
  });
});

describe('provider tokens in notebook markdown and raw cells are found, as in a README (D1)', () => {
  const ghp = ['gh', 'p_', random(2, 36)].join('');
  const xoxb = ['xo', 'xb-', '2818383613', '-', '3667862057703', '-', random(3, 24)].join('');
  const akia = ['AK', 'IA', random(4, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')].join('');
  const assigned = `${random(5, 22)}9k`;
  const nb = (cells: string[]) => `{\n "cells": [\n${cells.join(',\n')}\n ],\n "metadata": {},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
  const cell = (type: string, lines: string[]) => `  {\n   "cell_type": "${type}",\n   "metadata": {},\n${type === 'code' ? '   "execution_count": null,\n   "outputs": [],\n' : ''}   "source": [\n${lines.map((l) => `    ${JSON.stringify(l)}`).join(',\n')}\n   ]\n  }`;

  it('markdown and raw cells (nbformat layout and compact): each token at its line and column', async () => {
    const a = nb([
      cell('markdown', ['## Setup\n', `Token: ${ghp}\n`]),
      cell('markdown', [`Slack \`${xoxb}\`\n`]),
      cell('raw', [`AWS ${akia}\n`]),
      cell('code', ['import os\n', 'print(1)\n']),
    ]);
    const b = JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['## Setup\n', `Token: ${ghp}\n`] }, { cell_type: 'markdown', metadata: {}, source: [`Slack "${xoxb}"\n`] }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    // A cell's source as one string: the token right after a `\n` escape.
    const c = JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: `## Setup\n${ghp}` }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    const found = await run(hardcodedSecret, { 'a.ipynb': a, 'b.ipynb': b, 'c.ipynb': c });
    expect(at(found)).toEqual([where('a.ipynb', a, ghp), where('a.ipynb', a, xoxb), where('a.ipynb', a, akia), where('b.ipynb', b, ghp), where('b.ipynb', b, xoxb), where('c.ipynb', c, ghp)]);
    expect(found.map((f) => f.message.split(' (')[0])).toEqual(['GitHub token', 'Slack token', 'AWS access key id', 'GitHub token', 'Slack token', 'GitHub token']);
  });

  it('prose stays documentation: a secret-named assignment in a markdown cell is no finding, in a code cell it is', async () => {
    const text = nb([cell('markdown', ['Set it like this:\n', `API_TOKEN = "${assigned}"\n`]), cell('code', [`API_TOKEN = "${assigned}"\n`])]);
    const found = await run(hardcodedSecret, { 'setup.ipynb': text });
    expect(found.map((f) => f.line)).toEqual([where('setup.ipynb', text, assigned, text.indexOf('"code"')).split(':').map(Number)[1]]);
  });
});

describe('default passwords on the command lines of the scripts production starts (D3)', () => {
  const backup = '#!/bin/sh\nset -e\nmysqldump -uroot -pchangeme app > /backup/app.sql\nPGPASSWORD=postgres pg_dump -h db -U postgres app > /backup/pg.sql\ndocker login -u admin -p admin registry.acme.io\n';
  const dockerfile = 'FROM alpine:3.19\nCOPY backup.sh /\nUSER 1000\nENTRYPOINT ["/backup.sh"]\n';
  const expected = (file: string) => [where(file, backup, 'changeme'), where(file, backup, 'postgres pg_dump'), where(file, backup, 'admin registry')];

  it('a script a Dockerfile ENTRYPOINT starts is judged whatever host it names; so is an entrypoint script by its name', async () => {
    const found = await run(defaultCredentials, { Dockerfile: dockerfile, 'backup.sh': backup });
    expect(at(found)).toEqual(expected('backup.sh'));
    expect(found.map((f) => f.message.split(' is set to')[0])).toEqual(['the password given to a mysql client (-p/--password=)', 'the password PGPASSWORD gives a PostgreSQL client', 'the password given to a registry login (login -p)']);
    expect(at(await run(defaultCredentials, { 'docker/entrypoint.sh': backup }))).toEqual(expected('docker/entrypoint.sh'));
  });

  it("a client's -p that names a setting is a placeholder, default-credentials' where it reads the command (D2); hardcoded-secret reports only a real one", async () => {
    const strong = `${random(11, 18)}7q`;
    const script = `#!/bin/sh\nmysqldump -h db.prod.acme.io -uapp -papp_db_password app > /tmp/a.sql\nmysql -h db.prod.acme.io -uapp -p${strong} -e 'select 1'\n`;
    const files = { 'scripts/backup.sh': script };
    expect(at(await run(hardcodedSecret, files))).toEqual([where('scripts/backup.sh', script, strong)]);
    expect(at(await run(defaultCredentials, files))).toEqual([where('scripts/backup.sh', script, 'app_db_password')]);
  });

  it('lookalikes pass: the same script started by nothing, one named for development, a Makefile recipe', async () => {
    const files = { 'scripts/backup.sh': backup, 'docker/entrypoint.dev.sh': backup, Makefile: 'backup:\n\tmysql -uroot -pchangeme -e "select 1"\n' };
    expect(at(await run(defaultCredentials, files))).toEqual([]);
  });
});

describe("Google's example app password is a filler in a dotenv file too (D4)", () => {
  it('abcd efgh ijkl mnop, a keyboard row or a repeated group passes; a random app password and a passphrase still fail', async () => {
    const app = 'qzvx hwlp nrtk bmdy';
    const text = `EMAIL_HOST_PASSWORD=abcd efgh ijkl mnop\nSMTP_PASSWORD=qwer tyui opas dfgh\nMAIL_PASSWORD=abcd abcd abcd abcd\nGMAIL_APP_PASSWORD=${app}\nDB_PASSWORD=amber falcon ridge lantern\n`;
    expect(at(await run(hardcodedSecret, { '.env.production': text }))).toEqual([where('.env.production', text, app), where('.env.production', text, 'amber')]);
  });
});

describe('a filler is the whole value, not a part of it (QA44 sweep R2)', () => {
  it('a keyboard run or alphabet group beside a random group is still a password', async () => {
    const text = 'SMTP_PASSWORD=qwerty 7Hq2Lm9xZp4\nMAIL_PASSWORD=qwer tyui 8f3k Q9zL\nDB_PASSWORD=abcd efgh 8f3k Q9zL\n';
    expect(at(await run(hardcodedSecret, { '.env.production': text }))).toEqual(['.env.production:1:15', '.env.production:2:15', '.env.production:3:13']);
  });
});

describe('a YAML block scalar is reported at its value, below the key (D6)', () => {
  it('one line or several: where the text starts; a provider token there once, by its rule', async () => {
    const one = `${random(6, 22)}4x`;
    const two = [`${random(7, 20)}3`, `${random(8, 20)}5`];
    const ghp = ['gh', 'p_', random(9, 36)].join('');
    const text = `database:\n  password: |\n    ${one}\nsigning_key: >-\n\n  ${two[0]}\n  ${two[1]}\napi:\n  token: |\n    ${ghp}\n`;
    const found = await run(hardcodedSecret, { 'config/app.yaml': text });
    expect(at(found)).toEqual([where('config/app.yaml', text, one), where('config/app.yaml', text, two[0]!), where('config/app.yaml', text, ghp)]);
    expect(found.map((f) => f.message.split(';')[0])).toEqual(["'password' is assigned a hard-coded secret value", "'signing_key' is assigned a hard-coded secret value", 'GitHub token (ghp_…) committed in plain text']);
  });

  it("a Secret's stringData block scalar stays one finding, at its key", async () => {
    const v = `${random(10, 22)}8m`;
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  password: |\n    ${v}\n`;
    expect(at(await run(hardcodedSecret, { 'k8s/secret.yaml': text }))).toEqual(['k8s/secret.yaml:6:3']);
  });
});
