export const id = 148;
export const ids = [148];
export const modules = {

/***/ 1148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ lineHash),
/* harmony export */   jz: () => (/* binding */ legacyKey),
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   toBaseline: () => (/* binding */ toBaseline)
/* harmony export */ });
/* unused harmony export BASELINE_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _repo_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52365);
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39580);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62595);






/**
 * Version 2 fingerprints a finding by what its check judged when the check names it (the Dockerfile stage, the image
 * repository, the compose service and port: `RawFinding.subject`, without the line numbers it may name), version 1 by
 * its line's text. A version 1 file (written before) keeps working: its entries are matched by the line form, as they
 * were written; so does a version 2 file an earlier release wrote (a subject with its line numbers, the line form of a
 * committed .env or Django's DEBUG before they had a subject: `aliases` in src/gate/gate.ts). Entries also say where
 * their finding was (`line`, `lineHash`), a tie-breaker only; earlier releases read such files and ignore both.
 */
const BASELINE_VERSION = 2;
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(2)]),
    tool: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('preflight').optional(),
    findings: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ check: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), file: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable().optional(), fingerprint: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(), line: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive().optional(), lineHash: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional() })),
});
/**
 * The key under which a version 1 entry is found by what it says (`Baseline.legacy`): check, file and message, with
 * the tags and digests of image references left out (`base image python:3.11` and `python:3.11.9` after a Renovate
 * bump say the same about the stage; the subject fingerprints of version 2 leave out the whole line).
 */
const legacyKey = (check, file, message) => `${check}\0${file ?? ''}\0${message.replace(/(?<=[\w./-]):\w[\w.-]{0,127}(?:@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64}/g, '')}`;
/** What a baseline entry's `lineHash` holds: a hash of the line's text, whitespace collapsed (as fingerprints read lines). */
const lineHash = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`line\0${text.trim().replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16);
/**
 * A baseline: today's findings by fingerprint, so adoption can start without fixing everything. Each entry also says
 * where its finding was (`line`, and `lineHash` when `hashOf` knows the line's: `RunResult.lineHashes`): never part of its identity, only which
 * of several findings sharing a fingerprint is the one recorded (a known secret pasted again above its line).
 */
function toBaseline(report, hashOf) {
    const findings = report.findings
        .filter((f) => !f.note && !f.suppressed && f.fingerprint && (f.item !== null || f.check === 'parse-error'))
        .map((f) => {
        const hash = f.file && f.line ? hashOf?.(f.file, f.line) : undefined;
        return { check: f.check, file: f.file, fingerprint: f.fingerprint, message: f.message, ...(f.line ? { line: f.line } : {}), ...(hash !== undefined ? { lineHash: hash } : {}) };
    });
    return `${JSON.stringify({ version: BASELINE_VERSION, tool: 'preflight', findings }, null, 2)}\n`;
}
/** Where a schema issue is in the baseline's JSON (its nearest existing ancestor when the key is missing): file:line:column. */
function issueAt(text, path) {
    const doc = (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlPrecise */ .ie)('baseline', text).docs[0];
    let p = path.filter((k) => typeof k !== 'symbol');
    let pos = doc?.loc(p) ?? null;
    while (!pos && p.length) {
        p = p.slice(0, -1);
        pos = doc?.loc(p) ?? null;
    }
    return pos ?? { line: 1, column: 1 };
}
/** Reads a baseline file: its version, fingerprint → count, and (version 1) the old line-text keys. */
function readBaseline(abs, shown) {
    let text;
    try {
        text = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E)(abs);
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline ${shown} ${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .readProblem */ .K)(e)}`, { file: shown });
    }
    return parseBaseline(text, shown);
}
/** A baseline's text (read from disk, or from the base commit on pull_request_target), as {@link readBaseline} reads it. */
function parseBaseline(text, shown) {
    let data;
    const body = text.replace(/^\uFEFF/, '');
    try {
        data = JSON.parse(body);
    }
    catch (e) {
        // Where, also for an unexpected token (whose V8 message names no place): the reading snapshot.json does.
        const { message, ...pos } = (0,_repo_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonParseProblem */ .jv)(body, e);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline is not valid JSON: ${message}`, { file: shown, ...pos });
    }
    const res = baselineSchema.safeParse(data);
    if (!res.success) {
        // The files people pass by mistake: the JSON report and the SARIF log hold findings too.
        const o = data && typeof data === 'object' && !Array.isArray(data) ? data : null;
        const what = o && typeof o['tool'] === 'object' && 'result' in o ? 'a Preflight JSON report, not a baseline'
            : o && typeof o['$schema'] === 'string' && /sarif/i.test(o['$schema']) || (o && Array.isArray(o['runs'])) ? 'a SARIF log, not a baseline'
                : `not a Preflight baseline: ${res.error.issues[0].path.join('.') || 'the file'}: ${res.error.issues[0].message}`;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${what}: expected the file \`preflight baseline --output FILE\` writes ({"version": ${BASELINE_VERSION}, "findings": [{"check", "fingerprint", …}]})`, { file: shown, ...(what.startsWith('not a Preflight baseline') ? issueAt(text, res.error.issues[0].path) : { line: 1, column: 1 }) });
    }
    const counts = new Map();
    for (const f of res.data.findings)
        counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
    const entries = res.data.findings.map((f) => ({ fingerprint: f.fingerprint, check: f.check, file: f.file ?? null, ...(f.line ? { line: f.line } : {}), ...(f.lineHash ? { lineHash: f.lineHash } : {}) }));
    if (res.data.version === 2)
        return { version: 2, counts, entries, file: shown };
    const legacy = new Map();
    for (const f of res.data.findings) {
        if (f.message === undefined)
            continue;
        const k = legacyKey(f.check, f.file, f.message);
        legacy.set(k, [...(legacy.get(k) ?? []), f.fingerprint]);
    }
    return { version: 1, counts, legacy, entries, file: shown };
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


/***/ })

};
