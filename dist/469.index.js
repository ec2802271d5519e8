export const id = 469;
export const ids = [469,683];
export const modules = {

/***/ 81635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importMarkdown: () => (/* binding */ importMarkdown)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(683);


/**
 * Converts a Markdown checklist to a YAML checklist (version 1) that loads back into the same
 * items: ids, titles, checks (one id or a list), options, groups and standing sign-offs. Manual
 * items get `severity: info` written out, so the team sees where to raise it. Ticks on bound
 * items are kept as comments (the check decides, the box is only shown).
 */
function importMarkdown(file, text, opts = {}) {
    const list = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.parseMarkdownChecklist)(file, text, opts);
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({ version: 1, items: list.items.map(toYamlItem) });
    doc.commentBefore = ` Imported from ${file} by \`preflight import\`.\n Manual items have severity info: raise it on the ones that must block a merge.`;
    list.items.forEach((item, i) => {
        const node = doc.getIn(['items', i], true);
        if (item.ticked && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            node.commentBefore = ` [x] in ${file}: shown only, the check decides`;
    });
    return { yaml: doc.toString({ lineWidth: 0 }), report: importReport(file, list.items) };
}
function toYamlItem(item) {
    const out = { id: item.id };
    if (item.title)
        out.title = item.title;
    if (item.checks.length)
        out.check = item.checks.length === 1 ? item.checks[0] : item.checks;
    if (item.severity)
        out.severity = item.severity;
    else if (!item.checks.length)
        out.severity = 'info';
    if (item.options)
        out.options = item.options;
    if (item.group?.length)
        out.group = item.group;
    if (item.signedOff)
        out['signed-off'] = true;
    return out;
}
function importReport(file, items) {
    const auto = items.filter((i) => i.checks.length && i.matchedBy);
    const explicit = items.filter((i) => i.checks.length && !i.matchedBy);
    const manual = items.filter((i) => !i.checks.length);
    const signed = manual.filter((i) => i.signedOff).length;
    const lines = [
        `${file}: ${items.length} items, ${auto.length} bound automatically, ${explicit.length} bound explicitly, ${manual.length} manual` +
            (signed ? ` (${signed} signed off with [x])` : ''),
    ];
    if (auto.length) {
        lines.push('', 'Bound automatically (check the phrase; add `<!-- preflight: manual -->` to an item to undo):');
        for (const i of auto)
            lines.push(`  ${i.id} → ${i.checks.join(', ')}    ${i.matchedBy}`);
    }
    if (explicit.length) {
        lines.push('', 'Bound explicitly:');
        for (const i of explicit)
            lines.push(`  ${i.id} → ${i.checks.join(', ')}`);
    }
    lines.push('', `Manual items (${manual.length}) need a sign-off: [x] in the checklist or a ticked box in the pull request. They have severity info and do not block until you raise it.`);
    return lines.join('\n');
}


/***/ }),

/***/ 683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ tickedTexts),
/* harmony export */   parseMarkdownChecklist: () => (/* binding */ parseMarkdownChecklist)
/* harmony export */ });
/* unused harmony exports plainText, slug, splitBlocks */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46855);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19952);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52297);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99085);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);
/* harmony import */ var _matcher_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40714);






const DIRECTIVE = /<!--\s*preflight\s*:([\s\S]*?)-->/gi;
/** `<!-- preflight:` with no `-->` after it (one in a code span, closed, is text). */
const UNTERMINATED = /<!--\s*preflight\s*:(?![\s\S]*-->)/i;
const MAX_SLUG = 60;
const CHUNK = 4_096;
// Parsing costs about 10 s per MB on a busy runner: far above any real checklist, still bounded.
const MAX_CHARS = 1_048_576;
// A bullet in column 1 starts a new top-level item: it interrupts any paragraph before it.
const ITEM_START = /^[-*+][ \t]+\S/;
const BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A table cell that is a checkbox, alone or before the item's text (`[ ]`, `[x] HSTS on`, `- [ ] HSTS on`). */
const CHECKBOX_CELL = /^(?:[-*+]\s+)?\[([ xX])\](?:\s+([\s\S]*))?$/;
/**
 * Parses a team's Markdown checklist (GFM task lists) into a bound `Checklist`.
 *
 * Every task-list item — nested, in block quotes, spanning lines, sign-off lines like
 * `- [ ] Name: ____` — becomes one item: its title is the first paragraph with markup stripped,
 * its group the heading path (a lone leading `#` title of the document is left out; emoji are
 * trimmed from headings), its id a slug of the title made unique with `-2`, `-3`… Task lists
 * inside code blocks or raw HTML are not items. `<!-- preflight: ID, ID -->` on an item binds it
 * explicitly and `<!-- preflight: manual -->` keeps it manual; other items go through the
 * phrase matcher. `[x]` is a standing sign-off on a manual item and only shown on a bound one.
 * Throws ConfigError for an unknown id (with the nearest known one), an unterminated directive, for a file without task
 * items, and — to bound parse time — for a file over 1 MB or with list items nested over 64 columns deep.
 */
