import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 45 (sweep R6): "Label: state" items with a plain positive state stayed manual ("Production server: gunicorn",
// "Database port: internal only", "Restart policy: always"/"unless-stopped"). They bind as the state says; a negative or
// unknown state stays manual.

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('sweep R6: a label with a positive state binds as the state says', () => {
  it.each<[string, string[]]>([
    ['Production server: gunicorn', ['production-server']],
    ['Production server is Puma', ['production-server']],
    ['Gunicorn as the production server', ['production-server']],
    ['Database port: internal only', ['database-port-exposed']],
    ['Postgres port — private', ['database-port-exposed']],
    ['Restart policy: always', ['restart-policy']],
    ['Restart policy: unless-stopped', ['restart-policy']],
  ])('%s → %j', (text, checks) => {
    expect(checksOf(text, ['Production checklist', 'Security'])).toEqual(checks);
  });

  it.each([
    'Production server: flask run',
    'Production server: uvicorn --reload',
    'Production server: not gunicorn yet',
    'Production server: TBD',
    'Database port: public',
    'Database port: exposed',
    'Database port: unknown',
    'Database port: internal only for the admin UI',
    'Redis port: internal, except for the analytics VPN',
    'Restart policy: never',
    'Restart policy: no',
    'Restart policy: always (systemd)',
    'Debug mode: on',
    'Hardcoded secrets: TBD',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text, ['Production checklist', 'Security'])).toEqual([]);
  });

  it('a restart policy under a Kubernetes heading is not compose\'s', () => {
    expect(checksOf('Restart policy: always', ['Kubernetes'])).toEqual([]);
  });
});
