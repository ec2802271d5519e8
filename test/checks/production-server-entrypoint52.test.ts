import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

async function run(files: Record<string, string>) {
  const out = await runCase(productionServer, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(/;/)[0]}`).sort();
}

// QA52 compose D4: a compose `command:` is the argument list of the built image's exec-form ENTRYPOINT.
describe('production-server: compose command appended to the built image\'s ENTRYPOINT (QA52 compose D4)', () => {
  it('ENTRYPOINT ["flask"] + command: [run, …] and ENTRYPOINT ["python", "manage.py"] + command: runserver fail at the command', async () => {
    expect(await run({
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT ["flask"]\nCMD ["--version"]\n',
      'compose.yaml': 'services:\n  web:\n    build: .\n    command: ["run", "--host", "0.0.0.0"]\n',
    })).toEqual(["compose.yaml:4:14 service 'web' command (appended to ENTRYPOINT [\"flask\"], Dockerfile:3) starts a development server: flask run"]);
    expect(await run({
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT ["python", "manage.py"]\nCMD ["check"]\n',
      'compose.yaml': 'services:\n  web:\n    build: .\n    command: runserver 0.0.0.0:8000\n',
    })).toEqual([expect.stringMatching(/^compose\.yaml:4:14 service 'web' command \(appended to ENTRYPOINT \["python", "manage\.py"\], Dockerfile:3\) starts a development server: .*runserver/)]);
    // An entrypoint script that ends with `exec "$@"` runs the command.
    expect(await run({
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nCOPY docker-entrypoint.sh /docker-entrypoint.sh\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["gunicorn", "app:app"]\n',
      'docker-entrypoint.sh': '#!/bin/sh\nset -e\npython manage.py migrate\nexec "$@"\n',
      'compose.yaml': 'services:\n  web:\n    build: .\n    command: flask run --host 0.0.0.0\n  ok:\n    build: .\n    command: gunicorn app:app\n',
    })).toEqual(["compose.yaml:4:14 service 'web' command (appended to ENTRYPOINT [\"/docker-entrypoint.sh\"], Dockerfile:4) starts a development server: flask run"]);
    // The same pair written in the Dockerfile fails there (the reference this follows).
    expect(await run({ Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT ["python", "manage.py"]\nCMD ["runserver", "0.0.0.0:8000"]\n' }))
      .toEqual([expect.stringMatching(/^Dockerfile:4:1 ENTRYPOINT \+ CMD starts a development server: .*runserver/)]);
  });
  it('a shell-form ENTRYPOINT ignores the command; an entrypoint: with a command combines', async () => {
    expect(await run({
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT exec gunicorn -b 0.0.0.0:8000 app:app\n',
      'compose.yaml': 'services:\n  web:\n    build: .\n    command: flask run --host 0.0.0.0\n',
    })).toEqual([]);
    expect(await run({
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "app:app"]\n',
      'compose.yaml': 'services:\n  web:\n    build: .\n    entrypoint: ["python", "manage.py"]\n    command: ["runserver", "0.0.0.0:8000"]\n',
    })).toEqual([expect.stringMatching(/^compose\.yaml:5:14 service 'web' command starts a development server: .*runserver/)]);
  });
});
