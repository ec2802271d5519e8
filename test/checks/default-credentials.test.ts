import { describe, expect, it } from 'vitest';
import { defaultCredentials, defaultReason } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { isAboutSecretName, isDefaultCredential, isPlaceholderCredential, isSecretName } from '../../src/checks/util/secrets.js';
import { depthAt, enclosingHeaders, scanSource, type Source } from '../../src/checks/util/code.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const strong = ['Qz8', 'vL2m', 'Xk9p', 'Rt4w'].join('');
const b64 = (s: string) => Buffer.from(s).toString('base64');
const deployment = (env: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          env:\n${env}`;

testCheck(defaultCredentials, {
  valid: [
    { name: 'compose with variables and strong values', files: { 'docker-compose.yml': `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_DB: app\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it}\n      API_TOKEN: ${strong}\n` } },
    { name: 'compose list form with file indirection', files: { 'compose.yaml': 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/db\n      - POSTGRES_USER=admin\n      - PASSWORD_MIN_LENGTH=123456\n' } },
    { name: 'template files are exempt', files: { 'docker-compose.yml.example': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: changeme\n', '.env.production.example': 'SECRET_KEY=changeme\n' } },
    { name: 'plain .env and development env files are not deploy config', files: { '.env': 'DB_PASSWORD=postgres\n', '.env.development': 'SECRET_KEY=dev\n' } },
    { name: 'kubernetes env from secret and strong Secret data', files: { 'k8s/app.yaml': `${deployment('            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: db, key: password }\n')}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${b64(strong)}\n  username: ${b64('admin')}\n` } },
    { name: 'python settings read from the environment', files: { 'mysite/settings.py': "import os\nSECRET_KEY = os.environ['SECRET_KEY']\nDATABASE_PASSWORD = os.getenv('DATABASE_PASSWORD')\nDEBUG = False\n" } },
    { name: 'python docstrings show usage, they set nothing', files: { 'mysite/settings_doc.py': '"""Settings.\n\nExample:\nSECRET_KEY = "changeme"\n    DB_PASSWORD="admin",\n"""\nimport os\nSECRET_KEY = os.environ["SECRET_KEY"]\n' } },
    { name: 'python field-name constants', files: { 'app/forms.py': 'class Fields:\n    PASSWORD = "password"\nTOKEN = "token"\n' } },
    { name: 'vendored code is exempt', files: { 'node_modules/x/index.js': "const s = process.env.JWT_SECRET || 'secret';\n", 'vendor/lib/settings.py': "SECRET_KEY = 'dev'\n" } },
    { name: 'tests are exempt', files: { 'tests/settings.py': "SECRET_KEY = 'test'\n", 'app/auth.test.ts': "const s = process.env.JWT_SECRET || 'secret';\n" } },
    { name: 'URL with a strong password or variables', files: { 'docker-compose.yml': `services:\n  web:\n    environment:\n      DATABASE_URL: postgres://app:${strong}@db/app\n      CACHE_URL: redis://:\${REDIS_PASSWORD}@cache:6379/0\n` } },
    { name: 'Dockerfile builder stage defaults do not ship', files: { Dockerfile: 'FROM node:22 AS build\nARG ADMIN_PASSWORD=admin\nRUN echo build\nFROM node:22-slim\nCMD ["node", "server.js"]\n' } },
    { name: 'function-local variables are not settings', files: { 'app/util.py': 'def make():\n    SECRET_KEY = "dev"\n    return SECRET_KEY\n' } },
    { name: 'a base config class default that a production class overrides', files: { 'config.py': 'import os\n\nclass Config:\n    SECRET_KEY = "dev"\n\nclass ProductionConfig(Config):\n    SECRET_KEY = os.environ["SECRET_KEY"]\n' } },
    { name: 'real random values and fallbacks are not placeholders', files: { 'docker-compose.yml': `services:\n  db:\n    environment:\n      MSSQL_SA_PASSWORD: "your_${strong}"\n      JWT_SECRET: "Replace_${strong}"\n      API_TOKEN: \${API_TOKEN:-${strong}}\n` } },
    { name: 'non-secret keys with default-looking values', files: { 'docker-compose.yml': 'services:\n  db:\n    environment:\n      POSTGRES_USER: postgres\n      MINIO_ROOT_USER: minioadmin\n      APP_ENV: test\n' } },
  ],
  invalid: [
    { name: 'compose map form', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n      MYSQL_ROOT_PASSWORD: "root"\n' }, errors: [{ file: 'docker-compose.yml', line: 5, message: "POSTGRES_PASSWORD (service 'db') is set to a well-known default value" }, { file: 'docker-compose.yml', line: 6 }] },
    { name: 'compose list form', files: { 'compose.yml': 'services:\n  mq:\n    environment:\n      - RABBITMQ_DEFAULT_PASS=guest\n      - SECRET_KEY=<generate-a-secret-key>\n' }, errors: [{ file: 'compose.yml', line: 4 }, { file: 'compose.yml', line: 5, message: 'placeholder' }] },
    { name: 'compose default in substitution', files: { 'docker-compose.prod.yml': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}\n' }, errors: [{ file: 'docker-compose.prod.yml', line: 4, message: 'when POSTGRES_PASSWORD is unset' }] },
    { name: 'database URL with default password', files: { 'docker-compose.yml': 'services:\n  web:\n    environment:\n      - DATABASE_URL=postgres://postgres:postgres@db:5432/app\n      - BROKER_URL=amqp://app:app@mq:5672//\n' }, errors: [{ file: 'docker-compose.yml', line: 4, message: 'postgres:// URL' }, { file: 'docker-compose.yml', line: 5, message: 'equal to its user name' }] },
    { name: 'URL with an empty user name and a default password', files: { '.env.production': 'REDIS_URL=redis://:changeme@cache:6379/0\n', 'docker-compose.yml': 'services:\n  web:\n    environment:\n      CACHE_URL: rediss://:password@cache:6380\n' }, errors: [{ file: '.env.production', line: 1, message: 'redis:// URL' }, { file: 'docker-compose.yml', line: 4, message: 'rediss:// URL' }] },
    { name: 'QA p2: a value in an extends base that is itself a service names both services, once', files: { 'docker-compose.yml': 'services:\n  app:\n    extends: base\n    image: acme/app:1.0\n  base:\n    image: acme/base:1.0\n    environment:\n      - API_TOKEN=changeme\n' }, errors: [{ file: 'docker-compose.yml', line: 8, message: /^API_TOKEN \(services 'app', 'base'\) is set to a placeholder value/ }] },
    { name: 'an env_file two services share names both', files: { 'docker-compose.yml': 'services:\n  api:\n    image: api:1\n    env_file: app.env\n  worker:\n    image: api:1\n    env_file: app.env\n', 'app.env': 'SECRET_KEY=changeme\n' }, errors: [{ file: 'app.env', line: 1, message: /\(env_file of services 'api', 'worker'\)/ }] },
    { name: 'compose extends resolves inherited environment', files: { 'docker-compose.yml': 'x-db: &db\n  environment:\n    DB_PASSWORD: admin\nservices:\n  api:\n    <<: *db\n    image: api:1\n' }, errors: [{ file: 'docker-compose.yml', line: 3 }] },
    { name: 'kubernetes env value and Secret stringData/data', files: { 'k8s/app.yaml': `${deployment('            - name: ADMIN_PASSWORD\n              value: changeme\n')}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: password\ndata:\n  api-token: ${b64('your-api-token-here')}\n` }, errors: [{ file: 'k8s/app.yaml', line: 13, message: "(container 'web')" }, { file: 'k8s/app.yaml', line: 20, message: "(Secret 'db')" }, { file: 'k8s/app.yaml', line: 22, message: 'placeholder' }] },
    { name: 'kubernetes ConfigMap', files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  JWT_SECRET: secret\n' }, errors: [{ file: 'cm.yaml', line: 6 }] },
    { name: 'qa30 D4: Dockerfile findings are reported at the value, as compose\'s are (a URL\'s too; a quoted one at its first character, past the quote, a continued one on its line)', files: { Dockerfile: 'FROM python:3.12-slim\nENV DATABASE_URL=postgres://postgres:postgres@db:5432/app\nENV APP_ENV=production \\\n    SECRET_KEY="changeme"\nARG ADMIN_PASSWORD=admin\nCMD ["gunicorn", "app:app"]\n' }, errors: [
      { file: 'Dockerfile', line: 2, column: 18, message: 'DATABASE_URL (ENV) embeds a password equal to its user name' }, { file: 'Dockerfile', line: 4, column: 17, message: 'SECRET_KEY (ENV)' }, { file: 'Dockerfile', line: 5, column: 20, message: 'ADMIN_PASSWORD (ARG)' },
    ] },
    { name: 'Dockerfile ENV and ARG, inherited', files: { Dockerfile: 'FROM python:3.12 AS base\nENV SECRET_KEY=changeme\nFROM base\nARG DB_PASSWORD=postgres\nCMD ["gunicorn", "app:app"]\n' }, errors: [{ file: 'Dockerfile', line: 2 }, { file: 'Dockerfile', line: 4, message: '(ARG)' }] },
    { name: 'python constants after a docstring still count', files: { 'mysite/conf.py': '"""Docs: SECRET_KEY = "x"."""\nSECRET_KEY = "changeme"\n' }, errors: [{ file: 'mysite/conf.py', line: 2 }] },
    { name: 'Django insecure key', files: { 'mysite/settings.py': "DEBUG = False\nSECRET_KEY = 'django-insecure-8b#x2@k!q9w$e7r6t5y4u3i2o1p0'\n" }, errors: [{ file: 'mysite/settings.py', line: 2, message: "a 'django-insecure-' development key" }] },
    { name: 'Flask from_mapping, config item, secret_key and getenv fallback', files: { 'flaskr/__init__.py': "def create_app():\n    app = Flask(__name__)\n    app.config.from_mapping(\n        SECRET_KEY='dev',\n        DATABASE='x.sqlite',\n    )\n    app.config['SECRET_KEY'] = 'secret'\n    app.secret_key = 'changeme'\n    token = os.environ.get('API_TOKEN', 'changeme')\n" }, errors: [{ file: 'flaskr/__init__.py', line: 4 }, { file: 'flaskr/__init__.py', line: 7 }, { file: 'flaskr/__init__.py', line: 8 }, { file: 'flaskr/__init__.py', line: 9, message: 'API_TOKEN falls back to a placeholder value when the variable is unset' }] },
    { name: 'Python environment fallbacks of any name case, and URL constants', files: { 'app/config.py': 'import os\nDATABASE_URL = os.getenv("DATABASE_URL", "postgres://postgres:postgres@db:5432/app")\ndb_password = os.environ.get("db_password", "changeme")\nBROKER = "amqp://admin:admin@mq:5672//"\n' }, errors: [{ file: 'app/config.py', line: 2 }, { file: 'app/config.py', line: 3 }, { file: 'app/config.py', line: 4 }] },
    { name: "Node tutorials' JWT/session fallbacks made of words only (jsonwebtoken's 'shhhhh', express-session's keyboardcat)", files: {
      'src/config/auth.js': "const JWT_SECRET = process.env.JWT_SECRET || 'supersecretjwtkey';\nconst jwtSecret = process.env.JWT_SECRET ?? 'jwt_secret';\nmodule.exports = { secret: process.env.TOKEN_SECRET || 'shhhhh' };\nconst sessionSecret = process.env.SESSION_SECRET || 'keyboardcat';\n",
      'docker-compose.yml': 'services:\n  node:\n    build: .\n    environment:\n      - JWT_SECRET=ThisIsASecret\n',
    }, errors: [
      { file: 'docker-compose.yml', line: 5 },
      { file: 'src/config/auth.js', line: 1, message: 'JWT_SECRET falls back to' }, { file: 'src/config/auth.js', line: 2 },
      { file: 'src/config/auth.js', line: 3 }, { file: 'src/config/auth.js', line: 4 },
    ] },
    { name: 'Node env fallback', files: { 'src/config.ts': "export const jwtSecret = process.env.JWT_SECRET || 'secret';\nexport const key = process.env['API_KEY'] ?? 'changeme';\n" }, errors: [{ file: 'src/config.ts', line: 1, message: 'JWT_SECRET falls back to' }, { file: 'src/config.ts', line: 2 }] },
    { name: 'production env file', files: { '.env.production': 'DEBUG=0\nSECRET_KEY=your-secret-key-here\nDB_PASSWORD=123456\n' }, errors: [{ file: '.env.production', line: 2 }, { file: '.env.production', line: 3 }] },
    { name: 'class-body constants: a base class inherited by production, a settings class', files: {
      'config.py': 'import os\n\nclass Config:\n    SECRET_KEY = "dev"\n\nclass ProdConfig(Config):\n    DEBUG = False\n    API_TOKEN = "changeme"  # set in prod\n',
      'app/settings.py': 'class Settings:\n    SECRET_KEY = "changeme"\n',
    }, errors: [{ file: 'config.py', line: 4, column: 19, message: 'SECRET_KEY is set to a well-known default value' }, { file: 'config.py', line: 8, column: 18 }, { file: 'app/settings.py', line: 2, column: 19, message: 'placeholder' }] },
    { name: 'annotated pydantic settings fields', files: {
      'backend/app/core/config.py': 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    API_V1_STR: str = "/api/v1"\n    POSTGRES_PASSWORD: str = ""\n    FIRST_SUPERUSER_PASSWORD: str = "changethis"\n    SMTP_PASSWORD: Optional[str] = "password"\n',
      'settings.py': 'ADMIN_PASSWORD: str = "admin"\n',
    }, errors: [{ file: 'backend/app/core/config.py', line: 6, column: 38, message: 'placeholder' }, { file: 'backend/app/core/config.py', line: 7, column: 37 }, { file: 'settings.py', line: 1, column: 24 }] },
    { name: 'Python `or` fallbacks', files: { 'config.py': 'import os\nclass Config:\n    SECRET_KEY = os.environ.get("SECRET_KEY") or "hard to guess string"\nDB_PASSWORD = os.getenv("DB_PASSWORD") or \'postgres\'\n' }, errors: [{ file: 'config.py', line: 3, message: 'SECRET_KEY falls back to a well-known default value when the variable is unset' }, { file: 'config.py', line: 4 }] },
    { name: 'placeholders and vendor sample passwords in a production compose file', files: { 'docker-compose.yml': 'services:\n  db:\n    environment:\n      MSSQL_SA_PASSWORD: "yourStrong(!)Password"\n      SA_PASSWORD: "Your_password123"\n  app:\n    environment:\n      JWT_SECRET: "your-256-bit-secret"\n      DB_PASSWORD: "replace_with_real_password"\n      COOKIE_SECRET: change_me_please\n      MYSQL_ROOT_PASSWORD: my-secret-pw\n' },
      errors: [4, 5, 8, 9, 10, 11].map((line) => ({ file: 'docker-compose.yml', line, message: 'is set to a placeholder value' })) },
    // docker/awesome-compose aspnet-mssql and prometheus-grafana, and Docker's WordPress quickstart: the samples as they are copied.
    { name: "Docker's sample passwords", files: {
      'aspnet-mssql/compose.yaml': 'services:\n  db:\n    environment:\n      ACCEPT_EULA: "Y"\n      MSSQL_SA_PASSWORD: example_123\n    image: mcr.microsoft.com/azure-sql-edge:1.0.4\n',
      'prometheus-grafana/compose.yaml': 'services:\n  grafana:\n    image: grafana/grafana\n    environment:\n      - GF_SECURITY_ADMIN_USER=admin\n      - GF_SECURITY_ADMIN_PASSWORD=grafana\n',
      'wordpress/docker-compose.yml': 'services:\n  db:\n    image: mariadb:10.6.4-focal\n    environment:\n      - MYSQL_ROOT_PASSWORD=somewordpress\n      - MYSQL_DATABASE=wordpress\n',
    }, errors: [
      { file: 'aspnet-mssql/compose.yaml', line: 5, column: 26 },
      { file: 'prometheus-grafana/compose.yaml', line: 6, column: 36, message: 'well-known default' },
      { file: 'wordpress/docker-compose.yml', line: 5, column: 29, message: 'placeholder' },
    ] },
    // Directus' docs compose example (QA round 28 D5): its first-admin password; a variable or a real password passes.
    { name: "Directus' documented admin password", files: {
      'docker-compose.yml': `services:\n  directus:\n    image: directus/directus:11.1.0\n    environment:\n      ADMIN_EMAIL: "admin@example.com"\n      ADMIN_PASSWORD: "d1r3ctu5"\n  cms:\n    image: directus/directus:11.1.0\n    environment:\n      ADMIN_PASSWORD: \${ADMIN_PASSWORD:?}\n      DB_PASSWORD: "${strong}"\n`,
      '.env.production': 'ADMIN_PASSWORD=D1R3CTU5\n',
    }, errors: [
      { file: '.env.production', line: 1, message: 'ADMIN_PASSWORD is set to a placeholder value' },
      { file: 'docker-compose.yml', line: 6, column: 24, message: "ADMIN_PASSWORD (service 'directus') is set to a placeholder value" },
    ] },
  ],
  notes: [
    { name: 'development-only compose file gets a note', files: { 'docker-compose.override.yml': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n' }, notes: [{ file: 'docker-compose.override.yml', line: 4, message: 'development-only' }] },
    { name: 'development settings get a note', files: { 'mysite/settings/local.py': "SECRET_KEY = 'dev'\n" }, notes: [{ file: 'mysite/settings/local.py', line: 1 }] },
    { name: 'development config classes and development files get notes for class bodies', files: { 'config.py': 'class DevelopmentConfig(Config):\n    SECRET_KEY = "dev"\n', 'mysite/settings/dev.py': 'class Settings:\n    APP_NAME = "secret"\n    DB_PASSWORD: str = "postgres"\n' },
      notes: [{ file: 'config.py', line: 2, message: 'development-only' }, { file: 'mysite/settings/dev.py', line: 3, message: 'development-only file' }] },
  ],
});

describe('default-credentials', () => {
  it('never prints the value', async () => {
    const out = await runCase(defaultCredentials, { name: 'x', files: { 'docker-compose.yml': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: s3cr3t\n      DATABASE_URL: mysql://root:toor@db/app\n' } });
    expect(out.findings).toHaveLength(2);
    for (const f of out.findings) { expect(f.message).not.toMatch(/s3cr3t|toor/); expect(f.secret).toBeTruthy(); }
  });

  it('judges names and values', () => {
    expect(defaultReason('POSTGRES_PASSWORD', 'postgres')).not.toBeNull();
    expect(defaultReason('POSTGRES_PASSWORD', strong)).toBeNull();
    expect(defaultReason('POSTGRES_USER', 'postgres')).toBeNull();
    // A placeholder is made of words; a random tail after `my_key` is a real key.
    expect(defaultReason('JWT_SECRET', 'my-super-secret-jwt-key')?.reason).toMatch(/placeholder/);
    expect(defaultReason('API_KEY', 'my_key_Zx8Kq2LmN9pR4vT7wY1bC3dF')).toBeNull();
    expect(defaultReason('JWT_SECRET', 'some-secret-Qm7Xv2Lp9Rt4Kw8Zb3Nc6')).toBeNull();
    expect(defaultReason('PASSWORD_FILE', 'changeme')).toBeNull();
    expect(defaultReason('SECRET_KEY', '')).toBeNull();
    expect(defaultReason('SECRET_KEY', '${SECRET_KEY}')).toBeNull();
    expect(defaultReason('SECRET_KEY', '${SECRET_KEY:-changeme}')?.reason).toContain('unset');
    expect(defaultReason('DATABASE_URL', 'postgres://u:${P}@db/x')).toBeNull();
    for (const v of ['dev-secret-key-123', 'my-super-secret-jwt-key', 'supersecretkey', 'secret123', 'django-insecure-x', '<generate-me>', 'your_api_key_here', 'changeme', 'CHANGEME'])
      expect(defaultReason('JWT_SECRET', v), v).not.toBeNull();
    for (const v of [strong, 'mysql', 'true', '0']) expect(defaultReason('APP_NAME', v), v).toBeNull();
  });
});

describe('default-credentials placeholders and test configuration', () => {
  it('recognises placeholders written as words, never a random value', () => {
    for (const v of ['Your_password123', 'yourStrong(!)Password', 'YourStrong@Passw0rd', 'your-256-bit-secret', 'your-512-bit-secret', 'replace_with_real_password', 'replace-me', 'REPLACE_ME_PLEASE',
      'change_this_secret', 'change_it', 'please_change_me', 'your_jwt_secret', 'YourDbPassword', 'mysecretpassword', 'my-secret-pw', 'Pass@word1', 'hard to guess string', 'd1r3ctu5'])
      expect(isDefaultCredential(v), v).toBe(true);
    for (const v of [strong, `your_key_${strong}`, `your-${strong}`, `replace_${strong}`, `YourSecret${strong}`, 'Xk29Lm4Qp8zRt7wY3bN6', 'your-org-name', 'yourdomain.com', 'replacement', 'changelog',
      'Tr0ub4dor&3x', 'correct horse battery staple', 'your_2024_secret_9981', `example_${strong}`, 'examples', 'grafana-admin-Zx8Kq2Lm', 'd1r3ctu5-Zx8Kq2Lm4Qp8', 'd1r3ctu5x'])
      expect(isDefaultCredential(v), v).toBe(false);
    expect(isPlaceholderCredential('your-256-bit-secret')).toBe(true);
    expect(defaultReason('MSSQL_SA_PASSWORD', 'yourStrong(!)Password')?.reason).toBe('is set to a placeholder value');
  });

  it("recognises the placeholders well-known projects ship (QA stop 26: Supabase, Strapi, Outline, Superset, Plausible)", () => {
    for (const v of ['your-super-secret-jwt-token-with-at-least-32-characters-long', 'super-secret-jwt-token-with-at-least-32-characters-long', 'this_password_is_insecure_and_should_be_updated',
      'this_password_is_insecure', 'tobemodified', 'toBeModified1', 'generate_a_new_key', 'get_the_secret_of_above_key', 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET', 'plausible-please-change',
      'secret-key-must-be-changed', 'prom-operator'])
      expect(isDefaultCredential(v), v).toBe(true);
    // Words that only look like these: a random tail, a name, a setting about length.
    for (const v of [`a_${strong}`, 'a-b', 'tokenizer-at-least-once', 'secure-password-storage-enabled', `get_${strong}`, 'changeable-secret-Zx8Kq2Lm9Qw'])
      expect(isDefaultCredential(v), v).toBe(false);
  });

  it('exempts test-environment settings (no note either)', async () => {
    const out = await runCase(defaultCredentials, { name: 'test settings', files: { 'proj/settings/test.py': "SECRET_KEY = 'dev'\n", 'proj/settings/testing.py': "DB_PASSWORD = 'postgres'\n", 'proj/settings/production.py': "SECRET_KEY = 'dev'\n" } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['proj/settings/production.py:1']);
  });
});

describe('default-credentials on large class bodies', () => {
  /** The block headers of an offset by indentation alone, walked back line by line: the reference the cached table must agree with. */
  function headersByIndent(src: Source, offset: number): string[] {
    const out: string[] = [];
    const lines = src.bare.slice(0, offset).split('\n');
    const codeLines = src.code.slice(0, offset).split('\n');
    let indent = /^[ \t]*/.exec(src.bare.slice(offset - lines.at(-1)!.length))![0].length;
    for (let i = lines.length - 2; i >= 0 && indent > 0; i--) {
      const l = lines[i]!;
      if (!l.trim()) continue;
      const ind = /^[ \t]*/.exec(l)![0].length;
      if (ind >= indent) continue;
      out.push(codeLines[i]!.trim());
      indent = ind;
    }
    return out;
  }

  it('reads a class of thousands of constants in linear time, with the block headers indentation gives', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `    KEY_${i}_TOKEN = "value-${i}"`).join('\n');
    const text = `class Keys:\n${body}\n    API_KEY = "changeme"\n\nclass DevConfig:\n    if True:\n        SECRET_KEY = "dev"\n`;
    // (A quadratic walk would run into the test's time-out; speed itself is measured by `npm run bench`.)
    const out = await runCase(defaultCredentials, { name: 'big', files: { 'app/keys.py': text } });
    expect(out.findings.map((f) => [f.line, f.note ?? false])).toEqual([[20_002, false]]);
    const sample = 'import os\n\nclass A(Base):\n    """Doc.\n\n  odd indent\n    """\n    X = 1\n\n    class B:\n        if DEBUG:\n            Y = "a"  # c\n        else:\n            Y = f(\n                1)\n    def m(self):\n        return 2\nZ = 3\n\tT = 4\n';
    const src = scanSource('x.py', sample, 'python');
    // Every offset on a line of code (not one blanked inside a string), except lines that continue a
    // bracketed statement: enclosingHeaders gives them the statement's headers (indentation alone
    // would read them as if they opened a block).
    const bareLines = src.bare.split('\n');
    const lineStart = (n: number) => bareLines.slice(0, n - 1).reduce((a, l) => a + l.length + 1, 0);
    for (let i = 0; i < src.text.length; i++) {
      const n = src.lineAt(i);
      if (!bareLines[n - 1]!.trim() || depthAt(src, lineStart(n) + /^[ \t]*/.exec(bareLines[n - 1]!)![0].length) > 0) continue;
      expect(enclosingHeaders(src, i), String(i)).toEqual(headersByIndent(src, i));
    }
    // The continuation line `1)` belongs to `Y = f(`, under `else:`.
    expect(enclosingHeaders(src, sample.indexOf('    1)'))).toEqual(['else:', 'class B:', 'class A(Base):']);
  });
});

describe('default-credentials: texts, field names and settings about a secret (QA round)', () => {
  const lines = async (files: Record<string, string>) => (await runCase(defaultCredentials, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`);

  it('reads a sentence as a text shown to users, never a placeholder', async () => {
    const messages = [
      'INVALID_PASSWORD = "Your password is incorrect"', 'PASSWORD_MISMATCH = "Your passwords do not match"', 'PASSWORD_PROMPT = "Please enter your password"',
      'API_KEY_PROMPT = "Enter your API key"', 'PASSWORD_EXPIRED = "Change your password"', 'NEW_PASSWORD_TITLE = "Set a new password"',
      'PASSWORD_CHANGED = "Your password has been updated"', 'SECRET_CREATED = "Your secret has been saved"', 'RESET_PASSWORD_NOTE = "Change your password every 90 days"',
    ];
    expect(await lines({
      'app/messages.py': `"""User-facing messages."""\n\n${messages.join('\n')}\n`,
      'app/core/config.py': 'class Messages:\n    PASSWORD_CHANGED = "Your password has been changed"\n    PASSWORD_HELP = "Change your password"\n    ADMIN_PASSWORD = "admin"\n',
      'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ui-text\ndata:\n  PASSWORD_HELP_TEXT: "Change your password every 90 days"\n  TOKEN_EXPIRED_TEXT: "Your token has expired"\n  LOGIN_SECRET: "Enter your password"\n',
    })).toEqual(['app/core/config.py:4']);
    for (const v of ['Your password is incorrect', 'Please enter your password', 'Enter your API key', 'Change your password', 'Set a new password', 'your secret key here'])
      expect(isDefaultCredential(v), v).toBe(false);
    // Single-token placeholders, exact known defaults with a space, bracketed fill-ins and instructions about the value itself stay.
    for (const v of ['your_password', 'change_me', 'replace_with_real_password', 'Your_password123', 'yourStrong(!)Password', 'your-256-bit-secret', 'changeme',
      'keyboard cat', 'hard to guess string', '<your password>', '[api key]', 'change me', 'change me please', 'please replace this'])
      expect(isDefaultCredential(v), v).toBe(true);
    // Words-only tutorial secrets; a generated value that merely contains such a word is no default.
    for (const v of ['jwtsecret', 'jwt-secret-key', 'my_jwt_secret', 'ThisIsASecret', 'supersecretjwtkey', 'shhhhh', 'keyboardcat'])
      expect(isDefaultCredential(v), v).toBe(true);
    for (const v of ['jwtsecret9f3Kq2Lm8Zx1', 'secretariat', 'shh', 'session-token', 'a8f5f167f44f4964e6c998dee827110c'])
      expect(isDefaultCredential(v), v).toBe(false);
    expect(isPlaceholderCredential('your secret password')).toBe(false);
    expect(defaultReason('SESSION_SECRET', 'keyboard cat')?.reason).toBe('is set to a well-known default value');
    expect(defaultReason('COOKIE_SECRET', 'change me please')?.reason).toBe('is set to a placeholder value');
    // cookiecutter-django's shouted fill-in, and vendor prefixes filled with x's or stars.
    for (const v of ['!!!SET DJANGO_SECRET_KEY!!!', '!!!CHANGEME!!!', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_XXXXXXXXXXXXXXXXXXXX', 'AKIA****************'])
      expect(isDefaultCredential(v), v).toBe(true);
    for (const v of ['!important', 'Wow!!', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'xoxb-123x', 'boxxy'])
      expect(isDefaultCredential(v), v).toBe(false);
  });

  it('reads spaced placeholder phrases as placeholders: fill-ins and `change this password` anywhere, possessive phrases as env-read fallbacks (QA34 fullrepos11 D1)', async () => {
    expect(await lines({
      // Render's Django guide, and its siblings.
      'core/settings.py': 'import os\nSECRET_KEY = os.environ.get("SECRET_KEY", default="your secret key")\nJWT_SECRET = os.getenv("JWT_SECRET", "my secret key")\nAPI_PASSWORD = os.getenv("API_PASSWORD", "change this password")\nTOKEN = os.getenv("TOKEN", "insert your key here")\n'
        + 'SESSION_SECRET = "put your secret here"\nCOOKIE_SECRET = os.getenv("COOKIE_SECRET", "change me please")\n'
        // A real passphrase, and a fallback that is a sentence, stay out.
        + 'PASSPHRASE = os.getenv("PASSPHRASE", "amber Falcon 17 ridge Lantern")\nVAULT_PASSWORD = os.getenv("VAULT_PASSWORD", "correct horse battery staple")\nADMIN_PASSWORD = os.getenv("ADMIN_PASSWORD", "your password is incorrect")\n',
      // Labels shown to users (object keys named for a secret) stay out: only an environment read's fallback is a placeholder as a possessive.
      'web/labels.js': "export const labels = { apiKey: 'Your API key', secretKey: 'Your secret key', password: 'Enter your password here', token: 'Change your token' };\n",
    })).toEqual(['core/settings.py:2', 'core/settings.py:3', 'core/settings.py:4', 'core/settings.py:5', 'core/settings.py:6', 'core/settings.py:7']);
    for (const v of ['change this password', 'replace this secret key', 'insert your key here', 'put your secret here', 'please paste the api token here'])
      expect(isDefaultCredential(v), v).toBe(true);
    for (const v of ['your secret key', 'my secret key', 'Enter your password here', 'Change your password', 'add a new password', 'put it here', 'amber Falcon 17 ridge Lantern'])
      expect(isDefaultCredential(v), v).toBe(false);
    expect(defaultReason('SECRET_KEY', 'your secret key', '')?.reason).toBe('falls back to a placeholder value when the variable is unset');
    expect(defaultReason('SECRET_KEY', 'my super secret jwt key', '')).not.toBeNull();
    for (const v of ['your secret key', 'my secret key']) expect(defaultReason('SECRET_KEY', v), v).toBeNull();
    for (const v of ['your password is incorrect', 'my dog ate 7 keys', 'amber Falcon 17 ridge Lantern', 'our secret key']) expect(defaultReason('SECRET_KEY', v, ''), v).toBeNull();
  });

  it('fails a Gradio login set to a default or to its user name, as a tuple or a list of pairs (QA34 fullrepos11 D7)', async () => {
    const out = await runCase(defaultCredentials, { name: 'x', files: {
      'app.py': 'import os\n\nimport gradio as gr\n\ndemo = gr.Interface(fn=str, inputs="text", outputs="text")\n\nif __name__ == "__main__":\n    demo.launch(\n        server_name="0.0.0.0",\n        auth=("admin", "admin"),\n    )\n',
      'ui/multi.py': `from gradio import Blocks\n\nwith Blocks() as ui:\n    pass\nui.launch(auth=[("ops", "${strong}"), ("alice", "alice")])\n`,
      // A callable, environment reads, a strong password, a commented-out call and a non-Gradio client stay out.
      'ui/ok.py': `import os\nimport gradio as gr\n\ndef check(u, p):\n    return p == os.environ["PW"]\n\ngr.Blocks().launch(auth=check)\ngr.Blocks().launch(auth=("admin", os.environ["ADMIN_PASSWORD"]))\ngr.Blocks().launch(auth=("admin", "${strong}"))\n# gr.Blocks().launch(auth=("admin", "admin"))\n`,
      'client.py': 'import requests\nrequests.get("https://api.internal", auth=("admin", "admin"))\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
      'app.py:10:25 Gradio auth password is set to a well-known default value',
      'ui/multi.py:5:56 Gradio auth password is equal to its user name',
    ]);
  });

  it('judges a development-named settings module production selects as production, as debug-mode does (QA34 fullrepos11 D5, D4)', async () => {
    const settings = {
      'mysite/settings/__init__.py': '',
      'mysite/settings/base.py': 'INSTALLED_APPS = []\n',
      'mysite/settings/dev.py': 'from .base import *\n\nDEBUG = True\nSECRET_KEY = "django-insecure-abc123def456"\n',
      'mysite/settings/production.py': 'import os\nfrom .base import *\n\nDEBUG = False\nSECRET_KEY = os.environ["SECRET_KEY"]\n',
      'mysite/wsgi.py': 'import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")\napplication = get_wsgi_application()\n',
    };
    const run = async (files: Record<string, string>) => (await runCase(defaultCredentials, { name: 'x', files: { ...settings, ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}${f.note ? '' : ` ${/\((.*) selects this module/.exec(f.message)?.[1] ?? ''}`}`);
    const docker = (env: string) => `FROM python:3.12-slim\n${env}WORKDIR /app\nCOPY . .\nCMD gunicorn mysite.wsgi:application\n`;
    // Selected by the image, by a production compose service, by a Procfile's command line.
    expect(await run({ Dockerfile: docker('ENV DJANGO_SETTINGS_MODULE=mysite.settings.dev\n') })).toEqual(['mysite/settings/dev.py:4 ENV DJANGO_SETTINGS_MODULE in Dockerfile:2']);
    expect(await run({ 'docker-compose.yml': 'services:\n  web:\n    image: registry.example.com/web:1.2\n    command: gunicorn mysite.wsgi:application\n    environment:\n      DJANGO_SETTINGS_MODULE: mysite.settings.dev\n' }))
      .toEqual(["mysite/settings/dev.py:4 DJANGO_SETTINGS_MODULE of compose service 'web' in docker-compose.yml"]);
    expect(await run({ Procfile: 'web: DJANGO_SETTINGS_MODULE=mysite.settings.dev gunicorn mysite.wsgi\n' })).toEqual([expect.stringMatching(/^mysite\/settings\/dev\.py:4 DJANGO_SETTINGS_MODULE of .* in Procfile:1$/)]);
    // Nothing sets it: the served wsgi module's setdefault runs (Wagtail's stock template).
    expect(await run({ Dockerfile: docker('') })).toEqual(['mysite/settings/dev.py:4 the os.environ.setdefault of mysite/wsgi.py:3, served by CMD in Dockerfile:4 with no DJANGO_SETTINGS_MODULE set,']);
    // Production selects its own module (the image, or a platform), or only a development service selects dev.py, or no production server serves the wsgi module: a note.
    expect(await run({ Dockerfile: docker('ENV DJANGO_SETTINGS_MODULE=mysite.settings.production\n') })).toEqual(['mysite/settings/dev.py:4 note']);
    expect(await run({ 'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8000\n    profiles: [dev]\n    environment:\n      DJANGO_SETTINGS_MODULE: mysite.settings.dev\n' })).toEqual(['mysite/settings/dev.py:4 note']);
    expect(await run({ Dockerfile: docker('ENV DJANGO_SETTINGS_MODULE=${SETTINGS}\n') })).toEqual(['mysite/settings/dev.py:4 note']);
    expect(await run({ 'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8000\n' })).toEqual(['mysite/settings/dev.py:4 note']);
    // A platform's entry point (Heroku's config vars may set the variable), as debug-mode judges it (review of QA34).
    expect(await run({ Procfile: 'web: gunicorn mysite.wsgi:application\n' })).toEqual(['mysite/settings/dev.py:4 note']);
  });

  it('reads names of texts about a secret as texts (ending in PROMPT/LABEL/TEXT/ERROR…, starting with INVALID/WRONG/MISSING)', async () => {
    expect(await lines({
      'app/errors.py': 'class Errors:\n    WRONG_PASSWORD = "password"\n    MISSING_SECRET = "secret"\n    INVALID_TOKEN = "token"\n    PASSWORD_PROMPT = "Password"\n    API_KEY_HELP = "apikey"\n    TOKEN_ERROR = "token"\n    DB_PASSWORD = "password"\n',
    })).toEqual(['app/errors.py:8']);
    for (const n of ['PASSWORD_MESSAGE', 'PASSWORD_MSG', 'PASSWORD_TITLE', 'SECRET_DESCRIPTION', 'PASSWORD_MISMATCH', 'TOKEN_EXPIRED', 'INCORRECT_PASSWORD'])
      expect(defaultReason(n, 'password'), n).toBeNull();
  });

  it('reads key-name constants as field names, keeps real defaults failing', async () => {
    expect(await lines({
      'app/constants.py': 'PASSWORD_KEY = "password"\nTOKEN_KEY = "token"\nTOKEN_QUERY_ARG = "token"\nPASSWORD_COLUMN = "password"\nACCESS_TOKEN_ATTR = "access_token"\n\nclass SecuritySchemeType(str, Enum):\n    API_KEY = "apiKey"\n    HTTP = "http"\n\nclass LoginMethod(str, Enum):\n    EMAIL_PASSWORD = "password"\n    API_TOKEN = "token"\n\nclass CredentialKind(Enum):\n    CLIENT_SECRET = "secret"\n',
      'app/settings.py': 'DB_PASSWORD = "password"\nSECRET_KEY = "dev"\nTOKEN_KEY = "secret"\nSECRET_KEY_2 = "secretkey"\nACCESS_TOKEN_KEY = "changeme"\n',
    })).toEqual(['app/settings.py:1', 'app/settings.py:2', 'app/settings.py:3', 'app/settings.py:4', 'app/settings.py:5']);
    expect(defaultReason('SECRET_KEY', 'secret')).not.toBeNull();
    expect(defaultReason('API_KEY', 'apikey')).not.toBeNull();
  });

  // QA (secretsfp D1): Home Assistant's const.py idiom, the marker word before the field's name instead of after it.
  it('reads constants named for a field after a marker word (CONF_/ATTR_/KEY_/FIELD_/PARAM_) as field names, keeps real defaults failing', async () => {
    expect(await lines({
      'homeassistant/const.py': 'CONF_PASSWORD = "password"\nCONF_API_KEY = "api_key"\nCONF_TOKEN = "token"\nCONF_SECRET = "secret"\nCONF_CLIENT_SECRET = "client_secret"\n',
      'homeassistant/components/demo/const.py': 'from typing import Final\nCONF_PASSWORD: Final = "password"\nATTR_PASSWORD: Final = "password"\nATTR_API_KEY = "apiKey"\n',
      'lib/oauth/constants.py': 'KEY_PASSWORD = "password"\nFIELD_PASSWORD = "password"\nPARAM_TOKEN = "token"\nCONF_DB_PASSWORD = "db-password"\n',
      'src/fields.ts': "export const CONF_PASSWORD = 'password';\nexport const fieldToken = 'token';\n",
      // A marker word whose value is not the rest of the name, a fallback, a qualifier that is no marker word: values.
      'app/settings.py': 'import os\nCONF_PASSWORD = "changeme"\nATTR_SECRET = "password"\nDB_PASSWORD = "password"\nADMIN_PASSWORD = "password"\nKEY_PASSWORD = os.getenv("KEY_PASSWORD", "password")\nCONFIG = {"KEY_PASSWORD": "password"}\n',
      'src/config.js': "const CONF_TOKEN = process.env.CONF_TOKEN || 'token';\nconst dbPassword = 'password';\n",
      // Outside code a name is an environment variable, never a field's name: `KEY_PASSWORD=password` is a keystore's default.
      '.env.production': 'KEY_PASSWORD=password\nCONF_TOKEN=token\n',
      'docker-compose.yml': 'services:\n  app:\n    image: app:1.0\n    environment:\n      DB_PASSWORD: password\n',
    })).toEqual([
      'docker-compose.yml:5',
      '.env.production:1', '.env.production:2',
      'app/settings.py:2', 'app/settings.py:3', 'app/settings.py:4', 'app/settings.py:5', 'app/settings.py:6', 'app/settings.py:7',
      'src/config.js:1', 'src/config.js:2',
    ]);
  });

  it('reads settings about a secret (encoder, profile, strategy…) as settings', async () => {
    expect(await lines({
      'docker-compose.yml': 'services:\n  app:\n    image: app:1.0\n    environment:\n      PASSWORD_ENCODER: default\n      AWS_CREDENTIALS_PROFILE: default\n      TOKEN_STRATEGY: local\n      TOKEN_SIGNING: "default"\n      JWT_SECRET_ENCODING: base64\n      AUTH_TOKEN_LEEWAY: "0"\n      POSTGRES_PASSWORD: postgres\n      CLIENT_SECRET: secret\n      DATABASE_URL: postgres://app:app@db/app\n',
    })).toEqual(['docker-compose.yml:11', 'docker-compose.yml:12', 'docker-compose.yml:13']);
  });
});

describe('default-credentials: development classes by whole words of the name', () => {
  it('does not read Dev in DeviceGatewayConfig or Local in LocalizationSettings; reads CIConfig and E2EConfig', async () => {
    const out = await runCase(defaultCredentials, { name: 'x', files: {
      'app/config.py': 'class DeviceGatewayConfig:\n    API_TOKEN = "changeme"\n\nclass LocalizationSettings:\n    TRANSLATE_API_KEY = "changeme"\n\nclass DevOpsConfig:\n    DEPLOY_TOKEN = "changeme"\n\nclass CIConfig(Config):\n    DB_PASSWORD = "postgres"\n\nclass E2EConfig(Config):\n    ADMIN_PASSWORD = "admin"\n\nclass Dev_Settings:\n    SECRET_KEY = "dev"\n',
    } });
    expect(out.findings.map((f) => `${f.line}${f.note ? ' note' : ''}`)).toEqual(['2', '5', '8', '11 note', '14 note', '17 note']);
  });
});

it('reads no Enum members: they are labels, not settings', async () => {
  const files = { 'app/schemas.py': 'from enum import Enum, StrEnum\nfrom django.db import models\n\nclass AuthType(str, Enum):\n    API_KEY = "apikey"\n    OAUTH_TOKEN = "token"\n\nclass Kind(StrEnum):\n    K8S_SECRET = "secret"\n\nclass Cred(models.TextChoices):\n    PASSWORD = "password"\n\nclass Settings:\n    SECRET_KEY = "changeme"\n' };
  const out = await runCase(defaultCredentials, { name: 'enums', files });
  expect(out.findings.map((f) => [f.file, f.line])).toEqual([['app/schemas.py', 15]]);
});

describe('default-credentials: Spring Boot configuration', () => {
  it('reads application(-profile).yml/.properties: literals and ${VAR:default} defaults; dev profiles are notes', async () => {
    const files = {
      'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password: postgres\njwt:\n  secret: ${JWT_SECRET:changeme}\n  issuer: ${JWT_ISSUER:app}\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n  datasource:\n    password: secret\n',
      'src/main/resources/application-prod.properties': 'spring.datasource.password=${DB_PASSWORD}\napp.admin.password = admin\n# app.other.password=admin\nserver.port=8080\n',
      'src/main/resources/application-local.properties': 'spring.datasource.password=postgres\n',
      'src/test/resources/application.yml': 'spring:\n  datasource:\n    password: postgres\n',
    };
    const out = await runCase(defaultCredentials, { name: 'spring', files });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`).sort()).toEqual([
      'src/main/resources/application-local.properties:1:28 note',
      'src/main/resources/application-prod.properties:2:22',
      'src/main/resources/application.yml:15:15 note',
      // The base password that application-prod.properties sets to `${DB_PASSWORD}`: an overridden default.
      'src/main/resources/application.yml:5:15 note',
      'src/main/resources/application.yml:7:11',
    ]);
    expect(out.findings.find((f) => f.line === 7)!.message).toMatch(/^jwt\.secret falls back to .* when JWT_SECRET is unset/);
    expect(out.findings.find((f) => f.line === 5)!.message).toMatch(/\(overridden by src\/main\/resources\/application-prod\.properties:1 for production\)$/);
  });

  // QA (oss-other D3): the override rule cookie-flags applies to Spring Boot profiles holds here too.
  it('a base value a production profile of the folder overrides with no default is a note; otherwise it fails', async () => {
    const base = 'spring.application.name=petstore\nspring.datasource.username=petstore\nspring.datasource.password=${DB_PASSWORD:changeme}\njwt.secret=${JWT_SECRET:mySecretKey}\n';
    const find = async (files: Record<string, string>) => (await runCase(defaultCredentials, { name: 'spring-override', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort();
    // application-prod.properties replaces the password (not the JWT secret).
    expect(await find({ 'src/main/resources/application.properties': base, 'src/main/resources/application-prod.properties': 'spring.datasource.password=${DB_PASSWORD}\n' }))
      .toEqual(['src/main/resources/application.properties:3 note', 'src/main/resources/application.properties:4']);
    // A `---` document for production in the base YAML file itself; relaxed binding (`jwt.Secret`).
    expect(await find({ 'app/src/main/resources/application.yml': 'spring:\n  datasource:\n    password: ${DB_PASSWORD:changeme}\njwt:\n  secret: admin\n---\nspring:\n  config:\n    activate:\n      on-profile: production\njwt:\n  Secret: ${JWT_SECRET}\n' }))
      .toEqual(['app/src/main/resources/application.yml:3', 'app/src/main/resources/application.yml:5 note']);
    // Not overridden: a production value that is a default too (both fail), a negated or other profile, another folder's profile.
    expect(await find({ 'src/main/resources/application.properties': base, 'src/main/resources/application-prod.properties': 'spring.datasource.password=${DB_PASSWORD:changeme}\n' }))
      .toEqual(['src/main/resources/application-prod.properties:1', 'src/main/resources/application.properties:3', 'src/main/resources/application.properties:4']);
    expect(await find({
      'src/main/resources/application.yml': 'spring:\n  profiles:\n    active: prod\n  datasource:\n    password: postgres\n---\nspring:\n  config:\n    activate:\n      on-profile: "!prod"\n  datasource:\n    password: ${DB_PASSWORD}\n',
      'src/main/resources/application-staging.yml': 'spring:\n  datasource:\n    password: ${DB_PASSWORD}\n',
      'other/src/main/resources/application-prod.yml': 'spring:\n  datasource:\n    password: ${DB_PASSWORD}\n',
    })).toEqual(['src/main/resources/application.yml:5']);
    // A `#---` document for production in a base .properties file; one of that document's own defaults is not a base value and fails.
    expect(await find({ 'src/main/resources/application.properties': 'spring.datasource.password=postgres\njwt.secret=admin\n#---\nspring.config.activate.on-profile=prod\nspring.datasource.password=${DB_PASSWORD}\njwt.secret=changeme\n' }))
      .toEqual(['src/main/resources/application.properties:1 note', 'src/main/resources/application.properties:2', 'src/main/resources/application.properties:6']);
    // A production profile file is never itself an overridden base.
    expect(await find({ 'src/main/resources/application-prod.properties': 'spring.datasource.password=postgres\n---\n', 'src/main/resources/application-production.yml': 'spring:\n  datasource:\n    password: ${DB_PASSWORD}\n' }))
      .toEqual(['src/main/resources/application-prod.properties:1']);
  });
});

// QA (oss-other D5): Strapi's `env()` helper, read as `process.env.X || '…'` is.
describe('default-credentials: Strapi env() fallbacks', () => {
  const DB = "module.exports = ({ env }) => ({\n  connection: {\n    client: 'postgres',\n    connection: {\n      host: env('DATABASE_HOST', '127.0.0.1'),\n      port: env.int('DATABASE_PORT', 5432),\n      user: env('DATABASE_USERNAME', 'strapi'),\n      password: env('DATABASE_PASSWORD', 'strapi'),\n    },\n  },\n});\n";
  it('reports placeholder and default fallbacks, and a password defaulting to the user name', async () => {
    const files = {
      'config/database.js': DB,
      'config/admin.ts': "export default ({ env }: { env: any }) => ({\n  auth: { secret: env('ADMIN_JWT_SECRET') },\n  apiToken: { salt: env('API_TOKEN_SALT', 'changeme') },\n  // transfer: { salt: env('TRANSFER_TOKEN_SALT', 'changeme') },\n});\n",
      'config/plugins.js': "module.exports = ({ env }) => ({\n  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'secret') } },\n});\n",
      'config/server.js': `const { env } = require('@strapi/utils');\nmodule.exports = { app: { keys: env.array('APP_KEYS') }, webhooks: { secret: env('WEBHOOK_SECRET', '${strong}') } };\nexports.token = env('API_TOKEN', 'tobemodified');\n`,
      'config/env/development/database.js': "module.exports = ({ env }) => ({ connection: { connection: { password: env('DATABASE_PASSWORD', 'postgres') } } });\n",
    };
    const out = await runCase(defaultCredentials, { name: 'strapi', files });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`).sort()).toEqual([
      'config/admin.ts:3:21',
      'config/database.js:8:17',
      'config/env/development/database.js:1:72 note',
      'config/plugins.js:2:47',
      'config/server.js:3:17',
    ]);
    expect(out.findings.find((f) => f.file === 'config/database.js')!.message).toMatch(/^DATABASE_PASSWORD falls back to the user name of DATABASE_USERNAME when DATABASE_PASSWORD is unset/);
    expect(out.findings.find((f) => f.file === 'config/plugins.js')!.message).toMatch(/^JWT_SECRET falls back to .* when JWT_SECRET is unset/);
  });
  // QA (qa32 fullrepos6 D2): Strapi's `APP_KEYS="toBeModified1,toBeModified2"` (its .env.example, committed as production) and the
  // `env.array('APP_KEYS', [...])` fallback of its generated config/server.js passed, while the sibling `tobemodified` keys failed.
  it('reads a comma list of defaults (APP_KEYS) in an env file and in env.array() as a default; a list with a real key passes', async () => {
    const files = {
      '.env.production': `APP_KEYS="toBeModified1,toBeModified2"\nAPI_TOKEN_SALT=tobemodified\nOTHER_KEYS=toBeModified1,${strong}\n`,
      'config/server.js': `module.exports = ({ env }) => ({\n  app: {\n    keys: env.array('APP_KEYS', ['toBeModified1', 'toBeModified2']),\n    other: env.array('OTHER_KEYS', ['toBeModified1', '${strong}']),\n  },\n});\n`,
    };
    const out = await runCase(defaultCredentials, { name: 'strapi-keys', files });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual([
      '.env.production:1:11 APP_KEYS is set to a well-known default value',
      '.env.production:2:16 API_TOKEN_SALT is set to a well-known default value',
      'config/server.js:3:11 APP_KEYS falls back to a well-known default value when APP_KEYS is unset',
    ]);
    for (const v of ['toBeModified1,toBeModified2', 'changeme, changeme', 'admin,secret']) expect(isDefaultCredential(v), v).toBe(true);
    for (const v of [`admin,${strong}`, `${strong},tobemodified`, 'tobemodified,', ',', '<your key, here>x']) expect(isDefaultCredential(v), v).toBe(false);
    expect(isDefaultCredential('<your key, please>')).toBe(true);
  });
  it('reads only files that receive Strapi\'s helper', async () => {
    // Another `env` function (not the config's parameter, not @strapi/utils') is not Strapi's.
    const files = {
      'src/settings.js': "const env = (k, d) => process.env[k] ?? d;\nconst jwt = { secret: env('JWT_SECRET', 'secret') };\n",
      'lib/config.js': "import { env } from './env';\nexport const db = { password: env('DB_PASSWORD', 'changeme') };\n",
    };
    expect((await runCase(defaultCredentials, { name: 'not-strapi', files })).findings).toEqual([]);
  });
});

it('a weak fallback that spells its variable\'s name is still a default (`process.env.SECRET || \'secret\'`)', async () => {
  const files = { 'index.js': "const s = process.env.SECRET || 'secret';\n", 'app.py': 'import os\nPASSWORD = os.environ.get("PASSWORD", "password")\n', '.env.production': 'DB_PASSWORD=${DB_PASSWORD:=changeme}\n' };
  const out = await runCase(defaultCredentials, { name: 'fallback-names', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['.env.production:1', 'app.py:2', 'index.js:1']);
});

it('reads class bodies under a bracketed class header (Black: `class X(\\n    Base,\\n):`)', async () => {
  const files = { 'app/settings.py': 'class ProductionSettings(\n    BaseSettings,\n):\n    SECRET_KEY = "changeme"\n' };
  const out = await runCase(defaultCredentials, { name: 'black', files });
  expect(out.findings.map((f) => `${f.line}${f.note ? ' note' : ''}`)).toEqual(['4']);
});

it('a fallback literal is never a field name, whatever its variable is called (`process.env.TOKEN_KEY || \'token\'`)', async () => {
  const files = { 'index.js': "const t = process.env.TOKEN_KEY || 'token';\n", 'app.py': 'import os\nPASSWORD_KEY = os.getenv("PASSWORD_KEY", "password")\nPASSWORD_COLUMN = "password"\n' };
  const out = await runCase(defaultCredentials, { name: 'fallback-field', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['app.py:2', 'index.js:1']);
});

it('reads Laravel env() fallbacks in PHP and ${VAR:-default} in container entrypoint scripts only', async () => {
  const files = {
    'config/app.php': "<?php\nreturn [\n    'key' => env('APP_KEY', 'SomeRandomString'),\n    'name' => env('APP_NAME', 'Laravel'),\n];\n",
    'config/database.php': "<?php\nreturn ['mysql' => [\n    'password' => env('DB_PASSWORD', 'secret'),\n    'username' => env('DB_USERNAME', 'forge'),\n    'redis' => env('REDIS_PASSWORD', ''),\n    // 'old' => env('OLD_PASSWORD', 'secret'),\n]];\n",
    'docker-entrypoint.sh': '#!/bin/sh\nset -e\n: "${SECRET_KEY:=changeme}"\nexport PGPASSWORD="${DB_PASSWORD:-postgres}"\nexec gunicorn app:app\n',
    'scripts/dev-db.sh': '#!/bin/sh\npsql "postgres://app:${DB_PASSWORD:-postgres}@localhost/app"\n',
    'vendor/laravel/framework/config/app.php': "<?php\nreturn ['key' => env('APP_KEY', 'SomeRandomString')];\n",
    'resources/views/login.blade.php': "{{ env('ADMIN_PASSWORD', 'admin') }}\n",
    'tests/Feature/config.php': "<?php\n$p = env('DB_PASSWORD', 'secret');\n",
  };
  const out = await runCase(defaultCredentials, { name: 'php-shell', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(' ').slice(0, 3).join(' ')}`).sort()).toEqual([
    'config/app.php:3:14 APP_KEY falls back',
    'config/database.php:3:19 DB_PASSWORD falls back',
    'docker-entrypoint.sh:3:4 SECRET_KEY falls back',
    'docker-entrypoint.sh:4:20 DB_PASSWORD falls back',
  ]);
  expect(out.findings.map((f) => f.message).join("\n")).not.toMatch(/SomeRandomString|changeme|postgres|'secret'/);
});

it("a settings package's base default that its production module sets otherwise is a note (as debug-mode says)", async () => {
  const files = {
    'mysite/settings/base.py': 'import os\nDEBUG = False\nSECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\nDB_PASSWORD = os.environ.get("DB_PASSWORD", "postgres")\n',
    'mysite/settings/production.py': 'import os\nfrom .base import *\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
    // Not overridden: another package's production module, and a sibling that is not the production one.
    'other/settings/base.py': 'SECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\n',
    'other/settings/celery.py': 'import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
  };
  const out = await runCase(defaultCredentials, { name: 'prod-override', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual(['mysite/settings/base.py:3 note', 'mysite/settings/base.py:4', 'other/settings/base.py:1']);
  expect(out.findings.find((f) => f.note)!.message).toMatch(/\(overridden by mysite\/settings\/production\.py for production\)$/);
});

it('a flat production settings module beside settings.py (settings_prod.py, settings_production.py) overrides its defaults too, as in debug-mode (QA29 newrules D1)', async () => {
  const files = {
    'mysite/settings.py': 'DEBUG = False\nSECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\n',
    'mysite/settings_prod.py': 'import os\nfrom .settings import *\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
    'other/settings.py': 'SECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\n',
    'other/prod_settings.py': 'import os\nfrom .settings import *\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
    // A module named for another environment overrides nothing.
    'third/settings.py': 'SECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\n',
    'third/settings_staging.py': 'import os\nfrom .settings import *\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
  };
  const out = await runCase(defaultCredentials, { name: 'flat-prod-override', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual(['mysite/settings.py:2 note', 'other/settings.py:1 note', 'third/settings.py:1']);
});

it('reads Python string prefixes (b"dev", the Flask docs\' app.secret_key = b\'…\')', async () => {
  const files = { 'app/defaults.py': 'SECRET_KEY = b"dev"\nAPI_TOKEN = r\'changeme\'\n', 'app/__init__.py': "app.secret_key = b'dev'\n" };
  const out = await runCase(defaultCredentials, { name: 'prefixes', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['app/__init__.py:1:20', 'app/defaults.py:1:16', 'app/defaults.py:2:15']);
});

it('reads a ${VAR:-default} password inside a URL (compose DATABASE_URL)', async () => {
  const files = {
    'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.2.3\n    environment:\n      DATABASE_URL: "postgres://app:${DB_PASSWORD:-postgres}@db:5432/app"\n      REDIS_URL: redis://:${REDIS_PASSWORD:-changeme}@cache:6379/0\n      OK_URL: "postgres://app:${DB_PASSWORD:?set it}@db:5432/app"\n',
  };
  const out = await runCase(defaultCredentials, { name: 'url-fallback', files });
  expect(out.findings.map((f) => `${f.line} ${f.message.split(';')[0]}`)).toEqual([
    "5 DATABASE_URL (service 'api') embeds a well-known default value in its postgres:// URL when DB_PASSWORD is unset",
    "6 REDIS_URL (service 'api') embeds a placeholder value in its redis:// URL when REDIS_PASSWORD is unset",
  ]);
});

it('judges the shell script a Dockerfile ENTRYPOINT runs whatever its name, and entrypoint.<env>.sh', async () => {
  const files = {
    'app/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nENTRYPOINT ["/app/start.sh"]\n',
    'app/start.sh': '#!/bin/sh\nexport SECRET_KEY="${SECRET_KEY:-changeme}"\nexec gunicorn app:app\n',
    'deploy/entrypoint.prod.sh': '#!/bin/sh\n: "${DB_PASSWORD:=postgres}"\nexec "$@"\n',
    'scripts/dev.sh': '#!/bin/sh\nexport SECRET_KEY="${SECRET_KEY:-changeme}"\n',
    'web/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["./bin/start"]\n',
    'web/bin/start': '#!/usr/bin/env bash\nexport API_TOKEN="${API_TOKEN:-changeme}"\nexec gunicorn app:app\n',
  };
  const out = await runCase(defaultCredentials, { name: 'started', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['app/start.sh:2', 'deploy/entrypoint.prod.sh:2', 'web/bin/start:2']);
});

it('passes entrypoint guards that refuse a default and escaped text; development scripts and settings words give notes or pass', async () => {
  const files = {
    'docker-entrypoint.sh': '#!/bin/sh\nif [ "${SECRET_KEY:-changeme}" = "changeme" ]; then echo "set SECRET_KEY"; exit 1; fi\ncase "${DB_PASSWORD:-postgres}" in postgres|changeme) exit 1 ;; esac\necho "\\${SECRET_KEY:-secret} is NOT accepted"\nVAULT_KV_SECRET_ENGINE="${VAULT_KV_SECRET_ENGINE:-secret}"\nexec gunicorn app:app\n',
    'docker/entrypoint.dev.sh': '#!/bin/sh\nexport DB_PASSWORD="${DB_PASSWORD:-postgres}"\n',
    'Dockerfile.dev': 'FROM python:3.12-slim\nCOPY scripts/dev-start.sh /dev-start.sh\nENTRYPOINT ["/dev-start.sh"]\n',
    'scripts/dev-start.sh': '#!/bin/sh\nexport DB_PASSWORD="${DB_PASSWORD:-postgres}"\n',
  };
  const out = await runCase(defaultCredentials, { name: 'fp8', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual(['docker/entrypoint.dev.sh:2 note', 'scripts/dev-start.sh:2 note']);
});

describe('default-credentials: Terraform variable defaults', () => {
  it('a secret-named variable defaulting to a well-known value is reported at the value; strong, referenced and other defaults pass', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'infra/variables.tf': [
          'variable "admin_password" {',
          '  type    = string',
          '  default = "changeme"',
          '}',
          'variable "grafana_admin_password" { default = "admin" }',
          'variable "db_user" { default = "admin" }',
          'variable "db_password" { default = "${var.generated}" }',
          'variable "jwt_secret" { default = "q8Zt2LwX9vKm4RpN" }',
        ].join('\n'),
        'test/variables.tf': 'variable "admin_password" { default = "changeme" }',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.message.split(';')[0]])).toEqual([
      ['infra/variables.tf', 3, 14, "Terraform variable 'admin_password' has a default: it is set to a placeholder value"],
      ['infra/variables.tf', 5, 48, "Terraform variable 'grafana_admin_password' has a default: it is set to a well-known default value"],
    ]);
  });
});

describe('default-credentials: authentication switched off, passwords equal to user names, connection strings', () => {
  it('compose: trust authentication, empty-password switches and a password equal to a user name beside it', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker-compose.yml': [
          'services:',
          '  db:',
          '    image: postgres:16',
          '    environment:',
          '      POSTGRES_USER: analytics',
          '      POSTGRES_PASSWORD: analytics',
          '      POSTGRES_HOST_AUTH_METHOD: trust',
          '  mysql:',
          '    image: mysql:8.4',
          '    environment:',
          '      - MYSQL_ALLOW_EMPTY_PASSWORD=yes',
          '  maria:',
          '    image: mariadb:11',
          '    environment:',
          '      MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: "no"',
          '      MARIADB_USER: app',
          '      MARIADB_PASSWORD: ${MARIADB_PASSWORD}',
          '  web:',
          '    image: app:1.0',
          '    environment:',
          '      ConnectionStrings__Default: "Server=sql;User Id=sa;Password=YourStrong@Passw0rd;TrustServerCertificate=True"',
          '      ConnectionStrings__Other: "Server=sql;User Id=sa;Password=${SA_PASSWORD}"',
        ].join('\n'),
      },
    });
    expect(out.findings.map((f) => [f.line, f.message.split(';')[0], f.secret ?? null])).toEqual([
      [6, "POSTGRES_PASSWORD (service 'db') is set to the user name of POSTGRES_USER", 'analytics'],
      [7, "POSTGRES_HOST_AUTH_METHOD (service 'db') is 'trust', which turns password authentication off: any client that reaches the database logs in as any user", null],
      [11, "MYSQL_ALLOW_EMPTY_PASSWORD (service 'mysql') is 'yes', which lets the database run without a password", null],
      [21, "ConnectionStrings__Default (service 'web') holds a connection string whose password is a placeholder value", 'YourStrong@Passw0rd'],
    ]);
  });

  it('QA27 full D1: a connection string that is (or sits in) the default of `${VAR:-…}` is judged as the value (eShopOnContainers docker-compose.prod.yml)', async () => {
    const files = {
      'docker-compose.prod.yml': [
        'services:',
        '  catalog-api:',
        '    image: eshop/catalog.api:1.2.0',
        '    environment:',
        '      - ConnectionString=${ESHOP_AZURE_CATALOG_DB:-Server=sqldata;Database=CatalogDb;User Id=sa;Password=Pass@word}',
        '      - ConnectionStrings__Default=${DB-Server=sql;User Id=sa;Password=YourStrong@Passw0rd}',
        '      - ConnectionStrings__Nested=${DB_CONN:-Server=sql;User Id=sa;Password=${SA_PASSWORD:-changeme}}',
        '      - ConnectionStrings__Part=Server=sql;User Id=sa;Password=${SA_PASSWORD:-Pass@word}',
        '      - ConnectionStrings__Host=Server=${DB_HOST:-sql};User Id=sa;Password=Pass@word',
        '  basket-api:',
        '    image: eshop/basket.api:1.2.0',
        '    environment:',
        '      ConnectionString: "${BASKET_DB:-Server=sql;User Id=sa;Password=Pass@word}"',
        // Counter-cases: no default deploys (`:?` fails, `:+` is empty when unset, `$${…}` is literal text,
        // a variable password), and a real password is hardcoded-secret's.
        '      Required: ${REQUIRED_DB:?Server=sql;User Id=sa;Password=Pass@word}',
        '      Alternative: ${ALT_DB:+Server=sql;User Id=sa;Password=Pass@word}',
        '      Escaped: $${ESC_DB:-Server=sql;User Id=sa;Password=Pass@word}',
        '      Variable: ${VAR_DB:-Server=sql;User Id=sa;Password=${SA_PASSWORD}}',
        `      Strong: \${STRONG_DB:-Server=sql;User Id=sa;Password=${strong}}`,
      ].join('\n'),
    };
    const out = await runCase(defaultCredentials, { files });
    expect(out.findings.map((f) => [f.line, f.message.split(';')[0], f.secret ?? null])).toEqual([
      [5, "ConnectionString (service 'catalog-api') holds a connection string whose password is a placeholder value when ESHOP_AZURE_CATALOG_DB is unset", 'Pass@word'],
      [6, "ConnectionStrings__Default (service 'catalog-api') holds a connection string whose password is a placeholder value when DB is unset", 'YourStrong@Passw0rd'],
      [7, "ConnectionStrings__Nested (service 'catalog-api') holds a connection string whose password is a placeholder value when DB_CONN and SA_PASSWORD are unset", 'changeme'],
      [8, "ConnectionStrings__Part (service 'catalog-api') holds a connection string whose password is a placeholder value when SA_PASSWORD is unset", 'Pass@word'],
      [9, "ConnectionStrings__Host (service 'catalog-api') holds a connection string whose password is a placeholder value", 'Pass@word'],
      [13, "ConnectionString (service 'basket-api') holds a connection string whose password is a placeholder value when BASKET_DB is unset", 'Pass@word'],
    ]);
    // The real password in a default stays hardcoded-secret's, once; none of the defaults above is.
    const secrets = await runCase(hardcodedSecret, { files });
    expect(secrets.findings.map((f) => [f.line, f.secret])).toEqual([[18, strong]]);
  });

  it('QA round 19: a compose value that is one variable is judged as compose interpolates it from the committed .env (awesome-compose postgresql-pgadmin)', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'compose.yaml': [
          'services:',
          '  postgres:',
          '    image: postgres:16',
          '    environment:',
          '      - POSTGRES_USER=${POSTGRES_USER}',
          '      - POSTGRES_PASSWORD=${POSTGRES_PW}',
          '      - POSTGRES_DB=${POSTGRES_DB} #optional',
          '  pgadmin:',
          '    image: dpage/pgadmin4:8.6',
          '    environment:',
          '      - PGADMIN_DEFAULT_EMAIL=${PGADMIN_MAIL}',
          '      - PGADMIN_DEFAULT_PASSWORD=${PGADMIN_PW:-x}',
          '      - API_TOKEN=${API_TOKEN}',
          '  cache:',
          '    image: redis:7',
          '    environment:',
          '      REDIS_PASSWORD: $REDIS_PASSWORD',
          '      REDIS_USER: $REDIS_USER',
        ].join('\n'),
        '.env': `POSTGRES_USER=yourUser\nPOSTGRES_PW=changeit\nPOSTGRES_DB=postgres\nPGADMIN_MAIL=your@email.com\nPGADMIN_PW=changeit\nAPI_TOKEN=${strong}\nREDIS_PASSWORD=app\nREDIS_USER=app\n`,
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.message.split(';')[0]])).toEqual([
      ['.env', 2, 13, "POSTGRES_PW (interpolated into POSTGRES_PASSWORD of service 'postgres') is set to a placeholder value"],
      ['.env', 5, 12, "PGADMIN_PW (interpolated into PGADMIN_DEFAULT_PASSWORD of service 'pgadmin') is set to a placeholder value"],
      ['.env', 7, 16, "REDIS_PASSWORD (interpolated into REDIS_PASSWORD of service 'cache') is set to the user name of REDIS_USER"],
    ]);
    expect(JSON.stringify(out.findings.map((f) => f.message))).not.toContain('changeit');
  });

  it('reads a committed .env for a bare compose entry (`- POSTGRES_PASSWORD`, `POSTGRES_PASSWORD:`), which Compose fills from it (n8n withPostgres)', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker-compose.yml': 'services:\n  postgres:\n    image: postgres:16.2\n    environment:\n      - POSTGRES_USER\n      - POSTGRES_PASSWORD\n  n8n:\n    image: n8nio/n8n:1.40.0\n    environment:\n      DB_POSTGRESDB_PASSWORD:\n      N8N_ENCRYPTION_KEY:\n',
        '.env': `POSTGRES_USER=changeUser\nPOSTGRES_PASSWORD=changePassword\nDB_POSTGRESDB_PASSWORD=changeme\nN8N_ENCRYPTION_KEY=${strong}\n`,
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['.env:2', '.env:3']);
  });

  it("reads every env_file an include: entry names, a later one winning, and points at the file that sets the variable (review of QA34)", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'compose.yaml': 'include:\n  - path: db/compose.db.yaml\n    env_file: [db/a.env, db/b.env]\n',
        'db/compose.db.yaml': 'services:\n  db:\n    image: postgres:16.2\n    environment:\n      POSTGRES_PASSWORD: ${PG_PW}\n      POSTGRES_USER: ${PG_USER}\n',
        'db/a.env': 'PG_PW=postgres\nPG_USER=changeme\n',
        'db/b.env': `PG_USER=${strong}\n`,
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['db/a.env', 1, "PG_PW (interpolated into POSTGRES_PASSWORD of service 'db') is set to a well-known default value"],
    ]);
  });

  it('QA round 19: a .env line an env_file also reads and a service interpolates is reported once (immich)', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker/docker-compose.yml': 'services:\n  server:\n    image: app:1\n    env_file: [.env]\n  database:\n    image: postgres:14\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n      POSTGRES_USER: ${DB_USERNAME}\n',
        'docker/.env': 'DB_PASSWORD=postgres\nDB_USERNAME=postgres\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      // One finding naming every service it reaches (the fastapi template's .env, QA round 19 repos P3-1).
      ['docker/.env', 1, "DB_PASSWORD (env_file of service 'server', and interpolated into POSTGRES_PASSWORD of service 'database') is set to a well-known default value"],
    ]);
  });

  // QA (qa32 fullrepos6 D5): "interpolated into GOTRUE_JWT_SECRET of services 'auth', 'rest', 'db'" named the first service's key for all.
  it("names each service's own key when services interpolate a .env value into different keys (supabase, n8n)", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker/docker-compose.yml': [
          'services:', '  auth:', '    image: supabase/gotrue:v2', '    environment:', '      GOTRUE_JWT_SECRET: ${JWT_SECRET}',
          '  rest:', '    image: postgrest/postgrest:v12', '    environment:', '      PGRST_JWT_SECRET: ${JWT_SECRET}',
          '  realtime:', '    image: supabase/realtime:v2', '    environment:', '      API_JWT_SECRET: ${JWT_SECRET}',
          '  db:', '    image: supabase/postgres:15', '    environment:', '      JWT_SECRET: ${JWT_SECRET}', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
          '  studio:', '    image: supabase/studio:1', '    environment:', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}', '',
        ].join('\n'),
        'docker/.env': 'POSTGRES_PASSWORD=your-super-secret-and-long-postgres-password\nJWT_SECRET=your-super-secret-jwt-token-with-at-least-32-characters-long\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['docker/.env', 2, "JWT_SECRET (interpolated into GOTRUE_JWT_SECRET of service 'auth', PGRST_JWT_SECRET of service 'rest', API_JWT_SECRET of service 'realtime', JWT_SECRET of service 'db') is set to a placeholder value"],
      ['docker/.env', 1, "POSTGRES_PASSWORD (interpolated into POSTGRES_PASSWORD of services 'db', 'studio') is set to a placeholder value"],
    ]);
  });

  it("QA round 19: Bitnami's ALLOW_EMPTY_PASSWORD=yes runs the database without a password", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker-compose.yml': 'services:\n  redis-caches:\n    image: "bitnami/redis:5.0.8"\n    environment:\n      ALLOW_EMPTY_PASSWORD: "yes"\n  pg:\n    image: bitnami/postgresql:16\n    environment:\n      - ALLOW_EMPTY_PASSWORD=no\n      - POSTGRESQL_PASSWORD=${PG_PASSWORD:?set it}\n',
      },
    });
    expect(out.findings.map((f) => [f.line, f.message.split(';')[0]])).toEqual([
      [5, "ALLOW_EMPTY_PASSWORD (service 'redis-caches') is 'yes', which lets the database run without a password"],
    ]);
  });

  it('Kubernetes containers and Dockerfiles: the same, per container and per image', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'k8s/db.yaml': [
          'apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: db }', 'spec:', '  template:', '    spec:', '      containers:',
          '        - name: pg', '          image: postgres:16', '          env:',
          '            - { name: POSTGRES_USER, value: orders }', '            - { name: POSTGRES_PASSWORD, value: orders }',
          '        - name: other', '          image: app:1', '          env:',
          '            - { name: DB_PASSWORD, value: orders }',
        ].join('\n'),
        'Dockerfile': 'FROM postgres:16\nENV POSTGRES_HOST_AUTH_METHOD=trust\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]]).sort()).toEqual([
      ['Dockerfile', 2, "POSTGRES_HOST_AUTH_METHOD (ENV) is 'trust', which turns password authentication off: any client that reaches the database logs in as any user"],
      ['k8s/db.yaml', 12, "POSTGRES_PASSWORD (container 'pg') is set to the user name of POSTGRES_USER"],
    ]);
  });

  // QA34 k8s4 D4: a listed product name (`grafana`) that is also the user name beside it is described as the user name; a
  // stock password (`postgres`/`postgres`, Grafana's `admin`/`admin`) stays the well-known default it is.
  it('QA34 k8s4 D4: a password equal to the user name says so, even when it is a product name on the default list', async () => {
    const env = (pairs: [string, string][]) => ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: g }', 'spec:', '  template:', '    spec:', '      containers:',
      '        - name: g', '          image: grafana/grafana:10.3.3', '          env:', ...pairs.map(([k, v]) => `            - { name: ${k}, value: ${v} }`)].join('\n');
    const out = await runCase(defaultCredentials, {
      files: {
        'k8s/a.yaml': env([['POSTGRES_USER', 'grafana'], ['POSTGRES_PASSWORD', 'grafana'], ['GF_SECURITY_ADMIN_USER', 'admin'], ['GF_SECURITY_ADMIN_PASSWORD', 'admin']]),
        'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: postgres\n  mq:\n    image: rabbitmq:3\n    environment:\n      RABBITMQ_DEFAULT_USER: rabbitmq\n      RABBITMQ_DEFAULT_PASS: rabbitmq\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]]).sort()).toEqual([
      ['docker-compose.yml', 11, "RABBITMQ_DEFAULT_PASS (service 'mq') is set to the user name of RABBITMQ_DEFAULT_USER"],
      ['docker-compose.yml', 6, "POSTGRES_PASSWORD (service 'db') is set to a well-known default value"],
      ['k8s/a.yaml', 12, "POSTGRES_PASSWORD (container 'g') is set to the user name of POSTGRES_USER"],
      ['k8s/a.yaml', 14, "GF_SECURITY_ADMIN_PASSWORD (container 'g') is set to a well-known default value"],
    ]);
  });
});

describe('default-credentials: Terraform arguments, Helm values, appsettings and database.yml', () => {
  it('Terraform arguments and .tfvars values; development tfvars give notes', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'main.tf': 'resource "aws_db_instance" "db" {\n  username = "admin"\n  password = "password123"\n  # password = "changeme"\n}\n',
        'prod.tfvars': 'db_password = "changeme"\napi_token   = "${var.token}"\n',
        'envs/dev/terraform.tfvars': 'db_password = "postgres"\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column, !!f.note, f.message.split(';')[0]])).toEqual([
      ['envs/dev/terraform.tfvars', 1, 16, true, 'db_password is set to a well-known default value'],
      ['main.tf', 3, 15, false, 'password is set to a well-known default value'],
      ['prod.tfvars', 1, 16, false, 'db_password is set to a placeholder value'],
    ]);
  });

  it('QA34 iac3 D3: .tfvars files named for development give notes; production-named, generic and *.auto.tfvars ones are judged', async () => {
    const v = 'db_password = "changeme"\n';
    const names = ['dev.tfvars', 'development.tfvars', 'local.tfvars', 'terraform.dev.tfvars', 'vars/dev.tfvars', 'app.dev.tfvars', 'dev-us-east-1.tfvars', 'test.tfvars.json',
      'prod.tfvars', 'staging.tfvars', 'terraform.tfvars', 'dev.auto.tfvars', 'production.tfvars', 'devops.tfvars'];
    const out = await runCase(defaultCredentials, { files: Object.fromEntries(names.map((n) => [n, v])) });
    expect(out.findings.filter((f) => f.note).map((f) => f.file).sort()).toEqual(['app.dev.tfvars', 'dev-us-east-1.tfvars', 'dev.tfvars', 'development.tfvars', 'local.tfvars', 'terraform.dev.tfvars', 'vars/dev.tfvars']);
    expect(out.findings.filter((f) => !f.note).map((f) => f.file).sort()).toEqual(['dev.auto.tfvars', 'devops.tfvars', 'prod.tfvars', 'production.tfvars', 'staging.tfvars', 'terraform.tfvars']);
    expect(out.findings.find((f) => f.file === 'dev.tfvars')?.message).toMatch(/\(development-only file\)$/);
  });

  it('Helm values beside a Chart.yaml (development values are notes; templates and other YAML are not read this way)', async () => {
    const values = 'auth:\n  rootPassword: changeme\n  password: "{{ .Values.generated }}"\nimage:\n  tag: "1.0"\n';
    const out = await runCase(defaultCredentials, {
      files: { 'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n', 'chart/values.yaml': values, 'chart/values-dev.yaml': values, 'other/values.yaml': values },
    });
    expect(out.findings.map((f) => [f.file, f.line, !!f.note, f.message.split(';')[0]])).toEqual([
      ['chart/values-dev.yaml', 2, true, 'auth.rootPassword is set to a placeholder value'],
      ['chart/values.yaml', 2, false, 'auth.rootPassword is set to a placeholder value'],
    ]);
  });

  it('Helm chart templates: a well-known `default` of a secret-named value (QA stop 18); a random one is hardcoded-secret\'s', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
        'charts/shop/templates/deployment.yaml': 'spec:\n  template:\n    spec:\n      containers:\n        - name: web\n          env:\n            - name: DB_PASSWORD\n              value: {{ .Values.db.password | default "postgres" | quote }}\n            - name: SECRET_KEY\n              value: {{ default "k8VnQ2rLm5tZw9xB" .Values.secretKey | quote }}\n            - name: DB_USER\n              value: {{ .Values.db.user | default "postgres" | quote }}\n',
        'charts/shop/templates/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop\nstringData:\n  ADMIN_PASSWORD: {{ .Values.adminPassword | default "changeme" | quote }}\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['charts/shop/templates/deployment.yaml', 8, "DB_PASSWORD (the chart's `default`) is set to a well-known default value"],
      ['charts/shop/templates/secret.yaml', 6, "ADMIN_PASSWORD (the chart's `default`) is set to a placeholder value"],
    ]);
  });

  it("ASP.NET Core appsettings: production's file, and the base file's values no environment file sets again", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'src/Api/appsettings.json': '{\n  "Admin": { "Password": "admin" },\n  "ConnectionStrings": {\n    "Default": "Server=localhost;User Id=sa;Password=YourStrong@Passw0rd"\n  }\n}\n',
        'src/Api/appsettings.Production.json': '{\n  "ConnectionStrings": { "Default": "Server=prod;User Id=app;Password=${SQL_PASSWORD}" },\n  "Smtp": { "Password": "changeme" }\n}\n',
        'src/Api/appsettings.Development.json': '{ "Admin": { "Password": "admin" } }\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['src/Api/appsettings.Production.json', 3, 'Smtp.Password is set to a placeholder value'],
      ['src/Api/appsettings.json', 2, 'Admin.Password is set to a well-known default value'],
    ]);
  });

  it("Rails database.yml: deployed sections, a shared section's value reported where it is written, ERB passes", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'config/database.yml': [
          'default: &default', '  adapter: postgresql', '  password: postgres', '',
          'development:', '  <<: *default', '  database: app_dev', '  password: dev', '',
          'production:', '  <<: *default', '  database: app', '',
          'staging:', '  <<: *default', '  password: <%= ENV["DB_PASSWORD"] %>',
        ].join('\n'),
      },
    });
    // production takes `password: postgres` from the shared section: reported once, where it is written.
    expect(out.findings.map((f) => [f.line, f.message.split(';')[0]])).toEqual([[3, 'production.password is set to a well-known default value']]);
  });
});

describe('default-credentials: YAML rendered before it is read (QA25 D1, D2)', () => {
  const DB = (password: string) => [
    'default: &default', '  adapter: postgresql', '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', '',
    'development:', '  <<: *default', '  password: postgres', '',
    'production:', '  <<: *default', '<% if ENV["DATABASE_URL"].present? %>', '  url: <%= ENV["DATABASE_URL"] %>', '<% else %>',
    '  database: demo_production', '  username: demo', `  password: ${password}`, '<% end %>', '',
  ].join('\n');

  it('a Rails database.yml with ERB control lines: both branches are read, a literal production password is judged', async () => {
    const out = await runCase(defaultCredentials, { files: { 'config/database.yml': DB('changeme') } });
    expect(out.findings.map((f) => `${f.line}:${f.column} ${f.note ? 'note ' : ''}${f.message.split(';')[0]}`)).toEqual(['16:13 production.password is set to a placeholder value']);
    const fallback = await runCase(defaultCredentials, { files: { 'config/database.yml': DB('<%= ENV.fetch("DB_PASSWORD", "postgres") %>') } });
    expect(fallback.findings.map((f) => `${f.line}:${f.column}`)).toEqual(['16:13']);
    const clean = await runCase(defaultCredentials, { files: { 'config/database.yml': DB('<%= ENV["DEMO_DATABASE_PASSWORD"] %>') } });
    expect(clean.findings).toEqual([]);
  });

  it('Spring YAML with Maven filter tokens: a token password is unknown, a literal default beside tokens is judged', async () => {
    const yml = (password: string) => `info:\n  version: @project.version@\nspring:\n  datasource:\n    username: @db.user@\n    password: ${password}\n`;
    const token = await runCase(defaultCredentials, { files: { 'src/main/resources/application.yml': yml('@db.password@') } });
    expect(token.findings).toEqual([]);
    const literal = await runCase(defaultCredentials, { files: { 'src/main/resources/application.yml': yml('postgres') } });
    expect(literal.findings.map((f) => `${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual(['6:15 spring.datasource.password is set to a well-known default value']);
  });
});

describe('default-credentials: a password equal to the user name in structured configuration', () => {
  it('database.yml sections, Helm values and Spring datasource settings (a ${VAR:default} default too)', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'config/database.yml': 'default: &default\n  adapter: postgresql\n\nstaging:\n  <<: *default\n  username: blog\n  password: blog\n\nproduction:\n  <<: *default\n  username: blog\n  password: <%= ENV["BLOG_DATABASE_PASSWORD"] %>\n\nstore:\n  <<: *default\n  database: store\n  password: <%= ENV.fetch("STORE_DATABASE_PASSWORD", "postgres") %>\n  username: <%= ENV.fetch("STORE_DATABASE_USER", "store") %>\n',
        'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
        'chart/values.yaml': 'postgresql:\n  auth:\n    username: app\n    password: app\n    database: app\n',
        'src/main/resources/application.yml': 'spring:\n  datasource:\n    username: payments\n    password: ${DB_PASSWORD:payments}\n',
        'other/src/main/resources/application.properties': 'spring.datasource.username=orders\nspring.datasource.password=orders\nspring.datasource.url=jdbc:postgresql://db/orders\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]]).sort()).toEqual([
      ['chart/values.yaml', 4, 'postgresql.auth.password is set to the user name of username'],
      ['config/database.yml', 17, 'store.password is set to a well-known default value'],
      ['config/database.yml', 7, 'staging.password is set to the user name of username'],
      ['other/src/main/resources/application.properties', 2, 'spring.datasource.password is set to the user name of spring.datasource.username'],
      ['src/main/resources/application.yml', 4, 'spring.datasource.password is set to the user name of spring.datasource.username'],
    ]);
  });
});

describe('default-credentials: files a compose service names in env_file', () => {
  it('judges them like the service environment (defaults, a password equal to the user), whatever their names; a dev service gives notes', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker-compose.production.yml': 'services:\n  postgres:\n    image: postgres:16\n    env_file: ./.envs/.production/.postgres\n  api:\n    image: acme/api:1\n    env_file: [db.env]\n',
        '.envs/.production/.postgres': 'POSTGRES_HOST=postgres\nPOSTGRES_USER=app\nPOSTGRES_PASSWORD=postgres\n',
        'db.env': 'DB_USER=shop\nDB_PASSWORD=shop\n',
        'docker-compose.yml': 'services:\n  other:\n    image: acme/other:1\n    env_file: other.env\n',
        'other.env': 'API_TOKEN=Kq8vN3xLr5tZw9mB\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message.split(';')[0]])).toEqual([
      ['.envs/.production/.postgres', 3, false, expect.stringMatching(/^POSTGRES_PASSWORD .*\(env_file of service 'postgres'\)/)],
      ['db.env', 2, false, expect.stringMatching(/^DB_PASSWORD .*\(env_file of service 'api'\)/)],
    ]);
  });

  it("QA27 full D2: commented-out lines, judged as a set as they would be uncommented, give notes (Superset's docker/.env); a real value is hardcoded-secret's", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    env_file: docker/.env\n',
        'docker/.env': `POSTGRES_USER=superset\n#MYSQL_USER=superset\n#MYSQL_PASSWORD=superset\n# SECRET_KEY=changeme\n#POSTGRES_PASSWORD=superset\n#MAIL_PASSWORD=${strong}\n# Note: password is admin\n#MYSQL_ALLOW_EMPTY_PASSWORD=yes\n`,
        '.env.production': '#DB_USER=shop\n#DB_PASSWORD=shop\nDB_HOST=db\n',
        // Not a file deployment reads (no env_file names it, not a production env file): not judged, commented or not.
        '.env': '#APP_USER=app\n#APP_PASSWORD=app\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.note ?? false, f.message])).toEqual([
      ['docker/.env', 3, 17, true, "MYSQL_PASSWORD (env_file of service 'db') is set to the user name of MYSQL_USER; set a strong generated secret from a secret store instead (commented out: it deploys nothing until uncommented)"],
      ['docker/.env', 4, 14, true, expect.stringMatching(/^SECRET_KEY \(env_file of service 'db'\) is set to a placeholder value; .*\(commented out: it deploys nothing until uncommented\)$/)],
      ['docker/.env', 5, 20, true, expect.stringMatching(/^POSTGRES_PASSWORD .* is set to the user name of POSTGRES_USER; .*\(commented out/)],
      ['docker/.env', 8, 29, true, expect.stringMatching(/^MYSQL_ALLOW_EMPTY_PASSWORD .* is 'yes'.*\(commented out/)],
      ['.env.production', 2, 14, true, 'DB_PASSWORD is set to the user name of DB_USER; set a strong generated secret from a secret store instead (commented out: it deploys nothing until uncommented)'],
    ]);
  });
});

describe('default-credentials: a log scrubber\'s masks are about a secret', () => {
  it('passes PASSWORD_MASK, MASKED_PASSWORD, SECRET_MASK, TOKEN_REDACTION; a real weak password beside them fails', async () => {
    const out = await runCase(defaultCredentials, {
      files: { 'app/settings.py': 'PASSWORD_MASK = "********"\nMASKED_PASSWORD = "********"\nSECRET_MASK = "***"\nTOKEN_REDACTION = "[REDACTED]"\nDB_PASSWORD = "changeme"\n' },
    });
    expect(out.findings.map((f) => f.line)).toEqual([5]);
  });
});

describe('default-credentials: dict and object entries, JS constants', () => {
  it("Django DATABASES 'PASSWORD': 'changeme', express-session secret 'keyboard cat', const JWT_SECRET = 'secret' fail; enum members, field names, comments and strong values pass", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'mysite/settings.py': "DATABASES = {\n    'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'mysite',\n                'USER': 'mysite', 'PASSWORD': 'changeme', 'HOST': 'db'},\n    'replica': {'PASSWORD': 'Zq8vN3xLr5tZw9mBk2'},\n    'local': {'USER': 'app', 'PASSWORD': 'password', 'HOST': 'localhost'},\n}\n",
        'src/server.js': "const session = require('express-session');\nconst JWT_SECRET = 'secret';\napp.use(session({ secret: 'keyboard cat', resave: false }));\n// const OLD_SECRET = 'secret';\nconst labels = { password: 'Password', secret: 'Secret' };\n",
        'src/attrs.ts': "export const AUTH_TYPE_VALUE_PASSWORD = 'password';\nexport const K8S_VOLUME_TYPE_VALUE_SECRET = 'secret' as const;\nexport const config = { db: { password: 'postgres' } };\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(' is set')[0]])).toEqual([
      ['mysite/settings.py', 3, 'PASSWORD'],
      ['mysite/settings.py', 5, 'PASSWORD'],
      ['src/attrs.ts', 3, 'password'],
      ['src/server.js', 2, 'JWT_SECRET'],
      ['src/server.js', 3, 'secret'],
    ]);
    expect(JSON.stringify(out.findings.map((f) => f.message))).not.toMatch(/keyboard cat|changeme/);
  });

  it("NestJS's documented jwtConstants.secret sentence is a well-known default, the value never shown (QA 30 node2 D5)", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'src/auth/constants.ts': "export const jwtConstants = {\n  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',\n};\n",
        // Another sentence under a secret name is no default (a label, an error text).
        'src/auth/messages.ts': "export const errors = {\n  secret: 'Do not share this value with anyone outside the team.',\n};\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      ['src/auth/constants.ts', 2, 12, 'secret is set to a well-known default value; set a strong generated secret from a secret store instead'],
    ]);
  });

  it('passes a placeholder entry inside a string that describes a format (firebase-tools error message); a committed placeholder entry fails', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'lib/deploy/run/buildEnv.js': 'function toEnv(name, value) {\n  if (typeof value !== "string") {\n    throw invalid(`${name} must be a string, number, boolean, or {"secret": "<secret name>"}.`);\n  }\n}\n',
        'app/errors.py': 'def check(v):\n    raise ValueError(\'expected {"password": "<password>"}\')\n',
        'config/production.js': 'module.exports = { db: { host: "db", password: "<db password>" } };\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['config/production.js:1']);
  });
});

