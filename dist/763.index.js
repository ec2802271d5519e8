export const id = 763;
export const ids = [763];
export const modules = {

/***/ 17763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   Tv: () => (/* binding */ symlinkOutOfRepository),
/* harmony export */   ZO: () => (/* binding */ gitignore),
/* harmony export */   aR: () => (/* binding */ gitIgnores),
/* harmony export */   dT: () => (/* binding */ MAX_WALK),
/* harmony export */   vW: () => (/* binding */ notScannedWarnings),
/* harmony export */   wX: () => (/* binding */ indexBlob)
/* harmony export */ });
/* unused harmony exports listingText, stagedEntries */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70298);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64170);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52907);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(84592);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18650);
/* harmony import */ var _git_env_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(43466);












const run = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile);
/** The most files a walk outside git lists. */
const MAX_WALK = 200_000;
async function git(cwd, args) {
    // safe.directory per command: container jobs run as another user than the checkout's owner.
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, env: (0,_git_env_js__WEBPACK_IMPORTED_MODULE_11__/* .gitEnv */ .g)(cwd), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
/** `git` for output that holds file names: bytes, since a name need not be UTF-8 (see listingText). */
async function gitBytes(cwd, args) {
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, env: (0,_git_env_js__WEBPACK_IMPORTED_MODULE_11__/* .gitEnv */ .g)(cwd), maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' });
    return stdout;
}
/**
 * `git ls-files -z` output as text: decoded as UTF-8 at once when it is UTF-8 (as a rule); else entry by entry, a path
 * that is not UTF-8 quoted as git quotes it (quoteName: `caf\351.env`, never a mangled `caf\uFFFD.env` no file has)
 * and added to `quoted`; one that is also the UTF-8 name of another entry (`caf\351.env` written out) is added to
 * `clashes` too. `sep` ends the part of an entry before its path (the mode, with `--format` or `-s`); none when
 * entries are paths.
 */
function listingText(out, quoted, sep, clashes = []) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(out))
        return out.toString('utf8');
    const entries = [];
    const seen = new Set(quoted);
    const literal = new Set();
    for (let at = 0; at < out.length;) {
        let end = out.indexOf(0, at);
        if (end === -1)
            end = out.length;
        const entry = out.subarray(at, end);
        const cut = sep === undefined ? -1 : entry.indexOf(sep);
        if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(entry)) {
            const text = entry.toString('utf8');
            entries.push(text);
            if (entry.includes(0x5c, cut + 1))
                literal.add(text.slice(cut + 1));
        }
        else {
            const name = (0,_read_js__WEBPACK_IMPORTED_MODULE_10__/* .quoteName */ .AB)(entry.subarray(cut + 1));
            if (!seen.has(name)) {
                seen.add(name);
                quoted.push(name);
            }
            entries.push(`${entry.subarray(0, cut + 1).toString('utf8')}${name}`);
        }
        at = end + 1;
    }
    for (const name of quoted)
        if (literal.has(name))
            clashes.push(name);
    return entries.join('\0');
}
/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
async function listFiles(dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(dir);
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
                throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`${dir} is in a git repository (${marker}), but git ${spawn === 'ENOENT' ? 'was not found on PATH' : 'cannot be run (permission denied)'}: Preflight reads the files git tracks (\`git ls-files\`), so install git or put it on PATH`);
            }
        }
        // "not a git repository (or any of the parent directories)" / "(or any parent up to mount
        // point /x)": a plain folder. "not a git repository: /x/.git/\u2026" (a `.git` file naming a missing
        // gitdir), a corrupt HEAD or config: a repository git cannot open.
        if (why !== null && !/not a git repository \(/i.test(why)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`${dir} looks like a git repository, but git cannot read it: ${why}`);
        }
        top = null;
    }
    if (top) {
        const root = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(top);
        const real = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(abs);
        const base = node_path__WEBPACK_IMPORTED_MODULE_4__.relative(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join('/');
        let out;
        let sep = ' ';
        // Asked alongside the listing: which listed files a sparse checkout left out, and the working tree's untracked
        // .gitignore and env files (a walk of the whole tree: ~40 ms on a 40,000-file repository, hidden behind the listing).
        const omitted = sparseFiles(real, root);
        const loosePending = untrackedIgnoreAndEnv(real);
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`git cannot list the files of ${dir}: ${gitMessage(e) ?? e.message}`);
        }
        const quoted = [];
        const clashes = [];
        const { files, links, gitlinks } = stagedEntries(listingText(out, quoted, sep, clashes), sep);
        // The scanned folder itself a submodule that is not checked out (an initialised one is its own repository, whose top
        // level git gives above): git lists its gitlink and nothing else, so a run would pass having scanned nothing.
        if (base && !files.length) {
            const gitlink = gitlinks.includes(base) ? base : await gitlinkAbove(root, base);
            if (gitlink !== null)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(notCheckedOut(gitlink, base));
        }
        const unchecked = gitlinks.filter((g) => !gitMarkerIn(node_path__WEBPACK_IMPORTED_MODULE_4__.join(root, g)));
        // A quoted name that another tracked file has as its UTF-8 name (a name with `\351` written out): listed once.
        if (clashes.length)
            dropRepeats(files);
        // (A gitlink is a submodule's folder, no file: one not checked out is named in uncheckedSubmodules.)
        const sparse = (await omitted).filter((f) => !gitlinks.includes(f));
        // Not one listed file in the working tree (a folder whose files a sparse checkout leaves out, or all deleted, while git
        // still lists them): a pass would have scanned nothing, as for a submodule that is not checked out. (Asked file by
        // file until one is there: as a rule the first.)
        if (files.length) {
            const left = new Set(sparse);
            if (!files.some((f) => !left.has(f) && onDisk(root, f)))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(nothingOnDisk(base, files.length, sparse.length > 0));
        }
        // Nothing tracked: files on disk that git would add (untracked folders listed as one entry each) are worth a word.
        let untracked = false;
        if (!files.length) {
            try {
                untracked = (await git(real, ['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--', '.'])).split('\0').some(Boolean);
            }
            catch { /* said nothing: no hint */ }
        }
        const textLinks = links.length ? await linksAsText(root, links) : {};
        const text = Object.keys(textLinks).length ? { textLinks } : {};
        const loose = await loosePending;
        return { root, base, files, git: true, ...text, ...(loose.length ? { untrackedIgnoreAndEnv: loose } : {}), ...(untracked ? { untracked: true } : {}), ...(links.length ? { links } : {}), ...(quoted.length ? { quoted } : {}), ...(clashes.length ? { quoteClashes: clashes } : {}), ...(unchecked.length ? { uncheckedSubmodules: unchecked } : {}), ...(sparse.length ? { sparseOmitted: sparse } : {}) };
    }
    const links = [];
    const quoted = [];
    const files = await walk(abs, MAX_WALK, links, quoted);
    return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}), ...(links.length ? { links } : {}), ...(quoted.length ? { quoted: quoted.sort() } : {}) };
}
/** The most untracked `.gitignore` and env files listed (untrackedIgnoreAndEnv). */
const MAX_UNTRACKED = 10_000;
/**
 * The `.gitignore` and env files below `dir` (repository paths) that git neither tracks nor ignores: `git ls-files --others
 * --exclude-standard` (as `git status` and `git add .` see them; git does not descend into ignored folders). Empty when git
 * cannot say; names that are not UTF-8 are left out.
 */
