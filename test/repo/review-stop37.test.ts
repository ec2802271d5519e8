/**
 * Code review B, stop 37 (checks/repo).
 * B1: reads that only classify a large file (a manifest's kinds, nginx directives, a large .gitignore) do not spend the secret
 * scan's budget for large files, nor record its skips. S1: a Terraform file that does not lex is a parse error whatever app it
 * declares. S2: GitLab `include: local` from the repository root, nested includes followed. S3: ARM templates with comments.
 * Nits: hidden GitLab jobs are templates; a fly workflow's `--image` turns off only the fly.toml it deploys; a `.service`
 * holding shell `${#ARR}` is no template.
 */
import { describe, expect, it } from 'vitest';
import { ciBuilds } from '../../src/repo/platform-files.js';
import { SCAN_BUDGET_SKIP, PARTIAL_SCAN_SKIP } from '../../src/repo/read.js';
import { awsDeploy } from '../../src/checks/util/ecs.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

const MiB = 1024 * 1024;
const budgetOf = (snap: ReturnType<typeof snapshotOf>) => (snap.reader as unknown as { largeBudget: number }).largeBudget;

describe('B1: structural reads of large files leave the secret scan its budget', () => {
  // A vendored install bundle: CRDs first (over 1 MiB), the operator's Deployment last.
  const crd = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things.example.com\nspec:\n  group: example.com\n  description: "' + 'x'.repeat(200) + '"\n---\n';
  const bundle = crd.repeat(Math.ceil((3 * MiB) / crd.length)) + 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: operator\n';
  const nginx = '# generated redirects\n' + 'x'.repeat(100) + '\n'.repeat(1) + ('# ' + 'y'.repeat(100) + '\n').repeat(Math.ceil((2 * MiB) / 103));
  const ignore = ('/assets/' + 'z'.repeat(60) + '\n').repeat(Math.ceil((2 * MiB) / 69)) + '.env\n';

  it('the kinds of a large manifest, the nginx probe and a large .gitignore take nothing from it and record no skip', () => {
    const snap = snapshotOf({ 'k8s/bundle.yaml': bundle, 'nginx/redirects.conf': nginx, '.gitignore': ignore, '.env': 'A=1\n' });
    const before = budgetOf(snap);
    snap.k8sObjects();
    // The Deployment at the end of the bundle is still among its kinds.
    expect(snap.unreadManifests().map((u) => [u.file, u.kinds.includes('Deployment')])).toEqual([['k8s/bundle.yaml', true]]);
    expect(snap.nginxFiles()).toEqual([]);
    expect(snap.gitignored('.env')).toBe(true);
    expect(budgetOf(snap)).toBe(before);
    expect(snap.reader.skipped.filter((s) => s.reason === SCAN_BUDGET_SKIP || s.reason === PARTIAL_SCAN_SKIP)).toEqual([]);
    // The secret scan's own read still counts.
    for (const c of snap.reader.readChunks('k8s/bundle.yaml', true) ?? []) void c;
    expect(budgetOf(snap)).toBeLessThan(before - 3 * MiB + 1);
  });

  it('a peek stops at its own budget silently; a charged read past the budget records the skip', () => {
    const snap = snapshotOf({ 'big.txt': 'a\n'.repeat(MiB) });
    const reader = snap.reader as unknown as { largeBudget: number; peekBudget: number };
    reader.peekBudget = 0;
    expect(snap.chunks('big.txt', { peek: true })).toBeNull();
    expect(snap.reader.skipped).toEqual([]);
    reader.largeBudget = 0;
    expect(snap.chunks('big.txt')).toBeNull();
    expect(snap.reader.skipped.map((s) => s.reason)).toContain(SCAN_BUDGET_SKIP);
  });
});

