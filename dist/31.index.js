export const id = 31;
export const ids = [31];
export const modules = {

/***/ 42037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ levenshtein),
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/** "Did you mean": the nearest of some names by edit distance (check ids, checklist keys, Dockerfile instructions). */
/** The candidate nearest to `name` (case counts for nothing: `HSTS` is nearest to `hsts`), or null when nothing is close. */
function nearestName(name, candidates) {
    let best = null;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = levenshtein(name.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}
function levenshtein(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}


/***/ }),

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
/* unused harmony export stagedEntries */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70298);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64170);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18650);







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The most files a walk outside git lists. */
const MAX_WALK = 200_000;
async function git(cwd, args) {
    // safe.directory per command: container jobs run as another user than the checkout's owner.
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
async function listFiles(dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);
    let top = null;
    try {
        top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim() || null;
    }
    catch (e) {
        // Not a repository (or no git at all): walk the folder. A repository git cannot open (a `.git`
        // file naming a missing gitdir, a corrupt HEAD) must not silently become a walk.
        const why = gitMessage(e);
        // "not a git repository (or any of the parent directories)" / "(or any parent up to mount
        // point /x)": a plain folder. "not a git repository: /x/.git/…" (a `.git` file naming a missing
        // gitdir), a corrupt HEAD or config: a repository git cannot open.
        if (why !== null && !/not a git repository \(/i.test(why)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`${dir} looks like a git repository, but git cannot read it: ${why}`);
        }
        top = null;
    }
    if (top) {
        const root = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(top);
        const real = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(abs);
        const base = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`git cannot list the files of ${dir}: ${gitMessage(e) ?? e.message}`);
        }
        const { files, links } = stagedEntries(out, sep);
        // Nothing tracked: files on disk that git would add (untracked folders listed as one entry each) are worth a word.
        let untracked = false;
        if (!files.length) {
            try {
                untracked = (await git(real, ['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--', '.'])).split('\0').some(Boolean);
            }
            catch { /* said nothing: no hint */ }
        }
        return { root, base, files, git: true, ...(untracked ? { untracked: true } : {}), ...(links.length ? { links } : {}) };
    }
    const links = [];
    const files = await walk(abs, MAX_WALK, links);
    return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}), ...(links.length ? { links } : {}) };
}
/** `git ls-files -z --full-name <how> -- .` in `dir`. */
const listed = (dir, how) => git(dir, ['ls-files', '-z', ...how, '--full-name', '--', '.']);
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
        return (await git(root, ['ls-files', '-z', '--full-name'])).split('\0').filter(Boolean);
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);
    const { root } = node_path__WEBPACK_IMPORTED_MODULE_2__.parse(abs);
    let real = root;
    let named = root;
    for (const part of abs.slice(root.length).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_2__.join(real, part);
        named = node_path__WEBPACK_IMPORTED_MODULE_2__.join(named, part);
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(next);
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
            target = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(next);
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
            const repository = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(top).catch(() => top);
            if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .isWithin */ .UO)(repository, target))
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
    return ignore__WEBPACK_IMPORTED_MODULE_4__({ ignorecase: false });
}
/** git's own message (its first `fatal:`/`error:` line) from a failed run; null when git did not run. */
function gitMessage(e) {
    const err = e;
    if (err?.code === 'ENOENT' || typeof err?.stderr !== 'string')
        return null;
    const line = err.stderr.split('\n').map((l) => l.trim()).find((l) => /^(?:fatal|error):/.test(l)) ?? err.stderr.trim().split('\n')[0] ?? '';
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
async function walk(root, max, links) {
    const files = [];
    const stack = [{ dir: '', rules: [] }];
    while (stack.length && files.length < max) {
        const { dir, rules } = stack.pop();
        const absDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, dir);
        let entries;
        try {
            entries = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(absDir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        const here = [...rules];
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            try {
                here.push({ dir, ig: gitignore().add(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(absDir, '.gitignore'), 'utf8')) });
            }
            catch { /* unreadable .gitignore: ignore it */ }
        }
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!gitIgnores(here, `${rel}/`, false))
                    stack.push({ dir: rel, rules: here });
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !gitIgnores(here, rel, false)) {
                files.push(rel);
                if (e.isSymbolicLink())
                    links.push(rel);
            }
        }
    }
    return files.sort();
}


/***/ }),

