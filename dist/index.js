import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 52907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ indexOfWord),
/* harmony export */   IU: () => (/* binding */ quoteSource),
/* harmony export */   IX: () => (/* reexport safe */ _repo_json_js__WEBPACK_IMPORTED_MODULE_0__.IX),
/* harmony export */   Ip: () => (/* binding */ SESSION_COOKIE_WORDS),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   gd: () => (/* binding */ isRegExp),
/* harmony export */   hc: () => (/* binding */ valueColumns),
/* harmony export */   oV: () => (/* binding */ containsWord),
/* harmony export */   q$: () => (/* binding */ containsAnyCase),
/* harmony export */   so: () => (/* binding */ valueStart),
/* harmony export */   tq: () => (/* binding */ lowerText),
/* harmony export */   u8: () => (/* binding */ anchoredAlternation),
/* harmony export */   vJ: () => (/* binding */ withArticle),
/* harmony export */   yC: () => (/* binding */ decodeCharacterReferences),
/* harmony export */   yU: () => (/* binding */ someOf)
/* harmony export */ });
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(39580);
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
 * trailing comma before a closing bracket go (`[\n    "*",\n]` \u2192 `["*"]`), and text longer than
 * `max` characters is cut with `\u2026`.
 */
function quoteSource(text, max = 60) {
    const one = text.trim().replace(/\s+/g, ' ').replace(/([[({]) /g, '$1').replace(/,? ?([\])}])/g, '$1');
    const chars = [...one];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}\u2026` : one;
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
    // Numbers: eight\u2026, eleven, eighteen (also 11,000 and 11000, read as "eleven thousand").
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
 * A repository path as a report shows it: every control character \u2014 newline and tab too, which Git allows in
 * file names \u2014 written as `\xNN`, so a crafted name can neither break a report's lines nor drive a terminal.
 */
function printablePath(path) {
    return /[\x00-\x1f\x7f-\x9f]/.test(path) ? path.replace(/[\x00-\x1f\x7f-\x9f]/g, hexEscape) : path;
}
const hexEscape = (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
/** Whether `lower` contains `word`. */
function includesWord(lower, w) {
    return typeof w === 'string' ? lower.includes(w) : indexOfWord(lower, w) !== -1;
}
/**
 * Where `word` first occurs in `text` at or after `from` (case-sensitive), -1 when nowhere: every occurrence of its anchor
 * is checked for the whole word around it.
 */
function indexOfWord(text, w, from = 0) {
    if (typeof w === 'string')
        return text.indexOf(w, from);
    const offset = w.word.indexOf(w.anchor);
    if (offset < 0)
        return text.indexOf(w.word, from);
    for (let i = text.indexOf(w.anchor, from + offset); i !== -1; i = text.indexOf(w.anchor, i + 1)) {
        if (text.startsWith(w.word, i - offset))
            return i - offset;
    }
    return -1;
}
/** Whether `text` contains `word` as written (case-sensitive), found by its anchor when it has one. */
function containsWord(text, word) {
    return includesWord(text, word);
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
    // `auth` as a word, not `author\u2026` (`author_filter`) unless it is `authoriz\u2026`/`authoris\u2026` (Cloudflare Access's `CF_Authorization`).
    '(?:^|[-_.])auth(?!or(?!i[sz]))',
    'token', 'jwt', 'remember', 'login', 'user_?id',
    // The login cookies of common frameworks and auth proxies whose names hold none of the words above: ASP.NET Core
    // Identity (`.AspNetCore.Identity.Application`), Keycloak (`KEYCLOAK_IDENTITY`), Yii (`_identity`); ASP.NET Core's
    // cookie authentication (`.AspNetCore.Cookies`) and classic forms authentication (`.ASPXAUTH`); oauth2-proxy
    // (`_oauth2_proxy`, split as `_oauth2_proxy_0`\u2026); Pomerium (`_pomerium`); WordPress (`wordpress_<md5>`,
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
/** `s` as a literal inside a regular expression (`/` and `-` escaped too, for use in a class or a `/\u2026/` source). */
/** The first `max` of `items` joined with commas, then `and N more` for the rest (`a, b, c and 4 more`). */
function someOf(items, max = 3) {
    return `${items.slice(0, max).join(', ')}${items.length > max ? ` and ${items.length - max} more` : ''}`;
}
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
 * them, 330 \u2192 70 ms anchored; the 6-to-11-character JavaScript ones 125 ms either way).
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
/**
 * Findings about a value reported at the value, not at the quote opening it. The readers of structured files locate a
 * YAML or JSON node where it starts, which for a quoted scalar is its opening quote (a Kubernetes env `value: "\u2026"`, an
 * appsettings `"Key": "\u2026"`, an ECS `{"name": \u2026, "value": "\u2026"}`, a compose `POSTGRES_PASSWORD: "postgres"`); every other
 * rule reports a value at its first character. A finding's column moves one on when it stands on a quote that opens its
 * value: the finding's secret follows the quote, or the quote follows a mapping's `:` or an `=` on its line. A quote
 * opening a key stays (a reader that reports a key, hardcoded-secret's JSON Secret `"password": \u2026`, steps past it itself), unless `scalars`: a check whose findings
 * each stand on one scalar, key or value (database-port-exposed's port mappings, `- "5432:5432"`, `ports: ["5432:5432"]`),
 * moves past any quote that opens one. An empty string (`""`) stays. Line numbers never change.
 * `text` gives a file's text as read (lines split as the readers split them: at LF, or at lone CRs in a file with no LF;
 * a leading BOM is no column). Each file's line starts are computed once.
 */
function valueColumns(text, { scalars = false } = {}) {
    const files = new Map();
    const linesOf = (file) => {
        if (files.has(file))
            return files.get(file);
        const t = text(file);
        let entry = null;
        if (t !== undefined) {
            const body = t.replace(/^\uFEFF/, '');
            const nl = body.includes('\n') ? '\n' : '\r';
            const starts = [0];
            for (let i = body.indexOf(nl); i !== -1; i = body.indexOf(nl, i + 1))
                starts.push(i + 1);
            entry = { text: body, starts };
        }
        files.set(file, entry);
        return entry;
    };
    return (f) => {
        if (!f.file || !f.line || !f.column)
            return f;
        const at = linesOf(f.file);
        const start = at?.starts[f.line - 1];
        if (!at || start === undefined)
            return f;
        const i = start + f.column - 1;
        const q = at.text[i];
        if (q !== '"' && q !== "'")
            return f;
        const end = at.starts[f.line] ?? at.text.length;
        if (i + 1 >= end || at.text[i + 1] === q)
            return f;
        if (scalars)
            return { ...f, column: f.column + 1 };
        let b = i - 1;
        while (b >= start && (at.text[b] === ' ' || at.text[b] === '\t'))
            b--;
        const opensValue = (f.secret !== undefined && f.secret.length > 0 && at.text.startsWith(f.secret.slice(0, 8), i + 1)) || (b >= start && (at.text[b] === ':' || at.text[b] === '='));
        return opensValue ? { ...f, column: f.column + 1 } : f;
    };
}
/**
 * Where a located value of `text` starts: past its opening `"` when a reader (HCL, JSON) placed a string at its quote, so that one
 * value located by two readers is one place. The line starts are worked out once per reader, on its first use.
 */
