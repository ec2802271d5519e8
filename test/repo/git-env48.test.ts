/**
 * QA stop 48 (gitstate4 D4): git exports GIT_INDEX_FILE (and GIT_DIR in a linked worktree) to its hooks. A hook that
 * ran `preflight --dir <a submodule or another repository>` listed that folder through the hook's repository's index:
 * the other repository's tracked files were never read (a committed secret missed) and files it does not have were
 * judged. Every git command Preflight runs now drops the repository-locating variables (gitEnv), so git finds the
 * repository from the scanned folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/repo/files.js';
import { gitEnv } from '../../src/repo/git-env.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const TOKEN = `ghp_${'k3Jw9QzX2mLp7RtV5nYb8HcD4fGs6AeU1iOq'}`;
const quiet = { info: () => {}, debug: () => {}, warn: () => {} };

/** The hook's repository (an `.env.production` tracked, a `.gitignore`) and another one with a committed secret. */
function repositories(): { hook: string; lib: string } {
  const hook = makeRepo({ '.gitignore': '.env\n', '.env.production': 'API_KEY=x\n', 'README.md': '# hook\n' });
  const lib = makeRepo({ 'creds.py': `TOKEN = "${TOKEN}"\n`, 'lib.py': 'print(1)\n' });
  return { hook, lib };
}

const saved: Record<string, string | undefined> = {};
function setEnv(vars: Record<string, string>): void {
  for (const [k, v] of Object.entries(vars)) { if (!(k in saved)) saved[k] = process.env[k]; process.env[k] = v; }
}
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; delete saved[k]; }
});

describe('git variables a hook inherits do not pick the repository (stop 48)', () => {
  it('GIT_INDEX_FILE of another repository (a pre-commit hook): the scanned repository is listed from its own index', async () => {
    const { hook, lib } = repositories();
    setEnv({ GIT_INDEX_FILE: path.join(hook, '.git', 'index') });
    const listing = await listFiles(lib);
    expect(listing.files).toEqual(['creds.py', 'lib.py']);
    expect(listing.sparseOmitted).toBeUndefined();
  });

  it('GIT_DIR of another repository (a hook in a linked worktree): the scanned repository is listed, not the other one', async () => {
    const { hook, lib } = repositories();
    setEnv({ GIT_DIR: path.join(hook, '.git') });
    const listing = await listFiles(lib);
    expect(fs.realpathSync(listing.root)).toBe(fs.realpathSync(lib));
    expect(listing.files).toEqual(['creds.py', 'lib.py']);
  });

  it('GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE together: a run judges the scanned repository (the secret fails, no foreign .env)', async () => {
    const { hook, lib } = repositories();
    setEnv({ GIT_DIR: path.join(hook, '.git'), GIT_WORK_TREE: hook, GIT_INDEX_FILE: path.join(hook, '.git', 'index') });
    const { report } = await run({ dir: lib, cwd: lib, probes: false, env: {}, logger: quiet });
    const findings = report.findings;
    expect(findings.some((f) => f.check === 'hardcoded-secret' && f.file === 'creds.py')).toBe(true);
    expect(findings.some((f) => f.file === '.env.production')).toBe(false);
    expect(report.result).toBe('fail');
  });

  it('gitEnv keeps every other variable (configuration, PATH) and leaves an environment without them as it is', () => {
    const env = { PATH: '/usr/bin', GIT_DIR: '/x/.git', GIT_INDEX_FILE: '/x/.git/index', GIT_CONFIG_COUNT: '1', GIT_SSL_CAINFO: '/ca.pem' };
    expect(gitEnv(process.cwd(), env)).toEqual({ PATH: '/usr/bin', GIT_CONFIG_COUNT: '1', GIT_SSL_CAINFO: '/ca.pem' });
    const plain = { PATH: '/usr/bin' };
    expect(gitEnv(process.cwd(), plain)).toBe(plain);
  });
});
