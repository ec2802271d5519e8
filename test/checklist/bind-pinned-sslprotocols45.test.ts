import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 45 (markdown20 D7): "Images are version-pinned" stayed manual ("Version-pinned images" and "Images are pinned" bound);
// "ingress-nginx `ssl-protocols` set to `TLSv1.2 TLSv1.3`" stayed manual (the ingress-nginx key tls-protocols-config judges),
// while nginx's `ssl_protocols` bound.

const checksOf = (text: string) => matchItem(text, { headings: ['Go-live'] }).checks;

describe('stop 45: version-pinned images and the ingress-nginx ssl-protocols key bind', () => {
  it.each([
    ['Images are version-pinned', 'image-tag-pinned'],
    ['Images are version pinned', 'image-tag-pinned'],
    ['Base images are tag-pinned', 'image-tag-pinned'],
    ['ingress-nginx `ssl-protocols` set to `TLSv1.2 TLSv1.3`', 'tls-protocols-config'],
    ['`ssl-protocols: "TLSv1.2 TLSv1.3"` in the ingress-nginx ConfigMap', 'tls-protocols-config'],
  ])('%s → %s', (text, id) => {
    expect(checksOf(text)).toEqual([id]);
  });

  it.each([
    'Images are not version-pinned',
    'Image versions pinned in the lockfile',
    'SSL protocols discussed with the CDN vendor',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
