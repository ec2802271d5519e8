export const id = 579;
export const ids = [579];
export const modules = {

/***/ 70289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ scanChunks),
/* harmony export */   prestartWorkers: () => (/* binding */ prestartWorkers),
/* harmony export */   threadCount: () => (/* binding */ threadCount),
/* harmony export */   yF: () => (/* binding */ startScan)
/* harmony export */ });
/* unused harmony export chunkSize */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var _repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77941);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18650);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10053);





/**
 * Files per chunk: threads claim chunks one at a time, so a fast thread takes more of them.
 * About eight chunks per thread, 16 to 256 files each.
 */
function chunkSize(files, threads) {
    return Math.max(16, Math.min(256, Math.ceil(files / ((threads + 1) * 8))));
}
function scanChunks(files, chunk, jobs, defs, read, claim, readLarge = null) {
    const errors = jobs.map(() => null);
    const fail = (j, e) => { errors[j] = `check '${jobs[j].check}' failed: ${e?.message ?? String(e)}`; };
    const scanners = jobs.map((job, j) => {
        try {
            const def = defs.get(job.check);
            if (!def?.scan)
                throw new Error('no file scanner');
            return def.scan(job.options);
        }
        catch (e) {
            fail(j, e);
            return null;
        }
    });
    const results = jobs.map(() => []);
    const suppressions = [];
    const chunks = [];
    const wants = [];
    const total = Math.ceil(files.length / chunk);
    for (let guard = 0; guard <= total; guard++) {
        const c = claim();
        if (c < 0 || c >= total)
            break;
        chunks.push(c);
        const end = Math.min(files.length, (c + 1) * chunk);
        for (let i = c * chunk; i < end; i++) {
            const file = files[i];
            wants.length = 0;
            for (let j = 0; j < scanners.length; j++) {
                const sc = scanners[j];
                if (!sc)
                    continue;
                try {
                    if (sc.accepts(file))
                        wants.push(j);
                }
                catch (e) {
                    fail(j, e);
                    scanners[j] = null;
                }
            }
            if (!wants.length)
                continue;
            const text = read(file);
            if (text === null) {
                if (readLarge)
                    scanLarge(i, file);
                continue;
            }
            const sup = (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__/* .findSuppressions */ .AI)(file, text);
            if (sup.length)
                suppressions.push([i, sup]);
            // (Indexed: no iterator per file.)
            for (let w = 0; w < wants.length; w++) {
                const j = wants[w];
                const sc = scanners[j];
                if (!sc)
                    continue;
                try {
                    const data = sc.file(file, text);
                    if (data !== undefined)
                        results[j].push([i, data]);
                }
                catch (e) {
                    fail(j, e);
                    scanners[j] = null;
                }
            }
        }
    }
    return { results, errors, suppressions, chunks, reads: 0 };
    /** A file over 1 MiB: scanners that read large files get its chunks (suppressions found on the way). */
    function scanLarge(i, file) {
        let sup = [];
        for (const j of wants) {
            const sc = scanners[j];
            if (!sc?.largeFile)
                continue;
            const chunks = readLarge(file);
            if (!chunks)
                return;
            const found = sup;
            const seen = found ? withSuppressions(file, chunks, found) : chunks;
            try {
                const data = sc.largeFile(file, seen);
                if (data !== undefined)
                    results[j].push([i, data]);
            }
            catch (e) {
                fail(j, e);
                scanners[j] = null;
            }
            if (found?.length)
                suppressions.push([i, found]);
            sup = null;
        }
    }
}
/** `chunks`, collecting the suppression comments of each (at their line in the whole file) into `out`. */
function* withSuppressions(file, chunks, out) {
    for (const c of chunks) {
        for (const s of (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__/* .findSuppressions */ .AI)(file, c.text)) {
            const at = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .chunkPosition */ .Z2)(c, s.line, s.column);
            if (at)
                out.push({ ...s, ...at, appliesTo: s.appliesTo + c.firstLine - 1, ...(s.appliesToEnd ? { appliesToEnd: s.appliesToEnd + c.firstLine - 1 } : {}) });
        }
        yield c;
    }
}
/**
 * How many worker threads help a pass over `files` files: `PREFLIGHT_THREADS` when set (0 = none),
 * else none for small repositories (starting a worker costs more than it saves) and one per CPU
 * beyond the first for large ones, at most 2: the calling thread scans too, and each worker costs
 * ~20 MB of memory (peak memory is a target: \u2264 200 MB on a 40,000-file monorepo).
 */
