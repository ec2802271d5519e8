import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 44 (secrets17 D5): "Remove hardcoded credentials", "Do not commit private keys", "Scan the repo for leaked secrets",
// "Remove .env from the repository", "Never store passwords in Docker images" stayed manual.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;

describe('secrets17 D5: common secret promises bind', () => {
  it.each<[string, string[]]>([
    ['Remove hardcoded credentials', ['hardcoded-secret']],
    ['Hardcoded secrets removed', ['hardcoded-secret']],
    ['Remove all hardcoded API keys from the code', ['hardcoded-secret']],
    ['Do not commit private keys', ['hardcoded-secret']],
    ['Scan the repo for leaked secrets (gitleaks / trufflehog)', ['hardcoded-secret']],
    ['Run gitleaks: no secrets found', ['hardcoded-secret']],
    ['Remove .env from the repository', ['env-file-committed']],
    ['Never store passwords in Docker images', ['dockerfile-secrets-in-env']],
  ])('binds: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
  it.each([
    // A scan set up elsewhere or on a schedule, a place not named, a template, the mobile app, tests' fixtures.
    'Add gitleaks to CI',
    'Run gitleaks weekly',
    'Scan Docker images for secrets',
    'Check logs for secrets',
    'Check for exposed secrets',
    'Remove .env.example from the repo',
    'Remove .env from the Docker image',
    'Remove hardcoded credentials from the mobile app',
    'Remove hardcoded test credentials',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
