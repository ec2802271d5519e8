export const id = 365;
export const ids = [365];
export const modules = {

/***/ 52365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   gZ: () => (/* binding */ TOO_DEEP),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   ic: () => (/* binding */ MAX_FLOW_DEPTH),
/* harmony export */   ie: () => (/* binding */ parseYamlPrecise)
/* harmony export */ });
/* unused harmony export parseYamlFast */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33243);


/** The old `toJS({ maxAliasCount })` bound, kept so alias bombs are still rejected. */
const MAX_ALIAS_COUNT = 1000;
/** Upper bound on the work of the alias-count walk (merge sources are re-walked like the `yaml` library does). */
const MAX_ALIAS_WORK = 1_000_000;
const ALIAS_BOMB = 'Excessive alias count indicates a resource exhaustion attack';
/**
 * Parses every document of a YAML stream. Never throws; problems are returned as errors.
 *
 * The fast path parses with js-yaml (using a schema equivalent to the `yaml` library's core
 * schema plus merge keys) and records a compact position tree through js-yaml's listener. The tree
 * is verified against the parsed values; any file the fast path cannot reproduce exactly (syntax
 * errors, tags, directives, unusual keys or layouts) is parsed again by {@link parseYamlPrecise}.
 */
function parseYaml(path, text) {
    return withDocumentBoms(text, (t) => parseYamlAny(path, t));
}
function parseYamlAny(path, text) {
    // Thousands of nested `[`/`{` cost the parsers seconds and hundreds of MB each (a 1 MB file of `[[[\u2026`: 760 MB)
    // before they run out of stack at a place that varies: refused up front, at the bracket that goes too deep.
    const deep = tooDeepFlow(text);
    if (deep !== null)
        return { path, docs: [], errors: [{ message: TOO_DEEP, ...deep }] };
    let fast = null;
    try {
        fast = parseYamlFast(path, text);
    }
    catch {
        fast = null;
    }
    return fast ?? parseYamlPreciseAny(path, text);
}
/** A document marker line (`---`, `...`), with whatever follows it on the line. */
const MARKER = /^(?:---|\.\.\.)(?:[ \t]|$)/;
/** A marker line with nothing after it but a comment: the document's content starts on a later line. */
const BARE_MARKER = /^(?:---|\.\.\.)[ \t]*(?:#.*)?$/;
/**
 * Parses `text` with the byte-order marks that open its documents set aside. YAML allows a BOM at the start of each
 * document of a stream, and kubectl and kustomize (go-yaml) skip one after `---`: files saved as "UTF-8 with BOM"
 * (PowerShell, Visual Studio) joined into one (`echo --- >> all.yaml; cat b.yaml >> all.yaml`). The `yaml` library
 * reads it as part of the first key (`\uFEFFapiVersion`), so the manifest would be none, silently. A mark at the start
 * of a line, before a document's first content (only blank lines, comments and directives since the start or a
 * marker) or before a marker, is taken out; positions on its line are given back one column further (the mark is a
 * character of the file, as the secret scan and editors count it). The file's own leading BOM is the parsers' (as
 * before: columns of line 1 without it). A BOM that still starts a key (one inside a document) is a parse problem at
 * that key: the document is said to be unreadable rather than judged without its `apiVersion`.
 */
function withDocumentBoms(text, parse) {
    if (text.indexOf('\uFEFF', 1) < 0)
        return parse(text);
    const parts = text.split('\n');
    const moved = new Set();
    let start = true;
    parts.forEach((line, i) => {
        let l = i === 0 ? line.replace(/^\uFEFF/, '') : line;
        if (i > 0 && l.charCodeAt(0) === 0xfeff && (start || MARKER.test(l.slice(1)))) {
            l = l.slice(1);
            parts[i] = l;
            moved.add(i + 1);
        }
        const bare = l.replace(/\r$/, '');
        if (MARKER.test(bare))
            start = BARE_MARKER.test(bare);
        else if (!/^[ \t]*(?:#.*)?$/.test(bare) && !bare.startsWith('%'))
            start = false;
    });
    const y = moved.size ? parse(parts.join('\n')) : parse(text);
    const back = (p) => (moved.has(p.line) ? { ...p, column: p.column + 1 } : p);
    const docs = moved.size ? y.docs.map((d) => ({ ...d, loc: (p, key) => { const at = d.loc(p, key); return at && back(at); } })) : y.docs;
    const errors = moved.size ? y.errors.map(back) : [...y.errors];
    for (const d of docs) {
        const key = bomKey(d.value);
        if (!key)
            continue;
        const at = d.loc(key, true) ?? { line: 1, column: 1 };
        errors.push({ message: `a byte-order mark (U+FEFF, invisible) starts the key '${String(key.at(-1)).slice(1)}': the document cannot be read as meant (a file saved as "UTF-8 with BOM" pasted into this one?); remove it`, line: at.line, column: at.column, doc: d.index });
    }
    return { ...y, docs, errors };
}
/** The path of the first mapping key that starts with a byte-order mark (depth-first, bounded), or null. */
function bomKey(value, path = [], budget = { n: 100_000 }) {
    if (--budget.n < 0 || path.length > 200 || typeof value !== 'object' || value === null)
        return null;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const hit = bomKey(value[i], [...path, i], budget);
            if (hit)
                return hit;
        }
        return null;
    }
    for (const [k, v] of Object.entries(value)) {
        if (k.charCodeAt(0) === 0xfeff)
            return [...path, k];
        const hit = bomKey(v, [...path, k], budget);
        if (hit)
            return hit;
    }
    return null;
}
/** Flow collections nested deeper than this are not parsed (Kubernetes and compose files nest a dozen levels). */
const MAX_FLOW_DEPTH = 512;
/** The parse problem of a file nested deeper than MAX_FLOW_DEPTH (YAML flow collections, JSON manifests). */
const TOO_DEEP = `nested too deeply to read (more than ${MAX_FLOW_DEPTH} levels of [ ] or { }, more than any configuration has)`;
/**
 * Where flow collections (`[`, `{`) first nest deeper than MAX_FLOW_DEPTH, or null. Quoted scalars, comments and
 * plain scalars outside flow collections (`- DEBUG={{{{\u2026`, whose brackets are text) are skipped roughly (a bracket inside them is not counted); one pass, no allocation per character.
 */
function tooDeepFlow(text) {
    let depth = 0;
    let line = 1;
    let lineStart = 0;
    // In a plain scalar of the block context (`- DEBUG={{{{`, `a: b [c`): its brackets are text, not collections.
    let plain = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
            plain = false;
            continue;
        }
        if (depth === 0 && c !== 32 && c !== 9 && c !== 13 && c !== 35) {
            const next = text.charCodeAt(i + 1);
            const blankAfter = i + 1 >= text.length || next === 32 || next === 9 || next === 10 || next === 13;
            // `: `, `- `, `? ` start a node; a tag or anchor (`!!map `, `&a `) comes before one; anything else not a bracket or
            // quote starts a plain scalar.
            if (c === 58 && blankAfter) {
                plain = false;
                continue;
            }
            if (plain)
                continue;
            if ((c === 45 || c === 63) && blankAfter)
                continue;
            if (i === lineStart && /^(?:---|\.\.\.)/.test(text.slice(i, i + 3))) {
                i += 2;
                continue;
            }
            if (c === 33 || c === 38) {
                while (i + 1 < text.length && !/[ \t\r\n]/.test(text[i + 1]))
                    i++;
                continue;
            }
            if (c !== 91 && c !== 123 && c !== 34 && c !== 39) {
                plain = true;
                continue;
            }
        }
        if (c === 91 || c === 123) {
            if (++depth > MAX_FLOW_DEPTH)
                return { line, column: i - lineStart + 1 };
            continue;
        }
        if (c === 93 || c === 125) {
            if (depth > 0)
                depth--;
            continue;
        }
        // `#` after a blank or at a line start opens a comment; quotes open scalars (to their closing quote on the line).
        if (c === 35 && (i === lineStart || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
            const nl = text.indexOf('\n', i);
            if (nl < 0)
                return null;
            i = nl - 1;
            continue;
        }
        // A quote that starts a scalar (after a blank, `[`, `{`, `,`, `:` or at the line start), not an apostrophe in a word.
        const before = i === lineStart ? 32 : text.charCodeAt(i - 1);
        if ((c === 34 || c === 39) && (before === 32 || before === 9 || before === 91 || before === 123 || before === 44 || before === 58)) {
            const end = text.indexOf(c === 34 ? '"' : "'", i + 1);
            const nl = text.indexOf('\n', i + 1);
            if (end > 0 && (nl < 0 || end < nl))
                i = end;
        }
    }
    return null;
}
// ---------------------------------------------------------------------------------------------
// Precise implementation (the `yaml` library): the reference semantics and the fallback.
/**
 * Where an unclosed quote or flow collection starts: the `yaml` library reports a missing closing
 * character where the text ends, a line past the problem. Looks back from there for the opening
 * character (an unmatched `[`/`{`, or the quote that opens the last scalar); `at` when none is found.
 */
