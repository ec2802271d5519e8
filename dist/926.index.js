export const id = 926;
export const ids = [926];
export const modules = {

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
/* unused harmony exports listingText, stagedEntries */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70298);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64170);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18650);








const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile);
/** The most files a walk outside git lists. */
const MAX_WALK = 200_000;
async function git(cwd, args) {
    // safe.directory per command: container jobs run as another user than the checkout's owner.
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
/** `git` for output that holds file names: bytes, since a name need not be UTF-8 (see listingText). */
async function gitBytes(cwd, args) {
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' });
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
            const name = (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .quoteName */ .AB)(entry.subarray(cut + 1));
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir);
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
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(`${dir} is in a git repository (${marker}), but git ${spawn === 'ENOENT' ? 'was not found on PATH' : 'cannot be run (permission denied)'}: Preflight reads the files git tracks (\`git ls-files\`), so install git or put it on PATH`);
            }
        }
        // "not a git repository (or any of the parent directories)" / "(or any parent up to mount
        // point /x)": a plain folder. "not a git repository: /x/.git/\u2026" (a `.git` file naming a missing
        // gitdir), a corrupt HEAD or config: a repository git cannot open.
        if (why !== null && !/not a git repository \(/i.test(why)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(`${dir} looks like a git repository, but git cannot read it: ${why}`);
        }
        top = null;
    }
    if (top) {
        const root = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(top);
        const real = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(abs);
        const base = node_path__WEBPACK_IMPORTED_MODULE_3__.relative(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(`git cannot list the files of ${dir}: ${gitMessage(e) ?? e.message}`);
        }
        const quoted = [];
        const clashes = [];
        const { files, links } = stagedEntries(listingText(out, quoted, sep, clashes), sep);
        // A quoted name that another tracked file has as its UTF-8 name (a name with `\351` written out): listed once.
        if (clashes.length)
            dropRepeats(files);
        // Nothing tracked: files on disk that git would add (untracked folders listed as one entry each) are worth a word.
        let untracked = false;
        if (!files.length) {
            try {
                untracked = (await git(real, ['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--', '.'])).split('\0').some(Boolean);
            }
            catch { /* said nothing: no hint */ }
        }
        return { root, base, files, git: true, ...(untracked ? { untracked: true } : {}), ...(links.length ? { links } : {}), ...(quoted.length ? { quoted } : {}), ...(clashes.length ? { quoteClashes: clashes } : {}) };
    }
    const links = [];
    const quoted = [];
    const files = await walk(abs, MAX_WALK, links, quoted);
    return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}), ...(links.length ? { links } : {}), ...(quoted.length ? { quoted: quoted.sort() } : {}) };
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
    for (let at = dir;; at = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(at)) {
        const marker = node_path__WEBPACK_IMPORTED_MODULE_3__.join(at, '.git');
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(marker, { throwIfNoEntry: false });
        }
        catch {
            st = undefined;
        }
        if (st?.isDirectory() || st?.isFile())
            return marker;
        if (node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(at) === at)
            return null;
    }
}
/** `git ls-files -z --full-name <how> -- .` in `dir`. */
const listed = (dir, how) => gitBytes(dir, ['ls-files', '-z', ...how, '--full-name', '--', '.']);
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir);
    const { root } = node_path__WEBPACK_IMPORTED_MODULE_3__.parse(abs);
    let real = root;
    let named = root;
    for (const part of abs.slice(root.length).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).filter(Boolean)) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_3__.join(real, part);
        named = node_path__WEBPACK_IMPORTED_MODULE_3__.join(named, part);
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
            if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .isWithin */ .UO)(repository, target))
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
    return ignore__WEBPACK_IMPORTED_MODULE_5__({ ignorecase: false });
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
        const absDir = abs ?? node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, dir);
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
                here.push({ dir, ig: gitignore().add(await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readFile(typeof absDir === 'string' ? node_path__WEBPACK_IMPORTED_MODULE_3__.join(absDir, '.gitignore') : childPath(absDir, Buffer.from('.gitignore')), 'utf8')) });
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
    return (await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' })).map((dirent) => (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(dirent.name) ? { name: dirent.name.toString('utf8'), dirent } : { name: (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .quoteName */ .AB)(dirent.name), bytes: dirent.name, dirent });
}
/** `dir`/`name`, as bytes. */
function childPath(dir, name) {
    return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from(node_path__WEBPACK_IMPORTED_MODULE_3__.sep), name]);
}


