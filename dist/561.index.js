export const id = 561;
export const ids = [561];
export const modules = {

/***/ 17763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   Tv: () => (/* binding */ symlinkOutOfRepository),
/* harmony export */   ZO: () => (/* binding */ gitignore),
/* harmony export */   aR: () => (/* binding */ gitIgnores),
/* harmony export */   dT: () => (/* binding */ MAX_WALK)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70298);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64170);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18650);







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The most files a walk outside git lists. */
const MAX_WALK = 200_000;
async function git(cwd, args) {
    // safe.directory per command: container jobs run as another user than the checkout's owner.
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
async function listFiles(dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);
    let top = null;
    try {
        top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim() || null;
    }
    catch (e) {
        // Not a repository (or no git at all): walk the folder. A repository git cannot open (a `.git`
        // file naming a missing gitdir, a corrupt HEAD) must not silently become a walk.
        const why = gitMessage(e);
        // "not a git repository (or any of the parent directories)" / "(or any parent up to mount
        // point /x)": a plain folder. "not a git repository: /x/.git/…" (a `.git` file naming a missing
        // gitdir), a corrupt HEAD or config: a repository git cannot open.
        if (why !== null && !/not a git repository \(/i.test(why)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`${dir} looks like a git repository, but git cannot read it: ${why}`);
        }
        top = null;
    }
    if (top) {
        const root = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(top);
        const real = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(abs);
        const base = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        let out;
        try {
            out = await git(real, ['ls-files', '-z', '--full-name', '--', '.']);
        }
        catch (e) {
            // A broken repository (a truncated index) is the environment's problem, not a bug here.
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`git cannot list the files of ${dir}: ${gitMessage(e) ?? e.message}`);
        }
        const files = out.split('\0').filter(Boolean);
        // Nothing tracked: files on disk that git would add (untracked folders listed as one entry each) are worth a word.
        let untracked = false;
        if (!files.length) {
            try {
                untracked = (await git(real, ['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--', '.'])).split('\0').some(Boolean);
            }
            catch { /* said nothing: no hint */ }
        }
        return { root, base, files, git: true, ...(untracked ? { untracked: true } : {}) };
    }
    const files = await walk(abs, MAX_WALK);
    return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}) };
}
/**
 * The first symlink on the way to `dir` (an absolute path, as the user named it) that sits inside a
 * git repository and resolves outside that repository; null when there is none. Each component is
 * resolved from the real path of the ones before it, so `services/shared -> /elsewhere` inside a
 * checkout is found, while a symlink above any repository (macOS `/tmp -> /private/tmp`, a home
 * folder linked elsewhere) and one inside a repository pointing inside it are fine. Stops at the
 * first component that does not exist (the caller reports that).
 */
async function symlinkOutOfRepository(dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);
    const { root } = node_path__WEBPACK_IMPORTED_MODULE_2__.parse(abs);
    let real = root;
    let named = root;
    for (const part of abs.slice(root.length).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_2__.join(real, part);
        named = node_path__WEBPACK_IMPORTED_MODULE_2__.join(named, part);
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(next);
        }
        catch {
            return null;
        }
        if (!st.isSymbolicLink()) {
            real = next;
            continue;
        }
        let target;
        try {
            target = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(next);
        }
        catch {
            return null;
        }
        let top = null;
        try {
            top = (await git(real, ['rev-parse', '--show-toplevel'])).trim() || null;
        }
        catch {
            top = null;
        }
        if (top !== null) {
            const repository = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(top).catch(() => top);
            if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .isWithin */ .UO)(repository, target))
                return { link: named, target, repository };
        }
        real = target;
    }
    return null;
}
/**
 * An empty rule set matching the way git does on the runners (Linux, `core.ignorecase=false`):
 * `.ENV` does not ignore `.env`.
 */
