// QA stop 50 (action17 D2): the compare API's patches (3 lines of context) give the same hunks as `git diff --unified=0`,
// and the line map built from a head...merge comparison maps the merge commit's lines to the head's as git's does.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareLineMap, lineMapper, parseHunks, patchHunks } from '../../src/action/lines.js';

const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env });

/** A small deterministic generator (the cases are the same on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** `lines` edited at random: lines deleted, replaced and inserted, at the top, the middle and the end. */
function edit(lines: string[], rand: () => number): string[] {
  const out: string[] = [];
  if (rand() < 0.3) out.push(`top ${Math.floor(rand() * 1e6)}`);
  for (const l of lines) {
    const r = rand();
    if (r < 0.1) continue;
    if (r < 0.2) { out.push(`${l} changed`); continue; }
    out.push(l);
    if (r > 0.9) for (let k = 0, n = 1 + Math.floor(rand() * 4); k < n; k++) out.push(`new ${Math.floor(rand() * 1e6)}`);
  }
  return out;
}

describe('patchHunks', () => {
  it('reads a patch with context as git diff --unified=0 gives its hunks (40 random edits, new and emptied files)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-hunks50-'));
    git(dir, 'init', '-q');
    const rand = rng(50);
    const cases: { old: string; now: string }[] = [{ old: '', now: 'a\nb\n' }, { old: 'a\nb\n', now: '' }];
    for (let i = 0; i < 40; i++) {
      const before = Array.from({ length: 5 + Math.floor(rand() * 40) }, (_, k) => `line ${k + 1}`);
      cases.push({ old: `${before.join('\n')}\n`, now: `${edit(before, rand).join('\n')}\n` });
    }
    for (const [i, c] of cases.entries()) {
      fs.writeFileSync(path.join(dir, 'f'), c.old);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', `old ${i}`);
      const from = git(dir, 'rev-parse', 'HEAD').trim();
      fs.writeFileSync(path.join(dir, 'f'), c.now);
      git(dir, 'commit', '-q', '--allow-empty', '-am', `new ${i}`);
      const to = git(dir, 'rev-parse', 'HEAD').trim();
      const u0 = parseHunks(git(dir, 'diff', '--no-color', '--unified=0', from, to, '--', 'f')).get('f') ?? [];
      const u3 = git(dir, 'diff', '--no-color', from, to, '--', 'f');
      expect(patchHunks(u3.slice(Math.max(0, u3.indexOf('@@')))), `case ${i}`).toEqual(u0);
    }
  });
});

describe('compareLineMap', () => {
  it('maps the merge commit\'s lines to the head\'s as git diff merge head does', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-cmap50-'));
    git(dir, 'init', '-q', '-b', 'main');
    const rand = rng(7);
    const head = Array.from({ length: 30 }, (_, k) => `line ${k + 1}`);
    fs.writeFileSync(path.join(dir, 'Dockerfile'), `${head.join('\n')}\n`);
    fs.writeFileSync(path.join(dir, 'same.txt'), 'x\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'head');
    const headSha = git(dir, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(dir, 'Dockerfile'), `${edit(head, rand).join('\n')}\n`);
    fs.writeFileSync(path.join(dir, 'added.conf'), 'server {}\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'merge');
    const mergeSha = git(dir, 'rev-parse', 'HEAD').trim();
    const files = ['Dockerfile', 'added.conf', 'same.txt'];
    const byGit = (await lineMapper(dir, mergeSha, headSha, files))!;
    const patch = git(dir, 'diff', '--no-color', headSha, mergeSha, '--', 'Dockerfile');
    const byApi = compareLineMap([
      { filename: 'Dockerfile', status: 'modified', patch: patch.slice(patch.indexOf('@@')), changes: 1 },
      { filename: 'added.conf', status: 'added', patch: '@@ -0,0 +1 @@\n+server {}', changes: 1 },
    ], files)!;
    const mergeLines = fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8').split('\n').length;
    for (let line = 1; line <= mergeLines; line++) expect(byApi.line('Dockerfile', line), `line ${line}`).toBe(byGit.line('Dockerfile', line));
    expect(byApi.gone('added.conf')).toBe(true);
    expect(byGit.gone('added.conf')).toBe(true);
    expect(byApi.line('same.txt', 1)).toBe(1);
    // A changed file without a patch cannot be mapped: no map at all rather than a guess.
    expect(compareLineMap([{ filename: 'Dockerfile', status: 'modified', changes: 4 }], files)).toBeNull();
    // A mode change (no line changed, no patch) maps as unchanged.
    expect(compareLineMap([{ filename: 'Dockerfile', status: 'changed', changes: 0 }], files)!.line('Dockerfile', 5)).toBe(5);
  });
});
