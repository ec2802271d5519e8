import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D3: the module gunicorn serves loads DevelopmentConfig unconditionally (`app.config.from_object(DevelopmentConfig)`):
// that class is production's configuration, whatever its name — no "development-only" note.
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

const config = 'import os\n\n\nclass Config:\n    SECRET_KEY = os.environ.get("SECRET_KEY")\n    SESSION_COOKIE_SECURE = True\n\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n    SESSION_COOKIE_SECURE = False\n    CORS_ORIGINS = "*"\n\n\nclass ProductionConfig(Config):\n    pass\n';
const init = (load: string) => `from flask import Flask\nfrom flask_cors import CORS\nfrom config import DevelopmentConfig, ProductionConfig\n\napp = Flask(__name__)\n${load}\nCORS(app)\n`;
const files = (load: string) => ({
  'requirements.txt': 'flask==3.0.3\nflask-cors==4.0.1\ngunicorn==22.0.0\n', 'config.py': config, 'app/__init__.py': init(load),
  Dockerfile: 'FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nUSER 10001\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]\n',
});
const BY = 'app.config.from_object(DevelopmentConfig) in app/__init__.py:6 selects this class for production';

describe('a development config class the served code loads unconditionally (QA51 configlibs D3)', () => {
  it('cookie-flags and cors-wildcard fail at the class, naming the load', async () => {
    const f = files('app.config.from_object(DevelopmentConfig)');
    const cookie = await run(cookieFlags, f);
    expect(cookie).toEqual([expect.stringMatching(/^config\.py:11 fail SESSION_COOKIE_SECURE = False \(/)]);
    expect(cookie[0]).toContain(BY);
    const cors = await run(corsWildcard, f);
    expect(cors).toEqual([expect.stringMatching(/^config\.py:12 fail /)]);
    expect(cors[0]).toContain(BY);
  });

  it('a load under a development guard, or of the production class, keeps the class a development-only note', async () => {
    for (const load of ['app.config.from_object(ProductionConfig)', 'if app.debug:\n    app.config.from_object(DevelopmentConfig)', 'if os.environ.get("FLASK_ENV") == "development":\n    app.config.from_object(DevelopmentConfig)']) {
      const f = files(load);
      if (load.includes('os.environ')) f['app/__init__.py'] = `import os\n${f['app/__init__.py']}`;
      expect((await run(cookieFlags, f)).map((l) => l.split(' ').slice(0, 2).join(' ')), load).toEqual(['config.py:11 note']);
      expect((await run(corsWildcard, f)).map((l) => l.split(' ').slice(0, 2).join(' ')), load).toEqual(['config.py:12 note']);
    }
  });
});
