export const id = 21;
export const ids = [21];
export const modules = {

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JOB_SUMMARY_BYTES: () => (/* binding */ JOB_SUMMARY_BYTES),
/* harmony export */   cutText: () => (/* binding */ cutText),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderTitle: () => (/* binding */ renderTitle)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);

/** Default job-summary budget: 1 MiB minus room for anything else the job writes. */
const JOB_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
const ICON = {
    pass: '✅', fail: '❌', error: '⚠️', skipped: '⏭️', pending: '⏳', attested: '☑️',
};
/** Plain-text title line with the verdict and counts (check-run title, ≤ 255 characters). */
function renderTitle(report) {
    const counts = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${s}`);
    const verdict = report.result === 'fail' ? 'Failed' : 'Passed';
    return `${verdict}: ${counts.length ? counts.join(', ') : 'no findings'} (fail-on: ${report.failOn})`.slice(0, 255);
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s*\r?\n\s*/g, ' ');
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
function where(f, linkBase) {
    if (!f.file)
        return f.url ? esc(f.url) : null;
    const label = code(`${f.file}${f.line ? `:${f.line}` : ''}`);
    if (!linkBase)
        return label;
    const href = `${linkBase}/${f.file.split('/').map(encodeURIComponent).join('/')}${f.line ? `#L${f.line}` : ''}`;
    return `[${label}](${href})`;
}
function findingLine(f, linkBase) {
    const at = where(f, linkBase);
    const known = f.baseline ? ' _(known, in baseline)_' : '';
    const note = f.note ? ' _(note)_' : '';
    return `  - ${at ? `${at} ` : ''}**${f.severity}** ${esc(f.message)}${known}${note}${f.fix ? ` — _fix:_ ${esc(f.fix)}` : ''}`;
}
function itemLines(item, findings, report, limit, linkBase) {
    const shown = findings.filter((f) => !f.suppressed);
    const suppressed = findings.length - shown.length;
    const bits = [`${ICON[item.status]} **${esc(item.title)}**`, code(item.id), item.severity];
    let status = item.status;
    if (item.status === 'attested')
        status = `attested by ${item.attestedBy === 'checklist' ? 'the checklist' : `@${item.attestedBy ?? 'unknown'}`}`;
    if (item.reason)
        status += `: ${esc(item.reason)}`;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .itemBlocks */ .WO)(item, shown, report))
        status += ' — **blocks the merge**';
    const lines = [`- ${bits.join(' · ')} — ${status}${suppressed ? ` (${suppressed} suppressed)` : ''}`];
    for (const f of shown.slice(0, limit))
        lines.push(findingLine(f, linkBase));
    if (shown.length > limit)
        lines.push(`  - …and ${shown.length - limit} more (see the JSON report)`);
    return lines;
}
function render(report, opts, limit) {
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
    if (opts.annotationsOmitted)
        out.push('', `${opts.annotationsOmitted} finding${opts.annotationsOmitted === 1 ? ' was' : 's were'} not annotated (GitHub shows a limited number of annotations per run); all are listed below.`);
    if (opts.notAnnotated)
        out.push('', `${opts.notAnnotated} finding${opts.notAnnotated === 1 ? ' is' : 's are'} on files this pull request does not change: listed below, not annotated.`);
    const byItem = new Map();
    const orphans = [];
    const ids = new Set(report.items.map((i) => i.id));
    for (const f of report.findings) {
        if (f.item && ids.has(f.item))
            byItem.set(f.item, [...(byItem.get(f.item) ?? []), f]);
        else
            orphans.push(f);
    }
    const groups = new Map();
    for (const item of report.items) {
        const g = item.group?.length ? item.group.join(' › ') : '';
        groups.set(g, [...(groups.get(g) ?? []), item]);
    }
    for (const [g, items] of groups) {
        out.push('', `### ${g ? esc(g) : 'Checklist'}`, '');
        for (const item of items)
            out.push(...itemLines(item, byItem.get(item.id) ?? [], report, limit, opts.linkBase));
    }
    const shownOrphans = orphans.filter((f) => !f.suppressed);
    if (shownOrphans.length) {
        out.push('', `### Other findings`, '');
        for (const f of shownOrphans.slice(0, limit))
            out.push(`${findingLine(f, opts.linkBase).slice(2)} ${code(f.check)}`);
        if (shownOrphans.length > limit)
            out.push(`- …and ${shownOrphans.length - limit} more (see the JSON report)`);
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
    return out.join('\n');
}
const LIMITS = [Infinity, 100, 30, 10, 3, 1, 0];
/**
 * Renders the report as Markdown: title with counts, items grouped by the checklist's groups
 * (status, severity, what and where), pending manual items as copy-paste checkbox lines, catalogue
 * checks a Markdown checklist does not cover, suppressed/baseline counts. Fits the budget by listing
 * fewer findings per item, and as a last resort cuts the text with a note saying so.
 */
function renderMarkdown(report, opts = {}) {
    const maxBytes = opts.maxBytes ?? JOB_SUMMARY_BYTES;
    const maxChars = opts.maxChars ?? Infinity;
    const fits = (s) => s.length <= maxChars && Buffer.byteLength(s) <= maxBytes;
    let text = '';
    for (const limit of LIMITS) {
        text = render(report, opts, limit);
        if (fits(text))
            return text;
    }
    return cutText(text, Math.min(maxChars, maxBytes), maxBytes);
}
/** Cuts text to `maxChars` characters (and `maxBytes` UTF-8 bytes) with a note saying it was cut. */
function cutText(text, maxChars, maxBytes = Infinity) {
    if (text.length <= maxChars && Buffer.byteLength(text) <= maxBytes)
        return text;
    const note = '\n\n…(cut: the report is longer than GitHub accepts here; the full report is in the JSON report and the job summary)\n';
    let end = Math.max(0, Math.min(maxChars, maxBytes) - note.length);
    // Shrink until the bytes fit too (multi-byte characters), without splitting a surrogate pair.
    while (end > 0 && Buffer.byteLength(text.slice(0, end)) + note.length > maxBytes)
        end = Math.floor(end * 0.9);
    if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1] ?? ''))
        end--;
    return text.slice(0, end) + note;
}


/***/ })

};