function valueStart(text) {
    let starts;
    return (at) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        const start = starts[at.line - 1];
        return start !== undefined && text[start + at.column - 1] === '"' ? { line: at.line, column: at.column + 1 } : at;
    };
}


/***/ }),

/***/ 10053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ LARGE_REPO_FILES),
/* harmony export */   cQ: () => (/* binding */ serveWorkerRole),
/* harmony export */   js: () => (/* binding */ SCAN_WORKER),
/* harmony export */   kQ: () => (/* binding */ ENGINE_WORKER),
/* harmony export */   xA: () => (/* binding */ workerEntry)
/* harmony export */ });
/* unused harmony export setWorkerEntry */
/**
 * Where worker threads start. The entry module (src/index.ts: dist/index.js, or lib/index.js)
 * registers its own file; the entry, started with `workerData[SCAN_WORKER]`, serves one
 * file pass (src/engine/scan-worker.ts), and with `workerData[ENGINE_WORKER]` one large scan
 * (src/engine/engine-thread.ts), instead of running the program. Without a registered
 * entry (the library imported by tests or other programs) passes run on the calling thread.
 */
const SCAN_WORKER = 'preflight-scan-worker';
/** workerData key of an engine thread (src/engine/engine-thread.ts). */
const ENGINE_WORKER = 'preflight-engine';
/** From this many files a scan is "large": an engine thread and worker threads pay for themselves. */
const LARGE_REPO_FILES = 4000;
let entry = null;
function setWorkerEntry(file) { entry = file; }
function workerEntry() { return entry; }
/**
 * Registers `file` (the running entry module) as where worker threads start and, on a worker
 * thread started with one of the roles above, serves that role. Returns whether it did (then the
 * entry must not run the program).
 */
