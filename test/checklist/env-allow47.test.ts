import { describe, expect, it } from 'vitest';
import { parseYamlChecklist, resolveExtends } from '../../src/checklist/load.js';
import { plan } from '../../src/gate/plan.js';
import { run } from '../../src/run.js';
import { ConfigError } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA47 yaml22 D1: env-file-committed's `allow` took only exact paths and names, so a glob (`test/**`) or a folder
 * (`test/fixtures/`) silently exempted nothing, while hardcoded-secret's `allow` takes globs. Both now read `allow` with
 * one matcher (globs, a folder path covering what is under it, a name without `/` matching the file name), and an entry
 * that matches no tracked file is warned about at the entry, as a `paths` glob is.
 */
const repo = {
  '.gitignore': '.env\n',
  'test/fixtures/.env': 'SECRET_KEY=fixture-value-123\n',
  'config/.env.ci': 'LOG_LEVEL=debug\n',
  'app.py': 'print("hi")\n',
};

const runWith = async (items: string[], files: Record<string, string> = repo) => {
  const root = makeRepo({ ...files, '.github/preflight.yml': ['version: 1', 'items:', ...items, ''].join('\n') });
  const said: string[] = [];
  const logger = { info() {}, debug() {}, warn(msg: string) { said.push(msg); } };
  const { report } = await run({ dir: root, cwd: root, checklist: '.github/preflight.yml', probes: false, env: {}, logger, now: new Date('2026-12-07T00:00:00Z') });
  const findings = Object.fromEntries(report.items.map((i) => [i.id, report.findings.filter((f) => f.item === i.id).map((f) => f.file).sort()]));
  return { said, findings, status: Object.fromEntries(report.items.map((i) => [i.id, i.status])) };
};

describe('env-file-committed allow takes globs and folders, as hardcoded-secret allow does (QA47 D1)', () => {
  it('a glob, a folder with or without `/`, a name and an exact path exempt what they name', async () => {
    const { status, said } = await runWith([
      '  - { id: glob, check: env-file-committed, options: { allow: ["test/**", "config/*.ci"] } }',
      '  - { id: folder, check: env-file-committed, options: { allow: ["test/fixtures", "config/"] } }',
      '  - { id: names, check: env-file-committed, options: { allow: [".env", ".env.ci"] } }',
      '  - { id: paths, check: env-file-committed, options: { allow: ["test/fixtures/.env", "config/.env.ci"] } }',
    ]);
    expect(status).toEqual({ glob: 'pass', folder: 'pass', names: 'pass', paths: 'pass' });
    expect(said).toEqual([]);
  });

  it('lookalikes exempt nothing they do not name: a root folder of that name, another folder\'s glob, a name as a folder', async () => {
    const files = { ...repo, 'fixtures': 'a file named fixtures\n' };
    const failing = async (allow: string) => (await runWith([`  - { id: e, check: env-file-committed, options: { allow: ${allow} } }`], files)).findings['e'];
    expect(await failing('["fixtures/"]')).toEqual(['config/.env.ci', 'test/fixtures/.env']);
    expect(await failing('["config/**"]')).toEqual(['test/fixtures/.env']);
    // A name without `/` is a file name (the root file `fixtures`), never a folder.
    expect(await failing('["fixtures"]')).toEqual(['config/.env.ci', 'test/fixtures/.env']);
  });

  it('an entry that matches no tracked file is warned about at the entry; the item still runs', async () => {
    const { said, status } = await runWith([
      '  - { id: e, check: env-file-committed, options: { allow: ["test/fixture/**", "test/fixtures/", "nothing-here.env"] } }',
      '  - id: both',
      '    check: [env-file-committed, hardcoded-secret]',
      '    options: { hardcoded-secret: { allow: ["tests/certs/"] }, env-file-committed: { allow: ["test/**"] } }',
    ]);
    expect(said).toEqual([
      ".github/preflight.yml:3:60: item 'e': env-file-committed allow entry 'test/fixture/**' matches no tracked file, so it exempts nothing (a misspelt name or folder? an entry with / is a glob relative to the repository root, one without a file name at any depth)",
      ".github/preflight.yml:3:97: item 'e': env-file-committed allow entry 'nothing-here.env' matches no tracked file, so it exempts nothing (a misspelt name or folder? an entry with / is a glob relative to the repository root, one without a file name at any depth)",
      ".github/preflight.yml:6:44: item 'both': hardcoded-secret allow entry 'tests/certs/' matches no tracked file, so it exempts nothing (a misspelt name or folder? an entry with / is a glob relative to the repository root, one without a file name at any depth)",
    ]);
    expect(status).toEqual({ e: 'fail', both: 'fail' });
  });

  it('an invalid glob in allow is refused at the entry, as in paths', () => {
    let errors: string[] = [];
    try { plan(resolveExtends(parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - id: a\n    check: env-file-committed\n    options: { allow: ["config/{a.env"] }\n')), {}); } catch (e) { if (e instanceof ConfigError) errors = e.all().map((x) => x.format()); else throw e; }
    expect(errors).toEqual([`p.yml:5:24: options.allow.0 for check 'env-file-committed': expected a valid glob: Missing closing: "}" (to match a bracket, brace or parenthesis literally, escape it with \\)`]);
  });
});
