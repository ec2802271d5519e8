import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// Review 48 S1: providers mark attributes sensitive in their schema whatever they hold — the AWS provider an SSM
// parameter's `value` of every type, Azure a VM's `custom_data` — so `sensitive_attributes` listed a String parameter's VPC
// id or a cloud-init script, which failed as leaked secrets. Such an attribute counts only under a secret's name, and a
// known type's rule (SecureString only) decides for its own attribute.
const state = (resources: { type: string; name: string; attributes: Record<string, unknown>; sensitive: string[] }[]) => JSON.stringify({
  version: 4, terraform_version: '1.7.5', serial: 3, lineage: 'x', outputs: {},
  resources: resources.map((r) => ({ mode: 'managed', type: r.type, name: r.name, provider: 'provider["registry.terraform.io/hashicorp/x"]', instances: [{ schema_version: 0, attributes: r.attributes, sensitive_attributes: r.sensitive.map((a) => [{ type: 'get_attr', value: a }]) }] })),
}, null, 2);

describe('Terraform state: schema-sensitive attributes (review 48 S1)', () => {
  it('a String SSM parameter, a VM custom_data and a tfe_variable not marked sensitive pass; a SecureString and a secret-named attribute fail', async () => {
    const tf = state([
      { type: 'aws_ssm_parameter', name: 'vpc', attributes: { name: '/prod/vpc_id', type: 'String', value: 'vpc-0a1b2c3d4e5f6a7b8' }, sensitive: ['value'] },
      { type: 'aws_ssm_parameter', name: 'image', attributes: { name: '/prod/api/image', type: 'String', value: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1.4.2' }, sensitive: ['value'] },
      { type: 'azurerm_linux_virtual_machine', name: 'vm', attributes: { name: 'vm', custom_data: 'I2Nsb3VkLWNvbmZpZwpwYWNrYWdlczogW25naW54XQo=' }, sensitive: ['custom_data'] },
      { type: 'tfe_variable', name: 'region', attributes: { key: 'region', value: 'Xq7Lm2Vb9Nc4Tw8Rz3Ky', sensitive: false }, sensitive: ['value'] },
      { type: 'aws_ssm_parameter', name: 'token', attributes: { name: '/prod/api/token', type: 'SecureString', value: 'Vb5Nm8Qw2Er6Ty9UaZ3xKp7L' }, sensitive: ['value'] },
      { type: 'acme_db', name: 'main', attributes: { name: 'main', admin_password: 'Zk3Lm9Qx2Rv7Tw4Yb8Nc1Hd5' }, sensitive: ['admin_password'] },
    ]);
    const out = await runCase(hardcodedSecret, { name: 'tf', files: { 'terraform.tfstate': tf } });
    expect(out.error).toBeUndefined();
    const lines = out.findings.filter((f) => !f.note).map((f) => tf.split('\n')[f.line! - 1]!.trim()).sort();
    expect(lines).toEqual(['"admin_password": "Zk3Lm9Qx2Rv7Tw4Yb8Nc1Hd5"', '"value": "Vb5Nm8Qw2Er6Ty9UaZ3xKp7L"']);
  });
});