describe('S1: a Terraform file that does not lex is a parse error, whatever it declares', () => {
  const lambda = 'resource "aws_lambda_function" "f" {\n  function_name = "f"\n  environment {\n    variables = {\n      DEBUG = "true"\n    }\n  }\n}\n';
  const broken = 'resource "aws_instance" "y" {\n  user_data = <<EOT\necho\n';

  it('a Lambda function file with an unclosed heredoc gets the parse error, with a generic message', () => {
    const snap = snapshotOf({ 'app.tf': lambda + broken });
    awsDeploy(snap.view(() => true));
    expect(snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'app.tf:10:15 a heredoc (`<<EOT`) that is never closed: no line holding only its delimiter follows; Terraform refuses the file (the resources and modules after that place were not read)',
    ]);
  });

  it('the apps after the break are not read; those before it still are', async () => {
    // A heredoc never closed in `locals` (lines 10-11): the Lambda function after it is not read.
    const text = `${lambda}locals {\n  script = <<EOT\necho\n}\n${lambda.replace('"f"', '"g"')}`;
    const out = await runCase(debugMode, { name: 's1', files: { 'app.tf': text } });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['app.tf:5']);
    const snap = snapshotOf({ 'app.tf': text });
    expect(awsDeploy(snap.view(() => true)).env.map((e) => `${e.line}:${e.where}`)).toEqual(['5:app.tf aws_lambda_function.f environment']);
    expect(snap.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['10:12']);
  });

  it('a readable file gets no parse error', () => {
    const snap = snapshotOf({ 'app.tf': lambda });
    awsDeploy(snap.view(() => true));
    expect(snap.problems).toEqual([]);
  });
});

const JOB = '  script:\n    - docker build --target production -t registry.example.com/app:latest .\n    - docker push registry.example.com/app:latest\n';
const targets = (files: Record<string, string>) => ciBuilds(snapshotOf({ Dockerfile: 'FROM node:20 AS production\n', ...files }).view(() => true)).map((b) => `${b.target}@${b.by}`);

describe('S2: GitLab include: local', () => {
  it('is read from the repository root in an included file, and includes of includes are followed', () => {
    expect(targets({
      '.gitlab-ci.yml': 'include:\n  - local: .gitlab/ci/main.yml\n',
      '.gitlab/ci/main.yml': 'include:\n  - local: ci/stage.yml\n',
      'ci/stage.yml': 'include: /ci/docker.yml\n',
      'ci/docker.yml': `build:\n${JOB}`,
    })).toEqual(['production@GitLab CI ci/docker.yml']);
  });

  it('a path relative to the including file\'s folder is not read there', () => {
    expect(targets({
      '.gitlab-ci.yml': 'include:\n  - local: sub/main.yml\n',
      'sub/main.yml': 'include:\n  - local: docker.yml\n',
      'sub/docker.yml': `build:\n${JOB}`,
    })).toEqual([]);
  });
});

describe('N1: hidden GitLab jobs are templates', () => {
  it('a hidden job nothing extends builds nothing', () => {
    expect(targets({ '.gitlab-ci.yml': `.old-build:\n${JOB}` })).toEqual([]);
  });

  it('a job that extends a hidden one (in an included file too) runs its script', () => {
    expect(targets({
      '.gitlab-ci.yml': 'include: ci/templates.yml\nrelease:\n  stage: deploy\n  extends: [.base, .docker-build]\n',
      'ci/templates.yml': `.base:\n  image: docker:27\n.docker-build:\n${JOB}`,
    })).toEqual(['production@GitLab CI .gitlab-ci.yml']);
  });
});

describe('S3: ARM templates with comments', () => {
  const arm = (comment: string) => `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    ${comment}\n    "adminPassword": { "type": "securestring", "defaultValue": "Vb6Nm2Qw8Er4Ty7U" }, /* the VM's admin */\n  },\n  "resources": []\n}\n`;
  it('are read as az reads them (JSONC), the parameter by its name, the finding at the value', async () => {
    for (const comment of ['// comment allowed by ARM', '/* a block\n     comment */']) {
      const out = await runCase(hardcodedSecret, { name: 's3', files: { 'azuredeploy.json': arm(comment) } });
      const line = comment.includes('\n') ? 7 : 6;
      expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([expect.stringMatching(new RegExp(`^azuredeploy\\.json:${line}:65 ARM template parameter 'adminPassword' has a hard-coded secret default`))]);
    }
  });
});

