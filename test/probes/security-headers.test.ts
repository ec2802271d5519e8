import { describe, expect, it } from 'vitest';
import { securityHeaders, weakScripts, parseCsp, xfoBlocks } from '../../src/probes/security-headers.js';
import { evaluate, failures, mainOf, obsOf, res } from './helpers.js';

const STRONG = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};
const run = (h: Record<string, string | string[]>) => evaluate(securityHeaders, obsOf(mainOf(res(200, h))));
const msgs = (h: Record<string, string | string[]>) => failures(run(h), securityHeaders).map((f) => f.message);

describe('security-headers: repeated headers, as browsers read them', () => {
  it('X-Content-Type-Options: the first value counts (Fetch); a repeat is a note', () => {
    const out = run({ ...STRONG, 'x-content-type-options': ['nosniff', 'nosniff'] });
    expect(failures(out, securityHeaders)).toEqual([]);
    expect(out.findings).toEqual([expect.objectContaining({ note: true })]);
    expect(msgs({ ...STRONG, 'x-content-type-options': 'sniff, nosniff' })).toEqual([expect.stringMatching(/is 'sniff, nosniff', not 'nosniff'/)]);
  });
  it('X-Frame-Options: the values form a set (HTML); conflicting values block framing', () => {
    expect(xfoBlocks('deny, deny')).toBe(true);
    expect(xfoBlocks('SAMEORIGIN')).toBe(true);
    expect(xfoBlocks('deny, sameorigin')).toBe(true);
    expect(xfoBlocks('allowall')).toBe(false);
    expect(xfoBlocks('allow-from https://x, foo')).toBe(false);
  });
  it("names every weakness of the script sources", () => {
    expect(weakScripts(parseCsp("default-src * 'unsafe-inline' 'unsafe-eval' data:")[0]!)).toBe("script sources allow 'unsafe-inline', 'unsafe-eval' and any origin (* data:)");
  });
});

describe('security-headers: Content-Security-Policy-Report-Only', () => {
  it('a page sending only a Report-Only policy fails, and is told the policy was seen and enforces nothing', () => {
    const { 'content-security-policy': _csp, ...noCsp } = STRONG;
    const out = msgs({ ...noCsp, 'x-frame-options': 'DENY', 'content-security-policy-report-only': "default-src 'self'; report-uri /csp" });
    expect(out).toEqual([expect.stringMatching(/^no Content-Security-Policy header: only Content-Security-Policy-Report-Only is sent, which reports violations and blocks nothing/)]);
    // Without one (or sent empty) the message is the plain one.
    expect(msgs({ ...noCsp, 'x-frame-options': 'DENY' })).toEqual(['no Content-Security-Policy header; add one that restricts script-src']);
    expect(msgs({ ...noCsp, 'x-frame-options': 'DENY', 'content-security-policy-report-only': '' })).toEqual(['no Content-Security-Policy header; add one that restricts script-src']);
  });
  it('an enforced policy next to a Report-Only one is judged alone, as before', () => {
    expect(msgs({ ...STRONG, 'content-security-policy-report-only': "default-src 'none'" })).toEqual([]);
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src * 'unsafe-inline'", 'x-frame-options': 'DENY', 'content-security-policy-report-only': "default-src 'self'" }))
      .toEqual([expect.stringMatching(/^Content-Security-Policy does not restrict scripts/)]);
  });
});

