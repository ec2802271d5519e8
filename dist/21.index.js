export const id = 21;
export const ids = [21];
export const modules = {

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FULL_REPORT_AT: () => (/* binding */ FULL_REPORT_AT),
/* harmony export */   JOB_SUMMARY_BYTES: () => (/* binding */ JOB_SUMMARY_BYTES),
/* harmony export */   TICK_QUOTE_CHARS: () => (/* binding */ TICK_QUOTE_CHARS),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   cutText: () => (/* binding */ cutText),
/* harmony export */   esc: () => (/* binding */ esc),
/* harmony export */   escHtmlMarkdown: () => (/* binding */ escHtmlMarkdown),
/* harmony export */   quietMentions: () => (/* binding */ quietMentions),
/* harmony export */   quoteTick: () => (/* binding */ quoteTick),
/* harmony export */   renderFindingList: () => (/* binding */ renderFindingList),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderMarkdownFit: () => (/* binding */ renderMarkdownFit),
/* harmony export */   renderTitle: () => (/* binding */ renderTitle)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52907);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43394);
/* harmony import */ var _gate_baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1148);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44842);





/** Where a hint's tick stands: the description, or (`by`, the action's `attesters`) an approving review's body. */
const tickedIn = (h) => (h.by ? `the approving review by ${esc(`@${h.by}`)}` : 'the description');
/** What a near-miss tick lacks, and what to do instead: short, for the summaries. */
const HINT_FIX = {
    title: 'not its title as written; tick its line above as it is (case and markup do not matter, spelling, extra or missing words and punctuation do)',
    id: 'its id with more after it; tick its line above as it is (the id alone)',
    template: 'nearly fills in its blank; tick its line above with only the blank filled in, every other word and punctuation mark as written',
    blank: 'leaves its blank empty; fill the blank in, or tick the item\'s id',
    quoted: 'ticked in a block quote, and quoted words are someone else\'s; tick its line above outside the quote',
    struck: 'struck through, which withdraws it; tick its line above without the strikethrough',
    table: 'ticked in a table row, where a checkbox is no task-list item; tick its line above as a list line',
    nospace: 'no space after `[x]`, so GitHub shows the box as text; tick its line above with a space after the box (`- [x] \u2026`)',
    lookalike: 'a look-alike box (`[\u2713]`, `[-]`, `[~]`\u2026), which GitHub shows as text, no checkbox; when the work is done, tick its line above with `[x]`',
};
/** The checks that decide a bound item, as the summary names them ("the check `hsts`", "the checks `a` and `b`"). */
function decidedBy(item) {
    const checks = item.check === null ? [] : typeof item.check === 'string' ? [item.check] : item.check;
    return checks.length > 1 ? `the checks ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .andList */ .c)(checks.map(code))}` : `the check ${checks[0] ? code(checks[0]) : 'of this item'}`;
}
/** Default of {@link MarkdownOptions.fullReportAt}. */
const FULL_REPORT_AT = 'the JSON report';
/** Default job-summary budget: 1 MiB minus room for anything else the job writes. */
const JOB_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
/** Checklist warnings listed at most (each is also printed as a warning: a `::warning` in the action). */
const WARNINGS_SHOWN = 10;
const ICON = {
    pass: '\u2705', fail: '\u274c', error: '\u26a0\ufe0f', skipped: '\u23ed\ufe0f', pending: '\u23f3', attested: '\u2611\ufe0f',
};
/** Plain-text title line with the verdict and counts (check-run title, \u2264 255 characters). */
function renderTitle(report) {
    const verdict = report.result === 'fail' ? 'Failed' : 'Passed';
    // Outside a pull request pending manual items are counted but do not gate: say so, or "Passed: 4
    // high" reads like a contradiction.
    const pending = report.context?.gatesManual === false ? report.items.filter((i) => i.status === 'pending').length : 0;
    const aside = pending ? `; ${pending} pending manual item${pending === 1 ? '' : 's'} not gating outside a pull request` : '';
    return `${verdict}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .headlineCounts */ .Bi)(report)} (fail-on: ${report.failOn}${aside})`.slice(0, 255);
}
const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * Characters that open Markdown inline markup in text: emphasis (`*`, `_`), strikethrough (`~`), links and images
 * (`[`, `]`), and `\` itself (a backslash in the text is a character, not an escape of the next one).
 */
const INLINE = /[\\*_~[\]]/g;
/**
 * A URL as GitHub autolinks it, left as typed (a backslash in it would become part of the link), up to a space or a
 * character that could open markup (those are escaped after it).
 */
const URL_RUN = /\b(?:https?:\/\/|www\.)[^\s<>[\]\\*]+/gi;
/** Plain text (no code span in it) for Markdown: HTML and inline markup escaped, URLs as typed. */
function escPlain(s, refs) {
    const inline = (t) => {
        const out = escHtml(t).replace(INLINE, '\\$&');
        return refs ? refs(out) : out;
    };
    let out = '';
    let last = 0;
    for (const m of s.matchAll(URL_RUN)) {
        out += inline(s.slice(last, m.index)) + escHtml(m[0]);
        last = m.index + m[0].length;
    }
    return out + inline(s.slice(last));
}
/**
 * Text for Markdown, on one line, shown as typed: repository text (service, file and image names, keys, titles) in
 * messages cannot make a link, an image, emphasis or HTML. Outside code spans `&`, `<` and `>` are escaped as HTML and
 * `\ * _ ~ [ ]` with a backslash (a URL stays as typed, so GitHub still links it); a list or heading marker at the
 * start is escaped too. Code spans are kept (the product's own, as in `fix` texts: CommonMark shows a span's content
 * as typed, so `&lt;` there would read `&lt;`, and nothing in it is markup), found as {@link outsideCode} says.
 */
function esc(s, names = []) {
    // Control characters (an item title's ESC or BEL: a checklist writes `\e` in a YAML string) as `\xNN`, as the CLI shows them.
    const t = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(s));
    return escMarkers(outsideCode(t, (x) => escPlain(x), new Set([...quotedTicks(t), ...namedTicks(t, names)])));
}
/**
 * The positions of the backticks inside each occurrence in `t` of one of `names` (a finding's file, as its message quotes
 * it, also unquoted: ``p`tick.env is committed``): repository text, so each backtick is a character, never a code span's
 * edge, as in quoted text ({@link quotedTicks}). Only names holding a backtick count.
 */
