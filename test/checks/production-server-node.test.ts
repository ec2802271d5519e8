import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { classify, pythonRunCalls, unwrap } from '../../src/checks/util/commands.js';
import { runCase, snapshotOf, testCheck } from '../helpers/check-tester.js';
import { executeCheck, parseOptions } from '../../src/engine/execute.js';

// pm2 process files (ecosystem.config.js, .cjs, .json, .yml), npm/yarn/pnpm workspaces, Sanic's app.run.

const NODE_DOCKERFILE = (cmd: string) => `FROM node:22-alpine\nRUN npm install -g pm2\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nUSER node\nCMD ${cmd}\n`;
const NEXT_PKG = '{"name":"web","scripts":{"dev":"next dev","build":"next build","start":"next start -p 3000"}}';
const eco = (app: string) => `module.exports = {\n  apps: [\n    {\n${app}\n    },\n  ],\n};\n`;
const SANIC = (run: string) => `from sanic import Sanic\nfrom sanic.response import json\n\napp = Sanic("api")\n\n@app.get("/")\nasync def index(request):\n    return json({"ok": True})\n\nif __name__ == "__main__":\n    ${run}\n`;

testCheck(productionServer, {
  valid: [
    { name: 'pm2-runtime ecosystem.config.js running the built server', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'package.json': NEXT_PKG,
      'ecosystem.config.js': eco("      name: 'api',\n      script: 'dist/server.js',\n      instances: 'max',\n      exec_mode: 'cluster',\n      watch: false,\n      env: { NODE_ENV: 'development' },\n      env_production: { NODE_ENV: 'production' },"),
    } },
    { name: 'pm2 app running npm start whose start script is next start', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "start", "ecosystem.config.js", "--env", "production"]'),
      'package.json': NEXT_PKG,
      'ecosystem.config.js': eco("      name: 'web',\n      script: 'npm',\n      args: 'start',"),
    } },
    { name: 'watch and a dev script in comments, strings and a commented-out app are not read', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'package.json': NEXT_PKG,
      'ecosystem.config.js': "// { script: 'npm', args: 'run dev', watch: true }\nmodule.exports = {\n  apps: [\n    /* { name: 'dev', script: 'npm', args: 'run dev', watch: true }, */\n    { name: 'web', script: 'npm', args: 'start', description: 'watch: true in dev' },\n  ],\n};\n",
    } },
    { name: 'an ecosystem file nobody starts is not judged', files: {
      Dockerfile: NODE_DOCKERFILE('["node", "dist/server.js"]'),
      'package.json': NEXT_PKG,
      'ecosystem.config.js': eco("      name: 'web',\n      script: 'npm',\n      args: 'run dev',\n      watch: true,"),
    } },
    { name: '--only starts the named app alone', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js", "--only", "api"]'),
      'package.json': NEXT_PKG,
      'ecosystem.config.js': "module.exports = {\n  apps: [\n    { name: 'api', script: 'dist/server.js' },\n    { name: 'local', script: 'npm', args: 'run dev', watch: true },\n  ],\n};\n",
    } },
    { name: 'a pm2 YAML process file without watch', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "process.yml"]'),
      'process.yml': 'apps:\n  - name: api\n    script: ./dist/index.js\n    instances: 2\n    watch: false\n',
    } },
    { name: 'watch set from a variable is not known to be on', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'ecosystem.config.js': "const dev = process.env.NODE_ENV !== 'production';\nmodule.exports = {\n  apps: [{ name: 'api', script: './dist/server.js', watch: dev }],\n};\n",
    } },
    { name: 'yarn workspace whose start is next start', files: {
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\nUSER node\nCMD ["yarn", "workspace", "@acme/web", "start"]\n',
      'package.json': '{"private":true,"workspaces":["apps/*"],"scripts":{"start":"turbo run dev"}}',
      'apps/web/package.json': '{"name":"@acme/web","scripts":{"dev":"next dev","start":"next start"}}',
    } },
    { name: 'npm -w path and pnpm --filter name running production scripts', files: {
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\nUSER node\nCMD ["npm", "-w", "apps/api", "run", "dev"]\n',
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: pnpm --filter @acme/web start\n',
      'package.json': '{"private":true,"workspaces":["apps/*"],"scripts":{"dev":"turbo run dev"}}',
      'apps/api/package.json': '{"name":"@acme/api","scripts":{"dev":"node dist/main.js"}}',
      'apps/web/package.json': '{"name":"@acme/web","scripts":{"start":"next start"}}',
    } },
    { name: 'a workspace package not in the repository: a start script is judged by its name as before', files: {
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\nUSER node\nCMD ["yarn", "workspace", "@acme/missing", "start"]\n',
      'package.json': '{"private":true,"workspaces":["apps/*"]}',
    } },
    { name: 'a workspace name shared with an example package: the real workspace is read', files: {
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\nUSER node\nCMD ["yarn", "workspace", "@acme/web", "start"]\n',
      'package.json': '{"private":true,"workspaces":["apps/*"]}',
      'apps/web/package.json': '{"name":"@acme/web","scripts":{"start":"next start"}}',
      'examples/web/package.json': '{"name":"@acme/web","scripts":{"start":"vite"}}',
    } },
    { name: 'pm2 script args that are the app\'s own (--watch after the script) and a non-literal script', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'ecosystem.config.js': "const path = require('path');\nmodule.exports = {\n  apps: [\n    { name: 'api', script: 'server.js', args: '--watch' },\n    { name: 'jobs', script: path.join(__dirname, 'jobs.js'), args: 'run dev' },\n  ],\n};\n",
    } },
    { name: 'pm2 started with the built server, npm start, and a script whose --watch is its own', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "start", "npm", "--", "start"]'),
      'package.json': NEXT_PKG,
      Procfile: 'web: pm2-runtime dist/server.js -i max -- --watch\n',
      'k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          command: ["pm2", "logs", "--watch"]\n',
    } },
    { name: 'Sanic app.run with workers, and debug off', files: {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["python", "server.py"]\n',
      'server.py': SANIC('app.run(host="0.0.0.0", port=8000, workers=4, debug=False, access_log=False)'),
    } },
    { name: 'Sanic app.run(dev=True) in a module production imports through the sanic CLI is not run', files: {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["sanic", "server:app", "--host=0.0.0.0", "--workers=4"]\n',
      'server.py': SANIC('app.run(host="0.0.0.0", port=8000, dev=True)'),
    } },
  ],
  invalid: [
    { name: 'python -m sanic with --dev is the Sanic CLI in development mode', files: {
      Procfile: 'web: python -m sanic server:app --host=0.0.0.0 --port=$PORT --dev\n',
      'server.py': SANIC('app.run(host="0.0.0.0")'),
    }, errors: [{ file: 'Procfile', line: 1, message: /sanic --dev/ }] },
    { name: 'pm2 app running npm run dev (a next dev script): reported at its args line', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'package.json': NEXT_PKG,
      'ecosystem.config.js': eco("      name: 'web',\n      script: 'npm',\n      args: 'run dev',\n      env_production: { NODE_ENV: 'production' },"),
    }, errors: [{ file: 'ecosystem.config.js', line: 6, column: 7, message: /^pm2 app 'web' starts a development server: npm run dev → next dev \(run by CMD in Dockerfile:7\); build \(next build\)/ }] },
    { name: 'two pm2 apps running the same npm run dev: each is reported at its own args line (QA26 leftover 2)', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'package.json': NEXT_PKG,
      'ecosystem.config.js': "module.exports = {\n  apps: [\n    { name: 'web', script: 'npm', args: 'run dev' },\n    { name: 'api', script: 'npm', args: 'start' },\n    {\n      name: 'admin',\n      script: 'npm',\n      args: 'run dev',\n    },\n  ],\n};\n",
    }, errors: [
      { file: 'ecosystem.config.js', line: 3, message: /^pm2 app 'web' starts a development server: npm run dev → next dev/ },
      { file: 'ecosystem.config.js', line: 8, column: 7, message: /^pm2 app 'admin' starts a development server: npm run dev → next dev/ },
    ] },
    { name: 'two supervisord programs running the same dev script: each at its own command line', files: {
      Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["supervisord", "-c", "supervisord.conf"]\n',
      'package.json': NEXT_PKG,
      'supervisord.conf': '[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=npm run dev\n\n[program:web2]\ncommand=npm run dev -- -p 3001\n',
    }, errors: [
      { file: 'supervisord.conf', line: 5, message: /^supervisord program 'web' starts a development server: npm run dev → next dev/ },
      { file: 'supervisord.conf', line: 8, message: /^supervisord program 'web2' starts a development server: npm run dev → next dev/ },
    ] },
    { name: 'pm2 app running node_modules/.bin/next dev, from pm2 start --no-daemon with a .cjs file', files: {
      Dockerfile: NODE_DOCKERFILE('pm2 start ecosystem.config.cjs --no-daemon'),
      'ecosystem.config.cjs': "module.exports = {\n  apps: [{\n    name: 'site',\n    script: 'node_modules/.bin/next',\n    args: ['dev', '-p', '3000'],\n  }],\n};\n",
    }, errors: [{ file: 'ecosystem.config.cjs', line: 5, message: /pm2 app 'site' starts a development server: next dev \(run by CMD in Dockerfile:7\)/ }] },
    { name: 'pm2 watch: true is a file watcher: reported at the watch line', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "start", "ecosystem.config.js", "--env", "production"]'),
      'ecosystem.config.js': eco("      name: 'api',\n      script: './dist/server.js',\n      instances: 2,\n      watch: true,\n      ignore_watch: ['node_modules'],"),
    }, errors: [{ file: 'ecosystem.config.js', line: 7, message: /pm2 app 'api' starts a development server: pm2 watch: true .*set watch: false/ }] },
    { name: 'pm2 watch given as a list of folders, JSON process file from a Procfile', files: {
      Procfile: 'web: pm2-runtime start process.json\n',
      'process.json': '{\n  "apps": [\n    {\n      "name": "api",\n      "script": "server.js",\n      "watch": ["src", "config"]\n    }\n  ]\n}\n',
    }, errors: [{ file: 'process.json', line: 6, message: /pm2 app 'api' .*watch/ }] },
    { name: 'pm2 YAML process file from a compose command, interpreter python for a Flask script', files: {
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    command: ["pm2-runtime", "pm2.yml"]\n',
      Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y nodejs npm && npm i -g pm2\nWORKDIR /app\nCOPY . .\n',
      'pm2.yml': 'apps:\n  - name: api\n    script: app.py\n    interpreter: python3\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000)\n',
    }, errors: [{ file: 'docker-compose.yml', line: 4, message: /python app\.py calling app\.run\(\)/ }] },
    { name: 'export default ecosystem with an app object bound to a const', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.mjs"]'),
      'package.json': '{"name":"api","scripts":{"start":"node dist/main.js","start:dev":"nest start --watch"}}',
      'ecosystem.config.mjs': "const api = {\n  name: 'api',\n  script: 'npm',\n  args: 'run start:dev',\n};\n\nexport default { apps: [api] };\n",
    }, errors: [{ file: 'ecosystem.config.mjs', line: 4, message: /npm run start:dev → nest start --watch/ }] },
    { name: '--only selecting the dev app, and node_args --watch', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "start", "ecosystem.config.js", "--only", "local"]'),
      'api/Dockerfile': NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'api/ecosystem.config.js': "module.exports = {\n  apps: [{ name: 'api', script: 'dist/main.js', node_args: '--watch' }],\n};\n",
      'package.json': NEXT_PKG,
      'ecosystem.config.js': "module.exports = {\n  apps: [\n    { name: 'api', script: 'dist/server.js' },\n    { name: 'local', script: 'npm', args: 'run dev' },\n  ],\n};\n",
    }, errors: [{ file: 'ecosystem.config.js', line: 4, message: /pm2 app 'local'.*next dev/ }, { file: 'api/ecosystem.config.js', line: 2, message: /node --watch/ }] },
    { name: 'pm2 started with a script: npm -- run dev, and a Flask script by --interpreter', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "start", "npm", "--name", "web", "--", "run", "dev"]'),
      'package.json': NEXT_PKG,
      Procfile: 'web: pm2 start app.py --interpreter python3 --no-daemon\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0")\n',
    }, errors: [{ file: 'Dockerfile', line: 7, message: /npm run dev → next dev/ }, { file: 'Procfile', line: 1, message: /python app\.py calling app\.run\(\)/ }] },
    { name: 'yarn workspace NAME start whose start script is a dev server', files: {
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\nUSER node\nCMD ["yarn", "workspace", "@acme/web", "start"]\n',
      'package.json': '{"private":true,"workspaces":["apps/*"],"scripts":{"start":"node server.js"}}',
      'apps/web/package.json': '{"name":"@acme/web","scripts":{"start":"vite --host 0.0.0.0"}}',
    }, errors: [{ file: 'Dockerfile', line: 5, message: /yarn start → vite \(apps\/web\/package\.json\)|yarn .*vite/ }] },
    { name: 'npm run start --workspace=NAME and npm -w PATH run start', files: {
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\nUSER node\nCMD ["npm", "run", "start", "--workspace=@acme/web"]\n',
      'api/Dockerfile': 'FROM node:22\nWORKDIR /repo\nCOPY . .\nUSER node\nCMD npm -w apps/api run start\n',
      'package.json': '{"private":true,"workspaces":["apps/*"],"scripts":{"start":"node server.js"}}',
      'apps/web/package.json': '{"name":"@acme/web","scripts":{"start":"react-scripts start"}}',
      'apps/api/package.json': '{"name":"@acme/api","scripts":{"start":"nodemon src/index.js"}}',
    }, errors: [{ file: 'Dockerfile', line: 5, message: /react-scripts start/ }, { file: 'api/Dockerfile', line: 5, message: /nodemon/ }] },
    { name: 'pnpm --filter NAME (and the scope-less name) start', files: {
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: pnpm --filter @acme/web start\n  docs:\n    build: .\n    command: pnpm -F docs run start\n',
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\n',
      'pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
      'package.json': '{"private":true}',
      'apps/web/package.json': '{"name":"@acme/web","scripts":{"start":"next dev"}}',
      'apps/docs/package.json': '{"name":"@acme/docs","scripts":{"start":"docusaurus start"}}',
    }, errors: [{ file: 'docker-compose.yml', line: 4, message: /next dev/ }, { file: 'docker-compose.yml', line: 7, message: /docusaurus start/ }] },
    { name: 'Sanic app.run(dev=True) run as the script', files: {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["python", "server.py"]\n',
      'server.py': SANIC('app.run(host="0.0.0.0", port=8000, dev=True)'),
    }, errors: [{ file: 'Dockerfile', line: 5, message: /python server\.py calling Sanic app\.run\(dev=True\) \(server\.py:11\); drop dev=True/ }] },
    { name: 'Sanic app.run(auto_reload=True) and app.run(debug=True)', files: {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["python", "server.py"]\n',
      'server.py': SANIC('app.run(host="0.0.0.0", port=8000, auto_reload=True)'),
      'worker/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["python", "main.py"]\n',
      'worker/main.py': SANIC('app.run(host="0.0.0.0", debug=True)'),
    }, errors: [{ file: 'Dockerfile', line: 5, message: /Sanic app\.run\(auto_reload=True\)/ }, { file: 'worker/Dockerfile', line: 5, message: /Sanic app\.run\(debug=True\)/ }] },
  ],
  notes: [
    { name: 'a development-only file starting pm2 with a dev app is a note', files: {
      'Procfile.dev': 'web: pm2-runtime ecosystem.config.js\n',
      'package.json': NEXT_PKG,
      'ecosystem.config.js': eco("      name: 'web',\n      script: 'npm',\n      args: 'run dev',"),
    }, notes: [{ file: 'ecosystem.config.js', line: 6, message: /pm2 app 'web' .*\(development-only file\)/ }] },
    { name: 'docker-compose.dev.yml starting a workspace dev script is a note', files: {
      'docker-compose.dev.yml': 'services:\n  web:\n    build: .\n    command: yarn workspace @acme/web start\n',
      Dockerfile: 'FROM node:22\nWORKDIR /repo\nCOPY . .\nCMD ["node", "apps/web/server.js"]\n',
      'apps/web/package.json': '{"name":"@acme/web","scripts":{"start":"vite"}}',
    }, notes: [{ file: 'docker-compose.dev.yml', line: 4, message: /vite.*development-only file/ }] },
  ],
});

