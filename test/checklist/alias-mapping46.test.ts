import { describe, expect, it } from 'vitest';
import { at, errorsOf } from '../helpers/config-errors.js';

// QA45 sweep R5: an error inside a mapping several items share through an alias (`options: *opts`) was printed once per
// use, identically, at the anchor. Each use is now named at its alias; a mapping used once is still pointed at exactly.

describe('configuration errors inside a mapping reached through an alias', () => {
  it('a bad option in a mapping three items share is named at the anchor for its own item and at each alias', () => {
    const got = errorsOf('version: 1\nitems:\n  - id: a\n    check: hsts\n    options: &opts\n      min-max-age: -5\n  - id: b\n    check: hsts\n    options: *opts\n  - id: c\n    check: hsts\n    options: *opts\n');
    expect(at(got)).toEqual([[6, 20], [9, 14], [12, 14]]);
    expect(got.every((e) => e.message.includes('min-max-age'))).toBe(true);
  });

  it('the anchor in a flow mapping, the error at the value there and at each alias: no two identical lines', () => {
    const got = errorsOf('version: 1\nitems:\n  - id: a\n    check: hsts\n    options: &opts {min-max-age: -5}\n  - id: z\n    check: hsts\n    options: *opts\n  - id: b\n    check: hsts\n    options: *opts\n');
    expect(at(got)).toEqual([[5, 34], [8, 14], [11, 14]]);
    expect(new Set(got.map((e) => `${e.line}:${e.column}: ${e.message}`)).size).toBe(3);
  });

  it('the examiner\'s file (anchor under an `x-` key): each use at its alias', () => {
    const got = errorsOf('version: 1\nx-opts: &opts\n  min-max-age: -5\nitems:\n  - id: a\n    check: hsts\n    options: *opts\n  - id: b\n    check: hsts\n    options: *opts\n');
    expect(at(got.filter((e) => e.message.includes('min-max-age')))).toEqual([[7, 14], [10, 14]]);
  });

  it('an unknown key inside a shared mapping is named at each alias too', () => {
    const got = errorsOf('version: 1\nitems:\n  - id: a\n    check: hsts\n    options: &opts {min-max-agee: 5}\n  - id: b\n    check: hsts\n    options: *opts\n');
    expect(at(got)).toEqual([[5, 21], [8, 14]]);
  });

  it('a whole item shared through a merge key: each use is named at its `<<: *base`', () => {
    const got = errorsOf('version: 1\nitems:\n  - &base\n    id: a\n    check: hsts\n    severity: hihg\n  - <<: *base\n    id: b\n  - <<: *base\n    id: c\n');
    expect(at(got)).toEqual([[6, 15], [7, 9], [9, 9]]);
  });

  it('lookalike: a bad value in an anchored mapping no alias leads to (or in a plain one) is pointed at where it is written', () => {
    const got = errorsOf('version: 1\nitems:\n  - id: a\n    check: hsts\n    options: &opts\n      min-max-age: 1\n  - id: b\n    check: hsts\n    options: &bad\n      min-max-age: -5\n  - id: c\n    check: hsts\n    options: *opts\n');
    expect(at(got)).toEqual([[10, 20]]);
    const once = errorsOf('version: 1\nitems: &all\n  - id: a\n    check: hsts\n    options:\n      min-max-age: -5\n');
    expect(at(once)).toEqual([[6, 20]]);
  });
});
