export const id = 683;
export const ids = [683];
export const modules = {

/***/ 683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ tickedItems),
/* harmony export */   parseMarkdownChecklist: () => (/* binding */ parseMarkdownChecklist)
/* harmony export */ });
/* unused harmony exports plainText, slug, tickedTexts, defuseInline, splitBlocks */
/* harmony import */ var _shortcodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12414);
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46855);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19952);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52297);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19714);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64170);
/* harmony import */ var _matcher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94639);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90965);
/* harmony import */ var _checks_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71399);









const DIRECTIVE = /<!--\s*preflight\s*:([\s\S]*?)-->/gi;
/** `<!-- preflight hsts -->`, `<!-- preflight=hsts -->`: a binding without its colon. */
const MISSING_COLON = /<!--\s*preflight(?:\s+(?![\s:=])|\s*=\s*)[a-z][\w-]*(?:(?:\s*,\s*|\s+)[\w-]+)*\s*-->/i;
/** Any comment meant as a binding (`<!-- preflight: \u2026 -->`, one missing its colon), not `preflight-ignore`. */
const DIRECTIVE_LIKE = /<!--\s*preflight(?![\w-])/i;
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
/** A task-list line as written (`- [ ] x`, `1. [x] x`), wherever it stands. */
const TASK_LINE = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]\s/;
const CHECKBOX_CELL = /^(?:[-*+]\s+)?\[([ xX])\](?:\s+([\s\S]*))?$/;
/**
 * A box that is no GFM checkbox at the start of a list item's text, with the text after it: `[~]` (in progress, as
 * Obsidian and Notion exports write it), `[-]`, `[/]`, `[>]`, `[?]`, `[!]`, `[\u2713]`, an empty `[]`. A sign or none, never a
 * letter or digit (`[1]`, `[a]` number or label a line).
 */
const LOOKALIKE_BOX = /^(\[[~\-/<>?!*+.\u2713\u2714\u2717\u2718\u221a]?\])\s+(\S[\s\S]*)$/;
/**
 * A ballot box an exporter writes for a checkbox, first in a list item's text: pandoc's `\u2610`/`\u2612` (a Word checklist), `\u2611`,
 * `\u2b1c`, `\ud83d\udd32`, `\u25a1`. Always a box, whatever list it is in.
 */
const BALLOT_BOX = /^([\u2610\u2611\u2612\u2b1c\ud83d\udd32\ud83d\udd33\u2751\u2752\u25a1\u25a2\u25fb\u25fd])\uFE0F?\s+(\S[\s\S]*)$/u;
/**
 * A status mark first in a list item's text (`\u2705`, `\u2714`, `\u2713`, `\u274c`, `\u2717`\u2026): a box an exporter ticked only in a list that also
 * holds checkboxes or ballot boxes; elsewhere (`- \u2705 HSTS on` in a status list) an emoji of the text.
 */
const STATUS_MARK = /^([\u2705\u2714\u2713\u274c\u274e\u2717\u2718\u2716])\uFE0F?\s+(\S[\s\S]*)$/u;
/** A checkbox that is text to Markdown (escaped, `\[ \]`; formatted, `**[ ]**`; an entity, `&#91; &#93;`) before an item's text. */
const TEXT_BOX = /^(\[[ xX]\])\s+(\S[\s\S]*)$/;
/** A checkbox run into the item's text (`- [ ]Backups restored`): GFM needs a space after the box, so it is text. */
const GLUED_BOX = /^(\[[ xX]\])(?=[\p{L}\p{N}])(\S[\s\S]*)$/u;
/**
 * A `v` (or a tick) in the brackets first in a list item's text (`- [v] HSTS on`): a box some teams tick with a letter.
 * Not in a list numbered with roman numerals in brackets (`[iv]`, `[v]`, `[vi]`), where it is the fifth's label.
 */
const V_BOX = /^(\[[vV]\])\s+(\S[\s\S]*)$/;
const ROMAN_LABEL = /^\[(?:i{1,3}|iv|vi{1,3}|ix)\]\s/i;
/**
 * A line of a paragraph that starts like a checklist line but is none, as GitHub shows it (text): a ballot box an exporter
 * wrote with no list marker (`\u2610 Backups verified`, a Word or Confluence export), a box with no list marker (`[ ] Backups
 * verified`), or a box run into its marker (`-[ ] Backups verified`). Group 1: the marker, 2: the box, 3: the text, which
 * starts with a letter, a digit, markup or an emoji (never `\u2610 = open`, a legend).
 */
