/**
 * QA stop 36, full repositories round 13:
 * D1: a Traefik label whose middleware name holds a compose variable (`${STACK_NAME?Variable not set}-cors`, the
 *   full-stack-fastapi-template's shape) is read like one with a literal name; its value is judged as before.
 * D2: a systemd unit kept as a template a deploy tool renders (`roles/app/templates/gunicorn.service.j2`, `.erb`, `.tmpl`) is
 *   the deployment's unit: production-server and debug-mode read it, its template tags as unknown words; one under a test or
 *   illustration folder stays out, as a plain unit there does.
 */
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'stop36-fr', files });
  expect(out.error).toBeUndefined();
  return out.findings;
};
const found = async (check: CheckDef, files: Record<string, string>) =>
  (await run(check, files)).map((f) => `${f.note ? 'note ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`);

describe('D1: Traefik labels whose middleware name holds a compose variable', () => {
  const compose = (labels: string[]) => `services:\n  backend:\n    image: 'backend:1.2.3'\n    labels:\n${labels.map((l) => `      - ${l}\n`).join('')}`;

  it('${VAR?message}, ${VAR}, ${VAR:-default} and $VAR in the name are the label as a literal name is', async () => {
    for (const name of ['${STACK_NAME?Variable not set}-cors', '${STACK_NAME}-cors', '${STACK_NAME:-app}-cors', 'cors-$STACK', '${A:-${B}}-cors']) {
      const files = { 'docker-compose.yml': compose(['traefik.enable=true', `traefik.http.routers.${name}.middlewares=${name}`, `traefik.http.middlewares.${name}.headers.accesscontrolalloworiginlist=*`]) };
      expect(await found(corsWildcard, files)).toEqual([
        `docker-compose.yml:7:9 Traefik label traefik.http.middlewares.${name}.headers.accesscontrolalloworiginlist=* allows any origin`,
      ]);
    }
  });

  it('an any-origin regex with credentials under variable names is critical (the credentials label read with the same names)', async () => {
    const files = { 'docker-compose.yml': compose([
      '"traefik.http.middlewares.${STACK_NAME?Variable not set}-cors.headers.accesscontrolalloworiginlistregex=.*"',
      '"traefik.http.middlewares.${STACK_NAME?Variable not set}-cors.headers.accesscontrolallowcredentials=true"',
    ]) };
    const out = await run(corsWildcard, files);
    expect(out.map((f) => [f.line, f.severity])).toEqual([[5, 'critical']]);
    expect(out[0]!.message).toMatch(/^Traefik label traefik\.http\.middlewares\.\$\{STACK_NAME\?Variable not set\}-cors\.headers\.accesscontrolalloworiginlistregex=\.\* reflects any origin/);
  });

  it('the value is judged as before: listed origins, an env-driven list and a commented label pass', async () => {
    const files = { 'docker-compose.yml': compose([
      'traefik.http.middlewares.${STACK_NAME?Variable not set}-cors.headers.accesscontrolalloworiginlist=https://dashboard.${DOMAIN?Variable not set},https://${DOMAIN?Variable not set}',
      'traefik.http.middlewares.${STACK_NAME:-app}-cors.headers.accesscontrolalloworiginlist=${BACKEND_CORS_ORIGINS}',
      '"traefik.http.middlewares.${STACK_NAME}-cors.headers.accesscontrolalloworiginlistregex=^https://.*\\\\.example\\\\.com$"',
    ]) + '      # - traefik.http.middlewares.${STACK_NAME}-cors.headers.accesscontrolalloworiginlist=*\n' };
    expect(await found(corsWildcard, files)).toEqual([]);
  });
});

