import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 39 review A: B1, the reference lists read before a status ("— #412 pending") and a nested status item's
// references backtracked exponentially (about 28 `#1` in one checklist line hung the gate); S1, "archived", "retired" and
// "superseded" followed by a retention or a place ("(archived in ECR for 90 days)") withdrew the item; S3, the environment
// remarks were split with a look-ahead to the end of the text from every separator.

const checksOf = (text: string, headings: string[] = ['Production']) => matchItem(text, { headings }).checks;
const bindings = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => i.checks);

describe('B1: long runs of references, spaces and owners are read in one pass', () => {
  // The rules read the first 400 characters of an item: a status after 100 references is still read, one after 2,000 is not.
  const refs = '#1 '.repeat(2000);
  const spaces = ' '.repeat(3200);

  it('2,000 references after a dash are no status, so the item binds; before a status they are a remark', () => {
    expect(checksOf(`Enable HSTS — ${refs}!`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS — ${'#1, '.repeat(2000)}!`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS (${refs}!)`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS — ${'#1 '.repeat(100)}pending`)).toEqual([]);
    expect(checksOf(`Enable HSTS — ${'OPS-1 / @bob & '.repeat(20)}#7 in progress`)).toEqual([]);
    expect(checksOf(`Enable HSTS (${'#1 '.repeat(100)})`)).toEqual(['hsts']);
  });

  it('3,200 spaces around a bracket of references', () => {
    expect(checksOf(`Enable HSTS${spaces}(#1${spaces}!`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS (#1${spaces}!`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS (#1${spaces})`)).toEqual(['hsts']);
    // (An item is read from its first 1,600 characters, its spaces collapsed after.)
    expect(checksOf(`Enable HSTS —${' '.repeat(700)}#1${' '.repeat(700)}pending`)).toEqual([]);
    expect(checksOf(`Enable HSTS (#1${' '.repeat(1500)}pending)`)).toEqual([]);
  });

  it('1,000 owners (`@_`, `@-`) as a nested item: its topic\'s state only when a status follows them', () => {
    for (const owner of ['@_ ', '@- ']) {
      expect(bindings(`- [ ] HSTS\n  - [ ] ${owner.repeat(1000)}x\n`)[0], owner).toEqual(['hsts']);
      expect(bindings(`- [ ] HSTS\n  - [ ] ${owner.repeat(100)}x\n`)[0], owner).toEqual(['hsts']);
      expect(bindings(`- [ ] HSTS\n  - [ ] ${owner.repeat(100)}pending\n`)[0], owner).toEqual([]);
      expect(checksOf(`Enable HSTS — ${owner.repeat(1000)}!`), owner).toEqual(['hsts']);
    }
  });

  it('the reference forms read as before', () => {
    for (const t of ['Enable HSTS — [OPS-1, OPS-2] pending', 'Enable HSTS — OPS-1/OPS-2 pending', 'Enable HSTS — #1 #2 pending', 'Enable HSTS (@alice, #412: WIP)', 'Enable HSTS — PR #412 & @bob in progress']) expect(checksOf(t), t).toEqual([]);
    for (const t of ['Enable HSTS (@alice, #412)', 'Enable HSTS [OPS-1 OPS-2]', 'Enable HSTS — @bob-x', 'Enable HSTS (OPS-1 , OPS-2)']) expect(checksOf(t), t).toEqual(['hsts']);
    expect(bindings('- [ ] HSTS\n  - [ ] [OPS-1] — @bob: pending\n- [ ] CSP\n  - [ ] #wip\n- [ ] HSTS\n  - [ ] @bob done\n').filter((_, i) => i % 2 === 0)).toEqual([[], [], ['hsts']]);
  });
});

describe('S1: archived, retired, superseded withdraw the item only as its state', () => {
  it.each<[string, string[]]>([
    ['No `latest` image tags (archived in ECR for 90 days)', ['image-tag-pinned']],
    ['No `latest` image tags — archived in ECR after 30 days', ['image-tag-pinned']],
    ['No `latest` image tags (old tags retired after 1 year)', ['image-tag-pinned']],
    ['Use production-ready images (no `:latest` tags) — superseded images archived nightly', ['image-tag-pinned']],
    ['Use production-ready images (no `:latest` tags) (retired after 1 year)', ['image-tag-pinned']],
    ['Enable HSTS (archived in S3 for 30 days)', ['hsts']],
  ])('a retention or a place after the word is no status: %s', (text, checks) => {
    expect(checksOf(text, ['Containers'])).toEqual(checks);
  });

  it.each([
    'Use production-ready images (no `:latest` tags) — archived',
    'Use production-ready images (no `:latest` tags) (retired)',
    'Use production-ready images (no `:latest` tags) (retired since the k8s move)',
    'Use production-ready images (no `:latest` tags) — superseded by the Helm chart (OPS-3)',
    'Use production-ready images (no `:latest` tags) (archived in favour of the platform policy)',
    'Use production-ready images (no `:latest` tags) — retired in Q3',
    'Use production-ready images (no `:latest` tags) — archived, see OPS-12',
    'Enable HSTS — deprecated in v2',
    'Enable HSTS (obsolete since the CDN move)',
    'Security headers: archived',
  ])('as the item\'s state it still withdraws: %s', (text) => {
    expect(checksOf(text, ['Containers'])).toEqual([]);
  });

  it('a heading or a retired parent still withdraws', () => {
    expect(checksOf('Use production-ready images (no `:latest` tags)', ['Production checklist', 'Archived'])).toEqual([]);
    expect(bindings('- [ ] Security headers — retired\n  - [ ] X-Frame-Options set to DENY\n')).toEqual([[], []]);
    const child = bindings('- [ ] Security headers\n  - [ ] X-Frame-Options set to DENY\n')[1];
    expect(child).not.toEqual([]);
    expect(bindings('- [ ] Security headers (archived for 90 days)\n  - [ ] X-Frame-Options set to DENY\n')[1]).toEqual(child);
  });
});

describe('S3: environment remarks in long items', () => {
  const commas = 'a, '.repeat(5000);
  it('reads a long item with no environment, and one with a remark or a scope after many clauses', () => {
    expect(checksOf(`Enable HSTS, ${commas}done`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS, ${commas}also on staging`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS (staging too), ${commas}done`)).toEqual(['hsts']);
    expect(checksOf(`Enable HSTS on staging only, ${commas}done`)).toEqual([]);
  });
});
