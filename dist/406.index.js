export const id = 406;
export const ids = [406];
export const modules = {

/***/ 97406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/** The JSON report (version 1). */
function toJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}


/***/ })

};
