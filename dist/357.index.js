export const id = 357;
export const ids = [357];
export const modules = {

/***/ 60357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli),
  stdoutFailed: () => (/* binding */ stdoutFailed)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/types.js
var types = __webpack_require__(64170);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./lib/mkdirs.js
var mkdirs = __webpack_require__(40015);
// EXTERNAL MODULE: ./lib/user-file.js
var user_file = __webpack_require__(62595);
// EXTERNAL MODULE: ./lib/nearest.js
var lib_nearest = __webpack_require__(42037);
// EXTERNAL MODULE: ./lib/words.js
var words = __webpack_require__(44842);
// EXTERNAL MODULE: ./lib/checks/util/text.js
var util_text = __webpack_require__(52907);
;// CONCATENATED MODULE: ./lib/cli.js











const HELP = `preflight ${version/* VERSION */.xv} \u2014 a production checklist as a merge gate

Usage:
  preflight [options]                         scan a repository (and probe a URL)
  preflight list [--format text|json]         the catalogue of checks and probes
  preflight import CHECKLIST.md [--output FILE]   Markdown checklist ('-': stdin) \u2192 YAML checklist
  preflight baseline [--dir DIR] [--checklist FILE] [--output FILE] [--severity ID=LEVEL] [--url URL] [--no-probes] \u2026
                                              record today's findings (with the probes' when there is a URL;
                                              the probe options below apply too)

Options:
  --dir DIR               repository directory to scan (default: .)
  --checklist FILE        checklist (YAML or Markdown; '-': stdin); default: discovered, else 'recommended'
  --url URL               deployment URL to probe (probes run only with a URL)
  --fail-on LEVEL         critical|high|medium|low|info|none (default: the checklist's, else critical)
  --format FORMAT         text|json|sarif|markdown (default: text)
  --output FILE           write the report to FILE ('-': stdout); stdout gets the one-line summary
  --no-probes             do not probe even when a URL is configured
  --severity ID=LEVEL     override a check's (or item's) severity; LEVEL may be 'off' (repeatable;
                         an item id wins over its check's id, whatever the order; one id, one level)
  --header "Name: value"  header sent to the probed origin only (repeatable; masked: secret-like
                         names always, other values from 6 characters; an empty value, or an Authorization
                         value with only its scheme (Bearer, Basic\u2026), is not sent, with a warning)
  --timeout SEC           per-request timeout, at most 600 (default: the checklist's, else 10)
  --wait SEC              wait up to SEC (at most 3600) for the health endpoint before probing (default: the checklist's, else 0)
  --http-url URL          plain-HTTP origin for the redirect probe (default: the checklist's when it names --url's host, else an http:// --url itself, else the host on port 80)
  --ca FILE               trust an extra CA (PEM)
  --allow-self-signed     a self-signed/untrusted certificate is a low finding, not a failure
  --baseline FILE         known findings: reported, but they do not fail the gate
  --debug                 show what the run did (checklist, file pass) and stack traces of internal errors
  -h, --help              this help
  -v, --version           the version

Exit status: 0 gate passed, 1 gate failed, 2 usage or configuration error, 3 internal error.
Docs: ${version/* CHECKS_DOC_URL */.f2}`;
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
/**
 * An option's value as the run reads it, to tell one value written two ways (`--fail-on high --fail-on HIGH`, `--dir . --dir ./`,
 * `--dir app --dir "$PWD/app"`, `--timeout 5 --timeout 5.0`, a URL with and without its `/`) from two values.
 */