describe('default-credentials: password: \'password\' in a connection object', () => {
  // QA: pg's `new Pool({ user: 'app', password: 'password' })` and a knexfile passed as field-name maps (value = own name).
  it("fails beside a login entry (user/host), inline or over lines; field-name maps and labels pass", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'src/db.js': "const { Pool } = require('pg');\nmodule.exports = new Pool({\n  host: 'db',\n  user: 'app',\n  password: 'password',\n  database: 'shop',\n});\n",
        'knexfile.js': "module.exports = { production: { client: 'pg', connection: { host: 'db', user: 'root', password: 'password' } } };\n",
        'src/fields.js': "export const FIELDS = {\n  username: 'username',\n  password: 'password',\n};\nexport const inputTypes = { text: 'text', password: 'password' };\nexport const labels = { host: 'Server host', user: 'User', password: 'Password' };\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['knexfile.js', 1], ['src/db.js', 5]]);
  });
  // QA (qa32 secrets7 D2): `{ user: "username", password: "password" }` (a login whose value names a field) and a map on the line
  // below `{ user: "uid", … }` (another object's login) were reported as a default password.
  it('a login naming a field, or a login of a neighbouring object, makes no connection; a call\'s argument and a real login still do', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'web/src/api/a.ts': 'export const fields = { user: "username", password: "password" };\n',
        'web/src/api/b.js': 'const ldapAttrs = { user: "uid", password: "userPassword" };\nconst columns = { login: "login", password: "password" };\nconst colMap = { email: "email", password: "password" };\nconst form = {\n  user: "user_name",\n  password: "password",\n};\n',
        'src/client.js': "const a = new Client({ user: 'username', password: 'password' });\nconst b = { conn: { host: 'db.internal', password: 'password' } };\nconst c = { auth: { user: 'email' }, password: 'password', host: 'db' };\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['src/client.js', 1], ['src/client.js', 2], ['src/client.js', 3]]);
  });
  // Review: `knex init`'s stock knexfile names its login 'username' in a property's object (`connection: {…}`), not a call's argument:
  // its `database` entry makes it a connection, as before the field-name rule above.
  it("knex init's stock connection (database beside user: 'username') is a connection, not a field-name map", async () => {
    const connection = "    connection: {\n      database: 'my_db',\n      user:     'username',\n      password: 'password'\n    },\n";
    const out = await runCase(defaultCredentials, {
      files: {
        'knexfile.js': `module.exports = {\n  production: {\n    client: 'postgresql',\n${connection}    pool: { min: 2, max: 10 },\n  },\n};\n`,
        'src/fields.js': "export const loginFields = { database: 'database', user: 'username', password: 'password' };\n",
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['knexfile.js:7:18']);
  });
});