describe('D2: systemd unit templates rendered by a deploy tool', () => {
  const unit = [
    '[Unit]',
    'Description=gunicorn for {{ project_name }}',
    '',
    '[Service]',
    'User={{ app_user }}',
    'WorkingDirectory={{ project_path }}',
    '{# the settings module #}',
    'Environment="DJANGO_DEBUG=True" "DJANGO_SETTINGS_MODULE={{ settings_module }}"',
    'ExecStart={{ venv_path }}/bin/python manage.py runserver 0.0.0.0:8000',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');

  it('an Ansible .j2 unit is judged by production-server and debug-mode, at the lines and columns of the template', async () => {
    const files = { 'roles/django/templates/gunicorn.service.j2': unit };
    expect(await found(productionServer, files)).toEqual(['roles/django/templates/gunicorn.service.j2:9:1 systemd ExecStart starts a development server: manage.py runserver']);
    expect((await found(debugMode, files)).map((f) => f.split(',')[0])).toEqual(['roles/django/templates/gunicorn.service.j2:8:14 systemd Environment= sets DJANGO_DEBUG=True']);
  });

  it('.jinja2, .tmpl and .erb units too; tags are unknown words (an ERB or Go tag as the value sets nothing known)', async () => {
    const files = {
      'deploy/web.service.jinja2': '[Service]\nExecStart={{ venv }}/bin/flask run --host 0.0.0.0\n',
      'deploy/api.service.tmpl': '[Service]\nEnvironment=FLASK_DEBUG={{ .Debug }}\nExecStart={{ .Venv }}/bin/gunicorn app:app\n',
      'cookbooks/app/templates/default/worker.service.erb': '[Service]\nEnvironment=NODE_ENV=<%= @node_env %>\nExecStart=<%= @app_dir %>/node_modules/.bin/nodemon server.js\n',
    };
    expect(await found(productionServer, files)).toEqual([
      'cookbooks/app/templates/default/worker.service.erb:3:1 systemd ExecStart starts a development server: nodemon',
      'deploy/web.service.jinja2:2:1 systemd ExecStart starts a development server: flask run',
    ]);
    expect(await found(debugMode, files)).toEqual([]);
  });

  it('distinct tags are distinct unknown values (no user-equals-password), a literal default password in the template still fails', async () => {
    const env = (extra: string) => ({ 'roles/app/templates/app.service.j2': `[Service]\nEnvironment="DATABASE_URL=postgres://{{ db_user }}:{{ db_pass }}@db/app" "SECRET_KEY={{ secret_key }}"\nEnvironment=DB_PASSWORD=<%= @pw %>\n${extra}ExecStart={{ venv }}/bin/gunicorn app.wsgi\n` });
    expect(await found(defaultCredentials, env(''))).toEqual([]);
    expect((await found(defaultCredentials, env('Environment=REDIS_PASSWORD=changeme\n'))).map((f) => f.split(' ')[0])).toEqual(['roles/app/templates/app.service.j2:4:28']);
  });

  it("a template's conditional block is only in some renders: not judged as deployed", async () => {
    const files = { 'roles/app/templates/app.service.j2': '[Service]\n{% if app_env == "dev" %}\nEnvironment=FLASK_DEBUG=1\nExecStart={{ venv }}/bin/flask run\n{% else %}\nExecStart={{ venv }}/bin/gunicorn app:app\n{% endif %}\n' };
    expect(await found(productionServer, files)).toEqual([]);
    expect(await found(debugMode, files)).toEqual([]);
  });

  it('a gunicorn unit template passes; one under docs/, examples/ or tests/ stays out, as a plain unit there does', async () => {
    expect(await found(productionServer, { 'roles/app/templates/app.service.j2': '[Service]\nExecStart={{ venv }}/bin/gunicorn --workers 3 project.wsgi:application\n' })).toEqual([]);
    const files = Object.fromEntries(['docs/gunicorn.service.j2', 'examples/systemd/app.service.erb', 'tests/fixtures/app.service.tmpl', 'docs/plain.service'].map((p) => [p, unit]));
    expect(await found(productionServer, files)).toEqual([]);
    expect(await found(debugMode, files)).toEqual([]);
  });
});
