import { describe, expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { runCase } from '../helpers/check-tester.js';

// fullrepos19 D2: Gin's `c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly)` with `false` for secure is the
// insecure session cookie Gin's README example sets; net/http's `http.Cookie{Secure: false}` was already found.
async function judge(code: string): Promise<string[]> {
  const out = await runCase(cookieFlags, { name: 'gin', files: { 'main.go': code, 'go.mod': 'module shop\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n' } });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).map((f) => `${f.line}:${f.column} ${f.message}`);
}
const handler = (call: string) => `package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc login(c *gin.Context) {\n\ttoken := newToken()\n\t${call}\n}\n`;

describe('cookie-flags: Gin\'s c.SetCookie', () => {
  it('secure false (and httpOnly false) on a session cookie fail at the argument', async () => {
    const out = await judge(handler('c.SetCookie("session", token, 3600, "/", "shop.example.com", false, true)'));
    expect(out).toEqual([expect.stringMatching(/^7:63 .*c\.SetCookie\("session", …\) secure false/)]);
    const both = await judge(handler('c.SetCookie("session_id", token, 3600, "/", "", false, false)'));
    expect(both.map((l) => l.split(' ')[0])).toEqual(['7:50', '7:57']);
  });

  it('a secure session cookie, a non-session cookie, a CSRF cookie readable by scripts and net/http\'s SetCookie pass', async () => {
    expect(await judge(handler('c.SetCookie("session", token, 3600, "/", "shop.example.com", true, true)'))).toEqual([]);
    expect(await judge(handler('c.SetCookie("theme", "dark", 3600, "/", "", false, false)'))).toEqual([]);
    expect(await judge(handler('c.SetCookie("csrf_token", token, 3600, "/", "", true, false)'))).toEqual([]);
    expect(await judge(handler('http.SetCookie(c.Writer, &http.Cookie{Name: "session", Value: token, Secure: true, HttpOnly: true})'))).toEqual([]);
  });
});