describe('default-credentials: Kamal secrets files', () => {
  // QA (rubyetc D6): `.kamal/secrets` is the dotenv file `kamal deploy` sends to the production containers.
  it('reports literal defaults in .kamal/secrets and its destinations; references, templates and a development destination do not fail', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        '.kamal/secrets': '# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.\n'
          + 'KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\nRAILS_MASTER_KEY=$(cat config/master.key)\nSECRETS=$(kamal secrets fetch --adapter 1password --from Vault/Item DB_PASSWORD)\n'
          + 'DB_PASSWORD=$(kamal secrets extract DB_PASSWORD ${SECRETS})\nREDIS_PASSWORD=${REDIS_PASSWORD}\n# POSTGRES_PASSWORD=postgres\nPOSTGRES_PASSWORD=postgres\n',
        '.kamal/secrets.staging': 'SECRET_KEY_BASE=changeme\n',
        '.kamal/secrets-common': 'MYSQL_USER=shop\nMYSQL_PASSWORD=shop\n',
        '.kamal/secrets.development': 'POSTGRES_PASSWORD=postgres\n',
        '.kamal/secrets.example': 'POSTGRES_PASSWORD=changeme\n',
        'deploy/kamal/secrets': 'POSTGRES_PASSWORD=postgres\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`)).toEqual([
      '.kamal/secrets:8:19', '.kamal/secrets-common:2:16', '.kamal/secrets.development:1:19 note', '.kamal/secrets.staging:1:17',
    ]);
    expect(out.findings[0]!.message).toMatch(/^POSTGRES_PASSWORD \(Kamal secrets\) is set to a well-known default value/);
    expect(out.findings[1]!.message).toMatch(/is set to the user name of MYSQL_USER/);
  });
});

