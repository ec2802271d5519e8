import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// QA49 (stop 48 review2 S3): the image's own CMD runs `rails server`, the image sets no RAILS_ENV, and the deploy running the
// image as it is (a compose service with `build: .` and no `command`, a Kamal role without `cmd`) sets RAILS_ENV=development.
// The finding said to set ENV RAILS_ENV=production in the image, which the deploy's value overrides: it now names where the
// deploy sets it and says to remove it there, as it does when the deploy's own command runs the server.
const DF = 'FROM ruby:3.3.6-slim\nWORKDIR /rails\nCOPY . .\nUSER 1000:1000\nCMD ["./bin/rails", "server"]\n';
const kamal = (env: string) => `service: shop\nimage: acme/shop\nservers:\n  web:\n    hosts:\n      - 10.0.1.5\nregistry:\n  username: acme\n${env}`;
const failures = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).findings.filter((f) => !f.note);

describe('production-server: the image\'s CMD with the deploy setting the development environment (QA49 S3)', () => {
  it('a compose service building the image with RAILS_ENV: development in its environment', async () => {
    const f = await failures({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: development\n' });
    expect(f).toHaveLength(1);
    expect(f[0]!.file).toBe('Dockerfile');
    expect(f[0]!.line).toBe(5);
    expect(f[0]!.message).toContain('rails server with RAILS_ENV=development, set by service \'web\' environment in compose.yaml:5');
    expect(f[0]!.message).toContain('remove RAILS_ENV=development from service \'web\' environment in compose.yaml:5 (the deploy\'s setting overrides the image\'s ENV), or set RAILS_ENV=production there');
    expect(f[0]!.message).not.toMatch(/without RAILS_ENV|ENV RAILS_ENV=production in the image/);
    expect(f[0]!.fix).toMatch(/^Remove RAILS_ENV=development from service 'web' environment in compose\.yaml:5/);
  });

  it('a Kamal role without cmd whose app env.clear sets it; RACK_ENV named when that is the one set', async () => {
    const f = await failures({ Dockerfile: DF, 'config/deploy.yml': kamal('env:\n  clear:\n    RAILS_ENV: development\n') });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('rails server with RAILS_ENV=development, set by env.clear in config/deploy.yml:11');
    expect(f[0]!.message).toContain('remove RAILS_ENV=development from env.clear in config/deploy.yml:11');
    const rack = await failures({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      RACK_ENV: development\n' });
    expect(rack[0]!.message).toContain('remove RACK_ENV=development from service \'web\' environment in compose.yaml:5');
  });

  it('MIX_ENV=dev given to the image\'s mix phx.server by a compose service', async () => {
    const f = await failures({ Dockerfile: 'FROM elixir:1.17.3\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["mix", "phx.server"]\n', 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      MIX_ENV: dev\n' });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('mix phx.server with MIX_ENV=dev, set by service \'web\' environment in compose.yaml:5');
    expect(f[0]!.message).toContain('remove MIX_ENV=dev from service \'web\' environment in compose.yaml:5');
  });

  it('only one of two services sets it: the image advice stays, and removing the deploy\'s value is added', async () => {
    const f = await failures({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: development\n  worker:\n    build: .\n' });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('rails server without RAILS_ENV=production');
    expect(f[0]!.message).toContain('set RAILS_ENV=production for the process');
    expect(f[0]!.message).toContain('; and remove RAILS_ENV=development from service \'web\' environment in compose.yaml:5 (the deploy\'s setting overrides the image\'s ENV)');
  });

  it('look-alikes keep their verdicts: nothing set (old advice), production set (pass), development only in a dev compose file', async () => {
    const unset = await failures({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n' });
    expect(unset).toHaveLength(1);
    expect(unset[0]!.message).toContain('rails server without RAILS_ENV=production');
    expect(unset[0]!.message).not.toContain('remove RAILS_ENV');
    expect(await failures({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n' })).toEqual([]);
    const devOnly = await failures({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n', 'docker-compose.dev.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: development\n' });
    expect(devOnly.filter((x) => x.file === 'Dockerfile').map((x) => x.message).join('\n')).not.toContain('docker-compose.dev.yml');
  });
});
