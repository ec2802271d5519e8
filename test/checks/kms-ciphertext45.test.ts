import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 secrets18 D4: an AWS KMS ciphertext blob (`aws kms encrypt` output, base64 `AQICAH…`) is ciphertext, not a secret in
// plain text, under any name; a random value of the same length that is no KMS blob stays a secret.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'kms45', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column}`).sort();
};
const blob = 'AQICAHhs3Xk9mP2vL7qR4tW8yB3nC6hJ1fD5gA0sE2uI4oK7zM9xQwGy2Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr1St2Uv3Wx4Yz5aB6cD7eF8gH9iJ0kL1mN2oP3qR4sT5uV6wX7yZ8==';
const older = `AQECAH${blob.slice(6)}`;
const random = `Zk${blob.slice(2)}`;

describe('AWS KMS ciphertext blobs pass (D4)', () => {
  it('in Terraform locals, YAML and a dotenv file; a non-KMS value of the same shape is still reported', async () => {
    const tf = `locals {\n  db_password_encrypted = "${blob}"\n  api_token_encrypted = "${random}"\n}\n`;
    const yml = `encrypted_api_token: "${older}"\ndb_password: ${random}\n`;
    const env = `DB_PASSWORD_ENCRYPTED=${blob}\n`;
    expect(await run({ 'main.tf': tf, 'config.yml': yml, '.env.production': env })).toEqual(['config.yml:2:14', 'main.tf:3:26']);
  });
});
