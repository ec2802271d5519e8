export const id = 211;
export const ids = [211];
export const modules = {

/***/ 69211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOnEngineThread: () => (/* binding */ runOnEngineThread),
/* harmony export */   serveEngine: () => (/* binding */ serveEngine),
/* harmony export */   wantsEngineThread: () => (/* binding */ wantsEngineThread)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78877);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64170);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70289);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10053);






/**
 * Large scans run on an engine thread whose young generation is bounded: under a scan's
 * allocation rate V8 grows the main thread's to 64 MB, most of a run's peak memory, and heap
 * flags cannot be set once a process runs. Small scans stay on the calling thread: starting a
 * thread costs ~40 ms.
 */
const ENGINE_YOUNG_MB = 8;
/** Whether `run()` hands a scan of `files` files to an engine thread. */
function wantsEngineThread(files, env) {
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread || !(0,_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .workerEntry */ .xA)())
        return false;
    const set = env['PREFLIGHT_ENGINE_THREAD'];
    if (set === '0' || set === '1')
        return set === '1';
    return files >= _workers_js__WEBPACK_IMPORTED_MODULE_5__/* .LARGE_REPO_FILES */ .Vq;
}
/** Runs the pipeline after listing (src/engine/pipeline.ts) on an engine thread; logs come back as messages. */
function runOnEngineThread(opts, listing, logger) {
    const { logger: _own, ...plain } = opts;
    // Engine and scan threads run small young generations (see above), so they scavenge often; on a
    // runner with few cores, V8's parallel scavenging spends more on waking helper threads (busy
    // with the other scan thread) than it saves: measured on 2 vCPUs, 230 \u2192 150 ms of scavenge
    // pauses per 40,000-file scan. Read at each scavenge, so setting it now takes effect.
    node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString('--no-parallel-scavenge');
    // When the engine and its scan workers take every core, V8's background optimizing compiler
    // waits for one while the function it optimizes keeps running unoptimized: compiling on the
    // thread that asked is faster (measured on 2 vCPUs: 1.33 \u2192 1.25 s and 8% less CPU per
    // 40,000-file scan). Read when an isolate starts, so the threads started below compile in place.
    if (1 + (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__.threadCount)(listing.files.length, opts.env ?? process.env) >= node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism())
        node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString('--no-concurrent-recompilation');
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => { if (!settled) {
            settled = true;
            f();
            void worker.terminate();
        } };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker((0,_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .workerEntry */ .xA)(), {
            workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .ENGINE_WORKER */ .kQ]: { opts: plain, listing } },
            resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_MB },
            // Everything the run says goes through `logger`; nothing may reach stdout on its own.
            stdout: true,
            stderr: true,
        });
        worker.on('message', (m) => {
            if (m.log) {
                if (m.log.level === 'warn')
                    logger.warn(m.log.message, m.log.where);
                else
                    (logger[m.log.level] ?? logger.warn)(m.log.message);
            }
            else if (m.result) {
                const result = m.result;
                settle(() => resolve(result));
            }
            else if (m.error) {
                const e = m.error;
                // The engine's stack, not this handler's: `--debug` must show where the error happened.
                const err = e.config ? Object.assign(new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(e.message, e.where), { more: (e.more ?? []).map((m) => new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(m.message, m.where)), omitted: e.omitted ?? 0 }) : Object.assign(new Error(e.message), e.stack ? { stack: e.stack } : {});
                settle(() => reject(err));
            }
        });
        worker.once('error', (e) => settle(() => reject(e)));
        worker.once('exit', () => settle(() => reject(new Error('the engine thread stopped without a result'))));
    });
}
/** The engine thread's side: runs the scan it was given and posts the result (or the error). */
async function serveEngine() {
    const { opts, listing } = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData[_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .ENGINE_WORKER */ .kQ];
    const post = (m) => node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage(m);
    const logger = {
        info: (message) => post({ log: { level: 'info', message } }),
        warn: (message, where) => post({ log: { level: 'warn', message, ...(where ? { where } : {}) } }),
        notice: (message) => post({ log: { level: 'notice', message } }),
        debug: (message) => post({ log: { level: 'debug', message } }),
    };
    // The scan workers start first: they load the checks while this thread loads the pipeline,
    // parses the checklist and plans, and get their jobs when the plan is known.
    const { prestartWorkers, threadCount } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70289));
    const pool = prestartWorkers({ root: listing.root, base: listing.base, files: listing.files, textLinks: listing.textLinks ?? {} }, threadCount(listing.files.length, opts.env ?? process.env));
    try {
        const { runListed } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(343), __webpack_require__.e(670), __webpack_require__.e(364), __webpack_require__.e(414), __webpack_require__.e(139), __webpack_require__.e(926)]).then(__webpack_require__.bind(__webpack_require__, 60139));
        const result = await runListed({ ...opts, logger }, listing, pool);
        post({ result });
    }
    catch (e) {
        pool.release();
        const err = e;
        post({ error: { config: e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL, message: err?.message ?? String(e), ...(err?.stack ? { stack: err.stack } : {}), ...(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL && e.where ? { where: e.where } : {}), ...(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL && e.more.length ? { more: e.more.map((m) => ({ message: m.message, ...(m.where ? { where: m.where } : {}) })), omitted: e.omitted } : {}) } });
    }
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


/***/ })

};
