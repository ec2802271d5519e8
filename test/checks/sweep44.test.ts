import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 sweep R3: GitLab's historic default root password is a default credential, wherever Omnibus settings set it.
describe("GitLab's 5iveL!fe is a well-known default", () => {
  const files = { 'config/gitlab.rb': 'gitlab_rails[\'initial_root_password\'] = "5iveL!fe"\nexternal_url "https://gitlab.example.com"\n' };
  it('default-credentials reports it at the value; hardcoded-secret leaves it to that check', async () => {
    const dc = await runCase(defaultCredentials, { name: 'sweep44', files });
    expect(dc.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['config/gitlab.rb:1']);
    const hs = await runCase(hardcodedSecret, { name: 'sweep44', files });
    expect(hs.findings.filter((f) => !f.note)).toEqual([]);
  });
});
