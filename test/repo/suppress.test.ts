import { describe, expect, it } from 'vitest';
import { findSuppressions, inertTrailingIds } from '../../src/repo/suppress.js';

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

describe('findSuppressions: Markdown and HTML comments (QA stop 27, D4)', () => {
  const ids = (file: string, text: string) => findSuppressions(file, text).map((s) => [s.line, s.appliesTo, s.ids, s.malformed ?? false]);
  it('an HTML comment suppresses, on its own line or trailing; other markers in prose and code fences do not', () => {
    const md = '# Ops\n\n<!-- preflight-ignore hardcoded-secret: example in docs -->\nUse `export GITHUB_TOKEN=ghp_x` here.\nKey ghp_y <!-- preflight-ignore hardcoded-secret: sandbox -->\n';
    expect(ids('OPERATIONS.md', md)).toEqual([[3, 4, ['hardcoded-secret'], false], [5, 5, ['hardcoded-secret'], false]]);
    expect(ids('site/index.html', '<p>\n<!-- preflight-ignore hardcoded-secret: demo key -->\nkey: sk_live_x</p>\n')).toEqual([[2, 3, ['hardcoded-secret'], false]]);
    // Text about the syntax: a `#` comment, inline code, a fenced block (also one showing the HTML comment), a malformed one in a fence.
    expect(ids('README.md', 'Write `<!-- preflight-ignore hardcoded-secret: why -->` above the line.\n# preflight-ignore image-tag-pinned: x\n')).toEqual([]);
    expect(ids('README.md', '```html\n<!-- preflight-ignore hardcoded-secret: why -->\n<!-- preflight-ignore CHECK-ID -->\n```\n~~~\n<!-- preflight-ignore x: y -->\n~~~\n')).toEqual([]);
    // After a fence closes, comments count again; a malformed HTML one is reported.
    expect(ids('README.md', '```\nx\n```\n<!-- preflight-ignore CHECK_ID: why -->\n')).toEqual([[4, 5, [], true]]);
    // Other prose has no comment syntax of this kind.
    expect(ids('NOTES.txt', '<!-- preflight-ignore hardcoded-secret: x -->\n')).toEqual([]);
  });
});

describe('findSuppressions: a comment trailing a YAML key that opens a block (QA stop 27, D3)', () => {
  const span = (file: string, text: string) => findSuppressions(file, text).map((s) => [s.appliesTo, s.appliesToEnd ?? s.appliesTo]);
  it('covers the block, as the comment above the key does', () => {
    const compose = 'services:\n  db:  # preflight-ignore database-port-exposed: BI tooling\n    image: postgres:16\n    ports:\n      - "5432:5432"\n  mongo:\n    ports:  # preflight-ignore database-port-exposed: replica\n      - "27017:27017"\n    restart: always\n';
    expect(span('compose.yaml', compose)).toEqual([[2, 5], [7, 8]]);
    // A key with an inline value (and the comment after it) stays its own line; so does a trailing comment elsewhere.
    expect(span('compose.yaml', 'services:\n  db:\n    image: postgres  # preflight-ignore image-tag-pinned: x\n    ports:\n      - "5432:5432"\n')).toEqual([[3, 3]]);
    expect(span('app.py', 'CONFIG = {  # preflight-ignore debug-mode: z\n    "debug": True,\n}\n')).toEqual([[1, 1]]);
  });
});

describe('inertTrailingIds', () => {
  it('names the ids of a preflight-ignore trailing a .env line only', () => {
    expect(inertTrailingIds('.env.production', 'FLASK_ENV=development # preflight-ignore debug-mode, hardcoded-secret: legacy')).toEqual(['debug-mode', 'hardcoded-secret']);
    expect(inertTrailingIds('deploy/app.env', 'DEBUG=1 # preflight-ignore debug-mode')).toEqual(['debug-mode']);
    expect(inertTrailingIds('.env', '# preflight-ignore debug-mode: x')).toEqual([]);
    expect(inertTrailingIds('.env', 'DEBUG=1 # a note')).toEqual([]);
    expect(inertTrailingIds('settings.py', 'DEBUG = True  # preflight-ignore debug-mode: x')).toEqual([]);
    expect(inertTrailingIds('Dockerfile', 'ENV DEBUG=1 # preflight-ignore debug-mode: x')).toEqual([]);
  });
});