async function untrackedIgnoreAndEnv(dir) {
    let out;
    try {
        out = await git(dir, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ':(glob)**/.gitignore', ':(glob,icase)**/.env*', ':(glob,icase)**/*.env']);
    }
    catch {
        return [];
    }
    return out.split('\0').filter((f) => f && !f.includes('\uFFFD')).slice(0, MAX_UNTRACKED);
}
/** The longest link target read from a plain file standing for a link (Linux's PATH_MAX). */
const MAX_LINK_TEXT = 4096;
/** The most links named to one `git ls-files` as pathspecs; beyond it the repository's whole staged listing is read once. */
const MAX_LINK_SPECS = 256;
/**
 * The tracked symlinks among `links` (repository paths, mode 120000) that the working tree at `root` holds as plain files
 * of their target's path (see FileList.textLinks): those whose bytes hash to the object git has for the link (so the
 * committed link's own text, not a file that replaced it). Empty when there is none, or git cannot say.
 */
async function linksAsText(root, links) {
    const plain = new Map();
    for (const link of links) {
        if ((0,_read_js__WEBPACK_IMPORTED_MODULE_10__/* .unquoteName */ .Lh)(link) !== null)
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4__.join(root, link);
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync)(abs, { throwIfNoEntry: false });
            if (!st?.isFile() || st.size === 0 || st.size > MAX_LINK_TEXT)
                continue;
            plain.set(link, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(abs));
        }
        catch { /* not readable: not read as a link either */ }
    }
    const out = {};
    if (!plain.size)
        return out;
    const names = [...plain.keys()];
    let listing;
    try {
        listing = await git(root, ['ls-files', '-z', '-s', '--full-name', '--', ...(names.length <= MAX_LINK_SPECS ? names.map((n) => `:(top,literal)${n}`) : [])]);
    }
    catch {
        return out;
    }
    for (const entry of listing.split('\0')) {
        const m = /^120000 ([0-9a-f]{40,64}) \d\t([^]*)$/.exec(entry);
        const bytes = m ? plain.get(m[2]) : undefined;
        if (!m || !bytes || !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes) || bytes.includes(0) || bytes.includes(0x0a))
            continue;
        const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.createHash)(m[1].length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
        if (id === m[1])
            out[m[2]] = bytes.toString('utf8');
    }
    return out;
}
/** The configuration error for a `--dir` that is (or is inside) the submodule `gitlink`, not checked out; named by repository paths. */
function notCheckedOut(gitlink, base) {
    const what = gitlink === base ? `${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .printablePath */ .Vj)(base)} is a git submodule that is` : `${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .printablePath */ .Vj)(base)} is inside the git submodule ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .printablePath */ .Vj)(gitlink)}, which is`;
    return `${what} not checked out (actions/checkout: \`submodules: true\`; locally \`git submodule update --init\`): its files are not in the working tree, so nothing would be scanned`;
}
/** How many paths a warning about files that were not scanned names (the rest are counted). */
const NAMED = 5;
/**
 * The warnings for files of the scanned folder that were not scanned although git tracks them (FileList.sparseOmitted,
 * uncheckedSubmodules): how many, the first few (deploy configuration first: Dockerfiles, compose, `.env`, YAML and
 * Terraform files), why, and what to do. Said on the CLI's stderr, as `::warning`s and in the action's summaries: the
 * result does not cover these files, so a green one must not read as if it did. Empty when every file was there.
 */
