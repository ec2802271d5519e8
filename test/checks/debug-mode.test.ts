import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const FLASK = 'from flask import Flask\napp = Flask(__name__)\n';
const RAILS_ENV = (body: string) => `require "active_support/core_ext/integer/time"\n\nRails.application.configure do\n  config.enable_reloading = false\n  config.eager_load = true\n${body}end\n`;
const LARAVEL_APP = (debug: string) => `<?php\n\nreturn [\n    'name' => env('APP_NAME', 'Laravel'),\n    'env' => env('APP_ENV', 'production'),\n${debug}    'url' => env('APP_URL', 'http://localhost'),\n];\n`;
const MINIMAL_HOST = (body: string) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddRazorPages();\nvar app = builder.Build();\n\n${body}app.UseStaticFiles();\napp.MapRazorPages();\napp.Run();\n`;
const K8S = (env: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          env:\n${env}`;

testCheck(debugMode, {
  valid: [
    { name: 'debug off everywhere', files: { Dockerfile: 'FROM python:3.12\nENV FLASK_DEBUG=0 NODE_ENV=production\nCMD ["gunicorn", "app:app"]\n', 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      - DEBUG=False\n      - FLASK_ENV=production\n' } },
    { name: 'settings reads DEBUG from the environment', files: { 'mysite/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = os.environ.get("DJANGO_DEBUG", "") == "True"\n' } },
    { name: 'comments and strings do not trigger', files: { 'mysite/settings.py': '# DEBUG = True\nINSTALLED_APPS = []\nHELP = """\nDEBUG = True\n"""\nDEBUG = False\n', Dockerfile: 'FROM python:3.12\n# ENV FLASK_DEBUG=1\nCMD ["gunicorn", "app:app"]\n' } },
    { name: 'DEBUG inside a function is not module level', files: { 'project/settings.py': 'ROOT_URLCONF = "x"\ndef enable():\n    DEBUG = True\n    return DEBUG\n' } },
    { name: 'npm debug logger is not debug mode', files: { 'docker-compose.yml': 'services:\n  api:\n    image: node:20\n    environment:\n      DEBUG: "app:*"\n      NODE_ENV: production\n' } },
    { name: 'ARG is build-time only and builder stages do not count', files: { Dockerfile: 'FROM node:20 AS build\nENV NODE_ENV=development\nRUN npm ci && npm run build\nFROM node:20-slim\nARG DEBUG=true\nENV NODE_ENV=production\nCMD ["node", "dist/server.js"]\n' } },
    { name: 'template env file is exempt', files: { '.env.production.example': 'DEBUG=true\n' } },
    { name: 'app.debug = True switched off again, or overridden by run(debug=False), or only under gunicorn', files: {
      'Dockerfile': 'FROM python:3.12\nCMD ["python", "app.py"]\n', 'app.py': `${FLASK}app.debug = True\napp.config.update(DEBUG=False)\nif __name__ == "__main__":\n    app.run()\n`,
      'b/Procfile': 'web: python b.py\n', 'b/b.py': `${FLASK}app.config["DEBUG"] = True\napp.run(debug=False)\n`,
      'c/Procfile': 'web: gunicorn c:app\n', 'c/c.py': `${FLASK}app.debug = True\nif __name__ == "__main__":\n    app.run()\n`,
    } },
    { name: 'guarded app.run(debug=True) while production runs gunicorn', files: { Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n', 'app.py': `${FLASK}\nif __name__ == "__main__":\n    app.run(debug=True)\n` } },
    { name: 'k8s env from secret ref', files: { 'k8s/api.yaml': K8S('            - name: DEBUG\n              valueFrom:\n                secretKeyRef: {name: s, key: debug}\n') } },
    { name: 'DJANGO_SETTINGS_MODULE selecting production settings', files: { 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      DJANGO_SETTINGS_MODULE: config.settings.production\n', 'config/settings/production.py': 'from .base import *\nDEBUG = False\n' } },
    { name: 'dev .env file is not deploy config', files: { '.env.development': 'FLASK_DEBUG=1\n' } },
    { name: 'DEBUG read from the environment, off when unset', files: {
      'a/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = os.environ.get("DEBUG", "False") == "True"\n',
      'b/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = bool(int(os.getenv("DEBUG", "0")))\n',
      'c/settings.py': 'import environ\nenv = environ.Env()\nINSTALLED_APPS = []\nDEBUG = env.bool("DEBUG", default=False)\n',
      'd/settings.py': "import os\nINSTALLED_APPS = []\nDEBUG = os.getenv('DEBUG', 'true').lower() in ('0', 'no')\n",
      'e/settings.py': 'from decouple import config\nINSTALLED_APPS = []\nDEBUG = config("DEBUG", default=False, cast=bool)\n',
    } },
    { name: 'gunicorn imports the package its image copies, not a same-named module outside the build context', files: {
      'services/api/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\nCOPY . .\nCMD ["gunicorn", "app:create_app()"]\n',
      'services/api/requirements.txt': 'flask\n',
      'services/api/app/__init__.py': 'from flask import Flask\n\ndef create_app():\n    return Flask(__name__)\n',
      'services/tools/app.py': `${FLASK}app.run(port=5050, debug=True)\n`,
    } },
    { name: 'flask run --reload turns on only the reloader', files: { Dockerfile: 'FROM python:3.12\nUSER 1000\nCMD ["flask", "run", "--host=0.0.0.0", "--reload"]\n' } },
    { name: 'rails production with consider_all_requests_local false; development.rb is not judged', files: {
      'config/environments/production.rb': RAILS_ENV('  # config.consider_all_requests_local = true\n  config.consider_all_requests_local = false\n'),
      'config/environments/development.rb': 'Rails.application.configure do\n  config.consider_all_requests_local = true\nend\n',
    } },
    { name: 'laravel debug read from the environment with a false default', files: {
      'config/app.php': LARAVEL_APP("    // 'debug' => true,\n    'debug' => (bool) env('APP_DEBUG', false),\n"),
      'modules/a/config/app.php': LARAVEL_APP("    'debug' => env('APP_DEBUG'),\n"),
      'modules/b/config/app.php': LARAVEL_APP("    'debug' => env('APP_DEBUG', '0'),\n"),
    } },
    { name: 'aspnet developer exception page only in the development environment', files: {
      'src/Web/Program.cs': MINIMAL_HOST('if (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\nelse\n{\n    app.UseExceptionHandler("/Error");\n    app.UseHsts();\n}\n'),
      'src/Legacy/Startup.cs': 'public class Startup\n{\n    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)\n    {\n        if (env.IsDevelopment())\n            app.UseDeveloperExceptionPage();\n        // app.UseDeveloperExceptionPage();\n        app.UseRouting();\n    }\n\n    public void ConfigureDevelopment(IApplicationBuilder app)\n    {\n        app.UseDeveloperExceptionPage();\n    }\n}\n',
    } },
    { name: 'DetailedErrors only in appsettings.Development.json', files: {
      'src/Web/appsettings.json': '{\n  "DetailedErrors": false,\n  "AllowedHosts": "*"\n}\n',
      'src/Web/appsettings.Development.json': '{\n  "DetailedErrors": true,\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}\n',
    } },
    { name: 'DetailedErrors off, commented out, inside a section or in a string, on one line too (QA30 jvm2 D2)', files: {
      'src/A/appsettings.Production.json': '{ "DetailedErrors": false }',
      'src/B/appsettings.Production.json': '{"detailedErrors":"0","AllowedHosts":"*"}',
      'src/C/appsettings.Production.json': '{\n  // "DetailedErrors": true,\n  /* "DetailedErrors": true */ "AllowedHosts": "*",\n}\n',
      'src/D/appsettings.Production.json': '{ "Logging": { "DetailedErrors": true }, "Note": "set \\"DetailedErrors\\": true only in dev" }',
      'src/E/appsettings.Development.json': '{ "DetailedErrors": true }',
      'src/F/appsettings.Staging.json': '{ "DetailedErrors": "yes", "Other": { "x": "}" }, "detailedErrors2": true }',
    } },
    { name: 'spring stack traces only in development profiles', files: {
      'src/main/resources/application.properties': 'server.port=8080\nserver.error.include-stacktrace=never\n',
      'src/main/resources/application-dev.yml': 'server:\n  error:\n    include-stacktrace: always\n',
      'api/src/main/resources/application.yml': 'server:\n  port: 8080\n---\nspring:\n  config:\n    activate:\n      on-profile: local\nserver:\n  error:\n    include-stacktrace: always\n',
    } },
  ],
  invalid: [
    { name: 'Dockerfile ENV in the final stage', files: { Dockerfile: 'FROM python:3.12\nENV FLASK_APP=app.py \\\n    FLASK_DEBUG=1\nCMD ["gunicorn", "app:app"]\n' }, errors: [{ file: 'Dockerfile', line: 3, severity: 'critical', message: 'FLASK_DEBUG=1' }] },
    { name: 'ENV inherited from an earlier stage', files: { Dockerfile: 'FROM node:20 AS base\nENV NODE_ENV development\nFROM base\nCMD ["node", "server.js"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'NODE_ENV=development' }] },
    { name: 'compose bare entry filled from the committed .env', files: { 'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1\n    environment:\n      - DJANGO_DEBUG\n', '.env': 'DJANGO_DEBUG=True\n' }, errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'compose list and map syntax', files: { 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      - FLASK_ENV=development\n  api:\n    image: acme/api:1\n    environment:\n      DJANGO_DEBUG: "True"\n      DEBUG: 1\n' }, errors: [{ file: 'docker-compose.yml', line: 5, message: "service 'web' sets FLASK_ENV=development, which turns on Flask development mode" }, { file: 'docker-compose.yml', line: 9 }, { file: 'docker-compose.yml', line: 10 }] },
    { name: 'compose default value', files: { 'compose.yaml': 'services:\n  web:\n    image: acme/web:1\n    environment:\n      FLASK_DEBUG: ${FLASK_DEBUG:-1}\n' }, errors: [{ file: 'compose.yaml', line: 5 }] },
    { name: 'compose env_file', files: { 'deploy/docker-compose.yml': 'services:\n  web:\n    image: acme/web:1\n    env_file: ./web.env\n', 'deploy/web.env': 'SECRET_KEY=x\nAPP_DEBUG=true\n' }, errors: [{ file: 'deploy/web.env', line: 2, message: 'env_file' }] },
    { name: 'compose env_file of any name (cookiecutter-django)', files: { 'docker-compose.production.yml': 'services:\n  django:\n    image: acme/django:1\n    env_file:\n      - ./.envs/.production/.django\n      - ./.envs/.production/.postgres\n', '.envs/.production/.django': 'DJANGO_SETTINGS_MODULE=config.settings.production\nDJANGO_DEBUG=True\n', '.envs/.production/.postgres': 'POSTGRES_HOST=postgres\n' }, errors: [{ file: '.envs/.production/.django', line: 2, message: 'env_file' }] },
    { name: 'compose env_file in a parent folder', files: { 'deploy/docker-compose.yml': 'services:\n  web:\n    image: acme/web:1\n    env_file: ../app.env\n', 'app.env': 'FLASK_DEBUG=1\n' }, errors: [{ file: 'app.env', line: 1, message: 'env_file' }] },
    { name: 'k8s env value and ConfigMap, multi-doc', files: { 'k8s/api.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata:\n  FLASK_ENV: development\n---\n${K8S('            - name: DEBUG\n              value: "true"\n')}` }, errors: [{ file: 'k8s/api.yaml', line: 5, column: 14, message: "ConfigMap 'cfg' sets FLASK_ENV=development, which turns on" }, { file: 'k8s/api.yaml', line: 18, message: "container 'api' sets DEBUG=true, which turns on debug mode" }] },
    { name: '.env.production values with trailing comments (dotenv and Compose strip them)', files: { '.env.production': 'FLASK_DEBUG=1 # TODO turn off before launch\nNODE_ENV=development  # temporary\nDEBUG=#x\n' }, errors: [{ file: '.env.production', line: 1, message: 'FLASK_DEBUG=1' }, { file: '.env.production', line: 2, message: 'NODE_ENV=development' }] },
    // QA parity round (dotenv loaders): Laravel reads `(true)` as true; compose, python-dotenv and dotenv-expand expand `${X:-True}`
    // to its default; compose interpolates `${DJANGO_DEBUG}` from the committed `.env` beside the compose file.
    { name: 'Laravel (true), env-file fallbacks and compose values from the .env beside it', files: {
      '.env.production': 'APP_DEBUG=(true)\nDJANGO_DEBUG=${DJANGO_DEBUG:-True}\nFLASK_DEBUG=${FLASK_DEBUG:-0}\n',
      artisan: '#!/usr/bin/env php\n<?php\n',
      'deploy/docker-compose.yml': 'services:\n  web:\n    image: acme/web:1\n    env_file: ./web.env\n    environment:\n      FLASK_DEBUG: ${FLASK_DEBUG}\n      GIN_MODE: ${GIN_MODE:-release}\n',
      'deploy/web.env': 'DEBUG=${DEBUG:-1}\n',
      'deploy/.env': 'FLASK_DEBUG="1"\nGIN_MODE=debug\n',
    }, errors: [
      { file: '.env.production', line: 1, message: /^APP_DEBUG=\(true\) turns on Laravel/ },
      { file: '.env.production', line: 2, message: /^DJANGO_DEBUG=True turns on/ },
      { file: 'deploy/docker-compose.yml', line: 6, message: /^service 'web' sets FLASK_DEBUG=1, which turns on Flask debug mode .* \(interpolated from deploy\/\.env:1\)/ },
      { file: 'deploy/docker-compose.yml', line: 7, message: /sets GIN_MODE=debug, .*interpolated from deploy\/\.env:2/ },
      { file: 'deploy/web.env', line: 1, message: /^DEBUG=1 turns on .*env_file/ },
    ] },
    { name: "an include: entry's several env_files: a variable only an earlier one sets, a later one's winning (review of QA34)", files: {
      'compose.yaml': 'include:\n  - path: app/compose.app.yaml\n    env_file: [app/a.env, app/b.env]\n',
      'app/compose.app.yaml': 'services:\n  web:\n    image: acme/web:1\n    environment:\n      FLASK_DEBUG: ${FLASK_DEBUG}\n      GIN_MODE: ${GIN_MODE}\n',
      'app/a.env': 'FLASK_DEBUG=1\nGIN_MODE=debug\n',
      'app/b.env': 'GIN_MODE=release\n',
    }, errors: [
      { file: 'app/compose.app.yaml', line: 5, message: /sets FLASK_DEBUG=1, .*interpolated from app\/a\.env:1/ },
    ] },
    { name: 'staging and live env files, as default-credentials reads them', files: { '.env.staging': 'APP_DEBUG=true\n', 'deploy/staging.env': 'FLASK_DEBUG=1\n', '.env.live': 'DEBUG=1\n' }, errors: [{ file: '.env.staging', line: 1, message: 'APP_DEBUG=true' }, { file: 'deploy/staging.env', line: 1 }, { file: '.env.live', line: 1 }] },
    { name: '.env.production file', files: { '.env.production': 'DATABASE_URL=postgres://x\nDEBUG=True\n' }, errors: [{ file: '.env.production', line: 2, message: 'DEBUG=True' }] },
    { name: 'Django settings literal', files: { 'mysite/settings.py': '\uFEFFimport os\r\nINSTALLED_APPS = ["django.contrib.admin"]\r\nDEBUG = True\r\n' }, errors: [{ file: 'mysite/settings.py', line: 3, column: 9, message: 'DEBUG = True' }] },
    { name: 'last assignment wins', files: { 'app/settings.py': 'DEBUG = False\nINSTALLED_APPS = []\nDEBUG = True  # temporary\n' }, errors: [{ file: 'app/settings.py', line: 3 }] },
    { name: 'settings base without an overriding production module', files: { 'proj/settings/base.py': 'DEBUG = True\n', 'proj/settings/production.py': 'from .base import *\nALLOWED_HOSTS = ["example.com"]\n' }, errors: [{ file: 'proj/settings/base.py', line: 1 }] },
    { name: 'production settings module itself', files: { 'proj/settings/production.py': 'from .base import *\nDEBUG = True\n' }, errors: [{ file: 'proj/settings/production.py', line: 2 }] },
    { name: 'app.run(debug=True) that production runs (two files)', files: { Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': `${FLASK}\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)\n` }, errors: [{ file: 'app.py', line: 5, message: 'runs in production' }] },
    // Flask's run() without debug= takes the app's own setting: app.debug / app.config["DEBUG"] set before it start the debugger.
    { name: 'app.config["DEBUG"] = True before the app.run() production runs', files: { Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': `${FLASK}app.config["DEBUG"] = True  # handy\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000)\n` }, errors: [{ file: 'app.py', line: 3, message: 'app.config["DEBUG"] = True switches debug on for app.run()' }] },
    { name: 'app.debug = True before the app.run() production runs', files: { Procfile: 'web: python server.py\n', 'server.py': `${FLASK}app.debug = True\napp.run(host="0.0.0.0")\n` }, errors: [{ file: 'server.py', line: 3 }] },
    { name: 'unguarded app.run(debug=True) in the module gunicorn imports', files: { Procfile: 'web: gunicorn wsgi:app\n', 'wsgi.py': `${FLASK}app.run(debug=True)\n` }, errors: [{ file: 'wsgi.py', line: 3 }] },
    { name: 'flask run --debug and env prefix on the command', files: { Procfile: 'web: FLASK_DEBUG=1 gunicorn app:app\n', Dockerfile: 'FROM python:3.12\nCMD flask --app app run --debug\n' }, errors: [{ file: 'Procfile', line: 1, message: 'Procfile web sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution); remove it' }, { file: 'Dockerfile', line: 2, message: 'debug on' }] },
    { name: 'DJANGO_SETTINGS_MODULE selecting debug settings', files: { Dockerfile: 'FROM python:3.12\nENV DJANGO_SETTINGS_MODULE=mysite.settings.local\nCMD ["gunicorn", "mysite.wsgi"]\n', 'mysite/settings/local.py': 'from .base import *\nDEBUG = True\n', 'mysite/settings/base.py': 'DEBUG = False\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'ENV DJANGO_SETTINGS_MODULE=mysite.settings.local in the image selects mysite/settings/local.py (DEBUG = True at line 2); remove it' }] },
    { name: 'the package in the image beats a same-named module found by path suffix', files: {
      Dockerfile: 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["gunicorn", "app:app"]\n',
      'app/__init__.py': `${FLASK}app.run(debug=True)\n`,
      'scripts/app.py': `${FLASK}app.run(debug=True)\n`,
    }, errors: [{ file: 'app/__init__.py', line: 3 }] },
    { name: 'flask run --debugger turns on the Werkzeug debugger', files: { Dockerfile: 'FROM python:3.12\nCMD ["flask", "run", "--reload", "--debugger"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: /debug on .*remove --debugger$/ }] },
    { name: 'ENV of the stage a compose service builds as its target', files: {
      'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      target: web\n',
      Dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nUSER 10001\n\nFROM base AS web\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n\nFROM base AS production\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    }, errors: [{ file: 'Dockerfile', line: 7, message: "ENV FLASK_DEBUG=1 in build target 'web' (service 'web' in docker-compose.yml) turns on Flask debug mode" }] },
    { name: 'a production path beats a dev-only one for the same module', files: { 'Dockerfile.dev': 'FROM python:3.12\nCMD ["python", "app.py"]\n', Procfile: 'web: python app.py\n', 'app.py': `${FLASK}app.run(debug=True)\n` }, errors: [{ file: 'app.py', line: 3 }] },
    { name: 'lowercase env instruction with quotes', files: { Dockerfile: 'from node:20\nenv NODE_ENV="development"\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'DEBUG read from the environment with an on default', files: {
      'a/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = os.environ.get("DEBUG", "True") == "True"\n',
      'b/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = bool(int(os.getenv("DEBUG", "1")))\n',
      'c/settings.py': 'import environ\nenv = environ.Env()\nINSTALLED_APPS = []\nDEBUG = env.bool("DJANGO_DEBUG", default=True)\n',
      'd/settings.py': "import os\nINSTALLED_APPS = []\nDEBUG = os.getenv('DEBUG', 'true').lower() in ('1', 'true')\n",
      'e/settings.py': 'from decouple import config\nINSTALLED_APPS = []\nDEBUG = config("DEBUG", default=True, cast=bool)\n',
      // A non-empty string is true to Python: "False" and "0" read unchanged turn debug on.
      'f/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = os.getenv("DEBUG", "False")\n',
      'g/settings.py': 'import os\nINSTALLED_APPS = []\nDEBUG = os.environ.get("DEBUG", "0")\n',
      // A project's own boolean helper (Saleor's settings).
      'h/settings.py': 'from .core.utils import get_bool_from_env\nINSTALLED_APPS = []\nDEBUG = get_bool_from_env("DEBUG", True)\n',
      'i/settings.py': 'from .core.utils import get_bool_from_env\nINSTALLED_APPS = []\nDEBUG = get_bool_from_env("DEBUG", False)\n',
    }, errors: [
      { file: 'a/settings.py', line: 3, column: 9, severity: 'critical', message: 'debug defaults to on when DEBUG is unset' },
      { file: 'b/settings.py', line: 3, message: 'debug defaults to on when DEBUG is unset' },
      { file: 'c/settings.py', line: 4, message: 'debug defaults to on when DJANGO_DEBUG is unset' },
      { file: 'd/settings.py', line: 3, message: 'debug defaults to on when DEBUG is unset' },
      { file: 'e/settings.py', line: 3, message: 'debug defaults to on when DEBUG is unset' },
      // QA26 oss-python D7: the user wrote a "False" default; the message says why it is on (a string) and how to parse it.
      { file: 'f/settings.py', line: 3, message: 'DEBUG = os.getenv("DEBUG", "False") is a string, and any non-empty string is true to Python: the fallback "False" turns debug on when DEBUG is unset, and so does any value the deploy sets, "False" and "0" included: debug is on, showing stack traces and settings to visitors; parse it as a boolean: DEBUG = os.environ.get("DEBUG", "False") == "True" (or .lower() in ("1", "true"), env.bool("DEBUG", default=False))' },
      { file: 'g/settings.py', line: 3, message: 'DEBUG = os.environ.get("DEBUG", "0") is a string, and any non-empty string is true to Python: the fallback "0" turns debug on' },
      { file: 'h/settings.py', line: 3, message: 'debug defaults to on when DEBUG is unset' },
    ] },
    { name: 'supervisord program running flask run --debug', files: { Dockerfile: 'FROM python:3.12\nCOPY supervisord.conf /etc/supervisord.conf\nCMD ["supervisord"]\n', 'supervisord.conf': '[supervisord]\nnodaemon=true\n[program:web]\ncommand=flask run --debug\n' }, errors: [{ file: 'supervisord.conf', line: 4, message: "supervisord program 'web' (run by CMD in Dockerfile:3) starts flask run with debug on" }] },
    { name: 'rails consider_all_requests_local in production and staging', files: {
      'config/environments/production.rb': RAILS_ENV('  config.consider_all_requests_local = true\n'),
      'config/environments/staging.rb': 'require_relative "production"\n\nRails.application.configure do\n  config.consider_all_requests_local = true\nend\n',
    }, errors: [
      { file: 'config/environments/production.rb', line: 6, column: 40, severity: 'critical', message: /^config\.consider_all_requests_local = true in the production environment shows full error reports/ },
      { file: 'config/environments/staging.rb', line: 4, message: /^config\.consider_all_requests_local = true in the staging environment/ },
    ] },
    { name: 'laravel debug on when APP_DEBUG is unset, or always', files: {
      'config/app.php': LARAVEL_APP("    'debug' => (bool) env('APP_DEBUG', true),\n"),
      'modules/a/config/app.php': LARAVEL_APP("    'debug' => true,\n"),
      // Laravel's env() returns a default as written: the string 'false' is truthy.
      'modules/b/config/app.php': LARAVEL_APP("    \"debug\" => env('APP_DEBUG', 'false'),\n"),
    }, errors: [
      { file: 'config/app.php', line: 6, column: 16, severity: 'critical', message: /^debug defaults to on when APP_DEBUG is unset \(Laravel config\/app\.php\): a deploy that forgets the variable/ },
      { file: 'modules/a/config/app.php', line: 6, message: /^'debug' => true in Laravel config\/app\.php shows stack traces/ },
      { file: 'modules/b/config/app.php', line: 6, message: /^debug defaults to on when APP_DEBUG is unset/ },
    ] },
    { name: 'aspnet developer exception page unguarded, in the else branch, or under a negated check', files: {
      'src/Web/Program.cs': MINIMAL_HOST('app.UseDeveloperExceptionPage();\n'),
      'src/Api/Program.cs': MINIMAL_HOST('if (app.Environment.IsDevelopment())\n{\n    app.UseSwagger();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'src/Legacy/Startup.cs': 'public class Startup\n{\n    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)\n    {\n        if (!env.IsDevelopment())\n        {\n            app.UseDeveloperExceptionPage();\n        }\n    }\n}\n',
    }, errors: [
      { file: 'src/Web/Program.cs', line: 5, column: 1, severity: 'critical', message: /^app\.UseDeveloperExceptionPage\(\) outside an IsDevelopment\(\) check shows the developer exception page/ },
      { file: 'src/Api/Program.cs', line: 11, column: 5 },
      { file: 'src/Legacy/Startup.cs', line: 7 },
    ] },
    { name: 'DetailedErrors in appsettings.json and appsettings.Production.json', files: {
      'src/Web/appsettings.json': '{\n  "DetailedErrors": true,\n  "AllowedHosts": "*"\n}\n',
      'src/Web/appsettings.Production.json': '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "DetailedErrors": "true"\n}\n',
    }, errors: [
      { file: 'src/Web/appsettings.json', line: 2, column: 21, message: /^"DetailedErrors": true in appsettings\.json shows detailed exception messages to clients/ },
      { file: 'src/Web/appsettings.Production.json', line: 3, message: /^"DetailedErrors": "true" in appsettings\.Production\.json/ },
    ] },
    { name: 'DetailedErrors read as JSON: on one line, minified, camelCase, any case of true, 1, with comments and trailing commas (QA30 jvm2 D2)', files: {
      'src/A/appsettings.Production.json': '{ "DetailedErrors": true }',
      'src/B/appsettings.Staging.json': '{"ConnectionStrings":{"Default":"Server=db;Password={x}"},"Kestrel":{"Endpoints":{"Http":{"Url":"http://*:80"}}},"DetailedErrors":true}',
      'src/C/appsettings.Production.json': '{\n  // detailed errors for the pilot\n  "detailedErrors": "True",\n}\n',
      'src/D/appsettings.json': '{"AllowedHosts": "*", "DETAILEDERRORS": 1}',
      'src/E/appsettings.Production.json': '\uFEFF{\n  "Logging": {\n    "LogLevel": { "Default": "Warning" }\n  }, "DetailedErrors": "1"\n}\n',
    }, errors: [
      { file: 'src/A/appsettings.Production.json', line: 1, column: 21, severity: 'critical', message: /^"DetailedErrors": true in appsettings\.Production\.json shows detailed exception messages/ },
      { file: 'src/B/appsettings.Staging.json', line: 1, column: 131, message: /^"DetailedErrors": true in appsettings\.Staging\.json/ },
      { file: 'src/C/appsettings.Production.json', line: 3, column: 22, message: /^"detailedErrors": "True" in appsettings\.Production\.json/ },
      { file: 'src/D/appsettings.json', line: 1, column: 41, message: /^"DETAILEDERRORS": 1 in appsettings\.json/ },
      { file: 'src/E/appsettings.Production.json', line: 4, column: 25, message: /^"DetailedErrors": "1"/ },
    ] },
    { name: 'spring include-stacktrace in the base and production profile', files: {
      'src/main/resources/application.properties': 'spring.application.name=shop\nserver.error.include-stacktrace=always\n',
      'src/main/resources/application-prod.yml': 'server:\n  port: 8080\n  error:\n    include-stacktrace: on_param\n',
    }, errors: [
      { file: 'src/main/resources/application.properties', line: 2, column: 1, message: /^server\.error\.include-stacktrace=always puts the stack trace in every error response \(Spring Boot\)/ },
      { file: 'src/main/resources/application-prod.yml', line: 4, column: 5, message: /^server\.error\.include-stacktrace=on_param puts the stack trace in the error response of any request that adds \?trace=true/ },
    ] },
    // Not overridden: another profile (staging), a negated production profile, another folder's production profile.
    { name: 'spring include-stacktrace in the base, set to never only by other profiles or folders', files: {
      'src/main/resources/application.yml': 'server:\n  error:\n    include-stacktrace: always\n---\nspring:\n  config:\n    activate:\n      on-profile: "!prod"\nserver:\n  error:\n    include-stacktrace: never\n',
      'src/main/resources/application-staging.properties': 'server.error.include-stacktrace=never\n',
      'other/src/main/resources/application-prod.properties': 'server.error.include-stacktrace=never\n',
    }, errors: [{ file: 'src/main/resources/application.yml', line: 3, severity: 'critical' }] },
  ],
  notes: [
    { name: 'a development target built by a dev-only profile is a note', files: {
      'docker-compose.yml': 'services:\n  web:\n    build: .\n  web-dev:\n    profiles: [dev]\n    build:\n      context: .\n      target: development\n',
      Dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nUSER 10001\n\nFROM base AS development\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n\nFROM base AS production\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    }, notes: [{ file: 'Dockerfile', line: 7, message: "only in compose profile 'dev'" }] },
    { name: 'a development stage last while production builds target production is a note', files: {
      'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      target: production\n',
      'docker-compose.override.yml': 'services:\n  web:\n    build:\n      target: development\n',
      Dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nUSER 10001\n\nFROM base AS production\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n\nFROM base AS development\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n',
    }, notes: [{ file: 'Dockerfile', line: 10, message: "not the stage production builds: service 'web' in docker-compose.yml builds target 'production'" }] },
    { name: 'an on-by-default base overridden by production settings', files: { 'proj/settings/base.py': 'import os\nDEBUG = os.environ.get("DEBUG", "1") == "1"\n', 'proj/settings/production.py': 'from .base import *\nDEBUG = False\n' }, notes: [{ file: 'proj/settings/base.py', line: 2, message: 'DEBUG defaulting to on when DEBUG is unset here is overridden by proj/settings/production.py:2' }] },
    { name: 'base overridden by production settings', files: { 'proj/settings/base.py': 'DEBUG = True\n', 'proj/settings/production.py': 'from .base import *\nDEBUG = False\n' }, notes: [{ file: 'proj/settings/base.py', line: 1, message: 'overridden' }] },
    // QA (oss-other D3): Spring Boot's base value that a production profile of the folder sets to never (cookie-flags' rule).
    { name: 'spring include-stacktrace in the base overridden by the production profile', files: {
      'src/main/resources/application.properties': 'spring.application.name=petstore\nserver.error.include-stacktrace=always\n',
      'src/main/resources/application-prod.properties': 'server.error.include-stacktrace=never\n',
      'api/src/main/resources/application.yml': 'server:\n  error:\n    include-stacktrace: on-param\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\nserver:\n  error:\n    includeStacktrace: NEVER\n',
    }, notes: [
      { file: 'src/main/resources/application.properties', line: 2, message: /^server\.error\.include-stacktrace=always here is overridden by src\/main\/resources\/application-prod\.properties:1 \(never\) for production/ },
      { file: 'api/src/main/resources/application.yml', line: 3, message: 'overridden by api/src/main/resources/application.yml:11' },
    ] },
    { name: 'local and dev settings are notes', files: { 'proj/settings/local.py': 'DEBUG = True\n', 'proj/settings/dev_alice.py': 'DEBUG = True\n' }, notes: [{ file: 'proj/settings/local.py', line: 1 }, { file: 'proj/settings/dev_alice.py', line: 1 }] },
    { name: 'dev compose override is a note', files: { 'docker-compose.override.yml': 'services:\n  web:\n    environment:\n      - FLASK_DEBUG=1\n' }, notes: [{ file: 'docker-compose.override.yml', line: 4, message: 'development-only' }] },
    { name: 'Dockerfile.dev is a note', files: { 'Dockerfile.dev': 'FROM python:3.12\nENV FLASK_DEBUG=1\n' }, notes: [{ file: 'Dockerfile.dev', line: 2 }] },
    { name: 'a development folder\'s Laravel config is a note', files: { 'docker/dev/config/app.php': LARAVEL_APP("    'debug' => true,\n") }, notes: [{ file: 'docker/dev/config/app.php', line: 6, message: /^'debug' => true in Laravel config\/app\.php.*\(development-only file\)$/ }] },
  ],
});

it('skips when there is no deploy config', async () => {
  expect((await runCase(debugMode, { name: 'x', files: { 'README.md': '# x\n', 'lib.py': 'x = 1\n' } })).skipped).toBeTruthy();
});

it('resolves variables in a shipped ENV value: ARG defaults, ${X:-default}, earlier ENVs', async () => {
  const files = {
    'd/Dockerfile': 'FROM node:20-alpine\nUSER node\nENV NODE_ENV=${NODE_ENV:-development}\nCMD ["node", "server.js"]\n',
    'f/Dockerfile': 'FROM node:20-alpine\nARG NODE_ENV=development\nENV NODE_ENV=$NODE_ENV\nCMD ["node", "server.js"]\n',
    'g/Dockerfile': 'FROM python:3.12-slim\nARG DEBUG=1\nENV FLASK_DEBUG=${DEBUG}\nCMD ["gunicorn", "app:app"]\n',
    'h/Dockerfile': 'FROM node:20-alpine\nENV APP_MODE=development\nENV NODE_ENV=$APP_MODE\nCMD ["node", "server.js"]\n',
    // Production values, an unset build argument and one ENV's own earlier value pass.
    'ok/Dockerfile': 'FROM node:20-alpine\nARG NODE_ENV=production\nENV NODE_ENV=$NODE_ENV\nARG FLASK_DEBUG\nENV FLASK_DEBUG=$FLASK_DEBUG\nENV MODE=development NODE_ENV=$MODE\nCMD ["node", "server.js"]\n',
  };
  const out = await runCase(debugMode, { name: 'env-vars', files });
  expect(out.findings.map((f) => `${f.file}:${f.line} ${/resolved from [^)]*/.exec(f.message)?.[0]}`).sort()).toEqual([
    'd/Dockerfile:3 resolved from ${NODE_ENV:-development}',
    'f/Dockerfile:3 resolved from $NODE_ENV: the ARG default, unless a --build-arg overrides it',
    'g/Dockerfile:3 resolved from ${DEBUG}: the ARG default, unless a --build-arg overrides it',
    'h/Dockerfile:3 resolved from $APP_MODE',
  ]);
});

it('reads chained DEBUG assignments and environment reads without a default (None when unset)', async () => {
  const settings = (expr: string) => `import os\nINSTALLED_APPS = []\nROOT_URLCONF = "proj.urls"\n${expr}\n`;
  const files = {
    'a/settings.py': settings('DEBUG = TEMPLATE_DEBUG = True'),
    'b/settings.py': settings('TEMPLATE_DEBUG = DEBUG = True'),
    'c/settings.py': settings('DEBUG = os.environ.get("DJANGO_DEBUG") != "0"'),
    'd/settings.py': settings('DEBUG = not os.environ.get("PRODUCTION")'),
    'e/settings.py': settings('DEBUG = os.environ.get("DJANGO_DEBUG", "") != "False"'),
    'f/settings.py': settings('DEBUG = bool(os.getenv("DEBUG", "False"))'),
    'g/settings.py': settings('DEBUG = os.environ.get("PRODUCTION") is None'),
    'h/settings.py': settings('DEBUG = "PRODUCTION" not in os.environ'),
    'ok6/settings.py': settings('DEBUG = bool(os.getenv("DEBUG", ""))'),
    'ok7/settings.py': settings('DEBUG = "DEBUG" in os.environ'),
    // Render's documented pattern: the platform sets RENDER, a deploy cannot forget it.
    'ok8/settings.py': settings('DEBUG = "RENDER" not in os.environ'),
    'ok9/settings.py': settings('DEBUG = not os.environ.get("DYNO")'),
    // Off when unset.
    'ok1/settings.py': settings('DEBUG = os.environ.get("DJANGO_DEBUG") == "1"'),
    'ok2/settings.py': settings('DEBUG = not os.environ.get("PRODUCTION", "1")'),
    'ok3/settings.py': settings('DEBUG = os.environ.get("DEBUG") in ("1", "true")'),
    'ok4/settings.py': settings('DEBUG = os.getenv("DEBUG")'),
    'ok5/settings.py': settings('DEBUG = TEMPLATE_DEBUG = False'),
  };
  const out = await runCase(debugMode, { name: 'chains', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['a/settings.py:4', 'b/settings.py:4', 'c/settings.py:4', 'd/settings.py:4', 'e/settings.py:4', 'f/settings.py:4', 'g/settings.py:4', 'h/settings.py:4']);
});

it('judges the ENV the image ships: a later ENV of the same name replaces an inherited one', async () => {
  const files = {
    'a/Dockerfile': 'FROM node:20.11-alpine AS base\nENV NODE_ENV=development\nRUN npm ci\n\nFROM base AS production\nENV NODE_ENV=production\nUSER node\nCMD ["node", "server.js"]\n',
    'b/Dockerfile': 'FROM python:3.12-slim\nENV DJANGO_DEBUG=1\nRUN pip install -r requirements.txt\nENV DJANGO_DEBUG=0\nCMD ["gunicorn", "app.wsgi"]\n',
    'c/Dockerfile': 'FROM python:3.12-slim\nENV DJANGO_DEBUG=0\nENV DJANGO_DEBUG=1\nCMD ["gunicorn", "app.wsgi"]\n',
  };
  const out = await runCase(debugMode, { name: 'env-override', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['c/Dockerfile:3']);
});

describe('debug-mode: Phoenix debug_errors', () => {
  it("debug_errors: true in prod.exs or staging.exs fails; dev.exs, test.exs and comments do not", async () => {
    const endpoint = (v: string) => `import Config\nconfig :shop, ShopWeb.Endpoint,\n  url: [host: "example.com", port: 443],\n  ${v}\n`;
    const out = await runCase(debugMode, {
      files: {
        'config/prod.exs': endpoint('debug_errors: true'),
        'config/staging.exs': endpoint('# debug_errors: true\n  debug_errors: false'),
        'config/dev.exs': endpoint('debug_errors: true'),
        'config/test.exs': endpoint('debug_errors: true'),
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, !!f.note, f.message.split(';')[0]])).toEqual([
      ['config/prod.exs', 4, false, "debug_errors: true in config/prod.exs shows Phoenix's debug error page (stack traces, code, params) to every visitor"],
    ]);
    // QA29 (rubyetc D5): a framework's own switch gets a fix line in its terms, not the Python DEBUG = os.environ… one.
    expect(out.findings[0]!.fix).toMatch(/^Set debug_errors: false \(the default\) for production/);
    const flask = await runCase(debugMode, { name: 'py', files: { Dockerfile: 'FROM python:3.12-slim\nENV FLASK_DEBUG=1\nCMD ["gunicorn", "app:app"]\n' } });
    // QA 52 (polyglot D2): the Python deploy fix is the finding's own; the rule's docs.fix (SARIF help) is stack-neutral.
    expect(flask.findings[0]!.fix).toMatch(/^Remove the debug setting from deploy config .*in Python: DEBUG = os\.environ/);
  });
});

describe('debug-mode: a development branch joined with another environment (stop 16)', () => {
  it('IsDevelopment() || IsStaging() runs on staging: the developer page fails; DEBUG or TESTING stays a note', async () => {
    const out = await runCase(debugMode, {
      files: {
        'Program.cs': 'var app = builder.Build();\nif (app.Environment.IsDevelopment() || app.Environment.IsStaging())\n{\n    app.UseDeveloperExceptionPage();\n}\napp.Run();\n',
        'Other/Program.cs': 'var app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\napp.Run();\n',
      },
    });
    expect(out.findings.filter((f) => !f.note).map((f) => [f.file, f.line])).toEqual([['Program.cs', 4]]);
  });
});

it('applies (and passes) when a framework configuration it reads is clean: Laravel, Rails, ASP.NET Core, Spring Boot', async () => {
  const cases: Record<string, string>[] = [
    { 'config/app.php': "<?php\nreturn [\n    'name' => env('APP_NAME', 'Laravel'),\n    'debug' => (bool) env('APP_DEBUG', false),\n];\n" },
    { 'config/environments/production.rb': 'Rails.application.configure do\n  config.consider_all_requests_local = false\nend\n' },
    { 'Api/appsettings.json': '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "AllowedHosts": "*"\n}\n' },
    { 'Api/Program.cs': 'var app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\napp.Run();\n' },
    { 'src/main/resources/application.properties': 'server.port=8080\nserver.error.include-stacktrace=never\n' },
  ];
  for (const files of cases) {
    const out = await runCase(debugMode, { name: 'x', files });
    expect(out.skipped, Object.keys(files)[0]).toBeFalsy();
    expect(out.findings).toEqual([]);
  }
  // C# that never calls the developer exception page is nothing to judge.
  expect((await runCase(debugMode, { name: 'x', files: { 'Lib/Util.cs': 'public static class Util {}\n' } })).skipped).toBeTruthy();
});

describe('debug-mode: DEBUG read as a string, set by the deploy environment (QA-A B1)', () => {
  const SETTINGS = (expr: string) => `import os\n${expr}\nINSTALLED_APPS = ["django.contrib.auth"]\nROOT_URLCONF = "hello_django.urls"\n`;
  // testdriven.io's "Dockerizing Django": settings, compose and .env.prod as the tutorial ships them.
  const TUTORIAL = (env: string, expr = 'DEBUG = bool(os.environ.get("DEBUG", default=0))') => ({
    'docker-compose.yml': 'services:\n  web:\n    build: ./app\n    command: gunicorn hello_django.wsgi:application --bind 0.0.0.0:8000\n    restart: always\n    env_file:\n      - ./.env.prod\n',
    '.env.prod': env,
    'app/hello_django/settings.py': SETTINGS(expr),
    'app/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "hello_django.wsgi:application"]\n',
  });
  const failures = async (files: Record<string, string>) => (await runCase(debugMode, { name: 'b1', files })).findings.filter((f) => !f.note);

  it('bool(os.environ.get("DEBUG", default=0)) with DEBUG=0 or DEBUG=False in the env_file is debug on, reported at the settings line', async () => {
    for (const value of ['0', 'False', '"false"']) {
      const out = await failures(TUTORIAL(`DEBUG=${value}\nSECRET_KEY=x\n`));
      expect(out.map((f) => [f.file, f.line, f.column, f.severity ?? debugMode.severity])).toEqual([['app/hello_django/settings.py', 2, 9, 'critical']]);
      expect(out[0]!.message).toBe(`DEBUG = bool(os.environ.get("DEBUG", default=0)) is true for any non-empty DEBUG (a non-empty string is true to Python: "0" and "False" too), and the deploy environment sets DEBUG=${value.replace(/"/g, '')} in .env.prod:1 (env_file of service 'web' in docker-compose.yml): debug is on, showing stack traces and settings to visitors; read it as a boolean: DEBUG = os.environ.get("DEBUG") == "1" (or env.bool("DEBUG", default=False))`);
    }
  });

  it('bool(os.getenv(…)) and a bare string read, set by a Dockerfile ENV, Kubernetes env, compose environment or a production env file', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'proj/settings.py': SETTINGS('DEBUG = bool(os.getenv("DEBUG"))'), Dockerfile: 'FROM python:3.12-slim\nENV DEBUG=False\nCMD ["gunicorn", "proj.wsgi"]\n' }, 'DEBUG=False in Dockerfile:2 (ENV in the image)'],
      [{ 'proj/settings.py': SETTINGS("DEBUG = os.environ.get('DJANGO_DEBUG')"), 'k8s/web.yaml': K8S('            - name: DJANGO_DEBUG\n              value: "0"\n') }, "DJANGO_DEBUG=0 in k8s/web.yaml:12 (container 'api')"],
      [{ 'proj/settings.py': SETTINGS('DEBUG = os.environ["DEBUG"]'), 'compose.yaml': 'services:\n  web:\n    image: acme/web:1.0\n    environment:\n      DEBUG: "no"\n' }, "DEBUG=no in compose.yaml:5 (service 'web')"],
      [{ 'proj/settings.py': SETTINGS('DEBUG = os.getenv("APP_DEBUG", False)'), '.env.production': 'APP_DEBUG=off\n' }, 'APP_DEBUG=off in .env.production:1:'],
    ];
    for (const [files, named] of cases) {
      const out = await failures(files);
      expect(out.map((f) => `${f.file}:${f.line}`), named).toEqual(['proj/settings.py:2']);
      expect(out[0]!.message).toContain(`the deploy environment sets ${named}`);
    }
  });

  it('stays silent when the variable is unset or empty, or the read is typed (env.bool, strtobool, == "1", in (…), int)', async () => {
    expect(await failures(TUTORIAL('SECRET_KEY=x\n'))).toEqual([]);
    expect(await failures(TUTORIAL('DEBUG=\nSECRET_KEY=x\n'))).toEqual([]);
    expect(await failures(TUTORIAL('DEBUG=""\n'))).toEqual([]);
    // Another variable of the same value does not count.
    expect(await failures(TUTORIAL('DJANGO_DEBUG=0\n'))).toEqual([]);
    for (const expr of [
      'DEBUG = os.environ.get("DEBUG") == "1"',
      'DEBUG = os.environ.get("DEBUG", "0") == "1"',
      'DEBUG = os.getenv("DEBUG", "0").lower() in ("1", "true")',
      'DEBUG = bool(int(os.environ.get("DEBUG", default=0)))',
      'DEBUG = bool(strtobool(os.getenv("DEBUG", "no")))',
      'DEBUG = env.bool("DEBUG", default=False)',
      'DEBUG = config("DEBUG", default=False, cast=bool)',
    ]) expect(await failures(TUTORIAL('DEBUG=0\n', expr)), expr).toEqual([]);
  });

  it('a value already reported where it is written (DEBUG=1) is one finding, there', async () => {
    const out = await failures(TUTORIAL('DEBUG=1\n'));
    expect(out.map((f) => `${f.file}:${f.line}`)).toEqual(['.env.prod:1']);
  });

  it('a value only development-only config sets, a development settings module, or a production module that overrides it: notes', async () => {
    const dev = await runCase(debugMode, { name: 'dev', files: {
      'proj/settings.py': SETTINGS('DEBUG = bool(os.getenv("DEBUG"))'),
      'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.0\n',
      'docker-compose.override.yml': 'services:\n  web:\n    environment:\n      - DEBUG=0\n',
    } });
    expect(dev.findings.map((f) => [f.file, f.line, f.note])).toEqual([['proj/settings.py', 2, true]]);
    expect(dev.findings[0]!.message).toMatch(/DEBUG=0 in docker-compose\.override\.yml:4 \(service 'web'\).*\(DEBUG is set only by development-only config: development-only file\)$/);
    const local = await runCase(debugMode, { name: 'local', files: { 'proj/settings/local.py': 'import os\nDEBUG = os.environ.get("DEBUG")\n', '.env.production': 'DEBUG=False\n' } });
    expect(local.findings.map((f) => [f.file, f.line, f.note])).toEqual([['proj/settings/local.py', 2, true]]);
    const overridden = await runCase(debugMode, { name: 'overridden', files: {
      'proj/settings/base.py': 'import os\nDEBUG = bool(os.environ.get("DEBUG", 0))\n',
      'proj/settings/production.py': 'from .base import *\nDEBUG = False\n',
      '.env.production': 'DEBUG=False\n',
    } });
    expect(overridden.findings.map((f) => [f.file, f.line, f.note, f.message])).toEqual([['proj/settings/base.py', 2, true, 'DEBUG read as a string from DEBUG here is overridden by proj/settings/production.py:2 for production']]);
  });
});

describe('debug-mode: a compose value several services reach is one finding naming every service (QA-A C1)', () => {
  it('a YAML anchor merged into two services', async () => {
    const files = { 'docker-compose.yml': 'x-env: &common-env\n  DJANGO_DEBUG: "True"\n  SECRET_KEY: changeme\nx-app: &app\n  image: myorg/web:1.4.2\n  restart: unless-stopped\n  environment:\n    <<: *common-env\n    WORKERS: 4\nservices:\n  web:\n    <<: *app\n    command: gunicorn proj.wsgi -b 0.0.0.0:8000\n  worker:\n    <<: *app\n    command: celery -A proj worker\n' };
    const out = await runCase(debugMode, { name: 'anchor', files });
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.note ?? false, f.message])).toEqual([['docker-compose.yml', 2, 18, false, "services 'web', 'worker' set DJANGO_DEBUG=True, which turns on debug mode (stack traces and settings shown to visitors); remove it from deploy config (debug must default to off)"]]);
  });

  it('a shared env_file, across compose files; a production service makes it a failure', async () => {
    const files = {
      'docker-compose.production.yml': 'services:\n  django:\n    image: acme/django:1.0\n    env_file: ./.envs/.production/.django\n  celeryworker:\n    image: acme/django:1.0\n    env_file: ./.envs/.production/.django\n',
      'docker-compose.yml': 'services:\n  app:\n    image: acme/django:1.0\n    env_file: ./.envs/.production/.django\n',
      'docker-compose.override.yml': 'services:\n  shell:\n    image: acme/django:1.0\n    env_file: ./.envs/.production/.django\n',
      '.envs/.production/.django': 'DJANGO_SECRET_KEY=x\nDJANGO_DEBUG=True\n',
    };
    const out = await runCase(debugMode, { name: 'env_file', files });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message])).toEqual([['.envs/.production/.django', 2, false, "DJANGO_DEBUG=True turns on debug mode (stack traces and settings shown to visitors) (env_file of service 'shell' in docker-compose.override.yml, services 'django', 'celeryworker' in docker-compose.production.yml, service 'app' in docker-compose.yml); remove it from deploy config (debug must default to off)"]]);
  });

  it('services that are all development-only make it one note naming them', async () => {
    const files = { 'docker-compose.override.yml': 'x-env: &env\n  FLASK_DEBUG: 1\nservices:\n  web:\n    environment: *env\n  worker:\n    environment: *env\n' };
    const out = await runCase(debugMode, { name: 'dev', files });
    expect(out.findings.map((f) => [f.file, f.line, f.note, f.message])).toEqual([['docker-compose.override.yml', 2, true, "services 'web', 'worker' set FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution); remove it from deploy config (debug must default to off) (development-only file)"]]);
  });
});

describe('debug-mode: a Django project package named example (awesome-compose django)', () => {
  it('app/example/settings.py is the application, not an illustration folder', async () => {
    const out = await runCase(debugMode, {
      files: {
        'compose.yaml': 'services:\n  web:\n    build: app\n    ports:\n      - "8000:8000"\n    restart: always\n',
        'app/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["gunicorn", "example.wsgi:application", "-b", "0.0.0.0:8000"]\n',
        'app/example/settings.py': "from environs import Env\nenv = Env()\nDEBUG = env.bool('DEBUG', True)\nROOT_URLCONF = 'example.urls'\nINSTALLED_APPS = ['django.contrib.auth']\n",
        'app/example/wsgi.py': "import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'example.settings')\napplication = get_wsgi_application()\n",
      },
    });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['app/example/settings.py:3']);
  });
});

describe('debug-mode: only a base settings module or config class is overridden by production (QA round 18, P2-1/P2-4/P3-1)', () => {
  const at = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort();

  it('a staging, Heroku or other module with DEBUG = True fails beside a production module that turns it off; base.py is overridden; local.py is development-only', async () => {
    const out = await runCase(debugMode, { name: 'siblings', files: {
      'config/settings/__init__.py': '',
      'config/settings/base.py': 'INSTALLED_APPS = ["django.contrib.admin"]\nDEBUG = True\n',
      'config/settings/production.py': 'from .base import *  # noqa\nDEBUG = False\n',
      'config/settings/staging.py': 'from .base import *  # noqa\nDEBUG = True\n',
      'config/settings/heroku.py': 'from .base import *  # noqa\nDEBUG = True\n',
      'config/settings/local.py': 'from .base import *  # noqa\nDEBUG = True\n',
    } });
    expect(at(out)).toEqual(['config/settings/base.py:2 note', 'config/settings/heroku.py:2', 'config/settings/local.py:2 note', 'config/settings/staging.py:2']);
    const note = (file: string) => out.findings.find((f) => f.file === file)!.message;
    expect(note('config/settings/base.py')).toBe('DEBUG = True here is overridden by config/settings/production.py:2 for production');
    expect(note('config/settings/local.py')).toMatch(/^DEBUG = True in Django settings .*\(development-only file\)$/);
    expect(note('config/settings/staging.py')).toMatch(/^DEBUG = True in Django settings shows stack traces/);
  });

  it('Flask: a production config class, a base class production inherits unchanged, or another environment\'s class with DEBUG = True fails; development and testing classes are notes', async () => {
    const inherited = await runCase(debugMode, { name: 'flask', files: {
      'config.py': 'import os\n\nclass Config:\n    SECRET_KEY = os.environ["SECRET_KEY"]\n    DEBUG = True\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n\nclass TestingConfig(Config):\n    TESTING = True\n    DEBUG = True\n\nclass StagingConfig(Config):\n    pass\n\nclass ProductionConfig(Config):\n    ENV = "production"\n',
      'wsgi.py': 'from flask import Flask\napp = Flask(__name__)\napp.config.from_object("config.ProductionConfig")\n',
    } });
    expect(at(inherited)).toEqual(['config.py:12 note', 'config.py:5', 'config.py:8 note']);
    expect(inherited.findings.find((f) => f.line === 5)!.message).toMatch(/^DEBUG = True in config class Config turns on debug mode/);
    expect(inherited.findings.find((f) => f.line === 8)!.message).toMatch(/\(development config class DevelopmentConfig\)$/);
    // QA27 full D5: the note does not tell the user to move DEBUG = True into a development config class: it is in one.
    expect(inherited.findings.find((f) => f.line === 8)!.message).toBe('DEBUG = True in config class DevelopmentConfig turns on debug mode (Flask: the Werkzeug debugger, remote code execution; stack traces shown to visitors); that is fine in a development config class as long as production never selects DevelopmentConfig: make sure the production app loads another config (development config class DevelopmentConfig)');
    // A production (or base) class keeps the advice to move it there.
    expect(inherited.findings.find((f) => f.line === 5)!.message).toMatch(/; set DEBUG = True only in a development config class, or read it from the environment with a false default$/);

    const production = await runCase(debugMode, { name: 'flask-prod', files: {
      'config.py': 'import os\nclass Config:\n    SECRET_KEY = os.environ["SECRET_KEY"]\nclass ProductionConfig(Config):\n    DEBUG = True\n    ENV = "development"\nclass StagingConfig(Config):\n    DEBUG = 1\n',
      Procfile: 'web: gunicorn wsgi:app\n',
    } });
    expect(at(production)).toEqual(['config.py:5', 'config.py:8']);
    expect(production.findings[0]!.message).toMatch(/^DEBUG = True in config class ProductionConfig/);
  });

  it('Flask: a base class DEBUG = True that the production class turns off is a note; non-config classes are not read', async () => {
    const out = await runCase(debugMode, { name: 'flask-overridden', files: {
      'config.py': 'class BaseConfig:\n    DEBUG = True\n\nclass ProductionConfig(BaseConfig):\n    DEBUG = False\n',
      'app/models.py': 'class Widget:\n    DEBUG = True\n',
      'tests/conftest.py': 'class TestConfig:\n    DEBUG = True\n',
    } });
    expect(out.findings.map((f) => [f.file, f.line, f.note, f.message])).toEqual([['config.py', 2, true, 'DEBUG = True in config class BaseConfig is overridden by config.py:5 (ProductionConfig) for production']]);
  });
});

describe('hosting platforms\' deploy files: fly.toml [env] and render.yaml envVars (QA round 20, repos P2)', () => {
  it('debug-mode, default-credentials and cors-wildcard read them; generated and database-bound values and templates are not literals', async () => {
    const { defaultCredentials } = await import('../../src/checks/default-credentials.js');
    const { corsWildcard } = await import('../../src/checks/cors-wildcard.js');
    const files = {
      'fly.toml': 'app = "my-flask-app"\nprimary_region = "iad"\n\n[env]\n  FLASK_DEBUG = "1"\n  PORT = "8080"\n  "SECRET_KEY" = \'changeme\'\n\n[http_service]\n  internal_port = 8080\n  force_https = true\n',
      'render.yaml': 'services:\n  - type: web\n    name: api\n    env: python\n    startCommand: gunicorn app:app\n    envVars:\n      - key: DJANGO_DEBUG\n        value: "True"\n      - key: SECRET_KEY\n        generateValue: true\n      - key: DATABASE_URL\n        fromDatabase:\n          name: db\n          property: connectionString\n      - key: CORS_ORIGINS\n        value: "*"\n      - key: NODE_ENV\n        value: production\nenvVarGroups:\n  - name: shared\n    envVars:\n      - key: ADMIN_PASSWORD\n        value: admin\n',
      'examples/render.yaml.example': 'services:\n  - type: web\n    envVars:\n      - key: DEBUG\n        value: "1"\n',
    };
    const at = async (check: Parameters<typeof runCase>[0]) => (await runCase(check, { files })).findings.map((f) => `${f.file}:${f.line} ${f.message.split(/[;,]/)[0]}`);
    expect(await at(debugMode)).toEqual(['fly.toml:5 fly.toml [env] sets FLASK_DEBUG=1', "render.yaml:8 render.yaml service 'api' sets DJANGO_DEBUG=True"]);
    expect(await at(defaultCredentials)).toEqual(['fly.toml:7 SECRET_KEY (fly.toml [env]) is set to a placeholder value', "render.yaml:23 ADMIN_PASSWORD (render.yaml env group 'shared') is set to a well-known default value"]);
    expect(await at(corsWildcard)).toEqual(['render.yaml:16 CORS_ORIGINS=* allows any origin']);
  });
});

describe('QA34 iac3 D4: fly.toml written with inline tables or dotted keys is the same document as its [env]/[processes] tables', () => {
  it('env = { … }, processes = { … }, env.KEY = …, experimental.cmd = […] are read at their keys; quoted dotted keys are one key', async () => {
    const { defaultCredentials } = await import('../../src/checks/default-credentials.js');
    const { productionServer } = await import('../../src/checks/production-server.js');
    const { tomlEntries } = await import('../../src/checks/util/platform.js');
    const inline = { 'fly.toml': 'app = "inline"\nenv = { FLASK_DEBUG = "1", PORT = 8080, \'SECRET_KEY\' = "changeme" }\nprocesses = { app = "flask run --host 0.0.0.0 --port 8080" }\n' };
    const at = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => (await runCase(check, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(/[;,:]/)[0]}`);
    expect(await at(debugMode, inline)).toEqual(['fly.toml:2:9 fly.toml [env] sets FLASK_DEBUG=1']);
    expect(await at(defaultCredentials, inline)).toEqual(['fly.toml:2:41 SECRET_KEY (fly.toml [env]) is set to a placeholder value']);
    expect(await at(productionServer, inline)).toEqual(["fly.toml:3:15 fly.toml process 'app' starts a development server"]);
    const dotted = { 'fly.toml': 'app = "dotted"\nenv.NODE_ENV = "development"\nexperimental.cmd = ["npm", "run", "dev"]\n', 'package.json': '{"scripts": {"dev": "nodemon server.js"}}\n' };
    expect(await at(debugMode, dotted)).toEqual(['fly.toml:2:1 fly.toml [env] sets NODE_ENV=development']);
    expect(await at(productionServer, dotted)).toEqual(['fly.toml:3:1 fly.toml [experimental] cmd starts a development server']);
    // Tables named by a header and a dotted key inside one; a quoted dotted key is one key; a nested inline table is not read.
    expect(tomlEntries(['[http_service]', 'concurrency.type = "requests"', '"env.X" = "1"', '[env]', 'A = { B = { C = "1" } }', 'D = "2"']).map((e) => `${e.section}|${e.key}=${e.value}`))
      .toEqual(['http_service.concurrency|type=requests', 'http_service|env.X=1', 'env|D=2']);
    // Without dotted keys or inline tables the document is read as before: no [env] from other tables.
    expect(await at(debugMode, { 'fly.toml': 'app = "x"\n[build]\n  args = { FLASK_DEBUG = "1" }\n' })).toEqual([]);
  });
});

describe('QA34 iac3 D5: Heroku app.json env is a deploy environment', () => {
  it('debug-mode, default-credentials and cors-wildcard read its values (object and string forms); generators, Expo app.json and examples are not', async () => {
    const { defaultCredentials } = await import('../../src/checks/default-credentials.js');
    const { corsWildcard } = await import('../../src/checks/cors-wildcard.js');
    const app = '{\n  "name": "Node example",\n  "env": {\n    "NODE_ENV": { "value": "development" },\n    "ADMIN_PASSWORD": { "description": "Initial admin password", "value": "changeme" },\n    "SECRET_KEY": { "generator": "secret" },\n    "CORS_ORIGINS": "*",\n    "DEBUG": { "required": true }\n  }\n}\n';
    const at = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => (await runCase(check, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(/[;,]/)[0]}`);
    expect(await at(debugMode, { 'app.json': app })).toEqual(['app.json:4:29 app.json env sets NODE_ENV=development']);
    expect(await at(defaultCredentials, { 'app.json': app })).toEqual(['app.json:5:76 ADMIN_PASSWORD (app.json env) is set to a placeholder value']);
    expect(await at(corsWildcard, { 'app.json': app })).toEqual([expect.stringMatching(/^app\.json:7:21 CORS_ORIGINS=\* allows any origin/)]);
    // Expo's app.json (an `expo` key), another app.json without an `env` mapping, examples and invalid JSON are not read.
    const expo = '{\n  "expo": { "name": "x" },\n  "env": { "NODE_ENV": "development" }\n}\n';
    for (const files of [{ 'app.json': expo }, { 'app.json': '{"env": "development"}\n' }, { 'examples/app.json': app }, { 'app.json': app.replace('"Node example",', '"Node example",,') }]) {
      expect(await at(debugMode, files)).toEqual([]);
    }
    expect(await at(debugMode, { 'dev/app.json': app })).toEqual(['dev/app.json:4:29 note app.json env sets NODE_ENV=development']);
    // Another project's deploy files, vendored (a gem's or Go module's app.json and fly.toml), are not this repository's.
    expect(await at(debugMode, { 'vendor/github.com/acme/tool/app.json': app, 'vendor/github.com/acme/tool/fly.toml': 'app = "x"\n[env]\n  NODE_ENV = "development"\n' })).toEqual([]);
    expect(await at(debugMode, { 'fly.toml': 'app = "x"\n[env]\n  NODE_ENV = "development"\n' })).toHaveLength(1);
  });
});

describe('debug-mode: kustomize configMapGenerator literals', () => {
  it('DEBUG=true generated into a production overlay\'s ConfigMap fails at the value; DEBUG=false passes', async () => {
    const out = await runCase(debugMode, { name: 'kustomize', files: {
      'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: app-config\n    literals:\n      - LOG_LEVEL=info\n      - DEBUG=false\n',
      'deploy/overlays/production/kustomization.yaml': "namespace: prod\nresources:\n  - ../../base\nconfigMapGenerator:\n  - name: app-config\n    behavior: merge\n    literals:\n      - 'DJANGO_DEBUG=True'\n",
      'deploy/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: app-config\n    behavior: merge\n    literals:\n      - NODE_ENV=development\n',
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(', which')[0]}`)).toEqual([
      "deploy/overlays/dev/kustomization.yaml:7:18 note kustomize configMapGenerator 'app-config' sets NODE_ENV=development",
      "deploy/overlays/production/kustomization.yaml:8:23 kustomize configMapGenerator 'app-config' sets DJANGO_DEBUG=True",
    ]);
  });
});

// QA34 k8s4 D1: the files kustomize generators read (`envs:` env files whatever their names, `files:` one value or an env file).
describe('QA34 k8s4 D1: debug-mode in the files kustomize generators read', () => {
  it('DJANGO_DEBUG=True in an envs: file or a files: entry fails at its line; a dev overlay gives a note; other files are not read', async () => {
    const out = await runCase(debugMode, { name: 'kustomize-files', files: {
      'k8s/overlays/production/kustomization.yaml': 'resources: [../../base]\nconfigMapGenerator:\n  - name: api-config\n    envs:\n      - config.properties\n  - name: flags\n    files:\n      - FLASK_DEBUG=flask-debug.txt\n      - app.env\n      - settings.conf\n      - DEBUG=off.txt\n',
      'k8s/overlays/production/config.properties': 'ALLOWED_HOSTS=api.example.com\nDJANGO_DEBUG=True\n',
      'k8s/overlays/production/flask-debug.txt': '1\n',
      'k8s/overlays/production/app.env': 'NODE_ENV=development\n',
      'k8s/overlays/production/settings.conf': 'DEBUG=true\nother=1\n',
      'k8s/overlays/production/off.txt': 'false\n',
      'k8s/overlays/dev/kustomization.yaml': 'resources: [../../base]\nconfigMapGenerator:\n  - name: api-config\n    envs: [dev.properties]\n',
      'k8s/overlays/dev/dev.properties': 'DEBUG=true\n',
      'k8s/overlays/production/unused.properties': 'DEBUG=true\n',
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(', which')[0]}`).sort()).toEqual([
      "k8s/overlays/dev/dev.properties:1:7 note kustomize configMapGenerator 'api-config' (envs) sets DEBUG=true",
      "k8s/overlays/production/app.env:1:10 kustomize configMapGenerator 'flags' (files) sets NODE_ENV=development",
      "k8s/overlays/production/config.properties:2:14 kustomize configMapGenerator 'api-config' (envs) sets DJANGO_DEBUG=True",
      "k8s/overlays/production/flask-debug.txt:1:1 kustomize configMapGenerator 'flags' (files) sets FLASK_DEBUG=1",
    ]);
  });
});

describe('debug-mode: a pydantic settings class (FastAPI), QA round 20', () => {
  it('DEBUG: bool = True in a BaseSettings class fails with FastAPI\'s consequence, not Flask\'s', async () => {
    const out = await runCase(debugMode, { name: 'pydantic', files: {
      'app/core/config.py': 'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    PROJECT_NAME: str = "api"\n    DEBUG: bool = True\n\n\nsettings = Settings()\n',
      'app/flask_config.py': 'class ProductionConfig(object):\n    DEBUG = True\n',
    } });
    const byFile = Object.fromEntries(out.findings.map((f) => [f.file, f]));
    expect(byFile['app/core/config.py']).toMatchObject({ line: 6, message: expect.stringMatching(/in config class Settings turns on debug mode \(FastAPI\/Starlette/) });
    expect(byFile['app/core/config.py']!.message).not.toMatch(/Werkzeug/);
    expect(byFile['app/flask_config.py']!.message).toMatch(/\(Flask: the Werkzeug debugger/);
  });
});

describe('debug-mode: a suppression of the DEBUG line covers what selects it', () => {
  // Distilled from a Django monorepo (apps/web): the image selects the settings module whose DEBUG = True the team muted until launch.
  const settings = (comment: string) => `SECRET_KEY = os.environ["SECRET_KEY"]\n\n# SECURITY WARNING: don't run with debug turned on in production!\nDEBUG = True  ${comment}\n\nALLOWED_HOSTS = ['*']\n`;
  const dockerfile = 'FROM python:3.12-slim\nENV DJANGO_SETTINGS_MODULE=ahaar_sathi.settings\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["gunicorn", "ahaar_sathi.wsgi:application", "--bind", "0.0.0.0:8000"]\n';
  const scan = async (comment: string) => {
    const dir = makeRepo({
      'apps/web/ahaar_sathi/settings.py': `import os\n${settings(comment)}`,
      'apps/web/Dockerfile': dockerfile,
      '.github/preflight.yml': 'version: 1\nitems:\n  - { id: dbg, check: debug-mode }\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    return report;
  };

  it('the ENV DJANGO_SETTINGS_MODULE finding is suppressed with the DEBUG line it selects, and only then', async () => {
    const muted = await scan('# preflight-ignore debug-mode until 2027-01-31: launch week');
    // The module's own DEBUG = True fails at its line: the ENV selecting it is that finding, not a second one (QA44 fullrepos24 D2).
    expect(muted.findings.filter((f) => f.check === 'debug-mode').map((f) => [f.file, f.line, f.suppressed === true])).toEqual([
      ['apps/web/ahaar_sathi/settings.py', 5, true],
    ]);
    expect(muted.items[0]!.status).toBe('pass');
    expect(JSON.stringify(muted)).not.toContain('"cause"');
    // Expired, or naming another check: both are reported again.
    for (const comment of ['# preflight-ignore debug-mode until 2026-01-31: launch week', '# preflight-ignore cors-wildcard: dev']) {
      const r = await scan(comment);
      expect(r.findings.filter((f) => f.check === 'debug-mode' && !f.suppressed).map((f) => f.file)).toEqual(['apps/web/ahaar_sathi/settings.py']);
      expect(r.result).toBe('fail');
    }
  });
});

describe('QA25 D1: a trailing # in a Dockerfile ENV is part of the value', () => {
  const image = (env: string) => `FROM python:3.12-slim\n${env}\nUSER 1000\nHEALTHCHECK CMD true\nCMD ["gunicorn", "app:app"]\n`;
  it('judges the legacy ENV KEY value by the value before the comment, and says the comment ships', async () => {
    const out = await runCase(debugMode, { name: 'trailing', files: { Dockerfile: image('ENV FLASK_DEBUG 1 # TODO turn off before launch\nENV DEBUG "True" # x\nENV NODE_ENV development   # temporary\nENV ASPNETCORE_ENVIRONMENT Development #dev') } });
    expect(out.findings.map((f) => `${f.line}:${f.column} ${f.note ? 'note ' : ''}${f.message}`)).toEqual([
      "2:5 ENV FLASK_DEBUG=1 in the image turns on Flask debug mode (Werkzeug debugger: remote code execution): the '# TODO turn off before launch' after it is no comment in a Dockerfile but part of the value; remove it from deploy config (debug must default to off)",
      "3:5 ENV DEBUG=True in the image turns on debug mode (stack traces and settings shown to visitors): the '# x' after it is no comment in a Dockerfile but part of the value; remove it from deploy config (debug must default to off)",
      "4:5 ENV NODE_ENV=development in the image turns on Node development mode (verbose errors, no view caching): the '# temporary' after it is no comment in a Dockerfile but part of the value; remove it from deploy config (debug must default to off)",
      "5:5 ENV ASPNETCORE_ENVIRONMENT=Development in the image turns on ASP.NET Core developer exception page: the '#dev' after it is no comment in a Dockerfile but part of the value; remove it from deploy config (debug must default to off)",
    ]);
  });
  it('reads FLASK_DEBUG as Flask does: with a comment in it, even 0 is on', async () => {
    const out = await runCase(debugMode, { name: 'flask zero', files: { Dockerfile: image('ENV FLASK_DEBUG 0 # keep off') } });
    expect(out.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^ENV FLASK_DEBUG=0 # keep off in the image turns on Flask debug mode .*part of the value, and Flask reads any value but 0, false or no as on; put the comment on its own line/)]);
  });
  it('keeps off what the value before the comment leaves off, and a # inside a word is plain value', async () => {
    const out = await runCase(debugMode, { name: 'off', files: { Dockerfile: image('ENV DEBUG False # on in dev\nENV NODE_ENV production # x\nENV FLASK_ENV production #x\nENV DJANGO_DEBUG 1#x\nENV FLASK_DEBUG=0') } });
    expect(out.findings).toEqual([]);
  });
  it('a trailing preflight-ignore suppresses nothing: the finding is reported unsuppressed, with the hint', async () => {
    const dir = makeRepo({
      Dockerfile: image('ENV FLASK_DEBUG 1 # preflight-ignore debug-mode: only used behind VPN'),
      '.github/preflight.yml': 'version: 1\nitems:\n  - { id: dbg, check: debug-mode }\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const found = report.findings.filter((f) => f.check === 'debug-mode');
    expect(found.map((f) => [f.file, f.line, f.suppressed === true])).toEqual([['Dockerfile', 2, false]]);
    expect(found[0]!.message).toMatch(/the preflight-ignore in it suppresses nothing there: a Dockerfile suppression goes on a line of its own before the instruction/);
    expect(report.result).toBe('fail');
    // On the line before, it does suppress.
    const above = makeRepo({
      Dockerfile: image('# preflight-ignore debug-mode: only used behind VPN\nENV FLASK_DEBUG 1'),
      '.github/preflight.yml': 'version: 1\nitems:\n  - { id: dbg, check: debug-mode }\n',
    });
    const muted = (await run({ dir: above, cwd: above, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') })).report;
    expect(muted.findings.filter((f) => f.check === 'debug-mode').map((f) => f.suppressed)).toEqual([true]);
  });
});

describe('debug-mode: Django DEBUG set to a string literal', () => {
  const SETTINGS = (debug: string) => `import os\nSECRET_KEY = os.environ["SECRET_KEY"]\n${debug}\nINSTALLED_APPS = ["django.contrib.admin"]\nROOT_URLCONF = "mysite.urls"\n`;
  const failures = async (files: Record<string, string>) => (await runCase(debugMode, { name: 'string', files })).findings;

  it('DEBUG = "True" (or any non-empty string) is on: critical at the settings line', async () => {
    for (const v of ['"True"', "'True'", '"yes"', '"1"']) {
      const out = await failures({ 'mysite/settings.py': SETTINGS(`DEBUG = ${v}`) });
      expect(out.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['mysite/settings.py:3']);
      expect(out[0]!.message).toMatch(/^DEBUG = "\w+" in Django settings is a non-empty string, which is true to Python: debug is on/);
    }
  });

  it('DEBUG = "False", "false" or "0" is on too, and the message says why', async () => {
    for (const v of ['"False"', "'false'", '"0"']) {
      const out = await failures({ 'mysite/settings.py': SETTINGS(`DEBUG = ${v}`) });
      expect(out.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['mysite/settings.py:3']);
      expect(out[0]!.message).toMatch(/is a non-empty string, which is true to Python \(whatever the word says: "\w+" does not turn debug off\): debug is on/);
      expect(out[0]!.message).toMatch(/write DEBUG = False \(no quotes\)/);
    }
  });

  it('an empty string, a comparison with a string, or a string elsewhere in the line passes', async () => {
    for (const v of ['DEBUG = ""', 'DEBUG = os.environ.get("DJANGO_DEBUG") == "True"', 'DEBUG = os.getenv("DEBUG", "False") == "True"', 'DEBUG = "True" == os.environ.get("DEBUG")', 'DEBUG = False  # was "True"']) {
      expect(await failures({ 'mysite/settings.py': SETTINGS(v) }), v).toEqual([]);
    }
  });

  it('only Django settings modules: a string DEBUG in another module is not judged', async () => {
    expect(await failures({ 'app/constants.py': 'DEBUG = "True"\n' })).toEqual([]);
  });

  it('development settings give a note; a production module with DEBUG = "False" does not override the base', async () => {
    const out = await failures({
      'config/settings/__init__.py': '',
      'config/settings/base.py': 'INSTALLED_APPS = ["django.contrib.admin"]\nDEBUG = True\n',
      'config/settings/production.py': 'from .base import *  # noqa\nDEBUG = "False"\n',
      'config/settings/local.py': 'from .base import *  # noqa\nDEBUG = "True"\n',
    });
    expect(out.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual(['config/settings/base.py:2', 'config/settings/local.py:2 note', 'config/settings/production.py:2']);
    expect(out.find((f) => f.file === 'config/settings/local.py')!.message).toMatch(/^DEBUG = "True" in Django settings .*\(development-only file\)$/);
  });

  it('DJANGO_SETTINGS_MODULE selecting a module with DEBUG = "True" names it', async () => {
    const out = await failures({
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      DJANGO_SETTINGS_MODULE: config.settings.dev\n',
      'config/settings/dev.py': 'INSTALLED_APPS = []\nDEBUG = "True"\n',
    });
    expect(out.find((f) => f.file === 'docker-compose.yml')?.message).toMatch(/selects config\/settings\/dev\.py \(DEBUG = "True" at line 2\)/);
  });
});

describe('debug-mode: supervisord environment= of the programs a production entry point runs (QA29 robust3 D1)', () => {
  const IMAGE = 'FROM python:3.12-slim\nCOPY supervisord.conf /etc/supervisor/conf.d/app.conf\nCMD ["supervisord", "-n", "-c", "/etc/supervisor/conf.d/app.conf"]\n';
  const at = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(',')[0]}`);
  it('a [program:x] that runs, and [supervisord] (passed on to every program), are judged at the value, naming the section', async () => {
    expect(await at({ Dockerfile: IMAGE, 'supervisord.conf': '[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=gunicorn -w 4 -b 0.0.0.0:8000 app:app\nenvironment=FLASK_DEBUG="1",DJANGO_DEBUG="True",NODE_ENV="development"\n' })).toEqual([
      'supervisord.conf:6:26 supervisord [program:web] environment= sets FLASK_DEBUG=1',
      'supervisord.conf:6:43 supervisord [program:web] environment= sets DJANGO_DEBUG=True',
      'supervisord.conf:6:59 supervisord [program:web] environment= sets NODE_ENV=development',
    ]);
    expect((await runCase(debugMode, { files: { Dockerfile: IMAGE, 'supervisord.conf': '[supervisord]\r\nenvironment=FLASK_DEBUG=1\r\n[program:web]\r\ncommand=gunicorn app:app\r\n' } })).findings.map((f) => [f.line, f.column, f.message.split(';')[0]]))
      .toEqual([[2, 25, 'supervisord [supervisord] environment= sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution) (run by CMD in Dockerfile:3)']]);
  });
  it('a program\'s own value wins over [supervisord]\'s; production values, %(ENV_X)s references and configs nothing runs are not findings', async () => {
    const conf = (programs: string) => `[supervisord]\nenvironment=FLASK_DEBUG="1"\n${programs}`;
    expect(await at({ Dockerfile: IMAGE, 'supervisord.conf': conf('[program:web]\ncommand=gunicorn app:app\nenvironment=FLASK_DEBUG="0"\n') })).toEqual([]);
    // Another program that does not set it gets [supervisord]'s.
    expect(await at({ Dockerfile: IMAGE, 'supervisord.conf': conf('[program:web]\ncommand=gunicorn app:app\nenvironment=FLASK_DEBUG="0"\n[program:worker]\ncommand=celery -A app worker\n') }))
      .toEqual(['supervisord.conf:2:26 supervisord [supervisord] environment= sets FLASK_DEBUG=1']);
    expect(await at({ Dockerfile: IMAGE, 'supervisord.conf': '[program:web]\ncommand=gunicorn app:app\nenvironment=FLASK_DEBUG="0",NODE_ENV=production,DJANGO_DEBUG="%(ENV_DJANGO_DEBUG)s"\n' })).toEqual([]);
    // Not run by any entry point (a config lying in the repository), or a section that is not a program's.
    expect(await at({ 'supervisord.conf': '[program:web]\ncommand=gunicorn app:app\nenvironment=FLASK_DEBUG="1"\n' })).toEqual([]);
    expect(await at({ Dockerfile: IMAGE, 'supervisord.conf': '[program:web]\ncommand=gunicorn app:app\n[unix_http_server]\nenvironment=FLASK_DEBUG="1"\n' })).toEqual([]);
  });
});

// QA33 compose3 D1: a compose file that does not parse is not read; with nothing else read the item is skipped naming it.
describe('QA33 compose3 D1: debug-mode with only an unreadable compose file', () => {
  const broken = 'services:\n  web:\n    image: app:1\n    environment:\n      FLASK_DEBUG: "1\n';
  const read = 'no compose file could be read: docker-compose.yml: parse-error (see that finding)';
  const status = async (files: Record<string, string>) => { const out = await runCase(debugMode, { name: 'x', files }); return out.skipped ?? (out.findings.some((f) => !f.note) ? 'fail' : 'pass'); };
  it('is skipped with the compose reason, not passed', async () => {
    expect(await status({ 'docker-compose.yml': broken })).toBe(`no other deploy config, production env file, settings module or framework configuration, and ${read}`);
  });
  it('counter-cases: anything else read keeps pass or fail', async () => {
    expect(await status({ 'docker-compose.yml': broken, Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n' })).toBe('pass');
    expect(await status({ 'docker-compose.yml': broken, Dockerfile: 'FROM python:3.12\nENV FLASK_DEBUG=1\nCMD ["gunicorn", "app:app"]\n' })).toBe('fail');
    expect(await status({ 'docker-compose.yml': broken, '.env.production': 'APP_NAME=x\n' })).toBe('pass');
    expect(await status({ 'docker-compose.yml': broken, 'deploy/docker-compose.yml': 'services:\n  web:\n    image: app:1\n' })).toBe('pass');
    // A compose file that parses but declares no service is read (nothing to judge there): pass, as before.
    expect(await status({ 'docker-compose.yml': 'services: {}\n' })).toBe('pass');
  });
});

// QA33 compose3 D3: a value in a compose env_file (and a production env file) is reported at the value, as in compose itself.
it('QA33 compose3 D3: env_file and production env file findings point at the value, once per place', async () => {
  const at = async (files: Record<string, string>) => (await runCase(debugMode, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line}:${f.column}`);
  const compose = (envFile: string) => `services:\n  web:\n    image: app:1\n    env_file: ${envFile}\n`;
  expect(await at({ 'compose.yaml': compose('app.env'), 'app.env': 'DJANGO_DEBUG=${DJANGO_DEBUG:-True}\n' })).toEqual(['app.env:1:14']);
  expect(await at({ '.env.production': 'APP=x\n  FLASK_DEBUG=1\n' })).toEqual(['.env.production:2:15']);
  // A production env file that a service also loads: one finding, at the value.
  expect(await at({ 'compose.yaml': compose('.env.production'), '.env.production': 'export NODE_ENV=development\n' })).toEqual(['.env.production:1:17']);
});

// QA33 fullrepos7 D3: `flask run` loads a committed `.flaskenv` (python-dotenv): its FLASK_DEBUG=1 turns the debugger on in production.
describe('QA33 fullrepos7 D3: .flaskenv loaded by flask run', () => {
  const rows = async (files: Record<string, string>) => (await runCase(debugMode, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`);
  const flaskenv = 'FLASK_APP=microblog.py\nFLASK_DEBUG=1\n';
  const DOCKER = (copy: string, cmd = '["flask", "run", "--host=0.0.0.0"]') => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt requirements.txt\n${copy}\nCMD ${cmd}\n`;
  it('fails at the .flaskenv line when production runs flask run', async () => {
    expect(await rows({ Procfile: 'web: flask run --host=0.0.0.0 --port=$PORT\n', '.flaskenv': flaskenv })).toEqual(['.flaskenv:2:13']);
    expect(await rows({ Procfile: 'web: python -m flask run\n', '.flaskenv': 'FLASK_ENV=development\n', 'requirements.txt': 'flask\npython-dotenv\n' })).toEqual(['.flaskenv:1:11']);
    expect(await rows({ Dockerfile: DOCKER('COPY . .'), '.flaskenv': flaskenv })).toEqual(['.flaskenv:2:13']);
    expect(await rows({ Dockerfile: DOCKER('COPY --chown=app:app .flaskenv app.py ./'), '.flaskenv': flaskenv })).toEqual(['.flaskenv:2:13']);
  });
  it('counter-cases: gunicorn, an image that does not copy it, the command setting it, another folder, no python-dotenv, development', async () => {
    expect(await rows({ Procfile: 'web: gunicorn microblog:app\n', '.flaskenv': flaskenv })).toEqual([]);
    expect(await rows({ Dockerfile: DOCKER('COPY app app\nCOPY microblog.py config.py ./'), '.flaskenv': flaskenv })).toEqual([]);
    // A builder stage's `COPY . .` is not the image's: the final stage copies only the built output.
    expect(await rows({ Dockerfile: `FROM python:3.12-slim AS build\nWORKDIR /src\nCOPY . .\nRUN pip wheel -w /wheels .\n${DOCKER('COPY --from=build /wheels /wheels\nCOPY microblog.py ./')}`, '.flaskenv': flaskenv })).toEqual([]);
    expect(await rows({ Procfile: 'web: FLASK_DEBUG=0 flask run\n', '.flaskenv': flaskenv })).toEqual([]);
    // The image's ENV (or the service's environment) is in the process environment before Flask loads `.flaskenv`: it wins.
    expect(await rows({ Dockerfile: DOCKER('COPY . .\nENV FLASK_DEBUG=0'), '.flaskenv': flaskenv })).toEqual([]);
    expect(await rows({ 'docker-compose.yml': 'services:\n  web:\n    image: app\n    command: flask run\n    environment:\n      FLASK_DEBUG: "0"\n', '.flaskenv': flaskenv })).toEqual([]);
    expect(await rows({ Procfile: 'web: flask run\n', '.flaskenv': 'FLASK_APP=app.py\nFLASK_DEBUG=0\n' })).toEqual([]);
    // A compose service that builds the image and runs its CMD as it is, setting the variable (environment or env_file): it wins;
    // a second such service that does not set it leaves the .flaskenv value to that one (QA33 review).
    const built = (env: string) => `services:\n  web:\n    build: .\n${env}`;
    expect(await rows({ Dockerfile: DOCKER('COPY . .'), 'docker-compose.yml': built('    environment:\n      FLASK_DEBUG: "0"\n'), '.flaskenv': flaskenv })).toEqual([]);
    expect(await rows({ Dockerfile: DOCKER('COPY . .'), 'docker-compose.yml': built('    env_file: app.env\n'), 'app.env': 'FLASK_DEBUG=0\n', '.flaskenv': flaskenv })).toEqual([]);
    expect(await rows({ Dockerfile: DOCKER('COPY . .'), 'docker-compose.yml': `${built('    environment:\n      FLASK_DEBUG: "0"\n')}  worker:\n    build: .\n`, '.flaskenv': flaskenv })).toEqual(['.flaskenv:2:13']);
    expect(await rows({ Procfile: 'web: flask run\n', 'docs/example/.flaskenv': flaskenv })).toEqual([]);
    // Dependencies listed without python-dotenv: flask run does not load it (a note).
    expect(await rows({ Procfile: 'web: flask run\n', '.flaskenv': flaskenv, 'requirements.txt': 'flask==3.0\n' })).toEqual(['.flaskenv:2:13 note']);
    expect(await rows({ Procfile: 'web: flask run\n', '.flaskenv': flaskenv, 'pyproject.toml': '[project]\ndependencies = ["flask[dotenv]>=3"]\n' })).toEqual(['.flaskenv:2:13']);
    // Only a development entry point runs flask run: a note.
    expect(await rows({ 'Procfile.dev': 'web: flask run\n', '.flaskenv': flaskenv })).toEqual(['.flaskenv:2:13 note']);
  });
});

// qa34 dockerfile5 D1: `ARG BUILD_DATE VCS_REF NODE_ENV=development` declares three ARGs (BuildKit reads each word); the bare
// first name does not take the rest of the line as its default.
it('reads the default of a later name on a multi-name ARG line whose first name is bare', async () => {
  const files = {
    'a/Dockerfile': 'FROM node:20.12-slim\nARG BUILD_DATE VCS_REF NODE_ENV=development\nENV NODE_ENV=$NODE_ENV\nUSER 1000\nCMD ["node", "server.js"]\n',
    // Bare names only: no default, so nothing to judge.
    'b/Dockerfile': 'FROM node:20.12-slim\nARG NODE_ENV BUILD_DATE\nENV NODE_ENV=$NODE_ENV\nUSER 1000\nCMD ["node", "server.js"]\n',
    'c/Dockerfile': 'FROM node:20.12-slim\nARG BUILD_DATE NODE_ENV=production\nENV NODE_ENV=$NODE_ENV\nUSER 1000\nCMD ["node", "server.js"]\n',
  };
  const out = await runCase(debugMode, { name: 'multi-arg', files });
  expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column} ${/resolved from [^)]*/.exec(f.message)?.[0]}`)).toEqual(['a/Dockerfile:3:5 resolved from $NODE_ENV: the ARG default, unless a --build-arg overrides it']);
});