function namedTicks(t, names) {
    const out = new Set();
    for (const name of new Set(names.map((n) => (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(n))))) {
        if (!name.includes('`'))
            continue;
        for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + name.length)) {
            for (let i = at; i < at + name.length; i++)
                if (t[i] === '`')
                    out.add(i);
        }
    }
    return out;
}
/**
 * The positions of the backticks inside text a message quotes in single quotes: a server's or a repository's text
 * (`Server: 'Apache/2.4 mod_`ssl`/2.4'`, cookie 'a`b', a service name), shown as typed, so each of its backticks is a
 * character (escaped, `` \` ``), never a code span nor the end of one. A quote opens at the start or after a space, `(`,
 * `[`, `:`, `=` or `,` (not an apostrophe: `it's`, `users'`) and closes before the end, a space or punctuation; the
 * product's own code spans are never quoted so.
 */
function quotedTicks(t) {
    const out = new Set();
    if (!t.includes('`'))
        return out;
    for (const m of t.matchAll(/(?<=^|[\s([:=,])'([^']+)'(?=$|[\s.,;:!?)\]\u2026])/g)) {
        for (let i = m.index + 1; i < m.index + 1 + m[1].length; i++)
            if (t[i] === '`')
                out.add(i);
    }
    return out;
}
/** `out` with a list or heading marker at its start escaped. */
function escMarkers(out) {
    // At the start of a list item's text (a checklist warning), `#`, `-`, `+` or `1.` would open a heading, a nested list
    // or a rule.
    return out.replace(/^(?:[#+-]|\d{1,9}(?=[.)]))/, (b) => (/^\d/.test(b) ? `${b}\\` : `\\${b}`));
}
/** How much of a pull request author's tick is quoted back: enough to recognise it, never the room the findings need. */
const TICK_QUOTE_CHARS = 100;
/**
 * A tick of the pull request description quoted in a summary or comment: its first {@link TICK_QUOTE_CHARS} characters
 * (whole code points, `\u2026` when cut), escaped as {@link esc} does, with `@name` and `#123` / `GH-123` references broken
 * by a zero-width space (outside URLs and code spans, as {@link breakRefs} says) so quoting the author's text in the
 * bot's comment notifies nobody a second time and adds no "mentioned this" event to the issues it names.
 */
function quoteTick(tick) {
    const chars = [...(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(tick)];
    const cut = chars.length > TICK_QUOTE_CHARS ? `${chars.slice(0, TICK_QUOTE_CHARS).join('').trimEnd()}\u2026` : chars.join('');
    return escMarkers(outsideCode(cut, (t) => escPlain(t, breakRefs)));
}
/**
 * Text (outside URLs and code spans, where GitHub links nothing) with `@name`, `#123` / `GH-123` references broken as
 * GitHub finds them: `#123` at the start or after a character that is not a letter or digit (a space, `(`), or after
 * `owner/repo`; never inside a word (`C#1`).
 */
function breakRefs(t) {
    return t
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
        .replace(/(?<=^|[^\w]|[\w.-]\/[\w.-]+)#(?=\d)/g, '#\u200b')
        .replace(/\bGH-(?=\d)/gi, (g) => `${g.slice(0, 2)}\u200b-`);
}
/**
 * A mention as GitHub finds one in text: `@` at the start or after a character that is not a letter, digit or `_`
 * (`ops@example.com` is no mention), then a letter or digit (`@alice`, `@acme/sre`, `(@sha256:\u2026)`).
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g;
/**
 * Rendered Markdown with every mention (`@alice`, `@acme/sre`) broken by a zero-width space after its `@`, as Renovate
 * and Dependabot write names in their comments: it reads and renders the same, and notifies nobody. Left as they are:
 * fenced code blocks (the copy-paste sign-off lines stay byte for byte the titles), code spans, URLs (a link's
 * destination) and HTML comments (the sticky comment's marker), where GitHub mentions nobody. Idempotent.
 */
function quietMentions(md) {
    const plain = (t) => {
        let out = '';
        let last = 0;
        for (const m of t.matchAll(URL_RUN)) {
            out += t.slice(last, m.index).replace(MENTION, '@\u200b') + m[0];
            last = m.index + m[0].length;
        }
        return out + t.slice(last).replace(MENTION, '@\u200b');
    };
    let fence = null;
    let inComment = false;
    return md.split('\n').map((line) => {
        const f = FENCE.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1])
                fence = null;
            return line;
        }
        // A backtick fence's info string holds no backtick (```` ```a``` ```` is a code span).
        if (!inComment && f && !(f[1][0] === '`' && line.slice(line.indexOf(f[1]) + f[1].length).includes('`'))) {
            fence = f[1];
            return line;
        }
        let out = '';
        let at = 0;
        while (at < line.length) {
            if (inComment) {
                const end = line.indexOf('-->', at);
                if (end < 0) {
                    out += line.slice(at);
                    at = line.length;
                    break;
                }
                out += line.slice(at, end + 3);
                at = end + 3;
                inComment = false;
                continue;
            }
            const start = line.indexOf('<!--', at);
            const stop = start < 0 ? line.length : start;
            out += outsideCodeSpans(line.slice(at, stop), plain);
            at = stop;
            if (start >= 0)
                inComment = true;
        }
        return out;
    }).join('\n');
}
/**
 * Rendered Markdown (one line) with `plain` applied outside its code spans ({@link codeSpans}, a backslash escaping the
 * character after it: `` \` `` is no span's backtick); a backtick run that closes nothing stays in the text, byte for byte.
 */
function outsideCodeSpans(s, plain) {
    let out = '';
    let from = 0;
    for (const [start, end, code] of codeSpans(s, true)) {
        if (!code)
            continue;
        out += plain(s.slice(from, start)) + s.slice(start, end);
        from = end;
    }
    return out + plain(s.slice(from));
}
/**
 * The code spans of one line or paragraph `t` as CommonMark finds them, in order, as `[start, end, true]`, and the backtick
 * runs that open none as `[start, end, false]`: a run of N backticks opens a span up to the next run of exactly N. With
 * `backslash`, a backslash escapes the character after it, so an escaped backtick opens nothing (a span's closer is read
 * as typed: CommonMark has no escapes in code). A position in `literal` is a backtick that neither opens nor closes a
 * span (an unpaired one of its own). One pass: the runs are listed by length first, and the closer of an opener is the
 * first run of its length after it, found by a cursor per length that only moves on (a scan to the line's end per
 * opener was quadratic on a long line of unclosed runs: review 47 S1).
 */
function codeSpans(t, backslash, literal = new Set()) {
    const tick = (j) => t[j] === '`' && !literal.has(j);
    const runs = new Map();
    for (let j = 0; j < t.length;) {
        if (!tick(j)) {
            j++;
            continue;
        }
        let r = 0;
        while (tick(j + r))
            r++;
        let list = runs.get(r);
        if (!list)
            runs.set(r, (list = []));
        list.push(j);
        j += r;
    }
    const cursor = new Map();
    const out = [];
    let i = 0;
    while (i < t.length) {
        if (backslash && t[i] === '\\') {
            i += 2;
            continue;
        }
        if (t[i] !== '`') {
            i++;
            continue;
        }
        if (literal.has(i)) {
            out.push([i, i + 1, false]);
            i++;
            continue;
        }
        let n = 0;
        while (tick(i + n))
            n++;
        const list = runs.get(n) ?? [];
        let k = cursor.get(n) ?? 0;
        while (k < list.length && list[k] < i + n)
            k++;
        cursor.set(n, k);
        const end = k < list.length ? list[k] + n : -1;
        out.push(end < 0 ? [i, i + n, false] : [i, end, true]);
        i = end < 0 ? i + n : end;
    }
    return out;
}
/**
 * The product's own Markdown (a check's docs: `why`, `fix`, `details`, over several lines and paragraphs) with `&`,
 * `<` and `>` escaped outside code spans, as {@link esc} does: `https://<same host>` would be an HTML tag that GitHub
 * drops. Its Markdown (code spans, emphasis, links) is kept.
 */
function escHtmlMarkdown(s) {
    // A code span never crosses a paragraph break.
    return s.split(/(\n[ \t]*\n)/).map((p, i) => (i % 2 ? p : outsideCode(p, escHtml))).join('');
}
/**
 * `t` with `plain` applied to the text outside code spans ({@link codeSpans}). A backtick run with no partner is escaped
 * (`` \` ``), so it cannot pair with a backtick in the text around this one; so is each backtick at a position in `literal`
 * (quoted text, see {@link quotedTicks}), which neither opens nor closes a span.
 */
function outsideCode(t, plain, literal = new Set()) {
    let out = '';
    let from = 0;
    for (const [start, end, code] of codeSpans(t, false, literal)) {
        out += plain(t.slice(from, start)) + (code ? t.slice(start, end) : '\\`'.repeat(end - start));
        from = end;
    }
    return out + plain(t.slice(from));
}
/**
 * `s` as a code span, shown as typed: fenced by a backtick run longer than any in `s` (and padded when `s` starts or
 * ends with a backtick, or with spaces on both sides, which CommonMark would strip), so no backtick of `s` closes it.
 */
function code(s) {
    const t = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(s);
    let n = 1;
    const runs = new Set((t.match(/`+/g) ?? []).map((r) => r.length));
    while (runs.has(n))
        n++;
    const fence = '`'.repeat(n);
    const pad = /^`|`$/.test(t) || (/^ .* $/.test(t) && t.trim() !== '') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/** The names a finding's message may quote its file by: the path, and the file's own name. */
const fileNames = (f) => (f.file ? [f.file, f.file.slice(f.file.lastIndexOf('/') + 1)] : []);
function where(f, linkBase) {
    if (!f.file) {
        const url = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .urlNotInMessage */ .P_)(f);
        return url ? esc(url) : null;
    }
    const label = code(`${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printablePath */ .Vj)(f.file)}${f.line ? `:${f.line}` : ''}`);
    if (!linkBase)
        return label;
    // Each segment percent-encoded, and `(`, `)` too (encodeURIComponent keeps them): an unbalanced one ends the link.
    const href = `${linkBase}/${f.file.split('/').map((p) => encodeURIComponent(p).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')}${f.line ? `#L${f.line}` : ''}`;
    return `[${label}](${href})`;
}
/** A finding from the base branch (see MarkdownOptions.fromBase): its place is the merge commit's, not the head's. */
const FROM_BASE = '_(from the base branch: merge-commit line)_';
function findingLine(f, linkBase, fromBase = false) {
    const at = where(f, fromBase ? undefined : linkBase);
    const known = f.baseline ? ' _(known, in baseline)_' : '';
    const note = f.note ? ' _(note)_' : '';
    return `  - ${at ? `${at} ` : ''}${fromBase ? `${FROM_BASE} ` : ''}**${f.severity}** ${esc(f.message, fileNames(f))}${known}${note}${f.fix ? ` \u2014 _fix:_ ${esc(f.fix, fileNames(f))}` : ''}`;
}
function itemLines(item, findings, report, limit, where, line, hints = []) {
    const shown = findings.filter((f) => !f.suppressed);
    const suppressed = findings.length - shown.length;
    const bits = [`${ICON[item.status]} **${esc(item.title)}**`, code(item.id), item.severity];
    let status = item.status;
    if (item.status === 'attested')
        status = `attested by ${item.attestedBy === 'checklist' ? 'the checklist' : `@${item.attestedBy ?? 'unknown'}`}`;
    // A box ticked in the team's Markdown file on a bound item: the check decided, the tick is shown (DESIGN).
    if (item.ticked)
        status += ' _(ticked in the checklist)_';
    // Ticked in the description though a check decides it (DESIGN: ticks never attest a bound item): shown, as a checklist's tick is.
    if (hints.some((h) => h.kind === 'bound'))
        status += ` _(ticked in ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .andList */ .c)([...new Set(hints.filter((h) => h.kind === 'bound').map(tickedIn))])}: ${decidedBy(item)} ${decidedBy(item).startsWith('the checks ') ? 'decide' : 'decides'} it, a tick does not change it)_`;
    if (item.reason)
        status += `: ${esc(item.reason)}`;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .itemBlocks */ .WO)(item, shown, report))
        status += ' \u2014 **blocks the merge**';
    // The author's tick was read and signs nothing off: said here, where the item reads "pending".
    const missed = hints.filter((h) => h.kind !== 'bound');
    if (item.status === 'pending' && missed.length)
        status += ` \u2014 ticked as ${missed.map((h) => `"${quoteTick(h.tick)}"${h.by ? ` in ${tickedIn(h)}` : ''}`).join(', ')}, which signs nothing off (see the pending sign-offs)`;
    // A passing item's reason may already say it (`pass: 1 finding suppressed by preflight-ignore`): once is enough.
    const said = item.reason?.includes('suppressed by preflight-ignore') ?? false;
    const lines = [`- ${bits.join(' \u00b7 ')} \u2014 ${status}${suppressed && !said ? ` (${suppressed} suppressed)` : ''}`];
    for (const f of shown.slice(0, limit))
        lines.push(line(f));
    if (shown.length > limit)
        lines.push(`  - \u2026and ${shown.length - limit} more, not listed here (all are in ${where})`);
    return lines;
}
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** The text at one per-item limit, and whether it lists every finding. */
function render(report, opts, limit) {
    const where = opts.fullReportAt ?? FULL_REPORT_AT;
    const byItem = new Map();
    const orphans = [];
    const ids = new Set(report.items.map((i) => i.id));
    for (const f of report.findings) {
        // Appended in place: a copy per finding is quadratic (25,000 findings of one item: seconds per render).
        if (f.item && ids.has(f.item)) {
            const list = byItem.get(f.item);
            if (list)
                list.push(f);
            else
                byItem.set(f.item, [f]);
        }
        else
            orphans.push(f);
    }
    const shownOrphans = orphans.filter((f) => !f.suppressed);
    const allListed = shownOrphans.length <= limit && [...byItem.values()].every((fs) => fs.filter((f) => !f.suppressed).length <= limit);
    // Say where the rest is only when this text does not list it.
    const listed = allListed ? 'all are listed below' : `the list below shows ${limit ? `up to ${limit} findings per item` : 'the items only'}; all are in ${where}`;
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    const icon = report.result === 'fail' ? '\u274c' : '\u2705';
    out.push(`## ${icon} Preflight ${report.result === 'fail' ? 'failed' : 'passed'}${opts.folder ? ` in ${code(opts.folder)}` : ''} (fail-on: ${report.failOn})`, '');
    // Notes are passes, not problems: counted apart, as the headline counts them (headlineCounts).
    const { notes: noteCount } = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .countsWithoutNotes */ .sL)(report);
    // The JSON report's counts (DESIGN: `counts` counts every finding, notes in `info`), with the notes among them said.
    out.push(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `${report.counts[s]} ${s}${s === 'info' && noteCount ? ` (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .notesWord */ .KH)(noteCount)}: passes, never gating)` : ''}`).join(' \u00b7 '));
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
        out.push('', facts.join(' \u00b7 '));
    const suppressed = report.findings.filter((f) => f.suppressed).length;
    const baseline = report.findings.filter((f) => f.baseline && !f.suppressed).length;
    const notes = [];
    if (suppressed)
        notes.push(`${suppressed} finding${suppressed === 1 ? '' : 's'} suppressed by \`preflight-ignore\``);
    if (baseline)
        notes.push(`${baseline} known from the baseline (reported, not gating)`);
    if (report.baselineFixed)
        notes.push(`${report.baselineFixed} baseline entr${report.baselineFixed === 1 ? 'y is' : 'ies are'} fixed${opts.baselineFixed?.length ? ` (${esc((0,_gate_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .fixedEntriesList */ .bw)(opts.baselineFixed))})` : ''} \u2014 the baseline can shrink (\`preflight baseline\`)`);
    if (notes.length)
        out.push('', `${notes.join(' \u00b7 ')}.`);
    if (opts.degraded)
        out.push('', `> [!NOTE]\n> ${esc(opts.degraded)}`);
    if (opts.commentProblem)
        out.push('', `> [!NOTE]\n> ${esc(opts.commentProblem)}`);
    for (const w of opts.notScanned ?? [])
        out.push('', `> [!WARNING]\n> ${esc(w.charAt(0).toUpperCase() + w.slice(1))}.`);
    const capped = opts.annotationsOmitted ?? 0;
    const failed = opts.annotationsFailed ?? 0;
    if (capped + failed) {
        const why = [
            capped ? `${capped} beyond the 1,000 annotations a check run gets` : '',
            failed ? `${failed} could not be posted` : '',
        ].filter(Boolean).join(', ');
        out.push('', `${plural(capped + failed, 'finding was', 'findings were')} not annotated (${why}); ${listed}.`);
    }
    if (opts.notAnnotated)
        out.push('', `${plural(opts.notAnnotated, 'finding is', 'findings are')} on files this pull request does not change: not annotated; ${listed}.`);
    const fromBase = opts.fromBase ?? (() => false);
    const based = report.findings.filter((f) => !f.suppressed && fromBase(f)).length;
    const merge = report.context?.pullRequest ? `the merge commit (\`refs/pull/${report.context.pullRequest}/merge\`)` : 'the merge commit';
    if (based) {
        // GitHub's own code scanning and reviewdog's default filter leave such findings off the pull request altogether:
        // here they are listed (and gate: merging deploys them), with why they carry no annotation.
        const one = based === 1;
        out.push('', `${plural(based, 'finding comes', 'findings come')} from the base branch, not from this pull request: ${one ? 'its line is' : 'their lines are'} in ${merge}, which Preflight scanned, but not in the pull request's head, because the base branch changed ${one ? 'it' : 'them'} after the pull request branched off. ${one ? 'It is' : 'They are'} not annotated (annotations go on the head's lines) and ${one ? 'is' : 'are'} marked ${FROM_BASE}. ${one ? 'It gates' : 'They gate'} like any finding, since merging deploys ${one ? 'it' : 'them'}: fix ${one ? 'it' : 'them'} on the base branch, or merge it into this pull request.`);
    }
    if (opts.mergeLines)
        out.push('', `Line numbers are those of ${merge}: the pull request's head could not be compared with it, so a line may be off where the base branch changed the file (fetch the head, or check out with \`fetch-depth: 0\`).`);
    const warnings = opts.checklistWarnings ?? [];
    if (warnings.length) {
        out.push('', `### \u26a0\ufe0f Checklist warnings (${warnings.length})`, '');
        const shownWarnings = warnings.slice(0, Math.min(WARNINGS_SHOWN, Math.max(limit, 3)));
        for (const w of shownWarnings) {
            const at = /^(.+?):(\d+)(?::\d+)?: /.exec(w);
            out.push(at ? `- ${code(`${at[1]}:${at[2]}`)}: ${esc(w.slice(at[0].length))}` : `- ${esc(w)}`);
        }
        if (warnings.length > shownWarnings.length)
            out.push(`- \u2026and ${warnings.length - shownWarnings.length} more, each printed as a warning`);
    }
    const line = (f) => findingLine(f, opts.linkBase, fromBase(f));
    const hintsOf = new Map();
    for (const h of opts.signoffHints ?? [])
        for (const id of h.items)
            hintsOf.set(id, [...(hintsOf.get(id) ?? []), h]);
    const groups = new Map();
    for (const item of report.items) {
        const g = item.group?.length ? item.group.join(' \u203a ') : '';
        groups.set(g, [...(groups.get(g) ?? []), item]);
    }
    for (const [g, items] of groups) {
        out.push('', `### ${g ? esc(g) : 'Checklist'}`, '');
        for (const item of items)
            out.push(...itemLines(item, byItem.get(item.id) ?? [], report, limit, where, line, hintsOf.get(item.id)));
    }
    if (shownOrphans.length) {
        out.push('', `### Other findings`, '');
        for (const f of shownOrphans.slice(0, limit))
            out.push(`${line(f).slice(2)} ${code(f.check)}`);
        if (shownOrphans.length > limit)
            out.push(`- \u2026and ${shownOrphans.length - limit} more, not listed here (all are in ${where})`);
    }
    // A pending item whose work is not done (ItemReport.notDone) is no sign-off to tick: listed with its reason.
    const pending = report.items.filter(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .awaitsSignOff */ .sh);
    // Ticks naming items a check decides: listed with the near misses (under the pending sign-offs, or on their own).
    const decided = (opts.signoffHints ?? []).filter((h) => h.kind === 'bound' && h.items.some((id) => report.items.some((i) => i.id === id)));
    const decidedLine = (h) => {
        const named = report.items.filter((i) => h.items.includes(i.id));
        const checks = [...new Set(named.map(decidedBy))];
        const signed = h.signed?.length ? `; the same tick signs off ${h.signed.length > 1 ? 'the manual items' : 'the manual item'} ${h.signed.map(code).join(', ')}, which ${h.signed.length > 1 ? 'share' : 'shares'} the title` : '; only manual items are signed off in the description';
        return `- "${quoteTick(h.tick)}" (for ${named.map((i) => code(i.id)).join(', ')}${h.by ? `, in ${tickedIn(h)}` : ''}): decided by ${checks.length === 1 ? checks[0] : 'their checks'}, a tick does not change it${signed}`;
    };
    // A tick that signs off the manual items of a title they share with bound ones signs something off: listed apart.
    const decidedLines = decided.filter((h) => !h.signed?.length).map(decidedLine);
    const sharedLines = decided.filter((h) => h.signed?.length).map(decidedLine);
    // Ticks in approving reviews (the action's `attesters`) are listed with the description's.
    const inReviews = (opts.signoffHints ?? []).some((h) => h.by);
    const inDescription = (opts.signoffHints ?? []).some((h) => !h.by);
    const tickedWhere = !inReviews ? 'Ticked in the description' : inDescription ? 'Ticked in the description or an approving review' : 'Ticked in an approving review';
    const sharedHeading = `${tickedWhere}, signing off only the manual items of a title shared with items a check decides`;
    if (pending.length) {
        const gating = report.context?.gatesManual !== false;
        out.push('', `### \u23f3 Sign-offs pending (${pending.length})`, '');
        const attesters = opts.attesters;
        if (attesters?.notCounted)
            out.push(`\u26a0\ufe0f ${esc(attesters.notCounted.charAt(0).toUpperCase() + attesters.notCounted.slice(1))}.`, '');
        // Reviews that tick pending items and sign nothing off (a comment review, a reviewer who is no attester\u2026), and why.
        for (const notice of attesters?.reviews ?? [])
            out.push(`\u26a0\ufe0f ${esc(notice.charAt(0).toUpperCase() + notice.slice(1))}.`, '');
        // With attesters, the description signs off only when its author is one of them; an approving review by one always can.
        const who = attesters ? `the attesters (${attesters.written.map(code).join(', ')})` : '';
        const tickWhere = !attesters ? 'Tick these lines in the pull request description'
            : attesters.descriptionCounts ? `Tick these lines in the pull request description, or in the body of a review approving it by one of ${who},`
                : `Its author is not among ${who}: tick these lines in the body of a review approving the pull request, by one of them,`;
        out.push(gating
            ? `${tickWhere} to sign the items off (copy them as they are):`
            : `These manual items are reported but do not gate outside pull requests. To sign them off in a pull request, tick these lines ${attesters ? `in its description when its author is among ${who}, or in the body of a review approving it by one of them` : 'in its description'}:`);
        // A title several items share signs all of them off (`Name: ____` under each of three sign-off roles): such items
        // are listed by id, which signs off one, and the note says what ticking the shared title does.
        // On one line, its control characters written `\xNN` (as normaliseTitle reads them, so the line as shown signs it off).
        // Such an item by its group and title where that names it alone (`Security Officer \u203a Name: ____`): an id is positional.
        const clean = (text) => (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(text));
        const { shared, lineOf, byGroup } = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .signoffLines */ .yu)(report, pending, clean);
        out.push('', '```markdown', ...pending.map((i) => `- [ ] ${lineOf(i)}`), '```');
        if (shared.size)
            out.push('', (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .sharedTitlesNote */ .px)([...new Set([...shared].map((i) => clean(i.title)))], code, byGroup));
        // Ticks that nearly name one of these: what the author wrote, and what to tick instead.
        const missed = (opts.signoffHints ?? []).filter((h) => h.kind !== 'bound' && h.items.some((id) => pending.some((i) => i.id === id)));
        if (missed.length || decidedLines.length) {
            out.push('', `${tickedWhere}, but signing nothing off:`, '');
            // (Where the tick and the title look the same, which characters differ: `\u2019` (U+2019) for `'`, an invisible one.)
            for (const h of missed)
                if (h.kind !== 'bound')
                    out.push(`- "${quoteTick(h.tick)}" (for ${h.items.map(code).join(', ')}${h.by ? `, in ${tickedIn(h)}` : ''}): ${HINT_FIX[h.kind]}${h.differs ? ` (${escMarkers(outsideCode((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(h.differs), (t) => escPlain(t, breakRefs)))})` : ''}`);
            out.push(...decidedLines);
        }
        if (sharedLines.length)
            out.push('', `${sharedHeading}:`, '', ...sharedLines);
    }
    else {
        if (decidedLines.length)
            out.push('', `### ${tickedWhere}, but signing nothing off`, '', ...decidedLines);
        if (sharedLines.length)
            out.push('', `### ${sharedHeading}`, '', ...sharedLines);
    }
    const uncovered = report.checklist?.format === 'markdown' ? report.checklist.uncovered ?? [] : [];
    if (uncovered.length) {
        out.push('', `### Not covered by your checklist`, '');
        out.push(`These catalogue checks are bound to no item of ${report.checklist?.file ? code(report.checklist.file) : 'the checklist'}: ${uncovered.map(code).join(', ')}. Bind one with \`<!-- preflight: CHECK-ID -->\` on an item, or add an item for it.`);
    }
    out.push('');
    const text = out.join('\n');
    return { text: opts.quietMentions ? quietMentions(text) : text, allListed };
}
const LIMITS = [Infinity, 100, 30, 10, 3, 1, 0];
/**
 * Renders the report as Markdown: title with counts, items grouped by the checklist's groups
 * (status, severity, what and where), pending manual items as copy-paste checkbox lines, catalogue
 * checks a Markdown checklist does not cover, suppressed/baseline counts. Fits the budget by listing
 * fewer findings per item, and as a last resort cuts the text with a note saying so.
 */