/***/ 39580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ blankJsonc),
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   fJ: () => (/* binding */ jsonTooDeep),
/* harmony export */   jv: () => (/* binding */ jsonParseProblem),
/* harmony export */   pX: () => (/* binding */ parseJsonc)
/* harmony export */ });
/* unused harmony export jsonErrorOffset */
/**
 * Where strict JSON text breaks, for a parse problem's location: V8's `JSON.parse` names the line and column of most errors
 * (`… in JSON at position 62 (line 5 column 3)`) but not of an unexpected token (`Unexpected token 's', "…" is not valid JSON`,
 * whose quoted excerpt of the text is no place for a value to be shown). Iterative (no recursion on deep nesting); bounded by the text.
 */
function jsonErrorOffset(s) {
    let i = 0;
    const stack = [];
    const ws = () => { while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r'))
        i++; };
    /** Reads a string at `i` (at its quote); false when it is not one. */
    const str = () => {
        if (s[i] !== '"')
            return false;
        i++;
        while (i < s.length) {
            const c = s.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c === 0x5c) {
                const e = s[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
                        i++;
                        return false;
                    }
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e)) {
                    i++;
                    return false;
                }
                i += 2;
                continue;
            }
            i++;
        }
        return false;
    };
    /** Whether the last value read opened a container (its first member, or its close, comes next). */
    let opened = false;
    /** Reads a scalar value or opens a container at `i`; false when nothing valid starts there. */
    const value = () => {
        ws();
        const c = s[i];
        opened = c === '{' || c === '[';
        if (opened) {
            stack.push(c);
            i++;
            return true;
        }
        if (c === '"')
            return str();
        const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
        if (num) {
            i += num[0].length;
            return true;
        }
        for (const lit of ['true', 'false', 'null'])
            if (s.startsWith(lit, i)) {
                i += lit.length;
                return true;
            }
        return false;
    };
    if (!value())
        return i;
    for (let guard = 0; guard <= s.length; guard++) {
        ws();
        const top = stack[stack.length - 1];
        if (top === undefined)
            return i < s.length ? i : -1;
        const close = top === '{' ? '}' : ']';
        if (s[i] === close) {
            stack.pop();
            i++;
            opened = false;
            continue;
        }
        if (!opened) {
            // After a member: `,` before the next (a trailing comma is an error at the close).
            if (s[i] !== ',')
                return i;
            i++;
            ws();
        }
        if (top === '{') {
            if (!str())
                return i;
            ws();
            if (s[i] !== ':')
                return i;
            i++;
        }
        if (!value())
            return i;
    }
    return i;
}
/**
 * Where a JSON text first nests deeper than `max` levels of `[`/`{` (brackets inside strings aside), or null: a manifest
 * that deep is refused as the YAML reader refuses one (JSON.parse reads it, but no configuration nests so).
 */
function jsonTooDeep(s, max) {
    let depth = 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
            continue;
        }
        if (c === 0x22) {
            // A string, to its closing quote (escapes skipped).
            for (i++; i < s.length; i++) {
                const d = s.charCodeAt(i);
                if (d === 0x5c)
                    i++;
                else if (d === 0x22)
                    break;
                else if (d === 10) {
                    line++;
                    lineStart = i + 1;
                }
            }
            continue;
        }
        if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return { line, column: i - lineStart + 1 };
            continue;
        }
        if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return null;
}
/**
 * The 1-based line and column of an offset into a text (the one reckoning of the project: checks use it too): lines end
 * at `\n`. The first call on a text counts its way there; a second call on the same text indexes the line starts once,
 * so many findings in one file (a minified one-line bundle, thousands of lines) are located in O(log n) each, not by
 * counting from the start every time.
 */
function lineColumnAt(text, offset) {
    if (text !== indexed.text) {
        indexed.text = text;
        indexed.starts = null;
        indexed.calls = 0;
    }
    if (indexed.starts === null && indexed.calls++ === 0) {
        let line = 1;
        for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
            line++;
        return { line, column: offset - (offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1) };
    }
    if (indexed.starts === null) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        indexed.starts = starts;
    }
    const starts = indexed.starts;
    // The last line start at or before the offset (a line starts after its `\n`, so a `\n` at the offset is still this line's).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** The text lineColumnAt was last asked about, and its line starts once asked twice. */
const indexed = { text: null, starts: null, calls: 0 };
/**
 * Where and why `JSON.parse(body)` failed, from its error: V8 says where (`… in JSON at position 62 (line 5 column 3)`),
 * except for an unexpected token, whose message quotes the text around it instead (no place for a value): that excerpt
 * is dropped and the place found by reading the text.
 */
