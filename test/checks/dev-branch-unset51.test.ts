import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D15: `if os.getenv("ENVIRONMENT", "local") == "local":` is the branch production takes whenever the deploy does
// not set ENVIRONMENT — no development-only code (the production-server rule: "its condition holds with its variables unset").
async function run(check: typeof corsWildcard, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.severity} ${f.message}`);
}

const main = (cond: string, pre = '') => `import os\nfrom fastapi import FastAPI\nfrom starlette.middleware.cors import CORSMiddleware\n${pre}\napp = FastAPI()\n\nif ${cond}:\n    app.add_middleware(\n        CORSMiddleware,\n        allow_origins=["*"],\n        allow_credentials=True,\n    )\n`;
const base = { 'requirements.txt': 'fastapi==0.111.0\nuvicorn==0.30.1\n' };

describe('a Python development guard that holds with its variables unset (QA51 configlibs D15)', () => {
  it('os.getenv("ENVIRONMENT", "local") == "local", directly or through a module constant, is production code', async () => {
    for (const [cond, pre] of [['os.getenv("ENVIRONMENT", "local") == "local"', ''], ['ENVIRONMENT == "local"', 'ENVIRONMENT = os.getenv("ENVIRONMENT", "local")'], ['os.environ.get("APP_ENV", "dev") != "production"', '']] as const) {
      const lines = await run(corsWildcard, { ...base, 'app/main.py': main(cond, pre) });
      expect(lines, cond).toEqual([expect.stringMatching(/^app\/main\.py:10 fail critical /)]);
    }
  });

  it('the same guards with a production default, or none, stay development-only notes', async () => {
    for (const [cond, pre] of [['os.getenv("ENVIRONMENT", "production") == "local"', ''], ['os.environ.get("APP_ENV") == "development"', ''], ['ENVIRONMENT == "local"', 'ENVIRONMENT = os.getenv("ENVIRONMENT", "production")'], ['settings.ENVIRONMENT == "local"', 'from app.config import settings']] as const) {
      const lines = await run(corsWildcard, { ...base, 'app/main.py': main(cond, pre) });
      expect(lines, cond).toEqual([expect.stringMatching(/^app\/main\.py:10 note .*development-only/)]);
    }
  });

  it('a deploy that sets the variable turns the branch off: development-only again (review of stop 51)', async () => {
    const app = 'import os\nfrom flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nENV = os.getenv("APP_ENV", "development")\n\nif ENV == "development":\n    CORS(app)\n    app.config["SESSION_COOKIE_SECURE"] = False\n';
    const files = { 'app.py': app, 'requirements.txt': 'flask\nflask-cors\ngunicorn\n' };
    const deployed = { ...files, Dockerfile: 'FROM python:3.12\nENV APP_ENV=production\nCMD ["gunicorn", "app:app"]\n' };
    expect(await run(corsWildcard, deployed)).toEqual([expect.stringMatching(/^app\.py:8 note .*development-only/)]);
    expect(await run(cookieFlags, deployed)).toEqual([expect.stringMatching(/^app\.py:9 note /)]);
    // Unset by every deploy config: the branch is production's, and the finding says why.
    expect(await run(corsWildcard, files)).toEqual([expect.stringMatching(/^app\.py:8 fail .*its condition holds with APP_ENV unset, and no deploy config sets it/)]);
    expect(await run(cookieFlags, files)).toEqual([expect.stringMatching(/^app\.py:9 fail /)]);
  });

  it('cookie-flags reads the same guard', async () => {
    const settings = 'import os\n\nif os.environ.get("DJANGO_ENV", "development") == "development":\n    SESSION_COOKIE_SECURE = False\n';
    expect(await run(cookieFlags, { 'mysite/settings.py': settings })).toEqual([expect.stringMatching(/^mysite\/settings\.py:4 fail /)]);
    expect(await run(cookieFlags, { 'mysite/settings.py': settings.replace('"development")', '"production")') })).toEqual([expect.stringMatching(/^mysite\/settings\.py:4 note /)]);
  });
});