function parseMarkdownChecklist(file, text, opts = {}) {
    // Two decimals where one would round to the limit ("1.05 MB", never "1.0 MB: at most 1 MB").
    const mb = text.length / 1_048_576;
    const size = mb.toFixed(1) === (MAX_CHARS / 1_048_576).toFixed(1) ? mb.toFixed(2) : mb.toFixed(1);
    if (text.length > MAX_CHARS)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`the checklist is ${size} MB: a Markdown checklist may be at most ${MAX_CHARS / 1_048_576} MB (split it into smaller files)`, { file, line: 1, column: 1 });
    const deep = tooDeep(text);
    if (deep)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('nested too deeply (a list item indented over 64 columns or inside over 16 block quotes): flatten the list', { file, line: deep, column: 1 });
    const known = new Set(opts.known ?? (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().keys());
    const parts = splitBlocks(blankFrontMatter(text)).map((c) => ({ offset: c.offset, nodes: (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_3__/* .fromMarkdown */ .Y)(c.text, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_4__/* .gfm */ .T)()], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_5__/* .gfmFromMarkdown */ .C)()] }).children }));
    const docTitle = documentTitle(parts.flatMap((p) => p.nodes));
    const items = [];
    const hints = new Map();
    const ids = new UniqueIds();
    let offset = 0;
    const headings = [];
    /** One checklist item, from a task-list item's text, tick, position and directive comments. */
    const addItem = (title, promise, checked, pos, directives, parent, parentItem) => {
        const item = {
            id: ids.take(slug(title)),
            title,
            checks: [],
            group: headings.map((h) => h.text),
            source: { file, line: (pos?.line ?? 1) + offset, column: pos?.column ?? 1 },
        };
        // A directive without its `-->` is text to Markdown: say so rather than keep it as a title.
        if (UNTERMINATED.test(title)) {
            const raw = text.split('\n', item.source.line)[item.source.line - 1] ?? '';
            const at = raw.search(UNTERMINATED);
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('unterminated `<!-- preflight: … -->`: expected `-->` after the check ids', { file, line: item.source.line, column: at >= 0 ? at + 1 : item.source.column });
        }
        const directive = readDirectives(directives, file, known, offset);
        if (directive === 'manual' || directive === null) {
            if (checked)
                item.signedOff = true;
        }
        else {
            item.checks = directive;
            if (checked)
                item.ticked = true;
        }
        hints.set(item, { parent, parentItem, explicit: directive !== null, ...(docTitle ? { headings: [headingText(docTitle), ...item.group] } : {}), ...(promise !== title ? { promise } : {}) });
        items.push(item);
        return item;
    };
    const visitItem = (li, parent, parentItem) => {
        const first = li.children[0]?.type === 'paragraph' ? li.children[0] : undefined;
        // The title keeps struck-through words (it is what the line says, and what a tick repeats); the
        // matcher reads the item without them ("HSTS on ~~staging~~ prod" promises prod only).
        const title = first ? plainText(first.children, true) : '';
        const promise = first ? plainText(first.children) : '';
        let next = parentItem;
        if (li.checked === true || li.checked === false) {
            next = addItem(title, promise, li.checked, li.position?.start, li.children, parent, parentItem);
        }
        else if (parentItem && _matcher_js__WEBPACK_IMPORTED_MODULE_2__.URL_PATH.test(title)) {
            // A plain bullet that is only a URL path (`- /healthz`) under an item: a path it may probe.
            const hint = hints.get(parentItem);
            if (hint)
                (hint.paths ??= []).push(title);
        }
        for (const child of li.children)
            if (child.type === 'list')
                visitList(child, title, next);
    };
    // GitHub renders no checkbox in a table and DESIGN reads task-list items only: a table row with a
    // checkbox cell (`| Item | [ ] |`, `| - [ ] Item |`) is no item, but it is said, never dropped silently.
    const warnings = [];
    const visitTable = (table) => {
        for (const row of table.children.slice(1)) {
            const cells = row.children.map((c) => plainText(c.children, true).trim());
            const box = cells.findIndex((c) => CHECKBOX_CELL.test(c));
            if (box < 0)
                continue;
            const title = CHECKBOX_CELL.exec(cells[box])[2]?.trim() || cells.filter((c, i) => i !== box && c).sort((x, y) => y.length - x.length)[0] || '';
            const line = (row.position?.start.line ?? 1) + offset;
            warnings.push(`${file}:${line}: a checkbox in a table row is not a task-list item, so ${title ? `'${title.length > 60 ? `${title.slice(0, 57)}…` : title}'` : 'this row'} is not checked: write it as a list line (\`- [ ] …\`)`);
        }
    };
    const visitList = (list, parent, parentItem) => {
        for (const li of list.children)
            visitItem(li, parent, parentItem);
    };
    const visitFlow = (nodes) => {
        for (const node of nodes) {
            if (node.type === 'heading') {
                if (node === docTitle)
                    continue;
                while (headings.length && headings.at(-1).depth >= node.depth)
                    headings.pop();
                headings.push({ depth: node.depth, text: headingText(node) });
            }
            else if (node.type === 'list')
                visitList(node, undefined, undefined);
            else if (node.type === 'table')
                visitTable(node);
            else if (node.type === 'blockquote' || node.type === 'footnoteDefinition')
                visitFlow(node.children);
        }
    };
    for (const part of parts) {
        offset = part.offset;
        visitFlow(part.nodes);
    }
    if (!items.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`no task-list items (\`- [ ] …\`) found: a Markdown checklist is a list of \`- [ ] item\` lines${warnings.length ? ' (checkboxes in table rows are not task-list items)' : ''}`, { file, line: 1, column: 1 });
    const checklist = { file, format: 'markdown', extends: [], probes: {}, ignore: [], items, manualSeverity: 'info', ...(warnings.length ? { warnings } : {}) };
    if (opts.match !== false)
        (0,_matcher_js__WEBPACK_IMPORTED_MODULE_2__.bindChecklist)(checklist, hints);
    return checklist;
}
/**
 * YAML (`---`) or TOML (`+++`) front matter at the top, blanked line for line (positions stay
 * right): it is metadata, and Markdown would read `---` as a rule and `key: value` above a closing
 * `---` as a heading.
 */
