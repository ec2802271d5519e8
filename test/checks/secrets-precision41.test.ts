import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA41 precision41 D1, D2, D4: a YAML comment is no value (Rails 5.0/5.1's stock config/secrets.yml ships a commented-out
// sample `#   api_key: a1B2c3D4e5F6`); Symfony's recipe-generated APP_SECRET in a committed `.env.dev` is the framework's
// development key, as Phoenix's and Rails'; a literal fed to `--password-stdin` through a heredoc is the password. Test files
// are not searched for secret-named assignments or command lines (only token formats, built below from parts).
const found = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { files });
  expect(out.error).toBeUndefined();
  return [...out.findings]
    .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0))
    .map((f) => [f.file, f.line, f.column, f.note ? 'info' : 'critical']);
};
const pw = (n: number) => `Zq${n}Lm3Vx7Rt2Wp5K`;
const ghp = ['gh', 'p_'].join('') + 'Xq7Lm2Rt9Wp4Kd8Nv3Bz6Hc1Jf5Gs0Ty2UaE';

describe('hardcoded-secret: a YAML comment is no value (precision41 D1)', () => {
  const railsSecrets = [
    '# Shared secrets are available across all environments.',
    '',
    '# shared:',
    '#   api_key: a1B2c3D4e5F6',
    '',
    'development:',
    `  secret_key_base: ${'9f1a4c0e7b3d8a2f6e5c4b3a2918f7e6'.repeat(4)}`,
    '',
    'production:',
    '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>',
    '',
  ].join('\n');

  it("passes the Rails 5.1 config/secrets.yml template's commented-out sample (its development key stays a note)", async () => {
    expect(await found({ 'config/secrets.yml': railsSecrets })).toEqual([['config/secrets.yml', 7, 20, 'info']]);
  });

  it('reads no commented-out setting of any YAML file, at the line start, indented or after a value', async () => {
    expect(await found({
      'config/commented.yml': `# api_key: ${pw(1)}\nfoo: bar\n`,
      'config/settings.yml': `production:\n  # api_key: ${pw(2)}\n  #password: ${pw(3)}\n  foo: bar\n`,
      'config/app.yaml': `production:\n  timeout: 30  # api_key: ${pw(4)}\n  name: "a # b"  # secret: ${pw(5)}\n  motto: 'it''s # fine' # token: ${pw(6)}\n`,
    })).toEqual([]);
  });

  it('still reports active values (a `#` inside a value or a quoted scalar too), and tokens, URL passwords in comments', async () => {
    expect(await found({
      'config/other.yml': `shared:\n  api_key: ${pw(1)}\n  password: Xk9#mP2v${pw(2)}\n  smtp: { name: "ops #1", password: ${pw(3)} }\n`,
      'config/ci.yml': `# github: ${ghp}\n# db: postgres://app:${pw(4)}@db.prod.acme.io/app\n`,
    })).toEqual([
      ['config/ci.yml', 1, 11, 'critical'],
      ['config/ci.yml', 2, 22, 'critical'],
      ['config/other.yml', 2, 12, 'critical'],
      ['config/other.yml', 3, 13, 'critical'],
      ['config/other.yml', 4, 37, 'critical'],
    ]);
  });

  it('keeps reading `#`-commented dotenv lines (a real value there is still a committed secret)', async () => {
    expect(await found({ '.env.production': `# API_TOKEN=${pw(7)}\n` })).toEqual([['.env.production', 1, 13, 'critical']]);
  });
});

describe("hardcoded-secret: Symfony's recipe-generated dev APP_SECRET (precision41 D2)", () => {
  const composer = JSON.stringify({ type: 'project', require: { php: '>=8.2', 'symfony/framework-bundle': '7.2.*', 'symfony/runtime': '7.2.*' } });
  const envDev = '\n###> symfony/framework-bundle ###\nAPP_SECRET=2ca64f8d83b9e89f5f19d672841d6bb8\n###< symfony/framework-bundle ###\n';
  const skeleton = { 'composer.json': composer, '.env': '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=\n###< symfony/framework-bundle ###\n' };

  it("is an info note in a Symfony app's .env.dev (composer.json, or bin/console beside config/bundles.php; a sub-folder app too)", async () => {
    expect(await found({ ...skeleton, '.env.dev': envDev })).toEqual([['.env.dev', 3, 12, 'info']]);
    expect(await found({ 'bin/console': '#!/usr/bin/env php\n<?php\n', 'config/bundles.php': '<?php\nreturn [];\n', '.env.dev': envDev })).toEqual([['.env.dev', 3, 12, 'info']]);
    expect(await found({ 'api/composer.json': composer, 'api/.env.dev': `APP_SECRET="${pw(1)}"\n` })).toEqual([['api/.env.dev', 1, 13, 'info']]);
  });

  it('stays a failure outside a Symfony app, in .env, .env.prod and .env.local, and for any other secret in .env.dev', async () => {
    // Not a Symfony app (a Laravel one, or none); the Symfony app is another folder's.
    expect(await found({ 'composer.json': JSON.stringify({ require: { 'laravel/framework': '^11.0' } }), '.env.dev': envDev })).toEqual([['.env.dev', 3, 12, 'critical']]);
    expect(await found({ 'api/composer.json': composer, 'web/.env.dev': envDev })).toEqual([['web/.env.dev', 3, 12, 'critical']]);
    expect(await found({
      ...skeleton,
      '.env.prod': `APP_SECRET=${pw(2)}\n`,
      '.env.local': `APP_SECRET=${pw(3)}\n`,
      '.env.dev': `APP_SECRET=${pw(4)}\nMAILER_PASSWORD=${pw(5)}\nGITHUB_TOKEN=${ghp}\n`,
    })).toEqual([
      ['.env.dev', 1, 12, 'info'],
      ['.env.dev', 2, 17, 'critical'],
      ['.env.dev', 3, 14, 'critical'],
      ['.env.local', 1, 12, 'critical'],
      ['.env.prod', 1, 12, 'critical'],
    ]);
    // Even under APP_SECRET, a provider token's format stays a leak.
    expect(await found({ ...skeleton, '.env.dev': `APP_SECRET=${ghp}\n` })).toEqual([['.env.dev', 1, 12, 'critical']]);
  });
});