describe('default-credentials: grafana.ini (QA31 creds D4)', () => {
  it('reports Grafana\'s admin/admin and other defaults in grafana.ini; comments, references, quotes and strong values as Grafana reads them', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'grafana/grafana.ini': '[server]\nhttp_port = 3000\n[security]\nadmin_user = admin\nadmin_password = admin\n[database]\ntype = postgres\nuser = metrics\npassword = metrics\n[smtp]\npassword = """changeme"""\n',
        'monitoring/grafana.prod.ini': `[security]\n;admin_password = admin\n# admin_password = admin\nadmin_password = $__env{GF_ADMIN_PASSWORD}\nsecret_key = \${GF_SECRET_KEY}\n[database]\npassword = """${strong};#"""\n[smtp]\npassword = ${strong} ; admin\n`,
        'ops/grafana.ini': `[security]\nadmin_password = ${strong}\n[database]\npassword =\n`,
        'tests/grafana.ini': '[security]\nadmin_password = admin\n',
        'grafana/defaults.ini': '[security]\nadmin_password = admin\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['grafana/grafana.ini:11:15', 'grafana/grafana.ini:5:18', 'grafana/grafana.ini:9:12']);
    expect(out.findings.find((f) => f.line === 5)!.message).toMatch(/^admin_password \(grafana\.ini \[security\]\) is set to a well-known default value/);
    expect(out.findings.find((f) => f.line === 9)!.message).toMatch(/is set to the user name of user/);
    expect(JSON.stringify(out.findings)).not.toContain(strong);
  });
});

