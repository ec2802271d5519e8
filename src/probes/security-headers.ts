import { z } from 'zod';
import { defineProbe } from './define.js';
import { clip, errorPageHint, header, headerValues, targetResponse } from './util.js';
import { decodeCharacterReferences } from '../checks/util/text.js';
import type { HttpResponse } from './observation.js';
import { andList } from '../words.js';

const REFERRER_TOKENS = new Set(['no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url']);
const SAFE_REFERRER = new Set(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']);
/** The legacy keywords HTML maps in `<meta name="referrer">` (never in the header): `never` is no-referrer, `always` unsafe-url. */
const LEGACY_META_REFERRER: Readonly<Record<string, string>> = { never: 'no-referrer', default: 'strict-origin-when-cross-origin', always: 'unsafe-url', 'origin-when-crossorigin': 'origin-when-cross-origin' };
const ANY_SOURCE = new Set(['*', 'http:', 'https:', 'data:']);
// A host-source whose host is `*` (any scheme, port and path): `https://*`, `http://*:443`, `*:*`, `https://*/js/`.
const ANY_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?\*(?::(?:\d+|\*))?(?:\/\S*)?$/;
/** A nonce- or hash-source as CSP3 defines it: an empty or malformed one (`'nonce-'`) is ignored by browsers. */
const NONCE_OR_HASH = /^'(?:nonce|sha256|sha384|sha512)-[a-z0-9+/_-]+={0,2}'$/i;

/** A source expression that allows every origin: `*`, `http:`, `https:`, `data:`, or a `*` host (`https://*`). */
export function anySource(source: string): boolean {
  const s = source.toLowerCase();
  return ANY_SOURCE.has(s) || ANY_HOST.test(s);
}

/** Parses a CSP header value (possibly several comma-joined policies) into directive maps. */
export function parseCsp(value: string): Map<string, string[]>[] {
  return value.split(',').map((policy) => {
    const map = new Map<string, string[]>();
    for (const d of policy.split(';')) {
      const [name, ...sources] = d.trim().split(/\s+/);
      // The first occurrence of a directive wins (CSP3 §2.2.1).
      if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
    }
    return map;
  });
}

/**
 * Whether an X-Frame-Options value (occurrences comma-joined) blocks cross-origin framing, as the
 * HTML standard processes it: the values form a set, so `DENY, DENY` is `DENY`, and conflicting
 * values that include deny/sameorigin/allowall block framing altogether.
 */
/** Whether the response is an HTML page (its Content-Type, or a body that starts like one when none is sent). */
function isHtml(res: HttpResponse): boolean {
  const type = header(res, 'content-type');
  return type ? /\bhtml\b/i.test(type) : /^\s*(?:<!doctype html|<html\b|<head\b)/i.test(res.body);
}

/**
 * The attributes of the `<meta>` elements of an HTML page (names lower-cased, values with character references
 * decoded), up to its `</head>` or `<body>`: where browsers read policies from. At most 64.
 */
export function metaTags(html: string): Record<string, string>[] {
  const head = html.slice(0, Math.max(0, html.search(/<\/head\s*>|<body\b/i)) || html.length);
  const out: Record<string, string>[] = [];
  for (const m of head.matchAll(/<meta\b([^>]*)>/gi)) {
    if (out.length >= 64) break;
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const name = a[1]!.toLowerCase();
      if (!(name in attrs)) attrs[name] = decodeCharacterReferences(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push(attrs);
  }
  return out;
}


export function xfoBlocks(value: string): boolean {
  const set = new Set(value.split(',').map((v) => v.trim().toLowerCase()));
  if (set.size > 1) return ['deny', 'sameorigin', 'allowall'].some((v) => set.has(v));
  return set.has('deny') || set.has('sameorigin');
}

/** The weaknesses of one source list: inline scripts, eval, any origin (`hosts`: host sources count). */
function weaknessesOf(sources: string[], what: { eval: boolean; hosts: boolean }): string[] {
  const lower = sources.map((s) => s.toLowerCase());
  const nonceOrHash = lower.some((s) => NONCE_OR_HASH.test(s));
  const weak: string[] = [];
  if (lower.includes("'unsafe-inline'") && !nonceOrHash) weak.push("'unsafe-inline'");
  if (what.eval && lower.includes("'unsafe-eval'")) weak.push("'unsafe-eval'");
  // With 'strict-dynamic' (and a nonce/hash), browsers ignore host and scheme sources.
  const strictDynamic = lower.includes("'strict-dynamic'") && nonceOrHash;
  const any = [...new Set(lower.filter(anySource))];
  if (what.hosts && any.length && !strictDynamic) weak.push(`any origin (${any.join(' ')})`);
  return weak;
}

/**
 * Why a policy's script sources are weak, or undefined when they are strict. CSP3's fallbacks:
 * `<script>` elements obey `script-src-elem`, inline event handlers `script-src-attr`, each falling
 * back to `script-src`, then `default-src`; eval obeys `script-src`/`default-src` only. The
 * `script-src` (or `default-src`) list is judged whole (browsers without -elem/-attr use it for
 * everything), and `script-src-elem` / `script-src-attr` too when the policy sets them.
 */
export function weakScripts(policy: Map<string, string[]>): string | undefined {
  const base = policy.has('script-src') ? 'script-src' : 'default-src';
  const sources = policy.get(base);
  if (!sources) return 'it has neither script-src nor default-src';
  // Every weakness is named, once, with the directives that allow it: fixing the one reported would leave the next one.
  const where = new Map<string, string[]>();
  const note = (weaknesses: string[], directive: string) => { for (const w of weaknesses) where.set(w, [...(where.get(w) ?? []), directive]); };
  note(weaknessesOf(sources, { eval: true, hosts: true }), base);
  const elem = policy.get('script-src-elem');
  if (elem) note(weaknessesOf(elem, { eval: false, hosts: true }), 'script-src-elem');
  // Attributes are inline code: only 'unsafe-inline' (without a nonce/hash) lets them run.
  const attr = policy.get('script-src-attr');
  if (attr) note(weaknessesOf(attr, { eval: false, hosts: false }), 'script-src-attr');
  // A weakness of the main list alone is named bare (`'unsafe-inline'`), one of -elem/-attr alone with its directive
  // (`'unsafe-inline' in script-src-elem`), one that several allow once with all of them (`'unsafe-inline' (default-src,
  // script-src-elem)`, `any origin (* in script-src, script-src-elem)`), not the same source twice.
  const weak = [...where].map(([w, ds]) => {
    if (ds.length === 1) return ds[0] === base ? w : `${w} in ${ds[0]}`;
    return w.endsWith(')') ? `${w.slice(0, -1)} in ${ds.join(', ')})` : `${w} (${ds.join(', ')})`;
  });
  if (!weak.length) return undefined;
  return `script sources allow ${andList(weak)}`;
}

/** The headers the probe judges (its `headers` option); `x-frame-options` is framing protection, by it or by CSP frame-ancestors. */
export const SECURITY_HEADERS = ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'referrer-policy'] as const;
/**
 * What a framing promise refuses to let others frame: the site, the app, its pages or content ("The content of a web
 * application", "Pages", "The app").
 */
const FRAMED_SUBJECT = String.raw`(?:sites?|websites?|web ?apps?|apps?|applications?|pages?|content|ui|frontend|screens?|views?|dashboards?|panels?|portals?|html|documents?|responses?|forms?)`;
/**
 * Framing refused in words, what X-Frame-Options or CSP frame-ancestors does: OWASP ASVS 14.4.7 "The content of a web
 * application cannot be embedded in a third-party site by default", "Pages cannot be framed by other sites", "Framing by
 * other origins is blocked", "Block cross-origin framing". The site, the app or its pages must be what is not framed: not
 * content kept out of something else ("API keys must not be embedded in the bundle", "Third-party scripts are not
 * embedded in our pages", "Customer data must not be displayed on third-party sites", "PII cannot be included in other
 * pages"), not "framed as" ("Incidents must never be framed as individual blame"), nor embedding granted ("The widget can
 * be embedded in partner sites").
 */
const FRAMING_REFUSED = new RegExp(String.raw`(?<=\b${FRAMED_SUBJECT}(?: (?:is|are))? )(?:cannot|can ?not|can't|must not|mustn't|should not|shouldn't|may not|won't|will not|(?:(?:must|should|will|can|may|shall) )?never)(?: be)? (?:(?:embedded|loaded|displayed|rendered|included|shown) (?:in|into|within|inside|on|by) (?:an? |any |the )?(?:(?:third[- ]party|other|another|foreign|cross-origin|external|untrusted|malicious|arbitrary|unknown) (?:sites?|websites?|origins?|domains?|pages?)|i?frames?)|i?framed\b(?! as\b))|`
  + /\b(?:framing|embedding) (?:(?:by|in|on|from) (?:third[- ]party|other|another|foreign|cross-origin|external|untrusted|malicious) (?:sites?|websites?|origins?|domains?|pages?) )?(?:is |are )?(?:blocked|denied|prevented|disallowed|forbidden|refused)\b|\b(?:block|blocks|deny|denies|prevent|prevents|disallow|disallows|forbid|forbids)(?: all)? (?:cross-origin |third[- ]party )?(?:framing|iframing|being framed)\b|\banti-?framing\b/.source);
/**
 * How a checklist item names each header (its name, Django's setting, what it protects against): the phrase rule
 * binds on any of them, and the matcher reads which ones an item names into the `headers` option.
 */
export const HEADER_NAMED: Readonly<Record<(typeof SECURITY_HEADERS)[number], RegExp>> = {
  'x-content-type-options': /\bx-content-type-options\b|\bnosniff\b|\bsecure_content_type_nosniff\b/,
  'x-frame-options': new RegExp(`${/\bx-frame-options\b|\bx_frame_options\b|\bclickjacking\b|\bframe-ancestors\b/.source}|${FRAMING_REFUSED.source}`),
  'content-security-policy': /\bcontent[- ]security[- ]polic(?:y|ies)\b|\bcsp\b/,
  'referrer-policy': /\breferrer[- ]policy\b|\bsecure_referrer_policy\b/,
};

/** nosniff, framing blocked, a strict CSP for scripts, a safe Referrer-Policy. */
export const securityHeaders = defineProbe({
  id: 'security-headers',
  title: 'Security headers are set',
  // The headers: "No security headers on the internal metrics endpoint", "No CSP for now", "X-Frame-Options disabled on /embed".
  safeguard: new RegExp([/(?<!-|transport )\bsecurity headers?\b/.source, ...Object.values(HEADER_NAMED).map((re) => re.source)].join('|')),
  severity: 'medium',
  description: 'X-Content-Type-Options, framing protection, a script-restricting CSP and a safe Referrer-Policy.',
  match: [
    {
      // `Strict-Transport-Security header` and `Content-Security header` name one header, not the set.
      pattern: /(?<!-|transport )\bsecurity headers?\b/,
      // A review, audit, scan or pentest of the headers is an activity, not the headers; headers "not required"
      // somewhere are no promise.
      unless: /\b(?:review(?:s|ed|ing)?|audit(?:s|ed|ing)?|scan(?:s|ned|ning)?|pen-? ?test(?:s|ed|ing|ers?)?|penetration test(?:s|ed|ing)?)\b|\bnot (?:required|needed|necessary)\b|\btests? (?:runs?|suites?|pass(?:es)?|cases?)\b/,
      note: 'a promise about security headers: the probe reads them from the response',
    },
    {
      // Express's security-headers middleware named as set up: "`helmet()` middleware enabled", "`app.use(helmet())`",
      // "Use helmet", "Helmet is configured". Its defaults send the headers the probe judges. One of them switched off
      // ("`helmet({ contentSecurityPolicy: false })`"), helmet refused or something else about it (an upgrade, a review)
      // promises nothing the probe can verify. Its call's brackets end the main clause the generic vetoes read
      // ("`helmet()` later" reads as "helmet"), so the rule vetoes deferrals and other environments itself: "`helmet()`
      // later", "… in phase 2", "… after go-live", "… enabled in CI", "… in the test environment", "… in the Storybook dev
      // server only"; not in a bracketed aside: "`helmet()` enabled (checked in CI)").
      pattern: /\bhelmet\(\)|\bapp\.use\(helmet\b|\bhelmet(?:\.js)? (?:middleware|package)\b[^;]*\b(?:enabled|used|configured|applied|registered|mounted|added|in place|on)\b|\b(?:use|uses|using|enable|enables|add|adds|apply|applies|register|mount)(?: the)? helmet\b|\bhelmet(?:\.js)? (?:is |are )?(?:enabled|used|configured|applied|registered|mounted|added|in place)\b/,
      unless: /\b(?:false|disabled?|off|no|not|never|without|instead|remov\w*|replac\w*|drop\w*|skip\w*|upgrad\w*|updat\w*|bump\w*|version|review(?:s|ed|ing)?|audit(?:s|ed|ing)?)\b|n't\b|\b(?:later(?: on)?|soon|(?:in|for|during|with|until) phase (?:[2-9]|two|three|four|ii|iii|iv))\s*[.!]*\s*(?:$|[;,(]|\s[—–-]\s)|\b(?:yet|eventually|after (?:the )?(?:go-?live|go live|launch|release|cutover)|(?:in|on) (?:the )?ci|ci (?:runs?|builds?|pipelines?|jobs?)|test env(?:ironment)?s?|storybook|(?:dev|development|local) servers?)\b(?![^()]*\))/,
      note: 'Express\'s helmet() middleware set up: the probe reads the headers it sends from the response',
    },
    {
      // One header, or a few, named ("X-Content-Type-Options: nosniff", "`X_FRAME_OPTIONS = 'DENY'`", "CSP header set",
      // "Referrer-Policy configured", "Clickjacking protection"): the probe judges those only (its `headers` option).
      pattern: new RegExp(Object.values(HEADER_NAMED).map((re) => re.source).join('|')),
      // Reporting endpoints and report-only rollouts are operations, not the enforced header (report-only refused is the
      // enforced header: "CSP enabled (not report-only)"); reviews and audits are activities.
      unless: /(?<!\b(?:not|no|never|without|no longer) (?:in )?(?:a |the )?)\breport-only\b|\breport-(?:uri|to)\b|\bviolation reports?\b|\bmonitor(?:ed|ing)?\b|\b(?:review(?:s|ed|ing)?|audit(?:s|ed|ing)?|scan(?:s|ned|ning)?)\b|\bnot (?:required|needed|necessary)\b/,
      note: 'a promise about named security headers: the probe reads those from the response',
    },
  ],
  docs: {
    why: 'These headers turn whole classes of attacks (MIME sniffing, clickjacking, injected scripts, leaked URLs) into browser-enforced failures.',
    fix: "Send X-Content-Type-Options: nosniff, a CSP with frame-ancestors 'none' and script-src without unsafe-inline/eval, and Referrer-Policy: strict-origin-when-cross-origin.",
    details: [
      'Judged on the target\'s final response (same-host redirects followed); one finding per weak header.',
      '`X-Content-Type-Options` must be `nosniff`. Framing is blocked by CSP `frame-ancestors` without `*`/scheme',
      'wildcards, or, when no CSP sets frame-ancestors (browsers ignore X-Frame-Options when one does), by',
      '`X-Frame-Options: DENY|SAMEORIGIN` (`ALLOW-FROM` is obsolete); a frame-ancestors that allows any site is the one thing',
      'to fix then, and the finding says an `X-Frame-Options: DENY` sent beside it is ignored. The CSP (enforced header,',
      'not Report-Only, which blocks nothing: a page sending only that is told so; with several policies the strictest counts) must restrict scripts through `script-src` or',
      "`default-src` with no `'unsafe-inline'` (unless a valid nonce or hash makes browsers ignore it: an empty",
      "`'nonce-'` does not), no `'unsafe-eval'` and no source allowing any origin: `*`, `http:`, `https:`, `data:`",
      "or a `*` host such as `https://*` (unless `'strict-dynamic'` with a nonce/hash). `script-src-elem` (used for",
      "`<script>` elements) is judged the same way, and `script-src-attr` (inline event handlers) must not allow",
      "`'unsafe-inline'`, when the policy sets them. `frame-ancestors` with such a source does not block framing (an empty one, like `'none'`, does). `Referrer-Policy` may be",
      'a list; browsers use the last token they know, which must be one of no-referrer, same-origin, strict-origin,',
      'strict-origin-when-cross-origin; a missing header fails (the promise is an explicit policy). An HTML page\'s',
      '`<meta http-equiv="Content-Security-Policy">` counts for scripts as browsers enforce it (not for framing: browsers',
      'ignore frame-ancestors there), and its `<meta name="referrer">` as its Referrer-Policy (with the legacy keywords HTML maps there:',
      '`never` is no-referrer, `default` strict-origin-when-cross-origin, `always` unsafe-url). A 401, a',
      'login redirect or a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present; its error page is not the application\'s) is `error: protected`; a 502, 503 or 504 answer (a gateway whose application did not answer) is an `error` too, and so is a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`): its headers are the CDN\'s.',
      'Option `headers` judges some of them only (a checklist item naming one header, "X-Content-Type-Options: nosniff",',
      'binds with it): `x-content-type-options`, `x-frame-options` (framing protection: X-Frame-Options or CSP frame-ancestors),',
      '`content-security-policy` (scripts restricted), `referrer-policy`.',
    ].join(' '),
  },
  options: z.object({
    headers: z.array(z.enum(SECURITY_HEADERS)).min(1).default([...SECURITY_HEADERS]).describe('The headers judged: x-content-type-options, x-frame-options (framing protection, by it or CSP frame-ancestors), content-security-policy, referrer-policy'),
  }),
  needs: () => ({ main: true }),
  evaluate(obs, ctx) {
    const res = targetResponse(obs, ctx, true);
    if (!res) return;
    const url = res.url;
    const judged = new Set<string>(ctx.options.headers);
    const xcto = header(res, 'x-content-type-options');
    // Fetch ("determine nosniff"): browsers split the (comma-joined) header and use the first value only.
    const xctoValues = (xcto ?? '').split(',').map((v) => v.trim());
    if (!judged.has('x-content-type-options')) { /* not promised */ } else if (xctoValues[0]!.toLowerCase() !== 'nosniff') {
      ctx.report({ url, message: xcto ? `X-Content-Type-Options is '${clip(xcto, 40)}', not 'nosniff'` : `X-Content-Type-Options: nosniff is missing${errorPageHint(res)}; browsers may MIME-sniff responses into scripts` });
    } else if (xctoValues.length > 1) {
      ctx.report({ url, note: true, message: `X-Content-Type-Options is '${clip(xcto!, 40)}' (sent more than once, e.g. by a proxy and the application): browsers use the first value, nosniff; send it once` });
    }
    const headerPolicies = headerValues(res, 'content-security-policy').flatMap(parseCsp);
    // An HTML page may carry its policy in <meta http-equiv="Content-Security-Policy">: browsers enforce it,
    // except frame-ancestors (CSP3 §4.2: ignored in a meta element), so it restricts scripts but never framing.
    const meta = isHtml(res) ? metaTags(res.body) : [];
    // An HTML page cut at the collector's read limit (64 KiB) before its <head> ended (inline CSS or scripts first): a <meta>
    // policy later in the <head> was not read, so a missing one is said to be unseen, not asserted absent.
    const headCut = isHtml(res) && res.truncated === true && !/<\/head\s*>|<body\b/i.test(res.body)
      ? ` (the page was cut at the ${Math.max(1, Math.round(Buffer.byteLength(res.body) / 1024))} KiB read limit before its <head> ended, so a <meta> policy after that was not read: send it as a header, or move the <meta> element to the top of the <head>)` : '';
    const metaPolicies = meta.filter((m) => m['http-equiv']?.toLowerCase() === 'content-security-policy' && m.content !== undefined).flatMap((m) => parseCsp(m.content!));
    const policies = [...headerPolicies, ...metaPolicies];
    const ancestors = headerPolicies.map((p) => p.get('frame-ancestors')).filter((a): a is string[] => a !== undefined);
    // An empty source list matches nothing (CSP3): a bare `frame-ancestors` is `frame-ancestors 'none'`.
    const framingByCsp = ancestors.some((a) => !a.some(anySource));
    const xfoRaw = header(res, 'x-frame-options');
    const xfo = xfoRaw?.toLowerCase();
    // Browsers ignore X-Frame-Options when a CSP sets frame-ancestors (CSP3 §6.4.2).
    const framingByXfo = ancestors.length === 0 && xfo !== undefined && xfoBlocks(xfo);
    if (judged.has('x-frame-options') && !framingByCsp && !framingByXfo) {
      // Set in the page's <meta> elements, where browsers ignore both: said, or the finding reads as a false positive.
      const inMeta = [
        ...(metaPolicies.some((p) => p.has('frame-ancestors')) && !ancestors.length ? ['frame-ancestors'] : []),
        ...(meta.some((m) => m['http-equiv']?.toLowerCase() === 'x-frame-options') && !xfoRaw ? ['X-Frame-Options'] : []),
      ];
      const metaHint = inMeta.length ? `; browsers ignore ${inMeta.join(' and ')} in a <meta> element: send ${inMeta.length > 1 ? 'them as headers' : 'it as a header'}` : '';
      // A CSP that sets frame-ancestors makes browsers ignore X-Frame-Options: the fix is frame-ancestors alone (an
      // X-Frame-Options: DENY already sent, or added, does not help), and an X-Frame-Options that would block is said to be ignored.
      const xfoShown = xfoRaw ? `X-Frame-Options '${clip(xfoRaw, 40)}'${ancestors.length && xfoBlocks(xfo!) ? ', ignored by browsers while the CSP sets frame-ancestors' : ''}` : 'no X-Frame-Options';
      const fix = ancestors.length ? "set frame-ancestors 'none' (or the origins allowed to frame the site)" : "send frame-ancestors 'none' or X-Frame-Options: DENY";
      const none = !xfoRaw && !ancestors.length ? errorPageHint(res) : '';
      ctx.report({ url, message: `framing is not blocked (${xfoShown}, ${ancestors.length ? 'CSP frame-ancestors allows any site' : 'no CSP frame-ancestors'}${metaHint})${none}; ${fix}` });
    }
    if (!judged.has('content-security-policy')) { /* not promised */ } else if (!policies.length) {
      // A Report-Only policy only reports: said, or a team that rolled one out reads the finding as a missed header.
      const reportOnly = headerValues(res, 'content-security-policy-report-only').some((v) => v.trim() !== '');
      ctx.report({ url, message: reportOnly
        ? 'no Content-Security-Policy header: only Content-Security-Policy-Report-Only is sent, which reports violations and blocks nothing; send the policy as Content-Security-Policy too, restricting script-src'
        : `no Content-Security-Policy header${headCut || errorPageHint(res)}; add one that restricts script-src` });
    } else {
      const reasons = policies.map(weakScripts);
      if (reasons.every((r) => r !== undefined)) ctx.report({ url, message: `Content-Security-Policy${headerPolicies.length ? '' : ' (in a <meta> element)'} does not restrict scripts: ${reasons[0]}` });
    }
    // A <meta name="referrer"> sets the page's policy when no header does (a header and a meta element: the header's tokens come first).
    const metaReferrer = meta.filter((m) => m.name?.toLowerCase() === 'referrer' && m.content !== undefined).map((m) => m.content!).at(-1);
    const rpHeader = header(res, 'referrer-policy');
    const rp = [rpHeader, metaReferrer].filter((v) => v !== undefined).join(', ') || undefined;
    const split = (v: string | undefined) => (v ?? '').split(',').map((t) => t.trim().toLowerCase());
    const tokens = [...split(rpHeader), ...split(metaReferrer).map((t) => LEGACY_META_REFERRER[t] ?? t)].filter((t) => REFERRER_TOKENS.has(t));
    const last = tokens.at(-1);
    if (judged.has('referrer-policy') && (!last || !SAFE_REFERRER.has(last))) {
      // Why it is weak, as browsers read it: no token they know (the browser default applies), a policy that
      // sends the full URL to other sites, or one that sends the origin over plain HTTP too.
      const why = !rp ? '' : !last ? 'has no policy browsers know (a typo? the browser default applies)'
        : last === 'unsafe-url' || last === 'no-referrer-when-downgrade' ? 'sends full URLs to other sites'
        : last === 'origin-when-cross-origin' ? 'sends the origin to other sites, over plain HTTP too'
        : 'sends the origin to every site, over plain HTTP too';
      ctx.report({ url, message: rp ? `Referrer-Policy '${clip(rp, 60)}' ${why}; use strict-origin-when-cross-origin`
        // Sent empty (`add_header Referrer-Policy "" always`): no policy, the browser default applies.
        : rpHeader !== undefined || metaReferrer !== undefined ? 'Referrer-Policy is sent empty (no policy: the browser default applies); send strict-origin-when-cross-origin (or stricter)'
        : `Referrer-Policy is missing${headCut || errorPageHint(res)}; send strict-origin-when-cross-origin (or stricter)` });
    }
  },
});
