export const id = 270;
export const ids = [270];
export const modules = {

/***/ 34270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _D: () => (/* binding */ MAX_BODY),
/* harmony export */   nearMissTicks: () => (/* binding */ nearMissTicks),
/* harmony export */   parseAttestations: () => (/* binding */ parseAttestations),
/* harmony export */   v8: () => (/* binding */ descriptionCut)
/* harmony export */ });
/* unused harmony export tameEmphasis */
/* harmony import */ var _checklist_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(683);
/* harmony import */ var _checklist_title_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78890);
/**
 * Manual sign-off in a pull request: a ticked checkbox in the PR description whose text equals an
 * item's title or id attests that item. Both sides go through `normaliseTitle`, so matching
 * ignores case, inline Markdown markup and surrounding space.
 */


// GitHub caps a PR description at 65,536 characters; more is not a description (bounds the parse).
const MAX_BODY = 262_144;
/**
 * Where the reading of a description longer than MAX_BODY stops (at the last line end within it, as parseAttestations
 * cuts): the lines read and the characters left unread, so the caller can say that ticks after them count for
 * nothing. Null when the description is read whole.
 */
function descriptionCut(body) {
    if (body.length <= MAX_BODY)
        return null;
    const kept = body.lastIndexOf('\n', MAX_BODY) + 1;
    let lines = 0;
    for (let i = body.indexOf('\n'); i !== -1 && i < kept; i = body.indexOf('\n', i + 1))
        lines++;
    return { lines, unread: body.length - kept };
}
/**
 * The normalised texts of the ticked checkboxes in a pull-request description, read as GitHub
 * renders it: task-list items (`[x]`/`[X]`, `-`/`*`/`+` bullets, nested, in block quotes, LF or
 * CRLF). Boxes nobody sees as ticks — in fenced or indented code, in HTML comments (a PR template's
 * commented-out example), in raw HTML — attest nothing.
 */
function parseAttestations(body) {
    const ticks = new Set();
    for (const t of (0,_checklist_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tickedTexts */ .N1)(tameEmphasis(body), MAX_BODY)) {
        const text = (0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.normaliseTitle)(t);
        if (text)
            ticks.add(text);
    }
    return ticks;
}
/** Emphasis delimiters a description may hold before its parse is defused (a sign-off list needs few). */
const MAX_DELIMITERS = 1000;
/** A line that ticks a checkbox: `- [x] …`, `* [X] …`, `1. [x] …`, in block quotes too. */
const TICK_LINE = /^[ \t]*(?:>[ \t]*)*(?:[*+-]|\d{1,9}[.)])[ \t]+\[[xX]\][ \t]/;
/**
 * The description with runs of emphasis delimiters neutralised when it holds more than MAX_DELIMITERS
 * of them: the Markdown parser resolves `*`/`_` delimiters in quadratic time (a description of 32,000
 * `*_` took 30 s), and a pull request's author writes the description. List markers and `_` inside
 * words (`backup_restore`) are kept; sign-off texts are compared without emphasis anyway. Ticked
 * checkbox lines keep theirs, up to MAX_DELIMITERS in all (so the parse stays as bounded as an
 * untouched description): a title such as "Wildcard `*` is not used" must still match when the
 * description also holds a pasted Terraform plan with a thousand `_`.
 */
function tameEmphasis(body) {
    let n = 0;
    for (let i = body.indexOf('*'); i !== -1 && n <= MAX_DELIMITERS; i = body.indexOf('*', i + 1))
        n++;
    for (let i = body.indexOf('_'); i !== -1 && n <= MAX_DELIMITERS; i = body.indexOf('_', i + 1))
        n++;
    if (n <= MAX_DELIMITERS)
        return body;
    let kept = 0;
    return body.replace(/^([ \t]*(?:>[ \t]*)*(?:[*+-][ \t]+)?)(.*)$/gm, (line, lead, rest) => {
        if (TICK_LINE.test(line)) {
            const delimiters = rest.length - rest.replace(/[*_]/g, '').length;
            if (kept + delimiters <= MAX_DELIMITERS) {
                kept += delimiters;
                return line;
            }
        }
        return lead + rest.replace(/\*|(?<!\w)_|_(?!\w)/g, ' ');
    });
}
/** A sign-off text with what people add at its end left out: trailing punctuation, a trailing `(…)` remark. */
function looseTitle(text) {
    return text.replace(/\s*\([^()]*\)\s*$/, '').replace(/[\s.!?;:,]+$/, '');
}
/** Most near-miss hints given for one description. */
const MAX_HINTS = 10;
/** A token before a title that marks it rather than says something: symbols and emoji, a `:shortcode:`, a label (`done:`, `ok -`). */
const MARKER = /^(?:[^\p{L}\p{N}]+|\d{1,3}[.)]|:[\w+-]+:|[\p{L}\p{N}]+[:\]—–-]|\[[\p{L}\p{N} ]{1,12}\])$/u;
/** The words of a normalised text (`game day` → 2). */
const words = (text) => text.split(' ').filter(Boolean).length;
/**
 * Whether `tick` nearly names an item titled `title` (both normalised, loose: see looseTitle): the title with more after
 * it (a period, a remark, more words), the title with a marker before it (an emoji or its `:shortcode:`, a label such as "Done:", at
 * most three), or the title cut short at a word (at least two words and half of the title's: "Game day" for
 * "Game day scheduled"). A title under 4 characters is no evidence; a cut or a prefix needs 8 (short titles recur in
 * unrelated ticks).
 */
function nearlyNames(tick, loose, title) {
    if (title.length < 4)
        return false;
    const looseT = looseTitle(title);
    if (looseT === loose || (tick.startsWith(title) && /^[\s.!?;:,(—–-]/.test(tick.slice(title.length))))
        return true;
    if (looseT.length < 8)
        return false;
    // Something before the title that is no words of its own: `:rocket: Title`, `✅ Title`, `Done: Title`, `[ok] — Title`
    // (not "Changelog and documentation updated" for "Documentation updated").
    if (loose.endsWith(looseT) && loose.length > looseT.length) {
        const before = loose.slice(0, -looseT.length);
        if (/\s$/.test(before) && words(before) <= 3 && before.trim().split(' ').every((w) => MARKER.test(w)))
            return true;
    }
    // The title cut short at a word boundary.
    return words(loose) >= 2 && words(loose) * 2 >= words(looseT) && looseT.startsWith(`${loose} `);
}
/**
 * Ticks of the description that sign nothing off but nearly name a pending item (a period added, a remark in brackets
 * after the title, the title followed by more words, an emoji or shortcode before it, the title cut short): the author
 * meant that item, and the contract matches titles exactly, so they get a hint saying which line to tick instead of a
 * silent "pending". Ticks unlike any item (a PR template's own checklist) say nothing.
 */
function nearMissTicks(ticks, items, normalise) {
    const known = new Set();
    for (const i of items)
        known.add(normalise(i.title)).add(normalise(i.id));
    const pending = items.filter((i) => i.status === 'pending').map((i) => ({ item: i, title: normalise(i.title) }));
    const hints = [];
    for (const tick of ticks) {
        if (known.has(tick) || hints.length >= MAX_HINTS)
            continue;
        const loose = looseTitle(tick);
        const meant = pending.find(({ title }) => nearlyNames(tick, loose, title));
        if (meant)
            hints.push(`the pull request description ticks "${tick}", which signs nothing off: it is not the title of the pending item '${meant.item.id}' ("${meant.item.title}"); tick that title as the summary lists it (matching ignores case and markup, not extra words or punctuation)`);
    }
    return hints;
}


/***/ })

};
