export const id = 404;
export const ids = [404];
export const modules = {

/***/ 40015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeDirs),
/* harmony export */   e: () => (/* binding */ writeBlocker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * `mkdir -p` for the parent folder of a file Preflight writes (`--output`, the action's `sarif`).
 * Node's own `fs.mkdirSync(dir, { recursive: true })` never returns when a parent cannot be
 * created although its own parent exists (`/proc/nope`: mkdir says ENOENT, the walk goes up,
 * finds `/proc`, comes back down, forever), so the walk is done here, bounded by the number of
 * path segments: find the nearest existing ancestor, then create each missing folder once, top
 * down. The first failure is thrown as is (ENOENT, EACCES, EROFS…); an ancestor that is a file is
 * ENOTDIR.
 */
function makeDirs(dir) {
    const missing = [];
    let cur = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    // Each step goes one segment up, so the loop ends at the root at the latest.
    for (;;) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(cur);
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOENT')
                throw e;
        }
        if (st) {
            if (!st.isDirectory())
                throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${cur}'`), { code: 'ENOTDIR', path: cur });
            break;
        }
        missing.push(cur);
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(cur);
        if (up === cur)
            break;
        cur = up;
    }
    for (const d of missing.reverse()) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(d);
        }
        catch (e) {
            // Someone else made it meanwhile: fine if it is a folder.
            if (e.code === 'EEXIST' && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(d).isDirectory())
                continue;
            throw e;
        }
    }
}
/**
 * Why a file could not be written at `file` (creating its missing folders as `makeDirs` does), found without writing
 * anything: an errno-style error (EISDIR, ENOTDIR, EACCES…) for `writeProblem`, or null when nothing stands in the
 * way that can be seen beforehand (the write itself may still fail: a full disk, a device).
 */
function writeBlocker(file) {
    const err = (code, at) => Object.assign(new Error(`${code}: ${at}`), { code, path: at });
    let cur = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file);
    for (;;) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(cur);
        }
        catch (e) {
            const code = e.code;
            // ENOTDIR: an ancestor is a file; the walk up finds it.
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                return e;
        }
        if (st) {
            if (cur === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)) {
                if (st.isDirectory())
                    return err('EISDIR', cur);
            }
            else if (!st.isDirectory())
                return err('ENOTDIR', cur);
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(cur, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            }
            catch (e) {
                return e;
            }
            return null;
        }
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(cur);
        if (up === cur)
            return null;
        cur = up;
    }
}


/***/ }),

/***/ 42037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ levenshtein),
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/** "Did you mean": the nearest of some names by edit distance (check ids, checklist keys, Dockerfile instructions). */
/** The candidate nearest to `name` (case counts for nothing: `HSTS` is nearest to `hsts`), or null when nothing is close. */
function nearestName(name, candidates) {
    let best = null;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = levenshtein(name.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}
function levenshtein(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}


/***/ }),

/***/ 39580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ blankJsonc),
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   fJ: () => (/* binding */ jsonTooDeep),
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


/***/ }),

/***/ 3390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ parseSeverityOverrides),
/* harmony export */   EQ: () => (/* binding */ HEADER_NAME),
/* harmony export */   Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
/* harmony export */   QG: () => (/* binding */ parseHeaders),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   ZI: () => (/* binding */ MAX_WAIT_SECONDS),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   kX: () => (/* binding */ headerValueProblem),
/* harmony export */   lu: () => (/* binding */ unsubstitutedProblem),
/* harmony export */   rd: () => (/* binding */ credentialless)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);

/**
 * Parsers for the settings both front doors take (CLI flags and action inputs), so the two
 * accept exactly the same values. Each throws a ConfigError whose message starts with `label`.
 */