describe('default-credentials: systemd Environment= and supervisord environment=', () => {
  // QA (deploy G4): the environment a unit or a supervisord program gives the process production runs.
  it('reports defaults a systemd unit or a supervisord config sets; references, other sections, comments and strong values do not', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'etc/gunicorn.service': '[Unit]\nDescription=gunicorn\nEnvironment=UNIT_PASSWORD=changeme\n\n[Service]\nUser=app\nEnvironment="DJANGO_DEBUG=False" "DJANGO_SECRET_KEY=changeme"\nEnvironment=DB_PASSWORD=postgres\n'
          + `Environment=API_TOKEN=${strong}\nEnvironment=DB_USER=app\nEnvironment=DB_PASS=app\nExecStart=/srv/venv/bin/gunicorn app.wsgi\n`,
        'docker/supervisord.conf': '[supervisord]\nnodaemon=true\nenvironment=ADMIN_PASSWORD="admin"\n\n[program:web]\ncommand=gunicorn app.wsgi\n'
          + `environment=DJANGO_DEBUG="False",DB_PASSWORD="changeme",API_TOKEN="${strong}",SECRET_KEY="%(ENV_SECRET_KEY)s"\n`
          + "[program:worker]\ncommand=celery -A app worker\nenvironment=\n    BROKER_URL='amqp://guest:guest@mq//',\n    JWT_SECRET=secret ; the worker's\n; environment=REDIS_PASSWORD=redis\n",
        'deploy/app.ini': '[program:api]\ncommand=node server.js\nEnvironment=SESSION_SECRET=keyboardcat\n',
        'deploy/uwsgi.ini': '[uwsgi]\nenv = DB_PASSWORD=postgres\n',
        'tests/supervisord.conf': '[program:web]\nenvironment=DB_PASSWORD="changeme"\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual([
      'deploy/app.ini:3:28',
      'docker/supervisord.conf:11:17', 'docker/supervisord.conf:12:16', 'docker/supervisord.conf:3:29', 'docker/supervisord.conf:7:47',
      'etc/gunicorn.service:11:21', 'etc/gunicorn.service:7:53', 'etc/gunicorn.service:8:25',
    ]);
    expect(out.findings.find((f) => f.line === 7 && f.file === 'docker/supervisord.conf')!.message).toMatch(/^DB_PASSWORD \(supervisord \[program:web\] environment\) is set to a placeholder value/);
    expect(out.findings.find((f) => f.line === 7 && f.file === 'etc/gunicorn.service')!.message).toMatch(/^DJANGO_SECRET_KEY \(systemd Environment=\) is set to a placeholder value/);
    expect(out.findings.find((f) => f.line === 11 && f.file === 'etc/gunicorn.service')!.message).toMatch(/is set to the user name of DB_USER/);
  });
  it('a random password equal to the user beside it (systemd, supervisord, Kamal secrets) is this check\'s only, not hardcoded-secret\'s too', async () => {
    const files = {
      'deploy/app.service': `[Service]\nEnvironment=DB_USER=${strong}\nEnvironment="A=1" "DB_PASSWORD=${strong}"\nExecStart=/usr/bin/app\n`,
      'deploy/supervisord.conf': `[program:web]\ncommand=gunicorn app:app\nenvironment=DB_USER="${strong}",DB_PASSWORD="${strong}"\n`,
      '.kamal/secrets': `DB_USER=${strong}\nDB_PASSWORD=${strong}\n`,
    };
    expect((await runCase(defaultCredentials, { files })).findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['.kamal/secrets:2', 'deploy/app.service:3', 'deploy/supervisord.conf:3']);
    expect((await runCase(hardcodedSecret, { files })).findings).toEqual([]);
  });
});

describe('default-credentials: Redis told to require a default password', () => {
  // QA: `redis-server --requirepass changeme` passed both checks (hardcoded-secret leaves defaults to this one).
  it('compose command, Dockerfile CMD, Kubernetes args and redis.conf fail; comments, references and real values do not; a dev compose file is a note', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker-compose.yml': 'services:\n  cache:\n    image: redis:7.2\n    # command: redis-server --requirepass admin\n    command: redis-server --appendonly yes --requirepass changeme\n  queue:\n    image: redis:7.2\n    command: redis-server --requirepass ${QUEUE_PASSWORD}\n  jobs:\n    image: redis:7.2\n    command: redis-server --requirepass Zq8vN3xLr5tZw9mBk2\n',
        'docker-compose.dev.yml': 'services:\n  cache:\n    command: redis-server --requirepass redis\n',
        Dockerfile: 'FROM redis:7.2\nCMD ["redis-server", "--requirepass", "password"]\n',
        'k8s/redis.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: redis\nspec:\n  template:\n    spec:\n      containers:\n        - name: redis\n          image: redis:7.2\n          args:\n            - --requirepass\n            - admin\n',
        'deploy/redis.conf': 'bind 0.0.0.0\n# requirepass foobared\nrequirepass foobared\n',
        'tests/redis/redis.conf': 'requirepass changeme\n',
        'vendor/redis/redis.conf': 'requirepass foobared\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, !!f.note, f.message.split(';')[0]]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1))).toEqual([
      ['Dockerfile', 2, false, 'the Redis password (requirepass) is set to a well-known default value'],
      ['deploy/redis.conf', 3, false, 'the Redis password (requirepass) is set to a well-known default value'],
      ['docker-compose.dev.yml', 3, true, 'the Redis password (requirepass) is set to a well-known default value'],
      ['docker-compose.yml', 5, false, 'the Redis password (requirepass) is set to a placeholder value'],
      ['k8s/redis.yaml', 13, false, 'the Redis password (requirepass) is set to a well-known default value'],
    ]);
    expect(JSON.stringify(out.findings.map((f) => f.message))).not.toMatch(/changeme|foobared/);
  });
});

describe('default-credentials: a password that defaults to the user name', () => {
  it("Airflow's ${_AIRFLOW_WWW_USER_PASSWORD:-airflow} beside ${_AIRFLOW_WWW_USER_USERNAME:-airflow} fails; set values that differ pass", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'docker-compose.yaml': 'services:\n  airflow-init:\n    image: apache/airflow:2.9.1\n    environment:\n      _AIRFLOW_WWW_USER_USERNAME: ${_AIRFLOW_WWW_USER_USERNAME:-airflow}\n      _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER:-shop}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n',
      },
    });
    expect(out.findings.map((f) => [f.line, f.message.split(';')[0]])).toEqual([[6, "_AIRFLOW_WWW_USER_PASSWORD (service 'airflow-init') falls back to the user name of _AIRFLOW_WWW_USER_USERNAME when _AIRFLOW_WWW_USER_PASSWORD is unset"]]);
    expect(JSON.stringify(out.findings)).not.toContain(':-airflow}');
  });
});

describe('default-credentials: a switch that turns authentication off', () => {
  it('POSTGRES_HOST_AUTH_METHOD=trust is told to require a password, not to replace a secret', async () => {
    const out = await runCase(defaultCredentials, { files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n' } });
    expect(out.findings.map((f) => f.message)).toEqual([expect.stringMatching(/POSTGRES_HOST_AUTH_METHOD .*trust.*; remove it and require a strong password from a secret store$/)]);
  });
});

describe('default-credentials: documentation secret keys', () => {
  it("Flask-SocketIO's 'secret!' and Flask's 'super secret key' are defaults", async () => {
    const out = await runCase(defaultCredentials, { files: { 'app.py': "from flask import Flask\napp = Flask(__name__)\napp.config['SECRET_KEY'] = 'secret!'\napp.secret_key = 'super secret key'\n" } });
    expect(out.findings.map((f) => f.line)).toEqual([3, 4]);
  });
});

describe('default-credentials: Ruby and Elixir environment fallbacks (stop 16)', () => {
  it('ENV.fetch and System.get_env defaults deploy; development configuration gives notes, test configuration nothing', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'config/environments/production.rb': 'Rails.application.configure do\n  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE", "changeme")\nend\n',
        'config/runtime.exs': 'import Config\nconfig :app, :admin_password, System.get_env("ADMIN_PASSWORD", "admin")\nconfig :app, App.Repo, url: System.get_env("DATABASE_URL") || "ecto://postgres:postgres@db.prod.example.net/app"\n',
        'config/dev.exs': 'import Config\nconfig :app, :admin_password, System.get_env("ADMIN_PASSWORD", "admin")\n',
        'config/test.exs': 'import Config\nconfig :app, :admin_password, System.get_env("ADMIN_PASSWORD", "admin")\n',
        'config/initializers/queue.rb': 'Sidekiq.configure { |c| c.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") } }\n',
      },
    });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, !!f.note])).toEqual([
      ['config/dev.exs', 2, true],
      ['config/environments/production.rb', 2, false],
      ['config/runtime.exs', 2, false],
      ['config/runtime.exs', 3, false],
    ]);
  });
});

describe('default-credentials: Ruby block and || fallbacks', () => {
  it('ENV.fetch("X") { "changeme" } and ENV["X"] || "admin" deploy their default', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'config/initializers/admin.rb': 'ADMIN_PASSWORD = ENV["ADMIN_PASSWORD"] || "admin"\nSECRET_KEY_BASE = ENV.fetch("SECRET_KEY_BASE") { "changeme" }\nX = ENV.fetch("API_TOKEN") { raise "missing" }\n',
      },
    });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, !!f.note])).toEqual([
      ['config/initializers/admin.rb', 1, false],
      ['config/initializers/admin.rb', 2, false],
    ]);
  });
});

describe('default-credentials: Quarkus profile keys (stop 16)', () => {
  it('%dev. gives notes, %test. nothing, %prod. and unprefixed keys are production', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'src/main/resources/application.properties': [
          '%dev.quarkus.datasource.username=quarkus',
          '%dev.quarkus.datasource.password=quarkus',
          '%test.quarkus.datasource.password=test',
          '%prod.quarkus.datasource.password=${DB_PASSWORD}',
          '%prod.app.admin.password=admin',
          'quarkus.http.auth.basic.password=changeme',
          '',
        ].join('\n'),
      },
    });
    expect(out.findings.map((f) => [f.line, !!f.note])).toEqual([[2, true], [5, false], [6, false]]);
  });

  // QA34 fullrepos9 D1: the Quarkus quickstart's local defaults with `%prod.` values from the environment.
  const BASE = ['quarkus.datasource.username=quarkus_test', 'quarkus.datasource.password=quarkus_test', 'app.admin.password=admin'];
  const props = (...lines: string[]) => ({ 'src/main/resources/application.properties': [...BASE, ...lines, ''].join('\n') });
  const judge = async (files: Record<string, string>) => (await runCase(defaultCredentials, { files })).findings.map((f) => [f.file, f.line, f.note ?? false, f.message]);
  it('an unprefixed default that %prod. sets to no default is an overridden default (a note); one it leaves alone still fails', async () => {
    expect(await judge(props('%prod.quarkus.datasource.username=${DB_USER}', '%prod.quarkus.datasource.password=${DB_PASSWORD}'))).toEqual([
      ['src/main/resources/application.properties', 2, true, 'quarkus.datasource.password is set to the user name of quarkus.datasource.username; set a strong generated secret from a secret store instead (overridden by src/main/resources/application.properties:5 for production)'],
      ['src/main/resources/application.properties', 3, false, 'app.admin.password is set to a well-known default value; set a strong generated secret from a secret store instead'],
    ]);
  });
  it('no %prod. override, a %dev. one only, or a %prod. value that is a default too: the unprefixed default still fails', async () => {
    expect((await judge(props())).map((f) => f.slice(0, 3))).toEqual([
      ['src/main/resources/application.properties', 2, false], ['src/main/resources/application.properties', 3, false],
    ]);
    expect((await judge(props('%dev.quarkus.datasource.password=${DB_PASSWORD}', '%dev.app.admin.password=${ADMIN}'))).map((f) => f.slice(0, 3))).toEqual([
      ['src/main/resources/application.properties', 2, false], ['src/main/resources/application.properties', 3, false],
    ]);
    // The %prod. default fails at its own line, and the base one with it.
    expect((await judge(props('%prod.app.admin.password=changeme'))).map((f) => f.slice(0, 3))).toEqual([
      ['src/main/resources/application.properties', 2, false], ['src/main/resources/application.properties', 3, false], ['src/main/resources/application.properties', 4, false],
    ]);
    // A %prod. value in application-prod.properties that is a default keeps the base value failing even with a safe %prod. key.
    expect((await judge({ ...props('%prod.app.admin.password=${ADMIN}'), 'src/main/resources/application-prod.properties': 'app.admin.password=admin\n' })).map((f) => f.slice(0, 3))).toEqual([
      ['src/main/resources/application-prod.properties', 1, false], ['src/main/resources/application.properties', 2, false], ['src/main/resources/application.properties', 3, false],
    ]);
  });
  it('application.yaml: a "%prod": section overrides as %prod. keys do; "%dev": gives notes and "%test": nothing', async () => {
    const yaml = [
      'quarkus:', '  datasource:', '    username: quarkus_test', '    password: quarkus_test',
      'app:', '  admin:', '    password: admin',
      '"%prod":', '  quarkus:', '    datasource:', '      password: ${DB_PASSWORD}',
      '"%dev":', '  app:', '    token: changeme',
      '"%test":', '  app:', '    token: changeme', '',
    ].join('\n');
    expect((await judge({ 'src/main/resources/application.yaml': yaml })).map((f) => [f[1], f[2], String(f[3]).replace(/^.*\(/, '(')])).toEqual([
      [4, true, '(overridden by src/main/resources/application.yaml:11 for production)'],
      [7, false, 'app.admin.password is set to a well-known default value; set a strong generated secret from a secret store instead'],
      [14, true, "(Quarkus profile 'dev')"],
    ]);
  });
});

describe('default-credentials: Quarkus multi-profile keys (QA34 fpstatic D5)', () => {
  const judge = async (lines: string[]) => (await runCase(defaultCredentials, { files: { 'src/main/resources/application.properties': [...lines, ''].join('\n') } }))
    .findings.map((f) => [f.line, f.note ?? false, f.message.replace(/^.*\(/, '(')]);
  it('%prod,staging. is a production override of the unprefixed default (a note), and is judged itself', async () => {
    expect(await judge(['quarkus.datasource.username=quarkus', 'quarkus.datasource.password=quarkus', '%prod,staging.quarkus.datasource.password=${DB_PASSWORD}'])).toEqual([
      [2, true, '(overridden by src/main/resources/application.properties:3 for production)'],
    ]);
    expect(await judge(['%staging,prod.app.admin.password=admin'])).toEqual([[1, false, expect.stringMatching(/app\.admin\.password is set to a well-known default/)]]);
    // A list without a production profile overrides nothing for production: the unprefixed default still fails.
    expect(await judge(['app.admin.password=admin', '%dev,staging.app.admin.password=${ADMIN}'])).toEqual([[1, false, expect.stringMatching(/^app\.admin\.password is set/)]]);
  });
  it('%dev,test. gives notes (named by its profiles, the key without its prefix); %test,it. nothing; a list with another profile is judged', async () => {
    expect(await judge(['quarkus.datasource.password=${DB_PASSWORD}', '%dev,test.quarkus.datasource.password=postgres', '%test,it.app.token=changeme', '%dev,local.app.token=changeme', '%dev,staging.app.token=changeme'])).toEqual([
      [2, true, "(Quarkus profiles 'dev,test')"],
      [4, true, "(Quarkus profiles 'dev,local')"],
      [5, false, expect.stringMatching(/^app\.token is set to a placeholder/)],
    ]);
    const out = await runCase(defaultCredentials, { files: { 'src/main/resources/application.properties': '%dev,test.quarkus.datasource.password=postgres\n' } });
    expect(out.findings[0]?.message).toMatch(/^quarkus\.datasource\.password is set/);
  });
  it('application.yaml: "%prod,staging": overrides and "%dev,test": gives notes', async () => {
    const yaml = ['quarkus:', '  datasource:', '    password: admin', '"%prod,staging":', '  quarkus:', '    datasource:', '      password: ${DB_PASSWORD}', '"%dev,test":', '  app:', '    token: changeme', ''].join('\n');
    expect((await runCase(defaultCredentials, { files: { 'src/main/resources/application.yaml': yaml } })).findings.map((f) => [f.line, f.note ?? false, f.message.replace(/^.*\(/, '(')])).toEqual([
      [3, true, '(overridden by src/main/resources/application.yaml:7 for production)'],
      [10, true, "(Quarkus profiles 'dev,test')"],
    ]);
  });
});

describe('default-credentials: null values mean unset (QA34 fullrepos9 D2)', () => {
  it("Laravel's MAIL_PASSWORD=null (and nil, None, ~, quoted) is no default credential; real defaults beside it still fail", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'fly.toml': 'app = "shop"\n[env]\n  MAIL_MAILER = "ses"\n  MAIL_USERNAME = "null"\n  MAIL_PASSWORD = "null"\n  API_TOKEN = "changeme"\n',
        '.env.production': 'DB_USERNAME=laravel\nDB_PASSWORD=secret\nMAIL_PASSWORD=null\nREDIS_PASSWORD="null"\nAWS_SECRET_ACCESS_KEY=(null)\nSMTP_PASSWORD=nil\nSECRET_TOKEN=None\nLDAP_PASSWORD=~\nADMIN_PASSWORD=password\nPUSHER_APP_SECRET=\n',
        'docker-compose.yml': 'services:\n  app:\n    image: acme/app:1.0\n    environment:\n      MAIL_PASSWORD: ${MAIL_PASSWORD:-null}\n      JWT_SECRET: ${JWT_SECRET:-secret}\n',
      },
    });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false]).sort()).toEqual([
      ['.env.production', 2, false], ['.env.production', 9, false], ['docker-compose.yml', 6, false], ['fly.toml', 6, false],
    ]);
    expect(defaultReason('DB_PASSWORD', 'null')).toBeNull();
    expect(defaultReason('DB_PASSWORD', 'changeme')).not.toBeNull();
    // A code fallback's literal deploys as the text it spells.
    expect(defaultReason('SECRET_KEY', 'None', 'SECRET_KEY')).not.toBeNull();
  });
});

describe('default-credentials: environment reads whose arguments span lines (QA-A B2)', () => {
  it("Black's os.environ.get(\\n  \"X\", \"…\"\\n), environs' env('X',\\n  '…') and env(\\n  \"X\",\\n  default=\"…\",\\n) are reported at the literal", async () => {
    const files = {
      'proj/settings.py': [
        'import os',
        'from environs import Env',
        'env = Env()',
        'SECRET_KEY = env(\'SECRET_KEY\',',
        "                'django-insecure-h8+mu_iy6%5j%7+hp**+gsq$nmy!!mjd8z_qkd94@z!%9%!+qn')",
        'API_TOKEN = env(',
        '    "API_TOKEN",',
        '    default="changeme",',
        ')',
        'DJANGO_SECRET_KEY = os.environ.get(',
        '    "DJANGO_SECRET_KEY", "django-insecure-3k#x8v9@f!q2$w7z^m4n&p1r6t0y5u8i-o3e2w1q9z8x7c6v5"',
        ')',
        '',
      ].join('\n'),
      'src/config.js': "const jwtSecret = process.env.JWT_SECRET ||\n  'secret';\n",
      'config/database.php': "<?php\nreturn ['password' => env(\n    'DB_PASSWORD',\n    'secret'\n)];\n",
      'config/runtime.exs': 'import Config\nsecret_key_base =\n  System.get_env("SECRET_KEY_BASE") ||\n    "changeme"\n',
    };
    const out = await runCase(defaultCredentials, { name: 'split reads', files });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, f.column, !!f.note, f.message.split(';')[0]])).toEqual([
      ['config/database.php', 4, 6, false, 'DB_PASSWORD falls back to a well-known default value when the variable is unset'],
      ['config/runtime.exs', 4, 6, false, 'SECRET_KEY_BASE falls back to a placeholder value when the variable is unset'],
      ['proj/settings.py', 5, 18, false, "SECRET_KEY falls back to a 'django-insecure-' development key when the variable is unset"],
      ['proj/settings.py', 8, 14, false, 'API_TOKEN falls back to a placeholder value when the variable is unset'],
      ['proj/settings.py', 11, 27, false, "DJANGO_SECRET_KEY falls back to a 'django-insecure-' development key when the variable is unset"],
      ['src/config.js', 2, 4, false, 'JWT_SECRET falls back to a well-known default value when the variable is unset'],
    ]);
  });

  it('keeps its precision: non-secret variables, strong literals, commented-out calls pass; a read on one line that ends in `,` is reported once, at the read; a development class gives a note', async () => {
    const files = {
      'proj/settings.py': [
        'import os',
        'DATABASES = {"default": {',
        '    "USER": os.environ.get("SQL_USER", "user"),',
        '    "PASSWORD": os.environ.get("SQL_PASSWORD", "password"),',
        '}}',
        'DB_USER = os.environ.get(',
        '    "DB_USER", "postgres"',
        ')',
        'API_KEY = os.environ.get(',
        `    "API_KEY", "${strong}"`,
        ')',
        '# OLD_SECRET = os.environ.get(',
        '#     "OLD_SECRET", "changeme"',
        '# )',
        '',
      ].join('\n'),
      'config.py': 'import os\n\nclass DevelopmentConfig:\n    SECRET_KEY = os.getenv(\n        "SECRET_KEY", "dev"\n    )\n',
    };
    const out = await runCase(defaultCredentials, { name: 'split precision', files });
    expect(out.findings.map((f) => [f.file, f.line, f.column, !!f.note])).toEqual([
      ['config.py', 5, 24, true],
      ['proj/settings.py', 4, 17, false],
    ]);
  });
});