describe('shared reader for debug-mode', () => {
  it('Sanic run calls are marked, and keep debug (the Werkzeug debugger) off', () => {
    const calls = pythonRunCalls(SANIC('app.run(host="0.0.0.0", dev=True)'));
    expect(calls).toMatchObject([{ call: 'app.run', dev: true, debug: false, framework: 'sanic', appDebug: true, scope: 'main' }]);
    expect(pythonRunCalls(SANIC('app.run(host="0.0.0.0", auto_reload=True)'))).toMatchObject([{ dev: true, debug: false, framework: 'sanic', flag: 'auto_reload=True', appDebug: false }]);
    expect(pythonRunCalls(SANIC('app.run(workers=4, debug=False)'))).toEqual([]);
  });
  it('debug-mode does not report Sanic apps with the Werkzeug message', async () => {
    const out = await runCase(debugMode, { name: 'x', files: { Dockerfile: 'FROM python:3.12\nCMD ["python", "server.py"]\n', 'server.py': SANIC('app.run(dev=True)') } });
    expect(out.findings.filter((f) => /Werkzeug/.test(f.message))).toEqual([]);
  });
  it('debug-mode reports a pm2 app running flask --debug at its line', async () => {
    const out = await runCase(debugMode, { name: 'x', files: {
      Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["pm2-runtime", "ecosystem.config.js"]\n',
      'ecosystem.config.js': "module.exports = { apps: [\n  { name: 'api', script: 'flask', args: '--app app --debug run', interpreter: 'none' },\n] };\n",
    } });
    expect(out.findings.filter((f) => !f.note)).toMatchObject([{ file: 'ecosystem.config.js', line: 2 }]);
  });
});

