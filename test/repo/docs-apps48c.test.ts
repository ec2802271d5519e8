import { afterEach, describe, expect, it } from 'vitest';
import { docsAppFolders } from '../../src/repo/docs-apps.js';
import { classifyDocsApps, classifyUnder } from '../../src/repo/classify.js';

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