/***/ }),

/***/ 63926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DISCOVERY: () => (/* binding */ DISCOVERY),
/* harmony export */   checklistsNotDiscovered: () => (/* binding */ checklistsNotDiscovered),
/* harmony export */   rootChecklistUnused: () => (/* binding */ rootChecklistUnused),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17763);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18650);
/* harmony import */ var _engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69211);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64170);






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
/**
 * A file name that says a production or launch checklist, written otherwise than DISCOVERY has it: another case or
 * separator (`production_checklist.md`, `production-checklist.md`, `PRODUCTION_CHECKLIST.MD`), another word for it
 * (`launch-checklist.md`, `deploy_checklist.md`, `go-live-checklist.md`), or `preflight.yaml`.
 */
const NEAR_MISS = /^(?:(?:production|prod|launch|deploy(?:ment)?|release|go-?live|production-?readiness|readiness|pre-?flight)[-_ .]?check-?list\.(?:md|markdown)|preflight\.ya?ml)$/i;
/**
 * The files of the scanned folder `dir` (at its top, in `.github/`, `docs/` or `doc/`) that look like the team's checklist
 * but are none of DISCOVERY's names (`.github/PRODUCTION_CHECKLIST.md`, `production_checklist.md`,
 * `docs/production-checklist.md`), so discovery left them unused: a run that fell back to the preset says so, naming
 * them. Paths relative to `dir`, at most 3.
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
            if (!NEAR_MISS.test(name) || DISCOVERY.includes(rel) || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { throwIfNoEntry: false })?.isFile())
                continue;
            out.push(rel);
        }
    }
    return out.slice(0, 3);
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
        const all = new Set(known);
        const untracked = new Set(listing.links.filter((link) => {
            const real = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, link));
            const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(listing.root, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            return real !== node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, link) && !rel.startsWith('../') && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel) && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(real) && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real).isFile() && !all.has(rel);
        }));
        if (untracked.size) {
            logger.debug(`not read: ${[...untracked].join(', ')} (symlinks to files git does not track)`);
            listing.files = listing.files.filter((f) => !untracked.has(f));
            listing.links = listing.links.filter((f) => !untracked.has(f));
        }
    }
    // A sub-folder's kustomize overlays build on bases outside it: those are read too (`kustomize build` does).
    if (listing.git && listing.base) {
        const { kustomizeReach, MAX_KUSTOMIZATIONS } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(595), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 99099));
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
    for (const name of listing.quoteClashes ?? [])
        logger.warn(`${name}: two tracked files have this name as shown here (one of them not UTF-8, quoted as git quotes it): only one of them is checked; rename the one that is not UTF-8 (git mv)`);
    if (listing.truncated)
        logger.warn(`${opts.dir} is not a git repository and holds more than ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} files: only the first ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} are checked`);
    if ((0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.wantsEngineThread)(listing.files.length, env)) {
        logger.debug(`engine thread: ${listing.files.length} files`);
        return (0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.runOnEngineThread)(opts, listing, logger);
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(691), __webpack_require__.e(976), __webpack_require__.e(365), __webpack_require__.e(595), __webpack_require__.e(148), __webpack_require__.e(59), __webpack_require__.e(31), __webpack_require__.e(160), __webpack_require__.e(364), __webpack_require__.e(358)]).then(__webpack_require__.bind(__webpack_require__, 89358))).runListed(opts, listing);
}


/***/ })

};