const PARA_BOX = /^(?:([-*+]|\d{1,9}[.)])(?=\[))?(\[[ xX]\]|[\u2610\u2611\u2612\u2b1c\ud83d\udd32\ud83d\udd33\u2751\u2752\u25a1\u25a2\u25fb\u25fd]\uFE0F?)[ \t]*([\p{L}\p{N}*_`~"'\p{Extended_Pictographic}][^\r]*)$/u;
/** A legend's words after a box (`\u2610 means open`, `[x] marks a done item`): the box explained, no item. */
const LEGEND = /^[*_`~"']*(?:means|marks|stands\s+for|denotes|indicates|shows|is|are)\b/i;
/**
 * Parses a team's Markdown checklist (GFM task lists) into a bound `Checklist`.
 *
 * Every task-list item \u2014 nested, in block quotes, spanning lines, sign-off lines like
 * `- [ ] Name: ____` \u2014 becomes one item: its title is the first paragraph with markup stripped,
 * its group the heading path (a lone leading `#` title of the document is left out; emoji are
 * trimmed from headings), its id a slug of the title made unique with `-2`, `-3`\u2026 Task lists
 * inside code blocks, raw HTML or comments are not items (an unclosed fence or `<!--` swallowing task lines is warned about). `<!-- preflight: ID, ID -->` on an item binds it
 * explicitly and `<!-- preflight: manual -->` keeps it manual; other items go through the
 * phrase matcher. `[x]` is a standing sign-off on a manual item and only shown on a bound one.
 * Throws ConfigError for an unknown id (with the nearest known one), an unterminated directive \u2014 every such mistake of
 * the file at once, in file order, as a YAML checklist's \u2014, for a file without task
 * items, and \u2014 to bound parse time \u2014 for a file over 1 MB, with over MAX_CHECKLIST_ITEMS task-list lines or with task items nested over 64 columns deep (other lines that deep are read as text).
 */
function parseMarkdownChecklist(file, text, opts = {}) {
    // Two decimals where one would round to the limit ("1.05 MB", never "1.0 MB: at most 1 MB").
    const mb = text.length / 1_048_576;
    const size = mb.toFixed(1) === (MAX_CHARS / 1_048_576).toFixed(1) ? mb.toFixed(2) : mb.toFixed(1);
    if (text.length > MAX_CHARS)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the checklist is ${size} MB: a Markdown checklist may be at most ${MAX_CHARS / 1_048_576} MB (split it into smaller files)`, { file, line: 1, column: 1 });
    // Over MAX_CHECKLIST_ITEMS task-list lines: said before the parse and the binding, whose cost grows with the items.
    const past = taskLinePastCap(text);
    if (past)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL((0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .itemCapMessage */ .F)(), { file, line: past, column: 1 });
    const deep = tooDeep(text);
    if (deep)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('nested too deeply (a task item indented over 64 columns or inside over 16 block quotes): flatten the list', { file, line: deep, column: 1 });
    const known = new Set(opts.known ?? (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .catalogue */ .sW)().keys());
    // Other lines that deep (a code block's indented `- x` or `1. x`, a diagram) are read as text, in bounded time.
    const front = blankFrontMatter(defuseDeepItems(text));
    // MkDocs admonitions and content tabs hold their items indented 4 spaces: read as MkDocs renders them (see mkdocsBlocks).
    const mkdocs = mkdocsBlocks(front.text);
    const parts = parseBlocks(mkdocs.text);
    const docTitle = documentTitle(parts.flatMap((p) => p.nodes));
    const items = [];
    const hints = new Map();
    const ids = new UniqueIds();
    let offset = 0;
    // The text of the piece being read (its nodes' offsets index it).
    let source = '';
    const headings = [];
    // The plain (non-task) bullets the item being read is nested under (`- Security` / `  - [ ] Name: ____`, a role block as
    // Confluence and Google Docs export one), outermost first: added to its group once the items are bound (see below).
    const bullets = [];
    const bulletsOf = new Map();
    // The titles of the boxes being read that are no headings (a callout, an admonition, a `<details>` block, a bold line
    // standing as a heading): a deferring one keeps the items in it manual, as a heading does (see BindingHint.containers).
    const containers = [];
    const inContainer = (title, read) => {
        if (title === undefined || title === '' || containers.length >= MAX_CONTAINERS)
            return read();
        containers.push(title);
        try {
            return read();
        }
        finally {
            containers.pop();
        }
    };
    // The `<details>` blocks open where the flow is read (their `<summary>`, '' before it), innermost last.
    const details = [];
    // Every mistake in the bindings is said in one run (in file order, at most MAX_CONFIG_ERRORS), as a YAML checklist's.
    const errors = [];
    /** One checklist item, from a task-list item's text, tick, position and directive comments. */
    const addItem = (title, promise, statusTitle, checked, pos, directives, parent, parentItem) => {
        // Items the line count above does not see (checkbox cells in a table): the same cap, still before the binding.
        if (items.length >= _types_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CHECKLIST_ITEMS */ .Z)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL((0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .itemCapMessage */ .F)(), { file, line: (pos?.line ?? 1) + offset, column: pos?.column ?? 1 });
        const item = {
            id: ids.take(slug(title)),
            title,
            checks: [],
            group: headings.map((h) => h.text),
            source: { file, line: (pos?.line ?? 1) + offset, column: pos?.column ?? 1 },
            ...(statusTitle !== title ? { statusTitle } : {}),
            ...(parentItem?.title ? { parent: parentItem.title } : {}),
        };
        if (bullets.length)
            bulletsOf.set(item, [...bullets]);
        // A directive without its `-->` is text to Markdown: say so rather than keep it as a title.
        if (UNTERMINATED.test(title)) {
            const raw = text.split('\n', item.source.line)[item.source.line - 1] ?? '';
            const at = raw.search(UNTERMINATED);
            errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('unterminated `<!-- preflight: \u2026 -->`: expected `-->` after the check ids', { file, line: item.source.line, column: at >= 0 ? at + 1 : item.source.column }));
        }
        const directive = readDirectives(directives, file, known, offset, errors);
        if (directive === 'manual' || directive === null) {
            if (checked)
                item.signedOff = true;
            // Struck through in full and not ticked: the team withdrew it (struck words promise nothing), so nothing is pending.
            else if (WORDLIKE.test(title) && !WORDLIKE.test(promise))
                item.withdrawn = true;
        }
        else {
            item.checks = directive;
            if (checked)
                item.ticked = true;
        }
        const boxes = [...containers, ...details.filter(Boolean)];
        hints.set(item, { parent, parentItem, explicit: directive !== null, ...(docTitle ? { headings: [headingText(docTitle), ...item.group] } : {}), ...(promise !== title ? { promise } : {}), ...(boxes.length ? { containers: boxes } : {}) });
        items.push(item);
        return item;
    };
    // A binding comment that is on no task item binds nothing: said, never dropped silently.
    const unattached = (node, where) => {
        const at = directiveNode(node) ?? node;
        const line = (at.position?.start.line ?? 1) + offset;
        const column = (at.position?.start.column ?? 1) + (at.type === 'html' ? /^\s*/.exec(at.value)[0].length : 0);
        warn(line, column, `\`<!-- preflight: \u2026 -->\` ${where} binds nothing: put it on the task item's line (\`- [ ] Title <!-- preflight: ID -->\`) or on an indented line under it`);
    };
    const visitItem = (li, parent, parentItem, boxedList = false, romanList = false) => {
        // An MkDocs admonition or content tab (see mkdocsBlocks): its content is read as if written in its place.
        const opener = (li.position?.start.line ?? 0) + offset;
        if (mkdocs.openers.has(opener)) {
            inContainer(mkdocsTitle(lines[opener - 1] ?? ''), () => {
                for (const child of li.children) {
                    if (child.type === 'list')
                        visitList(child, parent, parentItem);
                    else
                        visitFlow([child], 'the block');
                }
            });
            return;
        }
        const first = li.children[0]?.type === 'paragraph' ? li.children[0] : undefined;
        // The title keeps struck-through words (it is what the line says, and what a tick repeats); the
        // matcher reads the item without them ("HSTS on ~~staging~~ prod" promises prod only).
        const title = first ? plainText(first.children, true, source) : '';
        const promise = first ? plainText(first.children, false, source) : '';
        // The title with an emphasised status as the aside it reads as ("HSTS _pending_" \u2192 "HSTS (pending)"): what `preflight
        // import` writes for a not-done item, so that the YAML reads its status as the Markdown does.
        const statusTitle = first ? plainText(first.children, true, source, true) : '';
        let next = parentItem;
        let path;
        let box = null;
        // A box in a code span (``- `[ ]` not done yet``, ``- `[~]` in progress``: a checklist's legend) shows the syntax: an example, no look-alike.
        const example = !!first && startsWithCode(first);
        // A box whose text is only a comment (`- [ ] <!-- fill in -->`, a template's placeholder) or stray emphasis marks
        // (`- [ ] ** **`): nothing a sign-off could name, like an empty box.
        const blank = (li.checked === true || li.checked === false) && /^\s*(?:(?:\*+|_+)\s+(?:\*+|_+))?\s*$/.test(title) && !li.children.some((c) => c.type === 'list') && !li.children.some(carriesDirective);
        if (blank) {
            emptyBoxes++;
            warn((li.position?.start.line ?? 1) + offset, li.position?.start.column ?? 1, `a checkbox with no text is not an item: write what it checks after it (\`- [ ] Backups restored\`)`);
        }
        else if (li.checked === true || li.checked === false) {
            next = addItem(title, promise, statusTitle, li.checked, li.position?.start, li.children, parent, parentItem);
        }
        else if (/^\[[ xX]\]$/.test(title) && !li.children.some((c) => c.type === 'list')) {
            // `- [ ] ` with no text: GitHub draws an empty box (or shows `[ ]`); nothing a sign-off could name, so no item \u2014 said.
            emptyBoxes++;
            warn((li.position?.start.line ?? 1) + offset, li.position?.start.column ?? 1, `a checkbox with no text is not an item: write what it checks after it (\`- [ ] Backups restored\`)`);
        }
        else if (li.children.some(carriesDirective)) {
            unattached(li, 'on a plain bullet (not a `- [ ]` task item)');
        }
        else if (!example && (box = LOOKALIKE_BOX.exec(title) ?? BALLOT_BOX.exec(title) ?? (boxedList ? STATUS_MARK.exec(title) : null) ?? (romanList ? null : V_BOX.exec(title)))) {
            // `- [~] HSTS preload submitted` (an "in progress" mark of Obsidian, Notion exports), `- [] \u2026`, `- [-] \u2026`, pandoc's
            // `- \u2610 \u2026`/`- \u2612 \u2026`, `- [v] \u2026`: GitHub shows the box as text and it is no task-list item, so the line is not checked:
            // said, as a checkbox in a table row is.
            oddBoxes++;
            const at = first?.position?.start ?? li.position?.start;
            const what = box[2].trim();
            warn((at?.line ?? 1) + offset, at?.column ?? 1, `\`${box[1]}\` is no checkbox (only \`[ ]\` and \`[x]\` are), so '${what.length > 60 ? `${what.slice(0, 57)}\u2026` : what}' is not a task-list item and is not checked: write it as \`- [ ] \u2026\` (\`- [x] \u2026\` when done)`);
        }
        else if (!example && (box = TEXT_BOX.exec(title))) {
            // `-   \[ \] Docker images pinned` (an escaping exporter's: turndown, Google Docs): the box is text, no task-list item.
            oddBoxes++;
            const at = first?.position?.start ?? li.position?.start;
            const what = box[2].trim();
            const escaped = first?.position?.start.offset !== undefined && source.startsWith('\\[', first.position.start.offset);
            warn((at?.line ?? 1) + offset, at?.column ?? 1, `${escaped ? `\`\\${box[1].slice(0, -1)}\\]\` is an escaped checkbox (the backslashes make it text)` : `\`${box[1]}\` here is text to Markdown, no checkbox (a checkbox is written \`[ ]\` right after the bullet)`}, so '${what.length > 60 ? `${what.slice(0, 57)}\u2026` : what}' is not a task-list item and is not checked: write it as \`- ${box[1]} \u2026\`${escaped ? ' without the backslashes' : ''}`);
        }
        else if (!example && (box = GLUED_BOX.exec(title))) {
            // `- [ ]Backups restored`: GFM reads a box only with a space after it, so GitHub shows `[ ]` as text: said.
            oddBoxes++;
            const at = first?.position?.start ?? li.position?.start;
            const what = box[2].trim();
            warn((at?.line ?? 1) + offset, at?.column ?? 1, `\`${box[1]}\` has no space after it, so Markdown reads it as text, no checkbox: '${what.length > 60 ? `${what.slice(0, 57)}\u2026` : what}' is not a task-list item and is not checked: write it as \`- ${box[1]} ${what.length > 30 ? `${what.slice(0, 27)}\u2026` : what}\` (a space after the box)`);
        }
        else if (parentItem && (path = (0,_matcher_js__WEBPACK_IMPORTED_MODULE_3__.pathItem)(title)) !== undefined) {
            // A plain bullet that is only a URL path (`- /healthz`, `- /healthz (owner: @ops)`) under an item: a path it may probe.
            const hint = hints.get(parentItem);
            if (hint)
                (hint.paths ??= []).push(path);
        }
        else if (parentItem && promise && parent === parentItem.title) {
            // Another plain bullet right under an item: a detail of it (`Add security headers in settings.py:` \u2192
            // `- SECURE_SSL_REDIRECT = True`).
            const hint = hints.get(parentItem);
            if (hint)
                (hint.details ??= []).push(promise);
        }
        // A plain bullet with a list under it (`- Security` over its `- [ ] Name: ____`): part of its items' group.
        const label = li.checked !== true && li.checked !== false && !blank && !box && next === parentItem && li.children.some((c) => c.type === 'list') ? bulletLabel(title) : '';
        if (label)
            bullets.push(label);
        for (const child of li.children) {
            if (child.type === 'list')
                visitList(child, title, next);
            else if (child.type === 'html')
                unclosedComment(child, 'the list item');
            else if (child.type === 'code') {
                unclosedFence(child, 'the list item');
                indentedCode(child);
            }
            else if (child.type === 'paragraph' || child.type === 'heading') {
                continuedTasks(child);
                boxedLines(child, child === first ? 1 : 0);
            }
        }
        if (label)
            bullets.pop();
    };
    // GitHub renders no checkbox in a table and DESIGN reads task-list items only: a table row with a
    // checkbox cell (`| Item | [ ] |`, `| - [ ] Item |`) is no item, but it is said, never dropped silently.
    // Each `FILE:LINE:COLUMN: \u2026`, listed in file order whatever order they are found in.
    const warnings = [];
    const warn = (line, column, text) => { warnings.push({ line, column, text: `${file}:${line}:${column}: ${text}` }); };
    // A task line at the margin of the front matter is YAML, not an item: said, as a checkbox in a table is.
    if (front.taskLine)
        warn(front.taskLine, 1, 'a task-list line inside the front matter (between the first `---` and the closing `---`) is metadata, not an item: put the checklist below the front matter');
    let tableBoxes = 0;
    let statusTables = 0;
    let emptyBoxes = 0;
    let oddBoxes = 0;
    // Task-list lines inside a raw HTML block (`<item>` \u2026 `- [ ] \u2026` with no blank line between) are HTML text to
    // GitHub, not items: said too. Commented-out lines (`<!-- - [ ] \u2026 -->`) are meant to be no items.
    let htmlTasks;
    // An HTML comment left open (`<!-- TODO ->`) runs to the end of the file (of its list item, its block quote), as
    // CommonMark says: the task-list lines after it are no items, said like an unclosed fence's.
    let comment;
    const unclosedComment = (node, where) => {
        if (!/^\s*<!--/.test(node.value) || node.value.includes('-->'))
            return;
        const tasks = node.value.split('\n').filter((l) => TASK_LINE.test(l)).length;
        if (!tasks)
            return;
        const line = (node.position?.start.line ?? 1) + offset;
        const column = (node.position?.start.column ?? 1) + /^\s*/.exec(node.value)[0].length;
        comment ??= { line, column };
        warn(line, column, `the HTML comment opened here (\`<!--\`) is never closed, so the rest of ${where} is a comment: ${tasks} task-list line${tasks === 1 ? '' : 's'} after it ${tasks === 1 ? 'is' : 'are'} not read as items (close it with \`-->\`)`);
    };
    // A `- [ ]` line indented 4+ spaces past where a list item may start is no item to CommonMark, as GitHub shows it: an
    // indented code block, or text of the paragraph above it. Said, never dropped silently (a fenced block is an example, and
    // MkDocs blocks are read as MkDocs renders them: see mkdocsBlocks).
    let indentedTasks = 0;
    /** The lines of the file from `node`'s line `from` lines in to its end that are task-list lines (`>` markers aside). */
    const taskLinesOf = (node, from) => {
        const out = [];
        const start = node.position?.start.line;
        const end = node.position?.end.line;
        if (start === undefined || end === undefined)
            return out;
        for (let l = start + offset + from; l <= end + offset; l++)
            if (TASK_LINE.test(unquoted(lines[l - 1] ?? '')))
                out.push(l);
        return out;
    };
    /** What a task-list line says (its marker and box left out), cut to 60 characters for a warning. */
    const taskText = (line) => {
        // Raw text, not read as an item: its secrets are hidden as an item's title hides them (see plainText), before it is cut short.
        const said = (0,_checks_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecretsInText */ .X5)(unquoted(lines[line - 1] ?? '').replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]\s+/, '').replace(/<!--[\s\S]*$/, '').trim());
        return said.length > 60 ? `${said.slice(0, 57)}\u2026` : said;
    };
    /** Where a task-list line's marker stands (its column in the file). */
    const markerColumn = (line) => {
        const raw = lines[line - 1] ?? '';
        return raw.length - unquoted(raw).replace(/^\s+/, '').length + 1;
    };
    const indentedCode = (node) => {
        if (isFenced(node, lines, offset))
            return;
        // A fence written inside it (a fenced example indented 4 spaces: "To add a task, write:" / ```` ```markdown ````) marks
        // its task lines as an example: code either way, and what the warning would advise.
        const fenced = fencedLines(node, lines, offset);
        const tasks = taskLinesOf(node, 0).filter((l) => !fenced.has(l));
        if (!tasks.length)
            return;
        const n = tasks.length;
        indentedTasks += n;
        const [it, its] = n === 1 ? ['it', 'it belongs'] : ['them', 'they belong'];
        warn(tasks[0], markerColumn(tasks[0]), `'${taskText(tasks[0])}'${n > 1 ? ` and ${n - 1} more task-list line${n > 2 ? 's' : ''} after it` : ''} ${n === 1 ? 'is' : 'are'} indented 4+ spaces, so Markdown reads ${it} as an indented code block, as GitHub shows ${it}: not read as ${n === 1 ? 'a task-list item' : 'task-list items'} (indent ${it} at most 3 spaces past the list ${its} to; a fenced block, \`\`\`, marks an example)`);
    };
    const continuedTasks = (node) => {
        const tasks = taskLinesOf(node, 1);
        if (!tasks.length)
            return;
        const n = tasks.length;
        indentedTasks += n;
        const first = tasks[0];
        const lead = (l) => indentOf(unquoted(lines[l - 1] ?? ''));
        const number = /^\s*(\d{1,9})[.)]/.exec(unquoted(lines[first - 1] ?? ''));
        const more = n > 1 ? ` and ${n - 1} more task-list line${n > 2 ? 's' : ''} after it` : '';
        const [it, is] = n === 1 ? ['it', 'is'] : ['them', 'are'];
        // A setext heading's text (`Title` / `    - [ ] x` / `---`) is a paragraph's until its underline.
        const above = node.type === 'heading' ? 'the heading above' : 'the paragraph above';
        const items = n === 1 ? 'a task-list item' : 'task-list items';
        // A numbered item that does not start at 1 cannot interrupt a paragraph (CommonMark), however it is indented.
        if (number && Number(number[1]) !== 1 && lead(first) - lead((node.position?.start.line ?? 1) + offset) < 4) {
            warn(first, markerColumn(first), `'${taskText(first)}'${more} ${is} read as text of ${above}, as GitHub shows ${it}: a numbered list that interrupts a paragraph must start at 1, so ${it} ${is} not read as ${items} (leave a blank line before the list)`);
        }
        else {
            warn(first, markerColumn(first), `'${taskText(first)}'${more} ${is} indented too far (4+ spaces past where a list item may start), so Markdown reads ${it} as text of ${above}, as GitHub shows ${it}: not read as ${items} (indent ${it} as the list's other items)`);
        }
    };
    // A line of a paragraph that starts like a checklist line but is none (see PARA_BOX): `\u2610 Backups verified` (a Word or
    // Confluence export's), `[ ] Backups verified` with no list marker, `-[ ] Backups verified`. GitHub shows it as text:
    // said, never dropped silently. `from`: the lines of the node to skip (a list item's first line holds its own box).
    const boxedLines = (node, from) => {
        const start = node.position?.start.line;
        const end = node.position?.end.line;
        if (start === undefined || end === undefined)
            return;
        for (let l = start + offset + from; l <= end + offset; l++) {
            const m = PARA_BOX.exec(unquoted(lines[l - 1] ?? '').trim());
            if (!m || LEGEND.test(m[3]))
                continue;
            oddBoxes++;
            const said = m[3].replace(/<!--[\s\S]*$/, '').trim();
            const what = said.length > 60 ? `${said.slice(0, 57)}\u2026` : said;
            const done = /[xX\u2611\u2612]/.test(m[2]);
            const why = m[1] ? `\`${m[1]}${m[2]}\` is text to Markdown, no checkbox (a list marker needs a space after it: \`${m[1]} ${m[2]}\`)`
                : m[2].startsWith('[') ? `\`${m[2]}\` with no list marker before it is text to Markdown, no checkbox`
                    : `\`${m[2]}\` is no checkbox (only \`[ ]\` and \`[x]\` are)`;
            warn(l, markerColumn(l), `${why}, so '${what}' is not a task-list item and is not checked: write it as \`- [${done ? 'x' : ' '}] \u2026\`${done ? '' : ' (`- [x] \u2026` when done)'}`);
        }
    };
    // A code fence left open runs to the end of its container as GFM says: of the file, or of the list item or block quote
    // it is in (a fence indented under an item closes with that item, and the next item is read). The task-list lines it
    // swallows are said.
    const lines = text.split('\n');
    let fence;
    const unclosedFence = (node, where) => {
        const open = unclosedFenceOf(node, lines, offset);
        if (!open)
            return;
        const tasks = node.value.split('\n').filter((l) => TASK_LINE.test(l)).length;
        if (!tasks)
            return;
        fence ??= { line: open.line, marker: open.marker };
        warn(open.line, open.column, `the code fence opened here is never closed, so the rest of ${where} is code: ${tasks} task-list line${tasks === 1 ? '' : 's'} after it ${tasks === 1 ? 'is' : 'are'} not read as items (close it with ${open.marker})`);
    };
    const visitTable = (table) => {
        const boxes = tableCheckboxes(table, source);
        for (const { row, cell, title } of boxes) {
            const line = (row.position?.start.line ?? 1) + offset;
            // The cell's text starts past the `|` and its padding (the cell node starts at the pipe).
            const column = cell.children[0]?.position?.start.column ?? cell.position?.start.column ?? 1;
            tableBoxes++;
            warn(line, column, `a checkbox in a table row is not a task-list item, so ${title ? `'${title.length > 60 ? `${title.slice(0, 57)}\u2026` : title}'` : 'this row'} is not checked: write it as a list line (\`- [ ] \u2026\`)`);
        }
        // A status table (`| Debug mode is off | Yes |`, a Status/Done column of \u2714/\u2718, Done/Pending): a look-alike checklist,
        // whose rows are no items. Said once per table, where it starts, never dropped silently (its checkbox rows are said above).
        const status = boxes.length ? undefined : statusTable(table, source);
        if (status) {
            statusTables++;
            const { rows, header, example } = status;
            warn((table.position?.start.line ?? 1) + offset, table.position?.start.column ?? 1, `this table has a status column ('${header}'), but a table is not read as a checklist: its ${rows} row${rows === 1 ? ' is' : 's are'} not items and ${rows === 1 ? 'is' : 'are'} not checked; write each as a list line (\`- [x] ${example.length > 40 ? `${example.slice(0, 37)}\u2026` : example}\` when done, \`- [ ] \u2026\` when not)`);
        }
    };
    const visitList = (list, parent, parentItem) => {
        // A list with checkboxes or ballot boxes in it: a status mark first in another of its items stands for a ticked box.
        const boxed = list.children.some((li) => li.checked === true || li.checked === false || (li.children[0]?.type === 'paragraph' && !startsWithCode(li.children[0]) && BALLOT_BOX.test(plainText(li.children[0].children))));
        // A list labelled with roman numerals in brackets (`- [iv] \u2026`, `- [v] \u2026`): `[v]` is a label there, no box.
        const roman = list.children.some((li) => li.children[0]?.type === 'paragraph' && ROMAN_LABEL.test(plainText(li.children[0].children)) && !V_BOX.test(plainText(li.children[0].children)));
        for (const li of list.children)
            visitItem(li, parent, parentItem, boxed, roman);
    };
    const visitFlow = (nodes, within = 'the file') => {
        // A bold line standing as a heading (`**Later:**`, as Notion and Confluence export a heading): over what follows it
        // until the next heading, bold line or rule.
        let bold;
        for (const node of nodes) {
            if (node.type === 'heading') {
                bold = undefined;
                continuedTasks(node);
                boxedLines(node, 0);
                if (node === docTitle)
                    continue;
                while (headings.length && headings.at(-1).depth >= node.depth)
                    headings.pop();
                headings.push({ depth: node.depth, text: headingText(node) });
            }
            else if (node.type === 'thematicBreak')
                bold = undefined;
            else if (node.type === 'list')
                inContainer(bold, () => visitList(node, undefined, undefined));
            else if (node.type === 'table')
                visitTable(node);
            else if (node.type === 'code') {
                unclosedFence(node, within);
                indentedCode(node);
            }
            else if (node.type === 'paragraph') {
                continuedTasks(node);
                boxedLines(node, 0);
                bold = boldLine(node) ?? bold;
            }
            else if (node.type === 'html' && DIRECTIVE_LIKE.test(node.value))
                unattached(node, 'on a line of its own');
            else if (node.type === 'html') {
                unclosedComment(node, within);
                detailsIn(node.value, details);
                const count = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split('\n').filter((l) => TASK_LINE.test(l)).length;
                if (count) {
                    const line = (node.position?.start.line ?? 1) + offset;
                    htmlTasks = { line: htmlTasks?.line ?? line, count: (htmlTasks?.count ?? 0) + count };
                    warn(line, (node.position?.start.column ?? 1) + /^\s*/.exec(node.value)[0].length, `${count} task-list line${count === 1 ? ' is' : 's are'} inside raw HTML here, which GitHub shows as text: not read as items (leave a blank line between the HTML tag and the list)`);
                }
            }
            else if (node.type === 'blockquote')
                inContainer(calloutTitle(node), () => visitFlow(node.children, 'the block quote'));
            else if (node.type === 'footnoteDefinition')
                visitFlow(node.children, 'the footnote');
        }
    };
    for (const part of parts) {
        offset = part.offset;
        source = part.text;
        visitFlow(part.nodes);
    }
    const err = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrors */ .kV)((0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .inFileOrder */ .w$)(errors));
    if (err)
        throw err;
    if (!items.length) {
        // Say why the `- [ ]` lines the author sees are not items, and only the reasons that hold.
        const why = [
            tableBoxes ? 'checkboxes in table rows are not task-list items' : '',
            statusTables ? 'a table with a status column is not a checklist: its rows are not items' : '',
            oddBoxes ? 'only `[ ]` and `[x]` are checkboxes (`[~]`, `[-]`, `[]`, `\u2610`, an escaped `\\[ \\]` are text), each right after a list marker and with a space before and after it (`- [ ] Text`, not `- [ ]Text` or `-[ ] Text`)' : '',
            emptyBoxes ? 'checkboxes with no text after them are not items' : '',
            fence ? `the code fence opened on line ${fence.line} is never closed, so the task-list lines after it are code (close it with ${fence.marker})` : '',
            comment ? `the HTML comment opened on line ${comment.line} is never closed, so the task-list lines after it are a comment (close it with \`-->\`)` : '',
            indentedTasks ? 'task-list lines indented 4+ spaces past where a list item may start are code or text to Markdown' : '',
            htmlTasks ? `task-list lines inside raw HTML (from line ${htmlTasks.line}) are HTML text: leave a blank line between the HTML tag and the list` : '',
        ].filter(Boolean);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`no task-list items (\`- [ ] \u2026\`) found: a Markdown checklist is a list of \`- [ ] item\` lines${why.length ? ` (${why.join('; ')})` : ''}`, { file, line: 1, column: 1 });
    }
    const checklist = { file, format: 'markdown', extends: [], probes: {}, ignore: [], items, manualSeverity: 'info', ...(warnings.length ? { warnings: warnings.sort((a, b) => a.line - b.line || a.column - b.column).map((w) => w.text) } : {}) };
    if (opts.match !== false)
        (0,_matcher_js__WEBPACK_IMPORTED_MODULE_3__.bindChecklist)(checklist, hints);
    // The plain bullets an item is nested under join its group after the binding (which read them as its parent already): the
    // reports show the role (`Sign-off \u203a Security`), and a tick may name it before the title (`Security \u203a Name: ____`). A
    // bullet that repeats the heading above it is not said twice.
    for (const [item, labels] of bulletsOf) {
        const group = [...(item.group ?? [])];
        for (const label of labels)
            if (group.at(-1)?.toLowerCase() !== label.toLowerCase())
                group.push(label);
        item.group = group;
    }
    return checklist;
}
/** Most characters of a plain bullet's text read as a group name (a longer one is a sentence, no role or topic). */
const MAX_BULLET_LABEL = 80;
/** A plain bullet's text as a group name: without a trailing colon (`- Security:`); '' when it is empty or a sentence. */
function bulletLabel(text) {
    const label = text.replace(/\s+/g, ' ').trim().replace(/\s*[:\uff1a]$/, '');
    return label.length > MAX_BULLET_LABEL || !/[\p{L}\p{N}]/u.test(label) ? '' : label;
}
/**
 * YAML (`---`) or TOML (`+++`) front matter at the top, blanked line for line (positions stay
 * right): it is metadata, and Markdown would read `---` as a rule and `key: value` above a closing
 * `---` as a heading.
 */