function notScannedWarnings(listing) {
    const out = [];
    const sparse = listing.sparseOmitted ?? [];
    if (sparse.length) {
        const deploy = (f) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_9__/* .isDockerfile */ .pZ)(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_9__/* .isComposeFile */ .Pv)(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_9__/* .isEnvFile */ .qb)(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_9__/* .isYamlFile */ .wl)(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_9__/* .isTerraformSource */ .mh)(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_9__/* .isTfvarsFile */ .bC)(f);
        const named = [...sparse.filter(deploy), ...sparse.filter((f) => !deploy(f))].slice(0, NAMED).map(_checks_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .printablePath */ .Vj).join(', ') + (sparse.length > NAMED ? ` and ${(sparse.length - NAMED).toLocaleString('en')} more` : '');
        const one = sparse.length === 1;
        out.push(`${one ? 'a tracked file is' : `${sparse.length.toLocaleString('en')} tracked files are`} not in the working tree, left out by a sparse checkout (${named}): ${one ? 'it is' : 'they are'} not scanned, so this result does not cover ${one ? 'it' : 'them'}. Check out every file (actions/checkout without \`sparse-checkout\`; locally \`git sparse-checkout disable\`), or scan only a folder the sparse checkout holds (the working-directory input, or --dir)`);
    }
    const unchecked = listing.uncheckedSubmodules ?? [];
    if (unchecked.length) {
        const shown = unchecked.slice(0, NAMED).map(_checks_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .printablePath */ .Vj).join(', ') + (unchecked.length > NAMED ? ` and ${unchecked.length - NAMED} more` : '');
        out.push(`${unchecked.length === 1 ? 'a git submodule is' : `${unchecked.length} git submodules are`} not checked out (${shown}): ${unchecked.length === 1 ? 'its' : 'their'} files are not scanned (a submodule is another repository: check it out, with actions/checkout's \`submodules: true\` in a workflow, and scan it with its own --dir or working-directory)`);
    }
    return out;
}
/** The configuration error for a folder (`base`, its repository path: '' for the root) none of whose `count` tracked files is in the working tree. */
function nothingOnDisk(base, count, sparse) {
    const one = count === 1;
    const what = one ? 'its one tracked file is not' : `none of its ${count.toLocaleString('en')} tracked files is`;
    const why = sparse ? `a sparse checkout leaves ${one ? 'it' : 'them'} out` : `${one ? 'it is' : 'they are'} deleted there`;
    const fix = sparse
        ? 'scan a folder the sparse checkout holds (--dir, or the working-directory input), or add this one to it (actions/checkout: `sparse-checkout`; locally `git sparse-checkout add`)'
        : `restore ${one ? 'it' : 'them'} (\`git restore\`), or commit the deletion`;
    return `${base ? (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .printablePath */ .Vj)(base) : 'the repository root'}: ${what} in the working tree (${why}), so nothing would be scanned: ${fix}`;
}
/**
 * The tracked files under `dir` (paths from the repository `root`, named as the listing names them) that a sparse
 * checkout leaves out of the working tree: skip-worktree entries (`git ls-files -t`: `S`) with nothing at their path
 * (the bit is also set by hand on files that are there, to keep local changes: those are read as any file). Empty when
 * git cannot say.
 */
