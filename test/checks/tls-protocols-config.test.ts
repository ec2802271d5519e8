import { describe, expect, it } from 'vitest';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { apacheWeak, tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { parseNginx, walkNginx } from '../../src/checks/util/nginx.js';

const server = (protocols: string) => `http {\n  server {\n    listen 443 ssl;\n    server_name example.com;\n    ${protocols}\n  }\n}\n`;

testCheck(tlsProtocolsConfig, {
  valid: [
    { name: 'nginx TLS 1.2 and 1.3', files: { 'nginx/nginx.conf': server('ssl_protocols TLSv1.2 TLSv1.3;') } },
    { name: 'nginx example templates are not deployed config', files: { 'sites-available/default.example': server('ssl_protocols TLSv1 TLSv1.2;') } },
    { name: 'nginx without ssl_protocols', files: { 'nginx/nginx.conf': server('ssl_certificate /etc/ssl/cert.pem;') } },
    { name: 'nginx weak protocols only in a comment', files: { 'nginx/nginx.conf': server('# ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n    ssl_protocols TLSv1.2;') } },
    { name: 'nginx weak protocol inside a quoted header value', files: { 'site.conf': 'server {\n  listen 443 ssl;\n  add_header X-Note "ssl_protocols TLSv1;";\n}\n' } },
    { name: 'node minVersion TLSv1.2', files: { 'server.js': "https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);\n" } },
    { name: 'node weak version in a comment or string', files: { 'server.js': "// minVersion: 'TLSv1'\nconst doc = \"minVersion: 'TLSv1'\";\n" } },
    { name: 'python TLS 1.2 minimum and SSLv23 negotiation', files: { 'srv.py': 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n' } },
    { name: 'python protocol constants in a mapping table or comparison', files: { 'compat.py': 'import ssl\nVERSIONS = {ssl.PROTOCOL_TLSv1: "TLSv1"}\nif proto == ssl.PROTOCOL_TLSv1_1:\n    warn()\n' } },
    { name: 'apache modern protocols', files: { 'apache/ssl.conf': '<VirtualHost *:443>\n  SSLEngine on\n  SSLProtocol -all +TLSv1.2 +TLSv1.3\n  # SSLProtocol all\n</VirtualHost>\n' } },
    { name: 'non-nginx conf file', files: { 'app.conf': '[main]\nprotocols = TLSv1\n' } },
    { name: 'tls flag in a Dockerfile comment', files: { Dockerfile: 'FROM node:22\n# CMD ["node", "--tls-min-v1.0", "server.js"]\nCMD ["node", "server.js"]\n' } },
  ],
  invalid: [
    { name: 'nginx allows TLSv1 and TLSv1.1', files: { 'nginx/nginx.conf': server('ssl_protocols TLSv1 TLSv1.1 TLSv1.2;') }, errors: [{ file: 'nginx/nginx.conf', line: 5, severity: 'medium', message: /allows TLSv1, TLSv1\.1/ }] },
    { name: 'nginx SSLv3 in http block and server block', files: { 'conf.d/default.conf': 'ssl_protocols SSLv3 TLSv1.2;\nserver {\n  listen 443 ssl;\n  ssl_protocols\n      TLSv1.1 TLSv1.2;\n}\n' }, errors: [{ file: 'conf.d/default.conf', line: 1 }, { file: 'conf.d/default.conf', line: 4 }] },
    { name: 'nginx CRLF', files: { 'site.conf': 'server {\r\n  listen 443 ssl;\r\n  ssl_protocols TLSv1.1 TLSv1.2;\r\n}\r\n' }, errors: [{ file: 'site.conf', line: 3 }] },
    { name: 'nginx template', files: { 'templates/default.conf.template': 'server {\n  listen ${PORT} ssl;\n  ssl_protocols TLSv1 TLSv1.2;\n}\n' }, errors: [{ file: 'templates/default.conf.template', line: 3 }] },
    { name: 'node minVersion TLSv1', files: { 'server.ts': "const opts = {\n  key,\n  minVersion: 'TLSv1',\n};\n" }, errors: [{ file: 'server.ts', line: 3, column: 3, message: /minVersion: 'TLSv1'/ }] },
    { name: 'node secureProtocol', files: { 'server.js': "tls.createServer({ secureProtocol: 'TLSv1_1_method' });\n" }, errors: [{ file: 'server.js', line: 1, message: /TLSv1\.1/ }] },
    { name: 'node DEFAULT_MIN_VERSION', files: { 'index.js': "tls.DEFAULT_MIN_VERSION = 'TLSv1.1';\n" }, errors: [{ file: 'index.js', line: 1 }] },
    { name: 'python PROTOCOL_TLSv1', files: { 'srv.py': 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n' }, errors: [{ file: 'srv.py', line: 2 }] },
    { name: 'gunicorn ssl_version', files: { 'gunicorn.conf.py': 'import ssl\nssl_version = ssl.PROTOCOL_TLSv1\n' }, errors: [{ file: 'gunicorn.conf.py', line: 2 }] },
    { name: 'python minimum_version TLSv1_1', files: { 'srv.py': 'ctx.minimum_version = ssl.TLSVersion.TLSv1_1\n' }, errors: [{ file: 'srv.py', line: 1 }] },
    { name: 'apache all minus SSLv3', files: { 'apache/ssl.conf': '<VirtualHost *:443>\n  SSLProtocol all -SSLv3\n</VirtualHost>\n' }, errors: [{ file: 'apache/ssl.conf', line: 2, message: /TLSv1, TLSv1\.1/ }] },
    { name: 'node flag in Dockerfile', files: { Dockerfile: 'FROM node:22\nCMD ["node", "--tls-min-v1.0", "server.js"]\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'node flag in package.json', files: { 'package.json': '{\n  "scripts": {\n    "start": "node --tls-min-v1.1 server.js"\n  }\n}\n' }, errors: [{ file: 'package.json', line: 3 }] },
  ],
  notes: [
    { name: 'a development-only file gets a note, like a development branch', files: { 'dev/server.js': "https.createServer({ key, cert, minVersion: 'TLSv1' }, app);\n" }, notes: [{ file: 'dev/server.js', line: 1, message: /development-only/ }] },
  ],
});

describe('nginx parser', () => {
  it('parses blocks, quotes, comments and variables with lines', () => {
    const tree = parseNginx('http {\n  # comment { ;\n  server {\n    listen 80; server_name "a b" c;\n    location ~ ^/x/(\\d+)$ { return 301 https://$host${request_uri}; }\n  }\n}\n');
    const all = walkNginx(tree);
    expect(all.map((d) => [d.name, d.line, d.context.join('>')])).toEqual([
      ['http', 1, ''], ['server', 3, 'http'], ['listen', 4, 'http>server'], ['server_name', 4, 'http>server'],
      ['location', 5, 'http>server'], ['return', 5, 'http>server>location'],
    ]);
    expect(all[3]!.args.map((a) => a.value)).toEqual(['a b', 'c']);
    expect(all[5]!.args.map((a) => a.value)).toEqual(['301', 'https://$host${request_uri}']);
  });
  it('never throws on unbalanced input', () => {
    expect(() => parseNginx('server { listen 80;\n location / { "unterminated ')).not.toThrow();
    expect(parseNginx('}}} a b;')[0]!.name).toBe('a');
  });
});

describe('apacheWeak', () => {
  it('evaluates SSLProtocol left to right', () => {
    expect(apacheWeak('all -SSLv3 -TLSv1 -TLSv1.1')).toEqual([]);
    expect(apacheWeak('TLSv1.2')).toEqual([]);
    expect(apacheWeak('+TLSv1.1 +TLSv1.2')).toEqual(['TLSv1.1']);
    expect(apacheWeak('ALL -sslv3')).toEqual(['TLSv1', 'TLSv1.1']);
  });
});

describe('nothing to judge', () => {
  it('skips a repository without code, nginx or deploy files', async () => {
    const out = await runCase(tlsProtocolsConfig, { name: 'docs only', files: { 'README.md': '# docs\n' } });
    expect(out.skipped).toMatch(/no nginx config/);
    const ran = await runCase(tlsProtocolsConfig, { name: 'code', files: { 'app.py': 'print(1)\n' } });
    expect(ran.skipped).toBeUndefined();
  });
});

it('follows nginx includes to files of any name (snippets, sites-available/*, *.inc)', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const { tlsProtocolsConfig } = await import('../../src/checks/tls-protocols-config.js');
  const files = {
    'nginx/nginx.conf': 'events {}\nhttp {\n  include snippets/ssl-params;\n  include snippets/*.inc;\n  include /etc/nginx/mime.types;\n}\n',
    'nginx/snippets/ssl-params': 'ssl_protocols TLSv1 TLSv1.2;\n',
    'nginx/snippets/tls.inc': 'ssl_protocols TLSv1.1 TLSv1.2;\n',
    'nginx/snippets/unused': 'ssl_protocols SSLv3;\n',
  };
  const out = await runCase(tlsProtocolsConfig, { name: 'includes', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['nginx/snippets/ssl-params:1', 'nginx/snippets/tls.inc:1']);
});
