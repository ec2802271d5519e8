import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D15/D14, settings-field part: a pydantic-settings field's default (`ENVIRONMENT: str = "local"`, `reload: bool = True`)
// is what production runs when the deploy leaves its variable unset, followed from `settings.X` in another module: a
// `if settings.ENVIRONMENT == "local":` branch is then production code, `FastAPI(debug=settings.ENVIRONMENT == "local")` is on, and
// `uvicorn.run(…, reload=settings.reload)` runs the reloader.
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

const config = (env = '"local"', prefix = '') => `from typing import Literal\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=".env", extra="ignore"${prefix ? `, env_prefix="${prefix}"` : ''})\n    ENVIRONMENT: Literal["local", "staging", "production"] = ${env}\n    SECRET_KEY: str\n    reload: bool = True\n\n\nsettings = Settings()  # type: ignore\n`;
const MAIN = 'from fastapi import FastAPI\nfrom starlette.middleware.cors import CORSMiddleware\nfrom starlette.middleware.sessions import SessionMiddleware\n\nfrom app.core.config import settings\n\napp = FastAPI(debug=settings.ENVIRONMENT == "local")\n\nif settings.ENVIRONMENT == "local":\n    app.add_middleware(\n        CORSMiddleware,\n        allow_origins=["*"],\n        allow_credentials=True,\n        allow_methods=["*"],\n        allow_headers=["*"],\n    )\n    app.add_middleware(SessionMiddleware, secret_key=settings.SECRET_KEY, https_only=False)\n';
const dockerfile = (env = '', cmd = '["fastapi", "run", "--workers", "4", "app/main.py"]') => `FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n${env}USER 10001\nCMD ${cmd}\n`;
const repo = (opts: { env?: string; default?: string; main?: string; prefix?: string; extra?: Record<string, string>; cmd?: string } = {}) => ({
  'requirements.txt': 'fastapi==0.111.0\npydantic-settings==2.3.0\nuvicorn==0.30.1\nitsdangerous==2.2.0\n',
  'app/__init__.py': '', 'app/core/__init__.py': '',
  'app/core/config.py': config(opts.default, opts.prefix),
  'app/main.py': opts.main ?? MAIN,
  Dockerfile: dockerfile(opts.env, opts.cmd),
  ...opts.extra,
});
const WHY = 'Settings.ENVIRONMENT defaults to "local" at app/core/config.py:7 and no deploy config sets ENVIRONMENT';

describe('a settings field default followed from settings.X (QA51 configlibs D15/D14)', () => {
  it('the "local" branch production takes: cors-wildcard and cookie-flags fail, debug-mode fails the debug= comparison', async () => {
    const files = repo();
    expect(await run(corsWildcard, files)).toEqual([expect.stringMatching(/^app\/main\.py:12 fail CORSMiddleware allow_origins=\["\*"\] allows any origin \(the branch runs in production: /)]);
    expect((await run(corsWildcard, files))[0]).toContain(WHY);
    expect(await run(cookieFlags, files)).toEqual([expect.stringMatching(new RegExp(`^app/main\\.py:17 fail .*\\(the branch runs in production: ${WHY.replace(/[.()]/g, '\\$&')}\\)`))]);
    expect(await run(debugMode, files)).toEqual([expect.stringMatching(new RegExp(`^app/main\\.py:7 fail FastAPI\\(debug=settings\\.ENVIRONMENT == "local"\\) is on in production: ${WHY.replace(/[.()]/g, '\\$&')}; it `))]);
  });

  it('stays development-only when the deploy sets the variable (any case), or the default is production', async () => {
    for (const files of [repo({ env: 'ENV ENVIRONMENT=production\n' }), repo({ env: 'ENV environment=production\n' }), repo({ default: '"production"' })]) {
      expect(await run(corsWildcard, files)).toEqual([expect.stringMatching(/^app\/main\.py:12 note .*development-only/)]);
      expect(await run(cookieFlags, files)).toEqual([expect.stringMatching(/^app\/main\.py:17 note /)]);
      expect(await run(debugMode, files)).toEqual([]);
    }
    // With an env_prefix, the variable is APP_ENVIRONMENT.
    expect(await run(corsWildcard, repo({ prefix: 'APP_', env: 'ENV APP_ENVIRONMENT=production\n' }))).toEqual([expect.stringMatching(/^app\/main\.py:12 note /)]);
    expect(await run(corsWildcard, repo({ prefix: 'APP_', env: 'ENV ENVIRONMENT=production\n' }))).toEqual([expect.stringMatching(/^app\/main\.py:12 fail /)]);
  });

  it('a guard on something that is no settings field of the project stays development-only', async () => {
    const main = MAIN.replace('from app.core.config import settings', 'from somewhere import settings').replace(/settings\.ENVIRONMENT/g, 'settings.STAGE');
    expect(await run(corsWildcard, repo({ main }))).toEqual([expect.stringMatching(/^app\/main\.py:12 note /)]);
  });

  it('production-server follows uvicorn.run(reload=settings.reload) to the field default', async () => {
    const runner = 'import uvicorn\nfrom app.core.config import settings\n\nif __name__ == "__main__":\n    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, reload=settings.reload)\n';
    const files = (env = '', prefix = '') => repo({ env, prefix, cmd: '["python", "-m", "app"]', main: 'from fastapi import FastAPI\napp = FastAPI()\n', extra: { 'app/__main__.py': runner } });
    expect(await run(productionServer, files())).toEqual([expect.stringMatching(/^Dockerfile:6 fail .*uvicorn\.run\(\) \(app\/__main__\.py:5\)/)]);
    expect(await run(productionServer, files('', 'APP_'))).toEqual([expect.stringMatching(/^Dockerfile:6 fail /)]);
    expect(await run(productionServer, files('ENV APP_RELOAD=false\n', 'APP_'))).toEqual([]);
    expect(await run(productionServer, repo({ cmd: '["python", "-m", "app"]', main: 'from fastapi import FastAPI\napp = FastAPI()\n', extra: { 'app/__main__.py': runner, 'app/core/config.py': config().replace('reload: bool = True', 'reload: bool = False') } }))).toEqual([]);
  });
});
