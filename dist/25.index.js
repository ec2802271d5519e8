export const id = 25;
export const ids = [25];
export const modules = {

/***/ 97406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/** The JSON report (version 1): the items without the gate's internal `notDone` mark (the contract has no such field). */
function toJson(report) {
    const items = report.items.some((i) => i.notDone !== undefined) ? report.items.map(({ notDone: _notDone, ...item }) => item) : report.items;
    return `${JSON.stringify(items === report.items ? report : { ...report, items }, null, 2)}\n`;
}


/***/ })

};
