import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docsAppFolders } from '../../src/repo/docs-apps.js';
import { classifyDocsApps, classifyUnder, isTestFile } from '../../src/repo/classify.js';
import { Snapshot } from '../../src/repo/snapshot.js';

// QA stop 47 monorepo27 O1: `docs/` at any depth was an illustration folder, so Turborepo's `apps/docs` (a deployed Next.js
// app of the create-turbo template) had its manifests and code unjudged. A `docs` folder that is a workspace app, or an app
// folder deployed on its own, is judged like any app; a documentation folder stays an illustration.
const NEXT_PKG = JSON.stringify({ name: 'docs', scripts: { dev: 'next dev --port 3001', build: 'next build', start: 'next start --port 3001' } });
const TURBO_ROOT = { 'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*', 'packages/*'] }), 'turbo.json': '{"tasks":{}}' };

function folders(files: Record<string, string>, base = ''): string[] {
  const listed = Object.keys(files).filter((f) => base === '' || f.startsWith(`${base}/`)).sort();
  return docsAppFolders(listed, base, (p) => files[p]);
}

afterEach(() => { classifyUnder(''); classifyDocsApps([]); });

describe('docsAppFolders', () => {
  it('a workspace package named docs with an app\'s scripts is an app (package.json workspaces, pnpm, lerna, Yarn\'s object form)', () => {
    expect(folders({ ...TURBO_ROOT, 'apps/docs/package.json': NEXT_PKG, 'apps/docs/app/page.tsx': '' })).toEqual(['apps/docs/']);
    expect(folders({ 'pnpm-workspace.yaml': 'packages:\n  - "apps/*"\n  - "packages/*"\n', 'packages/docs/package.json': NEXT_PKG })).toEqual(['packages/docs/']);
    expect(folders({ 'lerna.json': '{"packages":["sites/*"]}', 'sites/docs/package.json': NEXT_PKG })).toEqual(['sites/docs/']);
    expect(folders({ 'package.json': '{"workspaces":{"packages":["services/**"]}}', 'services/docs/package.json': NEXT_PKG })).toEqual(['services/docs/']);
    // An Nx application (project.json) below nx.json; an Nx library named docs is not one.
    expect(folders({ 'nx.json': '{}', 'apps/docs/project.json': '{"projectType":"application","targets":{"build":{}}}' })).toEqual(['apps/docs/']);
    expect(folders({ 'nx.json': '{}', 'libs/docs/project.json': '{"projectType":"library","targets":{"lint":{}}}' })).toEqual([]);
    // A workspace root below the repository's (`web/` with its own workspaces).
    expect(folders({ 'web/package.json': '{"workspaces":["apps/*"]}', 'web/apps/docs/package.json': NEXT_PKG })).toEqual(['web/apps/docs/']);
  });

  it('an app folder of a monorepo with its own Dockerfile is an app without a workspace definition', () => {
    expect(folders({ 'apps/docs/Dockerfile': 'FROM node:20\n', 'apps/docs/package.json': NEXT_PKG, 'docker-compose.yml': 'services:\n  docs:\n    build: ./apps/docs\n' })).toEqual(['apps/docs/']);
    // (QA48 review B2: a k8s/ folder alone no longer makes one; see docs-apps48c.test.ts.)
    expect(folders({ 'services/docs/k8s/deployment.yaml': 'kind: Deployment\n', 'services/docs/Dockerfile': 'FROM python:3.12\n', 'services/docs/main.py': '' })).toEqual(['services/docs/']);
  });

  it('documentation folders stay documentation', () => {
    // The repository's own docs/, even a workspace package with scripts and a Dockerfile (a docs site's).
    expect(folders({ 'package.json': '{"workspaces":["docs","packages/*"]}', 'docs/package.json': NEXT_PKG, 'docs/Dockerfile': 'FROM node:20\n', 'docs/examples/k8s/deployment.yaml': '', 'docs/getting-started/docker-compose.yml': '' })).toEqual([]);
    // A workspace's own docs/ (its root's folder, not a package folder below it).
    expect(folders({ 'web/package.json': '{"workspaces":["docs","apps/*"]}', 'web/docs/package.json': NEXT_PKG })).toEqual([]);
    // Docusaurus' website/docs/ (content of the website package), a package's docs/.
    expect(folders({ 'package.json': '{"workspaces":["website","packages/*"]}', 'website/package.json': NEXT_PKG, 'website/docs/deploy/k8s.yaml': '', 'packages/core/docs/Dockerfile': 'FROM nginx\n', 'packages/core/package.json': NEXT_PKG })).toEqual([]);
    // apps/docs without a workspace listing it or a deployment of its own; listed but without an app's scripts; excluded by `!`.
    expect(folders({ 'apps/docs/package.json': NEXT_PKG, 'apps/docs/k8s.md': '' })).toEqual([]);
    expect(folders({ ...TURBO_ROOT, 'apps/docs/package.json': '{"name":"docs","scripts":{"lint":"eslint ."}}' })).toEqual([]);
    expect(folders({ 'pnpm-workspace.yaml': 'packages:\n  - "apps/*"\n  - "!apps/docs"\n', 'apps/docs/package.json': NEXT_PKG })).toEqual([]);
  });

  it('reads the workspace root above the scanned folder', () => {
    expect(folders({ ...TURBO_ROOT, 'apps/docs/package.json': NEXT_PKG, 'apps/docs/app/route.ts': '' }, 'apps')).toEqual(['apps/docs/']);
  });
});

describe('the classifier judges a docs app like any app', () => {
  const snap = (files: Record<string, string>, base = '') => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-docsapp-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    return new Snapshot(root, Object.keys(files).filter((f) => base === '' || f.startsWith(`${base}/`)).sort(), base);
  };

  it('apps/docs of a Turborepo workspace is no illustration; its own examples/ and docs/ folders still are', () => {
    snap({ ...TURBO_ROOT, 'apps/docs/package.json': NEXT_PKG, 'apps/docs/k8s/deployment.yaml': '', 'apps/docs/examples/k8s/deployment.yaml': '', 'apps/docs/docs/intro/compose.yml': '', 'docs/examples/k8s/deployment.yaml': '', 'docs/getting-started/docker-compose.yml': '' });
    expect(isTestFile('apps/docs/k8s/deployment.yaml')).toBe(false);
    expect(isTestFile('apps/docs/app/route.ts')).toBe(false);
    expect(isTestFile('apps/docs/examples/k8s/deployment.yaml')).toBe(true);
    expect(isTestFile('apps/docs/docs/intro/compose.yml')).toBe(true);
    expect(isTestFile('apps/docs/tests/route.test.ts')).toBe(true);
    expect(isTestFile('docs/examples/k8s/deployment.yaml')).toBe(true);
    expect(isTestFile('docs/getting-started/docker-compose.yml')).toBe(true);
  });

  it('the same when the scan is of apps/ (the workspace root above it read), and a new repository forgets it', () => {
    snap({ ...TURBO_ROOT, 'apps/docs/package.json': NEXT_PKG, 'apps/docs/k8s/deployment.yaml': '' }, 'apps');
    expect(isTestFile('apps/docs/k8s/deployment.yaml')).toBe(false);
    snap({ 'apps/docs/package.json': NEXT_PKG, 'apps/docs/k8s.md': '' });
    expect(isTestFile('apps/docs/k8s/deployment.yaml')).toBe(true);
  });
});
