import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 43 oss14. D1: an entrypoint script that dispatches `case "$1"` to shell functions (Redash's, Superset's) runs the function
// the image's CMD selects, not every function body it defines. D3: a main compose file's build that a production overlay replaces with a
// published image (Chatwoot) is development's: its build.args give notes. D4: a final stage named for development that only a
// `target: development` build makes (Ghost's core compose) is a development image. D5: an image another service of the compose project
// builds is not pulled as written (Cal.com's `studio`).

/** Each finding as `file:line fail|note`. */
const found = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'}`);

const DOCKERFILE = (cmd: string) => `FROM python:3.12-slim\nRUN useradd -m app\nWORKDIR /app\nCOPY . /app\nUSER app\nENTRYPOINT ["/app/bin/docker-entrypoint"]\nCMD ${cmd}\n`;
/** Redash's bin/docker-entrypoint, shortened. */
const REDASH = `#!/bin/bash
set -e

worker() {
  exec supervisord -c worker.conf
}

server() {
  # Recycle gunicorn workers every n-th request.
  MAX_REQUESTS=\${MAX_REQUESTS:-1000}
  exec /usr/local/bin/gunicorn -b 0.0.0.0:5000 --name redash -w\${REDASH_WEB_WORKERS:-4} redash.wsgi:app --max-requests $MAX_REQUESTS
}

dev_server() {
  export FLASK_DEBUG=1
  exec /app/manage.py runserver --debugger --reload -h 0.0.0.0
}

help() {
  echo "Redash Docker."
}

case "$1" in
  worker)
    shift
    worker
    ;;
  server)
    shift
    server
    ;;
  dev_server)
    dev_server
    ;;
  help)
    shift
    help
    ;;
  *)
    exec "$@"
    ;;
esac
`;

describe('D1: entrypoint scripts dispatching to shell functions', () => {
  it('CMD ["server"] runs server(), gunicorn: dev_server() is never called', async () => {
    const files = { Dockerfile: DOCKERFILE('["server"]'), 'bin/docker-entrypoint': REDASH };
    expect(await found(productionServer, files)).toEqual([]);
    expect(await found(debugMode, files)).toEqual([]);
  });
  it('CMD ["dev_server"] runs dev_server(): its debug server and FLASK_DEBUG=1 are found', async () => {
    const files = { Dockerfile: DOCKERFILE('["dev_server"]'), 'bin/docker-entrypoint': REDASH };
    expect(await found(productionServer, files)).toEqual(['Dockerfile:7 fail']);
    expect(await found(debugMode, files)).toEqual(['Dockerfile:7 fail']);
  });
});

