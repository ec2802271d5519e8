export const id = 683;
export const ids = [683,890,714];
export const modules = {

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

/***/ 40714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   URL_PATH: () => (/* binding */ URL_PATH),
/* harmony export */   bindChecklist: () => (/* binding */ bindChecklist),
/* harmony export */   matchItem: () => (/* binding */ matchItem),
/* harmony export */   uncoveredChecks: () => (/* binding */ uncoveredChecks)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99085);
/* harmony import */ var _title_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78890);


const HEALTH = 'health-endpoint';
/** A URL path standing as a word in an item's text (`/healthz`, `` `/api/health` ``), not inside a URL or `24/7`. */
const STATED_PATH = /(?:^|[\s`'"(])(\/[\w\-./~%]+)(?=$|[\s`'"),;:])/g;
/**
 * Items that are no promise about this deployment, whatever topic words they carry: an open question
 * ("Do we need HSTS preload?", "security headers?? maybe next sprint"), something deferred or declined
 * ("HSTS later, after the migration", "SSL certificate not installed yet", "no liveness probe (by design)"),
 * another environment only ("TLS 1.0 disabled on staging only"), a third-party service or client
 * ("Stripe: TLS 1.2+", "iOS ATS enforces HTTPS", "Sentry SDK debug=False"), or knowledge about the topic
 * ("Runbook explains how to roll back HSTS", "Health endpoint documented in the runbook"). Precision beats
 * recall: such an item stays manual.
 */
const NOT_A_PROMISE = [
    /\?\s*\?|\?\s*(?:maybe|tbd)\b|\b(?:do we (?:need|want|have to)|should (?:we|it|they|the|our|all|containers?|cookies?|pods?|services?|health)\b|(?:is|are) (?:it|this|that|they|[\w-]+) (?:needed|necessary|required)\b[^;.]*\?|maybe\b|tbd\b|to be decided|decide (?:later|whether|if))/,
    // "HSTS later, after the migration" defers the topic; "(max-age 300 for now, raise later)" defers a step.
    /^[\w.-]+(?: [\w.-]+){0,2}:? later\b|\b(?:yet|next (?:sprint|quarter|release|month|year|version)|deferred|postponed|nice[- ]to[- ]have|post-launch|not (?:a )?(?:launch[- ])?(?:gate|blocking|blocker)|known (?:issue|limitation)|by design|intentionally|don't care|won't fix|out of scope|backlog|not (?:required|needed|necessary)|none needed|after the (?:[\w-]+ ){0,3}(?:migration|launch|release|upgrade|cutover))\b|\bonce\b[^;]*\b(?:is|are) (?:set up|ready|in place|done|live)\b/,
];
/**
 * What the item's main clause (before `;`, `(`, `,`, a dash) is about, when it is not this deployment:
 * knowledge of the topic ("Runbook explains how to roll back HSTS", "Health endpoint documented in the
 * runbook") or a third-party service or client ("Stripe: TLS 1.2+", "iOS ATS enforces HTTPS"). An aside
 * ("HSTS enabled (documented and enforced)", "TLS 1.2+ on the public API (iOS app included)") is not.
 */
const ABOUT_SOMETHING_ELSE = [
    /^(?:the )?(?:runbooks?|playbooks?|wiki|docs?|documentation|on-call)\b|\b(?:documented (?:in|on|at|for)|documents|explains|describes|knows where|quotes? for|get quotes)\b/,
    /\b(?:s3(?: bucket)?|auth0|okta|sendgrid|mailgun|postmark|stripe|twilio|apns|push notifications?|ios|android|app transport security|ats|react native|jupyter|datadog|uptime ?robot|pingdom|statuspage|sentry(?: sdk)?|pagerduty|firebase|spark|airflow|cuda|pytorch|tensorflow|cloudfront|network_security_config|cleartext ?traffic\w*|their (?:api|servers?))\b/,
];
const mainClause = (text) => text.split(/;|\(|,|\s[—–-]\s/)[0];
/** Another environment named without production: "on staging only", "locally", "on localhost". */
const OTHER_ENVIRONMENT = /\b(?:staging|locally|localhost|local (?:dev(?:elopment)?|env(?:ironment)?|machines?|compose|docker)|dev (?:env(?:ironment)?|cluster)|development (?:env(?:ironment)?|cluster)|qa env(?:ironment)?|sandbox|preview env(?:ironment)?s?)\b/;
const PRODUCTION = /\b(?:production|prod|live)\b/;
/** A parent item or heading that says its items are no launch promise ("Deferred to v2", "Questions for security", "Local development"). */
const NOT_A_PROMISE_CONTEXT = /\b(?:deferred|postponed|not blocking|backlog|out of scope|wishlist|ideas|questions (?:for|to)|open questions(?! left| answered| resolved)|local development|local dev)\b/;
/** An aside about verifying ("(yet to verify on staging)"): its deferral or environment withdraws nothing. */
const VERIFICATION_ASIDE = /\([^)]*\b(?:verif\w*|check(?:ed)?|test(?:ed)?)\b[^)]*\)/g;
function isNoPromise(text, where, raw) {
    if (NOT_A_PROMISE.some((re) => re.test(text.replace(VERIFICATION_ASIDE, ' '))))
        return true;
    if (ABOUT_SOMETHING_ELSE.some((re) => re.test(mainClause(text))))
        return true;
    // Read with its URLs (`http://localhost`), which the rules see as their scheme only.
    const said = raw.replace(VERIFICATION_ASIDE, ' ');
    if (OTHER_ENVIRONMENT.test(said) && !PRODUCTION.test(said))
        return true;
    return NOT_A_PROMISE_CONTEXT.test(where);
}
// Items about paperwork or plans promise a document or a decision, which no check verifies.
const PAPERWORK = /^(?:document|plan|discuss|consider|evaluate|research|decide|explain|train|teach|announce|communicate|write (?:up|down|a|the))\b/;
// A nested item that is nothing but a URL path ("/health/ready") under a health-endpoint item.
const URL_PATH = /^\/[\w\-./~%]*$/;
// A URL in an item stands for its scheme word: its host and path are names, not words of the
// promise ("Enforce MFA for the admin console (https://admin.example.com)" says nothing of HTTPS).
const URL_IN_TEXT = /\b([a-z][a-z\d+.-]*):\/\/[^\s()<>"'`]*/g;
// Typographic apostrophes ("don’t", "Let’s Encrypt"), which NFKC keeps, read as ASCII ones.
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
/** The text phrase rules read: `normaliseTitle`, then apostrophes made ASCII and URLs reduced to their scheme. */
function matchText(text) {
    return ruleText(normalised(text));
}
// A promise is a sentence: the phrase rules read at most MATCH_CHARS of it (and of its context),
// which bounds their cost on a pathological 20,000-character item.
const normalised = (text) => (0,_title_js__WEBPACK_IMPORTED_MODULE_1__.normaliseTitle)(text.slice(0, MATCH_CHARS * 4));
const ruleText = (norm) => norm.replace(APOSTROPHES, "'").replace(URL_IN_TEXT, '$1').slice(0, MATCH_CHARS);
const MATCH_CHARS = 400;
// "Ensure", "Verify (that)", "Make sure", "We", "Always" only introduce the promise that follows: the rules
// read the rest, so "Ensure the site is HTTPS-only" reads as "the site is https-only" (a rule anchored at
// the start knows that one) and "We plan to…" as the plan it is. At most three ("We always make sure…").
const PREAMBLE = /^(?:(?:ensure|verify|make sure|confirm)(?: that)?|we|always) (?=\S)/;
function withoutPreamble(text) {
    let t = text;
    for (let i = 0; i < 3 && PREAMBLE.test(t); i++)
        t = t.replace(PREAMBLE, '');
    return t;
}
const DAY = 86_400;
const NUMBER_WORDS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// An amount: digits (thousands separated by commas or not) or a number word ("one year", "a year").
const AMOUNT = `(\\d{1,3}(?:,\\d{3})+|\\d{1,10}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = 'seconds?|secs?|s|days?|weeks?|months?|years?|yrs?';
/**
 * Seconds in a stated amount and unit; digits without a unit are seconds, a number word needs a unit. Twelve
 * months are a year (365 days: "12 months" and "1 year" promise the same max-age), other months 30 days
 * ("6 months" is the hsts probe's own 15552000).
 */
function duration(amount, unit) {
    const n = NUMBER_WORDS[amount] ?? Number(amount.replace(/,/g, ''));
    if (!Number.isSafeInteger(n) || n <= 0 || (!unit && amount in NUMBER_WORDS))
        return undefined;
    const u = unit ?? 's';
    if (/^(?:s|sec)/.test(u))
        return n;
    if (u.startsWith('d'))
        return n * DAY;
    if (u.startsWith('w'))
        return n * 7 * DAY;
    if (u.startsWith('m'))
        return n % 12 === 0 ? (n / 12) * 365 * DAY : n * 30 * DAY;
    return n * 365 * DAY;
}
// Whole days left on a certificate: "at least 60 days", "more than 2 weeks", "expires in more than 45 days".
// The probe passes when the whole days left are ≥ min-days, that is when more than min-days days are left:
// "more than N" is min-days N as much as "at least N" is.
const CERT_DAYS = new RegExp(`(?:\\b(?:at least|more than|over|longer than|no less than|minimum(?: of)?)|≥|>=|>) ?${AMOUNT} ?-?(days?|weeks?|months?)\\b`);
// The max-age an HSTS item states (first that matches), kept even below the probe's default: "max-age 300
// for now" is the promise. Django's SECURE_HSTS_SECONDS; "max-age at least 31536000", "max-age ≥ 1 year",
// "max-age of 63072000 seconds", "max-age at least 12 months"; "a one-year max-age"; "HSTS for at least 365 days".
const HSTS_MAX_AGE = [
    /\bsecure_hsts_seconds ?= ?(\d{1,10})\b/,
    new RegExp(`\\bmax-age ?(?:(?:=|:|≥|>=|is|of|at least|set to|must be|no less than|minimum|with) ?){0,4}${AMOUNT}(?: ?-?(${UNIT}))?\\b`),
    new RegExp(`\\b${AMOUNT} ?-?(${UNIT}) max-age\\b`),
    new RegExp(`\\bhsts\\b[^;]*?(?:\\b(?:at least|no less than|minimum(?: of)?)|≥|>=) ?${AMOUNT} ?-?(${UNIT})\\b`),
];
/**
 * Numbers an item states that a check takes as options: without them the check would verify a
 * different promise ("valid for at least 60 days" is not the probe's default of 30).
 */
const OPTION_READERS = {
    // "`/health` returns 200", "GET /api/healthz responds": the paths the item names, as written (case kept).
    [HEALTH]: (_text, title) => {
        const stated = [...title.matchAll(STATED_PATH)].map((m) => m[1].replace(/[.,;:]+$/, ''));
        // "https://app.example.com/healthz returns 200": the path of a URL the item names (the probe asks the target's origin).
        for (const m of title.matchAll(/\bhttps?:\/\/[^\s()<>"'`]+/gi)) {
            // A reference ("(see https://status.example.com/health)", "runbook: https://…") names another page.
            if (/(?:\(|\bsee:?|\bcf\.?|\bruns?book:?|\bdocs?:?|\bdashboard:?)\s*$/i.test(title.slice(Math.max(0, m.index - 12), m.index)))
                continue;
            try {
                stated.push(decodeURI(new URL(m[0].replace(/[.,;:]+$/, '')).pathname));
            }
            catch { /* not a URL */ }
        }
        const paths = stated.filter((p) => p.length > 1 && URL_PATH.test(p));
        return paths.length ? { paths: [...new Set(paths)].slice(0, 10) } : undefined;
    },
    certificate: (text) => {
        const m = CERT_DAYS.exec(text);
        const seconds = m ? duration(m[1], m[2]) : undefined;
        return seconds ? { 'min-days': Math.round(seconds / DAY) } : undefined;
    },
    hsts: (text) => {
        let m = null;
        for (const re of HSTS_MAX_AGE)
            if ((m = re.exec(text)))
                break;
        const seconds = m ? duration(m[1], m[2]) : undefined;
        return seconds ? { 'min-max-age': seconds } : undefined;
    },
    'response-time': (text) => {
        const m = /(?:under|below|less than|within|<|≤) ?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(ms|milliseconds?|s|secs?|seconds?)\b/.exec(text);
        if (!m)
            return undefined;
        const ms = Number(m[1].replace(/,/g, '')) * (m[2].startsWith('m') ? 1 : 1000);
        return ms > 0 ? { 'max-ms': ms } : undefined;
    },
};
// Items already judged: binding twice must not undo an explicit `manual`.
const settled = new WeakSet();
let table = null;
function rules() {
    if (table)
        return table;
    const byId = new Map();
    for (const [id, def] of (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)())
        if (def.match?.length)
            byId.set(id, def.match);
    return (table = [...byId].sort(([a], [b]) => a.localeCompare(b)));
}
/**
 * Matches one item text against every check's phrase rules. A rule matches when its `pattern`
 * finds the lower-cased, markup-free item text (URLs reduced to their scheme: "https://a.example/x"
 * reads "https"; typographic apostrophes made ASCII), its `context` (if any) finds the heading path or
 * the parent item's text, and its `unless` (if any) does not find the item text. The item binds
 * to every check with a matching rule; `matchedBy` quotes the words that matched, per check.
 * A leading "Ensure", "Verify that", "Make sure", "We" or "Always" is read past: the rules see the promise
 * after it. Items that start with a paperwork verb ("Document the HSTS policy", "Plan…") never bind.
 */
