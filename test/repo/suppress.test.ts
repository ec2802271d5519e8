import { describe, expect, it } from 'vitest';
import { findSuppressions } from '../../src/repo/suppress.js';

describe('findSuppressions: comments only', () => {
  it('a marker inside a string literal or in prose is no suppression', () => {
    const py = 'HELP = "add # preflight-ignore CHECK-ID: reason to mute a finding"\nTOKEN = "x"  # preflight-ignore hardcoded-secret: test value\n';
    expect(findSuppressions('app/settings.py', py).map((s) => [s.line, s.ids])).toEqual([[2, ['hardcoded-secret']]]);
    expect(findSuppressions('README.md', '```\n# preflight-ignore CHECK-ID: reason\n```\n')).toEqual([]);
    expect(findSuppressions('docs/usage.rst', '# preflight-ignore CHECK-ID: reason\n')).toEqual([]);
    // A whole-line comment and a trailing one after a closed string still count.
    expect(findSuppressions('compose.yaml', 'services:\n  db:\n    # preflight-ignore image-tag-pinned: vendor image\n    image: "postgres" # preflight-ignore restart-policy: one-off\n').map((s) => s.ids[0])).toEqual(['image-tag-pinned', 'restart-policy']);
  });
});
