import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

async function run(files: Record<string, string>) {
  const out = await runCase(productionServer, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : 'FAIL '}${f.file}:${f.line} ${f.message}`).sort();
}

const DF = 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run", "--host", "0.0.0.0"]\n';
const compose = (image: string) => `services:\n  web:\n    build: .\n    image: ${image}\n    command: gunicorn -w 4 -b 0.0.0.0:5000 app:app\n`;
const deployment = (image: string, extra = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers:\n        - name: web\n          image: ${image}\n${extra}`;
const FLASK = 'CMD starts a development server: flask run';

// regress D1: a compose `command:` replaces the CMD for that service only; the image it tags may run elsewhere in the repository
// with the CMD (a Kubernetes Deployment naming it without command/args): the CMD stays judged, the message naming where.
describe('production-server: a Dockerfile CMD compose replaces, while the image it tags runs as it is elsewhere (regress D1)', () => {
  it('a Kubernetes Deployment running the tagged image without command/args keeps the CMD critical, naming the Deployment', async () => {
    const out = await run({ Dockerfile: DF, 'docker-compose.yml': compose('ghcr.io/acme/web:1.0.0'), 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1.0.0') });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^FAIL Dockerfile:3 CMD starts a development server: flask run; .*\(compose command in docker-compose\.yml replaces it there, but k8s\/deployment\.yaml \(Deployment 'web', container 'web'\) runs the image with it as it is\)$/);
  });

  it('the same image, its tag aside (acme/web:1.0 vs acme/web:${TAG}, a digest); another compose service or a Nomad task running it', async () => {
    for (const ran of ['acme/web:${TAG:-latest}', 'acme/web', 'acme/web@sha256:' + 'a'.repeat(64), 'docker.io/acme/web:2.0']) {
      const out = await run({ Dockerfile: DF, 'docker-compose.yml': compose('acme/web:1.0'), 'k8s/deployment.yaml': deployment(ran) });
      expect(out, ran).toEqual([expect.stringMatching(/^FAIL Dockerfile:3 .*k8s\/deployment\.yaml \(Deployment 'web', container 'web'\) runs the image with it as it is\)$/)]);
    }
    const stack = await run({ Dockerfile: DF, 'docker-compose.yml': compose('acme/web:${TAG}'), 'server/docker-compose.yml': 'services:\n  app:\n    image: acme/web:1.0\n    restart: always\n' });
    expect(stack).toContainEqual(expect.stringMatching(/^FAIL Dockerfile:3 .*but compose service 'app' in server\/docker-compose\.yml runs the image with it as it is\)$/));
    const nomad = await run({ Dockerfile: DF, 'docker-compose.yml': compose('acme/web:1.0'), 'deploy/web.nomad': 'job "web" {\n  group "web" {\n    task "web" {\n      driver = "docker"\n      config {\n        image = "acme/web:1.0"\n      }\n    }\n  }\n}\n' });
    expect(nomad).toEqual([expect.stringMatching(/^FAIL Dockerfile:3 .*but deploy\/web\.nomad \(Nomad job 'web', task 'web'\) runs the image with it as it is\)$/)]);
  });

  // (QA53 k8s: a Kubernetes container replacing it is named beside the compose command.)
  it('still a note when every other deployment of the image replaces the CMD, runs another image, or is development-only', async () => {
    const note = `NOTE Dockerfile:3 ${FLASK}`;
    const cases: Record<string, string>[] = [
      { 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1.0.0', '          args: ["gunicorn", "app:app"]\n') },
      { 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1.0.0', '          command: ["gunicorn", "app:app"]\n') },
      { 'k8s/deployment.yaml': deployment('ghcr.io/acme/worker:1.0.0') },
      { 'k8s/dev/deployment.yaml': deployment('ghcr.io/acme/web:1.0.0') },
      { 'server/docker-compose.yml': 'services:\n  app:\n    image: ghcr.io/acme/web:1.0.0\n    command: gunicorn app:app\n' },
      { 'deploy/web.nomad': 'job "web" {\n  group "web" {\n    task "web" {\n      driver = "docker"\n      config {\n        image = "ghcr.io/acme/web:1.0.0"\n        args = ["gunicorn", "app:app"]\n      }\n    }\n  }\n}\n' },
    ];
    for (const extra of cases) {
      const out = await run({ Dockerfile: DF, 'docker-compose.yml': compose('ghcr.io/acme/web:1.0.0'), ...extra });
      expect(out, Object.keys(extra)[0]).toEqual([expect.stringMatching(new RegExp(`^${note.replace(/[()]/g, '\\$&')}.*\\(replaced by compose command in docker-compose\\.yml${extra['k8s/deployment.yaml']?.includes('gunicorn') ? ' and Kubernetes (?:args|command) in k8s/deployment\\.yaml' : ''}\\)$`))]);
    }
    // Another compose build tags the exact reference the Deployment runs: that build's image, not this one.
    const other = await run({
      Dockerfile: DF, 'docker-compose.yml': compose('acme/web:1.0'), 'worker/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "app:app"]\n',
      'worker/compose.yaml': 'services:\n  w:\n    build: .\n    image: acme/web:worker\n', 'k8s/deployment.yaml': deployment('acme/web:worker'),
    });
    expect(other.filter((l) => l.includes('Dockerfile:3 '))).toEqual([expect.stringMatching(/^NOTE Dockerfile:3 .*\(replaced by compose command in docker-compose\.yml\)$/)]);
  });
});
