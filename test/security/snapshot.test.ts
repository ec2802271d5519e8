import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/repo/files.js';
import { Snapshot } from '../../src/repo/snapshot.js';

const CANARY = 'CANARY-outside-the-repository-5f1c9e';
let tmp: string;
let outsideDir: string;
let outsideFile: string;

/** A workspace next to an "outside" directory holding a canary file, with every kind of escape. */
function makeRepo(name: string): string {
  const root = path.join(tmp, name);
  fs.mkdirSync(path.join(root, 'app'), { recursive: true });
  fs.writeFileSync(path.join(root, 'app', 'real.txt'), 'inside\n');
  fs.writeFileSync(path.join(root, 'Dockerfile'), 'FROM node:20\n');
  fs.symlinkSync(outsideFile, path.join(root, 'escape.txt'));
  fs.symlinkSync(path.relative(root, outsideFile), path.join(root, 'relative-escape.txt'));
  fs.symlinkSync(outsideDir, path.join(root, 'linkdir'));
  fs.symlinkSync(path.join(root, 'escape.txt'), path.join(root, 'chain.txt'));
  fs.symlinkSync('app/real.txt', path.join(root, 'inside-link.txt'));
  fs.symlinkSync('loop-b', path.join(root, 'loop-a'));
  fs.symlinkSync('loop-a', path.join(root, 'loop-b'));
  fs.symlinkSync(outsideFile, path.join(root, 'Dockerfile.prod'));
  return root;
}

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-sec-')));
  outsideDir = path.join(tmp, 'outside');
  fs.mkdirSync(outsideDir);
  outsideFile = path.join(outsideDir, 'secret.txt');
  fs.writeFileSync(outsideFile, `${CANARY}\nFROM evil:latest\n`);
});
afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

/** Every way a snapshot could hand out a file's content. */
function everything(s: Snapshot, p: string): string {
  return JSON.stringify([s.text(p), s.lines(p), s.yaml(p)?.docs.map((d) => d.value) ?? null]);
}

describe('the snapshot refuses reads outside the repository', () => {
  it('refuses tracked symlinks whose target is outside (absolute, relative, chained) and says why', () => {
    const root = makeRepo('links');
    const files = ['Dockerfile', 'Dockerfile.prod', 'app/real.txt', 'chain.txt', 'escape.txt', 'inside-link.txt', 'loop-a', 'loop-b', 'relative-escape.txt'];
    const s = new Snapshot(root, files);
    for (const p of ['escape.txt', 'relative-escape.txt', 'chain.txt']) {
      expect(s.text(p), p).toBeUndefined();
      expect(everything(s, p)).not.toContain(CANARY);
    }
    expect(s.skipped.map((x) => x.file).sort()).toEqual(['chain.txt', 'escape.txt', 'relative-escape.txt']);
    for (const x of s.skipped) expect(x.reason).toMatch(/outside the repository/);
    // A symlink loop is unreadable, not a hang or a crash.
    expect(s.text('loop-a')).toBeUndefined();
    // A symlink that stays inside is a normal file.
    expect(s.text('inside-link.txt')).toBe('inside\n');
  });

  it('resolves every directory on the way: a linked folder reads inside, never outside', () => {
    const root = makeRepo('dirs');
    fs.mkdirSync(path.join(root, 'app', 'sub'));
    fs.writeFileSync(path.join(root, 'app', 'sub', 'deep.txt'), 'deep\n');
    fs.symlinkSync('app', path.join(root, 'current'));
    fs.symlinkSync('current', path.join(root, 'current2'));
    fs.mkdirSync(path.join(root, 'nest'));
    fs.symlinkSync('../linkdir', path.join(root, 'nest', 'up'));
    const files = ['current/real.txt', 'current2/sub/deep.txt', 'linkdir/secret.txt', 'nest/up/secret.txt', 'app/real.txt/x', 'missing/dir/x.txt'];
    const s = new Snapshot(root, files);
    expect(s.text('current/real.txt')).toBe('inside\n');
    expect(s.text('current2/sub/deep.txt')).toBe('deep\n');
    for (const p of ['linkdir/secret.txt', 'nest/up/secret.txt']) {
      expect(everything(s, p), p).not.toContain(CANARY);
      expect(s.text(p), p).toBeUndefined();
    }
    expect(s.skipped.map((x) => x.file).sort()).toEqual(['linkdir/secret.txt', 'nest/up/secret.txt']);
    expect(s.text('app/real.txt/x')).toBeUndefined();
    expect(s.text('missing/dir/x.txt')).toBeUndefined();
  });

  it('keeps an escaping Dockerfile out of the parsed views', () => {
    const s = new Snapshot(makeRepo('parsed'), ['Dockerfile', 'Dockerfile.prod']);
    const froms = s.dockerfiles().flatMap((d) => d.stages.map((st) => st.from.raw));
    expect(froms).toEqual(['node:20']);
  });

  it('refuses paths that climb out with .. or are absolute, listed or not', () => {
    const root = makeRepo('dotdot');
    const s = new Snapshot(root, ['Dockerfile']);
    const rel = path.relative(root, outsideFile);
    for (const p of [rel, `app/../${rel}`, `./${rel}`, outsideFile, `app/${'../'.repeat(12)}${outsideFile.slice(1)}`]) {
      expect(everything(s, p), p).not.toContain(CANARY);
      expect(s.text(p), p).toBeUndefined();
    }
  });

  it('refuses a .. path even when it is in the file list', () => {
    const root = makeRepo('listed');
    const rel = path.relative(root, outsideFile);
    const s = new Snapshot(root, ['Dockerfile', rel]);
    expect(everything(s, rel)).not.toContain(CANARY);
  });

  it('refuses a path that passes through a symlinked directory', () => {
    const s = new Snapshot(makeRepo('dirlink'), ['Dockerfile', 'linkdir']);
    expect(everything(s, 'linkdir/secret.txt')).not.toContain(CANARY);
    expect(s.text('linkdir/secret.txt')).toBeUndefined();
  });
});

describe('file listing never leads outside the repository', () => {
  it('in git: lists a symlink, not its target, and the snapshot refuses it', async () => {
    const root = makeRepo('git');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'init');
    const list = await listFiles(root);
    expect(list.git).toBe(true);
    expect(list.files).toContain('linkdir');
    expect(list.files.some((f) => f.startsWith('linkdir/'))).toBe(false);
    const s = new Snapshot(list.root, list.files, list.base);
    for (const f of list.files) expect(everything(s, f), f).not.toContain(CANARY);
  });

  it('outside git: does not descend into symlinked directories, and the snapshot refuses escaping links', async () => {
    const root = makeRepo('walk');
    const list = await listFiles(root);
    expect(list.git).toBe(false);
    expect(list.files.some((f) => f.startsWith('linkdir/'))).toBe(false);
    expect(list.files).toContain('app/real.txt');
    const s = new Snapshot(list.root, list.files, list.base);
    for (const f of list.files) expect(everything(s, f), f).not.toContain(CANARY);
  });
});
