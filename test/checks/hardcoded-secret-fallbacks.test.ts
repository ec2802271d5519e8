import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { isSecretName } from '../../src/checks/util/secrets.js';
import { isTestFile } from '../../src/repo/classify.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole (no rand(): the
// seeded sequence of hardcoded-secret.test.ts is left alone).
const k1 = ['Xk29', 'Lm4Q', 'p8zR', 't7wY', '3bN6'].join('');
const k2 = ['Qm7v', 'T2xL', 'p9Rw', 'Zs4K', '8d'].join('');
const k3 = ['Zx9L', 'm2Kq', '8Rt4', 'Vw7Y', '3bN6'].join('');
const hex64 = ['9d1c4e1fa3b2d8e7', 'c6f5a4b3c2d1e0f9', 'a8b7c6d5e4f3a2b1', 'c0d9e8f7a6b5c4d3'].join('');
const strongPhoenix = ['Jb8vK3mQ9xL2pR7t', 'W4zY6cF1hN5sD0gA', '8eU3iO7yT2rE6wQ9', 'vB4nM1kL5jH8gF3d'].join('');

testCheck(hardcodedSecret, {
  valid: [
    { name: 'fallbacks that are defaults, placeholders, empty, required or alternatives (default-credentials territory)', files: {
      'docker-compose.yml': 'services:\n  api:\n    environment:\n      SECRET_KEY: ${SECRET_KEY:-changeme}\n      JWT_SECRET: "${JWT_SECRET:?set JWT_SECRET}"\n      API_TOKEN: ${API_TOKEN:+present}\n      DB_PASSWORD: ${DB_PASSWORD:-}\n      REDIS_PASSWORD: ${REDIS_PASSWORD-your-redis-password}\n      PORT: ${PORT:-8080}\n',
      'settings.py': 'import os\nSECRET_KEY = os.environ.get("SECRET_KEY", "dev")\nAPI_TOKEN = os.getenv("API_TOKEN") or "changeme"\nREGION = os.getenv("REGION", "eu-west-1")\n',
      'index.js': 'const secret = process.env.JWT_SECRET || "secret";\nconst key = process.env.API_KEY ?? "";\n',
      'src/main/resources/application.properties': 'jwt.secret=${JWT_SECRET:changeme}\nserver.port=${PORT:8080}\n',
    } },
    { name: 'a fallback in a comment or a docstring is documentation', files: {
      'lib/auth.js': `// const secret = process.env.JWT_SECRET || "${k3}";\n`,
      'app/conf.py': `def f():\n    """Usage::\n\n        key = os.environ.get("API_KEY", "${k1}")\n    """\n`,
    } },
    { name: "Mailgun's documented example key as a Laravel env() fallback", files: { 'config/services.php': "<?php\nreturn [\n    'mailgun' => [\n        'secret' => env('MAILGUN_SECRET', 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0'),\n    ],\n];\n" } },
    { name: 'a fallback under a non-secret name', files: { 'docker-compose.yml': `services:\n  api:\n    environment:\n      BUILD_ID: \${BUILD_ID:-${k1}}\n` } },
    { name: 'Helm checksum annotations and digest-named keys with hex digests', files: {
      'manifests/api.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/secret: ${hex64}\n        checksum/config: ${hex64.split('').reverse().join('')}\n`,
      'chart/values.yaml': `podAnnotations:\n  checksum/secret: ${hex64}\nsecretHash: ${hex64}\ntokenDigest: sha256:${hex64}\nsha256_secret: ${hex64}\netag_token: "${hex64.slice(0, 32)}"\n`,
      'src/validators.ts': 'const tokenCacheKey = "auth:token:v2:3f9a8b7c";\nexport const TOKEN_CACHE_KEY = "auth:token:v3:9b7c3f8a";\n',
    } },
    // QA: detect-secrets' `.secrets.baseline` (committed by every repository that runs its pre-commit hook) was a critical
    // finding per entry: `hashed_secret` holds the SHA-1 of what it found, never the secret.
    { name: "QA: detect-secrets baseline's hashed_secret digests", files: {
      '.secrets.baseline': `{\n  "version": "1.5.0",\n  "results": {\n    "config/settings.py": [\n      {\n        "type": "Secret Keyword",\n        "filename": "config/settings.py",\n        "hashed_secret": "${hex64.slice(0, 40)}",\n        "is_verified": false,\n        "line_number": 12\n      }\n    ]\n  }\n}\n`,
      'config/users.yml': `admin:\n  hashed_password: "${hex64}"\n`,
    } },
    { name: 'dotenv: an unquoted value runs to the end of the line', files: { '.env.production': 'SESSION_SECRET=keyboard cat\nJWT_SECRET=super secret   # rotate me\nCOOKIE_SECRET=change me please\n', '.env.prod': 'SESSION_SECRET=keyboard cat\n' } },
    { name: 'test-environment configuration files', files: {
      'config/test.exs': `import Config\nconfig :my_app, MyAppWeb.Endpoint,\n  secret_key_base: "${strongPhoenix}",\n  server: false\n`,
      'config/environments/test.rb': `Rails.application.configure do\n  config.secret_key_base = "${k1}"\nend\n`,
      'proj/settings/test.py': `SECRET_KEY = "${k1}"\n`,
      'proj/settings/testing.py': `SECRET_KEY = "${k2}"\n`,
      'src/main/resources/application-test.yml': `jwt:\n  secret: ${k3}\n`,
      'src/main/resources/application-test.properties': `jwt.secret=${k3}\n`,
      'src/Api/appsettings.Test.json': `{ "Jwt": { "SigningKey": "${k1}" } }\n`,
    } },
  ],
  invalid: [
    { name: 'compose and shell fallbacks', files: {
      'docker-compose.yml': `services:\n  api:\n    environment:\n      SECRET_KEY: \${SECRET_KEY:-${k1}}\n      JWT_SECRET: "\${JWT_SECRET-${k2}}"\n  worker:\n    environment:\n      - SIGNING=\${SIGNING_KEY:=${k3}}\n`,
      'deploy/run.sh': `export API_TOKEN="\${API_TOKEN:-${k2}}"\n`,
    }, errors: [
      { file: 'docker-compose.yml', line: 4, column: 33, message: "'SECRET_KEY' falls back to a hard-coded secret value when the variable is unset" },
      { file: 'docker-compose.yml', line: 5, column: 33, message: "'JWT_SECRET'" },
      { file: 'docker-compose.yml', line: 8, column: 32, message: "'SIGNING_KEY'" },
      { file: 'deploy/run.sh', line: 1, column: 32 },
    ] },
    { name: 'QA 30: an escaped $${…} default in compose is text that holds the secret, no fallback', files: {
      'docker-compose.yml': `services:\n  app:\n    environment:\n      JWT_SECRET: $\${JWT_SECRET:-${k1}}\n`,
    }, errors: [
      { file: 'docker-compose.yml', line: 4, column: 34, message: "'JWT_SECRET' holds a hard-coded secret value (inside an escaped `$${…}` default, which compose passes on as text)" },
    ] },
    { name: 'a JavaScript template\'s `$${…}` (a dollar sign, then a read) is no escaped compose default', files: {
      'src/auth.js': `const label = \`$\${price}\`; const secret = process.env.JWT_SECRET || '${k1}';\nconst tpl = \`$\${process.env.API_TOKEN || '${k2}'}\`;\n`,
    }, errors: [
      { file: 'src/auth.js', line: 1, message: "'JWT_SECRET' falls back to a hard-coded secret value when the variable is unset" },
      { file: 'src/auth.js', line: 2, message: "'API_TOKEN' falls back to a hard-coded secret value when the variable is unset" },
    ] },
    { name: 'Spring property placeholders with a default', files: {
      'src/main/resources/application.properties': `jwt.secret=\${JWT_SECRET:${k3}}\nspring.datasource.password=\${DB_PASSWORD:${k2}}\n`,
      'src/main/resources/application.yml': `app:\n  signing: \${APP_SIGNING_SECRET:${k1}}\n`,
      'src/main/java/Auth.java': `class Auth {\n  @Value("\${jwt.secret:${k1}}")\n  private String secret;\n}\n`,
    }, errors: [
      { file: 'src/main/resources/application.properties', line: 1, column: 25 },
      { file: 'src/main/resources/application.properties', line: 2, column: 42, message: "'DB_PASSWORD'" },
      { file: 'src/main/resources/application.yml', line: 2, column: 33 },
      { file: 'src/main/java/Auth.java', line: 2, column: 24, message: "'jwt.secret'" },
    ] },
    { name: 'Python environment fallbacks', files: {
      'settings.py': `import os\nSECRET_KEY = os.environ.get("SECRET_KEY", "${k1}")\nAPI_TOKEN = os.getenv("API_TOKEN") or "${k2}"\nsigning = env("APP_SIGNING_KEY", default='${k3}')\n`,
    }, errors: [
      { file: 'settings.py', line: 2, column: 44, message: "'SECRET_KEY' falls back" },
      { file: 'settings.py', line: 3, column: 40, message: "'API_TOKEN'" },
      { file: 'settings.py', line: 4, column: 43 },
    ] },
    { name: 'Laravel env() fallbacks', files: { 'config/services.php': `<?php\nreturn [\n    'mailgun' => [\n        'secret' => env('MAILGUN_SECRET', '${k2}'),\n    ],\n];\n` }, errors: [{ file: 'config/services.php', line: 4, column: 44, message: "'MAILGUN_SECRET'" }] },
    { name: 'JavaScript environment fallbacks', files: {
      'index.js': `const secret = process.env.JWT_SECRET || "${k3}";\nconst apiKey = process.env['API_KEY'] ?? '${k1}';\nexport const token = import.meta.env.VITE_TOKEN || \`${k2}\`;\n`,
    }, errors: [
      { file: 'index.js', line: 1, column: 43, message: "'JWT_SECRET'" },
      { file: 'index.js', line: 2, column: 43 },
      { file: 'index.js', line: 3 },
    ] },
    { name: 'a non-digest value under a digest-looking annotation key is judged, a secret key is not a checksum', files: {
      'values.yaml': `podAnnotations:\n  secret: ${hex64}\nsigning_key: ${k1}\n`,
    }, errors: [{ file: 'values.yaml', line: 2 }, { file: 'values.yaml', line: 3 }] },
    { name: 'dotenv: the whole value is judged, a trailing comment is not part of it', files: { '.env.production': `API_TOKEN=${k1}   # production token\nDB_PASSWORD=${k2.slice(0, 8)}#${k2.slice(8)}\n` },
      errors: [{ file: '.env.production', line: 1, column: 11 }, { file: '.env.production', line: 2, column: 13 }] },
    // Only the framework's generated development key (`secret_key_base`, which `mix phx.new` writes) is a note there (secrets-dev41).
    { name: 'development configuration is not exempt: a committed secret there is still a leak', files: {
      'config/dev.exs': `import Config\nconfig :my_app, MyApp.Guardian,\n  issuer: "my_app",\n  secret_key: "${strongPhoenix}",\n  ttl: {30, :days}\n`,
      'src/main/resources/application-prod.yml': `jwt:\n  secret: ${k3}\n`,
    }, errors: [{ file: 'config/dev.exs', line: 4, column: 16 }, { file: 'src/main/resources/application-prod.yml', line: 2 }] },
  ],
});