async function serveWorkerRole(file) {
    setWorkerEntry(file);
    const { isMainThread, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 75919, 19));
    const role = isMainThread ? null : workerData;
    if (role?.[SCAN_WORKER]) {
        (await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(935), __nccwpck_require__.e(298), __nccwpck_require__.e(365), __nccwpck_require__.e(976), __nccwpck_require__.e(406), __nccwpck_require__.e(763), __nccwpck_require__.e(941), __nccwpck_require__.e(539), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76024))).serve();
        return true;
    }
    if (role?.[ENGINE_WORKER]) {
        await (await Promise.all(/* import() */[__nccwpck_require__.e(941), __nccwpck_require__.e(539), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69211))).serveEngine();
        return true;
    }
    return false;
}


/***/ }),

/***/ 75691:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(78877);
/* harmony import */ var _engine_workers_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(10053);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(52907);






/**
 * The one bundle entry (dist/index.js). Run by the Actions runner it is the action; imported by
 * the CLI's bin (dist/cli/index.js, from src/cli-bin.ts) it exports `cli`; started as a worker
 * thread it serves a file pass or a large scan.
 */
// Cache compiled code between runs (Node \u2265 22.1): most of a cold start is compiling the bundle.
node_module__WEBPACK_IMPORTED_MODULE_1__.enableCompileCache?.();
const self = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url);
/** How long the action's process may live on after main() has done its work (open sockets, timers). */
const EXIT_GRACE_MS = 1000;
/**
 * V8 settings of a Preflight process, the CLI's and the action's (not of a program that imports the library): a small
 * young generation on the main thread (below), and no
 * TurboFan. A scan is a few seconds of CPU on an engine thread and a scan worker, and they compile optimized code in
 * place (src/engine/engine-thread.ts): in so short a run TurboFan's compiles cost more than its code gives back (a
 * 40,000-file scan: ~2.3 \u2192 ~2.0 s of CPU; 117,000 files: ~5.6 \u2192 ~5.1 s), and they hold memory at the scan's peak \u2014
 * their compile zones in the threads' malloc arenas, and the compiler's own machine code, paged in from the node binary
 * (~5 MB resident). Maglev, the tier below, still optimizes the hot code. Set before anything is hot enough for
 * TurboFan (the listing of a large repository is), so that the compiler is never paged in; V8 reads it at each tier-up.
 */
function processFlags() {
    node_v8__WEBPACK_IMPORTED_MODULE_3__.setFlagsFromString('--no-turbofan');
    // The main thread's young generation capped at 1 MB semi-spaces (V8's default grows them to 16 MB): on a large repository
    // the main thread only lists the files and waits for the engine thread, yet its young generation stayed grown through the
    // scan's peak (the 39,013-file monorepo: 200\u2013204 \u2192 190\u2013196 MB peak RSS, the same CPU; a small repository's run the same).
    // The engine and scan threads set their own (resourceLimits).
    node_v8__WEBPACK_IMPORTED_MODULE_3__.setFlagsFromString('--max-semi-space-size=1');
}
/**
 * Runs the CLI on process.argv (the bin's whole job). Nothing escapes it: an error main() did not map to an exit status
 * (thrown before it runs, or around it) is the contract's exit 3 with a short message, never Node's stack trace and its
 * exit 1, which reads as "gate failed".
 */
