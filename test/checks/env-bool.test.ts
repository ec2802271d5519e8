import { expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { trueWhenSet, trueWhenUnset, withEnvScheme } from '../../src/checks/util/env-bool.js';
import { runCase } from '../helpers/check-tester.js';

it('reads python-decouple keywords in either order and a `True if … else False` wrapper', () => {
  expect(trueWhenUnset('config("DEBUG", cast=bool, default=True)')).toBe('DEBUG');
  expect(trueWhenUnset('config("DEBUG", cast=bool, default=False)')).toBeNull();
  expect(trueWhenUnset('True if os.environ.get("DEBUG", "True") == "True" else False')).toBe('DEBUG');
  expect(trueWhenUnset('True if (os.getenv("DEBUG", "0") == "1") else False')).toBeNull();
  expect(trueWhenUnset('True if x else False')).toBeNull();
  // Any non-empty value (the string "False" too) is true for a bare read under the wrapper.
  expect(trueWhenSet("True if os.getenv('DEBUG') else False")).toBe('DEBUG');
});

it('flags Django settings whose DEBUG defaults to on through those forms', async () => {
  const settings = (expr: string) => `import os\nfrom decouple import config\nSECRET_KEY = os.environ["SECRET_KEY"]\nDEBUG = ${expr}\nALLOWED_HOSTS = ["*"]\n`;
  const files = {
    'requirements.txt': 'Django==5.0\ngunicorn==22.0\n',
    Procfile: 'web: gunicorn mysite.wsgi\n',
    'a/settings.py': settings("config('DEBUG', cast=bool, default=True)"),
    'b/settings.py': settings('True if os.environ.get("DEBUG", "True") == "True" else False'),
    'ok/settings.py': settings("config('DEBUG', cast=bool, default=False)"),
  };
  const out = await runCase(debugMode, { name: 'decouple-order', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['a/settings.py:4:9', 'b/settings.py:4:9']);
});

it('reads `False if <comparison> else True` as the negated comparison', () => {
  expect(trueWhenUnset('False if os.getenv("ENVIRONMENT") == "production" else True')).toBe('ENVIRONMENT');
  expect(trueWhenUnset('False if (os.environ.get("DJANGO_ENV", "development") != "development") else True')).toBe('DJANGO_ENV');
  expect(trueWhenUnset('False if os.getenv("DEBUG", "0") == "0" else True')).toBeNull();
  expect(trueWhenUnset('False if os.getenv("APP_ENV") in ("production", "staging") else True')).toBe('APP_ENV');
  // A platform's own variable: the deploy cannot forget it.
  expect(trueWhenUnset('False if os.getenv("DYNO") is not None else True')).toBeNull();
  expect(trueWhenUnset('False if x else True')).toBeNull();
});

it("applies django-environ's scheme default to a read without its own", async () => {
  expect(withEnvScheme('env("DEBUG")', 'import environ\nenv = environ.Env(\n    DEBUG=(bool, True),\n    ALLOWED_HOSTS=(list, []),\n)\n')).toBe('env.bool("DEBUG", default=True)');
  expect(withEnvScheme('env("DEBUG")', 'env = environ.Env(DEBUG=(bool, False))\n')).toBe('env.bool("DEBUG", default=False)');
  expect(withEnvScheme('env("DEBUG")', 'env = environ.Env(SECRET=(str, ""))\n')).toBe('env("DEBUG")');
  expect(withEnvScheme('env("DEBUG", default=False)', 'env = environ.Env(DEBUG=(bool, True))\n')).toBe('env("DEBUG", default=False)');
  const settings = (scheme: string) => `import environ\nenv = environ.Env(${scheme})\nenviron.Env.read_env()\nDEBUG = env("DEBUG")\nINSTALLED_APPS = ["django.contrib.admin"]\nROOT_URLCONF = "mysite.urls"\n`;
  const out = await runCase(debugMode, { name: 'environ-scheme', files: {
    Procfile: 'web: gunicorn mysite.wsgi\n',
    'on/settings.py': settings('DEBUG=(bool, True)'),
    'off/settings.py': settings('DEBUG=(bool, False)'),
  } });
  expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['on/settings.py:4']);
});

it('reads an untyped env()/config() with a string default as a string: on when unset (QA round 29 pyservers D2)', () => {
  // django-environ casts to the default's type (str) and returns it as written; python-decouple returns it uncast.
  expect(trueWhenUnset('env("DJANGO_DEBUG", default="False")')).toBe('DJANGO_DEBUG');
  expect(trueWhenUnset('env("DEBUG", default="0")')).toBe('DEBUG');
  expect(trueWhenUnset('config("DEBUG", default="False")')).toBe('DEBUG');
  // A bool default, a cast, env.bool and an empty string are off when unset.
  expect(trueWhenUnset('env("DEBUG", default=False)')).toBeNull();
  expect(trueWhenUnset('env("DEBUG", cast=bool, default=False)')).toBeNull();
  expect(trueWhenUnset('env.bool("DEBUG", default=False)')).toBeNull();
  expect(trueWhenUnset('env.bool("DEBUG", default="False")')).toBeNull();
  expect(trueWhenUnset('config("DEBUG", default="False", cast=bool)')).toBeNull();
  expect(trueWhenUnset('env("DEBUG", default="")')).toBeNull();
});

it('fails Django settings with DEBUG = env("DJANGO_DEBUG", default="False") and no cast; a bool default passes', async () => {
  const settings = (expr: string) => `import environ\nenv = environ.Env()\nSECRET_KEY = env("SECRET_KEY")\nDEBUG = ${expr}\nINSTALLED_APPS = []\n`;
  const out = await runCase(debugMode, { files: {
    Procfile: 'web: gunicorn mysite.wsgi\n',
    'a/settings.py': settings('env("DJANGO_DEBUG", default="False")'),
    'b/settings.py': settings('env("DJANGO_DEBUG", default=False)'),
    'c/settings.py': settings('env.bool("DJANGO_DEBUG", default=False)'),
    'd/settings.py': settings('env("DJANGO_DEBUG", cast=bool, default=False)'),
  } });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`)).toEqual(['a/settings.py:4:9']);
  expect(out.findings[0]!.message).toMatch(/^DEBUG = env\("DJANGO_DEBUG", default="False"\) is a string, and any non-empty string is true to Python: the fallback "False" turns debug on/);
});
