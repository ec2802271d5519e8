import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

type Check = typeof debugMode | typeof productionServer;
async function run(check: Check, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(/;/)[0]}`).sort();
}

const APP = 'from flask import Flask\napp = Flask(__name__)\n';

// QA53 procs D1: `flask run --debug` written in a start script the entry point runs is the Werkzeug debugger in production,
// as it is written in CMD; production-server follows the script, and so does debug-mode (the same followed commands).
describe('debug-mode: flask --debug started by a start script (QA53 procs D1)', () => {
  it('CMD ["./start.sh"] whose start.sh execs flask run --debug fails at the CMD, naming the script line', async () => {
    const files = {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["./start.sh"]\n',
      'start.sh': '#!/bin/sh\nexec flask run --host 0.0.0.0 --debug\n',
      'app.py': APP,
    };
    expect(await run(debugMode, files)).toEqual(['Dockerfile:4:1 CMD (through start.sh:2) starts flask run with debug on (interactive debugger: remote code execution)']);
    expect(await run(productionServer, files)).toEqual([expect.stringMatching(/^Dockerfile:4:1 CMD starts a development server: flask run \(start\.sh:2\)/)]);
  });
  it('Procfile web: bin/web whose bin/web execs flask --debug run fails at the Procfile line', async () => {
    expect(await run(debugMode, {
      Procfile: 'web: bin/web\n',
      'bin/web': '#!/bin/sh\nexec flask --debug run --host 0.0.0.0 --port $PORT\n',
      'app.py': APP,
    })).toEqual([expect.stringMatching(/^Procfile:1:1 .*\(through bin\/web:2\) starts flask run with debug on/)]);
  });
  it('the case "$1" branch CMD selects: dev (flask run --debugger) fails, web (gunicorn) passes', async () => {
    const entry = '#!/bin/sh\nset -e\ncase "$1" in\n  dev)\n    exec flask run --host 0.0.0.0 --debugger\n    ;;\n  web)\n    exec gunicorn -b 0.0.0.0:8000 app:app\n    ;;\nesac\n';
    const df = (arg: string) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["./entrypoint.sh"]\nCMD ["${arg}"]\n`;
    expect(await run(debugMode, { Dockerfile: df('dev'), 'entrypoint.sh': entry, 'app.py': APP }))
      .toEqual(['Dockerfile:5:1 ENTRYPOINT + CMD (through entrypoint.sh:5) starts flask run with debug on (interactive debugger: remote code execution)']);
    expect(await run(debugMode, { Dockerfile: df('web'), 'entrypoint.sh': entry, 'app.py': APP })).toEqual([]);
  });
  it('a script that runs flask without --debug, and app.run(debug=True) run by a script, are judged as before', async () => {
    expect(await run(debugMode, {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["./start.sh"]\n',
      'start.sh': '#!/bin/sh\nexec flask run --host 0.0.0.0\n',
      'app.py': APP,
    })).toEqual([]);
    expect(await run(debugMode, {
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["./start.sh"]\n',
      'start.sh': '#!/bin/sh\nexec python app.py\n',
      'app.py': `${APP}app.run(host="0.0.0.0", debug=True)\n`,
    })).toEqual([expect.stringMatching(/^app\.py:3:1 app\.run\(debug=True\) runs in production/)]);
  });
});