describe('security-headers', () => {
  it('passes a strong set', () => {
    expect(run(STRONG)).toEqual({ findings: [] });
    expect(msgs({ ...STRONG, 'content-security-policy': "script-src 'nonce-abc' 'unsafe-inline' 'strict-dynamic' https:", 'x-frame-options': 'SAMEORIGIN' })).toEqual([]);
  });
  it('reports each weak header once, at medium', () => {
    const f = failures(run({}), securityHeaders);
    expect(f).toHaveLength(4);
    expect(new Set(f.map((x) => x.severity))).toEqual(new Set(['medium']));
  });
  it('nosniff must be exact', () => {
    expect(msgs({ ...STRONG, 'x-content-type-options': 'sniff' })).toEqual([expect.stringMatching(/X-Content-Type-Options is 'sniff'/)]);
  });
  it('framing: XFO or frame-ancestors, not wildcards', () => {
    const noFa = "default-src 'self'";
    expect(msgs({ ...STRONG, 'content-security-policy': noFa })).toEqual([expect.stringMatching(/framing is not blocked/)]);
    expect(msgs({ ...STRONG, 'content-security-policy': noFa, 'x-frame-options': 'DENY' })).toEqual([]);
    expect(msgs({ ...STRONG, 'content-security-policy': noFa, 'x-frame-options': 'ALLOW-FROM https://x' })).toHaveLength(1);
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src 'self'; frame-ancestors *" })).toHaveLength(1);
    // frame-ancestors * overrides X-Frame-Options: DENY in browsers.
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src 'self'; frame-ancestors *", 'x-frame-options': 'DENY' })).toEqual([expect.stringMatching(/framing is not blocked/)]);
  });
  it.each([
    ["script-src 'self' 'unsafe-inline'", /unsafe-inline/],
    ["default-src 'self' 'unsafe-eval'", /unsafe-eval/],
    ['script-src *', /any origin \(\*\)/],
    ['script-src https:', /any origin/],
    ["img-src 'self'", /neither script-src nor default-src/],
  ])('fails CSP %s', (csp, re) => {
    expect(msgs({ ...STRONG, 'content-security-policy': `${csp}; frame-ancestors 'none'` })).toEqual([expect.stringMatching(re)]);
  });
  it.each([
    ["script-src 'self' https://*", /any origin \(https:\/\/\*\)/],
    ["script-src 'self' http://*", /any origin \(http:\/\/\*\)/],
    ["script-src 'self' *:443", /any origin \(\*:443\)/],
    ["script-src 'self' https://*:*/js/", /any origin/],
    ["default-src 'self'; script-src-elem *", /any origin \(\*\) in script-src-elem/],
    ["default-src 'self'; script-src-elem 'self' 'unsafe-inline'", /'unsafe-inline' in script-src-elem/],
    ["script-src 'self'; script-src-attr 'unsafe-inline'", /'unsafe-inline' in script-src-attr/],
    ["script-src 'self' 'nonce-' 'unsafe-inline'", /'unsafe-inline'/],
    ["script-src 'self' 'sha256-' 'unsafe-inline'", /'unsafe-inline'/],
  ])('fails CSP %s (any host, script-src-elem/-attr, empty nonce)', (csp, re) => {
    expect(msgs({ ...STRONG, 'content-security-policy': `${csp}; frame-ancestors 'none'` })).toEqual([expect.stringMatching(re)]);
  });
  it('passes host wildcards limited to one domain, a strict script-src-elem, and a real nonce', () => {
    for (const csp of [
      "script-src 'self' https://*.example.com",
      "default-src 'self'; script-src-elem 'self' https://cdn.example.com; script-src-attr 'none'",
      "script-src 'self' 'nonce-r4nd0m+/=' 'unsafe-inline'",
      // script-src-attr ignores host sources (attributes are inline code).
      "script-src 'self'; script-src-attr 'none' https:",
    ]) expect(msgs({ ...STRONG, 'content-security-policy': `${csp}; frame-ancestors 'none'` }), csp).toEqual([]);
  });
  it('frame-ancestors * beside X-Frame-Options: DENY: the fix is frame-ancestors, and the DENY is said to be ignored (QA round 33)', () => {
    // Before: "…; send frame-ancestors 'none' or X-Frame-Options: DENY", a fix the site already sends and that does not work.
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src 'self'; frame-ancestors *", 'x-frame-options': 'DENY' })).toEqual([
      "framing is not blocked (X-Frame-Options 'DENY', ignored by browsers while the CSP sets frame-ancestors, CSP frame-ancestors allows any site); set frame-ancestors 'none' (or the origins allowed to frame the site)",
    ]);
    // No X-Frame-Options, or one that does not block: X-Frame-Options is not offered as a fix either (it would be ignored).
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src 'self'; frame-ancestors https:" })).toEqual([
      "framing is not blocked (no X-Frame-Options, CSP frame-ancestors allows any site); set frame-ancestors 'none' (or the origins allowed to frame the site)",
    ]);
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src 'self'; frame-ancestors *", 'x-frame-options': 'ALLOWALL' })).toEqual([
      "framing is not blocked (X-Frame-Options 'ALLOWALL', CSP frame-ancestors allows any site); set frame-ancestors 'none' (or the origins allowed to frame the site)",
    ]);
    // Without frame-ancestors the wording stays: either header blocks framing.
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src 'self'", 'x-frame-options': 'ALLOWALL' })).toEqual([
      "framing is not blocked (X-Frame-Options 'ALLOWALL', no CSP frame-ancestors); send frame-ancestors 'none' or X-Frame-Options: DENY",
    ]);
  });
  it('frame-ancestors with any host does not block framing', () => {
    expect(msgs({ ...STRONG, 'content-security-policy': "default-src 'self'; frame-ancestors https://*", 'x-frame-options': 'DENY' })).toEqual([expect.stringMatching(/framing is not blocked/)]);
  });
  it('a hash makes unsafe-inline harmless; a strict second policy wins', () => {
    expect(weakScripts(parseCsp("script-src 'unsafe-inline' 'sha256-abc'")[0]!)).toBeUndefined();
    expect(msgs({ ...STRONG, 'content-security-policy': ["script-src *; frame-ancestors 'none'", "script-src 'self'"] })).toEqual([]);
  });
  it('Referrer-Policy: the last valid token decides', () => {
    expect(msgs({ ...STRONG, 'referrer-policy': 'unsafe-url, strict-origin-when-cross-origin' })).toEqual([]);
    expect(msgs({ ...STRONG, 'referrer-policy': 'no-referrer, unsafe-url' })).toEqual([expect.stringMatching(/Referrer-Policy/)]);
    expect(msgs({ ...STRONG, 'referrer-policy': 'no-referrer, bogus-token' })).toEqual([]);
    expect(msgs({ ...STRONG, 'referrer-policy': 'no-referrer-when-downgrade' })).toHaveLength(1);
  });
  it('Referrer-Policy: the message says why, as browsers read it', () => {
    const why = (v: string) => msgs({ ...STRONG, 'referrer-policy': v })[0]?.replace(/^Referrer-Policy '[^']*' /, '').replace(/; use .*$/, '');
    expect(why('unsafe-url')).toBe('sends full URLs to other sites');
    expect(why('no-referrer-when-downgrade')).toBe('sends full URLs to other sites');
    expect(why('origin')).toBe('sends the origin to every site, over plain HTTP too');
    expect(why('origin-when-cross-origin')).toBe('sends the origin to other sites, over plain HTTP too');
    expect(why('no-referer')).toBe('has no policy browsers know (a typo? the browser default applies)');
    expect(why('no-referrer unsafe-url')).toBe('has no policy browsers know (a typo? the browser default applies)');
  });
  it('401 and login redirects are error: protected', () => {
    const p = evaluate(securityHeaders, obsOf(mainOf(res(401))));
    expect(p.error).toMatch(/^protected: .*401.*give headers/);
    const sso = evaluate(securityHeaders, obsOf({ main: { start: 'https://app.example/', hops: [res(302, { location: 'https://login.microsoftonline.com/x/oauth2' })], stopped: { location: 'https://login.microsoftonline.com/x/oauth2', reason: 'off-host' } } }));
    expect(sso.error).toMatch(/protected: .*login page/);
    const local = evaluate(securityHeaders, obsOf({ main: { start: 'https://app.example/', hops: [res(302, { location: '/accounts/login/?next=/' }), res(200, {}, '', 'https://app.example/accounts/login/?next=/')] } }));
    expect(local.error).toMatch(/protected/);
  });
});

