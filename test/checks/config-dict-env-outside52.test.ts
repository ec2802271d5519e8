import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 review R4: flasky's `create_app(os.getenv('FLASK_CONFIG') or 'default')` takes the fallback ('default': DevelopmentConfig) as
// production's only where the repository shows the whole environment production starts with. A compose service or a Kubernetes
// container running the image's own CMD (no command of its own, so no entry point) with variables from outside the repository — a
// git-ignored env_file, a Secret through envFrom or valueFrom, a hosting platform's config vars — may set FLASK_CONFIG: no failure.
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'}`);
}

const CONFIG = "import os\n\n\nclass Config:\n    SECRET_KEY = os.environ.get('SECRET_KEY')\n\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n\n\nclass ProductionConfig(Config):\n    DEBUG = False\n\n\nconfig = {\n    'development': DevelopmentConfig,\n    'production': ProductionConfig,\n    'default': DevelopmentConfig,\n}\n";
const APP = {
  'requirements.txt': 'flask\ngunicorn\n', 'config.py': CONFIG,
  'app/__init__.py': 'from flask import Flask\nfrom config import config\n\n\ndef create_app(config_name):\n    app = Flask(__name__)\n    app.config.from_object(config[config_name])\n    return app\n',
  'wsgi.py': "import os\nfrom app import create_app\n\napp = create_app(os.getenv('FLASK_CONFIG') or 'default')\n",
  Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nUSER 1000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "wsgi:app"]\n',
  '.gitignore': '.env*\n',
};
const DEPLOYMENT = (env: string, image = 'ghcr.io/acme/web:1.4.2') => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: web }\n  template:\n    metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: ${image}\n${env}          ports:\n            - containerPort: 8000\n`;

describe('the config dict fallback where production\'s environment comes from outside the repository (QA52 review R4)', () => {
  it('a compose service with a git-ignored env_file, running the image\'s CMD: a note, not a critical failure', async () => {
    const f = { ...APP, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: .env.production\n    ports: ["8000:8000"]\n' };
    expect(await run(debugMode, f)).toEqual(['config.py:9 note']);
    // `environment: [FLASK_CONFIG]` passes it from the shell that runs compose (already unknown before), any other name too.
    expect(await run(debugMode, { ...APP, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      - DATABASE_URL\n' })).toEqual(['config.py:9 note']);
  });

  it('a Kubernetes container with envFrom a Secret or a valueFrom secretKeyRef: a note', async () => {
    expect(await run(debugMode, { ...APP, 'k8s/deployment.yaml': DEPLOYMENT('          envFrom:\n            - secretRef:\n                name: web-env\n') })).toEqual(['config.py:9 note']);
    const valueFrom = '          env:\n            - name: SECRET_KEY\n              valueFrom:\n                secretKeyRef: { name: web, key: secret }\n';
    expect(await run(debugMode, { ...APP, 'k8s/deployment.yaml': DEPLOYMENT(valueFrom) })).toEqual(['config.py:9 note']);
  });

  it('a hosting platform building the Dockerfile (fly.toml: its secrets) is a note too', async () => {
    expect(await run(debugMode, { ...APP, 'fly.toml': 'app = "web"\n\n[http_service]\n  internal_port = 8000\n' })).toEqual(['config.py:9 note']);
  });

  it('still fails where the whole environment is in the repository (an env_file committed, a container\'s literal env, a database\'s Secret)', async () => {
    expect(await run(debugMode, APP)).toEqual(['config.py:9 fail']);
    const committed = { ...APP, '.gitignore': '', 'docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: prod.env\n', 'prod.env': 'SECRET_KEY=x\n' };
    expect(await run(debugMode, committed)).toEqual(['config.py:9 fail']);
    expect(await run(debugMode, { ...APP, 'k8s/deployment.yaml': DEPLOYMENT('          env:\n            - name: PORT\n              value: "8000"\n') })).toEqual(['config.py:9 fail']);
    // A stock database image's Secret is the database's, not the app's environment; a development compose file's env_file is development's.
    const db = DEPLOYMENT('          envFrom:\n            - secretRef:\n                name: pg\n', 'postgres:16').replace(/name: web\n/g, 'name: db\n');
    expect(await run(debugMode, { ...APP, 'k8s/db.yaml': db })).toEqual(['config.py:9 fail']);
    expect(await run(debugMode, { ...APP, 'docker-compose.dev.yml': 'services:\n  web:\n    build: .\n    env_file: .env.dev\n' })).toEqual(['config.py:9 fail']);
    // With FLASK_CONFIG=production deployed the class is a note, as before.
    expect(await run(debugMode, { ...APP, 'k8s/deployment.yaml': DEPLOYMENT('          env:\n            - name: FLASK_CONFIG\n              value: production\n') })).toEqual(['config.py:9 note']);
  });
});
