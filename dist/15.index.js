export const id = 15;
export const ids = [15];
export const modules = {

/***/ 77941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ findSuppressions),
/* harmony export */   QB: () => (/* binding */ placementAdvice),
/* harmony export */   Ty: () => (/* binding */ inertTrailingIds),
/* harmony export */   k$: () => (/* binding */ instructionEnd),
/* harmony export */   sI: () => (/* binding */ inertTrailingHint),
/* harmony export */   w2: () => (/* binding */ dockerEscape),
/* harmony export */   yA: () => (/* binding */ UNTIL_IN_REASON)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);

/**
 * Whether a file may hold the marker, in the cases people write it (`preflight-ignore`, `Preflight-Ignore`,
 * `PREFLIGHT-IGNORE`): every file of a scan is asked, and `includes` is a fast search where a case-insensitive
 * regex over the whole text costs twice as much (measured over the bench monorepo: 25 vs 55 ms a pass).
 */
const mayHoldMarker = (text) => (text.includes('-ignore') || text.includes('-Ignore') || text.includes('-IGNORE')) && /preflight-ignore/i.test(text);
/** A whole-line comment that begins with the marker (any case), whatever follows: a suppression someone meant to write. */
const MARKER_COMMENT = /^[ \t]*(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore\b/i;
// Only the head is a regex (linear: no optional groups around `\s*` runs); the tail \u2014 `until DATE`
// and `: reason` \u2014 is parsed with string operations, so adversarial lines cannot backtrack.
const HEAD = /(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)/gi;
/** `until 2024-01-31` in a reason: an expiry written after the colon. Date-shaped only (`until the vendor ships` is prose). */
const UNTIL_IN_REASON = /\buntil[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?![\d-])/i;
function parseTail(rest) {
    let tail = rest.trim().replace(/(\*\/|-->)$/, '').trim();
    let until = null;
    if (/^until\s/i.test(tail)) {
        tail = tail.slice(5).trimStart();
        const sp = tail.search(/[\s:]/);
        until = sp < 0 ? tail : tail.slice(0, sp);
        tail = sp < 0 ? '' : tail.slice(sp).trimStart();
    }
    if (tail === '')
        return { until, reason: '' };
    if (!tail.startsWith(':'))
        return null;
    return { until, reason: tail.slice(1).trim() };
}
/** Documentation and other prose: no comments there, only text about them. */
const PROSE_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?)$/i;
/**
 * Prose with an HTML comment syntax (Markdown, HTML): `<!-- preflight-ignore hardcoded-secret: example -->` is a comment
 * there (findings such as a leaked token land in these files), every other marker is text about one. A Markdown fenced
 * code block or inline code (a README showing the syntax) holds none.
 */
