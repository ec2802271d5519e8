import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { productionServer } from '../../src/checks/production-server.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { isNginxCandidate } from '../../src/repo/classify.js';
import { blankTemplateComments, parseNginx, templateTagEnd, walkNginx } from '../../src/repo/nginx.js';
import type { CheckDef } from '../../src/checks/define.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 37 (fphunt7 D2, D5; iac5 D10): template comments across lines, unit templates named as the unit, Terraform-rendered nginx.
const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'templates', files });
  const at = (f: (typeof out.findings)[number]) => `${f.file}:${f.line}:${f.column}`;
  return { failures: out.findings.filter((f) => !f.note).map(at), notes: out.findings.filter((f) => f.note).map((f) => `${at(f)} ${f.message}`), skipped: out.skipped };
};

const SITE = (inner: string) => `server {\n    listen 443 ssl;\n    server_name {{ domain }};\n${inner}    ssl_protocols TLSv1.2 TLSv1.3;\n}\n`;

describe('nginx templates: Jinja and ERB comments across lines are no configuration (fphunt7 D2)', () => {
  it('a multi-line {# … #} in a .conf.j2 is not judged; the live lines are', async () => {
    const files = { 'templates/site.conf.j2': `{#\n    add_header Access-Control-Allow-Origin *;\n    ssl_protocols TLSv1 TLSv1.1;\n#}\n${SITE('')}` };
    expect((await run(tlsProtocolsConfig, files)).failures).toEqual([]);
    expect((await run(corsWildcard, files)).failures).toEqual([]);
    // The same lines outside the comment are judged, at their place.
    const live = { 'templates/site.conf.j2': `{# old #}\n    add_header Access-Control-Allow-Origin *;\n    ssl_protocols TLSv1 TLSv1.1;\n\n${SITE('')}` };
    expect((await run(tlsProtocolsConfig, live)).failures).toEqual(['templates/site.conf.j2:3:5']);
    expect((await run(corsWildcard, live)).failures).toEqual(['templates/site.conf.j2:2:5']);
  });

  it('a {#- … -#} across lines inside a block leaves the template readable and judged', async () => {
    const files = { 'templates/nginx.j2': SITE('    {#- disabled:\n    add_header Access-Control-Allow-Origin * always;\n    -#}\n').replace('TLSv1.2 TLSv1.3', 'TLSv1 TLSv1.2') };
    const tls = await run(tlsProtocolsConfig, files);
    expect(tls.failures).toEqual(['templates/nginx.j2:7:5']);
    expect(tls.notes).toEqual([]);
    expect((await run(corsWildcard, files)).failures).toEqual([]);
  });

  it('a multi-line ERB <%# … %> comment in a .conf.erb is not judged', async () => {
    const files = { 'templates/site.conf.erb': '<%#\n  add_header Access-Control-Allow-Origin *;\n  ssl_protocols TLSv1 TLSv1.1;\n%>\nserver {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n' };
    expect((await run(tlsProtocolsConfig, files)).failures).toEqual([]);
    expect((await run(corsWildcard, files)).failures).toEqual([]);
  });

  it('an unclosed Jinja comment is an info note at it, and the template is not judged', async () => {
    const files = { 'templates/site.conf.j2': `{#\n    ssl_protocols TLSv1;\n${SITE('')}` };
    const tls = await run(tlsProtocolsConfig, files);
    expect(tls.failures).toEqual([]);
    expect(tls.notes).toEqual([expect.stringMatching(/^templates\/site\.conf\.j2:1:1 .*the template tag '\{#' opened here is never closed \('#\}' missing\).*not judged/)]);
  });

  it('in a plain nginx .conf, {# is a block opening and a comment, and #} a comment: nothing is blanked', async () => {
    const files = { 'nginx/site.conf': 'server {# main site\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.1;\n    #location /old {\n    #}\n}\n' };
    expect((await run(tlsProtocolsConfig, files)).failures).toEqual(['nginx/site.conf:3:5']);
  });

  it('blanking keeps lines and columns; a comment on one line is left to the tag reader', () => {
    const text = 'a {# one #} b\n{#- x\ny -#} c\n<%# z %>\n';
    expect(blankTemplateComments(text, { jinja: true, erb: true })).toEqual({ text: 'a {# one #} b\n     \n      c\n<%# z %>\n', unclosed: null });
    expect(blankTemplateComments(text, { erb: true }).text).toBe(text);
    // An unclosed one on an nginx comment line is not reported (as unclosed tags are not).
    expect(blankTemplateComments('# see {# here\nlisten 80;\n', { jinja: true }).unclosed).toBeNull();
  });
});