function threadCount(files, env = process.env) {
    const set = env['PREFLIGHT_THREADS'];
    if (set !== undefined && /^\d+$/.test(set.trim()))
        return Math.min(Number(set), 16);
    if (files < _workers_js__WEBPACK_IMPORTED_MODULE_4__/* .LARGE_REPO_FILES */ .Vq)
        return 0;
    return Math.max(0, Math.min(node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism() - 1, MAX_AUTO_THREADS));
}
const MAX_AUTO_THREADS = 2;
/**
 * Starts `n` scan workers for the files of `input` (none without a registered entry module, see
 * workers.ts). Each settles its `part` with what it scanned, or null when it failed or was
 * released: a pass never waits on a dead worker.
 */
function prestartWorkers(given, n) {
    // The workers resolve nothing themselves: the root's real path travels with the files (the same list, for startScan).
    const input = given.realRoot === undefined ? { ...given, realRoot: (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(given.root) } : given;
    const entry = (0,_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .workerEntry */ .xA)();
    const workers = entry && n > 0 ? Array.from({ length: n }, () => startWorker(entry, input)) : [];
    return {
        input,
        workers,
        release() { for (const w of workers)
            void w.worker?.terminate(); },
    };
}
function startWorker(entry, input) {
    let settle;
    const part = new Promise((resolve) => {
        let settled = false;
        settle = (p) => { if (!settled) {
            settled = true;
            resolve(p);
        } };
    });
    try {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, {
            workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .SCAN_WORKER */ .js]: true, root: input.root, realRoot: input.realRoot, base: input.base, files: input.files, textLinks: input.textLinks ?? {} },
            // A worker holds one file at a time; a bounded heap keeps the pass's memory bounded.
            resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 4 },
            // Nothing a worker prints may reach the report on stdout (or the log).
            stdout: true,
            stderr: true,
        });
        worker.once('message', (p) => { settle(p); void worker.terminate(); });
        worker.once('error', () => settle(null));
        worker.once('exit', () => settle(null));
        return { worker, part };
    }
    catch {
        settle(null);
        return { worker: null, part };
    }
}
/**
 * Starts the file pass for `jobs`. With worker threads (`workers` > 0, or a pool started earlier
 * for the same files) the workers scan right away, claiming chunks of files from a shared
 * counter; `finish()` makes the calling thread claim chunks too (with `read`), so whichever thread
 * is free does the work. Chunks of a worker that failed (out of memory, crash) are redone on the
 * calling thread: a pass always completes with the same results, whatever the threads did.
 */
function startScan(input, defs, workers, read, readLarge = null) {
    const { files, jobs } = input;
    const pool = typeof workers === 'number' ? null : workers;
    const count = pool ? pool.workers.length : workers;
    const chunk = chunkSize(files.length, count);
    const total = Math.ceil(files.length / chunk);
    const useful = jobs.length ? Math.min(count, total - 1) : 0;
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const claim = () => Atomics.add(counter, 0, 1);
    let started;
    if (pool) {
        if (pool.input.files !== files)
            throw new Error('the worker pool was started for other files');
        started = pool.workers.slice(0, Math.max(0, useful));
        for (const w of pool.workers.slice(started.length))
            void w.worker?.terminate();
    }
    else {
        const entry = (0,_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .workerEntry */ .xA)();
        started = entry ? Array.from({ length: Math.max(0, useful) }, () => startWorker(entry, input)) : [];
    }
    for (const w of started) {
        try {
            w.worker?.postMessage({ chunk, jobs, counter });
        }
        catch {
            void w.worker?.terminate();
        }
    }
    return {
        workers: started.length,
        async finish() {
            const mine = scanChunks(files, chunk, jobs, defs, read, claim, readLarge);
            const theirs = (await Promise.all(started.map((w) => w.part))).filter((p) => p !== null);
            const parts = [mine, ...theirs];
            const done = new Set(parts.flatMap((p) => p.chunks));
            const missing = Array.from({ length: total }, (_, c) => c).filter((c) => !done.has(c));
            if (missing.length) {
                let k = 0;
                parts.push(scanChunks(files, chunk, jobs, defs, read, () => (k < missing.length ? missing[k++] : total), readLarge));
            }
            return merge(files, jobs.length, parts, theirs.length);
        },
    };
}
/** Back to paths, in file order. */
function merge(files, jobCount, parts, threads) {
    const results = Array.from({ length: jobCount }, () => []);
    const errors = Array.from({ length: jobCount }, () => null);
    const suppressions = [];
    let reads = 0;
    const unreadable = [];
    const partial = [];
    for (const part of parts) {
        unreadable.push(...(part.unreadable ?? []));
        partial.push(...(part.partial ?? []));
        part.results.forEach((rows, j) => { for (const row of rows)
            results[j].push(row); });
        part.errors.forEach((e, j) => { errors[j] ??= e; });
        suppressions.push(...part.suppressions);
        reads += part.reads;
    }
    const byIndex = (a, b) => a[0] - b[0];
    for (const r of results)
        r.sort(byIndex);
    suppressions.sort(byIndex);
    return {
        results: results.map((rows) => rows.map(([i, data]) => ({ file: files[i], data }))),
        errors,
        suppressions: suppressions.map(([i, sup]) => [files[i], sup]),
        reads,
        threads,
        unreadable,
        partial,
    };
}


