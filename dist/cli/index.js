#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 356:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7975:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9069);

const code = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
    cwd: process.cwd(),
});
process.exitCode = code;
// An open handle (a keep-alive socket, a stray timer) must not keep a finished CLI alive.
setTimeout(() => process.exit(code), 5000).unref();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony exports parseSeverityOverrides, parseHeaders */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(356);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4170);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3411);





const HELP = `preflight ${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x} — a production checklist as a merge gate

Usage:
  preflight [options]                         scan a repository (and probe a URL)
  preflight list [--format text|json]         the catalogue of checks and probes
  preflight import CHECKLIST.md [--output FILE]   Markdown checklist → YAML checklist
  preflight baseline [--dir DIR] [--checklist FILE] [--output FILE]   record today's findings

Options:
  --dir DIR               repository directory to scan (default: .)
  --checklist FILE        checklist (YAML or Markdown); default: discovered, else 'recommended'
  --url URL               deployment URL to probe (probes run only with a URL)
  --fail-on LEVEL         critical|high|medium|low|info|none (default: critical)
  --format FORMAT         text|json|sarif|markdown (default: text)
  --output FILE           write the report to FILE; stdout gets the one-line summary
  --no-probes             do not probe even when a URL is configured
  --severity ID=LEVEL     override a check's (or item's) severity; LEVEL may be 'off' (repeatable)
  --header "Name: value"  header sent to the probed origin only (repeatable, masked)
  --timeout SEC           per-request timeout (default: 10)
  --wait SEC              wait up to SEC for the health endpoint before probing (default: 0)
  --http-url URL          plain-HTTP origin for the redirect probe (default: host on port 80)
  --ca FILE               trust an extra CA (PEM)
  --allow-self-signed     a self-signed/untrusted certificate is a low finding, not a failure
  --baseline FILE         known findings: reported, but they do not fail the gate
  --debug                 show stack traces of internal errors
  -h, --help              this help
  -v, --version           the version

Exit status: 0 gate passed, 1 gate failed, 2 usage or configuration error, 3 internal error.
Docs: https://github.com/preflight-gate/preflight/blob/main/docs/checks.md`;
const OPTIONS = {
    dir: { type: 'string' },
    checklist: { type: 'string' },
    url: { type: 'string' },
    'fail-on': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-probes': { type: 'boolean' },
    severity: { type: 'string', multiple: true },
    header: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    wait: { type: 'string' },
    'http-url': { type: 'string' },
    ca: { type: 'string' },
    'allow-self-signed': { type: 'boolean' },
    baseline: { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
/** Runs the CLI; returns the exit status. Never throws. */
async function main(argv, io) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
    }
    catch (e) {
        io.stderr(`preflight: ${e.message.split('\n')[0]}\nRun 'preflight --help' for usage.\n`);
        return 2;
    }
    try {
        if (values.help) {
            io.stdout(`${HELP}\n`);
            return 0;
        }
        if (values.version) {
            io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}\n`);
            return 0;
        }
        const [command, ...rest] = positionals;
        if (command === 'list')
            return await list(values, io);
        if (command === 'import')
            return await importCmd(rest, values, io);
        if (command === 'baseline')
            return await baselineCmd(values, io);
        if (command !== undefined)
            throw new UsageError(`unknown command '${command}' (expected list, import or baseline)`);
        return await scan(values, io);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`preflight: ${e.message}\nRun 'preflight --help' for usage.\n`);
            return 2;
        }
        if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL) {
            io.stderr(`preflight: ${e.format()}\n`);
            return 2;
        }
        const err = e;
        io.stderr(`preflight: internal error: ${err?.message ?? String(e)}\nThis is a bug in Preflight — please report it${values.debug ? '' : ' (run with --debug for the stack trace)'}.\n`);
        if (values.debug && err?.stack)
            io.stderr(`${err.stack}\n`);
        return 3;
    }
}
class UsageError extends Error {
}
function parseFailOn(v) {
    if (v === undefined)
        return undefined;
    if (v === 'none' || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeverity */ ._Z)(v))
        return v;
    throw new UsageError(`--fail-on ${v}: expected critical, high, medium, low, info or none`);
}
function parseSeconds(name, v) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || v.trim() === '')
        throw new UsageError(`--${name} ${v}: expected a number of seconds`);
    return n;
}
/** `ID=LEVEL` pairs (also accepted comma-separated). */
function parseSeverityOverrides(list, label = '--severity') {
    const out = {};
    for (const entry of list.flatMap((l) => l.split(/[\n,]/)).map((s) => s.trim()).filter(Boolean)) {
        const m = /^([A-Za-z0-9._-]+)\s*=\s*([a-z]+)$/.exec(entry);
        if (!m || !(m[2] === 'off' || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeverity */ ._Z)(m[2])))
            throw new UsageError(`${label} ${entry}: expected ID=LEVEL with LEVEL one of critical, high, medium, low, info, off`);
        out[m[1]] = m[2];
    }
    return out;
}
/** `Name: value` pairs. */
function parseHeaders(list, label = '--header') {
    const out = {};
    for (const h of list) {
        const i = h.indexOf(':');
        const name = i > 0 ? h.slice(0, i).trim() : '';
        if (!name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
            throw new UsageError(`${label}: expected "Name: value" (the value is not shown)`);
        out[name] = h.slice(i + 1).trim();
    }
    return out;
}
function parseFormat(v, allowed) {
    const f = v ?? 'text';
    if (!allowed.includes(f))
        throw new UsageError(`--format ${f}: expected ${allowed.join(', ')}`);
    return f;
}
async function scan(values, io) {
    const format = parseFormat(values.format, ['text', 'json', 'sarif', 'markdown']);
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(566), __nccwpck_require__.e(298), __nccwpck_require__.e(10), __nccwpck_require__.e(5), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9639));
    const result = await run({
        dir: values.dir ?? '.',
        cwd: io.cwd,
        checklist: values.checklist,
        failOn: parseFailOn(values['fail-on']),
        severity: parseSeverityOverrides(values.severity ?? []),
        probes: !values['no-probes'],
        url: values.url,
        httpUrl: values['http-url'],
        headers: parseHeaders(values.header ?? []),
        timeout: parseSeconds('timeout', values.timeout),
        wait: parseSeconds('wait', values.wait),
        ca: values.ca,
        allowSelfSigned: values['allow-self-signed'] ? true : undefined,
        baseline: values.baseline,
        env: io.env,
        logger: { info: () => { }, warn: (m) => io.stderr(`preflight: ${m}\n`), debug: (m) => { if (values.debug)
                io.stderr(`debug: ${m}\n`); } },
    });
    const text = await render(result.report, format, io, !!values.output);
    if (values.output) {
        writeOutput(io.cwd, values.output, text);
        const { summaryLine } = await __nccwpck_require__.e(/* import() */ 394).then(__nccwpck_require__.bind(__nccwpck_require__, 3394));
        io.stdout(`${summaryLine(result.report)}\n`);
    }
    else
        io.stdout(text);
    return result.report.result === 'pass' ? 0 : 1;
}
async function render(report, format, io, toFile) {
    switch (format) {
        case 'json': return (await __nccwpck_require__.e(/* import() */ 406).then(__nccwpck_require__.bind(__nccwpck_require__, 7406))).toJson(report);
        case 'sarif': return `${JSON.stringify((await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(566), __nccwpck_require__.e(10), __nccwpck_require__.e(5), __nccwpck_require__.e(123)]).then(__nccwpck_require__.bind(__nccwpck_require__, 123))).toSarif(report, { checklistFile: report.checklist?.file ?? null }), null, 2)}\n`;
        case 'markdown': return `${(await __nccwpck_require__.e(/* import() */ 21).then(__nccwpck_require__.bind(__nccwpck_require__, 5402))).renderMarkdown(report)}\n`;
        default: {
            const color = !toFile && io.isTTY && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
            return (await __nccwpck_require__.e(/* import() */ 20).then(__nccwpck_require__.bind(__nccwpck_require__, 4639))).toText(report, { color });
        }
    }
}
function writeOutput(cwd, file, text) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, file);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), { recursive: true });
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(abs, text);
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`cannot write ${file}: ${e.code ?? e.message}`);
    }
}
async function list(values, io) {
    const format = parseFormat(values.format, ['text', 'json']);
    const { CHECKS } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(566), __nccwpck_require__.e(10)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9010));
    const { PROBES } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(5)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8005));
    const defs = [...CHECKS, ...PROBES];
    if (format === 'json') {
        io.stdout(`${JSON.stringify(defs.map((d) => ({ id: d.id, kind: d.kind, severity: d.severity, title: d.title, description: d.description, docs: `docs/checks.md#${d.id}` })), null, 2)}\n`);
        return 0;
    }
    const width = Math.max(...defs.map((d) => d.id.length));
    for (const kind of ['static', 'probe']) {
        io.stdout(`${kind === 'static' ? 'Static checks' : 'Live probes (need --url)'}\n`);
        for (const d of defs.filter((x) => x.kind === kind))
            io.stdout(`  ${d.id.padEnd(width)}  ${d.severity.padEnd(8)}  ${d.description}\n`);
        io.stdout('\n');
    }
    io.stdout(`Details: docs/checks.md (or 'preflight list --format json').\n`);
    return 0;
}
async function importCmd(args, values, io) {
    if (args.length !== 1)
        throw new UsageError('import takes exactly one Markdown file: preflight import CHECKLIST.md [--output FILE]');
    const file = args[0];
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, file), 'utf8');
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${file} not found`, { file });
    }
    const { importMarkdown } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(566), __nccwpck_require__.e(884), __nccwpck_require__.e(10), __nccwpck_require__.e(5), __nccwpck_require__.e(526), __nccwpck_require__.e(635)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1635));
    const res = importMarkdown(file.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'), text);
    if (values.output) {
        writeOutput(io.cwd, values.output, res.yaml);
        io.stderr(res.report.endsWith('\n') ? res.report : `${res.report}\n`);
    }
    else {
        io.stdout(res.yaml);
        io.stderr(res.report.endsWith('\n') ? res.report : `${res.report}\n`);
    }
    return 0;
}
async function baselineCmd(values, io) {
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(566), __nccwpck_require__.e(298), __nccwpck_require__.e(10), __nccwpck_require__.e(5), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9639));
    const { toBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(148)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1148));
    const result = await run({ dir: values.dir ?? '.', cwd: io.cwd, checklist: values.checklist, probes: false, env: io.env, severity: parseSeverityOverrides(values.severity ?? []) });
    const text = toBaseline(result.report);
    const n = JSON.parse(text).findings.length;
    if (values.output) {
        writeOutput(io.cwd, values.output, text);
        io.stdout(`Recorded ${n} finding${n === 1 ? '' : 's'} in ${values.output}\n`);
    }
    else
        io.stdout(text);
    return 0;
}


