/**
 * QA stop 48 (gitstate4 D2): where git makes no symlinks (`core.symlinks=false`: Git for Windows' default, Windows
 * runners) a tracked symlink is checked out as a plain file holding its target's path. Preflight judged that one line
 * (a Dockerfile "that Docker refuses to build", a low parse error) and the criticals of the file it points to were gone.
 * The listing knows the entry is a symlink (mode 120000): such a file, when its bytes are the committed link's, is read as
 * the link it is (its target, by the rules of a real link: never out of the repository or into `.git`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/repo/files.js';
import { textLinkTarget } from '../../src/repo/read.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const quiet = { info: () => {}, debug: () => {}, warn: () => {} };
const DEV = 'FROM python:3.12\nUSER 1000\nENV FLASK_DEBUG=1\nCMD ["flask","run","--host=0.0.0.0"]\n';
const SHARED = 'FROM python:latest\nUSER 1000\nENV API_TOKEN=s3cr3tValueX9k2LmQ7vT\nCMD ["python","-m","flask","run"]\n';

/** A clone of `src` made as Git for Windows makes it: symlinks written as plain files of their target's path. */
function cloneWithoutSymlinks(src: string): string {
  const to = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nosym-')), 'repo');
  execFileSync('git', ['-c', 'core.symlinks=false', 'clone', '-q', src, to], { stdio: 'pipe' });
  return to;
}

const summary = async (dir: string) => {
  const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger: quiet });
  return { result: report.result, findings: report.findings.map((f) => `${f.check} ${f.severity} ${f.file}:${f.line ?? ''}`).sort() };
};

describe('tracked symlinks checked out as plain files (core.symlinks=false, stop 48)', () => {
  it('a Dockerfile link to a development Dockerfile: judged as the link, as with a real symlink (criticals, fail)', async () => {
    const src = makeRepo({ '.gitignore': '.env\n', 'docker/Dockerfile.dev': DEV }, {}, { Dockerfile: 'docker/Dockerfile.dev' });
    const copy = cloneWithoutSymlinks(src);
    expect(fs.lstatSync(path.join(copy, 'Dockerfile')).isFile()).toBe(true);
    expect(fs.readFileSync(path.join(copy, 'Dockerfile'), 'utf8')).toBe('docker/Dockerfile.dev');
    const real = await summary(src);
    const text = await summary(copy);
    expect(text).toEqual(real);
    expect(text.result).toBe('fail');
    expect(text.findings).toContain('debug-mode critical docker/Dockerfile.dev:3');
    expect(text.findings.some((f) => f.startsWith('parse-error'))).toBe(false);
  });

  it('--dir on a service folder whose Dockerfile links to a shared one: the shared text is judged (secret, latest)', async () => {
    const src = makeRepo({ '.gitignore': '.env\n', 'docker/Dockerfile.shared': SHARED }, {}, { 'services/api/Dockerfile': '../../docker/Dockerfile.shared' });
    const copy = cloneWithoutSymlinks(src);
    const text = await summary(path.join(copy, 'services/api'));
    expect(text).toEqual(await summary(path.join(src, 'services/api')));
    expect(text.result).toBe('fail');
    // (Reported at the shared file the link points to, as at the repository root: stop 49, gitstate4 D3.)
    expect(text.findings).toContain('hardcoded-secret critical docker/Dockerfile.shared:3');
  });

  it('links out of the repository, into .git, in a loop or to nothing are not followed, as real ones are not', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-out48-'));
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM node:latest\n');
    const links = { 'Dockerfile': path.join(outside, 'Dockerfile'), 'up/Dockerfile': '../../x/Dockerfile', 'cfg.conf': '.git/config', 'loop1': 'loop2', 'loop2': 'loop1', 'gone.py': 'missing.py' };
    const src = makeRepo({ '.gitignore': '.env\n', 'app.py': 'print(1)\n' }, {}, links);
    const copy = cloneWithoutSymlinks(src);
    const text = await summary(copy);
    expect(text).toEqual(await summary(src));
    expect(text.findings.filter((f) => f.includes('Dockerfile'))).toEqual([]);
  });

  it('textLinkTarget: relative to the link, through folder links, refusing what a real link would lead to', () => {
    const links = { 'a/Dockerfile': '../shared/Dockerfile', 'shared': 'common', 'x': '../y', 'g': '.git/HEAD', 'l1': 'l2', 'l2': 'l1', 'abs': '/etc/passwd', 'win': 'C:\\Windows\\x' };
    expect(textLinkTarget(links, 'a/Dockerfile')).toEqual({ target: 'common/Dockerfile' });
    expect(textLinkTarget(links, 'x')).toMatchObject({ reason: 'symlink pointing outside the repository' });
    expect(textLinkTarget(links, 'abs')).toMatchObject({ reason: 'symlink pointing outside the repository' });
    expect(textLinkTarget(links, 'win')).toMatchObject({ reason: 'symlink pointing outside the repository' });
    expect(textLinkTarget(links, 'g')).toMatchObject({ reason: expect.stringContaining('.git') });
    expect(textLinkTarget(links, 'l1')).toMatchObject({ reason: expect.stringContaining('loop') });
  });

  it('look-alikes stay files: a regular file holding a path, and a link replaced by a real file in the working tree', async () => {
    const src = makeRepo({ '.gitignore': '.env\n', 'docker/Dockerfile.dev': DEV, 'Containerfile': 'docker/Dockerfile.dev' }, {}, { Dockerfile: 'docker/Dockerfile.dev' });
    const copy = cloneWithoutSymlinks(src);
    // The link's file replaced by a real Dockerfile (not committed): its own text is what is there.
    fs.writeFileSync(path.join(copy, 'Dockerfile'), 'FROM node:latest\nUSER 1000\nCMD ["node","s.js"]\n');
    const listing = await listFiles(copy);
    expect(listing.links).toEqual(['Dockerfile']);
    expect(listing.textLinks).toBeUndefined();
    const text = await summary(copy);
    expect(text.findings).toContain('image-tag-pinned high Dockerfile:1');
    // A plain tracked file (mode 100644) whose text is a path is no link: a Containerfile Docker cannot build.
    expect(text.findings).toContain('parse-error low Containerfile:1');
  });
});
