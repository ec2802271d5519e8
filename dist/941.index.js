export const id = 941;
export const ids = [941];
export const modules = {

/***/ 94163:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ notebookCells),
/* harmony export */   T$: () => (/* binding */ cellType),
/* harmony export */   Ww: () => (/* binding */ notebookCodeLines)
/* harmony export */ });
/* unused harmony exports textStrings, pythonLines */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39580);

/**
 * A notebook's cells (nbformat 4's `cells`) read from its JSON with their places, or null when its JSON does not read or
 * holds no `cells` (nbformat 3's `worksheets`). Pass the text without its byte-order mark. The last notebook's are kept:
 * the suppression reader and the secret scan ask for the same file one after the other.
 */
function notebookCells(body) {
    if (lastNotebook.body === body)
        return lastNotebook.cells;
    const root = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonNodes */ .jK)(body);
    const cells = root?.t !== 'o' ? null : root.keys.get('cells');
    const out = cells?.t === 'a' ? cells.items.filter((c) => c.t === 'o') : null;
    lastNotebook = { body, cells: out };
    return out;
}
let lastNotebook = { body: null, cells: null };
/** A cell's type (`code`, `markdown`, `raw`), or undefined. */
const cellType = (cell) => (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonStringValue */ .$)(cell.keys.get('cell_type'));
/** The strings of a multi-line text as nbformat writes it (a cell's `source`, an output's `text`): one string, or an array of strings (a line each). */
function textStrings(n) {
    if (n?.t === 's')
        return [n];
    return n?.t === 'a' ? n.items.filter((s) => s.t === 's') : [];
}
/**
 * The lines of a cell's text as Python and Jupyter read them: broken at `\n`, `\r\n` or a lone `\r` (an old Mac line break;
 * Python's universal newlines), each with its offset in the text; no empty line after a final break (`"x = 1\n"`, as
 * nbformat writes each line of a list, is one line).
 */
function pythonLines(s) {
    const out = [];
    let from = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 10 && c !== 13)
            continue;
        out.push({ text: s.slice(from, i), from });
        if (c === 13 && s.charCodeAt(i + 1) === 10)
            i++;
        from = i + 1;
    }
    if (from < s.length || !out.length)
        out.push({ text: s.slice(from), from });
    return out;
}
/** A line of a notebook that is one JSON string of an array, as nbformat writes source and output lines; group 1 what precedes its text, 2 its text. */
const STRING_LINE = /^([ \t]*")((?:[^"\\\n]|\\.){0,100000})",?[ \t]*\r?$/;
/** A cell's `"source"` written as one JSON string on its key's line; groups as STRING_LINE's. */
const SOURCE_STRING_LINE = /^([ \t]*"source":[ \t]*")((?:[^"\\\n]|\\.){0,100000})",?[ \t]*\r?$/;
/**
 * The lines of a notebook's code cells, each source line and (with `outputs`) each line printed in an output (a stream's
 * `text`, a result's `text/plain`), whatever the layout: a string per line or one string holding several (`"a\nb"`, as
 * Kaggle and generators write a source), an array over lines or a whole cell on one line. Pass the text without its
 * byte-order mark. A notebook whose JSON does not read gives the lines nbformat's layout shows (one JSON string a line).
 */
