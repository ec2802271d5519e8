import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { main } from '../src/cli.js';
import { repoFromFolder } from './helpers/repo.js';

/**
 * Realistic repositories run through the CLI with every static check: the exact set of failures
 * (check file:line) and of notes — what must be found and, as importantly, what must not.
 */
const CORPUS = path.resolve(import.meta.dirname, 'fixtures/corpus');

const EXPECTED: Record<string, { failures: string[]; notes: string[]; exit: number }> = {
  'flask-bad': {
    exit: 1,
    failures: [
      'env-file-committed .env:1',
      'env-file-not-ignored .env:1',
      'debug-mode app.py:13',
      'debug-mode Dockerfile:11',
      'production-server Dockerfile:12',
      'cors-wildcard app.py:5',
      'image-tag-pinned docker-compose.yml:6',
      'image-tag-pinned Dockerfile:6',
      'database-port-exposed docker-compose.yml:8',
      'dockerfile-non-root Dockerfile:6',
      'dockerfile-healthcheck Dockerfile:6',
      'default-credentials docker-compose.yml:12',
      'resource-limits docker-compose.yml:2',
      'resource-limits docker-compose.yml:5',
      'resource-limits docker-compose.yml:9',
      'restart-policy docker-compose.yml:2',
      'restart-policy docker-compose.yml:5',
      'restart-policy docker-compose.yml:9',
    ],
    notes: [],
  },
  'flask-good': {
    exit: 0,
    failures: [],
    notes: ['production-server app.py:19', 'database-port-exposed docker-compose.yml:16'],
  },
  django: {
    exit: 1,
    failures: [
      'production-server Dockerfile:6',
      'debug-mode mysite/settings/production.py:3',
      'cors-wildcard mysite/settings/production.py:4',
      'cookie-flags mysite/settings/production.py:5',
      'dockerfile-healthcheck Dockerfile:1',
      'env-file-not-ignored null:null',
    ],
    notes: ['dockerfile-non-root Dockerfile:5', 'debug-mode mysite/settings/local.py:3', 'default-credentials mysite/settings/local.py:4'],
  },
  express: {
    exit: 1,
    failures: [
      'production-server Dockerfile:8',
      'cors-wildcard src/server.js:6',
      'cookie-flags src/server.js:10',
      'env-file-not-ignored .gitignore:1',
      'dockerfile-healthcheck Dockerfile:1',
    ],
    notes: ['dockerfile-non-root Dockerfile:6'],
  },
  k8s: {
    exit: 1,
    failures: [
      'debug-mode base/deployment.yaml:27',
      'hardcoded-secret base/secret.yaml:7',
      'image-tag-pinned base/deployment.yaml:23',
      'image-tag-pinned base/deployment.yaml:35',
      'k8s-run-as-non-root base/deployment.yaml:37',
      'database-port-exposed base/deployment.yaml:47',
      'k8s-probes base/deployment.yaml:34',
      'resource-limits base/deployment.yaml:34',
      'env-file-not-ignored null:null',
    ],
    notes: [],
  },
  // An older cookiecutter-django layout (compose files named production.yml and local.yml, recognised by
  // content; local.yml is development-only), after a real project's (QA report A, design gap).
  'cookiecutter-django': {
    exit: 1,
    failures: [
      // DJANGO_SETTINGS_MODULE=shop_backend.settings at .envs/.production/.django:5 selects it: the same leak, one finding (QA44 fullrepos24 D2).
      'debug-mode shop_backend/shop_backend/settings.py:12',
      'default-credentials .envs/.production/.django:9',
      'default-credentials shop_backend/shop_backend/settings.py:9',
      'dockerfile-non-root compose/production/nginx/Dockerfile:1',
      'dockerfile-non-root compose/production/postgres/Dockerfile:1',
      'dockerfile-healthcheck compose/production/django/Dockerfile:21',
      'dockerfile-healthcheck compose/production/nginx/Dockerfile:1',
      'dockerfile-healthcheck compose/production/postgres/Dockerfile:1',
      // Committed dotenv files production.yml loads with env_file (QA33 fullrepos7 D4).
      'env-file-committed .envs/.production/.django:1',
      'env-file-committed .envs/.production/.postgres:1',
      'env-file-not-ignored .gitignore:1',
      'resource-limits production.yml:9',
      'resource-limits production.yml:30',
      'resource-limits production.yml:40',
      'resource-limits production.yml:53',
      'resource-limits production.yml:56',
      'restart-policy production.yml:9',
      'restart-policy production.yml:30',
      'restart-policy production.yml:40',
      'restart-policy production.yml:53',
      'restart-policy production.yml:56',
    ],
    notes: [
      'debug-mode .envs/.local/.django:5',
      'debug-mode .envs/.local/.django:6',
      'debug-mode config/settings/local.py:4',
      'default-credentials .envs/.local/.postgres:5',
      'default-credentials config/settings/local.py:5',
      'dockerfile-healthcheck compose/local/django/Dockerfile:1',
      'dockerfile-non-root compose/local/django/Dockerfile:1',
      'dockerfile-non-root compose/production/django/Dockerfile:52',
      'env-file-committed .envs/.local/.django:1',
      'env-file-committed .envs/.local/.postgres:1',
      'production-server local.yml:22',
      'database-port-exposed local.yml:35',
    ],
  },
  monorepo: {
    exit: 1,
    failures: [
      'production-server services/worker/Dockerfile:9',
      'dockerfile-non-root services/worker/Dockerfile:8',
      'dockerfile-healthcheck services/worker/Dockerfile:6',
    ],
    notes: ['dockerfile-non-root services/api/Dockerfile:4', 'dockerfile-non-root services/web/Dockerfile:4'],
  },
};

describe('corpus', () => {
  for (const [name, want] of Object.entries(EXPECTED)) {
    it(name, async () => {
      const repo = repoFromFolder(path.join(CORPUS, name));
      let out = '';
      let err = '';
      const code = await main(['--checklist', path.join(CORPUS, 'all-static.yml'), '--format', 'json'], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, isTTY: false, env: {}, cwd: repo });
      expect(err).toBe('');
      const report = JSON.parse(out) as { findings: { check: string; file: string; line: number; note?: boolean }[]; items: { status: string }[] };
      const key = (f: { check: string; file: string; line: number }) => `${f.check} ${f.file}:${f.line}`;
      expect(report.findings.filter((f) => !f.note).map(key).sort()).toEqual([...want.failures].sort());
      expect(report.findings.filter((f) => f.note).map(key).sort()).toEqual([...want.notes].sort());
      expect(report.items.some((i) => i.status === 'error')).toBe(false);
      expect(code).toBe(want.exit);
    });
  }
});
