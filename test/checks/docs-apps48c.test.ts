import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
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
