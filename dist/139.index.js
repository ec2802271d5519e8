export const id = 139;
export const ids = [139,148];
export const modules = {

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

/***/ 60139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WARNINGS_PRINTED: () => (/* binding */ WARNINGS_PRINTED),
  runListed: () => (/* binding */ runListed)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/repo/files.js
var files = __webpack_require__(17763);
// EXTERNAL MODULE: ./lib/repo/git-env.js
var git_env = __webpack_require__(43466);
// EXTERNAL MODULE: ./lib/repo/snapshot.js + 1 modules
var repo_snapshot = __webpack_require__(24175);
// EXTERNAL MODULE: ./lib/repo/classify.js
var classify = __webpack_require__(84592);
// EXTERNAL MODULE: ./lib/checks/util/groups.js
var groups = __webpack_require__(14784);
// EXTERNAL MODULE: ./lib/engine/scan.js
var scan = __webpack_require__(70289);
// EXTERNAL MODULE: ./lib/checks/index.js + 34 modules
var checks = __webpack_require__(27406);
// EXTERNAL MODULE: ./lib/catalogue.js + 11 modules
var catalogue = __webpack_require__(19714);
// EXTERNAL MODULE: ./lib/checklist/load.js + 2 modules
var load = __webpack_require__(54160);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/gate/plan.js
var plan = __webpack_require__(1104);
// EXTERNAL MODULE: ./lib/checks/util/file-globs.js
var file_globs = __webpack_require__(82064);
// EXTERNAL MODULE: ./lib/checks/util/option-entry.js
var option_entry = __webpack_require__(37660);
// EXTERNAL MODULE: ./lib/checklist/options.js
var options = __webpack_require__(41006);
;// CONCATENATED MODULE: ./lib/checklist/scope.js






/**
 * Warnings for the globs of the checklist's own items that match no file of the scan (`service/**` for `services/**`):
 * a `paths` glob that matches nothing adds nothing to the item's scope, and an item whose every glob is one judges nothing
 * and is `skipped` (its status stays so: the warning only says why); an `ignore` glob (the item's, or the checklist's
 * top-level one) that matches nothing leaves nothing out, so what it was meant to exclude still fails. Only items that run
 * a static check (globs scope nothing else: the parser says so of the others) and globs the file locates (`pathsAt`,
 * `ignoreAt`: the YAML checklist's own, never a preset's); a `!glob` re-includes and is not judged. `base`: the scanned
 * directory under the repository root ('' for the root). A glob naming a folder outside `base` (`services/api/**` in the
 * run of `services/web`, a root checklist's per-service item: {@link globOutside}) is no typo when it matches tracked files
 * there (`matchedOutside`, which the caller lists): the item is another folder's, and nothing is said; one that matches
 * nothing anywhere is still warned about. Globs are relative to the repository root: a folder name alone (`fixtures/`)
 * names the root's folder, and the warning names the glob that matches it at any depth (`**\/fixtures/`) when one does.
 */
function unmatchedGlobs(list, files, base = '', matchedOutside = new Set(), gitIgnored = () => false) {
    const warnings = [];
    const judge = (glob, at, checks, said, ignore = false) => {
        if (glob.startsWith('!'))
            return;
        const matches = (0,plan/* globMatcher */.fU)([glob]);
        if (files.some((f) => matches(f)))
            return;
        // An `ignore` glob for what git ignores anyway (`**/node_modules/**`, `dist/`) matches no tracked file by design.
        if (ignore && gitIgnoresGlob(glob, gitIgnored))
            return;
        if (namesUntrackedPath(checks, glob, files))
            return;
        const outside = globOutside(glob, base) !== null;
        if (outside && matchedOutside.has(glob))
            return;
        const where = !base ? '' : outside ? ' in the repository' : ` under ${base} (the scanned directory)`;
        // `fixtures/` written as in .gitignore, where a name without a slash matches at any depth: the glob that does.
        let hint = '';
        if (/^[^/]+\/?$/.test(glob) && !glob.startsWith('**')) {
            const name = glob.replace(/\/$/, '');
            const deep = !glob.endsWith('/') && files.some((0,plan/* globMatcher */.fU)([`**/${name}`])) && !files.some((0,plan/* globMatcher */.fU)([`**/${name}/**`])) ? `**/${name}` : `**/${name}/`;
            if (files.some((0,plan/* globMatcher */.fU)([deep])))
                hint = `: '${deep}' names it at any depth`;
        }
        warnings.push({ at, text: `${at.file}:${at.line}${at.column ? `:${at.column}` : ''}: ${said(where, hint)}` });
    };
    const statics = (checks) => checks.some((id) => (0,catalogue/* getDef */.Gt)(id)?.kind === 'static');
    for (const item of list.items) {
        if (!statics(item.checks))
            continue;
        if (item.pathsAt)
            item.paths?.forEach((glob, i) => judge(glob, item.pathsAt(i), item.checks, (where, hint) => `item '${item.id}': paths glob '${glob}' matches no tracked file${where}, so it adds nothing to the item's scope (a misspelt folder? globs are relative to the repository root${hint})`));
        if (item.ignoreAt)
            item.ignore?.forEach((glob, i) => judge(glob, item.ignoreAt(i), item.checks, (where, hint) => `item '${item.id}': ignore glob '${glob}' matches no tracked file${where}, so it leaves nothing out of the item's scope (a misspelt folder? globs are relative to the repository root${hint})`, true));
    }
    // A check's file-glob entry (`allow`, allowEntries) that matches no tracked file exempts nothing: what it was meant to exempt still
    // fails (`test/fixture/**` for `test/fixtures/**`). One with `/` naming another folder's files in a sub-folder run is
    // judged as a `paths` glob is; a name without `/` matches at any depth, so the scan's own files decide.
    for (const item of list.items) {
        for (const { check, key, entries, at } of allowEntries(item)) {
            entries.forEach((entry, i) => {
                if (entry.startsWith('!') || files.some((0,file_globs/* fileAllowMatcher */.Y)([entry])))
                    return;
                const outside = entry.includes('/') && globOutside(entry, base) !== null;
                if (outside && matchedOutside.has(entry))
                    return;
                const where = !base ? '' : outside ? ' in the repository' : ` under ${base} (the scanned directory)`;
                const loc = at(i);
                warnings.push({ at: loc, text: `${loc.file}:${loc.line}${loc.column ? `:${loc.column}` : ''}: item '${item.id}': ${check} ${key} entry '${entry}' matches no tracked file${where}, so it exempts nothing (a misspelt name or folder? an entry with / is a glob relative to the repository root, one without a file name at any depth)` });
            });
        }
    }
    if (list.ignoreAt) {
        const checks = [...new Set(list.items.flatMap((i) => i.checks))];
        list.ignore.forEach((glob, i) => judge(glob, list.ignoreAt(i), checks, (where, hint) => `ignore glob '${glob}' matches no tracked file${where}, so it leaves nothing out (a misspelt folder? globs are relative to the repository root${hint})`, true));
    }
    // In file order (the top-level `ignore` is usually written above the items).
    return warnings.sort((a, b) => a.at.line - b.at.line || (a.at.column ?? 0) - (b.at.column ?? 0)).map((w) => w.text);
}
/**
 * Whether `.gitignore` rules (`gitIgnored`, asked of a repository path; a folder's ends in `/`) ignore what a glob names:
 * a path it would match, its wildcards filled in (`**\/node_modules/**` \u2192 `node_modules/`, `*.pyc` \u2192 `x.pyc`). A glob
 * with brackets, braces or extglobs gives no such path: false.
 */
function gitIgnoresGlob(glob, gitIgnored) {
    if (/[[\]{}()@+!]/.test(glob))
        return false;
    const rest = glob.replace(/^(?:\*\*\/)+/, '');
    const folder = /(?:^|\/)\*\*$|\/$/.test(rest);
    const sample = rest.replace(/(?:^|\/)\*\*$|\/$/, '').replace(/(^|\/)\*\*\//g, '$1').replace(/[*?]/g, 'x');
    if (!sample)
        return false;
    // A plain name (`vendor`) names a file or a folder.
    return gitIgnored(folder ? `${sample}/` : sample) || (!folder && !/[*?]/.test(rest) && gitIgnored(`${sample}/`));
}
/**
 * The file-glob option entries of the item's checks (fileGlobOptions: `allow` of hardcoded-secret and env-file-committed)
 * as its checklist file locates them (a YAML item's own options), each list with where its entries are written. Options
 * are validated before.
 */
function allowEntries(item) {
    if (!item.optionsAt || !item.options)
        return [];
    return item.checks.flatMap((check) => {
        const { raw, locate } = (0,options/* checkOptions */.J)(item, check);
        if (!locate || !raw || typeof raw !== 'object')
            return [];
        return (0,option_entry/* fileGlobOptions */.L7)((0,catalogue/* getDef */.Gt)(check)?.options).flatMap((key) => {
            const list = raw[key];
            if (!Array.isArray(list))
                return [];
            const entries = list.filter((e) => typeof e === 'string');
            if (entries.length !== list.length)
                return [];
            return [{ check, key, entries, at: (i) => locate([key, i], false) }];
        });
    });
}
/** Every glob unmatchedGlobs judges (`paths` and `ignore` of the checklist's own items, its top-level `ignore`, and the `allow` entries with `/` of checks that take file globs). */
function locatedGlobs(list) {
    return [
        ...list.items.flatMap((i) => [...(i.pathsAt ? i.paths ?? [] : []), ...(i.ignoreAt ? i.ignore ?? [] : [])]),
        ...list.items.flatMap((i) => allowEntries(i).flatMap((a) => a.entries.filter((e) => e.includes('/')))),
        ...(list.ignoreAt ? list.ignore : []),
    ];
}
/**
 * The folder or file a `paths` glob's literal start names (`services/api` for `services/api/**` and for the plain path
 * `services/api`) when it lies outside the scanned folder `base`, neither in it nor above it: the glob can only match
 * files another folder's run reads. Null for the root's run, a glob that may match below `base` (one starting with `**`, or
 * `services/*` from `services/web`) and a `!glob`.
 */
function globOutside(glob, base) {
    if (!base || glob.startsWith('!'))
        return null;
    const lit = picomatch.scan(glob).base.replace(/\/+$/, '');
    if (!lit || lit === base || lit.startsWith(`${base}/`) || base.startsWith(`${lit}/`))
        return null;
    return lit;
}
/**
 * Whether `glob` names env files a check of the item judges untracked (env-file-not-ignored: `paths: [".env"]`, the
 * real `packages/ui/.env` behind a template; such files are rightly not tracked), in a folder the scan holds (a
 * misspelt folder, `pakages/ui/.env`, is still warned about).
 */
function namesUntrackedPath(checks, glob, files) {
    if (!checks.some((id) => { const def = (0,catalogue/* getDef */.Gt)(id); return def?.kind === 'static' && def.judgesScope; }))
        return false;
    const cut = glob.replace(/\/+$/, '').lastIndexOf('/');
    const dir = cut < 0 ? '' : glob.slice(0, cut);
    if (!/\.env/.test(glob.slice(cut + 1)))
        return false;
    if (!dir || /[*?[\]{}()!+@]/.test(dir))
        return true;
    return files.some((f) => f.startsWith(`${dir}/`));
}

// EXTERNAL MODULE: ./lib/gate/gate.js
var gate = __webpack_require__(93364);
// EXTERNAL MODULE: ./lib/engine/execute.js
var execute = __webpack_require__(14877);
// EXTERNAL MODULE: ./lib/repo/read.js
var repo_read = __webpack_require__(18650);
// EXTERNAL MODULE: ./lib/probes/util.js
var util = __webpack_require__(37439);
// EXTERNAL MODULE: ./lib/checks/util/text.js
var util_text = __webpack_require__(52907);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(26749);
;// CONCATENATED MODULE: ./lib/probes/run.js



/** The union of what the tasks need, so the collector does each request once. */
function mergeNeeds(list) {
    const out = {};
    for (const n of list) {
        for (const k of ['tls', 'legacyTls', 'main', 'plainHttp', 'cors', 'notFound', 'console'])
            if (n[k])
                out[k] = true;
        if (n.health)
            out.health = [...new Set([...(out.health ?? []), ...n.health])];
        if (n.sensitive)
            out.sensitive = [...new Set([...(out.sensitive ?? []), ...n.sensitive])];
        for (const t of n.timing ?? []) {
            const prev = (out.timing ??= []).find((x) => x.path === t.path);
            if (prev)
                prev.samples = Math.max(prev.samples, t.samples);
            else
                out.timing.push({ ...t });
        }
    }
    return out;
}
/**
 * Runs one probe's judgement over an observation; exceptions become an `error` outcome. `mask` (the secrets'
 * redaction) is applied to every value a probe quotes cut short (`clip`), before it is cut.
 */
function judge(probe, options, obs, mask) {
    const findings = [];
    let error;
    let skipped;
    try {
        (0,util/* withQuoteMask */.LO)(mask, () => probe.evaluate(obs, {
            options,
            report: (f) => { findings.push({ url: obs.url, ...f }); },
            error: (reason) => { error ??= reason; },
            skip: (reason) => { skipped ??= reason; },
        }));
    }
    catch (e) {
        return { findings: [], error: `probe '${probe.id}' failed: ${e?.message ?? String(e)}` };
    }
    if (error)
        return { findings: [], error };
    return findings.length ? { findings } : { findings, skipped };
}
/**
 * A URL without its userinfo (`https://user:pass@host/` \u2192 `https://host/`) and, when it had one, the
 * Basic credentials it held (as curl sends them). A URL without userinfo (or unparsable) is returned as given.
 */
function splitUserinfo(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return { url };
    }
    if (!u.username && !u.password)
        return { url };
    const authorization = `Basic ${Buffer.from(`${(0,util/* decodeSafe */.oG)(u.username)}:${(0,util/* decodeSafe */.oG)(u.password)}`, 'utf8').toString('base64')}`;
    u.username = '';
    u.password = '';
    return { url: u.href, authorization };
}
/**
 * The probe settings with the target URL's credentials (`https://user:pass@host/`) moved into an
 * `Authorization: Basic` header, sent like any header given for the target (its origin only, withheld
 * when the certificate is not trusted), unless an Authorization header is given; the URL requested and
 * shown carries no userinfo.
 */
function withUrlCredentials(config, logger) {
    const { url, authorization } = splitUserinfo(config.url);
    if (url === config.url)
        return config;
    const explicit = Object.keys(config.headers).some((k) => k.toLowerCase() === 'authorization');
    if (explicit)
        logger?.debug('probes: the credentials in the URL are not sent: an Authorization header is given');
    return { ...config, url, headers: explicit || !authorization ? config.headers : { ...config.headers, Authorization: authorization } };
}
/**
 * Why nothing at the target's origin answered, or undefined when something did: a response (even an error status, a
 * body that broke off, a redirect), a request the server took and dropped (nginx `return 444`), a completed TLS
 * handshake, a timed sample. The reason is the first failure recorded (the page's, a health path's, the handshake's).
 * Where the target's redirects lead (another origin) and the plain-HTTP origin of an `https://` target do not count:
 * they are not the URL given.
 */
function unanswered(obs) {
    const origin = originOf(obs.url);
    if (origin === undefined)
        return undefined;
    let answered = false;
    const visit = (v) => {
        if (answered || !v || typeof v !== 'object')
            return;
        if (Array.isArray(v)) {
            for (const x of v)
                visit(x);
            return;
        }
        const o = v;
        const at = typeof o['url'] === 'string' ? originOf(o['url']) : undefined;
        if ((typeof o['status'] === 'number' || o['dropped'] === true) && at === origin) {
            answered = true;
            return;
        }
        if ((typeof o['protocol'] === 'string' && o['error'] === undefined) || o['accepted'] === true) {
            answered = true;
            return;
        }
        if (Array.isArray(o['samples']) && o['samples'].length) {
            answered = true;
            return;
        }
        for (const [k, x] of Object.entries(o))
            if (k !== 'redirectTls')
                visit(x);
    };
    visit(obs);
    if (answered)
        return undefined;
    const errors = [obs.main?.error, ...Object.values(obs.health ?? {}).map((h) => h.chain.error), obs.tls?.error, obs.notFound?.error, ...Object.values(obs.sensitive ?? {}).map((f) => f.error)];
    return errors.find((e) => e !== undefined) ?? 'no response';
}
const originOf = (url) => { try {
    return new URL(url).origin;
}
catch {
    return undefined;
} };
/**
 * Collects one observation of the deployment and lets every probe judge it. Never throws. `onUnanswered`: called with
 * the reason (masked) when nothing at the target answered (see {@link unanswered}).
 */
async function runProbes(tasks, given, logger, onUnanswered) {
    const out = new Map();
    // Header values and a password in the URL are secrets: masked in every message and URL.
    const passwords = [...(0,redact/* urlPassword */.Ds)(given.url), ...(given.httpUrl ? (0,redact/* urlPassword */.Ds)(given.httpUrl) : [])];
    const config = withUrlCredentials(given, logger);
    // Servers that echo a header may change its case: every secret is masked as written, lower- and upper-cased;
    // credentials also by their fragments (echoed cut short). A Cookie header's secrets are its values: each
    // `name=value` pair and each value from 6 characters is masked whole, but cookie names are no secret, so its
    // fragments come from the values alone (`JSESSIONID=\u2026` must not turn cookie 'JSESSIONID' into cookie '***').
    const { others, pairs, values } = cookieSecrets(config.headers);
    const whole = (0,redact/* redactor */.$p)([...(0,redact/* namedSecrets */.pr)(config.headers), ...pairs, ...values.filter((v) => v.length >= 6), ...passwords].flatMap((v) => [v, v.toLowerCase(), v.toUpperCase()]));
    const fragments = (0,redact/* fragmentRedactor */.Rc)([...(0,redact/* namedCredentials */.Co)(others), ...values, ...passwords]);
    // The credential parameters of every URL shown are masked, whatever its source (a redirect's Location, a final URL
    // reached through redirects): `/home?session_token=***`, `;jsessionid=***`, as in the target URL. Then what the server
    // sent is made printable (a control byte in a header must not reach a terminal).
    const hide = (text) => (0,util_text/* printable */.g$)((0,redact/* maskUrlCredentials */.gn)(fragments(whole(text))));
    // What the collector logs (`--verbose`: the URLs of redirect hops) is masked alike.
    const log = { info: (m) => logger.info(hide(m)), warn: (m, where) => logger.warn(hide(m), where), debug: (m) => logger.debug(hide(m)), notice: (m) => (logger.notice ?? logger.warn)(hide(m)) };
    const secret = (o) => ({
        ...o,
        ...(o.error ? { error: hide(o.error) } : {}),
        ...(o.skipped ? { skipped: hide(o.skipped) } : {}),
        findings: o.findings.map((f) => ({ ...f, message: hide(f.message), ...(f.url ? { url: hide(f.url) } : {}) })),
    });
    try {
        if (!tasks.length)
            return out;
        const target = new URL(config.url);
        if (target.protocol !== 'http:' && target.protocol !== 'https:')
            throw new Error(`the URL must be http:// or https://, not ${target.protocol}`);
        const defaults = { health: (0,util/* defaultHealthPaths */.Yj)(config), target: (0,util/* targetPath */.Bd)(config.url) };
        const needs = mergeNeeds(tasks.map((t) => t.probe.needs(t.options, defaults)));
        const t0 = performance.now();
        // The collector pulls in undici and node:tls; `preflight list` should not pay for them.
        const { collect } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(65)]).then(__webpack_require__.bind(__webpack_require__, 68065));
        // Probes judge what the server sent as it came (a Set-Cookie that echoes the Cookie header given is still
        // `sessionid=\u2026; Path=/` without HttpOnly, an Access-Control-Allow-Credentials still `true`); only what they
        // show is masked: values quoted cut short before the cut (`clip`), every message, reason and URL whole at the end.
        const obs = await collect(config, needs, log);
        logger.debug(`probes: observed ${config.url} in ${Math.round(performance.now() - t0)} ms`);
        for (const t of tasks)
            out.set(t.key, secret(judge(t.probe, t.options, obs, hide)));
        const down = onUnanswered ? unanswered(obs) : undefined;
        if (down !== undefined)
            onUnanswered(hide(down));
    }
    catch (e) {
        const reason = hide(`probing ${config.url} failed: ${e?.message ?? String(e)}`);
        for (const t of tasks)
            if (!out.has(t.key))
                out.set(t.key, { error: reason, findings: [] });
    }
    return out;
}
/**
 * The custom headers split for masking: `others` (every header but Cookie), and of the Cookie headers the
 * `name=value` pairs and the values (`sessionid=abc; csrftoken=xyz` \u2192 pairs and `abc`, `xyz`).
 */
