/**
 * QA stop 48 (gitstate4 D1): a sparse checkout that leaves out the team's tracked `.github/preflight.yml`
 * (actions/checkout's `sparse-checkout: services/api`: a cone keeps the root's files, not `.github/`) made discovery find
 * nothing, and the recommended preset ran with its `fail-on: critical`: the gate passed where the team's checklist fails.
 * A discovered checklist that git tracks but the sparse checkout leaves out is now read from git's index.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' }).trim();
const quiet = { info: () => {}, debug: () => {}, warn: () => {} };
const CHECKLIST = 'version: 1\nfail-on: high\nitems:\n  - id: pin\n    check: image-tag-pinned\n';

/** The examiner's repository: a team checklist failing on `high`, a Dockerfile with a `latest` tag (a high finding). */
function repository(links: Record<string, string> = {}, checklist: Record<string, string> = { '.github/preflight.yml': CHECKLIST }): string {
  return makeRepo({
    '.gitignore': '.env\n',
    'services/api/Dockerfile': 'FROM node:latest\nUSER 1000\nCMD ["node","s.js"]\n',
    ...checklist,
  }, {}, links);
}

describe('a discovered checklist a sparse checkout leaves out (stop 48)', () => {
  it('is read from git: the team checklist and its fail-on decide, as in a full checkout', async () => {
    const root = repository();
    const full = await run({ dir: root, cwd: root, probes: false, env: {}, logger: quiet });
    git(root, 'sparse-checkout', 'set', '--cone', 'services/api');
    expect(fs.existsSync(path.join(root, '.github/preflight.yml'))).toBe(false);
    const sparse = await run({ dir: root, cwd: root, probes: false, env: {}, logger: quiet });
    expect(sparse.report.result).toBe('fail');
    expect(sparse.report.failOn).toBe('high');
    expect(sparse.report.items.map((i) => i.id)).toEqual(['pin']);
    expect(sparse.report.items[0]!.source).toMatchObject({ file: '.github/preflight.yml' });
    expect(sparse.report.result).toBe(full.report.result);
  });

  it('the first discovery name wins over a later one on disk, as in a full checkout', async () => {
    const root = repository({}, { '.github/preflight.yml': CHECKLIST, 'preflight.yml': 'version: 1\nitems:\n  - id: other\n    check: hardcoded-secret\n' });
    git(root, 'sparse-checkout', 'set', '--cone', 'services/api');
    expect(fs.existsSync(path.join(root, 'preflight.yml'))).toBe(true);
    const { report } = await run({ dir: root, cwd: root, probes: false, env: {}, logger: quiet });
    expect(report.items.map((i) => i.id)).toEqual(['pin']);
  });

  it('a tracked symlink as the checklist, left out: a configuration error naming the file and the fix', async () => {
    const root = repository({ '.github/preflight.yml': '../checklists/team.yml' }, { 'checklists/team.yml': CHECKLIST });
    git(root, 'sparse-checkout', 'set', '--cone', 'services/api');
    await expect(run({ dir: root, cwd: root, probes: false, env: {}, logger: quiet })).rejects.toThrow(/\.github\/preflight\.yml is a symlink that a sparse checkout leaves out.*git sparse-checkout add \.github/);
  });

  it('a checklist deleted from the working tree (not sparse) is a local change: the preset runs, as before', async () => {
    const root = repository();
    fs.rmSync(path.join(root, '.github/preflight.yml'));
    const { report } = await run({ dir: root, cwd: root, probes: false, env: {}, logger: quiet });
    expect(report.failOn).toBe('critical');
    expect(report.items.map((i) => i.id)).not.toEqual(['pin']);
  });
});
