import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

// Sanic, Litestar and single-file Django debug switches (QA round 23): each makes the framework answer unhandled errors
// with the traceback (Sanic's and Litestar's error pages in debug mode, Django's technical 500 page).
const SANIC = (run: string) => `from sanic import Sanic\nfrom sanic.response import json\n\napp = Sanic("api")\n\n\n@app.get("/")\nasync def index(request):\n    return json({"ok": True})\n\n${run}`;
const GUARDED = (args: string) => SANIC(`\nif __name__ == "__main__":\n    app.run(${args})\n`);
const PY_DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "server.py"]\n';
const LITESTAR = (args: string) => `from litestar import Litestar, get\n\n\n@get("/")\nasync def index() -> dict[str, bool]:\n    return {"ok": True}\n\n\napp = Litestar(${args})\n`;
// The single-file Django app of "Lightweight Django" (Elman and Lavin), distilled.
const DJANGO = (debug: string, head = '') => `import os\nimport sys\n\nfrom django.conf import settings\n${head}\nsettings.configure(\n    DEBUG=${debug},\n    SECRET_KEY=os.environ["SECRET_KEY"],\n    ROOT_URLCONF=__name__,\n    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],\n)\n\nfrom django.core.wsgi import get_wsgi_application\nfrom django.http import HttpResponse\nfrom django.urls import path\n\n\ndef index(request):\n    return HttpResponse("Hello World")\n\n\nurlpatterns = [path("", index)]\n\napplication = get_wsgi_application()\n\nif __name__ == "__main__":\n    from django.core.management import execute_from_command_line\n\n    execute_from_command_line(sys.argv)\n`;

