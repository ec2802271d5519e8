import { describe, expect, it } from 'vitest';
import { hardcodedSecret, scanText } from '../../src/checks/hardcoded-secret.js';
import { isSecretName, redact } from '../../src/checks/util/secrets.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

// Secret-shaped values are assembled at run time so this file never contains a literal token
// (Preflight scanning its own repository must stay green).
let seed = 42;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function rand(n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; s += alphabet[(seed >>> 16) % alphabet.length]; }
  return s;
}
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const ghp = ['gh', 'p_'].join('') + rand(36);
const fineGrained = ['github', '_pat_'].join('') + rand(82);
const glpat = ['gl', 'pat-'].join('') + rand(20);
const akia = ['AK', 'IA'].join('') + rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
const awsSecret = rand(40, B64);
const stripe = ['sk', '_live_'].join('') + rand(24);
const stripeTest = ['sk', '_test_'].join('') + rand(24);
const google = ['AI', 'za'].join('') + rand(35);
const sendgrid = ['S', 'G.'].join('') + rand(22) + '.' + rand(43);
const npmTok = ['np', 'm_'].join('') + rand(36);
const slack = ['xo', 'xb-'].join('') + '123456789012-1234567890123-' + rand(24);
const slackHook = ['https://hooks.', 'slack.com/services/'].join('') + `T${rand(8, 'ABCDEFGHIJ0123456789')}/B${rand(8, 'ABCDEFGHIJ0123456789')}/${rand(24)}`;
const openai = ['sk', '-proj-'].join('') + rand(48);
const anthropic = ['sk', '-ant-api03-'].join('') + rand(93) + 'AA';
const twilio = ['S', 'K'].join('') + rand(32, HEX);
const shopify = ['shp', 'at_'].join('') + rand(32, HEX);
const strong = `${rand(12)}7Qz${rand(17)}`;
const djangoKey = `${rand(20)}!@#${rand(20)}$%^`;
const pkBody = Array.from({ length: 6 }, () => rand(64, B64)).join('\n');
const armour = (t: string) => [`-----${'BEGIN'} ${t}-----`, pkBody, `-----${'END'} ${t}-----`].join('\n');
const b64 = (s: string) => Buffer.from(s).toString('base64');

