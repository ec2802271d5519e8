export const id = 394;
export const ids = [394,148];
export const modules = {

/***/ 78890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ normaliseTitle),
/* harmony export */   signoffText: () => (/* binding */ signoffText),
/* harmony export */   w: () => (/* binding */ APOSTROPHE_LIKE)
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
/**
 * Typographic punctuation read as what a keyboard types: apostrophes and primes (`\u2019 \u2018 \u02bc \u2032`, the low `\u201a`) as `'`, curly
 * and low double quotes (`\u201c \u201d \u201e`, `\u2033`) as `"`, the hyphens, figure and en/em dashes, the minus sign as `-` (an em dash
 * typed ` -- ` or ` --- ` between words as one `-`), and zero-width spaces, word joiners and soft hyphens as nothing.
 * Non-breaking and other Unicode spaces NFKC has already made spaces. A checklist exported from Notion, Google Docs or
 * Word holds `\u2019` where a reviewer types `'` (and macOS smart punctuation the other way round): GitHub shows both alike,
 * and an id, a slug of the title, reads them alike too (`l\u2019\u00e9quipe` and `l'\u00e9quipe` are `l-equipe`).
 */
const APOSTROPHE_LIKE = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u2035]/g;
const QUOTE_LIKE = /[\u201c\u201d\u201e\u201f\u2033\u2036]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/**
 * A title, an id or a checkbox text as a pull request's sign-off compares them: normaliseTitle (case, markup, spacing do
 * not count), then typographic punctuation read as typed (see APOSTROPHE_LIKE). Both sides of every sign-off comparison
 * (a tick and an item's title or id, two titles a tick cannot tell apart, two ids) go through it.
 */
function signoffText(text) {
    return normaliseTitle(text)
        .replace(INVISIBLE, '')
        .replace(APOSTROPHE_LIKE, "'")
        .replace(QUOTE_LIKE, '"')
        .replace(DASH_LIKE, '-')
        .replace(/(^|\s)-{2,3}(?=\s|$)/g, '$1-')
        .replace(/\s+/g, ' ')
        .trim();
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
 * their finding was (`line`, `lineHash`), a tie-breaker only, and (`form`) what its line's text is reformatted, for a
 finding known by that text; earlier releases read such files and ignore all three.
 */
const BASELINE_VERSION = 2;
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(2)]),
    tool: zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz('preflight').optional(),
    findings: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({ check: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().nullable().optional(), fingerprint: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional(), line: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().positive().optional(), lineHash: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional(), form: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional() })),
});
/**
 * image-tag-pinned's digest hint as its messages now end (`` (`image:tag@sha256:\u2026`) ``, no mention in Markdown) and as
 * earlier releases wrote it into baselines (`(@sha256:\u2026)`): read as the same words, so a version 1 entry still knows
 * its finding.
 */
const DIGEST_HINT_NOW = /(?<=; pin a version tag or a digest )\(`image:tag@sha256:\u2026`\)/g;
const LEGACY_DIGEST_HINT = '(@sha256:\u2026)';
/**
 * The key under which a version 1 entry is found by what it says (`Baseline.legacy`): check, file and message, with
 * the tags and digests of image references left out (`base image python:3.11` and `python:3.11.9` after a Renovate
 * bump say the same about the stage; the subject fingerprints of version 2 leave out the whole line).
 */
const legacyKey = (check, file, message) => `${check}\0${file ?? ''}\0${message.replace(DIGEST_HINT_NOW, LEGACY_DIGEST_HINT).replace(/(?<=[\w./-]):\w[\w.-]{0,127}(?:@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64}/g, '')}`;
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
 * of several findings sharing a fingerprint is the one recorded (a known secret pasted again above its line). A finding
 * known by its line's text also records `form` when `formOf` knows it (`RunResult.lineForms`): that line reformatted keeps it known.
 */
