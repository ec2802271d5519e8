import { expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// cookiecutter-django's layout: the production environment lives in `.envs/.production/.django`, which
// docker-compose.production.yml names in `env_file:` (a file not named like an env file).
const files = {
  'requirements.txt': 'Django==5.0\ngunicorn==22.0\ndjango-cors-headers==4.3\n',
  'config/settings/production.py': 'import environ\nenv = environ.Env()\nDEBUG = False\nSECRET_KEY = env("DJANGO_SECRET_KEY")\nSESSION_COOKIE_SECURE = env.bool("DJANGO_SESSION_COOKIE_SECURE", default=True)\nCORS_ALLOW_ALL_ORIGINS = env.bool("CORS_ALLOW_ALL_ORIGINS", default=False)\n',
  'docker-compose.production.yml': 'services:\n  django:\n    image: ghcr.io/acme/django:1.4.2\n    env_file:\n      - ./.envs/.production/.django\n    command: /start\n',
  'docker-compose.local.yml': 'services:\n  django:\n    image: ghcr.io/acme/django:1.4.2\n    env_file:\n      - ./.envs/.local/.django\n    profiles: [dev]\n',
  '.envs/.production/.django': 'DJANGO_SETTINGS_MODULE=config.settings.production\nDJANGO_SESSION_COOKIE_SECURE=False\nCORS_ALLOW_ALL_ORIGINS=True\n',
  '.envs/.local/.django': 'DJANGO_SESSION_COOKIE_SECURE=False\n',
};

it('reads a compose env_file whatever its name, as the deploy environment (cookie-flags, cors-wildcard)', async () => {
  const cookies = await runCase(cookieFlags, { name: 'cookiecutter', files });
  expect(cookies.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`).sort()).toEqual(['.envs/.local/.django:1:30 note', '.envs/.production/.django:2:30']);
  const cors = await runCase(corsWildcard, { name: 'cookiecutter', files });
  expect(cors.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['.envs/.production/.django:3:24']);
});