describe('security-headers on a redirect elsewhere', () => {
  it('does not judge the redirect response; says which URL to probe', () => {
    const out = evaluate(securityHeaders, obsOf({ main: { start: 'https://app.example/', hops: [res(301, { location: 'https://www.app.example/' })], stopped: { location: 'https://www.app.example/', reason: 'off-host' } } }));
    expect(out.error).toMatch(/redirects to https:\/\/www\.app\.example\/ \(off-host\).*probe that URL directly/);
    expect(out.findings).toEqual([]);
  });
});

describe('security-headers: policies in <meta> elements of an HTML page', () => {
  const page = (head: string, type = 'text/html; charset=utf-8') => ({ h: { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-type': type }, body: `<!doctype html><html><head>${head}</head><body><p>hi</p></body></html>` });
  const msgsOf = ({ h, body }: { h: Record<string, string>; body: string }) => failures(evaluate(securityHeaders, obsOf(mainOf(res(200, h, body)))), securityHeaders).map((f) => f.message);
  it('a meta CSP and a meta referrer count as browsers enforce them', () => {
    expect(msgsOf(page(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"><meta name="referrer" content="strict-origin-when-cross-origin">`))).toEqual([]);
    // Attribute order, single quotes, character references.
    expect(msgsOf(page(`<META content='default-src &#39;self&#39;' HTTP-EQUIV='content-security-policy'><meta content="no-referrer" name=referrer>`))).toEqual([]);
  });
  it('a weak meta CSP is named as such; a meta element in the body or a non-HTML response does not count', () => {
    expect(msgsOf(page(`<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'"><meta name="referrer" content="no-referrer">`))).toEqual([expect.stringMatching(/^Content-Security-Policy \(in a <meta> element\) does not restrict scripts: .*unsafe-inline/)]);
    const inBody = { h: page('').h, body: `<html><head></head><body><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></body></html>` };
    expect(msgsOf(inBody)).toEqual(expect.arrayContaining([expect.stringMatching(/no Content-Security-Policy header/)]));
    expect(msgsOf(page(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`, 'text/plain'))).toEqual(expect.arrayContaining([expect.stringMatching(/no Content-Security-Policy header/)]));
  });
  it('frame-ancestors in a meta CSP does not block framing (browsers ignore it there)', () => {
    const p = page(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-ancestors 'none'"><meta name="referrer" content="no-referrer">`);
    delete p.h['x-frame-options'];
    expect(msgsOf(p)).toEqual([expect.stringMatching(/framing is not blocked/)]);
  });
});

describe('security-headers: MDN Observatory parity cases (QA round 21)', () => {
  const html = { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'self'", 'content-type': 'text/html' };
  const metaMsgs = (head: string) => failures(evaluate(securityHeaders, obsOf(mainOf(res(200, html, `<!doctype html><html><head>${head}</head><body></body></html>`)))), securityHeaders).map((f) => f.message);
  it('a bare frame-ancestors (an empty source list) matches nothing: framing is blocked, as by frame-ancestors \'none\'', () => {
    const noXfo = STRONG; // no X-Frame-Options: the CSP alone decides
    expect(msgs({ ...noXfo, 'content-security-policy': "default-src 'self'; frame-ancestors" })).toEqual([]);
    expect(msgs({ ...noXfo, 'content-security-policy': "default-src 'self'; frame-ancestors;" })).toEqual([]);
    // …while a wildcard still does not block it.
    expect(msgs({ ...noXfo, 'content-security-policy': "default-src 'self'; frame-ancestors https:" })).toEqual([expect.stringMatching(/framing is not blocked/)]);
  });
  it('<meta name="referrer"> legacy keywords are read as HTML maps them: never/default are safe, always is unsafe-url', () => {
    expect(metaMsgs('<meta name="referrer" content="never">')).toEqual([]);
    expect(metaMsgs('<meta name="referrer" content="default">')).toEqual([]);
    expect(metaMsgs('<meta name="referrer" content="always">')).toEqual([expect.stringMatching(/^Referrer-Policy 'always' sends full URLs to other sites/)]);
    expect(metaMsgs('<meta name="referrer" content="origin-when-crossorigin">')).toEqual([expect.stringMatching(/sends the origin to other sites/)]);
    // The header knows no legacy keyword: `Referrer-Policy: never` is a typo browsers ignore.
    expect(msgs({ ...STRONG, 'referrer-policy': 'never' })).toEqual([expect.stringMatching(/has no policy browsers know/)]);
  });
  it('an empty Referrer-Policy header is named as sent empty, not as missing', () => {
    expect(msgs({ ...STRONG, 'referrer-policy': '' })).toEqual([expect.stringMatching(/^Referrer-Policy is sent empty/)]);
    const { 'referrer-policy': _rp, ...none } = STRONG;
    expect(msgs(none)).toEqual([expect.stringMatching(/^Referrer-Policy is missing/)]);
  });
  it('framing set only in <meta> elements (ignored by browsers) fails and says why', () => {
    const { 'content-security-policy': _csp, ...rest } = STRONG;
    const framing = (head: string) => failures(evaluate(securityHeaders, obsOf(mainOf(res(200, { ...rest, 'content-type': 'text/html' }, `<!DOCTYPE html><html><head>${head}<title>t</title></head><body></body></html>`)))), securityHeaders)
      .map((f) => f.message).filter((m) => m.startsWith('framing'));
    expect(framing(`<meta http-equiv="Content-Security-Policy" content="frame-ancestors 'none'">`)).toEqual(["framing is not blocked (no X-Frame-Options, no CSP frame-ancestors; browsers ignore frame-ancestors in a <meta> element: send it as a header); send frame-ancestors 'none' or X-Frame-Options: DENY"]);
    expect(framing(`<meta http-equiv="X-Frame-Options" content="DENY">`)).toEqual(["framing is not blocked (no X-Frame-Options, no CSP frame-ancestors; browsers ignore X-Frame-Options in a <meta> element: send it as a header); send frame-ancestors 'none' or X-Frame-Options: DENY"]);
  });
});