function jsonParseProblem(body, e) {
    const msg = (e?.message ?? String(e)).replace(/^(Unexpected token .{1,4}?),\s.*$/s, '$1').replace(/ (?:in|after) JSON at position \d+/, '');
    const at = /\s*\(line (\d+) column (\d+)\)/.exec(msg);
    const pos = at ? { line: Number(at[1]), column: Number(at[2]) } : lineColumnAt(body, Math.max(0, jsonErrorOffset(body)));
    return { ...pos, message: msg.replace(/\s*\(line \d+ column \d+\)/, '') };
}
/**
 * JSONC (deno.json/deno.jsonc, tsconfig-style, ASP.NET Core's appsettings): JSON with `//` and block comments and trailing
 * commas. Comments and the trailing commas before a `}` or `]` are dropped outside strings, then the text is parsed strictly;
 * undefined when it is still not JSON.
 */
function parseJsonc(text) {
    try {
        return JSON.parse(blankJsonc(text.replace(/^\uFEFF/, '')));
    }
    catch {
        return undefined;
    }
}
/**
 * A JSONC text with its comments and trailing commas (outside strings) turned into spaces, line breaks kept: plain JSON
 * whose lines and columns are the file's (for a reader that gives positions, such as the YAML one).
 */
function blankJsonc(s) {
    let out = '';
    const blank = (from, to) => s.slice(from, to).replace(/[^\r\n]/g, ' ');
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '"') {
            let j = i + 1;
            while (j < s.length && s[j] !== '"' && s[j] !== '\n')
                j += s[j] === '\\' ? 2 : 1;
            out += s.slice(i, j + 1);
            i = j;
            continue;
        }
        if (c === '/' && s[i + 1] === '/') {
            const nl = s.indexOf('\n', i);
            const stop = nl < 0 ? s.length : nl;
            out += blank(i, stop);
            i = stop - 1;
            continue;
        }
        if (c === '/' && s[i + 1] === '*') {
            const end = s.indexOf('*/', i + 2);
            const stop = end < 0 ? s.length : end + 2;
            out += blank(i, stop);
            i = stop - 1;
            continue;
        }
        if (c === ',') {
            // A trailing comma: only whitespace and comments before the closing bracket.
            let j = i + 1;
            for (;;) {
                while (j < s.length && /\s/.test(s[j]))
                    j++;
                if (s.startsWith('//', j)) {
                    const nl = s.indexOf('\n', j);
                    j = nl < 0 ? s.length : nl;
                    continue;
                }
                if (s.startsWith('/*', j)) {
                    const end = s.indexOf('*/', j + 2);
                    j = end < 0 ? s.length : end + 2;
                    continue;
                }
                break;
            }
            if (s[j] === '}' || s[j] === ']') {
                out += ' ';
                continue;
            }
        }
        out += c;
    }
    return out;
}


/***/ }),

/***/ 63926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DISCOVERY),
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
 * Runs the whole pipeline: checklist → plan → snapshot → checks and probes → gate → report.
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
    const logical = pwd && node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(pwd) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(opts.dir) && (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .safeRealpath */ .xZ)(pwd) === (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .safeRealpath */ .xZ)(cwd) ? pwd : cwd;
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
            const real = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .safeRealpath */ .xZ)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, link));
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
        const { kustomizeReach, MAX_KUSTOMIZATIONS } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 99099));
        const reached = await kustomizeReach(listing, allTracked);
        if (reached.truncated)
            logger.warn(`${opts.dir}: more than ${MAX_KUSTOMIZATIONS.toLocaleString('en')} kustomizations on the way to its bases; the rest were not followed (their manifests are not checked)`);
        if (reached.files.length) {
            logger.debug(`kustomize: ${reached.files.length} files outside ${opts.dir} that its kustomizations build on`);
            listing.files = [...listing.files, ...reached.files];
        }
    }
    if (listing.truncated)
        logger.warn(`${opts.dir} is not a git repository and holds more than ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} files: only the first ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} are checked`);
    if ((0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.wantsEngineThread)(listing.files.length, env)) {
        logger.debug(`engine thread: ${listing.files.length} files`);
        return (0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.runOnEngineThread)(opts, listing, logger);
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(691), __webpack_require__.e(976), __webpack_require__.e(365), __webpack_require__.e(982), __webpack_require__.e(714), __webpack_require__.e(160), __webpack_require__.e(364), __webpack_require__.e(358)]).then(__webpack_require__.bind(__webpack_require__, 89358))).runListed(opts, listing);
}


