export const id = 545;
export const ids = [545,211,926];
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


/***/ }),

/***/ 63926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DISCOVERY: () => (/* binding */ DISCOVERY),
/* harmony export */   checklistsNotDiscovered: () => (/* binding */ checklistsNotDiscovered),
/* harmony export */   lookalikeNotice: () => (/* binding */ lookalikeNotice),
/* harmony export */   r: () => (/* binding */ checklistFormatOf),
/* harmony export */   rootChecklistUnused: () => (/* binding */ rootChecklistUnused),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17763);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18650);
/* harmony import */ var _engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69211);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64170);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44842);







/** Where the checklist is looked for when none is named (relative to the scanned directory). */
const DISCOVERY = ['.github/preflight.yml', '.github/preflight.yaml', 'preflight.yml', 'PRODUCTION_CHECKLIST.md', 'docs/PRODUCTION_CHECKLIST.md'];
/**
 * The checklist at the repository `root` (the first of DISCOVERY there) when the scanned folder `dir` is a sub-folder of
 * it, so discovery (in the scanned folder only) did not see it: a run that fell back to the preset says it was not used.
 * Null when `dir` is the root, or the root has none either.
 */
function rootChecklistUnused(dir, root) {
    if ((0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(dir) === (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(root))
        return null;
    return DISCOVERY.find((p) => node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, p), { throwIfNoEntry: false })?.isFile()) ?? null;
}
/** Folders of the scanned folder where a checklist named otherwise than DISCOVERY has it is looked for (see checklistsNotDiscovered). */
const NEAR_MISS_FOLDERS = ['', '.github', 'docs', 'doc'];
/** The words a file name uses for a production or launch checklist (`production`, `launch`, `go-live`, `preflight`\u2026). */
const CHECKLIST_WORD = '(?:production|prod|launch|deploy(?:ment)?|release|go-?live|production-?readiness|readiness|pre-?flight)';
/**
 * A file name that looks like the team's checklist, written otherwise than DISCOVERY has it: DISCOVERY's stems
 * (`preflight`, `PRODUCTION_CHECKLIST`) and other words for such a checklist (`launch-checklist`, `deploy_checklist`,
 * `go-live-checklist`, `preflight-checklist`), in any case, with any separator or none, with or without a leading dot
 * (dot-file configuration, as `.hadolint.yaml`: `.preflight.yml`), in either format and with either extension
 * (`.md`/`.markdown`, `.yml`/`.yaml`). Whether it is one is then read from its text (looksLikeChecklist).
 */
const NEAR_MISS = new RegExp(`^\\.?(?:${CHECKLIST_WORD}[-_ .]?check-?list|pre-?flight)\\.(?:md|markdown|ya?ml)$`, 'i');
/**
 * A YAML checklist's own top-level keys (`items:`, `extends:`), also quoted (`"items":`), as a complex key (`? items`) or in
 * a flow mapping or JSON (`{"version": 1, "items": [...]}`): another tool's `preflight.yaml` (a Kubernetes `kind: Preflight`
 * spec) has neither.
 */
const YAML_CHECKLIST_KEY = /^(?:["']?(?:items|extends)["']?[ \t]*:|\?[ \t]+["']?(?:items|extends)["']?[ \t]*$)|^[ \t]*\{[^]*?["']?\b(?:items|extends)\b["']?[ \t]*:/m;
/** A Markdown task-list item (`- [ ] \u2026`, `* [x] \u2026`, `1. [ ] \u2026`): what a Markdown checklist is read from. */
const MARKDOWN_TASK = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t]/m;
/**
 * The format of checklist text that has no file name to tell it by (standard input, a FIFO): YAML when it has a YAML
 * checklist's top-level keys, else Markdown when it holds a task list, else YAML (whose errors then say what is wrong).
 */
