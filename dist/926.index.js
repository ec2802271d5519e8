export const id = 926;
export const ids = [926];
export const modules = {

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
