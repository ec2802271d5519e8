import { describe, expect, it } from 'vitest';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { runCase } from '../helpers/check-tester.js';

const files = async (f: Record<string, string>) => (await runCase(envFileNotIgnored, { name: 'x', files: f })).findings.filter((x) => x.severity !== 'info').map((x) => x.file);

// Sweep 1 R1 (stop 36): widening the env template suffixes (`.tftpl`, `.njk`) moved env-file-not-ignored's finding from the
// real `.env` to a template beside it when the repository has no .gitignore, changing its fingerprint (baselines broke).
describe('env-file-not-ignored: where a finding with no .gitignore is shown', () => {
  for (const tpl of ['.env.tftpl', '.env.njk', '.env.ctmpl', '.env.gotmpl']) {
    it(`stays on the real .env beside ${tpl}`, async () => {
      expect(await files({ '.env': 'A=1\n', [tpl]: 'DB_PASSWORD=${pw}\n' })).toEqual(['.env']);
    });
  }
  it('a hand-copied example is still where it was shown before', async () => {
    expect(await files({ '.env': 'A=1\n', '.env.example': 'A=\n' })).toEqual(['.env.example']);
  });
});