describe('D1: how a start script is read (structure)', () => {
  const run = (cmd: string, script: string) => ({ Dockerfile: DOCKERFILE(cmd), 'bin/docker-entrypoint': script });
  it('inline `case "$1"` branches: the one CMD selects runs, the others do not', async () => {
    const script = '#!/bin/sh\nset -e\ncase "$1" in\n  server)\n    exec gunicorn -b 0.0.0.0:5000 app.wsgi:app\n    ;;\n  dev)\n    export FLASK_DEBUG=1\n    exec flask run --host 0.0.0.0\n    ;;\n  *)\n    exec "$@"\n    ;;\nesac\n';
    expect(await found(productionServer, run('["server"]', script))).toEqual([]);
    expect(await found(productionServer, run('["dev"]', script))).toEqual(['Dockerfile:7 fail']);
    expect(await found(debugMode, run('["dev"]', script))).toEqual(['Dockerfile:7 fail']);
  });
  it('alternatives, `(pattern)`, globs, `${1:-default}` and a variable set from `$1` select as the shell does', async () => {
    const alt = '#!/bin/sh\ncmd="$1"\nshift\ncase "$cmd" in\n  (web|server) exec gunicorn app:app ;;\n  dev*) exec flask run --debug ;;\nesac\n';
    expect(await found(productionServer, run('["server"]', alt))).toEqual([]);
    expect(await found(productionServer, run('["develop"]', alt))).toEqual(['Dockerfile:7 fail']);
    const dflt = '#!/bin/sh\ncase "${1:-dev}" in\n  dev) exec flask run --debug ;;\n  *) exec gunicorn app:app ;;\nesac\n';
    expect(await found(productionServer, { Dockerfile: DOCKERFILE('["web"]').replace('CMD ["web"]\n', ''), 'bin/docker-entrypoint': dflt })).toEqual(['Dockerfile:6 fail']);
    expect(await found(productionServer, run('["web"]', dflt))).toEqual([]);
  });
  it('an argument not known (a variable) selects no branch: none is judged, as before', async () => {
    const script = '#!/bin/sh\ndev() { exec flask run --debug; }\ncase "$1" in\n  dev) dev ;;\nesac\n';
    expect(await found(productionServer, run('["$MODE"]', script))).toEqual([]);
  });
  it('a function called unconditionally runs where it is called (`main "$@"`), with its own arguments', async () => {
    const main = '#!/bin/bash\nmain() {\n  case "$1" in\n    web) exec gunicorn app:app ;;\n    *) export FLASK_DEBUG=1; exec flask run ;;\n  esac\n}\nmain "$@"\n';
    expect(await found(productionServer, run('["web"]', main))).toEqual([]);
    expect(await found(productionServer, run('["other"]', main))).toEqual(['Dockerfile:7 fail']);
    expect(await found(debugMode, run('["other"]', main))).toEqual(['Dockerfile:7 fail']);
    // One line, calling itself with its arguments shifted.
    const oneLine = '#!/bin/bash\nmain() { case "$1" in skip) shift; main "$@" ;; dev) exec flask run --debug ;; *) exec gunicorn app:app ;; esac; }\nmain "$@"\n';
    expect(await found(productionServer, { Dockerfile: DOCKERFILE('["skip", "skip", "dev"]'), 'bin/docker-entrypoint': oneLine })).toEqual(['Dockerfile:7 fail']);
    expect(await found(productionServer, { Dockerfile: DOCKERFILE('["skip", "web"]'), 'bin/docker-entrypoint': oneLine })).toEqual([]);
    const kw = '#!/bin/bash\nfunction start {\n  exec flask run --reload\n}\nfunction unused() {\n  exec gunicorn app:app\n}\nstart\n';
    expect(await found(productionServer, run('["x"]', kw))).toEqual(['Dockerfile:7 fail']);
  });
  it('a call or a `{ …; }` group behind a test stays a branch', async () => {
    const call = '#!/bin/sh\ndev() {\n  export FLASK_DEBUG=1\n  exec flask run\n}\n[ -n "$DEV" ] && dev\nexec gunicorn app:app\n';
    expect(await found(productionServer, run('["x"]', call))).toEqual([]);
    expect(await found(debugMode, run('["x"]', call))).toEqual([]);
    const group = '#!/bin/sh\n[ -n "$DEV" ] && {\n  export FLASK_DEBUG=1\n  exec flask run\n}\nexec gunicorn app:app\n';
    expect(await found(productionServer, run('["x"]', group))).toEqual([]);
    expect(await found(debugMode, run('["x"]', group))).toEqual([]);
  });
  it('a shell-form CMD passes its words to the script: `CMD /start.sh dev`', async () => {
    const files = { Dockerfile: 'FROM python:3.12\nUSER 1000\nCOPY start.sh /start.sh\nCMD /start.sh dev\n', 'start.sh': '#!/bin/sh\ncase $1 in\n  (dev) exec flask run --debug ;;\n  (prod) exec gunicorn app:app ;;\nesac\n' };
    expect(await found(productionServer, files)).toEqual(['Dockerfile:4 fail']);
    expect(await found(productionServer, { ...files, Dockerfile: files.Dockerfile.replace('dev', 'prod') })).toEqual([]);
  });
});