describe('production-server: railway.json is parsed as JSON (QA round 25, node D3)', () => {
  it('reads deploy.startCommand written on one line, compact or spread, at its key', async () => {
    const files = {
      'm1/railway.json': '{\n  "deploy": {\n    "startCommand": "npm run dev"\n  }\n}\n',
      'm1/package.json': '{"name":"x","scripts":{"dev":"nodemon index.js"}}',
      'm2/railway.json': '{\n  "deploy": { "startCommand": "nodemon index.js", "restartPolicyType": "ON_FAILURE" }\n}\n',
      'm3/railway.json': '{"deploy":{"startCommand":"nodemon index.js"}}',
      'ok/railway.json': '{"$schema":"https://railway.app/railway.schema.json","build":{"builder":"NIXPACKS"},"deploy":{"startCommand":"node dist/server.js"}}',
      // A startCommand that is not deploy's (a string holding the word, another block) is not a start command.
      'other/railway.json': '{"build":{"buildCommand":"npm run build","note":"\\"startCommand\\": \\"nodemon\\""},"x":{"startCommand":"nodemon a.js"}}',
    };
    const out = await runCase(productionServer, { name: 'x', files });
    expect(out.findings.map((f) => [f.file, f.line, f.column, !!f.note, f.message.split(';')[0]])).toEqual([
      ['m1/railway.json', 3, 5, false, 'Railway startCommand starts a development server: npm run dev → nodemon'],
      ['m2/railway.json', 2, 15, false, 'Railway startCommand starts a development server: nodemon'],
      ['m3/railway.json', 1, 12, false, 'Railway startCommand starts a development server: nodemon'],
    ]);
  });
  it("an environment's override is judged; one named for development gives a note", async () => {
    const out = await runCase(productionServer, { name: 'x', files: {
      'railway.json': '{\n  "deploy": {"startCommand": "node server.js"},\n  "environments": {\n    "production": {"deploy": {"startCommand": "npx next dev"}},\n    "dev": {"deploy": {"startCommand": "nodemon server.js"}}\n  }\n}\n',
    } });
    expect(out.findings.map((f) => [f.line, !!f.note, f.message.split(';')[0]])).toEqual([
      [4, false, "Railway environment 'production' startCommand starts a development server: next dev"],
      [5, true, "Railway environment 'dev' startCommand starts a development server: nodemon"],
    ]);
  });
});