function unclosedFrom(text, at, message) {
    // Offsets are the parser's: into the text without its BOM.
    const body = text.replace(/^\uFEFF/, '');
    const quote = /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : null;
    const close = /closing \]|end with an? \]/.test(message) ? ']' : /closing \}|end with an? \}/.test(message) ? '}' : null;
    const end = Math.min(at, body.length);
    if (quote) {
        // The opening quote is the last one before `at` that starts a scalar (after `: `, `- `, `[`, `,` or a line start).
        for (let i = end - 1, n = 0; i >= 0 && n < 100_000; i--, n++) {
            if (body[i] === quote && /(?:^|[:\-[{,]\s*|\n\s*)$/.test(body.slice(Math.max(0, i - 40), i)))
                return i;
        }
    }
    else if (close) {
        const open = close === ']' ? '[' : '{';
        let depth = 0;
        for (let i = end - 1, n = 0; i >= 0 && n < 100_000; i--, n++) {
            if (body[i] === close)
                depth++;
            else if (body[i] === open) {
                if (depth === 0)
                    return i;
                depth--;
            }
        }
    }
    return at;
}
/**
 * Where a key or `-` indented under a scalar starts: for `name: s` followed by `   labels: x` (one space too
 * deep) or `containers:` followed by ` - name: a` (too shallow), the `yaml` library reports a nested mapping
 * or block sequence "used as an implicit key" at the scalar, a line above the mistake; docker compose,
 * kubectl and yamllint name the misplaced line. When nothing on the reported line after `at` opens a
 * mapping (`a: b: c` is wrong on its own line), points at the first character of the next line that holds
 * something (comments and blank lines aside); `at` otherwise. `text` is without its BOM (the parser's offsets).
 */
function misplacedBelow(text, at) {
    const eol = text.indexOf('\n', at);
    if (eol < 0 || /:(?:[ \t]|$)|^[ \t]*-(?:[ \t]|$)/.test(text.slice(at, eol).replace(/\r$/, '')))
        return at;
    return contentFrom(text, eol + 1) ?? at;
}
/** The first character at or after `from` that is neither space, line break nor part of a comment line; null at the end. */
function contentFrom(text, from) {
    const re = /[^ \t\r\n]/g;
    for (let i = from; i < text.length;) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m)
            return null;
        const lineEnd = text.indexOf('\n', m.index);
        if (text[m.index] !== '#')
            return m.index;
        if (lineEnd < 0)
            return null;
        i = lineEnd + 1;
    }
    return null;
}
/**
 * A parser that ran out of stack (thousands of nested levels) says so in JavaScript's words ("Maximum call stack size
 * exceeded", "Invalid regular expression: \u2026: Stack overflow"); the user is told what is wrong with the file instead.
 */
