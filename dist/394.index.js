export const id = 394;
export const ids = [394];
export const modules = {

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);

/** One line: verdict, counts, threshold. Used by the CLI with --output and by the action log. */
function summaryLine(report) {
    const counts = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${s}`);
    const pending = report.items.filter((i) => i.status === 'pending').length;
    const errors = report.items.filter((i) => i.status === 'error').length;
    const suppressed = report.findings.filter((f) => f.suppressed).length;
    const known = report.findings.filter((f) => f.baseline).length;
    const extra = [
        errors ? `${errors} item${errors > 1 ? 's' : ''} could not run` : '',
        pending ? `${pending} manual pending` : '',
        suppressed ? `${suppressed} suppressed` : '',
        known ? `${known} in baseline` : '',
    ].filter(Boolean);
    return `Preflight ${report.result === 'pass' ? 'passed' : 'FAILED'}: ${counts.length ? counts.join(', ') : 'no findings'}${extra.length ? ` (${extra.join(', ')})` : ''} — fail-on: ${report.failOn}`;
}


/***/ })

};