function cookieSecrets(headers) {
    const others = {};
    const pairs = [];
    const values = [];
    for (const [name, value] of Object.entries(headers)) {
        if (name.trim().toLowerCase() !== 'cookie') {
            others[name] = value;
            continue;
        }
        for (const part of value.split(';')) {
            const pair = part.trim();
            if (!pair)
                continue;
            const eq = pair.indexOf('=');
            const v = (eq < 0 ? pair : pair.slice(eq + 1)).trim();
            pairs.push(pair);
            if (v)
                values.push(v);
        }
    }
    return { others, pairs, values };
}

// EXTERNAL MODULE: ./lib/gate/baseline.js
var gate_baseline = __webpack_require__(1148);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./lib/run.js
var run = __webpack_require__(63926);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/types.js
var types = __webpack_require__(64170);
// EXTERNAL MODULE: ./lib/user-file.js
var user_file = __webpack_require__(62595);
;// CONCATENATED MODULE: ./lib/engine/pipeline.js






























/** Most near-miss hints of approving reviews' ticks in one run (the description's have their own bound). */
const MAX_REVIEW_HINTS = 5;
/** Most reviews said to tick pending items and sign nothing off in one run (one notice each), then one line for the rest. */
const MAX_REVIEW_NOTICES = 3;
/** Checklist warnings printed one by one at most (the rest are counted in one more warning). */
const WARNINGS_PRINTED = 100;
/**
 * The pipeline after listing: checklist \u2192 plan \u2192 snapshot \u2192 checks and probes \u2192 gate \u2192 report.
 * Called by `run()` (src/run.ts), on the calling thread or on an engine thread.
 */
