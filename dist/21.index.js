export const id = 21;
export const ids = [21];
export const modules = {

/***/ 52907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ quoteSource),
/* harmony export */   IX: () => (/* reexport safe */ _repo_json_js__WEBPACK_IMPORTED_MODULE_0__.IX),
/* harmony export */   Ip: () => (/* binding */ SESSION_COOKIE_WORDS),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   gd: () => (/* binding */ isRegExp),
/* harmony export */   q$: () => (/* binding */ containsAnyCase),
/* harmony export */   tq: () => (/* binding */ lowerText),
/* harmony export */   u8: () => (/* binding */ anchoredAlternation),
/* harmony export */   vJ: () => (/* binding */ withArticle),
/* harmony export */   yC: () => (/* binding */ decodeCharacterReferences)
/* harmony export */ });
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39580);
/**
 * The lowercase of a file's text, computed once per file: scanners that look for a word in any
 * case (`cookie`, `cors`) share it. `toLowerCase` plus `indexOf` is several times faster than a
 * case-insensitive regex over the text, and it never misses: a non-Unicode `/word/i` matches only
 * ASCII letters, whose lowercase is the word. (It may say yes where the regex says no, e.g. for
 * the Kelvin sign; callers use it as a gate before their exact patterns.)
 */
let lastText = null;
let lastLower = '';
function lowerText(text) {
    if (text !== lastText) {
        lastLower = text.toLowerCase();
        lastText = text;
    }
    return lastLower;
}
/**
 * Source text quoted in a finding message, on one line (messages are one line in every report):
 * whitespace runs (line breaks, indentation) become one space, the space just inside brackets and a
 * trailing comma before a closing bracket go (`[\n    "*",\n]` → `["*"]`), and text longer than
 * `max` characters is cut with `…`.
 */
function quoteSource(text, max = 60) {
    const one = text.trim().replace(/\s+/g, ' ').replace(/([[({]) /g, '$1').replace(/,? ?([\])}])/g, '$1');
    const chars = [...one];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : one;
}
/** Letters whose English name starts with a vowel sound (`an F`, `an S`): the article of an initialism read letter by letter. */
const VOWEL_NAMED_LETTER = /^[aefhilmnorsx]/i;
/** Words with vowels that are still read letter by letter (`an LDAP URL`). */
const SPELLED_WITH_VOWELS = /^(?:ldaps?|amqps?|nntp|imaps?|irc)$/i;
/**
 * `word` with its indefinite article, by how it sounds: `an amqp`, `an ssh` (read as letters: a word without vowels),
 * `an 8-bit`, `an 11-bit`, `a mysql+pymysql`, `a postgres`, `a unix`, `an unknown`, `a 2048-bit`. For names and
 * values a message builds in (URL schemes, key sizes), not for prose.
 */
function withArticle(word) {
    return `${vowelSound(word) ? 'an' : 'a'} ${word}`;
}
function vowelSound(word) {
    const w = word.trim().toLowerCase();
    // Numbers: eight…, eleven, eighteen (also 11,000 and 11000, read as "eleven thousand").
    if (/^\d/.test(w))
        return /^8/.test(w) || /^1[18](?:[, ]?\d{3})*(?!\d)/.test(w);
    // The first name-like part (`mysql` of `mysql+pymysql`, `s3` of `s3://`).
    const head = /^[a-z][a-z0-9]*/.exec(w)?.[0] ?? w;
    if (!head)
        return false;
    if (SPELLED_WITH_VOWELS.test(head) || !/[aeiouy]/.test(head.replace(/\d/g, '')))
        return VOWEL_NAMED_LETTER.test(head);
    if (/^(?:eu|one\b|once|uni|us[aeiu]|ur[aeiou]|ut[ei]|ub[ei])/.test(head))
        return false;
    if (/^(?:hour|honest|honou?r|heir)/.test(head))
        return true;
    return /^[aeiou]/.test(head);
}
/** `text` with every line break (and the whitespace around it) turned into one space: a name or value read from a file may hold one. */
function oneLine(text) {
    return /[\r\n\v\f\u2028\u2029]/.test(text) ? text.replace(/\s*[\r\n\v\f\u2028\u2029]\s*/g, ' ') : text;
}
/**
 * Text safe to print in a report: control characters (C0 but tab and newline, DEL, C1), which a server can put in
 * its headers and a repository in its files, and which a terminal would obey (0x9B is CSI), written as `\xNN`.
 */
function printable(text) {
    return /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text) ? text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, hexEscape) : text;
}
/**
 * A repository path as a report shows it: every control character — newline and tab too, which Git allows in
 * file names — written as `\xNN`, so a crafted name can neither break a report's lines nor drive a terminal.
 */
