export const id = 270;
export const ids = [270];
export const modules = {

/***/ 34270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseAttestations: () => (/* binding */ parseAttestations)
/* harmony export */ });
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
 * The normalised texts of the ticked checkboxes in a pull-request description, read as GitHub
 * renders it: task-list items (`[x]`/`[X]`, `-`/`*`/`+` bullets, nested, in block quotes, LF or
 * CRLF). Boxes nobody sees as ticks — in fenced or indented code, in HTML comments (a PR template's
 * commented-out example), in raw HTML — attest nothing.
 */
function parseAttestations(body) {
    const ticks = new Set();
    for (const t of (0,_checklist_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tickedTexts */ .N1)(body, MAX_BODY)) {
        const text = (0,_checklist_title_js__WEBPACK_IMPORTED_MODULE_1__.normaliseTitle)(t);
        if (text)
            ticks.add(text);
    }
    return ticks;
}


/***/ })

};