const LEVELS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'none'];
const SETTINGS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'off'];
/** A gate threshold: a severity or `none` (case-insensitive). */
function parseFailOn(value, label) {
    const s = value.trim().toLowerCase();
    if (s === 'none' || (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeverity */ ._Z)(s))
        return s;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected ${LEVELS.join(', ')}`);
}
/** The largest per-request timeout and health wait, in seconds (the checklist's `probes.timeout` and `probes.wait` too). */
const MAX_TIMEOUT_SECONDS = 600;
const MAX_WAIT_SECONDS = 3600;
/** A number of seconds up to `max`; a timeout must be positive, a wait may be 0. */
function parseSeconds(value, label, positive, max) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (positive && n === 0)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected a ${positive ? 'positive ' : ''}number of seconds`);
    }
    if (n > max)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected at most ${max} seconds`);
    return n;
}
/** `ID=LEVEL` entries, each string possibly holding several separated by newlines or commas. */
function parseSeverityOverrides(list, label) {
    const out = {};
    for (const entry of list.flatMap((l) => l.split(/[\n,]/)).map((s) => s.trim()).filter(Boolean)) {
        const m = /^([A-Za-z0-9._-]+)\s*=\s*([A-Za-z]+)$/.exec(entry);
        const level = m?.[2].toLowerCase();
        if (!m || !SETTINGS.includes(level)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${entry}: expected ID=LEVEL with LEVEL one of ${SETTINGS.join(', ')}`);
        }
        out[m[1]] = level;
    }
    return out;
}
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * Why a header value cannot be sent, or undefined. RFC 9110 §5.5 allows no control character but
 * HTAB (CR/LF would split the request), and undici refuses anything above U+00FF: such a value
 * would make every request fail. The reason never echoes the value (it may be a secret).
 */
function headerValueProblem(value) {
    const bad = /[^\t\x20-\x7e\x80-\xff]/.exec(value)?.[0];
    if (bad === undefined)
        return undefined;
    const code = `U+${bad.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const what = bad === '\r' || bad === '\n' ? `a line break (CR/LF)` : bad.charCodeAt(0) < 0x20 || bad === '\x7f' ? `a control character (${code})` : `a character HTTP headers cannot carry (${code})`;
    return `the value contains ${what}`;
}
/**
 * The auth scheme an `Authorization` (`Proxy-Authorization`, `X-Serverless-Authorization`…) value consists of, with no
 * credential after it (`Authorization: Bearer ${{ secrets.X }}` where the secret is not available: `Bearer`), or undefined.
 * Such a value is empty in effect: sent, it only earns a 401; masked, it would hide a common word in every log line.
 */
function credentialless(name, value) {
    if (!/(?:^|-)authorization$/i.test(name))
        return undefined;
    return /^(?:bearer|basic|token|digest|negotiate|bot|jwt|apikey|api-key)$/i.exec(value.trim())?.[0];
}
/**
 * `Name: value` headers. The message never echoes the value: it may carry a secret. A header whose value is empty
 * (`X-Bypass: ${{ secrets.X }}` where the secret is not available, `--header "X-Bypass: $UNSET"`), or an
 * authorization header holding only its scheme (`Authorization: Bearer ${{ secrets.X }}`, see `credentialless`), is
 * not sent: `onEmpty` gets its name (and that scheme), for the caller to say so.
 */
function parseHeaders(list, label, onEmpty) {
    const out = {};
    for (const h of list) {
        if (!h.trim())
            continue;
        const i = h.indexOf(':');
        const name = i > 0 ? h.slice(0, i).trim() : '';
        if (!HEADER_NAME.test(name))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label}: expected "Name: value" (the value is not shown)`);
        const value = h.slice(i + 1).trim();
        if (!value) {
            onEmpty(name);
            continue;
        }
        const scheme = credentialless(name, value);
        if (scheme) {
            onEmpty(name, scheme);
            continue;
        }
        const problem = headerValueProblem(value);
        if (problem)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${name}: ${problem}, which cannot be sent in an HTTP header (the value is not shown)`);
        out[name] = value;
    }
    return out;
}
/**
 * Why a checklist's probe setting (`probes.url`, `probes.http-url`, a `probes.headers` value) would not be sent as
 * meant, said after its name, or undefined. Only `${PREFLIGHT_*}` variables are substituted, by design: a checklist a
 * pull request changes must not be able to send the runner's other secrets (GITHUB_TOKEN, cloud keys…) to a URL it
 * picks. Any other `${…}` would be sent as written (`Bearer ${{ secrets.TOKEN }}`, `${PREFLIGHT_TOKEN:-x}`): the
 * probes would authenticate with the literal text and report a protected site. Found where the checklist is read,
 * with its other mistakes, and checked again before anything is sent.
 */
function unsubstitutedProblem(value) {
    const m = /\$\{(?!PREFLIGHT_)([A-Za-z_][A-Za-z0-9_]*)\}/.exec(value);
    if (m)
        return `references \${${m[1]}}: only \${PREFLIGHT_*} variables are substituted (a checklist must not read the runner's other secrets): write \${PREFLIGHT_${m[1]}} and set PREFLIGHT_${m[1]} in the step's env`;
    const odd = /\$\{(?![A-Za-z_][A-Za-z0-9_]*\})(\{[^}]*\}?\}?|[^}]*\}?)/.exec(value);
    if (!odd)
        return undefined;
    const hint = odd[1].startsWith('{')
        ? `GitHub expressions are not evaluated in the checklist: write \${PREFLIGHT_NAME} and set PREFLIGHT_NAME: ${odd[0]} in the step's env`
        : 'expected ${PREFLIGHT_NAME} (no defaults, spaces or other shell forms: a variable that is not set skips the probes)';
    return `holds '${odd[0]}', which is not substituted: ${hint}`;
}


