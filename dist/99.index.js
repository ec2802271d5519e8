export const id = 99;
export const ids = [99];
export const modules = {

/***/ 99099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_KUSTOMIZATIONS: () => (/* binding */ MAX_KUSTOMIZATIONS),
/* harmony export */   kustomizeReach: () => (/* binding */ kustomizeReach),
/* harmony export */   linkTarget: () => (/* binding */ linkTarget),
/* harmony export */   linkedOutside: () => (/* binding */ linkedOutside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _k8s_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50976);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18650);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52365);





/** At most this many kustomizations are followed out of the scanned folder. */
const MAX_KUSTOMIZATIONS = 2_000;
/**
 * The repository files outside a scanned sub-folder (`--dir k8s/overlays/prod`, the action's `working-directory`)
 * that its kustomizations build on: the `resources`/`bases`/`components` they name \u2014 a file as it is, a folder by its
 * kustomization (then, transitively, what that one names; a folder without one: its YAML/JSON files) \u2014 and the patch
 * files they apply, as `kustomize build` reads them. An overlay's patch is then judged merged over its base as it
 * deploys, not as a workload of its own (as compose `extends.file` outside the folder is read). A folder reached
 * through a tracked symlink is followed to where it points inside the repository; remote references, and paths that
 * leave the repository, are not followed. `tracked` lists the whole repository's files (asked only when a reference
 * leaves the folder). `truncated`: more than MAX_KUSTOMIZATIONS kustomizations were on the way (the rest not followed).
 */
async function kustomizeReach(listing, tracked) {
    const none = { files: [], truncated: false };
    if (!listing.git || !listing.base)
        return none;
    const queue = listing.files.filter((f) => (0,_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .isKustomizationFile */ .yi)(f));
    if (!queue.length)
        return none;
    const reader = new _read_js__WEBPACK_IMPORTED_MODULE_3__/* .RepoReader */ .Wp(listing.root, undefined, listing.textLinks);
    const inBase = (p) => p === listing.base || p.startsWith(`${listing.base}/`);
    const have = new Set(listing.files);
    const added = [];
    const add = (f) => {
        if (have.has(f))
            return;
        have.add(f);
        added.push(f);
        if ((0,_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .isKustomizationFile */ .yi)(f))
            queue.push(f);
    };
    const done = new Set();
    let all = null;
    const repository = async () => {
        if (all)
            return all;
        const files = (await tracked()) ?? [];
        const byDir = new Map();
        for (const f of files) {
            const d = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(f) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(f);
            const list = byDir.get(d);
            if (list)
                list.push(f);
            else
                byDir.set(d, [f]);
        }
        return (all = { files: new Set(files), byDir });
    };
    let n = 0;
    while (queue.length) {
        const file = queue.shift();
        if (done.has(file))
            continue;
        if (++n > MAX_KUSTOMIZATIONS)
            return { files: added, truncated: true };
        done.add(file);
        const text = reader.read(file);
        if (text === null)
            continue;
        const doc = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(file, text).docs[0]?.value;
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(doc))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(file) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(file);
        for (const ref of references(doc)) {
            // Remote bases (`github.com/org/repo//k8s?ref=v1`, `https://\u2026`) are not in the repository.
            if (/^[a-z][\w+.-]*:\/\//i.test(ref) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//i.test(ref) || ref.includes('?ref='))
                continue;
            let target = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, ref)).replace(/\/+$/, '');
            if (target === '.')
                target = '';
            if (target === '..' || target.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(target))
                continue;
            // A folder reached through a tracked symlink (`base -> ../shared/base`): where it points, inside the repository.
            const real = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, target));
            const realRoot = reader.realRoot;
            if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .isWithin */ .UO)(realRoot, real))
                continue;
            target = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRoot, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            if (inBase(target))
                continue;
            const repo = await repository();
            if (repo.files.has(target)) {
                add(target);
                continue;
            }
            const inside = repo.byDir.get(target) ?? [];
            const kustomization = inside.find((f) => (0,_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .isKustomizationFile */ .yi)(f));
            if (kustomization)
                add(kustomization);
            else
                for (const f of inside)
                    if (/\.(?:ya?ml|json)$/i.test(f))
                        add(f);
        }
    }
    return { files: added, truncated: false };
}
/** The paths a kustomization names: resources, bases, components and patch files. */
function references(doc) {
    const out = [];
    for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge']) {
        const list = doc[key];
        // An inline patch (a manifest written as a string under `patchesStrategicMerge`) names no file.
        if (Array.isArray(list))
            for (const v of list)
                if (typeof v === 'string' && v.trim() && !v.includes('\n') && !v.trim().startsWith('{'))
                    out.push(v.trim());
    }
    for (const key of ['patches', 'patchesJson6902']) {
        const list = doc[key];
        if (Array.isArray(list))
            for (const v of list)
                if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(v) && typeof v['path'] === 'string' && v['path'].trim())
                    out.push(v['path'].trim());
    }
    return out;
}
/**
 * Where the tracked symlink `link` (a repository path, listed by `listing`) leads inside the repository: the repository
 * path of the file or folder it resolves to, a text link (FileList.textLinks) by its text, a real one by the file
 * system; null when it leaves the repository, goes into a `.git` folder, or leads nowhere. (What is there is not looked at.)
 */
function linkTarget(listing, link, realRoot = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(listing.root)) {
    if (listing.textLinks && Object.hasOwn(listing.textLinks, link)) {
        const to = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .textLinkTarget */ .D0)(listing.textLinks, link);
        return 'target' in to ? to.target : null;
    }
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, link);
    const real = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(abs);
    if (real === abs || !(0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .isWithin */ .UO)(realRoot, real))
        return null;
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRoot, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    return rel === '' || (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .inGitFolder */ .Kv)(rel) ? null : rel;
}
/**
 * The tracked files outside a scanned sub-folder (`--dir services/api`, the action's `working-directory`) that its
 * tracked symlinks point to (`services/api/Dockerfile -> ../../docker/Dockerfile`, `services/api/.env ->
 * ../../shared/.env`): read with the folder, so what a link gives is reported once, at the file the link points to \u2014 the
 * text and its lines are there, a pull request that edits the shared file changes that path, and a run at the
 * repository root reports it there too (the same fingerprints). What only the link's name brings stays on the link.
 * `tracked`: every file git tracks in the repository. Links out of the repository or into `.git`, to files git does
 * not track, to folders, or to nothing add nothing (their reading is refused or said as before).
 */
function linkedOutside(listing, tracked) {
    if (!listing.git || !listing.base || !listing.links?.length)
        return [];
    const realRoot = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(listing.root);
    const inBase = (p) => p === listing.base || p.startsWith(`${listing.base}/`);
    const have = new Set(listing.files);
    const out = [];
    for (const link of listing.links) {
        const target = linkTarget(listing, link, realRoot);
        if (target === null || inBase(target) || have.has(target) || !tracked.has(target))
            continue;
        if (!isFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, target)))
            continue;
        have.add(target);
        out.push(target);
    }
    return out;
}
/** Whether a regular file is at `abs` (symlinks followed). */
function isFile(abs) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs, { throwIfNoEntry: false })?.isFile() === true;
    }
    catch {
        return false;
    }
}


/***/ })

};
