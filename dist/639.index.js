export const id = 639;
export const ids = [639,890];
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
 * Unicode is NFKC-normalised; case is folded, and \u0451 read as \u0435; runs of white space collapse to one space.
 * Word-internal underscores (`SESSION_COOKIE_SECURE`) are kept. `keepQuoted`: a marker that is all a pair of quotes holds
 * (`allow_origins=["*"]`) is kept too, for showing the words a phrase rule matched as the item has them (the rules read
 * the text without it).
 */
function normaliseTitle(text, keepQuoted = false) {
    return (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCharacterReferences */ .yC)(text)
        .normalize('NFKC')
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
    const suppressed = report.findings.filter((f) => f.suppressed).length;
    const known = report.findings.filter((f) => f.baseline).length;
    const extra = [
        errors ? `${errors} item${errors > 1 ? 's' : ''} could not run` : '',
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
/** The human report: grouped by item, severity, file:line, a one-line fix per failing check, a summary line. */
function toText(report, opts) {
    const c = (s, text) => (opts.color ? `${COLORS[s]}${text}${RESET}` : text);
    const dim = (t) => (opts.color ? `\x1b[2m${t}${RESET}` : t);
    const byItem = new Map();
    for (const f of report.findings)
        byItem.set(f.item, [...(byItem.get(f.item) ?? []), f]);
    const out = [];
    let group = '';
    for (const it of report.items) {
        const g = it.group?.join(' \u203a ') ?? '';
        // An item without a group after grouped ones gets a heading too (the Markdown report's), or it reads as the last group's.
        if (g !== group) {
            const h = g || 'Checklist';
            out.push('', opts.color ? `\x1b[1m${h}${RESET}` : h);
            group = g;
        }
        const fs = byItem.get(it.id) ?? [];
        const blocking = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .itemBlocks */ .WO)(it, fs, report);
        const mark = it.status === 'fail' || it.status === 'error' ? c(blocking ? 'critical' : 'medium', STATUS[it.status]) : STATUS[it.status];
        const reason = it.reason ? dim(` \u2014 ${it.reason}`) : it.attestedBy ? dim(` \u2014 signed off by ${it.attestedBy}`) : '';
        // A box ticked in the team's Markdown file on a bound item: the check decided, the tick is shown (DESIGN).
        const ticked = it.ticked ? ' (ticked in the checklist)' : '';
        out.push(`${mark} ${it.title} ${dim(`[${it.id}]`)} ${c(it.severity, it.severity)} ${it.status}${ticked}${reason}`);
        const shown = fs.filter((f) => !f.suppressed);
        for (const f of shown.slice(0, 50))
            out.push(`    ${formatFinding(f, c)}`);
        if (shown.length > 50)
            out.push(dim(`    \u2026 and ${shown.length - 50} more (use --format json for all)`));
        // One fix per failing check: an item bound to several (`check: [certificate, hsts]`) may fail on each.
        const fixes = new Map();
        for (const f of shown)
            if (!f.note && !f.baseline && f.fix && !fixes.has(f.check))
                fixes.set(f.check, f.fix);
        for (const [check, fix] of fixes)
            out.push(dim(`    fix${fixes.size > 1 ? ` (${check})` : ''}: ${fix}`));
    }
    const other = byItem.get(null) ?? [];
    if (other.length) {
        out.push('', 'Other problems');
        for (const f of other)
            out.push(`    ${formatFinding(f, c)}`);
    }
    const pending = report.items.filter((i) => i.status === 'pending');
    if (pending.length) {
        out.push('', `Manual items pending sign-off (tick them in the pull request description):`);
        // Items that share a title (`Name: ____` under each sign-off role) are listed by id, which signs one off, as in the
        // Markdown report: ticking the shared title signs all of them off.
        const listed = pending.slice(0, MAX_PENDING);
        const shared = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .sharedTitleItems */ .I8)(report, listed);
        const titleOf = (i) => i.title.replace(/\r?\n/g, ' ');
        for (const p of listed)
            out.push(`    - [ ] ${shared.has(p) ? p.id : titleOf(p)}`);
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
    const where = f.file ? `${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printablePath */ .Vj)(f.file)}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .urlNotInMessage */ .P_)(f) ?? '';
    const tag = f.note ? 'note' : f.baseline ? `${f.severity}, known` : f.severity;
    return `${where ? `${where}  ` : ''}${c(f.severity, tag)}  ${f.message}`;
}


/***/ })

};