function blankFrontMatter(text) {
    const m = /^(\uFEFF?)(---|\+\+\+)[ \t]*\r?\n/.exec(text);
    if (!m)
        return text;
    const close = m[2] === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
    const lines = text.split('\n');
    const end = lines.findIndex((l, i) => i > 0 && i < 200 && close.test(l.replace(/\r$/, '')));
    if (end < 0)
        return text;
    // Only metadata: a mapping (`key: value` / `key = value`, `[table]`) and no task item. A list
    // between two rules (`---` / `- [ ] item` / `---`) is checklist content, never blanked.
    const inner = lines.slice(1, end).map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() && !/^\s*#/.test(l));
    const first = m[2] === '---' ? /^[\w"'][^:]*:(?:\s|$)/ : /^(?:[\w"'.-]+\s*=|\[)/;
    if (!inner.length || !first.test(inner[0]) || inner.some((l) => /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]/.test(l)))
        return text;
    return `${m[1]}${lines.slice(0, end + 1).map((l) => (l.endsWith('\r') ? '\r' : '')).join('\n')}\n${lines.slice(end + 1).join('\n')}`;
}
/** The first heading when it is the only `#` heading and comes before any list: the document's name. */
function documentTitle(nodes) {
    const h1 = nodes.filter((n) => n.type === 'heading' && n.depth === 1);
    const first = nodes.find((n) => n.type === 'heading' || n.type === 'list');
    return h1.length === 1 && first === h1[0] ? h1[0] : undefined;
}
function headingText(h) {
    // Emoji decorate headings ("🔒 Security"); they make group names awkward to type or compare.
    // Below U+2000 the pictographs are letters-like symbols (©, ®) that mojibake is made of: kept.
    return plainText(h.children)
        .replace(/[\p{Extended_Pictographic}\p{Co}\uFE0F\u200D]/gu, (c) => (c.codePointAt(0) < 0x2000 ? c : ''))
        .replace(/\s+/g, ' ')
        .trim();
}
/** The visible text of inline content: markup, HTML and directives dropped, white space collapsed. */
function plainText(nodes, keepStruck = false) {
    let out = '';
    const walk = (n) => {
        switch (n.type) {
            case 'text':
            case 'inlineCode':
                out += n.value;
                break;
            case 'break':
                out += ' ';
                break;
            case 'image':
            case 'imageReference':
                out += n.alt ?? '';
                break;
            case 'html':
                out += ' ';
                break;
            case 'footnoteReference': break;
            // Struck-through text is withdrawn ("HSTS on ~~staging~~ prod" promises prod only).
            case 'delete':
                if (keepStruck)
                    for (const c of n.children)
                        walk(c);
                break;
            default: if ('children' in n)
                for (const c of n.children)
                    walk(c);
        }
    };
    for (const n of nodes)
        walk(n);
    return out.replace(/\s+/g, ' ').trim();
}
/**
 * The explicit binding written on an item (not on its nested items): a list of ids, `'manual'`,
 * or null when there is none.
 */