function printablePath(path) {
    return /[\x00-\x1f\x7f-\x9f]/.test(path) ? path.replace(/[\x00-\x1f\x7f-\x9f]/g, hexEscape) : path;
}
const hexEscape = (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
/** Whether `lower` contains `word`: every occurrence of the anchor is checked for the whole word around it. */
function includesWord(lower, w) {
    if (typeof w === 'string')
        return lower.includes(w);
    const offset = w.word.indexOf(w.anchor);
    if (offset < 0)
        return lower.includes(w.word);
    for (let i = lower.indexOf(w.anchor, offset), guard = 0; i !== -1 && guard <= lower.length; i = lower.indexOf(w.anchor, i + 1), guard++) {
        if (lower.startsWith(w.word, i - offset))
            return true;
    }
    return false;
}
/** Whether `text` contains one of `words` (lowercase) in any case. */
function containsAnyCase(text, ...words) {
    const lower = lowerText(text);
    return words.some((w) => includesWord(lower, w));
}
/** Whether `source` compiles as a case-insensitive regular expression (option validation). */
function isRegExp(source) {
    try {
        new RegExp(source, 'i');
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Words of session-like cookie names, as case-insensitive regular expressions: `sid` and `auth` only
 * as a word of the name (`connect.sid`, `auth_token`; not `sidebar_state`, `author_filter`), the rest
 * anywhere (`PHPSESSID`, `authToken`). The cookie-flags check and the cookie-security probe share them.
 */
const SESSION_COOKIE_WORDS = [
    'sess', '(?:^|[-_.])sid(?:$|[-_.])',
    // `auth` as a word, not `author…` (`author_filter`) unless it is `authoriz…`/`authoris…` (Cloudflare Access's `CF_Authorization`).
    '(?:^|[-_.])auth(?!or(?!i[sz]))',
    'token', 'jwt', 'remember', 'login', 'user_?id',
    // The login cookies of common frameworks and auth proxies whose names hold none of the words above: ASP.NET Core
    // Identity (`.AspNetCore.Identity.Application`), Keycloak (`KEYCLOAK_IDENTITY`), Yii (`_identity`); ASP.NET Core's
    // cookie authentication (`.AspNetCore.Cookies`) and classic forms authentication (`.ASPXAUTH`); oauth2-proxy
    // (`_oauth2_proxy`, split as `_oauth2_proxy_0`…); Pomerium (`_pomerium`); WordPress (`wordpress_<md5>`,
    // `wordpress_sec_<md5>`, `wordpress_logged_in_<md5>`; not `wordpress_test_cookie` or `wp-settings-1`).
    '(?:^|[-_.])identity(?:$|[-_.])', '^\\.aspnetcore\\.cookies$', 'aspxauth', '(?:^|[-_.])oauth2?_proxy', '^_pomerium$',
    '^wordpress_(?:sec_|logged_in_)?[0-9a-f]{32}$',
];

/**
 * How often each ASCII character occurs in source code, per 10,000 characters (measured over the
 * Python standard library, npm packages and YAML): the anchors below start at the rarest one.
 */
const CODE_CHAR_FREQUENCY = {
    '~': 1, '^': 1, Z: 2, '@': 3, Q: 3, '%': 4, X: 4, J: 4, Y: 4, '<': 5, W: 6, G: 7, '?': 8, V: 8, '`': 8, H: 8, '\t': 10,
    U: 10, z: 10, K: 10, 7: 10, 9: 11, '*': 12, B: 12, '|': 12, '!': 12, '+': 13, j: 13, 5: 13, 6: 14, '>': 14, 8: 14, '#': 14,
    '&': 15, $: 17, 4: 17, M: 18, O: 21, F: 21, D: 22, '\\': 22, 3: 22, '/': 23, q: 26, I: 27, L: 27, ']': 28, '[': 28, A: 29,
    C: 29, '-': 29, 2: 33, S: 33, T: 37, R: 41, k: 42, w: 43, N: 45, 1: 46, E: 46, v: 46, ';': 50, '}': 52, '{': 52, x: 54, 0: 55,
    P: 60, b: 71, y: 72, "'": 84, ':': 92, g: 97, h: 111, '=': 123, m: 128, _: 135, '"': 152, p: 168, ',': 172, f: 178, d: 178,
    '.': 179, u: 180, ')': 182, '(': 182, '\n': 194, c: 212, l: 270, i: 344, o: 345, n: 362, a: 376, r: 404, s: 441, t: 512, e: 735, ' ': 1848,
};
/** `s` as a literal inside a regular expression (`/` and `-` escaped too, for use in a class or a `/…/` source). */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/**
 * A regular expression source that matches wherever one of `needles` (literal strings) occurs,
 * each written to start at its rarest character: `environ` becomes `v(?<=env)iron`. A regex
 * searching for an alternation stops at every occurrence of each alternative's first character,
 * and `e`, `p` or `:` occur everywhere in code; `v`, `K` or `[` are several times rarer. A match
 * starts at the anchor, not at the needle: callers use the match to find its line, or to test.
 * When every needle is 6 characters or more the plain alternation is kept: V8 then skips through
 * the text with a Boyer-Moore table over the needles' characters, which the lookbehinds would
 * disable (measured over the bench monorepo: Python's 12 settings needles, `KEY` and `://` among
 * them, 330 → 70 ms anchored; the 6-to-11-character JavaScript ones 125 ms either way).
 */
function anchoredAlternation(needles) {
    const some = needles.filter((n) => n !== '');
    if (some.every((n) => n.length >= 6))
        return some.map(escapeRegExp).join('|');
    return some.map((n) => {
        let at = 0;
        for (let i = 1; i < n.length; i++)
            if ((CODE_CHAR_FREQUENCY[n[i]] ?? 0) < (CODE_CHAR_FREQUENCY[n[at]] ?? 0))
                at = i;
        return at === 0 ? escapeRegExp(n) : `${escapeRegExp(n[at])}(?<=${escapeRegExp(n.slice(0, at + 1))})${escapeRegExp(n.slice(at + 1))}`;
    }).join('|');
}
const CHARACTER_NAMES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/**
 * HTML character references decoded (`&amp;`, `&lt;`, `&#39;`, `&#x2014;`, `&AMP;`): what a Markdown title or an
 * HTML attribute value stands for. Unknown names and invalid code points stay as written.
 */
function decodeCharacterReferences(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,6}));/g, (m, dec, hex, name) => {
        if (name !== undefined)
            return CHARACTER_NAMES[name] ?? (/^(?:AMP|LT|GT|QUOT)$/.test(name) ? CHARACTER_NAMES[name.toLowerCase()] : m);
        const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    });
}


