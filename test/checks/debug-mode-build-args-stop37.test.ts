/**
 * QA stop 37 (fphunt7 D4): compose `build.args` give the ARGs an `ENV X=${ARG}` copies their values for debug-mode, as they
 * do for USER and FROM: a production service passing `NODE_ENV: production` overrides `ARG NODE_ENV=development`; the
 * default is still judged when something else builds the Dockerfile (a pushing workflow, no compose build at all) or a
 * production service passes the same value; a development-only service's values give notes; a production value that turns
 * debug on fails, naming the service.
 */
import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

const DF = 'FROM node:20.14-alpine\nARG NODE_ENV=development\nENV NODE_ENV=${NODE_ENV}\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';
const compose = (value: string, name = 'NODE_ENV') => `services:\n  web:\n    build:\n      context: .\n      args:\n        ${name}: ${value}\n    restart: always\n`;

const run = async (files: Record<string, string>) => {
  const out = await runCase(debugMode, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note) };
};
const at = (fs: { file?: string; line?: number }[]) => fs.map((f) => `${f.file}:${f.line}`);

describe('D4: compose build.args resolve an ENV that copies an ARG', () => {
  it('a production service passing NODE_ENV=production overrides the development default', async () => {
    const r = await run({ Dockerfile: DF, 'docker-compose.yml': compose('production') });
    expect(r.failures).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('a development override passing the default value gives a note, naming it', async () => {
    const r = await run({ Dockerfile: DF, 'docker-compose.yml': compose('production'), 'docker-compose.override.yml': 'services:\n  web:\n    build:\n      args:\n        NODE_ENV: development\n' });
    expect(r.failures).toEqual([]);
    expect(at(r.notes)).toEqual(['Dockerfile:3']);
    expect(r.notes[0]!.message).toMatch(/as service 'web' in docker-compose\.override\.yml builds it, with build\.args NODE_ENV=development/);
  });

  it('a production service passing a development value fails, naming the service', async () => {
    const r = await run({ Dockerfile: DF.replace('ARG NODE_ENV=development', 'ARG NODE_ENV=production'), 'docker-compose.yml': compose('development') });
    expect(at(r.failures)).toEqual(['Dockerfile:3']);
    expect(r.failures[0]!.message).toMatch(/ENV NODE_ENV=development \(resolved from \$\{NODE_ENV\}\) in the image \(as service 'web' in docker-compose\.yml builds it, with build\.args NODE_ENV=development\)/);
  });

  it('the default is still judged when no compose service passes the argument', async () => {
    const r = await run({ Dockerfile: DF, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    restart: always\n' });
    expect(at(r.failures)).toEqual(['Dockerfile:3']);
    expect(r.failures[0]!.message).toMatch(/the ARG default, unless a --build-arg overrides it/);
  });

  it('the default is still judged when a workflow builds the Dockerfile too', async () => {
    const wf = 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with: { context: ., push: true, tags: "ghcr.io/acme/x:1" }\n';
    const r = await run({ Dockerfile: DF, 'docker-compose.yml': compose('production'), '.github/workflows/release.yml': wf });
    expect(at(r.failures)).toEqual(['Dockerfile:3']);
  });

  it('FLASK_DEBUG copied from an ARG: the production compose value decides', async () => {
    const df = 'FROM python:3.12-slim\nARG FLASK_DEBUG=1\nENV FLASK_DEBUG=$FLASK_DEBUG\nUSER 10001\nCMD ["gunicorn", "app:app"]\n';
    expect(at((await run({ Dockerfile: df, 'compose.yaml': compose('"0"', 'FLASK_DEBUG') })).failures)).toEqual([]);
    expect(at((await run({ Dockerfile: df.replace('=1', '=0'), 'compose.yaml': compose('"1"', 'FLASK_DEBUG') })).failures)).toEqual(['Dockerfile:3']);
  });
});