function sameValue(name, v, cwd) {
    if (name === 'format' || name === 'fail-on')
        return v.toLowerCase();
    if (name === 'timeout' || name === 'wait')
        return Number.isFinite(Number(v)) ? String(Number(v)) : v;
    if (name === 'url' || name === 'http-url') {
        try {
            return new URL(v).href;
        }
        catch {
            return v;
        }
    }
    // A path as the run resolves it: `app`, `./app/` and `$PWD/app` are one folder (a wrapper appends its absolute `--dir`).
    // With no current directory, a relative path is refused later (withCwd): only its spelling is compared.
    if (name === 'dir' || name === 'checklist' || name === 'output' || name === 'ca' || name === 'baseline') {
        const p = cwd === null || v === '-' ? v : external_node_path_.resolve(cwd, v);
        return external_node_path_.normalize(p).replace(/(.)[/\\]+$/, '$1');
    }
    return v;
}
/** Runs the CLI; returns the exit status. Never throws. */
async function main(argv, given) {
    // Every message on stderr (configuration errors, warnings, notes) with its control characters written `\xNN`, as the text
    // report writes them (printable): a checklist's file name or title, an option's value or a message quoting a file never
    // drives the terminal. Line breaks and tabs stay.
    const io = { ...given, stderr: (s) => given.stderr((0,util_text/* printable */.g$)(s)) };
    let values;
    let positionals;
    try {
        let tokens;
        ({ values, positionals, tokens } = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true }));
        // An option that takes one value, given two (`--dir a --dir b`, a wrapper appending its own): which one is meant is
        // unknown, and the last taken silently could gate the wrong folder. The same value twice is harmless.
        const seen = new Map();
        for (const t of tokens) {
            if (t.kind !== 'option' || t.name === undefined || t.value === undefined)
                continue;
            const opt = OPTIONS[t.name];
            if (!opt || opt.multiple)
                continue;
            const before = seen.get(t.name);
            // Levels and formats are taken in any case (`--format JSON`): the same one twice is no conflict.
            const same = (a, b) => sameValue(t.name, a, given.cwd) === sameValue(t.name, b, given.cwd);
            if (before !== undefined && !same(before, t.value)) {
                io.stderr(`preflight: --${t.name} is given twice ('${before}' and '${t.value}'); give it once (see 'preflight --help')\n`);
                return 2;
            }
            seen.set(t.name, t.value);
        }
    }
    catch (e) {
        // node:util's messages run on with advice about '--'; keep the first sentence.
        const msg = e.message;
        // `--wait -1`: the value looks like an option; say how to pass it.
        const ambiguous = /^Option '(--?[\w-]+)[^']*' argument is ambiguous/.exec(msg);
        // `--dir` last, with no value: said like an empty one, naming what it expects.
        const missing = /^Option '(?:-\w, )?--([\w-]+) <value>' argument missing/.exec(msg);
        // `--no-probes=true`: a switch given a value.
        const valued = /^Option '(--[\w-]+)' does not take an argument/.exec(msg);
        const first = ambiguous
            ? `${ambiguous[1]} needs a value; a value that starts with '-' is written ${ambiguous[1]}=VALUE`
            : valued
                ? `option ${valued[1]} takes no value`
                : missing && Object.hasOwn(OPTIONS, missing[1])
                    ? `--${missing[1]} needs a value: ${expectedValue(missing[1], argv.find((a) => !a.startsWith('-')))}`
                    : msg.split('\n')[0].replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, '');
        io.stderr(`preflight: ${unknownOption(msg) ?? `${first} (see 'preflight --help')`}\n`);
        return 2;
    }
    try {
        if (values.help) {
            io.stdout(`${HELP}\n`);
            return 0;
        }
        if (values.version) {
            io.stdout(`${version/* VERSION */.xv}\n`);
            return 0;
        }
        const [command, ...rest] = positionals;
        if (command !== undefined && Object.hasOwn(COMMAND_FLAGS, command)) {
            // A flag the command does not use would be silently ignored (`list --fail-on high`).
            const allowed = COMMAND_FLAGS[command];
            const stray = Object.keys(values).find((k) => !allowed.includes(k) && k !== 'debug');
            if (stray)
                throw new UsageError(`'${command}' does not take --${stray}${allowed.length ? ` (it takes ${allowed.map((a) => `--${a}`).join(', ')})` : ''}`);
            if (command !== 'import' && rest.length)
                throw new UsageError(`'${command}' takes no argument, got '${rest[0]}'`);
        }
        // `--output "$REPORT"` with the variable unset: an error, never the flag's default taken silently. A `--header`
        // is the exception, as its empty value is (a secret a fork's run lacks): not sent, with a warning (see scan).
        for (const [flag, value] of Object.entries(values)) {
            if (flag === 'header')
                continue;
            const given = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
            if (given.some((v) => v.trim() === ''))
                throw new UsageError(`--${flag} is empty (an environment variable that is not set?): expected ${expectedValue(flag, command)}`);
        }
        // `--output -`: stdout, as without --output (the usual convention, and what `--output "${OUT:--}"` relies on).
        if (values.output === '-') {
            const { output: _stdout, ...rest } = values;
            values = rest;
        }
        if (command === 'list')
            return await list(values, io);
        if (command === 'import')
            return await importCmd(rest, values, withCwd(io, values, command, rest));
        if (command === 'baseline')
            return await baselineCmd(values, withCwd(io, values, command, rest));
        if (command !== undefined) {
            const near = (0,lib_nearest/* nearestName */.q)(command, Object.keys(COMMAND_FLAGS));
            throw new UsageError(`unknown command '${command}'${near ? ` (did you mean '${near}'?)` : ''} (expected list, import or baseline)`);
        }
        return await scan(values, withCwd(io, values, command, rest));
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`preflight: ${e.message} (see 'preflight --help')\n`);
            return 2;
        }
        if (e instanceof types/* ConfigError */.xL) {
            // A file with no line adds nothing before a message that names it (`checklist cl/nope.md not found`).
            for (const one of e.all())
                io.stderr(`preflight: ${one.where && !one.where.line && one.message.includes(one.where.file) ? one.message : one.format()}${one.where ? '' : " (see 'preflight --help')"}\n`);
            if (e.omitted)
                io.stderr(`preflight: \u2026 and ${e.omitted} more configuration error${e.omitted === 1 ? '' : 's'} (fix these first)\n`);
            return 2;
        }
        const err = e;
        io.stderr(`preflight: internal error: ${err?.message ?? String(e)}\nThis is a bug in Preflight \u2014 please report it${values.debug ? '' : ' (run with --debug for the stack trace)'}.\n`);
        if (values.debug && err?.stack)
            io.stderr(`${err.stack}\n`);
        return 3;
    }
}
class UsageError extends Error {
}
/**
 * `io` with the directory relative paths resolve against. When the shell's current directory no longer exists (a CI
 * script removed its temporary folder and went on: `io.cwd` null), every path given must be absolute \u2014 `--dir` too,
 * whose default `.` names nothing then \u2014 and the scanned folder (`import`: the Markdown file's) stands in for it, so
 * no path is ever resolved against it; a relative one is a usage error naming it. `--version`, `--help` and `list`
 * need no directory.
 */