// QA53 procs D2: an entrypoint's dispatch on its argument written as `if [ "$1" = … ]`/`elif` is the branch the argument selects,
// as the same dispatch written with `case "$1"` is.
describe('production-server: if/elif dispatch on the entrypoint argument (QA53 procs D2)', () => {
  const df = (cmd: string) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["/app/entrypoint.sh"]\nCMD ${cmd}\n`;
  const ifElif = '#!/bin/sh\nset -e\nif [ "$1" = "web" ]; then\n  exec gunicorn -b 0.0.0.0:8000 app:app\nelif [ "$1" = "dev" ]; then\n  exec flask run --host 0.0.0.0 --debug\nfi\nexec "$@"\n';
  it('CMD ["dev"] takes the flask branch (both checks fail); CMD ["web"] the gunicorn one (both pass)', async () => {
    const dev = { Dockerfile: df('["dev"]'), 'entrypoint.sh': ifElif, 'app.py': APP };
    expect(await run(productionServer, dev)).toEqual([expect.stringMatching(/^Dockerfile:5:1 ENTRYPOINT \+ CMD starts a development server: flask run \(entrypoint\.sh:6\)/)]);
    expect(await run(debugMode, dev)).toEqual(['Dockerfile:5:1 ENTRYPOINT + CMD (through entrypoint.sh:6) starts flask run with debug on (interactive debugger: remote code execution)']);
    const web = { Dockerfile: df('["web"]'), 'entrypoint.sh': ifElif, 'app.py': APP };
    expect(await run(productionServer, web)).toEqual([]);
    expect(await run(debugMode, web)).toEqual([]);
  });
  it('[[ ]] with == and unquoted words, `then` on its own line, an else branch, and != are read', async () => {
    const script = '#!/bin/bash\nif [[ $1 == web ]]\nthen\n  exec gunicorn app:app\nelif [[ "$1" != dev ]]; then exec "$@"\nelse\n  exec python manage.py runserver 0.0.0.0:8000\nfi\n';
    expect(await run(productionServer, { Dockerfile: df('["dev"]'), 'entrypoint.sh': script, 'manage.py': '' }))
      .toEqual([expect.stringMatching(/^Dockerfile:5:1 ENTRYPOINT \+ CMD starts a development server: .*runserver.* \(entrypoint\.sh:7\)/)]);
    expect(await run(productionServer, { Dockerfile: df('["web"]'), 'entrypoint.sh': script, 'manage.py': '' })).toEqual([]);
    // The Django idiom: `if [ "$1" = 'runserver' ]` with CMD ["runserver"].
    const django = "#!/bin/sh\nif [ \"$1\" = 'runserver' ]; then\n  python manage.py migrate\n  exec python manage.py runserver 0.0.0.0:8000\nfi\nexec \"$@\"\n";
    expect(await run(productionServer, { Dockerfile: df('["runserver"]'), 'entrypoint.sh': django, 'manage.py': '' }))
      .toEqual([expect.stringMatching(/^Dockerfile:5:1 ENTRYPOINT \+ CMD starts a development server: .*runserver/)]);
    expect(await run(productionServer, { Dockerfile: df('["gunicorn", "app:app"]'), 'entrypoint.sh': django, 'manage.py': '' })).toEqual([]);
  });
  it('a compose command over the image selects the branch too; a test the reading cannot tell leaves the branches unjudged', async () => {
    expect(await run(productionServer, {
      Dockerfile: df('["web"]'), 'entrypoint.sh': ifElif, 'app.py': APP,
      'docker-compose.yml': 'services:\n  web:\n    build: .\n    command: ["dev"]\n',
    })).toEqual([expect.stringMatching(/^docker-compose\.yml:4:14 .*starts a development server: flask run/)]);
    const env = '#!/bin/sh\nif [ -n "$DEV" ]; then\n  exec flask run --debug\nelif [ "$APP_MODE" = "dev" ]; then\n  exec flask run\nfi\nexec gunicorn app:app\n';
    expect(await run(productionServer, { Dockerfile: df('["web"]'), 'entrypoint.sh': env, 'app.py': APP })).toEqual([]);
  });
});

// QA53 procs D3: a supervisord `%(ENV_PORT)s` / `%(process_num)02d` expansion is a word of unknown value, not the end of the command.
describe('supervisord command= with %(…) expansions (QA53 procs D3)', () => {
  const image = { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCOPY supervisord.conf /etc/supervisor/conf.d/supervisord.conf\nCMD ["supervisord", "-n"]\n', 'app.py': APP, 'main.py': '' };
  const conf = (body: string) => ({ ...image, 'supervisord.conf': `[program:web]\n${body}\n` });
  it('--reload after %(ENV_PORT)s or %(process_num)02d fails at the command= line', async () => {
    for (const [cmd, what] of [
      ['command=gunicorn app:app --bind 0.0.0.0:%(ENV_PORT)s --reload', /gunicorn --reload/],
      ['command=uvicorn main:app --host 0.0.0.0 --port %(ENV_PORT)s --reload', /uvicorn/],
      ['numprocs=2\nprocess_name=%(program_name)s_%(process_num)02d\ncommand=uvicorn main:app --port 80%(process_num)02d --reload', /uvicorn/],
    ] as const) {
      const got = await run(productionServer, conf(cmd));
      expect(got, cmd).toHaveLength(1);
      expect(got[0], cmd).toMatch(new RegExp(`^supervisord\\.conf:${cmd.split('\n').length + 1}:1 supervisord program 'web' starts a development server: .*${what.source}`));
    }
    // Without the flag, or with %% (a literal %) before it, as written.
    expect(await run(productionServer, conf('command=gunicorn app:app --bind 0.0.0.0:%(ENV_PORT)s --workers 4'))).toEqual([]);
    expect(await run(productionServer, conf('command=gunicorn app:app --log-level info --access-logformat "%%(h)s" --reload'))).toHaveLength(1);
  });
  it('flask run --debug after %(ENV_PORT)s is debug-mode\'s too', async () => {
    expect(await run(debugMode, conf('command=flask run --host 0.0.0.0 --port %(ENV_PORT)s --debug')))
      .toEqual([expect.stringMatching(/^supervisord\.conf:2:1 supervisord program 'web' \(run by CMD in Dockerfile:5\) starts flask run with debug on/)]);
  });
});

// QA53 procs D5: a systemd unit named for development is development-only, as a Procfile, compose file or env file so named is.
describe('systemd units named for development (QA53 procs D5)', () => {
  const unit = '[Unit]\nDescription=dev VM web (vagrant)\n[Service]\nExecStart=/srv/venv/bin/flask run --debug\n';
  it('app-dev.service, app.dev.service, app.local.service give info notes; app.service and a unit named for its program are judged', async () => {
    const files = {
      'deploy/app.service': '[Service]\nExecStart=/srv/venv/bin/gunicorn -b 127.0.0.1:8000 app:app\n',
      'deploy/app-dev.service': unit, 'deploy/app.dev.service': unit, 'deploy/app.local.service': unit, 'deploy/web_test@.service': unit,
      'Procfile.dev': 'web: flask run --debug\n',
      'app.py': APP,
    };
    for (const check of [productionServer, debugMode]) {
      const got = await run(check, files);
      expect(got.length, check.id).toBeGreaterThanOrEqual(5);
      expect(got.filter((f) => !f.startsWith('NOTE ')), check.id).toEqual([]);
      for (const f of ['deploy/app-dev.service:4:1', 'deploy/app.dev.service:4:1', 'deploy/app.local.service:4:1', 'deploy/web_test@.service:4:1']) {
        expect(got.some((g) => g.startsWith(`NOTE ${f} `)), `${check.id} ${f}`).toBe(true);
      }
    }
    // Named for the program it runs, not an environment: judged.
    for (const name of ['deploy/slack-integration.service', 'deploy/mock-server.service', 'deploy/app.service']) {
      expect(await run(productionServer, { [name]: unit, 'app.py': APP }), name).toEqual([expect.stringMatching(new RegExp(`^${name.replace(/\./g, '\\.')}:4:1 systemd ExecStart starts a development server: flask run`))]);
    }
  });
});
