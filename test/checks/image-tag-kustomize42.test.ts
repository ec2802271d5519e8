import { describe, expect, it } from 'vitest';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of image-tag-pinned as `file:line:column note? message`, sorted. */
async function findings(files: Record<string, string>): Promise<string[]> {
  const out = await runCase(imageTagPinned, { name: 'kimg42', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}

/** A base Deployment `api` whose container `api` runs `image`. */
const DEPLOYMENT = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: ${image}
`;
const BASE = (image = 'ghcr.io/acme/api:2.3.1') => ({
  'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'k8s/base/deployment.yaml': DEPLOYMENT(image),
});
/** An inline strategic-merge patch setting container `api`'s image (after `resources` and `patches:`, the image is on line 14 of the kustomization, column 24). */
const INLINE_SMP = (image: string) => `  - patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      spec:
        template:
          spec:
            containers:
              - name: api
                image: ${image}
`;
/** Inline JSON 6902 ops on Deployment `api` (`ops` indented by 6). */
const INLINE_OPS = (ops: string) => `  - target:\n      kind: Deployment\n      name: api\n    patch: |-\n${ops}`;
const PROD = 'k8s/overlays/prod/kustomization.yaml';
const STAGING = 'k8s/overlays/staging/kustomization.yaml';

// QA stop 42 (containers11 D1): image-tag-pinned judges the images kustomize patches set, as the other Kubernetes checks merge them.
describe('QA42 D1: images set by kustomize patches', () => {
  it('the examiner\'s repository: an inline strategic-merge patch, an inline JSON op adding a sidecar, JSON ops in a file', async () => {
    const out = await findings({
      ...BASE(),
      [PROD]: `resources:\n  - ../../base\npatches:\n${INLINE_SMP('ghcr.io/acme/api:latest')}${INLINE_OPS('      - op: add\n        path: /spec/template/spec/containers/-\n        value:\n          name: log-shipper\n          image: fluent/fluent-bit\n')}`,
      [STAGING]: 'resources:\n  - ../../base\npatches:\n  - path: image-patch.yaml\n    target:\n      kind: Deployment\n      name: api\n',
      'k8s/overlays/staging/image-patch.yaml': '- op: replace\n  path: /spec/template/spec/containers/0/image\n  value: ghcr.io/acme/api:latest\n',
    });
    expect(out).toEqual([
      `${PROD}:14:24 container 'api' image ghcr.io/acme/api:latest uses the moving tag 'latest' in kustomize overlay k8s/overlays/prod; pin a version tag or a digest (\`image:tag@sha256:…\`)`,
      `${PROD}:19:9 container 'log-shipper' image fluent/fluent-bit has no tag, so it pulls 'latest' in kustomize overlay k8s/overlays/prod; pin a version tag or a digest (\`image:tag@sha256:…\`)`,
      // A finding about a value JSON 6902 ops write points at that op, as for the other Kubernetes checks.
      "k8s/overlays/staging/image-patch.yaml:1:3 container 'api' image ghcr.io/acme/api:latest uses the moving tag 'latest' in kustomize overlay k8s/overlays/staging; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('a strategic-merge patch in a file names the overlay that applies it', async () => {
    const out = await findings({
      ...BASE(),
      [PROD]: 'resources:\n  - ../../base\npatches:\n  - path: image.yaml\n',
      'k8s/overlays/prod/image.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:latest\n',
    });
    expect(out).toEqual([`k8s/overlays/prod/image.yaml:10:18 container 'api' image ghcr.io/acme/api:latest uses the moving tag 'latest' in kustomize overlay k8s/overlays/prod; pin a version tag or a digest (\`image:tag@sha256:…\`)`]);
  });

  it('a base image that every overlay replaces is judged as rendered, once', async () => {
    // The untagged base is not deployed: only the op's `:latest` is, reported at the op.
    const replaced = await findings({
      ...BASE('ghcr.io/acme/api'),
      [PROD]: `resources:\n  - ../../base\npatches:\n${INLINE_OPS('      - op: replace\n        path: /spec/template/spec/containers/0/image\n        value: ghcr.io/acme/api:latest\n')}`,
    });
    expect(replaced).toEqual([`${PROD}:8:9 container 'api' image ghcr.io/acme/api:latest uses the moving tag 'latest' in kustomize overlay k8s/overlays/prod; pin a version tag or a digest (\`image:tag@sha256:…\`)`]);
    // A pinned tag the patch sets passes, and the untagged base it replaces is not judged.
    expect(await findings({ ...BASE('ghcr.io/acme/api'), [PROD]: `resources:\n  - ../../base\npatches:\n${INLINE_SMP('ghcr.io/acme/api:2.4.0')}` })).toEqual([]);
    // An overlay that keeps the base (staging lists only the base) deploys its untagged image: it fails there, naming staging only.
    expect(await findings({ ...BASE('ghcr.io/acme/api'), [PROD]: `resources:\n  - ../../base\npatches:\n${INLINE_SMP('ghcr.io/acme/api:2.4.0')}`, [STAGING]: 'resources:\n  - ../../base\n' })).toEqual([
      "k8s/base/deployment.yaml:14:18 container 'api' image ghcr.io/acme/api has no tag, so it pulls 'latest' in kustomize overlay k8s/overlays/staging; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('an overlay\'s images: newTag or digest pins an image its patch (or an inner overlay\'s) sets', async () => {
    const patch = `patches:\n${INLINE_SMP('ghcr.io/acme/api:latest')}`;
    expect(await findings({ ...BASE(), [PROD]: `resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "2.4.0"\n${patch}` })).toEqual([]);
    expect(await findings({ ...BASE(), [PROD]: `resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    digest: sha256:${'a'.repeat(64)}\n${patch}` })).toEqual([]);
    // An outer overlay built on prod runs its image transformer after prod's patches: it pins them where it deploys.
    const outer = await findings({
      ...BASE(),
      'k8s/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\n${patch}`,
      'k8s/overlays/prod-eu/kustomization.yaml': 'resources:\n  - ../prod\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "2.4.0"\n',
    });
    expect(outer).toEqual([`${PROD}:14:24 container 'api' image ghcr.io/acme/api:latest uses the moving tag 'latest' in kustomize overlay k8s/overlays/prod; pin a version tag or a digest (\`image:tag@sha256:…\`)`]);
    // The base's `images:` run in the base's build, before the overlay's patch: they do not pin what the patch sets.
    const inner = await findings({
      'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "2.3.1"\n',
      'k8s/base/deployment.yaml': DEPLOYMENT('ghcr.io/acme/api'),
      [PROD]: `resources:\n  - ../../base\n${patch}`,
    });
    expect(inner).toEqual([`${PROD}:14:24 container 'api' image ghcr.io/acme/api:latest uses the moving tag 'latest' in kustomize overlay k8s/overlays/prod; pin a version tag or a digest (\`image:tag@sha256:…\`)`]);
  });

  it('a patch that sets no image, or only a development overlay\'s, changes nothing', async () => {
    expect(await findings({ ...BASE(), [PROD]: `resources:\n  - ../../base\npatches:\n${INLINE_OPS('      - op: add\n        path: /spec/template/spec/containers/0/resources\n        value: {limits: {memory: 512Mi}}\n')}` })).toEqual([]);
    // A development overlay's inline patch is no production rendering; the base stays judged as written (and passes).
    expect(await findings({ ...BASE(), 'k8s/overlays/dev/kustomization.yaml': `resources:\n  - ../../base\npatches:\n${INLINE_SMP('ghcr.io/acme/api:latest')}` })).toEqual([]);
  });
});