describe('N4: a fly workflow\'s --image turns off only the fly.toml it deploys', () => {
  const fly = 'app = "x"\n[build]\n  image = "nginx:latest"\n';
  const failing = async (files: Record<string, string>) =>
    (await runCase(imageTagPinned, { name: 'n4', files })).findings.filter((f) => !f.note && f.file.endsWith('fly.toml')).map((f) => f.file).sort();
  const wf = (run: string) => `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: superfly/flyctl-actions/setup-flyctl@master\n      - run: ${run}\n`;

  it('another tool\'s `deploy --image` in a workflow mentioning fly turns off none', async () => {
    expect(await failing({ 'fly.toml': fly, '.github/workflows/d.yml': wf('gcloud run deploy api --image gcr.io/p/api:1.2.3') })).toEqual(['fly.toml']);
  });

  it('`flyctl deploy -c services/api/fly.toml --image …` turns off that one only', async () => {
    const files = { 'services/api/fly.toml': fly, 'services/web/fly.toml': fly, '.github/workflows/d.yml': wf('flyctl deploy -c services/api/fly.toml --image registry.fly.io/api:${{ github.sha }}') };
    expect(await failing(files)).toEqual(['services/web/fly.toml']);
  });

  it('in superfly/flyctl-actions\' `args`, the same', async () => {
    const action = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: superfly/flyctl-actions@1.5\n        with:\n          args: "deploy --config web/fly.toml --image registry.fly.io/web:1.2.3"\n';
    expect(await failing({ 'api/fly.toml': fly, 'web/fly.toml': fly, '.github/workflows/d.yml': action })).toEqual(['api/fly.toml']);
  });

  it('without -c, every fly.toml (the step\'s folder is not followed)', async () => {
    expect(await failing({ 'fly.toml': fly, 'web/fly.toml': fly, '.github/workflows/d.yml': wf('fly deploy --image registry.fly.io/api:${{ github.sha }}') })).toEqual([]);
  });
});

describe('N5: a plain .service holding shell text is no template', () => {
  const failures = async (files: Record<string, string>) =>
    (await runCase(productionServer, { name: 'n5', files: { 'requirements.txt': 'django\n', ...files } })).findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);

  it('`${#f}` and a later `#}` do not blank the dev server', async () => {
    expect(await failures({ 'deploy/backup.service': "[Service]\nExecStart=/bin/bash -c 'for f in /srv/*; do echo ${#f}; done; exec /usr/bin/python3 -m http.server 8000'\n# see #}\n" })).toEqual(['deploy/backup.service:2']);
  });

  it('a Go template (`--format \'{{.Names}}\'`) is no Jinja tag', async () => {
    expect(await failures({ 'deploy/app.service': "[Service]\nExecStartPre=/bin/sh -c 'docker ps --format {{.Names}}'\nExecStart=/usr/bin/python3 manage.py runserver 0.0.0.0:8000\n" })).toEqual(['deploy/app.service:3']);
  });

  it('a real Ansible template is still read as one (its tags unknown words)', async () => {
    expect(await failures({ 'roles/app/templates/app.service': '[Service]\nExecStart={{ app_command }}\n' })).toEqual([]);
    expect(await failures({ 'roles/app/templates/app.service': '[Service]\n{# ExecStart=/usr/bin/gunicorn app.wsgi #}\nExecStart={{ python_bin }} manage.py runserver 0.0.0.0:8000\n' })).toEqual(['roles/app/templates/app.service:3']);
  });
});
