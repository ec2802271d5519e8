export const id = 99;
export const ids = [99];
export const modules = {

/***/ 99099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kustomizeReach: () => (/* binding */ kustomizeReach)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/** A kustomization file's name (kustomize reads these three). */
const KUSTOMIZATION = /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/;
/** At most this many kustomizations are followed out of the scanned folder. */
const MAX_KUSTOMIZATIONS = 500;
/**
 * The repository files outside a scanned sub-folder (`--dir k8s/overlays/prod`, the action's `working-directory`)
 * that its kustomizations build on: the `resources`/`bases`/`components` they name (`../../base`: every tracked file
 * of that folder, transitively through the kustomizations found there), and the patch files they apply. `kustomize
 * build` reads them, so an overlay's patch is judged merged over its base as it deploys, not as a workload of its own
 * (as compose `extends.file` outside the folder is read). Remote references, and paths that leave the repository,
 * are not followed. Empty outside git, at the repository root, or when no kustomization points out of the folder.
 * `tracked` lists the whole repository's files (asked only when a reference leaves the folder).
 */
async function kustomizeReach(listing, tracked) {
    if (!listing.git || !listing.base)
        return [];
    const queue = listing.files.filter((f) => KUSTOMIZATION.test(f));
    if (!queue.length)
        return [];
    const { RepoReader } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18650));
    const { isObject, parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365)]).then(__webpack_require__.bind(__webpack_require__, 52365));
    const reader = new RepoReader(listing.root);
    const inBase = (p) => p === listing.base || p.startsWith(`${listing.base}/`);
    const have = new Set(listing.files);
    const added = [];
    const done = new Set();
    let all = null;
    for (let n = 0; queue.length && n < MAX_KUSTOMIZATIONS; n++) {
        const file = queue.shift();
        if (done.has(file))
            continue;
        done.add(file);
        const text = reader.read(file);
        if (text === null)
            continue;
        const doc = parseYaml(file, text).docs[0]?.value;
        if (!isObject(doc))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
        for (const ref of references(doc, isObject)) {
            // Remote bases (`github.com/org/repo//k8s?ref=v1`, `https://…`) are not in the repository.
            if (/^[a-z][\w+.-]*:\/\//i.test(ref) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//i.test(ref) || ref.includes('?ref='))
                continue;
            const target = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir === '.' ? '' : dir, ref)).replace(/\/+$/, '');
            if (target === '..' || target.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(target) || target === '.' || inBase(target))
                continue;
            all ??= await tracked();
            for (const f of all) {
                if (f !== target && !f.startsWith(`${target}/`))
                    continue;
                if (have.has(f))
                    continue;
                have.add(f);
                added.push(f);
                if (KUSTOMIZATION.test(f))
                    queue.push(f);
            }
        }
    }
    return added;
}
/** The paths a kustomization names: resources, bases, components and patch files. */
function references(doc, isObject) {
    const out = [];
    for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge']) {
        const list = doc[key];
        if (Array.isArray(list))
            for (const v of list)
                if (typeof v === 'string' && v.trim())
                    out.push(v.trim());
    }
    for (const key of ['patches', 'patchesJson6902']) {
        const list = doc[key];
        if (Array.isArray(list))
            for (const v of list)
                if (isObject(v) && typeof v['path'] === 'string' && v['path'].trim())
                    out.push(v['path'].trim());
    }
    return out;
}


/***/ })

};
