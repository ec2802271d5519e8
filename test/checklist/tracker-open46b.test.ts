import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 46 review S2: a tracker's open status ("open", "new", "backlog"…) after a status label made a promise manual
// when the word was the topic's own state ("(state: open on the VPN only)", "— status new", "(status new)"). Such a status
// counts only after a label with its colon and as the label's whole state, and "open" never for a port or an exposure.

const checksOf = (text: string) => matchItem(text, { headings: ['Launch'] }).checks;

describe('review S2: a tracker open status only as the whole labelled state', () => {
  it.each<[string, string[]]>([
    ['Postgres port not exposed (state: open on the VPN only)', ['database-port-exposed']],
    ['Postgres port not exposed (Status: Open)', ['database-port-exposed']],
    ['Database not exposed publicly (status new)', ['database-port-exposed']],
    ['Health endpoint — status new', ['health-endpoint']],
    ['Health endpoint returns 200 (state: new check added)', ['health-endpoint']],
    ['Memory limits on all containers (status: new limits in place)', ['resource-limits']],
  ])('%s → %j', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  it.each([
    'Memory limits on all containers (Status: Open)',
    'Memory limits on all containers (status: open, OPS-12)',
    'Memory limits on all containers (Status: Open OPS-12)',
    'Memory limits on all containers — Status: New',
    'Health endpoint (Status: New)',
    'Health endpoint — status: backlog.',
    'Healthcheck in Dockerfile (Status: Reopened)',
    'Postgres not exposed publicly (Status: Reopened)',
    'Postgres port not exposed (Status: New)',
    'Postgres port not exposed (status: pending)',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
