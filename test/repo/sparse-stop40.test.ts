/**
 * QA stop 40 (action9 D1): a sparse checkout (actions/checkout's `sparse-checkout: src`, `git sparse-checkout set`)
 * leaves the other tracked files in the index, not on disk. They were listed, never read, and the run passed green with
 * no word: a compose file with critical findings outside the cone went unjudged. They are now named in a warning (CLI
 * stderr, `::warning`, and the action's summaries), as a submodule that is not checked out inside the folder is; a
 * folder none of whose tracked files is there (left out, or deleted) is a configuration error, as a submodule that is
 * not checked out is when it is the folder. A tracked file deleted in the working tree is the working tree's change
 * (`git status` shows it, as it shows an edit): not warned of, as before.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, notScannedWarnings } from '../../src/repo/files.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../../src/run.js';
import { ConfigError } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' }).trim();

const COMPOSE = 'services:\n  web:\n    image: app:1.2.3\n    environment:\n      FLASK_DEBUG: "1"\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n    environment:\n      POSTGRES_PASSWORD: postgres\n';

/** The examiner's repository: `deploy/docker-compose.yml` (critical findings), `src/app.py`, a clean Dockerfile. */
function repository(): string {
  return makeRepo({
    '.gitignore': '.env\n',
    'Dockerfile': 'FROM python:3.12.7-slim\nUSER 10001:10001\nCMD ["gunicorn", "app:app"]\n',
    'deploy/docker-compose.yml': COMPOSE,
    'src/app.py': 'print("hi")\n',
  });
}

/** The repository with only the `src` cone checked out, as actions/checkout's `sparse-checkout: src` leaves it. */
function sparse(): string {
  const root = repository();
  git(root, 'sparse-checkout', 'set', '--cone', 'src');
  return root;
}

const quiet = { info: () => {}, debug: () => {}, warn: () => {} };
const collect = (warnings: string[]) => ({ ...quiet, warn: (m: string) => { warnings.push(m); } });

