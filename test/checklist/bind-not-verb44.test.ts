import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 44 (markdown19 D3): "Not running in debug mode", "Not using debug mode in prod", "Not exposing Postgres to the
// internet" (a negated participle of the risk) stayed manual.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const bound = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);

describe('markdown19 D3: "not running / not using / not exposing" is the negated risk', () => {
  it.each<[string, string[]]>([
    ['App is not running in debug mode', ['debug-mode']],
    ['Not using debug mode in prod', ['debug-mode']],
    ['Not running in debug mode', ['debug-mode']],
    ['Never deployed with debug mode', ['debug-mode']],
    ['Not exposing Postgres to the internet', ['database-port-exposed']],
    ['Not exposing port 5432 to the internet', ['database-port-exposed']],
    ['Port 5432 is not exposed to the internet', ['database-port-exposed']],
    ['Ports 5432 and 6379 are not published', ['database-port-exposed']],
  ])('binds: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
  it.each(['Tests fail when not running in debug mode', 'Not using debug logging in prod', 'Not running the debug build', 'Not exposing the admin port', 'Postgres not exposing metrics', 'Port 8080 is not exposed', 'Port 5432 is not exposed on staging'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it('reads the database or port named as options, as its "is not exposed" twin does', () => {
    const options = (md: string) => bound(md).map(([, , o]) => o);
    expect(options('- [ ] Not exposing Postgres to the internet\n- [ ] Not exposing port 5432 to the internet\n')).toEqual(options('- [ ] Postgres is not exposed to the internet\n- [ ] Port 5432 is not exposed to the internet\n'));
    expect(options('- [ ] Not exposing port 5432 to the internet\n')[0]).toMatchObject({ ports: [5432] });
  });
  it('under a database heading a port item is read with it, which names the product', () => {
    expect(bound('## Postgres\n- [ ] Port 5432 not exposed to the internet\n')).toEqual(bound('- [ ] Postgres port 5432 not exposed to the internet\n').map(([, c, o]) => ['Port 5432 not exposed to the internet', c, o]));
  });
});
