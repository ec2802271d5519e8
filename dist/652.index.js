export const id = 652;
export const ids = [652,271];
export const modules = {

/***/ 69211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOnEngineThread: () => (/* binding */ runOnEngineThread),
/* harmony export */   serveEngine: () => (/* binding */ serveEngine),
/* harmony export */   wantsEngineThread: () => (/* binding */ wantsEngineThread)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10053);



/**
 * Large scans run on an engine thread whose young generation is bounded: under a scan's
 * allocation rate V8 grows the main thread's to 64 MB, most of a run's peak memory, and heap
 * flags cannot be set once a process runs. Small scans stay on the calling thread: starting a
 * thread costs ~40 ms.
 */
const ENGINE_YOUNG_MB = 8;
/** Whether `run()` hands a scan of `files` files to an engine thread. */
function wantsEngineThread(files, env) {
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread || !(0,_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .workerEntry */ .xA)())
        return false;
    const set = env['PREFLIGHT_ENGINE_THREAD'];
    if (set === '0' || set === '1')
        return set === '1';
    return files >= _workers_js__WEBPACK_IMPORTED_MODULE_2__/* .LARGE_REPO_FILES */ .Vq;
}
/** Runs the pipeline after listing (src/engine/pipeline.ts) on an engine thread; logs come back as messages. */
function runOnEngineThread(opts, listing, logger) {
    const { logger: _own, ...plain } = opts;
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => { if (!settled) {
            settled = true;
            f();
            void worker.terminate();
        } };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker((0,_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .workerEntry */ .xA)(), {
            workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .ENGINE_WORKER */ .kQ]: { opts: plain, listing } },
            resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_MB },
            // Everything the run says goes through `logger`; nothing may reach stdout on its own.
            stdout: true,
            stderr: true,
        });
        worker.on('message', (m) => {
            if (m.log)
                logger[m.log.level](m.log.message);
            else if (m.result) {
                const result = m.result;
                settle(() => resolve(result));
            }
            else if (m.error) {
                const e = m.error;
                // The engine's stack, not this handler's: `--debug` must show where the error happened.
                const err = e.config ? new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(e.message, e.where) : Object.assign(new Error(e.message), e.stack ? { stack: e.stack } : {});
                settle(() => reject(err));
            }
        });
        worker.once('error', (e) => settle(() => reject(e)));
        worker.once('exit', () => settle(() => reject(new Error('the engine thread stopped without a result'))));
    });
}
/** The engine thread's side: runs the scan it was given and posts the result (or the error). */
async function serveEngine() {
    const { opts, listing } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData[_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .ENGINE_WORKER */ .kQ];
    const post = (m) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(m);
    const logger = {
        info: (message) => post({ log: { level: 'info', message } }),
        warn: (message) => post({ log: { level: 'warn', message } }),
        debug: (message) => post({ log: { level: 'debug', message } }),
    };
    try {
        const { runListed } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(972), __webpack_require__.e(298), __webpack_require__.e(942), __webpack_require__.e(85), __webpack_require__.e(101), __webpack_require__.e(271)]).then(__webpack_require__.bind(__webpack_require__, 77101));
        const { snapshot: _snapshot, ...result } = await runListed({ ...opts, logger }, listing);
        post({ result });
    }
    catch (e) {
        const err = e;
        post({ error: { config: e instanceof _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL, message: err?.message ?? String(e), ...(err?.stack ? { stack: err.stack } : {}), ...(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL && e.where ? { where: e.where } : {}) } });
    }
}


/***/ }),

/***/ 32271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ DISCOVERY),
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
;// CONCATENATED MODULE: ./lib/repo/files.js





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    // safe.directory per command: container jobs run as another user than the checkout's owner.
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
async function listFiles(dir, opts = {}) {
    const abs = external_node_path_.resolve(dir);
    let top = null;
    try {
        top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim() || null;
    }
    catch {
        top = null;
    }
    if (top) {
        const root = await external_node_fs_.promises.realpath(top);
        const real = await external_node_fs_.promises.realpath(abs);
        const base = external_node_path_.relative(root, real).split(external_node_path_.sep).join('/');
        const out = await git(real, ['ls-files', '-z', '--full-name', '--', '.']);
        const files = out.split('\0').filter(Boolean);
        return { root, base, files, git: true };
    }
    return { root: abs, base: '', files: await walk(abs, opts.maxWalk ?? 200_000), git: false };
}
async function walk(root, max) {
    const files = [];
    const stack = [{ dir: '', ig: [] }];
    while (stack.length && files.length < max) {
        const { dir, ig } = stack.pop();
        const absDir = external_node_path_.join(root, dir);
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(absDir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        const here = [...ig];
        const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
        if (gi) {
            try {
                const rules = ignore().add(await external_node_fs_.promises.readFile(external_node_path_.join(absDir, '.gitignore'), 'utf8'));
                rules.__base = dir;
                here.push(rules);
            }
            catch { /* unreadable .gitignore: ignore it */ }
        }
        const ignored = (rel, isDir) => here.some((r) => {
            const b = r.__base;
            const sub = b ? rel.slice(b.length + 1) : rel;
            return sub !== '' && r.ignores(isDir ? `${sub}/` : sub);
        });
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!ignored(rel, true))
                    stack.push({ dir: rel, ig: here });
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !ignored(rel, false))
                files.push(rel);
        }
    }
    return files.sort();
}

// EXTERNAL MODULE: ./lib/engine/engine-thread.js
var engine_thread = __webpack_require__(69211);
// EXTERNAL MODULE: ./lib/types.js
var types = __webpack_require__(64170);
;// CONCATENATED MODULE: ./lib/run.js





/** Where the checklist is looked for when none is named (relative to the scanned directory). */
const DISCOVERY = ['.github/preflight.yml', '.github/preflight.yaml', 'preflight.yml', 'PRODUCTION_CHECKLIST.md', 'docs/PRODUCTION_CHECKLIST.md'];
/**
 * Runs the whole pipeline: checklist → plan → snapshot → checks and probes → gate → report.
 * Lists the files first: a large scan continues on an engine thread (src/engine/engine-thread.ts).
 * This module stays light so deciding that loads none of the checks.
 */
async function run_run(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const logger = opts.logger ?? types/* silentLogger */.qq;
    const env = opts.env ?? process.env;
    const dir = external_node_path_.resolve(cwd, opts.dir);
    if (!external_node_fs_.existsSync(dir) || !external_node_fs_.statSync(dir).isDirectory())
        throw new types/* ConfigError */.xL(`--dir ${opts.dir}: not a directory`);
    const listing = await listFiles(dir);
    if ((0,engine_thread.wantsEngineThread)(listing.files.length, env)) {
        logger.debug(`engine thread: ${listing.files.length} files`);
        return (0,engine_thread.runOnEngineThread)(opts, listing, logger);
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(972), __webpack_require__.e(942), __webpack_require__.e(85), __webpack_require__.e(101)]).then(__webpack_require__.bind(__webpack_require__, 77101))).runListed(opts, listing);
}


/***/ })

};
