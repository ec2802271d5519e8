/**
 * QA stop 49 (stop 48 gitstate4 D3): `--dir services/api` on a folder whose Dockerfile (or `.env`) is a tracked symlink to
 * a shared file elsewhere in the repository put every finding on the link: lines numbered in a one-line link blob, other
 * fingerprints than the root run's (a baseline recorded at the root did not know them), and `annotations: changed` hid
 * them from the pull request that edits the shared file. The file the link points to is now read with the folder, so
 * what the link gives is reported there, as the root run reports it. Links out of the repository, into `.git`, or to a
 * file git does not track add nothing (issue #7: nothing outside the repository is read).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const quiet = { info: () => {}, debug: () => {}, warn: () => {} };
const SHARED = 'FROM python:latest\nUSER 1000\nENV API_TOKEN=s3cr3tValueX9k2LmQ7vT\nCMD ["python","-m","flask","run"]\n';
const DEV = 'FROM python:3.12\nUSER 1000\nENV FLASK_DEBUG=1\nCMD ["flask","run","--host=0.0.0.0"]\n';
const OWN = 'FROM python:3.12.4\nUSER 1000\nCMD ["gunicorn","-b","0.0.0.0:8000","app:app"]\n';
const DB_URL = 'DATABASE_URL=postgres://app:Zx9vQ2mK7pL4rT8w@db.internal:5432/app\n';

const findings = async (dir: string) => {
  const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger: quiet, now: new Date('2026-12-01T00:00:00Z') });
  return { result: report.result, at: report.findings.map((f) => `${f.check} ${f.severity} ${f.file}:${f.line ?? ''} ${f.fingerprint ?? ''}`).sort() };
};

/** A clone of `src` made as Git for Windows makes it: symlinks written as plain files of their target's path. */
function cloneWithoutSymlinks(src: string): string {
  const to = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nosym49-')), 'repo');
  execFileSync('git', ['-c', 'core.symlinks=false', 'clone', '-q', src, to], { stdio: 'pipe' });
  return to;
}

describe('--dir on a folder whose files link to shared files elsewhere in the repository (stop 49)', () => {
  it('a shared Dockerfile: reported at the file the link points to, with the root run\'s fingerprints, none on the link', async () => {
    const repo = makeRepo({ '.gitignore': '.env\n', 'docker/Dockerfile.shared': SHARED }, {}, { 'services/api/Dockerfile': '../../docker/Dockerfile.shared', 'services/web/Dockerfile': '../../docker/Dockerfile.shared' });
    const sub = await findings(path.join(repo, 'services/api'));
    expect(sub.result).toBe('fail');
    expect(sub.at.filter((f) => f.includes('services/api/Dockerfile'))).toEqual([]);
    expect(sub.at.map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual([
      'dockerfile-secrets-in-env high docker/Dockerfile.shared:3',
      'hardcoded-secret critical docker/Dockerfile.shared:3',
      'image-tag-pinned high docker/Dockerfile.shared:1',
      'production-server critical docker/Dockerfile.shared:4',
    ]);
    // The same findings, fingerprints included, as the run at the repository root (one baseline serves both).
    expect(sub.at).toEqual((await findings(repo)).at);
  });

  it('the same where the checkout writes links as plain files (core.symlinks=false)', async () => {
    const repo = makeRepo({ '.gitignore': '.env\n', 'docker/Dockerfile.shared': SHARED }, {}, { 'services/api/Dockerfile': '../../docker/Dockerfile.shared' });
    const copy = cloneWithoutSymlinks(repo);
    const text = await findings(path.join(copy, 'services/api'));
    expect(text).toEqual(await findings(path.join(repo, 'services/api')));
    expect(text.at.some((f) => f.startsWith('hardcoded-secret critical docker/Dockerfile.shared:3 '))).toBe(true);
  });

  it('a production-named link to a development Dockerfile: the stronger verdict, at the target, as at the root', async () => {
    const repo = makeRepo({ '.gitignore': '.env\n', 'docker/Dockerfile.dev': DEV }, {}, { 'services/api/Dockerfile': '../../docker/Dockerfile.dev' });
    const sub = await findings(path.join(repo, 'services/api'));
    expect(sub.at.some((f) => f.startsWith('debug-mode critical docker/Dockerfile.dev:3 '))).toBe(true);
    expect(sub.at.filter((f) => f.includes('services/api/'))).toEqual([]);
    expect(sub.at).toEqual((await findings(repo)).at);
  });

  it('a .env linked to a shared env file: reported at the shared file (its secret too), as at the root', async () => {
    const repo = makeRepo({ '.gitignore': '.env\n', 'shared/prod.env': DB_URL, 'services/api/Dockerfile': OWN }, {}, { 'services/api/.env': '../../shared/prod.env' });
    const sub = await findings(path.join(repo, 'services/api'));
    expect(sub.at.map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual(['env-file-committed critical shared/prod.env:1', 'hardcoded-secret critical shared/prod.env:1']);
    expect(sub.at).toEqual((await findings(repo)).at);
  });

  it('look-alikes add nothing: a shared file no link of the folder points to, links out of the repository, into .git, to an ignored file', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-out49-'));
    fs.writeFileSync(path.join(outside, 'Dockerfile'), SHARED);
    fs.writeFileSync(path.join(outside, 'prod.env'), DB_URL);
    const repo = makeRepo(
      { '.gitignore': '.env\nlocal/\n', 'services/api/Dockerfile': OWN, 'docker/Dockerfile.other': SHARED },
      { 'local/secrets.py': `TOKEN = "${['ghp_', 'R8x2LmQ7vT4kP9wZ3nB6cY1dF5gH0jK2sA7e'].join('')}"\n` },
      {
        'services/api/abs.Dockerfile': path.join(outside, 'Dockerfile'),
        'services/api/up/prod.env': `${'../'.repeat(40)}${outside.slice(1)}/prod.env`,
        'services/api/cfg.env': '../../.git/config',
        'services/api/settings.py': '../../local/secrets.py',
      },
    );
    const sub = await findings(path.join(repo, 'services/api'));
    // Nothing from docker/Dockerfile.other (no link leads there) or from the outside files; no secret of the ignored file.
    expect(sub.at.filter((f) => /docker\/|secrets\.py|hardcoded-secret|dockerfile-secrets-in-env/.test(f))).toEqual([]);
    // A link leaving the repository is refused where it is, with the reader's reason (test/repo/git-links49.test.ts: into .git).
    const { report } = await run({ dir: path.join(repo, 'services/api'), cwd: repo, probes: false, env: {}, logger: quiet });
    const messages = report.findings.map((f) => `${f.file} ${f.message}`);
    expect(messages.some((m) => m.startsWith('services/api/up/prod.env ') && m.includes('symlink pointing outside the repository'))).toBe(true);
    expect(report.findings.some((f) => !f.file?.startsWith('services/api/') && f.file !== null && f.file !== undefined && f.check !== 'env-file-not-ignored')).toBe(false);
  });
});

