export const id = 918;
export const ids = [918,865,258];
export const modules = {

/***/ 78890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normaliseTitle: () => (/* binding */ normaliseTitle)
/* harmony export */ });
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52907);
/** Titles compared the way people write them: markup, case and spacing do not count. */

/**
 * Normalises a title, an id or a checkbox text for comparison: character references are decoded
 * (`R&amp;D` as the Markdown parser reads it: `R&D`), HTML comments and tags, link and
 * image syntax, code spans, backslash escapes, emphasis and strikethrough markers are removed;
 * Unicode is NFKC-normalised; a control character that is no white space is read as its `\xNN` spelling (as reports
 * show it); case is folded, and \u0451 read as \u0435; runs of white space collapse to one space.
 * Word-internal underscores (`SESSION_COOKIE_SECURE`) are kept. `keepQuoted`: a marker that is all a pair of quotes holds
 * (`allow_origins=["*"]`) is kept too, for showing the words a phrase rule matched as the item has them (the rules read
 * the text without it).
 */
function normaliseTitle(text, keepQuoted = false) {
    return (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCharacterReferences */ .yC)(text)
        .normalize('NFKC')
        // A control character that is no white space (a YAML title's `\e`, `\a`) as the summaries show it, `\x1b`: a tick of
        // the line they give signs the item off.
        .replace(/[\x00-\x08\x0e-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
        .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
        // Link text holds no `[` (a run of thousands of `[` would be scanned to the end from each one: quadratic).
        .replace(/!?\[([^[\]]*)\]\([^)]*\)/g, '$1')
        .replace(/!?\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
        // Escapes go first: the Markdown parser has already resolved them in a checklist title.
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/`+/g, '')
        .replace(/\*\*|__|~~/g, '')
        // An opening marker touches the word it emphasises; a lone `*` ("no `*`", "(no *)") is text.
        .replace(/(^|[\s([{"'])[*_~]+(?=[\p{L}\p{N}[(`'"])/gu, (run, lead, at, s) => (keepQuoted && quoted(s, at + lead.length, run.length - lead.length) ? run : lead))
        // A `*` after `=` is a value (`CORS_ORIGINS=*`), not a closing marker.
        .replace(/(?<=[^\s=])[*_~]+(?=$|[\s)\]}"'.,:;!?])/g, (run, at, s) => (keepQuoted && quoted(s, at, run.length) ? run : ''))
        .toLowerCase()
        // Russian writes \u0451 as \u0435 as often as not (most keyboards): "\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d" is "\u043e\u0431\u043d\u043e\u0432\u043b\u0451\u043d".
        .replace(/\u0451/g, '\u0435')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Whether the marker run at `at` (of `length` characters) is all that a pair of quotes holds: `"*"`, `'*'`. */
function quoted(s, at, length) {
    const before = s[at - 1];
    return (before === '"' || before === "'") && s[at + length] === before;
}


/***/ }),

/***/ 1148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ folderRelativeMessage),
/* harmony export */   Hw: () => (/* binding */ lineHash),
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   Sk: () => (/* binding */ saysNoAnswer),
/* harmony export */   V0: () => (/* binding */ namesPathBelow),
/* harmony export */   Wr: () => (/* binding */ notRunMessage),
/* harmony export */   bw: () => (/* binding */ fixedEntriesList),
/* harmony export */   jz: () => (/* binding */ legacyKey),
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   saysNotRun: () => (/* binding */ saysNotRun),
/* harmony export */   toBaseline: () => (/* binding */ toBaseline)
/* harmony export */ });
/* unused harmony export BASELINE_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9691);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _repo_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52365);
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39580);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62595);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52907);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44842);
/* harmony import */ var _checklist_issue_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58343);









/**
 * Version 2 fingerprints a finding by what its check judged when the check names it (the Dockerfile stage, the image
 * repository, the compose service and port: `RawFinding.subject`, without the line numbers it may name), version 1 by
 * its line's text. A version 1 file (written before) keeps working: its entries are matched by the line form, as they
 * were written; so does a version 2 file an earlier release wrote (a subject with its line numbers, the line form of a
 * committed .env or Django's DEBUG before they had a subject: `aliases` in src/gate/gate.ts). Entries also say where
 * their finding was (`line`, `lineHash`), a tie-breaker only; earlier releases read such files and ignore both.
 */
