export const id = 561;
export const ids = [561];
export const modules = {

/***/ 17763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   Tv: () => (/* binding */ symlinkOutOfRepository),
/* harmony export */   ZO: () => (/* binding */ gitignore),
/* harmony export */   aR: () => (/* binding */ gitIgnores),
/* harmony export */   dT: () => (/* binding */ MAX_WALK)
/* harmony export */ });
/* unused harmony export stagedEntries */
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
        // No git to ask (not installed, as in a slim container with the checkout mounted): a folder in a repository would
        // be walked as a plain one, judging files git does not track (an untracked `prod.env`). Refused, as a repository
        // git cannot read is; outside any repository the walk is what git would have led to anyway.
        const spawn = e?.code;
        if (spawn === 'ENOENT' || spawn === 'EACCES') {
            const marker = gitMarker(abs);
            if (marker) {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`${dir} is in a git repository (${marker}), but git ${spawn === 'ENOENT' ? 'was not found on PATH' : 'cannot be run (permission denied)'}: Preflight reads the files git tracks (\`git ls-files\`), so install git or put it on PATH`);
            }
        }
        // "not a git repository (or any of the parent directories)" / "(or any parent up to mount
        // point /x)": a plain folder. "not a git repository: /x/.git/\u2026" (a `.git` file naming a missing
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
        let sep = ' ';
        try {
            // Each entry's mode, so tracked symlinks (120000) are named and a finding read through one is not told twice:
            // `--format` (git 2.38+) adds 7 bytes an entry; `-s` (older git) adds the object id too (40,000 files: 2 MB more).
            out = await listed(real, ['--format=%(objectmode) %(path)']).catch(async (e) => {
                if (!/unknown option|format/i.test(gitMessage(e) ?? ''))
                    throw e;
                sep = '\t';
                return listed(real, ['-s']);
            });
        }
        catch (e) {
            // A broken repository (a truncated index) is the environment's problem, not a bug here.
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`git cannot list the files of ${dir}: ${gitMessage(e) ?? e.message}`);
        }
        const { files, links } = stagedEntries(out, sep);
        // Nothing tracked: files on disk that git would add (untracked folders listed as one entry each) are worth a word.
        let untracked = false;
        if (!files.length) {
            try {
                untracked = (await git(real, ['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--', '.'])).split('\0').some(Boolean);
            }
            catch { /* said nothing: no hint */ }
        }
        return { root, base, files, git: true, ...(untracked ? { untracked: true } : {}), ...(links.length ? { links } : {}) };
    }
    const links = [];
    const files = await walk(abs, MAX_WALK, links);
    return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}), ...(links.length ? { links } : {}) };
}
/**
 * The `.git` (a folder, or a file naming the gitdir of a worktree or submodule) in `dir` or the nearest folder above it
 * that has one; null when there is none up to the filesystem root. Git's own discovery, for when git cannot be run.
 */
function gitMarker(dir) {
    for (let at = dir;; at = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(at)) {
        const marker = node_path__WEBPACK_IMPORTED_MODULE_2__.join(at, '.git');
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(marker, { throwIfNoEntry: false });
        }
        catch {
            st = undefined;
        }
        if (st?.isDirectory() || st?.isFile())
            return marker;
        if (node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(at) === at)
            return null;
    }
}
/** `git ls-files -z --full-name <how> -- .` in `dir`. */
const listed = (dir, how) => git(dir, ['ls-files', '-z', ...how, '--full-name', '--', '.']);
/**
 * The paths of `git ls-files -z` output whose entries start with the mode (`--format='%(objectmode) %(path)'`: `sep`
 * a space; `-s`: `<mode> <object> <stage>\t<path>`, `sep` a tab), once each (a file in a merge conflict has an entry
 * per stage), and those whose mode is a symlink's (120000).
 */
