import { expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { productionServer } from '../../src/checks/production-server.js';

const SINATRA = {
  Gemfile: 'source "https://rubygems.org"\ngem "sinatra"\ngem "puma"\ngem "rerun"\ngem "shotgun"\n',
  'app.rb': 'require "sinatra"\nget("/") { "ok" }\n',
  'config.ru': 'require "./app"\nrun Sinatra::Application\n',
};
const run = async (files: Record<string, string>) => {
  const out = await runCase(productionServer, { name: 'ruby45', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.message}`);
};

// QA stop 45 (fullrepos25 D1): Ruby's file-watching reloaders are development servers, as nodemon and watchmedo are.
it('rerun and shotgun in a Procfile web process fail, named, with a Rack production server as the fix', async () => {
  for (const [web, what] of [['bundle exec rerun -- rackup --host 0.0.0.0 -p $PORT', 'rerun'], ['bundle exec shotgun config.ru -o 0.0.0.0 -p $PORT', 'shotgun'], ['rerun --pattern "**/*.rb" "ruby app.rb"', 'rerun']] as const) {
    const out = await run({ ...SINATRA, Procfile: `web: ${web}\n` });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^Procfile:1 Procfile web starts a development server: ${what} \\(a file-watching reloader\\); start the Rack app with a production server`));
  }
});

it('lookalikes pass: the gems in the Gemfile with a production server in the Procfile, a word rerun in arguments', async () => {
  expect(await run({ ...SINATRA, Procfile: 'web: bundle exec puma -C config/puma.rb\n' })).toEqual([]);
  expect(await run({ ...SINATRA, Procfile: 'web: bundle exec puma -C config/puma.rb --tag rerun\n' })).toEqual([]);
});
