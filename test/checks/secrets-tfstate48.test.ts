import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA48 secrets19 D3: a committed Terraform state keeps the values providers mark sensitive in plain text: random_password's
// `result`, an Azure AD application password's `value`, a SecureString SSM parameter's `value`, and any attribute the
// instance's `sensitive_attributes` lists. They are reported at the value, as the state's sensitive outputs are.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'secrets-tfstate48', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const where = (file: string, text: string, value: string) => {
  const i = text.indexOf(value);
  expect(i, value).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return `${file}:${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
};
type Res = { type: string; name: string; attributes: Record<string, unknown>; sensitive?: string[]; mode?: string };
const state = (resources: Res[], indent?: number) => JSON.stringify({
  version: 4, terraform_version: '1.7.5', serial: 3, lineage: 'x', outputs: {},
  resources: resources.map((r) => ({
    mode: r.mode ?? 'managed', type: r.type, name: r.name, provider: 'provider["registry.terraform.io/hashicorp/x"]',
    instances: [{ schema_version: 0, attributes: r.attributes, sensitive_attributes: (r.sensitive ?? []).map((a) => [{ type: 'get_attr', value: a }]) }],
  })),
}, null, indent);

const PW = 'q7Vx2Lm9Rt4Kp8Zw3Nc6Hb1J';
const SPECIAL = 'q)Vx-Lm!Rt{KpZw';
const AZ = 'Tq8~Lm3Zx7Wp2Rv5Kc9Nb.Wq4eHy6Ud1Jf';
const SSM = 'Vb5Nm8Qw2Er6Ty9UaZ3xKp7L';
const CUSTOM = 'Zk3Lm9Qx2Rv7Tw4Yb8Nc1Hd5';
const secrets: Res[] = [
  { type: 'random_password', name: 'db', attributes: { id: 'none', length: 24, result: PW, special: false, bcrypt_hash: '$2a$10$Q9w8e7r6t5y4u3i2o1p0aOZ5XcVbNmLkJhGfDsAqWeRtYuIoPaSdF' } },
  { type: 'random_password', name: 'api', attributes: { id: 'none', length: 15, result: SPECIAL, numeric: false } },
  { type: 'random_string', name: 'admin_password', attributes: { id: 'x', length: 20, result: 'Hq3Nv8Wc5Ry2Ub7EzK4m' } },
  { type: 'azuread_application_password', name: 'app', attributes: { id: 'x/password/1', key_id: '00000000-0000-0000-0000-000000000001', value: AZ } },
  { type: 'aws_ssm_parameter', name: 'token', attributes: { name: '/prod/api/token', type: 'SecureString', value: SSM } },
  // A schema-sensitive attribute under a secret's name (review 48 S1: one under another name, `enrollment`, is not read).
  { type: 'acme_widget', name: 'w', attributes: { name: 'w', enrollment_token: CUSTOM }, sensitive: ['enrollment_token'] },
];

describe('a committed Terraform state: sensitive resource attributes (D3)', () => {
  it.each([['indented', 2], ['compact', undefined]] as const)('%s: each secret attribute is reported at its value, in the state and its backup', async (_layout, indent) => {
    const tf = state(secrets, indent);
    const f = await run({ 'infra/terraform.tfstate': tf, 'infra/terraform.tfstate.backup': tf });
    const expected = [PW, SPECIAL, 'Hq3Nv8Wc5Ry2Ub7EzK4m', AZ, SSM, CUSTOM].map((v) => where('infra/terraform.tfstate', tf, v));
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([...expected, ...expected.map((e) => e.replace('tfstate:', 'tfstate.backup:'))]);
    expect(f[0]!.message).toContain("the Terraform state holds random_password.db's result in plain text");
    for (const x of f) for (const v of [PW, SPECIAL, AZ, SSM, CUSTOM]) expect(x.message).not.toContain(v);
  });

  it('lookalikes pass: a random_string for a name suffix, a String SSM parameter, a data source, a hash, and the same resources in .tf code', async () => {
    const tf = state([
      { type: 'random_string', name: 'bucket_suffix', attributes: { id: 'x', length: 12, result: 'k3x9q2m7p4w8' } },
      { type: 'random_id', name: 'server', attributes: { id: 'Xk9mP2vL7qR4', hex: '5e4f3a2b1c0d9e8f', b64_std: 'Xk9mP2vL7qR4tW8z' } },
      { type: 'aws_ssm_parameter', name: 'region', attributes: { name: '/prod/api/region', type: 'String', value: 'Xk9mP2vL7qR4tW8zN3cB6hJ1' } },
      { type: 'random_password', name: 'db', mode: 'data', attributes: { result: PW } },
      { type: 'random_password', name: 'short', attributes: { result: '', length: 0 } },
      { type: 'acme_widget', name: 'w', attributes: { name: 'w', owner_email: 'ops@acme.io' }, sensitive: ['owner_email'] },
    ], 2);
    const hcl = 'resource "random_password" "db" {\n  length = 24\n}\nresource "aws_db_instance" "m" {\n  password = random_password.db.result\n}\n';
    expect(await run({ 'terraform.tfstate': tf, 'main.tf': hcl })).toEqual([]);
  });
});