function stagedEntries(out, sep = '\t') {
    const files = [];
    const links = [];
    let last = '';
    // Walked in place (no split into entries): 40,000 files give a 3 MB listing, and only the paths are kept.
    for (let at = 0; at < out.length;) {
        let end = out.indexOf('\0', at);
        if (end === -1)
            end = out.length;
        const tab = out.indexOf(sep, at);
        if (tab !== -1 && tab < end - 1) {
            const file = out.slice(tab + 1, end);
            if (file !== last) {
                last = file;
                files.push(file);
                if (out.startsWith('120000 ', at))
                    links.push(file);
            }
        }
        at = end + 1;
    }
    return { files, links };
}
/** Every file git tracks in the repository at `root` (its top level), relative to it; null when git cannot say. */
async function trackedFiles(root) {
    try {
        return (await git(root, ['ls-files', '-z', '--full-name'])).split('\0').filter(Boolean);
    }
    catch {
        return null;
    }
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
async function walk(root, max, links) {
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
            else if ((e.isFile() || e.isSymbolicLink()) && !gitIgnores(here, rel, false)) {
                files.push(rel);
                if (e.isSymbolicLink())
                    links.push(rel);
            }
        }
    }
    return files.sort();
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
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93364);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);






/**
 * GitHub reads `security-severity` as a CVSS-like score: > 9.0 critical, 7.0\u20138.9 high,
 * 4.0\u20136.9 medium, 0.1\u20133.9 low.
 */
const SECURITY_SEVERITY = {
    critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5',
};
const LEVEL = {
    critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note',
};
/**
 * Rules for the reserved ids of the catalogue (typed by RESERVED_IDS: the two lists cannot drift). They are about
 * Preflight's inputs, not vulnerabilities: no `security` tag and no `security-severity` (code scanning shows them by level).
 */
const RESERVED = {
    'parse-error': {
        title: 'File could not be parsed',
        description: 'A file that a check needs could not be parsed; the checks skipped it.',
        fix: 'Fix the syntax error at the reported location.',
        // What is a parse error: the Files paragraph at the top of the catalogue.
        doc: 'docs/checks.md',
    },
    'config': {
        title: 'Preflight configuration problem',
        description: 'A problem with Preflight\u2019s own inputs, such as a suppression naming an unknown check id.',
        fix: 'Correct the named suppression or checklist entry.',
        // Suppressions and baselines are described under the checklist.
        doc: 'README.md#the-checklist',
    },
};
/** GitHub's limit: an upload with a run of more results is rejected whole (only the 5,000 most severe are shown). */
const MAX_RESULTS = 25_000;
const INFO_URI = 'https://github.com/preflight-gate/preflight';
const ruleName = (id) => id.split(/[^a-z0-9]+/i).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
/**
 * The report as SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per catalogue check
 * (and per reserved id used: `parse-error` and `config` have no `security-severity`), `security-severity` from the highest severity the
 * checklist's items give the check or a finding of it has (else its default: stable from run to run, as code scanning rates every alert of a rule by it), `partialFingerprints` from the finding fingerprints (an item that could not be checked: by its check and id), findings without a file
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
 * its `category` input or the job and matrix \u2014 a fixed id would override both.
 * One invocation, `executionSuccessful: true` (a run that could not complete, a configuration error, writes no
 * SARIF), whose `toolExecutionNotifications` also list the items that could not be checked (an unreachable URL).
 *
 * `checklistFile` and the URIs are relative to the repository (code scanning resolves URIs against the checkout);
 * `pathPrefix` is where the report's own paths are in it (the action in a submodule: `vendor/lib`); `root`, the
 * repository's folder, is `%SRCROOT%` in `originalUriBaseIds` (for viewers; code scanning ignores it).
 */
