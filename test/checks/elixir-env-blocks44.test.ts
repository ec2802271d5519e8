import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 fullrepos24 D1 (the same reading in the other checks that read Elixir config files): a `:dev`/`:test` block of
// config/runtime.exs (or config.exs) is development configuration, as config/dev.exs is; its `:prod` block and what sits
// outside any config_env() condition are production's.
const block = (cond: string, body: string) => `import Config\n\nif ${cond} do\n${body}end\n`;

describe('cors-wildcard: config :cors_plug in a development block of runtime.exs', () => {
  const endpoint = 'defmodule HelloWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :hello\n\n  plug CORSPlug\n  plug HelloWeb.Router\nend\n';
  const shown = async (files: Record<string, string>) => (await runCase(corsWildcard, { name: 'cors44', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(';')[0]}`);

  it('a wildcard set only for development is not production\'s: not a finding', async () => {
    for (const cond of ['config_env() == :dev', 'config_env() in [:dev, :test]', 'config_env() != :prod']) {
      expect(await shown({ 'config/runtime.exs': block(cond, '  config :cors_plug, origin: ["*"]\n') }), cond).toEqual([]);
    }
  });

  it('an allow-list set only for development does not configure the bare plug in production: the plug still fails', async () => {
    expect(await shown({ 'lib/hello_web/endpoint.ex': endpoint, 'config/runtime.exs': block('config_env() == :dev', '  config :cors_plug, origin: ["http://localhost:4000"]\n') }))
      .toEqual(['lib/hello_web/endpoint.ex:4 plug CORSPlug without origin allows any origin (its default is "*")']);
  });

  it('the :prod block still counts both ways: its wildcard fails, its allow-list configures the plug', async () => {
    expect(await shown({ 'config/runtime.exs': block('config_env() == :prod', '  config :cors_plug, origin: "*"\n') })).toEqual(['config/runtime.exs:4 config :cors_plug origin: "*" allows any origin']);
    expect(await shown({ 'lib/hello_web/endpoint.ex': endpoint, 'config/runtime.exs': block('config_env() == :prod', '  config :cors_plug, origin: ["https://app.example.com"]\n') })).toEqual([]);
  });
});

describe('default-credentials: Elixir fallbacks in a development block of runtime.exs', () => {
  const shown = async (files: Record<string, string>) => (await runCase(defaultCredentials, { name: 'dc44', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}${f.note ? ` ${/\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(f.message)?.[1]}` : ''}`);
  const read = '  config :app, :admin_password, System.get_env("ADMIN_PASSWORD", "admin")\n';

  it('a :dev or :test block gives a note naming the block, as config/dev.exs does', async () => {
    expect(await shown({ 'config/runtime.exs': block('config_env() == :dev', read) })).toEqual(['NOTE config/runtime.exs:4 development-only block: if config_env() == :dev']);
    expect(await shown({ 'config/runtime.exs': block('config_env() in [:dev, :test]', read) })).toEqual(['NOTE config/runtime.exs:4 development-only block: if config_env() in [:dev, :test]']);
  });

  it('the :prod block, the else of a :dev block and top-level reads still fail', async () => {
    expect(await shown({ 'config/runtime.exs': block('config_env() == :prod', read) })).toEqual(['config/runtime.exs:4']);
    expect(await shown({ 'config/runtime.exs': `import Config\nif config_env() == :dev do\n  :ok\nelse\n${read}end\n` })).toEqual(['config/runtime.exs:5']);
    expect(await shown({ 'config/runtime.exs': `import Config\n${read}` })).toEqual(['config/runtime.exs:2']);
  });
});
