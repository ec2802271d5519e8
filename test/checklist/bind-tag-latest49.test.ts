import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 49 containers14 D7: items refusing `tag: latest` in Helm values or a kustomize `newTag` of `latest` promise what
// image-tag-pinned verifies in Helm values and kustomize `images:` (both documented sources): they bind; lookalikes about git
// tags, npm dist-tags or other systems' `latest` stay manual.

const checksOf = (text: string, headings = ['Kubernetes']) => matchItem(text, { headings }).checks;

describe('stop 49: `tag: latest` and `newTag` items bind image-tag-pinned', () => {
  it.each([
    'Helm values don\'t use `tag: latest`',
    'No `tag: latest` in Helm values',
    'Kustomize `newTag` is never `latest`',
    '`newTag: latest` is not allowed in overlays',
    'Never set `image.tag: latest` in values-production.yaml',
    '`image.tag` is never `latest` in values-production.yaml',
    'Helm values: `tag` is never `latest`',
    'No `imageTag: latest` in the chart values',
  ])('%s', (text) => {
    expect(checksOf(text)).toEqual(['image-tag-pinned']);
  });

  it.each([
    'Git tag is never `latest`',
    'npm `dist-tag: latest` is not used for prereleases',
    'Don\'t push `tag: latest` to the npm registry',
    'Kustomize `newTag` is updated by the release job',
    'Helm values use `tag: latest` for the dev cluster',
    'Terraform providers: `version: latest` is never used',
    'The `latest` tag in git is never moved',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
