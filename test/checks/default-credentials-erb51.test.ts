import { expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D11: Rails config/database.yml: a production password whose ERB read falls back to the user name beside it
// (`<%= ENV.fetch("DB_PASSWORD", "shop") %>`, `{ "shop" }`, `ENV["DB_PASSWORD"] || "shop"`) is judged as the same literal is.
const db = (user: string, password: string) => `default: &default\n  adapter: postgresql\n  username: ${user}\n  password: ${password}\nproduction:\n  <<: *default\n  database: shop_prod\n`;
const found = async (files: Record<string, string>) => {
  const out = await runCase(defaultCredentials, { name: 'database.yml erb', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? defaultCredentials.severity)} ${f.message}`).sort();
};

it('a password whose ERB fallback is the user name fails, as the literal does', async () => {
  expect(await found({
    'a/config/database.yml': db('shop', '<%= ENV.fetch("DATABASE_PASSWORD", "shop") %>'),
    'b/config/database.yml': db('shop', '<%= ENV.fetch("DATABASE_PASSWORD") { "shop" } %>'),
    'c/config/database.yml': db('shop', '<%= ENV["DATABASE_PASSWORD"] || "shop" %>'),
    // The user name read with a fallback too.
    'd/config/database.yml': db('<%= ENV.fetch("DATABASE_USER", "app") %>', '<%= ENV.fetch("DATABASE_PASSWORD", "app") %>'),
    'e/config/database.yml': db('shop', 'shop'),
  })).toEqual([
    'a/config/database.yml:4 high production.password falls back to the user name of username when DATABASE_PASSWORD is unset',
    'b/config/database.yml:4 high production.password falls back to the user name of username when DATABASE_PASSWORD is unset',
    'c/config/database.yml:4 high production.password falls back to the user name of username when DATABASE_PASSWORD is unset',
    'd/config/database.yml:4 high production.password falls back to the user name of username when DATABASE_PASSWORD is unset',
    'e/config/database.yml:4 high production.password is set to the user name of username',
  ].map((m) => expect.stringMatching(new RegExp(`^${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))));
});

it('passes a fallback unlike the user name, a read without fallback, another ERB expression and a development section', async () => {
  expect(await found({
    'a/config/database.yml': db('shop', '<%= ENV.fetch("DATABASE_PASSWORD", "Zq8v-shop-4Lw") %>'),
    'b/config/database.yml': db('shop', '<%= ENV.fetch("DATABASE_PASSWORD") %>'),
    'c/config/database.yml': db('<%= ENV["DATABASE_USER"] %>', '<%= ENV["DATABASE_USER"] %>'),
    'd/config/database.yml': db('shop', '<%= Rails.application.credentials.dig(:db, :password) || "shop" %>'),
    'e/config/database.yml': 'development:\n  adapter: postgresql\n  username: shop\n  password: <%= ENV.fetch("DATABASE_PASSWORD", "shop") %>\n',
  })).toEqual([]);
});