describe('systemd unit templates: comments across lines, and units named as the unit (fphunt7 D2, D5)', () => {
  const UNIT = '[Unit]\nDescription=app\n\n[Service]\nUser=app\n{#\nEnvironment=FLASK_DEBUG=1\nExecStart=/srv/app/venv/bin/flask run --host 0.0.0.0\n#}\nExecStart=/srv/app/venv/bin/gunicorn -b 127.0.0.1:8000 app:app\n';

  it('a multi-line {# … #} in a .service.j2 is not judged by production-server or debug-mode', async () => {
    expect((await run(productionServer, { 'templates/app.service.j2': UNIT })).failures).toEqual([]);
    expect((await run(debugMode, { 'templates/app.service.j2': UNIT })).failures).toEqual([]);
    const erb = UNIT.replace('{#', '<%#').replace('#}', '%>');
    expect((await run(productionServer, { 'templates/app.service.erb': erb })).failures).toEqual([]);
    expect((await run(debugMode, { 'templates/app.service.erb': erb })).failures).toEqual([]);
    // Uncommented, the same lines fail.
    const live = UNIT.replace('{#\n', '\n').replace('#}\n', '\n');
    expect((await run(productionServer, { 'templates/app.service.j2': live })).failures).toEqual(['templates/app.service.j2:8:1']);
    expect((await run(debugMode, { 'templates/app.service.j2': live })).failures).toEqual(['templates/app.service.j2:7:13']);
  });

  it('a plain *.service in an Ansible role whose ExecStart starts with a tag is judged as the .j2 unit is', async () => {
    const unit = '[Service]\nUser=app\nExecStart={{ app_root }}/venv/bin/python manage.py runserver 0.0.0.0:8000\n';
    expect((await run(productionServer, { 'roles/app/templates/app.service': unit, 'roles/app/templates/app2.service.j2': unit })).failures)
      .toEqual(['roles/app/templates/app.service:3:1', 'roles/app/templates/app2.service.j2:3:1']);
    const ok = '[Service]\nUser=app\nExecStart={{ app_root }}/venv/bin/gunicorn -w 4 app:app\n';
    expect(await run(productionServer, { 'roles/app/templates/app.service': ok })).toEqual({ failures: [], notes: [], skipped: undefined });
  });

  it('a program that is a tag: the command after it is judged; with none, a note says it was not checked', async () => {
    const after = await run(productionServer, { 'roles/app/templates/app.service': '[Service]\nExecStart={{ python_bin }} manage.py runserver 0.0.0.0:8000\n' });
    expect(after.failures).toEqual(['roles/app/templates/app.service:2:1']);
    const unknown = await run(productionServer, { 'roles/app/templates/app.service.j2': '[Service]\nExecStart={{ app_command }} --workers 4\n' });
    expect(unknown.failures).toEqual([]);
    expect(unknown.notes).toEqual(['roles/app/templates/app.service.j2:2:1 systemd ExecStart runs {{ app_command }} --workers 4, whose program is a template tag not known here: the server it starts was not checked; check the command the deploy renders there']);
  });

  it('a plain unit holding a Go template in a quoted docker option is read as written', async () => {
    const unit = "[Service]\nExecStart=/usr/bin/docker run --name web --log-opt tag='{{.Name}}' ghcr.io/acme/web:1.2.3\n";
    expect(await run(productionServer, { 'deploy/web.service': unit })).toEqual({ failures: [], notes: [], skipped: undefined });
  });
});

describe('nginx configurations Terraform renders (iac5 D10)', () => {
  const TF = 'server {\n    listen 443 ssl;\n    server_name ${domain};\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n%{ if cors ~}\n    add_header Access-Control-Allow-Origin "${cors_origin}" always;\n%{ endif ~}\n    location / {\n        proxy_pass http://127.0.0.1:${port};\n    }\n}\n';

  it('.conf.tftpl, .conf.tpl and the other rendering extensions are nginx candidates', () => {
    for (const f of ['templates/nginx.conf.tftpl', 'nginx.conf.tpl', 'site.conf.jinja', 'site.conf.gotmpl', 'site.conf.ctmpl', 'site.conf.epp', 'nginx.tftpl']) expect(isNginxCandidate(f), f).toBe(true);
    expect(isNginxCandidate('templates/cloud-init.yaml.tftpl')).toBe(false);
  });

  it('a .conf.tftpl and a .conf.tpl are read as nginx, ${…} and %{…} as template tags', async () => {
    for (const f of ['templates/nginx.conf.tftpl', 'templates/nginx.conf.tpl']) {
      const out = await run(tlsProtocolsConfig, { [f]: TF, 'main.tf': `resource "aws_instance" "web" {\n  user_data = templatefile("\${path.module}/${f}", {})\n}\n` });
      expect(out, f).toEqual({ failures: [`${f}:4:5`], notes: [], skipped: undefined });
    }
    expect((await run(tlsProtocolsConfig, { 'templates/nginx.conf.tftpl': TF.replace('TLSv1 TLSv1.1 TLSv1.2', 'TLSv1.2 TLSv1.3') })).failures).toEqual([]);
    // An example copied by hand is still not judged.
    expect((await run(tlsProtocolsConfig, { 'nginx.example.conf.tpl': TF })).failures).toEqual([]);
  });

  it('a directive tag is set aside and an interpolation is a word; an escaped $${…} is text', () => {
    const names = walkNginx(parseNginx(TF, [], { templates: true, terraform: true })).map((d) => d.name);
    expect(names).toEqual(['server', 'listen', 'server_name', 'ssl_protocols', 'add_header', 'location', 'proxy_pass']);
    const problems: { message: string }[] = [];
    const tree = parseNginx('server {\n%{ for s in servers ~}\n    ${s}\n%{ endfor ~}\n    set $x "$${host}";\n    return 200 ${jsonencode({ a = 1 })};\n}\n', problems, { templates: true, terraform: true });
    expect(problems).toEqual([]);
    expect(walkNginx(tree).map((d) => d.name)).toEqual(['server', 'set', 'return']);
    const end = templateTagEnd('$${a} ${b}', { terraform: true });
    expect([end(0), end(1), end(6)]).toEqual([-1, -1, 10]);
    // Without Terraform's syntax `${…}` and `%{` are nginx's own.
    expect(templateTagEnd('${b}')(0)).toBe(-1);
  });
});
