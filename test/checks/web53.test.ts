import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { apacheWeak, tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';

const found = async (files: Record<string, string>) => {
  const out = await runCase(corsWildcard, { name: 'web53', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? corsWildcard.severity)}`);
};

// QA round 53 (webconfig D1): a raw `$http_origin` reflection beside an allow-list map it never uses.
describe('cors-wildcard: an nginx map $http_origin counts only where its variable is used (QA 53 webconfig D1)', () => {
  const api = 'server {\n    listen 443 ssl;\n    server_name api.example.com;\n    location /api/ {\n        add_header Access-Control-Allow-Origin $http_origin always;\n        add_header Access-Control-Allow-Credentials true always;\n        proxy_pass http://app:8000;\n    }\n}\n';
  const allowMap = 'map $http_origin $cors_ok {\n    default "";\n    "~^https://app\\.example\\.com$" $http_origin;\n}\n';

  it('a reflecting location is critical with or without an unused allow-list map in the file', async () => {
    expect(await found({ 'nginx/default.conf': api })).toEqual(['nginx/default.conf:5 critical']);
    expect(await found({ 'nginx/default.conf': allowMap + api })).toEqual(['nginx/default.conf:9 critical']);
    // The map in another file changes nothing either.
    expect(await found({ 'nginx/nginx.conf': `http {\n${allowMap}include conf.d/*.conf;\n}\n`, 'nginx/conf.d/api.conf': api })).toEqual(['nginx/conf.d/api.conf:5 critical']);
  });

  it('one location uses the map, another reflects raw: only the raw one is reported', async () => {
    const conf = `${allowMap}server {\n    location /map {\n        add_header Access-Control-Allow-Origin $cors_ok always;\n        add_header Access-Control-Allow-Credentials true always;\n    }\n    location /refl {\n        add_header Access-Control-Allow-Origin $http_origin always;\n    }\n}\n`;
    expect(await found({ 'nginx/site.conf': conf })).toEqual(['nginx/site.conf:11 critical']);
  });

  it('a map whose variable an if tests still guards the echo (if ($cors_ok))', async () => {
    const flag = 'map $http_origin $cors_ok {\n    default 0;\n    "~^https://app\\.example\\.com$" 1;\n}\n';
    const guarded = 'server {\n    location /api/ {\n        if ($cors_ok) {\n            add_header Access-Control-Allow-Origin $http_origin;\n            add_header Access-Control-Allow-Credentials true;\n        }\n    }\n}\n';
    expect(await found({ 'nginx/site.conf': flag + guarded })).toEqual([]);
    expect(await found({ 'nginx/site.conf': flag + guarded.replace('($cors_ok)', '($cors_ok = 1)') })).toEqual([]);
    // An if on a variable no allow-list map sets is no check.
    expect(await found({ 'nginx/site.conf': flag + guarded.replace('($cors_ok)', '($other)') })).toEqual(['nginx/site.conf:8 critical']);
  });
});

// QA round 53 (conformance D1): an nginx file nginx refuses is not judged, so cors-wildcard says `skipped`, as tls-protocols-config does.
describe('cors-wildcard: an nginx configuration that does not parse is skipped, not passed (QA 53 conformance D1)', () => {
  const broken = 'http {\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n    add_header Access-Control-Allow-Origin *;\n  }\n';

  it('the only nginx file is broken: both checks skip, naming it and the parse-error', async () => {
    const cors = await runCase(corsWildcard, { name: 'broken', files: { 'nginx.conf': broken } });
    expect(cors.findings).toEqual([]);
    expect(cors.skipped).toBe('the only nginx configuration (nginx.conf) could not be parsed (see the parse-error finding); nothing else sets CORS headers');
    const tls = await runCase(tlsProtocolsConfig, { name: 'broken', files: { 'nginx.conf': broken } });
    expect(tls.skipped).toMatch(/^the only nginx configuration \(nginx\.conf\) could not be parsed \(see the parse-error finding\)/);
  });

  it('another file to judge: judged as before (no skip)', async () => {
    const out = await runCase(corsWildcard, { name: 'broken+ok', files: { 'nginx.conf': broken, 'conf.d/api.conf': 'server {\n  add_header Access-Control-Allow-Origin *;\n}\n' } });
    expect(out.skipped).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['conf.d/api.conf:2']);
    const clean = await runCase(corsWildcard, { name: 'broken+app', files: { 'nginx.conf': broken, 'app.py': 'from flask import Flask\napp = Flask(__name__)\n' } });
    expect(clean.skipped).toBeUndefined();
    expect(clean.findings).toEqual([]);
  });
});

// QA round 53 (webconfig D2): mod_ssl's SSLProtocol replaces the set at a protocol written without + or -.
describe('tls-protocols-config: Apache SSLProtocol with a bare protocol replaces the set (QA 53 webconfig D2)', () => {
  it('apacheWeak: a bare keyword resets what came before it', () => {
    expect(apacheWeak('TLSv1.1 TLSv1.2')).toEqual([]);
    expect(apacheWeak('+TLSv1 TLSv1.2')).toEqual([]);
    expect(apacheWeak('all -SSLv3 TLSv1.2')).toEqual([]);
    expect(apacheWeak('TLSv1.2 all')).toEqual(['SSLv3', 'TLSv1', 'TLSv1.1']);
    // Unchanged: + and - keep adding and removing; a bare keyword first is the start of the set.
    expect(apacheWeak('TLSv1.2 +TLSv1.1')).toEqual(['TLSv1.1']);
    expect(apacheWeak('all -SSLv3')).toEqual(['TLSv1', 'TLSv1.1']);
    expect(apacheWeak('-all +TLSv1.2 +TLSv1.3')).toEqual([]);
    expect(apacheWeak('TLSv1 +TLSv1.2')).toEqual(['TLSv1']);
  });

  it('the repro: no finding for either virtual host', async () => {
    const conf = '<VirtualHost *:443>\n    SSLProtocol TLSv1.1 TLSv1.2\n</VirtualHost>\n<VirtualHost *:8443>\n    SSLProtocol +TLSv1 TLSv1.2\n</VirtualHost>\n<VirtualHost *:9443>\n    SSLProtocol TLSv1.2 +TLSv1.1\n</VirtualHost>\n';
    const out = await runCase(tlsProtocolsConfig, { name: 'apache', files: { 'apache/ssl.conf': conf } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]}`)).toEqual(['apache/ssl.conf:8 Apache SSLProtocol allows TLSv1.1']);
  });
});
