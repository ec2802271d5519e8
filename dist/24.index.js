export const id = 24;
export const ids = [24];
export const modules = {

/***/ 76024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serve: () => (/* binding */ serve)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _checks_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6942);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18650);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70289);




/** Serves a file pass in a worker thread: claims chunks of files until none are left, posts the results. */
function serve() {
    const { root, realRoot, files, chunk, jobs, counter } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const reader = new _repo_read_js__WEBPACK_IMPORTED_MODULE_2__/* .RepoReader */ .Wp(root, realRoot);
    const part = (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanChunks */ .Qc)(files, chunk, jobs, new Map(_checks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .u.map((c) => [c.id, c])), (f) => reader.read(f), () => Atomics.add(counter, 0, 1));
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ ...part, skipped: reader.skipped, reads: reader.reads });
}


/***/ }),

/***/ 70289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ threadCount),
/* harmony export */   Qc: () => (/* binding */ scanChunks),
/* harmony export */   yF: () => (/* binding */ startScan)
/* harmony export */ });
/* unused harmony export chunkSize */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var _repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77941);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10053);




/**
 * Files per chunk: threads claim chunks one at a time, so a fast thread takes more of them.
 * About eight chunks per thread, 16 to 256 files each.
 */
function chunkSize(files, threads) {
    return Math.max(16, Math.min(256, Math.ceil(files / ((threads + 1) * 8))));
}
/**
 * Scans the chunks `claim` hands out (until it returns an index past the end): reads each file
 * that at least one scanner accepts, once, and hands the text to every scanner that accepts it;
 * inline suppressions are collected on the way. Pure apart from the reads. A scanner that throws
 * is dropped for the rest of the pass and its job reports the error.
 */
function scanChunks(files, chunk, jobs, defs, read, claim) {
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
            if (text === null)
                continue;
            const sup = (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__/* .findSuppressions */ .A)(file, text);
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
    return { results, errors, suppressions, chunks, skipped: [], reads: 0 };
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
    if (files < _workers_js__WEBPACK_IMPORTED_MODULE_3__/* .LARGE_REPO_FILES */ .Vq)
        return 0;
    return Math.max(0, Math.min(node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism() - 1, MAX_AUTO_THREADS));
}
const MAX_AUTO_THREADS = 2;
/**
 * Starts the file pass for `jobs`. With `workers` > 0 (and a registered entry module, see
 * workers.ts) worker threads start scanning right away, claiming chunks of files from a shared
 * counter; `finish()` makes the calling thread claim chunks too (with `read`), so whichever thread
 * is free does the work. Chunks of a worker that failed (out of memory, crash) are redone on the
 * calling thread: a pass always completes with the same results, whatever the threads did.
 */
function startScan(input, defs, workers, read) {
    const { files, jobs } = input;
    const entry = (0,_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .workerEntry */ .xA)();
    const chunk = chunkSize(files.length, workers);
    const total = Math.ceil(files.length / chunk);
    const n = jobs.length && entry ? Math.min(workers, total - 1) : 0;
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const claim = () => Atomics.add(counter, 0, 1);
    const started = n > 0 ? spawn(n, entry, { root: input.root, realRoot: input.realRoot, files, chunk, jobs, counter }) : [];
    return {
        async finish() {
            const mine = scanChunks(files, chunk, jobs, defs, read, claim);
            const theirs = (await Promise.all(started)).filter((p) => p !== null);
            const parts = [mine, ...theirs];
            const done = new Set(parts.flatMap((p) => p.chunks));
            const missing = Array.from({ length: total }, (_, c) => c).filter((c) => !done.has(c));
            if (missing.length) {
                let k = 0;
                parts.push(scanChunks(files, chunk, jobs, defs, read, () => (k < missing.length ? missing[k++] : total)));
            }
            return merge(files, jobs.length, parts, theirs.length);
        },
    };
}
function spawn(n, entry, data) {
    return Array.from({ length: n }, () => new Promise((resolve) => {
        let settled = false;
        const settle = (p) => { if (!settled) {
            settled = true;
            resolve(p);
        } };
        try {
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, {
                workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .SCAN_WORKER */ .js]: true, ...data },
                // A worker holds one file at a time; a bounded heap keeps the pass's memory bounded.
                resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 4 },
                // Nothing a worker prints may reach the report on stdout (or the log).
                stdout: true,
                stderr: true,
            });
            worker.once('message', (part) => { settle(part); void worker.terminate(); });
            worker.once('error', () => settle(null));
            worker.once('exit', () => settle(null));
        }
        catch {
            settle(null);
        }
    }));
}
/** Back to paths, in file order. */
function merge(files, jobCount, parts, threads) {
    const results = Array.from({ length: jobCount }, () => []);
    const errors = Array.from({ length: jobCount }, () => null);
    const suppressions = [];
    const skipped = [];
    let reads = 0;
    for (const part of parts) {
        part.results.forEach((rows, j) => { for (const row of rows)
            results[j].push(row); });
        part.errors.forEach((e, j) => { errors[j] ??= e; });
        suppressions.push(...part.suppressions);
        skipped.push(...part.skipped);
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
        skipped,
        reads,
        threads,
    };
}


/***/ }),

/***/ 18650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ RepoReader)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, safeRealpath, isWithin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84592);



const MAX_FILE_BYTES = 1024 * 1024;
const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
/** Open flags that refuse a symlink as the last component (ELOOP) and never block on a FIFO. */
const OPEN_FLAGS = O_NOFOLLOW !== undefined ? O_RDONLY | O_NOFOLLOW | (O_NONBLOCK ?? 0) : null;
const DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
/**
 * Reads repository files as text, safely: never outside the root (no `..` or absolute paths, every
 * symlinked component resolved), never binary files or files over 1 MiB (recorded in `skipped`).
 * One shared buffer per thread serves every read, so tens of thousands of files allocate one
 * Buffer, and a regular file costs one open, usually one read and one close (no stat).
 */