async function cli() {
    try {
        processFlags();
        await (await Promise.all(/* import() */[__nccwpck_require__.e(539), __nccwpck_require__.e(414), __nccwpck_require__.e(357)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60357))).runCli();
    }
    catch (e) {
        const debug = process.argv.includes('--debug');
        process.stderr.write(`preflight: internal error: ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(e?.message ?? String(e))}\nThis is a bug in Preflight \u2014 please report it${debug ? '' : ' (run with --debug for the stack trace)'}.\n${debug && e?.stack ? `${e.stack}\n` : ''}`);
        process.exitCode = 3;
    }
}
if (!(await (0,_engine_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .serveWorkerRole */ .cQ)(self)) && isProcessEntry()) {
    // @actions/github builds its `context` when it loads: JSON.parse of the event file, which throws
    // out of the import on an empty or malformed file (and it prints a note when the file is
    // missing). Preflight reads the payload itself (src/action/inputs.ts) and never uses that
    // context, so the library loads without the variable.
    const eventPath = process.env.GITHUB_EVENT_PATH;
    delete process.env.GITHUB_EVENT_PATH;
    // It also makes its proxy agent for GITHUB_API_URL when it loads, and a value that is no URL (`ghe.example.com/api/v3`)
    // throws out of the import, before Preflight could say anything: the library loads without it, and main() reports the
    // value as a configuration error (src/action/inputs.ts, apiUrlProblem).
    const apiUrl = process.env.GITHUB_API_URL;
    if (apiUrl && !URL.canParse(apiUrl))
        delete process.env.GITHUB_API_URL;
    processFlags();
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(935), __nccwpck_require__.e(298), __nccwpck_require__.e(884), __nccwpck_require__.e(371), __nccwpck_require__.e(365), __nccwpck_require__.e(976), __nccwpck_require__.e(406), __nccwpck_require__.e(763), __nccwpck_require__.e(941), __nccwpck_require__.e(343), __nccwpck_require__.e(394), __nccwpck_require__.e(670), __nccwpck_require__.e(539), __nccwpck_require__.e(683), __nccwpck_require__.e(364), __nccwpck_require__.e(414), __nccwpck_require__.e(21), __nccwpck_require__.e(270), __nccwpck_require__.e(579), __nccwpck_require__.e(12)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15012));
    if (eventPath !== undefined)
        process.env.GITHUB_EVENT_PATH = eventPath;
    if (apiUrl !== undefined)
        process.env.GITHUB_API_URL = apiUrl;
    await main();
    // The verdict, outputs and summary are written: nothing the step does is left. A socket nobody waits for any more must
    // not hold the job (a proxy that accepted the CONNECT of a timed-out API request and never answers keeps undici's
    // tunnel open for minutes). Unref'd: a run whose event loop empties by itself ends as soon as it does.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
/** Whether this module is the script node was started with (the runner's `node dist/index.js`). */
function isProcessEntry() {
    const script = process.argv[1];
    if (!script)
        return false;
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(script) === node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(self);
    }
    catch {
        return false;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 39580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ jsonStringValue),