async function runListed(opts, listing, pool = null) {
    const cwd = opts.cwd ?? process.cwd();
    const logger = opts.logger ?? types/* silentLogger */.qq;
    const env = opts.env ?? process.env;
    const now = opts.now ?? new Date();
    const dir = external_node_path_.resolve(cwd, opts.dir);
    const snapshot = new repo_snapshot/* Snapshot */.Fm(listing.root, listing.files, listing.base, listing.git, listing.textLinks, { untracked: listing.untrackedIgnoreAndEnv, links: listing.links, untrackedLinks: listing.untrackedLinks });
    const rel = (abs) => {
        const r = external_node_path_.relative(listing.root, abs);
        return r.startsWith('..') || external_node_path_.isAbsolute(r) ? abs : r.split(external_node_path_.sep).join('/');
    };
    // Checklist: explicit path (relative to cwd), content given by the caller, discovery (relative to dir), preset.
    let checklist;
    let checklistAbs = null;
    // Whether a path the checklist names (relative to it) leaves the repository: the parser says so with its other mistakes.
    const outside = (value) => outsideRepository(value, checklistAbs, snapshot);
    const parseChecklist = (file, text, stream = false) => parseChecklistText(file, text, outside, stream);
    if (opts.checklistSource === null) {
        checklist = (0,load/* loadPreset */._x)('recommended');
    }
    else if (opts.checklistSource) {
        checklistAbs = external_node_path_.join(listing.root, opts.checklistSource.file);
        checklist = await parseChecklist(opts.checklistSource.file, opts.checklistSource.text);
    }
    else if (opts.checklist === '-') {
        // Read from standard input by the caller (`--checklist -`): named `<stdin>` in messages, its paths relative to the
        // current directory, its format told from its text.
        if (opts.checklistText === undefined)
            throw new types/* ConfigError */.xL(`checklist ${user_file/* STDIN_NAME */.p} could not be read: nothing was passed in`, { file: user_file/* STDIN_NAME */.p });
        checklistAbs = external_node_path_.resolve(cwd, user_file/* STDIN_NAME */.p);
        checklist = await parseChecklist(user_file/* STDIN_NAME */.p, opts.checklistText, true);
    }
    else if (opts.checklist) {
        const abs = external_node_path_.resolve(cwd, opts.checklist);
        // A path in the repository is repository content (a pull request can make it a link): refused when it resolves out of
        // the repository or into a .git folder, as a discovered checklist is. A path outside the repository is the user's choice.
        const leaves = leavingRepository(abs, listing.root, snapshot.reader.realRoot);
        if (leaves)
            throw new types/* ConfigError */.xL(`checklist ${opts.checklist} cannot be read: ${leaves}`, { file: opts.checklist });
        let text;
        let stream;
        try {
            ({ text, stream } = (0,user_file/* readUserInput */._D)(abs));
        }
        catch (e) {
            const problem = (0,types/* readProblem */.K)(e, 'a YAML or Markdown checklist file');
            throw new types/* ConfigError */.xL(`checklist ${opts.checklist} ${problem}${problem === 'not found' ? (0,load/* presetHint */.lP)(opts.checklist) : ''}`, { file: opts.checklist });
        }
        checklistAbs = abs;
        checklist = await parseChecklist(rel(abs), text, stream);
    }
    else {
        // Any entry counts (a symlink whose target is missing too): what is there is read, or refused with the reason.
        // A tracked one a sparse checkout leaves out of the working tree is still the team's checklist: read from git.
        const omitted = new Set(listing.sparseOmitted ?? []);
        const found = run.DISCOVERY.map((p) => external_node_path_.join(dir, p)).find((abs) => (0,repo_read/* entryExists */.v_)(abs) || omitted.has(rel(abs)));
        if (found && !(0,repo_read/* entryExists */.v_)(found)) {
            const file = rel(found);
            checklistAbs = found;
            checklist = await parseChecklist(file, await sparseChecklist(listing.root, file));
            logger.info(`checklist: ${file} read from git (a sparse checkout leaves it out of the working tree)`);
        }
        else if (found) {
            // Repository content (a pull request can change it): read like any repository file, so a
            // directory, a link out of the repository or a huge file is a clear error, never a crash.
            const file = rel(found);
            const got = snapshot.reader.readNamed(file);
            if (!('text' in got)) {
                // Read like any repository file, so at most MAX_FILE_BYTES: said in words, with the limit (README, "The checklist").
                const reason = 'tooLarge' in got ? `${got.reason} (1 MiB, the most a discovered checklist may be)` : got.reason;
                throw new types/* ConfigError */.xL(`the checklist cannot be read: ${reason}`, got.content ? { file, line: 1, column: 1 } : { file });
            }
            checklistAbs = found;
            checklist = await parseChecklist(file, got.text);
        }
        else {
            checklist = (0,load/* loadPreset */._x)('recommended');
        }
    }
    checklist = (0,load/* resolveExtends */.QL)(checklist);
    // Each warning is printed (an annotation in the action) up to a bound: a generated or pasted document can hold thousands
    // of look-alike boxes, and a log of thousands of the same warning hides the report (the summary counts them all).
    const listWarnings = checklist.warnings ?? [];
    for (const w of listWarnings.slice(0, WARNINGS_PRINTED))
        logger.warn(w, warningWhere(checklist.file, w));
    if (listWarnings.length > WARNINGS_PRINTED)
        logger.warn(`${checklist.file ?? 'the checklist'}: ${listWarnings.length - WARNINGS_PRINTED} more checklist warnings not printed (${listWarnings.length} in all): fix the ones above and run again`);
    if (!checklist.items.length)
        logger.warn(`${checklist.file ?? 'the checklist'} has no items and extends no preset: nothing is checked (add items, or \`extends: [recommended]\`)`);
    logger.debug(`checklist: ${checklist.file ?? 'recommended preset'} (${checklist.items.length} items)`);
    const failOn = opts.failOn ?? checklist.failOn ?? 'critical';
    const planned = (0,plan/* plan */.et)(checklist, opts.severity ?? {}, opts.severityFrom);
    // A `paths` glob that matches no file is most likely a typo that silently narrows the item (to nothing: `skipped`); an
    // `ignore` glob that matches none leaves in what it was meant to exclude.
    if (!listing.truncated)
        for (const w of unmatchedGlobs(checklist, listing.files, listing.base, await globsMatchedOutside(locatedGlobs(checklist), listing), (p) => snapshot.gitignored(p)))
            logger.warn(w, warningWhere(checklist.file, w));
    // An override of a real check that no item runs changes nothing: say so (`off` asks for exactly that).
    for (const [id, level] of Object.entries(opts.severity ?? {})) {
        if (level === 'off' || planned.some((p) => p.item.id === id || p.checks.some((c) => c.def.id === id)))
            continue;
        logger.warn(`${(opts.severityFrom ?? '--severity').replace(/:$/, '')} ${id}=${level}: no item of ${checklist.file ?? 'the recommended preset'} runs check '${id}', so the override changes nothing (add an item with \`check: ${id}\` to run it)`);
    }
    // Probe settings: a non-empty input/flag, then the checklist, then the defaults.
    const masks = [];
    // Of them, the values of the URLs' credential parameters (`?code=\u2026`, `?token=\u2026`): not masked in the team's own item titles.
    const urlParams = [];
    const extra = [];
    // On pull_request_target the CA file, like the checklist and the baseline, comes from the base
    // commit: a pull request must not choose which certificates the probes trust.
    const baseCa = opts.readBase ? await readBaseCa(opts, checklist, checklistAbs, snapshot, rel, cwd) : undefined;
    const probeConfig = resolveProbeConfig(opts, checklist, checklistAbs, snapshot, cwd, env, masks, urlParams, logger, baseCa);
    // From here on no message, log line or report value may carry a secret value (header values,
    // substituted ${PREFLIGHT_*} values, a URL password): the report is redacted once, below.
    const log = (0,redact/* redactingLogger */.S)(logger, masks);
    // A fresh `git init` (nothing added yet): every check would say "no Dockerfile" while one sits in the folder. Said once
    // the configuration is known to be good (a configuration error is the one thing said then).
    if (listing.untracked)
        log.warn(`git tracks no file in ${opts.dir === '.' ? 'the scanned folder' : opts.dir} (nothing committed or staged yet), though files are there: Preflight checks the files git tracks (git ls-files), so nothing was checked. Run \`git add\` first (staged files are checked).`);
    const staticOutcomes = await runStatic(planned, snapshot, now, env, log, pool);
    if (listing.links?.length)
        dropLinkTwins(staticOutcomes, linkTargets(listing.links, snapshot), planned);
    let unanswered;
    const probeOutcomes = await runProbeItems(planned, probeConfig, opts.probes !== false, log, (why) => { unanswered = why; });
    const items = planned.map((p, i) => ({
        planned: p,
        outcomes: p.checks.map((c, j) => (c.off ? null : c.def.kind === 'static' ? staticOutcomes.get(`${i}:${j}`) : probeOutcomes.get(`${i}:${j}`))),
    }));
    // Templated manifests and Dockerfiles, and ones too large to parse, are skipped, not failed: an info note says they were not judged.
    const noted = new Set();
    for (const sk of snapshot.skipped) {
        if (!repo_snapshot/* NOTED_SKIPS */.Kk.has(sk.reason) || noted.has(`${sk.file}\0${sk.reason}`))
            continue;
        noted.add(`${sk.file}\0${sk.reason}`);
        extra.push({ check: 'parse-error', item: null, severity: 'info', note: true, message: `${sk.file} was ${repo_read/* SCAN_LIMIT_SKIPS */.l$.has(sk.reason) ? 'not wholly checked' : 'not checked'}: ${sk.reason}${sk.detail ? ` (line ${sk.line ?? 1}: ${sk.detail})` : ''}`, file: sk.file, line: sk.line ?? 1, column: sk.column ?? 1, url: null });
    }
    // One parse error per file: the first is where it breaks (a parser's later complaints follow from it). A file that
    // parses but has blocks its tool refuses (compose services) has one per block: each is independently not judged.
    const wholeFileProblem = new Set(snapshot.problems.filter((pr) => !pr.scope).map((pr) => pr.file));
    const reported = new Set();
    for (const pr of snapshot.problems) {
        if (pr.scope && wholeFileProblem.has(pr.file))
            continue;
        const key = pr.scope ? `${pr.file}\0${pr.scope}` : pr.file;
        if (reported.has(key))
            continue;
        reported.add(key);
        extra.push({ check: 'parse-error', item: null, severity: 'low', message: `could not parse ${pr.file}: ${pr.message}`, file: pr.file, line: pr.line, column: pr.column, url: null });
    }
    // The checklist's top-level `ignore:` applies to every item: files it leaves out (deliberately broken fixtures)
    // are not reported as unparsable or unchecked either.
    if (checklist.ignore?.length) {
        const ignored = (0,plan/* globMatcher */.fU)(checklist.ignore);
        for (let k = extra.length - 1; k >= 0; k--)
            if (extra[k].file && ignored(extra[k].file))
                extra.splice(k, 1);
    }
    let baseline = null;
    // The checklist's `baseline:` file as read (repository-relative), which `--output` must not overwrite.
    let baselineFile;
    if (opts.baseline && opts.readBase) {
        // From the base commit: the flag or input names a repository file.
        const file = rel(external_node_path_.resolve(cwd, opts.baseline));
        if (external_node_path_.isAbsolute(file))
            throw new types/* ConfigError */.xL(`baseline ${opts.baseline} is outside the repository`);
        const text = await opts.readBase(file, 'baseline');
        if (text === null)
            throw new types/* ConfigError */.xL(`baseline ${file} not found in the base commit (${baseWhy(opts, 'baseline')})`, { file });
        baseline = (0,gate_baseline/* parseBaseline */.nk)(text, file);
    }
    else if (opts.baseline)
        baseline = (0,gate_baseline/* readBaseline */.mF)(external_node_path_.resolve(cwd, opts.baseline), opts.baseline);
    else if (checklist.baseline && !opts.recordingBaseline) {
        const b = checklist.baseline;
        if (opts.readBase) {
            const file = checklistPath('baseline', b.path, b.where, checklistAbs, snapshot);
            const text = await opts.readBase(file, 'baseline');
            if (text === null)
                throw new types/* ConfigError */.xL(`baseline '${b.path}' not found in the base commit (${baseWhy(opts, 'baseline')})`, b.where);
            baseline = (0,gate_baseline/* parseBaseline */.nk)(text, file);
        }
        else {
            const { file, text } = readChecklistFile('baseline', b.path, b.where, checklistAbs, snapshot);
            baseline = (0,gate_baseline/* parseBaseline */.nk)(text, file);
            baselineFile = file;
        }
    }
    let attested = null;
    // The ticks that signed an item off by its group and title (see signsOffInContext).
    const signedInContext = new Set();
    const reviews = (opts.reviewAttestations ?? []).filter((r) => r.body);
    const notCounting = opts.reviewsNotCounted ?? [];
    let signers = [];
    // The approving reviews' sign-offs, each with its reviewer and the ticks that signed an item off by its group and title.
    let reviewSigners = [];
    // How a text's ticks are read: for the reviews that sign nothing off, to say which pending items they tick.
    let signerOf;
    if (opts.attestation?.body || reviews.length || notCounting.length) {
        const { contextTicks, parseAttestations, signsOffInContext, withFilledTemplates } = await Promise.all(/* import() */[__webpack_require__.e(884), __webpack_require__.e(683), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 34270));
        const { signoffText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 78890));
        const manualTitles = planned.filter((p) => p.kind === 'manual').map((p) => p.title);
        const signer = (body, by, signed, before) => {
            const ticks = parseAttestations(body, signoffText);
            // Ticks an edit by someone who may not sign off added (not in the description before it) sign nothing off.
            if (before !== undefined) {
                const had = parseAttestations(before, signoffText);
                for (const tick of ticks)
                    if (!had.has(tick))
                        ticks.delete(tick);
            }
            // A tick of an item's group and title (`Security Officer \u203a Name: ____`) signs that item off: those ticks get no near-miss hint.
            const inGroups = contextTicks(ticks);
            return {
                // A sign-off template line ("Reviewed by: ____") is signed off by a tick with its blank filled in.
                keys: withFilledTemplates(ticks, manualTitles, signoffText),
                by,
                normalise: signoffText,
                inContext: (path, title) => {
                    const ticked = signsOffInContext(inGroups, path, title, signoffText);
                    for (const tick of ticked)
                        signed?.add(tick);
                    return ticked.length > 0;
                },
            };
        };
        if (opts.attestation?.body)
            attested = signer(opts.attestation.body, opts.attestation.by, signedInContext, opts.attestation.before);
        // The description first, then approving reviews, latest first.
        reviewSigners = reviews.map((r) => { const signed = new Set(); return { signer: signer(r.body, r.by, signed), by: r.by, signed }; });
        signers = [...(attested ? [attested] : []), ...reviewSigners.map((r) => r.signer)];
        signerOf = signer;
    }
    // A baseline file none of whose files is here: which of them this repository had (git history), so one whose files were
    // all deleted here is not taken for another repository's.
    const history = baseline ? await baselineFilesWereHere(baseline, snapshot, listing) : null;
    // Fingerprints read the line of every finding: split each file once, for this call only.
    const lineCache = new Map();
    const lineText = (file, line) => { if (!lineCache.has(file))
        lineCache.set(file, snapshot.lines(file)); return lineCache.get(file)?.[line - 1]; };
    // The baseline entries counted as fixed, as the note names them.
    let baselineFixed;
    const core = (0,gate/* gate */.Gj)({
        version: version/* VERSION */.xv,
        items,
        extra,
        failOn,
        gatesManual: opts.gatesManual ?? true,
        attested: signers,
        suppressions: [...snapshot.suppressions.values()].flat(),
        baseline,
        lineText,
        // A file outside the scanned folder (a compose `extends.file` in `../../deploy/`) is read only for what the folder
        // uses of it: a suppression there may well be for another folder's scan, so none is called unused.
        base: snapshot.base,
        onFixed: (entries) => { baselineFixed = entries.map(gate_baseline/* describeEntry */.OY); },
        // Not called fixed: the check found something new in the entry's file, perhaps the same problem on a changed line.
        // A secret's finding is known by the value: another value on its line is a new secret (rotate it), not a moved line.
        onMoved: (all) => {
            const secrets = all.filter((m) => m.secret);
            const moved = all.filter((m) => !m.secret);
            const noLonger = (n) => (n === 1 ? 'a baseline entry no longer matches' : `${n} baseline entries no longer match`);
            if (moved.length) {
                const one = moved.length === 1;
                const list = (0,gate_baseline/* fixedEntriesList */.bw)(moved.map(({ entry, line }) => `${(0,gate_baseline/* describeEntry */.OY)(entry)}: a new ${(0,util_text/* printablePath */.Vj)(entry.check)} finding is on line ${line ?? '?'}`));
                log.warn(`${noLonger(moved.length)} (${list}), so ${one ? 'it is' : 'they are'} not counted as fixed: if ${one ? 'that finding is the same problem' : 'those findings are the same problems'} (${one ? 'its' : 'their'} line changed), record the baseline again ('preflight baseline')`);
            }
            if (secrets.length) {
                const one = secrets.length === 1;
                const list = (0,gate_baseline/* fixedEntriesList */.bw)(secrets.map(({ entry, line }) => `${(0,gate_baseline/* describeEntry */.OY)(entry)}: a different secret value is on line ${line ?? '?'}`));
                log.warn(`${noLonger(secrets.length)} (${list}), so ${one ? 'it is' : 'they are'} not counted as fixed: a secret is known by its value, so a different value is a new secret, not the known one on a changed line \u2014 revoke or rotate ${one ? 'it' : 'them'} and remove ${one ? 'it' : 'them'} from the repository (load ${one ? 'it' : 'them'} at run time); do not record ${one ? 'it' : 'them'} in the baseline`);
            }
        },
        exists: (file) => snapshot.has(file),
        // A file outside a sub-folder's run (the root compose file a baseline entry's message names): not read by this run.
        outside: (file) => snapshot.outsideFile(file),
        ...(history ? { wasHere: history.wasHere, shallowHistory: history.shallow } : {}),
        judges: (check, file) => {
            if (snapshot.base && !file.startsWith(`${snapshot.base}/`))
                return false;
            const def = (0,catalogue/* getDef */.Gt)(check);
            return def?.kind !== 'static' || (def.judges?.(snapshot, file) ?? true);
        },
        now,
    });
    let signoffHints;
    if (attested) {
        const { nearMisses } = await Promise.all(/* import() */[__webpack_require__.e(884), __webpack_require__.e(683), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 34270));
        signoffHints = nearMisses(attested.keys, core.items, attested.normalise, signedInContext);
        // A tick of an item a check decides changes nothing and the check's verdict is shown anyway: a notice, not a warning.
        for (const hint of signoffHints)
            if (hint.kind === 'bound' && log.notice)
                log.notice(hint.message);
            else
                log.warn(hint.message);
    }
    // The action's `attesters`: ticks in approving reviews get the description's hints, naming the reviewer, and a review that
    // signs nothing off (a comment review, a reviewer who is no attester\u2026) but ticks a pending item is said, once. A few at most.
    let reviewNotices;
    if (reviewSigners.length || (notCounting.length && signerOf)) {
        const { nearMisses } = await Promise.all(/* import() */[__webpack_require__.e(884), __webpack_require__.e(683), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 34270));
        const said = new Set((signoffHints ?? []).map((h) => `${h.kind}\0${h.tick}\0${h.items.join('\0')}`));
        const fromReviews = [];
        let more = 0;
        for (const { signer, by, signed } of reviewSigners) {
            for (const hint of nearMisses(signer.keys, core.items, signer.normalise, signed, `the review approving the pull request by @${by}`)) {
                const key = `${hint.kind}\0${hint.tick}\0${hint.items.join('\0')}`;
                if (said.has(key))
                    continue;
                said.add(key);
                if (fromReviews.length < MAX_REVIEW_HINTS)
                    fromReviews.push({ ...hint, by });
                else
                    more++;
            }
        }
        for (const hint of fromReviews)
            if (hint.kind === 'bound' && log.notice)
                log.notice(hint.message);
            else
                log.warn(hint.message);
        if (more)
            log.warn(`${more} more tick${more === 1 ? '' : 's'} in approving reviews sign${more === 1 ? 's' : ''} nothing off though ${more === 1 ? 'it nearly names' : 'they nearly name'} a pending item (not listed: at most ${MAX_REVIEW_HINTS} are)`);
        if (fromReviews.length)
            signoffHints = [...(signoffHints ?? []), ...fromReviews];
        // The manual items still pending that a review signing nothing off ticks (or nearly does).
        const pending = core.items.filter((i) => i.status === 'pending' && i.kind === 'manual' && !i.notDone);
        const notices = [];
        let unsaid = 0;
        for (const r of signerOf ? notCounting : []) {
            const s = signerOf(r.body, r.by);
            const named = new Set(pending.filter((i) => s.keys.has(s.normalise(i.title)) || s.keys.has(s.normalise(i.id)) || s.inContext?.(i.group ?? [], i.title)).map((i) => i.id));
            for (const hint of nearMisses(s.keys, core.items, s.normalise))
                if (hint.kind !== 'bound')
                    for (const id of hint.items)
                        named.add(id);
            if (!named.size)
                continue;
            if (notices.length >= MAX_REVIEW_NOTICES) {
                unsaid++;
                continue;
            }
            const ids = [...named];
            const listed = `${ids.slice(0, 3).map((id) => `'${id}'`).join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}`;
            notices.push(`${r.review} ticks the pending item${ids.length === 1 ? '' : 's'} ${listed} but signs nothing off: ${r.why}`);
        }
        const say = (text) => { const line = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`; if (log.notice)
            log.notice(line);
        else
            log.warn(line); };
        for (const notice of notices)
            say(notice);
        if (unsaid)
            say(`${unsaid} more review${unsaid === 1 ? '' : 's'} tick${unsaid === 1 ? 's' : ''} pending items and sign${unsaid === 1 ? 's' : ''} nothing off (not listed: at most ${MAX_REVIEW_NOTICES} are)`);
        if (notices.length)
            reviewNotices = notices;
    }
    const report = (0,redact/* redactReport */.a5)({
        ...core,
        checklist: {
            file: checklist.file,
            format: checklist.format,
            ...(checklist.format === 'markdown' ? { uncovered: (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 94639))).uncoveredChecks(checklist) } : {}),
        },
        // Credentials in the URL are sent as a header, never shown.
        target: { url: probeConfig.config ? splitUserinfo(probeConfig.config.url).url : null },
        context: { event: opts.event, pullRequest: opts.pullRequest ?? null, gatesManual: opts.gatesManual ?? true },
    }, masks, withoutUrlParams(masks, urlParams));
    // A baseline being recorded: each entry's line hash, from the lines its fingerprint read (never read again from disk).
    let lineHashes;
    let lineForms;
    if (opts.recordingBaseline) {
        lineHashes = {};
        lineForms = {};
        // Once per check and line, the line's fingerprints by its text and by its key: a one-line file holds many findings (each
        // of a secret its own fingerprint), and hashing the whole line again for each made recording a baseline quadratic.
        const prints = new Map();
        for (const f of core.findings) {
            if (f.file && f.line && f.fingerprint && !f.note) {
                const lineKeyOf = `${f.check}\0${f.file}\0${f.line}`;
                let print = prints.get(lineKeyOf);
                if (print === undefined) {
                    const text = lineText(f.file, f.line);
                    prints.set(lineKeyOf, (print = text !== undefined ? (0,gate/* lineFormPrint */.MF)(f.check, f.file, text) : null));
                }
                // Only a finding known by its line's text has a form (one known by its secret or subject has none).
                if (print && print.byText === f.fingerprint && print.byKey !== undefined)
                    lineForms[`${f.fingerprint}\0${f.file}\0${f.line}`] = print.byKey;
            }
            // Once per line: a one-line file is the line of every finding in it.
            const key = `${f.file}\0${f.line}`;
            if (key in lineHashes)
                continue;
            const text = f.file && f.line ? lineText(f.file, f.line) : undefined;
            if (text !== undefined)
                lineHashes[key] = (0,gate_baseline/* lineHash */.Hw)(text);
        }
    }
    const inherited = checklist.items.filter((it) => it.inheritedAt);
    const inheritedAt = inherited.length ? Object.fromEntries(inherited.map((it) => [it.id, it.inheritedAt])) : undefined;
    return { report, root: listing.root, masks, ...(baselineFile ? { baselineFile } : {}), ...(baselineFixed ? { baselineFixed } : {}), ...(inheritedAt ? { inheritedAt } : {}), ...(lineHashes ? { lineHashes } : {}), ...(lineForms ? { lineForms } : {}), ...(signoffHints?.length ? { signoffHints } : {}), ...(reviewNotices ? { reviewNotices } : {}), ...(unanswered !== undefined ? { unanswered: (0,redact/* redactText */.Rd)(unanswered, masks) } : {}) };
}
/**
 * The `paths` and `ignore` globs that name a folder outside the scanned one ({@link globOutside}: a root checklist's item for another
 * service of a monorepo, `services/api/**` in the run of `services/web`) and match a file git tracks there: no typo, so
 * not warned about. All such folders are listed by one `git ls-files` at the repository root (a monorepo's root
 * checklist names every service: one git run per job, not one per service); only in a sub-folder's run of a repository.
 */
async function globsMatchedOutside(globs, listing) {
    const out = new Set();
    if (!listing.base || !listing.git)
        return out;
    const byFolder = new Map();
    for (const glob of globs) {
        const lit = globOutside(glob, listing.base);
        if (lit === null || out.has(glob))
            continue;
        const st = external_node_fs_.statSync(external_node_path_.join(listing.root, lit), { throwIfNoEntry: false });
        // Nothing there: nothing tracked. A file the glob names itself: there, so no misspelling.
        if (!st)
            continue;
        if (!st.isDirectory()) {
            if ((0,plan/* globMatcher */.fU)([glob])(lit))
                out.add(glob);
            continue;
        }
        byFolder.set(lit, [...(byFolder.get(lit) ?? []), glob]);
    }
    if (!byFolder.size)
        return out;
    const files = await trackedUnder(listing.root, [...byFolder.keys()]);
    if (!files)
        return out;
    for (const globs of byFolder.values()) {
        for (const glob of globs)
            if (files.some((0,plan/* globMatcher */.fU)([glob])))
                out.add(glob);
    }
    return out;
}
const runGit = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The most folders named to one `git ls-files` as pathspecs; beyond it the whole repository is listed (still one run). */
const MAX_PATHSPECS = 256;
/**
 * The files git tracks (or has staged) in `folders` (repository paths) of the repository at `root`, by one `git ls-files`;
 * null when git cannot say. A submodule (mode 160000) is another repository: neither it nor anything in it is listed.
 */
async function trackedUnder(root, folders) {
    const specs = folders.length <= MAX_PATHSPECS ? folders.map((f) => `:(literal)${f}`) : [];
    let out;
    try {
        ({ stdout: out } = await runGit('git', ['-c', 'safe.directory=*', 'ls-files', '-z', '-s', '--full-name', '--', ...specs], { cwd: root, env: (0,git_env/* gitEnv */.g)(root), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }));
    }
    catch {
        return null;
    }
    const files = [];
    // `<mode> <object> <stage>\t<path>`: a file in a merge conflict has an entry per stage (a repeat matches the same).
    for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab !== -1 && !entry.startsWith('160000 '))
            files.push(entry.slice(tab + 1));
    }
    return files;
}
/** The limits of the one `git log` that asks history for a baseline's files: time, and bytes of names read. */
const HISTORY_TIMEOUT_MS = 10_000;
const HISTORY_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Whether a file of the scanned folder a baseline names, not there now, was this repository's. In a git checkout only
 * its history is evidence (deleted or renamed here, on any branch): a folder that holds files says nothing, as nearly
 * every repository has a `src/` or `.github/workflows/` (another repository's baseline would be counted as fixed). A
 * shallow clone's history may not reach the deletion: its files are then not known to have been here, and the gate
 * says so (`shallow`). Outside git (no history to ask) a file counts when another file of its folder is there.
 * Asked only when no file the baseline names is here (else the baseline is this repository's anyway, and every answer is
 * false: the gate does not need one).
 */
async function baselineFilesWereHere(baseline, snapshot, listing) {
    const none = { wasHere: () => false, shallow: false };
    const files = [...new Set((baseline.entries ?? []).flatMap((e) => (e.file ? [e.file] : [])))];
    if (!files.length || files.some((f) => snapshot.has(f)))
        return none;
    const missing = files.filter((f) => !snapshot.base || f.startsWith(`${snapshot.base}/`));
    if (!missing.length)
        return none;
    if (!listing.git) {
        const folders = new Set();
        for (const f of snapshot.files)
            for (let d = (0,classify/* dirname */.pD)(f); d && d !== snapshot.base; d = (0,classify/* dirname */.pD)(d)) {
                if (folders.has(d))
                    break;
                folders.add(d);
            }
        return { wasHere: (file) => folders.has((0,classify/* dirname */.pD)(file)), shallow: false };
    }
    const known = await namesInHistory(listing.root, missing.slice(0, MAX_PATHSPECS));
    const shallow = !known.size && await isShallow(listing.root);
    return { wasHere: (file) => known.has(file), shallow };
}
/**
 * Which of `files` (repository paths, named as the listing names them: quoteName's form when not UTF-8) git history has
 * in any commit of any ref, by one `git log` that stops once it has seen them all, and is bounded in time and in bytes
 * read (what it saw before a limit counts). A name that is not UTF-8 cannot be given to git as an argument: it is asked
 * by a glob whose `?` stands for each byte that is not, and the names git gives back (`-z`: as bytes, any character,
 * a newline too) are compared in the listing's form.
 */
async function namesInHistory(root, files) {
    const wanted = new Set(files);
    const known = new Set();
    const specs = files.flatMap((f) => {
        const bytes = (0,repo_read/* unquoteName */.Lh)(f);
        return bytes ? [`:(top,literal)${f}`, `:(top,glob)${globOfBytes(bytes)}`] : [`:(top,literal)${f}`];
    });
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('git', ['-c', 'safe.directory=*', 'log', '--all', '--no-renames', '--format=', '--name-only', '-z', '--', ...specs], { cwd: root, env: (0,git_env/* gitEnv */.g)(root), stdio: ['ignore', 'pipe', 'ignore'] });
        }
        catch {
            resolve(known);
            return;
        }
        let read = 0;
        let rest = Buffer.alloc(0);
        let over = false;
        const done = () => { if (over)
            return; over = true; clearTimeout(timer); child.kill(); resolve(known); };
        const timer = setTimeout(done, HISTORY_TIMEOUT_MS);
        child.on('error', done);
        child.on('close', done);
        child.stdout.on('data', (chunk) => {
            if (over)
                return;
            read += chunk.length;
            let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
            for (let end = buf.indexOf(0); end !== -1; end = buf.indexOf(0)) {
                const entry = buf.subarray(0, end);
                const name = (0,external_node_buffer_.isUtf8)(entry) ? entry.toString('utf8') : (0,repo_read/* quoteName */.AB)(entry);
                if (wanted.has(name))
                    known.add(name);
                buf = buf.subarray(end + 1);
            }
            rest = Buffer.from(buf);
            if (known.size === wanted.size || read > HISTORY_MAX_BYTES)
                done();
        });
    });
}
/** A `:(glob)` pathspec matching the bytes of a name that is not UTF-8: its UTF-8 parts literally, each other byte as `?`. */
function globOfBytes(bytes) {
    return (0,repo_read/* quoteName */.AB)(bytes).replace(/\\\\|\\[0-7]{3}|[*?[\]\\]/g, (m) => (m === '\\\\' ? '\\\\' : m.length === 4 ? '?' : `\\${m}`));
}
/** Whether the repository at `root` is a shallow clone (its history cut off); false when git cannot say. */
async function isShallow(root) {
    try {
        const { stdout } = await runGit('git', ['-c', 'safe.directory=*', 'rev-parse', '--is-shallow-repository'], { cwd: root, env: (0,git_env/* gitEnv */.g)(root), timeout: HISTORY_TIMEOUT_MS, encoding: 'utf8' });
        return stdout.trim() === 'true';
    }
    catch {
        return false;
    }
}
/** Each tracked symlink that resolves to another tracked file of the scan: link \u2192 target (repository paths). */
function linkTargets(links, snapshot) {
    const out = new Map();
    const realRoot = snapshot.reader.realRoot;
    for (const link of links) {
        // A link checked out as a plain file (core.symlinks=false): where its text leads.
        if (Object.hasOwn(snapshot.reader.textLinks, link)) {
            const to = (0,repo_read/* textLinkTarget */.D0)(snapshot.reader.textLinks, link);
            if ('target' in to && to.target !== link && snapshot.has(to.target))
                out.set(link, to.target);
            continue;
        }
        const real = (0,repo_read.safeRealpath)(external_node_path_.join(snapshot.root, link));
        if (!(0,repo_read/* isWithin */.UO)(realRoot, real))
            continue;
        const target = external_node_path_.relative(realRoot, real).split(external_node_path_.sep).join('/');
        if (target !== link && snapshot.has(target))
            out.set(link, target);
    }
    return out;
}
/**
 * A file read through a tracked symlink to another tracked file (`docker-compose.yml -> deploy/compose.prod.yml`) is
 * the same text: a finding at the link that its target has too (same check, line and column) is told once, at the
 * target. What only the link's name brings (a `.env` link to `config/production`) stays. When the two were judged
 * differently \u2014 the name makes one production and the other not (`Dockerfile -> Dockerfile.dev`, `compose.yml ->
 * docker-compose.yml`, which compose reads first) \u2014 the stronger verdict is kept (a failure over a note, the higher
 * severity), located at the target, where the text is written.
 */
