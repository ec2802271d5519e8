import { describe, expect, it } from 'vitest';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { isRenderedElsewhere } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole.
const k1 = ['Pz3m', 'K8wQ', 'x5Lr', 'T2vN', 'b7Yd9Fs1'].join('');
const k2 = ['Hq7W', 'n3Lm', '5Xc9', 'Vb2R', 't8Yz'].join('');
const k3 = ['Zx8K', 'q2Lm', '5Np7', 'Rt9V', 'w3Yc'].join('');

/** The text at each finding's file:line:column (six characters). */
const at = (files: Record<string, string>, findings: { file?: string | null; line?: number | null; column?: number | null }[]) =>
  findings.map((f) => `${f.file}:${f.line} ${files[f.file!]!.replace(/^\uFEFF/, '').split('\n')[f.line! - 1]!.slice(f.column! - 1, f.column! + 5)}`).sort();

describe('env-file-not-ignored: templates rendered on the hosts a tool deploys to (QA35 sweep1b R1)', () => {
  const task = (src: string, dest: string) => `- name: Render env\n  ansible.builtin.template:\n    src: ${src}\n    dest: ${dest}\n    mode: "0600"\n`;

  it('names the folders whose rendered templates land elsewhere', () => {
    for (const f of ['roles/app/templates/app.env.j2', 'roles/app/templates/.env.j2', 'ansible/roles/web/files/.env.tmpl', 'templates/.env.production.j2', 'cookbooks/app/templates/default/.env.erb', 'charts/api/templates/.env.tmpl', 'salt/app/.env.jinja', 'modules/app/templates/app.env.erb']) expect(isRenderedElsewhere(f), f).toBe(true);
    for (const f of ['.env.j2', 'config.env.tmpl', 'deploy/.env.production.j2', 'roles/.env.j2', 'app/templates.env.j2', 'roles/app/templates/app.env']) expect(isRenderedElsewhere(f), f).toBe(false);
  });

  it('passes an Ansible role whose templates render to dest: outside the repository', async () => {
    const files = {
      '.gitignore': '.env\n*.retry\n',
      'roles/app/templates/app.env.j2': 'SECRET_KEY={{ vault_django_secret_key }}\n',
      'roles/app/templates/.env.j2': 'DJANGO_SECRET_KEY={{ vault_django_secret_key }}\n',
      'roles/app/tasks/main.yml': task('app.env.j2', '/srv/app/app.env'),
    };
    expect((await runCase(envFileNotIgnored, { name: 'ans1', files })).findings).toEqual([]);
  });

  it('passes chart, cookbook and Salt templates, and a playbook template rendered to a path on the managed host', async () => {
    const files = {
      '.gitignore': '/.env\n',
      'charts/api/templates/.env.tmpl': 'API_URL={{ .Values.apiUrl }}\n',
      'cookbooks/app/templates/default/prod.env.erb': 'DB_PASSWORD=<%= @db_password %>\n',
      'salt/app/app.env.jinja': 'SECRET_KEY={{ pillar["secret_key"] }}\n',
      // Ansible looks for a playbook's templates beside it too: its tasks say where they go.
      'deploy/app.env.j2': 'SECRET_KEY={{ secret_key }}\n',
      'deploy/worker.env.j2': 'SECRET_KEY={{ secret_key }}\n',
      'deploy/site.yml': `- hosts: web\n  tasks:\n${task('app.env.j2', '"{{ app_dir }}/app.env"').replace(/^/gm, '    ')}    - template: src=worker.env.j2 dest=/etc/worker.env owner=app\n`,
    };
    expect((await runCase(envFileNotIgnored, { name: 'cm', files })).findings).toEqual([]);
  });

  it('still asks for the rendered name of a template rendered in the repository, and of one rendered into the playbook folder', async () => {
    const files = {
      '.gitignore': '/.env\n',
      'config.env.tmpl': 'API_URL=${API_URL}\n',
      'deploy/.env.production.j2': 'SECRET_KEY={{ key }}\n',
      'deploy/local.yml': task('.env.production.j2', '"{{ playbook_dir }}/.env.production"'),
    };
    const out = await runCase(envFileNotIgnored, { name: 'in-repo', files });
    expect(out.findings.map((f) => f.message.split(';')[0])).toEqual([".gitignore does not ignore 'config.env', 'deploy/.env', 'deploy/.env.production'"]);
  });
});

