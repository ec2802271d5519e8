import { describe, expect, it } from 'vitest';
import { isVendored, isVendoredOrGenerated } from '../../src/repo/classify.js';
import { TEMPLATED_DOCKERFILE_SKIP } from '../../src/repo/snapshot.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';

// QA stop 41 sweep 1 R1: every folder named `vendor` was taken for dependencies, so a team's own `apps/vendor/` service, a
// `charts/vendor/` chart or a `k8s/vendor/` overlay lost its findings (exit 1 → 0). Dependency managers put only module
// folders (a host, an owner, `bundle/`) at the top of `vendor/`; a file there, or a project layout folder, is the team's.
describe('isVendored tells dependencies from a team folder named vendor', () => {
  it.each([
    ['vendor/github.com/acme/lib/docker-compose.yml', true],
    ['services/api/vendor/golang.org/x/net/Dockerfile', true],
    ['vendor/laravel/sail/runtimes/8.3/Dockerfile', true],
    ['vendor/bundle/ruby/3.3.0/gems/rack/Dockerfile', true],
    ['node_modules/pkg/Dockerfile', true],
    ['apps/vendor/Dockerfile', false],
    ['k8s/vendor/deployment.yaml', false],
    ['k8s/vendor/base/deployment.yaml', false],
    ['charts/vendor/templates/deployment.yaml', false],
    ['apps/vendor/deploy/k8s/deployment.yaml', false],
    ['vendors/api/Dockerfile', false],
  ])('%s → %s', (path, vendored) => {
    expect(isVendored(path)).toBe(vendored);
  });

  // (Stop 47 D2: content scanners read a team's `apps/vendor/` service as the deploy readers do; a hand-copied library stays out.)
  it('content scanners still skip a hand-copied library in a vendor/ folder, not a monorepo service named vendor', () => {
    expect(isVendoredOrGenerated('src/vendor/chart.js')).toBe(true);
    expect(isVendoredOrGenerated('apps/vendor/Dockerfile')).toBe(false);
  });

  it("judges a team's own vendor service and overlay, and leaves a Go module's vendored compose alone", async () => {
    const files = {
      'apps/vendor/Dockerfile': 'FROM node:20.11-alpine\nCMD ["node", "server.js"]\n',
      'vendor/github.com/acme/lib/Dockerfile': 'FROM golang:1.22\nCMD ["go", "test", "./..."]\n',
      'go.mod': 'module example.com/app\n',
    };
    const root = await runCase(dockerfileNonRoot, { name: 'v', files });
    expect(root.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['apps/vendor/Dockerfile']);
    const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: vendor\nspec:\n  template:\n    spec:\n      containers:\n        - name: vendor\n          image: ghcr.io/acme/vendor:1.4.2\n';
    const k8s = await runCase(k8sRunAsNonRoot, { name: 'k', files: { 'k8s/vendor/deployment.yaml': manifest } });
    expect(k8s.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['k8s/vendor/deployment.yaml']);
  });
});

// Review B nit (second read): a bash here-string (`<<<word`) opens no heredoc, so the ERB tags after it still make the file a template.
describe('a here-string in a template Dockerfile', () => {
  it('does not hide the ERB tag after it', () => {
    const snap = snapshotOf({ 'docker/Dockerfile': 'FROM ruby:3.3-slim\nRUN grep -q x <<<word\nLABEL version="<%= version %>"\nUSER app\nCMD ["bin/rails", "server"]\n' });
    expect(snap.dockerfiles()).toEqual([]);
    expect(snap.skipped.map((s) => [s.file, s.reason])).toEqual([['docker/Dockerfile', TEMPLATED_DOCKERFILE_SKIP]]);
  });
});
