import { describe, expect, it } from 'vitest';
import { bindChecklist, matchItem } from '../../src/checklist/matcher.js';
import type { Checklist } from '../../src/checklist/types.js';

// QA stop 49 (fullrepos27 D5): "Session cookie uses `same_site` and is `secure`" stayed manual, while "Session cookie is secure
// and uses SameSite=Lax" bound cookie-flags and cookie-security: the attributes stated of the cookie one after another, each with
// its verb, in any order and as the frameworks spell them, bind both.

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;
const bound = (t: string) => bindChecklist({ items: [{ id: 'x', title: t, checks: [], group: [] }] } as unknown as Checklist).items[0]!;

describe('fullrepos27 D5: cookie attributes stated one after another', () => {
  it('binds both checks with the attributes the item names, as the other word order does', () => {
    for (const t of ['Session cookie uses `same_site` and is `secure`', 'Session cookie is secure and uses SameSite=Lax', 'Session cookie uses SameSite=Lax and is Secure', 'Session cookie has `same_site: "Lax"` and is `secure`']) {
      const s = bound(t);
      expect(s.checks, t).toEqual(['cookie-flags', 'cookie-security']);
      expect(s.options, t).toEqual({ 'cookie-flags': { flags: ['secure'] }, 'cookie-security': { attributes: ['secure', 'samesite'] } });
    }
    const h = bound('Session cookies use SameSite=Strict and HttpOnly');
    expect(h.checks).toEqual(['cookie-flags', 'cookie-security']);
    expect(h.options).toEqual({ 'cookie-flags': { flags: ['httponly'] }, 'cookie-security': { attributes: ['httponly', 'samesite'] } });
  });
  it.each<[string, string[]]>([
    // SameSite alone is the probe's only; another subject joined in, an attribute refused, a banner or the mobile app.
    ['Session cookie uses same_site', ['cookie-security']],
    ['Session cookie uses same_site and the site is secure', ['cookie-security']],
    ['Session cookie uses same_site; the API is secure', ['cookie-security']],
    ['Session cookie uses same_site but is not secure', []],
    ['Cookie consent banner uses SameSite and is secure', []],
    ['Session cookie uses `same_site` and is `secure` in the mobile app', []],
  ])('%s binds %j', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
});