describe('hardcoded-secret and default-credentials on fallbacks', () => {
  it('never report the same value at the same place: weak fallbacks are default-credentials, random ones hardcoded-secret', async () => {
    const files = {
      'docker-compose.yml': `services:\n  api:\n    environment:\n      DB_PASSWORD: \${DB_PASSWORD:-changeme}\n      SECRET_KEY: \${SECRET_KEY:-${k1}}\n`,
      'settings.py': `import os\nSECRET_KEY = os.getenv("SECRET_KEY") or "dev"\nAPI_TOKEN = os.getenv("API_TOKEN") or "${k2}"\n`,
      'index.js': `const a = process.env.JWT_SECRET || "secret";\nconst b = process.env.API_KEY || "${k3}";\n`,
      '.env.production': 'SESSION_SECRET=keyboard cat\n',
    };
    const hs = (await runCase(hardcodedSecret, { name: 'hs', files })).findings.map((f) => `${f.file}:${f.line}`);
    const dc = (await runCase(defaultCredentials, { name: 'dc', files })).findings.map((f) => `${f.file}:${f.line}`);
    expect(hs.sort()).toEqual(['docker-compose.yml:5', 'index.js:2', 'settings.py:3']);
    expect(dc.sort()).toEqual(['.env.production:1', 'docker-compose.yml:4', 'index.js:1', 'settings.py:2']);
  });

  it('a cache key name is not a secret name', () => {
    for (const n of ['tokenCacheKey', 'TOKEN_CACHE_KEY', 'session_token_cache']) expect(isSecretName(n), n).toBe(false);
    for (const n of ['CACHE_PASSWORD', 'REDIS_CACHE_PASSWORD', 'cacheApiKey']) expect(isSecretName(n), n).toBe(true);
  });

  it('classifies per-environment test configuration as test files, and development configuration not', () => {
    for (const f of ['config/test.exs', 'apps/web/config/test.exs', 'config/environments/test.rb', 'proj/settings/test.py', 'proj/settings/testing.py', 'src/main/resources/application-test.yml',
      'src/main/resources/application-test.properties', 'src/Api/appsettings.Test.json']) expect(isTestFile(f), f).toBe(true);
    for (const f of ['config/dev.exs', 'config/prod.exs', 'config/runtime.exs', 'config/environments/production.rb', 'proj/settings/production.py', 'src/main/resources/application.yml',
      'src/main/resources/application-prod.yml', 'src/Api/appsettings.json', 'src/Api/appsettings.Development.json', 'contest.exs']) expect(isTestFile(f), f).toBe(false);
  });
});