function readDirectives(children, file, known, offset) {
    const found = [];
    const walk = (n) => {
        if (n.type === 'list')
            return;
        if (n.type === 'html') {
            const at = n.position?.start;
            found.push({ value: n.value, line: (at?.line ?? 1) + offset, column: at?.column ?? 1 });
            return;
        }
        if ('children' in n)
            for (const c of n.children)
                walk(c);
    };
    for (const c of children)
        walk(c);
    let ids = null;
    let manual = false;
    for (const h of found) {
        for (const m of h.value.matchAll(DIRECTIVE)) {
            const where = { file, line: h.line, column: h.column };
            const names = m[1].split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
            if (!names.length)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('empty `<!-- preflight: -->`: expected check ids (`<!-- preflight: hsts, https-redirect -->`) or `manual`', where);
            for (const name of names) {
                if (name === 'manual') {
                    manual = true;
                    continue;
                }
                if (!known.has(name)) {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`unknown check '${name}' in <!-- preflight: … -->${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestIds */ .BW)(name, known))}; run \`preflight list\` for the catalogue`, where);
                }
                ids ??= [];
                if (!ids.includes(name))
                    ids.push(name);
            }
            if (manual && ids)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('`<!-- preflight: manual -->` cannot be combined with check ids on the same item', where);
        }
    }
    return manual ? 'manual' : ids;
}
/** A URL- and YAML-safe slug of a title (`Enable HSTS (Strict…)` → `enable-hsts-strict`). */
function slug(title) {
    const s = title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (s.length <= MAX_SLUG)
        return s || 'item';
    const cut = s.slice(0, MAX_SLUG);
    const dash = cut.lastIndexOf('-');
    return dash > MAX_SLUG / 2 ? cut.slice(0, dash) : cut;
}
/**
 * The first line nested beyond what a checklist needs, or 0. Parse time grows with nesting depth
 * times length, so a pathologically nested file is refused rather than parsed for minutes.
 */
function tooDeep(text) {
    for (const m of text.matchAll(/^[ \t>]{16,}(?=[-*+]|\d{1,9}[.)])/gm)) {
        const lead = m[0];
        const quotes = lead.split('>').length - 1;
        const columns = lead.length + 3 * (lead.split('\t').length - 1);
        if (quotes > 16 || columns > 64)
            return text.slice(0, m.index).split('\n').length;
    }
    return 0;
}
/**
 * The texts of the ticked task-list items of a Markdown document (a pull-request description),
 * as GitHub renders it: list items only, never a box in code, raw HTML or an HTML comment. Texts
 * as a checklist's titles (markup stripped, struck-through words kept). Read up to `maxChars` (at most MAX_CHARS);
 * one nested too deeply to parse in bounded time gives no ticks.
 */
