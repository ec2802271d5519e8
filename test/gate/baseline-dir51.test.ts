import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cli, run, recorded, write } from './baseline51-cli.js';

const APP = 'from flask import Flask\napp = Flask(__name__)\nif __name__ == "__main__":\n    app.run(debug=True)\n';
// `web` runs the image's own CMD (`flask run`), so the Dockerfile's finding is one in the root run too, as in the run of
// services/api, which sees no compose file (a CMD every service replaced would be a note at the root only).
const COMPOSE = 'services:\n  worker:\n    build: services/api\n    image: acme/worker:1.0\n    command: python app.py\n    restart: always\n    deploy: {resources: {limits: {memory: 256M}}}\n  web:\n    build: services/api\n    image: acme/web:1.0\n    restart: always\n    deploy: {resources: {limits: {memory: 256M}}}\n';
const DOCKERFILE = 'FROM python:3.12\nUSER 1000\nHEALTHCHECK CMD true\nENV FLASK_DEBUG=1\nCMD ["flask", "run"]\n';
const FILES = { 'services/api/app.py': APP, 'docker-compose.yml': COMPOSE, 'services/api/Dockerfile': DOCKERFILE, '.gitignore': '.env\n' };

describe('baseline: a --dir run does not call fixed an entry it could not have found (adoption D5)', () => {
  it('the app.py entry a root compose file causes is not fixed in the run of services/api', async () => {
    const repo = await recorded(FILES);
    const base = JSON.parse(fs.readFileSync(path.join(repo, 'base.json'), 'utf8')) as { findings: { check: string; file: string }[] };
    expect(base.findings.map((f) => `${f.check} ${f.file}`)).toContain('debug-mode services/api/app.py');
    const root = await run(repo);
    expect([root.fresh, root.doc.baselineFixed]).toEqual([[], 0]);
    const sub = await run(repo, ['--dir', 'services/api']);
    expect(sub.fresh).toEqual([]);
    expect(sub.doc.baselineFixed).toBe(0);
    expect((await cli(['--dir', 'services/api', '--baseline', 'base.json'], repo)).stdout).not.toMatch(/fixed/);
  });

  it('an entry of the folder fixed there still counts, and the root run still counts the caused entry once its cause is gone', async () => {
    const repo = await recorded(FILES);
    write(repo, 'services/api/Dockerfile', DOCKERFILE.replace('ENV FLASK_DEBUG=1\n', ''));
    const sub = await run(repo, ['--dir', 'services/api']);
    expect(sub.fresh).toEqual([]);
    expect(sub.doc.baselineFixed).toBe(1);
    write(repo, 'docker-compose.yml', COMPOSE.replace('python app.py', 'gunicorn app:app'));
    const root = await run(repo);
    expect(root.fresh).toEqual([]);
    // FLASK_DEBUG, the compose command's production-server and app.py's debug-mode.
    expect(root.doc.baselineFixed).toBe(3);
  });

  it('nor does a root run while the file its message names cannot be parsed', async () => {
    const repo = await recorded(FILES);
    write(repo, 'docker-compose.yml', COMPOSE.replace('    image:', '   image:'));
    const r = await run(repo);
    expect(r.fresh).toContain('parse-error docker-compose.yml:4');
    expect(r.doc.baselineFixed).toBe(0);
  });
});