const MARKUP_FILE = /\.(?:md|markdown|html?)$/i;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\s`{]*)/;
/** Fenced blocks of text, not code (```text, ```md): one showing the suppression syntax holds no suppression. */
const TEXT_FENCE = /^(?:te?xt|plain(?:text)?|md|markdown|gfm|rst|output)$/i;
/** Fenced blocks in a language where a `#` trailing a line is part of it (as in Dockerfiles and .env files). */
const OWN_LINE_FENCE = /^(?:dockerfile|containerfile|docker|dotenv|env|\.env)$/i;
/** Whether the text before a marker leaves an inline code span (a backtick) open: Markdown prose has apostrophes, not quotes. */
const insideCode = (before) => (before.match(/`/g)?.length ?? 0) % 2 === 1;
/** Whether the text before a marker leaves a `"`, `'` or backtick string open (escapes skipped). */
function insideQuotes(before) {
    let open = null;
    for (let i = 0; i < before.length; i++) {
        const c = before[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (open) {
            if (c === open)
                open = null;
        }
        else if (c === '"' || c === "'" || c === '`')
            open = c;
    }
    return open !== null;
}
/** The Dockerfile's escape character: `\\`, or a backtick set by a leading `# escape=` directive. */
function dockerEscape(lines) {
    for (let i = 0; i < Math.min(lines.length, 16); i++) {
        const d = /^[ \t]*#[ \t]*([A-Za-z]+)[ \t]*=[ \t]*(\S*)[ \t]*$/.exec(lines[i]);
        if (!d)
            break;
        if (d[1].toLowerCase() === 'escape' && d[2] === '`')
            return '`';
    }
    return '\\';
}
/**
 * The index of the last line of the Dockerfile instruction that starts at line index `start`:
 * continuation lines (ending in the escape character) and the comment and blank lines between
 * them belong to it. Bounded at 1,000 lines.
 */
function instructionEnd(lines, start, escape) {
    const at = typeof lines === 'function' ? lines : (i) => lines[i];
    let end = start;
    for (let i = start; i - start < 1000; i++) {
        const l = at(i);
        if (l === undefined)
            break;
        if (i > start && /^[ \t]*(#|$)/.test(l))
            continue;
        end = i;
        if (!l.trimEnd().endsWith(escape))
            break;
    }
    return end;
}
/** A YAML line that opens a block: a key without an inline value (`ports:`), a block scalar (`command: |`), or a mapping item (`- name: web`). */
// Keys hold no `:` unless quoted, so each line has one way to match (linear on any line).
const YAML_BLOCK_KEY = /^([ \t]*)(?:[^\s#'":-][^#'":]*|"[^"]*"[ \t]*|'[^']*'[ \t]*):(?:[ \t]+[|>][-+0-9]*)?[ \t]*(?:#.*)?$/;
const YAML_MAPPING_ITEM = /^([ \t]*)-[ \t]+(?:[^\s#'":][^#'":]*|"[^"]*"[ \t]*|'[^']*'[ \t]*):(?:[ \t]|$)/;
const indentOf = (l) => /^[ \t]*/.exec(l)[0].length;
/**
 * The index of the last line of the YAML block that the line at index `start` opens (its own index when it opens
 * none): the more-indented lines below a key (and a sequence written at the key's own indent, `ports:` above
 * `- "5432:5432"`), or the rest of a sequence item. Blank and comment lines inside count; a document marker ends it.
 * Bounded at 5,000 lines.
 */
function yamlBlockEnd(lines, start) {
    const l = lines[start];
    if (l === undefined)
        return start;
    const key = YAML_BLOCK_KEY.exec(l);
    const item = key ? null : YAML_MAPPING_ITEM.exec(l);
    if (!key && !item)
        return start;
    const indent = (key ?? item)[1].length;
    let end = start;
    for (let i = start + 1; i < lines.length && i - start <= 5000; i++) {
        const next = lines[i];
        if (/^[ \t]*(?:#|$)/.test(next))
            continue;
        if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(next))
            break;
        const at = indentOf(next);
        if (at > indent || (key && at === indent && /^[ \t]*-(?:[ \t]|$)/.test(next))) {
            end = i;
            continue;
        }
        break;
    }
    return end;
}
/** Whether a comment trailing a line can suppress (not in Dockerfiles and `.env` files, where a trailing `#` is part of the line). */
const trailingAllowed = (file) => !((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvFile */ .qb)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file).startsWith('.env'));
/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
function findSuppressions(file, text) {
    // Prose (a README showing the syntax) suppresses nothing and names no check to verify; Markdown and HTML have comments.
    const markup = MARKUP_FILE.test(file);
    if (!mayHoldMarker(text) || (PROSE_FILE.test(file) && !markup))
        return [];
    const trailing = trailingAllowed(file);
    const out = [];
    const lines = text.split(/\r?\n/);
    // In Markdown, the fence of the code block a line is in, and the block's language (its info string's first word).
    let fence = null;
    let lang = '';
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (markup) {
            const f = FENCE.exec(l);
            // (A backtick fence's info string holds no backtick: "```` ```sh ```` block" in prose opens none.)
            if (f && (!fence ? f[1][0] === '~' || !l.slice(l.indexOf(f[1]) + f[1].length).includes('`') : f[1][0] === fence[0] && f[1].length >= fence.length && l.trim() === f[1])) {
                fence = fence ? null : f[1];
                lang = fence ? f[2] : '';
                continue;
            }
            // A fenced code block is code in its own language: its comments are written as in a code file (```sh
            // `# preflight-ignore hardcoded-secret: \u2026`), unless it is text (```text, ```md showing the syntax).
            if (fence && TEXT_FENCE.test(lang))
                continue;
        }
        const code = fence !== null;
        if (!/preflight-ignore/i.test(l))
            continue;
        // The first marker whose tail parses (`# preflight-ignore is how to mute: # preflight-ignore ID: why`).
        let m = null;
        let tail = null;
        for (const c of l.matchAll(HEAD)) {
            if (markup && !code && c[1] !== '<!--')
                continue;
            tail = parseTail(l.slice(c.index + c[0].length));
            if (tail) {
                m = c;
                break;
            }
        }
        if (!m || !tail) {
            // `# preflight-ignore image_tag_pinned: \u2026`, `# preflight-ignore image-tag-pinned no colon`, `# preflight-ignore: why`:
            // meant as a suppression, understood as none. Said, so nobody believes a finding is muted.
            const head = MARKER_COMMENT.exec(l);
            // (Not in a fenced code block, which may show the syntax.)
            if (head && !code && (!markup || head[1] === '<!--'))
                out.push({ file, line: i + 1, column: l.indexOf(head[1]) + 1, ids: [], until: null, reason: '', wholeLine: true, appliesTo: i + 2, malformed: true });
            continue;
        }
        const before = l.slice(0, m.index).trim();
        const wholeLine = before === '';
        const ownLineOnly = code ? OWN_LINE_FENCE.test(lang) : !trailing;
        if (!wholeLine && ownLineOnly)
            continue;
        // Inside a string literal (`HELP = "add # preflight-ignore ID: why"`), not a comment: an unclosed quote before it
        // (in Markdown prose, an inline code span showing the syntax).
        if (!wholeLine && (markup && !code ? insideCode(before) : insideQuotes(before)))
            continue;
        const late = tail.until === null ? UNTIL_IN_REASON.exec(tail.reason) : null;
        out.push({
            file, line: i + 1, column: m.index + 1,
            ids: m[2].split(',').map((s) => s.trim().toLowerCase()),
            until: tail.until,
            reason: tail.reason,
            ...(late ? { untilInReason: late[1] } : {}),
            wholeLine,
            appliesTo: wholeLine ? i + 2 : i + 1,
            ...(code ? { code: true, ...(ownLineOnly ? { ownLineOnly: true } : {}) } : {}),
        });
    }
    // Stacked comments (`# preflight-ignore a: \u2026` above `# preflight-ignore b: \u2026` above the line) all
    // apply to the line below the stack.
    for (let k = out.length - 2; k >= 0; k--) {
        const s = out[k];
        const next = out[k + 1];
        if (s.wholeLine && next.wholeLine && next.line === s.line + 1)
            s.appliesTo = next.appliesTo;
    }
    // An HTML comment above a fence: the advice for it, when it matches nothing, is to write it inside the block.
    if (markup)
        for (const s of out)
            if (!s.code && s.wholeLine && FENCE.test(lines[s.appliesTo - 1] ?? ''))
                s.beforeFence = true;
    if (!trailing && (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file))
        for (const s of out)
            if (s.wholeLine) {
                const end = instructionEnd(lines, s.appliesTo - 1, dockerEscape(lines));
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
    // In YAML a comment above a block covers the block: `# preflight-ignore database-port-exposed: \u2026` above `ports:`
    // mutes its items, above a service or a container item the findings inside it (as Checkov's skip comment covers
    // its resource).
    // So does one trailing on that key (`ports:  # preflight-ignore database-port-exposed: \u2026`, `db:  # preflight-ignore \u2026`):
    // the finding inside the block it opens is what it is about.
    if ((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isYamlFile */ .wl)(file))
        for (const s of out)
            if (!s.malformed) {
                const end = yamlBlockEnd(lines, s.appliesTo - 1);
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
    // In code, a comment above a statement written over several lines (`app.add_middleware(\n  CORSMiddleware,\n
    // allow_origins=["*"],\n)`, `res.cookie('sid', v, {\n  secure: false,\n})`) covers the whole statement, as a
    // Dockerfile's covers its continued instruction: the finding sits on one of its inner lines.
    if (!markup && trailing && !(0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isYamlFile */ .wl)(file) && CODE_FILE.test(file))
        for (const s of out)
            if (s.wholeLine && !s.malformed) {
                const end = statementEnd(lines, s.appliesTo - 1, HASH_COMMENT_FILE.test(file), !NO_SLASH_COMMENT_FILE.test(file));
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
    return out;
}
/** Code files whose statements span lines inside brackets (the suppression above one covers it whole). */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|php|cs|rs|swift|groovy|gradle|exs?|vue|svelte|tf|hcl|lua|dart)$/i;
/** Code files where `#` starts a line comment (elsewhere it is a private field, `this.#token`, or a preprocessor line). */
const HASH_COMMENT_FILE = /\.(?:py|rb|exs?|php|tf|hcl)$/i;
/** Code files where `//` is no comment (Python's floor division, `a // 2`; Ruby's empty regex; Lua's `--` comments). */
const NO_SLASH_COMMENT_FILE = /\.(?:py|rb|exs?|lua)$/i;
/** The most lines one statement below a suppression may span. */
const MAX_STATEMENT_LINES = 100;
/**
 * The last line (index) of the statement that starts at line `start`: while a `(` or `[` \u2014 or a `{` opening a value (after
 * `=`, `:`, `(`, `,`, `[`, `return`: an object literal, not a block) \u2014 stays open, or a line ends in `\`, the statement
 * goes on. Quoted strings and the file's line comments are skipped; bounded by MAX_STATEMENT_LINES. `start` itself when it closes on its line.
 * Inside an open bracket every `{` counts: a callback passed in the call (`app.use(function (req, res) {`) is part of the
 * statement; a block the line itself opens (`function setup(app) {`, `if (dev) {`) is not.
 */
function statementEnd(lines, start, hashComments, slashComments) {
    let depth = 0;
    let end = start;
    for (let i = start; i < lines.length && i - start < MAX_STATEMENT_LINES; i++) {
        const line = lines[i];
        let quote = '';
        let prev = '';
        for (let k = 0; k < line.length; k++) {
            const c = line[k];
            if (quote) {
                if (c === '\\')
                    k++;
                else if (c === quote)
                    quote = '';
                continue;
            }
            if (c === '"' || c === "'" || c === '`') {
                quote = c;
                continue;
            }
            // A line comment ends what is read of the line.
            if (hashComments && c === '#' && !/[\w$]/.test(prev))
                break;
            if (slashComments && c === '/' && line[k + 1] === '/')
                break;
            if (c === '(' || c === '[' || (c === '{' && (depth > 0 || /(?:[=:(,[]|\breturn)\s*$/.test(line.slice(0, k)))))
                depth++;
            else if ((c === ')' || c === ']' || c === '}') && depth > 0)
                depth--;
            if (!/\s/.test(c))
                prev = c;
        }
        end = i;
        if (depth <= 0 && !/\\\s*$/.test(line))
            break;
    }
    return end;
}
/**
 * Where a suppression that matched no finding should go, for the message that says so ("put it \u2026"): where its file (or
 * its fenced code block) lets a suppression comment sit.
 */
function placementAdvice(s, id) {
    if (s.beforeFence)
        return `inside the fenced code block below, as a comment of its language on the line before the finding or at the end of its line (\`# preflight-ignore ${id}: \u2026\`): an HTML comment above a fence covers none of its lines`;
    if (s.ownLineOnly || (!s.code && !trailingAllowed(s.file)))
        return 'on a line of its own before the finding';
    if (MARKUP_FILE.test(s.file) && !s.code)
        return `on the line before the finding or at the end of its line (in a fenced code block, as a comment of the block's language: \`# preflight-ignore ${id}: \u2026\`)`;
    return 'on the line before the finding or at the end of its line';
}
/** Said of a `preflight-ignore` that trails a line of a `.env` file (as `SUPPRESS_HINT` is of a Dockerfile's). */
const ENV_SUPPRESS_HINT = '; the preflight-ignore at the end of the line suppresses nothing there: in a .env file a trailing # can be part of the value, so a suppression goes on a line of its own before the variable';
/**
 * Said of a `preflight-ignore` that trails a Dockerfile line that parses (a shell-form `RUN`/`CMD`, where the `#` starts a
 * comment of the shell command): Preflight reads a Dockerfile's own comments only, which are whole lines.
 */
const DOCKERFILE_SUPPRESS_HINT = '; the preflight-ignore at the end of the line suppresses nothing there: a Dockerfile has no trailing comments (the # and what follows are part of the instruction, a comment of its shell command in a RUN or CMD), so a suppression goes on a line of its own before the instruction';
/** What a finding on a line ending in a `preflight-ignore` that names its check says, in a file where that comment suppresses nothing. */
const inertTrailingHint = (file) => ((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) ? DOCKERFILE_SUPPRESS_HINT : ENV_SUPPRESS_HINT);
/**
 * The check ids a `preflight-ignore` trailing a line names, in a file where a trailing comment suppresses nothing
 * (Dockerfiles, `.env` files): the finding on that line says so. Empty when the line holds none (one inside a quoted
 * string is text, not a comment).
 */
function inertTrailingIds(file, line) {
    if (trailingAllowed(file) || !/preflight-ignore/i.test(line))
        return [];
    for (const c of line.matchAll(HEAD)) {
        const before = line.slice(0, c.index);
        if (c[1] !== '#' || before.trim() === '' || insideQuotes(before) || !parseTail(line.slice(c.index + c[0].length)))
            continue;
        return c[2].split(',').map((s) => s.trim().toLowerCase());
    }
    return [];
}


/***/ }),

/***/ 20123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SECURITY_SEVERITY: () => (/* binding */ SECURITY_SEVERITY),
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19714);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63021);
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93364);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18650);







/**
 * GitHub reads `security-severity` as a CVSS-like score: > 9.0 critical, 7.0\u20138.9 high,
 * 4.0\u20136.9 medium, 0.1\u20133.9 low.
 */
const SECURITY_SEVERITY = {
    critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5',
};
const LEVEL = {
    critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note',
};
/**
 * Rules for the reserved ids of the catalogue (typed by RESERVED_IDS: the two lists cannot drift). They are about
 * Preflight's inputs, not vulnerabilities: no `security` tag and no `security-severity` (code scanning shows them by level).
 */
const RESERVED = {
    'parse-error': {
        title: 'File could not be parsed',
        description: 'A file that a check needs could not be parsed; the checks skipped it.',
        fix: 'Fix the syntax error at the reported location.',
        // What is a parse error: the Files paragraph at the top of the catalogue.
        doc: 'docs/checks.md',
    },
    'config': {
        title: 'Preflight configuration problem',
        description: 'A problem with Preflight\u2019s own inputs, such as a suppression naming an unknown check id.',
        fix: 'Correct the named suppression or checklist entry.',
        // Suppressions and baselines are described under the checklist.
        doc: 'README.md#the-checklist',
    },
};
/** GitHub's limit: an upload with a run of more results is rejected whole (only the 5,000 most severe are shown). */
const MAX_RESULTS = 25_000;
const INFO_URI = 'https://github.com/preflight-gate/preflight';
const ruleName = (id) => id.split(/[^a-z0-9]+/i).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
/**
 * The report as SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per catalogue check
 * (and per reserved id used: `parse-error` and `config` have no `security-severity`), `security-severity` from the highest severity the
 * checklist's items give the check or a finding of it has (else its default: stable from run to run, as code scanning rates every alert of a rule by it), `partialFingerprints` from the finding fingerprints (an item that could not be checked: by its check and id), findings without a file
 * anchored to their checklist item's line in `checklistFile`; else a check's finding to the file its
 * fix belongs in (the check's `fixFile`: `.gitignore`), and a probe's to `checklistFile` (the action
 * passes the workflow file when the checklist is a preset); with none of these they become run
 * notifications, as code scanning needs a location per result.
 * Findings suppressed in code (`preflight-ignore`) are left out, as Checkov, Trivy and hadolint leave
 * theirs: code scanning does not honour a result's `suppressions` and would open an alert for each.
 * Baseline-known findings stay (known debt is reported, not gated) with an `external` suppression.
 * Notes (`info`: an explicit
 * opt-out, an unverifiable reference) are passes, not problems: code scanning ignores a result's
 * `kind` and would open each as an alert at its rule's `security-severity`, so they stay out (the
 * JSON, text and Markdown reports list them). Identical fingerprints (the same check on two
 * identical lines of a file) get an occurrence suffix, as upload-sarif does for its own, so code
 * scanning keeps them apart. No `automationDetails`: upload-sarif fills it only when absent, from
 * its `category` input or the job and matrix \u2014 a fixed id would override both.
 * One invocation, `executionSuccessful: true` (a run that could not complete, a configuration error, writes no
 * SARIF), whose `toolExecutionNotifications` also list the items that could not be checked (an unreachable URL).
 *
 * `checklistFile` and the URIs are relative to the repository (code scanning resolves URIs against the checkout);
 * `pathPrefix` is where the report's own paths are in it (the action in a submodule: `vendor/lib`); `root`, the
 * repository's folder, is `%SRCROOT%` in `originalUriBaseIds` (for viewers; code scanning ignores it).
 */
function toSarif(report, opts) {
    const prefix = opts.pathPrefix ? opts.pathPrefix.replace(/\/+$/, '') : '';
    const inRepo = (file) => (prefix ? node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(`${prefix}/${file}`) : file);
    // A checklist outside the repository (`--checklist ../team.yml`, an absolute path) has no
    // repository-relative location to anchor results at.
    if (opts.checklistFile !== null && (/^(?:\/|[A-Za-z]:[\\/]|\.\.(?:\/|\\|$))/.test(opts.checklistFile)))
        opts = { ...opts, checklistFile: null };
    if (prefix)
        report = { ...report, findings: report.findings.map((f) => (f.file ? { ...f, file: inRepo(f.file) } : f)) };
    const defs = [...(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().values()].sort((a, b) => a.id.localeCompare(b.id));
    const ids = new Set(defs.map((d) => d.id));
    const extra = [...new Set(report.findings.map((f) => f.check))].filter((id) => !ids.has(id)).sort();
    const bySeverity = new Map();
    // The severity each item gives its checks counts whether or not it found anything this run: a rule's rating (which
    // code scanning shows every alert of the rule at) stays put from run to run instead of following the findings.
    for (const item of report.items) {
        for (const id of item.check === null ? [] : Array.isArray(item.check) ? item.check : [item.check]) {
            const list = bySeverity.get(id);
            if (list)
                list.push(item.severity);
            else
                bySeverity.set(id, [item.severity]);
        }
    }
    for (const f of report.findings) {
        if (f.suppressed || f.note)
            continue;
        const list = bySeverity.get(f.check);
        if (list)
            list.push(f.severity);
        else
            bySeverity.set(f.check, [f.severity]);
    }
    const sev = (id, fallback) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .maxSeverity */ .eL)(bySeverity.get(id) ?? [], fallback);
    const rules = [
        ...defs.map((d) => {
            const s = sev(d.id, d.severity);
            const help = [d.docs.why, `Fix: ${d.docs.fix}`].join('\n\n');
            return {
                id: d.id,
                name: ruleName(d.id),
                shortDescription: { text: d.title },
                fullDescription: { text: d.description || d.title },
                // `markdown`: `&`, `<`, `>` escaped outside code spans (`https://<same host>` would be a tag GitHub drops).
                help: { text: help, markdown: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.escHtmlMarkdown)([help, d.docs.details ?? ''].filter(Boolean).join('\n\n')) },
                helpUri: `${INFO_URI}/blob/main/docs/checks.md#${d.id}`,
                defaultConfiguration: { level: LEVEL[s] },
                properties: { tags: ['security', 'production-readiness', d.kind], precision: 'high', 'security-severity': SECURITY_SEVERITY[s] },
            };
        }),
        ...extra.map((id) => {
            const r = RESERVED[id] ?? { title: id, description: `Findings of '${id}'.`, fix: 'See the message.' };
            const s = sev(id, 'low');
            return {
                id,
                name: ruleName(id),
                shortDescription: { text: r.title },
                fullDescription: { text: r.description },
                help: { text: `${r.description}\n\nFix: ${r.fix}`, markdown: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.escHtmlMarkdown)(`${r.description}\n\nFix: ${r.fix}`) },
                helpUri: 'doc' in r ? `${INFO_URI}/blob/main/${r.doc}` : INFO_URI,
                defaultConfiguration: { level: LEVEL[s] },
                properties: { tags: ['production-readiness'], precision: 'high' },
            };
        }),
    ];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // An item's line counts only in the file the probe findings are anchored to; a preset's item (`extends: [recommended]`)
    // has the line of the `extends` entry that brought it in there.
    const lineIn = (at) => (at && inRepo(at.file) === opts.checklistFile ? at.line : null);
    const itemLine = new Map(report.items.map((i) => [i.id, lineIn(i.source) ?? lineIn(opts.inheritedAt?.[i.id])]));
    // An item that could not run counts against the gate at its severity (an unreachable URL blocks the merge):
    // code scanning shows it as a result of its check, anchored like a probe finding, so SARIF says what blocks.
    const errors = report.items.filter((i) => i.status === 'error').map((i) => ({
        check: (Array.isArray(i.check) ? i.check[0] : i.check) ?? i.id,
        item: i.id,
        severity: i.severity,
        message: `'${i.title}' could not be checked: ${i.reason ?? 'the check or probe did not run'}`,
        file: null, line: null, column: null, url: null,
        // By what could not be checked, not why (refused today, a timeout tomorrow) nor where: one alert while it lasts.
        fingerprint: (0,_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)((Array.isArray(i.check) ? i.check[0] : i.check) ?? i.id, null, `\0error\0${i.id}`),
    }));
    // A finding without a file whose item is not in a repository checklist: at the file its fix belongs in, when the check names one.
    const fixFile = (f) => { const d = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().get(f.check); return d?.kind === 'static' && d.fixFile ? inRepo(d.fixFile) : null; };
    const anchor = (f) => (f.file || (f.item && itemLine.get(f.item) != null) ? opts.checklistFile : fixFile(f) ?? opts.checklistFile);
    const all = [...report.findings.filter((f) => !f.note && !f.suppressed), ...errors].map((f) => result(f, index.get(f.check) ?? 0, anchor(f), itemLine));
    const errorResults = new Set(all.slice(all.length - errors.length));
    // `preflight/v1` is check + file + the finding's subject or line content: identical lines (two compose services with
    // the same image line, two Deployments of one file), or one subject reported twice (one untagged image in two stages), would be one alert. The n-th repeat gets `:n` (stable in file order).
    const seen = new Map();
    for (const r of all) {
        const fp = r.partialFingerprints?.['preflight/v1'];
        if (!fp)
            continue;
        const key = `${r.ruleId}\0${fp}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (n > 1)
            r.partialFingerprints['preflight/v1'] = `${fp}:${n}`;
    }
    // Code scanning rejects a result without a location: with no file to anchor to (a preset
    // checklist), such findings become notifications of the run instead.
    let results = all.filter((r) => r.locations?.length);
    // Code scanning rejects a whole upload whose run has more than 25,000 results: keep the most severe
    // (open before baseline-known, in report order) and say how many are left out.
    const dropped = Math.max(0, results.length - MAX_RESULTS);
    if (dropped) {
        const rank = (r) => (r.suppressions ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.length : 0) + (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(r.properties.severity);
        const keep = new Set(results.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).slice(0, MAX_RESULTS).map(({ r }) => r));
        results = results.filter((r) => keep.has(r));
    }
    const notifications = [
        // Unplaced findings, and the items that could not be checked (also results when placed: they count against the gate).
        ...all.filter((r) => !r.locations?.length || errorResults.has(r)).map((r) => ({
            // The rule the notification is about: `descriptor` would name a notification descriptor (SARIF \u00a73.58.4\u20135).
            level: r.level, message: r.message, associatedRule: { id: r.ruleId, index: r.ruleIndex },
        })),
        ...(dropped ? [{ level: 'warning', message: { text: `${dropped} less severe results are left out: code scanning rejects a run with more than ${MAX_RESULTS.toLocaleString('en-US')} results. The JSON report lists every finding.` } }] : []),
    ];
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: { driver: { name: 'Preflight', semanticVersion: report.tool.version, version: report.tool.version, informationUri: INFO_URI, rules } },
                ...(opts.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(opts.root), description: { text: 'The repository\'s folder: result URIs are relative to it.' } } } } : {}),
                columnKind: 'utf16CodeUnits',
                invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
                results,
            }],
    };
}
/** A folder as a `file:` URI with a trailing slash, as SARIF wants a base URI (\u00a73.14.14). */
function rootUri(root) {
    const href = (0,node_url__WEBPACK_IMPORTED_MODULE_5__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(root)).href;
    return href.endsWith('/') ? href : `${href}/`;
}
/** `anchorFile`: where a finding without a file is placed (its item's line there when it is the checklist file, else line 1). */
function result(f, ruleIndex, anchorFile, itemLine) {
    const file = f.file ?? anchorFile;
    const line = f.file ? f.line : (f.item ? itemLine.get(f.item) : null) ?? 1;
    const region = { startLine: Math.max(1, line ?? 1) };
    if (f.file && f.column && f.column >= 1)
        region.startColumn = f.column;
    if (f.file && f.endLine && f.endLine > region.startLine)
        region.endLine = f.endLine;
    const url = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .urlNotInMessage */ .P_)(f);
    const text = url ? `${f.message} (${url})` : f.message;
    const out = {
        ruleId: f.check,
        ruleIndex,
        level: f.note ? 'note' : LEVEL[f.severity],
        message: { text },
        // A URI reference: each path segment percent-encoded (`p q`, `C#`, `100%`, `what?` are file names, not URI syntax).
        // Paths are POSIX already (the snapshot's and the checklist's): a backslash is a character of a name (`%5C`).
        locations: file ? [{ physicalLocation: { artifactLocation: { uri: uriPath(file), uriBaseId: '%SRCROOT%' }, region } }] : [],
        properties: { severity: f.severity, ...(f.item ? { item: f.item } : {}) },
    };
    if (f.fingerprint)
        out.partialFingerprints = { 'preflight/v1': f.fingerprint };
    if (f.baseline)
        out.suppressions = [{ kind: 'external', justification: 'known finding recorded in the baseline' }];
    return out;
}
/**
 * A repository path as a URI reference, each segment percent-encoded; a name that is not UTF-8 (shown as git quotes it:
 * `caf\351.env`) by its bytes (`caf%E9.env`), so the URI names the file on disk.
 */
function uriPath(file) {
    const rel = file.replace(/^\.?\//, '');
    const bytes = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_6__/* .unquoteName */ .Lh)(rel);
    if (bytes === null)
        return rel.split('/').map(encodeURIComponent).join('/');
    let out = '';
    for (const b of bytes)
        out += b === 0x2f || (b < 0x80 && /[\w.!~*'()-]/.test(String.fromCharCode(b))) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    return out;
}


/***/ })

};