describe('default-credentials: committed compose secret files (QA-A B4)', () => {
  it("a compose top-level secret's file holding a default or placeholder is reported at its value; names of users, real values and templates are not", async () => {
    const files = {
      'compose.yaml': [
        'services:', '  db:', '    image: postgres:16', '    restart: always', '    secrets: [db-password, db_user, api_key]',
        '    environment:', '      - POSTGRES_PASSWORD_FILE=/run/secrets/db-password', '      - POSTGRES_USER_FILE=/run/secrets/db_user',
        'secrets:',
        '  db-password:', '    file: db/password.txt',
        '  db_user:', '    file: db/user.txt',
        '  api_key:', '    file: ./secrets/api_key.txt',
        '  root-password:', '    file: db/root_password.txt',
        '',
      ].join('\n'),
      'db/password.txt': 'changeme',
      'db/user.txt': 'postgres\n',
      'secrets/api_key.txt': `${strong}\n`,
      'db/root_password.txt': 'mysecretpassword\n',
      'docker-compose.yml.example': 'services:\n  db:\n    image: postgres:16\nsecrets:\n  pw:\n    file: example/pw.txt\n',
      'example/pw.txt': 'password\n',
    };
    const out = await runCase(defaultCredentials, { name: 'secret files', files });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.message.split(';')[0], f.secret])).toEqual([
      ['db/password.txt', 1, 1, "the compose secret 'db-password' (compose.yaml) is set to a placeholder value", 'changeme'],
      ['db/root_password.txt', 1, 1, "the compose secret 'root-password' (compose.yaml) is set to a placeholder value", 'mysecretpassword'],
    ]);
  });

  it('a secret named for a user but kept in a password-named file is judged by its file name too (as hardcoded-secret judges it; review of stop 28)', async () => {
    const compose = 'services:\n  db:\n    image: postgres:16\n    secrets: [db_user, app_user]\nsecrets:\n  db_user:\n    file: secrets/db_password.txt\n  app_user:\n    file: secrets/app_user.txt\n';
    const out = await runCase(defaultCredentials, { files: { 'compose.yaml': compose, 'secrets/db_password.txt': 'changeme\n', 'secrets/app_user.txt': 'postgres\n' } });
    expect(out.findings.map((f) => [f.file, f.message.split(';')[0]])).toEqual([['secrets/db_password.txt', "the compose secret 'db_user' (compose.yaml) is set to a placeholder value"]]);
  });

  it('a development-only compose file gives a note', async () => {
    const out = await runCase(defaultCredentials, { name: 'dev secret file', files: { 'docker-compose.dev.yml': 'services:\n  db:\n    image: postgres:16\nsecrets:\n  pw:\n    file: pw.txt\n', 'pw.txt': 'password\n' } });
    expect(out.findings.map((f) => [f.file, f.line, !!f.note])).toEqual([['pw.txt', 1, true]]);
  });
});

