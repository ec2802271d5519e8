import { expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D8: dynaconf's settings.toml: the environment the deploy selects (`ENV_FOR_DYNACONF=production`) is production
// configuration, with the `[default]` values it does not set itself; without a selection dynaconf runs development.
const REQS = 'flask==3.0.3\ndynaconf==3.2.5\ngunicorn==22.0.0\n';
const TOML = '[default]\ndebug = false\napi_token = "changeme"\n\n[development]\ndebug = true\nsecret_key = "changeme"\n\n[production]\ndebug = true\nsecret_key = "changeme"\n';
const dockerfile = (env: string) => `FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n${env}USER 10001\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]\n`;
const found = async (files: Record<string, string>) => {
  const out: string[] = [];
  for (const check of [debugMode, defaultCredentials]) {
    const r = await runCase(check, { name: 'dynaconf', files });
    expect(r.error).toBeUndefined();
    for (const f of r.findings) if (f.file === 'settings.toml') out.push(`${check.id} ${f.line} ${f.note ? 'info' : (f.severity ?? check.severity)}`);
  }
  return out.sort();
};

it('reads the [production] section ENV_FOR_DYNACONF selects, and the [default] values it inherits', async () => {
  expect(await found({ 'requirements.txt': REQS, 'settings.toml': TOML, Dockerfile: dockerfile('ENV ENV_FOR_DYNACONF=production\n') })).toEqual([
    'debug-mode 10 critical',
    'default-credentials 11 high',
    'default-credentials 3 high',
  ]);
});

it('reads nothing without a production selection, with a development one, or without dynaconf', async () => {
  expect(await found({ 'requirements.txt': REQS, 'settings.toml': TOML, Dockerfile: dockerfile('') })).toEqual([]);
  expect(await found({ 'requirements.txt': REQS, 'settings.toml': TOML, Dockerfile: dockerfile('ENV ENV_FOR_DYNACONF=development\n') })).toEqual([]);
  expect(await found({ 'requirements.txt': 'flask==3.0.3\n', 'settings.toml': TOML, Dockerfile: dockerfile('ENV ENV_FOR_DYNACONF=production\n') })).toEqual([]);
  // [production] turning debug off over a [default] true.
  expect(await found({ 'requirements.txt': REQS, 'settings.toml': '[default]\ndebug = true\n[production]\ndebug = false\n', Dockerfile: dockerfile('ENV ENV_FOR_DYNACONF=production\n') })).toEqual([]);
});
