import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { isDevOnly } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

// QA53 kubernetes D6: `ci` is CI's environment in a manifest's name whatever the separator and position, as `dev` is.
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: c\n      image: ghcr.io/acme/a:1.0\n      env:\n        - name: FLASK_DEBUG\n          value: "1"\n';

describe('manifests named for CI are development-only, any separator (QA53 kubernetes D6)', () => {
  it('isDevOnly: `ci` a whole part of the name, last or followed by manifest words', () => {
    for (const f of ['k8s/deployment-ci.yaml', 'k8s/configmap-ci.yaml', 'k8s/ci-deployment.yaml', 'k8s/deployment_ci.yaml', 'k8s/deployment.ci.yaml', 'k8s/api-ci-deployment.yml', 'k8s/ci.deployment.yaml']) expect(isDevOnly(f), f).toBe(true);
    for (const f of ['k8s/civic-deployment.yaml', 'k8s/circleci.yaml', 'k8s/gitlab-ci-runner.yaml', 'k8s/ci-cd.yaml', 'k8s/deployment-cicd.yaml', '.gitlab-ci.yml', 'k8s/docs-ci-tools.yaml']) expect(isDevOnly(f), f).toBe(false);
  });
  it('debug-mode: the same Pod under CI names gives notes, under a production name a failure', async () => {
    const names = ['deployment.ci', 'deployment-ci', 'configmap-ci', 'ci-deployment', 'deployment_ci', 'api-test', 'configmap-dev', 'deployment'];
    const out = await runCase(debugMode, { files: Object.fromEntries(names.map((n) => [`k8s/${n}.yaml`, POD])) });
    const at = (note: boolean) => out.findings.filter((f) => !!f.note === note).map((f) => f.file).sort();
    expect(at(false)).toEqual(['k8s/deployment.yaml']);
    expect(at(true)).toEqual(['k8s/api-test.yaml', 'k8s/ci-deployment.yaml', 'k8s/configmap-ci.yaml', 'k8s/configmap-dev.yaml', 'k8s/deployment-ci.yaml', 'k8s/deployment.ci.yaml', 'k8s/deployment_ci.yaml']);
  });
});
