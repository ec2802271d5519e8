import { describe, expect, it } from 'vitest';
import { findSuppressions, inertTrailingIds } from '../../src/repo/suppress.js';

describe('findSuppressions: comments only', () => {
  it('a marker inside a string literal or in prose is no suppression', () => {
    const py = 'HELP = "add # preflight-ignore CHECK-ID: reason to mute a finding"\nTOKEN = "x"  # preflight-ignore hardcoded-secret: test value\n';
    expect(findSuppressions('app/settings.py', py).map((s) => [s.line, s.ids])).toEqual([[2, ['hardcoded-secret']]]);
    expect(findSuppressions('README.md', '```text\n# preflight-ignore CHECK-ID: reason\n```\n')).toEqual([]);
    expect(findSuppressions('docs/usage.rst', '# preflight-ignore CHECK-ID: reason\n')).toEqual([]);
    // A whole-line comment and a trailing one after a closed string still count.
    expect(findSuppressions('compose.yaml', 'services:\n  db:\n    # preflight-ignore image-tag-pinned: vendor image\n    image: "postgres" # preflight-ignore restart-policy: one-off\n').map((s) => s.ids[0])).toEqual(['image-tag-pinned', 'restart-policy']);
  });
});

describe('findSuppressions: `until` written after the colon (QA32 baseline2 D3)', () => {
  it('a date-shaped `until` in the reason of a comment without one of its own is recorded; prose and a real until are not', () => {
    const late = (file: string, text: string) => findSuppressions(file, text).map((s) => [s.until, s.reason, s.untilInReason ?? null]);
    expect(late('Dockerfile', '# preflight-ignore image-tag-pinned: base image EOL until 2024-01-31\nFROM python:latest\n')).toEqual([[null, 'base image EOL until 2024-01-31', '2024-01-31']]);
    expect(late('app.py', 'CORS(app)  # preflight-ignore cors-wildcard: Until 2027-3-1, then the allow-list\n')).toEqual([[null, 'Until 2027-3-1, then the allow-list', '2027-3-1']]);
    // Prose, a date without `until`, a word ending in until-, and a comment with its own `until`: nothing.
    expect(late('Dockerfile', '# preflight-ignore image-tag-pinned: pinned until the vendor ships 2.0\nFROM a\n')[0]![2]).toBeNull();
    expect(late('Dockerfile', '# preflight-ignore image-tag-pinned: EOL on 2024-01-31\nFROM a\n')[0]![2]).toBeNull();
    expect(late('Dockerfile', '# preflight-ignore image-tag-pinned until 2027-01-31: kept until 2027-01-31\nFROM a\n')).toEqual([['2027-01-31', 'kept until 2027-01-31', null]]);
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
    expect(span('app.py', '# preflight-ignore debug-mode: z\nCONFIG = True\n    "debug": True,\n')).toEqual([[2, 2]]);
  });
});

