import { describe, expect, it } from 'vitest';
import { plan } from '../../src/gate/plan.js';
import { run } from '../../src/run.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * Stop 39 review A S2: what a scoped item's overlay findings answer to is what plan() leaves out of its scope, each of the
 * item's `ignore` and the checklist's with its own `!` re-includes. Pooled into one matcher, a top-level
 * `ignore: [deploy/**, '!deploy/k8s/**']` re-included the legacy base that the item's `ignore: [deploy/k8s/legacy/**]`
 * leaves out, so an overlay in the item's scope kept the base's findings.
 */
const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  selector:',
  '    matchLabels: { app: api }',
  '  template:',
  '    metadata:',
  '      labels: { app: api }',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: ghcr.io/acme/api:1.0.0',
  '',
].join('\n');

const layout: Record<string, string> = {
  // A legacy base with no probes, deployed by an overlay that the item's paths take in.
  'deploy/k8s/legacy/base/deployment.yaml': deployment,
  'deploy/k8s/legacy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'deploy/k8s/overlays/prod/kustomization.yaml': 'resources:\n  - ../../legacy/base\n',
  'deploy/k8s/overlays/prod/notes.yaml': 'kind: ConfigMap\napiVersion: v1\nmetadata: { name: notes }\n',
};

const findingsOf = async (checklist: string) => {
  const root = makeRepo({ ...layout, '.github/preflight.yml': checklist });
  const { report } = await run({ dir: root, cwd: root, checklist: '.github/preflight.yml', probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
  return report.findings.filter((f) => f.item === 'k8s-probes-item').map((f) => `${f.file}:${f.line} ${f.check}`);
};

describe('an item\'s ignore and the checklist\'s, each with its own negations (review A S2)', () => {
  const item = '  - { id: k8s-probes-item, check: k8s-probes, paths: ["deploy/k8s/**"], ignore: ["deploy/k8s/legacy/**"] }\n';

  it('a top-level `!` re-include does not undo the item\'s ignore of the base an overlay in scope deploys', async () => {
    expect(await findingsOf(`version: 1\nignore: ["deploy/**", "!deploy/k8s/**"]\nitems:\n${item}`)).toEqual([]);
    expect(await findingsOf(`version: 1\nitems:\n${item}`)).toEqual([]);
  });

  it('without the item\'s ignore the overlay keeps the base\'s finding, the top-level list re-including it', async () => {
    const bare = '  - { id: k8s-probes-item, check: k8s-probes, paths: ["deploy/k8s/overlays/**"] }\n';
    expect(await findingsOf(`version: 1\nignore: ["deploy/**", "!deploy/k8s/**"]\nitems:\n${bare}`)).toEqual(['deploy/k8s/legacy/base/deployment.yaml:13 k8s-probes']);
    expect(await findingsOf(`version: 1\nignore: ["deploy/k8s/legacy/**"]\nitems:\n${bare}`)).toEqual([]);
  });

  it('plan() exposes the exclusion its scope uses', () => {
    const [scoped, whole] = plan(parseYamlChecklist('preflight.yml', `version: 1\nignore: ["deploy/**", "!deploy/k8s/**"]\nitems:\n${item}  - { id: all-probes, check: k8s-probes }\n`), {});
    const base = 'deploy/k8s/legacy/base/deployment.yaml';
    expect(scoped!.excluded!(base)).toBe(true);
    expect(scoped!.scope!(base)).toBe(false);
    expect(scoped!.excluded!('deploy/k8s/overlays/prod/kustomization.yaml')).toBe(false);
    expect(scoped!.excluded!('deploy/compose/a.yaml')).toBe(true);
    expect(whole!.excluded!(base)).toBe(false);
    expect(whole!.excluded!('deploy/compose/a.yaml')).toBe(true);
  });
});
