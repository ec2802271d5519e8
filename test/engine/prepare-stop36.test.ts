import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import type { CheckDef } from '../../src/checks/define.js';
import { executeCheck, parseOptions } from '../../src/engine/execute.js';
import { listFiles } from '../../src/repo/files.js';
import { Snapshot } from '../../src/repo/snapshot.js';
import { snapshotOf } from '../helpers/check-tester.js';

// CheckDef.prepare: what a file-pass check's run computes from the snapshot alone, done by the engine while worker
// threads scan (src/engine/pipeline.ts). It may only fill memos: the check's outcome must be the same with or without it.

const NOW = new Date('2026-12-01T00:00:00Z');
const PREPARED = CHECKS.filter((c) => c.prepare) as CheckDef[];
const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus');

/** A repository where every prepared helper has something to read: nginx (a broken one, an included snippet), front configs, env, platforms. */
const TRICKY: Record<string, string> = {
  'deploy/nginx/nginx.conf': 'events {}\nhttp {\n  include snippets/*.conf;\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n    location /api/ {\n      add_header Access-Control-Allow-Origin $http_origin;\n      add_header Access-Control-Allow-Credentials true;\n      proxy_pass http://app:8000;\n    }\n  }\n}\n',
  'deploy/nginx/snippets/cors.conf': 'add_header Access-Control-Allow-Origin *;\n',
  'deploy/nginx/unused.conf': 'ssl_protocols SSLv3;\n',
  'deploy/nginx/broken/nginx.conf': 'http {\n  server {\n    listen 80\n',
  'Caddyfile': 'example.com {\n  tls {\n    protocols tls1.0 tls1.3\n  }\n  header Access-Control-Allow-Origin *\n}\n',
  'traefik.yml': 'tls:\n  options:\n    default:\n      minVersion: VersionTLS10\n',
  'fly.toml': 'app = "web"\n[env]\n  DEBUG = "true"\n  SESSION_COOKIE_SECURE = "false"\n  CORS_ORIGINS = "*"\n  DB_USER = "admin"\n  DB_PASSWORD = "admin"\n',
  'render.yaml': 'services:\n  - type: web\n    name: api\n    envVars:\n      - key: FLASK_DEBUG\n        value: "1"\n      - key: POSTGRES_PASSWORD\n        value: postgres\n      - key: POSTGRES_USER\n        value: postgres\n',
  '.env.production': 'DEBUG=True\nSESSION_COOKIE_HTTPONLY=False\nCORS_ALLOW_ALL_ORIGINS=True\n',
  'docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: .env.production\n    environment:\n      - DJANGO_DEBUG=1\n      - CSRF_COOKIE_SECURE=False\n  nginx:\n    image: nginx:1.27\n    volumes:\n      - ./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro\n',
  'Dockerfile': 'FROM python:3.12\nENV NODE_OPTIONS=--tls-min-v1.0\nCMD ["gunicorn", "app:app"]\n',
  'app.py': 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, supports_credentials=True)\napp.config["SESSION_COOKIE_SECURE"] = False\n',
  'settings.py': 'DEBUG = True\nSESSION_COOKIE_SECURE = False\nCORS_ALLOW_ALL_ORIGINS = True\n',
  'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          env:\n            - name: DEBUG\n              value: "true"\n            - name: NODE_OPTIONS\n              value: --tls-min-v1.1\n',
};

async function outcome(def: CheckDef, snapshot: Snapshot, prepare: boolean) {
  if (prepare) def.prepare!(snapshot);
  return executeCheck(def, snapshot, parseOptions(def, {}), NOW);
}

describe('CheckDef.prepare (stop 36)', () => {
  it('is given to file-pass checks only (the pipeline calls it while their file pass runs on workers)', () => {
    expect(PREPARED.length).toBeGreaterThan(0);
    for (const def of PREPARED) expect(def.scan, def.id).toBeDefined();
  });

  it('changes no outcome: each check judges the same with its prepared values as when it computes them itself', async () => {
    const tricky = () => snapshotOf(TRICKY);
    let judged = 0;
    for (const def of PREPARED) {
      const plain = await outcome(def, tricky(), false);
      const prepared = await outcome(def, tricky(), true);
      expect(prepared, def.id).toEqual(plain);
      judged += plain.findings.length;
    }
    // Not vacuous: the repository gives these checks findings to judge.
    expect(judged).toBeGreaterThan(5);
  });

  it('does the work the checks would do themselves: it reads the repository files they judge', () => {
    const snapshot = snapshotOf(TRICKY);
    for (const def of PREPARED) def.prepare!(snapshot);
    expect(snapshot.reads).toBeGreaterThan(3);
  });

  it('changes no outcome on the corpus repositories either, and on a scoped view', async () => {
    for (const name of ['cookiecutter-django', 'django', 'express', 'flask-bad', 'k8s', 'monorepo']) {
      const listing = await listFiles(path.join(CORPUS, name));
      const fresh = () => new Snapshot(listing.root, listing.files, listing.base, listing.git);
      for (const def of PREPARED) {
        expect(await outcome(def, fresh(), true), `${name} ${def.id}`).toEqual(await outcome(def, fresh(), false));
        // A view prepared as a whole repository is judged as itself.
        const half = (s: Snapshot) => s.view((f) => listing.files.indexOf(f) % 2 === 0);
        const s1 = fresh(); def.prepare!(s1);
        expect(await executeCheck(def, half(s1), parseOptions(def, {}), NOW), `${name} ${def.id} view`).toEqual(await executeCheck(def, half(fresh()), parseOptions(def, {}), NOW));
      }
    }
  }, 60_000);
});