const BASELINE_VERSION = 2;
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(2)]),
    tool: zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz('preflight').optional(),
    findings: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({ check: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().nullable().optional(), fingerprint: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional(), line: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().positive().optional(), lineHash: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional() })),
});
/**
 * The key under which a version 1 entry is found by what it says (`Baseline.legacy`): check, file and message, with
 * the tags and digests of image references left out (`base image python:3.11` and `python:3.11.9` after a Renovate
 * bump say the same about the stage; the subject fingerprints of version 2 leave out the whole line).
 */
const legacyKey = (check, file, message) => `${check}\0${file ?? ''}\0${message.replace(/(?<=[\w./-]):\w[\w.-]{0,127}(?:@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64}/g, '')}`;
/** A path-like token starting with `base/` (not the tail of a longer path): where a message names a path below the folder. */
const pathsBelow = (base) => new RegExp(`(?<![\\w./-])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?=[^\\s'"\`,;)])`, 'g');
/**
 * A repository-wide finding's message (one without a file: no `.gitignore` at all) as a run over the whole repository
 * words it: the paths below the scanned folder `base` named relative to that folder (`'services/web/.env'` \u2192 `'.env'`).
 * A sub-folder's run knows such a finding by this form too, so a baseline recorded at the root knows the same problem.
 */
function folderRelativeMessage(message, base) {
    return base ? message.replace(pathsBelow(base), '') : message;
}
/** Whether a message names a path below the folder `base` (a repository-wide finding recorded for that folder's paths). */
function namesPathBelow(message, base) {
    return !!base && pathsBelow(base).test(message);
}
/**
 * A baseline entry as a note names it: its check and where its finding was (`file:line`), else the start of its
 * fingerprint (a repository-wide or probe finding has no file).
 */
