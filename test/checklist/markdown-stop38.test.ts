import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist, tickedItems, tickedTexts } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { normaliseTitle } from '../../src/checklist/title.js';
import { getDef } from '../../src/catalogue.js';
import { parseOptions } from '../../src/engine/execute.js';
import { nearMisses, nearMissTicks, parseAttestations, withFilledTemplates } from '../../src/gate/attest.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
/** The one item of a one-line checklist: its checks and options. */
const bound = (line: string) => {
  const item = parse(`# Checklist\n- [ ] ${line}\n`).items[0]!;
  return { checks: item.checks, options: item.options ?? null };
};

describe('QA38 markdown13 D1: a path with a query string is the path the probe asks', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['Response time under 200 ms for `/search?q=shoes`', 'response-time', { 'max-ms': 200, path: '/search?q=shoes' }],
    ['Response time under 300 ms for `GET /api/v1/products?page=1`', 'response-time', { 'max-ms': 300, path: '/api/v1/products?page=1' }],
    ['Response time under 300 ms for /api/orders?sort=-date&limit=20.', 'response-time', { 'max-ms': 300, path: '/api/orders?sort=-date&limit=20' }],
    ['Response time under 200 ms for https://shop.example.com/search?q=x', 'response-time', { 'max-ms': 200, path: '/search?q=x' }],
    ['`/healthz?full=1` returns 200', 'health-endpoint', { paths: ['/healthz?full=1'] }],
    // Without a query, as before.
    ['Response time under 300 ms for `/api/orders`', 'response-time', { 'max-ms': 300, path: '/api/orders' }],
    ['`/healthz` returns 200', 'health-endpoint', { paths: ['/healthz'] }],
  ])('%s → %s %j', (line, check, options) => {
    expect(bound(line)).toEqual({ checks: [check], options });
    expect(() => parseOptions(getDef(check)!, options)).not.toThrow();
  });

  it('a query does not make one path two, nor a question mark after a path a query', () => {
    // One path with a query that holds a path: still one path, timed.
    expect(bound('Response time under 300 ms for `/login?next=/orders`')).toEqual({ checks: ['response-time'], options: { 'max-ms': 300, path: '/login?next=/orders' } });
    // Two paths stay manual, queries or not (the probe times one).
    expect(bound('Response time under 300 ms for `/search?q=a` and `/orders?page=2`').checks).toEqual([]);
    // A question mark after a path ends the sentence: no query.
    expect(bound('`/healthz` returns 200?')).toEqual({ checks: ['health-endpoint'], options: { paths: ['/healthz'] } });
  });
});