function tickedTexts(text, maxChars = MAX_CHARS) {
    // Cut at a line end: a half line past the cap is not what the author ticked.
    const cap = Math.min(maxChars, MAX_CHARS);
    const body = text.length <= cap ? text : text.slice(0, text.lastIndexOf('\n', cap) + 1);
    if (tooDeep(body))
        return [];
    const out = [];
    const visit = (nodes) => {
        for (const node of nodes) {
            if (node.type === 'list') {
                for (const li of node.children) {
                    const first = li.children[0]?.type === 'paragraph' ? li.children[0] : undefined;
                    if (li.checked === true && first)
                        out.push(plainText(first.children, true));
                    visit(li.children);
                }
            }
            else if (node.type === 'blockquote' || node.type === 'footnoteDefinition')
                visit(node.children);
        }
    };
    for (const part of splitBlocks(body))
        visit((0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_3__/* .fromMarkdown */ .Y)(part.text, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_4__/* .gfm */ .T)()], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_5__/* .gfmFromMarkdown */ .C)()] }).children);
    return out;
}
/** Hands out ids unique within a file: `base`, then `base-2`, `base-3`… (linear in repeats). */
class UniqueIds {
    used = new Set();
    next = new Map();
    take(base) {
        let id = base;
        let n = this.next.get(base) ?? 2;
        while (this.used.has(id))
            id = `${base}-${n++}`;
        this.next.set(base, n);
        this.used.add(id);
        return id;
    }
}
/**
 * Cuts a document into pieces that parse to the same blocks, so a large file parses in linear
 * time (micromark slows down super-linearly on long documents). A cut goes before a line that
 * starts in column 1 after a blank line — such a line can continue no paragraph, list item or
 * block quote — or before a bullet in column 1 (a new top-level item), and never inside a fenced
 * code block, an HTML comment or a raw HTML block.
 * (Link reference definitions do not reach across a cut; checklists rarely use them.)
 */
function splitBlocks(text, size = CHUNK) {
    if (text.length <= size)
        return [{ text, offset: 0 }];
    const lines = text.split(/(?<=\n)/);
    const out = [];
    let start = 0;
    let chars = 0;
    let fence = null;
    let comment = false;
    let raw = false;
    let blank = false;
    lines.forEach((line, i) => {
        const open = fence === null && !comment && !raw;
        if (open && chars >= size && (blank ? /^[^\s>]/.test(line) : ITEM_START.test(line) && !BREAK.test(line.trimEnd()))) {
            out.push({ text: lines.slice(start, i).join(''), offset: start });
            start = i;
            chars = 0;
        }
        chars += line.length;
        blank = !line.trim();
        if (fence !== null) {
            const f = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            return;
        }
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (f && !comment && !raw) {
            fence = f[1];
            return;
        }
        for (const m of line.matchAll(/<!--|-->/g))
            comment = m[0] === '<!--';
        if (/<\/(?:pre|script|style|textarea)>/i.test(line))
            raw = false;
        else if (/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i.test(line))
            raw = true;
    });
    out.push({ text: lines.slice(start).join(''), offset: start });
    return out;
}


/***/ }),

/***/ 84592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ isNginxCandidate),
/* harmony export */   Fl: () => (/* binding */ isTemplate),
/* harmony export */   Gk: () => (/* binding */ isVendoredOrGenerated),
/* harmony export */   IJ: () => (/* binding */ pathFact),
/* harmony export */   Kr: () => (/* binding */ isWorkflowFile),
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   Pv: () => (/* binding */ isComposeFile),
/* harmony export */   RN: () => (/* binding */ isProcfile),
/* harmony export */   b3: () => (/* binding */ DEV_WORD),
/* harmony export */   eh: () => (/* binding */ isJavaScript),
/* harmony export */   hl: () => (/* binding */ isTestFile),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   pZ: () => (/* binding */ isDockerfile),
/* harmony export */   qb: () => (/* binding */ isEnvFile),
/* harmony export */   r2: () => (/* binding */ isPython),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   uL: () => (/* binding */ isDevOnly),
/* harmony export */   wl: () => (/* binding */ isYamlFile)
/* harmony export */ });
/** File-name classification shared by the snapshot and the checks (pure, path-only). */
/**
 * A path function that keeps its answer for the last path it was asked about: the classifiers
 * below each ask for the basename of the path in hand, one after the other.
 */
