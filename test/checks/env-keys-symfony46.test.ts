import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';
import { run } from '../../src/run.js';

// Stop 46 sweep R6: in a Symfony project, dotenvx's `.env.keys` (private decryption keys) took Symfony's "keep it in git, Symfony
// loads it" advice, as if it were an environment's defaults (`.env.prod`). It is no Symfony environment: its keys leave git.

const CHECKLIST = 'version: 1\nitems:\n  - { id: committed, check: env-file-committed }\n';
const SYMFONY = { 'composer.json': '{"require": {"symfony/framework-bundle": "7.1.*"}}\n', '.gitignore': '/vendor/\n' };

async function committed(files: Record<string, string>) {
  const dir = makeRepo({ 'preflight.yml': CHECKLIST, ...files });
  const { report } = await run({ dir, cwd: dir, checklist: 'preflight.yml', probes: false });
  return report.findings.filter((f) => f.check === 'env-file-committed');
}

describe("Symfony's env-file advice covers its environments only", () => {
  it('.env.keys in a Symfony project is told to leave git, as anywhere', async () => {
    const f = await committed({ ...SYMFONY, '.env': '###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\n', '.env.keys': 'DOTENV_PRIVATE_KEY_PRODUCTION="9a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"\n' });
    const keys = f.find((x) => x.file === '.env.keys')!;
    expect(keys.message).not.toMatch(/Symfony commits/);
    expect(keys.fix).toMatch(/git rm --cached/);
    expect(keys.fix).not.toMatch(/^Keep /);
  });

  it('lookalike: .env.prod in the same project keeps the Symfony advice', async () => {
    const f = await committed({ ...SYMFONY, '.env': '###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\n', '.env.prod': 'APP_DEBUG=0\n' });
    const prod = f.find((x) => x.file === '.env.prod')!;
    expect(prod.message).toMatch(/Symfony commits \.env\.prod on purpose/);
    expect(prod.fix).toMatch(/^Keep \.env\.prod in git/);
  });
});
