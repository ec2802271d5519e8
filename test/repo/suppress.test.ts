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

describe('findSuppressions: YAML blocks', () => {
  const span = (file: string, text: string) => findSuppressions(file, text).map((s) => [s.appliesTo, s.appliesToEnd ?? s.appliesTo]);
  it('a comment above a key that opens a block covers the block, up to the first line back at its indent', () => {
    expect(span('compose.yml', 'services:\n  # preflight-ignore restart-policy: x\n  web:\n    image: a:1\n\n    # note\n    ports:\n    - "80:80"\n  db:\n    image: b:1\n')).toEqual([[3, 8]]);
    // A sequence at the key's own indent belongs to it.
    expect(span('compose.yaml', 'x:\n  # preflight-ignore database-port-exposed: y\n  ports:\n  - "5432:5432"\n  - "6379:6379"\n  restart: always\n')).toEqual([[3, 5]]);
    // A block scalar and a sequence item with a mapping.
    expect(span('k.yaml', '# preflight-ignore production-server: z\ncommand: |\n  flask run\nnext: 1\n')).toEqual([[2, 3]]);
    expect(span('k.yaml', 'containers:\n  # preflight-ignore image-tag-pinned: z\n  - name: a\n    image: x\n  - name: b\n    image: y\n')).toEqual([[3, 4]]);
  });
  it('a key with an inline value, a scalar item, a document marker and other file types stay one line', () => {
    expect(span('compose.yml', '# preflight-ignore image-tag-pinned: z\nimage: postgres\n  odd: 1\n')).toEqual([[2, 2]]);
    expect(span('compose.yml', 'ports:\n  # preflight-ignore database-port-exposed: z\n  - "5432:5432"\n  - "6379:6379"\n')).toEqual([[3, 3]]);
    expect(span('a.yml', '# preflight-ignore k8s-probes: z\nspec:\n---\n  x: 1\n')).toEqual([[2, 2]]);
    expect(span('app.py', '# preflight-ignore debug-mode: z\nCONFIG = {\n    "debug": True,\n}\n')).toEqual([[2, 2]]);
  });
});