function notebookCodeLines(body, outputs) {
    // (The last notebook's are kept: the suppression reader and the secret scan ask for the same lines of the same file.)
    if (lastLines.body === body && lastLines.outputs === outputs)
        return lastLines.lines;
    const lines = readCodeLines(body, outputs);
    lastLines = { body, outputs, lines };
    return lines;
}
let lastLines = { body: null, outputs: false, lines: [] };
function readCodeLines(body, outputs) {
    const out = [];
    /** The lines of a string whose raw text (as written, escapes and all) starts at offset `at` of the body. */
    const push = (cell, section, str, raw, at, whole) => {
        const string = [at, at + raw.length];
        // Where each line starts in the raw text, found in one pass (a cell of thousands of lines written as one string).
        let rawFrom = 0;
        let from = 0;
        for (const l of pythonLines(str)) {
            rawFrom = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonRawOffset */ .GW)(raw, l.from - from, rawFrom);
            from = l.from;
            const start = rawFrom;
            out.push({ cell, section, text: l.text, offset: (n) => at + (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonRawOffset */ .GW)(raw, n, start), string, whole });
        }
    };
    const cells = notebookCells(body);
    if (!cells) {
        // nbformat writes `"cell_type"` first in a cell, its `"outputs"` and `"source"` arrays a string a line.
        let cell = -1;
        let code = false;
        let section = null;
        let lineStart = 0;
        for (const line of body.split('\n')) {
            const start = lineStart;
            lineStart += line.length + 1;
            const key = /^\s*"(cell_type|source|outputs)":\s*(?:"(\w+)")?/.exec(line);
            if (key?.[1] === 'cell_type') {
                code = key[2] === 'code';
                if (code)
                    cell++;
                section = null;
                continue;
            }
            // (A source written as one string: on its key's line.)
            const one = key?.[1] === 'source' && code ? SOURCE_STRING_LINE.exec(line) : null;
            if (key)
                section = key[1];
            const m = one ?? (key || !code || !section || (section === 'outputs' && !outputs) ? null : STRING_LINE.exec(line));
            if (!m)
                continue;
            let str;
            try {
                str = JSON.parse(`"${m[2]}"`);
            }
            catch {
                continue;
            }
            push(cell, one ? 'source' : section, str, m[2], start + m[1].length, !!one);
        }
        return out;
    }
    const add = (cell, section, s, whole) => {
        const str = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonStringValue */ .$)(s);
        if (str !== undefined)
            push(cell, section, str, s.raw, s.at, whole);
    };
    const addAll = (cell, section, n) => { for (const s of textStrings(n))
        add(cell, section, s, n?.t === 's'); };
    let cell = 0;
    for (const c of cells) {
        if (cellType(c) !== 'code')
            continue;
        addAll(cell, 'source', c.keys.get('source'));
        if (outputs) {
            const outs = c.keys.get('outputs');
            for (const o of outs?.t === 'a' ? outs.items : []) {
                if (o.t !== 'o')
                    continue;
                addAll(cell, 'outputs', o.keys.get('text'));
                const data = o.keys.get('data');
                if (data?.t === 'o')
                    addAll(cell, 'outputs', data.keys.get('text/plain'));
            }
        }
        cell++;
    }
    return out;
}


/***/ }),

/***/ 77941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ findSuppressions),
/* harmony export */   QB: () => (/* binding */ placementAdvice),
/* harmony export */   Qn: () => (/* binding */ instructionSpans),
/* harmony export */   Ty: () => (/* binding */ inertTrailingIds),
/* harmony export */   sI: () => (/* binding */ inertTrailingHint),
/* harmony export */   w2: () => (/* binding */ dockerEscape),
/* harmony export */   yA: () => (/* binding */ UNTIL_IN_REASON)
/* harmony export */ });
/* unused harmony export instructionEnd */
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39580);
/* harmony import */ var _notebook_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94163);



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
/** The most lines one Dockerfile instruction runs over, as read from any of its lines. */
const MAX_INSTRUCTION_LINES = 1000;
/**
 * The continuation rules of a Dockerfile, stated once: a line that is a comment or blank (after the first) is skipped, a line
 * that ends in the escape character continues, any other line ends the instruction; an instruction runs over at most 1,000
 * lines. Lines are read as far as queries need them, each once (a function from index to line reads lazily), and each
 * `end` costs a logarithmic search over prefix counts: thousands of queries on one long instruction do not read it again each.
 */
