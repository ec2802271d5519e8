import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 secrets18 D2: a YAML value written on the line below its key is the same string value as on the key's line.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'below-key45', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note)
    .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const at = (findings: Awaited<ReturnType<typeof run>>) => findings.map((f) => `${f.file}:${f.line}:${f.column}`);
const A = 'Bd3Zp8Kx2Wm6Rt9Yb4NqLc7Vd3Z';
const B = 'Xq2Zp8Kx2Wm6Rt9Yb4NqLc7Vd3Z';
const C = 'Hs5Tn3Qx8Kd2Lm7Rz4Vc9Wb6Jy';

describe('a YAML value on the line below its key (D2)', () => {
  it('plain and quoted, in Helm values and compose environment, at the value; a Kubernetes Secret in that layout stays one finding; lookalikes pass', async () => {
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  DB_PASSWORD:\n    ${A}\n`;
    const values = `auth:\n  password:\n    ${A}\n  apiToken:\n    "${B}"\n  # comment\n  jwtSecret:  # set per env\n\n    '${C}'\n`;
    const compose = `services:\n  app:\n    image: acme/app:1.2.3\n    environment:\n      API_SECRET:\n        ${B}\n      DB_PASSWORD:\n        postgres\n`;
    const f = await run({ 'values-production.yaml': values, 'docker-compose.yml': compose, 'k8s/secret.yaml': secret });
    // The Secret's key is its reader's finding (at the key, as before): not reported again at the value.
    expect(at(f)).toEqual(['docker-compose.yml:6:9', 'k8s/secret.yaml:6:3', 'values-production.yaml:3:5', 'values-production.yaml:5:6', 'values-production.yaml:9:6']);
    expect(f[2]!.message).toContain("'password' is assigned a hard-coded secret value");
    for (const x of f) for (const v of [A, B, C]) expect(x.message).not.toContain(v);
    // Lookalikes pass: a mapping, a sequence, a reference, an empty key, a non-secret key, a template, an alias, words.
    const ok = [
      'db:', '  password:', '    existingSecret: db-creds', '    secretKey: password',
      'auth:', '  passwords:', '    - ${DB_PASSWORD}', '  token:', '    ${API_TOKEN}',
      '  secret:', 'other:', '  image:', `    ${A}`,
      '  apiKey:', '    "{{ .Values.apiKey }}"', '  sessionSecret:', '    *shared',
      '  clientSecret:', '    please change this value',
    ].join('\n') + '\n';
    expect(at(await run({ 'values.yaml': ok }))).toEqual([]);
  });

});