function dropLinkTwins(outcomes, targets, planned) {
    if (!targets.size)
        return;
    const at = (file, f) => `${file}\0${f.line ?? ''}\0${f.column ?? ''}`;
    for (const [key, o] of outcomes) {
        if (!o.findings.some((f) => f.file && targets.has(f.file)))
            continue;
        // A note is weakest; a failure by the severity the gate gives it (forced, else its sub-case's, else its check's).
        const [i, j] = key.split(':').map(Number);
        const pc = planned[i].checks[j];
        const strength = (f) => (f.note ? 0 : 1 + types/* SEVERITIES */.oC.length - (0,types/* severityRank */.qs)((0,plan/* failureSeverity */.qF)(pc, f)));
        // The first finding at each place that is not a link's.
        const own = new Map();
        o.findings.forEach((f, i) => { if (f.file && !targets.has(f.file) && !own.has(at(f.file, f)))
            own.set(at(f.file, f), i); });
        const findings = [...o.findings];
        const drop = new Set();
        o.findings.forEach((f, i) => {
            const target = f.file ? targets.get(f.file) : undefined;
            const twin = target === undefined ? undefined : own.get(at(target, f));
            if (target === undefined || twin === undefined)
                return;
            drop.add(i);
            if (strength(f) > strength(findings[twin]))
                findings[twin] = { ...f, file: target };
        });
        outcomes.set(key, { ...o, findings: findings.filter((_, i) => !drop.has(i)) });
    }
}
/**
 * A file a checklist names (`baseline:`, `probes.ca`), relative to the checklist file: its
 * repository path, or a ConfigError at `where` when it leaves the repository.
 */
