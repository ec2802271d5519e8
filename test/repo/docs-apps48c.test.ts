import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docsAppContentFolders, docsAppFolders } from '../../src/repo/docs-apps.js';
import { classifyDocsApps, classifyUnder, isTestFile } from '../../src/repo/classify.js';
import { Snapshot } from '../../src/repo/snapshot.js';

// QA stop 48 review of the docs-app change (51cf74da): B2, S1, S2.
const NEXT_PKG = JSON.stringify({ name: 'docs', scripts: { dev: 'next dev', build: 'next build', start: 'next start' } });
const WS_PACKAGES = { 'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*', 'apps/*'] }) };

function folders(files: Record<string, string>, base = ''): string[] {
  const listed = Object.keys(files).filter((f) => base === '' || f.startsWith(`${base}/`)).sort();
  return docsAppFolders(listed, base, (p) => files[p]);
}

afterEach(() => { classifyUnder(''); classifyDocsApps([]); });

describe('B2: a deployment-named folder alone makes no docs app', () => {
  it('a documentation package with a deployment/, kubernetes/, helm/ or k8s/ chapter stays documentation', () => {
    for (const chapter of ['deployment', 'kubernetes', 'helm', 'k8s', 'deploy', 'charts', 'manifests']) {
      expect(folders({
        ...WS_PACKAGES,
        'packages/docs/package.json': '{"name":"docs","private":true,"scripts":{"lint":"markdownlint ."}}',
        [`packages/docs/${chapter}/kubernetes.md`]: '# Deploying on Kubernetes\n',
        [`packages/docs/${chapter}/example-deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\n',
      })).toEqual([]);
      // Without any package.json either (an apps/ or services/ folder of Markdown and a sample chart).
      expect(folders({ [`apps/docs/${chapter}/Chart.yaml`]: 'apiVersion: v2\nname: x\n', 'apps/docs/index.md': '# Docs\n' })).toEqual([]);
    }
  });

  it('a Dockerfile directly in the folder still makes one, with or without a deployment folder', () => {
    expect(folders({ 'apps/docs/Dockerfile': 'FROM nginx\n', 'apps/docs/index.md': '' })).toEqual(['apps/docs/']);
    expect(folders({ 'services/docs/Dockerfile': 'FROM python:3.12\n', 'services/docs/k8s/deployment.yaml': 'kind: Deployment\n' })).toEqual(['services/docs/']);
    // A Dockerfile deeper down is a sample's (apps/docs/deployment/Dockerfile).
    expect(folders({ 'apps/docs/deployment/Dockerfile': 'FROM nginx\n', 'apps/docs/deployment/k8s.yaml': '' })).toEqual([]);
  });
});

describe('S2: an Nx library is no Nx application', () => {
  const NX = { 'nx.json': '{"targetDefaults":{}}' };
  it('projectType decides when present; a build target alone makes no app; nx.json must parse', () => {
    // The review's repro: a library with a build target (@nx/js:tsc).
    expect(folders({ ...NX, 'libs/docs/project.json': '{"name":"docs","projectType":"library","targets":{"build":{"executor":"@nx/js:tsc"}}}' })).toEqual([]);
    expect(folders({ ...NX, 'libs/docs/project.json': '{"projectType":"library","targets":{"serve":{}}}' })).toEqual([]);
    // No projectType: a build target alone is no app; a serve/start/dev/preview one is.
    expect(folders({ ...NX, 'libs/docs/project.json': '{"targets":{"build":{"executor":"@nx/js:tsc"}}}' })).toEqual([]);
    expect(folders({ ...NX, 'apps/docs/project.json': '{"targets":{"build":{},"serve":{"executor":"@nx/next:server"}}}' })).toEqual(['apps/docs/']);
    expect(folders({ ...NX, 'apps/docs/project.json': '{"targets":{"preview":{}}}' })).toEqual(['apps/docs/']);
    // An application, whatever its targets.
    expect(folders({ ...NX, 'apps/docs/project.json': '{"projectType":"application"}' })).toEqual(['apps/docs/']);
    // An nx.json that does not parse (or is no object) is no Nx workspace.
    expect(folders({ 'nx.json': '{', 'apps/docs/project.json': '{"projectType":"application"}' })).toEqual([]);
    expect(folders({ 'nx.json': '[]', 'apps/docs/project.json': '{"projectType":"application"}' })).toEqual([]);
  });
});

describe('S1: a docs app\'s documentation folders stay illustrations; its deployment surface is judged', () => {
  const snap = (files: Record<string, string>, base = '') => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-docsapp48c-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    return new Snapshot(root, Object.keys(files).filter((f) => base === '' || f.startsWith(`${base}/`)).sort(), base);
  };
  const TURBO_DOCS = {
    'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*'] }),
    'apps/docs/package.json': NEXT_PKG,
    'apps/docs/Dockerfile': 'FROM node:20\n',
    'apps/docs/k8s/deployment.yaml': '',
    'apps/docs/k8s/README.md': '# Deploying the docs site\n',
    'apps/docs/.env.production': '',
    'apps/docs/next.config.mjs': '',
    'apps/docs/app/page.mdx': '# Home\n',
    'apps/docs/app/api/route.ts': '',
    'apps/docs/src/server.ts': '',
    'apps/docs/docs/self-hosting/docker-compose.yml': '',
    'apps/docs/versioned_docs/version-1.x/self-hosting/docker-compose.yml': '',
    'apps/docs/i18n/fr/docusaurus-plugin-content-docs/current/self-hosting/docker-compose.yml': '',
    'apps/docs/blog/2024-01-01-release/compose.yml': '',
    'apps/docs/content/guides/deployment.yaml': '',
    'apps/docs/snippets/compose.yml': '',
    'apps/docs/static/install/docker-compose.yml': '',
    'apps/docs/self-hosting/docker.mdx': '# Docker\n',
    'apps/docs/self-hosting/docker-compose.yml': '',
    'apps/docs/deployment/kubernetes.md': '# Kubernetes\n',
    'apps/docs/deployment/manifests/deployment.yaml': '',
  };

  it('docsAppContentFolders: named documentation folders and chapters with pages; not code folders, nor a deploy folder with only a README', () => {
    const files = Object.keys(TURBO_DOCS).sort();
    expect(docsAppFolders(files, '', (p) => (TURBO_DOCS as Record<string, string>)[p])).toEqual(['apps/docs/']);
    expect(docsAppContentFolders(files, ['apps/docs/'])).toEqual([
      'apps/docs/blog/', 'apps/docs/content/', 'apps/docs/deployment/', 'apps/docs/docs/', 'apps/docs/i18n/', 'apps/docs/self-hosting/',
      'apps/docs/snippets/', 'apps/docs/static/', 'apps/docs/versioned_docs/',
    ]);
    expect(docsAppContentFolders(files, [])).toEqual([]);
  });

  it.each(['', 'apps'])('the classifier (scanned folder %j)', (base) => {
    snap(TURBO_DOCS, base);
    for (const f of ['apps/docs/Dockerfile', 'apps/docs/k8s/deployment.yaml', 'apps/docs/.env.production', 'apps/docs/next.config.mjs', 'apps/docs/app/api/route.ts', 'apps/docs/src/server.ts']) expect([f, isTestFile(f)]).toEqual([f, false]);
    for (const f of Object.keys(TURBO_DOCS).filter((k) => /\/(?:docs|versioned_docs|i18n|blog|content|snippets|static|self-hosting|deployment)\//.test(k.slice('apps/docs'.length)))) {
      expect([f, isTestFile(f)]).toEqual([f, true]);
    }
  });

  it('Docusaurus\' versioned and translated docs are illustrations anywhere, as docs/ is', () => {
    snap({ 'website/package.json': NEXT_PKG, 'website/docs/a.md': '' });
    expect(isTestFile('website/versioned_docs/version-2.0/deploy/compose.yml')).toBe(true);
    expect(isTestFile('website/i18n/ja/docusaurus-plugin-content-docs/current/deploy/compose.yml')).toBe(true);
    expect(isTestFile('website/docs/deploy/compose.yml')).toBe(true);
    // Lookalikes stay judged: a blog app, a content service, translations of an app.
    expect(isTestFile('apps/blog/k8s/deployment.yaml')).toBe(false);
    expect(isTestFile('services/content/docker-compose.yml')).toBe(false);
    expect(isTestFile('apps/web/i18n/config.ts')).toBe(false);
    expect(isTestFile('apps/web/public/config.js')).toBe(false);
  });
});
