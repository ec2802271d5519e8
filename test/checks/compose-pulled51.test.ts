import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 51 (adoption D4): a compose service that runs a pulled image (`image:` with no `build:`, no bind mount) was tied to
// whichever `app.py` the repository held, anywhere: `command: python app.py` failed both checks on an unrelated
// `tools/devserver/app.py` (and passed again as soon as a second app.py appeared). Its files come from elsewhere: a path is
// matched where it names, or under a folder named as the service or the image, never in any folder at all.
const APP = 'from flask import Flask\napp = Flask(__name__)\nif __name__ == "__main__":\n    app.run(debug=True)\n';
const compose = (image: string, more = '') => `services:\n  worker:\n    image: ${image}\n    command: python app.py\n    restart: always\n${more}`;

async function both(files: Record<string, string>) {
  const server = await runCase(productionServer, { name: 'pulled51', files });
  const debug = await runCase(debugMode, { name: 'pulled51', files });
  expect(server.error).toBeUndefined();
  expect(debug.error).toBeUndefined();
  const failing = (out: typeof server) => out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);
  return { server: failing(server), debug: failing(debug) };
}

describe('a pulled image\'s command is not tied to an unrelated file of the repository', () => {
  it('an app.py in an unrelated folder is not what `python app.py` runs', async () => {
    expect(await both({ 'docker-compose.yml': compose('acme/worker:1.0'), 'tools/devserver/app.py': APP })).toEqual({ server: [], debug: [] });
  });

  it('the file at the path the command names (beside the compose file) still is', async () => {
    expect(await both({ 'docker-compose.yml': compose('acme/worker:1.0'), 'app.py': APP })).toEqual({ server: ['docker-compose.yml:4'], debug: ['app.py:4'] });
  });

  it('a folder named as the image or the service holds it', async () => {
    expect(await both({ 'docker-compose.yml': compose('registry.example.com:5000/acme/worker:1.0@sha256:' + 'a'.repeat(64)), 'worker/app.py': APP })).toEqual({ server: ['docker-compose.yml:4'], debug: ['worker/app.py:4'] });
    expect(await both({ 'docker-compose.yml': compose('acme/jobs:1.0'), 'services/worker/app.py': APP })).toEqual({ server: ['docker-compose.yml:4'], debug: ['services/worker/app.py:4'] });
  });

  it('a service that builds, or bind-mounts the repository, is matched by suffix as before', async () => {
    const built = 'services:\n  worker:\n    build: ./tools/devserver\n    command: python app.py\n    restart: always\n';
    expect((await both({ 'docker-compose.yml': built, 'tools/devserver/app.py': APP, 'tools/devserver/Dockerfile': 'FROM python:3.12\nCOPY . /app\nWORKDIR /app\n' })).debug).toEqual(['tools/devserver/app.py:4']);
    const mounted = compose('python:3.12', '    working_dir: /src\n    volumes: ["./tools/devserver:/src"]\n');
    expect((await both({ 'docker-compose.yml': mounted, 'tools/devserver/app.py': APP })).debug).toEqual(['tools/devserver/app.py:4']);
  });
});
