export const id = 270;
export const ids = [270];
export const modules = {

/***/ 34270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normaliseTitle: () => (/* binding */ normaliseTitle),
/* harmony export */   parseAttestations: () => (/* binding */ parseAttestations)
/* harmony export */ });
/**
 * Manual sign-off in a pull request: a ticked checkbox in the PR description whose text equals an
 * item's title or id attests that item. Both sides go through `normaliseTitle`, so matching
 * ignores case, inline Markdown markup and surrounding space.
 */
// A ticked task line: optional block-quote markers, a `-`/`*`/`+` bullet, `[x]`/`[X]`, the text.
const TICKED = /^[ \t]{0,3}(?:>[ \t]?)*[ \t]*[-*+][ \t]+\[[xX]\][ \t]+(.*)$/;
const FENCE = /^[ \t]{0,3}(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/;
// Bounds work on hostile bodies: GitHub caps a PR body at 65,536 characters anyway.
const MAX_BODY = 1_000_000;
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
        .replace(/(^|[\s([{"'])[*_~]+(?=\S)/g, '$1')
        .replace(/(?<=\S)[*_~]+(?=$|[\s)\]}"'.,:;!?])/g, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * The normalised texts of the ticked checkboxes in a pull-request description (`[x]`/`[X]`,
 * `-`/`*`/`+` bullets, inside block quotes too, LF or CRLF). Boxes inside fenced code blocks are
 * examples, not ticks, and are ignored.
 */
function parseAttestations(body) {
    const ticks = new Set();
    let fence = null;
    for (const line of body.slice(0, MAX_BODY).split(/\r\n|\r|\n/)) {
        const f = FENCE.exec(line);
        if (f) {
            const marker = f[1];
            if (fence === null) {
                fence = marker;
                continue;
            }
            // Only a bare fence at least as long as the opening one closes the block.
            if (marker[0] === fence[0] && marker.length >= fence.length && !line.slice(f[0].length).trim()) {
                fence = null;
                continue;
            }
        }
        if (fence !== null)
            continue;
        const m = TICKED.exec(line);
        if (!m)
            continue;
        const text = normaliseTitle(m[1]);
        if (text)
            ticks.add(text);
    }
    return ticks;
}


/***/ })

};