describe('findSuppressions: a comment above a statement written over several lines covers it (code files)', () => {
  const span = (file: string, text: string) => findSuppressions(file, text).map((s) => [s.appliesTo, s.appliesToEnd ?? s.appliesTo]);
  it('a call, an object or list literal, a backslash continuation', () => {
    expect(span('app/main.py', 'app = FastAPI()\n# preflight-ignore cors-wildcard: public API\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],  # (x)\n)\nother = 1\n')).toEqual([[3, 6]]);
    expect(span('server.js', "// preflight-ignore cookie-flags: legacy\nres.cookie('sid', v, {\n  secure: false, // ')'\n  httpOnly: true,\n});\nnext();\n")).toEqual([[2, 5]]);
    expect(span('settings.py', '# preflight-ignore debug-mode: z\nCONFIG = {\n    "debug": True,\n}\nDEBUG = True\n')).toEqual([[2, 4]]);
    expect(span('run.py', '# preflight-ignore production-server: z\nx = a + \\\n    b\ny = 2\n')).toEqual([[2, 3]]);
    // Brackets inside strings do not count.
    expect(span('a.ts', '// preflight-ignore cors-wildcard: z\nconst s = "(";\nconst t = 1;\n')).toEqual([[2, 2]]);
  });
  it('a block (function, class, if) is not a statement to cover: the comment stays on its line', () => {
    expect(span('app.js', "// preflight-ignore cors-wildcard: z\nfunction setup(app) {\n  app.use(cors());\n}\n")).toEqual([[2, 2]]);
    // A callback passed in the call is part of the statement (as the README says).
    expect(span('routes.js', "// preflight-ignore cookie-flags: z\napp.use(function (req, res) {\n  res.cookie('sid', v, { secure: false });\n});\nnext();\n")).toEqual([[2, 4]]);
    expect(span('Startup.cs', '// preflight-ignore cors-wildcard: z\nif (dev) {\n  x();\n}\n')).toEqual([[2, 2]]);
    expect(span('app.py', '# preflight-ignore debug-mode: z\ndef create_app():\n    return Flask(__name__)\n')).toEqual([[2, 2]]);
    // A `//` that is Python's floor division, a `#` that is a JavaScript private field: no comment, the `)` after it closes.
    expect(span('app.py', '# preflight-ignore cors-wildcard: z\napp.add_middleware(CORSMiddleware, max_age=3600 // 2)\norigins = ["*"]\n')).toEqual([[2, 2]]);
    expect(span('app.js', "// preflight-ignore cookie-flags: z\nres.cookie('sid', this.#token);\nres.cookie('b', v, { secure: false });\n")).toEqual([[2, 2]]);
    // Not in other files: a Dockerfile has its own continuation rule, YAML its blocks, prose none.
    expect(span('notes.txt', '# preflight-ignore debug-mode: z\nf(\n1)\n')).toEqual([]);
  });
});

describe('findSuppressions: Markdown and HTML comments (QA stop 27, D4)', () => {
  const ids = (file: string, text: string) => findSuppressions(file, text).map((s) => [s.line, s.appliesTo, s.ids, s.malformed ?? false]);
  it('an HTML comment suppresses, on its own line or trailing; other markers in prose and code fences do not', () => {
    const md = '# Ops\n\n<!-- preflight-ignore hardcoded-secret: example in docs -->\nUse `export GITHUB_TOKEN=ghp_x` here.\nKey ghp_y <!-- preflight-ignore hardcoded-secret: sandbox -->\n';
    expect(ids('OPERATIONS.md', md)).toEqual([[3, 4, ['hardcoded-secret'], false], [5, 5, ['hardcoded-secret'], false]]);
    expect(ids('site/index.html', '<p>\n<!-- preflight-ignore hardcoded-secret: demo key -->\nkey: sk_live_x</p>\n')).toEqual([[2, 3, ['hardcoded-secret'], false]]);
    // Text about the syntax: a `#` comment, inline code, a text block (also one showing the HTML comment), a malformed one in a block.
    expect(ids('README.md', 'Write `<!-- preflight-ignore hardcoded-secret: why -->` above the line.\n# preflight-ignore image-tag-pinned: x\n')).toEqual([]);
    expect(ids('README.md', '```text\n<!-- preflight-ignore hardcoded-secret: why -->\n<!-- preflight-ignore CHECK-ID -->\n```\n~~~md\n<!-- preflight-ignore x: y -->\n~~~\n```sh\n# preflight-ignore\n```\n')).toEqual([]);
    // After a fence closes, comments count again; a malformed HTML one is reported.
    expect(ids('README.md', '```\nx\n```\n<!-- preflight-ignore CHECK_ID: why -->\n')).toEqual([[4, 5, [], true]]);
    // Other prose has no comment syntax of this kind.
    expect(ids('NOTES.txt', '<!-- preflight-ignore hardcoded-secret: x -->\n')).toEqual([]);
  });
});

