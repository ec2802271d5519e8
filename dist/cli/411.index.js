export const id = 411;
export const ids = [411];
export const modules = {

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool version (kept in step with package.json by a test). */
const VERSION = '0.1.0';


/***/ })

};