function stackMessage(message) {
    return /Maximum call stack size exceeded|Stack overflow/i.test(message) ? 'nested too deeply to read (thousands of levels, more than any configuration has)' : message;
}
/** Parses with the `yaml` library: slower, but exact error messages and positions. Never throws. */
function parseYamlPrecise(path, text) {
    return withDocumentBoms(text, (t) => parseYamlPreciseAny(path, t));
}
function parseYamlPreciseAny(path, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    const docs = [];
    let parsed = [];
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text.replace(/^\uFEFF/, ''), { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
        if (!Array.isArray(parsed))
            parsed = [];
    }
    catch (e) {
        errors.push({ message: stackMessage(e.message), line: 1, column: 1 });
    }
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const body = text.replace(/^\uFEFF/, '');
    parsed.forEach((doc, index) => {
        for (const err of doc.errors) {
            let offset = err.code === 'MISSING_CHAR' || /end with an? [\]}]/.test(err.message) ? unclosedFrom(text, err.pos[0], err.message) : err.pos[0];
            // An indentation error points at the line's indentation: name the column where the misplaced key starts.
            // A comment line is never the misplaced key (the `yaml` library can name one above it): the next content line is.
            if (err.code === 'BAD_INDENT' && (offset === 0 || body[offset - 1] === '\n'))
                offset = contentFrom(body, offset) ?? offset;
            if (err.code === 'BLOCK_AS_IMPLICIT_KEY')
                offset = misplacedBelow(body, offset);
            const p = at(offset);
            errors.push({ message: stackMessage(err.message.split('\n')[0]), line: p.line, column: p.column, doc: index });
        }
        let value;
        try {
            value = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (e) {
            // Unresolved alias, too many aliases: at the first alias that does not resolve, else the document.
            let offset = doc.contents?.range?.[0] ?? 0;
            let merged = null;
            (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
                Alias(_k, node, path) {
                    try {
                        if (node.resolve(doc))
                            return undefined;
                    }
                    catch { /* unresolvable */ }
                    offset = node.range?.[0] ?? offset;
                    // A merge key's source (`<<: *base`, `<<: [*a, *b]`): the library says only that merge sources must be maps.
                    const up = path.at(-1);
                    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(up) ? path.at(-2) : up;
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) && (pair.value === node || pair.value === up) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && (pair.key.source === '<<' || typeof pair.key.value === 'symbol'))
                        merged = node.source;
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                },
            });
            const message = stackMessage(e.message.split('\n')[0]);
            // Named as for any other alias: the anchor the merge key asks for is not defined (a typo, or set only after it).
            errors.push({ message: merged !== null && /^Merge sources must be maps/.test(message) ? `Unresolved alias in a merge key (<<: *${merged}): the anchor &${merged} must be set before the alias` : message, ...at(offset), doc: index });
        }
        docs.push({
            index,
            value,
            loc(pathArr, key = false) {
                let r = null;
                try {
                    r = nodeRange(doc, pathArr, key);
                }
                catch {
                    r = null; // resolving aliases of a broken document can throw inside the `yaml` library
                }
                return r === null ? null : at(r);
            },
            aliasAt(pathArr, key = false) {
                try {
                    const found = nodeAt(doc, pathArr);
                    if (!key && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(found?.value))
                        return found.value.range ? at(found.value.range[0]) : null;
                    // Through an anchored collection (`options: *opts`): the anchor's text is the same for every use; the alias is this one.
                    const via = found?.via;
                    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(via) && via.range ? at(via.range[0]) : null;
                }
                catch {
                    return null;
                }
            },
            tag(pathArr) {
                try {
                    const node = nodeAt(doc, pathArr)?.value;
                    return typeof node?.tag === 'string' ? node.tag : null;
                }
                catch {
                    return null;
                }
            },
        });
    });
    return { path, docs, errors };
}
/** Offset of the node at `path`, walking merge keys so inherited values still get a location. */
function nodeRange(doc, path, key) {
    const found = nodeAt(doc, path);
    if (!found)
        return null;
    const { key: keyNode } = found;
    let node = found.value;
    // A value given by an alias (`image: *app_image`) is written where its anchor is (`&app_image repo/app:1.0`): located there.
    if (!key && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        node = node.resolve(doc) ?? node;
    const target = (key && keyNode ? keyNode : node);
    if (target && target.range)
        return target.range[0];
    if (keyNode && keyNode.range)
        return keyNode.range[0];
    return null;
}
/** The key and value nodes at `path` (the document's contents for an empty path), walking merge keys and aliases. */
function nodeAt(doc, path) {
    let node = doc.contents;
    let keyNode = null;
    // The first alias walked through (a value alias or a merge key's source) above the node: where this use of it is written.
    // The first, not the last: an alias inside an anchored node (`base: &base {options: *opts}`, merged by `<<: *base`) is
    // written once for every use, the outermost one at the use itself.
    let via = null;
    for (const seg of path) {
        // Through an alias (`environment: *env`) to the anchored node it names: the value is written there.
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            via ??= node;
            node = node.resolve(doc);
        }
        const found = child(node, seg, doc);
        if (!found)
            return null;
        node = found.value;
        keyNode = found.key;
        if (found.via)
            via ??= found.via;
    }
    return { key: keyNode, value: node, via };
}
function child(node, seg, doc, depth = 0) {
    // Merge sources can refer to their own ancestors (`a: &x {<<: *x}`): bound the search.
    if (depth > 100)
        return null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const pair of node.items) {
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : pair.key;
            if (k === seg || String(k) === String(seg))
                return { key: pair.key, value: pair.value };
        }
        for (const pair of node.items) {
            // With `merge: true` the `<<` key's value is a symbol; its source text is still `<<`.
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && (pair.key.source === '<<' || typeof pair.key.value === 'symbol')) {
                const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.value) ? pair.value.items : [pair.value];
                for (const src of sources) {
                    const resolved = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(src) ? src.resolve(doc) : src;
                    const hit = child(resolved, seg, doc, depth + 1);
                    if (hit)
                        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(src) && !hit.via ? { ...hit, via: src } : hit;
                }
            }
        }
        return null;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
        const v = node.items[seg];
        return v === undefined ? null : { key: v, value: v };
    }
    return null;
}
// ---------------------------------------------------------------------------------------------
// Fast implementation (js-yaml + a position tree).
/** Scalar types mirroring the `yaml` library's core schema (YAML 1.2) exactly. */
const scalarType = (tag, test, construct) => new js_yaml__WEBPACK_IMPORTED_MODULE_1__/* ["default"].Type */ .Ay.Type(tag, { kind: 'scalar', resolve: (d) => typeof d === 'string' && test.test(d), construct: (d) => construct(d) });
const SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_1__/* ["default"].FAILSAFE_SCHEMA */ .Ay.FAILSAFE_SCHEMA.extend({
    implicit: [
        scalarType('tag:yaml.org,2002:null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
        scalarType('tag:yaml.org,2002:bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
        scalarType('tag:yaml.org,2002:int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (s) => s[1] === 'o' ? parseInt(s.substring(2), 8) : s[1] === 'x' ? parseInt(s.substring(2), 16) : parseInt(s, 10)),
        scalarType('tag:yaml.org,2002:float', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/, (s) => s.slice(-3).toLowerCase() === 'nan' ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
        scalarType('tag:yaml.org,2002:merge', /^<<$/, (s) => s),
    ],
});
const MERGE_TAG = 'tag:yaml.org,2002:merge';
const K_MAP = 0, K_SEQ = 1, K_SCALAR = 2, K_ALIAS = 3, K_EMPTY = 4;
function isSpace(c) { return c === 0x20 || c === 0x09; }
function isWsOrEol(c) { return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; }
function isFlowInd(c) { return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d; }
/**
 * The fast path alone: the parse, or null when it cannot reproduce the `yaml` library's result
 * exactly (exported for tests and benchmarks; use {@link parseYaml}).
 */
function parseYamlFast(path, rawText) {
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    // Directives switch schemas/tag handles in the `yaml` library; leave them to the precise parser.
    if (text.charCodeAt(0) === 0x25 || text.includes('\n%'))
        return null;
    // Tab indentation and stray BOMs: the `yaml` library rejects or splits where js-yaml does not.
    if (text.charCodeAt(0) === 0x09 || text.includes('\n\t') || text.includes('\uFEFF'))
        return null;
    // `[#`, `{#`, `,#`: js-yaml reads a comment, the `yaml` library wants white space first.
    if (text.includes('#') && /[[{,]#/.test(text))
        return null;
    // Explicit `?` keys: rare, and positioned differently; leave them to the precise parser.
    if (text.includes('?') && /(?:^|[\s{[,-])\?(?:[ \t\r\n]|$)/.test(text))
        return null;
    // js-yaml takes `---x` at the start of a line for a document marker; it is plain text.
    if (text.includes('---') && /(?:^|\n)---[^\s]/.test(text))
        return null;
    // Lone CRs are line breaks to js-yaml but not to the `yaml` library's line counter.
    if (text.includes('\r') && /\r(?!\n)/.test(text))
        return null;
    // Content after a `...` document end marker: js-yaml reads it as the next document, the `yaml` library rejects it.
    if (text.includes('...') && /(?:^|\n)\.\.\.[ \t]+[^#\s]/.test(text))
        return null;
    const roots = [];
    const stack = [];
    const anchors = new Map();
    let bad = false;
    /** Skips separation (spaces, line breaks, comments) and node properties; returns the content offset. */
    let sawProps = false;
    const contentStart = (p, node) => {
        let anchored = false;
        sawProps = false;
        for (;;) {
            let c = text.charCodeAt(p);
            while (isWsOrEol(c))
                c = text.charCodeAt(++p);
            if (c === 0x23) {
                while (p < text.length && c !== 0x0a && c !== 0x0d)
                    c = text.charCodeAt(++p);
                continue;
            }
            if (c === 0x21) {
                bad = true;
                return p;
            } // tags: leave to the precise parser
            if (c === 0x26) {
                const s = ++p;
                c = text.charCodeAt(p);
                while (p < text.length && !isWsOrEol(c) && !isFlowInd(c))
                    c = text.charCodeAt(++p);
                // Two anchors before one node's content: the `yaml` library rejects that, js-yaml may not.
                if (anchored)
                    bad = true;
                anchored = sawProps = true;
                if (node) {
                    node.a = true;
                    anchors.set(text.slice(s, p), node);
                }
                continue;
            }
            return p;
        }
    };
    const listener = (event, state) => {
        if (event === 'open') {
            stack.push({ open: state.position, children: [] });
            return;
        }
        const f = stack.pop();
        if (!f) {
            bad = true;
            return;
        }
        const kind = state.kind;
        const node = { k: K_SCALAR, pos: 0, end: state.position, r: state.result, c: null, t: null, a: false, m: state.tag === MERGE_TAG, i: -1 };
        if (kind === 'mapping' || kind === 'sequence') {
            node.k = kind === 'mapping' ? K_MAP : K_SEQ;
            const only = f.children.length === 1 ? f.children[0] : null;
            // js-yaml reads a block collection's first implicit key through a nested composeNode and keeps
            // its result when no `:` follows: collapse such wrappers.
            node.c = only && only.k === node.k && only.r === node.r ? only.c : f.children;
            // A block mapping ends by trying one more implicit key (e.g. at a `---` marker): drop it.
            if (node.k === K_MAP && node.c && node.c.length % 2 && node.c[node.c.length - 1].k === K_EMPTY)
                node.c = node.c.slice(0, -1);
            node.pos = contentStart(f.open, node);
        }
        else if (kind === 'scalar') {
            node.pos = contentStart(f.open, node);
        }
        else {
            // No kind: an alias or an empty node.
            const p = contentStart(f.open, null);
            if (text.charCodeAt(p) === 0x2a) {
                let e = p + 1;
                let c = text.charCodeAt(e);
                while (e < text.length && !isWsOrEol(c) && !isFlowInd(c))
                    c = text.charCodeAt(++e);
                const target = anchors.get(text.slice(p + 1, e));
                if (!target || !Object.is(target.r, node.r))
                    bad = true;
                node.k = K_ALIAS;
                node.t = target ?? null;
                node.pos = p;
            }
            else {
                if (node.r !== null)
                    bad = true;
                node.k = K_EMPTY;
                if (sawProps)
                    bad = true; // an empty node with properties (or properties right after it)
                let q = f.open;
                while (isSpace(text.charCodeAt(q)))
                    q++;
                node.pos = q;
                // An empty flow value followed by a line break (`{a:\n}`): js-yaml opens it past the break (and
                // comments), the `yaml` library places it right after the `:`.
                const next = text.charCodeAt(q);
                if (next === 0x2c || next === 0x5d || next === 0x7d) {
                    let b = f.open - 1;
                    while (b >= 0 && isSpace(text.charCodeAt(b)))
                        b--;
                    if (b >= 0 && text.charCodeAt(b) === 0x0a)
                        bad = true;
                }
            }
        }
        const parent = stack[stack.length - 1];
        if (parent)
            parent.children.push(node);
        else
            roots.push(node);
    };
    let values;
    try {
        values = js_yaml__WEBPACK_IMPORTED_MODULE_1__/* ["default"].loadAll */ .Ay.loadAll(text, undefined, { schema: SCHEMA, listener, maxDepth: 1000, onWarning: () => { bad = true; } });
    }
    catch {
        return null; // syntax errors: the precise parser reports them (and keeps sibling documents)
    }
    if (bad || stack.length || roots.length !== values.length)
        return null;
    const docs = [];
    const errors = [];
    const at = lineColumns(text);
    for (let i = 0; i < roots.length; i++) {
        const root = roots[i];
        const value = values[i];
        // `--- a: b`, `--- - a`: a block collection cannot start on the marker's line (js-yaml allows it).
        if ((root.k === K_MAP || root.k === K_SEQ) && !isFlowStart(text, root) && /^---[ \t]/.test(text.slice(text.lastIndexOf('\n', root.pos - 1) + 1, root.pos)))
            return null;
        if (root.k === K_EMPTY) {
            // The `yaml` library positions an empty document right after its `---` marker; without a
            // marker (comments only, `...`) leave the document bookkeeping to the precise parser.
            const marker = explicitStart(text, root.pos);
            if (marker < 0)
                return null;
            let q = marker + 3;
            while (isSpace(text.charCodeAt(q)))
                q++;
            root.pos = q;
        }
        if (!verify(text, root, value, -1))
            return null;
        let docValue = value;
        const bomb = aliasBomb(root);
        if (bomb) {
            docValue = undefined;
            const p = at(bomb.pos);
            errors.push({ message: ALIAS_BOMB, line: p.line, column: p.column });
        }
        docs.push(fastDoc(docs.length, docValue, flatTree(root), at));
    }
    return { path, docs, errors };
}
/**
 * The line and column of offsets in `text` (1-based), the line starts found on the first question. Made outside the
 * parser's scope: a closure made there would keep the parse's whole state (every position tree of the file) alive.
 */
function lineColumns(text) {
    let lines = null;
    return (offset) => {
        if (!lines) {
            lines = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                lines.push(i + 1);
        }
        let lo = 0, hi = lines.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lines[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - lines[lo] + 1 };
    };
}
/** A document read by the fast path: positions come from its flattened position tree (see FlatTree). */
function fastDoc(index, value, tree, at) {
    return {
        index,
        value,
        loc(pathArr, key = false) {
            const r = flatRange(tree, pathArr, key);
            return r === null ? null : at(r);
        },
        // A file with tags is left to the precise parser: there are none here.
        tag: () => null,
    };
}
/** Offset of the `---` marker that opened the empty document at `pos` (only separation between), or -1. */
function explicitStart(text, pos) {
    let p = pos - 1;
    while (p >= 0 && isWsOrEol(text.charCodeAt(p)))
        p--;
    if (p < 0)
        return -1;
    const ls = text.lastIndexOf('\n', p) + 1;
    const line = text.slice(ls, p + 1);
    // `---`, optionally followed by a comment.
    return /^---(?:[ \t]+(?:#.*)?)?$/.test(line) ? ls : -1;
}
/** Checks that the position tree describes `value` exactly; false makes the caller fall back. */
function verify(text, node, value, indent) {
    if (!indented(text, node, indent))
        return false;
    switch (node.k) {
        case K_EMPTY:
            return value === null;
        case K_SCALAR:
            return Object.is(node.r, value) && (value === null || typeof value !== 'object');
        case K_ALIAS:
            return node.t !== null && Object.is(node.t.r, value) && Object.is(node.r, value);
        case K_SEQ: {
            if (node.r !== value || !Array.isArray(value) || !node.c || node.c.length !== value.length)
                return false;
            const ind = blockIndent(text, node, indent);
            for (let i = 0; i < value.length; i++)
                if (!verify(text, node.c[i], value[i], ind))
                    return false;
            return true;
        }
        case K_MAP: {
            const c = node.c;
            if (node.r !== value || value === null || typeof value !== 'object' || Array.isArray(value) || !c || c.length % 2)
                return false;
            const obj = value;
            const seen = new Set();
            const ind = blockIndent(text, node, indent);
            for (let i = 0; i < c.length; i += 2) {
                const k = c[i];
                const v = c[i + 1];
                if (k.m) {
                    // `<<`: a mapping (alias) or a sequence of them; its keys were merged by js-yaml.
                    if (k.k !== K_SCALAR)
                        return false;
                    const srcs = v.k === K_SEQ ? v.c : [v];
                    if (v.k === K_SEQ && !verify(text, v, v.r, ind))
                        return false;
                    for (const s of srcs) {
                        const m = s.k === K_ALIAS ? s.t : s;
                        if (!m || m.k !== K_MAP)
                            return false;
                        if (s.k === K_MAP && !verify(text, s, s.r, ind))
                            return false;
                        for (const key of Object.keys(m.r))
                            seen.add(key);
                    }
                    continue;
                }
                // Keys must be plain scalars whose string form is the `yaml` library's key (null differs).
                if (k.k !== K_SCALAR || k.r === null || typeof k.r === 'object' || k.end - k.pos > 1000 || !indented(text, k, ind))
                    return false;
                const ks = String(k.r);
                if (!Object.prototype.hasOwnProperty.call(obj, ks) || !verify(text, v, obj[ks], ind))
                    return false;
                // A block collection as a mapping value must start on a later line than its key
                // (`a: &x b: c` is a compact nested mapping, which the `yaml` library rejects).
                if ((v.k === K_MAP || v.k === K_SEQ) && !isFlowStart(text, v) && text.lastIndexOf('\n', v.pos) < k.pos)
                    return false;
                seen.add(ks);
            }
            return Object.keys(obj).length === seen.size;
        }
    }
    return false;
}
function isFlowStart(text, node) {
    const c = text.charCodeAt(node.pos);
    return c === 0x5b || c === 0x7b;
}
/** The indentation a block collection imposes on its children; flow collections keep the outer one. */
function blockIndent(text, node, outer) {
    const c = text.charCodeAt(node.pos);
    if (c === 0x5b || c === 0x7b)
        return outer;
    return node.pos - (text.lastIndexOf('\n', node.pos - 1) + 1);
}
/**
 * The `yaml` library rejects multi-line flow collections and quoted/plain scalars whose continuation
 * lines are not indented past the enclosing block collection (js-yaml is lenient there). Returns
 * false (fall back) for any such node, and for tabs in their continuation indentation.
 */
function indented(text, node, indent) {
    if (node.k === K_ALIAS || node.k === K_EMPTY)
        return true;
    const first = text.charCodeAt(node.pos);
    // `"a"#c` / `[a]#c`: the `yaml` library wants white space before a comment.
    if ((first === 0x22 || first === 0x27 || first === 0x5b || first === 0x7b) && text.charCodeAt(node.end) === 0x23)
        return false;
    if (first === 0x7c || first === 0x3e) {
        // Block scalars: js-yaml checks their indentation; explicit indentation indicators (`|2`) are
        // rare and handled differently on whitespace-only lines, so leave those to the precise parser.
        const a = text.charCodeAt(node.pos + 1), b = text.charCodeAt(node.pos + 2);
        if (indent < 0)
            return false; // top-level block scalars: content may start in column 1
        // Whitespace-only lines with a tab in or right after the scalar: js-yaml reads a blank line, the `yaml`
        // library may take it for content (`foo: |` then `  \t`) or reject it as less indented.
        for (let nl = text.indexOf('\n', node.pos); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
            let p = nl + 1, tab = false, c = text.charCodeAt(p);
            while (isSpace(c)) {
                if (c === 0x09)
                    tab = true;
                c = text.charCodeAt(++p);
            }
            if (p >= text.length || c === 0x0a || c === 0x0d) {
                if (tab)
                    return false;
                continue;
            }
            if (p >= node.end)
                break;
        }
        // Leading whitespace-only lines (which the `yaml` library may reject as more indented).
        for (let nl = text.indexOf('\n', node.pos); nl !== -1 && nl + 1 < text.length; nl = text.indexOf('\n', nl + 1)) {
            let p = nl + 1;
            while (text.charCodeAt(p) === 0x20)
                p++;
            const c = text.charCodeAt(p);
            if (c === 0x0a || c === 0x0d) {
                if (p > nl + 1)
                    return false;
                continue;
            }
            if (p >= text.length && p > nl + 1)
                return false;
            break;
        }
        // Keep chomping (`|+`) differs on trailing whitespace-only lines: same treatment.
        return !((a >= 0x31 && a <= 0x39) || (b >= 0x31 && b <= 0x39) || a === 0x2b || b === 0x2b);
    }
    const flow = first === 0x5b || first === 0x7b;
    if (node.k !== K_SCALAR && !flow)
        return true;
    let end = node.end;
    while (end > node.pos && isWsOrEol(text.charCodeAt(end - 1)))
        end--;
    // A top-level flow collection with a comment in column 1: the `yaml` library rejects some of them.
    if (flow && indent < 0) {
        const h = text.indexOf('\n#', node.pos);
        if (h !== -1 && h < end)
            return false;
    }
    // An escaped line break followed by an empty line (`"a\` then a blank line): the two parsers fold differently.
    if (first === 0x22) {
        const nl = text.indexOf('\n', node.pos);
        if (nl !== -1 && nl < end && /\\\r?\n[ \t]*\r?\n/.test(text.slice(node.pos, end)))
            return false;
    }
    for (let nl = text.indexOf('\n', node.pos); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
        let p = nl + 1;
        while (text.charCodeAt(p) === 0x20)
            p++;
        const c = text.charCodeAt(p);
        if (c === 0x09)
            return false;
        if (c === 0x0a || c === 0x0d || p >= end)
            continue;
        const spaces = p - nl - 1;
        if (spaces > indent)
            continue;
        if (flow && spaces === indent && (c === 0x5d || c === 0x7d) && p === end - 1)
            continue;
        return false;
    }
    return true;
}
const MERGE_KEY = 8;
/** Flattens the tree at `root` (alias targets included, each node once). */
function flatTree(root) {
    const order = [];
    const seen = (p) => p.i >= 0 && order[p.i] === p;
    const todo = [root];
    let kids = 0;
    while (todo.length) {
        const p = todo.pop();
        if (seen(p))
            continue;
        p.i = order.length;
        order.push(p);
        if (p.t)
            todo.push(p.t);
        const c = p.c;
        if (!c)
            continue;
        kids += c.length;
        for (let j = c.length - 1; j >= 0; j--)
            todo.push(c[j]);
    }
    const n = order.length;
    const data = new Int32Array(5 * n + kids);
    const keys = new Array(n).fill(undefined);
    let next = 5 * n;
    for (let i = 0; i < n; i++) {
        const p = order[i];
        data[i] = p.k | (p.m ? MERGE_KEY : 0);
        data[n + i] = p.pos;
        data[2 * n + i] = p.c ? next : -1;
        data[3 * n + i] = p.c ? p.c.length : 0;
        data[4 * n + i] = p.t ? p.t.i : -1;
        const c = p.c;
        if (!c)
            continue;
        for (let j = 0; j < c.length; j++) {
            const child = c[j];
            data[next++] = child.i;
            if (p.k === K_MAP && (j & 1) === 0)
                keys[child.i] = child.r;
        }
    }
    return { n, data, keys };
}
/** Offset of the node at `path` in the position tree, with the same rules as {@link nodeRange}. */
function flatRange(tree, path, key) {
    const { n, data } = tree;
    let node = 0;
    let keyNode = -1;
    for (const seg of path) {
        // Through an alias (`environment: *env`) to the anchored node it names: the value is written there.
        if ((data[node] & ~MERGE_KEY) === K_ALIAS && data[4 * n + node] !== -1)
            node = data[4 * n + node];
        const found = flatChild(tree, node, seg, 0);
        if (!found)
            return null;
        node = found[1];
        keyNode = found[0];
    }
    // A value given by an alias (`image: *app_image`) is written where its anchor is (`&app_image repo/app:1.0`): located there.
    if (!key && (data[node] & ~MERGE_KEY) === K_ALIAS && data[4 * n + node] !== -1)
        node = data[4 * n + node];
    return key && keyNode !== -1 ? data[n + keyNode] : data[n + node];
}
/** The key and value nodes of `seg` under `node` (a mapping's key, through `<<` merges; a sequence's index), or null. */
function flatChild(tree, node, seg, depth) {
    if (depth > 100)
        return null;
    const { n, data, keys } = tree;
    const kind = data[node] & ~MERGE_KEY;
    const first = data[2 * n + node];
    const count = data[3 * n + node];
    if (kind === K_MAP && first !== -1) {
        const s = String(seg);
        for (let i = 0; i < count; i += 2) {
            const k = data[first + i];
            if (!(data[k] & MERGE_KEY) && String(keys[k]) === s)
                return [k, data[first + i + 1]];
        }
        for (let i = 0; i < count; i += 2) {
            if (!(data[data[first + i]] & MERGE_KEY))
                continue;
            const v = data[first + i + 1];
            const many = (data[v] & ~MERGE_KEY) === K_SEQ;
            const from = many ? data[2 * n + v] : -1;
            const sources = many ? data[3 * n + v] : 1;
            for (let j = 0; j < sources; j++) {
                const src = many ? data[from + j] : v;
                const resolved = (data[src] & ~MERGE_KEY) === K_ALIAS ? data[4 * n + src] : src;
                const hit = resolved !== -1 ? flatChild(tree, resolved, seg, depth + 1) : null;
                if (hit)
                    return hit;
            }
        }
        return null;
    }
    if (kind === K_SEQ && first !== -1 && typeof seg === 'number') {
        // As an array index: a whole number within the list (`c[seg]` of the tree of objects).
        if (!Number.isInteger(seg) || seg < 0 || seg >= count)
            return null;
        const v = data[first + seg];
        return [v, v];
    }
    return null;
}
/**
 * Replays the `yaml` library's `toJS({ maxAliasCount })` accounting on the position tree and returns
 * the alias that exceeds it (or a node where the bounded walk gave up), or null when the document
 * is fine. Documents without aliases never exceed it.
 */
function aliasBomb(root) {
    if (!hasAlias(root, 0))
        return null;
    const anchors = new Map();
    let work = 0;
    class Stop extends Error {
        node;
        constructor(node) {
            super();
            this.node = node;
        }
    }
    const toJS = (n) => {
        if (++work > MAX_ALIAS_WORK)
            throw new Stop(n);
        if (n.a)
            anchors.set(n, { count: 1, aliasCount: 0 });
        toJSON(n);
    };
    const toJSON = (n) => {
        const c = n.c;
        if (n.k === K_MAP && c) {
            for (let i = 0; i < c.length; i += 2) {
                if (c[i].m) {
                    const v = c[i + 1];
                    const src = v.k === K_ALIAS ? v.t : v;
                    const items = src.k === K_SEQ ? src.c : [src];
                    for (const it of items) {
                        if (++work > MAX_ALIAS_WORK)
                            throw new Stop(it);
                        toJSON(it.k === K_ALIAS ? it.t : it);
                    }
                }
                else {
                    toJS(c[i]);
                    toJS(c[i + 1]);
                }
            }
        }
        else if (n.k === K_SEQ && c) {
            for (const it of c)
                toJS(it);
        }
        else if (n.k === K_ALIAS) {
            const t = n.t;
            let data = anchors.get(t);
            if (!data) {
                toJS(t);
                data = anchors.get(t);
            }
            data.count += 1;
            if (data.aliasCount === 0)
                data.aliasCount = aliasCount(t);
            if (data.count * data.aliasCount > MAX_ALIAS_COUNT)
                throw new Stop(n);
        }
    };
    const aliasCount = (n) => {
        if (++work > MAX_ALIAS_WORK)
            throw new Stop(n);
        if (n.k === K_ALIAS) {
            const d = anchors.get(n.t);
            return d ? d.count * d.aliasCount : 0;
        }
        if ((n.k === K_MAP || n.k === K_SEQ) && n.c) {
            let count = 0;
            if (n.k === K_MAP) {
                for (let i = 0; i < n.c.length; i += 2) {
                    const kc = aliasCount(n.c[i]);
                    const vc = aliasCount(n.c[i + 1]);
                    const pc = kc > vc ? kc : vc;
                    if (pc > count)
                        count = pc;
                }
            }
            else {
                for (const it of n.c) {
                    const x = aliasCount(it);
                    if (x > count)
                        count = x;
                }
            }
            return count;
        }
        return 1;
    };
    try {
        toJS(root);
        return null;
    }
    catch (e) {
        if (e instanceof Stop)
            return e.node;
        throw e;
    }
}
function hasAlias(n, depth) {
    if (n.k === K_ALIAS)
        return true;
    if (!n.c || depth > 1000)
        return false;
    for (const x of n.c)
        if (hasAlias(x, depth + 1))
            return true;
    return false;
}
/** A plain object guard for parsed YAML values. */
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ })

};
