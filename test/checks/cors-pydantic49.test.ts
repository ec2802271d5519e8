import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';

// QA stop 49 (fullrepos27 D3): a lower-case pydantic-settings field `cors_origins: list[str] = ["*"]` handed to
// `CORSMiddleware(allow_origins=settings.cors_origins, allow_credentials=True)` passed, while the upper-case field failed
// critical. pydantic-settings reads a field from the environment in any case (`cors_origins` from `CORS_ORIGINS`), so the field
// is the setting, and the deploy environment's variable replaces its default.

const settingsPy = (field: string, value = '["*"]', extra = '') => `from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n${extra}    debug: bool = False\n    ${field}: list[str] = ${value}\n\n\nsettings = Settings()\n`;
const mainPy = (attr: string, credentials = true) => `from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\nfrom app.config import settings\n\napp = FastAPI()\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=settings.${attr},\n${credentials ? '    allow_credentials=True,\n' : ''}    allow_methods=["*"],\n)\n`;
const compose = (env: string) => `services:\n  api:\n    image: acme/api:1.0.0\n    environment:\n      ${env}\n`;
const found = async (files: Record<string, string>) => (await runCase(corsWildcard, { name: 'pydantic49', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : f.severity ?? 'high'}`).sort();

describe('fullrepos27 D3: pydantic-settings CORS fields in any case', () => {
  it('a lower-case field read by a credentialed CORSMiddleware is critical, as the upper-case one is', async () => {
    expect(await found({ 'app/config.py': settingsPy('cors_origins'), 'app/main.py': mainPy('cors_origins') })).toEqual(['app/config.py:6 critical']);
    expect(await found({ 'app/config.py': settingsPy('CORS_ORIGINS'), 'app/main.py': mainPy('CORS_ORIGINS') })).toEqual(['app/config.py:6 critical']);
    // A prefixed field and a comprehension over it.
    expect(await found({ 'app/config.py': settingsPy('backend_cors_origins'), 'app/main.py': mainPy('backend_cors_origins').replace('settings.backend_cors_origins', '[str(o) for o in settings.backend_cors_origins]') })).toEqual(['app/config.py:6 critical']);
  });
  it('without credentials the lower-case field is high; a listed origin passes', async () => {
    expect(await found({ 'app/config.py': settingsPy('cors_origins'), 'app/main.py': mainPy('cors_origins', false) })).toEqual(['app/config.py:6 high']);
    expect(await found({ 'app/config.py': settingsPy('cors_origins', '["https://app.example.com"]'), 'app/main.py': mainPy('cors_origins') })).toEqual([]);
  });
  it('the deploy environment replaces the field\'s default (matched in any case, with env_prefix)', async () => {
    const app = { 'app/main.py': mainPy('cors_origins') };
    expect(await found({ ...app, 'app/config.py': settingsPy('cors_origins'), 'docker-compose.yml': compose('CORS_ORIGINS: \'["https://app.example.com"]\'') })).toEqual([]);
    expect(await found({ 'app/main.py': mainPy('CORS_ORIGINS'), 'app/config.py': settingsPy('CORS_ORIGINS'), 'docker-compose.yml': compose('CORS_ORIGINS: https://app.example.com') })).toEqual([]);
    const prefixed = settingsPy('cors_origins', '["*"]', '    model_config = SettingsConfigDict(env_prefix="APP_")\n');
    expect(await found({ ...app, 'app/config.py': prefixed, 'docker-compose.yml': compose('APP_CORS_ORIGINS: https://app.example.com') })).toEqual([]);
    // Another variable, or the field's name without its prefix, replaces nothing.
    expect(await found({ ...app, 'app/config.py': settingsPy('cors_origins'), 'docker-compose.yml': compose('ALLOWED_HOSTS: api.example.com') })).toEqual(['app/config.py:6 critical']);
    expect(await found({ ...app, 'app/config.py': prefixed, 'docker-compose.yml': compose('CORS_ORIGINS: https://app.example.com') })).toEqual(['app/config.py:7 critical']);
    // case_sensitive=True: only the field's own spelling is read.
    const strict = settingsPy('cors_origins', '["*"]', '    model_config = SettingsConfigDict(case_sensitive=True)\n');
    expect(await found({ ...app, 'app/config.py': strict, 'docker-compose.yml': compose('CORS_ORIGINS: https://app.example.com') })).toEqual(['app/config.py:7 critical']);
  });
  it('a lower-case name outside a pydantic-settings class is no setting', async () => {
    const main = mainPy('cors_origins');
    // A plain class (Flask reads upper-case names only), a pydantic BaseModel, a module variable.
    expect(await found({ 'app/config.py': 'class Config:\n    cors_origins = ["*"]\n\n\nsettings = Config()\n', 'app/main.py': main })).toEqual([]);
    expect(await found({ 'app/config.py': 'from pydantic import BaseModel\n\n\nclass Settings(BaseModel):\n    cors_origins: list[str] = ["*"]\n\n\nsettings = Settings()\n', 'app/main.py': main })).toEqual([]);
    expect(await found({ 'app/config.py': 'cors_origins = ["*"]\n', 'app/main.py': main })).toEqual([]);
  });
  it('a settings class deriving from the project\'s own BaseSettings subclass counts', async () => {
    const py = 'from pydantic_settings import BaseSettings\n\n\nclass Common(BaseSettings):\n    debug: bool = False\n\n\nclass Settings(Common):\n    cors_origins: list[str] = ["*"]\n\n\nsettings = Settings()\n';
    expect(await found({ 'app/config.py': py, 'app/main.py': mainPy('cors_origins') })).toEqual(['app/config.py:9 critical']);
  });
});