/** Chatwoot's layout, shortened: the main file builds with development args and tags development images; the production file runs the published image. */
const CHATWOOT = {
  'docker-compose.yaml': `services:
  base: &base
    build:
      context: .
      dockerfile: ./docker/Dockerfile
      args:
        RAILS_ENV: 'development'
    image: chatwoot:development
  rails:
    <<: *base
    build:
      context: .
      dockerfile: ./docker/dockerfiles/rails.Dockerfile
    image: chatwoot-rails:development
    environment:
      - RAILS_ENV=development
    entrypoint: docker/entrypoints/rails.sh
    command: ["bundle", "exec", "rails", "s", "-p", "3000", "-b", "0.0.0.0"]
`,
  'docker-compose.production.yaml': `services:
  base: &base
    image: chatwoot/chatwoot:v4.1.0
  rails:
    <<: *base
    environment:
      - RAILS_ENV=production
    entrypoint: docker/entrypoints/rails.sh
    command: ["bundle", "exec", "rails", "s", "-p", "3000", "-b", "0.0.0.0"]
    restart: always
`,
  'docker/Dockerfile': 'FROM ruby:3.4.4-alpine3.21\nARG RAILS_ENV=production\nENV RAILS_ENV ${RAILS_ENV}\nWORKDIR /app\nEXPOSE 3000\n',
  'docker/dockerfiles/rails.Dockerfile': 'FROM chatwoot:development\nEXPOSE 3000\nCMD ["rails", "server", "-b", "0.0.0.0", "-p", "3000"]\n',
};

