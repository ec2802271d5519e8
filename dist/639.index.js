export const id = 639;
export const ids = [639,394,653,148];
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


/***/ }),

/***/ 44639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toText: () => (/* binding */ toText),
/* harmony export */   wantsColor: () => (/* binding */ wantsColor)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52907);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43394);
/* harmony import */ var _gate_baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1148);




const COLORS = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
/** Pending sign-offs the console lists; the Markdown report lists them all. */
const MAX_PENDING = 100;
const STATUS = { pass: '\u2713', fail: '\u2717', error: '!', skipped: '-', pending: '?', attested: '\u2713' };
/**
 * Whether the console report is coloured, as Node (`tty.hasColors`, `util.styleText`) and chalk's supports-color
 * decide: `FORCE_COLOR` set to `''`, `true` or a level `1`\u2013`3` turns colour on without a terminal (CI logs, which
 * GitHub renders), `0` or `false` turns it off on one; it wins over `NO_COLOR` and `TERM=dumb` as it does in Node and
 * chalk. Without it (or with a value neither reads), colour only on a terminal, unless `NO_COLOR` is set or `TERM` is
 * `dumb`.
 */
function wantsColor(env, isTTY) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined) {
        if (force === '' || force === 'true')
            return true;
        if (force === 'false')
            return false;
        if (/^\d+$/.test(force))
            return Number(force) > 0;
    }
    return isTTY && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}
/** Bound: the distinct fixes shown under an item (the JSON and Markdown reports give each finding's). */
const MAX_FIXES = 5;
/**
 * The human report: grouped by item, severity, file:line, the distinct one-line fixes of its failures, a summary line.
 * Text read from the repository or a server (a message quoting a file, a title, a group, a reason, a fix) is written
 * {@link printable}: a control character (C0 but tab and newline, DEL, C1) as `\xNN`, which a terminal would otherwise
 * obey (`\x1b[2J` clears it, `\x1b]0;\u2026\x07` sets its title), whatever check, parser or probe made the text.
 */
function toText(report, opts) {
    const c = (s, text) => (opts.color ? `${COLORS[s]}${text}${RESET}` : text);
    const dim = (t) => (opts.color ? `\x1b[2m${t}${RESET}` : t);
    const byItem = new Map();
    for (const f of report.findings) {
        const list = byItem.get(f.item);
        if (list)
            list.push(f);
        else
            byItem.set(f.item, [f]);
    }
    const out = [];
    let group = '';
    for (const it of report.items) {
        const g = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(it.group?.join(' \u203a ') ?? '');
        // An item without a group after grouped ones gets a heading too (the Markdown report's), or it reads as the last group's.
        if (g !== group) {
            const h = g || 'Checklist';
            out.push('', opts.color ? `\x1b[1m${h}${RESET}` : h);
            group = g;
        }
        const fs = byItem.get(it.id) ?? [];
        const blocking = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .itemBlocks */ .WO)(it, fs, report);
        const mark = it.status === 'fail' || it.status === 'error' ? c(blocking ? 'critical' : 'medium', STATUS[it.status]) : STATUS[it.status];
        const reason = it.reason ? dim(` \u2014 ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(it.reason)}`) : it.attestedBy ? dim(` \u2014 signed off by ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(it.attestedBy)}`) : '';
        // A box ticked in the team's Markdown file on a bound item: the check decided, the tick is shown (DESIGN).
        const ticked = it.ticked ? ' (ticked in the checklist)' : '';
        out.push(`${mark} ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(it.title)} ${dim(`[${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(it.id)}]`)} ${c(it.severity, it.severity)} ${it.status}${ticked}${reason}`);
        const shown = fs.filter((f) => !f.suppressed);
        for (const f of shown.slice(0, 50))
            out.push(`    ${formatFinding(f, c)}`);
        if (shown.length > 50)
            out.push(dim(`    \u2026 and ${shown.length - 50} more (use --format json for all)`));
        // Each distinct fix of the failing findings (a finding's own names its file and setting: `Set ssl_policy = \u2026 in the inputs of
        // live/prod/b/terragrunt.hcl`), named by check when an item bound to several (`check: [certificate, hsts]`) fails on more than one.
        const fixes = [];
        const seenFixes = new Set();
        for (const f of shown)
            if (!f.note && !f.baseline && f.fix && !seenFixes.has(f.fix)) {
                seenFixes.add(f.fix);
                fixes.push({ check: f.check, fix: f.fix });
            }
        const checks = new Set(fixes.map((x) => x.check)).size;
        for (const x of fixes.slice(0, MAX_FIXES))
            out.push(dim(`    fix${checks > 1 ? ` (${x.check})` : ''}: ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(x.fix)}`));
        if (fixes.length > MAX_FIXES)
            out.push(dim(`    \u2026 and ${fixes.length - MAX_FIXES} more fixes (each finding's: --format json or markdown)`));
    }
    const other = byItem.get(null) ?? [];
    if (other.length) {
        out.push('', 'Other problems');
        for (const f of other)
            out.push(`    ${formatFinding(f, c)}`);
    }
    // A pending item whose work is not done (ItemReport.notDone) is no sign-off to tick: listed above with its reason.
    const pending = report.items.filter(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .awaitsSignOff */ .sh);
    if (pending.length) {
        out.push('', `Manual items pending sign-off (tick them in the pull request description):`);
        // Items that share a title (`Name: ____` under each sign-off role) are listed by id, which signs one off, as in the
        // Markdown report: ticking the shared title signs all of them off.
        const listed = pending.slice(0, MAX_PENDING);
        const shared = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .sharedTitleItems */ .I8)(report, listed);
        // (A control character as `\xNN`, as the Markdown report shows it: a tick of that line signs the item off, see normaliseTitle.)
        const titleOf = (i) => (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(i.title.replace(/\r?\n/g, ' '));
        for (const p of listed)
            out.push(`    - [ ] ${shared.has(p) ? (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(p.id) : titleOf(p)}`);
        // Never cut silently: the rest are in the Markdown report (the job summary) and the JSON.
        if (pending.length > MAX_PENDING)
            out.push(dim(`    \u2026 and ${pending.length - MAX_PENDING} more (all of them: --format markdown, the job summary, or --format json)`));
        if (shared.size)
            out.push(dim(`    ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .sharedTitlesNote */ .px)([...new Set([...shared].map(titleOf))], (t) => `'${t}'`)}`));
    }
    if (report.checklist?.uncovered?.length)
        out.push('', dim(`Checks your checklist does not cover: ${report.checklist.uncovered.join(', ')}`));
    if (report.baselineFixed)
        out.push('', dim(`${report.baselineFixed} baseline entr${report.baselineFixed === 1 ? 'y is' : 'ies are'} fixed${opts.baselineFixed?.length ? ` (${(0,_gate_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .fixedEntriesList */ .bw)(opts.baselineFixed)})` : ''} \u2014 the baseline can shrink ('preflight baseline')`));
    out.push('', report.result === 'pass' ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__.summaryLine)(report) : c('critical', (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__.summaryLine)(report)));
    return `${out.join('\n').replace(/^\n+/, '')}\n`;
}
function formatFinding(f, c) {
    const where = f.file ? `${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printablePath */ .Vj)(f.file)}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .urlNotInMessage */ .P_)(f) ?? '');
    const tag = f.note ? 'note' : f.baseline ? `${f.severity}, known` : f.severity;
    return `${where ? `${where}  ` : ''}${c(f.severity, tag)}  ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(f.message)}`;
}


/***/ })

};