function toBaseline(report, hashOf, formOf) {
    const findings = report.findings
        .filter((f) => !f.note && !f.suppressed && f.fingerprint && (f.item !== null || f.check === 'parse-error') && !saysNoAnswer(f))
        .map((f) => {
        const hash = f.file && f.line ? hashOf?.(f.file, f.line) : undefined;
        const form = f.file && f.line && f.check !== 'parse-error' ? formOf?.(f.fingerprint, f.file, f.line) : undefined;
        return { check: f.check, file: f.file, fingerprint: f.fingerprint, message: f.message, ...(f.line ? { line: f.line } : {}), ...(hash !== undefined ? { lineHash: hash } : {}), ...(form !== undefined ? { form } : {}) };
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
    const entries = kept.map((f) => ({ fingerprint: f.fingerprint, check: f.check, file: f.file ?? null, ...(f.line ? { line: f.line } : {}), ...(f.lineHash ? { lineHash: f.lineHash } : {}), ...(f.form ? { form: f.form } : {}), ...(f.message !== undefined ? { message: f.message } : {}) }));
    const forms = new Map();
    for (const e of entries)
        if (e.form)
            forms.set(e.form, [...(forms.get(e.form) ?? []), e.fingerprint]);
    if (res.data.version === 2)
        return { version: 2, counts, entries, forms, file: shown };
    const legacy = new Map();
    for (const f of kept) {
        if (f.message === undefined)
            continue;
        const k = legacyKey(f.check, f.file, f.message);
        legacy.set(k, [...(legacy.get(k) ?? []), f.fingerprint]);
    }
    return { version: 1, counts, legacy, entries, forms, file: shown };
}


/***/ }),

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ headlineCounts),
/* harmony export */   KH: () => (/* binding */ notesWord),
/* harmony export */   px: () => (/* binding */ sharedTitlesNote),
/* harmony export */   sL: () => (/* binding */ countsWithoutNotes),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine),
/* harmony export */   yu: () => (/* binding */ signoffLines)
/* harmony export */ });
/* unused harmony exports sharedTitleItems, GROUP_SEPARATOR, groupSignoff */
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
 * to them (signoffText: markup, case, spacing and typographic punctuation do not count); only manual items count, since a tick never attests
 * a bound item.
 */
function sharedTitleItems(report, items) {
    const sharing = new Map();
    for (const i of report.items)
        if (i.kind === 'manual') {
            const key = (0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.signoffText)(i.title);
            sharing.set(key, (sharing.get(key) ?? 0) + 1);
        }
    return new Set(items.filter((i) => (sharing.get((0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.signoffText)(i.title)) ?? 0) > 1));
}
/** The separator the reports write between an item's group and its title in a sign-off line (`Security Officer \u203a Name: ____`). */
const GROUP_SEPARATOR = ' \u203a ';
/**
 * What the reports list for a pending item whose title another manual item shares (see sharedTitleItems): the end of its
 * group and its title (`Security Officer \u203a Name: ____`), a sign-off that stays with the item when items of that title are
 * added above it, when that names no other manual item of the title; else the fewest parts of its group that do
 * (`Prod \u203a Security \u203a Name: ____`); else (no group, or the same group) null, and the reports list its id, which is positional.
 * The group's parts as written: headings and the plain bullets the item is nested under.
 */
function groupSignoff(report, item) {
    const group = item.group ?? [];
    if (!group.length)
        return null;
    const title = (0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.signoffText)(item.title);
    const others = report.items.filter((i) => i !== item && i.kind === 'manual' && (0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.signoffText)(i.title) === title).map((i) => (i.group ?? []).map(_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.signoffText));
    const own = group.map(_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.signoffText);
    for (let k = own.length - 1; k >= 0; k--) {
        const end = own.slice(k);
        // Another item of the title whose group ends so: that many parts do not tell them apart.
        if (!others.some((g) => g.length >= end.length && g.slice(g.length - end.length).every((p, j) => p === end[j])))
            return group.slice(k);
    }
    return null;
}
/**
 * The line that signs each of `items` (pending manual items) off, as both reports list them: its title; for an item whose title
 * others share, its group and title where that names it alone (`Security Officer \u203a Name: ____`, see groupSignoff), else its id.
 * `clean` writes a title or a group's part as the report shows it (on one line, control characters as `\xNN`).
 */
function signoffLines(report, items, clean) {
    const shared = sharedTitleItems(report, items);
    const groups = new Map([...shared].map((i) => [i, groupSignoff(report, i)]));
    const lineOf = (i) => {
        const group = groups.get(i);
        return group ? [...group, i.title].map(clean).join(GROUP_SEPARATOR) : shared.has(i) ? i.id : clean(i.title);
    };
    return { shared, lineOf, byGroup: [...groups.values()].some(Boolean) };
}
/**
 * What the reports say under the pending items when some share a title (`quote` formats each title). `byGroup`: some are
 * listed by their group and title (see groupSignoff), not all by id.
 */
function sharedTitlesNote(titles, quote, byGroup = false) {
    const how = byGroup
        ? `each is listed by its group and title (\`Role${GROUP_SEPARATOR}Title\`; \`/\` or \`:\` may stand for \`\u203a\`), or by its id where its group does not tell it apart, which signs that one item off`
        : 'each is listed by its id, which signs that one item off';
    return `${titles.slice(0, 5).map(quote).join(', ')}${titles.length > 5 ? ` and ${titles.length - 5} more` : ''} ${titles.length > 1 ? 'are titles' : 'is the title'} of several items: ${how}; ticking the shared title signs all of them off.`;
}


/***/ })

};
