import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { testCheck } from '../helpers/check-tester.js';

// One-way password hashes and sops ciphertext under secret-named keys (QA round on real-world inputs): what a
// user store, Ansible's `user` module, cloud-init or a basic-auth Secret keeps instead of the password. Values are
// assembled at run time (Preflight scans its own repository).
let seed = 11;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function rand(n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; s += alphabet[(seed >>> 16) % alphabet.length]; }
  return s;
}
const CRYPT = `${ALNUM}./`;
const B64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';
const D = '$';
const sha512crypt = `${D}6${D}${rand(16, CRYPT)}${D}${rand(86, CRYPT)}`;
const sha512rounds = `${D}6${D}rounds=4096${D}${rand(8, CRYPT)}${D}${rand(86, CRYPT)}`;
const bcrypt = `${D}2b${D}12${D}${rand(53, CRYPT)}`;
const apr1 = `${D}apr1${D}${rand(8, CRYPT)}${D}${rand(22, CRYPT)}`;
const argon2 = `${D}argon2id${D}v=19${D}m=65536,t=3,p=4${D}${rand(22, B64)}${D}${rand(43, B64)}`;
const djangoPbkdf2 = `pbkdf2_sha256${D}260000${D}${rand(22)}${D}${rand(43, B64)}=`;
const djangoArgon2 = `argon2${D}argon2id${D}v=19${D}m=102400,t=2,p=8${D}${rand(22, B64)}${D}${rand(22, B64)}`;
const werkzeug = `pbkdf2:sha256:600000${D}${rand(16)}${D}${rand(64, HEX)}`;
const sops = (n: number) => `ENC[AES256_GCM,data:${rand(n, B64)},iv:${rand(43, B64)}=,tag:${rand(22, B64)}==,type:str]`;
const b64 = (s: string) => Buffer.from(s).toString('base64');
/** Compose's and Kubernetes' escape for a literal `$`. */
const esc = (v: string) => v.replaceAll(D, () => D + D);
const strong = `Zq8xK2mP9vL4nR7t${'Y3wB'}`;

