export const id = 6;
export const ids = [6];
export const modules = {

/***/ 41006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ checkOptions),
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
        const { raw, locate } = checkOptions(item, id);
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
/**
 * The options an item gives one of its checks, as written (an item with several checks keys them by check id), and where
 * its checklist file writes a path of them (when it locates its options: a YAML item's own).
 */
function checkOptions(item, id) {
    const several = item.checks.length > 1;
    const at = item.optionsAt;
    return {
        raw: several ? item.options?.[id] : item.options,
        ...(at ? { locate: (p, key) => at(several ? [id, ...p] : p, key) } : {}),
    };
}


/***/ }),

/***/ 14877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseOptions),
/* harmony export */   Q: () => (/* binding */ executeCheck)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9691);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52907);
/* harmony import */ var _checks_util_option_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37660);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64170);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19714);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70289);
/* harmony import */ var _checklist_issue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58343);







/**
 * Validates an item's options against a check's schema; unknown keys are errors. Every mistake is reported (one per
 * place, each unknown key at itself), in the order they are written when `locate` says where, else the schema's.
 * `where` names the checklist location for the message.
 */
function parseOptions(def, given, where, locate) {
    let schema = def.options;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodObject */ .bvH)
        schema = schema.strict();
    const { raw, written } = kebabSpellings(def, given, where, locate);
    // A mistake in an option written kebab-case is located (and named) as written.
    if (written.size && locate) {
        const inner = locate;
        locate = (path, key) => inner(typeof path[0] === 'string' && written.has(path[0]) ? [written.get(path[0]), ...path.slice(1)] : path, key);
    }
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
                const hint = known.length ? `${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .suggestIds */ .BW)(key, known))}; expected ${known.length === 1 ? `'${known[0]}'` : `one of: ${known.join(', ')}`}` : '';
                errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`unknown option '${key}' for check '${def.id}'${hint}`, locate?.([...path, key], true) ?? where));
            }
            continue;
        }
        // One mistake per place: a value failing several rules is said once, by the first.
        if (said.has(JSON.stringify(path)))
            continue;
        said.add(JSON.stringify(path));
        // An empty key (`imagePorts: { "": \u2026 }`) shown as written, not as a trailing dot.
        const shown = typeof path[0] === 'string' && written.has(path[0]) ? [written.get(path[0]), ...path.slice(1)] : path;
        const at = shown.length ? `options.${shown.map((p) => (p === '' ? '""' : p)).join('.')}` : 'options';
        // The offending value, where the checklist says where.
        // A key the schema refuses (`imagePorts: { "": [5432] }`) is pointed at itself, not at its value.
        errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${at} for check '${def.id}': ${(0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_5__/* .issueWording */ .s)(issue, (0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_5__/* .valueAt */ .f)(raw ?? {}, path))}`, locate?.(path, issue.code === 'invalid_key') ?? where));
    }
    throw (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrors */ .kV)(locate ? (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .inFileOrder */ .w$)(errors) : errors);
}
/**
 * Options written kebab-case (`session-names`, `image-ports`), as every other checklist key and option is, for the two
 * options the schema spells camelCase (`sessionNames`, `imagePorts`, still accepted as written: checklists that use them
 * keep working). Returns the options with such keys renamed, and each renamed key's written form; both spellings of one
 * option is a configuration error.
 */
function kebabSpellings(def, raw, where, locate) {
    const written = new Map();
    const known = (0,_checks_util_option_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .optionsObject */ .Me)(def.options);
    if (!known || !raw || typeof raw !== 'object' || Array.isArray(raw))
        return { raw, written };
    const shape = known.shape;
    const out = {};
    for (const [key, value] of Object.entries(raw)) {
        const camel = key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
        if (camel === key || Object.hasOwn(shape, key) || !Object.hasOwn(shape, camel)) {
            out[key] = value;
            continue;
        }
        if (Object.hasOwn(raw, camel))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`options '${key}' and '${camel}' for check '${def.id}' are one option written two ways: give it once, as '${key}'`, locate?.([key], true) ?? where);
        out[camel] = value;
        written.set(camel, key);
    }
    return { raw: out, written };
}
/** The keys of the options object at `path` of a check's options schema (empty when it is not an object). */
function optionKeys(schema, path) {
    let at = (0,_checks_util_option_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .optionsObject */ .Me)(schema);
    for (const key of path)
        at = at && typeof key === 'string' ? (0,_checks_util_option_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .optionsObject */ .Me)(at.shape[key]) : null;
    return at ? Object.keys(at.shape).sort() : [];
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
            const pass = (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanChunks */ .Qc)(view.files, Math.max(1, view.files.length), [{ check: def.id, options }], new Map([[def.id, def]]), (f) => view.text(f) ?? null, () => next++, (f) => view.chunks(f));
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


/***/ })

};
