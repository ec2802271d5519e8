export const id = 685;
export const ids = [685];
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
            lines.push(`  ${i.id} \u2192 ${i.checks.join(', ')}    ${i.matchedBy}`);
    }
    if (explicit.length) {
        lines.push('', 'Bound explicitly:');
        for (const i of explicit)
            lines.push(`  ${i.id} \u2192 ${i.checks.join(', ')}`);
    }
    if (manual.length)
        lines.push('', `Manual items (${manual.length}) need a sign-off: [x] in the checklist or a ticked box in the pull request. They have severity info and do not block until you raise it.`);
    return lines.join('\n');
}


/***/ }),

/***/ 41006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ itemOptions)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19714);
/* harmony import */ var _engine_execute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14877);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64170);



/**
 * Validates an item's `options` against the schemas of its checks and returns each check's options, in the order of
 * `item.checks`. Every mistake of the item is reported in one run, in file order: options on a manual item, each key of
 * a several-check item's options that names none of its checks, and each check's own option errors.
 */
function itemOptions(item, where) {
    // Options of an item that names no check would be silently ignored.
    if (!item.checks.length && item.options && Object.keys(item.options).length) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`options given for item '${item.id}', which names no check (a manual item): add \`check:\` or remove \`options\``, item.optionsAt?.([], true) ?? where);
    }
    const several = item.checks.length > 1;
    const errors = [];
    if (several && item.options) {
        for (const stray of Object.keys(item.options).filter((k) => !item.checks.includes(k))) {
            errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`options of an item with several checks are keyed by check id; '${stray}' is not one of ${item.checks.join(', ')}`, item.optionsAt?.([stray], true) ?? where));
        }
    }
    const options = item.checks.map((id) => {
        const def = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .getDef */ .Gt)(id);
        if (!def) {
            errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`unknown check '${id}'`, where));
            return undefined;
        }
        const raw = several ? item.options?.[id] : item.options;
        const locate = item.optionsAt ? (p, key) => item.optionsAt(several ? [id, ...p] : p, key) : undefined;
        try {
            return (0,_engine_execute_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .A)(def, raw ?? {}, where, locate);
        }
        catch (e) {
            if (!(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
                throw e;
            errors.push(e);
            return undefined;
        }
    });
    const err = item.optionsAt ? (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrorsInFileOrder */ .hj)(errors) : (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrors */ .kV)(errors);
    if (err)
        throw err;
    return options;
}


/***/ }),

/***/ 78890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normaliseTitle: () => (/* binding */ normaliseTitle)
/* harmony export */ });
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52907);
/** Titles compared the way people write them: markup, case and spacing do not count. */

/**
 * Normalises a title, an id or a checkbox text for comparison: character references are decoded
 * (`R&amp;D` as the Markdown parser reads it: `R&D`), HTML comments and tags, link and
 * image syntax, code spans, backslash escapes, emphasis and strikethrough markers are removed;
 * Unicode is NFKC-normalised; a control character that is no white space is read as its `\xNN` spelling (as reports
 * show it); case is folded, and \u0451 read as \u0435; runs of white space collapse to one space.
 * Word-internal underscores (`SESSION_COOKIE_SECURE`) are kept. `keepQuoted`: a marker that is all a pair of quotes holds
 * (`allow_origins=["*"]`) is kept too, for showing the words a phrase rule matched as the item has them (the rules read
 * the text without it).
 */
function normaliseTitle(text, keepQuoted = false) {
    return (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCharacterReferences */ .yC)(text)
        .normalize('NFKC')
        // A control character that is no white space (a YAML title's `\e`, `\a`) as the summaries show it, `\x1b`: a tick of
        // the line they give signs the item off.
        .replace(/[\x00-\x08\x0e-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
        .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
        // Link text holds no `[` (a run of thousands of `[` would be scanned to the end from each one: quadratic).
        .replace(/!?\[([^[\]]*)\]\([^)]*\)/g, '$1')
        .replace(/!?\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
        // Escapes go first: the Markdown parser has already resolved them in a checklist title.
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/`+/g, '')
        .replace(/\*\*|__|~~/g, '')
        // An opening marker touches the word it emphasises; a lone `*` ("no `*`", "(no *)") is text.
        .replace(/(^|[\s([{"'])[*_~]+(?=[\p{L}\p{N}[(`'"])/gu, (run, lead, at, s) => (keepQuoted && quoted(s, at + lead.length, run.length - lead.length) ? run : lead))
        // A `*` after `=` is a value (`CORS_ORIGINS=*`), not a closing marker.
        .replace(/(?<=[^\s=])[*_~]+(?=$|[\s)\]}"'.,:;!?])/g, (run, at, s) => (keepQuoted && quoted(s, at, run.length) ? run : ''))
        .toLowerCase()
        // Russian writes \u0451 as \u0435 as often as not (most keyboards): "\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d" is "\u043e\u0431\u043d\u043e\u0432\u043b\u0451\u043d".
        .replace(/\u0451/g, '\u0435')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Whether the marker run at `at` (of `length` characters) is all that a pair of quotes holds: `"*"`, `'*'`. */
function quoted(s, at, length) {
    const before = s[at - 1];
    return (before === '"' || before === "'") && s[at + length] === before;
}


/***/ }),

/***/ 14877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseOptions),
/* harmony export */   Q: () => (/* binding */ executeCheck)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52907);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19714);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70289);
/* harmony import */ var _checklist_issue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58343);






