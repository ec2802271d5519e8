import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 39 (sweep 4, R1 and R2): the environment vetoes of the Markdown matcher.
// R1: an aside that names another environment alone stayed manual ("— staging"), but the same aside with a ticket, PR,
// owner or date ("— [OPS-1] staging", "(staging, OPS-1)", "(staging, 2025-03-01)") bound: the reference's digits read as
// "a value of its own there". R2: a heading naming another environment with a bracketed or dashed "only" / "not
// production" remark ("## Staging (only)", "## QA (not production)") bound, as a heading that merely names it does.

const checksOf = (text: string, headings: string[] = ['Security'], parent?: string) => matchItem(text, { headings, parent }).checks;

describe('matcher: an environment-only aside with a ticket, PR, owner or date stays manual (stop 39, R1)', () => {
  it.each([
    'Debug mode off — [OPS-3] staging',
    'Enable HSTS — [OPS-1] staging',
    'Enable HSTS — OPS-1 staging',
    'Enable HSTS — #412 staging',
    'Enable HSTS — PR #412 staging',
    'Enable HSTS — [OPS-1](https://jira.example/OPS-1) staging',
    'Enable HSTS — staging [OPS-1]',
    'Enable HSTS — staging (OPS-1)',
    'Enable HSTS — staging (OPS-1, @bob)',
    'Enable HSTS — staging [OPS-1] [OPS-2]',
    'Enable HSTS (staging, OPS-1)',
    'Enable HSTS (OPS-1, staging)',
    'Enable HSTS ([OPS-1] staging)',
    'Enable HSTS — [OPS-1] on staging',
    'Enable HSTS — [OPS-1] locally',
    'Enable HSTS — [OPS-1] pre-production',
    'Enable HSTS (localhost, OPS-1)',
    'HSTS enabled — [SEC-9] staging',
    'Never commit .env file to git — [OPS-4] staging',
    // A date is when, not a value of the promise's own there.
    'Enable HSTS (staging, 2025-03-01)',
    'Enable HSTS (staging, 03/01/2025)',
    'Enable HSTS (staging, 1 Mar 2025)',
    'Enable HSTS (staging, March 1st 2025)',
    'Enable HSTS (staging, Q3 2025)',
    'Enable HSTS (staging since 2024)',
    // Already manual: kept.
    'Enable HSTS — staging',
    'Enable HSTS — @bob staging',
    'Enable HSTS — staging only [OPS-1]',
    'Enable HSTS — [OPS-1] staging only',
  ])('%s binds nothing', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A remark on a production promise still binds, with a reference or not: what holds there too, its exception, a
    // value of its own there, a sentence of its own.
    ['Enable HSTS — also on staging [OPS-1]', ['hsts']],
    ['Enable HSTS (also on staging, OPS-1)', ['hsts']],
    ['Enable HSTS (except staging, OPS-1)', ['hsts']],
    ['HSTS max-age 1 year (6 months on staging, OPS-1)', ['hsts']],
    ['HSTS max-age 1 year ([OPS-1] 6 months on staging)', ['hsts']],
    ['HSTS max-age 1 year (staging: 6 months, OPS-1)', ['hsts']],
    ['HSTS max-age 1 year — 300 s on staging [OPS-2]', ['hsts']],
    ['HSTS max-age 1 year; staging uses a shorter max-age (OPS-1)', ['hsts']],
    ['Enable HSTS (2048-bit keys on staging)', ['hsts']],
    ['Debug mode off (except locally, OPS-1)', ['debug-mode']],
    // Production named: a promise about it.
    ['Enable HSTS — [OPS-1] staging; also in production', ['hsts']],
    ['Enable HSTS — [OPS-1] production', ['hsts']],
    // A reference alone is a remark.
    ['Enable HSTS — [OPS-1]', ['hsts']],
  ])('%s binds %j', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
});

describe('matcher: a heading that scopes its section to another environment keeps its items manual (stop 39, R2)', () => {
  it.each([
    'Staging (only)',
    'Staging (staging only)',
    'Staging (not for production)',
    'Staging (not prod)',
    'Staging — not production',
    'Staging: not for production',
    'Staging [only]',
    'Staging (only) (OPS-1)',
    'Pre-prod (non-prod)',
    'UAT (only)',
    'QA (not production)',
    'QA environment (not for production use)',
    '2. Staging (only)',
    // Already manual: kept.
    'Staging only (OPS-1)',
    'Staging environment only',
    'Only staging',
  ])('Enable HSTS under "## %s" binds nothing', (heading) => {
    expect(checksOf('Enable HSTS', ['Release checklist', heading])).toEqual([]);
  });

  it('a parent item with such a remark keeps its sub-items manual', () => {
    expect(checksOf('Enable HSTS', ['Security'], 'Staging (only)')).toEqual([]);
    expect(checksOf('Enable HSTS', ['Security'], 'Staging')).toEqual(['hsts']);
  });

  it.each([
    // A heading that merely names an environment withdraws nothing (round 2), nor one with another remark.
    'Staging',
    'Staging environment',
    'QA',
    'UAT',
    'Pre-production',
    'Staging [OPS-1]',
    'Staging (QA team)',
    'Staging (mirrors production)',
    'Staging (production-like)',
    'Production (not staging)',
    'Staging and production',
  ])('Enable HSTS under "## %s" binds hsts', (heading) => {
    expect(checksOf('Enable HSTS', ['Release checklist', heading])).toEqual(['hsts']);
  });
});