/***/ }),

/***/ 64170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readProblem),
/* harmony export */   P_: () => (/* binding */ urlNotInMessage),
/* harmony export */   WO: () => (/* binding */ itemBlocks),
/* harmony export */   YA: () => (/* binding */ MAX_CONFIG_ERRORS),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   bi: () => (/* binding */ writeProblem),
/* harmony export */   eL: () => (/* binding */ maxSeverity),
/* harmony export */   hj: () => (/* binding */ configErrorsInFileOrder),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   kV: () => (/* binding */ configErrors),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   w$: () => (/* binding */ inFileOrder),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Core data types shared by every part of Preflight. The JSON report (version 1) is a
 * serialisation of `Report`; fields marked "contract" are relied on by external tooling.
 */
/** Severities, most severe first. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const severityRank = (s) => SEVERITIES.indexOf(s);
/** True when `s` is at least as severe as the threshold. */
function atLeast(s, threshold) {
    if (threshold === 'none')
        return false;
    return severityRank(s) <= severityRank(threshold);
}
function isSeverity(v) {
    return typeof v === 'string' && SEVERITIES.includes(v);
}
function maxSeverity(list, fallback = 'info') {
    let best = fallback;
    let seen = false;
    for (const s of list)
        if (!seen || severityRank(s) < severityRank(best)) {
            best = s;
            seen = true;
        }
    return best;
}
/** A user-facing configuration or usage problem (exit 2). `where` is file:line:column. */
class ConfigError extends Error {
    where;
    constructor(message, where) {
        super(message);
        this.where = where;
        this.name = 'ConfigError';
    }
    /** Further errors found in the same pass (a checklist with several mistakes is reported whole, at most MAX_CONFIG_ERRORS). */
    more = [];
    /** Errors found beyond those. */
    omitted = 0;
    format() {
        if (!this.where)
            return this.message;
        const { file, line, column } = this.where;
        return `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${this.message}`;
    }
    /** This error and the ones found with it. */
    all() {
        return [this, ...this.more];
    }
}
/** At most this many configuration errors are reported from one pass over a checklist. */
const MAX_CONFIG_ERRORS = 10;
/**
 * One ConfigError for several found in one pass (in file order when located): the first, carrying the next ones
 * (at most MAX_CONFIG_ERRORS in all) and how many more there were. Undefined for none.
 */
function configErrors(errors) {
    if (!errors.length)
        return undefined;
    const flat = errors.flatMap((e) => e.all());
    const first = flat[0];
    const extra = errors.reduce((n, e) => n + e.omitted, 0);
    first.more = flat.slice(1, MAX_CONFIG_ERRORS);
    first.omitted = flat.length - Math.min(flat.length, MAX_CONFIG_ERRORS) + extra;
    return first;
}
/** Errors sorted by where they are written (a stable sort: unlocated ones keep their order, first). */
function inFileOrder(errors) {
    return [...errors].sort((a, b) => (a.where?.line ?? 0) - (b.where?.line ?? 0) || (a.where?.column ?? 0) - (b.where?.column ?? 0));
}
/** configErrors of every error given and the ones each carries, in file order (the counts of those left out kept). */
function configErrorsInFileOrder(errors) {
    const omitted = errors.reduce((n, e) => n + e.omitted, 0);
    const flat = errors.flatMap((e) => e.all());
    for (const e of flat) {
        e.more = [];
        e.omitted = 0;
    }
    const err = configErrors(inFileOrder(flat));
    if (err)
        err.omitted += omitted;
    return err;
}
const silentLogger = { info() { }, warn() { }, debug() { } };
/**
 * Whether an item holds the merge: an error, or a pending manual item when manual items gate, at
 * or above `fail-on`; otherwise one of its findings that gates (not a note, not suppressed, not
 * known from the baseline). The per-item view of the verdict the gate (src/gate/gate.ts)
 * computes; every reporter asks this.
 */