function lastPathMemo(fn) {
    let last = null;
    let value;
    return (path) => {
        if (path !== last) {
            value = fn(path);
            last = path;
        }
        return value;
    };
}
/**
 * Answers of the costlier path predicates (several regexes each: tests, templates, dev-only, code
 * files), two bits each (asked, answer) in one small integer per path. Checks walk the whole file
 * list with these again and again (40,000 files, dozens of walks) and a file pass asks each file
 * several times; a lookup (~45 ns) costs a fraction of the regexes (~300 ns for isTestFile), but
 * more than a single short regex, so the one-regex predicates are not memoised. Paths
 * are the listing's own strings, so the map holds no copies (~1.5 MB for 40,000 files); it is
 * cleared when it grows past MAX_FACT_PATHS (a long-lived process that scans many repositories).
 */
const facts = new Map();
const MAX_FACT_PATHS = 400_000;
/** 15 predicates × 2 bits stay within V8's small integers (31 bits). */
const MAX_FACTS = 15;
let factCount = 0;
function pathFact(fn) {
    if (factCount >= MAX_FACTS)
        throw new Error('too many path facts');
    const asked = 1 << (2 * factCount);
    const yes = asked << 1;
    factCount++;
    return (path) => {
        const bits = path === lastPath ? lastBits : (facts.get(path) ?? 0);
        lastPath = path;
        lastBits = bits;
        if (bits & asked)
            return (bits & yes) !== 0;
        const answer = fn(path);
        if (facts.size >= MAX_FACT_PATHS)
            facts.clear();
        // Read again: `fn` may have recorded other facts of this path (isCodeFile asks isTestFile).
        const now = (facts.get(path) ?? 0) | asked | (answer ? yes : 0);
        facts.set(path, now);
        lastPath = path;
        lastBits = now;
        return answer;
    };
}
/**
 * The last path asked and its bits (always those in `facts`): a file pass asks one path many facts
 * in a row (every scanner's `accepts`), and a comparison is cheaper than a map lookup.
 */
let lastPath = null;
let lastBits = 0;
/** The last component of a repository path (kept for the last path: classifiers ask it in turn). */
const basename = lastPathMemo((p) => p.slice(p.lastIndexOf('/') + 1));
const dirname = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/**
 * `rel` resolved against the repository folder `dir` (`.` and `..` applied, `/`-separated; ''
 * is the repository root); null when it climbs out of the repository.
 */
function joinPath(dir, rel) {
    const out = [];
    for (const p of (dir ? dir.split('/') : []).concat(rel.split('/'))) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (!out.length)
                return null;
            out.pop();
        }
        else
            out.push(p);
    }
    return out.join('/');
}
function isDockerfile(path) {
    const b = basename(path);
    return (/^(Dockerfile|Containerfile)(\..+)?$/i.test(b) && !NOT_DOCKERFILE.test(b)) || /\.(Dockerfile|Containerfile)$/i.test(b);
}
/** Files named after a Dockerfile that are not one: BuildKit's `Dockerfile.dockerignore`, docs, backups, data, scripts. */
const NOT_DOCKERFILE = /\.(?:dockerignore|md|markdown|mdx|rst|txt|adoc|html?|orig|bak|backup|old|swp|tmp|rej|patch|diff|json|ya?ml|toml|lock|env|ini|cfg|properties|xml|csv|log|sh|bash|ps1|py|js|ts|sig|asc|sha256|png|svg|jpe?g|gif|ico|pdf|bin|exe|dll|so|gz|tgz|tar|zip|7z|xz|bz2)$/i;
/** `docker-compose.yml`, `compose.yaml`, `docker-compose.<name>.yml`, `docker-compose-<name>.yml`, `<name>.docker-compose.yml`. */
function isComposeFile(path) {
    const b = basename(path);
    return /^(docker-compose|compose)(\.[^/]+)?\.ya?ml$/i.test(b) || /^docker-compose-[^/]+\.ya?ml$/i.test(b) || /^[^/.][^/]*\.docker-compose\.ya?ml$/i.test(b);
}
/**
 * Name parts that mark a file as for development, tests or CI only (`docker-compose.ci.yml`,
 * `compose.debug.yaml`, `Dockerfile.e2e`): never what production deploys. Staging, prod and
 * other names are judged as production.
 */