describe('D3: a build a production overlay replaces with a published image', () => {
  it("the main file's development build.args give a note on the shared Dockerfile, as its development environment does on the compose line", async () => {
    const out = (await runCase(debugMode, { name: 'x', files: CHATWOOT })).findings;
    expect(out.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'}`).sort()).toEqual(['docker-compose.yaml:16 note', 'docker/Dockerfile:3 note']);
    expect(out.find((f) => f.file === 'docker/Dockerfile')!.message).toContain('overridden by docker-compose.production.yaml for production, which runs image chatwoot/chatwoot:v4.1.0');
  });
  it('a Dockerfile built on the image the development build tags, only by a replaced service, is a development image', async () => {
    expect(await found(productionServer, CHATWOOT)).toContain('docker/dockerfiles/rails.Dockerfile:3 note');
    expect((await found(productionServer, CHATWOOT)).filter((l) => l.endsWith('fail'))).toEqual([]);
  });
  it('the shared Dockerfile, built from a public base, stays production\'s: CI may build the published image from it', async () => {
    expect(await found(dockerfileNonRoot, CHATWOOT)).toContain('docker/Dockerfile:1 fail');
  });
  it('without the production overlay, or with one naming the image the main file tags, the development args fail', async () => {
    const alone = { ...CHATWOOT, 'docker-compose.production.yaml': undefined } as Record<string, string | undefined>;
    delete alone['docker-compose.production.yaml'];
    expect(await found(debugMode, alone as Record<string, string>)).toContain('docker/Dockerfile:3 fail');
    // The rails service's own entrypoint and command replace the CMD (QA52 compose D1): the command fails, with RAILS_ENV=development.
    expect((await found(productionServer, alone as Record<string, string>)).sort()).toEqual(['docker-compose.yaml:18 fail', 'docker/dockerfiles/rails.Dockerfile:3 note']);
    // `base` tags chatwoot:development: a production chatwoot:v4.1.0 is the image its build makes.
    const same = { ...CHATWOOT, 'docker-compose.production.yaml': CHATWOOT['docker-compose.production.yaml'].replace('chatwoot/chatwoot:v4.1.0', 'chatwoot:v4.1.0') };
    expect(await found(debugMode, same)).toContain('docker/Dockerfile:3 fail');
  });
  it('a production overlay that builds the service itself leaves the build production\'s', async () => {
    const builds = { ...CHATWOOT, 'docker-compose.production.yaml': CHATWOOT['docker-compose.production.yaml'].replace('    image: chatwoot/chatwoot:v4.1.0\n', '    image: chatwoot/chatwoot:v4.1.0\n    build:\n      context: .\n      dockerfile: ./docker/Dockerfile\n') };
    expect(await found(debugMode, builds)).toContain('docker/Dockerfile:3 fail');
  });
});

/** Ghost's core repository: a single-stage development image that its contributors' compose builds as `target: development`. */
const GHOST = (compose = 'ghost-core/compose.yml', dockerfile = 'FROM node:22.13.1-bullseye-slim AS development\nWORKDIR /home/ghost\nRUN yarn install --frozen-lockfile\nCMD ["yarn", "dev"]\n') => ({
  [compose]: 'services:\n  ghost:\n    build:\n      context: ./.docker\n      dockerfile: Dockerfile\n      target: development\n    command: ["yarn", "dev"]\n    profiles: [ghost]\n',
  'ghost-core/.docker/Dockerfile': dockerfile,
  'ghost-core/package.json': '{"scripts": {"dev": "nodemon index.js"}}\n',
});

describe('D4: a final stage named for development, built only as a development target', () => {
  it('is a development image: its CMD and USER findings are notes naming why', async () => {
    const ps = (await runCase(productionServer, { name: 'x', files: GHOST() })).findings.filter((f) => f.file === 'ghost-core/.docker/Dockerfile');
    expect(ps.map((f) => `${f.line} ${f.note ? 'note' : 'fail'}`)).toEqual(['4 note']);
    expect(ps[0]!.message).toContain("built only by service 'ghost' in ghost-core/compose.yml, building its development stage 'development'");
    expect((await found(dockerfileNonRoot, GHOST())).filter((l) => l.startsWith('ghost-core/.docker/'))).toEqual(['ghost-core/.docker/Dockerfile:1 note']);
  });
  it('a compose file named for production building it deploys it: judged', async () => {
    // Its service's own command replaces the CMD (a note, QA52 compose D1) and fails, as the CMD would.
    expect((await found(productionServer, GHOST('ghost-core/docker-compose.prod.yml'))).sort()).toEqual(['ghost-core/.docker/Dockerfile:4 note', 'ghost-core/docker-compose.prod.yml:7 fail']);
  });
  it('a development target before the final stage says nothing of the final one: the final stage stays judged', async () => {
    const df = 'FROM node:22-slim AS development\nCMD ["yarn", "dev"]\nFROM node:22-slim AS release\nUSER node\nCMD ["yarn", "dev"]\n';
    const out = await found(productionServer, GHOST('ghost-core/compose.yml', df));
    expect(out).toContain('ghost-core/.docker/Dockerfile:5 fail');
    expect(out).toContain('ghost-core/.docker/Dockerfile:2 note');
  });
});

describe('D5: an image another service of the compose project builds', () => {
  const compose = (extra = '') => `services:\n  app:\n    image: ghcr.io/acme/app\n    build: .\n    restart: always\n  admin:\n    image: ghcr.io/acme/app\n    restart: always\n    command: ["node", "admin.js"]\n${extra}`;
  it('is skipped for the service without build: as for the one that builds it (docker compose treats it as buildable for both)', async () => {
    expect(await found(imageTagPinned, { 'docker-compose.yml': compose(), Dockerfile: 'FROM node:22.11-alpine\n' })).toEqual([]);
  });
  it('an untagged image no service builds is judged', async () => {
    expect(await found(imageTagPinned, { 'docker-compose.yml': compose('  studio:\n    image: ghcr.io/acme/studio\n'), Dockerfile: 'FROM node:22.11-alpine\n' })).toEqual(['docker-compose.yml:11 fail']);
  });
});
