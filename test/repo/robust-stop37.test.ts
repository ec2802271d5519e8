/**
 * Robustness regressions of QA stop 37 (robust8): an unclosed Terraform heredoc hid the file's ECS task definitions with
 * no word (D1); configurations over 1 MiB left their items `pass`, or skipped as if nothing existed (D2); a `.gitignore`
 * over 1 MiB was read as ignoring nothing (D3); a tracked env symlink leading nowhere was taken for a file not checked out (D5).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

type Item = { id: string; status: string; reason?: string };
const item = (items: readonly Item[], id: string) => items.find((i) => i.id === id)!;

describe('D1: an unclosed heredoc in a Terraform file', () => {
  const TF = [
    'resource "aws_ecs_task_definition" "app" {',
    '  family = "app"',
    '  container_definitions = jsonencode([',
    '    { name = "app", image = "nginx:latest", user = "root" }',
    '  ])',
    '}',
    '',
    'resource "aws_instance" "web" {',
    '  ami       = "ami-123"',
    '  user_data = <<-EOT',
    '    #!/bin/bash',
    '    echo hello',
    '}',
    '',
  ].join('\n');
  const CHECKLIST = 'version: 1\nitems:\n  - { id: pinned, check: image-tag-pinned }\n  - { id: nonroot, check: dockerfile-non-root }\n';

  it('is a parse-error at the heredoc, and the task definitions before it are still judged', async () => {
    const dir = makeRepo({ 'infra/main.tf': TF, 'c.yml': CHECKLIST });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    const at = (check: string) => report.findings.filter((f) => f.check === check).map((f) => `${f.file}:${f.line}:${f.column}`);
    expect(at('image-tag-pinned')).toEqual(['infra/main.tf:4:30']);
    expect(at('dockerfile-non-root')).toEqual(['infra/main.tf:4:53']);
    const parse = report.findings.filter((f) => f.check === 'parse-error');
    expect(parse).toEqual([expect.objectContaining({ file: 'infra/main.tf', line: 10, column: 15, severity: 'low', message: expect.stringMatching(/a heredoc \(`<<-EOT`\) that is never closed/) })]);
  });

  it('says nothing when every heredoc closes (the same file, closed)', async () => {
    const dir = makeRepo({ 'infra/main.tf': TF.replace('    echo hello\n', '    echo hello\n  EOT\n'), 'c.yml': CHECKLIST });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    expect(report.findings.filter((f) => f.check === 'parse-error')).toEqual([]);
    expect(report.findings.filter((f) => f.check === 'image-tag-pinned')).toHaveLength(1);
  });
});

describe('D2: configurations over 1 MiB are not judged, and said so', () => {
  const server = 'server {\n    listen 443 ssl;\n    server_name www.example.com;\n    ssl_protocols TLSv1 TLSv1.2;\n    add_header Access-Control-Allow-Origin *;\n}\n';
  const map = `map $request_uri $new_uri {\n    default "";\n${Array.from({ length: 14_000 }, (_, i) => `    /old/blog/post-${i}-some-long-slug-title-here /blog/${i}-some-long-slug-title-here;\n`).join('')}}\n`;
  const CHECKLIST = 'version: 1\nitems:\n  - { id: tls, check: tls-protocols-config }\n  - { id: cors, check: cors-wildcard }\n';

  for (const [name, text] of [['server block first', server + map], ['a redirect map first', map + server]] as const) {
    it(`an nginx configuration (${name}): a note, and the items skipped naming it, not passed`, async () => {
      const dir = makeRepo({ 'nginx/site.conf': text, 'c.yml': CHECKLIST });
      const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
      expect(report.findings.filter((f) => f.check === 'parse-error')).toEqual([expect.objectContaining({ file: 'nginx/site.conf', note: true, message: expect.stringMatching(/not checked: it is larger than/) })]);
      for (const id of ['tls', 'cors']) expect(item(report.items, id), id).toMatchObject({ status: 'skipped', reason: expect.stringContaining('nginx/site.conf was not checked (larger than 1 MiB; see that note)') });
    });
  }

  it('a small nginx configuration beside it is judged as before (the large one does not hide it)', async () => {
    const dir = makeRepo({ 'nginx/site.conf': map + server, 'nginx/api.conf': server, 'c.yml': CHECKLIST });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    expect(item(report.items, 'tls').status).toBe('fail');
    expect(report.findings.filter((f) => f.check === 'tls-protocols-config').map((f) => f.file)).toEqual(['nginx/api.conf']);
  });

  it('a Kubernetes install bundle whose Deployment comes after 1 MiB of CRDs: image-tag-pinned names it', async () => {
    const crd = (i: number) => `---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things${i}.example.com\nspec:\n  group: example.com\n  names: {kind: Thing${i}, plural: things${i}}\n  scope: Namespaced\n  description: "${'lorem ipsum '.repeat(100)}"\n`;
    const bundle = `${Array.from({ length: 1000 }, (_, i) => crd(i)).join('')}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: ghcr.io/acme/api:latest\n`;
    const dir = makeRepo({ 'deploy/install.yaml': bundle, 'c.yml': 'version: 1\nitems:\n  - { id: pinned, check: image-tag-pinned }\n  - { id: nonroot, check: k8s-run-as-non-root }\n' });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    for (const id of ['pinned', 'nonroot']) expect(item(report.items, id), id).toMatchObject({ status: 'skipped', reason: expect.stringContaining('deploy/install.yaml: not checked (see that note)') });
  });
});

describe('D3: a .gitignore over 1 MiB', () => {
  it('is read as git reads it: `.env` on its first line ignores .env', async () => {
    const assets = Array.from({ length: 20_000 }, (_, i) => `/generated/asset-${String(i).padStart(7, '0')}-with-a-long-name-for-cache-busting.js\n`).join('');
    const gitignore = `.env\n.env.*\n!.env.example\n${assets}`;
    expect(gitignore.length).toBeGreaterThan(1024 * 1024);
    const dir = makeRepo({ '.gitignore': gitignore, 'c.yml': 'version: 1\nitems:\n  - { id: ignored, check: env-file-not-ignored }\n' });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    expect(report.findings.filter((f) => f.check === 'env-file-not-ignored')).toEqual([]);
    expect(item(report.items, 'ignored').status).toBe('pass');
  });

  it('still fails when its rules do not ignore .env', async () => {
    const assets = Array.from({ length: 20_000 }, (_, i) => `/generated/asset-${String(i).padStart(7, '0')}-with-a-long-name-for-cache-busting.js\n`).join('');
    const dir = makeRepo({ '.gitignore': `node_modules/\n${assets}`, 'c.yml': 'version: 1\nitems:\n  - { id: ignored, check: env-file-not-ignored }\n' });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    expect(item(report.items, 'ignored').status).toBe('fail');
  });
});

describe('D5: a tracked env symlink that leads nowhere', () => {
  it('says so (where it points), not "not in the working tree"', async () => {
    const dir = makeRepo({ '.gitignore': '.env.local\n', 'c.yml': 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n' }, {}, { '.env.production': '/run/secrets/preflight-test-missing/app.env' });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    const f = report.findings.find((x) => x.file === '.env.production');
    expect(f?.message).toMatch(/could not be read here \(a symlink whose target is missing \(it points to \/run\/secrets\/preflight-test-missing\/app\.env\)\)/);
  });
});