/***/ }),

/***/ 20123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RP: () => (/* binding */ sarifResultsLeftOut),
/* harmony export */   checkoutFiles: () => (/* binding */ checkoutFiles),
/* harmony export */   mH: () => (/* binding */ SARIF_MAX_RESULTS),
/* harmony export */   sarifChecklistFile: () => (/* binding */ sarifChecklistFile),
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony exports SECURITY_SEVERITY, outsideRepository */
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19714);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63021);
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93364);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73136);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18650);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62595);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(13411);










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
const SARIF_MAX_RESULTS = 25_000;
const MAX_RESULTS = SARIF_MAX_RESULTS;
/** Results each log {@link toSarif} made left out for {@link SARIF_MAX_RESULTS}. */
const leftOut = new WeakMap();
/**
 * How many results {@link toSarif} left out of `log` (the least severe) because code scanning takes at most
 * {@link SARIF_MAX_RESULTS} per run: a text that says where every finding is names the SARIF file only when this is 0.
 * 0 for a log it did not make.
 */
function sarifResultsLeftOut(log) {
    return leftOut.get(log) ?? 0;
}
const INFO_URI = _version_js__WEBPACK_IMPORTED_MODULE_9__/* .REPOSITORY_URL */ .ld;
const ruleName = (id) => id.split(/[^a-z0-9]+/i).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
/**
 * toSarif's `exists` for a checkout at `root` (the CLI's repository, the action's superproject): whether a
 * repository-relative path is a regular file there. One helper, so the CLI and the action anchor alike.
 */
function checkoutFiles(root) {
    return (file) => { try {
        return node_fs__WEBPACK_IMPORTED_MODULE_4__.statSync(node_path__WEBPACK_IMPORTED_MODULE_5__.join(root, file)).isFile();
    }
    catch {
        return false;
    } };
}
/**
 * The report's checklist as toSarif's `checklistFile`: the file when results can be anchored at it, else null (and a
 * finding without a file goes to its fix file, the workflow or a run notification). Null for a checklist outside the
 * repository (`--checklist ../team.yml`, an absolute path), one read from standard input (`--checklist -`, named
 * `<stdin>`: no file of the checkout), and, given the checkout's `root`, one whose path there is no regular file (a FIFO
 * it was read from as a stream). A tracked checklist a sparse checkout leaves out is still the repository's file.
 */
function sarifChecklistFile(file, root) {
    if (!file || outsideRepository(file) || file === _user_file_js__WEBPACK_IMPORTED_MODULE_8__/* .STDIN_NAME */ .p)
        return null;
    if (root) {
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_4__.statSync(node_path__WEBPACK_IMPORTED_MODULE_5__.join(root, file), { throwIfNoEntry: false });
            if (st && !st.isFile())
                return null;
        }
        catch { /* unreadable: kept, as before */ }
    }
    return file;
}
/**
 * The report as SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per catalogue check
 * (and per reserved id used: `parse-error` and `config` have no `security-severity`), `security-severity` from the highest severity the
 * checklist's items give the check or a finding of it has (else its default: stable from run to run, as code scanning rates every alert of a rule by it), `partialFingerprints` from the finding fingerprints (an item that could not be checked: by its check and id), findings without a file
 * anchored to their checklist item's line in `checklistFile`; else a check's finding to the file its
 * fix belongs in (the check's `fixFile`: `.gitignore`, when `exists` says the repository has it), and a probe's (or a check's
 * whose fix file the repository lacks) to `checklistFile`; with no checklist file in the
 * repository (the built-in preset, a checklist outside it or read from standard input: sarifChecklistFile), to `workflow`, the workflow file that runs Preflight (a
 * probe's at the line of the step's URL); with none of these they become run notifications, as code scanning needs a
 * location per result.
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
 * repository's folder, is `%SRCROOT%` in `originalUriBaseIds` (for viewers; code scanning ignores it). `exists`: whether a
 * repository-relative path is a file of the checkout (the caller's IO), so an anchor never names a file that is not there.
 */
