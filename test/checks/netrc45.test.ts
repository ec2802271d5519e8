import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 secrets18 D3: in a .netrc, GitHub's fixed password x-oauth-basic makes the login the token, as in a URL: the login
// is judged and reported, the fixed word never is.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'netrc45', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note)
    .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const at = (findings: Awaited<ReturnType<typeof run>>) => findings.map((f) => `${f.file}:${f.line}:${f.column}`);

describe('.netrc with x-oauth-basic (D3)', () => {
  it('a reference or a user name as the login passes; a token login is reported at the login; other passwords stay', async () => {
    const token = 'Gl7Vt2LmZ9xPR4sWbN8eJc99Zq';
    const pw = 'Hk7Vt2LmZ9xPR4sWbN8eJc31';
    const netrc = [
      'machine github.com login ${GITHUB_TOKEN} password x-oauth-basic',
      'machine gitlab.com login deploy-bot password x-oauth-basic',
      `machine git.acme.io login ${token} password x-oauth-basic`,
      'machine api.heroku.com',
      '  login ops@acme.io',
      `  password ${pw}`,
      'macdef init',
      'password x-oauth-basic',
      '',
      'machine example.org password x-oauth-basic login ${TOKEN}',
    ].join('\n') + '\n';
    const f = await run({ '.netrc': netrc });
    expect(at(f)).toEqual(['.netrc:3:27', '.netrc:6:12']);
    expect(f[0]!.message).toContain('a .netrc login token is committed');
    expect(f[1]!.message).toContain('a .netrc login password is committed');
    for (const x of f) expect(x.message).not.toContain(token);
  });
});