function describeEntry(e) {
    // As the baseline file has them (it is the repository's): control characters written as `\xNN`, as report paths are.
    const check = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printablePath */ .Vj)(e.check);
    return e.file ? `${check} at ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printablePath */ .Vj)(e.file)}${e.line ? `:${e.line}` : ''}` : `${check} with fingerprint ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printablePath */ .Vj)(e.fingerprint.slice(0, 8))}`;
}
/** The fixed entries a note names at most; the rest are counted. */
const FIXED_NAMED = 5;
/** The fixed entries as the "baseline entries are fixed" note lists them (`describeEntry`), the first few named. */
function fixedEntriesList(names) {
    const shown = names.slice(0, FIXED_NAMED).join('; ');
    return names.length > FIXED_NAMED ? `${shown}; and ${names.length - FIXED_NAMED} more` : shown;
}
/** What a baseline entry's `lineHash` holds: a hash of the line's text, whitespace collapsed (as fingerprints read lines). */
const lineHash = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`line\0${text.trim().replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16);
/**
 * A finding that says the deployment did not answer (health-endpoint's "health endpoint /healthz did not answer:
 * connection refused by \u2026", "\u2026 redirects to \u2026, which did not answer: timed out \u2026"): an outage, not a finding to adopt.
 * A baseline never records one, and one an earlier release recorded is never known by it: an unreachable production
 * URL blocks the merge (DESIGN). A finding that only mentions a hop that did not answer, in passing, about another
 * problem ("redirects to http://\u2026, leaving HTTPS for plain HTTP (which did not answer: \u2026)") is that problem. So is the
 * finding of a failing item's part that could not run (`notRunMessage`).
 */
function saysNoAnswer(f) {
    return !f.file && f.message !== undefined && (NO_ANSWER.test(f.message) || saysNotRun(f));
}
const NO_ANSWER = /(?<!\(which )\bdid not answer: /;
/**
 * What the finding of a failing item's part that could not run says (`tls-version could not run: connection refused by
 * \u2026`): an outage or a probe's error, not a finding to adopt either (`saysNoAnswer`).
 */
const notRunMessage = (ids, reason) => `${(0,_words_js__WEBPACK_IMPORTED_MODULE_8__/* .andList */ .c)(ids)} could not run: ${reason}`;
/** Whether a finding is the part of a failing item that could not run (`notRunMessage`). */
const saysNotRun = (f) => !f.file && f.message !== undefined && NOT_RUN.test(f.message);
const NOT_RUN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:(?:, | and )[a-z0-9]+(?:-[a-z0-9]+)*)* could not run: /;
/**
 * A baseline: today's findings by fingerprint, so adoption can start without fixing everything. Each entry also says
 * where its finding was (`line`, and `lineHash` when `hashOf` knows the line's: `RunResult.lineHashes`): never part of its identity, only which
 * of several findings sharing a fingerprint is the one recorded (a known secret pasted again above its line).
 */
function toBaseline(report, hashOf) {
    const findings = report.findings
        .filter((f) => !f.note && !f.suppressed && f.fingerprint && (f.item !== null || f.check === 'parse-error') && !saysNoAnswer(f))
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
/** Reads a baseline file: its version, fingerprint \u2192 count, and (version 1) the old line-text keys. */
function readBaseline(abs, shown) {
    let text;
    try {
        text = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E1)(abs);
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline ${shown} ${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .readProblem */ .K)(e)}`, { file: shown });
    }
    return parseBaseline(text, shown);
}
/** A baseline's text (read from disk, or from the base commit on pull_request_target), as {@link readBaseline} reads it. */
function parseBaseline(text, shown) {
    // UTF-16 (PowerShell's `>` writes it), NUL bytes, Windows-1252: said as for a checklist, not as a JSON syntax error.
    const encoding = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .textEncodingProblem */ .Iy)(text, 'the baseline');
    if (encoding)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(encoding.message, { file: shown, line: encoding.line, column: encoding.column });
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
    // A later format (a newer release wrote it): said as such, not as a file that is no baseline (a JSON report's
    // `tool` is an object, a baseline's the string `preflight`).
    const top = data && typeof data === 'object' && !Array.isArray(data) ? data : null;
    const newer = top && typeof top['tool'] !== 'object' ? top['version'] : undefined;
    if (typeof newer === 'number' && Number.isInteger(newer) && newer > BASELINE_VERSION) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline written by a newer Preflight (format ${newer}); this one reads format ${BASELINE_VERSION} and earlier \u2014 upgrade Preflight (a pinned action: its version) to read it, or write the baseline again with this one (\`preflight baseline --output FILE\`)`, { file: shown, ...issueAt(text, ['version']) });
    }
    const res = baselineSchema.safeParse(data);
    if (!res.success) {
        // The files people pass by mistake: the JSON report and the SARIF log hold findings too.
        const o = data && typeof data === 'object' && !Array.isArray(data) ? data : null;
        const what = o && typeof o['tool'] === 'object' && 'result' in o ? 'a Preflight JSON report, not a baseline'
            : o && typeof o['$schema'] === 'string' && /sarif/i.test(o['$schema']) || (o && Array.isArray(o['runs'])) ? 'a SARIF log, not a baseline'
                : `not a Preflight baseline (${res.error.issues[0].path.join('.') || 'the file'}: ${(0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_6__/* .issueWording */ .s)(res.error.issues[0], (0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_6__/* .valueAt */ .f)(data, res.error.issues[0].path), true)})`;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${what}: expected the file \`preflight baseline --output FILE\` writes ({"version": ${BASELINE_VERSION}, "findings": [{"check", "fingerprint", \u2026}]})`, { file: shown, ...(what.startsWith('not a Preflight baseline') ? issueAt(text, res.error.issues[0].path) : { line: 1, column: 1 }) });
    }
    // An outage an earlier release recorded (`saysNoAnswer`) is read as no entry: never known, never counted as fixed.
    const kept = res.data.findings.filter((f) => !saysNoAnswer(f));
    const counts = new Map();
    for (const f of kept)
        counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
    const entries = kept.map((f) => ({ fingerprint: f.fingerprint, check: f.check, file: f.file ?? null, ...(f.line ? { line: f.line } : {}), ...(f.lineHash ? { lineHash: f.lineHash } : {}), ...(f.message !== undefined ? { message: f.message } : {}) }));
    if (res.data.version === 2)
        return { version: 2, counts, entries, file: shown };
    const legacy = new Map();
    for (const f of kept) {
        if (f.message === undefined)
            continue;
        const k = legacyKey(f.check, f.file, f.message);
        legacy.set(k, [...(legacy.get(k) ?? []), f.fingerprint]);
    }
    return { version: 1, counts, legacy, entries, file: shown };
}


/***/ }),

