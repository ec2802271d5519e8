import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { makeRepo } from '../helpers/repo.js';

/** The warnings (with where the action annotates them) of a run over `files`, and the items' statuses. */
const warnings = async (files: Record<string, string>, opts: { dir?: string; untracked?: Record<string, string> } = {}) => {
  const root = makeRepo(files, opts.untracked);
  const said: [string, unknown][] = [];
  const logger = { info() {}, debug() {}, warn(msg: string, where?: unknown) { said.push([msg, where]); } };
  const { report } = await run({ dir: opts.dir ?? root, cwd: root, checklist: '.github/preflight.yml', probes: false, env: {}, logger, now: new Date('2026-12-01T00:00:00Z') });
  return { said, status: Object.fromEntries(report.items.map((i) => [i.id, i.status])) };
};

const repo = {
  'services/api/Dockerfile': 'FROM python:3.12-slim\nUSER app\n',
  'services/web/Dockerfile': 'FROM python:3.12-slim\nUSER app\n',
  'test/fixtures/app/.env': 'SECRET=x\n',
};

describe('an ignore glob that matches no tracked file (stop 39 D2)', () => {
  it('is warned about at the glob, an item\'s and the top-level one alike, in file order', async () => {
    const { said, status } = await warnings({ ...repo, '.github/preflight.yml': [
      'version: 1',
      'ignore: ["fixtures/", "services/legacy/**"]',
      'items:',
      '  - id: e',
      '    check: env-file-committed',
      '    ignore: ["tset/fixtures/**", "test/fixtures/**", "!test/fixtures/keep/**"]',
      '',
    ].join('\n') });
    expect(said).toEqual([
      [".github/preflight.yml:2:10: ignore glob 'fixtures/' matches no tracked file, so it leaves nothing out (a misspelt folder? globs are relative to the repository root: '**/fixtures/' names it at any depth)", { file: '.github/preflight.yml', line: 2, column: 10 }],
      [".github/preflight.yml:2:23: ignore glob 'services/legacy/**' matches no tracked file, so it leaves nothing out (a misspelt folder? globs are relative to the repository root)", { file: '.github/preflight.yml', line: 2, column: 23 }],
      [".github/preflight.yml:6:14: item 'e': ignore glob 'tset/fixtures/**' matches no tracked file, so it leaves nothing out of the item's scope (a misspelt folder? globs are relative to the repository root)", { file: '.github/preflight.yml', line: 6, column: 14 }],
    ]);
    // The warning changes nothing: the glob that matches still ignores.
    expect(status).toEqual({ e: 'pass' });
  });

  it('a paths glob that is a folder name alone gets the any-depth hint too; globs that match are not warned about', async () => {
    const { said } = await warnings({ ...repo, '.github/preflight.yml': 'version: 1\nignore: [test]\nitems:\n  - { id: d, check: dockerfile-non-root, paths: [api], ignore: ["services/web", "**/fixtures/"] }\n' });
    expect(said.map(([m]) => m)).toEqual([
      ".github/preflight.yml:4:50: item 'd': paths glob 'api' matches no tracked file, so it adds nothing to the item's scope (a misspelt folder? globs are relative to the repository root: '**/api/' names it at any depth)",
    ]);
  });

  it('is not warned about on a manual or probe item (said otherwise), for a preset, or for another folder\'s files in a sub-folder run', async () => {
    const { said } = await warnings({ ...repo, '.github/preflight.yml': 'version: 1\nextends: [docker]\nignore: ["services/web/**"]\nitems:\n  - { id: p, check: hsts, ignore: [nowhere/**] }\n  - { id: d, check: dockerfile-non-root, ignore: ["services/web/**", "services/wbe/**"] }\n' }, { dir: 'services/api' });
    expect(said.filter(([m]) => /ignore glob/.test(m)).map(([m]) => m)).toEqual([
      expect.stringMatching(/^\.github\/preflight\.yml:6:70: item 'd': ignore glob 'services\/wbe\/\*\*' matches no tracked file in the repository, /),
    ]);
  });

  it('is not warned about when git ignores what it names (a defensive `**/node_modules/**`), and is when git does not', async () => {
    const checklist = 'version: 1\nignore: ["**/node_modules/**", "dist/", "*.pyc", vendor]\nitems:\n  - { id: d, check: dockerfile-non-root, ignore: ["**/build/**"] }\n';
    const ignored = await warnings({ ...repo, '.gitignore': 'node_modules/\n/dist\n*.pyc\nvendor/\nbuild\n', '.github/preflight.yml': checklist });
    expect(ignored.said).toEqual([]);
    const tracked = await warnings({ ...repo, '.github/preflight.yml': checklist });
    expect(tracked.said.map(([m]) => /ignore glob '([^']+)'/.exec(m)?.[1])).toEqual(['**/node_modules/**', 'dist/', '*.pyc', 'vendor', '**/build/**']);
  });

  it('an env-file-not-ignored item may ignore an env file git rightly does not track', async () => {
    const { said } = await warnings({ 'services/api/.env.example': 'A=1\n', '.gitignore': '.env\n', '.github/preflight.yml': 'version: 1\nitems:\n  - { id: g, check: env-file-not-ignored, ignore: ["services/api/.env"] }\n' });
    expect(said.filter(([m]) => /glob/.test(m))).toEqual([]);
  });
});

describe('scope keys that can do nothing (stop 39 D3)', () => {
  const parse = (items: string) => parseYamlChecklist('.github/preflight.yml', `version: 1\nitems:\n${items}`).warnings ?? [];

  it('paths/ignore on a manual item or an item of live probes only are warned about at the key', () => {
    expect(parse([
      '  - id: backups',
      '    title: Backups tested',
      '    paths: ["services/api/**"]',
      '  - id: h',
      '    check: [hsts, https-redirect]',
      '    paths: ["services/api/**"]',
      '    ignore: ["services/api/tests/**"]',
      '',
    ].join('\n'))).toEqual([
      ".github/preflight.yml:5:5: item 'backups' is a manual item (no `check`), so `paths` has no effect (a manual item judges no file: its sign-off is not per file): remove `paths`, or add `check:` to run a check on those files",
      ".github/preflight.yml:8:5: item 'h' runs only live probes (hsts, https-redirect), so `paths` has no effect (probes judge the deployed URL, not repository files): remove `paths`",
      ".github/preflight.yml:9:5: item 'h' runs only live probes (hsts, https-redirect), so `ignore` has no effect (probes judge the deployed URL, not repository files): remove `ignore`",
    ]);
  });

  it('paths: [] is said to judge the whole repository', () => {
    expect(parse('  - id: a\n    check: dockerfile-non-root\n    paths: []\n    ignore: []\n')).toEqual([
      ".github/preflight.yml:5:5: item 'a': `paths: []` names no file, so the item is not scoped: it judges the whole repository (remove `paths`, or list the globs of its scope)",
    ]);
  });

  it('an item with a static check (beside a probe or not) is not warned about', () => {
    expect(parse('  - { id: m, check: [hsts, dockerfile-non-root], paths: ["services/**"] }\n  - { id: s, check: dockerfile-non-root, paths: ["services/**"], ignore: ["services/legacy/**"] }\n')).toEqual([]);
  });

  it('reaches the run\'s warnings with where it is written; the item still runs as before', async () => {
    const { said, status } = await warnings({ ...repo, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: a, check: dockerfile-non-root, paths: [] }\n  - { id: b, title: Backups, ignore: ["services/**"] }\n' });
    expect(said).toEqual([
      [expect.stringMatching(/^\.github\/preflight\.yml:3:42: item 'a': `paths: \[\]` names no file/), { file: '.github/preflight.yml', line: 3, column: 42 }],
      [expect.stringMatching(/^\.github\/preflight\.yml:4:30: item 'b' is a manual item/), { file: '.github/preflight.yml', line: 4, column: 30 }],
    ]);
    expect(status).toEqual({ a: 'pass', b: 'pending' });
  });
});
