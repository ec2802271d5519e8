import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 50 (fullrepos28 D7): cookie items that name the cookie ("Session cookie `session_id` is Secure and HttpOnly", "Cookie
// `session_id`: Secure, HttpOnly") or use Symfony's setting names ("`cookie_secure: true` in framework.yaml") stayed manual,
// while "The `sid` cookie is Secure and HttpOnly" bound cookie-flags and cookie-security.

const checksOf = (text: string, headings: string[] = ['Sessions']) => matchItem(text, { headings }).checks;
const BOTH = ['cookie-flags', 'cookie-security'];
const options = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.checks, i.options ?? null]);

describe('fullrepos28 D7: the cookie named, or Symfony\'s keys, bind the cookie checks', () => {
  it.each([
    'Session cookie `session_id` is Secure and HttpOnly',
    'Cookie `session_id`: Secure, HttpOnly',
    'The cookie named `connect.sid` is HttpOnly',
    'Session cookie `JSESSIONID` is Secure',
    'Cookie `__Host-session` has the Secure flag',
    'Session cookie flags: Secure, HttpOnly, SameSite=Lax',
    'Session cookie `cookie_secure: true` and `cookie_httponly: true`',
    '`cookie_secure: true` in framework.yaml',
  ])('%s', (text) => {
    expect(checksOf(text)).toEqual(BOTH);
  });
  it.each<[string, string[]]>([
    // A plain word after "cookie" is no name; an attribute refused or said off; SameSite alone is the probe's.
    ['Cookie consent banner is secure', []],
    ['Cookie storage is secure', []],
    ['Session cookie `session_id` is not Secure yet', []],
    ['`cookie_secure: false` on the intranet (HTTP only)', []],
    ['`cookie_samesite: lax`', ['cookie-security']],
    ['Cookie `session_id` has SameSite=Lax', ['cookie-security']],
  ])('%s binds %j', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
  it('Symfony\'s keys narrow the checks to the attribute they name', () => {
    expect(options('- [ ] `cookie_secure: true` in framework.yaml\n- [ ] `cookie_httponly: true` in framework.yaml\n- [ ] Session cookie `cookie_secure: true` and `cookie_httponly: true`\n')).toEqual([
      [BOTH, { 'cookie-flags': { flags: ['secure'] }, 'cookie-security': { attributes: ['secure'] } }],
      [BOTH, { 'cookie-flags': { flags: ['httponly'] }, 'cookie-security': { attributes: ['httponly'] } }],
      [BOTH, { 'cookie-security': { attributes: ['secure', 'httponly'] } }],
    ]);
  });
});

describe('fullrepos28 D7: the bound item fails on the insecure setting', () => {
  it('Symfony `cookie_httponly: false` fails the item naming both keys', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '# Shop\n\n## Symfony\n- [ ] Session cookie `cookie_secure: true` and `cookie_httponly: true`\n',
      'composer.json': '{"require":{"symfony/framework-bundle":"^7.1"}}\n',
      'config/packages/framework.yaml': 'framework:\n    secret: \'%env(APP_SECRET)%\'\n    session:\n        handler_id: null\n        cookie_secure: auto\n        cookie_httponly: false\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const item = report.items[0]!;
    expect(item.check).toEqual(BOTH);
    expect(item.status).toBe('fail');
    expect(report.findings.filter((f) => f.item === item.id && !f.note).map((f) => [f.check, f.file, f.line])).toEqual([['cookie-flags', 'config/packages/framework.yaml', 6]]);
  });
});