function checklistPath(label, value, where, checklistAbs, snapshot) {
    const file = repositoryPath(value, checklistAbs, snapshot);
    if (file === null)
        throw new types/* ConfigError */.xL(`${label} '${value}' points outside the repository`, where);
    return file;
}
/**
 * Why a file named by path (`--checklist`, the action's `checklist` input) must not be read: it lies in the repository
 * (`root`, or its real path `realRoot`) but is in a `.git` folder, or resolves (a symlinked file or folder on the way) out
 * of the repository or into its `.git` folder; undefined for any other path (outside the repository, or staying inside).
 */
function leavingRepository(abs, root, realRoot) {
    const base = (0,repo_read/* isWithin */.UO)(root, abs) ? root : (0,repo_read/* isWithin */.UO)(realRoot, abs) ? realRoot : null;
    if (base === null)
        return undefined;
    if ((0,repo_read/* inGitFolder */.Kv)(external_node_path_.relative(base, abs).split(external_node_path_.sep).join('/')))
        return repo_read/* GIT_FOLDER_NAMED */.mP;
    const real = (0,repo_read.safeRealpath)(abs);
    if (!(0,repo_read/* isWithin */.UO)(realRoot, real))
        return 'symlink pointing outside the repository (a checklist in the repository must stay in it)';
    if ((0,repo_read/* isWithin */.UO)(external_node_path_.join(realRoot, '.git'), real))
        return repo_read/* GIT_DIR_SKIP */.z0;
    return undefined;
}
/** The repository path of a path a checklist names (relative to the checklist file), or null when it leaves the repository. */
function repositoryPath(value, checklistAbs, snapshot) {
    const abs = external_node_path_.resolve(checklistAbs ? external_node_path_.dirname(checklistAbs) : snapshot.root, value);
    const file = external_node_path_.relative(snapshot.root, abs).split(external_node_path_.sep).join('/');
    return file.startsWith('..') || external_node_path_.isAbsolute(file) ? null : file;
}
function outsideRepository(value, checklistAbs, snapshot) {
    return repositoryPath(value, checklistAbs, snapshot) === null;
}
/**
 * The text of the discovered checklist `file` (a repository path) that git tracks but a sparse checkout leaves out of the
 * working tree, read from git's index (what a checkout would write), with the rules of a checklist read from disk (at
 * most 1 MiB, UTF-8 text). A symlink's target is not followed (where it points may be left out too): a ConfigError,
 * as is one git cannot read; both say to add the file's folder to the sparse checkout.
 */
