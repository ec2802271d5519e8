import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 39 (seedmut2 D1–D4): second-year edits of a checklist. A ticket, PR or owner before a status word turned a deferred
// item back into a gating one; items retired under "## Deprecated" (or "— deprecated", "— no longer applies") still bound; a
// per-environment file titled "# Staging" went all-manual, and "— also on staging" withdrew production promises; "TLS ≥ 1.2"
// and "Minimum TLS version 1.2" stayed manual while "TLS 1.2+" bound.

const checksOf = (text: string, headings: string[] = ['Production']) => matchItem(text, { headings }).checks;
const bindings = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks]);
const TLS = ['tls-protocols-config', 'tls-version'];

describe('D1: a ticket, PR or owner before a status is a remark', () => {
  it.each([
    'Use production-ready images (no `:latest` tags) — [OPS-1] pending',
    'Use production-ready images (no `:latest` tags) — OPS-1 pending',
    'Use production-ready images (no `:latest` tags) — [OPS-1] later',
    'Use production-ready images (no `:latest` tags) — not started ([OPS-1](https://jira.example.com/browse/OPS-1))',
    'Enable HSTS — #412 pending',
    'Enable HSTS — PR #412 pending',
    'Enable HSTS — @bob pending',
    'Enable HSTS — [OPS-1] in progress',
    'Enable HSTS — in progress [OPS-1]',
    'Enable HSTS — [OPS-1] N/A',
    'Enable HSTS — [OPS-1] TODO',
    'Enable HSTS — [OPS-1, OPS-2] pending',
    'Enable HSTS (OPS-1 pending)',
    'HSTS max-age 1 year — [OPS-1] in progress',
  ])('stays manual as without the reference: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it('the same statuses without a reference stay manual, and a reference alone changes nothing', () => {
    for (const t of ['Enable HSTS — pending', 'Enable HSTS — later', 'Enable HSTS — in progress', 'Enable HSTS — not started']) expect(checksOf(t), t).toEqual([]);
    for (const t of ['Enable HSTS — [OPS-1]', 'Enable HSTS (OPS-1)', 'Enable HSTS — done 2025-02-11 (@alice)', 'Enable HSTS — owner: @bob, due 2025-03-01', 'Enable HSTS (done in nginx, [PR #412](https://x.example/pr/412))', 'Enable HSTS — SHA-256 pinned']) {
      expect(checksOf(t), t).toEqual(['hsts']);
    }
  });

  it('a nested status with a ticket before it is its bare topic\'s state', () => {
    expect(bindings('- [ ] HSTS\n  - [ ] [OPS-1] pending\n- [ ] CSP\n  - [ ] Pending\n- [ ] HSTS\n  - [ ] OPS-1 done\n')).toEqual([
      ['HSTS', []], ['[OPS-1] pending', []], ['CSP', []], ['Pending', []], ['HSTS', ['hsts']], ['OPS-1 done', []],
    ]);
  });
});

describe('D2: retired items stay manual', () => {
  it.each(['Deprecated', 'Deprecated (no longer applies)', 'Obsolete', 'No longer applicable', 'No longer needed', 'Retired', 'Archive', 'Archived', '4. Deprecated'])('under a heading %j', (heading) => {
    expect(checksOf('Use production-ready images (no `:latest` tags)', ['Production checklist', heading])).toEqual([]);
    expect(checksOf('Never use default keys in production', ['Production checklist', heading])).toEqual([]);
  });

  it('a heading that names deprecated things, or done archived work, still promises', () => {
    expect(checksOf('TLS 1.0 disabled', ['Deprecated TLS versions'])).toEqual(TLS);
    expect(checksOf('Enable HSTS', ['Archive (done in v1, still required)'])).toEqual(['hsts']);
  });

  it.each([
    'Set up container restart policies (deprecated)',
    'Set up container restart policies — deprecated',
    'Set up container restart policies — obsolete since the k8s move',
    'Set up container restart policies — no longer applies',
    'Use production-ready images (no `:latest` tags) — no longer applicable',
    'Use production-ready images (no `:latest` tags) — deprecated',
    'Debug mode off — no longer applies',
    'Security headers: retired',
  ])('an item marked retired stays manual: %s', (text) => {
    expect(checksOf(text, ['Containers'])).toEqual([]);
  });

  it.each<[string, string[]]>([
    // The word describes the old protocol, not the item.
    ['TLS 1.0 and 1.1 disabled (deprecated)', TLS],
    ['Disable TLS 1.0 (deprecated)', TLS],
    ['TLS 1.2+ only (older versions deprecated)', TLS],
    ['Set up container restart policies', ['restart-policy']],
  ])('still binds: %s', (text, checks) => {
    expect(checksOf(text, ['Containers'])).toEqual(checks);
  });

  it('a retired parent retires its sub-items', () => {
    expect(bindings('- [ ] Security headers — deprecated\n  - [ ] X-Frame-Options set to DENY\n')).toEqual([['Security headers — deprecated', []], ['X-Frame-Options set to DENY', []]]);
  });
});

