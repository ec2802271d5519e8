import { describe, expect, it } from 'vitest';
import { DEV_VALUES_FILE, devNamePart, isDevOnly } from '../../src/repo/classify.js';
import { composeMergedBuild, composeOverlayPurpose } from '../../src/repo/compose.js';
import { isDevValuesPlace } from '../../src/repo/helm-installs.js';

// QA stop 42 devprod12 D1/D6: one development vocabulary for every file kind, and what a compose overlay is for.

describe('development names, the same words for every file kind (D6)', () => {
  it('dev containers, cloud IDEs, Tilt, local development, test tools, and dev with a qualifier are development-only', () => {
    for (const f of ['Dockerfile.devcontainer', 'Dockerfile.dev.arm64', 'Dockerfile.localdev', 'Dockerfile.tilt', 'Dockerfile.codespaces', 'Dockerfile.gitpod',
      'Dockerfile.hotreload', 'Dockerfile-dev-amd64', '.gitpod.Dockerfile', 'Dockerfile.cypress', 'devcontainer.Dockerfile',
      'docker-compose.devcontainer.yml', 'docker-compose.dev.local.yml', 'docker-compose.sandbox.yml', 'compose.localdev.yaml', 'docker-compose.codespaces.yml',
      'docker-compose.gitpod.yml', 'docker-compose.tilt.yml', 'docker-compose.cypress.yml', 'docker-compose.selenium.yml', 'docker-compose.storybook.yml',
      'docker-compose.mocks.yml', 'docker-compose.dev-tools.yml', 'docker-compose.vscode.yml', 'docker-compose.dev.override.yml',
      'Procfile.devcontainer', 'Procfile.localdev', 'Procfile.dev.local', 'Procfile.dev.windows', 'Procfile.windows',
      '.env.development.local', '.env.test.local',
      'k8s/overlays/docker-desktop/kustomization.yaml', 'k8s/overlays/microk8s/patch.yaml', 'k8s/overlays/rancher-desktop/deployment.yaml',
      'k8s/overlays/orbstack/deployment.yaml', 'k8s/overlays/localdev/deployment.yaml', 'k8s/overlays/tilt/deployment.yaml', 'deploy/docker-desktop.yaml',
      'k8s/tilt-deployment.yaml', '.gitpod/Dockerfile']) {
      expect(isDevOnly(f), f).toBe(true);
    }
  });

  it('production, staging, a qualifier alone, and a development word beside another word are not', () => {
    for (const f of ['Dockerfile', 'Dockerfile.prod', 'Dockerfile.arm64', 'Dockerfile.windows', 'Dockerfile.api', 'Dockerfile.api-dev',
      'docker-compose.yml', 'docker-compose.prod.yml', 'compose.production.yaml', 'docker-compose.staging.yml', 'docker-compose.mac.yml',
      'docker-compose.arm64.yml', 'docker-compose.windows.yml', 'docker-compose.prod-dev-tools.yml', 'docker-compose-non-dev.yml', 'docker-compose.demo.yml',
      'Procfile', 'Procfile.web', 'Procfile.arm64', '.env', '.env.production', '.env.production.local', '.env.local.php', '.env.local.example',
      'k8s/overlays/prod/deployment.yaml', 'k8s/overlays/k3s/deployment.yaml', 'k8s/selenium-hub.yaml', 'dev-tools.yml']) {
      expect(isDevOnly(f), f).toBe(false);
    }
  });

  it('devNamePart: every part a development word or a qualifier, one a development word', () => {
    expect(['dev', 'dev.local', 'dev-tools', 'dev.arm64', 'localdev', '.gitpod', 'e2e.linux'].map(devNamePart)).toEqual([true, true, true, true, true, true, true]);
    expect(['arm64', 'prod-dev-tools', 'non-dev', 'api-dev', 'tools', 'windows'].map(devNamePart)).toEqual([false, false, false, false, false, false]);
  });

  it('Helm values files and installs of local clusters are development installs, as the folders are', () => {
    for (const f of ['values-docker-desktop.yaml', 'values.microk8s.yaml', 'values-orbstack.yaml', 'values-localdev.yaml', 'values-kind.yaml']) expect(DEV_VALUES_FILE.test(f), f).toBe(true);
    for (const f of ['values.yaml', 'values-prod.yaml', 'values-desktop.yaml']) expect(DEV_VALUES_FILE.test(f), f).toBe(false);
    for (const f of ['environments/docker-desktop/values.yaml', 'values-rancher-desktop.yaml', 'clusters/microk8s/values.yaml']) expect(isDevValuesPlace(f), f).toBe(true);
    expect(isDevValuesPlace('environments/prod/values.yaml')).toBe(false);
  });
});

