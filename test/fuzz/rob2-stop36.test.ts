/**
 * Robustness regressions of QA stop 36 (robust7, fixer rob2): OpenResty Lua blocks whose strings hold braces (D1), an nginx
 * configuration over 1 MiB (D5), unclosed template tags in nginx templates (D8) and runs of them (D4), a compose `include:`
 * outside the repository (D6).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { luaBlockEnd, parseNginx, unclosedTemplateTag, walkNginx, type NginxProblem } from '../../src/repo/nginx.js';
import { makeRepo } from '../helpers/repo.js';

interface Finding { check: string; severity: string; file: string | null; line: number | null; column: number | null; message: string }

async function report(files: Record<string, string>): Promise<{ findings: Finding[]; items: { id: string; status: string }[] }> {
  const dir = makeRepo(files);
  let stdout = '';
  await main(['--dir', dir, '--format', 'json', '--no-probes'], { stdout: (s) => { stdout += s; }, stderr: () => {}, isTTY: false, env: {}, cwd: dir });
  return JSON.parse(stdout);
}

const LUA_SITE = (lua: string) => `server {\n    listen 443 ssl;\n    location = /health {\n        content_by_lua_block {\n            ${lua}\n        }\n    }\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n    add_header Access-Control-Allow-Origin *;\n}\n`;

describe('D1: an OpenResty *_by_lua_block is read by Lua\'s lexing', () => {
  for (const lua of [`ngx.say('{"status":"ok"}')`, 'ngx.say("{\\"status\\":\\"ok\\"}")', "ngx.say('{}')", 'ngx.say([[{]])', 'ngx.say([==[ }]] { ]==])', '-- a comment with a {\n            ngx.say("ok")', '--[[ a } block\n comment { ]] ngx.say("ok")', 'local t = { a = { 1 } } if #t > 0 then ngx.say("}") end']) {
    it(`keeps the directives after the block: ${JSON.stringify(lua)}`, () => {
      const problems: NginxProblem[] = [];
      const names = walkNginx(parseNginx(LUA_SITE(lua), problems)).map((d) => d.name);
      expect(problems).toEqual([]);
      expect(names).toContain('ssl_protocols');
      expect(names).toContain('add_header');
      expect(walkNginx(parseNginx(LUA_SITE(lua))).find((d) => d.name === 'ssl_protocols')?.context).toEqual(['server']);
    });
  }

  it('finds the closing brace of the Lua body, not one in a string or comment', () => {
    const text = `{ ngx.say('}') -- }\n }rest`;
    expect(luaBlockEnd(text, 1)).toBe(text.indexOf(' }rest') + 1);
    expect(luaBlockEnd('{ x = "}" ', 1)).toBe(-1);
  });

  it('a Lua block that never closes is a brace problem nginx refuses, not a silent skip', () => {
    const problems: NginxProblem[] = [];
    parseNginx('server {\n  content_by_lua_block {\n    ngx.say("{")\n    if x then\n}\n', problems);
    expect(problems.length).toBe(1);
  });

  it('judges the TLS and CORS settings after a JSON health endpoint', async () => {
    const r = await report({ 'nginx/site.conf': LUA_SITE(`ngx.say('{"status":"ok"}')`) });
    expect(r.findings.filter((f) => f.check === 'tls-protocols-config' || f.check === 'cors-wildcard').map((f) => `${f.check} ${f.line}:${f.column}`).sort()).toEqual(['cors-wildcard 9:5', 'tls-protocols-config 8:5']);
  });
});

describe('D5: an nginx configuration over 1 MiB', () => {
  it('gets the "not checked" info note', async () => {
    const big = `server {\n  ssl_protocols TLSv1 TLSv1.2;\n${'  location /a { return 301 /b; }\n'.repeat(40000)}}\n`;
    const r = await report({ 'nginx/site.conf': big });
    const note = r.findings.find((f) => f.check === 'parse-error' && f.file === 'nginx/site.conf');
    expect(note?.severity).toBe('info');
    expect(note?.message).toMatch(/was not checked: it is larger than 1048576 bytes \(an nginx configuration/);
  });
});

describe('D8: a template tag never closed', () => {
  it('is an info note at the tag, not a parse error about the server block', async () => {
    const r = await report({ 'roles/web/templates/site.conf.j2': 'server {\n    listen 443 ssl;\n    server_name {{ domain ;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n' });
    expect(r.findings.filter((f) => f.check === 'parse-error')).toEqual([]);
    const notes = r.findings.filter((f) => f.check === 'tls-protocols-config');
    expect(notes.length).toBe(1);
    expect(notes[0]).toMatchObject({ severity: 'info', line: 3, column: 17 });
    expect(notes[0]!.message).toMatch(/template tag '\{\{' opened here is never closed/);
  });

  it('an unclosed ERB tag in a .erb template likewise (not judged leniently)', async () => {
    const r = await report({ 'site.conf.erb': 'server {\n    listen 443 ssl;\n    server_name <%= @domain ;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n' });
    const tls = r.findings.filter((f) => f.check === 'tls-protocols-config');
    expect(tls.map((f) => `${f.severity} ${f.line}:${f.column}`)).toEqual(['info 3:17']);
  });

  it('closed tags and a plain file with a brace error are unchanged', () => {
    expect(unclosedTemplateTag('server_name {{ a }};\n# {{ in a comment\nlocation ~ "<%" { }\n', false)).toBeNull();
    expect(unclosedTemplateTag('a {% if x %}\nb {% endif\n', false)).toMatchObject({ line: 2, column: 3 });
    expect(unclosedTemplateTag('x <%= @a %>\ny <% if @b\n', true)).toMatchObject({ line: 2, column: 3 });
    expect(unclosedTemplateTag('y <% if @b\n', false)).toBeNull();
  });

  it('a plain nginx file that never closes a block is still a parse error', async () => {
    const r = await report({ 'nginx/site.conf': 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n' });
    expect(r.findings.filter((f) => f.check === 'parse-error').map((f) => `${f.severity} ${f.line}:${f.column}`)).toEqual(['low 1:1']);
  });
});

describe('D4: runs of template openers in an nginx template', () => {
  it('parse a 200,000-opener run (each opener once searched the rest of the text)', () => {
    // A run of `{%` without `%}` once searched the rest of the text per opener: the result must still be found for a long run.
    const text = `server {\n  server_name {{ domain }};\n  ssl_protocols ${'{%'.repeat(200000)};\n}\n`;
    const problems: NginxProblem[] = [];
    parseNginx(text, problems, { templates: true });
    expect(problems.length).toBe(1);
    expect(unclosedTemplateTag(text, false)).toMatchObject({ line: 3, column: 17 });
  });
});

describe('D6: a compose include outside the repository', () => {
  for (const [name, entry] of [['relative', '  - ../shared/db.yml'], ['long form', '  - path: ../shared/db.yml'], ['absolute', '  - /srv/shared/db.yml']] as const) {
    it(`is a parse-error at the path (${name}); the services beside it are judged`, async () => {
      const r = await report({ 'docker-compose.yml': `include:\n${entry}\nservices:\n  web: { image: nginx:latest, restart: always, mem_limit: 512m }\n` });
      const pe = r.findings.filter((f) => f.check === 'parse-error');
      expect(pe.length).toBe(1);
      expect(pe[0]).toMatchObject({ severity: 'low', file: 'docker-compose.yml', line: 2 });
      expect(pe[0]!.message).toMatch(/which is outside the repository and was not read/);
      expect(r.findings.some((f) => f.check === 'image-tag-pinned')).toBe(true);
    });
  }

  it('a remote include is not reported', async () => {
    const r = await report({ 'docker-compose.yml': 'include:\n  - oci://registry.example.com/stack:1\nservices:\n  web: { image: nginx:1.27, restart: always, mem_limit: 512m }\n' });
    expect(r.findings.filter((f) => f.check === 'parse-error')).toEqual([]);
  });
});