/***/ }),

/***/ 39580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   jv: () => (/* binding */ jsonParseProblem),
/* harmony export */   pX: () => (/* binding */ parseJsonc)
/* harmony export */ });
/* unused harmony export jsonErrorOffset */
/**
 * Where strict JSON text breaks, for a parse problem's location: V8's `JSON.parse` names the line and column of most errors
 * (`… in JSON at position 62 (line 5 column 3)`) but not of an unexpected token (`Unexpected token 's', "…" is not valid JSON`,
 * whose quoted excerpt of the text is no place for a value to be shown). Iterative (no recursion on deep nesting); bounded by the text.
 */
function jsonErrorOffset(s) {
    let i = 0;
    const stack = [];
    const ws = () => { while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r'))
        i++; };
    /** Reads a string at `i` (at its quote); false when it is not one. */
    const str = () => {
        if (s[i] !== '"')
            return false;
        i++;
        while (i < s.length) {
            const c = s.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c === 0x5c) {
                const e = s[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
                        i++;
                        return false;
                    }
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e)) {
                    i++;
                    return false;
                }
                i += 2;
                continue;
            }
            i++;
        }
        return false;
    };
    /** Whether the last value read opened a container (its first member, or its close, comes next). */
    let opened = false;
    /** Reads a scalar value or opens a container at `i`; false when nothing valid starts there. */
    const value = () => {
        ws();
        const c = s[i];
        opened = c === '{' || c === '[';
        if (opened) {
            stack.push(c);
            i++;
            return true;
        }
        if (c === '"')
            return str();
        const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
        if (num) {
            i += num[0].length;
            return true;
        }
        for (const lit of ['true', 'false', 'null'])
            if (s.startsWith(lit, i)) {
                i += lit.length;
                return true;
            }
        return false;
    };
    if (!value())
        return i;
    for (let guard = 0; guard <= s.length; guard++) {
        ws();
        const top = stack[stack.length - 1];
        if (top === undefined)
            return i < s.length ? i : -1;
        const close = top === '{' ? '}' : ']';
        if (s[i] === close) {
            stack.pop();
            i++;
            opened = false;
            continue;
        }
        if (!opened) {
            // After a member: `,` before the next (a trailing comma is an error at the close).
            if (s[i] !== ',')
                return i;
            i++;
            ws();
        }
        if (top === '{') {
            if (!str())
                return i;
            ws();
            if (s[i] !== ':')
                return i;
            i++;
        }
        if (!value())
            return i;
    }
    return i;
}
/** The 1-based line and column of an offset into a text (the one reckoning of the project: checks use it too). */
function lineColumnAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}
/**
 * Where and why `JSON.parse(body)` failed, from its error: V8 says where (`… in JSON at position 62 (line 5 column 3)`),
 * except for an unexpected token, whose message quotes the text around it instead (no place for a value): that excerpt
 * is dropped and the place found by reading the text.
 */
