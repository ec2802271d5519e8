import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 fullrepos24 D1: since Phoenix 1.6, `mix phx.new` puts the production endpoint in config/runtime.exs, inside
// `if config_env() == :prod do`. A `debug_errors: true` there is production's, and was not read (only config/prod.exs was).
const endpoint = (opts: string, indent = '  ') => `${indent}config :chat, ChatWeb.Endpoint,\n${indent}  url: [host: System.get_env("PHX_HOST"), port: 443, scheme: "https"],\n${indent}  ${opts}\n`;
const block = (cond: string, body: string) => `if ${cond} do\n${body}end\n`;
const runtime = (body: string) => `import Config\n\n${body}`;

const shown = async (files: Record<string, string>) =>
  (await runCase(debugMode, { name: 'phoenix44', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`);

describe('debug-mode: Phoenix debug_errors in config/runtime.exs', () => {
  it('inside `if config_env() == :prod do` fails at the value', async () => {
    const out = await shown({ 'config/runtime.exs': runtime(block('config_env() == :prod', endpoint('debug_errors: true'))), 'config/prod.exs': 'import Config\n' });
    expect(out).toEqual([
      "config/runtime.exs:6:19 debug_errors: true in config/runtime.exs (if config_env() == :prod) shows Phoenix's debug error page (stack traces, code, params) to every visitor",
    ]);
  });

  it('outside any config_env() condition it applies in production too, and fails', async () => {
    const out = await shown({ 'config/runtime.exs': runtime(endpoint('debug_errors: true', '')) });
    expect(out).toEqual([expect.stringMatching(/^config\/runtime\.exs:5:17 debug_errors: true in config\/runtime\.exs outside any config_env\(\) condition, so in every environment, production included,/)]);
  });

  it('a :dev or :test block, `in [:dev, :test]`, `!= :prod` and a dev-only case clause are development configuration: nothing', async () => {
    for (const cond of ['config_env() == :dev', 'config_env() == :test', 'config_env() in [:dev, :test]', 'config_env() != :prod', 'Config.config_env() == :dev', ':dev == config_env()']) {
      expect(await shown({ 'config/runtime.exs': runtime(block(cond, endpoint('debug_errors: true'))) }), cond).toEqual([]);
    }
    const kase = runtime('case config_env() do\n  :prod ->\n    config :chat, ChatWeb.Endpoint, debug_errors: false\n\n  :dev ->\n    config :chat, ChatWeb.Endpoint, debug_errors: true\nend\n');
    expect(await shown({ 'config/runtime.exs': kase })).toEqual([]);
  });

  it('a case clause for :prod, the fallback clause and the else of a :dev check run in production: they fail', async () => {
    const kase = runtime('case config_env() do\n  :dev ->\n    config :chat, ChatWeb.Endpoint, debug_errors: true\n\n  _ ->\n    config :chat, ChatWeb.Endpoint, debug_errors: true\nend\n');
    expect(await shown({ 'config/runtime.exs': kase })).toEqual([expect.stringMatching(/^config\/runtime\.exs:8:\d+ debug_errors: true in config\/runtime\.exs \(case config_env\(\), _ ->\)/)]);
    const els = runtime('if config_env() == :dev do\n  config :chat, ChatWeb.Endpoint, debug_errors: false\nelse\n  config :chat, ChatWeb.Endpoint, debug_errors: true\nend\n');
    expect(await shown({ 'config/runtime.exs': els })).toEqual([expect.stringMatching(/^config\/runtime\.exs:6:\d+ debug_errors: true in config\/runtime\.exs \(the else of if config_env\(\) == :dev\)/)]);
  });

  it('a condition joined with another test still runs in production; a fn … end inside a :dev block does not end it', async () => {
    const joined = runtime(block('config_env() == :prod and System.get_env("PHX_SERVER")', endpoint('debug_errors: true')));
    expect(await shown({ 'config/runtime.exs': joined })).toHaveLength(1);
    const dev = runtime(block('config_env() == :dev', '  port = fn -> String.to_integer(System.get_env("PORT") || "4000") end\n  if true do\n    :ok\n  end\n' + endpoint('debug_errors: true')));
    expect(await shown({ 'config/runtime.exs': dev })).toEqual([]);
  });

  it('releases.exs (Elixir 1.9–1.10 runtime config), prod.secret.exs and an umbrella app\'s runtime.exs are read the same way', async () => {
    const out = await shown({
      'config/releases.exs': runtime(endpoint('debug_errors: true', '')),
      'config/prod.secret.exs': 'use Mix.Config\n' + endpoint('debug_errors: true', ''),
      'apps/chat_web/config/runtime.exs': runtime(block('config_env() == :prod', endpoint('debug_errors: true'))),
      'config/dev.secret.exs': 'use Mix.Config\n' + endpoint('debug_errors: true', ''),
    });
    expect(out.map((l) => l.split(' ')[0])).toEqual(['apps/chat_web/config/runtime.exs:6:19', 'config/prod.secret.exs:4:17', 'config/releases.exs:5:17']);
  });

  it('config.exs: loaded in every environment, so true fails there unless prod.exs (or runtime.exs for production) sets it back to false', async () => {
    const base = 'import Config\n' + endpoint('debug_errors: true', '') + 'import_config "#{config_env()}.exs"\n';
    expect(await shown({ 'config/config.exs': base, 'config/prod.exs': 'import Config\n' })).toEqual([
      expect.stringMatching(/^config\/config\.exs:4:17 debug_errors: true in config\/config\.exs, which every environment loads, production included,/),
    ]);
    const overridden = await shown({ 'config/config.exs': base, 'config/prod.exs': 'import Config\n' + endpoint('debug_errors: false', '') });
    expect(overridden).toEqual([expect.stringMatching(/^NOTE config\/config\.exs:4:17 debug_errors: true in config\/config\.exs is overridden by config\/prod\.exs:4 \(debug_errors: false\) for production/)]);
    // A false in a development block, or for another endpoint, overrides nothing.
    const devOnly = await shown({ 'config/config.exs': base, 'config/runtime.exs': runtime(block('config_env() == :dev', endpoint('debug_errors: false'))) });
    expect(devOnly.filter((l) => !l.startsWith('NOTE'))).toHaveLength(1);
    const other = await shown({ 'config/config.exs': base, 'config/prod.exs': 'import Config\nconfig :chat, ChatWeb.AdminEndpoint, debug_errors: false\n' });
    expect(other.filter((l) => !l.startsWith('NOTE'))).toHaveLength(1);
  });

  it('prod.exs true that runtime.exs sets to false in its :prod block is a note; the runtime false does not cover staging.exs', async () => {
    const out = await shown({
      'config/prod.exs': 'import Config\n' + endpoint('debug_errors: true', ''),
      'config/staging.exs': 'import Config\n' + endpoint('debug_errors: true', ''),
      'config/runtime.exs': runtime(block('config_env() == :prod', endpoint('debug_errors: false'))),
    });
    expect(out.map((l) => l.split(' ')[0])).toEqual(['NOTE', 'config/staging.exs:4:17']);
    expect(out[0]).toMatch(/^NOTE config\/prod\.exs:4:17 debug_errors: true in config\/prod\.exs is overridden by config\/runtime\.exs:6/);
  });

  it('lookalikes pass: false, a comment, a string, dev.exs and test.exs', async () => {
    const out = await shown({
      'config/runtime.exs': runtime(block('config_env() == :prod', endpoint('debug_errors: false') + '  # debug_errors: true\n  IO.puts("debug_errors: true")\n')),
      'config/dev.exs': 'import Config\n' + endpoint('debug_errors: true', ''),
      'config/test.exs': 'import Config\n' + endpoint('debug_errors: true', ''),
    });
    expect(out).toEqual([]);
  });
});
