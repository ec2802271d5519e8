import { expect, it } from 'vitest';
import { hardcodedSecret, scanText } from '../../src/checks/hardcoded-secret.js';
import { testCheck } from '../helpers/check-tester.js';

// Secret-shaped values are assembled at run time so this file never contains a literal secret
// (Preflight scanning its own repository must stay green).
let seed = 7;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function rand(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; s += ALNUM[(seed >>> 16) % ALNUM.length]; }
  return s;
}
const secret = `${rand(8)}7Qz${rand(9)}`;
const other = `${rand(8)}4Kw${rand(9)}`;

// A secret inside a JSON document that is itself a quoted value: found like the same JSON unquoted.
testCheck(hardcodedSecret, {
  valid: [
    { name: 'quoted JSON with a reference or placeholder', files: { Dockerfile: `FROM python:3.12\nENV APP_CONFIG='{"db_password": "\${DB_PASSWORD}", "api_key": "changeme"}'\n` } },
    { name: 'quoted JSON with non-secret names', files: { 'k8s/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  config.json: '{"db_host": "${secret}", "region": "eu-west-1"}'\n` } },
    { name: 'quoted JSON with a low-entropy word', files: { Dockerfile: 'FROM python:3.12\nENV APP_CONFIG=\'{"db_password": "password_for_local_use"}\'\n' } },
    { name: 'an unquoted entry inside a quoted string in code is an expression', files: { 'app.py': `HELP = "set it with: password=${secret}"\n` } },
  ],
  invalid: [
    { name: 'Dockerfile ENV with single-quoted JSON', files: { Dockerfile: `FROM python:3.12\nENV APP_CONFIG='{"db_password": "${secret}"}'\n` }, errors: [{ file: 'Dockerfile', line: 2, column: 34, message: "'db_password' is assigned a hard-coded secret value" }] },
    { name: 'ConfigMap data with a single-quoted JSON document', files: { 'k8s/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  config.json: '{"db_password": "${secret}"}'\n` }, errors: [{ file: 'k8s/cm.yaml', line: 5, column: 34, message: "'db_password'" }] },
    { name: 'double-quoted JSON with escaped quotes, two secrets', files: { 'docker-compose.yml': `services:\n  web:\n    image: acme/web:1\n    environment:\n      APP_CONFIG: "{\\"db_password\\": \\"${secret}\\", \\"api_token\\": \\"${other}\\"}"\n` }, errors: [
      { file: 'docker-compose.yml', line: 5, column: 40, message: "'db_password'" }, { file: 'docker-compose.yml', line: 5, message: "'api_token'" },
    ] },
    { name: 'JSON in a Python string', files: { 'settings.py': `CONFIG = '{"client_secret": "${secret}"}'\n` }, errors: [{ file: 'settings.py', line: 1, message: "'client_secret'" }] },
  ],
});

it('the same JSON quoted and unquoted gives the same finding', () => {
  const unquoted = scanText(`{"db_password": "${secret}"}\n`, { generic: true, yaml: false, unquoted: true });
  const quoted = scanText(`ENV APP_CONFIG='{"db_password": "${secret}"}'\n`, { generic: true, yaml: false, unquoted: true });
  expect(unquoted.map((h) => [h.message, h.secret])).toEqual(quoted.map((h) => [h.message, h.secret]));
  expect(quoted).toHaveLength(1);
});