function blankFrontMatter(text) {
    const m = /^(\uFEFF?)(---|\+\+\+)[ \t]*\r?\n/.exec(text);
    if (!m)
        return { text };
    const close = m[2] === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
    const lines = text.split('\n');
    const end = lines.findIndex((l, i) => i > 0 && i < 200 && close.test(l.replace(/\r$/, '')));
    if (end < 0)
        return { text };
    // Only metadata: a mapping (`key: value` / `key = value`, `[table]`) and no task item at the margin. A list
    // between two rules (`---` / `- [ ] item` / `---`) is checklist content, never blanked; a task-like line indented
    // under a key (`items:` / `  - [ ] \u2026`) is a YAML value, as GitHub renders it (a metadata table), and so is one at the
    // margin under a key with no value of its own (`tasks:` / `- [ ] \u2026`, YAML's unindented sequence). After a key with a
    // value (`title: x` / `- [ ] Pinned tags`) it is no YAML, so checklist content.
    const inner = lines.slice(1, end).map((l, i) => ({ l: l.replace(/\r$/, ''), line: i + 2 })).filter(({ l }) => l.trim() && !/^\s*#/.test(l));
    const yaml = m[2] === '---';
    const first = yaml ? /^[\w"'][^:]*:(?:\s|$)/ : /^(?:[\w"'.-]+\s*=|\[)/;
    if (!inner.length || !first.test(inner[0].l))
        return { text };
    let sequenceOpen = false;
    let taskLine;
    for (const { l, line } of inner) {
        const task = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]/.test(l);
        if (task && !/^\s/.test(l) && !(yaml && sequenceOpen && l.startsWith('- ')))
            return { text };
        // (Said only at the margin, where Markdown would have read an item; an indented one is plainly a YAML value.)
        taskLine ??= task && !/^\s/.test(l) ? line : undefined;
        // A key at the margin: a sequence may follow at the margin only when it has no value (`tasks:`).
        if (yaml && /^[\w"'][^:]*:(?:\s|$)/.test(l))
            sequenceOpen = /:\s*$/.test(l);
        else if (yaml && !/^(?:\s|- )/.test(l))
            sequenceOpen = false;
    }
    return { text: `${m[1]}${lines.slice(0, end + 1).map((l) => (l.endsWith('\r') ? '\r' : '')).join('\n')}\n${lines.slice(end + 1).join('\n')}`, taskLine };
}
/**
 * The opening line of an MkDocs block whose content is indented 4 spaces under it: a Python-Markdown / Material admonition
 * (`!!! danger "Title"`, `!!! tip inline end`), a collapsible one of pymdownx.details (`??? note`, `???+ note`), a content tab
 * of pymdownx.tabbed (`=== "Tab"`, `===+ "Tab"`, `===! "Tab"`). Its indentation is group 1 (spaces or tabs, as Python-Markdown
 * expands a tab to the next multiple of 4 columns).
 */
const MKDOCS_OPENER = /^([ \t]*)(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"]*")?|===[!+]{0,2}[ \t]+"[^"]*")[ \t]*\r?$/;
/** Where a line's text starts, a tab counting to the next multiple of 4 columns (-1: a blank line). */
function indentOf(line) {
    let w = 0;
    for (const c of line) {
        if (c === ' ')
            w++;
        else if (c === '\t')
            w += 4 - (w % 4);
        else
            return c === '\r' ? -1 : w;
    }
    return -1;
}
/**
 * `text` with each MkDocs block opener (see MKDOCS_OPENER) that has content indented 4 spaces under it made a list item
 * holding only an empty comment (`-   <!-- -->`, at the opener's indentation), line for line: its content is then that
 * item's content, read as MkDocs renders it (a `- [ ]` line in it is a task-list item) where CommonMark alone reads it
 * as an indented code block or a paragraph's text. The openers' lines (in the file) are returned: such an item is no
 * plain bullet of the checklist, only a container (see the caller). Content's own columns do not move.
 */
function mkdocsBlocks(text) {
    const openers = new Set();
    if (!/^[ \t]*(?:!!!|\?\?\?|===)/m.test(text))
        return { text, openers };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = MKDOCS_OPENER.exec(lines[i]);
        if (!m)
            continue;
        const own = indentOf(`${m[1]}!`);
        let next = i + 1;
        while (next < lines.length && indentOf(lines[next]) < 0)
            next++;
        if (next >= lines.length || indentOf(lines[next]) < own + 4)
            continue;
        lines[i] = `${m[1]}-   <!-- -->${lines[i].endsWith('\r') ? '\r' : ''}`;
        openers.add(i + 1);
    }
    return openers.size ? { text: lines.join('\n'), openers } : { text, openers };
}
/** Boxes in boxes (callouts, admonitions, `<details>` blocks) whose titles are kept for an item: the innermost past it are not. */
const MAX_CONTAINERS = 16;
/** An MkDocs block opener's title (`!!! note "Not in scope"`, `=== "Later"`), else its first word (`!!! later`). */
function mkdocsTitle(line) {
    const m = /^[ \t]*(?:!!!|\?\?\?\+?|===[!+]{0,2})[ \t]+(?:([\w-]+)[^"\r]*)?(?:"([^"]*)")?/.exec(line);
    return m?.[2] ?? m?.[1] ?? '';
}
/**
 * A callout's title: an Obsidian or GitHub callout's words after its type on its first line (`> [!todo] Later`,
 * `> [!note]- Not in scope`); none for a callout with no title (`> [!NOTE]`) or a plain block quote.
 */
function calloutTitle(quote) {
    const first = quote.children[0];
    const text = first?.type === 'paragraph' ? first.children[0] : undefined;
    if (text?.type !== 'text')
        return undefined;
    const m = /^\[![\w-]+\][+-]?[ \t]+([^\n]*)/.exec(text.value);
    return m?.[1]?.trim() || undefined;
}
/**
 * A paragraph that is only bold words, a colon after them or inside (`**Later:**`, `**Post-launch**:`, `__Later__`): a
 * heading as Notion and Confluence exports write one. Its words; none for any other paragraph.
 */
function boldLine(p) {
    const kids = p.children.filter((c) => !(c.type === 'text' && /^\s*:?\s*$/.test(c.value)));
    return kids.length === 1 && kids[0].type === 'strong' ? plainText(kids[0].children).replace(/\s*:\s*$/, '') || undefined : undefined;
}
/**
 * The `<details>` blocks an HTML block opens and closes, in order, on `open` (innermost last): `<details>` opens one, its
 * `<summary>\u2026</summary>` titles it, `</details>` closes it. At most MAX_CONTAINERS open (the rest are not kept).
 */
function detailsIn(html, open) {
    if (!/<\/?details\b|<summary\b/i.test(html))
        return;
    for (const m of html.matchAll(/<details\b[^>]*>|<summary\b[^>]*>([^]*?)<\/summary\s*>|<\/details\s*>/gi)) {
        if (m[0][1] === '/')
            open.pop();
        else if (m[0][1].toLowerCase() === 'd') {
            if (open.length < MAX_CONTAINERS)
                open.push('');
        }
        else if (open.length)
            open[open.length - 1] = m[1].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    }
}
/** The first heading when it is the only `#` heading and comes before any list: the document's name. */
function documentTitle(nodes) {
    const h1 = nodes.filter((n) => n.type === 'heading' && n.depth === 1);
    const first = nodes.find((n) => n.type === 'heading' || n.type === 'list');
    return h1.length === 1 && first === h1[0] ? h1[0] : undefined;
}
function headingText(h) {
    // Emoji decorate headings ("\ud83d\udd12 Security"); they make group names awkward to type or compare.
    // Below U+2000 the pictographs are letters-like symbols (\u00a9, \u00ae) that mojibake is made of: kept.
    // GitHub's emoji shortcodes (`## :sparkles: Security :sparkles:`) render as emoji: dropped too (not `12:30:00`).
    return plainText(h.children)
        .replace(/[\p{Extended_Pictographic}\p{Co}\uFE0F\u200D]/gu, (c) => (c.codePointAt(0) < 0x2000 ? c : ''))
        .replace(/(?<![\w:]):[a-z][a-z\d_+-]*:(?![\w:])/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** An inline HTML tag that GitHub shows as part of the text around it. */
const INLINE_TAG = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var)(?=[\s/>])/i;
/**
 * A status lozenge after an item's words (Confluence's `<span class="status-macro aui-lozenge">IN PROGRESS</span>`, its
 * storage format's `<ac:structured-macro ac:name="status">` with the status as its `title` parameter): the item's state,
 * shown as one after a dash ("Image tags pinned \u2014 IN PROGRESS"), as the rules read a status.
 */
const STATUS_LOZENGE = /^<span\b[^>]*\bclass\s*=\s*["']?[^"'>]*\b(?:status-macro|aui-lozenge|lozenge|status-badge|status-label)\b/i;
const STATUS_MACRO = /<ac:structured-macro\b[^>]*\bac:name\s*=\s*["']status["'][^>]*>(?:(?!<\/ac:structured-macro>)[^]){0,400}?<ac:parameter\b[^>]*\bac:name\s*=\s*["']title["'][^>]*>([^<]*)<\/ac:parameter>(?:(?!<\/ac:structured-macro>)[^]){0,400}?<\/ac:structured-macro>/gi;
/** An inline tag that strikes its text through: `<del>`, `<s>`, `<strike>` (`[1]`: the closing tag's slash). */
const STRIKE_TAG = /^<(\/)?(?:del|s|strike)(?=[\s>])[^>]*>$/i;
/**
 * The visible text of inline content: markup, HTML and directives dropped, white space collapsed. `source`: the text the
 * nodes were parsed from (their offsets index it), to keep fill-in blanks as written (see blankAsWritten). `asides`: an
 * emphasised status standing as the item's state is written as an aside (see emphasisedStates); by default where struck words
 * are dropped (the promise the rules read), not in the text as shown.
 */
function plainText(nodes, keepStruck = false, source, asides = !keepStruck) {
    let out = '';
    // Inside `<del>`, `<s>` or `<strike>` (GitHub's struck-through text in HTML): withdrawn as `~~\u2026~~` is.
    let struck = 0;
    // Emphasised statuses (`_pending_`, `**N/A**`): where their words stand in `out`.
    const statuses = [];
    const walk = (n) => {
        if (struck > 0 && !keepStruck && n.type !== 'html')
            return;
        switch (n.type) {
            case 'text':
                out += obsidianText(n.value.includes('<ac:') ? n.value.replace(STATUS_MACRO, (_m, state) => ` \u2014 ${state} `) : n.value);
                break;
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
            // An inline tag renders with no space of its own (`H<sub>2</sub>O`, `<kbd>Ctrl</kbd>+<kbd>C</kbd>`); others (`<br>`, comments) part words.
            case 'html': {
                const strike = STRIKE_TAG.exec(n.value);
                if (strike)
                    struck = Math.max(0, struck + (strike[1] ? -1 : 1));
                out += STATUS_LOZENGE.test(n.value) && out.trim() !== '' ? ' \u2014 ' : INLINE_TAG.test(n.value) ? '' : ' ';
                break;
            }
            case 'footnoteReference': break;
            // Struck-through text is withdrawn ("HSTS on ~~staging~~ prod" promises prod only).
            case 'delete':
                if (keepStruck)
                    for (const c of n.children)
                        walk(c);
                break;
            case 'emphasis':
            case 'strong': {
                const written = source === undefined ? undefined : blankAsWritten(n, source);
                if (written !== undefined) {
                    out += written;
                    break;
                }
                // An emphasised status may be the item's state (see EMPHASIS_STATE_AFTER): its words are kept, and where it stands
                // is judged once the whole text is known. Not one a dash, a label or a bracket already opens (the rules read it there).
                if (asides && !/(?:[\u2014\u2013:([]|\s-)\s*$/.test(out)) {
                    const said = plainText(n.children);
                    if ((0,_matcher_js__WEBPACK_IMPORTED_MODULE_3__.isStatusAlone)(said)) {
                        statuses.push({ start: out.length, end: out.length + said.length, said });
                        out += said;
                        break;
                    }
                }
                for (const c of n.children)
                    walk(c);
                break;
            }
            default: if ('children' in n)
                for (const c of n.children)
                    walk(c);
        }
    };
    for (const n of nodes)
        walk(n);
    out = emphasisedStates(out, statuses);
    // Obsidian's block id ending the line (`\u2026 signed off ^blk1`) is hidden when shown. A secret written in the text (a token,
    // a URL's password) is hidden here, where every title, heading and pull-request tick is read, as hardcoded-secret shows
    // it (`ghp_\u2026`): every report, id slug and sign-off inherits it, and a tick of the line as written still names the item.
    return (0,_checks_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecretsInText */ .X5)(out.replace(/\s+/g, ' ').trim().replace(OBSIDIAN_BLOCK_ID, ''));
}
/**
 * What may follow an emphasised status that ends the item's words: nothing (trailing punctuation, an Obsidian block id), another
 * aside (a dash, a bracket, a label, `;`), or a ticket or an owner ("HSTS _pending_ OPS-12", "\u2014 _WIP_, see #412").
 */
// (Each run of spaces is read one way only: the text after a status may be a long run of them.)
const EMPHASIS_STATE_AFTER = /^\s*(?:(?:[.!]+\s*)?(?:\^[\w-]+\s*)?$|[\u2014\u2013(\[;:]|-(?:\s|$)|(?:,\s*)?(?:(?:see|cf\.?|ref\.?)\s+)?(?:[A-Za-z][A-Za-z\d]*-\d+|#\d+|@[\w-]+(?:\/[\w-]+)?)(?![\w-]))/;
/**
 * `out` with each emphasised status in it (`statuses`: where its words stand) made an aside where it stands as the item's state:
 * opening the item (no word before it: "**WIP** HSTS", "**N/A** \u2014 no DB" read as "(WIP) HSTS", "(N/A) \u2014 no DB") or ending its
 * words (see EMPHASIS_STATE_AFTER: "HSTS _pending_", "HSTS _pending_ (OPS-12)" read as "HSTS (pending)"), as the rules read a
 * status in brackets (the promise only: the title keeps what the line shows). Mid-sentence, emphasis is the author's stress on
 * a word, no state ("Backups tested **N/A** for the replica, but required for the primary", "Rotate keys, _later_ also the
 * signing key"): its words stay as written, read as the plain words are.
 */
function emphasisedStates(out, statuses) {
    let text = out;
    for (let k = statuses.length - 1; k >= 0; k--) {
        const { start, end, said } = statuses[k];
        const leading = !/[\p{L}\p{N}]/u.test(out.slice(0, start));
        if (leading || EMPHASIS_STATE_AFTER.test(out.slice(end)))
            text = `${text.slice(0, start)} (${said}) ${text.slice(end)}`;
    }
    return text;
}
/** An Obsidian block id ending a line: ` ^blk1`, hidden when the note is shown (a letter in it: `^20` is a version range). */
const OBSIDIAN_BLOCK_ID = /\s\^(?=[\w-]*[A-Za-z])[A-Za-z0-9-]+$/;
/**
 * Obsidian markup in text, as Obsidian shows it: a wikilink as its alias or its target (`[[DR drill|last drill]]` \u2192
 * "last drill", `[[Runbook]]` \u2192 "Runbook", an embed `![[x]]` too), a comment (`%%ask comms%%`) hidden, a highlight
 * (`==Load test==`) as its words.
 */
function obsidianText(text) {
    if (!/\[\[|%%|==/.test(text))
        return text;
    return text
        .replace(/%%[^]*?%%/g, ' ')
        .replace(/!?\[\[([^[\]|\n]+)(?:\|([^[\]\n]*))?\]\]/g, (_m, target, alias) => (alias?.trim() || target.trim()))
        .replace(/(?<![=\w])==(?=\S)([^=\n]+?)(?<=\S)==(?![=\w])/g, '$1');
}
/**
 * A fill-in blank that Markdown reads as emphasis, as written: `__/__/____`, `____/____/______`, `__:__`, `___-___-____`
 * (a date, a time, a phone number to fill in) parse as `_`-emphasis around a separator, which GitHub shows as a bold `/`
 * or `:`, but the author wrote blanks for the signer, who fills them in (`Release date: 05/06/2024`). Emphasis written
 * with `_` that holds no letter or digit is kept as its source (a title "Release date: __/__/____", not "//____");
 * emphasis of words (`__init__`, `_word_`, `**x**`) is markup as ever. Undefined when the node is no such blank.
 */
function blankAsWritten(n, source) {
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    if (start === undefined || end === undefined || source[start] !== '_' || source[end - 1] !== '_')
        return undefined;
    const written = source.slice(start, end);
    return WORDLIKE.test(plainText(n.children)) || /[\r\n]/.test(written) ? undefined : written;
}
/**
 * The explicit binding written on an item (not on its nested items): a list of ids, `'manual'`,
 * or null when there is none. Its mistakes are pushed on `errors`, all of them (the ids that are right still bind).
 */
function readDirectives(children, file, known, offset, errors) {
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
    let mixed = false;
    for (const h of found) {
        // On an indented line under the item, `<!-- preflight: hsts` without `-->` runs on as a comment: never bound silently.
        if (UNTERMINATED.test(h.value) && /^\s*<!--/.test(h.value)) {
            errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('unterminated `<!-- preflight: \u2026 -->`: expected `-->` after the check ids', { file, line: h.line, column: h.column + /^\s*/.exec(h.value)[0].length }));
            continue;
        }
        // `<!-- preflight hsts -->`: meant as a binding; silently manual would drop the check from the gate.
        if (MISSING_COLON.test(h.value)) {
            errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('expected `<!-- preflight: ID -->` (a colon after `preflight`) to bind this item', { file, line: h.line, column: h.column }));
            continue;
        }
        for (const m of h.value.matchAll(DIRECTIVE)) {
            const where = { file, line: h.line, column: h.column };
            const names = m[1].split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
            if (!names.length) {
                errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('empty `<!-- preflight: -->`: expected check ids (`<!-- preflight: hsts, https-redirect -->`) or `manual`', where));
                continue;
            }
            for (const name of names) {
                if (name === 'manual') {
                    manual = true;
                    continue;
                }
                if (!known.has(name)) {
                    // Said once, at the comment: the id found, and the nearest known one, else what is expected there.
                    const near = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .suggestIds */ .BW)(name, known);
                    errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`unknown check '${name}'${near.length ? (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(near) : '; expected `manual` or a check id (`preflight list` shows them)'}`, where));
                    continue;
                }
                ids ??= [];
                if (ids.includes(name)) {
                    errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`check '${name}' is listed twice in <!-- preflight: \u2026 -->`, where));
                    continue;
                }
                ids.push(name);
            }
            // Said once, where the item first names both.
            if (manual && ids && !mixed) {
                mixed = true;
                errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('`<!-- preflight: manual -->` cannot be combined with check ids on the same item', where));
            }
        }
    }
    return manual ? 'manual' : ids;
}
/** The first binding comment in a node outside its nested lists (whose items have their own), if any. */
function directiveNode(n) {
    if (n.type === 'html')
        return DIRECTIVE_LIKE.test(n.value) ? n : undefined;
    if (n.type === 'list' || !('children' in n))
        return undefined;
    for (const c of n.children) {
        const found = directiveNode(c);
        if (found)
            return found;
    }
    return undefined;
}
/** Whether a node holds a binding comment outside its nested lists (whose items have their own). */
function carriesDirective(n) {
    return directiveNode(n) !== undefined;
}
/** A line without the block-quote markers before its text (`> > - [ ] x` \u2192 ` - [ ] x`). */
const unquoted = (line) => line.replace(/^(?:[ \t]*>)+/, '');
/**
 * Whether a paragraph's text starts with a code span, also inside emphasis (``- `[ ]` not done yet``, ``- **`[x]`** done``):
 * what follows is shown as written, an example of the syntax.
 */
function startsWithCode(p) {
    let n = p.children[0];
    while (n && (n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete'))
        n = n.children[0];
    return n?.type === 'inlineCode';
}
/**
 * The lines of the file an indented code block holds between a fence written in it and its closing fence (the same
 * character, at least as many; an unclosed one runs to the block's end), the fence lines included: a fenced example
 * indented 4 spaces.
 */
function fencedLines(node, lines, offset) {
    const out = new Set();
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined)
        return out;
    let open;
    for (let l = start + offset; l <= end + offset; l++) {
        const line = unquoted(lines[l - 1] ?? '').replace(/\r$/, '');
        if (open === undefined) {
            // An opening fence: a backtick one's info string holds no backtick (CommonMark).
            const m = /^\s*(?:(`{3,})[^`]*|(~{3,}).*)$/.exec(line);
            if (!m)
                continue;
            open = m[1] ?? m[2];
            out.add(l);
            continue;
        }
        out.add(l);
        const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
        if (close && close[1][0] === open[0] && close[1].length >= open.length)
            open = undefined;
    }
    return out;
}
/** Whether a code block is fenced (` ``` `, `~~~`): its first line in the file opens a fence. An indented code block is not. */
function isFenced(node, lines, offset) {
    const start = node.position?.start;
    if (!start)
        return true;
    return /^ {0,3}(?:`{3,}|~{3,})/.test((lines[start.line + offset - 1] ?? '').slice(start.column - 1));
}
/**
 * Where a fenced code block opens (its line and column in the file, and its marker) when it is never closed: its last line
 * is no closing fence (the same character, at least as many) \u2014 it ran to the end of its container. An indented code
 * block, or a closed fence, gives null.
 */
function unclosedFenceOf(node, lines, offset) {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end)
        return null;
    const first = (lines[start.line + offset - 1] ?? '').replace(/\r$/, '').slice(start.column - 1);
    const m = /^( {0,3})(`{3,}|~{3,})/.exec(first);
    if (!m)
        return null;
    const marker = m[2];
    if (end.line > start.line) {
        // The closing fence, after the container's indentation or `>` markers.
        const last = (lines[end.line + offset - 1] ?? '').replace(/\r$/, '').replace(/^[\s>]*/, '');
        const close = /^(`{3,}|~{3,})\s*$/.exec(last);
        if (close && close[1][0] === marker[0] && close[1].length >= marker.length)
            return null;
    }
    return { line: start.line + offset, column: start.column + m[1].length, marker };
}
/**
 * The rows of a table (below its header row) with a checkbox cell (`| [ ] | Item |`, `| [x] Item |`, `| - [ ] Item |`): the
 * row, the cell, whether it is ticked, and the row's title: the text after the box in its cell, else the longest other
 * cell. GitHub renders no checkbox there: they are no task-list items, in a checklist or in a pull request's description.
 */
function tableCheckboxes(table, source) {
    const out = [];
    for (const row of table.children.slice(1)) {
        const cells = row.children.map((c) => plainText(c.children, true, source).trim());
        const box = cells.findIndex((c) => CHECKBOX_CELL.test(c));
        if (box < 0)
            continue;
        const m = CHECKBOX_CELL.exec(cells[box]);
        const title = m[2]?.trim() || cells.filter((c, i) => i !== box && c).sort((x, y) => y.length - x.length)[0] || '';
        out.push({ row, cell: row.children[box], checked: m[1] !== ' ', title });
    }
    return out;
}
/** The header of a table's status column: "Status", "Done", "State", "Complete", a check mark\u2026 (markup stripped). */
const STATUS_HEADER = /^(?:status|state|done|complete[d]?|checked|ready|result|ok|erledigt|fertig|estado|statut|[\u00e9e]tat|fait|situa[\u00e7c][\u00e3a]o|[\u2713\u2714\u2705\u2611]\uFE0F?)\s*\??$/iu;
/** A mark of a status cell: a check mark, a cross, an hourglass, a traffic light, or its GitHub shortcode. */
const STATUS_MARK_CELL = (0,_shortcodes_js__WEBPACK_IMPORTED_MODULE_0__/* .markPattern */ .Q)('\u2713\u2714\u2717\u2718\u2705\u274c\u274e\u23f3\u231b\u2611\u2610\u2612\u2b1c\ud83d\udfe2\ud83d\udfe1\ud83d\udfe0\ud83d\udd34\ud83d\udea7\u26a0\u26d4');
/** A status cell's value: yes/no, done/pending, a mark, or a mark beside the word ("\u2705 Done", "No \u274c"); see isStatusValue. */
const STATUS_VALUE = new RegExp(String.raw `^(?:${STATUS_MARK_CELL}\s*)*(?:yes|no|y|n|x|done|pending|to-?\s?do|in progress|wip|n\/?a|ok|pass(?:ed)?|fail(?:ed)?|true|false|blocked|not (?:started|done|yet)|open|closed|complete[d]?|incomplete|ready|missing|partial(?:ly)?|ja|nein|oui|non|s[i${"\u00ed"}]|sim|n[${"\u00e3"}a]o|erledigt|offen|fait|hecho|feito|pendiente|pendente)?(?:\s*${STATUS_MARK_CELL})*$`, 'iu');
/**
 * Whether a table cell is a status value (STATUS_VALUE): a word and a mark or two, so a longer cell is none (and never reaches
 * the regex, whose runs of marks around the word can split a long run of marks many ways: review 48 B2).
 */
const isStatusValue = (cell) => cell.length <= 60 && STATUS_VALUE.test(cell);
/** A legend's header ("| Symbol | Meaning |"): a table that explains the marks, no status of items. */
const LEGEND_HEADER = /^(?:meaning|means|legend|symbol|icon|emoji|mark|key|definition|bedeutung|signification|significado)$/i;
/**
 * A table that reads as a status checklist (see visitTable): a column headed as a status ("Status", "Done", "\u2705") whose cells
 * are mostly status values (Yes/No, \u2714/\u2718, Done/Pending), beside a column of item texts (mostly not status values, with
 * words). Not a legend (`| Symbol | Meaning |`). Its body rows, the status header and the first row's item text.
 */
function statusTable(table, source) {
    const [head, ...body] = table.children;
    if (!head || !body.length)
        return undefined;
    const headers = head.children.map((c) => plainText(c.children, true, source).trim());
    if (headers.some((h) => LEGEND_HEADER.test(h)))
        return undefined;
    const column = (i) => body.map((r) => r.children[i] ? plainText(r.children[i].children, true, source).trim() : '').filter(Boolean);
    const mostly = (cells, test) => cells.length > 0 && cells.filter(test).length * 2 >= cells.length;
    const statusAt = headers.findIndex((h, i) => STATUS_HEADER.test(h) && mostly(column(i), (c) => isStatusValue(c)));
    if (statusAt < 0)
        return undefined;
    const itemAt = headers.findIndex((_, i) => i !== statusAt && mostly(column(i), (c) => WORDLIKE.test(c) && !isStatusValue(c)));
    if (itemAt < 0)
        return undefined;
    return { rows: body.length, header: headers[statusAt], example: column(itemAt)[0] };
}
/**
 * Letters that NFKD does not split into a base letter and an accent, spelt in ASCII as they usually are
 * (`Gr\u00f6\u00dfe` \u2192 `groesse` would be German's own spelling, but `grosse` keeps ids short and matches `\u00df` \u2192 `ss`), and
 * Cyrillic in a common romanisation (`\u041f\u0440\u043e\u0432\u0435\u0440\u0435\u043d\u043e` \u2192 `provereno`), so ids stay readable. Other scripts (CJK\u2026) have no
 * simple spelling in ASCII: their items get `item-` and a hash of the title (`\u5907\u4efd\u5df2\u6d4b\u8bd5` \u2192 `item-` and eight hex digits),
 * which stays the item's id when lines are inserted before it (a `--severity ID=LEVEL` or a sign-off keeps its item).
 */
const TRANSLIT = {
    '\u00df': 'ss', '\u1e9e': 'ss', '\u00e6': 'ae', '\u00c6': 'ae', '\u00f8': 'o', '\u00d8': 'o', '\u0153': 'oe', '\u0152': 'oe', '\u0142': 'l', '\u0141': 'l', '\u0111': 'd', '\u0110': 'd',
    '\u00f0': 'd', '\u00d0': 'd', '\u00fe': 'th', '\u00de': 'th', '\u0131': 'i', '\u0127': 'h', '\u0126': 'h', '\u0167': 't', '\u0166': 't', '\u014b': 'ng', '\u014a': 'ng', '\u0138': 'k',
    '\u0430': 'a', '\u0431': 'b', '\u0432': 'v', '\u0433': 'g', '\u0434': 'd', '\u0435': 'e', '\u0451': 'e', '\u0436': 'zh', '\u0437': 'z', '\u0438': 'i', '\u0439': 'y', '\u043a': 'k',
    '\u043b': 'l', '\u043c': 'm', '\u043d': 'n', '\u043e': 'o', '\u043f': 'p', '\u0440': 'r', '\u0441': 's', '\u0442': 't', '\u0443': 'u', '\u0444': 'f', '\u0445': 'kh', '\u0446': 'ts',
    '\u0447': 'ch', '\u0448': 'sh', '\u0449': 'shch', '\u044a': '', '\u044b': 'y', '\u044c': '', '\u044d': 'e', '\u044e': 'yu', '\u044f': 'ya',
    '\u0454': 'ye', '\u0456': 'i', '\u0457': 'yi', '\u0491': 'g', '\u045e': 'u', '\u0452': 'dj', '\u0458': 'j', '\u0459': 'lj', '\u045a': 'nj', '\u045b': 'c', '\u045f': 'dz',
};
/** A URL- and YAML-safe slug of a title (`Enable HSTS (Strict\u2026)` \u2192 `enable-hsts-strict`, `Gr\u00f6\u00dfe` \u2192 `grosse`). */
function slug(title) {
    const s = title
        // Whole letters first (`\u0416` \u2192 `\u0436` \u2192 `zh`; `\u0439` before NFKD would make it `\u0438`), then accents stripped (`\u00e9` \u2192 `e`).
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\x00-\x7f]/g, (c) => TRANSLIT[c] ?? c)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (!s) {
        const said = title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
        return said ? `item-${fnv1a(said)}` : 'item';
    }
    if (s.length <= MAX_SLUG)
        return s;
    const cut = s.slice(0, MAX_SLUG);
    const dash = cut.lastIndexOf('-');
    return dash > MAX_SLUG / 2 ? cut.slice(0, dash) : cut;
}
/** The 32-bit FNV-1a hash of `text`'s UTF-16 code units, as eight hex digits: short, stable across runs and platforms. */
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
/**
 * The first line nested beyond what a checklist needs, or 0. Parse time grows with nesting depth
 * times length (and the Markdown reader recurses once per level), so a pathologically nested file is refused rather
 * than parsed for minutes or crashing.
 */
/** The line of the first task item (`- [ ] x`) nested deeper than deepMarkers allows, or 0. */
function tooDeep(text) {
    for (const at of deepMarkers(text)) {
        DEEP_TASK.lastIndex = at;
        if (DEEP_TASK.test(text))
            return text.slice(0, at).split('\n').length;
    }
    return 0;
}
/**
 * The line of the first task-list line (`- [ ] x`, `> 1. [x] x`) past MAX_CHECKLIST_ITEMS, or 0: one linear pass over the
 * lines, counting as written (a task line in a code block counts too: no real list comes near the cap).
 */
function taskLinePastCap(text) {
    let count = 0;
    let line = 0;
    for (let start = 0; start <= text.length;) {
        line++;
        TASK_AT_LINE_START.lastIndex = start;
        if (TASK_AT_LINE_START.test(text) && ++count > _types_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CHECKLIST_ITEMS */ .Z)
            return line;
        const end = text.indexOf('\n', start);
        if (end < 0)
            break;
        start = end + 1;
    }
    return 0;
}
/** A task-list line from its start: indentation and block-quote markers, list markers, a box and a space or the end. */
const TASK_AT_LINE_START = /[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)+\[[ xX]\](?=[ \t\r\n]|$)/y;
/** List markers and block-quote markers, then a task box (`- - [ ] x`, `- > - [x] x`). */
const DEEP_TASK = /(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?)+\[[ xX]\]/y;
/**
 * The offset of each line's first list marker nested deeper than a checklist needs: the line's lead before it \u2014
 * indentation (a tab as 4 columns), block-quote markers and the list markers that open a list on the same line
 * (`- - - [ ] x` is three lists deep) \u2014 is over 64 columns wide or holds over 16 `>`. One pass over each line's lead.
 */
const LINE = /[^\r\n]*/y;
function* deepMarkers(text) {
    for (let start = 0; start < text.length;) {
        LINE.lastIndex = start;
        LINE.exec(text);
        const end = LINE.lastIndex;
        let width = 0;
        let quotes = 0;
        for (let i = start; i < end;) {
            const c = text[i];
            if (c === ' ' || c === '>') {
                width++;
                if (c === '>')
                    quotes++;
                i++;
                continue;
            }
            if (c === '\t') {
                width += 4;
                i++;
                continue;
            }
            let marker = 0;
            if (c === '-' || c === '*' || c === '+')
                marker = 1;
            else {
                let d = i;
                while (d < end && d - i < 9 && c >= '0' && c <= '9' && text[d] >= '0' && text[d] <= '9')
                    d++;
                if (d > i && (text[d] === '.' || text[d] === ')'))
                    marker = d - i + 1;
            }
            if (!marker)
                break;
            // A marker opens a list only when a space or tab follows it: otherwise the line's text begins here (`--bind`, `10.0.0.1`).
            if (text[i + marker] !== ' ' && text[i + marker] !== '\t')
                break;
            if (quotes > 16 || width > 64) {
                yield i;
                break;
            }
            width += marker;
            i += marker;
        }
        start = end + 1;
    }
}
/**
 * `text` with the list marker of every line nested deeper than `tooDeep` allows escaped (`\-`, `12\.`): such a line
 * is read as text from there, so the parse stays bounded, and nothing else changes \u2014 a line indented that far that was
 * not an item already was text (a code line or a paragraph's continuation), and no one signs off at nesting level 17.
 */
function defuseDeepItems(text) {
    let out = '';
    let last = 0;
    for (const at of deepMarkers(text)) {
        // After a number's digits (`12\.`), before a bullet (`\-`).
        let cut = at;
        while (text[cut] >= '0' && text[cut] <= '9')
            cut++;
        out += `${text.slice(last, cut)}\\`;
        last = cut;
    }
    return last ? out + text.slice(last) : text;
}
/**
 * The texts of the ticked task-list items of a Markdown document (a pull-request description),
 * as GitHub renders it: list items only, never a box in code, raw HTML or an HTML comment. Texts
 * as a checklist's titles (markup stripped, struck-through words kept). Read up to `maxChars` (at most MAX_CHARS);
 * an item nested too deeply to parse in bounded time is read as text (see defuseDeepItems): the rest still counts.
 * Ticks in block quotes and wholly struck-through ones included: tickedItems tells them apart.
 */
function tickedTexts(text, maxChars = MAX_CHARS) {
    return tickedItems(text, maxChars).filter((t) => !t.table && !t.lookalike).map((t) => t.text);
}
/** {@link tickedTexts}, each with where it stands (in a block quote) and whether its text is all struck through. */
function tickedItems(text, maxChars = MAX_CHARS) {
    // Cut at a line end: a half line past the cap is not what the author ticked.
    const cap = Math.min(maxChars, MAX_CHARS);
    const body = text.length <= cap ? text : text.slice(0, text.lastIndexOf('\n', cap - 1) + 1);
    const bounded = defuseDeepItems(body);
    const out = [];
    let source = '';
    const visit = (nodes, quoted) => {
        for (const node of nodes) {
            if (node.type === 'list') {
                for (const li of node.children) {
                    const first = li.children[0]?.type === 'paragraph' ? li.children[0] : undefined;
                    if (li.checked === true && first) {
                        const all = plainText(first.children, true, source);
                        // Nothing of it left once struck-through words are withdrawn: the whole text is struck through.
                        out.push({ text: all, quoted, struck: WORDLIKE.test(all) && !WORDLIKE.test(plainText(first.children, false, source)) });
                    }
                    else if (li.checked == null && first) {
                        const lead = first.children[0]?.type === 'text' ? first.children[0].value : '';
                        let box;
                        if (TICK_NO_SPACE.test(lead)) {
                            const all = plainText(first.children, true, source).replace(TICK_NO_SPACE, '');
                            if (WORDLIKE.test(all))
                                out.push({ text: all, quoted, struck: false, nospace: true });
                        }
                        else if ((box = TICK_LOOKALIKE.exec(lead))) {
                            // `- [\u2713] Load test completed`, `- [-] \u2026`, `- [~] \u2026`: GitHub shows the box as text, no checkbox, so it ticks nothing.
                            const all = plainText(first.children, true, source).replace(TICK_LOOKALIKE, '');
                            if (WORDLIKE.test(all))
                                out.push({ text: all, quoted, struck: false, lookalike: box[1] });
                        }
                    }
                    visit(li.children, quoted);
                }
            }
            else if (node.type === 'blockquote')
                visit(node.children, quoted || !isAlert(node));
            else if (node.type === 'footnoteDefinition')
                visit(node.children, quoted);
            else if (node.type === 'table') {
                for (const box of tableCheckboxes(node, source))
                    if (box.checked && box.title)
                        out.push({ text: box.title, quoted, struck: false, table: true });
            }
        }
    };
    for (const part of parseBlocks(bounded)) {
        source = part.text;
        visit(part.nodes, false);
    }
    return out;
}
/** A ticked box with no space after it (`- [x]Title`): text to GitHub. */
const TICK_NO_SPACE = /^\[[xX]\](?=[^\s\]])/;
/**
 * A look-alike box opening a list item of a description, as a tick or a status mark is written in other tools (`[\u2713]`, `[\u2714]`,
 * `[\u221a]`, `[v]`, `[-]`, `[~]`, `[/]`, `[*]`, `[+]`; a check mark or ticked ballot box alone, `\u2705`, `\u2714`, `\u2611`, `\u2612`), with the
 * space after it: text to GitHub, no checkbox (see LOOKALIKE_BOX, STATUS_MARK).
 */
const TICK_LOOKALIKE = /^(\[[-~/*+\u2713\u2714\u221avV]\]|[\u2705\u2714\u2713\u2611\u2612]\uFE0F?)[ \t]+/u;
/** A letter or digit: text that says something. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/**
 * Whether a block quote is a GitHub alert (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]` alone on
 * its first line): the author's own call-out, shown as a box, not quoted words.
 */
function isAlert(quote) {
    const first = quote.children[0];
    const text = first?.type === 'paragraph' ? first.children[0] : undefined;
    return text?.type === 'text' && /^\[!(?:note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i.test(text.value);
}
const parseGfm = (text) => (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_6__/* .fromMarkdown */ .Y)(defuseInline(text), { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_7__/* .gfm */ .T)()], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_8__/* .gfmFromMarkdown */ .C)()] }).children;
/** Inline delimiters the Markdown parser resolves in quadratic time within one paragraph: emphasis, brackets, comment openers. */
const HEAVY = /[*_[\]]|<!--/g;
/** A paragraph (a list item with its continuation lines, or plain lines) may hold this many before it is defused. */
const MAX_HEAVY = 1000;
/** A line's list marker and checkbox (`- [ ] `, `  * [x] `, `> 1. `): kept as written, so items stay items. */
const LEAD = /^[ \t]*(?:>[ \t]*)*(?:(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\](?:[ \t]+|$))?)?/;
/**
 * The text with each paragraph that holds more than MAX_HEAVY emphasis delimiters, brackets or `<!--` made inert:
 * micromark resolves those in quadratic time (160 KB of `*_` on one line ran for minutes; 10,000 `<!--`, 7 s), and
 * no checklist item needs a thousand. They become look-alike characters of the same length (`\u2217`, `\uff3f`, `\uff3b`, `\uff3d`,
 * `\uff1c!--`), so every line and column stays where it is; list markers and checkboxes are kept. Other text is untouched.
 */
const defuse = (s) => s.replace(/<!--/g, '\uff1c!--').replace(/[*_[\]]/g, (c) => (c === '*' ? '\u2217' : c === '_' ? '\uff3f' : c === '[' ? '\uff3b' : '\uff3d'));
/** A checkbox opening a table cell (after its `|`, with a list marker or not), as tableCheckboxes reads one. */
const CELL_BOX = /\|[ \t]*(?:[-*+][ \t]+)?\[[ xX]\](?=[ \t]|\||$)/g;
function defuseInline(text) {
    HEAVY.lastIndex = 0;
    let n = 0;
    while (n <= MAX_HEAVY && HEAVY.exec(text))
        n++;
    if (n <= MAX_HEAVY)
        return text;
    const lines = text.split('\n');
    const out = [];
    let run = [];
    const flush = () => {
        const heavy = run.reduce((k, line) => k + (line.slice(LEAD.exec(line)[0].length).match(HEAVY)?.length ?? 0), 0);
        for (const line of run) {
            if (heavy <= MAX_HEAVY) {
                out.push(line);
                continue;
            }
            const lead = LEAD.exec(line)[0];
            const rest = line.slice(lead.length);
            // A checkbox at the start of a table cell (`| [ ] Backups |`, `| - [x] \u2026 |`) is kept too: such a row is no item,
            // but it is warned about, whatever the size of its table (a table is one paragraph here).
            let kept = '';
            let at = 0;
            if (rest.includes('|')) {
                for (const m of rest.matchAll(CELL_BOX)) {
                    kept += defuse(rest.slice(at, m.index)) + m[0];
                    at = m.index + m[0].length;
                }
            }
            out.push(lead + kept + defuse(rest.slice(at)));
        }
        run = [];
    };
    for (const line of lines) {
        // A blank line ends a paragraph; a list item's line starts one.
        if (!line.trim() || /^[ \t]*(?:>[ \t]*)*(?:[*+-]|\d{1,9}[.)])[ \t]/.test(line))
            flush();
        run.push(line);
    }
    flush();
    return out.join('\n');
}
/**
 * The blocks of a document, parsed in the pieces of `splitBlocks` (line offsets kept). Link reference definitions
 * are document-wide in Markdown and usually sit at the bottom: a piece that uses a label defined only in another
 * piece is parsed again with that definition appended, so `[OWASP guide][owasp]` reads `OWASP guide` in a long file too.
 */
function parseBlocks(text) {
    const parts = splitBlocks(text).map((p) => ({ ...p, nodes: parseGfm(p.text) }));
    if (parts.length < 2)
        return parts;
    const defined = parts.map((p) => definitions(p.nodes));
    const first = new Map();
    for (const d of defined.flat())
        if (!first.has(d.identifier))
            first.set(d.identifier, d);
    if (!first.size)
        return parts;
    return parts.map((p, i) => {
        const own = new Set(defined[i].map((d) => d.identifier));
        const lower = p.text.toLowerCase();
        const wanted = [...first.values()].filter((d) => !own.has(d.identifier) && lower.includes(`[${d.identifier}]`));
        if (!wanted.length)
            return p;
        // Appended after a blank line, below the piece's last line: its blocks and line numbers stay as they were.
        const defs = wanted.map((d) => `[${d.label ?? d.identifier}]: <${d.url.replace(/[<>\\\n]/g, (c) => (c === '\n' ? '%0A' : `\\${c}`))}>`);
        return { ...p, nodes: parseGfm(`${p.text}\n\n${defs.join('\n')}\n`) };
    });
}
/** The link reference definitions anywhere in a tree (in block quotes and list items too). */
function definitions(nodes) {
    const out = [];
    const walk = (n) => {
        if (n.type === 'definition')
            out.push(n);
        else if ('children' in n)
            for (const c of n.children)
                walk(c);
    };
    for (const n of nodes)
        walk(n);
    return out;
}
/** Hands out ids unique within a file: `base`, then `base-2`, `base-3`\u2026 (linear in repeats). */
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
 * starts in column 1 after a blank line \u2014 such a line can continue no paragraph, list item or
 * block quote \u2014 or before a bullet in column 1 (a new top-level item), and never inside a fenced
 * code block, an HTML comment or a raw HTML block (`<pre>` \u2026 `</pre>`, `<?` \u2026 `?>`, and `<div>`, `<details>`, any
 * tag opening a line \u2026 up to the next blank line: a bullet in there is HTML text, not an item).
 * (Link reference definitions do not reach across a cut: `parseBlocks` carries them over.)
 */
/**
 * CommonMark's raw HTML blocks that may hold blank lines or list-looking lines, as [how one opens, how it ends]
 * (`null`: at the next blank line). Comments are tracked apart. The last kind is wider than CommonMark's
 * (any tag opening a line): it only means fewer cuts.
 */
const HTML_BLOCKS = [
    [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<\/?[A-Za-z][\w-]*(?:[\s/>]|$)/, null],
];
function splitBlocks(text, size = CHUNK) {
    if (text.length <= size)
        return [{ text, offset: 0 }];
    const lines = text.split(/(?<=\n)/);
    const out = [];
    let start = 0;
    let chars = 0;
    let fence = null;
    let comment = false;
    // The end of the raw HTML block the line is in: a closing pattern, or the next blank line.
    let html = null;
    let blank = false;
    lines.forEach((line, i) => {
        const open = fence === null && !comment && html === null;
        if (open && chars >= size && (blank ? /^[^\s>]/.test(line) : ITEM_START.test(line) && !BREAK.test(line.trimEnd()))) {
            out.push({ text: lines.slice(start, i).join(''), offset: start });
            start = i;
            chars = 0;
        }
        chars += line.length;
        blank = !line.trim();
        if (blank && html === 'blank')
            html = null;
        if (fence !== null) {
            const f = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            return;
        }
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (f && !comment && html === null) {
            fence = f[1];
            return;
        }
        if (html === null && !comment) {
            const kind = HTML_BLOCKS.find(([opens]) => opens.test(line));
            if (kind)
                html = kind[1] ?? 'blank';
        }
        if (html instanceof RegExp && html.test(line))
            html = null;
        for (const m of line.matchAll(/<!--|-->/g))
            comment = m[0] === '<!--';
    });
    out.push({ text: lines.slice(start).join(''), offset: start });
    return out;
}


/***/ })

};