function renderMarkdown(report, opts = {}) {
    return renderMarkdownFit(report, opts).text;
}
/**
 * {@link renderMarkdown}, also saying whether the text is complete: every finding listed and
 * nothing cut (so another text may send its readers here for the full list).
 */
function renderMarkdownFit(report, opts = {}) {
    const maxBytes = opts.maxBytes ?? JOB_SUMMARY_BYTES;
    const maxChars = opts.maxChars ?? Infinity;
    const fits = (s) => s.length <= maxChars && Buffer.byteLength(s) <= maxBytes;
    let text = '';
    for (const limit of LIMITS) {
        const r = render(report, opts, limit);
        text = r.text;
        if (fits(text))
            return { text, complete: r.allListed };
    }
    // Too long even without findings (thousands of items): cut the item list, not the copy-paste sign-off lines.
    const at = text.indexOf('\n### \u23f3 Sign-offs pending');
    if (at > 0) {
        const fence = text.indexOf('\n```\n', text.indexOf('```markdown', at) + 1);
        const whole = fence > 0 ? text.slice(at, fence + 5) : '';
        if (whole) {
            // The head (verdict, counts, the start of the item list) keeps at least a few thousand characters; the
            // sign-off lines get the rest, cut at a line (the fence closed, a note saying where the others are) when
            // there are more than fit.
            const budget = Math.min(maxChars, maxBytes);
            const headRoom = Math.min(4000, Math.floor(budget / 4));
            const tail = fits(whole) && whole.length <= budget - headRoom && Buffer.byteLength(whole) <= maxBytes - headRoom
                ? whole
                : cutText(whole, budget - headRoom, maxBytes - headRoom, opts.fullReportAt);
            const head = cutText(text.slice(0, at), budget - tail.length, maxBytes - Buffer.byteLength(tail), opts.fullReportAt);
            return { text: `${head.replace(/\n+$/, '\n')}${tail}`, complete: false };
        }
    }
    return { text: cutText(text, Math.min(maxChars, maxBytes), maxBytes, opts.fullReportAt), complete: false };
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * Cuts text to `maxChars` characters (and `maxBytes` UTF-8 bytes) with a note saying it was cut
 * and where the full report is (`fullReportAt`, never the text's own place). Cuts at a line
 * boundary (a copy-paste sign-off line is never left a fragment) and closes a fenced code block
 * the cut leaves open, so the note renders outside it.
 */
function cutText(text, maxChars, maxBytes = Infinity, fullReportAt = FULL_REPORT_AT) {
    if (text.length <= maxChars && Buffer.byteLength(text) <= maxBytes)
        return text;
    const note = `\n\n\u2026(cut: the report is longer than GitHub accepts here; the full report is in ${fullReportAt})\n`;
    // Room for the note and for a closing fence as long as the longest one in the text.
    const longest = Math.max(3, ...[...text.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)].map((m) => m[1].length));
    const reserve = note.length + longest + 1;
    const reserveBytes = Buffer.byteLength(note) + longest + 1;
    let end = Math.max(0, Math.min(text.length, maxChars - reserve));
    if (Number.isFinite(maxBytes)) {
        const budget = Math.max(0, maxBytes - reserveBytes);
        // The longest prefix within the byte budget; a cut character decodes to U+FFFD: drop it.
        const byBytes = Buffer.from(text).subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
        end = Math.min(end, byBytes.length);
    }
    const nl = text.lastIndexOf('\n', end);
    if (nl > 0 && end < text.length)
        end = nl;
    else if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1] ?? ''))
        end--;
    let kept = text.slice(0, end);
    // A fence opens with ``` or ~~~ and closes with the same character, at least as long.
    let open = null;
    for (const line of kept.split('\n')) {
        const m = FENCE.exec(line);
        if (!m)
            continue;
        if (open === null)
            open = m[1];
        else if (m[1][0] === open[0] && m[1].length >= open.length && line.trim() === m[1])
            open = null;
    }
    if (open !== null)
        kept += `\n${open}`;
    return kept + note;
}
/**
 * The check run's `text`: every finding (the summary lists at most a few per item), most severe first, as
 * Markdown lines, cut to `maxChars` characters and `maxBytes` UTF-8 bytes (GitHub's limit on a check run's text
 * counts bytes) with a note saying where the rest is. Suppressed findings are left out.
 */
function renderFindingList(report, opts) {
    const rank = (f) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(f.severity);
    const shown = report.findings.filter((f) => !f.suppressed).sort((a, b) => rank(a) - rank(b));
    if (!shown.length)
        return '';
    const lines = [`## All ${shown.length} finding${shown.length === 1 ? '' : 's'}`, ''];
    for (const f of shown)
        lines.push(`${findingLine(f, opts.linkBase, opts.fromBase?.(f) ?? false).slice(2)} ${code(f.check)}`);
    return cutText(`${lines.join('\n')}\n`, opts.maxChars, opts.maxBytes ?? Infinity, opts.fullReportAt);
}


/***/ })

};
