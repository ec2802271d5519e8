export const id = 721;
export const ids = [721];
export const modules = {

/***/ 81635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importMarkdown: () => (/* binding */ importMarkdown)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54160);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(683);



/**
 * Converts a Markdown checklist to a YAML checklist (version 1) that loads back into the same
 * items: ids, titles, checks (one id or a list), options, groups and standing sign-offs. Manual
 * items get `severity: info` written out, so the team sees where to raise it. Ticks on bound
 * items are kept as comments (the check decides, the box is only shown).
 */
function importMarkdown(file, text, opts = {}) {
    (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .assertChecklistText */ .oG)(file, text);
    const list = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.parseMarkdownChecklist)(file, text, opts);
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({ version: 1, items: list.items.map(toYamlItem) });
    doc.commentBefore = ` Imported from ${file} by \`preflight import\`.\n Manual items have severity info: raise it on the ones that must block a merge.`;
    list.items.forEach((item, i) => {
        const node = doc.getIn(['items', i], true);
        if (item.ticked && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            node.commentBefore = ` [x] in ${file}: shown only, the check decides`;
    });
    // What the parser read past (table-row checkboxes) is said here too: after an import the Markdown may be gone.
    const warnings = (list.warnings ?? []).map((w) => `warning: ${w}\n`).join('');
    return { yaml: doc.toString({ lineWidth: 0 }), report: warnings + importReport(file, list.items) };
}
function toYamlItem(item) {
    const out = { id: item.id };
    if (item.title)
        out.title = item.title;
    if (item.checks.length)
        out.check = item.checks.length === 1 ? item.checks[0] : item.checks;
    if (item.severity)
        out.severity = item.severity;
    else if (!item.checks.length)
        out.severity = 'info';
    if (item.options)
        out.options = item.options;
    if (item.group?.length)
        out.group = item.group;
    if (item.signedOff)
        out['signed-off'] = true;
    return out;
}
function importReport(file, items) {
    const auto = items.filter((i) => i.checks.length && i.matchedBy);
    const explicit = items.filter((i) => i.checks.length && !i.matchedBy);
    const manual = items.filter((i) => !i.checks.length);
    const signed = manual.filter((i) => i.signedOff).length;
    const lines = [
        `${file}: ${items.length} item${items.length === 1 ? '' : 's'}, ${auto.length} bound automatically, ${explicit.length} bound explicitly, ${manual.length} manual` +
            (signed ? ` (${signed} signed off with [x])` : ''),
    ];
    if (auto.length) {
        lines.push('', 'Bound automatically (check the phrase; add `<!-- preflight: manual -->` to an item to undo):');
        for (const i of auto)
            lines.push(`  ${i.id} → ${i.checks.join(', ')}    ${i.matchedBy}`);
    }
    if (explicit.length) {
        lines.push('', 'Bound explicitly:');
        for (const i of explicit)
            lines.push(`  ${i.id} → ${i.checks.join(', ')}`);
    }
    if (manual.length)
        lines.push('', `Manual items (${manual.length}) need a sign-off: [x] in the checklist or a ticked box in the pull request. They have severity info and do not block until you raise it.`);
    return lines.join('\n');
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
            for (const j of wants) {
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
 * ~20 MB of memory (peak memory is a target: ≤ 200 MB on a 40,000-file monorepo).
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
    const input = given.realRoot === undefined ? { ...given, realRoot: (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .safeRealpath */ .xZ)(given.root) } : given;
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
            workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .SCAN_WORKER */ .js]: true, root: input.root, realRoot: input.realRoot, base: input.base, files: input.files },
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
    for (const part of parts) {
        unreadable.push(...(part.unreadable ?? []));
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
    };
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


/***/ })

};
