export const id = 635;
export const ids = [635];
export const modules = {

/***/ 81635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importMarkdown: () => (/* binding */ importMarkdown)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54160);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(683);



/**
 * Converts a Markdown checklist to a YAML checklist (version 1) that loads back into the same
 * items: ids, titles, checks (one id or a list), options, groups and standing sign-offs. Manual
 * items get `severity: info` written out, so the team sees where to raise it. Ticks on bound
 * items are kept as comments (the check decides, the box is only shown).
 */
function importMarkdown(file, text, opts = {}) {
    (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .assertChecklistText */ .oG)(file, text);
    const list = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.parseMarkdownChecklist)(file, text, opts);
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({ version: 1, items: list.items.map(toYamlItem) });
    doc.commentBefore = ` Imported from ${file} by \`preflight import\`.\n Manual items have severity info: raise it on the ones that must block a merge.`;
    list.items.forEach((item, i) => {
        const node = doc.getIn(['items', i], true);
        if (item.ticked && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            node.commentBefore = ` [x] in ${file}: shown only, the check decides`;
    });
    // What the parser read past (table-row checkboxes) is said here too: after an import the Markdown may be gone.
    const warnings = (list.warnings ?? []).map((w) => `warning: ${w}\n`).join('');
    return { yaml: doc.toString({ lineWidth: 0 }), report: warnings + importReport(file, list.items) };
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
        `${file}: ${items.length} item${items.length === 1 ? '' : 's'}, ${auto.length} bound automatically, ${explicit.length} bound explicitly, ${manual.length} manual` +
            (signed ? ` (${signed} signed off with [x])` : ''),
    ];
    if (auto.length) {
        lines.push('', 'Bound automatically (check the phrase; add `<!-- preflight: manual -->` to an item to undo):');
        for (const i of auto)
            lines.push(`  ${i.id} \u2192 ${i.checks.join(', ')}    ${i.matchedBy}`);
    }
    if (explicit.length) {
        lines.push('', 'Bound explicitly:');
        for (const i of explicit)
            lines.push(`  ${i.id} \u2192 ${i.checks.join(', ')}`);
    }
    if (manual.length)
        lines.push('', `Manual items (${manual.length}) need a sign-off: [x] in the checklist or a ticked box in the pull request. They have severity info and do not block until you raise it.`);
    return lines.join('\n');
}


/***/ })

};
