import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { classify, pythonRunCalls, shellCommands, unwrap } from '../../src/checks/util/commands.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const FLASK_APP = 'from flask import Flask\n\napp = Flask(__name__)\n\n@app.route("/")\ndef index():\n    return "ok"\n';
const GUARDED = `${FLASK_APP}\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)\n`;
const UNGUARDED = `${FLASK_APP}\napp.run(host="0.0.0.0", port=5000)\n`;

testCheck(productionServer, {
  valid: [
    { name: 'gunicorn exec form', files: { Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app:app"]\n', 'app.py': GUARDED } },
    { name: 'uvicorn with workers', files: { Dockerfile: 'FROM python:3.12\nCMD uvicorn main:app --host 0.0.0.0 --workers 4\n' } },
    { name: 'waitress and node server.js', files: { Procfile: 'web: waitress-serve --port=$PORT app:app\nworker: celery -A tasks worker\n', 'web/Dockerfile': 'FROM node:20\nCMD ["node", "server.js"]\n' } },
    { name: 'npm start resolving to node', files: { Dockerfile: 'FROM node:20\nCMD ["npm", "start"]\n', 'package.json': '{"scripts":{"start":"node dist/index.js","dev":"nodemon src/index.ts"}}' } },
    { name: 'npm start without a start script runs node server.js', files: { Dockerfile: 'FROM node:20\nCMD npm start\n', 'package.json': '{"name":"x"}' } },
    { name: 'python script without app.run', files: { Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "/app/worker.py"]\n', 'worker.py': 'import asyncio\n\nasync def main():\n    pass\n\nasyncio.run(main())\n' } },
    { name: 'app.run only inside an uncalled function', files: { Dockerfile: 'FROM python:3.12\nCMD python app.py\n', 'app.py': `${FLASK_APP}\ndef dev():\n    app.run(debug=True)\n\nserve(app)\n` } },
    { name: 'app.run in a comment or a string', files: { Dockerfile: 'FROM python:3.12\nCMD python app.py\n', 'app.py': `${FLASK_APP}# app.run(debug=True)\nHELP = "call app.run(debug=True) locally"\n"""\napp.run()\n"""\n` } },
    { name: 'vite build then nginx', files: { Dockerfile: 'FROM node:20 AS build\nRUN npx vite build\nCMD ["npx", "vite"]\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n' } },
    { name: 'dev branch of a start script is not judged', files: { Dockerfile: 'FROM python:3.12\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n', 'start.sh': '#!/bin/sh\nset -e\nif [ "$APP_ENV" = "development" ]; then\n  exec flask run --host 0.0.0.0\nfi\nexec gunicorn app:app\n' } },
    { name: 'compose production command', files: { 'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: gunicorn --bind 0.0.0.0:8000 project.wsgi:application\n' } },
    { name: 'manage.py migrate then gunicorn', files: { Dockerfile: 'FROM python:3.12\nCMD sh -c "python manage.py migrate && gunicorn project.wsgi"\n' } },
    { name: 'k8s args only', files: { 'k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          args: ["gunicorn", "app:app"]\n' } },
    { name: 'later ENTRYPOINT resets an inherited CMD', files: { Dockerfile: 'FROM node:20 AS base\nCMD ["npm", "run", "dev"]\nFROM base\nENTRYPOINT ["node", "server.js"]\n' } },
    { name: 'rails in production', files: { Procfile: 'web: bundle exec rails server -p $PORT -e production\n' } },
  ],
  invalid: [
    { name: 'flask run shell form', files: { Dockerfile: 'FROM python:3.12\nENV FLASK_APP=app.py\nCMD flask run --host=0.0.0.0\n' }, errors: [{ file: 'Dockerfile', line: 3, severity: 'critical', message: 'flask run' }] },
    { name: 'python -m flask run exec form', files: { Dockerfile: 'FROM python:3.12\nCMD ["python3", "-m", "flask", "run", "--host=0.0.0.0"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'python -m flask run' }] },
    { name: 'sh -c wrapped runserver', files: { Dockerfile: 'FROM python:3.12\nCMD ["sh", "-c", "python manage.py migrate && python manage.py runserver 0.0.0.0:8000"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'manage.py runserver' }] },
    { name: 'uvicorn --reload', files: { Dockerfile: 'FROM python:3.12\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--reload"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'uvicorn --reload' }] },
    { name: 'python app.py calling app.run under main (two files)', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': GUARDED }, errors: [{ file: 'Dockerfile', line: 4, message: 'app.py:10' }] },
    { name: 'python script in a sub-folder through WORKDIR', files: { 'backend/Dockerfile': 'FROM python:3.12\nWORKDIR /srv\nCOPY src/ /srv/src/\nCMD python -u /srv/src/server.py\n', 'backend/src/server.py': `from flask import Flask\nserver = Flask(__name__)\n\ndef main():\n    server.run(port=8080)\n\nif __name__ == '__main__':\n    main()\n` }, errors: [{ file: 'backend/Dockerfile', line: 4, message: 'server.py' }] },
    { name: 'ENTRYPOINT python + CMD app.py', files: { Dockerfile: 'FROM python:3.12\nENTRYPOINT ["python"]\nCMD ["app.py"]\n', 'app.py': UNGUARDED }, errors: [{ file: 'Dockerfile', line: 3 }] },
    { name: 'entrypoint script with exec "$@" and flask CMD', files: { Dockerfile: 'FROM python:3.12\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["flask", "run"]\n', 'docker-entrypoint.sh': '#!/bin/sh\nflask db upgrade\nexec "$@"\n' }, errors: [{ file: 'Dockerfile', line: 3 }] },
    { name: 'start script running the dev server', files: { Dockerfile: 'FROM python:3.12\nCOPY scripts/ /scripts/\nCMD ["/scripts/start.sh"]\n', 'scripts/start.sh': '#!/bin/bash\nset -e\npython manage.py migrate\nexec python manage.py runserver 0.0.0.0:8000\n' }, errors: [{ file: 'Dockerfile', line: 3 }] },
    { name: 'inherited CMD from an earlier stage', files: { Dockerfile: 'FROM node:20 AS dev\nCMD ["npx", "next", "dev"]\nFROM dev AS final\nRUN npm ci\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'next dev' }] },
    { name: 'npm start resolving to react-scripts', files: { 'web/Dockerfile': 'FROM node:20\nWORKDIR /app\nCMD ["npm", "start"]\n', 'web/package.json': '{"scripts":{"start":"react-scripts start","build":"react-scripts build"}}' }, errors: [{ file: 'web/Dockerfile', line: 3, message: 'react-scripts start' }] },
    { name: 'npm run dev without package.json', files: { Dockerfile: 'FROM node:20\nCMD npm run dev\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'yarn dev through package.json', files: { Dockerfile: 'FROM node:20\nCMD ["yarn", "dev"]\n', 'package.json': '{"scripts":{"dev":"vite --host"}}' }, errors: [{ file: 'Dockerfile', line: 2, message: 'vite' }] },
    { name: 'nodemon with tini', files: { Dockerfile: 'FROM node:20\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["nodemon", "server.js"]\n' }, errors: [{ file: 'Dockerfile', line: 3, message: 'nodemon' }] },
    { name: 'compose command list and string', files: { 'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: ["flask", "run", "--host=0.0.0.0"]\n  front:\n    image: node:20\n    command: npx ng serve --host 0.0.0.0\n' }, errors: [{ file: 'docker-compose.yml', line: 4 }, { file: 'docker-compose.yml', line: 7, message: 'ng serve' }] },
    { name: 'Procfile web', files: { Procfile: 'release: python manage.py migrate\nweb: python manage.py runserver 0.0.0.0:$PORT\n' }, errors: [{ file: 'Procfile', line: 2, message: 'Procfile web' }] },
    { name: 'k8s command and args', files: { 'deploy.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: acme/app:1\n      command: ["php"]\n      args: ["artisan", "serve", "--host=0.0.0.0"]\n' }, errors: [{ file: 'deploy.yaml', line: 8, message: 'php artisan serve' }] },
    { name: 'gunicorn importing a module that runs the dev server on import', files: { Dockerfile: 'FROM python:3.12\nCMD gunicorn app:app\n', 'app.py': UNGUARDED }, errors: [{ file: 'Dockerfile', line: 2, message: 'module level' }] },
    { name: 'poetry run and env prefix', files: { Dockerfile: 'FROM python:3.12\nCMD ["sh", "-c", "FLASK_APP=app poetry run flask run"]\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'line continuation, lowercase, CRLF', files: { Dockerfile: 'from python:3.12\r\ncmd python manage.py \\\r\n    runserver 0.0.0.0:8000\r\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'python -m package main', files: { Dockerfile: 'FROM python:3.12\nCMD ["python", "-m", "myapp"]\n', 'myapp/__main__.py': 'from myapp.web import app\napp.run(host="0.0.0.0")\n', 'myapp/__init__.py': '' }, errors: [{ file: 'Dockerfile', line: 2 }] },
  ],
  notes: [
    { name: 'guarded app.run while production runs gunicorn', files: { Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n', 'app.py': GUARDED }, notes: [{ file: 'app.py', line: 10, message: 'local entry point' }] },
    { name: 'dev-only compose is a note', files: { 'docker-compose.dev.yml': 'services:\n  web:\n    build: .\n    command: flask run --debug\n' }, notes: [{ file: 'docker-compose.dev.yml', line: 4, message: 'development-only' }] },
    { name: 'Dockerfile.dev and Procfile.dev are notes', files: { 'Dockerfile.dev': 'FROM node:20\nCMD ["npm", "run", "dev"]\n', 'Procfile.dev': 'web: bin/rails server -e development\n' }, notes: [{ file: 'Dockerfile.dev', line: 2 }, { file: 'Procfile.dev', line: 1 }] },
  ],
});

describe('command parsing', () => {
  it('splits shell scripts with quotes and operators', () => {
    expect(shellCommands(`a 'b c' "d \\"e\\"" && f;g|h # comment\ni\\\n j`)).toEqual([['a', 'b c', 'd "e"'], ['f'], ['g'], ['h'], ['i', 'j']]);
  });
  it('unwraps wrappers and sh -c', () => {
    expect(unwrap(['/usr/bin/dumb-init', '--', 'gosu', 'app', 'env', 'A=1', 'bash', '-lc', 'exec uvicorn m:app --reload'])).toEqual([{ argv: ['uvicorn', 'm:app', '--reload'], env: { A: '1' } }]);
    expect(unwrap(['ddtrace-run', 'newrelic-admin', 'run-program', 'gunicorn', 'app:app'])[0]!.argv[0]).toBe('gunicorn');
  });
  it('classifies servers', () => {
    expect(classify(['gunicorn', '--reload', 'app:app'])).toEqual({ kind: 'wsgi', server: 'gunicorn', module: 'app' });
    expect(classify(['vite', 'build'])).toEqual({ kind: 'other' });
    expect(classify(['vite', 'preview'])).toMatchObject({ kind: 'dev' });
    expect(classify(['flask', '--app', 'x', '--debug', 'run'])).toMatchObject({ kind: 'dev', debug: true });
    expect(classify(['python3.12', '-u', 'src/main.py'])).toEqual({ kind: 'python-script', path: 'src/main.py', module: false });
    expect(classify(['rails', 's'])).toEqual({ kind: 'other' });
  });
  it('finds run calls and their scope', () => {
    const calls = pythonRunCalls('import uvicorn\nfrom flask import Flask\napi = Flask(__name__)\nif True:\n    pass\nif __name__ == "__main__":\n    api.run(\n        debug=True,\n    )\nuvicorn.run("m:app", reload=True)\n');
    expect(calls).toMatchObject([{ line: 7, call: 'api.run', debug: true, scope: 'main' }, { line: 10, call: 'uvicorn.run', dev: true, scope: 'module' }]);
  });
});

it('skips when nothing starts a process', async () => {
  expect((await runCase(productionServer, { name: 'x', files: { Dockerfile: 'FROM python:3.12\nRUN pip install x\n' } })).skipped).toBeTruthy();
});