function instructionSpans(lines, escape) {
    const at = typeof lines === 'function' ? lines : (i) => lines[i];
    // By line index: ends in the escape character; prefix counts (of indexes below k) of the lines that end an instruction
    // (no comment, not continued) and of the lines that are no comment.
    const escaped = [];
    const stops = [0];
    const code = [0];
    let ended = false;
    const ensure = (upTo) => {
        for (let i = escaped.length; !ended && i < upTo; i++) {
            const l = at(i);
            if (l === undefined) {
                ended = true;
                break;
            }
            const comment = /^[ \t]*(#|$)/.test(l);
            escaped.push(l.trimEnd().endsWith(escape));
            stops.push(stops[i] + (!comment && !escaped[i] ? 1 : 0));
            code.push(code[i] + (comment ? 0 : 1));
        }
    };
    /** The smallest index k in [lo, hi] with count[k + 1] >= want (count ascending; one exists). */
    const first = (count, lo, hi, want) => {
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (count[mid + 1] >= want)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    };
    return {
        end(start) {
            ensure(start + MAX_INSTRUCTION_LINES);
            // The first line is the instruction's whatever it holds: it ends there unless it continues.
            if (start >= escaped.length || !escaped[start])
                return start;
            const last = Math.min(start + MAX_INSTRUCTION_LINES - 1, escaped.length - 1);
            // The first line below that ends an instruction, else (bound or end of file) the last line that is no comment.
            if (stops[last + 1] > stops[start + 1])
                return first(stops, start + 1, last, stops[start + 1] + 1);
            if (code[last + 1] > code[start + 1])
                return first(code, start + 1, last, code[last + 1]);
            return start;
        },
    };
}
/**
 * The index of the last line of the Dockerfile instruction that starts at line index `start`:
 * continuation lines (ending in the escape character) and the comment and blank lines between
 * them belong to it. Bounded at 1,000 lines. (One query; for many, build `instructionSpans` once.)
 */
function instructionEnd(lines, start, escape) {
    return instructionSpans(lines, escape).end(start);
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
/**
 * Whether a comment trailing a line can suppress (not in Dockerfiles and `.env` files, where a trailing `#` is part of the line;
 * not in a `.gitignore`, where git reads it as part of the pattern: only a line starting with `#` is a comment there).
 */
const trailingAllowed = (file) => !((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvFile */ .qb)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file).startsWith('.env') || isGitignore(file));
const isGitignore = (file) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file) === '.gitignore';
/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
function findSuppressions(file, text) {
    // Prose (a README showing the syntax) suppresses nothing and names no check to verify; Markdown and HTML have comments.
    const markup = MARKUP_FILE.test(file);
    if (!mayHoldMarker(text) || (PROSE_FILE.test(file) && !markup))
        return [];
    if (/\.ipynb$/i.test(file))
        return notebookSuppressions(file, text);
    const trailing = trailingAllowed(file);
    const gitignore = isGitignore(file);
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
        const ownLineOnly = code ? OWN_LINE_FENCE.test(lang) : !trailing;
        const c = readComment(l, markup && !code, code, ownLineOnly);
        if (!c) {
            // At the end of a .gitignore line it suppresses nothing and breaks the rule it trails (git reads it as part of the pattern): said.
            const inert = gitignore ? inertTrailingIds(file, l) : [];
            if (inert.length)
                out.push({ file, line: i + 1, column: l.search(/#[ \t]*preflight-ignore/i) + 1, ids: [], until: null, reason: '', wholeLine: false, appliesTo: i + 1, gitignoreTrailing: inert });
            continue;
        }
        if (c.malformed) {
            out.push({ file, line: i + 1, column: c.at + 1, ids: [], until: null, reason: '', wholeLine: true, appliesTo: i + 2, malformed: true });
            continue;
        }
        out.push({
            file, line: i + 1, column: c.at + 1, ids: c.ids, until: c.until, reason: c.reason,
            ...(c.untilInReason ? { untilInReason: c.untilInReason } : {}),
            wholeLine: c.wholeLine,
            appliesTo: c.wholeLine ? i + 2 : i + 1,
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
    if (!trailing && (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file)) {
        const spans = instructionSpans(lines, dockerEscape(lines));
        for (const s of out)
            if (s.wholeLine) {
                const end = spans.end(s.appliesTo - 1);
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
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
/**
 * The suppression comment a line holds, or null. `prose`: Markdown or HTML prose, where only an HTML comment is one (not in
 * inline code); `code`: a Markdown fenced code block (which may show the syntax: a marker not understood there is none);
 * `ownLineOnly`: a comment trailing the line suppresses nothing there (Dockerfiles, `.env` files: read as none).
 */
function readComment(l, prose, code, ownLineOnly) {
    if (!/preflight-ignore/i.test(l))
        return null;
    // The first marker whose tail parses (`# preflight-ignore is how to mute: # preflight-ignore ID: why`).
    let m = null;
    let tail = null;
    for (const c of l.matchAll(HEAD)) {
        if (prose && c[1] !== '<!--')
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
        return head && !code && (!prose || head[1] === '<!--') ? { at: l.indexOf(head[1]), malformed: true } : null;
    }
    const before = l.slice(0, m.index).trim();
    const wholeLine = before === '';
    if (!wholeLine && ownLineOnly)
        return null;
    // Inside a string literal (`HELP = "add # preflight-ignore ID: why"`), not a comment: an unclosed quote before it
    // (in Markdown prose, an inline code span showing the syntax).
    if (!wholeLine && (prose ? insideCode(before) : insideQuotes(before)))
        return null;
    const late = tail.until === null ? UNTIL_IN_REASON.exec(tail.reason) : null;
    return {
        at: m.index, ids: m[2].split(',').map((x) => x.trim().toLowerCase()), until: tail.until, reason: tail.reason,
        ...(late ? { untilInReason: late[1] } : {}), wholeLine,
    };
}
/**
 * The suppression comments of a Jupyter notebook: its code cells' source lines are read as the Python they hold, by the
 * notebook reader the secret scan uses (`notebookCodeLines`: each string of a source written as a list, one string holding
 * several lines as Kaggle and generators write it, a cell written on one line; lines broken at `\n`, `\r\n` or a lone `\r`).
 * A comment on a line of its own applies to the cell's next Python line (stacked comments, to the line below the stack),
 * one trailing code to its own line; at the line and column the file shows each (`columns`: several lines of Python can
 * share a line of the file). Markdown and raw cells and outputs hold none.
 */
function notebookSuppressions(file, text) {
    const body = text.replace(/^\uFEFF/, '');
    const lines = (0,_notebook_js__WEBPACK_IMPORTED_MODULE_2__/* .notebookCodeLines */ .Ww)(body, false);
    /** Where a Python line is in the file: its line, and the columns of its first character and of its end. */
    const place = (l) => {
        const a = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(body, l.offset(0));
        return { line: a.line, span: [a.column, (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(body, l.offset(l.text.length)).column] };
    };
    const found = [];
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        const c = readComment(l.text, false, false, false);
        if (!c)
            continue;
        const at = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(body, l.offset(c.at));
        const wholeLine = c.malformed ? true : c.wholeLine;
        // A comment on a line of its own applies to the next line of its cell (none after a cell's last line: its own).
        const target = wholeLine && lines[i + 1]?.cell === l.cell ? i + 1 : i;
        const s = c.malformed
            ? { file, line: at.line, column: at.column, ids: [], until: null, reason: '', wholeLine, appliesTo: 0, malformed: true }
            : { file, line: at.line, column: at.column, ids: c.ids, until: c.until, reason: c.reason, ...(c.untilInReason ? { untilInReason: c.untilInReason } : {}), wholeLine, appliesTo: 0 };
        found.push({ s, index: i, target });
    }
    // Stacked comments all apply to the line below the stack.
    for (let k = found.length - 2; k >= 0; k--) {
        const f = found[k];
        const next = found[k + 1];
        if (f.s.wholeLine && next.s.wholeLine && next.index === f.index + 1 && lines[next.index].cell === lines[f.index].cell)
            f.target = next.target;
    }
    return found.map(({ s, index, target }) => {
        const applies = place(lines[target]);
        return { ...s, appliesTo: applies.line, columns: { own: place(lines[index]).span, applies: applies.span } };
    });
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
    if (!s.code && isGitignore(s.file))
        return `on a line of its own right before the finding, the file's first line for a finding on line 1 (\`# preflight-ignore ${id}: \u2026\`; never at the end of a rule: a .gitignore has no trailing comments, git would read it as part of the pattern)`;
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
/** Said of a `preflight-ignore` that trails a `.gitignore` line: git reads it as part of the pattern. */
const GITIGNORE_SUPPRESS_HINT = '; the preflight-ignore at the end of the line suppresses nothing there, and git reads it as part of that line\'s pattern, which then matches nothing (a .gitignore has no trailing comments: only a line starting with # is one): put the rule back on its own and the suppression on a line of its own before it, the file\'s first line';
/** What a finding on a line ending in a `preflight-ignore` that names its check says, in a file where that comment suppresses nothing. */
const inertTrailingHint = (file) => ((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) ? DOCKERFILE_SUPPRESS_HINT : isGitignore(file) ? GITIGNORE_SUPPRESS_HINT : ENV_SUPPRESS_HINT);
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


/***/ })

};