async function sparseFiles(dir, root) {
    const sparse = [];
    let out;
    try {
        out = listingText(await listed(dir, ['-t']), [], ' ');
    }
    catch {
        return sparse;
    }
    // Whether each folder of such a file is there: a cone leaves out whole folders, whose files need no look of their own.
    const folders = new Map();
    const there = (file) => {
        const cut = file.lastIndexOf('/');
        if (cut > 0) {
            const folder = file.slice(0, cut);
            let known = folders.get(folder);
            if (known === undefined)
                folders.set(folder, known = onDisk(root, folder));
            if (!known)
                return false;
        }
        return onDisk(root, file);
    };
    // Walked in place, as stagedEntries does: only the rare `S` entries are kept.
    for (let at = 0; at < out.length;) {
        let end = out.indexOf('\0', at);
        if (end === -1)
            end = out.length;
        if (out.startsWith('S ', at) && end > at + 2) {
            const file = out.slice(at + 2, end);
            // (An entry per stage of a file in a merge conflict.)
            if (sparse[sparse.length - 1] !== file && !there(file))
                sparse.push(file);
        }
        at = end + 1;
    }
    return sparse;
}
/**
 * Whether anything is at the repository path `file` (named as the listing names it) under `root`: a file, a folder, a
 * link. A name in quoteName's form is tried as its bytes too (a UTF-8 name may hold `\351` written out: tried as it is first).
 */
function onDisk(root, file) {
    const at = (abs) => { try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync)(abs, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return true;
    } };
    if (at(node_path__WEBPACK_IMPORTED_MODULE_4__.join(root, file)))
        return true;
    const bytes = (0,_read_js__WEBPACK_IMPORTED_MODULE_10__/* .unquoteName */ .Lh)(file);
    return bytes !== null && at(Buffer.concat([Buffer.from(`${root}${node_path__WEBPACK_IMPORTED_MODULE_4__.sep}`), bytes]));
}
/**
 * The submodule (gitlink) of the repository at `root` that holds the repository path `base` (a folder below it); null when
 * none does or git cannot say. Asked only when nothing under `base` is tracked: git lists no file below a gitlink.
 */