function jsonParseProblem(body, e) {
    const msg = (e?.message ?? String(e)).replace(/^(Unexpected token .{1,4}?),\s.*$/s, '$1').replace(/ (?:in|after) JSON at position \d+/, '');
    const at = /\s*\(line (\d+) column (\d+)\)/.exec(msg);
    const pos = at ? { line: Number(at[1]), column: Number(at[2]) } : lineColumnAt(body, Math.max(0, jsonErrorOffset(body)));
    return { ...pos, message: msg.replace(/\s*\(line \d+ column \d+\)/, '') };
}
/**
 * JSONC (deno.json/deno.jsonc, tsconfig-style): JSON with `//` and block comments and trailing commas. Comments and the
 * trailing commas before a `}` or `]` are dropped outside strings, then the text is parsed strictly; undefined when it is still not JSON.
 */
function parseJsonc(text) {
    const s = text.replace(/^\uFEFF/, '');
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '"') {
            let j = i + 1;
            while (j < s.length && s[j] !== '"' && s[j] !== '\n')
                j += s[j] === '\\' ? 2 : 1;
            out += s.slice(i, j + 1);
            i = j;
            continue;
        }
        if (c === '/' && s[i + 1] === '/') {
            const nl = s.indexOf('\n', i);
            i = (nl < 0 ? s.length : nl) - 1;
            continue;
        }
        if (c === '/' && s[i + 1] === '*') {
            const end = s.indexOf('*/', i + 2);
            i = (end < 0 ? s.length : end + 2) - 1;
            out += ' ';
            continue;
        }
        if (c === ',') {
            // A trailing comma: only whitespace and comments before the closing bracket.
            let j = i + 1;
            for (;;) {
                while (j < s.length && /\s/.test(s[j]))
                    j++;
                if (s.startsWith('//', j)) {
                    const nl = s.indexOf('\n', j);
                    j = nl < 0 ? s.length : nl;
                    continue;
                }
                if (s.startsWith('/*', j)) {
                    const end = s.indexOf('*/', j + 2);
                    j = end < 0 ? s.length : end + 2;
                    continue;
                }
                break;
            }
            if (s[j] === '}' || s[j] === ']')
                continue;
        }
        out += c;
    }
    try {
        return JSON.parse(out);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FULL_REPORT_AT: () => (/* binding */ FULL_REPORT_AT),
/* harmony export */   JOB_SUMMARY_BYTES: () => (/* binding */ JOB_SUMMARY_BYTES),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   cutText: () => (/* binding */ cutText),
/* harmony export */   esc: () => (/* binding */ esc),
/* harmony export */   escHtmlMarkdown: () => (/* binding */ escHtmlMarkdown),
/* harmony export */   renderFindingList: () => (/* binding */ renderFindingList),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderMarkdownFit: () => (/* binding */ renderMarkdownFit),
/* harmony export */   renderTitle: () => (/* binding */ renderTitle)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52907);


