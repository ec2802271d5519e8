export const id = 239;
export const ids = [239];
export const modules = {

/***/ 4239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workflowAnchor: () => (/* binding */ workflowAnchor),
/* harmony export */   workflowFileOf: () => (/* binding */ workflowFileOf)
/* harmony export */ });
/* unused harmony export stepUrlLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18650);
/* harmony import */ var _repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52365);
/**
 * Where SARIF places findings that have no file when no checklist file of the repository can hold them (the built-in
 * preset, a checklist outside the repository): the workflow file that runs Preflight, at the line of the step's URL
 * (the action's `url:` input, the CLI's `--url`), else line 1. Code scanning rejects a result without a location, so
 * without such a file these findings stay the run's tool notifications.
 */




/** Most bytes of a workflow file read to find the step's line (GitHub's own limit on a workflow is far lower). */
const MAX_WORKFLOW_BYTES = 1 << 20;
/** Most steps looked at per job (GitHub allows 1,000 steps in a job). */
const MAX_STEPS = 1000;
/**
 * `acme/shop/.github/workflows/ci.yml@refs/heads/main` (GITHUB_WORKFLOW_REF) \u2192 `.github/workflows/ci.yml`, only when the
 * workflow is `repository`'s own (a workflow required by an organisation ruleset lives in another repository).
 */
function workflowFileOf(ref, repository) {
    const m = ref ? /^([^/]+\/[^/]+)\/(.+?)@/.exec(ref) : null;
    return m && repository && m[1].toLowerCase() === repository.toLowerCase() ? m[2] : null;
}
/**
 * The SARIF anchor for the workflow file `file` (repository-relative, from {@link workflowFileOf}) when it is a file of
 * the repository at `root`; null otherwise (then findings without a file stay notifications). `job` and `step` are
 * GITHUB_JOB and GITHUB_ACTION: the running step when its `id:` is that, else the first step that runs Preflight with a
 * URL (in that job when it is in the file).
 */
function workflowAnchor(root, file, where = {}) {
    if (!file || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(file) || file.split(/[\\/]/).some((s) => s === '..' || s === ''))
        return null;
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, file));
    }
    catch {
        return null;
    }
    // A symlink is anchored (it is the repository's path) but not followed out of the repository to find a line; nor is
    // a file reached through a symlinked folder (`.github` \u2192 elsewhere) that leaves it.
    if (st.isSymbolicLink() || !(0,_repo_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)((0,_repo_read_js__WEBPACK_IMPORTED_MODULE_2__.safeRealpath)(root), (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_2__.safeRealpath)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, file))))
        return { file, line: null };
    if (!st.isFile())
        return null;
    let line = null;
    if (st.size <= MAX_WORKFLOW_BYTES) {
        try {
            line = stepUrlLine(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, file), 'utf8'), where);
        }
        catch {
            line = null;
        }
    }
    return { file, line };
}
/**
 * The 1-based line of the URL given to the step that runs Preflight in a workflow's text: the `url:` key of the
 * action's `with:` (a step whose `uses:` names preflight), or the line of `--url` in a `run:` that runs preflight.
 * The step whose `id:` is `where.step` wins (null when it gives no URL: its URL comes from elsewhere); else the first
 * such step, in `where.job` when the file has that job. Null when none is found or the file is not a workflow.
 */
function stepUrlLine(text, where = {}) {
    const doc = (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)('workflow', text).docs[0];
    if (!doc || !(0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(doc.value) || !(0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(doc.value.jobs))
        return null;
    const jobs = doc.value.jobs;
    const lines = text.split(/\r?\n/);
    const jobIds = where.job && (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(jobs[where.job]) ? [where.job] : Object.keys(jobs);
    let first = null;
    for (const job of jobIds) {
        const spec = jobs[job];
        const steps = (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(spec) ? spec.steps : undefined;
        if (!Array.isArray(steps))
            continue;
        for (let i = 0; i < steps.length && i < MAX_STEPS; i++) {
            const step = steps[i];
            if (!(0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(step))
                continue;
            const own = !!where.step && step.id === where.step;
            const line = urlLineOfStep(doc, lines, ['jobs', job, 'steps', i], step, own);
            if (own)
                return line;
            if (first === null && line !== null)
                first = line;
        }
    }
    return first;
}
/** The line of the URL a step gives Preflight (see {@link stepUrlLine}); `own`: the step is known to be the running one. */
function urlLineOfStep(doc, lines, at, step, own) {
    const names = (v) => typeof v === 'string' && /preflight/i.test(v);
    if (typeof step.uses === 'string' && (own || names(step.uses))) {
        return (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(step.with) && 'url' in step.with ? doc.loc([...at, 'with', 'url'], true)?.line ?? null : null;
    }
    if (typeof step.run === 'string' && (own || names(step.run)) && /--url\b/.test(step.run)) {
        const key = doc.loc([...at, 'run'], true);
        if (!key)
            return null;
        // The run's lines: from its key to the next line (not blank) indented no deeper than the key.
        for (let k = key.line - 1; k < lines.length; k++) {
            const l = lines[k];
            if (k > key.line - 1 && l.trim() && l.length - l.trimStart().length < key.column)
                break;
            if (/(?:^|[\s"'])--url(?:[=\s"']|$)/.test(k === key.line - 1 ? l.slice(key.column - 1) : l))
                return k + 1;
        }
    }
    return null;
}


/***/ })

};