function withCwd(io, values, command, args) {
    if (io.cwd !== null)
        return { ...io, cwd: io.cwd };
    const paths = command === 'import'
        ? [['the Markdown file', args[0]], ['--output', values.output]]
        : [['--dir', values.dir ?? '.'], ['--checklist', values.checklist], ['--output', values.output], ['--ca', values.ca], ['--baseline', values.baseline]];
    for (const [what, p] of paths) {
        if (p === undefined || p === '-' || external_node_path_.isAbsolute(p))
            continue;
        const named = what === '--dir' && values.dir === undefined ? 'no --dir is given (its default is the current directory)' : `${what} ${p} is relative to it`;
        throw new UsageError(`the current directory no longer exists (it was deleted or moved after the shell entered it), and ${named}: cd into an existing folder, or give ${what} as an absolute path`);
    }
    const base = command === 'import' ? (args[0] === undefined ? undefined : external_node_path_.dirname(args[0])) : values.dir;
    return { ...io, cwd: base ?? external_node_path_.parse(process.execPath).root, cwdGone: true };
}
/** What a value-taking flag expects, for the message about an empty one. */
function expectedValue(flag, command) {
    switch (flag) {
        case 'dir': return 'the repository directory to scan; omit --dir for the current directory';
        case 'checklist': return 'a checklist file (YAML or Markdown); omit --checklist to discover one';
        case 'url': return 'the http:// or https:// URL to probe; omit --url to probe the checklist\'s probes.url, if any';
        case 'fail-on': return `one of ${FAIL_ON_LEVELS.join(', ')}`;
        case 'format': return `one of ${(command === 'list' ? LIST_FORMATS : SCAN_FORMATS).join(', ')}`;
        case 'output': return 'the file to write to; omit --output to print to stdout';
        case 'severity': return 'ID=LEVEL';
        case 'header': return '"Name: value"';
        case 'timeout': return 'a positive number of seconds';
        case 'wait': return 'a number of seconds';
        case 'http-url': return 'a plain http:// URL';
        case 'ca': return 'a PEM file';
        case 'baseline': return 'a baseline file written by `preflight baseline`';
        default: return 'a value';
    }
}
const FAIL_ON_LEVELS = [...types/* SEVERITIES */.oC, 'none'];
const SCAN_FORMATS = ['text', 'json', 'sarif', 'markdown'];
const LIST_FORMATS = ['text', 'json'];
/**
 * node:util's "Unknown option '--failon'" as the product words its other unknown names: with the nearest option
 * (`--fail-on`), or the one option it begins (`--out` \u2192 `--output`), and where the options are listed. Undefined for other errors.
 */