/***/ }),

/***/ 3390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ parseSeverityOverrides),
/* harmony export */   EQ: () => (/* binding */ HEADER_NAME),
/* harmony export */   Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
/* harmony export */   QG: () => (/* binding */ parseHeaders),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   ZI: () => (/* binding */ MAX_WAIT_SECONDS),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   kX: () => (/* binding */ headerValueProblem),
/* harmony export */   lu: () => (/* binding */ unsubstitutedProblem),
/* harmony export */   rd: () => (/* binding */ credentialless)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);

/**
 * Parsers for the settings both front doors take (CLI flags and action inputs), so the two
 * accept exactly the same values. Each throws a ConfigError whose message starts with `label`.
 */
const LEVELS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'none'];
const SETTINGS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'off'];
/** A gate threshold: a severity or `none` (case-insensitive). */
function parseFailOn(value, label) {
    const s = value.trim().toLowerCase();
    if (s === 'none' || (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeverity */ ._Z)(s))
        return s;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected ${LEVELS.join(', ')}`);
}
/** The largest per-request timeout and health wait, in seconds (the checklist's `probes.timeout` and `probes.wait` too). */
const MAX_TIMEOUT_SECONDS = 600;
const MAX_WAIT_SECONDS = 3600;
/** A number of seconds up to `max`; a timeout must be positive, a wait may be 0. */
function parseSeconds(value, label, positive, max) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (positive && n === 0)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected a ${positive ? 'positive ' : ''}number of seconds`);
    }
    if (n > max)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected at most ${max} seconds`);
    return n;
}
/** `ID=LEVEL` entries, each string possibly holding several separated by newlines or commas. */
function parseSeverityOverrides(list, label) {
    const out = {};
    for (const entry of list.flatMap((l) => l.split(/[\n,]/)).map((s) => s.trim()).filter(Boolean)) {
        const m = /^([A-Za-z0-9._-]+)\s*=\s*([A-Za-z]+)$/.exec(entry);
        const level = m?.[2].toLowerCase();
        if (!m || !SETTINGS.includes(level)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${entry}: expected ID=LEVEL with LEVEL one of ${SETTINGS.join(', ')}`);
        }
        out[m[1]] = level;
    }
    return out;
}
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * Why a header value cannot be sent, or undefined. RFC 9110 §5.5 allows no control character but
 * HTAB (CR/LF would split the request), and undici refuses anything above U+00FF: such a value
 * would make every request fail. The reason never echoes the value (it may be a secret).
 */