describe('production-server: a package.json the entry point reads that is not valid JSON (QA round 25, node D10)', () => {
  it('is a parse problem at its place, not silently skipped; one nobody starts is not read', async () => {
    const snap = snapshotOf({
      Dockerfile: 'FROM node:20.12-alpine\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["npm","start"]\n',
      'package.json': '{\n  "name": "api",\n  "scripts": {\n    "start": "nodemon server.js",\n  },\n}\n',
      'tools/package.json': '{ "name": "tools", }',
    });
    const out = await executeCheck(productionServer, snap, parseOptions(productionServer, {}), new Date('2026-12-01T00:00:00Z'));
    expect(out.findings).toEqual([]);
    expect(snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual(['package.json:5:3 not valid JSON: Expected double-quoted property name']);
  });
});

describe('production-server: more Node development servers (QA round 25, node D4)', () => {
  it('Storybook, VitePress, Slidev, Eleventy --serve, live-server, lite-server, browser-sync, json-server --watch and Expo are development servers', async () => {
    const procfiles: [string, string][] = [
      ['s1', 'npx storybook dev -p 6006 --ci'], ['s2', 'npx live-server --port=8080 dist'], ['s3', 'npx lite-server'],
      ['s4', "npx browser-sync start --server dist --files 'dist/**'"], ['s5', 'npx json-server --watch db.json --port 3001'],
      ['s6', 'npx start-storybook -p 6006'], ['s10', 'npx @11ty/eleventy --serve'], ['s11', 'npx expo start --web'],
      ['s14', 'npx vitepress dev docs'], ['s15', 'npx slidev --remote'], ['s16', 'npx vitepress --port 8080'], ['s17', 'slidev slides.md -p 3030'],
    ];
    const out = await runCase(productionServer, { name: 'x', files: Object.fromEntries(procfiles.map(([d, c]) => [`${d}/Procfile`, `web: ${c}\n`])) });
    expect(out.findings.filter((f) => !f.note).map((f) => [f.file, f.message.split(';')[0]!.replace(/^Procfile web starts a development server: /, '')]).sort()).toEqual([
      ['s1/Procfile', 'storybook dev'], ['s10/Procfile', 'eleventy --serve'], ['s11/Procfile', 'expo start'], ['s14/Procfile', 'vitepress dev'],
      ['s15/Procfile', 'slidev'], ['s16/Procfile', 'vitepress dev'], ['s17/Procfile', 'slidev'], ['s2/Procfile', 'live-server'], ['s3/Procfile', 'lite-server'],
      ['s4/Procfile', 'browser-sync start'], ['s5/Procfile', 'json-server --watch'], ['s6/Procfile', 'start-storybook'],
    ]);
  });
  it('their build, export and one-shot commands are not', () => {
    const cmds = [
      'storybook build -o storybook-static', 'build-storybook', 'storybook --help', 'vitepress build docs', 'vitepress preview docs', 'slidev build', 'slidev export --format pdf',
      'eleventy', 'eleventy --watch', 'json-server db.json --port 3001', 'expo export --platform web', 'browser-sync reload', 'browser-sync init', 'live-server --help',
      'storybook -p 6006 build',
    ];
    for (const c of cmds) expect(classify(unwrap(['sh', '-c', `npx ${c}`])[0]!.argv), c).toEqual({ kind: 'other' });
  });
});

describe('production-server: concurrently and npm-run-all start scripts are unwrapped (QA round 25, node D5)', () => {
  const SCRIPTS = '"server":"nodemon server.js","client":"react-scripts start","dev:api":"nodemon api.js","dev:web:ui":"vite","start:api":"node api.js","start:web":"next start","build":"vite build"';
  const pkg = (start: string) => `{"name":"x","scripts":{"start":${JSON.stringify(start)},${SCRIPTS}}}`;
  const run = async (start: string) => (await runCase(productionServer, { name: 'x', files: { Procfile: 'web: npm start\n', 'package.json': pkg(start) } })).findings.map((f) => f.message.split(';')[0]);
  it('each command concurrently runs, and each script npm-run-all/run-p/run-s names (patterns too), is judged', async () => {
    expect(await run('concurrently "npm run server" "npm run client"')).toEqual(['Procfile web starts a development server: npm start → npm run server → nodemon']);
    expect(await run('concurrently -k -n api,web "npm:server" "npm:client"')).toEqual(['Procfile web starts a development server: npm start → npm run server → nodemon']);
    expect(await run('concurrently --names api,web -c blue,green "node api.js" "react-scripts start"')).toEqual(['Procfile web starts a development server: npm start → react-scripts start']);
    expect(await run('npm-run-all --parallel dev:*')).toEqual(['Procfile web starts a development server: npm start → npm run dev:api → nodemon']);
    expect(await run('run-p --max-parallel 2 start:* client')).toEqual(['Procfile web starts a development server: npm start → npm run client → react-scripts start']);
    // `*` stays within a `:` segment; `**` crosses them (concurrently's `npm:dev:*` matches anything).
    expect(await run('run-s dev:web:*')).toEqual(['Procfile web starts a development server: npm start → npm run dev:web:ui → vite']);
    expect(await run('concurrently "npm:dev:w*"')).toEqual(['Procfile web starts a development server: npm start → npm run dev:web:ui → vite']);
  });
  it('production commands and scripts run together pass', async () => {
    expect(await run('concurrently "node api.js" "node worker.js"')).toEqual([]);
    expect(await run('concurrently -k "npm:start:*"')).toEqual([]);
    expect(await run('npm-run-all --parallel start:*')).toEqual([]);
    expect(await run('run-s build start:api -- --port 3000')).toEqual([]);
    // `dev:*` of npm-run-all matches one segment: `dev:web:ui` is not one of them.
    expect(await run('run-p dev:w*')).toEqual([]);
  });
});

describe('production-server: every broken app of a process file is reported (QA round 25, node D8)', () => {
  it('two pm2 apps (a dev script and watch mode) give two findings, each at its line', async () => {
    const out = await runCase(productionServer, { name: 'x', files: {
      Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'),
      'package.json': '{"name":"x","scripts":{"dev":"nodemon server.js","start":"node server.js"}}',
      'ecosystem.config.js': "module.exports = {\n  apps: [\n    {\n      name: 'api',\n      script: 'npm',\n      args: 'run dev',\n    },\n    { name: 'ok', script: 'npm', args: 'start' },\n    {\n      name: 'worker',\n      script: './worker.js',\n      watch: true,\n    },\n  ],\n};\n",
    } });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(' (run by')[0]])).toEqual([
      ['ecosystem.config.js', 6, "pm2 app 'api' starts a development server: npm run dev → nodemon"],
      ['ecosystem.config.js', 12, "pm2 app 'worker' starts a development server: pm2 watch: true"],
    ]);
  });
  it('two supervisord programs running dev servers give two findings; debug-mode reports each debug flag', async () => {
    const files = {
      Dockerfile: 'FROM python:3.12\nCOPY supervisord.conf /etc/supervisord.conf\nCMD ["supervisord"]\n',
      'supervisord.conf': '[supervisord]\nnodaemon=true\n[program:web]\ncommand=flask run --debug\n[program:worker]\ncommand=celery -A proj worker\n[program:admin]\ncommand=flask --app admin run --debug\n',
    };
    const out = await runCase(productionServer, { name: 'x', files });
    expect(out.findings.map((f) => [f.line, f.message.split(' (run by')[0]])).toEqual([
      [4, "supervisord program 'web' starts a development server: flask run"],
      [8, "supervisord program 'admin' starts a development server: flask run"],
    ]);
    const debug = await runCase(debugMode, { name: 'x', files });
    expect(debug.findings.map((f) => f.line)).toEqual([4, 8]);
  });
  it('two pm2 apps running the same Flask script: one finding per place (the script\'s run call is read once) (QA26 leftover 2)', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    command: ["pm2-runtime", "pm2.yml"]\n',
      Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y nodejs npm && npm i -g pm2\nWORKDIR /app\nCOPY . .\n',
      'pm2.yml': 'apps:\n  - name: api\n    script: app.py\n    interpreter: python3\n  - name: api2\n    script: app.py\n    interpreter: python3\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000, debug=True)\n',
    };
    const out = await runCase(productionServer, { name: 'x', files });
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['docker-compose.yml', 4]]);
    const debug = await runCase(debugMode, { name: 'x', files });
    expect(debug.findings.map((f) => [f.file, f.line])).toEqual([['app.py', 5]]);
  });
});