function toSarif(report, opts) {
    const prefix = opts.pathPrefix ? opts.pathPrefix.replace(/\/+$/, '') : '';
    const inRepo = (file) => (prefix ? node_path__WEBPACK_IMPORTED_MODULE_5__.posix.normalize(`${prefix}/${file}`) : file);
    // A checklist outside the repository (`--checklist ../team.yml`, an absolute path) has no
    // repository-relative location to anchor results at, nor has standard input (`<stdin>`): see sarifChecklistFile.
    if (opts.checklistFile !== null && sarifChecklistFile(opts.checklistFile) === null)
        opts = { ...opts, checklistFile: null };
    // No checklist file in the repository: the workflow file (not under `pathPrefix`: it is the repository's own path).
    const workflow = opts.checklistFile === null && opts.workflow && !outsideRepository(opts.workflow.file) ? opts.workflow : null;
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
    // An item's line counts only in the file the probe findings are anchored to; a preset's item (`extends: [recommended]`)
    // has the line of the `extends` entry that brought it in there.
    const lineIn = (at) => (at && inRepo(at.file) === opts.checklistFile ? at.line : null);
    const itemLine = new Map(report.items.map((i) => [i.id, lineIn(i.source) ?? lineIn(opts.inheritedAt?.[i.id])]));
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
    // Only a file the repository has: no `.gitignore` at all (the finding's very cause) falls through to the next anchor, as code
    // scanning would show an alert at a file the checkout does not hold.
    const fixFile = (f) => {
        const d = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().get(f.check);
        const file = d?.kind === 'static' && d.fixFile ? inRepo(d.fixFile) : null;
        return file !== null && (!opts.exists || opts.exists(file)) ? file : null;
    };
    const anchor = (f) => (f.file || (f.item && itemLine.get(f.item) != null) ? opts.checklistFile : fixFile(f) ?? opts.checklistFile ?? workflow?.file ?? null);
    // The line of a finding without a file: its item's in the checklist file, a probe's at the step's URL in the workflow file, else 1.
    const anchorLine = (f, file) => (f.item ? itemLine.get(f.item) : null)
        ?? (workflow && file === workflow.file && (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().get(f.check)?.kind === 'probe' ? workflow.line : null) ?? 1;
    const all = [...report.findings.filter((f) => !f.note && !f.suppressed), ...errors].map((f) => { const file = anchor(f); return result(f, index.get(f.check) ?? 0, file, anchorLine(f, file)); });
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
    const log = {
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
    leftOut.set(log, dropped);
    return log;
}
/** A path that is not inside the repository (absolute, or starting with `..`): no SARIF location can name it. */
function outsideRepository(file) {
    return /^(?:\/|[A-Za-z]:[\\/]|\.\.(?:\/|\\|$))/.test(file);
}
/** A folder as a `file:` URI with a trailing slash, as SARIF wants a base URI (\u00a73.14.14). */
function rootUri(root) {
    const href = (0,node_url__WEBPACK_IMPORTED_MODULE_6__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(root)).href;
    return href.endsWith('/') ? href : `${href}/`;
}
/** `anchorFile`: where a finding without a file is placed, at `anchorLine` (its item's line when it is the checklist file). */
function result(f, ruleIndex, anchorFile, anchorLine) {
    const file = f.file ?? anchorFile;
    const line = f.file ? f.line : anchorLine;
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
        locations: file ? [{ physicalLocation: { artifactLocation: { uri: uriPath(file), uriBaseId: '%SRCROOT%' }, region } }] : [],
        properties: { severity: f.severity, ...(f.item ? { item: f.item } : {}) },
    };
    if (f.fingerprint)
        out.partialFingerprints = { 'preflight/v1': f.fingerprint };
    if (f.baseline)
        out.suppressions = [{ kind: 'external', justification: 'known finding recorded in the baseline' }];
    return out;
}
/**
 * A repository path as a URI reference, each segment percent-encoded; a name that is not UTF-8 (shown as git quotes it:
 * `caf\351.env`) by its bytes (`caf%E9.env`), so the URI names the file on disk.
 */
function uriPath(file) {
    const rel = file.replace(/^\.?\//, '');
    const bytes = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_7__/* .unquoteName */ .Lh)(rel);
    if (bytes === null)
        return rel.split('/').map(encodeURIComponent).join('/');
    let out = '';
    for (const b of bytes)
        out += b === 0x2f || (b < 0x80 && /[\w.!~*'()-]/.test(String.fromCharCode(b))) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    return out;
}


/***/ })

};