/* harmony export */   GW: () => (/* binding */ jsonRawOffset),
/* harmony export */   Gs: () => (/* binding */ blankJsonc),
/* harmony export */   Hg: () => (/* binding */ jsoncProblem),
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   fJ: () => (/* binding */ jsonTooDeep),
/* harmony export */   jK: () => (/* binding */ parseJsonNodes),
/* harmony export */   jv: () => (/* binding */ jsonParseProblem),
/* harmony export */   pX: () => (/* binding */ parseJsonc)
/* harmony export */ });
/* unused harmony export jsonErrorOffset */
/**
 * Where strict JSON text breaks, for a parse problem's location: V8's `JSON.parse` names the line and column of most errors
 * (`\u2026 in JSON at position 62 (line 5 column 3)`) but not of an unexpected token (`Unexpected token 's', "\u2026" is not valid JSON`,
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
/**
 * Where a JSON text first nests deeper than `max` levels of `[`/`{` (brackets inside strings aside), or null: a manifest
 * that deep is refused as the YAML reader refuses one (JSON.parse reads it, but no configuration nests so).
 */
function jsonTooDeep(s, max) {
    let depth = 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
            continue;
        }
        if (c === 0x22) {
            // A string, to its closing quote (escapes skipped).
            for (i++; i < s.length; i++) {
                const d = s.charCodeAt(i);
                if (d === 0x5c)
                    i++;
                else if (d === 0x22)
                    break;
                else if (d === 10) {
                    line++;
                    lineStart = i + 1;
                }
            }
            continue;
        }
        if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return { line, column: i - lineStart + 1 };
            continue;
        }
        if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return null;
}
/**
 * The 1-based line and column of an offset into a text (the one reckoning of the project: checks use it too): lines end
 * at `\n`. The first call on a text counts its way there; a second call on the same text indexes the line starts once,
 * so many findings in one file (a minified one-line bundle, thousands of lines) are located in O(log n) each, not by
 * counting from the start every time.
 */
function lineColumnAt(text, offset) {
    if (text !== indexed.text) {
        indexed.text = text;
        indexed.starts = null;
        indexed.calls = 0;
    }
    if (indexed.starts === null && indexed.calls++ === 0) {
        let line = 1;
        for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
            line++;
        return { line, column: offset - (offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1) };
    }
    if (indexed.starts === null) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        indexed.starts = starts;
    }
    const starts = indexed.starts;
    // The last line start at or before the offset (a line starts after its `\n`, so a `\n` at the offset is still this line's).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** The text lineColumnAt was last asked about, and its line starts once asked twice. */
const indexed = { text: null, starts: null, calls: 0 };
/**
 * Where and why `JSON.parse(body)` failed, from its error: V8 says where (`\u2026 in JSON at position 62 (line 5 column 3)`),
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
 * Why a JSONC text (ASP.NET Core's appsettings, read as .NET's JSON configuration reads it: comments and trailing commas allowed)
 * is not JSON, with the JSON parser's message and place (jsonParseProblem; lines and columns the file's), or null when it is. The
 * one reading of such files: the snapshot's parse problem and the checks that read them without the snapshot agree.
 */
function jsoncProblem(text) {
    const body = blankJsonc(text.replace(/^\uFEFF/, ''));
    try {
        JSON.parse(body);
        return null;
    }
    catch (e) {
        return jsonParseProblem(body, e);
    }
}
/**
 * JSONC (deno.json/deno.jsonc, tsconfig-style, ASP.NET Core's appsettings): JSON with `//` and block comments and trailing
 * commas. Comments and the trailing commas before a `}` or `]` are dropped outside strings, then the text is parsed strictly;
 * undefined when it is still not JSON.
 */
function parseJsonc(text) {
    try {
        return JSON.parse(blankJsonc(text.replace(/^\uFEFF/, '')));
    }
    catch {
        return undefined;
    }
}
/**
 * A JSONC text with its comments and trailing commas (outside strings) turned into spaces, line breaks kept: plain JSON
 * whose lines and columns are the file's (for a reader that gives positions, such as the YAML one).
 */