function matchItem(item, context) {
    // Normalised once: the rules read it with URLs reduced to their scheme, the environment veto with them.
    const raw = normalised(item);
    const text = withoutPreamble(ruleText(raw));
    const where = matchText([...context.headings, context.parent ?? ''].join(' / '));
    const checks = [];
    const why = [];
    if (!text || PAPERWORK.test(text) || isNoPromise(text, where, raw))
        return { checks, matchedBy: '' };
    for (const [id, list] of rules()) {
        for (const rule of list) {
            const m = rule.pattern.exec(text);
            if (!m)
                continue;
            if (rule.context && !rule.context.test(where))
                continue;
            if (rule.unless?.test(text))
                continue;
            checks.push(id);
            why.push(`"${m[0].length > 48 ? `${m[0].slice(0, 45)}…` : m[0]}" → ${id}`);
            break;
        }
    }
    return { checks, matchedBy: why.join(', ') };
}
/**
 * Fills `checks` and `matchedBy` of every item without an explicit binding. `hints` (from the
 * Markdown parser) give the parent item and say which items were bound or kept manual explicitly;
 * without a hint, an item that already has checks is left alone. Numbers the item states become
 * options ("valid for at least 60 days" → certificate `min-days: 60`), on explicitly bound items
 * too (`<!-- preflight: ID -->` chooses the check, not its threshold). Bare URL paths nested under an
 * item bound to `health-endpoint` bind to it with `options.paths`, and the parent checks them all.
 * Idempotent: an item is judged once (`parseMarkdownChecklist` already calls this), so a second
 * call cannot bind an item that `<!-- preflight: manual -->` kept manual.
 */
