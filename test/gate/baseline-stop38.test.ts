import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { resolveExtends, parseYamlChecklist } from '../../src/checklist/load.js';

// QA stop 38 (report8 D1–D3): baselines whose files were deleted, entries whose line changed, SARIF anchors of a preset's items.
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}
type Doc = { baselineFixed?: number; findings: { check: string; file: string | null; line: number | null; message: string; baseline?: boolean; note?: boolean }[] };
async function compared(repo: string, baseline: string, args: string[] = []) {
  const r = await cli([...args, '--baseline', baseline, '--format', 'json', '--fail-on', 'low', '--no-probes'], repo);
  const doc = JSON.parse(r.stdout) as Doc;
  return { code: r.code, stderr: r.stderr, fixed: doc.baselineFixed, config: doc.findings.filter((f) => f.check === 'config').map((f) => f.message), fresh: doc.findings.filter((f) => !f.note && !f.baseline).map((f) => `${f.check} ${f.file}:${f.line}`) };
}
/** A baseline file beside the repository (never one of its files), one per repository. */
const blOf = (repo: string) => path.join(repo, '..', `${path.basename(repo)}.bl.json`);
const record = async (repo: string) => expect((await cli(['baseline', '--output', blOf(repo)], repo)).code).toBe(0);
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
const CHECKLIST = 'version: 1\nitems:\n  - { id: debug, check: debug-mode }\n  - { id: server, check: production-server }\n  - { id: root, check: dockerfile-non-root }\n  - { id: envi, check: env-file-not-ignored }\n';
const FLASK = 'FROM python:3.12-slim\nENV FLASK_DEBUG=1\nCMD ["flask", "run", "--host=0.0.0.0"]\n';

describe('a baseline whose files were deleted (report8 D1)', () => {
  it('counts the entries of a deleted Dockerfile as fixed, also those whose item is now skipped, and says nothing of another repository', async () => {
    const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, Dockerfile: FLASK, '.gitignore': '.env\n.env.*\n', 'app.py': 'print(1)\n' });
    await record(repo);
    const bl = blOf(repo);
    expect((JSON.parse(fs.readFileSync(bl, 'utf8')) as { findings: { check: string }[] }).findings.map((f) => f.check).sort()).toEqual(['debug-mode', 'dockerfile-non-root', 'production-server']);
    git(repo, 'rm', '-q', 'Dockerfile');
    git(repo, 'commit', '-q', '-m', 'rm');
    expect(await compared(repo, bl)).toMatchObject({ code: 0, fixed: 3, config: [], fresh: [] });
    // Only deleted from the index (not committed yet): the same.
    const staged = makeRepo({ '.github/preflight.yml': CHECKLIST, 'web/Dockerfile': FLASK, '.gitignore': '.env\n' });
    await record(staged);
    git(staged, 'rm', '-q', 'web/Dockerfile');
    expect(await compared(staged, blOf(staged))).toMatchObject({ code: 0, fixed: 3, config: [] });
  });

  it('still calls a baseline of another repository (none of whose files this one has or had) one, and counts nothing', async () => {
    const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, 'deploy/Dockerfile': FLASK, '.gitignore': '.env\n' });
    await record(repo);
    const other = makeRepo({ '.github/preflight.yml': CHECKLIST, 'app.py': 'print(1)\n', '.gitignore': '.env\n' });
    const r = await compared(other, blOf(repo));
    expect(r.fixed).toBe(0);
    expect(r.config).toEqual([expect.stringMatching(/matches nothing here: none of its 3 entries .*recorded in another repository/)]);
    expect(r.code).toBe(1);
    // A folder of the entries' files that this repository also has says nothing (git history does: review C S2).
    const sibling = makeRepo({ '.github/preflight.yml': CHECKLIST, 'deploy/README.md': 'deploy notes\n', '.gitignore': '.env\n' });
    expect(await compared(sibling, blOf(repo))).toMatchObject({ code: 1, fixed: 0, config: [expect.stringMatching(/matches nothing here/)] });
  });

  it('does not count a gone file outside the scanned folder, nor the entries of a check switched off', async () => {
    const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, 'svc/.github/preflight.yml': CHECKLIST, 'svc/app.py': 'print(1)\n', Dockerfile: FLASK, 'svc/Dockerfile': FLASK, '.gitignore': '.env\n' });
    await record(repo);
    const bl = blOf(repo);
    git(repo, 'rm', '-q', 'Dockerfile');
    git(repo, 'commit', '-q', '-m', 'rm');
    // The root Dockerfile is not svc's: its entries are not svc's to count.
    expect(await compared(repo, bl, ['--dir', 'svc'])).toMatchObject({ code: 0, fixed: 0, config: [] });
    expect(await compared(repo, bl, ['--severity', 'debug-mode=off'])).toMatchObject({ code: 0, fixed: 2, config: [] });
    expect(await compared(repo, bl)).toMatchObject({ code: 0, fixed: 3, config: [] });
  });
});