function gitignore() {
    return ignore__WEBPACK_IMPORTED_MODULE_4__({ ignorecase: false });
}
/** git's own message (its first `fatal:`/`error:` line) from a failed run; null when git did not run. */
function gitMessage(e) {
    const err = e;
    if (err?.code === 'ENOENT' || typeof err?.stderr !== 'string')
        return null;
    const line = err.stderr.split('\n').map((l) => l.trim()).find((l) => /^(?:fatal|error):/.test(l)) ?? err.stderr.trim().split('\n')[0] ?? '';
    return line.replace(/^(?:fatal|error):\s*/, '') || null;
}
/**
 * Whether `.gitignore` rules ignore `rel` (a repository path; end it with `/` for a folder), the
 * way git does: each folder on the way down first (git does not descend into an excluded folder,
 * so nothing below it is re-included, not even by a `.gitignore` inside it), then the path itself;
 * for each, the deepest `.gitignore` with a matching pattern decides, `!pattern` re-including.
 * `rules` must be ordered root first. `parents: false` skips the folders (a walk that has already
 * checked them).
 */
function gitIgnores(rules, rel, parents = true) {
    const parts = rel.replace(/\/$/, '').split('/');
    if (parents) {
        for (let k = 1; k < parts.length; k++)
            if (decides(rules, `${parts.slice(0, k).join('/')}/`))
                return true;
    }
    return decides(rules, rel);
}
/** The verdict on one path of the deepest `.gitignore` whose last matching pattern matches it (parents not considered). */
function decides(rules, rel) {
    for (let i = rules.length - 1; i >= 0; i--) {
        const { dir, ig } = rules[i];
        if (dir && !rel.startsWith(`${dir}/`))
            continue;
        const sub = dir ? rel.slice(dir.length + 1) : rel;
        if (sub === '' || sub === '/')
            continue;
        // A file: its own patterns only (its folders were judged above). A folder: `checkIgnore` takes `a/*` to
        // match `a/` itself, so `test` (which also looks at the folder's parents in the same file).
        const r = sub.endsWith('/') ? ig.test(sub) : ig.checkIgnore(sub);
        if (r.ignored)
            return true;
        if (r.unignored)
            return false;
    }
    return false;
}
async function walk(root, max) {
    const files = [];
    const stack = [{ dir: '', rules: [] }];
    while (stack.length && files.length < max) {
        const { dir, rules } = stack.pop();
        const absDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, dir);
        let entries;
        try {
            entries = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(absDir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        const here = [...rules];
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            try {
                here.push({ dir, ig: gitignore().add(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(absDir, '.gitignore'), 'utf8')) });
            }
            catch { /* unreadable .gitignore: ignore it */ }
        }
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!gitIgnores(here, `${rel}/`, false))
                    stack.push({ dir: rel, rules: here });
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !gitIgnores(here, rel, false))
                files.push(rel);
        }
    }
    return files.sort();
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FULL_REPORT_AT: () => (/* binding */ FULL_REPORT_AT),
/* harmony export */   JOB_SUMMARY_BYTES: () => (/* binding */ JOB_SUMMARY_BYTES),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   cutText: () => (/* binding */ cutText),
/* harmony export */   esc: () => (/* binding */ esc),
/* harmony export */   escHtmlMarkdown: () => (/* binding */ escHtmlMarkdown),
/* harmony export */   renderFindingList: () => (/* binding */ renderFindingList),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderMarkdownFit: () => (/* binding */ renderMarkdownFit),
/* harmony export */   renderTitle: () => (/* binding */ renderTitle)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52907);