/***/ }),

/***/ 4170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   eL: () => (/* binding */ maxSeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Core data types shared by every part of Preflight. The JSON report (version 1) is a
 * serialisation of `Report`; fields marked "contract" are relied on by external tooling.
 */
/** Severities, most severe first. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const severityRank = (s) => SEVERITIES.indexOf(s);
/** True when `s` is at least as severe as the threshold. */
function atLeast(s, threshold) {
    if (threshold === 'none')
        return false;
    return severityRank(s) <= severityRank(threshold);
}
function isSeverity(v) {
    return typeof v === 'string' && SEVERITIES.includes(v);
}
function maxSeverity(list, fallback = 'info') {
    let best = fallback;
    let seen = false;
    for (const s of list)
        if (!seen || severityRank(s) < severityRank(best)) {
            best = s;
            seen = true;
        }
    return best;
}
/** A user-facing configuration or usage problem (exit 2). `where` is file:line:column. */
class ConfigError extends Error {
    where;
    constructor(message, where) {
        super(message);
        this.where = where;
        this.name = 'ConfigError';
    }
    format() {
        if (!this.where)
            return this.message;
        const { file, line, column } = this.where;
        return `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${this.message}`;
    }
}
const silentLogger = { info() { }, warn() { }, debug() { } };


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool version (kept in step with package.json by a test). */
const VERSION = '0.1.0';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7975);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
