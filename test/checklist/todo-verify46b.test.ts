import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 46 review S1: "(todo: verify on staging)" is a verification note, not a deferral ("(yet to verify on staging)"
// is none either); a to-do that is the item's whole state still keeps it manual.

const checksOf = (text: string) => matchItem(text, { headings: ['Launch'] }).checks;

describe('review S1: a to-do only to verify the promise is no deferral', () => {
  it.each<[string, string[]]>([
    ['Debug mode off (todo: verify on staging)', ['debug-mode']],
    ['Debug mode off (to do - check in prod)', ['debug-mode']],
    ['Debug mode off (TODO: double-check after deploy)', ['debug-mode']],
    ['Debug mode off — todo: verify on staging', ['debug-mode']],
    ['Memory limits on all containers (to-do: confirm with load test)', ['resource-limits']],
  ])('%s → %j', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  it.each([
    'Debug mode off (todo)',
    'Debug mode off (To Do)',
    'Debug mode off (Status: To Do)',
    'Debug mode off — To Do',
    'Debug mode off (to do, SEC-12)',
    'Debug mode off (todo: disable in the admin app)',
    'Debug mode off — todo: turn it off in prod',
    'Memory limits on all containers — to-do.',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