function unknownOption(msg) {
    const m = /^Unknown option '([^']*)'/.exec(msg);
    if (!m)
        return undefined;
    const given = m[1];
    const longs = Object.keys(OPTIONS).map((o) => `--${o}`);
    let near = null;
    if (/^--[^-]/.test(given)) {
        const bare = given.slice(2).toLowerCase();
        const starts = bare.length >= 3 ? longs.filter((o) => o.slice(2).startsWith(bare)) : [];
        const nearest = (0,lib_nearest/* nearestName */.q)(given.slice(2), Object.keys(OPTIONS));
        near = starts.length === 1 ? starts[0] : nearest === null ? null : `--${nearest}`;
    }
    return `unknown option '${given}'${near ? ` (did you mean '${near}'?)` : ''}; 'preflight --help' lists the options`;
}
/** The flags each command reads (`--debug` is everyone's). */
const COMMAND_FLAGS = {
    list: ['format'],
    import: ['output'],
    // The probe flags too: a baseline records the findings of the probes a run with the same flags makes.
    baseline: ['dir', 'checklist', 'output', 'severity', 'url', 'no-probes', 'header', 'timeout', 'wait', 'http-url', 'ca', 'allow-self-signed'],
};
function parseFormat(v, allowed) {
    // In any case (`--format JSON`), as --fail-on and --severity levels are taken.
    const f = (v ?? 'text').trim().toLowerCase();
    if (!allowed.includes(f))
        throw new UsageError(`--format ${v}: expected ${allowed.join(', ')}`);
    return f;
}
async function scan(values, io) {
    const format = parseFormat(values.format, SCAN_FORMATS);
    const { run } = await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 63926));
    // The checklist's warnings (located in it): on stderr, and listed in a Markdown report.
    const checklistWarnings = [];
    const failOn = values['fail-on'] === undefined ? undefined : (0,settings/* parseFailOn */.XV)(values['fail-on'], '--fail-on');
    refuseOverwrite(io.cwd, values.output, 'the report', inputFiles(values));
    refuseUnwritable(io.cwd, values.output);
    const result = await run({ ...runSettings(values, io, checklistWarnings), failOn, baseline: values.baseline });
    await noteRootChecklist(values, io, result);
    const text = await render(result.report, format, io, !!values.output, checklistWarnings, result.root, result.baselineFixed, result.inheritedAt);
    if (values.output) {
        refuseOverwrite(io.cwd, values.output, 'the report', discoveredChecklist(values, result));
        writeOutput(io.cwd, values.output, text);
        const { summaryLine } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(343), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 43394));
        io.stdout(`${summaryLine(result.report)}\n`);
    }
    else
        io.stdout(text);
    return result.report.result === 'pass' ? 0 : 1;
}
/**
 * What a scan and `preflight baseline` both run with: the repository, the checklist, `--severity` and the probe flags
 * (`--url`, `--header`, `--timeout`\u2026), so a baseline records the same findings a run with the same flags reports.
 * Warnings go to stderr; those located in the checklist are also kept in `checklistWarnings` (a Markdown report lists them).
 */
function runSettings(values, io, checklistWarnings = []) {
    if (values.header?.some((h) => h.trim() === ''))
        io.stderr(`preflight: --header is empty, so no header is sent for it (an environment variable that is not set?)\n`);
    return {
        dir: values.dir ?? '.',
        cwd: io.cwd,
        checklist: values.checklist,
        ...(values.checklist === '-' ? { checklistText: readStdin(io, 'a YAML or Markdown checklist') } : {}),
        severity: (0,settings/* parseSeverityOverrides */.AD)(values.severity ?? [], '--severity'),
        probes: !values['no-probes'],
        url: values.url,
        httpUrl: values['http-url'],
        // An empty value (`--header "X-Bypass: $UNSET"`) is not sent: said, as the run goes on without it.
        headers: (0,settings/* parseHeaders */.QG)(values.header ?? [], '--header', (name, scheme) => io.stderr(`preflight: --header ${name}: the value is ${scheme ? `only '${scheme}', with no credential after it` : 'empty'}, so the header is not sent (an environment variable that is not set?)\n`), (name) => io.stderr(`preflight: --header ${name} is given twice with different values: only the last one is sent (the values are not shown)\n`)),
        timeout: values.timeout === undefined ? undefined : (0,settings/* parseSeconds */.fL)(values.timeout, '--timeout', true, settings/* MAX_TIMEOUT_SECONDS */.Pe),
        wait: values.wait === undefined ? undefined : (0,settings/* parseSeconds */.fL)(values.wait, '--wait', false, settings/* MAX_WAIT_SECONDS */.ZI),
        ca: values.ca,
        allowSelfSigned: values['allow-self-signed'] ? true : undefined,
        env: io.env,
        logger: { info: (m) => io.stderr(`preflight: ${m}\n`), warn: (m, where) => { io.stderr(`preflight: ${m}\n`); if (where)
                checklistWarnings.push(m); }, debug: (m) => { if (values.debug)
                io.stderr(`debug: ${m}\n`); } },
    };
}
/**
 * The preset ran because the scanned sub-folder has no checklist while the repository root has one, or because the team's
 * checklist has a name discovery does not look for (`.github/PRODUCTION_CHECKLIST.md`, `production_checklist.md`, see
 * checklistsNotDiscovered): said on stderr (as the action's notice says it), with the `--checklist` that would use it, so the
 * run is not silently another gate. When both hold, the one notice names both.
 */