it("environs' env.str(\"X\", \"…\") fallbacks are found like os.getenv's", async () => {
  const files = { 'settings.py': `from environs import Env\nenv = Env()\nAPI_TOKEN = env.str("API_TOKEN", "${k2}")\n` };
  const out = await runCase(hardcodedSecret, { name: 'environs', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['settings.py:3']);
});

it('a dotenv connection string under a plain name is read for its secret-named parts', async () => {
  const files = { '.env': `CONN=Server=db;Password=${k1};\nConnectionStrings__Default=Host=db;Password=${k3};\n` };
  const out = await runCase(hardcodedSecret, { name: 'conn', files });
  expect(out.findings.map((f) => `${f.line}`)).toEqual(['1', '2']);
});

it("Spring's kebab-case names: `${app.jwt-secret:…}` is a name and its default, not the shell's `-` operator", async () => {
  const line1 = `app.security.jwt-secret=\${app.jwt-secret:${k1}}`;
  const files = { 'src/main/resources/application.properties': `${line1}\napp.other=\${db.admin-password:${k3}}\n`, 'run.sh': `echo "\${DB_PASSWORD-${k2}}"\n` };
  const out = await runCase(hardcodedSecret, { name: 'kebab', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual([
    `run.sh:1:${'echo "${DB_PASSWORD-'.length + 1}`,
    `src/main/resources/application.properties:1:${line1.indexOf(k1) + 1}`,
    `src/main/resources/application.properties:2:${'app.other=${db.admin-password:'.length + 1}`,
  ]);
});

describe('hardcoded-secret and default-credentials on a password equal to the user name (QA-A A1)', () => {
  it('is default-credentials\' finding only, wherever the environment is written: an env_file, a bare production env file, compose environment, a container, a Dockerfile', async () => {
    const files = {
      'docker-compose.yml': `services:\n  db:\n    image: postgres:16\n    env_file:\n      - ./.env.prod.db\n  app:\n    image: acme/app:1.0\n    environment:\n      DB_USER: ${k1}\n      DB_PASSWORD: ${k1}\n`,
      '.env.prod.db': 'POSTGRES_USER=hello_django\nPOSTGRES_PASSWORD=hello_django\nPOSTGRES_DB=hello_django_prod\n',
      '.env.production': `SQL_USER=${k2}\nSQL_PASSWORD=${k2}\n`,
      'k8s/db.yaml': [
        'apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: db }', 'spec:', '  template:', '    spec:', '      containers:',
        '        - name: pg', '          image: postgres:16', '          env:',
        `            - { name: POSTGRES_USER, value: ${k3} }`, `            - { name: POSTGRES_PASSWORD, value: ${k3} }`, '',
      ].join('\n'),
      'Dockerfile': `FROM postgres:16\nENV DB_USER=${k3}\nENV DB_PASSWORD=${k3}\n`,
    };
    const hs = await runCase(hardcodedSecret, { name: 'hs', files });
    const dc = await runCase(defaultCredentials, { name: 'dc', files });
    expect(hs.findings.map((f) => `${f.file}:${f.line}`)).toEqual([]);
    expect(dc.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' (')[0].split(' is set')[0]}`).sort()).toEqual([
      '.env.prod.db:2 POSTGRES_PASSWORD', '.env.production:2 SQL_PASSWORD', 'Dockerfile:3 DB_PASSWORD', 'docker-compose.yml:10 DB_PASSWORD', 'k8s/db.yaml:12 POSTGRES_PASSWORD',
    ]);
  });

  it('keeps a real password hardcoded-secret\'s: beside a different user name, or equal to a value that is no user name', async () => {
    const files = {
      '.env.production': `DB_USER=shop\nDB_PASSWORD=${k1}\nPOSTGRES_DB=${k2}\nPOSTGRES_PASSWORD=${k2}\n`,
      'docker-compose.yml': `services:\n  app:\n    image: acme/app:1.0\n    environment:\n      DB_USER: ${k3}\n      DB_PASSWORD: ${k1}\n`,
    };
    const hs = await runCase(hardcodedSecret, { name: 'hs', files });
    const dc = await runCase(defaultCredentials, { name: 'dc', files });
    expect(hs.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['.env.production:2', '.env.production:4', 'docker-compose.yml:6']);
    expect(dc.findings).toEqual([]);
  });
});

describe('hardcoded-secret and default-credentials in connection literals of code (QA25 D1, D2)', () => {
  it('a URL literal: a weak password is default-credentials\', a real one hardcoded-secret\'s, never both', async () => {
    const files = {
      'app/db.py': `engine = create_engine("postgresql://postgres:postgres@db.internal/app")\nengine2 = create_engine("postgresql://app:app@db.internal/app")\nengine3 = create_engine("postgresql://app:${k1}@db.internal/app")\n`,
      'src/db.js': `mongoose.connect('mongodb://admin:admin@mongo.internal/shop');\nmongoose.connect('mongodb://shop:${k2}@mongo.internal/shop');\n`,
    };
    const hs = (await runCase(hardcodedSecret, { name: 'hs', files })).findings.map((f) => `${f.file}:${f.line}`);
    const dc = (await runCase(defaultCredentials, { name: 'dc', files })).findings.map((f) => `${f.file}:${f.line}`);
    expect(hs.sort()).toEqual(['app/db.py:3', 'src/db.js:2']);
    expect(dc.sort()).toEqual(['app/db.py:1', 'app/db.py:2', 'src/db.js:1']);
  });

  it('a password equal to the user name in a connection dict/object is default-credentials\' however random it looks; beside another user name it stays hardcoded-secret\'s', async () => {
    const files = {
      'mysite/settings.py': `DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "USER": "${k1}",\n        "PASSWORD": "${k1}",\n    },\n    "other": {"ENGINE": "django.db.backends.postgresql", "USER": "shop", "PASSWORD": "${k2}"},\n}\n`,
      'src/db.js': `module.exports = new Pool({\n  host: 'db.internal',\n  user: '${k3}',\n  password: '${k3}',\n});\n`,
    };
    const hs = (await runCase(hardcodedSecret, { name: 'hs', files })).findings.map((f) => `${f.file}:${f.line}`);
    const dc = (await runCase(defaultCredentials, { name: 'dc', files })).findings.map((f) => `${f.file}:${f.line}`);
    expect(hs).toEqual(['mysite/settings.py:7']);
    expect(dc.sort()).toEqual(['mysite/settings.py:5', 'src/db.js:4']);
  });
});

describe('hardcoded-secret and default-credentials on committed compose secret files (QA-A B4)', () => {
  it('a default or placeholder is default-credentials\', a real value hardcoded-secret\'s, never both', async () => {
    const files = {
      'compose.yaml': 'services:\n  db:\n    image: postgres:16\n    secrets: [db-password, root-password, api-key]\nsecrets:\n  db-password:\n    file: db/password.txt\n  root-password:\n    file: db/root.txt\n  api-key:\n    file: db/api_key.txt\n',
      'db/password.txt': 'changeme',
      'db/root.txt': 'mysecretpassword\n',
      'db/api_key.txt': `${k1}\n`,
    };
    const hs = (await runCase(hardcodedSecret, { name: 'hs', files })).findings.map((f) => `${f.file}:${f.line}:${f.column}`);
    const dc = (await runCase(defaultCredentials, { name: 'dc', files })).findings.map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(hs).toEqual(['db/api_key.txt:1:1']);
    expect(dc.sort()).toEqual(['db/password.txt:1:1', 'db/root.txt:1:1']);
  });
});

describe('hardcoded-secret and default-credentials on environment reads whose arguments span lines (QA-A B2)', () => {
  it('a weak literal below its read is default-credentials\', a random one hardcoded-secret\'s, each at the literal', async () => {
    const files = { 'proj/settings.py': `import os\nSECRET_KEY = os.environ.get(\n    "SECRET_KEY", "django-insecure-3k#x8v9@f!q2$w7z^m4n&p1r6t0y5u8i"\n)\nAPI_TOKEN = os.environ.get(\n    "API_TOKEN", "${k2}"\n)\n` };
    const hs = (await runCase(hardcodedSecret, { name: 'hs', files })).findings.map((f) => `${f.file}:${f.line}:${f.column}`);
    const dc = (await runCase(defaultCredentials, { name: 'dc', files })).findings.map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(hs).toEqual(['proj/settings.py:6:19']);
    expect(dc).toEqual(['proj/settings.py:3:20']);
  });
});

it("a random python-decouple config('SECRET_KEY', default=…) fallback is a hard-coded secret, as os.environ.get's is", async () => {
  const files = { 'core/settings/base.py': `from decouple import config\n\nSECRET_KEY = config('SECRET_KEY', default='${k1}')\nDEBUG = config('DEBUG', default=False, cast=bool)\n` };
  const out = await runCase(hardcodedSecret, { name: 'decouple', files });
  expect(out.findings.map((f) => `${f.line} ${f.message.split(' when')[0]}`)).toEqual(["3 'SECRET_KEY' falls back to a hard-coded secret value"]);
  expect((await runCase(defaultCredentials, { name: 'decouple', files })).findings).toEqual([]);
});