/** Default of {@link MarkdownOptions.fullReportAt}. */
const FULL_REPORT_AT = 'the JSON report';
/** Default job-summary budget: 1 MiB minus room for anything else the job writes. */
const JOB_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
/** Checklist warnings listed at most (each is also printed as a warning: a `::warning` in the action). */
const WARNINGS_SHOWN = 10;
const ICON = {
    pass: '✅', fail: '❌', error: '⚠️', skipped: '⏭️', pending: '⏳', attested: '☑️',
};
/** Plain-text title line with the verdict and counts (check-run title, ≤ 255 characters). */
function renderTitle(report) {
    const counts = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${s}`);
    const verdict = report.result === 'fail' ? 'Failed' : 'Passed';
    // Outside a pull request pending manual items are counted but do not gate: say so, or "Passed: 4
    // high" reads like a contradiction.
    const pending = report.context?.gatesManual === false ? report.items.filter((i) => i.status === 'pending').length : 0;
    const aside = pending ? `; ${pending} pending manual item${pending === 1 ? '' : 's'} not gating outside a pull request` : '';
    return `${verdict}: ${counts.length ? counts.join(', ') : 'no findings'} (fail-on: ${report.failOn}${aside})`.slice(0, 255);
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
function escPlain(s) {
    const inline = (t) => escHtml(t).replace(INLINE, '\\$&');
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
function esc(s) {
    const out = outsideCode((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(s), escPlain);
    // At the start of a list item's text (a checklist warning), `#`, `-`, `+` or `1.` would open a heading, a nested list
    // or a rule.
    return out.replace(/^(?:[#+-]|\d{1,9}(?=[.)]))/, (b) => (/^\d/.test(b) ? `${b}\\` : `\\${b}`));
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
 * `t` with `plain` applied to the text outside code spans. Code spans are found as CommonMark does: a run of N
 * backticks up to the next run of exactly N. A run with no partner is escaped (`` \` ``), so it cannot pair with a
 * backtick in the text around this one.
 */
function outsideCode(t, plain) {
    let out = '';
    let from = 0;
    let i = 0;
    while (i < t.length) {
        if (t[i] !== '`') {
            i++;
            continue;
        }
        let n = 1;
        while (t[i + n] === '`')
            n++;
        // The next run of exactly n backticks closes the span.
        const close = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
        close.lastIndex = i + n;
        const m = close.exec(t);
        out += plain(t.slice(from, i));
        if (m) {
            out += t.slice(i, m.index + n);
            i = from = m.index + n;
        }
        else {
            out += '\\`'.repeat(n);
            i = from = i + n;
        }
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
function findingLine(f, linkBase) {
    const at = where(f, linkBase);
    const known = f.baseline ? ' _(known, in baseline)_' : '';
    const note = f.note ? ' _(note)_' : '';
    return `  - ${at ? `${at} ` : ''}**${f.severity}** ${esc(f.message)}${known}${note}${f.fix ? ` — _fix:_ ${esc(f.fix)}` : ''}`;
}
function itemLines(item, findings, report, limit, where, linkBase) {
    const shown = findings.filter((f) => !f.suppressed);
    const suppressed = findings.length - shown.length;
    const bits = [`${ICON[item.status]} **${esc(item.title)}**`, code(item.id), item.severity];
    let status = item.status;
    if (item.status === 'attested')
        status = `attested by ${item.attestedBy === 'checklist' ? 'the checklist' : `@${item.attestedBy ?? 'unknown'}`}`;
    // A box ticked in the team's Markdown file on a bound item: the check decided, the tick is shown (DESIGN).
    if (item.ticked)
        status += ' _(ticked in the checklist)_';
    if (item.reason)
        status += `: ${esc(item.reason)}`;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .itemBlocks */ .WO)(item, shown, report))
        status += ' — **blocks the merge**';
    // A passing item's reason may already say it (`pass: 1 finding suppressed by preflight-ignore`): once is enough.
    const said = item.reason?.includes('suppressed by preflight-ignore') ?? false;
    const lines = [`- ${bits.join(' · ')} — ${status}${suppressed && !said ? ` (${suppressed} suppressed)` : ''}`];
    for (const f of shown.slice(0, limit))
        lines.push(findingLine(f, linkBase(f)));
    if (shown.length > limit)
        lines.push(`  - …and ${shown.length - limit} more, not listed here (all are in ${where})`);
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
        if (f.item && ids.has(f.item))
            byItem.set(f.item, [...(byItem.get(f.item) ?? []), f]);
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
    const warnings = opts.checklistWarnings ?? [];
    if (warnings.length) {
        out.push('', `### ⚠️ Checklist warnings (${warnings.length})`, '');
        const shownWarnings = warnings.slice(0, Math.min(WARNINGS_SHOWN, Math.max(limit, 3)));
        for (const w of shownWarnings) {
            const at = /^(.+?):(\d+)(?::\d+)?: /.exec(w);
            out.push(at ? `- ${code(`${at[1]}:${at[2]}`)}: ${esc(w.slice(at[0].length))}` : `- ${esc(w)}`);
        }
        if (warnings.length > shownWarnings.length)
            out.push(`- …and ${warnings.length - shownWarnings.length} more, each printed as a warning`);
    }
    const linkOf = (f) => (opts.linkBase && !opts.unlinked?.(f) ? opts.linkBase : undefined);
    const groups = new Map();
    for (const item of report.items) {
        const g = item.group?.length ? item.group.join(' › ') : '';
        groups.set(g, [...(groups.get(g) ?? []), item]);
    }
    for (const [g, items] of groups) {
        out.push('', `### ${g ? esc(g) : 'Checklist'}`, '');
        for (const item of items)
            out.push(...itemLines(item, byItem.get(item.id) ?? [], report, limit, where, linkOf));
    }
    if (shownOrphans.length) {
        out.push('', `### Other findings`, '');
        for (const f of shownOrphans.slice(0, limit))
            out.push(`${findingLine(f, linkOf(f)).slice(2)} ${code(f.check)}`);
        if (shownOrphans.length > limit)
            out.push(`- …and ${shownOrphans.length - limit} more, not listed here (all are in ${where})`);
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
    return { text: out.join('\n'), allListed };
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
    const at = text.indexOf('\n### ⏳ Sign-offs pending');
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
    const note = `\n\n…(cut: the report is longer than GitHub accepts here; the full report is in ${fullReportAt})\n`;
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
 * Markdown lines, cut to `maxChars` with a note saying where the rest is. Suppressed findings are left out.
 */
function renderFindingList(report, opts) {
    const rank = (f) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(f.severity);
    const shown = report.findings.filter((f) => !f.suppressed).sort((a, b) => rank(a) - rank(b));
    if (!shown.length)
        return '';
    const lines = [`## All ${shown.length} finding${shown.length === 1 ? '' : 's'}`, ''];
    for (const f of shown)
        lines.push(`${findingLine(f, opts.linkBase && !opts.unlinked?.(f) ? opts.linkBase : undefined).slice(2)} ${code(f.check)}`);
    return cutText(`${lines.join('\n')}\n`, opts.maxChars, Infinity, opts.fullReportAt);
}


/***/ }),

/***/ 20123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SECURITY_SEVERITY: () => (/* binding */ SECURITY_SEVERITY),
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19714);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63021);



