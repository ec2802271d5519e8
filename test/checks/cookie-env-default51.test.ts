import { describe, expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { falseWhenUnset, trueWhenUnset } from '../../src/checks/util/env-bool.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D4: a Python cookie setting read from the environment with a False default (python-decouple, django-environ,
// os.environ) is False wherever the deploy leaves the variable unset — judged by its default, as Laravel's `env(…, false)` is.
async function run(files: Record<string, string>) {
  const out = await runCase(cookieFlags, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

const settings = (lines: string) => `import os\nimport environ\nfrom decouple import config\n\nenv = environ.Env()\nSECRET_KEY = config("SECRET_KEY")\n${lines}\n`;

describe('cookie-flags: Python environment reads with a False default (QA51 configlibs D4)', () => {
  it('decouple config(…, default=False, cast=bool), env.bool(…, default=False) and os.environ.get(…, "False") == "True" fail', async () => {
    const lines = await run({ 'mysite/settings.py': settings('SESSION_COOKIE_HTTPONLY = config("SESSION_COOKIE_HTTPONLY", default=False, cast=bool)\nSESSION_COOKIE_SECURE = env.bool("DJANGO_SESSION_COOKIE_SECURE", default=False)\nCSRF_COOKIE_SECURE = os.environ.get("CSRF_COOKIE_SECURE", "False") == "True"') });
    expect(lines).toEqual([
      expect.stringMatching(/^mysite\/settings\.py:7 fail SESSION_COOKIE_HTTPONLY = config\("SESSION_COOKIE_HTTPONLY", default=False, cast=bool\) \(False when SESSION_COOKIE_HTTPONLY is unset\) makes the session cookie readable by JavaScript/),
      expect.stringMatching(/^mysite\/settings\.py:8 fail SESSION_COOKIE_SECURE = env\.bool\("DJANGO_SESSION_COOKIE_SECURE", default=False\) \(False when DJANGO_SESSION_COOKIE_SECURE is unset\) sends the session cookie over plain HTTP/),
      expect.stringMatching(/^mysite\/settings\.py:9 fail CSRF_COOKIE_SECURE = .* \(False when CSRF_COOKIE_SECURE is unset\) sends the CSRF cookie over plain HTTP/),
    ]);
  });

  it('a deploy environment that sets the variable true, a True default, no default, and development-only files do not fail', async () => {
    const s = settings('SESSION_COOKIE_SECURE = env.bool("DJANGO_SESSION_COOKIE_SECURE", default=False)');
    expect(await run({ 'mysite/settings.py': s, 'docker-compose.yml': 'services:\n  web:\n    image: shop/web:1.0\n    environment:\n      DJANGO_SESSION_COOKIE_SECURE: "true"\n' })).toEqual([]);
    expect(await run({ 'mysite/settings.py': settings('SESSION_COOKIE_SECURE = env.bool("DJANGO_SESSION_COOKIE_SECURE", default=True)\nSESSION_COOKIE_HTTPONLY = config("SESSION_COOKIE_HTTPONLY", cast=bool)\nCSRF_COOKIE_SECURE = os.environ.get("HTTPS") == "on"') })).toEqual([]);
    expect(await run({ 'mysite/settings/local.py': settings('SESSION_COOKIE_SECURE = env.bool("DJANGO_SESSION_COOKIE_SECURE", default=False)') }))
      .toEqual([expect.stringMatching(/^mysite\/settings\/local\.py:7 note .*\(development-only\)$/)]);
  });

  it('falseWhenUnset is trueWhenUnset the other way; both leave what they cannot evaluate alone', () => {
    expect(falseWhenUnset('config("X", default=False, cast=bool)')).toBe('X');
    expect(falseWhenUnset('env.bool("X", default="0")')).toBe('X');
    expect(falseWhenUnset('bool(int(os.getenv("X", "0")))')).toBe('X');
    expect(falseWhenUnset('os.getenv("X", "off").lower() in ("1", "true", "on")')).toBe('X');
    expect(falseWhenUnset('env.bool("X", default=True)')).toBeNull();
    expect(falseWhenUnset('env.bool("X")')).toBeNull();
    expect(falseWhenUnset('os.environ.get("X") == "1"')).toBeNull();
    expect(trueWhenUnset('config("X", default=False, cast=bool)')).toBeNull();
    expect(trueWhenUnset('env.bool("X", default=True)')).toBe('X');
  });
});
