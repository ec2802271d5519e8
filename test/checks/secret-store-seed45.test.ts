import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 45 review S3: a Terraform secret-store resource seeded with a placeholder whose `lifecycle { ignore_changes = [value] }`
// leaves the deployed value to be set outside Terraform failed high as a deployed default; it is a note now.
const run = async (tf: string) => {
  const out = await runCase(defaultCredentials, { name: 'seed45', files: { 'main.tf': tf } });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.line}:${f.column} ${f.note ? 'note' : 'fail'}`);
};
const param = (lifecycle: string) => `resource "aws_ssm_parameter" "db" {\n  name  = "/prod/db/password"\n  type  = "SecureString"\n  value = "changeme"\n${lifecycle}}\n`;

describe('a seeded secret-store value', () => {
  it('is a note when lifecycle ignore_changes names the value, or all', async () => {
    expect(await run(param('  lifecycle {\n    ignore_changes = [value]\n  }\n'))).toEqual(['4:12 note']);
    expect(await run(param('  lifecycle {\n    prevent_destroy = true\n    ignore_changes  = all\n  }\n'))).toEqual(['4:12 note']);
  });
  it('stays a failure without it, or when another attribute is ignored', async () => {
    expect(await run(param(''))).toEqual(['4:12 fail']);
    expect(await run(param('  lifecycle {\n    ignore_changes = [tags, description]\n  }\n'))).toEqual(['4:12 fail']);
  });
});
