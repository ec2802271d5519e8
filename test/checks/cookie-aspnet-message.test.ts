import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';

// QA39 fullrepos18 D4: ASP.NET Core's SecurePolicy is an enum (`true` does not compile), and the antiforgery cookie is the
// CSRF cookie, not the session cookie.
describe('cookie-flags: ASP.NET Core messages name the fix and the cookie', () => {
  it('says CookieSecurePolicy.Always, and the CSRF cookie for AddAntiforgery', async () => {
    const out = await runCase(cookieFlags, { name: 'aspnet-msg', files: {
      'Api/Program.cs': 'builder.Services.AddAntiforgery(o =>\n{\n    o.Cookie.SecurePolicy = CookieSecurePolicy.None;\n});\nbuilder.Services.AddSession(o =>\n{\n    o.Cookie.SecurePolicy = CookieSecurePolicy.None;\n    o.Cookie.HttpOnly = false;\n});\n',
    } });
    expect(out.error).toBeUndefined();
    const messages = out.findings.map((f) => `${f.line} ${f.message}`).sort();
    expect(messages).toEqual([
      '3 ASP.NET Core Cookie.SecurePolicy = CookieSecurePolicy.None (antiforgery) sends the CSRF cookie over plain HTTP; remove the override or set it to CookieSecurePolicy.Always in production',
      '7 ASP.NET Core Cookie.SecurePolicy = CookieSecurePolicy.None sends the session cookie over plain HTTP; remove the override or set it to CookieSecurePolicy.Always in production',
      '8 ASP.NET Core Cookie.HttpOnly = false makes the session cookie readable by JavaScript; remove the override or set it to true in production',
    ]);
  });
});