testCheck(debugMode, {
  valid: [
    { name: 'sanic: app.run without debug, debug=False, dev=False and an off env read', files: {
      Dockerfile: PY_DOCKERFILE,
      'server.py': GUARDED('host="0.0.0.0", port=8000, workers=4, access_log=False'),
      'b/server.py': GUARDED('host="0.0.0.0", debug=False, dev=False, auto_reload=False'),
      'c/server.py': `import os\n${GUARDED('host="0.0.0.0", debug=os.getenv("SANIC_DEBUG", "0") == "1"')}`,
    } },
    { name: 'sanic: the CLI in production without debug flags, and other look-alikes', files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD ["sanic", "server:app", "--host=0.0.0.0", "--port=8000", "--workers=4", "--no-access-logs"]\n',
      Procfile: 'web: python -m sanic server:app --host=0.0.0.0 --port=$PORT --fast\n',
      'server.py': `import sentry_sdk\nimport logging\n${SANIC('\nsentry_sdk.init(dsn="https://k@o1.ingest.sentry.io/1", debug=True)\nlogging.basicConfig(level=logging.DEBUG)\napp.config.FALLBACK_ERROR_FORMAT = "json"\napp.ctx.scheduler.run(debug=True)\nasyncio.run(main(debug=True))\n')}`,
    } },
    { name: 'sanic: comments, strings, tests, examples, docs and templates', files: {
      'server.py': SANIC('\n# app.run(debug=True)\nUSAGE = """\nRun locally with app.run(debug=True, dev=True).\n"""\nHINT = "app.run(dev=True)"\n'),
      'tests/test_server.py': GUARDED('debug=True'),
      'examples/hello.py': SANIC('app.run(host="0.0.0.0", debug=True)\n'),
      'docs/guide/server.py': SANIC('app.run(dev=True)\n'),
      'server.py.example': SANIC('app.run(debug=True)\n'),
    } },
    { name: 'bottle: run() without debug, with debug=False, and run(debug=True) under main of a module gunicorn imports', files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'app.py': 'from bottle import Bottle, run\n\napp = Bottle()\n\n@app.route(\"/\")\ndef index():\n    return \"ok\"\n\nif __name__ == \"__main__\":\n    run(app, host="0.0.0.0", debug=False, server="gunicorn")\n',
      'b/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD ["gunicorn", "app:app"]\n', 'b/app.py': 'from bottle import Bottle, run\n\napp = Bottle()\n\n@app.route(\"/\")\ndef index():\n    return \"ok\"\n\nif __name__ == \"__main__\":\n    run(app, debug=True)\n',
    } },
    { name: 'sanic: app.run(debug=True) in a module that does not use Sanic is not this rule', files: {
      'worker.py': 'from mylib import Sanic\n\napp = Sanic("x")\napp.run(debug=True)\n',
    } },
    { name: 'litestar: no debug, debug=False and an off env read', files: {
      'a/app.py': LITESTAR('route_handlers=[index]'),
      'b/app.py': LITESTAR('route_handlers=[index], debug=False'),
      'c/app.py': `import os\n${LITESTAR('route_handlers=[index], debug=os.getenv("LITESTAR_DEBUG", "0") == "1"')}`,
      'tests/test_app.py': LITESTAR('route_handlers=[index], debug=True'),
      'lib/app.py': 'from mylib import Litestar\n\napp = Litestar(debug=True)\n',
    } },
    { name: 'litestar: LITESTAR_DEBUG=0 and litestar run without --debug', files: {
      'app.py': LITESTAR('route_handlers=[index]'),
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    command: litestar --app app:app run --host 0.0.0.0 --port 8000\n    environment:\n      LITESTAR_DEBUG: "0"\n',
    } },
    { name: 'django settings.configure: DEBUG off or read with a false default', files: {
      'a/app.py': DJANGO('False'),
      'b/app.py': DJANGO('os.environ.get("DEBUG", "off") == "on"'),
      'c/app.py': DJANGO('DEBUG', '\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n'),
    } },
    { name: 'django settings.configure: test runners and modules that serve no site are not read', files: {
      'runtests.py': 'import sys\n\nimport django\nfrom django.conf import settings\n\nsettings.configure(\n    DEBUG=True,\n    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3"}},\n    INSTALLED_APPS=["django.contrib.contenttypes", "myapp"],\n    ROOT_URLCONF="myapp.urls",\n)\ndjango.setup()\n',
      'conftest.py': 'from django.conf import settings\n\n\ndef pytest_configure():\n    settings.configure(DEBUG=True)\n',
      'docs/conf.py': 'from django.conf import settings\n\nsettings.configure(DEBUG=True)\n',
      'scripts/dump.py': '# settings.configure(DEBUG=True)\nfrom django.conf import settings\n\nsettings.configure(DEBUG=False)\n',
    } },
  ],
  invalid: [
    { name: 'bottle: run(app, debug=True) that production runs with python app.py, whatever server it names', files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'app.py': 'from bottle import Bottle, run\n\napp = Bottle()\n\n@app.route(\"/\")\ndef index():\n    return \"ok\"\n\nif __name__ == \"__main__\":\n    run(app, host="0.0.0.0", port=8080, debug=True, reloader=True)\n',
      'b/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'b/app.py': 'import bottle\napp = bottle.Bottle()\nbottle.run(app, server="gunicorn", debug=True)\n',
    }, errors: [{ file: 'app.py', line: 10, column: 5, severity: 'critical', message: /^run\(debug=True\) runs in production \(CMD in Dockerfile:3\): Bottle's debug mode/ }, { file: 'b/app.py', line: 3, message: /^bottle\.run\(debug=True\)/ }] },
    { name: 'sanic: app.run(debug=True) that production runs with python server.py', files: { Dockerfile: PY_DOCKERFILE, 'server.py': GUARDED('host="0.0.0.0", port=8000, debug=True') },
      errors: [{ file: 'server.py', line: 13, column: 40, severity: 'critical', message: /^app\.run\(debug=True\) \(run by CMD in Dockerfile:4\) turns on Sanic's debug mode: .*traceback/ }] },
    { name: 'sanic: app.run(dev=True) in main() called from the guard, run by a Procfile', files: {
      Procfile: 'web: python server.py\n',
      'server.py': SANIC('\ndef main():\n    app.run(host="0.0.0.0", port=8000, dev=True)\n\n\nif __name__ == "__main__":\n    main()\n'),
    }, errors: [{ file: 'server.py', line: 13, message: /^app\.run\(dev=True\) \(run by Procfile web in Procfile:1\) turns on Sanic's debug mode/ }] },
    { name: 'sanic: a start script that runs the module with python -m', files: {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nCMD ["./start.sh"]\n',
      'start.sh': '#!/bin/sh\nset -e\nexec python -m app.server\n',
      'app/server.py': GUARDED('host="0.0.0.0", debug=True'),
    }, errors: [{ file: 'app/server.py', line: 13, message: /\(run by CMD in Dockerfile:4\)/ }] },
    { name: 'sanic: the module run by a package.json script the entry point starts (npm start → python server.py)', files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD ["npm", "start"]\n',
      'package.json': '{"scripts": {"start": "python server.py"}}\n',
      'server.py': GUARDED('host="0.0.0.0", debug=True'),
    }, errors: [{ file: 'server.py', line: 13, message: /\(run by CMD in Dockerfile:3\)/ }] },
    { name: 'sanic: the CLI with --debug in a package.json script the entry point starts', files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD ["npm", "start"]\n',
      'package.json': '{"scripts": {"start": "sanic server:app --host=0.0.0.0 --debug"}}\n',
      'server.py': SANIC(''),
    }, errors: [{ file: 'Dockerfile', line: 3, message: /^CMD \(through package\.json\) starts Sanic with --debug/ }] },
    { name: 'config class: env("DEBUG") under django-environ\'s scheme with a true default', files: {
      'app/config.py': 'import environ\n\nenv = environ.Env(DEBUG=(bool, True))\n\n\nclass Config:\n    DEBUG = env("DEBUG")\n',
    }, errors: [{ file: 'app/config.py', line: 7, message: /^DEBUG defaulting to on when DEBUG is unset in config class Config/ }] },
    { name: 'sanic: unguarded app.run(debug=True) at module level fails without deploy config', files: { 'server.py': SANIC('app.run(host="0.0.0.0", debug=True)\n') },
      errors: [{ file: 'server.py', line: 11 }] },
    { name: 'sanic: a debug constant passed to app.run', files: { Dockerfile: PY_DOCKERFILE, 'server.py': `DEBUG = True\n${GUARDED('host="0.0.0.0", debug=DEBUG')}` },
      errors: [{ file: 'server.py', line: 1, message: /^DEBUG = True is passed to app\.run\(debug=DEBUG\) at server\.py:14 \(run by CMD in Dockerfile:4\): it turns on Sanic's/ }] },
    { name: 'sanic: the CLI with --debug, --dev or -d in deploy commands', files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD ["sanic", "server:app", "--host=0.0.0.0", "--port=8000", "--debug"]\n',
      Procfile: 'web: python -m sanic server:app --host=0.0.0.0 --port=$PORT -d\n',
      // `worker` runs the image's CMD (`api`'s own command replaces it there: QA52 compose D1).
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    command: sanic server:app --host 0.0.0.0 --auto-reload --dev\n  worker:\n    build: .\n',
      'server.py': SANIC(''),
    }, errors: [
      { file: 'Dockerfile', line: 3, message: /^CMD starts Sanic with --debug: .*traceback/ },
      { file: 'Procfile', line: 1, message: /-d/ },
      { file: 'docker-compose.yml', line: 4, message: /--dev/ },
    ] },
    { name: 'litestar: Litestar(debug=True) and app.debug = True', files: {
      'app.py': LITESTAR('route_handlers=[index], debug=True'),
      'svc/main.py': `${LITESTAR('route_handlers=[index]')}app.debug = True\n`,
    }, errors: [{ file: 'app.py', line: 9, column: 40, severity: 'critical', message: /^Litestar\(debug=True\) turns on Litestar's debug mode: .*traceback/ }, { file: 'svc/main.py', line: 10, message: /^app\.debug = True turns on Litestar's debug mode/ }] },
    { name: 'litestar: a settings constant that defaults to on', files: {
      'app/config.py': 'import os\n\nDEBUG = os.getenv("LITESTAR_DEBUG", "true").lower() == "true"\n',
      'app/main.py': `from app.config import DEBUG\n${LITESTAR('route_handlers=[index], debug=DEBUG')}`,
    }, errors: [{ file: 'app/config.py', line: 3, message: /is passed to Litestar\(debug=DEBUG\) at app\/main\.py:10: debug defaults to on when LITESTAR_DEBUG is unset/ }] },
    { name: 'litestar: LITESTAR_DEBUG=1 in deploy config and litestar run --debug', files: {
      'app.py': LITESTAR('route_handlers=[index]'),
      Dockerfile: 'FROM python:3.12-slim\nENV LITESTAR_DEBUG=1\nCMD ["litestar", "--app", "app:app", "run", "--host", "0.0.0.0", "--debug"]\n',
    }, errors: [{ file: 'Dockerfile', line: 2, message: /LITESTAR_DEBUG=1 in the image turns on Litestar debug mode/ }, { file: 'Dockerfile', line: 3, message: /^CMD starts Litestar with --debug/ }] },
    { name: 'django settings.configure(DEBUG=True) in a single-file app', files: { 'hello.py': DJANGO('True') },
      errors: [{ file: 'hello.py', line: 7, column: 5, severity: 'critical', message: /^settings\.configure\(DEBUG=True\) turns on Django's debug mode: .*traceback/ }] },
    { name: 'django settings.configure: DEBUG read with a true default (Lightweight Django\'s pattern)', files: {
      'hello.py': DJANGO('DEBUG', '\nDEBUG = os.environ.get("DEBUG", "on") == "on"\n'),
      'other/app.py': DJANGO('os.getenv("DJANGO_DEBUG", "True") == "True"'),
    }, errors: [{ file: 'hello.py', line: 6, message: /is passed to settings\.configure\(DEBUG=DEBUG\) at hello\.py:9: debug defaults to on when DEBUG is unset/ }, { file: 'other/app.py', line: 7, message: /^settings\.configure\(DEBUG=…\) defaults to on when DJANGO_DEBUG is unset/ }] },
  ],
  notes: [
    { name: 'sanic: a guarded app.run(debug=True) production does not run as a script is a note', files: {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD ["sanic", "server:app", "--host=0.0.0.0", "--workers=4"]\n',
      'server.py': GUARDED('host="127.0.0.1", port=8000, debug=True, auto_reload=True'),
    }, notes: [{ file: 'server.py', line: 13, message: /__main__/ }] },
    { name: 'sanic: a development-only file, a development branch and a development-only entry point are notes', files: {
      'dev/server.py': SANIC('app.run(debug=True)\n'),
      'svc/server.py': `import os\n${SANIC('if os.getenv("ENV") == "development":\n    app.run(dev=True)\nelse:\n    app.run(fast=True)\n')}`,
      'docker-compose.override.yml': 'services:\n  api:\n    command: sanic server:app --dev\n',
    }, notes: [{ file: 'dev/server.py', line: 11, message: /development-only file/ }, { file: 'docker-compose.override.yml', line: 3, message: /--dev/ }, { file: 'svc/server.py', line: 13, message: /development-only branch/ }] },
    { name: 'django settings.configure(DEBUG=True) under the main guard is a note', files: {
      'manage.py': 'import sys\n\nfrom django.conf import settings\nfrom django.urls import path\n\nurlpatterns = []\n\nif __name__ == "__main__":\n    settings.configure(DEBUG=True, ROOT_URLCONF=__name__)\n    from django.core.management import execute_from_command_line\n\n    execute_from_command_line(sys.argv)\n',
    }, notes: [{ file: 'manage.py', line: 9, message: /__main__/ }] },
  ],
});

describe('debug-mode: Sanic debug= read as a string from the environment', () => {
  const server = `import os\n${GUARDED('host="0.0.0.0", debug=os.getenv("SANIC_DEBUG")')}`;
  it('fails only when the deploy environment sets the variable', async () => {
    const unset = await runCase(debugMode, { files: { Dockerfile: PY_DOCKERFILE, 'server.py': server } });
    expect(unset.findings.filter((f) => !f.note)).toEqual([]);
    const set = await runCase(debugMode, { files: { Dockerfile: PY_DOCKERFILE.replace('CMD', 'ENV SANIC_DEBUG=false\nCMD'), 'server.py': server } });
    expect(set.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['server.py:14']);
  });
});

describe('debug-mode: a Django single-file app whose module-level DEBUG is also a settings module DEBUG', () => {
  it('is one finding', async () => {
    const text = DJANGO('DEBUG', '\nDEBUG = True\nINSTALLED_APPS = ["django.contrib.contenttypes"]\n');
    const out = await runCase(debugMode, { files: { 'app.py': text } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['app.py:6']);
  });
});

describe('debug-mode: Spring Boot YAML with Maven resource-filtering tokens (QA25 D1)', () => {
  it('is read as after filtering: the stack-trace setting beside an unquoted @project.version@ is judged at its line', async () => {
    const yml = 'info:\n  app:\n    version: @project.version@\nserver:\n  error:\n    include-stacktrace: always\n';
    const out = await runCase(debugMode, { files: { 'src/main/resources/application.yml': yml } });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''}`)).toEqual(['src/main/resources/application.yml:6:5']);
    const token = await runCase(debugMode, { files: { 'src/main/resources/application.yml': 'server:\n  error:\n    include-stacktrace: @stacktrace.mode@\n' } });
    expect(token.findings).toEqual([]);
  });
});

describe('debug-mode: a JDWP remote debugger in the production start command (QA25 D5)', () => {
  const found = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(':')[0]}`).sort();
  const JAVA = 'FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY app.jar .\nUSER 10001\n';
  it('listening on all interfaces fails where it is started or set; localhost only is a note; connecting out is not judged', async () => {
    expect(await found({
      'a/Dockerfile': `${JAVA}ENTRYPOINT ["java", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005", "-jar", "app.jar"]\n`,
      'b/Dockerfile': `${JAVA}CMD java -Xdebug -Xrunjdwp:transport=dt_socket,server=y,address=0.0.0.0:8000 -jar app.jar\n`,
      'c/Dockerfile': `${JAVA}ENV JAVA_TOOL_OPTIONS="-Xmx512m -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005"\nCMD ["java", "-jar", "app.jar"]\n`,
      'k8s/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          env:\n            - name: JAVA_OPTS\n              value: "-agentlib:jdwp=transport=dt_socket,server=y,address=[::]:5005"\n',
      // Java 9+: a bare port (or localhost) listens on the loopback interface only.
      'd/Dockerfile': `${JAVA}CMD ["java", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005", "-jar", "app.jar"]\n`,
      'e/Dockerfile': `${JAVA}ENV JDK_JAVA_OPTIONS=-agentlib:jdwp=transport=dt_socket,server=y,address=localhost:5005\nCMD ["java", "-jar", "app.jar"]\n`,
      // `server=n` attaches to a debugger elsewhere; a variable address is unknown; a development compose file gives a note.
      'f/Dockerfile': `${JAVA}CMD ["java", "-agentlib:jdwp=transport=dt_socket,server=n,address=debugger:5005", "-jar", "app.jar"]\n`,
      'g/Dockerfile': `${JAVA}CMD java -agentlib:jdwp=transport=dt_socket,server=y,address=$DEBUG_ADDRESS -jar app.jar\n`,
      'docker-compose.override.yml': 'services:\n  api:\n    image: acme/api:1.0\n    environment:\n      JAVA_TOOL_OPTIONS: -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005\n',
    })).toEqual([
      'a/Dockerfile:5 ENTRYPOINT starts the JVM with a JDWP remote debugger listening on all interfaces (-agentlib',
      'b/Dockerfile:5 CMD starts the JVM with a JDWP remote debugger listening on all interfaces (-Xrunjdwp',
      'c/Dockerfile:5 ENV JAVA_TOOL_OPTIONS=-Xmx512m -agentlib',
      'd/Dockerfile:5 note CMD starts the JVM with a JDWP debugger agent (-agentlib',
      "docker-compose.override.yml:5 note service 'api' sets JAVA_TOOL_OPTIONS=-agentlib",
      'e/Dockerfile:5 note JDK_JAVA_OPTIONS starts the JVM with a JDWP debugger agent (-agentlib',
      'k8s/api.yaml:13 container \'api\' sets JAVA_OPTS=-agentlib',
    ]);
  });
});

describe('debug-mode: a pm2 app\'s env and serverless.yml environment (QA round 25, node D6)', () => {
  const NODE = (cmd: string) => `FROM node:20.12-alpine\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ${cmd}\n`;
  const ECO = "module.exports = {\n  apps: [{\n    name: 'api',\n    script: 'dist/main.js',\n    env: { NODE_ENV: 'development', PORT: 3000 },\n    env_production: { NODE_ENV: 'production' },\n  }],\n};\n";
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(', which')[0]}`);
  it("the env pm2 gives an app production starts is judged at its line: env, and env_<name> over it with --env <name>", async () => {
    expect(await shown({ Dockerfile: NODE('["pm2-runtime","ecosystem.config.js"]'), 'ecosystem.config.js': "module.exports = {\n  apps: [{ name: 'api', script: 'dist/main.js', env: { NODE_ENV: 'development', PORT: 3000 } }],\n};\n" }))
      .toEqual(["ecosystem.config.js:2:67 pm2 app 'api' env sets NODE_ENV=development"]);
    // Without --env production, env_production is not applied: the message says so.
    const out = await runCase(debugMode, { files: { Dockerfile: NODE('["pm2-runtime","ecosystem.config.js"]'), 'ecosystem.config.js': ECO } });
    expect(out.findings.map((f) => [f.line, f.message])).toEqual([[5, expect.stringMatching(/^pm2 app 'api' env sets NODE_ENV=development, .*its env_production is applied only when pm2 is started with --env production\)/)]]);
    expect(await shown({ Dockerfile: NODE('["pm2-runtime","start","ecosystem.config.js","--env","production"]'), 'ecosystem.config.js': ECO.replace("NODE_ENV: 'production'", "NODE_ENV: 'development'").replace("NODE_ENV: 'development', PORT", "NODE_ENV: 'production', PORT") }))
      .toEqual(["ecosystem.config.js:6:34 pm2 app 'api' env_production sets NODE_ENV=development"]);
    // A JSON process file, at the value.
    expect(await shown({ Procfile: 'web: pm2 start process.json --no-daemon\n', 'process.json': '{\n  "apps": [{\n    "name": "api",\n    "script": "server.js",\n    "env": {"NODE_ENV": "development"}\n  }]\n}\n' }))
      .toEqual(["process.json:5:26 pm2 app 'api' env sets NODE_ENV=development"]);
    // A development-only entry point makes it a note.
    expect(await shown({ 'Procfile.dev': 'web: pm2-runtime ecosystem.config.js\n', 'ecosystem.config.js': ECO }))
      .toEqual(["ecosystem.config.js:5:23 note pm2 app 'api' env sets NODE_ENV=development"]);
  });
  it('passes when pm2 applies a production env, when nothing starts the file, for apps --only leaves out and for values from code', async () => {
    expect(await shown({ Dockerfile: NODE('["pm2-runtime","start","ecosystem.config.js","--env","production"]'), 'ecosystem.config.js': ECO })).toEqual([]);
    expect(await shown({ Dockerfile: NODE('["node","dist/main.js"]'), 'ecosystem.config.js': ECO })).toEqual([]);
    expect(await shown({ Dockerfile: NODE('["pm2-runtime","ecosystem.config.js","--only","api"]'), 'ecosystem.config.js': "module.exports = {\n  apps: [\n    { name: 'api', script: 'dist/main.js', env: { NODE_ENV: 'production' } },\n    { name: 'local', script: 'dist/main.js', env: { NODE_ENV: 'development' } },\n  ],\n};\n" })).toEqual([]);
    expect(await shown({ Dockerfile: NODE('["pm2-runtime","ecosystem.config.js"]'), 'ecosystem.config.js': "module.exports = {\n  apps: [{ name: 'api', script: 'dist/main.js', env: { NODE_ENV: process.env.NODE_ENV || 'development' }, env_staging: { NODE_ENV: 'development' } }],\n};\n" })).toEqual([]);
  });
  it("serverless.yml's provider and function environment with literal values", async () => {
    const yml = 'service: orders\nprovider:\n  name: aws\n  environment:\n    NODE_ENV: development\n    STAGE: ${opt:stage}\nfunctions:\n  api:\n    handler: dist/handler.main\n    environment:\n      FLASK_DEBUG: "1"\n  jobs:\n    handler: dist/jobs.main\n    environment:\n      NODE_ENV: ${env:NODE_ENV, \'development\'}\n';
    expect(await shown({ 'serverless.yml': yml })).toEqual([
      'serverless.yml:5:15 serverless.yml provider.environment sets NODE_ENV=development',
      "serverless.yml:11:21 serverless.yml function 'api' environment sets FLASK_DEBUG=1",
    ]);
    expect(await shown({ 'test/fixtures/serverless.yml': yml })).toEqual([]);
  });
});

describe('debug-mode: the Node inspector open to the network (QA round 25, node D9)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(':')[0]}`);
  const pkg = (start: string) => JSON.stringify({ name: 'x', scripts: { start } });
  it('--inspect/--inspect-brk bound to another interface than loopback fails, in a start script, a CMD, NODE_OPTIONS and a pm2 app', async () => {
    expect(await shown({ Procfile: 'web: npm start\n', 'package.json': pkg('node --inspect=0.0.0.0:9229 server.js') }))
      .toEqual(['Procfile:1 Procfile web (through package.json) starts node with --inspect=0.0.0.0']);
    expect(await shown({ Dockerfile: 'FROM node:22\nUSER node\nCMD ["node", "-r", "dotenv/config", "--inspect-brk=[::]:9229", "dist/main.js"]\n' }))
      .toEqual(['Dockerfile:3 CMD starts node with --inspect-brk=[']);
    // `--inspect-port` names the host the bare `--inspect` listens on.
    expect(await shown({ Dockerfile: 'FROM node:22\nUSER node\nCMD ["node", "--inspect-port=0.0.0.0:9229", "--inspect", "dist/main.js"]\n' }))
      .toEqual(['Dockerfile:3 CMD starts node with --inspect']);
    expect(await shown({ 'docker-compose.yml': 'services:\n  api:\n    image: node:22.1\n    command: node dist/main.js\n    environment:\n      NODE_OPTIONS: "--max-old-space-size=512 --inspect=0.0.0.0:9229"\n' }))
      .toEqual(["docker-compose.yml:6 service 'api' sets NODE_OPTIONS=--max-old-space-size=512 --inspect=0.0.0.0"]);
    expect(await shown({ Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["pm2-runtime", "ecosystem.config.js"]\n', 'ecosystem.config.js': "module.exports = { apps: [{ name: 'api', script: 'dist/main.js', node_args: '--inspect=0.0.0.0' }] };\n" }))
      // At the app's node_args line (QA27 paas D4), naming the entry point.
      .toEqual(["ecosystem.config.js:1 pm2 app 'api' node_args (run by CMD in Dockerfile"]);
  });
  it("--inspect on loopback (node's default) is a note; the script's own --inspect argument and other flags are not node's", async () => {
    expect(await shown({ Procfile: 'web: node --inspect server.js\n', 'b/Procfile': 'web: node --inspect=127.0.0.1:9230 worker.js\n' })).toEqual(['Procfile:1 note Procfile web starts node with --inspect', 'b/Procfile:1 note Procfile web starts node with --inspect=127.0.0.1']);
    expect(await shown({ Dockerfile: 'FROM node:22\nUSER node\nCMD ["node", "--inspect=localhost:9229", "--inspect-port=9230", "dist/main.js"]\n' })).toEqual(['Dockerfile:3 note CMD starts node with --inspect=localhost']);
    expect(await shown({ Procfile: 'web: node server.js --inspect=0.0.0.0:9229\n', 'docker-compose.yml': 'services:\n  api:\n    image: node:22.1\n    command: node dist/main.js\n    environment:\n      NODE_OPTIONS: "--inspect=127.0.0.1:9229 --max-old-space-size=512"\n      INSPECT: "--inspect=0.0.0.0"\n' })).toEqual([]);
  });
});

describe('debug-mode: Spring Boot include-stacktrace and the .NET environment set as environment variables (QA27 D3)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(', which')[0].split(' turns on')[0]}`).sort();
  const JAVA = 'FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY app.jar .\nUSER 10001\n';
  it('SERVER_ERROR_INCLUDE_STACKTRACE (relaxed binding of server.error.include-stacktrace) is judged as the property is', async () => {
    expect(await shown({
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      SPRING_PROFILES_ACTIVE: prod\n      SERVER_ERROR_INCLUDE_STACKTRACE: always\n',
      Dockerfile: `${JAVA}ENV SERVER_ERROR_INCLUDESTACKTRACE=on_param\nCMD ["java", "-jar", "app.jar"]\n`,
      'k8s/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          env:\n            - name: SERVER_ERROR_INCLUDE_STACKTRACE\n              value: ON_TRACE_PARAM\n',
      '.env.production': 'SERVER_ERROR_INCLUDE_STACKTRACE=always\n',
      // Development compose files give notes.
      'docker-compose.override.yml': 'services:\n  api:\n    environment:\n      SERVER_ERROR_INCLUDE_STACKTRACE: always\n',
    })).toEqual([
      '.env.production:1:33 SERVER_ERROR_INCLUDE_STACKTRACE=always',
      'Dockerfile:5:5 ENV SERVER_ERROR_INCLUDESTACKTRACE=on_param in the image',
      "docker-compose.override.yml:4:40 note service 'api' sets SERVER_ERROR_INCLUDE_STACKTRACE=always",
      "docker-compose.yml:6:40 service 'api' sets SERVER_ERROR_INCLUDE_STACKTRACE=always",
      "k8s/api.yaml:13:22 container 'api' sets SERVER_ERROR_INCLUDE_STACKTRACE=ON_TRACE_PARAM",
    ]);
    const out = await runCase(debugMode, { files: { 'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      SERVER_ERROR_INCLUDE_STACKTRACE: always\n' } });
    expect(out.findings[0]).toMatchObject({ message: expect.stringMatching(/which turns on Spring Boot stack traces in error responses \(server\.error\.include-stacktrace\)/) });
    // never (the default), its other spellings, a variable handed through, and names that only resemble it pass.
    expect(await shown({
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      SERVER_ERROR_INCLUDE_STACKTRACE: never\n      SERVER_ERROR_INCLUDE_MESSAGE: always\n      SERVER_ERROR_INCLUDE_BINDING_ERRORS: always\n      MANAGEMENT_ENDPOINT_HEALTH_SHOW_DETAILS: always\n',
      Dockerfile: `${JAVA}ENV SERVER_ERROR_INCLUDE_STACKTRACE=\${STACKTRACE_MODE}\nCMD ["java", "-jar", "app.jar"]\n`,
      '.env.production': 'SERVER_ERROR_INCLUDE_STACKTRACE=NEVER\n',
    })).toEqual([]);
  });
  it('DOTNET_ENVIRONMENT=Development (the generic host\'s environment, and WebApplication\'s) is judged as ASPNETCORE_ENVIRONMENT', async () => {
    expect(await shown({
      Dockerfile: 'FROM mcr.microsoft.com/dotnet/runtime:8.0\nWORKDIR /app\nCOPY out/ .\nENV DOTNET_ENVIRONMENT=Development\nUSER $APP_UID\nENTRYPOINT ["dotnet", "Worker.dll"]\n',
      'deploy/docker-compose.yml': 'services:\n  worker:\n    image: acme/worker:1.0\n    environment:\n      - DOTNET_ENVIRONMENT=Production\n',
      'docker-compose.override.yml': 'services:\n  worker:\n    environment:\n      DOTNET_ENVIRONMENT: Development\n',
    })).toEqual([
      'Dockerfile:4:5 ENV DOTNET_ENVIRONMENT=Development in the image',
      "docker-compose.override.yml:4:27 note service 'worker' sets DOTNET_ENVIRONMENT=Development",
    ]);
  });
});

describe('debug-mode: Tomcat started with catalina.sh jpda (QA27 D5)', () => {
  const TOMCAT = 'FROM tomcat:10.1.24-jdk17-temurin\nCOPY target/ROOT.war /usr/local/tomcat/webapps/ROOT.war\n';
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(': anyone')[0].split(' that listens')[0]}`).sort();
  it('the agent catalina.sh builds from JPDA_ADDRESS (or JPDA_OPTS) is judged as the explicit -agentlib:jdwp option', async () => {
    expect(await shown({
      Dockerfile: `${TOMCAT}ENV JPDA_ADDRESS=*:8000 JPDA_TRANSPORT=dt_socket\nUSER 1000\nCMD ["catalina.sh", "jpda", "run"]\n`,
      'b/Dockerfile': `${TOMCAT}USER 1000\nCMD ["catalina.sh", "jpda", "run"]\n`,
      'b/docker-compose.yml': 'services:\n  web:\n    build: .\n    command: catalina.sh jpda run\n    environment:\n      JPDA_ADDRESS: 0.0.0.0:8000\n',
      'c/Dockerfile': `${TOMCAT}ENV JPDA_OPTS="-agentlib:jdwp=transport=dt_socket,address=*:5005,server=y,suspend=n"\nCMD /usr/local/tomcat/bin/catalina.sh jpda run\n`,
      // catalina.sh's own default (localhost:8000) listens on the loopback interface only: a note, as address=localhost:5005 is.
      'd/Dockerfile': `${TOMCAT}CMD ["catalina.sh", "jpda", "run"]\n`,
      'e/k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web:1.0\n          command: ["catalina.sh", "jpda", "run"]\n          env:\n            - name: JPDA_ADDRESS\n              value: "*:8000"\n',
    })).toEqual([
      'Dockerfile:5 CMD starts Tomcat with catalina.sh jpda (JPDA_ADDRESS=*:8000 set by ENV in Dockerfile:3), which gives the JVM a JDWP remote debugger listening on all interfaces (-agentlib:jdwp=transport=dt_socket,address=*:8000,server=y,suspend=n)',
      "b/docker-compose.yml:4 service 'web' command starts Tomcat with catalina.sh jpda (JPDA_ADDRESS=0.0.0.0:8000 set by service 'web' environment in b/docker-compose.yml:6), which gives the JVM a JDWP remote debugger listening on all interfaces (-agentlib:jdwp=transport=dt_socket,address=0.0.0.0:8000,server=y,suspend=n)",
      'b/Dockerfile:4 note CMD starts Tomcat with catalina.sh jpda (catalina.sh\'s default JPDA_ADDRESS=localhost:8000), which gives the JVM a JDWP debugger agent (-agentlib:jdwp=transport=dt_socket,address=localhost:8000,server=y,suspend=n)',
      'c/Dockerfile:4 CMD starts Tomcat with catalina.sh jpda (JPDA_OPTS set by ENV in c/Dockerfile:3), which gives the JVM a JDWP remote debugger listening on all interfaces (-agentlib:jdwp=transport=dt_socket,address=*:5005,server=y,suspend=n)',
      'd/Dockerfile:3 note CMD starts Tomcat with catalina.sh jpda (catalina.sh\'s default JPDA_ADDRESS=localhost:8000), which gives the JVM a JDWP debugger agent (-agentlib:jdwp=transport=dt_socket,address=localhost:8000,server=y,suspend=n)',
      "e/k8s.yaml:11 container 'web' command starts Tomcat with catalina.sh jpda (JPDA_ADDRESS=*:8000 set by container 'web' env in e/k8s.yaml:14), which gives the JVM a JDWP remote debugger listening on all interfaces (-agentlib:jdwp=transport=dt_socket,address=*:8000,server=y,suspend=n)",
    ].sort());
  });
  it('catalina.sh run, or JPDA_ADDRESS without the jpda argument, starts no debugger', async () => {
    expect(await shown({
      Dockerfile: `${TOMCAT}ENV JPDA_ADDRESS=*:8000\nUSER 1000\nCMD ["catalina.sh", "run"]\n`,
      'b/Dockerfile': `${TOMCAT}USER 1000\nCMD ["catalina.sh", "run", "jpda"]\n`,
    })).toEqual([]);
  });
});

describe('debug-mode: a debugger started by a start script names the script\'s line (QA27 D8)', () => {
  it('as production-server names a development server there', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: 'FROM eclipse-temurin:17.0.10_7-jre\nWORKDIR /app\nCOPY target/app.jar /app/app.jar\nCOPY docker/entrypoint.sh /entrypoint.sh\nUSER 1000\nENTRYPOINT ["/entrypoint.sh"]\n',
      'docker/entrypoint.sh': '#!/bin/sh\nset -e\n# java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar /app/app.jar\nJAVA_OPTS="${JAVA_OPTS} -XX:MaxRAMPercentage=75"\nexec java $JAVA_OPTS -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar /app/app.jar "$@"\n',
      'tomcat/Dockerfile': 'FROM tomcat:10.1.24-jdk17-temurin\nCOPY start.sh /start.sh\nENV JPDA_ADDRESS=*:8000\nCMD ["/start.sh"]\n',
      'tomcat/start.sh': '#!/bin/sh\necho starting\nexec catalina.sh jpda run\n',
      'node/Dockerfile': 'FROM node:22\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["./run.sh"]\n',
      'node/run.sh': '#!/bin/bash\nnode --inspect=0.0.0.0:9229 dist/main.js\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' starts')[0]}`).sort()).toEqual([
      'Dockerfile:6 ENTRYPOINT (through docker/entrypoint.sh:5)',
      'node/Dockerfile:5 CMD (through node/run.sh:2)',
      'tomcat/Dockerfile:4 CMD (through tomcat/start.sh:3)',
    ]);
  });
});

describe('debug-mode: a start script\'s debugger is placed at the line that always runs, its variables at their export (QA27 newrules D6)', () => {
  it('names the unconditional line, not an if branch writing the same command, and the script line that sets JPDA_ADDRESS', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: 'FROM tomcat:10.1.24-jdk17-temurin\nCOPY docker-entrypoint.sh /usr/local/bin/\nUSER 10001\nENTRYPOINT ["docker-entrypoint.sh"]\n',
      'docker-entrypoint.sh': '#!/bin/sh\nset -e\nexport JPDA_ADDRESS="*:8000"\nexport JPDA_TRANSPORT=dt_socket\nif [ "$DEBUG" = "true" ]; then\n  exec catalina.sh jpda run\nfi\nexec catalina.sh jpda run\n',
      // A default the script gives (`${JPDA_ADDRESS:-…}`) is named at its line too; the command line's own assignment stays "the command line".
      'b/Dockerfile': 'FROM tomcat:10.1.24-jdk17-temurin\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n',
      'b/start.sh': '#!/bin/sh\n: "${JPDA_ADDRESS:=0.0.0.0:8000}"\nexport JPDA_ADDRESS\nexec catalina.sh jpda run\n',
      'c/Dockerfile': 'FROM tomcat:10.1.24-jdk17-temurin\nCMD JPDA_ADDRESS=*:5005 catalina.sh jpda run\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`).sort()).toEqual([
      'Dockerfile:4 ENTRYPOINT (through docker-entrypoint.sh:8) starts Tomcat with catalina.sh jpda (JPDA_ADDRESS=*:8000 set by docker-entrypoint.sh:3)',
      'b/Dockerfile:3 CMD (through b/start.sh:4) starts Tomcat with catalina.sh jpda (JPDA_ADDRESS=0.0.0.0:8000 set by b/start.sh:2)',
      'c/Dockerfile:2 CMD starts Tomcat with catalina.sh jpda (JPDA_ADDRESS=*:5005 set by the command line)',
    ]);
  });
  it('a default the image or the service overrides does not apply', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: 'FROM tomcat:10.1.24-jdk17-temurin\nCOPY start.sh /start.sh\nENV JPDA_ADDRESS=localhost:8000\nCMD ["/start.sh"]\n',
      'start.sh': '#!/bin/sh\nexport JPDA_ADDRESS=${JPDA_ADDRESS:-*:8000}\nexec catalina.sh jpda run\n',
    } });
    expect(out.findings.map((f) => `${f.note ? 'note ' : ''}${f.message.split(', which')[0]}`)).toEqual([
      'note CMD (through start.sh:3) starts Tomcat with catalina.sh jpda (JPDA_ADDRESS=localhost:8000 set by ENV in Dockerfile:3)',
    ]);
  });
});