const DEV_NAME = 'dev|devel|develop|development|local|test|tests|testing|ci|e2e|integration|debug';
/** One word that names development, tests or CI (an environment, profile or stage name: `dev`, `local`, `test`, `ci`…). */
const DEV_WORD = new RegExp(`^(?:${DEV_NAME})$`, 'i');
function isYamlFile(path) {
    return /\.ya?ml$/i.test(path);
}
/** GitHub workflow files are YAML but never deploy config. */
function isWorkflowFile(path) {
    return /(^|\/)\.github\/(workflows|actions)\//.test(path) || /(^|\/)action\.ya?ml$/.test(path);
}
/** `.env`, `.env.<anything>`, `<name>.env`. */
function isEnvFile(path) {
    const b = basename(path);
    return b === '.env' || b.startsWith('.env.') || (b.endsWith('.env') && /^[^.].*\.env$/.test(b));
}
function isProcfile(path) {
    return /^Procfile(\..+)?$/.test(basename(path));
}
function isNginxCandidate(path) {
    // Debian-style site files have no extension: `sites-available/default`.
    return /\.conf(\.template)?$/i.test(basename(path)) || /(^|\/)(sites-available|sites-enabled|conf\.d)\/[^/]+$/.test(path);
}
function isPython(path) {
    return /\.py$/i.test(path);
}
function isJavaScript(path) {
    return /\.(c|m)?(j|t)sx?$/i.test(path) && !/\.d\.ts$/.test(path) && !/\.min\.js$/.test(path);
}
/** Template files (`.env.example`, `example.env`, `config.sample`, …) are exempt from value checks. */
const isTemplate = pathFact((path) => {
    const b = basename(path).toLowerCase();
    return /\.(example|sample|template|tpl|dist)$/.test(b) || /^(example|sample)\./.test(b) || /\.(example|sample|template|dist)\./.test(b);
});
const DEV_COMPOSE_RE = new RegExp(`^((docker-)?compose\\.(override|${DEV_NAME})|docker-compose-(override|${DEV_NAME})|(${DEV_NAME})\\.docker-compose)\\.ya?ml$`);
const DEV_DOCKERFILE_RE = new RegExp(`^((dockerfile|containerfile)\\.(${DEV_NAME})|(${DEV_NAME})\\.(dockerfile|containerfile))$`);
/** `.env.development`, `.env.test`, `.env.ci`…: the same development names as compose files and Dockerfiles. */
const DEV_ENV_RE = new RegExp(`^\\.env\\.(${DEV_NAME})$`);
/**
 * Files that are by name for development only: their findings become `info` notes. Compose files and
 * Dockerfiles named for development, tests or CI (`docker-compose.override.yml`, `.dev`, `.development`,
 * `.local`, `.test`/`.testing`, `.ci`, `.e2e`, `.integration`, `.debug`; also `docker-compose-dev.yml`,
 * `dev.docker-compose.yml`, `Dockerfile.ci`, `debug.Dockerfile`), `Procfile.dev`, `.env.development`/
 * `.dev`/`.local`/`.test`/`.testing`/`.ci`/`.e2e`, dev and test settings modules, and dev folders.
 */
const isDevOnly = pathFact((path) => {
    const b = basename(path).toLowerCase();
    if (DEV_COMPOSE_RE.test(b) || DEV_DOCKERFILE_RE.test(b))
        return true;
    if (b === 'procfile.dev' || DEV_ENV_RE.test(b))
        return true;
    if (/(^|\/)settings\/(local|dev[^/]*|test[^/]*)\.py$/.test(path))
        return true;
    // By place: dev containers and dev-only deploy folders (`compose/local/django/Dockerfile`, `docker/dev/…`).
    if (/(^|\/)(\.devcontainer|dev|development|local)\//i.test(path))
        return true;
    return false;
});
/** Lockfiles, minified and vendored files: skipped by content scanners. */
function isVendoredOrGenerated(path) {
    const b = basename(path);
    if (/^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|Cargo\.lock|composer\.lock|Gemfile\.lock|go\.sum|bun\.lockb?|uv\.lock|Podfile\.lock|mix\.lock|flake\.lock|packages\.lock\.json|gradle\.lockfile)$/.test(b))
        return true;
    if (/\.min\.(js|css)$/.test(b) || /\.map$/.test(b))
        return true;
    return /(^|\/)(node_modules|_?vendor|third_party|bower_components|\.yarn|site-packages|dist-packages)\//.test(path);
}
// Split in a folder part and a name part: one regex over the whole path with both was the
// costliest path test of a scan.
const TEST_DIR_RE = /(?:^|\/)(?:tests?|testing|__tests__|spec|specs|fixtures?|testdata|test-data|mocks?|__mocks__|e2e|cypress)\//i;
const TEST_NAME_RE = /^(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec|stories)\.[a-z]+|conftest\.py)$/i;
/**
 * Per-environment test configuration: Phoenix `config/test.exs`, Rails `config/environments/test.rb`,
 * Django `settings/test.py`/`testing.py`, Spring `application-test.yml`/`.properties`, .NET
 * `appsettings.Test.json`. The test environment's settings, loaded only by the test runner.
 */