function bindChecklist(checklist, hints = new Map()) {
    const fresh = new Set();
    for (const item of checklist.items) {
        const hint = hints.get(item);
        if (settled.has(item))
            continue;
        settled.add(item);
        fresh.add(item);
        if (hint ? hint.explicit : item.checks.length) {
            // Bound by `<!-- preflight: ID -->`: the binding is the author's, the numbers stated still count.
            if (hint?.explicit && item.checks.length)
                readStatedOptions(item, hint.promise);
            continue;
        }
        const m = matchItem(hint?.promise ?? item.title ?? '', { headings: hint?.headings ?? item.group ?? [], parent: hint?.parent });
        if (!m.checks.length)
            continue;
        applyBinding(item, m.checks, m.matchedBy);
        readStatedOptions(item, hint?.promise);
    }
    const paths = new Map();
    for (const [item, hint] of hints) {
        if (fresh.has(item) && hint.paths?.length && item.checks.includes(HEALTH))
            paths.set(item, [...hint.paths]);
    }
    for (const item of checklist.items) {
        const parent = hints.get(item)?.parentItem;
        const title = item.title ?? '';
        if (!parent?.checks.includes(HEALTH) || item.checks.length || hints.get(item)?.explicit || !URL_PATH.test(title))
            continue;
        applyBinding(item, [HEALTH], `path under "${parent.title}" → ${HEALTH}`);
        item.options = { paths: [title] };
        paths.set(parent, [...(paths.get(parent) ?? []), title]);
    }
    // The parent checks every path listed under it, beside any option its text stated.
    for (const [parent, list] of paths) {
        const own = (parent.options ?? {});
        // Beside the paths its own text names.
        const merged = (stated) => [...new Set([...(Array.isArray(stated) ? stated : []), ...list])];
        const nested = own[HEALTH];
        parent.options = parent.checks.length === 1 ? { ...own, paths: merged(own['paths']) } : { ...own, [HEALTH]: { ...nested, paths: merged(nested?.['paths']) } };
    }
    return checklist;
}
/**
 * Numbers an item states become options of the checks it is bound to ("at least 60 days" → min-days).
 * Read from what it promises: struck-through words (`~~300~~ 31536000`) state nothing.
 */