describe('default-credentials: a production env file no compose file uses (QA-A A1)', () => {
  it('reports a password equal to the user name beside it, as in a service environment; different values and other env files pass', async () => {
    const out = await runCase(defaultCredentials, {
      name: 'bare production env',
      files: {
        '.env.production': 'POSTGRES_USER=hello_django\nPOSTGRES_PASSWORD=hello_django\nPOSTGRES_DB=hello_django\n',
        '.env.staging': `DB_USER=shop\nDB_PASSWORD=${strong}\nDB_NAME=${strong}\n`,
        '.env.development': 'DB_USER=shop\nDB_PASSWORD=shop\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.message.split(';')[0], f.secret])).toEqual([
      ['.env.production', 2, 19, 'POSTGRES_PASSWORD is set to the user name of POSTGRES_USER', 'hello_django'],
    ]);
  });
});

describe('default-credentials: illustration folders are judged like test folders (QA-P A5)', () => {
  it("an example app's demo password (express examples/auth) and a docs compose file pass; the same code in src/ is found", async () => {
    const code = "hash({ password: 'foobar' }, function (err, pass, salt, hash) {\n  users.tj.hash = hash;\n});\n";
    const out = await runCase(defaultCredentials, {
      files: {
        'examples/auth/index.js': code, 'src/auth/index.js': code,
        'docs/examples/docker-compose.yml': 'services:\n  db:\n    image: postgres:16.2\n    environment:\n      POSTGRES_PASSWORD: postgres\n',
      },
    });
    expect(out.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['src/auth/index.js']);
  });
});

it("only a settings package's base module is overridden by its production module: a staging module's default fails, local.py's is development-only (QA round 18, P2-1)", async () => {
  const files = {
    'mysite/settings/base.py': 'SECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\n',
    'mysite/settings/staging.py': 'from .base import *\nSECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\n',
    'mysite/settings/local.py': 'from .base import *\nSECRET_KEY = "django-insecure-7x(k2v9!q#p0s@m1n4b8c3d6f"\n',
    'mysite/settings/production.py': 'import os\nfrom .base import *\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
  };
  const out = await runCase(defaultCredentials, { name: 'staging', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual(['mysite/settings/base.py:1 note', 'mysite/settings/local.py:2 note', 'mysite/settings/staging.py:2']);
  expect(out.findings.find((f) => f.file.endsWith('local.py'))!.message).toMatch(/development-only/);
});

describe('default-credentials placeholders that say to change them later in their words', () => {
  it('reads `dev-secret-key-change-in-production` as a placeholder (a Flask config fallback, as generated code writes it)', async () => {
    const out = await runCase(defaultCredentials, {
      name: 'change-in-production placeholder',
      files: {
        'app/config.py': "import os\n\n\nclass Config:\n    SECRET_KEY = os.getenv('SECRET_KEY', 'dev-secret-key-change-in-production')\n\n\nclass ProductionConfig(Config):\n    DEBUG = False\n",
        'src/auth.ts': 'const JWT_SECRET = process.env.JWT_SECRET || "admin-secret-key-change-in-production";\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.message.includes('placeholder') ? 'placeholder' : f.message}`)).toEqual(['app/config.py:5:placeholder', 'src/auth.ts:1:placeholder']);
    for (const v of ['super-secret-key-change-in-production', 'whisper-super-secret-key-change-in-production', 'jwt-secret-replace-me', 'supersecret-changeme', 'session_key_change_before_deploy'])
      expect(isDefaultCredential(v), v).toBe(true);
    // Words about changes that are no instruction, and random values, stay values.
    for (const v of ['exchange-rate-api', 'changelog-reader', 'rate-change-alerts', `key-change-in-${'Zx8Kq2Lm9Pw4'}`, 'Tr0ub4dor&3x'])
      expect(isDefaultCredential(v), v).toBe(false);
  });
});

describe('default-credentials in a call wrapped over lines inside a development class', () => {
  it('gives notes for Development/Testing classes and fails the production class (Black-wrapped `_fix_db_url(os.getenv(…))`)', async () => {
    const wrapped = (url: string) => `    SQLALCHEMY_DATABASE_URI = _fix_db_url(\n        os.getenv("DATABASE_URL", "${url}")\n    )\n`;
    const out = await runCase(defaultCredentials, {
      name: 'wrapped fallback in config classes',
      files: {
        'config.py': 'import os\n\n\nclass Config:\n    SQLALCHEMY_TRACK_MODIFICATIONS = False\n\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n'
          + wrapped('postgresql://premia:premia@localhost:5432/premia')
          + '\n\nclass TestingConfig(Config):\n    TESTING = True\n' + wrapped('postgresql://premia:premia@localhost:5432/premia_test')
          + '\n\nclass ProductionConfig(Config):\n    DEBUG = False\n' + wrapped('postgresql://premia:premia@db:5432/premia'),
      },
    });
    expect(out.findings.map((f) => `${f.line}${f.note ? ' note' : ''}`)).toEqual(['11 note', '18 note', '25']);
  });
});

describe('default-credentials: a production class property overrides the base default', () => {
  it('@property def SECRET_KEY in ProductionConfig overrides Config\'s fallback; without it the production class inherits it', async () => {
    const base = "import os\n\n\nclass Config:\n    SECRET_KEY = os.getenv('SECRET_KEY', 'dev-secret-key-change-in-production')\n\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n\n\n";
    const prop = "class ProductionConfig(Config):\n    DEBUG = False\n\n    @property\n    def SECRET_KEY(self):\n        secret = os.getenv('SECRET_KEY')\n        if not secret:\n            raise ValueError('SECRET_KEY must be set in production environment')\n        return secret\n";
    const overridden = await runCase(defaultCredentials, { name: 'property override', files: { 'app/config.py': base + prop } });
    expect(overridden.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual([]);
    const inherited = await runCase(defaultCredentials, { name: 'inherited', files: { 'app/config.py': `${base}class ProductionConfig(Config):\n    DEBUG = False\n` } });
    expect(inherited.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['app/config.py:5']);
  });
});

describe('default-credentials: kustomize generator literals', () => {
  // The Kubernetes WordPress/MySQL tutorial's kustomization, as teams commit it, with an overlay of their own.
  const base = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - mysql-deployment.yaml\nsecretGenerator:\n  - name: mysql-pass\n    literals:\n      - password=YOUR_PASSWORD\n  - name: db-creds\n    literals:\n      - username=admin\n      - "password=changeme"\nconfigMapGenerator:\n  - name: app-config\n    literals:\n      - DB_USER=admin\n';
  it('a default or placeholder password in secretGenerator literals fails at its value; a dev overlay gives a note', async () => {
    const out = await runCase(defaultCredentials, { name: 'kustomize', files: {
      'k8s/base/kustomization.yaml': base,
      'k8s/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nsecretGenerator:\n  - name: api\n    literals:\n      - API_TOKEN=secret\n',
      'k8s/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\nsecretGenerator:\n  - name: api\n    behavior: merge\n    literals:\n      - API_TOKEN=${strong}\n`,
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(' is set')[0]}`)).toEqual([
      "k8s/base/kustomization.yaml:8:18 password (kustomize secretGenerator 'mysql-pass')",
      "k8s/base/kustomization.yaml:12:19 password (kustomize secretGenerator 'db-creds')",
      "k8s/overlays/dev/kustomization.yaml:6:19 note API_TOKEN (kustomize secretGenerator 'api')",
    ]);
    expect(out.findings.map((f) => f.message).join('\n')).not.toMatch(/changeme|YOUR_PASSWORD/);
  });
});

// QA34 k8s4 D1: the files kustomize generators read, `envs:` (env files whatever their names) and `files:` (one data key each).
describe('QA34 k8s4 D1: default-credentials in the files kustomize generators read', () => {
  it('reads envs: files as env files and a files: entry holding one value under its key, at the file\'s lines; a dev overlay gives notes', async () => {
    const out = await runCase(defaultCredentials, { name: 'kustomize-files', files: {
      'k8s/overlays/production/kustomization.yaml': 'resources: [../../base]\nconfigMapGenerator:\n  - name: api-config\n    envs:\n      - config.properties\nsecretGenerator:\n  - name: api-secrets\n    envs: [secrets.properties]\n  - name: more\n    files:\n      - DJANGO_SECRET_KEY=secret-key.txt\n      - API_TOKEN=token.txt\n      - nginx.conf\n      - app.env\n',
      'k8s/overlays/production/config.properties': 'ALLOWED_HOSTS=api.example.com\nDB_USER=orders\nDB_PASSWORD=orders\n',
      'k8s/overlays/production/secrets.properties': `DJANGO_SECRET_KEY=changeme\nDATABASE_PASSWORD=postgres\nSTRIPE_KEY=${strong}\n`,
      'k8s/overlays/production/secret-key.txt': 'changeme\n',
      'k8s/overlays/production/token.txt': `${strong}\n`,
      // A configuration file the generator holds under its name: judged only when it is one this check reads (an env file here).
      'k8s/overlays/production/nginx.conf': 'server {\n  set $password "changeme";\n}\n',
      'k8s/overlays/production/app.env': 'ADMIN_PASSWORD=admin\n',
      'k8s/overlays/dev/kustomization.yaml': 'resources: [../../base]\nsecretGenerator:\n  - name: api-secrets\n    envs: [dev.env]\n',
      'k8s/overlays/dev/dev.env': 'DATABASE_PASSWORD=postgres\n',
      // Not a generator's file: not read this way.
      'k8s/overlays/production/unused.properties': 'DATABASE_PASSWORD=postgres\n',
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`).sort()).toEqual([
      "k8s/overlays/dev/dev.env:1:19 note DATABASE_PASSWORD (kustomize secretGenerator 'api-secrets' envs) is set to a well-known default value",
      "k8s/overlays/production/app.env:1:16 ADMIN_PASSWORD (kustomize secretGenerator 'more' app.env) is set to a well-known default value",
      "k8s/overlays/production/config.properties:3:13 DB_PASSWORD (kustomize configMapGenerator 'api-config' envs) is set to the user name of DB_USER",
      "k8s/overlays/production/secret-key.txt:1:1 DJANGO_SECRET_KEY (kustomize secretGenerator 'more' files) is set to a placeholder value",
      "k8s/overlays/production/secrets.properties:1:19 DJANGO_SECRET_KEY (kustomize secretGenerator 'api-secrets' envs) is set to a placeholder value",
      "k8s/overlays/production/secrets.properties:2:19 DATABASE_PASSWORD (kustomize secretGenerator 'api-secrets' envs) is set to a well-known default value",
    ]);
  });
});

// QA34 k8s4 D2: a configuration file held in a Secret or ConfigMap key is judged as that file would be, at its line in the manifest.
describe('QA34 k8s4 D2: default-credentials in configuration files held in Secrets and ConfigMaps', () => {
  const secret = (kind: string, field: string, body: string) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: grafana-config\n${field}:\n${body}`;
  it('reads grafana.ini, app.ini and env files by the key\'s name; base64 data at its key; strong values, comments and other keys pass', async () => {
    const ini = '[security]\nadmin_user = admin\nadmin_password = admin\n';
    const out = await runCase(defaultCredentials, { name: 'secret-config', files: {
      'monitoring/grafana-secret.yaml': secret('Secret', 'stringData', `  alertmanager.yaml: |\n    route:\n      receiver: x\n  grafana.ini: |\n    [security]\n    admin_user = admin\n    ; admin_password = admin\n    admin_password = admin\n`),
      'monitoring/gitea-cm.yaml': secret('ConfigMap', 'data', '  app.ini: |-\n    [database]\n    USER = gitea\n    PASSWD = gitea\n  other.ini: |\n    [database]\n    PASSWD = changeme\n'),
      'monitoring/encoded.yaml': secret('Secret', 'data', `  grafana.ini: ${Buffer.from(ini).toString('base64')}\n  app.env: ${Buffer.from('DB_PASSWORD=changeme\n').toString('base64')}\n`),
      'monitoring/strong.yaml': secret('Secret', 'stringData', `  grafana.ini: |\n    [security]\n    admin_password = ${strong}\n    admin_password2 = $__env{GF_PASSWORD}\n`),
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`).sort()).toEqual([
      "monitoring/encoded.yaml:6:3 admin_password (Secret 'grafana-config' grafana.ini [security]) is set to a well-known default value",
      "monitoring/encoded.yaml:7:3 DB_PASSWORD (Secret 'grafana-config' app.env) is set to a placeholder value",
      "monitoring/gitea-cm.yaml:9:14 PASSWD (ConfigMap 'grafana-config' app.ini [database]) is set to the user name of USER",
      "monitoring/grafana-secret.yaml:13:22 admin_password (Secret 'grafana-config' grafana.ini [security]) is set to a well-known default value",
    ]);
    expect(JSON.stringify(out.findings)).not.toContain(strong);
  });
});

// QA34 selfhost D4: Gitea's app.ini and Nextcloud's config.php, the applications' own settings.
describe("QA34 selfhost D4: default-credentials in Gitea's app.ini and Nextcloud's config.php", () => {
  it('a database password equal to the user name of its section or array, or a default, fails at the value; other shapes pass', async () => {
    const out = await runCase(defaultCredentials, { name: 'app-config', files: {
      'gitea/conf/app.ini': 'APP_NAME = Gitea\nRUN_MODE = prod\n\n[database]\nDB_TYPE = postgres\nHOST = db:5432\nUSER = gitea\nPASSWD = gitea\n; PASSWD = changeme\n\n[mailer]\nUSER = gitea\nPASSWD = `' + strong + '`\n',
      'forgejo/app.ini': '[database]\nUSER = forgejo\n[mailer]\nPASSWD = forgejo\n',
      'config/config.php': "<?php\n$CONFIG = array (\n  'instanceid' => 'oc1234567',\n  'dbtype' => 'mysql',\n  'dbuser' => 'nextcloud',\n  'dbpassword' => 'nextcloud',\n  'objectstore' => array(\n    'arguments' => array('key' => 'nextcloud', 'secret' => 'changeme'),\n  ),\n  // 'dbpassword' => 'changeme',\n  'mail_smtppassword' => \"$pw\",\n);\n",
      'config/config.sample.php': "<?php\n$CONFIG = array (\n  'dbpassword' => 'changeme',\n);\n",
      // Not an array of settings, and not a config.php: labels and rules.
      'lib/config.php': "<?php\nclass Config { public function rules() { return ['password' => 'required']; } }\n",
      'resources/lang/en/auth.php': "<?php\nreturn ['password' => 'Password', 'user' => 'User'];\n",
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`).sort()).toEqual([
      "config/config.php:6:20 dbpassword (config.php) is set to the user name of dbuser",
      "config/config.php:8:61 secret (config.php) is set to a placeholder value",
      "gitea/conf/app.ini:8:10 PASSWD (app.ini [database]) is set to the user name of USER",
    ]);
    expect(JSON.stringify(out.findings)).not.toContain(strong);
  });
});

describe('default-credentials: python-decouple config() fallbacks', () => {
  // majidvayghani/money-tracker core/core/settings/base.py: Django settings read with python-decouple.
  const settings = [
    'from decouple import config',
    '',
    "SECRET_KEY = config('DJANGO_SECRET_KEY', default='your-default-secret-key')  # Use a strong secret key in production",
    "DEBUG = config('DJANGO_DEBUG', default='False', cast=bool)",
    "EMAIL_HOST_PASSWORD = config('EMAIL_HOST_PASSWORD', default='your-email-password')",
    "DATABASE_PASSWORD = config('DATABASE_PASSWORD', 'postgres')",
    "API_TOKEN = config('API_TOKEN', cast=str, default='changeme')",
    "REDIS_PASSWORD = config('REDIS_PASSWORD', default='')",
    "DB_PASSWORD = config('DB_PASSWORD')",
    "OTHER = app.config('SECRET_KEY', 'dev')",
    '',
  ].join('\n');
  it('a default or placeholder fallback of config("X", default=…) fails like os.environ.get("X", …)', async () => {
    const out = await runCase(defaultCredentials, { name: 'decouple', files: { 'core/core/settings/base.py': settings } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.line}${f.note ? ' note' : ''} ${f.message.split(' when')[0]}`)).toEqual([
      '3 DJANGO_SECRET_KEY falls back to a placeholder value',
      '5 EMAIL_HOST_PASSWORD falls back to a placeholder value',
      '6 DATABASE_PASSWORD falls back to a well-known default value',
      '7 API_TOKEN falls back to a placeholder value',
    ]);
  });
  it("Laravel's config('app.key', …) reads configuration, not the environment", async () => {
    const out = await runCase(defaultCredentials, { name: 'laravel-config', files: { 'config/services.php': "<?php\nreturn ['key' => config('app.key', 'secret'), 'p' => env('DB_PASSWORD', 'secret')];\n" } });
    expect(out.findings.map((f) => `${f.line}:${f.column}`)).toEqual(['2:54']);
  });
});

describe('default-credentials: a ConfigMap is a container environment', () => {
  // A Django deployment's ConfigMap read through `envFrom` (QA round 20, Python web projects).
  const cm = (user: string, password: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: django-config\ndata:\n  DEBUG: "0"\n  DB_HOST: postgres\n  DB_USER: ${user}\n  DB_PASSWORD: ${password}\n`;
  it('a password equal to the user name beside it fails at the password, as in a container env', async () => {
    const out = await runCase(defaultCredentials, { name: 'cm', files: { 'k8s/configmap.yaml': cm('django', 'django') } });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual([
      "k8s/configmap.yaml:9:3 DB_PASSWORD (ConfigMap 'django-config') is set to the user name of DB_USER",
    ]);
    expect((await runCase(hardcodedSecret, { name: 'cm', files: { 'k8s/configmap.yaml': cm(strong, strong) } })).findings).toEqual([]);
    expect((await runCase(defaultCredentials, { name: 'cm', files: { 'k8s/configmap.yaml': cm('django', strong) } })).findings).toEqual([]);
  });
});

describe('default-credentials: Node per-environment config files (QA round 23)', () => {
  it("node-config's and Sails' development files give notes; the production file fails", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'package.json': '{ "name": "api", "dependencies": { "config": "^3.3.9" } }\n',
        'config/development.js': "module.exports = {\n  db: { host: 'localhost', user: 'postgres', password: 'postgres' },\n};\n",
        'config/local.ts': "export default { session: { secret: process.env.SESSION_SECRET || 'keyboard cat' } };\n",
        'config/env/development.js': "module.exports = { datastores: { default: { url: 'postgres://postgres:postgres@localhost/app' } }, session: { secret: 'keyboard cat' } };\n",
        'config/production.js': "module.exports = {\n  db: { host: 'db', user: 'app', password: 'password' },\n};\n",
      },
    });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, !!f.note])).toEqual([
      ['config/development.js', 2, true],
      ['config/env/development.js', 1, true],
      ['config/local.ts', 1, true],
      ['config/production.js', 2, false],
    ]);
  });
});

describe('default-credentials: URL literals anywhere in code (QA25 D1)', () => {
  it('a weak URL passed straight to a call fails, as it does assigned to a constant; Django settings, Go and Elixir too; local hosts count', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'app/db.py': 'from sqlalchemy import create_engine\n\nengine = create_engine("postgresql://postgres:postgres@db.internal:5432/app", pool_pre_ping=True)\nengine2 = create_engine("postgresql://app:changeme@db.internal:5432/app")\n\ndef local_engine():\n    return create_engine("postgresql://app:app@localhost/app")\n',
        'src/db.js': "const mongoose = require('mongoose');\nmongoose.connect('mongodb://admin:admin@mongo.internal:27017/shop?authSource=admin');\nmodule.exports = new Pool({ connectionString: 'postgres://billing:billing@db.internal/billing' });\n",
        'mysite/settings.py': 'import dj_database_url\nDATABASES = {"default": dj_database_url.parse("postgres://mysite:mysite@db.internal:5432/mysite")}\nDATABASES["replica"] = dj_database_url.config(\n    default="postgres://mysite:mysite@replica:5432/mysite",\n    conn_max_age=600,\n)\n',
        'cmd/api/main.go': 'package main\n\nfunc main() {\n\tdb, _ := sql.Open("postgres", "postgres://postgres:postgres@db/app?sslmode=disable")\n\t_ = db\n}\n',
        'config/prod.exs': 'config :app, App.Repo, url: "ecto://postgres:postgres@db/app"\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
      'app/db.py:3:25 the postgresql:// URL embeds a password equal to its user name',
      'app/db.py:4:26 the postgresql:// URL embeds a placeholder value as its password',
      'app/db.py:7:27 the postgresql:// URL embeds a password equal to its user name',
      'cmd/api/main.go:4:33 the postgres:// URL embeds a password equal to its user name',
      'config/prod.exs:1:30 the ecto:// URL embeds a password equal to its user name',
      'mysite/settings.py:2:48 the postgres:// URL embeds a password equal to its user name',
      'mysite/settings.py:4:14 the postgres:// URL embeds a password equal to its user name',
      'src/db.js:2:19 the mongodb:// URL embeds a password equal to its user name',
      'src/db.js:3:48 the postgres:// URL embeds a password equal to its user name',
    ]);
    expect(out.findings.map((f) => f.secret)).toEqual(['postgres', 'changeme', 'app', 'postgres', 'postgres', 'mysite', 'mysite', 'admin', 'billing']);
  });

  it('passes comments, docstrings, text around a URL, formats shown to people, format placeholders, strong passwords, tests and examples; development code gives notes', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'app/db.py': [
          '"""Database helpers.', '', 'Example:', '    engine = create_engine("postgresql://postgres:postgres@db/app")', '"""',
          '# engine = create_engine("postgresql://postgres:postgres@db/app")',
          'engine = create_engine(URL)  # e.g. "postgresql://postgres:postgres@db/app"',
          'parser.add_argument("--db", help="postgresql://user:password@db/app")',
          'TEMPLATE = "postgresql://%s:%s@%s/%s" % (user, password, host, name)',
          'dsn = "postgresql://%(user)s:%(password)s@%(host)s/app"',
          'url = f"postgresql://{user}:{password}@{host}/app"',
          'raise ValueError("expected postgres://user:pass@host/db")',
          `strong = create_engine("postgresql://app:${strong}@db/app")`,
          'nopw = create_engine("postgresql://app@db/app")',
          'if DEBUG:',
          '    dev_engine = create_engine("postgresql://postgres:postgres@localhost/app")',
          '',
        ].join('\n'),
        'src/Form.jsx': "export const Form = () => <input placeholder=\"postgres://user:password@localhost:5432/db\" />;\nconst url = `postgres://${user}:${pass}@${host}/db`;\n// mongoose.connect('mongodb://admin:admin@localhost');\n/* mongoose.connect('mongodb://admin:admin@localhost'); */\nif (process.env.NODE_ENV === 'development') {\n  mongoose.connect('mongodb://admin:admin@localhost/app');\n}\n",
        'mysite/settings/local.py': 'DATABASES = {"default": dj_database_url.parse("postgres://mysite:mysite@localhost/mysite")}\n',
        'tests/test_db.py': 'engine = create_engine("postgresql://postgres:postgres@db/app")\n',
        'cmd/api/main_test.go': 'package main\nvar u = "postgres://postgres:postgres@db/app"\n',
        'examples/app.js': "mongoose.connect('mongodb://admin:admin@mongo/app');\n",
        'lib/web.ex': 'defmodule Web do\n  @moduledoc """\n  config :app, App.Repo, url: "ecto://postgres:postgres@localhost/app"\n  """\nend\n',
        'config/environments/development.rb': 'Redis.new(url: "redis://:password@localhost:6379")\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ` note (${f.message.split('(').at(-1)}` : ''}`)).toEqual([
      'app/db.py:16 note (development-only branch)',
      'config/environments/development.rb:1 note (development configuration)',
      'mysite/settings/local.py:1 note (development-only file)',
      'src/Form.jsx:6 note (development-only branch)',
    ]);
  });

  it('a line an earlier rule judged is reported once (a fallback, a constant)', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'src/db.js': "mongoose.connect(process.env.MONGO_URL || 'mongodb://admin:admin@mongo/app');\n",
        'app/config.py': 'SQLALCHEMY_DATABASE_URI = "postgresql://postgres:postgres@db/app"\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' ')[0]}`)).toEqual(['app/config.py:1 SQLALCHEMY_DATABASE_URI', 'src/db.js:1 MONGO_URL']);
  });
});

describe('default-credentials: a password equal to the user name in a connection dict/object literal (QA25 D2)', () => {
  it("Django's DATABASES entry, pg's Pool, a knexfile's connection and mongoose options fail at the password", async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'mysite/settings.py': 'DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "mysite",\n        "USER": "mysite",\n        "PASSWORD": "mysite",\n        "HOST": "db.internal",\n    }\n}\n',
        'src/db.js': "const { Pool } = require('pg');\nmodule.exports = new Pool({ host: 'db.internal', user: 'billing', password: 'billing', database: 'billing' });\n",
        'knexfile.js': "module.exports = {\n  production: {\n    client: 'pg',\n    connection: {\n      host: 'db.internal',\n      user: 'shop',\n      password: 'shop',\n      database: 'shop',\n    },\n  },\n};\n",
        'src/mongo.ts': `await mongoose.connect(uri, { user: '${strong}', pass: '${strong}', dbName: 'app' });\n`,
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual([
      'knexfile.js:7:18 password is set to the user name of user',
      'mysite/settings.py:6:22 PASSWORD is set to the user name of USER',
      'src/db.js:2:78 password is set to the user name of user',
      `src/mongo.ts:1:${"await mongoose.connect(uri, { user: 'x', pass: '".length + strong.length} pass is set to the user name of user`,
    ]);
    expect(JSON.stringify(out.findings.map((f) => f.message))).not.toMatch(/billing|mysite'/);
  });

  it('needs both literals in the same literal beside a connection key: other shapes pass; a development file gives a note', async () => {
    const out = await runCase(defaultCredentials, {
      files: {
        'src/app.js': [
          "const schema = { host: 'string', user: 'string', password: 'string' };",
          "const noConnection = { user: 'billing', password: 'billing' };",
          "const mail = { host: 'smtp', auth: { user: 'mailer', pass: 'mailer' } };",
          "const { user = 'app', password = 'app', host = 'db' } = opts;",
          "const differ = new Pool({ host: 'db', user: 'billing', password: 'billing2' });",
          'const json = \'{"host": "db", "user": "jj", "password": "jj"}\';',
          "// const old = new Pool({ host: 'db', user: 'old', password: 'old' });",
          '',
        ].join('\n'),
        'app/db.py': 'import os\nconn = psycopg2.connect(host="db", user="app", password="app")\nDATABASES = {"default": {"ENGINE": "x", "USER": os.environ.get("DB_USER", "app"), "PASSWORD": os.environ.get("DB_PASSWORD", "app")}}\n',
        'mysite/settings/local.py': 'DATABASES = {"default": {"ENGINE": "x", "USER": "mysite", "PASSWORD": "mysite", "HOST": "localhost"}}\n',
        'tests/settings.py': 'DATABASES = {"default": {"ENGINE": "x", "USER": "mysite", "PASSWORD": "mysite"}}\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['mysite/settings/local.py:1 note']);
  });
});

describe('default-credentials: knexfile and Sequelize environments (QA25 node D7)', () => {
  it("a knexfile's development/test/local environments give notes; production (and staging) still fail", async () => {
    const knexfile = "module.exports = {\n  development: {\n    client: 'pg',\n    connection: { host: '127.0.0.1', user: 'postgres', password: 'postgres', database: 'app_dev' },\n  },\n  test: {\n    client: 'pg',\n    connection: 'postgres://postgres:postgres@localhost/app_test',\n  },\n  staging: {\n    client: 'pg',\n    connection: { host: 'db', user: 'app', password: 'app', database: 'app' },\n  },\n  production: {\n    client: 'pg',\n    connection: {\n      host: process.env.DB_HOST,\n      user: 'app',\n      password: 'changeme',\n      database: 'app',\n    },\n  },\n};\n";
    const ts = "import type { Knex } from 'knex';\nconst config: { [key: string]: Knex.Config } = {\n  local: { client: 'pg', connection: { host: 'localhost', user: 'root', password: 'root' } },\n  production: { client: 'pg', connection: { host: 'db', user: 'root', password: 'root' } },\n};\nexport default config;\n";
    const out = await runCase(defaultCredentials, { files: { 'knexfile.js': knexfile, 'server/knexfile.ts': ts, 'src/db.js': "module.exports = {\n  development: { client: 'pg', connection: { host: 'db', user: 'app', password: 'postgres' } },\n};\n" } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'}${f.note ? ` ${/\(([^)]*)\)$/.exec(f.message)?.[1]}` : ''}`).sort()).toEqual([
      "knexfile.js:12 fail",
      "knexfile.js:19 fail",
      "knexfile.js:4 note knexfile environment 'development'",
      "knexfile.js:8 note knexfile environment 'test'",
      "server/knexfile.ts:3 note knexfile environment 'local'",
      'server/knexfile.ts:4 fail',
      // Not a knexfile: an object key says nothing about what deploys.
      'src/db.js:2 fail',
    ]);
  });
  it("Sequelize config/config.json: production root/root fails, development and test give notes; a JSON file without dialects is not read", async () => {
    const config = '{\n  "development": { "username": "root", "password": "root", "database": "db_dev", "host": "127.0.0.1", "dialect": "mysql" },\n  "test": { "username": "root", "password": null, "database": "db_test", "host": "127.0.0.1", "dialect": "mysql" },\n  "production": { "username": "root", "password": "root", "database": "db_prod", "host": "127.0.0.1", "dialect": "mysql" },\n  "staging": { "username": "shop", "password": "shop", "database": "shop", "host": "db", "dialect": "postgres" }\n}\n';
    const out = await runCase(defaultCredentials, { files: { 'config/config.json': config, 'web/config/config.json': '{ "production": { "password": "changeme" } }\n' } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message.split(' ')[0]}`)).toEqual([
      'config/config.json:2 note development.password',
      'config/config.json:4 fail production.password',
      'config/config.json:5 fail staging.password',
    ]);
    expect(out.findings[0]!.message).toMatch(/\(Sequelize environment 'development'\)$/);
  });
});

// QA26 oss-python P3: Superset's docker/.env-non-dev sets DATABASE_USER and POSTGRES_USER (both `superset`) above POSTGRES_PASSWORD.
it('a password equal to several user names names the one of its own prefix, else the nearest', async () => {
  const out = await runCase(defaultCredentials, { files: {
    'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    env_file: docker/.env-non-dev\n  mq:\n    image: rabbitmq:3\n    env_file: docker/mq.env\n',
    'docker/.env-non-dev': 'DATABASE_DB=superset\nDATABASE_PASSWORD=superset\nDATABASE_USER=superset\nPOSTGRES_DB=superset\nPOSTGRES_USER=superset\nPOSTGRES_PASSWORD=superset\n',
    'docker/mq.env': 'ADMIN_USER=bunny\nRABBITMQ_DEFAULT_USER=bunny\nRABBITMQ_DEFAULT_PASS=bunny\nAPP_LOGIN=bunny\nQUEUE_PASSWORD=bunny\n',
  } });
  expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]!.replace(/ \([^)]*\)/, '')}`)).toEqual([
    'docker/.env-non-dev:2 DATABASE_PASSWORD is set to the user name of DATABASE_USER',
    'docker/.env-non-dev:6 POSTGRES_PASSWORD is set to the user name of POSTGRES_USER',
    'docker/mq.env:3 RABBITMQ_DEFAULT_PASS is set to the user name of RABBITMQ_DEFAULT_USER',
    'docker/mq.env:5 QUEUE_PASSWORD is set to the user name of APP_LOGIN',
  ]);
});

// QA26 oss-python D6: Flower's login on a production compose command (its UI shows task arguments and can shut workers down).
it('Flower --basic_auth (and FLOWER_BASIC_AUTH) with a default password or one equal to its user name; a strong one, a variable or a comment passes', async () => {
  const compose = (flower: string, env = '') => `services:\n  flower:\n    image: mher/flower:2.0\n    command: ${flower}\n    ports:\n      - "5555:5555"\n${env}`;
  const found = async (files: Record<string, string>) => (await runCase(defaultCredentials, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  expect(await found({ 'docker-compose.prod.yml': compose('celery --broker=redis://redis:6379/0 flower --port=5555 --basic_auth=admin:admin') })).toEqual([
    'docker-compose.prod.yml:4:83 the Flower login (--basic_auth) holds a basic-auth password equal to its user name',
  ]);
  expect(await found({ 'docker-compose.yml': compose('["celery", "flower", "--basic-auth", "ops:Zq8vL2mXk9pRt4wN,admin:changeme"]') })).toEqual([
    'docker-compose.yml:4:52 the Flower login (--basic_auth) holds a basic-auth password set to a placeholder value',
  ]);
  expect(await found({ 'docker-compose.yml': compose('celery flower', '    environment:\n      FLOWER_BASIC_AUTH: "admin:password"\n') })).toEqual([
    "docker-compose.yml:8:27 FLOWER_BASIC_AUTH (service 'flower') holds a basic-auth password set to a well-known default value",
  ]);
  // A development-only compose file gives a note.
  expect(await found({ 'docker-compose.override.yml': compose('celery flower --basic_auth=admin:admin') })).toEqual([
    'docker-compose.override.yml:4:41 note the Flower login (--basic_auth) holds a basic-auth password equal to its user name',
  ]);
  for (const ok of ['celery flower --basic_auth=admin:Zq8vL2mXk9pRt4wN', 'celery flower --basic_auth=$FLOWER_USER:$FLOWER_PASSWORD', 'celery flower --basic_auth=${FLOWER_AUTH}', 'celery flower --port=5555']) {
    expect(await found({ 'docker-compose.yml': compose(ok) }), ok).toEqual([]);
  }
  expect(await found({ 'docker-compose.yml': compose('celery flower', '    environment:\n      FLOWER_BASIC_AUTH: ${FLOWER_BASIC_AUTH}\n      # FLOWER_BASIC_AUTH: admin:admin\n') })).toEqual([]);
});

// QA26 oss-python D2: Superset's shipped placeholder (CVE-2023-27524's subject) and its docker/.env-non-dev key.
describe('default-credentials: CHANGE_ME_TO_A_…, CHANGEME_…, REPLACE_WITH_… and test-only secret phrases', () => {
  it('recognises the phrases made of words, never with a random tail', () => {
    for (const v of ['CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET', 'change-me-to-a-long-random-string', 'CHANGEME_SECRET_KEY', 'changeme-jwt-secret', 'REPLACE_WITH_A_STRONG_SECRET', 'replace_with_a_random_key',
      'CHANGE_ME_IN_PRODUCTION', 'TEST_NON_DEV_SECRET', 'dev_only_secret', 'insecure-test-password'])
      expect(isDefaultCredential(v), v).toBe(true);
    for (const v of [`CHANGE_ME_${strong}`.replace('CHANGE_ME_', 'CHANGEME_'), `changeme_${strong}`, `REPLACE_WITH_${strong}`, 'A_x7Gq2Lp9vR4tW8zK3mN6bY1cD5fH0jS', 'Aa3bE5iO7uA9eI1oU3aE5iO7', 'test_Zq8vL2mXk9pRt4wN_secret',
      'a-b-c-d-e-f', 'TEST_NON_DEV', 'production_secret_key', 'changelog-secret'])
      expect(isDefaultCredential(v), v).toBe(false);
  });
  it('reports Superset\'s placeholder as an os.getenv fallback, a literal and in a committed .env.production; TEST_NON_DEV_SECRET in the env file compose reads', async () => {
    const out = await runCase(defaultCredentials, { files: {
      'superset_config.py': 'import os\nSECRET_KEY = os.getenv("SUPERSET_SECRET_KEY", "CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET")\nJWT_SECRET = "CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET"\n',
      '.env.production': 'SUPERSET_SECRET_KEY=CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET\n',
      'docker-compose-non-dev.yml': 'services:\n  superset:\n    image: apache/superset:4.0.2\n    env_file: docker/.env-non-dev\n',
      'docker/.env-non-dev': 'SUPERSET_ENV=production\nSUPERSET_SECRET_KEY=TEST_NON_DEV_SECRET\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]!.replace(/ \([^)]*\)/, '')}`).sort()).toEqual([
      '.env.production:1 SUPERSET_SECRET_KEY is set to a placeholder value',
      'docker/.env-non-dev:2 SUPERSET_SECRET_KEY is set to a placeholder value',
      'superset_config.py:2 SUPERSET_SECRET_KEY falls back to a placeholder value when the variable is unset',
      'superset_config.py:3 JWT_SECRET is set to a placeholder value',
    ]);
    expect(JSON.stringify(out.findings.map((f) => f.message))).not.toMatch(/CHANGE_ME_TO|TEST_NON_DEV/);
  });
});

// QA compose D2: Appwrite's `_APP_OPENSSL_KEY_V1=your-secret-key` — a vendor's or purpose's key with a version after its last word.
describe('default-credentials: a key name with a version or ordinal suffix reads as the name without it', () => {
  it.each(['_APP_OPENSSL_KEY_V1', 'APP_OPENSSL_KEY_V1', 'OPENSSL_KEY_V1', 'STRIPE_KEY_2', 'STRIPE_KEY2', 'FERNET_KEY_v3', 'openSslKeyV1', 'DB_PASSWORD_2'])('%s is secret-like', (name) => expect(isSecretName(name)).toBe(true));
  it.each(['CACHE_KEY_V2', 'PRIMARY_KEY_1', 'PUBLIC_KEY_V1', 'KEY_1', 'API_V1', 'PASSWORD_FILE_2', 'TOKEN_URL_V2', 'OPENSSL_KEY_V1X'])('%s is not secret-like', (name) => expect(isSecretName(name)).toBe(false));
  it.each(['PASSWORD_PROMPT_2', 'TOKEN_STRATEGY_V1'])('%s is about a secret, like the name without its suffix', (name) => expect(isAboutSecretName(name)).toBe(true));
  it('reports the placeholder at the versioned key in compose, as at the unversioned one', async () => {
    const out = await runCase(defaultCredentials, { files: {
      'docker-compose.yml': 'services:\n  appwrite:\n    image: appwrite/appwrite:1.6.0\n    environment:\n      - _APP_ENV=production\n      - _APP_OPENSSL_KEY_V1=your-secret-key\n      - _APP_EXECUTOR_SECRET=your-secret-key\n      - _APP_CACHE_KEY_V2=changeme\n      - _APP_OPENSSL_KEY_V2=${_APP_OPENSSL_KEY_V2}\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]!.replace(/ \([^)]*\)/, '')}`)).toEqual([
      'docker-compose.yml:6 _APP_OPENSSL_KEY_V1 is set to a placeholder value',
      'docker-compose.yml:7 _APP_EXECUTOR_SECRET is set to a placeholder value',
    ]);
  });
});

describe('default-credentials: a URL\'s password given as a query parameter or JDBC option (QA27 D4)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(defaultCredentials, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  it('a default, or the user name the URL gives, fails at the value as a password in the userinfo does', async () => {
    const out = await runCase(defaultCredentials, { files: {
      'src/main/resources/application-prod.properties': 'spring.datasource.url=jdbc:postgresql://pg.prod.internal:5432/app?user=postgres&password=postgres&ssl=true\nspring.flyway.url=jdbc:mysql://mysql.prod.internal:3306/app?user=root&password=root\nreporting.url=jdbc:mysql://mysql.prod.internal:3306/rep?user=reports&password=reports\n',
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      DB_URL: "jdbc:sqlserver://mssql:1433;databaseName=app;user=app;password=app;encrypt=true"\n      LEGACY_URL: jdbc:mysql://db/legacy?user=legacy&password=${LEGACY_PASSWORD:-changeme}\n',
      'cmd/api/main.go': 'package main\n\nfunc main() {\n\tdb, _ := sql.Open("postgres", "postgres://db.internal/app?user=app&password=changeme&sslmode=require")\n\t_ = db\n}\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`).sort()).toEqual([
      "cmd/api/main.go:4:33 the postgres:// URL embeds a placeholder value as its password (its 'password' parameter)",
      "docker-compose.yml:5:16 DB_URL (service 'api') embeds a password equal to its user name in the 'password' parameter of its sqlserver:// URL",
      "docker-compose.yml:6:19 LEGACY_URL (service 'api') embeds a placeholder value in the 'password' parameter of its mysql:// URL when LEGACY_PASSWORD is unset",
      "src/main/resources/application-prod.properties:1:23 spring.datasource.url embeds a password equal to its user name in the 'password' parameter of its postgresql:// URL",
      "src/main/resources/application-prod.properties:2:19 spring.flyway.url embeds a password equal to its user name in the 'password' parameter of its mysql:// URL",
      "src/main/resources/application-prod.properties:3:15 reporting.url embeds a password equal to its user name in the 'password' parameter of its mysql:// URL",
    ].sort());
    expect(out.findings.map((f) => f.secret).sort()).toEqual(['app', 'changeme', 'changeme', 'postgres', 'reports', 'root'].sort());
    // JDBC's `;password=sa` (the SQL Server default) stays the connection-string rule's, reported once.
    expect(await shown({ 'src/main/resources/application.properties': 'spring.datasource.url=jdbc:sqlserver://mssql:1433;databaseName=app;user=sa;password=sa\n' }))
      .toEqual(['src/main/resources/application.properties:1:23 spring.datasource.url holds a connection string whose password is a well-known default value']);
  });
  it('passes strong passwords, variables, an empty or absent password, other parameters, development profiles as notes', async () => {
    expect(await shown({
      'src/main/resources/application-prod.properties': [
        `spring.datasource.url=jdbc:postgresql://pg.prod.internal:5432/app?user=app&password=${strong}&ssl=true`,
        'spring.flyway.url=jdbc:mysql://mysql.prod.internal:3306/app?user=root&password=${FLYWAY_PASSWORD}',
        'h2.url=jdbc:h2:tcp://h2.internal/~/app;USER=app;PASSWORD=',
        'audit.url=jdbc:postgresql://pg.prod.internal/audit?user=audit&passwordCharacterEncoding=utf-8&sslmode=require',
        'search.url=https://search.internal/?user=admin&passes=2&q=password',
        'cache.url=redis://cache.internal:6379/0?password=%s',
        '',
      ].join('\n'),
      'src/main/resources/application-dev.properties': 'spring.datasource.url=jdbc:postgresql://localhost/app?user=postgres&password=postgres\n',
    })).toEqual(["src/main/resources/application-dev.properties:1:23 note spring.datasource.url embeds a password equal to its user name in the 'password' parameter of its postgresql:// URL"]);
  });
});

describe('QA round 29 (fullrepos3): self-hosted apps', () => {
  const lines = (out: { findings: { file: string; line: number; column: number; message: string }[] }) => out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`);

  it("D1: the switches that run a database without a password count as their `${VAR:-default}` default (Rocket.Chat's Bitnami MongoDB)", async () => {
    const out = await runCase(defaultCredentials, { files: { 'docker-compose.yml': [
      'services:',
      '  mongodb:', '    image: docker.io/bitnami/mongodb:6.0', '    environment:', '      ALLOW_EMPTY_PASSWORD: "${ALLOW_EMPTY_PASSWORD:-yes}"',
      '  pg:', '    image: postgres:16', '    environment:', '      - POSTGRES_HOST_AUTH_METHOD=${AUTH-trust}',
      '  mysql:', '    image: mysql:8.0', '    environment:', '      MYSQL_ALLOW_EMPTY_PASSWORD: ${MYSQL_ALLOW_EMPTY_PASSWORD:-yes}',
      // Negatives: a default that keeps the password, no default (unset: nothing), a required variable.
      '  redis:', '    image: bitnami/redis:7.2', '    environment:', '      ALLOW_EMPTY_PASSWORD: ${ALLOW_EMPTY_PASSWORD:-no}', '      REDIS_PASSWORD: ${REDIS_PASSWORD:?set it}',
      '  pg2:', '    image: postgres:16', '    environment:', '      POSTGRES_HOST_AUTH_METHOD: ${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}',
      '  mysql2:', '    image: mysql:8.0', '    environment:', '      MYSQL_ALLOW_EMPTY_PASSWORD: ${MYSQL_ALLOW_EMPTY_PASSWORD}', '      MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: ${EMPTY:-}',
      '',
    ].join('\n') } });
    expect(lines(out)).toEqual([
      "docker-compose.yml:5:30 ALLOW_EMPTY_PASSWORD (service 'mongodb') falls back to 'yes' when ALLOW_EMPTY_PASSWORD is unset, which lets the database run without a password",
      "docker-compose.yml:9:35 POSTGRES_HOST_AUTH_METHOD (service 'pg') falls back to 'trust' when AUTH is unset, which turns password authentication off: any client that reaches the database logs in as any user",
      "docker-compose.yml:13:35 MYSQL_ALLOW_EMPTY_PASSWORD (service 'mysql') falls back to 'yes' when MYSQL_ALLOW_EMPTY_PASSWORD is unset, which lets the database run without a password",
    ]);
    // The committed .env compose interpolates with decides when it sets the variable.
    const set = await runCase(defaultCredentials, { files: { '.env': 'ALLOW_EMPTY_PASSWORD=no\n', 'docker-compose.yml': 'services:\n  m:\n    image: bitnami/mongodb:6.0\n    environment:\n      ALLOW_EMPTY_PASSWORD: ${ALLOW_EMPTY_PASSWORD:-yes}\n' } });
    expect(set.findings).toEqual([]);
  });

  it("D2: placeholder phrases (Authentik's PleaseGenerateASecureKey, ThisIsNotASecurePassword) are placeholders, in Helm values and compose", async () => {
    for (const v of ['PleaseGenerateASecureKey', 'ThisIsNotASecurePassword', 'please-use-a-strong-password', 'AVeryStrongPassword', 'generate_secure_key', 'ReplaceWithYourOwnSecret', 'not_a_real_secret', 'ThisIsMySecurePassword1', 'SetMe', 'FillMeIn', 'change-me-please'])
      expect([v, isDefaultCredential(v)]).toEqual([v, true]);
    // Real passphrases, names and ordinary words are values, not placeholders.
    for (const v of ['CorrectHorseBatteryStaple', 'correct-horse-battery-staple', 'TrombonePurpleSkyline42', 'authentik-secret-key', 'private-key', 'SecureNet', 'please', 'PleaseWork', 'MyDogLovesPizzaKey', 'RandomForestToken9Xq'])
      expect([v, isDefaultCredential(v)]).toEqual([v, false]);
    const files = {
      'deploy/authentik/Chart.yaml': 'apiVersion: v2\nname: authentik\nversion: 1.0.0\n',
      'deploy/authentik/values.yaml': 'authentik:\n  secret_key: "PleaseGenerateASecureKey"\n  postgresql:\n    password: "ThisIsNotASecurePassword"\n  email:\n    password: "CorrectHorseBatteryStaple"\n',
      'docker-compose.yml': 'services:\n  server:\n    image: ghcr.io/goauthentik/server:2024.2.2\n    environment:\n      AUTHENTIK_SECRET_KEY: PleaseGenerateASecureKey\n',
    };
    expect(lines(await runCase(defaultCredentials, { files })).sort()).toEqual([
      'deploy/authentik/values.yaml:2:16 authentik.secret_key is set to a placeholder value',
      'deploy/authentik/values.yaml:4:16 authentik.postgresql.password is set to a placeholder value',
      "docker-compose.yml:5:29 AUTHENTIK_SECRET_KEY (service 'server') is set to a placeholder value",
    ]);
    // Neither check reported them before: hardcoded-secret still leaves them (and the real passphrase, too low in entropy for it) alone.
    expect((await runCase(hardcodedSecret, { files })).findings).toEqual([]);
  });

  it("D3: libpq's PGUSER pairs with PGPASSWORD and PG_PASSWORD (PostHog's worker), glued user keys with a password of the same prefix", async () => {
    const out = await runCase(defaultCredentials, { files: { 'docker-compose.yml': [
      'services:',
      '  worker:', '    image: posthog/posthog:1.43.0', '    environment:', '      PGHOST: db', '      PGUSER: posthog', '      PGPASSWORD: posthog',
      '  w2:', '    image: app:1', '    environment:', '      PGUSER: app', '      PG_PASSWORD: app',
      '  w3:', '    image: app:1', '    environment:', '      DBUSER: shop', '      DBPASSWORD: shop', '      dbUser: shop2', '      dbPassword: shop2',
      // Negatives: a glued user key of another prefix, a different password.
      '  w4:', '    image: app:1', '    environment:', '      SUPERUSER: admin2', '      DB_PASSWORD: admin2',
      '  w5:', '    image: app:1', '    environment:', '      PGUSER: posthog', `      PGPASSWORD: ${strong}`,
      '',
    ].join('\n') } });
    expect(lines(out)).toEqual([
      "docker-compose.yml:7:19 PGPASSWORD (service 'worker') is set to the user name of PGUSER",
      "docker-compose.yml:12:20 PG_PASSWORD (service 'w2') is set to the user name of PGUSER",
      "docker-compose.yml:17:19 DBPASSWORD (service 'w3') is set to the user name of DBUSER",
      "docker-compose.yml:19:19 dbPassword (service 'w3') is set to the user name of dbUser",
    ]);
    // hardcoded-secret leaves the pair to default-credentials even when the value looks random.
    const random = { 'docker-compose.yml': `services:\n  w:\n    image: app:1\n    environment:\n      PGUSER: ${strong}\n      PGPASSWORD: ${strong}\n` };
    expect((await runCase(hardcodedSecret, { files: random })).findings).toEqual([]);
    expect(lines(await runCase(defaultCredentials, { files: random }))).toEqual(["docker-compose.yml:6:19 PGPASSWORD (service 'w') is set to the user name of PGUSER"]);
  });

  it("D6: a password made of the user name and a password word or a counting run (Mattermost's mmuser_password) is a default credential, not a leak", async () => {
    const files = {
      '.env': `POSTGRES_USER=mmuser\nPOSTGRES_PASSWORD=mmuser_password\nMM_USER=mattermost\nMM_PASSWORD=mattermost123\nOTHER_USER=ops\nOTHER_PASSWORD=ops_password\nREAL_USER=mmuser\nREAL_PASSWORD=mmuser${strong}\n`,
      'docker-compose.yml': 'services:\n  postgres:\n    image: postgres:13-alpine\n    environment:\n      - POSTGRES_USER\n      - POSTGRES_PASSWORD\n      - MM_USER\n      - MM_PASSWORD\n      - OTHER_USER\n      - OTHER_PASSWORD\n      - REAL_USER\n      - REAL_PASSWORD\n',
    };
    expect(lines(await runCase(defaultCredentials, { files }))).toEqual([
      ".env:2:19 POSTGRES_PASSWORD (interpolated into POSTGRES_PASSWORD of service 'postgres') is set to the user name of POSTGRES_USER followed by a password word or a counting run",
      ".env:4:13 MM_PASSWORD (interpolated into MM_PASSWORD of service 'postgres') is set to the user name of MM_USER followed by a password word or a counting run",
      ".env:6:16 OTHER_PASSWORD (interpolated into OTHER_PASSWORD of service 'postgres') is set to the user name of OTHER_USER followed by a password word or a counting run",
    ]);
    // The real one (the user name and a random tail) stays hardcoded-secret's; the defaults are handed over.
    const secrets = await runCase(hardcodedSecret, { files });
    expect(secrets.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['.env:8']);
  });

  it('D7: a compose list item is located at its value, after its key, `=` and an opening quote, as a map entry is', async () => {
    const out = await runCase(defaultCredentials, { files: { 'docker-compose.yml': [
      'services:',
      '  server:', '    image: gitea/gitea:1.21', '    environment:', '      - GITEA__database__USER=gitea', '      - GITEA__database__PASSWD=gitea',
      '  db:', '    image: postgres:14', '    environment:', "      - 'POSTGRES_HOST_AUTH_METHOD=trust'", '      - "POSTGRES_PASSWORD=changeme"',
      '  base:', '    image: app:1', '    environment:', '      - DB_PASSWORD=postgres',
      '  web:', '    extends: base', '    environment:', '      OTHER: x',
      '',
    ].join('\n') } });
    expect(out.findings.map((f) => `${f.line}:${f.column}`)).toEqual(['6:33', '10:36', '11:28', '15:21']);
  });
});

describe('QA round 30 (compose2): compose escapes', () => {
  const lines = (out: { findings: { file: string; line: number; column: number; message: string }[] }) => out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`);
  it("D1: an environment value that is one escaped `$${VAR:-default}` deploys the literal text, no default; a shell in `command` still expands it", async () => {
    const out = await runCase(defaultCredentials, { files: { 'docker-compose.yml': [
      'services:',
      '  app:', '    image: ghcr.io/acme/app:1.0.0', '    environment:',
      '      SECRET_KEY: "$${SECRET_KEY:-changeme}"',
      '      ADMIN_PASSWORD: "$${ADMIN_PASSWORD-admin}"',
      '  backup:', '    image: ghcr.io/acme/pg-backup:1.2.0', '    environment:',
      '      - PGPASSWORD=$${POSTGRES_PASSWORD:-postgres}',
      '      - API_TOKEN=${API_TOKEN:-changeme}',
      '  redis:', '    image: redis:7.2.5',
      `    command: sh -c 'exec redis-server --requirepass "$\${REDIS_PASSWORD:-changeme}"'`,
      '',
    ].join('\n') } });
    expect(lines(out)).toEqual([
      "docker-compose.yml:11:19 API_TOKEN (service 'backup') falls back to a placeholder value when API_TOKEN is unset",
      'docker-compose.yml:14:54 the Redis password (requirepass) is set to a placeholder value',
    ]);
  });
});

describe('QA round 32 (helm): Helm env lists and branches', () => {
  const lines = (out: { findings: { file: string; line: number; column: number; note?: boolean; message: string }[] }) => out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  const chart = 'apiVersion: v2\nname: postgresql\nversion: 15.2.5\n';
  it('D6: a name/value env list in Helm values (extraEnvVars, extraEnv, env) is judged under each entry\'s name', async () => {
    const out = await runCase(defaultCredentials, { files: {
      'charts/pg/Chart.yaml': chart,
      'charts/pg/values.yaml': [
        'auth:', '  existingSecret: pg-credentials',
        'extraEnvVars:', '  - name: POSTGRESQL_PASSWORD', '    value: admin', '  - name: BITNAMI_DEBUG', '    value: "false"',
        '  - name: LOG_LEVEL', '    value: admin', '  - name: API_TOKEN', '    valueFrom:', '      secretKeyRef: { name: api, key: token }',
        '  - name: DB_PASSWORD', '    value: "{{ .Values.auth.password }}"',
        'worker:', '  extraEnv:', '    - name: POSTGRES_USER', '      value: app', '    - name: POSTGRES_PASSWORD', '      value: app',
        '',
      ].join('\n'),
      'charts/pg/values-production.yaml': 'primary:\n  extraEnvVars:\n    - name: APP_SECRET_KEY\n      value: changeme\n',
      'charts/pg/values-dev.yaml': 'env:\n  - name: ADMIN_PASSWORD\n    value: admin\n',
      // Not Helm values: no Chart.yaml beside it.
      'other/values.yaml': 'extraEnvVars:\n  - name: POSTGRESQL_PASSWORD\n    value: admin\n',
    } });
    expect(lines(out)).toEqual([
      'charts/pg/values-dev.yaml:3:12 note env ADMIN_PASSWORD is set to a well-known default value',
      'charts/pg/values-production.yaml:4:14 primary.extraEnvVars APP_SECRET_KEY is set to a placeholder value',
      'charts/pg/values.yaml:5:12 extraEnvVars POSTGRESQL_PASSWORD is set to a well-known default value',
      "charts/pg/values.yaml:20:14 worker.extraEnv POSTGRES_PASSWORD is set to the user name of POSTGRES_USER",
    ]);
  });

  it('D8: a template `default` in a branch no values file renders is not judged; one a values file turns on is', async () => {
    const tpl = [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: {{ .Release.Name }}-api', 'spec:', '  template:', '    spec:', '      containers:',
      '        - name: api', '          image: "ghcr.io/acme/api:{{ .Chart.AppVersion }}"', '          env:',
      '            - name: DB_PASSWORD', '              value: {{ .Values.db.password | default "postgres" | quote }}',
      '            {{- if .Values.legacyAuth.enabled }}',
      '            - name: LEGACY_ADMIN_PASSWORD', '              value: {{ .Values.legacyAuth.password | default "admin" | quote }}',
      '            {{- end }}', '',
    ].join('\n');
    const files = { 'helm/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n', 'helm/api/values.yaml': 'legacyAuth:\n  enabled: false\n', 'helm/api/templates/deployment.yaml': tpl };
    expect(lines(await runCase(defaultCredentials, { files }))).toEqual([
      "helm/api/templates/deployment.yaml:13:56 DB_PASSWORD (the chart's `default`) is set to a well-known default value",
    ]);
    expect(lines(await runCase(defaultCredentials, { files: { ...files, 'helm/api/values-production.yaml': 'legacyAuth:\n  enabled: true\n' } }))).toEqual([
      "helm/api/templates/deployment.yaml:13:56 DB_PASSWORD (the chart's `default`) is set to a well-known default value",
      "helm/api/templates/deployment.yaml:16:64 LEGACY_ADMIN_PASSWORD (the chart's `default`) is set to a well-known default value",
    ]);
  });
});

// QA (qa32 fullrepos6 D3): WordPress's stock `define('AUTH_KEY', 'put your unique phrase here')` salts in wp-config.php got no
// finding from either secret check. The sample it is copied from is a template; a generated salt and a constant naming
// its field pass; a local config is a note.
describe('default-credentials: PHP define() constants (WordPress wp-config.php)', () => {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const wpConfig = (salt: (k: string) => string) => [
    '<?php', "define( 'DB_NAME', 'wordpress' );", "define( 'DB_USER', getenv('WORDPRESS_DB_USER') );", "define( 'DB_PASSWORD', 'password' );",
    ...salts.map((k) => `define( '${k}', ${' '.repeat(18 - k.length)}'${salt(k)}' );`), "define( 'PASSWORD', 'password' );", "// define( 'API_TOKEN', 'changeme' );",
    "define( 'WP_DEBUG', false );", '',
  ].join('\n');
  it('reports the stock salts and a default password; the sample, generated salts and field names pass', async () => {
    const out = await runCase(defaultCredentials, { files: {
      'wp-config.php': wpConfig(() => 'put your unique phrase here'),
      'wp-config-sample.php': wpConfig(() => 'put your unique phrase here'),
      'site/wp-config.php': wpConfig((k) => `${strong}${k}&;}=x`).replace("'password' );\ndefine( 'AUTH", `'${strong}' );\ndefine( 'AUTH`),
      'wp-config-local.php': "<?php\ndefine( 'DB_PASSWORD', 'root' );\n",
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
      'wp-config-local.php:2:25 note DB_PASSWORD is set to a well-known default value',
      'wp-config.php:4:25 DB_PASSWORD is set to a well-known default value',
      ...salts.map((k, i) => `wp-config.php:${5 + i}:32 ${k} is set to a placeholder value`),
    ]);
    expect(isDefaultCredential('put your unique phrase here')).toBe(true);
    expect(isDefaultCredential('put your own phrase here')).toBe(false);
  });
});

// QA (qa32 secrets7 D1): test-runner configuration and setup files configure test runs only, as test files do.
it('exempts test-runner configs and setup files (vitest.config.ts, cypress.config.ts, jest.setup.js); the app config stays judged', async () => {
  const out = await runCase(defaultCredentials, { files: {
    'vitest.config.ts': "export default defineConfig({ test: { env: { JWT_SECRET: 'secret' } } });\n",
    'cypress.config.ts': "export default defineConfig({ env: { adminPassword: 'admin' } });\n",
    'jest.setup.js': "const JWT_SECRET = 'secret';\nprocess.env.JWT_SECRET = process.env.JWT_SECRET || 'changeme';\n",
    'src/config.ts': "export const config = { env: { JWT_SECRET: 'secret' } };\n",
  } });
  expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/config.ts:1']);
});

// QA33 compose3 D1: a compose file that does not parse is not read; with nothing else read the item is skipped naming it.
describe('QA33 compose3 D1: default-credentials with only an unreadable compose file', () => {
  const broken = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n    environment:\n      POSTGRES_PASSWORD: "postgres\n';
  const read = 'no compose file could be read: docker-compose.yml: parse-error (see that finding)';
  const status = async (files: Record<string, string>) => { const out = await runCase(defaultCredentials, { name: 'x', files }); return out.skipped ?? (out.findings.some((f) => !f.note) ? 'fail' : 'pass'); };
  it('is skipped with the compose reason, not passed', async () => {
    expect(await status({ 'docker-compose.yml': broken })).toBe(`no other deploy config, env file, settings or code, and ${read}`);
  });
  it('counter-cases: anything else read keeps pass or fail', async () => {
    // Clean code (nothing the scan reports), a Dockerfile, a production env file, a manifest, another compose file.
    expect(await status({ 'docker-compose.yml': broken, 'app.py': 'import os\nSECRET_KEY = os.environ["SECRET_KEY"]\n' })).toBe('pass');
    expect(await status({ 'docker-compose.yml': broken, 'app.py': 'SECRET_KEY = "changeme"\n' })).toBe('fail');
    expect(await status({ 'docker-compose.yml': broken, Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n' })).toBe('pass');
    expect(await status({ 'docker-compose.yml': broken, '.env.production': 'APP_NAME=x\n' })).toBe('pass');
    expect(await status({ 'docker-compose.yml': broken, 'k8s/deploy.yaml': deployment('            - name: A\n              value: b\n') })).toBe('pass');
    expect(await status({ 'docker-compose.yml': broken, 'deploy/docker-compose.yml': 'services:\n  web:\n    image: app:1\n' })).toBe('pass');
    // Nothing at all to read: skipped, as every other check is (QA stop 41, contract4 D2), saying there is nothing of its kind.
    expect(await status({ 'README.md': '# x\n' })).toMatch(/^no deploy config \(compose, Kubernetes, Dockerfile, platform file\), env file, settings or code$/);
  });
});

// qa34 dockerfile5 D1: `ARG BUILD_DATE VCS_REF DB_PASSWORD=changeme` declares DB_PASSWORD with its default (each word is one ARG).
it('reads a placeholder default after bare names on one ARG line', async () => {
  const show = async (dockerfile: string) => (await runCase(defaultCredentials, { name: 'x', files: { Dockerfile: dockerfile } })).findings.map((f) => `${f.line}:${f.column} ${f.message.slice(0, 17)}`);
  expect(await show('FROM python:3.12-slim\nARG BUILD_DATE VCS_REF DB_PASSWORD=changeme\nUSER 10001\nCMD ["gunicorn", "app:app"]\n')).toEqual(['2:36 DB_PASSWORD (ARG)']);
  // Bare names only: DB_PASSWORD has no default (not "admin", the next name).
  expect(await show('FROM python:3.12-slim\nARG DB_PASSWORD admin\nUSER 10001\nCMD ["gunicorn", "app:app"]\n')).toEqual([]);
});

it('names every enclosing variable of a nested default (QA34 compose4 D5)', () => {
  expect(defaultReason('SECRET_KEY', '${SECRET_KEY:-${FALLBACK_KEY:-changeme}}')?.reason).toMatch(/when SECRET_KEY and FALLBACK_KEY are unset$/);
  expect(defaultReason('SECRET_KEY', '${SECRET_KEY:-changeme}')?.reason).toMatch(/when SECRET_KEY is unset$/);
  expect(defaultReason('SECRET_KEY', '${A:-${B:-${C:-changeme}}}')?.reason).toMatch(/when A and B and C are unset$/);
});

it('gives notes for defaults in database seed scripts; the app code beside them stays judged (QA34 fullrepos10 D3)', async () => {
  const seed = "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nconst users = [\n  { name: 'Alice', email: 'alice@prisma.io', password: 'password123' },\n];\n";
  const client = "const { Client } = require('pg');\nconst c = new Client({ host: 'localhost', user: 'postgres', password: 'postgres', database: 'app_dev' });\n";
  const out = await runCase(defaultCredentials, { files: { 'prisma/seed.ts': seed, 'scripts/seed-dev-db.js': client, 'db/seeds.rb': "User.create!(email: 'admin@example.com', password: 'password')\n", 'database/seeders/UserSeeder.php': "<?php\nDB::table('users')->insert(['password' => 'secret']);\n", 'src/db.js': client } });
  const shown = out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort();
  expect(shown.filter((s) => !s.startsWith('src/'))).toEqual(shown.filter((s) => !s.startsWith('src/')).map((s) => s.endsWith(' note') ? s : `${s} (not a note)`));
  expect(shown).toContain('src/db.js:2');
  expect(shown).toContain('prisma/seed.ts:4 note');
  expect(shown).toContain('scripts/seed-dev-db.js:2 note');
});

it('keeps seed scripts named for production, or connecting to a host other than the local machine or a compose service, judged (QA34 sweep1 C1)', async () => {
  const client = (host: string) => `const { Client } = require('pg');\nconst c = new Client({ host: '${host}', user: 'app', password: 'postgres', database: 'app' });\n`;
  const out = await runCase(defaultCredentials, { files: {
    'scripts/seed-prod.js': client('db'),
    'scripts/seed_production.py': "DB = {'HOST': 'db', 'USER': 'app', 'PASSWORD': 'postgres'}\n",
    'scripts/seed.js': client('db.prod.internal'),
    'prisma/seed.ts': "import { Client } from 'pg';\nconst c = new Client({ host: 'db.prod.internal', user: 'admin', password: 'admin' });\n",
    'seeds/remote.py': "import psycopg2\nconn = psycopg2.connect('postgresql://app:postgres@10.0.3.7/app')\n",
    // Local machine, compose service names, the Docker host, an interpolated host, and sample URLs in the records: notes.
    'scripts/seed-local.js': client('localhost'),
    'scripts/seed-compose.js': client('postgres'),
    'scripts/seed-docker.js': client('host.docker.internal'),
    'scripts/seed-ip.js': client('127.0.0.1'),
    'db/seed.ts': "const c = new Client({ host: `${process.env.PGHOST}`, password: 'postgres' });\nconst users = [{ avatar: 'https://cdn.example.com/a.png', password: 'password123' }];\n",
  } });
  expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual([
    'db/seed.ts:1 note', 'db/seed.ts:2 note', 'prisma/seed.ts:2', 'scripts/seed-compose.js:2 note', 'scripts/seed-docker.js:2 note', 'scripts/seed-ip.js:2 note',
    'scripts/seed-local.js:2 note', 'scripts/seed-prod.js:2', 'scripts/seed.js:2', 'scripts/seed_production.py:1', 'seeds/remote.py:2',
  ]);
});

// Review of QA34: the glued-default pattern made `user_password` a default; in a map of column names it names a field, as
// `password: 'password'` does. Beside a login (a connection's options) it stays the value.
it('reads an object entry whose value is a longer name ending in its key as a field name, unless a login is beside it', async () => {
  const out = await runCase(defaultCredentials, { files: {
    'src/db.js': "module.exports = { columns: { email: 'user_email', password: 'user_password' } };\n",
    'src/pool.js': "const pool = new Pool({ host: 'db', user: 'app', password: 'db_password' });\n",
  } });
  expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/pool.js:1']);
});
