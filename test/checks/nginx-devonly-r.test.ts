import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { nginxDevName } from '../../src/checks/util/nginx.js';

/** A vhost with any-origin CORS (line 8) and old TLS versions (line 5). */
const VHOST = [
  'server {',
  '  listen 443 ssl;',
  '  ssl_certificate /etc/ssl/site.pem;',
  '  ssl_certificate_key /etc/ssl/site.key;',
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

/** Both checks: the failures as `file:line`, and the files of the development-only notes. */
const both = async (files: Record<string, string>) => {
  const cors = await run(corsWildcard, files);
  const tls = await run(tlsProtocolsConfig, files);
  return {
    failures: [...cors.failures, ...tls.failures].map((f) => `${f.file}:${f.line}`).sort(),
    devNotes: [...cors.notes, ...tls.notes].filter((f) => f.message.includes('development-only')).map((f) => `${f.file}:${f.line}`).sort(),
  };
};
const fails = (...files: string[]) => files.flatMap((f) => [`${f}:5`, `${f}:8`]).sort();

describe('nginx names: only a development word, or one ending the name, is a development name (QA38 sweep1 R1)', () => {
  it.each([
    'dev.conf', 'devel.conf', 'development.conf', 'local.conf', 'devcontainer.conf', 'nginx.dev.conf', 'nginx-dev.conf', 'nginx_local.conf',
    'default.local.conf', 'app.development.conf', 'api.dev.conf', 'dev.conf.template', 'sites-available/local',
  ])('%s is named for development', (name) => expect(nginxDevName(`nginx/${name}`)).toBe(true));

  it.each([
    'gitlab-ci.conf', 'integration-api.conf', 'local-cache.conf', 'local_proxy.conf', 'dev_tools.conf', 'ci.conf', 'test.conf', 'nginx.test.conf',
    'e2e.conf', 'debug.conf', 'nginx-integration.conf', 'devpi.conf', 'localization.conf', 'developer-portal.conf', 'localhost.conf',
    'dev.example.com.conf', 'local.example.org.conf', 'default.conf',
  ])('%s is not', (name) => expect(nginxDevName(`nginx/${name}`)).toBe(false));

  it('production vhosts whose names only contain a development word fail, in conf.d/ and elsewhere (the examiner\'s nm/ngx5 and nm/ngx4)', async () => {
    const names = ['nginx/conf.d/gitlab-ci.conf', 'nginx/conf.d/integration-api.conf', 'nginx/conf.d/local-cache.conf', 'nginx/conf.d/local_proxy.conf',
      'nginx/conf.d/dev_tools.conf', 'sites/test.conf', 'sites/debug.conf'];
    const { failures, devNotes } = await both({
      ...Object.fromEntries(names.map((n) => [n, VHOST])),
      'ansible/site.yml': '- hosts: web\n  tasks:\n    - name: nginx sites\n      copy:\n        src: ../nginx/conf.d/\n        dest: /etc/nginx/conf.d/\n',
    });
    expect(devNotes).toEqual([]);
    expect(failures).toEqual(fails(...names));
  });

  it('the same vhosts without any deploy file fail too, while dev-named ones beside them are notes', async () => {
    const { failures, devNotes } = await both({
      'nginx/conf.d/local-cache.conf': VHOST,
      'nginx/conf.d/dev_tools.conf': VHOST,
      'nginx/conf.d/api.dev.conf': VHOST,
      'nginx/nginx-dev.conf': VHOST,
    });
    expect(failures).toEqual(fails('nginx/conf.d/dev_tools.conf', 'nginx/conf.d/local-cache.conf'));
    expect(devNotes).toEqual(fails('nginx/conf.d/api.dev.conf', 'nginx/nginx-dev.conf'));
  });
});

describe('a development-named or development-placed nginx configuration production deploys fails (QA38 sweep1 R2)', () => {
  it('a production kustomization\'s configMapGenerator names it (relative to the kustomization: default.conf=local.conf)', async () => {
    const { failures, devNotes } = await both({
      'k8s/local.conf': VHOST,
      'k8s/kustomization.yaml': 'resources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: nginx-conf\n    files:\n      - default.conf=local.conf\n',
    });
    expect(devNotes).toEqual([]);
    expect(failures).toEqual(fails('k8s/local.conf'));
  });

  it('only a development overlay\'s kustomization names it: still a note', async () => {
    const { failures, devNotes } = await both({
      'nginx/dev.conf': VHOST,
      'k8s/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: nginx-conf\n    files:\n      - default.conf=../../../nginx/dev.conf\n',
    });
    expect(failures).toEqual([]);
    expect(devNotes).toEqual(fails('nginx/dev.conf'));
  });

  it('an Ansible task copies it, by a relative path or from its role\'s files/ and templates/', async () => {
    const task = await both({
      'nginx/local.conf': VHOST,
      'ansible/site.yml': '- hosts: web\n  become: true\n  tasks:\n    - name: vhost\n      copy:\n        src: ../nginx/local.conf\n        dest: /etc/nginx/conf.d/app.conf\n',
    });
    expect(task.failures).toEqual(fails('nginx/local.conf'));
    const role = await both({
      'roles/web/files/local.conf': VHOST,
      'roles/web/templates/dev.conf.j2': VHOST,
      'roles/web/tasks/main.yml': '- copy: src=local.conf dest=/etc/nginx/conf.d/local.conf\n- template:\n    src: dev.conf.j2\n    dest: /etc/nginx/conf.d/app.conf\n',
    });
    expect(role.devNotes).toEqual([]);
    expect(role.failures).toEqual(fails('roles/web/files/local.conf', 'roles/web/templates/dev.conf.j2'));
  });

  it('a deploy script copies it, or its folder into nginx\'s configuration; Terraform renders it', async () => {
    const { failures, devNotes } = await both({
      'dev/app.conf': VHOST,
      'local/site.conf': VHOST,
      'nginx/development.conf': VHOST,
      'deploy.sh': '#!/bin/sh\nscp dev/app.conf prod-web-1:/etc/nginx/conf.d/app.conf\nrsync -a ./local/ prod-web-1:/etc/nginx/sites-enabled/\nssh prod-web-1 nginx -s reload\n',
      'infra/main.tf': 'resource "local_file" "nginx" {\n  content  = templatefile("${path.module}/../nginx/development.conf", {})\n  filename = "/srv/nginx/app.conf"\n}\n',
    });
    expect(devNotes).toEqual([]);
    expect(failures).toEqual(fails('dev/app.conf', 'local/site.conf', 'nginx/development.conf'));
  });

  it('a production Makefile target copies it; a dev target, a package.json dev script, a dev-named script, a CI workflow, a comment or a README do not', async () => {
    const prod = await both({
      'nginx/dev.conf': VHOST,
      'Makefile': 'dev:\n\tdocker compose up\n\ndeploy:\n\tscp nginx/dev.conf web-1:/etc/nginx/conf.d/app.conf\n',
    });
    expect(prod.failures).toEqual(fails('nginx/dev.conf'));
    const dev = await both({
      'nginx/dev.conf': VHOST,
      'Makefile': 'deploy:\n\t./deploy.sh\n\ndev:\n\tdocker run -v $(PWD)/nginx/dev.conf:/etc/nginx/conf.d/default.conf nginx\n',
      'package.json': '{\n  "scripts": {\n    "start:dev": "nginx -c nginx/dev.conf"\n  }\n}\n',
      'scripts/run-local.sh': '#!/bin/sh\nnginx -c "$PWD/nginx/dev.conf"\n',
      '.github/workflows/ci.yml': 'jobs:\n  e2e:\n    steps:\n      - run: docker run -v ./nginx/dev.conf:/etc/nginx/conf.d/default.conf nginx\n',
      'deploy.sh': '#!/bin/sh\n# nginx/dev.conf is for local development only\nscp nginx/prod.conf web-1:/etc/nginx/conf.d/app.conf\n',
      'README.md': 'Run `nginx -c nginx/dev.conf` locally.\n',
    });
    expect(dev.failures).toEqual([]);
    expect(dev.devNotes).toEqual(fails('nginx/dev.conf'));
  });

  it('an Ansible task or a deploy workflow copies its folder into nginx\'s configuration', async () => {
    const ansible = await both({
      'nginx/conf.d/local.conf': VHOST,
      'ansible/site.yml': '- hosts: web\n  tasks:\n    - name: nginx sites\n      copy:\n        src: ../nginx/conf.d/\n        dest: /etc/nginx/conf.d/\n',
    });
    expect(ansible.failures).toEqual(fails('nginx/conf.d/local.conf'));
    const workflow = await both({
      'nginx/dev.conf': VHOST,
      '.github/workflows/deploy.yml': 'jobs:\n  deploy:\n    steps:\n      - run: rsync -a nginx/ web-1:/etc/nginx/conf.d/\n',
    });
    expect(workflow.failures).toEqual(fails('nginx/dev.conf'));
  });

  it('a compose build context, an editor task or a folder named away from nginx\'s configuration is no copy: still a note', async () => {
    const { failures, devNotes } = await both({
      'nginx/dev.conf': VHOST,
      'nginx/nginx.conf': 'events {}\nhttp {\n  server { listen 80; location / { proxy_pass http://app:3000; } }\n}\n',
      'nginx/Dockerfile': 'FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\n',
      'docker-compose.yml': 'services:\n  nginx:\n    build: ./nginx\n    image: acme/nginx:1.0.0\n    ports: ["443:443"]\n',
      '.vscode/tasks.json': '{\n  "tasks": [{ "label": "proxy", "command": "nginx -c ${workspaceFolder}/nginx/dev.conf" }]\n}\n',
      'scripts/backup.sh': '#!/bin/sh\ntar czf /backups/site.tgz ./nginx/ ./uploads/\n',
    });
    expect(failures).toEqual([]);
    expect(devNotes).toEqual(fails('nginx/dev.conf'));
  });

  it('a name inside a longer name or path is not the file\'s: still a note', async () => {
    const { failures, devNotes } = await both({
      'k8s/local.conf': VHOST,
      'local/nginx.conf': VHOST,
      'k8s/kustomization.yaml': 'configMapGenerator:\n  - name: nginx-conf\n    files:\n      - default.conf=nginx-local.conf\n      - app.local.conf\n',
      'deploy.sh': '#!/bin/sh\ncp /usr/local/nginx/conf/nginx.conf /backup/\nscp nginx-local/ web-1:/etc/nginx/\n',
    });
    expect(failures).toEqual([]);
    expect(devNotes).toEqual(fails('k8s/local.conf', 'local/nginx.conf'));
  });

  it('a configuration only the override mounts stays a note when only a development file names it', async () => {
    const { failures, devNotes } = await both({
      'nginx/default.conf': VHOST,
      'docker-compose.override.yml': 'services:\n  proxy:\n    image: nginx:1.27-alpine\n    volumes:\n      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro\n',
      'Makefile': 'dev:\n\tcp nginx/default.conf /tmp/nginx/default.conf\n',
    });
    expect(failures).toEqual([]);
    expect(devNotes).toEqual(fails('nginx/default.conf'));
  });
});
