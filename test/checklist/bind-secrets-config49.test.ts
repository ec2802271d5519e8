import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 49 (fullrepos27 D2): secret promises worded around connection strings or a named configuration file stayed manual
// ("No connection strings with passwords in `appsettings.*.json`", "No passwords in connection strings", "Stripe keys come from
// SSM / Secrets Manager, not from `serverless.yml`"), so a committed production database password passed the team's gate.

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('fullrepos27 D2: secrets kept out of connection strings and configuration files', () => {
  it.each([
    'No connection strings with passwords in `appsettings.*.json` (use Key Vault)',
    'No passwords in connection strings',
    'No credentials embedded in the database connection string',
    'Connection strings contain no passwords',
    'Passwords are never embedded in the database URL',
    'No DSNs with passwords',
    // A glob names configuration files, read markup-free as `appsettings..json`, `config/.yml`.
    'No passwords in `appsettings.*.json`',
    'No secrets in `config/*.yml`',
    // From a secret store, not from a configuration file; a service's keys are the deployment's.
    'Stripe keys come from SSM / Secrets Manager, not from `serverless.yml`',
    'API keys are read from Key Vault, not from `appsettings.json`',
    'Secrets come from Vault, not from config files',
    'Stripe keys not in `serverless.yml`',
    'No SendGrid API keys in `config.yml`',
  ])('binds hardcoded-secret: %s', (text) => {
    expect(checksOf(text)).toEqual(['hardcoded-secret']);
  });
  it.each([
    // Connection strings named without a password refused, chat and logs, a rotation, a store alone, another place.
    'Document the connection strings',
    'Connection strings use Key Vault references',
    'No connection strings',
    'No connection strings in logs',
    'Rotate the passwords in connection strings',
    'Connection string password rotated',
    'No passwords in connection strings in the Slack channel',
    'No passwords in connection strings in the mobile app',
    'Stripe keys come from SSM',
    'Secrets come from Vault, not from Slack',
    // A third party's setting stays its own; a mobile platform's keys are the app's.
    'Stripe: TLS 1.2+',
    'Stripe keys rotated quarterly',
    'iOS signing keys not in the repo',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
