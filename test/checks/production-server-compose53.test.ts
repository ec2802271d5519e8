import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';
import { run as runPreflight } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

async function run(files: Record<string, string>) {
  const out = await runCase(productionServer, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split(/;/)[0]}${/ \(((?:replaced by|compose command)[^)]*)\)$/.exec(f.message)?.[0] ?? ''}`).sort();
}

const DF = 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run", "--host=0.0.0.0"]\n';
const FLASK = 'CMD starts a development server: flask run';
const COMPOSE = 'services:\n  web:\n    build: .\n    command: gunicorn app:app\n';
const TAGGED = (image: string) => `services:\n  web:\n    build: .\n    image: ${image}\n    command: gunicorn app:app\n`;
const HEROKU_RUN = 'build:\n  docker:\n    web: Dockerfile\nrun:\n  web: gunicorn app:app\n';
const FLY_PROCESSES = 'app = "web"\n[processes]\n  app = "gunicorn app:app"\n';
const RENDER_DOCKER = 'services:\n  - type: web\n    name: web\n    runtime: docker\n';

// QA53 compose item 2: a platform file that deploys the Dockerfile's image with its CMD as it is runs that CMD in production, as a
// Kubernetes container, a compose service or a Nomad task without a command of its own does: the CMD the compose services replace
// stays judged, also beside another platform that replaces it.
describe('production-server: platforms running the Dockerfile CMD as it is (QA53 compose)', () => {
  it('a fly.toml without [processes] or a render.yaml Docker service without dockerCommand keeps the CMD judged beside a platform replacing it', async () => {
    // Before: the note `(replaced by heroku.yml run.web in production and compose command in compose.yaml)`.
    expect(await run({ Dockerfile: DF, 'compose.yaml': COMPOSE, 'fly.toml': 'app = "web"\n', 'heroku.yml': HEROKU_RUN })).toEqual([`Dockerfile:3:1 ${FLASK}`]);
    expect(await run({ Dockerfile: DF, 'compose.yaml': COMPOSE, 'fly.toml': FLY_PROCESSES, 'render.yaml': RENDER_DOCKER })).toEqual([`Dockerfile:3:1 ${FLASK}`]);
    // Without compose too: fly.toml's [processes] replaces it, render.yaml runs it.
    expect(await run({ Dockerfile: DF, 'fly.toml': FLY_PROCESSES, 'render.yaml': RENDER_DOCKER })).toEqual([`Dockerfile:3:1 ${FLASK}`]);
    // One render.yaml service replaces it, another runs it; heroku.yml builds web without run.web.
    expect(await run({ Dockerfile: DF, 'render.yaml': `${RENDER_DOCKER}    dockerCommand: gunicorn app:app\n  - type: worker\n    name: w\n    runtime: docker\n` })).toEqual([`Dockerfile:3:1 ${FLASK}`]);
    expect(await run({ Dockerfile: DF, 'fly.toml': FLY_PROCESSES, 'heroku.yml': 'build:\n  docker:\n    web: Dockerfile\n' })).toEqual([`Dockerfile:3:1 ${FLASK}`]);
  });
  it('platforms that all replace it, or one for development or built with buildpacks, still give the note', async () => {
    expect(await run({ Dockerfile: DF, 'compose.yaml': COMPOSE, 'fly.toml': FLY_PROCESSES, 'render.yaml': `${RENDER_DOCKER}    dockerCommand: gunicorn app:app\n` }))
      .toEqual([`NOTE Dockerfile:3:1 ${FLASK} (replaced by fly.toml [processes] in production and compose command in compose.yaml)`]);
    expect(await run({ Dockerfile: DF, 'heroku.yml': HEROKU_RUN, 'fly.dev.toml': 'app = "web-dev"\n' }))
      .toEqual([`NOTE Dockerfile:3:1 ${FLASK} (replaced by heroku.yml run.web in production)`]);
    expect(await run({ Dockerfile: DF, 'heroku.yml': HEROKU_RUN, 'fly.toml': 'app = "web"\n[build]\n  builder = "paketobuildpacks/builder:base"\n' }))
      .toEqual([`NOTE Dockerfile:3:1 ${FLASK} (replaced by heroku.yml run.web in production)`]);
  });
  it('a fly.toml [build] image or a render.yaml image.url running the image compose tags, without a command of its own, keeps the CMD judged and is named', async () => {
    // Before: the note `(replaced by compose command in compose.yaml)`.
    expect(await run({ Dockerfile: DF, 'compose.yaml': TAGGED('registry.fly.io/acme-web'), 'deploy/fly.toml': 'app = "acme-web"\n[build]\n  image = "registry.fly.io/acme-web:latest"\n' }))
      .toEqual([`Dockerfile:3:1 ${FLASK} (compose command in compose.yaml replaces it there, but deploy/fly.toml [build] image runs the image with it as it is)`]);
    expect(await run({ Dockerfile: DF, 'compose.yaml': TAGGED('ghcr.io/acme/web:latest'), 'render.yaml': 'services:\n  - type: web\n    name: web\n    runtime: image\n    image:\n      url: ghcr.io/acme/web:1.2\n' }))
      .toEqual([`Dockerfile:3:1 ${FLASK} (compose command in compose.yaml replaces it there, but render.yaml service 'web' image.url runs the image with it as it is)`]);
  });
  it('a fly.toml [build] image with [processes], one for development, or a render.yaml image.url with dockerCommand replace it: the note stays', async () => {
    const note = `NOTE Dockerfile:3:1 ${FLASK} (replaced by compose command in compose.yaml)`;
    expect(await run({ Dockerfile: DF, 'compose.yaml': TAGGED('registry.fly.io/acme-web'), 'fly.toml': `app = "acme-web"\n[build]\n  image = "registry.fly.io/acme-web:latest"\n${FLY_PROCESSES.slice(FLY_PROCESSES.indexOf('['))}` })).toEqual([note]);
    expect(await run({ Dockerfile: DF, 'compose.yaml': TAGGED('registry.fly.io/acme-web'), 'fly.dev.toml': 'app = "acme-web"\n[build]\n  image = "registry.fly.io/acme-web:latest"\n' })).toEqual([note]);
    // An image-backed render service builds no Dockerfile: its dockerCommand replaces the image's CMD, not the Dockerfile's on its own.
    expect(await run({ Dockerfile: DF, 'compose.yaml': TAGGED('ghcr.io/acme/web:latest'), 'render.yaml': 'services:\n  - type: web\n    name: web\n    runtime: image\n    image:\n      url: ghcr.io/acme/web:1.2\n    dockerCommand: gunicorn app:app\n' })).toEqual([note]);
    // Another image: not the one compose tags.
    expect(await run({ Dockerfile: DF, 'compose.yaml': TAGGED('ghcr.io/acme/web:latest'), 'render.yaml': 'services:\n  - type: web\n    name: web\n    runtime: image\n    image:\n      url: ghcr.io/acme/other:1.2\n' })).toEqual([note]);
  });
});

// QA53 compose item 1 (documented, no code change): `--dir` scans the folder's files and what they lead to, not the files outside it
// that lead to the folder. The root's compose file building `sub/` with a `command:` is not read by a `--dir sub` run, so the
// folder's CMD fails there; the root run and an item scoped to the folder (which reads the whole repository) give the note (README).
describe('production-server: a root compose command over a sub-folder Dockerfile, by --dir and by scope (QA53 compose)', () => {
  it('the root run and a scoped item give the note; a --dir run, which does not read the root compose file, judges the CMD', async () => {
    const root = makeRepo({
      'sub/Dockerfile': DF,
      'sub/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'compose.yaml': 'services:\n  web:\n    build: ./sub\n    command: gunicorn app:app\n',
      '.github/preflight.yml': 'version: 1\nitems:\n  - { id: all, check: production-server }\n  - { id: scoped, check: production-server, paths: ["sub/**"] }\n',
    });
    const scan = async (dir: string) => {
      const { report } = await runPreflight({ dir, cwd: root, checklist: '.github/preflight.yml', probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
      return { statuses: Object.fromEntries(report.items.map((i) => [i.id, i.status])), at: report.findings.filter((f) => f.check === 'production-server').map((f) => `${f.file}:${f.line} ${f.severity}${/\(replaced by [^)]*\)$/.exec(f.message)?.[0] ? ' replaced' : ''}`) };
    };
    const whole = await scan(root);
    expect(whole.statuses).toEqual({ all: 'pass', scoped: 'pass' });
    expect(new Set(whole.at)).toEqual(new Set(['sub/Dockerfile:3 info replaced']));
    const sub = await scan('sub');
    expect(sub.statuses).toEqual({ all: 'fail', scoped: 'fail' });
    expect(new Set(sub.at)).toEqual(new Set(['sub/Dockerfile:3 critical']));
  });
});
