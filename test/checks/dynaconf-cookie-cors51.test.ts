import { expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D8 (rest): dynaconf's settings.toml environment the deploy selects (`ENV_FOR_DYNACONF=production`) is production
// configuration for cookie-flags and cors-wildcard too, as debug-mode and default-credentials read it.
const REQS = 'flask==3.0.3\ndynaconf==3.2.5\nflask-cors==4.0.1\ngunicorn==22.0.0\n';
const APP = 'from flask import Flask\nfrom dynaconf import FlaskDynaconf\n\napp = Flask(__name__)\nFlaskDynaconf(app, settings_files=["settings.toml"], environments=True)\n';
const TOML = '[default]\ndebug = false\nsession_cookie_secure = true\n\n[development]\nsession_cookie_httponly = false\ncors_origins = "*"\n\n[production]\nsession_cookie_secure = false\ncors_origins = "*"\n';
const dockerfile = (env: string) => `FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n${env}USER 10001\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]\n`;
const found = async (files: Record<string, string>) => {
  const out: string[] = [];
  for (const check of [cookieFlags, corsWildcard]) {
    const r = await runCase(check, { name: 'dynaconf', files });
    expect(r.error).toBeUndefined();
    for (const f of r.findings) if (f.file === 'settings.toml') out.push(`${check.id} ${f.line}:${f.column} ${f.note ? 'info' : 'fail'} ${f.message}`);
  }
  return out;
};
const repo = (env: string, toml = TOML, reqs = REQS) => ({ 'requirements.txt': reqs, 'app/__init__.py': APP, 'settings.toml': toml, Dockerfile: dockerfile(env) });

it('reads the [production] section ENV_FOR_DYNACONF selects: session_cookie_secure = false and cors_origins = "*" fail', async () => {
  expect(await found(repo('ENV ENV_FOR_DYNACONF=production\n'))).toEqual([
    "cookie-flags 10:25 fail session_cookie_secure = false in [production] of settings.toml (what production runs: ENV ENV_FOR_DYNACONF in Dockerfile:5 selects dynaconf's environment) sends the session cookie over plain HTTP; remove the override or set it to true in production",
    expect.stringMatching(/^cors-wildcard 11:17 fail cors_origins = "\*" in \[production\] of settings\.toml \(what production runs: ENV ENV_FOR_DYNACONF in Dockerfile:5 selects dynaconf's environment\) allows any origin/),
  ]);
});

it('reads nothing without a production selection, with a development one, without dynaconf, or where production turns it off', async () => {
  expect(await found(repo(''))).toEqual([]);
  expect(await found(repo('ENV ENV_FOR_DYNACONF=development\n'))).toEqual([]);
  expect(await found(repo('ENV ENV_FOR_DYNACONF=production\n', TOML, 'flask==3.0.3\n'))).toEqual([]);
  expect(await found(repo('ENV ENV_FOR_DYNACONF=production\n', '[default]\nsession_cookie_secure = false\ncors_origins = "*"\n[production]\nsession_cookie_secure = true\ncors_origins = "https://app.example.com"\n'))).toEqual([]);
});