async function gitlinkAbove(root, base) {
    const parts = base.split('/');
    const specs = parts.slice(0, -1).map((_, k) => `:(literal)${parts.slice(0, k + 1).join('/')}`);
    if (!specs.length)
        return null;
    try {
        const { gitlinks } = stagedEntries(listingText(await gitBytes(root, ['ls-files', '-z', '-s', '--full-name', '--', ...specs]), []), '\t');
        return gitlinks.find((g) => base.startsWith(`${g}/`)) ?? null;
    }
    catch {
        return null;
    }
}
/** Whether the folder `dir` holds a `.git` (a folder, or the file a checked-out submodule has). */
function gitMarkerIn(dir) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_4__.join(dir, '.git'), { throwIfNoEntry: false });
        return st?.isDirectory() === true || st?.isFile() === true;
    }
    catch {
        return false;
    }
}
/** Removes the second and later entries of a name from `files` (in place). */
function dropRepeats(files) {
    const seen = new Set();
    let k = 0;
    for (const f of files) {
        if (seen.has(f))
            continue;
        seen.add(f);
        files[k++] = f;
    }
    files.length = k;
}
/**
 * The `.git` (a folder, or a file naming the gitdir of a worktree or submodule) in `dir` or the nearest folder above it
 * that has one; null when there is none up to the filesystem root. Git's own discovery, for when git cannot be run.
 */
function gitMarker(dir) {
    for (let at = dir;; at = node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(at)) {
        const marker = node_path__WEBPACK_IMPORTED_MODULE_4__.join(at, '.git');
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(marker, { throwIfNoEntry: false });
        }
        catch {
            st = undefined;
        }
        if (st?.isDirectory() || st?.isFile())
            return marker;
        if (node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(at) === at)
            return null;
    }
}
/** `git ls-files -z --full-name <how> -- .` in `dir`. */
const listed = (dir, how) => gitBytes(dir, ['ls-files', '-z', ...how, '--full-name', '--', '.']);
/**
 * The paths of `git ls-files -z` output whose entries start with the mode (`--format='%(objectmode) %(path)'`: `sep`
 * a space; `-s`: `<mode> <object> <stage>\t<path>`, `sep` a tab), once each (a file in a merge conflict has an entry
 * per stage), and those whose mode is a symlink's (120000). A submodule's gitlink (160000) is a folder of another
 * repository, no file: it is in `gitlinks`, not `files`.
 */
