import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 45 (markdown20 D7): "Dockerfile reviewed (non-root user)" and "Dockerfile reviewed: runs as non-root user" stayed
// manual, though "Review Dockerfile security (non-root user)" binds: a review whose result is stated after it verifies that
// state. A review of the topic with no state after it, or with a reviewer or a schedule after it, stays oversight (manual).

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('markdown20 D7: a review or an audit with its stated result binds as the state says', () => {
  it.each<[string, string[]]>([
    ['Dockerfile reviewed (non-root user)', ['dockerfile-non-root']],
    ['Dockerfile reviewed: runs as non-root user', ['dockerfile-non-root']],
    ['Dockerfile audited — non-root user', ['dockerfile-non-root']],
    // Unchanged: the verbs that always bound.
    ['Review Dockerfile security (non-root user)', ['dockerfile-non-root']],
    ['Dockerfile checked (non-root user)', ['dockerfile-non-root']],
  ])('%s → %j', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  it.each([
    'CSP reviewed (by security)',
    'CSP reviewed: quarterly',
    'CSP reviewed by security',
    'TLS config audited',
    'Dockerfile reviewed',
    'Dockerfile reviewed for secrets',
    'Security headers documented (HSTS)',
    'HSTS reviewed (documented)',
    'Backups reviewed (daily snapshots)',
    'NetworkPolicy reviewed (default deny)',
    'MFA reviewed: enforced for admins',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
