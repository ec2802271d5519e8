import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D2: a Flask config file in Python under Flask's own extension (`.cfg`), loaded by `app.config.from_envvar("X")`
// (X set by the deploy to a repository path) or `app.config.from_pyfile("x.cfg")`, is the app's settings module: debug-mode,
// cookie-flags, cors-wildcard and default-credentials read it as they read a `.py` one. A `.cfg` nothing loads, and INI `.cfg`
// files (setup.cfg), are not read.
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

const cfg = 'DEBUG = True\nSECRET_KEY = "changeme"\nSESSION_COOKIE_SECURE = False\nSESSION_COOKIE_HTTPONLY = False\nCORS_ORIGINS = "*"\n';
const app = (load: string) => `from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\n${load}\nCORS(app, origins=app.config["CORS_ORIGINS"])\n`;
const dockerfile = (env: string) => `FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n${env}USER 10001\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]\n`;
const repo = (load: string, env: string, extra: Record<string, string> = {}) => ({
  'requirements.txt': 'flask==3.0.3\nflask-cors==4.0.1\ngunicorn==22.0.0\n',
  'app/__init__.py': app(load),
  'deploy/production.cfg': cfg,
  'setup.cfg': '[flake8]\nmax-line-length = 120\n\n[settings]\nDEBUG = True\nSECRET_KEY = changeme\n',
  Dockerfile: dockerfile(env),
  ...extra,
});
const envvar = repo('app.config.from_envvar("APP_SETTINGS")', 'ENV APP_SETTINGS=/app/deploy/production.cfg\n');
const BY = 'app.config.from_envvar("APP_SETTINGS") in app/__init__.py:5 with APP_SETTINGS set in Dockerfile:5';

describe('Flask config files loaded by from_envvar/from_pyfile (QA51 configlibs D2)', () => {
  it('from_envvar with the image setting the variable: all four checks fail at the .cfg', async () => {
    const debug = await run(debugMode, envvar);
    expect(debug).toEqual([expect.stringMatching(/^deploy\/production\.cfg:1 fail DEBUG = True in this Flask config file \(loaded by app\.config\.from_envvar/)]);
    expect(debug[0]).toContain(BY);
    expect(await run(defaultCredentials, envvar)).toEqual([expect.stringMatching(/^deploy\/production\.cfg:2 fail SECRET_KEY is set to a placeholder value/)]);
    const cookie = await run(cookieFlags, envvar);
    expect(cookie).toEqual([
      expect.stringMatching(/^deploy\/production\.cfg:3 fail SESSION_COOKIE_SECURE = False /),
      expect.stringMatching(/^deploy\/production\.cfg:4 fail SESSION_COOKIE_HTTPONLY = False /),
    ]);
    expect(cookie[0]).toContain(`(${BY} selects this module for production)`);
    expect(await run(corsWildcard, envvar)).toEqual([expect.stringMatching(/^deploy\/production\.cfg:5 fail CORS_ORIGINS = "\*" allows any origin/)]);
  });

  it('from_pyfile naming the file (in a joined path) reads it too', async () => {
    const files = repo('app.config.from_pyfile(os.path.join(os.path.dirname(__file__), "..", "deploy", "production.cfg"))', '');
    expect(await run(debugMode, files)).toEqual([expect.stringMatching(/^deploy\/production\.cfg:1 fail DEBUG = True in this Flask config file/)]);
    expect(await run(defaultCredentials, files)).toEqual([expect.stringMatching(/^deploy\/production\.cfg:2 fail /)]);
  });

  it('a .cfg nothing loads, a variable set only in development config, a load in a development branch: not read', async () => {
    const none = repo('app.config.from_object("config.Config")', '');
    const devOnly = repo('app.config.from_envvar("APP_SETTINGS")', '', { 'docker-compose.override.yml': 'services:\n  web:\n    environment:\n      APP_SETTINGS: /app/deploy/production.cfg\n' });
    const devBranch = repo('if os.environ.get("FLASK_ENV") == "development":\n    app.config.from_pyfile("production.cfg")', '');
    for (const files of [none, devOnly, devBranch]) {
      for (const check of [debugMode, defaultCredentials, cookieFlags, corsWildcard]) {
        expect((await run(check, files)).filter((f) => /\.cfg:/.test(f))).toEqual([]);
      }
    }
  });

  it('an INI .cfg the app loads is not read as Python', async () => {
    const files = repo('app.config.from_envvar("APP_SETTINGS")', 'ENV APP_SETTINGS=/app/deploy/production.cfg\n', { 'deploy/production.cfg': '[app]\nDEBUG = True\nSECRET_KEY = changeme\n' });
    for (const check of [debugMode, defaultCredentials, cookieFlags, corsWildcard]) expect((await run(check, files)).filter((f) => /\.cfg:/.test(f))).toEqual([]);
  });
});