function stagedEntries(out, sep = '\t') {
    const files = [];
    const links = [];
    const gitlinks = [];
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
                if (out.startsWith('160000 ', at))
                    gitlinks.push(file);
                else {
                    files.push(file);
                    if (out.startsWith('120000 ', at))
                        links.push(file);
                }
            }
        }
        at = end + 1;
    }
    return { files, links, gitlinks };
}
/** Every file git tracks in the repository at `root` (its top level), relative to it; null when git cannot say. */
async function trackedFiles(root) {
    try {
        return listingText(await gitBytes(root, ['ls-files', '-z', '--full-name']), []).split('\0').filter(Boolean);
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(dir);
    const { root } = node_path__WEBPACK_IMPORTED_MODULE_4__.parse(abs);
    let real = root;
    let named = root;
    for (const part of abs.slice(root.length).split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).filter(Boolean)) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_4__.join(real, part);
        named = node_path__WEBPACK_IMPORTED_MODULE_4__.join(named, part);
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.lstat(next);
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
            target = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(next);
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
            const repository = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(top).catch(() => top);
            if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_10__/* .isWithin */ .UO)(repository, target))
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
    return ignore__WEBPACK_IMPORTED_MODULE_6__({ ignorecase: false });
}
/** git's own message (its first `fatal:`/`error:` line) from a failed run; null when git did not run. */
function gitMessage(e) {
    const err = e;
    const stderr = Buffer.isBuffer(err?.stderr) ? err.stderr.toString('utf8') : err?.stderr;
    if (err?.code === 'ENOENT' || typeof stderr !== 'string')
        return null;
    const line = stderr.split('\n').map((l) => l.trim()).find((l) => /^(?:fatal|error):/.test(l)) ?? stderr.trim().split('\n')[0] ?? '';
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
async function walk(root, max, links, quoted) {
    const files = [];
    // `abs`: a folder's path as bytes, once a name on the way is not UTF-8 (its text, quoted, names no folder).
    const stack = [{ dir: '', rules: [] }];
    while (stack.length && files.length < max) {
        const { dir, rules, abs } = stack.pop();
        const absDir = abs ?? node_path__WEBPACK_IMPORTED_MODULE_4__.join(root, dir);
        let entries;
        try {
            entries = await listDir(absDir);
        }
        catch {
            continue;
        }
        const here = [...rules];
        if (entries.some((e) => e.name === '.gitignore' && e.dirent.isFile())) {
            try {
                here.push({ dir, ig: gitignore().add(await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readFile(typeof absDir === 'string' ? node_path__WEBPACK_IMPORTED_MODULE_4__.join(absDir, '.gitignore') : childPath(absDir, Buffer.from('.gitignore')), 'utf8')) });
            }
            catch { /* unreadable .gitignore: ignore it */ }
        }
        for (const { name, bytes, dirent: e } of entries) {
            if (name === '.git')
                continue;
            const rel = dir ? `${dir}/${name}` : name;
            if (e.isDirectory()) {
                if (!gitIgnores(here, `${rel}/`, false))
                    stack.push({ dir: rel, rules: here, ...(bytes || abs ? { abs: childPath(absDir, bytes ?? Buffer.from(name)) } : {}) });
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !gitIgnores(here, rel, false)) {
                files.push(rel);
                if (e.isSymbolicLink())
                    links.push(rel);
                if (bytes || abs)
                    quoted.push(rel);
            }
        }
    }
    return files.sort();
}
/**
 * A folder's entries, named as in a listing: by their UTF-8 names, as a rule; a name that is not UTF-8 (read as text
 * it holds U+FFFD, and opens nothing) quoted as git quotes it, with its bytes to go on from (the folder read again as bytes).
 */
async function listDir(dir) {
    if (typeof dir === 'string') {
        const entries = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readdir(dir, { withFileTypes: true });
        if (!entries.some((e) => e.name.includes('\uFFFD')))
            return entries.map((dirent) => ({ name: dirent.name, dirent }));
    }
    return (await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' })).map((dirent) => (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(dirent.name) ? { name: dirent.name.toString('utf8'), dirent } : { name: (0,_read_js__WEBPACK_IMPORTED_MODULE_10__/* .quoteName */ .AB)(dirent.name), bytes: dirent.name, dirent });
}
/** `dir`/`name`, as bytes. */
function childPath(dir, name) {
    return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from(node_path__WEBPACK_IMPORTED_MODULE_4__.sep), name]);
}
/** What `indexBlob` reads of a file: the most bytes (the reader's limit, one more to tell a larger file). */
const INDEX_BLOB_MAX = 1024 * 1024 + 1;
/**
 * The staged content of the repository path `file` (named as the listing names it, a plain UTF-8 name) in the repository
 * at `root`: what a checkout writes there, for a tracked file the working tree does not have (a sparse checkout leaves it
 * out). Its git mode too (`120000`: a symlink, whose blob is the link's target). At most INDEX_BLOB_MAX bytes: a larger
 * file's start. Null when git does not track it (or cannot say).
 */
