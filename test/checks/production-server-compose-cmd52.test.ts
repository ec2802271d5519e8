import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

async function run(files: Record<string, string>) {
  const out = await runCase(productionServer, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(/;/)[0]}${/ \((replaced by [^)]*)\)$/.exec(f.message)?.[0] ?? ''}`).sort();
}

// QA52 compose D1: a compose `command:` replaces the image's CMD, an `entrypoint:` clears its ENTRYPOINT and CMD (Compose spec),
// as fly.toml's [processes] does: when every production service running the image replaces it, the Dockerfile's CMD is a note.
describe('production-server: compose command/entrypoint replacing the Dockerfile CMD (QA52 compose D1)', () => {
  const DF = 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run", "--host=0.0.0.0"]\n';
  const FLASK = 'CMD starts a development server: flask run';
  it('a command or an entrypoint of the only service building the image makes the CMD a note', async () => {
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    command: gunicorn -b 0.0.0.0:8000 app:app\n' }))
      .toEqual([`NOTE Dockerfile:3:1 ${FLASK} (replaced by compose command in compose.yaml)`]);
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    entrypoint: ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n' }))
      .toEqual([`NOTE Dockerfile:3:1 ${FLASK} (replaced by compose entrypoint in compose.yaml)`]);
    // `build: { context, dockerfile }`, and a production overlay's command over the base's service.
    expect(await run({ 'docker/web.Dockerfile': DF, 'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/web.Dockerfile\n    command: ["gunicorn", "app:app"]\n' }))
      .toEqual([`NOTE docker/web.Dockerfile:3:1 ${FLASK} (replaced by compose command in compose.yaml)`]);
    expect(await run({ Dockerfile: DF, 'docker-compose.yml': 'services:\n  web:\n    build: .\n', 'docker-compose.prod.yml': 'services:\n  web:\n    command: gunicorn app:app\n' }))
      .toEqual([`NOTE Dockerfile:3:1 ${FLASK} (replaced by compose command in docker-compose.prod.yml)`]);
  });
  it('fails when a service runs the CMD as it is, or when nothing in the repository runs the image (it may run elsewhere)', async () => {
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    command: gunicorn app:app\n  worker:\n    build: .\n' }))
      .toEqual([`Dockerfile:3:1 ${FLASK}`]);
    expect(await run({ Dockerfile: DF })).toEqual([`Dockerfile:3:1 ${FLASK}`]);
    // Only a development file's service replaces it; an empty entrypoint keeps the CMD.
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n', 'compose.override.yaml': 'services:\n  web:\n    command: gunicorn app:app\n' }))
      .toEqual([`Dockerfile:3:1 ${FLASK}`]);
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    entrypoint: []\n' })).toContain(`Dockerfile:3:1 ${FLASK}`);
    // A CI job pushing the image: it runs elsewhere with its CMD.
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    command: gunicorn app:app\n', '.github/workflows/release.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t acme/web . && docker push acme/web\n' }))
      .toEqual([`Dockerfile:3:1 ${FLASK}`]);
  });
  it('a command replaces the CMD after an exec-form ENTRYPOINT, not a shell-form ENTRYPOINT nor an exec-form one without a CMD; an entrypoint does', async () => {
    // `manage.py check --deploy` (the ENTRYPOINT with the command) passes.
    expect(await run({
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT ["python", "manage.py"]\nCMD ["runserver", "0.0.0.0:8000"]\n',
      'compose.yaml': 'services:\n  web:\n    build: .\n    command: check --deploy\n',
    })).toEqual([expect.stringMatching(/^NOTE Dockerfile:4:1 ENTRYPOINT \+ CMD starts a development server: .*runserver.* \(replaced by compose command in compose\.yaml\)$/)]);
    const SHELL = 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT flask run --host=0.0.0.0\n';
    expect(await run({ Dockerfile: SHELL, 'compose.yaml': 'services:\n  web:\n    build: .\n    command: gunicorn app:app\n' }))
      .toEqual(['Dockerfile:3:1 ENTRYPOINT starts a development server: flask run']);
    expect(await run({ Dockerfile: SHELL, 'compose.yaml': 'services:\n  web:\n    build: .\n    entrypoint: gunicorn app:app\n' }))
      .toEqual(['NOTE Dockerfile:3:1 ENTRYPOINT starts a development server: flask run (replaced by compose entrypoint in compose.yaml)']);
    expect(await run({ Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT ["flask", "run"]\n', 'compose.yaml': 'services:\n  web:\n    build: .\n    command: ["--host", "0.0.0.0"]\n' }))
      .toEqual([
        'Dockerfile:3:1 ENTRYPOINT starts a development server: flask run',
        "compose.yaml:4:14 service 'web' command (appended to ENTRYPOINT [\"flask\", \"run\"], Dockerfile:3) starts a development server: flask run",
      ]);
  });
  it('a build target the services building it all replace gives a note; the final stage sharing its CMD stays judged when it runs as it is', async () => {
    const STAGES = 'FROM python:3.12-slim AS base\nUSER 10001\nCMD ["flask", "run"]\nFROM base AS web\nFROM base\n';
    expect(await run({ Dockerfile: STAGES, 'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      target: web\n    command: gunicorn app:app\n  worker:\n    build: .\n' }))
      .toEqual(['Dockerfile:3:1 CMD starts a development server: flask run']);
    // The final stage's services replace it, the target's run it: judged as the target's.
    expect(await run({ Dockerfile: STAGES, 'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      target: web\n  worker:\n    build: .\n    command: gunicorn app:app\n' }))
      .toEqual(["Dockerfile:3:1 CMD of build target 'web' (service 'web' in compose.yaml) starts a development server: flask run"]);
  });
});