/**
 * Validates an item's options against a check's schema; unknown keys are errors. Every mistake is reported (one per
 * place, each unknown key at itself), in the order they are written when `locate` says where, else the schema's.
 * `where` names the checklist location for the message.
 */
function parseOptions(def, raw, where, locate) {
    let schema = def.options;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH)
        schema = schema.strict();
    const res = schema.safeParse(raw ?? {});
    if (res.success)
        return res.data;
    const errors = [];
    const said = new Set();
    for (const issue of res.error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            // Like unknown checklist keys: each one at itself, with the nearest known option and the ones there are.
            const known = optionKeys(def.options, path);
            for (const key of issue.keys) {
                const hint = known.length ? `${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestIds */ .BW)(key, known))}; expected ${known.length === 1 ? `'${known[0]}'` : `one of: ${known.join(', ')}`}` : '';
                errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`unknown option '${key}' for check '${def.id}'${hint}`, locate?.([...path, key], true) ?? where));
            }
            continue;
        }
        // One mistake per place: a value failing several rules is said once, by the first.
        if (said.has(JSON.stringify(path)))
            continue;
        said.add(JSON.stringify(path));
        // An empty key (`imagePorts: { "": \u2026 }`) shown as written, not as a trailing dot.
        const at = path.length ? `options.${path.map((p) => (p === '' ? '""' : p)).join('.')}` : 'options';
        // The offending value, where the checklist says where.
        // A key the schema refuses (`imagePorts: { "": [5432] }`) is pointed at itself, not at its value.
        errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${at} for check '${def.id}': ${(0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_4__/* .issueWording */ .s)(issue, (0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_4__/* .valueAt */ .f)(raw ?? {}, path))}`, locate?.(path, issue.code === 'invalid_key') ?? where));
    }
    throw (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .configErrors */ .kV)(locate ? (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .inFileOrder */ .w$)(errors) : errors);
}
/** The keys of the options object at `path` of a check's options schema (empty when it is not an object). */
function optionKeys(schema, path) {
    let at = objectOf(schema);
    for (const key of path)
        at = at && typeof key === 'string' ? objectOf(at.shape[key]) : null;
    return at ? Object.keys(at.shape).sort() : [];
}
/** The object schema under defaults, optionals and the like, or null. */
function objectOf(schema) {
    let at = schema;
    for (let guard = 0; guard < 8 && at && !(at instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH); guard++) {
        const wrapper = at;
        at = wrapper.def?.innerType ?? (typeof wrapper.unwrap === 'function' ? wrapper.unwrap() : undefined);
    }
    return at instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH ? at : null;
}
/**
 * Runs one static check over a view of the snapshot. Exceptions become an `error` outcome.
 * `scanned` is what the check's file scanner produced in a file pass (src/engine/scan.ts) for
 * the files of the view; without it the scanner runs here, over the view.
 */
async function executeCheck(def, view, options, now, scanned) {
    const findings = [];
    let skipped;
    try {
        let rows = scanned ?? [];
        if (def.scan && !scanned) {
            // The file pass the pipeline runs, on this thread, over this view: one chunk.
            let next = 0;
            const pass = (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanChunks */ .Qc)(view.files, Math.max(1, view.files.length), [{ check: def.id, options }], new Map([[def.id, def]]), (f) => view.text(f) ?? null, () => next++, (f) => view.chunks(f));
            if (pass.errors[0])
                return { findings, error: pass.errors[0] };
            rows = pass.results[0].map(([i, data]) => ({ file: view.files[i], data }));
        }
        await def.run({
            snapshot: view,
            options,
            scanned: rows,
            now,
            // Messages are one line in every report, whatever names or source a check quotes, and printable (no control character a file holds).
            report: (f) => { const message = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message)); findings.push(message === f.message ? f : { ...f, message }); },
            skip: (reason) => { skipped = reason; },
        });
    }
    catch (e) {
        return { findings, error: `check '${def.id}' failed: ${e?.message ?? String(e)}` };
    }
    return findings.length ? { findings } : { findings, skipped };
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