async function noteRootChecklist(values, io, result) {
    if (values.checklist !== undefined || result.report.checklist?.file)
        return;
    const { checklistsNotDiscovered, DISCOVERY, lookalikeNotice, rootChecklistUnused } = await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 63926));
    const { safeRealpath } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18650));
    // The --checklist to give: relative to the current directory, absolute when that no longer exists.
    const shownPath = (abs) => (io.cwdGone ? abs : external_node_path_.relative(safeRealpath(io.cwd), abs).split(external_node_path_.sep).join('/'));
    const dir = external_node_path_.resolve(io.cwd, values.dir ?? '.');
    const found = rootChecklistUnused(dir, result.root);
    if (!found) {
        // A checklist under another name than discovery looks for (`.github/PRODUCTION_CHECKLIST.md`, `production_checklist.md`),
        // in the scanned folder, else (a sub-folder run) at the repository root.
        const here = checklistsNotDiscovered(dir);
        const atRoot = !here.length && safeRealpath(dir) !== safeRealpath(result.root);
        const near = atRoot ? checklistsNotDiscovered(result.root) : here;
        if (!near.length)
            return;
        const rel = shownPath(external_node_path_.join(atRoot ? result.root : dir, near[0]));
        io.stderr(`preflight: no checklist discovered in ${values.dir ?? 'the current directory'} (discovery looks for ${DISCOVERY.join(', ')}${atRoot ? ' in the scanned folder only' : ''}), so the built-in recommended preset ran (fail-on: ${result.report.failOn}); ${lookalikeNotice(near, atRoot ? ' at the repository root' : '', atRoot)}, add --checklist ${rel}${atRoot ? '' : ' (or rename it to one of those names)'}\n`);
        return;
    }
    const rel = shownPath(external_node_path_.join(result.root, found));
    // A checklist of the folder's own under another name is named too: it may be the one the team meant (README, "The checklist").
    const here = checklistsNotDiscovered(dir);
    const own = here.length ? `; ${lookalikeNotice(here, ` in ${values.dir ?? 'the current directory'}`)} instead, add --checklist ${shownPath(external_node_path_.join(dir, here[0]))} (or rename it to one of the names discovery looks for: ${DISCOVERY.join(', ')})` : '';
    io.stderr(`preflight: no checklist in ${values.dir ?? 'the current directory'} (a checklist is discovered in the scanned folder only), so the built-in recommended preset ran (fail-on: ${result.report.failOn}); ${found} at the repository root was not used: to use it, add --checklist ${rel}${own}\n`);
}
async function render(report, format, io, toFile, checklistWarnings, root, baselineFixed, inheritedAt) {
    switch (format) {
        case 'json': return (await __webpack_require__.e(/* import() */ 25).then(__webpack_require__.bind(__webpack_require__, 97406))).toJson(report);
        case 'sarif': {
            const { checkoutFiles, sarifChecklistFile, toSarif } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(343), __webpack_require__.e(394), __webpack_require__.e(364), __webpack_require__.e(21), __webpack_require__.e(579), __webpack_require__.e(6)]).then(__webpack_require__.bind(__webpack_require__, 20123));
            // The checklist when results can be anchored at it: not standard input (`<stdin>`), a FIFO or a file outside the repository.
            const checklistFile = sarifChecklistFile(report.checklist?.file, root);
            // No checklist file in the repository: inside GitHub Actions, findings without a file go to the workflow running it.
            const { workflowAnchor, workflowFileOf } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(239)]).then(__webpack_require__.bind(__webpack_require__, 4239));
            const workflow = checklistFile ? null
                : workflowAnchor(root, workflowFileOf(io.env.GITHUB_WORKFLOW_REF, io.env.GITHUB_REPOSITORY), { job: io.env.GITHUB_JOB, step: io.env.GITHUB_ACTION });
            return `${JSON.stringify(toSarif(report, { checklistFile, workflow, root, exists: checkoutFiles(root), ...(inheritedAt ? { inheritedAt } : {}) }), null, 2)}\n`;
        }
        case 'markdown': return `${(await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(343), __webpack_require__.e(394), __webpack_require__.e(21)]).then(__webpack_require__.bind(__webpack_require__, 63021))).renderMarkdown(report, { checklistWarnings, baselineFixed })}\n`;
        default: {
            const { toText, wantsColor } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(343), __webpack_require__.e(394), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 44639));
            return toText(report, { color: !toFile && wantsColor(io.env, io.isTTY), baselineFixed });
        }
    }
}
/** The files a scan or `preflight baseline` reads that the user named: `--output` must not name one of them. */
function inputFiles(values) {
    return [['the checklist (--checklist)', values.checklist === '-' ? undefined : values.checklist], ['the baseline file it reads (--baseline)', values.baseline], ['the CA file (--ca)', values.ca]];
}
/**
 * The input files a run found on its own, which `--output` must not name either: the checklist it discovered (no
 * `--checklist`: the team's `PRODUCTION_CHECKLIST.md`, say) and the baseline file the checklist's `baseline:` names.
 */
