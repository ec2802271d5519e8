import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';
import { run } from '../../src/run.js';

const CHECKLIST = 'version: 1\nitems:\n  - { id: ignored, check: env-file-not-ignored }\n';

async function messages(files: Record<string, string>): Promise<string[]> {
  const dir = makeRepo({ 'preflight.yml': CHECKLIST, ...files });
  const { report } = await run({ dir, cwd: dir, checklist: 'preflight.yml', probes: false });
  return report.findings.filter((f) => f.check === 'env-file-not-ignored').map((f) => f.message);
}

// fullrepos17 D2 (stop 38): a Symfony project commits `.env` by the framework's convention; the finding stays (DESIGN.md:
// `.gitignore` does not ignore `.env`) but the advice says where Symfony's secrets go instead of only "ignore .env".
describe("env-file-not-ignored in a Symfony project", () => {
  const gitignore = '###> symfony/framework-bundle ###\n/.env.local\n/.env.local.php\n/.env.*.local\n/var/\n/vendor/\n###< symfony/framework-bundle ###\n';
  it("keeps the finding and adds the framework's advice", async () => {
    const [m] = await messages({ '.gitignore': gitignore, 'composer.json': '{"require": {"symfony/framework-bundle": "7.1.*"}}\n', '.env': 'APP_ENV=dev\nAPP_SECRET=\n' });
    expect(m).toMatch(/^\.gitignore does not ignore '\.env'/);
    expect(m).toContain("in this Symfony project '.env' is committed by the framework's convention");
    expect(m).toContain("'/.env.local', '/.env.local.php', '/.env.*.local'");
  });
  it('another PHP project gets the plain advice', async () => {
    const [m] = await messages({ '.gitignore': '/vendor/\n', 'composer.json': '{"require": {"laravel/framework": "^11.0"}}\n', '.env': 'APP_ENV=local\n' });
    expect(m).toMatch(/^\.gitignore does not ignore '\.env'/);
    expect(m).not.toContain('Symfony');
  });
});
