export const id = 171;
export const ids = [171];
export const modules = {

/***/ 76024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serve: () => (/* binding */ serve)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _checks_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _repo_classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84592);
/* harmony import */ var _repo_docs_apps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19034);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18650);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70289);






/**
 * Serves a file pass in a worker thread. The worker is started with the files (workerData) as
 * soon as they are listed, loads the checks, and waits for its jobs: then it claims chunks of
 * files until none are left and posts what it found.
 */
function serve() {
    const { root, realRoot, files, base, textLinks } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    (0,_repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyUnder */ .Vd)(base ?? '');
    // The same `docs/` apps as the snapshot's (their package.json and workspace files are read once more here).
    const docsReader = new _repo_read_js__WEBPACK_IMPORTED_MODULE_4__/* .RepoReader */ .Wp(root, realRoot, textLinks);
    const docsApps = (0,_repo_docs_apps_js__WEBPACK_IMPORTED_MODULE_3__/* .docsAppFolders */ .o)(files, base ?? '', (f) => docsReader.read(f) ?? undefined);
    (0,_repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyDocsApps */ .S2)(docsApps, (0,_repo_docs_apps_js__WEBPACK_IMPORTED_MODULE_3__/* .docsAppContentFolders */ .x)(files, docsApps));
    // Each file is asked about once here (its scanners in a row): no map of every path's answers (see rememberPathFacts).
    (0,_repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberPathFacts */ .iq)(false);
    const defs = new Map(_checks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .u.map((c) => [c.id, c]));
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.once('message', ({ chunk, jobs, counter }) => {
        const reader = new _repo_read_js__WEBPACK_IMPORTED_MODULE_4__/* .RepoReader */ .Wp(root, realRoot, textLinks);
        const part = (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .scanChunks */ .Qc)(files, chunk, jobs, defs, (f) => reader.read(f), () => Atomics.add(counter, 0, 1), (f) => reader.readChunks(f));
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ ...part, reads: reader.reads, unreadable: reader.skipped.filter((k) => k.reason === _repo_read_js__WEBPACK_IMPORTED_MODULE_4__/* .UNREADABLE_SKIP */ .CU).map((k) => k.file), partial: reader.skipped.filter((k) => _repo_read_js__WEBPACK_IMPORTED_MODULE_4__/* .SCAN_LIMIT_SKIPS */ .l$.has(k.reason)) });
    });
}


/***/ }),

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

/***/ 42037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ levenshtein),
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/** "Did you mean": the nearest of some names by edit distance (check ids, checklist keys, Dockerfile instructions). */
/** The candidate nearest to `name` (case counts for nothing: `HSTS` is nearest to `hsts`), or null when nothing is close. */
function nearestName(name, candidates) {
    let best = null;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = levenshtein(name.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}
function levenshtein(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}


/***/ }),

/***/ 44842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ andList),
/* harmony export */   y: () => (/* binding */ codePoint)
/* harmony export */ });
/** Names as a sentence lists them: "a", "a and b", "a, b and c" ('' for none). */
function andList(names) {
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0] ?? '';
}
/** A character's code point as Unicode writes it (`U+2019`, `U+000D`): how a message names a character it should not show. */
function codePoint(c) {
    return `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}


/***/ })

};
