export const id = 639;
export const ids = [639];
export const modules = {

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
        // (A control character as `\xNN`, as the Markdown report shows it: a tick of that line signs the item off, see normaliseTitle.)
        // Such an item by its group and title where that names it alone (`Security Officer \u203a Name: ____`): an id is positional.
        const clean = (text) => (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text.replace(/\r?\n/g, ' '));
        const { shared, lineOf, byGroup } = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .signoffLines */ .yu)(report, listed, clean);
        for (const p of listed)
            out.push(`    - [ ] ${lineOf(p)}`);
        // Never cut silently: the rest are in the Markdown report (the job summary) and the JSON.
        if (pending.length > MAX_PENDING)
            out.push(dim(`    \u2026 and ${pending.length - MAX_PENDING} more (all of them: --format markdown, the job summary, or --format json)`));
        if (shared.size)
            out.push(dim(`    ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .sharedTitlesNote */ .px)([...new Set([...shared].map((i) => clean(i.title)))], (t) => `'${t}'`, byGroup)}`));
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