describe('production-server: Prisma Studio is a development server (QA round 28 D4)', () => {
  const COMPOSE = (command: string, extra = '') => `services:\n  app:\n    image: calcom/cal.com:v4.0.0\n    command: node server.js\n  studio:\n    image: calcom/cal.com:v4.0.0\n${extra}    ports:\n      - 5555:5555\n    command:\n${command}`;
  it('npx prisma studio in a compose service (Cal.com) or a Procfile fails, with Prisma advice', async () => {
    const out = await runCase(productionServer, { name: 'x', files: { 'docker-compose.yml': COMPOSE('      - npx\n      - prisma\n      - studio\n') } });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message.split(';')[0]])).toEqual([['docker-compose.yml', 10, false, "service 'studio' command starts a development server: prisma studio"]]);
    expect(out.findings[0]!.message).toMatch(/do not deploy Prisma Studio \(a development database GUI with no authentication\)/);
    for (const c of ['npx prisma studio --port 5555 --browser none', 'prisma --schema prisma/schema.prisma studio', 'bunx prisma studio -p 5555']) {
      const procfile = await runCase(productionServer, { name: 'x', files: { Procfile: `web: ${c}\n` } });
      expect(procfile.findings.map((f) => f.message.split(';')[0]), c).toEqual(['Procfile web starts a development server: prisma studio']);
    }
  });
  it('Prisma\'s deploy-time commands pass; a studio service in a development profile is a note', async () => {
    for (const c of ['prisma migrate deploy', 'prisma generate', 'prisma db push --schema studio.prisma', 'prisma studio --help', 'prisma migrate dev --name studio']) {
      expect(classify(unwrap(['sh', '-c', `npx ${c}`])[0]!.argv), c).toEqual({ kind: 'other' });
    }
    const sh = await runCase(productionServer, { name: 'x', files: { 'docker-compose.yml': COMPOSE('      - sh\n      - -c\n      - npx prisma migrate deploy && node server.js\n') } });
    expect(sh.findings.filter((f) => !f.note)).toEqual([]);
    const dev = await runCase(productionServer, { name: 'x', files: { 'docker-compose.yml': COMPOSE('      - npx\n      - prisma\n      - studio\n', '    profiles: [dev]\n') } });
    expect(dev.findings.map((f) => f.note ?? false)).toEqual([true]);
  });
});

