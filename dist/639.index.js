export const id = 639;
export const ids = [639,394];
export const modules = {

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);

/** One line: verdict, counts, threshold. Used by the CLI with --output and by the action log. */
function summaryLine(report) {
    const counts = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${s}`);
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
    return `Preflight ${report.result === 'pass' ? 'passed' : 'FAILED'}: ${counts.length ? counts.join(', ') : 'no findings'}${extra.length ? ` (${extra.join(', ')})` : ''} — fail-on: ${report.failOn}`;
}


/***/ }),

/***/ 44639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toText: () => (/* binding */ toText)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43394);


const COLORS = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
/** Pending sign-offs the console lists; the Markdown report lists them all. */
const MAX_PENDING = 100;
const STATUS = { pass: '✓', fail: '✗', error: '!', skipped: '-', pending: '?', attested: '✓' };
/** The human report: grouped by item, severity, file:line, a one-line fix, a summary line. */
function toText(report, opts) {
    const c = (s, text) => (opts.color ? `${COLORS[s]}${text}${RESET}` : text);
    const dim = (t) => (opts.color ? `\x1b[2m${t}${RESET}` : t);
    const byItem = new Map();
    for (const f of report.findings)
        byItem.set(f.item, [...(byItem.get(f.item) ?? []), f]);
    const out = [];
    let group = '';
    for (const it of report.items) {
        const g = it.group?.join(' › ') ?? '';
        // An item without a group after grouped ones gets a heading too (the Markdown report's), or it reads as the last group's.
        if (g !== group) {
            const h = g || 'Checklist';
            out.push('', opts.color ? `\x1b[1m${h}${RESET}` : h);
            group = g;
        }
        const fs = byItem.get(it.id) ?? [];
        const blocking = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .itemBlocks */ .WO)(it, fs, report);
        const mark = it.status === 'fail' || it.status === 'error' ? c(blocking ? 'critical' : 'medium', STATUS[it.status]) : STATUS[it.status];
        const reason = it.reason ? dim(` — ${it.reason}`) : it.attestedBy ? dim(` — signed off by ${it.attestedBy}`) : '';
        out.push(`${mark} ${it.title} ${dim(`[${it.id}]`)} ${c(it.severity, it.severity)} ${it.status}${reason}`);
        const shown = fs.filter((f) => !f.suppressed);
        for (const f of shown.slice(0, 50))
            out.push(`    ${formatFinding(f, c)}`);
        if (shown.length > 50)
            out.push(dim(`    … and ${shown.length - 50} more (use --format json for all)`));
        const fix = shown.find((f) => !f.note && !f.baseline)?.fix;
        if (fix)
            out.push(dim(`    fix: ${fix}`));
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
        for (const p of pending.slice(0, MAX_PENDING))
            out.push(`    - [ ] ${p.title}`);
        // Never cut silently: the rest are in the Markdown report (the job summary) and the JSON.
        if (pending.length > MAX_PENDING)
            out.push(dim(`    … and ${pending.length - MAX_PENDING} more (all of them: --format markdown, the job summary, or --format json)`));
    }
    if (report.checklist?.uncovered?.length)
        out.push('', dim(`Checks your checklist does not cover: ${report.checklist.uncovered.join(', ')}`));
    if (report.baselineFixed)
        out.push('', dim(`${report.baselineFixed} baseline entr${report.baselineFixed === 1 ? 'y is' : 'ies are'} fixed — the baseline can shrink ('preflight baseline')`));
    out.push('', report.result === 'pass' ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__.summaryLine)(report) : c('critical', (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__.summaryLine)(report)));
    return `${out.join('\n').replace(/^\n+/, '')}\n`;
}
function formatFinding(f, c) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : f.url ?? '';
    const tag = f.note ? 'note' : f.baseline ? `${f.severity}, known` : f.severity;
    return `${where ? `${where}  ` : ''}${c(f.severity, tag)}  ${f.message}`;
}


/***/ })

};