async function sparseChecklist(root, file) {
    const folder = (0,classify/* dirname */.pD)(file);
    const fix = `add it to the sparse checkout (actions/checkout: \`sparse-checkout: ${folder || file}\` beside the folders it checks out; locally \`git sparse-checkout add ${folder || `/${file}`}\`), or name a checklist with --checklist (the checklist input)`;
    const blob = await (0,files/* indexBlob */.wX)(root, file);
    const where = { file };
    if (blob === null)
        throw new types/* ConfigError */.xL(`the checklist ${file} is tracked, but a sparse checkout leaves it out of the working tree and git cannot read it: ${fix}`, where);
    if (blob.mode === '120000')
        throw new types/* ConfigError */.xL(`the checklist ${file} is a symlink that a sparse checkout leaves out of the working tree, so what it points to is not read: ${fix}`, where);
    if (blob.bytes.length > repo_read/* MAX_FILE_BYTES */.gZ)
        throw new types/* ConfigError */.xL(`the checklist cannot be read: ${repo_read/* TOO_LARGE_SKIP */.X1} (1 MiB, the most a discovered checklist may be)`, { file, line: 1, column: 1 });
    if (blob.bytes.includes(0))
        throw new types/* ConfigError */.xL('the checklist cannot be read: binary or UTF-16 text (not UTF-8): save it as UTF-8', { file, line: 1, column: 1 });
    return new TextDecoder('utf-8').decode(blob.bytes);
}
/** The text of a file a checklist names, read like any repository file (never outside it, links included). */
function readChecklistFile(label, value, where, checklistAbs, snapshot) {
    const file = checklistPath(label, value, where, checklistAbs, snapshot);
    const got = snapshot.reader.readNamed(file);
    if ('text' in got)
        return { file, text: got.text };
    if (/outside the repository/.test(got.reason))
        throw new types/* ConfigError */.xL(`${label} '${value}' points outside the repository`, where);
    throw new types/* ConfigError */.xL(`${label} '${value}' ${got.reason.startsWith('not found') ? got.reason : `cannot be read: ${got.reason}`} (paths are relative to the checklist file)`, where);
}
async function parseChecklistText(file, raw, outside, stream = false) {
    // Lone-CR line breaks (classic Mac OS) read as LF, one character for one, whatever the source (a file named on the
    // command line, the base commit's): as the repository reader reads every file.
    const text = (0,repo_read/* crLineBreaks */.wA)(raw);
    (0,load/* assertChecklistText */.oG)(file, text);
    // A stream (`-`, `<(\u2026)`: `/dev/fd/63`) has no name to tell its format by, unless it ends in one: told from its text.
    const markdown = stream && !/\.(md|markdown|ya?ml|json)$/i.test(file) ? (0,run/* checklistFormatOf */.r)(text) === 'markdown' : /\.(md|markdown)$/i.test(file);
    if (markdown) {
        // The parser binds items (explicit comments, then the matcher) itself.
        const { parseMarkdownChecklist } = await Promise.all(/* import() */[__webpack_require__.e(884), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 683));
        return parseMarkdownChecklist(file, text);
    }
    return (0,load/* parseYamlChecklist */.nn)(file, text, { outside });
}
async function runStatic(planned, snapshot, now, env, logger, pool) {
    const out = new Map();
    // Checks with a file scanner: one job per (check, options); items with equal options share it.
    const jobs = [];
    const jobKeys = new Map();
    const later = [];
    const direct = [];
    planned.forEach((p, i) => {
        const view = p.scope ? snapshot.view(p.scope) : snapshot;
        // As plan() composed the item's scope: the item's `ignore` and the checklist's, each with its own negations.
        const excluded = p.scope ? p.excluded ?? null : null;
        p.checks.forEach((c, j) => {
            if (c.off || c.def.kind !== 'static')
                return;
            const def = c.def;
            const key = `${i}:${j}`;
            if (!def.scan) {
                direct.push({ key, def, view, scope: p.scope, excluded, options: c.options });
                return;
            }
            const jobKey = `${def.id}\0${JSON.stringify(c.options)}`;
            let job = jobKeys.get(jobKey);
            if (job === undefined) {
                job = jobs.push({ check: def.id, options: c.options }) - 1;
                jobKeys.set(jobKey, job);
            }
            later.push({ key, def, view, scope: p.scope, excluded, options: c.options, job });
        });
    });
    /**
     * A scoped item (`paths`, `ignore`) judges the files in its scope, but what those files lead to is read wherever
     * it is (the module a Dockerfile's `CMD python app.py` runs, the settings module DJANGO_SETTINGS_MODULE names):
     * when the scope holds something to judge, the check runs on the whole repository and keeps the findings located
     * in the scope. Nothing to judge in the scope stays `skipped`. A scope whose own run skipped for want of what leads
     * to its files (a scope of Python files only leaves out the Procfile that runs `app.run(debug=True)`) still keeps
     * the whole-repository findings located in it; when there are none, the item keeps its own reason. A finding that
     * holds as kustomize overlays render a base (`k8s/base/deployment.yaml:14 \u2026 in kustomize overlay k8s/overlays/prod`) is
     * located in those overlays too (RawFinding.overlays, their kustomization files): a scope of the overlay's folder keeps
     * it, as a scope of the base's does, unless the item's `ignore` leaves out the base's file (a waived legacy base).
     */
    /**
     * An item's findings without those that repeat another it keeps (RawFinding.repeatsCause): a finding at its cause's line
     * that fails (not a note) stands for both. Applied after the scope, so a finding whose cause the scope leaves out stays.
     */
    const withoutRepeats = (o) => {
        if (!o.findings.some((f) => f.repeatsCause))
            return o;
        const failing = new Set(o.findings.filter((f) => !f.note && !f.repeatsCause && f.file).map((f) => `${f.file}:${f.line}`));
        return { ...o, findings: o.findings.filter((f) => !(f.repeatsCause && f.cause && failing.has(`${f.cause.file}:${f.cause.line}`))) };
    };
    // The whole-repository run of a check is the same for every scoped item with the same options: run once
    // (a monorepo checklist with one scoped item per service ran it once per item).
    // Its findings' files are listed once too, so each item tests its globs per file, not per finding.
    const wholeRuns = new Map();
    const scoped = async (def, scope, excluded, view, inView, whole, wholeKey) => {
        const own = await inView();
        const judgesScope = def.judgesScope === true;
        // A scope that holds no tracked file at all is most likely a typo in `paths`: say so rather than the check's own
        // reason \u2014 and for every check alike, also one that never skips (default-credentials passed on an empty scope,
        // which made a mistyped glob look verified).
        // A check that judges the paths its scope names (env-file-not-ignored: the untracked `.env`) says itself whether
        // it judged any.
        if (scope && !own.findings.length && !own.error && !view.files.length && (!judgesScope || own.skipped !== undefined))
            return { ...own, skipped: `no tracked file is in the item's scope (paths/ignore match nothing)` };
        if (!scope || judgesScope || own.error)
            return own.skipped !== undefined && scope ? leftOut(def, view, own) : own;
        const skipped = own.skipped !== undefined && !own.findings.length;
        let run = wholeRuns.get(wholeKey);
        if (!run) {
            run = whole().then(indexFiles);
            wholeRuns.set(wholeKey, run);
        }
        const { all, files, fileOf } = await run;
        if (all.error)
            return own;
        const inScope = files.map((f) => scope(f));
        // The overlays' kustomization files, each tested once per item.
        const overlayIn = new Map();
        const inOverlay = (file) => { let v = overlayIn.get(file); if (v === undefined)
            overlayIn.set(file, v = scope(file)); return v; };
        const located = all.findings.map((f, k) => fileOf[k] !== -1 && (inScope[fileOf[k]] || (!!f.overlays?.some(inOverlay) && !excluded?.(f.file))));
        // A skipped scope is taken over only by findings located in it (files lists the findings' files), never by a
        // repository-wide one alone.
        if (skipped && !located.some(Boolean))
            return leftOut(def, view, own);
        return { findings: all.findings.filter((_, k) => fileOf[k] === -1 || located[k]) };
    };
    // The file pass runs on worker threads while this thread runs the checks that need no pass.
    const defs = new Map(later.map((c) => [c.def.id, c.def]));
    // Workers know the registered checks only; a check defined elsewhere (a test's) runs here.
    const registered = [...defs.values()].every((d) => checks/* CHECKS */.u.includes(d));
    // Workers started early (an engine thread's pool) serve this pass when they can; else none or new ones.
    const usable = pool !== null && registered && jobs.length > 0;
    if (pool && !usable)
        pool.release();
    const threads = usable ? pool : registered ? (0,scan.threadCount)(snapshot.files.length, env) : 0;
    const pass = jobs.length
        ? (0,scan/* startScan */.yF)({ root: snapshot.root, realRoot: snapshot.reader.realRoot, base: snapshot.base, files: snapshot.files, textLinks: snapshot.reader.textLinks, jobs }, defs, threads, (f) => snapshot.cachedText(f) ?? snapshot.reader.read(f), (f) => snapshot.reader.readChunks(f))
        : null;
    const spent = new Map();
    const tDirect = performance.now();
    for (const c of direct) {
        const t = performance.now();
        out.set(c.key, withoutRepeats(await scoped(c.def, c.scope, c.excluded, c.view, () => (0,execute/* executeCheck */.Q)(c.def, c.view, c.options, now), () => (0,execute/* executeCheck */.Q)(c.def, snapshot, c.options, now), `${c.def.id}\0${JSON.stringify(c.options)}`)));
        spent.set(c.def.id, (spent.get(c.def.id) ?? 0) + performance.now() - t);
    }
    if (direct.length)
        logger.debug(`checks without a file pass: ${Math.round(performance.now() - tDirect)} ms (${[...spent].sort((a, b) => b[1] - a[1]).map(([id, ms]) => `${id} ${Math.round(ms)}`).join(', ')})`);
    if (pass) {
        // While worker threads scan, the judges' work that needs no scanner results (see CheckDef.prepare): done now, it
        // is not left for after the pass, when this thread judges alone. Without workers the judges do it themselves.
        if (pass.workers > 0) {
            const tPrep = performance.now();
            const prepared = new Set();
            for (const c of later)
                if (c.view === snapshot && !prepared.has(c.def)) {
                    prepared.add(c.def);
                    // A helper that throws is not memoized: the check's run meets the error again, and reports it as its outcome.
                    try {
                        c.def.prepare?.(snapshot);
                    }
                    catch { /* reported by the run */ }
                }
            logger.debug(`file-pass checks prepared in ${Math.round(performance.now() - tPrep)} ms while ${pass.workers} worker thread${pass.workers === 1 ? '' : 's'} scanned`);
        }
        const t0 = performance.now();
        const scan = await pass.finish();
        snapshot.absorb(scan);
        logger.debug(`file pass: ${snapshot.files.length} files, ${jobs.length} scanner${jobs.length === 1 ? '' : 's'}, ${scan.threads} worker thread${scan.threads === 1 ? '' : 's'} delivered, ${scan.reads} files read by workers (${Math.round(performance.now() - t0)} ms after the other checks)`);
        const tLater = performance.now();
        const judged = new Map();
        for (const c of later) {
            const error = scan.errors[c.job];
            if (error) {
                out.set(c.key, { findings: [], error });
                continue;
            }
            const t = performance.now();
            const all = scan.results[c.job];
            const rows = c.view === snapshot ? all : all.filter((r) => c.view.has(r.file));
            out.set(c.key, withoutRepeats(await scoped(c.def, c.scope, c.excluded, c.view, () => (0,execute/* executeCheck */.Q)(c.def, c.view, c.options, now, rows), () => (0,execute/* executeCheck */.Q)(c.def, snapshot, c.options, now, all), `job\0${c.job}`)));
            judged.set(c.def.id, (judged.get(c.def.id) ?? 0) + performance.now() - t);
        }
        logger.debug(`file-pass checks judged in ${Math.round(performance.now() - tLater)} ms (${[...judged].sort((a, b) => b[1] - a[1]).map(([id, ms]) => `${id} ${Math.round(ms)}`).join(', ')})`);
    }
    return out;
}
/**
 * A scoped item's skip, saying which files of its scope the check leaves alone as files of test or example folders
 * (`paths: ["examples/**"]`: `examples/demo/Dockerfile` builds no production image), rather than only that nothing was
 * found: the Dockerfiles a skip reason about Dockerfiles or their commands means, and the compose files and manifests
 * the check's `judges` leaves out.
 */
function leftOut(def, view, own) {
    if (own.skipped === undefined || own.findings.length)
        return own;
    const aboutDockerfiles = /Dockerfile|CMD/.test(own.skipped);
    // The files holding Kubernetes objects, gathered once (not a pass over every object per file of the scope).
    let manifests;
    const isManifest = (f) => (manifests ??= new Set(view.k8sObjects().map((o) => o.file))).has(f);
    const files = view.files.filter((f) => ((0,classify/* isDockerfile */.pZ)(f)
        ? !(0,classify/* isTemplate */.Fl)(f) && (def.judges ? !def.judges(view, f) : aboutDockerfiles && (0,groups/* isIllustrationDockerfile */.jv)(view, f))
        : def.judges !== undefined && !(0,classify/* isTemplate */.Fl)(f) && ((0,classify/* isComposeFile */.Pv)(f) || isManifest(f)) && !def.judges(view, f)));
    if (!files.length)
        return own;
    const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
    return { ...own, skipped: `${own.skipped}; ${named} ${files.length > 1 ? 'are left out as files of test or example folders, which deploy' : 'is left out as a file of a test or example folder, which deploys'} nothing to production` };
}
/** An outcome with the distinct files of its findings, and each finding's index in them (-1: no file). */
function indexFiles(all) {
    const files = [];
    const index = new Map();
    const fileOf = Int32Array.from(all.findings, (f) => {
        if (!f.file)
            return -1;
        let i = index.get(f.file);
        if (i === undefined) {
            i = files.push(f.file) - 1;
            index.set(f.file, i);
        }
        return i;
    });
    return { all, files, fileOf };
}
/** Why a CA file's text cannot be used as PEM certificates, or undefined when every block parses. */
function pemProblem(text) {
    const blocks = (0,util/* pemBlocks */.PQ)(text);
    if (!blocks.length) {
        const other = /-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(text)?.[1];
        return other
            ? `holds no certificate (found -----BEGIN ${other}-----, expected -----BEGIN CERTIFICATE-----)`
            : 'is not a PEM certificate (no -----BEGIN CERTIFICATE----- block; a DER file converts with `openssl x509 -inform der -in FILE -out ca.pem`)';
    }
    for (const [i, block] of blocks.entries()) {
        try {
            new external_node_crypto_.X509Certificate(block);
        }
        catch (e) {
            return `holds a certificate that cannot be parsed (${blocks.length > 1 ? `block ${i + 1}: ` : ''}${(e.message ?? String(e)).split('\n')[0]})`;
        }
    }
    return undefined;
}
/** Why a file of role `what` is read from the base commit, as its not-found error says it. */
function baseWhy(opts, what) {
    return opts.readBaseWhy?.(what) ?? `on pull_request_target the ${what} is read from the base branch`;
}
/**
 * The CA file's text from the base commit (`opts.readBase`), when probes would run and a CA is
 * named (the `ca` input inside the repository, else `probes.ca`); undefined otherwise. A file the
 * base commit does not have is a ConfigError.
 */
async function readBaseCa(opts, list, checklistAbs, snapshot, rel, cwd) {
    const p = list.probes;
    const url = opts.url === undefined || opts.url === '' ? p.url : opts.url;
    if (opts.probes === false || !url || !opts.readBase)
        return undefined;
    let file;
    let named;
    let where;
    if (opts.ca) {
        file = rel(external_node_path_.resolve(cwd, opts.ca));
        // Outside the repository (a file an earlier step wrote, e.g. from a secret into
        // $RUNNER_TEMP) no pull request wrote it: read from disk like any caller's file.
        if (external_node_path_.isAbsolute(file))
            return undefined;
        named = `CA file ${opts.ca}`;
    }
    else if (p.ca) {
        where = p.where?.ca ?? (list.file ? { file: list.file } : undefined);
        file = checklistPath('probes.ca', p.ca, where, checklistAbs, snapshot);
        named = `probes.ca '${p.ca}'`;
    }
    else
        return undefined;
    const text = await opts.readBase(file, 'CA file');
    if (text === null)
        throw new types/* ConfigError */.xL(`${named} not found in the base commit (${baseWhy(opts, 'CA file')})`, where);
    return text;
}
/**
 * The masks that apply to the team's own checklist text (item titles and ids): all but what only a URL's credential parameter
 * put there (a value also pushed for another reason \u2014 a `${PREFLIGHT_TOKEN}` substituted into `?token=` \u2014 stays).
 */