describe('composeOverlayPurpose (D1)', () => {
  it('production for a deployed environment\'s name, development for a development name, other for any other', () => {
    for (const f of ['docker-compose.prod.yml', 'compose.production.yaml', 'docker-compose.staging.yml', 'docker-compose-live.yml', 'compose.release.yaml',
      'deploy/docker-compose.preprod.yml', 'docker-compose.pre-prod.yml', 'production.yml', 'docker-compose.prod-dev-tools.yml', 'docker-compose.swarm.yml', 'compose.swarm-prod.yaml']) expect(composeOverlayPurpose(f), f).toBe('production');
    for (const f of ['docker-compose.override.yml', 'docker-compose.dev.yml', 'docker-compose.devcontainer.yml', 'docker-compose.sandbox.yml', 'docker-compose.dev.local.yml',
      'compose.tilt.yaml', 'docker-compose.cypress.yml', 'local.yml', '.devcontainer/docker-compose.yml']) expect(composeOverlayPurpose(f), f).toBe('development');
    for (const f of ['docker-compose.mac.yml', 'docker-compose.arm64.yml', 'docker-compose.monitoring.yml', 'docker-compose.watch.yml', 'compose.gpu.yaml']) expect(composeOverlayPurpose(f), f).toBe('other');
  });
});

describe('composeMergedBuild', () => {
  it('merges build as compose does: a later context or dockerfile replaces the earlier one, the dockerfile relative to the context', () => {
    const base = { file: 'docker-compose.yml', value: { build: { context: '.', dockerfile: 'Dockerfile.dev', target: 'dev' } } };
    expect(composeMergedBuild([base, { file: 'docker-compose.prod.yml', value: { mem_limit: '512m' } }])).toEqual({ context: '', dockerfile: 'Dockerfile.dev', target: 'dev' });
    expect(composeMergedBuild([base, { file: 'docker-compose.prod.yml', value: { build: { dockerfile: 'Dockerfile', target: 'runtime' } } }])).toEqual({ context: '', dockerfile: 'Dockerfile', target: 'runtime' });
    expect(composeMergedBuild([base, { file: 'docker-compose.prod.yml', value: { build: './api' } }])).toEqual({ context: 'api', dockerfile: 'api/Dockerfile.dev', target: 'dev' });
    expect(composeMergedBuild([{ file: 'deploy/compose.yaml', value: { image: 'x' } }])).toBeNull();
    expect(composeMergedBuild([{ file: 'compose.yaml', value: { build: '../..' } }])).toBeNull();
  });
});

describe('stop 42 (devprod12 D5): Django settings modules named for development', () => {
  it('are development-only whatever the other words, in a settings/ folder or flat beside settings.py', () => {
    for (const p of ['proj/settings/local_dev.py', 'proj/settings/localdev.py', 'proj/settings/docker_dev.py', 'proj/settings/ci.py', 'proj/settings/e2e.py', 'proj/settings_dev.py', 'proj/dev_settings.py',
      // sweep3 R2: a dev word with the words of where it runs, flat too.
      'proj/dev_local_settings.py', 'proj/local_dev_settings.py', 'proj/settings_local_dev.py', 'proj/settings_docker_dev.py', 'proj/docker_dev_settings.py'])
      expect(isDevOnly(p), p).toBe(true);
    // A deployed environment's word, the classic local_settings.py that settings.py imports, and other modules are judged.
    for (const p of ['proj/settings/local_settings.py', 'proj/settings/local_storage.py', 'proj/settings/prod_local.py', 'proj/settings/production.py', 'proj/settings/staging.py', 'proj/local_settings.py', 'proj/settings_local.py', 'proj/settings.py', 'proj/devices.py', 'proj/settings/base.py'])
      expect(isDevOnly(p), p).toBe(false);
  });
});

describe('stop 42 review B: merged compose builds', () => {
  it('resolve every file\'s relative build paths from the project directory (the first file\'s folder)', () => {
    const merged = composeMergedBuild([
      { file: 'deploy/docker-compose.yml', value: { image: 'acme/web:1.0' } },
      { file: 'deploy/prod/docker-compose.prod.yml', value: { build: { context: '..', dockerfile: 'Dockerfile.dev' } } },
    ]);
    expect(merged?.dockerfile).toBe('Dockerfile.dev');
    expect(isDevOnly('app/settings/test_prod.py')).toBe(false);
    expect(isDevOnly('app/settings/dev_staging.py')).toBe(false);
  });
});