function checklistFormatOf(text) {
    const t = text.replace(/^\uFEFF/, '');
    return !YAML_CHECKLIST_KEY.test(t) && !/^["']?version["']?[ \t]*:/m.test(t) && MARKDOWN_TASK.test(t) ? 'markdown' : 'yaml';
}
/** How much of a look-alike is read to tell whether it is a checklist. */
const NEAR_MISS_HEAD = 64 * 1024;
/**
 * Whether the file `abs`, named like a checklist, reads as one in its format: a YAML file with a checklist's top-level
 * keys, a Markdown file with a task list (its first NEAR_MISS_HEAD bytes). A symlink is taken by its name (its target is
 * not read: it may leave the repository).
 */
function looksLikeChecklist(abs) {
    const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(abs, O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0));
    }
    catch (e) {
        return e.code === 'ELOOP';
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile())
            return false;
        const buf = Buffer.alloc(Math.min(st.size, NEAR_MISS_HEAD));
        // NULs out: a UTF-16 file's ASCII reads as text (the loader then says to save it as UTF-8).
        const text = buf.toString('utf8', 0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, 0, buf.length, 0)).replace(/\0/g, '').replace(/^\uFEFF/, '');
        return (/\.ya?ml$/i.test(abs) ? YAML_CHECKLIST_KEY : MARKDOWN_TASK).test(text);
    }
    catch {
        return false;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * The files of the scanned folder `dir` (at its top, in `.github/`, `docs/` or `doc/`) that look like the team's checklist
 * but are none of DISCOVERY's names (`.github/PRODUCTION_CHECKLIST.md`, `production_checklist.md`,
 * `docs/production-checklist.md`, `.preflight.yml`, `.github/preflight-checklist.yml`), so discovery left them unused: a
 * run that fell back to the preset says so, naming them. Paths relative to `dir`, at most 3.
 */
function checklistsNotDiscovered(dir) {
    const out = [];
    for (const folder of NEAR_MISS_FOLDERS) {
        let names;
        try {
            names = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, folder)).sort();
        }
        catch {
            continue;
        }
        for (const name of names) {
            const rel = folder ? `${folder}/${name}` : name;
            if (!NEAR_MISS.test(name) || DISCOVERY.includes(rel) || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { throwIfNoEntry: false })?.isFile() || !looksLikeChecklist(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel)))
                continue;
            out.push(rel);
            if (out.length === 3)
                return out;
        }
    }
    return out;
}
/**
 * The start of the notice the CLI and the action give about files checklistsNotDiscovered found: "`a.md` and `b.md` at the
 * repository root look like a checklist but are not read there: to use one" (`where`: after the names, with its space;
 * `there`: not read in that folder at all, else not read under those names). Each caller says how to use it next.
 */
function lookalikeNotice(names, where, there = false) {
    const one = names.length === 1;
    return `${(0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .andList */ .c)(names)}${where} ${one ? 'looks' : 'look'} like a checklist but ${one ? 'is' : 'are'} not read ${there ? 'there' : `under ${one ? 'that name' : 'those names'}`}: to use ${one ? 'it' : 'one'}`;
}
/**
 * Runs the whole pipeline: checklist \u2192 plan \u2192 snapshot \u2192 checks and probes \u2192 gate \u2192 report.
 * Lists the files first: a large scan continues on an engine thread (src/engine/engine-thread.ts).
 * This module stays light so deciding that loads none of the checks.
 */