describe('findSuppressions: Markdown fenced code blocks are code (QA 27 newrules D4)', () => {
  const sup = (text: string) => findSuppressions('README.md', text).map((s) => [s.line, s.appliesTo, s.ids, s.wholeLine, !!s.code, !!s.ownLineOnly, !!s.beforeFence]);
  it('a comment of the block\'s language suppresses inside it, on the line before or at the end of the line', () => {
    expect(sup('Set it:\n\n```sh\n# preflight-ignore hardcoded-secret: revoked demo token\nexport GITHUB_TOKEN=ghp_x\nexport NPM_TOKEN=npm_y  # preflight-ignore hardcoded-secret: revoked\n```\n')).toEqual([
      [4, 5, ['hardcoded-secret'], true, true, false, false], [6, 6, ['hardcoded-secret'], false, true, false, false],
    ]);
    // `//` in a JavaScript block, `<!-- -->` in an HTML one, a plain fence (no language) and a tilde fence.
    expect(sup('```js\nconst key = "sk_live_x"; // preflight-ignore hardcoded-secret: demo\n```\n```html\n<!-- preflight-ignore hardcoded-secret: demo -->\n<script>k="x"</script>\n```\n```\n# preflight-ignore hardcoded-secret: a\nTOKEN=x\n```\n~~~yaml\n# preflight-ignore hardcoded-secret: b\ntoken: x\n~~~\n').map((s) => s.slice(0, 2))).toEqual([[2, 2], [5, 6], [9, 10], [13, 14]]);
    // A `#` inside a quoted string is no comment; in a ```dotenv or ```dockerfile block a trailing `#` is part of the line.
    expect(sup('```sh\necho "# preflight-ignore hardcoded-secret: x"\n```\n')).toEqual([]);
    expect(sup('```dotenv\nTOKEN=ghp_x # preflight-ignore hardcoded-secret: y\n# preflight-ignore hardcoded-secret: z\nKEY=x\n```\n')).toEqual([[3, 4, ['hardcoded-secret'], true, true, true, false]]);
    // A line of prose starting with a code span of backticks opens no block (its info string would hold a backtick).
    expect(sup('```` ```sh ```` blocks take `#` comments:\n<!-- preflight-ignore hardcoded-secret: demo -->\nkey ghp_x\n').map((s) => s.slice(0, 5))).toEqual([[2, 3, ['hardcoded-secret'], true, false]]);
    // After the block, prose again: only an HTML comment counts; one right above a fence is marked for the advice.
    expect(sup('```sh\nx\n```\n# preflight-ignore hardcoded-secret: heading\n<!-- preflight-ignore hardcoded-secret: example token -->\n```sh\nexport NPM_TOKEN=npm_x\n```\n')).toEqual([[5, 6, ['hardcoded-secret'], true, false, false, true]]);
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
  it('names the ids of a preflight-ignore trailing a .env or Dockerfile line only', () => {
    expect(inertTrailingIds('.env.production', 'FLASK_ENV=development # preflight-ignore debug-mode, hardcoded-secret: legacy')).toEqual(['debug-mode', 'hardcoded-secret']);
    expect(inertTrailingIds('deploy/app.env', 'DEBUG=1 # preflight-ignore debug-mode')).toEqual(['debug-mode']);
    expect(inertTrailingIds('.env', '# preflight-ignore debug-mode: x')).toEqual([]);
    expect(inertTrailingIds('.env', 'DEBUG=1 # a note')).toEqual([]);
    expect(inertTrailingIds('settings.py', 'DEBUG = True  # preflight-ignore debug-mode: x')).toEqual([]);
    // QA27 contract D1: a Dockerfile has no trailing comments either (its message says so: the gate adds the hint unless it already does).
    expect(inertTrailingIds('Dockerfile', 'ENV DEBUG=1 # preflight-ignore debug-mode: x')).toEqual(['debug-mode']);
    expect(inertTrailingIds('api/Dockerfile.prod', 'CMD flask run # preflight-ignore production-server: x')).toEqual(['production-server']);
    expect(inertTrailingIds('Dockerfile', '# preflight-ignore production-server: x')).toEqual([]);
    // Inside a quoted string: text, not a comment.
    expect(inertTrailingIds('Dockerfile', 'RUN echo "# preflight-ignore production-server: x"')).toEqual([]);
    expect(inertTrailingIds('.env', 'NOTE="a # preflight-ignore debug-mode: x"')).toEqual([]);
  });
});
