import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';

/** A local HTTPS proxy in front of a dev server (mkcert certificates), with any-origin CORS and old TLS versions. */
const DEV_PROXY = [
  'server {',
  '  listen 8443 ssl;',
  '  ssl_certificate /certs/localhost.pem;',
  '  ssl_certificate_key /certs/localhost-key.pem;',
  '  ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
  '  location / {',
  '    proxy_pass http://app:3000;',
  '    add_header Access-Control-Allow-Origin *;',
  '  }',
  '}',
  '',
].join('\n');

const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: check.id, files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note) };
};

/** Both checks: failures and notes, as `file:line` (notes with their message). */
const both = async (files: Record<string, string>) => {
  const cors = await run(corsWildcard, files);
  const tls = await run(tlsProtocolsConfig, files);
  return {
    failures: [...cors.failures, ...tls.failures].map((f) => `${f.file}:${f.line}`).sort(),
    notes: [...cors.notes, ...tls.notes].map((f) => `${f.file}:${f.line} ${f.message}`).sort(),
  };
};

const override = (source: string) => [
  'services:',
  '  proxy:',
  '    image: nginx:1.27-alpine',
  '    ports: ["8443:8443"]',
  '    volumes:',
  `      - ${source}:/etc/nginx/conf.d/default.conf:ro`,
  '',
].join('\n');

describe('nginx configurations in development-only places are notes, as the other servers\' (QA38 fphunt9 D1)', () => {
  for (const file of ['.devcontainer/nginx.conf', 'local/nginx.conf', 'dev/default.conf', 'local/nginx/default.conf', 'docker/development/nginx.conf',
    'nginx/dev.conf', 'nginx/local.conf', 'nginx/development.conf', 'nginx/nginx.dev.conf', 'nginx/default.local.conf', 'nginx/dev.conf.template']) {
    it(`${file}: cors-wildcard and tls-protocols-config give info notes marked development-only`, async () => {
      const { failures, notes } = await both({ [file]: DEV_PROXY });
      expect(failures).toEqual([]);
      expect(notes).toEqual([
        `${file}:5 ssl_protocols allows TLSv1, TLSv1.1; use ssl_protocols TLSv1.2 TLSv1.3; (development-only file)`,
        `${file}:8 nginx add_header Access-Control-Allow-Origin * allows any origin (development-only; make sure production lists its origins)`,
      ]);
    });
  }

  it('the examiner\'s repository: .devcontainer, local/ and nginx/dev.conf mounted only by docker-compose.override.yml pass with notes', async () => {
    const { failures, notes } = await both({
      '.devcontainer/nginx.conf': DEV_PROXY,
      'local/nginx.conf': DEV_PROXY,
      'nginx/dev.conf': DEV_PROXY,
      'docker-compose.override.yml': override('./nginx/dev.conf'),
      '.devcontainer/Caddyfile': ':8080 {\n  header Access-Control-Allow-Origin *\n  reverse_proxy app:3000\n}\n',
    });
    expect(failures).toEqual([]);
    expect(notes.filter((n) => n.includes('nginx') || n.includes('ssl_protocols'))).toHaveLength(6);
  });

  it('a configuration whose name says nothing is development-only when only docker-compose.override.yml mounts it', async () => {
    const { failures, notes } = await both({
      'nginx/default.conf': DEV_PROXY,
      'nginx/prod.conf': 'server {\n  listen 80;\n  location / { proxy_pass http://app:3000; }\n}\n',
      'docker-compose.yml': 'services:\n  proxy:\n    image: nginx:1.27-alpine\n    restart: always\n    volumes:\n      - ./nginx/prod.conf:/etc/nginx/conf.d/default.conf:ro\n',
      'docker-compose.override.yml': override('./nginx/default.conf'),
    });
    expect(failures).toEqual([]);
    expect(notes).toEqual([
      'nginx/default.conf:5 ssl_protocols allows TLSv1, TLSv1.1; use ssl_protocols TLSv1.2 TLSv1.3; (development-only: only docker-compose.override.yml mounts or copies it)',
      'nginx/default.conf:8 nginx add_header Access-Control-Allow-Origin * allows any origin (development-only; make sure production lists its origins)',
    ]);
  });

  it('so is one only a compose service in a dev profile mounts (long syntax), or only Dockerfile.dev copies', async () => {
    const profiled = await both({
      'proxy/site.conf': DEV_PROXY,
      'compose.yaml': 'services:\n  web:\n    image: acme/web:1.0.0\n  proxy:\n    image: nginx:1.27-alpine\n    profiles: [dev]\n    volumes:\n      - type: bind\n        source: ./proxy/site.conf\n        target: /etc/nginx/conf.d/default.conf\n',
    });
    expect(profiled.failures).toEqual([]);
    expect(profiled.notes).toHaveLength(2);
    const copied = await both({
      'proxy/site.conf': DEV_PROXY,
      'Dockerfile.dev': 'FROM nginx:1.27-alpine\nCOPY proxy/site.conf /etc/nginx/conf.d/default.conf\n',
    });
    expect(copied.failures).toEqual([]);
    expect(copied.notes).toHaveLength(2);
  });

  it('a snippet only development-only configurations include is development-only too', async () => {
    const { failures, notes } = await both({
      'local/nginx.conf': 'server {\n  listen 8443 ssl;\n  include snippets/dev-tls.conf;\n  location / { proxy_pass http://app:3000; }\n}\n',
      'local/snippets/dev-tls.conf': 'ssl_protocols TLSv1 TLSv1.2;\nadd_header Access-Control-Allow-Origin *;\n',
      'snippets/cors.conf': 'add_header Access-Control-Allow-Origin *;\n',
      '.devcontainer/nginx.conf': 'server {\n  listen 8080;\n  include snippets/cors.conf;\n}\n',
    });
    expect(failures).toEqual([]);
    expect(notes.some((n) => n.startsWith('snippets/cors.conf:1 ') && n.includes('development-only'))).toBe(true);
    expect(notes.filter((n) => n.startsWith('local/snippets/dev-tls.conf:'))).toHaveLength(2);
  });

  it('a development-only configuration that reflects the origin with credentials is a note, not critical', async () => {
    const { failures, notes } = await run(corsWildcard, {
      '.devcontainer/nginx.conf': 'server {\n  listen 8080;\n  location / {\n    add_header Access-Control-Allow-Origin $http_origin;\n    add_header Access-Control-Allow-Credentials true;\n  }\n}\n',
    });
    expect(failures).toEqual([]);
    expect(notes.map((n) => n.message)).toEqual(['nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin (development-only; make sure production lists its origins)']);
  });
});

