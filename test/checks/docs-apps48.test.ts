import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import type { CheckDef } from '../../src/checks/define.js';

// QA stop 47 monorepo27 O1: Turborepo's `apps/docs` (create-turbo's deployed Next.js app) had its k8s manifest and its code
// unjudged, as `docs/` at any depth was an illustration folder; its Dockerfile and secrets were judged.
const NEXT_PKG = JSON.stringify({ name: 'docs', scripts: { dev: 'next dev --port 3001', build: 'next build', start: 'next start --port 3001' }, dependencies: { next: '14.2.5' } });
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: docs
spec:
  selector: { matchLabels: { app: docs } }
  template:
    metadata: { labels: { app: docs } }
    spec:
      containers:
        - name: docs
          image: ghcr.io/acme/docs:latest
          command: ["npm", "run", "dev"]
          env:
            - name: NODE_ENV
              value: development
`;
const ROUTE = 'export async function GET() {\n  return new Response("ok", { headers: { "Access-Control-Allow-Origin": "*" } });\n}\n';
const CHECKS: [string, CheckDef][] = [['image-tag-pinned', imageTagPinned], ['production-server', productionServer], ['debug-mode', debugMode], ['k8s-probes', k8sProbes], ['cors-wildcard', corsWildcard]] as [string, CheckDef][];

const failures = async (check: CheckDef, files: Record<string, string>) =>
  [...new Set((await runCase(check, { name: 'docsapp', files })).findings.filter((f) => !f.note).map((f) => f.file))].sort();

describe('a docs app of a monorepo is judged by the Kubernetes and code checks', () => {
  const turbo = {
    'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*', 'packages/*'] }),
    'turbo.json': '{"tasks":{"build":{}}}',
    'apps/docs/package.json': NEXT_PKG,
    'apps/docs/k8s/deployment.yaml': DEPLOYMENT,
    'apps/docs/app/route.ts': ROUTE,
  };
  it.each(CHECKS)('%s: apps/docs of a Turborepo workspace', async (_id, check) => {
    const expected = check === corsWildcard ? ['apps/docs/app/route.ts'] : ['apps/docs/k8s/deployment.yaml'];
    expect(await failures(check, turbo)).toEqual(expected);
  });

  it.each(CHECKS)('%s: apps/docs with its own Dockerfile, built by the compose file, without a workspace (the QA repro)', async (_id, check) => {
    const files = { ...turbo, 'package.json': '{"name":"x","private":true}', 'apps/docs/Dockerfile': 'FROM node:20-alpine\nUSER node\nCMD ["npm", "start"]\n', 'docker-compose.yml': 'services:\n  docs:\n    build: ./apps/docs\n    ports: ["3001:3001"]\n' };
    delete (files as Record<string, string>)['turbo.json'];
    const expected = check === corsWildcard ? ['apps/docs/app/route.ts'] : ['apps/docs/k8s/deployment.yaml'];
    expect(await failures(check, files)).toEqual(expected);
  });
});

describe("a documentation folder's sample manifests and snippets stay illustrations", () => {
  it.each(CHECKS)('%s: docs/, website/docs/ and a package\'s docs/ in a workspace', async (_id, check) => {
    const files = {
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['docs', 'website', 'packages/*'] }),
      'docs/package.json': NEXT_PKG,
      'docs/Dockerfile': 'FROM squidfunk/mkdocs-material:9.5.27\n',
      'docs/examples/k8s/deployment.yaml': DEPLOYMENT,
      'docs/getting-started/k8s/deployment.yaml': DEPLOYMENT,
      'docs/snippets/route.ts': ROUTE,
      'website/package.json': NEXT_PKG,
      'website/docs/deploy/deployment.yaml': DEPLOYMENT,
      'packages/core/package.json': NEXT_PKG,
      'packages/core/docs/k8s/deployment.yaml': DEPLOYMENT,
      'packages/core/docs/route.ts': ROUTE,
      // apps/docs in a repository that neither lists it as a workspace nor deploys it.
      'apps/docs/package.json': NEXT_PKG,
      'apps/docs/guide/route.ts': ROUTE,
    };
    expect(await failures(check, files)).toEqual([]);
  });
});