describe('production-server: astro preview is a development server (QA round 28 jsfw D1)', () => {
  const DF = (cmd: string) => `FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nUSER node\nCMD ${cmd}\n`;
  const PKG = (preview: string, start = 'node ./dist/server/entry.mjs') => `{"name":"site","scripts":{"dev":"astro dev","build":"astro build","preview":"${preview}","start":"${start}"}}`;
  it('astro preview, directly or through a package script, fails with Astro advice', async () => {
    const direct = await runCase(productionServer, { name: 'x', files: { Dockerfile: DF('["npx","astro","preview","--host","0.0.0.0","--port","4321"]'), 'package.json': PKG('astro preview') } });
    expect(direct.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([['Dockerfile', 6, 'CMD starts a development server: astro preview']]);
    expect(direct.findings[0]!.message).toMatch(/astro build.*node \.\/dist\/server\/entry\.mjs/);
    const script = await runCase(productionServer, { name: 'x', files: { Dockerfile: DF('["npm","run","preview","--","--host"]'), 'package.json': PKG('astro preview --port 4321') } });
    expect(script.findings.map((f) => f.message.split(';')[0])).toEqual(['CMD starts a development server: npm run preview → astro preview']);
    expect(classify(['astro', '--root', 'site', 'preview', '--host'])).toEqual({ kind: 'dev', what: 'astro preview' });
  });
  it('astro build and the Node adapter entry pass', async () => {
    for (const cmd of ['["node","./dist/server/entry.mjs"]', '["npm","start"]', 'npx astro build && node ./dist/server/entry.mjs']) {
      const out = await runCase(productionServer, { name: 'x', files: { Dockerfile: DF(cmd), 'package.json': PKG('astro preview') } });
      expect(out.findings, cmd).toEqual([]);
    }
    for (const argv of [['astro', 'build'], ['astro', 'check'], ['astro', 'preview', '--help']]) expect(classify(argv).kind, argv.join(' ')).not.toBe('dev');
  });
});

describe('production-server: deno task is resolved from deno.json/deno.jsonc (QA round 28 jsfw D2)', () => {
  const FRESH = '{\n  "lock": false,\n  "tasks": {\n    "start": "deno run -A --watch=static/,routes/ dev.ts",\n    "build": "deno run -A dev.ts build",\n    "preview": "deno run -A main.ts"\n  }\n}\n';
  const DENO_DF = (cmd: string, from = 'denoland/deno:1.44.0') => `FROM ${from}\nWORKDIR /app\nCOPY . .\nRUN deno task build\nUSER deno\nEXPOSE 8000\nCMD ${cmd}\n`;
  const msgs = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? '(note) ' : ''}${f.message.split(';')[0]}`);
  it('a task that runs deno --watch fails: deno task on the command line, and CMD ["task", …] on the denoland/deno image', async () => {
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "dev"]', 'denoland/deno:2.1.4'), 'deno.json': '{ "tasks": { "dev": "deno run --watch --allow-net --allow-env main.ts" } }\n' }))
      .toEqual(['Dockerfile:7 CMD starts a development server: deno task dev → deno run --watch']);
    // Fresh 1.x's deno.json: `start` is its watch-mode dev server.
    expect(await msgs({ Dockerfile: DENO_DF('["task", "start"]'), 'deno.json': FRESH })).toEqual(['Dockerfile:7 CMD starts a development server: deno task start → deno run --watch']);
    expect(await msgs({ 'docker-compose.yml': 'services:\n  web:\n    image: denoland/deno:2.1.4\n    working_dir: /app\n    volumes:\n      - ./:/app\n    command: task start\n', 'deno.json': FRESH }))
      .toEqual(["docker-compose.yml:7 service 'web' command starts a development server: deno task start → deno run --watch"]);
  });
  it('deno.jsonc with comments and trailing commas, object tasks with dependencies, tasks running tasks, the package.json fallback', async () => {
    const jsonc = '{\n  // Fresh\n  "tasks": {\n    /* the dev server */\n    "start": "deno task serve", // runs another task\n    "serve": "deno run -A --watch dev.ts",\n  },\n}\n';
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "start"]'), 'deno.jsonc': jsonc })).toEqual(['Dockerfile:7 CMD starts a development server: deno task start → deno task serve → deno run --watch']);
    const deps = '{ "tasks": { "dev": { "description": "css and server", "dependencies": ["css"], "command": "deno run -A main.ts" }, "css": "tailwindcss -i in.css -o static/out.css --watch", "up": { "dependencies": ["serve"] }, "serve": "deno serve --watch main.ts" } }';
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "up"]'), 'deno.json': deps })).toEqual(['Dockerfile:7 CMD starts a development server: deno task up → deno task serve → deno serve --watch']);
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "dev"]'), 'package.json': '{"name":"x","scripts":{"dev":"vite --host"}}' })).toEqual(['Dockerfile:7 CMD starts a development server: deno task dev → vite']);
    // No configuration in the repository: the script name decides, as for npm.
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "dev"]') })).toEqual(['Dockerfile:7 CMD starts a development server: deno task dev']);
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "-c", "config/deno.prod.json", "start"]'), 'deno.json': FRESH, 'config/deno.prod.json': '{ "tasks": { "start": "deno run -A main.ts" } }' })).toEqual([]);
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "--cwd", "web", "start"]'), 'web/deno.json': FRESH })).toEqual(['Dockerfile:7 CMD starts a development server: deno task start → deno run --watch']);
  });
  it('production tasks and commands pass; cycles end', async () => {
    for (const cmd of ['["task", "preview"]', '["run", "-A", "main.ts"]', '["deno", "run", "-A", "main.ts"]', '["deno", "task", "build"]', '["deno", "task", "start"]', 'deno task preview', '["serve", "--parallel", "main.ts"]']) {
      const files = cmd === '["deno", "task", "start"]' ? { Dockerfile: DENO_DF(cmd), 'deno.json': '{ "tasks": { "start": "deno serve -A main.ts" } }' } : { Dockerfile: DENO_DF(cmd), 'deno.json': FRESH };
      expect(await msgs(files), cmd).toEqual([]);
    }
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "start"]') }), 'no deno.json: start is not a dev name').toEqual([]);
    expect(await msgs({ Dockerfile: DENO_DF('["deno", "task", "a"]'), 'deno.json': '{ "tasks": { "a": "deno task b", "b": "deno task a" } }' })).toEqual([]);
    // Another image's CMD ["task", "start"] is its own command; `-r`/`--filter`/`--eval` are not followed.
    expect(await msgs({ Dockerfile: DENO_DF('["task", "start"]', 'node:22-alpine'), 'deno.json': FRESH })).toEqual([]);
    for (const argv of [['deno', 'task', '-r', 'dev'], ['deno', 'task', '--filter', 'web', 'dev'], ['deno', 'task', '--eval', 'echo dev'], ['deno', 'task']]) expect(classify(argv), argv.join(' ')).toEqual({ kind: 'other' });
    expect(classify(['deno', '-q', 'task', '--config', 'deno.json', 'dev', '--port', '8000'])).toEqual({ kind: 'package-script', tool: 'deno', script: 'dev', config: 'deno.json' });
  });
});

describe('production-server: NestJS advice names its entry (QA round 28 jsfw note)', () => {
  it('nest start --watch and nest start --debug advise nest build and node dist/main', async () => {
    for (const [cmd, what] of [['npm run start:dev', 'npm run start:dev → nest start --watch'], ['npx nest start --debug 0.0.0.0:9229', 'nest start --debug']]) {
      const out = await runCase(productionServer, { name: 'x', files: { Procfile: `web: ${cmd}\n`, 'package.json': '{"name":"api","scripts":{"build":"nest build","start:dev":"nest start --watch","start:prod":"node dist/main"}}' } });
      expect(out.findings.map((f) => f.message), cmd).toEqual([`Procfile web starts a development server: ${what}; build the app (nest build) and run its output without the watcher or the debugger (node dist/main)`]);
    }
  });
});

describe('production-server: more Node dev servers and emulators, deep script chains (QA 30 node2 D2, D3, D9)', () => {
  const dev = (argv: string[]) => classify(unwrap(argv)[0]?.argv ?? []);
  it("Nuxt 2's bare nuxt, platform emulators, watchers and other frameworks' dev servers are dev servers", () => {
    const cases: [string[], string][] = [
      [['nuxt'], "nuxt (Nuxt 2's default command, nuxt dev)"], [['nuxt', '--hostname', '0.0.0.0', '--port', '3000'], "nuxt (Nuxt 2's default command, nuxt dev)"],
      [['vercel', 'dev', '--listen', '3000'], 'vercel dev'], [['npx', 'vercel', 'dev'], 'vercel dev'], [['netlify', 'dev'], 'netlify dev'], [['ntl', 'dev', '--port', '8888'], 'netlify dev'],
      [['serverless', 'offline', '--host', '0.0.0.0'], 'serverless offline'], [['sls', 'offline', 'start'], 'sls offline'],
      [['tsc-watch', '--onSuccess', 'node dist/index.js'], 'tsc-watch'],
      [['nx', 'serve', 'api'], 'nx serve'], [['npx', 'nx', 'run', 'api:serve'], 'nx serve'], [['nx', 'dev', 'web'], 'nx dev'],
      [['turbo', 'run', 'dev'], 'turbo run dev'], [['turbo', 'dev', '--filter', 'web'], 'turbo run dev'], [['turbo', 'run', 'dev', '--parallel'], 'turbo run dev'],
      [['sapper', 'dev'], 'sapper dev'], [['quasar', 'dev', '-m', 'ssr'], 'quasar dev'], [['hexo', 'server', '-p', '4000'], 'hexo server'], [['hexo', 's'], 'hexo server'],
      [['umi', 'dev'], 'umi dev'], [['solid-start', 'dev', '--host'], 'solid-start dev'], [['vinxi', 'dev', '--port', '3000'], 'vinxi dev'],
    ];
    for (const [argv, what] of cases) expect(dev(argv), argv.join(' ')).toMatchObject({ kind: 'dev', what });
    const notDev: string[][] = [
      ['nuxt', 'start'], ['nuxt', 'build'], ['nuxt', 'generate'], ['nuxi', 'build'], ['nuxt', '--version'],
      ['vercel', 'deploy', '--prod'], ['vercel', 'build'], ['netlify', 'deploy', '--prod'], ['netlify', 'build'], ['serverless', 'deploy', '--stage', 'prod'], ['sls', 'invoke', 'local', '-f', 'offline'],
      ['tsc', '--watch'], ['nx', 'build', 'api'], ['nx', 'serve', 'api', '--configuration=production'], ['nx', 'serve', 'api', '-c', 'production'], ['nx', 'run', 'api:serve:production'], ['nx', 'serve', 'web', '--prod'],
      ['turbo', 'run', 'build'], ['turbo', 'run', 'start'], ['turbo', 'start', '--filter', 'web'], ['sapper', 'build'], ['quasar', 'build'], ['hexo', 'generate'], ['umi', 'build'], ['vinxi', 'build'], ['vinxi', 'start'], ['solid-start', 'start'],
    ];
    for (const argv of notDev) expect(dev(argv).kind, argv.join(' ')).not.toBe('dev');
  });
  it('reports them through package scripts (create-nuxt-app\'s "dev": "nuxt", a Turborepo root running the apps\' dev scripts)', async () => {
    const msgs = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).findings.map((f) => `${f.severity ?? 'critical'} ${f.message}`);
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "dev"]'), 'package.json': '{"name":"a","scripts":{"dev":"nuxt","build":"nuxt build","start":"nuxt start"}}' }))
      .toEqual(["critical CMD starts a development server: npm run dev → nuxt (Nuxt 2's default command, nuxt dev); build the app (nuxt build) and run Nuxt 2's production server (nuxt start)"]);
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "start"]'), 'package.json': '{"name":"a","scripts":{"dev":"nuxt","build":"nuxt build","start":"nuxt start"}}' })).toEqual([]);
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "dev"]'), 'package.json': '{"name":"mono","private":true,"scripts":{"dev":"turbo run dev","start":"turbo run start"}}', 'apps/web/package.json': NEXT_PKG }))
      .toEqual(["critical CMD starts a development server: npm run dev → turbo run dev; build the apps (turbo run build) and run each app's production start command (turbo run start, next start, node on the built output)"]);
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "start"]'), 'package.json': '{"name":"mono","private":true,"scripts":{"dev":"turbo run dev","start":"turbo run start"}}', 'apps/web/package.json': NEXT_PKG })).toEqual([]);
  });
  it('follows package-script chains deeper than five steps; a chain past the bound gives a note instead of a silent pass', async () => {
    const chain = (n: number, last: string) => JSON.stringify({ name: 'a', scripts: Object.fromEntries([['start', 'npm run s1'], ...Array.from({ length: n }, (_, i) => [`s${i + 1}`, i + 1 === n ? last : `npm run s${i + 2}`])]) });
    const out = async (n: number, last = 'nodemon x.js') => (await runCase(productionServer, { name: 'x', files: { Dockerfile: NODE_DOCKERFILE('["npm", "start"]'), 'package.json': chain(n, last) } })).findings;
    for (const n of [4, 5, 7, 11]) {
      const f = await out(n);
      expect(f.map((x) => [x.note ?? false, x.message.split(';')[0]]), `${n} hops`).toEqual([[false, `CMD starts a development server: npm start → ${Array.from({ length: n }, (_, i) => `npm run s${i + 1}`).join(' → ')} → nodemon`]]);
    }
    const deep = await out(20);
    expect(deep.map((x) => [x.file, x.line, x.note ?? false])).toEqual([['Dockerfile', 7, true]]);
    expect(deep[0]!.message).toMatch(/^CMD runs a chain of scripts more than 12 steps deep: 'npm run s\d+' \(in package\.json\) was not followed, so what it starts was not checked/);
    // The note quotes the command it stopped at: a secret-named variable set on it shows its name, never its value.
    const secretChain = JSON.stringify({ name: 'a', scripts: Object.fromEntries([['start', 'npm run s1'], ...Array.from({ length: 20 }, (_, i) => [`s${i + 1}`, `API_TOKEN=Qm7xV2pL9rT4wK8nZ3bY6hC1 LOG_LEVEL=info npm run s${i + 2}`])]) });
    const quoted = (await runCase(productionServer, { name: 'x', files: { Dockerfile: NODE_DOCKERFILE('["npm", "start"]'), 'package.json': secretChain } })).findings;
    expect(quoted[0]!.message).toMatch(/'API_TOKEN=… LOG_LEVEL=info npm run s\d+'/);
    expect(JSON.stringify(quoted)).not.toContain('Qm7xV2pL9rT4wK8nZ3bY6hC1');
    // A long chain ending in a production server passes without a note; a cycle ends.
    expect(await out(8, 'node dist/server.js')).toEqual([]);
    expect((await runCase(productionServer, { name: 'x', files: { Dockerfile: NODE_DOCKERFILE('["npm", "start"]'), 'package.json': '{"name":"a","scripts":{"start":"npm run a","a":"npm run b","b":"npm run start"}}' } })).findings).toEqual([]);
  });
});

describe('production-server: a package script named for development is one by its name (QA33 fullrepos7 D2)', () => {
  const msgs = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? '(note) ' : ''}${f.message}`);
  // create-vite-extra's SSR template: server.js starts Vite's dev middleware (HMR, /@fs/) unless NODE_ENV is production.
  const SERVER = "const isProduction = process.env.NODE_ENV === 'production'\nif (!isProduction) {\n  const { createServer } = await import('vite')\n  vite = await createServer({ server: { middlewareMode: true }, appType: 'custom' })\n}\n";
  const VITE_SSR = (scripts = '') => `{"name":"vite-ssr","type":"module","scripts":{"dev":"node server",${scripts}"build":"vite build","preview":"cross-env NODE_ENV=production node server"}}`;
  const NAMED = (tool: string, start: string) => `CMD starts a development server: ${tool} runs the 'dev' script (node server), a development script by its name; run the app's production script instead (${start}, running the built output with NODE_ENV=production), not the one named for development`;
  it('fails npm run dev whose dev script is a plain node server (the Vite SSR template), also with NODE_ENV=production in the image', async () => {
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "dev"]'), 'package.json': VITE_SSR(), 'server.js': SERVER })).toEqual([`Dockerfile:7 ${NAMED('npm run dev', 'npm start')}`]);
    // The name is a development promise: the image's NODE_ENV does not make the script a production one.
    const withEnv = NODE_DOCKERFILE('["npm", "run", "dev"]').replace('USER node', 'ENV NODE_ENV=production\nUSER node');
    expect(await msgs({ Dockerfile: withEnv, 'package.json': VITE_SSR(), 'server.js': SERVER })).toEqual([`Dockerfile:8 ${NAMED('npm run dev', 'npm start')}`]);
    // A Procfile and a pm2 app running it, and the other development names.
    expect(await msgs({ Procfile: 'web: npm run dev\n', 'package.json': VITE_SSR() })).toEqual([`Procfile:1 ${NAMED('npm run dev', 'npm start').replace(/^CMD/, 'Procfile web')}`]);
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["pm2-runtime", "ecosystem.config.js"]'), 'package.json': VITE_SSR(), 'ecosystem.config.js': eco("      name: 'web',\n      script: 'npm',\n      args: 'run dev',") }))
      .toEqual([expect.stringMatching(/^ecosystem\.config\.js:6 pm2 app 'web' starts a development server: npm run dev runs the 'dev' script \(node server\), a development script by its name \(run by CMD in Dockerfile:7\)/)]);
    for (const [name, body] of [['develop', 'node index.js'], ['start:dev', 'ts-node src/main.ts'], ['watch', 'tsc -w'], ['dev:server', 'tsx src/server.ts']]) {
      expect(await msgs({ Dockerfile: NODE_DOCKERFILE(`["npm", "run", "${name}"]`), 'package.json': JSON.stringify({ name: 'a', scripts: { [name]: body, start: 'node dist/index.js' } }) }), name)
        .toEqual([expect.stringContaining(`CMD starts a development server: npm run ${name} runs the '${name}' script (${body}), a development script by its name;`)]);
    }
    // A secret-named variable set in the script shows its name, never its value.
    const secret = await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "dev"]'), 'package.json': '{"name":"a","scripts":{"dev":"API_TOKEN=Qm7xV2pL9rT4wK8nZ3bY6hC1 PORT=3000 node server"}}' });
    expect(secret).toEqual([expect.stringContaining("npm run dev runs the 'dev' script (API_TOKEN=… PORT=3000 node server), a development script by its name")]);
    expect(JSON.stringify(secret)).not.toContain('Qm7xV2pL9rT4wK8nZ3bY6hC1');
  });
  it('names the start script line that runs a development-named script (QA33 fpnode D2)', async () => {
    const files = { Dockerfile: NODE_DOCKERFILE('["./start.sh"]'), 'start.sh': '#!/bin/sh\nset -e\nnpx prisma migrate deploy\nexec npm run dev\n', 'package.json': VITE_SSR() };
    expect(await msgs(files)).toEqual([expect.stringContaining("npm run dev runs the 'dev' script (node server), a development script by its name (start.sh:4)")]);
    // No package.json: judged by the name alone, named there too.
    expect(await msgs({ Dockerfile: files.Dockerfile, 'start.sh': files['start.sh'] })).toEqual([expect.stringContaining('npm run dev (start.sh:4)')]);
  });
  it('judges yarn dev, pnpm dev and bun run dev as npm run dev', async () => {
    for (const [cmd, tool, start] of [['["yarn", "dev"]', 'yarn run dev', 'yarn start'], ['["pnpm", "dev"]', 'pnpm run dev', 'pnpm start'], ['["bun", "run", "dev"]', 'bun run dev', 'bun run start'], ['["yarn", "run", "dev"]', 'yarn run dev', 'yarn start']]) {
      expect(await msgs({ Dockerfile: NODE_DOCKERFILE(cmd), 'package.json': VITE_SSR() }), cmd).toEqual([`Dockerfile:7 ${NAMED(tool, start)}`]);
    }
  });
  it('passes production-named scripts and development-named ones that run a production server', async () => {
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "start"]'), 'package.json': '{"name":"a","scripts":{"dev":"node server","start":"node server"}}' })).toEqual([]);
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "start:prod"]'), 'package.json': '{"name":"a","scripts":{"dev":"node server","start:prod":"node server"}}' })).toEqual([]);
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "preview"]'), 'package.json': VITE_SSR() })).toEqual([]);
    for (const body of ['node dist/main.js', 'node ./dist/server.js', 'node build', 'node --enable-source-maps .output/server/index.mjs', 'next start -p 3000', 'nuxt start', 'remix-serve ./build/server/index.js',
      'gunicorn -w 4 app:app', 'pm2-runtime start dist/server.js', 'npm start', 'npm run build && npm run start:prod', 'tsc && node dist/index.js', 'bun run dist/index.js']) {
      expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "dev"]'), 'package.json': JSON.stringify({ name: 'a', scripts: { dev: body, 'start:prod': 'node dist/main.js' } }) }), body).toEqual([]);
    }
    // The very command the start script runs: npm run dev runs what npm start does.
    expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "dev"]'), 'package.json': '{"name":"a","scripts":{"dev":"node index.js","start":"node index.js"}}' })).toEqual([]);
    // The start script hands over to it (`"start": "npm run dev"`): the team's production command is that script (QA33 fpnode D1).
    for (const start of ['npm run dev', 'yarn dev', 'pnpm run dev', 'bun run dev', 'npm run-script dev']) {
      expect(await msgs({ Procfile: 'web: npm start\n', 'package.json': JSON.stringify({ name: 'a', scripts: { start, dev: 'node index.js' } }) }), start).toEqual([]);
    }
    // `node` alone (the REPL) runs no production server (QA33 review).
    expect(await msgs({ Procfile: 'web: npm run dev\n', 'package.json': JSON.stringify({ name: 'a', scripts: { dev: 'node', start: 'node dist/index.js' } }) })).toHaveLength(1);
    // Handing over to another script does not clear this one.
    expect(await msgs({ Procfile: 'web: npm run dev\n', 'package.json': JSON.stringify({ name: 'a', scripts: { start: 'npm run serve', dev: 'node index.js', serve: 'node index.js' } }) })).toHaveLength(1);
    // Not a production server: a source file, or only a build step before one.
    for (const body of ['node src/index.js', 'npm run build && node server', 'node server --port 3000']) {
      expect(await msgs({ Dockerfile: NODE_DOCKERFILE('["npm", "run", "dev"]'), 'package.json': JSON.stringify({ name: 'a', scripts: { dev: body, build: 'vite build', start: 'node dist/index.js' } }) }), body).toHaveLength(1);
    }
  });
  it('keeps a dev script in a development-only compose file a note', async () => {
    const files = {
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: npm start\n    restart: unless-stopped\n',
      'docker-compose.override.yml': 'services:\n  web:\n    command: npm run dev\n',
      'docker-compose.dev.yml': 'services:\n  web:\n    command: ["yarn", "dev"]\n',
      Dockerfile: NODE_DOCKERFILE('["npm", "start"]'),
      'package.json': VITE_SSR('"start":"cross-env NODE_ENV=production node server",'),
    };
    const out = await msgs(files);
    expect(out).toHaveLength(2);
    expect(out.every((l) => /^docker-compose\.(?:override|dev)\.yml:3 \(note\) service 'web' command starts a development server: (?:npm|yarn) run dev runs the 'dev' script \(node server\), a development script by its name/.test(l)), out.join('\n')).toBe(true);
  });
});