describe('hardcoded-secret: a literal fed to --password-stdin through a heredoc (precision41 D4)', () => {
  it('finds the heredoc line (<<EOF, <<\'EOF\', <<-EOF, an indented workflow run block) at the value', async () => {
    const script = [
      '#!/bin/bash',
      'set -euo pipefail',
      "docker login ghcr.io -u bot --password-stdin <<'EOT'",
      pw(1),
      'EOT',
      'helm registry login registry.acme.io --username ci --password-stdin <<EOF',
      pw(2),
      'EOF',
      'podman login quay.io -u bot --password-stdin <<-"END" >/dev/null',
      `\t${pw(3)}`,
      '\tEND',
      '',
    ].join('\n');
    const workflow = `on: push\njobs:\n  push:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker login ghcr.io -u bot --password-stdin <<EOF\n          ${pw(4)}\n          EOF\n`;
    expect(await found({ 'scripts/setup.sh': script, '.github/workflows/push.yml': workflow })).toEqual([
      ['.github/workflows/push.yml', 8, 11, 'critical'],
      ['scripts/setup.sh', 4, 1, 'critical'],
      ['scripts/setup.sh', 7, 1, 'critical'],
      ['scripts/setup.sh', 10, 2, 'critical'],
    ]);
  });

  it('passes a heredoc holding a variable or an expression, a placeholder, several lines, and one not fed to --password-stdin', async () => {
    const script = [
      'docker login ghcr.io -u bot --password-stdin <<EOT',
      '$GHCR_TOKEN',
      'EOT',
      'docker login ghcr.io -u bot --password-stdin <<EOT',
      '${GHCR_TOKEN}',
      'EOT',
      'docker login ghcr.io -u bot --password-stdin <<EOT',
      '$(cat /run/secrets/ghcr)',
      'EOT',
      'docker login ghcr.io -u bot --password-stdin <<EOT',
      '<password>',
      'EOT',
      'cat <<EOT > notes.txt',
      pw(5),
      'EOT',
      'docker login ghcr.io -u bot --password-stdin <<<"$GHCR_TOKEN"',
      '',
    ].join('\n');
    const workflow = 'on: push\njobs:\n  push:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker login ghcr.io -u bot --password-stdin <<EOF\n          ${{ secrets.GHCR_TOKEN }}\n          EOF\n';
    expect(await found({ 'scripts/setup.sh': script, '.github/workflows/push.yml': workflow })).toEqual([]);
  });
});

// Sweep 1 R2: a development section production merges (`development: &default`, `production: <<: *default`) gives production
// the same secret_key_base: it stays a failure, not a development-only note.
describe('Rails secrets.yml with the development section merged into production', () => {
  it('fails the inherited key; an unmerged development section stays a note', async () => {
    const key = '6b7cd727ee24e8444053437c36cc66c3f2e5e4b8d1a7f6c0e9d8b2a1c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8';
    const merged = await runCase(hardcodedSecret, { name: 'm', files: { 'config/secrets.yml': `development: &default\n  secret_key_base: ${key}\n\nproduction:\n  <<: *default\n` } });
    expect(merged.findings.map((f) => `${f.line} ${f.note ? 'note' : 'fail'}`)).toEqual(['2 fail']);
    const alone = await runCase(hardcodedSecret, { name: 'a', files: { 'config/secrets.yml': `development:\n  secret_key_base: ${key}\n\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n` } });
    expect(alone.findings.map((f) => `${f.line} ${f.note ? 'note' : 'fail'}`)).toEqual(['2 note']);
  });
});