function headerValueProblem(value) {
    const bad = /[^\t\x20-\x7e\x80-\xff]/.exec(value)?.[0];
    if (bad === undefined)
        return undefined;
    const code = `U+${bad.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const what = bad === '\r' || bad === '\n' ? `a line break (CR/LF)` : bad.charCodeAt(0) < 0x20 || bad === '\x7f' ? `a control character (${code})` : `a character HTTP headers cannot carry (${code})`;
    return `the value contains ${what}`;
}
/**
 * The auth scheme an `Authorization` (`Proxy-Authorization`, `X-Serverless-Authorization`…) value consists of, with no
 * credential after it (`Authorization: Bearer ${{ secrets.X }}` where the secret is not available: `Bearer`), or undefined.
 * Such a value is empty in effect: sent, it only earns a 401; masked, it would hide a common word in every log line.
 */
function credentialless(name, value) {
    if (!/(?:^|-)authorization$/i.test(name))
        return undefined;
    return /^(?:bearer|basic|token|digest|negotiate|bot|jwt|apikey|api-key)$/i.exec(value.trim())?.[0];
}
/**
 * `Name: value` headers. The message never echoes the value: it may carry a secret. A header whose value is empty
 * (`X-Bypass: ${{ secrets.X }}` where the secret is not available, `--header "X-Bypass: $UNSET"`), or an
 * authorization header holding only its scheme (`Authorization: Bearer ${{ secrets.X }}`, see `credentialless`), is
 * not sent: `onEmpty` gets its name (and that scheme), for the caller to say so.
 */
function parseHeaders(list, label, onEmpty) {
    const out = {};
    for (const h of list) {
        if (!h.trim())
            continue;
        const i = h.indexOf(':');
        const name = i > 0 ? h.slice(0, i).trim() : '';
        if (!HEADER_NAME.test(name))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label}: expected "Name: value" (the value is not shown)`);
        const value = h.slice(i + 1).trim();
        if (!value) {
            onEmpty(name);
            continue;
        }
        const scheme = credentialless(name, value);
        if (scheme) {
            onEmpty(name, scheme);
            continue;
        }
        const problem = headerValueProblem(value);
        if (problem)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${name}: ${problem}, which cannot be sent in an HTTP header (the value is not shown)`);
        out[name] = value;
    }
    return out;
}
/**
 * Why a checklist's probe setting (`probes.url`, `probes.http-url`, a `probes.headers` value) would not be sent as
 * meant, said after its name, or undefined. Only `${PREFLIGHT_*}` variables are substituted, by design: a checklist a
 * pull request changes must not be able to send the runner's other secrets (GITHUB_TOKEN, cloud keys…) to a URL it
 * picks. Any other `${…}` would be sent as written (`Bearer ${{ secrets.TOKEN }}`, `${PREFLIGHT_TOKEN:-x}`): the
 * probes would authenticate with the literal text and report a protected site. Found where the checklist is read,
 * with its other mistakes, and checked again before anything is sent.
 */
function unsubstitutedProblem(value) {
    const m = /\$\{(?!PREFLIGHT_)([A-Za-z_][A-Za-z0-9_]*)\}/.exec(value);
    if (m)
        return `references \${${m[1]}}: only \${PREFLIGHT_*} variables are substituted (a checklist must not read the runner's other secrets): write \${PREFLIGHT_${m[1]}} and set PREFLIGHT_${m[1]} in the step's env`;
    const odd = /\$\{(?![A-Za-z_][A-Za-z0-9_]*\})(\{[^}]*\}?\}?|[^}]*\}?)/.exec(value);
    if (!odd)
        return undefined;
    const hint = odd[1].startsWith('{')
        ? `GitHub expressions are not evaluated in the checklist: write \${PREFLIGHT_NAME} and set PREFLIGHT_NAME: ${odd[0]} in the step's env`
        : 'expected ${PREFLIGHT_NAME} (no defaults, spaces or other shell forms: a variable that is not set skips the probes)';
    return `holds '${odd[0]}', which is not substituted: ${hint}`;
}


/***/ }),

/***/ 62595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile),
/* harmony export */   I: () => (/* binding */ textEncodingProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39580);


/**
 * Reads a file named on the command line or in the action's inputs (a checklist, a baseline, a CA file, a Markdown
 * file to import) as UTF-8. Only a regular file is read: a device or FIFO (`--checklist /dev/zero`) would never end,
 * so it fails with the code `ENOTREG`, which readProblem words. Other errors are Node's (ENOENT, EISDIR, EACCES).
 */
function readUserFile(abs) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs);
    if (!st.isFile() && !st.isDirectory())
        throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(abs, 'utf8');
}
/** UTF-16 text without a byte-order mark: a NUL every other byte from the start (LE `a\0b\0`, BE `\0a\0b`), not any binary. */
const UTF16_LIKE = /^(?:\uFFFD\uFFFD|\uFEFF)?(?:(?:[^\0]\0){2}|(?:\0[^\0]){2})/;
/**
 * Why text read as UTF-8 (bad bytes are U+FFFD) is not UTF-8 text, where, or undefined: UTF-16 (Windows editors'
 * "Unicode", PowerShell's `>`: a byte-order mark, a NUL every other byte), NUL bytes, or another encoding
 * (Windows-1252 `é`). `what` names the file in the message (`the checklist`, `the baseline`).
 */
function textEncodingProblem(text, what) {
    if (text.startsWith('\uFFFD\uFFFD'))
        return { message: `${what} starts with a UTF-16 byte-order mark: save it as UTF-8`, line: 1, column: 1 };
    const nul = text.indexOf('\0');
    if (nul >= 0)
        return { message: `${what} is not UTF-8 text (a NUL byte${UTF16_LIKE.test(text) ? '; it looks like UTF-16' : ''}): save it as UTF-8`, ...(0,_repo_json_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, nul) };
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return { message: `${what} is not UTF-8 text (a byte that is no UTF-8 character, as Windows-1252 or Latin-1 files have): save it as UTF-8`, ...(0,_repo_json_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, bad) };
    return undefined;
}


/***/ })

};