/***/ 77941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ findSuppressions),
/* harmony export */   QB: () => (/* binding */ placementAdvice),
/* harmony export */   Ty: () => (/* binding */ inertTrailingIds),
/* harmony export */   sI: () => (/* binding */ inertTrailingHint),
/* harmony export */   w2: () => (/* binding */ dockerEscape),
/* harmony export */   yA: () => (/* binding */ UNTIL_IN_REASON)
/* harmony export */ });
/* unused harmony export instructionEnd */
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);

/**
 * Whether a file may hold the marker, in the cases people write it (`preflight-ignore`, `Preflight-Ignore`,
 * `PREFLIGHT-IGNORE`): every file of a scan is asked, and `includes` is a fast search where a case-insensitive
 * regex over the whole text costs twice as much (measured over the bench monorepo: 25 vs 55 ms a pass).
 */
const mayHoldMarker = (text) => (text.includes('-ignore') || text.includes('-Ignore') || text.includes('-IGNORE')) && /preflight-ignore/i.test(text);
/** A whole-line comment that begins with the marker (any case), whatever follows: a suppression someone meant to write. */
const MARKER_COMMENT = /^[ \t]*(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore\b/i;
// Only the head is a regex (linear: no optional groups around `\s*` runs); the tail \u2014 `until DATE`
// and `: reason` \u2014 is parsed with string operations, so adversarial lines cannot backtrack.
const HEAD = /(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)/gi;
/** `until 2024-01-31` in a reason: an expiry written after the colon. Date-shaped only (`until the vendor ships` is prose). */
const UNTIL_IN_REASON = /\buntil[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?![\d-])/i;
function parseTail(rest) {
    let tail = rest.trim().replace(/(\*\/|-->)$/, '').trim();
    let until = null;
    if (/^until\s/i.test(tail)) {
        tail = tail.slice(5).trimStart();
        const sp = tail.search(/[\s:]/);
        until = sp < 0 ? tail : tail.slice(0, sp);
        tail = sp < 0 ? '' : tail.slice(sp).trimStart();
    }
    if (tail === '')
        return { until, reason: '' };
    if (!tail.startsWith(':'))
        return null;
    return { until, reason: tail.slice(1).trim() };
}
/** Documentation and other prose: no comments there, only text about them. */
const PROSE_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?)$/i;
/**
 * Prose with an HTML comment syntax (Markdown, HTML): `<!-- preflight-ignore hardcoded-secret: example -->` is a comment
 * there (findings such as a leaked token land in these files), every other marker is text about one. A Markdown fenced
 * code block or inline code (a README showing the syntax) holds none.
 */