describe('QA38 markdown13 D2: fill-in blanks with separators stay blanks, and filling them in signs the item off', () => {
  const titles = (text: string) => parse(text).items.map((i) => [i.id, i.title]);

  it('keeps date, time and number blanks literal in titles (Markdown reads them as emphasis of a `/` or `:`)', () => {
    expect(titles('## Sign-off\n- [ ] Approved by: ____________\n- [ ] Release date: __/__/____\n- [ ] Go-live window: __:__ – __:__ UTC\n- [ ] Date: ____/____/______\n- [ ] Phone: ___-___-____\n- [ ] Date: __.__.____\n')).toEqual([
      ['approved-by', 'Approved by: ____________'],
      ['release-date', 'Release date: __/__/____'],
      ['go-live-window-utc', 'Go-live window: __:__ – __:__ UTC'],
      ['date', 'Date: ____/____/______'],
      ['phone', 'Phone: ___-___-____'],
      ['date-2', 'Date: __.__.____'],
    ]);
  });

  it('emphasis of words is still markup', () => {
    expect(titles('- [ ] Run __all__ tests and _the_ smoke test\n- [ ] **Backups** tested\n- [ ] `__init__.py` reviewed\n')).toEqual([
      ['run-all-tests-and-the-smoke-test', 'Run all tests and the smoke test'],
      ['backups-tested', 'Backups tested'],
      ['init-py-reviewed', '__init__.py reviewed'],
    ]);
  });

  it('a pull request tick reads the same blanks the same way', () => {
    expect(tickedTexts('- [x] Release date: __/__/____\n')).toEqual(['Release date: __/__/____']);
  });

  const checklist = ['Approved by: ____________', 'Release date: __/__/____', 'Go-live window: __:__ – __:__ UTC', 'Date: ____/____/______', 'Time: __:__'];
  const keys = (body: string) => withFilledTemplates(parseAttestations(body), checklist, normaliseTitle);

  it('a tick that fills the blanks attests the template title', () => {
    const k = keys('- [x] Release date: 05/06/2024\n- [x] Go-live window: 14:00 – 15:00 UTC\n- [x] Date: 05/06/2024\n- [x] Time: 14:00\n');
    for (const t of checklist.slice(1)) expect(k.has(normaliseTitle(t)), t).toBe(true);
  });

  it('a tick that leaves them empty or fills them with punctuation only attests nothing, and gets the blank hint', () => {
    const k = keys('- [x] Release date:\n- [x] Time: --\n');
    for (const t of checklist) expect(k.has(normaliseTitle(t)), t).toBe(false);
    const items = checklist.map((title, i) => ({ id: `i${i}`, title, status: 'pending' }));
    expect(nearMisses(k, items, normaliseTitle).map((h) => [h.tick, h.kind, h.items])).toEqual([['release date:', 'blank', ['i1']]]);
  });

  it('end to end: the examiner\'s sign-off block is signed off by the filled-in lines', async () => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': '## Sign-off\n- [ ] Approved by: ____________\n- [ ] Release date: __/__/____\n- [ ] Go-live window: __:__ – __:__ UTC\n' });
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => { warnings.push(m); }, error: () => {} };
    const body = '- [x] Approved by: Maria Schmidt\n- [x] Release date: 05/06/2024\n- [x] Go-live window: 14:00 – 15:00 UTC\n';
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body, by: 'alice' } });
    expect(report.items.map((i) => [i.id, i.title, i.status])).toEqual([
      ['approved-by', 'Approved by: ____________', 'attested'],
      ['release-date', 'Release date: __/__/____', 'attested'],
      ['go-live-window-utc', 'Go-live window: __:__ – __:__ UTC', 'attested'],
    ]);
    expect(warnings.filter((w) => w.includes('pull request description'))).toEqual([]);
  });
});

describe('QA38 markdown13 D3: more wordings of bound promises bind, with their numbers', () => {
  it.each<[string, string, Record<string, unknown> | null]>([
    ['Certificate does not expire within the next 21 days', 'certificate', { 'min-days': 21 }],
    ['Certificate valid for 2+ weeks', 'certificate', { 'min-days': 14 }],
    ['SSL certificate expiry > 1 month', 'certificate', { 'min-days': 30 }],
    ['Response time p50 < 1s', 'response-time', { 'max-ms': 1000 }],
    ['Response time (median) < 500 ms', 'response-time', { 'max-ms': 500 }],
    ['`expose_php = Off`', 'server-version-leak', { headers: ['x-powered-by'] }],
    // "90+ days" is a lifetime, as before: bound, with the probe's own horizon.
    ['Certificate valid for 90+ days', 'certificate', null],
    ['TLS certificate valid for 90+ days', 'certificate', null],
    // A priority label is no percentile.
    ['Response time under 300 ms — P1', 'response-time', { 'max-ms': 300 }],
  ])('%s → %s %j', (line, check, options) => {
    expect(bound(line)).toEqual({ checks: [check], options });
  });

  it.each([
    // Another percentile than the median is not what one median measures.
    'Response time p95 < 1s', 'p75 latency under 300 ms', 'Latency p99.9 under 1 s', 'Response time p90: under 800 ms',
    // PHP exposing its version, or the setting named without its value.
    '`expose_php = On`', 'expose_php enabled for debugging',
    // Another system's certificate, an alert about expiry.
    'Client certificate does not expire within the next 30 days', 'Certificate expiry alert > 30 days',
  ])('%s stays manual', (line) => {
    expect(bound(line).checks).toEqual([]);
  });

  it('expose_php beside the Server banner reads every banner', () => {
    expect(bound('`expose_php = Off` and `server_tokens off;`')).toEqual({ checks: ['server-version-leak'], options: null });
  });

  it('reads the same under a heading as alone', () => {
    expect(matchItem('Response time p50 < 1s', { headings: ['Performance'] }).checks).toEqual(['response-time']);
  });
});

