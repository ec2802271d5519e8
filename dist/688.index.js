export const id = 688;
export const ids = [688,211,545];
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
        const { runListed } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(691), __webpack_require__.e(976), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(148), __webpack_require__.e(595), __webpack_require__.e(182), __webpack_require__.e(31), __webpack_require__.e(160), __webpack_require__.e(364), __webpack_require__.e(246), __webpack_require__.e(358), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 89358));
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

/***/ 63926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DISCOVERY),
/* harmony export */   rootChecklistUnused: () => (/* binding */ rootChecklistUnused),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17763);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18650);
/* harmony import */ var _engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69211);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64170);






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
        const all = new Set(known);
        const untracked = new Set(listing.links.filter((link) => {
            const real = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, link));
            const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(listing.root, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            return real !== node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, link) && !rel.startsWith('../') && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel) && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(real) && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real).isFile() && !all.has(rel);
        }));
        if (untracked.size) {
            logger.debug(`not read: ${[...untracked].join(', ')} (symlinks to files git does not track)`);
            listing.files = listing.files.filter((f) => !untracked.has(f));
            listing.links = listing.links.filter((f) => !untracked.has(f));
        }
    }
    // A sub-folder's kustomize overlays build on bases outside it: those are read too (`kustomize build` does).
    if (listing.git && listing.base) {
        const { kustomizeReach, MAX_KUSTOMIZATIONS } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(595), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 99099));
        const reached = await kustomizeReach(listing, allTracked);
        if (reached.truncated)
            logger.warn(`${opts.dir}: more than ${MAX_KUSTOMIZATIONS.toLocaleString('en')} kustomizations on the way to its bases; the rest were not followed (their manifests are not checked)`);
        if (reached.files.length) {
            logger.debug(`kustomize: ${reached.files.length} files outside ${opts.dir} that its kustomizations build on`);
            listing.files = [...listing.files, ...reached.files];
        }
    }
    if (listing.truncated)
        logger.warn(`${opts.dir} is not a git repository and holds more than ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} files: only the first ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} are checked`);
    if ((0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.wantsEngineThread)(listing.files.length, env)) {
        logger.debug(`engine thread: ${listing.files.length} files`);
        return (0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.runOnEngineThread)(opts, listing, logger);
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(691), __webpack_require__.e(976), __webpack_require__.e(365), __webpack_require__.e(148), __webpack_require__.e(595), __webpack_require__.e(182), __webpack_require__.e(31), __webpack_require__.e(160), __webpack_require__.e(364), __webpack_require__.e(358)]).then(__webpack_require__.bind(__webpack_require__, 89358))).runListed(opts, listing);
}


/***/ })

};
