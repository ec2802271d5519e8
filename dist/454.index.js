export const id = 454;
export const ids = [454];
export const modules = {

/***/ 81635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importMarkdown: () => (/* binding */ importMarkdown)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54160);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(683);
/* harmony import */ var _matcher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94639);




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
        else if (item.withdrawn && !item.checks.length && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            node.commentBefore = ` struck through in full in ${file}: withdrawn (severity off)`;
    });
    const yaml = doc.toString({ lineWidth: 0 });
    // What the parser read past (table-row checkboxes) is said here too: after an import the Markdown may be gone.
    const back = (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlChecklist */ .nn)(file.replace(/\.[^./\\]*$/, '') + '.yml', yaml).items;
    const warnings = [...(list.warnings ?? []), ...notDoneDrift(file, list.items, back)].map((w) => `warning: ${w}\n`).join('');
    return { yaml, report: warnings + importReport(file, list.items, back) };
}
/**
 * Items whose not-done status gates differently once imported: the YAML reader finds the checks a manual item's title
 * names but for its status from the title and group alone (notDoneChecksOfTitle), without the Markdown's parent item or
 * document title, so the two can differ. Said per item, with what to do: a pull request's tick signs it off in one and not
 * in the other.
 */
function notDoneDrift(file, items, back) {
    const out = [];
    items.forEach((item, i) => {
        const md = [...(item.notDoneChecks ?? [])].sort();
        const yml = [...(back[i]?.notDoneChecks ?? [])].sort();
        if (md.join() === yml.join())
            return;
        const at = `${file}:${item.source.line}: item '${item.id}'`;
        out.push(md.length
            ? `${at}: its status says the work is not done, so no tick in the pull request signs it off, but the imported title does not name ${md.join(', ')} on its own: in the YAML a tick signs it off; when it is done, add \`check: ${md.length > 1 ? `[${md.join(', ')}]` : md[0]}\` to it instead`
            : `${at}: in the YAML its title's not-done status keeps a tick in the pull request from signing it off (the title names ${yml.join(', ')}), unlike in the Markdown; reword the title to keep it a plain manual item`);
    });
    return out;
}
function toYamlItem(item) {
    const out = { id: item.id };
    // A not-done item's emphasised status as the aside the Markdown reads it as ("HSTS _pending_" \u2192 "HSTS (pending)") where the
    // title as shown would read otherwise in the YAML (which has no emphasis: "HSTS pending" is no status there). Other titles
    // as the line shows them (a tick in a pull request may repeat them).
    if (item.title)
        out.title = item.notDoneChecks?.length && item.statusTitle && !readsNotDone(item.title, item) ? item.statusTitle : item.title;
    if (item.checks.length)
        out.check = item.checks.length === 1 ? item.checks[0] : item.checks;
    if (item.severity)
        out.severity = item.severity;
    // Struck through in full: withdrawn, so switched off (reported skipped, never pending), as in the Markdown.
    else if (item.withdrawn && !item.checks.length)
        out.severity = 'off';
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
/** Whether `title`, as a YAML item's under the item's group, reads as the not-done status the Markdown item has. */
function readsNotDone(title, item) {
    const key = (checks) => [...(checks ?? [])].sort().join();
    return key((0,_matcher_js__WEBPACK_IMPORTED_MODULE_3__.notDoneChecksOfTitle)(title, item.group ?? [])) === key(item.notDoneChecks);
}
function importReport(file, items, back) {
    const auto = items.filter((i) => i.checks.length && i.matchedBy);
    const explicit = items.filter((i) => i.checks.length && !i.matchedBy);
    const manual = items.filter((i) => !i.checks.length);
    const signed = manual.filter((i) => i.signedOff).length;
    const withdrawn = manual.filter((i) => i.withdrawn).length;
    const toSign = manual.length - withdrawn;
    const notes = [signed ? `${signed} signed off with [x]` : '', withdrawn ? `${withdrawn} withdrawn: struck through in full, written with severity off` : ''].filter(Boolean);
    const lines = [
        `${file}: ${items.length} item${items.length === 1 ? '' : 's'}, ${auto.length} bound automatically, ${explicit.length} bound explicitly, ${manual.length} manual` +
            (notes.length ? ` (${notes.join('; ')})` : ''),
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
    if (toSign)
        lines.push('', `Manual items (${toSign}) need a sign-off: [x] in the checklist or a ticked box in the pull request. They have severity info and do not block until you raise it.`);
    // Those the YAML keeps pending as the Markdown does (the others are warned about: see notDoneDrift).
    const notDone = items.filter((i, k) => !i.checks.length && i.notDoneChecks?.length && back[k]?.notDoneChecks?.length);
    if (notDone.length) {
        lines.push('', `Not done (${notDone.length}): the status in the title says the work is not done, and the YAML keeps it there, so no tick in the pull request signs these off; when the work is done, remove the status and add \`check\` with the check named, and the check decides:`);
        for (const i of notDone)
            lines.push(`  ${i.id} \u2192 ${i.notDoneChecks.join(', ')}`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 78890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ normaliseTitle),
/* harmony export */   signoffText: () => (/* binding */ signoffText),
/* harmony export */   w: () => (/* binding */ APOSTROPHE_LIKE)
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
/**
 * Typographic punctuation read as what a keyboard types: apostrophes and primes (`\u2019 \u2018 \u02bc \u2032`, the low `\u201a`) as `'`, curly
 * and low double quotes (`\u201c \u201d \u201e`, `\u2033`) as `"`, the hyphens, figure and en/em dashes, the minus sign as `-` (an em dash
 * typed ` -- ` or ` --- ` between words as one `-`), and zero-width spaces, word joiners and soft hyphens as nothing.
 * Non-breaking and other Unicode spaces NFKC has already made spaces. A checklist exported from Notion, Google Docs or
 * Word holds `\u2019` where a reviewer types `'` (and macOS smart punctuation the other way round): GitHub shows both alike,
 * and an id, a slug of the title, reads them alike too (`l\u2019\u00e9quipe` and `l'\u00e9quipe` are `l-equipe`).
 */
const APOSTROPHE_LIKE = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u2035]/g;
const QUOTE_LIKE = /[\u201c\u201d\u201e\u201f\u2033\u2036]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/**
 * A title, an id or a checkbox text as a pull request's sign-off compares them: normaliseTitle (case, markup, spacing do
 * not count), then typographic punctuation read as typed (see APOSTROPHE_LIKE). Both sides of every sign-off comparison
 * (a tick and an item's title or id, two titles a tick cannot tell apart, two ids) go through it.
 */
function signoffText(text) {
    return normaliseTitle(text)
        .replace(INVISIBLE, '')
        .replace(APOSTROPHE_LIKE, "'")
        .replace(QUOTE_LIKE, '"')
        .replace(DASH_LIKE, '-')
        .replace(/(^|\s)-{2,3}(?=\s|$)/g, '$1-')
        .replace(/\s+/g, ' ')
        .trim();
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