class RepoReader {
    root;
    realRoot;
    skipped = [];
    /** Files read (for benchmarks and the "read once" test). */
    reads = 0;
    realDirs = new Map();
    constructor(root, realRoot = safeRealpath(root)) {
        this.root = root;
        this.realRoot = realRoot;
    }
    /** The text of `file` (a repository path), or null when it cannot or must not be read. */
    read(file) {
        if (!isInside(file)) {
            this.skip(file, 'path outside the repository');
            return null;
        }
        // Every directory on the way is resolved (once per directory): a symlinked directory must not
        // lead out of the repository; the file itself is resolved only when it is a link.
        const dir = this.realDir((0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(file));
        if (dir === false)
            return null;
        if (dir === null) {
            this.skip(file, 'symlink pointing outside the repository');
            return null;
        }
        let real = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${(0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(file)}`;
        let fd;
        try {
            fd = this.open(real);
        }
        catch (e) {
            if (e.code !== 'ELOOP' && OPEN_FLAGS !== null)
                return null;
            // The last component is a symlink: follow it only when it stays inside the repository.
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(real);
                if (!isWithin(this.realRoot, real)) {
                    this.skip(file, 'symlink pointing outside the repository');
                    return null;
                }
                fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, OPEN_FLAGS === null ? 'r' : O_RDONLY | (O_NONBLOCK ?? 0));
            }
            catch {
                return null;
            }
        }
        let n;
        try {
            n = readInto(fd);
        }
        catch {
            return null;
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        }
        if (n > MAX_FILE_BYTES) {
            this.skip(file, `larger than ${MAX_FILE_BYTES} bytes`);
            return null;
        }
        this.reads++;
        const buf = SHARED.subarray(0, n);
        if (buf.subarray(0, 8000).includes(0)) {
            this.skip(file, 'binary');
            return null;
        }
        return DECODER.decode(buf);
    }
    /** Like `read`, for a file a user named (a checklist, a CA): the text, or why it cannot be read. */
    readNamed(file) {
        const before = this.skipped.length;
        const text = this.read(file);
        if (text !== null)
            return { text };
        return { reason: this.skipped.slice(before).find((s) => s.file === file)?.reason ?? 'not found (or not a file)' };
    }
    open(real) {
        if (OPEN_FLAGS !== null)
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, OPEN_FLAGS);
        // No O_NOFOLLOW (Windows): look before opening.
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(real).isSymbolicLink())
            throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, 'r');
    }
    /** The real path of a repository directory; null when it resolves outside the root, false when it does not exist. */
    realDir(dir) {
        const hit = this.realDirs.get(dir);
        if (hit !== undefined)
            return hit;
        let real;
        if (dir === '')
            real = this.realRoot;
        else {
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, dir));
                if (!isWithin(this.realRoot, real))
                    real = null;
            }
            catch {
                real = false;
            }
        }
        this.realDirs.set(dir, real);
        return real;
    }
    skip(file, reason) { this.skipped.push({ file, reason }); }
}
/** One buffer per thread, one byte longer than the limit: a full buffer means "too large". */
const SHARED = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
/** Reads a file into the shared buffer (at most MAX_FILE_BYTES + 1 bytes); returns the length. */
function readInto(fd) {
    let n = 0;
    // A short read of a regular file means end of file: usually one read call per file.
    while (n < SHARED.length) {
        const want = SHARED.length - n;
        const got = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, SHARED, n, want, null);
        n += got;
        if (got === 0 || got < want)
            break;
    }
    return n;
}
function isInside(p) {
    if (p === '' || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(p) || /^[A-Za-z]:/.test(p))
        return false;
    return !p.includes('..') || !p.split(/[\\/]/).includes('..');
}
function safeRealpath(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(p);
    }
    catch {
        return p;
    }
}
function isWithin(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}


/***/ }),

/***/ 77941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ findSuppressions)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);

// Only the head is a regex (linear: no optional groups around `\s*` runs); the tail — `until DATE`
// and `: reason` — is parsed with string operations, so adversarial lines cannot backtrack.
const HEAD = /(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)/i;
function parseTail(rest) {
    let tail = rest.trim().replace(/(\*\/|-->)$/, '').trim();
    let until = null;
    if (/^until\s/i.test(tail)) {
        tail = tail.slice(5).trimStart();
        const sp = tail.search(/[\s:]/);
        until = sp < 0 ? tail : tail.slice(0, sp);
        tail = sp < 0 ? '' : tail.slice(sp).trimStart();
    }
    if (tail === '')
        return { until, reason: '' };
    if (!tail.startsWith(':'))
        return null;
    return { until, reason: tail.slice(1).trim() };
}
/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
function findSuppressions(file, text) {
    if (!text.includes('preflight-ignore'))
        return [];
    const trailingAllowed = !((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvFile */ .qb)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file).startsWith('.env'));
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (!l.includes('preflight-ignore'))
            continue;
        const m = HEAD.exec(l);
        if (!m)
            continue;
        const tail = parseTail(l.slice(m.index + m[0].length));
        if (!tail)
            continue;
        const before = l.slice(0, m.index).trim();
        const wholeLine = before === '';
        if (!wholeLine && !trailingAllowed)
            continue;
        out.push({
            file, line: i + 1, column: m.index + 1,
            ids: m[2].split(',').map((s) => s.trim().toLowerCase()),
            until: tail.until,
            reason: tail.reason,
            wholeLine,
        });
    }
    return out;
}


/***/ })

};
