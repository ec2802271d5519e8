import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { classify, optionValue, pythonRunCalls, shellCommands, unwrap } from '../../src/checks/util/commands.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const FLASK_APP = 'from flask import Flask\n\napp = Flask(__name__)\n\n@app.route("/")\ndef index():\n    return "ok"\n';
const GUARDED = `${FLASK_APP}\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)\n`;
const UNGUARDED = `${FLASK_APP}\napp.run(host="0.0.0.0", port=5000)\n`;

testCheck(productionServer, {
  valid: [
    // Strapi's and Keycloak's production modes; `start-dev` is kc.sh's only for Keycloak's image (another image's argument is its own).
    { name: 'strapi start, kc.sh start and start-dev on other images', files: {
      'Dockerfile': 'FROM quay.io/keycloak/keycloak:26.0.5 AS builder\nRUN /opt/keycloak/bin/kc.sh build\nFROM quay.io/keycloak/keycloak:26.0.5\nCOPY --from=builder /opt/keycloak/ /opt/keycloak/\nENTRYPOINT ["/opt/keycloak/bin/kc.sh"]\nCMD ["start", "--optimized"]\n',
      'docker-compose.yml': 'services:\n  auth:\n    image: quay.io/keycloak/keycloak:26.0.5\n    command: start --optimized --hostname=auth.example.com\n  cms:\n    image: ghcr.io/acme/cms:1.4.0\n    command: ["npx", "strapi", "start"]\n  other:\n    image: ghcr.io/acme/worker:1.0\n    command: start-dev\n  wrapped:\n    image: quay.io/keycloak/keycloak:26.0.5\n    entrypoint: ["/bin/sh", "-c"]\n    command: ["echo start-dev"]\n',
      'web/Procfile': 'web: npm start\n', 'web/package.json': '{"name":"cms","scripts":{"develop":"strapi develop","start":"strapi start"}}',
    } },
    { name: 'regression stop 18: a tests/ Dockerfile only a development compose file or profile builds is still a test image', files: { 'docker-compose.dev.yml': 'services:\n  load:\n    build: tests/load\n', 'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.0\n  e2e:\n    build: tests/e2e\n    profiles: ["test"]\n', 'tests/load/Dockerfile': 'FROM python:3.12-slim\nUSER 1000\nCMD flask run --host 0.0.0.0\n', 'tests/e2e/Dockerfile': 'FROM node:22\nUSER node\nCMD ["npm", "run", "dev"]\n' } },
    { name: 'QA stop 18: a Dockerfile under a test or example folder builds no production image', files: { 'tests/integration/Dockerfile': 'FROM python:3.12-slim\nUSER 1000\nCMD ["flask", "run", "--host=0.0.0.0"]\n', 'examples/demo/Dockerfile': 'FROM node:22\nUSER node\nCMD ["npm", "run", "dev"]\n', Dockerfile: 'FROM python:3.12-slim\nUSER 1000\nCMD ["gunicorn", "app:app"]\n' } },
    { name: 'litestar run and sanic without dev flags are production servers', files: { Dockerfile: 'FROM python:3.12\nCMD ["sanic", "server:app", "--host=0.0.0.0", "--workers=4"]\n', 'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1\n    command: litestar --app app:app run --host 0.0.0.0\n' } },
    { name: 'gunicorn exec form', files: { Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app:app"]\n', 'app.py': GUARDED } },
    { name: 'uvicorn with workers', files: { Dockerfile: 'FROM python:3.12\nCMD uvicorn main:app --host 0.0.0.0 --workers 4\n' } },
    { name: 'waitress and node server.js', files: { Procfile: 'web: waitress-serve --port=$PORT app:app\nworker: celery -A tasks worker\n', 'web/Dockerfile': 'FROM node:20\nCMD ["node", "server.js"]\n' } },
    { name: 'yarn workspace NAME start', files: { Dockerfile: 'FROM node:20\nCMD ["yarn", "workspace", "@acme/web", "run", "start"]\n', 'apps/web/package.json': '{"name":"@acme/web","scripts":{"dev":"next dev","start":"next start"}}' } },
    { name: 'npm start resolving to node', files: { Dockerfile: 'FROM node:20\nCMD ["npm", "start"]\n', 'package.json': '{"scripts":{"start":"node dist/index.js","dev":"nodemon src/index.ts"}}' } },
    { name: 'npm start without a start script runs node server.js', files: { Dockerfile: 'FROM node:20\nCMD npm start\n', 'package.json': '{"name":"x"}' } },
    { name: 'python script without app.run', files: { Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "/app/worker.py"]\n', 'worker.py': 'import asyncio\n\nasync def main():\n    pass\n\nasyncio.run(main())\n' } },
    { name: 'app.run only inside an uncalled function', files: { Dockerfile: 'FROM python:3.12\nCMD python app.py\n', 'app.py': `${FLASK_APP}\ndef dev():\n    app.run(debug=True)\n\nserve(app)\n` } },
    { name: 'app.run in a comment or a string', files: { Dockerfile: 'FROM python:3.12\nCMD python app.py\n', 'app.py': `${FLASK_APP}# app.run(debug=True)\nHELP = "call app.run(debug=True) locally"\n"""\napp.run()\n"""\n` } },
    { name: 'vite build then nginx', files: { Dockerfile: 'FROM node:20 AS build\nRUN npx vite build\nCMD ["npx", "vite"]\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n' } },
    { name: 'dev branch of a start script is not judged', files: { Dockerfile: 'FROM python:3.12\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n', 'start.sh': '#!/bin/sh\nset -e\nif [ "$APP_ENV" = "development" ]; then\n  exec flask run --host 0.0.0.0\nfi\nexec gunicorn app:app\n' } },
    { name: 'test-guarded and fallback commands are not judged', files: { Procfile: 'web: [ "$APP_ENV" = dev ] && flask run || gunicorn app:app\n', Dockerfile: 'FROM python:3.12\nCMD gunicorn app:app || python -m flask run\n' } },
    { name: 'node start script by shebang is not parsed as shell', files: { Dockerfile: 'FROM node:20\nCMD ["./bin/www"]\n', 'bin/www': '#!/usr/bin/env node\n// flask run\nrequire("../app").listen(3000);\n' } },
    { name: 'supervisord with gunicorn', files: { Dockerfile: 'FROM python:3.12\nCOPY supervisord.conf /etc/supervisord.conf\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n', 'supervisord.conf': '[program:web]\ncommand=gunicorn -b 0.0.0.0:8000 app:app\n; command=flask run\n' } },
    { name: 'compose production command', files: { 'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: gunicorn --bind 0.0.0.0:8000 project.wsgi:application\n' } },
    { name: 'manage.py migrate then gunicorn', files: { Dockerfile: 'FROM python:3.12\nCMD sh -c "python manage.py migrate && gunicorn project.wsgi"\n' } },
    { name: 'k8s args only', files: { 'k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          args: ["gunicorn", "app:app"]\n' } },
    { name: 'later ENTRYPOINT resets an inherited CMD', files: { Dockerfile: 'FROM node:20 AS base\nCMD ["npm", "run", "dev"]\nFROM base\nENTRYPOINT ["node", "server.js"]\n' } },
    { name: 'Sanic app.run is production-grade', files: { Dockerfile: 'FROM python:3.12\nCMD ["python", "server.py"]\n', 'server.py': 'from sanic import Sanic\napp = Sanic("api")\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", workers=4)\n' } },
    { name: 'Bottle run() naming a production server (no reloader), a local run() of another module, and bottle served by gunicorn', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'app.py': 'from bottle import Bottle, run\n\napp = Bottle()\n\n@app.route(\"/\")\ndef index():\n    return \"ok\"\n\nif __name__ == \"__main__\":\n    run(app, host="0.0.0.0", port=8080, server="gunicorn", workers=4)\n', 'b/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD ["gunicorn", "-b", "0.0.0.0:8080", "app:app"]\n', 'b/app.py': 'from bottle import Bottle, run\n\napp = Bottle()\n\n@app.route(\"/\")\ndef index():\n    return \"ok\"\n\nif __name__ == \"__main__\":\n    run(app, reloader=True, debug=True)\n', 'c/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'c/app.py': 'from bottle import Bottle\nfrom jobs import run\napp = Bottle()\nif __name__ == "__main__":\n    run(app)\n    import waitress\n    waitress.serve(app, port=8080)\n' } },
    { name: 'Flask-SocketIO with eventlet', files: { Dockerfile: 'FROM python:3.12\nCMD python app.py\n', 'app.py': 'from flask import Flask\nfrom flask_socketio import SocketIO\napp = Flask(__name__)\nsio = SocketIO(app, async_mode="eventlet")\nif __name__ == "__main__":\n    sio.run(app, host="0.0.0.0")\n' } },
    { name: 'uvicorn.run without reload in a script', files: { Dockerfile: 'FROM python:3.12\nCMD ["python", "main.py"]\n', 'main.py': 'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == "__main__":\n    uvicorn.run(app, host="0.0.0.0", port=8000)\n' } },
    { name: 'fastapi run and nest start', files: { Dockerfile: 'FROM python:3.12\nCMD ["fastapi", "run", "app/main.py", "--port", "80"]\n', 'api/Dockerfile': 'FROM node:20\nCMD ["npm", "run", "start:prod"]\n', 'api/package.json': '{"scripts":{"start:prod":"node dist/main","start:dev":"nest start --watch"}}' } },
    { name: 'compose command resolved through the Dockerfile COPY, not by basename', files: {
      'docker-compose.production.yml': 'services:\n  django:\n    build:\n      context: .\n      dockerfile: ./compose/production/django/Dockerfile\n    command: /start\n',
      'compose/production/django/Dockerfile': 'FROM python:3.12\nWORKDIR /app\nCOPY ./compose/production/django/start /start\nCOPY . /app\nUSER 1000\n',
      'compose/production/django/start': '#!/bin/bash\nset -o errexit\nexec gunicorn config.wsgi --bind 0.0.0.0:5000\n',
      'compose/dev/django/start': '#!/bin/bash\nexec python manage.py runserver 0.0.0.0:8000\n',
    } },
    { name: 'the package the image copies beats a module of the same name outside the build context', files: {
      'services/api/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\nCOPY . .\nUSER 10001\nCMD ["gunicorn", "-w", "4", "app:create_app()"]\n',
      'services/api/requirements.txt': 'flask\n',
      'services/api/app/__init__.py': 'from flask import Flask\n\ndef create_app():\n    return Flask(__name__)\n',
      'services/tools/app.py': 'from flask import Flask\napp = Flask(__name__)\napp.run(port=5050, debug=True)\n',
    } },
    { name: 'no suffix match outside the build context when the image copy is known', files: {
      'services/api/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\nCOPY . .\nCMD ["gunicorn", "app:app"]\n',
      'services/api/requirements.txt': 'flask\n',
      'services/tools/app.py': 'from flask import Flask\napp = Flask(__name__)\napp.run(port=5050, debug=True)\n',
    } },
    { name: 'a cd in a dev branch or to a computed folder is not followed', files: {
      'package.json': '{"name":"root","scripts":{"start":"node server.js"}}',
      'spa/package.json': '{"name":"web","scripts":{"start":"vite"}}',
      Procfile: 'web: [ "$DEV" = 1 ] && cd spa; cd "$APP_DIR" && npm start\n',
    } },
    { name: 'an image that copies nothing from its context does not import a sibling folder\'s module', files: {
      'a/Dockerfile': 'FROM python:3.12-slim\nUSER 1000\nCMD ["gunicorn", "app:app"]\n',
      'f/Dockerfile': 'FROM python:3.12-slim AS builder\nRUN pip wheel -w /wheels flask\nFROM python:3.12-slim\nCOPY --from=builder /wheels /wheels\nCMD ["gunicorn", "app:app"]\n',
      'h/app.py': 'from flask import Flask\napp = Flask(__name__)\napp.run()\n',
    } },
    { name: 'Rails 8 default Dockerfile', files: { Dockerfile: 'FROM ruby:3.3-slim AS base\nWORKDIR /rails\nENV RAILS_ENV="production"\nFROM base\nCOPY --from=build /rails /rails\nUSER 1000:1000\nENTRYPOINT ["/rails/bin/docker-entrypoint"]\nEXPOSE 80\nCMD ["./bin/thrust", "./bin/rails", "server"]\n', 'bin/docker-entrypoint': '#!/bin/bash -e\nif [ "${@: -2:1}" == "./bin/rails" ] && [ "${@: -1:1}" == "server" ]; then\n  ./bin/rails db:prepare\nfi\nexec "${@}"\n' } },
    { name: 'rails in production', files: { Procfile: 'web: bundle exec rails server -p $PORT -e production\n' } },
    { name: 'option values are not sub-commands (vite build, flask --app run, node script --watch)', files: {
      Dockerfile: 'FROM node:20\nCMD ["npx", "vite", "--mode", "production", "build"]\n',
      'flask/Dockerfile': 'FROM python:3.12\nCMD ["flask", "--app", "run", "db", "upgrade"]\n',
      'node/Dockerfile': 'FROM node:20\nCMD ["node", "server.js", "--watch"]\n',
      'django/Dockerfile': 'FROM python:3.12\nCMD ["python", "manage.py", "shell", "-c", "runserver"]\n',
      'next/Dockerfile': 'FROM node:20\nCMD ["next", "start", "-p", "3000"]\n',
    } },
  ],
  invalid: [
    { name: 'django-extensions runserver_plus, named as written', files: { Dockerfile: 'FROM python:3.12\nCMD ["python", "manage.py", "runserver_plus", "0.0.0.0:8000"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'manage.py runserver_plus' }] },
    { name: 'flask run shell form', files: { Dockerfile: 'FROM python:3.12\nENV FLASK_APP=app.py\nCMD flask run --host=0.0.0.0\n' }, errors: [{ file: 'Dockerfile', line: 3, severity: 'critical', message: 'flask run' }] },
    { name: 'python -m flask run exec form', files: { Dockerfile: 'FROM python:3.12\nCMD ["python3", "-m", "flask", "run", "--host=0.0.0.0"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'python -m flask run' }] },
    { name: 'sh -c wrapped runserver', files: { Dockerfile: 'FROM python:3.12\nCMD ["sh", "-c", "python manage.py migrate && python manage.py runserver 0.0.0.0:8000"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'manage.py runserver' }] },
    { name: 'Bottle run(app, reloader=True), bottle.run() on its default wsgiref server, app.run() of a Bottle() app', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'app.py': 'from bottle import Bottle, run\n\napp = Bottle()\n\n@app.route(\"/\")\ndef index():\n    return \"ok\"\n\nif __name__ == \"__main__\":\n    run(app, host="0.0.0.0", port=8080, debug=True, reloader=True)\n', 'b/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'b/app.py': 'import bottle\napp = bottle.Bottle()\nbottle.run(app, host="0.0.0.0", port=8080)\n', 'c/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n', 'c/app.py': 'from bottle import Bottle\napp = Bottle()\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", server="wsgiref")\n' }, errors: [{ file: 'Dockerfile', line: 3, severity: 'critical', message: /python app\.py calling Bottle run\(reloader=True\) \(app\.py:10\)/ }, { file: 'b/Dockerfile', line: 3, message: /calling Bottle bottle\.run\(\) without server= \(its default, wsgiref/ }, { file: 'c/Dockerfile', line: 3, message: /calling Bottle app\.run\(server='wsgiref'\)/ }] },
    { name: 'uvicorn --reload', files: { Dockerfile: 'FROM python:3.12\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--reload"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'uvicorn --reload' }] },
    { name: 'python app.py calling app.run under main (two files)', files: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': GUARDED }, errors: [{ file: 'Dockerfile', line: 4, message: 'app.py:10' }] },
    { name: 'python script in a sub-folder through WORKDIR', files: { 'backend/Dockerfile': 'FROM python:3.12\nWORKDIR /srv\nCOPY src/ /srv/src/\nCMD python -u /srv/src/server.py\n', 'backend/src/server.py': `from flask import Flask\nserver = Flask(__name__)\n\ndef main():\n    server.run(port=8080)\n\nif __name__ == '__main__':\n    main()\n` }, errors: [{ file: 'backend/Dockerfile', line: 4, message: 'server.py' }] },
    { name: 'ENTRYPOINT python + CMD app.py', files: { Dockerfile: 'FROM python:3.12\nENTRYPOINT ["python"]\nCMD ["app.py"]\n', 'app.py': UNGUARDED }, errors: [{ file: 'Dockerfile', line: 3 }] },
    { name: 'entrypoint script with exec "$@" and flask CMD', files: { Dockerfile: 'FROM python:3.12\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["flask", "run"]\n', 'docker-entrypoint.sh': '#!/bin/sh\nflask db upgrade\nexec "$@"\n' }, errors: [{ file: 'Dockerfile', line: 3 }] },
    { name: 'sh with a script argument', files: { Dockerfile: 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["bash", "-e", "docker/run.sh"]\n', 'docker/run.sh': 'cd /srv && [ -f .env ] && . ./.env; python manage.py runserver 0.0.0.0:80\n' }, errors: [{ file: 'Dockerfile', line: 4 }] },
    { name: 'extension-less entrypoint with a dev CMD', files: { Dockerfile: 'FROM python:3.12\nENTRYPOINT ["/docker-entrypoint"]\nCMD ["python", "-m", "flask", "run", "--host=0.0.0.0"]\n' }, errors: [{ file: 'Dockerfile', line: 3 }] },
    { name: 'python start script by shebang', files: { Dockerfile: 'FROM python:3.12\nCOPY bin/serve /usr/local/bin/serve\nCMD ["serve"]\n', 'bin/serve': '#!/usr/bin/env python3\nfrom web import app\napp.run(host="0.0.0.0")\n' }, errors: [{ file: 'Dockerfile', line: 3, message: 'python serve calling app.run()' }] },
    { name: 'start script running the dev server', files: { Dockerfile: 'FROM python:3.12\nCOPY scripts/ /scripts/\nCMD ["/scripts/start.sh"]\n', 'scripts/start.sh': '#!/bin/bash\nset -e\npython manage.py migrate\nexec python manage.py runserver 0.0.0.0:8000\n' }, errors: [{ file: 'Dockerfile', line: 3, message: /starts a development server: manage\.py runserver \(scripts\/start\.sh:4\)/ }] },
    { name: 'inherited CMD from an earlier stage', files: { Dockerfile: 'FROM node:20 AS dev\nCMD ["npx", "next", "dev"]\nFROM dev AS final\nRUN npm ci\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'next dev' }] },
    { name: 'npm start resolving to react-scripts', files: { 'web/Dockerfile': 'FROM node:20\nWORKDIR /app\nCMD ["npm", "start"]\n', 'web/package.json': '{"scripts":{"start":"react-scripts start","build":"react-scripts build"}}' }, errors: [{ file: 'web/Dockerfile', line: 3, message: 'react-scripts start' }] },
    { name: 'npm run dev without package.json', files: { Dockerfile: 'FROM node:20\nCMD npm run dev\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'yarn dev through package.json', files: { Dockerfile: 'FROM node:20\nCMD ["yarn", "dev"]\n', 'package.json': '{"scripts":{"dev":"vite --host"}}' }, errors: [{ file: 'Dockerfile', line: 2, message: 'vite' }] },
    { name: 'pm2 in watch mode (Dockerfile CMD, Procfile web)', files: {
      Dockerfile: 'FROM node:20-alpine\nRUN npm install pm2 -g\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["pm2-runtime", "server.js", "--watch"]\n',
      Procfile: 'web: pm2 start server.js --watch --no-daemon\nworker: node worker.js\n',
    }, errors: [{ file: 'Dockerfile', line: 6, message: /pm2-runtime --watch.*drop --watch/ }, { file: 'Procfile', line: 1, message: /pm2 start --watch/ }] },
    { name: 'nodemon with tini', files: { Dockerfile: 'FROM node:20\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["nodemon", "server.js"]\n' }, errors: [{ file: 'Dockerfile', line: 3, message: 'nodemon' }] },
    { name: 'compose command list and string', files: { 'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: ["flask", "run", "--host=0.0.0.0"]\n  front:\n    image: node:20\n    command: npx ng serve --host 0.0.0.0\n' }, errors: [{ file: 'docker-compose.yml', line: 4 }, { file: 'docker-compose.yml', line: 7, message: 'ng serve' }] },
    { name: 'Procfile web', files: { Procfile: 'release: python manage.py migrate\nweb: python manage.py runserver 0.0.0.0:$PORT\n' }, errors: [{ file: 'Procfile', line: 2, message: 'Procfile web' }] },
    { name: 'k8s command and args', files: { 'deploy.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: acme/app:1\n      command: ["php"]\n      args: ["artisan", "serve", "--host=0.0.0.0"]\n' }, errors: [{ file: 'deploy.yaml', line: 8, message: 'php artisan serve' }] },
    { name: 'python -m PACKAGE runs its __main__.py: named as it is run', files: { Dockerfile: 'FROM python:3.12\nUSER 1000\nCMD ["python", "-m", "app"]\n', 'app/__init__.py': '', 'app/__main__.py': 'import uvicorn\nfrom .main import app\n\nuvicorn.run(app, host="0.0.0.0", reload=True)\n' }, errors: [{ file: 'Dockerfile', line: 3, message: /starts a development server: python -m app calling uvicorn\.run\(\) \(app\/__main__\.py:4\)/ }] },
    { name: 'regression stop 18: a Dockerfile under tests/ that the production compose service builds is judged', files: { 'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: tests/docker/Dockerfile\n    restart: always\n', 'tests/docker/Dockerfile': 'FROM python:3.12-slim\nUSER 1000\nCMD flask run --host 0.0.0.0\n' }, errors: [{ file: 'tests/docker/Dockerfile', line: 3 }] },
    { name: 'gunicorn importing a module that runs the dev server on import', files: { Dockerfile: 'FROM python:3.12\nCMD gunicorn app:app\n', 'app.py': UNGUARDED }, errors: [{ file: 'Dockerfile', line: 2, message: /module level.*guard it with if __name__ == "__main__"/ }] },
    { name: 'poetry run and env prefix', files: { Dockerfile: 'FROM python:3.12\nCMD ["sh", "-c", "FLASK_APP=app poetry run flask run"]\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'line continuation, lowercase, CRLF', files: { Dockerfile: 'from python:3.12\r\ncmd python manage.py \\\r\n    runserver 0.0.0.0:8000\r\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'Flask-SocketIO forcing Werkzeug', files: { Dockerfile: 'FROM python:3.12\nCMD python app.py\n', 'app.py': 'from flask import Flask\nfrom flask_socketio import SocketIO\napp = Flask(__name__)\nsocketio = SocketIO(app)\nif __name__ == "__main__":\n    socketio.run(app, host="0.0.0.0", allow_unsafe_werkzeug=True)\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'socketio.run' }] },
    { name: 'fastapi dev', files: { Dockerfile: 'FROM python:3.12\nCMD ["fastapi", "dev", "main.py", "--host", "0.0.0.0"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'fastapi dev' }] },
    { name: 'litestar run --reload', files: { Dockerfile: 'FROM python:3.12\nCMD ["litestar", "--app", "app:app", "run", "--reload", "--host", "0.0.0.0"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'litestar run --reload' }] },
    { name: "manage.py run of a Flask project's FlaskGroup", files: { 'docker-compose.yml': 'services:\n  web:\n    build: ./services/web\n    command: python manage.py run -h 0.0.0.0\n', 'services/web/manage.py': 'from flask.cli import FlaskGroup\nfrom project import app\n\ncli = FlaskGroup(app)\n\nif __name__ == "__main__":\n    cli()\n' }, errors: [{ file: 'docker-compose.yml', line: 4, message: 'manage.py run' }] },
    { name: 'sanic --dev', files: { Dockerfile: 'FROM python:3.12\nCMD ["sanic", "server:app", "--host=0.0.0.0", "--dev"]\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'sanic --dev' }] },
    { name: 'cross-env nodemon through npm script', files: { Dockerfile: 'FROM node:20\nCMD ["npm", "run", "start:dev"]\n', 'package.json': '{"scripts":{"start:dev":"cross-env NODE_ENV=development nodemon src/index.js"}}' }, errors: [{ file: 'Dockerfile', line: 2, message: 'npm run start:dev → nodemon' }] },
    { name: 'yarn workspace NAME dev (QA round 22)', files: { Dockerfile: 'FROM node:20\nWORKDIR /repo\nCOPY . .\nCMD ["yarn", "workspace", "@acme/web", "dev"]\n', 'package.json': '{"private":true,"workspaces":["apps/*"]}', 'apps/web/package.json': '{"name":"@acme/web","scripts":{"dev":"next dev","start":"next start"}}' }, errors: [{ file: 'Dockerfile', line: 4 }] },
    { name: 'nest start --watch', files: { Dockerfile: 'FROM node:20\nCMD npm run start:dev\n', 'package.json': '{"scripts":{"start:dev":"nest start --watch"}}' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'COPY maps a renamed start script', files: {
      Dockerfile: 'FROM python:3.12\nCOPY deploy/run-web.sh /usr/local/bin/start\nCMD ["start"]\n',
      'deploy/run-web.sh': '#!/bin/sh\nexec flask run --host 0.0.0.0\n',
    }, errors: [{ file: 'Dockerfile', line: 3, message: 'flask run' }] },
    { name: 'supervisord program', files: { Dockerfile: 'FROM python:3.12\nCOPY deploy/supervisord.conf /etc/supervisor/conf.d/supervisord.conf\nCMD ["/usr/bin/supervisord"]\n', 'deploy/supervisord.conf': '[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=python manage.py runserver 0.0.0.0:8000\n\n[program:worker]\ncommand=celery -A proj worker\n' }, errors: [{ file: 'deploy/supervisord.conf', line: 5, column: 1, message: "supervisord program 'web' starts a development server: manage.py runserver (run by CMD in Dockerfile:3)" }] },
    { name: 'vite with option values (exec form, shell form, k8s command/args)', files: {
      Dockerfile: 'FROM node:20-alpine\nUSER 1000\nCMD ["npx", "vite", "--host", "0.0.0.0"]\n',
      'b/Dockerfile': 'FROM node:20-alpine\nCMD vite --port 5173 --host\n',
      'c/Dockerfile': 'FROM node:20-alpine\nCMD vite --host 0.0.0.0 --port 5173\n',
      'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web:1.0\n          command: ["npx"]\n          args: ["vite", "--host", "0.0.0.0"]\n',
    }, errors: [{ file: 'Dockerfile', line: 3, message: ': vite;' }, { file: 'b/Dockerfile', line: 2, message: 'vite' }, { file: 'c/Dockerfile', line: 2, message: 'vite' }, { file: 'k8s/web.yaml', line: 10, message: 'vite' }] },
    { name: 'dev servers whose option values come before the sub-command', files: {
      Dockerfile: 'FROM node:20\nCMD ["npx", "-p", "@angular/cli", "ng", "serve", "--host", "0.0.0.0"]\n',
      'next/Dockerfile': 'FROM node:20\nCMD ["npx", "next", "-p", "3000"]\n',
      'cra/Dockerfile': 'FROM node:20\nCMD ["react-scripts", "--max_old_space_size=4096", "start"]\n',
      'flask/Dockerfile': 'FROM python:3.12\nCMD ["nice", "-n", "10", "flask", "--app", "web", "run", "--host", "0.0.0.0"]\n',
      'django/Dockerfile': 'FROM python:3.12\nCMD ["python", "manage.py", "--settings", "site.settings", "runserver", "0.0.0.0:8000"]\n',
      'laravel/Dockerfile': 'FROM php:8.3\nCMD ["php", "-d", "memory_limit=1G", "artisan", "serve", "--host=0.0.0.0"]\n',
      'otel/Dockerfile': 'FROM python:3.12\nCMD ["opentelemetry-instrument", "--traces_exporter", "otlp", "--service_name", "api", "uvicorn", "main:app", "--reload"]\n',
      'yarn/Dockerfile': 'FROM node:20\nCMD ["yarn", "--cwd", "web", "dev"]\n',
    }, errors: [
      { file: 'Dockerfile', line: 2, message: 'ng serve' }, { file: 'next/Dockerfile', line: 2, message: 'next dev' }, { file: 'cra/Dockerfile', line: 2, message: 'react-scripts start' },
      { file: 'flask/Dockerfile', line: 2, message: 'flask run' }, { file: 'django/Dockerfile', line: 2, message: 'manage.py runserver' }, { file: 'laravel/Dockerfile', line: 2, message: 'php artisan serve' },
      { file: 'otel/Dockerfile', line: 2, message: 'uvicorn --reload' }, { file: 'yarn/Dockerfile', line: 2, message: 'yarn run dev' },
    ] },
    { name: 'gunicorn option values are not the module it imports', files: { Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "-k", "gevent", "--bind", "unix:/tmp/app.sock", "app"]\n', 'app.py': UNGUARDED, 'gevent.py': '' }, errors: [{ file: 'Dockerfile', line: 2, message: 'run when gunicorn imports app.py' }] },
    { name: 'fastapi dev is told to use fastapi run', files: { 'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1\n    command: fastapi dev main.py\n' }, errors: [{ file: 'docker-compose.yml', line: 4, message: "service 'api' command starts a development server: fastapi dev; use fastapi run (production mode: no reload)" }] },
    { name: 'npm start in the folder a compose bind mount and working_dir make the working directory', files: {
      'package.json': '{"name":"root","scripts":{"start":"node backend/server.js"}}',
      'frontend/package.json': '{"name":"fe","scripts":{"start":"next dev -p 3000","build":"next build"}}',
      'docker-compose.yml': 'services:\n  fe2:\n    image: acme/fe:1.0.0\n    working_dir: /app\n    volumes: ["./frontend:/app"]\n    command: npm start\n  root:\n    image: acme/root:1.0.0\n    command: npm start\n',
      Procfile: 'web: npm run --prefix frontend start\n',
    }, errors: [{ file: 'docker-compose.yml', line: 6, message: 'npm start → next dev' }, { file: 'Procfile', line: 1, message: 'npm start → next dev' }] },
    { name: 'npm start in the folder the image copies to its WORKDIR', files: {
      'package.json': '{"name":"root","scripts":{"start":"node server.js"}}',
      'web/package.json': '{"name":"web","scripts":{"start":"vite"}}',
      Dockerfile: 'FROM node:20\nWORKDIR /srv\nCOPY web/ .\nCMD ["npm", "start"]\n',
    }, errors: [{ file: 'Dockerfile', line: 4, message: 'npm start → vite' }] },
    { name: 'gunicorn imports the package its image copies, not a same-named module elsewhere', files: {
      'services/api/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nCMD ["gunicorn", "app:app"]\n',
      'services/api/app/__init__.py': 'from flask import Flask\napp = Flask(__name__)\napp.run(host="0.0.0.0")\n',
      'services/tools/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    }, errors: [{ file: 'services/api/Dockerfile', line: 4, message: 'run when gunicorn imports __init__.py' }] },
    { name: 'the stage a compose service builds as its target', files: {
      'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      target: web\n    ports: ["8000:5000"]\n',
      Dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nUSER 10001\n\nFROM base AS web\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n\nFROM base AS production\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    }, errors: [{ file: 'Dockerfile', line: 8, message: "CMD of build target 'web' (service 'web' in docker-compose.yml) starts a development server: flask run" }] },
    { name: 'a target stage whose command the final stage shares is judged once', files: {
      'compose.yaml': 'services:\n  web:\n    build: { context: ., target: base }\n',
      Dockerfile: 'FROM node:20 AS base\nCMD ["npx", "vite"]\nFROM base\nUSER node\n',
    }, errors: [{ file: 'Dockerfile', line: 2, message: /^CMD starts a development server: vite/ }] },
    { name: 'a leading cd moves the folder a package script runs in', files: {
      'package.json': '{"name":"root","scripts":{"start":"node server.js"}}',
      'spa/package.json': '{"name":"web","scripts":{"start":"vite preview --port 8080","build":"vite build"}}',
      Procfile: 'web: cd spa && npm start\n',
      Dockerfile: 'FROM node:20\nWORKDIR /srv\nCOPY . .\nCMD ["sh", "-c", "cd /srv/spa; exec npm start"]\n',
    }, errors: [{ file: 'Procfile', line: 1, message: 'npm start → vite preview' }, { file: 'Dockerfile', line: 4, message: 'npm start → vite preview' }] },
    { name: 'each runtime gets its own advice (dotnet watch, deno --watch, bun --hot)', files: {
      Dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nENTRYPOINT ["dotnet", "watch", "run", "--project", "src/Api"]\n',
      'deno/Dockerfile': 'FROM denoland/deno:1.40.2\nCMD ["deno", "run", "--allow-net", "--watch", "main.ts"]\n',
      'bun/Dockerfile': 'FROM oven/bun:1.0\nCMD ["bun", "--hot", "src/index.ts"]\n',
      'static/Dockerfile': 'FROM python:3.12\nCMD ["python", "-m", "http.server", "8000"]\n',
    }, errors: [
      { file: 'Dockerfile', line: 2, message: /dotnet watch; publish the app \(dotnet publish -c Release\)/ },
      { file: 'deno/Dockerfile', line: 2, message: /deno run --watch; run deno without the file watcher/ },
      { file: 'bun/Dockerfile', line: 2, message: /starts a development server: bun --hot; run bun without --watch\/--hot/ },
      { file: 'static/Dockerfile', line: 2, message: /python -m http\.server; serve static files with nginx/ },
    ] },
    { name: 'meta-frameworks get their own production server as advice (astro, nuxi, nuxt, remix, svelte-kit; QA round 25)', files: {
      'astro/Procfile': 'web: npm start\n', 'astro/package.json': '{"name":"site","scripts":{"start":"astro dev","build":"astro build"}}',
      'nuxi/Procfile': 'web: npm run dev\n', 'nuxi/package.json': '{"name":"web","scripts":{"dev":"nuxi dev","build":"nuxi build"}}',
      'nuxt/Dockerfile': 'FROM node:20\nCMD ["npx", "nuxt", "dev"]\n',
      'remix/Dockerfile': 'FROM node:20\nCMD ["npx", "remix", "dev"]\n',
      'kit/Dockerfile': 'FROM node:20\nCMD ["npx", "svelte-kit", "dev"]\n',
    }, errors: [
      { file: 'astro/Procfile', line: 1, message: /npm start → astro dev; build the site \(astro build\) and run the server the Node adapter outputs \(node \.\/dist\/server\/entry\.mjs\), or serve the static dist\/ with nginx or a CDN$/ },
      { file: 'nuxi/Procfile', line: 1, message: /npm run dev → nuxi dev; build the app \(nuxi build\) and run the Nitro server it outputs \(node \.output\/server\/index\.mjs\)$/ },
      { file: 'nuxt/Dockerfile', line: 2, message: /nuxt dev; build the app \(nuxi build\) and run the Nitro server it outputs \(node \.output\/server\/index\.mjs\)$/ },
      { file: 'remix/Dockerfile', line: 2, message: /remix dev; build the app \(remix build, or remix vite:build\) and serve the build with remix-serve/ },
      { file: 'kit/Dockerfile', line: 2, message: /svelte-kit dev; build the app \(vite build\) and run the adapter-node output \(node build\)$/ },
    ] },
    // QA (oss-other D4): Strapi's and Keycloak's development modes, direct, through package scripts and as the Keycloak image's kc.sh arguments.
    { name: 'strapi develop and keycloak start-dev', files: {
      'cms/Dockerfile': 'FROM node:20-alpine\nWORKDIR /opt/app\nCOPY . .\nCMD ["npm", "run", "develop"]\n',
      'cms/package.json': '{"name":"cms","scripts":{"develop":"strapi develop","start":"strapi start","build":"strapi build"},"dependencies":{"@strapi/strapi":"5.4.0"}}',
      'render.yaml': 'services:\n  - type: web\n    name: cms\n    runtime: node\n    rootDir: cms\n    startCommand: yarn develop\n',
      'docker-compose.yml': 'services:\n  cms:\n    image: ghcr.io/acme/cms:1.4.0\n    command: ["npx", "strapi", "develop", "--no-build"]\n  auth:\n    image: quay.io/keycloak/keycloak:26.0.5\n    command: start-dev\n  auth2:\n    image: docker.io/keycloak/keycloak:26.0\n    command: ["--verbose", "start-dev", "--http-port=8080"]\n',
      'kc/Dockerfile': 'FROM quay.io/keycloak/keycloak:26.0.5\nENTRYPOINT ["/opt/keycloak/bin/kc.sh", "start-dev"]\n',
      'kc2/Dockerfile': 'FROM quay.io/keycloak/keycloak:26.0.5 AS kc\nCMD ["start-dev", "--import-realm"]\n',
      'k8s/keycloak.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: keycloak\nspec:\n  template:\n    spec:\n      containers:\n        - name: keycloak\n          image: quay.io/keycloak/keycloak:26.0.5\n          args: ["start-dev"]\n',
    }, errors: [
      { file: 'cms/Dockerfile', line: 4, message: /CMD starts a development server: npm run develop → strapi develop; build the admin panel \(strapi build\) and run strapi start/ },
      { file: 'docker-compose.yml', line: 4, message: /service 'cms' command starts a development server: strapi develop;/ },
      { file: 'docker-compose.yml', line: 7, message: /service 'auth' command starts a development server: kc\.sh start-dev; run kc\.sh start/ },
      { file: 'docker-compose.yml', line: 10, message: /service 'auth2' command .*kc\.sh start-dev/ },
      { file: 'k8s/keycloak.yaml', line: 11, message: /container 'keycloak' args starts a development server: kc\.sh start-dev/ },
      { file: 'kc/Dockerfile', line: 2, message: /kc\.sh start-dev/ },
      { file: 'kc2/Dockerfile', line: 2, message: /CMD starts a development server: kc\.sh start-dev/ },
      { file: 'render.yaml', line: 6, message: /yarn run develop → strapi develop/ },
    ] },
    { name: 'python -m package main', files: { Dockerfile: 'FROM python:3.12\nCMD ["python", "-m", "myapp"]\n', 'myapp/__main__.py': 'from myapp.web import app\napp.run(host="0.0.0.0")\n', 'myapp/__init__.py': '' }, errors: [{ file: 'Dockerfile', line: 2 }] },
  ],
  notes: [
    { name: 'a development target built by the override file is a note', files: {
      'docker-compose.yml': 'services:\n  web:\n    build: .\n',
      'docker-compose.override.yml': 'services:\n  web:\n    build:\n      context: .\n      target: development\n',
      Dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nUSER 10001\n\nFROM base AS development\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n\nFROM base AS production\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    }, notes: [{ file: 'Dockerfile', line: 8, message: 'development-only file' }] },
    { name: 'a development stage last while production builds target production is a note', files: {
      'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      target: production\n',
      'docker-compose.override.yml': 'services:\n  web:\n    build:\n      target: development\n',
      Dockerfile: 'FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY . .\nUSER 10001\n\nFROM base AS production\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n\nFROM base AS development\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n',
    }, notes: [{ file: 'Dockerfile', line: 11, message: "not the stage production builds: service 'web' in docker-compose.yml builds target 'production'" }] },
    { name: 'guarded app.run while production runs gunicorn', files: { Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n', 'app.py': GUARDED }, notes: [{ file: 'app.py', line: 10, message: 'local entry point' }] },
    { name: 'supervisord program in a dev-only image', files: { 'Dockerfile.dev': 'FROM python:3.12\nCOPY supervisord.conf /etc/supervisord.conf\nCMD ["supervisord"]\n', 'supervisord.conf': '[program:web]\ncommand=python manage.py runserver\n' }, notes: [{ file: 'supervisord.conf', line: 2, message: '(run by CMD in Dockerfile.dev:3)' }] },
    { name: 'dev-only compose is a note', files: { 'docker-compose.dev.yml': 'services:\n  web:\n    build: .\n    command: flask run --debug\n' }, notes: [{ file: 'docker-compose.dev.yml', line: 4, message: 'development-only' }] },
    { name: 'devcontainer and local compose folder are notes', files: { '.devcontainer/Dockerfile': 'FROM python:3.12\nCMD ["flask", "run"]\n', 'compose/local/docker-compose.yml': 'services:\n  django:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8000\n' }, notes: [{ file: '.devcontainer/Dockerfile', line: 2 }, { file: 'compose/local/docker-compose.yml', line: 4 }] },
    { name: 'Dockerfile.dev and Procfile.dev are notes', files: { 'Dockerfile.dev': 'FROM node:20\nCMD ["npm", "run", "dev"]\n', 'Procfile.dev': 'web: bin/rails server -e development\n' }, notes: [{ file: 'Dockerfile.dev', line: 2 }, { file: 'Procfile.dev', line: 1 }] },
  ],
});

describe('command parsing', () => {
  it('splits shell scripts with quotes and operators', () => {
    expect(shellCommands(`a 'b c' "d \\"e\\"" && f;g|h # comment\ni\\\n j`)).toEqual([['a', 'b c', 'd "e"'], ['f'], ['g'], ['h'], ['i', 'j']]);
  });
  it('unwraps wrappers and sh -c', () => {
    expect(unwrap(['/usr/bin/dumb-init', '--', 'gosu', 'app', 'env', 'A=1', 'bash', '-lc', 'exec uvicorn m:app --reload'])).toEqual([{ argv: ['uvicorn', 'm:app', '--reload'], env: { A: '1' }, line: 1 }]);
    expect(unwrap(['ddtrace-run', 'newrelic-admin', 'run-program', 'gunicorn', 'app:app'])[0]!.argv[0]).toBe('gunicorn');
  });
  it('carries the folder a script cd-s into', () => {
    expect(unwrap(['/bin/sh', '-c', 'cd web && cd src; FOO=1 npm start'])).toEqual([{ argv: ['npm', 'start'], env: { FOO: '1' }, cwd: 'web/src', line: 1, envLines: { FOO: 1 } }]);
    expect(unwrap(['sh', '-c', 'cd /app && exec node server.js'])).toEqual([{ argv: ['node', 'server.js'], env: {}, cwd: '/app', line: 1 }]);
    // The script's exports reach the commands after them, not the folder a `cd` after them names.
    expect(unwrap(['sh', '-c', 'export NODE_ENV=production\ncd /app\nexec node server.js'])).toEqual([{ argv: ['node', 'server.js'], env: { NODE_ENV: 'production' }, cwd: '/app', line: 3, envLines: { NODE_ENV: 1 } }]);
    // A command's own prefix after `env`'s options, read as unwrap reads them (`-u HOME`: HOME is the option's value).
    expect(unwrap(['sh', '-c', 'echo start\nenv -u HOME NODE_ENV=development node server.js'])).toEqual([{ argv: ['node', 'server.js'], env: { NODE_ENV: 'development' }, line: 2, envLines: { NODE_ENV: 2 } }]);
  });
  it('classifies servers', () => {
    // QA25 D2: gunicorn's reloader is a development mode, as uvicorn's is; the module is still read.
    expect(classify(['gunicorn', '--reload', 'app:app'])).toEqual({ kind: 'dev', what: 'gunicorn --reload', serves: { server: 'gunicorn', module: 'app' } });
    expect(classify(['gunicorn', 'app:app', '--reload-engine', 'poll', '--reload-extra-file', 'templates/index.html'])).toEqual({ kind: 'wsgi', server: 'gunicorn', module: 'app' });
    expect(classify(['vite', 'build'])).toEqual({ kind: 'other' });
    expect(classify(['vite', 'preview'])).toMatchObject({ kind: 'dev' });
    expect(classify(['flask', '--app', 'x', '--debug', 'run'])).toMatchObject({ kind: 'dev', debug: true });
    expect(classify(['python3.12', '-u', 'src/main.py'])).toEqual({ kind: 'python-script', path: 'src/main.py', module: false });
    // No `-e`: development unless RAILS_ENV/RACK_ENV reach the process (decided with the entry point's environment).
    expect(classify(['rails', 's'])).toMatchObject({ kind: 'dev', envDefault: 'rails' });
    expect(classify(['rails', 's', '-e', 'production'])).toEqual({ kind: 'other' });
    expect(classify(['rails', 'server', '--environment=staging'])).toEqual({ kind: 'other' });
    expect(classify(['rails', 'db:migrate'])).toEqual({ kind: 'other' });
  });
  it('reads python -m sanic and python -m litestar as their CLIs', () => {
    expect(classify(['python', '-m', 'sanic', 'server:app', '--host=0.0.0.0', '--dev'])).toMatchObject({ kind: 'dev', what: 'sanic --dev' });
    expect(classify(['python3', '-m', 'litestar', 'run', '--reload'])).toMatchObject({ kind: 'dev', what: 'litestar run --reload' });
    expect(classify(['python', '-m', 'sanic', 'server:app', '--host=0.0.0.0', '--workers=4'])).toEqual({ kind: 'other' });
    // Their debug flags are named for debug-mode; `debug` (the Werkzeug debugger) stays off.
    expect(classify(['sanic', 'server:app', '--auto-reload', '--debug'])).toEqual({ kind: 'dev', what: 'sanic --auto-reload', debugFlag: '--debug' });
    expect(classify(['litestar', '--app', 'run:app', 'run', '-d'])).toEqual({ kind: 'dev', what: 'litestar run -d', debugFlag: '-d' });
    expect(classify(['litestar', 'run', '--reload'])).toEqual({ kind: 'dev', what: 'litestar run --reload' });
  });
  it('skips option values the way each dev server reads them', () => {
    const dev = (argv: string[]) => classify(unwrap(argv)[0]?.argv ?? []);
    // Vite: `--host [host]`, `--port <port>`, `--mode <mode>` take values; any sub-command but build is a server.
    for (const argv of [['npx', 'vite', '--host', '0.0.0.0'], ['vite', '--port', '5173', '--host'], ['vite', '--host', '0.0.0.0', '--port', '5173'], ['npx', 'vite', '--host'], ['vite', '--base', '/app/', 'serve'], ['vite', 'src']]) {
      expect(dev(argv), argv.join(' ')).toMatchObject({ kind: 'dev', what: 'vite' });
    }
    expect(dev(['vite', '--port', '4173', 'preview'])).toMatchObject({ kind: 'dev', what: 'vite preview' });
    expect(dev(['vite', '--mode', 'staging', 'build'])).toEqual({ kind: 'other' });
    expect(dev(['vite', '-c', 'vite.config.ts', 'build', '--outDir', 'dist'])).toEqual({ kind: 'other' });
    // An undeclared option is read both ways, and only a verdict both readings share counts.
    expect(dev(['vite', '--some-new-flag', 'build'])).toEqual({ kind: 'other' });
    const cases: [string[], string][] = [
      [['next', '-p', '3000'], 'next dev'], [['next', 'dev', '-H', '0.0.0.0', '-p', '3000'], 'next dev'],
      [['nuxt', 'dev', '--port', '3000', '--host', '0.0.0.0'], 'nuxt dev'], [['nuxi', '--cwd', 'app', 'dev'], 'nuxi dev'],
      [['webpack-dev-server', '--port', '8080', '--host', '0.0.0.0'], 'webpack-dev-server'], [['webpack', '--mode', 'development', 'serve'], 'webpack serve'],
      [['react-scripts', '--max_old_space_size=4096', 'start'], 'react-scripts start'],
      [['ng', '--configuration', 'production', 'serve'], 'ng serve'], [['ng', 'serve', '--host', '0.0.0.0', '--port', '4200'], 'ng serve'],
      [['flask', '--app', 'hello', 'run', '--host', '0.0.0.0'], 'flask run'], [['flask', '-e', '.flaskenv', 'run'], 'flask run'],
      [['python', '-m', 'flask', '--app', 'web', 'run'], 'python -m flask run'],
      [['python', 'manage.py', 'runserver', '0.0.0.0:8000'], 'manage.py runserver'], [['django-admin', '--settings', 'site.settings', 'runserver'], 'django-admin runserver'],
      [['python', '-m', 'django', '--settings', 'site.settings', 'runserver'], 'django runserver'],
      [['uvicorn', '--host', '0.0.0.0', '--port', '8000', 'main:app', '--reload'], 'uvicorn --reload'],
      [['nodemon', '--watch', 'src', '--exec', 'ts-node', 'src/index.ts'], 'nodemon'],
      [['pm2-runtime', 'server.js', '--watch'], 'pm2-runtime --watch'], [['pm2', 'start', 'server.js', '--watch', '--no-daemon'], 'pm2 start --watch'],
      [['node', '--env-file', '.env', '--watch', 'server.js'], 'node --watch'], [['node', '-r', 'dotenv/config', '--watch-path', 'src', 'server.js'], 'node --watch'],
      [['vue-cli-service', '--mode', 'development', 'serve'], 'vue-cli-service serve'], [['astro', '--root', 'site', 'dev'], 'astro dev'],
      [['strapi', 'develop', '--bundler', 'vite'], 'strapi develop'], [['strapi', 'dev'], 'strapi develop'], [['/opt/keycloak/bin/kc.sh', '-cf', 'kc.conf', 'start-dev'], 'kc.sh start-dev'],
      [['gatsby', 'develop', '-H', '0.0.0.0'], 'gatsby develop'], [['hugo', '-s', 'site', 'server', '--bind', '0.0.0.0'], 'hugo server'],
      [['jekyll', 'serve', '--host', '0.0.0.0'], 'jekyll serve'], [['rails', 'server', '-b', '0.0.0.0', '-e', 'development'], 'rails server -e development'],
      [['php', '-d', 'memory_limit=1G', 'artisan', 'serve'], 'php artisan serve'], [['nest', 'start', '--watch'], 'nest start --watch'],
      [['fastapi', 'dev', 'main.py', '--host', '0.0.0.0'], 'fastapi dev'], [['dotnet', 'watch', 'run'], 'dotnet watch'],
      [['./mvnw', 'spring-boot:run'], 'mvnw spring-boot:run'], [['mvn', '-B', 'org.springframework.boot:spring-boot-maven-plugin:run'], 'mvn spring-boot:run'], [['gradle', 'bootRun', '--no-daemon'], 'gradle bootRun'], [['./gradlew', ':app:bootRun'], 'gradlew bootRun'],
      [['./mvnw', 'quarkus:dev'], 'mvnw quarkus:dev'], [['mvn', '-Dquarkus.http.host=0.0.0.0', 'io.quarkus:quarkus-maven-plugin:dev'], 'mvn quarkus:dev'], [['./gradlew', 'quarkusDev'], 'gradlew quarkusDev'], [['quarkus', 'dev'], 'quarkus dev'],
      // fastify-cli's watch mode (a generated project's `"dev": "fastify start -w -l info -P app.js"`).
      [['fastify', 'start', '-w', '-l', 'info', '-P', 'app.js'], 'fastify start --watch'], [['fastify', 'start', '-a', '0.0.0.0', '--watch', 'app.js'], 'fastify start --watch'],
      // Wrappers with option values: `nice -n 10`, `npx -p pkg`, `dotenv -e file`, `opentelemetry-instrument --x value`, `uv run --with x`, `npx -c '…'`.
      [['nice', '-n', '10', 'flask', 'run'], 'flask run'], [['npx', '-p', '@angular/cli', 'ng', 'serve'], 'ng serve'],
      [['dotenv', '-e', '.env.prod', 'vite', '--host'], 'vite'], [['opentelemetry-instrument', '--traces_exporter', 'otlp', 'flask', 'run'], 'flask run'],
      [['uv', 'run', '--with', 'gunicorn', 'flask', 'run'], 'flask run'], [['npx', '-c', 'vite --host 0.0.0.0'], 'vite'],
      [['bash', '-o', 'pipefail', '-c', 'exec vite --host 0.0.0.0'], 'vite'], [['s6-setuidgid', 'app', 'flask', 'run'], 'flask run'],
    ];
    for (const [argv, what] of cases) expect(dev(argv), argv.join(' ')).toMatchObject({ kind: 'dev', what });
    const notDev: string[][] = [
      ['fastify', 'start', '-l', 'info', 'app.js'], ['fastify', 'start', '-a', '0.0.0.0', 'app.js'],
      ['next', 'start', '-p', '3000'], ['next', '--version'], ['./mvnw', 'package', '-Dquarkus.package.type=uber-jar'], ['quarkus', 'build'], ['java', '-jar', 'target/quarkus-app/quarkus-run.jar'], ['nuxt', 'build', '--dotenv', 'dev'], ['webpack', '--mode', 'production'], ['react-scripts', 'build'],
      ['flask', '--app', 'run', 'routes'], ['python', '-m', 'flask', '--app', 'run', 'db', 'upgrade'], ['python', 'manage.py', 'shell', '-c', 'runserver'],
      ['python', 'manage.py', 'migrate', '--database', 'runserver'], ['uvicorn', 'main:app', '--reload-dir', 'src'], ['node', 'server.js', '--watch'],
      ['pm2-runtime', 'ecosystem.config.js'], ['pm2-runtime', 'start', 'server.js', '-i', 'max'], ['pm2', 'start', 'app.js', '--', '--watch'], ['pm2', 'logs', '--watch'],
      ['ng', 'build', '--configuration', 'serve'], ['hugo', '-d', 'server', '--minify'], ['php', 'artisan', 'queue:work', 'serve'], ['python', '-c', 'import app', 'manage.py'],
      ['strapi', 'start'], ['strapi', 'build'], ['/opt/keycloak/bin/kc.sh', 'start', '--optimized'], ['kc.sh', 'build', '--db=postgres'], ['start-dev'],
      ['mvn', '-B', 'package', '-DskipTests'], ['./gradlew', 'bootJar'], ['./gradlew', 'bootBuildImage'], ['mvn', 'spring-boot:build-image'], ['java', '-jar', 'app.jar'],
    ];
    for (const argv of notDev) expect(dev(argv).kind, argv.join(' ')).not.toBe('dev');
    // Servers: the module imported, not an option's value.
    expect(classify(['gunicorn', '-k', 'gevent', 'app'])).toEqual({ kind: 'wsgi', server: 'gunicorn', module: 'app' });
    expect(classify(['gunicorn', '--bind', 'unix:app.sock', '--worker-class', 'uvicorn.workers.UvicornWorker', 'web.main:app'])).toEqual({ kind: 'wsgi', server: 'gunicorn', module: 'web.main' });
    expect(classify(['hypercorn', '--bind', 'localhost:8000', '--workers', '2', 'app'])).toEqual({ kind: 'wsgi', server: 'hypercorn', module: 'app' });
    // Package scripts behind `--prefix`/`--cwd`/`--filter`.
    expect(classify(['npm', '--prefix', 'web', 'run', 'dev'])).toEqual({ kind: 'package-script', tool: 'npm', script: 'dev', cwd: 'web' });
    expect(classify(['pnpm', '--filter', 'web', 'dev'])).toEqual({ kind: 'package-script', tool: 'pnpm', script: 'dev', workspace: 'web' });
  });
  it('finds run calls and their scope', () => {
    const calls = pythonRunCalls('import uvicorn\nfrom flask import Flask\napi = Flask(__name__)\nif True:\n    pass\nif __name__ == "__main__":\n    api.run(\n        debug=True,\n    )\nuvicorn.run("m:app", reload=True)\n');
    expect(calls).toMatchObject([{ line: 7, call: 'api.run', debug: true, scope: 'main' }, { line: 10, call: 'uvicorn.run', dev: true, scope: 'module' }]);
    // A Flask app stays one even when re-bound later; an `app` only built by another framework is not.
    expect(pythonRunCalls('app = Flask(__name__)\napp = DispatcherMiddleware(app)\napp.run()\n')).toHaveLength(1);
    expect(pythonRunCalls('from sanic import Sanic\napp = Sanic("x")\napp.run()\n')).toHaveLength(0);
    // Bottle: `run(app, …)` on its default wsgiref server (or with the reloader) is a dev server; a named production server is not.
    expect(pythonRunCalls('from bottle import run, Bottle\napp = Bottle()\nrun(app, debug=True)\nrun(app, server="waitress")\nrun(app, server="paste", reloader=True)\n')).toMatchObject([{ line: 3, call: 'run', dev: true, framework: 'bottle', appDebug: true, flag: '' }, { line: 4, dev: false, appDebug: false }, { line: 5, dev: true, flag: 'reloader=True' }]);
    expect(pythonRunCalls('def serve():\n    app.run()\n\nserve()\n')).toMatchObject([{ line: 2, scope: 'module' }]);
  });
});

it('skips when nothing starts a process', async () => {
  expect((await runCase(productionServer, { name: 'x', files: { Dockerfile: 'FROM python:3.12\nRUN pip install x\n' } })).skipped).toBeTruthy();
});

describe('malformed input never crashes', () => {
  const alphabet = ['a', ' ', '"', "'", '\\', '\n', '#', '(', ')', '&', '|', ';', '$', '{', '}', '=', ':', 'app.run(', 'debug=True', 'if __name__ == "__main__":', '"""', 'sh -c ', 'flask run', '[', ']', '\t', '\r'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join(''));
  it('parsers', () => {
    fc.assert(fc.property(text, (t) => {
      for (const cmd of shellCommands(t)) classify(unwrap(cmd)[0]?.argv ?? []);
      pythonRunCalls(t);
    }), { numRuns: 300 });
  });
  it('checks over random Dockerfiles, Procfiles and modules', async () => {
    await fc.assert(fc.asyncProperty(text, text, async (a, b) => {
      const out = await runCase(productionServer, { name: 'x', files: { Dockerfile: `FROM python:3.12\nCMD ${a}\n`, Procfile: `web: ${b}\n`, 'app.py': a + b } });
      expect(out.error).toBeUndefined();
    }), { numRuns: 40 });
  });
});

it('advises the ASGI way for uvicorn.run(reload=True) started with python', async () => {
  const files = {
    Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n',
    'main.py': 'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == "__main__":\n    uvicorn.run("main:app", host="0.0.0.0", reload=True)\n',
  };
  const out = await runCase(productionServer, { name: 'uvicorn-run', files });
  expect(out.findings.map((f) => f.message)).toEqual([expect.stringMatching(/calling uvicorn\.run\(\) \(main\.py:5\); drop reload=True and start uvicorn as the server/)]);
});

describe('production-server: a Dockerfile in a folder holds only files of its build context', () => {
  const devApp = 'from flask import Flask\napp = Flask(__name__)\napp.run(host="0.0.0.0", port=8080)\n';
  it("another service's folder is never the image's module; the Dockerfile's own folder and root-context COPY paths are", async () => {
    const billing = 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY dist/*.whl /tmp/\nRUN pip install /tmp/*.whl gunicorn\nUSER 10001\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n';
    expect((await runCase(productionServer, { files: { 'services/billing/Dockerfile': billing, 'services/legacy-admin/app.py': devApp } })).findings).toEqual([]);
    const own = await runCase(productionServer, { files: { 'services/billing/Dockerfile': billing, 'services/billing/app.py': devApp } });
    expect(own.findings.map((f) => f.file)).toEqual(['services/billing/Dockerfile']);
    const rooted = 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY services/shared/ /srv/\nUSER 10001\nCMD ["gunicorn", "app:app"]\n';
    const root = await runCase(productionServer, { files: { 'docker/api/Dockerfile': rooted, 'services/shared/app.py': devApp } });
    expect(root.findings.map((f) => f.message)).toEqual([expect.stringContaining('services/shared/app.py:3')]);
  });
});

describe('production-server: a Flask subclass defined in the project', () => {
  it('python app.py building app = Application(__name__) in a module that uses Flask, with app.run() under main, is a dev server; a Sanic app is not', async () => {
    const app = 'from flask import request, jsonify\nfrom application import Appplication\n\napp = Appplication(__name__, "/")\n\n@app.route("/")\ndef index():\n    return jsonify(ok=True)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000, debug=True)\n';
    const out = await runCase(productionServer, { files: { Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': app, 'application.py': 'from flask import Flask\n\nclass Appplication(Flask):\n    pass\n' } });
    expect(out.findings.filter((f) => !f.note).map((f) => [f.file, f.line])).toEqual([['Dockerfile', 3]]);
    const sanic = 'from sanic import Sanic\nfrom myapp import MyApplication\n\napp = MyApplication("shop")\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8000, workers=4)\n';
    const ok = await runCase(productionServer, { files: { Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': sanic } });
    expect(ok.findings.filter((f) => !f.note)).toEqual([]);
  });
});

describe('production-server: a final stage named for development while compose builds another target', () => {
  it("awesome-compose's FROM builder AS dev-envs gives notes; the builder target compose deploys is judged", async () => {
    const dockerfile = 'FROM python:3.10-alpine AS builder\nWORKDIR /code\nCOPY . .\nCMD ["flask", "run"]\n\nFROM builder AS dev-envs\nRUN apk add git\nCMD ["flask", "run"]\n';
    const out = await runCase(productionServer, { files: { 'backend/Dockerfile': dockerfile, 'compose.yaml': 'services:\n  backend:\n    build:\n      context: backend\n      target: builder\n' } });
    expect(out.findings.map((f) => [f.line, f.note ?? false])).toEqual([[4, false], [8, true]]);
  });
});

describe('production-server: file-watching servers in Rust and Laravel (stop 16)', () => {
  it('cargo watch and octane:start --watch are development servers; octane:start is not', async () => {
    const out = await runCase(productionServer, {
      files: {
        'a/Dockerfile': 'FROM rust:1.77\nUSER 10001\nCMD ["cargo", "watch", "-x", "run"]\n',
        'b/Dockerfile': 'FROM php:8.3-cli\nUSER 10001\nCMD ["php", "artisan", "octane:start", "--server=swoole", "--host=0.0.0.0", "--watch"]\n',
        'c/Dockerfile': 'FROM php:8.3-cli\nUSER 10001\nCMD ["php", "artisan", "octane:start", "--server=swoole", "--host=0.0.0.0"]\n',
        'd/Dockerfile': 'FROM rust:1.77\nUSER 10001\nCMD ["cargo", "run", "--release"]\n',
      },
    });
    expect(out.findings.filter((f) => !f.note).map((f) => [f.file, f.message.split(';')[0]])).toEqual([
      ['a/Dockerfile', 'CMD starts a development server: cargo watch'],
      ['b/Dockerfile', 'CMD starts a development server: php artisan octane:start --watch'],
      // QA29 rubyetc D3: cargo run compiles from source on every start, --release or not (as go run does).
      ['d/Dockerfile', 'CMD starts a development server: cargo run --release'],
    ]);
  });
});

describe('production-server: Create React App wrappers, Parcel, Docusaurus and the Symfony local server', () => {
  it('react-app-rewired/craco start, parcel (serve), docusaurus start and symfony serve are development servers; their build and serve-the-build commands are not', async () => {
    const out = await runCase(productionServer, {
      files: {
        'cra/Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["npm", "start"]\n',
        'cra/package.json': '{"scripts":{"start":"react-app-rewired start","build":"react-app-rewired build"}}',
        'craco/Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["yarn", "start"]\n',
        'craco/package.json': '{"scripts":{"start":"craco --config craco.config.js start","build":"craco build"}}',
        'parcel/Procfile': 'web: npx parcel --port $PORT src/index.html\n',
        'docs/Dockerfile': 'FROM node:20-alpine\nUSER node\nCMD ["npx", "docusaurus", "start", "--host", "0.0.0.0"]\n',
        'sf/Dockerfile': 'FROM php:8.3-cli\nUSER 10001\nCMD ["symfony", "server:start", "--port", "8000", "--no-tls"]\n',
        'ok/Procfile': 'web: npx docusaurus serve --port $PORT\nbuild: npx parcel build src/index.html\n',
        'ok2/Dockerfile': 'FROM node:20-alpine\nUSER node\nCMD ["npx", "parcel", "watch", "src/index.html"]\n',
      },
    });
    expect(out.findings.filter((f) => !f.note).map((f) => [f.file, f.message.split(';')[0]])).toEqual([
      ['cra/Dockerfile', 'CMD starts a development server: npm start → react-app-rewired start'],
      ['craco/Dockerfile', 'CMD starts a development server: yarn start → craco start'],
      ['docs/Dockerfile', 'CMD starts a development server: docusaurus start'],
      ['sf/Dockerfile', 'CMD starts a development server: symfony serve'],
      ['parcel/Procfile', 'Procfile web starts a development server: parcel'],
    ]);
    const dev = (argv: string[]) => classify(argv);
    expect(dev(['react-app-rewired', 'build'])).toEqual({ kind: 'other' });
    expect(dev(['parcel', '--dist-dir', 'serve', 'build', 'src/index.html'])).toEqual({ kind: 'other' });
    expect(dev(['symfony', 'console', 'cache:clear'])).toEqual({ kind: 'other' });
    expect(dev(['parcel', 'serve', 'index.html'])).toMatchObject({ kind: 'dev', what: 'parcel serve' });
  });
});

describe('production-server: systemd units', () => {
  it("ExecStart= of a unit's [Service] section is an entry point (prefixes skipped, the section's Environment= applied); ExecStartPre and other sections are not", async () => {
    const unit = (exec: string) => `[Unit]\nDescription=web\n\n[Service]\nUser=www-data\nWorkingDirectory=/srv/app\nExecStartPre=/srv/app/venv/bin/python manage.py runserver --check\n${exec}\nEnvironment="DJANGO_DEBUG=True" PORT=8000\n\n[Install]\nWantedBy=multi-user.target\n`;
    const files = {
      'deploy/web.service': unit('ExecStart=-/srv/app/venv/bin/python manage.py runserver 0.0.0.0:8000'),
      'deploy/api.service': unit('ExecStart=/srv/app/venv/bin/gunicorn --workers 3 --bind unix:/run/api.sock project.wsgi:application'),
      'docs/example.service.example': unit('ExecStart=flask run'),
    };
    const out = await runCase(productionServer, { files });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['deploy/web.service', 8, 'systemd ExecStart starts a development server: manage.py runserver'],
    ]);
    const debug = await runCase(debugMode, { files });
    // At the Environment= line that writes it (QA round 20: it was reported at ExecStart=).
    expect(debug.findings.map((f) => [f.file, f.line, f.column, f.message.split(',')[0]])).toEqual([
      ['deploy/api.service', 9, 14, 'systemd Environment= sets DJANGO_DEBUG=True'],
      ['deploy/web.service', 9, 14, 'systemd Environment= sets DJANGO_DEBUG=True'],
    ]);
    // The column is the variable's own, not that of a longer name ending the same way (APP_FLASK_DEBUG=0).
    const prefixed = await runCase(debugMode, { files: { 'deploy/app.service': '[Service]\nEnvironment="FLASK_ENV=production" "APP_FLASK_DEBUG=0" "FLASK_DEBUG=1"\nExecStart=/srv/venv/bin/gunicorn app:app\n' } });
    expect(prefixed.findings.map((f) => [f.line, f.column])).toEqual([[2, 57]]);
    // The first name right after the directive's own `=` (QA29 review: it was column 1).
    const bare = await runCase(debugMode, { files: { 'deploy/app.service': '[Service]\nEnvironment=FLASK_DEBUG=1\nExecStart=/srv/venv/bin/gunicorn app:app\n' } });
    expect(bare.findings.map((f) => [f.line, f.column])).toEqual([[2, 13]]);
    // A command that sets the variable again is where its value comes from.
    const again = await runCase(debugMode, { files: { 'deploy/web.service': unit('ExecStart=/bin/sh -c "DJANGO_DEBUG=1 /srv/app/venv/bin/gunicorn project.wsgi"') } });
    expect(again.findings.map((f) => [f.file, f.line, f.message.split(',')[0]])).toEqual([['deploy/web.service', 8, 'systemd ExecStart sets DJANGO_DEBUG=1']]);
  });
  it('with the @ prefix the word after the executable is argv[0], not an argument (QA29 robust3 D5)', async () => {
    const at = async (exec: string) => (await runCase(productionServer, { files: { 'app.service': `[Service]\n${exec}\n` } })).findings.map((f) => f.message.split(';')[0]);
    expect(await at('ExecStart=@/srv/venv/bin/python django-web manage.py runserver 0.0.0.0:8000')).toEqual(['systemd ExecStart starts a development server: manage.py runserver']);
    expect(await at('ExecStart=-@/usr/bin/python3 "my app" manage.py runserver')).toEqual(['systemd ExecStart starts a development server: manage.py runserver']);
    expect(await at('ExecStart=@/usr/bin/flask flask run')).toEqual(['systemd ExecStart starts a development server: flask run']);
    // The argv[0] word is a name only: `--reload` there is no option of uvicorn's.
    expect(await at('ExecStart=@/srv/venv/bin/uvicorn --reload main:app')).toEqual([]);
    expect(await at('ExecStart=@/srv/venv/bin/gunicorn gunicorn app:app')).toEqual([]);
    // Without @ the word is an argument as always.
    expect(await at('ExecStart=/srv/venv/bin/uvicorn --reload main:app')).toEqual(['systemd ExecStart starts a development server: uvicorn --reload']);
  });
});

describe('production-server and debug-mode: Procfiles and systemd units in test and illustration folders are not read (QA29 deploy D1)', () => {
  const both = async (files: Record<string, string>) => [
    ...(await runCase(productionServer, { files })).findings,
    ...(await runCase(debugMode, { files })).findings,
  ].map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(/[;,:]/)[0]}`);
  it('examples/, samples/, docs/ and tests/fixtures/ Procfiles and units are illustrations, as fly.toml and heroku.yml there are', async () => {
    expect(await both({
      'examples/systemd/app.service': '[Service]\nExecStart=/usr/bin/python3 manage.py runserver 0.0.0.0:8000\nEnvironment=DJANGO_DEBUG=True\n',
      'docs/deploy/app.service': '[Service]\nExecStart=/usr/bin/node --inspect=0.0.0.0:9229 app.js\n',
      'tests/fixtures/heroku/Procfile': 'web: flask run\n',
      'examples/flask-fly/Procfile': 'web: python manage.py runserver\n',
      'samples/node/Procfile': 'web: NODE_ENV=development node server.js\n',
    })).toEqual([]);
  });
  it('the repository\'s own Procfile and units are still judged (also a singular example/ folder, which is often the app itself)', async () => {
    expect(await both({
      Procfile: 'web: flask run\n',
      'deploy/app.service': '[Service]\nExecStart=/usr/bin/python3 manage.py runserver 0.0.0.0:8000\nEnvironment=DJANGO_DEBUG=True\n',
      'example/Procfile': 'web: python manage.py runserver\n',
    })).toEqual([
      'Procfile:1 Procfile web starts a development server',
      'example/Procfile:1 Procfile web starts a development server',
      'deploy/app.service:2 systemd ExecStart starts a development server',
      'deploy/app.service:3 systemd Environment= sets DJANGO_DEBUG=True',
    ]);
  });
});

describe('production-server and debug-mode: continued systemd ExecStart= and supervisord command= lines are read whole (QA29 deploy D2)', () => {
  const both = async (files: Record<string, string>) => [
    ...(await runCase(productionServer, { files })).findings,
    ...(await runCase(debugMode, { files })).findings,
  ].map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(/[;,]/)[0]}`);
  it('a backslash continues ExecStart= (and Environment=) on the next line; comment lines inside are skipped', async () => {
    expect(await both({
      'web.service': '[Service]\nUser=web\nExecStart=/srv/web/.venv/bin/gunicorn \\\n    --workers 4 \\\n    --reload \\\n    web.wsgi:application\n\n[Install]\nWantedBy=multi-user.target\n',
      'api.service': '[Service]\nExecStart=/srv/api/venv/bin/python \\  \r\n  manage.py runserver 0.0.0.0:8000\r\nRestart=always\r\n',
      'node.service': '[Service]\nExecStart=/usr/bin/node \\\n# the inspector, for the on-call\n  --inspect=0.0.0.0:9229 \\\n  /srv/app/server.js\n',
      'env.service': '[Service]\nEnvironment=PORT=8000 \\\n    DJANGO_DEBUG=True\nExecStart=/srv/venv/bin/gunicorn app:app\n',
    })).toEqual([
      'api.service:2:1 systemd ExecStart starts a development server: manage.py runserver',
      'web.service:3:1 systemd ExecStart starts a development server: gunicorn --reload',
      'env.service:3:5 systemd Environment= sets DJANGO_DEBUG=True',
      'node.service:2:1 systemd ExecStart starts node with --inspect=0.0.0.0:9229: the inspector listens on 0.0.0.0',
    ]);
  });
  it('a line without a trailing backslash ends the command; a commented-out option is not part of it', async () => {
    expect(await both({
      'web.service': '[Service]\nExecStart=/srv/web/.venv/bin/gunicorn \\\n    --workers 4 \\\n#    --reload \\\n    web.wsgi:application\nExecReload=/bin/kill -s HUP $MAINPID\n',
      'one.service': '[Service]\nExecStart=/srv/venv/bin/gunicorn app:app\n    --reload\n',
      'dev.service': '[Service]\n# ExecStart=/srv/venv/bin/flask run \\\nExecStart=/srv/venv/bin/gunicorn app:app\n',
    })).toEqual([]);
  });
  it('a supervisord command= continued on indented lines is one command; the next key and indented comments are not part of it', async () => {
    const image = 'FROM python:3.12-slim\nCOPY supervisord.conf /etc/supervisord.conf\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n';
    expect(await both({ Dockerfile: image, 'supervisord.conf': '[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=gunicorn app:app\n    --bind 0.0.0.0:8000\n    --reload\nautorestart=true\n' }))
      .toEqual(["supervisord.conf:5:1 supervisord program 'web' starts a development server: gunicorn --reload (run by CMD in Dockerfile:3)"]);
    expect(await both({ Dockerfile: image, 'supervisord.conf': '[program:web]\ncommand=gunicorn app:app\n    --bind 0.0.0.0:8000\n    ; --reload\n[program:dev]\n; command=flask run\nautostart=false\n' })).toEqual([]);
  });
  it('a CRLF file\'s continued command= is read as its LF twin (QA29 robust3 D2); a blank or unindented line still ends it', async () => {
    const image = 'FROM python:3.12-slim\nCOPY supervisord.conf /etc/supervisord.conf\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n';
    expect(await both({ Dockerfile: image, 'supervisord.conf': '[supervisord]\r\nnodaemon=true\r\n\r\n[program:web]\r\ncommand=flask\r\n    run --host 0.0.0.0\r\n' }))
      .toEqual(["supervisord.conf:5:1 supervisord program 'web' starts a development server: flask run (run by CMD in Dockerfile:3)"]);
    expect(await both({ Dockerfile: image, 'supervisord.conf': '[program:web]\r\ncommand=gunicorn app:app\r\n\r\n    --reload\r\n[program:x]\r\ncommand=gunicorn x:app\r\n--reload\r\n' })).toEqual([]);
  });
});

describe('production-server: a supervisord config is read only when an entry point runs supervisord (QA29 deploy D6, documented)', () => {
  it('a bare conf is not judged; a systemd unit or Dockerfile that runs supervisord makes its programs judged', async () => {
    const conf = '[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=python manage.py runserver 0.0.0.0:8000\n';
    const at = async (files: Record<string, string>) => (await runCase(productionServer, { files })).findings.map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]}`);
    expect(await at({ 'supervisord.conf': conf })).toEqual([]);
    expect(await at({ 'supervisord.conf': conf, 'deploy/app.service': '[Service]\nWorkingDirectory=/srv/app\nExecStart=/usr/bin/supervisord -n -c ../supervisord.conf\n' }))
      .toEqual(["supervisord.conf:5 supervisord program 'web' starts a development server: manage.py runserver (run by systemd ExecStart in deploy/app.service:3)"]);
  });
});

describe('debug-mode: messages and places of variables set beside a deploy command (QA29 deploy D8)', () => {
  it('a Procfile\'s leading NODE_ENV=development is reported at its column, beside the inspector the command starts', async () => {
    const out = await runCase(debugMode, { files: { Procfile: 'web: NODE_ENV=development node --inspect=0.0.0.0:9229 server.js\n', 'server.js': 'require("http").createServer(() => {}).listen(3000)\n' } });
    expect(out.findings.map((f) => `${f.line}:${f.column} ${f.message.split(/[,:]/)[0]}`)).toEqual([
      '1:1 Procfile web starts node with --inspect=0.0.0.0',
      '1:6 Procfile web sets NODE_ENV=development',
    ]);
    // Set again inside the command: where its value comes from is the command itself.
    const inner = await runCase(debugMode, { files: { Procfile: 'web: NODE_ENV=production sh -c "NODE_ENV=development node server.js"\n' } });
    expect(inner.findings.map((f) => `${f.line}:${f.column} ${f.message.split(',')[0]}`)).toEqual(['1:1 Procfile web sets NODE_ENV=development']);
    // A production value is not a finding.
    expect((await runCase(debugMode, { files: { Procfile: 'web: NODE_ENV=production node server.js\n' } })).findings).toEqual([]);
  });
});

describe('production-server: platform start commands (render.yaml, Railway, fly.toml) (QA round 20, repos P2)', () => {
  it('startCommand and fly.toml [processes]/[experimental] cmd are entry points; gunicorn passes; templates are not read', async () => {
    const files = {
      'render.yaml': 'services:\n  - type: web\n    name: flask-app\n    env: python\n    buildCommand: pip install -r requirements.txt\n    startCommand: python -m flask run --host=0.0.0.0\n  - type: worker\n    name: jobs\n    startCommand: "celery -A tasks worker"\n',
      'api/railway.json': '{\n  "build": { "builder": "NIXPACKS" },\n  "deploy": {\n    "startCommand": "python manage.py runserver 0.0.0.0:$PORT",\n    "restartPolicyType": "ON_FAILURE"\n  }\n}\n',
      'fly.toml': 'app = "my-app"\n\n[env]\n  PORT = "8080"\n\n[processes]\n  app = "gunicorn --bind :8080 app:app"\n  web = "flask run --host 0.0.0.0 --port 8080"\n\n[http_service]\n  internal_port = 8080\n',
      'svc/fly.toml': 'app = "svc"\n[experimental]\n  cmd = ["npm", "run", "dev"]\n',
      'docs/render.yaml.example': 'services:\n  - type: web\n    startCommand: flask run\n',
    };
    const out = await runCase(productionServer, { files });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['api/railway.json', 4, 'Railway startCommand starts a development server: manage.py runserver'],
      ['fly.toml', 8, "fly.toml process 'web' starts a development server: flask run"],
      ['render.yaml', 6, 'render.yaml startCommand starts a development server: python -m flask run'],
      ['svc/fly.toml', 3, 'fly.toml [experimental] cmd starts a development server: npm run dev'],
    ]);
  });
});

describe('production-server: supervisord reads the program files its [include] loads (QA27 paas D2)', () => {
  const RUN = (name: string) => `[program:${name}]\ncommand=flask run --host 0.0.0.0\n`;
  const at = async (files: Record<string, string>) => (await runCase(productionServer, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(';')[0]}`);
  it('Debian conf.d/*.conf (by file or by folder) and RHEL supervisord.d/*.ini are judged; other destinations are not', async () => {
    expect(await at({ Dockerfile: 'FROM ubuntu:24.04\nCOPY deploy/web.conf /etc/supervisor/conf.d/web.conf\nCMD ["/usr/bin/supervisord"]\n', 'deploy/web.conf': RUN('web') }))
      .toEqual(["deploy/web.conf:2 supervisord program 'web' starts a development server: flask run (run by CMD in Dockerfile:3)"]);
    expect(await at({ Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY supervisor/ /etc/supervisor/conf.d/\nCMD ["supervisord", "-n"]\n', 'supervisor/web.conf': RUN('web'), 'supervisor/worker.conf': '[program:worker]\ncommand=celery -A proj worker\n', 'supervisor/README': 'command=flask run\n' }))
      .toEqual(["supervisor/web.conf:2 supervisord program 'web' starts a development server: flask run (run by CMD in Dockerfile:4)"]);
    expect(await at({ Dockerfile: 'FROM rockylinux:9\nCOPY app.ini /etc/supervisord.d/\nCMD ["supervisord", "-n"]\n', 'app.ini': RUN('app') }))
      .toEqual(["app.ini:2 supervisord program 'app' starts a development server: flask run (run by CMD in Dockerfile:3)"]);
    // Not where supervisord looks: a `.conf` in the RHEL folder, a file kept elsewhere.
    expect(await at({ Dockerfile: 'FROM python:3.12\nCOPY web.conf /etc/supervisord.d/web.conf\nCOPY other.conf /opt/conf/other.conf\nCMD ["supervisord", "-n"]\n', 'web.conf': RUN('web'), 'other.conf': RUN('other') })).toEqual([]);
  });
  it('a main config the repository gives decides what is included', async () => {
    // Its [include] names another folder: that one is read, conf.d is not.
    expect(await at({ Dockerfile: 'FROM python:3.12\nCOPY supervisord.conf /etc/supervisord.conf\nCOPY programs/ /etc/programs/\nCOPY old.conf /etc/supervisor/conf.d/old.conf\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n',
      'supervisord.conf': '[supervisord]\nnodaemon=true\n\n[include]\nfiles = programs/*.conf\n', 'programs/web.conf': RUN('web'), 'old.conf': RUN('old') }))
      .toEqual(["programs/web.conf:2 supervisord program 'web' starts a development server: flask run (run by CMD in Dockerfile:5)"]);
    // Its globs are Python's: a `[…]` class matches one character of it, not the bracket itself.
    expect(await at({ Dockerfile: 'FROM python:3.12\nCOPY supervisord.conf /etc/supervisord.conf\nCOPY programs/ /etc/programs/\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n',
      'supervisord.conf': '[supervisord]\nnodaemon=true\n\n[include]\nfiles = programs/[wx]*.conf\n', 'programs/web.conf': RUN('web'), 'programs/api.conf': RUN('api') }))
      .toEqual(["programs/web.conf:2 supervisord program 'web' starts a development server: flask run (run by CMD in Dockerfile:4)"]);
    // Without an [include], it includes nothing.
    expect(await at({ Dockerfile: 'FROM python:3.12\nCOPY supervisord.conf /etc/supervisord.conf\nCOPY web.conf /etc/supervisor/conf.d/web.conf\nCMD ["supervisord"]\n', 'supervisord.conf': '[supervisord]\nnodaemon=true\n', 'web.conf': RUN('web') })).toEqual([]);
  });
});

describe('production-server and debug-mode: fly.<env>.toml is read as fly.toml is (QA27 paas G2)', () => {
  it('fly.production.toml and fly.staging.toml are production; fly.dev.toml and fly.local.toml give notes; a template is not read', async () => {
    const files = {
      'fly.toml': 'app = "acme"\n[processes]\n  app = "gunicorn -b :8080 app:app"\n',
      'fly.production.toml': 'app = "acme-api"\n\n[env]\n  FLASK_DEBUG = "1"\n\n[processes]\n  app = "gunicorn -b :8080 app:app"\n',
      'fly.staging.toml': 'app = "acme-api-staging"\n\n[processes]\n  app = "flask run --host 0.0.0.0 --port 8080"\n',
      'fly.dev.toml': 'app = "acme-dev"\n[env]\n  FLASK_DEBUG = "1"\n[processes]\n  app = "flask run --host 0.0.0.0"\n',
      'fly.local.toml': 'app = "acme-local"\n[experimental]\n  cmd = ["flask", "run"]\n',
      'fly.example.toml': 'app = "x"\n[processes]\n  app = "flask run"\n',
    };
    const at = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(/[;:]/)[0]}`).sort();
    expect(at(await runCase(productionServer, { files }))).toEqual([
      "NOTE fly.dev.toml:5 fly.dev.toml process 'app' starts a development server",
      'NOTE fly.local.toml:3 fly.local.toml [experimental] cmd starts a development server',
      "fly.staging.toml:4 fly.staging.toml process 'app' starts a development server",
    ]);
    const debug = at(await runCase(debugMode, { files }));
    expect(debug.filter((l) => !l.startsWith('NOTE'))).toEqual(['fly.production.toml:4 fly.production.toml [env] sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger']);
    expect(debug.some((l) => l.startsWith('NOTE fly.dev.toml:3'))).toBe(true);
  });
});

describe("production-server: render.yaml rootDir and Procfile's relative start scripts (QA round 22, frameworks)", () => {
  it("reads the package.json of render.yaml's rootDir, not the repository root's", async () => {
    const files = {
      'render.yaml': 'services:\n  - type: web\n    name: frontend\n    runtime: node\n    rootDir: frontend\n    startCommand: npm run dev\n  - type: web\n    name: api\n    runtime: node\n    rootDir: ./api/\n    startCommand: npm run dev\n',
      'package.json': '{"private":true,"scripts":{"dev":"node server.js"}}',
      'frontend/package.json': '{"scripts":{"dev":"vite --host","build":"vite build"}}',
      'api/package.json': '{"scripts":{"dev":"node dist/main.js"}}',
    };
    const out = await runCase(productionServer, { files });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['render.yaml', 6, 'render.yaml startCommand starts a development server: npm run dev → vite'],
    ]);
  });
  it("reads a start script named by a relative path without ./ (Heroku's `web: bin/start`)", async () => {
    const files = {
      Procfile: 'web: bin/start\n',
      'bin/start': '#!/usr/bin/env bash\nset -euo pipefail\nexec npm run dev\n',
      'package.json': '{"scripts":{"dev":"nodemon index.js","start":"node index.js"}}',
    };
    const out = await runCase(productionServer, { files });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['Procfile', 1, 'Procfile web starts a development server: npm run dev → nodemon'],
    ]);
    const ok = await runCase(productionServer, { files: { ...files, 'bin/start': '#!/usr/bin/env bash\nexec npm start\n' } });
    expect(ok.findings).toEqual([]);
  });
});

describe('production-server: the program python -m debugpy launches', () => {
  // A FastAPI Dockerfile found in the wild (QA round 20, Python web projects): the remote debugger hides the reloader.
  const dockerfile = (cmd: string) => `FROM python:3.12\n\nWORKDIR /code\n\nCOPY ./requirements.txt /code/requirements.txt\n\nRUN pip install --no-cache-dir --upgrade -r /code/requirements.txt\n\nCOPY ./app /code/app\n\nCMD ${cmd}\n`;
  it('judges the module or script after debugpy\'s own options', async () => {
    const reload = await runCase(productionServer, { name: 'debugpy', files: { Dockerfile: dockerfile('["python3", "-X", "frozen_modules=off", "-m", "debugpy", "--listen", "0.0.0.0:5678", "-m", "uvicorn", "app.main:app", "--reload", "--host", "0.0.0.0", "--port", "5001"]'), 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' } });
    expect(reload.findings.map((f) => `${f.line} ${f.message.split(';')[0]}`)).toEqual(['11 CMD starts a development server: uvicorn --reload']);
    const runserver = await runCase(productionServer, { name: 'debugpy-django', files: { Dockerfile: dockerfile('python -m debugpy --listen 0.0.0.0:5678 --wait-for-client manage.py runserver 0.0.0.0:8000') } });
    expect(runserver.findings.map((f) => f.message.split(';')[0])).toEqual(['CMD starts a development server: manage.py runserver']);
    expect(classify(['python', '-m', 'debugpy', '--listen', '5678', '--configure-subProcess', 'true', '-m', 'gunicorn', 'app:app'])).toEqual(classify(['gunicorn', 'app:app']));
  });
});

describe('a guarded app.run() that one entry point imports and another runs as a script', () => {
  it('is a failure at the script entry point, without a "local entry point only" note contradicting it', async () => {
    const files = {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
      // `worker` runs the image's CMD (`web`'s own command replaces it there: QA52 compose D1).
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: gunicorn -b 0.0.0.0:8000 app:app\n  worker:\n    build: .\n',
      'app.py': GUARDED,
    };
    const out = await runCase(productionServer, { name: 'script and import', files });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([['Dockerfile', 4, false]]);
    // Imported only (the Dockerfile runs gunicorn too): the note stays.
    const imported = await runCase(productionServer, { name: 'import only', files: { ...files, Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["gunicorn", "app:app"]\n' } });
    expect(imported.findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([['app.py', 10, true]]);
  });
});

describe('QA25 D2: gunicorn --reload is a development server', () => {
  const HEAD = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\n';
  it('fails gunicorn --reload in any argument order, and --reload given through GUNICORN_CMD_ARGS', async () => {
    const out = await runCase(productionServer, { name: 'gunicorn reload', files: {
      Dockerfile: `${HEAD}CMD ["gunicorn", "--reload", "--bind", "0.0.0.0:8000", "app:app"]\n`,
      'web/Dockerfile': `${HEAD}ENV GUNICORN_CMD_ARGS="--reload --workers 2"\nCMD ["python", "-m", "gunicorn", "app:app"]\n`,
      'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0\n    command: gunicorn app:app --reload -b 0.0.0.0:8000\n  web:\n    image: acme/web:1.0\n    command: gunicorn app:app\n    environment:\n      GUNICORN_CMD_ARGS: "--bind=0.0.0.0:8000 --reload"\n',
      Procfile: 'web: GUNICORN_CMD_ARGS="--reload" gunicorn app:app\n',
      'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web:1.0\n          args: ["gunicorn", "app:app"]\n          env:\n            - name: GUNICORN_CMD_ARGS\n              value: "--reload"\n',
      'app.py': FLASK_APP,
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message}`).sort()).toEqual([
      "Dockerfile:5 CMD starts a development server: gunicorn --reload; drop --reload (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)",
      "Procfile:1 Procfile web starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload\", set by the command line); drop --reload from GUNICORN_CMD_ARGS (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)",
      "docker-compose.yml:4 service 'api' command starts a development server: gunicorn --reload; drop --reload (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)",
      "docker-compose.yml:7 service 'web' command starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--bind=0.0.0.0:8000 --reload\", set by service 'web' environment in docker-compose.yml:9); drop --reload from GUNICORN_CMD_ARGS (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)",
      "k8s/web.yaml:10 container 'web' args starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload\", set by container 'web' env in k8s/web.yaml:13); drop --reload from GUNICORN_CMD_ARGS (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)",
      "web/Dockerfile:6 CMD starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload --workers 2\", set by ENV in web/Dockerfile:5); drop --reload from GUNICORN_CMD_ARGS (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)",
    ]);
  });
  it('splits GUNICORN_CMD_ARGS as a shell does: quoted arguments are one word (QA26 leftover 3)', async () => {
    const out = await runCase(productionServer, { name: 'gunicorn quoted', files: {
      Dockerfile: `${HEAD}ENV GUNICORN_CMD_ARGS="--reload --bind '0.0.0.0:8000'"\nCMD ["gunicorn", "app:app"]\n`,
      'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0\n    command: gunicorn app:app\n    environment:\n      GUNICORN_CMD_ARGS: "--name \'api --reload worker\' --bind 0.0.0.0:8000"\n  web:\n    image: acme/web:1.0\n    command: gunicorn app:app\n    environment:\n      GUNICORN_CMD_ARGS: "--workers 2 \'--reload\'"\n',
      'app.py': FLASK_APP,
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['Dockerfile:6', 'docker-compose.yml:9']);
  });
  it('passes the reloader\'s tuning options without --reload, and GUNICORN_CMD_ARGS without it', async () => {
    const out = await runCase(productionServer, { name: 'gunicorn tuning', files: {
      Dockerfile: `${HEAD}ENV GUNICORN_CMD_ARGS="--workers 4 --reload-engine auto"\nCMD gunicorn app:app --reload-engine poll --reload-extra-file templates/index.html -b 0.0.0.0:8000\n`,
      'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0\n    command: uvicorn main:app --workers 4\n    environment:\n      GUNICORN_CMD_ARGS: "--reload"\n',
      'app.py': FLASK_APP,
    } });
    // GUNICORN_CMD_ARGS is gunicorn's: uvicorn does not read it.
    expect(out.findings).toEqual([]);
  });
  it('still reads the module a reloading gunicorn imports (debug-mode sees its module-level app.run(debug=True))', async () => {
    const files = { Dockerfile: `${HEAD}CMD ["gunicorn", "--reload", "app:app"]\n`, 'app.py': `${FLASK_APP}\napp.run(debug=True)\n` };
    const debug = await runCase(debugMode, { name: 'reload module', files });
    expect(debug.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['app.py:9']);
  });
});

describe('QA26 oss-python D4: reload = True in the gunicorn config file it loads', () => {
  const HEAD = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\n';
  const CONF = 'bind = "0.0.0.0:8000"\nworkers = 2\nreload = True\n';
  const found = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'gunicorn conf reload', files: { 'app.py': FLASK_APP, ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`);
  it('fails at the reload line of the file -c names, or of ./gunicorn.conf.py gunicorn loads by default', async () => {
    expect(await found({ Procfile: 'web: gunicorn -c gunicorn.conf.py app:app\n', 'gunicorn.conf.py': CONF })).toEqual([
      "gunicorn.conf.py:3 gunicorn config gunicorn.conf.py starts a development server: gunicorn with reload = True in gunicorn.conf.py (run by Procfile web in Procfile:1); remove reload = True from the config file (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)",
    ]);
    // No -c: gunicorn 20+ loads gunicorn.conf.py from its working directory (the image's WORKDIR, a Procfile's folder).
    expect((await found({ Dockerfile: `${HEAD}CMD ["gunicorn", "app:app"]\n`, 'gunicorn.conf.py': CONF })).map((m) => m.split(' starts')[0])).toEqual(['gunicorn.conf.py:3 gunicorn config gunicorn.conf.py']);
    expect((await found({ Procfile: 'web: gunicorn app:app\n', 'gunicorn.conf.py': CONF })).map((m) => m.split(' starts')[0])).toEqual(['gunicorn.conf.py:3 gunicorn config gunicorn.conf.py']);
    // --config=, a path in a folder, python:module.
    expect((await found({ Dockerfile: `${HEAD}CMD ["gunicorn", "--config=config/gunicorn.py", "app:app"]\n`, 'config/gunicorn.py': CONF })).map((m) => m.split(' starts')[0])).toEqual(['config/gunicorn.py:3 gunicorn config config/gunicorn.py']);
    expect((await found({ Dockerfile: `${HEAD}CMD ["gunicorn", "-c", "python:config.gunicorn", "app:app"]\n`, 'config/gunicorn.py': CONF, 'config/__init__.py': '' })).map((m) => m.split(' starts')[0])).toEqual(['config/gunicorn.py:3 gunicorn config config/gunicorn.py']);
    // A development-only entry point gives a note.
    expect((await found({ 'Procfile.dev': 'web: gunicorn -c gunicorn.conf.py app:app\n', 'gunicorn.conf.py': CONF })).map((m) => m.split(' starts')[0])).toEqual(['gunicorn.conf.py:3 note gunicorn config gunicorn.conf.py']);
  });
  it('passes reload = False, a later reload = False, a reload read from the environment, an indented one, and a config gunicorn does not load', async () => {
    const procfile = { Procfile: 'web: gunicorn -c gunicorn.conf.py app:app\n' };
    expect(await found({ ...procfile, 'gunicorn.conf.py': 'reload = False\n' })).toEqual([]);
    expect(await found({ ...procfile, 'gunicorn.conf.py': 'reload = True\nreload = False\n' })).toEqual([]);
    expect(await found({ ...procfile, 'gunicorn.conf.py': 'import os\nreload = os.getenv("GUNICORN_RELOAD") == "1"\n' })).toEqual([]);
    expect(await found({ ...procfile, 'gunicorn.conf.py': 'import os\nif os.getenv("DEV"):\n    reload = True\n# reload = True\n' })).toEqual([]);
    // -c names another file: the default one is not loaded; without -c, a config elsewhere (not the working directory) is not either.
    expect(await found({ Procfile: 'web: gunicorn -c deploy/gunicorn.py app:app\n', 'deploy/gunicorn.py': 'workers = 4\n', 'gunicorn.conf.py': CONF })).toEqual([]);
    expect(await found({ Procfile: 'web: gunicorn app:app\n', 'dev/gunicorn.conf.py': CONF })).toEqual([]);
    expect(await found({ Dockerfile: `${HEAD}CMD ["gunicorn", "app:app"]\n`, 'gunicorn.conf.py': 'workers = 4\n' })).toEqual([]);
  });
  it('reads the last -c given, as gunicorn (argparse) does, in any of its spellings', async () => {
    const files = { 'a.py': 'workers = 4\n', 'b.py': CONF };
    expect((await found({ Procfile: 'web: gunicorn -c a.py -c b.py app:app\n', ...files })).map((m) => m.split(' starts')[0])).toEqual(['b.py:3 gunicorn config b.py']);
    expect((await found({ Procfile: 'web: gunicorn -c b.py -c a.py app:app\n', ...files })).map((m) => m.split(' starts')[0])).toEqual([]);
    expect((await found({ Procfile: 'web: gunicorn -cb.py --config=a.py app:app\n', ...files })).map((m) => m.split(' starts')[0])).toEqual([]);
    expect((await found({ Procfile: 'web: gunicorn --config a.py app:app -cb.py\n', ...files })).map((m) => m.split(' starts')[0])).toEqual(['b.py:3 gunicorn config b.py']);
  });
});

describe('optionValue', () => {
  it('reads an option\'s value written apart or after =, the first one given unless asked for the last', () => {
    expect(optionValue(['-w', 'web', '--workspace=api'], ['-w', '--workspace'])).toBe('web');
    expect(optionValue(['-w', 'web', '--workspace=api'], ['-w', '--workspace'], { last: true })).toBe('api');
    expect(optionValue(['-c', 'a.py', '-c', 'b.py'], ['-c', '--config'], { last: true })).toBe('b.py');
    expect(optionValue(['--other', 'x'], ['-c', '--config'], { last: true })).toBeUndefined();
    // A value is not read as an option (`-c -c`), and options end at `--`.
    expect(optionValue(['-c', '-c', 'x'], ['-c'], { last: true })).toBe('-c');
    expect(optionValue(['-c', 'a.py', '--', '-c', 'b.py'], ['-c'], { last: true })).toBe('a.py');
    // A short option's value written on it only when asked: `-cb.py`, not `-watch` for `-w`.
    expect(optionValue(['-cb.py'], ['-c'], { attached: true })).toBe('b.py');
    expect(optionValue(['-watch'], ['-w'])).toBeUndefined();
    expect(optionValue(['--cb.py'], ['-c'], { attached: true })).toBeUndefined();
  });
});

describe('production-server: dotnet run (QA25 D5)', () => {
  it('the SDK launcher is a development run unless it builds Release without the launch profile', async () => {
    const cases: [string[], boolean][] = [
      [['dotnet', 'run'], true], [['dotnet', 'run', '--project', 'src/Api/Api.csproj', '--urls', 'http://0.0.0.0:8080'], true],
      [['dotnet', 'run', '-c', 'Release'], true], [['dotnet', 'run', '--no-launch-profile'], true],
      // After `--` the options are the app's own.
      [['dotnet', 'run', '-c', 'Release', '--', '--no-launch-profile'], true],
      [['dotnet', 'run', '-c', 'Release', '--no-launch-profile'], false], [['dotnet', 'run', '--configuration=Release', '--no-launch-profile', '--project', 'src/Api'], false],
      [['dotnet', 'Api.dll'], false], [['dotnet', 'publish', '-c', 'Release'], false],
    ];
    for (const [argv, dev] of cases) expect(classify(argv).kind === 'dev', argv.join(' ')).toBe(dev);
    const out = await runCase(productionServer, { name: 'dotnet run', files: {
      Dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "run", "--project", "src/Api/Api.csproj"]\n',
      'docker-compose.override.yml': 'services:\n  api:\n    build: .\n    command: dotnet run --project src/Api\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
      'Dockerfile:5 ENTRYPOINT starts a development server: dotnet run',
      // The command is the exec-form ENTRYPOINT's arguments (QA52 compose D4).
      "docker-compose.override.yml:4 note service 'api' command (appended to ENTRYPOINT [\"dotnet\", \"run\", \"--project\", \"src/Api/Api.csproj\"], Dockerfile:5) starts a development server: dotnet run",
    ]);
    expect(out.findings[0]!.message).toMatch(/publish the app \(dotnet publish -c Release\) and run the published output/);
  });
});

describe('production-server: go run (QA27 D6)', () => {
  it('compiles the app from source at every start: a development run, like dotnet run; go build and the binary pass', async () => {
    const cases: [string[], boolean][] = [
      [['go', 'run', '.'], true], [['go', 'run', 'main.go'], true], [['go', 'run', './cmd/server'], true],
      [['/usr/local/go/bin/go', 'run', '-tags', 'netgo', '.'], true], [['go', '-C', 'api', 'run', '.'], true], [['go', 'run', '-race', './cmd/api', '--port', '8080'], true],
      // Building, and running what was built, is the deploy; a tool pinned by its module version is someone else's command.
      [['go', 'build', '-o', '/app', '.'], false], [['/app'], false], [['go', 'test', './...'], false], [['go', 'version'], false],
      [['go', 'run', 'github.com/pressly/goose/v3/cmd/goose@v3.20.0', 'up'], false],
    ];
    for (const [argv, dev] of cases) expect(classify(argv).kind === 'dev', argv.join(' ')).toBe(dev);
    const out = await runCase(productionServer, { name: 'go run', files: {
      Dockerfile: 'FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nUSER 10001\nCMD ["go", "run", "."]\n',
      'docker-compose.override.yml': 'services:\n  api:\n    build: .\n    command: go run ./cmd/api\n',
      'svc/Dockerfile': 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/api ./cmd/api\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/api /api\nCMD ["/api"]\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
      'Dockerfile:5 CMD starts a development server: go run',
      "docker-compose.override.yml:4 note service 'api' command starts a development server: go run",
    ]);
    expect(out.findings[0]!.message).toMatch(/go build -o \/app \.\) and run it from a slim runtime image: go run compiles the app from source on every start/);
  });
});


describe('production-server: rails server without a production environment', () => {
  const RUBY = 'FROM ruby:3.3-slim\nWORKDIR /rails\nCOPY . .\n';
  const judge = async (files: Record<string, string>) => {
    const out = await runCase(productionServer, { name: 'rails', files });
    expect(out.error).toBeUndefined();
    return out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message.split(':')[0]]);
  };

  it('fails rails server / bin/rails s / bundle exec rails s where nothing sets RAILS_ENV, as other dev servers', async () => {
    expect(await judge({
      Dockerfile: `${RUBY}CMD ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]\n`,
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: bin/rails s -p 3000 -b 0.0.0.0\n    environment:\n      DATABASE_URL: postgres://db/app\n',
      'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.4.2\n          command: ["bundle", "exec", "rails", "s"]\n',
      'svc/Dockerfile': 'FROM ruby:3.3-slim\nENV RACK_ENV=development\nCMD bin/rails server\n',
    })).toEqual([
      // The only service building it replaces the CMD with its own command (QA52 compose D1): a note; the command fails.
      ['Dockerfile', 4, true, 'CMD starts a development server'],
      ['svc/Dockerfile', 3, false, 'CMD starts a development server'],
      ['docker-compose.yml', 4, false, "service 'web' command starts a development server"],
      ['k8s/web.yaml', 11, false, "container 'web' command starts a development server"],
    ]);
    const out = await runCase(productionServer, { name: 'msg', files: { Dockerfile: `${RUBY}CMD ["bin/rails", "server"]\n` } });
    expect(out.findings[0]).toMatchObject({ message: /rails server without RAILS_ENV=production \(Rails starts in its development environment\); set RAILS_ENV=production for the process .*bundle exec puma/ });
    expect(out.findings[0]!.note).toBeUndefined();
  });

  it('passes where RAILS_ENV or RACK_ENV production reaches the process, and puma', async () => {
    expect(await judge({
      // The stage's ENV (inherited from the base stage), RACK_ENV alone, a build argument's default.
      Dockerfile: `FROM ruby:3.3-slim AS base\nENV RAILS_ENV="production"\nFROM base\nCMD ["bin/rails", "server"]\n`,
      'rack/Dockerfile': 'FROM ruby:3.3-slim\nENV RACK_ENV=production\nCMD bundle exec rails s -b 0.0.0.0\n',
      'arg/Dockerfile': 'FROM ruby:3.3-slim\nARG RAILS_ENV=production\nENV RAILS_ENV=${RAILS_ENV}\nCMD ["rails", "s"]\n',
      'argonly/Dockerfile': 'FROM ruby:3.3-slim\nARG RAILS_ENV\nENV RAILS_ENV=$RAILS_ENV\nCMD ["rails", "s"]\n',
      // The command line, an export earlier in the script, -e / --environment.
      'cmd/Dockerfile': 'FROM ruby:3.3-slim\nCMD RAILS_ENV=production bundle exec rails server\n',
      'export/Dockerfile': 'FROM ruby:3.3-slim\nCMD ["sh", "-c", "export RAILS_ENV=production && bin/rails db:migrate && bin/rails s"]\n',
      'flag/Dockerfile': 'FROM ruby:3.3-slim\nCMD ["bin/rails", "server", "-e", "production"]\n',
      'puma/Dockerfile': 'FROM ruby:3.3-slim\nCMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]\n',
      // compose environment, an env_file in the repository, an env_file that is not (it may set anything), a variable from the shell.
      'docker-compose.yml': 'services:\n  web:\n    image: ruby:3.3\n    command: bundle exec rails s\n    environment:\n      - RAILS_ENV=production\n  worker:\n    image: ruby:3.3\n    command: bin/rails s\n    env_file: .env.web\n  api:\n    image: ruby:3.3\n    command: bin/rails s\n    env_file: .env\n  admin:\n    image: ruby:3.3\n    command: bin/rails s\n    environment: [RAILS_ENV]\n',
      '.env.web': 'RAILS_ENV=production\n',
      // Kubernetes env, envFrom a ConfigMap, valueFrom.
      'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1\n          args: ["bin/rails", "server"]\n          env:\n            - name: RAILS_ENV\n              value: production\n        - name: from\n          image: ghcr.io/acme/web:1\n          args: ["bin/rails", "server"]\n          envFrom:\n            - configMapRef: { name: web-env }\n        - name: ref\n          image: ghcr.io/acme/web:1\n          args: ["bin/rails", "server"]\n          env:\n            - name: RAILS_ENV\n              valueFrom: { configMapKeyRef: { name: web-env, key: env } }\n',
      // Heroku's and Dokku's Ruby buildpacks set RAILS_ENV=production for a Procfile.
      Procfile: 'web: bundle exec rails server -p $PORT\n',
    })).toEqual([]);
  });

  it('an image built by a Dockerfile of the repository that sets RAILS_ENV counts for Kubernetes containers and image-only services', async () => {
    expect(await judge({
      Dockerfile: `${RUBY}ENV RAILS_ENV=production\nCMD ["bundle", "exec", "puma"]\n`,
      'k8s/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1\n      command: ["bin/rails", "server"]\n',
      'docker-compose.yml': 'services:\n  web:\n    image: ghcr.io/acme/web:1\n    command: bin/rails s\n',
    })).toEqual([]);
  });

  // QA27 newrules D1: the shell idioms for "default to production" set it as the script's export does.
  it('a start script that gives RAILS_ENV a production default passes; one that does not export it, or defaults to development, fails', async () => {
    const IMG = `${RUBY}CMD ["bin/start"]\n`;
    const script = (body: string) => `#!/bin/sh\nset -e\n${body}exec bin/rails server -b 0.0.0.0\n`;
    expect(await judge({
      Dockerfile: IMG, 'bin/start': script('if [ -z "$RAILS_ENV" ]; then\n  export RAILS_ENV=production\nfi\n'),
      'b/Dockerfile': IMG, 'b/bin/start': script(': "${RAILS_ENV:=production}"\nexport RAILS_ENV\n'),
      'c/Dockerfile': IMG, 'c/bin/start': script('export RAILS_ENV="${RAILS_ENV:-production}"\n'),
      'd/Dockerfile': IMG, 'd/bin/start': script('[ -z "${RAILS_ENV:-}" ] && export RAILS_ENV=production\n'),
      'e/Dockerfile': IMG, 'e/bin/start': script('[ -n "$RAILS_ENV" ] || export RAILS_ENV=production\n'),
      'f/Dockerfile': IMG, 'f/bin/start': script('RAILS_ENV=${RAILS_ENV:-production}\nexport RAILS_ENV\n'),
      'g/Dockerfile': IMG, 'g/bin/start': script('set -a\nRAILS_ENV=production\nset +a\n'),
      'h/Dockerfile': IMG, 'h/bin/start': script('export RAILS_ENV\n: ${RAILS_ENV:=production}\n'),
      // The command line's variables reach the script's commands.
      'i/Dockerfile': `${RUBY}CMD RAILS_ENV=production bin/start\n`, 'i/bin/start': script(''),
    })).toEqual([]);
    expect(await judge({
      // A shell variable the script never exports does not reach rails.
      Dockerfile: IMG, 'bin/start': script(': "${RAILS_ENV:=production}"\n'),
      'b/Dockerfile': IMG, 'b/bin/start': script('RAILS_ENV=production\n'),
      // A default of development is Rails' own; a branch on another condition is not a default.
      'c/Dockerfile': IMG, 'c/bin/start': script('export RAILS_ENV=${RAILS_ENV:-development}\n'),
      'd/Dockerfile': IMG, 'd/bin/start': script('if [ "$DEPLOY" = "1" ]; then\n  export RAILS_ENV=production\nfi\n'),
      'e/Dockerfile': IMG, 'e/bin/start': script('if [ -z "$RAILS_ENV" ]; then\n  export RAILS_ENV=production\nelse\n  echo kept\nfi\n'),
      // The image sets development: the script's default does not apply.
      'f/Dockerfile': `${RUBY}ENV RAILS_ENV=development\nCMD ["bin/start"]\n`, 'f/bin/start': script('export RAILS_ENV=${RAILS_ENV:-production}\n'),
    })).toEqual(['', 'b/', 'c/', 'd/', 'e/', 'f/'].map((d) => [`${d}Dockerfile`, d === 'f/' ? 5 : 4, false, 'CMD starts a development server']));
  });

  // QA27 newrules D8: the script line that starts it is named, as for other development servers (not an `if` branch's line).
  it('names the start script line that runs rails server', async () => {
    const out = await runCase(productionServer, { name: 'line', files: {
      Dockerfile: `${RUBY}CMD ["bin/start"]\n`,
      'bin/start': '#!/bin/sh\nif [ "$1" = "console" ]; then\n  exec bin/rails server -b 127.0.0.1\nfi\nbin/rails db:prepare\nexec bin/rails server -b 0.0.0.0\n',
    } });
    expect(out.findings.map((f) => f.message.split(';')[0])).toEqual(['CMD starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment) (bin/start:6)']);
  });

  // QA27 newrules D2: the compose services that run the image as it is give its process their environment.
  it('a Dockerfile CMD follows the compose services that run it: all set RAILS_ENV passes, some not fails at those services', async () => {
    const IMG = `${RUBY}CMD ["bin/rails", "s", "-b", "0.0.0.0"]\n`;
    expect(await judge({
      Dockerfile: IMG, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n',
      // An env_file not in the repository may set it: not judged.
      'b/Dockerfile': IMG, 'b/docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: .env.production.local\n',
      'c/Dockerfile': IMG, 'c/docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: .env.web\n', 'c/.env.web': 'RAILS_ENV=production\n',
    })).toEqual([]);
    expect((await judge({
      Dockerfile: IMG,
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n  jobs:\n    build: .\n    environment:\n      RAILS_ENV: development\n  worker:\n    build: .\n    environment:\n      REDIS_URL: redis://redis\n',
      // A service with its own command does not run the image's CMD: replaced there (a note, QA52 compose D1).
      'b/Dockerfile': IMG,
      'b/docker-compose.yml': 'services:\n  web:\n    build: .\n    command: bundle exec puma\n    environment:\n      RAILS_ENV: production\n',
      // No service sets it: the Dockerfile's own finding.
      'c/Dockerfile': IMG, 'c/docker-compose.yml': 'services:\n  web:\n    build: .\n',
    })).sort()).toEqual([
      ['b/Dockerfile', 4, true, 'CMD starts a development server'],
      ['c/Dockerfile', 4, false, 'CMD starts a development server'],
      ['docker-compose.yml', 10, false, "compose service 'worker' runs Dockerfile's CMD (Dockerfile"],
      ['docker-compose.yml', 6, false, "compose service 'jobs' runs Dockerfile's CMD (Dockerfile"],
    ]);
    // Compose merges the overlays' env_file files first and every `environment` over them: a production overlay's env_file does
    // not beat the base's environment (QA33 review).
    expect(await judge({
      Dockerfile: IMG, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n',
      'docker-compose.prod.yml': 'services:\n  web:\n    env_file: web.env\n', 'web.env': 'RAILS_ENV=development\n',
    })).toEqual([]);
    const out = await runCase(productionServer, { name: 'msg', files: { Dockerfile: IMG, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n  worker:\n    build: .\n' } });
    expect(out.findings.map((f) => f.message)).toEqual([
      "compose service 'worker' runs Dockerfile's CMD (Dockerfile:4), which starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment), and the service sets no RAILS_ENV (compose service 'web' sets it in service 'web' environment in docker-compose.yml:5); set RAILS_ENV=production in its environment too, or ENV RAILS_ENV=production in the image",
    ]);
  });

  // QA34 fullrepos9 D3: the image's ENV RAILS_ENV=production gives way to the value a compose service running it as it is sets.
  it("a compose service that sets RAILS_ENV=development over the image's ENV RAILS_ENV=production fails at its service key", async () => {
    const IMG = `${RUBY}ENV RAILS_ENV=production\nCMD ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]\n`;
    const out = await runCase(productionServer, { name: 'rails', files: {
      Dockerfile: IMG, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: development\n',
      'b/Dockerfile': IMG, 'b/docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: web.env\n', 'b/web.env': 'RACK_ENV=production\nRAILS_ENV=development\n',
    } });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message, f.fix]).sort()).toEqual([
      ['b/docker-compose.yml', 2, false, "compose service 'web' runs b/Dockerfile's CMD (b/Dockerfile:5), which starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment), and the service sets RAILS_ENV=development (env_file b/web.env:2), which the process gets over the image's (ENV in b/Dockerfile:4); set RAILS_ENV=production in its environment", "Set RAILS_ENV=production in the service's environment (or remove the variable there, so the image's ENV applies)."],
      ['docker-compose.yml', 2, false, "compose service 'web' runs Dockerfile's CMD (Dockerfile:5), which starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment), and the service sets RAILS_ENV=development (service 'web' environment in docker-compose.yml:5), which the process gets over the image's (ENV in Dockerfile:4); set RAILS_ENV=production in its environment", "Set RAILS_ENV=production in the service's environment (or remove the variable there, so the image's ENV applies)."],
    ]);
    expect(await judge({
      // The service sets production too, sets nothing (the image's ENV applies), or runs its own command (judged there).
      Dockerfile: IMG, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n  worker:\n    build: .\n  jobs:\n    build: .\n    command: bundle exec puma\n    environment:\n      RAILS_ENV: development\n',
      // Only a development overlay sets development: not production's environment.
      'b/Dockerfile': IMG, 'b/docker-compose.yml': 'services:\n  web:\n    build: .\n', 'b/docker-compose.override.yml': 'services:\n  web:\n    environment:\n      RAILS_ENV: development\n',
      // puma started as such needs no RAILS_ENV check.
      'c/Dockerfile': `${RUBY}ENV RAILS_ENV=production\nCMD ["bundle", "exec", "puma"]\n`, 'c/docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: development\n',
    })).toEqual([]);
  });
  it("mix: a compose service's MIX_ENV=dev over the image's ENV MIX_ENV=prod fails; MIX_ENV=prod passes", async () => {
    const IMG = 'FROM elixir:1.16.2-alpine\nWORKDIR /app\nCOPY . .\nENV MIX_ENV=prod\nCMD ["mix", "phx.server"]\n';
    expect((await judge({ Dockerfile: IMG, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      MIX_ENV: dev\n' })).map((f) => f.slice(0, 3))).toEqual([['docker-compose.yml', 2, false]]);
    expect(await judge({ Dockerfile: IMG, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      MIX_ENV: prod\n' })).toEqual([]);
  });

  // QA27 newrules (judged): an image built elsewhere, with no Dockerfile in the repository to show its environment, is a note.
  it('an image built elsewhere gives a note when the repository has no Dockerfile; a failure when its Dockerfiles leave RAILS_ENV unset', async () => {
    const K8S = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/shop:1.2.3\n      command: ["bin/rails", "server"]\n';
    expect(await judge({ 'k8s/web.yaml': K8S, 'docker-compose.yml': 'services:\n  web:\n    image: ghcr.io/acme/shop:1.2.3\n    command: bin/rails s\n' })).toEqual([
      ['docker-compose.yml', 4, true, "service 'web' command starts a development server"],
      ['k8s/web.yaml', 9, true, "container 'web' command starts a development server"],
    ]);
    const out = await runCase(productionServer, { name: 'note', files: { 'k8s/web.yaml': K8S } });
    expect(out.findings[0]!.message).toMatch(/\(the image is built elsewhere and no Dockerfile in the repository shows its environment: it may set RAILS_ENV=production.*\)$/);
    expect(await judge({ 'k8s/web.yaml': K8S, Dockerfile: `${RUBY}CMD ["bundle", "exec", "puma"]\n` })).toEqual([['k8s/web.yaml', 9, false, "container 'web' command starts a development server"]]);
  });

  it('a development-only compose file gives a note', async () => {
    expect(await judge({ 'docker-compose.dev.yml': 'services:\n  web:\n    build: .\n    command: bin/rails s -b 0.0.0.0\n', Dockerfile: `${RUBY}CMD ["bundle", "exec", "puma"]\n` })).toEqual([
      ['docker-compose.dev.yml', 4, true, "service 'web' command starts a development server"],
    ]);
  });
});

// QA27 contract D3: `CMD ["flask","run"] # preflight-ignore …` is no exec form to Docker (it parses the array strictly):
// the whole line runs as a shell command, which starts nothing; a note says so, and that the comment suppresses nothing.
describe('a JSON-array CMD/ENTRYPOINT with text after its ] (QA27 D3)', () => {
  const notes = async (docker: string, extra: Record<string, string> = {}) => (await runCase(productionServer, { name: 'x', files: { Dockerfile: docker, ...extra } })).findings.map((f) => [f.line, f.note ?? false, f.message]);
  it('gives a note naming the shell command Docker runs, with the suppression hint when the text is a preflight-ignore', async () => {
    expect(await notes('FROM python:3.12\nCMD ["flask","run"] # preflight-ignore production-server: dev image\n')).toEqual([
      [2, true, 'CMD ["flask","run"] is followed by \'# preflight-ignore production-server: dev image\', so it is no JSON array to Docker: it runs the whole line as a shell command (/bin/sh -c \'["flask","run"] …\'), which starts no program and the container exits; remove the text after the ]; the preflight-ignore in it suppresses nothing there: a Dockerfile suppression goes on a line of its own before the instruction'],
    ]);
    expect(await notes('FROM node:22\nENTRYPOINT ["node", "server.js"] # main\n')).toEqual([
      [2, true, expect.stringMatching(/^ENTRYPOINT \["node", "server\.js"\] is followed by '# main', so it is no JSON array to Docker: it runs the whole line as a shell command .*; remove the text after the \] \(a Dockerfile comment goes on a line of its own\)$/)],
    ]);
    // Under an ENTRYPOINT, the CMD is its arguments.
    expect(await notes('FROM node:22\nENTRYPOINT ["/entry.sh"]\nCMD ["serve"] # default\n')).toEqual([
      [3, true, expect.stringContaining("the ENTRYPOINT gets /bin/sh -c '[\"serve\"] …' as its arguments instead of the array's")],
    ]);
  });
  it('leaves alone exec forms, shell forms starting with [, and a broken CMD a later one replaces', async () => {
    expect(await notes('FROM python:3.12\nCMD ["gunicorn", "app:app"]\n')).toEqual([]);
    expect(await notes('FROM python:3.12\nCMD [ -f /app/ready ] && exec gunicorn app:app\n')).toEqual([]);
    expect(await notes('FROM python:3.12\nCMD ["gunicorn", "a]b"]\n')).toEqual([]);
    expect(await notes('FROM python:3.12 AS base\nCMD ["gunicorn"] # x\nFROM base\nCMD ["gunicorn", "app:app"]\n')).toEqual([]);
    // Only an array of strings is an exec form BuildKit would have taken without the text.
    expect(await notes('FROM python:3.12\nCMD [1, 2] # x\n')).toEqual([]);
  });
});

describe('production-server and debug-mode: heroku.yml, App Engine app.yaml and DigitalOcean app specs (stop 28, PaaS leftovers)', () => {
  const at = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(/[;:]/)[0]}`).sort();
  it('the web process, the entrypoint and each service run_command are start commands; workers, templates and other YAML are not', async () => {
    const files = {
      'heroku.yml': 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web: flask run --host 0.0.0.0 --port $PORT\n  worker:\n    command:\n      - python manage.py runserver\n    image: web\n',
      'api/heroku.yml': 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web:\n    command:\n      - npm run dev\n',
      'gae/app.yaml': 'runtime: python312\nentrypoint: python manage.py runserver 0.0.0.0:$PORT\n\nhandlers:\n  - url: /.*\n    script: auto\n',
      'gae-ok/app.yaml': 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n',
      '.do/app.yaml': 'name: sample\nservices:\n  - name: web\n    github:\n      repo: acme/app\n      branch: main\n    run_command: python -m flask run --host 0.0.0.0\n  - name: api\n    run_command: gunicorn app:app\nworkers:\n  - name: jobs\n    run_command: flask run\n',
      '.do/deploy.template.yaml': 'spec:\n  name: sample\n  services:\n    - name: web\n      git:\n        repo_clone_url: https://github.com/acme/app.git\n      run_command: rails server\n',
      'k8s/app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  entrypoint: flask run\n',
      'docs/heroku.yml.example': 'run:\n  web: flask run\n',
    };
    expect(at(await runCase(productionServer, { files }))).toEqual([
      ".do/app.yaml:7:5 app.yaml service 'web' run_command starts a development server",
      "api/heroku.yml:6:5 heroku.yml run 'web' starts a development server",
      'gae/app.yaml:2:1 app.yaml entrypoint starts a development server',
      "heroku.yml:5:3 heroku.yml run 'web' starts a development server",
    ]);
  });
  it('their environments reach debug-mode and default-credentials; DigitalOcean SECRET and BUILD_TIME values do not', async () => {
    const { defaultCredentials } = await import('../../src/checks/default-credentials.js');
    const files = {
      'heroku.yml': 'setup:\n  addons:\n    - plan: heroku-postgresql\n  config:\n    FLASK_DEBUG: "1"\n    ADMIN_PASSWORD: admin\nbuild:\n  docker:\n    web: Dockerfile\n',
      'app.yaml': 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\nenv_variables:\n  DJANGO_DEBUG: "True"\n  SECRET_KEY: changeme\n',
      '.do/app.yaml': 'name: x\nservices:\n  - name: web\n    run_command: gunicorn app:app\n    envs:\n      - key: DEBUG\n        value: "true"\n        scope: RUN_TIME\n      - key: NODE_ENV\n        value: development\n        scope: BUILD_TIME\n      - key: DB_PASSWORD\n        value: EV[1:abc:def]\n        type: SECRET\n',
    };
    expect((await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(', which')[0]}`).sort()).toEqual([
      ".do/app.yaml:7:17 app.yaml service 'web' sets DEBUG=true",
      'app.yaml:4:18 app.yaml env_variables sets DJANGO_DEBUG=True',
      'heroku.yml:5:19 heroku.yml setup.config sets FLASK_DEBUG=1',
    ]);
    expect(at(await runCase(defaultCredentials, { files }))).toEqual([
      'app.yaml:5:15 SECRET_KEY (app.yaml env_variables) is set to a placeholder value',
      'heroku.yml:6:21 ADMIN_PASSWORD (heroku.yml setup.config) is set to a well-known default value',
    ]);
  });
});

describe('production-server: a platform that runs its own commands replaces the Dockerfile CMD (stop 28, PaaS leftovers)', () => {
  const at = async (files: Record<string, string>) => (await runCase(productionServer, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(/;/)[0]}${/ \((replaced by [^)]*)\)$/.exec(f.message)?.[0] ?? ''}`).sort();
  const DF = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nCMD ["flask", "run", "--host", "0.0.0.0"]\n';
  it('fly.toml [processes] and heroku.yml run.web make the CMD a note; without them, or when compose runs the CMD, it fails', async () => {
    expect(await at({ Dockerfile: DF, 'fly.toml': 'app = "a"\n[processes]\n  app = "gunicorn -b :8080 app:app"\n' }))
      .toEqual(['NOTE Dockerfile:5 CMD starts a development server: flask run (replaced by fly.toml [processes] in production)']);
    expect(await at({ 'docker/Dockerfile.web': DF, 'fly.toml': 'app = "a"\n[build]\n  dockerfile = "docker/Dockerfile.web"\n[experimental]\n  cmd = ["gunicorn", "app:app"]\n' }))
      .toEqual(['NOTE docker/Dockerfile.web:5 CMD starts a development server: flask run (replaced by fly.toml [processes] in production)']);
    expect(await at({ Dockerfile: DF, 'heroku.yml': 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web: gunicorn app:app\n' }))
      .toEqual(['NOTE Dockerfile:5 CMD starts a development server: flask run (replaced by heroku.yml run.web in production)']);
    // No [processes]: fly runs CMD. A fly.dev.toml replaces nothing in production. A fly app deploying a prebuilt image builds nothing here.
    expect(await at({ Dockerfile: DF, 'fly.toml': 'app = "a"\n[http_service]\n  internal_port = 5000\n' })).toEqual(['Dockerfile:5 CMD starts a development server: flask run']);
    expect(await at({ Dockerfile: DF, 'fly.dev.toml': 'app = "a"\n[processes]\n  app = "gunicorn app:app"\n' })).toEqual(['Dockerfile:5 CMD starts a development server: flask run']);
    expect(await at({ Dockerfile: DF, 'fly.toml': 'app = "a"\n[build]\n  image = "registry.fly.io/a:v1"\n[processes]\n  app = "gunicorn app:app"\n' })).toEqual(['Dockerfile:5 CMD starts a development server: flask run']);
    // heroku.yml building another Dockerfile; a compose service running the same image's CMD.
    expect(await at({ Dockerfile: DF, 'heroku.yml': 'build:\n  docker:\n    web: Dockerfile.heroku\nrun:\n  web: gunicorn app:app\n', 'Dockerfile.heroku': 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n' })).toEqual(['Dockerfile:5 CMD starts a development server: flask run']);
    expect(await at({ Dockerfile: DF, 'fly.toml': 'app = "a"\n[processes]\n  app = "gunicorn app:app"\n', 'docker-compose.yml': 'services:\n  web:\n    build: .\n    ports: ["5000:5000"]\n' }))
      .toEqual(['Dockerfile:5 CMD starts a development server: flask run']);
  });
});

describe('platform readers, second pass (stop 28 newrules D2–D6, D8)', () => {
  const at = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => (await runCase(check, { files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line} ${f.message.split(/;|, which/)[0]}${/ \((replaced by [^)]*)\)$/.exec(f.message)?.[0] ?? ''}`).sort();
  const DF = 'FROM python:3.12-slim\nUSER app\nCMD ["flask", "run", "--host", "0.0.0.0"]\n';
  const KAMAL = 'service: acme\nimage: acme/web\nservers:\n  web:\n    hosts: [1.2.3.4]\n    cmd: gunicorn -b 0.0.0.0:80 app:app\n  job:\n    hosts: [1.2.3.4]\n    cmd: flask run --host 0.0.0.0\nregistry:\n  username: acme\n';
  it('a Kamal destination file is read beside its base; role cmds are start commands; every role with a cmd replaces the CMD', async () => {
    const { databasePortExposed } = await import('../../src/checks/database-port-exposed.js');
    const files = { 'config/deploy.yml': KAMAL, 'config/deploy.staging.yml': 'accessories:\n  db:\n    image: postgres:16\n    port: "5433:5432"\n', 'config/deploy.dev.yml': 'accessories:\n  db:\n    image: postgres:16\n    port: 5432\n', Dockerfile: DF };
    const db = await at(databasePortExposed, files);
    expect(db).toEqual([
      "NOTE config/deploy.dev.yml:4 Kamal accessory 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces of its host",
      "config/deploy.staging.yml:4 Kamal accessory 'db' publishes database port 5432 (PostgreSQL) on host port 5433 of all interfaces of its host",
    ]);
    expect((await runCase(databasePortExposed, { files })).findings.find((f) => !f.note)!.message).toContain('port: "127.0.0.1:5433:5432"');
    // Without a Kamal base, a deploy.<x>.yml is not read.
    expect(await at(databasePortExposed, { 'config/deploy.staging.yml': files['config/deploy.staging.yml'], 'docker-compose.yml': 'services:\n  app:\n    image: nginx:1.27\n' })).toEqual([]);
    expect(await at(productionServer, files)).toEqual([
      'NOTE Dockerfile:3 CMD starts a development server: flask run (replaced by deploy.yml roles\' cmd in production)',
      "config/deploy.yml:9 deploy.yml role 'job' cmd starts a development server: flask run",
    ]);
    // A role without cmd runs the CMD.
    expect(await at(productionServer, { ...files, 'config/deploy.yml': KAMAL.replace('    cmd: gunicorn -b 0.0.0.0:80 app:app\n', '') })).toContain('Dockerfile:3 CMD starts a development server: flask run');
  });
  // QA32 iac D1: Kamal gives the containers of the roles that run the image's CMD its env (env.clear, a role's env, env.secret names),
  // as a compose service's environment does; D2: a role's cmd is judged with that env and the image's ENV (Kamal has no buildpack).
  describe('Kamal env reaches the process (QA32 iac D1, D2)', () => {
    const RAILS_DF = 'FROM ruby:3.3.5-slim\nWORKDIR /rails\nCOPY . .\nUSER 1000:1000\nCMD ["./bin/thrust", "./bin/rails", "server"]\n';
    const kamal = (servers: string, env = '') => `service: hey\nimage: 37s/hey\nservers:\n${servers}registry:\n  username: u\n${env}`;
    const WEB = '  web:\n    - 192.168.0.1\n';
    const CLEAR = 'env:\n  clear:\n    RAILS_ENV: production\n';
    it('the CMD run by roles without a cmd passes when every one gets RAILS_ENV (or MIX_ENV) from deploy.yml', async () => {
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB, CLEAR) })).toEqual([]);
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': `${kamal('  - 192.168.0.1\n')}env:\n  clear:\n    RAILS_LOG_TO_STDOUT: "1"\n  secret:\n    - RAILS_MASTER_KEY\n    - RAILS_ENV\n` })).toEqual([]);
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal('  web:\n    hosts: [1.2.3.4]\n    env:\n      clear:\n        RAILS_ENV: production\n') })).toEqual([]);
      expect(await at(productionServer, { Dockerfile: 'FROM elixir:1.17\nWORKDIR /app\nCOPY . .\nCMD ["mix", "phx.server"]\n', 'config/deploy.yml': kamal(WEB, 'env:\n  MIX_ENV: prod\n') })).toEqual([]);
      // A production destination merged over the base sets it (the base alone is not what is deployed then).
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB), 'config/deploy.production.yml': CLEAR })).toEqual([]);
    });
    it('the Dockerfile still fails where Kamal does not set it, sets development, or builds another Dockerfile or stage', async () => {
      const FAIL = ['Dockerfile:5 CMD starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment)'];
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB) })).toEqual(FAIL);
      // Kamal sets development itself: named where (QA49 review2 S3), not "without RAILS_ENV=production".
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB, CLEAR.replace('production', 'development')) })).toEqual(['Dockerfile:5 CMD starts a development server: rails server with RAILS_ENV=development, set by env.clear in config/deploy.yml:10 (Rails starts in its development environment)']);
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB, `builder:\n  dockerfile: Dockerfile.kamal\n${CLEAR}`), 'Dockerfile.kamal': 'FROM ruby:3.3.5-slim\nCMD ["bundle", "exec", "puma"]\n' })).toEqual(FAIL);
      // Kamal deploys `app`: the final stage after it is what nothing deploys (a note, as with a compose build.target; QA36 containers7 D1).
      expect(await at(productionServer, { Dockerfile: `FROM ruby:3.3.5-slim AS app\nCMD ["bundle", "exec", "puma"]\n${RAILS_DF}`, 'config/deploy.yml': kamal(WEB, `builder:\n  target: app\n${CLEAR}`) })).toEqual(['NOTE Dockerfile:7 CMD starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment)']);
      // A development destination's env is not production's; a tag's value reaches only its hosts (it may: not judged).
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB), 'config/deploy.dev.yml': CLEAR })).toEqual(FAIL);
      expect(await at(productionServer, { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB, 'env:\n  tags:\n    prod:\n      RAILS_ENV: production\n') })).toEqual([]);
    });
    it('a role that runs the CMD without it, beside one that sets it, fails at its key, naming the destination', async () => {
      const roles = '  web:\n    hosts: [1.2.3.4]\n    env:\n      clear:\n        RAILS_ENV: production\n  admin:\n    hosts: [1.2.3.5]\n  job:\n    hosts: [1.2.3.6]\n    cmd: bin/jobs\n';
      const out = await runCase(productionServer, { files: { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(roles) } });
      expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
        "config/deploy.yml:9:3 Kamal role 'admin' (deploy.yml) runs Dockerfile's CMD (Dockerfile:5), which starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment), and the role sets no RAILS_ENV (Kamal role 'web' (deploy.yml) sets it in servers.web.env.clear in config/deploy.yml:8); set RAILS_ENV=production in its env (env: clear:) or the app's, or ENV RAILS_ENV=production in the image",
      ]);
      // Destinations: production sets it, staging does not (the role is written in the base file).
      const dests = { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB), 'config/deploy.production.yml': CLEAR, 'config/deploy.staging.yml': 'env:\n  clear:\n    LOG_LEVEL: debug\n' };
      expect(await at(productionServer, dests)).toEqual(["config/deploy.yml:4 Kamal role 'web' (deploy.yml, destination 'staging') runs Dockerfile's CMD (Dockerfile:5)"]);
      expect((await runCase(productionServer, { files: dests })).findings[0]!.message).toContain("and the role sets no RAILS_ENV (Kamal role 'web' (deploy.yml, destination 'production') sets it in env.clear in config/deploy.production.yml:3)");
      // A compose service that sets it and a Kamal role that does not.
      const both = { Dockerfile: RAILS_DF, 'config/deploy.yml': kamal(WEB), 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n' };
      expect(await at(productionServer, both)).toEqual(["config/deploy.yml:4 Kamal role 'web' (deploy.yml) runs Dockerfile's CMD (Dockerfile:5)"]);
      expect((await runCase(productionServer, { files: both })).findings[0]!.message).toContain("(compose service 'web' sets it in service 'web' environment in docker-compose.yml:5)");
    });
    it('a role cmd is judged with the env Kamal gives it and the image ENV: rails server without RAILS_ENV fails at the cmd', async () => {
      const roles = '  web:\n    hosts: [10.0.0.10]\n    cmd: bin/rails server -b 0.0.0.0\n  worker:\n    hosts: [10.0.0.11]\n    cmd: bundle exec sidekiq\n';
      const IMG = 'FROM ruby:3.3.5-slim\nWORKDIR /rails\nCOPY . .\nUSER 1000:1000\nCMD ["./bin/rails", "server"]\n';
      const NOTE = "NOTE Dockerfile:5 CMD starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment) (replaced by deploy.yml roles' cmd in production)";
      expect(await at(productionServer, { Dockerfile: IMG, 'config/deploy.yml': kamal(roles) })).toEqual([
        NOTE, "config/deploy.yml:6 deploy.yml role 'web' cmd starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment)",
      ]);
      // Set by the app's env, the role's env, a secret, the image's ENV, or on the command line: passes.
      expect(await at(productionServer, { Dockerfile: IMG, 'config/deploy.yml': kamal(roles, CLEAR) })).toEqual([NOTE]);
      expect(await at(productionServer, { Dockerfile: IMG, 'config/deploy.yml': kamal(roles.replace('    cmd: bin/rails', '    env:\n      clear:\n        RAILS_ENV: production\n    cmd: bin/rails')) })).toEqual([NOTE]);
      expect(await at(productionServer, { Dockerfile: IMG, 'config/deploy.yml': kamal(roles, 'env:\n  secret:\n    - RAILS_ENV\n') })).toEqual([NOTE]);
      expect(await at(productionServer, { Dockerfile: IMG.replace('USER', 'ENV RAILS_ENV=production\nUSER'), 'config/deploy.yml': kamal(roles) })).toEqual([]);
      expect(await at(productionServer, { Dockerfile: IMG, 'config/deploy.yml': kamal(roles.replace('cmd: bin/rails server', 'cmd: bin/rails server -e production'), CLEAR.replace('production', 'development')) })).toEqual([NOTE]);
      // Destinations that give it different env: the one without it is named.
      expect(await at(productionServer, { Dockerfile: IMG, 'config/deploy.yml': kamal(roles), 'config/deploy.production.yml': CLEAR, 'config/deploy.staging.yml': 'servers:\n  web:\n    hosts: [10.1.0.10]\n' })).toEqual([
        NOTE, "config/deploy.yml:6 deploy.yml role 'web' cmd (destination 'staging') starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment)",
      ]);
      // A Procfile's platform (a Ruby buildpack) sets RAILS_ENV=production: still not judged.
      expect(await at(productionServer, { Procfile: 'web: bin/rails server -p $PORT\n' })).toEqual([]);
    });
  });
  it('DigitalOcean specs wrapped in spec: (the deploy button template) are read; a service run_command replaces its Dockerfile CMD', async () => {
    const files = {
      '.do/deploy.template.yaml': 'spec:\n  name: sample\n  services:\n    - name: web\n      git:\n        repo_clone_url: https://github.com/acme/app.git\n      run_command: nodemon server.js\n      envs:\n        - key: NODE_ENV\n          value: development\n',
      '.do/app.yaml': 'name: api\nservices:\n  - name: api\n    dockerfile_path: docker/Dockerfile\n    run_command: gunicorn app:app\n',
      'docker/Dockerfile': DF,
    };
    expect(await at(productionServer, files)).toEqual([
      ".do/deploy.template.yaml:7 deploy.template.yaml service 'web' run_command starts a development server: nodemon",
      "NOTE docker/Dockerfile:3 CMD starts a development server: flask run (replaced by app.yaml service 'api' run_command in production)",
    ]);
    expect(await at(debugMode, files)).toEqual([".do/deploy.template.yaml:10 deploy.template.yaml service 'web' sets NODE_ENV=development"]);
     // A development spec (`.do/app.dev.yaml`: its commands are notes) replaces no production CMD.
    const dev = { '.do/app.dev.yaml': files['.do/app.yaml'].replace('gunicorn app:app', 'flask run'), 'docker/Dockerfile': DF };
    expect(await at(productionServer, dev)).toEqual([
      "NOTE .do/app.dev.yaml:5 app.dev.yaml service 'api' run_command starts a development server: flask run",
      'docker/Dockerfile:3 CMD starts a development server: flask run',
    ]);
  });
  it('App Engine service files other than app.yaml (runtime + service) are read; dispatch.yaml and cron.yaml are not', async () => {
    const files = {
      'worker.yaml': 'runtime: python312\nservice: worker\nentrypoint: python manage.py runserver 0.0.0.0:$PORT\nenv_variables:\n  DEBUG: "1"\n',
      'dispatch.yaml': 'dispatch:\n  - url: "*/api/*"\n    service: api\n',
      'cron.yaml': 'cron:\n  - description: daily\n    url: /tasks/daily\n    schedule: every 24 hours\n',
      'config/service.yaml': 'runtime: docker\nservice: x\nentrypoint: flask run\n',
    };
    expect(await at(productionServer, files)).toEqual(['worker.yaml:3 worker.yaml entrypoint starts a development server: manage.py runserver']);
    expect(await at(debugMode, files)).toEqual(['worker.yaml:5 worker.yaml env_variables sets DEBUG=1']);
  });
});

// QA29 rubyetc D3: `cargo run` compiles the app from source on every start, as `go run` does.
describe('production-server: cargo run (QA29 rubyetc D3)', () => {
  it('is a development run with or without --release; cargo build and the binary pass', async () => {
    const cases: [string[], string | null][] = [
      [['cargo', 'run'], 'cargo run'], [['cargo', 'run', '--release', '--bin', 'api'], 'cargo run --release'], [['cargo', '+nightly', 'run', '-r'], 'cargo run --release'],
      [['cargo', '--locked', 'run', '--', '--port', '8080'], 'cargo run'], [['/usr/local/cargo/bin/cargo', '--color', 'never', 'run'], 'cargo run'],
      [['cargo', 'build', '--release'], null], [['cargo', 'test'], null], [['/app/target/release/api'], null], [['cargo', 'install', 'sqlx-cli'], null],
      [['cargo', '--config', 'run', 'build'], null],
    ];
    for (const [argv, what] of cases) { const v = classify(argv); expect(v.kind === 'dev' ? v.what : null, argv.join(' ')).toBe(what); }
    const out = await runCase(productionServer, { name: 'cargo', files: {
      Dockerfile: 'FROM rust:1.83\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["cargo", "run"]\n',
      'svc/Dockerfile': 'FROM rust:1.83 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\nFROM debian:bookworm-slim\nCOPY --from=build /src/target/release/api /usr/local/bin/api\nUSER 10001\nCMD ["api"]\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'Dockerfile:5 CMD starts a development server: cargo run; build a release binary in a build stage (cargo build --release) and run it from a slim runtime image: cargo run compiles the app from source on every start (a debug build without --release) and needs the whole Rust toolchain and the sources in the image',
    ]);
  });
});

// QA29 rubyetc D2: Phoenix started by mix runs MIX_ENV, `dev` unless set (config/dev.exs: code reloader, debug error pages).
describe('production-server: mix phx.server without MIX_ENV=prod (QA29 rubyetc D2)', () => {
  const ELIXIR = 'FROM elixir:1.16.2-alpine\nWORKDIR /app\nCOPY . .\n';
  const judge = async (files: Record<string, string>) => {
    const out = await runCase(productionServer, { name: 'mix', files });
    expect(out.error).toBeUndefined();
    return out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message.split(';')[0]]);
  };
  it('fails mix phx.server and iex -S mix phx.server where MIX_ENV is dev or unset', async () => {
    expect(await judge({
      Dockerfile: `${ELIXIR}ENV MIX_ENV=dev\nCMD ["mix", "phx.server"]\n`,
      'noenv/Dockerfile': `${ELIXIR}CMD ["mix", "phx.server"]\n`,
      'iex/Dockerfile': `${ELIXIR}CMD ["iex", "--sname", "web", "-S", "mix", "phx.server"]\n`,
      'cmdline/Dockerfile': `${ELIXIR}ENV MIX_ENV=prod\nCMD MIX_ENV=dev elixir -S mix phx.server\n`,
      'docker-compose.yml': 'services:\n  web:\n    build: noenv\n    environment:\n      MIX_ENV: prod\n  jobs:\n    build: noenv\n',
    })).toEqual([
      // MIX_ENV set to dev is named where it is set (QA48 selfhost28 D3), not said to be missing.
      ['Dockerfile', 5, false, 'CMD starts a development server: mix phx.server with MIX_ENV=dev, set by ENV in Dockerfile:4 (mix runs its dev environment: code reloader and debug error pages)'],
      ['cmdline/Dockerfile', 5, false, 'CMD starts a development server: elixir -S mix phx.server with MIX_ENV=dev, set by the command line (mix runs its dev environment: code reloader and debug error pages)'],
      ['iex/Dockerfile', 4, false, 'CMD starts a development server: iex -S mix phx.server without MIX_ENV=prod (mix runs its dev environment: code reloader and debug error pages)'],
      // A compose service that runs the image without MIX_ENV, beside one that sets it.
      ['docker-compose.yml', 6, false, "compose service 'jobs' runs noenv/Dockerfile's CMD (noenv/Dockerfile:4), which starts a development server: mix phx.server without MIX_ENV=prod (mix runs its dev environment: code reloader and debug error pages), and the service sets no MIX_ENV (compose service 'web' sets it in service 'web' environment in docker-compose.yml:5)"],
    ]);
    const out = await runCase(productionServer, { name: 'msg', files: { Dockerfile: `${ELIXIR}CMD ["mix", "phx.server"]\n` } });
    expect(out.findings[0]!.message).toMatch(/; build a release \(MIX_ENV=prod mix release; mix phx.gen.release --docker writes the Dockerfile\) and run it/);
    expect(out.findings[0]!.fix).toMatch(/^Build a release \(MIX_ENV=prod mix release/);
  });
  it('passes MIX_ENV=prod however it reaches the process, releases, buildpack Procfiles and other mix tasks', async () => {
    expect(await judge({
      Dockerfile: `${ELIXIR}ENV MIX_ENV=prod\nCMD ["mix", "phx.server"]\n`,
      'arg/Dockerfile': `${ELIXIR}ARG MIX_ENV=prod\nENV MIX_ENV=\${MIX_ENV}\nCMD ["iex", "-S", "mix", "phx.server"]\n`,
      'cmd/Dockerfile': `${ELIXIR}CMD MIX_ENV=prod mix phx.server\n`,
      'release/Dockerfile': 'FROM hexpm/elixir:1.16.2-erlang-26.2.5-alpine-3.19.1 AS build\nWORKDIR /app\nENV MIX_ENV=prod\nCOPY . .\nRUN mix release\nFROM alpine:3.19.1\nCOPY --from=build /app/_build/prod/rel/myapp /app\nUSER nobody\nCMD ["/app/bin/server"]\n',
      'release/rel/overlays/bin/server': '#!/bin/sh\nset -eu\ncd -P -- "$(dirname -- "$0")"\nPHX_SERVER=true exec ./myapp start\n',
      'start/Dockerfile': `${ELIXIR}CMD ["/app/bin/myapp", "start"]\n`,
      'migrate/Dockerfile': `${ELIXIR}CMD ["mix", "ecto.migrate"]\n`,
      'docker-compose.yml': 'services:\n  web:\n    build: migrate\n    command: mix phx.server\n    environment:\n      MIX_ENV: prod\n',
      Procfile: 'web: mix phx.server\n',
    })).toEqual([]);
  });
});

// QA29 rubyetc D4: Rails' development launcher `bin/dev` (foreman with Procfile.dev, or Rails 8's Ruby `exec "./bin/rails", "server"`).
describe('production-server: bin/dev and Procfile process managers (QA29 rubyetc D4)', () => {
  const RUBY = 'FROM ruby:3.3-slim\nWORKDIR /rails\nCOPY . .\n';
  const BIN_DEV = '#!/usr/bin/env sh\nif ! gem list foreman -i --silent; then\n  gem install foreman\nfi\nexport PORT="${PORT:-3000}"\nexport RUBY_DEBUG_OPEN="true"\nexec foreman start -f Procfile.dev "$@"\n';
  const judge = async (files: Record<string, string>) => {
    const out = await runCase(productionServer, { name: 'bin/dev', files });
    expect(out.error).toBeUndefined();
    return out.findings.filter((f) => !f.note).map((f) => [f.file, f.line, f.message.split(';')[0]]);
  };
  it('follows foreman/overmind/honcho into the Procfile they run and a Ruby launcher into what it execs', async () => {
    expect(await judge({
      Dockerfile: `${RUBY}ENTRYPOINT ["/rails/bin/docker-entrypoint"]\nCMD ["bin/dev"]\n`,
      'bin/docker-entrypoint': '#!/bin/bash -e\nexec "${@}"\n', 'bin/dev': BIN_DEV,
      'Procfile.dev': 'web: bin/rails server -p 3000\ncss: bin/rails tailwindcss:watch\n',
      'r8/Dockerfile': `${RUBY}CMD ["./bin/dev"]\n`, 'r8/bin/dev': '#!/usr/bin/env ruby\nexec "./bin/rails", "server", *ARGV\n',
      'over/Dockerfile': `${RUBY}ENV RAILS_ENV=production\nCMD ["overmind", "start", "-f", "Procfile.web", "-l", "css,web"]\n`, 'over/Procfile.web': 'web: bundle exec puma\ncss: npx vite\n',
      'py/Dockerfile': 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["honcho", "start", "-f", "procs.txt", "web"]\n', 'py/procs.txt': 'web: flask run --host 0.0.0.0\nworker: celery -A tasks worker\n',
    })).toEqual([
      ['Dockerfile', 5, "ENTRYPOINT + CMD starts a development server: foreman process 'web' → rails server without RAILS_ENV=production (Rails starts in its development environment) (Procfile.dev:1)"],
      ['over/Dockerfile', 5, "CMD starts a development server: overmind process 'css' → vite (over/Procfile.web:2)"],
      ['py/Dockerfile', 4, "CMD starts a development server: honcho process 'web' → flask run (py/procs.txt:1)"],
      ['r8/Dockerfile', 4, 'CMD starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment) (r8/bin/dev:2)'],
    ]);
  });
  it('passes production environments, production processes, processes not started, and Ruby launchers it cannot read', async () => {
    expect(await judge({
      // RAILS_ENV from the image, or from the .env foreman loads; a process not named on the command line does not start.
      Dockerfile: `${RUBY}ENV RAILS_ENV=production\nCMD ["bin/dev"]\n`, 'bin/dev': BIN_DEV, 'Procfile.dev': 'web: bin/rails server -p 3000\n',
      'dotenv/Dockerfile': `${RUBY}CMD ["foreman", "start"]\n`, 'dotenv/Procfile': 'web: bin/rails server\n', 'dotenv/.env': 'RAILS_ENV=production\n',
      'only/Dockerfile': `${RUBY}CMD ["foreman", "start", "web"]\n`, 'only/Procfile': 'web: bundle exec puma -C config/puma.rb\ncss: npx vite\n',
      'puma/Dockerfile': `${RUBY}CMD ["bin/serve"]\n`, 'puma/bin/serve': '#!/usr/bin/env ruby\nexec "bundle", "exec", "puma", "-C", "config/puma.rb"\n',
      // A conditional exec, or one built from variables, is not followed.
      'cond/Dockerfile': `${RUBY}CMD ["bin/serve"]\n`, 'cond/bin/serve': '#!/usr/bin/env ruby\nif ENV["DEV"]\n  exec "./bin/rails", "server"\nend\nexec "./bin/rails", "server" if ENV["LOCAL"]\nexec "bundle", "exec", "puma"\n',
      'var/Dockerfile': `${RUBY}CMD ["bin/serve"]\n`, 'var/bin/serve': '#!/usr/bin/env ruby\nexec "bin/rails", "server", "-e", "#{ENV.fetch("RAILS_ENV", "production")}"\n',
      // foreman export writes service files: it starts nothing.
      'export/Dockerfile': `${RUBY}CMD ["foreman", "export", "systemd", "/etc/systemd/system"]\n`, 'export/Procfile': 'web: bin/rails server\n',
    })).toEqual([]);
  });
  it('reads an exec line with parentheses and a comment, and a long run of spaces in one quickly', async () => {
    const started = Date.now();
    expect(await judge({
      'r8/Dockerfile': `${RUBY}CMD ["./bin/dev"]\n`, 'r8/bin/dev': '#!/usr/bin/env ruby\nexec( "./bin/rails", "server", *ARGV ) # Rails 8\n',
      'slow/Dockerfile': `${RUBY}CMD ["bin/serve"]\n`, 'slow/bin/serve': `#!/usr/bin/env ruby\nexec "a"${' '.repeat(3000)})x\n`,
    })).toEqual([['r8/Dockerfile', 4, 'CMD starts a development server: rails server without RAILS_ENV=production (Rails starts in its development environment) (r8/bin/dev:2)']]);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

// QA29 pyservers D5: uWSGI's Python auto-reloader is a reloader, as gunicorn's --reload is.
describe('production-server: uWSGI py-autoreload (QA29 pyservers D5)', () => {
  const PY = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\n';
  const judge = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'uwsgi', files })).findings.filter((f) => !f.note).map((f) => [f.file, f.line, f.message.split(';')[0]]);
  it('fails py-autoreload > 0 on the command line or in the [uwsgi] section of the ini it loads', async () => {
    expect(await judge({
      Dockerfile: `${PY}CMD ["uwsgi", "--ini", "uwsgi.ini"]\n`, 'uwsgi.ini': '[uwsgi]\nmodule = app:app\nmaster = true\npy-autoreload = 1\n',
      'cli/Dockerfile': `${PY}CMD ["uwsgi", "--http", ":8000", "--module", "mysite.wsgi", "--py-autoreload", "1"]\n`,
      'eq/Dockerfile': `${PY}CMD uwsgi --python-autoreload=3 --module app:app\n`,
      'sect/Dockerfile': `${PY}CMD ["uwsgi", "--ini", "deploy.ini:dev"]\n`, 'sect/deploy.ini': '[uwsgi]\nmodule = app:app\n\n[dev]\nmodule = app:app\npy_autoreload = 2\n',
    })).toEqual([
      ['cli/Dockerfile', 5, 'CMD starts a development server: uwsgi --py-autoreload'],
      ['eq/Dockerfile', 5, 'CMD starts a development server: uwsgi --py-autoreload'],
      ['uwsgi.ini', 4, 'uwsgi config uwsgi.ini starts a development server: uwsgi with py-autoreload = 1 in uwsgi.ini (run by CMD in Dockerfile:5)'],
      ['sect/deploy.ini', 6, 'uwsgi config sect/deploy.ini starts a development server: uwsgi with py-autoreload = 2 in sect/deploy.ini (run by CMD in sect/Dockerfile:5)'],
    ]);
  });
  it('passes 0, another section, the command line turning it off, and touch-reload', async () => {
    expect(await judge({
      Dockerfile: `${PY}CMD ["uwsgi", "--ini", "uwsgi.ini"]\n`, 'uwsgi.ini': '[uwsgi]\nmodule = app:app\npy-autoreload = 0\n\n[dev]\npy-autoreload = 1\n',
      'off/Dockerfile': `${PY}CMD ["uwsgi", "--ini", "uwsgi.ini", "--py-autoreload", "0"]\n`, 'off/uwsgi.ini': '[uwsgi]\npy-autoreload = 1\n',
      'touch/Dockerfile': `${PY}CMD ["uwsgi", "--module", "app:app", "--touch-reload", "/app/reload"]\n`,
    })).toEqual([]);
  });
});

// QA29 pyservers D6: MkDocs' live-reloading development server.
describe('production-server: mkdocs serve (QA29 pyservers D6)', () => {
  it('fails mkdocs serve; mkdocs build served by nginx passes', async () => {
    expect(classify(['mkdocs', 'serve', '--dev-addr=0.0.0.0:8000'])).toMatchObject({ kind: 'dev', what: 'mkdocs serve' });
    expect(classify(['python', '-m', 'mkdocs', 'build']).kind).not.toBe('dev');
    expect(classify(['mkdocs', 'build']).kind).toBe('other');
    expect(classify(['mkdocs', 'gh-deploy']).kind).toBe('other');
    const out = await runCase(productionServer, { name: 'mkdocs', files: {
      Dockerfile: 'FROM python:3.12-slim\nUSER 1000\nCMD ["mkdocs", "serve", "--dev-addr=0.0.0.0:8000"]\n',
      'site/Dockerfile': 'FROM python:3.12-slim AS build\nCOPY . .\nRUN mkdocs build\nFROM nginx:1.27\nCOPY --from=build /site /usr/share/nginx/html\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual(['Dockerfile:3 CMD starts a development server: mkdocs serve; build the site (mkdocs build) and serve site/ with nginx or a CDN']);
  });
});

// QA29 deploy D5: render.yaml `dockerCommand` is the start command of a Docker service, in place of the image's CMD.
describe('production-server: render.yaml dockerCommand (QA29 deploy D5)', () => {
  it('is judged as a start command, and makes the CMD of the Dockerfile it replaces a note', async () => {
    const out = await runCase(productionServer, { name: 'render', files: {
      'render.yaml': 'services:\n  - type: web\n    name: api\n    runtime: docker\n    dockerfilePath: ./Dockerfile\n    dockerCommand: flask run --host 0.0.0.0 --port 10000\n',
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "-b", "0.0.0.0:10000", "app:app"]\n',
      'web/render.yaml': 'services:\n  - type: web\n    name: web\n    env: docker\n    rootDir: app\n    dockerCommand: gunicorn -w 4 app:app\n',
      'web/app/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run"]\n',
      'other/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run"]\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual([
      'other/Dockerfile:3 CMD starts a development server: flask run',
      'web/app/Dockerfile:3 note CMD starts a development server: flask run',
      'render.yaml:6 render.yaml dockerCommand starts a development server: flask run',
    ]);
  });
});

// QA29 rubyetc D5 / pyservers D7: the advice, and the finding's fix line, fit the stack found.
describe('production-server: advice by stack (QA29 rubyetc D5, pyservers D7)', () => {
  it('Quart gets hypercorn, Dash gunicorn app:server, Flask gunicorn app:app; each finding carries its own fix', async () => {
    const out = await runCase(productionServer, { name: 'stack', files: {
      'q/Dockerfile': 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'q/app.py': 'from quart import Quart\n\napp = Quart(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0")\n',
      'd/Dockerfile': 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'd/app.py': 'from dash import Dash, html\n\napp = Dash(__name__)\nserver = app.server\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8050)\n',
      'f/Dockerfile': 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'f/app.py': `${FLASK_APP}\nif __name__ == "__main__":\n    app.run(host="0.0.0.0")\n`,
      'r/Dockerfile': 'FROM ruby:3.3-slim\nCMD ["bin/rails", "server"]\n',
    } });
    expect(out.findings.map((f) => [f.file, f.fix])).toEqual([
      ['d/Dockerfile', "Serve the Dash app's Flask server with gunicorn (server = app.server, then gunicorn -w 4 -b 0.0.0.0:8000 app:server)."],
      ['f/Dockerfile', 'Serve the WSGI app with gunicorn (gunicorn -w 4 -b 0.0.0.0:8000 app:app) or waitress.'],
      ['q/Dockerfile', 'Serve the ASGI app with hypercorn (hypercorn --workers 4 --bind 0.0.0.0:8000 app:app) or uvicorn.'],
      ['r/Dockerfile', expect.stringMatching(/^Set RAILS_ENV=production for the process/)],
    ]);
    for (const f of out.findings) expect(f.message).toContain(f.fix!.slice(1, -1));
  });
  it('reads the framework of a module with a long run of blank lines quickly', async () => {
    const started = Date.now();
    const out = await runCase(productionServer, { name: 'blank', files: {
      Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': `from flask import Flask\napp = Flask(__name__)\n${'\n'.repeat(40000)}app.run(host="0.0.0.0")\n`,
    } });
    expect(out.findings.map((f) => f.fix)).toEqual(['Serve the WSGI app with gunicorn (gunicorn -w 4 -b 0.0.0.0:8000 app:app) or waitress.']);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

it('QA 30: Quarkus dev mode fails, with advice for the build tool it names (Maven target/, Gradle build/)', async () => {
  const out = await runCase(productionServer, { name: 'quarkus', files: {
    'maven/Dockerfile': 'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["./mvnw", "quarkus:dev", "-Dquarkus.http.host=0.0.0.0"]\n',
    'gradle/Dockerfile': 'FROM gradle:8-jdk21\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["./gradlew", "quarkusDev"]\n',
    'jar/Dockerfile': 'FROM registry.access.redhat.com/ubi9/openjdk-21-runtime:1.20\nCOPY target/quarkus-app/ /deployments/\nCMD ["java", "-jar", "/deployments/quarkus-run.jar"]\n',
  } });
  expect(out.findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([['gradle/Dockerfile', 5, false], ['maven/Dockerfile', 5, false]]);
  expect(out.findings[0]!.message).toMatch(/gradlew quarkusDev; build the app \(\.\/gradlew build\) and run it \(java -jar build\/quarkus-app\/quarkus-run\.jar\)/);
  expect(out.findings[1]!.message).toMatch(/mvnw quarkus:dev; package the app \(\.\/mvnw package, or quarkus build\) and run it \(java -jar target\/quarkus-app\/quarkus-run\.jar\)/);
});

describe('QA31 servers D1: the reloader turned on by UVICORN_RELOAD (GRANIAN_RELOAD), as uvicorn\'s CLI reads its UVICORN_ variables', () => {
  const HEAD = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\n';
  const found = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'uvicorn env reload', files: { 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n', ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`).sort();
  it('fails where the command runs, naming the variable and where it is set', async () => {
    expect(await found({
      'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    command: uvicorn main:app --host 0.0.0.0\n    environment:\n      UVICORN_RELOAD: "true"\n',
      Dockerfile: `${HEAD}ENV UVICORN_RELOAD=1\nCMD ["python", "-m", "uvicorn", "main:app", "--host", "0.0.0.0"]\n`,
      Procfile: 'web: UVICORN_RELOAD=yes uvicorn main:app --port $PORT\n',
      'k8s/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          command: ["granian", "--interface", "asgi", "main:app"]\n          env:\n            - name: GRANIAN_RELOAD\n              value: "True"\n',
    })).toEqual([
      'Dockerfile:6 CMD starts a development server: uvicorn --reload (UVICORN_RELOAD=1, set by ENV in Dockerfile:5)',
      'Procfile:1 Procfile web starts a development server: uvicorn --reload (UVICORN_RELOAD=yes, set by the command line)',
      "docker-compose.yml:4 service 'api' command starts a development server: uvicorn --reload (UVICORN_RELOAD=true, set by service 'api' environment in docker-compose.yml:6)",
      "k8s/api.yaml:10 container 'api' command starts a development server: granian --reload (GRANIAN_RELOAD=True, set by container 'api' env in k8s/api.yaml:13)",
    ]);
    const out = await runCase(productionServer, { name: 'fix', files: { 'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0\n    command: uvicorn main:app\n    environment:\n      UVICORN_RELOAD: "true"\n' } });
    expect(out.findings[0]!.fix).toMatch(/^Remove UVICORN_RELOAD from the process's environment \(or set it to false\)/);
  });
  it('passes an off value, an empty one, the variable of another server, and uvicorn.run() in code (which reads no UVICORN_ variable)', async () => {
    const compose = (env: string, command = 'uvicorn main:app --workers 4') => ({ 'docker-compose.yml': `services:\n  api:\n    image: acme/api:1.0\n    command: ${command}\n    environment:\n${env}` });
    expect(await found(compose('      UVICORN_RELOAD: "false"\n'))).toEqual([]);
    expect(await found(compose('      UVICORN_RELOAD: 0\n'))).toEqual([]);
    expect(await found(compose('      - UVICORN_RELOAD=\n'))).toEqual([]);
    expect(await found(compose('      UVICORN_RELOAD_DIRS: "/app"\n'))).toEqual([]);
    // gunicorn's UvicornWorker and hypercorn do not read it; granian does not read uvicorn's.
    expect(await found(compose('      UVICORN_RELOAD: "true"\n', 'gunicorn -k uvicorn.workers.UvicornWorker main:app'))).toEqual([]);
    expect(await found(compose('      UVICORN_RELOAD: "true"\n', 'hypercorn main:app'))).toEqual([]);
    expect(await found(compose('      UVICORN_RELOAD: "true"\n', 'granian --interface asgi main:app'))).toEqual([]);
    expect(await found({ Dockerfile: `${HEAD}ENV UVICORN_RELOAD=true\nCMD ["python", "main.py"]\n`, 'main.py': 'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == "__main__":\n    uvicorn.run(app, host="0.0.0.0")\n' })).toEqual([]);
  });
});

describe('QA31 servers D2: use_reloader in the config file hypercorn loads', () => {
  const HEAD = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\n';
  const found = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'hypercorn conf', files: { 'main.py': 'from quart import Quart\napp = Quart(__name__)\n', ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(' (run by')[0]}`);
  it('fails at the use_reloader line of the TOML file, the file: Python file or the python: module -c names', async () => {
    expect(await found({ Dockerfile: `${HEAD}CMD ["hypercorn", "--config", "hypercorn.toml", "main:app"]\n`, 'hypercorn.toml': 'bind = ["0.0.0.0:8000"]\nworkers = 4\nuse_reloader = true\n' })).toEqual([
      'hypercorn.toml:3 hypercorn config hypercorn.toml starts a development server: hypercorn with use_reloader = true in hypercorn.toml',
    ]);
    expect(await found({ Procfile: 'web: hypercorn -c file:config/hypercorn.py main:app\n', 'config/hypercorn.py': 'workers = 2\nuse_reloader = True\n' })).toEqual([
      'config/hypercorn.py:2 hypercorn config config/hypercorn.py starts a development server: hypercorn with use_reloader = True in config/hypercorn.py',
    ]);
    expect(await found({ Procfile: 'web: hypercorn --config=python:conf.hyper main:app\n', 'conf/__init__.py': '', 'conf/hyper.py': 'use_reloader = True\n' })).toEqual([
      'conf/hyper.py:1 hypercorn config conf/hyper.py starts a development server: hypercorn with use_reloader = True in conf/hyper.py',
    ]);
    // A development-only entry point gives a note.
    expect(await found({ 'Procfile.dev': 'web: hypercorn -c hypercorn.toml main:app\n', 'hypercorn.toml': 'use_reloader = true\n' })).toEqual([
      'hypercorn.toml:1 note hypercorn config hypercorn.toml starts a development server: hypercorn with use_reloader = true in hypercorn.toml',
    ]);
  });
  it('passes use_reloader = false, a key inside a TOML table, a commented one, and a config hypercorn does not load', async () => {
    const cmd = { Procfile: 'web: hypercorn -c hypercorn.toml main:app\n' };
    expect(await found({ ...cmd, 'hypercorn.toml': 'use_reloader = false\n' })).toEqual([]);
    expect(await found({ ...cmd, 'hypercorn.toml': 'workers = 4\n# use_reloader = true\n[tool.dev]\nuse_reloader = true\n' })).toEqual([]);
    // hypercorn loads no config file without -c; a TOML file given as file: is Python (true is no Python literal).
    expect(await found({ Procfile: 'web: hypercorn main:app\n', 'hypercorn.toml': 'use_reloader = true\n' })).toEqual([]);
    expect(await found({ Procfile: 'web: hypercorn -c file:hypercorn.py main:app\n', 'hypercorn.py': 'import os\nuse_reloader = os.getenv("DEV") == "1"\n' })).toEqual([]);
    // gunicorn does not read hypercorn's key.
    expect(await found({ Procfile: 'web: gunicorn -c hypercorn.toml main:app\n', 'hypercorn.toml': 'use_reloader = true\n' })).toEqual([]);
  });
});

describe('QA31 servers D3: an unguarded app.run() in a project module the served module imports (one hop)', () => {
  const APP = (tail: string) => `from flask import Flask\napp = Flask(__name__)\n${tail}`;
  const found = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'transitive', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  it('fails when gunicorn imports wsgi.py, which imports the module that starts the dev server on import', async () => {
    expect(await found({ Procfile: 'web: gunicorn wsgi:application\n', 'wsgi.py': 'from app import app\n\napplication = app\n', 'app.py': APP('app.run(host="0.0.0.0")\n') })).toEqual([
      'Procfile:1 Procfile web starts a development server: app.run() at module level, run when gunicorn imports wsgi.py, which imports app.py (app.py:3)',
    ]);
    // A package's wsgi module with a relative import, and `import x` of a package.
    expect(await found({ Dockerfile: 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["gunicorn", "site.wsgi:app"]\n', 'site/__init__.py': '', 'site/wsgi.py': 'from .web import app\n', 'site/web.py': APP('app.run()\n') }))
      .toEqual(['Dockerfile:4 CMD starts a development server: app.run() at module level, run when gunicorn imports wsgi.py, which imports web.py (site/web.py:3)']);
    // `from . import web`: a module of the package too.
    expect(await found({ Procfile: 'web: gunicorn site.wsgi:app\n', 'site/__init__.py': '', 'site/wsgi.py': 'from . import web\napp = web.app\n', 'site/web.py': APP('app.run()\n') }))
      .toEqual(['Procfile:1 Procfile web starts a development server: app.run() at module level, run when gunicorn imports wsgi.py, which imports web.py (site/web.py:3)']);
    expect(await found({ Procfile: 'web: uvicorn asgi:app\n', 'asgi.py': 'import os, web\napp = web.app\n', 'web/__init__.py': APP('app.run()\n') }).then((x) => x.map((m) => m.split(' starts')[0]))).toEqual(['Procfile:1 Procfile web']);
    // debug-mode fails the module-level app.run(debug=True) production imports that way too.
    const debug = await runCase(debugMode, { name: 'transitive debug', files: { Procfile: 'web: gunicorn wsgi:app\n', 'wsgi.py': 'from app import app\n', 'app.py': APP('app.run(debug=True)\n') } });
    expect(debug.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['app.py:3']);
  });
  it('passes a guarded run (a local entry point: a note), an import inside a function, a second hop, and a module not imported', async () => {
    expect(await found({ Procfile: 'web: gunicorn wsgi:application\n', 'wsgi.py': 'from app import app as application\n', 'app.py': APP('if __name__ == "__main__":\n    app.run(debug=True)\n') }))
      .toEqual(['app.py:4 note app.run(debug=True) under if __name__ == "__main__" is a local entry point only: production imports this module through Procfile web (Procfile:1)']);
    expect(await found({ Procfile: 'web: gunicorn wsgi:application\n', 'wsgi.py': 'def application(environ, start_response):\n    from app import app\n    return app(environ, start_response)\n', 'app.py': APP('app.run()\n') })).toEqual([]);
    expect(await found({ Procfile: 'web: gunicorn wsgi:app\n', 'wsgi.py': 'from web import app\n', 'web.py': 'from flask import Flask\nimport devserver\napp = Flask(__name__)\n', 'devserver.py': APP('app.run()\n') })).toEqual([]);
    expect(await found({ Procfile: 'web: gunicorn wsgi:app\n', 'wsgi.py': 'from flask import Flask\napp = Flask(__name__)\n', 'run.py': 'from wsgi import app\napp.run(debug=True)\n' })).toEqual([]);
    // The module named is the one in the folder the server imports from, not a file of that name elsewhere.
    expect(await found({ Procfile: 'web: gunicorn wsgi:app\n', 'wsgi.py': 'from web import app\n', 'tools/web.py': APP('app.run()\n') })).toEqual([]);
  });
});

describe('QA31 fullrepos4 D1: the app built and run in one expression, create_app().run(debug=True)', () => {
  it('is found like app.run(): a note under the __main__ guard of the module gunicorn imports, a failure when production runs the script', async () => {
    const MOD = 'from flask import Flask\n\ndef create_app():\n    app = Flask(__name__)\n    return app\n\nif __name__ == "__main__":\n    create_app().run(host="0.0.0.0", debug=True)\n';
    const note = await runCase(productionServer, { name: 'factory note', files: { Dockerfile: 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["gunicorn", "-w", "4", "app:create_app()"]\n', 'app/__init__.py': MOD } });
    expect(note.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(':')[0]}`)).toEqual(['app/__init__.py:8:5 note create_app().run(debug=True) under if __name__ == "__main__" is a local entry point only']);
    const script = await runCase(productionServer, { name: 'factory script', files: { Dockerfile: 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["python", "run.py"]\n', 'run.py': MOD } });
    expect(script.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`)).toEqual(['Dockerfile:4 CMD starts a development server: python run.py calling create_app().run() (run.py:8)']);
    expect(pythonRunCalls('from flask import Flask\nFlask(__name__).run()\n').map((c) => [c.call, c.scope, c.dev])).toEqual([['Flask().run', 'module', true]]);
    // Sanic's own run is production-grade: a create_app() of a Sanic module is not taken for Flask's.
    expect(pythonRunCalls('from sanic import Sanic\ndef create_app():\n    return Sanic("x")\nif __name__ == "__main__":\n    create_app().run(workers=4)\n')).toEqual([]);
    expect(pythonRunCalls('from flask import Flask\nmake_app().run()\n')).toEqual([]);
  });
});

describe('QA31 servers: the runserver advice names the project\'s own wsgi module', () => {
  it('takes the settings package manage.py names, else the settings\' WSGI/ASGI_APPLICATION package, else says project', async () => {
    const files = { Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD python manage.py runserver 0.0.0.0:8000\n', 'manage.py': '#!/usr/bin/env python\nimport os, sys\nif __name__ == "__main__":\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\n' };
    const fixOf = async (f: Record<string, string>) => (await runCase(productionServer, { name: 'advice', files: f })).findings.map((x) => x.fix);
    expect(await fixOf(files)).toEqual(['Serve mysite.wsgi with gunicorn (or mysite.asgi with uvicorn/daphne).']);
    expect(await fixOf({ ...files, 'manage.py': files['manage.py'].replace('mysite.settings', 'config.settings.production') })).toEqual(['Serve config.wsgi with gunicorn (or config.asgi with uvicorn/daphne).']);
    expect(await fixOf({ ...files, 'other/manage.py': files['manage.py'].replace('mysite', 'othersite') })).toEqual(['Serve project.wsgi with gunicorn (or project.asgi with uvicorn/daphne).']);
    // Without manage.py: the package of the settings' WSGI_APPLICATION/ASGI_APPLICATION (QA34 fullrepos11 D8); ASGI only names the asgi module alone.
    const bare = { Dockerfile: files.Dockerfile };
    expect(await fixOf({ ...bare, 'chat/settings/base.py': 'ASGI_APPLICATION = "chat.asgi.application"\n' })).toEqual(['Serve chat.asgi with daphne or uvicorn (the settings name ASGI_APPLICATION only).']);
    expect(await fixOf({ ...bare, 'shop/settings.py': 'WSGI_APPLICATION = "shop.wsgi.application"\nASGI_APPLICATION = "shop.asgi.application"\n' })).toEqual(['Serve shop.wsgi with gunicorn (or shop.asgi with uvicorn/daphne).']);
    expect(await fixOf({ ...files, 'mysite/settings/base.py': 'ASGI_APPLICATION = "mysite.asgi.application"\n' })).toEqual(['Serve mysite.asgi with daphne or uvicorn (the settings name ASGI_APPLICATION only).']);
    expect(await fixOf({ ...bare, 'a/settings.py': 'WSGI_APPLICATION = "a.wsgi.application"\n', 'b/settings.py': 'WSGI_APPLICATION = "b.wsgi.application"\n' })).toEqual(['Serve project.wsgi with gunicorn (or project.asgi with uvicorn/daphne).']);
  });
});

describe('QA33 dockerfile4 D1: a start script a Dockerfile here-document writes (COPY <<EOF /start.sh) is read', () => {
  const found = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'heredoc', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`);
  it('as the same script committed as a file is, named at its line in the Dockerfile', async () => {
    expect(await found({ Dockerfile: '# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCOPY --chmod=755 <<EOF /usr/local/bin/entrypoint.sh\n#!/bin/sh\nset -e\nflask db upgrade\nexec flask run --host=0.0.0.0\nEOF\nUSER 1000\nENTRYPOINT ["entrypoint.sh"]\n', 'app.py': FLASK_APP }))
      .toEqual(['Dockerfile:12 ENTRYPOINT starts a development server: flask run (Dockerfile:9)']);
    expect(await found({ Dockerfile: 'FROM python:3.12-slim\nCOPY <<EOF /start.sh\n#!/bin/sh\nexec python manage.py runserver 0.0.0.0:8000\nEOF\nRUN chmod +x /start.sh\nCMD ["/start.sh"]\n' }))
      .toEqual(['Dockerfile:7 CMD starts a development server: manage.py runserver (Dockerfile:4)']);
    // `<<-` (tabs stripped), a quoted delimiter, --chmod, a bare name on the PATH; `RUN cat > FILE <<EOF`; a file into a folder named by its delimiter.
    expect(await found({ Dockerfile: 'FROM python:3.12-slim\nCOPY --chmod=755 <<-\'EOF\' /usr/local/bin/start\n\t#!/bin/sh\n\texec flask run\n\tEOF\nCMD ["start"]\n' }))
      .toEqual(['Dockerfile:6 CMD starts a development server: flask run (Dockerfile:4)']);
    expect(await found({ Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nRUN cat > run.sh <<EOF && chmod +x run.sh\nexec python manage.py runserver\nEOF\nCMD ["./run.sh"]\n' }))
      .toEqual(['Dockerfile:6 CMD starts a development server: manage.py runserver (Dockerfile:4)']);
    expect(await found({ Dockerfile: 'FROM node:22\nCOPY <<start.sh <<other.txt /srv/\nexec npx nodemon index.js\nstart.sh\nhello\nother.txt\nCMD ["sh", "/srv/start.sh"]\n' }))
      .toEqual(['Dockerfile:7 CMD starts a development server: nodemon (Dockerfile:3)']);
    // A Python script (`python /app/run.py`) and a supervisord config written so.
    expect(await found({ Dockerfile: `FROM python:3.12-slim\nCOPY <<EOF /app/run.py\n${FLASK_APP}app.run(host="0.0.0.0")\nEOF\nCMD ["python", "/app/run.py"]\n` }))
      .toEqual(['Dockerfile:12 CMD starts a development server: python run.py calling app.run() (Dockerfile:10)']);
    expect(await found({ Dockerfile: 'FROM python:3.12-slim\nCOPY <<EOF /etc/supervisord.conf\n[program:web]\ncommand=flask run --host 0.0.0.0\nEOF\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n' }))
      .toEqual(['Dockerfile:4 supervisord program \'web\' starts a development server: flask run (run by CMD in Dockerfile:6)']);
  });
  it('is not read where the image has another file there, nor from a stage the image does not build on', async () => {
    // A later COPY of the repository's start.sh replaces it; a script running gunicorn passes; a builder stage's script is not the image's.
    expect(await found({ Dockerfile: 'FROM python:3.12-slim\nCOPY <<EOF /start.sh\nexec flask run\nEOF\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n', 'start.sh': '#!/bin/sh\nexec gunicorn app:app\n' })).toEqual([]);
    expect(await found({ Dockerfile: 'FROM python:3.12-slim\nCOPY <<EOF /start.sh\n#!/bin/sh\nflask db upgrade\nexec gunicorn -w 4 app:app\nEOF\nCMD ["/start.sh"]\n' })).toEqual([]);
    expect(await found({ Dockerfile: 'FROM python:3.12-slim AS dev\nCOPY <<EOF /start.sh\nexec flask run\nEOF\nFROM python:3.12-slim\nCOPY --from=dev /start.sh /start.sh\nCMD ["/start.sh"]\n' })).toEqual([]);
    // `>>` appends to a file the image has: not followed; nor is the body of a RUN that writes no file.
    expect(await found({ Dockerfile: 'FROM python:3.12-slim\nCOPY start.sh /start.sh\nRUN cat >> /start.sh <<EOF\nexec flask run\nEOF\nRUN <<EOF\nflask run\nEOF\nCMD ["/start.sh"]\n', 'start.sh': '#!/bin/sh\necho ok\n' })).toEqual([]);
  });
  it('debug-mode reads such a script without crashing, and names the Dockerfile', async () => {
    const out = await runCase(debugMode, { name: 'heredoc debug', files: { Dockerfile: 'FROM python:3.12-slim\nCOPY <<EOF /start.sh\n#!/bin/sh\nexport FLASK_DEBUG=1\nexec flask run --debug\nEOF\nCMD ["/start.sh"]\n' } });
    expect(out.error).toBeUndefined();
    expect(out.findings.every((f) => f.file === 'Dockerfile' && !f.message.includes('\u0000'))).toBe(true);
    expect(out.findings.length).toBeGreaterThan(0);
  });
});

describe('QA33 dockerfile4 D3: a CMD/ENTRYPOINT array written with single quotes (hadolint DL3025)', () => {
  const notes = async (docker: string) => (await runCase(productionServer, { name: 'x', files: { Dockerfile: docker } })).findings.map((f) => [f.line, f.note ?? false, f.message]);
  it('gives a note: no JSON to Docker, so the shell runs the line and starts nothing; the fix has double quotes', async () => {
    expect(await notes("FROM python:3.12\nUSER 1000\nCMD ['gunicorn','app:app']\n")).toEqual([
      [3, true, 'CMD [\'gunicorn\',\'app:app\'] is no JSON array to Docker (JSON strings take double quotes): it runs the whole line as a shell command (/bin/sh -c "[\'gunicorn\',\'app:app\']"), which starts no program and the container exits; write it with double quotes, CMD ["gunicorn", "app:app"]'],
    ]);
    expect(await notes("FROM python:3.12\nENTRYPOINT [\"/entry.sh\"]\nCMD [ 'serve', \"--port\" ]\n")).toEqual([
      [3, true, expect.stringContaining('the ENTRYPOINT gets /bin/sh -c "[ \'serve\', "--port" ]" as its arguments instead of the array\'s; write it with double quotes, CMD ["serve", "--port"]')],
    ]);
    expect(await notes("FROM python:3.12\nENTRYPOINT ['flask', 'run']\n")).toEqual([[2, true, expect.stringContaining('write it with double quotes, ENTRYPOINT ["flask", "run"]')]]);
  });
  it('leaves alone shell forms that merely start with [ or hold quotes, and one a later CMD replaces', async () => {
    expect(await notes("FROM python:3.12\nCMD [ -f '/app/ready' ] && exec gunicorn app:app\n")).toEqual([]);
    expect(await notes("FROM python:3.12\nCMD ['a' 'b']\n")).toEqual([]);
    // An apostrophe inside a double-quoted word is no single-quoted word (this array fails for its trailing comma).
    expect(await notes("FROM python:3.12\nCMD [\"sh\", \"-c\", \"echo 'hi' && exec gunicorn app:app\",]\n")).toEqual([]);
    expect(await notes("FROM python:3.12 AS base\nCMD ['gunicorn']\nFROM base\nCMD [\"gunicorn\", \"app:app\"]\n")).toEqual([]);
  });
});

describe('QA33 fullrepos7 D6: watchmedo auto-restart, a file-watching reloader like nodemon', () => {
  it('fails whatever command it wraps (a celery worker too); other watchmedo commands and the wrapped command alone pass', async () => {
    const out = await runCase(productionServer, { name: 'watchmedo', files: { 'docker-compose.yml': 'services:\n  worker:\n    image: acme/app:1.0\n    command: watchmedo auto-restart --directory=./ --pattern=*.py --recursive -- celery -A app worker -l info\n  beat:\n    image: acme/app:1.0\n    command: celery -A app beat\n  log:\n    image: acme/app:1.0\n    command: watchmedo log --recursive .\n' } });
    expect(out.findings.map((f) => `${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]} | ${f.fix}`)).toEqual([
      "4 service 'worker' command starts a development server: watchmedo auto-restart (a file-watching reloader) | Run the command without watchmedo auto-restart (it restarts the command on every file change, for development); the container's restart policy or a process manager restarts it on crashes.",
    ]);
    expect(classify(['watchmedo', 'auto-restart', '-d', '.', '--', 'gunicorn', 'app:app']).kind).toBe('dev');
    expect(classify(['watchmedo', 'tricks', 'tricks.yaml']).kind).not.toBe('dev');
  });
});

describe('QA33 fullrepos8 D1: the reloader switch a compose service sets for the Dockerfile CMD it runs as it is', () => {
  const HEAD = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\n';
  const GUNICORN = `${HEAD}CMD ["gunicorn", "wsgi:app"]\n`;
  const UVICORN = `${HEAD}CMD ["uvicorn", "main:app", "--host", "0.0.0.0"]\n`;
  const found = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'compose env reload', files: { 'wsgi.py': FLASK_APP, 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n', ...files } })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`).sort();
  const web = (env: string, extra = '') => `services:\n  web:\n    build: .\n${extra}    environment:\n${env}`;
  it('fails at the value that turns the reloader on, naming the service and the Dockerfile CMD (map, list and env_file forms)', async () => {
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': web('      GUNICORN_CMD_ARGS: "--bind=0.0.0.0:8000 --workers=3 --reload"\n') })).toEqual([
      "docker-compose.yml:5 compose service 'web' runs Dockerfile's CMD (Dockerfile:5) with its environment, which starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--bind=0.0.0.0:8000 --workers=3 --reload\", set by service 'web' environment in docker-compose.yml:5)",
    ]);
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': web('      - GUNICORN_CMD_ARGS=--reload --workers=3\n') })).toEqual([
      "docker-compose.yml:5 compose service 'web' runs Dockerfile's CMD (Dockerfile:5) with its environment, which starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload --workers=3\", set by service 'web' environment in docker-compose.yml:5)",
    ]);
    expect(await found({ Dockerfile: UVICORN, 'docker-compose.yml': web('      UVICORN_RELOAD: "true"\n') })).toEqual([
      "docker-compose.yml:5 compose service 'web' runs Dockerfile's CMD (Dockerfile:5) with its environment, which starts a development server: uvicorn --reload (UVICORN_RELOAD=true, set by service 'web' environment in docker-compose.yml:5)",
    ]);
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: .env.production\n', '.env.production': 'LOG_LEVEL=info\nGUNICORN_CMD_ARGS="--reload"\n' })).toEqual([
      ".env.production:2 compose service 'web' runs Dockerfile's CMD (Dockerfile:5) with its environment, which starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload\", set by env_file .env.production:2)",
    ]);
  });
  it('reports an env_file switch at its value, as env files are', async () => {
    const r = await runCase(productionServer, { name: 'compose env_file reload column', files: { 'wsgi.py': FLASK_APP, Dockerfile: GUNICORN, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    env_file: .env.production\n', '.env.production': 'export GUNICORN_CMD_ARGS="--reload"\n' } });
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['.env.production:1:26']);
  });
  it('fails the switch a production overlay sets over the base file\'s', async () => {
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': web('      GUNICORN_CMD_ARGS: "--workers 4"\n'), 'docker-compose.prod.yml': 'services:\n  web:\n    environment:\n      GUNICORN_CMD_ARGS: "--workers 4 --reload"\n' })).toEqual([
      "docker-compose.prod.yml:4 compose service 'web' runs Dockerfile's CMD (Dockerfile:5) with its environment, which starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--workers 4 --reload\", set by service 'web' environment in docker-compose.prod.yml:4)",
    ]);
  });
  it('passes a switch that does not turn it on, one a production overlay replaces, and services that run their own command or another image', async () => {
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': web('      GUNICORN_CMD_ARGS: "--workers 4"\n') })).toEqual([]);
    expect(await found({ Dockerfile: UVICORN, 'docker-compose.yml': web('      UVICORN_RELOAD: "false"\n') })).toEqual([]);
    // uvicorn does not read gunicorn's variable.
    expect(await found({ Dockerfile: UVICORN, 'docker-compose.yml': web('      GUNICORN_CMD_ARGS: "--reload"\n') })).toEqual([]);
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': web('      GUNICORN_CMD_ARGS: "--reload"\n'), 'docker-compose.prod.yml': 'services:\n  web:\n    environment:\n      GUNICORN_CMD_ARGS: "--workers 4"\n' })).toEqual([]);
    // Its own command is judged as a compose command (with its environment); an image built elsewhere does not run this CMD.
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': web('      GUNICORN_CMD_ARGS: "--reload"\n', '    command: gunicorn -w 4 wsgi:app\n') })).toEqual([
      "docker-compose.yml:4 service 'web' command starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload\", set by service 'web' environment in docker-compose.yml:6)",
    ]);
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.0\n    environment:\n      GUNICORN_CMD_ARGS: "--reload"\n' })).toEqual([]);
    // The Dockerfile's own CMD with --reload is reported there once, not again at the service.
    expect(await found({ Dockerfile: `${HEAD}CMD ["gunicorn", "--reload", "wsgi:app"]\n`, 'docker-compose.yml': web('      GUNICORN_CMD_ARGS: "--reload"\n') })).toEqual([
      'Dockerfile:5 CMD starts a development server: gunicorn --reload',
    ]);
  });
  it('is a note when the switch is in a development overlay or a development-only compose file', async () => {
    expect(await found({ Dockerfile: GUNICORN, 'docker-compose.yml': 'services:\n  web:\n    build: .\n', 'docker-compose.override.yml': 'services:\n  web:\n    environment:\n      GUNICORN_CMD_ARGS: "--reload"\n' })).toEqual([
      "docker-compose.override.yml:4 note compose service 'web' runs Dockerfile's CMD (Dockerfile:5) with its environment, which starts a development server: gunicorn --reload (GUNICORN_CMD_ARGS=\"--reload\", set by service 'web' environment in docker-compose.override.yml:4)",
    ]);
    expect(await found({ Dockerfile: UVICORN, 'docker-compose.dev.yml': web('      UVICORN_RELOAD: 1\n') })).toEqual([
      "docker-compose.dev.yml:5 note compose service 'web' runs Dockerfile's CMD (Dockerfile:5) with its environment, which starts a development server: uvicorn --reload (UVICORN_RELOAD=1, set by service 'web' environment in docker-compose.dev.yml:5)",
    ]);
  });
});

describe('compose string commands are split into words as compose splits them (QA34 compose4 D1)', () => {
  const found = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.replace(/;.*$/, '')}`);
  const svc = (key: string, block: string) => `services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    ${key}: ${block}`;
  it('reads the lines of a literal or folded block as one command (compose runs no shell: a line break is white space)', async () => {
    // A literal block over two lines.
    expect(await found({ 'docker-compose.yml': svc('command', '|\n      uvicorn app.main:app\n      --host 0.0.0.0 --port 8000 --reload\n') })).toEqual([
      "docker-compose.yml:4 service 'api' command starts a development server: uvicorn --reload",
    ]);
    // `entrypoint:` too, with the sub-command on the next line.
    expect(await found({ 'docker-compose.yml': svc('entrypoint', '|\n      python manage.py\n      runserver 0.0.0.0:8000\n') })).toEqual([
      "docker-compose.yml:4 service 'api' entrypoint starts a development server: manage.py runserver",
    ]);
    // A folded block whose later lines are indented more keeps those line breaks.
    expect(await found({ 'docker-compose.yml': svc('command', '>\n      uvicorn app.main:app\n        --host 0.0.0.0\n        --reload\n') })).toEqual([
      "docker-compose.yml:4 service 'api' command starts a development server: uvicorn --reload",
    ]);
    // A `#` word is no comment to compose: the lines after it are still read.
    expect(await found({ 'docker-compose.yml': svc('command', '|\n      gunicorn app:app #1\n      --reload\n') })).toEqual([
      "docker-compose.yml:4 service 'api' command starts a development server: gunicorn --reload",
    ]);
  });
  it('keeps the lines of a quoted shell script, which a shell runs one by one', async () => {
    // `sh -c "…"` in a block: the quoted script keeps its lines; the server is the second command, the first is a step.
    expect(await found({ 'docker-compose.yml': svc('command', '|\n      sh -c "python manage.py migrate\n      python manage.py runserver 0.0.0.0:8000"\n') })).toEqual([
      "docker-compose.yml:4 service 'api' command starts a development server: manage.py runserver",
    ]);
    expect(await found({ 'docker-compose.yml': svc('command', '["sh", "-c", "python manage.py migrate\\ngunicorn project.wsgi --reload"]\n') })).toEqual([
      "docker-compose.yml:4 service 'api' command starts a development server: gunicorn --reload",
    ]);
    // A script whose server line has no reloader passes: `--reload` on an earlier line (another command) is not the server's.
    expect(await found({ 'docker-compose.yml': svc('command', '["sh", "-c", "python manage.py collectstatic --noinput\\ngunicorn project.wsgi"]\n') })).toEqual([]);
    expect(await found({ 'docker-compose.yml': svc('command', '|\n      sh -c "echo --reload\n      gunicorn project.wsgi"\n') })).toEqual([]);
    // Words after `&&` outside quotes are never run by compose (no shell): as before, only the first command is judged.
    expect(await found({ 'docker-compose.yml': svc('command', '|\n      gunicorn project.wsgi\n      && flask run\n') })).toEqual([]);
  });
});