describe('debug-mode: a start script\'s default for a debug variable is judged unless something else sets it (QA27 newrules D1)', () => {
  it('export FLASK_DEBUG=${FLASK_DEBUG:-1} fails where nothing else sets it; the service\'s environment overrides it', async () => {
    const PY = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["./start.sh"]\n';
    const out = await runCase(debugMode, { files: {
      Dockerfile: PY,
      'start.sh': '#!/bin/sh\nexport FLASK_DEBUG=${FLASK_DEBUG:-1}\nexec gunicorn app:app\n',
      'b/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n',
      'b/start.sh': '#!/bin/sh\nexport FLASK_DEBUG=${FLASK_DEBUG:-1}\nexec gunicorn app:app\n',
      'b/docker-compose.yml': 'services:\n  web:\n    build: .\n    command: ./start.sh\n    environment:\n      FLASK_DEBUG: "0"\n',
      'c/Dockerfile': PY,
      'c/start.sh': '#!/bin/sh\nexport FLASK_DEBUG=${FLASK_DEBUG:-0}\nexec gunicorn app:app\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:4']);
  });
});

describe('debug-mode: a debug variable a start script sets is named by the script line (QA30 jvm2 D4)', () => {
  it('names the export or default in the script; a variable the command line sets names the entry point alone', async () => {
    const out = await runCase(debugMode, { files: {
      'a/Dockerfile': 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY . .\nCOPY docker/entrypoint.sh /entrypoint.sh\nUSER app\nENTRYPOINT ["/entrypoint.sh"]\n',
      'a/docker/entrypoint.sh': '#!/bin/sh\nset -e\nexport ASPNETCORE_ENVIRONMENT=Development\nexec dotnet Api.dll\n',
      'b/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["./start.sh"]\n',
      'b/start.sh': '#!/bin/sh\nexport FLASK_DEBUG=${FLASK_DEBUG:-1}\nexec gunicorn app:app\n',
      'c/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD FLASK_DEBUG=1 gunicorn app:app\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`).sort()).toEqual([
      'a/Dockerfile:6 ENTRYPOINT (through a/docker/entrypoint.sh:3) sets ASPNETCORE_ENVIRONMENT=Development',
      'b/Dockerfile:4 CMD (through b/start.sh:2) sets FLASK_DEBUG=1',
      'c/Dockerfile:4 CMD sets FLASK_DEBUG=1',
    ]);
  });
});

describe('debug-mode: the developer exception page in a branch that runs outside Development says so (QA27 D9)', () => {
  const HOST = (body: string) => `var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\n${body}app.MapControllers();\napp.Run();\n`;
  it('names the negated check, a production check and the else branch; an unguarded call stays "outside an IsDevelopment() check"', async () => {
    const out = await runCase(debugMode, { files: {
      'a/Program.cs': HOST('if (!app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'b/Program.cs': HOST('if (!app.Environment.IsDevelopment()) { app.UseDeveloperExceptionPage(); }\n'),
      'c/Startup.cs': 'public class Startup\n{\n    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)\n    {\n        if (!env.IsDevelopment())\n            app.UseDeveloperExceptionPage();\n        app.UseRouting();\n    }\n}\n',
      'd/Program.cs': HOST('if (app.Environment.IsProduction())\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'e/Program.cs': HOST('if (app.Environment.IsDevelopment())\n{\n    app.UseSwagger();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'f/Program.cs': HOST('app.UseDeveloperExceptionPage();\n'),
      'g/Program.cs': HOST('if (useHttps)\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      // QA27 newrules D7: an unbraced else, on the line before or the same line; an else of another check is not named.
      'h/Program.cs': HOST('if (app.Environment.IsDevelopment())\n    app.UseSwagger();\nelse\n    app.UseDeveloperExceptionPage();\n'),
      'i/Program.cs': HOST('if (app.Environment.IsDevelopment()) app.UseSwagger();\nelse app.UseDeveloperExceptionPage();\n'),
      'j/Program.cs': HOST('if (useSwagger)\n    app.UseSwagger();\nelse\n    app.UseDeveloperExceptionPage();\n'),
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' shows')[0]}`).sort()).toEqual([
      'a/Program.cs:6 app.UseDeveloperExceptionPage() in a branch that runs when the environment is not Development (if (!app.Environment.IsDevelopment()))',
      'b/Program.cs:4 app.UseDeveloperExceptionPage() in a branch that runs when the environment is not Development (if (!app.Environment.IsDevelopment()))',
      'c/Startup.cs:6 app.UseDeveloperExceptionPage() in a branch that runs when the environment is not Development (if (!env.IsDevelopment()))',
      'd/Program.cs:6 app.UseDeveloperExceptionPage() in a branch that runs when the environment is not Development (if (app.Environment.IsProduction()))',
      'e/Program.cs:10 app.UseDeveloperExceptionPage() in the else branch of an IsDevelopment() check (it runs in every other environment)',
      'f/Program.cs:4 app.UseDeveloperExceptionPage() outside an IsDevelopment() check',
      'g/Program.cs:6 app.UseDeveloperExceptionPage() outside an IsDevelopment() check',
      'h/Program.cs:7 app.UseDeveloperExceptionPage() in the else branch of an IsDevelopment() check (it runs in every other environment)',
      'i/Program.cs:5 app.UseDeveloperExceptionPage() in the else branch of an IsDevelopment() check (it runs in every other environment)',
      'j/Program.cs:7 app.UseDeveloperExceptionPage() outside an IsDevelopment() check',
    ]);
  });
  // QA32 fullrepos5 D5: a negated production check runs in Staging and every environment but Production, and the message says so.
  it('a negated IsProduction() check fails, saying the page shows in every environment but Production', async () => {
    const out = await runCase(debugMode, { files: {
      'Program.cs': HOST('if (!app.Environment.IsProduction())\n{\n    app.UseDeveloperExceptionPage();\n}\nelse\n{\n    app.UseExceptionHandler("/error");\n    app.UseHsts();\n}\n'),
      'b/Program.cs': HOST('if (!app.Environment.IsEnvironment("Production")) app.UseDeveloperExceptionPage();\n'),
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split('; call')[0]}`).sort()).toEqual([
      'Program.cs:6 app.UseDeveloperExceptionPage() in a branch that runs in every environment but Production (if (!app.Environment.IsProduction())) shows the developer exception page (stack traces, source lines, headers) to every visitor of Staging and any other environment but Production',
      'b/Program.cs:4 app.UseDeveloperExceptionPage() in a branch that runs in every environment but Production (if (!app.Environment.IsEnvironment("Production"))) shows the developer exception page (stack traces, source lines, headers) to every visitor of Staging and any other environment but Production',
    ]);
  });
});

describe('debug-mode: Gin switched to debug mode in code, WordPress WP_DEBUG (QA27 report notes)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(/ (?:switches|turns on|in wp-config)/)[0]}`).sort();
  const GO = (body: string) => `package main\n\nimport (\n\t"os"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n${body}\tr := gin.Default()\n\tr.Run(":8080")\n}\n`;
  it('gin.SetMode(gin.DebugMode) in production code fails; in a development branch, in tests or with another mode it does not', async () => {
    expect(await shown({
      'cmd/api/main.go': GO('\tgin.SetMode(gin.DebugMode)\n'),
      'cmd/worker/main.go': GO('\tgin.SetMode("debug")\n'),
      'cmd/dev/main.go': GO('\tif os.Getenv("APP_ENV") == "development" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'cmd/rel/main.go': GO('\tgin.SetMode(gin.ReleaseMode)\n\tgin.SetMode(os.Getenv("GIN_MODE"))\n'),
      'cmd/api/main_test.go': GO('\tgin.SetMode(gin.DebugMode)\n'),
      // Another package's SetMode is not Gin's.
      'pkg/log/log.go': 'package log\n\nfunc init() {\n\tzap.SetMode(zap.DebugMode)\n}\n',
    })).toEqual([
      'cmd/api/main.go:10:2 gin.SetMode(gin.DebugMode)',
      'cmd/worker/main.go:10:2 gin.SetMode("debug")',
    ]);
  });
  // QA32 fullrepos5 D1: a guard that is off only in production is a note, as NODE_ENV !== 'production' is in JavaScript.
  it('gin.SetMode(gin.DebugMode) under a not-production or not-release guard is a note; a guard production can meet still fails', async () => {
    expect(await shown({
      'a/main.go': GO('\tif os.Getenv("APP_ENV") != "production" {\n\t\tgin.SetMode(gin.DebugMode)\n\t} else {\n\t\tgin.SetMode(gin.ReleaseMode)\n\t}\n'),
      'b/main.go': GO('\tif os.Getenv("GIN_MODE") != "release" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'c/main.go': GO('\tif gin.Mode() != gin.ReleaseMode {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'd/main.go': GO('\tif mode := os.Getenv("APP_MODE"); mode != "release" {\n\t\tgin.SetMode("debug")\n\t}\n'),
      'e/main.go': GO('\tif env := os.Getenv("APP_ENV"); env == "production" {\n\t\tgin.SetMode(gin.ReleaseMode)\n\t} else {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'f/main.go': GO('\tif !cfg.IsProduction() && cfg.Verbose {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      // Go's camelCase flag (`isProd`, `isProduction`), negated or as the condition the `else` is of.
      'n/main.go': GO('\tisProd := os.Getenv("APP_ENV") == "production"\n\tif !isProd {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'o/main.go': GO('\tif isProduction {\n\t\tgin.SetMode(gin.ReleaseMode)\n\t} else {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      // Guards that production can meet: a disjunction, the else of a development check, an unrelated condition, a nested production check.
      'g/main.go': GO('\tif os.Getenv("APP_ENV") != "production" || os.Getenv("DEBUG") == "1" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'h/main.go': GO('\tif os.Getenv("APP_ENV") == "development" {\n\t\tgin.SetMode(gin.ReleaseMode)\n\t} else {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'i/main.go': GO('\tif os.Getenv("VERBOSE") != "" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'j/main.go': GO('\tif os.Getenv("APP_ENV") == "production" && os.Getenv("SAFE") == "1" {\n\t\tgin.SetMode(gin.ReleaseMode)\n\t} else {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'k/main.go': GO('\tif os.Getenv("APP_ENV") != "production" {\n\t\tlog.Println("dev")\n\t}\n\tgin.SetMode(gin.DebugMode)\n'),
      // A development-only guard stays silent, also after another statement (Go has no `;` to end the header at).
      'l/main.go': GO('\tif os.Getenv("APP_ENV") == "dev" || os.Getenv("APP_ENV") == "local" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'm/main.go': GO('\tport := os.Getenv("PORT")\n\tif os.Getenv("APP_ENV") == "development" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n\t_ = port\n'),
    })).toEqual([
      'a/main.go:11:3 note gin.SetMode(gin.DebugMode)',
      'b/main.go:11:3 note gin.SetMode(gin.DebugMode)',
      'c/main.go:11:3 note gin.SetMode(gin.DebugMode)',
      'd/main.go:11:3 note gin.SetMode("debug")',
      'e/main.go:13:3 note gin.SetMode(gin.DebugMode)',
      'f/main.go:11:3 note gin.SetMode(gin.DebugMode)',
      'g/main.go:11:3 gin.SetMode(gin.DebugMode)',
      'h/main.go:13:3 gin.SetMode(gin.DebugMode)',
      'i/main.go:11:3 gin.SetMode(gin.DebugMode)',
      'j/main.go:13:3 gin.SetMode(gin.DebugMode)',
      'k/main.go:13:2 gin.SetMode(gin.DebugMode)',
      'n/main.go:12:3 note gin.SetMode(gin.DebugMode)',
      'o/main.go:13:3 note gin.SetMode(gin.DebugMode)',
    ]);
    const notes = (await runCase(debugMode, { files: {
      'a/main.go': GO('\tif os.Getenv("APP_ENV") != "production" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
      'b/main.go': GO('\tif os.Getenv("GIN_MODE") != "release" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n'),
    } })).findings.map((f) => `${f.note ? 'note' : 'fail'} ${f.message.split(') only ')[1]}`).sort();
    expect(notes).toEqual([
      'note outside production (if os.Getenv("APP_ENV") != "production"): production skips it, staging and every other environment run it',
      'note when Gin is not in release mode (if os.Getenv("GIN_MODE") != "release"): Gin is in debug mode there anyway (its default unless GIN_MODE=release), so this changes nothing; set GIN_MODE=release in production',
    ]);
  });
  // QA32 fullrepos5 D4: Echo's debug switch, judged as Gin's.
  it("Echo's e.Debug = true fails in production code, is a note under a not-production guard and silent in a development branch", async () => {
    const ECHO = (body: string, imp = '"github.com/labstack/echo/v4"') => `package main\n\nimport (\n\t"os"\n\n\t${imp}\n)\n\nfunc main() {\n\te := echo.New()\n${body}\te.Logger.Fatal(e.Start(":8080"))\n}\n`;
    expect(await shown({
      'a/server.go': ECHO('\te.Debug = true\n'),
      'b/server.go': ECHO('\tif os.Getenv("APP_ENV") != "production" {\n\t\te.Debug = true\n\t}\n'),
      'c/server.go': ECHO('\tif os.Getenv("APP_ENV") == "development" {\n\t\te.Debug = true\n\t}\n'),
      'd/server.go': ECHO('\te.Debug = os.Getenv("ECHO_DEBUG") == "1"\n\te.Debug = false\n'),
      // Another struct's Debug field, a file without Echo, a test.
      'e/server.go': ECHO('\tcfg := Config{}\n\tcfg.Debug = true\n'),
      'f/server.go': 'package main\n\nfunc main() {\n\te := newServer()\n\te.Debug = true\n}\n',
      'a/server_test.go': ECHO('\te.Debug = true\n'),
      // The import under another name.
      'g/server.go': ECHO('\tsrv := ec.New()\n\tsrv.Debug = true\n', 'ec "github.com/labstack/echo/v4"'),
    })).toEqual([
      'a/server.go:11:2 e.Debug = true',
      'b/server.go:12:3 note e.Debug = true',
      'g/server.go:12:2 srv.Debug = true',
    ]);
  });
  it("WP_DEBUG true in wp-config.php fails unless WP_DEBUG_DISPLAY keeps the errors off the pages; WORDPRESS_DEBUG (the official image's) is an env setting", async () => {
    const WP = (defs: string) => `<?php\ndefine( 'DB_NAME', getenv('DB_NAME') );\n${defs}$table_prefix = 'wp_';\nrequire_once ABSPATH . 'wp-settings.php';\n`;
    expect(await shown({
      'wp-config.php': WP("define( 'WP_DEBUG', true );\n"),
      'b/wp-config.php': WP("define('WP_DEBUG', true);\ndefine('WP_DEBUG_DISPLAY', false);\ndefine('WP_DEBUG_LOG', true);\n"),
      'c/wp-config.php': WP("define( 'WP_DEBUG', false );\n// define( 'WP_DEBUG', true );\n"),
      'd/wp-config-sample.php': WP("define( 'WP_DEBUG', true );\n"),
      'docker-compose.yml': 'services:\n  wordpress:\n    image: wordpress:6.5-apache\n    environment:\n      WORDPRESS_DEBUG: 1\n',
      'e/docker-compose.yml': 'services:\n  wordpress:\n    image: wordpress:6.5-apache\n    environment:\n      WORDPRESS_DEBUG: "0"\n      WORDPRESS_DEBUG_LOG: ""\n',
    })).toEqual([
      "docker-compose.yml:5:24 service 'wordpress' sets WORDPRESS_DEBUG=1, which",
      "wp-config.php:3:21 define('WP_DEBUG', true)",
    ]);
  });
});

describe('debug-mode: a pm2 app\'s node_args inspector is reported at its node_args line (QA27 paas D4)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(': the inspector')[0]}`).sort();
  it('ecosystem.config.js and ecosystem.json node_args/interpreter_args; a command line --inspect stays at the entry point', async () => {
    expect(await shown({
      Procfile: 'web: pm2-runtime start ecosystem.config.js\n',
      'ecosystem.config.js': "module.exports = {\n  apps: [\n    { name: 'web', script: 'server.js' },\n    {\n      name: 'worker',\n      script: 'worker.js',\n      node_args: '--inspect=0.0.0.0:9230',\n    },\n    { name: 'jobs', script: 'jobs.js', interpreter_args: ['--inspect'] },\n  ],\n};\n",
    })).toEqual([
      "ecosystem.config.js:7:7 pm2 app 'worker' node_args (run by Procfile web in Procfile:1) starts node with --inspect=0.0.0.0:9230",
      "ecosystem.config.js:9:40 note pm2 app 'jobs' interpreter_args (run by Procfile web in Procfile:1) starts node with --inspect",
    ]);
    expect(await shown({
      Dockerfile: 'FROM node:20.12-alpine\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["pm2-runtime", "ecosystem.json"]\n',
      'ecosystem.json': '{\n  "apps": [\n    {\n      "name": "api",\n      "script": "dist/main.js",\n      "node_args": "--inspect=0.0.0.0"\n    }\n  ]\n}\n',
    })).toEqual(["ecosystem.json:6:7 pm2 app 'api' node_args (run by CMD in Dockerfile:5) starts node with --inspect=0.0.0.0"]);
    // The inspector on pm2's own command line is the entry point's.
    expect(await shown({ Procfile: 'web: pm2-runtime start server.js --node-args="--inspect=0.0.0.0:9229"\n' }))
      .toEqual(['Procfile:1:1 Procfile web starts node with --inspect=0.0.0.0:9229']);
  });
});

describe('debug-mode: node launchers that open the inspector (QA round 28 jsfw note)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(':')[0]}`);
  const pkg = (start: string) => JSON.stringify({ name: 'x', scripts: { start } });
  it('nodemon, ts-node-dev, tsx and nest start --debug bound to another interface than loopback fail, naming the launcher', async () => {
    expect(await shown({ Procfile: 'web: npm start\n', 'package.json': pkg('nodemon --watch src --inspect=0.0.0.0:9229 src/index.js') }))
      .toEqual(['Procfile:1 Procfile web (through package.json) starts node (through nodemon) with --inspect=0.0.0.0']);
    expect(await shown({ Procfile: 'web: ts-node-dev --respawn --inspect=0.0.0.0 -- src/main.ts\n', 'b/Procfile': 'web: tsx watch --inspect=0.0.0.0:9229 src/index.ts\n', 'c/Procfile': 'web: tsx --inspect-brk=[::]:9229 src/index.ts\n' }))
      .toEqual(['Procfile:1 Procfile web starts node (through ts-node-dev) with --inspect=0.0.0.0', 'b/Procfile:1 Procfile web starts node (through tsx) with --inspect=0.0.0.0', 'c/Procfile:1 Procfile web starts node (through tsx) with --inspect-brk=[']);
    const nest = (await runCase(debugMode, { files: { 'docker-compose.yml': 'services:\n  api:\n    image: node:22.1\n    command: npx nest start --debug 0.0.0.0:9229 --watch\n' } })).findings;
    expect(nest.map((f) => [f.line, f.note ?? false, f.message])).toEqual([[4, false, expect.stringMatching(/^service 'api' command starts node \(through nest start --debug\) with --inspect=0\.0\.0\.0:9229: the inspector listens on 0\.0\.0\.0.*remove --debug \(/)]]);
  });
  it('on loopback a note; the script\'s own arguments, nest without --debug and an app name after --debug are not an open inspector', async () => {
    expect(await shown({ Procfile: 'web: nodemon --inspect src/index.js\n', 'b/Procfile': 'web: nest start --debug --watch\n', 'c/Procfile': 'web: nest start --debug=127.0.0.1:9229\n' }))
      .toEqual(['Procfile:1 note Procfile web starts node (through nodemon) with --inspect', 'b/Procfile:1 note Procfile web starts node (through nest start --debug) with --inspect', 'c/Procfile:1 note Procfile web starts node (through nest start --debug) with --inspect=127.0.0.1']);
    expect(await shown({ Procfile: 'web: nodemon src/index.js --inspect=0.0.0.0:9229\n', 'b/Procfile': 'web: nest start --watch\n', 'c/Procfile': 'web: tsx src/index.ts --inspect=0.0.0.0\n', 'd/Procfile': 'web: nodemon --exec "node --inspect=127.0.0.1" src/index.js\n' })).toEqual([]);
    expect((await shown({ Procfile: 'web: nest start --debug api\n' }))).toEqual(['Procfile:1 note Procfile web starts node (through nest start --debug) with --inspect']);
  });
});

describe('debug-mode: flat production settings modules override the base (QA round 29 pyservers D4)', () => {
  const SETTINGS = 'import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDEBUG = True\nINSTALLED_APPS = []\nROOT_URLCONF = "mysite.urls"\n';
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(' for ')[0]}`);
  it('settings_prod.py / settings_production.py / prod_settings.py with DEBUG = False make the base DEBUG = True a note', async () => {
    for (const name of ['settings_prod.py', 'settings_production.py', 'prod_settings.py']) {
      expect(await shown({
        Dockerfile: `FROM python:3.12-slim\nCOPY . .\nENV DJANGO_SETTINGS_MODULE=mysite.${name.slice(0, -3)}\nCMD ["gunicorn", "mysite.wsgi:application"]\n`,
        'mysite/settings.py': SETTINGS, [`mysite/${name}`]: 'from .settings import *  # noqa\n\nDEBUG = False\n',
      })).toEqual([`mysite/settings.py:3 note DEBUG = True here is overridden by mysite/${name}:3`]);
    }
  });
  it('a flat production module that leaves DEBUG on fails there, and other flat names override nothing', async () => {
    expect(await shown({ 'mysite/settings.py': SETTINGS, 'mysite/settings_prod.py': 'from .settings import *\nDEBUG = True\n' }))
      .toEqual(['mysite/settings.py:3 DEBUG = True in Django settings shows stack traces and settings to visitors; read it from the environment with a false default (DEBUG = os.environ.get("DJANGO_DEBUG") == "1")', 'mysite/settings_prod.py:2 DEBUG = True in Django settings shows stack traces and settings to visitors; read it from the environment with a false default (DEBUG = os.environ.get("DJANGO_DEBUG") == "1")']);
    // `settings_local.py`, `settings_staging.py`: not production code, so the base still fails.
    expect((await shown({ 'mysite/settings.py': SETTINGS, 'mysite/settings_local.py': 'from .settings import *\nDEBUG = False\n', 'mysite/settings_staging.py': 'from .settings import *\nDEBUG = False\n' })).map((s) => s.split(' DEBUG')[0]))
      .toEqual(['mysite/settings.py:3']);
  });
});

describe('debug-mode: debugpy listening on a network interface (QA round 29 pyservers D1)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(': ')[0]}`);
  const DF = (cmd: string) => `FROM python:3.12-slim\nCOPY . .\nUSER 1000\nCMD ${cmd}\n`;
  it('python -m debugpy --listen 0.0.0.0:PORT in the production command fails at the command', async () => {
    expect(await shown({ Dockerfile: DF('["python", "-m", "debugpy", "--listen", "0.0.0.0:5678", "-m", "gunicorn", "-b", "0.0.0.0:8000", "app:app"]') }))
      .toEqual(['Dockerfile:4 CMD starts the program under debugpy (--listen 0.0.0.0:5678)']);
    expect(await shown({
      Procfile: 'web: python3 -m debugpy --wait-for-client --listen=[::]:5678 app.py\n',
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    command: sh -c "python -m debugpy --log-to /tmp --listen *:5678 -m uvicorn app:app --host 0.0.0.0"\n',
    })).toEqual(["docker-compose.yml:4 service 'api' command starts the program under debugpy (--listen *:5678)", 'Procfile:1 Procfile web starts the program under debugpy (--listen [::]:5678)']);
  });
  it('debugpy run by its folder\'s path (python /tmp/debugpy --listen …, as editors inject it) is read the same (QA29 newrules D3)', async () => {
    expect(await shown({ Dockerfile: DF('["python", "/tmp/debugpy", "--listen", "0.0.0.0:5678", "-m", "gunicorn", "app:app"]'), 'b/Procfile': 'web: python /opt/debugpy --listen 5678 -m flask run\n', 'c/Procfile': 'web: python /srv/debugpy.py --listen 0.0.0.0:5678\n' }))
      .toEqual(['Dockerfile:4 CMD starts the program under debugpy (--listen 0.0.0.0:5678)', 'b/Procfile:1 note Procfile web starts the program under debugpy (--listen 5678)']);
  });
  it('a port alone or a loopback host is a note; --connect, a variable address and a development file are not failures', async () => {
    expect(await shown({ Dockerfile: DF('["python", "-m", "debugpy", "--listen", "5678", "-m", "gunicorn", "app:app"]'), 'b/Procfile': 'web: python -m debugpy --listen localhost:5678 app.py\n' }))
      .toEqual(['Dockerfile:4 note CMD starts the program under debugpy (--listen 5678)', 'b/Procfile:1 note Procfile web starts the program under debugpy (--listen localhost:5678)']);
    expect(await shown({ Dockerfile: DF('["python", "-m", "debugpy", "--connect", "0.0.0.0:5678", "-m", "gunicorn", "app:app"]'), 'b/Procfile': 'web: python -m debugpy --listen $DEBUG_ADDR -m gunicorn app:app\n', 'c/Procfile': 'web: python app.py --listen 0.0.0.0:5678\n' })).toEqual([]);
    expect(await shown({ 'Dockerfile.dev': DF('["python", "-m", "debugpy", "--listen", "0.0.0.0:5678", "-m", "flask", "run"]') }))
      .toEqual(['Dockerfile.dev:4 note CMD starts the program under debugpy (--listen 0.0.0.0:5678)']);
  });
  it('debugpy.listen(("0.0.0.0", PORT)) in a script production runs fails; conditional, loopback and unrun ones do not', async () => {
    const APP = (body: string) => `import os\nimport debugpy\nfrom waitress import serve\nfrom web import app\n${body}`;
    expect(await shown({ Dockerfile: DF('["python", "server.py"]'), 'server.py': APP('debugpy.listen(("0.0.0.0", 5678))\n\nif __name__ == "__main__":\n    serve(app, host="0.0.0.0", port=8000)\n') }))
      .toEqual(['server.py:5 debugpy.listen(("0.0.0.0", 5678)) opens the debugpy remote debugger on 0.0.0.0, which runs in production (CMD in Dockerfile:4)']);
    expect(await shown({ Dockerfile: DF('["python", "server.py"]'), 'server.py': APP('if __name__ == "__main__":\n    debugpy.listen("0.0.0.0:5678")\n    serve(app)\n') }))
      .toEqual(['server.py:6 debugpy.listen("0.0.0.0:5678") opens the debugpy remote debugger on 0.0.0.0, which runs in production (CMD in Dockerfile:4)']);
    expect(await shown({
      Dockerfile: DF('["python", "server.py"]'),
      'server.py': APP('if os.getenv("ENABLE_DEBUGGER") == "1":\n    debugpy.listen(("0.0.0.0", 5678))\ndebugpy.listen(5678)\ndebugpy.listen(("127.0.0.1", 5678))\ndef attach():\n    debugpy.listen(("0.0.0.0", 5678))\n# debugpy.listen(("0.0.0.0", 5678))\n'),
      'tests/test_debug.py': 'import debugpy\ndebugpy.listen(("0.0.0.0", 5678))\n',
      'tools/attach.py': 'import debugpy\n\nif __name__ == "__main__":\n    debugpy.listen(("0.0.0.0", 5678))\n',
    })).toEqual([]);
    // Unguarded in a module no entry point runs as a script: a note (it listens whenever it is imported).
    expect(await shown({ 'web/debug.py': 'import debugpy\ndebugpy.listen(("0.0.0.0", 5678))\n' })).toEqual(['web/debug.py:2 note debugpy.listen(("0.0.0.0", 5678)) opens the debugpy remote debugger on 0.0.0.0']);
  });
});

describe('debug-mode: Flask app.run() whose debug comes from a constant, an env read or a loaded config class (QA round 29 pyservers D3)', () => {
  const shown = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(': the Werkzeug')[0]}`);
  const DF = 'FROM python:3.12-slim\nCOPY . .\nUSER 1000\nCMD ["python", "app.py"]\n';
  const APP = (head: string, run: string) => `import os\nimport config\nfrom flask import Flask\n${head}app = Flask(__name__)\n\nif __name__ == "__main__":\n    ${run}\n`;
  it('a module constant that is on, an env read with a true default and a loaded development class fail', async () => {
    expect(await shown({ Dockerfile: DF, 'app.py': APP('DEBUG = True\n', 'app.run(host="0.0.0.0", port=8000, debug=DEBUG)') }))
      .toEqual(['app.py:4 DEBUG = True is passed as debug=DEBUG to app.run() (app.py:8), which runs in production (CMD in Dockerfile:4)']);
    expect(await shown({ Dockerfile: DF, 'app.py': APP('', 'app.run(host="0.0.0.0", debug=os.getenv("FLASK_DEBUG", "True") == "True")') }))
      .toEqual(['app.py:7 app.run(debug=os.getenv("FLASK_DEBUG", "True") == "True") (app.py:7) is on when FLASK_DEBUG is unset and runs in production (CMD in Dockerfile:4)']);
    expect(await shown({ Dockerfile: DF, 'app.py': APP('DEBUG = os.getenv("DEBUG", "1") == "1"\n', 'app.run(debug=DEBUG)') }))
      .toEqual(['app.py:4 DEBUG = os.getenv("DEBUG", "1") == "1" is on when DEBUG is unset and is passed as debug=DEBUG to app.run() (app.py:8), which runs in production (CMD in Dockerfile:4)']);
    expect(await shown({ Dockerfile: DF, 'settings.py': 'DEBUG = True\n', 'app.py': APP('from settings import DEBUG\n', 'app.run(debug=DEBUG)') }))
      .toEqual(['settings.py:1 DEBUG = True is passed as debug=DEBUG to app.run() (app.py:8), which runs in production (CMD in Dockerfile:4)']);
    expect(await shown({ Dockerfile: DF, 'config.py': 'class Config:\n    DEBUG = False\n\nclass DevConfig(Config):\n    DEBUG = True\n', 'app.py': APP('', 'app.config.from_object(config.DevConfig)\n    app.run(host="0.0.0.0")') }))
      .toEqual(['app.py:7 app.config.from_object(config.DevConfig) loads DevConfig (DEBUG = True at config.py:5) for app.run() (line 8), which runs in production (CMD in Dockerfile:4)', 'config.py:5 note DEBUG = True in config class DevConfig turns on debug mode (Flask']);
  });
  it('off values, conditionally switched constants, production classes and gunicorn do not fail', async () => {
    const ok = {
      'a/Dockerfile': DF, 'a/app.py': APP('DEBUG = os.environ.get("FLASK_DEBUG", "False") == "True"\n', 'app.run(debug=DEBUG)'),
      'b/Dockerfile': DF, 'b/app.py': APP('DEBUG = True\nif os.getenv("APP_ENV") == "production":\n    DEBUG = False\n', 'app.run(debug=DEBUG)'),
      'c/Dockerfile': DF, 'c/app.py': APP('DEBUG = False\n', 'app.run(debug=DEBUG)'),
      'd/Dockerfile': DF, 'd/config.py': 'class Config:\n    DEBUG = False\n\nclass ProductionConfig(Config):\n    pass\n', 'd/app.py': APP('app_debug = True\n', 'app.config.from_object(config.ProductionConfig)\n    app.run(debug=settings.debug)'),
      'e/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nUSER 1000\nCMD ["gunicorn", "app:app"]\n', 'e/app.py': APP('DEBUG = True\n', 'app.run(debug=DEBUG)'),
      'f/Dockerfile': DF, 'f/app.py': APP('DEBUG = True\n', 'def main():\n        app.run(debug=DEBUG)'),
    };
    expect(await shown(ok)).toEqual([]);
  });
  it('a loaded development class whose DEBUG the module switches off again before app.run() does not fail', async () => {
    const cfg = 'class Config:\n    DEBUG = False\n\nclass DevConfig(Config):\n    DEBUG = True\n';
    const files = (after: string) => ({ Dockerfile: DF, 'config.py': cfg, 'app.py': APP('', `app.config.from_object(config.DevConfig)\n    ${after}\n    app.run(host="0.0.0.0")`) });
    for (const after of ['app.debug = False', 'app.config["DEBUG"] = False', "app.config.update(DEBUG=False, TESTING=False)"]) {
      expect(await shown(files(after))).toEqual(['config.py:5 note DEBUG = True in config class DevConfig turns on debug mode (Flask']);
    }
  });
});

describe('debug-mode: a VAR=value prefix of a setup step in a start script is for that step alone (QA30 newrules D1)', () => {
  const NODE = 'FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["./start.sh"]\n';
  const PY = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nENTRYPOINT ["docker/entrypoint.sh"]\n';
  it('a setup command\'s own prefix (start script, sh -c) never reaches the server', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: NODE,
      'start.sh': '#!/bin/sh\nset -e\nNODE_ENV=development npm ci\nnpm run build\nnpm prune --omit=dev\nexec node dist/server.js\n',
      'package.json': '{"name":"web","scripts":{"build":"tsc","start":"node dist/server.js"}}\n',
      'b/Dockerfile': 'FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\nCMD sh -c "NODE_ENV=development npm ci && exec node server.js"\n',
      'c/Dockerfile': PY,
      'c/docker/entrypoint.sh': '#!/bin/sh\nset -e\nDEBUG=1 python manage.py collectstatic --noinput\nexec gunicorn proj.wsgi:application -b 0.0.0.0:8000\n',
      'd/Dockerfile': PY,
      'd/docker/entrypoint.sh': '#!/bin/sh\nFLASK_DEBUG=1 flask db upgrade || exit 1\nexec "$@"\n',
      'e/Dockerfile': PY,
      // What a setup script run with a prefix sets is for it alone too.
      'e/docker/entrypoint.sh': '#!/bin/sh\nDJANGO_DEBUG=True ./docker/setup.sh\nexec gunicorn proj.wsgi\n',
      'e/docker/setup.sh': '#!/bin/sh\nexport FLASK_DEBUG=1\npython manage.py migrate\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`)).toEqual([]);
  });
  it('a redirection (`2>&1`, `>&2`) on a setup step does not run it in the background', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: NODE,
      'start.sh': '#!/bin/sh\nset -e\nNODE_ENV=development npm ci >/dev/null 2>&1\nexec node dist/server.js\n',
      'c/Dockerfile': PY,
      'c/docker/entrypoint.sh': '#!/bin/sh\nDEBUG=1 python manage.py collectstatic --noinput >&2\nexec gunicorn proj.wsgi:application -b 0.0.0.0:8000\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`)).toEqual([]);
  });
  it('bash\'s `&>file` (stdout and stderr to a file) on a setup step is a redirection, not a background `&`', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: NODE,
      'start.sh': '#!/bin/bash\nset -e\nNODE_ENV=development npm ci &>/dev/null\nexec node dist/server.js\n',
      'c/Dockerfile': PY,
      'c/docker/entrypoint.sh': '#!/bin/bash\nDEBUG=1 python manage.py collectstatic --noinput&>> /tmp/setup.log\nexec gunicorn proj.wsgi:application -b 0.0.0.0:8000\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`)).toEqual([]);
  });
  it('exported variables, a prefix on the server command, a backgrounded or daemonized server and ENV still fail, naming the script line', async () => {
    const out = await runCase(debugMode, { files: {
      Dockerfile: NODE,
      'start.sh': '#!/bin/sh\nset -e\nexport NODE_ENV=development\nnpm ci\nexec node server.js\n',
      'b/Dockerfile': NODE,
      'b/start.sh': '#!/bin/sh\nset -e\nnpm ci\nNODE_ENV=development exec node server.js\n',
      'c/Dockerfile': NODE,
      'c/start.sh': '#!/bin/sh\nnpm ci\nNODE_ENV=development node server.js\nexit $?\n',
      'd/Dockerfile': NODE,
      'd/start.sh': '#!/bin/sh\nNODE_ENV=development\nexport NODE_ENV\nnpm ci\nexec node server.js\n',
      'e/Dockerfile': PY,
      'e/docker/entrypoint.sh': '#!/bin/sh\nDJANGO_DEBUG=True python worker.py &\nexec nginx -g "daemon off;"\n',
      'f/Dockerfile': NODE,
      'f/start.sh': '#!/bin/sh\nNODE_ENV=development pm2 start server.js\npm2 logs\n',
      'g/Dockerfile': 'FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\nENV NODE_ENV=development\nCMD sh -c "npm ci && exec node server.js"\n',
      'h/Dockerfile': 'FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\nCMD sh -c "npm ci && NODE_ENV=development node server.js"\n',
      'i/Dockerfile': NODE,
      'i/start.sh': '#!/bin/sh\nNODE_ENV=development node server.js | tee /tmp/log\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(/, which| turns on/)[0]}`).sort()).toEqual([
      'Dockerfile:5 CMD (through start.sh:3) sets NODE_ENV=development',
      'b/Dockerfile:5 CMD (through b/start.sh:4) sets NODE_ENV=development',
      'c/Dockerfile:5 CMD (through c/start.sh:3) sets NODE_ENV=development',
      'd/Dockerfile:5 CMD (through d/start.sh:2) sets NODE_ENV=development',
      'e/Dockerfile:5 ENTRYPOINT (through e/docker/entrypoint.sh:2) sets DJANGO_DEBUG=True',
      'f/Dockerfile:5 CMD (through f/start.sh:2) sets NODE_ENV=development',
      'g/Dockerfile:4 ENV NODE_ENV=development in the image',
      'h/Dockerfile:4 CMD sets NODE_ENV=development',
      'i/Dockerfile:5 CMD (through i/start.sh:2) sets NODE_ENV=development',
    ]);
  });
});

describe('QA31 servers D4: a variable a package.json script sets is named through package.json', () => {
  it('says where the value comes from, as the inspector finding does', async () => {
    const out = await runCase(debugMode, { name: 'pkg env', files: {
      Dockerfile: 'FROM node:20-alpine\nWORKDIR /usr/src/app\nCOPY . .\nUSER node\nCMD ["npm", "start"]\n',
      'package.json': '{\n  "name": "a",\n  "scripts": {\n    "start": "NODE_ENV=development node server.js"\n  }\n}\n',
      'web/Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD NODE_ENV=development node server.js\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`).sort()).toEqual([
      'Dockerfile:5 CMD (through package.json:4) sets NODE_ENV=development',
      'web/Dockerfile:4 CMD sets NODE_ENV=development',
    ]);
  });
});

describe('a variable a package.json script sets is named at the script that sets it this value', () => {
  it('names the start script, not an earlier build script that sets the variable otherwise', async () => {
    const out = await runCase(debugMode, { name: 'pkg env line', files: {
      Dockerfile: 'FROM node:20-alpine\nWORKDIR /usr/src/app\nCOPY . .\nUSER node\nCMD ["npm", "start"]\n',
      'package.json': '{\n  "name": "a",\n  "scripts": {\n    "build": "NODE_ENV=production webpack",\n    "start": "NODE_ENV=development node server.js"\n  }\n}\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`)).toEqual([
      'Dockerfile:5 CMD (through package.json:5) sets NODE_ENV=development',
    ]);
  });
  it('takes the value whole: an earlier NODE_ENV=development-like value is not it', async () => {
    const out = await runCase(debugMode, { name: 'pkg env whole value', files: {
      Dockerfile: 'FROM node:20-alpine\nWORKDIR /usr/src/app\nCOPY . .\nUSER node\nCMD ["npm", "start"]\n',
      'package.json': '{\n  "name": "a",\n  "scripts": {\n    "storybook": "NODE_ENV=development.storybook start-storybook",\n    "start": "NODE_ENV=development node server.js"\n  }\n}\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(', which')[0]}`)).toEqual([
      'Dockerfile:5 CMD (through package.json:5) sets NODE_ENV=development',
    ]);
  });
});

describe('QA31 servers D5: env files named for development give info notes', () => {
  it('notes DEBUG=true in .env.development (a deployed-environment file still fails), and reads no template', async () => {
    const out = await runCase(debugMode, { name: 'dev env', files: {
      '.env.development': 'DEBUG=true\nNODE_ENV=development\n',
      '.env.dev': 'DEBUG=false\n',
      '.env.development.example': 'FLASK_DEBUG=1\n',
      '.env.staging': 'DEBUG=true\n',
      'app.env': 'FLASK_DEBUG=1\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`).sort()).toEqual(['.env.development:1 note', '.env.development:2 note', '.env.staging:1']);
    expect(out.findings.find((f) => f.file === '.env.development')!.message).toMatch(/\(development-only file\)$/);
  });
  it('reports a development env file a compose service loads once, at its line, naming the service', async () => {
    const out = await runCase(debugMode, { name: 'dev env loaded', files: {
      '.env.development': 'FLASK_DEBUG=1\n',
      'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.0\n    env_file: .env.development\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([".env.development:1 note FLASK_DEBUG=1 turns on Flask debug mode (Werkzeug debugger: remote code execution) (env_file of service 'web' in docker-compose.yml)"]);
  });
});

describe('QA34 fullrepos11 D8: APP_DEBUG names Laravel only where the repository is a Laravel app', () => {
  const compose = 'services:\n  api:\n    build: .\n    environment:\n      APP_DEBUG: "1"\n';
  const effect = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => /which turns on ([^(]*?) \(/.exec(f.message)?.[1]);
  it('says app debug mode in a FastAPI repository, Laravel/app debug mode with artisan or composer.json requiring laravel/framework', async () => {
    expect(await effect({ 'docker-compose.yml': compose, 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' })).toEqual(['app debug mode']);
    expect(await effect({ 'docker-compose.yml': compose, artisan: '#!/usr/bin/env php\n<?php\n' })).toEqual(['Laravel/app debug mode']);
    expect(await effect({ 'docker-compose.yml': compose, 'composer.json': '{"require": {"php": "^8.2", "laravel/framework": "^11.0"}}' })).toEqual(['Laravel/app debug mode']);
    expect(await effect({ 'docker-compose.yml': compose, 'vendor/acme/artisan': '' })).toEqual(['app debug mode']);
  });
});

describe('QA34 fullrepos11 D4: the served wsgi module\'s DJANGO_SETTINGS_MODULE default selects the settings production runs', () => {
  const wsgi = (mod: string) => `import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "${mod}")\napplication = get_wsgi_application()\n`;
  const base = {
    'mysite/wsgi.py': wsgi('mysite.settings.dev'),
    'mysite/settings/base.py': 'DEBUG = False\nALLOWED_HOSTS = ["example.com"]\n',
    'mysite/settings/dev.py': 'from .base import *\n\nDEBUG = True\n',
    'mysite/settings/production.py': 'from .base import *\n\nDEBUG = False\n',
  };
  const df = (cmd: string, env = '') => `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n${env}CMD ${cmd}\n`;
  const found = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(',')[0]}`);
  it('fails at the default when gunicorn serves the module and nothing sets the variable (the stock wagtail start image)', async () => {
    expect(await found({ ...base, Dockerfile: df('set -xe; python manage.py migrate --noinput; gunicorn mysite.wsgi:application') })).toEqual([
      'mysite/wsgi.py:3 mysite/wsgi.py defaults DJANGO_SETTINGS_MODULE to mysite.settings.dev',
      'mysite/settings/dev.py:3 note DEBUG = True in Django settings shows stack traces and settings to visitors; read it from the environment with a false default (DEBUG = os.environ.get("DJANGO_DEBUG") == "1") (development-only file)',
    ]);
    // Indented (under `if __name__ …` or a function), as default-credentials reads it too (review of QA34).
    const indented = 'import os\nfrom django.core.wsgi import get_wsgi_application\nif True:\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")\napplication = get_wsgi_application()\n';
    expect((await found({ ...base, 'mysite/wsgi.py': indented, Dockerfile: df('gunicorn mysite.wsgi:application') }))[0]).toBe('mysite/wsgi.py:4 mysite/wsgi.py defaults DJANGO_SETTINGS_MODULE to mysite.settings.dev');
  });
  it('passes (the dev note stays) when the image, the command line, the compose service or the platform sets it, or the default is production', async () => {
    const note = ['mysite/settings/dev.py:3 note DEBUG = True in Django settings shows stack traces and settings to visitors; read it from the environment with a false default (DEBUG = os.environ.get("DJANGO_DEBUG") == "1") (development-only file)'];
    expect(await found({ ...base, Dockerfile: df('gunicorn mysite.wsgi:application', 'ENV DJANGO_SETTINGS_MODULE=mysite.settings.production\n') })).toEqual(note);
    expect(await found({ ...base, Dockerfile: df('gunicorn --env DJANGO_SETTINGS_MODULE=mysite.settings.production mysite.wsgi:application') })).toEqual(note);
    expect(await found({ ...base, 'mysite/wsgi.py': wsgi('mysite.settings.production'), Dockerfile: df('gunicorn mysite.wsgi:application') })).toEqual(note);
    expect(await found({ ...base, Procfile: 'web: gunicorn mysite.wsgi:application\n' })).toEqual(note);
    expect(await found({ ...base, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: gunicorn mysite.wsgi:application\n    environment:\n      DJANGO_SETTINGS_MODULE: mysite.settings.production\n', Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n' })).toEqual(note);
  });
});
