export const id = 24;
export const ids = [24];
export const modules = {

/***/ 76024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serve: () => (/* binding */ serve)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _checks_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6942);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18650);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70289);




/** Serves a file pass in a worker thread: claims chunks of files until none are left, posts the results. */
function serve() {
    const { root, realRoot, files, chunk, jobs, counter } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const reader = new _repo_read_js__WEBPACK_IMPORTED_MODULE_2__/* .RepoReader */ .Wp(root, realRoot);
    const part = (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanChunks */ .Qc)(files, chunk, jobs, new Map(_checks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .u.map((c) => [c.id, c])), (f) => reader.read(f), () => Atomics.add(counter, 0, 1));
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ ...part, skipped: reader.skipped, reads: reader.reads });
}


/***/ })

};
