import { describe, expect, it } from 'vitest';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { runCase } from '../helpers/check-tester.js';

// QA43 secrets16 (observation): a committed dotenvx `.env.keys` was told to "commit a template such as .env.keys.example";
// the file of keys that decrypt the committed env files has no template: its keys belong in the deployment's secret store.
describe('env-file-committed: the advice for a file of decryption keys', () => {
  it('tells to keep dotenvx\'s .env.keys out of git and re-encrypt, not to commit a template of it', async () => {
    const { findings } = await runCase(envFileCommitted, { name: 'keys', files: {
      '.env.keys': '#/ private decryption keys. DO NOT commit to source control /\nDOTENV_PRIVATE_KEY_PRODUCTION="81dac4d2c42e67a2c6542d3b943a4674a05c4be5e7e5a40a689be7a3bd49a07e"\n',
      '.env.production': 'DATABASE_URL=postgres://app:s3cr3t-Pa55@db:5432/app\n',
    } });
    const keys = findings.find((f) => f.file === '.env.keys');
    expect(keys && !keys.note && keys.severity === undefined).toBe(true); // the check's severity: critical
    expect(keys?.message).toMatch(/dotenvx's private decryption keys.*secret store.*re-encrypt/);
    expect(keys?.message).not.toMatch(/template such as \.env\.keys\.example/);
    // Any other env file keeps the template advice.
    expect(findings.find((f) => f.file === '.env.production')?.message).toMatch(/commit a template such as \.env\.production\.example instead/);
  });
});
