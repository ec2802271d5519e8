import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 49 (fullrepos27 D4): non-root promises that name the user stayed manual: "php-fpm image runs as `www-data`, not
// root", "Image runs as www-data instead of root", and "Runs as a dedicated non-root `spring` user" under "## Build & image"
// (it bound under "## Docker image").

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('fullrepos27 D4: the image said to run as a named user, root refused', () => {
  it.each<[string, string[]]>([
    ['php-fpm image runs as `www-data`, not root', ['Docker']],
    ['php-fpm image runs as `www-data`, not root', []],
    ['Image runs as www-data instead of root', ['Docker image']],
    ['The image runs as `app` rather than root', []],
    // An image's heading is the container's as a Docker heading is.
    ['Runs as a dedicated non-root `spring` user', ['Build & image']],
    ['Runs as www-data, not root', ['Build & image']],
    ['Runs as non-root', ['Images']],
  ])('binds dockerfile-non-root: %s (under %j)', (text, headings) => {
    expect(checksOf(text, headings)).toEqual(['dockerfile-non-root']);
  });
  it.each<[string, string[]]>([
    // Root not refused, another process or subject than the image, negated, root-owned files, another heading.
    ['Image runs as `www-data`', []],
    ['php-fpm runs as www-data, not root', ['Docker']],
    ['Nginx worker runs as www-data, not root', ['Docker']],
    ['Image no longer runs as www-data, not root', []],
    ['Image runs as root', []],
    ['Image runs as www-data, not root-owned files', []],
    ['Runs as non-root', ['Build']],
    ['Images optimised and lazy-loaded', ['Images']],
    ['Runs as expected, not root', ['Images']],
  ])('stays manual: %s (under %j)', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
});
