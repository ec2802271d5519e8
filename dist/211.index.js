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
    const pool = prestartWorkers({ root: listing.root, base: listing.base, files: listing.files }, threadCount(listing.files.length, opts.env ?? process.env));
    try {
        const { runListed } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(588), __webpack_require__.e(763), __webpack_require__.e(343), __webpack_require__.e(85), __webpack_require__.e(160), __webpack_require__.e(675), __webpack_require__.e(139), __webpack_require__.e(926)]).then(__webpack_require__.bind(__webpack_require__, 60139));
        const result = await runListed({ ...opts, logger }, listing, pool);
        post({ result });
    }
    catch (e) {
        pool.release();
        const err = e;
        post({ error: { config: e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL, message: err?.message ?? String(e), ...(err?.stack ? { stack: err.stack } : {}), ...(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL && e.where ? { where: e.where } : {}), ...(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL && e.more.length ? { more: e.more.map((m) => ({ message: m.message, ...(m.where ? { where: m.where } : {}) })), omitted: e.omitted } : {}) } });
    }
}


/***/ })

};
