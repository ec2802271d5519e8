import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs: pydantic's `Field(default=True)`, `Field(True, …)`, `Field(default=True, alias=…)` give a pydantic-settings field
// its default exactly as `reload: bool = True` does (util/settings-fields.ts): production-server's `uvicorn.run(reload=settings.reload)`
// and debug-mode's `FastAPI(debug=settings.ENVIRONMENT == "local")` follow them; an alias is the variable the deploy sets.
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}
const cfg = (field: string) => `from pydantic import Field\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_prefix="APP_")\n    ${field}\n    port: int = 8000\n\n\nsettings = Settings()\n`;
const DF = (cmd: string, env = '') => `FROM python:3.12.3-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install -r requirements.txt\n${env}USER 10001\nCMD ${cmd}\n`;
const REQ = 'fastapi==0.111.0\npydantic-settings==2.3.0\nuvicorn==0.30.1\n';

describe('production-server: uvicorn.run(reload=settings.reload) with a Field(...) default', () => {
  const files = (field: string, env = '') => ({
    'requirements.txt': REQ, 'app/config.py': cfg(field), 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
    'app/__main__.py': 'import uvicorn\nfrom app.config import settings\n\nif __name__ == "__main__":\n    uvicorn.run("app.main:app", host="0.0.0.0", port=settings.port, reload=settings.reload)\n',
    Dockerfile: DF('["python", "-m", "app"]', env),
  });
  it('a true default fails as reload: bool = True does', async () => {
    for (const field of ['reload: bool = Field(default=True)', 'reload: bool = Field(True, description="auto-reload")', 'reload: bool = Field(default=True, alias="UVICORN_AUTORELOAD")', 'reload: bool = pydantic.Field(description="x", default=True)']) {
      expect(await run(productionServer, files(field)), field).toEqual([expect.stringMatching(/^Dockerfile:6 fail CMD starts a development server: python -m app calling uvicorn\.run\(\) \(app\/__main__\.py:5\)/)]);
    }
  });
  it('a false default, a default factory, or the deploy setting the variable (the alias when there is one) passes', async () => {
    for (const [field, env] of [
      ['reload: bool = Field(default=False)', ''], ['reload: bool = Field(default_factory=lambda: True)', ''],
      ['reload: bool = Field(default=True)', 'ENV APP_RELOAD=false\n'], ['reload: bool = Field(default=True, alias="UVICORN_AUTORELOAD")', 'ENV UVICORN_AUTORELOAD=false\n'],
    ] as const) expect(await run(productionServer, files(field, env)), `${field} ${env}`).toEqual([]);
  });
});

describe('debug-mode: a settings field compared with literals, defaulted through Field(...)', () => {
  const files = (field: string, env = '') => ({
    'requirements.txt': REQ, 'app/config.py': cfg(field),
    'app/main.py': 'from fastapi import FastAPI\nfrom app.config import settings\n\napp = FastAPI(debug=settings.ENVIRONMENT == "local")\n',
    Dockerfile: DF('["uvicorn", "app.main:app", "--host", "0.0.0.0"]', env),
  });
  it('Field(default="local") is the default production runs unless the deploy sets the variable', async () => {
    expect((await run(debugMode, files('ENVIRONMENT: str = Field(default="local")'))).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['app/main.py:4 fail']);
    expect(await run(debugMode, files('ENVIRONMENT: str = Field(default="local")', 'ENV APP_ENVIRONMENT=production\n'))).toEqual([]);
    expect(await run(debugMode, files('ENVIRONMENT: str = Field("production", description="where")'))).toEqual([]);
  });
});
