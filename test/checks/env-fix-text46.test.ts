import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';
import { run } from '../../src/run.js';

// QA stop 46 fullrepos26 D1: a finding's fix must not contradict its message. Symfony's `.env` ("do not remove it from git or
// ignore it") took the check's generic fix ("git rm --cached … ignore it in .gitignore"); so did other env-file findings whose
// message gives other advice (dotenvx's `.env.keys`: no template replaces it; dotenv-defaults' file, committed by design).

const CHECKLIST = 'version: 1\nitems:\n  - { id: committed, check: env-file-committed }\n  - { id: ignored, check: env-file-not-ignored }\n';
const SYMFONY = { 'composer.json': '{"require": {"symfony/framework-bundle": "7.1.*"}}\n', '.gitignore': '/vendor/\n' };

async function findings(files: Record<string, string>) {
  const dir = makeRepo({ 'preflight.yml': CHECKLIST, ...files });
  const { report } = await run({ dir, cwd: dir, checklist: 'preflight.yml', probes: false });
  return report.findings;
}

describe('env findings: the fix agrees with the message', () => {
  it("Symfony's committed .env: the fix keeps it in git and moves secrets to .env.local or the vault", async () => {
    const f = (await findings({ ...SYMFONY, '.env': '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=\n###< symfony/framework-bundle ###\n' })).filter((x) => x.check === 'env-file-committed');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('do not remove it from git or ignore it');
    expect(f[0]!.fix).not.toMatch(/git rm|ignore it in \.gitignore/);
    expect(f[0]!.fix).toContain('.env.local');
    expect(f[0]!.fix).toContain('secrets:set');
  });

  it("Symfony's .gitignore finding: the fix names the recipe's rules before ignoring .env", async () => {
    const f = (await findings({ ...SYMFONY, '.env': 'APP_ENV=dev\nAPP_SECRET=\n' })).filter((x) => x.check === 'env-file-not-ignored');
    expect(f).toHaveLength(1);
    expect(f[0]!.fix).toContain('/.env.*.local');
    expect(f[0]!.fix).toMatch(/only if they are not committed on purpose/);
  });

  it('a committed .env elsewhere keeps the generic fix (git rm --cached, a template)', async () => {
    const f = (await findings({ '.gitignore': '/vendor/\n', 'composer.json': '{"require": {"laravel/framework": "^11.0"}}\n', '.env': 'APP_KEY=base64:abc\nDB_PASSWORD=hunter2hunter2\n' }));
    const committed = f.filter((x) => x.check === 'env-file-committed');
    expect(committed).toHaveLength(1);
    expect(committed[0]!.fix).toContain('git rm --cached');
    expect(f.find((x) => x.check === 'env-file-not-ignored')!.fix).toMatch(/^Add `\.env` and `\.env\.\*`/);
  });

  it("dotenvx's .env.keys: no template in the fix, as the message says none replaces it", async () => {
    const f = (await findings({ '.gitignore': '.env\n', '.env.keys': 'DOTENV_PRIVATE_KEY_PRODUCTION="9f2a1c0e5b7d4a3f8e6c2b1a0d9f8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e"\n' })).filter((x) => x.check === 'env-file-committed');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('re-encrypt');
    expect(f[0]!.fix).not.toContain('.env.example');
    expect(f[0]!.fix).toContain('re-encrypt');
  });

  it("dotenv-defaults' .env.defaults, committed by design: the fix keeps it committed", async () => {
    const f = (await findings({ '.gitignore': '.env\n', '.env.defaults': 'PORT=3000\nLOG_LEVEL=info\n' })).filter((x) => x.check === 'env-file-committed');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('by design');
    expect(f[0]!.fix).not.toContain('git rm');
  });
});
