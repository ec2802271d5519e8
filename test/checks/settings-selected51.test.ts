import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D1: the Django settings module deploy config selects (DJANGO_SETTINGS_MODULE in the image) is production's for
// cookie-flags and cors-wildcard too, as debug-mode and default-credentials already judge it — whatever its name (local.py), and
// whatever a production.py would override (the image selects base.py itself).
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

const dockerfile = (module: string) => `FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nENV DJANGO_SETTINGS_MODULE=${module}\nUSER 10001\nCMD ["gunicorn", "config.wsgi:application", "-b", "0.0.0.0:8000"]\n`;
const common = {
  'requirements.txt': 'django==5.0.6\ndjango-environ==0.11.2\ndjango-cors-headers==4.3.1\ngunicorn==22.0.0\n',
  'config/__init__.py': '', 'config/settings/__init__.py': '', 'config/urls.py': 'urlpatterns = []\n',
  'config/wsgi.py': 'import os\nfrom django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
};
const insecure = 'SECRET_KEY = env("DJANGO_SECRET_KEY", default="changeme")\nSESSION_COOKIE_SECURE = False\nCORS_ALLOW_ALL_ORIGINS = True\n';
const local = (module: string | null) => ({
  ...common,
  'config/settings/base.py': 'import environ\nenv = environ.Env()\nDEBUG = env.bool("DJANGO_DEBUG", False)\nSECRET_KEY = env("DJANGO_SECRET_KEY")\nINSTALLED_APPS = ["corsheaders"]\n',
  'config/settings/local.py': `from .base import *  # noqa\nfrom .base import env\nDEBUG = True\n${insecure}`,
  ...(module ? { Dockerfile: dockerfile(module) } : {}),
});
const based = (module: string) => ({
  ...common,
  'config/settings/base.py': `import environ\nenv = environ.Env()\nDEBUG = True\n${insecure}INSTALLED_APPS = ["corsheaders"]\n`,
  'config/settings/production.py': 'from .base import *  # noqa\nfrom .base import env\nDEBUG = False\nSECRET_KEY = env("DJANGO_SECRET_KEY")\nSESSION_COOKIE_SECURE = True\nCORS_ALLOW_ALL_ORIGINS = False\n',
  Dockerfile: dockerfile(module),
});
const BY = /\(ENV DJANGO_SETTINGS_MODULE in Dockerfile:5 selects this module for production\)/;

describe('the settings module production selects (QA51 configlibs D1)', () => {
  it('local.py selected by the image: cookie-flags and cors-wildcard fail there, naming the selection', async () => {
    const cookie = await run(cookieFlags, local('config.settings.local'));
    expect(cookie).toEqual([expect.stringMatching(/^config\/settings\/local\.py:5 fail SESSION_COOKIE_SECURE = False \(ENV DJANGO_SETTINGS_MODULE in Dockerfile:5 selects this module for production\) sends the session cookie/)]);
    const cors = await run(corsWildcard, local('config.settings.local'));
    expect(cors).toEqual([expect.stringMatching(/^config\/settings\/local\.py:6 fail /)]);
    expect(cors[0]).toMatch(BY);
  });

  it('local.py that nothing selects stays a development-only note', async () => {
    expect(await run(cookieFlags, local(null))).toEqual([expect.stringMatching(/^config\/settings\/local\.py:5 note .*\(development-only\)$/)]);
    expect(await run(corsWildcard, local(null))).toEqual([expect.stringMatching(/^config\/settings\/local\.py:6 note .*development-only/)]);
    expect(await run(corsWildcard, local('config.settings.production'))).toEqual([expect.stringMatching(/^config\/settings\/local\.py:6 note /)]);
  });

  it('base.py selected by the image is no overridden default: all three checks fail there', async () => {
    const cookie = await run(cookieFlags, based('config.settings.base'));
    expect(cookie).toEqual([expect.stringMatching(/^config\/settings\/base\.py:5 fail SESSION_COOKIE_SECURE = False/)]);
    expect(cookie[0]).toMatch(BY);
    expect(await run(corsWildcard, based('config.settings.base'))).toEqual([expect.stringMatching(/^config\/settings\/base\.py:6 fail /)]);
    const creds = await run(defaultCredentials, based('config.settings.base'));
    expect(creds).toEqual([expect.stringMatching(/^config\/settings\/base\.py:4 fail DJANGO_SECRET_KEY/)]);
    expect(creds[0]).toMatch(BY);
  });

  it('base.py with the image selecting production.py stays overridden', async () => {
    expect(await run(cookieFlags, based('config.settings.production'))).toEqual([]);
    expect(await run(corsWildcard, based('config.settings.production'))).toEqual([]);
    expect(await run(defaultCredentials, based('config.settings.production'))).toEqual([expect.stringMatching(/^config\/settings\/base\.py:4 note .*overridden by config\/settings\/production\.py/)]);
  });
});

// Regression sweep of stop 51 (D1): the main compose file selects the development module for local runs, and the production
// overlay (docker-compose.prod.yml) selects the production one: the development module is no production configuration.
describe('a module the base compose file selects and a production overlay replaces', () => {
  it('stays a development-only note, as debug-mode has it', async () => {
    const files = {
      'proj/__init__.py': '', 'proj/settings/__init__.py': '',
      'proj/settings/base.py': 'import os\nSECRET_KEY = os.environ.get("SECRET_KEY")\nDEBUG = False\n',
      'proj/settings/dev.py': 'from .base import *\nDEBUG = True\nSESSION_COOKIE_SECURE = False\n',
      'proj/settings/prod.py': 'from .base import *\nDEBUG = False\nSESSION_COOKIE_SECURE = True\n',
      'proj/wsgi.py': 'import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings.prod")\napplication = get_wsgi_application()\n',
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8000\n    environment:\n      DJANGO_SETTINGS_MODULE: proj.settings.dev\n',
      'docker-compose.prod.yml': 'services:\n  web:\n    image: ghcr.io/acme/proj:1.0.4\n    command: gunicorn proj.wsgi:application --bind 0.0.0.0:8000\n    environment:\n      DJANGO_SETTINGS_MODULE: proj.settings.prod\n    restart: unless-stopped\n',
    };
    expect(await run(cookieFlags, files)).toEqual([expect.stringMatching(/^proj\/settings\/dev\.py:3 note /)]);
    // Without the overlay the base file's selection is production's.
    const { 'docker-compose.prod.yml': _overlay, ...alone } = files;
    expect(await run(cookieFlags, alone)).toEqual([expect.stringMatching(/^proj\/settings\/dev\.py:3 fail .*selects this module for production/)]);
  });
});