async function indexBlob(root, file) {
    let entry;
    try {
        entry = await git(root, ['ls-files', '-z', '-s', '--full-name', '--', `:(top,literal)${file}`]);
    }
    catch {
        return null;
    }
    // `<mode> <object> <stage>\t<path>`; a file in a merge conflict has no stage-0 entry (the first stage is read).
    const m = /^(\d{6}) ([0-9a-f]{40,64}) \d\t/.exec(entry);
    if (!m)
        return null;
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)('git', ['-c', 'safe.directory=*', 'cat-file', 'blob', m[2]], { cwd: root, env: (0,_git_env_js__WEBPACK_IMPORTED_MODULE_11__/* .gitEnv */ .g)(root), stdio: ['ignore', 'pipe', 'ignore'] });
        }
        catch {
            resolve(null);
            return;
        }
        const parts = [];
        let size = 0;
        let over = false;
        const done = (ok) => { if (over)
            return; over = true; child.kill(); resolve(ok ? { mode: m[1], bytes: Buffer.concat(parts).subarray(0, INDEX_BLOB_MAX) } : null); };
        child.on('error', () => done(false));
        child.on('close', (code) => done(code === 0 || size >= INDEX_BLOB_MAX));
        child.stdout.on('data', (chunk) => {
            if (over)
                return;
            parts.push(chunk);
            size += chunk.length;
            if (size >= INDEX_BLOB_MAX)
                done(true);
        });
    });
}


/***/ }),

/***/ 43466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ gitEnv)
/* harmony export */ });
/* unused harmony export REPOSITORY_GIT_VARS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * The variables that tie every git command to one repository whatever folder it runs in: git exports `GIT_INDEX_FILE`
 * (and `GIT_DIR` in a linked worktree, `GIT_WORK_TREE` with `--work-tree`) to its hooks, and a user may export them. A
 * hook that runs Preflight with `--dir` on a submodule or another repository would otherwise list that repository's
 * working tree against the hook's repository's index. This is git's own list of repository-local variables (`git
 * rev-parse --local-env-vars`, what git clears when it moves into a submodule) but for the configuration ones.
 */
const REPOSITORY_GIT_VARS = [
    'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_IMPLICIT_WORK_TREE', 'GIT_GRAFT_FILE', 'GIT_SHALLOW_FILE', 'GIT_NO_REPLACE_OBJECTS', 'GIT_REPLACE_REF_BASE', 'GIT_PREFIX',
];
/**
 * The environment a git command Preflight runs in `cwd` (a folder of the scanned repository) gets: this process's,
 * without REPOSITORY_GIT_VARS, so git finds the repository from the folder it runs in, as `git -C DIR` from a shell
 * without them would. One is kept: a `GIT_INDEX_FILE` in the git folder of that very repository, which a commit hook
 * of the scanned repository gets (`git commit -a` stages into `.git/index.lock`, `git commit <paths>` into a temporary
 * `next-index-*.lock`): that index is what is being committed, so the hook judges it, not the `.git/index` the commit
 * replaces. It is kept as an absolute path (git reads a relative one from the folder it runs in).
 */
function gitEnv(cwd, env = process.env) {
    if (!REPOSITORY_GIT_VARS.some((name) => env[name] !== undefined))
        return env;
    const out = { ...env };
    for (const name of REPOSITORY_GIT_VARS)
        delete out[name];
    const index = ownIndex(cwd, env['GIT_INDEX_FILE']);
    if (index)
        out['GIT_INDEX_FILE'] = index;
    return out;
}
/** `index` (GIT_INDEX_FILE, relative to this process's folder as git reads it) as a real path when it lies in the git folder of the repository holding `cwd`; else null. */
function ownIndex(cwd, index) {
    if (!index)
        return null;
    try {
        const folder = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(index)));
        const own = gitFolder(cwd);
        return own !== null && folder === own ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(index)) : null;
    }
    catch {
        return null;
    }
}
/**
 * The git folder (real path) of the repository holding `dir`, found as git finds it: the nearest `.git` up from `dir`, a
 * folder, or a file `gitdir: <path>` (a linked worktree's `.git/worktrees/<name>`, a submodule's `.git/modules/<name>`).
 * Null when there is none.
 */
function gitFolder(dir) {
    let at = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(dir);
    for (let guard = 0; guard < 256; guard++) {
        const dotGit = node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, '.git');
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dotGit, { throwIfNoEntry: false });
        if (st?.isDirectory())
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(dotGit);
        if (st?.isFile()) {
            const m = /^gitdir:\s*(.+?)\s*$/m.exec(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(dotGit, 'utf8').slice(0, 4096));
            return m ? node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(at, m[1])) : null;
        }
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
        if (up === at)
            return null;
        at = up;
    }
    return null;
}


/***/ })

};
