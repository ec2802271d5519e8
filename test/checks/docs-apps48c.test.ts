import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 48 review of the docs-app change (51cf74da): B2, S1, S2, through the checks.
const SAMPLE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: myapp}
spec:
  selector: {matchLabels: {app: myapp}}
  template:
    metadata: {labels: {app: myapp}}
    spec:
      containers:
        - name: app
          image: acme/myapp:latest
          env:
            - name: DB_PASSWORD
              value: "Sup3rS3cretPassw0rd!"
`;
const failures = async (check: CheckDef, files: Record<string, string>) =>
  [...new Set((await runCase(check, { name: 'docsapp', files })).findings.filter((f) => !f.note).map((f) => f.file))].sort();

describe('B2: a documentation package with a deployment chapter', () => {
  const docsPackage = {
    'package.json': '{"name":"mono","private":true,"workspaces":["packages/*"]}',
    'packages/docs/package.json': '{"name":"docs","private":true,"scripts":{"lint":"markdownlint ."}}',
    'packages/docs/deployment/kubernetes.md': '# Deploying on Kubernetes\n',
    'packages/docs/deployment/example-deployment.yaml': SAMPLE_DEPLOYMENT,
    'packages/api/package.json': '{"name":"api","scripts":{"start":"node index.js"}}',
    'packages/api/index.js': 'console.log(1)\n',
  };
  it.each([['hardcoded-secret', hardcodedSecret], ['image-tag-pinned', imageTagPinned]] as [string, CheckDef][])('%s: its sample manifest is an illustration', async (_id, check) => {
    expect(await failures(check, docsPackage)).toEqual([]);
  });
  it.each([['hardcoded-secret', hardcodedSecret], ['image-tag-pinned', imageTagPinned]] as [string, CheckDef][])('%s: an app folder with its own Dockerfile and k8s/ folder is judged', async (_id, check) => {
    const files = { 'services/docs/Dockerfile': 'FROM python:3.12-slim\nUSER 1000\n', 'services/docs/main.py': '', 'services/docs/k8s/deployment.yaml': SAMPLE_DEPLOYMENT };
    expect(await failures(check, files)).toEqual(['services/docs/k8s/deployment.yaml']);
  });
});

describe('S2: an Nx library named docs', () => {
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: nginx:latest\n';
  it('its samples stay illustrations; an Nx application\'s manifests are judged', async () => {
    expect(await failures(imageTagPinned, { 'nx.json': '{}', 'libs/docs/project.json': '{"name":"docs","projectType":"library","targets":{"build":{"executor":"@nx/js:tsc"}}}', 'libs/docs/samples-k8s/pod.yaml': POD })).toEqual([]);
    expect(await failures(imageTagPinned, { 'nx.json': '{}', 'apps/docs/project.json': '{"name":"docs","projectType":"application","targets":{"build":{}}}', 'apps/docs/k8s/pod.yaml': POD })).toEqual(['apps/docs/k8s/pod.yaml']);
  });
});

describe('S1: a Docusaurus docs app of a Turborepo workspace', () => {
  const COMPOSE = 'services:\n  app:\n    image: acme/app:latest\n    environment:\n      POSTGRES_PASSWORD: changeme\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n';
  const DEPLOYMENT = SAMPLE_DEPLOYMENT.replace('acme/myapp:latest', 'ghcr.io/acme/docs:latest');
  const files = {
    'package.json': '{"name":"mono","private":true,"workspaces":["apps/*"]}',
    'apps/docs/package.json': '{"name":"docs","private":true,"scripts":{"start":"docusaurus start","build":"docusaurus build"}}',
    'apps/docs/docs/self-hosting/docker-compose.yml': COMPOSE,
    'apps/docs/versioned_docs/version-1.x/self-hosting/docker-compose.yml': COMPOSE,
    'apps/docs/i18n/fr/docusaurus-plugin-content-docs/current/self-hosting/docker-compose.yml': COMPOSE,
    'apps/docs/blog/2024-06-01-compose/docker-compose.yml': COMPOSE,
    'apps/docs/static/install/docker-compose.yml': COMPOSE,
    'apps/docs/self-hosting/index.mdx': '# Self-hosting\n',
    'apps/docs/self-hosting/docker-compose.yml': COMPOSE,
    // The docs site's own deployment stays judged.
    'apps/docs/k8s/deployment.yaml': DEPLOYMENT,
    'apps/docs/k8s/README.md': '# How the docs site is deployed\n',
  };
  it.each([['image-tag-pinned', imageTagPinned], ['hardcoded-secret', hardcodedSecret]] as [string, CheckDef][])('%s: its documentation samples are illustrations, its k8s/ folder is judged', async (_id, check) => {
    expect(await failures(check, files)).toEqual(['apps/docs/k8s/deployment.yaml']);
  });
  it.each([['default-credentials', defaultCredentials], ['database-port-exposed', databasePortExposed]] as [string, CheckDef][])('%s: its documentation samples are illustrations; a compose file at its top is judged', async (_id, check) => {
    expect(await failures(check, files)).toEqual([]);
    expect(await failures(check, { ...files, 'apps/docs/docker-compose.yml': COMPOSE })).toEqual(['apps/docs/docker-compose.yml']);
  });
  it('image-tag-pinned: website/versioned_docs/ of a Docusaurus site is an illustration, as website/docs/ is', async () => {
    expect(await failures(imageTagPinned, { 'website/package.json': '{"scripts":{"start":"docusaurus start"}}', 'website/docs/deploy/docker-compose.yml': COMPOSE, 'website/versioned_docs/version-1.x/deploy/docker-compose.yml': COMPOSE })).toEqual([]);
  });
});
