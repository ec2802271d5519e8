import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { isReference, isTokenPlaceholder, looksLikeUrlPassword, passwordFromUserName } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole.
const k1 = ['Hq7W', 'n3Lm', '5Xc9', 'Vb2R', 't8Yz'].join('');
const k2 = ['Jq7W', 'n3Lm', '5Xc9', 'Vb2R', 't8Yz4'].join('');
const k3 = ['Pq9W', 'n3Lm', '5Xc7', 'Vb2R', 't8Ya4'].join('');
const letters = ['hTqW', 'mZeK', 'bRoV', 'fYxN'].join('');

type F = { file?: string | null; line?: number | null; column?: number | null; message: string };
/** The text at each finding's file:line:column (6 characters) and its message's first words. */
const located = (files: Record<string, string>, findings: F[]) =>
  findings.map((f) => {
    const line = files[f.file!]!.split('\n')[f.line! - 1]!;
    return `${f.file}:${f.line} ${line.slice(f.column! - 1, f.column! + 5)} ${f.message.split(' ').slice(0, 2).join(' ')}`;
  }).sort();

describe('token-replacement placeholders are placeholders in every file kind (QA38 secrets11 D1)', () => {
  it('recognises a name between replacement delimiters, not a random value that starts and ends with them', () => {
    for (const v of ['__API_TOKEN__', '@@JWT_SECRET@@', '%REDIS_PASSWORD%', '__SendGridApiKey__', '__OAUTH2_CLIENT_SECRET__', '__db.password__', '__STRIPE_KEY_2__', '__POSTGRES_PASSWORD__', '%SENDGRID_API_KEY%']) {
      expect(isTokenPlaceholder(v), v).toBe(true);
      expect(isReference(v), v).toBe(true);
    }
    for (const v of [`__${k1}__`, `@@${k2}@@`, `%${k3}%`, `__${letters}__`, '__QWJXKZPLMNRT__', '__API_TOKEN', 'API_TOKEN__', '__9API__', '___API___', '__API__TOKEN__', '% API %']) {
      expect(isTokenPlaceholder(v), v).toBe(false);
    }
  });

  it('passes them in a dotenv template and a committed .env.production, as #{X}# and $(X) pass', async () => {
    const env = 'LOG_LEVEL=info\nAPI_TOKEN=__API_TOKEN__\nJWT_SECRET=@@JWT_SECRET@@\nREDIS_PASSWORD=%REDIS_PASSWORD%\nDB_PASSWORD=#{DB_PASSWORD}#\nSECRET_KEY=$(SECRET_KEY)\nSENDGRID_API_KEY=__SendGridApiKey__\n';
    const files = {
      '.gitignore': '.env\n.env.production\n',
      'deploy/.env.production.tmpl': env,
      'deploy/.env.production': env,
      'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0.0\n    environment:\n      - API_TOKEN=__API_TOKEN__\n      - REDIS_PASSWORD=%REDIS_PASSWORD%\n      - DATABASE_URL=postgres://app:__DB_PASSWORD__@db.prod.internal:5432/app\n',
      'Api/appsettings.Production.json': '{\n  "SendGrid": { "ApiKey": "__SendGridApiKey__" },\n  "Jwt": { "Key": "@@JwtSigningKey@@" }\n}\n',
    };
    expect((await runCase(hardcodedSecret, { name: 'tokens', files })).findings).toEqual([]);
    expect((await runCase(defaultCredentials, { name: 'tokens-dc', files })).findings).toEqual([]);
  });

  it('still reports a real secret that merely starts and ends with the delimiters', async () => {
    const files = {
      '.env.production': `API_TOKEN=__${k1}__\nJWT_SECRET=@@${k2}@@\nREDIS_PASSWORD=%${k3}%\nSESSION_SECRET=__${letters}__\n`,
      'docker-compose.yml': `services:\n  api:\n    image: acme/api:1.0.0\n    environment:\n      API_SECRET: __${k2}__\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'wrapped', files });
    expect(located(files, out.findings)).toEqual([
      `.env.production:1 __${k1.slice(0, 4)} 'API_TOKEN' is`,
      `.env.production:2 @@${k2.slice(0, 4)} 'JWT_SECRET' is`,
      `.env.production:3 %${k3.slice(0, 5)} 'REDIS_PASSWORD' is`,
      `.env.production:4 __${letters.slice(0, 4)} 'SESSION_SECRET' is`,
      `docker-compose.yml:5 __${k2.slice(0, 4)} 'API_SECRET' is`,
    ]);
  });
});

describe('a URL password made from its user name is a default credential, not a hardcoded secret (QA38 secrets11 D2)', () => {
  it('applies the shared user-name rule to a URL\'s userinfo', () => {
    expect(passwordFromUserName('mmuser_password', 'mmuser')).toBe('suffix');
    expect(passwordFromUserName('app123', 'app')).toBe('suffix');
    expect(passwordFromUserName('app', 'app')).toBe('equal');
    expect(passwordFromUserName(`mmuser_${k1}`, 'mmuser')).toBeNull();
    expect(looksLikeUrlPassword('mmuser', 'mmuser_password')).toBe(false);
    expect(looksLikeUrlPassword('shop', 'shop_password')).toBe(false);
    expect(looksLikeUrlPassword('mmuser', k1)).toBe(true);
    expect(looksLikeUrlPassword('mmuser', `mmuser_${k1}`)).toBe(true);
  });

  const files = {
    '.gitignore': '.env\n',
    'docker-compose.yml': [
      'services:',
      '  mattermost:',
      '    image: mattermost/mattermost-team-edition:9.8.0',
      '    environment:',
      '      MM_SQLSETTINGS_DATASOURCE: postgres://mmuser:mmuser_password@postgres:5432/mattermost?sslmode=disable',
      '  api:',
      '    image: acme/api:1.0.0',
      '    environment:',
      '      DATABASE_URL: postgres://app:app123@postgres:5432/app',
      '      ORDERS_URL: postgres://shop:shop_password@orders-db.prod.internal:5432/shop',
      '      JDBC_URL: jdbc:postgresql://orders-db.prod.internal:5432/shop?user=shop&password=shop_password',
      '      MYSQL_DSN: shop:shop_password@tcp(orders-db.prod.internal:3306)/shop',
      `      REAL_URL: postgres://mmuser:${k1}@orders-db.prod.internal:5432/mattermost`,
      `      PREFIXED_URL: postgres://mmuser:mmuser_${k2}@orders-db.prod.internal:5432/mattermost`,
      '',
    ].join('\n'),
    'app/db.py': 'from sqlalchemy import create_engine\nengine = create_engine("postgresql://shop:shop_password@orders-db.prod.internal:5432/shop")\n',
  };

  it('reports weak and user-derived URL passwords once, in default-credentials, at the password', async () => {
    const dc = await runCase(defaultCredentials, { name: 'dc', files });
    expect(located(files, dc.findings)).toEqual([
      'app/db.py:2 postgr the postgresql://',
      'docker-compose.yml:10 postgr ORDERS_URL (service',
      'docker-compose.yml:11 jdbc:p JDBC_URL (service',
      'docker-compose.yml:12 shop:s MYSQL_DSN (service',
      'docker-compose.yml:5 postgr MM_SQLSETTINGS_DATASOURCE (service',
      'docker-compose.yml:9 postgr DATABASE_URL (service',
    ]);
    expect(dc.findings.find((f) => f.line === 5)!.message).toMatch(/user name followed by a password word or a counting run in its postgres:\/\/ URL/);
  });

  it('leaves them to default-credentials and still reports strong URL passwords as hardcoded-secret', async () => {
    const hs = await runCase(hardcodedSecret, { name: 'hs', files });
    expect(located(files, hs.findings)).toEqual([
      `docker-compose.yml:13 ${k1.slice(0, 6)} a postgres://`,
      `docker-compose.yml:14 mmuser a postgres://`,
    ]);
  });
});
