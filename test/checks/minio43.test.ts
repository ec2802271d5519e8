import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA43 oss14 D2: MinIO's KMS docs' sample key, copied verbatim into CI/test compose files, was a critical hard-coded secret
// ("revoke/rotate" a public value); it is a documented sample: default-credentials' finding (high), not a leaked secret.
const compose = (key: string) => `services:\n  minio:\n    image: minio/minio:RELEASE.2024-06-13T22-53-53Z\n    environment:\n      MINIO_KMS_SECRET_KEY: ${key}\n`;
const SAMPLE = 'my-minio-key:OSMM+vkKUTCvQs9YL/CVMIMt43HFhkUpqJxTmGl6rYw=';
const REAL = 'prod-key:Zk3u9QmV1rT7xYpL2sN8bC4dF6gH0jK5aW3eR9tYu1I=';

describe('MinIO\'s documented sample KMS key', () => {
  it('is a default credential (high), not a hard-coded secret', async () => {
    const files = { 'docker-compose.yml': compose(SAMPLE) };
    const secrets = await runCase(hardcodedSecret, { name: 'sample', files });
    expect(secrets.findings.filter((f) => !f.note)).toEqual([]);
    const creds = await runCase(defaultCredentials, { name: 'sample', files });
    expect(creds.findings.filter((f) => !f.note).map((f) => [f.file, f.line, f.message])).toEqual([
      ['docker-compose.yml', 5, expect.stringMatching(/MinIO's documented sample KMS key/)],
    ]);
  });
  it('another key is still a hard-coded secret, and no default credential', async () => {
    const files = { 'docker-compose.yml': compose(REAL) };
    const secrets = await runCase(hardcodedSecret, { name: 'real', files });
    expect(secrets.findings.filter((f) => !f.note).map((f) => [f.file, f.line])).toEqual([['docker-compose.yml', 5]]);
    const creds = await runCase(defaultCredentials, { name: 'real', files });
    expect(creds.findings.filter((f) => !f.note)).toEqual([]);
  });
});
