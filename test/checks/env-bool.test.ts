import { expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { trueWhenSet, trueWhenUnset } from '../../src/checks/util/env-bool.js';
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
