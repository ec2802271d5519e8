import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 secrets18 D7: a secret on a line whose quote is never closed (`API_SECRET: "rKoY…` in a compose file,
// `password = "KJSP…` in a .tf) was reported only as a parse-error, while broken JSON and Kubernetes files still had theirs.
const run = async (files: Record<string, string>) => (await runCase(hardcodedSecret, { name: 'unclosed46', files })).findings;

describe('hardcoded-secret: a secret after a quote never closed on its line (QA45 secrets18 D7)', () => {
  it('is reported at the value (after the quote) in a compose file and a .tf, never printed', async () => {
    const found = await run({
      'docker-compose.yml': ['services:', '  app:', '    image: acme/app:1.2.3', '    environment:', '      API_SECRET: "rKoY1zlmrEbqIwdL8qLhkSUD', '      DEBUG: "false"', ''].join('\n'),
      'tf/main.tf': ['resource "aws_db_instance" "db" {', '  password = "KJSPNbGcTPHYzmozsH53', '}', ''].join('\n'),
    });
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['docker-compose.yml:5:20', 'tf/main.tf:2:15']);
    expect(found.map((f) => f.message).join('\n')).not.toMatch(/rKoY1zlm|KJSPNbGc/);
  });

  it('the lookalikes pass: placeholders, references and prose after an unclosed quote, and a closed quote with a placeholder', async () => {
    const found = await run({
      'docker-compose.yml': ['services:', '  app:', '    image: acme/app:1.2.3', '    environment:', '      API_SECRET: "changeme', '      DB_PASSWORD: "${DB_PASSWORD',
        '      API_TOKEN: "<your token here>', '      DESCRIPTION: "rKoY1zlmrEbqIwdL8qLhkSUD', '      JWT_SECRET: "your-jwt-secret"', ''].join('\n'),
    });
    expect(found).toEqual([]);
  });
});