describe('production nginx configurations still fail', () => {
  for (const file of ['nginx/prod.conf', 'deploy/nginx.conf', 'nginx/default.conf', 'sites-available/dev.example.com.conf', 'conf.d/localhost.conf']) {
    it(`${file} fails both checks`, async () => {
      const { failures } = await both({ [file]: DEV_PROXY });
      expect(failures).toEqual([`${file}:5`, `${file}:8`]);
    });
  }

  it('a configuration named for development that docker-compose.yml mounts fails (also through a mounted folder)', async () => {
    const file = await both({ 'nginx/dev.conf': DEV_PROXY, 'docker-compose.yml': override('./nginx/dev.conf') });
    expect(file.failures).toEqual(['nginx/dev.conf:5', 'nginx/dev.conf:8']);
    const folder = await both({ 'nginx/dev.conf': DEV_PROXY, 'docker-compose.yml': 'services:\n  proxy:\n    image: nginx:1.27-alpine\n    volumes:\n      - ./nginx:/etc/nginx/conf.d:ro\n' });
    expect(folder.failures).toEqual(['nginx/dev.conf:5', 'nginx/dev.conf:8']);
  });

  it('one that both the base compose file and the override mount fails', async () => {
    const { failures } = await both({
      'nginx/default.conf': DEV_PROXY,
      'docker-compose.yml': override('./nginx/default.conf'),
      'docker-compose.override.yml': override('./nginx/default.conf'),
    });
    expect(failures).toEqual(['nginx/default.conf:5', 'nginx/default.conf:8']);
  });

  it('one the production Dockerfile copies fails, from its own folder or a folder it copies into nginx\'s', async () => {
    const copied = await both({ 'nginx/local.conf': DEV_PROXY, 'Dockerfile': 'FROM nginx:1.27-alpine\nCOPY nginx/local.conf /etc/nginx/conf.d/default.conf\n' });
    expect(copied.failures).toEqual(['nginx/local.conf:5', 'nginx/local.conf:8']);
    const own = await both({ 'proxy/dev.conf': DEV_PROXY, 'proxy/Dockerfile': 'FROM nginx:1.27-alpine\nCOPY . /etc/nginx/conf.d/\n' });
    expect(own.failures).toEqual(['proxy/dev.conf:5', 'proxy/dev.conf:8']);
  });

  it('a snippet named for development that a production configuration includes fails', async () => {
    const { failures } = await both({
      'sites-enabled/app.conf': 'server {\n  listen 443 ssl;\n  include snippets/tls-local.conf;\n  location / { proxy_pass http://app:3000; }\n}\n',
      'snippets/tls-local.conf': 'ssl_protocols TLSv1 TLSv1.2;\nadd_header Access-Control-Allow-Origin *;\n',
    });
    expect(failures).toEqual(['snippets/tls-local.conf:1', 'snippets/tls-local.conf:2']);
  });

  it('one only the override mounts still fails when a production deploy file names it (a kustomize configMapGenerator)', async () => {
    const { failures } = await both({
      'nginx/default.conf': DEV_PROXY,
      'docker-compose.override.yml': override('./nginx/default.conf'),
      'k8s/kustomization.yaml': 'configMapGenerator:\n  - name: nginx\n    files:\n      - ../nginx/default.conf\n',
    });
    expect(failures).toEqual(['nginx/default.conf:5', 'nginx/default.conf:8']);
  });
});
