import { expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { productionServer } from '../../src/checks/production-server.js';

const run = async (files: Record<string, string>) => {
  const out = await runCase(productionServer, { name: 'stock52', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message}`);
};
const deploy = (phx: string, rails: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: phx
          image: ${phx}
          command: ["sh", "-c", "mix deps.get && mix phx.server"]
        - name: rails
          image: ${rails}
          command: ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]
${extra}`;

// QA 52 (polyglot D5): the official language images set neither MIX_ENV nor RAILS_ENV, so mix phx.server / rails server started in
// one of them as it is runs development: a failure, not the note an app image built elsewhere gets (it may set them).
it('mix phx.server and rails server in the stock elixir:/ruby: images fail (no MIX_ENV/RAILS_ENV anywhere)', async () => {
  for (const [phx, rails] of [['elixir:1.16.2', 'ruby:3.3.1'], ['docker.io/library/elixir:1.16', 'docker.io/library/ruby:3.3-slim'], ['hexpm/elixir:1.16.2-erlang-26.2.5-debian-bookworm-20240513-slim', 'library/ruby@sha256:' + 'a'.repeat(64)]]) {
    const out = await run({ 'deploy.yaml': deploy(phx, rails) });
    expect(out).toEqual([
      expect.stringMatching(/^deploy\.yaml:13 container 'phx' command starts a development server: mix phx\.server without MIX_ENV=prod \(mix runs its dev environment: [^)]*; the official (?:hexpm\/)?elixir image sets no MIX_ENV\)/),
      expect.stringMatching(/^deploy\.yaml:16 container 'rails' command starts a development server: rails server without RAILS_ENV=production \(Rails starts in its development environment; the official ruby image sets no RAILS_ENV\)/),
    ]);
    expect(out.join("\n")).not.toMatch(/may set/);
  }
});

it('a compose service running the stock image without build fails too; its environment setting prod passes', async () => {
  const svc = (env: string) => `services:\n  web:\n    image: elixir:1.16\n    command: mix phx.server\n${env}    restart: always\n`;
  expect(await run({ 'docker-compose.yml': svc('') })).toEqual([expect.stringMatching(/^docker-compose\.yml:4 service 'web' command starts a development server: mix phx\.server without MIX_ENV=prod/)]);
  expect(await run({ 'docker-compose.yml': svc('    environment:\n      MIX_ENV: prod\n') })).toEqual([]);
});

it('the container env setting production passes; an app image built elsewhere keeps the note', async () => {
  const env = '          env:\n            - {name: RAILS_ENV, value: production}\n';
  expect((await run({ 'deploy.yaml': deploy('elixir:1.16.2', 'ruby:3.3.1', env) })).filter((x) => /'rails'/.test(x))).toEqual([]);
  const out = await run({ 'deploy.yaml': deploy('registry.acme.io/shop:1.0', 'registry.acme.io/ruby:3.3') });
  expect(out).toHaveLength(2);
  for (const x of out) expect(x).toMatch(/^NOTE .*the image is built elsewhere and no Dockerfile in the repository shows its environment: it may set/);
});

it('a Dockerfile of the repository setting RAILS_ENV does not speak for the stock image a container runs', async () => {
  const files = { Dockerfile: 'FROM ruby:3.3\nENV RAILS_ENV=production\nUSER 1000\nCMD ["bundle", "exec", "puma"]\n', 'deploy.yaml': deploy('elixir:1.16.2', 'ruby:3.3.1') };
  expect((await run(files)).filter((x) => /'rails'/.test(x))).toEqual([expect.stringMatching(/^deploy\.yaml:16 container 'rails' command starts a development server: rails server without RAILS_ENV=production/)]);
});
