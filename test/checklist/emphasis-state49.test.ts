import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 49 (review 48 S4.2): an emphasised status word mid-sentence (`_later_`, `**N/A**`) was made an aside by the Markdown
// reader, so it deferred or withdrew the whole item ("Debug mode off, **N/A** for the worker" lost its check, "Rotate keys,
// _later_ also the signing key" deferred the items under it). Emphasis is the item's state only where it opens the item or ends
// its words (as a bracket is); mid-sentence its words are read as the same plain words are.

const read = (line: string, child = 'Debug mode is off in production') => {
  const items = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', `# Go-live\n## App\n- [ ] ${line}\n  - [ ] ${child}\n`).items;
  return { checks: items[0]!.checks, notDone: items[0]!.notDoneChecks ?? [], title: items[0]!.title, child: items[1]!.checks };
};

describe('an emphasised status mid-sentence is no state (QA49 S4.2)', () => {
  it.each<[string, string]>([
    ['Debug mode off, **N/A** for the worker', 'Debug mode off, N/A for the worker'],
    ['HSTS enabled, _later_ preload', 'HSTS enabled, later preload'],
  ])('"%s" reads as "%s" does', (emphasised, plain) => {
    const e = read(emphasised);
    const p = read(plain);
    expect(p.checks.length).toBeGreaterThan(0);
    expect(e.checks).toEqual(p.checks);
    expect(e.notDone).toEqual(p.notDone);
    expect(e.child).toEqual(p.child);
  });

  it('a mid-sentence `_later_` does not defer the items under the item', () => {
    expect(read('Rotate keys, _later_ also the signing key').child).toEqual(['debug-mode']);
    expect(read('Rotate keys, _later_ also the signing key').child).toEqual(read('Rotate keys, later also the signing key').child);
  });

  it('the title keeps what the line shows', () => {
    expect(read('Debug mode off, **N/A** for the worker').title).toBe('Debug mode off, N/A for the worker');
  });
});

describe('an emphasised status that is the item\'s state still is (QA49 S4.2, the cases that work)', () => {
  it.each([
    '**N/A** — no DB',
    'Backups tested — _deferred_',
    'Release hardening _later_',
    'Release hardening **N/A**',
    '_Later_: release hardening',
  ])('"%s" defers the items under it', (line) => {
    expect(read(line).child).toEqual([]);
  });

  it('"HSTS on (_later_)" stays manual', () => {
    expect(read('HSTS on (_later_)').checks).toEqual([]);
  });

  it.each([
    'HSTS enabled _pending_',
    'HSTS enabled **pending**.',
    'HSTS enabled _pending_ (OPS-12)',
    'HSTS enabled _pending_ OPS-12',
    'HSTS enabled _pending_ — SEC-1',
    '**WIP** HSTS enabled',
    '**HSTS enabled _pending_**',
  ])('"%s" is a not-done item naming hsts', (line) => {
    expect(read(line)).toMatchObject({ checks: [], notDone: ['hsts'] });
  });

  it.each(['HSTS **enabled**', 'HSTS enabled, **pending** review of preload done'])('lookalike "%s" binds hsts', (line) => {
    expect(read(line)).toMatchObject({ checks: ['hsts'], notDone: [] });
  });
});
