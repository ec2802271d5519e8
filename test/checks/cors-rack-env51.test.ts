import { expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D10: rack-cors `origins ENV.fetch("CORS_ORIGINS") { "*" }` (the block fallback, the idiomatic Ruby spelling)
// and `ENV["CORS_ORIGINS"] || "*"` default to any origin exactly as `ENV.fetch("CORS_ORIGINS", "*")` does.
const rack = (origins: string) => `Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins ${origins}\n    resource "*", headers: :any, methods: [:get, :post]\n  end\nend\n`;
const found = async (files: Record<string, string>) => {
  const out = await runCase(corsWildcard, { name: 'rack-cors env', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? corsWildcard.severity)} ${f.message}`).sort();
};

it('reads the block and || fallbacks of rack-cors origins as the two-argument ENV.fetch', async () => {
  expect(await found({
    'a/config/initializers/cors.rb': rack('ENV.fetch("CORS_ORIGINS") { "*" }'),
    'b/config/initializers/cors.rb': rack("ENV.fetch('CORS_ORIGINS') { |_| '*' }.split(',')"),
    'c/config/initializers/cors.rb': rack('ENV["CORS_ORIGINS"] || "*"'),
    'd/config/initializers/cors.rb': rack('ENV.fetch("CORS_ORIGINS", "*")'),
  })).toEqual([
    'a/config/initializers/cors.rb:3 high rack-cors origins default to * (ENV.fetch("CORS_ORIGINS") {"*"}) and allow any origin; list the allowed origins explicitly',
    "b/config/initializers/cors.rb:3 high rack-cors origins default to * (ENV.fetch('CORS_ORIGINS') {|_| '*'}) and allow any origin; list the allowed origins explicitly",
    'c/config/initializers/cors.rb:3 high rack-cors origins default to * (ENV["CORS_ORIGINS"] || "*") and allow any origin; list the allowed origins explicitly',
    'd/config/initializers/cors.rb:3 high rack-cors origins default to * (ENV.fetch("CORS_ORIGINS", "*")) and allow any origin; list the allowed origins explicitly',
  ]);
});

it('passes a listed fallback, a wildcard inside a longer string, and a block fallback the deploy environment overrides', async () => {
  expect(await found({
    'a/config/initializers/cors.rb': rack('ENV.fetch("CORS_ORIGINS") { "https://app.example.com" }'),
    'b/config/initializers/cors.rb': rack('ENV.fetch("CORS_ORIGINS") { "https://*.example.com" }'),
    'c/config/initializers/cors.rb': rack('ENV["CORS_ORIGINS"] || "https://app.example.com"'),
    'd/config/initializers/cors.rb': rack('ENV.fetch("API_ORIGINS") { "*" }'),
    'docker-compose.yml': 'services:\n  api:\n    image: api:1\n    environment:\n      API_ORIGINS: https://app.example.com\n',
  })).toEqual([]);
});