function discoveredChecklist(values, result) {
    const found = values.checklist === undefined ? result.report.checklist?.file : undefined;
    return [
        ...(found ? [[`the checklist this run read (${found})`, external_node_path_.resolve(result.root, found)]] : []),
        ...(result.baselineFile ? [[`the baseline file the checklist names (${result.baselineFile})`, external_node_path_.resolve(result.root, result.baselineFile)]] : []),
    ];
}
/**
 * Refuses an `--output` that names one of the run's input files (`--checklist`, `import`'s Markdown file\u2026): writing
 * there would silently replace it (`preflight import CHECKLIST.md --output CHECKLIST.md`, a scan's `--output` left on
 * the checklist's path), and the next run would read the report as its checklist. Compared as files, not as
 * spellings: `./x`, `dir/../x`, an absolute path, a symlink or a hard link to the input are the same file.
 * A missing output (or input) cannot be the other: nothing to compare.
 */
function refuseOverwrite(cwd, output, what, inputs) {
    if (output === undefined)
        return;
    const out = fileId(external_node_path_.resolve(cwd, output));
    if (out === null)
        return;
    for (const [name, file] of inputs) {
        if (file === undefined)
            continue;
        const other = fileId(external_node_path_.resolve(cwd, file));
        if (other !== null && other === out)
            throw new UsageError(`--output ${output} is ${name}: writing ${what} there would overwrite it; choose another path`);
    }
}
/** What identifies the file at `abs` (symlinks followed): its device and inode, else (no inode, some Windows file systems) its real path; null when there is none. */
function fileId(abs) {
    try {
        const st = external_node_fs_.statSync(abs, { bigint: true, throwIfNoEntry: false });
        if (!st)
            return null;
        return st.ino !== 0n ? `${st.dev}:${st.ino}` : external_node_fs_.realpathSync.native(abs);
    }
    catch {
        return null;
    }
}
/**
 * An `--output` that cannot be written (a directory, a file in the way of its folder, no permission) is found before the
 * run, with the message the write would give: a scan that may `--wait` up to an hour must not end in it and lose its
 * verdict. What cannot be seen beforehand (a full disk) is still reported by the write.
 */