function withoutUrlParams(masks, urlParams) {
    const left = new Map();
    for (const v of urlParams)
        left.set(v, (left.get(v) ?? 0) + 1);
    return masks.filter((v) => {
        const n = left.get(v) ?? 0;
        if (n > 0) {
            left.set(v, n - 1);
            return false;
        }
        return true;
    });
}
function resolveProbeConfig(opts, list, checklistAbs, snapshot, cwd, env, masks, urlParams, logger, baseCa) {
    const p = list.probes;
    // The caller's own settings are named as the caller spelled them: CLI flags, or the action's inputs.
    const flag = (name) => (opts.event === undefined ? `--${name}` : `input '${name}'`);
    // Where a `probes:` value is written (the parser records it).
    const at = (...keyPath) => {
        if (!list.file)
            return undefined;
        const [key, name] = keyPath;
        const loc = key === 'url' ? p.where?.url : key === 'ca' ? p.where?.ca : key === 'http-url' ? p.where?.httpUrl : key === 'headers' && name !== undefined ? p.where?.headers?.[name] : undefined;
        return loc ?? { file: list.file };
    };
    // Only ${PREFLIGHT_*} variables are substituted (see unsubstitutedProblem; the checklist's parser reports these with
    // its other mistakes, this is the last guard before anything is sent).
    const foreign = (s, key) => {
        const problem = (0,settings/* unsubstitutedProblem */.lu)(s);
        if (problem)
            throw new types/* ConfigError */.xL(`probes.${key.join('.')} ${problem}`, at(...key));
    };
    // An unset variable skips the probes with a notice (DESIGN: a fork's run may lack the secrets the checklist names),
    // naming where the setting is written (`file:line:column: \u2026`, as a ConfigError would); with probes off
    // (`--no-probes`) nothing is skipped for it: no notice.
    const unsetNotice = (message, where) => { if (opts.probes !== false)
        (logger.notice ?? logger.warn)(new types/* ConfigError */.xL(message, where).format()); };
    // A path that leaves the repository is wrong in the checklist itself, probes or not (the
    // checklist must fail where it is written, not at deploy time).
    if (p.ca)
        checklistPath('probes.ca', p.ca, at('ca'), checklistAbs, snapshot);
    if (p.url !== undefined)
        foreign(p.url, ['url']);
    if (p.httpUrl !== undefined)
        foreign(p.httpUrl, ['http-url']);
    for (const [k, v] of Object.entries(p.headers ?? {}))
        foreign(v, ['headers', k]);
    // The first unset variable `subst` met (named in the notice: the user must know which secret the run lacks).
    let unsetName = '';
    // Set to the empty string (a secret not available to the run) rather than not set at all: said as such.
    let unsetEmpty = false;
    const notSet = () => (unsetEmpty ? 'which is set to an empty value' : 'which is not set');
    const subst = (s, inUrl = false) => {
        let missing = false;
        const out = s.replace(/\$\{(PREFLIGHT_[A-Za-z0-9_]*)\}/g, (_m, name) => {
            const v = env[name];
            if (v === undefined || v === '') {
                if (!missing) {
                    unsetName = name;
                    unsetEmpty = v === '';
                }
                missing = true;
                return '';
            }
            if (inUrl ? (0,redact/* masksUrlValue */.SW)(name, v) : (0,redact/* masksValue */.Hc)(name, v))
                masks.push(v);
            return v;
        });
        return missing ? null : out;
    };
    const nonEmpty = (v) => (v === undefined || v === '' ? undefined : v);
    // Header values given by the caller are secrets whether or not probes run.
    masks.push(...(0,redact/* namedSecrets */.pr)(opts.headers ?? {}));
    // The plain-HTTP origin of the redirect probe: an http:// URL, or the probe would judge nothing real.
    const plainUrl = (value, label, where) => {
        const parts = (0,redact/* urlSecretParts */.Yh)(value);
        masks.push(...parts.password, ...parts.params);
        urlParams.push(...parts.params);
        const why = (0,settings/* plainUrlReason */.Ez)(value);
        if (why)
            throw new types/* ConfigError */.xL((0,redact/* redactText */.Rd)(`${label} '${value}': ${why}`, masks), where);
        return value;
    };
    // The caller's own plain-HTTP origin and CA file (--http-url, --ca; the action's inputs) are judged whether or not
    // the probes run (no URL at all, `--no-probes`), as a bad --timeout is: a typo in a wrapper's flag must not wait, unseen,
    // for the day a URL is added. On pull_request_target (`readBase`) the CA is judged only where a run with a URL reads it
    // (the base commit's copy when the probes run): a run without one does not read the pull request's copy for it.
    const callerHttpUrl = nonEmpty(opts.httpUrl) === undefined ? undefined : plainUrl(opts.httpUrl, flag('http-url'), undefined);
    const readCallerCa = (file) => {
        let text;
        try {
            text = (0,user_file/* readUserFile */.E1)(external_node_path_.resolve(cwd, file));
        }
        catch (e) {
            throw new types/* ConfigError */.xL(`CA file ${file} (${flag('ca')}) ${(0,types/* readProblem */.K)(e, 'a PEM file')}`);
        }
        const problem = pemProblem(text);
        if (problem)
            throw new types/* ConfigError */.xL(`CA file ${file} (${flag('ca')}) ${problem}`);
        return text;
    };
    const callerCa = baseCa === undefined && opts.ca && !opts.readBase ? readCallerCa(opts.ca) : undefined;
    const rawUrl = nonEmpty(opts.url) ?? p.url;
    if (!rawUrl)
        return { config: null, reason: 'no URL given (--url, the `url` input or probes.url)' };
    const url = nonEmpty(opts.url) ?? subst(rawUrl, true);
    if (url === null) {
        unsetNotice(`probes skipped: probes.url names \${${unsetName}}, ${notSet()} (only \${PREFLIGHT_*} variables are substituted: set it in the step's env)`, at('url'));
        return { config: null, reason: `probes.url names \${${unsetName}}, ${notSet()}` };
    }
    // A password in the URL is a secret wherever the URL is shown (report, logs, errors).
    const parts = (0,redact/* urlSecretParts */.Yh)(url);
    masks.push(...parts.password, ...parts.params);
    urlParams.push(...parts.params);
    const urlWhy = (0,settings/* httpUrlReason */.ml)(url);
    if (urlWhy) {
        const given = nonEmpty(opts.url) ? ` (${opts.urlFrom ?? flag('url')})` : '';
        throw new types/* ConfigError */.xL((0,redact/* redactText */.Rd)(`invalid URL '${url}'${given}: ${urlWhy}`, masks), given ? undefined : at('url'));
    }
    const headers = {};
    // A header the caller gives (--header, the `headers` input) wins per name: the checklist's value is never used, so an unset variable in it skips nothing.
    const given = new Set(Object.keys(opts.headers ?? {}).map((k) => k.toLowerCase()));
    for (const [k, v] of Object.entries(p.headers ?? {})) {
        if (given.has(k.toLowerCase()))
            continue;
        // A Host header's variables name the site, as the URL's do (`Host: ${PREFLIGHT_HOST}`): masked only under a secret-like name.
        const value = subst(v, (0,redact/* isHostHeader */.UM)(k));
        if (value === null) {
            unsetNotice(`probes skipped: header ${k} names \${${unsetName}}, ${notSet()} (only \${PREFLIGHT_*} variables are substituted: set it in the step's env)`, at('headers', k));
            return { config: null, reason: `probes.headers.${k} names \${${unsetName}}, ${notSet()}` };
        }
        // Like --header values, trimmed (a secret stored with a trailing newline); a CR/LF inside would
        // make every request fail.
        const trimmed = value.trim();
        const problem = (0,settings/* headerValueProblem */.kX)(trimmed);
        if (problem)
            throw new types/* ConfigError */.xL(`probes.headers.${k}: ${problem}${v.includes('${PREFLIGHT_') ? ' after substituting its ${PREFLIGHT_*} variables' : ''}, which cannot be sent in an HTTP header (the value is not shown)`, at('headers', k));
        const nameProblem = (0,settings/* headerNameProblem */.mF)(k, trimmed);
        if (nameProblem)
            throw new types/* ConfigError */.xL(`probes.headers.${k}: ${nameProblem}; remove it`, at('headers', k));
        headers[k] = trimmed;
    }
    for (const [k, v] of Object.entries(opts.headers ?? {}))
        (0,settings/* setHeader */.WH)(headers, k, v);
    masks.push(...(0,redact/* namedSecrets */.pr)(headers));
    let ca;
    if (baseCa !== undefined) {
        const problem = pemProblem(baseCa);
        if (problem)
            throw new types/* ConfigError */.xL(`${opts.ca ? `CA file ${opts.ca} (${flag('ca')})` : `probes.ca '${p.ca}'`} ${problem}`, opts.ca ? undefined : at('ca'));
        ca = baseCa;
    }
    else if (opts.ca) {
        ca = callerCa ?? readCallerCa(opts.ca);
    }
    else if (p.ca) {
        // A pull request's checklist must not make Preflight read outside the repository, symlinks
        // included: the CA is read like any repository file.
        const where = at('ca');
        const { text } = readChecklistFile('probes.ca', p.ca, where, checklistAbs, snapshot);
        const problem = pemProblem(text);
        if (problem)
            throw new types/* ConfigError */.xL(`probes.ca '${p.ca}' ${problem}`, where);
        ca = text;
    }
    let httpUrl;
    if (callerHttpUrl !== undefined)
        httpUrl = callerHttpUrl;
    else if (p.httpUrl) {
        const value = subst(p.httpUrl, true);
        if (value === null)
            unsetNotice(`probes.http-url names \${${unsetName}}, ${notSet()}: https-redirect probes the default plain-HTTP origin`, at('http-url'));
        else {
            httpUrl = plainUrl(value, 'probes.http-url', at('http-url'));
            // The checklist's http-url goes with its url (`https://staging\u2026` and `http://staging\u2026`): when the caller's URL
            // (a preview, a deployment_status URL) names another host, it would judge that other deployment.
            // Only when the caller's URL retargets the run (another host than the checklist's own probes.url): a checklist
            // pairing `https://www.example.com` with `http://example.com` keeps its pair when the same URL is passed again.
            const own = nonEmpty(opts.url) && p.url ? subst(p.url, true) : null;
            const retargeted = nonEmpty(opts.url) && (own === null || otherHost(own, url) !== null);
            const other = retargeted ? otherHost(httpUrl, url) : null;
            if (other !== null) {
                logger.warn(new types/* ConfigError */.xL((0,redact/* redactText */.Rd)(`probes.http-url is for host ${other.plain}, but ${opts.urlFrom ?? flag('url')} names ${other.url}: https-redirect probes ${other.url}'s plain-HTTP origin instead (set ${flag('http-url')} to choose)`, masks), at('http-url')).format());
                httpUrl = undefined;
            }
        }
    }
    return {
        reason: '',
        config: {
            url,
            httpUrl,
            health: p.health,
            timeoutMs: Math.round((opts.timeout ?? p.timeout ?? 10) * 1000),
            waitMs: Math.round((opts.wait ?? p.wait ?? 0) * 1000),
            headers,
            ca,
            allowSelfSigned: opts.allowSelfSigned ?? p.allowSelfSigned ?? false,
        },
    };
}
/** The hosts of a plain-HTTP origin and the probed URL when they differ (case-insensitively), else null. */
function otherHost(plain, url) {
    try {
        // A fully qualified name's trailing dot (`app.example.com.`) names the same host.
        const a = new URL(plain).hostname.toLowerCase().replace(/\.$/, '');
        const b = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
        return a === b ? null : { plain: a, url: b };
    }
    catch {
        return null;
    }
}
async function runProbeItems(planned, resolved, enabled, logger, onUnanswered) {
    const out = new Map();
    const tasks = [];
    planned.forEach((p, i) => p.checks.forEach((c, j) => {
        if (c.off || c.def.kind !== 'probe')
            return;
        const key = `${i}:${j}`;
        if (!enabled)
            out.set(key, { findings: [], skipped: 'probes disabled (--no-probes)' });
        else if (!resolved.config)
            out.set(key, { findings: [], skipped: resolved.reason });
        else
            tasks.push({ key, probe: c.def, options: c.options });
    }));
    if (tasks.length && resolved.config) {
        const results = await runProbes(tasks, resolved.config, logger, onUnanswered);
        for (const t of tasks) {
            const r = results.get(t.key) ?? { error: 'probe did not run', findings: [] };
            out.set(t.key, r.error ? { findings: r.findings, error: r.error } : r.skipped && !r.findings.length ? { findings: [], skipped: r.skipped } : { findings: r.findings });
        }
    }
    return out;
}
/**
 * Where a checklist warning points: every one starts `FILE:LINE[:COLUMN]: ` with the checklist's own file (see
 * `Checklist.warnings`), read back here so the action can annotate that line. None for a preset's warnings.
 */