const MARKUP_FILE = /\.(?:md|markdown|html?)$/i;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\s`{]*)/;
/** Fenced blocks of text, not code (```text, ```md): one showing the suppression syntax holds no suppression. */
const TEXT_FENCE = /^(?:te?xt|plain(?:text)?|md|markdown|gfm|rst|output)$/i;
/** Fenced blocks in a language where a `#` trailing a line is part of it (as in Dockerfiles and .env files). */
const OWN_LINE_FENCE = /^(?:dockerfile|containerfile|docker|dotenv|env|\.env)$/i;
/** Whether the text before a marker leaves an inline code span (a backtick) open: Markdown prose has apostrophes, not quotes. */
const insideCode = (before) => (before.match(/`/g)?.length ?? 0) % 2 === 1;
/** Whether the text before a marker leaves a `"`, `'` or backtick string open (escapes skipped). */
function insideQuotes(before) {
    let open = null;
    for (let i = 0; i < before.length; i++) {
        const c = before[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (open) {
            if (c === open)
                open = null;
        }
        else if (c === '"' || c === "'" || c === '`')
            open = c;
    }
    return open !== null;
}
/** The Dockerfile's escape character: `\\`, or a backtick set by a leading `# escape=` directive. */
function dockerEscape(lines) {
    for (let i = 0; i < Math.min(lines.length, 16); i++) {
        const d = /^[ \t]*#[ \t]*([A-Za-z]+)[ \t]*=[ \t]*(\S*)[ \t]*$/.exec(lines[i]);
        if (!d)
            break;
        if (d[1].toLowerCase() === 'escape' && d[2] === '`')
            return '`';
    }
    return '\\';
}
/**
 * The index of the last line of the Dockerfile instruction that starts at line index `start`:
 * continuation lines (ending in the escape character) and the comment and blank lines between
 * them belong to it. Bounded at 1,000 lines.
 */
function instructionEnd(lines, start, escape) {
    const at = typeof lines === 'function' ? lines : (i) => lines[i];
    let end = start;
    for (let i = start; i - start < 1000; i++) {
        const l = at(i);
        if (l === undefined)
            break;
        if (i > start && /^[ \t]*(#|$)/.test(l))
            continue;
        end = i;
        if (!l.trimEnd().endsWith(escape))
            break;
    }
    return end;
}
/** A YAML line that opens a block: a key without an inline value (`ports:`), a block scalar (`command: |`), or a mapping item (`- name: web`). */
// Keys hold no `:` unless quoted, so each line has one way to match (linear on any line).
const YAML_BLOCK_KEY = /^([ \t]*)(?:[^\s#'":-][^#'":]*|"[^"]*"[ \t]*|'[^']*'[ \t]*):(?:[ \t]+[|>][-+0-9]*)?[ \t]*(?:#.*)?$/;
const YAML_MAPPING_ITEM = /^([ \t]*)-[ \t]+(?:[^\s#'":][^#'":]*|"[^"]*"[ \t]*|'[^']*'[ \t]*):(?:[ \t]|$)/;
const indentOf = (l) => /^[ \t]*/.exec(l)[0].length;
/**
 * The index of the last line of the YAML block that the line at index `start` opens (its own index when it opens
 * none): the more-indented lines below a key (and a sequence written at the key's own indent, `ports:` above
 * `- "5432:5432"`), or the rest of a sequence item. Blank and comment lines inside count; a document marker ends it.
 * Bounded at 5,000 lines.
 */
function yamlBlockEnd(lines, start) {
    const l = lines[start];
    if (l === undefined)
        return start;
    const key = YAML_BLOCK_KEY.exec(l);
    const item = key ? null : YAML_MAPPING_ITEM.exec(l);
    if (!key && !item)
        return start;
    const indent = (key ?? item)[1].length;
    let end = start;
    for (let i = start + 1; i < lines.length && i - start <= 5000; i++) {
        const next = lines[i];
        if (/^[ \t]*(?:#|$)/.test(next))
            continue;
        if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(next))
            break;
        const at = indentOf(next);
        if (at > indent || (key && at === indent && /^[ \t]*-(?:[ \t]|$)/.test(next))) {
            end = i;
            continue;
        }
        break;
    }
    return end;
}
/** Whether a comment trailing a line can suppress (not in Dockerfiles and `.env` files, where a trailing `#` is part of the line). */
const trailingAllowed = (file) => !((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvFile */ .qb)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file).startsWith('.env'));
/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
function findSuppressions(file, text) {
    // Prose (a README showing the syntax) suppresses nothing and names no check to verify; Markdown and HTML have comments.
    const markup = MARKUP_FILE.test(file);
    if (!mayHoldMarker(text) || (PROSE_FILE.test(file) && !markup))
        return [];
    const trailing = trailingAllowed(file);
    const out = [];
    const lines = text.split(/\r?\n/);
    // In Markdown, the fence of the code block a line is in, and the block's language (its info string's first word).
    let fence = null;
    let lang = '';
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (markup) {
            const f = FENCE.exec(l);
            // (A backtick fence's info string holds no backtick: "```` ```sh ```` block" in prose opens none.)
            if (f && (!fence ? f[1][0] === '~' || !l.slice(l.indexOf(f[1]) + f[1].length).includes('`') : f[1][0] === fence[0] && f[1].length >= fence.length && l.trim() === f[1])) {
                fence = fence ? null : f[1];
                lang = fence ? f[2] : '';
                continue;
            }
            // A fenced code block is code in its own language: its comments are written as in a code file (```sh
            // `# preflight-ignore hardcoded-secret: \u2026`), unless it is text (```text, ```md showing the syntax).
            if (fence && TEXT_FENCE.test(lang))
                continue;
        }
        const code = fence !== null;
        if (!/preflight-ignore/i.test(l))
            continue;
        // The first marker whose tail parses (`# preflight-ignore is how to mute: # preflight-ignore ID: why`).
        let m = null;
        let tail = null;
        for (const c of l.matchAll(HEAD)) {
            if (markup && !code && c[1] !== '<!--')
                continue;
            tail = parseTail(l.slice(c.index + c[0].length));
            if (tail) {
                m = c;
                break;
            }
        }
        if (!m || !tail) {
            // `# preflight-ignore image_tag_pinned: \u2026`, `# preflight-ignore image-tag-pinned no colon`, `# preflight-ignore: why`:
            // meant as a suppression, understood as none. Said, so nobody believes a finding is muted.
            const head = MARKER_COMMENT.exec(l);
            // (Not in a fenced code block, which may show the syntax.)
            if (head && !code && (!markup || head[1] === '<!--'))
                out.push({ file, line: i + 1, column: l.indexOf(head[1]) + 1, ids: [], until: null, reason: '', wholeLine: true, appliesTo: i + 2, malformed: true });
            continue;
        }
        const before = l.slice(0, m.index).trim();
        const wholeLine = before === '';
        const ownLineOnly = code ? OWN_LINE_FENCE.test(lang) : !trailing;
        if (!wholeLine && ownLineOnly)
            continue;
        // Inside a string literal (`HELP = "add # preflight-ignore ID: why"`), not a comment: an unclosed quote before it
        // (in Markdown prose, an inline code span showing the syntax).
        if (!wholeLine && (markup && !code ? insideCode(before) : insideQuotes(before)))
            continue;
        const late = tail.until === null ? UNTIL_IN_REASON.exec(tail.reason) : null;
        out.push({
            file, line: i + 1, column: m.index + 1,
            ids: m[2].split(',').map((s) => s.trim().toLowerCase()),
            until: tail.until,
            reason: tail.reason,
            ...(late ? { untilInReason: late[1] } : {}),
            wholeLine,
            appliesTo: wholeLine ? i + 2 : i + 1,
            ...(code ? { code: true, ...(ownLineOnly ? { ownLineOnly: true } : {}) } : {}),
        });
    }
    // Stacked comments (`# preflight-ignore a: \u2026` above `# preflight-ignore b: \u2026` above the line) all
    // apply to the line below the stack.
    for (let k = out.length - 2; k >= 0; k--) {
        const s = out[k];
        const next = out[k + 1];
        if (s.wholeLine && next.wholeLine && next.line === s.line + 1)
            s.appliesTo = next.appliesTo;
    }
    // An HTML comment above a fence: the advice for it, when it matches nothing, is to write it inside the block.
    if (markup)
        for (const s of out)
            if (!s.code && s.wholeLine && FENCE.test(lines[s.appliesTo - 1] ?? ''))
                s.beforeFence = true;
    if (!trailing && (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file))
        for (const s of out)
            if (s.wholeLine) {
                const end = instructionEnd(lines, s.appliesTo - 1, dockerEscape(lines));
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
    // In YAML a comment above a block covers the block: `# preflight-ignore database-port-exposed: \u2026` above `ports:`
    // mutes its items, above a service or a container item the findings inside it (as Checkov's skip comment covers
    // its resource).
    // So does one trailing on that key (`ports:  # preflight-ignore database-port-exposed: \u2026`, `db:  # preflight-ignore \u2026`):
    // the finding inside the block it opens is what it is about.
    if ((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isYamlFile */ .wl)(file))
        for (const s of out)
            if (!s.malformed) {
                const end = yamlBlockEnd(lines, s.appliesTo - 1);
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
    // In code, a comment above a statement written over several lines (`app.add_middleware(\n  CORSMiddleware,\n
    // allow_origins=["*"],\n)`, `res.cookie('sid', v, {\n  secure: false,\n})`) covers the whole statement, as a
    // Dockerfile's covers its continued instruction: the finding sits on one of its inner lines.
    if (!markup && trailing && !(0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isYamlFile */ .wl)(file) && CODE_FILE.test(file))
        for (const s of out)
            if (s.wholeLine && !s.malformed) {
                const end = statementEnd(lines, s.appliesTo - 1, HASH_COMMENT_FILE.test(file), !NO_SLASH_COMMENT_FILE.test(file));
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
    return out;
}
/** Code files whose statements span lines inside brackets (the suppression above one covers it whole). */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|php|cs|rs|swift|groovy|gradle|exs?|vue|svelte|tf|hcl|lua|dart)$/i;
/** Code files where `#` starts a line comment (elsewhere it is a private field, `this.#token`, or a preprocessor line). */
const HASH_COMMENT_FILE = /\.(?:py|rb|exs?|php|tf|hcl)$/i;
/** Code files where `//` is no comment (Python's floor division, `a // 2`; Ruby's empty regex; Lua's `--` comments). */
const NO_SLASH_COMMENT_FILE = /\.(?:py|rb|exs?|lua)$/i;
/** The most lines one statement below a suppression may span. */
const MAX_STATEMENT_LINES = 100;
/**
 * The last line (index) of the statement that starts at line `start`: while a `(` or `[` \u2014 or a `{` opening a value (after
 * `=`, `:`, `(`, `,`, `[`, `return`: an object literal, not a block) \u2014 stays open, or a line ends in `\`, the statement
 * goes on. Quoted strings and the file's line comments are skipped; bounded by MAX_STATEMENT_LINES. `start` itself when it closes on its line.
 * Inside an open bracket every `{` counts: a callback passed in the call (`app.use(function (req, res) {`) is part of the
 * statement; a block the line itself opens (`function setup(app) {`, `if (dev) {`) is not.
 */
function statementEnd(lines, start, hashComments, slashComments) {
    let depth = 0;
    let end = start;
    for (let i = start; i < lines.length && i - start < MAX_STATEMENT_LINES; i++) {
        const line = lines[i];
        let quote = '';
        let prev = '';
        for (let k = 0; k < line.length; k++) {
            const c = line[k];
            if (quote) {
                if (c === '\\')
                    k++;
                else if (c === quote)
                    quote = '';
                continue;
            }
            if (c === '"' || c === "'" || c === '`') {
                quote = c;
                continue;
            }
            // A line comment ends what is read of the line.
            if (hashComments && c === '#' && !/[\w$]/.test(prev))
                break;
            if (slashComments && c === '/' && line[k + 1] === '/')
                break;
            if (c === '(' || c === '[' || (c === '{' && (depth > 0 || /(?:[=:(,[]|\breturn)\s*$/.test(line.slice(0, k)))))
                depth++;
            else if ((c === ')' || c === ']' || c === '}') && depth > 0)
                depth--;
            if (!/\s/.test(c))
                prev = c;
        }
        end = i;
        if (depth <= 0 && !/\\\s*$/.test(line))
            break;
    }
    return end;
}
/**
 * Where a suppression that matched no finding should go, for the message that says so ("put it \u2026"): where its file (or
 * its fenced code block) lets a suppression comment sit.
 */
function placementAdvice(s, id) {
    if (s.beforeFence)
        return `inside the fenced code block below, as a comment of its language on the line before the finding or at the end of its line (\`# preflight-ignore ${id}: \u2026\`): an HTML comment above a fence covers none of its lines`;
    if (s.ownLineOnly || (!s.code && !trailingAllowed(s.file)))
        return 'on a line of its own before the finding';
    if (MARKUP_FILE.test(s.file) && !s.code)
        return `on the line before the finding or at the end of its line (in a fenced code block, as a comment of the block's language: \`# preflight-ignore ${id}: \u2026\`)`;
    return 'on the line before the finding or at the end of its line';
}
/** Said of a `preflight-ignore` that trails a line of a `.env` file (as `SUPPRESS_HINT` is of a Dockerfile's). */
const ENV_SUPPRESS_HINT = '; the preflight-ignore at the end of the line suppresses nothing there: in a .env file a trailing # can be part of the value, so a suppression goes on a line of its own before the variable';
/**
 * Said of a `preflight-ignore` that trails a Dockerfile line that parses (a shell-form `RUN`/`CMD`, where the `#` starts a
 * comment of the shell command): Preflight reads a Dockerfile's own comments only, which are whole lines.
 */
const DOCKERFILE_SUPPRESS_HINT = '; the preflight-ignore at the end of the line suppresses nothing there: a Dockerfile has no trailing comments (the # and what follows are part of the instruction, a comment of its shell command in a RUN or CMD), so a suppression goes on a line of its own before the instruction';
/** What a finding on a line ending in a `preflight-ignore` that names its check says, in a file where that comment suppresses nothing. */
const inertTrailingHint = (file) => ((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) ? DOCKERFILE_SUPPRESS_HINT : ENV_SUPPRESS_HINT);
/**
 * The check ids a `preflight-ignore` trailing a line names, in a file where a trailing comment suppresses nothing
 * (Dockerfiles, `.env` files): the finding on that line says so. Empty when the line holds none (one inside a quoted
 * string is text, not a comment).
 */
function inertTrailingIds(file, line) {
    if (trailingAllowed(file) || !/preflight-ignore/i.test(line))
        return [];
    for (const c of line.matchAll(HEAD)) {
        const before = line.slice(0, c.index);
        if (c[1] !== '#' || before.trim() === '' || insideQuotes(before) || !parseTail(line.slice(c.index + c[0].length)))
            continue;
        return c[2].split(',').map((s) => s.trim().toLowerCase());
    }
    return [];
}


/***/ }),

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ headlineCounts),
/* harmony export */   I8: () => (/* binding */ sharedTitleItems),
/* harmony export */   KH: () => (/* binding */ notesWord),
/* harmony export */   px: () => (/* binding */ sharedTitlesNote),
/* harmony export */   sL: () => (/* binding */ countsWithoutNotes),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);
/* harmony import */ var _checklist_title_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78890);
/* harmony import */ var _gate_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1148);



/**
 * The report's counts per severity with notes taken out of them, and the notes apart: a note is a pass, not a problem,
 * though the report's `counts` (every finding neither suppressed nor in the baseline) include it.
 */
function countsWithoutNotes(report) {
    const counts = { ...report.counts };
    let notes = 0;
    for (const f of report.findings)
        if (f.note && !f.suppressed && !f.baseline) {
            counts[f.severity]--;
            notes++;
        }
    return { counts, notes };
}
/** `3 notes`, or '' for none. */
const notesWord = (notes) => (notes ? `${notes} note${notes === 1 ? '' : 's'}` : '');
/**
 * The counts of a headline: findings (and pending or failed items) per severity, notes left out of them and said apart
 * (`2 high; 1 note`; see countsWithoutNotes).
 */
function headlineCounts(report) {
    const { counts: by, notes } = countsWithoutNotes(report);
    const counts = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => by[s] > 0).map((s) => `${by[s]} ${s}`);
    const noted = notesWord(notes);
    return counts.length ? `${counts.join(', ')}${noted ? `; ${noted}` : ''}` : noted ? `no failures; ${noted}` : 'no findings';
}
/** One line: verdict, counts, threshold. Used by the CLI with --output and by the action log. */
function summaryLine(report) {
    const pending = report.items.filter((i) => i.status === 'pending').length;
    const errors = report.items.filter((i) => i.status === 'error').length;
    // Failing items a part of which could not run (a probe of `check: [tls-protocols-config, tls-version]`): said too.
    const inPart = new Set(report.findings.filter((f) => f.item !== null && !f.suppressed && (0,_gate_baseline_js__WEBPACK_IMPORTED_MODULE_2__.saysNotRun)(f)).map((f) => f.item)).size;
    const suppressed = report.findings.filter((f) => f.suppressed).length;
    const known = report.findings.filter((f) => f.baseline).length;
    const extra = [
        errors ? `${errors} item${errors > 1 ? 's' : ''} could not run` : '',
        inPart ? `${inPart} item${inPart > 1 ? 's' : ''} could not run in full` : '',
        pending ? `${pending} manual pending` : '',
        suppressed ? `${suppressed} suppressed` : '',
        known ? `${known} in baseline` : '',
    ].filter(Boolean);
    return `Preflight ${report.result === 'pass' ? 'passed' : 'FAILED'}: ${headlineCounts(report)}${extra.length ? ` (${extra.join(', ')})` : ''} \u2014 fail-on: ${report.failOn}`;
}
/**
 * The items whose title another manual item shares (`Name: ____` under each of three sign-off roles): ticking that title
 * signs all of them off, so the reports list such items by id, which signs off one. Titles compare as a tick is matched
 * to them (normaliseTitle: markup, case and spacing do not count); only manual items count, since a tick never attests
 * a bound item.
 */
function sharedTitleItems(report, items) {
    const sharing = new Map();
    for (const i of report.items)
        if (i.kind === 'manual') {
            const key = (0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.normaliseTitle)(i.title);
            sharing.set(key, (sharing.get(key) ?? 0) + 1);
        }
    return new Set(items.filter((i) => (sharing.get((0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.normaliseTitle)(i.title)) ?? 0) > 1));
}
/** What the reports say under the pending items when some share a title (`quote` formats each title). */
function sharedTitlesNote(titles, quote) {
    return `${titles.slice(0, 5).map(quote).join(', ')}${titles.length > 5 ? ` and ${titles.length - 5} more` : ''} ${titles.length > 1 ? 'are titles' : 'is the title'} of several items: each is listed by its id, which signs that one item off; ticking the shared title signs all of them off.`;
}


/***/ })

};