async function run(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const logger = opts.logger ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq;
    const env = opts.env ?? process.env;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, opts.dir);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir) || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir).isDirectory())
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`${opts.dir} is not a directory (--dir, or the working-directory input)`);
    // A folder reached through a symlink that leaves its repository (a pull request can turn a service
    // folder into one) would be scanned as if it were the repository: refused, as `../elsewhere` is.
    // The check follows the path as named: from the shell's logical PWD when it is the cwd (`cd` into such
    // a link leaves process.cwd() already resolved).
    const pwd = env.PWD;
    const logical = pwd && node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(pwd) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(opts.dir) && (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(pwd) === (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(cwd) ? pwd : cwd;
    const escape = await (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .symlinkOutOfRepository */ .Tv)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(logical, opts.dir));
    if (escape) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`${opts.dir} goes through the symlink ${escape.link}, which points outside the repository ${escape.repository} (to ${escape.target}): expected a folder of the repository (--dir, or the working-directory input). To scan that folder on purpose, name it by its real path.`);
    }
    const listing = await (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .listFiles */ .CS)(dir);
    // Every file git tracks in the repository, asked of git once (the listing already is that list at the repository root).
    let tracked;
    const allTracked = () => (tracked ??= listing.base ? (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .trackedFiles */ .O)(listing.root) : Promise.resolve(listing.files));
    // A tracked symlink to a file git does not track (`config/secrets.env -> ../.secrets/prod.env`, ignored): its content
    // is not in the repository (a checkout has no such file), so it is not judged as committed content.
    // (When git cannot list them now, every link is read as before rather than all of them being left out.)
    const known = listing.git && listing.links?.length ? await allTracked() : null;
    if (known && listing.links?.length) {
        const { linkedOutside, linkTarget } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 99099));
        const all = new Set(known);
        const realRoot = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(listing.root);
        // A link checked out as a plain file (core.symlinks=false) by where its text leads, by the same rule. A link out of
        // the repository or into `.git` (no target here) stays: the reader refuses it and says why, whichever the checkout.
        const targets = {};
        const untracked = new Set(listing.links.filter((link) => {
            const target = linkTarget(listing, link, realRoot);
            const out = target !== null && !all.has(target) && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, target), { throwIfNoEntry: false })?.isFile() === true;
            if (out)
                targets[link] = target;
            return out;
        }));
        if (untracked.size) {
            // Still named (env-file-committed says what git holds of a tracked env file that is such a link: only the path).
            listing.untrackedLinks = targets;
            logger.debug(`not read: ${[...untracked].join(', ')} (symlinks to files git does not track)`);
            listing.files = listing.files.filter((f) => !untracked.has(f));
            listing.links = listing.links.filter((f) => !untracked.has(f));
        }
        // A sub-folder's links to tracked files outside it (`services/api/Dockerfile -> ../../docker/Dockerfile`): those files
        // are read too, so what a link gives is reported at the file it points to, as a run at the root reports it.
        const linked = linkedOutside(listing, all);
        if (linked.length) {
            logger.debug(`symlinks: ${linked.length} files outside ${opts.dir} that its tracked symlinks point to (${linked.slice(0, 5).join(', ')}${linked.length > 5 ? ', \u2026' : ''})`);
            listing.files = [...listing.files, ...linked];
        }
    }
    // A sub-folder's kustomize overlays build on bases outside it: those are read too (`kustomize build` does).
    if (listing.git && listing.base) {
        const { kustomizeReach, MAX_KUSTOMIZATIONS } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 99099));
        const reached = await kustomizeReach(listing, allTracked);
        if (reached.truncated)
            logger.warn(`${opts.dir}: more than ${MAX_KUSTOMIZATIONS.toLocaleString('en')} kustomizations on the way to its bases; the rest were not followed (their manifests are not checked)`);
        if (reached.files.length) {
            logger.debug(`kustomize: ${reached.files.length} files outside ${opts.dir} that its kustomizations build on`);
            listing.files = [...listing.files, ...reached.files];
        }
    }
    if (listing.quoted?.length) {
        const shown = listing.quoted.slice(0, 5).join(', ') + (listing.quoted.length > 5 ? ` and ${listing.quoted.length - 5} more` : '');
        logger.warn(`${listing.quoted.length === 1 ? 'a file name is' : `${listing.quoted.length} file names are`} not UTF-8 (${shown}): checked, and named here as git quotes ${listing.quoted.length === 1 ? 'it' : 'them'} (\\ and three octal digits for each byte that is not UTF-8); rename ${listing.quoted.length === 1 ? 'it' : 'them'} to UTF-8${listing.git ? ' (git mv)' : ''}, as other tools and GitHub show such names garbled`);
    }
    // Tracked files nothing reads (a sparse checkout, a submodule not checked out): said here and in the action's summaries.
    const notScanned = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .notScannedWarnings */ .vW)(listing);
    for (const w of notScanned)
        logger.warn(w);
    for (const name of listing.quoteClashes ?? [])
        logger.warn(`${name}: two tracked files have this name as shown here (one of them not UTF-8, quoted as git quotes it): only one of them is checked; rename the one that is not UTF-8 (git mv)`);
    if (listing.truncated)
        logger.warn(`${opts.dir} is not a git repository and holds more than ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} files: only the first ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} are checked`);
    let result;
    // The engine thread is handed data only: a reader of the base commit (`readBase`, a function of the caller's: on
    // pull_request_target, or GITHUB_SHA's on an event that runs from it) cannot cross to it, so such a run stays on this
    // thread (its scan workers still run), rather than fail to start the thread (QA50: a DataCloneError on 4,000 files).
    if (!opts.readBase && (0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.wantsEngineThread)(listing.files.length, env)) {
        logger.debug(`engine thread: ${listing.files.length} files`);
        result = await (0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.runOnEngineThread)(opts, listing, logger);
    }
    else {
        result = await (await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(343), __webpack_require__.e(670), __webpack_require__.e(364), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 60139))).runListed(opts, listing);
    }
    return notScanned.length ? { ...result, notScanned } : result;
}


/***/ })

};