const TEST_CONFIG_RE = /(?:^|\/)(?:config\/test\.exs|config\/environments\/test\.rb|settings\/(?:tests?|testing)\.py|application-(?:test|testing)\.(?:ya?ml|properties)|appsettings\.(?:test|testing)\.json)$/i;
/** Tests, fixtures, mocks and stories (by folder or name), and test-environment configuration: what they configure never reaches production. */
const isTestFile = pathFact((path) => TEST_NAME_RE.test(basename(path)) || TEST_DIR_RE.test(path) || TEST_CONFIG_RE.test(path));


/***/ }),

/***/ 17763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   ZO: () => (/* binding */ gitignore),
/* harmony export */   aR: () => (/* binding */ gitIgnores),
/* harmony export */   dT: () => (/* binding */ MAX_WALK)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70298);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64170);






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
        try {
            out = await git(real, ['ls-files', '-z', '--full-name', '--', '.']);
        }
        catch (e) {
            // A broken repository (a truncated index) is the environment's problem, not a bug here.
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`git cannot list the files of ${dir}: ${gitMessage(e) ?? e.message}`);
        }
        const files = out.split('\0').filter(Boolean);
        return { root, base, files, git: true };
    }
    const files = await walk(abs, MAX_WALK);
    return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}) };
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
 * way git does: files evaluated from the root down, a deeper file's rule overriding a shallower
 * one, `!pattern` re-including. `rules` must be ordered root first.
 */
function gitIgnores(rules, rel) {
    let ignored = false;
    for (const { dir, ig } of rules) {
        if (dir && !rel.startsWith(`${dir}/`))
            continue;
        const sub = dir ? rel.slice(dir.length + 1) : rel;
        if (sub === '' || sub === '/')
            continue;
        const r = ig.test(sub);
        if (r.ignored)
            ignored = true;
        else if (r.unignored)
            ignored = false;
    }
    return ignored;
}
async function walk(root, max) {
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
                if (!gitIgnores(here, `${rel}/`))
                    stack.push({ dir: rel, rules: here });
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !gitIgnores(here, rel))
                files.push(rel);
        }
    }
    return files.sort();
}


/***/ }),

/***/ 77941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ findSuppressions)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);

// Only the head is a regex (linear: no optional groups around `\s*` runs); the tail — `until DATE`
// and `: reason` — is parsed with string operations, so adversarial lines cannot backtrack.
const HEAD = /(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)/gi;
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
/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
function findSuppressions(file, text) {
    if (!text.includes('preflight-ignore'))
        return [];
    const trailingAllowed = !((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvFile */ .qb)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file).startsWith('.env'));
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (!l.includes('preflight-ignore'))
            continue;
        // The first marker whose tail parses (`# preflight-ignore is how to mute: # preflight-ignore ID: why`).
        let m = null;
        let tail = null;
        for (const c of l.matchAll(HEAD)) {
            tail = parseTail(l.slice(c.index + c[0].length));
            if (tail) {
                m = c;
                break;
            }
        }
        if (!m || !tail)
            continue;
        const before = l.slice(0, m.index).trim();
        const wholeLine = before === '';
        if (!wholeLine && !trailingAllowed)
            continue;
        out.push({
            file, line: i + 1, column: m.index + 1,
            ids: m[2].split(',').map((s) => s.trim().toLowerCase()),
            until: tail.until,
            reason: tail.reason,
            wholeLine,
            appliesTo: wholeLine ? i + 2 : i + 1,
        });
    }
    // Stacked comments (`# preflight-ignore a: …` above `# preflight-ignore b: …` above the line) all
    // apply to the line below the stack.
    for (let k = out.length - 2; k >= 0; k--) {
        const s = out[k];
        const next = out[k + 1];
        if (s.wholeLine && next.wholeLine && next.line === s.line + 1)
            s.appliesTo = next.appliesTo;
    }
    return out;
}


/***/ })

};
