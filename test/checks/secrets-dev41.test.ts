import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA41 (fullrepos20 D4): the `secret_key_base` that `mix phx.new` writes into Phoenix's `config/dev.exs` (and `rails new`
// 4.1–5.1 into the `development:` section of `config/secrets.yml`) signs only the local development server's cookies: a
// framework's development key, as Django's `django-insecure-` one, is a note. The same key in production configuration, any
// other secret-named value in a development file, and a provider token's format there still fail. Test files are not
// searched for secret-named assignments, so the literals below cannot fail Preflight's own run.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { files });
  expect(out.error).toBeUndefined();
  return [...out.findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
const key = (n: number) => `Xq3m1nT8rV2pL9wK6yB4cF7hJ0dS5gA1zE8uN3oR6tY9iP2lM5kQ7vW4xC0bH1j${n}`.slice(0, 64);
const endpoint = (value: string, extra = '') => [
  'import Config',
  'config :my_app, MyAppWeb.Endpoint,',
  '  http: [ip: {127, 0, 0, 1}, port: 4000],',
  '  check_origin: false,',
  '  code_reloader: true,',
  '  debug_errors: true,',
  `  secret_key_base: "${value}",`,
  '  watchers: []',
  extra,
].join('\n');

describe('hardcoded-secret: a framework\'s generated development key is a note (D4)', () => {
  it('Phoenix\'s config/dev.exs secret_key_base (also an umbrella app\'s) is an info note at the value', async () => {
    const findings = await run({ 'config/dev.exs': endpoint(key(1)), 'apps/web/config/dev.exs': endpoint(key(2)), 'config/test.exs': endpoint(key(3)) });
    expect(findings.map((f) => [f.file, f.line, f.column, f.note ?? false])).toEqual([
      ['apps/web/config/dev.exs', 7, 21, true],
      ['config/dev.exs', 7, 21, true],
    ]);
    expect(findings[1]!.message).toMatch(/^Phoenix's development secret_key_base \(config\/dev\.exs, written by mix phx\.new\)/);
    expect(findings[1]!.message).not.toContain(key(1));
  });

  it('the key in config/prod.exs, config/runtime.exs or config/config.exs still fails', async () => {
    const findings = await run({ 'config/prod.exs': endpoint(key(4)), 'config/runtime.exs': endpoint(key(5)), 'config/config.exs': endpoint(key(6)) });
    expect(findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([
      ['config/config.exs', 7, false], ['config/prod.exs', 7, false], ['config/runtime.exs', 7, false],
    ]);
    expect(findings[0]!.message).toMatch(/^'secret_key_base' is assigned a hard-coded secret value; revoke\/rotate/);
  });

  it('other secrets in config/dev.exs still fail: another secret-named key, a provider token, a token as the key', async () => {
    const aws = ['AKIA', 'Q3ZK7N2XW5', 'RT4MVB'].join('');
    const ghp = ['ghp_', 'Hk2Lp7Nz4Xq9', 'Wm5RZk4Qm8Xw', '2Lr7Vn3Tp9Bc'].join('');
    const findings = await run({
      'config/dev.exs': endpoint(key(7), [
        'config :my_app, MyApp.Guardian, issuer: "my_app", secret_key: "Gd7vN2xLr7Wp4KdQz8Mv3Kx1Lp6Rt4W"',
        `config :ex_aws, access_key_id: "${aws}"`,
      ].join('\n')),
      'apps/api/config/dev.exs': endpoint(ghp),
    });
    expect(findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([
      ['apps/api/config/dev.exs', 7, false],
      ['config/dev.exs', 7, true],
      ['config/dev.exs', 9, false],
      ['config/dev.exs', 10, false],
    ]);
  });

  it('Rails\' config/secrets.yml: the development section\'s secret_key_base is a note, production\'s and other development secrets fail', async () => {
    const dev = 'a3b7cd727ee24e8444053437c36cc66c3b7cd727ee24e8444053437c36cc66c3b7cd727ee24e8444053437c36cc66c3b7cd727ee24e8444053437c36cc66c';
    const findings = await run({
      'config/secrets.yml': [
        'development:',
        `  secret_key_base: ${dev}`,
        '  payment_api_secret: Pk7vN2xLr7Wp4KdQz8Mv3Kx1',
        '',
        'test:',
        `  secret_key_base: ${dev.replace(/a/g, 'b')}`,
        '',
        'production:',
        `  secret_key_base: ${dev.replace(/c/g, 'd')}`,
        '',
      ].join('\n'),
    });
    expect(findings.map((f) => [f.line, f.note ?? false])).toEqual([[2, true], [3, false], [9, false]]);
    expect(findings[0]!.message).toMatch(/^Rails' development secret_key_base/);
  });
});