/**
 * GitHub reads `security-severity` as a CVSS-like score: > 9.0 critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low.
 */
const SECURITY_SEVERITY = {
    critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5',
};
const LEVEL = {
    critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note',
};
/** Rules for the reserved ids of the catalogue (typed by RESERVED_IDS: the two lists cannot drift). */
const RESERVED = {
    'parse-error': {
        title: 'File could not be parsed',
        description: 'A file that a check needs could not be parsed; the checks skipped it.',
        fix: 'Fix the syntax error at the reported location.',
    },
    'config': {
        title: 'Preflight configuration problem',
        description: 'A problem with Preflight’s own inputs, such as a suppression naming an unknown check id.',
        fix: 'Correct the named suppression or checklist entry.',
    },
};
/** GitHub's limit: an upload with a run of more results is rejected whole (only the 5,000 most severe are shown). */
const MAX_RESULTS = 25_000;
const INFO_URI = 'https://github.com/preflight-gate/preflight';
const ruleName = (id) => id.split(/[^a-z0-9]+/i).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
/**
 * The report as SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per catalogue check
 * (and per reserved id used), `security-severity` from the most severe finding of the rule (else
 * its default), `partialFingerprints` from the finding fingerprints, findings without a file
 * anchored to their checklist item's line in `checklistFile`; else a check's finding to the file its
 * fix belongs in (the check's `fixFile`: `.gitignore`), and a probe's to `checklistFile` (the action
 * passes the workflow file when the checklist is a preset); with none of these they become run
 * notifications, as code scanning needs a location per result.
 * Findings suppressed in code (`preflight-ignore`) are left out, as Checkov, Trivy and hadolint leave
 * theirs: code scanning does not honour a result's `suppressions` and would open an alert for each.
 * Baseline-known findings stay (known debt is reported, not gated) with an `external` suppression.
 * Notes (`info`: an explicit
 * opt-out, an unverifiable reference) are passes, not problems: code scanning ignores a result's
 * `kind` and would open each as an alert at its rule's `security-severity`, so they stay out (the
 * JSON, text and Markdown reports list them). Identical fingerprints (the same check on two
 * identical lines of a file) get an occurrence suffix, as upload-sarif does for its own, so code
 * scanning keeps them apart. No `automationDetails`: upload-sarif fills it only when absent, from
 * its `category` input or the job and matrix — a fixed id would override both.
 */