function warningWhere(file, warning) {
    if (!file || !warning.startsWith(`${file}:`))
        return undefined;
    const m = /^(\d+)(?::(\d+))?: /.exec(warning.slice(file.length + 1));
    if (!m)
        return { file };
    return { file, line: Number(m[1]), ...(m[2] ? { column: Number(m[2]) } : {}) };
}


/***/ }),

/***/ 1148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ folderRelativeMessage),
/* harmony export */   Hw: () => (/* binding */ lineHash),
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   Sk: () => (/* binding */ saysNoAnswer),
/* harmony export */   V0: () => (/* binding */ namesPathBelow),
/* harmony export */   Wr: () => (/* binding */ notRunMessage),
/* harmony export */   bw: () => (/* binding */ fixedEntriesList),
/* harmony export */   jz: () => (/* binding */ legacyKey),
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   saysNotRun: () => (/* binding */ saysNotRun),
/* harmony export */   toBaseline: () => (/* binding */ toBaseline)
/* harmony export */ });
/* unused harmony export BASELINE_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9691);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _repo_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52365);
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39580);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62595);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52907);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44842);
/* harmony import */ var _checklist_issue_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58343);









/**
 * Version 2 fingerprints a finding by what its check judged when the check names it (the Dockerfile stage, the image
 * repository, the compose service and port: `RawFinding.subject`, without the line numbers it may name), version 1 by
 * its line's text. A version 1 file (written before) keeps working: its entries are matched by the line form, as they
 * were written; so does a version 2 file an earlier release wrote (a subject with its line numbers, the line form of a
 * committed .env or Django's DEBUG before they had a subject: `aliases` in src/gate/gate.ts). Entries also say where
 * their finding was (`line`, `lineHash`), a tie-breaker only, and (`form`) what its line's text is reformatted, for a
 finding known by that text; earlier releases read such files and ignore all three.
 */
const BASELINE_VERSION = 2;
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(2)]),
    tool: zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz('preflight').optional(),
    findings: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({ check: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().nullable().optional(), fingerprint: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional(), line: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().int().positive().optional(), lineHash: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional(), form: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional() })),
});
/**
 * image-tag-pinned's digest hint as its messages now end (`` (`image:tag@sha256:\u2026`) ``, no mention in Markdown) and as
 * earlier releases wrote it into baselines (`(@sha256:\u2026)`): read as the same words, so a version 1 entry still knows
 * its finding.
 */
const DIGEST_HINT_NOW = /(?<=; pin a version tag or a digest )\(`image:tag@sha256:\u2026`\)/g;
const LEGACY_DIGEST_HINT = '(@sha256:\u2026)';
/**
 * The key under which a version 1 entry is found by what it says (`Baseline.legacy`): check, file and message, with
 * the tags and digests of image references left out (`base image python:3.11` and `python:3.11.9` after a Renovate
 * bump say the same about the stage; the subject fingerprints of version 2 leave out the whole line).
 */
const legacyKey = (check, file, message) => `${check}\0${file ?? ''}\0${message.replace(DIGEST_HINT_NOW, LEGACY_DIGEST_HINT).replace(/(?<=[\w./-]):\w[\w.-]{0,127}(?:@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64}/g, '')}`;
/** A path-like token starting with `base/` (not the tail of a longer path): where a message names a path below the folder. */
const pathsBelow = (base) => new RegExp(`(?<![\\w./-])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?=[^\\s'"\`,;)])`, 'g');
/**
 * A repository-wide finding's message (one without a file: no `.gitignore` at all) as a run over the whole repository
 * words it: the paths below the scanned folder `base` named relative to that folder (`'services/web/.env'` \u2192 `'.env'`).
 * A sub-folder's run knows such a finding by this form too, so a baseline recorded at the root knows the same problem.
 */
function folderRelativeMessage(message, base) {
    return base ? message.replace(pathsBelow(base), '') : message;
}
/** Whether a message names a path below the folder `base` (a repository-wide finding recorded for that folder's paths). */
function namesPathBelow(message, base) {
    return !!base && pathsBelow(base).test(message);
}
/**
 * A baseline entry as a note names it: its check and where its finding was (`file:line`), else the start of its
 * fingerprint (a repository-wide or probe finding has no file).
 */
function describeEntry(e) {
    // As the baseline file has them (it is the repository's): control characters written as `\xNN`, as report paths are.
    const check = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printablePath */ .Vj)(e.check);
    return e.file ? `${check} at ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printablePath */ .Vj)(e.file)}${e.line ? `:${e.line}` : ''}` : `${check} with fingerprint ${(0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printablePath */ .Vj)(e.fingerprint.slice(0, 8))}`;
}
/** The fixed entries a note names at most; the rest are counted. */
const FIXED_NAMED = 5;
/** The fixed entries as the "baseline entries are fixed" note lists them (`describeEntry`), the first few named. */
function fixedEntriesList(names) {
    const shown = names.slice(0, FIXED_NAMED).join('; ');
    return names.length > FIXED_NAMED ? `${shown}; and ${names.length - FIXED_NAMED} more` : shown;
}
/** What a baseline entry's `lineHash` holds: a hash of the line's text, whitespace collapsed (as fingerprints read lines). */
const lineHash = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`line\0${text.trim().replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16);
/**
 * A finding that says the deployment did not answer (health-endpoint's "health endpoint /healthz did not answer:
 * connection refused by \u2026", "\u2026 redirects to \u2026, which did not answer: timed out \u2026"): an outage, not a finding to adopt.
 * A baseline never records one, and one an earlier release recorded is never known by it: an unreachable production
 * URL blocks the merge (DESIGN). A finding that only mentions a hop that did not answer, in passing, about another
 * problem ("redirects to http://\u2026, leaving HTTPS for plain HTTP (which did not answer: \u2026)") is that problem. So is the
 * finding of a failing item's part that could not run (`notRunMessage`).
 */
function saysNoAnswer(f) {
    return !f.file && f.message !== undefined && (NO_ANSWER.test(f.message) || saysNotRun(f));
}
const NO_ANSWER = /(?<!\(which )\bdid not answer: /;
/**
 * What the finding of a failing item's part that could not run says (`tls-version could not run: connection refused by
 * \u2026`): an outage or a probe's error, not a finding to adopt either (`saysNoAnswer`).
 */
const notRunMessage = (ids, reason) => `${(0,_words_js__WEBPACK_IMPORTED_MODULE_8__/* .andList */ .c)(ids)} could not run: ${reason}`;
/** Whether a finding is the part of a failing item that could not run (`notRunMessage`). */
const saysNotRun = (f) => !f.file && f.message !== undefined && NOT_RUN.test(f.message);
const NOT_RUN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:(?:, | and )[a-z0-9]+(?:-[a-z0-9]+)*)* could not run: /;
/**
 * A baseline: today's findings by fingerprint, so adoption can start without fixing everything. Each entry also says
 * where its finding was (`line`, and `lineHash` when `hashOf` knows the line's: `RunResult.lineHashes`): never part of its identity, only which
 * of several findings sharing a fingerprint is the one recorded (a known secret pasted again above its line). A finding
 * known by its line's text also records `form` when `formOf` knows it (`RunResult.lineForms`): that line reformatted keeps it known.
 */
function toBaseline(report, hashOf, formOf) {
    const findings = report.findings
        .filter((f) => !f.note && !f.suppressed && f.fingerprint && (f.item !== null || f.check === 'parse-error') && !saysNoAnswer(f))
        .map((f) => {
        const hash = f.file && f.line ? hashOf?.(f.file, f.line) : undefined;
        const form = f.file && f.line && f.check !== 'parse-error' ? formOf?.(f.fingerprint, f.file, f.line) : undefined;
        return { check: f.check, file: f.file, fingerprint: f.fingerprint, message: f.message, ...(f.line ? { line: f.line } : {}), ...(hash !== undefined ? { lineHash: hash } : {}), ...(form !== undefined ? { form } : {}) };
    });
    return `${JSON.stringify({ version: BASELINE_VERSION, tool: 'preflight', findings }, null, 2)}\n`;
}
/** Where a schema issue is in the baseline's JSON (its nearest existing ancestor when the key is missing): file:line:column. */
function issueAt(text, path) {
    const doc = (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlPrecise */ .ie)('baseline', text).docs[0];
    let p = path.filter((k) => typeof k !== 'symbol');
    let pos = doc?.loc(p) ?? null;
    while (!pos && p.length) {
        p = p.slice(0, -1);
        pos = doc?.loc(p) ?? null;
    }
    return pos ?? { line: 1, column: 1 };
}
/** Reads a baseline file: its version, fingerprint \u2192 count, and (version 1) the old line-text keys. */
function readBaseline(abs, shown) {
    let text;
    try {
        text = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E1)(abs);
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline ${shown} ${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .readProblem */ .K)(e)}`, { file: shown });
    }
    return parseBaseline(text, shown);
}
/** A baseline's text (read from disk, or from the base commit on pull_request_target), as {@link readBaseline} reads it. */
function parseBaseline(text, shown) {
    // UTF-16 (PowerShell's `>` writes it), NUL bytes, Windows-1252: said as for a checklist, not as a JSON syntax error.
    const encoding = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .textEncodingProblem */ .Iy)(text, 'the baseline');
    if (encoding)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(encoding.message, { file: shown, line: encoding.line, column: encoding.column });
    let data;
    const body = text.replace(/^\uFEFF/, '');
    try {
        data = JSON.parse(body);
    }
    catch (e) {
        // Where, also for an unexpected token (whose V8 message names no place): the reading snapshot.json does.
        const { message, ...pos } = (0,_repo_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonParseProblem */ .jv)(body, e);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline is not valid JSON: ${message}`, { file: shown, ...pos });
    }
    // A later format (a newer release wrote it): said as such, not as a file that is no baseline (a JSON report's
    // `tool` is an object, a baseline's the string `preflight`).
    const top = data && typeof data === 'object' && !Array.isArray(data) ? data : null;
    const newer = top && typeof top['tool'] !== 'object' ? top['version'] : undefined;
    if (typeof newer === 'number' && Number.isInteger(newer) && newer > BASELINE_VERSION) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline written by a newer Preflight (format ${newer}); this one reads format ${BASELINE_VERSION} and earlier \u2014 upgrade Preflight (a pinned action: its version) to read it, or write the baseline again with this one (\`preflight baseline --output FILE\`)`, { file: shown, ...issueAt(text, ['version']) });
    }
    const res = baselineSchema.safeParse(data);
    if (!res.success) {
        // The files people pass by mistake: the JSON report and the SARIF log hold findings too.
        const o = data && typeof data === 'object' && !Array.isArray(data) ? data : null;
        const what = o && typeof o['tool'] === 'object' && 'result' in o ? 'a Preflight JSON report, not a baseline'
            : o && typeof o['$schema'] === 'string' && /sarif/i.test(o['$schema']) || (o && Array.isArray(o['runs'])) ? 'a SARIF log, not a baseline'
                : `not a Preflight baseline (${res.error.issues[0].path.join('.') || 'the file'}: ${(0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_6__/* .issueWording */ .s)(res.error.issues[0], (0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_6__/* .valueAt */ .f)(data, res.error.issues[0].path), true)})`;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${what}: expected the file \`preflight baseline --output FILE\` writes ({"version": ${BASELINE_VERSION}, "findings": [{"check", "fingerprint", \u2026}]})`, { file: shown, ...(what.startsWith('not a Preflight baseline') ? issueAt(text, res.error.issues[0].path) : { line: 1, column: 1 }) });
    }
    // An outage an earlier release recorded (`saysNoAnswer`) is read as no entry: never known, never counted as fixed.
    const kept = res.data.findings.filter((f) => !saysNoAnswer(f));
    const counts = new Map();
    for (const f of kept)
        counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
    const entries = kept.map((f) => ({ fingerprint: f.fingerprint, check: f.check, file: f.file ?? null, ...(f.line ? { line: f.line } : {}), ...(f.lineHash ? { lineHash: f.lineHash } : {}), ...(f.form ? { form: f.form } : {}), ...(f.message !== undefined ? { message: f.message } : {}) }));
    const forms = new Map();
    for (const e of entries)
        if (e.form)
            forms.set(e.form, [...(forms.get(e.form) ?? []), e.fingerprint]);
    if (res.data.version === 2)
        return { version: 2, counts, entries, forms, file: shown };
    const legacy = new Map();
    for (const f of kept) {
        if (f.message === undefined)
            continue;
        const k = legacyKey(f.check, f.file, f.message);
        legacy.set(k, [...(legacy.get(k) ?? []), f.fingerprint]);
    }
    return { version: 1, counts, legacy, entries, forms, file: shown };
}


/***/ })

};
