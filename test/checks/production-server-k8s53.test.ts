import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

async function run(files: Record<string, string>) {
  const out = await runCase(productionServer, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : 'FAIL '}${f.file}:${f.line} ${f.message}`).sort();
}

const deployment = (image: string, extra = '', name = 'web') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n${extra}`;
// A CI job that builds the repository's Dockerfile and pushes it as ghcr.io/acme/web.
const WORKFLOW = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t ghcr.io/acme/web:${{ github.sha }} . && docker push ghcr.io/acme/web:${{ github.sha }}\n';
const CI = { '.github/workflows/release.yml': WORKFLOW };
const ARGS_LINE = 13;

// QA53 k8s: a Kubernetes container running an image built from this repository runs it as Kubernetes does: `args` alone replace the
// image's CMD and run after its ENTRYPOINT, `command` replaces the ENTRYPOINT (the CMD dropped), neither keeps both.
describe('production-server: Kubernetes args appended to the ENTRYPOINT of an image the repository builds (QA53 k8s 1)', () => {
  it('ENTRYPOINT ["flask"] + args: [run, …] fails at the args line, naming the ENTRYPOINT (image linked by a CI build or a compose build)', async () => {
    const DF = 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT ["flask"]\n';
    const args = '          args: ["run", "--host=0.0.0.0"]\n';
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1.4.2', args) }))
      .toEqual([expect.stringMatching(new RegExp(`^FAIL k8s/deployment\\.yaml:${ARGS_LINE} container 'web' args \\(appended to ENTRYPOINT \\["flask"\\], Dockerfile:3\\) starts a development server: flask run`))]);
    // Linked by a compose service's `image:` beside its `build:`, the registry's docker.io and the tag aside.
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    image: acme/web:dev\n    command: ["--version"]\n', 'k8s/deployment.yaml': deployment('docker.io/acme/web:1.0', args) }))
      .toContainEqual(expect.stringMatching(/^FAIL k8s\/deployment\.yaml:13 container 'web' args \(appended to ENTRYPOINT \["flask"\], Dockerfile:3\) starts a development server: flask run/));
    // Without the link (another image), the args are judged alone: `run --host=0.0.0.0` starts nothing known.
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/other:1.0', args) })).toEqual([]);
  });

  it('ENTRYPOINT ["python", "manage.py"] + args: [runserver] fails; a build-push-action tag, metadata-action images and skaffold link too', async () => {
    const DF = 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT ["python", "manage.py"]\nCMD ["check", "--deploy"]\n';
    const args = '          args: ["runserver", "0.0.0.0:8000"]\n';
    const django = /^FAIL k8s\/deployment\.yaml:13 container 'web' args \(appended to ENTRYPOINT \["python", "manage\.py"\], Dockerfile:3\) starts a development server: .*runserver/;
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:latest', args) })).toContainEqual(expect.stringMatching(django));
    const action = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: ghcr.io/acme/web:latest,ghcr.io/acme/web:${{ github.sha }}\n';
    expect(await run({ Dockerfile: DF, '.github/workflows/release.yml': action, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:latest', args) })).toContainEqual(expect.stringMatching(django));
    const meta = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - id: meta\n        uses: docker/metadata-action@v5\n        with:\n          images: ghcr.io/acme/web\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: ${{ steps.meta.outputs.tags }}\n';
    expect(await run({ Dockerfile: DF, '.github/workflows/release.yml': meta, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:v1', args) })).toContainEqual(expect.stringMatching(django));
    const skaffold = 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: acme-web\n      docker:\n        dockerfile: Dockerfile\nmanifests:\n  rawYaml:\n    - k8s/*.yaml\n';
    expect(await run({ Dockerfile: DF, 'skaffold.yaml': skaffold, 'k8s/deployment.yaml': deployment('acme-web', args) })).toContainEqual(expect.stringMatching(django));
  });

  it('a shell-form ENTRYPOINT ignores the args; a command replaces the ENTRYPOINT and is judged as written (QA53 k8s 3)', async () => {
    expect(await run({ Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nENTRYPOINT exec gunicorn -b 0.0.0.0:8000 app:app\n', ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', '          args: ["flask", "run"]\n') }))
      .toEqual([]);
    const out = await run({ Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n', ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', '          command: ["flask", "run", "--host=0.0.0.0"]\n') });
    expect(out).toEqual([expect.stringMatching(/^FAIL k8s\/deployment\.yaml:13 container 'web' command starts a development server: flask run/)]);
  });
});

describe('production-server: a Dockerfile CMD every production runner of the image replaces, Kubernetes containers among them (QA53 k8s 2)', () => {
  const DF = 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run", "--host=0.0.0.0"]\n';
  const GUNICORN_ARGS = '          args: ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n';
  it('Kubernetes args or command replacing the CMD of the image a CI job pushes make it a note', async () => {
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', GUNICORN_ARGS) }))
      .toEqual([expect.stringMatching(/^NOTE Dockerfile:3 CMD starts a development server: flask run; .*\(replaced by Kubernetes args in k8s\/deployment\.yaml\)$/)]);
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', '          command: ["gunicorn", "app:app"]\n') }))
      .toEqual([expect.stringMatching(/^NOTE Dockerfile:3 .*\(replaced by Kubernetes command in k8s\/deployment\.yaml\)$/)]);
    // A compose service replacing it too: both named.
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    image: ghcr.io/acme/web:1\n    command: gunicorn app:app\n', 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', GUNICORN_ARGS) }))
      .toEqual([expect.stringMatching(/^NOTE Dockerfile:3 .*\(replaced by compose command in compose\.yaml and Kubernetes args in k8s\/deployment\.yaml\)$/)]);
  });

  it('stays critical when a runner runs the image as it is, when the CI build pushes an image nothing here runs, or when nothing runs it', async () => {
    // Another Deployment of the image without command/args runs the CMD: named.
    const worker = deployment('ghcr.io/acme/web:1', '', 'worker');
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', GUNICORN_ARGS), 'k8s/worker.yaml': worker }))
      .toEqual([expect.stringMatching(/^FAIL Dockerfile:3 CMD starts a development server: flask run; .*\(Kubernetes args in k8s\/deployment\.yaml replaces it there, but k8s\/worker\.yaml \(Deployment 'worker', container 'worker'\) runs the image with it as it is\)$/)]);
    // A compose service building it and running the CMD as it is.
    expect(await run({ Dockerfile: DF, 'compose.yaml': 'services:\n  web:\n    build: .\n    image: ghcr.io/acme/web:1\n', 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', GUNICORN_ARGS) }))
      .toEqual([expect.stringMatching(/^FAIL Dockerfile:3 CMD starts a development server: flask run/)]);
    // The CI job also pushes ghcr.io/acme/web-public, which nothing in the repository runs: it may run elsewhere with the CMD.
    const two = WORKFLOW.replace('docker build -t', 'docker build -t ghcr.io/acme/web-public:latest -t');
    expect(await run({ Dockerfile: DF, '.github/workflows/release.yml': two, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1', GUNICORN_ARGS) }))
      .toEqual([expect.stringMatching(/^FAIL Dockerfile:3 CMD starts a development server: flask run; (?!.*replace)(?!.*as it is)/)]);
    // The CI push alone, or a Deployment of another image.
    expect(await run({ Dockerfile: DF, ...CI })).toEqual([expect.stringMatching(/^FAIL Dockerfile:3 CMD starts a development server: flask run/)]);
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/other:1', GUNICORN_ARGS) }))
      .toEqual([expect.stringMatching(/^FAIL Dockerfile:3 CMD starts a development server: flask run/)]);
    // A Deployment without command/args running the image keeps the CMD judged.
    expect(await run({ Dockerfile: DF, ...CI, 'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1') }))
      .toEqual([expect.stringMatching(/^FAIL Dockerfile:3 CMD starts a development server: flask run; (?!.*replace)(?!.*as it is)/)]);
  });
});
