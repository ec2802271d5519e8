import { describe, expect, it } from 'vitest';
import { at, errorsOf } from '../helpers/config-errors.js';

// Stop 46 review S3: an item that merges a base (`<<: *base`) whose `options: *opts` holds a bad value was located at the
// `options: *opts` inside the anchored base, the same line for every item merging it. Each use is its own `<<: *base`.

describe('configuration errors reached through an alias inside an anchored, merged base', () => {
  it('each item merging the base is named at its own `<<: *base`, not at the alias inside the base', () => {
    const text = 'version: 1\nx-opts: &opts\n  min-max-age: -5\nx-base: &base\n  check: hsts\n  options: *opts\nitems:\n  - id: a\n    <<: *base\n  - id: b\n    <<: *base\n';
    const got = errorsOf(text).filter((e) => e.message.includes('min-max-age'));
    expect(at(got)).toEqual([[9, 9], [11, 9]]);
  });

  it('an item that names the shared options itself is still named at its own alias', () => {
    const text = 'version: 1\nx-opts: &opts\n  min-max-age: -5\nx-base: &base\n  check: hsts\n  options: *opts\nitems:\n  - id: a\n    <<: *base\n  - id: b\n    check: hsts\n    options: *opts\n';
    const got = errorsOf(text).filter((e) => e.message.includes('min-max-age'));
    expect(at(got)).toEqual([[9, 9], [12, 14]]);
  });
});
