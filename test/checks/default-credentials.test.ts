import { describe, expect, it } from 'vitest';
import { defaultCredentials, defaultReason } from '../../src/checks/default-credentials.js';
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
    { name: 'non-secret keys with default-looking values', files: { 'docker-compose.yml': 'services:\n  db:\n    environment:\n      POSTGRES_USER: postgres\n      MINIO_ROOT_USER: minioadmin\n      APP_ENV: test\n' } },
  ],
  invalid: [
    { name: 'compose map form', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n      MYSQL_ROOT_PASSWORD: "root"\n' }, errors: [{ file: 'docker-compose.yml', line: 5, message: "POSTGRES_PASSWORD (service 'db') is set to a well-known default value" }, { file: 'docker-compose.yml', line: 6 }] },
    { name: 'compose list form', files: { 'compose.yml': 'services:\n  mq:\n    environment:\n      - RABBITMQ_DEFAULT_PASS=guest\n      - SECRET_KEY=<generate-a-secret-key>\n' }, errors: [{ file: 'compose.yml', line: 4 }, { file: 'compose.yml', line: 5, message: 'placeholder' }] },
    { name: 'compose default in substitution', files: { 'docker-compose.prod.yml': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}\n' }, errors: [{ file: 'docker-compose.prod.yml', line: 4, message: 'when POSTGRES_PASSWORD is unset' }] },
    { name: 'database URL with default password', files: { 'docker-compose.yml': 'services:\n  web:\n    environment:\n      - DATABASE_URL=postgres://postgres:postgres@db:5432/app\n      - BROKER_URL=amqp://app:app@mq:5672//\n' }, errors: [{ file: 'docker-compose.yml', line: 4, message: 'postgres:// URL' }, { file: 'docker-compose.yml', line: 5, message: 'equal to its user name' }] },
    { name: 'URL with an empty user name and a default password', files: { '.env.production': 'REDIS_URL=redis://:changeme@cache:6379/0\n', 'docker-compose.yml': 'services:\n  web:\n    environment:\n      CACHE_URL: rediss://:password@cache:6380\n' }, errors: [{ file: '.env.production', line: 1, message: 'redis:// URL' }, { file: 'docker-compose.yml', line: 4, message: 'rediss:// URL' }] },
    { name: 'compose extends resolves inherited environment', files: { 'docker-compose.yml': 'x-db: &db\n  environment:\n    DB_PASSWORD: admin\nservices:\n  api:\n    <<: *db\n    image: api:1\n' }, errors: [{ file: 'docker-compose.yml', line: 3 }] },
    { name: 'kubernetes env value and Secret stringData/data', files: { 'k8s/app.yaml': `${deployment('            - name: ADMIN_PASSWORD\n              value: changeme\n')}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: password\ndata:\n  api-token: ${b64('your-api-token-here')}\n` }, errors: [{ file: 'k8s/app.yaml', line: 13, message: "(container 'web')" }, { file: 'k8s/app.yaml', line: 20, message: "(Secret 'db')" }, { file: 'k8s/app.yaml', line: 22, message: 'placeholder' }] },
    { name: 'kubernetes ConfigMap', files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  JWT_SECRET: secret\n' }, errors: [{ file: 'cm.yaml', line: 6 }] },
    { name: 'Dockerfile ENV and ARG, inherited', files: { Dockerfile: 'FROM python:3.12 AS base\nENV SECRET_KEY=changeme\nFROM base\nARG DB_PASSWORD=postgres\nCMD ["gunicorn", "app:app"]\n' }, errors: [{ file: 'Dockerfile', line: 2 }, { file: 'Dockerfile', line: 4, message: '(ARG)' }] },
    { name: 'python constants after a docstring still count', files: { 'mysite/conf.py': '"""Docs: SECRET_KEY = "x"."""\nSECRET_KEY = "changeme"\n' }, errors: [{ file: 'mysite/conf.py', line: 2 }] },
    { name: 'Django insecure key', files: { 'mysite/settings.py': "DEBUG = False\nSECRET_KEY = 'django-insecure-8b#x2@k!q9w$e7r6t5y4u3i2o1p0'\n" }, errors: [{ file: 'mysite/settings.py', line: 2, message: "a 'django-insecure-' development key" }] },
    { name: 'Flask from_mapping, config item, secret_key and getenv fallback', files: { 'flaskr/__init__.py': "def create_app():\n    app = Flask(__name__)\n    app.config.from_mapping(\n        SECRET_KEY='dev',\n        DATABASE='x.sqlite',\n    )\n    app.config['SECRET_KEY'] = 'secret'\n    app.secret_key = 'changeme'\n    token = os.environ.get('API_TOKEN', 'changeme')\n" }, errors: [{ file: 'flaskr/__init__.py', line: 4 }, { file: 'flaskr/__init__.py', line: 7 }, { file: 'flaskr/__init__.py', line: 8 }, { file: 'flaskr/__init__.py', line: 9, message: 'API_TOKEN falls back to a placeholder value when the variable is unset' }] },
    { name: 'Python environment fallbacks of any name case, and URL constants', files: { 'app/config.py': 'import os\nDATABASE_URL = os.getenv("DATABASE_URL", "postgres://postgres:postgres@db:5432/app")\ndb_password = os.environ.get("db_password", "changeme")\nBROKER = "amqp://admin:admin@mq:5672//"\n' }, errors: [{ file: 'app/config.py', line: 2 }, { file: 'app/config.py', line: 3 }, { file: 'app/config.py', line: 4 }] },
    { name: 'Node env fallback', files: { 'src/config.ts': "export const jwtSecret = process.env.JWT_SECRET || 'secret';\nexport const key = process.env['API_KEY'] ?? 'changeme';\n" }, errors: [{ file: 'src/config.ts', line: 1, message: 'JWT_SECRET falls back to' }, { file: 'src/config.ts', line: 2 }] },
    { name: 'production env file', files: { '.env.production': 'DEBUG=0\nSECRET_KEY=your-secret-key-here\nDB_PASSWORD=123456\n' }, errors: [{ file: '.env.production', line: 2 }, { file: '.env.production', line: 3 }] },
  ],
  notes: [
    { name: 'development-only compose file gets a note', files: { 'docker-compose.override.yml': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n' }, notes: [{ file: 'docker-compose.override.yml', line: 4, message: 'development-only' }] },
    { name: 'development settings get a note', files: { 'mysite/settings/local.py': "SECRET_KEY = 'dev'\n" }, notes: [{ file: 'mysite/settings/local.py', line: 1 }] },
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