describe('D3: another environment only, not a file titled after an environment', () => {
  const file = (title: string) => `# ${title}\n## Edge\n- [ ] Force HTTPS redirect (HTTP → HTTPS)\n- [ ] Enable HSTS (Strict-Transport-Security)\n- [ ] Verify TLS 1.2+ only\n`;
  it.each(['Staging', 'Staging environment', 'Staging checklist', 'Production checklist'])('a file titled %j is judged as any checklist', (title) => {
    expect(bindings(file(title)).map(([, checks]) => checks)).toEqual([['https-redirect'], ['hsts'], TLS]);
  });

  it('a heading that merely names an environment a deploy goes to withdraws nothing; one that says only, or the developers\' own, does', () => {
    for (const h of ['Staging', 'Staging environment', 'QA', 'UAT', 'Pre-production']) expect(checksOf('Never commit `.env` file to git', ['Checklist', h]), h).toEqual(['env-file-committed']);
    for (const h of ['Staging only', 'Only on staging', 'Development', 'Dev environment', 'Test environment', 'Sandbox', 'Local development']) expect(checksOf('Enable HSTS', ['Checklist', h]), h).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['Enable HSTS — also on staging', undefined],
    ['Enable HSTS, staging too', undefined],
    ['Enable HSTS (except staging)', undefined],
    ['HSTS enabled; staging uses a shorter max-age', undefined],
    ['HSTS max-age 1 year (6 months on staging)', { 'min-max-age': 31536000 }],
    ['HSTS max-age 31536000 (1 year) — 6 months on staging', { 'min-max-age': 31536000 }],
  ])('an aside that adds to a production promise withdraws nothing: %s', (text, options) => {
    const [item] = parseMarkdownChecklist('c.md', `- [ ] ${text}\n`).items;
    expect([item!.checks, item!.options]).toEqual([['hsts'], options]);
  });

  it.each([
    'Enable HSTS on staging',
    'Enable HSTS — staging',
    'Enable HSTS (staging only)',
    'Enable HSTS (staging)',
    'Enable HSTS (staging and dev)',
    'Enable HSTS — on staging only, 6 months',
    'HSTS, CSP and X-Frame-Options enabled on staging',
    'Debug mode off locally',
    'Memory limits on all containers (dev cluster)',
  ])('the scope of another environment keeps %s manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D4: a TLS minimum written with a sign or as the setting\'s label', () => {
  it.each(['TLS ≥ 1.2', 'TLS >= 1.2', 'TLS ≥1.2 only', 'TLS ≥ 1.3', 'TLS version >= 1.2', 'Minimum TLS version 1.2', 'Min TLS version: 1.2', 'Minimum TLS version: TLS 1.2', 'Set the minimum TLS version to 1.2', 'TLS minimum version 1.2', 'TLS 1.2+ only', 'Minimum TLS 1.2'])('%s binds as "TLS 1.2+" does', (text) => {
    expect(checksOf(text, ['Security'])).toEqual(TLS);
  });

  it.each(['TLS ≥ 1.0', 'Minimum TLS version 1.0', 'TLS ≥ 1.2 for the database', 'Minimum TLS version 1.2 on the Postgres server', 'TLS ≥ 1.2 — later', 'TLS >= 1.2 on staging only', 'Minimum TLS version 1.2.3'])('stays manual: %s', (text) => {
    expect(checksOf(text, ['Security'])).toEqual([]);
  });

  it('states no option, as "TLS 1.3+" does not', () => {
    const items = parseMarkdownChecklist('c.md', '- [ ] TLS ≥ 1.3\n- [ ] TLS 1.3+\n').items;
    expect(items.map((i) => [i.checks, i.options])).toEqual([[TLS, undefined], [TLS, undefined]]);
  });
});