function toSarif(report, opts) {
    // A checklist outside the repository (`--checklist ../team.yml`, an absolute path) has no
    // repository-relative location to anchor results at.
    if (opts.checklistFile !== null && (/^(?:\/|[A-Za-z]:[\\/]|\.\.(?:\/|\\|$))/.test(opts.checklistFile)))
        opts = { ...opts, checklistFile: null };
    const defs = [...(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().values()].sort((a, b) => a.id.localeCompare(b.id));
    const ids = new Set(defs.map((d) => d.id));
    const extra = [...new Set(report.findings.map((f) => f.check))].filter((id) => !ids.has(id)).sort();
    const bySeverity = new Map();
    for (const f of report.findings) {
        if (f.suppressed || f.note)
            continue;
        const list = bySeverity.get(f.check);
        if (list)
            list.push(f.severity);
        else
            bySeverity.set(f.check, [f.severity]);
    }
    const sev = (id, fallback) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .maxSeverity */ .eL)(bySeverity.get(id) ?? [], fallback);
    const rules = [
        ...defs.map((d) => {
            const s = sev(d.id, d.severity);
            const help = [d.docs.why, `Fix: ${d.docs.fix}`].join('\n\n');
            return {
                id: d.id,
                name: ruleName(d.id),
                shortDescription: { text: d.title },
                fullDescription: { text: d.description || d.title },
                // `markdown`: `&`, `<`, `>` escaped outside code spans (`https://<same host>` would be a tag GitHub drops).
                help: { text: help, markdown: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.escHtmlMarkdown)([help, d.docs.details ?? ''].filter(Boolean).join('\n\n')) },
                helpUri: `${INFO_URI}/blob/main/docs/checks.md#${d.id}`,
                defaultConfiguration: { level: LEVEL[s] },
                properties: { tags: ['security', 'production-readiness', d.kind], precision: 'high', 'security-severity': SECURITY_SEVERITY[s] },
            };
        }),
        ...extra.map((id) => {
            const r = RESERVED[id] ?? { title: id, description: `Findings of '${id}'.`, fix: 'See the message.' };
            const s = sev(id, 'low');
            return {
                id,
                name: ruleName(id),
                shortDescription: { text: r.title },
                fullDescription: { text: r.description },
                help: { text: `${r.description}\n\nFix: ${r.fix}`, markdown: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.escHtmlMarkdown)(`${r.description}\n\nFix: ${r.fix}`) },
                defaultConfiguration: { level: LEVEL[s] },
                properties: { tags: ['production-readiness'], precision: 'high', 'security-severity': SECURITY_SEVERITY[s] },
            };
        }),
    ];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // An item's line counts only in the file the probe findings are anchored to.
    const itemLine = new Map(report.items.map((i) => [i.id, i.source?.file === opts.checklistFile ? i.source.line : null]));
    // An item that could not run counts against the gate at its severity (an unreachable URL blocks the merge):
    // code scanning shows it as a result of its check, anchored like a probe finding, so SARIF says what blocks.
    const errors = report.items.filter((i) => i.status === 'error').map((i) => ({
        check: (Array.isArray(i.check) ? i.check[0] : i.check) ?? i.id,
        item: i.id,
        severity: i.severity,
        message: `'${i.title}' could not be checked: ${i.reason ?? 'the check or probe did not run'}`,
        file: null, line: null, column: null, url: null,
    }));
    // A finding without a file whose item is not in a repository checklist: at the file its fix belongs in, when the check names one.
    const fixFile = (f) => { const d = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().get(f.check); return d?.kind === 'static' ? d.fixFile ?? null : null; };
    const anchor = (f) => (f.file || (f.item && itemLine.get(f.item) != null) ? opts.checklistFile : fixFile(f) ?? opts.checklistFile);
    const all = [...report.findings.filter((f) => !f.note && !f.suppressed), ...errors].map((f) => result(f, index.get(f.check) ?? 0, anchor(f), itemLine));
    // `preflight/v1` is check + file + the finding's subject or line content: identical lines (two compose services with
    // the same image line, two Deployments of one file), or one subject reported twice (one untagged image in two stages), would be one alert. The n-th repeat gets `:n` (stable in file order).
    const seen = new Map();
    for (const r of all) {
        const fp = r.partialFingerprints?.['preflight/v1'];
        if (!fp)
            continue;
        const key = `${r.ruleId}\0${fp}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (n > 1)
            r.partialFingerprints['preflight/v1'] = `${fp}:${n}`;
    }
    // Code scanning rejects a result without a location: with no file to anchor to (a preset
    // checklist), such findings become notifications of the run instead.
    let results = all.filter((r) => r.locations?.length);
    const unplaced = all.filter((r) => !r.locations?.length);
    // Code scanning rejects a whole upload whose run has more than 25,000 results: keep the most severe
    // (open before baseline-known, in report order) and say how many are left out.
    const dropped = Math.max(0, results.length - MAX_RESULTS);
    if (dropped) {
        const rank = (r) => (r.suppressions ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.length : 0) + (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(r.properties.severity);
        const keep = new Set(results.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).slice(0, MAX_RESULTS).map(({ r }) => r));
        results = results.filter((r) => keep.has(r));
    }
    const notifications = [
        ...unplaced.map((r) => ({
            // The rule the notification is about: `descriptor` would name a notification descriptor (SARIF §3.58.4–5).
            level: r.level, message: r.message, associatedRule: { id: r.ruleId, index: r.ruleIndex },
        })),
        ...(dropped ? [{ level: 'warning', message: { text: `${dropped} less severe results are left out: code scanning rejects a run with more than ${MAX_RESULTS.toLocaleString('en-US')} results. The JSON report lists every finding.` } }] : []),
    ];
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: { driver: { name: 'Preflight', semanticVersion: report.tool.version, version: report.tool.version, informationUri: INFO_URI, rules } },
                columnKind: 'utf16CodeUnits',
                ...(notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
                results,
            }],
    };
}
/** `anchorFile`: where a finding without a file is placed (its item's line there when it is the checklist file, else line 1). */
function result(f, ruleIndex, anchorFile, itemLine) {
    const file = f.file ?? anchorFile;
    const line = f.file ? f.line : (f.item ? itemLine.get(f.item) : null) ?? 1;
    const region = { startLine: Math.max(1, line ?? 1) };
    if (f.file && f.column && f.column >= 1)
        region.startColumn = f.column;
    if (f.file && f.endLine && f.endLine > region.startLine)
        region.endLine = f.endLine;
    const url = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .urlNotInMessage */ .P_)(f);
    const text = url ? `${f.message} (${url})` : f.message;
    const out = {
        ruleId: f.check,
        ruleIndex,
        level: f.note ? 'note' : LEVEL[f.severity],
        message: { text },
        // A URI reference: each path segment percent-encoded (`p q`, `C#`, `100%`, `what?` are file names, not URI syntax).
        // Paths are POSIX already (the snapshot's and the checklist's): a backslash is a character of a name (`%5C`).
        locations: file ? [{ physicalLocation: { artifactLocation: { uri: file.replace(/^\.?\//, '').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }, region } }] : [],
        properties: { severity: f.severity, ...(f.item ? { item: f.item } : {}) },
    };
    if (f.fingerprint)
        out.partialFingerprints = { 'preflight/v1': f.fingerprint };
    if (f.baseline)
        out.suppressions = [{ kind: 'external', justification: 'known finding recorded in the baseline' }];
    return out;
}


/***/ })

};
