import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// QA48 selfhost28 D3: a server the deploy tells the development environment (RAILS_ENV: development in Kamal's env.clear,
// a compose service's environment, a container's env) is told to change that value where it is set, not to set one.
const DF = 'FROM ruby:3.3.6-slim\nWORKDIR /rails\nENV RAILS_ENV=production BUNDLE_WITHOUT=development\nCOPY . .\nUSER 1000:1000\nCMD ["./bin/rails", "server"]\n';
const kamal = (env: string) => `service: shop\nimage: acme/shop\nservers:\n  web:\n    hosts:\n      - 10.0.1.5\n    cmd: bin/rails server -b 0.0.0.0\nregistry:\n  username: acme\n${env}`;
const failures = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).findings.filter((f) => !f.note);

describe('production-server: RAILS_ENV set to development by the deploy (QA48 D3)', () => {
  it('a Kamal role whose env.clear sets RAILS_ENV: development: the fix names env.clear and the file, not the image\'s ENV', async () => {
    const f = await failures({ Dockerfile: DF, 'config/deploy.yml': kamal('env:\n  clear:\n    RAILS_ENV: development\n') });
    expect(f).toHaveLength(1);
    expect(f[0]!.file).toBe('config/deploy.yml');
    expect(f[0]!.line).toBe(7);
    expect(f[0]!.message).toContain('rails server with RAILS_ENV=development, set by env.clear in config/deploy.yml:12');
    expect(f[0]!.message).toContain('remove RAILS_ENV=development from env.clear in config/deploy.yml:12 (the deploy\'s setting overrides the image\'s ENV), or set RAILS_ENV=production there');
    expect(f[0]!.message).not.toMatch(/without RAILS_ENV|ENV RAILS_ENV=production in the image|container's env/);
    expect(f[0]!.fix).toMatch(/^Remove RAILS_ENV=development from env\.clear in config\/deploy\.yml:12/);
  });

  it('a Kamal destination file (deploy.staging.yml) is named as the place', async () => {
    const f = await failures({ Dockerfile: DF, 'config/deploy.yml': kamal(''), 'config/deploy.staging.yml': 'env:\n  clear:\n    RAILS_ENV: development\n' });
    expect(f.map((x) => x.message).join('\n')).toContain('remove RAILS_ENV=development from env.clear in config/deploy.staging.yml:3');
  });

  it('a compose service whose environment sets it: named as the service\'s environment', async () => {
    const f = await failures({ Dockerfile: DF.replace('ENV RAILS_ENV=production ', 'ENV '), 'compose.yaml': 'services:\n  web:\n    build: .\n    command: bin/rails server -b 0.0.0.0\n    environment:\n      RAILS_ENV: development\n' });
    const svc = f.filter((x) => x.file === 'compose.yaml');
    expect(svc).toHaveLength(1);
    expect(svc[0]!.message).toContain('remove RAILS_ENV=development from service \'web\' environment in compose.yaml:6 (the deploy\'s setting overrides the image\'s ENV)');
  });

  it('MIX_ENV=dev set by a compose service for mix phx.server: named where set', async () => {
    const f = await failures({ Dockerfile: 'FROM elixir:1.17.3\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["mix", "phx.server"]\n', 'compose.yaml': 'services:\n  web:\n    build: .\n    command: mix phx.server\n    environment:\n      MIX_ENV: dev\n' });
    const svc = f.filter((x) => x.file === 'compose.yaml');
    expect(svc).toHaveLength(1);
    expect(svc[0]!.message).toContain('mix phx.server with MIX_ENV=dev, set by service \'web\' environment in compose.yaml:6');
    expect(svc[0]!.message).toContain('remove MIX_ENV=dev from service \'web\' environment in compose.yaml:6 (the deploy\'s setting overrides the image\'s ENV), or set MIX_ENV=prod there');
  });

  it('keeps the old advice when nothing sets the variable, and passes when the deploy sets production', async () => {
    const unset = await failures({ Dockerfile: DF.replace('ENV RAILS_ENV=production ', 'ENV '), 'config/deploy.yml': kamal('') });
    expect(unset).toHaveLength(1);
    expect(unset[0]!.message).toContain('rails server without RAILS_ENV=production');
    expect(unset[0]!.message).toContain('set RAILS_ENV=production for the process');
    expect(await failures({ Dockerfile: DF, 'config/deploy.yml': kamal('env:\n  clear:\n    RAILS_ENV: production\n') })).toEqual([]);
  });
});
