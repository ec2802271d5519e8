import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA48 secrets19 D6: Yarn 1's `.yarnrc` writes npm's registry credentials as `key "value"` (`"//registry/:_authToken" "…"`):
// reported at the value, as in `.npmrc`; references, placeholders and the file's other settings pass.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'secrets-yarnrc48', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
const where = (file: string, text: string, value: string) => {
  const i = text.indexOf(value);
  expect(i, value).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return `${file}:${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
};

describe("Yarn 1's .yarnrc registry credentials (D6)", () => {
  it('quoted and bare _authToken, _password and _auth are reported at the value; the user of _auth shown only when plain', async () => {
    const auth = Buffer.from('deploy:Hq3Nv8Wc5Ry2Ub7E').toString('base64');
    const rc = [
      '# yarn lockfile v1',
      '"//npm.acme.io/:_authToken" "Tq8Lm3Zx7Wp2Rv5Kc9NbWq4e"',
      '_authToken Zk3Lm9Qx2Rv7Tw4Yb8Nc1Hd5',
      '//registry.npmjs.org/:_password "SHEzTnY4V2M1UnkyVWI3RQ=="',
      `_auth "${auth}"`,
    ].join('\n') + '\n';
    const f = await run({ '.yarnrc': rc, 'web/.yarnrc': rc });
    const at = ['Tq8Lm3Zx7Wp2Rv5Kc9NbWq4e', 'Zk3Lm9Qx2Rv7Tw4Yb8Nc1Hd5', 'SHEzTnY4V2M1UnkyVWI3RQ==', auth].map((v) => where('.yarnrc', rc, v));
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([...at, ...at.map((a) => `web/${a}`)]);
    expect(f[0]!.message).toContain("the .yarnrc setting '_authToken' holds a hard-coded npm registry credential");
    expect(f[3]!.message).toContain("user 'deploy'");
    for (const x of f) expect(x.message).not.toContain('Tq8Lm3Zx');
  });

  it('references, placeholders and other settings pass; a .yarnrc.yml is YAML (its npmAuthToken is read as before)', async () => {
    const rc = [
      '"//npm.pkg.github.com/:_authToken" "${NPM_TOKEN}"',
      '_authToken "<your-token>"',
      '_authToken NPM_AUTH_TOKEN',
      '"@acme:registry" "https://npm.acme.io/"',
      'always-auth true',
      'registry "https://registry.yarnpkg.com"',
      'yarn-offline-mirror "./npm-packages-offline-cache"',
    ].join('\n') + '\n';
    expect(await run({ '.yarnrc': rc, '.yarnrc.yml': 'npmRegistryServer: "https://npm.acme.io"\nnpmAuthToken: "${NPM_TOKEN}"\n' })).toEqual([]);
  });
});