function itemBlocks(item, findings, report) {
    if (item.status === 'error')
        return atLeast(item.severity, report.failOn);
    if (item.status === 'pending')
        return report.context?.gatesManual !== false && atLeast(item.severity, report.failOn);
    return findings.some((f) => !f.note && !f.baseline && !f.suppressed && atLeast(f.severity, report.failOn));
}
/**
 * The URL a reporter shows beside a finding without a file, or null: a probe's message usually names its URL already
 * (`https://host/ sends no Strict-Transport-Security…`), and once is enough. Every reporter asks this.
 */
function urlNotInMessage(f) {
    return !f.file && f.url && !f.message.includes(f.url) ? f.url : null;
}
/** Why a file a user named could not be read, as the end of a sentence: `not found`, `is a directory (expected a file)`… */
function readProblem(e, expected = 'a file') {
    const code = e?.code;
    return code === 'EISDIR' ? `is a directory (expected ${expected})` : code === 'ENOTREG' ? `is not a regular file (a device, FIFO or socket; expected ${expected})` : code === 'EACCES' || code === 'EPERM' ? 'cannot be read: permission denied' : 'not found';
}
/** Why `file` could not be written (the report, the SARIF file), in words rather than an errno code. */
function writeProblem(e, file) {
    const err = e;
    switch (err?.code) {
        // mkdir -p over a file says EEXIST: what is wrong is that a parent is a file.
        case 'EEXIST':
        case 'ENOTDIR': return `a parent of ${file} is a file, not a directory`;
        case 'EISDIR': return 'it is a directory';
        // A folder on the way that cannot be made although its parent exists (`/proc/nope`).
        case 'ENOENT': return err.syscall === 'mkdir' && err.path ? `the folder ${err.path} cannot be created` : 'no such file or directory';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'ENOSPC': return 'no space left on the device';
        case 'EROFS': return 'read-only file system';
        default: return (err?.message ?? err?.code ?? String(e)).split('\n')[0];
    }
}


/***/ }),

/***/ 62595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile),
/* harmony export */   I: () => (/* binding */ textEncodingProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39580);


/**
 * Reads a file named on the command line or in the action's inputs (a checklist, a baseline, a CA file, a Markdown
 * file to import) as UTF-8. Only a regular file is read: a device or FIFO (`--checklist /dev/zero`) would never end,
 * so it fails with the code `ENOTREG`, which readProblem words. Other errors are Node's (ENOENT, EISDIR, EACCES).
 */
function readUserFile(abs) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs);
    if (!st.isFile() && !st.isDirectory())
        throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(abs, 'utf8');
}
/** UTF-16 text without a byte-order mark: a NUL every other byte from the start (LE `a\0b\0`, BE `\0a\0b`), not any binary. */
const UTF16_LIKE = /^(?:\uFFFD\uFFFD|\uFEFF)?(?:(?:[^\0]\0){2}|(?:\0[^\0]){2})/;
/**
 * Why text read as UTF-8 (bad bytes are U+FFFD) is not UTF-8 text, where, or undefined: UTF-16 (Windows editors'
 * "Unicode", PowerShell's `>`: a byte-order mark, a NUL every other byte), NUL bytes, or another encoding
 * (Windows-1252 `é`). `what` names the file in the message (`the checklist`, `the baseline`).
 */
function textEncodingProblem(text, what) {
    if (text.startsWith('\uFFFD\uFFFD'))
        return { message: `${what} starts with a UTF-16 byte-order mark: save it as UTF-8`, line: 1, column: 1 };
    const nul = text.indexOf('\0');
    if (nul >= 0)
        return { message: `${what} is not UTF-8 text (a NUL byte${UTF16_LIKE.test(text) ? '; it looks like UTF-16' : ''}): save it as UTF-8`, ...(0,_repo_json_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, nul) };
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return { message: `${what} is not UTF-8 text (a byte that is no UTF-8 character, as Windows-1252 or Latin-1 files have): save it as UTF-8`, ...(0,_repo_json_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, bad) };
    return undefined;
}


/***/ })

};
