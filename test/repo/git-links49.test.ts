/**
 * QA stop 49 (stop 48 review2 S1): a tracked symlink into `.git` (`gitcfg.env -> .git/config`) was left out of the listing
 * as a link "to a file git does not track" when the checkout made it a real symlink, but refused and reported (a
 * critical committed-env finding) when the checkout wrote it as a plain file of its target's path (`core.symlinks=false`,
 * Windows runners): one more critical on Windows. Both are now refused alike, as README says of a link "into `.git`"
 * (like one leaving the repository).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const quiet = { info: () => {}, debug: () => {}, warn: () => {} };
const DB_URL = 'DATABASE_URL=postgres://app:Zx9vQ2mK7pL4rT8w@db.internal:5432/app\n';

function cloneWithoutSymlinks(src: string): string {
  const to = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nosym49-')), 'repo');
  execFileSync('git', ['-c', 'core.symlinks=false', 'clone', '-q', src, to], { stdio: 'pipe' });
  return to;
}

const verdict = async (dir: string) => {
  const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger: quiet, now: new Date('2026-12-01T00:00:00Z') });
  return { result: report.result, findings: report.findings.map((f) => `${f.check} ${f.severity} ${f.file}:${f.line ?? ''} ${f.message}`).sort() };
};

describe('a tracked symlink into .git gets one verdict, whatever the checkout made of it (stop 49)', () => {
  it('gitcfg.env -> .git/config (and a missing target out of the repository): the same findings from a real link and a text link', async () => {
    const src = makeRepo({ '.gitignore': '.env\n', 'app.py': 'print(1)\n' }, {}, { 'gitcfg.env': '.git/config', 'sub/hooks.env': '../.git/hooks', 'up.env': `${'../'.repeat(30)}nonexistent-preflight-49/x.env` });
    const copy = cloneWithoutSymlinks(src);
    expect(fs.lstatSync(path.join(copy, 'gitcfg.env')).isFile()).toBe(true);
    const real = await verdict(src);
    const text = await verdict(copy);
    const shape = (v: typeof real) => ({ result: v.result, findings: v.findings.map((f) => f.split(' ').slice(0, 3).join(' ')) });
    expect(shape(real)).toEqual(shape(text));
    expect(real.findings.filter((f) => !f.includes('up.env'))).toEqual(text.findings.filter((f) => !f.includes('up.env')));
    expect(real.result).toBe('fail');
    const refused = (file: string) => real.findings.find((f) => f.startsWith(`env-file-committed critical ${file}:1 `));
    expect(refused('gitcfg.env')).toContain("a symlink pointing into the repository's .git folder");
    expect(refused('sub/hooks.env')).toContain("a symlink pointing into the repository's .git folder");
    // (A missing target out of the repository: the real link says it is missing and where it points, as robust-stop37 D5
    // asks, the text link that it points outside; the same critical either way.)
    expect(refused('up.env')).toBeDefined();
    // git's configuration is never read (its `[core]` would be judged as env content).
    expect(real.findings.join('\n')).not.toContain('core');
  });

  it('a link into a nested clone\'s .git folder is refused too, not read', async () => {
    const src = makeRepo({ '.gitignore': '.env\ninner/\n', 'app.py': 'print(1)\n' }, { 'inner/.git/config': DB_URL }, { 'inner.env': 'inner/.git/config' });
    const { findings } = await verdict(src);
    expect(findings.filter((f) => f.includes('inner.env'))).toEqual([expect.stringContaining("a symlink pointing into the repository's .git folder")]);
    expect(findings.some((f) => f.startsWith('hardcoded-secret'))).toBe(false);
  });

  it('look-alikes are read as before: links to .github and .gitignore-named files, and to a tracked env file', async () => {
    const src = makeRepo({ '.gitignore': '.env\n', '.github/ci.env': DB_URL, 'config/prod.env': 'A=1\n' }, {}, { 'ci.env': '.github/ci.env', '.env.production': 'config/prod.env' });
    const copy = cloneWithoutSymlinks(src);
    const real = await verdict(src);
    expect(real).toEqual(await verdict(copy));
    expect(real.findings.some((f) => f.startsWith('hardcoded-secret critical .github/ci.env:1 '))).toBe(true);
    expect(real.findings.some((f) => f.includes('.git folder'))).toBe(false);
  });
});