testCheck(hardcodedSecret, {
  valid: [
    // QA: `password: "$6$…"` for Ansible's user module was reported as a hard-coded secret.
    { name: 'QA: Ansible user module password hashes (sha512-crypt)', files: { 'roles/users/defaults/main.yml': `---\nusers:\n  - name: deploy\n    password: "${sha512crypt}"\n    shell: /bin/bash\n` } },
    { name: 'QA: cloud-init passwd with rounds', files: { 'config/cloud-init.yaml': `#cloud-config\nusers:\n  - name: ops\n    passwd: ${sha512rounds}\n    hashed_passwd: ${sha512rounds}\n` } },
    { name: 'QA: Django auth.user seed data (pbkdf2_sha256, argon2)', files: { 'seed/users.json': `[\n  {"model": "auth.user", "pk": 1, "fields": {\n    "password": "${djangoPbkdf2}",\n    "username": "admin"}},\n  {"model": "auth.user", "pk": 2, "fields": {\n    "password": "${djangoArgon2}",\n    "username": "ops"}}\n]\n` } },
    { name: 'bcrypt, argon2 and Werkzeug hashes in settings and dotenv files', files: { 'config/app.yml': `admin:\n  password: "${bcrypt}"\ngrafana:\n  admin_password: "${argon2}"\n`, 'app/users.py': `ADMIN_PASSWORD = "${werkzeug}"\n`, '.env.production': `ADMIN_PASSWORD='${bcrypt}'\n` } },
    // QA: an ingress-nginx basic-auth Secret (`htpasswd` output in `auth`) was reported as a literal secret.
    { name: 'QA: basic-auth Secret holding htpasswd lines', files: { 'k8s/basic-auth.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: basic-auth\ntype: Opaque\ndata:\n  auth: ${b64(`admin:${apr1}\nops:${bcrypt}\n`)}\n`, 'k8s/traefik.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: dashboard-auth\nstringData:\n  htpasswd: |\n    admin:${apr1}\n` } },
    // QA: a sops-encrypted Secret (Flux's layout) was reported once per key as a literal Secret.
    { name: 'QA: sops-encrypted Kubernetes Secret (stringData and data)', files: { 'k8s/secret.sops.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n    name: app-secrets\ntype: Opaque\nstringData:\n    SECRET_KEY: ${sops(64)}\n    DATABASE_PASSWORD: ${sops(24)}\ndata:\n    api-token: ${sops(40)}\nsops:\n    lastmodified: "2024-03-01T10:00:00Z"\n    mac: ${sops(64)}\n    version: 3.8.1\n` } },
    // QA: a Jest snapshot's rendered props (`"accessToken": "eyJ…"`) were reported as production assignments.
    { name: 'QA: Jest snapshot files are test files', files: { 'src/components/__snapshots__/Login.test.tsx.snap': `// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[\`api client 1\`] = \`\nObject {\n  "accessToken": "${strong}",\n  "apiKey": "${rand(24)}",\n}\n\`;\n` } },
    // QA: Puppet hiera-eyaml's folded block (`token: >` then `ENC[PKCS7,…]` lines) and Shopify EJSON values were reported.
    { name: 'QA: hiera-eyaml PKCS7 ciphertext and EJSON ciphertext', files: {
      'data/production.yaml': `---\nprofile::db::password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAx${rand(300, B64)}]\nprofile::api::token: >\n    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAx\n    ${rand(64, B64)}\n    ${rand(60, B64)}]\n`,
      'config/secrets.production.ejson': `{\n  "_public_key": "${rand(64, HEX)}",\n  "database_password": "EJ[1:${rand(22, B64)}==:${rand(32, B64)}:${rand(60, B64)}]",\n  "api_key": "EJ[1:${rand(22, B64)}==:${rand(32, B64)}:${rand(48, B64)}]"\n}\n`,
    } },
    // QA (fullrepos2 D1): Vaultwarden's wiki writes its argon2 ADMIN_TOKEN with compose's `$$` escape (wg-easy its bcrypt
    // PASSWORD_HASH, in the list form); compose deploys `$argon2id$…`, a hash, as the same hash with one `$` passes.
    { name: 'QA: compose `$$`-escaped argon2 and bcrypt hashes (map and list forms, quoted or not)', files: {
      'docker-compose.yml': `services:\n  vw:\n    image: vaultwarden/server:1.32.5\n    environment:\n      ADMIN_TOKEN: ${esc(argon2)}\n  vw2:\n    image: vaultwarden/server:1.32.5\n    environment:\n      ADMIN_TOKEN: '${esc(argon2)}'\n      SMTP_PASSWORD: "${esc(bcrypt)}"\n  wg:\n    image: ghcr.io/wg-easy/wg-easy:14\n    environment:\n      - ADMIN_TOKEN=${esc(bcrypt)}\n      - PASSWORD_HASH=${esc(bcrypt)}\n`,
    } },
    { name: 'Kubernetes env values undo `$$` too', files: { 'k8s/vw.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: vw\nspec:\n  template:\n    spec:\n      containers:\n        - name: vw\n          image: vaultwarden/server:1.32.5\n          env:\n            - name: ADMIN_TOKEN\n              value: "${esc(argon2)}"\n` } },
  ],
  invalid: [
    // `$$` is compose's and Kubernetes' escape, not dotenv's or Docker's: there the program gets `$$argon2id$$…`, no hash
    // (Vaultwarden then takes it as a plain-text token), and a real secret holding `$$` stays one in compose.
    { name: 'a `$$`-escaped hash outside compose/Kubernetes, and a compose secret holding `$$`, are still secrets', files: {
      '.env.production': `ADMIN_TOKEN=${esc(argon2)}\n`,
      'docker-compose.yml': `services:\n  app:\n    image: acme/app:1.2.3\n    environment:\n      API_TOKEN: "Zq8${D}${D}${strong}"\n`,
    }, errors: [{ file: '.env.production', line: 1, message: /'ADMIN_TOKEN'/ }, { file: 'docker-compose.yml', line: 5, message: /'API_TOKEN'/ }] },
    // A value that merely contains `$` is no hash: still a secret.
    { name: 'a password with dollar signs is not a hash', files: { 'config/app.yml': `admin:\n  password: "9${D}${strong}${D}1x"\n` }, errors: [{ file: 'config/app.yml', line: 2, message: /'password'/ }] },
    { name: 'a plain value beside sops ciphertext in the same Secret', files: { 'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  SECRET_KEY: ${sops(64)}\n  JWT_SECRET: "${strong}"\n` }, errors: [{ file: 'k8s/secret.yaml', line: 7, message: /'JWT_SECRET'/ }] },
    { name: 'a basic-auth Secret whose auth holds a plain password', files: { 'k8s/basic-auth.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: basic-auth\ndata:\n  auth: ${b64(`admin:${strong}`)}\n` }, errors: [{ file: 'k8s/basic-auth.yaml', line: 6, message: /'auth'/ }] },
    { name: 'a provider token in a Jest snapshot is still found', files: { 'src/__snapshots__/client.test.ts.snap': `exports[\`c 1\`] = \`"${['gh', 'p_'].join('')}${rand(36)}"\`;\n` }, errors: [{ file: 'src/__snapshots__/client.test.ts.snap', line: 1, message: /GitHub/ }] },
  ],
});

describe('DigitalOcean App Platform encrypted envs (stop 28 newrules D1)', () => {
  it('`type: SECRET` values saved as EV[1:…:…] are ciphertext; a plain literal under type: SECRET is still found', async () => {
    const { runCase } = await import('../helpers/check-tester.js');
    const spec = (v1: string, v2: string) => `name: api\nservices:\n- name: api\n  run_command: gunicorn app:app\n  envs:\n  - key: SECRET_KEY\n    scope: RUN_TIME\n    type: SECRET\n    value: ${v1}\n  - key: STRIPE_API_KEY\n    type: SECRET\n    value: ${v2}\n`;
    const ev = (n: number, m: number) => `EV[1:${rand(n, B64)}:${rand(m, B64)}]`;
    expect((await runCase(hardcodedSecret, { files: { '.do/app.yaml': spec(ev(32, 48), ev(16, 44)) } })).findings).toEqual([]);
    const out = await runCase(hardcodedSecret, { files: { '.do/app.yaml': spec(ev(32, 48), strong) } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['.do/app.yaml:12']);
  });
});

describe('ClickHouse users.d password hashes (QA34 selfhost D1)', () => {
  const users = (inner: string) => `<?xml version="1.0"?>\n<clickhouse>\n    <users>\n        <default>\n            ${inner}\n            <profile>default</profile>\n        </default>\n    </users>\n</clickhouse>\n`;
  it('passes a hex digest under an element named for a hash (password_sha256_hex, password_double_sha1_hex, password_hash); bcrypt under any name', async () => {
    const { runCase } = await import('../helpers/check-tester.js');
    const files = {
      'clickhouse/users.d/default.xml': users(`<password_sha256_hex>${rand(64, HEX)}</password_sha256_hex>`),
      'clickhouse/users.d/analytics.xml': users(`<password_double_sha1_hex>${rand(40, HEX)}</password_double_sha1_hex>`),
      'config/users.xml': users(`<password_hash>${rand(64, HEX)}</password_hash>`),
      'clickhouse/users.d/bcrypt.xml': users(`<password_bcrypt_hash>${bcrypt}</password_bcrypt_hash>`),
    };
    expect((await runCase(hardcodedSecret, { files })).findings).toEqual([]);
  });
  it('still reports a plain password element, a hex value under a name with no hash word, and a random non-hex value under a hash name', async () => {
    const { runCase } = await import('../helpers/check-tester.js');
    const files = {
      'clickhouse/users.d/default.xml': users(`<password>${strong}</password>`),
      'clickhouse/users.d/hex.xml': users(`<password>${rand(64, HEX)}</password>`),
      'clickhouse/users.d/named.xml': users(`<password_sha256_hex>${strong}</password_sha256_hex>`),
    };
    const out = await runCase(hardcodedSecret, { files });
    expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['clickhouse/users.d/default.xml:5', 'clickhouse/users.d/hex.xml:5', 'clickhouse/users.d/named.xml:5']);
  });
});