function blankJsonc(s) {
    let out = '';
    const blank = (from, to) => s.slice(from, to).replace(/[^\r\n]/g, ' ');
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
            const stop = nl < 0 ? s.length : nl;
            out += blank(i, stop);
            i = stop - 1;
            continue;
        }
        if (c === '/' && s[i + 1] === '*') {
            const end = s.indexOf('*/', i + 2);
            const stop = end < 0 ? s.length : end + 2;
            out += blank(i, stop);
            i = stop - 1;
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
            if (s[j] === '}' || s[j] === ']') {
                out += ' ';
                continue;
            }
        }
        out += c;
    }
    return out;
}
/** A JSON literal other than a string: a number, `true`, `false`, `null` (and Python's `NaN`, `Infinity`, which `json.dump` writes). */
const JSON_LITERAL = /-?[0-9a-zA-Z.+-]+/y;
/** The deepest nesting parseJsonNodes reads. */
const JSON_NODES_MAX_DEPTH = 100;
/**
 * A JSON text read with the place of each value, whatever its layout (pretty-printed, or compact on one line): for readers
 * that report at a value (a notebook's cells, a Terraform state's outputs and attributes). Pass the text without its
 * byte-order mark; offsets are into the text given. Lenient where writers are (a literal is any run of word characters:
 * Python's `NaN`), strict where positions depend on it (a string holds no raw line break). Null when it is no JSON, or
 * nests deeper than 100 levels. Iterative over members, recursive over nesting (bounded by that depth).
 */
function parseJsonNodes(body) {
    let i = 0;
    const ws = () => { while (i < body.length && (body[i] === ' ' || body[i] === '\n' || body[i] === '\r' || body[i] === '\t'))
        i++; };
    const str = () => {
        const start = i++;
        while (i < body.length && body[i] !== '"') {
            if (body[i] === '\n')
                return null;
            i += body[i] === '\\' ? 2 : 1;
        }
        if (i >= body.length)
            return null;
        i++;
        return { t: 's', raw: body.slice(start + 1, i - 1), at: start + 1, start, end: i };
    };
    const value = (depth) => {
        if (depth > JSON_NODES_MAX_DEPTH)
            return null;
        ws();
        const start = i;
        const c = body[i];
        if (c === '"')
            return str();
        if (c === '{' || c === '[') {
            i++;
            const keys = new Map();
            const items = [];
            ws();
            const close = c === '{' ? '}' : ']';
            if (body[i] !== close) {
                for (;;) {
                    ws();
                    let key = '';
                    if (c === '{') {
                        if (body[i] !== '"')
                            return null;
                        const k = str();
                        if (!k)
                            return null;
                        try {
                            key = JSON.parse(`"${k.raw}"`);
                        }
                        catch {
                            return null;
                        }
                        ws();
                        if (body[i++] !== ':')
                            return null;
                    }
                    const v = value(depth + 1);
                    if (!v)
                        return null;
                    if (c === '{')
                        keys.set(key, v);
                    else
                        items.push(v);
                    ws();
                    if (body[i] === ',') {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            if (body[i++] !== close)
                return null;
            return c === '{' ? { t: 'o', keys, start, end: i } : { t: 'a', items, start, end: i };
        }
        JSON_LITERAL.lastIndex = i;
        if (!JSON_LITERAL.test(body))
            return null;
        i = JSON_LITERAL.lastIndex;
        return { t: 'x', start, end: i };
    };
    const root = value(0);
    ws();
    return root && i === body.length ? root : null;
}
/** A string node's text, its escapes decoded (`"code"`), or undefined (no string, or an escape that is no JSON). */
function jsonStringValue(n) {
    if (n?.t !== 's')
        return undefined;
    try {
        return JSON.parse(`"${n.raw}"`);
    }
    catch {
        return undefined;
    }
}
/**
 * The offset in a JSON string's raw text (`a\tb\u00e9`) of offset `index` of its decoded text; counted from raw offset `from`
 * (where a decoded character starts) when given: `index` characters further on.
 */
function jsonRawOffset(raw, index, from = 0) {
    let i = from;
    for (let n = 0; n < index && i < raw.length; n++)
        i += raw[i] !== '\\' ? 1 : raw[i + 1] === 'u' ? 6 : 2;
    return i;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(75691);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__cli = __webpack_exports__.x;
/******/ export { __webpack_exports__cli as cli };
/******/ 