describe('hardcoded-secret: notebooks written compact, and strings holding several lines (QA35 sweep1b)', () => {
  it('finds printed NAME=value lines and %set_env magics on a cell written on one line, beside a token on that line', async () => {
    const nb = [
      '{',
      ' "cells": [',
      `  {"cell_type": "markdown", "metadata": {}, "source": ["Set it first:\\n", "api_key = \\"${k2}\\"\\n", "DB_PASSWORD=${k2}\\n"]},`,
      `  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["%env CUDA_VISIBLE_DEVICES=0\\n", "%set_env DB_PASSWORD ${k3}\\n", "%env API_TOKEN=<your-token>\\n"]},`,
      `  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["SECRET_KEY=${k1}\\n"]}], "source": ["%set_env STRIPE_KEY=sk_live_${'51HxQ2pLm9Zr4Tv8Kq3Wn5'}\\n"]}`,
      ' ],',
      ' "metadata": {}, "nbformat": 4, "nbformat_minor": 5',
      '}',
      '',
    ].join('\n');
    const files = { 'nb.ipynb': nb };
    const out = await runCase(hardcodedSecret, { name: 'nb-compact', files });
    // The markdown cell's prose is no finding, written on one line too.
    expect(at(files, out.findings)).toEqual([`nb.ipynb:4 ${k3.slice(0, 6)}`, `nb.ipynb:5 ${k1.slice(0, 6)}`, 'nb.ipynb:5 sk_liv']);
  });

  it('reads a source or an output written as one string of several lines', async () => {
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [{ name: 'stdout', output_type: 'stream', text: `LOG_LEVEL=info\nSECRET_KEY=${k1}\n` }], source: `import os\n%env OPENAI_API_KEY=${k2}\n` },
      ],
      metadata: {}, nbformat: 4, nbformat_minor: 5,
    }, null, 1);
    const files = { 'a.ipynb': nb };
    const out = await runCase(hardcodedSecret, { name: 'nb-strings', files });
    expect(at(files, out.findings)).toEqual([`a.ipynb:${nb.split('\n').findIndex((l) => l.includes('SECRET_KEY')) + 1} ${k1.slice(0, 6)}`, `a.ipynb:${nb.split('\n').findIndex((l) => l.includes('OPENAI')) + 1} ${k2.slice(0, 6)}`].sort());
  });
});

describe('columns past an opening quote: a Secret written as JSON, database ports (QA35 sweep1b)', () => {
  it('hardcoded-secret reports a JSON Secret\'s key at its first character, as in YAML', async () => {
    const files = {
      'k8s/secret.json': `{ "apiVersion": "v1", "kind": "Secret", "metadata": { "name": "s" },\n  "stringData": { "password": "${k3}", "api-token": "${k2}" } }\n`,
      'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: t\nstringData:\n  password: "${k3}"\n  "api-token": ${k2}\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'secret-json', files });
    expect(at(files, out.findings)).toEqual(['k8s/secret.json:2 api-to', 'k8s/secret.json:2 passwo', 'k8s/secret.yaml:6 passwo', 'k8s/secret.yaml:7 api-to']);
  });

  it('database-port-exposed reports a quoted port mapping at its first character; lines unchanged', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16.2\n    ports:\n      - "5432:5432"\n  cache:\n    image: redis:7.2\n    ports: [\'6379:6379\']\n  mysql:\n    image: mysql:8.4\n    ports:\n      - 3306:3306\n',
    };
    const out = await runCase(databasePortExposed, { name: 'ports', files });
    expect(at(files, out.findings)).toEqual(['docker-compose.yml:12 3306:3', 'docker-compose.yml:5 5432:5', 'docker-compose.yml:8 6379:6']);
  });
});
