import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D3 (remainder): flasky's `config = {…, "default": DevelopmentConfig}` with `app.config.from_object(config[config_name])`
// and `create_app(os.getenv("FLASK_CONFIG") or "default")`: where no deploy config sets FLASK_CONFIG, production loads the "default"
// entry, DevelopmentConfig, and its settings are production's; with FLASK_CONFIG=production deployed, DevelopmentConfig stays a note.
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

const CONFIG = `import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_SECURE = True


class DevelopmentConfig(Config):
    DEBUG = True
    SESSION_COOKIE_SECURE = False
    CORS_ORIGINS = "*"


class TestingConfig(Config):
    TESTING = True


class ProductionConfig(Config):
    pass


config = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
    "default": DevelopmentConfig,
}
`;
const INIT = 'from flask import Flask\nfrom flask_cors import CORS\nfrom config import config\n\n\ndef create_app(config_name):\n    app = Flask(__name__)\n    app.config.from_object(config[config_name])\n    CORS(app)\n    return app\n';
const DF = (env = '') => `FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n${env}USER 10001\nCMD ["gunicorn", "wsgi:app", "-b", "0.0.0.0:8000"]\n`;
const files = (read: string, env = '', init = INIT) => ({
  'requirements.txt': 'flask==3.0.3\nflask-cors==4.0.1\ngunicorn==22.0.0\n', 'config.py': CONFIG, 'app/__init__.py': init,
  'wsgi.py': `import os\nfrom app import create_app\n\napp = create_app(${read})\n`, Dockerfile: DF(env),
  'tests/conftest.py': 'from app import create_app\n\napp = create_app("testing")\n',
});
const BY = 'app.config.from_object(config["default"]) in app/__init__.py:8 (create_app(os.getenv("FLASK_CONFIG") or "default") in wsgi.py:4, with FLASK_CONFIG set by no deploy config) selects this class for production';
const kinds = (lines: string[]) => lines.map((l) => l.split(' ').slice(0, 2).join(' '));

describe('a config dict entry production selects (QA51 configlibs D3, flasky)', () => {
  it('no deploy config sets FLASK_CONFIG: the "default" entry (DevelopmentConfig) is production\'s', async () => {
    for (const read of ['os.getenv("FLASK_CONFIG") or "default"', 'os.environ.get("FLASK_CONFIG", "default")']) {
      const f = files(read);
      const cookie = await run(cookieFlags, f);
      expect(cookie, read).toEqual([expect.stringMatching(/^config\.py:11 fail SESSION_COOKIE_SECURE = False /)]);
      expect(cookie[0]).toContain(BY.replace('os.getenv("FLASK_CONFIG") or "default"', read));
      expect(kinds(await run(corsWildcard, f)), read).toEqual(['config.py:12 fail']);
      const debug = await run(debugMode, f);
      expect(kinds(debug), read).toEqual(['config.py:10 fail']);
      expect(debug[0]).toContain(BY.replace('os.getenv("FLASK_CONFIG") or "default"', read));
    }
  });

  it('the fallback is not assumed where production\'s environment may be set outside the repository, or nothing shows how it starts', async () => {
    const read = 'os.getenv("FLASK_CONFIG") or "default"';
    // flasky itself deploys to Heroku with `heroku config:set FLASK_CONFIG=heroku`: a Procfile's variables live on the platform.
    const { Dockerfile: _df, ...noImage } = files(read);
    expect(kinds(await run(cookieFlags, { ...noImage, Procfile: 'web: gunicorn wsgi:app\n' }))).toEqual(['config.py:11 note']);
    expect(kinds(await run(debugMode, { ...files(read), Procfile: 'web: gunicorn wsgi:app\n' }))).toEqual(['config.py:10 note']);
    expect(kinds(await run(cookieFlags, noImage))).toEqual(['config.py:11 note']);
  });

  it('the read written in the subscript, or assigned in the factory, is followed too', async () => {
    const inline = INIT.replace('def create_app(config_name):', 'import os\n\ndef create_app():').replace('config[config_name]', 'config[os.getenv("FLASK_CONFIG") or "default"]');
    expect(kinds(await run(cookieFlags, files('', '', inline)))).toEqual(['config.py:11 fail']);
    const assigned = INIT.replace('def create_app(config_name):\n', 'import os\n\ndef create_app(config_name=None):\n    if config_name is None:\n        config_name = os.environ.get("FLASK_CONFIG", "default")\n');
    expect(kinds(await run(cookieFlags, files('', '', assigned)))).toEqual(['config.py:11 fail']);
  });

  it('the deploy sets FLASK_CONFIG=production: DevelopmentConfig stays a development-only note', async () => {
    const f = files('os.getenv("FLASK_CONFIG") or "default"', 'ENV FLASK_CONFIG=production\n');
    expect(kinds(await run(cookieFlags, f))).toEqual(['config.py:11 note']);
    expect(kinds(await run(corsWildcard, f))).toEqual(['config.py:12 note']);
    expect(kinds(await run(debugMode, f))).toEqual(['config.py:10 note']);
  });

  it('the deploy sets FLASK_CONFIG=development: that entry is production\'s, naming the setting', async () => {
    const cookie = await run(cookieFlags, files('os.environ.get("FLASK_CONFIG", "production")', 'ENV FLASK_CONFIG=development\n'));
    expect(kinds(cookie)).toEqual(['config.py:11 fail']);
    expect(cookie[0]).toContain('app.config.from_object(config["development"]) in app/__init__.py:8 (create_app(os.environ.get("FLASK_CONFIG", "production")) in wsgi.py:4, with ENV FLASK_CONFIG in Dockerfile:5 setting FLASK_CONFIG=development)');
  });

  it('a fallback naming the production entry, and literal arguments of callers, select no development class', async () => {
    expect(kinds(await run(cookieFlags, files('os.getenv("FLASK_CONFIG") or "production"')))).toEqual(['config.py:11 note']);
    expect(kinds(await run(cookieFlags, files('"development"')))).toEqual(['config.py:11 note']);
  });

  it('debug-mode: DevelopmentConfig loaded unconditionally by the served module fails at the class; a later app.debug = False keeps the note', async () => {
    const direct = (after = '') => ({ ...files(''), 'app/__init__.py': `from flask import Flask\nfrom config import DevelopmentConfig\n\napp = Flask(__name__)\napp.config.from_object(DevelopmentConfig)\n${after}`, 'wsgi.py': 'from app import app\n' });
    const debug = await run(debugMode, direct());
    expect(kinds(debug)).toEqual(['config.py:10 fail']);
    expect(debug[0]).toContain('app.config.from_object(DevelopmentConfig) in app/__init__.py:5 selects this class for production');
    expect(kinds(await run(debugMode, direct('app.debug = False\n')))).toEqual(['config.py:10 note']);
  });
});