/** Default of {@link MarkdownOptions.fullReportAt}. */
const FULL_REPORT_AT = 'the JSON report';
/** Default job-summary budget: 1 MiB minus room for anything else the job writes. */
const JOB_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
/** Checklist warnings listed at most (each is also printed as a warning: a `::warning` in the action). */
const WARNINGS_SHOWN = 10;
const ICON = {
    pass: '✅', fail: '❌', error: '⚠️', skipped: '⏭️', pending: '⏳', attested: '☑️',
};
/** Plain-text title line with the verdict and counts (check-run title, ≤ 255 characters). */
function renderTitle(report) {
    const counts = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${s}`);
    const verdict = report.result === 'fail' ? 'Failed' : 'Passed';
    // Outside a pull request pending manual items are counted but do not gate: say so, or "Passed: 4
    // high" reads like a contradiction.
    const pending = report.context?.gatesManual === false ? report.items.filter((i) => i.status === 'pending').length : 0;
    const aside = pending ? `; ${pending} pending manual item${pending === 1 ? '' : 's'} not gating outside a pull request` : '';
    return `${verdict}: ${counts.length ? counts.join(', ') : 'no findings'} (fail-on: ${report.failOn}${aside})`.slice(0, 255);
}
const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * Characters that open Markdown inline markup in text: emphasis (`*`, `_`), strikethrough (`~`), links and images
 * (`[`, `]`), and `\` itself (a backslash in the text is a character, not an escape of the next one).
 */
const INLINE = /[\\*_~[\]]/g;
/**
 * A URL as GitHub autolinks it, left as typed (a backslash in it would become part of the link), up to a space or a
 * character that could open markup (those are escaped after it).
 */
const URL_RUN = /\b(?:https?:\/\/|www\.)[^\s<>[\]\\*]+/gi;
/** Plain text (no code span in it) for Markdown: HTML and inline markup escaped, URLs as typed. */
function escPlain(s) {
    const inline = (t) => escHtml(t).replace(INLINE, '\\$&');
    let out = '';
    let last = 0;
    for (const m of s.matchAll(URL_RUN)) {
        out += inline(s.slice(last, m.index)) + escHtml(m[0]);
        last = m.index + m[0].length;
    }
    return out + inline(s.slice(last));
}
/**
 * Text for Markdown, on one line, shown as typed: repository text (service, file and image names, keys, titles) in
 * messages cannot make a link, an image, emphasis or HTML. Outside code spans `&`, `<` and `>` are escaped as HTML and
 * `\ * _ ~ [ ]` with a backslash (a URL stays as typed, so GitHub still links it); a list or heading marker at the
 * start is escaped too. Code spans are kept (the product's own, as in `fix` texts: CommonMark shows a span's content
 * as typed, so `&lt;` there would read `&lt;`, and nothing in it is markup), found as {@link outsideCode} says.
 */
function esc(s) {
    const out = outsideCode((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(s), escPlain);
    // At the start of a list item's text (a checklist warning), `#`, `-`, `+` or `1.` would open a heading, a nested list
    // or a rule.
    return out.replace(/^(?:[#+-]|\d{1,9}(?=[.)]))/, (b) => (/^\d/.test(b) ? `${b}\\` : `\\${b}`));
}
/**
 * The product's own Markdown (a check's docs: `why`, `fix`, `details`, over several lines and paragraphs) with `&`,
 * `<` and `>` escaped outside code spans, as {@link esc} does: `https://<same host>` would be an HTML tag that GitHub
 * drops. Its Markdown (code spans, emphasis, links) is kept.
 */
function escHtmlMarkdown(s) {
    // A code span never crosses a paragraph break.
    return s.split(/(\n[ \t]*\n)/).map((p, i) => (i % 2 ? p : outsideCode(p, escHtml))).join('');
}
/**
 * `t` with `plain` applied to the text outside code spans. Code spans are found as CommonMark does: a run of N
 * backticks up to the next run of exactly N. A run with no partner is escaped (`` \` ``), so it cannot pair with a
 * backtick in the text around this one.
 */
function outsideCode(t, plain) {
    let out = '';
    let from = 0;
    let i = 0;
    while (i < t.length) {
        if (t[i] !== '`') {
            i++;
            continue;
        }
        let n = 1;
        while (t[i + n] === '`')
            n++;
        // The next run of exactly n backticks closes the span.
        const close = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
        close.lastIndex = i + n;
        const m = close.exec(t);
        out += plain(t.slice(from, i));
        if (m) {
            out += t.slice(i, m.index + n);
            i = from = m.index + n;
        }
        else {
            out += '\\`'.repeat(n);
            i = from = i + n;
        }
    }
    return out + plain(t.slice(from));
}
/**
 * `s` as a code span, shown as typed: fenced by a backtick run longer than any in `s` (and padded when `s` starts or
 * ends with a backtick, or with spaces on both sides, which CommonMark would strip), so no backtick of `s` closes it.
 */
function code(s) {
    const t = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(s);
    let n = 1;
    const runs = new Set((t.match(/`+/g) ?? []).map((r) => r.length));
    while (runs.has(n))
        n++;
    const fence = '`'.repeat(n);
    const pad = /^`|`$/.test(t) || (/^ .* $/.test(t) && t.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
function where(f, linkBase) {
    if (!f.file) {
        const url = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .urlNotInMessage */ .P_)(f);
        return url ? esc(url) : null;
    }
    const label = code(`${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printablePath */ .Vj)(f.file)}${f.line ? `:${f.line}` : ''}`);
    if (!linkBase)
        return label;
    // Each segment percent-encoded, and `(`, `)` too (encodeURIComponent keeps them): an unbalanced one ends the link.
    const href = `${linkBase}/${f.file.split('/').map((p) => encodeURIComponent(p).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')}${f.line ? `#L${f.line}` : ''}`;
    return `[${label}](${href})`;
}
function findingLine(f, linkBase) {
    const at = where(f, linkBase);
    const known = f.baseline ? ' _(known, in baseline)_' : '';
    const note = f.note ? ' _(note)_' : '';
    return `  - ${at ? `${at} ` : ''}**${f.severity}** ${esc(f.message)}${known}${note}${f.fix ? ` — _fix:_ ${esc(f.fix)}` : ''}`;
}
function itemLines(item, findings, report, limit, where, linkBase) {
    const shown = findings.filter((f) => !f.suppressed);
    const suppressed = findings.length - shown.length;
    const bits = [`${ICON[item.status]} **${esc(item.title)}**`, code(item.id), item.severity];
    let status = item.status;
    if (item.status === 'attested')
        status = `attested by ${item.attestedBy === 'checklist' ? 'the checklist' : `@${item.attestedBy ?? 'unknown'}`}`;
    // A box ticked in the team's Markdown file on a bound item: the check decided, the tick is shown (DESIGN).
    if (item.ticked)
        status += ' _(ticked in the checklist)_';
    if (item.reason)
        status += `: ${esc(item.reason)}`;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .itemBlocks */ .WO)(item, shown, report))
        status += ' — **blocks the merge**';
    // A passing item's reason may already say it (`pass: 1 finding suppressed by preflight-ignore`): once is enough.
    const said = item.reason?.includes('suppressed by preflight-ignore') ?? false;
    const lines = [`- ${bits.join(' · ')} — ${status}${suppressed && !said ? ` (${suppressed} suppressed)` : ''}`];
    for (const f of shown.slice(0, limit))
        lines.push(findingLine(f, linkBase(f)));
    if (shown.length > limit)
        lines.push(`  - …and ${shown.length - limit} more, not listed here (all are in ${where})`);
    return lines;
}
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** The text at one per-item limit, and whether it lists every finding. */
function render(report, opts, limit) {
    const where = opts.fullReportAt ?? FULL_REPORT_AT;
    const byItem = new Map();
    const orphans = [];
    const ids = new Set(report.items.map((i) => i.id));
    for (const f of report.findings) {
        if (f.item && ids.has(f.item))
            byItem.set(f.item, [...(byItem.get(f.item) ?? []), f]);
        else
            orphans.push(f);
    }
    const shownOrphans = orphans.filter((f) => !f.suppressed);
    const allListed = shownOrphans.length <= limit && [...byItem.values()].every((fs) => fs.filter((f) => !f.suppressed).length <= limit);
    // Say where the rest is only when this text does not list it.
    const listed = allListed ? 'all are listed below' : `the list below shows ${limit ? `up to ${limit} findings per item` : 'the items only'}; all are in ${where}`;
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    const icon = report.result === 'fail' ? '❌' : '✅';
    out.push(`## ${icon} Preflight ${report.result === 'fail' ? 'failed' : 'passed'} (fail-on: ${report.failOn})`, '');
    out.push(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `${report.counts[s]} ${s}`).join(' · '));
    const byStatus = new Map();
    for (const i of report.items)
        byStatus.set(i.status, (byStatus.get(i.status) ?? 0) + 1);
    const statusLine = [...byStatus].map(([s, n]) => `${n} ${s}`).join(', ');
    out.push('', `${report.items.length} item${report.items.length === 1 ? '' : 's'}${statusLine ? `: ${statusLine}` : ''}.`);
    const facts = [];
    if (report.checklist)
        facts.push(`Checklist: ${report.checklist.file ? code(report.checklist.file) : 'built-in preset'}`);
    if (report.target?.url)
        facts.push(`Target: ${esc(report.target.url)}`);
    if (report.context?.pullRequest)
        facts.push(`Pull request: #${report.context.pullRequest}`);
    else if (report.context?.event)
        facts.push(`Event: ${report.context.event}`);
    if (facts.length)
        out.push('', facts.join(' · '));
    const suppressed = report.findings.filter((f) => f.suppressed).length;
    const baseline = report.findings.filter((f) => f.baseline && !f.suppressed).length;
    const notes = [];
    if (suppressed)
        notes.push(`${suppressed} finding${suppressed === 1 ? '' : 's'} suppressed by \`preflight-ignore\``);
    if (baseline)
        notes.push(`${baseline} known from the baseline (reported, not gating)`);
    if (report.baselineFixed)
        notes.push(`${report.baselineFixed} baseline entr${report.baselineFixed === 1 ? 'y is' : 'ies are'} fixed — the baseline can shrink (\`preflight baseline\`)`);
    if (notes.length)
        out.push('', `${notes.join(' · ')}.`);
    if (opts.degraded)
        out.push('', `> [!NOTE]\n> ${esc(opts.degraded)}`);
    const capped = opts.annotationsOmitted ?? 0;
    const failed = opts.annotationsFailed ?? 0;
    if (capped + failed) {
        const why = [
            capped ? `${capped} beyond the 1,000 annotations a check run gets` : '',
            failed ? `${failed} could not be posted` : '',
        ].filter(Boolean).join(', ');
        out.push('', `${plural(capped + failed, 'finding was', 'findings were')} not annotated (${why}); ${listed}.`);
    }
    if (opts.notAnnotated)
        out.push('', `${plural(opts.notAnnotated, 'finding is', 'findings are')} on files this pull request does not change: not annotated; ${listed}.`);
    const warnings = opts.checklistWarnings ?? [];
    if (warnings.length) {
        out.push('', `### ⚠️ Checklist warnings (${warnings.length})`, '');
        const shownWarnings = warnings.slice(0, Math.min(WARNINGS_SHOWN, Math.max(limit, 3)));
        for (const w of shownWarnings) {
            const at = /^(.+?):(\d+)(?::\d+)?: /.exec(w);
            out.push(at ? `- ${code(`${at[1]}:${at[2]}`)}: ${esc(w.slice(at[0].length))}` : `- ${esc(w)}`);
        }
        if (warnings.length > shownWarnings.length)
            out.push(`- …and ${warnings.length - shownWarnings.length} more, each printed as a warning`);
    }
    const linkOf = (f) => (opts.linkBase && !opts.unlinked?.(f) ? opts.linkBase : undefined);
    const groups = new Map();
    for (const item of report.items) {
        const g = item.group?.length ? item.group.join(' › ') : '';
        groups.set(g, [...(groups.get(g) ?? []), item]);
    }
    for (const [g, items] of groups) {
        out.push('', `### ${g ? esc(g) : 'Checklist'}`, '');
        for (const item of items)
            out.push(...itemLines(item, byItem.get(item.id) ?? [], report, limit, where, linkOf));
    }
    if (shownOrphans.length) {
        out.push('', `### Other findings`, '');
        for (const f of shownOrphans.slice(0, limit))
            out.push(`${findingLine(f, linkOf(f)).slice(2)} ${code(f.check)}`);
        if (shownOrphans.length > limit)
            out.push(`- …and ${shownOrphans.length - limit} more, not listed here (all are in ${where})`);
    }
    const pending = report.items.filter((i) => i.status === 'pending');
    if (pending.length) {
        const gating = report.context?.gatesManual !== false;
        out.push('', `### ⏳ Sign-offs pending (${pending.length})`, '');
        out.push(gating
            ? 'Tick these lines in the pull request description to sign the items off (copy them as they are):'
            : 'These manual items are reported but do not gate outside pull requests. To sign them off in a pull request, tick these lines in its description:');
        out.push('', '```markdown', ...pending.map((i) => `- [ ] ${i.title.replace(/\r?\n/g, ' ')}`), '```');
    }
    const uncovered = report.checklist?.format === 'markdown' ? report.checklist.uncovered ?? [] : [];
    if (uncovered.length) {
        out.push('', `### Not covered by your checklist`, '');
        out.push(`These catalogue checks are bound to no item of ${report.checklist?.file ? code(report.checklist.file) : 'the checklist'}: ${uncovered.map(code).join(', ')}. Bind one with \`<!-- preflight: CHECK-ID -->\` on an item, or add an item for it.`);
    }
    out.push('');
    return { text: out.join('\n'), allListed };
}
const LIMITS = [Infinity, 100, 30, 10, 3, 1, 0];
/**
 * Renders the report as Markdown: title with counts, items grouped by the checklist's groups
 * (status, severity, what and where), pending manual items as copy-paste checkbox lines, catalogue
 * checks a Markdown checklist does not cover, suppressed/baseline counts. Fits the budget by listing
 * fewer findings per item, and as a last resort cuts the text with a note saying so.
 */
function renderMarkdown(report, opts = {}) {
    return renderMarkdownFit(report, opts).text;
}
/**
 * {@link renderMarkdown}, also saying whether the text is complete: every finding listed and
 * nothing cut (so another text may send its readers here for the full list).
 */
function renderMarkdownFit(report, opts = {}) {
    const maxBytes = opts.maxBytes ?? JOB_SUMMARY_BYTES;
    const maxChars = opts.maxChars ?? Infinity;
    const fits = (s) => s.length <= maxChars && Buffer.byteLength(s) <= maxBytes;
    let text = '';
    for (const limit of LIMITS) {
        const r = render(report, opts, limit);
        text = r.text;
        if (fits(text))
            return { text, complete: r.allListed };
    }
    // Too long even without findings (thousands of items): cut the item list, not the copy-paste sign-off lines.
    const at = text.indexOf('\n### ⏳ Sign-offs pending');
    if (at > 0) {
        const fence = text.indexOf('\n```\n', text.indexOf('```markdown', at) + 1);
        const whole = fence > 0 ? text.slice(at, fence + 5) : '';
        if (whole) {
            // The head (verdict, counts, the start of the item list) keeps at least a few thousand characters; the
            // sign-off lines get the rest, cut at a line (the fence closed, a note saying where the others are) when
            // there are more than fit.
            const budget = Math.min(maxChars, maxBytes);
            const headRoom = Math.min(4000, Math.floor(budget / 4));
            const tail = fits(whole) && whole.length <= budget - headRoom && Buffer.byteLength(whole) <= maxBytes - headRoom
                ? whole
                : cutText(whole, budget - headRoom, maxBytes - headRoom, opts.fullReportAt);
            const head = cutText(text.slice(0, at), budget - tail.length, maxBytes - Buffer.byteLength(tail), opts.fullReportAt);
            return { text: `${head.replace(/\n+$/, '\n')}${tail}`, complete: false };
        }
    }
    return { text: cutText(text, Math.min(maxChars, maxBytes), maxBytes, opts.fullReportAt), complete: false };
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * Cuts text to `maxChars` characters (and `maxBytes` UTF-8 bytes) with a note saying it was cut
 * and where the full report is (`fullReportAt`, never the text's own place). Cuts at a line
 * boundary (a copy-paste sign-off line is never left a fragment) and closes a fenced code block
 * the cut leaves open, so the note renders outside it.
 */
function cutText(text, maxChars, maxBytes = Infinity, fullReportAt = FULL_REPORT_AT) {
    if (text.length <= maxChars && Buffer.byteLength(text) <= maxBytes)
        return text;
    const note = `\n\n…(cut: the report is longer than GitHub accepts here; the full report is in ${fullReportAt})\n`;
    // Room for the note and for a closing fence as long as the longest one in the text.
    const longest = Math.max(3, ...[...text.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)].map((m) => m[1].length));
    const reserve = note.length + longest + 1;
    const reserveBytes = Buffer.byteLength(note) + longest + 1;
    let end = Math.max(0, Math.min(text.length, maxChars - reserve));
    if (Number.isFinite(maxBytes)) {
        const budget = Math.max(0, maxBytes - reserveBytes);
        // The longest prefix within the byte budget; a cut character decodes to U+FFFD: drop it.
        const byBytes = Buffer.from(text).subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
        end = Math.min(end, byBytes.length);
    }
    const nl = text.lastIndexOf('\n', end);
    if (nl > 0 && end < text.length)
        end = nl;
    else if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1] ?? ''))
        end--;
    let kept = text.slice(0, end);
    // A fence opens with ``` or ~~~ and closes with the same character, at least as long.
    let open = null;
    for (const line of kept.split('\n')) {
        const m = FENCE.exec(line);
        if (!m)
            continue;
        if (open === null)
            open = m[1];
        else if (m[1][0] === open[0] && m[1].length >= open.length && line.trim() === m[1])
            open = null;
    }
    if (open !== null)
        kept += `\n${open}`;
    return kept + note;
}
/**
 * The check run's `text`: every finding (the summary lists at most a few per item), most severe first, as
 * Markdown lines, cut to `maxChars` with a note saying where the rest is. Suppressed findings are left out.
 */
function renderFindingList(report, opts) {
    const rank = (f) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(f.severity);
    const shown = report.findings.filter((f) => !f.suppressed).sort((a, b) => rank(a) - rank(b));
    if (!shown.length)
        return '';
    const lines = [`## All ${shown.length} finding${shown.length === 1 ? '' : 's'}`, ''];
    for (const f of shown)
        lines.push(`${findingLine(f, opts.linkBase && !opts.unlinked?.(f) ? opts.linkBase : undefined).slice(2)} ${code(f.check)}`);
    return cutText(`${lines.join('\n')}\n`, opts.maxChars, Infinity, opts.fullReportAt);
}


/***/ })

};