describe('a baseline entry whose line changed (report8 D2)', () => {
  it('is not called fixed when its check has a new finding in its file: a warning names the line', async () => {
    const repo = makeRepo({ '.github/preflight.yml': CHECKLIST, Dockerfile: 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run", "--host=0.0.0.0"]\n', '.gitignore': '.env\n' });
    await record(repo);
    fs.writeFileSync(path.join(repo, 'Dockerfile'), 'FROM python:3.12-slim\nUSER 10001\nCMD ["flask", "run", "--host=0.0.0.0", "--port=8000"]\n');
    git(repo, 'commit', '-qam', 'port');
    const r = await compared(repo, blOf(repo));
    expect(r).toMatchObject({ fixed: 0, fresh: ['production-server Dockerfile:3'] });
    expect(r.stderr).toContain('a baseline entry no longer matches (production-server at Dockerfile:3: a new production-server finding is on line 3), so it is not counted as fixed');
    const text = await cli(['--baseline', blOf(repo), '--no-probes'], repo);
    expect(text.stdout).not.toMatch(/baseline entr(y is|ies are) fixed/);
    // Really gone (a production server): fixed, and no warning.
    fs.writeFileSync(path.join(repo, 'Dockerfile'), 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n');
    git(repo, 'commit', '-qam', 'gunicorn');
    const fixed = await compared(repo, blOf(repo));
    expect(fixed).toMatchObject({ fixed: 1, fresh: [] });
    expect(fixed.stderr).not.toContain('no longer matches');
  });
});

describe("SARIF anchors of a preset's items (report8 D3)", () => {
  const YML = 'version: 1\nextends: [recommended]\nfail-on: high\nitems:\n  - id: edge\n    title: HTTPS and HSTS\n    check: [https-redirect, hsts]\n';
  it('records the extends entry of each inherited item, not of the own ones', () => {
    const list = resolveExtends(parseYamlChecklist('.github/preflight.yml', YML));
    expect(list.items.find((i) => i.id === 'env-file-not-ignored')?.inheritedAt).toMatchObject({ file: '.github/preflight.yml', line: 2 });
    expect(list.items.find((i) => i.id === 'edge')?.inheritedAt).toBeUndefined();
    const two = resolveExtends(parseYamlChecklist('c.yml', 'version: 1\nextends:\n  - recommended\n  - docker\n'));
    expect(two.items.find((i) => i.preset === 'docker')?.inheritedAt?.line).toBe(4);
  });
  it("anchors a preset item's result without a file at the extends line, an own item's at its own line", async () => {
    // No .gitignore: env-file-not-ignored's repository-wide finding (the preset's item); a URL nothing answers: error results.
    const repo = makeRepo({ '.github/preflight.yml': YML, 'app.py': 'print(1)\n' });
    const r = await cli(['--format', 'sarif', '--url', 'http://127.0.0.1:1/', '--timeout', '2'], repo);
    const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const at = (rule: string) => sarif.runs[0]!.results.filter((x) => x.ruleId === rule).map((x) => `${x.locations[0]!.physicalLocation.artifactLocation.uri}:${x.locations[0]!.physicalLocation.region.startLine}`);
    expect(at('env-file-not-ignored')).toEqual(['.github/preflight.yml:2']);
    expect(at('hsts')).toEqual(['.github/preflight.yml:5']);
    expect(at('certificate').every((x) => x === '.github/preflight.yml:2')).toBe(true);
    expect(at('certificate').length).toBeGreaterThan(0);
  });
});