describe('tracked files that are not in the working tree (stop 40)', () => {
  it('a sparse checkout: the files it leaves out are listed as not on disk', async () => {
    const root = sparse();
    expect(fs.existsSync(path.join(root, 'deploy/docker-compose.yml'))).toBe(false);
    const listing = await listFiles(root);
    expect(listing.sparseOmitted).toEqual(['deploy/docker-compose.yml']);
    expect(listing.files).toContain('deploy/docker-compose.yml');
  });

  it('the run warns, naming the file and the fix, and the result carries the warning for the summaries', async () => {
    const root = sparse();
    const warnings: string[] = [];
    const result = await run({ dir: root, cwd: root, probes: false, env: {}, logger: collect(warnings) });
    const expected = 'a tracked file is not in the working tree, left out by a sparse checkout (deploy/docker-compose.yml): it is not scanned, so this result does not cover it. Check out every file (actions/checkout without `sparse-checkout`; locally `git sparse-checkout disable`), or scan only a folder the sparse checkout holds (the working-directory input, or --dir)';
    expect(warnings).toContain(expected);
    expect(result.notScanned).toEqual([expected]);
    // The job summary, check run and comment say it too (not only the log).
    const md = renderMarkdown(result.report, { notScanned: result.notScanned });
    expect(md).toContain('> [!WARNING]\n> A tracked file is not in the working tree, left out by a sparse checkout (deploy/docker-compose.yml): it is not scanned');
    // The same repository checked out in full fails on that file: the warning is what tells the two runs apart.
    git(root, 'sparse-checkout', 'disable');
    const full = await run({ dir: root, cwd: root, probes: false, env: {}, logger: quiet });
    expect(full.report.result).toBe('fail');
    expect(full.notScanned).toBeUndefined();
  });

  it('a folder inside the cone is scanned without a word; one outside is not a directory at all', async () => {
    const root = sparse();
    const warnings: string[] = [];
    const result = await run({ dir: 'src', cwd: root, probes: false, env: {}, logger: collect(warnings) });
    expect(result.notScanned).toBeUndefined();
    expect(warnings.filter((w) => /not in the working tree/.test(w))).toEqual([]);
    await expect(run({ dir: 'deploy', cwd: root, probes: false, env: {}, logger: quiet })).rejects.toThrow(ConfigError);
  });

  it('a folder none of whose tracked files is in the working tree is a configuration error, not a pass with nothing scanned', async () => {
    const root = sparse();
    // The folder is there (an untracked file a step wrote), its tracked files are not.
    fs.mkdirSync(path.join(root, 'deploy'));
    fs.writeFileSync(path.join(root, 'deploy/notes.txt'), 'local\n');
    const err = await run({ dir: 'deploy', cwd: root, probes: false, env: {}, logger: quiet }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe('deploy: its one tracked file is not in the working tree (a sparse checkout leaves it out), so nothing would be scanned: scan a folder the sparse checkout holds (--dir, or the working-directory input), or add this one to it (actions/checkout: `sparse-checkout`; locally `git sparse-checkout add`)');
  });

  it('a file marked skip-worktree by hand that is on disk (to keep local changes) is read as any file, with no warning', async () => {
    const root = repository();
    git(root, 'update-index', '--skip-worktree', 'deploy/docker-compose.yml');
    const listing = await listFiles(root);
    expect(listing.sparseOmitted).toBeUndefined();
    const warnings: string[] = [];
    const { report } = await run({ dir: root, cwd: root, probes: false, env: {}, logger: collect(warnings) });
    expect(report.result).toBe('fail');
    expect(warnings.filter((w) => /not in the working tree/.test(w))).toEqual([]);
  });

  it('a tracked file deleted in the working tree is the working tree\'s change: no warning; a folder with all of them deleted is a configuration error', async () => {
    const root = repository();
    fs.rmSync(path.join(root, 'deploy/docker-compose.yml'));
    expect((await listFiles(root)).sparseOmitted).toBeUndefined();
    const warnings: string[] = [];
    const result = await run({ dir: root, cwd: root, probes: false, env: {}, logger: collect(warnings) });
    expect(result.notScanned).toBeUndefined();
    expect(warnings.filter((w) => /working tree/.test(w))).toEqual([]);
    // Every tracked file of a folder deleted (the folder holds only an untracked file): nothing would be scanned.
    fs.writeFileSync(path.join(root, 'src/util.py'), 'x = 1\n');
    git(root, 'add', 'src/util.py');
    fs.rmSync(path.join(root, 'src/app.py'));
    fs.rmSync(path.join(root, 'src/util.py'));
    fs.writeFileSync(path.join(root, 'src/scratch.txt'), 'untracked\n');
    await expect(run({ dir: 'src', cwd: root, probes: false, env: {}, logger: quiet })).rejects.toThrow(/^src: none of its 2 tracked files is in the working tree \(they are deleted there\), so nothing would be scanned: restore them \(`git restore`\), or commit the deletion$/);
    // A deletion that is staged (git rm) is no longer tracked: a folder with no tracked file, as before.
    git(root, 'rm', '-q', '--cached', 'src/app.py', 'src/util.py');
    await expect(run({ dir: 'src', cwd: root, probes: false, env: {}, logger: quiet })).resolves.toBeDefined();
  });

  it('names the first five, deploy configuration first, and counts the rest', () => {
    const sparseFiles = ['docs/a.md', 'docs/b.md', 'docs/c.md', 'docs/d.md', 'docs/e.md', 'k8s/api.yaml', 'services/api/Dockerfile', 'services/api/.env.production'];
    const [w] = notScannedWarnings({ sparseOmitted: sparseFiles });
    expect(w).toMatch(/^8 tracked files are not in the working tree, left out by a sparse checkout \(k8s\/api\.yaml, services\/api\/Dockerfile, services\/api\/\.env\.production, docs\/a\.md, docs\/b\.md and 3 more\): they are not scanned, so this result does not cover them\./);
    expect(notScannedWarnings({})).toEqual([]);
  });

  it('a repository checked out in full has nothing to say', async () => {
    const root = repository();
    expect((await listFiles(root)).sparseOmitted).toBeUndefined();
    expect((await run({ dir: root, cwd: root, probes: false, env: {}, logger: quiet })).notScanned).toBeUndefined();
  });
});