testCheck(hardcodedSecret, {
  valid: [
    { name: 'no secrets', files: { 'app.py': 'import os\nSECRET_KEY = os.environ["SECRET_KEY"]\n' } },
    { name: 'env references', files: { '.env': 'API_TOKEN=${API_TOKEN}\nDB_PASSWORD=$DB_PASSWORD\n', 'config.js': 'module.exports = { apiKey: process.env.API_KEY };\n' } },
    { name: 'AWS documented example keys', files: { 'README.md': `aws_access_key_id = AKIA${'IOSFODNN7EXAMPLE'}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${'EXAMPLEKEY'}\n` } },
    { name: 'example and placeholder values', files: { 'settings.py': `API_KEY = "your-api-key-here"\nTOKEN = "xxxxxxxxxxxxxxxxxxxxxxxx"\nSECRET = "dummy-${rand(16)}1"\nGITHUB_TOKEN = "gh${'p_'}${'x'.repeat(36)}"\n` } },
    { name: 'names about a secret, not the secret', files: { 'settings.py': `PASSWORD_MIN_LENGTH = 12\nSECRET_NAME = "prod/db/${rand(20)}9"\nTOKEN_URL = "https://auth.example.com/${rand(20)}"\nPASSWORD_FILE = "/run/secrets/db_password"\nAUTH_PASSWORD_VALIDATORS = []\nMAX_TOKENS = 4096\nPUBLIC_KEY = "${rand(40)}1"\n` } },
    { name: 'low-entropy or word-like values', files: { 'config.yml': 'password: access_token_value\ntoken: refresh_token\nsecret: aaaaaaaaaaaaaaaa1\n' } },
    { name: 'stripe test key', files: { 'pay.js': `const key = "${stripeTest}";\n` } },
    { name: 'firebase web config', files: { 'firebase.js': `const firebaseConfig = {\n  apiKey: "${google}",\n  authDomain: "app.firebaseapp.com",\n};\n` } },
    { name: 'database URL with variables or defaults', files: { 'docker-compose.yml': 'services:\n  web:\n    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n      CACHE_URL: redis://:postgres@cache:6379\n      OTHER_URL: postgres://postgres:postgres@db/app\n' } },
    { name: 'database URL on localhost or example host', files: { 'test.env.sample': '', 'notes.py': `DB = "postgres://app:${strong}@localhost:5432/app"\nDOC = "mysql://u:${strong}@db.example.com/x"\n` } },
    { name: 'URLs with an empty user name and a variable, placeholder or default password', files: { 'docker-compose.yml': 'services:\n  web:\n    environment:\n      REDIS_URL: redis://:${REDIS_PASSWORD}@cache.prod.acme.io:6379/0\n      CACHE_URL: rediss://:password@cache.prod.acme.io:6380\n      DOC_URL: redis://:<password>@cache.prod.acme.io:6379\n      PG_URL: postgresql://:changeme@db.prod.acme.io/app\n' } },
    { name: 'sequential dummy tokens (counting runs) in docs and code', files: {
      'README.md': `Example: \`export GITHUB_TOKEN=${['gh', 'p_'].join('')}1234567890abcdefghijklmnopqrstuvwxyz\`\n`,
      'docs/aws.md': `aws_access_key_id = ${['AK', 'IA'].join('')}ABCDEFGHIJKLMNOP\n`,
      'billing.py': `stripe.api_key = "${['sk', '_live_'].join('')}1234567890abcdefghij"\nNPM = "${['np', 'm_'].join('')}zyxwvutsrqponmlkjihgfedcba9876543210"\n`,
    } },
    { name: 'f-string and template URLs', files: { 'db.py': 'url = f"postgresql://{user}:{password}@{host}/db"\nurl2 = "postgres://%s:%s@%s/db" % (u, p, h)\n' } },
    { name: 'ciphertext: dotenvx encrypted values, sops values', files: { '.env.production': `DOTENV_PUBLIC_KEY_PRODUCTION="02${rand(64, HEX)}"\nDATABASE_PASSWORD="encrypted:${rand(120, B64)}"\nAPI_TOKEN=encrypted:${rand(80, B64)}\n`, 'secrets.enc.yaml': `db_password: ENC[AES256_GCM,data:${rand(24, B64)},iv:${rand(24, B64)},tag:${rand(24, B64)},type:str]\n` } },
    { name: 'generic assignment in template file', files: { '.env.example': `SECRET_KEY=${strong}\n` } },
    { name: 'generic assignment in docs', files: { 'docs/setup.md': `Set \`API_KEY=${strong}\` in your shell.\n` } },
    { name: 'generic assignment in tests', files: { 'tests/test_auth.py': `PASSWORD = "${strong}"\n` } },
    { name: 'lockfiles and vendored files are skipped', files: { 'package-lock.json': `{"token": "${ghp}"}\n`, 'vendor/lib.js': `var t="${ghp}";\n`, 'app.min.js': `var t="${ghp}";\n` } },
    { name: 'allow option by glob', files: { 'certs/dev.key': armour('RSA PRIVATE KEY') }, options: { allow: ['certs/**'] } },
    { name: 'allow option by file name', files: { 'deep/dir/known.pem': armour('PRIVATE KEY') }, options: { allow: ['known.pem'] } },
    { name: 'private key placeholder body', files: { 'README.md': '```\n-----BEGIN RSA PRIVATE KEY-----\n...your key here...\n-----END RSA PRIVATE KEY-----\n```\n' } },
    { name: 'public certificate', files: { 'ca.pem': [`-----${'BEGIN'} CERTIFICATE-----`, pkBody, `-----${'END'} CERTIFICATE-----`].join('\n') } },
    { name: 'kubernetes Secret with templated and empty values', files: { 'k8s/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: "${DB_PASSWORD}"\n  empty: ""\ndata:\n  token: ""\n' } },
    { name: 'kubernetes Secret with base64 placeholder', files: { 'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${b64('changeme')}\n` } },
    { name: 'kubernetes env from secretKeyRef', files: { 'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          env:\n            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef: { name: api, key: token }\n' } },
    { name: 'comparisons and type annotations', files: { 'auth.ts': `if (password === "${strong}") {}\nfunction f(token: string) {}\n` } },
    { name: 'expressions in code are not literals', files: { 'parser.ts': 'const secretKey = reader.int32()\nregexes.NMTOKEN = ed5.NMTOKEN_RE;\n *     date-token      = 1*non-delimiter\n', 'app.py': 'api_key = settings.API_KEY_2024\n' } },
    { name: 'python docstring examples and RFC example tokens', files: { 'oauth.py': `def parse():\n    \"\"\"Example::\n\n        access_token="${rand(8)}4${rand(12)}"\n    \"\"\"\n    return {"access_token": "2YotnFZFEjr1zCsicMWpAA"}\n` } },
    { name: 'dotenv placeholders, references, booleans and URLs', files: { '.env': 'SECRET_KEY=changeme\nAPI_TOKEN=\nDB_PASSWORD=${DB_PASSWORD}\nAUTH_ENABLED=true\nTOKEN_ENDPOINT=https://auth.example.com/token\nJWT_SECRET=short\n' } },
    { name: 'assignments in code comments and dummy values', files: { 'lib/core.js': `/**\n * const apiToken = "${strong}";\n */\n// password = "${strong}"\nconst token = "abc123xyz456abc";\n`, 'run.py': `# SECRET_KEY = "${strong}"\n` } },
    { name: 'file names as keys', files: { 'manifest.json': `{"hardcoded-secret.test.ts": "${rand(20)}7", "client_secret.json": "${rand(20)}7"}\n` } },
    { name: 'kubernetes Secret in test fixtures', files: { 'test/fixtures/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: t\nstringData:\n  password: ${strong}\n` } },
    { name: 'uuid-like identifiers under non-secret names', files: { 'config.json': `{"clientId": "${rand(32, HEX)}", "requestId": "${rand(32, HEX)}"}\n` } },
  ],
  invalid: [
    { name: 'GitHub token in code', files: { 'deploy.sh': `curl -H "Authorization: token ${ghp}" https://api.github.com\n` }, errors: [{ file: 'deploy.sh', line: 1, message: /GitHub token \(ghp_…\)/ }] },
    { name: 'GitHub fine-grained token', files: { 'ci.txt': `token=${fineGrained}\n` }, errors: [{ file: 'ci.txt', line: 1, message: 'github_pat_…' }] },
    { name: 'GitLab token in a comment', files: { 'main.go': `package main\n// old token: ${glpat}\n` }, errors: [{ file: 'main.go', line: 2 }] },
    { name: 'AWS access key id and secret', files: { 'config/aws.ini': `[default]\naws_access_key_id = ${akia}\naws_secret_access_key = ${awsSecret}\n` }, errors: [{ file: 'config/aws.ini', line: 2, message: /AWS access key id/ }, { file: 'config/aws.ini', line: 3, message: /AWS secret access key/ }] },
    { name: 'Stripe live key', files: { 'billing.py': `stripe.api_key = "${stripe}"\n` }, errors: [{ file: 'billing.py', line: 1, message: 'sk_live_…' }] },
    { name: 'Google API key', files: { 'maps.js': `const MAPS = "${google}";\n` }, errors: [{ file: 'maps.js', line: 1 }] },
    { name: 'SendGrid, npm, Slack, OpenAI, Anthropic, Twilio, Shopify', files: { 'keys.txt': [sendgrid, `//registry.npmjs.org/:_authToken=${npmTok}`, slack, slackHook, openai, anthropic, twilio, shopify].join('\n') }, errors: [1, 2, 3, 4, 5, 6, 7, 8].map((line) => ({ file: 'keys.txt', line })) },
    { name: 'token in a test file still counts', files: { 'tests/test_api.py': `TOKEN = "${ghp}"\n` }, errors: [{ file: 'tests/test_api.py', line: 1 }] },
    { name: 'RSA private key file', files: { 'deploy/id_rsa': armour('RSA PRIVATE KEY') }, errors: [{ file: 'deploy/id_rsa', line: 1, message: /private key/ }] },
    { name: 'OpenSSH private key after other lines', files: { 'keys/notes.txt': `first\nsecond\n${armour('OPENSSH PRIVATE KEY')}\nafter ${ghp}\n` }, errors: [{ file: 'keys/notes.txt', line: 3 }, { file: 'keys/notes.txt', line: 11 }] },
    { name: 'private key inside a JSON string', files: { 'sa.json': `{\n  "type": "service_account",\n  "private_key": "${armour('PRIVATE KEY').replace(/\n/g, '\\n')}\\n"\n}\n` }, errors: [{ file: 'sa.json', line: 3 }] },
    { name: 'private key with CRLF line endings', files: { 'key.pem': `${armour('EC PRIVATE KEY').replace(/\n/g, '\r\n')}\r\n` }, errors: [{ file: 'key.pem', line: 1 }] },
    { name: 'database URL with a real password', files: { 'docker-compose.yml': `services:\n  web:\n    environment:\n      DATABASE_URL: postgres://app:${strong}@db:5432/app\n` }, errors: [{ file: 'docker-compose.yml', line: 4, message: 'postgres:// URL' }] },
    { name: 'URL with an empty user name and a password', files: {
      'settings.py': `CACHE_URL = "redis://:${strong}@cache.prod.acme.io:6379/0"\nBROKER_URL = "rediss://:${strong}@cache.prod.acme.io:6380/1"\nDATABASE_URL = "postgresql://:${strong}@db.prod.acme.io:5432/app"\n`,
      '.env.production': `REDIS_URL=redis://:${strong}@cache.prod.acme.io:6379/0\n`,
    }, errors: [{ file: 'settings.py', line: 1, column: 14, message: 'a redis:// URL embeds a password' }, { file: 'settings.py', line: 2, message: 'rediss://' }, { file: 'settings.py', line: 3, message: 'postgresql://' }, { file: '.env.production', line: 1, column: 11, message: 'redis://' }] },
    { name: 'tokens with a short counting run are real tokens', files: { 'deploy.sh': `T1=${['gh', 'p_'].join('')}abcd${rand(32)}\nT2=${['gh', 'p_'].join('')}1234567890${rand(26)}\n` }, errors: [{ file: 'deploy.sh', line: 1, message: 'GitHub token' }, { file: 'deploy.sh', line: 2, message: 'GitHub token' }] },
    { name: 'Django SECRET_KEY literal', files: { 'mysite/settings.py': `DEBUG = False\nSECRET_KEY = '${djangoKey}'\n` }, errors: [{ file: 'mysite/settings.py', line: 2, message: "'SECRET_KEY'" }] },
    { name: 'dotenv values with CRLF', files: { '.env': `DEBUG=0\r\nAPI_TOKEN=${strong}\r\nJWT_SECRET="${rand(30)}9x"\r\n` }, errors: [{ file: '.env', line: 2 }, { file: '.env', line: 3 }] },
    { name: 'JSON and JS object keys', files: { 'config.json': `{\n  "apiKey": "${strong}",\n  "name": "x"\n}\n`, 'client.ts': `export const cfg = { clientSecret: '${rand(28)}4' };\n` }, errors: [{ file: 'config.json', line: 2 }, { file: 'client.ts', line: 1 }] },
    { name: 'YAML plain and block scalar values', files: { 'config/app.yml': `db:\n  password: ${strong}\nsigning_key: |\n  ${rand(32)}\n  ${rand(30)}7\n` }, errors: [{ file: 'config/app.yml', line: 2 }, { file: 'config/app.yml', line: 3 }] },
    { name: 'kubernetes Secret with literal data and stringData', files: { 'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  username: ${b64('svc-api')}\n  password: ${b64(strong)}\nstringData:\n  token: plain-${rand(10)}\n` }, errors: [{ file: 'k8s/secret.yaml', line: 7, message: "'username'" }, { file: 'k8s/secret.yaml', line: 8, message: "'password'" }, { file: 'k8s/secret.yaml', line: 10, message: 'stringData' }] },
    { name: 'kubernetes env literal', files: { 'deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          env:\n            - name: API_TOKEN\n              value: "${strong}"\n` }, errors: [{ file: 'deploy.yaml', line: 13, message: 'secretKeyRef' }] },
    { name: 'dotenv password without digits still counts', files: { '.env': 'FLASK_DEBUG=1\nDB_PASSWORD=hunterhunter\n' }, errors: [{ file: '.env', line: 2 }] },
    { name: 'python assignment after a closed docstring', files: { 'cfg.py': `\"\"\"Config.\"\"\"\nAPI_KEY = "${strong}"\n` }, errors: [{ file: 'cfg.py', line: 2 }] },
    { name: 'Go short declaration and Ruby hash rocket', files: { 'main.go': `package main\nfunc f() {\n\tapiKey := "${strong}"\n}\n`, 'config.rb': `config = { :client_secret => '${rand(24)}5' }\n` }, errors: [{ file: 'main.go', line: 3 }, { file: 'config.rb', line: 1 }] },
    { name: 'unquoted value in a shell script', files: { 'deploy/env.sh': `export API_TOKEN=${strong}\n` }, errors: [{ file: 'deploy/env.sh', line: 1 }] },
    { name: 'same value twice on a line is one finding, two lines two', files: { 'a.sh': `export A=${ghp} B=${ghp}\necho ${ghp}\n` }, errors: [{ file: 'a.sh', line: 1 }, { file: 'a.sh', line: 2 }] },
    { name: 'token inside a long minified-looking line', files: { 'bundle.js': `var a=1;${'x=1;'.repeat(400)}var t="${ghp}";\n` }, errors: [{ file: 'bundle.js', line: 1 }] },
    { name: 'template file still reports a real token format', files: { '.env.example': `GITHUB_TOKEN=${ghp}\n` }, errors: [{ file: '.env.example', line: 1 }] },
  ],
});

describe('hardcoded-secret on files over 1 MiB', () => {
  it('scans a large committed file chunk by chunk, at the right lines', async () => {
    const filler = Array.from({ length: 30_000 }, (_, i) => `  "attribute_${i}": "value-${i}",`).join('\n');
    const state = `{\n  "id": "${akia}",\n${filler}\n  "token": "${ghp}"\n}\n`;
    expect(state.length).toBeGreaterThan(1024 * 1024);
    const out = await runCase(hardcodedSecret, { files: { 'terraform.tfstate': state } });
    expect(out.findings.map((f) => [f.line, f.message.split(' ')[0]])).toEqual([[2, 'AWS'], [30_003, 'GitHub']]);
  });
});

describe('hardcoded-secret dummy detection', () => {
  it('never takes a random token for a counting-run dummy', () => {
    const rules: [string, () => string][] = [
      ['GitHub', () => ['gh', 'p_'].join('') + rand(36)], ['npm', () => ['np', 'm_'].join('') + rand(36)],
      ['AWS', () => ['AK', 'IA'].join('') + rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')], ['Stripe', () => ['sk', '_live_'].join('') + rand(24)],
      ['Twilio', () => ['S', 'K'].join('') + rand(32, HEX)], ['Shopify', () => ['shp', 'at_'].join('') + rand(32, HEX)],
    ];
    for (const [label, make] of rules) {
      const tokens = Array.from({ length: 500 }, make);
      const hits = scanText(tokens.map((t) => `token: ${t}`).join('\n'), { generic: false, yaml: false });
      expect(hits.length, label).toBe(tokens.length);
    }
  });
});

describe('hardcoded-secret output hygiene', () => {
  it('never prints a secret value, only the public prefix, and passes the raw value for fingerprinting', async () => {
    const files = { 'x.py': `T = "${ghp}"\nSECRET_KEY = "${djangoKey}"\n`, 'k.yaml': `apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData:\n  password: ${strong}\n` };
    const out = await runCase(hardcodedSecret, { name: 'hygiene', files });
    expect(out.findings).toHaveLength(3);
    for (const f of out.findings) {
      for (const v of [ghp, ghp.slice(4, 12), djangoKey, djangoKey.slice(0, 8), strong, strong.slice(0, 8)]) expect(f.message).not.toContain(v);
      expect(f.secret).toBeTruthy();
    }
    expect(out.findings.map((f) => f.secret).sort()).toEqual([djangoKey, ghp, strong].sort());
  });

  it('reports the column of the value', () => {
    const hits = scanText(`x = 1\nkey = "${ghp}"\n`, { generic: true, yaml: false });
    expect(hits).toEqual([expect.objectContaining({ line: 2, column: 8 })]);
  });

  it('counts lines correctly across many candidate and non-candidate lines', () => {
    const lines = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? `password_hint_${i} = "no"` : `line ${i}`));
    lines[321] = `token = "${ghp}"`;
    const hits = scanText(lines.join('\n'), { generic: true, yaml: false });
    expect(hits.map((h) => h.line)).toEqual([322]);
  });

  it('scans 5 MB of ordinary code quickly', () => {
    const chunk = 'function add(a, b) {\n  const total = a + b; // sum\n  return total;\n}\nconst password = getPassword();\n';
    const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const t0 = performance.now();
    expect(scanText(text, { generic: true, yaml: false })).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('stays linear on pathological lines', () => {
    const tq = '"'.repeat(3);
    const inputs = [`://${'a'.repeat(300_000)}`, '='.repeat(200_000), 'password='.repeat(50_000), 'x:'.repeat(100_000), '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(5_000), `${tq}${'token = "a1"\n'.repeat(20_000)}`];
    const t0 = performance.now();
    for (const text of inputs) for (const mode of [{ generic: true, yaml: true, unquoted: true }, { generic: true, yaml: false, python: true }]) scanText(text, mode);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('never crashes on malformed input', async () => {
    const files = { 'bad.yaml': 'apiVersion: v1\nkind: Secret\ndata: [1, 2\n', 'weird.txt': '-----BEGIN RSA PRIVATE KEY-----\n' + '\u0000'.repeat(0) + 'A'.repeat(100), 'x.json': '{"password": "\\' };
    const out = await runCase(hardcodedSecret, { name: 'malformed', files });
    expect(out.error).toBeUndefined();
  });
});

describe('secret-name token matching', () => {
  it.each([
    'PASSWORD', 'DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'dbPassword', 'SECRET_KEY', 'SECRET_KEY_BASE', 'client_secret',
    'API_KEY', 'apiKey', 'APIKEY', 'x-api-key', 'NPM_TOKEN', 'GITHUB_TOKEN', 'accessToken', 'AWS_SECRET_ACCESS_KEY', 'PRIVATE_KEY', 'APP_KEY',
    'JWT_SECRET', 'SMTP_PASS', 'RABBITMQ_DEFAULT_PASS', 'CREDENTIALS', 'spring.datasource.password', 'STRIPE_SECRET_KEY', 'passphrase',
  ])('%s is secret-like', (name) => expect(isSecretName(name)).toBe(true));
  it.each([
    'PASSWORD_FILE', 'POSTGRES_PASSWORD_FILE', 'PASSWORD_MIN_LENGTH', 'MIN_PASSWORD_LENGTH', 'SECRET_NAME', 'TOKEN_URL', 'TOKEN_ENDPOINT', 'DB_USER',
    'PUBLIC_KEY', 'NEXT_PUBLIC_API_KEY', 'STRIPE_PUBLISHABLE_KEY', 'MAX_TOKENS', 'TOKENIZERS_PARALLELISM', 'AUTH_PASSWORD_VALIDATORS', 'PASSWORD_HASHERS',
    'ACCESS_TOKEN_LIFETIME', 'TOKEN_TTL', 'PWD', 'KEY', 'CACHE_KEY', 'PRIMARY_KEY', 'SECRET_ARN', 'AWS_ACCESS_KEY_ID', 'client_secret.json', 'NMTOKEN', 'PASSWORD_RESET_TIMEOUT',
  ])('%s is not secret-like', (name) => expect(isSecretName(name)).toBe(false));
  it('redacts to the public prefix at most', () => {
    expect(redact(ghp, { prefix: 'gh', prefixLength: 4 })).toBe('ghp_…');
    expect(redact('ghp_ab', { prefix: 'gh', prefixLength: 4 })).toBe('gh…');
    expect(redact('hunter2')).toBe('…');
  });
});
