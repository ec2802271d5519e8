import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

// FastAPI/Starlette debug mode (QA round 23): `FastAPI(debug=True)` makes Starlette's ServerErrorMiddleware answer every
// unhandled error with the traceback page (source lines of every frame), whatever server runs the app.
const FASTAPI = 'from fastapi import FastAPI\n';
const ROUTES = '\n\n@app.get("/")\ndef root():\n    return {"ok": True}\n';
const SETTINGS = (field: string) => `from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    project_name: str = "api"\n    ${field}\n\n\nsettings = Settings()\n`;

// Starlette's documented settings pattern: starlette.config.Config, read with a cast and a default.
const STARLETTE_CONFIG = (dflt: string) => `from starlette.applications import Starlette\nfrom starlette.config import Config\n\nconfig = Config(".env")\nDEBUG = config("DEBUG", cast=bool${dflt})\n\napp = Starlette(debug=DEBUG, routes=[])\n`;

testCheck(debugMode, {
  valid: [
    { name: 'asgi: FastAPI without debug, debug=False, and an off env read', files: {
      'a/main.py': `${FASTAPI}\napp = FastAPI(title="api", docs_url=None)${ROUTES}`,
      'b/main.py': `${FASTAPI}\napp = FastAPI(debug=False)${ROUTES}`,
      'c/main.py': `import os\n${FASTAPI}\napp = FastAPI(debug=os.getenv("DEBUG", "false").lower() == "true")${ROUTES}`,
      'd/main.py': `import os\n${FASTAPI}\nDEBUG = os.environ.get("DEBUG") == "1"\napp = FastAPI(debug=DEBUG)${ROUTES}`,
    } },
    { name: 'asgi: starlette.config with a false default, or none (Config raises when the variable is unset)', files: {
      'a/app.py': STARLETTE_CONFIG(', default=False'),
      'b/app.py': STARLETTE_CONFIG(''),
    } },
    { name: 'asgi: a factory parameter named debug is not a module constant', files: {
      'app/factory.py': `${FASTAPI}\n\ndef create_app(debug: bool = False) -> FastAPI:\n    return FastAPI(debug=debug)\n`,
    } },
    { name: 'asgi: comments, docstrings and strings', files: {
      'app/main.py': `${FASTAPI}\n# app = FastAPI(debug=True)\nHELP = """\nUse app = FastAPI(debug=True) locally.\n"""\nSNIPPET = "FastAPI(debug=True)"\napp = FastAPI()${ROUTES}`,
    } },
    { name: 'asgi: tests, conftest, examples and docs are not production code', files: {
      'tests/test_errors.py': `${FASTAPI}from fastapi.testclient import TestClient\n\napp = FastAPI(debug=True)\nclient = TestClient(app)\n`,
      'conftest.py': `import pytest\n${FASTAPI}\n@pytest.fixture\ndef app():\n    return FastAPI(debug=True)\n`,
      'examples/hello.py': `${FASTAPI}\napp = FastAPI(debug=True)\n`,
      'docs/tutorial/app.py': 'from starlette.applications import Starlette\n\napp = Starlette(debug=True)\n',
      'app/main.py.example': `${FASTAPI}\napp = FastAPI(debug=True)\n`,
    } },
    { name: 'asgi: look-alikes are not the app\'s debug switch', files: {
      'app/main.py': `import logging\nimport sentry_sdk\nimport uvicorn\n${FASTAPI}from sqlalchemy import create_engine\n\nlogging.basicConfig(level=logging.DEBUG)\nsentry_sdk.init(dsn="https://k@o1.ingest.sentry.io/1", debug=True)\nengine = create_engine("sqlite://", echo=True)\napp = FastAPI()\napp.state.debug = True\n\n\nclass Widget:\n    def __init__(self):\n        self.debug = True\n\n\nif __name__ == "__main__":\n    uvicorn.run(app, log_level="debug")\n`,
      'lib/web.py': 'from mylib import FastAPI, Starlette\n\napp = FastAPI(debug=True)\nother = Starlette(debug=True)\n',
      'svc/api.py': `${FASTAPI}\nclass MyFastAPI(FastAPI):\n    pass\n\n\napp = MyFastAPI(debug=True)\n`,
    } },
    { name: 'asgi: a settings field off by default, or on but never passed to the app', files: {
      'a/app/config.py': SETTINGS('debug: bool = False'),
      'a/app/main.py': `from app.config import settings\n${FASTAPI}\napp = FastAPI(debug=settings.debug)\n`,
      'b/app/config.py': SETTINGS('debug: bool = True'),
      'b/app/db.py': 'from sqlalchemy import create_engine\nfrom app.config import settings\n\nengine = create_engine("sqlite://", echo=settings.debug)\n',
      'b/app/main.py': `${FASTAPI}\napp = FastAPI()\n`,
    } },
  ],
  invalid: [
    { name: 'asgi: FastAPI(debug=True) at module level', files: { 'app/main.py': `${FASTAPI}\napp = FastAPI(title="api", debug=True)${ROUTES}` },
      errors: [{ file: 'app/main.py', line: 3, column: 28, severity: 'critical', message: /^FastAPI\(debug=True\) turns on Starlette's debug mode/ }] },
    { name: 'asgi: Starlette(debug=True) in a call spanning lines', files: { 'app.py': 'from starlette.applications import Starlette\nfrom starlette.routing import Route\n\nfrom .views import homepage\n\napp = Starlette(\n    routes=[Route("/", homepage)],\n    debug=True,\n)\n' },
      errors: [{ file: 'app.py', line: 8, column: 5, message: /^Starlette\(debug=True\)/ }] },
    { name: 'asgi: fastapi.FastAPI(debug=True) and an app factory', files: {
      'svc/main.py': 'import fastapi\n\napp = fastapi.FastAPI(debug=True)\n',
      'api/factory.py': `${FASTAPI}\n\ndef create_app() -> FastAPI:\n    application = FastAPI(\n        title="api",\n        debug=1,\n    )\n    return application\n`,
    }, errors: [{ file: 'api/factory.py', line: 7 }, { file: 'svc/main.py', line: 3, message: /^fastapi\.FastAPI\(debug=True\)/ }] },
    { name: 'asgi: app.debug = True on a FastAPI or Starlette app', files: {
      'app/main.py': `${FASTAPI}\napp = FastAPI()\napp.debug = True${ROUTES}`,
      'web/server.py': 'from starlette.applications import Starlette\n\n\ndef build():\n    application = Starlette(routes=[])\n    application.debug = True\n    return application\n',
    }, errors: [{ file: 'app/main.py', line: 4, column: 1, message: /^app\.debug = True turns on Starlette's debug mode/ }, { file: 'web/server.py', line: 6 }] },
    { name: 'asgi: an env read that defaults to on', files: { 'app/main.py': `import os\n${FASTAPI}\napp = FastAPI(\n    debug=os.getenv("DEBUG", "true").lower() in ("1", "true"),\n)\n` },
      errors: [{ file: 'app/main.py', line: 5, message: /^FastAPI\(debug=…\) defaults to on when DEBUG is unset/ }] },
    { name: 'asgi: a module constant of the same module, reported where it is set', files: { 'app/main.py': `${FASTAPI}\nDEBUG = True\n\napp = FastAPI(debug=DEBUG)${ROUTES}` },
      errors: [{ file: 'app/main.py', line: 3, column: 9, message: /^DEBUG = True is passed to FastAPI\(debug=DEBUG\) at app\/main\.py:5/ }] },
    { name: 'asgi: starlette.config with a true default', files: { 'app.py': STARLETTE_CONFIG(', default=True') },
      errors: [{ file: 'app.py', line: 5, message: /^DEBUG = config\("DEBUG", cast=bool, default=True\) is passed to Starlette\(debug=DEBUG\) at app\.py:7: debug defaults to on when DEBUG is unset/ }] },
    { name: 'asgi: a pydantic settings field debug: bool = True passed as settings.debug', files: {
      'app/core/config.py': SETTINGS('debug: bool = True'),
      'app/main.py': `from app.core.config import settings\n${FASTAPI}\napp = FastAPI(title=settings.project_name, debug=settings.debug)\n`,
    }, errors: [{ file: 'app/core/config.py', line: 6, message: /^debug = True in config class Settings turns on debug mode \(FastAPI\/Starlette: tracebacks .*; read by FastAPI\(debug=settings\.debug\) at app\/main\.py:4\)/ }] },
    { name: 'asgi: Field(default=True) and get_settings().debug', files: {
      'src/settings.py': 'from functools import lru_cache\nfrom pydantic import Field\nfrom pydantic_settings import BaseSettings\n\n\nclass AppSettings(BaseSettings):\n    debug: bool = Field(default=True, description="tracebacks")\n\n\n@lru_cache\ndef get_settings():\n    return AppSettings()\n',
      'src/app.py': `from src.settings import get_settings\n${FASTAPI}\napp = FastAPI(debug=get_settings().debug)\n`,
    }, errors: [{ file: 'src/settings.py', line: 7 }] },
    { name: 'asgi: a constant imported from the project\'s config module', files: {
      'app/config.py': 'import os\n\nDEBUG = True\nDATABASE_URL = os.environ["DATABASE_URL"]\n',
      'app/main.py': `from app.config import DEBUG\n${FASTAPI}\napp = FastAPI(debug=DEBUG)\n`,
      'other/config.py': 'DEBUG = True\n',
      'other/main.py': `from . import config\n${FASTAPI}\napp = FastAPI(debug=config.DEBUG)\n`,
    }, errors: [{ file: 'app/config.py', line: 3, message: /^DEBUG = True is passed to FastAPI\(debug=DEBUG\) at app\/main\.py:4/ }, { file: 'other/config.py', line: 1, message: /FastAPI\(debug=config\.DEBUG\) at other\/main\.py:4/ }] },
  ],
  notes: [
    { name: 'asgi: a development-only file, a development branch and the main guard are notes', files: {
      'dev/app.py': `${FASTAPI}\napp = FastAPI(debug=True)\n`,
      'svc/main.py': `import os\n${FASTAPI}\napp = FastAPI(debug=True) if os.getenv("ENV") == "development" else FastAPI()\n`,
      'app/main.py': `import uvicorn\nfrom app.config import settings\n${FASTAPI}\nif settings.ENVIRONMENT == "local":\n    app = FastAPI(debug=True)\nelse:\n    app = FastAPI()\n\nif __name__ == "__main__":\n    app.debug = True\n    uvicorn.run(app)\n`,
    }, notes: [{ file: 'app/main.py', line: 6, message: /development-only branch/ }, { file: 'app/main.py', line: 11, message: /__main__/ }, { file: 'dev/app.py', line: 3, message: /development-only file/ }, { file: 'svc/main.py', line: 4, message: /development-only branch/ }] },
  ],
});

describe('debug-mode: FastAPI settings already judged by the config-class rule', () => {
  it('DEBUG: bool = True passed as settings.DEBUG is one finding, at the field', async () => {
    const out = await runCase(debugMode, { files: {
      'app/core/config.py': SETTINGS('DEBUG: bool = True'),
      'app/main.py': `from app.core.config import settings\n${FASTAPI}\napp = FastAPI(debug=settings.DEBUG)\n`,
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['app/core/config.py:6']);
  });
});

describe('debug-mode: FastAPI debug= read as a string from the environment', () => {
  const main = `import os\n${FASTAPI}\napp = FastAPI(debug=os.getenv("APP_DEBUG"))\n`;
  it('fails only when the deploy environment sets the variable (any non-empty value, "false" included)', async () => {
    const unset = await runCase(debugMode, { files: { 'app/main.py': main, 'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      LOG_LEVEL: info\n' } });
    expect(unset.findings).toEqual([]);
    const set = await runCase(debugMode, { files: { 'app/main.py': main, 'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      APP_DEBUG: "false"\n' } });
    expect(set.findings.map((f) => [`${f.file}:${f.line}`, f.note ?? false, f.message])).toEqual([['app/main.py:4', false, expect.stringMatching(/^FastAPI\(debug=os\.getenv\("APP_DEBUG"\)\) is true for any non-empty APP_DEBUG .*APP_DEBUG=false in docker-compose\.yml:5 \(service 'api'\)/)]]);
  });
});

describe('debug-mode: a settings field a production class turns off, or only a development app reads', () => {
  it('a base Settings debug = True that ProductionSettings sets False is a note; a field read only in a development branch is a note', async () => {
    const out = await runCase(debugMode, { files: {
      'a/app/config.py': 'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    debug: bool = True\n\n\nclass ProductionSettings(Settings):\n    debug: bool = False\n',
      'a/app/main.py': `from app.config import settings\n${FASTAPI}\napp = FastAPI(debug=settings.debug)\n`,
      'b/app/config.py': SETTINGS('debug: bool = True'),
      'b/app/main.py': `from app.config import settings\n${FASTAPI}\nif settings.ENV == "development":\n    app = FastAPI(debug=settings.debug)\nelse:\n    app = FastAPI()\n`,
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual(['a/app/config.py:5 note', 'b/app/config.py:6 note']);
  });
});

describe('debug-mode: other frameworks\' app.run(debug=True) (QA round 23)', () => {
  it('Quart app.run(debug=True) run by python app.py fails (the app.run rule)', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD ["python", "app.py"]\n',
      'app.py': 'from quart import Quart\n\napp = Quart(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)\n',
    } });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['app.py:6']);
  });
});

// QA26 oss-python D7: a string read with a "False" fallback is on because the value is a string, not because of a true default.
describe('debug-mode: a string read with a "False" fallback says the string is true to Python', () => {
  it('FastAPI(debug=…), a constant passed to it, and a Flask config class name the string and advise parsing it', async () => {
    const out = await runCase(debugMode, { files: {
      'a/main.py': `import os\n${FASTAPI}\napp = FastAPI(debug=os.getenv("DEBUG", "False"))${ROUTES}`,
      'b/main.py': `import os\n${FASTAPI}\nDEBUG = os.environ.get("APP_DEBUG", "false")\napp = FastAPI(debug=DEBUG)${ROUTES}`,
      'c/config.py': 'import os\n\n\nclass Config:\n    DEBUG = os.environ.get("FLASK_DEBUG", "False")\n',
      'c/app.py': 'from flask import Flask\nfrom config import Config\napp = Flask(__name__)\napp.config.from_object(Config)\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message}`).sort()).toEqual([
      expect.stringMatching(/^a\/main\.py:4 FastAPI\(debug=…\) defaults to on: the value is a string read from DEBUG \(fallback "False"\), and any non-empty string is true to Python, "False" and "0" included; .*parse it as a boolean \(debug=os\.getenv\("DEBUG", "False"\) == "True"\)$/),
      expect.stringMatching(/^b\/main\.py:4 DEBUG = os\.environ\.get\("APP_DEBUG", "false"\) is passed to FastAPI\(debug=DEBUG\) at b\/main\.py:5: debug defaults to on: the value is a string read from APP_DEBUG \(fallback "false"\)/),
      expect.stringMatching(/^c\/config\.py:5 DEBUG = os\.environ\.get\("FLASK_DEBUG", "False"\) \(a string: its fallback "False" and any value the deploy sets, "False" and "0" included, are true to Python\) in config class Config turns on debug mode .*; parse it as a boolean: DEBUG = os\.environ\.get\("FLASK_DEBUG", "False"\) == "True"/),
    ]);
    // A true default with a typed read keeps the "defaults to on when unset" wording.
    const typed = await runCase(debugMode, { files: { 'a/main.py': `import os\n${FASTAPI}\napp = FastAPI(debug=os.getenv("DEBUG", "true").lower() in ("1", "true"))${ROUTES}` } });
    expect(typed.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^FastAPI\(debug=…\) defaults to on when DEBUG is unset: a deploy that forgets the variable/)]);
  });
});