function readStatedOptions(item, promise) {
    if (item.options)
        return;
    const said = promise ?? item.title ?? '';
    const text = matchText(said);
    const options = Object.fromEntries(item.checks.flatMap((id) => {
        const o = OPTION_READERS[id]?.(text, said);
        return o ? [[id, o]] : [];
    }));
    const keys = Object.keys(options);
    if (keys.length)
        item.options = item.checks.length === 1 ? options[keys[0]] : options;
}
function applyBinding(item, checks, matchedBy) {
    item.checks = checks;
    item.matchedBy = matchedBy;
    // A tick on a bound item is only shown: the check decides, not the box.
    if (item.signedOff) {
        delete item.signedOff;
        item.ticked = true;
    }
}
/** Catalogue checks that no item of the checklist binds: the summary lists them for the team. */
function uncoveredChecks(checklist) {
    const covered = new Set(checklist.items.flatMap((i) => i.checks));
    return [...(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().keys()].filter((id) => !covered.has(id)).sort();
}


/***/ }),

/***/ 78890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normaliseTitle: () => (/* binding */ normaliseTitle)
/* harmony export */ });
/** Titles compared the way people write them: markup, case and spacing do not count. */
/**
 * Normalises a title, an id or a checkbox text for comparison: HTML comments and tags, link and
 * image syntax, code spans, backslash escapes, emphasis and strikethrough markers are removed;
 * Unicode is NFKC-normalised; case is folded; runs of white space collapse to one space.
 * Word-internal underscores (`SESSION_COOKIE_SECURE`) are kept.
 */
function normaliseTitle(text) {
    return text
        .normalize('NFKC')
        .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
        .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        // Escapes go first: the Markdown parser has already resolved them in a checklist title.
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/`+/g, '')
        .replace(/\*\*|__|~~/g, '')
        // An opening marker touches the word it emphasises; a lone `*` ("no `*`", "(no *)") is text.
        .replace(/(^|[\s([{"'])[*_~]+(?=[\p{L}\p{N}[(`'"])/gu, '$1')
        .replace(/(?<=\S)[*_~]+(?=$|[\s)\]}"'.,:;!?])/g, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
}


/***/ })

};
