import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 46 fullrepos26 D4: tiangolo's uvicorn-gunicorn images ship `/start-reload.sh` (`uvicorn --reload`, their development
// start script) beside `/start.sh` (gunicorn, their CMD). Running /start-reload.sh in production is a development server — when the
// image it runs is (or is built FROM) one of them and the repository does not copy its own start-reload.sh into the image.

const FASTAPI_DF = 'FROM tiangolo/uvicorn-gunicorn-fastapi:python3.11\nWORKDIR /app/\nCOPY ./app /app\n';
const APP = { 'backend/app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' };
const compose = (command: string) => `services:\n  backend:\n    build:\n      context: ./backend\n      dockerfile: backend.dockerfile\n    command: ${command}\n`;

const shown = async (files: Record<string, string>) =>
  (await runCase(productionServer, { name: 'x', files })).findings.map((f) => `${f.note ? 'note' : 'fail'} ${f.file}:${f.line} ${f.message}`);

describe('/start-reload.sh of a tiangolo uvicorn-gunicorn image', () => {
  const fails: [string, Record<string, string>, string][] = [
    ['compose command on a service building FROM tiangolo/uvicorn-gunicorn-fastapi', { ...APP, 'backend/backend.dockerfile': FASTAPI_DF, 'docker-compose.yml': compose('/start-reload.sh') }, 'docker-compose.yml:6'],
    ['compose command through bash', { ...APP, 'backend/backend.dockerfile': FASTAPI_DF, 'docker-compose.yml': compose('bash /start-reload.sh') }, 'docker-compose.yml:6'],
    ['compose service running the image itself (uvicorn-gunicorn-starlette, docker.io prefix)', { 'docker-compose.yml': 'services:\n  api:\n    image: docker.io/tiangolo/uvicorn-gunicorn-starlette:python3.11\n    command: ["/start-reload.sh"]\n' }, 'docker-compose.yml:4'],
    ['Dockerfile CMD, built FROM an earlier stage FROM tiangolo/uvicorn-gunicorn', { 'Dockerfile': 'FROM tiangolo/uvicorn-gunicorn:python3.11 AS base\nCOPY ./app /app\nFROM base\nCMD ["/start-reload.sh"]\n' }, 'Dockerfile:4'],
    ['Kubernetes container command', { 'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: tiangolo/uvicorn-gunicorn-fastapi:python3.11\n          command: ["/start-reload.sh"]\n' }, 'k8s/deployment.yaml:11'],
  ];
  for (const [name, files, at] of fails) {
    it(`${name}: a failure naming the script and /start.sh`, async () => {
      const out = await shown(files);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(new RegExp(`^fail ${at.replace('.', '\\.')} `));
      expect(out[0]).toContain('/start-reload.sh of the tiangolo/uvicorn-gunicorn');
      expect(out[0]).toContain("use the image's /start.sh in production");
    });
  }

  it('in a development overlay (docker-compose.override.yml) it is a note', async () => {
    const files = { ...APP, 'backend/backend.dockerfile': FASTAPI_DF, 'docker-compose.yml': 'services:\n  backend:\n    build:\n      context: ./backend\n      dockerfile: backend.dockerfile\n', 'docker-compose.override.yml': 'services:\n  backend:\n    command: /start-reload.sh\n' };
    const out = await shown(files);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^note docker-compose\.override\.yml:3 .*\/start-reload\.sh of the tiangolo\/uvicorn-gunicorn-fastapi image/);
  });
});

describe('lookalikes that still pass', () => {
  const cases: [string, Record<string, string>][] = [
    ['/start.sh (gunicorn) on the tiangolo image', { ...APP, 'backend/backend.dockerfile': FASTAPI_DF, 'docker-compose.yml': compose('/start.sh') }],
    ['/start-reload.sh on another image (its own script, not in the repository: unknown)', { 'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.2.3\n    command: /start-reload.sh\n' }],
    ['/start-reload.sh on a Dockerfile FROM python', { 'Dockerfile': 'FROM python:3.12-slim\nCOPY . /app\nCMD ["/start-reload.sh"]\n' }],
    ['the repository\'s own start-reload.sh copied into the tiangolo image, running gunicorn', {
      'Dockerfile': 'FROM tiangolo/uvicorn-gunicorn-fastapi:python3.11\nCOPY ./start-reload.sh /start-reload.sh\nCOPY ./app /app\nCMD ["/start-reload.sh"]\n',
      'start-reload.sh': '#!/bin/sh\nexec gunicorn -k uvicorn.workers.UvicornWorker -w 4 -b 0.0.0.0:80 app.main:app\n',
    }],
    ['a bare start-reload.sh name (looked up on the PATH, not the image\'s /start-reload.sh)', { 'docker-compose.yml': 'services:\n  api:\n    image: tiangolo/uvicorn-gunicorn-fastapi:python3.11\n    command: start-reload.sh\n' }],
  ];
  for (const [name, files] of cases) {
    it(name, async () => {
      expect(await shown(files)).toEqual([]);
    });
  }

  it('the repository\'s own start-reload.sh decides by its content (uvicorn --reload there is named at its line)', async () => {
    const out = await shown({
      'Dockerfile': 'FROM tiangolo/uvicorn-gunicorn-fastapi:python3.11\nCOPY ./start-reload.sh /start-reload.sh\nCMD ["/start-reload.sh"]\n',
      'start-reload.sh': '#!/bin/sh\nexec uvicorn --reload --host 0.0.0.0 app.main:app\n',
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^fail Dockerfile:3 .*uvicorn --reload/);
    expect(out[0]).not.toContain('of the tiangolo');
  });
});