function refuseUnwritable(cwd, file) {
    if (file === undefined)
        return;
    const blocked = (0,mkdirs/* writeBlocker */.e)(external_node_path_.resolve(cwd, file));
    if (blocked)
        throw new types/* ConfigError */.xL(`cannot write ${file}: ${(0,types/* writeProblem */.bi)(blocked, file)}`);
}
function writeOutput(cwd, file, text) {
    const abs = external_node_path_.resolve(cwd, file);
    try {
        (0,mkdirs/* makeDirs */.X)(external_node_path_.dirname(abs));
        external_node_fs_.writeFileSync(abs, text);
    }
    catch (e) {
        throw new types/* ConfigError */.xL(`cannot write ${file}: ${(0,types/* writeProblem */.bi)(e, file)}`);
    }
}
async function list(values, io) {
    const format = parseFormat(values.format, LIST_FORMATS);
    const { CATALOGUE: defs } = await __webpack_require__.e(/* import() */ 776).then(__webpack_require__.bind(__webpack_require__, 54776));
    if (format === 'json') {
        io.stdout(`${JSON.stringify(defs.map((d) => ({ id: d.id, kind: d.kind, severity: d.severity, title: d.title, description: d.description, docs: `${version/* CHECKS_DOC_URL */.f2}#${d.id}` })), null, 2)}\n`);
        return 0;
    }
    const width = Math.max(...defs.map((d) => d.id.length));
    for (const kind of ['static', 'probe']) {
        io.stdout(`${kind === 'static' ? 'Static checks' : 'Live probes (need --url)'}\n`);
        for (const d of defs.filter((x) => x.kind === kind))
            io.stdout(`  ${d.id.padEnd(width)}  ${d.severity.padEnd(8)}  ${d.description}\n`);
        io.stdout('\n');
    }
    io.stdout(`Details: ${version/* CHECKS_DOC_URL */.f2} (or 'preflight list --format json').\n`);
    return 0;
}
async function importCmd(args, values, io) {
    if (args.length !== 1 || !args[0].trim())
        throw new UsageError('import takes exactly one Markdown file: preflight import CHECKLIST.md [--output FILE]');
    const stdin = args[0] === '-';
    const file = stdin ? user_file/* STDIN_NAME */.p : args[0];
    refuseOverwrite(io.cwd, values.output, 'the YAML checklist', stdin ? [] : [['the Markdown file being imported', file]]);
    refuseUnwritable(io.cwd, values.output);
    let text;
    if (stdin)
        text = readStdin(io, 'a Markdown checklist');
    else
        try {
            text = (0,user_file/* readUserFile */.E1)(external_node_path_.resolve(io.cwd, file));
        }
        catch (e) {
            throw new types/* ConfigError */.xL(`${file} ${(0,types/* readProblem */.K)(e)}`, { file });
        }
    const { importMarkdown } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(884), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(343), __webpack_require__.e(670), __webpack_require__.e(683), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 81635));
    const res = importMarkdown(stdin ? file : file.split(external_node_path_.sep).join('/'), text);
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
/** Standard input read to its end for `-` (`--checklist -`, `import -`); `expected`: what it should hold, for the message. */
function readStdin(io, expected) {
    try {
        if (!io.stdin)
            throw Object.assign(new Error('no standard input'), { code: 'ENOENT' });
        return io.stdin();
    }
    catch (e) {
        const code = e.code;
        throw new types/* ConfigError */.xL(`${user_file/* STDIN_NAME */.p} ${code === 'ENOENT' ? 'cannot be read (no standard input)' : (0,types/* readProblem */.K)(e, expected)}`, { file: user_file/* STDIN_NAME */.p });
    }
}
async function baselineCmd(values, io) {
    const { run } = await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 63926));
    const { saysNotRun, toBaseline } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(941), __webpack_require__.e(343), __webpack_require__.e(148)]).then(__webpack_require__.bind(__webpack_require__, 1148));
    // The probes run as in a scan with the same flags (the checklist's `probes.url`, or `--url`): their findings are today's too.
    refuseOverwrite(io.cwd, values.output, 'the baseline', inputFiles(values));
    refuseUnwritable(io.cwd, values.output);
    const result = await run({ ...runSettings(values, io), recordingBaseline: true });
    await noteRootChecklist(values, io, result);
    refuseOverwrite(io.cwd, values.output, 'the baseline', discoveredChecklist(values, result));
    // A baseline recorded while the deployment is down would take its outage for a known finding: nothing is written.
    if (result.unanswered !== undefined) {
        io.stderr(`preflight: the URL did not answer: ${result.unanswered} \u2014 a baseline recorded now would hide an outage; run it when the deployment is up, or with --no-probes${values.output ? ` (${values.output} was not written)` : ''}\n`);
        return 2;
    }
    const text = toBaseline(result.report, (file, line) => result.lineHashes?.[`${file}\0${line}`], (fp, file, line) => result.lineForms?.[`${fp}\0${file}\0${line}`]);
    const n = JSON.parse(text).findings.length;
    // What the baseline leaves out, said: probe items not run on purpose, and items that could not run (an unreachable URL).
    const probeItems = result.report.items.filter((i) => i.kind === 'probe');
    if (values['no-probes'] && probeItems.length)
        io.stderr(`preflight: --no-probes: the baseline records static findings only; the findings of ${listIds(probeItems)} are not recorded\n`);
    const failed = result.report.items.filter((i) => i.status === 'error');
    if (failed.length)
        io.stderr(`preflight: ${listIds(failed)} could not run${failed.length === 1 && failed[0].reason ? ` (${failed[0].reason})` : ''}, so ${failed.length === 1 ? 'its' : 'their'} findings are not recorded: record the baseline again once ${failed.length === 1 ? 'it runs' : 'they run'}\n`);
    // A failing item a part of which could not run (a probe of `check: [tls-protocols-config, tls-version]`) says so in a finding of its own.
    const inPart = result.report.findings.filter((f) => f.item !== null && saysNotRun(f));
    if (inPart.length)
        io.stderr(`preflight: ${listIds(inPart.map((f) => ({ id: f.item })))} could not run in full${inPart.length === 1 ? ` (${inPart[0].message})` : ''}, so the findings of ${inPart.length === 1 ? 'that part' : 'those parts'} are not recorded: record the baseline again once ${inPart.length === 1 ? 'it runs' : 'they run'}\n`);
    if (values.output) {
        writeOutput(io.cwd, values.output, text);
        io.stdout(`Recorded ${n} finding${n === 1 ? '' : 's'} in ${values.output}\n`);
    }
    else
        io.stdout(text);
    return 0;
}
/** `item 'a'`, `items 'a', 'b' and 'c'`, `items 'a', 'b' \u2026 and 4 more`. */
function listIds(items) {
    const ids = items.map((i) => `'${i.id}'`);
    const shown = ids.length > 4 ? [...ids.slice(0, 3), `${ids.length - 3} more`] : ids;
    return `item${ids.length === 1 ? '' : 's'} ${(0,words/* andList */.c)(shown)}`;
}

