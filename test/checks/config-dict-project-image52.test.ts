import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 review 2 N5: a Kubernetes container whose variables come from outside the repository (envFrom, valueFrom) lifts the config
// dict fallback (`config = {…, 'default': DevelopmentConfig}` + `create_app(os.getenv('FLASK_CONFIG') or 'default')`) only when it
// runs the project's image: one the repository builds (compose build + image, docker build -t, build-push-action tags), tag or
// digest aside, or, when it builds none it can name, one that is no other vendor's image (grafana/grafana, bitnami/redis, quay.io/…).
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
};
const DEPLOYMENT = (name: string, image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n          envFrom:\n            - secretRef: { name: ${name}-env }\n`;
const COMPOSE = 'services:\n  web:\n    build: .\n    ports: ["8000:8000"]\n';
const WORKFLOW = (step: string) => `name: release\non: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${step}`;

describe('the config dict fallback: only a container running the project\'s image lifts it (QA52 review 2 N5)', () => {
  it('a Grafana Deployment with envFrom does not silence DevelopmentConfig (repro f2)', async () => {
    expect(await run(debugMode, { ...APP, 'docker-compose.yml': COMPOSE })).toEqual(['config.py:9 fail']);
    expect(await run(debugMode, { ...APP, 'docker-compose.yml': COMPOSE, 'k8s/monitoring.yaml': DEPLOYMENT('grafana', 'grafana/grafana:10.4.0') })).toEqual(['config.py:9 fail']);
    expect(await run(debugMode, { ...APP, 'k8s/redis.yaml': DEPLOYMENT('redis', 'bitnami/redis:7.2') })).toEqual(['config.py:9 fail']);
    expect(await run(debugMode, { ...APP, 'k8s/prom.yaml': DEPLOYMENT('prom', 'quay.io/prometheus/prometheus:v2.51.0') })).toEqual(['config.py:9 fail']);
  });

  it('the image the repository builds, tag aside, lifts it; another image does not once the repository names its own', async () => {
    const compose = 'services:\n  web:\n    build: .\n    image: ghcr.io/acme/web:latest\n';
    expect(await run(debugMode, { ...APP, 'docker-compose.yml': compose, 'k8s/web.yaml': DEPLOYMENT('web', 'ghcr.io/acme/web:1.4.2') })).toEqual(['config.py:9 note']);
    expect(await run(debugMode, { ...APP, 'docker-compose.yml': compose, 'k8s/other.yaml': DEPLOYMENT('other', 'ghcr.io/acme/other:1.0') })).toEqual(['config.py:9 fail']);
    // docker build -t in a workflow, build-push-action tags.
    const run1 = WORKFLOW('      - run: docker build -t registry.example.com/acme/web:${{ github.sha }} . && docker push registry.example.com/acme/web:${{ github.sha }}\n');
    expect(await run(debugMode, { ...APP, '.github/workflows/release.yml': run1, 'k8s/web.yaml': DEPLOYMENT('web', 'registry.example.com/acme/web@sha256:0123') })).toEqual(['config.py:9 note']);
    expect(await run(debugMode, { ...APP, '.github/workflows/release.yml': run1, 'k8s/web.yaml': DEPLOYMENT('web', 'ghcr.io/acme/web:1.0') })).toEqual(['config.py:9 fail']);
    const action = WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: |\n            ghcr.io/acme/api:latest\n            ghcr.io/acme/api:${{ github.sha }}\n');
    expect(await run(debugMode, { ...APP, '.github/workflows/release.yml': action, 'k8s/api.yaml': DEPLOYMENT('api', 'ghcr.io/acme/api:2.0') })).toEqual(['config.py:9 note']);
  });

  it('with no image named by a build, a container in a registry of the project\'s own (or a placeholder) still lifts it (R4 repro)', async () => {
    expect(await run(debugMode, { ...APP, 'k8s/web.yaml': DEPLOYMENT('web', 'ghcr.io/acme/web:1.4.2') })).toEqual(['config.py:9 note']);
    expect(await run(debugMode, { ...APP, 'k8s/web.yaml': DEPLOYMENT('web', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1') })).toEqual(['config.py:9 note']);
    expect(await run(debugMode, { ...APP, 'k8s/web.yaml': DEPLOYMENT('web', '${IMAGE}') })).toEqual(['config.py:9 note']);
  });
});