describe('QA38 markdown13 D4: look-alike checkboxes are said, not dropped silently', () => {
  it('a `[~]`, `[-]` or `[]` box in a checklist is no item, with a warning at the box', () => {
    const c = parse('# Release\n- [ ] HSTS enabled\n- [~] HSTS preload submitted\n* [-] Old CDN removed\n- [] Backups verified\n- [1] Numbered note\n');
    expect(c.items.map((i) => i.title)).toEqual(['HSTS enabled']);
    expect(c.warnings).toEqual([
      "CHECKLIST.md:3:3: `[~]` is no checkbox (only `[ ]` and `[x]` are), so 'HSTS preload submitted' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)",
      "CHECKLIST.md:4:3: `[-]` is no checkbox (only `[ ]` and `[x]` are), so 'Old CDN removed' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)",
      "CHECKLIST.md:5:3: `[]` is no checkbox (only `[ ]` and `[x]` are), so 'Backups verified' is not a task-list item and is not checked: write it as `- [ ] …` (`- [x] …` when done)",
    ]);
  });

  it('a file of only such boxes says why it has no items', () => {
    expect(() => parse('- [~] HSTS preload submitted\n')).toThrow(/only `\[ \]` and `\[x\]` are checkboxes/);
  });

  it('a ticked table cell in a pull request description signs nothing off, and gets a warning when it names a pending item', () => {
    const body = '| Done | Item |\n|---|---|\n| [x] | Feature flags cleaned up |\n| [ ] | Game day scheduled |\n| [x] | Something else |\n';
    expect(tickedItems(body)).toEqual([
      { text: 'Feature flags cleaned up', quoted: false, struck: false, table: true },
      { text: 'Something else', quoted: false, struck: false, table: true },
    ]);
    // Not a task-list item: no text of a tick, nothing attested.
    expect(tickedTexts(body)).toEqual([]);
    expect([...parseAttestations(body)]).toEqual([]);
    const items = [{ id: 'feature-flags-cleaned-up', title: 'Feature flags cleaned up', status: 'pending' }, { id: 'game-day-scheduled', title: 'Game day scheduled', status: 'pending' }];
    const ticks = withFilledTemplates(parseAttestations(body), items.map((i) => i.title), normaliseTitle);
    expect(nearMisses(ticks, items, normaliseTitle).map((h) => [h.kind, h.items])).toEqual([['table', ['feature-flags-cleaned-up']]]);
    expect(nearMissTicks(ticks, items, normaliseTitle)).toEqual([
      'the pull request description ticks "feature flags cleaned up" in a table row, which signs nothing off: a checkbox in a table row is not a task-list item; tick it as a list line (`- [x] …`) to sign off the pending item \'feature-flags-cleaned-up\' ("Feature flags cleaned up")',
    ]);
    // Ticked as a list line too: signed off, no warning.
    const both = withFilledTemplates(parseAttestations(`${body}\n- [x] Feature flags cleaned up\n`), items.map((i) => i.title), normaliseTitle);
    expect(both.has('feature flags cleaned up')).toBe(true);
    expect(nearMissTicks(both, [{ ...items[0]!, status: 'attested' }, items[1]!], normaliseTitle)).toEqual([]);
  });
});