;// CONCATENATED MODULE: ./lib/cli-main.js



/** The CLI process: argv in, report out, exit status set. */
async function runCli() {
    process.stdout.on('error', (e) => stdoutFailed(e, { stderr: (m) => process.stderr.write(m), exit: (code) => process.exit(code), exitCode: () => process.exitCode }));
    // A promise nothing keeps alive (a request on a socket the HTTP client unref'd, no timer left) would end the
    // process with Node's "unsettled top-level await" (13) and no report: exit 3 with the bug hint instead.
    const early = () => {
        process.stderr.write('preflight: internal error: the run stopped before it finished (a pending operation that nothing could complete)\nThis is a bug in Preflight \u2014 please report it.\n');
        process.exit(3);
    };
    process.once('beforeExit', early);
    const code = await main(process.argv.slice(2), {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        isTTY: !!process.stdout.isTTY,
        env: process.env,
        // Null when it no longer exists: main() then takes absolute paths only (`--version` and `list` need none).
        cwd: (0,user_file/* currentDirectory */.n9)(),
        stdin: () => (0,user_file/* readStream */.bv)(0),
    });
    process.off('beforeExit', early);
    process.exitCode = code;
    // An open handle (a keep-alive socket, a stray timer) must not keep a finished CLI alive.
    setTimeout(() => process.exit(code), 5000).unref();
}
/**
 * A write to standard output failed. `preflight list | head`: a closed pipe (EPIPE) ends the output quietly, with the
 * status the run has so far. Any other write error (a full disk, a closed terminal) is the environment's, as a failed
 * `--output` write is: one line naming standard output and exit 2, never a stack or the "bug" exit 3 (and not "the
 * report": `--version` and `list` write to it too).
 */
function stdoutFailed(e, proc) {
    if (e.code === 'EPIPE') {
        proc.exit(Number(proc.exitCode() ?? 0));
        return;
    }
    proc.stderr(`preflight: cannot write to standard output: ${(0,types/* writeProblem */.bi)(e, 'standard output')}\n`);
    proc.exit(2);
}


/***/ }),

/***/ 40015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeDirs),
/* harmony export */   e: () => (/* binding */ writeBlocker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * `mkdir -p` for the parent folder of a file Preflight writes (`--output`, the action's `sarif`).
 * Node's own `fs.mkdirSync(dir, { recursive: true })` never returns when a parent cannot be
 * created although its own parent exists (`/proc/nope`: mkdir says ENOENT, the walk goes up,
 * finds `/proc`, comes back down, forever), so the walk is done here, bounded by the number of
 * path segments: find the nearest existing ancestor, then create each missing folder once, top
 * down. The first failure is thrown as is (ENOENT, EACCES, EROFS\u2026); an ancestor that is a file is
 * ENOTDIR.
 */
function makeDirs(dir) {
    const missing = [];
    let cur = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    // Each step goes one segment up, so the loop ends at the root at the latest.
    for (;;) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(cur);
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOENT')
                throw e;
        }
        if (st) {
            if (!st.isDirectory())
                throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${cur}'`), { code: 'ENOTDIR', path: cur });
            break;
        }
        missing.push(cur);
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(cur);
        if (up === cur)
            break;
        cur = up;
    }
    for (const d of missing.reverse()) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(d);
        }
        catch (e) {
            // Someone else made it meanwhile: fine if it is a folder.
            if (e.code === 'EEXIST' && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(d).isDirectory())
                continue;
            throw e;
        }
    }
}
/**
 * Why a file could not be written at `file` (creating its missing folders as `makeDirs` does), found without writing
 * anything: an errno-style error (EISDIR, ENOTDIR, EACCES\u2026) for `writeProblem`, or null when nothing stands in the
 * way that can be seen beforehand (the write itself may still fail: a full disk, a device).
 */
function writeBlocker(file) {
    const err = (code, at) => Object.assign(new Error(`${code}: ${at}`), { code, path: at });
    let cur = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file);
    for (;;) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(cur);
        }
        catch (e) {
            const code = e.code;
            // ENOTDIR: an ancestor is a file; the walk up finds it.
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                return e;
        }
        if (st) {
            if (cur === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)) {
                if (st.isDirectory())
                    return err('EISDIR', cur);
            }
            else if (!st.isDirectory())
                return err('ENOTDIR', cur);
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(cur, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            }
            catch (e) {
                return e;
            }
            return null;
        }
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(cur);
        if (up === cur)
            return null;
        cur = up;
    }
}


/***/ })

};