function toSarif(report, opts) {
    const prefix = opts.pathPrefix ? opts.pathPrefix.replace(/\/+$/, '') : '';
    const inRepo = (file) => (prefix ? node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(`${prefix}/${file}`) : file);
    // A checklist outside the repository (`--checklist ../team.yml`, an absolute path) has no
    // repository-relative location to anchor results at.
    if (opts.checklistFile !== null && (/^(?:\/|[A-Za-z]:[\\/]|\.\.(?:\/|\\|$))/.test(opts.checklistFile)))
        opts = { ...opts, checklistFile: null };
    if (prefix)
        report = { ...report, findings: report.findings.map((f) => (f.file ? { ...f, file: inRepo(f.file) } : f)) };
    const defs = [...(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().values()].sort((a, b) => a.id.localeCompare(b.id));
    const ids = new Set(defs.map((d) => d.id));
    const extra = [...new Set(report.findings.map((f) => f.check))].filter((id) => !ids.has(id)).sort();
    const bySeverity = new Map();
    // The severity each item gives its checks counts whether or not it found anything this run: a rule's rating (which
    // code scanning shows every alert of the rule at) stays put from run to run instead of following the findings.
    for (const item of report.items) {
        for (const id of item.check === null ? [] : Array.isArray(item.check) ? item.check : [item.check]) {
            const list = bySeverity.get(id);
            if (list)
                list.push(item.severity);
            else
                bySeverity.set(id, [item.severity]);
        }
    }
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
                helpUri: 'doc' in r ? `${INFO_URI}/blob/main/${r.doc}` : INFO_URI,
                defaultConfiguration: { level: LEVEL[s] },
                properties: { tags: ['production-readiness'], precision: 'high' },
            };
        }),
    ];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // An item's line counts only in the file the probe findings are anchored to.
    const itemLine = new Map(report.items.map((i) => [i.id, i.source && inRepo(i.source.file) === opts.checklistFile ? i.source.line : null]));
    // An item that could not run counts against the gate at its severity (an unreachable URL blocks the merge):
    // code scanning shows it as a result of its check, anchored like a probe finding, so SARIF says what blocks.
    const errors = report.items.filter((i) => i.status === 'error').map((i) => ({
        check: (Array.isArray(i.check) ? i.check[0] : i.check) ?? i.id,
        item: i.id,
        severity: i.severity,
        message: `'${i.title}' could not be checked: ${i.reason ?? 'the check or probe did not run'}`,
        file: null, line: null, column: null, url: null,
        // By what could not be checked, not why (refused today, a timeout tomorrow) nor where: one alert while it lasts.
        fingerprint: (0,_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)((Array.isArray(i.check) ? i.check[0] : i.check) ?? i.id, null, `\0error\0${i.id}`),
    }));
    // A finding without a file whose item is not in a repository checklist: at the file its fix belongs in, when the check names one.
    const fixFile = (f) => { const d = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().get(f.check); return d?.kind === 'static' && d.fixFile ? inRepo(d.fixFile) : null; };
    const anchor = (f) => (f.file || (f.item && itemLine.get(f.item) != null) ? opts.checklistFile : fixFile(f) ?? opts.checklistFile);
    const all = [...report.findings.filter((f) => !f.note && !f.suppressed), ...errors].map((f) => result(f, index.get(f.check) ?? 0, anchor(f), itemLine));
    const errorResults = new Set(all.slice(all.length - errors.length));
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
    // Code scanning rejects a whole upload whose run has more than 25,000 results: keep the most severe
    // (open before baseline-known, in report order) and say how many are left out.
    const dropped = Math.max(0, results.length - MAX_RESULTS);
    if (dropped) {
        const rank = (r) => (r.suppressions ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.length : 0) + (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(r.properties.severity);
        const keep = new Set(results.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).slice(0, MAX_RESULTS).map(({ r }) => r));
        results = results.filter((r) => keep.has(r));
    }
    const notifications = [
        // Unplaced findings, and the items that could not be checked (also results when placed: they count against the gate).
        ...all.filter((r) => !r.locations?.length || errorResults.has(r)).map((r) => ({
            // The rule the notification is about: `descriptor` would name a notification descriptor (SARIF \u00a73.58.4\u20135).
            level: r.level, message: r.message, associatedRule: { id: r.ruleId, index: r.ruleIndex },
        })),
        ...(dropped ? [{ level: 'warning', message: { text: `${dropped} less severe results are left out: code scanning rejects a run with more than ${MAX_RESULTS.toLocaleString('en-US')} results. The JSON report lists every finding.` } }] : []),
    ];
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: { driver: { name: 'Preflight', semanticVersion: report.tool.version, version: report.tool.version, informationUri: INFO_URI, rules } },
                ...(opts.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(opts.root), description: { text: 'The repository\'s folder: result URIs are relative to it.' } } } } : {}),
                columnKind: 'utf16CodeUnits',
                invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
                results,
            }],
    };
}
/** A folder as a `file:` URI with a trailing slash, as SARIF wants a base URI (\u00a73.14.14). */
function rootUri(root) {
    const href = (0,node_url__WEBPACK_IMPORTED_MODULE_5__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(root)).href;
    return href.endsWith('/') ? href : `${href}/`;
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
